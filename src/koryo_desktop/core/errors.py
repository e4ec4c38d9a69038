"""Errors the core and stores raise; each carries a message fit to show a person."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ContentProblem:
    """One problem in a content source file, reported as ``file:line: message``."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class ContentValidationError(Exception):
    """The content sources have problems; ``problems`` lists every one of them."""

    def __init__(self, problems: list[ContentProblem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.file, p.line, p.message))
        super().__init__("\n".join(str(p) for p in self.problems))


class ContentDatabaseError(Exception):
    """The content database is missing, damaged or of another schema version."""


class BadDateError(ValueError):
    """A date string in the content does not follow the documented forms."""
