kamgraph_add_unit_tests(model FILES
  ${CMAKE_CURRENT_LIST_DIR}/vocabulary_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/date_test.cpp)
