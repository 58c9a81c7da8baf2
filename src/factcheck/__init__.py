"""factcheck: check the numbers in news articles for internal consistency."""

__version__ = "0.1.0"
