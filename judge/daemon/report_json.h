// The report read back from its JSON (as the daemon stores and sends it),
// so the client prints the same text as an in-process `judge submit`.
#pragma once

#include <nlohmann/json.hpp>

#include "engine/grading/report.h"

namespace judge::daemon {

Report report_from_json(const nlohmann::json& json);

}  // namespace judge::daemon
