import os

from gui.core.diskstamp import DiskStamp


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
