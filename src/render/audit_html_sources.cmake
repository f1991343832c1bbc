list(APPEND render_SOURCES src/render/audit_html_placeholder.cpp)
