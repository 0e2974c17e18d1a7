// The result of grading one submission, and the text a person reads in a
// terminal. Its JSON, both ways, is report_json.h.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "engine/complexity/complexity_probe.h"
#include "engine/language/run_program.h"
#include "engine/language/verdict.h"

namespace judge {

struct TestReport {
  std::string name;
  std::string group;
  bool sample = false;
  Verdict verdict = Verdict::IE;
  std::int64_t time_ms = 0;  // CPU time
  std::int64_t wall_ms = 0;
  std::uint64_t memory_kb = 0;
  std::string message;
  // Time its tasks waited for a CPU, which the wall limit does not count.
  std::int64_t run_queue_ms = 0;
  // How many times it ran (time_confirmation.h); the figures above are the
  // run that counts. `rerun` says why it ran again ("" when it did not).
  int runs = 1;
  std::string rerun;
};

struct CompileReport {
  bool ok = false;
  std::string log;
  std::int64_t time_ms = 0;
  bool cached = false;  // replayed from the compile cache: the compiler did not run
  std::int64_t run_queue_ms = 0;  // of time_ms, waiting for a CPU on a busy machine
};

struct Report {
  std::string problem;
  std::string title;
  std::string language;
  std::string runner;  // the runner's human name
  Verdict verdict = Verdict::IE;
  std::string message;  // one line on why, for the overall verdict
  std::vector<TestReport> tests;  // the tests that ran, in order
  std::size_t tests_total = 0;    // how many the problem has
  CompileReport compile;
  std::vector<std::string> sandbox_layers;
  std::vector<std::string> sandbox_missing;  // "layer: why it is not active"
  RunLimits limits;
  std::optional<ComplexityReport> complexity;  // when hints ran
};

std::string to_text(const Report& report, bool colour);

// The pieces of to_text, for printing tests as they finish.
std::string text_header(const Report& report, bool colour);  // title line and compile errors
std::string text_test_line(const TestReport& test, std::size_t id_width, bool colour);
std::string text_footer(const Report& report, bool colour);  // the overall verdict

}  // namespace judge
