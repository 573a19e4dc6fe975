"""Stage 3: carry the last release forward and say what changed since it."""
