// A report as JSON and back: the object `--json` prints (a documented
// contract: later versions only add fields), and the report read back from
// it, as the daemon stores and sends it, so a client prints the same text
// as an in-process `judge submit`. Both halves here, so a new field is one
// edit in one file.
#pragma once

#include <nlohmann/json.hpp>

#include "report.h"

namespace judge {

nlohmann::json to_json(const Report& report);
Report report_from_json(const nlohmann::json& json);

}  // namespace judge
