// Java's file naming: the class names come from the source, past comments
// and literals that look like code.
#include <catch2/catch.hpp>

#include "engine/language/java_class.h"

using namespace judge;

TEST_CASE("the public class names the file and the class with main is run", "[java]") {
  const JavaMainClass plain = find_java_main_class(
      "import java.util.*;\npublic class Main {\n  public static void main(String[] args) {}\n}\n", true);
  CHECK(plain.error.empty());
  CHECK(plain.file_stem == "Main");
  CHECK(plain.main_class == "Main");

  // main in a second, non-public class: the file is the public one's.
  const JavaMainClass split = find_java_main_class(
      "public class Helper { int x; }\nclass Runner { public static void main(String... a) { } }\n", true);
  CHECK(split.error.empty());
  CHECK(split.file_stem == "Helper");
  CHECK(split.main_class == "Runner");

  // No public class: the file takes the main class's name.
  const JavaMainClass quiet = find_java_main_class("final class Solution { static public void main(String[] a) {} }", true);
  CHECK(quiet.file_stem == "Solution");
  CHECK(quiet.main_class == "Solution");
}

TEST_CASE("comments, strings and nested types do not fool the scan", "[java]") {
  const JavaMainClass found = find_java_main_class(
      "// public class Fake {\n"
      "/* public class Other { public static void main(String[] a) {} } */\n"
      "public class Real {\n"
      "  String s = \"public class InString { void main( }\";\n"
      "  char c = '{';\n"
      "  String block = \"\"\"\n    class InBlock { }\n    \"\"\";\n"
      "  static class Nested { public static void main(String[] a) {} }\n"
      "  public static void main(String[] args) { }\n"
      "}\n",
      true);
  CHECK(found.error.empty());
  CHECK(found.file_stem == "Real");
  CHECK(found.main_class == "Real");
}

TEST_CASE("a package line or a missing main is a compile error that says so", "[java]") {
  const JavaMainClass packaged =
      find_java_main_class("package com.example;\npublic class Main { public static void main(String[] a) {} }", true);
  CHECK(packaged.error.find("package") != std::string::npos);

  const JavaMainClass no_main = find_java_main_class("public class Main { void run() {} }", true);
  CHECK(no_main.error.find("main") != std::string::npos);

  // A class problem's driver holds main: the candidate's class needs none.
  const JavaMainClass cache = find_java_main_class("class LRUCache { int get(int key) { return -1; } }", false);
  CHECK(cache.error.empty());
  CHECK(cache.file_stem == "Solution");  // javac takes a class that is not public in any file
  CHECK(find_java_main_class("public class LRUCache { }", false).file_stem == "LRUCache");
}
