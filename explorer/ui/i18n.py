"""The app's language: which one at start, installing it, and translating core's marked texts.

Qt translates every ``self.tr(...)`` through the translators installed on the application.
:func:`install_language` swaps ours (``resources/i18n/explorer_<code>.qm``, and Qt's own
``qtbase_<code>.qm`` for standard buttons such as OK and Cancel), and every widget receives a
``QEvent.LanguageChange`` before it returns: a widget that sets its texts in a ``retranslate()``
method and calls it from ``changeEvent`` switches at once (see ``MainWindow``). A text made
once and never reset keeps the language it was made in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from explorer.core.i18n import LANGUAGES, SOURCE_LANGUAGE, MarkedError, MarkedText, fill

__all__ = ["I18N_FOLDER", "LANGUAGES", "LANGUAGE_KEY", "current_language", "error_text",
           "install_language", "language_name", "locale_for", "marked_text", "qm_path",
           "saved_language", "startup_language", "system_language", "translate"]

I18N_FOLDER = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGE_KEY = "ui/language"  # in the app's QSettings: the language chosen in View › Language

_installed: list[QTranslator] = []  # kept referenced: Qt does not own installed translators
_current = SOURCE_LANGUAGE


def language_name(code: str) -> str:
    """The language's name in itself, or a ValueError naming the choices."""
    if code not in LANGUAGES:
        choices = ", ".join(f"{key} ({name})" for key, name in LANGUAGES.items())
        raise ValueError(f"unknown language {code!r}; choose one of {choices}")
    return LANGUAGES[code]


def qm_path(code: str) -> Path:
    return I18N_FOLDER / f"explorer_{code}.qm"


def locale_for(code: str) -> QLocale:
    """The locale numbers are written and read in: both keep a decimal point (1,234.5), so a
    learning rate typed as 0.001 means the same in every language."""
    if code == "ko":
        return QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def system_language(locale: QLocale | None = None) -> str:
    """The language a first start uses: Korean on a Korean system, else English."""
    locale = locale or QLocale.system()
    return "ko" if locale.language() == QLocale.Language.Korean else "en"


def saved_language(store: QSettings) -> str | None:
    """The language chosen in the menu in an earlier session (None if none or unknown)."""
    value = store.value(LANGUAGE_KEY)
    return str(value) if value in LANGUAGES else None


def startup_language(requested: str | None, store: QSettings | None) -> str:
    """``--lang`` if given, else the remembered choice (``store`` None: remember nothing, as
    for a screenshot), else the system's language."""
    if requested is not None:
        language_name(requested)
        return requested
    if store is not None:
        return saved_language(store) or system_language()
    return SOURCE_LANGUAGE


def install_language(app: QCoreApplication, code: str) -> None:
    """Make ``code`` the app's language: replaces the translators installed before (Qt then
    sends every widget a LanguageChange) and sets the default locale."""
    language_name(code)
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if not ours.load(str(qm_path(code))):
            raise OSError(f"cannot load the translation {qm_path(code)}")
        qt_own = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for translator, loaded in ((qt_own, qt_own.load(f"qtbase_{code}", folder)),
                                   (ours, True)):  # installed last, so looked up first
            if loaded:
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(locale_for(code))
    _current = code
    # Qt posts the windows their LanguageChange; delivered now, the switch is complete on return.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def current_language() -> str:
    """The language last installed (English until :func:`install_language` is called)."""
    return _current


def translate(context: str, text: str) -> str:
    """A text core marked with ``tr_noop(context, text)``, in the app's language."""
    return QCoreApplication.translate(context, text)


def marked_text(text: MarkedText | MarkedError) -> str:
    """A template core marked and filled, in the app's language: the template is translated
    in its context, and so is each value that is itself marked (the others stay as they are)."""
    values = {key: marked_text(value) if isinstance(value, MarkedText | MarkedError) else value
              for key, value in text.values.items()}
    return fill(translate(text.context, text.template), values)


def error_text(error: BaseException) -> str:
    """What the GUI says about an error: a core :class:`MarkedError` in the app's language,
    any other error its own message."""
    return marked_text(error) if isinstance(error, MarkedError) else str(error)


def formula(text: str) -> str:
    """A formula as the UI shows it: symbols stay, its few words ("if", "else", "for") speak the
    current language (core marks such formulas in context "Formulas")."""
    return translate("Formulas", text)
