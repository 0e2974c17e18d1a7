// attack: compiler: endless include recursion (the file includes itself
//   through __FILE__)
// verdicts: CE
// expect-compile: CE
#include __FILE__
int main() {}
