// A real `judge daemon` process for the tests, and raw protocol helpers:
// shared by the daemon's tests and its fault tests. No timed assertion:
// every wait polls, for up to a minute.
#pragma once

#include <nlohmann/json.hpp>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "support/temp_dir.h"

namespace test_support {

// Submissions of problems/minimum-passes the daemon's tests send: one
// accepted, one wrong, and one slow enough to be seen running.
inline const std::filesystem::path kSubmissions = source_dir() / "problems" / "minimum-passes" / "submissions";
inline const std::filesystem::path kAccepted = kSubmissions / "accepted" / "reference.cpp";
inline const std::filesystem::path kWrong = kSubmissions / "wrong_answer" / "missing_plus_one.cpp";
inline const std::filesystem::path kSlow = kSubmissions / "time_limit_exceeded" / "simulate.cpp";

inline bool eventually(const std::function<bool()>& condition, std::chrono::seconds limit = std::chrono::seconds(60)) {
  auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return condition();
}

inline int connect_socket(const std::filesystem::path& socket) {
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  std::strncpy(address.sun_path, socket.c_str(), sizeof address.sun_path - 1);
  int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

inline void send_all(int fd, const std::string& data) {
  std::size_t done = 0;
  while (done < data.size()) {
    ssize_t wrote = ::send(fd, data.data() + done, data.size() - done, MSG_NOSIGNAL);
    if (wrote <= 0) return;
    done += static_cast<std::size_t>(wrote);
  }
}

// One line from fd ("" when the daemon hung up first).
inline std::string read_line(int fd) {
  std::string line;
  char c;
  while (::read(fd, &c, 1) == 1 && c != '\n') line += c;
  return line;
}

// Sends raw bytes on a new connection and reads one response line.
inline std::string send_raw(const std::filesystem::path& socket, const std::string& data) {
  int fd = connect_socket(socket);
  if (fd < 0) return "";
  send_all(fd, data);
  std::string line = read_line(fd);
  ::close(fd);
  return line;
}

// A `judge daemon` child; its stderr goes to daemon.log in `log_dir`.
class DaemonProcess {
 public:
  DaemonProcess(const std::filesystem::path& socket, const std::filesystem::path& db,
                const std::filesystem::path& log, int workers, const std::vector<std::string>& extra = {})
      : socket_(socket), log_(log) {
    pid_ = ::fork();
    if (pid_ == 0) {
      if (!std::freopen(log.c_str(), "a", stderr)) ::_exit(126);
      std::string workers_text = std::to_string(workers);
      std::vector<std::string> args = {JUDGE_BINARY, "daemon", "--socket", socket.string(), "--db", db.string(),
                                       "--workers", workers_text};
      args.insert(args.end(), extra.begin(), extra.end());
      std::vector<char*> argv;
      for (auto& arg : args) argv.push_back(arg.data());
      argv.push_back(nullptr);
      ::execv(JUDGE_BINARY, argv.data());
      ::_exit(127);
    }
    // Serving once the socket's listener is this child's: a daemon killed
    // before it (the fault tests) can leave its own listener open for a
    // moment in a child it was forking.
    started_ = eventually([&] {
      int fd = connect_socket(socket_);
      if (fd < 0) return false;
      ucred owner{};
      socklen_t size = sizeof owner;
      const bool ours = ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &owner, &size) == 0 && owner.pid == pid_;
      ::close(fd);
      return ours || !alive();
    }) && alive();
  }
  ~DaemonProcess() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
  }
  // On `dir`'s judge.sock and judge.db, logging to its daemon.log.
  DaemonProcess(const TempDir& dir, int workers, const std::vector<std::string>& extra = {})
      : DaemonProcess(dir / "judge.sock", dir / "judge.db", dir / "daemon.log", workers, extra) {}
  DaemonProcess(const DaemonProcess&) = delete;
  DaemonProcess& operator=(const DaemonProcess&) = delete;

  bool started() const { return started_; }
  pid_t pid() const { return pid_; }
  const std::filesystem::path& socket() const { return socket_; }
  std::string flag() const { return " --socket " + socket_.string(); }
  std::string log() const { return read_file(log_); }
  // Still running (not exited, not killed by a signal).
  bool alive() {
    if (pid_ <= 0) return false;
    int raw = 0;
    if (::waitpid(pid_, &raw, WNOHANG) == pid_) {
      pid_ = -1;
      return false;
    }
    return true;
  }
  // Sends the signal and returns the exit status (-1: killed by a signal).
  int stop(int signal) {
    ::kill(pid_, signal);
    int raw = 0;
    ::waitpid(pid_, &raw, 0);
    pid_ = -1;
    return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  }

 private:
  std::filesystem::path socket_;
  std::filesystem::path log_;
  pid_t pid_ = -1;
  bool started_ = false;
};

}  // namespace test_support
