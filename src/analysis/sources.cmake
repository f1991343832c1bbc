set(analysis_SOURCES
  src/analysis/centrality.cpp
  src/analysis/cuts.cpp)
