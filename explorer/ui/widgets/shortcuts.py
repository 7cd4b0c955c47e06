"""Keyboard shortcuts that belong to one lab: active only while focus is inside it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Binding = tuple[Qt.Key | str, Callable[[], object], str]  # key, slot, what it does


def lab_shortcuts(owner: QWidget, keys: Iterable[Binding]) -> list[QShortcut]:
    """One QShortcut per (key, slot, description), scoped to ``owner`` and its children, so the
    same key can mean different things in different labs (and a text field still gets its
    Space). The description goes into the shortcut's What's This text, where
    :func:`describe_shortcuts` (the Help › Keyboard shortcuts list) finds it."""
    shortcuts = []
    for key, slot, description in keys:
        shortcut = QShortcut(QKeySequence(key), owner)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setWhatsThis(description)
        shortcut.activated.connect(slot)
        shortcuts.append(shortcut)
    return shortcuts


def describe_shortcuts(owner: QWidget) -> list[tuple[str, str]]:
    """(key as the platform writes it, description) of every lab shortcut made for ``owner``."""
    return [(shortcut.key().toString(QKeySequence.SequenceFormat.NativeText),
             shortcut.whatsThis())
            for shortcut in owner.findChildren(QShortcut) if shortcut.whatsThis()]
