// Java's rule that a public class lives in a file of its name: a candidate
// submits `Solution.java`, `lru-cache.java` (batch) or text through the
// daemon, so the judge reads the class name from the source itself, as
// Codeforces and DMOJ do, instead of trusting the file's name.
#pragma once

#include <string>
#include <string_view>

namespace judge {

struct JavaMainClass {
  // What the file must be called, without ".java": its public top-level
  // type's name, else the main class's, else "Solution".
  std::string file_stem;
  // The top-level class that declares `main` (empty when none does).
  std::string main_class;
  std::string error;  // non-empty: why the source cannot be run, for the CE message
};

// Reads past comments, string, char and text-block literals; finds the
// top-level types and whether each declares `main`. A `package` line is an
// error (the judge runs the class from the box's root), and so is a stdio
// program without a `main` (`needs_main`).
JavaMainClass find_java_main_class(std::string_view source, bool needs_main);

}  // namespace judge
