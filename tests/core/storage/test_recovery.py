"""Recovery files (Qt-free): writing, finding the ones to offer, removing, and surviving damage."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from gui.core.document import edits
from gui.core.storage.fileformat import read_document
from gui.core.storage.fileformat_write import encode_document
from gui.core.document.model import new_document
from gui.core.storage.recovery import (
    RECOVERY_SUFFIX,
    RecoveryEntry,
    RecoveryStore,
    describe_saved_at,
    process_alive,
)

FIRST_EVENT = "huawei-att-verizon-talks"
ON_LINUX = sys.platform.startswith("linux")


@pytest.fixture
def document(sample_path):
    document = read_document(sample_path).document
    edits.edit_event(document, FIRST_EVENT, title="Edited « title » ✓").apply(document)
    return document


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "data" / "recovery"


def earlier_session(folder: Path) -> RecoveryStore:
    """What an earlier Inroads that had our pid wrote (it is gone: we are that pid now)."""
    return RecoveryStore(folder, session="an-earlier-run")


def sleeper() -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])


def test_written_changes_are_offered_to_the_next_run_byte_for_byte(folder, document, tmp_path):
    original = tmp_path / "talks.json"
    written = earlier_session(folder).write(document, original, original_sha256="ab" * 32)

    assert written.parent == folder and written.name.endswith(RECOVERY_SUFFIX)
    assert written.name.startswith("talks.json-")
    [entry] = RecoveryStore(folder).pending()
    assert entry.path == written
    assert entry.original_path == original
    assert entry.display_name == "talks.json" and entry.folder == str(tmp_path)
    assert entry.document_bytes == encode_document(document)
    assert entry.load() == document
    assert entry.load().events[0].title == "Edited « title » ✓"
    assert entry.title == document.title
    assert entry.original_sha256 == "ab" * 32
    assert entry.pid == os.getpid()
    assert abs(datetime.now(timezone.utc) - entry.saved_at) < timedelta(minutes=1)
    assert entry.saved_at.tzinfo is not None


def test_file_format_is_documented_json(folder, document, tmp_path):
    written = RecoveryStore(folder).write(document, tmp_path / "talks.json")
    raw = json.loads(written.read_text(encoding="utf-8"))
    assert raw["format"] == "inroads-recovery" and raw["version"] == 1
    assert raw["original_path"] == str(tmp_path / "talks.json")
    assert raw["pid"] == os.getpid()
    assert raw["document"].encode("utf-8") == encode_document(document)
    saved_at = datetime.fromisoformat(raw["saved_at"])
    assert saved_at.utcoffset() == timedelta(0)


def test_untitled_documents_get_one_file_per_process(folder):
    store = RecoveryStore(folder, session="earlier")
    first = store.write(new_document("First"), None)
    second = store.write(new_document("Second"), None)
    assert first == second == folder / f"untitled-{os.getpid()}{RECOVERY_SUFFIX}"
    [entry] = RecoveryStore(folder).pending()
    assert entry.original_path is None and entry.display_name == "Untitled" and entry.folder == ""
    assert entry.load().title == "Second"


def test_one_file_per_original_path(folder, document, tmp_path):
    store = RecoveryStore(folder)
    a = store.write(document, tmp_path / "a" / "talks.json")
    b = store.write(document, tmp_path / "b" / "talks.json")
    again = store.write(document, tmp_path / "a" / "talks.json")
    assert a != b and a == again
    assert store.path_for(tmp_path / "a" / "talks.json") == a
    assert len(list(folder.iterdir())) == 2


def test_odd_file_names_make_safe_recovery_names(folder, document, tmp_path):
    odd = tmp_path / "Ünïcode & spaces; $(rm -rf) .json"
    written = earlier_session(folder).write(document, odd)
    assert written.parent == folder
    assert all(c.isalnum() or c in "._-" for c in written.name)
    [entry] = RecoveryStore(folder).pending()
    assert entry.original_path == odd


def test_this_runs_own_files_are_not_offered(folder, document, tmp_path):
    store = RecoveryStore(folder)
    store.write(document, tmp_path / "talks.json")
    scan = store.scan()
    assert scan.pending == [] and len(scan.live) == 1
    assert RecoveryStore(folder).pending() == []  # another store in the same run: still ours


def test_files_of_a_running_inroads_are_not_offered_until_it_dies(folder, document, tmp_path):
    other = sleeper()
    try:
        RecoveryStore(folder, pid=other.pid, session="other").write(document, tmp_path / "talks.json")
        assert process_alive(other.pid)
        scan = RecoveryStore(folder).scan()
        assert scan.pending == [] and [e.pid for e in scan.live] == [other.pid]
        other.kill()
        if ON_LINUX:
            # Killed but not yet collected (a zombie): it will never write again.
            deadline = time.monotonic() + 10
            while not RecoveryStore(folder).pending() and time.monotonic() < deadline:
                time.sleep(0.01)
            assert [e.pid for e in RecoveryStore(folder).pending()] == [other.pid]
    finally:
        other.kill()
        other.wait(timeout=30)
    [entry] = RecoveryStore(folder).pending()
    assert entry.pid == other.pid and entry.load() == document


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to tell a reused pid")
def test_a_reused_pid_does_not_hide_a_dead_writer(folder, document, tmp_path):
    # The file says pid P, but P is now another process (started later): the writer is gone.
    parent = os.getppid()
    written = RecoveryStore(folder, pid=parent, session="other").write(document, tmp_path / "talks.json")
    raw = json.loads(written.read_text(encoding="utf-8"))
    assert raw["process"]  # the writer's identity was recorded
    assert RecoveryStore(folder).pending() == []
    raw["process"] = raw["process"].rsplit(":", 1)[0] + ":1"
    written.write_text(json.dumps(raw), encoding="utf-8")
    assert [e.pid for e in RecoveryStore(folder).pending()] == [parent]


def test_pending_is_newest_first(folder, document, tmp_path):
    store = earlier_session(folder)
    now = datetime.now(timezone.utc)
    store.write(document, tmp_path / "old.json", now=now - timedelta(hours=2))
    store.write(document, tmp_path / "new.json", now=now)
    store.write(document, tmp_path / "mid.json", now=now - timedelta(hours=1))
    assert [e.display_name for e in RecoveryStore(folder).pending()] == ["new.json", "mid.json", "old.json"]


def test_remove_deletes_the_file_and_leftover_temporary_files(folder, document, tmp_path):
    store = RecoveryStore(folder, session="earlier")
    written = store.write(document, tmp_path / "talks.json")
    leftover = written.with_name(f".{written.name}.dead{'beef'}.inroads-tmp")
    leftover.write_bytes(b"half a file")
    [entry] = RecoveryStore(folder).pending()
    assert RecoveryStore(folder).remove(entry) is True
    assert not written.exists() and not leftover.exists()
    assert RecoveryStore(folder).pending() == []
    assert store.remove(written) is False
    assert store.remove(None) is False
    store.write(document, None)
    assert store.remove_for(None) is True
    assert list(folder.iterdir()) == []


def test_a_missing_folder_means_nothing_to_recover(tmp_path):
    store = RecoveryStore(tmp_path / "never" / "made")
    assert store.pending() == []
    assert store.scan().unreadable == []


def test_damaged_files_are_skipped_and_reported_never_fatal(folder, document, tmp_path):
    good = earlier_session(folder).write(document, tmp_path / "good.json")
    valid = json.loads(good.read_text(encoding="utf-8"))

    def variant(**changes):
        raw = dict(valid)
        raw.update(changes)
        return json.dumps(raw).encode("utf-8")

    damaged = {
        "empty": b"",
        "garbage": b"\x00\xff\xfe not json at all",
        "truncated": good.read_bytes()[: len(good.read_bytes()) // 2],
        "a-list": b"[1, 2, 3]",
        "wrong-format": variant(format="inroads-timeline"),
        "newer-version": variant(version=2),
        "no-document": variant(document=None),
        "bad-pid": variant(pid="many"),
        "bad-time": variant(saved_at="yesterday-ish"),
        "tampered": variant(document=valid["document"].replace("Edited", "Edite")),
        "bad-path": variant(original_path=42),
        "deep": b"[" * 100_000,
    }
    for name, data in damaged.items():
        (folder / f"{name}{RECOVERY_SUFFIX}").write_bytes(data)
    (folder / f"a-folder{RECOVERY_SUFFIX}").mkdir()
    (folder / "notes.txt").write_text("not a recovery file")
    (folder / f".x{RECOVERY_SUFFIX}.0123abcd.inroads-tmp").write_bytes(b"{")

    scan = RecoveryStore(folder).scan()

    assert [e.path for e in scan.pending] == [good]
    reported = {u.path.name.removesuffix(RECOVERY_SUFFIX): u.reason for u in scan.unreadable}
    assert set(reported) == set(damaged) | {"a-folder"}
    assert "damaged" in reported["tampered"] and "version" in reported["newer-version"]
    assert all(reason for reason in reported.values())
    assert (folder / f"garbage{RECOVERY_SUFFIX}").exists()  # reported, not deleted


def test_a_recovered_document_that_does_not_validate_raises_on_load_only(folder, tmp_path):
    from gui.core.document.problems import LoadError

    store = earlier_session(folder)
    written = store.write(new_document("x"), tmp_path / "x.json")
    raw = json.loads(written.read_text(encoding="utf-8"))
    bad = '{"format": "inroads-timeline", "version": 1, "events": [{"id": 1}]}'
    raw["document"] = bad
    raw["document_sha256"] = hashlib.sha256(bad.encode()).hexdigest()
    written.write_text(json.dumps(raw), encoding="utf-8")
    [entry] = RecoveryStore(folder).pending()
    with pytest.raises(LoadError):
        entry.load()


def test_original_changed_compares_with_the_file_the_changes_were_based_on(folder, document, tmp_path):
    original = tmp_path / "talks.json"
    original.write_bytes(b"version one")
    base = hashlib.sha256(b"version one").hexdigest()
    entry = RecoveryEntry(original.with_suffix(".rec"), original, datetime.now(timezone.utc), b"", original_sha256=base)
    assert not entry.original_changed()
    original.write_bytes(b"version two")
    assert entry.original_changed()
    original.unlink()
    assert entry.original_changed()
    untitled = RecoveryEntry(tmp_path / "u.rec", None, datetime.now(timezone.utc), b"")
    assert not untitled.original_changed()


def test_process_alive():
    assert process_alive(os.getpid())
    assert not process_alive(0) and not process_alive(-5)
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(done.stdout)
    assert not process_alive(pid) or pid == os.getpid()


def test_describe_saved_at_in_local_time():
    now = datetime(2026, 11, 25, 15, 0).astimezone()
    at = now.replace(hour=14, minute=3)
    assert describe_saved_at(at, now) == "today at 14:03"
    assert describe_saved_at(at - timedelta(days=1), now) == "yesterday at 14:03"
    assert describe_saved_at(datetime(2026, 3, 7, 9, 5).astimezone(), now) == "7 Mar 2026 at 09:05"
    # Stored in UTC, shown in local time.
    assert describe_saved_at(at.astimezone(timezone.utc), now) == "today at 14:03"


# ----------------------------------------------------------------------------- tidying at start-up


def _temp_of(target: Path, hex8: str = "0123abcd") -> Path:
    return target.with_name(f".{target.name}.{hex8}.inroads-tmp")


def _aged(path: Path, seconds: float) -> Path:
    when = time.time() - seconds
    os.utime(path, (when, when))
    return path


def test_tidy_removes_half_written_files_older_than_a_minute_and_nothing_else(folder, document, tmp_path):
    from gui.core.storage.recovery_tidy import tidy_recovery_folder

    kept = earlier_session(folder).write(document, tmp_path / "talks.json")
    whole = kept.read_bytes()
    old_half = _temp_of(kept)
    old_half.write_bytes(whole[: len(whole) // 2])
    _aged(old_half, 120)
    young_half = _temp_of(kept, "89abcdef")
    young_half.write_bytes(whole[:100])  # a write under way in a running Inroads, maybe
    not_ours = [folder / "notes.txt", folder / ".talks.json.0123abcd.inroads-tmp", folder / ".x.inroads-tmp"]
    for path in not_ours:
        path.write_bytes(b"{")
        _aged(path, 3600)

    report = tidy_recovery_folder(RecoveryStore(folder))

    assert report.removed == [old_half] and report.freed_bytes == len(whole) // 2
    assert not old_half.exists() and young_half.exists() and kept.read_bytes() == whole
    assert all(path.exists() for path in not_ours)
    assert report.completed == []


def test_tidy_finishes_the_rename_a_kill_stopped_so_the_changes_are_offered(folder, document, tmp_path):
    from gui.core.storage.recovery_tidy import tidy_recovery_folder

    written = earlier_session(folder).write(document, tmp_path / "talks.json")
    temp = _temp_of(written)
    written.rename(temp)  # the file was whole, the rename never happened
    assert RecoveryStore(folder).pending() == []

    report = tidy_recovery_folder(RecoveryStore(folder))

    assert report.completed == [written] and not temp.exists()
    [entry] = RecoveryStore(folder).pending()
    assert entry.path == written and entry.load() == document


def test_tidy_keeps_the_newer_of_a_whole_temporary_file_and_the_file_in_place(folder, document, tmp_path):
    from gui.core.storage.recovery_tidy import tidy_recovery_folder

    store = earlier_session(folder)
    now = datetime.now(timezone.utc)
    older = store.write(new_document("older"), tmp_path / "talks.json", now=now - timedelta(minutes=5))
    older.rename(_temp_of(older))
    _aged(_temp_of(older), 300)
    store.write(document, tmp_path / "talks.json", now=now)  # the file in place is newer
    tidy_recovery_folder(RecoveryStore(folder))
    [entry] = RecoveryStore(folder).pending()
    assert entry.load() == document and not _temp_of(older).exists()


def test_tidy_leaves_a_whole_temporary_file_of_a_running_inroads(folder, document, tmp_path):
    from gui.core.storage.recovery_tidy import tidy_recovery_folder

    written = RecoveryStore(folder).write(document, tmp_path / "talks.json")  # this very run: alive
    temp = _aged(written.rename(_temp_of(written)), 300)
    report = tidy_recovery_folder(RecoveryStore(folder))
    assert report.completed == [] and report.removed == [] and temp.exists()
