"""inroads export-image, headless through a real subprocess: PNG size, SVG text, PDF page count."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import pytest
from PySide6.QtGui import QImage


def run(*args, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    return subprocess.run([sys.executable, "-m", "gui", "export-image", *map(str, args)],
                          capture_output=True, text=True, timeout=120, env=env)


def test_png_at_a_chosen_width(tmp_path, sample_path):
    out = tmp_path / "t.png"
    result = run(sample_path, out, "--width", "1200", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() == 1200 and image.height() > 200
    assert len({image.pixel(x, y) for x in range(0, 1200, 23) for y in range(0, image.height(), 17)}) > 20


def test_svg_keeps_text_as_text(tmp_path, sample_path):
    out = tmp_path / "t.svg"
    result = run(sample_path, out, "--from", "2017", "--to", "2018", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    root = ElementTree.parse(out).getroot()
    texts = "".join("".join(e.itertext()) for e in root.iter() if e.tag.endswith("text"))
    assert "Huawei" in texts and "Best Buy" in texts


def test_pdf_has_one_landscape_page_with_the_title(tmp_path, sample_path):
    out = tmp_path / "t.pdf"
    result = run(sample_path, out, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1
    box = [float(v) for v in re.search(rb"/MediaBox\s*\[([^\]]+)\]", data).group(1).split()]
    assert box[2] > box[3]  # landscape


@pytest.mark.parametrize("args", [("x.gif",), ("x.png", "--from", "2018-13")])
def test_bad_arguments_exit_2(tmp_path, sample_path, args):
    result = run(sample_path, *(tmp_path / args[0],), *args[1:], tmp_path=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_a_bad_input_file_exits_1_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    result = run(bad, tmp_path / "x.png", tmp_path=tmp_path)
    assert result.returncode == 1 and "bad.json:1:2:" in result.stderr
    assert not (tmp_path / "x.png").exists()
