# Refuse in-source builds: they litter the tree and cannot be cleaned by deleting a folder.
if(CMAKE_SOURCE_DIR STREQUAL CMAKE_BINARY_DIR)
  message(FATAL_ERROR "In-source builds are not supported. Use: cmake --preset dev")
endif()
