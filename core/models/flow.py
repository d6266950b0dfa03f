"""Normalizing flows (concepts C10, C11): RealNVP affine coupling layers, in 2-D and on images.

A flow is an invertible map f = f_K ∘ ... ∘ f_1 from data x to a Gaussian z (the "normalizing"
direction, h_0 = x, h_k = f_k(h_{k-1}), h_K = z). By the change of variables

    log p(x) = log p(z) + Σ_k log|det ∂f_k/∂h_{k-1}|

so the likelihood is exact. One affine coupling layer keeps one part of its input, x₁, and
moves the other, x₂, by a scale and a shift computed from x₁ alone:

    y₁ = x₁,   y₂ = x₂ ⊙ exp(s(x₁)) + t(x₁)

Its Jacobian is triangular (∂y₁/∂x₂ = 0), so log|det J| = Σ s(x₁); its inverse needs no
inversion of the networks s and t: x₂ = (y₂ − t(y₁)) ⊙ exp(−s(y₁)). Sampling runs the
inverse, from z ~ p(z) back to x: N(0, I) for the 2-D flows; for the image flows, trained with
N(0, I), one Gaussian per class fitted afterwards (`ClassGaussians`).

Two models, the same layer:
* `Flow2D`: 2-D toy densities; each layer keeps one coordinate (alternating masks), so s and t
  are functions of one number, which the page plots.
* `ImageFlow`: 28×28 images with dequantisation and a logit transform, a squeeze to
  4×14×14 with checkerboard masks (the two diagonals of each 2×2 block), then a squeeze to
  16×7×7 with channel masks, ActNorm and invertible 1×1 convolutions (Glow) between them.

Dequantisation: pixels are integers k, so the flow models y = (k + u) / 256 with u in (0, 1)^D.
For any q(u | k), Jensen gives a lower bound on the discrete likelihood (Flow++, Ho et al. 2019):

    log P(k) ≥ E_q[ log p(y) − log q(u | k) ] − D log 256

Uniform u (q = 1) is RealNVP's choice; a learned q (`Dequantizer`) tightens the bound, because a
smooth flow cannot make its density flat inside every 1/256-wide bin, and q can follow it instead.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F

LOG_2PI = math.log(2 * math.pi)


def standard_normal_log_prob(z: torch.Tensor) -> torch.Tensor:
    """log N(z; 0, I) summed over all but the batch dimension: −½ (‖z‖² + D log 2π)."""
    z = z.flatten(1)
    return -0.5 * (z.pow(2).sum(1) + z.shape[1] * LOG_2PI)


# --------------------------------------------------------------------------------------------
# 2-D flows
# --------------------------------------------------------------------------------------------

@dataclass
class Flow2DConfig:
    layers: int = 12
    hidden: int = 96
    scale_limit: float = 2.0  # s = limit · tanh(raw / limit): |s| < limit keeps exp(s) tame early in training


class Coupling2D(nn.Module):
    """One affine coupling layer on 2-D points: keeps coordinate `keep`, moves the other one."""

    def __init__(self, keep: int, hidden: int, scale_limit: float):
        super().__init__()
        self.keep, self.move, self.scale_limit = keep, 1 - keep, scale_limit
        self.net = nn.Sequential(nn.Linear(1, hidden), nn.SiLU(), nn.Linear(hidden, hidden), nn.SiLU(),
                                 nn.Linear(hidden, 2))
        nn.init.zeros_(self.net[-1].weight)  # starts as the identity: s = 0, t = 0
        nn.init.zeros_(self.net[-1].bias)

    def scale_shift(self, x1: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """s(x₁), t(x₁) for kept coordinates x₁ of shape (N,) -> two (N,) tensors."""
        raw_s, t = self.net(x1[:, None]).unbind(1)
        return self.scale_limit * torch.tanh(raw_s / self.scale_limit), t

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """x (N, 2) -> (y, log|det ∂y/∂x|) with y₁ = x₁, y₂ = x₂ ⊙ exp(s(x₁)) + t(x₁)."""
        x1, x2 = x[:, self.keep], x[:, self.move]
        s, t = self.scale_shift(x1)
        y2 = x2 * torch.exp(s) + t  # y₂ = x₂ ⊙ exp(s(x₁)) + t(x₁)
        y = torch.stack((x1, y2) if self.keep == 0 else (y2, x1), dim=1)
        return y, s  # log|det J| = Σ s (one moved coordinate: just s)

    def inverse(self, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """y (N, 2) -> (x, log|det ∂x/∂y|) with x₂ = (y₂ − t(y₁)) ⊙ exp(−s(y₁)); no network inverted."""
        y1, y2 = y[:, self.keep], y[:, self.move]
        s, t = self.scale_shift(y1)
        x2 = (y2 - t) * torch.exp(-s)  # x₂ = (y₂ − t(y₁)) ⊙ exp(−s(y₁))
        x = torch.stack((y1, x2) if self.keep == 0 else (x2, y1), dim=1)
        return x, -s


class Flow2D(nn.Module):
    """RealNVP on R²: `layers` couplings that alternately keep x₁ (layer 1, 3, ...) and x₂."""

    def __init__(self, config: Flow2DConfig):
        super().__init__()
        self.config = config
        self.layers = nn.ModuleList(Coupling2D(k % 2, config.hidden, config.scale_limit) for k in range(config.layers))

    def forward_with_steps(self, x: torch.Tensor) -> tuple[list[torch.Tensor], torch.Tensor]:
        """Data -> Gaussian, recording every layer: ([h_0 = x, h_1, ..., h_K = z], log|det| per layer (N, K))."""
        states, log_dets = [x], []
        for layer in self.layers:
            x, log_det = layer(x)
            states.append(x)
            log_dets.append(log_det)
        return states, torch.stack(log_dets, dim=1)

    def log_prob(self, x: torch.Tensor) -> torch.Tensor:
        """Exact log p(x) = log p(z) + Σ_k log|det ∂f_k/∂h_{k-1}|, (N, 2) -> (N,)."""
        states, log_dets = self.forward_with_steps(x)
        return standard_normal_log_prob(states[-1]) + log_dets.sum(1)

    def inverse_with_steps(self, z: torch.Tensor) -> list[torch.Tensor]:
        """Gaussian -> data, recording every layer: [z = h_K, h_{K-1}, ..., h_0 = x]."""
        states = [z]
        for layer in reversed(self.layers):
            z, _ = layer.inverse(z)
            states.append(z)
        return states

    def sample(self, n: int, generator: torch.Generator, temperature: float = 1.0) -> torch.Tensor:
        """x = f⁻¹(z), z ~ N(0, T² I): (n, 2)."""
        return self.inverse_with_steps(temperature * torch.randn(n, 2, generator=generator))[-1]


# --------------------------------------------------------------------------------------------
# Image flow
# --------------------------------------------------------------------------------------------

@dataclass
class ImageFlowConfig:
    hidden: int = 96  # channels of the s, t networks
    checkerboard_layers: int = 4  # at 4×14×14: alternating checkerboard masks
    channel_layers: int = 12  # at 16×7×7: ActNorm, 1×1 conv, channel-mask coupling
    alpha: float = 0.05  # logit transform of α + (1 − 2α) x, keeps logit finite at 0 and 1
    scale_limit: float = 2.0
    dequantizer_hidden: int = 32  # channels of the learned q(u | k); 0: uniform dequantisation only (RealNVP)
    classes: int = 10  # the base p(z): one Gaussian per class (ClassGaussians); 0: a single N(0, I)


def squeeze(x: torch.Tensor) -> torch.Tensor:
    """(N, C, H, W) -> (N, 4C, H/2, W/2): each 2×2 block becomes 4 channels (volume-preserving, log det 0).
    Channel order within a block: (0, 0), (0, 1), (1, 0), (1, 1)."""
    n, c, h, w = x.shape
    x = x.reshape(n, c, h // 2, 2, w // 2, 2).permute(0, 1, 3, 5, 2, 4)
    return x.reshape(n, c * 4, h // 2, w // 2)


def unsqueeze(x: torch.Tensor) -> torch.Tensor:
    """The inverse of `squeeze`."""
    n, c, h, w = x.shape
    x = x.reshape(n, c // 4, 2, 2, h, w).permute(0, 1, 4, 2, 5, 3)
    return x.reshape(n, c // 4, h * 2, w * 2)


class ActNorm(nn.Module):
    """y = (x − b) ⊙ exp(−log σ) per channel, initialised from the first batch (Glow);
    log|det| = −H·W·Σ log σ."""

    def __init__(self, channels: int):
        super().__init__()
        self.bias = nn.Parameter(torch.zeros(1, channels, 1, 1))
        self.log_scale = nn.Parameter(torch.zeros(1, channels, 1, 1))
        self.register_buffer("initialized", torch.tensor(0, dtype=torch.uint8))

    def forward(self, x):
        if not self.initialized and self.training:
            with torch.no_grad():
                self.bias.copy_(x.mean((0, 2, 3), keepdim=True))
                self.log_scale.copy_(x.std((0, 2, 3), keepdim=True).clamp_min(1e-3).log())
                self.initialized.fill_(1)
        y = (x - self.bias) * torch.exp(-self.log_scale)
        return y, (-self.log_scale.sum() * x.shape[2] * x.shape[3]).expand(x.shape[0])

    def inverse(self, y):
        return y * torch.exp(self.log_scale) + self.bias, (self.log_scale.sum() * y.shape[2] * y.shape[3]).expand(y.shape[0])


class InvertibleConv1x1(nn.Module):
    """y = W x at every pixel (Glow); log|det| = H·W·log|det W|. Mixes channels so the next
    channel mask splits a different combination."""

    def __init__(self, channels: int, generator: torch.Generator | None = None):
        super().__init__()
        q, _ = torch.linalg.qr(torch.randn(channels, channels, generator=generator))
        self.weight = nn.Parameter(q)

    def forward(self, x):
        log_det = torch.linalg.slogdet(self.weight)[1] * x.shape[2] * x.shape[3]
        return F.conv2d(x, self.weight[:, :, None, None]), log_det.expand(x.shape[0])

    def inverse(self, y):
        log_det = torch.linalg.slogdet(self.weight)[1] * y.shape[2] * y.shape[3]
        # W⁻¹ in float64: in float32 its rounding, repeated over 12 layers, put the MNIST flow's round trip
        # f⁻¹(f(x)) at 1.15e-4 from x (256 test digits); with it, 2.2e-5.
        inverse = torch.inverse(self.weight.double()).to(self.weight.dtype)
        return F.conv2d(y, inverse[:, :, None, None]), (-log_det).expand(y.shape[0])


class CouplingNet(nn.Module):
    """x₁ -> (s, t): 3×3 conv, 1×1 conv, 3×3 conv (zero-initialised: the layer starts as the identity)."""

    def __init__(self, in_channels: int, out_channels: int, hidden: int):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(in_channels, hidden, 3, padding=1), nn.SiLU(),
                                  nn.Conv2d(hidden, hidden, 1), nn.SiLU())
        self.out = nn.Conv2d(hidden, 2 * out_channels, 3, padding=1)
        nn.init.zeros_(self.out.weight)
        nn.init.zeros_(self.out.bias)

    def forward(self, x1):
        return self.out(self.body(x1)).chunk(2, dim=1)


class ImageCoupling(nn.Module):
    """Affine coupling on (N, C, H, W): channels `keep` are x₁, channels `move` are x₂."""

    def __init__(self, keep: list[int], move: list[int], hidden: int, scale_limit: float):
        super().__init__()
        self.register_buffer("keep", torch.tensor(keep), persistent=False)
        self.register_buffer("move", torch.tensor(move), persistent=False)
        self.order = torch.argsort(torch.tensor(keep + move))  # puts [x₁, x₂] back into channel order
        self.net, self.scale_limit = CouplingNet(len(keep), len(move), hidden), scale_limit

    def _scale_shift(self, x1):
        raw_s, t = self.net(x1)
        return self.scale_limit * torch.tanh(raw_s / self.scale_limit), t

    def forward(self, x):
        x1, x2 = x[:, self.keep], x[:, self.move]
        s, t = self._scale_shift(x1)
        y2 = x2 * torch.exp(s) + t  # y₂ = x₂ ⊙ exp(s(x₁)) + t(x₁)
        return torch.cat([x1, y2], 1)[:, self.order], s.flatten(1).sum(1)  # log|det J| = Σ s

    def inverse(self, y):
        y1, y2 = y[:, self.keep], y[:, self.move]
        s, t = self._scale_shift(y1)
        x2 = (y2 - t) * torch.exp(-s)  # x₂ = (y₂ − t(y₁)) ⊙ exp(−s(y₁))
        return torch.cat([y1, x2], 1)[:, self.order], -s.flatten(1).sum(1)


class Dequantizer(nn.Module):
    """q(u | k): where inside its bin each pixel's value is put, learned (variational dequantisation).

    Per pixel, v = μ(k) + σ(k) ε with ε logistic and u = sigmoid(v); μ and σ come from a small CNN
    that sees each pixel's 7 × 7 neighbourhood of k (so a background pixel and a stroke's edge can
    differ). A logistic ε is sigmoid⁻¹ of a uniform number, so the untrained q (μ = 0, σ = 1) is
    exactly the uniform dequantisation, with log q = 0: training starts from the uniform bound.
    Change of variables (du/dv = u (1 − u)):

        log q(u | k) = Σ [ log p(ε) − log σ − log u − log(1 − u) ],   log p(ε) = log s(ε) + log s(−ε)

    with s the sigmoid."""

    def __init__(self, hidden: int):
        super().__init__()
        self.net = nn.Sequential(nn.Conv2d(1, hidden, 3, padding=1), nn.SiLU(), nn.Conv2d(hidden, hidden, 3, padding=1),
                                 nn.SiLU(), nn.Conv2d(hidden, 2, 3, padding=1))
        nn.init.zeros_(self.net[-1].weight)  # starts at μ = 0, σ = 1: u uniform
        nn.init.zeros_(self.net[-1].bias)

    @staticmethod
    def logistic_noise(shape, generator: torch.Generator | None = None, dtype=None, device=None) -> torch.Tensor:
        """ε = logit(w), w ~ U(0, 1) (kept 1e-6 from the ends so ε is finite)."""
        w = torch.rand(shape, generator=generator, dtype=dtype, device=device).clamp(1e-6, 1 - 1e-6)
        return torch.log(w) - torch.log1p(-w)

    def forward(self, k: torch.Tensor, generator: torch.Generator | None = None) -> tuple[torch.Tensor, torch.Tensor]:
        """Pixel values k/255 (N, 1, 28, 28) -> (u ~ q(u | k), log q(u | k) (N,))."""
        mu, log_sigma = self.net(k * 2 - 1).chunk(2, dim=1)
        eps = self.logistic_noise(k.shape, generator, k.dtype, k.device)
        v = mu + torch.exp(log_sigma) * eps  # v = μ + σ ε
        log_p_eps = F.logsigmoid(eps) + F.logsigmoid(-eps)  # logistic density of ε
        log_q = (log_p_eps - log_sigma - F.logsigmoid(v) - F.logsigmoid(-v)).flatten(1).sum(1)  # − log σ − log u(1 − u)
        return torch.sigmoid(v), log_q


CHECKERBOARD = ([0, 3], [1, 2])  # after a squeeze, pixels (0,0),(1,1) vs (0,1),(1,0) of each 2×2 block


class ClassGaussians(nn.Module):
    """The image flow's base distribution, one Gaussian per class y:

        p(z) = Σ_y π_y N(z; μ_y, diag σ_y²)

    Why: with a single N(0, I) the Fashion-MNIST flow drew sneakers in 0.8 % of its samples at
    T = 1 (the data has 10 %). Its z still carry the class (class means differ), so one Gaussian
    per class, fitted to the training images' z once the flow is trained (`fit`: maximum
    likelihood, in closed form), draws each class's z as often as the data has the class, lets a page ask for
    one class (Glow's class-conditional prior, fitted instead of learned), and turns the flow into a
    classifier by Bayes' rule, p(y | x) ∝ π_y N(f(x); μ_y, σ_y²). Until fitted every component is
    N(0, I), so the mixture is exactly the N(0, I) the flow is trained with."""

    MIN_STD = 1e-2  # a class seen once (a dry run) must not get σ = 0

    def __init__(self, classes: int, shape: tuple[int, ...]):
        super().__init__()
        self.register_buffer("mean", torch.zeros(classes, *shape))  # μ_y
        self.register_buffer("log_std", torch.zeros(classes, *shape))  # log σ_y
        self.register_buffer("log_weight", torch.full((classes,), -math.log(classes)))  # log π_y

    def log_prob_per_class(self, z: torch.Tensor) -> torch.Tensor:
        """(N, C): log π_y + log N(z; μ_y, diag σ_y²) = log π_y − ½ Σ ((z − μ_y)/σ_y)² − Σ log σ_y − ½ D log 2π."""
        z, mean, log_std = z.flatten(1)[:, None], self.mean.flatten(1), self.log_std.flatten(1)
        e = (z - mean) * torch.exp(-log_std)  # (N, C, D)
        return self.log_weight - 0.5 * (e.pow(2).sum(2) + mean.shape[1] * LOG_2PI) - log_std.sum(1)

    def log_prob(self, z: torch.Tensor) -> torch.Tensor:
        """log p(z) = log Σ_y exp(log π_y + log N(z; μ_y, σ_y²)), (N,)."""
        return torch.logsumexp(self.log_prob_per_class(z), 1)

    def sample(self, n: int, generator: torch.Generator, temperature: float = 1.0,
               labels: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor]:
        """(z, y): y ~ π unless given, z = μ_y + T σ_y ⊙ ε, ε ~ N(0, I). T scales the spread around
        each class's centre, not the centre."""
        if labels is None:
            labels = torch.multinomial(self.log_weight.exp(), n, replacement=True, generator=generator)
        elif not ((labels >= 0) & (labels < len(self.mean))).all():
            raise ValueError(f"the classes of this flow are 0 to {len(self.mean) - 1}")
        epsilon = torch.randn(n, *self.mean.shape[1:], generator=generator)
        return self.mean[labels] + temperature * torch.exp(self.log_std[labels]) * epsilon, labels

    @torch.no_grad()
    def fit(self, z: torch.Tensor, labels: torch.Tensor) -> None:
        """Maximum likelihood from the training images' z: π_y = N_y / N, μ_y = mean, σ_y = std (1/N_y) of class y's z."""
        for y in range(len(self.mean)):
            z_y = z[labels == y]
            self.log_weight[y] = math.log(len(z_y) / len(z)) if len(z_y) else -math.inf
            if len(z_y):
                self.mean[y] = z_y.mean(0)
                self.log_std[y] = z_y.std(0, unbiased=False).clamp_min(self.MIN_STD).log()


class ImageFlow(nn.Module):
    """x in [0, 1] (N, 1, 28, 28), dequantised -> logit -> squeeze -> checkerboard couplings
    -> squeeze -> [ActNorm, 1×1 conv, channel coupling] × L -> z (N, 16, 7, 7) ~ p(z): N(0, I)
    while training, then one Gaussian per class fitted to the training images' z (ClassGaussians).

    All `log_prob`s are densities of the dequantised image in [0, 1]^784, in nats; `bits_per_dim`
    converts to the usual 8-bit scale.
    """

    def __init__(self, config: ImageFlowConfig):
        super().__init__()
        self.config = config
        generator = torch.Generator().manual_seed(0)
        level1 = [ImageCoupling(*(CHECKERBOARD if k % 2 == 0 else CHECKERBOARD[::-1]), config.hidden, config.scale_limit)
                  for k in range(config.checkerboard_layers)]
        level2 = []
        for k in range(config.channel_layers):
            keep, move = (list(range(8)), list(range(8, 16))) if k % 2 == 0 else (list(range(8, 16)), list(range(8)))
            level2 += [ActNorm(16), InvertibleConv1x1(16, generator), ImageCoupling(keep, move, config.hidden, config.scale_limit)]
        self.level1, self.level2 = nn.ModuleList(level1), nn.ModuleList(level2)
        self.dequantizer = Dequantizer(config.dequantizer_hidden) if config.dequantizer_hidden else None
        self.base = ClassGaussians(config.classes, (16, 7, 7)) if config.classes else None

    # The logit transform: h = logit(α + (1 − 2α) x); log|det| = Σ log(1 − 2α) − log p − log(1 − p).
    def _to_logit(self, x):
        a = self.config.alpha
        p = a + (1 - 2 * a) * x
        h = torch.log(p) - torch.log1p(-p)
        log_det = (math.log(1 - 2 * a) - torch.log(p) - torch.log1p(-p)).flatten(1).sum(1)
        return h, log_det

    def _from_logit(self, h):
        a = self.config.alpha
        return ((torch.sigmoid(h) - a) / (1 - 2 * a))

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """x (N, 1, 28, 28) in [0, 1] -> (z (N, 16, 7, 7), log|det ∂z/∂x| (N,))."""
        h, log_det = self._to_logit(x)
        h = squeeze(h)
        for layer in self.level1:
            h, ld = layer(h)
            log_det = log_det + ld
        h = squeeze(h)
        for layer in self.level2:
            h, ld = layer(h)
            log_det = log_det + ld
        return h, log_det

    def inverse_with_steps(self, z: torch.Tensor) -> list[torch.Tensor]:
        """z (N, 16, 7, 7) -> every coupling's output on the way back, each shown as an image
        (N, 1, 28, 28) in [0, 1] (unsqueezed, through the inverse logit); the last is x."""
        h, shown = z, [self._as_image(z, squeezes=2)]
        for layer in reversed(self.level2):
            h, _ = layer.inverse(h)
            if isinstance(layer, ImageCoupling):
                shown.append(self._as_image(h, squeezes=2))
        h = unsqueeze(h)
        for layer in reversed(self.level1):
            h, _ = layer.inverse(h)
            shown.append(self._as_image(h, squeezes=1))
        return shown

    def _as_image(self, h, squeezes: int):
        for _ in range(squeezes):
            h = unsqueeze(h)
        return self._from_logit(h).clamp(0, 1)

    def inverse(self, z: torch.Tensor) -> torch.Tensor:
        return self.inverse_with_steps(z)[-1]

    def base_log_prob(self, z: torch.Tensor) -> torch.Tensor:
        """log p(z), (N,): the class mixture when the flow has one, else log N(z; 0, I)."""
        return self.base.log_prob(z) if self.base is not None else standard_normal_log_prob(z)

    def log_prob(self, x: torch.Tensor) -> torch.Tensor:
        """log p(x) in nats of dequantised images x in [0, 1] (N, 1, 28, 28): log p(z) + log|det|."""
        z, log_det = self(x)
        return self.base_log_prob(z) + log_det

    @staticmethod
    def uniform_dequantize(x: torch.Tensor, generator: torch.Generator | None = None) -> torch.Tensor:
        """Uniform dequantisation: pixel values k/255 -> (k + u) / 256, u ~ U(0, 1)."""
        k = torch.round(x * 255)
        u = torch.rand(x.shape, generator=generator, device=x.device)
        return (k + u) / 256

    def dequantize(self, x: torch.Tensor, generator: torch.Generator | None = None,
                   uniform: bool = False) -> tuple[torch.Tensor, torch.Tensor]:
        """Pixel values k/255 -> (y = (k + u) / 256, log q(u | k)): the learned q when the model has one
        (and `uniform` is not asked for), else u ~ U(0, 1) with log q = 0."""
        if self.dequantizer is None or uniform:
            return self.uniform_dequantize(x, generator), torch.zeros(len(x), device=x.device)
        k = torch.round(x * 255)
        u, log_q = self.dequantizer(k / 255, generator)
        return (k + u) / 256, log_q

    def log_likelihood_bound(self, x: torch.Tensor, generator: torch.Generator | None = None,
                             uniform: bool = False) -> torch.Tensor:
        """log p(y) − log q(u | k) in nats (N,), for images x = k/255: its mean over u is a lower bound on
        log P(k) + D log 256, so `bits_per_dim` of it bounds the discrete image's bits from above."""
        y, log_q = self.dequantize(x, generator, uniform)
        return self.log_prob(y) - log_q

    @staticmethod
    def bits_per_dim(log_prob: torch.Tensor, dims: int = 784) -> torch.Tensor:
        """−log₂ p of the image on the 0..256 scale per pixel: (−log p + D log 256) / (D log 2)."""
        return (-log_prob + dims * math.log(256)) / (dims * math.log(2))

    def sample_base(self, n: int, generator: torch.Generator, temperature: float = 1.0,
                    labels: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor | None]:
        """(z (n, 16, 7, 7), the class y of each or None): z = μ_y + T σ_y ε with a class base, else z = T ε."""
        if self.base is not None:
            return self.base.sample(n, generator, temperature, labels)
        if labels is not None:
            raise ValueError("this flow has a single N(0, I) base: it cannot draw a chosen class")
        return temperature * torch.randn(n, 16, 7, 7, generator=generator), None

    def sample(self, n: int, generator: torch.Generator, temperature: float = 1.0) -> torch.Tensor:
        return self.inverse(self.sample_base(n, generator, temperature)[0])
