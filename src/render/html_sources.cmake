# The HTML outputs: escaping and SVG inlining (html.cpp), the coverage matrix (matrix.cpp)
# and the account brief (brief.cpp; brief_map.cpp draws its map).
list(APPEND render_SOURCES
  src/render/brief.cpp
  src/render/brief_map.cpp
  src/render/html.cpp
  src/render/matrix.cpp
)
