# kamgraph_bench: the in-process part of the benchmark (tests/bench/run.sh runs it).
# Only with -DKAMGRAPH_BUILD_BENCH=ON, so that CI does not build it; needs
# libbenchmark-dev (Google Benchmark, Debian 12's 1.7.1).
find_package(benchmark REQUIRED)
add_executable(kamgraph_bench ${CMAKE_CURRENT_LIST_DIR}/whole_graph.cpp)
target_link_libraries(kamgraph_bench PRIVATE kamgraph::core benchmark::benchmark)
kamgraph_set_warnings(kamgraph_bench)
