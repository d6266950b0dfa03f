"""Sampling speed of every shipped generative model on this machine (a script, not a test): ms per
sample at batch 1 and 16 with one torch thread (core.evaluate.speed: the protocol's sampler
settings, median of 3 after a warm-up), network evaluations and parameters. metrics.json keeps the
figures of its own run; this re-times them now, beside each other, so their ratios are fair.

    python bench/sampling.py [--datasets mnist fashion] [--json bench/results/sampling.json]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.checkpoints import load_checkpoint  # noqa: E402
from core.data import DATASETS  # noqa: E402
from core.evaluate import speed  # noqa: E402
from core.registry import generative_kinds  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", nargs="*", default=list(DATASETS), choices=list(DATASETS))
    parser.add_argument("--json", default=str(ROOT / "bench" / "results" / "sampling.json"))
    options = parser.parse_args(argv)
    results: dict = {"models": {}}
    for dataset in options.datasets:
        for name in generative_kinds():
            record = speed(name, load_checkpoint(name, dataset)[0])
            results["models"][f"{name}/{dataset}"] = record
            print(f"{name}/{dataset}: {record['ms_per_sample_batch_1']} ms per sample at batch 1, "
                  f"{record['ms_per_sample_batch_16']} at 16 ({record['network_evaluations']} network evaluations)", flush=True)
    Path(options.json).parent.mkdir(parents=True, exist_ok=True)
    Path(options.json).write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
