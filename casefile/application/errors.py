"""Errors the use cases raise for the user to read; importing them loads nothing heavy."""


class IngestError(ValueError):
    """An article that cannot be ingested; nothing of it was stored."""


class UnknownCase(LookupError):
    def __init__(self, case_id: str) -> None:
        super().__init__(f"no case {case_id!r} (see `casefile cases`)")


class UnknownArticle(LookupError):
    def __init__(self, article_id: str) -> None:
        super().__init__(f"no article {article_id!r}")


class NoStore(LookupError):
    """A verb that only reads found no store where it looked (it creates none)."""

    def __init__(self, url: str) -> None:
        where = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url
        super().__init__(
            f"no case file at {where} (`casefile ingest` makes one; --db or CASEFILE_DB "
            "points to another)"
        )
