"""Learner data in a shared folder: many programs on one computer share a file safely; computers
sharing a network drive each get a file of their own."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from koryo_desktop import data_location
from koryo_desktop.data_location import SharedFolderError, learner_database, network_file_system

MOUNTINFO = textwrap.dedent(
    """\
    22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
    40 22 0:35 / /srv/school rw,relatime shared:20 - cifs //fileserver/klass rw,vers=3.1.1
    41 40 0:36 / /srv/school/local\\040disk rw shared:21 - ext4 /dev/sdb1 rw
    42 22 0:37 / /home rw,relatime shared:22 - nfs4 server:/home rw,vers=4.2
    """
)


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/srv/school/class-7b", "cifs"),
        ("/srv/school", "cifs"),
        ("/srv/school/local disk/data", None),  # a local disk mounted inside the share
        ("/srv/schoolbooks", None),  # a sibling whose name only starts like the share
        ("/home/teacher/koryo", "nfs4"),
        ("/var/lib/koryo", None),
    ],
)
def test_network_file_systems_are_recognised_by_their_mount(path: str, kind: str | None):
    assert network_file_system(Path(path), MOUNTINFO) == kind


def test_a_local_folder_keeps_one_learner_file(tmp_path: Path):
    assert learner_database(tmp_path, mountinfo="") == tmp_path / "learner.db"


def _share_mountinfo(share: Path) -> str:
    return f"22 1 8:1 / / rw - ext4 /dev/sda1 rw\n40 22 0:35 / {share} rw - nfs4 server:/x rw\n"


def test_a_network_folder_gets_a_file_per_computer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(data_location.socket, "gethostname", lambda: "lab-pc-07.school.example")
    path = learner_database(tmp_path, mountinfo=_share_mountinfo(tmp_path))
    assert path == tmp_path / "computers" / "lab-pc-07" / "learner.db"
    # the same computer comes back to the same file the next day
    assert learner_database(tmp_path, mountinfo=_share_mountinfo(tmp_path)) == path


def test_a_second_computer_with_the_same_name_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(data_location.socket, "gethostname", lambda: "lab-pc")
    monkeypatch.setattr(data_location, "computer_fingerprint", lambda: "aaaaaaaaaaaa")
    learner_database(tmp_path, mountinfo=_share_mountinfo(tmp_path))
    monkeypatch.setattr(data_location, "computer_fingerprint", lambda: "bbbbbbbbbbbb")  # a cloned lab image
    with pytest.raises(SharedFolderError, match="another computer with the same name \\(lab-pc\\)"):
        learner_database(tmp_path, mountinfo=_share_mountinfo(tmp_path))


WRITER = """
import sys
from pathlib import Path
from koryo_desktop.store.learner_store import LearnerStore
store = LearnerStore(Path(sys.argv[1]))
for i in range(150):
    store.record_attempt(sys.argv[2], f"q{i}", {"choice": i}, i % 2 == 0)
store.close()
"""


def test_two_programs_writing_one_local_file_at_once_lose_nothing(tmp_path: Path):
    """Two copies of the app on one computer (two teachers' windows, a kiosk and a technician)."""
    db = tmp_path / "learner.db"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(db), f"session-{n}"], env=env,
                                stderr=subprocess.PIPE, text=True) for n in range(2)]  # fmt: skip
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    from koryo_desktop.store.learner_store import LearnerStore

    store = LearnerStore(db)
    attempts = store.attempts()
    store.close()
    assert len(attempts) == 300
    assert {a["session_id"] for a in attempts} == {"session-0", "session-1"}


def test_the_app_refuses_a_shared_folder_claimed_by_another_computer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
):
    from koryo_desktop.app import start
    from koryo_desktop.config import Config

    monkeypatch.setattr(data_location, "network_file_system", lambda path, mountinfo=None: "cifs")
    folder = tmp_path / "share" / "computers" / data_location.computer_name()
    folder.mkdir(parents=True)
    (folder / "computer-id").write_text("0123456789ab\n")
    monkeypatch.setattr(data_location, "computer_fingerprint", lambda: "ba9876543210")
    code = start(Config(data_dir=tmp_path / "share", smoke=True))
    assert code == 2
    assert "belongs to another computer with the same name" in capsys.readouterr().err
    assert not (folder / "learner.db").exists()
