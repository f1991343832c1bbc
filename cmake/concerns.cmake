# kamgraph_add_concern(NAME DEPS <public deps> PRIVATE_DEPS <private deps>)
# A static library kamgraph_NAME from src/NAME/sources.cmake (which sets NAME_SOURCES).
set(KAMGRAPH_CONCERNS "")
function(kamgraph_add_concern name)
  cmake_parse_arguments(ARG "" "" "DEPS;PRIVATE_DEPS" ${ARGN})
  include(${PROJECT_SOURCE_DIR}/src/${name}/sources.cmake)
  add_library(kamgraph_${name} STATIC ${${name}_SOURCES})
  target_include_directories(kamgraph_${name} PUBLIC ${PROJECT_SOURCE_DIR}/include
                                              PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_compile_definitions(kamgraph_${name} PUBLIC KAMGRAPH_VERSION="${PROJECT_VERSION}")
  target_link_libraries(kamgraph_${name} PUBLIC ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_DEPS} fmt::fmt)
  kamgraph_set_warnings(kamgraph_${name})
  set(KAMGRAPH_CONCERNS ${KAMGRAPH_CONCERNS} kamgraph_${name} PARENT_SCOPE)
endfunction()

# kamgraph_add_unit_tests(NAME [LIBS other libraries] FILES files...): the test binary
# kamgraph_NAME_tests, linking kamgraph_NAME and LIBS.
function(kamgraph_add_unit_tests name)
  cmake_parse_arguments(ARG "" "" "LIBS;FILES" ${ARGN})
  add_executable(kamgraph_${name}_tests ${ARG_FILES})
  target_link_libraries(kamgraph_${name}_tests PRIVATE kamgraph_${name} ${ARG_LIBS} GTest::gtest GTest::gmock
                                                       GTest::gtest_main nlohmann_json::nlohmann_json)
  target_include_directories(kamgraph_${name}_tests PRIVATE ${PROJECT_SOURCE_DIR}/src
                                                            ${PROJECT_SOURCE_DIR}/tests)
  target_compile_definitions(kamgraph_${name}_tests PRIVATE
    KAMGRAPH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  kamgraph_set_warnings(kamgraph_${name}_tests)
  # GoogleTest and GoogleMock are most of what each test file compiles: parsed once per
  # binary instead of once per file (CI builds every test twice, plain and sanitized).
  target_precompile_headers(kamgraph_${name}_tests PRIVATE <gmock/gmock.h> <gtest/gtest.h>
                            <string> <vector>)
  gtest_discover_tests(kamgraph_${name}_tests WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}
                       DISCOVERY_TIMEOUT 60)
endfunction()
