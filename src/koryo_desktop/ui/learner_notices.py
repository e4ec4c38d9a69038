"""What the app tells a person about their saved progress: why it cannot be opened or saved, what a
repair kept, and files kept aside that can be brought back. Plain words, no internals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject

from koryo_desktop.core.errors import LearnerDataError


class LearnerNotices(QObject):
    """The texts, in the interface language."""

    def holds_text(self, counts: dict[str, int]) -> str:
        """'2 learners, 120 quiz answers and 3 bookmarks or highlights' (only what there is)."""
        parts = []
        if counts.get("learners"):
            parts.append(self.tr("%n learner(s)", "", counts["learners"]))
        if counts.get("answers"):
            parts.append(self.tr("%n quiz answer(s)", "", counts["answers"]))
        if counts.get("bookmarks"):
            parts.append(self.tr("%n bookmark(s) or highlight(s)", "", counts["bookmarks"]))
        if counts.get("places"):
            parts.append(self.tr("%n chapter(s) with a reading place", "", counts["places"]))
        return QLocale().createSeparatedList(parts)

    def open_error_text(self, error: LearnerDataError) -> str:
        """Why the app cannot start with the learner data; the file is left as it was."""
        if error.kind == "busy":
            text = self.tr(
                "Your saved progress is in use by another copy of Koryo Desktop or by another program, so it "
                "cannot be opened now. Close the other copy (it may be open in another window) and start the "
                "app again. Nothing was changed.",
            )
        elif error.kind == "full":
            text = self.tr(
                "There is no room left on the disk for your progress (%1). Free some space, then start the app "
                "again. Nothing was changed.",
            )
        elif error.kind == "read_only":
            text = self.tr(
                "Your progress cannot be kept in %1, because that folder cannot be written to. Choose another "
                "folder with --data-dir, or ask whoever looks after this computer.",
            )
        elif error.kind == "damaged":
            text = self.tr("Your saved progress in %1 is damaged and could not be repaired. It was left as it is.")
        else:
            text = self.tr(
                "Your progress cannot be kept in %1. Check that the folder exists and can be reached, or choose "
                "another one with --data-dir.",
            )
        where = Path(str(error.path))
        return text.replace("%1", str(where.parent if error.kind in ("read_only", "unavailable") else where))

    def read_only_text(self, kind: str, path: Any) -> str:
        """The app runs, showing the learner data, but cannot save anything."""
        if kind == "full":
            return self.tr(
                "The disk is full, so your progress is shown but nothing new can be saved. Free some space and "
                "start the app again to keep what you do.",
            )
        return self.tr(
            "Your progress is shown but cannot be saved, because the file %1 cannot be written to. What you do "
            "now will not be kept.",
        ).replace("%1", str(path))

    def salvage_text(self, kept_name: str, recovered: dict[str, int]) -> str:
        """A damaged file was set aside at this start, after what still read was copied."""
        kept = self.holds_text(recovered)
        if not kept:
            return self.tr(
                "Your saved progress was damaged and nothing in it could be read, so a new start was made. The "
                "damaged file was kept as %1.",
            ).replace("%1", kept_name)
        text = self.tr(
            "Your saved progress was damaged. Everything that could still be read was kept: %1. The damaged file "
            "was kept as %2.",
        )
        return text.replace("%1", kept).replace("%2", kept_name)

    def set_aside_text(self, name: str, holds: dict[str, int]) -> str:
        what = self.holds_text(holds)
        if not what:
            return self.tr(
                "A damaged progress file from an earlier start, %1, is still kept; nothing in it can be read.",
            ).replace("%1", name)
        text = self.tr("Progress from an earlier start was kept aside in %1: %2. Bring it back?")
        return text.replace("%1", name).replace("%2", what)

    def brought_back_text(self, added: dict[str, int]) -> str:
        what = self.holds_text(added)
        if not what:
            return self.tr("Nothing to bring back: all of it was here already.")
        return self.tr("Brought back: %1.").replace("%1", what)

    def write_error_text(self, kind: str) -> str:
        """A change could not be saved (and nothing was half saved)."""
        if kind == "busy":
            return self.tr(
                "Your progress could not be saved just now, because another program is using the file. Try "
                "again in a moment.",
            )
        if kind == "full":
            return self.tr("Your progress could not be saved: the disk is full. Free some space and try again.")
        if kind == "read_only":
            return self.tr("Your progress cannot be saved: the file cannot be written to.")
        return self.tr("Your progress could not be saved. Try again; if it keeps happening, restart the app.")

    def bring_back_label(self) -> str:
        return self.tr("Bring it back")

    def not_needed_label(self) -> str:
        return self.tr("Not needed")

    def declined_text(self) -> str:
        return self.tr("It will not be offered again; the file stays in its folder.")


def write_error_text(kind: str) -> str:
    """For the app's error hook: a change could not be saved."""
    return LearnerNotices().write_error_text(kind)


def open_error_text(error: LearnerDataError) -> str:
    """For a start that cannot open the learner data."""
    return LearnerNotices().open_error_text(error)


def show_start_notices(window: Any, learner: Any, kiosk: bool = False) -> None:
    """After a start: say why nothing can be saved, what a repair kept, or offer back a file kept
    aside earlier (one notice at a time; the next file is offered at the next start)."""
    texts = LearnerNotices()
    if learner.read_only:
        window.show_notice(texts.read_only_text(learner.read_only, learner.path))
        return
    if learner.salvage is not None:
        window.show_notice(texts.salvage_text(learner.salvage.kept.name, learner.salvage.recovered))
        return
    if kiosk:
        return
    offers = learner.set_aside()
    if not offers:
        return
    offer = offers[0]

    def act(job: Callable[[], str]) -> Callable[[], None]:
        def run() -> None:
            try:
                window.show_notice(job())
            except LearnerDataError as exc:
                window.show_notice(LearnerNotices().write_error_text(exc.kind))

        return run

    def bring_back() -> str:
        return LearnerNotices().brought_back_text(learner.bring_back(offer.path))

    def decline() -> str:
        learner.decline(offer.path)
        return LearnerNotices().declined_text()

    actions = [(texts.bring_back_label(), act(bring_back))] if any(offer.holds.values()) else []
    actions.append((texts.not_needed_label(), act(decline)))
    window.show_notice(texts.set_aside_text(offer.path.name, offer.holds), actions)
