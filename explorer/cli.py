"""Command line: ``gui`` (default), ``trace``, ``export``, ``train``, ``bench``, ``test`` and
``i18n``.

Nothing heavy is imported at module level: ``trace`` needs only numpy, and the window appears
without TensorFlow ever being imported.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

COMMANDS = ("gui", "trace", "basins", "sweep", "export", "train", "code", "bench", "test",
            "i18n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="explorer", description="Optimizer Explorer: watch deep learning happen.")
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="open the window (the default)")
    _add_window_options(gui)
    gui.add_argument("--screenshot", metavar="PNG",
                     help="render the window once everything is drawn, save it and exit "
                          "(renders offscreen when there is no display)")

    trace = sub.add_parser("trace", help="print an optimizer's trajectory on a surface")
    trace.add_argument("--surface", default="quartic")
    trace.add_argument("--formula", help="custom surface f(x, y) (with --surface custom)")
    trace.add_argument("--optimizer", default="adam")
    trace.add_argument("--lr", type=float, help="learning rate (default: Keras's)")
    trace.add_argument("--start", help="start point, e.g. -8 or 1.5,-0.5 (default: surface's)")
    trace.add_argument("--steps", type=int, default=100)
    trace.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                       help="another hyper-parameter or optimizer option, e.g. epsilon=1e-10, "
                            "weight_decay=0.01, clipnorm=1, use_ema=true (repeatable)")
    trace.add_argument("--schedule", metavar="NAME",
                       help="learning-rate schedule, the Keras class in snake case, e.g. "
                            "exponential_decay, cosine_decay; its initial rate is --lr")
    trace.add_argument("--schedule-set", action="append", default=[], metavar="NAME=VALUE",
                       help="a schedule parameter, e.g. decay_steps=50 (repeatable)")
    trace.add_argument("--noise", type=float, default=0.0, help="SGD gradient noise σ")
    trace.add_argument("--batch-size", type=int, default=4, help="SGD minibatch (regression)")
    trace.add_argument("--seed", type=int, default=0)
    trace.add_argument("--format", choices=("text", "json", "csv"), default="text")

    from explorer.experiments_cli import add_parsers

    add_parsers(sub)  # basins, sweep
    from explorer.code_cli import add_parser as add_code_parser

    add_code_parser(sub)

    export = sub.add_parser("export", help="render a lab as a figure or an animation, headless")
    _add_window_options(export)
    export.add_argument("--out", required=True,
                        help="output file: .png, .svg, .pdf (a figure), .gif or .mp4 (animation)")
    export.add_argument("--scale", type=float, default=1.0, help="PNG pixel scale, 1 to 4")
    export.add_argument("--fps", type=float, default=15, help="frames per second (.gif, .mp4)")
    export.add_argument("--no-legend", action="store_true", help="leave the legend out")
    export.add_argument("--no-title", action="store_true", help="leave the title out")
    export.add_argument("--no-counter", action="store_true",
                        help="leave the step or epoch counter out")

    train = sub.add_parser("train", help="train a course preset with Keras, headless")
    train.add_argument("--preset", required=True, help="e.g. xor_relu, boston, digits")
    train.add_argument("--epochs", type=int, help="epochs (default: the preset's)")
    train.add_argument("--seed", type=int, help="seed (default: the preset's)")
    train.add_argument("--format", choices=("text", "json"), default="text")
    train.add_argument("--compare", metavar="NAMES",
                       help="race optimizers from the same start, e.g. sgd,momentum,rmsprop,adam "
                            "(a learning rate after a colon: adam:0.01)")
    train.add_argument("--goal", metavar="KEY=VALUE",
                       help="with --compare: the epoch each first reaches it, e.g. accuracy=0.9")

    bench = sub.add_parser("bench", help="measure speed (frame time, grid, engine)")
    bench.add_argument("--json", action="store_true", help="print the figures as JSON")
    bench.add_argument("--soak", action="store_true", help="long use does not decay (~5 min)")

    test = sub.add_parser("test", help="run the whole test suite")
    test.add_argument("pytest_args", nargs="*", help="passed to pytest (e.g. -k quartic)")

    i18n = sub.add_parser("i18n", help="refresh the translations (resources/i18n/*.ts) from "
                                       "the code and compile them (*.qm)")
    i18n.add_argument("--check", action="store_true",
                      help="change nothing; exit 1 if the .ts/.qm are out of step with the code")
    return parser


def _add_window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lab", default=None,
                        help="lab to show: optimizer, perceptron, training, gallery")
    parser.add_argument("--scene", metavar="JSON", help="open this scene file at launch")
    parser.add_argument("--size", default=None, metavar="WxH", help="window/image size, 1280x800")
    parser.add_argument("--lang", type=_language, default=None, metavar="CODE",
                        help="language of the window: en (English) or ko (Korean); default: the "
                             "one chosen in View > Language, else the system's (a screenshot "
                             "or export: English)")


def _language(code: str) -> str:
    """--lang's check: the codes the app has translations for (core names them, without Qt)."""
    from explorer.core.i18n import LANGUAGES

    if code not in LANGUAGES:
        choices = " or ".join(LANGUAGES)  # codes only: a console may not print Hangul
        raise argparse.ArgumentTypeError(f"unknown language {code!r}: choose {choices}")
    return code


def main(argv: Sequence[str] | None = None) -> int:
    from explorer.core.nn import import_guard

    import_guard.install()  # TensorFlow, when it loads, must not break the 3-D view's OpenGL
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        argv = ["gui", *argv]
    if argv[0] == "test":  # everything after "test" goes to pytest untouched
        from explorer.testing import run_tests

        return run_tests(argv[1:])
    args = build_parser().parse_args(argv)
    if args.command == "trace":
        from explorer.trace import run_trace

        return run_trace(args)
    if args.command in ("basins", "sweep"):
        from explorer.experiments_cli import run_experiment

        return run_experiment(args)
    if args.command == "train":
        from explorer.train_cli import run_train

        return run_train(args)
    if args.command == "code":
        from explorer.code_cli import run_code

        return run_code(args)
    if args.command == "bench" and args.soak:  # long use, minutes not seconds: its own module
        from explorer.soak import run_soak

        return run_soak(json_output=args.json)
    if args.command == "bench":
        from explorer.bench import run_bench

        return run_bench(json_output=args.json)
    if args.command == "i18n":
        from explorer.i18n_tools import run_i18n

        return run_i18n(args)
    if args.command == "export":
        from explorer.ui.headless import run_export

        return run_export(args)
    return run_gui(args)


def run_gui(args: argparse.Namespace) -> int:
    from explorer.ui.app import has_display

    if not has_display():
        if not args.screenshot:
            print("Optimizer Explorer needs a display: run it in a desktop session (or under "
                  "xvfb-run), or use --screenshot FILE to render offscreen.", file=sys.stderr)
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if args.screenshot:
        from explorer.ui.headless import run_screenshot

        return run_screenshot(args)
    from explorer.ui.app import (
        ErrorReporter,
        apply_launch_options,
        create_application,
        dispose,
        settings,
    )
    from explorer.ui.i18n import startup_language
    from explorer.ui.main_window import MainWindow

    app = create_application(sys.argv[:1], startup_language(args.lang, settings()))
    window = MainWindow()
    reporter = ErrorReporter(window)
    reporter.install()
    try:
        apply_launch_options(window, args)
    except (ValueError, OSError) as error:
        print(f"Optimizer Explorer: {error}", file=sys.stderr)
        dispose(window)
        return 2
    window.show()
    code = app.exec()
    reporter.uninstall()
    dispose(window)
    return code
