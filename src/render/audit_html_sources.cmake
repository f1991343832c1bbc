# The portfolio audit for people: the HTML page (audit_html.cpp), its SVG matrices
# (audit_html_svg.cpp), plain text and Markdown (audit_html_text.cpp), shared wording
# (audit_html_common.cpp).
list(APPEND render_SOURCES
  src/render/audit_html.cpp
  src/render/audit_html_common.cpp
  src/render/audit_html_svg.cpp
  src/render/audit_html_text.cpp
)
