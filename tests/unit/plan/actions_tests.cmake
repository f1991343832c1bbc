# Test files: list(APPEND plan_TEST_FILES ${CMAKE_CURRENT_LIST_DIR}/...)
list(APPEND plan_TEST_FILES
  ${CMAKE_CURRENT_LIST_DIR}/plan_account_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/plan_history_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/plan_rules_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/progress_snapshot_test.cpp)
