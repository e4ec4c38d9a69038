"""Where the command line may write an output file (`-o`), said in one line when it may not.

A missing folder is made; a file is never written over a folder, inside the content sources, or
over an existing file that is not one this command makes (unless ``--force``)."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path


class OutputRefused(Exception):
    """The output file cannot or must not be written; the message is one line for a person."""


def check_output(path: Path, force: bool = False, ours: Callable[[Path], bool] | None = None,
                 sources: Path | None = None) -> Path:  # fmt: skip
    """``path`` when it may be written; otherwise OutputRefused saying why."""
    path = Path(path)
    parent = path.parent
    if sources is not None and _inside(path, sources):
        raise OutputRefused(f"{path} is inside the content sources {sources}; write the database somewhere else")
    if path.is_dir():
        raise OutputRefused(f"{path} is a folder; give the name of a file to write")
    if not parent.is_dir():
        try:
            parent.mkdir(parents=True, exist_ok=True)  # a new folder for the file, as asked
        except OSError as exc:
            if isinstance(exc, (FileExistsError, NotADirectoryError)):
                raise OutputRefused(f"cannot make the folder {parent}: part of that path is a file") from None
            raise OutputRefused(f"cannot make the folder {parent}: {exc.strerror or exc}") from None
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISLNK(mode):
        raise OutputRefused(f"{path} exists and is not a regular file; choose another name")
    if mode is not None and not force and not (ours is not None and ours(path)):
        raise OutputRefused(
            f"{path} already exists and was not made by this command; choose another name, or add --force to replace it"
        )
    if not os.access(parent, os.W_OK) or (mode is not None and not os.access(path, os.W_OK)):
        raise OutputRefused(f"cannot write {path}: permission denied (or the disk is read-only)")
    return path


def write_failed(path: Path, exc: OSError) -> str:
    """One line for an OSError met while writing ``path``."""
    return f"cannot write {path}: {exc.strerror or exc}"


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(Path(folder).resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def is_content_database(path: Path) -> bool:
    """Whether ``path`` is a content database this app built (so rebuilding it replaces nothing else)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            keys = {row[0] for row in conn.execute("SELECT key FROM meta")}
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        return False
    return {"schema_version", "content_version"} <= keys
