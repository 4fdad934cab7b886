"""Fetching sources from the web: URLs, feeds and OPML, politely, safely and cached.

Core package (never imports the UI). ``urls`` and ``safety`` decide what may be fetched,
``fetcher`` fetches one URL within bounds, ``cache`` keeps responses, ``feeds`` reads
feeds and OPML, and ``gather`` turns what the user named into pages and failures.
"""
