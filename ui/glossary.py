"""The terms the pages use, English <-> Japanese (the seed articles' Japanese terms), with a
one-line meaning in each language. Data, not translation keys: every entry is bilingual."""
from __future__ import annotations

from typing import NamedTuple


class Term(NamedTuple):
    en: str
    ja: str
    meaning_en: str
    meaning_ja: str


TERMS: tuple[Term, ...] = (
    Term("generative model", "生成モデル", "A model of the data distribution p(x) that can draw new samples x from it.",
         "データの分布 p(x) を表し、そこから新しい x をサンプリングできるモデル。"),
    Term("discriminative model", "識別モデル", "A model of p(y | x): it labels data but cannot produce it.",
         "p(y | x) を表すモデル。データにラベルを付けるが、データを生成はしない。"),
    Term("maximum likelihood estimation", "最尤推定", "Choosing parameters that make the observed data most probable.",
         "観測データの確率（尤度）が最大になるようにパラメータを選ぶこと。"),
    Term("log-likelihood", "対数尤度", "log p(x) summed over the data; higher means the model explains the data better.",
         "データ全体での log p(x) の和。大きいほどモデルがデータをよく説明している。"),
    Term("latent variable", "潜在変数", "The hidden code z from which a decoder or generator makes x.",
         "デコーダや生成器が x を作るもとになる、観測されない変数 z。"),
    Term("latent space", "潜在空間", "The space of all codes z; here it is 2-D, so it can be drawn as a plane.",
         "潜在変数 z 全体の空間。このアプリでは 2 次元なので平面として描ける。"),
    Term("encoder / encode", "エンコーダ / エンコード", "The network that maps an image x to its code z.",
         "画像 x を潜在変数 z に写すネットワーク（とその操作）。"),
    Term("decoder / decode", "デコーダ / デコード", "The network that maps a code z back to an image.",
         "潜在変数 z を画像に戻すネットワーク（とその操作）。"),
    Term("autoencoder (AE)", "オートエンコーダ", "An encoder and a decoder trained to reconstruct their input through a small bottleneck.",
         "小さなボトルネックを通して入力を再構成するように学習したエンコーダとデコーダ。"),
    Term("variational autoencoder (VAE)", "変分オートエンコーダ", "An autoencoder whose encoder outputs a distribution q(z|x), trained on the ELBO.",
         "エンコーダが分布 q(z|x) を出力し、変分下界（ELBO）で学習するオートエンコーダ。"),
    Term("prior", "事前分布", "The distribution p(z) codes are drawn from when sampling: N(0, I) for the VAE and the GAN; "
         "the image flows fit one Gaussian per class.",
         "サンプリングのときに潜在変数を引く分布 p(z)。VAE と GAN では N(0, I)、画像のフローではクラスごとに 1 つの正規分布を当てはめます。"),
    Term("approximate posterior", "近似事後分布", "q(z|x), the encoder's guess of which codes could have produced x.",
         "q(z|x)。x を生み出しえた潜在変数についての、エンコーダによる推定。"),
    Term("evidence lower bound (ELBO)", "変分下界（ELBO）", "E_q[log p(x|z)] − KL(q(z|x) ‖ p(z)), a lower bound on log p(x).",
         "E_q[log p(x|z)] − KL(q(z|x) ‖ p(z))。log p(x) の下界。"),
    Term("KL divergence", "KL ダイバージェンス", "How much one distribution differs from another (0 when equal, never negative).",
         "ある分布が別の分布とどれだけ違うかを表す量（等しければ 0、負にならない）。"),
    Term("reparameterisation trick", "再パラメータ化トリック", "Writing z = μ + σ ⊙ ε so gradients flow through the random draw.",
         "z = μ + σ ⊙ ε と書き、乱数を通して勾配が流れるようにする工夫。"),
    Term("reconstruction error", "再構成誤差", "How far the decoded image is from the input, here −log p(x|z) in nats.",
         "デコードした画像と入力との差。ここでは nats 単位の −log p(x|z)。"),
    Term("interpolation", "補間", "Decoding the points on a path between two codes.",
         "2 つの潜在変数を結ぶ経路上の点を順にデコードすること。"),
    Term("generator", "生成器", "The GAN network that turns noise z into an image.",
         "ノイズ z を画像に変える GAN のネットワーク。"),
    Term("discriminator", "識別器", "The GAN network that tells real images from generated ones.",
         "本物の画像と生成された画像を見分ける GAN のネットワーク。"),
    Term("mode collapse", "モード崩壊", "A generator that produces only a few kinds of output and misses the rest of the data.",
         "生成器が一部の種類の出力しか作らず、データの残りを取りこぼすこと。"),
    Term("normalizing flow", "正規化フロー", "An invertible network from a simple distribution to the data, with an exact likelihood.",
         "単純な分布からデータへの可逆なネットワーク。尤度を厳密に計算できる。"),
    Term("change of variables", "変数変換", "log p(x) = log p(z) + log |det ∂z/∂x| for an invertible map.",
         "可逆な変換での log p(x) = log p(z) + log |det ∂z/∂x|。"),
    Term("Jacobian determinant", "ヤコビアン（ヤコビ行列式）", "How much an invertible map stretches volume at a point.",
         "可逆な変換がその点で体積をどれだけ伸び縮みさせるかを表す量。"),
    Term("affine coupling layer", "アフィンカップリング層", "Keeps half of the coordinates and scales and shifts the other half: easy to invert.",
         "座標の半分をそのまま残し、残り半分を拡大・平行移動する層。逆変換が簡単。"),
    Term("diffusion model", "拡散モデル", "A model that learns to undo a gradual noising process, step by step.",
         "少しずつノイズを加える過程を、一歩ずつ元に戻すことを学習するモデル。"),
    Term("forward process", "拡散過程（順過程）", "Adding Gaussian noise step by step until only noise is left.",
         "ガウスノイズを一歩ずつ加え、最後はノイズだけにする過程。"),
    Term("reverse process", "逆過程", "Removing the noise step by step, with a network that predicts it.",
         "ノイズを予測するネットワークを使って、一歩ずつノイズを取り除く過程。"),
    Term("noise schedule", "ノイズスケジュール", "The variances β_t of the noise added at each step t.",
         "各ステップ t で加えるノイズの分散 β_t の並び。"),
    Term("score function", "スコア関数", "∇_x log p(x), the direction in which the density grows fastest.",
         "∇_x log p(x)。密度が最も速く増える方向。"),
    Term("Langevin dynamics", "ランジュバン動力学", "Sampling by following the score with small steps plus noise.",
         "スコアに沿った小さな一歩とノイズを繰り返してサンプリングする方法。"),
    Term("classifier-free guidance", "分類器なしガイダンス", "Mixing conditional and unconditional predictions to follow a class more strongly.",
         "条件付きと条件なしの予測を混ぜ、指定したクラスにより強く従わせる方法。"),
    Term("latent diffusion", "潜在拡散モデル", "Running diffusion in an autoencoder's latent space instead of on pixels.",
         "画素ではなく、オートエンコーダの潜在空間で拡散を行うモデル。"),
)


def search(terms: tuple[Term, ...], query: str) -> list[Term]:
    """Entries whose terms or meanings contain the query (case-insensitive), all when empty."""
    needle = query.strip().lower()
    return [term for term in terms if not needle or any(needle in field.lower() for field in term)]
