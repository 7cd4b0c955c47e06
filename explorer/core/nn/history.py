"""The per-epoch training history (Keras's ``history.history``) as text: CSV and one-line rows.

Plain Python and numpy, no TensorFlow: the lab exports the CSV and the CLI prints the lines from
the dictionaries the training engine keeps; :class:`HistoryArrays` hands them to snapshots.
"""

from __future__ import annotations

import csv
import io
import math
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from explorer.core.i18n import tr_noop

History = Mapping[str, Sequence[float]]


def ordered_keys(history: History) -> list[str]:
    """``loss``, the training metrics, then ``val_loss`` and the validation metrics."""
    train = [k for k in history if not k.startswith("val_")]
    train.sort(key=lambda k: (k != "loss",))
    val = [f"val_{k}" for k in train if f"val_{k}" in history]
    val += [k for k in history if k.startswith("val_") and k not in val]
    return train + val


def history_csv(history: History) -> str:
    """CSV text: a header ``epoch,loss,…,val_loss,…`` and one row per epoch (epochs from 1)."""
    keys = ordered_keys(history)
    rows = max((len(history[k]) for k in keys), default=0)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["epoch", *keys])
    for i in range(rows):
        values = [history[k][i] if i < len(history[k]) else math.nan for k in keys]
        writer.writerow([i + 1, *(f"{float(v):.8g}" for v in values)])
    return out.getvalue()


def write_history_csv(history: History, path: str | os.PathLike[str]) -> Path:
    """Write :func:`history_csv` to ``path`` atomically (a failed write leaves no half file)."""
    target = Path(path)
    text = history_csv(history)
    handle, temp = tempfile.mkstemp(suffix=".csv", dir=target.parent, prefix=".saving-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temp, target)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
    return target


EXPLOSION_FACTOR = 1000.0  # an epoch loss this many times epoch 1's: the loss is exploding
_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def times_text(ratio: float) -> str:
    """A growth factor a student can read: 1,234 up to a million, then 6.1·10²⁰."""
    if ratio < 1e6:
        return f"{ratio:,.0f}"
    mantissa, exponent = f"{ratio:.1e}".split("e")
    return f"{mantissa.removesuffix('.0')}·10{str(int(exponent)).translate(_SUPERSCRIPTS)}"


# Why a run stopped on a NaN loss: a template and its values (RunResult.message_values), so the
# UI can say it in its language; {what} is NAN or INFINITE, translated the same way.
DIVERGED = tr_noop("Training", "The loss became {what} at epoch {epoch}, batch {batch}: the "
                   "learning rate {lr} is too large for this model and data. Training stopped "
                   "and the last good weights were restored; lower the learning rate (try "
                   "{lower}) and train again.")
NAN = "NaN"
INFINITE = tr_noop("Training", "infinite")

EXPLOSION = tr_noop("Training", "The loss is exploding (×{times} since epoch 1, over the ×{limit} "
                    "limit): the learning rate is probably too high. Lower it (pause, or Reset) "
                    "and train again.")


def loss_explosion(losses: Sequence[float]) -> str:
    """A warning when the latest epoch's loss is at least EXPLOSION_FACTOR times epoch 1's ("" if
    not). A loss that explodes can take hundreds of epochs to reach NaN (a learning rate of 10⁶
    trained to 6·10²⁰): the student should hear the cause while the run goes on."""
    values = loss_explosion_values(losses)
    return EXPLOSION.format(**values) if values else ""


def loss_explosion_values(losses: Sequence[float]) -> dict[str, str]:
    """EXPLOSION's values for :func:`loss_explosion` (empty if the loss does not explode)."""
    if len(losses) < 2:
        return {}
    first, last = float(losses[0]), float(losses[-1])
    if not (math.isfinite(first) and first > 0 and last >= EXPLOSION_FACTOR * first):
        return {}
    return {"times": times_text(last / first), "limit": f"{EXPLOSION_FACTOR:,.0f}"}


def metric_text(value: float) -> str:
    """A loss or metric as Keras's progress bar writes it: 4 decimals, or 4 significant digits
    in e-notation below 1e-3 (a trained XOR's mse is 2.1e-06, not "0.0000")."""
    return f"{value:.4f}" if abs(value) > 1e-3 else f"{value:.4e}"


def epoch_line(epoch: int, total: int, logs: Mapping[str, float]) -> str:
    """``Epoch 3/20 - loss: 0.2345 - accuracy: 0.7500``, as Keras prints it with verbose=2."""
    keys = ordered_keys({k: [v] for k, v in logs.items()})
    width = len(str(total))
    parts = [f"Epoch {epoch:>{width}}/{total}"]
    parts += [f"{k}: {metric_text(logs[k])}" for k in keys]
    return " - ".join(parts)


class HistoryArrays:
    """Read-only float64 arrays of append-only per-epoch lists, copied incrementally.

    A snapshot ~16 times a second used to copy the whole history (O(epochs): a quarter of a
    millisecond per snapshot after 3,000 epochs of a small data set). Here each list is copied
    into a growing buffer once per new value, and the snapshot gets read-only views of the
    filled part: values are only ever appended, so what a view shows never changes, and a full
    buffer is replaced (not refilled) when it grows, so older views keep theirs.
    """

    def __init__(self) -> None:
        self._series: dict[str, tuple[list[float], np.ndarray, int]] = {}

    def views(self, history: Mapping[str, list[float]]) -> dict[str, np.ndarray]:
        """Views of every list in ``history`` (a list replaced or shortened is copied anew)."""
        series: dict[str, tuple[list[float], np.ndarray, int]] = {}
        out: dict[str, np.ndarray] = {}
        for key, values in history.items():
            n = len(values)
            known = self._series.get(key)
            if known is None or known[0] is not values or known[2] > n:
                known = (values, np.empty(max(64, 2 * n)), 0)
            _, buffer, done = known
            if n > len(buffer):
                grown = np.empty(2 * n)
                grown[:done] = buffer[:done]
                buffer = grown
            buffer[done:n] = values[done:n]
            series[key] = (values, buffer, n)
            view = buffer[:n]
            view.flags.writeable = False
            out[key] = view
        self._series = series
        return out
