"""Helpers for hostile environments for the learner data: other processes holding locks, a small disk that
fills up, a read-only disk, files from older versions."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest


def old_learner_file(path: Path, answers: int = 3) -> None:
    """A learner file as the first versions wrote it: no schema version, no bookmarks.kind, no
    quiz_attempts.given, a learner and some answers."""
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta VALUES ('schema_version', '1');
        CREATE TABLE learners (id INTEGER PRIMARY KEY, name TEXT NOT NULL, colour TEXT NOT NULL DEFAULT '#3465a4',
            pin_hash TEXT, is_guest INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL);
        INSERT INTO learners VALUES (1, 'Guest', '#3465a4', NULL, 1, '2024-01-01'), (2, 'Aigerim', '#D55E00', NULL, 0, '2024-01-01');
        CREATE TABLE settings (learner_id INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
            PRIMARY KEY (learner_id, key));
        CREATE TABLE reading_positions (learner_id INTEGER NOT NULL, chapter_id TEXT NOT NULL, section_slug TEXT,
            scroll REAL NOT NULL DEFAULT 0, updated_at TEXT NOT NULL, PRIMARY KEY (learner_id, chapter_id));
        INSERT INTO reading_positions VALUES (2, 'deportation', 'the-trains', 0.5, '2024-01-02');
        CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, learner_id INTEGER NOT NULL, chapter_id TEXT NOT NULL,
            section_slug TEXT, quote TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL);
        INSERT INTO bookmarks VALUES (1, 2, 'deportation', 'the-trains', '124 trains', 'ask', '2024-01-02');
        CREATE TABLE quiz_attempts (id INTEGER PRIMARY KEY, learner_id INTEGER NOT NULL, session_id TEXT NOT NULL,
            question_id TEXT NOT NULL, answer_json TEXT NOT NULL, correct INTEGER NOT NULL, answered_at TEXT NOT NULL);
        CREATE TABLE review_cards (learner_id INTEGER NOT NULL, question_id TEXT NOT NULL, card_json TEXT NOT NULL,
            due TEXT NOT NULL, PRIMARY KEY (learner_id, question_id));
        """
    )
    conn.executemany(
        "INSERT INTO quiz_attempts(learner_id, session_id, question_id, answer_json, correct, answered_at) "
        "VALUES (2, 'old', ?, '1', 1, '2024-01-03')",
        [(f"q{i}",) for i in range(answers)],
    )
    conn.commit()
    conn.close()


def run_python(code: str, *args: str) -> subprocess.Popen:
    """Another process running ``code`` (stdin and stdout are pipes to talk with it)."""
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive":  # nobody else may even read (another program's exclusive mode)
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("SELECT count(*) FROM learners").fetchone()
else:  # an ordinary writer in the middle of a long transaction
    conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()  # hold the lock until told to let go
conn.execute("ROLLBACK")
conn.close()
print("released", flush=True)
"""


@contextlib.contextmanager
def lock_held(path: Path, how: str) -> Iterator[subprocess.Popen]:
    """Another process holds a lock on the SQLite file ``path`` until the block ends."""
    proc = run_python(HOLD_LOCK, str(path), how)
    try:
        assert proc.stdout.readline().strip() == "locked", proc.stderr.read()
        yield proc
    finally:
        if proc.poll() is None:
            proc.stdin.write("\n")
            proc.stdin.flush()
            proc.wait(timeout=30)
        for pipe in (proc.stdin, proc.stdout, proc.stderr):  # not left for the garbage collector to find
            pipe.close()


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def small_disk_at(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB filesystem of its own (tmpfs), to fill up or make read-only. Needs root (CI runs as
    root); skipped with the reason elsewhere."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if os.geteuid() != 0 or not _mount("-t", "tmpfs", "-o", "size=1m,mode=0777", "tmpfs", str(mount_point)):
        pytest.skip("mounting a small filesystem needs root and mount permission")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def fill(disk: Path) -> Path:
    """Fill ``disk`` to the last byte; returns the filler file (delete it to free the space)."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for size in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)
    return filler


def make_read_only(disk: Path) -> None:
    assert _mount("-o", "remount,ro", str(disk)), "remounting read-only failed"
