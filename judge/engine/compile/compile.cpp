#include "compile.h"

#include "compile_cache.h"
#include "precompiled_header.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// The precompiled header is in the box only for the compile's duration:
// it is no part of the output, and so never in the cache.
CompileOutcome compile_with_header(const Runner& runner, const fs::path& source, const Workspace& workspace,
                                   const Settings& settings) {
  const std::string staged =
      runner.precompiled_header.empty()
          ? ""
          : stage_precompiled_header(runner, workspace, PrecompiledHeaders(settings.precompiled_header_dir()));
  CompileOutcome outcome = compile_in_box(runner, source, workspace);
  std::error_code ec;
  if (!staged.empty()) fs::remove(workspace.box() / staged, ec);
  return outcome;
}

}  // namespace

CompileOutcome compile_source(const Runner& runner, const fs::path& source, const Workspace& workspace,
                              const Settings& settings) {
  const CompileCache cache(settings.compile_cache_dir(), settings.compile_cache_bytes);
  if (cache.cap_bytes() == 0 || !CompileCache::box_is_fresh(workspace))
    return compile_with_header(runner, source, workspace, settings);

  // The key and the compiler must see the same bytes, even if the candidate
  // saves the file meanwhile.
  fs::path snapshot = workspace.private_dir() / "compile-cache-source";
  std::error_code ec;
  fs::copy_file(source, snapshot, fs::copy_options::overwrite_existing, ec);
  if (ec) return compile_with_header(runner, source, workspace, settings);

  const std::string key = cache.key(runner, snapshot);
  if (std::optional<CompileOutcome> hit = cache.replay(runner, snapshot, workspace, key)) return *hit;
  CompileOutcome outcome = compile_with_header(runner, snapshot, workspace, settings);
  cache.store(outcome, runner, workspace, key);
  return outcome;
}

}  // namespace judge
