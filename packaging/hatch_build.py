"""Hatch build hook: the wheel and the sdist carry the content database, compiled from
resources/content at build time, as resources/koryo-content.db.

An installed app then opens that file as it is (it checks that the sources beside it are the ones it
was built from) instead of compiling the content at its first start, and never loads the Markdown
renderer. Editable installs (a developer's checkout) get no database: they compile the sources into
the user's cache whenever they change. A sdist already carries the database: a wheel built from it
reuses the file when it matches the sources.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

DATABASE = "koryo-content.db"


class ContentDatabaseHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name == "wheel" and version == "editable":
            return
        root = Path(self.root)
        sys.path.insert(0, str(root / "src"))
        try:
            from koryo_desktop.store.content_builder import build
            from koryo_desktop.store.provision import content_version
            from koryo_desktop.store.schema import SCHEMA_VERSION
        finally:
            sys.path.pop(0)
        sources = root / "resources" / "content"
        shipped = root / "resources" / DATABASE
        if shipped.is_file():  # building from a sdist: resources/ is copied whole, the database with it
            if _database_version(shipped) == (content_version(sources), str(SCHEMA_VERSION)):
                return
            raise RuntimeError(f"{shipped} was not built from the content beside it; delete it and build again")
        self._temporary = tempfile.TemporaryDirectory(prefix="koryo-content-")
        out = Path(self._temporary.name) / DATABASE
        build(sources, out)  # raises ContentValidationError (every problem as file:line) on bad content
        inside = "koryo_desktop/resources/" if self.target_name == "wheel" else "resources/"
        build_data["force_include"][str(out)] = inside + DATABASE

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        temporary = getattr(self, "_temporary", None)
        if temporary is not None:
            temporary.cleanup()


def _database_version(path: Path) -> tuple[str, str]:
    import sqlite3

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    finally:
        conn.close()
    return meta.get("content_version", ""), meta.get("schema_version", "")
