"""Page-wide CSS and the page language, for what Streamlit's own styling leaves to the app.

On a 390 px phone, markdown tables (the home page's four families) ran off the right edge
and long st.latex formulas were clipped: both now scroll sideways inside their own box.
Streamlit's page always says <html lang="en">, so Japanese text was laid out and given
glyphs as if it were English; the page now carries the chosen language, which also lets
Japanese headings break between phrases (word-break: auto-phrase) instead of mid-word.
"""
from __future__ import annotations

import streamlit as st

_GLOBAL_CSS = """<style>
[data-testid="stMarkdownContainer"] table { display: block; max-width: 100%; overflow-x: auto; }
.katex-display { max-width: 100%; overflow-x: auto; overflow-y: hidden; padding-bottom: 2px; }
html:lang(ja) :is(h1, h2, h3, h4) { word-break: auto-phrase; line-break: strict; text-wrap: balance; }
html:lang(ja) [data-testid="stMarkdownContainer"] :is(th, td) { word-break: auto-phrase; line-break: strict; }
</style>"""

# Sets <html lang> in the browser; no HTML of its own (a components-v2 module, not an iframe).
_page_language = st.components.v2.component(
    "gme_page_language", isolate_styles=False,
    js="export default function ({ data }) { document.documentElement.lang = data; }")


# Presenter mode: readable from the back of a classroom on a 1280 x 720 projector. A metric's value
# and label are markdown paragraphs too: without their own rules the paragraph size (1.3rem)
# shrank every metric's value below its normal 2.25rem.
_PRESENTER_CSS = """<style>
[data-testid="stMain"] [data-testid="stMarkdownContainer"] :is(p, li, td, th) { font-size: 1.3rem; line-height: 1.5; }
[data-testid="stMain"] h1 { font-size: 2.8rem; }
[data-testid="stMain"] :is(h2, h3) { font-size: 2rem; }
[data-testid="stMain"] .katex { font-size: 1.35em; }
[data-testid="stMain"] [data-testid="stCaptionContainer"] { font-size: 1.1rem; }
[data-testid="stMain"] [data-testid="stImage"] img { image-rendering: pixelated; }
[data-testid="stMainBlockContainer"] { padding-top: 2.5rem; max-width: 100%; }
[data-testid="stMain"] [data-testid="stMetricValue"] [data-testid="stMarkdownContainer"] p { font-size: 2.6rem; line-height: 1.2; }
[data-testid="stMain"] [data-testid="stMetricLabel"] [data-testid="stMarkdownContainer"] p { font-size: 1.15rem; }
</style>"""


def apply_page_style(language: str, presenting: bool = False) -> None:
    """Inject the global CSS (a style-only st.html takes no room) and set the page language."""
    st.html(_GLOBAL_CSS + (_PRESENTER_CSS if presenting else ""))
    with st.sidebar:
        _page_language(data=language, key="_page_language")
