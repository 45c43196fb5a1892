"""Round 29 (37j20): from the misses of set J20. A parent who tells of hitting a fussing
toddler at last (「とうとう顔を叩いてしまった」); an older parent who has not woken since the
morning (「母さんが朝から起きない」); someone in a group home or care home who says in quotes
they are locked in, shouted at or hit; a child whose parent drinks and sleeps while the child
cooks for a younger sibling; a brother, sister or son who hardly feeds the older parent, or a
live-in son who does not make the older person's meals; a child in kana whose mother has not
come back for days and who is hungry; an older person who has not answered for days, told
politely (「応答がありません。」) before another sentence; kin with whom the bonds are cut.
And what only looks like that: a toddler who hits a friend, a habit of sleeping late, a
question about a group home's locks, a grown daughter who cooks for a drinking father, an
older parent who eats little from illness, a mother only late from work, a denial of violence
(「暴力とかそういうのは一切ない」「手を上げるような人じゃない」), 「月曜しんど」 (しんどい
cut short, not 死ぬ), bonds cut once and mended."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a toddler hit at last


@pytest.mark.parametrize(
    "text",
    [
        "1歳の息子が夜中ずっと泣いてて、とうとう頭をたたいてしまった。自分がこわい",
        "娘がごはんを投げるので、カッとなって手を叩いてしまいました",
        "4歳の子が言うことを聞かなくて、思いっきりお尻を叩いちゃった",
        "赤ちゃんが泣きやまず、つい叩いちゃった",
    ],
)
def test_parent_tells_of_hitting_a_fussing_toddler_is_abuse(ex, text):
    """A toddler who fusses, then the writer who hit them (てしまった): abuse feared."""
    e = ex(text)
    assert "abuse" in e.crisis
    assert "child" in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "3歳の息子が保育園で、お友達を叩いてしまったそうです",
        "2歳の娘がぐずって、ぬいぐるみを叩いてしまう",
        "3歳の娘がぐずって、妹を叩いてしまった",
    ],
)
def test_toddler_who_hits_a_friend_or_a_toy_is_no_abuse(ex, text):
    """The toddler hits a friend, a sister or a toy: child-rearing, no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- an older parent not waking


@pytest.mark.parametrize(
    "text",
    [
        "祖母が今朝からずっと起きてこないって母から電話がありました",
        "じいちゃんがきのうから起きん、いびきだけしよる",
        "父がさっきから目を覚まさない",
        "父が朝から起きてこなくて、呼んでも反応がうすい",
    ],
)
def test_older_parent_not_waking_since_morning_is_emergency(ex, text):
    """An older parent who has not woken since the morning or last night: an emergency."""
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母は毎朝なかなか起きてこない",
        "父は休みの日は昼から起きてこない",
        "息子が朝から起きない、不登校です",
    ],
)
def test_habit_of_sleeping_late_is_no_emergency(ex, text):
    """A habit, a day off, a son who will not get up for school: no emergency."""
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- told from a care home


@pytest.mark.parametrize(
    "text",
    [
        "施設に入ってる祖父が「夜は部屋に鍵かけられる」って言うんです",
        "入所している息子が帰宅のたびに「職員に怒鳴られる」と話します",
        "ショートステイから戻った母が「叩かれた」と言っている",
        "グループホームの兄が、会うたびに「部屋にカギかけられる」と言う",
    ],
)
def test_resident_says_they_are_locked_in_or_shouted_at_is_abuse(ex, text):
    """Someone in a group home or care home who says they are locked in, shouted at or hit."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "グループホームの鍵はかけられる？と聞かれました",
        "施設の人に「鍵かけられる？」と聞かれた",
        "施設の職員さんに「怒られる前にやろうね」と言いました",
    ],
)
def test_questions_about_a_home_are_no_abuse(ex, text):
    """A question about a home's locks, words said to staff: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a drinking parent asleep


@pytest.mark.parametrize(
    "text",
    [
        "おかあさんがお酒のんでねてばっかり。ごはんはぼくが妹につくってる",
        "パパがお酒ばっかり飲んでねてる。夕飯はおれが弟の分もつくる",
        "ママはお酒ばっかりのんで寝てる。ばんごはんはうちが妹につくる",
    ],
)
def test_child_cooks_while_the_parent_drinks_and_sleeps_is_abuse(ex, text):
    """A parent who drinks and sleeps while the child cooks for a sibling: neglect."""
    e = ex(text)
    assert "abuse" in e.crisis
    assert "child" in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "父はお酒を飲んで寝てばかり。ご飯は私が作っています",
        "お父さんはお酒を飲んで寝てしまった。ご飯は私が作りました",
        "母がお酒を飲んで寝ています。ご飯は私が作っておきます",
    ],
)
def test_grown_child_cooking_for_a_drinking_parent_is_no_abuse(ex, text):
    """A grown son or daughter who cooks for a parent who drinks: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- an older parent not fed


@pytest.mark.parametrize(
    "text",
    [
        "姉が祖母にろくにご飯を食べさせていないようです",
        "長男が父親にまともな食事を出していない",
        "弟が父にろくにご飯を食べさせていないようで、父がやせてきた",
        "近所のおばあさん、同居の娘さんが食事を作っていないようで心配です",
        "ヘルパーです。利用者さんの同居の長男が食事を用意していない様子",
    ],
)
def test_older_parent_hardly_fed_by_kin_is_abuse_and_care(ex, text):
    """Kin who hardly feed an older parent, or do not make their meals: elder neglect."""
    e = ex(text)
    assert "abuse" in e.crisis
    assert "care" in e.fields
    assert "child" not in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "兄は母にご飯を作ってくれています",
        "母は入院中でほとんど食べていない",
        "母は同居の息子が食事を用意していない日は、宅配弁当を頼みます",
    ],
)
def test_older_parent_who_eats_little_is_no_abuse(ex, text):
    """Kin who cook, an illness, a day with a meal service: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a hungry child, in kana


@pytest.mark.parametrize(
    "text",
    [
        "おとうさんがなんにちもかえってこない。おなかぺこぺこ",
        "ママがもう3日かえってこない。パンもうない",
        "お母さんがおとといから帰ってこない、ごはんがない",
    ],
)
def test_parent_away_for_days_and_a_hungry_child_is_abuse(ex, text):
    """A parent not back for days and a child who is hungry or has no food: neglect."""
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ママが仕事でまだ帰ってこない。おなかすいた",
        "ママがまだ帰ってこない。おなかすいたー",
    ],
)
def test_parent_only_late_is_no_abuse(ex, text):
    """A mother only late tonight: no abuse."""
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- no answer, said politely


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの父に電話しても、もう三日も応答がありません。心配です",
        "叔母と連絡がとれません。四日前から電話に出ません。近所の人も見ていないそうです",
        "80代の一人暮らしの男性宅、ここ数日まったく応答がありません。身寄りはないと聞いています",
    ],
)
def test_polite_no_answer_before_another_sentence_is_emergency(ex, text):
    """「応答がありません。」 with another sentence after it: still days without an answer."""
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- a denial of violence


@pytest.mark.parametrize(
    "text",
    [
        "夫はやさしくて、暴力とかそういうのは一切ないです。最近気分が沈みます",
        "夫は暴力とかそういうことは全然ありません。ただ話を聞いてくれません",
        "彼は手を上げるような人じゃないです",
        "主人は手をあげるような人ではありません。でも毎日無視されます",
    ],
)
def test_violence_denied_is_no_dv(ex, text):
    """「暴力とかそういうのは一切ない」「手を上げるような人じゃない」: no DV."""
    assert "dv" not in ex(text).crisis


def test_denial_then_money_withheld_is_still_dv(ex):
    """A denial of blows, then money withheld by the husband: DV stays."""
    assert "dv" in ex("暴力とかそういうのはないけど、夫にお金を渡してもらえない").crisis


# ---------------------------------------------------------------- しんど cut short


@pytest.mark.parametrize(
    "text", ["月曜しんど。粗大ごみの予約は何日前まで？", "部活しんど", "テストしんどー"]
)
def test_shindo_is_no_suicide(ex, text):
    """「しんど」 is しんどい cut short, not 死ぬ."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize("text", ["生きるのしんどい", "生きてるのしんど", "もう生きるのがしんど"])
def test_life_too_hard_is_still_suicide(ex, text):
    """「生きるのがしんどい」 stays a suicide risk."""
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- bonds with kin cut


@pytest.mark.parametrize(
    "text",
    [
        "伯父は親族と縁が切れていて、誰も訪ねてきません",
        "親族とも疎遠で、頼れる人がいません",
        "一人暮らしの父は、家族とは縁が切れたままです",
    ],
)
def test_bonds_with_kin_cut_is_isolation(ex, text):
    """Kin with whom the bonds are cut: isolation."""
    assert "isolation" in ex(text).patterns


def test_bonds_mended_are_no_isolation(ex):
    """Bonds cut once and mended: no isolation."""
    assert "isolation" not in ex("親族と縁が切れていたけど、最近また仲良くしています").patterns


# ---------------------------------------------------------------- never seen, police if called


@pytest.mark.parametrize(
    "text",
    [
        "隣の家の子を昼間見かけたことがありません",
        "向かいのおばあさんには一度も会ったことがない",
        "警察を呼んだら逆恨みされそうで怖い",
        "110番したら仕返しされるかもと思うと動けない",
    ],
)
def test_never_seen_or_police_if_called_is_no_emergency(ex, text):
    """「見かけたことがない」 (never), 「警察を呼んだら逆恨みされそう」 (if): no emergency."""
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "近所の一人暮らしのおじいさん、もう5日も見かけてません",
        "夫がまた暴れてる、警察を呼んだほうがいい？",
        "今から警察を呼んだら来てくれますか、夫が包丁を持ってる",
    ],
)
def test_not_seen_for_days_or_danger_now_stays_emergency(ex, text):
    """Not seen for days, a partner raging now: still an emergency."""
    assert "emergency" in ex(text).crisis


# ---------------------------------------------------------------- a pet's age


@pytest.mark.parametrize(
    "text",
    [
        "17歳の老犬の介護が大変で…ペットの介護をしてくれるところはありますか",
        "15歳の猫が寝たきりで介護してます",
        "16歳になる柴の夜鳴きがひどいです",
    ],
)
def test_pets_age_is_no_minor_writer(ex, text):
    """「17歳の老犬」: the pet's age, not a teenage writer; no young carer, no child."""
    e = ex(text)
    assert not e.writer_is_minor
    assert "young_carer" not in e.patterns
    assert "child" not in e.fields


@pytest.mark.parametrize(
    "text", ["私は16歳で、母の介護をしています", "17歳です。祖母の介護をしてます"]
)
def test_teen_carer_stays_young_carer(ex, text):
    """A writer of 16 or 17 who cares for a grandparent: a young carer."""
    assert "young_carer" in ex(text).patterns


# ---------------------------------------------------------------- working from home


@pytest.mark.parametrize(
    "text",
    [
        "息子が昼間家にいるのはテレワークだからなんですけど、近所にひきこもりだと思われてる",
        "夫は在宅勤務なのに、親戚に引きこもりって言われて落ち込んでいます",
        "娘はリモートワークで家にいるだけなのに、ひきこもりと勘違いされる",
    ],
)
def test_working_from_home_thought_withdrawn_is_no_hikikomori(ex, text):
    """Working from home and taken for a shut-in by others: no hikikomori."""
    assert "hikikomori" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "在宅勤務の夫と、ひきこもりの息子がいます",
        "兄(52)は実家から出ずにもう20年",
        "息子は家から一歩も出ずに5年になります",
    ],
)
def test_withdrawn_for_years_is_hikikomori(ex, text):
    """A son at home for years (家から出ずに…N年), beside a partner who works from home."""
    assert "hikikomori" in ex(text).patterns


@pytest.mark.parametrize(
    "text", ["休みの日は家から出ずにゴロゴロしてます", "雨だったので家から出ずに過ごしました"]
)
def test_a_day_indoors_is_no_hikikomori(ex, text):
    """A day off or a rainy day indoors: no hikikomori."""
    assert "hikikomori" not in ex(text).patterns


# ---------------------------------------------------------------- voices heard


@pytest.mark.parametrize(
    "text",
    [
        "夜になると誰かが自分の悪口を言っている声がする。家族は気のせいだと言います",
        "知らない人が私のうわさをしている声が聞こえてきて眠れない",
        "誰かが俺に命令する声がずっと聞こえる",
    ],
)
def test_voices_speaking_ill_of_the_writer_are_health(ex, text):
    """Voices of someone unseen speaking ill of the writer: health (hallucination feared)."""
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    ["職場で誰かが私の悪口を言っている声が聞こえた", "会議で誰かが私のことを話している声がした"],
)
def test_voices_at_work_are_no_health(ex, text):
    """Real talk at work or in a meeting: no health."""
    assert "health" not in ex(text).fields


# ---------------------------------------------------------------- things thought stolen


@pytest.mark.parametrize(
    "text",
    [
        "親父が通帳がないって毎晩探して、しまいには俺が盗ったことになってる",
        "義母が財布がないと騒いで、嫁の私がとったと言い張ります",
        "ばあちゃんに泥棒扱いされる。指輪がないって",
    ],
)
def test_parent_who_says_the_family_stole_is_care(ex, text):
    """A parent who says family took the bankbook or purse: care (dementia feared)."""
    assert "care" in ex(text).fields


def test_lost_purse_found_together_is_no_care(ex):
    """A purse lost and looked for together: no care."""
    assert "care" not in ex("母が財布をなくして、一緒に探しました").fields


# ---------------------------------------------------------------- no one to talk to


@pytest.mark.parametrize(
    "text",
    [
        "家内に先立たれて、いまはテレビに話しかけるのが日課です",
        "遺書みたいなのを書いてみました。渡す相手もいないんですけどね",
        "わたくしは　ひとりぐらしで　はなしあいても　おりません",
        "夫の写真に話しかけるのが毎日の楽しみです",
    ],
)
def test_talking_to_the_tv_or_no_one_to_give_to_is_isolation(ex, text):
    """Talking to the TV as a habit, no one to hand a letter to: isolation."""
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    ["息子が毎朝テレビに話しかけていてかわいい", "子どもがぬいぐるみに話しかけるのが日課です"],
)
def test_child_talking_to_the_tv_is_no_isolation(ex, text):
    """A child who talks to the TV or a toy: no isolation."""
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- an empty purse


@pytest.mark.parametrize(
    "text",
    [
        "パチンコがやめられなくて、給料日前はいつも財布がからっぽです",
        "月末になると財布は空っぽで、子どもの給食費も払えない",
        "財布がもうカラです",
    ],
)
def test_empty_purse_is_hardship(ex, text):
    """A purse always empty: hardship."""
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize("text", ["財布から小銭を出した", "財布が見つからない"])
def test_purse_words_are_no_hardship(ex, text):
    """Coins taken from a purse, a purse mislaid: no hardship."""
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- a parent's medicine


@pytest.mark.parametrize(
    "text",
    [
        "保育園のお迎えのあと、実家に寄って父の夕飯と薬の準備。帰って子どもを寝かしつけたら夜11時",
        "仕事帰りに母の薬のセットをしに寄っています",
        "祖母のくすりの管理は私の担当です",
    ],
)
def test_preparing_a_parents_medicine_is_care(ex, text):
    """Getting a parent's medicine ready: care (double care beside the children)."""
    e = ex(text)
    assert "care" in e.fields
    if "子ども" in text:
        assert "double_care" in e.patterns


# ---------------------------------------------------------------- an older writer in kana


@pytest.mark.parametrize(
    "text",
    [
        "わたくしは　八十七さいの　ひとりぐらしで　ございます",
        "わたしは87さいのひとりぐらしです。めがわるくなり、かいものにもいけず",
        "九十さいの　ひとりものです。かいものにも　いけません",
    ],
)
def test_older_writer_in_kana_is_care(ex, text):
    """「八十七さい」「87さい」 living alone, shopping out of reach: care."""
    assert "care" in ex(text).fields


def test_young_age_in_kana_is_no_care(ex):
    """「五さいのむすこ」: a small son, no care."""
    assert "care" not in ex("けさ 五さいのむすこが ねつをだしました").fields


# ---------------------------------------------------------------- nowhere to stay for long


@pytest.mark.parametrize(
    "text",
    [
        "彼から逃げてきました。いまは友達の家にいますが、長くはいられません",
        "夫から逃げて実家にいますが、いつまでもいられません",
        "知り合いのところに置いてもらってるけど、ずっとはいられない",
    ],
)
def test_refuge_that_cannot_last_is_hardship(ex, text):
    """Staying with a friend or kin after fleeing, not for long: hardship (housing)."""
    assert "hardship" in ex(text).fields


def test_visit_to_a_friend_is_no_hardship(ex):
    """A visit that has to end: no hardship."""
    assert "hardship" not in ex("友達の家に遊びに来てるけど、長くはいられない").fields


# ---------------------------------------------------------------- can we live on it


@pytest.mark.parametrize(
    "text",
    [
        "父が施設に入ったら、兄ひとりで生活していけるのか",
        "この先食べていけるのか不安です",
        "年金だけで暮らしていけるか心配です",
    ],
)
def test_whether_one_can_live_on_is_hardship(ex, text):
    """「生活していけるのか」「食べていけるのか」: hardship."""
    assert "hardship" in ex(text).fields


def test_coping_at_a_new_job_is_no_hardship(ex):
    """「新しい職場でやっていけるか」: a work worry, no hardship."""
    assert "hardship" not in ex("新しい職場でやっていけるか不安です").fields


# ---------------------------------------------------------------- a sibling's nursery runs


@pytest.mark.parametrize(
    "text",
    [
        "うち母子家庭でママ体弱いけん、毎日ご飯作って妹の保育園の送り迎えしとる",
        "ママが夜の仕事やけん、毎日ぼくが弟の保育園のお迎えに行っとる",
        "お母さんは病気で寝てるから、いつも妹の幼稚園の送り迎えはわたし",
        "パパは仕事でいないし、毎日おとうとの保育園のおむかえ",
    ],
)
def test_child_who_takes_a_sibling_to_nursery_is_a_young_carer(ex, text):
    """A parent who cannot, and the writer who takes a sibling to nursery daily."""
    assert "young_carer" in ex(text).patterns


def test_mother_who_fetches_the_sister_is_no_young_carer(ex):
    """The mother does the nursery run: no young carer."""
    assert "young_carer" not in ex("ママは毎日妹の保育園のお迎えに行ってる").patterns


# ---------------------------------------------------------------- an older parent's eyes


@pytest.mark.parametrize(
    "text",
    [
        "祖母の目が見えにくくなってきて心配",
        "父は目が見えにくくなって、一人で買い物に行けなくなった",
        "ぼくは中1です。おばあちゃんの目がみえにくくなってきて、ごはんやおふろを手伝っています",
    ],
)
def test_older_parents_failing_eyes_are_care_not_disability(ex, text):
    """An older parent's eyes failing with age: care, not disability."""
    e = ex(text)
    assert "care" in e.fields
    assert "disability" not in e.fields


def test_eyes_with_a_disability_card_stay_disability(ex):
    """A disability card applied for: disability."""
    assert "disability" in ex("母が緑内障で目が見えなくなり、障害者手帳を申請したい").fields


# ---------------------------------------------------------------- an old parent who cared


@pytest.mark.parametrize(
    "text",
    [
        "85歳の母が、知的障害のある兄(56)の世話をずっとしてきました。その母が入院することになり",
        "父(82)が倒れたら、弟(50)の行き場がなくなります",
        "母(86)は、娘(55)の面倒をひとりで見てきました",
    ],
)
def test_old_parent_who_looks_after_a_grown_child_is_8050(ex, text):
    """An old parent who has looked after a middle-aged son or daughter: 8050."""
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "私(45)は弟の世話をずっとしてきました",
        "母(80)が孫の世話をずっとしてきました",
    ],
)
def test_sibling_or_grandchild_cared_for_is_no_8050(ex, text):
    """A sister who looks after a brother, a grandmother with a grandchild: no 8050."""
    assert "8050" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "85歳の母が、兄(56)の世話をずっとしてきました。その母が入院することになりました",
        "父(84)が脳梗塞で倒れて、ひきこもりの弟(52)が一人で家にいます",
        "母(88)が骨折してしまい、無職の兄(58)と二人の暮らしが回りません",
    ],
)
def test_old_parent_of_8050_laid_up_is_care(ex, text):
    """The parent of 80 or more in an 8050 home taken into hospital: care."""
    e = ex(text)
    assert "care" in e.fields
    assert "8050" in e.patterns


def test_old_parent_of_8050_only_worried_is_no_care(ex):
    """A hale parent who worries about the future: 8050 without care."""
    e = ex("父(83)は元気ですが、弟(50)の将来が心配です")
    assert "care" not in e.fields


# ---------------------------------------------------------------- never a full night


@pytest.mark.parametrize(
    "text",
    [
        "まとめて眠れた日がもう何か月もない",
        "続けて寝られた日が一度もない。頭がぼーっとする",
        "通して眠れた夜がありません",
    ],
)
def test_no_full_night_of_sleep_is_health(ex, text):
    """Never a full night of sleep: health (when no care or child-rearing is the reason)."""
    assert "health" in ex(text).fields


def test_one_good_night_is_no_health(ex):
    """A good night of sleep at last: no health."""
    assert "health" not in ex("昨日は久しぶりにまとめて眠れた日でした").fields


def test_old_parent_of_8050_laid_up_only_if_is_no_care(ex):
    """「母が入院したら」: only a case put, no care."""
    assert "care" not in ex("無職の兄(52)と85の母の二人暮らし。母が入院したら兄は暮らせない").fields


# ---------------------------------------------------------------- less salt


@pytest.mark.parametrize(
    "text",
    [
        "母に「しょっぱい」と笑われました。町で減塩の料理教室ってやってますか",
        "医者に塩分を控えるように言われて、うす味のレシピを知りたい",
        "健診で引っかかって、塩分を減らしたいけど作り方がわからない",
    ],
)
def test_less_salt_for_health_is_health(ex, text):
    """A salt-reduction cooking class or diet: health."""
    assert "health" in ex(text).fields


def test_low_salt_soy_sauce_bought_is_no_health(ex):
    """Low-salt soy sauce bought: no health."""
    assert "health" not in ex("減塩しょうゆを買いました").fields
