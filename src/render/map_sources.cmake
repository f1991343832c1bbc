# Stakeholder maps: which people (map_select.cpp), the DOT text (map_dot.cpp, with the
# visual vocabulary in map_style.cpp and the legend in map_legend.cpp), escaping
# (map_escape.cpp) and Graphviz in-process (map_image.cpp).
list(APPEND render_SOURCES
  src/render/map_dot.cpp
  src/render/map_escape.cpp
  src/render/map_image.cpp
  src/render/map_legend.cpp
  src/render/map_select.cpp
  src/render/map_style.cpp
)
