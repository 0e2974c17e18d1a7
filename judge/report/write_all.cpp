#include <fmt/format.h>

#include <fstream>

#include "engine/base/errors.h"
#include "engine/base/utf8_text.h"
#include "report/batch_results.h"

namespace judge::report {
namespace fs = std::filesystem;

namespace {
// Closed before it is checked: a full disk shows only when the buffer is
// written out, and a report cut short must not pass for a whole one.
void write_text(const fs::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary);
  out << text;
  out.close();
  if (!out) throw InputError(fmt::format("{}: cannot write here (full, or not writable: give another --out)",
                                         file.string()));
}
}  // namespace

void write_all(const BatchResults& batch, const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (!fs::is_directory(dir))
    throw InputError(fmt::format("{}: cannot create this folder (give another --out)", dir.string()));
  write_text(dir / "results.csv", to_csv(batch));
  write_text(dir / "results.json", json_text(to_json(batch), 2) + "\n");
  write_text(dir / "junit.xml", to_junit(batch));
  write_text(dir / "report.html", to_html(batch));
}

}  // namespace judge::report
