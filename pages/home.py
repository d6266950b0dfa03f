"""Home: what a generative model is, the four families, and the maximum-likelihood demo."""
import ui.route  # noqa: F401  first import: reruns a fresh server's first request through app.py
import streamlit as st

from core.likelihood import hidden_normal_samples, maximum_likelihood_normal
from ui.i18n import t
from ui.lesson import lesson_bar, predict_then_reveal
from ui.mle_widget import mle_demo
from ui.state import settings

current = settings()
st.title(t("home.title"))
st.markdown(t("home.lead"))
lesson_bar("home", [f"lesson.home.{i}" for i in range(1, 5)], expanded=current.presenting)

left, right = st.columns(2)
with left:
    st.subheader(t("home.discriminative.title"))
    st.latex(r"p(y \mid x)")
    st.markdown(t("home.discriminative.body"))
with right:
    st.subheader(t("home.generative.title"))
    st.latex(r"p(x) \quad\text{%s}\quad p(x \mid y)" % t("latex.or"))
    st.markdown(t("home.generative.body"))

st.header(t("home.families.title"))
st.markdown(t("home.families.table"))
st.markdown(t("home.families.compare", compare=t("nav.compare")))
FAMILY_PAGES = [("pages/ae_vs_vae.py", "nav.ae_vs_vae", "🗺️"), ("pages/interpolation.py", "nav.interpolation", "↔️"),
                ("pages/gan_replay.py", "nav.gan_replay", "🎞️"), ("pages/gan_live.py", "nav.gan_live", "🎯"),
                ("pages/flow_2d.py", "nav.flow_2d", "🌀"), ("pages/flow_images.py", "nav.flow_images", "🖼️"),
                ("pages/ddpm_forward.py", "nav.ddpm_forward", "🌫️"), ("pages/ddpm_reverse.py", "nav.ddpm_reverse", "✨"),
                ("pages/compare.py", "nav.compare", "📊")]
for column, (page, key, icon) in zip(st.columns(2) * 5, FAMILY_PAGES):
    column.page_link(page, label=t(key), icon=icon)

st.header(t("home.mle.title"))
st.markdown(t("home.mle.body"))
st.latex(r"\log L(\mu, \sigma) = \sum_{i=1}^{n} \log \mathcal{N}(x_i;\mu,\sigma^2)"
         r" = -n\log\big(\sigma\sqrt{2\pi}\big) - \sum_{i=1}^{n}\frac{(x_i-\mu)^2}{2\sigma^2}")


SMALL_N, LARGE_N = 10, 1000  # the prediction question's two sample sizes
SIZES = {"small_n": f"{SMALL_N:,}", "large_n": f"{LARGE_N:,}"}


def reveal_sample_size() -> str:
    """|mu-hat - mu| measured for SMALL_N and for LARGE_N samples of the same hidden Normal (this seed)."""
    errors = {}
    for n in (SMALL_N, LARGE_N):
        drawn, mu, _ = hidden_normal_samples(current.seed, n)
        errors[n] = abs(maximum_likelihood_normal(drawn)[0] - mu)
    return t("lesson.home.reveal", small=f"{errors[SMALL_N]:.3f}", large=f"{errors[LARGE_N]:.3f}", **SIZES)


predict_then_reveal("home_n", t("lesson.home.predict", **SIZES),
                    [t("lesson.home.predict.10", n=SIZES["small_n"]), t("lesson.home.predict.1000", n=SIZES["large_n"]),
                     t("lesson.home.predict.same")],
                    reveal_sample_size)
sample_size = st.select_slider(t("home.mle.n"), options=[10, 30, 100, 300, 1000], value=100, key="mle_n")
samples, true_mu, true_sigma = hidden_normal_samples(current.seed, sample_size)
mle_demo(samples, {"fit": t("home.mle.fit"), "loglik": t("home.mle.loglik"), "best": t("home.mle.best"),
                   "gap": t("home.mle.gap"), "histogram": t("home.mle.histogram"), "profile": t("home.mle.profile")})
mu_hat, sigma_hat = maximum_likelihood_normal(samples)
with st.expander(t("home.mle.reveal")):
    st.latex(r"\hat\mu = \frac{1}{n}\sum_i x_i = %.3f, \qquad \hat\sigma = \sqrt{\frac{1}{n}\sum_i (x_i-\hat\mu)^2} = %.3f"
             % (mu_hat, sigma_hat))
    st.markdown(t("home.mle.truth", mu=f"{true_mu:.3f}", sigma=f"{true_sigma:.3f}", n=sample_size))
st.info(t("home.mle.notice"))
