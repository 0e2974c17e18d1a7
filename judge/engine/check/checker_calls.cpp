// The `calls` checker of class and function problems. The input names each
// call and its arguments; the output and the answer hold one encoded result
// per line (see "Class and function problems" in problems/README.md).
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "checker.h"
#include "engine/base/file_text.h"
#include "engine/base/utf8_text.h"

namespace judge {
namespace {

using Kind = ValueType::Kind;

constexpr std::size_t kEarlierCalls = 10;
constexpr std::size_t kShownItems = 10;
constexpr std::size_t kShownChars = 40;
constexpr double kTolerance = 1e-6;

bool is_space(char c) { return static_cast<unsigned char>(c) <= ' '; }

class Tokens {
 public:
  explicit Tokens(std::string_view text, std::size_t pos = 0) : text_(text), pos_(pos) {}
  bool next(std::string_view& token) {
    while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
    if (pos_ >= text_.size()) return false;
    std::size_t start = pos_;
    while (pos_ < text_.size() && !is_space(text_[pos_])) ++pos_;
    token = text_.substr(start, pos_ - start);
    return true;
  }
  bool at_end() {
    while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
    return pos_ >= text_.size();
  }
  std::size_t pos() const { return pos_; }

 private:
  std::string_view text_;
  std::size_t pos_;
};

struct Value {
  Kind kind = Kind::Void;
  long long integer = 0;  // Int, Long, Bool
  double real = 0;
  std::string text;
  std::vector<Value> items;
};

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

template <typename T>
bool parse_number(std::string_view token, T& value) {
  auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
  return ec == std::errc() && end == token.data() + token.size() && !token.empty();
}

// Reads one value of `type`; false when the tokens are missing or malformed.
bool read_value(const ValueType& type, Tokens& tokens, Value& value) {
  value.kind = type.kind;
  std::string_view token;
  if (!tokens.next(token)) return false;
  switch (type.kind) {
    case Kind::Int: {
      int v;
      if (!parse_number(token, v)) return false;
      value.integer = v;
      return true;
    }
    case Kind::Long: return parse_number(token, value.integer);
    case Kind::Double: return parse_number(token, value.real);
    case Kind::Bool:
      value.integer = token == "true";
      return token == "true" || token == "false";
    case Kind::Void: return token == "null";
    case Kind::String:
      if (token.front() != '"') return false;
      for (std::size_t i = 1; i < token.size(); ++i) {
        if (token[i] != '%') {
          value.text += token[i];
          continue;
        }
        if (i + 2 >= token.size() || hex_digit(token[i + 1]) < 0 || hex_digit(token[i + 2]) < 0) return false;
        value.text += static_cast<char>(hex_digit(token[i + 1]) * 16 + hex_digit(token[i + 2]));
        i += 2;
      }
      return true;
    case Kind::List: {
      long long count;
      if (!parse_number(token, count) || count < 0) return false;
      for (long long i = 0; i < count; ++i) {
        Value item;
        if (!read_value(type.item(), tokens, item)) return false;
        value.items.push_back(std::move(item));
      }
      return true;
    }
  }
  return false;
}

bool close_enough(double got, double expected) {
  double diff = std::fabs(got - expected);
  return diff <= kTolerance || diff <= kTolerance * std::fabs(expected);
}

// A total order, to sort the items of unordered lists before comparing.
bool less(const Value& a, const Value& b) {
  switch (a.kind) {
    case Kind::Double: return a.real < b.real;
    case Kind::String: return a.text < b.text;
    case Kind::List:
      return std::lexicographical_compare(a.items.begin(), a.items.end(), b.items.begin(), b.items.end(), less);
    default: return a.integer < b.integer;
  }
}

bool equal(const Value& a, const Value& b, bool unordered) {
  switch (a.kind) {
    case Kind::Double: return close_enough(a.real, b.real);
    case Kind::String: return a.text == b.text;
    case Kind::Void: return true;
    case Kind::List: {
      if (a.items.size() != b.items.size()) return false;
      if (unordered) {
        std::vector<Value> x = a.items, y = b.items;
        std::sort(x.begin(), x.end(), less);
        std::sort(y.begin(), y.end(), less);
        return equal(Value{Kind::List, 0, 0, "", std::move(x)}, Value{Kind::List, 0, 0, "", std::move(y)}, false);
      }
      for (std::size_t i = 0; i < a.items.size(); ++i)
        if (!equal(a.items[i], b.items[i], false)) return false;
      return true;
    }
    default: return a.integer == b.integer;
  }
}

// For people: strings quoted, lists as [1, 2, 3], long ones cut.
std::string show(const Value& value) {
  switch (value.kind) {
    case Kind::Int:
    case Kind::Long: return std::to_string(value.integer);
    case Kind::Double: return fmt::format("{}", value.real);
    case Kind::Bool: return value.integer ? "true" : "false";
    case Kind::Void: return "null";
    case Kind::String: {
      std::string shown = "\"";
      const std::size_t shown_bytes = utf8_prefix(value.text, kShownChars).size();  // whole characters
      for (std::size_t i = 0; i < shown_bytes; ++i) {
        unsigned char c = value.text[i];
        if (c == '"' || c == '\\') shown += fmt::format("\\{}", static_cast<char>(c));
        else if (c == '\n') shown += "\\n";
        else if (c < 0x20 || c == 0x7F) shown += fmt::format("\\x{:02x}", c);
        else shown += static_cast<char>(c);
      }
      return shown + (value.text.size() > kShownChars ? "...\"" : "\"");
    }
    case Kind::List: {
      std::vector<std::string> items;
      for (std::size_t i = 0; i < value.items.size() && i < kShownItems; ++i) items.push_back(show(value.items[i]));
      if (value.items.size() > kShownItems) items.push_back(fmt::format("... ({} items)", value.items.size()));
      return fmt::format("[{}]", fmt::join(items, ", "));
    }
  }
  return "?";
}

std::string quote_line(std::string_view line) {
  if (line.size() <= kShownChars) return fmt::format("'{}'", line);
  return fmt::format("'{}...'", utf8_prefix(line, kShownChars));
}

// One line per call, without its trailing spaces; the line after the last
// newline only if non-empty.
std::vector<std::string_view> call_lines(std::string_view text) {
  std::vector<std::string_view> lines = lines_of(text);
  for (std::string_view& line : lines)
    while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  return lines;
}

struct Call {
  const Signature* method;
  std::size_t args_at;  // where its arguments start in the input
};

CheckResult failed(std::string message) { return {CheckResult::Status::CheckerFailed, std::move(message), {}}; }

std::string describe_call(const Call& call, std::string_view input) {
  Tokens tokens(input, call.args_at);
  std::vector<std::string> args;
  for (const auto& param : call.method->params) {
    Value value;
    read_value(param.type, tokens, value);
    args.push_back(show(value));
  }
  return fmt::format("{}({})", call.method->name, fmt::join(args, ", "));
}

bool read_line_value(const ValueType& type, std::string_view line, Value& value) {
  Tokens tokens(line);
  return read_value(type, tokens, value) && tokens.at_end();
}

}  // namespace

CheckResult check_calls(const CheckerSpec& spec, std::string_view input, std::string_view output,
                        std::string_view answer) {
  const Interface& interface = spec.interface;
  Tokens tokens(input);
  std::string_view token;
  if (spec.class_calls) {
    if (!tokens.next(token) || token != interface.class_name)
      return failed(fmt::format("the test input does not start with the class name {}", interface.class_name));
    for (const auto& param : interface.constructor.params) {
      Value ignored;
      if (!read_value(param.type, tokens, ignored))
        return failed(fmt::format("the test input has no valid constructor argument {}", param.name));
    }
  }
  long long count;
  if (!tokens.next(token) || !parse_number(token, count) || count < 0)
    return failed("the test input has no number of calls where expected");
  std::vector<Call> calls;
  // Each call takes at least two bytes of input (a name and a space), so a
  // count beyond that is a malformed input the loop below names; reserving
  // it first would ask for whatever number the file declares.
  calls.reserve(static_cast<std::size_t>(std::min<long long>(count, static_cast<long long>(input.size() / 2 + 1))));
  for (long long i = 0; i < count; ++i) {
    if (!tokens.next(token)) return failed(fmt::format("the test input ends before call {} of {}", i + 1, count));
    const Signature* method = interface.method(std::string(token));
    if (!method) return failed(fmt::format("call {} of the test input names an unknown method '{}'", i + 1, token));
    calls.push_back({method, tokens.pos()});
    for (const auto& param : method->params) {
      Value ignored;
      if (!read_value(param.type, tokens, ignored))
        return failed(fmt::format("call {} of the test input has no valid argument {}", i + 1, param.name));
    }
  }

  std::vector<std::string_view> got = call_lines(output), expected = call_lines(answer);
  if (expected.size() != calls.size())
    return failed(fmt::format("the answer has {} lines for {} calls", expected.size(), calls.size()));
  for (std::size_t i = 0; i < calls.size(); ++i) {
    const Signature& method = *calls[i].method;
    Value want;
    if (!read_line_value(method.result, expected[i], want))
      return failed(fmt::format("line {} of the answer is not a {}", i + 1, method.result.spelling()));
    std::string where = fmt::format("call {} of {}", i + 1, calls.size());
    CheckResult result;
    result.status = CheckResult::Status::WrongAnswer;
    if (i >= got.size()) {
      result.message = fmt::format("{}: {}: no output (the program stopped after {} calls)", where,
                                   describe_call(calls[i], input), got.size());
    } else {
      Value have;
      if (!read_line_value(method.result, got[i], have)) {
        result.message = fmt::format("{}: {} printed {}, which is not a valid {}; expected {}", where,
                                     describe_call(calls[i], input), quote_line(got[i]), method.result.spelling(),
                                     show(want));
      } else if (!equal(have, want, interface.unordered.count(method.name) > 0)) {
        result.message = fmt::format("{}: {} returned {}, expected {}", where, describe_call(calls[i], input),
                                     show(have), show(want));
      } else {
        continue;
      }
    }
    for (std::size_t j = i > kEarlierCalls ? i - kEarlierCalls : 0; j < i; ++j) {
      std::string call = describe_call(calls[j], input);
      Value right;
      read_line_value(calls[j].method->result, expected[j], right);
      result.earlier_calls.push_back(calls[j].method->result.kind == Kind::Void
                                         ? fmt::format("call {}: {}", j + 1, call)
                                         : fmt::format("call {}: {} returned {}", j + 1, call, show(right)));
    }
    return result;
  }
  for (std::size_t i = calls.size(); i < got.size(); ++i)
    if (!got[i].empty())
      return {CheckResult::Status::WrongAnswer,
              fmt::format("extra output after the last call ({} of {}): {}", calls.size(), calls.size(),
                          quote_line(got[i])),
              {}};
  return {};
}

}  // namespace judge
