"""Both languages cover every string: same keys, same placeholders, every key used in code exists."""
import re
import string
from pathlib import Path

import pytest

from ui.i18n import LANGUAGES, catalogue, t

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py")), *sorted((ROOT / "ui").glob("*.py"))]


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_language_has_the_same_keys():
    english = catalogue("en")
    for language in LANGUAGES:
        other = catalogue(language)
        assert set(other) == set(english), f"{language}: missing {set(english) - set(other)}, extra {set(other) - set(english)}"


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_placeholders_match_english(language):
    english, other = catalogue("en"), catalogue(language)
    for key, text in english.items():
        assert placeholders(other[key]) == placeholders(text), key
        assert other[key].strip(), f"{language}: empty text for {key}"


def test_every_literal_key_used_in_the_code_exists():
    used = set()
    for path in SOURCES:
        used |= set(re.findall(r'\bt\(\s*"([a-z_]+\.[a-z_.]+)"', path.read_text()))
    assert used, "the scan found no keys: the regex is broken"
    missing = sorted(used - set(catalogue("en")))
    assert not missing, f"keys used in code but not in the catalogue: {missing}"


def test_japanese_really_is_japanese():
    japanese = catalogue("ja")
    assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", japanese["home.lead"])
    assert japanese["home.lead"] != catalogue("en")["home.lead"]


def test_missing_key_raises_instead_of_showing_the_key():
    with pytest.raises(KeyError):
        t("no.such.key", language="en")


def test_fashion_class_names_are_translated_and_digits_are_not():
    from ui.i18n import class_names

    assert class_names("fashion", "ja")[8] == "バッグ" and class_names("fashion", "en")[8] == "Bag"
    assert class_names("mnist", "ja") == [str(d) for d in range(10)]


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_keys_built_at_run_time_exist(language):
    """Keys the code builds from data (error reasons, model names, path modes) are in both languages."""
    from core.checkpoints import CheckpointError
    from ui.loaders import AUTOENCODER_KINDS

    keys = [f"error.checkpoint.{reason}" for reason in CheckpointError.REASONS]
    keys += [f"aevae.{kind}.{suffix}" for kind in AUTOENCODER_KINDS for suffix in ("short", "scatter_title")]
    keys += [f"interp.path.{mode}" for mode in ("linear", "slerp")] + [f"class.fashion.{i}" for i in range(10)]
    keys += [f"interp.own.as.{choice}" for choice in ("off", "start", "end")] + [f"fwd.source.{s}" for s in ("test", "own")]
    keys += [f"lesson.fwd.{i}" for i in range(1, 6)] + [f"lesson.rev.{i}" for i in range(1, 7)] + ["lesson.interp.6"]
    keys += [f"lesson.fwd.predict.{band}" for band in ("over75", "25to75", "5to25", "under5")]
    keys += [f"lesson.rev.predict.{trend}" for trend in ("up", "down", "same")]
    keys += [f"lesson.rev.fid.{shape}" for shape in ("last", "middle", "first", "flat")]
    for key in keys:
        assert t(key, language).strip(), key
