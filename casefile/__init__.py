"""casefile: an event-sourced case file for following a criminal case through the news."""

__version__ = "0.1.0"
