set(import_SOURCES
  src/import/csv_reader.cpp
  src/import/csv_import.cpp
  src/import/dot_import.cpp
  src/import/fields.cpp
  src/import/import.cpp
  src/import/validate.cpp)
