"""The one worker pattern: generator and function jobs, throttling, cancellation within 200 ms."""

import time

import pytest

from explorer.core.progress import Progress
from explorer.ui.worker import JobContext, Worker, running_threads


def _counting(n: int, delay: float = 0.0):
    for i in range(n):
        if delay:
            time.sleep(delay)
        yield Progress((i + 1) / n, f"item {i}", partial=i)
    return n


class _Sink:
    """Receives signals in the GUI thread, like a widget would."""

    def __init__(self) -> None:
        self.partials: list = []
        self.results: list = []
        self.errors: list = []

    def partial(self, value) -> None:
        self.partials.append(value)

    def result(self, value) -> None:
        self.results.append(value)

    def error(self, message) -> None:
        self.errors.append(message)


@pytest.fixture
def worker(qapp):
    worker = Worker()
    yield worker
    worker.stop()
    assert not running_threads()


def test_generator_job_reports_throttled_partials_and_its_result(qtbot, worker):
    sink = _Sink()
    worker.start(lambda: _counting(20_000), partial=sink.partial, succeeded=sink.result)
    qtbot.waitUntil(lambda: bool(sink.results), timeout=10_000)
    assert sink.results == [20_000]
    qtbot.wait(50)
    assert 1 <= len(sink.partials) < 1000  # throttled: far fewer than 20,000 reports
    assert sink.partials[-1] == 19_999  # the final partial is always delivered


def test_cancel_takes_effect_within_200_ms(qtbot, worker):
    thread = worker.start(lambda: _counting(10_000, delay=0.01))
    qtbot.wait(100)
    start = time.monotonic()
    with qtbot.waitSignal(thread.cancelled, timeout=2000):
        worker.cancel()
    assert time.monotonic() - start < 0.2


def test_function_job_and_its_errors(qtbot, worker):
    def job(context: JobContext) -> str:
        for i in range(5):
            context.report(Progress(i / 5, partial=i))
            context.check()
        return "done"

    sink = _Sink()
    worker.start_function(job, succeeded=sink.result)
    qtbot.waitUntil(lambda: bool(sink.results), timeout=5000)
    assert sink.results == ["done"]

    def broken(context: JobContext) -> None:
        raise ValueError("bad data in row 3")

    worker.start_function(broken, failed=sink.error)
    qtbot.waitUntil(lambda: bool(sink.errors), timeout=5000)
    assert sink.errors == ["ValueError: bad data in row 3"]


def test_unknown_signal_name_is_refused(worker):
    with pytest.raises(ValueError, match="no signal 'finished'"):
        worker.start(lambda: _counting(1), finished=print)


def test_function_job_cancelled_through_check(qtbot, worker):
    def job(context: JobContext) -> None:
        while True:
            time.sleep(0.005)
            context.check()

    thread = worker.start_function(job)
    qtbot.wait(50)
    with qtbot.waitSignal(thread.cancelled, timeout=1000):
        worker.cancel()


def test_a_flushed_partial_arrives_while_the_job_waits(qtbot, worker):
    """A paused training reports its state and then blocks: the report must reach the GUI now,
    not when the throttle would next let a partial through (no later report would carry it)."""
    import threading

    release = threading.Event()

    def job(context: JobContext) -> None:
        context.report(Progress(0.5, partial="running"))
        context.report(Progress(0.5, partial="paused"), flush=True)  # within the throttle
        release.wait(5)

    sink = _Sink()
    worker.start_function(job, partial=sink.partial)
    qtbot.waitUntil(lambda: sink.partials[-1:] == ["paused"], timeout=2000)
    release.set()
