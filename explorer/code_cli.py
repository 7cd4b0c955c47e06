"""``explorer code``: the program behind a scene, headless — a runnable TensorFlow/Keras script
(``--format py``) or a Jupyter notebook (``--format ipynb``) that reproduces the lab's numbers.

Each lab's part of the scene is validated by the lab's own (Qt-free) settings code before any
program is written, so a bad scene is refused with the same message the window would show.
Data files the program reads (a CSV beside it) go next to ``--out``, or into the current folder
when the program is printed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from explorer.core.files import write_text_atomically
from explorer.core.i18n import LANGUAGES
from explorer.ui.labs.code import LABS, lab_script

if TYPE_CHECKING:
    from explorer.core.codegen import Script


def add_parser(sub: Any) -> None:
    """Register ``code`` on the CLI's subparsers."""
    code = sub.add_parser("code", help="write the TensorFlow/Keras program behind a scene")
    code.add_argument("--scene", required=True, help="a scene file (.json) saved by the app")
    code.add_argument("--format", choices=("py", "ipynb"), default="py")
    code.add_argument("--out", help="output file (default: print to stdout)")
    code.add_argument("--lang", choices=LANGUAGES, default="en",
                      help="language of the explanations (en or ko)")
    code.add_argument("--lab", choices=LABS, help="which lab of the scene (default: its own)")


def _fail(message: object) -> int:
    print(f"explorer code: {message}", file=sys.stderr)
    return 2


def scene_script(path: str, lab: str | None = None, language: str = "en",
                 data_file: str = "data.csv") -> Script:
    """The program for ``lab`` (default: the scene's own lab) of the scene file at ``path``;
    SceneError/CodegenError/ValueError with a message for the user when it cannot be made."""
    from explorer.core.codegen import CodegenError
    from explorer.core.scene import read_scene

    scene = read_scene(path)
    name = lab or scene.lab
    if name not in LABS:
        raise CodegenError(f"the {name} lab has no code to export; choose --lab "
                           f"{' or '.join(LABS)}")
    state = scene.labs.get(name)
    if not isinstance(state, dict):
        raise CodegenError(f"the scene holds no state of the {name} lab")
    return lab_script(name, state, Path(path).name, language, data_file)


def run_code(args: argparse.Namespace) -> int:
    """Exit 0 with the program written (or printed), 2 for a scene that cannot be used."""
    from explorer.core.codegen import CodegenError
    from explorer.core.data import DataError
    from explorer.core.scene import SceneError

    out = Path(args.out) if args.out else None
    if out is not None and not out.parent.is_dir():
        return _fail(f"{out.parent}: no such folder")
    folder = out.parent if out is not None else Path.cwd()
    stem = out.stem if out is not None else Path(args.scene).stem
    try:
        script = scene_script(args.scene, args.lab, args.lang, f"{stem}_data.csv")
        text = script.notebook_json() if args.format == "ipynb" else script.python()
    except (SceneError, CodegenError, DataError, ValueError) as error:
        return _fail(error)
    for name, content in script.files.items():
        write_text_atomically(folder / name, content, prefix=".code-")
        if out is None:
            print(f"explorer code: wrote {folder / name} (the program reads it)", file=sys.stderr)
    if out is None:
        sys.stdout.write(text)
    else:
        write_text_atomically(out, text, prefix=".code-")
    return 0
