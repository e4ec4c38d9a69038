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


class LearnerDataError(Exception):
    """The learner data cannot be opened or saved right now, and nothing was changed.

    ``kind`` says why, for a message a person understands: ``busy`` (another copy of the app or
    another program holds the file), ``full`` (no room left on the disk), ``read_only`` (the file or
    its folder cannot be written), ``unavailable`` (the folder cannot be reached or created) or
    ``damaged``. ``path`` is the learner data file."""

    KINDS = ("busy", "full", "read_only", "unavailable", "damaged")

    def __init__(self, kind: str, path: object, detail: str = "") -> None:
        if kind not in self.KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        self.kind, self.path, self.detail = kind, path, detail
        super().__init__(f"learner data {path}: {kind}" + (f" ({detail})" if detail else ""))
