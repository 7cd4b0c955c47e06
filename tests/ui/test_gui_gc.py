"""Cyclic garbage is collected by the GUI thread's timer, never by a worker thread."""

from __future__ import annotations

import gc
import threading
import weakref

from explorer.ui.app import create_application


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_automatic_collection_is_off_and_the_gui_timer_collects(qtbot, qapp):
    create_application()
    assert not gc.isenabled()
    made: list[weakref.ref] = []

    def worker() -> None:  # garbage made on another thread, past every threshold
        for _ in range(3 * gc.get_threshold()[0]):
            made.append(weakref.ref(Node()))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert made[0]() is not None  # the worker's allocations did not collect it
    qtbot.waitUntil(lambda: made[0]() is None, timeout=10_000)  # the GUI timer did
