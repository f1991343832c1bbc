list(APPEND import_TEST_FILES ${CMAKE_CURRENT_LIST_DIR}/csv_reader_test.cpp)
