"""Keyboard shortcuts that belong to one lab: active only while focus is inside it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def lab_shortcuts(owner: QWidget, keys: Iterable[tuple[Qt.Key | str, Callable[[], object]]]
                  ) -> list[QShortcut]:
    """One QShortcut per (key, slot), scoped to ``owner`` and its children, so the same key
    can mean different things in different labs (and a text field still gets its Space)."""
    shortcuts = []
    for key, slot in keys:
        shortcut = QShortcut(QKeySequence(key), owner)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        shortcuts.append(shortcut)
    return shortcuts
