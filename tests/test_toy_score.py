"""The 2-D score model (core.toy_score, issue: score models and Langevin dynamics): the exact
score of a blurred Gaussian mixture, the shipped networks against it, and the lesson of annealing
(plain Langevin at the smallest sigma cannot recover unequal mode weights), on the shipped checkpoints."""
import numpy as np
import pytest
import torch

from core.toy_score import MIXTURES, langevin, load_score_model, mode_shares, noise_levels, relative_score_error

POINTS = 2000


@pytest.fixture(autouse=True)
def one_thread():
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.mark.parametrize("name", list(MIXTURES))
def test_the_exact_score_is_the_gradient_of_the_log_density(name):
    mixture = MIXTURES[name]
    x = mixture.sample(50, np.random.default_rng(0)).astype(np.float64) + 0.3
    h = 1e-5
    for sigma in (0.0, 0.5):
        numeric = np.stack([(mixture.log_density(x + h * e, sigma) - mixture.log_density(x - h * e, sigma)) / (2 * h)
                            for e in np.eye(2)], 1)
        assert np.allclose(mixture.score(x, sigma), numeric, rtol=1e-4, atol=1e-4)


def test_noise_levels_span_the_modes_to_below_their_spread():
    ring = MIXTURES["ring"]
    sigmas = noise_levels(ring)
    assert sigmas[0] == pytest.approx(4.0) and sigmas[-1] < ring.sigma and np.all(np.diff(sigmas) < 0)


@pytest.mark.parametrize("name", list(MIXTURES))
def test_the_learned_score_is_close_to_the_true_one_at_every_level(name):
    model, sigmas, sidecar = load_score_model(name)
    errors = [relative_score_error(model, MIXTURES[name], s) for s in sigmas]
    assert max(errors) <= 0.25
    assert errors == pytest.approx(sidecar["metrics"]["relative_score_error"], abs=2e-3)


def test_annealed_langevin_puts_the_ring_samples_on_all_eight_modes():
    model, sigmas, _ = load_score_model("ring")
    points, _ = langevin(model, sigmas, POINTS, seed=0, view=MIXTURES["ring"].view)
    shares = mode_shares(points, MIXTURES["ring"])
    assert shares.sum() >= 0.90 and shares.min() >= 0.08


def test_plain_langevin_cannot_recover_unequal_weights_and_annealing_does():
    mixture = MIXTURES["unequal"]
    model, sigmas, _ = load_score_model("unequal")
    annealed, _ = langevin(model, sigmas, POINTS, seed=0, view=mixture.view, annealed=True)
    plain, _ = langevin(model, sigmas, POINTS, seed=0, view=mixture.view, annealed=False)
    heavy = int(np.argmax(mixture.weights))
    assert abs(mode_shares(annealed, mixture)[heavy] - mixture.weights[heavy]) <= 0.05
    assert abs(mode_shares(plain, mixture)[heavy] - mixture.weights[heavy]) > 0.15


def test_the_trajectory_has_a_frame_per_interval_and_ends_at_the_samples():
    model, sigmas, _ = load_score_model("ring")
    points, frames = langevin(model, sigmas, 50, seed=1, view=3.5, steps_per_level=10, frame_every=10)
    assert frames.shape == (len(sigmas) + 1, 50, 2) and np.array_equal(frames[-1], points)
