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


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    from koryo_desktop import paths
    from koryo_desktop.store.learner_store import LearnerStore

    store = LearnerStore(Path(args.data_dir or paths.user_data_dir()) / "learner.db")
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
        print(f"kiosk PIN stored in {store.path}")
        return 0
    finally:
        store.close()
