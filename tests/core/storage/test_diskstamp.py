import os
import threading

from gui.core.storage.diskstamp import DiskStamp


def test_detects_content_change_but_not_a_touch(tmp_path):
    path = tmp_path / "f.json"
    path.write_bytes(b"one")
    stamp = DiskStamp.of_file(path)
    assert not stamp.changed_on_disk(path)
    os.utime(path, ns=(1, 1))  # touched, same bytes
    assert not stamp.changed_on_disk(path)
    path.write_bytes(b"two")
    assert stamp.changed_on_disk(path)
    path.unlink()
    assert stamp.changed_on_disk(path)
    assert DiskStamp.of_file(path) is None


def test_a_same_size_rewrite_with_the_same_time_is_a_change(tmp_path):
    """Coarse time stamps (FAT, HFS+, network shares), or a tool that puts the old time back: only the bytes tell."""
    path = tmp_path / "f.json"
    path.write_bytes(b"one")
    stamp = DiskStamp.of_file(path)
    before = os.stat(path)
    path.write_bytes(b"two")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(path).st_size == stamp.size and os.stat(path).st_mtime_ns == stamp.mtime_ns
    assert stamp.changed_on_disk(path)


def finishes(function, *args):
    """``function(*args)``, run where a hang fails the test instead of stopping the suite."""
    outcome: list = []
    worker = threading.Thread(target=lambda: outcome.append(function(*args)), daemon=True)
    worker.start()
    worker.join(30)
    assert outcome, f"{function.__name__} did not return (blocked)"
    return outcome[0]


def test_a_fifo_in_place_of_the_file_is_a_change_and_is_never_opened(tmp_path):
    path = tmp_path / "f.json"
    path.write_bytes(b"one")
    stamp = DiskStamp.of_file(path)
    path.unlink()
    os.mkfifo(path)
    assert finishes(stamp.changed_on_disk, path)
    assert finishes(DiskStamp.of_file, path) is None


def test_a_directory_in_place_of_the_file_is_a_change(tmp_path):
    path = tmp_path / "f.json"
    path.write_bytes(b"one")
    stamp = DiskStamp.of_file(path)
    path.unlink()
    path.mkdir()
    assert stamp.changed_on_disk(path)
    assert DiskStamp.of_file(path) is None


def test_a_link_to_a_file_with_other_bytes_is_a_change(tmp_path):
    path = tmp_path / "f.json"
    path.write_bytes(b"one")
    stamp = DiskStamp.of_file(path)
    other = tmp_path / "other.json"
    other.write_bytes(b"two")
    path.unlink()
    path.symlink_to(other)
    assert stamp.changed_on_disk(path)
