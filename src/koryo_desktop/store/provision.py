"""Find or build the content database the app opens.

A fresh install has only the sources; at first start (and whenever the sources change) they are
compiled once into the user's cache folder, named by a hash of the sources, and reused after that.
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path


def content_version(root: Path) -> str:
    """A hash of every source file's path and bytes: changes whenever the content changes."""
    digest = hashlib.sha256()
    for path in sorted(p for p in Path(root).rglob("*") if p.is_file() and p.suffix in (".md", ".toml")):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def ensure_content_database(sources: Path, cache_dir: Path) -> Path:
    """The path of an up-to-date content database for ``sources``, building it if needed.
    Raises ContentValidationError when the sources have problems."""
    from koryo_desktop.store.schema import SCHEMA_VERSION

    version = content_version(sources)
    # a new release may build another schema from the same sources: it must not reuse an old file
    target = Path(cache_dir) / f"content-{version}-v{SCHEMA_VERSION}.db"
    if target.is_file():
        return target
    from koryo_desktop.store.content_builder import build  # the builder loads only when it has work

    build(sources, target)
    for old in Path(cache_dir).glob("content-*.db"):
        if old != target:
            # another running copy may still have it open (Windows); it is tidied next time
            with contextlib.suppress(OSError):
                old.unlink()
    return target
