"""Round 15 (23x): families found in review — partner violence the writer is fleeing now
with the children (emergency, and 面前DV), a noose made from an everyday cord (a cable, a
belt, a tie), a wish to go to someone who has died, and a drama whose violence the writer
says is their own partner's; and the everyday meaning of the same words: a flight that is
past or planned, a partner who thrashes in sleep, cables tidied, newspapers bundled, a
visit to a grave or a living grandparent, a drama talked about only as a drama."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- fleeing a partner now


@pytest.mark.parametrize(
    "text",
    [
        "夫が暴れてる。子どもを連れて車の中に逃げてる",
        "旦那が酒飲んで暴れだしたので、子どもたちと近くのコンビニに逃げてきました",
        "彼氏が物投げて怒鳴ってる。今、娘と二人でベランダに逃げてる",
        "夫に殴られて、子ども連れて実家に向かってる途中です",
        "うちの人が暴れよるけん、子ども連れて車におる",
        "おっとが あばれてる こどもと くるまに にげてる",
        "夫が怒鳴って物を壊してる、子どもと一緒に公園まで逃げてきた。帰れない",
        "主人が暴れ出したので、息子を抱っこして隣の家に避難してます",
        "夫が酔って暴れて、子どもと外に出た。財布とスマホしかない",
        "旦那がキレて物投げてきたけん、子ども抱えて車に逃げとる",
        "夫が怒鳴り散らしてる。いま娘とトイレに隠れてる",
        "夫が暴れてる。子どもと部屋に閉じこもってる",
        "嫁がキレて暴れとる。子どもら連れて車ん中おる",
    ],
)
def test_fleeing_a_partner_now_with_children_is_dv_emergency_and_abuse(ex, text):
    crisis = ex(text).crisis
    assert "dv" in crisis
    assert "emergency" in crisis
    assert "abuse" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "彼が暴れてて、子ども連れて友達の家に避難した",
        "夫の暴力から子どもと逃げて、今は実家に避難しています",
        "夫のモラハラがひどい。いつも子どもを連れて実家に逃げてる",
    ],
)
def test_children_who_fled_to_a_safe_place_are_abuse_not_emergency(ex, text):
    crisis = ex(text).crisis
    assert "dv" in crisis
    assert "abuse" in crisis
    assert "emergency" not in crisis


@pytest.mark.parametrize(
    "text",
    [
        "去年、夫の暴力から子どもを連れて逃げた。今は落ち着いて暮らしています",
        "夫の暴力から子どもを連れて逃げたいと思ってる",
        "夫の暴力から子どもを連れて逃げるか迷ってる",
        "夫が暴れたのは去年。今は子どもと実家で暮らしてる",
    ],
)
def test_a_past_or_planned_flight_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "子どもを連れて実家に帰ってる",
        "子どもが暴れて手がつけられない、車の中に逃げた",
        "雷が怖くて子どもと車の中に逃げた",
        "夫が寝相で暴れるので、子どもと別の部屋に逃げて寝てる",
        "犬が暴れて、子どもを連れて車に逃げた",
    ],
)
def test_fleeing_without_a_violent_partner_is_no_crisis(ex, text):
    crisis = ex(text).crisis
    assert "dv" not in crisis
    assert "emergency" not in crisis
    assert "abuse" not in crisis


# ---------------------------------------------------------------- a noose from an everyday cord


@pytest.mark.parametrize(
    "text",
    [
        "延長コードを輪にしてドアノブにかけた",
        "ベルトで輪っかを作った。首が入るか試した",
        "充電コードで輪っか作ってカーテンレールに結んだ",
        "タオルを結んで輪にして、クローゼットのパイプにかけてある",
        "ネクタイを輪にしてドアノブに引っかけた。もう疲れた",
        "ビニールひもで輪を作って首にかけてみた",
        "延長コードで輪を作った。首にかけてみた",
    ],
)
def test_a_noose_from_a_cord_is_suicide_and_emergency(ex, text):
    crisis = ex(text).crisis
    assert "suicide" in crisis
    assert "emergency" in crisis


def test_a_noose_told_as_the_past_is_suicide_not_emergency(ex):
    crisis = ex("去年、ベルトで輪を作って首にかけたことがある").crisis
    assert "suicide" in crisis
    assert "emergency" not in crisis


@pytest.mark.parametrize(
    "text",
    [
        "延長コードを輪にしてまとめた",
        "充電コードを輪っかにして束ねて引き出しにしまった",
        "ビニールひもで輪を作って新聞をしばった",
        "ベルトで輪を作ってスーツケースに巻いた",
        "子どもと毛糸で輪っかを作って首飾りにした",
        "輪投げの輪をドアノブにかけて遊んでる",
        "ケーブルを輪っかにしてフックにかけて収納した",
        "ネクタイを首にかけて結び方を練習してる",
    ],
)
def test_cords_tidied_bundled_or_played_with_are_no_crisis(ex, text):
    crisis = ex(text).crisis
    assert "suicide" not in crisis
    assert "emergency" not in crisis


# ---------------------------------------------------------------- a wish to join someone who died


@pytest.mark.parametrize(
    "text",
    [
        "早くじいちゃんのところに行きたい。じいちゃんが死んでから毎日つらい",
        "亡くなった母のそばに行きたい",
        "天国の夫に会いに行きたい",
        "死んだ妻のところへ早く行きたい",
        "先に逝った息子のもとへ行きたいと毎日思う",
        "ばあちゃんが亡くなってから、ばあちゃんのおるとこに行きたいって思う",
        "お父さんが死んでひとりぼっち。お父さんのいるところに早く行きたい",
        "天国のママに会いたい、そっちに行きたい",
        "ばあちゃんのところに早く行きたい。ばあちゃんが亡くなってから寂しい",
    ],
)
def test_wanting_to_go_to_someone_who_died_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "亡くなった祖父のお墓に行きたい",
        "お墓参りに行きたい",
        "おじいちゃんの家に遊びに行きたい",
        "入院してるばあちゃんのところに早く行きたい",
        "母が亡くなったので、実家の片付けに行きたい",
        "亡くなった父の葬儀場に行きたいけど遠い",
        "亡くなった父のところに線香をあげに行きたい",
        "母が亡くなって、父のところに早く行きたい",
        "亡くなった夫の実家に行きたい",
    ],
)
def test_a_grave_a_funeral_or_a_living_relative_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a drama that is the writer's own


@pytest.mark.parametrize(
    "text",
    [
        "ドラマで暴力のシーンを見て、うちの夫も同じだと気づきました",
        "映画でモラハラ夫が出てきて、私のことだと思った",
        "ドラマのDVの場面を見て、自分も同じことをされていると分かった",
        "ニュースでDVの特集を見て、うちの旦那と全く同じでびっくりした",
        "漫画で殴られる妻の話を読んで、私も夫に同じことされてるって気づいた",
        "ドラマで夫が妻を怒鳴るシーン、うちの主人そのもので見てられなかった",
        "ドラマで彼氏がスマホを勝手に見るシーンあって、うちの彼と一緒やと思った",
    ],
)
def test_a_drama_the_writer_says_is_their_own_partner_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ドラマで暴力のシーンを見て泣いた",
        "映画のDV夫の演技がすごかった",
        "ドラマのモラハラ夫、うちの夫は優しいから全然違う",
        "ドラマで夫が妻を殴るシーンがあって、子どもには見せたくない",
        "小説のDVの描写がリアルだった",
        "ドラマの夫婦げんかのシーン、うちと同じで笑った",
        "ニュースでDVの特集を見た。夫と一緒に見てた",
    ],
)
def test_a_drama_talked_about_as_a_drama_is_no_dv(ex, text):
    crisis = ex(text).crisis
    assert "dv" not in crisis
    assert "abuse" not in crisis
