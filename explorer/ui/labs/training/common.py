"""Shared pieces of the Training Lab's views: colours, colour maps, a fixed plot, iso-lines.

Colours are Okabe–Ito (``explorer.core.optim.race_setup.PALETTE``) and every class also has its own
marker shape, so classes stay apart for every colour vision; continuous values use cividis.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGraphicsItem

from explorer.core.data import DataError, bundled, csv_table, datasets
from explorer.core.data.datasets import GATE_DESCRIPTION, GATE_DESCRIPTION_HIDDEN, GATE_TITLE
from explorer.core.nn.history import metric_text, ordered_keys
from explorer.core.nn.snapshot import TrainingSnapshot
from explorer.core.optim import PALETTE
from explorer.core.perceptron import GATES
from explorer.ui.i18n import translate
from explorer.ui.widgets.axes import plain_numbers
from explorer.ui.widgets.colours import tint

# Class k: colour and shape (up to the 5 classes a user can draw; more classes cycle colours).
CLASS_COLOURS = (PALETTE[0], PALETTE[1], PALETTE[2], PALETTE[3], PALETTE[4])
CLASS_SYMBOLS = ("o", "s", "t", "d", "star")
TRAIN_COLOUR = PALETTE[1]  # blue: training curves
VAL_COLOUR = PALETTE[4]  # vermillion: validation curves
TITLE_SIZE = "10pt"
ERROR_STYLE = "color: #B00020;"
NOTE_STYLE = "color: #555555;"
SEQUENTIAL = pg.colormap.get("cividis")  # colour-blind safe, monotone in lightness


def dataset_title(name: str, title: str) -> str:
    """A data set's title in the current language (a CSV file's stays as it is)."""
    if name in GATES:
        return translate("Datasets", GATE_TITLE).format(gate=GATES[name].title)
    return translate("Datasets", title)


def dataset_description(name: str, description: str) -> str:
    """A listed data set's description in the current language."""
    if name in GATES:
        g = GATES[name]
        template = GATE_DESCRIPTION if g.linearly_separable else GATE_DESCRIPTION_HIDDEN
        return translate("Datasets", template).format(gate=g.title)
    return translate("Datasets", description)


def translate_marked(context: str, text: str, templates: Iterable[str]) -> str:
    """``text`` in the current language if it is one of core's marked ``templates`` filled
    with values (the values are kept as they are); otherwise ``text`` unchanged."""
    for template in templates:
        match = re.fullmatch(_pattern(template), text, re.DOTALL)
        if match:
            return translate(context, template).format(**match.groupdict())
    return text


def _pattern(template: str) -> str:
    """A template as a regular expression, each {name} a group (a repeated name must repeat)."""
    seen: set[str] = set()

    def group(match: re.Match) -> str:
        name = match.group(1)
        if name in seen:
            return f"(?P={name})"
        seen.add(name)
        return f"(?P<{name}>.*?)"

    return re.sub(r"\\\{(\w+)\\\}", group, re.escape(template))


def data_error_text(error: Exception) -> str:
    """Why data cannot be used (a DataError, or a model that does not fit it), in the current
    language: its location and its message, each by its marked template."""
    templates = (*csv_table.MESSAGES, *datasets.MESSAGES, *bundled.MESSAGES)
    if not isinstance(error, DataError):
        return translate_marked("DataErrors", str(error), templates)
    where = []
    if error.row is not None:
        where.append(translate("DataErrors", csv_table.ROW_BYTE).format(
            row=error.row, offset=error.offset) if error.offset is not None else
            translate("DataErrors", csv_table.ROW).format(row=error.row))
    elif error.offset is not None:
        where.append(translate("DataErrors", csv_table.BYTE).format(offset=error.offset))
    if error.column is not None:
        column = error.column
        where.append(translate("DataErrors", csv_table.COLUMN).format(
            column=repr(column) if isinstance(column, str) else column))
    detail = translate_marked("DataErrors", error.detail, templates)
    return f"{', '.join(where)}: {detail}" if where else detail


def class_colour(k: int) -> str:
    return CLASS_COLOURS[int(k) % len(CLASS_COLOURS)]


def class_symbol(k: int) -> str:
    return CLASS_SYMBOLS[int(k) % len(CLASS_SYMBOLS)]


BINARY_LUT = pg.ColorMap([0.0, 0.5, 1.0], [tint(CLASS_COLOURS[0], 0.6), (255, 255, 255),
                                           tint(CLASS_COLOURS[1], 0.6)]).getLookupTable(nPts=256)
SEQUENTIAL_LUT = SEQUENTIAL.getLookupTable(nPts=256)
PLACED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
"""Each image item's last (rectangle, shape), so :func:`set_image` places it only on change."""


def pen(colour: str, alpha: int = 255, style: Qt.PenStyle = Qt.PenStyle.SolidLine,
        width: float = 1) -> pg.QtGui.QPen:
    """A cosmetic pen (1 px unless told otherwise)."""
    c = pg.mkColor(colour)
    c.setAlpha(alpha)
    p = pg.mkPen(c, width=width, style=style)
    p.setCosmetic(True)
    return p


def fixed_plot(plot: pg.PlotItem) -> pg.PlotItem:
    """No mouse zoom, no context menu, no auto-range button: the lab sets the ranges. Axes
    show plain numbers (no "×0.001" prefix a learner might miss)."""
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plain_numbers(plot)
    return plot


def compact(box: QComboBox, characters: int = 8) -> QComboBox:
    """A combo box that fits the 330-pixel column whatever its longest entry."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(characters)
    return box


def float_image(values: np.ndarray) -> NDArray[np.float32]:
    """float32, C-contiguous, NaN-free (the ImageItem rule)."""
    image = np.ascontiguousarray(values, dtype=np.float32)
    if not np.isfinite(image).all():
        image = np.nan_to_num(image, nan=0.0, posinf=0.0, neginf=0.0)
    return image


def levels_of(values: np.ndarray, symmetric: bool = False) -> tuple[float, float]:
    """Explicit levels: (min, max), or (−m, m) around zero; never an empty range."""
    finite = values[np.isfinite(values)] if values.size else values
    if finite.size == 0:
        return (0.0, 1.0)
    if symmetric:
        m = float(np.abs(finite).max())
        return (-m, m) if m > 0 else (-1.0, 1.0)
    lo, hi = float(finite.min()), float(finite.max())
    if hi - lo < 1e-9:
        return (lo - 0.5, hi + 0.5)
    return lo, hi


def set_image(item: pg.ImageItem, values: np.ndarray, levels: tuple[float, float],
              rect: tuple[float, float, float, float] | None = None, **options) -> None:
    """``setImage`` with float32 data and explicit levels, then place it on ``rect`` (x, y, w, h)
    (ImageItem scales by the image's size, so the rectangle is set after the data, and again
    only when the rectangle or the shape changes)."""
    image = float_image(values)
    previous = item.image.shape if item.image is not None else None
    item.setImage(image, levels=levels, autoLevels=False, **options)
    key = (rect, image.shape[:2])
    if rect is not None and (PLACED.get(item) != key or previous is None):
        item.setRect(*rect)
        PLACED[item] = key


def cache_item(item: QGraphicsItem) -> None:
    """Let Qt keep an item that changes only with the data (e.g. a scatter of the points) as a
    pixmap, like the axes (``explorer.ui.widgets.axes.cache_axes``)."""
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)



def _score(key: str, value: float) -> str:
    if key == "accuracy":
        return translate("TrainingScores", "accuracy {percent} %").format(
            percent=f"{100 * value:.1f}")
    return f"{key} {metric_text(value)}"


def _split(name: str, values: dict[str, float]) -> str:
    return f"<b>{name}</b> " + ", ".join(_score(k, v) for k, v in values.items())


def scores_html(s: TrainingSnapshot) -> str:
    """The latest loss and metrics of each split: training and validation from the last
    completed epoch (Keras's history), test from the snapshot's pass over the test split
    ("" before the first epoch), in the current language."""
    history = s.history
    epochs = len(history.get("loss", ()))
    if not epochs:
        return ""
    keys = [k for k in ordered_keys(history) if not k.startswith("val_") and len(history[k])]
    training = translate("TrainingScores", "training")
    splits = [_split(training, {k: float(history[k][-1]) for k in keys})]
    validation = {k: float(history[f"val_{k}"][-1]) for k in keys
                  if len(history.get(f"val_{k}", ()))}
    if validation:
        splits.append(_split(translate("TrainingScores", "validation"), validation))
    if s.test_loss is not None:
        test = {"loss": s.test_loss}
        if s.test_accuracy is not None:
            test["accuracy"] = s.test_accuracy
        if s.confusion_epoch != epochs:
            name = translate("TrainingScores", "test (after epoch {epoch})").format(
                epoch=s.confusion_epoch)
        else:
            name = translate("TrainingScores", "test")
        splits.append(_split(name, test))
    if s.state == "finished":
        done = translate("TrainingScores", "Finished, {epochs} epochs")
    else:
        done = translate("TrainingScores", "After epoch {epochs}")
    return translate("TrainingScores", "{done}: {splits}").format(
        done=done.format(epochs=f"{epochs:,}"), splits=" · ".join(splits))
