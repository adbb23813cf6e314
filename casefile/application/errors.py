"""Errors the use cases raise for the user to read; importing them loads nothing heavy."""


class IngestError(ValueError):
    """An article that cannot be ingested; nothing of it was stored."""


class UnknownCase(LookupError):
    def __init__(self, case_id: str) -> None:
        super().__init__(f"no case {case_id!r} (see `casefile cases`)")


class UnknownArticle(LookupError):
    def __init__(self, article_id: str) -> None:
        super().__init__(f"no article {article_id!r}")
