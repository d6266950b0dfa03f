"""AE vs VAE: the two 2-D latent spaces side by side; click anywhere to decode (concepts C3-C6)."""
import numpy as np
import streamlit as st
import torch

from core.data import images_to_float
from core.latent import decode_latents, lattice_points, relative_density
from core.metrics import (class_probabilities, confident_fraction, effective_class_count, elbo_terms,
                          gaussian_fit_kl, reconstruction_cross_entropy)
from ui import loaders
from ui.components import latent_explorer, trigger_value
from ui.figures import CLASS_COLORS, padded_range, png_data_uri, square_ranges, tile
from ui.i18n import class_names, t
from ui.model_card import model_cards
from ui.state import settings

KINDS = loaders.AUTOENCODER_KINDS
current = settings()
dataset = current.dataset
models, classifier, images, labels, codes = loaders.autoencoder_pair(dataset)

st.title(t("aevae.title"))
st.markdown(t("aevae.lead"))
with st.expander(t("aevae.math"), expanded=False):
    st.markdown(t("aevae.math.body"))
    st.latex(r"\text{AE:}\quad z = f_\phi(x),\qquad \mathcal{L} = -\log p_\theta(x \mid z)")
    st.latex(r"\text{VAE:}\quad q_\phi(z\mid x) = \mathcal{N}\big(\mu_\phi(x), \operatorname{diag}\sigma^2_\phi(x)\big),\quad"
             r" z = \mu + \sigma \odot \varepsilon,\ \varepsilon \sim \mathcal{N}(0, I)")
    st.latex(r"\mathrm{ELBO}(x) = \mathbb{E}_{q_\phi(z\mid x)}\big[\log p_\theta(x\mid z)\big]"
             r" - \mathrm{KL}\big(q_\phi(z\mid x)\,\|\,\mathcal{N}(0, I)\big) \le \log p_\theta(x)")
    st.latex(r"-\log p_\theta(x\mid z) = -\sum_{j=1}^{784} \big[x_j \log \hat x_j + (1-x_j)\log(1-\hat x_j)\big]")

same_scale = st.toggle(t("aevae.same_scale"), value=True, help=t("aevae.same_scale_help"))
PRIOR_BOX = np.array([-2.5, 2.5])  # every plane shows at least the 2-sigma circle of N(0, I)


def own_range(kind_codes: np.ndarray):
    """A plane around a model's codes that also shows the 2-sigma circle of N(0, I)."""
    return (padded_range(np.concatenate([kind_codes[:, 0], PRIOR_BOX])),
            padded_range(np.concatenate([kind_codes[:, 1], PRIOR_BOX])))


own_ranges = {kind: own_range(codes[kind]) for kind in KINDS}
ranges = dict(own_ranges)
if same_scale:
    shared = padded_range(np.concatenate([codes[k] for k in KINDS]).ravel(), margin=0.02)
    ranges = {kind: (shared, shared) for kind in KINDS}


HOVER_GRID = 32  # decoded lattice sent to the browser for instant hover previews


@st.cache_data(show_spinner=False, max_entries=16)
def plane_payload(dataset: str, kind: str, x_range, y_range, title: str) -> dict:
    """The static part of one latent plane: codes, ranges, and the hover lattice as one PNG sprite."""
    kind_codes = loaders.latent_codes(kind, dataset)
    with loaders.all_cores():
        sprite = tile(decode_latents(loaders.model(kind, dataset), lattice_points(x_range, y_range, HOVER_GRID)),
                      columns=HOVER_GRID, pad=0)
    return {"key": kind, "title": title, "points": np.round(kind_codes, 3).tolist(),
            "labels": labels.tolist(), "range": list(x_range), "range_y": list(y_range),
            "sprite": png_data_uri(sprite), "grid": HOVER_GRID}



def remember_click() -> None:
    """A click on a plane: decode that point; a click on a dot also picks that image."""
    clicked = trigger_value("latent_explorer", "clicked")
    if not clicked or clicked.get("model") not in KINDS:
        return
    st.session_state["probe_z"] = (float(clicked["x"]), float(clicked["y"]))
    st.session_state["probe_z1"], st.session_state["probe_z2"] = round(clicked["x"], 3), round(clicked["y"], 3)
    if int(clicked.get("index", -1)) >= 0:
        st.session_state["chosen_image"] = int(clicked["index"])


def remember_typed() -> None:
    st.session_state["probe_z"] = (st.session_state["probe_z1"], st.session_state["probe_z2"])


@st.fragment
def latent_explorer_section() -> None:
    st.session_state.setdefault("probe_z", (0.0, 0.0))
    st.session_state.setdefault("chosen_image", 0)
    chosen = min(int(st.session_state["chosen_image"]), len(images) - 1)
    probe = np.array(st.session_state["probe_z"], dtype=np.float32)

    st.subheader(t("aevae.explore.title"))
    st.caption(t("aevae.explore.caption"))
    plane_ranges = {kind: square_ranges(*ranges[kind]) for kind in KINDS}
    static = lambda: {  # noqa: E731 - built only when the browser does not have it yet
        "models": [plane_payload(dataset, kind, *plane_ranges[kind], t(f"aevae.{kind}.scatter_title")) for kind in KINDS],
        "colors": list(CLASS_COLORS), "class_names": class_names(dataset), "size": 420,
        "text": {"hover_hint": t("aevae.explore.hover_hint"), "preview": t("aevae.explore.preview")}}
    static_id = f"{dataset}-{current.language}-{HOVER_GRID}-" + "-".join(f"{v:.4g}" for k in KINDS for r in plane_ranges[k] for v in r)
    markers = {kind: {"probe": probe.tolist(), "chosen": codes[kind][chosen].tolist()} for kind in KINDS}
    latent_explorer(static, static_id, {"markers": markers}, key="latent_explorer", on_click=remember_click)

    st.markdown(f"#### {t('aevae.decode.title')}")
    typed = st.columns([1, 1, 4])
    typed[0].number_input("z₁", key="probe_z1", value=float(probe[0]), step=0.25, format="%.3f", on_change=remember_typed)
    typed[1].number_input("z₂", key="probe_z2", value=float(probe[1]), step=0.25, format="%.3f", on_change=remember_typed)
    typed[2].caption(t("aevae.decode.caption"))
    # Small images go inline as data URIs: no second HTTP request after the rerun (see bench/).
    decoded = {kind: decode_latents(models[kind], probe[None])[0] for kind in KINDS}
    probabilities = class_probabilities(classifier, np.stack([decoded[k] for k in KINDS]))
    cells = st.columns(2)
    for i, (kind, cell) in enumerate(zip(KINDS, cells)):
        density = float(relative_density(codes[kind], probe[None], typical=loaders.typical_radius(kind, dataset))[0])
        verdict = class_names(dataset)[int(probabilities[i].argmax())]
        inner = cell.columns([1, 2])
        inner[0].image(png_data_uri(decoded[kind], 5), caption=t(f"aevae.{kind}.short"))
        inner[1].markdown(t("aevae.decode.readout", verdict=verdict, confidence=f"{probabilities[i].max():.0%}",
                            density=f"{density:.2f}"))
        if density < 0.05:
            inner[1].warning(t("aevae.decode.hole"))

    st.markdown(f"#### {t('aevae.image.title')}")
    chosen_x = images_to_float(torch.from_numpy(images[chosen:chosen + 1]))
    reconstructions = {kind: decode_latents(models[kind], codes[kind][chosen:chosen + 1])[0] for kind in KINDS}
    ae_nats = reconstruction_cross_entropy(models["ae"], chosen_x)
    vae_reconstruction, vae_kl = elbo_terms(models["vae"], chosen_x, seed=current.seed)
    shown = st.columns([1, 1, 1, 3])
    shown[0].image(png_data_uri(images[chosen], 5),
                   caption=t("aevae.image.input", label=class_names(dataset)[labels[chosen]], index=chosen))
    shown[1].image(png_data_uri(reconstructions["ae"], 5), caption=t("aevae.ae.short"))
    shown[2].image(png_data_uri(reconstructions["vae"], 5), caption=t("aevae.vae.short"))
    shown[3].markdown(t("aevae.image.terms", ae=f"{ae_nats:.1f}", rec=f"{vae_reconstruction[0]:.1f}",
                        kl=f"{vae_kl[0]:.1f}", elbo=f"{-(vae_reconstruction[0] + vae_kl[0]):.1f}"))
    shown[3].caption(t("aevae.image.caption"))


latent_explorer_section()


@st.cache_data(show_spinner=False, max_entries=8)
def prior_samples(dataset: str, seed: int, count: int = 256) -> dict:
    """Decode the same z ~ N(0, I) through both decoders, and ask the classifier about each."""
    z = np.random.default_rng(seed).standard_normal((count, 2)).astype(np.float32)
    result = {}
    for kind in KINDS:
        with loaders.all_cores():
            decoded = decode_latents(models[kind], z)
            probabilities = class_probabilities(classifier, decoded)
        result[kind] = (decoded, confident_fraction(probabilities), effective_class_count(probabilities))
    return result


@st.fragment
def sampling() -> None:
    st.subheader(t("aevae.sample.title"))
    st.markdown(t("aevae.sample.body"))
    st.session_state.setdefault("sample_round", 0)
    if st.button(t("aevae.sample.button"), key="new_samples"):
        st.session_state["sample_round"] += 1
    samples = prior_samples(dataset, current.seed * 1000 + st.session_state["sample_round"])
    for kind, column in zip(KINDS, st.columns(2)):
        decoded, confident, classes = samples[kind]
        column.image(tile(decoded[:32], columns=8), output_format="PNG", width="stretch",
                     caption=t(f"aevae.{kind}.short"))
        numbers = column.columns(2)
        numbers[0].metric(t("aevae.sample.metric"), f"{confident:.0%}", help=t("aevae.sample.metric_help"))
        numbers[1].metric(t("aevae.sample.classes"), f"{classes:.1f} / 10", help=t("aevae.sample.classes_help"))
    st.caption(t("aevae.sample.caption"))


sampling()


@st.cache_data(show_spinner=False, max_entries=16)
def decoded_lattice(dataset: str, kind: str, x_range, y_range, n: int = 15) -> np.ndarray:
    with loaders.all_cores():
        return tile(decode_latents(models[kind], lattice_points(x_range, y_range, n)), columns=n, pad=0)


st.subheader(t("aevae.lattice.title"))
st.markdown(t("aevae.lattice.body"))
for kind, column in zip(KINDS, st.columns(2)):
    (x0, x1), (y0, y1) = own_ranges[kind]
    column.image(decoded_lattice(dataset, kind, own_ranges[kind][0], own_ranges[kind][1]), output_format="PNG",
                 width="stretch", caption=t("aevae.lattice.caption", model=t(f"aevae.{kind}.short"),
                                             x0=f"{x0:.1f}", x1=f"{x1:.1f}", y0=f"{y0:.1f}", y1=f"{y1:.1f}"))
BETA_KINDS = {"vae_beta0.1": 0.1, "vae": 1.0, "vae_beta4": 4.0}  # checkpoint kind -> KL weight


@st.cache_data(show_spinner=False, max_entries=8)
def beta_numbers(dataset: str, seed: int, count: int = 256) -> dict:
    """Per beta: test ELBO terms (from the sidecar), how Gaussian the codes are, and what
    prior samples look like (12 shown, 256 scored by the classifier)."""
    z = np.random.default_rng(seed).standard_normal((count, 2)).astype(np.float32)
    numbers = {}
    for kind in BETA_KINDS:
        with loaders.all_cores():
            decoded = decode_latents(loaders.model(kind, dataset), z)
            probabilities = class_probabilities(classifier, decoded)
        metrics = loaders.sidecar(kind, dataset)["metrics"]
        numbers[kind] = {"reconstruction": metrics["test_elbo_reconstruction_nats"], "kl": metrics["test_kl_nats"],
                         "gaussian_fit": gaussian_fit_kl(loaders.latent_codes(kind, dataset)),
                         "classes": effective_class_count(probabilities), "samples": decoded[:12]}
    return numbers


st.subheader(t("aevae.beta.title"))
st.markdown(t("aevae.beta.body"))
st.latex(r"\mathcal{L}_\beta(x) = \underbrace{-\mathbb{E}_{q_\phi(z\mid x)}\big[\log p_\theta(x\mid z)\big]}_{\text{reconstruction}}"
         r" + \beta\,\underbrace{\mathrm{KL}\big(q_\phi(z\mid x)\,\|\,\mathcal{N}(0, I)\big)}_{\text{KL}}")
for kind in BETA_KINDS:
    loaders.model(kind, dataset)  # a missing checkpoint stops here with the command that rebuilds it
beta_titles = {kind: t("aevae.beta.plane_title", beta=beta) for kind, beta in BETA_KINDS.items()}
beta_ranges = {kind: square_ranges(*own_range(loaders.latent_codes(kind, dataset))) for kind in BETA_KINDS}
latent_explorer(lambda: {"models": [plane_payload(dataset, kind, *beta_ranges[kind], beta_titles[kind]) for kind in BETA_KINDS],
                         "colors": list(CLASS_COLORS), "class_names": class_names(dataset), "size": 300, "clickable": False,
                         "text": {"hover_hint": t("aevae.explore.hover_hint"), "preview": t("aevae.explore.preview")}},
                f"beta-{dataset}-{current.language}", {}, key="beta_explorer", on_click=lambda: None)
numbers = beta_numbers(dataset, current.seed)
rows = [f"| β | {t('aevae.beta.col.reconstruction')} | {t('aevae.beta.col.kl')} | −ELBO | "
        f"{t('aevae.beta.col.gaussian')} | {t('aevae.beta.col.classes')} |", "|---|---|---|---|---|---|"]
for kind, beta in BETA_KINDS.items():
    n = numbers[kind]
    rows.append(f"| {beta:g} | {n['reconstruction']:.1f} | {n['kl']:.1f} | {n['reconstruction'] + n['kl']:.1f} | "
                f"{n['gaussian_fit']:.2f} | {n['classes']:.1f} / 10 |")
st.markdown("\n".join(rows))
for kind, beta in BETA_KINDS.items():
    st.image(tile(numbers[kind]["samples"], columns=12), output_format="PNG", width="stretch",
             caption=t("aevae.beta.samples_caption", beta=beta))
st.caption(t("aevae.beta.caption"))

st.info(t("aevae.notice"))
model_cards(("ae", *BETA_KINDS, "classifier"), dataset)
