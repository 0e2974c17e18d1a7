// The daemon's Unix socket: made mode 0660 in a folder of its own; a stale
// socket left by a killed daemon is replaced, a live one is an error.
#pragma once

#include <filesystem>

namespace judge::daemon {

int listen_on(const std::filesystem::path& socket);
// For clients: a connected socket, or an InputError saying whether a daemon runs.
int connect_to(const std::filesystem::path& socket);

}  // namespace judge::daemon
