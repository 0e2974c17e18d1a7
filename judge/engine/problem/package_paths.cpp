#include "package_paths.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "engine/base/errors.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxNameLength = 64;

bool is_plain_name(const std::string& name) {
  if (name.empty() || name.size() > kMaxNameLength || name.front() == '.') return false;
  return std::all_of(name.begin(), name.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '-' || c == '_' || c == '.';
  });
}

// Whether `path` (made canonical) lies under `root` (canonical).
bool lies_within(const fs::path& root, const fs::path& path) {
  std::error_code ec;
  fs::path real = fs::weakly_canonical(path, ec);
  if (ec) return false;
  auto [r, p] = std::mismatch(root.begin(), root.end(), real.begin(), real.end());
  return r == root.end();
}

// What kind of thing a test file is, for a message.
std::string kind_of(fs::file_type type) {
  switch (type) {
    case fs::file_type::directory: return "a folder";
    case fs::file_type::fifo: return "a fifo";
    case fs::file_type::character:
    case fs::file_type::block: return "a device";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::not_found: return "a link to nothing";
    default: return "not a regular file";
  }
}

}  // namespace

void require_plain_name(const YamlDocument& doc, const YAML::Node& node, const std::string& field,
                        const std::string& name) {
  if (!is_plain_name(name))
    doc.fail(node, field,
             fmt::format("'{}' is not a plain name: use at most {} letters, digits, '-', '_' or '.', not starting "
                         "with '.', e.g. 'large'",
                         name.size() > 40 ? name.substr(0, 40) + "..." : name, kMaxNameLength));
}

fs::path package_file(const YamlDocument& doc, const YAML::Node& node, const std::string& field,
                      const fs::path& root, const std::string& relative) {
  fs::path given(relative);
  if (relative.empty() || given.is_absolute() ||
      std::any_of(given.begin(), given.end(), [](const fs::path& part) { return part == ".."; }))
    doc.fail(node, field,
             fmt::format("'{}' must be a path inside the package, relative to its folder and without '..'", relative));
  fs::path file = root / given;
  std::error_code ec;
  fs::file_status status = fs::status(file, ec);
  if (ec && ec != std::errc::no_such_file_or_directory)
    doc.fail(node, field, fmt::format("cannot read {}: {}", file.string(), ec.message()));
  if (!fs::exists(status)) doc.fail(node, field, fmt::format("no file at {}", file.string()));
  if (!lies_within(root, file))
    doc.fail(node, field, fmt::format("{} is a link leading outside the package: copy the file in instead", file.string()));
  if (!fs::is_regular_file(status)) doc.fail(node, field, fmt::format("{} is not a regular file", file.string()));
  return file;
}std::vector<TestSpec> static_tests_in(const fs::path& root, const fs::path& dir, const std::string& group,
                                      bool sample) {
  std::vector<TestSpec> tests;
  if (!fs::is_directory(dir)) return tests;
  if (!lies_within(root, dir))
    throw InputError(fmt::format("{}: a link leading outside the package: copy the tests in instead", dir.string()));
  std::vector<fs::path> inputs, answers;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const fs::path& path = entry.path();
    if (path.extension() != ".in" && path.extension() != ".ans") continue;
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec && ec != std::errc::no_such_file_or_directory)
      throw InputError(fmt::format("{}: cannot read it: {}", path.string(), ec.message()));
    if (!fs::is_regular_file(status))
      throw InputError(fmt::format("{}: {}, not a test file: a test's .in and .ans must be regular files", path.string(),
                                   kind_of(status.type())));
    if (!lies_within(root, path))
      throw InputError(fmt::format("{}: a link leading outside the package: copy the file in instead", path.string()));
    (path.extension() == ".in" ? inputs : answers).push_back(path);
  }
  std::sort(inputs.begin(), inputs.end());
  std::sort(answers.begin(), answers.end());
  for (const auto& answer : answers) {
    fs::path input = fs::path(answer).replace_extension(".in");
    if (!std::binary_search(inputs.begin(), inputs.end(), input))
      throw InputError(fmt::format("{}: no input beside it: add {} or remove the answer", answer.string(),
                                   input.string()));
  }
  for (const auto& input : inputs) {
    fs::path answer = fs::path(input).replace_extension(".ans");
    if (!std::binary_search(answers.begin(), answers.end(), answer))
      throw InputError(fmt::format("{}: no answer file beside it: add {}", input.string(), answer.string()));
    tests.push_back({input.stem().string(), group, sample, input, answer, std::nullopt});
  }
  return tests;
}

}  // namespace judge
