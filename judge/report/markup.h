// Escaping shared by the XML and HTML writers.
#pragma once

#include <string>
#include <string_view>

#include "engine/base/utf8_text.h"

namespace judge::report {

// Escapes for text and attribute values alike; drops control characters
// XML 1.0 cannot carry (a compiler log may hold them), and replaces invalid
// UTF-8 (a program's output may hold any bytes) by the judge's one rule
// (engine/utf8_text.h), as the page and the XML declare UTF-8.
inline std::string escape_markup(std::string_view raw) {
  const std::string text = valid_utf8(raw);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') break;
        out += c;
    }
  }
  return out;
}

}  // namespace judge::report
