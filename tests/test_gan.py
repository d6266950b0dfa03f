"""The GAN family: quality bars on the shipped generators and recordings, the toy 2-D GAN's
mode metric, and the two presets of the live page (they must show what they promise)."""

import numpy as np
import pytest
import torch

from core.checkpoints import checkpoint_paths, load_checkpoint
from core.data import CHECKPOINT_DIR
from core.evaluate import read_metrics
from core.families.gan import RECORDED_INTERVALS, noise_walk
from core.toy2d import METRIC_SAMPLES, PRESET_STEPS, PRESETS, TARGETS, ToyGAN, ToySettings, mode_metrics, train_toy
from tests import gan_presets
from tests.gan_presets import GRID_BAR_STEPS, RING_BAR_STEPS

DATASETS = ["mnist", "fashion"]


@pytest.fixture(scope="module", params=DATASETS)
def quality(request):
    """The shipped generator's record under the shared protocol (checkpoints/metrics.json; that it is
    the shipped weights' and reproducible is tests/test_evaluate.py's job)."""
    record = read_metrics()["datasets"][request.param]["models"]["gan"]
    return request.param, record


# Issue #7's bars on core.evaluate's 1,000 samples: >= 3 % for every class (smallest class 5.4 %
# MNIST, 3.3 % Fashion) and mean max-softmax >= 0.9 on MNIST (0.906).
MIN_CLASS_SHARE = 0.03


def test_generator_covers_every_class(quality):
    dataset, record = quality
    assert record["coverage"]["min_class_share"] >= MIN_CLASS_SHARE, record["coverage"]


def test_mnist_generator_samples_are_recognised_with_confidence(quality):
    dataset, record = quality
    if dataset == "mnist":
        assert record["coverage"]["mean_max_softmax"] >= 0.9, record["coverage"]


def test_gan_fid_lies_between_the_real_reference_and_noise(quality):
    """Far above real images scored the same way (the reference), far below what noise scores."""
    dataset, record = quality
    reference = read_metrics()["datasets"][dataset]["reference"]["fidelity"]["fid"]
    assert reference < record["fidelity"]["fid"] < 100 * reference


@pytest.mark.parametrize("dataset", DATASETS)
def test_recording_has_over_100_snapshots_and_is_small(dataset):
    path = CHECKPOINT_DIR / f"gan_{dataset}_recording.npz"
    assert path.stat().st_size <= 10 * 2**20
    with np.load(path) as recording:
        images, steps = recording["images"], recording["step"]
        assert images.dtype == np.uint8 and images.shape[1:] == (36, 28, 28)
        assert len(images) == len(steps) == RECORDED_INTERVALS + 1 >= 101
        assert steps[0] == 0 and np.all(np.diff(steps) > 0)
        for key in ("g_loss", "d_loss", "d_real", "d_fake", "covered", "confident", "max_softmax", "classes"):
            assert recording[key].shape == steps.shape, key
        # The measured curve: noise at step 0 is not recognised; the end of the run is.
        # At step 0 G draws grey blurs: one class, and FID far above the end of the run.
        assert recording["covered"][0] <= 2 and recording["covered"][-1] >= 7
        assert recording["fid"][-1] < recording["fid"][0] / 2


def test_gan_checkpoints_and_recordings_stay_under_8_mb():
    files = [p for d in DATASETS for p in checkpoint_paths("gan", d)] + list(CHECKPOINT_DIR.glob("gan_*_recording.npz"))
    assert sum(p.stat().st_size for p in files) <= 8 * 2**20


def test_noise_walk_starts_and_ends_at_the_sampled_endpoints():
    model, _ = load_checkpoint("gan", "mnist")
    images, alphas = noise_walk(model, torch.Generator().manual_seed(1), walks=3, frames=5)
    assert images.shape == (5, 3, 28, 28) and images.dtype == np.uint8
    assert alphas[0] == 0 and alphas[-1] == 1
    ends = torch.randn(2, 3, model.config.latent_dim, generator=torch.Generator().manual_seed(1))
    expected = (model.generate(ends[1]).squeeze(1).numpy() * 255 + 0.5).clip(0, 255).astype(np.uint8)
    assert np.abs(images[-1].astype(int) - expected.astype(int)).max() <= 1


@pytest.mark.parametrize("name", list(TARGETS))
def test_samples_of_the_target_itself_cover_every_mode_with_high_quality(name):
    target = TARGETS[name]
    metrics = mode_metrics(target.sample(METRIC_SAMPLES, np.random.default_rng(0)), target)
    assert metrics.covered == target.modes
    assert metrics.high_quality > 0.97


def test_a_single_blob_covers_one_mode_and_far_points_are_low_quality():
    ring = TARGETS["ring"]
    one_mode = ring.anchors[3] + ring.sigma * np.random.default_rng(0).standard_normal((METRIC_SAMPLES, 2))
    assert mode_metrics(one_mode, ring).covered == 1
    assert mode_metrics(np.zeros((METRIC_SAMPLES, 2)), ring).high_quality == 0.0




def train_one_thread(settings, steps):
    """Toy nets are tiny: one torch thread is faster than two fighting over a busy machine (as in the app)."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return train_toy(settings, steps)
    finally:
        torch.set_num_threads(threads)


@pytest.fixture(scope="module")
def preset_runs() -> dict:
    """Every preset run the tests below judge, trained once (tests/gan_presets.py: the long ones in
    the background since collection, the short ones now in two processes)."""
    return gan_presets.all_runs()


PRESET_TIMEOUT_S = 900  # the first test using preset_runs is charged its ~3 minutes of setup


@pytest.mark.timeout(PRESET_TIMEOUT_S)
@pytest.mark.parametrize("run", ["ring", "ring_seed_1"])
def test_healthy_preset_covers_every_ring_mode(preset_runs, run):
    """The preset's first minute on the page: 8 / 8 ring modes by PRESET_STEPS, high quality
    72-73 % there on seeds 0 and 1 (core/toy2d.py)."""
    metrics = preset_runs[run][PRESET_STEPS]
    assert metrics.covered == 8, metrics
    assert metrics.high_quality >= 0.65, metrics


@pytest.mark.timeout(PRESET_TIMEOUT_S)
def test_healthy_preset_meets_the_ring_and_grid_bars_when_trained_longer(preset_runs):
    """Issue #7's bars on the healthy preset, seed 0: 8 / 8 ring modes with >= 90 % of 2,500
    samples within 3 sigma of a mode at 30,000 steps, and >= 20 / 25 modes of the 5 x 5 grid at
    20,000 steps (measured values in core/toy2d.py)."""
    ring_metrics, grid_metrics = preset_runs["ring"][RING_BAR_STEPS], preset_runs["grid"][GRID_BAR_STEPS]
    assert ring_metrics.covered == 8 and ring_metrics.high_quality >= 0.90, ring_metrics
    assert grid_metrics.covered >= 20, grid_metrics


@pytest.mark.timeout(PRESET_TIMEOUT_S)
def test_collapse_preset_covers_at_most_3_ring_modes(preset_runs):
    metrics = preset_runs["collapse"][PRESET_STEPS]
    assert metrics.covered <= 3, metrics


def test_the_shown_average_is_what_the_metric_and_the_page_see():
    """The healthy preset shows G's running average; with average = 0 the shown G is G itself."""
    plain = train_one_thread(ToySettings(seed=3, hidden=32), 30)
    assert torch.equal(plain.G_shown(torch.ones(1, 2)), plain.G(torch.ones(1, 2)))
    averaged = train_one_thread(ToySettings(seed=3, hidden=32, average=0.99), 30)
    assert not torch.equal(averaged.G_shown(torch.ones(1, 2)), averaged.G(torch.ones(1, 2)))


def test_toy_gan_is_reproducible_and_snapshots_have_what_the_page_draws():
    settings = ToySettings(seed=3, hidden=32)
    a, b = train_one_thread(settings, 20), train_one_thread(settings, 20)
    assert np.array_equal(a.samples(100), b.samples(100))
    snapshot = a.snapshot(shown=50, arrows=10, heat_size=8)
    assert snapshot["points"].shape == (50, 2) and snapshot["gradient"].shape == (10, 2)
    assert snapshot["heat"].shape == (8, 8) and 0 <= snapshot["heat"].min() <= snapshot["heat"].max() <= 1
    assert snapshot["step"] == 20 and snapshot["g_loss"] is not None
