"""`koryo-desktop kiosk set-pin|clear-pin [--data-dir DIR]`: the PIN that lets museum staff leave
kiosk mode. It is stored hashed with the learner data that the kiosk's --data-dir names.
`koryo-desktop kiosk stats [--data-dir DIR] [--csv FILE] [--keep-days N]`: the visitors' anonymous
statistics per day (store/kiosk_stats.py), printed, saved as CSV, or kept for N days."""

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
    p = sub.add_parser("stats", help="show the visitors' statistics per day, save them as CSV, or set how long "
                                     "they are kept")  # fmt: skip
    p.add_argument("--data-dir", type=Path, default=None, metavar="PATH",
                   help="the data folder the kiosk uses (default: the user's data folder)")  # fmt: skip
    p.add_argument("--csv", type=Path, default=None, metavar="FILE", help="write the days as CSV to FILE")
    p.add_argument("--keep-days", type=int, default=None, metavar="N", help="keep the statistics for N days")
    return parser


def stats_command(folder: Path, csv_path: Path | None, keep_days: int | None) -> int:
    from koryo_desktop.core.kiosk_stats import days_csv, totals
    from koryo_desktop.store.kiosk_stats import FILE_NAME, KioskStats

    path = folder / FILE_NAME
    if not path.is_file() and keep_days is None:
        print(f"koryo-desktop kiosk: no statistics in {folder} yet (a kiosk keeps them in {FILE_NAME})",
              file=sys.stderr)  # fmt: skip
        return 1
    stats = KioskStats(path)
    try:
        if keep_days is not None:
            if keep_days < 1 or not stats.set_keep_days(keep_days):
                print(f"koryo-desktop kiosk: cannot keep statistics for {keep_days} days: "
                      f"{stats.problem or 'give 1 or more'}", file=sys.stderr)  # fmt: skip
                return 1
            stats.prune()
            print(f"statistics are kept for {keep_days} days")
        days = stats.days()
        if csv_path is not None:
            if csv_path.is_dir():
                print(f"koryo-desktop kiosk: {csv_path} is a folder; give a file name", file=sys.stderr)
                return 1
            try:
                csv_path.write_text(days_csv(days), encoding="utf-8")
            except OSError as exc:
                print(f"koryo-desktop kiosk: cannot write {csv_path}: {exc.strerror}", file=sys.stderr)
                return 1
            print(f"{len(days)} days written to {csv_path}")
        elif keep_days is None:
            print(f"{'day':<10} {'visits':>7} {'minutes':>8} {'screens':>8} {'records':>8} {'quizzes':>8}  languages")
            for d in days:
                chosen = ", ".join(f"{lang} {n}" for lang, n in sorted(d.languages.items()))
                print(f"{d.day:<10} {d.visits:>7} {d.minutes:>8.0f} {d.screens:>8} {d.records:>8} {d.quizzes:>8}  "
                      f"{chosen}")  # fmt: skip
            total = totals(days)
            print(
                f"{len(days)} days kept (of {stats.keep_days()}), {total.visits} visits, "
                f"{total.minutes_per_visit:.1f} minutes per visit; wrong staff PINs: {len(stats.staff_log('wrong-pin'))}"
            )
        return 0
    finally:
        stats.close()


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
    if args.command == "stats":
        return stats_command(folder, args.csv, args.keep_days)
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
