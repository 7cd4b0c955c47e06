"""The shipped translations are in step with the code: every marked text is in the .ts, none is
unfinished or obsolete, the .qm gives what the .ts says, and lupdate sees core's marker.

Deterministic in a fresh clone: nothing compares file times; the .qm is loaded and asked.
"""

from __future__ import annotations

import re

import pytest

from explorer import i18n_tools
from explorer.cli import main
from explorer.core.i18n import LANGUAGES, SOURCE_LANGUAGE, tr_noop

TRANSLATED = i18n_tools.TRANSLATIONS


def test_every_language_but_the_source_one_ships_a_translation():
    assert set(TRANSLATED) == set(LANGUAGES) - {SOURCE_LANGUAGE}
    for code in TRANSLATED:
        assert i18n_tools.ts_path(code).is_file() and i18n_tools.qm_path(code).is_file()


def test_the_core_marker_returns_the_text_and_lupdate_extracts_it(tmp_path):
    assert tr_noop("Race", "converged at step {step}") == "converged at step {step}"
    source = tmp_path / "marked.py"
    source.write_text(
        "from explorer.core import i18n\n"
        "from explorer.core.i18n import tr_noop\n"
        "TITLE = tr_noop('Surfaces', 'Rosenbrock valley')\n"
        "NOTE = i18n.tr_noop('Race', 'converged at step {step}')\n"
        "SPLIT = tr_noop(\n    'Race',\n    'a long text '\n    'in two literals',\n)\n",
        encoding="utf-8")
    ts = tmp_path / "explorer_ko.ts"
    i18n_tools.lupdate(ts, "ko", [source])
    assert set(i18n_tools.read_ts(ts)) == {("Surfaces", "Rosenbrock valley", ""),
                                           ("Race", "converged at step {step}", ""),
                                           ("Race", "a long text in two literals", "")}


@pytest.mark.parametrize("code", TRANSLATED)
def test_ts_has_no_unfinished_or_obsolete_entries(code):
    messages = i18n_tools.read_ts(i18n_tools.ts_path(code))
    left = [f"{kind or 'empty'}: {ctx}: {source!r}"
            for (ctx, source, _), message in messages.items()
            if (kind := message.kind) in ("unfinished", "vanished", "obsolete")
            or not message.translation]
    assert left == [], "translate these (then run `python main.py i18n`)"


@pytest.mark.parametrize("code", TRANSLATED)
def test_ts_holds_every_text_the_code_marks_and_no_other(code):
    shipped = set(i18n_tools.read_ts(i18n_tools.ts_path(code)))
    marked = i18n_tools.marked_texts()
    assert len(marked) >= 30  # the main window's own texts at least
    assert sorted(marked - shipped) == [], "run `python main.py i18n` and translate them"
    assert sorted(shipped - marked) == [], "run `python main.py i18n` (drops texts gone)"


@pytest.mark.parametrize("code", TRANSLATED)
def test_qm_gives_every_translation_of_the_ts(code):
    assert i18n_tools.qm_differences(i18n_tools.ts_path(code), i18n_tools.qm_path(code)) == [], \
        "the .qm is stale: run `python main.py i18n`"


PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_placeholders_accelerators_and_ellipses(code):
    """A lost {name} would raise in .format; a lost & or … changes how a menu reads."""
    wrong = []
    for (ctx, source, _), message in i18n_tools.read_ts(i18n_tools.ts_path(code)).items():
        text = message.translation
        if (sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
                or ("&" in source) != ("&" in text)
                or source.endswith("…") != text.endswith("…")):
            wrong.append(f"{ctx}: {source!r} → {text!r}")
    assert wrong == []


def test_check_command_says_the_translations_are_up_to_date(capsys):
    assert main(["i18n", "--check"]) == 0
    assert capsys.readouterr().out.strip() == "translations are up to date"


@pytest.mark.parametrize("command", [[], ["export", "--out", "x.png"]])
def test_an_unknown_language_exits_2_naming_the_choices(capsys, command):
    with pytest.raises(SystemExit) as exit_:
        main([*command, "--lang", "fr"])
    assert exit_.value.code == 2
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert error.endswith("argument --lang: unknown language 'fr': choose en or ko")
