"""Which content database the app opens when --content does not name one, and what --version says.

An installed app (wheel, bundle, Debian package) ships the database prebuilt beside the sources it
was built from (resources/koryo-content.db): it is opened as it is while those sources are unchanged
or absent, so the app starts without compiling anything and never loads the Markdown renderer. A
checkout, or sources edited after installing, are compiled once into the user's cache instead.
"""

from __future__ import annotations

from pathlib import Path

from koryo_desktop import __version__, paths
from koryo_desktop.core.errors import ContentDatabaseError
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.store.provision import ensure_content_database, sources_version


def default_database() -> Path:
    """The bundled database when it matches the sources beside it (or they are absent), otherwise
    one built from the sources into the cache. Raises ContentValidationError for bad sources."""
    bundled = paths.bundled_database()
    sources = paths.content_sources_dir()
    if bundled is not None:
        if not sources.is_dir():
            return bundled
        try:
            store = ContentStore(bundled)
        except ContentDatabaseError:  # another schema, or damaged: the sources are still here
            store = None
        if store is not None:
            built_from = store.content_version
            store.close()
            if built_from == sources_version(sources, paths.user_cache_dir()):
                return bundled
    return ensure_content_database(sources, paths.user_cache_dir())


def open_content(content: Path | None = None) -> ContentStore:
    """The content database: `content` when given, else the bundled one or one built from the
    sources (cached)."""
    return ContentStore(content if content is not None else default_database())


def version_text(content: Path | None = None) -> str:
    """`koryo-desktop --version`: the app's version, then the content database's version and date."""
    lines = [f"koryo-desktop {__version__}"]
    try:
        path = content if content is not None else default_database()
        store = ContentStore(path)
    except Exception as exc:  # bad sources, a damaged file: --version still answers, and says why
        lines.append(f"content database: unavailable ({str(exc).splitlines()[0]})")
        return "\n".join(lines)
    meta = store.meta
    store.close()
    built = meta.get("built_at", "unknown date").replace("T", " ").replace("+00:00", " UTC")
    lines.append(
        f"content {meta.get('content_version', 'unknown')} (schema {meta.get('schema_version', '?')}), "
        f"built {built}: {path}"
    )
    return "\n".join(lines)
