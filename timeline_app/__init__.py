"""timeline-app: a source-linked timeline of the dated events in a pile of news articles."""

__version__ = "0.1.0"
