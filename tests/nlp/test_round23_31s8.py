"""Round 23 (31s8): a port town and its islands — fishermen's families, shift workers, older
people, young mothers far from family. A parent who thinks of going into the sea or a river
with the child to be at ease (suicide); small children left at home alone while the parent
works a night shift (neglect); a teenager who watches a grandparent with dementia all night
(young carer); 「腰をやった」 (an injury); a widow living alone whose knees keep her from the
shops (care). And what is not that: a near-death story from the boat told as a joke, the
writer's own care-home night shift or a care business to start, a wheelchair to give away,
「お金の心配もない」 and 「子どもも元気」."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- into the sea, to be at ease


@pytest.mark.parametrize(
    "text",
    [
        "この子を抱いたまま海に入ってしまえば楽になれるのかな",
        "もう娘と二人で川に入ったら楽かなって、ふと思う",
        "赤ちゃんと一緒に海に沈んだら全部終わるのかな",
        "うみに　はいったら　らくに　なれるかな",
        "子ども連れて湖に入れば終われるんじゃないかって考えてしまう",
        "姉が「この子と海に入ったら楽になれるかも」って言ってて心配です",
        "夜の港で、このまま海に歩いて入ったら楽になれるんやろか",
    ],
)
def test_going_into_the_sea_to_be_at_ease_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夏は海に入ったら楽しいよね",
        "海に入ったら腰が楽になった、リハビリにいいらしい",
        "温泉に入ったら楽になれるかな、肩こりがひどい",
        "子どもと一緒に川に入ったら冷たくて気持ちよかった",
        "海に入ったら楽になった気がした、泳ぐのが好き",
    ],
)
def test_a_swim_or_a_bath_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- small children left alone


@pytest.mark.parametrize(
    "text",
    [
        "夜勤の間、4歳と2歳を家に置いて出ています",
        "パートの間、3歳の息子を一人で家に残して出勤してる",
        "夜はこどもたちだけでねかせて　しごとに　いってます",
        "隣の若いお母さん、毎晩1歳の子を部屋に置いて飲みに行ってるみたい",
        "スナックで働いてて、夜は子ども二人をアパートに残して出ています",
        "託児所が見つからず、2歳と0歳を置いて仕事に行くしかない日がある",
    ],
)
def test_small_children_left_at_home_for_a_shift_is_neglect(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "5歳の息子を家に残して買い物に行くのは何分までなら大丈夫でしょうか",
        "夫が家にいるので、子どもを置いて夜勤に行けます",
        "3歳の子を置いて仕事に行けないので困っています",
        "夜勤の間は実家の母が子どもを見てくれています",
    ],
)
def test_a_question_a_parent_at_home_or_no_leaving_is_no_neglect(ex, text):
    assert "abuse" not in ex(text).crisis


def test_a_care_home_night_shift_is_the_writers_work_not_double_care(ex):
    result = ex("ひとり親で、介護施設の夜勤の間は2歳と4歳を家に置いて出るしかない")
    assert "abuse" in result.crisis
    assert "care" not in result.fields
    assert "double_care" not in result.patterns


# ---------------------------------------------------------------- a near-death story


@pytest.mark.parametrize(
    "text",
    [
        "若い頃、時化の日に船から落ちて死にかけた。今じゃ酒の肴よ",
        "子どもの頃に川で溺れて死にかけたことがあります",
        "熱中症で死にかけた話、もう笑い話です",
        "台風ん時に漁に出て死にかけたんは昔の話",
        "うちの金魚が死にかけてる",
    ],
)
def test_a_near_death_story_is_no_crisis(ex, text):
    result = ex(text)
    assert "suicide" not in result.crisis
    assert "emergency" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "首をつって死にかけた",
        "薬を大量に飲んで死にかけた",
        "もう死にたい、死にかけてもいい",
    ],
)
def test_a_self_inflicted_near_death_is_still_suicide(ex, text):
    assert "suicide" in ex(text).crisis


def test_a_relative_dying_now_is_an_emergency_not_suicide(ex):
    result = ex("父が死にかけています、どうしたらいいですか")
    assert "emergency" in result.crisis
    assert "suicide" not in result.crisis


# ---------------------------------------------------------------- a teenager on night watch


@pytest.mark.parametrize(
    "text",
    [
        "中3です。おじいちゃんが夜に家を出ていかないように、毎晩見張ってます",
        "高校生です。認知症の祖母が夜中に徘徊するので、夜通し見守っていて学校で眠いです",
        "ぼくは小6。おじいちゃんがよる出ていくから、ぼくがみはってる",
        "中2です。ばあちゃんが夜中に外に出らんごと、毎晩起きて見張っとる",
        "高2。認知症の父が夜に出ていかないよう、母と交代で見張ってて寝不足",
        "うちの子（中1）が、夜中に祖母が出て行かないよう見張ってくれていて、朝起きられません",
    ],
)
def test_a_teenager_watching_a_grandparent_at_night_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "部活の後輩を見張る係になった、中2です",
        "高1です。夜中に猫が外に出ないように見張ってる",
        "中学生です。夜中にゲームしてないか母に見張られてる",
        "高1。じいちゃんと夜釣りに行って、竿を見張ってた",
    ],
)
def test_watching_a_pet_a_rod_or_being_watched_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- fields


@pytest.mark.parametrize(
    "text",
    [
        "腰をやってしもうて漁に出られん",
        "膝をやってしもうて歩けん",
        "こしをやってしまった、立つのもつらい",
        "船の上で腰をやって、しばらく休んでます",
    ],
)
def test_hurting_ones_back_is_health(ex, text):
    assert "health" in ex(text).fields


def test_a_back_massage_is_no_health(ex):
    assert "health" not in ex("肩をやってもらった、すっきり").fields


def test_an_older_relatives_back_injury_in_care_stays_care(ex):
    fields = ex("父が腰をやって、母の介護ができなくなりました。母は要介護2です").fields
    assert "care" in fields
    assert "health" not in fields


@pytest.mark.parametrize(
    "text",
    [
        "女房を亡くしてから一人暮らし。足が弱って買い物もしんどい",
        "主人に先立たれて一人暮らしです。膝が悪くて病院にも行けません",
        "連れ合いを亡くして独り暮らし、腰が痛うてゴミ出しもできん",
    ],
)
def test_a_widow_alone_whose_legs_fail_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "夫を亡くして一人暮らしです。仕事が見つかりません",
        "主人を亡くして一人暮らしですが、元気に畑をしています",
    ],
)
def test_a_widow_alone_and_well_is_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "老人ホームの夜勤が続いてて、体がもたん",
        "介護の夜勤明けでくたくた、燃えないごみの日はいつ？",
        "特養の早番と遅番でへとへと",
        "介護タクシーの会社を立ち上げたいので相談したい",
        "デイサービスを開業したいのですが補助金はありますか",
        "使わなくなった車椅子を寄付したいです",
        "父の歩行器、もういらんけん処分したい",
    ],
)
def test_care_work_a_care_business_or_a_wheelchair_to_give_is_no_care(ex, text):
    fields = ex(text).fields
    assert "care" not in fields
    assert "disability" not in fields


@pytest.mark.parametrize(
    "text",
    [
        "母の介護で夜勤ができなくなった",
        "介護タクシーを使いたいのですが、母が車いすで",
        "施設の夜勤の職員に母が怒鳴られていた",
    ],
)
def test_a_familys_care_beside_night_shifts_or_services_is_still_care(ex, text):
    assert "care" in ex(text).fields


def test_a_wheelchair_wanted_is_still_a_need(ex):
    assert "disability" in ex("車いすを譲ってほしいです、母が歩けなくなって").fields


@pytest.mark.parametrize(
    "text",
    [
        "お金の心配もないし、子どもたちも元気です。公民館の予約方法を教えて",
        "おかげさまで暮らしの心配もありません。献血はどこで？",
        "うちは孫も元気だし、お金の心配もございません。敬老会はいつ？",
    ],
)
def test_no_money_worry_and_children_well_raise_nothing(ex, text):
    fields = ex(text).fields
    assert "hardship" not in fields
    assert "child" not in fields


@pytest.mark.parametrize(
    "text",
    [
        "子どもは元気すぎて困ってます",
        "お金の心配もないわけじゃないけど、家賃が上がって",
    ],
)
def test_a_child_too_lively_or_a_half_denial_still_counts(ex, text):
    fields = ex(text).fields
    assert "child" in fields or "hardship" in fields
