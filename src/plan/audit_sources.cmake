list(APPEND plan_SOURCES src/plan/audit_placeholder.cpp)
