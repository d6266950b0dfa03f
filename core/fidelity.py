"""Fidelity: how close a set of images is to real data, one protocol for every page, sidecar, test
and the scoreboard (Compare issue), on the project classifier's penultimate features.

Three statistics, because each answers a different question:

* **FID** (Heusel et al. 2017): |m_g - m_r|^2 + Tr(S_g + S_r - 2 (S_g S_r)^(1/2)) between a
  Gaussian fitted to the n samples' features and the *fixed* statistics (m_r, S_r) of the whole
  test split, stored once per dataset (`checkpoints/fidelity_reference_D.npz`). FID is biased
  upwards at small n (the sample covariance of n points in 128 dimensions is noisy, and of rank
  < 128 for n <= 128), so it is only comparable at one n: FIDELITY_N for everything.
* **KID** (Binkowski et al. 2018): the unbiased estimate of MMD^2 with the polynomial kernel
  k(a, b) = (a.b / d + 1)^3 between the samples and real test features, mean +- standard
  deviation over random subsets. Unbiased, so it can be read at small n too (the n-sweep shows it).
* **Precision / recall** on k-nearest-neighbour manifolds (Kynkaanniemi et al. 2019): precision =
  share of samples inside the real manifold (fidelity), recall = share of real images inside the
  samples' manifold (coverage). Guidance and mode collapse trade one for the other.

Inception features (the published FID) do not fit 28 x 28 greyscale images, so these numbers are
comparable within this app only, never with published figures. The *reference* a model is read
against is real training images scored the same way at the same n: what a perfect model would get.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch

from core.data import checkpoint_directory, images_to_float

FIDELITY_N = 1000  # samples per figure, for every model and the real reference
FIDELITY_SEED = 0
KID_SUBSETS = 50  # KID: mean and standard deviation over this many random subsets ...
KID_SUBSET_SHARE = 0.5  # ... of half the samples each (and as many real features)
PR_NEIGHBOURS = 3  # k of the k-NN manifolds (Kynkaanniemi et al.'s default)


@torch.no_grad()
def classifier_features(classifier, images_uint8: np.ndarray, batch_size: int = 500) -> np.ndarray:
    """uint8 (N, 28, 28) -> (N, hidden) float64 penultimate features (Classifier.embed)."""
    classifier.eval()
    x = images_to_float(torch.tensor(np.ascontiguousarray(images_uint8)))
    return torch.cat([classifier.embed(chunk) for chunk in x.split(batch_size)]).double().numpy()


@dataclass(frozen=True)
class ReferenceStatistics:
    """Mean and covariance of the classifier features of a whole test split (FID's fixed side)."""

    mean: np.ndarray  # (d,) float64
    cov: np.ndarray  # (d, d) float64
    images: int  # test images they were computed from
    classifier_sha256: str  # the classifier whose features they are: stale if it changes


def reference_path(dataset: str, directory: str | Path | None = None) -> Path:
    return Path(directory or checkpoint_directory()) / f"fidelity_reference_{dataset}.npz"


def weights_sha256(model: torch.nn.Module) -> str:
    """A digest of a model's tensors (names, shapes, values): ties a reference to its classifier."""
    digest = hashlib.sha256()
    for name, tensor in sorted(model.state_dict().items()):
        digest.update(name.encode())
        digest.update(np.ascontiguousarray(tensor.detach().cpu().float().numpy()).tobytes())
    return digest.hexdigest()


def build_reference(classifier, test_images_uint8: np.ndarray) -> ReferenceStatistics:
    features = classifier_features(classifier, test_images_uint8)
    return ReferenceStatistics(features.mean(0), np.cov(features, rowvar=False), len(features), weights_sha256(classifier))


def save_reference(reference: ReferenceStatistics, dataset: str, directory: str | Path | None = None) -> Path:
    path = reference_path(dataset, directory)
    np.savez_compressed(path, mean=reference.mean, cov=reference.cov, images=reference.images,
                        classifier_sha256=reference.classifier_sha256)
    return path


class ReferenceMissingError(RuntimeError):
    """The fixed statistics are missing, unreadable or belong to another classifier."""


def load_reference(dataset: str, classifier=None, directory: str | Path | None = None) -> ReferenceStatistics:
    """The stored statistics of `dataset`'s test split; with `classifier`, checked to be its features."""
    path = reference_path(dataset, directory)
    command = f"python -m core.evaluate --reference-only --dataset {dataset}"
    try:
        with np.load(path) as stored:
            reference = ReferenceStatistics(stored["mean"], stored["cov"], int(stored["images"]),
                                            str(stored["classifier_sha256"]))
    except Exception as error:
        raise ReferenceMissingError(f"{path.name} is missing or unreadable ({type(error).__name__}); "
                                    f"rebuild it with: {command}") from error
    if classifier is not None and weights_sha256(classifier) != reference.classifier_sha256:
        raise ReferenceMissingError(f"{path.name} was computed with another classifier; rebuild it with: {command}")
    return reference


def frechet_distance(features: np.ndarray, mean_r: np.ndarray, cov_r: np.ndarray) -> float:
    """|m_g - m_r|^2 + Tr(S_g + S_r - 2 (S_g S_r)^(1/2)).

    Tr((S_g S_r)^(1/2)) = sum of the square roots of the eigenvalues of S_r^(1/2) S_g S_r^(1/2),
    which is symmetric positive semi-definite, so no general matrix square root is needed.
    """
    mean_g, cov_g = features.mean(0), np.cov(features, rowvar=False)
    values, vectors = np.linalg.eigh(cov_r)
    sqrt_r = (vectors * np.sqrt(np.clip(values, 0, None))) @ vectors.T
    trace_sqrt = np.sqrt(np.clip(np.linalg.eigvalsh(sqrt_r @ cov_g @ sqrt_r), 0, None)).sum()
    return float(((mean_g - mean_r) ** 2).sum() + np.trace(cov_g) + np.trace(cov_r) - 2 * trace_sqrt)


def _polynomial_kernel(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a @ b.T / a.shape[1] + 1.0) ** 3  # k(a, b) = (a.b / d + 1)^3


def unbiased_mmd2(real: np.ndarray, fake: np.ndarray) -> float:
    """MMD^2_u = mean_{i != j} k(r_i, r_j) + mean_{i != j} k(g_i, g_j) - 2 mean_{i, j} k(r_i, g_j)."""
    m, n = len(real), len(fake)
    k_rr, k_gg, k_rg = _polynomial_kernel(real, real), _polynomial_kernel(fake, fake), _polynomial_kernel(real, fake)
    return float((k_rr.sum() - np.trace(k_rr)) / (m * (m - 1)) + (k_gg.sum() - np.trace(k_gg)) / (n * (n - 1))
                 - 2 * k_rg.mean())


def kernel_inception_distance(real: np.ndarray, fake: np.ndarray, seed: int = FIDELITY_SEED,
                              subsets: int = KID_SUBSETS) -> tuple[float, float]:
    """(mean, standard deviation) of MMD^2_u over `subsets` random subsets of half the samples."""
    size = max(2, int(min(len(real), len(fake)) * KID_SUBSET_SHARE))
    rng = np.random.default_rng(seed)
    values = [unbiased_mmd2(real[rng.choice(len(real), size, replace=False)], fake[rng.choice(len(fake), size, replace=False)])
              for _ in range(subsets)]
    return float(np.mean(values)), float(np.std(values, ddof=1))


def _pairwise_distances(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    squared = (a ** 2).sum(1)[:, None] + (b ** 2).sum(1)[None] - 2 * a @ b.T
    return np.sqrt(np.clip(squared, 0, None))


def precision_recall(real: np.ndarray, fake: np.ndarray, k: int = PR_NEIGHBOURS) -> tuple[float, float]:
    """Each set's manifold = the union of balls around its points, radius = distance to the k-th
    nearest neighbour in the same set. precision = share of fake points inside the real manifold,
    recall = share of real points inside the fake manifold."""
    radius_real = np.sort(_pairwise_distances(real, real), 1)[:, k]  # column 0 is the point itself
    radius_fake = np.sort(_pairwise_distances(fake, fake), 1)[:, k]
    cross = _pairwise_distances(real, fake)  # (real, fake)
    precision = (cross <= radius_real[:, None]).any(0).mean()
    recall = (cross <= radius_fake[None, :]).any(1).mean()
    return float(precision), float(recall)


@dataclass(frozen=True)
class Fidelity:
    """One set of images scored against real data: what every page and table quotes."""

    n: int
    fid: float
    kid: float
    kid_sd: float
    precision: float
    recall: float

    def as_dict(self) -> dict:
        return asdict(self)


def fidelity_of_features(features: np.ndarray, reference: ReferenceStatistics, real_features: np.ndarray,
                         seed: int = FIDELITY_SEED) -> Fidelity:
    """Score n feature vectors: FID against the fixed test statistics; KID and precision / recall
    against n real test features (the first n of `real_features`, a fixed shuffle of the test split)."""
    n = len(features)
    if n < 2 or len(real_features) < n:
        raise ValueError(f"need at least 2 samples and as many real features ({len(real_features)}) as samples ({n})")
    real = real_features[:n]
    kid, kid_sd = kernel_inception_distance(real, features, seed)
    precision, recall = precision_recall(real, features)
    return Fidelity(n, round(frechet_distance(features, reference.mean, reference.cov), 3),
                    float(f"{kid:.4g}"), float(f"{kid_sd:.2g}"), round(precision, 4), round(recall, 4))


def fidelity(classifier, images_uint8: np.ndarray, reference: ReferenceStatistics, real_features: np.ndarray,
             seed: int = FIDELITY_SEED) -> Fidelity:
    """Score uint8 images (N, 28, 28) (see fidelity_of_features)."""
    return fidelity_of_features(classifier_features(classifier, images_uint8), reference, real_features, seed)


@dataclass(frozen=True)
class FidelityJudge:
    """Everything one dataset's figures are scored against: the classifier, the fixed test
    statistics and the real test features (the display bundle: a fixed shuffle of the test split)."""

    classifier: torch.nn.Module
    reference: ReferenceStatistics
    real_features: np.ndarray

    def score(self, images_uint8: np.ndarray, seed: int = FIDELITY_SEED) -> Fidelity:
        return fidelity(self.classifier, images_uint8, self.reference, self.real_features, seed)


def fidelity_judge(dataset: str, classifier) -> FidelityJudge:
    from core.data import load_display_bundle

    return FidelityJudge(classifier, load_reference(dataset, classifier),
                         classifier_features(classifier, load_display_bundle(dataset)[0]))


def real_training_images(dataset: str, n: int = FIDELITY_N, seed: int = FIDELITY_SEED, root=None) -> np.ndarray:
    """n training images (a seeded draw without replacement): the reference a model is read against,
    scored exactly like a model's n samples. Needs the dataset on disk (core.data.load_dataset)."""
    from core.data import DEFAULT_DATA_ROOT, load_dataset

    images, _ = load_dataset(dataset, train=True, root=root or DEFAULT_DATA_ROOT)
    order = np.random.default_rng(seed).choice(len(images), n, replace=False)
    return images.numpy()[order]
