"""Writing a file so that nothing is ever written half: into a temporary file beside it, then
renamed into place (a rename within a folder is atomic). Scenes, exported pictures and
generated programs all go through here."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def replace_atomically(path: str | os.PathLike[str], write: Callable[[str], object],
                       prefix: str = ".tmp-") -> None:
    """Call ``write(temporary_path)`` (the temporary keeps ``path``'s suffix, which some
    writers read the format from), then rename it to ``path``; on any error the temporary
    goes and ``path`` is untouched."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=path.suffix)
    os.close(handle)
    try:
        write(temporary)
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)


def write_text_atomically(path: str | os.PathLike[str], text: str,
                          prefix: str = ".tmp-") -> None:
    """``text`` (UTF-8) to ``path``, all or nothing."""
    replace_atomically(path, lambda temporary: Path(temporary).write_text(text, "utf-8"),
                       prefix)
