// Counting the instructions a program executes, as the measure of its work
// for the complexity hint: unlike CPU time, a count does not change with the
// machine's load, its caches or its clock, so the same run gives the same
// number, and O(n) against O(n log n) is told apart at sizes where a timer
// sees only noise. Hardware counters (perf_event_open) are the cheap way;
// where the machine has none, Valgrind's cachegrind, with its cache
// simulation off, counts in software (5-10x slower than native, plus
// 0.2-2 s to start).
//
// The counted program runs in the same sandbox as grading: the tool binary
// is exec'd directly (the `valgrind` launcher is a shell script that would
// need a second execve, which the program profile forbids).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/base/settings.h"
#include "engine/language/runner.h"

namespace judge {

// Valgrind needs memory of its own besides the program's: its translations
// and its shadow of the program's address space.
constexpr std::uint64_t kCounterMemory = 512ull << 20;

struct InstructionCounter {
  std::filesystem::path tool;      // e.g. /usr/libexec/valgrind/cachegrind-amd64-linux
  std::filesystem::path launcher;  // what the tool expects in VALGRIND_LAUNCHER
  std::string version;             // "valgrind-3.19.0": part of every cached count's key
};

// The counter this machine offers, or nullopt: Valgrind is not installed,
// or `measure` asks for CPU time (Settings::complexity_measure). Looked up
// once.
const std::optional<InstructionCounter>& instruction_counter(ComplexityMeasure measure = ComplexityMeasure::Auto);

// `runner` with its run command wrapped so that the count lands on stderr.
// Python's string hashing is seeded, so a run's count does not vary.
Runner counted(const Runner& runner, const InstructionCounter& counter);

// The same, but every process, each child it forks too, writes its total to
// a file of its own, `log_prefix` (relative to the run's directory) dot its
// pid: Valgrind opens a new log in each forked child when the name has %p,
// so a parent that waits for a child can read that child's count alone.
Runner counted_per_process(const Runner& runner, const InstructionCounter& counter, const std::string& log_prefix);

// The count from a counted run's stderr: the last "I refs:" line the tool
// printed. nullopt when there is none (the run did not finish, or its
// stderr was cut). The program can print such a line itself, but that only
// misleads its own hint, never a verdict.
std::optional<std::uint64_t> instructions_from_log(std::string_view log);

// Every total the tool printed, in order: (pid, instructions) of each
// process that ended under it (a ladder's server and its children).
std::vector<std::pair<std::string, std::uint64_t>> instruction_totals(std::string_view log);

}  // namespace judge
