# The plan (plan.cpp: gaps to actions; plan_rules.cpp: due dates, modes, functions;
# plan_merge.cpp: against the stored actions; plan_store.cpp: with the store;
# plan_report.cpp: Markdown and JSON) and progress over time (progress.cpp).
list(APPEND plan_SOURCES src/plan/plan.cpp src/plan/plan_merge.cpp src/plan/plan_report.cpp
     src/plan/plan_rules.cpp src/plan/plan_store.cpp src/plan/progress.cpp)
