"""What the race views mark besides the racers: landmarks, undefined cells, and their legend.

Minima are told apart (a white ★ is global, a grey ★ local: the quartic's lesson is that GD
settles in the wrong one), saddles are ✕ and maxima ▲. Where L has no real value the map shows
a grey hatch, not the colour of the highest loss. A small legend in the view's corner names
each kind of mark shown, and the arrows when they are on.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from explorer.core.i18n import tr_noop
from explorer.core.surfaces import Surface
from explorer.ui.i18n import translate

UNDEFINED_BASE = (214, 214, 214, 255)  # light grey, hatched with darker grey: "no real value"
UNDEFINED_HATCH = (150, 150, 150, 255)
HATCH_PERIOD = 28  # grid cells (of 512) per stripe pair of the hatch
CONTEXT = "MarkLegend"  # the translation context of the legend's entries
UNDEFINED_LABEL = tr_noop("MarkLegend", "undefined (no real value)")
# Landmark marks: (label, symbol, brush, size). Global minima white, local ones grey.
MARKS = {
    tr_noop("MarkLegend", "global minimum"): ("star", "w", 18),
    tr_noop("MarkLegend", "local minimum"): ("star", "#9A9A9A", 13),
    tr_noop("MarkLegend", "saddle point"): ("x", "w", 14),
    tr_noop("MarkLegend", "maximum"): ("t1", "w", 12),
}


def undefined_overlay(z: np.ndarray) -> np.ndarray:
    """RGBA image (rows, cols, 4): a grey hatch where z is NaN, transparent elsewhere."""
    rows, cols = z.shape
    j, i = np.mgrid[0:rows, 0:cols]
    stripe = ((i + j) // (HATCH_PERIOD // 2)) % 2 == 0
    rgba = np.where(stripe[..., None], UNDEFINED_HATCH, UNDEFINED_BASE).astype(np.ubyte)
    rgba[~np.isnan(z)] = 0
    return np.ascontiguousarray(rgba)


def landmark_spots(surface: Surface, position=lambda point: point) -> list[dict]:
    """Scatter spots for the surface's minima (global ones apart), saddles and maxima;
    ``position`` maps a landmark to where it is drawn (the 1-D view adds its height)."""
    groups = [("global minimum", surface.minima[: surface.n_global]),
              ("local minimum", surface.minima[surface.n_global:]),
              ("saddle point", surface.saddles if surface.dim == 2 else ()),
              ("maximum", surface.maxima)]
    spots = []
    for kind, points in groups:
        symbol, brush, size = MARKS[kind]
        spots += [{"pos": position(p), "symbol": symbol, "brush": brush, "size": size,
                   "data": kind} for p in points]
    return spots


class MarkLegend(pg.LegendItem):
    """The corner legend of a view: the landmark kinds present, the undefined hatch, arrows.

    Samples are stand-in items that are never drawn in the plot, so clicking an entry (which
    pyqtgraph uses to hide an item) changes nothing."""

    def __init__(self, plot: pg.PlotItem) -> None:
        super().__init__(offset=(-6, 6), labelTextSize="8pt", brush=(255, 255, 255, 215),
                         pen=pg.mkPen("#888888"), verSpacing=-6)
        self.setParentItem(plot.getViewBox())
        self.setZValue(30)
        self._samples: dict[str, pg.GraphicsObject] = {}
        for kind, (symbol, brush, size) in MARKS.items():
            self._samples[kind] = pg.ScatterPlotItem(symbol=symbol, brush=brush, size=size,
                                                     pen=pg.mkPen("k", width=1.2))
        hatch = QBrush(QColor(*UNDEFINED_HATCH[:3]), Qt.BrushStyle.BDiagPattern)
        self._samples[UNDEFINED_LABEL] = pg.ScatterPlotItem(
            symbol="s", size=14, brush=hatch, pen=pg.mkPen("#777777"))
        self.shown: list[str] = []

    def add_sample(self, label: str, colour: str) -> None:
        """An arrow kind: a line with a head in its colour."""
        self._samples[label] = pg.PlotDataItem([0], [0], pen=pg.mkPen(colour, width=1.6),
                                               symbol="arrow_left", symbolSize=9,
                                               symbolBrush=colour, symbolPen=colour)

    def show_labels(self, labels: list[str]) -> None:
        """Show exactly these entries (English keys, shown translated), in this order (rebuilt
        only when they change)."""
        if labels == self.shown:
            return
        self.clear()
        for label in labels:
            self.addItem(self._samples[label], translate(CONTEXT, label))
        self.shown = list(labels)
        self.setVisible(bool(labels))

    def retranslate(self) -> None:
        """The same entries again, in the current language (pyqtgraph gets no LanguageChange)."""
        labels, self.shown = self.shown, []
        self.show_labels(labels)
