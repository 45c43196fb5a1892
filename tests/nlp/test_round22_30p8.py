"""Round 22 (30p8): parents of babies and pupils, teachers and school nurses, pupils writing
about themselves — a grandparent who tells a child 「生まれてこなければよかった」 every day, marks
of tying on a parent's wrist in a care home, a carer who grabbed an arm 「つい」, empty medicine
boxes in a teenager's room, a child hit too when stepping in, a pupil's grade in kana
(「しょう6です」), a grandparent raising a grandchild, a son's autism or a daughter's
intellectual disability a few words away, a grown son's school refusal long ago, the years of
kindergarten, 就学相談, school costs too high. And what is not that: a teacher's request for
handouts, children well at school, 「妊娠・出産で困っていることは特にありません」, an exam that
is over, a child in the news, a pregnancy check-up voucher."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- cruel words to a child


@pytest.mark.parametrize(
    "text",
    [
        "同居している姑が、4歳の娘にいつも「あんたなんかいらない子」って言うんです",
        "祖父が孫に向かって「お前なんか生まれてこなきゃよかった」と怒鳴ります",
        "夫が息子に、何度も「おまえなんて産まなきゃよかった」って言ってる",
        "義理の母がうちの子に、毎日「あんたなんか産まれてこなければ」と言っています",
        "おばあちゃんが下の子にしょっちゅう「お前なんかいらん子や」って言う",
        "元夫は長男に平気で「お前なんか生まれてこんかったらよかった」と言ってました",
    ],
)
def test_cruel_words_told_to_a_child_are_abuse_not_suicide(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "suicide" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "子どもに「生まれてきてくれてありがとう」と毎日言います",
        "ドラマで母親が娘に「あんたなんか生まれてこなければよかった」と言うシーンがつらかった",
        "娘に「ママなんか大嫌い」と言われた",
        "息子に「お母さんなんか嫌い」って毎日言われて落ち込む",
    ],
)
def test_kind_words_a_drama_or_a_childs_tantrum_are_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


def test_a_childs_own_wish_not_to_have_been_born_stays_suicide(ex):
    assert "suicide" in ex("生まれてこなければよかったって毎日思う").crisis


# ---------------------------------------------------------------- marks of tying


@pytest.mark.parametrize(
    "text",
    [
        "施設に面会に行ったら、父の足首にひもの跡がついていた",
        "グループホームにいる祖母の手首に、縛られたみたいなあざがあります",
        "ホームで暮らす母の両手に、ベルトの跡が赤く残っていました",
        "入院中の父の腕に、しばられたような痕がありました。病院に聞きづらい",
        "デイから帰ってきた母の手首に、紐で縛った跡があった",
        "娘の足首にロープの跡がある。家で何をされてるのか心配",
    ],
)
def test_marks_of_tying_are_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "腕時計の跡が日焼けで残ってる",
        "靴ひもをしっかり縛ったら足首に跡がついた",
        "身体拘束の廃止についての研修を受けました",
    ],
)
def test_marks_of_a_watch_or_a_shoelace_are_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a carer's grab


@pytest.mark.parametrize(
    "text",
    [
        "義母の介護でへとへとで、昨日、義母の腕をつい強くつかんでしまいました",
        "要介護の父の腕を思わずぎゅっとつかんでしまいました",
        "認知症の母が言うことを聞かず、母の手首をついひねってしまった",
        "寝たきりの祖父の腕を、カッとなって力任せに引っ張ってしまいました",
        "介護中の母の肩を思わず強く握ってしまって、自分が怖い",
    ],
)
def test_a_carers_grab_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "転びそうになった母の腕をつかんで支えました",
        "父が階段でよろけたので、思わず腕をつかんで助けた",
        "介護の研修で、腕のつかみ方を教わりました",
    ],
)
def test_holding_an_arm_to_help_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- empty medicine boxes


@pytest.mark.parametrize(
    "text",
    [
        "ゴミ箱に市販薬の空き箱が何箱も捨ててあった",
        "高校生の息子の机に、睡眠薬のシートがいっぱい散らばってました",
        "娘のベッドの下から、たくさんの風邪薬の空き箱が出てきました",
        "妻の部屋に薬の空き袋が大量に落ちてて、どうしたらいいか",
        "中2の子の引き出しに頭痛薬の空箱が山ほどたまっとった",
        "夫のカバンから咳止めの空き瓶がいくつも出てきた",
    ],
)
def test_empty_medicine_boxes_are_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子の部屋に睡眠薬のシートが散らばってて、声をかけても反応がない",
        "娘の部屋に薬の空き箱がたくさん。呼んでもぼんやりしてて返事がにぶい",
        "母の枕元に安定剤の空きシートが何枚もあって、もうろうとしてる",
    ],
)
def test_empty_medicine_boxes_and_no_answer_are_an_emergency(ex, text):
    crisis = ex(text).crisis
    assert "suicide" in crisis and "emergency" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "薬の空き箱がたくさんたまったんですが、何ごみで出せばいいですか",
        "薬局で働いていて、薬の空き箱がたくさん出ます",
        "薬の空き箱を片付けた",
        "薬のシートがたまってきたので、分別の仕方を知りたい",
    ],
)
def test_medicine_boxes_as_rubbish_or_work_are_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a child hit too


@pytest.mark.parametrize(
    "text",
    [
        "旦那が暴れて、かばった娘まで蹴られた",
        "彼氏が私を叩くとき、止めようとした息子も殴られた",
        "夫が私に手をあげたとき、間に入った長男までも突き飛ばされました",
        "主人が暴れて私をたたいた。止めに入った子どもたちまで叩かれた",
        "内縁の夫に殴られてる私をかばって、娘にまで蹴られました",
    ],
)
def test_a_child_hit_too_is_abuse_and_dv(ex, text):
    crisis = ex(text).crisis
    assert "abuse" in crisis and "dv" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "息子が部活で先輩に殴られた。夫も怒ってます",
        "夫とけんかした。息子も私も疲れてる",
        "夫に怒鳴られるのがつらい。子どもまでおびえてる",
    ],
)
def test_a_fight_elsewhere_or_fear_is_no_child_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- a grade in kana


@pytest.mark.parametrize(
    "text",
    [
        "しょう6です。おばあちゃんがにんちしょうで、よなかにおきたらぼくがみてます",
        "ちゅう2です。おかあさんがびょうきで、まいにちごはんつくってる",
        "しょうがく5ねんです。おじいちゃんのおせわをしてて、あそべない",
        "しょう4だけど、いもうとのおむかえはぼくがいってる",
        "こう1です。ママがうつで、家事はぜんぶわたし",
        "ちゅう3。おとうさんがにゅういんしてて、おとうとのせわしてる",
    ],
)
def test_a_grade_in_kana_is_a_young_carer(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "double_care" not in result.patterns


def test_a_parent_of_a_pupil_who_cares_is_double_care(ex):
    result = ex("しょうがくせいの息子がいます。祖母が認知症で介護もしています")
    assert "double_care" in result.patterns


# ---------------------------------------------------------------- a grandchild raised


@pytest.mark.parametrize(
    "text",
    [
        "孫ば預がってっけど、わしひとりで面倒みんのはもうきついべ",
        "娘が働いてるので孫の面倒を毎日みています。70過ぎの体にはきつい",
        "孫を預かってるんやけど、ばあちゃん一人で世話するのはもうしんどいわ",
        "共働きの息子夫婦の代わりに、じいちゃんが孫の世話をしとる。保育園に入れられんかね",
        "孫たちを預かって、ばあばだけで面倒みてます。一時保育って使えますか",
        "孫の面倒をみるのが生きがいです。児童館の場所を教えて",
    ],
)
def test_a_grandparent_raising_a_grandchild_is_no_care(ex, text):
    result = ex(text)
    assert "care" not in result.fields
    assert not {"double_care", "8050"} & set(result.patterns)


@pytest.mark.parametrize(
    "text",
    [
        "孫の世話をしながら、寝たきりのじいさんの介護もしてる",
        "孫が来てるので、寝たきりの父の世話が大変",
        "孫を預かってるけど、ばあちゃんの世話もあって手が回らない",
    ],
)
def test_a_grandchild_beside_an_old_persons_care_still_is_care(ex, text):
    assert "care" in ex(text).fields


# ---------------------------------------------------------------- a son's or daughter's development


@pytest.mark.parametrize(
    "text",
    [
        "自閉スペクトラム症の息子の通所の受給者証、いつ更新するの？",
        "娘に知的障害があると言われました。手帳はどうしたら",
        "発達グレーと言われた年中の娘がいます",
        "息子に自閉傾向があると健診で言われました",
        "ADHDっぽいと言われている娘のことで相談です",
        "知的の遅れがあると言われた息子、療育に通わせたい",
    ],
)
def test_a_sons_or_daughters_development_is_a_child_matter(ex, text):
    fields = ex(text).fields
    assert "child" in fields and "disability" in fields


@pytest.mark.parametrize(
    "text",
    [
        "30歳の息子に知的障害があり、療育手帳を持っています",
        "知的障害のある息子の介護に疲れた",
        "自閉症の娘が作業所に通っています",
    ],
)
def test_a_grown_son_or_daughter_with_a_disability_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- school long ago


@pytest.mark.parametrize(
    "text",
    [
        "息子は40歳で、中学で不登校になってからずっと家にいます",
        "40歳の息子が中学で学校に行かなくなってから、ずっと家にいる",
        "息子もう45なるけど、高校でいじめられてから20年家から出らん。わしらも80じゃ",
        "娘は38歳。中学の時に不登校になって以来、ずっと部屋にこもっています",
    ],
)
def test_a_grown_sons_school_refusal_long_ago_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "中2の息子が不登校になってから、半年ずっと家にいる",
        "高1の娘が学校でいじめられてから、部屋から出てこない",
        "小5の息子が学校に行かなくなって3か月です",
    ],
)
def test_a_pupils_school_refusal_now_is_a_child_matter(ex, text):
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- years of kindergarten


@pytest.mark.parametrize(
    "text",
    [
        "年少の娘の偏食がひどくて、ごはんしか食べません",
        "年長の息子がまだひらがなを読めない",
        "うちの子は今年中さんです。ひとりで着替えができない",
        "年中さんの双子がいて、毎朝けんかばかり",
        "就学相談の申し込みはどこでしますか",
        "来月の就学時健診に行けそうにない",
        "学道の申し込み、もう締め切り？",
    ],
)
def test_kindergarten_years_and_school_entry_are_a_child_matter(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "年中無休で働いていて休みがない",
        "町内会の年長者の方に挨拶したい",
        "年中忙しくて、相談に行く時間がない",
    ],
)
def test_all_year_round_or_elders_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


# ---------------------------------------------------------------- school costs


@pytest.mark.parametrize(
    "text",
    [
        "娘の制服代が高すぎて、入学の準備が追いつきません",
        "体操服代が払えなくて、学校に言えない",
        "息子の修学旅行の積立金が厳しい",
        "部活の費用がバカにならなくて、やめさせるか迷ってる",
        "ランドセル代が高くて、どうしようか悩んでいます",
        "塾代が出せない月があって、子どもに申し訳ない",
    ],
)
def test_school_costs_too_high_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "制服代の補助の申請は終わりました。ありがとうございました",
        "ランドセルは祖父母が買ってくれました",
        "塾の送り迎えが大変",
    ],
)
def test_school_things_without_money_trouble_are_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- no child matter


@pytest.mark.parametrize(
    "text",
    [
        "小学校の教員です。来週の避難訓練で使う地図を児童の人数分いただけますか",
        "中学校の教師をしています。生徒全員分の防災パンフレットが欲しいです",
        "子どもたちは元気に学校に通ってます。ごみの分別について聞きたい",
        "息子も娘もおかげさまで元気に保育園に通ってます。住民票の取り方を教えて",
        "子育てで困っていることは特にありません。図書館の場所だけ知りたい",
        "妊娠・出産で困っていることは特にないです。転出の手続きを教えてください",
        "娘の受験もようやく終わりました。市民プールはいつから？",
        "ニュースで見た中学生の事故、ひどい話ですね",
        "テレビでやってた小学生の自転車事故のニュース、かわいそうだった",
    ],
)
def test_work_denial_an_exam_over_or_the_news_is_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "小学校の教員です。クラスに不登校気味の児童がいて、相談先を知りたい",
        "中学校の養護教諭です。保健室登校の生徒が増えています",
        "子どもが学校に行きたがりません",
    ],
)
def test_a_teacher_asking_about_a_pupil_is_a_child_matter(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "妊婦健診の受診券を忘れてしまいました",
        "乳幼児健診の受診票が届かない",
        "4か月児健診の受診票はどこでもらえますか",
    ],
)
def test_a_check_up_voucher_is_no_health(ex, text):
    result = ex(text)
    assert "health" not in result.fields
    assert "child" in result.fields
