// Content hashes that key every cache (generated inputs, answers, compiled
// tools). SHA-256 because cache keys may one day include candidates' sources,
// and a non-cryptographic hash can be collided on purpose.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace judge {

class Hasher {
 public:
  Hasher();
  ~Hasher();
  Hasher(const Hasher&) = delete;
  Hasher& operator=(const Hasher&) = delete;

  // Each piece is length-prefixed so that ("ab","c") and ("a","bc") differ.
  Hasher& add(std::string_view piece);
  Hasher& add_file(const std::filesystem::path& file);
  std::string hex();  // finishes the hash; 64 lowercase hex digits

 private:
  void* ctx_;
};

std::string sha256_file(const std::filesystem::path& file);

}  // namespace judge
