# The store's tests also talk to SQLite directly: to look at a file the way another program
# would (schema version, query plans, a second connection holding the lock).
kamgraph_add_unit_tests(store LIBS SQLite::SQLite3 FILES
  ${CMAKE_CURRENT_LIST_DIR}/plan_store_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sqlite_store_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sqlite_test.cpp)
