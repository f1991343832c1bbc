# Golden end-to-end tests of the kamgraph binary: one CTest test per tests/cli/cases/*.sh.
file(GLOB kamgraph_cli_cases CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/cases/*.sh)
foreach(case_file ${kamgraph_cli_cases})
  get_filename_component(case_name ${case_file} NAME_WE)
  add_test(NAME cli.${case_name}
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/run_case.sh $<TARGET_FILE:kamgraph>
                   ${PROJECT_SOURCE_DIR} ${case_name})
endforeach()
