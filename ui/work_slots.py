"""Bounded heavy work for a shared classroom server.

Thirty students may press "play" on the live GAN or "Sample now" on the DDPM page at the same
moment; on 2 cores that would run thirty trainings or chains at once and slow every page. Each
kind of heavy work gets a fixed number of slots for the whole process: a session waits for a
free slot (the page says so) instead of piling more threads onto the cores.

The wait polls with a timeout and calls `on_wait` between polls: on a Streamlit page that call
draws a message, and a Streamlit call is where a session that has ended (tab closed, page left)
stops its script, so a closed tab never gets to run its queued work.
"""
from __future__ import annotations

import contextlib
import threading
from typing import Callable, Iterator

import streamlit as st

SLOTS = {"gan_live": 2, "ddpm_sample_now": 1}  # computations run at once across all sessions


@st.cache_resource(show_spinner=False)
def _semaphore(kind: str) -> threading.BoundedSemaphore:
    return threading.BoundedSemaphore(SLOTS[kind])


@contextlib.contextmanager
def work_slot(kind: str, on_wait: Callable[[], None] | None = None, poll_s: float = 0.5) -> Iterator[None]:
    """Hold one of SLOTS[kind] process-wide slots for the duration of the block."""
    semaphore = _semaphore(kind)
    waited = False
    while not semaphore.acquire(timeout=0 if not waited else poll_s):
        if on_wait is not None and not waited:
            on_wait()
        waited = True
    try:
        yield
    finally:
        semaphore.release()
