"""AE vs VAE: the two 2-D latent spaces side by side; click anywhere to decode (concepts C3-C6)."""
import ui.route  # noqa: F401  (first: a deep link on a fresh server must run through app.py)

import streamlit as st

from core.data import DISPLAY_BUNDLE_SIZE
from core.own_image import BOX as OWN_BOX, FRAME as OWN_FRAME
from ui.i18n import class_names, t
from ui.lesson import lesson_bar, predict_then_reveal
from ui.state import set_url, settings, url_number

current = settings()
dataset, language = current.dataset, current.language
st.title(t("aevae.title"))
st.markdown(t("aevae.lead"))
lesson_bar("aevae", [f"lesson.aevae.{i}" for i in range(1, 7)], expanded=current.presenting)

# The heading and a spinner come first: on a server's first visit, importing torch and the
# models' code takes seconds, and the student should see the page is working (not a blank).
with st.spinner(t("loading.models", images=f"{DISPLAY_BUNDLE_SIZE:,}")):
    import numpy as np  # noqa: E402

    from core.judge import judge  # noqa: E402
    from core.latent import HOLE_DENSITY, normal_mass_within, relative_density  # noqa: E402
    from core.metrics import CONFIDENT  # noqa: E402
    from ui import autoencoder_views as views  # noqa: E402
    from ui import loaders  # noqa: E402
    from ui.components import latent_explorer, trigger_value  # noqa: E402
    from ui.figures import CLASS_COLORS, padded_range, png_data_uri, square_ranges, tile  # noqa: E402
    from ui.model_card import model_cards  # noqa: E402
    from ui.own_image_input import own_image_input  # noqa: E402

KINDS = loaders.AUTOENCODER_KINDS
BETA_KINDS = ("vae_beta0.1", "vae", "vae_beta4")  # the same VAE trained with three KL weights (small, 1, large)
pair = loaders.autoencoder_pair(dataset)
images, labels, codes = pair.images, pair.labels, pair.codes
shown_images = f"{len(images):,}"
# The test numbers of every dataset's checkpoints (their sidecars): the sentences that compare models
# are chosen from these numbers (core.autoencoder_claims), never typed.
recorded = views.recorded_metrics(("ae", *BETA_KINDS))
reconstruction_list, reconstruction_verdict = views.reconstruction_findings(recorded)

with st.expander(t("aevae.math"), expanded=False):
    st.markdown(t("aevae.math.body"))
    st.latex(r"\text{AE:}\quad z = f_\phi(x),\qquad \mathcal{L} = -\log p_\theta(x \mid z)")
    st.latex(r"\text{VAE:}\quad q_\phi(z\mid x) = \mathcal{N}\big(\mu_\phi(x), \operatorname{diag}\sigma^2_\phi(x)\big)")
    st.latex(r"\mathrm{ELBO}(x) = \mathbb{E}_{q_\phi(z\mid x)}\big[\log p_\theta(x\mid z)\big]"
             r" - \mathrm{KL}\big(q_\phi(z\mid x)\,\|\,\mathcal{N}(0, I)\big) \le \log p_\theta(x)")
    st.latex(r"-\log p_\theta(x\mid z) = -\sum_{j=1}^{784} \big[x_j \log \hat x_j + (1-x_j)\log(1-\hat x_j)\big]")
    st.markdown(t("aevae.math.variational"))
    st.latex(r"\log p_\theta(x) = \mathrm{ELBO}(x) + \mathrm{KL}\big(q_\phi(z\mid x)\,\|\,p_\theta(z\mid x)\big)")
    st.markdown(t("aevae.math.kl_closed_form"))
    st.latex(r"\mathrm{KL}\big(\mathcal{N}(\mu, \sigma^2)\,\|\,\mathcal{N}(0, 1)\big)"
             r" = \tfrac12 \textstyle\sum_{k} \big(\mu_k^2 + \sigma_k^2 - \log\sigma_k^2 - 1\big)")
    st.markdown(t("aevae.math.reparam"))
    st.latex(r"z = \mu_\phi(x) + \sigma_\phi(x) \odot \varepsilon,\qquad \varepsilon \sim \mathcal{N}(0, I)")

same_scale = st.toggle(t("aevae.same_scale"), value=False, help=t("aevae.same_scale_help"))
own_ranges = {kind: views.own_range(codes[kind]) for kind in KINDS}
ranges = dict(own_ranges)
if same_scale:
    shared = padded_range(np.concatenate([codes[k] for k in KINDS]).ravel(), margin=0.02)
    ranges = {kind: (shared, shared) for kind in KINDS}
plane_ranges = {kind: square_ranges(*ranges[kind]) for kind in KINDS}
# Typed coordinates stay inside what the planes show (both, whichever toggle state).
Z_BOUNDS = (min(min(r[0][0], r[1][0]) for r in map(lambda k: square_ranges(*own_ranges[k]), KINDS)),
            max(max(r[0][1], r[1][1]) for r in map(lambda k: square_ranges(*own_ranges[k]), KINDS)))


def remember_click() -> None:
    """A click on a plane: decode that point; a click on a dot also picks that image."""
    clicked = trigger_value("latent_explorer", "clicked")
    if not clicked or clicked.get("model") not in KINDS:
        return
    x, y = (float(np.clip(v, *Z_BOUNDS)) for v in (clicked["x"], clicked["y"]))
    st.session_state["probe_z"] = (x, y)
    st.session_state["probe_z1"], st.session_state["probe_z2"] = round(x, 3), round(y, 3)
    if int(clicked.get("index", -1)) >= 0:
        st.session_state["chosen_image"] = int(clicked["index"])


def remember_typed() -> None:
    st.session_state["probe_z"] = (st.session_state["probe_z1"], st.session_state["probe_z2"])


@st.fragment
def latent_explorer_section() -> None:
    if "probe_z" not in st.session_state:  # a teacher's link (?z=x,y&img=i) reproduces the decoded point
        linked = url_number("z", *Z_BOUNDS)
        st.session_state["probe_z"] = tuple(linked) if isinstance(linked, list) and len(linked) == 2 else (0.0, 0.0)
        st.session_state["chosen_image"] = url_number("img", 0, len(images) - 1, integer=True) or 0
    chosen = min(int(st.session_state["chosen_image"]), len(images) - 1)
    probe = np.clip(np.array(st.session_state["probe_z"], dtype=np.float32), *Z_BOUNDS)
    set_url("z", [float(v) for v in probe])
    set_url("img", chosen)

    st.subheader(t("aevae.explore.title", images=shown_images))
    r1, r2 = views.PRIOR_CIRCLE_RADII
    st.caption(t("aevae.explore.caption", r1=f"{r1:g}", r2=f"{r2:g}",
                 plane1=f"{normal_mass_within(r1, 2):.0%}", plane2=f"{normal_mass_within(r2, 2):.0%}",
                 line1=f"{normal_mass_within(r1, 1):.0%}", line2=f"{normal_mass_within(r2, 1):.0%}"))
    static = lambda: {  # noqa: E731 - built only when the browser does not have it yet
        "models": [{**views.plane_payload(dataset, kind, *plane_ranges[kind]), "title": t(f"aevae.{kind}.scatter_title")}
               for kind in KINDS],
        "colors": list(CLASS_COLORS), "class_names": class_names(dataset), "size": 420,
        "text": {"hover_hint": t("aevae.explore.hover_hint"), "preview": t("aevae.explore.preview")}}
    static_id = f"{dataset}-{language}-{views.HOVER_GRID}-" + "-".join(f"{v:.4g}" for k in KINDS for r in plane_ranges[k] for v in r)
    own = st.session_state.get("own_image")  # drawn or uploaded below, outside this fragment
    own_codes = views.own_codes(dataset, own.tobytes()) if own is not None else None
    markers = {kind: {"probe": probe.tolist(), "chosen": codes[kind][chosen].tolist(),
                      **({"own": own_codes[kind].tolist()} if own_codes else {})} for kind in KINDS}
    latent_explorer(static, static_id, {"markers": markers}, key="latent_explorer", on_click=remember_click)
    st.caption(t("aevae.explore.unrelated"))
    st.info(t("aevae.notice", reconstruction=reconstruction_verdict))

    st.markdown(f"#### {t('aevae.decode.title')}")
    typed = st.columns([1, 1, 3])
    for column, name, value in zip(typed, ("probe_z1", "probe_z2"), probe):
        st.session_state.setdefault(name, round(float(value), 3))
        column.number_input(f"z{'₁' if name.endswith('1') else '₂'}", key=name, min_value=float(Z_BOUNDS[0]),
                            max_value=float(Z_BOUNDS[1]), step=0.25, format="%.3f", on_change=remember_typed)
    typed[2].caption(t("aevae.decode.caption", low=f"{Z_BOUNDS[0]:.1f}", high=f"{Z_BOUNDS[1]:.1f}"))
    # Small images go inline as data URIs: no second HTTP request after the rerun (see bench/).
    decoded = {kind: views.decode_point(dataset, kind, probe) for kind in KINDS}
    verdict = judge(pair.classifier, np.stack([decoded[k] for k in KINDS]))
    for i, (kind, cell) in enumerate(zip(KINDS, st.columns(2))):
        latent = pair.latents[kind]
        density = float(relative_density(latent.codes, probe[None], typical=latent.typical_radius)[0])
        inner = cell.columns([1, 2])
        inner[0].image(png_data_uri(decoded[kind], 5), caption=t(f"aevae.{kind}.short"))
        inner[1].markdown(t("aevae.decode.readout", verdict=class_names(dataset)[int(verdict.probabilities[i].argmax())],
                            confidence=f"{verdict.probabilities[i].max():.0%}", density=f"{density:.2f}"))
        if density < HOLE_DENSITY:
            inner[1].warning(t("aevae.decode.hole", images=shown_images))

    st.markdown(f"#### {t('aevae.image.title')}")
    view = views.chosen_image_view(dataset, chosen, current.seed)
    shown = st.columns([1, 1, 1, 3])
    shown[0].image(view["input"], caption=t("aevae.image.input", label=class_names(dataset)[labels[chosen]], index=chosen))
    for column, kind in zip(shown[1:3], KINDS):
        column.image(view[kind], caption=t(f"aevae.{kind}.short"))
    shown[3].markdown(t("aevae.image.terms", ae=f"{view['ae_nats']:.1f}", rec=f"{view['reconstruction']:.1f}",
                        kl=f"{view['kl']:.1f}", elbo=f"{-(view['reconstruction'] + view['kl']):.1f}"))
    shown[3].caption(t("aevae.image.caption", comparisons=reconstruction_list, verdict=reconstruction_verdict))


latent_explorer_section()


def own_image_section() -> None:
    """The student's own drawing or upload through both models. Outside the click fragment: a
    click does not redraw the pad and the uploader, and a new drawing reruns the whole page, so
    the planes show its codes too."""
    st.markdown(f"#### {t('own.title')}")
    st.caption(t("own.body", box=OWN_BOX, frame=OWN_FRAME))
    pad, result = st.columns([1, 2])
    with pad:
        own = own_image_input("own")
    if own is None:
        result.info(t("own.empty"))
        return
    own_codes = views.own_codes(dataset, own.tobytes())
    own_decoded = [views.decode_point(dataset, kind, own_codes[kind]) for kind in KINDS]
    verdict = judge(pair.classifier, own[None])
    cells = result.columns(3)
    cells[0].image(png_data_uri(own, 5), caption=t("own.prepared"))
    for cell, kind, image in zip(cells[1:], KINDS, own_decoded):
        cell.image(png_data_uri(image, 5), caption=t(f"aevae.{kind}.short"))
    density = {kind: float(relative_density(pair.latents[kind].codes, own_codes[kind][None],
                                            typical=pair.latents[kind].typical_radius)[0]) for kind in KINDS}
    result.markdown(t("own.readout", verdict=class_names(dataset)[int(verdict.probabilities[0].argmax())],
                      confidence=f"{verdict.probabilities[0].max():.0%}",
                      ae_z1=f"{own_codes['ae'][0]:.2f}", ae_z2=f"{own_codes['ae'][1]:.2f}",
                      vae_z1=f"{own_codes['vae'][0]:.2f}", vae_z2=f"{own_codes['vae'][1]:.2f}",
                      ae_density=f"{density['ae']:.2f}", vae_density=f"{density['vae']:.2f}"))


own_image_section()


@st.fragment
def sampling() -> None:
    st.subheader(t("aevae.sample.title"))
    st.markdown(t("aevae.sample.body"))
    st.session_state.setdefault("sample_round", 0)
    if st.button(t("aevae.sample.button"), key="new_samples"):
        st.session_state["sample_round"] += 1
    seed = current.seed * 1000 + st.session_state["sample_round"]
    with st.spinner(t("loading.samples")):
        drawn = {kind: views.prior_samples(dataset, kind, seed) for kind in KINDS}
    scored = len(drawn["ae"][0])  # the samples the classifier scored (all of them; the grids show the first few)
    predict_then_reveal(f"aevae_classes_{seed}", t("lesson.aevae.predict", count=scored),
                        [t("lesson.aevae.predict.ae"), t("lesson.aevae.predict.vae"), t("lesson.aevae.predict.same")],
                        lambda: t("lesson.aevae.reveal", count=scored, ae_classes=f"{drawn['ae'][2]:.1f}",
                                  vae_classes=f"{drawn['vae'][2]:.1f}", ae_confident=f"{drawn['ae'][1]:.0%}",
                                  vae_confident=f"{drawn['vae'][1]:.0%}"))
    for kind, column in zip(KINDS, st.columns(2)):
        samples, confident, classes = drawn[kind]
        column.image(tile(samples[:views.SAMPLES_SHOWN], columns=8), output_format="PNG", width="stretch",
                     caption=t(f"aevae.{kind}.short"))
        numbers = column.columns(2)
        numbers[0].metric(t("aevae.sample.metric"), f"{confident:.0%}",
                          help=t("aevae.sample.metric_help", count=scored, shown=views.SAMPLES_SHOWN,
                                 confident=f"{CONFIDENT:.0%}"))
        numbers[1].metric(t("aevae.sample.classes"), f"{classes:.1f} / 10", help=t("aevae.sample.classes_help", count=scored))
    st.caption(t("aevae.sample.caption", shown=views.SAMPLES_SHOWN, count=scored))
    st.markdown(t("aevae.sample.ae_no_region"))


sampling()

st.subheader(t("aevae.lattice.title"))
st.markdown(t("aevae.lattice.body", n=views.LATTICE_SIZE))
for kind, column in zip(KINDS, st.columns(2)):
    (x0, x1), (y0, y1) = own_ranges[kind]
    column.image(views.lattice_mosaic(dataset, kind, (x0, x1), (y0, y1)), output_format="PNG", width="stretch",
                 caption=t("aevae.lattice.caption", model=t(f"aevae.{kind}.short"),
                           x0=f"{x0:.1f}", x1=f"{x1:.1f}", y0=f"{y0:.1f}", y1=f"{y1:.1f}"))

st.subheader(t("aevae.beta.title"))
with st.spinner(t("loading.models", images=shown_images)):
    betas = {kind: loaders.sidecar(kind, dataset)["config"]["beta"] for kind in BETA_KINDS}  # stops on a missing checkpoint
    beta_ranges = {kind: square_ranges(*views.own_range(loaders.latent_codes(kind, dataset))) for kind in BETA_KINDS}
st.markdown(t("aevae.beta.body", betas=", ".join(f"{betas[kind]:g}" for kind in BETA_KINDS)))
st.latex(r"\mathcal{L}_\beta(x) = \underbrace{-\mathbb{E}_{q_\phi(z\mid x)}\big[\log p_\theta(x\mid z)\big]}_{\text{%s}}"
         r" + \beta\,\underbrace{\mathrm{KL}\big(q_\phi(z\mid x)\,\|\,\mathcal{N}(0, I)\big)}_{\text{KL}}" % t("latex.reconstruction"))
latent_explorer(lambda: {"models": [{**views.plane_payload(dataset, kind, *beta_ranges[kind]),
                                     "title": t("aevae.beta.plane_title", beta=f"{betas[kind]:g}")} for kind in BETA_KINDS],
                         "colors": list(CLASS_COLORS), "class_names": class_names(dataset), "size": 300, "clickable": False,
                         "text": {"hover_hint": t("aevae.explore.hover_hint"), "preview": t("aevae.explore.preview")}},
                f"beta-{dataset}-{language}", {}, key="beta_explorer", on_click=lambda: None)
with st.spinner(t("loading.samples")):
    numbers = views.beta_numbers(dataset, current.seed, BETA_KINDS)
rows = [f"| β | {t('aevae.beta.col.reconstruction')} | {t('aevae.beta.col.kl')} | −ELBO | "
        f"{t('aevae.beta.col.gaussian')} | {t('aevae.beta.col.classes')} |", "|---|---|---|---|---|---|"]
for kind in BETA_KINDS:
    n = numbers[kind]
    rows.append(f"| {betas[kind]:g} | {views.nats(n['reconstruction'])} | {views.nats(n['kl'])} | "
                f"{views.nats(n['negative_elbo'])} | "
                f"{n['gaussian_fit']:.2f} | {n['classes']:.1f} / 10 |")
st.markdown("\n".join(rows))
st.markdown(views.beta_findings(recorded, BETA_KINDS, betas))
for kind in BETA_KINDS:
    st.image(tile(numbers[kind]["samples"], columns=len(numbers[kind]["samples"])), output_format="PNG", width="stretch",
             caption=t("aevae.beta.samples_caption", beta=f"{betas[kind]:g}", count=len(numbers[kind]["samples"])))
st.caption(t("aevae.beta.caption", images=shown_images, samples=numbers[BETA_KINDS[0]]["scored"]))

model_cards(("ae", *BETA_KINDS, "classifier"), dataset)
