list(APPEND render_SOURCES src/render/map_placeholder.cpp)
