#include "calibration_record.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sys/utsname.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <thread>

#include "engine/base/errors.h"
#include "engine/base/file_publish.h"
#include "engine/base/file_text.h"
#include "engine/base/hashing.h"
#include "engine/base/utf8_text.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr int kFormatVersion = 1;

std::string host_name() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0) return "";
  return name;
}

nlohmann::json to_json(const Calibration& c) {
  nlohmann::json tests = nlohmann::json::array();
  for (const auto& t : c.tests) tests.push_back({{"test", t.test}, {"runs_ms", t.runs_ms}, {"median_ms", t.median_ms}});
  return {
      {"version", kFormatVersion},
      {"problem", c.problem},
      {"key", c.key},
      {"reference", c.reference.string()},
      {"reference_language", c.reference_language},
      {"reference_factor", c.reference_factor},
      {"repetitions", c.repetitions},
      {"tests", tests},
      {"slowest", {{"test", c.slowest_test}, {"ms", c.slowest_ms}}},
      {"time_multiplier", c.time_multiplier ? nlohmann::json(*c.time_multiplier) : nlohmann::json(nullptr)},
      {"time_min_s", c.time_min_s},
      {"time_s", c.time_s},
      {"limits_ms", c.limits_ms},
      {"machine",
       {{"hostname", c.machine.hostname},
        {"nproc", c.machine.nproc},
        {"kernel", c.machine.kernel},
        {"date", c.machine.date}}},
  };
}

Calibration from_json(const nlohmann::json& j) {
  Calibration c;
  c.problem = j.at("problem").get<std::string>();
  c.key = j.at("key").get<std::string>();
  c.reference = j.at("reference").get<std::string>();
  c.reference_language = j.at("reference_language").get<std::string>();
  c.reference_factor = j.at("reference_factor").get<double>();
  c.repetitions = j.at("repetitions").get<int>();
  for (const auto& t : j.at("tests"))
    c.tests.push_back({t.at("test").get<std::string>(), t.at("runs_ms").get<std::vector<std::int64_t>>(),
                       t.at("median_ms").get<std::int64_t>()});
  c.slowest_test = j.at("slowest").at("test").get<std::string>();
  c.slowest_ms = j.at("slowest").at("ms").get<std::int64_t>();
  if (!j.at("time_multiplier").is_null()) c.time_multiplier = j.at("time_multiplier").get<double>();
  c.time_min_s = j.at("time_min_s").get<double>();
  c.time_s = j.at("time_s").get<double>();
  c.limits_ms = j.at("limits_ms").get<std::map<std::string, std::int64_t>>();
  const auto& machine = j.at("machine");
  c.machine = {machine.at("hostname").get<std::string>(), machine.at("nproc").get<unsigned>(),
               machine.at("kernel").get<std::string>(), machine.at("date").get<std::string>()};
  return c;
}

}  // namespace

MachineFacts this_machine() {
  MachineFacts facts;
  facts.hostname = host_name();
  facts.nproc = std::max(1u, std::thread::hardware_concurrency());
  utsname uts{};
  if (uname(&uts) == 0) facts.kernel = fmt::format("{} {}", uts.sysname, uts.release);
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char date[32];
  std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &utc);
  facts.date = date;
  return facts;
}

std::string calibration_key(const Problem& problem) {
  Hasher key;
  key.add("calibration-v1").add(problem.reference.filename().string()).add_file(problem.reference);
  for (const auto& test : problem.tests) {
    key.add(test.id());
    if (test.generated) {
      key.add("generated").add_file(problem.generator_source(test.generated->generator));
      for (const auto& arg : test.generated->args) key.add(arg);
      key.add(std::to_string(test.generated->seed));
    } else {
      key.add("static").add_file(test.input);
    }
  }
  return key.hex();
}

fs::path calibration_path(const fs::path& cache, const std::string& problem_id) {
  return cache / "calibration" / (problem_id + ".json");
}

std::optional<Calibration> stored_calibration(const Problem& problem, const fs::path& cache) {
  fs::path file = calibration_path(cache, problem.id);
  if (!fs::is_regular_file(file)) return std::nullopt;
  Calibration calibration;
  try {
    calibration = from_json(nlohmann::json::parse(read_file(file)));
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;  // unreadable or from another version: measure again
  }
  if (calibration.problem != problem.id || calibration.key != calibration_key(problem)) return std::nullopt;
  // A cache folder shared between machines (a network home) must not hand
  // one machine's speed to another.
  if (calibration.machine.hostname != host_name()) return std::nullopt;
  return calibration;
}

void store_calibration(const Calibration& calibration, const fs::path& cache) {
  const fs::path file = calibration_path(cache, calibration.problem);
  cache_folder(cache / "calibration", CacheAccess::Private);
  fs::path temporary = temporary_beside(file);
  if (!write_file(temporary, json_text(to_json(calibration), 2) + "\n"))
    throw InternalError(fmt::format("{}: cannot write the calibration", temporary.string()));
  publish_file(temporary, file);
}

}  // namespace judge
