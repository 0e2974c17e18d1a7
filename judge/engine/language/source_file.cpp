#include "source_file.h"

#include <fmt/format.h>

#include <fstream>
#include <string>

#include "engine/base/errors.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// Valid UTF-8 without NUL bytes: what every compiler and interpreter here
// accepts as source, and what no binary (ELF, zip, image) is.
bool is_text(const std::string& bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    auto c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return false;
    int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (extra < 0 || i + extra >= bytes.size() + (extra == 0 ? 1 : 0)) return false;
    for (int k = 1; k <= extra; ++k)
      if ((static_cast<unsigned char>(bytes[i + k]) >> 6) != 2) return false;
    i += extra + 1;
  }
  return true;
}

}  // namespace

void check_source_file(const fs::path& source) {
  std::error_code ec;
  if (!fs::exists(source, ec)) throw InputError(fmt::format("{}: no such file", source.string()));
  if (!fs::is_regular_file(source, ec))
    throw InputError(fmt::format("{}: not a regular file: submit the source file itself", source.string()));
  std::uintmax_t size = fs::file_size(source, ec);
  if (ec) throw InputError(fmt::format("{}: cannot read it: {}", source.string(), ec.message()));
  if (size == 0) throw InputError(fmt::format("{}: the file is empty: save your solution first", source.string()));
  if (size > kMaxSourceBytes)
    throw InputError(fmt::format("{}: {} KiB is more than the {} KiB a source may have", source.string(), size / 1024,
                                 kMaxSourceBytes / 1024));
  std::ifstream in(source, std::ios::binary);
  if (!in) throw InputError(fmt::format("{}: cannot read it (permissions?)", source.string()));
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!is_text(bytes))
    throw InputError(fmt::format("{}: this is a binary file, not source text (NUL bytes or invalid UTF-8): submit the source, not a compiled program", source.string()));
}

}  // namespace judge
