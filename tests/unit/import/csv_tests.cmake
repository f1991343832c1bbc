list(APPEND import_TEST_FILES
  ${CMAKE_CURRENT_LIST_DIR}/csv_reader_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/csv_import_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fields_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/validate_test.cpp)
