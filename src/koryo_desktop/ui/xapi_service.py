"""Sending xAPI statements in the background while the app runs.

The journal writes statements into the learner file as things happen (on the interface's thread,
inside the writes that record them). A Python thread of its own, with a connection of its own to
the learner file, sends what waits: soon after something new (a few seconds, so that answers
travel together), again after a failure with growing pauses (``retry_delay``), and every few
minutes anyway. It never touches a widget: it reports with the ``sent`` signal, which Qt delivers
on the interface's thread. Pauses are measured on the wall clock, so a computer that slept with its
lid closed tries again when it wakes.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from koryo_desktop.store.learner_store import GUEST_ID

if TYPE_CHECKING:
    from koryo_desktop.core.xapi_settings import XapiSettings
    from koryo_desktop.store.content_store import ContentStore
    from koryo_desktop.store.learner_store import LearnerStore
    from koryo_desktop.store.xapi_journal import XapiJournal
    from koryo_desktop.store.xapi_queue import Refused, XapiQueue
    from koryo_desktop.store.xapi_sender import SendReport

GATHER_SECONDS = 3.0  # after something new, wait this long for more before sending
IDLE_SECONDS = 300.0  # with nothing new, look again this often
TIMEOUT_SECONDS = 20.0
SETTINGS_KEY = "xapi"  # the settings in the learner file (store/xapi_journal.py writes them)
KEEP_SENT_DAYS = 30  # statements the store has are kept this long (for an export), then forgotten


class XapiService(QObject):
    sent = Signal(object, object)  # a SendReport and the queue's counts, after each sending run

    def __init__(self, learners: LearnerStore, content: ContentStore, parent: QObject | None = None,
                 gather: float | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.learners, self.content = learners, content
        self._journal: XapiJournal | None = None  # made on first need: at a start with xAPI off, never
        self._reader = GUEST_ID
        self._settings: XapiSettings | None = None  # read while there is no journal
        self.gather = GATHER_SECONDS if gather is None else gather
        self.last: SendReport | None = None
        self.counts = {"queued": 0, "sent": 0, "refused": 0}
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._now = threading.Event()  # "send now": also during a pause after a failure
        self._emit_lock = threading.Lock()
        self._closed = False
        self._queue: XapiQueue | None = None
        self.sent.connect(self._remember)
        self.apply()

    @property
    def journal(self) -> XapiJournal:
        """What writes the statements; once made, it also hears of every section read."""
        if self._journal is None:
            from koryo_desktop.store.xapi_journal import XapiJournal

            self._journal = XapiJournal(self.learners, self.content, on_queued=self.wake)
            self._journal.set_reader(self._reader)
            self.learners.reading_hook = self._journal.reading
        return self._journal

    @property
    def settings(self) -> XapiSettings:
        """The school's settings: the journal's, or read from the learner file while there is none
        (the quiz's tools ask at its first visit; the journal need not be made for that)."""
        if self._journal is not None:
            return self._journal.settings
        if self._settings is None:  # kept until apply(), as the journal keeps its own
            from koryo_desktop.core.xapi_settings import XapiSettings

            self._settings = XapiSettings.from_dict(self.learners.setting(SETTINGS_KEY, None))
        return self._settings

    def set_reader(self, learner_id: int) -> None:
        """The learner what is read counts for (the one chosen)."""
        self._reader = learner_id
        if self._journal is not None:
            self._journal.set_reader(learner_id)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def apply(self) -> None:
        """The settings changed (or the app started): start or stop sending to match them."""
        self._settings = None
        if self._journal is None and not self._maybe_on():
            return  # off, and nothing made or sending: the journal would record nothing
        self.journal.reload()
        if self.journal.active and not self.running:
            self._stop = threading.Event()
            self._thread = threading.Thread(target=self._run, args=(self._stop,), name="xapi-sender", daemon=True)
            self._thread.start()
        elif not self.journal.active and self.running:
            self._halt()

    def _maybe_on(self) -> bool:
        settings = self.learners.setting(SETTINGS_KEY, None)  # off unless enabled
        return isinstance(settings, dict) and bool(settings.get("enabled"))

    def wake(self) -> None:
        self._wake.set()

    def send_now(self) -> None:
        self._now.set()
        self._wake.set()

    def stop(self) -> None:
        """Stop sending (the app is closing); a request under way is left to finish on its own."""
        with self._emit_lock:
            self._closed = True
        self._halt()
        self.learners.reading_hook = None
        if self._journal is not None:
            self._journal.close()
        if self._queue is not None:
            self._queue.close()
            self._queue = None

    def _halt(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=2.0)
        self._thread = None

    def _remember(self, report: SendReport, counts: dict[str, int]) -> None:
        self.last, self.counts = report, counts

    # -- for the settings dialog (quick reads and one small write, on the interface's thread) ---
    def queue(self) -> XapiQueue:
        if self._queue is None:
            from koryo_desktop.store.xapi_queue import XapiQueue

            self._queue = XapiQueue.open(self.learners.path)
        return self._queue

    def state(self) -> tuple[dict[str, int], list[Refused]]:
        """How many statements wait, were sent or refused, and the refused ones (none when the
        learner file cannot be read from here)."""
        return self.queue().state()

    def requeue_refused(self) -> int:
        count = self.queue().requeue_refused()
        if count:
            self.send_now()
        return count

    # -- the thread ----------------------------------------------------------------------------
    def _wait(self, stop: threading.Event, seconds: float, wake_ends: bool) -> None:
        deadline = time.time() + seconds
        while not stop.is_set() and time.time() < deadline:
            woken = (self._now if not wake_ends else self._wake).wait(min(30.0, max(0.0, deadline - time.time())))
            if woken:
                return

    def _run(self, stop: threading.Event) -> None:
        # the HTTP client (http.client, ssl, email: tens of milliseconds and megabytes) loads here, on
        # this thread, once a school has turned sending on; never at a start with it off
        from koryo_desktop.core.xapi_client import LrsClient
        from koryo_desktop.store.xapi_queue import XapiQueue
        from koryo_desktop.store.xapi_sender import SendReport, XapiSender, retry_delay

        queue = XapiQueue.open(self.learners.path)
        failures = 0
        try:
            queue.prune(KEEP_SENT_DAYS)
            while not stop.is_set():
                self._wake.clear()
                self._now.clear()
                settings = self.journal.settings
                client = LrsClient(settings.endpoint, settings.username, settings.password, timeout=TIMEOUT_SECONDS)
                try:
                    report = XapiSender(queue, client).send(stop=stop.is_set)
                    counts = queue.counts()
                except Exception as exc:  # a locked or vanished learner file: report it and try again later
                    report, counts = SendReport(error=str(exc)), dict(self.counts)
                with self._emit_lock:
                    if self._closed or stop.is_set():
                        return
                    self.sent.emit(report, counts)
                failures = failures + 1 if report.stopped else 0
                if failures:
                    self._wait(stop, retry_delay(failures), wake_ends=False)
                else:
                    self._wait(stop, IDLE_SECONDS, wake_ends=True)
                    if self._wake.is_set() and not self._now.is_set():
                        stop.wait(self.gather)  # let the rest of a burst of answers arrive
        finally:
            queue.close()
