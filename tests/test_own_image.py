"""A student's own image: odd uploads get a reason (never an exception of another type), and
a drawn digit is prepared as MNIST digits are (so the classifier reads it)."""
import io

import numpy as np
import pytest
from PIL import Image, ImageDraw

from core.own_image import OwnImageError, mnist_style, prepare_drawing, prepare_upload


def encode(image: Image.Image, fmt: str = "PNG", **kwargs) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **kwargs)
    return buffer.getvalue()


def digit_one(size=(200, 200), mode="L", ink=0, paper=255) -> Image.Image:
    """A dark vertical stroke on light paper, like a photo of a handwritten 1."""
    image = Image.new(mode, size, paper)
    ImageDraw.Draw(image).line([(size[0] // 2, 30), (size[0] // 2, size[1] - 30)], fill=ink, width=18)
    return image


@pytest.mark.parametrize("data,reason", [
    (b"this is not an image", "not_image"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "not_image"),
    (encode(Image.new("L", (1, 1), 0)), "too_small"),
    (encode(Image.new("L", (4000, 100), 255)), "too_wide"),
    (encode(Image.new("L", (300, 300), 255)), "blank"),
    (b"x" * (5 * 1024 * 1024 + 1), "too_large"),
])
def test_odd_uploads_get_a_reason(data, reason):
    with pytest.raises(OwnImageError) as error:
        prepare_upload(data)
    assert error.value.reason == reason and reason in OwnImageError.REASONS


def test_a_decompression_bomb_is_refused_before_decoding():
    with pytest.raises(OwnImageError, match="too_many_pixels"):
        prepare_upload(encode(Image.new("1", (6000, 6000), 1)))


@pytest.mark.parametrize("make", [
    lambda: encode(digit_one(), "JPEG"),
    lambda: encode(digit_one(mode="RGB", ink=(0, 0, 0), paper=(255, 255, 255)).convert("CMYK"), "JPEG"),
    lambda: encode(digit_one().convert("I;16")),
    lambda: encode(digit_one(mode="RGBA", ink=(0, 0, 0, 255), paper=(0, 0, 0, 0))),
    lambda: encode(digit_one(size=(60, 300))),
    lambda: encode(digit_one(), "GIF", save_all=True, append_images=[Image.new("L", (200, 200), 255)]),
])
def test_usual_and_unusual_formats_become_a_centred_28x28_digit(make):
    image, notes = prepare_upload(make())
    assert image.shape == (28, 28) and image.dtype == np.uint8
    ys, xs = np.nonzero(image > 50)
    assert 10 <= ys.mean() <= 18 and 10 <= xs.mean() <= 18  # centred
    assert ys.max() - ys.min() >= 16  # the stroke's long side scaled to ~20 px
    assert image[0].max() < 30 and image[:, 0].max() < 30  # dark border: ink bright on black


def test_the_classifier_reads_a_drawn_one_as_a_one():
    from core.checkpoints import load_checkpoint
    from core.judge import judge

    canvas = np.zeros((280, 280, 4), dtype=np.uint8)
    canvas[..., 3] = 255
    canvas[40:240, 130:152, :3] = 255  # a white vertical stroke on black, as the drawing canvas gives
    image = prepare_drawing(canvas)
    classifier, _ = load_checkpoint("classifier", "mnist")
    assert judge(classifier, image[None]).probabilities.argmax() == 1


def test_mnist_style_keeps_the_aspect_ratio():
    wide = np.zeros((50, 100), dtype=np.float32)
    wide[20:30, 10:90] = 1.0  # a horizontal bar 8:1
    image = mnist_style(wide)
    ys, xs = np.nonzero(image > 50)
    assert (xs.max() - xs.min()) > 3 * (ys.max() - ys.min())
