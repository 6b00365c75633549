"""Typed errors. Each carries a message that is safe to show a user."""


class KBError(Exception):
    """Base class for every error the product reports to users."""

    status = 500


class ParseError(KBError):
    """A file could not be read as a document.

    Args:
        path: the file, as given by the user.
        reason: why, in words a user understands.
    """

    status = 422

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NotFound(KBError):
    status = 404


class DocumentNotFound(NotFound):
    def __init__(self, doc: str):
        self.doc = doc
        super().__init__(f"no document matches {doc!r}")


class SearchQueryError(KBError, ValueError):
    """A query the search engine cannot run; the message is shown to users."""

    status = 400
