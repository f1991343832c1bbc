list(APPEND import_TEST_FILES ${CMAKE_CURRENT_LIST_DIR}/dot_import_test.cpp)
