# Test files: list(APPEND render_TEST_FILES ${CMAKE_CURRENT_LIST_DIR}/...)
