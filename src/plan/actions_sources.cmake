list(APPEND plan_SOURCES src/plan/actions_placeholder.cpp)
