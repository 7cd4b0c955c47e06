"""A finished figure for slides: the lab's view with a title, a legend and a step counter.

An export used to be a bare grab of the view: no legend (which ball is which optimizer?), no
title (which surface?), no counter, and a non-square size stretched the round markers into
ellipses. Here a figure is laid out on any paint device — a PNG image at any scale, an SVG or a
PDF (where the texts stay text) — as a title band, the view, and a legend beside or below it.
The view is painted at a size with the aspect of its place, with one uniform scale, so markers
stay round; the white margin keeps every label inside the picture.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QRegion,
)
from PySide6.QtWidgets import QGraphicsItem, QWidget

from explorer.ui.export import paint_gl_children, repaint_whole

SHAPES = ("line", "dashed", "ball", "square", "circle", "diamond", "cross")
BACKGROUND = QColor("white")
INK = QColor("#202020")
MUTED = QColor("#505050")


@dataclass(frozen=True)
class LegendEntry:
    """One legend row: a swatch of ``shape`` in ``color``, then ``text``."""

    color: str
    text: str
    shape: str = "line"


@dataclass(frozen=True)
class FigureInfo:
    """What a lab says about the picture it shows: the texts are in the UI's language."""

    title: str = ""
    subtitle: str = ""  # e.g. the formula
    legend: tuple[LegendEntry, ...] = ()
    counter: str = ""  # e.g. "step 40 / 200"; animations only


@dataclass(frozen=True)
class FigureOptions:
    """The export dialog's switches (all on by default) and the pixel scale of a PNG."""

    legend: bool = True
    title: bool = True
    counter: bool = True
    scale: float = 1.0


ALL_ON = FigureOptions()  # legend, title and counter: an export's defaults


@dataclass(frozen=True)
class _Layout:
    title: QRectF
    view: QRectF
    legend: QRectF
    legend_columns: int
    font_px: float


def _layout(size: QSize, info: FigureInfo, options: FigureOptions) -> _Layout:
    """Where the title, the view and the legend go in a ``size`` figure (in logical pixels)."""
    width, height = float(size.width()), float(size.height())
    font_px = max(9.0, min(26.0, min(width, height) / 42.0))
    margin = max(6.0, font_px * 0.8)
    inner = QRectF(margin, margin, width - 2 * margin, height - 2 * margin)
    lines = (1 if options.title and info.title else 0) + (
        1 if options.title and info.subtitle else 0)
    if options.counter and info.counter and not lines:
        lines = 1
    title_h = lines * font_px * 1.45 + (font_px * 0.4 if lines else 0.0)
    title = QRectF(inner.left(), inner.top(), inner.width(), title_h)
    body = QRectF(inner.left(), inner.top() + title_h, inner.width(), inner.height() - title_h)
    entries = info.legend if options.legend else ()
    if not entries:
        return _Layout(title, body, QRectF(), 0, font_px)
    metrics = QFontMetricsF(_font(font_px))
    text_w = max(metrics.horizontalAdvance(e.text) for e in entries)
    row_w = font_px * 2.4 + text_w
    row_h = font_px * 1.5
    side = body.width() >= 1.25 * body.height() and row_w <= body.width() * 0.34
    if side:  # a column on the right
        legend_w = row_w + font_px
        legend = QRectF(body.right() - legend_w, body.top(), legend_w, body.height())
        view = QRectF(body.left(), body.top(), body.width() - legend_w - font_px * 0.5,
                      body.height())
        return _Layout(title, view, legend, 1, font_px)
    columns = max(1, min(len(entries), int(body.width() // max(row_w, 1.0))))
    rows = -(-len(entries) // columns)
    legend_h = rows * row_h + font_px * 0.5
    legend = QRectF(body.left(), body.bottom() - legend_h, body.width(), legend_h)
    view = QRectF(body.left(), body.top(), body.width(), body.height() - legend_h)
    return _Layout(title, view, legend, columns, font_px)


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


def paint_figure(painter: QPainter, size: QSize, target: QWidget, info: FigureInfo,
                 options: FigureOptions = ALL_ON) -> None:
    """Paint the whole figure of logical ``size`` with ``painter`` (already scaled for a
    high-DPI PNG): background, title and counter, the view, the legend."""
    layout = _layout(size, info, options)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), BACKGROUND)
    _paint_title(painter, layout, info, options)
    _paint_view(painter, layout.view, target)
    if layout.legend_columns:
        _paint_legend(painter, layout, info.legend)


def _paint_title(painter: QPainter, layout: _Layout, info: FigureInfo,
                 options: FigureOptions) -> None:
    rect, px = layout.title, layout.font_px
    y = rect.top()
    counter = info.counter if options.counter else ""
    counter_w = QFontMetricsF(_font(px)).horizontalAdvance(counter) + px if counter else 0.0
    if options.title and info.title:
        painter.setFont(_font(px * 1.1, bold=True))
        painter.setPen(INK)
        painter.drawText(QRectF(rect.left(), y, rect.width() - counter_w, px * 1.45),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         _elided(info.title, _font(px * 1.1, bold=True),
                                 rect.width() - counter_w))
    if counter:
        painter.setFont(_font(px))
        painter.setPen(MUTED)
        painter.drawText(QRectF(rect.right() - counter_w, y, counter_w, px * 1.45),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, counter)
    if options.title and info.subtitle:
        y += px * 1.45 if info.title else 0.0
        font = _font(px * 0.95)
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(MUTED)
        painter.drawText(QRectF(rect.left(), y, rect.width(), px * 1.45),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         _elided(info.subtitle, font, rect.width()))


def _elided(text: str, font: QFont, width: float) -> str:
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)


def _paint_view(painter: QPainter, rect: QRectF, target: QWidget) -> None:
    """Paint ``target`` into ``rect`` with one uniform scale: the widget is laid out for the
    moment at a size of ``rect``'s aspect (near its own size, so its fonts read as on screen),
    painted, and put back."""
    if rect.width() < 2 or rect.height() < 2:
        return
    own = target.size()
    scale = max(1.0, min(rect.width() / max(own.width(), 1), rect.height() / max(own.height(), 1)))
    wanted = QSize(max(1, round(rect.width() / scale)), max(1, round(rect.height() / scale)))
    if wanted != own:
        target.resize(wanted)
    laid_out = target.size()  # a minimum size may have won
    scale = min(rect.width() / laid_out.width(), rect.height() / laid_out.height())
    painter.save()
    painter.translate(rect.center() - QPointF(laid_out.width(), laid_out.height()) * scale / 2)
    painter.scale(scale, scale)
    painter.setClipRect(QRectF(0, 0, laid_out.width(), laid_out.height()))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    with _export_mode(target):  # on the figure's white, not the window's grey (no background)
        QWidget.render(target, painter, QPoint(0, 0), QRegion(),  # GraphicsView overrides render
                       QWidget.RenderFlag.DrawChildren)
    paint_gl_children(target, painter)
    painter.restore()
    if target.size() != own:
        target.resize(own)
    repaint_whole(target)


@contextmanager
def _export_mode(target: QWidget) -> Iterator[None]:
    """pyqtgraph's export mode for every plot item in ``target`` while it is painted: markers
    drawn as shapes, not from a pixmap atlas, and axes not from a cached pixmap, so they stay
    sharp and round in a 4× PNG and are vectors in SVG and PDF. (The painter's scale reaches
    the items through Qt's redirection, so their ``resolutionScale`` stays 1.)"""
    views = [view for view in (target, *target.findChildren(pg.GraphicsView))
             if isinstance(view, pg.GraphicsView)]
    items = [item for view in views for item in view.scene().items()]
    exporting = [item for item in items if hasattr(item, "setExportMode")]
    cached = [(item, item.cacheMode()) for item in items
              if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    options = {"antialias": True}
    for item in exporting:
        item.setExportMode(True, options)
    for item, _mode in cached:  # a cached axis is a pixmap: scaled, its labels blur
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item in exporting:
            item.setExportMode(False)
        for item, mode in cached:
            item.setCacheMode(mode)


def _paint_legend(painter: QPainter, layout: _Layout, entries: tuple[LegendEntry, ...]) -> None:
    px, rect = layout.font_px, layout.legend
    columns = layout.legend_columns
    column_w = rect.width() / columns if columns > 1 else rect.width()
    row_h = px * 1.5
    painter.setFont(_font(px))
    for index, entry in enumerate(entries):
        column, row = (index % columns, index // columns) if columns > 1 else (0, index)
        x = rect.left() + column * column_w + px * 0.5
        y = rect.top() + px * 0.25 + row * row_h
        if y + row_h > rect.bottom() + px:
            break
        _paint_swatch(painter, QRectF(x, y + row_h * 0.2, px * 1.6, row_h * 0.6), entry)
        painter.setPen(INK)
        painter.drawText(QRectF(x + px * 2.0, y, column_w - px * 2.5, row_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         _elided(entry.text, _font(px), column_w - px * 2.5))


def _paint_swatch(painter: QPainter, rect: QRectF, entry: LegendEntry) -> None:
    color = QColor(entry.color)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre = rect.center()
    radius = min(rect.width(), rect.height()) / 2
    if entry.shape in ("line", "dashed"):
        pen = QPen(color, max(1.5, rect.height() / 4))
        if entry.shape == "dashed":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(rect.left(), centre.y()), QPointF(rect.right(), centre.y()))
    elif entry.shape == "cross":
        painter.setPen(QPen(color, max(1.5, radius / 3)))
        painter.drawLine(centre + QPointF(-radius, -radius), centre + QPointF(radius, radius))
        painter.drawLine(centre + QPointF(-radius, radius), centre + QPointF(radius, -radius))
    else:
        painter.setPen(QPen(QColor("#202020"), 1.0) if entry.shape != "circle" else
                       QPen(color, max(1.5, radius / 3)))
        painter.setBrush(color if entry.shape != "circle" else Qt.BrushStyle.NoBrush)
        if entry.shape == "square":
            painter.drawRect(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius,
                                    2 * radius))
        elif entry.shape == "diamond":
            path = QPainterPath(centre + QPointF(0, -radius))
            for point in (QPointF(radius, 0), QPointF(0, radius), QPointF(-radius, 0)):
                path.lineTo(centre + point)
            path.closeSubpath()
            painter.drawPath(path)
        else:
            painter.drawEllipse(centre, radius, radius)
    painter.restore()


def render_figure(target: QWidget, width: int, height: int, info: FigureInfo,
                  options: FigureOptions = ALL_ON) -> QImage:
    """The figure as an image of width × height logical pixels times ``options.scale``."""
    scale = max(1.0, float(options.scale))
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_ARGB32)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    paint_figure(painter, QSize(width, height), target, info, options)
    painter.end()
    return image


def paint_on_device(device: QPagedPaintDevice | object, size: QSize, target: QWidget,
                    info: FigureInfo, options: FigureOptions, device_scale: float = 1.0) -> None:
    """Paint the figure on a vector device (SVG generator, PDF writer)."""
    painter = QPainter(device)
    painter.scale(device_scale, device_scale)
    paint_figure(painter, size, target, info, options)
    painter.end()
