"""The shared fidelity protocol (core.fidelity): each statistic does what its formula says, and on
real data it behaves as the Compare page claims (FID biased by n, KID not)."""
import numpy as np
import pytest

from core.checkpoints import load_checkpoint
from core.data import load_display_bundle
from core.fidelity import (ReferenceMissingError, classifier_features, fidelity_judge, frechet_distance,
                           kernel_inception_distance, load_reference, precision_recall, unbiased_mmd2)


def test_frechet_distance_to_a_sets_own_statistics_is_zero_and_a_shift_adds_its_square():
    features = np.random.default_rng(0).normal(size=(500, 8))
    mean, cov = features.mean(0), np.cov(features, rowvar=False)
    assert abs(frechet_distance(features, mean, cov)) < 1e-6
    assert abs(frechet_distance(features + 2.0, mean, cov) - 8 * 4.0) < 1e-6


def test_unbiased_mmd_is_zero_on_average_for_two_draws_of_one_distribution_and_positive_for_a_shift():
    rng = np.random.default_rng(1)
    same = [unbiased_mmd2(rng.normal(size=(100, 4)), rng.normal(size=(100, 4))) for _ in range(40)]
    assert abs(np.mean(same)) < 3 * np.std(same) / np.sqrt(len(same))  # unbiased: it can go below 0
    assert min(same) < 0
    shifted = unbiased_mmd2(rng.normal(size=(100, 4)), rng.normal(size=(100, 4)) + 1.0)
    assert shifted > 10 * np.std(same)


def test_precision_and_recall_separate_fidelity_from_coverage():
    """Samples from one half of the data: inside the real manifold (precision ~1) but covering half (recall ~0.5)."""
    rng = np.random.default_rng(2)
    real = np.concatenate([rng.normal(size=(300, 2)) - 6, rng.normal(size=(300, 2)) + 6])
    collapsed = rng.normal(size=(600, 2)) - 6
    precision, recall = precision_recall(real, collapsed)
    assert precision > 0.9 and 0.4 < recall < 0.6
    precision, recall = precision_recall(real, real + 20)  # far away: neither
    assert precision == 0 and recall == 0


def test_kid_spread_shrinks_with_more_samples():
    rng = np.random.default_rng(3)
    _, small = kernel_inception_distance(rng.normal(size=(100, 4)), rng.normal(size=(100, 4)))
    _, large = kernel_inception_distance(rng.normal(size=(1000, 4)), rng.normal(size=(1000, 4)))
    assert large < small


@pytest.mark.parametrize("dataset", ["mnist", "fashion"])
def test_stored_test_statistics_belong_to_the_shipped_classifier(dataset):
    classifier, _ = load_checkpoint("classifier", dataset)
    reference = load_reference(dataset, classifier)
    assert reference.mean.shape == (128,) and reference.cov.shape == (128, 128)
    assert reference.images == {"mnist": 2000, "fashion": 10000}[dataset]  # the whole (offline) test split
    assert np.allclose(reference.cov, reference.cov.T)


def test_a_reference_of_another_classifier_is_refused_with_the_rebuild_command():
    other, _ = load_checkpoint("classifier", "fashion")
    with pytest.raises(ReferenceMissingError, match="core.evaluate --reference-only"):
        load_reference("mnist", other)


def test_real_test_images_score_far_better_than_noise():
    classifier, _ = load_checkpoint("classifier", "mnist")
    scorer = fidelity_judge("mnist", classifier)
    images, _ = load_display_bundle("mnist")
    real = scorer.score(images[1000:2000])
    noise = scorer.score(np.random.default_rng(0).integers(0, 256, size=(1000, 28, 28), dtype=np.uint8))
    assert real.fid < 0.05 * noise.fid and noise.precision < 0.05 < 0.8 < real.precision
    assert abs(real.kid) < 0.05 * noise.kid


def test_features_are_128_numbers_per_image():
    classifier, _ = load_checkpoint("classifier", "mnist")
    images, _ = load_display_bundle("mnist")
    assert classifier_features(classifier, images[:3]).shape == (3, 128)
