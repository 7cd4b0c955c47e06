"""The bundled Korean font: Hangul renders as letters, not boxes, even where no Korean font is
installed (a bare Linux), and looks the same on every machine.

``resources/fonts/`` holds Explorer Sans KR, a subset of Noto Sans CJK KR (README.md there says
how it was made). :func:`install_fonts` registers it and appends it to the application font's
families, after the platform's own default: Latin keeps the system look, and Hangul (or a
symbol the default family lacks) falls back to the bundled font before any system font. Every
font copied from the application font inherits the list: widgets, rich text, pyqtgraph's axis
labels, titles, legends and text items (none of which names a family), and so the PNG and GIF
exports painted from them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

log = logging.getLogger("explorer")

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
KOREAN_FAMILY = "Explorer Sans KR"
FONT_FILES = ("ExplorerSansKR-Regular.otf", "ExplorerSansKR-Bold.otf")  # a real bold, not smeared


def install_fonts(app: QApplication) -> None:
    """Register the bundled Korean font and make it the application font's fallback.

    Safe to call again (``create_application`` may run more than once in a process).
    """
    if not register_fonts():
        return
    font = app.font()
    if KOREAN_FAMILY in font.families():
        return
    # The family the platform actually resolved ("Sans Serif" is only a fontconfig alias, which
    # a families list skips over: the bundled font would then draw the Latin text too).
    default = QFontInfo(font).family()
    font.setFamilies([default, KOREAN_FAMILY])
    app.setFont(font)


def register_fonts() -> bool:
    """Add the bundled font files to Qt's font database, once; False if none could be loaded.

    A missing or broken file is logged, not raised: the app still runs, with the system's
    Korean font if it has one.
    """
    if QFontDatabase.hasFamily(KOREAN_FAMILY):
        return True
    loaded = False
    for name in FONT_FILES:
        path = FONT_DIR / name
        if QFontDatabase.addApplicationFont(str(path)) == -1:
            log.warning("Could not load the bundled font %s; Korean text may show as boxes.", path)
        else:
            loaded = True
    return loaded
