#include "utf8_text.h"

namespace judge {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// The length of the valid character starting at text[i], or 0 when none
// does there. Second bytes have the narrower ranges of Unicode's Table 3-7,
// which rule out overlong forms, surrogates and code points past U+10FFFF.
std::size_t character_at(std::string_view text, std::size_t i, std::size_t* valid_prefix) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  *valid_prefix = 0;
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) length = 2;
  else if (lead == 0xE0) length = 3, low = 0xA0;
  else if (lead == 0xED) length = 3, high = 0x9F;
  else if (lead >= 0xE1 && lead <= 0xEF) length = 3;
  else if (lead == 0xF0) length = 4, low = 0x90;
  else if (lead == 0xF4) length = 4, high = 0x8F;
  else if (lead >= 0xF1 && lead <= 0xF3) length = 4;
  else return 0;
  *valid_prefix = 1;
  for (std::size_t k = 1; k < length; ++k) {
    if (i + k >= text.size()) return 0;
    unsigned char next = byte(i + k);
    if (next < low || next > high) return 0;
    low = 0x80, high = 0xBF;
    *valid_prefix = k + 1;
  }
  return length;
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  std::size_t prefix = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = character_at(text, i, &prefix);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

std::string valid_utf8(std::string_view text) {
  if (is_valid_utf8(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 16);
  std::size_t prefix = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = character_at(text, i, &prefix);
    if (length > 0) {
      out.append(text.substr(i, length));
      i += length;
    } else {
      // The maximal subpart (at least the one byte) is one replacement.
      out.append(kReplacement);
      i += std::max<std::size_t>(prefix, 1);
    }
  }
  return out;
}

std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t prefix = 0;
  std::size_t end = 0;
  // Whole characters (and single invalid bytes, kept as they were) up to the cut.
  while (end < max_bytes) {
    std::size_t length = character_at(text, end, &prefix);
    if (length == 0) length = 1;
    if (end + length > max_bytes) break;
    end += length;
  }
  return text.substr(0, end);
}

std::string json_text(const nlohmann::json& value, int indent) {
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace judge
