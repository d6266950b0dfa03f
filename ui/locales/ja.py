"""Japanese catalogue. Same keys, in the same order, as ui.locales.en; {placeholders} are filled by ui.i18n.t."""

STRINGS = {
    # Navigation and sidebar
    "nav.basics": "基礎",
    "nav.autoencoders": "オートエンコーダ",
    "nav.home": "生成モデルとは？",
    "nav.ae_vs_vae": "AE と VAE の比較",
    "nav.interpolation": "潜在空間での補間",
    "nav.glossary": "用語集（English ↔ 日本語）",
    "glossary.title": "用語集",
    "glossary.lead": "各ページで使う用語を、英語と日本語（元記事の用語）で対応させ、一行で意味を説明します。用語は、それを扱うページへのリンクの下にまとめています。どちらの言語で入力しても絞り込めます。",
    "glossary.search": "検索",
    "glossary.placeholder": "例：latent、潜在、ELBO",
    "glossary.count": "{total} 語中 {shown} 語",
    "glossary.meaning": "意味",
    "glossary.shown_on": "扱うページ：{page}",
    "sidebar.dataset": "データセット",
    "sidebar.dataset_help": "すべてのページで、このデータセットで学習したモデルを使います。MNIST：手書き数字。Fashion-MNIST：衣類の画像。",
    "sidebar.seed": "乱数シード",
    "sidebar.seed_help": "デモ内のすべての乱数を固定するので、クラス全員がどの画面でも同じ結果を見られます。新しい乱数で試すときは値を変えてください。",
    "sidebar.present": "プレゼンターモード",
    "sidebar.present_help": "プロジェクター向け：文字を大きくし、サイドバーを畳み、授業のステップを開きます。リンクに ?present=1 を付けても同じです。",
    "lesson.bar": "授業 · ステップ {step} / {count}",
    "lesson.previous": "← 前へ",
    "lesson.next": "次のステップ →",
    "lesson.predict": "まず予想：",
    "lesson.reveal": "測定した答えを表示",
    "lesson.your_guess": "あなたの予想：**{guess}**。",
    "lesson.home.1": "識別モデルか生成モデルか？ 2 つの説明を読みましょう。新しい数字を描けるのはどちらで、それぞれ何を学習しますか？",
    "lesson.home.2": "4 つの系統：それぞれがこのアプリのどこに出てくるかと、4 つすべてを実測値で比べるページを探しましょう。",
    "lesson.home.3": "予想の質問に答えてから、μ と σ をドラッグして対数尤度をできるだけ大きくしましょう。ボタンはそのあとで押します。",
    "lesson.home.4": "「隠された分布を表示」を押しましょう。サンプルからどこまで近づけましたか？ n を変えてもう一度試しましょう。",
    "lesson.home.predict": "サンプルが n = {small_n} 個のときと n = {large_n} 個のとき、最尤推定値 μ̂ が隠された μ に近くなるのはどちらでしょう？",
    "lesson.home.predict.10": "n = {n}",
    "lesson.home.predict.1000": "n = {n}",
    "lesson.home.predict.same": "ほぼ同じ",
    "lesson.home.reveal": "このシードでの測定値：|μ̂ − μ| は {small_n} 個で {small}、{large_n} 個で {large} でした。μ̂ の誤差は平均すると σ/√n のように小さくなりますが、{small_n} 個でもたまたま近くなることはあります。",
    "lesson.aevae.1": "オートエンコーダの平面（左）を見ましょう。各点は 1 枚のテスト画像の潜在ベクトルです。クラスの間の何もない隙間はどこにありますか？",
    "lesson.aevae.2": "AE の平面の何もない場所（穴）をクリックしましょう。デコーダはそこで何を描き、密度の表示は何を示していますか？",
    "lesson.aevae.3": "「N(0, I) からサンプリングする」へ進み、予想の質問に答えてから、2 つのグリッドと数値を比べましょう。",
    "lesson.aevae.4": "次は VAE の平面（右）です。同じテスト画像が原点のまわりに詰まっています。マウスを乗せてみましょう。どのくらいの場所がデータらしい画像にデコードされますか？",
    "lesson.aevae.5": "「自分の画像」で数字を描きましょう。それぞれのエンコーダはそれをどこに置きますか（星印）？",
    "lesson.aevae.6": "いちばん下の KL の重み β：β を大きくすると、潜在ベクトル、サンプル、再構成誤差はどう変わりますか？ そのあと「潜在空間での補間」を開きましょう。",
    "lesson.aevae.predict": "両方のデコーダに同じ {count} 個のランダムな点 z ~ N(0, I) を与えます。10 クラスのうち、より多くのクラスをカバーするのはどちらのサンプルでしょう？",
    "lesson.aevae.predict.ae": "オートエンコーダ",
    "lesson.aevae.predict.vae": "VAE",
    "lesson.aevae.predict.same": "ほぼ同じ",
    "lesson.aevae.reveal": "この {count} 個のサンプルでの測定値：AE は {ae_classes} クラス（認識できた割合 {ae_confident}）、VAE は {vae_classes} クラス（{vae_confident}）をカバーしました。AE の潜在ベクトルを N(0, I) のまわりに置くしくみは何もないので、ランダムな点は一部のクラスの領域やその間に落ちます。",
    "lesson.interp.1": "画像 A と B を両方の平面で探しましょう（黒い点）。その間の直線が経路です。",
    "lesson.interp.2": "α を動かす前に、プレーヤーの下にある予想の質問に答えましょう。",
    "lesson.interp.3": "α をドラッグするか再生を押して、両方の行を見ましょう。オートエンコーダの画像がデータらしく見えなくなるのはどこですか？",
    "lesson.interp.4": "密度の曲線と比べましょう。それぞれの経路が赤い帯（穴）に入るのはどこですか？",
    "lesson.interp.5": "VAE の経路を slerp に切り替えたり、別のクラスを選んだり、平面をクリックして新しい端点を選んだりしましょう。",
    "lesson.interp.predict": "A から B への直線上で、穴（密度が典型的な値の {hole} 倍未満）を通るのはどちらのモデルの経路でしょう？",
    "lesson.interp.predict.ae": "オートエンコーダだけ",
    "lesson.interp.predict.vae": "VAE だけ",
    "lesson.interp.predict.both": "両方",
    "lesson.interp.predict.neither": "どちらも通らない",
    "lesson.interp.reveal": "この経路での測定値：最小密度はオートエンコーダで典型的な値の {ae} 倍、VAE で {vae} 倍でした（{hole} 未満が穴です）。",
    # Errors
    "error.checkpoint": "**モデルを読み込めませんでした。** {reason}\n\nプロジェクトのフォルダで次のコマンドを実行してから、ページを再読み込みしてください：\n\n`{command}`",
    "error.checkpoint.missing_metadata": "説明ファイル {file} が見つかりません。",
    "error.checkpoint.corrupt_metadata": "説明ファイル {file} が壊れています（JSON として読めません）。",
    "error.checkpoint.wrong_metadata": "説明ファイル {file} は別のモデルまたはデータセットのものです。",
    "error.checkpoint.missing_weights": "重みファイル {file} が見つかりません。",
    "error.checkpoint.checksum": "重みファイル {file} が壊れています（チェックサムが一致しません）。",
    "error.checkpoint.config_mismatch": "{file} に記録された設定が、このバージョンのモデルに合いません。",
    "error.checkpoint.unreadable": "重みファイル {file} を読み込めません。",
    "error.checkpoint.shape_mismatch": "{file} の重みが、このバージョンのモデルに合いません。",
    "error.bundle": "**表示用の画像を読み込めませんでした。** {file} が見つからないか、壊れています。\n\nプロジェクトのフォルダで次のコマンドを実行してから、ページを再読み込みしてください：\n\n`{command}`",
    "loading.models": "モデルを読み込み、テスト画像 {images} 枚をエンコードしています（サーバー起動後の最初の表示のときだけ待ちます）…",
    "loading.frames": "経路上のすべてのフレームをデコードしています…",
    "loading.samples": "サンプルを生成し、分類器で判定しています…",
    "player.play": "再生",
    "player.pause": "一時停止",
    "player.speed": "再生速度",
    "kind.ae": "オートエンコーダ（潜在変数 2 次元）",
    "kind.vae": "VAE（潜在変数 2 次元）",
    "kind.vae_beta0.1": "VAE（β = {beta}）",
    "kind.vae_beta4": "VAE（β = {beta}）",
    "kind.classifier": "CNN 分類器（判定役）",
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
        "| 系統 | 基本的な考え方 | サンプルの作り方 | このアプリでの掲載ページ |\n|---|---|---|---|\n| オートエンコーダ / VAE | x を小さな潜在変数 z "
        "にエンコードし、そこからデコードして元に戻す。VAE では z を事前分布 N(0, I) に引き寄せる | VAE：z ~ N(0, I) を引き、デコーダに通す（ふつうの AE には z "
        "を引くための分布がない） | *AE と VAE の比較*、*潜在空間での補間* |\n| GAN | 生成器と識別器が「偽物か本物か」のゲームをする | ノイズ z を生成器に通す | *GAN "
        "の学習を再生*、*2 次元 GAN* |\n| 正規化フロー | 可逆なネットワークでガウス分布をデータに変換する。尤度を厳密に計算できる | ガウスノイズにフローの逆変換を施す | *2 "
        "次元のフロー*、*画像のフロー* |\n| 拡散モデル | 少しずつノイズを加える過程を、一歩ずつ元に戻すことを学習する | 純粋なノイズから始めて、1 ステップにつきネットワークを 1 "
        "回呼びながら少しずつノイズを取り除く | *拡散過程*、*逆拡散過程* |\n"
    ),
    "home.families.compare": "**{compare}** では 4 つの系統を並べて比べます。元記事のまとめの表（尤度・学習の安定性・忠実度・生成速度）に、このアプリ自身のモデルで測った値を添えています。",
    "home.mle.title": "出発点：最尤推定",
    "home.mle.body": (
        "下に示すのは、**隠された**正規分布から得たサンプルです。モデルを当てはめるとは、観測データが得られる確率ができるだけ高くなるように"
        "パラメータを選ぶことです。μ と σ をドラッグしてみましょう。赤い曲線があなたのモデルで、数値はそのモデルのもとでの全サンプルの対数尤度です。"
        "最大になる点を探したら、ボタンを押して正確な答えに移動してみてください。"
        "2 つの数値の代わりにニューラルネットワークを使うとき、この考え方の使い方は系統ごとに異なります。"
        "正規化フローは厳密な対数尤度そのものを最大化します。VAE と拡散モデルは、尤度がすべての潜在変数にわたる積分になっていて"
        "厳密には計算できないため、その下界（変分下界、ELBO）を最大化します。GAN は尤度をまったく使いません。"
        "生成器は識別器との敵対的なゲームを通じて学習します。"
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
    "aevae.title": "AE と VAE の比較",
    "aevae.lead": (
        "オートエンコーダ（AE）と変分オートエンコーダ（VAE）は、どちらも 28×28 の画像（784 個の数値）を、わずか**2 つの数値** "
        "z = (z₁, z₂) のボトルネックに押し込み、その z から画像を復元します。z は 2 次元なので、下の図は射影ではなく、本当の潜在空間そのものです。"
        "デコーダは生成器です。どんな z を与えても画像を描きます。問題は、**どの z** を与えるかです。"
    ),
    "aevae.math": "2 つのモデルの背後にある数式",
    "aevae.math.body": (
        "オートエンコーダ（AE）は再構成誤差を最小化するだけなので、潜在変数 z をどこに置くべきかを教えるものが何もありません。"
        "VAE は各画像を小さなガウス分布の雲 q(z|x)（近似事後分布）としてエンコードし、すべての雲を事前分布 p(z) = N(0, I) に"
        "引き寄せる KL ペナルティを加えます。どちらのデコーダも画素ごとの確率（ベルヌーイ分布）を出力するので、"
        "再構成誤差 −log p(x|z) はナット（nat）単位の交差エントロピーになります。"
    ),
    "aevae.same_scale": "2 つの図で同じスケールを使う",
    "aevae.same_scale_help": "オン：両方の平面で同じ軸の範囲を使うので、AE の空間がどれだけ広いかがわかります。オフ：それぞれの図が自分の潜在ベクトルの範囲に合わせて拡大表示されます。",
    "aevae.explore.title": "テスト画像 {images} 枚の潜在空間",
    "aevae.explore.caption": (
        "各点は 1 枚のテスト画像で、その潜在ベクトル z（VAE では q(z|x) の平均）の位置に置かれ、クラスごとに色分けされています。"
        "破線の円は半径 {r1} と {r2}（N(0, I) の {r1}σ と {r2}σ）です。2 次元ではこの円の内側に確率の {plane1} と {plane2} が入ります"
        "（1 次元の正規分布の {line1} と {line2} ではありません）。"
        "マウスを乗せるとその場所でのデコーダの出力をプレビューでき、クリックすると（点の上でも何もない場所でも）その点を下で両方のデコーダでデコードします。"
        "点をクリックすると、その画像も選択されます。赤い×印はデコードする点、黒い円は選んだ画像です。"
    ),
    "aevae.explore.hover_hint": "平面の上にマウスを乗せると、その点でデコーダが描く画像をプレビューできます。",
    "aevae.explore.preview": "デコーダの出力:",
    "aevae.ae.scatter_title": "オートエンコーダ：z = encoder(x)",
    "aevae.vae.scatter_title": "VAE：z = q(z|x) の平均",
    "aevae.ae.short": "オートエンコーダ",
    "aevae.vae.short": "VAE",
    "aevae.decode.title": "平面上の点をデコードする",
    "aevae.decode.caption": "座標（平面に表示している範囲 {low} 〜 {high}）を入力するか、平面をクリックしてください。同じ z を両方のデコーダに通し、分類器が何に見えるかを答えます。",
    "aevae.decode.readout": "分類器の判定：**{verdict}**（{confidence}）  \nこの位置のテスト画像の潜在ベクトルの密度：典型的な値の **{density}倍**",
    "aevae.decode.hole": (
        "穴です：上に表示したテスト画像 {images} 枚のうち、この点の近くにエンコードされたものはほとんどありません"
        "（VAE では q(z|x) の平均で数えています）。デコーダはこのような z で学習したことがほとんど（あるいはまったく）ないため、"
        "ここで描く画像がデータらしく見える保証はありません。"
    ),
    "aevae.image.title": "1 枚の画像を両方のモデルに通す",
    "aevae.image.input": "入力 #{index}：{label}",
    "aevae.image.terms": (
        "**AE** の再構成誤差 −log p(x|z)（z = encoder(x) で計算）：**{ae}** ナット  \n"
        "**VAE** の再構成誤差 −log p(x|z)（近似事後分布から 1 回サンプリングした z ~ q(z|x) で計算。"
        "期待値 −E_q[log p(x|z)] の 1 サンプル推定）：**{rec}** ナット  \n"
        "**VAE** の KL(q(z|x) ‖ N(0, I))（厳密な値）：**{kl}** ナット  \n"
        "**VAE** の変分下界 ELBO ≈ −({rec} + {kl}) = **{elbo}** ナット（上の VAE の 2 つの数値から計算した 1 サンプル推定）"
    ),
    "aevae.image.caption": (
        "2 つの再構成誤差は同じ方法で測ったものではありません。AE はその 1 つの潜在ベクトルで、VAE はランダムに引いた "
        "z ~ q(z|x) で測っており、後者は平均的に q(z|x) の平均でデコードするより少し悪くなります。同じ方法"
        "（VAE も q(z|x) の平均でデコードし、テストデータ全体で平均した値。ページ末尾の「これらのモデルについて」を参照）で比べると：\n{comparisons}\n\n"
        "{verdict}β を小さくしたり大きくしたりすると何が変わるかは、下の β の節で示します。"
    ),
    "aevae.image.versus.better": "{dataset}：VAE の再構成は AE より {difference} ナット良くなっています（{vae} 対 {ae} ナット）",
    "aevae.image.versus.worse": "{dataset}：VAE の再構成は AE より {difference} ナット悪くなっています（{vae} 対 {ae} ナット）",
    "aevae.image.versus.same": "{dataset}：VAE は AE と同じくらいよく再構成できています（{vae} 対 {ae} ナット）",
    "aevae.recon.no_cost": (
        "潜在変数が 2 次元のボトルネックでは、β = 1 の KL 項は再構成の質を損なっていません。q(z|x) の平均で測ると、"
        "どのデータセットでも VAE は AE と同じかそれ以上によく再構成しています。"
    ),
    "aevae.recon.cost": (
        "q(z|x) の平均で測ると、少なくとも 1 つのデータセットで VAE の再構成は AE より悪くなっています。そこでは、"
        "潜在変数が 2 次元のボトルネックでも β = 1 の KL 項が再構成の質をいくらか下げています。"
    ),
    "aevae.sample.title": "N(0, I) からサンプリングする",
    "aevae.sample.body": (
        "ランダムな点 z ~ N(0, I) を引き、それぞれのモデルでデコードします。VAE は潜在変数をこの分布に引き寄せる KL 項を含めて学習されていますが、"
        "AE はそうではないため、ランダムな点の多くが穴やデータの外側に落ちてしまいます。"
    ),
    "aevae.sample.button": "新しいサンプルを引く",
    "aevae.sample.metric": "認識できたサンプル",
    "aevae.sample.metric_help": "評価した {count} 個のサンプル（図には最初の {shown} 個を表示）のうち、分類器が {confident} 以上の確率で 1 つのクラスに割り当てたものの割合です。",
    "aevae.sample.classes": "カバーしたクラス数",
    "aevae.sample.classes_help": "分類器が {count} 個のサンプルに割り当てたクラスの分布のエントロピーの exp です。10 クラスが均等に現れれば 10、すべて同じクラスなら 1 になります。",
    "aevae.sample.caption": "2 つの行は、まったく同じ {shown} 個のランダムな点（評価に使う {count} 個のうち最初の {shown} 個）をデコードしたものです。",
    "aevae.lattice.title": "デコードした格子：多様体のイメージ",
    "aevae.lattice.body": "それぞれの平面全体に {n}×{n} の規則的な格子点を置いてデコードします。各タイルは、その位置でデコーダが描く画像です。",
    "aevae.lattice.caption": "{model}：z₁ は {x0} から {x1}（左から右）、z₂ は {y1} から {y0}（上から下）",
    "aevae.beta.title": 'KL の重み β：潜在変数を N(0, I) にどれだけ強く引き寄せるか',
    "aevae.beta.body": ("同じ VAE を、KL 項の重み β = {betas} のそれぞれで学習しました。β = 1 が上で使っている通常の変分下界（ELBO）です。"
                     "β が小さいと潜在変数は事前分布から離れていき（潜在空間が広くいびつになり、N(0, I) からのサンプルがデータの一部を"
                     "取りこぼすことがあります）、β が大きいと潜在変数は事前分布に押し込まれ、サンプリングは簡単になりますがクラス同士の重なりが増えます。"
                     "表の下に、それぞれの β が各データセットのテストでの数値をどう変えるかを、チェックポイントから読み込んで示します。"
                     "この節の再構成誤差はすべて、画像ごとに z を 1 回サンプリングして測った再構成項です。"),
    "aevae.beta.small.none": "**β = {beta}** にしても、β = 1 より再構成は良くなりません。潜在変数が 2 つしかないので、ボトルネックそのものが限界になっているためです。",
    "aevae.beta.small.slight": "**β = {beta}** にしても、β = 1 より再構成はわずかしか良くなりません（誤差の {limit} 未満）。潜在変数が 2 つしかないので、ボトルネックそのものが限界になっているためです。",
    "aevae.beta.small.gain": "**β = {beta}** にすると、β = 1 より再構成が良くなります。",
    "aevae.beta.large.rises": "**β = {beta}** では、どのデータセットでも再構成項が β = 1 より大きくなります。",
    "aevae.beta.large.mixed": "**β = {beta}** でも、再構成項が β = 1 より大きくならないデータセットがあります。",
    "aevae.beta.versus.better": "{dataset}：{value} ナット（β = 1 では {reference}）、{difference} ナット良い",
    "aevae.beta.versus.worse": "{dataset}：{value} ナット（β = 1 では {reference}）、{difference} ナット悪い",
    "aevae.beta.versus.same": "{dataset}：{value} ナット（β = 1 では {reference}）、同じ",
    "aevae.beta.elbo.one": "ちょうど ELBO を目的関数として学習した唯一のモデルである **β = {beta}** が、どのデータセットでも −ELBO が最も小さくなります：",
    "aevae.beta.elbo.other": "ちょうど ELBO を目的関数として学習したのは β = {beta} だけですが、−ELBO が最も小さいのがどのデータセットでも β = {beta} とは限りません：",
    "aevae.beta.elbo.row": "{dataset}、−ELBO（ナット）：{values}",
    "aevae.beta.plane_title": 'β = {beta}',
    "aevae.beta.col.reconstruction": '再構成誤差（サンプリングした z、ナット）',
    "aevae.beta.col.kl": 'KL（ナット）',
    "aevae.beta.col.gaussian": '潜在ベクトルに当てはめたガウス分布の KL',
    "aevae.beta.col.classes": 'N(0, I) からのサンプルがカバーしたクラス数',
    "aevae.beta.samples_caption": 'β = {beta}：z ~ N(0, I) をデコードした {count} 個のサンプル',
    "aevae.beta.caption": '再構成誤差と KL：各モデルの学習時に書き出したテストデータでの平均値（画像ごとに z を 1 回サンプリング）。ガウス分布の KL とカバーしたクラス数：ここで表示用の {images} 枚の画像と {samples} 個の事前分布サンプルから計算しています。',
    "aevae.notice": (
        "注目ポイント：AE の潜在ベクトルは広い範囲に散らばり、クラスの間に何もない隙間があります。隙間をデコードすると、"
        "ぼやけた混ざりものや、誰も書いたことのない形になります。VAE は潜在ベクトルを原点のまわり、N(0, I) の円の中に詰め込み、"
        "穴はずっと少なく小さくなるので、N(0, I) から引いたランダムな点をデコードしても、たいていデータらしい画像になります。"
        "{reconstruction}"
    ),
    "own.title": "自分の画像を両方のモデルに通す",
    "own.body": "マウスや指で数字（または衣類）を描くか、写真をアップロードしてください。MNIST の画像と同じ手順で整えます：インクの外接矩形を縦横比を保ったまま {box}×{box} ピクセルに収め、その重心を {frame}×{frame} の枠の中心に置きます。そのあと両方のエンコーダが上の潜在平面にその位置を示し（星印）、両方のデコーダが再構成し、分類器が何に見えるかを答えます。",
    "own.draw": "描く",
    "own.upload": "アップロード",
    "own.pad_label": "お絵かき用の枠：黒地に白いインクで描きます",
    "own.clear": "消す",
    "own.upload_label": "画像ファイル（PNG、JPEG、GIF、BMP、WebP、TIFF。{megabytes} MB まで）",
    "own.upload_help": "白い紙に濃いインクで書いた写真でも使えます。MNIST と同じく黒地に明るい文字へ反転します。",
    "own.prepared": "整えた 28×28 の入力",
    "own.readout": "分類器の判定：**{verdict}**（{confidence}）  \nAE の潜在変数 z = ({ae_z1}, {ae_z2})、VAE の潜在変数 z = ({vae_z1}, {vae_z2})  \nその位置のテスト画像の潜在ベクトルの密度：AE は典型的な値の **{ae_density}倍**、VAE は **{vae_density}倍**",
    "own.empty": "まだ何も描かれていないか、アップロードされていません。",
    "own.error.too_large": "ファイルが {megabytes} MB を超えています。数字 1 つの写真ならずっと小さくて足ります。小さい画像で試してください。",
    "own.error.not_image": "このファイルは画像として読み込めませんでした。PNG か JPEG で試してください。",
    "own.error.too_many_pixels": "画素数が多すぎます（{pixels} 画素超）。小さい画像で試してください。",
    "own.error.too_small": "画像が小さすぎます（1 辺が {side} ピクセル未満）。もっと大きい画像で試してください。",
    "own.error.too_wide": "画像が細長すぎます（縦横比が {ratio} 倍を超えています）。数字のまわりで切り抜いてください。",
    "own.error.blank": "インクが見つかりません。画像が空か、一色だけです。数字を描くか撮影してください。",
    "own.note.animated": "アニメーション画像です。最初のフレームを使います。",
    "own.note.transparent": "透明な部分は白い背景の上に置きました。",
    "own.note.inverted": "明るい背景に濃いインクの画像だったので、MNIST と同じく黒地に明るい文字へ反転しました。",
    # Interpolation
    "interp.title": "潜在空間を歩く",
    "interp.lead": (
        "テスト画像 A と B を 2 枚選びます。それぞれの潜在ベクトル z_A と z_B（VAE では q(z|x) の平均）は、潜在平面上の 2 つの点です。"
        "α を 0 から 1 まで動かして 2 点を結ぶ直線上を歩き（VAE では円弧、slerp に切り替えられます）、"
        "途中のすべての点を、オートエンコーダと VAE のそれぞれでデコードします。"
    ),
    "interp.pick_start": "画像 A（クラス）",
    "interp.pick_end": "画像 B（クラス）",
    "interp.vae_path": "VAE の経路",
    "interp.path.linear": "線形",
    "interp.path.slerp": "球面線形補間 (slerp)",
    "interp.pick_caption": "クラスを選ぶと、両方のモデルが見分けのつく形で再構成できるそのクラスの画像が 1 枚選ばれます。**別の例** を押すと、別の画像に変わります。下の潜在平面をクリックすることもできます。最も近いテスト画像が A または B になります（どちらにするかはスライダーの横で選びます）。",
    "interp.another": "別の例",
    "interp.another_help": "この端点に、同じクラスの別のテスト画像を選びます。",
    "interp.viewer.play": "再生",
    "interp.viewer.pause": "一時停止",
    "interp.viewer.alpha_label": "α",
    "interp.viewer.click_sets": "平面をクリックして設定：",
    "interp.viewer.start": "A",
    "interp.viewer.end": "B",
    "interp.viewer.click_hint": "クリックすると、最も近いテスト画像を端点として選びます",
    "interp.viewer.density_title": "経路に沿った潜在ベクトルの密度（典型的な密度の何倍か、対数スケール）",
    "interp.viewer.hole_band": "{hole} 未満：穴",
    "interp.strip.title": "経路全体を一覧表示（α = 0, {step}, …, 1）",
    "interp.numbers.title": "この経路に沿った測定値",
    "interp.numbers.min_density": "{model}：経路上の最小密度",
    "interp.numbers.confident": "{model}：一覧で認識されたフレーム",
    "interp.numbers.caption": (
        "密度：経路上の各点における、表示用のテスト画像 {images} 枚の潜在ベクトル（VAE では q(z|x) の平均）の k 近傍密度（k = {k}）を、"
        "典型的な潜在ベクトルの位置での密度（各潜在ベクトルから k 番目に近い点までの距離の中央値から求めます）で割ったものです。"
        "これにより、2 つの潜在空間を同じスケールで比べられます。最小密度はこの単位（典型的な値の何倍か）で示し、{hole} 未満を穴とみなします。"
    ),
    "interp.notice": (
        "注目ポイント：AE の直線は、クラスの間の何もない領域を横切ることが多く（密度の曲線が赤い帯まで下がります）、"
        "そこでは画像が奇妙な記号に変わってしまいます。VAE の経路はたいてい潜在ベクトルが密集した場所にとどまり、画像はなめらかに変化します。"
        "球面線形補間 (slerp) は原点まわりの角度を一定の速さで回し、真ん中を突っ切る代わりに円弧に沿って進みます。"
        "|z_A| = |z_B| なら 1 つの円の上にとどまり、2 つの端点のなす角が直角以下なら原点からの距離は |z_A| と |z_B| の間に収まります。"
        "角度がそれより大きく長さが違うときは、この範囲から外れ、両端点よりも外側へふくらむことがあります。"
        "2 次元では、密な領域にとどまるために slerp は必要ありません。原点は N(0, I) で最も密度の高い点なので、直線で十分です。"
        "slerp は高次元の潜在空間と比べるために示しています。高次元では N(0, I) のサンプルのほとんどが半径 √d 付近の薄い殻に集まるため、"
        "2 つのサンプルを結ぶ直線はその殻の内側、N(0, I) がほとんどサンプルを置かない領域に入り込んでしまうのです。"
    ),
    "aevae.explore.unrelated": (
        "2 つの平面の座標どうしには何の関係もありません。それぞれのモデルが独自の潜在空間を作っているので、"
        "同じ z = (z₁, z₂) を両方のデコーダに通しても、2 つの平面でその点が意味するものは異なり、デコードされた 2 枚の画像が似ている必要もありません。"
    ),
    "aevae.math.variational": (
        "**なぜ「変分」なのか？** VAE は、オートエンコーダの発展形というより、ベイズ統計の変分推論の応用として生まれました。"
        "どんなエンコーダ q(z|x) を使っても、対数尤度はちょうど 2 つの部分に分解できます："
        "log p(x) = ELBO(x) + KL(q(z|x) ‖ p(z|x))。真の事後分布 p(z|x) = p(x|z) p(z) / p(x) は、"
        "p(x) がすべての z にわたる積分なので計算できませんが、ELBO は計算できます。KL は決して負にならないので、"
        "ELBO は log p(x) の下界（変分下界）であり、q(z|x) が真の事後分布に一致するときだけ log p(x) と等しくなります。"
        "さらに log p(x) は q に依存しないので、q を動かして ELBO を大きくすることは KL(q(z|x) ‖ p(z|x)) を小さくすることと同じです。"
        "つまり ELBO を最大化すると、尤度の下界を押し上げると同時に、近似事後分布 q(z|x) を真の事後分布に近づけることになります。"
    ),
    "aevae.math.kl_closed_form": (
        "**KL 項にはサンプリングがいりません。** q(z|x) = N(μ, diag σ²) と事前分布 N(0, I) はどちらもガウス分布なので、"
        "その KL ダイバージェンスは閉じた式で書けます：KL = ½ Σₖ (μₖ² + σₖ² − log σₖ² − 1)（2 つの潜在次元について和をとる）。"
        "損失ではこの式をそのまま使い、ランダムな z のサンプルで推定するのは再構成項だけです。"
    ),
    "aevae.math.reparam": (
        "**なぜ再パラメータ化が必要なのか？** 学習には、再構成項のエンコーダの μ と σ についての勾配が必要です。"
        "しかし、ランダムに引いた z ~ N(μ, σ²) を通して勾配を流すことはできません。引いた値は μ と σ の微分可能な関数ではないからです。"
        "z = μ + σ ⊙ ε（ε ~ N(0, I)）と書き直すと、ランダムさはどのパラメータにも依存しない ε に移ります。"
        "すると z は μ と σ のふつうの微分可能な関数になり、誤差逆伝播がエンコーダまで届きます。"
    ),
    "aevae.sample.ae_no_region": (
        "ふつうの AE には、サンプリングするための領域がありません。学習の中に、潜在ベクトルがどこにどれくらいの密度で"
        "あるべきかを決めるものが何もないので、AE から「サンプリング」するとは z の分布を推測することを意味します。"
        "N(0, I) は AE にとってそうした推測の 1 つにすぎず、ほかのどんな分布を選んでも推測であることに変わりありません"
        "（学習後に潜在ベクトルに分布を当てはめれば、それは AE とは別の 2 つ目のモデルになります）。"
    ),
    "interp.numbers.confident_help": (
        "上の一覧の {frames} フレーム（α = 0, {step}, …, 1）のうち、分類器が {confident} 以上の確率で 1 つのクラスに割り当てたフレームの数です。"
    ),
    "latex.reconstruction": "再構成誤差",
    "latex.or": "または",
    "lesson.interp.6": "**自分の画像を A または B に** を開いて数字を描き（またはアップロードし）、**A にする** か **B にする** を選びましょう。両方の潜在空間で、経路があなたの画像から始まる（または終わる）様子を見ましょう。",
    "interp.own.title": "自分の画像を A または B に",
    "interp.own.use_as": "自分の画像の使い方",
    "interp.own.as.off": "使わない",
    "interp.own.as.start": "A にする",
    "interp.own.as.end": "B にする",
    "interp.own.empty": "まだ何も描かれていないか、アップロードされていません。",
    "interp.own.codes": "AE の潜在ベクトル z = ({ae_z1}, {ae_z2})、VAE の潜在ベクトル z = ({vae_z1}, {vae_z2})（q(z|x) の平均）",
    "interp.own.in_use": "経路はここから始まる（またはここで終わる）ようになりました。端点 {end}（平面上の ✎）があなたの画像です。",
    "interp.own.caption": "両方のエンコーダがあなたの画像を潜在平面上に置き、経路はその潜在ベクトルから（またはそこへ）伸びます。その端点のクラスを選ぶか平面をクリックすると、テスト画像に戻ります。",
    # Model cards
    "card.title": "これらのモデルについて（学習とテストの数値）",
    "card.model": "モデル",
    "card.data": "学習 / テスト画像数",
    "card.training": "学習",
    "card.metrics": "テストでの指標",
    "card.metric.test_accuracy": "正解率",
    "card.metric.test_reconstruction_nats": "潜在ベクトル z での再構成誤差（VAE は q(z|x) の平均）",
    "card.metric.test_elbo_reconstruction_nats": "サンプリングした z での再構成誤差",
    "unit.nats": "ナット",
    "unit.bits_per_dim": "ビット/次元",
    "card.metric.test_kl_nats": "KL",
    "card.metric.test_negative_elbo_nats": "−ELBO",
    "card.metric.latent_gaussian_fit_kl": "潜在ベクトルに当てはめたガウス分布の KL",
    "card.caption": (
        "学習時に書き出されたチェックポイントの JSON ファイルから読み込んでいます。−ELBO は画像ごとに z を 1 回サンプリングした"
        "再構成項を使うので、ここに示す再構成誤差（平均の潜在ベクトルで計算）と KL の和にはなりません。"
        "再学習するには `{command}` を実行します。"
    ),
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
    "sidebar.seed_clamped": "シード {asked} は {low}〜{high} の範囲外のため、{used} を使っています。",
    # --- GAN pages (issue: GAN training viewer) ---
    "nav.gan": "GAN",
    "nav.gan_replay": "GAN の学習を再生",
    "nav.gan_live": "2 次元 GAN とモード崩壊",
    "kind.gan": "DCGAN（生成器 + 識別器）",
    "card.fidelity": 'FID {fid}（n = {n}、本物の基準値 {reference}）',
    "eval.missing": "このチェックポイントの評価値はまだ測定されていません。`{command}` を実行してください。",
    "gan.error.recording": "**学習の記録ファイル {file} が見つからないか、読み込めません。** プロジェクトのフォルダで次のコマンドを実行すると、生成器と一緒に作り直せます：\n\n`{command}`",
    "gan.replay.title": "GAN の学習を再生する",
    "gan.replay.lead": (
        "GAN にはエンコーダも尤度もありません。**生成器** G はランダムなノイズ z（潜在変数）を画像に変え、**識別器** D（ふつうの 2 値分類器）は本物の学習画像と G の画像を見分けます。2 つは交互に学習します。"
        "まず D が G の偽物を見抜けるように学習し、次に G が更新後の D をだませるように学習します。G は数字がどんな形かを直接教わることはなく、D から返ってくる勾配だけを頼りに学びます。\n\n"
        "下は、このアプリに同梱した小さな DCGAN の実際の学習の記録です。記録したどの時点でも同じノイズを G に通しているので、1 つの生成器が上達していく様子をそのまま見られます。スライダーを動かすか、再生を押してください。"
    ),
    "gan.replay.math": "目的関数と交互の更新",
    "gan.replay.math.objective": (
        "D(x) は x が本物だと識別器が判断する確率、p はデータの分布、q は G(z)（z ~ N(0, I)）の分布です。"
        "（シード記事 003 はデータの分布を P(x)（または p_data(x)）、生成器の分布を Q(x) と書きます。記事の P がこのページの p、Q が q、p(z) が N(0, I) にあたります。）ゲームは次のとおりです："
    ),
    "gan.replay.math.alternating": (
        "学習の 1 ステップでは、本物の画像 m 枚とノイズ m 個を使い、2 つのオプティマイザで**交互に 2 回更新**します。"
        "まず D が V を大きくする方向に更新され（本物にラベル 1、生成画像にラベル 0 の交差エントロピー）、次に G が"
        "**非飽和（non-saturating）損失** −log D(G(z)) を小さくする方向に更新されます。元の log(1 − D(G(z))) は、D が G の画像を"
        "自信をもって偽物と判定しているとき、つまり学習の初期にほとんど平らで勾配が消えてしまいます。−log D(G(z)) は同じ"
        "不動点をもち、そこでも大きな勾配を返します。"
    ),
    "gan.replay.math.optimal": "G を固定したときの最適な識別器と、そのときのゲームの値：",
    "gan.replay.math.nonsaturating": (
        "つまりミニマックス損失 log(1 − D(G(z))) と最適な D のもとでは、G は Jensen–Shannon ダイバージェンス（q = p のときだけ 0）を最小化することになります。"
        "**このアプリが学習に使うのは、その代わりの非飽和損失 −log D(G(z)) です**（この画像の GAN も、次のページの 2 次元 GAN も）。その D* での値には、このようなきれいな形はありません。"
        "G が 1 ステップ進む間 D* を固定すると、その勾配は KL から JSD の 2 倍を引いた量の勾配になります（Arjovsky & Bottou, 2017）："
    ),
    "gan.replay.math.seed_loss": (
        "シード記事 003 は、3 つ目の生成器の損失として 2 つの和 log(1 − D(G(z))) − log D(G(z)) = log[(1 − D(G(z))) / D(G(z))] を使います。"
        "D* では (1 − D*)/D* = q/p なので、その値は記事のとおり KL(q‖p) に**ちょうど**等しくなります（記事はこの損失の中で G(z) を G(x) と書いていますが、G(z) の誤りです）："
    ),
    "gan.replay.math.seed_note": (
        "したがって −2·JSD の項は非飽和損失のもので、記事の和の損失のものではありません。記事の「GAN は KL(Q‖P) を最小化するよう学習している」が成り立つのはこの和の損失だけです。"
        "ミニマックスのゲームが最小化するのは JSD（上の式）で、このアプリで学習する損失は KL − 2·JSD の勾配に従います。記事の損失にもここで学習する損失にも KL(q‖p) が含まれます。"
        "KL(q‖p) は、p がまず生み出さない画像を G が作ると大きくなる一方、G が作らない p の部分にはほとんど反応しません。これが GAN がモードを取りこぼす（モード崩壊、次のページ）理由の 1 つです。"
    ),
    "gan.replay.run.title": "学習の記録",
    "gan.replay.run.caption": "{total} 回の交互更新（バッチ {batch}）のうち {frames} 時点を記録。損失は前のフレームからの更新の平均です。グリッドと分類器が判定する {n} 個のサンプルは、G の重みの移動平均（学習の最後に保存される生成器）から作っています。",
    "gan.replay.frame_label": "更新 {step} / {total}",
    "gan.replay.grid_title": "G(z)（z は固定）",
    "gan.replay.grid_subtitle": "{count} 個のノイズ",
    "gan.replay.chart.losses": "損失：G（−log D(G(z))）と D（交差エントロピー）",
    "gan.replay.chart.x": "更新 →",
    "gan.replay.series.g_loss": "G の損失",
    "gan.replay.series.d_loss": "D の損失",
    "gan.replay.series.g_eq": "D ≡ ½ のときの G：log 2",
    "gan.replay.series.d_eq": "D ≡ ½ のときの D：2 log 2",
    "gan.replay.chart.d": "本物に対する D(x) と生成画像に対する D(G(z)) の平均",
    "gan.replay.chart.judge": "分類器の判定：サンプルの {share} 以上を占めるクラスの数（左）と、{threshold} 以上の確率で認識された割合（右）",
    "gan.replay.chart.fid": '学習中に記録した {n} サンプルの FID（比較対象：{reference}、対数目盛。この曲線の中でだけ比べられます）',
    "gan.replay.chart.reference_own": "本物のテスト画像 {n} 枚",
    "gan.replay.chart.reference_shared": 'テストデータ全体の統計（共通の評価手順）',
    "gan.replay.series.covered": "クラス数",
    "gan.replay.series.confident": "認識率",
    "gan.replay.slider": "学習の更新回数",
    "gan.replay.notice.title": "**注目するところ**",
    "gan.replay.notice.losses": (
        "- **損失は画像よりずっと早く落ち着きます。"
        "** FID（最後のグラフ）が最終値 {fid} の {near} 以内に入るのは更新 {step} になってからで、そのときの損失は G {g}、D {d}、最後は G {g_end}、D {d_end} です。"
        "どちらも D(x) = D(G(z)) = ½ のときの値、G の log 2 = {g_eq} と D の 2 log 2 = {d_eq}（薄い線）の近くにあります。"
        "GAN の損失は、同じように上達していく相手を基準に測られるので、両者が釣り合うと、画像がどれだけ良くなってもこれらの値の近くにとどまります。画像そのものを測るのは、分類器の曲線と FID です。"
    ),
    "gan.replay.notice.losses_neutral": (
        "- **損失が測っているもの。** FID（最後のグラフ）が最終値 {fid} の {near} 以内に入るのは更新 {step} で、そのときの損失は G {g}、D {d}、最後は G {g_end}、D {d_end} です。"
        "D(x) = D(G(z)) = ½ なら、G の損失は log 2 = {g_eq}、D の損失は 2 log 2 = {d_eq}（薄い線）になります。"
        "GAN の損失は、同じように上達していく相手を基準に測られるので、損失が表すのは両者の釣り合いで、画像の良さではありません。画像そのものを測るのは、分類器の曲線と FID です。"
    ),
    "gan.replay.notice.d": (
        "- **D(x) と D(G(z)) の行き着く先。** D が本物と生成画像をいちばんはっきり見分けているのは更新 {step} です（D(x) = {real}、D(G(z)) = {fake}）。"
        "最後は {real_end} と {fake_end} です。G がデータと完全に一致すれば、最適な D でも両方 ½ しか出せません（D* = p / (p + q) = ½）。"
        "したがって差が残っているのは、D がまだ違いを見つけられるということです。逆は成り立ちません。D(x) ≈ D(G(z)) ≈ ½ は、学習が止まった D や、違いを見分けられないほど弱い D でも、G が何を作っていても出る値です。"
        "{check}"
    ),
    "gan.replay.notice.d_check": (
        "本当の均衡と何も見えていない D を見分けるには、画像そのものを測ります。"
        "更新 {settle} 以降、D(x) は {real_low}〜{real_high}、D(G(z)) は {fake_low}〜{fake_high} にとどまりましたが、その間も FID は {fid_settle} から {fid_end} へ下がり続け、最後にはサンプルが {total} クラスのうち {classes} クラスをカバーしています（判定した {n} 個のサンプルの {share} 以上を占めるクラス）。"
        "G は、ついてくる D を相手に上達し続けたのです。何も見えていない D の前で G が止まっていれば、FID は平らなままです。"
    ),
    "gan.replay.notice.d_check_neutral": (
        "更新 {settle} 以降、D(x) は {real_low}〜{real_high}、D(G(z)) は {fake_low}〜{fake_high} にとどまり、その間に FID は {fid_settle} から {fid_end} になりました。"
        "最後にサンプルがカバーしているのは {total} クラスのうち {classes} クラスです（判定した {n} 個のサンプルの {share} 以上を占めるクラス）。"
        "本当の均衡と何も見えていない D を見分けられるのは、こうした画像そのものの測定だけです。D の出力が変わらないまま FID が下がり続けるなら、G はついてくる D を相手に上達しています。"
        "FID が下がらないなら、何も見えていない D の可能性は残ります。"
    ),
    "gan.replay.notice.judge": (
        "- **判定役もだまされます。** 更新 {step} ではどの画像も灰色のノイズなのに、分類器はその {confident} を {threshold} 以上の確率で認識します。"
        "確信度だけなら「良い」と判断してしまいますが、クラスの数（{total} のうち {classes}）と、特徴量の分布全体を本物の画像と比べる FID はそうは判断しません。"
    ),
    "gan.replay.notice": "GAN はくっきりしたサンプルを生成しますが、尤度はありません。VAE のように nats で比べる数値がないので、このアプリでは独自の分類器で評価しています（認識率、カバーしたクラス、その特徴量での FID）。",
    "gan.final.title": "学習を終えた生成器",
    "gan.final.body": "新しいノイズからは新しい画像が生まれます。ボタンを押すたびに新しい z ~ N(0, I) を {count} 個引き、その G(z) をすべて表示して分類器に判定させます。",
    "gan.final.button": "新しいサンプル（新しいシード）",
    "gan.final.caption": "新しいノイズ {count} 個に対する G(z)（シード {seed}）",
    "gan.final.confident": "認識されたサンプル",
    "gan.final.confident_help": "表示した {count} 個のサンプルのうち、分類器が {threshold} 以上の確率で 1 つのクラスに割り当てた割合。",
    "gan.final.covered": "カバーしたクラス",
    "gan.final.covered_help": "表示した {count} 個のサンプルの {share} 以上（{least} 個以上）が割り当てられたクラスの数。モード崩壊した生成器では少なくなります。",
    "gan.final.max_softmax": "平均確信度",
    "gan.final.max_softmax_help": "分類器が出す最大のクラス確率を、表示した {count} 個のサンプルで平均した値（1 = 常に確信している）。",
    "gan.final.fid": '**FID**（n = {n}、共通の評価手順。分類器の特徴量で、テストデータ全体の統計と比較）：**{fid}**。**基準値** {reference} の {ratio} 倍です。基準値は本物の学習画像 {n} 枚を同じ方法で採点した値です（完全な生成器でもこの n で得られる値で、有限個のサンプルでは 0 になりません）。KID {kid} ± {kid_sd}（本物の画像では {reference_kid}。KID は不偏なので、ばらつきの範囲で 0 です）、適合率 {precision}（本物らしく見えるサンプルの割合）、再現率 {recall}（サンプルがカバーする本物の画像の割合）。',
    "gan.walk.title": "2 つのノイズの間を歩く",
    "gan.walk.body": (
        "z_A から z_B への {walks} 本の道を並べています。道は直線ではなく大円に沿っています（slerp）。"
        "{latent} 次元では N(0, I) のほぼすべてが半径 √{latent} = {radius} の球面の近くにあり、直線の中点は原点に約 {closer} 近くなります（長さは約 √({latent}/2)）。"
        "そこは学習中に G が見たことのないノイズの領域です。画像はなめらかに変わります。G は連続な写像だからです。"
    ),
    "gan.walk.button": "新しい経路（新しい z_A, z_B）",
    "gan.walk.row_title": "道に沿った G(z)",
    "gan.walk.row_subtitle": "{walks} 本の道",
    "gan.walk.chart": "道に沿った分類器の確信度（{walks} 本の平均）",
    "gan.walk.series": "確信度",
    "gan.walk.slider": "道の上の位置",
    "gan.live.title": "2 次元 GAN をライブで学習：モード崩壊を見る",
    "gan.live.lead": (
        "同じゲームを平面上の点で行います。小さいので、すべての部分を目で追えます（GAN Lab のアイデアを、ここではサーバーで学習）。**緑**の点が本物のデータ、**紫**の点が生成器のサンプルです。"
        "背景は識別器の判定 D(x) で、「本物」と判定する場所は緑、「生成」と判定する場所は紫になります。矢印は、生成器の損失が各サンプルを押す向き ∇ₓ log D(x)（log D の坂を上る向き）です。"
        "矢印が表すのは向きで、長さは各フレームでいちばん長い矢印に合わせてあり、その大きさを凡例の下に表示します。再生を押してから、2 つのプリセットを試してください。"
    ),
    "gan.live.preset.healthy": "プリセット：安定化した GAN（R1 ＋平均）",
    "gan.live.preset.healthy_help": (
        "{target}。学習率 G {lr_g}・D {lr_d}、G 1 ステップあたりの D のステップ数 {d_steps}、ノイズの次元 {latent}。"
        "素朴な GAN の損失に、識別器の R1 ペナルティ（γ = {r1}）を加え、生成器の重みの移動平均（減衰率 {average}）を表示します。"
        "学習が進むにつれて {modes} 個のモードのうちいくつをカバーしたかは、画面の下のカウンターが測ります。"
    ),
    "gan.live.preset.collapse": "プリセット：モード崩壊",
    "gan.live.preset.collapse_help": (
        "{target}。安定化したプリセットとは {count} つの設定が違います：{differences}。それ以外は同じです。"
        "識別器の学習率は生成器の {ratio} 倍ですが、それは違いの 1 つにすぎず、このプリセットではどれが効いているのかを切り分けていません。確かめるには、安定化したプリセットから始めて、設定を 1 つずつ変えてみてください。"
    ),
    "gan.live.preset.summary": "学習率 G {lr_g}・D {lr_d}、G 1 ステップあたりの D のステップ数 {d_steps}、ノイズの次元 {latent}、識別器の R1 ペナルティ γ = {r1}、減衰率 {average} の生成器の移動平均を表示",
    "gan.live.diff.target": "目標の分布が {base} ではなく{value}",
    "gan.live.diff.lr_g": "生成器の学習率が {base} ではなく{value}",
    "gan.live.diff.lr_d": "識別器の学習率が {base} ではなく{value}",
    "gan.live.diff.d_steps": "G 1 ステップあたりの D のステップ数が {base} ではなく{value}",
    "gan.live.diff.latent_dim": "ノイズ（潜在変数）の次元が {base} ではなく{value}",
    "gan.live.diff.seed": "シードが {base} ではなく{value}",
    "gan.live.diff.packing": "D が一度に判定するサンプルの数が {base} ではなく{value}",
    "gan.live.diff.hidden": "隠れ層 1 層あたりのユニット数が {base} ではなく{value}",
    "gan.live.diff.batch_size": "バッチサイズが {base} ではなく{value}",
    "gan.live.diff.r1": "識別器の R1 ペナルティ（γ）が {base} ではなく{value}",
    "gan.live.diff.average": "生成器の移動平均の表示が {base} ではなく{value}",
    "gan.live.diff.separator": "、",
    "gan.live.target": "目標の分布",
    "gan.live.target.ring": "8 個のガウス分布のリング",
    "gan.live.target.grid": "5 × 5 の格子状のガウス分布",
    "gan.live.target.moons": "2 つの三日月",
    "gan.live.target.spiral": "らせん",
    "gan.live.lr_g": "生成器の学習率",
    "gan.live.lr_d": "識別器の学習率",
    "gan.live.d_steps": "生成器 1 ステップあたりの識別器のステップ数",
    "gan.live.d_steps_help": "G を 1 回更新する前に D を何回更新するか。",
    "gan.live.latent": "ノイズの次元（z の大きさ）",
    "gan.live.latent_help": "変えると新しい学習（新しいネットワーク）が始まります。",
    "gan.live.seed": "ノイズのシード",
    "gan.live.average_off": "オフ",
    "gan.live.average_help": "紫の点は、この減衰率で G の重みを移動平均した生成器から出ます（オフ：G そのもの）。G の重みは D を追いかけて揺れ続けますが、その平均はモードの上で落ち着きます（画像の GAN も平均を出荷しています）。学習そのものは変わりません。",
    "gan.live.average": "生成器の移動平均を表示",
    "gan.live.r1_help": (
        "本物の x について γ/2 · E‖∇ₓ ℓ(x)‖² を識別器の損失に加えます。ℓ は識別器のロジットで、D(x) = σ(ℓ(x)) です（Mescheder ら 2018）。"
        "データの上で D のロジットが急に変われないので、D はそこで崖のように鋭くならず、G はどのモードにも向かうほどよい力を受け続けます。0 は素朴な GAN。すぐに反映されます。"
    ),
    "gan.live.r1": "識別器の R1 ペナルティ（γ）",
    "gan.live.one_step": "1 ステップ",
    "gan.live.one_step_help": "生成器を 1 回だけ更新して（その前に識別器も更新）、止まります。",
    "gan.live.reset": "リセット",
    "gan.live.view.play": "再生",
    "gan.live.view.pause": "一時停止",
    "gan.live.view.step": "生成器のステップ",
    "gan.live.view.modes": "カバーしたモード",
    "gan.live.view.hq": "高品質",
    "gan.live.view.g_loss": "G の損失",
    "gan.live.view.d_loss": "D の損失",
    "gan.live.view.real": "本物のデータ",
    "gan.live.view.fake": "生成されたデータ",
    "gan.live.view.d_high": "D が本物と判定",
    "gan.live.view.d_low": "D が生成と判定",
    "gan.live.view.arrows": "∇ₓ log D(x)：G の損失がサンプルを押す向き",
    "gan.live.view.arrow_scale": "矢印は向きを表し、長さはこのフレームで最長の矢印に合わせています。その |∇ₓ log D(x)| =",
    "gan.live.max_steps": "この学習は生成器 {steps} ステップで止まりました（セッションごとの上限）。もう一度始めるにはリセットを押してください。",
    "gan.live.caption": "学習率、ステップ比、R1、平均はすぐに反映されます。目標、ノイズの次元、シードを変えると新しい学習が始まります。サーバーは 1 回のリクエストで生成器を {steps} ステップ学習し、ページはそれを {frames} フレームとして再生します。",
    "gan.live.notice.title": "見どころ",
    "gan.live.notice.body": (
        "- **モード崩壊。** モード崩壊のプリセットでは、紫の点がリングの山のうち少数に集まったり、山から山へ飛び移ったりします。D が G のいる山を偽物と見なすようになると、G は別の山へ移り、損失は振動し続けます。"
        "モードの数は少ないままです。\n- **D が勝つと。** D が G よりずっと先へ進むと、D のロジットの曲面が鋭くなり、G のサンプルがある場所はどこも背景が紫になって、D(G(z)) は 0 に近づきます。それでも矢印は消えません。"
        "G が学習するのは非飽和損失 −log D(G(z)) で、サンプルを押す力は ∇ₓ log D(x) = (1 − D(x)) ∇ₓ ℓ(x)（ℓ は D のロジット）です。"
        "D(x) が 0 に近いと、これはロジットの傾きそのもので、D が鋭くなるほど大きくなり、データの上とは限らず、ロジットがいちばん急に上がる方向を指します。G はそれを追いかけて行き過ぎ、D が学び直します。これが上の飛び移りです。"
        "（勾配が消えるのは元の損失 log(1 − D(G(z))) のほうで、その押す力 D(x) ∇ₓ ℓ(x) は D(x) → 0 で 0 になります。"
        "）矢印の長さはフレームごとに合わせ直しているので、大きさは凡例の下の数値で読み、2 つのプリセットで比べてみてください。\n- **D ≡ ½ のときの損失の値になっても、うまくいったとは限りません。"
        "** D(x) ≈ D(G(z)) ≈ ½ なら、G の損失は log 2 = {g_eq}、D の損失は 2 log 2 = {d_eq} になります。"
        "これは均衡でも、D が何がおかしいのかを見分けられないだけでも同じです（安定化したプリセットの最初のほうのフレームを見てください。カウンターがまだ増えている間に、損失はもうこれらの値の近くにあります）。"
        "両者を見分けるのはカウンターと画面で、損失にはできません。"
    ),
    "gan.live.notice.kl": (
        "データのない場所（q > 0、p ≈ 0）にサンプルを置くと log(q/p) が大きくなり、大きな罰を受けます。"
        "G が一度も訪れないデータのモード（p > 0、q ≈ 0）は、積分の中で q ≈ 0 の重みしかもたないので、ほとんど罰せられません。−2·JSD の項はこの偏りを直しません。"
        "マイナス符号がついているので、モードの欠落を罰するのではなく、p と q の違いをむしろ好みます（Arjovsky & Bottou, 2017）。"
        "シード記事 003 の和の損失 log((1 − D)/D) は、最適な D のもとで KL(q‖p) そのものになり、同じ偏りをもちます。"
    ),
    "gan.live.metric": (
        "数え方は Unrolled GAN、VEEGAN、PacGAN の論文と同じです：{samples} 個のサンプルのうち {share} 以上が中心から 3σ 以内にあれば、そのモードを**カバー**したとみなし、いずれかのモードの 3σ 以内にあるサンプルの割合を**高品質**の割合とします。"
        "三日月とらせんでは、曲線を等しい長さに区切った区間をモードとします。"
    ),
    "lesson.gan_replay.1": "学習の記録で再生を押し（または「学習の更新回数」をドラッグし）、グリッド「G(z)（z は固定）」を見ましょう。どの時点でも同じノイズです。見分けられる形が最初に現れるのはいつですか？",
    "lesson.gan_replay.2": "グラフを読む前に、プレーヤーの下にある予想の質問に答えましょう。画像が良くなっていく間、2 つの損失はどうなるでしょうか？",
    "lesson.gan_replay.3": "次に、同じ時点のグラフ（損失、D(x) と D(G(z))、分類器の判定、FID）と「注目するところ」を読みましょう。画像が良くなったことを教えてくれるのはどの曲線ですか？",
    "lesson.gan_replay.4": "「学習を終えた生成器」で「新しいサンプル（新しいシード）」を何回か押しましょう。サンプルはクラスのうちいくつをカバーしていますか？ FID は本物の画像の基準値からどれくらい離れていますか？",
    "lesson.gan_replay.5": "「2 つのノイズの間を歩く」で再生を押しましょう。画像はなめらかに変わりますか？ 確信度の曲線がいちばん低いのはどこですか？ そのあと「2 次元 GAN とモード崩壊」を開きましょう。",
    "lesson.gan_replay.predict": "学習の間にグリッドはノイズから見分けられる画像へと変わり、FID（最後のグラフ、小さいほど良い）は学習の終わり近くになってもまだ下がっています。画像が良くなり続ける間、2 つの損失（G の −log D(G(z)) と D の交差エントロピー）はどうなるでしょうか？",
    "lesson.gan_replay.predict.track": "最後まで FID と一緒に変わり続け、2 つの一定の値から {tol} 以内にとどまることはない",
    "lesson.gan_replay.predict.settle": "最初に大きく動いたあとは 2 つの一定の値から {tol} 以内にとどまり、FID だけが下がり続ける",
    "lesson.gan_replay.predict.rise": "G の損失が始めより高い値で終わる（D の勝ち）",
    "lesson.gan_replay.reveal": (
        "この学習での測定値（損失はフレーム間の平均、FID は {n} サンプル、小さいほど良い）：更新 {first} で G の損失は {g_first}、D の損失は {d_first} でした。"
        "更新 {settle} から最後の更新 {end} までは、どちらも D(x) = D(G(z)) = ½ のときの値、G の log 2 = {g_eq} と D の 2 log 2 = {d_eq} から {tol} 以内にとどまりました：G は {g_low}〜{g_high}（最後は {g_end}）、D は {d_low}〜{d_high}（最後は {d_end}）。"
        "同じ期間に FID は {fid_settle} から {fid_end} へ、さらに {fid_drop} 下がりました。したがって、この学習での答えは **{answer}** です。"
        "−log ½ = log 2 と −log ½ − log(1 − ½) = 2 log 2 は画像の出来に関係なく成り立ちます。どちらの損失もついてくる相手を基準に測られるので、両者が釣り合うと、損失はもう画像を追いかけません。"
    ),
    "lesson.gan_replay.reveal.unsettled": (
        "この学習での測定値（損失はフレーム間の平均、FID は {n} サンプル、小さいほど良い）：更新 {first} から更新 {end} までに、G の損失は {g_first} から {g_end}、D の損失は {d_first} から {d_end} になり、FID は {fid_first} から {fid_end} になりました。"
        "損失は最後まで、D(x) = D(G(z)) = ½ のときの値（G は log 2 = {g_eq}、D は 2 log 2 = {d_eq}）から {tol} 以内にはとどまりませんでした。"
        "したがって、この学習での答えは **{answer}** です。"
    ),
    "lesson.gan_replay.reveal.flat": (
        "この学習での測定値（損失はフレーム間の平均、FID は {n} サンプル、小さいほど良い）：更新 {first} で G の損失は {g_first}、D の損失は {d_first} でした。"
        "更新 {settle} から最後の更新 {end} までは、どちらも D(x) = D(G(z)) = ½ のときの値、G の log 2 = {g_eq} と D の 2 log 2 = {d_eq} から {tol} 以内にとどまりました：G は {g_low}〜{g_high}（最後は {g_end}）、D は {d_low}〜{d_high}（最後は {d_end}）。"
        "しかし同じ期間に FID は {fid_settle} から {fid_end} になり、{still} 以上は下がりませんでした。この学習では、損失が落ち着くと画像も良くならなくなったのです。"
        "質問の前提がこの学習には当てはまらず、どの選択肢もこの学習をそのままは表していません。"
    ),
    "lesson.gan_replay.reveal.rise": (
        "この学習での測定値（損失はフレーム間の平均、FID は {n} サンプル、小さいほど良い）：更新 {first} から更新 {end} までに、G の損失は {g_first} から {g_end}、D の損失は {d_first} から {d_end} になり、FID は {fid_first} から {fid_end} になりました。"
        "G の損失は始めより高い値で終わったので、この学習での答えは **{answer}** です。"
    ),
    "lesson.gan_live.1": "画面を見ましょう。緑の点が本物のデータ（最初はガウス分布の山のリング）、紫の点が G のサンプル、背景が D の判定です。「1 ステップ」を何回か押しましょう。矢印は紫の点をどちらへ押していますか？",
    "lesson.gan_live.2": "「プリセット：安定化した GAN（R1 ＋平均）」を押し、再生を押す前に、画面の下にある予想の質問に答えましょう。",
    "lesson.gan_live.3": "再生を押し、予想の質問にある生成器のステップ数くらいになるまで「カバーしたモード」のカウンターを見てから、「測定した答えを表示」を押しましょう。カウンターは一定ですか、それとも動きますか？ 「G の損失」と「D の損失」も同じことを教えてくれますか？",
    "lesson.gan_live.4": "「プリセット：モード崩壊」を押して再生しましょう。紫の点はどこへ行きますか？ 「カバーしたモード」と「高品質」を、安定化した GAN のときと比べましょう。「G の損失」と「D の損失」だけでモード崩壊に気づけるでしょうか？",
    "lesson.gan_live.5": (
        "自分で実験：モード崩壊のプリセットは複数の設定を一度に変えています（ボタンのツールチップに一覧があります）。"
        "「プリセット：安定化した GAN（R1 ＋平均）」を押し、そのうち 1 つ（たとえば「識別器の R1 ペナルティ（γ）」や「生成器の学習率」）だけを変えて再生し、カウンターを見ましょう。"
        "崩壊を起こすのはどれですか？ そのあと、G にとってモードを落とすのがなぜ「安い」のかを下で読みましょう。"
    ),
    "lesson.gan_live.predict": "安定化したプリセット（{preset}）で生成器を {steps} ステップほど学習したあと、G のサンプルはリングの {modes} 個のモードのうちいくつをカバーするでしょうか？",
    "lesson.gan_live.predict.all": "ほぼすべて（欠けても {missing} 個）",
    "lesson.gan_live.predict.some": "いくつか（ほぼすべてには届かない）",
    "lesson.gan_live.predict.few": "{few} 個以下",
    "lesson.gan_live.run": "{target}、学習率 G {lr_g}・D {lr_d}、G 1 ステップあたりの D のステップ数 {d_steps}、ノイズの次元 {latent}、シード {seed}",
    "lesson.gan_live.run.healthy": "安定化したプリセット",
    "lesson.gan_live.run.collapse": "モード崩壊のプリセット",
    "lesson.gan_live.reveal": (
        "あなたの学習（{run}）の生成器ステップ {step}（サーバーが学習した最新のステップ。"
        "画面は数フレーム遅れていることがあります）：サンプルは {modes} 個のモードのうち **{covered} 個**をカバーし、その {hq} が高品質（いずれかのモードの 3σ 以内）です。"
        "直近のフレームの損失は G {g_loss}、D {d_loss} です（D ≡ ½ なら log 2 = {g_eq} と 2 log 2 = {d_eq}）。{verdict}"
    ),
    "lesson.gan_live.reveal.answer": "この学習での答えは **{answer}** です。",
    "lesson.gan_live.reveal.early": "今の時点では **{answer}** ですが、{step} ステップではまだ判断できません。{target_step} ステップほどまで再生してから、もう一度「測定した答えを表示」を押しましょう。",
    "gan.walk.notice": (
        "**注目するところ：** {walks} 本の道で平均した分類器の確信度は、z_A で {start}、z_B で {end}、いちばん低いのは {alpha} での {low} です。"
        "共通の評価で採点するこの生成器の {n} 個のサンプルでは、平均確信度は {overall} です。"
        "道は N(0, I) の確率のほとんどが集まる球面の上を通るので、道の上のどの z も G にとって典型的なノイズ、つまり学習で見てきた種類のノイズです。"
    ),
    "gan.live.why.title": "G にとってモードを落とすのが「安い」理由",
    "gan.live.why.body": "このページで学習する非飽和損失では、最適な D のもとでの G の勾配は KL(q‖p) − 2·JSD(p‖q) の勾配になります（前のページ）。ここで",
    # --- Flow pages (issue: flow density) ---
    "nav.flows": "正規化フロー",
    "nav.flow_2d": "2 次元のフローで密度を学ぶ",
    "nav.flow_images": "画像のフロー",
    "kind.flow": "正規化フロー（RealNVP のカップリング層）",
    "card.metric.test_bits_per_dim": "テスト負の対数尤度（上界、u を 1 回引く）",
    "card.metric.test_iw_bits_per_dim": "同じ上界、u を {draws} 回引く（重要度重み付け）",
    "card.metric.test_uniform_bits_per_dim": "一様な脱量子化での同じ値",
    "card.metric.test_class_accuracy": "分類器としてのフローのテスト正解率（クラスごとの正規分布にベイズの定理）",
    "flow2d.title": "ガウス分布を層ごとに変形する",
    "flow2d.lead": (
        "**正規化フロー**は、データ x から標準正規分布に従うはずの変数 z への、逆変換が可能な 1 つの関数 f です。f は正確に元に戻せるので、サンプリング（z を引いて f を逆向きに通す）"
        "も、どの点の**厳密な**対数尤度の計算も簡単です。変数変換の公式により、各層が空間をどれだけ引き伸ばし・縮めたか（ヤコビ行列式の対数）を足し合わせるだけで求まります。VAE のような下界も、GAN "
        "のような識別器も使わず、近似はありません。ここでは {layers} 個のカップリング層からなる RealNVP を、4 つの 2 次元の例題分布それぞれに最尤推定で学習させました。"
    ),
    "flow2d.range": "{low}〜{high}",
    "flow2d.density": "目標の分布",
    "flow2d.density.moons": "2 つの三日月",
    "flow2d.density.ring": "円周上の 8 つのガウス分布",
    "flow2d.density.checkerboard": "市松模様",
    "flow2d.density.rings": "同心円",
    "flow2d.temperature": "サンプリング温度 T",
    "flow2d.temperature_help": (
        "サンプルは z ~ N(0, T² I) から始まります。T < 1 では z が正規分布の中心（p(z) が最も高い所）の近くに集まり、T > 1 では裾まで広がります。T が変えるのは p(z) "
        "だけで、各層の log|det| は変えません。つまりこれは尖らせた密度 p(x)^(1/T²) からのサンプリングではなく、T を下げたサンプルが p(x) "
        "の最も高い所に集まるかどうかはフローによります（下の質問で測ります）。"
    ),
    "flow2d.target_caption": "目標の分布からのサンプル（学習データ：毎ステップ新しく引き直します）",
    "flow2d.samples_caption": "フローからのサンプル：x = f⁻¹(z)、z ~ N(0, T² I)、T = {T}",
    "flow2d.colour_note": (
        "色：フローのサンプルは、正規分布の中での z の向きで色分けしています。N(0, I) のどの部分がデータのどの部分になったかが分かります。"
        "下の「層ごと」の表示でも同じ色を使います。"
    ),
    "flow2d.density_title": "学習した密度と、1 点の log p(x)",
    "flow2d.density_lead": (
        "ヒートマップは、フロー自身の密度 p(x) を画素ごとに厳密に計算したものです。**どこでもクリックすると**（または座標を入力すると）、"
        "その点の log p(x) を層ごとに積み上げて表示します。まずその点の潜在変数 z の log p(z) から始め、"
        "各カップリング層がヤコビ行列式の対数 log|det| を足していきます。"
    ),
    "flow2d.density_alt": "学習した密度のヒートマップ",
    "flow2d.click_hint": "クリックすると、この点の log p(x) を計算します",
    "flow2d.integral": "正方形 [−{view}, {view}]² 上の ∫ p(x) dx = {integral}（正規化された密度なら 1 になります）",
    "flow2d.log_p": "フローの log p(x)",
    "flow2d.log_prior": "潜在変数 z での log p(z)",
    "flow2d.true_log_p": "真の log p(x)",
    "flow2d.step_prior": "log p(z)",
    "flow2d.step_layer": "第 {k} 層",
    "flow2d.step_total": "log p(x)",
    "flow2d.waterfall_title": "log p(x) = log p(z) + 各層の log|det| の和",
    "flow2d.nats": "ナット",
    "flow2d.breakdown_caption": (
        "この点の潜在変数は z = ({z1}, {z2})、全層の合計は {sum} ナットです。緑の棒（s > 0）：z へ向かう途中でその層がこの点の近くを引き伸ばすので、"
        "データ空間では同じ確率がより狭い範囲に収まり、密度が高くなります。赤の棒（s < 0）はその逆です。"
        "真の log p(x) が分かるのは、円周上のガウス分布と市松模様だけです。"
    ),
    "flow2d.layers_title": "層ごとに見る：正規分布からデータへ",
    "flow2d.layers_lead": (
        "サンプリングではフローを逆向きに通します。ここでは z ~ N(0, T² I) の {n} 点と、z 空間に描いた正方格子を、逆変換の層に 1 つずつ通していきます。"
        "スライダーを動かすか、再生を押してください。各層は片方の座標だけ（x₁ と x₂ を交互に）動かすので、1 ステップは 1 つの軸に沿ったずらしと伸縮です。"
        "それを重ねることで、正規分布が目標の形に曲がっていきます。"
    ),
    "flow2d.player.title": "点と格子",
    "flow2d.player.subtitle": "z ~ N(0, T² I)、T = {T}",
    "flow2d.player.label": "{K} 層中 {j} 層を通過 · Σ log|det| の平均 = {log_det}",
    "flow2d.player.chart": "点ごとの log|det ∂h/∂z| の累積の平均（負：点が寄り集まり密度が高くなる、正：広がり密度が低くなる）",
    "flow2d.player.x_label": "通過した層の数 →",
    "flow2d.player.series": "Σ log|det| の平均",
    "flow2d.player.slider": "通過した層の数",
    "flow2d.layers_caption": (
        "グラフの縦線はスライダーに連動します。運ばれた点の密度は log p(z) − Σ log|det ∂h/∂z| です。"
        "点が広がる所では行列式の対数が増えて密度が下がり、点が集まる所（円周上の山）では減って密度が上がります。"
    ),
    "flow2d.loading": "すべての層に点を通しています…",
    "flow2d.coupling_title": "カップリング層の中身",
    "flow2d.coupling_lead": (
        "なぜ行列式の計算がこれほど簡単なのでしょうか。カップリング層は一方の座標 x₁ をそのまま残し、もう一方の x₂ を"
        "スケール exp(s(x₁)) と平行移動 t(x₁) で動かします。s と t は x₁ **だけ**を入力とする小さなニューラルネットワークです："
    ),
    "flow2d.coupling_why": (
        "- **ヤコビ行列が三角行列になる**：y₁ は x₂ に依存しないので、右上の成分は 0 です。三角行列の行列式は対角成分の積 1 · exp(s(x₁)) なので、"
        "s と t がどんな関数でも log|det| = s(x₁) です（D 次元なら Σᵢ sᵢ）。行列を作ったり分解したりする必要はありません。\n"
        "- **逆変換が簡単**：y からは x₁ = y₁ がすぐ分かるので、s(y₁) と t(y₁) をもう一度計算して打ち消せます。"
        "ネットワーク s と t そのものを逆に解く必要はないので、どんなネットワークでも使えます。\n"
        "- **その代償**：1 つの層が動かせるのは座標の半分だけです。残す座標を交互に入れ替え、層を重ねることで、どの座標も他のすべての座標に依存できるようになります。"
        "この制限された構造のため、フローは多くの層を必要とし、大きさの割に表現力が弱くなります（元記事のまとめの表のとおりです）。"
    ),
    "flow2d.layer_pick": "カップリング層 k（データ → z の向きで数えます）",
    "flow2d.layer_keeps": "第 {k} 層は **{kept}** を残し、**{moved}** を動かします：{moved}′ = {moved} · exp(s({kept})) + t({kept})。",
    "flow2d.s_name": "s（対数スケール）",
    "flow2d.t_name": "t（平行移動）",
    "flow2d.kept_axis": "残す座標 {kept}（この層への入力）",
    "flow2d.curves_title": "第 {k} 層の s と t（残す座標の関数として）",
    "flow2d.layer_at_point": (
        "調べている点では、第 {k} 層への入力は {kept} = {value} です：s = {s}（この層の log|det|、スケール exp(s) = {scale}）、t = {t}。"
    ),
    "flow2d.card_title": "この 2 次元フローについて（学習とテストの数値）",
    "flow2d.card.density": "目標の分布",
    "flow2d.card.architecture": "構造（チェックポイントから）",
    "flow2d.card.arch": "カップリング層 {layers} 個、s と t は {widths} の MLP",
    "flow2d.card.training": "学習（CPU、1 スレッド）",
    "flow2d.card.test_nll": "テストの −log p（ナット）",
    "flow2d.card.true_nll": "真の密度の −log p（ナット）",
    "flow2d.card.integral": "表示範囲での ∫ p",
    "flow2d.card.steps": "{steps} ステップ、各 {batch} 個の新しいサンプル",
    "flow2d.card_caption": (
        "RealNVP のアフィンカップリング層（各フローの構造はチェックポイントの記録のとおり）、Adam。テスト：別に引いた {test} 点。−log p の最小値は真の密度のもの（分かる場合）"
        "で、その差がフローの取りこぼしです。再学習：`{command}`"
    ),
    "flowimg.title": "画像のフロー：1 画素あたりのビット数で測る厳密な尤度",
    'flowimg.lead': '同じ考え方を 28 × 28 の画像に使います。画素値は整数 k なので、まず 0〜1 の端数 u を足して x = (k + u) / 256 とし、データが密度をもつようにします（**脱量子化**）。各画素が幅 1/256 の区間のどこに置かれるかは、フローと一緒に学習する小さなネットワーク q(u | k) が決めます（Flow++ と同じ**変分脱量子化**）。なめらかなフローは区間ごとに平らな密度を作れないので、q が平らな形ではなくフローの形に合わせるのです。次に、0 や 1 に近い値が端に押し付けられないようにロジット変換を通します。フローは 2 × 2 の画素のまとまりを 4 つのチャンネルに並べ替え（スクイーズ）、**市松模様のマスク**（各ブロックの 2 本の対角線が交互に残る）でカップリング層を {checker} 個かけます。さらに {stage2} にスクイーズし、チャンネルを学習で混ぜる層（Glow と同じ可逆な 1 × 1 畳み込み）を挟みながら、**チャンネル方向のマスク**でカップリング層を {channel} 個かけます。x の密度は厳密です。整数の画像の評価は **bits/dim（1 次元あたりのビット数）** で表し、このモデルをもとにした理想的な圧縮器が 1 画素あたり何ビット必要とするかを示します（生の画素なら 8）。u について平均すると、q がどんなものでも、モデル自身が整数の画像に与える符号長 −log₂ P(k) を下回ることはありません（下の不等式）。よい q は見積もりをモデル本来の値に近づけるだけで、それより良く見せることはありません。',
    "flowimg.base_lead": (
        "**サンプリングの出発点：** フローは z ~ N(0, I) として学習します。学習のあと、学習画像の z = f(x) をクラスごとに集め、クラスごとに 1 つの正規分布を当てはめます。中心 μ_y "
        "と各次元の広がり σ_y（最尤推定、閉じた式）、重み π_y は学習データでのそのクラスの割合です。この混合分布がモデルの p(z) で、このページのすべての尤度で使われます。理由：N(0, I) 1 "
        "つのままでは、このフローは T = 1 の {n} サンプルのうち「{rare}」を {share} しか生成しません（いま測った値。データでは {weight}）。いまはまずクラス y ~ π "
        "を引き、そのクラスの中心のまわりに z を引きます。1 つのクラスを指定することもできます。"
    ),
    "flowimg.temperature": "サンプリング温度 T",
    "flowimg.temperature_help": "z = μ_y + T σ_y ε。T はクラスの中心のまわりの z の広がりを変えます。T = 1 は当てはめたモデルそのもの、T < 1 ではなめらかだが多様性の少ない画像になります。",
    "flowimg.class": "生成するクラス y",
    "flowimg.class_all": "すべてのクラス（y ~ π）",
    "flowimg.class_help": "1 つのクラスの正規分布だけから z を引くか、学習データでの割合 π_y でまずクラスをランダムに選びます。",
    "flowimg.new_samples": "新しいサンプルを生成",
    "flowimg.loading": "フローからサンプリングし、分類器で判定しています…",
    "flowimg.samples_title": "{dataset} で学習したフローのサンプル（T = {T}、{which}）",
    "flowimg.samples_caption": "{n} 個のサンプル x = f⁻¹(z)、y ~ π、z = μ_y + T σ_y ε、T = {T}",
    "flowimg.samples_caption_class": "{n} 個のサンプル x = f⁻¹(z)、z = μ_y + T σ_y ε、y = {y}（{name}）、T = {T}",
    "flowimg.confident": "認識された割合",
    "flowimg.confident_help": "{n} 個のサンプルのうち、プロジェクトの分類器が {threshold} 以上の確率で 1 つのクラスに判定した割合です。",
    "flowimg.agree": "分類器の一致",
    "flowimg.agree_help": "「{name}」の正規分布から引いた {n} 個のサンプルのうち、プロジェクトの分類器も「{name}」と判定した割合です。",
    "flowimg.classes": "クラス数",
    "flowimg.classes_help": "{n} 個のサンプルの予測クラスのエントロピーの指数 exp(エントロピー)。全クラスが同じ頻度なら {classes} です。",
    "flowimg.shares_title": "{n} 個のサンプルに対する分類器の判定（点線：{dots}）",
    "flowimg.temperature_note": (
        "最尤推定で学習したフローは、すべての学習画像に確率を割り当てなければならないため、その間にあるノイズの多い画像にも確率を広げます。そのためサンプルはまだらに見えます。T を下げると z "
        "がクラスの中心（p(z) が最も高い所）に近づき、サンプルはなめらかになりますが（Glow は T = {glow} でサンプリングします）、その分だけ各クラスの中の多様さが失われます。これは尖らせた p(x) "
        "からのサンプリングではありません。T が変えるのは p(z) だけで、log p(x) には画像ごとに違う各層の log|det| も含まれるからです。T を下げたサンプルは p(z) "
        "のもとでは確率が高くても、p(x) のもとで最も確率の高い画像とは限りません。すべてのクラスから引くとき、どの T でも各クラスは z の π_y を占めます。"
        "分類器がそれをまだ見分けられるかは棒グラフでわかります。ここでの既定値は、当てはめたモデルそのものである T = {default} です。"
        "尤度で学習するフローは、厳密な尤度と引き換えにサンプルの鮮明さを犠牲にしています。元記事のまとめの表で忠実度が「△」なのはこのためです。"
    ),
    "flowimg.layers_title": "1 つのサンプルを層ごとに見る",
    'flowimg.layers_lead': 'サンプラーはガウスノイズ z（逆スクイーズと逆ロジットを通して画像として表示）から始まり、カップリング層を 1 つずつ逆にたどります。スライダーを動かしてみてください。最初のフレームはノイズで、最後の層（細かいほうの {stage1} の段階にある市松模様の層）を戻すところで数字や衣類が現れます。',
    "flowimg.player.title": "{n} 個のサンプル",
    "flowimg.player.label": "{K} 層中 {j} 層の逆変換を適用",
    "flowimg.player.slider": "適用した逆変換の層の数",
    "flowimg.layers_caption": "フレーム 0 は z そのもの、最後のフレームは上に示したサンプルです。",
    "flowimg.bits_title": "尤度はどのくらい良いか",
    "flowimg.bits_metric": "テストの bits/dim",
    "flowimg.params": "パラメータ数",
    "flowimg.budget": "学習（CPU 1 スレッド）",
    "flowimg.budget_value": "{minutes} 分",
    "flowimg.budget_help.1": "{batch} 枚ずつのミニバッチで {epochs} エポック。CPU 1 スレッドで学習しました。",
    "flowimg.budget_help.2": (
        "一様な u で {epochs} エポック、そのあと学習する q(u | k) を入れて（フローと q を一緒に）{second} エポック。{batch} 枚ずつのミニバッチで、CPU 1 "
        "スレッドで学習しました。"
    ),
    "flowimg.budget_help.3": (
        "一様な u で {epochs} エポック、そのあと学習する q(u | k) を入れて（フローと q を一緒に）{second} エポック、さらに学習率を 3 分の 1 にして {third} エポック。"
        "{batch} 枚ずつのミニバッチで、CPU 1 スレッドで学習しました。"
    ),
    "flowimg.bits_help": (
        "ここで計算した上界のうち最も締まったものです。テスト画像 1 枚ごとに q(u | k) から u を K = {K} 回引き、"
        "比 p(x)/q(u | k) を対数の中で平均します（下の式）。"
    ),
    "flowimg.iw_note": (
        "**u を 1 回引くか、{K} 回引くか：** u を 1 回ずつ引いて log p(x) − log q(u | k) を平均すると **{one}** bits/dim です。"
        "u を {K} 回引いて比 p(x)/q(u | k) を平均してから対数をとると **{bits}** で、{gain} bits/dim 低くなります。"
        "どちらも同じ −log₂ P(k) の上界です（平均の対数は対数の平均以上）。引く回数を増やすほど上界は（平均して）モデル自身の値に近づき、それを下回ることはありません"
        "（重要度重み付け。IWAE と同じ方法で、脱量子化では Hoogeboom ら 2020）。下のヒストグラムでは画像 1 枚につき u を 1 回だけ引いています。"
    ),
    "flowimg.uniform_metric": "一様な u、1 回",
    "flowimg.uniform_help": "学習した q(u | k) の代わりに、すべての画素で u ~ U(0, 1) とした値です。RealNVP の方法です。同じ −log₂ P(k) の上界ですが、よりゆるい上界です。",
    "flowimg.dequant_note": (
        "**学習した脱量子化と一様な脱量子化：** u を一様に引くと（RealNVP の方法）同じフローで **{uniform}** bits/dim です。"
        "学習した q(u | k) では（1 回ずつ引いて）**{one}** で、上界が **{gain}** bits/dim 締まります。"
        "どちらも同じ −log₂ P(k) の上界なので、低いほうが同じモデルのより正確な見積もりです。"
        "差が大きいのは、フローと q を一緒に学習したからです。フローは q が区間内に画素を置く場所に密度を集めるよう学習したので、一様な u はフローがあまり想定していない場所に落ちやすいのです。"
    ),
    "flowimg.published.mnist": (
        "**比較：** RealNVP 型のカップリング層を使うフローは、文献では MNIST で約 **1.02〜1.08 bits/dim** に達しています。"
        "6 万枚の数字すべてを使い、GPU で何時間も学習した結果です（一様な u を画像 1 枚につき 1 回引いた値。ここのように q を学習して同じ種類の上界を締めたのが Flow++ で、何回も引くとさらに締まります）。"
        "このモデルはずっと少ない資源で **{bits}** です：小さなネットワークを CPU の 1 スレッドで {minutes} 分間、オフライン版 MNIST の {train} 枚で学習しました（テスト {test} 枚）。"
        "値は小さいほど良く、8 bits/dim はモデルがないのと同じです。"
    ),
    "flowimg.published.fashion": (
        "**比較：** Fashion-MNIST は MNIST より圧縮しにくい（模様があり、空白の画素が少ない）ため、どのモデルでも 1 画素あたりに多くのビットが必要です。"
        "フローの論文は主に MNIST の値（RealNVP 型で GPU 数時間の学習後に約 1.02〜1.08 bits/dim、一様な u を使用）を報告しているので、それを参考値とします。"
        "このモデルは {train} 枚を CPU の 1 スレッドで {minutes} 分間学習した小さなネットワークで、Fashion-MNIST のテストデータ（{test} 枚）で **{bits}** です。"
        "値は小さいほど良く、8 bits/dim はモデルがないのと同じです。"
    ),
    "flowimg.bayes_note": (
        "同じ p(z) を使うと、ベイズの定理（上の式）でフローが分類器にもなります（f のヤコビアンの対数行列式はどの y でも同じで、打ち消し合います）。"
        "{n} 枚のテスト画像で正しいクラスを当てた割合は {acc}、その目的のために学習したプロジェクトの分類器は {clf} です。"
        "密度モデルでも分類はできますが、すべての画素をモデル化することはラベルへの近道ではありません。"
    ),
    "flowimg.ood_title": "尤度が高い ＝「学習データに似ている」なのか？",
    "flowimg.ood_lead": (
        "厳密な尤度は、見慣れない入力を見つける道具として魅力的です。学習データと違う画像は尤度が低く（bits/dim が大きく）なるはずだからです。"
        "ところがフローは、別のデータセットのより単純な画像に*より高い*尤度を与えることがあると知られています。"
        "ここでは各フローに、自分のデータセットのテスト画像 {n} 枚と、もう一方のデータセットの {n} 枚を評価させました。推測ではなく実測です。"
        "各フローは自分の学習した q(u | k) で評価します。もう一方のデータセットの画像でも一様な u より締まった上界になるので、比較を偏らせません。"
    ),
    "flowimg.ood_loading": "2 つのフローで両方のデータセットのテスト画像を評価しています…",
    "flowimg.ood_series": "{dataset} のテスト画像",
    "flowimg.ood_chart": "{model} で学習したフロー",
    "flowimg.ood_axis": "bits/dim（左ほど尤度が高い）",
    "flowimg.ood_finding": (
        "{model} のフローでは、自分のテスト画像の中央値は **{own}** bits/dim、{other} の画像は **{foreign}** です。"
        "{other} の画像のうち **{share}** が、{model} の画像の中央値より尤度が高いと判定されました。"
    ),
    "flowimg.ood_note_absent": (
        "ここでは、どちらのフローも自分のデータセットより相手のデータセットの画像を高く評価してはいません。このモデルでは、尤度で 2 つのデータセットを区別できています。"
        "文献で報告されている失敗（たとえば Fashion-MNIST のフローが MNIST の数字をより好む）は必ず起こるわけではなく、モデルとデータによります。だからここで実測しています。"
    ),
    "flowimg.ood_note": (
        "なぜこうなりうるのか：尤度は、その画像が学習データのクラスに属するかどうかよりも、画素ごとにどれだけ圧縮しやすいか（広い一様な背景、なめらかな線）で大きく決まります。"
        "MNIST の数字はほとんどが黒い背景で、どの画像モデルにとっても安く表せます。つまり尤度だけでは「自分のデータに似ているか」をうまく判定できません。"
    ),
    "lesson.flow2d.1": "上の 2 枚の図を比べましょう。目標の分布のサンプル（灰色）と、フローのサンプル（z の向きで色分け）です。「目標の分布」を 1 つずつ切り替えて、2 枚の図がどこで違うかを見ましょう。",
    "lesson.flow2d.2": "サンプルの下にある予想の質問に答えてから、「サンプリング温度 T」を質問にある低いほうの温度まで下げ、元に戻しましょう。形のどの部分に点が残りますか？",
    "lesson.flow2d.3": "「学習した密度と、1 点の log p(x)」のヒートマップで、明るいモードをクリックし、次にモードの間の暗い所をクリックしましょう。log p(x) とウォーターフォール図の棒を比べます。",
    "lesson.flow2d.4": "「層ごとに見る」で再生を押しましょう。正規分布の点と格子が、1 回に 1 つの座標ずつ曲げられていきます。点が目標の形に集まるときの、点の下のグラフを見ましょう。",
    "lesson.flow2d.5": "「カップリング層の中身」で「カップリング層 k」を動かしましょう。s と t は残す座標だけを読みます。選んだ点での s は、ウォーターフォール図のその層の棒とちょうど同じ値です。",
    "lesson.flow2d.predict": "温度を T = {warm_t} から T = {cold_t} に下げます（同じフロー、同じ乱数の z を T 倍するだけ）。フローのサンプルはどうなるでしょう？",
    "lesson.flow2d.predict.crowd": "密度の最も高い所に集まる（平均の log p(x) が上がる）",
    "lesson.flow2d.predict.spread": "隙間に広がる（平均の log p(x) が下がる）",
    "lesson.flow2d.predict.same": "尤度は変わらない（平均の log p(x) はほぼ同じ）",
    "lesson.flow2d.reveal": (
        "「{density}」のフローの {n} 個のサンプルでの測定値：平均の log p(x) は T = {cold_t} で {cold} ナット、T = {warm_t} で {warm} ナットでした。"
        "広がり（中心からの距離の二乗平均平方根）は {cold_spread} と {warm_spread} です。正解は **{answer}** です（{tie} ナット未満の変化は「ほぼ同じ」とみなします）。"
    ),
    "flow2d.notice.samples": (
        "**注目点：** T が変えるのは正規分布の z の大きさだけです（z ~ N(0, T² I)）。逆変換 f⁻¹ はどの T でも同じ関数です。"
        "つまり T が変えるのはどの点を引くかであって、モデルではありません。下の p(x) のヒートマップはどの T でも同じです。"
    ),
    "flow2d.notice.density": (
        "**注目点：** log p(x) は棒の合計です。その点の潜在変数 z での正規分布の log p(z) に、各層の log|det| を足したものです。1 ナットの差は密度で e ≈ 2.7 倍、5 "
        "ナットの差は約 150 倍です。ヒートマップの積分は ≈ 1 のままなので、モードで増えた密度は隙間から持ってきたものです。"
    ),
    "flow2d.notice.layers": (
        "**注目点：** どのステップも点を 1 つの軸の方向にしか動かしませんが、写像は逆変換が可能なままです。何も引き裂かれず折り重ならず、近くの点は近くのまま、z の色の並びも保たれます。"
        "点が密集する所では空間が縮められ、密度が上がります。そこでは、この逆変換の層で累積した log|det ∂h/∂z| が負です（同じ層を正規化の向き、つまり上のウォーターフォール図の向きで見ると "
        "log|det| > 0）。"
    ),
    "flow2d.notice.coupling": (
        "**注目点：** 上のウォーターフォール図の層 {k} の棒は、ちょうどこの s = {s} です。"
        "その層の log p(x) への寄与はすべて小さなネットワークの出力 1 つで、行列式を計算する必要はありません。"
    ),
    'lesson.flowimg.1': 'T = 1 での {shown} 枚のサンプルと分類器の棒グラフを見てから、「サンプリング温度 T」を {cold} まで下げましょう。画像はなめらかになりますか？ 棒グラフと「クラス数」はどうなりますか？ 次に「生成するクラス y」で 1 つのクラスを選びましょう。分類器はどのくらい一致しますか？',
    "lesson.flowimg.2": "「1 つのサンプルを層ごとに見る」で、スライダーを 0 まで戻してから最後までドラッグしましょう。数字や衣類が見えてくるのは何層目ですか？",
    "lesson.flowimg.3": "「尤度はどのくらい良いか」を読みましょう。このモデルの bits/dim と、論文で報告された値の比較です。小さいほど良く、8 bits/dim は生の画素そのままです。",
    "lesson.flowimg.4": "もう一方のデータセットでの尤度の節まで進み、2 つのヒストグラムを見る前に予想の質問に答えましょう。",
    "lesson.flowimg.5": "2 つのヒストグラムを比べましょう（左ほど尤度が高い）。相手のデータセットの画像を自分の画像より左に置くのはどちらのフローですか？ その下の枠に、なぜそうなりうるかが書いてあります。",
    "lesson.flowimg.6": "「自分の画像」で数字か衣類を描きましょう。テスト画像の bits/dim の中でどこに入り、分類器は何と判定しますか？ きれいな数字と、なぐり書きの両方を試しましょう。",
    "lesson.flowimg.predict": (
        "各フローが、自分のデータセットのテスト画像 {n} 枚と、もう一方の {n} 枚を評価します。"
        "相手のデータセットの画像の大半を、自分のテスト画像の中央値より尤度が高い（bits/dim が小さい）と判定するのはどちらのフローでしょう？"
    ),
    "lesson.flowimg.predict.mnist": "MNIST のフローだけ",
    "lesson.flowimg.predict.fashion": "Fashion-MNIST のフローだけ",
    "lesson.flowimg.predict.both": "両方のフロー",
    "lesson.flowimg.predict.neither": "どちらのフローでもない",
    "lesson.flowimg.reveal": (
        "これらのテスト画像での測定値：MNIST のフローでは、Fashion-MNIST の画像の {mnist_share} が MNIST の数字の中央値より少ない bits/dim でした"
        "（中央値は MNIST が {mnist_own}、Fashion-MNIST が {mnist_foreign}）。"
        "Fashion-MNIST のフローでは、MNIST の数字の {fashion_share} が Fashion-MNIST の画像の中央値より少ない bits/dim でした"
        "（中央値は Fashion-MNIST が {fashion_own}、MNIST が {fashion_foreign}）。正解は **{answer}** です。"
    ),
    "flowimg.notice.samples": (
        "**注目点：** T が変えるのは各クラスの中心のまわりの広がりだけです（z = μ_y + T σ_y ε）。フロー、クラスの割合 π_y、尤度はどの T でも同じです。"
        "1 つのクラスを選びましょう。分類器はどのくらい一致しますか？ T を下げると変わりますか？"
    ),
    "flowimg.notice.layers": (
        "**注目点：** フレーム 0 は正規分布のノイズで、形が現れるのは最後のほう、解像度そのままの市松模様の層を逆にたどるときです。"
        "どのフレームも厳密で逆変換が可能なステップです。層を順向きに通し直せば、同じ z に戻ります。"
    ),
    "flowimg.own.title": "自分の画像：フローはどのくらい尤もらしいと見るか",
    'flowimg.own.body': 'マウスや指で数字か衣類を描くか、写真をアップロードしてください。MNIST の画像と同じ手順で整えます（黒地に明るいインク、{box} × {box} に収めて {frame} × {frame} の中心に置く）。そのあと {dataset} のフローが、上のテスト画像とまったく同じ方法で bits/dim を計算し、分類器が何に見えるかを答えます。',
    "flowimg.own.marker": "あなたの画像",
    "flowimg.own.chart": "{dataset} のフローで見た {dataset} のテスト画像",
    "flowimg.own.empty": "まだ何も描かれていないか、アップロードされていません。グラフにはテスト画像だけが表示されています。",
    "flowimg.own.bits": "あなたの画像の bits/dim",
    "flowimg.own.verdict": "分類器の判定：**{verdict}**（{confidence}）",
    "flowimg.own.place": (
        "{dataset} のフローでは、あなたの画像は **{bits}** bits/dim です。{dataset} のテスト画像 {n} 枚のうち **{fewer}** はこれより少ない bits/dim で"
        "（フローはそれらをより尤もらしいと判定）、{more} は同じかそれ以上です。"
    ),
    "flowimg.own.notice": (
        "**注目点：** フローと分類器は別々の問いに答えています。分類器は画像がどのクラスに最も似ているかを答え、"
        "フローの bits/dim は、その厳密な尤度で画素をどれだけ安く符号化できるかを表します。"
        "きれいな数字、なぐり書き、大きな塊を試しましょう。上のヒストグラムがデータセット全体で示したように、2 つの答えは一致するとは限りません。"
    ),
    # --- Diffusion pages (issue: DDPM step by step) ---
    "nav.diffusion": "拡散モデル",
    "nav.ddpm_forward": "拡散過程：ノイズを加える",
    "nav.ddpm_reverse": "逆拡散過程：ノイズを取り除く",
    "kind.ddpm": "DDPM（ノイズを予測する UNet、クラス条件付き）",
    "card.metric.test_eps_mse": "テストデータでのノイズ予測の二乗誤差",
    "fwd.title": "拡散過程：画像が少しずつノイズに埋もれていく",
    "fwd.lead": (
        "拡散モデルは、画像を壊していく過程をもとに学習します。T = {T} の各ステップで少しだけガウスノイズを加え（その量が β_t）、画像を少しだけ縮めます。最後のステップの後には元の画像は何も残らず、x_T "
        "はただの N(0, I) のノイズになります。ここでは何も学習しません。拡散過程は固定されていて、モデルが学ぶのはこれを逆向きにたどること（次のページ）です。画像の画素値は [−1, 1] に変換しています。"
    ),
    "fwd.pick_class": "画像のクラス",
    "fwd.another": "別の画像",
    "fwd.schedule": "ノイズスケジュール β_t",
    "fwd.schedule.linear": "線形",
    "fwd.schedule.cosine": "コサイン",
    "fwd.seed_caption": "ノイズはサイドバーのシード（{seed}）で決まります。変えると別のノイズになります。",
    "fwd.row.closed": "閉じた式",
    "fwd.row.closed_sub": "x_0 から x_t を 1 回で抽出",
    "fwd.row.chain": "1 ステップずつ",
    "fwd.row.chain_sub": "q(x_t | x_{t−1}) を t 回抽出",
    "fwd.chart.alpha_bar": "ᾱ_t：画像の信号がどれだけ残っているか",
    "fwd.chart.spread": "x_t − √ᾱ_t·x_0 の画素全体でのばらつき",
    "fwd.chart.theory": "理論値 √(1 − ᾱ_t)",
    "fwd.slider": "タイムステップ t",
    "fwd.loading": "{T} ステップの連鎖と閉じた式を計算しています…",
    "fwd.why_same": (
        "**2 つの列は細部が違うのに、なぜ一致するのか。** 左の列は ε を 1 回だけ抽出して x_t = √ᾱ_t·x_0 + √(1 − ᾱ_t)·ε とします。右の列は実際に t "
        "回ノイズを加え、そのたびに新しいノイズを抽出します。独立な正規分布の和はやはり正規分布で、分散は足し合わされます。t ステップ後の画像は √ᾱ_t 倍（すべての √α_s の積）"
        "に縮み、たまったノイズの分散はちょうど 1 − ᾱ_t になります。つまり 2 つの列はどちらも**同じ分布** q(x_t | x_0) からのサンプルで、使ったノイズが違うだけです。"
        "画素の値は違っても統計的な性質は同じです（右のグラフは両方のばらつきを理論値と並べて測っています）。だからこそ学習では、連鎖をたどらずに任意の t へ直接飛べるのです。"
    ),
    "fwd.schedules.title": "ノイズスケジュール：β_t、ᾱ_t と信号対雑音比",
    "fwd.schedules.lead": (
        "スケジュールは、画像がどれだけの速さで消えていくかを決めます。SNR_t = ᾱ_t / (1 − ᾱ_t) は、残っている画像の信号の強さとノイズの強さの比です。線形の β_t（Ho ら, 2020）では "
        "ᾱ_t が早く下がり、28×28 の画像は連鎖の中ほどでほとんど消えてしまうため、後半の多くのステップはノイズを動かすだけになります。コサインスケジュール（Nichol と Dhariwal, 2021）は "
        "ᾱ_t を長く高く保ち、ステップをより均等に使います。次のページのモデルは{trained}スケジュールで学習しています。"
    ),
    "fwd.plot.beta": "β_t（ステップ t で加えるノイズ）",
    "fwd.plot.alpha_bar": "ᾱ_t（残る信号）",
    "fwd.plot.snr": "SNR_t = ᾱ_t / (1 − ᾱ_t)（対数目盛）",
    "fwd.strips.lead": "同じ画像と同じ ε を、2 つのスケジュールで比べると：",
    "fwd.histogram.title": "画素のヒストグラムが N(0, 1) に変わっていく",
    "fwd.histogram.pixels": "テスト画像 {n} 枚の画素",
    "fwd.histogram.caption": (
        "スケジュール：{schedule}。t = 0 ではほとんどの画素が背景（−1）かインク（+1）で、そこの棒はグラフの上端を大きく超えています。t が大きくなると 2 つの山は縮みながら 0 "
        "に寄ってぼやけ、t = {T} ではヒストグラムが点線の標準正規分布と重なります。だから生成は N(0, I) から始められるのです。"
    ),
    "fwd.notice": (
        "注目ポイント：(1) 拡散過程にはパラメータがなく、選ぶのはスケジュール β_t だけです。"
        "(2) ᾱ_t は積なので、x_0 から x_t を 1 回で抽出でき（閉じた式）、1 ステップずつの連鎖と同じ分布になります。"
        "(3) t = T では画像は消え、どの画素も N(0, 1) のノイズです。どの画像から始めても同じになり、ここが生成の出発点です。"
    ),
    "rev.title": "逆拡散過程：1 ステップずつノイズを取り除く",
    "rev.lead": (
        "生成はノイズを加える過程を逆にたどります。UNet ε_θ(x_t, t, y) はノイズの乗った画像 x_t、タイムステップ t、（必要なら）クラス y を受け取り、そこに含まれるノイズ ε を予測します。"
        "その予測から元のきれいな画像の推定 x̂₀ と、ノイズの少ない画像への 1 ステップが決まります。DDPM のサンプラーでは x_{t−1} へ進み、DDIM "
        "のサンプラーではいくつかのタイムステップを一度に跳びます（どちらも下で説明します）。純粋なノイズ x_T ~ N(0, I) からこれを繰り返すと、最後に新しい画像ができあがります。"
        "このモデルはこのデータセットで実際に学習したものです（最後のモデルカード参照）。"
    ),
    "rev.formulas.ddpm": "DDPM の逆向きの 1 ステップ（学習の下界が前提とするモデル：t から t − 1 への正規分布）と、予測したノイズから導かれるきれいな画像 x̂₀：",
    "rev.formulas.ddim": (
        "下のプレーヤーが実行しているのは **{sampler}** です。同じネットワークを使いますが、各ステップで t からより前の t′ へ決定的に跳びます。x̂₀ を t′ "
        "のノイズの大きさまで移すのです（それで何が変わるかは「DDPM と DDIM」の節で説明します）："
    ),
    "rev.class": "クラス y",
    "rev.class.every": "全クラスを順番に",
    "rev.class.none": "クラスなし（無条件）",
    "rev.class_help": "学習では {dropout} の確率でクラスを隠しました（空クラス ∅）。そのためクラスを与えなくても生成できます。",
    "rev.guidance": "誘導スケール w",
    "rev.guidance_help": "0：学習したままの条件付きモデル。w を大きくすると、各ステップで「クラス y らしく見える」方向へより強く押し出します。（s = 1 + w と書く論文もあり、その場合 s = 0 が無条件のモデル、ここでの「クラスなし」にあたります。）",
    "rev.trajectory.title": "1 本の連鎖のすべてのステップ",
    "rev.trajectory.lead": (
        "**{sampler}** による {n} 枚のサンプル。ノイズはシード（{seed}）で固定しています。t を動かすか再生を押してください。左が現在の "
        "x_t、中央がネットワークの予測したノイズ、右がそこから導かれるきれいな画像 x̂₀ です。"
    ),
    "rev.row.x_sub": "ステップ t のサンプル",
    "rev.row.eps_sub": "予測したノイズ（灰色 = 0）",
    "rev.row.x0_sub": "予測したきれいな画像",
    "rev.chart.noise": "軌跡に沿ったノイズの大きさ √(1 − ᾱ_t)（{sampler}）",
    "rev.chart.axis": "ステップ →",
    "rev.slider": "ステップ",
    "rev.loading": "{sampler} で {n} 枚を生成しています（CPU で数秒）…",
    "rev.agreement": "分類器が y と一致",
    "rev.agreement_help": "このプロジェクトの CNN 分類器が、指定したクラスと判定したサンプルの割合です。",
    "rev.agreement_none": "クラスを指定していません。",
    "rev.diversity": "多様性",
    "rev.diversity_help": "同じクラスのサンプル 2 枚の、分類器の特徴空間での平均距離を、同じクラスの本物のテスト画像での値で割ったもの。1 = 本物と同じくらい多様、0 = すべて同じ画像。",
    "rev.classifier_sees": "分類器の判定（最初の {k} 枚）",
    "rev.classifier_sees_help": "最初の {k} 枚（行ごと）に分類器が付けたクラス番号です。",
    "rev.guidance.title": "誘導：クラスにより強く従わせる",
    "rev.guidance.lead": (
        "クラス条件付きのモデルは p(x | y) からサンプリングします。**誘導**は、多様さと引き換えに、サンプルをそれ以上に強く y に従わせます。元記事には 2 つの方法があり、このモデルは 2 "
        "つ目を使っています。"
    ),
    "rev.guidance.classifier": (
        "**分類器誘導**（Dhariwal と Nichol, 2021）では、すべての t のノイズの乗った画像で学習した**外部の**分類器 p_φ(y | x_t) を使います。ベイズの定理 p(x_t | "
        "y) = p(y | x_t) p(x_t) / p(y) により、条件付きのスコアは条件なしのスコアと分類器の勾配の和に分かれます（p(y) は x_t によらないので勾配では消えます）："
    ),
    "rev.guidance.temperature": (
        "**逆温度としての誘導スケール γ。** 分類器の確率を γ 乗すると、その勾配は γ 倍になります。γ = 1 はベイズの定理そのままで、p(x | y) のサンプルが多様さをすべて保ったまま得られます。γ "
        "> 1 は 1 より低い温度 1/γ のように p(y | x_t) を尖らせるので、サンプルは分類器が y だと最も確信する所に集まり、よりクラスらしく、互いに似てきます。γ < 1 では逆に平らになります。"
        "元記事は、p(x | y) からサンプリングするだけで最大事後確率の画像 argmax p(x | y) の周辺に集中すると書いていますが、これは正確ではないので、このページでは次のように直します。p(x | "
        "y) のサンプルはその分布の広がりをすべて保っていて、サンプルを集中させるのは γ > 1 のほうです（分類器が最も確かに y と判定する画像へ）。スコアとノイズの関係 ∇ log p(x_t) ≈ −ε_θ "
        "/ √(1 − ᾱ_t) を通すと、誘導したステップはノイズの予測を補正したものになります："
    ),
    "rev.guidance.cfg": (
        "このモデルが使う**分類器フリー誘導（CFG）**（Ho と Salimans, 2022）には、外部の分類器が要りません。ネットワークはときどきクラスを隠して（空クラス ∅）学習したので、ε_θ(x_t, "
        "t, y) と ε_θ(x_t, t, ∅) の両方を予測できます。ベイズの定理により、その差が**暗黙の分類器** p(y | x_t) ∝ p(x_t | y) / p(x_t) になります："
    ),
    "rev.guidance.terms": (
        "**w が各項に何をするか。** w = 0 では ε_θ(x_t, t, y) だけが残ります。学習したままの条件付きモデルで、γ = 1 です。w > 0 では条件付きの予測に重み 1 + "
        "w、条件なしの予測に重み −w がかかります。各ステップは条件付きの予測を越えて条件なしの予測から遠ざかり、暗黙の分類器の勾配をさらに w 回分加えることになるので、γ = 1 + w "
        "です（スライダーの範囲外の w = −1 では条件なしのモデルだけが残り、γ = 0 です）。誘導した 1 ステップではネットワークを 2 回分、1 つのバッチにまとめて呼び出します。これは p(x) p(y "
        "| x)^(1+w) からのサンプリングに「似ている」だけです。各ステップはその t での x_t の分布を傾けますが、その傾きは、きれいな画像の分布を傾けてからノイズを加えた結果とは一致しないからです。"
        "このアプリは分類器誘導を実行しません。下の数値を判定する CNN 分類器はきれいな画像だけで t なしに学習したもので、ノイズの乗った x_t での勾配にはほとんど意味がないからです。"
    ),
    "rev.guidance.measured": "このモデルで **{sampler}**、各 w で {n} 枚を測定：w に対する分類器の一致率と、上の多様性。",
    "rev.guidance.axis": "誘導スケール w（{sampler}）",
    "rev.guidance.caption": (
        "各 w で {n} 枚（全クラス同数、{sampler}）を共通の評価手順で測定。テストデータ全体に対する FID：{fids}（基準値、本物の学習画像 {n} 枚を同じ方法で採点：{reference}）。"
        "適合率 / 再現率：{prs}。"
    ),
    "rev.measured_missing": "このデータセットの実測表がありません。`{command}` で作成してください。",
    "rev.guidance.notice": (
        "注目ポイント：w = 0 ではまだクラスらしく見えないサンプルがあります。w を大きくすると分類器の一致率は上がりますが、同じクラスのサンプルどうしが似てきて（多様性が下がり）、w "
        "が大きすぎると線が太くなりコントラストがきつくなります。実際の生成では、ほどほどの w がよく使われます。このモデルで FID が最も小さくなる w は、下の質問で確かめましょう。"
    ),
    "rev.unconditional": (
        "クラスなし（空クラス ∅、{sampler}、{n} 枚）：FID {fid}（基準値 {reference}）。分類器が自信をもって判定できたのは {confident} です。GAN "
        "とフローのページの値も、同じ関数・同じ n で測っています。"
    ),
    "rev.latex.simple": "単純",
    "rev.latex.small_beta": "$\\beta_t$ が小さいときだけ",
    "rev.latex.every_eta": "どの $\\eta$ でも",
    "rev.steps.title": "DDPM と DDIM：何ステップ必要か",
    "rev.steps.lead": (
        "DDPM は T = {T} ステップすべてを歩き、毎回新しいノイズを加えます（σ_t² = β̃_t）。DDIM（Song ら, 2021）"
        "は同じ学習済みネットワークを使い、いくつかのタイムステップの間を決定的に跳びます。x̂₀ を次に選んだ t のノイズの大きさまで移すのです。DDIM の更新で η = 1 "
        "とすると、跳ぶたびにその短い連鎖の事後分布のノイズを加えます。これはステップを間引いたスケジュール上の DDPM のサンプラーそのもので、下の表の DDPM の行です。"
        "生成のコストはネットワークを呼ぶ回数に比例します。拡散モデルの生成が遅い理由も、ステップ数を減らすことが大事な理由もここにあります。"
    ),
    "rev.steps.why_small": (
        "**なぜ T = {T} もの小さなステップなのか。** 拡散過程の 1 ステップ q(x_t | x_{{t−1}}) は作り方からして正規分布です。しかし生成に必要な逆向きの 1 "
        "ステップはそうではありません。ベイズの定理（下の式）により、q(x_{{t−1}} | x_t) は幅の狭い正規分布 q(x_t | x_{{t−1}}) と q(x_{{t−1}}) "
        "の積で、q(x_{{t−1}}) はデータの形をしていて山がたくさんあります。β_t が小さいときに限り、q(x_t | x_{{t−1}}) が x_{{t−1}} を幅およそ √β_t "
        "の範囲に閉じ込め、その範囲では q(x_{{t−1}}) がほとんど変わらないので、積は正規分布に近くなります（Sohl-Dickstein ら, 2015）。DDPM の p_θ(x_{{t−1}} | "
        "x_t) を正規分布にできるのも、小さなステップがたくさん要るのもこのためです。このモデルの{schedule}スケジュールでは、β_t は T = {T} ステップで {beta_first} から "
        "{beta_last} まで変わります。同じ正規分布の形で大きなステップを少しだけ踏むと、正規分布から遠い逆向きのステップに正規分布を押し付けることになります。"
        "どこまで減らせるかはノイズの大きさによります。x_t がほとんどノイズのところでは q(x_{{t−1}} | x_t) 自体が正規分布に近く、小さな β_t "
        "が要るのは最後の、ノイズの小さいステップです。下の表の間引いた DDPM の行は、まさにこのような大きめの正規分布のステップを踏みます。"
    ),
    "rev.steps.ddim_map": (
        "**DDIM が少数の大きな跳躍で手放すもの。** η = 0 の DDIM は、この連鎖の正規分布のステップを大きくして踏むのではありません。x_T から x_0 "
        "への別の決定的な写像で、拡散過程と同じ周辺分布 q(x_t | x_0) をもつ過程（下の式）から導かれます。ネットワークが学習したのはこの周辺分布だけなので、同じ ε_θ がそのまま使えます。"
        "手放すのは、学習の下界が記述するマルコフ連鎖そのものです。新しいノイズがないので途中で ε_θ の誤差を正すものがなく、大きな跳躍のたびに 1 つの x̂₀ "
        "の推定を多くのタイムステップにわたって信じることになります。同じネットワークでも、サンプルは DDPM のものとは違います。"
    ),
    "rev.steps.ddim_cost": "ここでの実測値（各行 {n} 枚）：{many}で FID {fid_many}、{few}で {fid_few}。{verdict}",
    "rev.steps.ddim_cost.fewer_worse": "跳躍が少ないほど、サンプルは本物の画像から遠くなります。",
    "rev.steps.ddim_cost.fewer_not_worse": "ここでは跳躍を減らしても忠実度は下がりませんでした。",
    "rev.steps.col.sampler": "サンプラー",
    "rev.steps.col.steps": "ステップ数",
    "rev.steps.col.per16": "{n} 枚あたりの秒数",
    "rev.steps.col.fid": "FID（分類器の特徴）",
    "rev.steps.col.kid": 'KID ± 標準偏差',
    "rev.steps.col.precision": '適合率',
    "rev.steps.col.recall": '再現率',
    "rev.steps.choice": "サンプラー",
    "rev.steps.ddpm": "DDPM-{k}（すべての t）",
    "rev.steps.ddim": "DDIM-{k}（η = {eta}）",
    "rev.steps.ddpm_respaced": "DDPM-{k}（間引き：η = {eta} の DDIM）",
    "rev.sample_now": "今すぐ生成",
    "rev.sample_now_caption": (
        "選んだ連鎖を、上の {n} 枚（同じクラス、w、シード）についてその場で実行し、途中の x_t と x̂₀ を表示します。1 ステップごとにネットワークを 1 回（誘導ありなら 2 回分）呼ぶので、T = "
        "{T} ステップすべてをたどる DDPM は、上の表のどの行よりもずっと時間がかかります。同じ設定の連鎖をこのサーバーで誰かがすでに実行していれば、その記録を再生します（その旨を表示します）。"
    ),
    "rev.progress": "ステップ {step} / {total}",
    "rev.waiting_slot": "空きを待っています：他の人のサンプリングが実行中です（どのページも重くならないよう、サーバーは一度に1つだけ実行します）…",
    "rev.sample_replayed": (
        "{steps} ステップを再生しました：このサーバーはまったく同じ連鎖（同じクラス、w、サンプラー、シード {seed}）をすでに実行していた（あなたか別の人のために）ので、"
        "計算し直さずにそのときのフレームを表示しました。計算には {seconds} 秒かかりました。"
        "サイドバーで「乱数シード」を変えると、新しいサンプルをその場で計算します。"
    ),
    "rev.sample_from_player": (
        "{steps} ステップを再生しました：この設定（同じクラス、w、サンプラー、シード {seed}）の連鎖は、上のプレーヤーが表示している連鎖とまったく同じです。"
        "サーバーはそれをプレーヤーのために {seconds} 秒で計算済みなので、もう一度は実行しませんでした。"
        "連鎖がその場で進む様子を見るには、別のサンプラーを選びましょう。"
    ),
    "rev.sample_settings": "サンプリングの設定：{choice}、w = {w}、{sampler}、シード {seed}。",
    "rev.sample_done": "{steps} ステップを {seconds} 秒で実行しました。",
    "rev.objective.title": "学習：変分下界 (ELBO) からノイズの予測へ",
    "rev.objective.elbo": (
        "VAE と同じく、拡散モデルは log p(x_0) の下界（変分下界、ELBO）を最大化します。ノイズの乗った画像 "
        "x_1 … x_T が潜在変数の役割を果たし、q は学習せず固定されています。下界はステップごとの項に分かれます："
    ),
    "rev.objective.posterior": (
        "各 L_{t−1} は、モデルの 1 ステップを、きれいな画像がわかっているときの**本当の**逆向きの 1 ステップと比べます。"
        "閉じた式のおかげで、これは既知の正規分布になります："
    ),
    "rev.objective.fixed_sigma": (
        "Ho らは分散 σ_t² を固定し（β_t または β̃_t。ここでは β̃_t）、平均だけを学習します。x_0 を x_t と ε で書き直すと、"
        "各 KL 項はノイズの重み付き二乗誤差になり、重みを捨てるとこのモデルの学習に使った単純な損失になります"
        "（画像ごとにランダムな t、すべての t で 1 つのネットワーク）："
    ),
    "rev.objective.why_noise": (
        "**なぜノイズを予測するのか。** x_t が与えられれば、きれいな画像とノイズは互いに決まります。x̂₀ と ε̂ は互いのアフィン変換で（下の 1 行目）、事後分布の平均 μ̃_t も同じです。つまり "
        "x_0、ε、平均のどれを予測しても同じ情報で、1 つを予測するネットワークは残りも予測しています。違うのは、損失がタイムステップをどう重み付けするかです。x_0 で書くと、ノイズの予測の誤差は SNR_t "
        "で割られます（2 行目）："
    ),
    "rev.objective.weighting": (
        "つまり単純な ε の損失は SNR_t で重み付けした x_0 の損失であり、重みなしの x_0 の損失は 1/SNR_t で重み付けした ε の損失です。このモデルのスケジュールでは SNR_t は t = "
        "1 の {snr_first} から t = {T} の {snr_last} まで下がります。重みなしの x_0 の損失は、x_t から x_0 "
        "がほとんどわからない最もノイズの多いステップに支配され、細部を決める最後のステップにはほとんど重みを与えません。目標の ε はどの t でも N(0, I) なので、1 つのネットワークがすべての t "
        "を同じ大きさで扱えます。Ho らは重みなしの ε の損失で最も良いサンプルが得られることを示しました。さらに ε_θ は（−1/√(1 − ᾱ_t) 倍を除いて）スコア ∇ log p(x_t) "
        "の推定になっており、スコアベースモデルや上の誘導とつながります。"
    ),
    "rev.objective.notice": (
        "注目ポイント：閉じた式のおかげで、学習中のネットワークは連鎖全体を見ることはなく、例ごとにランダムな t の"
        "ノイズ画像を 1 枚見るだけです。生成のときは連鎖を実際にたどり、1 ステップごとにネットワークを 1 回"
        "（誘導ありなら 2 回分）呼び出します。"
    ),
    # Lessons on the diffusion pages, and the own image on the forward page
    "fwd.source": "ノイズを加える画像",
    "fwd.source.test": "テスト画像",
    "fwd.source.own": "自分の画像",
    "fwd.own_empty": "まだ何も描かれていないか、アップロードされていません。描くかアップロードするまでは、テスト画像にノイズを加えます。",
    "fwd.schedules.notice": (
        "注目ポイント：中間の t = {t_half} で、線形スケジュールでは信号の強さが ᾱ_t = {linear} 残り、コサインスケジュールでは "
        "{cosine} 残ります。帯状の画像でも、線形の行はコサインの行より小さい t でノイズになります。どちらも最後はほぼ 0 "
        "（ᾱ_T = {linear_T} と {cosine_T}）なので、どちらのスケジュールでも生成は N(0, I) から始められます。"
    ),
    "lesson.fwd.1": "プレーヤーの **再生** を押して（または **タイムステップ t** をドラッグして）、**閉じた式** と **1 ステップずつ** の 2 つの列を見ましょう。どの t から先で、何の画像かわからなくなりますか？",
    'lesson.fwd.2': 't = {t_half} での ᾱ_t のグラフを読む前に、プレーヤーの下の予想の質問に答えて、**測定した答えを表示** を押しましょう。',
    "lesson.fwd.3": "プレーヤーの右のグラフで、2 つの列のばらつきの測定値を理論値の曲線 √(1 − ᾱ_t) と比べましょう。そのあと、2 つの列の画素は違うのに統計的な性質が同じになる理由を読みましょう。",
    "lesson.fwd.4": "**ノイズスケジュール β_t** を **コサイン** に切り替えて、このスケジュールでもう一度質問に答えましょう。そのあと **ノイズスケジュール** の下の ᾱ_t と SNR のグラフ、2 本の帯状の画像を比べましょう。",
    "lesson.fwd.5": "画素のヒストグラムの 2 つの山が N(0, 1) に溶けていく様子を見ましょう。最後に **ノイズを加える画像** で **自分の画像** を選び、数字を描いて（またはアップロードして）、拡散過程がそれもノイズに埋もれさせる様子を見ましょう。",
    "lesson.fwd.predict": "連鎖の中間、t = {t_half} で、{schedule}スケジュールでは画像の信号の強さ ᾱ_t はどれだけ残っているでしょう？",
    "lesson.fwd.predict.over75": "{low} より多い",
    "lesson.fwd.predict.25to75": "{low} から {high} の間",
    "lesson.fwd.predict.5to25": "{low} から {high} の間",
    "lesson.fwd.predict.under5": "{high} 未満",
    "lesson.fwd.reveal": (
        "{schedule}スケジュールから計算すると、ᾱ_{t_half} = {alpha_bar}（{t_half} 個の α_s = 1 − β_s の積）です。"
        "つまり信号の強さは {percent} 残り、x_{t_half} = {signal}·x_0 + {noise}·ε です。正解は **{answer}** です。"
        "{other}スケジュールでは ᾱ_{t_half} = {other_alpha_bar} が残ります。"
    ),
    "lesson.rev.1": "**1 本の連鎖のすべてのステップ** の下のプレーヤーで **再生** を押し、x_t（左）と x̂₀（右）を見ましょう。x̂₀ で各サンプルのクラスがわかるのはどのステップからですか？",
    "lesson.rev.2": "数値の下にある 1 つ目の予想に答えましょう。**誘導スケール w** を大きくすると、同じクラスのサンプルはより多様になるでしょうか、それとも似てくるでしょうか？",
    "lesson.rev.3": (
        "**クラス y** で 1 つのクラスを選び、**誘導スケール w** を 0 と 7 にしてみましょう。そのたびにプレーヤーの下の **分類器が y と一致** と **多様性** "
        "を読み、サンプルを見比べましょう。"
    ),
    "lesson.rev.4": "誘導の見出しの下にある実測の曲線と比べましょう。次に、説明文の数値を読む前に 2 つ目の予想（FID）に答えましょう。",
    "lesson.rev.5": (
        "**DDPM と DDIM** の表で、同じ枚数の画像を作るのに各サンプラーが何秒かかるかを読みましょう。そのあと **サンプラー** で **DDIM-10（η = 0）** を選び、**今すぐ生成** "
        "を押して連鎖がその場で進む様子を見ましょう。"
    ),
    "lesson.rev.6": "学習の節を読みましょう。学習では連鎖を一度もたどらずに、画像ごとにランダムな t を 1 つ選ぶだけでよいのはなぜでしょう？",
    "lesson.rev.predict": "w = {w_first} から w = {w_last} にすると、サンプルの多様性（同じクラスのサンプルどうしがどれだけ違うか）はどうなるでしょう？",
    "lesson.rev.predict.up": "上がる",
    "lesson.rev.predict.down": "下がる",
    "lesson.rev.predict.same": "ほとんど変わらない（{tolerance} 以内）",
    "lesson.rev.reveal": (
        "このモデルでの実測値（各 w で {n} 枚、{sampler}）：多様性は {values}。その間に、分類器が y と一致する割合は w = {w_first} の {agreement_first} "
        "から w = {w_last} の {agreement_last} になりました。正解は **{answer}** です。"
    ),
    "lesson.rev.fid_predict": "同じ w の範囲で FID（小さいほど本物の画像に近い）も測りました。w = {w_first} … {w_last} のどこで最も小さくなるでしょう？",
    "lesson.rev.fid.last": "最も大きい w（{w_last}）：下がり続ける",
    "lesson.rev.fid.middle": "中ほどの w：いったん下がってから、また上がる",
    "lesson.rev.fid.first": "w = {w_first}：誘導すると悪くなるだけ",
    "lesson.rev.fid.flat": "どこでもない：ほとんど変わらない（{tolerance} 以内）",
    "lesson.rev.fid_reveal": (
        "w ごとの FID の実測値：{values}。最小は w = {best_w} の {best} です（基準値、本物の学習画像 {n} 枚：{reference}）。正解は **{answer}** です。"
        "w = {w_first} から w = {w_last} で、一致率は {agreement_first} から {agreement_last} に、多様性は {diversity_first} から "
        "{diversity_last} になりました。FID はサンプルの典型的な見た目とばらつきの両方を本物の画像と比べます（多様性 1 = 本物と同じくらい多様）。"
        "そのため、クラスらしく見えるサンプルは評価を上げ、互いに似すぎたサンプルは評価を下げます。"
    ),
    "rev.trajectory.notice": (
        "注目ポイント：x_t がきれいになるずっと前から、x̂₀ には画像全体が現れています。ネットワークは各ステップできれいな画像を推定し、"
        "1 ステップでは x_t をその推定へ少しだけ近づけます。ほぼ純粋なノイズからの初めのころの推定はぼやけていて、t が小さくなるにつれて"
        "細部が現れます。シードが同じなら x_T も同じなので、クラスや w を変えて変わるのは途中の道筋だけです。"
    ),
    "rev.steps.notice": (
        "注目ポイント：1 ステップごとにネットワークを 1 回呼ぶので、ステップ数がコストを決めます。ここでの実測値：{few}は {per} 枚あたり {few_seconds} 秒、{many}は "
        "{many_seconds} 秒でした。ネットワークを呼ぶ回数は {calls} 倍で、1 枚あたりの時間は {ratio} 倍です（時間はマシンによって変わります。キャプションの日付に CPU "
        "{threads} スレッドで測った値です）。"
    ),
    "rev.steps.notice_fid": "{many} の行はサンプルが {n_many} 枚しかありません。FID はサンプルの数によって変わるので、この行の FID は {n_few} 枚の行と比べられません。",
    "rev.steps.col.samples": "サンプル数",
    "rev.steps.col.seconds_all": "全サンプルの秒数",
    "rev.steps.stochastic": (
        "同じステップ数で、確率的なサンプラー（{ddpm}）は FID {fid_ddpm}、指定したクラスとの一致 {agree_ddpm}、決定的なサンプラー（{ddim}）は FID {fid_ddim}、一致 "
        "{agree_ddim} でした。{verdict}"
    ),
    "rev.steps.stochastic.better": (
        "小さく短時間しか学習していないこのネットワークでは、新しいノイズが役に立ちます。各ステップの ε_θ の誤差は次のステップの"
        "ノイズで一部洗い流されますが、決定的な経路では誤差がそのまま画像まで運ばれます。"
    ),
    "rev.steps.stochastic.worse": "このステップ数では、決定的な経路のほうが良い結果でした。",
    "rev.steps.caption_rows": (
        "各行：{n} 枚（全クラス同数）、w = {w}、CPU {threads} スレッド、{date} に測定し、共通の評価手順で採点。FID と KID は小さいほどよい値です。基準値（本物の学習画像 {n} "
        "枚を同じ方法で採点）は FID {reference}、KID {reference_kid}（KID は不偏なので約 0）。適合率：本物らしく見えるサンプルの割合。再現率："
        "サンプルがカバーする本物の画像の割合。"
    ),
    'nav.compare_group': '比較',
    'nav.compare': '全ファミリーの実測比較',
    'compare.title': '生成モデルのファミリーを比べる：元記事の表を実測で',
    'compare.lead': '元記事の最後には、VAE・拡散モデル・フロー・GAN を尤度・学習の安定性・忠実度・生成速度について ○ / △ / × で評価した表があります。ここでは各記号の横に、このアプリが自分の学習済みモデルで共通の評価手順により測った値を並べ、測定が元記事の順序と逆になったところに ⚠ を付けます。',
    'lesson.compare.1': '表を読みましょう。各セルは元記事の記号と、ここでの実測値です。⚠ がいちばん多い列はどれですか？',
    'lesson.compare.2': '速度の列をよく見る前に、表の下の質問に答えましょう。',
    'lesson.compare.3': '同じシードから 4 つのファミリーが作ったサンプルを見ましょう。いちばんくっきりしているのはどれですか？ FID の列と一致しますか？',
    'lesson.compare.4': 'グラフで、DDPM の 2 本の曲線（DDIM と DDPM の確率的サンプラー）がステップ数とともにどう動くか、適合率 / 再現率の誘導の曲線を追いましょう。最後に、n を固定する理由を読みましょう。',
    'lesson.compare.predict': 'このサーバーの CPU で画像を 1 枚（{batch} 枚のバッチで）いちばん速く作るファミリーはどれでしょう？',
    'lesson.compare.reveal': '実測：**{fastest}** が 1 枚 {ms} ms でいちばん速く、いちばん遅いのは **{slowest}** の {slow_ms} ms です。ノイズ除去の 1 ステップごとにネットワークを 1 回通すからです。尤度（bits/dim）があるのは {likelihood} で、GAN にはありません。',
    'compare.table.title': '元記事の表と、このアプリの実測値（{dataset}）',
    'compare.col.family': 'ファミリー',
    'compare.col.likelihood': '尤度',
    'compare.col.stability': '学習の安定性',
    'compare.col.fidelity': '忠実度',
    'compare.col.speed': '生成速度',
    'compare.family.vae': 'VAE',
    'compare.family.ddpm': '拡散モデル（DDPM）',
    'compare.family.flow': 'フロー',
    'compare.family.gan': 'GAN',
    'compare.cell.fidelity': 'FID {fid}（本物の {ratio} 倍）',
    'compare.cell.speed': '1 枚 {ms} ms、ネットワーク {nfe} 回',
    'compare.cell.exact': '≤ {bits} bits/dim（密度は厳密、脱量子化による上界）',
    'compare.cell.bound': '≤ {bits} bits/dim（上界）',
    'compare.cell.bernoulli': '{bits} bits/dim（ベルヌーイの上界：比較できません）',
    'compare.cell.undefined': 'なし（密度を持たない）',
    'compare.cell.not_measured': 'まだ測定していません',
    'compare.disagrees': '実測では {others} より悪い',
    'compare.table.caption': '忠実度：テストデータ全体に対する n = {n} での FID を、基準値（{reference}：本物の学習画像 {n} 枚を同じ方法で採点）の何倍かで表示。速度：CPU 1 スレッド、バッチ {batch}、{repeats} 回の中央値。DDPM は DDIM {steps} ステップ。尤度：テストデータでの 1 画素あたりのビット数。{date} に測定（`python -m core.evaluate`）。',
    'compare.notice.title': '**注目ポイント**',
    'compare.notice.fidelity': '- **忠実度：** 本物にいちばん近いのは {best} で、基準値の {ratio} 倍です。CPU で学習したこの小さなモデルは、どれもまだ本物のデータから遠いです。',
    'compare.notice.speed': '- **速度：** {slowest} は、いちばん速いファミリーより 1 枚あたり約 {factor} 倍遅く、元記事の拡散モデルの × は成り立ちます。',
    'compare.notice.flags': '- **⚠ が {count} か所：** このアプリのモデルが元記事の順序と逆になったところです。元記事はファミリー一般を評価しており、ここにあるのは 4 つの小さなモデルです。',
    'compare.notice.speed_other': '- **速度：** {slowest} は、いちばん速いファミリーより 1 枚あたり約 {factor} 倍遅いです。元記事は拡散モデルを遅いとしていますが、このモデルではそうなっていません。',
    'compare.notice.no_flags': '- 元記事の順序と逆になった実測値はありません。',
    'compare.notice.likelihood': '- **尤度：** フローの ≤ {flow} bits/dim と DDPM の ≤ {ddpm} ± {se} bits/dim（変分下界の T + 1 項すべて、テスト画像 {images} 枚）は同じ種類の値で、どちらもそれぞれのモデルが 256 階調の画像に与える 1 画素あたりの −log₂ P(x) の上界です（フローは脱量子化を通して、DDPM は離散化したデコーダを持つ変分下界を通して）。単位が同じなので比べられ、上界が小さいのは{better}のほうです。ただし、どちらのモデルも離散尤度そのものは分かっていません。VAE の値は濃淡をベルヌーイ分布とみなすデコーダの上界なので比べられず、GAN は尤度を定義しません。',
    'compare.samples.title': '1 つのシード、4 つのファミリー',
    'compare.samples.caption': '{family}、シード {seed}',
    'compare.plots.title': '忠実度と速度、適合率と再現率',
    'compare.plot.speed_x': '1 枚あたりの ms（CPU 1 スレッド、対数目盛）',
    'compare.plot.fid_y': 'n = {n} での FID（対数目盛）',
    'compare.plot.protocol': '学習済みモデル（評価手順のサンプラー）',
    'compare.plot.curve.ddim': 'DDPM のネットワーク、DDIM（η = 0）、ステップ数ごと',
    'compare.plot.curve.ddpm': 'DDPM のネットワーク、確率的サンプラー（η = 1）、ステップ数ごと',
    'compare.plot.reference': '本物の画像（基準値）',
    'compare.plot.speed_caption': '曲線は逆拡散過程のページの実測表（各点 {n} 枚を 1 バッチで計測）、点はバッチ {batch} です。同じネットワークでも、ステップを増やすと時間がかかり、ここでは確率的サンプラーのほうが 1 ステップあたりずっと高い忠実度を得ています。',
    'compare.plot.recall': '再現率（サンプルがカバーする本物の画像の割合）',
    'compare.plot.precision': '適合率（本物らしく見えるサンプルの割合）',
    'compare.plot.real': '本物の画像',
    'compare.plot.guidance': 'DDPM、誘導スケール w（DDIM {steps}）',
    'compare.plot.pr_caption': '分類器の特徴量での k 近傍多様体（k = {k}）、n = {n}。誘導はトレードオフに沿って動きます：クラスらしいサンプルが増え、カバーする本物の画像は減ります。',
    'compare.sweep.title': 'n を固定する理由：FID は n に左右され、KID は左右されない',
    'compare.sweep.notice': '**注目ポイント：** 本物の学習画像を本物のテスト統計と比べると、FID は n = {n_small} で {fid_small}、n = {n_large} で {fid_large} です。同じデータでも値が変わります。KID は不偏で、本物の画像では {sizes} 通りの n のうち {kid_within} 通りで標準偏差 2 つ分以内の 0 です。そのため、アプリの FID はすべて 1 つの n で測り、横に KID を示します。',
    'compare.cell.stability': '{runs} 回中 {found} 回で {modes} モードすべてを発見。品質 {quality} % ± {sd}',
    'compare.stability.gan_stabilised': 'R1 と移動平均あり：{runs} 回中 {found} 回',
    'compare.stability.gan_collapse_settings': 'モード崩壊プリセットの設定：{runs} 回中 {found} 回',
    'compare.stability.caption': '学習の安定性：ファミリーごとに {runs} 個のシードで各 {steps} ステップ、{modes} 個のガウス分布を並べた 2 次元の円環（半径 {radius}、σ = {sigma}）で学習。{samples} 個のサンプルのうち {share} 以上がモードの 3σ 以内にあれば、そのモードを発見したとみなします。品質はいずれかのモードの 3σ 以内にあるサンプルの割合（シード間の平均 ± 標準偏差）。各ファミリーは自分の目的関数を自分の小さなネットワークで学習します（`core/stability.py`）。この列が比べるのは各種の学習がどれだけ確実に働くかで、上の画像モデルそのものではありません。',
    'compare.notice.likelihood_partial': '- **尤度：** フローの bits/dim は、脱量子化を通した離散画像の −log₂ P(x) の上界です。DDPM の変分下界はこのデータセットではまだ測定していません。VAE のベルヌーイ上界はどちらとも比べられず、GAN は尤度を定義しません。',
    'compare.bound.title': 'DDPM の尤度：{bits} bits/dim の内訳',
    'compare.bound.x': 't（対数目盛）',
    'compare.bound.y': 'ステップ 1 … t の項の bits/dim',
    'compare.bound.notice': 'この上界 ≤ {total} bits/dim（テスト画像 {images} 枚の平均、標準誤差 ± {se}）は T + 1 個の項（$L_T$、$L_{{T-1}}$ … $L_1$ とデコーダの $L_0$）の和で、各項は DDPM の祖先サンプリングの 1 ステップ（σ_t² = β̃_t。表で速度を測った DDIM のサンプラーではありません）で、クラスなし（空クラス ∅）のモデルについて計算しています。デコーダの項だけで {decoder} bits/dim かかります。分散を σ₁² = β̃₂ に固定したガウス分布は 1 階調ほどの幅しかないので、予測が正確でも正しい階調に載る確率は一部にとどまるためです。t = 2 … 10 の項が {first_ten}、それより後のステップ全部で {rest}、事前分布の項 $L_T$ は {prior} です。Ho ら（2020）も同じことを報告しています：符号長の大半は、ほとんど見えない細部の記述に使われます。このアプリが学習する ε の二乗誤差は各項を変分下界とは違う重みで足し合わせ、尤度よりサンプルの質を優先します。',
    'compare.stability.images': '画像モデルの学習曲線が最後にどれだけ動いていたか：記録した GAN の学習の最後の 4 分の 1 で、FID（n = {n}）は {start} から {end} へ（{low}〜{high} の間で）動き、生成器の損失は {g_low}〜{g_high} にとどまりました。ほかの画像モデルのチェックポイントは曲線の記録より前に作られたもので、次の学習からはエポックごとの損失をサイドカー（`train_curve`）に残します。',
    'compare.notice.stability': '- **安定性：** 2 次元の円環では、どのファミリーも自分の設定で {reliable} 回の学習すべてで {modes} モードを見つけました。GAN をモード崩壊プリセットの設定で学習すると {runs} 回中 {collapse} 回でした。この円環では GAN の × は乱数のシードではなく設定（学習率、識別器のステップ数、ノイズの大きさ）への依存として現れます。シード記事が理由に挙げる生成器と識別器のバランスです。',
    'compare.notice.stability_other': '- **安定性：** 2 次元の円環で {modes} モードすべてを見つけた学習の割合：{shares}。',
    'compare.stability.others': '（{others}）',
    'compare.stability.separator': '、',
    'compare.protocol': '評価手順：モデルごとに n = {n} 枚、シード {seed}。KID は半分の大きさのランダムな部分集合 {subsets} 個で、適合率 / 再現率は k = {k}。',
}
