"""Latent-space helpers and the maximum-likelihood demo's maths."""
import numpy as np

from core.latent import interpolate, lattice_points, relative_density
from core.likelihood import gaussian_log_likelihood, hidden_normal_samples, maximum_likelihood_normal
from core.metrics import gaussian_fit_kl


def test_linear_and_spherical_paths_start_and_end_at_the_codes():
    a, b = np.array([1.0, 0.0]), np.array([0.0, 2.0])
    for mode in ("linear", "slerp"):
        path = interpolate(a, b, np.linspace(0, 1, 11), mode)
        assert np.allclose(path[0], a, atol=1e-6) and np.allclose(path[-1], b, atol=1e-6)
    midpoint_linear = interpolate(a, b, np.array([0.5]), "linear")[0]
    midpoint_slerp = interpolate(a, b, np.array([0.5]), "slerp")[0]
    assert np.linalg.norm(midpoint_slerp) > np.linalg.norm(midpoint_linear)  # slerp avoids the low-norm middle


def test_lattice_is_row_major_from_top_left():
    grid = lattice_points((-1, 1), (-2, 2), 3)
    assert grid.shape == (9, 2)
    assert tuple(grid[0]) == (-1, 2) and tuple(grid[-1]) == (1, -2)


def test_relative_density_is_about_one_in_the_data_and_tiny_in_a_hole():
    rng = np.random.default_rng(0)
    points = np.concatenate([rng.normal(-5, 1, (500, 2)), rng.normal(5, 1, (500, 2))])
    density = relative_density(points, np.array([[-5.0, -5.0], [0.0, 0.0]]))
    assert 0.5 < density[0] < 3.0
    assert density[1] < 0.05


def test_gaussian_fit_kl_is_zero_for_prior_samples_and_large_for_spread_codes():
    rng = np.random.default_rng(0)
    assert gaussian_fit_kl(rng.standard_normal((5000, 2))) < 0.01
    assert gaussian_fit_kl(10 * rng.standard_normal((5000, 2)) + 3) > 50


def test_maximum_likelihood_estimate_beats_every_nearby_parameter():
    samples, true_mu, true_sigma = hidden_normal_samples(seed=3, n=500)
    mu_hat, sigma_hat = maximum_likelihood_normal(samples)
    best = gaussian_log_likelihood(samples, mu_hat, sigma_hat)
    for d_mu, d_sigma in [(0.05, 0), (-0.05, 0), (0, 0.05), (0, -0.05)]:
        assert gaussian_log_likelihood(samples, mu_hat + d_mu, sigma_hat + d_sigma) < best
    assert abs(mu_hat - true_mu) < 0.2 and abs(sigma_hat - true_sigma) < 0.2


def test_hidden_normal_is_reproducible_from_the_seed():
    assert np.array_equal(hidden_normal_samples(5, 10)[0], hidden_normal_samples(5, 10)[0])
    assert not np.array_equal(hidden_normal_samples(5, 10)[0], hidden_normal_samples(6, 10)[0])


def test_faithful_examples_are_reconstructed_as_their_class_by_both_models():
    """The interpolation page's endpoints: every image the mask keeps is reconstructed as its own
    class by the AE and the VAE, most images are kept, and a pick is a kept image of the class."""
    import torch

    from core.checkpoints import load_checkpoint
    from core.data import CHECKPOINT_DIR
    from core.interpolation import LatentModel, faithful_mask, pick_faithful_example
    from core.judge import judge
    from core.latent import decode_latents, encode_images

    bundle = np.load(CHECKPOINT_DIR / "display_mnist.npz")
    images, labels = bundle["images"][:300], bundle["labels"][:300]
    classifier, _ = load_checkpoint("classifier", "mnist")
    latents = []
    for kind in ("ae", "vae"):
        model, _ = load_checkpoint(kind, "mnist")
        latents.append(LatentModel(model, encode_images(model, images), typical_radius=1.0))
    with torch.no_grad():
        mask = np.any([faithful_mask(latents, classifier, labels, label) for label in range(10)], axis=0)
        sevens = faithful_mask(latents, classifier, labels, 7)
    assert not sevens[labels != 7].any() and np.array_equal(sevens[labels == 7], mask[labels == 7])
    assert 0.5 < mask.mean() < 1.0, mask.mean()  # most are faithful (69 %), and the check can reject
    for latent in latents:
        kept = np.flatnonzero(mask)
        verdict = judge(classifier, decode_latents(latent.model, latent.codes[kept])).probabilities.argmax(1)
        assert np.array_equal(verdict, labels[kept])
    for draw in range(5):
        picked = pick_faithful_example(sevens, labels, 7, np.random.default_rng([0, 7, draw]))
        assert labels[picked] == 7 and mask[picked]
