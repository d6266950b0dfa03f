"""The seeds' summary table (seed 003 §4, concept C17) beside this app's measurements: which of the
seed's verdicts the shipped models bear out. numpy-free, plain data in and out.

The seed rates four families with ○ (good), △ (middling) and × (poor). A rating implies an order;
a measurement *disagrees* with the seed where the seed rates family A strictly above family B but
A measured worse than B. Columns without a comparable measurement for both families make no claim.
"""
from __future__ import annotations

FAMILIES = ("vae", "ddpm", "flow", "gan")  # the registry kind that stands for each family on the scoreboard
COLUMNS = ("likelihood", "stability", "fidelity", "speed")
SYMBOL_RANK = {"○": 2, "△": 1, "×": 0}

# Seed 003 §4, as printed (its 0 is ○, its Δ is △).
SEED_RATINGS: dict[str, dict[str, str]] = {
    "vae": {"likelihood": "△", "stability": "○", "fidelity": "△", "speed": "○"},
    "ddpm": {"likelihood": "○", "stability": "○", "fidelity": "○", "speed": "×"},
    "flow": {"likelihood": "○", "stability": "△", "fidelity": "△", "speed": "○"},
    "gan": {"likelihood": "×", "stability": "×", "fidelity": "○", "speed": "○"},
}


def disagreements(column: str, measured: dict[str, float | None], lower_is_better: bool = True) -> dict[str, list[str]]:
    """For each family, the families the seed rates it above (in `column`) that measured better than it.

    measured: family -> value (None: not measured or not comparable; such pairs make no claim)."""
    found: dict[str, list[str]] = {family: [] for family in measured}
    for a, value_a in measured.items():
        for b, value_b in measured.items():
            if a == b or value_a is None or value_b is None:
                continue
            seed_says_a_better = SYMBOL_RANK[SEED_RATINGS[a][column]] > SYMBOL_RANK[SEED_RATINGS[b][column]]
            a_measured_worse = value_a > value_b if lower_is_better else value_a < value_b
            if seed_says_a_better and a_measured_worse:
                found[a].append(b)
    return found


def scoreboard_values(records: dict[str, dict], reference_fid: float,
                      stability: dict | None = None) -> dict[str, dict[str, float | None]]:
    """column -> family -> the measured figure the column compares (lower is better in each):
    fidelity = FID / reference FID, speed = ms per sample at batch 16, likelihood = bits/dim where
    it is comparable across families (a Bernoulli ELBO is not; undefined counts as worst: inf),
    stability = the share of the family's 2-D ring runs that missed a mode (core.stability; the
    GAN's plain run stands for the family, its other settings are shown beside it)."""
    ring = (stability or {}).get("ring", {}).get("families", {})
    values: dict[str, dict[str, float | None]] = {column: {} for column in COLUMNS}
    for family in FAMILIES:
        record = records.get(family)
        if record is None:
            for column in COLUMNS:
                values[column][family] = None
            continue
        values["fidelity"][family] = record["fidelity"]["fid"] / reference_fid
        values["speed"][family] = record["speed"]["ms_per_sample_batch_16"]
        likelihood = record["likelihood"]
        if likelihood["kind"] == "undefined":
            values["likelihood"][family] = float("inf")
        elif likelihood["bits_per_dim"] is None or not likelihood.get("comparable", True):
            values["likelihood"][family] = None
        else:
            values["likelihood"][family] = likelihood["bits_per_dim"]
        runs = ring.get(family)
        values["stability"][family] = None if runs is None else round(1 - runs["all_modes_share"], 6)
    return values
