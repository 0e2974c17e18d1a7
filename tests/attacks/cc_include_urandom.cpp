// attack: compiler: #include "/dev/urandom" (an endless include: the
//   preprocessor reads until the compile limits stop it)
// verdicts: CE
// expect-compile: CE
#include "/dev/urandom"
int main() {}
