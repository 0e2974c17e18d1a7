// The only file of the engine that reads the environment (scripts/check-layers
// fails CI on another).
#include "settings.h"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <string>
#include <string_view>

#include "errors.h"

#ifndef JUDGE_SOURCE_DIR
#define JUDGE_SOURCE_DIR ""
#endif

namespace judge {
namespace fs = std::filesystem;

namespace {

const char* variable(const char* name) {
  const char* value = std::getenv(name);
  return value && *value ? value : nullptr;
}

fs::path cache_root_folder() {
  fs::path root;
  if (const char* dir = variable("JUDGE_CACHE_DIR")) {
    root = dir;
  } else if (const char* xdg = variable("XDG_CACHE_HOME")) {
    root = fs::path(xdg) / "judge";
  } else if (const char* home = variable("HOME")) {
    root = fs::path(home) / ".cache" / "judge";
  } else {
    root = fs::temp_directory_path() / fmt::format("judge-cache-{}", getuid());
  }
  std::error_code ec;
  fs::create_directories(root, ec);
  if (ec)
    throw InternalError(fmt::format("{}: cannot create the cache folder: {} (set JUDGE_CACHE_DIR)", root.string(),
                                    ec.message()));
  ::chmod(root.c_str(), 0711);
  return root;
}

std::uint64_t compile_cache_mib(std::string_view value) {
  std::uint64_t mib = 0;
  auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), mib);
  if (error != std::errc() || end != value.data() + value.size() || mib > (1ull << 40))
    throw InputError(fmt::format("JUDGE_COMPILE_CACHE_MB={}: expected a whole number of MiB (0 disables the cache)",
                                 value));
  return mib;
}

fs::path executable_dir() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : self.parent_path();
}

}  // namespace

fs::path Settings::precompiled_header_dir() const { return precompiled_headers ? cache / "pch" : fs::path(); }

Settings Settings::with_cache(fs::path cache) {
  Settings settings;
  settings.cache = std::move(cache);
  return settings;
}

Settings Settings::from_environment() {
  Settings settings = with_cache(cache_root_folder());
  if (const char* mib = variable("JUDGE_COMPILE_CACHE_MB")) settings.compile_cache_bytes = compile_cache_mib(mib) << 20;
  if (const char* pch = std::getenv("JUDGE_PCH"); pch && std::string_view(pch) == "0")
    settings.precompiled_headers = false;
  // A budget that is not a number of seconds in (0, 3600] is ignored, as it
  // always was: the hint is advice, not worth refusing to grade over.
  if (const char* seconds = std::getenv("JUDGE_HINT_BUDGET")) {
    char* end = nullptr;
    const double value = std::strtod(seconds, &end);
    if (end != seconds && *end == '\0' && value > 0 && value <= 3600)
      settings.hint_budget = std::chrono::milliseconds(static_cast<std::int64_t>(value * 1000));
  }
  if (const char* measure = std::getenv("JUDGE_COMPLEXITY_MEASURE")) {
    if (std::string_view(measure) == "cpu") settings.complexity_measure = ComplexityMeasure::Cpu;
    if (std::string_view(measure) == "instructions") settings.complexity_measure = ComplexityMeasure::Instructions;
  }
  if (const char* log = std::getenv("JUDGE_LADDER_LOG")) settings.ladder_log = log;
  return settings;
}

fs::path judge_home() {
  if (const char* home = variable("JUDGE_HOME")) return home;
  fs::path built_from = JUDGE_SOURCE_DIR;
  if (!built_from.empty() && fs::is_directory(built_from / "runners")) return built_from;
  fs::path beside = executable_dir().parent_path().parent_path();
  if (fs::is_directory(beside / "runners")) return beside;
  throw InternalError("cannot find the judge's runners/ folder: set JUDGE_HOME to the judge's source tree");
}

}  // namespace judge
