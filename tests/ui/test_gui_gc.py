"""Cyclic garbage is collected by the GUI thread's timer, never by a worker thread.

The collector decides as CPython does: a generation is collected when allocations minus
deallocations since its last collection pass the interpreter's threshold. Whether that holds
at a given tick depends on what else the process frees meanwhile (a closed window's widgets,
say), so the test calls the timer's check itself, on the GUI thread, right after the worker
made its garbage, and separately sees the timer run on the GUI thread.
"""

from __future__ import annotations

import gc
import threading
import weakref

from explorer.ui.app import create_application
from explorer.ui.gui_gc import CHECK_S, collect_on_gui_thread


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_automatic_collection_is_off_and_the_gui_timer_collects(qtbot, qapp):
    create_application()
    assert not gc.isenabled()
    collector = collect_on_gui_thread()
    assert collector.timer.thread() is qapp.thread()
    assert collector.timer.interval() == round(CHECK_S * 1000)
    with qtbot.waitSignal(collector.timer.timeout, timeout=10_000):
        pass  # the timer runs while the event loop does
    made: list[weakref.ref] = []

    def worker() -> None:  # garbage made on another thread, past every threshold
        for _ in range(3 * gc.get_threshold()[0]):
            made.append(weakref.ref(Node()))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert made[0]() is not None  # the worker's allocations did not collect it
    for _ in range(5):  # another thread freeing thousands of objects could lower the count
        kept = [[] for _ in range(2 * gc.get_threshold()[0])]  # ...so push it past again
        collector.check()  # what the timer runs, on the GUI thread
        del kept
        if made[0]() is None:
            break
    assert made[0]() is None and made[-1]() is None
