"""What the main window expects of a lab: a name, state for scenes, export hooks, a clean stop."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from explorer.core.i18n import tr_noop
from explorer.ui.figure import ALL_ON, FigureInfo, FigureOptions
from explorer.ui.i18n import translate


class Lab(QWidget):
    """Base of every lab page. Subclasses set ``name`` and ``title`` and override the hooks."""

    name = "lab"
    title = "Lab"
    # shown (translated) in the status bar while the lab is on screen
    hint = tr_noop("Lab", "F1: keyboard shortcuts")

    def state(self) -> dict[str, Any]:
        """Everything needed to restore this lab exactly (goes into scene files and settings)."""
        raise NotImplementedError

    def apply_state(self, data: dict[str, Any]) -> None:
        """Restore from :meth:`state` output. Validate fully first; raise SceneError on bad data
        and leave the lab untouched."""
        raise NotImplementedError

    def export_target(self) -> QWidget:
        """The widget that "Export PNG" paints: by default the whole lab."""
        return self

    def export_parts(self) -> dict[str, tuple[str, QWidget]]:
        """Parts a picture may show alone, by key: (name in the current language, widget); the
        first is the whole (``export_target``). Empty: only the whole."""
        return {}

    def figure_info(self) -> FigureInfo:
        """The title, legend and counter an exported figure of :meth:`export_target` shows, in
        the current language: by default the lab's name."""
        return FigureInfo(title=translate("Lab", self.title))

    def animation_frames(self, width: int, height: int,
                         options: FigureOptions = ALL_ON) -> Iterator[QImage] | None:
        """Frames of an animated export, each a finished figure (drawn in the GUI thread); None
        if the lab has no animation."""
        return None

    def is_ready(self) -> bool:
        """True once everything is drawn (for --screenshot)."""
        return True

    def shutdown(self) -> None:
        """Stop timers and join worker threads; called before the window closes."""
