# The portfolio audit's HTML page, SVG matrices, text and Markdown.
list(APPEND render_TEST_FILES ${CMAKE_CURRENT_LIST_DIR}/audit_html_test.cpp)
