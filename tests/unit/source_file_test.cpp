#include <catch2/catch.hpp>

#include "engine/base/errors.h"
#include "engine/language/source_file.h"
#include "support/temp_dir.h"

using namespace judge;
using test_support::TempDir;
using test_support::write_file;

namespace {
std::string error_for(const std::filesystem::path& file) {
  try {
    check_source_file(file);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}
}  // namespace

TEST_CASE("ordinary source passes, UTF-8 comments included", "[source]") {
  TempDir dir;
  write_file(dir / "a.cpp", "// r\xc3\xa9sum\xc3\xa9 \xe2\x9c\x93\nint main() {}\n");
  CHECK(error_for(dir / "a.cpp") == "(no error)");
}

TEST_CASE("bad sources are refused with the reason", "[source]") {
  TempDir dir;
  CHECK_THAT(error_for(dir / "missing.cpp"), Catch::Contains("no such file"));
  write_file(dir / "empty.cpp", "");
  CHECK_THAT(error_for(dir / "empty.cpp"), Catch::Contains("empty"));
  write_file(dir / "elf.cpp", std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10));
  CHECK_THAT(error_for(dir / "elf.cpp"), Catch::Contains("binary"));
  write_file(dir / "latin1.cpp", "int main() { /* caf\xe9 */ }");
  CHECK_THAT(error_for(dir / "latin1.cpp"), Catch::Contains("binary"));
  write_file(dir / "huge.cpp", std::string(kMaxSourceBytes + 1, 'x'));
  CHECK_THAT(error_for(dir / "huge.cpp"), Catch::Contains("KiB"));
  CHECK_THAT(error_for(dir.path()), Catch::Contains("not a regular file"));
}
