// Small text helpers every concern writes sentences and tables with: one definition each,
// so that a number reads the same in an analysis, a plan, a map and a brief.
#pragma once

#include <string>

namespace kamgraph {

// Fixed-point number with `digits` decimals ("0.50"); no locale; never "-0.00".
std::string fixed(double value, int digits = 2);

// The first letter in upper case (ASCII), for a word that starts a sentence or a label.
std::string capitalised(std::string s);

}  // namespace kamgraph
