# Test files: list(APPEND render_TEST_FILES ${CMAKE_CURRENT_LIST_DIR}/...)
list(APPEND render_TEST_FILES ${CMAKE_CURRENT_LIST_DIR}/html_test.cpp
                              ${CMAKE_CURRENT_LIST_DIR}/matrix_test.cpp
                              ${CMAKE_CURRENT_LIST_DIR}/brief_test.cpp)
