"""Heavy work is bounded per process: many sessions asking at once run at most SLOTS[kind] at a time."""
import threading
import time

from ui.work_slots import SLOTS, work_slot


def test_no_more_than_the_slots_run_at_once_and_waiters_are_told():
    running, most, told = [0], [0], []
    lock = threading.Lock()

    def job(index: int) -> None:
        with work_slot("ddpm_sample_now", on_wait=lambda: told.append(index), poll_s=0.01):
            with lock:
                running[0] += 1
                most[0] = max(most[0], running[0])
            time.sleep(0.05)
            with lock:
                running[0] -= 1

    threads = [threading.Thread(target=job, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert most[0] == SLOTS["ddpm_sample_now"] == 1
    assert len(told) >= 1  # somebody had to wait, and was told once
    assert len(told) == len(set(told))


def test_a_slot_is_released_when_the_work_fails():
    try:
        with work_slot("ddpm_sample_now"):
            raise RuntimeError("the chain broke")
    except RuntimeError:
        pass
    with work_slot("ddpm_sample_now", on_wait=lambda: (_ for _ in ()).throw(AssertionError("slot leaked"))):
        pass
