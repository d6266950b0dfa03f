"""The reverse process (concepts C13, C15, C18): a trained UNet denoises seeded noise step by
step; the predicted noise and the predicted x0 at every step; class-conditional sampling with
classifier-free guidance; DDPM (1000 steps) vs DDIM (few steps), measured; the training objective."""
import ui.route  # noqa: F401  (first: a deep link on a fresh server must run through app.py)

import time

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
import torch

from core.families.ddpm import DDPMFamily, sampler_arguments, to_display
from ui import diffusion_views as views
from ui import loaders
from ui.components import frames_player
from ui.figures import png_data_uri
from ui.i18n import class_names, t
from ui.lesson import lesson_bar, predict_then_reveal
from ui.model_card import model_cards
from ui.state import settings
from ui.shared_runs import Recording, recordings
from ui.work_slots import work_slot

REPLAY_FRAMES, REPLAY_FRAME_S = 10, 0.1  # a recorded chain replays 10 of its ~26 frames in about a second

current = settings()
dataset, language = current.dataset, current.language
names = class_names(dataset, language)

st.title(t("rev.title"))
st.markdown(t("rev.lead"))
lesson_bar("rev", [f"lesson.rev.{i}" for i in range(1, 7)], expanded=current.presenting)
st.latex(r"p_\theta(x_{t-1} \mid x_t) = \mathcal{N}\!\left(x_{t-1};\ \tilde\mu_t\big(x_t, \hat x_0\big),\ \sigma_t^2 I\right)")
st.latex(r"\hat x_0 = \frac{x_t - \sqrt{1-\bar\alpha_t}\,\varepsilon_\theta(x_t, t, y)}{\sqrt{\bar\alpha_t}}")
st.latex(r"\tilde\varepsilon = (1+w)\,\varepsilon_\theta(x_t, t, y) - w\,\varepsilon_\theta(x_t, t, \varnothing)")

model = loaders.model("ddpm", dataset)
options = [views.EVERY_CLASS, views.UNCONDITIONAL, *range(len(names))]


def option_name(choice: int) -> str:
    if choice == views.EVERY_CLASS:
        return t("rev.class.every")
    if choice == views.UNCONDITIONAL:
        return t("rev.class.none")
    return names[choice]


CLASS_KEY = f"rev_class_{dataset}_{language}"
table = views.measured_table(dataset)
sweep = table["guidance"] if table and table.get("guidance") else []


def trend(first: float, last: float, tolerance: float = 0.05) -> str:
    """"up", "down" or "same" (within `tolerance`, relative) from the first to the last measured value."""
    change = last / first - 1
    return "same" if abs(change) < tolerance else ("up" if change > 0 else "down")


def diversity_reveal() -> str:
    first, last = sweep[0], sweep[-1]
    return t("lesson.rev.reveal", n=first["n"], steps=first["steps"],
             values=", ".join(f"w={row['guidance']:g}: {row['diversity']:.2f}" for row in sweep),
             w_first=f"{first['guidance']:g}", w_last=f"{last['guidance']:g}",
             agreement_first=f"{first['agreement']:.0%}", agreement_last=f"{last['agreement']:.0%}",
             answer=t(f"lesson.rev.predict.{trend(first['diversity'], last['diversity'])}"))


@st.fragment
def guided_trajectory() -> None:
    """Class, guidance and the seeded trajectory with its measurements and the measured sweep's
    cursor: a new class or w reruns only this part (the rest of the page does not depend on it;
    "Sample now" below reads both from the session when pressed)."""
    controls = st.columns([2, 3])
    choice = controls[0].selectbox(t("rev.class"), options, format_func=option_name, key=CLASS_KEY,
                                   help=t("rev.class_help"))
    guidance = controls[1].slider(t("rev.guidance"), 0.0, 7.0, 3.0, 0.5, key="rev_guidance", help=t("rev.guidance_help"),
                                  disabled=choice == views.UNCONDITIONAL)
    if choice == views.UNCONDITIONAL:
        guidance = 0.0

    st.subheader(t("rev.trajectory.title"))
    st.markdown(t("rev.trajectory.lead", steps=views.TRAJECTORY_STEPS, seed=current.seed))
    text = {"x": "x_t", "x_sub": t("rev.row.x_sub"), "eps": "ε_θ(x_t, t, y)", "eps_sub": t("rev.row.eps_sub"),
            "x0": "x̂₀", "x0_sub": t("rev.row.x0_sub"), "noise_chart": t("rev.chart.noise"), "steps_axis": t("rev.chart.axis"),
            "player": {"play": t("player.play"), "pause": t("player.pause"), "speed": t("player.speed"),
                       "slider": t("rev.slider")}}
    with st.spinner(t("rev.loading", steps=views.TRAJECTORY_STEPS)):
        computed = views.trajectory(dataset, choice, guidance, current.seed)
        frames_player(views.reverse_player(dataset, choice, guidance, current.seed, text), key="rev_player", url_key="frame")

    metrics = st.columns(3)
    if computed["agreement"] is not None:
        metrics[0].metric(t("rev.agreement"), f"{computed['agreement']:.0%}", help=t("rev.agreement_help"))
    else:
        metrics[0].metric(t("rev.agreement"), "—", help=t("rev.agreement_none"))
    metrics[1].metric(t("rev.diversity"), f"{computed['diversity']:.2f}", help=t("rev.diversity_help"))
    metrics[2].metric(t("rev.classifier_sees"), " ".join(str(p) for p in computed["predicted"][:8]) + " …",
                      help=t("rev.classifier_sees_help"))
    st.info(t("rev.trajectory.notice"))

    if sweep:  # the question is answered from the measured sweep: no table, no question
        predict_then_reveal(f"rev_diversity_{dataset}",
                            t("lesson.rev.predict", w_first=f"{sweep[0]['guidance']:g}", w_last=f"{sweep[-1]['guidance']:g}"),
                            [t(f"lesson.rev.predict.{k}") for k in ("up", "down", "same")], diversity_reveal)

    # ---- guidance: quality up, diversity down, measured
    st.subheader(t("rev.guidance.title"))
    st.markdown(t("rev.guidance.lead"))
    if sweep:
        rows = table["guidance"]
        w = [row["guidance"] for row in rows]
        # Built in one call (no add_vline / update_layout): plotly's property-path updates were a
        # quarter of this fragment's server CPU on every change of w (7.8 ms against 2.1 ms).
        figure = go.Figure(
            data=[go.Scatter(x=w, y=[row["agreement"] for row in rows], name=t("rev.agreement"), mode="lines+markers",
                             line={"color": "#4e79a7", "width": 3}),
                  go.Scatter(x=w, y=[row["diversity"] for row in rows], name=t("rev.diversity"), mode="lines+markers",
                             line={"color": "#f28e2b", "width": 3})],
            layout={"height": 300, "margin": {"l": 10, "r": 10, "t": 10, "b": 10}, "xaxis": {"title": {"text": "w"}},
                    "legend": {"orientation": "h", "y": -0.3},
                    "yaxis": {"range": [0, max(1.15, max(row["diversity"] for row in rows) + 0.05)]},
                    "shapes": [{"type": "line", "x0": guidance, "x1": guidance, "xref": "x", "y0": 0, "y1": 1,
                                "yref": "y domain", "line": {"dash": "dot", "color": "#111"}}]})
        st.plotly_chart(figure, width="stretch", key="rev_guidance_plot")
        st.caption(t("rev.guidance.caption", n=f"{table['n']:,}", steps=rows[0]["steps"], reference=f"{table['reference']['fid']:.1f}",
                     fids=", ".join(f"w={row['guidance']:g}: {row['fid']:.1f}" for row in rows),
                     prs=", ".join(f"w={row['guidance']:g}: {row['precision']:.2f} / {row['recall']:.2f}" for row in rows)))
        if table.get("unconditional"):
            unconditional = table["unconditional"]
            st.caption(t("rev.unconditional", n=f"{unconditional['n']:,}", steps=unconditional["steps"], fid=f"{unconditional['fid']:.1f}",
                         reference=f"{table['reference']['fid']:.1f}", confident=f"{unconditional['confident']:.0%}"))
    else:
        st.warning(t("rev.measured_missing", command=f"python -m core.diffusion_quality --dataset {dataset}"))
    st.info(t("rev.guidance.notice"))


guided_trajectory()


def fid_shape() -> str:
    """Where the guidance sweep's FID is lowest: at the largest w, a middle w, or w = 0 (within 2 % counts as flat)."""
    fids = [row["fid"] for row in sweep]
    best = min(range(len(fids)), key=fids.__getitem__)
    if max(fids) / min(fids) - 1 < 0.02:
        return "flat"
    return "last" if best == len(fids) - 1 else ("first" if best == 0 else "middle")


def fid_reveal() -> str:
    best = min(sweep, key=lambda row: row["fid"])
    first, last = sweep[0], sweep[-1]
    return t("lesson.rev.fid_reveal", values=", ".join(f"w={row['guidance']:g}: {row['fid']:.1f}" for row in sweep),
             best_w=f"{best['guidance']:g}", best=f"{best['fid']:.1f}", reference=f"{table['reference']['fid']:.1f}",
             n=f"{table['n']:,}",
             w_first=f"{first['guidance']:g}", w_last=f"{last['guidance']:g}",
             agreement_first=f"{first['agreement']:.0%}", agreement_last=f"{last['agreement']:.0%}",
             diversity_first=f"{first['diversity']:.2f}", diversity_last=f"{last['diversity']:.2f}",
             answer=t(f"lesson.rev.fid.{fid_shape()}", w_first=f"{first['guidance']:g}", w_last=f"{last['guidance']:g}"))


if sweep:
    predict_then_reveal(f"rev_fid_{dataset}", t("lesson.rev.fid_predict", w_first=f"{sweep[0]['guidance']:g}",
                                                   w_last=f"{sweep[-1]['guidance']:g}"),
                        [t(f"lesson.rev.fid.{k}", w_first=f"{sweep[0]['guidance']:g}", w_last=f"{sweep[-1]['guidance']:g}")
                         for k in ("last", "middle", "first", "flat")], fid_reveal)

# ---- DDPM vs DDIM: steps, time, quality
st.subheader(t("rev.steps.title"))
st.markdown(t("rev.steps.lead"))
st.latex(r"x_{t'} = \sqrt{\bar\alpha_{t'}}\,\hat x_0 + \sqrt{1-\bar\alpha_{t'}}\;\varepsilon_\theta(x_t, t, y)"
         r"\qquad (\text{DDIM}, \eta = 0,\ t' < t)")
if table and table["samplers"]:
    frame = pd.DataFrame([{t("rev.steps.col.sampler"): row["sampler"].upper(), t("rev.steps.col.steps"): row["steps"],
                           t("rev.steps.col.samples"): row["n"], t("rev.steps.col.seconds_all"): row["seconds"],
                           t("rev.steps.col.per16"): round(row["seconds"] * 16 / row["n"], 2),
                           t("rev.steps.col.fid"): round(row["fid"], 1), t("rev.steps.col.kid"): f"{row['kid']:.0f} ± {row['kid_sd']:.0f}",
                           t("rev.steps.col.precision"): row["precision"], t("rev.steps.col.recall"): row["recall"],
                           t("rev.agreement"): f"{row['agreement']:.0%}"} for row in table["samplers"]])
    st.dataframe(frame, hide_index=True, width="stretch")
    st.caption(t("rev.steps.caption_rows", date=table["date"], n=f"{table['n']:,}", reference=f"{table['reference']['fid']:.1f}",
                 reference_kid=f"{table['reference']['kid']:.0f}"))
else:
    st.warning(t("rev.measured_missing", command=f"python -m core.diffusion_quality --dataset {dataset}"))

# "sampler:steps", as in the measured table: DDIM (eta = 0), DDPM on a respaced chain, the full DDPM chain.
SAMPLE_NOW_CHOICES = ("ddim:10", "ddim:20", "ddim:50", "ddim:100", "ddpm:50", "ddpm:100", "ddpm:1000")


def sampler_label(choice: str) -> str:
    sampler, k = choice.split(":")
    if sampler == "ddim":
        return t("rev.steps.ddim", k=k)
    return t("rev.steps.ddpm") if int(k) == model.schedule.T else t("rev.steps.ddpm_respaced", k=k)


def player_recording(computed: dict) -> Recording:
    """The trajectory the player shows (DDIM, TRAJECTORY_STEPS steps) as a Sample-now recording:
    after each step the sample x_t and the x^_0 predicted at that step's t."""
    recording = Recording(seconds=computed["seconds"])
    total = len(computed["t"]) - 1
    for step in range(1, total + 1):
        recording.add(step, total, int(computed["t"][step - 1]), views.mosaic(computed["frames"]["x"][step]),
                      views.mosaic(computed["frames"]["x0"][step - 1]))
    return recording


@st.fragment
def sample_now_section() -> None:
    """"Sample now" reruns this part only, with the class and w the trajectory above left in the
    session. A whole-page rerun with 52 images encoded by st.image made a replayed press cost
    the server ~560 ms of CPU; here the mosaics go as small PNG data URIs, drawn 3x by the browser."""
    choice = st.session_state.get(CLASS_KEY, options[0])
    guidance = 0.0 if choice == views.UNCONDITIONAL else float(st.session_state.get("rev_guidance", 3.0))
    live = st.columns([2, 2, 3])
    chosen_sampler = live[0].selectbox(t("rev.steps.choice"), SAMPLE_NOW_CHOICES, index=2, key="rev_steps",
                                       format_func=sampler_label)
    sampler, steps = chosen_sampler.split(":")
    steps = int(steps)
    # A callback, not the button's return value: the request survives any rerun before this line.
    live[1].button(t("rev.sample_now"), type="primary", key="rev_sample_now",
                   on_click=st.session_state.__setitem__, args=("rev_run_requested", True))
    run = st.session_state.pop("rev_run_requested", False)
    live[2].caption(t("rev.sample_now_caption"))
    if run:
        # The class and w travel with the pictures: changing them later reruns only the part above,
        # and these stay on screen until the next full run.
        st.caption(t("rev.sample_settings", choice=option_name(choice), w=f"{guidance:g}", sampler=sampler_label(chosen_sampler),
                     seed=current.seed))
        progress = st.progress(0.0, text=t("rev.progress", step=0, total=steps))
        pictures = st.columns(2)
        x_view, x0_view = pictures[0].empty(), pictures[1].empty()
        every = max(1, steps // 25)  # about 25 redraws per chain, whatever its length

        def draw(step: int, total: int, timestep: int, x_mosaic, x0_mosaic) -> None:
            # After the step from t: the new, less noisy sample, and the x^_0 predicted at t.
            progress.progress(step / total, text=t("rev.progress", step=step, total=total))
            x_view.image(png_data_uri(x_mosaic), caption="x_t", width=3 * x_mosaic.shape[1])
            x0_view.image(png_data_uri(x0_mosaic), caption=f"x̂₀ (t = {timestep})", width=3 * x0_mosaic.shape[1])

        # The same settings and seed give the same chain: a class pressing "Sample now" together computes it once.
        run_key = (loaders.sidecar("ddpm", dataset)["weights_sha256"], current.seed, choice, guidance, sampler, steps)
        store = recordings("ddpm_sample_now")
        recording = store.get(run_key)
        from_player = recording is None and (sampler, steps) == ("ddim", views.TRAJECTORY_STEPS)
        if from_player:  # exactly the chain the player above shows, computed for it already: not run twice
            recording = player_recording(views.trajectory(dataset, choice, guidance, current.seed))
        if recording is None:
            with work_slot("ddpm_sample_now", on_wait=lambda: progress.progress(0.0, text=t("rev.waiting_slot"))):
                recording = store.get(run_key)  # computed by the session this one waited for?
                if recording is None:
                    recording = Recording()

                    def show(step: int, total: int, timestep: int, x_t: torch.Tensor, x0: torch.Tensor) -> None:
                        if step % every and step != total:
                            return
                        shown = (views.mosaic(to_display(x_t)), views.mosaic(to_display(x0)))
                        recording.add(step, total, timestep, *shown)
                        draw(step, total, timestep, *shown)

                    started = time.perf_counter()
                    DDPMFamily().sample(model, views.GRID, torch.Generator().manual_seed(current.seed), label=views.labels_for(choice),
                                        guidance=guidance, callback=show, **sampler_arguments(sampler, steps, model.schedule.T))
                    recording.seconds = time.perf_counter() - started
                    store.put(run_key, recording)
                    st.success(t("rev.sample_done", steps=steps, seconds=f"{recording.seconds:.1f}"))
                    recording = None  # shown live: nothing to replay
        if recording is not None:
            # Each redraw after a pause reaches the browser as its own message (~5 ms of server CPU
            # each): a replay shows 10 of the recorded frames, always ending on the last.
            frames = recording.frames
            picked = sorted({round(i * (len(frames) - 1) / (REPLAY_FRAMES - 1)) for i in range(REPLAY_FRAMES)})
            for step, total, timestep, shown in (frames[i] for i in picked):
                draw(step, total, timestep, *shown)
                time.sleep(REPLAY_FRAME_S)
            st.success(t("rev.sample_from_player" if from_player else "rev.sample_replayed", steps=steps,
                         seconds=f"{recording.seconds:.1f}", seed=current.seed))


sample_now_section()
if table and table.get("samplers"):
    fewest = min(table["samplers"], key=lambda row: row["steps"])
    most = max(table["samplers"], key=lambda row: row["steps"])
    notice = t("rev.steps.notice", few=f"{fewest['sampler'].upper()} {fewest['steps']}",
               few_seconds=f"{fewest['seconds'] * 16 / fewest['n']:.1f}", many=f"{most['sampler'].upper()} {most['steps']}",
               many_seconds=f"{most['seconds'] * 16 / most['n']:.1f}", calls=f"{most['steps'] / fewest['steps']:g}",
               ratio=f"{(most['seconds'] / most['n']) / (fewest['seconds'] / fewest['n']):.0f}")
    if most["n"] != fewest["n"]:  # FID depends on the sample count: rows of different n do not compare
        notice += " " + t("rev.steps.notice_fid", many=f"{most['sampler'].upper()} {most['steps']}", n_many=most["n"],
                          n_few=fewest["n"])
    # Stochastic vs deterministic at one step count, when the table has both at the same n.
    by_key = {(row["sampler"], row["steps"]): row for row in table["samplers"]}
    shared = sorted(steps for sampler, steps in by_key if sampler == "ddpm" and ("ddim", steps) in by_key
                    and by_key[("ddim", steps)]["n"] == by_key[("ddpm", steps)]["n"])
    if shared:
        ddpm, ddim = by_key[("ddpm", shared[0])], by_key[("ddim", shared[0])]
        notice += "\n\n" + t("rev.steps.stochastic", steps=shared[0], fid_ddpm=f"{ddpm['fid']:.0f}", fid_ddim=f"{ddim['fid']:.0f}",
                              agree_ddpm=f"{ddpm['agreement']:.0%}", agree_ddim=f"{ddim['agreement']:.0%}",
                              verdict=t("rev.steps.stochastic.better" if ddpm["fid"] < ddim["fid"] else "rev.steps.stochastic.worse"))
    st.info(notice)

# ---- the training objective
st.subheader(t("rev.objective.title"))
st.markdown(t("rev.objective.elbo"))
st.latex(r"-\log p_\theta(x_0) \le \mathbb{E}_q\big[L_T + \textstyle\sum_{t>1} L_{t-1} + L_0\big]")
st.latex(r"\begin{aligned}L_T &= D_{\mathrm{KL}}\big(q(x_T\mid x_0)\,\|\,p(x_T)\big)\\"
         r"L_{t-1} &= D_{\mathrm{KL}}\big(q(x_{t-1}\mid x_t, x_0)\,\|\,p_\theta(x_{t-1}\mid x_t)\big)\\"
         r"L_0 &= -\log p_\theta(x_0\mid x_1)\end{aligned}")
st.markdown(t("rev.objective.posterior"))
st.latex(r"q(x_{t-1}\mid x_t, x_0) = \mathcal{N}\big(\tilde\mu_t, \tilde\beta_t I\big),\qquad "
         r"\tilde\beta_t = \frac{1-\bar\alpha_{t-1}}{1-\bar\alpha_t}\beta_t")
st.latex(r"\tilde\mu_t = \frac{\sqrt{\bar\alpha_{t-1}}\,\beta_t}{1-\bar\alpha_t}x_0 + \frac{\sqrt{\alpha_t}(1-\bar\alpha_{t-1})}{1-\bar\alpha_t}x_t")
st.markdown(t("rev.objective.fixed_sigma"))
st.latex(r"L_{t-1} = \frac{\beta_t^2}{2\sigma_t^2\,\alpha_t(1-\bar\alpha_t)}\,\big\lVert \varepsilon - \varepsilon_\theta(x_t, t)\big\rVert^2 + C")
st.latex(r"L_{\text{%s}} = \mathbb{E}_{t, x_0, \varepsilon}\big\lVert \varepsilon - "
         r"\varepsilon_\theta\big(\sqrt{\bar\alpha_t}\,x_0 + \sqrt{1-\bar\alpha_t}\,\varepsilon,\ t\big)\big\rVert^2"
         % t("rev.latex.simple"))
st.markdown(t("rev.objective.why_noise"))
st.info(t("rev.objective.notice"))
model_cards(("ddpm", "classifier"), dataset)
