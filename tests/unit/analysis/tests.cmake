kamgraph_add_unit_tests(analysis LIBS fmt::fmt FILES
  ${CMAKE_CURRENT_LIST_DIR}/account_analysis_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/centrality_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cuts_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pagerank_arcs_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/paths_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/redundancy_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reference_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/segmentation_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/property_test.cpp)
