"""What keeps an unattended kiosk alive: systemd's notification socket spoken by hand, the watchdog
interval it asks for, the thread that ends a frozen process, and the rotating log."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

from koryo_desktop import kiosk_service
from koryo_desktop.kiosk_service import FrozenWatch, KioskService, kiosk_log, sd_notify, watchdog_seconds


def listening(path: str) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(5)
    return sock


def test_sd_notify_sends_one_datagram_to_the_socket_systemd_names(tmp_path: Path):
    path = str(tmp_path / "notify")
    with listening(path) as sock:
        assert sd_notify("READY=1\nSTATUS=Showing the attract screen", {"NOTIFY_SOCKET": path})
        assert sock.recv(4096) == b"READY=1\nSTATUS=Showing the attract screen"


def test_sd_notify_reaches_an_abstract_socket_and_is_quiet_without_systemd(tmp_path: Path):
    name = f"koryo-test-{os.getpid()}"
    with listening("\0" + name) as sock:
        assert sd_notify("WATCHDOG=1", {"NOTIFY_SOCKET": "@" + name})
        assert sock.recv(64) == b"WATCHDOG=1"
    assert not sd_notify("READY=1", {})
    assert not sd_notify("READY=1", {"NOTIFY_SOCKET": str(tmp_path / "nobody-listens")})
    assert not sd_notify("READY=1", {"NOTIFY_SOCKET": "relative/path"})


def test_the_watchdog_interval_is_systemd_s_for_this_process_only():
    env = {"NOTIFY_SOCKET": "/run/x", "WATCHDOG_USEC": "30000000"}
    assert watchdog_seconds(env) == 30.0
    assert watchdog_seconds({**env, "WATCHDOG_PID": str(os.getpid())}) == 30.0
    assert watchdog_seconds({**env, "WATCHDOG_PID": "1"}) == 0.0  # meant for another process
    assert watchdog_seconds({"WATCHDOG_USEC": "30000000"}) == 0.0
    assert watchdog_seconds({**env, "WATCHDOG_USEC": "soon"}) == 0.0


def test_a_loop_that_stops_beating_is_ended_and_said_in_the_log():
    ended, said = threading.Event(), []
    codes = []

    def end(code: int) -> None:
        codes.append(code)
        ended.set()

    watch = FrozenWatch(limit=0.2, on_frozen=lambda seconds: said.append(seconds), end=end)
    watch.start()
    assert ended.wait(5)
    assert codes == [kiosk_service.FROZEN_EXIT] and said[0] > 0.2
    watch.stop()


def test_a_beating_loop_is_left_alone():
    codes = []
    watch = FrozenWatch(limit=0.4, end=codes.append)
    watch.start()
    for _ in range(8):
        watch.beat()
        threading.Event().wait(0.05)
    watch.stop()
    assert codes == []


def test_the_log_rotates_in_the_data_folder(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(kiosk_service, "LOG_BYTES", 2000)
    log = kiosk_log(tmp_path)
    for n in range(200):
        log.error("an error reached the kiosk: number %d", n)
    kiosk_service.close_log(log)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "kiosk.log" in names and "kiosk.log.1" in names and len(names) <= 1 + kiosk_service.LOG_FILES
    assert "number 199" in (tmp_path / "kiosk.log").read_text()


def test_the_service_pings_systemd_when_it_keeps_a_watch(tmp_path: Path, monkeypatch):
    path = str(tmp_path / "notify")
    monkeypatch.setenv("NOTIFY_SOCKET", path)
    monkeypatch.setenv("WATCHDOG_USEC", "30000000")
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    with listening(path) as sock:
        service = KioskService(tmp_path / "data")
        assert service.beat_ms == 15000
        service.ready()
        service.beat()
        service.stopping()
        got = [sock.recv(4096) for _ in range(3)]
        service.close()
    assert got == [b"READY=1\nSTATUS=Showing the attract screen", b"WATCHDOG=1", b"STOPPING=1"]
    assert (tmp_path / "data" / "kiosk-stats.db").is_file()
