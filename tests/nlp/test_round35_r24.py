"""Round 35 (43r24): from a set of residents of 大泉町 born in Brazil or Peru, who write simple
Japanese in kana with katakana nouns, romaji, and Portuguese or Spanish words. Their words for
kin and money (pai, mãe, filho, vovó, dinheiro, hijo …); the katakana they write places and
grades in (ガッコウ いきたくない, チュウガク 3ねん, ヘヤ から でない, デンキ とめられた); a child's
grade after the kin word; children left alone at night; a child missing and searched for; days
without contact behind a locked door; a grandparent's pension taken; a man of the house who
touches a child; small siblings' chores; a grown child's school past; a drama's child; and a
kana message's sentence read alone that loses what the next sentence says."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- Portuguese and Spanish kin


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("mãe 81さい、ひとり で トイレ いけない。ワタシ ひる シゴト", "care"),
        ("papai 79 ニンチショウ かも、おなじ こと なんかい も きく", "care"),
        ("filha 小3、ガッコウ いきたくない って なく", "child"),
        ("mi hijo 6さい ホイクエン で ともだち いない", "child"),
        ("dinheiro ない、ヤチン 2かげつ はらって ない", "hardship"),
        ("dinero ぜんぜん ない、ごはん かえない", "hardship"),
        ("vovó 88さい、あし わるい、かいもの いけない", "care"),
    ],
)
def test_portuguese_and_spanish_kin_and_money_are_read(ex, text, label):
    assert label in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "marido まいにち なぐる。こわい",
        "esposo が ワタシ を たたく、ケイタイ も とる",
    ],
)
def test_a_partner_named_in_portuguese_or_spanish_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "pai e mãe estão bem, obrigado",  # no kana or kanji: not read as Japanese
        "ブラジル の pão de queijo おいしい",
        "サンバ の ダンス パイ たべた",
    ],
)
def test_other_latin_words_stay_quiet(ex, text):
    result = ex(text)
    assert not result.fields
    assert not result.crisis


def test_the_evidence_points_at_the_writers_word(ex):
    result = ex("mãe 86 ひとり で すんでる、ミマモリ たのみたい")
    assert any(item.surface == "mãe" for item in result.evidence_for("care"))


# ---------------------------------------------------------------- a grade after the kin word


@pytest.mark.parametrize(
    "text",
    [
        "息子中1が友達とうまくいかない",
        "むすめ 小4、よる ねない",
        "ムスコ 中3 が ゲーム ばかり",
    ],
)
def test_a_grade_after_the_kin_word_is_child(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "途中1回やめた仕事の話です",
        "息子は中古の車を買った",
    ],
)
def test_other_figures_after_a_kin_word_are_not_a_grade(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- katakana places and grades


@pytest.mark.parametrize(
    "text",
    [
        "ムスコ 小5 ガッコウ もう いきたくない って いう",
        "オット シゴト いきたくない って まいにち いう",
        "むすめ ガッコウ いきたくない なく",
    ],
)
def test_going_to_a_katakana_place_is_no_wish_to_die(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "もう いきたくない。つかれた、きえたい",
        "ワタシ もう いきたくない",
    ],
)
def test_a_wish_not_to_live_stays_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ワタシ チュウガク 2ねん。ママ まいにち おさけ、いもうと の ホイクエン おむかえ ワタシ",
        "ボク ショウガク 6ねん、おとうと の ホイクエン おくる の ボク",
    ],
)
def test_a_pupil_who_takes_a_sibling_to_nursery_is_a_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "child" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "ワタシ が まいあさ むすめ の ホイクエン おくる",
        "いもうと の ホイクエン の おまつり たのしかった",
    ],
)
def test_a_parent_at_the_nursery_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "filho 11さい、ワタシ よる シゴト。filho が いもうと 2さい の ごはん ぜんぶ",
        "むすめ 13さい が おとうと 4さい の おふろ ねかせる ぜんぶ やってる",
    ],
)
def test_a_child_who_does_a_small_siblings_chores_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "中1の娘、私が夜勤のあいだ娘がおばあちゃんの世話をしてる",
        "むすこ 中3。ワタシ シゴト の とき むすこ が おじいちゃん の めんどう みてる",
    ],
)
def test_a_pupil_who_looks_after_a_grandparent_is_a_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "double_care" not in result.patterns


def test_a_grown_son_who_looks_after_a_grandparent_is_no_young_carer(ex):
    text = "むすこ 30さい、ワタシ シゴト の とき むすこ が おばあちゃん の せわ してる"
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- katakana rooms, bills, dentist


@pytest.mark.parametrize(
    "text",
    [
        "オット 50さい、シゴト やめて 1年 アパート から でない",
        "むすこ 25、もう 10か月 ヘヤ から でない",
    ],
)
def test_staying_in_a_katakana_room_for_months_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


def test_out_of_the_room_for_a_day_is_no_hikikomori(ex):
    assert "hikikomori" not in ex("きょう は あめ だから アパート から でない").patterns


@pytest.mark.parametrize(
    "text",
    [
        "スイドウ とめられた、こども 3人",
        "ガス とまった、おかね ない",
    ],
)
def test_katakana_bills_cut_off_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ハイシャ いきたい けど ニホンゴ わからない",
        "むし ば いたい、ハイシャ に いけない",
    ],
)
def test_the_dentist_in_katakana_is_health(ex, text):
    assert "health" in ex(text).fields


def test_a_scrapped_car_is_no_dentist(ex):
    assert "health" not in ex("クルマ ハイシャ に したい、てつづき おしえて").fields


# ---------------------------------------------------------------- crisis in these ways of writing


@pytest.mark.parametrize(
    "text",
    [
        "うえ の へや の ママ、よる まいにち コドモ 3人 だけ おいて シゴト いく",
        "夜いつも子ども2人だけ置いて飲みに行く母親がいる",
    ],
)
def test_children_left_alone_at_night_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "よる は コドモ を おいて シゴト いけない、どうしよう",
        "夜は子どもを置いて仕事に行けないので保育園を探しています",
    ],
)
def test_a_parent_who_cannot_leave_the_children_at_night_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "むすめ 4さい いない!! スーパー で はぐれた 30ぷん さがしてる",
        "息子がいなくなった！近所をずっと探してます",
        "ムスメ 6さい いない、えき で はぐれた。いま さがしてる",
    ],
)
def test_a_child_missing_and_searched_for_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "むすこ が いない あいだ に へや を さがしてる",
        "うち は コドモ いない。シゴト さがしてる",
        "息子はいない。娘が仕事を探しています",
        "息子がいなくなったけど無事に見つかりました。探してくれた人にお礼を言いたい",
    ],
)
def test_a_search_that_is_no_missing_child_stays_quiet(ex, text):
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "オット の おとうと 4日 れんらく ない。アパート の カギ しまって へんじ ない",
        "友達が5日連絡がとれない。部屋は鍵がかかって出てこない",
    ],
)
def test_days_without_contact_behind_a_locked_door_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


def test_a_son_locked_in_his_room_is_no_emergency(ex):
    text = "むすこ へや に カギ かけて でてこない、もう 2年"
    assert "emergency" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "avó 90さい。いとこ が きて avó の ネンキン ぜんぶ もってく",
        "おばあちゃんの年金を叔父が全部持っていく。冷蔵庫に何もない",
    ],
)
def test_a_grandparents_pension_all_taken_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


def test_a_pension_banked_is_no_abuse(ex):
    assert "abuse" not in ex("ネンキン は ぎんこう に はいる、いつ？").crisis


@pytest.mark.parametrize(
    "text",
    [
        "わたし 13さい。ママ の カレシ よる へや に くる からだ さわる。ママ に いえない",
        "ぼく 12さい、おじさん が からだ さわって くる。こわい",
    ],
)
def test_a_man_of_the_house_who_touches_a_child_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- a grown child's school past


@pytest.mark.parametrize(
    "text",
    [
        "むすこ 21さい、ダイガク やめて から 1年 へや から でない",
        "ムスメ 20さい、コウコウ で いじめ られて から ずっと いえ",
    ],
)
def test_a_grown_childs_school_past_is_no_child_matter(ex, text):
    result = ex(text)
    assert "child" not in result.fields
    assert "hikikomori" in result.patterns


@pytest.mark.parametrize(
    "text",
    [
        "むすこ 15さい、ガッコウ やめて から へや から でない",
        "むすこ 22さい と むすめ 12さい、むすめ が ガッコウ いかない",
    ],
)
def test_a_school_age_child_keeps_child(ex, text):
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- a drama's child


@pytest.mark.parametrize(
    "text",
    [
        "きのう の ドラマ で コドモ が いなくなる はなし、こわかった",
        "ニュース で 子ども が かわいそう だった",
    ],
)
def test_a_child_in_a_drama_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


def test_the_writers_child_beside_a_drama_keeps_child(ex):
    text = "むすこ 8さい ドラマ ばかり みて しゅくだい しない"
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- a kana sentence read alone


@pytest.mark.parametrize(
    "text",
    [
        "むかし ペルー で カレシ に たたかれた。でも わかれて もう 6年、いま げんき 😊",
        "むかし オット に なぐられた。でも わかれて 12年、いま しあわせ",
    ],
)
def test_violence_long_over_in_kana_with_a_figure_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


def test_violence_now_in_kana_with_a_figure_stays_dv(ex):
    assert "dv" in ex("オット に まいにち なぐられる。もう 3年、こわい").crisis


# ---------------------------------------------------------------- an age before the writer's space


@pytest.mark.parametrize(
    "text",
    [
        "ムスコ 13さい ごはん たべない、よる ねない",
        "むすめ 9さい さいきん ガッコウ いかない",
    ],
)
def test_a_childs_age_before_a_space_is_read(ex, text):
    assert "child" in ex(text).fields


def test_the_last_time_is_no_age(ex):
    assert "child" not in ex("むすこ に 3さいごに あった の は きょねん").fields


# ---------------------------------------------------------------- care as the writer's job


@pytest.mark.parametrize(
    "text",
    [
        "ワタシ カイゴ の シゴト 5年。ニホンゴ の じゅぎょう ある？",
        "ボク カイゴ の シゴト してる、よる の じゅぎょう で ニホンゴ べんきょう したい",
    ],
)
def test_care_as_the_writers_job_is_no_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" not in result.patterns
    assert "child" not in result.fields


def test_a_pupil_who_misses_class_for_a_grandmothers_care_stays_a_young_carer(ex):
    text = "わたし 中2。おばあちゃん の カイゴ で じゅぎょう でれない"
    assert "young_carer" in ex(text).patterns


# ---------------------------------------------------------------- a game's words, drawn out


@pytest.mark.parametrize(
    "text",
    [
        "アニメ の キャラ が「きえたい〜」って いって ムスコ わらってた",
        "ゲームのキャラが「消えたいー」って言うのがおもしろい",
    ],
)
def test_a_characters_drawn_out_words_are_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


def test_the_writers_own_drawn_out_wish_stays_suicide(ex):
    assert "suicide" in ex("もう つかれた、きえたい〜").crisis


# ---------------------------------------------------------------- no one who helps


@pytest.mark.parametrize(
    "text",
    [
        "オット いない、コドモ 2人。だれ も たすけて くれない",
        "ニホン に かぞく いない。誰も助けてくれない",
    ],
)
def test_no_one_who_helps_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "祖母の世話を兄弟が誰も手伝ってくれない",
        "こまった とき だれ か たすけて くれる？",
    ],
)
def test_help_asked_or_a_sibling_who_does_not_help_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "2nen mae から むすこ へや から でない",
        "ie no mae で まってる",
        "sukoshi mae に びょういん いった",
    ],
)
def test_japanese_mae_in_romaji_is_no_mother(ex, text):
    """「2nen mae」「ie no mae」: 前 written in romaji, not mãe typed without its accent."""
    assert "mother" not in ex(text).persons


@pytest.mark.parametrize(
    "text", ["minha mae 70 さい、ひとり で すんでる", "mae が たおれた たすけて"]
)
def test_mae_typed_without_its_accent_is_the_mother(ex, text):
    assert "mother" in ex(text).persons
