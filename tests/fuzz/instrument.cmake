# KAMGRAPH_FUZZ: a build of its own (build/fuzz, made by tests/fuzz/run.sh) in which every
# library is compiled with clang for libFuzzer's coverage feedback, AddressSanitizer and
# UndefinedBehaviorSanitizer; the fuzz targets of tests/fuzz/tests.cmake link libFuzzer.
# Included from the top-level CMakeLists.txt before the libraries are defined.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "KAMGRAPH_FUZZ needs clang with libFuzzer (Debian: clang-14 "
                      "libclang-rt-14-dev); configure with CC=clang CXX=clang++, or run "
                      "tests/fuzz/run.sh")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                    -fno-sanitize-recover=all)
add_link_options(-fsanitize=address,undefined)
