// placeholder: the daemon's subcommands are being written.
#include "commands.h"

namespace judge::cli {
Subcommands add_daemon_commands(CLI::App&) { return {}; }
}  // namespace judge::cli
