"""Round 30 (38u20): crises said in other words. A parent who thinks of 「この子と一緒に消えて
しまおうか」 or 「もういなくなろうかな」 (the volitional of disappearing: suicide); a partner who
pushed the writer against a wall or held her down on the floor; a partner named as 「同棲して
いる相手」; children the parent has had nothing to give to eat since yesterday (neglect).
And what only looks like that: slipping away from a drinking party or a group chat, a time
of 「消えたいと思ってた時期もあった」 now over and well, a crowded train or a judo practice, a
parent who shouts at the children (the writer's own act, no partner's control), a DV ex long
fled from and a settled life now, a child who cannot be fed for a fever or an examination,
someone not seen for years (withdrawn, not in danger now) or kin estranged for years, and the
meaning of DV asked after a drama, 「自分のことではなく」."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- disappearing, volitional


@pytest.mark.parametrize(
    "text",
    [
        "もう何もかも嫌になって、消えてしまおうかなって思う",
        "この子を連れて一緒に消えちゃおうかと考えてしまう夜がある",
        "夜中になると、もういなくなろうかなと考えます",
        "先が見えなくて、娘と二人で消えようかと思ったりします",
    ],
)
def test_thinking_of_disappearing_is_suicide(ex, text):
    """The writer (with a child) thinking of disappearing: suicide."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "飲み会から途中で消えようかな笑",
        "職場のグループLINEから消えようかと思ってる",
        "ろうそくの火が消えようとしている",
        "データが消えてしまおうが関係ない",
    ],
)
def test_leaving_a_party_or_a_thing_going_out_is_no_suicide(ex, text):
    """Leaving a party or a group chat, a flame going out: no crisis."""
    assert ex(text).crisis == ()


def test_disappearing_oneself_is_not_a_missing_person(ex):
    """「いなくなろうかな」 said of oneself is suicide talk, no one missing now."""
    e = ex("もういなくなろうかなと考えます")
    assert "suicide" in e.crisis
    assert "emergency" not in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "消えたいって考えてた時期もあったけど、今はデイケアが楽しくて毎週通えてます",
        "死にたいと思ってたこともありましたが、今は仕事も落ち着いて元気です",
        "自傷してた時期もあったけど今はもう穏やかに暮らしてます",
    ],
)
def test_wish_told_as_a_past_time_now_well_is_no_crisis(ex, text):
    """A time of such thoughts, told as over, beside a plain well-now: no crisis."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "消えたいと思ってた時期もあったけど、今はまた死にたい",
        "死にたいと考えてた時期もあったけど今は元気じゃない",
    ],
)
def test_past_time_with_the_wish_back_now_is_suicide(ex, text):
    """The wish back now, or well-now denied: still suicide."""
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- against a wall, on the floor


@pytest.mark.parametrize(
    "text",
    [
        "夫に壁に押しつけられて首をつかまれた",
        "彼氏にベッドに押さえつけられて動けなかった",
        "旦那は私を床に押さえつけて怒鳴る",
        "お金のことで言い返したら、彼に壁に叩きつけられた",
    ],
)
def test_pushed_against_a_wall_by_a_partner_is_dv(ex, text):
    """A partner pushing or holding the writer against a wall or the floor: DV."""
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "満員電車でドアに押し付けられてしんどい",
        "柔道の練習で床に押さえつけられた",
        "子どもが頭を壁にぶつけて泣いた",
    ],
)
def test_a_crowded_train_or_practice_is_no_violence(ex, text):
    """A crowded train, a judo practice, a child's bump: no crisis."""
    assert ex(text).crisis == ()


# ---------------------------------------------------------------- a cohabiting partner


@pytest.mark.parametrize(
    "text",
    [
        "同棲してる彼にお金を全部管理されて、友達にも会わせてもらえない",
        "同棲中の男に殴られた",
        "姉が同棲している相手に仕事を辞めさせられて、スマホも見られている",
    ],
)
def test_cohabiting_partner_is_a_partner(ex, text):
    """「同棲している相手」 is a partner: his violence or control is DV."""
    assert "dv" in ex(text).crisis


def test_living_with_a_parent_is_no_partner(ex):
    """「同居している母」 is no partner."""
    assert "dv" not in ex("同居している母が認知症で、毎日怒鳴られます").crisis


# ---------------------------------------------------------------- children not fed


@pytest.mark.parametrize(
    "text",
    [
        "子どもたちにもう二日も何も食べさせてやれてない",
        "お金が尽きて、息子に今朝から何も食べさせてあげられていません",
        "財布に100円しかなくて、娘になんも食べさせられないまま夜になった",
    ],
)
def test_children_given_nothing_to_eat_is_abuse(ex, text):
    """Children given nothing to eat (the parent cannot): neglect."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "子どもが熱で何も食べさせられない",
        "胃カメラの前なので子どもに何も食べさせていません",
        "3歳の子にまだ何も食べさせてない、朝ごはん作らなきゃ",
        "給料日前でお金がなくて、子どもにご飯を食べさせてあげられない日がある",
    ],
)
def test_a_fever_a_test_or_a_tight_month_is_no_neglect(ex, text):
    """A fever, an examination, breakfast not made yet, a tight month: no crisis."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- the writer's own shouting


@pytest.mark.parametrize(
    "text",
    [
        "前の夫と離婚して一人で育てています。疲れて子どもをつい怒鳴ってしまう",
        "夫は単身赴任です。毎晩息子にキレてしまって自己嫌悪です",
    ],
)
def test_writer_shouting_at_a_child_is_no_dv(ex, text):
    """The writer shouting at a child is no partner's control."""
    assert "dv" not in ex(text).crisis


def test_partner_shouting_at_the_writer_is_dv(ex):
    """The partner shouting at the writer still is."""
    assert "dv" in ex("夫がいつも私を怒鳴る。子どもの前でも").crisis


# ---------------------------------------------------------------- DV fled long ago


@pytest.mark.parametrize(
    "text",
    [
        "元夫のDVから逃げて今は子どもと二人で暮らしています。仕事を探しています",
        "前の旦那の暴力から逃げて、いまは実家の近くで娘と生活してます。保育園のことで相談です",
        "別れた夫のモラハラから逃れて三年、母子で暮らしてます",
    ],
)
def test_dv_fled_long_ago_and_settled_is_no_dv(ex, text):
    """An ex's DV fled from, a settled life now: no DV now."""
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "前の夫の暴力から逃げてきて母子で生活してますが、最近居場所がばれたみたいで怖い",
        "夫のDVから逃げてきました。今友達の家にいます",
    ],
)
def test_dv_fled_now_or_found_again_is_dv(ex, text):
    """Fled just now, or the ex has found her again: DV."""
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- not seen for years


@pytest.mark.parametrize(
    "text",
    [
        "民生委員です。80代のご夫婦の家に50代の息子さんがいるはずですが、ここ何年も姿を見た人がいません",
        "隣の家の娘さん、家にいるらしいけど、もう何年も姿を見かけません",
        "向かいのお宅に住んでる40代の息子さん、数年顔を見ていない",
    ],
)
def test_not_seen_for_years_is_no_emergency(ex, text):
    """Someone at home not seen for years is withdrawn, not in danger now."""
    e = ex(text)
    assert "emergency" not in e.crisis
    assert "hikikomori" in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "兄とは疎遠でもう何年も顔を見ていない",
        "娘とは絶縁していて5年以上顔を見ていません",
    ],
)
def test_estranged_kin_not_seen_is_no_hikikomori(ex, text):
    """Kin estranged for years: neither withdrawn nor in danger."""
    e = ex(text)
    assert e.crisis == ()
    assert "hikikomori" not in e.patterns


def test_not_seen_for_days_is_still_emergency(ex):
    """Not seen for three days: an emergency."""
    assert "emergency" in ex("隣のおばあさんを3日姿を見ていない").crisis


# ---------------------------------------------------------------- the meaning of DV asked


@pytest.mark.parametrize(
    "text",
    [
        "ニュースで見たんですが、モラハラって怒鳴られなくても入るんですか？",
        "DVって殴られなくてもなるんですか？自分のことではないんですが気になっただけです",
        "テレビで見たんだけど、虐待って叩かなくても当てはまるの？",
    ],
)
def test_meaning_of_dv_asked_is_no_crisis(ex, text):
    """The meaning of DV asked after a programme, not about the writer: no crisis."""
    assert ex(text).crisis == ()


@pytest.mark.parametrize(
    "text",
    [
        "ドラマで見たんですけど、DVって夫に殴られたら当てはまるんですか？",
        "友達のことなんですけど、彼氏に殴られてるみたいで。DVって当てはまりますか？",
    ],
)
def test_meaning_asked_with_a_partner_named_is_dv(ex, text):
    """A partner or a friend's partner named: DV."""
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- fields: money and work


@pytest.mark.parametrize(
    "text",
    [
        "退院してから仕事もなく一人で過ごしています",
        "仕事もなくて貯金も底をつきそうです",
        "B型の工賃だけなので生活がきびしくて",
        "パートだけでは暮らしが厳しいです",
        "夫の残業がなくなって、収入も不安です",
    ],
)
def test_no_work_or_a_tight_life_is_hardship(ex, text):
    """No work, a tight life, an income one worries about: hardship."""
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "今日は仕事もないのでゆっくりしてます",
        "明日は雨で仕事もないし家にいる",
        "寮の生活が厳しくて息が詰まる",
        "収入は心配ないです。子どもの学校のことで相談です",
        "仕事がなくなったら旅行に行きたい",
    ],
)
def test_a_day_off_or_strict_rules_is_no_hardship(ex, text):
    """A day off, strict dorm rules, an income not worried about: no hardship."""
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- patterns: no one at all


@pytest.mark.parametrize(
    "text",
    [
        "ｼﾆﾀｲ ｶﾈﾅｲ ﾀﾞﾚﾓｲﾅｲ",
        "仕事もない。お金もない。誰もいない。",
        "かねない しごとない だれもいない",
    ],
)
def test_no_one_in_a_list_of_lacks_is_isolation(ex, text):
    """「誰もいない」 said on its own, beside other lacks: isolation."""
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    ["家に帰ると誰もいない", "公園には誰もいない"],
)
def test_no_one_at_a_place_is_no_isolation(ex, text):
    """No one at home just now, or in a park: no isolation."""
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- health: drink, gambling


@pytest.mark.parametrize(
    "text",
    [
        "母がお酒を飲んでずっと寝てる",
        "おかあさんがおさけのんでずっとねてる",
        "父は昼間から酒飲んで寝てばかりです",
    ],
)
def test_drinking_and_sleeping_all_day_is_health(ex, text):
    """Drinking and lying in all day: health (a drinking problem)."""
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "昨日はお酒飲んで寝ちゃった",
        "借金はありません。ギャンブルもしません。仕事が続かないのが悩みです",
        "兄がパチンコ屋で働いてます。店がつぶれそうです",
        "夫は競馬はやらないので、そこは安心です",
    ],
)
def test_one_evening_a_denial_or_a_job_is_no_health(ex, text):
    """One evening's drink, gambling denied, a job at a pachinko parlour: no health."""
    assert "health" not in ex(text).fields


def test_gambling_promised_away_and_back_is_health(ex):
    """「ギャンブルはしないって約束したのに」: the gambling is back."""
    assert "health" in ex("夫はギャンブルはしないって約束したのにまた行ってる").fields


@pytest.mark.parametrize(
    "text",
    [
        "精神の病気があって、作業所にも行けなくなった",
        "B型の作業所に通ってます。心の病気があって人と話すのが苦手です",
    ],
)
def test_mental_illness_beside_a_workshop_is_disability(ex, text):
    """A mental illness named beside a sheltered workshop: disability, not health."""
    e = ex(text)
    assert "disability" in e.fields
    assert "health" not in e.fields


# ---------------------------------------------------------------- 8050: the old parents


@pytest.mark.parametrize(
    "text",
    [
        "おらは八十五で　むすこは五十八だ　もう何十年もうちから出ねえ"
        "　このごろからだがきかなくなってきた",
        "わしは八十二じゃ。息子は五十五で、もう二十年も家から出ん。"
        "このごろ足腰が言うことを聞かなくなってきた",
        "民生委員です。80代のご夫婦の家に50代の娘さんがいて、何年も姿を見た人がいません。"
        "ご夫婦も足腰が弱ってきています",
    ],
)
def test_old_parents_of_a_withdrawn_child_failing_is_care(ex, text):
    """The old parents of a withdrawn middle-aged child, their own body failing: care, 8050."""
    e = ex(text)
    assert "care" in e.fields
    assert "8050" in e.patterns
    assert "hikikomori" in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "エアコンが効かなくなってきた",
        "薬が効かなくなってきた気がする",
        "家から出んといてって言われた",
    ],
)
def test_machines_medicine_or_a_request_is_no_care(ex, text):
    """An air conditioner, a medicine that stops working, a request: no care, no pattern."""
    e = ex(text)
    assert "care" not in e.fields
    assert e.patterns == ()


# ---------------------------------------------------------------- health: to a doctor?


@pytest.mark.parametrize(
    "text",
    [
        "娘が大学をやめてから部屋から出てきません。病院に連れて行くべきか迷っています",
        "夫が最近眠れないみたいで、心療内科に連れて行ったほうがいいでしょうか",
        "息子がずっと落ち込んでいて、病院に連れて行くべきか悩んでいます",
    ],
)
def test_whether_to_take_to_a_doctor_is_health(ex, text):
    """Whether to take a family member to a doctor: health."""
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "うちの犬が元気なくて、病院に連れて行くべきか迷う",
        "父が最近物忘れがひどくて、病院に連れて行くべきか",
    ],
)
def test_a_pet_or_dementia_to_a_doctor_is_no_health(ex, text):
    """A pet to the vet is nothing; a parent's forgetfulness stays care."""
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- thanks, a subsidy asked


@pytest.mark.parametrize(
    "text",
    [
        "以前こちらで生活保護の相談にのってもらいました。仕事が見つかって、保護も廃止になりました。ありがとうございました",
        "去年は生活保護でお世話になりました。再就職できて、今は自分の給料で暮らせています。ありがとうございました",
        "先日は相談して助かりました。就職が決まって生活保護を卒業できました。感謝しています",
    ],
)
def test_off_welfare_and_thanking_is_no_hardship(ex, text):
    """Thanks for welfare help long past, now back at work: no field now."""
    assert ex(text).fields == ()


def test_thanks_then_a_new_worry_is_hardship(ex):
    """Thanks, then a new worry about the rent: hardship."""
    text = (
        "前に相談して助けてもらいました。仕事は見つかったけど、また家賃が払えなくなりそうで不安です"
    )
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "自立支援医療を使うと医療費が安くなると聞きました。手続きを教えてください",
        "通院の医療費が1割になる制度ってありますか、と主治医に聞かれました",
        "精神科の薬代が助成されるらしいので申請したいです",
    ],
)
def test_a_subsidy_asked_about_is_no_hardship(ex, text):
    """Asking how a scheme lowers medical costs: no hardship."""
    assert "hardship" not in ex(text).fields


def test_medical_costs_unpaid_is_hardship(ex):
    """Medical costs one cannot pay: hardship."""
    assert "hardship" in ex("医療費が払えなくて困っています。安くなる制度はありますか").fields


# ---------------------------------------------------------------- a debt beside DV


@pytest.mark.parametrize(
    "text",
    [
        "妻の浪費とカードの借金を注意したら逆上して、熱いお茶をかけられました",
        "夫の借金のことを聞いたら怒鳴られて物を投げられた",
        "彼のローンの滞納を指摘したら、壁に押しつけられた",
    ],
)
def test_a_debt_beside_a_partners_violence_is_hardship(ex, text):
    """A debt told beside the partner's violence: DV and hardship."""
    e = ex(text)
    assert "dv" in e.crisis
    assert "hardship" in e.fields


def test_money_held_by_the_partner_stays_dv_only(ex):
    """Money the partner holds (管理) is DV, not the writer's hardship."""
    e = ex("夫がお金を全部管理していて、口出しすると怒鳴る")
    assert "dv" in e.crisis
    assert "hardship" not in e.fields


# ---------------------------------------------------------------- money with room to spare


@pytest.mark.parametrize(
    "text",
    [
        "「金ない金ない」って言ってるけど、本当は貯金もあって余裕あるんです。息子の進学の相談です",
        "家計がやばいが口ぐせだけど、実際はちゃんと余裕あります。保育園の申し込みを教えて",
        "お金ないって冗談で言うけど、実は毎月よゆうあるので大丈夫。子どもの予防接種の相談です",
    ],
)
def test_money_words_taken_back_by_room_to_spare_is_no_hardship(ex, text):
    """Money words taken back by 「実際は余裕あります」: no hardship."""
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "実際は余裕あるけど、来月から家賃が払えないかもしれない",
        "お金がない。余裕がない",
    ],
)
def test_a_shortage_told_or_no_room_is_hardship(ex, text):
    """A shortage told after, or no room at all: hardship."""
    assert "hardship" in ex(text).fields
