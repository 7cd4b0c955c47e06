"""Scene files: a JSON envelope (format tag + schema version) around each lab's own state.

A scene restores a lab exactly, so a teacher can hand out "open this and press play". Reading is
all-or-nothing: a file is parsed and validated completely before anything is applied, and every
problem is reported as a :class:`SceneError` whose message names what is wrong.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMAT = "optimizer-explorer-scene"
VERSION = 1
MAX_BYTES = 10_000_000


class SceneError(ValueError):
    """A scene file that cannot be used, with a message fit for the user."""


@dataclass
class Scene:
    """The current lab's name and the state of every lab that saved one."""

    lab: str
    labs: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_json(self) -> str:
        document = {"format": FORMAT, "version": VERSION, "lab": self.lab, "labs": self.labs}
        return json.dumps(document, indent=2, sort_keys=False, allow_nan=False)


def parse_scene(text: str, known_labs: tuple[str, ...] | None = None) -> Scene:
    """Validate the envelope of a scene; each lab validates its own part when applying it."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise SceneError(f"not valid JSON: {error.msg} at line {error.lineno}, "
                         f"column {error.colno}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise SceneError("not an Optimizer Explorer scene (the 'format' field is missing or "
                         "different)")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SceneError(f"the scene's 'version' must be a positive integer, not {version!r}")
    if version > VERSION:
        raise SceneError(f"the scene was written by a newer version of the app (scene version "
                         f"{version}; this app reads up to {VERSION})")
    lab, labs = document.get("lab"), document.get("labs")
    if not isinstance(labs, dict) or not all(isinstance(v, dict) for v in labs.values()):
        raise SceneError("the scene's 'labs' field must map lab names to objects")
    if not isinstance(lab, str) or (known_labs is not None and lab not in known_labs):
        valid = ", ".join(known_labs or ())
        known = f"; known: {valid}" if valid else ""
        raise SceneError(f"unknown lab {lab!r} in the scene{known}")
    return Scene(lab=lab, labs=labs)


def read_scene(path: str | os.PathLike[str], known_labs: tuple[str, ...] | None = None) -> Scene:
    """Read and validate a scene file; any problem becomes a :class:`SceneError`."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SceneError(f"{path.name} is larger than {MAX_BYTES // 1_000_000} MB; "
                             "a scene is a small JSON file")
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise SceneError(f"{path.name} is not a text (UTF-8) file") from None
    except OSError as error:
        raise SceneError(f"cannot read {path}: {error.strerror or error}") from None
    return parse_scene(text, known_labs)


def write_scene(path: str | os.PathLike[str], scene: Scene) -> None:
    """Write atomically: a temporary file renamed into place, so nothing is written half."""
    path = Path(path)
    text = scene.to_json()
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".scene-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def require(mapping: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    """Fetch ``mapping[key]`` checking its type, for labs validating their own state."""
    if key not in mapping:
        raise SceneError(f"{where}: missing '{key}'")
    value = mapping[key]
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds:
        raise SceneError(f"{where}: '{key}' must be {_kind_name(kinds)}, not {value!r}")
    if not isinstance(value, kinds):
        raise SceneError(f"{where}: '{key}' must be {_kind_name(kinds)}, not {value!r}")
    return value


def _kind_name(kinds: tuple[type, ...]) -> str:
    names = {int: "an integer", float: "a number", str: "text", bool: "true or false",
             list: "a list", dict: "an object"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)
