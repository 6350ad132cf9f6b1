"""Which file the app opens first."""

from pathlib import Path

from gui.app.window.main import initial_path
from gui.app.document.recent_files import RecentFiles
from gui.core.storage.resources import sample_path


class _Window:
    def __init__(self, settings):
        self.recent = RecentFiles(settings)


def test_first_run_opens_the_sample(settings):
    assert initial_path(None, _Window(settings)) == sample_path()


def test_later_runs_open_the_last_file_and_fall_back_when_it_is_gone(settings, tmp_path):
    last = tmp_path / "mine.json"
    last.write_text("{}", encoding="utf-8")
    window = _Window(settings)
    window.recent.add(last)
    assert initial_path(None, window) == last.resolve()
    last.unlink()
    assert initial_path(None, window) == sample_path()


def test_an_explicit_file_wins(settings, tmp_path):
    assert initial_path(str(tmp_path / "x.json"), _Window(settings)) == Path(tmp_path / "x.json")


def test_recent_files_keep_ten_most_recent_first(settings, tmp_path):
    recent = RecentFiles(settings)
    for i in range(12):
        recent.add(tmp_path / f"{i}.json")
    recent.add(tmp_path / "3.json")
    paths = recent.paths()
    assert len(paths) == 10
    assert paths[0].name == "3.json" and paths[1].name == "11.json"
