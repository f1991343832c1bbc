list(APPEND import_TEST_FILES
  ${CMAKE_CURRENT_LIST_DIR}/hubspot_import_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/salesforce_ids_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/salesforce_import_test.cpp)
