"""Payload readers: a platform's response bytes to the records its mapper reads.

Pure functions over bytes, so the crawl can store responses as fetched and normalize can
split them later (and skip an unchanged payload by its sha256).
"""
