"""The Perceptron Lab's widgets and their layout: the control panel (scrolling) on the left; the
transport above the two pages, the perceptron's and the 2-2-1 network's, on the right.

Only construction: the lab connects the signals and owns the behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QPushButton,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from explorer.ui.labs.perceptron.hidden import HiddenLayerPage
from explorer.ui.labs.perceptron.page import PerceptronPage
from explorer.ui.labs.perceptron.panel import ControlPanel, SampleTransport, transport
from explorer.ui.widgets.panels import PANEL_WIDTH, export_buttons, lab_columns


@dataclass
class PerceptronWidgets:
    """Everything the lab talks to after construction."""

    panel: ControlPanel
    playback: SampleTransport
    step_epoch_button: QPushButton
    to_end_button: QPushButton
    export_png_button: QPushButton
    export_gif_button: QPushButton
    page: PerceptronPage
    hidden_page: HiddenLayerPage
    view_tabs: QTabWidget


def build_layout(lab: QWidget) -> PerceptronWidgets:
    """Make the lab's widgets and lay them out in ``lab``; the tab texts are the lab's."""
    panel = ControlPanel()
    scroll = QScrollArea()
    scroll.setWidget(panel)
    scroll.setWidgetResizable(True)
    scroll.setFixedWidth(PANEL_WIDTH)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    playback, step_epoch_button, to_end_button = transport()

    exports, export_png_button, export_gif_button = export_buttons("")

    page = PerceptronPage()
    hidden_page = HiddenLayerPage()
    view_tabs = QTabWidget()
    view_tabs.addTab(page, "")
    view_tabs.addTab(hidden_page, "")
    view_tabs.setCornerWidget(exports)

    lab_columns(lab, scroll, playback, view_tabs)
    return PerceptronWidgets(panel, playback, step_epoch_button, to_end_button,
                             export_png_button, export_gif_button, page, hidden_page, view_tabs)
