"""MAT tagging: which meetings welcome people on methadone, buprenorphine or naltrexone.

`rules.py` holds the rules as data, `engine.py` adds evidence up into a decision,
`learned/` is the second reader that fills what the rules left unread (always reviewed),
`reviews.py` applies maintainers' corrections, `queue.py` writes what needs a human look.
"""
