set(model_SOURCES
  src/model/action.cpp
  src/model/date.cpp
  src/model/error.cpp
  src/model/model.cpp
  src/model/text.cpp
  src/model/vocabulary.cpp)
