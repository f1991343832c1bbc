kamgraph_add_unit_tests(export LIBS kamgraph_import FILES
  ${CMAKE_CURRENT_LIST_DIR}/csv_export_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/dot_export_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/graphml_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/json_export_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/round_trip_test.cpp)
