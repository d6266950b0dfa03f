"""What the two GAN pages compute, cached per explicit input (dataset, seed, language, ...).

Replay page: the recorded training run (checkpoints/gan_<dataset>_recording.npz, written by
`python -m core.train gan`) turned into frames-player data, and the final generator's samples
and noise walks. Live page: one toy 2-D GAN per browser session (core/toy2d.py), trained a
bounded chunk at a time, its snapshots turned into what ui/static/gan_live.js draws.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import streamlit as st
import torch

from core.checkpoints import rebuild_command
from core.families.gan import GANFamily, noise_walk
from core.judge import judge
from core.toy2d import TARGETS, ToyGAN, ToySettings
from ui import loaders
from ui.work_slots import work_slot
from ui.figures import png_data_uri, tile
from ui.shared_cache import shared_view
from ui.i18n import t

GRID_COLUMNS = 6  # the recorded fixed-noise batch: 36 images, 6 x 6
WALKS, WALK_FRAMES = 6, 41
COLORS = {"g": "#e15759", "d": "#4e79a7", "real": "#59a14f", "fake": "#f28e2b", "covered": "#b07aa1", "confident": "#4e79a7"}


def recording_path(dataset: str, folder: str) -> Path:
    return Path(folder) / f"gan_{dataset}_recording.npz"


@shared_view(max_entries=4)
def _cached_recording(dataset: str, folder: str) -> dict[str, np.ndarray]:
    with np.load(recording_path(dataset, folder)) as data:
        return {key: data[key] for key in data.files}


def recording(dataset: str) -> dict[str, np.ndarray]:
    """The recorded run (see core.families.gan.GANRecorder.arrays), or an error naming the rebuild command."""
    folder = loaders._folder()
    try:
        return _cached_recording(dataset, folder)
    except Exception:  # missing, truncated or not an npz
        st.error(t("gan.error.recording", file=recording_path(dataset, folder).name, command=rebuild_command("gan", dataset)))
        st.stop()


def _finite(values: np.ndarray, digits: int = 4) -> list:
    """JSON has no NaN: a missing value (the losses before the first update) becomes null."""
    return [None if not np.isfinite(v) else round(float(v), digits) for v in values]


def first_step_where(values: np.ndarray, steps: np.ndarray, threshold: float) -> int | None:
    """The first recorded step from which `values` stays >= threshold to the end of the run."""
    below = np.flatnonzero(np.asarray(values) < threshold)
    start = 0 if len(below) == 0 else below[-1] + 1
    return int(steps[start]) if start < len(steps) else None


OLD_RECORDING_N = 256  # recordings made before core.fidelity judged 256 samples against 1,000 display images


@shared_view(max_entries=8)
def replay_player_data(dataset: str, language: str, folder: str) -> dict:
    """Frames-player data: the 6 x 6 grid of the fixed noise at every snapshot, and three charts
    (losses, D's outputs, the classifier's verdict) with the cursor at the snapshot."""
    rec = _cached_recording(dataset, folder)
    steps, total = rec["step"], int(rec["step"][-1])
    frames = [png_data_uri(tile(images, columns=GRID_COLUMNS)) for images in rec["images"]]
    text = lambda key, **v: t(key, language, **v)  # noqa: E731
    return {
        "id": f"gan-replay-{dataset}", "labels": [text("gan.replay.frame_label", step=f"{s:,}", total=f"{total:,}") for s in steps],
        "start_index": len(steps) - 1, "interval_ms": 90, "loop": "stop",
        "rows": [{"key": "grid", "title": text("gan.replay.grid_title"), "subtitle": text("gan.replay.grid_subtitle"),
                  "frames": frames, "wide": True, "width": 356}],
        "charts": [
            {"title": text("gan.replay.chart.losses"), "y_min": 0, "x_label": text("gan.replay.chart.x"),
             "series": [{"name": text("gan.replay.series.g_loss"), "color": COLORS["g"], "values": _finite(rec["g_loss"])},
                        {"name": text("gan.replay.series.d_loss"), "color": COLORS["d"], "values": _finite(rec["d_loss"])}]},
            {"title": text("gan.replay.chart.d"), "y_min": 0, "y_max": 1, "x_label": text("gan.replay.chart.x"),
             "series": [{"name": "D(x)", "color": COLORS["real"], "values": _finite(rec["d_real"])},
                        {"name": "D(G(z))", "color": COLORS["fake"], "values": _finite(rec["d_fake"])}]},
            {"title": text("gan.replay.chart.judge"), "y_min": 0, "y_max": 10, "y2_min": 0, "y2_max": 1,
             "x_label": text("gan.replay.chart.x"),
             "series": [{"name": text("gan.replay.series.covered"), "color": COLORS["covered"], "values": _finite(rec["covered"])},
                        {"name": text("gan.replay.series.confident"), "color": COLORS["confident"], "axis": "right",
                         "values": _finite(rec["confident"])}]},
            {"title": text("gan.replay.chart.fid", n=f"{int(rec.get('fidelity_n', OLD_RECORDING_N)):,}",
                           reference=text("gan.replay.chart.reference_shared" if "fidelity_n" in rec else "gan.replay.chart.reference_own")),
             "log": True, "x_label": text("gan.replay.chart.x"),
             "series": [{"name": "FID", "color": COLORS["g"], "values": _finite(rec["fid"], 1)}]},
        ],
        "text": {"play": text("player.play"), "pause": text("player.pause"), "speed": text("player.speed"),
                 "slider": text("gan.replay.slider")},
    }


@shared_view(max_entries=32)
def final_samples(dataset: str, seed: int, count: int = 64) -> dict:
    """`count` samples of the final generator (the family's sampler) and the classifier's verdict
    on exactly those: the 64 shown (judging 256 cost a click ~300 ms of server CPU; the quality
    bars' 1,000 samples are in the sidecar and the model card)."""
    classifier = loaders.model("classifier", dataset)
    samples = GANFamily().sample(loaders.model("gan", dataset), count, torch.Generator().manual_seed(seed))
    verdict = judge(classifier, samples.images)
    shares = np.bincount(verdict.probabilities.argmax(1), minlength=10) / count
    return {"images": samples.images, "confident": verdict.confident, "covered": int((shares >= 0.03).sum()),
            "max_softmax": float(verdict.probabilities.max(1).mean())}


@shared_view(max_entries=16)
def walk_player_data(dataset: str, seed: int, language: str) -> dict:
    """Frames-player data: WALKS noise walks (slerp) side by side, and the classifier's mean
    confidence along them."""
    model = loaders.model("gan", dataset)
    images, alphas = noise_walk(model, torch.Generator().manual_seed(seed), WALKS, WALK_FRAMES)
    confidence = judge(loaders.model("classifier", dataset), images.reshape(-1, 28, 28)).probabilities.max(1)
    confidence = confidence.reshape(WALK_FRAMES, WALKS).mean(1)
    return {"id": f"gan-walk-{dataset}-{seed}", "labels": [f"α = {a:.2f}" for a in alphas], "start_index": 0,
            "interval_ms": 80, "loop": "bounce",
            "rows": [{"key": "walk", "title": t("gan.walk.row_title", language), "subtitle": t("gan.walk.row_subtitle", language),
                      "frames": [png_data_uri(tile(frame, columns=WALKS)) for frame in images], "wide": True, "width": 356}],
            "charts": [{"title": t("gan.walk.chart", language), "y_min": 0, "y_max": 1, "x_label": "α →",
                        "series": [{"name": t("gan.walk.series", language), "color": COLORS["confident"],
                                    "values": _finite(confidence)}]}],
            "text": {"play": t("player.play", language), "pause": t("player.pause", language),
                     "speed": t("player.speed", language), "slider": t("gan.walk.slider", language)}}


# ---------------------------------------------------------------- live 2-D GAN (one per session)

LIVE_STEPS_PER_SNAPSHOT = 4  # G updates between two drawn frames
LIVE_SNAPSHOTS_PER_CHUNK = 16  # frames per request: 64 G updates; the fixed cost of a rerun is shared by 16 frames
LIVE_MAX_STEPS = 30_000  # a session stops training here (bounds the work one open tab can ask for)


def snapshot_json(snapshot: dict) -> dict:
    """A core.toy2d snapshot as compact JSON: 3 decimals for points, D(x) in percent."""
    points, gradient = snapshot["points"], snapshot["gradient"]
    return {"step": snapshot["step"], "points": np.round(points, 3).tolist(),
            "arrows": np.round(np.concatenate([points[:len(gradient)], gradient], 1), 3).tolist(),
            "heat": np.round(snapshot["heat"] * 100).astype(int).ravel().tolist(), "size": int(snapshot["heat"].shape[0]),
            "g_loss": None if snapshot["g_loss"] is None else round(snapshot["g_loss"], 4),
            "d_loss": None if snapshot["d_loss"] is None else round(snapshot["d_loss"], 4),
            "covered": snapshot["covered"], "modes": snapshot["modes"], "hq": round(snapshot["high_quality"], 4)}


def live_chunk(gan: ToyGAN, snapshots: int = LIVE_SNAPSHOTS_PER_CHUNK, steps_per_snapshot: int = LIVE_STEPS_PER_SNAPSHOT) -> list[dict]:
    """Train `snapshots` x `steps_per_snapshot` G updates (fewer at LIVE_MAX_STEPS) and return the
    JSON snapshots, waiting for a free slot first."""
    with work_slot("gan_live"):  # at most ui.work_slots.SLOTS["gan_live"] chunks at once, all sessions together
        out = []
        for _ in range(snapshots):
            steps = min(steps_per_snapshot, LIVE_MAX_STEPS - gan.steps)
            if steps <= 0:
                break
            gan.train(steps)
            out.append(snapshot_json(gan.snapshot()))
        return out


@st.cache_data(show_spinner=False, max_entries=16)
def real_points(target: str, count: int = 600) -> list:
    """What the real data looks like: `count` points of the target (fixed seed), for the plane."""
    return np.round(TARGETS[target].sample(count, np.random.default_rng(0)), 3).tolist()


def new_live_gan(settings: ToySettings) -> ToyGAN:
    return ToyGAN(settings)
