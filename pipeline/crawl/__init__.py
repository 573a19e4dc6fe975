"""Stage 1: fetch each source in a child process, so a broken site costs only itself."""
