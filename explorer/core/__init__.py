"""The model of the world: numpy only. Never imports PySide6, pyqtgraph or tensorflow."""
