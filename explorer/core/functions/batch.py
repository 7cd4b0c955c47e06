"""A small batch the user types into the Gallery's table, and every loss evaluated on it: the
cells are parsed strictly (a :class:`BatchError` names the cell), and a loss that does not fit
the batch says why instead of giving a number."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from explorer.core.functions.losses import LOSSES, Array, Loss
from explorer.core.i18n import MarkedError, tr_noop

MAX_ROWS, MAX_WIDTH = 12, 10
COLUMNS = ("y_true", "y_pred")


class CellError(MarkedError):
    """A typed cell that is not a short list of finite numbers (marked in context "Losses")."""

    context = "Losses"


class BatchError(CellError):
    """A cell of the batch table that cannot be used; ``row`` and ``column`` say which."""

    def __init__(self, template: str, row: int, column: int, **values: Any) -> None:
        super().__init__(template, **values)
        self.row, self.column = row, column


def parse_cell(text: str) -> list[float]:
    """``"0.2, 0.7 0.1"`` or ``"[1, 0]"`` → numbers; ValueError naming the bad piece."""
    tokens = text.strip().strip("[]()").replace(",", " ").replace(";", " ").split()
    if not tokens:
        raise CellError(tr_noop("Losses", "is empty"))
    if len(tokens) > MAX_WIDTH:
        raise CellError(tr_noop("Losses", "has {count} numbers; at most {most}"),
                          count=len(tokens), most=MAX_WIDTH)
    numbers = []
    for token in tokens:
        try:
            number = float(token)
        except ValueError:
            raise CellError(tr_noop("Losses", "{token} is not a number"),
                              token=repr(token)) from None
        if not np.isfinite(number):
            raise CellError(tr_noop("Losses", "{token} is not a finite number"),
                              token=repr(token))
        numbers.append(number)
    return numbers


def parse_batch(rows: Sequence[tuple[str, str]]) -> tuple[Array, Array]:
    """The typed table → (y_true, y_pred), each (batch, width); BatchError names the cell."""
    if not 1 <= len(rows) <= MAX_ROWS:
        raise BatchError(tr_noop("Losses", "the batch needs 1–{most} rows"), 0, 0, most=MAX_ROWS)
    columns: list[list[list[float]]] = [[], []]
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            try:
                numbers = parse_cell(text)
            except CellError as error:
                raise BatchError(tr_noop("Losses", "row {line}, {field}: {problem}"), r, c,
                                 line=r + 1, field=COLUMNS[c], problem=error) from None
            if columns[c] and len(numbers) != len(columns[c][0]):
                raise BatchError(tr_noop("Losses", "row {line}, {field} has {count} numbers but "
                                                   "row 1 has {first}"), r, c, line=r + 1,
                                 field=COLUMNS[c], count=len(numbers), first=len(columns[c][0]))
            columns[c].append(numbers)
    return np.array(columns[0]), np.array(columns[1])


@dataclass(frozen=True)
class BatchResult:
    """One loss on the batch: per-sample values and their mean, or why it does not apply."""

    loss: Loss
    params: dict[str, Any]
    values: Array | None
    reason: str = ""
    reason_template: str = ""  # reason before its values were filled in, for translating
    reason_values: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return self.loss.name + (" (from_logits=True)" if self.params.get("from_logits") else "")

    @property
    def mean(self) -> float | None:
        """What ``model.evaluate`` reports: the mean over the batch."""
        return None if self.values is None else float(np.mean(self.values))


def _why_not(loss: Loss, t: Array, p: Array, from_logits: bool) -> str:
    """Why ``loss`` does not fit this batch ('' if it does), as a template: the one value it may
    hold, ``{top}``, is the highest class label (see ``BatchResult.reason_values``)."""
    same = t.shape == p.shape
    is_prob = bool(np.all((p >= 0) & (p <= 1)))
    if loss.problem == "regression":
        return "" if same else tr_noop("Losses", "y_true and y_pred need the same number of values")
    if loss.sparse:
        if t.shape[1] != 1 or p.shape[1] < 2:
            return tr_noop("Losses", "needs one integer label per row and ≥ 2 predicted values")
        if np.any(t != np.round(t)) or np.any((t < 0) | (t >= p.shape[1])):
            return tr_noop("Losses", "labels must be whole numbers 0…{top}")
    elif not same:
        return tr_noop("Losses", "y_true and y_pred need the same number of values")
    elif loss.name in ("hinge", "squared_hinge"):
        if not (np.all(np.isin(t, (-1, 1))) or np.all(np.isin(t, (0, 1)))):
            return tr_noop("Losses", "labels must be −1/1 (or 0/1)")
    elif np.any((t < 0) | (t > 1)):
        return tr_noop("Losses", "y_true must lie in [0, 1]")
    elif loss.problem == "multiclass_onehot" and (p.shape[1] < 2 or
                                                  not np.allclose(t.sum(axis=1), 1)):
        return tr_noop("Losses", "needs one-hot rows (≥ 2 values summing to 1)")
    if "from_logits" in loss.defaults() and not from_logits and not is_prob:
        return tr_noop("Losses", "y_pred must be probabilities in [0, 1]; use from_logits")
    if loss.problem == "multiclass_onehot" and not from_logits and np.any(p.sum(axis=1) == 0):
        return tr_noop("Losses", "a y_pred row sums to 0")
    return ""


def evaluate_batch(y_true: Array, y_pred: Array, delta: float = 1.0) -> list[BatchResult]:
    """Every loss (crossentropies both from probabilities and from logits) on one batch."""
    results = []
    for loss in LOSSES.values():
        variants = [{"from_logits": False}, {"from_logits": True}] if any(
            p.name == "from_logits" for p in loss.params) else [{}]
        for params in variants:
            if loss.name == "huber":
                params = {"delta": delta}
            template = _why_not(loss, y_true, y_pred, bool(params.get("from_logits")))
            fill = {"top": y_pred.shape[1] - 1} if "{top}" in template else {}
            values = None if template else loss.value(y_true, y_pred, **params)
            results.append(BatchResult(loss, params, values, template.format(**fill), template,
                                       fill))
    return results
