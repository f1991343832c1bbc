set(store_SOURCES
  src/store/aside_file.cpp
  src/store/schema.cpp
  src/store/sqlite.cpp
  src/store/sqlite_store.cpp)
