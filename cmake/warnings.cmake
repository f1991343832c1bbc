function(kamgraph_set_warnings target)
  # -Wno-missing-field-initializers: designated initializers ({.id = "a", .name = "A"})
  # leave out members that have default member initializers on purpose; GCC 12 warns anyway.
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wno-missing-field-initializers)
  # -Wno-restrict: GCC 12 at -O3 reports impossible overlaps inside std::string's own
  # inlined memcpy (GCC bug 105329, fixed in GCC 13), so the release build would fail on
  # code that is correct.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(KAMGRAPH_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

if(KAMGRAPH_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
