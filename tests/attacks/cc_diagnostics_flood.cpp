// attack: compiler: a diagnostics flood: macros expand to 2000 functions,
//   each using an undeclared name: 2000 errors with their macro-expansion
//   notes (the log must stay capped)
// verdicts: CE
// expect-compile: CE
#define F(n) int n() { return undeclared_name_in_the_flood; }
#define F10(n) F(n##0) F(n##1) F(n##2) F(n##3) F(n##4) F(n##5) F(n##6) F(n##7) F(n##8) F(n##9)
#define F100(n) F10(n##0) F10(n##1) F10(n##2) F10(n##3) F10(n##4) F10(n##5) F10(n##6) F10(n##7) F10(n##8) F10(n##9)
#define F1000(n) F100(n##0) F100(n##1) F100(n##2) F100(n##3) F100(n##4) F100(n##5) F100(n##6) F100(n##7) F100(n##8) F100(n##9)
F1000(a) F1000(b)
int main() {}
