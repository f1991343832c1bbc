# The portfolio audit (audit.cpp) and its JSON and CSV forms (audit_json.cpp).
list(APPEND plan_SOURCES src/plan/audit.cpp src/plan/audit_json.cpp)
