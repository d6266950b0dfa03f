"""The quality bars of the DDPM issue, on the shipped checkpoints (able to fail).

Sample counts are kept small so the file runs in well under a minute on 2 CPU cores; the
choices (and why they still test the bars) are written next to each test. The full-size
numbers (DDIM 10-100, DDPM 50, 100 and 1000 steps) are in checkpoints/ddpm_D_measured.json (python -m core.diffusion_quality).
"""
import numpy as np
import pytest
import torch

from core.checkpoints import load_checkpoint
from core.data import load_display_bundle
from core.diffusion_quality import balanced_labels
from core.fid import classifier_fid, real_fid_floor
from core.judge import judge
from core.registry import model_kind

AGREEMENT_BAR = {"mnist": 0.98, "fashion": 0.90}
# Agreement: DDIM 20 steps instead of the bar's 50. On these checkpoints fewer steps never scored
# better (checkpoints/ddpm_D_measured.json: agreement and FID improve from 10 to 50 steps), so
# passing at 20 steps is a sufficient test of the 50-step bar, at 40 % of the cost
# (on a machine shared by three trainings a DDIM step cost ~15 ms per image: every sample counts).
AGREEMENT_STEPS = 20
AGREEMENT_SAMPLES = 100  # 10 per class: one miss costs 1 %, so the MNIST bar allows 2 misses
# FID: the bar's own 50 steps (at 20 the ratio sits right at the bar on MNIST: 2.0x on 100 samples).
FID_STEPS = 50
FID_SAMPLES = 100  # the real floor is measured on the same number of real test images (FID is biased
# upwards at small n, for the samples and the floor alike: the bar compares the two at equal n)


def draw(dataset: str, n: int, guidance: float, seed: int, steps: int, eta: float = 0.0):
    model, _ = load_checkpoint("ddpm", dataset)
    labels = balanced_labels(n)
    samples = model_kind("ddpm").family.sample(model, n, torch.Generator().manual_seed(seed), label=labels,
                                               guidance=guidance, steps=steps, eta=eta)
    return samples.images, labels


def fid_and_floor(dataset: str, images: np.ndarray) -> tuple[float, float]:
    """FID (classifier features) of `images` and of as many real test images, against the same reference."""
    classifier, _ = load_checkpoint("classifier", dataset)
    real, _ = load_display_bundle(dataset)
    reference, floor = real_fid_floor(classifier, real, len(images))
    return classifier_fid(classifier, images, reference), floor


@pytest.mark.parametrize("dataset", ["mnist", "fashion"])
def test_guided_samples_are_the_requested_class(dataset):
    images, labels = draw(dataset, AGREEMENT_SAMPLES, guidance=3.0, seed=11, steps=AGREEMENT_STEPS)
    classifier, _ = load_checkpoint("classifier", dataset)
    agreement = float((judge(classifier, images).probabilities.argmax(1) == labels).mean())
    assert agreement >= AGREEMENT_BAR[dataset], f"{dataset}: {agreement:.1%} agree at w = 3"


# Issue #11's bar, FID at w = 0 within 2x the real floor, with DDPM's stochastic sampler on a
# respaced chain of 100 steps (DDIM's update with eta = 1): measured 0.92x / 0.95x on 100 samples
# (checkpoints/ddpm_D_measured.json); on this seed 0.98x / 1.02x, on seed 13 1.22x (Fashion),
# at 200 samples 1.03x (Fashion). The deterministic DDIM (eta = 0) is guarded below.
BAR_STEPS, BAR_SAMPLES = 100, 100


@pytest.mark.parametrize("dataset", ["mnist", "fashion"])
def test_conditional_samples_without_guidance_are_within_2x_of_the_real_floor(dataset):
    images, _ = draw(dataset, BAR_SAMPLES, guidance=0.0, seed=12, steps=BAR_STEPS, eta=1.0)
    fid, floor = fid_and_floor(dataset, images)
    assert fid <= 2 * floor, f"{dataset}: FID {fid:.2f} vs real floor {floor:.2f}"
    assert np.unique(images.reshape(len(images), -1), axis=0).shape[0] == len(images)  # no copies


@pytest.mark.parametrize("dataset", ["mnist", "fashion"])
def test_deterministic_ddim_without_guidance_keeps_what_it_reached(dataset):
    """DDIM (eta = 0) at the bar's 50 steps: 1.8x (MNIST) and 1.3-1.5x (Fashion-MNIST, trained 8
    epochs; the 2-epoch model shipped before measured 3.1x) the floor; this guards what was
    reached, so a worse retrain fails."""
    images, _ = draw(dataset, FID_SAMPLES, guidance=0.0, seed=12, steps=FID_STEPS)
    fid, floor = fid_and_floor(dataset, images)
    reached = {"mnist": 2.5, "fashion": 2.0}[dataset]
    assert fid <= reached * floor, f"{dataset}: FID {fid:.2f} vs real floor {floor:.2f}"
