// CE: a missing semicolon and a string assigned to an int.
#include <cstdio>
#include <vector>

int main() {
  int n
  scanf("%d", &n);
  std::vector<int> pos(n + 1);
  int passes = "1";
  printf("%d\n", passes);
}
