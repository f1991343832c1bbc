# Maps (map_sources.cmake), the brief and matrix (html_sources.cmake) and the portfolio
# audit report (audit_html_sources.cmake) are kept apart.
set(render_SOURCES "")
include(${PROJECT_SOURCE_DIR}/src/render/map_sources.cmake)
include(${PROJECT_SOURCE_DIR}/src/render/html_sources.cmake)
include(${PROJECT_SOURCE_DIR}/src/render/audit_html_sources.cmake)
