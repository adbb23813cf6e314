"""Errors the use cases raise for the user to read; importing them loads nothing heavy."""


class IngestError(ValueError):
    """An article that cannot be ingested; nothing of it was stored."""
