target_sources(kamgraph_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/vocabulary_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/date_test.cpp)
