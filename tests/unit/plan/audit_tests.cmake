# The portfolio audit: hand-worked portfolio, JSON and CSV forms, the sample portfolio.
list(APPEND plan_TEST_FILES ${CMAKE_CURRENT_LIST_DIR}/audit_test.cpp)
