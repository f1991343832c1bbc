set(import_TEST_FILES "")
include(${CMAKE_CURRENT_LIST_DIR}/csv_tests.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/dot_tests.cmake)
kamgraph_add_unit_tests(import FILES ${import_TEST_FILES})
