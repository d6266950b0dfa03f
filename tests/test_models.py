"""Model shapes, the VAE's KL term, and seeding."""
import torch

from core.registry import KINDS, build_model
from core.seeding import seed_everything


def test_autoencoders_map_images_to_2d_codes_and_back():
    x = torch.rand(5, 1, 28, 28)
    for kind in ("ae", "vae"):
        model = build_model(kind).eval()
        z = model.encode(x)
        assert z.shape == (5, 2)
        image = model.decode(z)
        assert image.shape == (5, 1, 28, 28) and image.min() >= 0 and image.max() <= 1


def test_vae_kl_matches_torch_distributions():
    model = build_model("vae").eval()
    x = torch.rand(4, 1, 28, 28)
    _, kl = model.elbo_terms(x, torch.Generator().manual_seed(0))
    mu, log_var = model.encode_distribution(x)
    q = torch.distributions.Normal(mu, torch.exp(0.5 * log_var))
    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
    expected = torch.distributions.kl_divergence(q, p).sum(1)
    assert torch.allclose(kl, expected, atol=1e-5)


def test_classifier_outputs_logits_per_class():
    model = build_model("classifier").eval()
    assert model(torch.rand(3, 1, 28, 28)).shape == (3, 10)
    assert model.embed(torch.rand(3, 1, 28, 28)).shape == (3, model.config.hidden)


def test_every_registered_model_builds_from_default_config():
    for name in KINDS:
        assert sum(p.numel() for p in build_model(name).parameters()) > 0


def test_seed_everything_reproduces_draws():
    seed_everything(7)
    first = torch.randn(3), torch.randn(3, generator=seed_everything(7))
    seed_everything(7)
    second = torch.randn(3), torch.randn(3, generator=seed_everything(7))
    assert torch.equal(first[0], second[0]) and torch.equal(first[1], second[1])
    assert not torch.equal(torch.randn(3, generator=seed_everything(8)), first[1])


def test_the_apps_fused_classifier_is_the_shipped_one_to_float_precision():
    """The app judges with BatchNorm folded into the convolutions (ui/loaders.py): on real test
    images it must give the shipped classifier's logits, features and verdicts."""
    import numpy as np

    from core.checkpoints import load_checkpoint
    from core.data import CHECKPOINT_DIR

    for dataset in ("mnist", "fashion"):
        images = np.load(CHECKPOINT_DIR / f"display_{dataset}.npz")["images"][:256]
        x = torch.from_numpy(images).float().div(255).unsqueeze(1)
        classifier, _ = load_checkpoint("classifier", dataset)
        fused = classifier.eval().fused_for_inference()
        with torch.no_grad():
            logits, fused_logits = classifier(x), fused(x)
            assert (logits - fused_logits).abs().max() < 1e-3
            assert torch.equal(logits.argmax(1), fused_logits.argmax(1))
            assert (classifier.embed(x) - fused.embed(x)).abs().max() < 1e-3
        assert not any(isinstance(m, torch.nn.BatchNorm2d) for m in fused.modules())
        assert any(isinstance(m, torch.nn.BatchNorm2d) for m in classifier.modules())  # the original is untouched
