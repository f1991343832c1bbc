# Golden end-to-end tests of the kamgraph binary: one CTest test per tests/cli/cases/*.sh.
file(GLOB kamgraph_cli_cases CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/cases/*.sh)
foreach(case_file ${kamgraph_cli_cases})
  get_filename_component(case_name ${case_file} NAME_WE)
  add_test(NAME cli.${case_name}
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/run_case.sh $<TARGET_FILE:kamgraph>
                   ${PROJECT_SOURCE_DIR} ${case_name})
endforeach()

# Unit tests of the command line's own logic that is not a command.
add_executable(kamgraph_cli_tests ${PROJECT_SOURCE_DIR}/src/cli/huge_pages.cpp
                                  ${CMAKE_CURRENT_LIST_DIR}/huge_pages_test.cpp)
target_include_directories(kamgraph_cli_tests PRIVATE ${PROJECT_SOURCE_DIR}/src)
target_link_libraries(kamgraph_cli_tests PRIVATE GTest::gtest GTest::gtest_main)
kamgraph_set_warnings(kamgraph_cli_tests)
gtest_discover_tests(kamgraph_cli_tests DISCOVERY_TIMEOUT 60)
