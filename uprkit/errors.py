"""The small catalogue of errors the library raises; the command line turns each into ``Error: <file>: <problem>``."""

from __future__ import annotations


class UprkitError(Exception):
    """Base of every error uprkit raises on purpose."""

    code = "error"

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ReadError(UprkitError):
    """The file could not be read as any supported format (missing, empty, corrupt, encrypted, too large)."""

    code = "read"


class UnsupportedFormatError(ReadError):
    code = "unsupported-format"


class ParseError(UprkitError):
    """The text was read but could not be parsed."""

    code = "parse"
