"""What keeps an unattended kiosk alive, without Qt: the rotating error log in the kiosk's data
folder, systemd's notification socket (sd_notify: ready, watchdog pings, status) and, where no
systemd watchdog looks after the kiosk, a watchdog thread of its own that ends a frozen process so
that the loop that started it (packaging/linux/kiosk-loop) starts it again.

sd_notify is a datagram of ``KEY=value`` lines sent to the unix socket named by $NOTIFY_SOCKET
(a name starting with "@" is in the abstract namespace); $WATCHDOG_USEC says how often systemd
expects "WATCHDOG=1" (for the process $WATCHDOG_PID, when set)."""

from __future__ import annotations

import logging
import logging.handlers
import os
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path

LOG_NAME = "kiosk.log"
LOG_BYTES, LOG_FILES = 1_000_000, 5  # about 6 MB at most, the oldest lines dropped first
FROZEN_SECONDS = 90.0  # the watchdog thread's limit when systemd keeps no watch
FROZEN_EXIT = 4


def kiosk_log(data_dir: Path) -> logging.Logger:
    """The logger of the kiosk, writing to ``kiosk.log`` in ``data_dir`` (rotated: kiosk.log.1 …).
    When the folder cannot be written the log goes to standard error only."""
    logger = logging.getLogger("koryo_desktop.kiosk")
    logger.setLevel(logging.INFO)
    for old in list(logger.handlers):
        logger.removeHandler(old)
        old.close()
    try:
        Path(data_dir).mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            Path(data_dir) / LOG_NAME, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.propagate = False
    return logger


def close_log(logger: logging.Logger) -> None:
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    logger.propagate = True  # back to the application's own logging


def sd_notify(message: str, environ: dict[str, str] | None = None) -> bool:
    """Send ``message`` (e.g. "READY=1", "WATCHDOG=1") to systemd; False when not run by systemd
    or the socket cannot be reached."""
    address = (os.environ if environ is None else environ).get("NOTIFY_SOCKET", "")
    if not address or address[0] not in "/@":
        return False
    target = "\0" + address[1:] if address[0] == "@" else address
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.sendto(message.encode(), target)
    except OSError:
        return False
    return True


def watchdog_seconds(environ: dict[str, str] | None = None) -> float:
    """How often systemd wants to hear "WATCHDOG=1" from this process (0: it keeps no watch)."""
    env = os.environ if environ is None else environ
    if not env.get("NOTIFY_SOCKET"):
        return 0.0
    pid = env.get("WATCHDOG_PID", "")
    if pid and pid != str(os.getpid()):
        return 0.0
    try:
        return max(0.0, int(env.get("WATCHDOG_USEC", "0")) / 1_000_000)
    except ValueError:
        return 0.0


class FrozenWatch:
    """A thread that ends the process when ``beat`` has not been called for ``limit`` seconds: the
    event loop that calls it is stuck. ``on_frozen`` runs first (to write the log)."""

    def __init__(self, limit: float = FROZEN_SECONDS, on_frozen: Callable[[float], None] | None = None,
                 end: Callable[[int], None] = os._exit) -> None:  # fmt: skip
        self.limit = limit
        self._last = time.monotonic()
        self._on_frozen = on_frozen
        self._end = end
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kiosk-watchdog", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def beat(self) -> None:
        self._last = time.monotonic()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.wait(min(5.0, self.limit / 4)):
            silent = time.monotonic() - self._last
            if silent > self.limit:
                if self._on_frozen is not None:
                    self._on_frozen(silent)
                self._end(FROZEN_EXIT)
                return


class KioskService:
    """What run_kiosk gives the kiosk from the system: the log, the statistics file (old days
    pruned), and the watchdog: systemd's when it keeps one (pinged at half its interval), else the
    thread's. ``beat`` is called from the event loop every ``beat_ms``."""

    def __init__(self, data_dir: Path) -> None:
        from koryo_desktop.store.kiosk_stats import FILE_NAME, KioskStats

        self.log = kiosk_log(data_dir)
        self.stats = KioskStats(Path(data_dir) / FILE_NAME)
        self.stats.prune()
        if self.stats.problem:
            self.log.warning("visitor statistics are kept in memory only: %s", self.stats.problem)
        self.systemd_seconds = watchdog_seconds()
        self._frozen: FrozenWatch | None = None
        if self.systemd_seconds:
            self.beat_ms = max(500, int(self.systemd_seconds * 500))
        else:
            self._frozen = FrozenWatch(on_frozen=self._frozen_for)
            self._frozen.start()
            self.beat_ms = 5000

    def _frozen_for(self, seconds: float) -> None:
        self.log.error("the interface did not answer for %.0f seconds; ending so that it starts again", seconds)

    def beat(self) -> None:
        if self._frozen is not None:
            self._frozen.beat()
        else:
            sd_notify("WATCHDOG=1")

    def ready(self) -> None:
        sd_notify("READY=1\nSTATUS=Showing the attract screen")

    def stopping(self) -> None:
        sd_notify("STOPPING=1")
        if self._frozen is not None:
            self._frozen.stop()

    def close(self) -> None:
        self.stats.close()
        close_log(self.log)
