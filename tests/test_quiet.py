"""A quiet terminal: TensorFlow's C++ log level, Qt's offscreen chatter, Keras's shuffle warning.

Each of these once printed lines a learner could not act on; the tests pin down the fix and that
nothing else is hidden (a user's log level wins, other Qt messages still arrive).
"""

from __future__ import annotations

import os
import sys
import types
import warnings

import numpy as np
import pytest

from explorer.core.nn import model

PROPAGATE = "This plugin does not support propagateSizeHints()"
TF_VARIABLES = ("KERAS_BACKEND", "TF_CPP_MIN_LOG_LEVEL", "TF_NUM_INTRAOP_THREADS",
                "TF_NUM_INTEROP_THREADS")


@pytest.fixture
def fake_keras(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """``import keras`` finds a stub (no TensorFlow); import_keras's variables are undone."""
    for name in TF_VARIABLES:
        monkeypatch.setenv(name, "")  # records the real value (or its absence) for teardown
        monkeypatch.delenv(name)
    stub = types.ModuleType("keras")
    monkeypatch.setitem(sys.modules, "keras", stub)
    monkeypatch.setattr(model, "_FROZEN", True)  # no gc.freeze() in the test process
    return stub


def test_import_keras_quiets_tensorflow(fake_keras: types.ModuleType) -> None:
    assert model.import_keras() is fake_keras
    assert os.environ["TF_CPP_MIN_LOG_LEVEL"] == "2"


def test_import_keras_keeps_the_users_log_level(fake_keras: types.ModuleType,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TF_CPP_MIN_LOG_LEVEL", "0")
    model.import_keras()
    assert os.environ["TF_CPP_MIN_LOG_LEVEL"] == "0"


def test_qt_drops_only_the_offscreen_size_hint_message(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    from explorer.ui import app

    seen: list[str] = []
    monkeypatch.setattr(app, "_previous_handler", lambda mode, context, text: seen.append(text))
    for text in (PROPAGATE, "QPainter::begin: Paint device returned engine == 0", PROPAGATE + "!"):
        app.filter_message(QtMsgType.QtWarningMsg, QMessageLogContext(), text)
    assert seen == ["QPainter::begin: Paint device returned engine == 0", PROPAGATE + "!"]


def test_qt_messages_without_a_previous_handler_go_to_stderr(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    from explorer.ui import app

    monkeypatch.setattr(app, "_previous_handler", None)
    app.filter_message(QtMsgType.QtWarningMsg, QMessageLogContext(), PROPAGATE)
    app.filter_message(QtMsgType.QtWarningMsg, QMessageLogContext(), "a real problem")
    assert capsys.readouterr().err == "a real problem\n"


def test_the_application_installs_the_filter(qapp, qtlog) -> None:
    """Through Qt itself: the dropped message never reaches pytest-qt's handler, others do."""
    from PySide6.QtCore import QMessageLogger

    from explorer.ui.app import create_application

    create_application()
    QMessageLogger().warning(PROPAGATE)
    QMessageLogger().warning("still shown")
    messages = [record.message for record in qtlog.records]
    assert "still shown" in messages
    assert PROPAGATE not in messages


@pytest.mark.keras
def test_training_warns_nothing_about_shuffle() -> None:
    """The tf.data pipeline shuffles itself; ``fit`` gets shuffle=False (Keras would warn)."""
    from explorer.core.data import Dataset
    from explorer.core.nn.presets import PRESETS
    from explorer.core.nn.training import PlainFit, TrainingSession

    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)
    y = np.array([[0], [1], [1], [0]], dtype=np.float32)
    data = Dataset("xor", "XOR", "binary", x, y, x.copy(), y.copy(), ("x1", "x2"), ("0", "1"))
    spec = PRESETS["xor_relu"].spec.with_changes(epochs=2)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        TrainingSession(spec, data).run(snapshot_interval=1.0)
        PlainFit(spec, data).samples_per_second(1)
    assert [str(w.message) for w in caught if "shuffle" in str(w.message)] == []
