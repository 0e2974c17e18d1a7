#include <fmt/format.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

#include "checker.h"
#include "engine/base/file_text.h"
#include "engine/base/utf8_text.h"

namespace judge {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Walks whitespace-separated tokens, remembering the line each starts on so
// messages can point at it.
class TokenStream {
 public:
  explicit TokenStream(std::string_view text, int first_line = 1) : text_(text), line_(first_line) {}

  bool next(std::string_view& token) {
    while (pos_ < text_.size() && is_space(text_[pos_])) {
      if (text_[pos_] == '\n') ++line_;
      ++pos_;
    }
    if (pos_ >= text_.size()) return false;
    std::size_t start = pos_;
    while (pos_ < text_.size() && !is_space(text_[pos_])) ++pos_;
    token = text_.substr(start, pos_ - start);
    ++count_;
    return true;
  }
  int line() const { return line_; }
  long count() const { return count_; }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  int line_;
  long count_ = 0;
};

std::string quote(std::string_view token) {
  constexpr std::size_t kMax = 40;
  if (token.size() <= kMax) return fmt::format("'{}'", token);
  return fmt::format("'{}...'", utf8_prefix(token, kMax));  // not through a character
}

CheckResult wrong(std::string message) { return {CheckResult::Status::WrongAnswer, std::move(message)}; }

bool parse_number(std::string_view token, double& value) {
  std::string text(token);
  char* end = nullptr;
  errno = 0;
  value = std::strtod(text.c_str(), &end);
  return end == text.c_str() + text.size() && !text.empty() && errno == 0 && std::isfinite(value);
}

template <typename Equal>
CheckResult compare_tokens(std::string_view output, std::string_view answer, Equal equal, int first_line = 1) {
  TokenStream out(output, first_line), ans(answer, first_line);
  std::string_view got, expected;
  while (true) {
    bool has_expected = ans.next(expected);
    bool has_got = out.next(got);
    if (!has_expected && !has_got) return {};
    if (!has_got)
      return wrong(fmt::format("line {}: the output ends after {} tokens; expected {} next", ans.line(), out.count(),
                               quote(expected)));
    if (!has_expected)
      return wrong(fmt::format("extra output on line {}: {} after the whole answer", out.line(), quote(got)));
    if (!equal(got, expected))
      return wrong(fmt::format("line {}, token {}: expected {}, got {}", out.line(), out.count(), quote(expected),
                               quote(got)));
  }
}

// Lines without their trailing spaces, and without trailing empty lines.
std::vector<std::string_view> significant_lines(std::string_view text) {
  std::vector<std::string_view> lines = lines_of(text);
  for (std::string_view& line : lines)
    while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

}  // namespace

CheckResult check_tokens(std::string_view output, std::string_view answer) {
  return compare_tokens(output, answer, [](std::string_view a, std::string_view b) { return a == b; });
}

CheckResult check_float(std::string_view output, std::string_view answer, double absolute, double relative) {
  return compare_tokens(output, answer, [&](std::string_view got, std::string_view expected) {
    double g, e;
    if (parse_number(expected, e) && parse_number(got, g)) {
      double diff = std::fabs(g - e);
      return diff <= absolute || diff <= relative * std::fabs(e);
    }
    return got == expected;
  });
}

CheckResult check_lines(std::string_view output, std::string_view answer) {
  auto got = significant_lines(output);
  auto expected = significant_lines(answer);
  auto same = [](std::string_view a, std::string_view b) { return a == b; };
  for (std::size_t i = 0; i < std::max(got.size(), expected.size()); ++i) {
    if (i >= got.size())
      return wrong(fmt::format("the output ends after line {}; expected {} next", got.size(), quote(expected[i])));
    if (i >= expected.size()) return wrong(fmt::format("extra output on line {}: {}", i + 1, quote(got[i])));
    CheckResult line = compare_tokens(got[i], expected[i], same, static_cast<int>(i) + 1);
    if (line.status != CheckResult::Status::Accepted) return line;
  }
  return {};
}

CheckResult check_exact(std::string_view output, std::string_view answer) {
  auto got = significant_lines(output);
  auto expected = significant_lines(answer);
  for (std::size_t i = 0; i < std::max(got.size(), expected.size()); ++i) {
    if (i >= got.size())
      return wrong(fmt::format("the output ends after line {}; expected {} next", got.size(), quote(expected[i])));
    if (i >= expected.size())
      return wrong(fmt::format("extra output on line {}: {}", i + 1, quote(got[i])));
    if (got[i] != expected[i])
      return wrong(fmt::format("line {}: expected {}, got {}", i + 1, quote(expected[i]), quote(got[i])));
  }
  return {};
}

}  // namespace judge
