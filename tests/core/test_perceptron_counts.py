"""The perceptron's two counts (issue 20, point 3): mistakes made during an epoch (updates) and
rows wrong with the weights afterwards differ on XOR, so the run keeps both and its summary
names which one it gives."""

from __future__ import annotations

import pytest

from explorer.core.perceptron import GATES, Perceptron, train


def test_xor_after_100_epochs_made_4_mistakes_but_has_2_rows_wrong() -> None:
    run = train("xor", 0.05, 100, seed=0)
    assert run.errors_per_epoch[-1] == 4  # every visit of the last epoch was an update
    assert run.wrong_after_epoch[-1] == run.rows_wrong == 2
    assert run.perceptron.evaluate("xor").errors == 2
    assert run.message == (
        "No straight line separates XOR's classes: after 100 epochs, with the current "
        "weights, 2 of 4 rows are wrong; the last epoch made 4 mistakes (one update each) "
        "and the weights cycle.")


@pytest.mark.parametrize(("gate", "seed"), [("xor", 0), ("xnor", 3), ("and", 0), ("nor", 5)])
def test_rows_wrong_after_each_epoch_are_those_of_the_weights_at_its_end(gate: str,
                                                                        seed: int) -> None:
    run = train(gate, 0.05, 60, seed=seed)
    n = len(GATES[gate].targets)
    ends = [run.history[e * n + n - 1] for e in range(run.epochs_run)]
    expected = [Perceptron(u.weights_after, u.bias_after).evaluate(gate).errors for u in ends]
    assert run.wrong_after_epoch == expected
    assert len(run.wrong_after_epoch) == len(run.errors_per_epoch) == run.epochs_run


def test_a_converged_run_ends_with_no_mistake_and_no_wrong_row() -> None:
    run = train("and", 0.05, 100, seed=0)
    assert run.converged and run.errors_per_epoch[-1] == 0 and run.rows_wrong == 0
