# Fuzz targets, one per importer: fuzz_<target>.cpp defines LLVMFuzzerTestOneInput.
#  - In the KAMGRAPH_FUZZ build (clang, tests/fuzz/run.sh) each links libFuzzer and is run
#    for a bounded time by scripts/check, or for as long as wanted by hand.
#  - In every other build (g++, the dev and asan presets) each links replay_main.cpp, and
#    CTest replays the seed corpus and tests/fuzz/regressions/<target>/ (every input that
#    ever broke the target) through it: fuzz.<target>.replay.
set(kamgraph_fuzz_targets csv dot)
# The Salesforce importer joins when its header exists.
if(EXISTS ${PROJECT_SOURCE_DIR}/include/kamgraph/import/salesforce.hpp
   AND EXISTS ${CMAKE_CURRENT_LIST_DIR}/fuzz_salesforce.cpp)
  list(APPEND kamgraph_fuzz_targets salesforce)
endif()

foreach(target ${kamgraph_fuzz_targets})
  set(exe kamgraph_fuzz_${target})
  if(KAMGRAPH_FUZZ)
    add_executable(${exe} ${CMAKE_CURRENT_LIST_DIR}/fuzz_${target}.cpp)
    target_link_options(${exe} PRIVATE -fsanitize=fuzzer)
  else()
    add_executable(${exe} ${CMAKE_CURRENT_LIST_DIR}/fuzz_${target}.cpp
                          ${CMAKE_CURRENT_LIST_DIR}/replay_main.cpp)
    add_test(NAME fuzz.${target}.replay
             COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/replay.sh $<TARGET_FILE:${exe}>
                     ${PROJECT_SOURCE_DIR} ${target})
  endif()
  target_link_libraries(${exe} PRIVATE kamgraph_import kamgraph_export)
  kamgraph_set_warnings(${exe})
endforeach()
