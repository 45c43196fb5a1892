"""Round 22 (30m8): a writer who varies the words on purpose — synonyms, colloquial verbs
and regional speech. 「全部おしまいにしたい」 for 終わりにしたい; a child who suctions a
sibling or prepares a tube feed, or who writes in kana with a few easy kanji; parents who pay
a grown child's way; costs that are 「ばかにならない」, an income one 「やっていけない」 on, a
job lost; money lost on slots, cancer treatment, food that tastes of sand, kilos lost, feet
that freeze before work, tears that come by themselves; signs of dementia (今日が何曜日か,
まだらボケ, a night walk to the door), a parent half paralysed, a safety check for a parent
far away; an old parent pushed by the son they keep. And what is not that: the end of a
practice or of a talk, a day without work for rain, a diet, tears at a film, heights, a busy
week, a disaster drill, a volunteer, a stomach ache said before school, an online casino
that is no fire."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- おしまいにしたい


@pytest.mark.parametrize(
    "text",
    [
        "もう全部おしまいにしたいです",
        "なにもかもおしまいにしたい。疲れた",
        "もう、おしまいにしたか",
        "人生おしまいにしたいってずっと思ってる",
        "もうおしまいにするけん、ごめんね",
        "生きるのをおしまいにしたい",
        "もうぜんぶおわりにしたい",
    ],
)
def test_wanting_it_all_over_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "今日の練習はもうおしまいにしたい",
        "この話はもうおしまいにしよう",
        "もうおしまいにしよう、今日は遅いし",
        "ゲームはもうおしまいにしてお風呂に入りなさい",
        "彼とはもうおしまいにしたい",
    ],
)
def test_the_end_of_a_practice_or_a_talk_is_no_crisis(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a child's medical care


@pytest.mark.parametrize(
    "text",
    [
        "中2です。弟の痰の吸引を夜中にやってます",
        "高1。妹が胃ろうで、注入の準備はぼくがしてる",
        "中学生です。母と交代で兄のたんの吸引をしています",
        "小6です。おばあちゃんの胃ろうの注入を手伝ってます",
        "高校生です。父の経管栄養の準備を毎朝やってから学校に行きます",
        "いえのことはぜんぶわたしがして、いもうとのめんどうもみてる",
        "弟のめんどうもみてるし、ごはんもつくってる。おかあさんはびょうき",
        "家のことはぜんぶぼくがして妹のめんどうもみてる。ママはずっとねてる",
    ],
)
def test_a_child_who_suctions_or_keeps_the_house_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "掃除機の吸引力が落ちてきた",
        "看護師として病棟で痰の吸引をしています",
        "父は胃ろうで、訪問看護師さんが注入してくれます",
    ],
)
def test_suction_by_a_machine_or_a_nurse_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- parents who pay a child's way


@pytest.mark.parametrize(
    "text",
    [
        "80代の母が、50になる兄の生活費をいまだに出してます",
        "70代の両親が、40代の弟の小遣いまで渡しているらしい",
        "わしら夫婦は70過ぎ。45の息子はバイトしてはすぐ辞める",
        "75の父が、仕事の続かない兄(48)の生活費を全部払ってる",
        "母(78)は、無職の姉(50代)の携帯代まで払っている",
        "実家の親は80近い。40代の弟は仕事が長続きしない",
    ],
)
def test_old_parents_paying_a_grown_childs_way_is_8050(ex, text):
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "大学生の息子の生活費を出しています",
        "娘(20)のスマホ代を払っています",
        "高校生の息子がバイトしてはすぐ辞めるので困ってます",
    ],
)
def test_a_young_childs_costs_are_no_8050(ex, text):
    assert "8050" not in ex(text).patterns


# ---------------------------------------------------------------- money: costs, income, a lost job


@pytest.mark.parametrize(
    "text",
    [
        "持病の薬代がばかにならなくて困ってます",
        "通院費が馬鹿にならんのよ、年金暮らしには",
        "家賃がえげつなくて毎月カツカツです",
        "おむつ代とミルク代がシャレにならない",
        "障害年金と工賃で月7万ちょい。とてもやっていけない",
        "年金が月5万しかなくて、暮らしていけません",
        "手取り12万じゃ食べていけない",
        "去年の秋に仕事を失って、貯金を切り崩してます",
        "工場が閉まって職をなくしました",
        "パートの仕事がなくなって、家賃が払えるか心配",
    ],
)
def test_heavy_costs_a_short_income_or_a_lost_job_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "今日は雨で仕事がなくなったから、家でのんびりしてる",
        "仕事をなくしたらどうしようって、冗談で同僚と話してた",
        "この職場ではもうやっていけない気がする",
        "彼とはもうやっていけないと思う",
        "息子の食べる量がばかにならない",
    ],
)
def test_a_day_off_a_workplace_or_a_partner_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- health in other words


@pytest.mark.parametrize(
    "text",
    [
        "パチスロで借金が200万になった",
        "スロットで給料を全部溶かしてしまった",
        "競艇でサラ金からつまんでしもうた",
        "オンカジがやめられない",
        "抗がん剤の治療中で、仕事に行けない",
        "夫が放射線治療を受けています",
        "なにを食べても砂をかんでいるようです",
        "最近、ご飯の味がせん",
        "この2か月で6キロも痩せました",
        "ここ半年で10キロ落ちた",
        "会社の前まで来ると足がすくんで入れない",
        "朝、駅まで行くと足がすくむ",
        "涙が勝手に出てきて止まらない",
        "理由もなく涙がぼろぼろこぼれる",
    ],
)
def test_slots_cancer_care_lost_taste_weight_and_tears_are_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "抗がん剤の研究をしています",
        "ダイエットを始めて3キロ痩せました",
        "目標の5キロ減量に成功しました",
        "米を10キロ買ったら重かった",
        "感動して涙が止まらなかった",
        "高い所に行くと足がすくむ",
        "娘が中1で、朝になると「お腹いたい」って言って学校を休みたがる",
        "息子が「頭痛い」と言って学校に行きたがらない",
    ],
)
def test_research_a_diet_a_film_heights_or_a_stomach_ache_before_school_is_no_health(ex, text):
    assert "health" not in ex(text).fields


def test_an_online_casino_is_no_fire(ex):
    assert "emergency" not in ex("オンカジがやめられない").crisis


# ---------------------------------------------------------------- care in other words


@pytest.mark.parametrize(
    "text",
    [
        "母が今日が何曜日かわからなくなってきた",
        "父は最近、きょうが何日かもわからんようです",
        "夫が家族の顔もわからなくなってきて",
        "うちのばあちゃん、まだらボケがひどくなって",
        "じいちゃんが夜中に起きだして玄関の鍵を開けようとする",
        "母が夜になると起きて、外に出ようとします",
        "父が脳梗塞で半身まひになった。誰が面倒をみるのか",
        "母が右手がきかなくなって、家事ができない",
        "一人暮らしの父の安否を毎日確認してくれるサービスはありますか",
        "遠くに住む母の見守りサービスを探してます",
        "82になる。50の息子が家から出んで、殴られる",
    ],
)
def test_signs_of_dementia_a_paralysed_parent_or_a_safety_check_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "忙しすぎて今日が何曜日かわからない",
        "夏休みで曜日感覚がなくなって、今日が何日かわからん",
        "地震のとき、社員の安否確認はどうするんですか",
        "台風の時に親戚の安否確認をしました",
    ],
)
def test_a_busy_week_or_a_disaster_check_is_no_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- a volunteer; alone if one falls


@pytest.mark.parametrize(
    "text",
    [
        "子育て支援センターでボランティアをしたいです",
        "子ども食堂のボランティアに登録したい",
        "学童でボランティアとして手伝えますか",
    ],
)
def test_a_volunteer_for_children_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    ["わしが倒れても、誰も気づかんじゃろう", "家で倒れても誰も来てくれない"],
)
def test_no_one_to_notice_a_fall_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns
