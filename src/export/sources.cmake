set(export_SOURCES
  src/export/csv_export.cpp
  src/export/dot_export.cpp
  src/export/field_text.cpp
  src/export/graphml.cpp
  src/export/json_export.cpp)
