"""Rendering without a person: ``--screenshot`` and the ``export`` command."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from explorer.ui.app import dispose, has_display
from explorer.ui.event_wait import pause

SETTLE_MS = 400


def _window(args: argparse.Namespace):
    """A window with fresh defaults (not the user's saved settings, English unless --lang), so
    renders reproduce."""
    if not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSize

    from explorer.ui.app import apply_launch_options, create_application
    from explorer.ui.main_window import MainWindow

    app = create_application(sys.argv[:1], getattr(args, "lang", None) or "en")
    window = MainWindow(remember=False)
    try:
        apply_launch_options(window, args)
    except BaseException:
        dispose(window)
        raise
    if not args.size:
        window.resize(QSize(1280, 800))
    return app, window


def _settle(app, window) -> None:
    """Show the window and let layouts, plots and timers draw until the lab is ready."""
    from PySide6.QtTest import QTest

    window.show()
    QTest.qWaitForWindowExposed(window, 5000)
    for _ in range(50):
        pause(SETTLE_MS // 10)
        if window.current_lab.is_ready():
            break
    pause(SETTLE_MS)


def run_screenshot(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QSize

    from explorer.core.scene import SceneError
    from explorer.ui.export import parse_size, render_widget

    try:
        app, window = _window(args)
    except (SceneError, ValueError, OSError) as error:
        print(f"Optimizer Explorer: {error}", file=sys.stderr)
        return 2
    _settle(app, window)
    size = parse_size(args.size) if args.size else QSize(1280, 800)
    image = window.grab().toImage()
    if image.size() != size:  # smaller than the window's minimum: paint it scaled
        image = render_widget(window, size.width(), size.height())
    window.shutdown()
    if not image.save(str(args.screenshot), "PNG"):
        print(f"Optimizer Explorer: cannot write {args.screenshot}", file=sys.stderr)
        return 1
    print(f"Saved {args.screenshot} ({image.width()}×{image.height()})")
    dispose(window)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from explorer.core.scene import SceneError
    from explorer.ui.export import parse_size
    from explorer.ui.figure import FigureOptions
    from explorer.ui.figure_files import MOTION_SUFFIXES, check_scale, suffix_of

    out = Path(args.out)
    try:
        suffix = suffix_of(out)
        check_scale(args.scale)
        if not 0 < args.fps <= 60:
            raise ValueError(f"--fps must be more than 0 and at most 60, not {args.fps:g}")
        size = parse_size(args.size) if args.size else None
        options = FigureOptions(legend=not args.no_legend, title=not args.no_title,
                                counter=not args.no_counter, scale=args.scale)
        app, window = _window(argparse.Namespace(**{**vars(args), "size": None}))
    except (SceneError, ValueError, OSError) as error:
        print(f"Optimizer Explorer: {error}", file=sys.stderr)
        return 2
    _settle(app, window)
    try:
        if suffix not in MOTION_SUFFIXES:
            window.exporter.export_picture(out, size, options)
        else:
            export = window.exporter.export_animation(out, size, args.fps, options,
                                                      show_dialog=False)
            if export is None:
                print("Optimizer Explorer: this lab has no animation", file=sys.stderr)
                return 2
            failures: list[str] = []
            export.failed.connect(failures.append)
            while export.running:
                pause(20)
            if failures:
                raise OSError(failures[0])
    except (OSError, ValueError) as error:
        print(f"Optimizer Explorer: {error}", file=sys.stderr)
        return 1
    finally:
        window.shutdown()
        dispose(window)
    print(f"Saved {out}")
    return 0
