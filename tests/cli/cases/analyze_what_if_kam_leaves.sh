# The manufacturer hangs on our KAM: if he leaves, every decider becomes a gap.
kamgraph import graphs/manufacturer.dot >/dev/null
kamgraph analyze brennero_meccanica --as-of 2026-11-23 --without int_kam_rossi
kamgraph analyze brennero_meccanica --as-of 2026-11-23 --without int_kam_rossi --format json | grep -A3 '"lost_access"'
