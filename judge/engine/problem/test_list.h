// A package's tests in grading order: the samples, then each group's
// static tests (data/secret/GROUP/*.in with .ans) and generated tests
// (problem.yaml `generated`), groups as `groups` lists them, then any other
// folder under data/secret by name. Internal to problem/ (the loader).
#pragma once

#include <yaml-cpp/yaml.h>

#include <vector>

#include "engine/base/yaml_fields.h"
#include "problem.h"

namespace judge {

std::vector<TestSpec> read_test_list(const YamlDocument& doc, const YAML::Node& root, const Problem& problem);

}  // namespace judge
