"""The terms the pages use, English <-> Japanese (the seed articles' Japanese terms), with a
one-line meaning in each language and the page that shows it. Data, not translation keys: every
entry is bilingual. `page` is the script of a page registered in app.py; the glossary page links
each term to it (tests/test_lesson_claims.py checks that every page exists and is registered)."""
from __future__ import annotations

from typing import NamedTuple


class Term(NamedTuple):
    en: str
    ja: str
    meaning_en: str
    meaning_ja: str
    page: str  # the page that shows the term, e.g. "pages/ddpm_reverse.py"


# The pages terms link to, in the order of the app's menu: (navigation title key, icon, as in app.py).
PAGES: dict[str, tuple[str, str]] = {
    "pages/home.py": ("nav.home", "🏠"),
    "pages/ae_vs_vae.py": ("nav.ae_vs_vae", "🗺️"),
    "pages/interpolation.py": ("nav.interpolation", "↔️"),
    "pages/gan_replay.py": ("nav.gan_replay", "🎞️"),
    "pages/gan_live.py": ("nav.gan_live", "🎯"),
    "pages/flow_2d.py": ("nav.flow_2d", "🌀"),
    "pages/flow_images.py": ("nav.flow_images", "🖼️"),
    "pages/ddpm_forward.py": ("nav.ddpm_forward", "🌫️"),
    "pages/ddpm_reverse.py": ("nav.ddpm_reverse", "✨"),
    "pages/compare.py": ("nav.compare", "📊"),
}

HOME, AEVAE, INTERP = "pages/home.py", "pages/ae_vs_vae.py", "pages/interpolation.py"
GAN_REPLAY, GAN_LIVE = "pages/gan_replay.py", "pages/gan_live.py"
FLOW_2D, FLOW_IMAGES = "pages/flow_2d.py", "pages/flow_images.py"
FORWARD, REVERSE, COMPARE = "pages/ddpm_forward.py", "pages/ddpm_reverse.py", "pages/compare.py"

TERMS: tuple[Term, ...] = (
    Term("generative model", "生成モデル", "A model of the data distribution p(x) that can draw new samples x from it.",
         "データの分布 p(x) を表し、そこから新しい x をサンプリングできるモデル。", HOME),
    Term("discriminative model", "識別モデル", "A model of p(y | x): it labels data but cannot produce it.",
         "p(y | x) を表すモデル。データにラベルを付けるが、データを生成はしない。", HOME),
    Term("maximum likelihood estimation", "最尤推定", "Choosing parameters that make the observed data most probable.",
         "観測データの確率（尤度）が最大になるようにパラメータを選ぶこと。", HOME),
    Term("log-likelihood", "対数尤度", "log p(x) summed over the data; higher means the model explains the data better.",
         "データ全体での log p(x) の和。大きいほどモデルがデータをよく説明している。", HOME),
    Term("latent variable", "潜在変数", "The hidden code z from which a decoder or generator makes x.",
         "デコーダや生成器が x を作るもとになる、観測されない変数 z。", AEVAE),
    Term("latent space", "潜在空間", "The space of all codes z; here it is 2-D, so it can be drawn as a plane.",
         "潜在変数 z 全体の空間。このアプリでは 2 次元なので平面として描ける。", AEVAE),
    Term("encoder / encode", "エンコーダ / エンコード", "The network that maps an image x to its code z.",
         "画像 x を潜在変数 z に写すネットワーク（とその操作）。", AEVAE),
    Term("decoder / decode", "デコーダ / デコード", "The network that maps a code z back to an image.",
         "潜在変数 z を画像に戻すネットワーク（とその操作）。", AEVAE),
    Term("autoencoder (AE)", "オートエンコーダ", "An encoder and a decoder trained to reconstruct their input through a small bottleneck.",
         "小さなボトルネックを通して入力を再構成するように学習したエンコーダとデコーダ。", AEVAE),
    Term("variational autoencoder (VAE)", "変分オートエンコーダ", "An autoencoder whose encoder outputs a distribution q(z|x), trained on the ELBO.",
         "エンコーダが分布 q(z|x) を出力し、変分下界（ELBO）で学習するオートエンコーダ。", AEVAE),
    Term("prior", "事前分布", "The distribution p(z) codes are drawn from when sampling: N(0, I) for the VAE and the GAN; "
         "the image flows fit one Gaussian per class.",
         "サンプリングのときに潜在変数を引く分布 p(z)。VAE と GAN では N(0, I)、画像のフローではクラスごとに 1 つの正規分布を当てはめます。", AEVAE),
    Term("approximate posterior", "近似事後分布", "q(z|x), the encoder's guess of which codes could have produced x.",
         "q(z|x)。x を生み出しえた潜在変数についての、エンコーダによる推定。", AEVAE),
    Term("evidence lower bound (ELBO)", "変分下界（ELBO）", "E_q[log p(x|z)] − KL(q(z|x) ‖ p(z)), a lower bound on log p(x).",
         "E_q[log p(x|z)] − KL(q(z|x) ‖ p(z))。log p(x) の下界。", AEVAE),
    Term("KL divergence", "KL ダイバージェンス", "How much one distribution differs from another (0 when equal, never negative).",
         "ある分布が別の分布とどれだけ違うかを表す量（等しければ 0、負にならない）。", AEVAE),
    Term("reparameterisation trick / reparameterise", "再パラメータ化トリック / 再パラメータ化", "Writing z = μ + σ ⊙ ε so gradients flow through the random draw.",
         "z = μ + σ ⊙ ε と書き、乱数を通して勾配が流れるようにする工夫。", AEVAE),
    Term("reconstruction error", "再構成誤差", "How far the decoded image is from the input, here −log p(x|z) in nats.",
         "デコードした画像と入力との差。ここではナット単位の −log p(x|z)。", AEVAE),
    Term("interpolation", "補間", "Decoding the points on a path between two codes.",
         "2 つの潜在変数を結ぶ経路上の点を順にデコードすること。", INTERP),
    Term("generative adversarial network (GAN)", "敵対的生成ネットワーク（GAN）",
         "A generator trained against a discriminator: it learns to make images the other network cannot tell from real ones. It defines no likelihood.",
         "生成器を識別器と競わせて学習するモデル。相手のネットワークが本物と見分けられない画像を作ることを学ぶ。尤度はもたない。", GAN_REPLAY),
    Term("generator", "生成器", "The GAN network that turns noise z into an image.",
         "ノイズ z を画像に変える GAN のネットワーク。", GAN_REPLAY),
    Term("discriminator", "識別器", "The GAN network that tells real images from generated ones.",
         "本物の画像と生成された画像を見分ける GAN のネットワーク。", GAN_REPLAY),
    Term("non-saturating loss", "非飽和損失", "The generator's loss −log D(G(z)) instead of log(1 − D(G(z))): the same fixed point, but a strong gradient while D still rejects G's images.",
         "生成器の損失 log(1 − D(G(z))) の代わりに使う −log D(G(z))。不動点は同じだが、D が G の画像を見破っているうちも大きな勾配を返す。", GAN_REPLAY),
    Term("Jensen–Shannon divergence (JSD)", "Jensen–Shannon ダイバージェンス（JSD）",
         "A symmetric distance between two distributions, through their average; with an optimal D the minimax GAN loss measures it.",
         "2 つの分布の平均を介して測る、対称な分布間の距離。最適な D のもとで、ミニマックス型の GAN の損失はこれを測る。", GAN_REPLAY),
    Term("mode collapse", "モード崩壊", "A generator that produces only a few kinds of output and misses the rest of the data.",
         "生成器が一部の種類の出力しか作らず、データの残りを取りこぼすこと。", GAN_LIVE),
    Term("normalizing flow", "正規化フロー", "An invertible network from a simple distribution to the data, with an exact likelihood.",
         "単純な分布からデータへの可逆なネットワーク。尤度を厳密に計算できる。", FLOW_2D),
    Term("change of variables", "変数変換", "log p(x) = log p(z) + log |det ∂z/∂x| for an invertible map.",
         "可逆な変換での log p(x) = log p(z) + log |det ∂z/∂x|。", FLOW_2D),
    Term("Jacobian determinant", "ヤコビアン（ヤコビ行列式）", "How much an invertible map stretches volume at a point.",
         "可逆な変換がその点で体積をどれだけ伸び縮みさせるかを表す量。", FLOW_2D),
    Term("affine coupling layer", "アフィンカップリング層", "Keeps half of the coordinates and scales and shifts the other half: easy to invert.",
         "座標の半分をそのまま残し、残り半分を拡大・平行移動する層。逆変換が簡単。", FLOW_2D),
    Term("sampling temperature", "サンプリング温度", "T in z ~ N(0, T² I) (or z = μ_y + T σ_y ε): it scales the base distribution only, not the flow's log-determinant.",
         "z ~ N(0, T² I)（または z = μ_y + T σ_y ε）の T。基底分布だけを拡大縮小し、フローのヤコビ行列式の対数は変えない。", FLOW_2D),
    Term("dequantisation", "脱量子化", "Adding a fraction u ∈ (0, 1) to each integer pixel, x = (k + u) / 256, so that images have a density; learned (q(u | k)) or uniform.",
         "整数の画素に 0〜1 の端数 u を足して x = (k + u) / 256 とし、画像が密度をもつようにすること。学習した q(u | k) か一様分布で引く。", FLOW_IMAGES),
    Term("bits per dimension (bits/dim)", "1 次元あたりのビット数（bits/dim）",
         "−log₂ of an image's probability divided by its number of pixels: the code length an ideal compressor built on the model needs per pixel (8 = raw pixels).",
         "画像の確率の −log₂ を画素数で割ったもの。そのモデルをもとにした理想的な圧縮器が 1 画素あたりに必要とする符号長（生の画素なら 8）。", FLOW_IMAGES),
    Term("diffusion model", "拡散モデル", "A model that learns to undo a gradual noising process, step by step.",
         "少しずつノイズを加える過程を、一歩ずつ元に戻すことを学習するモデル。", FORWARD),
    Term("forward process", "拡散過程（順過程）", "Adding Gaussian noise step by step until only noise is left.",
         "ガウスノイズを一歩ずつ加え、最後はノイズだけにする過程。", FORWARD),
    Term("noise schedule", "ノイズスケジュール", "The variances β_t of the noise added at each step t.",
         "各ステップ t で加えるノイズの分散 β_t の並び。", FORWARD),
    Term("ᾱ_t (alpha-bar)", "ᾱ_t（アルファバー）", "ᾱ_t = Π_{s≤t} (1 − β_s): the share of the image's signal power left at step t; x_t = √ᾱ_t x_0 + √(1 − ᾱ_t) ε.",
         "ᾱ_t = Π_{s≤t} (1 − β_s)。ステップ t で残っている画像の信号の強さの割合。x_t = √ᾱ_t x_0 + √(1 − ᾱ_t) ε。", FORWARD),
    Term("signal-to-noise ratio (SNR)", "信号対雑音比（SNR）", "SNR_t = ᾱ_t / (1 − ᾱ_t): the power of what is left of the image against the power of the noise.",
         "SNR_t = ᾱ_t / (1 − ᾱ_t)。残っている画像の信号の強さとノイズの強さの比。", FORWARD),
    Term("reverse process", "逆拡散過程", "Removing the noise step by step, with a network that predicts it.",
         "ノイズを予測するネットワークを使って、一歩ずつノイズを取り除く過程。", REVERSE),
    Term("UNet", "UNet", "The image-to-image network that predicts the noise ε_θ(x_t, t, y): it shrinks the image and grows it back, with skip connections between matching sizes.",
         "ノイズ ε_θ(x_t, t, y) を予測する画像から画像へのネットワーク。画像を縮めてから元の大きさに戻し、同じ大きさどうしをスキップ接続でつなぐ。", REVERSE),
    Term("DDIM", "DDIM", "A deterministic sampler (η = 0) for a trained diffusion model: it jumps between a few timesteps and shares the marginals q(x_t | x_0) of the forward process.",
         "学習済みの拡散モデルの決定的なサンプラー（η = 0）。少数のタイムステップの間を跳び、拡散過程と同じ周辺分布 q(x_t | x_0) をもつ。", REVERSE),
    Term("variational bound (diffusion)", "変分下界（拡散モデル）",
         "−log p(x_0) ≤ E_q[L_T + Σ L_{t−1} + L_0]: the right-hand side is the negative of the diffusion model's ELBO, with x_1 … x_T as the latent variables and one KL term per step.",
         "−log p(x_0) ≤ E_q[L_T + Σ L_{t−1} + L_0]。右辺の符号を反転したものが、x_1 … x_T を潜在変数とする拡散モデルの変分下界（ELBO）で、ステップごとに KL の項が 1 つある。", REVERSE),
    Term("score (score function)", "スコア（スコア関数）", "∇_x log p(x), the direction in which the density grows fastest; a noise predictor estimates it as −ε_θ / √(1 − ᾱ_t).",
         "∇_x log p(x)。密度が最も速く増える方向。ノイズの予測器は −ε_θ / √(1 − ᾱ_t) としてこれを推定する。", REVERSE),
    Term("classifier guidance", "分類器誘導", "Adding the gradient of an external noisy-image classifier, ∇ log p(y | x_t), to the score (Bayes' rule) to follow a class.",
         "ノイズの乗った画像で学習した外部の分類器の勾配 ∇ log p(y | x_t) をスコアに加え（ベイズの定理）、クラスに従わせる方法。", REVERSE),
    Term("guidance scale", "誘導スケール", "The weight of the class term: p(x) p(y | x)^γ, an inverse temperature on p(y | x); with classifier-free guidance γ = 1 + w.",
         "クラスの項の重み。p(x) p(y | x)^γ の γ で、p(y | x) に対する逆温度。分類器フリー誘導では γ = 1 + w。", REVERSE),
    Term("inverse temperature", "逆温度", "A power γ on a probability: γ > 1 sharpens it (samples crowd where it is high), γ < 1 flattens it.",
         "確率に掛ける指数 γ。γ > 1 で尖り（確率の高い所にサンプルが集まる）、γ < 1 で平らになる。", REVERSE),
    Term("classifier-free guidance (CFG)", "分類器フリー誘導（分類器なし誘導、CFG）",
         "ε̃ = (1 + w) ε_θ(x_t, t, y) − w ε_θ(x_t, t, ∅): the difference of the conditional and unconditional predictions acts as an implicit classifier.",
         "ε̃ = (1 + w) ε_θ(x_t, t, y) − w ε_θ(x_t, t, ∅)。条件付きと条件なしの予測の差が暗黙の分類器として働く。", REVERSE),
    Term("Fréchet inception distance (FID)", "FID（フレシェ距離）",
         "The distance between Gaussians fitted to real and generated images' classifier features (here the project's CNN); lower is closer; depends on the sample count n.",
         "本物と生成画像の分類器の特徴量（ここではプロジェクトの CNN）に当てはめた正規分布の間の距離。小さいほど近い。サンプル数 n によって変わる。", COMPARE),
    Term("kernel inception distance (KID)", "KID（カーネル距離）",
         "A kernel distance between real and generated features; unbiased, so about 0 for real images whatever n.",
         "本物と生成画像の特徴量の間のカーネルによる距離。不偏なので、本物の画像どうしなら n によらずほぼ 0。", COMPARE),
    Term("precision / recall", "適合率 / 再現率",
         "Precision: the share of samples that fall near real images (they look real); recall: the share of real images near some sample (the samples cover them).",
         "適合率：本物の画像の近くに入るサンプルの割合（本物らしさ）。再現率：どれかのサンプルの近くに入る本物の画像の割合（サンプルがカバーする範囲）。", COMPARE),
)


def search(terms: tuple[Term, ...], query: str) -> list[Term]:
    """Entries whose terms or meanings contain the query (case-insensitive), all when empty."""
    needle = query.strip().lower()
    fields = lambda term: (term.en, term.ja, term.meaning_en, term.meaning_ja)  # noqa: E731 - not the page path
    return [term for term in terms if not needle or any(needle in field.lower() for field in fields(term))]


def by_page(terms: list[Term]) -> dict[str, list[Term]]:
    """The terms grouped under their page, pages in the menu's order."""
    return {page: [term for term in terms if term.page == page] for page in PAGES if any(term.page == page for term in terms)}
