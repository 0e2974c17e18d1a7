// Class and function problems: the candidate submits a class or a function,
// and a driver program (generated from the runner's template, or shipped by
// the problem) reads the calls from stdin and prints one result per call.
#pragma once

#include <string>

#include "engine/problem/problem.h"
#include "runner.h"

namespace judge {

// The runner as it grades `problem`: for a stdio problem `runner` itself;
// for a class or function problem a copy whose compile and run commands are
// the driver's and whose extra files hold the driver. Throws InputError when
// the runner has no `driver:` section, the template is broken, or a binary
// its commands name is not installed here (Runner::missing).
Runner runner_for_problem(const Problem& problem, const Runner& runner);

// The runner of the problem's reference solution (by its extension), as it
// grades `problem`; or of another reference, `source` (hint_reference).
Runner reference_runner(const Problem& problem, const RunnerSet& runners);
Runner reference_runner(const Problem& problem, const RunnerSet& runners, const std::filesystem::path& source);

// The reference the complexity hint runs beside a candidate: the package's
// accepted `reference.<ext>` in the candidate's language when it has one
// (two programs' counts keep step only in one language), else the
// problem's reference.
std::filesystem::path hint_reference(const Problem& problem, const Runner& candidate);

// Renders the runner's driver template (if it has one) for a sample class
// and a sample function problem; throws InputError naming the runner file
// and the template when it does not parse or render. RunnerSet::load calls
// it, so a broken template is found when the runners are read, not at the
// first class problem graded.
void check_driver_template(const Runner& runner);

// The driver text for `problem` in the runner's language.
std::string driver_source(const Problem& problem, const Runner& runner);

// Drivers report a broken interface (a missing class, a wrong signature, a
// main()) with a "JUDGE-INTERFACE: " line. Returns that line's message when
// it is the first error in the compile log, else "".
std::string interface_error(const std::string& compile_log);

}  // namespace judge
