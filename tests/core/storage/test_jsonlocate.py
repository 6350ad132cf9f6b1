"""JSON paths to line and column."""

from gui.core.storage.jsonlocate import line_column, locate_paths

DATA = '{"a": [1, {"b": "x"}, 3],\n  "c": {"d": null, "k\\"q": "é"}}'.encode()


def test_paths_resolve_to_value_starts():
    found = locate_paths(DATA, [("a", 1, "b"), ("c", "d"), ("a", 2), ()])
    assert {path: line_column(DATA, offset) for path, offset in found.items()} == {
        ("a", 1, "b"): (1, 17),
        ("c", "d"): (2, 14),
        ("a", 2): (1, 23),
        (): (1, 1),
    }


def test_missing_path_resolves_to_nearest_ancestor_and_escaped_keys_work():
    found = locate_paths(DATA, [("c", "zz"), ('k"q',), ("c", 'k"q')])
    assert line_column(DATA, found[("c", "zz")]) == (2, 8)
    assert line_column(DATA, found[('k"q',)]) == (1, 1)
    assert line_column(DATA, found[("c", 'k"q')]) == (2, 28)


def test_columns_count_characters_not_bytes():
    data = '{"é": "ü", "x": 1}'.encode()
    assert line_column(data, locate_paths(data, [("x",)])[("x",)]) == (1, 17)
