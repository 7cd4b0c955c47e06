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
"""

from __future__ import annotations

__all__ = ["LANGUAGES", "SOURCE_LANGUAGE", "tr_noop"]

# The languages the app speaks, by code, each named in itself (as a language menu shows them).
LANGUAGES: dict[str, str] = {"en": "English", "ko": "한국어"}
SOURCE_LANGUAGE = "en"  # the language the code is written in: it needs no translation file


def tr_noop(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context``; returns ``text`` unchanged."""
    return text
