"""One computation per identical request, shared by the whole class.

A seeded sampler gives the same images for the same settings, and in a lesson thirty students
press "Sample now" with the same settings within a minute: on a 2-core server the last of them
waited for 29 identical chains (one at a time, ui/work_slots.py). The first run is recorded here
(the frames it showed and how long it took); a session that asks for exactly the same thing gets
the recording, replayed, and is told so. The store is process-wide and bounded (least recently
used out), so memory stays flat however many sessions come and go.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Hashable

import numpy as np
import streamlit as st

MAX_RECORDINGS = 16  # a recording is ~26 pairs of 112 x 112 mosaics: well under 1 MB each


@dataclass
class Recording:
    """What a run showed, in order (each frame: (step, total, timestep, images...)), and its time."""

    frames: list[tuple[int, int, int, tuple[np.ndarray, ...]]] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, step: int, total: int, timestep: int, *images: np.ndarray) -> None:
        self.frames.append((step, total, timestep, tuple(np.array(image, copy=True) for image in images)))


class RecordingStore:
    """A bounded, thread-safe map from a run's settings to its recording."""

    def __init__(self, max_entries: int = MAX_RECORDINGS):
        self._entries: OrderedDict[Hashable, Recording] = OrderedDict()
        self._lock = threading.Lock()
        self.max_entries = max_entries

    def get(self, key: Hashable) -> Recording | None:
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
            return self._entries.get(key)

    def put(self, key: Hashable, recording: Recording) -> None:
        with self._lock:
            self._entries[key] = recording
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


@st.cache_resource(show_spinner=False)
def recordings(kind: str) -> RecordingStore:
    """The process-wide store for one kind of run (e.g. "ddpm_sample_now")."""
    return RecordingStore()
