# One line per file: several people add commands at once.
target_sources(kamgraph PRIVATE
  src/cli/app.cpp
  src/cli/cmd_analyze.cpp
  src/cli/cmd_audit.cpp
  src/cli/cmd_brief.cpp
  src/cli/cmd_export.cpp
  src/cli/cmd_import.cpp
  src/cli/cmd_matrix.cpp
  src/cli/cmd_path.cpp
  src/cli/cmd_people.cpp
  src/cli/cmd_plan.cpp
  src/cli/cmd_action.cpp
  src/cli/cmd_snapshot.cpp
  src/cli/cmd_render.cpp
  src/cli/cmd_vocabulary.cpp
  src/cli/context.cpp
  src/cli/format.cpp
  src/cli/huge_pages.cpp
  src/cli/main.cpp
  src/cli/time_options.cpp
)
