"""A one-line message under a view's buttons that says itself again in a new language.

Kept apart from the views so that how a message is remembered (the function that makes it, or
core's plain progress text) and told apart (a status that gives way, a note, an error) is
written once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from explorer.ui.labs.training.common import ERROR_STYLE, NOTE_STYLE

Text = Callable[[], str] | str  # a function making the text now, or a plain (core's) text


class MessageLine(QLabel):
    """The last message; ``plain`` translates a plain text (core's progress messages)."""

    def __init__(self, plain: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._plain = plain
        self.said: tuple[Text, str] = ("", NOTE_STYLE)  # the text and its style
        self.is_status = True  # a status says what is possible now, until a message is shown

    def status(self, text: Text) -> None:
        """What is possible now (replaced as things change, until a message is shown)."""
        self.say(text, NOTE_STYLE, True)

    def note(self, text: Text) -> None:
        """A message; ``text`` may be a function making it in the current language."""
        self.say(text, NOTE_STYLE, False)

    def error(self, text: Text) -> None:
        self.say(text, ERROR_STYLE, False)

    def say(self, text: Text, style: str, status: bool) -> None:
        self.said = (text, style)
        self.setStyleSheet(style)
        self.setText(text() if callable(text) else self._plain(text))
        self.is_status = status

    def say_again(self) -> None:
        """The last message again, in the current language."""
        self.say(*self.said, self.is_status)
