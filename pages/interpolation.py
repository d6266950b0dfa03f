"""Interpolation: walk a straight line between two images through the AE's and the VAE's
latent spaces (concept C7). Frames are precomputed, so scrubbing alpha is instant."""
import ui.route  # noqa: F401  (first: a deep link on a fresh server must run through app.py)

import streamlit as st

from core.data import DISPLAY_BUNDLE_SIZE
from ui.i18n import class_names, t
from ui.lesson import lesson_bar, predict_then_reveal
from ui.state import set_url, settings, url_number

current = settings()
dataset, language = current.dataset, current.language
st.title(t("interp.title"))
st.markdown(t("interp.lead"))
lesson_bar("interp", [f"lesson.interp.{i}" for i in range(1, 7)], expanded=current.presenting)
st.latex(r"z(\alpha) = (1-\alpha)\,z_A + \alpha\,z_B")
st.latex(r"\operatorname{slerp}(\alpha) = \frac{\sin((1-\alpha)\omega)}{\sin\omega}z_A + \frac{\sin(\alpha\omega)}{\sin\omega}z_B,"
         r"\quad \cos\omega = \frac{z_A\cdot z_B}{\lVert z_A\rVert\lVert z_B\rVert}")

# The heading and a spinner come first: on a server's first visit, importing torch and the
# models' code takes seconds, and the student should see the page is working (not a blank).
with st.spinner(t("loading.models", images=f"{DISPLAY_BUNDLE_SIZE:,}")):
    import zlib  # noqa: E402

    import numpy as np  # noqa: E402

    from core.interpolation import nearest_code  # noqa: E402
    from core.latent import DENSITY_NEIGHBOURS, HOLE_DENSITY  # noqa: E402
    from core.metrics import CONFIDENT  # noqa: E402
    from ui import autoencoder_views as views  # noqa: E402
    from ui import loaders  # noqa: E402
    from ui.components import frames_player, trigger_value  # noqa: E402
    from ui.figures import CLASS_COLORS, padded_range, png_data_uri, square_ranges, tile  # noqa: E402
    from ui.model_card import model_cards  # noqa: E402
    from ui.own_image_input import own_image_input  # noqa: E402
    from ui.shared_cache import shared_view  # noqa: E402

KINDS = loaders.AUTOENCODER_KINDS
MODEL_COLORS = {"ae": "#f28e2b", "vae": "#4e79a7"}
pair = loaders.autoencoder_pair(dataset)
labels = pair.labels
HOLE = f"{HOLE_DENSITY:g}"  # "a hole": the threshold as every sentence on this page prints it
STRIP_STEP = f"{round(float(views.strip_alphas()[1]), 6):g}"  # the alpha step between the strip's frames

# Endpoints live in session_state, one pair per dataset, so clicks, class pickers and the
# "another example" buttons agree; the widgets are drawn from them on every run.
endpoint_key = f"interp_endpoints_{dataset}"
if endpoint_key not in st.session_state:
    start_class, end_class = views.DEFAULT_ENDPOINT_CLASSES[dataset]
    # Endpoints in a link belong to the dataset the link opened with: read them once per session.
    first_visit = not st.session_state.get("_interp_link_read")
    st.session_state["_interp_link_read"] = True
    from_link = {which: url_number(name, 0, len(labels) - 1, integer=True) if first_visit else None
                 for which, name in (("start", "a"), ("end", "b"))}
    st.session_state[endpoint_key] = {
        "start": from_link["start"] if from_link["start"] is not None else views.faithful_example(dataset, start_class, 0, 0),
        "end": from_link["end"] if from_link["end"] is not None else views.faithful_example(dataset, end_class, 0, 0)}
    if st.query_params.get("path") in ("linear", "slerp"):
        st.session_state["interp_vae_path"] = st.query_params["path"]
endpoints = st.session_state[endpoint_key]
OWN_KEY, OWN_AS_KEY = "interp_own", "interp_own_as"  # the student's own image can stand in for A or B
OWN_CHOICES = ("off", "start", "end")


def release_own(which: str) -> None:
    """A new choice for an endpoint the student's image stood in for: the choice wins."""
    if st.session_state.get(OWN_AS_KEY) == which:
        st.session_state[OWN_AS_KEY] = "off"


def picker_key(which: str) -> str:
    # Dataset and language in the key: options and their names change with both.
    return f"interp_class_{which}_{dataset}_{language}"


def new_example(which: str, label: int) -> None:
    """Another example of `label` for one endpoint (each request draws a new one)."""
    draw = st.session_state.get("interp_draw", 0) + 1
    st.session_state["interp_draw"] = draw
    endpoints[which] = views.faithful_example(dataset, label, current.seed, draw)
    release_own(which)


def choose_class(which: str) -> None:
    new_example(which, int(st.session_state[picker_key(which)]))


def pick_from_plane() -> None:
    """A click on a latent plane: the nearest encoded test image becomes A or B."""
    picked = trigger_value("interp_player", "picked")
    if not picked or picked.get("row") not in KINDS:
        return
    which = "start" if picked.get("choice") == "start" else "end"
    endpoints[which] = nearest_code(pair.codes[picked["row"]], (picked["x"], picked["y"]))
    release_own(which)


@shared_view(max_entries=32)
def player_data(dataset: str, start: int, end: int, vae_mode: str, language: str, own: bytes | None = None,
                own_as: str = "") -> dict:
    """What the frames player receives: every frame as a data URI, the paths on each plane and
    the code density along them. `own`/`own_as`: the student's image (bytes of uint8 28 x 28) as A or B."""
    computed = views.interpolation(dataset, start, end, vae_mode, own, own_as)
    codes = loaders.autoencoder_pair(dataset).codes
    rows = []
    for kind in KINDS:
        entry = computed[kind]
        x_range, y_range = square_ranges(padded_range(np.concatenate([codes[kind][:, 0], entry.path[:, 0]])),
                                         padded_range(np.concatenate([codes[kind][:, 1], entry.path[:, 1]])))
        rows.append({"key": kind, "title": t(f"aevae.{kind}.short", language), "color": MODEL_COLORS[kind],
                     "subtitle": t(f"interp.path.{entry.mode}", language),
                     "frames": [png_data_uri(image) for image in entry.decoded],
                     "plane": {**views.plane_points(dataset, kind), "points_id": f"{dataset}-{kind}",
                               "range": list(x_range), "range_y": list(y_range), "prior": kind == "vae",
                               "path": np.round(entry.path, 4).tolist(),
                               "ends": ["A ✎" if own_as == "start" else "A", "B ✎" if own_as == "end" else "B"]}})
    alphas = np.linspace(0.0, 1.0, views.INTERPOLATION_FRAMES)
    return {"id": "interp", "labels": [f"α = {a:.2f}" for a in alphas], "start_index": len(alphas) // 2,
            "interval_ms": 80, "loop": "bounce", "rows": rows, "colors": list(CLASS_COLORS),
            "charts": [{"title": t("interp.viewer.density_title", language), "log": True, "y_min": 1e-3, "y_max": 10,
                        "x_label": "α →", "band": {"below": HOLE_DENSITY,
                                                   "label": t("interp.viewer.hole_band", language, hole=HOLE)},
                        "series": [{"name": t(f"aevae.{kind}.short", language), "color": MODEL_COLORS[kind],
                                    "values": np.round(computed[kind].density, 5).tolist()} for kind in KINDS]}],
            "pick": {"label": t("interp.viewer.click_sets", language), "hint": t("interp.viewer.click_hint", language),
                     "default": "end", "options": [{"value": "start", "label": "A"}, {"value": "end", "label": "B"}]},
            "text": {"play": t("player.play", language), "pause": t("player.pause", language),
                     "speed": t("player.speed", language), "slider": t("interp.viewer.alpha_label", language)}}


@st.fragment
def endpoints_and_path() -> None:
    """Everything a new endpoint, path or own image changes: a choice here reruns this part only,
    not the title, the lesson and the sidebar (a class of students pressing "another example" is
    most of this page's server time)."""
    names = class_names(dataset, language)
    pickers = st.columns([2, 2, 2, 3])
    for which, column in zip(("start", "end"), pickers):
        st.session_state[picker_key(which)] = int(labels[endpoints[which]])  # follows clicks and buttons
        column.selectbox(t(f"interp.pick_{which}"), range(len(names)), format_func=lambda c: names[c],
                         key=picker_key(which), on_change=choose_class, args=(which,))
        column.button(t("interp.another"), key=f"interp_another_{which}", on_click=new_example,
                      args=(which, int(labels[endpoints[which]])), help=t("interp.another_help"))
    vae_mode = pickers[2].radio(t("interp.vae_path"), ["linear", "slerp"], horizontal=True,
                                format_func=lambda m: t(f"interp.path.{m}"), key="interp_vae_path")
    pickers[3].caption(t("interp.pick_caption"))

    # The student's own image (drawn or uploaded) as A or B: both encoders place it, the path starts
    # or ends at its code. Open while in use, so the student sees which endpoint it replaced.
    with st.expander(t("interp.own.title"), expanded=st.session_state.get(OWN_AS_KEY, "off") != "off"):
        pad, choice = st.columns([1, 2])
        with pad:
            own = own_image_input(OWN_KEY)
        own_as = choice.radio(t("interp.own.use_as"), OWN_CHOICES, format_func=lambda c: t(f"interp.own.as.{c}"),
                              key=OWN_AS_KEY, horizontal=True)
        if own is None:
            choice.info(t("interp.own.empty"))
        else:
            own_z = views.own_codes(dataset, own.tobytes())
            inner = choice.columns([1, 3])
            inner[0].image(png_data_uri(own, 4), caption=t("own.prepared"))
            inner[1].markdown(t("interp.own.codes", ae_z1=f"{own_z['ae'][0]:.2f}", ae_z2=f"{own_z['ae'][1]:.2f}",
                                vae_z1=f"{own_z['vae'][0]:.2f}", vae_z2=f"{own_z['vae'][1]:.2f}"))
            if own_as != "off":
                inner[1].caption(t("interp.own.in_use", end="A" if own_as == "start" else "B"))
        choice.caption(t("interp.own.caption"))
    own_in_use = own is not None and own_as != "off"
    own_pixels, own_end = (own.tobytes(), own_as) if own_in_use else (None, "")

    for name, value in (("a", endpoints["start"]), ("b", endpoints["end"]), ("path", vae_mode)):
        set_url(name, value)  # a teacher's link reproduces these endpoints and this path (never the own image)
    with st.spinner(t("loading.frames")):
        paths = views.interpolation(dataset, endpoints["start"], endpoints["end"], vae_mode, own_pixels, own_end)
    frames_player(player_data(dataset, endpoints["start"], endpoints["end"], vae_mode, language, own_pixels, own_end),
                  key="interp_player", on_pick=pick_from_plane, url_key="frame")
    own_tag = f"_own{own_end}{zlib.crc32(own_pixels):08x}" if own_in_use else ""  # a new path asks again
    predict_then_reveal(f"interp_hole_{dataset}_{endpoints['start']}_{endpoints['end']}_{vae_mode}{own_tag}",
                        t("lesson.interp.predict", hole=HOLE),
                        [t(f"lesson.interp.predict.{k}") for k in ("ae", "vae", "both", "neither")],
                        lambda: t("lesson.interp.reveal", ae=f"{paths['ae'].density.min():.3f}",
                                  vae=f"{paths['vae'].density.min():.3f}", hole=HOLE))
    st.info(t("interp.notice"))

    st.subheader(t("interp.strip.title", step=STRIP_STEP))
    for kind in KINDS:
        entry = paths[kind]
        st.image(png_data_uri(tile(entry.decoded[entry.judged], columns=len(entry.judged))), width="stretch",
                 caption=t(f"aevae.{kind}.short") + " · " + t(f"interp.path.{entry.mode}"))

    st.subheader(t("interp.numbers.title"))
    columns = st.columns(2)
    for kind, column in zip(KINDS, columns):
        entry = paths[kind]
        column.metric(t("interp.numbers.min_density", model=t(f"aevae.{kind}.short")), f"{entry.density.min():.3f}")
        column.metric(t("interp.numbers.confident", model=t(f"aevae.{kind}.short")),
                      f"{int(entry.recognised.sum())} / {len(entry.judged)}",
                      help=t("interp.numbers.confident_help", frames=len(entry.judged), step=STRIP_STEP,
                             confident=f"{CONFIDENT:.0%}"))
    st.caption(t("interp.numbers.caption", k=DENSITY_NEIGHBOURS, images=f"{len(labels):,}", hole=HOLE))


endpoints_and_path()
model_cards(("ae", "vae", "classifier"), dataset)
