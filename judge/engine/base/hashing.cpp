#include "hashing.h"

#include <openssl/evp.h>

#include <cstdint>
#include <fstream>

#include "errors.h"

namespace judge {

Hasher::Hasher() : ctx_(EVP_MD_CTX_new()) {
  EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(ctx_), EVP_sha256(), nullptr);
}

Hasher::~Hasher() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(ctx_)); }

Hasher& Hasher::add(std::string_view piece) {
  std::uint64_t size = piece.size();
  EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(ctx_), &size, sizeof size);
  EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(ctx_), piece.data(), piece.size());
  return *this;
}

Hasher& Hasher::add_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(file.string() + ": cannot read the file");
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return add(content);
}

std::string Hasher::hex() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(ctx_), digest, &length);
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out += digits[digest[i] >> 4];
    out += digits[digest[i] & 15];
  }
  return out;
}

std::string sha256_file(const std::filesystem::path& file) {
  return Hasher().add_file(file).hex();
}

}  // namespace judge
