// What `judge batch` is asked to do: its flags as the front end parsed them,
// the engine's settings the front end built, and the one service it
// borrows from the front end (finding a package by id), handed in as a
// function because judge/cli/ is the layer above this one.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "engine/base/settings.h"

namespace judge::batch {

struct Options {
  std::filesystem::path set_file;
  std::filesystem::path submissions_dir;
  std::filesystem::path out_dir;  // empty: ./judge-batch-<timestamp>
  unsigned workers = 0;           // 0: one per core
  bool no_hints = false;
  bool quiet = false;
  std::filesystem::path socket;  // set: through the daemon listening there
  double reconnect_timeout_s = 120;

  // The caches and the environment's choices (engine/base/settings.h).
  Settings settings;
  // A problem id of the set to its package folder; throws InputError.
  std::function<std::filesystem::path(const std::string& id)> find_package;
};

}  // namespace judge::batch
