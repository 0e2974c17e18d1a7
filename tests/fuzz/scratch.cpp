#include "scratch.h"

#include <stdlib.h>

#include <fstream>
#include <stdexcept>
#include <string>

namespace judge::fuzz {
namespace fs = std::filesystem;

namespace {

class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (fs::temp_directory_path() / "judge-fuzz-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("fuzz harness: cannot make a scratch folder in " + pattern);
    path_ = pattern;
  }
  // Not reached when a finding ends the process: the folder is left then,
  // beside the crash it belongs to.
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

}  // namespace

const fs::path& scratch_dir() {
  static ScratchDir dir;
  return dir.path();
}

void write_bytes(const fs::path& file, const std::uint8_t* data, std::size_t size) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  if (!out) throw std::runtime_error("fuzz harness: cannot write " + file.string());
}

}  // namespace judge::fuzz
