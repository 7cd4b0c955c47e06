"""Writing a figure to a file: PNG (at 1×–4× the pixels), SVG and PDF (vector, the texts stay
text, so a legend's names can be searched and copied), and which suffixes animate."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from explorer.ui.export import atomic_write, check_size, save_png
from explorer.ui.figure import ALL_ON, FigureInfo, FigureOptions, paint_on_device, render_figure

STILL_SUFFIXES = (".png", ".svg", ".pdf")
MOTION_SUFFIXES = (".gif", ".mp4")
SUFFIXES = STILL_SUFFIXES + MOTION_SUFFIXES
MAX_SCALE = 4
SCREEN_DPI = 96  # a figure's size is in screen pixels; a PDF page gets the same inches


def suffix_of(path: str | os.PathLike[str]) -> str:
    """The export format of ``path`` by its suffix, or a clear ValueError."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(QCoreApplication.translate(
            "Export", "cannot export {name}: the file must end in {suffixes}").format(
                name=Path(path).name, suffixes=", ".join(SUFFIXES)))
    return suffix


def check_scale(scale: float) -> None:
    if not 1 <= scale <= MAX_SCALE:
        raise ValueError(QCoreApplication.translate(
            "Export", "scale {scale} is impossible; it must be 1–{most}").format(
                scale=f"{scale:g}", most=MAX_SCALE))


def save_still(path: str | os.PathLike[str], target: QWidget, size: QSize, info: FigureInfo,
               options: FigureOptions = ALL_ON) -> None:
    """Write the figure of ``target`` as PNG, SVG or PDF (by ``path``'s suffix)."""
    suffix = suffix_of(path)
    check_size(size.width(), size.height())
    if suffix == ".png":
        check_scale(options.scale)
        save_png(render_figure(target, size.width(), size.height(), info, options), path)
    elif suffix == ".svg":
        atomic_write(path, lambda tmp: _write_svg(tmp, target, size, info, options))
    elif suffix == ".pdf":
        atomic_write(path, lambda tmp: _write_pdf(tmp, target, size, info, options))
    else:
        raise ValueError(QCoreApplication.translate(
            "Export", "{name} is an animation format: export an animation").format(
                name=Path(path).name))


def _write_svg(tmp: str, target: QWidget, size: QSize, info: FigureInfo,
               options: FigureOptions) -> bool:
    generator = QSvgGenerator()
    generator.setFileName(tmp)
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setResolution(SCREEN_DPI)
    generator.setTitle(info.title)
    generator.setDescription(info.subtitle)
    paint_on_device(generator, size, target, info, options)
    return True


def _write_pdf(tmp: str, target: QWidget, size: QSize, info: FigureInfo,
               options: FigureOptions) -> bool:
    writer = QPdfWriter(tmp)
    writer.setResolution(SCREEN_DPI)
    writer.setTitle(info.title)
    writer.setCreator("Optimizer Explorer")
    points = QSizeF(size.width(), size.height()) * 72.0 / SCREEN_DPI
    writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize.Unit.Point),
                                     QPageLayout.Orientation.Portrait, QMarginsF()))
    paint_on_device(writer, size, target, info, options)
    return True
