"""`explorer i18n`: refresh the translation sources (.ts) from the code and compile them (.qm).

One command keeps both in step: pyside6-lupdate reads every ``.py`` file under ``explorer/``
(``self.tr``, ``QCoreApplication.translate`` and core's ``tr_noop`` marker, recognised through
``-tr-function-alias``) into ``resources/i18n/explorer_<code>.ts``, dropping texts the code no
longer has (``-no-obsolete``); pyside6-lrelease then compiles each .ts into the .qm the app
loads. ``--check`` changes nothing and lists what is out of step (as ``tests/test_i18n.py``
does). No Qt module is imported: the tools are the binaries PySide6 ships.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "explorer"
I18N_FOLDER = ROOT / "resources" / "i18n"
TRANSLATIONS = ("ko",)  # every language but the source one (English) has a .ts and a .qm
# Core's marker (explorer/core/i18n.py) has the signature of QT_TRANSLATE_NOOP(context, text).
MARKER_ALIAS = "QT_TRANSLATE_NOOP+=tr_noop"
Key = tuple[str, str, str]  # context, source text, disambiguation comment


@dataclass(frozen=True)
class Message:
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"


def ts_path(code: str) -> Path:
    return I18N_FOLDER / f"explorer_{code}.ts"


def qm_path(code: str) -> Path:
    return I18N_FOLDER / f"explorer_{code}.qm"


def sources() -> list[Path]:
    """Every Python file of the app, sorted, as paths relative to the project root."""
    return sorted(p.relative_to(ROOT) for p in PACKAGE.rglob("*.py")
                  if "__pycache__" not in p.parts)


def qt_tool(name: str) -> Path:
    """A Qt tool PySide6 ships beside its modules (what the pyside6-<name> scripts run)."""
    import PySide6  # the package only: no Qt library is loaded

    return Path(PySide6.__file__).resolve().parent / (f"{name}.exe" if sys.platform == "win32"
                                                     else name)


def _run(command: list[str | Path]) -> None:
    result = subprocess.run([str(part) for part in command], cwd=ROOT, capture_output=True,
                            text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed:\n{result.stdout}{result.stderr}")


def lupdate(ts: Path, code: str, files: Sequence[Path] | None = None) -> None:
    """Merge the texts of ``files`` (default: the app's) into ``ts`` (created if missing),
    dropping the texts they no longer have."""
    _run([qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "relative",
          "-source-language", "en", "-target-language", code,
          "-tr-function-alias", MARKER_ALIAS, *(sources() if files is None else files),
          "-ts", ts])


def lrelease(ts: Path, qm: Path) -> None:
    _run([qt_tool("lrelease"), "-silent", ts, "-qm", qm])


def read_ts(path: Path) -> dict[Key, Message]:
    """Every message of a .ts file, by (context, source, comment)."""
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            text = "" if translation is None else "".join(translation.itertext()).strip()
            kind = "" if translation is None else translation.get("type", "")
            messages[key] = Message(text, kind)
    return messages


def marked_texts() -> set[Key]:
    """What the code marks for translation now (lupdate into a scratch .ts)."""
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "explorer_xx.ts"
        lupdate(scratch, "ko")
        return set(read_ts(scratch))


def qm_differences(ts: Path, qm: Path) -> list[str]:
    """Messages whose translation the compiled .qm does not give as the .ts has it."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(qm)):
        return [f"{qm.name} cannot be loaded"]
    return [f"{ctx}: {source!r}" for (ctx, source, comment), message in read_ts(ts).items()
            if message.kind == "" and translator.translate(ctx, source, comment or None)
            != message.translation]


def problems(code: str) -> list[str]:
    """Everything that makes the shipped .ts/.qm of ``code`` out of step with the code."""
    ts, qm = ts_path(code), qm_path(code)
    if not ts.exists() or not qm.exists():
        return [f"{ts.name} or {qm.name} is missing"]
    shipped = read_ts(ts)
    found = [f"{message.kind} in {ts.name}: {ctx}: {source!r}"
             for (ctx, source, _), message in shipped.items()
             if message.kind in ("unfinished", "vanished", "obsolete")]
    marked = marked_texts()
    found += [f"not in {ts.name}: {ctx}: {source!r}"
              for ctx, source, _ in sorted(marked - set(shipped))]
    found += [f"in {ts.name} but no longer in the code: {ctx}: {source!r}"
              for ctx, source, _ in sorted(set(shipped) - marked)]
    found += [f"{qm.name} is stale: {item}" for item in qm_differences(ts, qm)]
    return found


def refresh() -> list[str]:
    """lupdate then lrelease for every language; returns the unfinished messages left."""
    unfinished = []
    for code in TRANSLATIONS:
        ts = ts_path(code)
        ts.parent.mkdir(parents=True, exist_ok=True)
        lupdate(ts, code)
        lrelease(ts, qm_path(code))
        unfinished += [f"{ts.name}: {ctx}: {source!r}"
                       for (ctx, source, _), message in read_ts(ts).items()
                       if message.kind == "unfinished"]
    return unfinished


def run_i18n(args: argparse.Namespace) -> int:
    if args.check:
        found = [item for code in TRANSLATIONS for item in problems(code)]
        for item in found:
            print(item)
        print("translations out of step: run `python main.py i18n`, then translate"
              if found else "translations are up to date")
        return 1 if found else 0
    try:
        unfinished = refresh()
    except (OSError, RuntimeError) as error:
        print(f"Optimizer Explorer: {error}", file=sys.stderr)
        return 1
    for item in unfinished:
        print(f"untranslated: {item}")
    names = ", ".join(str(ts_path(code).relative_to(ROOT)) for code in TRANSLATIONS)
    print(f"Updated {names} and the .qm files"
          + (f"; {len(unfinished)} text(s) still to translate (Qt Linguist or any editor)"
             if unfinished else ""))
    return 0
