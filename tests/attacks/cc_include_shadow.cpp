// attack: compiler: #include "/etc/shadow" so the diagnostics quote the
//   root-only file's lines back in the compile log
// verdicts: CE
// expect-compile: CE
#include "/etc/shadow"
int main() {}
