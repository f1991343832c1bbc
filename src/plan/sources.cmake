# The plan and its actions (actions_sources.cmake), the portfolio audit (audit_sources.cmake).
set(plan_SOURCES "")
include(${PROJECT_SOURCE_DIR}/src/plan/actions_sources.cmake)
include(${PROJECT_SOURCE_DIR}/src/plan/audit_sources.cmake)
