#include "crash_summary.h"

#include <regex>
#include <vector>

#include "engine/base/file_text.h"
#include "engine/base/utf8_text.h"

namespace judge {

namespace {

// An exception's own message can be as long as the candidate likes; the
// verdict line keeps its start.
constexpr std::size_t kMessageBytes = 200;

// The lines of stderr, without a '\r' before their '\n'.
std::vector<std::string_view> stderr_lines(std::string_view text) {
  std::vector<std::string_view> lines = lines_of(text);
  for (std::string_view& line : lines)
    if (line.ends_with('\r')) line.remove_suffix(1);
  return lines;
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

std::string shortened(std::string_view text) {
  if (text.size() <= kMessageBytes) return valid_utf8(text);
  return valid_utf8(utf8_prefix(text, kMessageBytes)) + "...";
}

// "/box/solution.js:1:28" reads better as "solution.js:1:28": the box's
// path says nothing to the candidate.
std::string without_box(std::string_view frame) {
  std::string text(frame);
  for (std::size_t at; (at = text.find("/box/")) != std::string::npos;) text.erase(at, 5);
  return text;
}

std::string summary(std::string_view exception, std::optional<std::string_view> frame) {
  std::string text = "uncaught " + shortened(exception);
  if (frame) text += ", at " + shortened(without_box(*frame));
  return text;
}

// JVM: `Exception in thread "main" java.lang.X: message` then "\tat frame"
// lines, innermost first.
std::optional<std::string> java_exception(const std::vector<std::string_view>& lines) {
  static const std::regex head(R"re(^Exception in thread "[^"]*" ([A-Za-z_$][\w$.]*(: .*)?)$)re");
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_match(lines[i].begin(), lines[i].end(), m, head)) continue;
    std::optional<std::string_view> frame;
    for (std::size_t j = i + 1; j < lines.size() && lines[j].starts_with("\tat "); ++j) {
      std::string_view at = lines[j].substr(4);
      const bool library = at.starts_with("java.") || at.starts_with("jdk.") || at.starts_with("sun.") ||
                           at.starts_with("javax.") || at.starts_with("com.sun.");
      if (!library && !contains(at, "(Driver.java")) {
        frame = at;
        break;
      }
    }
    return summary(std::string_view(&*m[1].first, m[1].length()), frame);
  }
  return std::nullopt;
}

// Node: the exception's line ("TypeError: message") right above its
// "    at frame" lines, innermost first.
std::optional<std::string> node_exception(const std::vector<std::string_view>& lines) {
  static const std::regex head(R"(^[A-Za-z_$][\w$]*( \[[\w$]+\])?(: .*)?$)");
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (!lines[i + 1].starts_with("    at ") || !std::regex_match(lines[i].begin(), lines[i].end(), head)) continue;
    std::optional<std::string_view> frame;
    for (std::size_t j = i + 1; j < lines.size() && lines[j].starts_with("    at "); ++j) {
      std::string_view at = lines[j].substr(7);
      if (!contains(at, "node:") && !contains(at, "/driver.js:")) {
        frame = at;
        break;
      }
    }
    return summary(lines[i], frame);
  }
  return std::nullopt;
}

// CPython: "Traceback (most recent call last):", frames outermost first as
// `  File "path", line N, in name`, then the exception's line.
std::optional<std::string> python_exception(const std::vector<std::string_view>& lines) {
  static const std::regex file_line(R"re(^  File "([^"]*)", line (\d+), in (.*)$)re");
  std::size_t start = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i] == "Traceback (most recent call last):") start = i;
  if (start == lines.size()) return std::nullopt;
  std::optional<std::string> frame;
  for (std::size_t i = start + 1; i < lines.size(); ++i) {
    std::match_results<std::string_view::const_iterator> m;
    if (std::regex_match(lines[i].begin(), lines[i].end(), m, file_line)) {
      const std::string path = m[1].str();
      if (!path.starts_with("/usr/") && !path.starts_with("<") && !path.ends_with("/driver.py"))
        frame = without_box(path) + ":" + m[2].str() + " in " + m[3].str();
      continue;
    }
    if (!lines[i].empty() && lines[i][0] != ' ')
      return frame ? summary(lines[i], std::string_view(*frame)) : summary(lines[i], std::nullopt);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> crash_summary(std::string_view stderr_text) {
  const std::vector<std::string_view> lines = stderr_lines(stderr_text);
  if (auto found = java_exception(lines)) return found;
  if (auto found = python_exception(lines)) return found;
  return node_exception(lines);
}

}  // namespace judge
