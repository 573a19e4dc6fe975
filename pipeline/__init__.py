"""The night, stage by stage, as plain library code (no Prefect import).

crawl/      fetch each source politely (Scrapy in child processes)
normalize/  one source's records to contract meetings and rejects; fields/ holds the parsers
carry/      the last release carried forward: first_seen, stale rows, held-back drops, changelog
mat/        MAT tagging, maintainers' reviews and the review queue
publish/    release tables, the all-or-nothing writer, and where releases live
types.py    what travels between the stages
"""
