set(report_SOURCES
  src/report/analysis_json.cpp
  src/report/analysis_text.cpp
  src/report/table.cpp)
