// A problem package as the engine sees it, after problem.yaml and the data
// folders have been read and checked. See problems/README.md for the format.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "interface.h"

namespace judge {

struct Limits {
  double time_s = 1.0;           // CPU seconds per test, for C++; the fallback when calibrated
  // Set: the C++ limit on a calibrated machine is this multiple of the
  // reference's slowest test there (see calibrate.h), floored at time_min_s.
  std::optional<double> time_multiplier;
  double time_min_s = 0.1;
  std::uint64_t memory_mib = 256;
  std::uint64_t output_mib = 64;
};

enum class CheckerKind { Tokens, Lines, Exact, Float, Custom, Calls };

struct CheckerSpec {
  CheckerKind kind = CheckerKind::Tokens;
  double absolute = 1e-6;  // Float only
  double relative = 1e-6;  // Float only
  std::filesystem::path source;  // Custom only: absolute path to the C++ checker
  // Calls only: how to read the tests' calls; a copy, so a spec is
  // self-contained wherever check() is called from.
  Interface interface;
  bool class_calls = false;  // Calls only: the input starts with a constructor
};

struct GeneratorCall {
  std::string generator;  // name under generators/, without .cpp
  std::vector<std::string> args;
  std::uint64_t seed = 0;
};

struct TestSpec {
  std::string name;
  std::string group;
  bool sample = false;  // samples are shown to the candidate on failure
  // Static tests have both paths; generated tests have neither until the
  // test data is materialised (see engine/prepare/prepared_tests.h).
  std::filesystem::path input;
  std::filesystem::path answer;
  std::optional<GeneratorCall> generated;

  std::string id() const { return group + "/" + name; }
};

// How the judge measures a solution's growth (problem.yaml `complexity`).
struct ComplexitySpec {
  std::string parameter;     // what n is, for people
  std::string expected;      // "O(n)", "O(n log n)", ...: the total cost of one test of size n
  std::string generator;     // under generators/, run as `generator N SEED`
  std::uint64_t min_size = 0, max_size = 0;  // the ladder's range
};

struct Problem {
  std::string id;
  std::string title;
  std::filesystem::path root;  // the package folder
  Limits limits;
  std::map<std::string, double> time_factors;  // language -> multiplier
  CheckerSpec checker;
  ProblemKind kind = ProblemKind::Stdio;
  Interface interface;  // Class and Function only
  // Hand-written drivers by language (absolute paths), used instead of the
  // generated one.
  std::map<std::string, std::filesystem::path> drivers;
  std::filesystem::path reference;  // absolute path to the reference solution
  std::vector<TestSpec> tests;      // in grading order: samples first
  std::optional<ComplexitySpec> complexity;

  std::filesystem::path generator_source(const std::string& name) const {
    return root / "generators" / (name + ".cpp");
  }
};

// Reads and checks a package; throws InputError naming the file, line and field.
Problem load_problem(const std::filesystem::path& package_dir);

}  // namespace judge
