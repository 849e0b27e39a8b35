"""The cycle collector is paused during bulk loads and always comes back as it was."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from desktop.models.collector import collector_paused


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_nested_pauses_resume_only_at_the_outermost_end() -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_still_resumes_the_collector() -> None:
    gc.enable()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("berkas rusak")
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_overlapping_loads_on_two_threads_leave_the_collector_on() -> None:
    gc.enable()
    first_inside, second_done = threading.Event(), threading.Event()

    def first() -> None:
        with collector_paused():
            first_inside.set()
            second_done.wait(5)

    def second() -> None:
        first_inside.wait(5)
        with collector_paused():
            pass
        assert not gc.isenabled()  # the first load is still running
        second_done.set()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert second_done.is_set()
    assert gc.isenabled()
