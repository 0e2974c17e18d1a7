// Text is bytes until it is shown: a program's output, a package's title, a
// client's request may hold any bytes, while JSON (and XML, HTML) must be
// UTF-8. One rule everywhere the judge shows such text: each maximal
// invalid sequence (a byte that cannot start a character, or the start of
// one cut short) becomes U+FFFD, the rule of Unicode's "U+FFFD
// substitution of maximal subparts" and of nlohmann-json's
// error_handler_t::replace, so a JSON dump and the other writers agree.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace judge {

bool is_valid_utf8(std::string_view text);

// `text` with every invalid sequence replaced by U+FFFD (EF BF BD).
std::string valid_utf8(std::string_view text);

// The longest prefix of at most `max_bytes` that does not end inside a
// character, so a cut never makes a valid text invalid.
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

// Every JSON the judge writes goes through here: a dump that cannot throw
// on invalid UTF-8 (nlohmann's default does, which took the daemon down).
// `indent` as nlohmann's dump (-1: one line).
std::string json_text(const nlohmann::json& value, int indent = -1);

}  // namespace judge
