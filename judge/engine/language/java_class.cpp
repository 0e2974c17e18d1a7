#include "java_class.h"

#include <cctype>
#include <vector>

namespace judge {

namespace {

// The source with comments and literals blanked out (each kept as one
// space, so that tokens stay apart), which is all the scan below needs.
std::string code_only(std::string_view text) {
  std::string code;
  code.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (text.compare(i, 2, "//") == 0) {
      while (i < text.size() && text[i] != '\n') ++i;
      code += ' ';
    } else if (text.compare(i, 2, "/*") == 0) {
      std::size_t end = text.find("*/", i + 2);
      i = end == std::string_view::npos ? text.size() : end + 2;
      code += ' ';
    } else if (text.compare(i, 3, "\"\"\"") == 0) {
      std::size_t end = text.find("\"\"\"", i + 3);
      i = end == std::string_view::npos ? text.size() : end + 3;
      code += ' ';
    } else if (text[i] == '"' || text[i] == '\'') {
      const char quote = text[i++];
      while (i < text.size() && text[i] != quote && text[i] != '\n') i += text[i] == '\\' ? 2 : 1;
      ++i;
      code += ' ';
    } else {
      code += text[i++];
    }
  }
  return code;
}

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$'; }

std::vector<std::string> tokens_of(const std::string& code) {
  std::vector<std::string> tokens;
  for (std::size_t i = 0; i < code.size();) {
    if (std::isspace(static_cast<unsigned char>(code[i]))) {
      ++i;
    } else if (is_word_char(code[i])) {
      std::size_t start = i;
      while (i < code.size() && is_word_char(code[i])) ++i;
      tokens.push_back(code.substr(start, i - start));
    } else {
      tokens.push_back(std::string(1, code[i++]));
    }
  }
  return tokens;
}

struct TopLevelType {
  std::string name;
  bool is_public = false;
  bool has_main = false;
};

bool is_type_keyword(const std::string& token) {
  return token == "class" || token == "interface" || token == "enum" || token == "record";
}

}  // namespace

JavaMainClass find_java_main_class(std::string_view source, bool needs_main) {
  const std::vector<std::string> tokens = tokens_of(code_only(source));
  std::vector<TopLevelType> types;
  JavaMainClass found;
  int depth = 0;
  bool public_pending = false;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& token = tokens[i];
    if (token == "{") {
      ++depth;
    } else if (token == "}") {
      if (depth > 0) --depth;
    } else if (depth == 0 && token == "package") {
      found.error = "a `package` line: the judge runs your class from the default package, so remove it";
      return found;
    } else if (depth == 0 && token == "public") {
      public_pending = true;
    } else if (depth == 0 && token == ";") {
      public_pending = false;
    } else if (depth == 0 && is_type_keyword(token) && i + 1 < tokens.size()) {
      types.push_back({tokens[i + 1], public_pending, false});
      public_pending = false;
    } else if (depth == 1 && token == "main" && i + 1 < tokens.size() && tokens[i + 1] == "(" && i > 0 &&
               tokens[i - 1] == "void" && !types.empty()) {
      types.back().has_main = true;
    }
  }
  for (const TopLevelType& type : types) {
    if (type.is_public && found.file_stem.empty()) found.file_stem = type.name;
    if (type.has_main && found.main_class.empty()) found.main_class = type.name;
  }
  if (found.file_stem.empty()) found.file_stem = found.main_class.empty() ? "Solution" : found.main_class;
  if (needs_main && found.main_class.empty())
    found.error = "no class declares `public static void main(String[] args)`: the judge needs one to run";
  return found;
}

}  // namespace judge
