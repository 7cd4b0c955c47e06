"""Marking texts that core builds for display, without importing Qt (DESIGN rule 10).

Core never translates: it only *marks* a text, so that ``python main.py i18n`` (which runs
pyside6-lupdate with ``-tr-function-alias QT_TRANSLATE_NOOP+=tr_noop``) copies it into
``resources/i18n/explorer_<lang>.ts``, and returns it unchanged, in English. The UI translates
it when it shows it::

    # core
    from explorer.core.i18n import tr_noop
    title = tr_noop("Surfaces", "Rosenbrock valley")

    # ui, at display time (so a language switch shows the other language at the next redraw)
    from explorer.ui.i18n import translate
    label.setText(translate("Surfaces", surface.title))

Rules lupdate imposes (it reads the source, it does not run it):

- call the marker by its own name, ``tr_noop(...)`` (or ``i18n.tr_noop(...)``); an alias such
  as ``from ... import tr_noop as _`` is not recognised;
- both arguments are string literals (adjacent literals are joined); never an f-string or a
  variable;
- a text with values is marked as a template, ``tr_noop("Race", "converged at step {step}")``,
  and the UI formats it after translating: ``translate("Race", text).format(step=step)``; core
  that builds such a text for display keeps the template and the values apart;
- the context names the family of texts (usually the class or module that shows them) and
  must be the one the UI passes to ``translate``.

Keras names, formulas, units, keys and numbers are not marked: they read the same in every
language.

An error the GUI shows is a :class:`MarkedError`: its template and values stay apart (``str()``
is the English message, for logs and the CLI) and ``explorer.ui.i18n.error_text`` shows it in
the app's language. A value that is itself a :class:`MarkedText` or a MarkedError (a kind name,
a nested problem) is translated apart; any other value (a file name, a scene path, a repr, a
number) is shown as it is::

    class SceneError(MarkedError):
        context = "Scenes"

    raise SceneError(tr_noop("Scenes", "unknown lab {lab} in the scene"), lab=repr(lab))
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = ["LANGUAGES", "SOURCE_LANGUAGE", "MarkedError", "MarkedText", "fill", "tr_noop"]

# The languages the app speaks, by code, each named in itself (as a language menu shows them).
LANGUAGES: dict[str, str] = {"en": "English", "ko": "한국어"}
SOURCE_LANGUAGE = "en"  # the language the code is written in: it needs no translation file


def tr_noop(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context``; returns ``text`` unchanged."""
    return text


def fill(template: str, values: dict[str, Any]) -> str:
    """``template`` with its ``{named}`` values filled in; a text without values is taken as it
    is, so an unmarked message (an f-string's result, which may hold braces) passes through."""
    return template.format(**values) if values else template


class MarkedText:
    """A marked template and its values, kept apart so the UI can translate the template;
    ``str()`` fills it in English."""

    def __init__(self, context: str, template: str, **values: Any) -> None:
        self.context, self.template, self.values = context, template, values

    def __str__(self) -> str:
        return fill(self.template, self.values)

    def __repr__(self) -> str:
        return f"MarkedText({self.context!r}, {str(self)!r})"


class MarkedError(ValueError):
    """An error whose message is a template marked in the class's ``context``, filled with
    ``values``; ``str()`` is the English message. Each family of errors is a subclass naming
    its context."""

    context: ClassVar[str] = ""

    def __init__(self, template: str, /, **values: Any) -> None:
        super().__init__(fill(template, values))
        self.template, self.values = template, values
