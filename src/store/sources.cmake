set(store_SOURCES
  src/store/sqlite_store.cpp)
