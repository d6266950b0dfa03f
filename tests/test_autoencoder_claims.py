"""The AE vs VAE page's comparative sentences agree with the checkpoints' sidecars (issue #24).

Each comparison the page makes (the VAE against the AE, a small and a large β against β = 1, the
lowest −ELBO) is recomputed here straight from the sidecar JSON, independently of
core.autoencoder_claims, and the sentence the page renders must be the one those numbers support,
with those numbers in it. The claims still typed as words (a sampled z reconstructs a little worse
than the mean code, a small β drifts from the prior, a large β squeezes onto it) are checked
against the sidecars too.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest

from core import autoencoder_claims as claims
from core.checkpoints import read_sidecar
from core.data import DATASETS, dataset_info
from core.registry import model_kind
from ui.i18n import LANGUAGES, t

SMALL, ONE, LARGE = "vae_beta0.1", "vae", "vae_beta4"
BETA_KINDS = (SMALL, ONE, LARGE)
KINDS = ("ae", *BETA_KINDS)


def sidecars() -> dict:
    return {dataset: {kind: read_sidecar(kind, dataset) for kind in KINDS} for dataset in DATASETS}


def metrics() -> dict:
    return {dataset: {kind: sidecar["metrics"] for kind, sidecar in by_kind.items()} for dataset, by_kind in sidecars().items()}


def printed(value: float) -> str:
    """One decimal, rounded half up from the sidecar's decimal (246.95 prints as 247.0, as on the model card)."""
    return str(Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def word(value: float, reference: float) -> str:
    """Fewer nats is better; compared as printed, so the word never contradicts the two numbers shown."""
    a, b = float(printed(value)), float(printed(reference))
    return "same" if a == b else "better" if a < b else "worse"


def test_the_page_reads_the_sidecars_of_every_dataset():
    from ui.autoencoder_views import recorded_metrics

    assert recorded_metrics(KINDS) == metrics()


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_vae_against_ae_sentence_follows_the_sidecars(language):
    from ui.autoencoder_views import reconstruction_findings

    recorded = metrics()
    listed, verdict = reconstruction_findings(recorded, language)
    words = {}
    for dataset, by_kind in recorded.items():
        vae, ae = by_kind["vae"]["test_reconstruction_nats"], by_kind["ae"]["test_reconstruction_nats"]
        words[dataset] = word(vae, ae)
        line = t(f"aevae.image.versus.{words[dataset]}", language, dataset=dataset_info(dataset).title, vae=printed(vae),
                 ae=printed(ae), difference=printed(abs(float(printed(vae)) - float(printed(ae)))))
        assert f"- {line}" in listed.splitlines()
        assert printed(vae) in line and printed(ae) in line
    expected = "aevae.recon.cost" if "worse" in words.values() else "aevae.recon.no_cost"
    assert verdict == t(expected, language)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_beta_claims_follow_the_sidecars(language):
    from ui.autoencoder_views import beta_findings

    recorded = metrics()
    betas = {kind: read_sidecar(kind, "mnist")["config"]["beta"] for kind in BETA_KINDS}
    text = beta_findings(recorded, BETA_KINDS, betas, language)
    lines = text.splitlines()
    at_sample = "test_elbo_reconstruction_nats"

    # A small beta against beta = 1: no gain anywhere, a slight one (under 1 % of the error), or a real gain.
    small = {d: (m[SMALL][at_sample], m[ONE][at_sample]) for d, m in recorded.items()}
    gains = {d: (float(printed(one)) - float(printed(value))) / float(printed(one)) for d, (value, one) in small.items()}
    verdict = ("none" if all(g <= 0 for g in gains.values()) else
               "slight" if all(g < claims.SLIGHT_GAIN for g in gains.values()) else "gain")
    assert "- " + t(f"aevae.beta.small.{verdict}", language, beta=f"{betas[SMALL]:g}", limit=f"{claims.SLIGHT_GAIN:.0%}") in lines
    # A large beta against beta = 1: the reconstruction term rises on every dataset, or not.
    large = {d: (m[LARGE][at_sample], m[ONE][at_sample]) for d, m in recorded.items()}
    rises = all(word(value, one) == "worse" for value, one in large.values())
    assert "- " + t(f"aevae.beta.large.{'rises' if rises else 'mixed'}", language, beta=f"{betas[LARGE]:g}") in lines
    for rows in (small, large):
        for dataset, (value, one) in rows.items():
            row = t(f"aevae.beta.versus.{word(value, one)}", language, dataset=dataset_info(dataset).title,
                    value=printed(value), reference=printed(one),
                    difference=printed(abs(float(printed(value)) - float(printed(one)))))
            assert f"    - {row}" in lines, row
    # The lowest -ELBO: at beta = 1 on every dataset, or not; every dataset's three values are listed.
    elbo = {d: {k: float(printed(m[k]["test_negative_elbo_nats"])) for k in BETA_KINDS} for d, m in recorded.items()}
    one_best = all(values[ONE] == min(values.values()) for values in elbo.values())
    assert "- " + t(f"aevae.beta.elbo.{'one' if one_best else 'other'}", language, beta=f"{betas[ONE]:g}") in lines
    for dataset, values in elbo.items():
        row = next(line for line in lines if line.startswith(f"    - {dataset_info(dataset).title}") and "β = 4:" in line)
        for kind, value in values.items():
            shown = f"β = {betas[kind]:g}: {value:.1f}"
            assert (f"**{shown}**" if value == min(values.values()) else shown) in row


def test_the_comparison_words_on_made_up_numbers():
    """The rules themselves, on numbers chosen to hit every branch (and the rounding edge)."""
    assert claims.direction(136.77, 139.86) == "better" and claims.direction(139.86, 136.77) == "worse"
    assert claims.direction(247.04, 246.96) == "same"  # both print as 247.0
    assert claims.shown(246.95) == 247.0 and claims.shown(136.77) == 136.8 and claims.shown(-0.05) == -0.1
    rows = [claims.Versus("a", 138.81, 137.57), claims.Versus("b", 247.12, 247.56)]
    assert claims.small_beta_verdict(rows) == "slight" and rows[1].difference == 0.5  # 247.6 - 247.1, as printed
    assert claims.small_beta_verdict([claims.Versus("a", 140.0, 137.0)]) == "none"
    assert claims.small_beta_verdict([claims.Versus("a", 130.0, 137.0)]) == "gain"
    assert claims.large_beta_verdict([claims.Versus("a", 142.6, 137.6), claims.Versus("b", 247.0, 247.6)]) == "mixed"
    assert claims.large_beta_verdict([]) == "mixed"
    assert claims.vae_costs_reconstruction([claims.Versus("a", 140.0, 139.0)])
    lowest = claims.lowest({"a": {"x": {claims.NEGATIVE_ELBO: 2.0}, "y": {claims.NEGATIVE_ELBO: 1.96}}}, ("x", "y"))
    assert lowest == {"a": ["x", "y"]}  # a tie as printed: both are the lowest


def test_the_claims_still_typed_as_words_hold_on_the_sidecars():
    for dataset, by_kind in metrics().items():
        vae = by_kind[ONE]
        # "the VAE's at a random z ~ q(z|x), which on average reconstructs a little worse than the mean of q(z|x)"
        sampled, at_mean = vae["test_elbo_reconstruction_nats"], vae["test_reconstruction_nats"]
        assert 0 < sampled - at_mean < claims.SLIGHT_GAIN * at_mean, dataset
        # "A small β lets the codes drift away from the prior; a large β squeezes the codes onto the prior"
        fit = {kind: by_kind[kind]["latent_gaussian_fit_kl"] for kind in BETA_KINDS}
        assert fit[SMALL] > fit[ONE] > fit[LARGE], dataset
        kl = {kind: by_kind[kind]["test_kl_nats"] for kind in BETA_KINDS}
        assert kl[SMALL] > kl[ONE] > kl[LARGE], dataset  # the title: β sets how hard the codes are pulled to N(0, I)
        # "the AE's codes sprawl over a large area ... The VAE packs its codes around the origin"
        assert by_kind["ae"]["latent_gaussian_fit_kl"] > 10 * vae["latent_gaussian_fit_kl"], dataset


def test_the_betas_the_page_prints_are_the_ones_trained_and_named():
    from ui.model_card import kind_name

    for dataset, by_kind in sidecars().items():
        for kind in BETA_KINDS:
            trained = by_kind[kind]["config"]["beta"]
            defined = model_kind(kind).build().config.beta
            assert trained == defined, (dataset, kind)
            if kind != ONE:
                assert f"β = {trained:g}" in kind_name(kind, "en")
    assert model_kind(ONE).build().config.beta == 1.0  # "β = 1 is the plain ELBO"
