"""The flow's mathematics (issue 8): every layer inverts exactly, and the log-determinant each
layer reports is the log|det| of its true Jacobian (autograd), in 2-D and on images."""
import numpy as np
import torch

from core.models.flow import (CHECKERBOARD, ActNorm, ClassGaussians, Dequantizer, Flow2D, Flow2DConfig, ImageCoupling, ImageFlow,
                              ImageFlowConfig, InvertibleConv1x1, squeeze, standard_normal_log_prob, unsqueeze)


def randomised_2d_flow(seed: int = 0) -> Flow2D:
    """A Flow2D whose coupling nets are not the identity (their last layer starts at zero)."""
    torch.manual_seed(seed)
    model = Flow2D(Flow2DConfig(layers=6, hidden=32))
    with torch.no_grad():
        for layer in model.layers:
            layer.net[-1].weight.normal_(0, 0.3)
            layer.net[-1].bias.normal_(0, 0.3)
    return model.eval()


def randomised_image_flow(seed: int = 0, dtype=torch.float32) -> ImageFlow:
    torch.manual_seed(seed)
    model = ImageFlow(ImageFlowConfig(hidden=16, checkerboard_layers=2, channel_layers=2)).to(dtype)
    model.train()
    model(torch.rand(8, 1, 28, 28, dtype=dtype))  # ActNorm's data-dependent initialisation
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, ImageCoupling):
                module.net.out.weight.normal_(0, 0.02)
                module.net.out.bias.normal_(0, 0.02)
    return model.eval()


def test_2d_flow_inverts_to_float_precision():
    model = randomised_2d_flow()
    x = torch.randn(500, 2) * 2
    with torch.no_grad():
        states, _ = model.forward_with_steps(x)
        back = model.inverse_with_steps(states[-1])[-1]
    assert (back - x).abs().max().item() < 1e-4


def test_2d_log_det_equals_the_autograd_jacobian():
    model = randomised_2d_flow(1).double()
    for point in torch.randn(6, 2, dtype=torch.float64) * 1.5:
        jacobian = torch.autograd.functional.jacobian(lambda p: model.forward_with_steps(p[None])[0][-1][0], point)
        _, log_dets = model.forward_with_steps(point[None])
        assert torch.isclose(log_dets.sum(), torch.linalg.slogdet(jacobian)[1], atol=1e-9)
        # ... and every single layer's too (the page's per-layer breakdown)
        h = point[None]
        for layer, reported in zip(model.layers, log_dets[0]):
            layer_jacobian = torch.autograd.functional.jacobian(lambda p: layer(p[None])[0][0], h[0])
            assert torch.isclose(reported, torch.linalg.slogdet(layer_jacobian)[1], atol=1e-9)
            assert layer_jacobian[layer.keep, layer.move] == 0  # triangular: the kept coordinate ignores the moved one
            h, _ = layer(h)


def test_2d_log_density_matches_change_of_variables_of_the_sampler():
    """log p(x) from the normalizing direction equals log N(z) − Σ log|det ∂x/∂z| from the sampling direction."""
    model = randomised_2d_flow(2)
    z = torch.randn(200, 2)
    with torch.no_grad():
        x = z.clone()
        inverse_log_det = torch.zeros(200)
        for layer in reversed(model.layers):
            x, step = layer.inverse(x)
            inverse_log_det += step
        from core.models.flow import standard_normal_log_prob
        assert torch.allclose(model.log_prob(x), standard_normal_log_prob(z) - inverse_log_det, atol=1e-4)


def test_squeeze_inverts_and_the_checkerboard_channels_are_a_checkerboard():
    x = torch.arange(2 * 28 * 28, dtype=torch.float32).reshape(2, 1, 28, 28)
    assert torch.equal(unsqueeze(squeeze(x)), x)
    marker = torch.zeros(1, 4, 14, 14)
    marker[:, CHECKERBOARD[0]] = 1  # the channels one checkerboard coupling keeps
    image = unsqueeze(marker)[0, 0]
    rows, cols = torch.meshgrid(torch.arange(28), torch.arange(28), indexing="ij")
    assert torch.equal(image, ((rows + cols) % 2 == 0).float())


def test_image_flow_layers_invert_and_report_their_log_det():
    torch.manual_seed(0)
    x = torch.randn(2, 4, 2, 2, dtype=torch.float64)
    layers = [ImageCoupling(*CHECKERBOARD, 8, 2.0), InvertibleConv1x1(4), ActNorm(4)]
    for layer in layers:
        layer.double()
        if isinstance(layer, ImageCoupling):
            with torch.no_grad():
                layer.net.out.weight.normal_(0, 0.3)
        if isinstance(layer, ActNorm):
            with torch.no_grad():
                layer.log_scale.normal_(0, 0.3)
                layer.initialized.fill_(1)
        y, log_det = layer(x)
        back, inverse_log_det = layer.inverse(y)
        assert (back - x).abs().max() < 1e-10
        assert torch.allclose(log_det, -inverse_log_det)
        jacobian = torch.autograd.functional.jacobian(lambda v: layer(v[None])[0].flatten(), x[0]).reshape(16, 16)
        assert torch.isclose(log_det[0], torch.linalg.slogdet(jacobian)[1], atol=1e-8)


def test_image_flow_log_det_equals_the_autograd_jacobian_of_the_whole_flow():
    model = randomised_image_flow(dtype=torch.float64)
    x = ImageFlow.uniform_dequantize(torch.rand(1, 1, 28, 28, dtype=torch.float64))
    jacobian = torch.autograd.functional.jacobian(lambda v: model(v)[0].flatten(), x, vectorize=True).reshape(784, 784)
    _, log_det = model(x)
    assert torch.isclose(log_det[0], torch.linalg.slogdet(jacobian)[1], rtol=1e-8)


def test_image_flow_inverts_on_a_batch():
    model = randomised_image_flow()
    x = ImageFlow.uniform_dequantize(torch.rand(16, 1, 28, 28))
    with torch.no_grad():
        z, _ = model(x)
        assert (model.inverse(z) - x).abs().max().item() < 1e-4


def test_bits_per_dim_of_a_uniform_density_is_eight():
    # p(x) = 1 on [0, 1]^784 (log p = 0) is a uniform over the 256 levels of every pixel: 8 bits each.
    assert np.isclose(ImageFlow.bits_per_dim(torch.zeros(1)).item(), 8.0)


def test_learned_dequantizer_keeps_every_pixel_in_its_bin_and_its_log_q_is_the_change_of_variables():
    torch.manual_seed(1)
    dequantizer = Dequantizer(hidden=8).double()
    with torch.no_grad():
        dequantizer.net[-1].weight.normal_(0, 0.3)  # away from the initial μ = 0, σ = 1
    k = torch.randint(0, 256, (3, 1, 28, 28)).double()
    u, log_q = dequantizer(k / 255, torch.Generator().manual_seed(5))
    assert ((u > 0) & (u < 1)).all()
    assert torch.equal(torch.floor((k + u) / 256 * 256), k)
    # u = sigmoid(μ + σ ε) pixel by pixel, ε logistic: log q(u) = log p(ε) − Σ log |du/dε|, du/dε from autograd.
    eps = Dequantizer.logistic_noise(k.shape, torch.Generator().manual_seed(5), torch.float64).requires_grad_()
    mu, log_sigma = dequantizer.net(k / 255 * 2 - 1).chunk(2, dim=1)
    u_again = torch.sigmoid(mu + torch.exp(log_sigma) * eps)
    (du_deps,) = torch.autograd.grad(u_again.sum(), eps)
    assert torch.allclose(u_again, u)
    logistic_log_density = (-eps - 2 * torch.log1p(torch.exp(-eps))).detach()  # log p(ε) = −ε − 2 log(1 + e^−ε)
    assert torch.allclose(log_q, (logistic_log_density - du_deps.log()).flatten(1).sum(1))


def test_untrained_dequantizer_is_the_uniform_one():
    """μ = 0, σ = 1 at the start: u = sigmoid(logit(w)) = w is uniform and log q = 0, so the second
    training stage starts from the first stage's bound, not from a worse one."""
    dequantizer = Dequantizer(hidden=8)
    k = torch.randint(0, 256, (2, 1, 28, 28)).float()
    u, log_q = dequantizer(k / 255, torch.Generator().manual_seed(0))
    w = torch.rand(k.shape, generator=torch.Generator().manual_seed(0)).clamp(1e-6, 1 - 1e-6)
    assert torch.allclose(u, w, atol=1e-6) and log_q.abs().max() < 1e-3


def test_uniform_dequantisation_has_log_q_zero_and_the_bound_is_the_flow_density():
    model = randomised_image_flow()
    x = torch.randint(0, 256, (4, 1, 28, 28)).float() / 255
    y, log_q = model.dequantize(x, torch.Generator().manual_seed(0), uniform=True)
    assert torch.equal(log_q, torch.zeros(4))
    with torch.no_grad():
        bound = model.log_likelihood_bound(x, torch.Generator().manual_seed(0), uniform=True)
        assert torch.allclose(bound, model.log_prob(y))


def test_unfitted_class_gaussians_are_the_standard_normal_the_flow_trains_with():
    """Before `fit`, every component is N(0, I) with weight 1/C: the mixture is N(0, I) exactly, so
    training with it is training with N(0, I)."""
    z = torch.randn(16, 16, 7, 7, generator=torch.Generator().manual_seed(0))
    base = ClassGaussians(10, (16, 7, 7))
    assert torch.allclose(base.log_prob(z), standard_normal_log_prob(z), atol=1e-3)


def test_class_gaussians_fit_is_the_maximum_likelihood_estimate_and_sampling_follows_it():
    generator = torch.Generator().manual_seed(0)
    labels = torch.arange(3000) % 3
    centres, spreads = torch.tensor([[-2.0, 0.0], [0.0, 3.0], [4.0, 1.0]]), torch.tensor([[0.5, 1.0], [2.0, 0.3], [1.0, 1.0]])
    z = centres[labels] + spreads[labels] * torch.randn(3000, 2, generator=generator)
    base = ClassGaussians(3, (2,))
    base.fit(z, labels)
    assert torch.allclose(base.mean, centres, atol=0.15) and torch.allclose(base.log_std.exp(), spreads, rtol=0.08)
    assert torch.allclose(base.log_weight.exp(), torch.full((3,), 1 / 3))
    # log p(z) is the log of the mixture density: Σ_y π_y N(z; μ_y, σ_y²), written out.
    point = torch.tensor([[0.3, -0.7]])
    density = sum(base.log_weight[y].exp() * torch.distributions.Normal(base.mean[y], base.log_std[y].exp()).log_prob(point).sum().exp()
                  for y in range(3))
    assert torch.allclose(base.log_prob(point), density.log(), atol=1e-5)
    # A chosen class, at T: z = μ_y + T σ_y ε.
    drawn, drawn_labels = base.sample(4000, torch.Generator().manual_seed(1), temperature=0.5, labels=torch.full((4000,), 1))
    assert (drawn_labels == 1).all()
    assert torch.allclose(drawn.mean(0), base.mean[1], atol=0.05) and torch.allclose(drawn.std(0), 0.5 * base.log_std[1].exp(), rtol=0.05)
    # Without a class, y ~ π.
    _, free = base.sample(3000, torch.Generator().manual_seed(2))
    assert (torch.bincount(free, minlength=3) / 3000 - 1 / 3).abs().max() < 0.03


def test_image_flow_log_prob_uses_its_class_mixture():
    model = randomised_image_flow()
    x = torch.rand(4, 1, 28, 28, generator=torch.Generator().manual_seed(3))
    with torch.no_grad():
        model.base.mean.normal_(0, 0.5, generator=torch.Generator().manual_seed(4))
        z, log_det = model(x)
        assert torch.allclose(model.log_prob(x), model.base.log_prob(z) + log_det)
        assert not torch.allclose(model.log_prob(x), standard_normal_log_prob(z) + log_det)
