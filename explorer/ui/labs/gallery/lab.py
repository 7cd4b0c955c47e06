"""The Gallery lab: the course's reference pages (activations, softmax, vanishing gradients,
losses) made interactive.

Each tab is a :class:`GalleryPage`, built the first time it is shown so the window opens fast;
until then the lab keeps that page's (validated) state, so scenes and settings work the same for
built and unbuilt pages. This class holds the tabs, the scene state of all pages, and the export
target (the page on show).
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from explorer.core.i18n import tr_noop
from explorer.core.scene import problem_at, require
from explorer.ui.figure import FigureInfo
from explorer.ui.i18n import translate
from explorer.ui.labs.base import Lab
from explorer.ui.labs.gallery.activations_page import ActivationsPage
from explorer.ui.labs.gallery.common import GalleryPage, choice
from explorer.ui.labs.gallery.losses_page import LossesPage
from explorer.ui.labs.gallery.softmax_page import SoftmaxPage
from explorer.ui.labs.gallery.vanishing_page import VanishingPage

PAGES: tuple[type[GalleryPage], ...] = (ActivationsPage, SoftmaxPage, VanishingPage, LossesPage)
WHERE = "gallery"


class GalleryLab(Lab):
    name = "gallery"
    title = tr_noop("Lab", "Gallery")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_classes = {cls.key: cls for cls in PAGES}
        self._built: dict[str, GalleryPage] = {}
        self._pending = {key: cls.default_state() for key, cls in self.page_classes.items()}
        self._holders: dict[str, QWidget] = {}
        self.tabs = QTabWidget()
        for key in self.page_classes:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[key] = holder
            self.tabs.addTab(holder, "")
        self.export_png_button = QPushButton()  # the main window connects it
        self.tabs.setCornerWidget(self.export_png_button)
        self.tabs.currentChanged.connect(lambda _: self.page(self.current_key))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.page(self.current_key)
        self.retranslate()

    # --- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """The page tabs' titles and the export button's tooltip, in the current language."""
        for index, cls in enumerate(self.page_classes.values()):
            self.tabs.setTabText(index, cls.tab_title())
        self.export_png_button.setText(self.tr("Picture…"))
        self.export_png_button.setToolTip(self.tr("Export the page on show as a figure: PNG, "
                                                  "SVG or PDF (Ctrl+E)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- pages ----------------------------------------------------------------------------------

    def page(self, key: str) -> GalleryPage:
        """The page called ``key``, built (with its kept state) if it was not yet."""
        if key not in self._built:
            page = self.page_classes[key](self._pending.pop(key))
            self._holders[key].layout().addWidget(page)
            self._built[key] = page
        return self._built[key]

    @property
    def current_key(self) -> str:
        return list(self.page_classes)[self.tabs.currentIndex()]

    @property
    def current_page(self) -> GalleryPage:
        return self.page(self.current_key)

    @property
    def activations(self) -> ActivationsPage:
        return self.page("activations")  # type: ignore[return-value]

    @property
    def softmax(self) -> SoftmaxPage:
        return self.page("softmax")  # type: ignore[return-value]

    @property
    def vanishing(self) -> VanishingPage:
        return self.page("vanishing")  # type: ignore[return-value]

    @property
    def losses(self) -> LossesPage:
        return self.page("losses")  # type: ignore[return-value]

    def select_page(self, key: str) -> None:
        if key not in self.page_classes:
            raise ValueError(f"unknown Gallery page {key!r}; choose one of "
                             f"{', '.join(self.page_classes)}")
        self.tabs.setCurrentIndex(list(self.page_classes).index(key))

    # --- Lab interface --------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        pages = {key: self._built[key].state() if key in self._built else
                 copy.deepcopy(self._pending[key]) for key in self.page_classes}
        return {"page": self.current_key, **pages}

    def apply_state(self, data: dict[str, Any]) -> None:
        """Check every page's part first; only then change anything (all or nothing)."""
        if not isinstance(data, dict):
            raise problem_at(WHERE, tr_noop("Scenes", "the state must be an object"))
        current = choice(data, "page", tuple(self.page_classes), WHERE)
        valid = {key: cls.validate(require(data, key, dict, WHERE))
                 for key, cls in self.page_classes.items()}
        for key, state in valid.items():
            if key in self._built:
                self._built[key].apply(state)
            else:
                self._pending[key] = state
        self.select_page(current)

    def export_target(self) -> QWidget:
        return self.current_page

    def figure_info(self) -> FigureInfo:
        """The page's title (its plots carry their own legends)."""
        return FigureInfo(f"{translate('Lab', self.title)} — {self.current_page.tab_title()}")
