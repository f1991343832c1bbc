# Test files: list(APPEND plan_TEST_FILES ${CMAKE_CURRENT_LIST_DIR}/...)
