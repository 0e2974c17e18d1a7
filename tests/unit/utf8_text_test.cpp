// The one rule for invalid UTF-8 (engine/utf8_text.h), and that the writers
// that do not go through nlohmann (XML, HTML, CSV) follow the same rule.
#include <catch2/catch.hpp>

#include <random>

#include "engine/base/utf8_text.h"
#include "report/markup.h"

using judge::is_valid_utf8;
using judge::json_text;
using judge::utf8_prefix;
using judge::valid_utf8;

namespace {

// What nlohmann's replace handler makes of `bytes`, read back.
std::string nlohmann_replaced(const std::string& bytes) {
  return nlohmann::json::parse(nlohmann::json(bytes).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
      .get<std::string>();
}

const std::string kFFFD = "\xEF\xBF\xBD";

}  // namespace

TEST_CASE("invalid UTF-8: each maximal invalid sequence becomes one U+FFFD", "[utf8]") {
  CHECK(valid_utf8("plain") == "plain");
  CHECK(valid_utf8("\xC3\xA9t\xC3\xA9") == "\xC3\xA9t\xC3\xA9");
  CHECK(valid_utf8("\xFF") == kFFFD);
  CHECK(valid_utf8("a\xFF\xFE" "b") == "a" + kFFFD + kFFFD + "b");
  CHECK(valid_utf8("\xE2\x82" "x") == kFFFD + "x");  // a character cut short: one
  CHECK(valid_utf8("\xE2\x82") == kFFFD);            // ... also at the end
  CHECK(valid_utf8("\xC0\xAF") == kFFFD + kFFFD);    // overlong: no valid start
  CHECK(valid_utf8("\xED\xA0\x80") == kFFFD + kFFFD + kFFFD);  // a surrogate
  CHECK(valid_utf8("\xF4\x90\x80\x80") == kFFFD + kFFFD + kFFFD + kFFFD);  // past U+10FFFF
  CHECK(is_valid_utf8("\xF0\x9F\x98\x80"));
  CHECK_FALSE(is_valid_utf8("\xF0\x9F\x98"));
}

TEST_CASE("invalid UTF-8: the rule is nlohmann's replace, byte for byte", "[utf8]") {
  std::mt19937 random(20261207);
  // Bytes drawn mostly from the interesting ranges, so sequences start,
  // continue and break often.
  const std::string alphabet = "a\n\x80\x8F\x90\x9F\xA0\xBF\xC0\xC2\xDF\xE0\xE1\xED\xEF\xF0\xF1\xF4\xF5\xFF";
  for (int round = 0; round < 20000; ++round) {
    std::string bytes;
    std::size_t length = random() % 12;
    for (std::size_t i = 0; i < length; ++i) bytes += alphabet[random() % alphabet.size()];
    INFO(nlohmann::json(valid_utf8(bytes)).dump());
    REQUIRE(valid_utf8(bytes) == nlohmann_replaced(bytes));
    REQUIRE(is_valid_utf8(valid_utf8(bytes)));
  }
}

TEST_CASE("a cut on a character boundary keeps a valid text valid", "[utf8]") {
  std::string text = "a";
  for (int i = 0; i < 600; ++i) text += "\xC3\xA9";
  std::string_view cut = utf8_prefix(text, 1024);
  CHECK(cut.size() == 1023);  // "a" and 511 whole é
  CHECK(is_valid_utf8(cut));
  CHECK(utf8_prefix("short", 1024) == "short");
  CHECK(utf8_prefix("\xFF\xFF\xFF", 2) == "\xFF\xFF");  // invalid bytes are cut like any
}

TEST_CASE("every writer replaces invalid UTF-8 the same way", "[utf8]") {
  const std::string bytes = "x\xFF\xE2\x82<y";
  CHECK_NOTHROW(json_text(nlohmann::json{{"k\xFF", bytes}}));
  CHECK(nlohmann::json::parse(json_text(bytes)).get<std::string>() == "x" + kFFFD + kFFFD + "<y");
  CHECK(judge::report::escape_markup(bytes) == "x" + kFFFD + kFFFD + "&lt;y");
}
