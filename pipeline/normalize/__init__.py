"""Stage 2: one source's records become contract meetings, or rejects with a reason."""
