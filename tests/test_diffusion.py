"""The scheduler (core/diffusion.py) and the DDPM pipeline on their own, with no trained network:
the closed form agrees with the step-by-step chain, the reverse steps undo the forward process
when the noise prediction is exact, guidance mixes the two predictions as written."""
import copy

import pytest
import torch

from core.diffusion import NoiseSchedule
from core.families.ddpm import DDPM, DDPMConfig, DDPMFamily, EMATrainer, reference_config
from core.family import TrainArgs


@pytest.mark.parametrize("kind", ["linear", "cosine"])
def test_q_sample_matches_iterating_the_one_step_forward_process_in_mean_and_variance(kind):
    """x_t from q(x_t | x_0) in one draw vs T' draws of q(x_s | x_{s-1}): same mean and variance
    per pixel (both are N(sqrt(alpha_bar_t) x_0, (1 - alpha_bar_t) I)), within sampling error."""
    schedule = NoiseSchedule(1000, kind)
    generator = torch.Generator().manual_seed(0)
    x0 = torch.linspace(-1, 1, 8).repeat(20000, 1)  # 20,000 chains of 8 "pixels"
    for t in (10, 300, 700):
        closed = schedule.q_sample(x0, t, torch.randn(x0.shape, generator=generator))
        chain = x0.clone()
        for s in range(1, t + 1):
            chain = schedule.q_step(chain, s, torch.randn(x0.shape, generator=generator))
        mean = schedule.alpha_bar[t].sqrt() * x0[0]
        variance = 1 - schedule.alpha_bar[t]
        standard_error = (variance / len(x0)).sqrt()
        for draws in (closed, chain):
            assert (draws.mean(0) - mean).abs().max() < 5 * standard_error
            # The variance estimate of n normal draws has a standard deviation of variance * sqrt(2 / n).
            assert (draws.var(0) - variance).abs().max() < 5 * variance * (2 / len(x0)) ** 0.5
        assert (chain.mean(0) - closed.mean(0)).abs().max() < 7 * standard_error


@pytest.mark.parametrize("kind", ["linear", "cosine"])
def test_schedule_tables_follow_their_definitions(kind):
    s = NoiseSchedule(1000, kind)
    assert s.alpha_bar[0] == 1 and s.beta[0] == 0  # index t: t = 0 is the clean image
    assert torch.allclose(s.alpha_bar[1:], torch.cumprod(1 - s.beta[1:].double(), 0).float(), rtol=1e-4)
    assert (s.alpha_bar[1:] < s.alpha_bar[:-1]).all()  # more noise at every step
    assert s.alpha_bar[-1] < 1e-3  # x_T is (almost) pure noise
    assert torch.allclose(s.snr(), s.alpha_bar[1:] / (1 - s.alpha_bar[1:]))


def test_posterior_is_the_product_of_the_forward_step_and_the_closed_form():
    """q(x_{t-1} | x_t, x_0) ∝ q(x_t | x_{t-1}) q(x_{t-1} | x_0): the precision adds up, and
    the mean is the precision-weighted combination of the two."""
    s = NoiseSchedule(1000, "linear")
    x0, x_t = torch.full((1, 4), 0.3), torch.full((1, 4), -0.2)
    for t in (2, 50, 999):
        beta, a_prev = s.beta[t].double(), s.alpha_bar[t - 1].double()
        precision = (1 - beta) / beta + 1 / (1 - a_prev)
        mean = ((1 - beta).sqrt() / beta * x_t.double() + a_prev.sqrt() / (1 - a_prev) * x0.double()) / precision
        got_mean, got_variance = s.q_posterior(x0, x_t, t)
        assert torch.allclose(got_variance.double().squeeze(), 1 / precision, rtol=1e-3)
        assert torch.allclose(got_mean.double(), mean, rtol=1e-3, atol=1e-5)


@pytest.mark.parametrize("sampler", ["ddpm", "ddim"])
def test_reverse_steps_recover_the_image_when_the_noise_prediction_is_exact(sampler):
    """Data = one image x*: the ideal eps is (x_t - sqrt(alpha_bar_t) x*) / sqrt(1 - alpha_bar_t), and
    both samplers must then land on x* from any noise (x^_0 is x* at every step)."""
    s = NoiseSchedule(1000, "linear")
    target = torch.rand(2, 1, 28, 28) * 2 - 1
    generator = torch.Generator().manual_seed(1)
    x = torch.randn(target.shape, generator=generator)
    timesteps = list(range(1000, 0, -1)) if sampler == "ddpm" else s.ddim_timesteps(10)
    for i, t in enumerate(timesteps):
        a = s.alpha_bar[t]
        eps = (x - a.sqrt() * target) / (1 - a).sqrt()
        if sampler == "ddpm":
            out = s.ddpm_step(eps, t, x, generator)
        else:
            out = s.ddim_step(eps, t, timesteps[i + 1] if i + 1 < len(timesteps) else 0, x)
        assert torch.allclose(out.pred_original_sample, target, atol=1e-3)
        x = out.prev_sample
    assert torch.allclose(x, target, atol=1e-3)


def test_ddim_timesteps_start_from_pure_noise_and_are_evenly_spaced():
    s = NoiseSchedule(1000)
    for steps in (10, 20, 50, 100, 1000):
        timesteps = s.ddim_timesteps(steps)
        assert len(timesteps) == steps and timesteps[0] == 1000 and timesteps[-1] == 1
        assert timesteps == sorted(set(timesteps), reverse=True)


def test_guidance_zero_is_the_conditional_model_and_w_mixes_both_predictions():
    model = DDPM(DDPMConfig(base_channels=8, channel_mults=(1, 2, 2), embed_dim=32)).eval()
    torch.nn.init.normal_(model.unet.head[-1].weight, std=0.1)  # a non-zero output
    x, labels = torch.randn(3, 1, 28, 28), torch.tensor([1, 2, 3])
    with torch.no_grad():
        conditional = model.unet(x, torch.full((3,), 500), labels)
        unconditional = model.unet(x, torch.full((3,), 500), torch.full((3,), 10))
        assert torch.allclose(model.guided_eps(x, 500, labels, 0.0), conditional, atol=1e-6)
        assert torch.allclose(model.guided_eps(x, 500, None, 0.0), unconditional, atol=1e-6)
        assert torch.allclose(model.guided_eps(x, 500, labels, 3.0), 4 * conditional - 3 * unconditional, atol=1e-5)


def test_ema_trainer_leaves_the_averaged_weights_in_the_model_after_the_last_step():
    model = DDPM(DDPMConfig(base_channels=8, channel_mults=(1, 2, 2), embed_dim=32))
    trainer = EMATrainer(model, TrainArgs(epochs=1, batch_size=4), total_steps=3, generator=torch.Generator().manual_seed(0))
    x, y = torch.rand(4, 1, 28, 28), torch.tensor([0, 1, 2, 3])
    trainer.step(x, y)
    trainer.step(x, y)
    before_last = copy.deepcopy(model.unet.state_dict())
    trainer.step(x, y)
    for name, value in model.unet.state_dict().items():
        assert torch.equal(value, trainer.ema.state_dict()[name])
    assert any(not torch.equal(before_last[n], v) for n, v in model.unet.state_dict().items())


def test_sampler_returns_labels_frames_and_is_seeded():
    model = DDPM(DDPMConfig(base_channels=8, channel_mults=(1, 2, 2), embed_dim=32, timesteps=100)).eval()
    family = DDPMFamily()
    out = family.sample(model, 4, torch.Generator().manual_seed(2), return_frames=True, label=[0, 1, 2, 3],
                        guidance=2.0, steps=5)
    assert out.labels.tolist() == [0, 1, 2, 3]
    assert list(out.frame_steps) == [100, 75, 50, 26, 1, 0]
    assert all(v.shape == (6, 4, 28, 28) for v in out.frames.values())
    again = family.sample(model, 4, torch.Generator().manual_seed(2), label=[0, 1, 2, 3], guidance=2.0, steps=5)
    assert (again.images == out.images).all() and (out.frames["x"][-1] == out.images).all()
    strided = family.sample(model, 2, torch.Generator().manual_seed(2), return_frames=True, sampler="ddpm", frame_every=10)
    assert list(strided.frame_steps[:3]) == [100, 90, 80] and strided.frame_steps[-2:].tolist() == [1, 0]


def test_a_live_chain_shows_what_the_recorded_frames_hold():
    """The reverse page replays the player's trajectory as a "Sample now" run: after step k the live
    callback shows x = frames["x"][k] and the x^_0 predicted at frame_steps[k - 1] = frames["x0"][k - 1]."""
    from core.families.ddpm import to_display

    model = DDPM(DDPMConfig(base_channels=8, channel_mults=(1, 2, 2), embed_dim=32, timesteps=100)).eval()
    recorded = DDPMFamily().sample(model, 3, torch.Generator().manual_seed(4), return_frames=True, label=[1, 2, 3],
                                   guidance=1.5, steps=6)
    live = []
    DDPMFamily().sample(model, 3, torch.Generator().manual_seed(4), label=[1, 2, 3], guidance=1.5, steps=6,
                        callback=lambda step, total, t, x, x0: live.append((step, t, to_display(x), to_display(x0))))
    assert [step for step, *_ in live] == list(range(1, 7))
    for step, t, x, x0 in live:
        assert t == recorded.frame_steps[step - 1]
        assert (x == recorded.frames["x"][step]).all() and (x0 == recorded.frames["x0"][step - 1]).all()


def test_reference_unet_has_about_two_million_parameters():
    count = sum(p.numel() for p in DDPM(reference_config()).parameters())
    assert 1.8e6 < count < 2.6e6
