"""Which of the collected files the bundle keeps.

Measured (packaging/README.md, "What the bundle leaves out"): with every screen open under X11 the
app maps QtCore, QtGui, QtWidgets, QtDBus, the xcb platform plugin with its XcbQpa library and the
compose input context; under Wayland (weston) QtWaylandClient, the wayland platform, xdg-shell and
the bradient decorations; printing adds QtPrintSupport and the CUPS plugin; --smoke uses the
offscreen platform. Kept on reasoning rather than measurement: the IBus input context (typing
Hangul), the portal platform theme, SVG icons (file dialogs in desktop sessions) and the adwaita
decorations (GNOME's Wayland session).

On Linux the system libraries that Qt and Python link against (X11, xcb, fontconfig, GLib, OpenSSL…)
are not copied: the Debian package depends on them (packaging/linux/make_deb.py lists them from the
bundle itself), so the bundle uses the system's own, as Mesa's drivers and the desktop expect.
"""

from __future__ import annotations

import sys
import sysconfig
from pathlib import PurePosixPath

QT = "PySide6/Qt/"

# never loaded by this app: OpenGL, networking, embedded-Linux and server-side Wayland pieces
QT_LIBRARIES_LEFT_OUT = ("libQt6OpenGL", "libQt6Network", "libQt6EglFS", "libQt6EglFs")
# plugin folder -> the plugins kept (by name without "lib" and extension); None keeps the whole folder,
# () drops it; a folder not named here is kept whole (Windows' and macOS' own, such as styles/)
QT_PLUGINS_KEPT: dict[str, tuple[str, ...] | None] = {
    # xcb and Wayland on Linux, offscreen for --smoke everywhere, windows and cocoa elsewhere
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"),
    "platforminputcontexts": None,  # compose and IBus (typing Hangul)
    "platformthemes": ("qxdgdesktopportal",),  # not gtk3: it would pull the whole GTK stack
    "printsupport": None,
    "iconengines": None,  # SVG icons
    "imageformats": ("qsvg",),  # PNG is built into QtGui; no other format is read
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-decoration-client": None,
    # OpenGL surfaces only (this app paints with the raster engine); evdev/eglfs; OpenGL on X11
    "wayland-graphics-integration-client": (), "generic": (), "egldeviceintegrations": (), "xcbglintegrations": (),
}  # fmt: skip
QT_TRANSLATIONS_KEPT = ("qtbase_ko.qm", "qtbase_ru.qm")  # the app installs qtbase for ko and ru

SYSTEM_PREFIXES = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")


def _qt_path_kept(dest: str) -> bool:
    """Whether a file under PySide6/Qt/ (a library, plugin or translation) is kept."""
    if not dest.startswith(QT):
        return True
    rest = PurePosixPath(dest[len(QT) :])
    if rest.parts[0] == "lib" or (len(rest.parts) == 1 and rest.name.startswith("libQt6")):
        return not rest.name.startswith(QT_LIBRARIES_LEFT_OUT)
    if rest.parts[0] == "plugins" and len(rest.parts) >= 3:
        kept = QT_PLUGINS_KEPT.get(rest.parts[1])
        return kept is None or _plugin_name(rest.name) in kept
    if rest.parts[0] == "translations":
        return rest.name in QT_TRANSLATIONS_KEPT
    return True


def _plugin_name(file_name: str) -> str:
    name = file_name.split(".")[0]  # libqxcb.so, qwindows.dll, libqcocoa.dylib
    return name[3:] if name.startswith("lib") else name


def _part_of_python(source: str) -> bool:
    """libpython and the standard library's extension modules: a Debian-built Python keeps them under
    /usr/lib, but the bundle must carry them to run where no Python is installed."""
    stdlib = [sysconfig.get_path(name) for name in ("stdlib", "platstdlib")]
    return PurePosixPath(source).name.startswith("libpython") or any(source.startswith(p + "/") for p in stdlib)


def keep_binary(dest: str, source: str) -> bool:
    dest = dest.replace("\\", "/")
    if sys.platform.startswith("linux") and source.startswith(SYSTEM_PREFIXES) and not _part_of_python(source):
        return False
    if dest.startswith("libQt6"):  # PyInstaller also links some Qt libraries at the top level
        return not dest.startswith(QT_LIBRARIES_LEFT_OUT)
    return _qt_path_kept(dest)


def keep_data(dest: str, languages: frozenset[str] | None = None) -> bool:
    """Qt's data as for the binaries; Babel's CLDR data (30 of its 35 MB: 1,100 locales) only for
    the languages the bundle ships catalogs for (``languages``: "en", "ko", "ru", …) and the root
    locale they inherit from. A bundle that ships a new language is built again with its catalog,
    and then carries that language's CLDR data too."""
    dest = dest.replace("\\", "/")
    if languages is not None and dest.startswith("babel/locale-data/") and dest.endswith(".dat"):
        locale = PurePosixPath(dest).stem
        return locale == "root" or locale.split("_")[0] in languages
    return _qt_path_kept(dest)
