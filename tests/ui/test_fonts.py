"""The bundled Korean font (issue 14): Hangul is drawn as letters, not boxes ("tofu"), in
widgets, pyqtgraph items and exports, by the bundled font even where the system has a Korean
font of its own, while Latin text keeps the platform's default family."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontInfo,
    QImage,
    QPainter,
    QRawFont,
    QTextDocument,
    QTextLayout,
)
from PySide6.QtWidgets import QApplication, QLabel

from explorer.ui.export import image_to_array, render_widget
from explorer.ui.fonts import FONT_DIR, FONT_FILES, KOREAN_FAMILY, install_fonts

WORD = "경사하강법"  # gradient descent
MISSING = "\U0010fffd"  # a private-use code point no font draws: what a box (tofu) looks like
# The course's symbols that the bundled font carries (the default family draws them first).
SYMBOLS = "αβγδεηθλμσΣΔ−·×≤≥∇∂∑√∞≈→←↑↓²³★✓◆■●"


@pytest.fixture
def app(qapp) -> QApplication:
    from explorer.ui.app import create_application

    return create_application()


def layout_families(layout: QTextLayout) -> set[str]:
    """The families of the fonts that actually draw a laid-out text (after fallback)."""
    return {run.rawFont().familyName()
            for i in range(layout.lineCount()) for run in layout.lineAt(i).glyphRuns()}


def text_families(font: QFont, text: str) -> set[str]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return layout_families(layout)


def document_families(document: QTextDocument) -> set[str]:
    """The drawing families of a rich-text item (pyqtgraph's labels are QGraphicsTextItems)."""
    document.size()  # lays the document out
    families: set[str] = set()
    block = document.firstBlock()
    while block.isValid():
        families |= layout_families(block.layout())
        block = block.next()
    return families


def glyph(font: QFont, char: str) -> np.ndarray:
    """One character drawn on a fixed baseline (so fonts of other heights line up)."""
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawText(QPointF(8, 48), char)
    painter.end()
    return image_to_array(image)


def sized(font: QFont, pixels: int = 40) -> QFont:
    font = QFont(font)
    font.setPixelSize(pixels)
    return font


def assert_distinct_and_not_tofu(images: list[np.ndarray], missing: np.ndarray) -> None:
    for char, image in zip(WORD, images, strict=True):
        assert image.min() < 128, f"{char} drew nothing"
        tofu = np.array_equal(image, missing)
        assert not tofu, f"{char} drew the missing-glyph box"
    for a, b in combinations(range(len(images)), 2):
        same = np.array_equal(images[a], images[b])
        assert not same, f"{WORD[a]} and {WORD[b]} look the same"


# (1) the bundled font loads and is registered


def test_bundled_font_files_load_with_every_hangul_syllable_and_are_registered(app):
    sizes = 0
    for name, style in zip(FONT_FILES, ("Regular", "Bold"), strict=True):
        path = FONT_DIR / name
        sizes += path.stat().st_size
        raw = QRawFont(str(path), 16)
        assert raw.isValid(), path
        assert (raw.familyName(), raw.styleName()) == (KOREAN_FAMILY, style)
        hangul = [*range(0xAC00, 0xD7A4), *range(0x1100, 0x1113), *range(0x3131, 0x318F)]
        assert not [hex(c) for c in hangul if not raw.supportsCharacter(c)]
        assert not [c for c in SYMBOLS + "AZaz09()[]{}+=%" if not raw.supportsCharacter(ord(c))]
    assert sizes <= 5_000_000  # the repository stays small
    assert "SIL OPEN FONT LICENSE" in (FONT_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert QFontDatabase.hasFamily(KOREAN_FAMILY)
    assert {"Regular", "Bold"} <= set(QFontDatabase.styles(KOREAN_FAMILY))


# (2) Hangul is drawn, by the bundled font


def test_hangul_is_drawn_as_distinct_glyphs_by_the_bundled_font(app):
    font = sized(app.font())
    images = [glyph(font, char) for char in WORD]
    assert_distinct_and_not_tofu(images, glyph(font, MISSING))
    # The bundled font draws them, not a system Korean font (this machine may have one):
    assert text_families(app.font(), WORD) == {KOREAN_FAMILY}
    explicit = QFont(KOREAN_FAMILY)
    explicit.setPixelSize(40)
    for char, image in zip(WORD, images, strict=True):
        np.testing.assert_array_equal(image, glyph(explicit, char))
    bold = QFont(app.font())
    bold.setBold(True)
    layout = QTextLayout(WORD, bold)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    raws = [run.rawFont() for run in layout.lineAt(0).glyphRuns()]
    assert [(raw.familyName(), raw.styleName()) for raw in raws] == [(KOREAN_FAMILY, "Bold")]


def test_plot_labels_text_items_legends_and_exports_draw_hangul(app, qtbot):
    label = QLabel()
    plot = pg.PlotWidget()
    for widget in (label, plot):
        qtbot.addWidget(widget)
    label.resize(200, 60)
    plot.resize(320, 220)
    item = plot.getPlotItem()
    legend = item.addLegend()
    item.plot([0.0, 1.0], [0.0, 1.0], name="손실")
    text = pg.TextItem()
    item.addItem(text)
    text.setPos(0.2, 0.6)

    def show(chars: str) -> tuple[np.ndarray, np.ndarray]:
        label.setText(chars * 3)
        item.setTitle(chars * 2)
        item.setLabel("bottom", chars * 3)
        text.setText(chars * 2)
        return (image_to_array(render_widget(label)), image_to_array(render_widget(plot)))

    labels, plots = zip(*(show(char) for char in WORD), strict=True)
    missing_label, missing_plot = show(MISSING)
    assert_distinct_and_not_tofu(list(labels), missing_label)
    assert_distinct_and_not_tofu(list(plots), missing_plot)

    show(WORD)
    default = app.font().families()[0]
    documents = {"axis label": item.getAxis("bottom").label.document(),
                 "title": item.titleLabel.item.document(),
                 "text item": text.textItem.document(),
                 "legend": legend.items[0][1].item.document()}
    for name, document in documents.items():  # the axis label ends in a space (for units)
        families = document_families(document)
        assert KOREAN_FAMILY in families, name
        assert families <= {KOREAN_FAMILY, default}, f"{name} drawn by {families}"
    assert KOREAN_FAMILY in label.font().families()


# (3) Latin keeps the platform's family


def test_latin_text_keeps_the_platform_default_family_first(app):
    default = QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)).family()
    assert app.font().families() == [default, KOREAN_FAMILY]
    assert text_families(app.font(), "Loss 0.25 (epoch 3)") == {default}
    assert text_families(app.font(), "학습률 0.01") == {KOREAN_FAMILY, default}
    install_fonts(app)  # again: nothing changes, nothing is added twice
    assert app.font().families() == [default, KOREAN_FAMILY]
