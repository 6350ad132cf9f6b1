"""Recovery files written from a snapshot, in small pieces, in any thread, and cancellable."""

from __future__ import annotations

import threading

import pytest

from gui.core.document import edits
from gui.core.storage import fileformat_write
from gui.core.storage.fileformat import read_document
from gui.core.storage.fileformat_write import encode_document
from gui.core.document.model import Source
from gui.core.storage.recovery import RecoveryStore, read_entry
from gui.core.storage.recovery_write import WriteCancelled, snapshot_document, temp_target_name

FIRST_EVENT = "huawei-att-verizon-talks"


@pytest.fixture
def document(sample_path):
    document = read_document(sample_path).document
    # Sources with unknown keys and awkward text, across several small pieces.
    document.sources.extend(
        Source(f"extra-{n}", title=f"Quote \" back\\slash \x01 {n}", text="line\nbreak\t\u2028 ✓ \ud800", extra={"x_n": n})
        for n in range(7)
    )
    return document


def test_small_pieces_make_exactly_the_bytes_of_a_save(document):
    for size in (1, 2, 3, 1000):
        assert b"".join(fileformat_write.file_pieces(document, size)) == encode_document(document)


def test_a_recovery_file_written_in_pieces_holds_the_document_byte_for_byte(tmp_path, document):
    written = RecoveryStore(tmp_path).write(document, tmp_path / "talks.json")
    entry, _ = read_entry(written)
    assert entry.document_bytes == encode_document(document)
    assert [p.name for p in tmp_path.iterdir()] == [written.name]  # no temporary file left


def test_the_snapshot_is_what_was_there_when_it_was_taken(tmp_path, document):
    store = RecoveryStore(tmp_path)
    before = encode_document(document)
    job = store.prepare(document, tmp_path / "talks.json")
    # The document goes on changing (in the window) before the write runs (in a thread).
    edits.edit_event(document, FIRST_EVENT, title="changed later").apply(document)
    edits.delete_events(document, [document.events[-1].id]).apply(document)
    document.title = "retitled later"
    thread = threading.Thread(target=job.run)
    thread.start()
    thread.join(60)
    entry, _ = read_entry(job.target)
    assert entry.document_bytes == before


def test_snapshot_copies_the_lists_not_the_records(document):
    copy = snapshot_document(document)
    assert copy == document and copy.events is not document.events and copy.sources is not document.sources
    assert copy.events[0] is document.events[0]


def test_a_cancelled_write_leaves_nothing(tmp_path, document):
    store = RecoveryStore(tmp_path)
    job = store.prepare(document, tmp_path / "talks.json")
    job.cancel()
    with pytest.raises(WriteCancelled):
        job.run()
    assert list(tmp_path.iterdir()) == [] and not job.done


def test_cancel_after_the_rename_finds_the_file_in_place(tmp_path, document):
    job = RecoveryStore(tmp_path).prepare(document, None)
    job.run()
    job.cancel()
    assert job.done and job.target.exists()


def test_temporary_names_are_recognised():
    assert temp_target_name(".a.inroads-recovery.json.0123abcd.inroads-tmp") == "a.inroads-recovery.json"
    assert temp_target_name("a.inroads-recovery.json") is None
    assert temp_target_name(".a.json.0123abcd.inroads-tmp.bak") is None
    assert temp_target_name(".a.json.0123ABCD.inroads-tmp") is None
