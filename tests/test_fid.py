"""The shared FID: zero for identical sets, sensitive to shifts, and real images beat noise."""
import numpy as np

from core.checkpoints import load_checkpoint
from core.data import load_display_bundle
from core.fid import classifier_fid, frechet_distance, real_fid_floor


def test_frechet_distance_of_a_set_with_itself_is_zero_and_a_shift_adds_its_square():
    features = np.random.default_rng(0).normal(size=(500, 8))
    assert abs(frechet_distance(features, features)) < 1e-6
    assert abs(frechet_distance(features, features + 2.0) - 8 * 4.0) < 1e-6


def test_real_images_are_far_closer_to_real_images_than_noise_is():
    classifier, _ = load_checkpoint("classifier", "mnist")
    images, _ = load_display_bundle("mnist")
    reference, floor = real_fid_floor(classifier, images)
    noise = np.random.default_rng(0).integers(0, 256, size=(1000, 28, 28), dtype=np.uint8)
    assert floor < 0.05 * classifier_fid(classifier, noise, reference)
