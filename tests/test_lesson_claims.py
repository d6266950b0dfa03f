"""What the diffusion, flow, home and glossary pages claim, checked against what produces it:
the architecture a sentence names is the checkpoint's, the sampler a label names is the one that
ran, every glossary term links to a registered page, and no number of a measurement is typed into
a translation string of these pages (issue #24: each of these was wrong once)."""
import re
from pathlib import Path

import numpy as np
import pytest

from tests.test_pages_apptest import component_data, run_page
from ui.i18n import catalogue, t

ROOT = Path(__file__).resolve().parent.parent
FLOW_2D, REVERSE, FORWARD = "pages/flow_2d.py", "pages/ddpm_reverse.py", "pages/ddpm_forward.py"


def registered_pages() -> set[str]:
    """The page scripts app.py puts into st.navigation."""
    return set(re.findall(r'st\.Page\("(pages/[a-z0-9_]+\.py)"', (ROOT / "app.py").read_text()))


# ---- architecture: read from the checkpoint, never typed -------------------------------------

def test_flow2d_architecture_text_is_each_checkpoints_config():
    from core.toy_densities import TOY_DENSITIES
    from ui import flow_views

    at = run_page(FLOW_2D)
    assert not at.exception
    card = next(m.value for m in at.markdown if t("flow2d.card.architecture", "en") in m.value)
    for density in TOY_DENSITIES:
        config = flow_views.toy_sidecar(density)["config"]
        row = next(line for line in card.splitlines() if line.startswith(f"| {t(f'flow2d.density.{density}', 'en')} |"))
        shown = re.search(r"(\d+) coupling layers; s and t: MLP ([\d-]+)", row)
        assert shown, row
        assert int(shown.group(1)) == config["layers"]
        assert {int(w) for w in shown.group(2).split("-")} == {config["hidden"]}, (density, row)
    depths = sorted({flow_views.toy_sidecar(d)["config"]["layers"] for d in TOY_DENSITIES})
    lead = next(m.value for m in at.markdown if "RealNVP flow of" in m.value)
    assert f"of {depths[0]} to {depths[-1]} coupling layers" in lead or (len(depths) == 1 and f"of {depths[0]} coupling" in lead)


def test_no_translation_types_an_architecture():
    """The ring flow was once described as "MLP 96-96": widths and layer counts come from sidecars."""
    for language in ("en", "ja"):
        for key, text in catalogue(language).items():
            if key.startswith(("flow2d.", "flowimg.")):
                assert not re.search(r"\d+-\d+", text), (language, key)


def test_image_flow_lead_names_the_checkpoints_layers():
    from ui import loaders

    at = run_page("pages/flow_images.py")
    assert not at.exception
    config = loaders.sidecar("flow", "mnist")["config"]
    lead = at.markdown[0].value
    assert f"applies {config['checkerboard_layers']} coupling layers with **checkerboard masks**" in lead
    assert f"applies {config['channel_layers']} coupling layers with **channel masks**" in lead


def test_the_forward_pages_schedule_is_the_trained_models():
    from ui import diffusion_views as views
    from ui import loaders

    for dataset in ("mnist", "fashion"):
        config = loaders.sidecar("ddpm", dataset)["config"]
        assert views.T == config["timesteps"] == views.HISTOGRAM_TS[-1]
        assert views.schedule_facts(dataset)["T"] == config["timesteps"]


# ---- samplers: the label names what ran -----------------------------------------------------

def test_reverse_player_label_names_the_sampler_it_runs():
    """The player once showed DDPM's formula while it ran DDIM (eta = 0): its record of the run is
    rerun here, and its labels must name exactly that sampler."""
    import torch

    from core.families.ddpm import DDPMFamily
    from ui import diffusion_views as views
    from ui import loaders
    from ui.figures import png_data_uri

    at = run_page(REVERSE)
    assert not at.exception
    data = component_data(at, "gme_frames_player")
    record = data["sampler"]
    assert record["network_steps"] == len(data["labels"]) - 1  # one frame per visited timestep, then t = 0
    # Rerun exactly what the record says, from the same seed, class choice and w: the same final samples.
    model = loaders.model("ddpm", "mnist")
    arguments = {k: v for k, v in record.items() if k != "network_steps"}
    rerun = DDPMFamily().sample(model, views.GRID, torch.Generator().manual_seed(0), return_frames=True,
                                label=views.labels_for(views.EVERY_CLASS), guidance=3.0, **arguments)
    shown = next(row["frames"] for row in data["rows"] if row["key"] == "x")
    assert png_data_uri(views.mosaic(rerun.frames["x"][-1]), factor=2) == shown[-1]
    # ... and every label of the player names that sampler, not another one.
    assert record["sampler"] == "ddim" and record["eta"] == 0.0  # what views.trajectory runs today
    label = t("rev.steps.ddim", "en", k=record["network_steps"], eta=f"{record['eta']:g}")
    assert label in data["charts"][0]["title"]
    text = "\n".join(m.value for m in at.markdown)
    assert f"runs **{label}** instead" in text and f"samples by **{label}**" in text
    assert "(\\text{DDPM})" in at.latex[0].value and "\\text{DDIM}, \\eta = 0" in at.latex[2].value


def test_guidance_sweep_labels_name_the_measured_sampler():
    """The guidance sweep is measured with DDIM-50 (core/diffusion_quality.py): every label says so."""
    from ui import diffusion_views as views

    table = views.measured_table("mnist")
    samplers = {(row["sampler"], row["steps"]) for row in table["guidance"]}
    assert samplers == {("ddim", 50)}  # the shipped sweep; a new one must keep the labels below true
    label = t("rev.steps.ddim", "en", k=50, eta="0")
    at = run_page(REVERSE)
    assert f"Measured on this model by **{label}**" in "\n".join(m.value for m in at.markdown)
    assert any(f"every class equally, {label}" in c.value for c in at.caption)
    assert any(f"null class ∅, {label}" in c.value for c in at.caption)
    key = "rev_diversity_mnist"
    at.radio(key=f"predict_{key}").set_value(at.radio(key=f"predict_{key}").options[0]).run()
    at.button(key=f"reveal_{key}").click().run()
    assert any(f"samples per w, {label})" in s.value for s in at.success)


def test_sample_now_labels_follow_the_sampler_arguments():
    """"DDPM, 50 steps" runs DDIM's update with eta = 1 (the respaced chain): its label says so."""
    from ui import diffusion_views as views

    assert views.run_sampler("ddpm", 50, 1000) == {"sampler": "ddim", "steps": 50, "eta": 1.0}
    assert views.run_sampler("ddim", 10, 1000) == {"sampler": "ddim", "steps": 10, "eta": 0.0}
    assert views.run_sampler("ddpm", 1000, 1000) == {"sampler": "ddpm", "steps": 1000}


# ---- the mathematics the pages state -------------------------------------------------------

def _posterior_gaussian_gap(alpha_bar: np.ndarray, s: int, t: int, modes=(-1.0, 1.0), spread: float = 0.1) -> float:
    """E over x_t ~ q of the total variation between q(x_s | x_t) and the Gaussian with its mean and
    variance, for 1-D data: an equal mixture of N(m, spread²) over `modes` (two "pixel values").
    Exact: q(x_s) is a Gaussian mixture, so q(x_s | x_t) is one too (Bayes' rule, per component)."""
    def pdf(x, mean, sd):
        return np.exp(-0.5 * ((x - mean) / sd) ** 2) / (sd * np.sqrt(2 * np.pi))

    a2 = alpha_bar[t] / alpha_bar[s]
    a, b = np.sqrt(a2), 1 - a2
    means, variance = [np.sqrt(alpha_bar[s]) * m for m in modes], alpha_bar[s] * spread ** 2 + 1 - alpha_bar[s]
    x_t = np.linspace(-4, 4, 401)
    weight = sum(pdf(x_t, a * m, np.sqrt(a2 * variance + b)) for m in means)
    weight /= weight.sum()
    grid = np.linspace(-4, 4, 4001)
    posterior_variance = 1 / (1 / variance + a2 / b)
    gap = 0.0
    for x, w in zip(x_t, weight):
        shares = np.array([pdf(x, a * m, np.sqrt(a2 * variance + b)) for m in means])
        shares /= shares.sum()
        centres = np.array([(m / variance + a * x / b) * posterior_variance for m in means])
        density = sum(k * pdf(grid, c, np.sqrt(posterior_variance)) for k, c in zip(shares, centres))
        mean = shares @ centres
        spread_all = np.sqrt(posterior_variance + shares @ centres ** 2 - mean ** 2)
        gap += w * 0.5 * np.abs(density - pdf(grid, mean, spread_all)).sum() * (grid[1] - grid[0])
    return gap


def test_a_large_gaussian_reverse_step_is_right_only_where_x_t_is_mostly_noise():
    """rev.steps.why_small: "where x_t is mostly noise, q(x_{t−1} | x_t) is itself close to a Gaussian,
    and it is the last, low-noise steps that need a small β_t. The respaced DDPM rows below take
    exactly such larger Gaussian steps." Checked exactly on two-mode 1-D data with the model's schedule:
    the respaced chain's first jump (the largest) has a near-Gaussian reverse step; a jump of the same
    size that ends at the data does not; and the respaced chain's jumps shrink as the noise falls."""
    from core.diffusion import NoiseSchedule
    from ui import loaders

    config = loaders.sidecar("ddpm", "mnist")["config"]
    schedule = NoiseSchedule(config["timesteps"], config.get("schedule", "linear"))
    alpha_bar = schedule.alpha_bar.double().numpy()
    visited = schedule.ddim_timesteps(50) + [0]  # the DDPM-50 row: DDIM's update with eta = 1 between these
    jumps = list(zip(visited[:-1], visited[1:]))
    size = lambda t, s: 1 - alpha_bar[t] / alpha_bar[s]  # noqa: E731 - the jump's beta (variance of q(x_t | x_s))
    t_first, s_first = jumps[0]
    assert _posterior_gaussian_gap(alpha_bar, s_first, t_first) < 0.01
    same_size_at_the_end = int(np.argmin(np.abs((1 - alpha_bar) - size(t_first, s_first))))  # from t to 0, same beta
    assert _posterior_gaussian_gap(alpha_bar, 0, same_size_at_the_end) > 0.2
    assert size(*jumps[-1]) < size(*jumps[0]) / 5  # the respaced chain's last jumps are far smaller
    assert max(_posterior_gaussian_gap(alpha_bar, s, t) for t, s in jumps[::7]) < 0.05


def test_the_respaced_ddpm_rows_the_steps_text_names_are_in_the_table():
    """why_small points at "the respaced DDPM rows below"; ddim_map says DDIM's few large jumps are
    deterministic only "with η = 0": the table's DDPM rows with fewer than T steps run eta = 1."""
    from ui import diffusion_views as views

    table = views.measured_table("mnist")
    respaced = [row for row in table["samplers"] if row["sampler"] == "ddpm" and row["steps"] < views.T]
    assert respaced
    for row in respaced:
        assert views.run_sampler("ddpm", row["steps"], views.T) == {"sampler": "ddim", "steps": row["steps"], "eta": 1.0}
    for language in ("en", "ja"):
        first_sentence = re.split(r"[:。]", t("rev.steps.ddim_map", language).split("** ", 1)[1])[0]
        assert "η = 0" in first_sentence, first_sentence


def test_reverse_and_image_flow_metrics_format_their_counts():
    """The classifier's "first k" help, the flow's confidence threshold and class count come from the code."""
    from core.data import DATASETS
    from core.metrics import CONFIDENT

    at = run_page(REVERSE)
    assert not at.exception
    sees = next(m for m in at.metric if m.label.startswith(t("rev.classifier_sees", "en", k=8).split("(")[0]))
    k = len(sees.value.replace("…", "").split())
    assert t("rev.classifier_sees", "en", k=k) == sees.label and f"the first {k} samples" in sees.proto.help
    at = run_page("pages/flow_images.py")
    assert not at.exception
    classes = len(DATASETS["mnist"].class_names)
    confident = next(m for m in at.metric if m.label == t("flowimg.confident", "en"))
    assert f"≥ {CONFIDENT:.0%} probability" in confident.proto.help
    count = next(m for m in at.metric if m.label == t("flowimg.classes", "en"))
    assert count.value.endswith(f"/ {classes}") and f": {classes} when all classes" in count.proto.help


def test_x0_and_eps_losses_differ_by_the_snr_the_page_states():
    """||x0 - x0_hat||² = ||eps - eps_hat||² / SNR_t (the reverse page's objective section)."""
    import torch

    from core.diffusion import NoiseSchedule

    schedule = NoiseSchedule(1000, "linear")
    generator = torch.Generator().manual_seed(0)
    x0, eps, eps_hat = (torch.randn(4, 784, generator=generator, dtype=torch.float64) for _ in range(3))
    for t_ in (1, 250, 1000):
        a = schedule.alpha_bar[t_].double()
        x_t = a.sqrt() * x0 + (1 - a).sqrt() * eps
        x0_hat = (x_t - (1 - a).sqrt() * eps_hat) / a.sqrt()
        snr = float(schedule.snr()[t_ - 1])
        np.testing.assert_allclose(((x0 - x0_hat) ** 2).sum(1), ((eps - eps_hat) ** 2).sum(1) / snr, rtol=1e-5)


def test_cfg_is_the_conditional_score_plus_w_times_the_implicit_classifier():
    """(1 + w) eps(y) - w eps(null) = eps(y) + w (eps(y) - eps(null)) (the guidance section)."""
    rng = np.random.default_rng(0)
    conditional, unconditional = rng.normal(size=(2, 100))
    for w in (0.0, 1.0, 3.0, 7.0):
        guided = (1 + w) * conditional - w * unconditional
        np.testing.assert_allclose(guided, conditional + w * (conditional - unconditional))
    np.testing.assert_allclose(0 * conditional - (-1) * unconditional, unconditional)  # w = -1: unconditional


# ---- glossary -------------------------------------------------------------------------------

def test_every_glossary_term_links_to_a_registered_page():
    from ui.glossary import PAGES, TERMS

    registered = registered_pages()
    assert registered, "the scan of app.py found no pages"
    assert set(PAGES) <= registered
    for term in TERMS:
        assert term.page in PAGES and (ROOT / term.page).exists(), term
    at = run_page("pages/glossary.py", "ja")
    assert not at.exception
    links = at.get("page_link")
    assert len(links) == len({term.page for term in TERMS})  # one link per page with terms, each resolved
    assert all(link.proto.page_script_hash for link in links)


def test_glossary_has_the_terms_the_pages_use():
    from ui.glossary import TERMS

    japanese = " ".join(term.ja for term in TERMS)
    english = " ".join(term.en for term in TERMS)
    for word in ("非飽和損失", "JSD", "脱量子化", "bits/dim", "ᾱ_t", "SNR", "DDIM", "誘導スケール", "分類器誘導",
                 "分類器なし誘導", "分類器フリー誘導", "FID", "KID", "UNet", "GAN", "適合率", "再現率", "変分下界", "逆拡散過程"):
        assert word in japanese, word
    for word in ("non-saturating loss", "dequantisation", "guidance scale", "classifier guidance", "classifier-free guidance",
                 "precision / recall", "variational bound"):
        assert word in english, word


def test_every_glossary_term_is_used_by_the_pages():
    """A term no page uses is dropped (Langevin dynamics and latent diffusion once were listed)."""
    from ui.glossary import TERMS

    english, japanese = " ".join(catalogue("en").values()).lower(), " ".join(catalogue("ja").values())
    for term in TERMS:
        names = [part.strip() for part in re.split(r" / |\(|\)", term.en.lower()) if part.strip()]
        names_ja = [part.strip() for part in re.split(r" / |（|）|、", term.ja) if part.strip()]
        assert any(name in english for name in names) or any(name in japanese for name in names_ja), term.en


def test_the_glossary_calls_the_diffusion_bound_the_negative_elbo():
    """−log p(x_0) ≤ E_q[...]: the right-hand side bounds −log p from above, so it is minus the ELBO
    (a lower bound on log p); the Japanese entry must not call that upper bound a 下界."""
    from ui.glossary import TERMS

    term = next(term for term in TERMS if term.en == "variational bound (diffusion)")
    assert term.meaning_en.startswith("−log p(x_0) ≤") and "negative of the diffusion model's ELBO" in term.meaning_en
    assert "符号を反転したもの" in term.meaning_ja and "変分下界（ELBO）" in term.meaning_ja


def test_glossary_search_ignores_the_page_path():
    from ui.glossary import TERMS, search

    assert search(TERMS, "pages/") == []


# ---- home -----------------------------------------------------------------------------------

def test_home_links_every_family_page_and_no_stale_list():
    at = run_page("pages/home.py")
    assert not at.exception
    registered = registered_pages()
    for path in re.findall(r'\("(pages/[a-z0-9_]+\.py)"', (ROOT / "pages/home.py").read_text()):
        assert path in registered, path
    for language in ("en", "ja"):
        assert "still to come" not in t("lesson.home.2", language) and "準備中" not in t("lesson.home.2", language)
    assert any(t("nav.compare", "en") in m.value for m in at.markdown)


# ---- Japanese: one term each on these pages --------------------------------------------------

MY_KEYS = ("rev.", "fwd.", "flow2d.", "flowimg.", "lesson.rev", "lesson.fwd", "lesson.flow", "home.", "lesson.home")


def test_japanese_terms_are_used_one_way_on_the_diffusion_and_flow_pages():
    from ui.glossary import TERMS

    texts = {key: text for key, text in catalogue("ja").items() if key.startswith(MY_KEYS)}
    texts.update({f"glossary:{term.en}": term.ja + term.meaning_ja for term in TERMS})
    for key, text in texts.items():
        assert "標本" not in text, key  # サンプル
        assert not re.search(r"(?<!拡散)逆過程", text.replace("逆拡散過程", "")), key  # 逆拡散過程
        assert "nats" not in text and " nat " not in text, key  # ナット
        assert "固定された座標" not in text, key  # 残す座標
        assert "出荷" not in text, key


# ---- numbers: formatted from records, not typed ----------------------------------------------

# Literal numbers (2 or more) these pages' strings may contain, with the reason. Everything else,
# a measurement, a count of samples, steps or layers, must come in through a {placeholder}.
ALLOWED = {
    "home.discriminative.body": {"3", "8"},  # example digits
    "lesson.home.predict": {"10", "1,000"}, "lesson.home.predict.10": {"10"}, "lesson.home.predict.1000": {"1,000"},
    "lesson.home.reveal": {"10", "1,000"},  # the question's two sample sizes (pages/home.py)
    "flow2d.density.ring": {"8"},  # the density's definition (core/toy_densities.py)
    "flowimg.lead": {"28", "256", "2", "4", "16", "7", "8"},  # image format: 28 x 28, 256 levels, squeezes, 8 bits
    "flowimg.layers_lead": {"4", "14"},  # the 4 x 14 x 14 level after the first squeeze
    "flowimg.own.body": {"20", "28"},  # MNIST's preparation: 20 x 20 inside 28 x 28
    "flowimg.temperature_note": {"0.7"},  # Glow's published temperature
    "flowimg.published.mnist": {"1.02", "1.08", "60,000", "6", "8"},  # literature (ja: 6 万 = 60,000)
    "flowimg.published.fashion": {"1.02", "1.08", "8"},  # literature
    "lesson.flow2d.1": {"2"}, "rev.diversity_help": {"2"},  # ja: "2 枚" for the English "two" (pictures, samples)
    "lesson.flowimg.1": {"48", "0.7"}, "lesson.flowimg.3": {"8"},  # instructions: what is on screen, a slider value
    "flow2d.notice.density": {"2.7", "5", "150"},  # e and e^5
    "fwd.schedules.lead": {"28"}, "fwd.notice": {"2", "3"},  # 28 x 28; the enumeration (1) (2) (3)
    "lesson.fwd.2": {"500"},  # instruction: the chart at the question's t
    "rev.guidance.notice": set(), "lesson.rev.3": {"7"},  # instruction: the slider's end
    "lesson.rev.5": {"10"},  # instruction: the choice by name (DDIM-10)
}
YEAR = re.compile(r"\b(19|20)\d\d\b")


def typed_numbers(text: str) -> set[str]:
    text = YEAR.sub("", re.sub(r"\{[a-z_]+\}", "", text))
    text = re.sub(r"\b\d-D\b", "", text)  # "2-D"
    text = re.sub(r"\d+ ?(つ|次元|回|行|本|分の|系統)", "", text)  # Japanese counters for what English writes in words
    found = re.findall(r"(?<![\w₀-₉_^.−])\d[\d,]*(?:\.\d+)?(?:\s?%)?", text)
    return {n.rstrip(",") for n in found if float(n.rstrip(" %").rstrip(",").replace(",", "")) >= 2}


@pytest.mark.parametrize("language", ["en", "ja"])
def test_no_measured_number_is_typed_into_these_pages_strings(language):
    offending = {}
    for key, text in catalogue(language).items():
        if key.startswith(MY_KEYS):
            extra = typed_numbers(text) - ALLOWED.get(key, set())
            if extra:
                offending[key] = sorted(extra)
    assert not offending, offending
