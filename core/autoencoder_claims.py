"""What the AE vs VAE page says about its checkpoints' test numbers, decided from those numbers.

The page's sentences compare reconstruction errors and -ELBOs (nats: fewer is better) between
models. Every comparison here works on the values as the page prints them (rounded to
DECIMALS), so a word such as "better" and the two numbers printed beside it never disagree.
Input: `metrics[dataset][kind]`, the "metrics" of each checkpoint's sidecar (core.checkpoints).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

DECIMALS = 1  # nats are printed with one decimal
SLIGHT_GAIN = 0.01  # a reconstruction gain under 1 % of the error is called slight
RECONSTRUCTION_AT_MEAN = "test_reconstruction_nats"  # at the code z (the VAE: the mean of q(z|x))
RECONSTRUCTION_AT_SAMPLE = "test_elbo_reconstruction_nats"  # at one sampled z ~ q(z|x)
NEGATIVE_ELBO = "test_negative_elbo_nats"


def shown(value: float) -> float:
    """A value in nats as the page prints it: the sidecar's decimal rounded half up (246.95 -> 247.0,
    as a reader rounds the model card's 246.95; binary round() would give 246.9)."""
    return float(Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-DECIMALS), rounding=ROUND_HALF_UP))


def direction(value: float, reference: float) -> str:
    """"better" (fewer nats than `reference`), "worse" or "same", on the printed values."""
    a, b = shown(value), shown(reference)
    return "same" if a == b else "better" if a < b else "worse"


@dataclass(frozen=True)
class Versus:
    """One model's number against a reference model's on one dataset (printed values)."""

    dataset: str
    value: float
    reference: float

    @property
    def direction(self) -> str:
        return direction(self.value, self.reference)

    @property
    def difference(self) -> float:
        """|value - reference| of the printed values, so it matches the reader's subtraction."""
        return round(abs(shown(self.value) - shown(self.reference)), DECIMALS)

    @property
    def relative_gain(self) -> float:
        """How much fewer nats than the reference, as a share of the reference (negative: more)."""
        return (shown(self.reference) - shown(self.value)) / shown(self.reference)


def versus(metrics: dict, kind: str, reference_kind: str, key: str) -> list[Versus]:
    """`kind` against `reference_kind` on `key`, one entry per dataset of `metrics` (in its order)."""
    return [Versus(dataset, float(by_kind[kind][key]), float(by_kind[reference_kind][key]))
            for dataset, by_kind in metrics.items()]


def vae_vs_ae(metrics: dict) -> list[Versus]:
    """The VAE's reconstruction at the mean of q(z|x) against the AE's at its code: measured the same way."""
    return versus(metrics, "vae", "ae", RECONSTRUCTION_AT_MEAN)


def vae_costs_reconstruction(rows: list[Versus]) -> bool:
    """True when the VAE reconstructs worse than the AE on any dataset."""
    return any(row.direction == "worse" for row in rows)


def small_beta_verdict(rows: list[Versus]) -> str:
    """What a smaller KL weight buys in reconstruction against beta = 1: "none" (worse or the same
    everywhere), "slight" (better somewhere, but every gain under SLIGHT_GAIN) or "gain"."""
    if all(row.direction != "better" for row in rows):
        return "none"
    return "slight" if all(row.relative_gain < SLIGHT_GAIN for row in rows) else "gain"


def large_beta_verdict(rows: list[Versus]) -> str:
    """"rises" when a larger KL weight reconstructs worse than beta = 1 on every dataset, else "mixed"."""
    return "rises" if rows and all(row.direction == "worse" for row in rows) else "mixed"


def lowest(metrics: dict, kinds: tuple[str, ...], key: str = NEGATIVE_ELBO) -> dict[str, list[str]]:
    """dataset -> the kinds with the fewest printed nats on `key` (more than one on a tie)."""
    result = {}
    for dataset, by_kind in metrics.items():
        best = min(shown(by_kind[kind][key]) for kind in kinds)
        result[dataset] = [kind for kind in kinds if shown(by_kind[kind][key]) == best]
    return result
