# Stakeholder maps: people shown, DOT per view, escaping, Graphviz rendering.
list(APPEND render_TEST_FILES ${CMAKE_CURRENT_LIST_DIR}/map_dot_test.cpp
                              ${CMAKE_CURRENT_LIST_DIR}/map_escape_test.cpp
                              ${CMAKE_CURRENT_LIST_DIR}/map_image_test.cpp
                              ${CMAKE_CURRENT_LIST_DIR}/map_select_test.cpp)
