"""The Landscape tab's plots as tabs: "Slice" (the heatmap, or the line for an initial → final
landscape) and "3-D" (the mesh, whose OpenGL view is made only when the tab is first shown), with
the switches and the export buttons in the tab bar's corner.

Apart from :class:`~explorer.ui.labs.training.landscape_view.LandscapeView`, which runs the jobs
and says what happens, so that what is drawn where is in one place: a finished landscape, the
partial grids of one being computed, and the path switched on or off.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.core.nn.landscape import Landscape, LandscapePartial
from explorer.ui.labs.training.landscape_plots import LinePlot, Mesh3D, SliceMap
from explorer.ui.labs.training.landscape_texts import axis_labels, landscape_title


class LandscapeTabs(QTabWidget):
    """The slice map and the line on one stacked page, and the 3-D mesh on the second tab;
    ``show_row`` (what the plots show) sits in the corner beside "PNG…" and "Save grid"."""

    def __init__(self, show_row: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map = SliceMap()
        self.line = LinePlot()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.map)
        self.stack.addWidget(self.line)
        self.view3d_holder = QWidget()
        QVBoxLayout(self.view3d_holder).setContentsMargins(0, 0, 0, 0)
        self.addTab(self.stack, "")
        self.addTab(self.view3d_holder, "3-D")
        self.png_button = QPushButton("PNG…")
        self.npz_button = QPushButton()
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 2)
        corner_layout.addWidget(show_row)
        corner_layout.addWidget(self.png_button)
        corner_layout.addWidget(self.npz_button)
        self.setCornerWidget(corner)
        self.view3d: Mesh3D | None = None
        self.partials_drawn = 0
        self._drawn_axes: tuple[int, int] | None = None
        # what draw() showed last, for the 3-D view made later
        self._shown: tuple[Landscape | None, bool, bool] = (None, False, True)
        self.currentChanged.connect(self._on_tab)

    def show_page(self, page: QWidget) -> None:
        """The map or the line on the Slice tab; a line has no 3-D view."""
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
        self.setTabEnabled(1, page is self.map)

    def draw(self, land: Landscape | None, log_scale: bool, show_path: bool) -> None:
        """Draw ``land`` (or nothing) on every view that exists."""
        self._shown = (land, log_scale, show_path)
        self.partials_drawn, self._drawn_axes = 0, None
        self.map.show_path = show_path
        if land is None:
            self.map.clear_landscape()
            self.map.image.clear()
            self.map.values = None
            return
        if land.b is None:
            self.show_page(self.line)
            self.line.show_line(land.a, land.loss, land.accuracy, landscape_title(land))
            self.line.show_endpoints(land)
        else:
            self.show_page(self.map)
            self.map.set_axes(land.a, land.b, *axis_labels(land), landscape_title(land))
            self.map.show_landscape(land, log_scale)
            if self.view3d is not None:
                self.view3d.show_landscape(land, log_scale, show_path)

    def draw_partial(self, partial: LandscapePartial, log_scale: bool, split: str,
                     title: str) -> None:
        """The rows (or points of the line) computed so far, under a "computing" ``title``."""
        self.partials_drawn += 1
        if partial.b is None:
            self.show_page(self.line)
            self.line.clear_endpoints()
            self.line.show_line(partial.a, partial.loss, partial.accuracy, title)
            return
        self.show_page(self.map)
        if self.partials_drawn == 1 or self._drawn_axes != (len(partial.a), len(partial.b)):
            self.map.clear_landscape()
            self.map.set_axes(partial.a, partial.b, "a", "b", title)
            self._drawn_axes = (len(partial.a), len(partial.b))
        self.map.show_grid(partial.loss, log_scale, split, rows=partial.done // len(partial.a))

    def set_path_shown(self, shown: bool) -> None:
        """Only the path changes: no contours to trace again, no 3-D mesh to rebuild."""
        land, log_scale, _ = self._shown
        self._shown = (land, log_scale, shown)
        self.map.show_path = shown
        if land is None or land.b is None:
            return
        self.map.draw_path(land)
        if self.view3d is not None:
            self.view3d.set_path_shown(shown)

    def export_target(self) -> QWidget:
        """The plot on screen (for the window's PNG export)."""
        if self.currentIndex() == 1 and self.view3d is not None:
            return self.view3d.widget
        return self.stack.currentWidget()

    def _on_tab(self, index: int) -> None:
        if index == 1 and self.view3d is None:
            self.view3d = Mesh3D()
            self.view3d_holder.layout().addWidget(self.view3d.widget)
            land, log_scale, show_path = self._shown
            if land is not None and land.b is not None:
                self.view3d.show_landscape(land, log_scale, show_path)
