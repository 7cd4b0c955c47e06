"""The one worker pattern: generator and function jobs, throttling, cancellation within 200 ms."""

import threading

import pytest

from explorer.core.progress import Progress
from explorer.ui import worker as worker_module
from explorer.ui.worker import JobContext, Worker, running_threads

HOLD_S = 60  # a held job's limit, reached only if the test forgets to release it


def _counting(n: int, clock=None, step: float = 0.0):
    """``n`` reports; with a fake ``clock``, each item takes ``step`` seconds of it."""
    for i in range(n):
        if clock is not None:
            clock.advance(step)
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


def test_generator_job_reports_throttled_partials_and_its_result(qtbot, worker, fake_clock):
    clock = fake_clock(worker_module)  # the throttle's clock: 1 ms per item, on any machine
    sink = _Sink()
    worker.start(lambda: _counting(20_000, clock, 0.001), partial=sink.partial,
                 succeeded=sink.result)
    qtbot.waitUntil(lambda: bool(sink.results), timeout=60_000)
    assert sink.results == [20_000]  # the final partial was emitted before the result
    assert 1 <= len(sink.partials) < 1000  # throttled: far fewer than 20,000 reports
    assert sink.partials[-1] == 19_999  # the final partial is always delivered


def test_cancel_takes_effect_within_200_ms(qtbot, worker):
    """Cancel is checked after every report: a cancel made while the job is inside an item
    stops it at that item's report, before the next item starts (so a job reporting at least
    every 200 ms stops within 200 ms; how fast, the bench measures)."""
    holding, release = threading.Event(), threading.Event()
    started: list[int] = []
    closed: list[bool] = []

    def job():
        try:
            for i in range(10_000):
                started.append(i)
                if i == 3:  # the test cancels while the job is busy with this item
                    holding.set()
                    release.wait(HOLD_S)
                yield Progress((i + 1) / 10_000, f"item {i}", partial=i)
        except GeneratorExit:
            closed.append(True)
            raise

    thread = worker.start(job)
    assert holding.wait(HOLD_S)
    worker.cancel()
    with qtbot.waitSignal(thread.cancelled, timeout=HOLD_S * 1000):
        release.set()
    assert started == [0, 1, 2, 3] and closed == [True]


def test_function_job_and_its_errors(qtbot, worker):
    def job(context: JobContext) -> str:
        for i in range(5):
            context.report(Progress(i / 5, partial=i))
            context.check()
        return "done"

    sink = _Sink()
    worker.start_function(job, succeeded=sink.result)
    qtbot.waitUntil(lambda: bool(sink.results), timeout=10_000)
    assert sink.results == ["done"]

    def broken(context: JobContext) -> None:
        raise ValueError("bad data in row 3")

    worker.start_function(broken, failed=sink.error)
    qtbot.waitUntil(lambda: bool(sink.errors), timeout=10_000)
    assert sink.errors == ["ValueError: bad data in row 3"]


def test_unknown_signal_name_is_refused(worker):
    with pytest.raises(ValueError, match="no signal 'finished'"):
        worker.start(lambda: _counting(1), finished=print)


def test_function_job_cancelled_through_check(qtbot, worker):
    running = threading.Event()

    def job(context: JobContext) -> None:
        running.set()
        idle = threading.Event()
        while True:  # only the cancel ends it
            idle.wait(0.005)  # a job that checks between small pieces of work
            context.check()

    thread = worker.start_function(job)
    assert running.wait(HOLD_S)  # cancel a job under way, not one that has not started
    with qtbot.waitSignal(thread.cancelled, timeout=HOLD_S * 1000):
        worker.cancel()


def test_a_flushed_partial_arrives_while_the_job_waits(qtbot, worker):
    """A paused training reports its state and then blocks: the report must reach the GUI now,
    not when the throttle would next let a partial through (no later report would carry it)."""
    release = threading.Event()

    def job(context: JobContext) -> None:
        context.report(Progress(0.5, partial="running"))
        context.report(Progress(0.5, partial="paused"), flush=True)  # within the throttle
        release.wait(HOLD_S)

    sink = _Sink()
    thread = worker.start_function(job, partial=sink.partial)
    qtbot.waitUntil(lambda: sink.partials[-1:] == ["paused"], timeout=HOLD_S * 1000)
    assert thread.isRunning() and not release.is_set()  # it came while the job still waits
    release.set()


def test_the_worker_is_idle_once_its_result_reaches_the_gui(qtbot, worker, monkeypatch):
    """The owner's result slot may start the next job at once: ``busy`` follows what the GUI
    thread has received, not whether the thread has returned from ``run`` (a thread descheduled
    right after emitting its result is still running)."""
    after_result = threading.Event()
    run = worker_module.JobThread.run

    def run_and_linger(thread) -> None:
        run(thread)
        after_result.wait(HOLD_S)

    monkeypatch.setattr(worker_module.JobThread, "run", run_and_linger)
    sink = _Sink()
    thread = worker.start_function(lambda context: "done", succeeded=sink.result)
    assert worker.busy
    try:
        qtbot.waitUntil(lambda: bool(sink.results), timeout=10_000)
        assert thread.isRunning() and not worker.busy  # the end delivered, the thread lingers
    finally:
        after_result.set()
