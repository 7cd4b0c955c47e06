"""Only a focused spin box or combo box takes the mouse wheel.

Scrolling a control column with the wheel used to change whichever number box passed under the
pointer (a learning rate, a seed) and stop the scrolling. Installed on the application, this
filter gives those boxes Qt.StrongFocus (no focus by wheel) and hands the wheel of an unfocused
one to the scroll area around it, so the column scrolls; click or tab into a box to wheel its
value. (The filter forwards the event itself: Qt passes an ignored wheel on to the parents only
for events from the window system, and the behaviour should not depend on where one came from.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

GUARDED = (QAbstractSpinBox, QComboBox)


class WheelGuard(QObject):
    """The application-wide event filter (see the module's docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, GUARDED):
            if not watched.hasFocus():
                _scroll_instead(watched, event)  # type: ignore[arg-type]
                return True
        elif kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            _strong_focus(watched)
        return False


def _strong_focus(widget: QWidget) -> None:
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _scroll_instead(widget: QWidget, event: QWheelEvent) -> None:
    """Give the wheel to the nearest scroll area around ``widget`` (none: it goes nowhere)."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    event.accept()
    if area is None:
        return
    viewport = area.viewport()
    forwarded = QWheelEvent(viewport.mapFromGlobal(event.globalPosition()),
                            event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                            event.buttons(), event.modifiers(), event.phase(), event.inverted())
    QApplication.sendEvent(viewport, forwarded)


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard once per application (again is harmless); returns it."""
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
    return guard
