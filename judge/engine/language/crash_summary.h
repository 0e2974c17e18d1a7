// The one line a reader wants from a crash's stderr: which exception ended
// the program and where in the candidate's own code, so an RE says
// "uncaught java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds
// for length 5, at Main.helper(Main.java:3)" and not only "exit code 1".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace judge {

// Reads the uncaught-exception report of the JVM ("Exception in thread
// ..."), of Node ("TypeError: ...\n    at ...") or of CPython ("Traceback
// (most recent call last): ..."), and names the exception with the
// innermost frame that is neither the language's library nor the judge's
// driver (Driver.java, driver.js, driver.py): "uncaught X: message, at
// frame". nullopt when `stderr_text`
// holds no such report (a crash by signal, an explicit non-zero exit).
std::optional<std::string> crash_summary(std::string_view stderr_text);

}  // namespace judge
