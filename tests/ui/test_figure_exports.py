"""Exports are finished figures (issue 19): a title, a legend entry per racer and a counter;
PNG at 1×–4×, SVG and PDF with the texts as text, GIF and MP4; round markers at any aspect;
nothing touching the border at 480×320 or 1920×1080 in any lab."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from explorer.ui.export import image_to_array
from explorer.ui.export_dialog import ExportDialog
from explorer.ui.figure import FigureOptions, render_figure


@pytest.fixture
def race(open_lab):
    """The Himmelblau race of four racers, 30 steps in."""
    lab = open_lab("optimizer")
    lab.set_surface("himmelblau")
    for _ in range(30):
        lab.step_once()
    return lab


def _pixels(path) -> np.ndarray:
    return image_to_array(QImage(str(path)))


def test_the_figure_names_the_surface_each_racer_and_the_step(race):
    info = race.figure_info()
    assert info.title.startswith("Himmelblau")
    assert info.subtitle == race.surface.formula
    assert info.counter == "step 30"
    assert len(info.legend) == len(race.race.racers) == 4
    for entry, racer in zip(info.legend, race.race.racers, strict=True):
        assert entry.color == racer.color and entry.text.startswith(racer.name)
    assert "η=" in info.legend[0].text and " — " in info.legend[0].text  # settings, status


@pytest.mark.parametrize("suffix", [".svg", ".pdf"])
def test_vector_exports_keep_the_legend_as_text(main_window, race, tmp_path, suffix):
    path = tmp_path / f"race{suffix}"
    main_window.exporter.export_picture(path, QSize(1280, 720))
    if suffix == ".svg":
        text = path.read_text(encoding="utf-8")
        assert "<text" in text
    else:
        pypdf = pytest.importorskip("pypdf", reason="pypdf reads the PDF's text (test extra)")
        text = pypdf.PdfReader(str(path)).pages[0].extract_text()
    for racer in race.race.racers:
        assert racer.optimizer.spec.title in text, racer.name
    assert "Himmelblau" in text


def test_png_scale_two_has_twice_the_pixels_of_the_same_figure(main_window, race, tmp_path):
    one, two = tmp_path / "one.png", tmp_path / "two.png"
    main_window.exporter.export_picture(one, QSize(640, 400))
    main_window.exporter.export_picture(two, QSize(640, 400), FigureOptions(scale=2))
    assert QImage(str(one)).size() == QSize(640, 400)
    assert QImage(str(two)).size() == QSize(1280, 800)
    small = _pixels(one).astype(float)
    halved = _pixels(two).astype(float).reshape(400, 2, 640, 2, 3).mean(axis=(1, 3))
    assert np.abs(halved - small).mean() < 25  # the same picture, sharper


def test_switches_leave_out_the_title_and_the_legend(race):
    target = race.export_target()
    info = race.figure_info()
    full = image_to_array(render_figure(target, 800, 500, info))
    bare = image_to_array(render_figure(target, 800, 500, info, FigureOptions(
        legend=False, title=False, counter=False)))
    assert full.shape == bare.shape == (500, 800, 3)
    title_band = (slice(0, 30), slice(0, 800))
    assert (full[title_band] < 128).any()  # the title's ink
    assert not np.array_equal(full, bare)


def _ball_box(image: np.ndarray, color: str) -> tuple[int, int]:
    """Width and height of the pixels of exactly ``color`` (a ball's inside)."""
    rgb = np.array([int(color[i:i + 2], 16) for i in (1, 3, 5)])
    ys, xs = np.nonzero(np.abs(image.astype(int) - rgb).sum(axis=2) <= 6)
    assert len(xs) > 10, f"no {color} ball found"
    return xs.max() - xs.min() + 1, ys.max() - ys.min() + 1


@pytest.mark.parametrize("size", [(1600, 500), (500, 1200)])
def test_balls_stay_round_whatever_the_aspect(open_lab, size):
    lab = open_lab("optimizer")
    lab.set_surface("booth")
    lab.reset()  # step 0: the balls, no trails
    racer = lab.race.racers[-1]
    image = image_to_array(render_figure(lab.export_target(), *size, lab.figure_info(),
                                         FigureOptions(legend=False)))
    width, height = _ball_box(image, racer.color)
    assert 0.8 <= width / height <= 1.25, (width, height)


@pytest.mark.parametrize("lab_name", ["optimizer", "perceptron", "training", "gallery"])
@pytest.mark.parametrize("size", [(480, 320), (1920, 1080)])
def test_nothing_touches_the_border(main_window, open_lab, tmp_path, lab_name, size):
    open_lab(lab_name)
    path = tmp_path / "figure.png"
    main_window.exporter.export_picture(path, QSize(*size))
    image = _pixels(path)
    assert image.shape[:2] == (size[1], size[0])
    border = np.concatenate([image[0], image[-1], image[:, 0], image[:, -1]])
    assert (border >= 250).all(), "ink at the image's border: something is cut"
    assert (image < 200).any(), "a blank figure"


def test_an_mp4_reads_back_with_its_frames_and_size(main_window, race, qtbot, tmp_path):
    imageio_ffmpeg = pytest.importorskip("imageio_ffmpeg")
    race.playback.max_steps.setValue(12)
    race.reset()
    for _ in range(12):
        race.step_once()
    path = tmp_path / "race.mp4"
    export = main_window.exporter.export_animation(path, QSize(320, 240), fps=10,
                                                   show_dialog=False)
    qtbot.waitUntil(lambda: not export.running, timeout=60_000)
    frames = imageio_ffmpeg.read_frames(str(path))
    meta = next(frames)
    assert tuple(meta["size"]) == (320, 240)
    assert sum(1 for _ in frames) == race.frame_count() == 13  # steps 0…12


def test_the_dialog_offers_slide_sizes_and_reads_back_the_choice(main_window):
    dialog = ExportDialog(main_window, animated=True, screen_size=QSize(900, 600), frames=30)
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == [".gif", ".mp4"]
    assert dialog.preset.currentData() == QSize(1920, 1080)
    dialog.preset.setCurrentIndex(2)  # square
    dialog.duration.setValue(2.0)  # 30 frames in 2 s
    dialog.legend.setChecked(False)
    choice = dialog.choice()
    assert choice.size == QSize(1080, 1080) and choice.fps == pytest.approx(15.0)
    assert not choice.options.legend and choice.options.title
    dialog.deleteLater()


def test_the_training_lab_exports_its_view_and_curves_together_or_each_alone(main_window,
                                                                             open_lab,
                                                                             tmp_path):
    lab = open_lab("training")
    parts = lab.export_parts()
    assert list(parts) == ["both", "view", "curves"]
    assert parts["both"][1] is lab.export_target() and parts["curves"][1] is lab.curves
    pictures = {}
    for key in parts:
        path = tmp_path / f"{key}.png"
        main_window.exporter.export_picture(path, QSize(800, 500), part=key)
        pictures[key] = _pixels(path)
    assert all(p.shape == (500, 800, 3) for p in pictures.values())
    assert not np.array_equal(pictures["view"], pictures["curves"])
    assert not np.array_equal(pictures["both"], pictures["view"])
    dialog = ExportDialog(main_window, animated=False, screen_size=QSize(800, 500),
                          parts={key: name for key, (name, _) in parts.items()})
    dialog.part.setCurrentIndex(2)
    assert dialog.choice().part == "curves"
    dialog.deleteLater()
