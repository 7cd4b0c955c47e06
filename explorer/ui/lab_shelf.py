"""The window's labs, each built the first time it is needed.

Start-up builds only the lab on screen, so the window appears fast however many labs there are.
A lab that has not been built yet keeps the state it was given (from settings) and hands it back
unchanged when the window saves, so nothing is lost by never opening a tab.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from explorer.core.scene import SceneError
from explorer.ui.labs.base import Lab

log = logging.getLogger("explorer")


class LabShelf(Mapping[str, Lab]):
    """``shelf["optimizer"]`` builds the lab on first access; iteration lists every lab name."""

    def __init__(self, tabs: QTabWidget, factories: Mapping[str, type[Lab]],
                 on_built: Callable[[Lab], None]) -> None:
        self._tabs = tabs
        self._factories = dict(factories)
        self._names = list(self._factories)
        self._built: dict[str, Lab] = {}
        self._pending: dict[str, dict[str, Any]] = {}
        self._on_built = on_built
        for factory in self._factories.values():
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            tabs.addTab(page, factory.title)
        tabs.currentChanged.connect(self._on_current_changed)

    def __getitem__(self, name: str) -> Lab:
        if name not in self._factories:
            raise KeyError(name)
        if name not in self._built:
            self._build(name)
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    @property
    def built(self) -> dict[str, Lab]:
        return dict(self._built)

    def name_at(self, index: int) -> str:
        return self._names[index]

    def index_of(self, name: str) -> int:
        return self._names.index(name)

    def state(self, name: str) -> dict[str, Any] | None:
        """The lab's state, or the state it was given if it has not been built yet."""
        if name in self._built:
            return self._built[name].state()
        return self._pending.get(name)

    def remember(self, name: str, data: dict[str, Any]) -> None:
        """Give a lab its saved settings: applied now if built, else when first shown."""
        if name in self._built:
            self._apply_saved(self._built[name], data)
        elif name in self._factories:
            self._pending[name] = data

    def _build(self, name: str) -> None:
        lab = self._factories[name]()
        self._built[name] = lab
        self._tabs.widget(self.index_of(name)).layout().addWidget(lab)
        pending = self._pending.pop(name, None)
        if pending is not None:
            self._apply_saved(lab, pending)
        self._on_built(lab)

    @staticmethod
    def _apply_saved(lab: Lab, data: dict[str, Any]) -> None:
        try:
            lab.apply_state(data)
        except (SceneError, ValueError, TypeError) as error:
            log.warning("Ignoring saved settings of the %s lab: %s", lab.name, error)

    def _on_current_changed(self, index: int) -> None:
        if 0 <= index < len(self._names):
            self[self._names[index]]
