"""Keyboard shortcuts that belong to one lab: active only while focus is inside it.

A description is marked, not translated, where the lab binds its keys::

    (Qt.Key.Key_Space, self.toggle_play, tr_noop("Shortcuts", "learn: play / pause"))

and translated each time Help › Keyboard shortcuts lists it, so the list follows a language
switch without the lab rebinding anything. Key names are Qt's (``QKeySequence``'s native text).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from explorer.ui.i18n import translate

CONTEXT = "Shortcuts"  # the translation context of every shortcut's description

Binding = tuple[Qt.Key | str, Callable[[], object], str]  # key, slot, what it does


def lab_shortcuts(owner: QWidget, keys: Iterable[Binding]) -> list[QShortcut]:
    """One QShortcut per (key, slot, description), scoped to ``owner`` and its children, so the
    same key can mean different things in different labs (and a text field still gets its
    Space). The description (in English, marked with ``tr_noop(CONTEXT, ...)``) goes into the
    shortcut's What's This text, where :func:`describe_shortcuts` (the Help › Keyboard
    shortcuts list) finds it."""
    shortcuts = []
    for key, slot, description in keys:
        shortcut = QShortcut(QKeySequence(key), owner)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setWhatsThis(description)
        shortcut.activated.connect(slot)
        shortcuts.append(shortcut)
    return shortcuts


def describe_shortcuts(owner: QWidget) -> list[tuple[str, str]]:
    """(key as the platform writes it, description in the app's language) of every lab
    shortcut made for ``owner``."""
    return [(shortcut.key().toString(QKeySequence.SequenceFormat.NativeText),
             translate(CONTEXT, shortcut.whatsThis()))
            for shortcut in owner.findChildren(QShortcut) if shortcut.whatsThis()]
