// Files for the targets whose code under test reads a file, not bytes: one
// folder per process, made on first use and removed at exit, since a fuzzer
// calls a target thousands of times a second.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>

namespace judge::fuzz {

// $TMPDIR/judge-fuzz-XXXXXX, the same for the whole process.
const std::filesystem::path& scratch_dir();

// Replaces `file` with exactly these bytes (no newline added: a missing
// final newline is an input too).
void write_bytes(const std::filesystem::path& file, const std::uint8_t* data, std::size_t size);

}  // namespace judge::fuzz
