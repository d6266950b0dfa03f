"""The UI helpers the hot paths rely on: the hand-written PNG encoder and the shared, read-only views."""
import base64
import io
from dataclasses import dataclass

import numpy as np
import pytest
from PIL import Image

from ui.figures import png_bytes, png_data_uri, to_uint8
from ui.shared_cache import read_only


@pytest.mark.parametrize("shape", [(28, 28), (1, 1), (30, 97), (140, 140)])
def test_png_bytes_decode_to_the_same_pixels(shape):
    rng = np.random.default_rng(sum(shape))
    for image in (rng.integers(0, 256, shape, dtype=np.uint8), rng.random(shape, dtype=np.float32)):
        decoded = Image.open(io.BytesIO(png_bytes(image)))
        assert decoded.mode == "L" and decoded.size == (shape[1], shape[0])
        assert np.array_equal(np.asarray(decoded), to_uint8(image))


@pytest.mark.parametrize("channels,mode", [(3, "RGB"), (4, "RGBA")])
def test_png_bytes_keep_colour_images(channels, mode):
    image = np.random.default_rng(channels).integers(0, 256, (17, 23, channels), dtype=np.uint8)
    decoded = Image.open(io.BytesIO(png_bytes(image)))
    assert decoded.mode == mode and np.array_equal(np.asarray(decoded), image)


def test_png_data_uri_enlarges_with_crisp_pixels():
    image = np.array([[0, 255], [128, 64]], dtype=np.uint8)
    uri = png_data_uri(image, factor=3)
    decoded = np.asarray(Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1]))))
    assert np.array_equal(decoded, np.kron(image, np.ones((3, 3), dtype=np.uint8)))


@dataclass
class _Path:
    frames: np.ndarray


def test_read_only_reaches_arrays_in_dicts_lists_and_dataclasses():
    view = {"a": np.zeros(3), "rows": [{"b": np.zeros(2)}], "path": _Path(np.zeros(4)), "points": [[0.0, 1.0]]}
    read_only(view)
    for array in (view["a"], view["rows"][0]["b"], view["path"].frames):
        with pytest.raises(ValueError):
            array[0] = 1.0
