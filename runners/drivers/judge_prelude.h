// The C++ driver's prelude (runners/drivers/cpp.mustache includes it first):
// the whole standard library, the POSIX calls the driver uses, and
// `using namespace std;` for the candidate's file. The judge precompiles it
// once per compiler and flags (judge/engine/compile/precompiled_header.h) and puts
// the .gch beside it in the box; without one g++ reads this text, with the
// same meaning.
#include <bits/stdc++.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
using namespace std;
