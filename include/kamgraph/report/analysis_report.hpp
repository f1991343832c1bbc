// An account analysis as a KAM reads it (plain text or Markdown) and as programs read it
// (JSON, whose keys are the contract documented in the README).
#pragma once

#include <string>

#include "kamgraph/analysis/analyze.hpp"

namespace kamgraph {

// Numbers in JSON are rounded to 6 decimals so that golden files compare across builds.
std::string analysis_json(const AccountAnalysis& a);
std::string what_if_json(const WhatIf& w);

enum class TextStyle { plain, markdown };
std::string analysis_text(const AccountAnalysis& a, TextStyle style);
std::string what_if_text(const WhatIf& w, TextStyle style);

// Rounds to 6 decimals (and turns -0 into 0) for stable output.
double rounded(double v);

}  // namespace kamgraph
