"""Where the learner database lives inside a --data-dir, made safe for shared network folders.

SQLite keeps the learner file consistent between several programs on one computer (it locks the file
and the learner store commits every write at once), but not between computers sharing a network
drive: its write-ahead log needs memory shared by every program that opens the file, which computers
cannot share, and network file systems honour its locks unreliably. Two computers writing one file on
a share can corrupt it.

So a --data-dir on a network drive (NFS, SMB/CIFS, a Windows UNC path or mapped drive, macOS smbfs…)
gets one folder per computer, ``DATA_DIR/computers/<computer name>/learner.db``: each file is only
ever written from one computer, the teacher finds every computer's file in one place, and a computer
keeps its learners' progress from day to day. Two computers that share a name (cloned lab images) are
told apart by a fingerprint of the computer, and the second one is refused with a clear message
rather than allowed to write into the first one's file.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import uuid
from pathlib import Path

NETWORK_FILE_SYSTEMS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "afpfs", "webdav", "davfs",
    "fuse.sshfs", "sshfs", "9p", "ceph", "glusterfs", "fuse.glusterfs", "lustre", "gpfs", "fuse.rclone",
}  # fmt: skip


class SharedFolderError(Exception):
    """The data folder cannot be used safely from this computer; the message says what to do."""


def network_file_system(path: Path, mountinfo: str | None = None) -> str | None:
    """The network file system ``path`` is on ("nfs4", "cifs", "UNC path"...) or None when local."""
    path = Path(os.path.abspath(path))
    if sys.platform == "win32":
        return _windows_network(path)
    if mountinfo is None:
        if sys.platform == "darwin":
            return _mac_network(path)
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text()
        except OSError:
            return None
    best, kind = "", None
    for line in mountinfo.splitlines():
        fields = line.split(" - ", 1)
        if len(fields) != 2:
            continue
        mount_point = _unescape(fields[0].split()[4])
        fs_type = fields[1].split()[0]
        inside = str(path) == mount_point or str(path).startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, kind = mount_point, fs_type
    return kind if kind in NETWORK_FILE_SYSTEMS else None


def _unescape(field: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def _windows_network(path: Path) -> str | None:
    text = str(path)
    if text.startswith("\\\\"):
        return "UNC path"
    if sys.platform != "win32":  # only called on Windows; says so to the type checker too
        return None
    import ctypes

    drive = os.path.splitdrive(text)[0] + "\\"
    return "network drive" if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4 else None  # DRIVE_REMOTE


def _mac_network(path: Path) -> str | None:
    try:
        out = subprocess.run(["mount"], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    best, kind = "", None
    for line in out.splitlines():
        match = re.match(r".+ on (.+) \(([^,)]+)", line)
        if (
            match
            and (str(path) + "/").startswith(match.group(1).rstrip("/") + "/")
            and len(match.group(1)) >= len(best)
        ):
            best, kind = match.group(1), match.group(2)
    return kind if kind in NETWORK_FILE_SYSTEMS else None


def computer_name() -> str:
    """This computer's name, made safe as a folder name."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", socket.gethostname().split(".")[0]).strip("-.")
    return name or "computer"


def computer_fingerprint() -> str:
    """Tells apart computers that share a name: the hardware address of a network card, else the
    system's machine id; empty when neither is known (then the name alone decides)."""
    node = uuid.getnode()
    if not (node >> 40) & 1:  # a real address (Python makes up a random one, marked so, when it finds none)
        return f"{node:012x}"
    try:
        return Path("/etc/machine-id").read_text().strip()
    except OSError:
        return ""


def learner_database(data_dir: Path, mountinfo: str | None = None) -> Path:
    """The learner file for ``data_dir``: ``learner.db`` in it on a local disk, a folder of this
    computer's own on a network drive. Raises SharedFolderError when that folder is another computer's."""
    data_dir = Path(data_dir)
    if network_file_system(data_dir, mountinfo) is None:
        return data_dir / "learner.db"
    folder = data_dir / "computers" / computer_name()
    folder.mkdir(parents=True, exist_ok=True)
    owner = folder / "computer-id"
    mine = computer_fingerprint()
    try:
        with owner.open("x", encoding="utf-8") as handle:  # exclusive create: the first computer claims it
            handle.write(mine + "\n")
    except FileExistsError:
        theirs = owner.read_text(encoding="utf-8").strip()
        if theirs and mine and theirs != mine:
            raise SharedFolderError(
                f"the learner data in {folder} belongs to another computer with the same name "
                f"({computer_name()}). Two computers writing one file on a network drive would damage it. "
                f"Give this computer another name, or start it with another --data-dir. (If it is this "
                f"computer with a new network card, delete {owner}.)"
            ) from None
    return folder / "learner.db"
