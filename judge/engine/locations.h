// Where the judge finds its data (runners/, problems/) and keeps its cache.
#pragma once

#include <filesystem>

namespace judge {

// The tree holding runners/ and problems/: $JUDGE_HOME, else the source tree
// the binary was built from, else two levels above the binary (build/bin/judge).
std::filesystem::path judge_home();

// $JUDGE_CACHE_DIR, else $XDG_CACHE_HOME/judge, else ~/.cache/judge.
// Created with mode 0711: the sandboxed uid may run cached tools it is told
// the name of, but cannot list what is there (hidden answers live here).
std::filesystem::path cache_root();

}  // namespace judge
