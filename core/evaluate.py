"""The evaluation layer: one fixed protocol for every generative model the app ships, and one record
per model that sidecars, tests, pages and the Compare scoreboard all read.

`python -m core.evaluate [--kinds K ...] [--datasets D ...]` writes checkpoints/metrics.json:

* the protocol (n, seed, features, KID subsets, k of precision / recall) and where it ran;
* per dataset, the **reference**: n real training images scored exactly like a model's n samples
  (what a perfect model would get at this n: finite samples never score 0);
* per generative kind and dataset, a record: fidelity (core.fidelity: FID, KID +- sd, precision,
  recall), class coverage (the classifier's verdict), likelihood in bits/dim with its kind stated
  (exact, a bound, or undefined and why), speed (ms per sample at batch 1 and 16 on this machine,
  network evaluations, parameters) and the SHA-256 of the weights it measured;
* an n-sweep (100 ... 2,000) for real data and one model: FID drifts with n, KID does not.

Every kind is sampled with its own sampler's defaults (`ModelKind.evaluation_options`: the DDPM
with DDIM 50 steps, w = 0, classes balanced), seed FIDELITY_SEED, n FIDELITY_N. The families do
not score themselves: they sample, and this module judges.
"""
from __future__ import annotations

import argparse
import datetime
import json
import math
import platform
import sys
import time
from pathlib import Path

import numpy as np
import torch

from core.checkpoints import library_versions, load_checkpoint, read_sidecar
from core.data import DATASETS, checkpoint_directory, load_dataset, load_display_bundle
from core.diffusion_bound import variational_bound
from core.fidelity import (FIDELITY_N, FIDELITY_SEED, KID_SUBSETS, PR_NEIGHBOURS, FidelityJudge, build_reference,
                           fidelity_judge, real_training_images, save_reference)
from core.judge import judge
from core.metrics import class_shares
from core.registry import KINDS, generative_kinds, model_kind
from core.stability import image_curve_stability, ring_stability

SWEEP_SIZES = (100, 200, 500, 1000, 2000)
SWEEP_KIND = "gan"  # the model of the n-sweep: the fastest sampler
SPEED_BATCHES = (1, 16)
SPEED_REPEATS = 3  # the median of this many timed runs (after one warm-up run)
BITS = 784 * math.log(2)  # nats per image -> bits per dimension
BOUND_IMAGES = 100  # test images in the DDPM's variational bound (T network evaluations each)


def metrics_path(directory: str | Path | None = None) -> Path:
    return Path(directory or checkpoint_directory()) / "metrics.json"


def read_metrics(directory: str | Path | None = None) -> dict:
    """checkpoints/metrics.json, or {} if it is not there."""
    path = metrics_path(directory)
    return json.loads(path.read_text()) if path.exists() else {}


def balanced_labels(n: int, classes: int = 10) -> np.ndarray:
    """0, 1, ..., 9, 0, 1, ...: the same number of samples per class (to within one)."""
    return np.arange(n) % classes


def draw(name: str, model, n: int, seed: int = FIDELITY_SEED, **overrides):
    """n samples of a kind with the protocol's sampler settings (class-balanced when conditional)."""
    kind = model_kind(name)
    options = {**kind.evaluation_options, **overrides}
    if kind.conditional_evaluation and "label" not in options:
        options["label"] = balanced_labels(n)
    return kind.family.sample(model, n, torch.Generator().manual_seed(seed), **options)


def coverage(classifier, images: np.ndarray, labels: np.ndarray | None = None) -> dict:
    """The classifier's verdict on a set: smallest class share, classes covered (exp entropy),
    share recognised with >= 90 %, mean top-class probability, and agreement with asked-for labels."""
    verdict = judge(classifier, images)
    predicted = verdict.probabilities.argmax(1)
    shares = class_shares(verdict.probabilities)
    record = {"min_class_share": round(float(shares.min()), 4), "classes": round(verdict.classes, 3),
              "confident": round(verdict.confident, 4), "mean_max_softmax": round(float(verdict.probabilities.max(1).mean()), 4)}
    if labels is not None:
        record["agreement"] = round(float((predicted == np.asarray(labels)).mean()), 4)
    return record


def likelihood(name: str, sidecar: dict, model=None, dataset: str | None = None) -> dict:
    """bits/dim where the family defines one, with its kind; else why not (never a blank)."""
    metrics = sidecar.get("metrics", {})
    family = model_kind(name).family.name
    if family == "flow":
        key = "test_iw_bits_per_dim" if "test_iw_bits_per_dim" in metrics else "test_bits_per_dim"
        return {"kind": "exact", "bits_per_dim": metrics.get(key), "source": key}
    if family == "autoencoder" and "test_negative_elbo_nats" in metrics:
        # -ELBO of a Bernoulli decoder that treats grey levels in [0, 1] as probabilities: a bound in
        # nats, but not on a density of the 256 discrete levels, so not comparable with the flow's figure.
        return {"kind": "bound", "bits_per_dim": round(metrics["test_negative_elbo_nats"] / BITS, 4),
                "source": "test_negative_elbo_nats", "comparable": False,
                "note": "Bernoulli decoder on grey levels: not a density of the 256 levels"}
    if family == "ddpm" and model is not None:
        return diffusion_likelihood(model, dataset)
    return {"kind": "undefined", "bits_per_dim": None, "source": family}


def diffusion_likelihood(model, dataset: str) -> dict:
    """The DDPM's variational bound, all T terms, on the first BOUND_IMAGES test images (of the display
    bundle, the same for every run): mean bits/dim +- its standard error, and where the bits go."""
    images, _ = load_display_bundle(dataset)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if done == total or done % 20_000 < 250:
            print(f"  variational bound {dataset}: {done:,} / {total:,} network evaluations "
                  f"({time.perf_counter() - started:.0f} s)", flush=True)

    bound = variational_bound(model, images[:BOUND_IMAGES], seed=FIDELITY_SEED, progress=progress)
    return {"kind": "bound", "bits_per_dim": round(bound.mean, 4), "standard_error": round(bound.standard_error, 4),
            "images": BOUND_IMAGES, "source": "variational bound, all T terms (core.diffusion_bound)", "comparable": True,
            "prior_bits": round(bound.prior, 6), "decoder_bits": round(bound.decoder, 4),
            "per_step_bits": [float(f"{v:.4g}") for v in bound.per_step],
            "per_image_bits": [round(float(v), 4) for v in bound.bits_per_dim],
            "note": "unconditional (null class); sigma_t^2 = beta~_t as the sampler; decoder sigma_1^2 = beta~_2"}


def network_evaluations(name: str) -> int:
    """Passes through a network per sample under the protocol's sampler (guidance doubles the DDPM's)."""
    options = model_kind(name).evaluation_options
    if "steps" in options:
        return options["steps"] * (2 if options.get("guidance") else 1)
    return 1


@torch.no_grad()
def speed(name: str, model) -> dict:
    """Median wall time per sample at batch 1 and 16, one torch thread (a teacher's laptop)."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        result = {}
        for batch in SPEED_BATCHES:
            draw(name, model, batch, seed=1)  # warm-up
            times = []
            for repeat in range(SPEED_REPEATS):
                started = time.perf_counter()
                draw(name, model, batch, seed=2 + repeat)
                times.append(time.perf_counter() - started)
            result[f"ms_per_sample_batch_{batch}"] = round(1000 * float(np.median(times)) / batch, 2)
    finally:
        torch.set_num_threads(threads)
    result["network_evaluations"] = network_evaluations(name)
    result["parameters"] = int(sum(p.numel() for p in model.parameters()))
    result["torch_threads"] = 1
    return result


def evaluate_model(name: str, dataset: str, scorer: FidelityJudge) -> dict:
    """The record of one shipped checkpoint under the protocol."""
    model, _ = load_checkpoint(name, dataset)
    sidecar = read_sidecar(name, dataset)
    started = time.perf_counter()
    samples = draw(name, model, FIDELITY_N)
    sample_seconds = time.perf_counter() - started
    return {"kind": name, "family": model_kind(name).family.name,
            "sampling": dict(model_kind(name).evaluation_options),
            "conditional": model_kind(name).conditional_evaluation,
            "fidelity": scorer.score(samples.images).as_dict(),
            "coverage": coverage(scorer.classifier, samples.images, samples.labels),
            "likelihood": likelihood(name, sidecar, model, dataset), "speed": speed(name, model),
            "sample_seconds": round(sample_seconds, 2), "weights_sha256": sidecar.get("weights_sha256")}


def reference_record(dataset: str, scorer: FidelityJudge) -> dict:
    images = real_training_images(dataset, FIDELITY_N, FIDELITY_SEED)
    return {"what": "real training images", "fidelity": scorer.score(images).as_dict(),
            "coverage": coverage(scorer.classifier, images)}


def n_sweep(dataset: str, scorer: FidelityJudge) -> dict:
    """FID and KID of real training images and of SWEEP_KIND's samples at each n of SWEEP_SIZES."""
    model, _ = load_checkpoint(SWEEP_KIND, dataset)
    sizes = [n for n in SWEEP_SIZES if n <= len(scorer.real_features)]
    rows = {"sizes": sizes, "real": [], SWEEP_KIND: []}
    for n in sizes:
        for key, images in (("real", real_training_images(dataset, n, FIDELITY_SEED)),
                            (SWEEP_KIND, draw(SWEEP_KIND, model, n).images)):
            scored = scorer.score(images)
            rows[key].append({"fid": scored.fid, "kid": scored.kid, "kid_sd": scored.kid_sd})
    return rows


def required_parts(name: str, dataset: str) -> dict:
    """What a kind declares it needs (ModelKind.requires), loaded for its trainer."""
    parts = {}
    for required in model_kind(name).requires:
        if required == "fidelity":
            parts[required] = fidelity_judge(dataset, load_checkpoint("classifier", dataset)[0])
        else:
            parts[required] = load_checkpoint(required, dataset)[0]
    return parts


def stability_record() -> dict:
    """K seeds per 2-D family on the ring (core.stability), and the spread of every image model's
    recorded training curves (empty where its checkpoint predates curve recording)."""
    ring = ring_stability(progress=lambda line: print(f"  stability: {line}", flush=True))
    return {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"), "ring": ring,
            "image_curves": image_curves()}


def image_curves() -> dict:
    """kind/dataset -> the spread of its recorded training curves (core.stability.image_curve_stability)."""
    images = {}
    for dataset in DATASETS:
        for name in generative_kinds():
            recording_file = checkpoint_directory() / f"{name}_{dataset}_recording.npz"
            recording = dict(np.load(recording_file)) if recording_file.exists() else None
            images[f"{name}/{dataset}"] = image_curve_stability(read_sidecar(name, dataset), recording)
    return images


def write_reference(dataset: str) -> Path:
    """The fixed FID statistics of the whole test split (needs the dataset on disk)."""
    classifier, _ = load_checkpoint("classifier", dataset)
    test_images, _ = load_dataset(dataset, train=False)
    return save_reference(build_reference(classifier, test_images.numpy()), dataset)


def markdown_table(metrics: dict) -> str:
    """The records as a Markdown table (README's scoreboard is this output, not typed by hand)."""
    lines = ["| dataset | model | FID | × reference | KID ± sd | precision | recall | smallest class | bits/dim (kind) "
             "| ms per sample, batch 1 / 16 | network evaluations | parameters |", "|" + "---|" * 12]
    for dataset, entry in metrics.get("datasets", {}).items():
        reference = entry["reference"]
        rows = [("real training images", reference, None)] + [(name, record, record) for name, record in entry["models"].items()]
        for name, record, model in rows:
            f, c = record["fidelity"], record["coverage"]
            likelihood = model["likelihood"] if model else None
            mark = "" if likelihood is None or likelihood.get("comparable", True) else ", Bernoulli: not comparable"
            error = f" ± {likelihood['standard_error']}" if likelihood and "standard_error" in likelihood else ""
            bits = "" if likelihood is None else (f"{likelihood['bits_per_dim']}{error} ({likelihood['kind']}{mark})"
                                                  if likelihood["bits_per_dim"] is not None else likelihood["kind"]
                                                  if likelihood["kind"] == "undefined" else f"not measured ({likelihood['kind']})")
            speed_text = "" if model is None else (f"{model['speed']['ms_per_sample_batch_1']} / {model['speed']['ms_per_sample_batch_16']}")
            lines.append(f"| {dataset} | {name} | {f['fid']:.1f} | {f['fid'] / reference['fidelity']['fid']:.1f} | "
                         f"{f['kid']:.0f} ± {f['kid_sd']:.0f} | {f['precision']:.2f} | {f['recall']:.2f} | "
                         f"{c['min_class_share']:.1%} | {bits} | {speed_text} | "
                         f"{'' if model is None else model['speed']['network_evaluations']} | "
                         f"{'' if model is None else format(model['speed']['parameters'], ',')} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kinds", nargs="*", default=generative_kinds(), choices=generative_kinds())
    parser.add_argument("--datasets", "--dataset", nargs="*", default=list(DATASETS), choices=list(DATASETS))
    parser.add_argument("--reference-only", action="store_true", help="only (re)write the fixed test statistics")
    parser.add_argument("--skip-sweep", action="store_true", help="leave the n-sweep as it is")
    parser.add_argument("--skip-stability", action="store_true", help="leave the stability record as it is")
    parser.add_argument("--table", action="store_true", help="print checkpoints/metrics.json as a Markdown table, measure nothing")
    parser.add_argument("--speed-only", action="store_true",
                        help="re-time the records' speed only (on a quiet machine: timings under load are not speeds)")
    parser.add_argument("--likelihood-only", action="store_true", help="re-measure the records' likelihood only")
    parser.add_argument("--stability-only", action="store_true",
                        help="only the stability record: K seeds per 2-D family on the ring, image models' curve spread")
    options = parser.parse_args(argv)
    if options.table:
        print(markdown_table(read_metrics()))
        return 0
    torch.set_num_threads(1)
    if options.reference_only:
        for dataset in options.datasets:
            print(f"wrote {write_reference(dataset)}", flush=True)
        return 0
    path = metrics_path()
    metrics = read_metrics()
    if options.stability_only:
        metrics["stability"] = stability_record()
        path.write_text(json.dumps(metrics, indent=1) + "\n")
        return 0
    if options.likelihood_only:
        for dataset in options.datasets:
            for name in options.kinds:
                model, _ = load_checkpoint(name, dataset)
                record = metrics["datasets"][dataset]["models"][name]
                record["likelihood"] = likelihood(name, read_sidecar(name, dataset), model, dataset)
                print(f"{name}/{dataset}: {record['likelihood'].get('bits_per_dim')} bits/dim "
                      f"({record['likelihood']['kind']})", flush=True)
                path.write_text(json.dumps(metrics, indent=1) + "\n")
        return 0
    if options.speed_only:
        for dataset in options.datasets:
            for name in options.kinds:
                record = metrics["datasets"][dataset]["models"][name]
                record["speed"] = speed(name, load_checkpoint(name, dataset)[0])
                print(f"{name}/{dataset}: {record['speed']}", flush=True)
        metrics["speed_timed"] = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
        path.write_text(json.dumps(metrics, indent=1) + "\n")
        return 0
    metrics.update({"protocol": {"n": FIDELITY_N, "seed": FIDELITY_SEED, "features": "project classifier, penultimate layer",
                                 "fid_against": "whole test split (fixed statistics)", "kid_subsets": KID_SUBSETS,
                                 "kid_kernel": "(a.b / d + 1)^3", "precision_recall_k": PR_NEIGHBOURS},
                    "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
                    "machine": {"processor": platform.processor() or platform.machine(), "cores": torch.get_num_threads()},
                    "versions": library_versions()})
    datasets = metrics.setdefault("datasets", {})
    jobs = [(dataset, name) for dataset in options.datasets for name in options.kinds]
    for dataset in options.datasets:
        classifier, _ = load_checkpoint("classifier", dataset)
        scorer = fidelity_judge(dataset, classifier)
        entry = datasets.setdefault(dataset, {"models": {}})
        entry["reference"] = reference_record(dataset, scorer)
        if not options.skip_sweep:
            entry["n_sweep"] = n_sweep(dataset, scorer)
        for name in options.kinds:
            started = time.perf_counter()
            entry["models"][name] = evaluate_model(name, dataset, scorer)
            done = jobs.index((dataset, name)) + 1
            record = entry["models"][name]
            print(f"[{done}/{len(jobs)}] {name}/{dataset}: FID {record['fidelity']['fid']} "
                  f"(reference {entry['reference']['fidelity']['fid']}), KID {record['fidelity']['kid']}, "
                  f"precision {record['fidelity']['precision']}, recall {record['fidelity']['recall']} "
                  f"in {time.perf_counter() - started:.0f} s", flush=True)
            path.write_text(json.dumps(metrics, indent=1) + "\n")
        path.write_text(json.dumps(metrics, indent=1) + "\n")
    if not options.skip_stability:
        metrics["stability"] = stability_record()
        path.write_text(json.dumps(metrics, indent=1) + "\n")
    missing = [name for name in generative_kinds() for dataset in DATASETS if name not in datasets.get(dataset, {}).get("models", {})]
    if missing:
        print(f"not yet evaluated: {sorted(set(missing))}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
