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


def _svg_texts(path):
    root = ElementTree.parse(path).getroot()
    return root, ["".join(e.itertext()).strip() for e in root.iter() if e.tag.endswith("}text") or e.tag == "text"]


def test_svg_is_vector_with_every_title_lane_and_legend_as_text(tmp_path, sample_path):
    from gui.core.storage.fileformat import read_document

    document = read_document(sample_path).document
    out = tmp_path / "t.svg"
    result = run(sample_path, out, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    root, texts = _svg_texts(out)
    assert not [e for e in root.iter() if e.tag.endswith("image")], "the SVG embeds a bitmap"
    for event in document.events:
        assert event.title in texts, f"{event.title!r} is not a <text> of its own"
    assert document.title in texts
    assert {lane.name for lane in document.lanes} <= set(texts)
    assert "Rumoured / cancelled" in texts and "c. 2015 – 2018" in texts  # the legend and the date range


def _content_box_share(png_path) -> float:
    image = QImage(str(png_path)).convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = image.width(), image.height()
    rows = [y for y in range(height) if any(image.pixelColor(x, y).value() < 250 for x in range(0, width, 2))]
    cols = [x for x in range(width) if any(image.pixelColor(x, y).value() < 250 for y in range(0, height, 2))]
    return (max(cols) - min(cols)) * (max(rows) - min(rows)) / (width * height)


@pytest.mark.parametrize("page,orientation", [("a4", "landscape"), ("letter", "portrait"), ("a3", "landscape")])
def test_pdf_fills_its_page(tmp_path, sample_path, page, orientation):
    import shutil

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (apt poppler-utils) is not installed")
    out = tmp_path / "t.pdf"
    result = run(sample_path, out, "--page", page, "--orientation", orientation, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) == 2, f"the PDF embeds a bitmap:\n{images}"  # the header only
    box = [float(v) for v in re.search(rb"/MediaBox\s*\[([^\]]+)\]", data).group(1).split()]
    assert (box[2] > box[3]) == (orientation == "landscape")
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", str(out), str(tmp_path / "page")], check=True)
    assert _content_box_share(tmp_path / "page.png") > 0.8


def test_pdf_fit_to_content_has_the_content_size(tmp_path, sample_path):
    out = tmp_path / "t.pdf"
    result = run(sample_path, out, "--page", "fit", "--width", "960", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    box = [float(v) for v in re.search(rb"/MediaBox\s*\[([^\]]+)\]", out.read_bytes()).group(1).split()]
    assert abs(box[2] - 720) < 1 and 200 < box[3] < 2000  # 960 px at 96 dpi = 10 in = 720 pt


def test_png_at_a_width_and_dpi(tmp_path, sample_path):
    out = tmp_path / "t.png"
    result = run(sample_path, out, "--width", "2400", "--dpi", "300", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() == 2400
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    screen = tmp_path / "s.png"
    assert run(sample_path, screen, "--width", "2400", tmp_path=tmp_path).returncode == 0
    assert image.height() > QImage(str(screen)).height() * 1.5  # drawn larger: text at print size


def test_title_flag_and_bad_page(tmp_path, sample_path):
    out = tmp_path / "t.svg"
    assert run(sample_path, out, "--title", "For the report", tmp_path=tmp_path).returncode == 0
    assert "For the report" in _svg_texts(out)[1]
    bad = run(sample_path, tmp_path / "t.pdf", "--page", "b5", tmp_path=tmp_path)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
