"""The DDPM's variational bound (core.diffusion_bound): the discretised decoder is a distribution
over the 256 levels, an oracle denoiser leaves only the decoder and the prior, and the figure in
checkpoints/metrics.json is the bound of the shipped weights."""
import math

import numpy as np
import pytest
import torch

from core.checkpoints import load_checkpoint
from core.data import load_display_bundle
from core.diffusion_bound import HALF_BIN, discretised_gaussian_log_likelihood, variational_bound
from core.evaluate import BOUND_IMAGES, read_metrics
from core.families.ddpm import DDPM, DDPMConfig
from core.fidelity import FIDELITY_SEED

LEVELS = torch.linspace(-1, 1, 256, dtype=torch.float64)


@pytest.mark.parametrize("mean, std", [(0.0, 0.01), (-0.98, 0.05), (0.7, 0.3), (1.2, 0.5)])
def test_discretised_decoder_is_a_distribution_over_the_256_levels(mean, std):
    log_p = discretised_gaussian_log_likelihood(LEVELS, torch.tensor(mean, dtype=torch.float64), torch.tensor(std, dtype=torch.float64))
    assert math.isclose(log_p.exp().sum().item(), 1.0, abs_tol=1e-9)


class OracleUNet(torch.nn.Module):
    """Knows the one image x_0 and returns the true noise eps = (x_t - sqrt(a_t) x_0) / sqrt(1 - a_t)."""

    def __init__(self, x0: torch.Tensor, alpha_bar: torch.Tensor):
        super().__init__()
        self.x0, self.alpha_bar = x0, alpha_bar
        self.anchor = torch.nn.Parameter(torch.zeros(1))  # so the model has a device

    def forward(self, x_t, t, labels):
        a = self.alpha_bar.to(x_t.dtype)[t].view(-1, 1, 1, 1)
        return (x_t - a.sqrt() * self.x0.to(x_t.dtype)) / (1 - a).sqrt()


def test_an_oracle_denoiser_pays_only_the_decoder_and_the_prior():
    model = DDPM(DDPMConfig(base_channels=8, timesteps=50))
    image = (np.arange(784).reshape(1, 28, 28) % 256).astype(np.uint8)
    x0 = torch.as_tensor(image, dtype=torch.float64)[:, None] / 255 * 2 - 1
    model.unet = OracleUNet(x0, model.schedule.alpha_bar.double())
    bound = variational_bound(model, image, batch_size=17)
    assert np.abs(bound.per_step[1:]).max() < 1e-6  # every KL term vanishes
    sigma = model.schedule.posterior_variance[2].double().sqrt()
    phi = lambda v: 0.5 * (1 + math.erf(v / math.sqrt(2)))  # noqa: E731
    inner, edge = phi(HALF_BIN / sigma) - phi(-HALF_BIN / sigma), phi(HALF_BIN / sigma)
    pixels = x0.flatten()
    ends = int(((pixels < -0.999) | (pixels > 0.999)).sum())
    decoder_bits = -(ends * math.log(edge) + (784 - ends) * math.log(inner)) / (784 * math.log(2))
    assert bound.decoder == pytest.approx(decoder_bits, rel=1e-4)
    assert bound.bits_per_dim[0] == pytest.approx(bound.prior + bound.decoder, abs=1e-6)


def test_a_random_denoiser_is_bounded_far_worse_than_the_shipped_one():
    images, _ = load_display_bundle("mnist")
    random_model = DDPM(DDPMConfig(base_channels=8)).eval()
    worse = variational_bound(random_model, images[:1], seed=FIDELITY_SEED)
    record = read_metrics()["datasets"]["mnist"]["models"]["ddpm"]["likelihood"]
    assert worse.mean > 2 * record["bits_per_dim"]


@pytest.mark.parametrize("dataset", ["mnist", "fashion"])
def test_the_recorded_bound_is_that_of_the_shipped_weights(dataset):
    """The first image's bound recomputed (its noise draws are the protocol's first T draws)."""
    record = read_metrics()["datasets"][dataset]["models"]["ddpm"]["likelihood"]
    assert record["kind"] == "bound" and record["comparable"] and record["images"] == BOUND_IMAGES
    assert len(record["per_image_bits"]) == BOUND_IMAGES and len(record["per_step_bits"]) == 1000
    assert record["bits_per_dim"] == pytest.approx(np.mean(record["per_image_bits"]), abs=1e-3)
    model, _ = load_checkpoint("ddpm", dataset)
    images, _ = load_display_bundle(dataset)
    again = variational_bound(model, images[:1], seed=FIDELITY_SEED)
    assert again.bits_per_dim[0] == pytest.approx(record["per_image_bits"][0], abs=2e-3)
