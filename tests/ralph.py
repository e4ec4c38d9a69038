"""A real Learning Record Store for the tests: Ralph (ralph-malph, a test dependency) serving its
file system backend on 127.0.0.1, and a small TCP relay in front of it that can be told to cut a
connection after passing the request on (the store keeps the statements, the answer is lost) or
to stop answering at all (the store is away)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

USER, PASSWORD = "school", "a-write-and-read-key"
ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Ralph:
    """Ralph's LRS (started by tests/ralph_server.py), its statements in ``folder/lrs/fs_lrs.jsonl``."""

    def __init__(self, folder: Path) -> None:
        import bcrypt

        self.folder = Path(folder)
        (self.folder / "lrs").mkdir(parents=True, exist_ok=True)
        key = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(4)).decode()
        users = [{"username": USER, "hash": key, "scopes": ["all"], "agent": {"mbox": "mailto:lrs@school.example"}}]
        (self.folder / "auth.json").write_text(json.dumps(users))
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"

    @property
    def stored_file(self) -> Path:
        return self.folder / "lrs" / "fs_lrs.jsonl"

    def stored(self) -> list[dict]:
        """Every statement the store wrote to its file."""
        if not self.stored_file.is_file():
            return []
        return [json.loads(line) for line in self.stored_file.read_text().splitlines() if line.strip()]

    def start(self, timeout: float = 60.0) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("RALPH_")}
        env.update({
            "RALPH_APP_DIR": str(self.folder / "app"),
            "RALPH_AUTH_FILE": str(self.folder / "auth.json"),
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.folder / "lrs"),
            "RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH": str(self.folder / "lrs"),
        })  # fmt: skip
        log = (self.folder / "server.log").open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.ralph_server", str(self.port)], cwd=ROOT, env=env, stdout=log, stderr=log
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Ralph stopped at start: {(self.folder / 'server.log').read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__lbheartbeat__", timeout=1) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.1)  # the server is still starting
        self.stop()
        raise RuntimeError(f"Ralph did not answer within {timeout} s: {(self.folder / 'server.log').read_text()}")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None


class Relay:
    """127.0.0.1:``port`` → ``target_port``. ``mode``: "pass" (a plain relay), "cut" (the request
    reaches the store, then the connection is closed before its answer comes back), "away" (every
    connection is closed at once, nothing reaches the store)."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.mode = "pass"
        self.requests = 0
        self._server = socket.socket()
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(16)
        self.port = int(self._server.getsockname()[1])
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with client:
            if self.mode == "away":
                return
            request = _read_request(client)
            self.requests += 1
            with socket.create_connection(("127.0.0.1", self.target_port)) as upstream:
                upstream.sendall(request)  # asked to close after its answer: read until it does
                answer = b"".join(iter(lambda: upstream.recv(65536), b""))
            if self.mode == "pass":
                client.sendall(answer)


def _read_request(conn: socket.socket) -> bytes:
    """One HTTP request, whole (headers and a body of Content-Length bytes), made to close after."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, body = data.split(b"\r\n\r\n", 1)
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
    return b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n" + body
