"""Japanese catalogue. Same keys, in the same order, as ui.locales.en; {placeholders} are filled by ui.i18n.t."""

STRINGS = {
    # Navigation and sidebar
    "nav.basics": "基礎",
    "nav.autoencoders": "オートエンコーダ",
    "nav.home": "生成モデルとは？",
    "nav.ae_vs_vae": "オートエンコーダと VAE の比較",
    "nav.interpolation": "潜在空間での補間",
    "sidebar.dataset": "データセット",
    "sidebar.dataset_help": "すべてのページで、このデータセットで学習したモデルを使います。MNIST：手書き数字。Fashion-MNIST：衣類の画像。",
    "sidebar.seed": "乱数シード",
    "sidebar.seed_help": "デモ内のすべての乱数を固定するので、クラス全員がどの画面でも同じ結果を見られます。新しい乱数で試すときは値を変えてください。",
    # Errors
    "error.checkpoint": "**モデルを読み込めませんでした。** {message}\n\nプロジェクトのフォルダで次のコマンドを実行してから、ページを再読み込みしてください：\n\n`{command}`",
    "error.bundle": "**表示用の画像を読み込めませんでした。** {message}",
    # Home
    "home.title": "生成モデルをやさしく解説",
    "home.lead": (
        "このアプリのモデルはどれも小さなものですが、MNIST の手書き数字や Fashion-MNIST の衣類画像で実際に学習されており、"
        "ブラウザのセッション上でその場で動きます。ドラッグしたり、クリックしたり、サンプリングしたりしてみましょう。"
        "各ページでは、機械が画像にラベルを付けるだけでなく、画像を**生成**する方法を学ぶしくみを、ひとつずつ紹介します。"
    ),
    "home.discriminative.title": "識別モデル",
    "home.discriminative.body": (
        "*これは何か？* に答えることを学習します。画像 x をラベル y に対応させる、つまり p(y | x) をモデル化します。"
        "数字の分類器は識別モデルです。3 と 8 を見分けることはできますが、どちらも描くことはできません。"
    ),
    "home.generative.title": "生成モデル",
    "home.generative.body": (
        "*データがどのような見た目をしているか* を学習します。画像そのものの分布 p(x)（あるクラスを指定する場合は p(x | y)）を推定し、"
        "そこから新しい x を**サンプリング**できます。学習データになかった新しい数字を描くことは、p(x) からのサンプリングにあたります。"
    ),
    "home.families.title": "生成モデルの 4 つの系統",
    "home.families.table": (
        "| 系統 | 基本的な考え方 | サンプルの作り方 | このアプリでの掲載ページ |\n"
        "|---|---|---|---|\n"
        "| オートエンコーダ / VAE | x を小さなコード z に圧縮し、そこから元に戻す。VAE では z が N(0, I) に従うようにする | z ~ N(0, I) を引き、デコーダに通す | *オートエンコーダと VAE の比較*、*潜在空間での補間* |\n"
        "| GAN | 生成器と識別器が「偽物か本物か」のゲームをする | ノイズ z を生成器に通す | GAN のページ（近日公開） |\n"
        "| 正規化フロー | 可逆なネットワークでガウス分布をデータに変換する。尤度を厳密に計算できる | ガウスノイズにフローの逆変換を施す | フローのページ（近日公開） |\n"
        "| 拡散モデル | 少しずつノイズを加える過程を、一歩ずつ元に戻すことを学習する | 純粋なノイズから始めて、何百回もノイズ除去を繰り返す | 拡散モデルのページ（近日公開） |\n"
    ),
    "home.mle.title": "共通の土台：最尤推定",
    "home.mle.body": (
        "下に示すのは、**隠された**正規分布から得たサンプルです。モデルを当てはめるとは、観測データが得られる確率ができるだけ高くなるように"
        "パラメータを選ぶことです。μ と σ をドラッグしてみましょう。赤い曲線があなたのモデルで、数値はそのモデルのもとでの全サンプルの対数尤度です。"
        "最大になる点を探したら、ボタンを押して正確な答えに移動してみてください。"
        "このアプリのどの系統も、これと同じ考え方で学習されています。ただし、2 つの数値の代わりにニューラルネットワークを使います。"
    ),
    "home.mle.n": "サンプル数 n",
    "home.mle.fit": "最尤推定値に移動",
    "home.mle.loglik": "対数尤度：",
    "home.mle.best": "最大値：",
    "home.mle.gap": "差：",
    "home.mle.histogram": "サンプル（ヒストグラム、密度スケール）とあなたのモデル N(μ, σ²)",
    "home.mle.profile": "μ を変えたときの対数尤度（σ は固定）",
    "home.mle.reveal": "隠された分布を表示",
    "home.mle.truth": "サンプルは N(μ = {mu}, σ = {sigma}) から得られたものです。n = {n} 個のサンプルでも上の推定値は近い値になり、サンプルを増やすとさらに近づきます。",
    "home.mle.notice": (
        "注目ポイント：最適な μ はサンプル平均とぴったり一致し、そこから左右どちらにずれても対数尤度は下がります。"
        "σ が小さすぎると μ から遠いサンプルが大きく不利になり、σ が大きすぎると確率が薄く広がりすぎてしまいます。"
    ),
    # AE vs VAE
    "aevae.title": "オートエンコーダと変分オートエンコーダの比較",
    "aevae.lead": (
        "どちらのモデルも、28×28 の画像（784 個の数値）を、わずか**2 つの数値** z = (z₁, z₂) のボトルネックに押し込み、"
        "その z から画像を復元します。z は 2 次元なので、下の図は射影ではなく、本当の潜在空間そのものです。"
        "デコーダは生成器です。どんな z を与えても画像を描きます。問題は、**どの z** を与えるかです。"
    ),
    "aevae.math": "2 つのモデルの背後にある数式",
    "aevae.math.body": (
        "オートエンコーダ（AE）は再構成誤差を最小化するだけなので、コードをどこに置くべきかを教えるものが何もありません。"
        "VAE は各画像を小さなガウス分布の雲 q(z|x) として符号化し、すべての雲を事前分布 N(0, I) に引き寄せる KL ペナルティを加えます。"
        "どちらのデコーダも画素ごとの確率（ベルヌーイ分布）を出力するので、再構成誤差は nats 単位の交差エントロピーになります。"
    ),
    "aevae.same_scale": "2 つの図で同じスケールを使う",
    "aevae.same_scale_help": "オン：両方の平面で同じ軸の範囲を使うので、AE の空間がどれだけ広いかがわかります。オフ：それぞれの図が自分のコードに合わせて拡大表示されます。",
    "aevae.explore.title": "テスト画像 2,000 枚の潜在空間",
    "aevae.explore.caption": (
        "各点は 1 枚のテスト画像で、そのコード z の位置に置かれ、クラスごとに色分けされています。破線の円は N(0, I) の 1σ と 2σ です。"
        "マウスを乗せるとその場所でのデコーダの出力をプレビューでき、クリックすると（点の上でも何もない場所でも）その点を下で両方のデコーダで復号します。"
        "点をクリックすると、その画像も選択されます。赤い×印は復号する点、黒い円は選んだ画像です。"
    ),
    "aevae.explore.hover_hint": "平面の上にマウスを乗せると、その点でデコーダが描く画像をプレビューできます。",
    "aevae.explore.preview": "デコーダの出力:",
    "aevae.ae.scatter_title": "オートエンコーダ：z = encoder(x)",
    "aevae.vae.scatter_title": "VAE：z = q(z|x) の平均",
    "aevae.ae.short": "オートエンコーダ",
    "aevae.vae.short": "VAE",
    "aevae.decode.title": "平面上の点を復号する",
    "aevae.decode.caption": "座標を入力するか、図をクリックしてください。同じ z を両方のデコーダに通し、分類器が何に見えるかを答えます。",
    "aevae.decode.readout": "分類器の判定：**{verdict}**（{confidence}）  \nこの位置のコードの密度：典型的な値の **{density}倍**",
    "aevae.decode.hole": "この位置には学習データのコードがほとんどありません。デコーダはこの点で何を描けばよいかを学習していません。",
    "aevae.image.title": "1 枚の画像を両方のモデルに通す",
    "aevae.image.input": "入力 #{index}：{label}",
    "aevae.image.terms": (
        "**オートエンコーダ** の再構成誤差：**{ae}** nats  \n"
        "**VAE** の再構成項 −log p(x|z)：**{rec}** nats  \n"
        "**VAE** の KL(q(z|x) ‖ N(0, I))：**{kl}** nats  \n"
        "**VAE** の ELBO = −({rec} + {kl}) = **{elbo}** nats"
    ),
    "aevae.image.caption": "VAE は KL 項のために再構成の質を少しだけ犠牲にしています。そのおかげで、潜在空間が整然とし、サンプリングしやすくなっています。",
    "aevae.sample.title": "N(0, I) からサンプリングする",
    "aevae.sample.body": (
        "ランダムな点 z ~ N(0, I) を引き、それぞれのモデルで復号します。VAE はコードがこの分布に従うように学習されていますが、"
        "AE はそうではないため、ランダムな点の多くが穴やデータの外側に落ちてしまいます。"
    ),
    "aevae.sample.button": "新しいサンプルを引く",
    "aevae.sample.metric": "認識できたサンプル",
    "aevae.sample.metric_help": "256 個のサンプルのうち、分類器が 90 % 以上の確率で 1 つのクラスに割り当てたものの割合です。",
    "aevae.sample.classes": "カバーしたクラス数",
    "aevae.sample.classes_help": "分類器が 256 個のサンプルに割り当てたクラスの分布のエントロピーの exp です。10 クラスが均等に現れれば 10、すべて同じクラスなら 1 になります。",
    "aevae.sample.caption": "2 つの行は、まったく同じ 32 個のランダムな点（評価に使う 256 個のうち最初の 32 個）を復号したものです。",
    "aevae.lattice.title": "復号した格子：多様体のイメージ",
    "aevae.lattice.body": "それぞれの平面全体に 15×15 の規則的な格子点を置いて復号します。各タイルは、その位置でデコーダが描く画像です。",
    "aevae.lattice.caption": "{model}：z₁ は {x0} から {x1}（左から右）、z₂ は {y1} から {y0}（上から下）",
    "aevae.beta.title": 'KL の重み β：コードを N(0, I) にどれだけ強く引き寄せるか',
    "aevae.beta.body": ("同じ VAE を、KL 項の重み β だけを変えて 3 回学習しました。β が小さいとコードは事前分布から離れていきます"
                     "（潜在空間が広くいびつになり、N(0, I) からのサンプルがデータの一部を取りこぼします）。潜在変数が 2 つしかないため、"
                     "ボトルネックそのものが再構成を制限しており、β を小さくしても再構成はほとんど良くなりません。β が大きいとコードは事前分布に"
                     "押し込まれます。サンプリングは簡単になりますが、再構成誤差が増え、クラス同士が重なります。β = 1 が上で使っている通常の ELBO です。"),
    "aevae.beta.plane_title": 'β = {beta}',
    "aevae.beta.col.reconstruction": '再構成誤差 (nats)',
    "aevae.beta.col.kl": 'KL (nats)',
    "aevae.beta.col.gaussian": 'コードに当てはめたガウス分布の KL',
    "aevae.beta.col.classes": 'N(0, I) からのサンプルがカバーしたクラス数',
    "aevae.beta.samples_caption": 'β = {beta}：z ~ N(0, I) を復号した 12 個のサンプル',
    "aevae.beta.caption": '再構成誤差と KL：各モデルの学習時に書き出したテストデータでの平均値（画像ごとに z を 1 回サンプリング）。ガウス分布の KL とカバーしたクラス数：ここで表示用の 2,000 枚の画像と 256 個の事前分布サンプルから計算しています。',
    "aevae.notice": (
        "注目ポイント：AE のコードは広い範囲に散らばり、クラスの間に何もない隙間があります。隙間を復号すると、"
        "ぼやけた混ざりものや、誰も書いたことのない形になります。VAE はすべてを N(0, I) の円の中に穴なく詰め込むので、"
        "ランダムな点を復号してもほぼ必ずデータらしい画像になります。その代わり、再構成は少しぼやけます。"
    ),
    # Interpolation
    "interp.title": "潜在空間を歩く",
    "interp.lead": (
        "テスト画像 A と B を 2 枚選びます。それぞれのコード z_A と z_B は、潜在平面上の 2 つの点です。α を 0 から 1 まで動かして"
        "2 点を結ぶ直線上を歩き、途中のすべての点を、オートエンコーダと VAE のそれぞれで復号します。"
    ),
    "interp.pick_start": "画像 A（クラス）",
    "interp.pick_end": "画像 B（クラス）",
    "interp.vae_path": "VAE の経路",
    "interp.path.linear": "線形",
    "interp.path.slerp": "球面線形補間 (slerp)",
    "interp.pick_caption": "クラスを選ぶたびに、そのクラスの別の例が選ばれます（両方のモデルが見分けのつく形で再構成できる画像の中から）。下の潜在平面をクリックすることもできます。最も近いテスト画像が A または B になります。",
    "interp.viewer.play": "再生",
    "interp.viewer.pause": "一時停止",
    "interp.viewer.alpha_label": "alpha",
    "interp.viewer.click_sets": "平面をクリックして設定：",
    "interp.viewer.start": "A",
    "interp.viewer.end": "B",
    "interp.viewer.click_hint": "クリックすると、最も近いテスト画像を端点として選びます",
    "interp.viewer.density_title": "経路に沿ったコードの密度（典型的な密度の何倍か、対数スケール）",
    "interp.viewer.hole_band": "0.05 未満：穴",
    "interp.strip.title": "経路全体を一覧表示（α = 0, 0.1, …, 1）",
    "interp.numbers.title": "この経路に沿った測定値",
    "interp.numbers.min_density": "{model}：経路上の最小密度（典型的な値の何倍か）",
    "interp.numbers.confident": "{model}：分類器が認識できたフレーム数（確信度 90 % 以上）",
    "interp.numbers.caption": (
        "密度：経路上の各点における、符号化したテスト画像 2,000 枚の k 近傍密度（k = 10）を、"
        "画像そのものの位置での典型的な密度で割ったものです。これにより、2 つの潜在空間を同じスケールで比べられます。"
    ),
    "interp.notice": (
        "注目ポイント：AE の直線は、クラスの間の何もない領域を横切ることが多く（密度の曲線が赤い帯まで下がります）、"
        "そこでは画像が奇妙な記号に変わってしまいます。VAE の経路はコードが密集した場所にとどまり、画像はなめらかに変化します。"
        "球面線形補間 (slerp) を使うと、VAE の経路が原点から典型的な距離に保たれます。"
    ),
    # Model cards
    "card.title": "これらのモデルについて（学習とテストの数値）",
    "card.model": "モデル",
    "card.data": "学習 / テスト画像数",
    "card.training": "学習",
    "card.metrics": "テストでの指標",
    "card.metric.test_accuracy": "正解率",
    "card.metric.test_reconstruction_nats": "再構成誤差",
    "card.metric.test_kl_nats": "KL",
    "card.metric.test_negative_elbo_nats": "−ELBO",
    "card.metric.latent_gaussian_fit_kl": "コードに当てはめたガウス分布の KL",
    "card.kind.ae": "オートエンコーダ（2 次元潜在）",
    "card.kind.vae": "VAE（2 次元潜在）",
    "card.kind.vae_beta0.1": 'VAE（β = 0.1）',
    "card.kind.vae_beta4": 'VAE（β = 4）',
    "card.kind.classifier": "CNN 分類器（判定役）",
    "card.caption": "学習時に書き出されたチェックポイントの JSON ファイルから読み込んでいます。再学習するには `{command}` を実行します。",
    # Class names of Fashion-MNIST (MNIST classes are the digits themselves)
    "class.fashion.0": "Tシャツ/トップ",
    "class.fashion.1": "ズボン",
    "class.fashion.2": "プルオーバー",
    "class.fashion.3": "ドレス",
    "class.fashion.4": "コート",
    "class.fashion.5": "サンダル",
    "class.fashion.6": "シャツ",
    "class.fashion.7": "スニーカー",
    "class.fashion.8": "バッグ",
    "class.fashion.9": "アンクルブーツ",
    "card.epochs": "{n} エポック",
}
