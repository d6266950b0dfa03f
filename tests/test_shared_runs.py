"""The class-wide store of recorded runs stays bounded and hands back what was put in."""
import numpy as np

from ui.shared_runs import Recording, RecordingStore


def test_store_keeps_the_most_recently_used_recordings_only():
    store = RecordingStore(max_entries=2)
    for key in ("a", "b"):
        store.put(key, Recording(seconds=1.0))
    assert store.get("a") is not None  # "a" is now the most recently used
    store.put("c", Recording())
    assert len(store) == 2 and store.get("b") is None and store.get("a") is not None and store.get("c") is not None


def test_a_recording_keeps_copies_of_its_frames():
    recording, image = Recording(), np.zeros((4, 4), dtype=np.uint8)
    recording.add(1, 10, 900, image, image)
    image[:] = 255  # the caller reuses its buffer
    step, total, timestep, shown = recording.frames[0]
    assert (step, total, timestep) == (1, 10, 900) and all(frame.max() == 0 for frame in shown)
