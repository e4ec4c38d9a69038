"""Start-up settings, parsed once from the command line and frozen."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from koryo_desktop import __version__
from koryo_desktop.core.targets import is_valid, valid_targets_text


def languages() -> tuple[str, ...]:
    """The interface languages: English and every language with a compiled catalog in
    resources/translations (koryo_<code>.qm, shipped in every install). A new language takes only
    files; the interface names each in itself."""
    from koryo_desktop import paths

    codes = ["en"]
    try:
        folder = paths.resources_dir() / "translations"
        codes += sorted(p.stem.split("_", 1)[1] for p in folder.glob("koryo_*.qm") if p.stem != "koryo_en")
    except FileNotFoundError:
        pass
    return tuple(codes)


@dataclass(frozen=True)
class Config:
    lang: str = "en"
    open_target: str = "home"
    content: Path | None = None
    data_dir: Path | None = None
    smoke: bool = False
    self_test: bool = False
    kiosk: bool = False
    idle_seconds: int = 180
    show_version: bool = False

    @property
    def checking(self) -> bool:
        """--smoke or --self-test: a check that needs no display and opens no dialog."""
        return self.smoke or self.self_test


def _target(value: str) -> str:
    if not is_valid(value):
        raise argparse.ArgumentTypeError(f"unknown target '{value}'. Valid targets: {valid_targets_text()}")
    return value.rstrip("/") or "home"


def _lang(value: str) -> str:
    if value not in languages():
        raise argparse.ArgumentTypeError(f"unknown language '{value}'. Valid: {', '.join(languages())}")
    return value


def app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="koryo-desktop",
        description="Koryo Desktop: the history of the Koryo-saram, offline. "
        "Also: 'koryo-desktop content {build,check,stats,search} …' for curators and "
        "'koryo-desktop export timelinejs -o FILE.json' for web sites, "
        "'koryo-desktop kiosk set-pin' for museum staff.",
    )
    parser.add_argument(
        "--version",
        dest="show_version",
        action="store_true",
        help=f"print the app's version ({__version__}) and the content database's version and build date, then exit",
    )
    parser.add_argument("--lang", type=_lang, default=None, help=f"interface language: {', '.join(languages())}")
    parser.add_argument(
        "--open",
        dest="open_target",
        type=_target,
        default="home",
        metavar="TARGET",
        help=f"screen or record to start on: {valid_targets_text()}",
    )
    parser.add_argument(
        "--content",
        type=Path,
        default=None,
        metavar="PATH",
        help="use this content database instead of the bundled one",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="PATH",
        help="folder for learner data (for example a shared classroom folder)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start as usual, print the milliseconds to the first painted frame and exit "
        "(checks a machine; works without a display)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the content, build and paint every screen, then the --open one, print the milliseconds "
        "it took and exit (checks an install; works without a display)",
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="museum kiosk: full screen, no files or printing, every visitor starts afresh, back to the start "
        "after --idle seconds without a touch; staff leave with Ctrl+Alt+Shift+Q and the PIN set by "
        "'koryo-desktop kiosk set-pin'",
    )
    parser.add_argument(
        "--idle",
        dest="idle_seconds",
        type=_seconds,
        default=180,
        metavar="SECONDS",
        help="kiosk only: seconds without a touch before the app returns to its start (default 180)",
    )
    return parser


def _seconds(value: str) -> int:
    if not value.isdigit() or not 10 <= int(value) <= 86400:
        raise argparse.ArgumentTypeError(f"'{value}' is not a number of seconds from 10 to 86400")
    return int(value)


def parse_app_args(argv: list[str]) -> tuple[Config, bool]:
    """The Config and whether --lang was given explicitly."""
    args = app_parser().parse_args(argv)
    return Config(
        lang=args.lang or "en",
        open_target=args.open_target,
        content=args.content,
        data_dir=args.data_dir,
        smoke=args.smoke,
        self_test=args.self_test,
        kiosk=args.kiosk,
        idle_seconds=args.idle_seconds,
        show_version=args.show_version,
    ), args.lang is not None
