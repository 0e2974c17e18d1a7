// `judge daemon` and its clients `judge status` and `judge list`.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <thread>

#include "commands.h"
#include "daemon/client.h"
#include "daemon/server.h"
#include "engine/grading/report_json.h"
#include "engine/problem/problem.h"

namespace judge::cli {
namespace fs = std::filesystem;

namespace {

// Where the daemon lives unless told: chosen here, by the front end, as
// every other default the environment decides.
fs::path home_or_tmp() {
  const char* home = std::getenv("HOME");
  return home && *home ? fs::path(home) : fs::temp_directory_path();
}

// $XDG_RUNTIME_DIR/judge/judge.sock, else /run/judge/judge.sock as root,
// else /tmp/judge-<uid>/judge.sock.
fs::path default_socket_path() {
  if (const char* runtime = std::getenv("XDG_RUNTIME_DIR"); runtime && *runtime)
    return fs::path(runtime) / "judge" / "judge.sock";
  if (::geteuid() == 0) return "/run/judge/judge.sock";
  return fs::temp_directory_path() / fmt::format("judge-{}", ::geteuid()) / "judge.sock";
}

// $XDG_STATE_HOME/judge/daemon.db, else ~/.local/state/judge/daemon.db.
fs::path default_database_path() {
  if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state) return fs::path(state) / "judge" / "daemon.db";
  return home_or_tmp() / ".local" / "state" / "judge" / "daemon.db";
}

}  // namespace

using nlohmann::json;

namespace {

struct DaemonArgs {
  fs::path socket;
  fs::path database;
  unsigned workers = 0;  // 0: one per core
  fs::path problems_dir;
  unsigned max_connections = 0;  // 0: from the descriptor limit
  double idle_timeout_s = 60;
};

int run_daemon(const DaemonArgs& args) {
  daemon::ServerConfig config;
  config.socket = args.socket.empty() ? default_socket_path() : args.socket;
  config.database = args.database.empty() ? default_database_path() : args.database;
  config.workers = args.workers > 0 ? args.workers : std::max(1u, std::thread::hardware_concurrency());
  config.problems_dir = problems_folder(args.problems_dir);
  config.settings = settings();
  config.max_connections = args.max_connections;
  config.idle_timeout = std::chrono::milliseconds(static_cast<std::int64_t>(args.idle_timeout_s * 1000));
  daemon::serve(config);
  return kAccepted;
}

json ask(const fs::path& socket, const json& request) {
  daemon::Client client(socket.empty() ? default_socket_path() : socket);
  client.send(request);
  json response = client.receive();
  daemon::throw_if_error(response);
  return response;
}

std::string text_or_dash(const json& value) { return value.is_string() ? value.get<std::string>() : "-"; }

int show_status(std::int64_t id, const fs::path& socket, bool as_json) {
  json status = ask(socket, {{"op", "status"}, {"id", id}});
  if (as_json) {
    print_json(status);
    return kAccepted;
  }
  std::cout << fmt::format("submission {}: {} in {}, {}\n", id, status.value("problem", ""),
                           status.value("language", ""), status.value("status", ""));
  if (status["report"].is_object())
    std::cout << to_text(report_from_json(status["report"]), stdout_is_terminal());
  finish_stdout();
  return kAccepted;
}

int show_list(const fs::path& socket, bool as_json) {
  json rows = ask(socket, {{"op", "list"}}).value("submissions", json::array());
  if (as_json) {
    print_json(rows);
    return kAccepted;
  }
  std::cout << fmt::format("{:>6}  {:<24}  {:<8}  {:<8}  {}\n", "id", "problem", "language", "status", "verdict");
  for (const auto& row : rows)
    std::cout << fmt::format("{:>6}  {:<24}  {:<8}  {:<8}  {}\n", row.value("id", std::int64_t{0}),
                             row.value("problem", ""), row.value("language", ""), row.value("status", ""),
                             text_or_dash(row["verdict"]));
  finish_stdout();
  return kAccepted;
}

}  // namespace

Subcommands add_daemon_commands(CLI::App& app, GlobalOptions&) {
  // Shared so the lambdas main() runs later see what parsing filled in.
  auto daemon_args = std::make_shared<DaemonArgs>();
  CLI::App* daemon_cmd = app.add_subcommand("daemon", "serve submissions on a Unix socket, queued in SQLite");
  daemon_cmd->add_option("--socket", daemon_args->socket, "the socket (default: under the runtime folder)");
  daemon_cmd->add_option("--db", daemon_args->database, "the SQLite database (default: under the state folder)");
  daemon_cmd->add_option("--workers", daemon_args->workers, "submissions graded at once (default: one per core)")
      ->check(CLI::PositiveNumber);
  daemon_cmd->add_option("--problems", daemon_args->problems_dir, "folder of problem packages");
  daemon_cmd->add_option("--max-connections", daemon_args->max_connections,
                         "connections served at once; more are refused (default: a quarter of `ulimit -n`, 16 to 256)")
      ->check(CLI::PositiveNumber);
  daemon_cmd->add_option("--idle-timeout", daemon_args->idle_timeout_s,
                         "seconds a connection may take to send a whole request line (default 60)")
      ->check(CLI::Range(0.1, 86400.0));

  struct StatusArgs {
    std::int64_t id = 0;
    fs::path socket;
    bool json = false;
  };
  auto status_args = std::make_shared<StatusArgs>();
  CLI::App* status_cmd = app.add_subcommand("status", "show one submission the daemon holds");
  status_cmd->add_option("ID", status_args->id, "the submission's id")->required();
  status_cmd->add_flag("--json", status_args->json, "print {id, problem, language, status, report} as JSON");
  status_cmd->add_option("--socket", status_args->socket, "the daemon's socket (default: as `judge daemon`)");

  auto list_args = std::make_shared<StatusArgs>();
  CLI::App* list_cmd = app.add_subcommand("list", "list the submissions the daemon holds");
  list_cmd->add_flag("--json", list_args->json, "print [{id, problem, language, status, verdict}] as JSON");
  list_cmd->add_option("--socket", list_args->socket, "the daemon's socket (default: as `judge daemon`)");

  return {
      {daemon_cmd, [daemon_args] { return run_daemon(*daemon_args); }},
      {status_cmd, [status_args] { return show_status(status_args->id, status_args->socket, status_args->json); }},
      {list_cmd, [list_args] { return show_list(list_args->socket, list_args->json); }},
  };
}

}  // namespace judge::cli
