"""Scene files: a JSON envelope (format tag + schema version) around each lab's own state.

A scene restores a lab exactly, so a teacher can hand out "open this and press play". Reading is
all-or-nothing: a file is parsed and validated completely before anything is applied, and every
problem is reported as a :class:`SceneError` whose message names what is wrong; its template is
marked in context "Scenes", so the GUI shows it in the user's language. Most problems sit
somewhere in a lab's state: :func:`problem_at` says where (a scene path such as "perceptron" or
"optimizer.racers[2]", kept as it is) and what, as "{where}: {problem}".
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from explorer.core.files import write_text_atomically
from explorer.core.i18n import MarkedError, MarkedText, tr_noop

FORMAT = "optimizer-explorer-scene"
VERSION = 1
MAX_BYTES = 10_000_000


Where = str | MarkedText  # where in a scene a problem is: a path, or a marked text around one
AT = tr_noop("Scenes", "{where}: {problem}")
KIND_NAMES = {int: tr_noop("Scenes", "an integer"), float: tr_noop("Scenes", "a number"),
              str: tr_noop("Scenes", "text"), bool: tr_noop("Scenes", "true or false"),
              list: tr_noop("Scenes", "a list"), dict: tr_noop("Scenes", "an object")}
NULL = "null"  # JSON's name, the same in every language
# Problems every lab's state can have (the lab's validation says where).
MUST_BE_OBJECT = tr_noop("Scenes", "must be an object")
UNKNOWN_FIELD = tr_noop("Scenes", "unknown field {name}")
ONE_OF = tr_noop("Scenes", "'{key}' must be one of {choices}, not {value}")
INTEGER_IN = tr_noop("Scenes", "'{key}' must be an integer {low}–{high}, not {value}")


class SceneError(MarkedError):
    """A scene file that cannot be used, with a message fit for the user (a ValueError)."""

    context = "Scenes"

    @property
    def where(self) -> Where | None:
        """Where in the scene the problem is, if it was made by :func:`problem_at`."""
        return self.values["where"] if self.template == AT else None


def problem_at(where: Where, template: str, **values: Any) -> SceneError:
    """The error "{where}: {problem}", the problem being ``template`` (marked in "Scenes")
    filled with ``values``: the location and the problem are translated apart."""
    return SceneError(AT, where=where, problem=MarkedText("Scenes", template, **values))


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
        raise SceneError(tr_noop("Scenes", "not valid JSON: {reason} at line {line}, "
                                           "column {column}"),
                         reason=error.msg, line=error.lineno, column=error.colno) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise SceneError(tr_noop("Scenes", "not an Optimizer Explorer scene (the 'format' "
                                           "field is missing or different)"))
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SceneError(tr_noop("Scenes", "the scene's 'version' must be a positive integer, "
                                           "not {value}"), value=repr(version))
    if version > VERSION:
        raise SceneError(tr_noop("Scenes", "the scene was written by a newer version of the app "
                                           "(scene version {version}; this app reads up to "
                                           "{newest})"), version=version, newest=VERSION)
    lab, labs = document.get("lab"), document.get("labs")
    if not isinstance(labs, dict) or not all(isinstance(v, dict) for v in labs.values()):
        raise SceneError(tr_noop("Scenes", "the scene's 'labs' field must map lab names to "
                                           "objects"))
    if not isinstance(lab, str) or (known_labs is not None and lab not in known_labs):
        if known_labs:
            raise SceneError(tr_noop("Scenes", "unknown lab {lab} in the scene; known: {known}"),
                             lab=repr(lab), known=", ".join(known_labs))
        raise SceneError(tr_noop("Scenes", "unknown lab {lab} in the scene"), lab=repr(lab))
    return Scene(lab=lab, labs=labs)


def read_scene(path: str | os.PathLike[str], known_labs: tuple[str, ...] | None = None) -> Scene:
    """Read and validate a scene file; any problem becomes a :class:`SceneError`."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SceneError(tr_noop("Scenes", "{file} is larger than {most} MB; a scene is a "
                                               "small JSON file"),
                             file=path.name, most=MAX_BYTES // 1_000_000)
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise SceneError(tr_noop("Scenes", "{file} is not a text (UTF-8) file"),
                         file=path.name) from None
    except OSError as error:
        raise SceneError(tr_noop("Scenes", "cannot read {path}: {reason}"), path=path,
                         reason=error.strerror or error) from None
    return parse_scene(text, known_labs)


def write_scene(path: str | os.PathLike[str], scene: Scene) -> None:
    """Write atomically: a temporary file renamed into place, so nothing is written half."""
    write_text_atomically(path, scene.to_json(), prefix=".scene-")


def require(mapping: dict[str, Any], key: str, kind: type | tuple[type, ...], where: Where) -> Any:
    """Fetch ``mapping[key]`` checking its type, for labs validating their own state."""
    if key not in mapping:
        raise problem_at(where, tr_noop("Scenes", "missing '{key}'"), key=key)
    value = mapping[key]
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if (isinstance(value, bool) and bool not in kinds) or not isinstance(value, kinds):
        raise problem_at(where, tr_noop("Scenes", "'{key}' must be {kinds}, not {value}"),
                         key=key, kinds=_kind_name(kinds), value=repr(value))
    return value


def _kind_name(kinds: tuple[type, ...]) -> MarkedText | str:
    """What a JSON value of these Python types is called ("an integer or a number"), marked."""
    first, *others = (MarkedText("Scenes", KIND_NAMES[k]) if k in KIND_NAMES
                      else NULL if k is type(None) else k.__name__ for k in kinds)
    for other in others:
        first = MarkedText("Scenes", tr_noop("Scenes", "{first} or {second}"), first=first,
                           second=other)
    return first
