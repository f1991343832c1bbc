target_sources(kamgraph PRIVATE src/cli/main.cpp)
