"""Interpolation: walk a straight line between two images through the AE's and the VAE's
latent spaces (concept C7). Frames are precomputed, so scrubbing alpha is instant."""
import numpy as np
import streamlit as st

from core.latent import decode_latents, interpolate, relative_density
from core.metrics import class_probabilities, confident_fraction
from ui import loaders
from ui.components import interpolation_viewer, trigger_value
from ui.figures import CLASS_COLORS, padded_range, png_data_uri, square_ranges, tile
from ui.i18n import class_names, t
from ui.model_card import model_cards
from ui.state import settings

KINDS = loaders.AUTOENCODER_KINDS
MODEL_COLORS = {"ae": "#f28e2b", "vae": "#4e79a7"}
FRAMES = 41  # alpha = 0, 0.025, ..., 1
current = settings()
dataset = current.dataset
models, classifier, images, labels, codes = loaders.autoencoder_pair(dataset)

st.title(t("interp.title"))
st.markdown(t("interp.lead"))
st.latex(r"z(\alpha) = (1-\alpha)\,z_A + \alpha\,z_B")
st.latex(r"\operatorname{slerp}(\alpha) = \frac{\sin((1-\alpha)\omega)}{\sin\omega}z_A + \frac{\sin(\alpha\omega)}{\sin\omega}z_B,"
         r"\quad \cos\omega = \frac{z_A\cdot z_B}{\lVert z_A\rVert\lVert z_B\rVert}")


def pick_faithful_example(label: int, rng: np.random.Generator, tries: int = 16) -> int:
    """A test image of class `label` that both models reconstruct recognisably (the classifier
    agrees with the label for both reconstructions), so the path's ends show what the student
    picked and any oddity along the way is due to the path itself. Checks a few random
    candidates only, which keeps a new choice fast."""
    candidates = rng.permutation(np.flatnonzero(labels == label))[:tries]
    agree = np.ones(len(candidates), dtype=bool)
    for kind in KINDS:
        reconstructions = decode_latents(models[kind], codes[kind][candidates])
        agree &= class_probabilities(classifier, reconstructions).argmax(1) == label
    return int(candidates[agree.argmax()] if agree.any() else candidates[0])


# Endpoints live in session_state (by dataset) so clicks and class pickers agree.
endpoint_key = f"interp_endpoints_{dataset}"
if endpoint_key not in st.session_state:
    start_class, end_class = (1, 7) if dataset == "mnist" else (0, 8)  # T-shirt -> bag on Fashion-MNIST
    st.session_state[endpoint_key] = {"start": pick_faithful_example(start_class, np.random.default_rng(0)),
                                      "end": pick_faithful_example(end_class, np.random.default_rng(0))}
endpoints = st.session_state[endpoint_key]


def choose_by_class(which: str) -> None:
    """Pick the next example of the chosen class (repeated choice cycles through examples)."""
    label = st.session_state[f"interp_class_{which}"]
    rng = np.random.default_rng([current.seed, label, st.session_state.get("interp_draw", 0)])
    st.session_state["interp_draw"] = st.session_state.get("interp_draw", 0) + 1
    endpoints[which] = pick_faithful_example(label, rng)


def pick_from_plane() -> None:
    """A click on a latent plane: the nearest encoded test image becomes the start or the end."""
    picked = trigger_value("interp_viewer", "picked")
    if not picked or picked.get("model") not in KINDS:
        return
    distances = np.linalg.norm(codes[picked["model"]] - np.array([picked["x"], picked["y"]]), axis=1)
    which = "end" if picked.get("endpoint") == "end" else "start"
    endpoints[which] = int(distances.argmin())
    st.session_state[f"interp_class_{which}"] = int(labels[endpoints[which]])  # the class picker follows


names = class_names(dataset)
pickers = st.columns([2, 2, 2, 3])
for which, column in zip(("start", "end"), pickers):
    column.selectbox(t(f"interp.pick_{which}"), range(len(names)), index=int(labels[endpoints[which]]),
                     format_func=lambda c: names[c], key=f"interp_class_{which}",
                     on_change=choose_by_class, args=(which,))
vae_path = pickers[2].radio(t("interp.vae_path"), ["linear", "slerp"], horizontal=True,
                            format_func=lambda m: t(f"interp.path.{m}"), key="interp_vae_path")
pickers[3].caption(t("interp.pick_caption"))


@st.cache_data(show_spinner=False, max_entries=32)
def interpolation_frames(dataset: str, start: int, end: int, vae_path: str) -> dict:
    """Everything the viewer shows, for one pair of endpoints: frames, paths, densities."""
    alphas = np.linspace(0.0, 1.0, FRAMES)
    result = {"alphas": alphas, "models": {}}
    for kind in KINDS:
        mode = vae_path if kind == "vae" else "linear"
        path = interpolate(codes[kind][start], codes[kind][end], alphas, mode=mode)
        with loaders.all_cores():
            decoded = decode_latents(models[kind], path)
            confident = confident_fraction(class_probabilities(classifier, decoded))
        result["models"][kind] = {
            "path": path, "decoded": decoded,
            "density": relative_density(codes[kind], path, typical=loaders.typical_radius(kind, dataset)),
            "confident": confident,
            "mode": mode,
        }
    return result


frames = interpolation_frames(dataset, endpoints["start"], endpoints["end"], vae_path)


@st.cache_data(show_spinner=False, max_entries=32)
def viewer_payload(dataset: str, start: int, end: int, vae_path: str, language: str) -> dict:
    """The JSON the browser receives: data URIs of every frame plus the scatter of each plane."""
    computed = interpolation_frames(dataset, start, end, vae_path)
    models_payload = []
    for kind in KINDS:
        entry = computed["models"][kind]
        x_range, y_range = square_ranges(padded_range(np.concatenate([codes[kind][:, 0], entry["path"][:, 0]])),
                                         padded_range(np.concatenate([codes[kind][:, 1], entry["path"][:, 1]])))
        models_payload.append({
            "key": kind, "title": t(f"aevae.{kind}.short", language), "color": MODEL_COLORS[kind],
            "subtitle": t(f"interp.path.{entry['mode']}", language),
            "frames": [png_data_uri(image) for image in entry["decoded"]],
            "path": np.round(entry["path"], 4).tolist(),
            "points": np.round(codes[kind], 3).tolist(), "labels": labels.tolist(),
            "range": list(x_range), "range_y": list(y_range),
            "density": np.round(entry["density"], 5).tolist(),
        })
    return {"alphas": computed["alphas"].round(4).tolist(), "models": models_payload, "colors": list(CLASS_COLORS),
            "start_index": FRAMES // 2,
            "text": {key: t(f"interp.viewer.{key}", language) for key in
                     ("play", "pause", "alpha_label", "click_sets", "start", "end", "click_hint", "density_title", "hole_band")}}


interpolation_viewer(viewer_payload(dataset, endpoints["start"], endpoints["end"], vae_path, current.language),
                     key="interp_viewer", on_pick=pick_from_plane)

st.subheader(t("interp.strip.title"))
for kind in KINDS:
    entry = frames["models"][kind]
    st.image(tile(entry["decoded"][::4], columns=len(entry["decoded"][::4])), output_format="PNG", width="stretch",
             caption=t(f"aevae.{kind}.short") + " · " + t(f"interp.path.{entry['mode']}"))

st.subheader(t("interp.numbers.title"))
columns = st.columns(2)
for kind, column in zip(KINDS, columns):
    entry = frames["models"][kind]
    column.metric(t("interp.numbers.min_density", model=t(f"aevae.{kind}.short")), f"{entry['density'].min():.3f}")
    column.metric(t("interp.numbers.confident", model=t(f"aevae.{kind}.short")), f"{entry['confident']:.0%}")
st.caption(t("interp.numbers.caption"))
st.info(t("interp.notice"))
model_cards(("ae", "vae", "classifier"), dataset)
