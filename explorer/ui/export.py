"""Pictures and animations of what the user sees: PNG at a chosen size, animated GIF and MP4
(H.264, through the ffmpeg that imageio-ffmpeg's wheel ships)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from explorer.core.files import replace_atomically

MIN_SIDE, MAX_SIDE = 16, 8000
# Messages an export dialog may show are translated under the context "Export" (the command
# line runs in English unless --lang says otherwise).


def parse_size(text: str) -> QSize:
    """``"1280x800"`` → QSize; a clear ValueError for anything else or an impossible size."""
    parts = text.lower().replace("×", "x").split("x")
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        raise ValueError(f"size must look like 1280x800, not {text!r}")
    width, height = (int(p) for p in parts)
    check_size(width, height)
    return QSize(width, height)


def check_size(width: int, height: int) -> None:
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise ValueError(QCoreApplication.translate(
            "Export", "image size {width}×{height} is impossible; each side must be "
            "{low}–{high} pixels").format(width=width, height=height, low=MIN_SIDE,
                                          high=MAX_SIDE))


def render_widget(widget: QWidget, width: int | None = None, height: int | None = None) -> QImage:
    """Paint ``widget`` (and its children) into an image of exactly width × height pixels.

    Plots are repainted through a scaled painter rather than resampled, so lines and text stay
    sharp at slide resolution. OpenGL children are grabbed from their frame buffer.
    """
    width = width or widget.width()
    height = height or widget.height()
    check_size(width, height)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.scale(width / max(widget.width(), 1), height / max(widget.height(), 1))
    QWidget.render(widget, painter, QPoint(0, 0))  # GraphicsView overrides render()
    paint_gl_children(widget, painter)
    painter.end()
    repaint_whole(widget)
    return image


def repaint_whole(widget: QWidget) -> None:
    """Schedule a full repaint of ``widget`` on screen, viewports included.

    Painting a graphics view into an image at another scale leaves the view's record of where
    each item was drawn in the image's coordinates; its next partial repaints then miss the
    items' old places on screen, and the live view kept ghost marks after a GIF export. A whole
    repaint (a scroll area's viewport is not repainted with its frame) puts the record right.
    """
    widget.update()
    areas = widget.findChildren(QAbstractScrollArea)
    if isinstance(widget, QAbstractScrollArea):
        areas.append(widget)
    for area in areas:
        area.viewport().update()


def paint_gl_children(widget: QWidget, painter: QPainter) -> None:
    """Paint the frame buffers of the OpenGL views in ``widget``: ``QOpenGLWidget``s, and
    containers of an OpenGL window that name it as ``gl_window`` (the Optimizer Lab's 3-D
    view)."""
    from PySide6.QtOpenGLWidgets import QOpenGLWidget

    for child in widget.findChildren(QWidget):
        source = child if isinstance(child, QOpenGLWidget) else getattr(child, "gl_window", None)
        if source is not None and child.isVisible():
            frame = source.grabFramebuffer()
            origin = child.mapTo(widget, QPoint(0, 0))
            painter.drawImage(origin, frame.scaled(child.size()))


def save_png(image: QImage, path: str | os.PathLike[str]) -> None:
    """Save atomically, so a failed export never leaves half a file."""
    atomic_write(path, lambda tmp: image.save(tmp, "PNG"))


def image_to_array(image: QImage) -> np.ndarray:
    """RGB uint8 array (h, w, 3) of a QImage."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    stride = rgb.bytesPerLine()
    data = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=stride * rgb.height())
    return data.reshape(rgb.height(), stride)[:, : rgb.width() * 3].reshape(
        rgb.height(), rgb.width(), 3).copy()


def save_gif(frames: Iterable[np.ndarray], path: str | os.PathLike[str], fps: float = 15) -> int:
    """Write RGB frames as a looping animated GIF; returns the number of frames written."""
    from PIL import Image

    images = [Image.fromarray(frame).convert("P", palette=Image.Palette.ADAPTIVE, colors=255)
              for frame in frames]
    if not images:
        raise ValueError(QCoreApplication.translate("Export", "no frames to write"))
    duration = max(20, round(1000 / fps))

    def write(tmp: str) -> bool:
        images[0].save(tmp, format="GIF", save_all=True, append_images=images[1:],
                       duration=duration, loop=0, optimize=False, disposal=1)
        return True

    atomic_write(path, write)
    return len(images)


def save_mp4(frames: Iterable[np.ndarray], path: str | os.PathLike[str], fps: float = 15) -> int:
    """Write RGB frames as an H.264 MP4 (yuv420p, which every player reads: odd sides are
    padded by one white pixel); returns the number of frames written."""
    import imageio_ffmpeg

    frames = iter(frames)
    first = next(frames, None)
    if first is None:
        raise ValueError(QCoreApplication.translate("Export", "no frames to write"))
    height, width = first.shape[:2]
    even = (height + height % 2, width + width % 2)

    def padded(frame: np.ndarray) -> np.ndarray:
        if frame.shape[:2] == even:
            return np.ascontiguousarray(frame)
        canvas = np.full((*even, 3), 255, dtype=np.uint8)
        canvas[:height, :width] = frame
        return canvas

    def write(tmp: str) -> bool:
        writer = imageio_ffmpeg.write_frames(tmp, (even[1], even[0]), fps=fps, codec="libx264",
                                             pix_fmt_in="rgb24", pix_fmt_out="yuv420p",
                                             macro_block_size=1, quality=8,
                                             output_params=["-movflags", "+faststart"])
        writer.send(None)  # start ffmpeg
        count = 0
        for frame in (first, *frames):
            writer.send(padded(frame))
            count += 1
        writer.close()
        counts.append(count)
        return True

    counts: list[int] = []
    atomic_write(path, write)
    return counts[0]


def atomic_write(path: str | os.PathLike[str], writer) -> None:
    """Write through ``writer(temporary_path)`` and rename into place: a failed export never
    leaves half a file."""
    path = Path(path)
    if not path.parent.exists():
        raise ValueError(QCoreApplication.translate("Export", "folder {folder} does not exist")
                         .format(folder=path.parent))

    def write(temporary: str) -> None:
        if writer(temporary) is False:
            raise OSError(QCoreApplication.translate("Export", "could not write {name}")
                          .format(name=path.name))

    replace_atomically(path, write, prefix=".export-")
