"""What the two autoencoder pages compute, cached per explicit input (dataset, kind, seed, ...).

Pages stay layout and text: they call these functions, which get models through ui.loaders
and do the work with core/ functions. Every function's arguments are its whole input (no
module globals), so the caches are correct and bounded (max_entries).
"""
from __future__ import annotations

import numpy as np
import streamlit as st

from core import autoencoder_claims as claims
from core.checkpoints import CheckpointError, read_sidecar
from core.data import DATASETS, checkpoint_directory, dataset_info
from core.interpolation import faithful_mask, interpolation_between, pick_faithful_example
from core.judge import sample_and_judge
from core.latent import decode_latents, decoded_lattice, encode_images, reconstruction_nats, vae_elbo_terms
from core.metrics import gaussian_fit_kl
from ui import loaders
from ui.i18n import t
from ui.own_image_input import image_from_bytes
from ui.figures import padded_range, png_data_uri, tile
from ui.shared_cache import shared_view

HOVER_GRID = 32  # decoded lattice sent to the browser for instant hover previews
PRIOR_CIRCLE_RADII = (1, 2)  # the dashed circles of N(0, I) that ui/static/latent_plane.js draws
PRIOR_BOX = np.array([-2.5, 2.5])  # every plane shows at least the 2-sigma circle of N(0, I)
INTERPOLATION_FRAMES = 41  # alpha = 0, 0.025, ..., 1
STRIP_EVERY = 4  # the strip under the player: frames 0, 4, ..., 40 (alpha = 0, 0.1, ..., 1), the ones the classifier judges
LATTICE_SIZE = 15  # the decoded lattice: LATTICE_SIZE x LATTICE_SIZE tiles per plane
PRIOR_SAMPLES = 256  # samples z ~ N(0, I) per model that the classifier scores
SAMPLES_SHOWN = 32  # of those, the first ones the AE vs VAE page shows in its grids
BETA_SAMPLES_SHOWN = 12  # and in each row of the beta section


def strip_alphas() -> np.ndarray:
    """The alphas of the strip's frames (the judged ones): 0, 0.1, ..., 1."""
    return np.linspace(0.0, 1.0, INTERPOLATION_FRAMES)[::STRIP_EVERY]
DEFAULT_ENDPOINT_CLASSES = {"mnist": (1, 7), "fashion": (0, 8)}  # the interpolation page opens on 1 -> 7, T-shirt -> bag


def own_range(codes: np.ndarray):
    """A plane around a model's codes that also shows the 2-sigma circle of N(0, I)."""
    return (padded_range(np.concatenate([codes[:, 0], PRIOR_BOX])),
            padded_range(np.concatenate([codes[:, 1], PRIOR_BOX])))


@st.cache_data(show_spinner=False, max_entries=32)
def plane_payload(dataset: str, kind: str, x_range, y_range) -> dict:
    """The static part of one latent plane: codes, ranges, and the hover lattice as one PNG
    sprite (the page adds the title in its language, so both languages share this cache entry)."""
    sprite = tile(decoded_lattice(loaders.model(kind, dataset), x_range, y_range, HOVER_GRID), columns=HOVER_GRID, pad=0)
    return {"key": kind, **plane_points(dataset, kind), "range": list(x_range), "range_y": list(y_range),
            "sprite": png_data_uri(sprite), "grid": HOVER_GRID}


@shared_view(max_entries=16)
def plane_points(dataset: str, kind: str) -> dict:
    """A plane's dots as JSON-ready lists (codes to 3 decimals, labels), built once per dataset and
    model: every interpolation path's player data refers to these same lists."""
    _, labels = loaders.display_bundle(dataset)
    return {"points": np.round(loaders.latent_codes(kind, dataset), 3).tolist(), "labels": labels.tolist()}


@st.cache_data(show_spinner=False, max_entries=32)
def prior_samples(dataset: str, kind: str, seed: int, count: int = PRIOR_SAMPLES):
    """`count` samples z ~ N(0, I) decoded by one model (the family's sampler: the same seed gives
    the same z for every 2-D model), with the classifier's verdict: (images uint8, confident, classes)."""
    samples, verdict = sample_and_judge(kind, loaders.model(kind, dataset), loaders.model("classifier", dataset),
                                        count, seed)
    return samples.images, verdict.confident, verdict.classes


@st.cache_data(show_spinner=False, max_entries=32)
def lattice_mosaic(dataset: str, kind: str, x_range, y_range, n: int = LATTICE_SIZE) -> np.ndarray:
    """The decoded n x n lattice over a plane as one uint8 mosaic."""
    return tile(decoded_lattice(loaders.model(kind, dataset), x_range, y_range, n), columns=n, pad=0)


@st.cache_data(show_spinner=False, max_entries=8)
def beta_numbers(dataset: str, seed: int, kinds: tuple[str, ...], count: int = PRIOR_SAMPLES) -> dict:
    """Per beta-VAE kind: test ELBO terms (from the sidecar), how Gaussian the codes are, and
    what prior samples look like (BETA_SAMPLES_SHOWN shown, `count` scored by the classifier)."""
    numbers = {}
    for kind in kinds:
        images, _, classes = prior_samples(dataset, kind, seed, count)
        metrics = loaders.sidecar(kind, dataset)["metrics"]
        numbers[kind] = {"reconstruction": metrics["test_elbo_reconstruction_nats"], "kl": metrics["test_kl_nats"],
                         "negative_elbo": metrics["test_negative_elbo_nats"],
                         "gaussian_fit": gaussian_fit_kl(loaders.latent_codes(kind, dataset)),
                         "classes": classes, "scored": len(images), "samples": images[:BETA_SAMPLES_SHOWN]}
    return numbers


@st.cache_data(show_spinner=False, max_entries=8)
def _recorded_metrics(kinds: tuple[str, ...], folder: str) -> dict:
    recorded = {}
    for dataset in DATASETS:
        try:
            recorded[dataset] = {kind: read_sidecar(kind, dataset, folder)["metrics"] for kind in kinds}
        except (CheckpointError, KeyError):  # a dataset without all of these checkpoints: not compared
            continue
    return recorded


def recorded_metrics(kinds: tuple[str, ...]) -> dict:
    """dataset -> kind -> the test metrics in the checkpoints' sidecars (core.autoencoder_claims'
    input), for every dataset whose sidecars of all `kinds` can be read. Only the JSON is read:
    the other dataset's models are not loaded."""
    return _recorded_metrics(tuple(kinds), str(checkpoint_directory()))


def nats(value: float) -> str:
    """A value in nats as every sentence comparing models prints it (core.autoencoder_claims.DECIMALS)."""
    return f"{claims.shown(value):.{claims.DECIMALS}f}"


def reconstruction_findings(recorded: dict, language: str | None = None) -> tuple[str, str]:
    """(a markdown list: the VAE's test reconstruction against the AE's per dataset, both at the
    code / the mean of q(z|x); the sentence those numbers support), from `recorded` (recorded_metrics)."""
    rows = claims.vae_vs_ae(recorded)
    listed = "\n".join("- " + t(f"aevae.image.versus.{row.direction}", language, dataset=dataset_info(row.dataset).title,
                                 vae=nats(row.value), ae=nats(row.reference), difference=nats(row.difference))
                        for row in rows)
    if not rows:
        return "", ""
    return listed, t("aevae.recon.cost" if claims.vae_costs_reconstruction(rows) else "aevae.recon.no_cost", language)


def beta_findings(recorded: dict, kinds: tuple[str, str, str], betas: dict, language: str | None = None) -> str:
    """The beta section's claims as a markdown list, each sentence chosen from the test numbers in
    `recorded` (core.autoencoder_claims) with those numbers under it, per dataset. `kinds`: the
    small-beta, the beta = 1 and the large-beta kind; `betas`: kind -> its beta (the sidecar's config)."""
    if not recorded:
        return ""
    small, one, large = kinds
    beta = {kind: f"{betas[kind]:g}" for kind in kinds}

    def rows(found: list) -> str:
        return "".join("\n    - " + t(f"aevae.beta.versus.{row.direction}", language, dataset=dataset_info(row.dataset).title,
                                         value=nats(row.value), reference=nats(row.reference),
                                         difference=nats(row.difference)) for row in found)

    smaller = claims.versus(recorded, small, one, claims.RECONSTRUCTION_AT_SAMPLE)
    larger = claims.versus(recorded, large, one, claims.RECONSTRUCTION_AT_SAMPLE)
    best = claims.lowest(recorded, kinds)

    def elbo(dataset: str, kind: str) -> str:
        text = f"β = {beta[kind]}: {nats(recorded[dataset][kind][claims.NEGATIVE_ELBO])}"
        return f"**{text}**" if kind in best[dataset] else text

    elbo_rows = "".join("\n    - " + t("aevae.beta.elbo.row", language, dataset=dataset_info(dataset).title,
                                        values=" · ".join(elbo(dataset, kind) for kind in kinds)) for dataset in recorded)
    elbo_verdict = "one" if all(one in lowest for lowest in best.values()) else "other"
    return "\n".join([
        "- " + t(f"aevae.beta.small.{claims.small_beta_verdict(smaller)}", language, beta=beta[small],
                 limit=f"{claims.SLIGHT_GAIN:.0%}") + rows(smaller),
        "- " + t(f"aevae.beta.large.{claims.large_beta_verdict(larger)}", language, beta=beta[large]) + rows(larger),
        "- " + t(f"aevae.beta.elbo.{elbo_verdict}", language, beta=beta[one]) + elbo_rows])


@st.cache_resource(show_spinner=False, max_entries=20)
def faithful_images(dataset: str, label: int) -> np.ndarray:
    """(N,) bool over the display images: the images of class `label` both models reconstruct
    recognisably (read-only; one entry per dataset and class)."""
    _, labels = loaders.display_bundle(dataset)
    latents = [loaders.latent_model(kind, dataset) for kind in loaders.AUTOENCODER_KINDS]
    return faithful_mask(latents, loaders.model("classifier", dataset), labels, label)


def faithful_example(dataset: str, label: int, seed: int, draw: int) -> int:
    """A display image of class `label` that both models reconstruct recognisably; `draw`
    counts the student's requests, so "another example" gives another one."""
    _, labels = loaders.display_bundle(dataset)
    return pick_faithful_example(faithful_images(dataset, label), labels, label, np.random.default_rng([seed, label, draw]))


@st.cache_data(show_spinner=False, max_entries=64)
def own_codes(dataset: str, pixels: bytes) -> dict:
    """kind -> the code (d,) each encoder gives the student's own image (VAE: the mean of q(z|x))."""
    return {kind: encode_images(loaders.model(kind, dataset), image_from_bytes(pixels)[None])[0]
            for kind in loaders.AUTOENCODER_KINDS}


@shared_view(max_entries=32)
def interpolation(dataset: str, start: int, end: int, vae_mode: str, own: bytes | None = None, own_as: str = "") -> dict:
    """kind -> InterpolationPath from display image `start` to `end` (the AE always linear).
    With `own` (the bytes of the student's uint8 28 x 28 image) and `own_as` "start" or "end",
    that endpoint is the student's image, encoded by each model's encoder."""
    alphas = np.linspace(0.0, 1.0, INTERPOLATION_FRAMES)
    classifier = loaders.model("classifier", dataset)
    mine = own_codes(dataset, own) if own is not None and own_as in ("start", "end") else None
    paths = {}
    for kind in loaders.AUTOENCODER_KINDS:
        latent = loaders.latent_model(kind, dataset)
        ends = {"start": latent.codes[start], "end": latent.codes[end]}
        if mine is not None:
            ends[own_as] = mine[kind]
        paths[kind] = interpolation_between(latent, classifier, ends["start"], ends["end"], alphas,
                                            vae_mode if kind == "vae" else "linear", judge_every=STRIP_EVERY)
    return paths


@shared_view(max_entries=64)
def chosen_image_view(dataset: str, index: int, seed: int) -> dict:
    """One display image through both models, for the AE vs VAE page's "one image" row: the
    input and both reconstructions as data URIs, the AE's reconstruction nats and the VAE's
    reconstruction and KL terms (one draw of z, seeded). Cached: a click on an empty part of a
    plane reruns the section but does not change the chosen image, so it costs no model work."""
    images, _ = loaders.display_bundle(dataset)
    image = images[index:index + 1]
    ae_nats = float(reconstruction_nats(loaders.model("ae", dataset), image)[0])
    reconstruction, kl = (float(v[0]) for v in vae_elbo_terms(loaders.model("vae", dataset), image, seed=seed))
    return {"input": png_data_uri(images[index], 5), "ae_nats": ae_nats, "reconstruction": reconstruction, "kl": kl,
            **{kind: png_data_uri(decode_point(dataset, kind, loaders.latent_codes(kind, dataset)[index]), 5)
               for kind in loaders.AUTOENCODER_KINDS}}


def decode_point(dataset: str, kind: str, z) -> np.ndarray:
    """One latent point through one decoder: float (28, 28) in [0, 1]. Not cached: ~1 ms."""
    return decode_latents(loaders.model(kind, dataset), np.asarray(z, dtype=np.float32)[None])[0]

