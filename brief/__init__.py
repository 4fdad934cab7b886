"""brief: turn a pile of news articles about one story into a brief you can trust."""

__version__ = "0.1.0"
