// CE: a whole stdio program with its own main, which the driver already defines.
#include <bits/stdc++.h>
using namespace std;

class MedianFinder {
  priority_queue<int> low;
  priority_queue<int, vector<int>, greater<int>> high;

 public:
  MedianFinder() {}
  void addNum(int num) {
    low.push(num);
    high.push(low.top());
    low.pop();
    if (high.size() > low.size()) {
      low.push(high.top());
      high.pop();
    }
  }
  double findMedian() { return low.size() > high.size() ? low.top() : (low.top() + (double)high.top()) / 2; }
};

int main() {
  string name, op;
  int n;
  cin >> name >> n;
  MedianFinder finder;
  while (n--) {
    cin >> op;
    if (op == "addNum") {
      int x;
      cin >> x;
      finder.addNum(x);
      cout << "null\n";
    } else {
      cout << finder.findMedian() << "\n";
    }
  }
}
