kamgraph --version
