#include "landlock.h"

#include <fcntl.h>
#include <linux/landlock.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>

namespace sandbox::detail {
namespace {

// Rights newer than Debian 12's headers, by the ABI that brought them.
constexpr std::uint64_t kTruncate = 1ull << 14;   // ABI 3
constexpr std::uint64_t kIoctlDev = 1ull << 15;   // ABI 5
constexpr std::uint64_t kBindTcp = 1ull << 0;     // ABI 4, network
constexpr std::uint64_t kConnectTcp = 1ull << 1;  // ABI 4, network
constexpr std::uint64_t kScopeAbstractUnix = 1ull << 0;  // ABI 6
constexpr std::uint64_t kScopeSignal = 1ull << 1;        // ABI 6

// The ruleset attribute as ABI 6 knows it; older kernels get a prefix.
struct RulesetAttr {
  std::uint64_t handled_access_fs;
  std::uint64_t handled_access_net;
  std::uint64_t scoped;
};

constexpr std::uint64_t kRead = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR;
constexpr std::uint64_t kExecute = LANDLOCK_ACCESS_FS_EXECUTE;
constexpr std::uint64_t kWrite = LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_REMOVE_DIR |
                                 LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_DIR |
                                 LANDLOCK_ACCESS_FS_MAKE_REG | LANDLOCK_ACCESS_FS_MAKE_SYM | kTruncate;
// The rights that mean something on a file rather than a directory.
constexpr std::uint64_t kFileRights =
    LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_READ_FILE | kTruncate | kIoctlDev;

std::uint64_t handled_fs_for(int abi) {
  std::uint64_t rights = (LANDLOCK_ACCESS_FS_MAKE_SYM << 1) - 1;  // ABI 1: bits 0-12
  if (abi >= 2) rights |= LANDLOCK_ACCESS_FS_REFER;
  if (abi >= 3) rights |= kTruncate;
  if (abi >= 5) rights |= kIoctlDev;
  return rights;
}

}  // namespace

int landlock_abi() {
  static const int abi = [] {
    long version = syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
    return version > 0 ? static_cast<int>(version) : 0;
  }();
  return abi;
}

bool plan_landlock(const Policy& policy, LandlockPlan& plan) {
  const int abi = landlock_abi();
  if (abi == 0) return false;
  plan.handled_fs = handled_fs_for(abi);
  plan.attr_size = sizeof(std::uint64_t);
  if (abi >= 4) {
    plan.handled_net = kBindTcp | kConnectTcp;
    plan.attr_size = 2 * sizeof(std::uint64_t);
  }
  if (abi >= 6) {
    plan.scoped = kScopeAbstractUnix | kScopeSignal;
    plan.attr_size = sizeof(RulesetAttr);
  }
  auto allow = [&](const std::string& path, std::uint64_t access) {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) return;
    access &= plan.handled_fs;
    if (!S_ISDIR(st.st_mode)) access &= kFileRights;
    plan.paths.push_back(std::make_unique<std::string>(path));
    plan.rules.push_back({plan.paths.back()->c_str(), access});
  };
  for (const char* dir : {"/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"}) allow(dir, kRead | kExecute);
  for (const char* file : {"/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/alternatives",
                           "/etc/localtime", "/etc/nsswitch.conf", "/etc/passwd", "/etc/group"})
    allow(file, kRead);
  allow("/proc", kRead);
  for (const char* device : {"/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom"})
    allow(device, kRead | LANDLOCK_ACCESS_FS_WRITE_FILE);
  for (const std::filesystem::path& extra : policy.readonly_paths) allow(extra.string(), kRead | kExecute);
  std::string workdir = policy.workdir.empty() ? "." : policy.workdir.string();
  allow(workdir, kRead | kExecute | (policy.workdir_writable ? kWrite : 0));
  return true;
}

int apply_landlock(const LandlockPlan& plan) noexcept {
  RulesetAttr attr{plan.handled_fs, plan.handled_net, plan.scoped};
  int ruleset = static_cast<int>(syscall(SYS_landlock_create_ruleset, &attr, plan.attr_size, 0));
  if (ruleset < 0) return errno;
  for (const LandlockRule& rule : plan.rules) {
    int fd = open(rule.path, O_PATH | O_CLOEXEC);
    if (fd < 0) continue;  // gone since the plan: nothing to allow
    landlock_path_beneath_attr beneath{rule.access, fd};
    long rc = syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &beneath, 0);
    int error = errno;
    close(fd);
    if (rc != 0) {
      close(ruleset);
      return error;
    }
  }
  long rc = syscall(SYS_landlock_restrict_self, ruleset, 0);
  int error = errno;
  close(ruleset);
  return rc == 0 ? 0 : error;
}

}  // namespace sandbox::detail
