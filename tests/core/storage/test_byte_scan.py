"""Counting a big file's colons and finding an escaped one, with numpy, block by block (see byte_scan)."""

from __future__ import annotations

import pytest

from gui.core.storage.byte_scan import count_colons, has_escaped_colon


@pytest.mark.parametrize("at", [0, (1 << 20) - 3, (1 << 20) + 5, (3 << 20) - 6])
@pytest.mark.parametrize("escape", [b"\\u003a", b"\\u003A"])
def test_an_escaped_colon_is_found_anywhere_in_a_big_file(at, escape):
    data = bytearray(b'{"a": "x\\\\ny"} ' * ((3 << 20) // 16))
    data.extend(b" " * ((3 << 20) - len(data)))
    data[at : at + 6] = escape
    data = bytes(data)
    assert has_escaped_colon(data)
    assert count_colons(data) == data.count(b":")


def test_a_big_file_without_escaped_colons_says_so():
    data = b'{"a": "x\\\\u003b\\\\n"} ' * (1 << 17)
    assert len(data) > 1 << 20 and not has_escaped_colon(data)
    assert count_colons(data) == data.count(b":")
