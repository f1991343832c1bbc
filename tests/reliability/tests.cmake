# Reliability tests (issue 7): crash safety (SIGKILL during a large import), concurrent
# readers and writers on one database, and the documented input limits. They run the
# kamgraph binary as separate processes and look at its database with SQLite directly.
add_executable(kamgraph_reliability_tests
  ${CMAKE_CURRENT_LIST_DIR}/crash_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/concurrency_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/limits_test.cpp)
target_link_libraries(kamgraph_reliability_tests PRIVATE kamgraph_import SQLite::SQLite3
  nlohmann_json::nlohmann_json Threads::Threads GTest::gtest GTest::gmock GTest::gtest_main)
target_include_directories(kamgraph_reliability_tests PRIVATE ${PROJECT_SOURCE_DIR}/src
                                                              ${PROJECT_SOURCE_DIR}/tests)
target_compile_definitions(kamgraph_reliability_tests PRIVATE
  KAMGRAPH_BIN="$<TARGET_FILE:kamgraph>" KAMGRAPH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_dependencies(kamgraph_reliability_tests kamgraph)
kamgraph_set_warnings(kamgraph_reliability_tests)
gtest_discover_tests(kamgraph_reliability_tests DISCOVERY_TIMEOUT 60
                     PROPERTIES LABELS reliability TIMEOUT 900)
