list(APPEND render_SOURCES src/render/html_placeholder.cpp)
