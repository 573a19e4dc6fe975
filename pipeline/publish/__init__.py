"""Last stage: write the release all or nothing, and find the releases already written."""
