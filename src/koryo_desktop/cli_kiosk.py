"""`koryo-desktop kiosk set-pin|clear-pin [--data-dir DIR]`: the PIN that lets museum staff leave
kiosk mode. It is stored hashed with the learner data that the kiosk's --data-dir names."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="koryo-desktop kiosk", description="Set up kiosk mode (--kiosk).")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, text in (("set-pin", "ask for a PIN of 4 to 12 digits and store it (hashed)"),
                       ("clear-pin", "remove the PIN (kiosk mode then refuses to start)")):  # fmt: skip
        p = sub.add_parser(name, help=text)
        p.add_argument("--data-dir", type=Path, default=None, metavar="PATH",
                       help="the learner data folder the kiosk uses (default: the user's data folder)")  # fmt: skip
    return parser


_WHY = {
    "busy": "is in use by a running copy of Koryo Desktop or another program; close it and try again",
    "full": "cannot be written: the disk is full",
    "read_only": "cannot be written: the folder or file is read-only",
    "damaged": "is damaged and could not be repaired",
    "unavailable": "cannot be opened or created there",
}


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    from koryo_desktop import paths
    from koryo_desktop.core.errors import LearnerDataError
    from koryo_desktop.store.learner_store import LearnerStore

    folder = Path(args.data_dir or paths.user_data_dir())
    if folder.exists() and not folder.is_dir():
        print(f"koryo-desktop kiosk: {folder} is not a folder; --data-dir takes the kiosk's data folder",
              file=sys.stderr)  # fmt: skip
        return 1
    try:
        store = LearnerStore(folder / "learner.db")
    except LearnerDataError as exc:
        print(f"koryo-desktop kiosk: the learner data in {folder} {_WHY[exc.kind]}; nothing was changed",
              file=sys.stderr)  # fmt: skip
        return 1
    try:
        if args.command == "clear-pin":
            store.set_kiosk_pin(None)
            print("kiosk PIN removed")
            return 0
        pin = getpass.getpass("New kiosk PIN (4 to 12 digits): ")
        if pin != getpass.getpass("The same PIN again: "):
            print("koryo-desktop kiosk: the two PINs differ; nothing was changed", file=sys.stderr)
            return 1
        try:
            store.set_kiosk_pin(pin)
        except ValueError as exc:
            print(f"koryo-desktop kiosk: {exc}; nothing was changed", file=sys.stderr)
            return 1
        except LearnerDataError as exc:
            print(f"koryo-desktop kiosk: the learner data in {folder} {_WHY[exc.kind]}; nothing was changed",
                  file=sys.stderr)  # fmt: skip
            return 1
        print(f"kiosk PIN stored in {store.path}")
        return 0
    finally:
        store.close()
