"""No number is typed into a translation's prose (issue #24): every number a sentence states is
formatted by the code from the constant or the measured record it describes.

The scan removes {placeholders}, $latex$ and `code` from each string and fails on any number left
that is not a formula constant on ALLOWED, or, for the few strings that quote the literature or a
mathematical constant, on that key's entry in CITED. It covers every key of both languages.
"""
from __future__ import annotations

import re

import pytest

from ui.i18n import LANGUAGES, catalogue

# Numbers that are not this app's measurements: published results and constants of mathematics.
CITED = {
    "flowimg.published.mnist": {"1.02", "1.08", "60,000"},  # RealNVP-style flows' bits/dim on MNIST; MNIST's training split
    "flowimg.published.fashion": {"1.02", "1.08"},  # the same published MNIST figures, quoted as the reference
    "flow2d.notice.density": {"2.7", "150"},  # e ~ 2.7 and e^5 ~ 150: what 1 and 5 nats mean as density factors
}
# Formula constants a sentence may state: small integers (dimensions, classes, "β = 1", "1σ"), the image
# geometry (28 x 28 = 784 pixels, 256 grey levels 0..255), the seed articles' numbers 000-004 and one half.
ALLOWED = {str(i) for i in range(11)} | {"28", "784", "256", "255", "000", "001", "002", "003", "004", "0.5"}
YEAR = re.compile(r"(19|20)\d\d")  # a four-digit year (a citation), never written with a thousands comma
NUMBER = re.compile(r"[0-9０-９]+(?:[.,][0-9０-９]+)*")


def prose(text: str) -> str:
    """The text without {placeholders}, $latex$ and `code`."""
    text = re.sub(r"\{[^{}]*\}", " ", text)
    text = re.sub(r"\$[^$]*\$", " ", text)
    return re.sub(r"`[^`]*`", " ", text)


def typed_numbers(text: str) -> list[str]:
    return [n for n in NUMBER.findall(prose(text)) if n not in ALLOWED and not YEAR.fullmatch(n)]


def test_the_scan_finds_typed_numbers_and_ignores_placeholders_latex_and_code():
    assert typed_numbers("Latent spaces of 2,000 test images") == ["2,000"]
    assert typed_numbers("in 2-D they hold 39 % and 86 %, not 0.05 or ２５") == ["39", "86", "0.05", "２５"]
    assert typed_numbers("{images} images, $x_{12}$ and `python -m core.train --epochs 40`, z₁₂") == []
    assert typed_numbers("β = 1 of 10 classes, 28×28 = 784 pixels, seed 003 (Kingma 2013), α = 0.5") == []


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_no_number_is_typed_into_the_prose(language):
    offending = {key: [n for n in typed_numbers(text) if n not in CITED.get(key, set())]
                 for key, text in catalogue(language).items()}
    offending = {key: numbers for key, numbers in offending.items() if numbers}
    assert not offending, (f"{language}: numbers typed into translations (format them from the constant or record "
                           f"they describe): " + "; ".join(f"{key} {numbers}" for key, numbers in sorted(offending.items())))


def test_every_cited_number_is_still_in_its_string():
    """An exception that no longer matches is stale: drop it, so the list stays the explicit few."""
    for language in LANGUAGES:
        for key, numbers in CITED.items():
            found = set(typed_numbers(catalogue(language)[key]))
            assert found <= numbers, (language, key)
    assert any(set(typed_numbers(catalogue(language)[key])) == numbers for key, numbers in CITED.items() for language in LANGUAGES)


# --- what the code fills in: the limits and constants the sentences state ---------------------------

def test_own_image_sentences_state_the_limits_the_code_applies():
    from core.own_image import BOX, FRAME, MAX_ASPECT, MAX_BYTES, MAX_PIXELS, MIN_SIDE, OwnImageError
    from ui.own_image_input import MEGABYTES, error_text

    for language in LANGUAGES:
        for reason in OwnImageError.REASONS:
            assert "{" not in error_text(reason, language), (language, reason)
        assert f"{MAX_PIXELS:,}" in error_text("too_many_pixels", language)
        assert MEGABYTES in error_text("too_large", language) and float(MEGABYTES) * 2**20 == MAX_BYTES
        assert str(MIN_SIDE) in error_text("too_small", language)
        assert f"{MAX_ASPECT:g}" in error_text("too_wide", language)
        body = catalogue(language)["own.body"].format(box=BOX, frame=FRAME)
        assert f"{BOX}×{BOX}" in body and f"{FRAME}×{FRAME}" in body


def test_model_names_and_metric_names_carry_their_numbers_from_the_code():
    from core.families.flow import IMPORTANCE_SAMPLES
    from core.registry import KINDS
    from ui.model_card import kind_name, metric_name

    for language in LANGUAGES:
        for name, kind in KINDS.items():
            assert "{" not in kind_name(name, language), (language, name)
            for key in kind.metric_keys:
                assert "{" not in metric_name(key, language), (language, key)
        assert str(IMPORTANCE_SAMPLES) in metric_name("test_iw_bits_per_dim", language)
    assert kind_name("vae_beta0.1", "en") == f"VAE, β = {KINDS['vae_beta0.1'].config_overrides['beta']:g}" == "VAE, β = 0.1"
    assert kind_name("vae_beta4", "ja") == "VAE（β = 4）"


def test_the_prior_circles_the_caption_describes_are_the_ones_drawn():
    from pathlib import Path

    from ui.autoencoder_views import PRIOR_CIRCLE_RADII

    script = (Path(__file__).resolve().parent.parent / "ui" / "static" / "latent_plane.js").read_text()
    assert f"for (const r of [{', '.join(str(r) for r in PRIOR_CIRCLE_RADII)}])" in script


def test_probability_mass_within_a_radius_of_the_standard_normal():
    from core.latent import normal_mass_within

    assert [f"{normal_mass_within(r, 2):.0%}" for r in (1, 2)] == ["39%", "86%"]  # 1 - exp(-r^2 / 2)
    assert [f"{normal_mass_within(r, 1):.0%}" for r in (1, 2)] == ["68%", "95%"]  # the 68-95 rule
    assert normal_mass_within(3, 1) == pytest.approx(0.9973, abs=1e-4)
    with pytest.raises(ValueError):
        normal_mass_within(1, 3)


def test_the_interpolation_strip_numbers_follow_its_frames():
    from core.latent import DENSITY_NEIGHBOURS, relative_density, typical_knn_radius
    from ui.autoencoder_views import INTERPOLATION_FRAMES, STRIP_EVERY, strip_alphas

    alphas = strip_alphas()
    assert len(alphas) == len(range(0, INTERPOLATION_FRAMES, STRIP_EVERY)) and alphas[0] == 0 and alphas[-1] == 1
    assert f"{round(float(alphas[1]), 6):g}" == "0.1"
    import inspect

    for function in (relative_density, typical_knn_radius):  # the k the caption states is the k they use
        assert inspect.signature(function).parameters["k"].default == DENSITY_NEIGHBOURS


# --- the pages as a student sees them: numbers, never a raw {placeholder} ------------------------------

def shown_text(at) -> str:
    texts = [element.value for group in (at.title, at.header, at.subheader, at.markdown, at.caption, at.info,
                                         at.warning, at.success) for element in group]
    texts += [f"{metric.label} {metric.proto.help}" for metric in at.metric]
    texts += [expander.label for expander in at.expander]
    return "\n".join(str(text) for text in texts)


@pytest.mark.parametrize("page,language,dataset", [("pages/ae_vs_vae.py", "ja", "fashion"),
                                                   ("pages/interpolation.py", "en", "mnist"),
                                                   ("pages/home.py", "en", "mnist")])
def test_pages_show_numbers_not_placeholders(page, language, dataset):
    from tests.test_pages_apptest import run_page

    at = run_page(page, language, dataset)
    assert not at.exception, [e.value for e in at.exception]
    text = shown_text(at)
    raw = re.findall(r"\{[a-z_][a-z_0-9]*\}", text)
    assert not raw, f"{page} ({language}) shows unfilled placeholders: {sorted(set(raw))}"
    if page == "pages/ae_vs_vae.py":
        from core.metrics import CONFIDENT

        assert "39%" in text and "86%" in text and "2,000" in text and f"{CONFIDENT:.0%}" in text
        assert "VAE（β = 0.1）" in text  # the model card's name, β from the registry
    if page == "pages/interpolation.py":
        from core.latent import HOLE_DENSITY

        assert f"{HOLE_DENSITY:g}" in text and "α = 0, 0.1, …, 1" in text
    if page == "pages/home.py":
        assert "n = 10 samples or with n = 1,000 samples" in text
