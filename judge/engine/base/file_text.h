// Reading files the judge wrote or was given, for messages and checking.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace judge {

// The whole file; empty when it cannot be read.
std::string read_file(const std::filesystem::path& file);

// The first `bytes` of a file (for messages), without failing if it is gone.
std::string read_head(const std::filesystem::path& file, std::size_t bytes);

// `text` on one line, for a message that must stay one: each run of line
// breaks becomes "; ", and what trails is dropped.
std::string one_line(std::string_view text);

// The lines of `text`, without their '\n'; no line after a final newline.
std::vector<std::string_view> lines_of(std::string_view text);

}  // namespace judge
