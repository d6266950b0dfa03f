"""One copy of a view for every session: st.cache_resource with the result's arrays made read-only.

st.cache_data hands each caller its own unpickled copy. That is safe, but every hit pays for the
copy: a DDPM trajectory's frames are ~2 MB, unpickled again on each guidance change, and each
fresh copy of a player's data URIs is hashed again by the frames player (ui/components.py). The
views below are never changed by their callers, so all sessions can share one object instead.
Marking its numpy arrays read-only makes a caller that tried to change one fail loudly (a test
would catch it) rather than change every student's page.
"""
from __future__ import annotations

import dataclasses
import functools
from typing import Any, Callable

import numpy as np
import streamlit as st


def _holds_arrays(item: Any) -> bool:
    return isinstance(item, (np.ndarray, dict)) or (dataclasses.is_dataclass(item) and not isinstance(item, type))


def read_only(value: Any) -> Any:
    """`value` with every numpy array inside it (dicts, dataclasses, and lists or tuples of them)
    made read-only. A list is walked only if its first item is an array, a dict or a dataclass:
    the views' long lists (a plane's 2,000 points, 82 data URIs) hold plain values, and walking
    them item by item cost more than the copy this cache saves."""
    if isinstance(value, np.ndarray):
        value.setflags(write=False)
    elif isinstance(value, dict):
        for item in value.values():
            read_only(item)
    elif isinstance(value, (list, tuple)):
        if value and _holds_arrays(value[0]):
            for item in value:
                read_only(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            read_only(getattr(value, field.name))
    return value


def shared_view(max_entries: int) -> Callable[[Callable], Callable]:
    """Cache a view once per process for every session (bounded by `max_entries`), read-only."""
    def decorate(function: Callable) -> Callable:
        @functools.wraps(function)  # Streamlit keys the cache by the wrapped function's name and source
        def frozen(*args, **kwargs):
            return read_only(function(*args, **kwargs))
        return st.cache_resource(show_spinner=False, max_entries=max_entries)(frozen)
    return decorate
