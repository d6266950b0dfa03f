"""What the two GAN pages compute, cached per explicit input (dataset, seed, language, ...).

Replay page: the recorded training run (checkpoints/gan_<dataset>_recording.npz, written by
`python -m core.train gan`) turned into frames-player data, and the final generator's samples
and noise walks. Live page: one toy 2-D GAN per browser session (core/toy2d.py), trained a
bounded chunk at a time, its snapshots turned into what ui/static/gan_live.js draws.
"""
from __future__ import annotations

import math
from dataclasses import fields
from pathlib import Path

import numpy as np
import streamlit as st
import torch

from core.checkpoints import rebuild_command
from core.families.gan import GANFamily, noise_walk
from core.judge import judge
from core.metrics import CONFIDENT, COVERED_CLASS_SHARE, class_shares
from core.toy2d import PRESETS, TARGETS, ToyGAN, ToySettings
from ui import loaders
from ui.work_slots import work_slot
from ui.figures import png_data_uri, tile
from ui.shared_cache import shared_view
from ui.i18n import t

GRID_COLUMNS = 6  # the recorded fixed-noise batch: 36 images, 6 x 6
WALKS, WALK_FRAMES = 6, 41
FINAL_SAMPLES = 64  # images per press of "New samples" (judged there and then)
LOSS_ANSWERS = ("track", "settle", "rise")  # the replay prediction's options (lesson.gan_replay.predict.<answer>)
COLORS = {"g": "#e15759", "d": "#4e79a7", "real": "#59a14f", "fake": "#f28e2b", "covered": "#b07aa1", "confident": "#4e79a7",
          "g_eq": "#f2b8b9", "d_eq": "#b3c6dd"}


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
OLD_RECORDING_REFERENCE = 1000  # ... the first 1,000 real test (display) images: that FID's reference
CLASS_SHARE = COVERED_CLASS_SHARE  # core.metrics: the recorder counts covered classes with the same share
CLASSES = 10  # both datasets have ten classes


def recording_n(rec: dict) -> int:
    """How many samples each recorded frame's FID and class count judged (older recordings: 256)."""
    return int(rec.get("fidelity_n", OLD_RECORDING_N))


def fid_chart_title(rec: dict, language: str) -> str:
    reference = (t("gan.replay.chart.reference_shared", language) if "fidelity_n" in rec
                 else t("gan.replay.chart.reference_own", language, n=f"{OLD_RECORDING_REFERENCE:,}"))
    return t("gan.replay.chart.fid", language, n=f"{recording_n(rec):,}", reference=reference)


# ---------------------------------------------------------------- replay: the page's sentences, from the recording
# Formula constants: with D(x) = D(G(z)) = 1/2, G's loss -log D(G(z)) is log 2 and D's cross-entropy
# -log D(x) - log(1 - D(G(z))) is 2 log 2. That is what an equilibrium reads, and also what a D
# that sees no difference reads: the losses cannot tell the two apart, the FID and the class count can.
G_EQUILIBRIUM = math.log(2)
D_EQUILIBRIUM = 2 * math.log(2)
NEAR_EQUILIBRIUM = 0.15  # a loss is "near" its equilibrium value within this share of it
FID_NEAR_FINAL = 0.10  # the FID is "close to its final value" within this share of it
FID_STILL_FALLING = 0.10  # the losses "settled while the images kept improving" if the FID fell at least this share after


def _first_loss_index(rec: dict) -> int:
    """The first frame with losses (there are none before the first update)."""
    return int(np.flatnonzero(np.isfinite(rec["g_loss"]))[0])


def settled_index(rec: dict) -> int | None:
    """The first frame from which both losses stay within NEAR_EQUILIBRIUM of their equilibrium
    values (G: log 2, D: 2 log 2) to the end of the run; None if they do not."""
    g, d = np.asarray(rec["g_loss"], dtype=float), np.asarray(rec["d_loss"], dtype=float)
    with np.errstate(invalid="ignore"):
        near = ((np.abs(g - G_EQUILIBRIUM) <= NEAR_EQUILIBRIUM * G_EQUILIBRIUM)
                & (np.abs(d - D_EQUILIBRIUM) <= NEAR_EQUILIBRIUM * D_EQUILIBRIUM))
    away = np.flatnonzero(~near)
    start = 0 if len(away) == 0 else int(away[-1]) + 1
    return start if start < len(g) else None


def losses_answer(rec: dict) -> str:
    """The prediction's right option for this run: "rise" if G's loss ends above where it started,
    "settle" if both losses came near their equilibrium values for good while the FID still fell
    by FID_STILL_FALLING or more afterwards, else "track" (the losses kept moving with the images)."""
    g, fid, first = rec["g_loss"], rec["fid"], _first_loss_index(rec)
    if g[-1] > g[first]:
        return "rise"
    settled = settled_index(rec)
    if settled is not None and fid[settled] - fid[-1] >= FID_STILL_FALLING * fid[settled]:
        return "settle"
    return "track"


def _equilibrium_fields() -> dict[str, str]:
    return {"g_eq": f"{G_EQUILIBRIUM:.2f}", "d_eq": f"{D_EQUILIBRIUM:.2f}", "tol": f"{NEAR_EQUILIBRIUM:.0%}"}


def loss_option(answer: str, language: str) -> str:
    """One option of the replay prediction (lesson.gan_replay.predict.<answer>), with its tolerance."""
    return t(f"lesson.gan_replay.predict.{answer}", language, **_equilibrium_fields())


def reveal_key(rec: dict) -> str:
    """Which sentence answers the prediction: one per case of losses_answer, so that the text
    agrees with the numbers it states ("track" has two cases: losses that never settled, and
    losses that settled while the FID stopped falling too)."""
    answer = losses_answer(rec)
    if answer == "settle":
        return "lesson.gan_replay.reveal"
    if answer == "rise":
        return "lesson.gan_replay.reveal.rise"
    return "lesson.gan_replay.reveal.unsettled" if settled_index(rec) is None else "lesson.gan_replay.reveal.flat"


def losses_reveal(rec: dict, language: str) -> str:
    """The prediction's answer, every number from the recording."""
    steps, g, d, fid = rec["step"], rec["g_loss"], rec["d_loss"], rec["fid"]
    first, settled, key = _first_loss_index(rec), settled_index(rec), reveal_key(rec)
    values = {"n": f"{recording_n(rec):,}", "first": f"{int(steps[first]):,}", "end": f"{int(steps[-1]):,}",
              "g_first": f"{g[first]:.2f}", "d_first": f"{d[first]:.2f}", "g_end": f"{g[-1]:.2f}", "d_end": f"{d[-1]:.2f}",
              "fid_first": f"{fid[first]:.0f}", "fid_end": f"{fid[-1]:.0f}", "still": f"{FID_STILL_FALLING:.0%}",
              "answer": loss_option(losses_answer(rec), language), **_equilibrium_fields()}
    if key in ("lesson.gan_replay.reveal.unsettled", "lesson.gan_replay.reveal.rise"):
        return t(key, language, **values)
    stretch = slice(settled, None)
    return t(key, language, **values, settle=f"{int(steps[settled]):,}",
             g_low=f"{np.min(g[stretch]):.2f}", g_high=f"{np.max(g[stretch]):.2f}",
             d_low=f"{np.min(d[stretch]):.2f}", d_high=f"{np.max(d[stretch]):.2f}",
             fid_settle=f"{fid[settled]:.0f}", fid_drop=f"{(fid[settled] - fid[-1]) / fid[settled]:.0%}")


def near_final_index(rec: dict) -> int | None:
    """The first frame from which the FID stays within FID_NEAR_FINAL of its final value."""
    steps, fid = rec["step"], rec["fid"]
    good = first_step_where(-fid, steps, -(1 + FID_NEAR_FINAL) * fid[-1])
    return None if good is None else list(steps).index(good)


def replay_notice(rec: dict, language: str) -> str:
    """The "What to notice" box under the run, every number from the recording. "The losses settle
    long before the images do" and "G kept improving" only where the run shows it (losses_answer
    is "settle", and the losses settled before the FID came near its final value); otherwise
    sentences that state the same numbers without that claim."""
    steps, g, d, fid = rec["step"], rec["g_loss"], rec["d_loss"], rec["fid"]
    lines = [t("gan.replay.notice.title", language)]
    settled, good, answer = settled_index(rec), near_final_index(rec), losses_answer(rec)
    if good is not None:
        story = answer == "settle" and settled is not None and settled < good
        lines.append(t("gan.replay.notice.losses" if story else "gan.replay.notice.losses_neutral", language,
                       step=f"{int(steps[good]):,}", g=f"{g[good]:.2f}", d=f"{d[good]:.2f}",
                       g_end=f"{g[-1]:.2f}", d_end=f"{d[-1]:.2f}", fid=f"{fid[-1]:.0f}", near=f"{FID_NEAR_FINAL:.0%}",
                       **_equilibrium_fields()))
    widest = int(np.nanargmax(rec["d_real"] - rec["d_fake"]))  # where D tells real from generated most clearly
    seen = {"step": f"{int(steps[widest]):,}", "real": f"{rec['d_real'][widest]:.2f}", "fake": f"{rec['d_fake'][widest]:.2f}",
            "real_end": f"{rec['d_real'][-1]:.2f}", "fake_end": f"{rec['d_fake'][-1]:.2f}"}
    if settled is None:
        lines.append(t("gan.replay.notice.d", language, **seen, check=""))
    else:
        stretch = slice(settled, None)
        check = t("gan.replay.notice.d_check" if answer == "settle" else "gan.replay.notice.d_check_neutral", language,
                  settle=f"{int(steps[settled]):,}",
                  real_low=f"{np.min(rec['d_real'][stretch]):.2f}", real_high=f"{np.max(rec['d_real'][stretch]):.2f}",
                  fake_low=f"{np.min(rec['d_fake'][stretch]):.2f}", fake_high=f"{np.max(rec['d_fake'][stretch]):.2f}",
                  fid_settle=f"{fid[settled]:.0f}", fid_end=f"{fid[-1]:.0f}", classes=int(rec["covered"][-1]),
                  total=CLASSES, share=f"{CLASS_SHARE:.0%}", n=f"{recording_n(rec):,}")
        lines.append(t("gan.replay.notice.d", language, **seen, check=check))
    lines.append(t("gan.replay.notice.judge", language, step=f"{int(steps[0]):,}", classes=int(rec["covered"][0]),
                   total=CLASSES, confident=f"{rec['confident'][0]:.0%}", threshold=f"{CONFIDENT:.0%}"))
    return "\n".join(lines)


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
        "rows": [{"key": "grid", "title": text("gan.replay.grid_title"),
                  "subtitle": text("gan.replay.grid_subtitle", count=len(rec["images"][0])),
                  "frames": frames, "wide": True, "width": 356}],
        "charts": [
            {"title": text("gan.replay.chart.losses"), "y_min": 0, "x_label": text("gan.replay.chart.x"),
             "series": [{"name": text("gan.replay.series.g_loss"), "color": COLORS["g"], "values": _finite(rec["g_loss"])},
                        {"name": text("gan.replay.series.d_loss"), "color": COLORS["d"], "values": _finite(rec["d_loss"])},
                        # the values both losses read when D(x) = D(G(z)) = 1/2 (flat lines)
                        {"name": text("gan.replay.series.g_eq"), "color": COLORS["g_eq"],
                         "values": [round(G_EQUILIBRIUM, 4)] * len(steps)},
                        {"name": text("gan.replay.series.d_eq"), "color": COLORS["d_eq"],
                         "values": [round(D_EQUILIBRIUM, 4)] * len(steps)}]},
            {"title": text("gan.replay.chart.d"), "y_min": 0, "y_max": 1, "x_label": text("gan.replay.chart.x"),
             "series": [{"name": "D(x)", "color": COLORS["real"], "values": _finite(rec["d_real"])},
                        {"name": "D(G(z))", "color": COLORS["fake"], "values": _finite(rec["d_fake"])}]},
            {"title": text("gan.replay.chart.judge", share=f"{CLASS_SHARE:.0%}", threshold=f"{CONFIDENT:.0%}"),
             "y_min": 0, "y_max": CLASSES, "y2_min": 0, "y2_max": 1,
             "x_label": text("gan.replay.chart.x"),
             "series": [{"name": text("gan.replay.series.covered"), "color": COLORS["covered"], "values": _finite(rec["covered"])},
                        {"name": text("gan.replay.series.confident"), "color": COLORS["confident"], "axis": "right",
                         "values": _finite(rec["confident"])}]},
            {"title": fid_chart_title(rec, language), "log": True, "x_label": text("gan.replay.chart.x"),
             "series": [{"name": "FID", "color": COLORS["g"], "values": _finite(rec["fid"], 1)}]},
        ],
        "text": {"play": text("player.play"), "pause": text("player.pause"), "speed": text("player.speed"),
                 "slider": text("gan.replay.slider")},
    }


@shared_view(max_entries=32)
def final_samples(dataset: str, seed: int, count: int = FINAL_SAMPLES) -> dict:
    """`count` samples of the final generator (the family's sampler) and the classifier's verdict
    on exactly those: the 64 shown (judging 256 cost a click ~300 ms of server CPU; the quality
    bars' 1,000 samples are in the sidecar and the model card)."""
    classifier = loaders.model("classifier", dataset)
    samples = GANFamily().sample(loaders.model("gan", dataset), count, torch.Generator().manual_seed(seed))
    verdict = judge(classifier, samples.images)
    shares = class_shares(verdict.probabilities)
    return {"images": samples.images, "confident": verdict.confident, "covered": int((shares >= CLASS_SHARE).sum()),
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
            "rows": [{"key": "walk", "title": t("gan.walk.row_title", language),
                      "subtitle": t("gan.walk.row_subtitle", language, walks=WALKS),
                      "frames": [png_data_uri(tile(frame, columns=WALKS)) for frame in images], "wide": True, "width": 356}],
            "charts": [{"title": t("gan.walk.chart", language, walks=WALKS), "y_min": 0, "y_max": 1, "x_label": "α →",
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
            # the longest arrow's |grad_x log D(x)|: the browser scales every frame's arrows to it and prints it
            "arrow_max": round(float(np.linalg.norm(gradient, axis=1).max()), 4) if len(gradient) else 0.0,
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


# ---------------------------------------------------------------- live page: the presets, spelled out from PRESETS

def setting_value(field: str, value, language: str) -> str:
    """A ToySettings value as the page's controls show it (the average's 0 reads "off")."""
    if field == "target":
        return t(f"gan.live.target.{value}", language)
    if field == "average" and value == 0:
        return t("gan.live.average_off", language)
    return f"{value:g}" if isinstance(value, float) else f"{value:,}"


def preset_differences(language: str, name: str = "collapse", base: str = "healthy") -> list[str]:
    """Every setting in which PRESETS[name] differs from PRESETS[base], as phrases
    ("gan.live.diff.<field>"), in ToySettings' field order. A field without a phrase raises."""
    preset, other = PRESETS[name], PRESETS[base]
    return [t(f"gan.live.diff.{f.name}", language, value=setting_value(f.name, getattr(preset, f.name), language),
              base=setting_value(f.name, getattr(other, f.name), language))
            for f in fields(ToySettings) if getattr(preset, f.name) != getattr(other, f.name)]


def preset_help(name: str, language: str) -> str:
    """A preset button's tooltip, formatted from PRESETS (no typed numbers)."""
    preset = PRESETS[name]
    values = {"target": setting_value("target", preset.target, language), "modes": TARGETS[preset.target].modes,
              "lr_g": setting_value("lr_g", preset.lr_g, language), "lr_d": setting_value("lr_d", preset.lr_d, language),
              "d_steps": preset.d_steps, "latent": preset.latent_dim, "r1": setting_value("r1", preset.r1, language),
              "average": setting_value("average", preset.average, language)}
    if name == "healthy":
        return t("gan.live.preset.healthy_help", language, **values)
    differences = preset_differences(language, name)
    return t(f"gan.live.preset.{name}_help", language, **values, count=len(differences),
             differences=t("gan.live.diff.separator", language).join(differences),
             ratio=f"{preset.lr_d / preset.lr_g:g}")


def preset_summary(name: str, language: str) -> str:
    """The settings of a preset in one phrase (the live prediction question quotes it)."""
    preset = PRESETS[name]
    return t("gan.live.preset.summary", language, lr_g=setting_value("lr_g", preset.lr_g, language),
             lr_d=setting_value("lr_d", preset.lr_d, language), d_steps=preset.d_steps, latent=preset.latent_dim,
             r1=setting_value("r1", preset.r1, language), average=setting_value("average", preset.average, language))
