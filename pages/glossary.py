"""Glossary: the terms the pages use, English <-> Japanese, with their meaning, each under a link
to the page that shows it."""
import ui.route  # noqa: F401  (first: a deep link on a fresh server must run through app.py)

import streamlit as st

from ui.glossary import PAGES, TERMS, by_page, search
from ui.i18n import t
from ui.state import settings

current = settings()
st.title(t("glossary.title"))
st.markdown(t("glossary.lead"))
query = st.text_input(t("glossary.search"), key="glossary_query", placeholder=t("glossary.placeholder"))
found = search(TERMS, query)
st.caption(t("glossary.count", shown=len(found), total=len(TERMS)))
cell = lambda text: text.replace("|", "\\|")  # noqa: E731 - "p(y | x)" must not split the table row
for page, terms in by_page(found).items():
    title, icon = PAGES[page]
    st.page_link(page, label=t("glossary.shown_on", page=t(title)), icon=icon)  # in-app: keeps language and settings
    rows = [f"| English | 日本語 | {t('glossary.meaning')} |", "|---|---|---|"]
    for term in terms:
        meaning = term.meaning_ja if current.language == "ja" else term.meaning_en
        rows.append(f"| {cell(term.en)} | {cell(term.ja)} | {cell(meaning)} |")
    st.markdown("\n".join(rows))
