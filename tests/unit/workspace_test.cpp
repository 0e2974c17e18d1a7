// Workspaces left by a judge that was killed outright are swept by the
// next one, and nothing else is.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>

#include "engine/base/workspace.h"
#include "support/scoped_env.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;
using judge::sweep_abandoned_workspaces;
using test_support::TempDir;

namespace {

// A pid no process has: a child that has exited and been reaped.
pid_t dead_pid() {
  pid_t pid = ::fork();
  if (pid == 0) ::_exit(0);
  ::waitpid(pid, nullptr, 0);
  return pid;
}

void age(const fs::path& path, int seconds) {
  timeval now{};
  ::gettimeofday(&now, nullptr);
  timeval then[2] = {{now.tv_sec - seconds, 0}, {now.tv_sec - seconds, 0}};
  REQUIRE(::lutimes(path.c_str(), then) == 0);
}

fs::path folder(const TempDir& dir, const std::string& name, int idle_seconds) {
  fs::path path = dir / name;
  fs::create_directories(path / "box");
  fs::create_directories(path / "private");
  age(path, idle_seconds);
  return path;
}

}  // namespace

TEST_CASE("a sweep removes only idle folders of judges that are gone", "[workspace]") {
  TempDir dir;
  const std::string dead = std::to_string(dead_pid());
  const std::string alive = std::to_string(::getpid());
  const fs::path abandoned = folder(dir, "judge-" + dead + "-aB3xYz", 7200);
  const fs::path fresh = folder(dir, "judge-" + dead + "-fResh1", 0);
  const fs::path live = folder(dir, "judge-" + alive + "-LiVe01", 7200);
  const fs::path other = folder(dir, "judge-test-OtHer1", 7200);
  const fs::path target = folder(dir, "kept", 7200);
  const fs::path planted = dir / ("judge-" + dead + "-LiNk01");
  fs::create_directory_symlink(target, planted);
  age(planted, 7200);

  CHECK(sweep_abandoned_workspaces(dir.path(), std::chrono::seconds(3600)) == 1);
  CHECK_FALSE(fs::exists(abandoned));
  CHECK(fs::exists(fresh));       // its owner may be a live judge in another pid namespace
  CHECK(fs::exists(live));        // a running judge's
  CHECK(fs::exists(other));       // not a workspace's name
  CHECK(fs::is_symlink(planted));  // not followed, not removed
  CHECK(fs::exists(target / "box"));
}

TEST_CASE("a judge run sweeps a killed judge's workspace and leaves none of its own", "[workspace]") {
  TempDir tmp;
  const fs::path abandoned = folder(tmp, "judge-" + std::to_string(dead_pid()) + "-KiLLed", 7200);
  test_support::ScopedEnv env("TMPDIR", tmp.path().c_str());
  const auto result = test_support::run_judge(
      "submit minimum-passes " +
      (test_support::source_dir() / "problems/minimum-passes/submissions/accepted/reference.cpp").string() +
      " --no-hints");
  CHECK(result.status == 0);
  CHECK_FALSE(fs::exists(abandoned));
  for (const auto& entry : fs::directory_iterator(tmp.path()))
    CHECK(entry.path().filename().string().rfind("judge-", 0) != 0);
}
