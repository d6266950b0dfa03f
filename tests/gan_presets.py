"""The live GAN's preset runs that tests/test_gan.py judges, trained in worker processes (one torch
thread each). The two long runs (the 30,000-step ring and the 20,000-step grid, about 6 minutes of
one core together) start in the background as soon as pytest has collected a test that needs them
(tests/conftest.py), so they overlap with the rest of the suite instead of stalling it; the short
runs are trained when the fixture is first used."""
from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace

import torch

from core.toy2d import PRESET_STEPS, PRESETS, ToyGAN, ToySettings, mode_metrics

RING_BAR_STEPS, GRID_BAR_STEPS = 30_000, 20_000  # 30,000: where a live run on the page stops
LONG_RUNS = {"ring": (PRESETS["healthy"], (PRESET_STEPS, RING_BAR_STEPS)),
             "grid": (replace(PRESETS["healthy"], target="grid"), (GRID_BAR_STEPS,))}
SHORT_RUNS = {"ring_seed_1": (replace(PRESETS["healthy"], seed=1), (PRESET_STEPS,)),
              "collapse": (PRESETS["collapse"], (PRESET_STEPS,))}

_background: dict = {}


def metrics_at(settings: ToySettings, checkpoints: tuple[int, ...]) -> dict:
    """Train one run (one thread) and take the mode metric at each of `checkpoints` generator steps.
    Measuring draws its own noise (ToyGAN.samples), so the run continues exactly as if it had not
    been looked at."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        gan, measured = ToyGAN(settings), {}
        for steps in sorted(checkpoints):
            gan.train(steps - gan.steps)
            measured[steps] = mode_metrics(gan.samples(), gan.target)
        return measured
    finally:
        torch.set_num_threads(threads)


def start_long_runs() -> dict[str, Future]:
    """The long runs, one after the other in one background process (idempotent)."""
    if not _background:
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        _background["pool"] = pool
        _background["futures"] = {name: pool.submit(metrics_at, *run) for name, run in LONG_RUNS.items()}
    return _background["futures"]


def all_runs() -> dict[str, dict]:
    """Every run's metrics: the short ones trained now (two processes), the long ones awaited."""
    long = start_long_runs()
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        short = {name: pool.submit(metrics_at, *run) for name, run in SHORT_RUNS.items()}
        results = {name: future.result() for name, future in short.items()}
    results.update({name: future.result() for name, future in long.items()})
    return results


def stop() -> None:
    """End the background process without waiting (a run that stopped early need not train on)."""
    pool = _background.pop("pool", None)
    if pool is not None:
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        _background.clear()
