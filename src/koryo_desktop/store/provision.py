"""Find or build the content database the app opens.

A fresh install has only the sources; at first start (and whenever the sources change) they are
compiled once into the user's cache folder, named by a hash of the sources, and reused after that.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from koryo_desktop.store.content_builder import build, content_version


def ensure_content_database(sources: Path, cache_dir: Path) -> Path:
    """The path of an up-to-date content database for ``sources``, building it if needed.
    Raises ContentValidationError when the sources have problems."""
    version = content_version(sources)
    target = Path(cache_dir) / f"content-{version}.db"
    if target.is_file():
        return target
    build(sources, target)
    for old in Path(cache_dir).glob("content-*.db"):
        if old != target:
            # another running copy may still have it open (Windows); it is tidied next time
            with contextlib.suppress(OSError):
                old.unlink()
    return target
