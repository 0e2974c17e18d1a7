#include "box_mounts.h"

#include <fcntl.h>
#include <linux/mount.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace sandbox::detail {
namespace {

// "/proc/self/fd/<fd>", without snprintf (which may take locks).
void fd_path(int fd, char* out) {
  char digits[12];
  int n = 0;
  for (int v = fd; n == 0 || v != 0; v /= 10) digits[n++] = static_cast<char>('0' + v % 10);
  for (const char* p = "/proc/self/fd/"; *p;) *out++ = *p++;
  while (n > 0) *out++ = digits[--n];
  *out = '\0';
}

// Shows one entry of the staged workdir read-only in the box. The entry is
// opened without following links: a name swapped for a symlink since the
// judge listed it is skipped, never followed.
int bind_entry(int staged, const char* box, const char* name, bool directory, unsigned long keep) {
  int fd = openat(staged, name, O_PATH | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return 0;
  struct stat st {};
  if (fstat(fd, &st) != 0 || !(directory ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode))) {
    close(fd);
    return 0;
  }
  char target[4096], source[40];
  std::size_t box_length = strlen(box), name_length = strlen(name);
  int error = 0;
  if (box_length + 1 + name_length >= sizeof target) {
    error = ENAMETOOLONG;
  } else {
    std::memcpy(target, box, box_length);
    target[box_length] = '/';
    std::memcpy(target + box_length + 1, name, name_length + 1);
    if (directory) {
      if (mkdir(target, 0755) != 0) error = errno;
    } else {
      int made = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
      if (made < 0) error = errno;
      else close(made);
    }
    fd_path(fd, source);
    if (error == 0 &&
        (mount(source, target, nullptr, MS_BIND | MS_REC, nullptr) != 0 ||
         mount(nullptr, target, nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV | keep, nullptr) != 0))
      error = errno;
  }
  close(fd);
  return error;
}

bool attach(int tree, const char* where) {
  return syscall(SYS_move_mount, tree, "", AT_FDCWD, where, MOVE_MOUNT_F_EMPTY_PATH) == 0;
}

}  // namespace

int renew_box(const BoxSetup& setup) noexcept {
  if (setup.tmp_options != nullptr)
    while (umount2("/tmp", MNT_DETACH) == 0) {
    }
  if (setup.tree >= 0) {
    while (umount2(setup.box, MNT_DETACH) == 0) {
    }
    if (setup.writable) {
      if (!attach(setup.tree, setup.box) ||
          mount(nullptr, setup.box, nullptr, MS_REMOUNT | MS_BIND | MS_NOSUID | MS_NODEV | setup.keep_flags, nullptr) != 0)
        return errno;
    } else {
      // The workdir is staged where /tmp goes (the judge then always renews
      // /tmp), its entries are bound into a tmpfs box, and the stage is gone
      // before the fresh /tmp is mounted over it: no program sees it.
      if (setup.tmp_options == nullptr) return EINVAL;
      if (!attach(setup.tree, "/tmp")) return errno;
      int staged = open("/tmp", O_PATH | O_DIRECTORY | O_CLOEXEC);
      if (staged < 0) return errno;
      int error = 0;
      if (mount("box", setup.box, "tmpfs", MS_NOSUID | MS_NODEV, setup.box_options) != 0) error = errno;
      for (int i = 0; error == 0 && i < setup.entry_count; ++i)
        error = bind_entry(staged, setup.box, setup.entries[i] + 1, setup.entries[i][0] == 'd', setup.keep_flags);
      close(staged);
      if (umount2("/tmp", MNT_DETACH) != 0 && error == 0) error = errno;
      if (error != 0) return error;
    }
  }
  if (setup.tmp_options != nullptr && mount("tmp", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, setup.tmp_options) != 0)
    return errno;
  return 0;
}

}  // namespace sandbox::detail
