"""Round 25 (33c10): a pupil who puts their grade or age in brackets after 「ぼく」 (young
carer); a middle-aged brother or sister living in the old parents' house (8050); legs too bad
to go shopping, in dialect too, and a question about meal delivery (care). And what only looks
like that: grandparents raising a grandchild on their pension (no 8050, no care, no double
care), work at an old people's home, a sprained leg at football, a meal-delivery job."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a pupil in brackets


@pytest.mark.parametrize(
    "text",
    [
        "おばあちゃんが認知症で、お母さんが介護してる。ぼく(中1)が弟のごはんと洗濯やってる",
        "じいちゃんが寝たきりで母さんは介護。わたし（小6）が妹の世話と晩ごはん係です",
        "母が祖母の介護で手いっぱいなので、私(高2)が毎日家事と弟の送り迎えをしています",
        "父が病気で母は看病、オレ（中3）が晩飯と妹の面倒みてる",
        "うち(中2)が毎日ばあちゃんのトイレ手伝ってる。母さんは夜勤",
        "ぼく(12さい)が おとうとの ごはん つくってる。ママは おばあちゃんの かいご",
        "祖父の介護で母が疲れてて、自分（高1）が料理と掃除ぜんぶやってます",
    ],
)
def test_pupil_in_brackets_is_a_young_carer(ex, text):
    """The writer's own grade or age in brackets after 「ぼく」「私」: a young carer."""
    e = ex(text)
    assert "young_carer" in e.patterns
    assert "double_care" not in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子(中2)が最近反抗期で、夕ごはんも食べないんです",
        "娘（小6）の塾の送り迎えと、母の介護の両方でくたくたです",
        "私(45)が母の介護をしています。子ども(中1)の受験もあって大変",
    ],
)
def test_child_in_brackets_is_no_young_carer(ex, text):
    """A son or daughter with a grade in brackets is written about, not writing."""
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- living in the parents' house


@pytest.mark.parametrize(
    "text",
    [
        "弟(52)が仕事をしてなくて、親の家で暮らしてます。親はもう83です",
        "兄は48で無職、実家で両親と住んでる。父も母も80を超えました",
        "姉(55)が親の家で生活しています。働いておらず、母は87歳です",
        "うつ病の兄(50)が親と暮らしとる。親は80過ぎでもう面倒みきれん",
        "妹が45で引きこもり気味、両親の家で暮らしている。両親は70代後半です",
        "弟は51、両親の元で暮らしてて仕事もしてない。父は85",
    ],
)
def test_sibling_in_parents_house_is_8050(ex, text):
    """A middle-aged brother or sister living in the old parents' house: 8050."""
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "弟(30)は親の家で暮らしてて、会社員です。親は60代で元気",
        "兄は48で結婚して独立、親の家の近くに住んでいます",
        "姉が子どもを連れて親の家で暮らし始めた。来月には新居に移る予定",
    ],
)
def test_no_8050_in_parents_house(ex, text):
    """A young sibling, a parents' house nearby, or a short stay: no 8050."""
    assert "8050" not in ex(text).patterns


# -------------------------------------------------------- grandparents raising grandchildren


@pytest.mark.parametrize(
    "text",
    [
        "70過ぎて孫を育てることになりました。娘は病気で入院していて、年金だけで子育ては苦しい",
        "72歳ですが孫2人を引き取って育てています。年金だけでは足りません",
        "75で孫の面倒を見ることになった。息子夫婦が離婚して、年金暮らしで子育てはきつい",
        "わしも78、孫を預かって育てとる。年金だけで育てるのは正直しんどい",
    ],
)
def test_grandparents_raising_grandchildren(ex, text):
    """Raising grandchildren late in life on a pension: child-rearing and money, not 8050,
    not care on the writer's age alone, not double care."""
    e = ex(text)
    assert "child" in e.fields
    assert "8050" not in e.patterns
    assert "double_care" not in e.patterns
    assert "care" not in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "75歳で孫を育てていますが、私自身も要介護1で足腰が弱って買い物にも行けません",
        "孫を育てながら、認知症の夫の介護もしています。私は72です",
    ],
)
def test_grandparents_raising_and_caring_keep_care(ex, text):
    """A grandparent who needs help, or also cares for a spouse, is still care."""
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- legs too bad to go shopping


@pytest.mark.parametrize(
    "text",
    [
        "足が悪うて買い物に行かれん。配達してくれるとこはないかね",
        "膝が悪くてスーパーにも行けません。一人暮らしです",
        "足が悪いけん病院に行けんのよ。送ってくれる人もおらん",
        "足腰が悪くなって、買い物に出られなくなりました",
        "母は足が悪くて、ゴミ出しにも行けないんです",
        "配食サービスいうんは、どこに申し込んだらええんかね",
        "一人暮らしの父に配食サービスを頼みたいです",
        "あしが わるくて かいものに いけません",
    ],
)
def test_bad_legs_and_meal_delivery_are_care(ex, text):
    """Legs too bad for shopping or the hospital, or meal delivery asked for: care."""
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "私は高齢者施設で働いてます。職員向けの研修の案内がほしいです",
        "老人ホームに勤めています。駐車場の申請について教えてください",
        "高齢者施設でパートしてます。保育園の空きを知りたくて",
        "配食のバイトを探しています",
        "配食サービスの会社で働いてます。市の入札について知りたい",
        "サッカーで足が悪くなって、試合に出られない",
    ],
)
def test_work_and_sport_are_not_care(ex, text):
    """Work at an old people's home or in meal delivery, a sports injury: no care."""
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- no heart for what one liked


@pytest.mark.parametrize(
    "text",
    [
        "好きじゃった釣りにも行く気がせん。なんでかのう",
        "好きやった畑にも出る気にならん",
        "好きだったテレビも見る気がしません",
        "好きやった カラオケも いく気が おきん",
        "母が、好きだったお花の教室にも行く気にならないと言っています",
        "好きじゃった散歩もする気がせんようになった",
    ],
)
def test_no_heart_for_what_one_liked_is_health(ex, text):
    """What one liked no longer draws one (dialect too): health."""
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "好きだった店が閉まってしまい、行く気がしない場所になりました",
        "好きやったバンドが解散して、もうライブに行く気はないかな笑",
        "好きだった人に振られたけど、もう会う気はない。新しい出会い探すわ",
    ],
)
def test_no_heart_look_alikes(ex, text):
    """A closed shop, a band split up, an ex: no health."""
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- care that has settled


@pytest.mark.parametrize(
    "text",
    [
        "母の介護は去年施設に入ってひと段落しました。今日は粗大ごみの日を知りたくて",
        "父の介護も老人ホームに入って一段落しています。図書館の休みを教えてください",
        "祖母の介護はグループホームに入って落ち着きました。ところで、ごみの分け方を知りたい",
        "親の介護は特養に入所できて終わりました。引っ越しの手続きについて聞きたいです",
    ],
)
def test_settled_care_and_another_errand(ex, text):
    """Care that ended with a move to a home, then another errand: no care."""
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母の介護は施設に入ってひと段落しましたが、今度は父が認知症と言われました",
        "義母の介護は特養に入ってひと段落したけど、今度は実母の物忘れがひどくて心配です",
    ],
)
def test_settled_care_then_a_new_worry(ex, text):
    """A new care worry after 「が」「けど」 is still care."""
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- a grown son at a workshop


@pytest.mark.parametrize(
    "text",
    [
        "障害者手帳を持ってる息子が作業所に行かなくなって、もう5か月部屋にこもってます",
        "娘はB型に通ってたんですが、半年前から部屋から出てこなくなりました。療育手帳があります",
        "就労継続支援に通っていた息子が、3か月ほど自分の部屋にこもっています",
    ],
)
def test_workshop_son_shut_in_is_no_child_matter(ex, text):
    """A son or daughter who went to a workshop for adults is no school-age child."""
    e = ex(text)
    assert "child" not in e.fields
    assert "hikikomori" in e.patterns
