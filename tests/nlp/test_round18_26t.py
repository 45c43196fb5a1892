"""Round 18 (26t): older residents writing in the dialects of many prefectures — a phone not
answered for days (電話さ出ねぇ, 出らん, 出ちょらん), a family member not seen since the
morning (朝がら見えね), "I had better be gone" (いねぐなったほうがいい, おらんようになった方が
ええ), a pension taken by a son or grandchild, money withheld by a husband (一銭もけねぇ,
通帳ば握る), affairs put in order (身の回りの整理をして、もう用がない), a hanging stopped just
now, the daughter-in-law told of to the son, 死ぬばあ/死ぬくれぇ as 死ぬほど; then isolation,
care, money, housing and health in the same voices."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- no answer for days (dialect)


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしのおばが四日前から電話に出らんとです。家も遠かけん見に行けん",
        "ばっちゃがおとといがら電話さ出ねぇ。ひとりで住んでるがら心配だ",
        "親父が昨日から携帯に出よらん。独り暮らしじゃけ気になる",
        "おふくろが二日前から電話にちっとも出ちょらん",
        "一人で住んどる母が三日前から電話に出やせん",
    ],
)
def test_a_phone_not_answered_for_days_in_dialect_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母は電話に出らんことが多いけど、いつものことです",
        "昨日から電話に出らんのは、旅行に行っとるけんです",
        "父は仕事中は電話に出ねぇから、夜にかけ直す",
    ],
)
def test_a_phone_not_answered_for_a_known_reason_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- not seen since the morning


@pytest.mark.parametrize(
    "text",
    [
        "認知症のばあちゃんが朝から見えん。どこさ行ったべ",
        "じさまが夕方から見えねぇ。外は吹雪だ",
        "うちの主人が昼から姿が見えんとです。認知症の気があって",
        "母が今朝から見えへん。物忘れがひどいんや",
        "おっかあが朝がら見えねぇ。ぼけできてるがら心配だ",
    ],
)
def test_an_older_family_member_not_seen_since_the_morning_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "朝から目がかすんで字が見えん",
        "父が朝から畑に出とる",
        "じいちゃんは朝から見えんかったけど、夕方には帰ってきた",
        "母が朝から見えんくて、と思ったら二階で寝とった",
    ],
)
def test_eyesight_or_someone_found_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- better be gone (dialect)


@pytest.mark.parametrize(
    "text",
    [
        "おらなんか もう いねぐなったほうがいいんだべな",
        "ばあちゃんが「わしなんか早うおらんごとなった方がよか」って毎日言う",
        "父ちゃんが「俺なんかいなくなったほうがいい」って言いよる",
        "うちがおらんようになった方がみんな楽やろ",
        "もう いなぐなったほうがいいべ",
        "わたしがおらん方が息子夫婦も楽になるじゃろ",
    ],
)
def test_i_had_better_be_gone_in_dialect_is_suicide(ex, text):
    crisis = ex(text).crisis
    assert "suicide" in crisis
    assert "emergency" not in crisis


@pytest.mark.parametrize(
    "text",
    [
        "邪魔な雑草は無くなった方がいい",
        "会議にはわたしがおらん方が話しやすいじゃろ",
        "猫がおらんようになった。どこさ行ったべ",
    ],
)
def test_other_better_gone_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- 死ぬほど in dialect


@pytest.mark.parametrize(
    "text",
    [
        "死ぬばあ暑いき、プールに行きたい",
        "死ぬくれぇ腹減った",
        "死ぬごと疲れた。今日は畑仕事ばっかり",
        "死ぬぐらい忙しかった一日やった",
        "死ぬばぁ笑うたわ",
    ],
)
def test_dialect_shinuhodo_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "死ぬくらいなら楽になりたい",
        "もう死にたい。死ぬばあ疲れた",
    ],
)
def test_dialect_shinuhodo_beside_a_real_wish_stays_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- a pension taken by family


@pytest.mark.parametrize(
    "text",
    [
        "せがれがわしの年金を勝手に持っていきよる",
        "娘に年金ば持っていかれて、おらの手元さ何も残らね",
        "孫が毎月年金をせびりに来て、断ると怒鳴る",
        "隣のばあちゃん、息子に年金を取り上げられとるみたい",
        "長男が年金をむしり取っていく",
    ],
)
def test_a_pension_taken_by_family_is_elder_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "年金から介護保険料を取られる",
        "息子に年金の手続きをしてもらった",
        "年金を持っていく書類はどれですか",
        "うつで障害年金を申請したいです",
    ],
)
def test_pension_paperwork_is_no_abuse(ex, text):
    assert "abuse" not in ex(text).crisis


# ---------------------------------------------------------------- money withheld by a husband


@pytest.mark.parametrize(
    "text",
    [
        "うちの人(夫)が通帳ば握ってて、おらさ一銭もけねぇ",
        "旦那が通帳を握ってて、一円もくれん",
        "主人が通帳を取り上げて小遣いもくれない",
        "夫に一銭も渡さんって言われて、通帳も隠された",
    ],
)
def test_money_withheld_by_a_husband_in_dialect_is_dv(ex, text):
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が通帳を管理してくれていて助かる",
        "財布に一銭もない",
        "一銭も無駄にせんように家計簿をつけとる",
    ],
)
def test_money_kept_or_missing_is_no_dv(ex, text):
    assert "dv" not in ex(text).crisis


# ---------------------------------------------------------------- affairs put in order


@pytest.mark.parametrize(
    "text",
    [
        "じいさんが死んで、おらももう用がない。身の回りの片付けもした",
        "身辺整理も済ませたし、もう思い残すことはない",
        "女房に先立たれて、おらもう用がねぇ",
        "もう心残りはない。持ち物の処分もすませた",
    ],
)
def test_affairs_put_in_order_with_nothing_left_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母が死んで、遺品の整理をしている",
        "この書類はもう用がないので捨てます",
        "引っ越しで身の回りの整理をした",
    ],
)
def test_tidying_or_a_paper_not_needed_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- a hanging stopped just now


@pytest.mark.parametrize(
    "text",
    [
        "いま父が物置で首に縄をかけようとしとったのを止めた",
        "さっき母がベランダから飛び降りようとしたのを止めた",
        "兄が首を吊ろうとしてたのを今引き戻した",
        "ばあちゃんが紐で首ばくくろうとしてらったがら押さえた",
    ],
)
def test_an_attempt_stopped_just_now_is_an_emergency(ex, text):
    crisis = ex(text).crisis
    assert "emergency" in crisis
    assert "suicide" in crisis


@pytest.mark.parametrize(
    "text",
    [
        "昔、首を吊ろうとしたのを友達に止められたことがある",
        "ドラマで首を吊ろうとするシーンがあって止めた",
    ],
)
def test_an_old_or_a_drama_attempt_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


# ---------------------------------------------------------------- the daughter-in-law


@pytest.mark.parametrize(
    "text",
    [
        "嫁がわしに飯も食わせんで部屋に閉じ込める。息子に言うても聞いてくれん",
        "嫁に毎日怒鳴られて叩かれる。息子は見て見ぬふりや",
        "嫁っこさ部屋さ閉じ込められる。せがれさ話しても聞いでけねぇ",
    ],
)
def test_a_wife_told_of_to_the_son_is_the_daughter_in_law_and_elder_abuse(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis
    assert "child" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "嫁が俺を殴る。息子も見とる",
        "うちの嫁が俺を叩く。息子に相談したら別れろって",
    ],
)
def test_the_writers_own_wife_stays_dv(ex, text):
    assert "dv" in ex(text).crisis


# ---------------------------------------------------------------- 8050 with a bare age


@pytest.mark.parametrize(
    "text",
    [
        "息子が52で、もう二十年家から出らん。わしも80じゃ",
        "娘ぁ47で、ずっと部屋さこもってる。おらだの年金で食ってる",
        "うちの長男45で働かんと家におる。わたしももう79や。年金で養うとる",
    ],
)
def test_a_middle_aged_child_with_a_bare_age_is_8050(ex, text):
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "息子が3人おって、みんな元気にしとる",
        "娘が12で、中学に上がった",
    ],
)
def test_a_count_or_a_young_age_is_no_8050(ex, text):
    assert "8050" not in ex(text).patterns


# ---------------------------------------------------------------- isolation (older voices)


@pytest.mark.parametrize(
    "text",
    [
        "じいさん亡ぐしてがら誰ども口きがね",
        "この団地でしゃべる人がおらんようになった",
        "毎日テレビと話しとる。ほかに相手もおらん",
        "集落さ残ってるのはうちと隣だけだ",
        "一日中仏壇に話しかけとる",
    ],
)
def test_older_isolation_wordings_are_isolation(ex, text):
    assert "isolation" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "テレビで話しとる人の声が聞こえにくい",
        "この辺に住んでる人だけ使える集会所はありますか",
        "しゃべる人が多すぎて会議が長い",
    ],
)
def test_other_talk_is_no_isolation(ex, text):
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- young carers (older voices)


@pytest.mark.parametrize(
    "text",
    [
        "孫が中学生なんだけど、母親が入院してから家のこと全部して妹の面倒もみてる。学校も休みがち",
        "小5です。じいちゃんが目が悪いけん、ごはんの用意と薬の手伝いしよる。宿題できん",
        "中1です。ばあちゃんのお薬の手伝いを毎日しとる。部活にも行けん",
    ],
)
def test_a_grandchild_or_pupil_caring_is_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "孫が高校生になって、部活を頑張っとる",
        "ばあちゃんがごはんの用意をしてくれる。中2です",
    ],
)
def test_a_grandchild_not_caring_is_no_young_carer(ex, text):
    assert "young_carer" not in ex(text).patterns


# ---------------------------------------------------------------- money and housing (older voices)


@pytest.mark.parametrize(
    "text",
    [
        "年金が少ねぐて、食うもんも買えねぇ",
        "屋根ば直す金もなか",
        "年金だけじゃ足りんで、貯金も底をついた",
        "年金で息子を養ってきたけど、もう限界だ",
        "大家さんに出てけって言われた。年寄りには貸してくれるとこがねぇ",
    ],
)
def test_older_money_and_housing_wordings_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "お金には困っちゃあせんけど、庭木の剪定を頼める所はありますか",
        "お金の心配はなか。健康診断の日を知りたい",
        "お金のことは何とかなっとります。敬老会の日はいつですか",
        "介護保険料の納付書をなくしました。再発行できますか",
    ],
)
def test_denied_money_worries_and_lost_slips_are_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


# ---------------------------------------------------------------- care (older voices)


@pytest.mark.parametrize(
    "text",
    [
        "85になって、一人で風呂入るのも怖なってきた。ヘルパーさん頼めるやろか",
        "おばぁがご飯食べたかどうかも忘れるさー",
        "かっちゃ(86)が見えねぇ人としゃべってる",
        "父(82)が足が立たんようになってきた",
    ],
)
def test_older_care_wordings_are_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "介護保険料の納付書をなくしてしまいました",
        "障害福祉のサービスでヘルパーさんに来てもらえますか",
        "ヘルパーの仕事をしてますが、資格の研修はどこで受けられますか",
    ],
)
def test_a_bill_or_disability_help_or_a_job_is_no_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- health (older voices)


@pytest.mark.parametrize(
    "text",
    [
        "耳が遠うなって、人と話すのがおっくうだ",
        "ずくがなくなって、一日中寝とる",
        "好きだった釣りもやらんくなった",
        "この頃なんも食いたぐね",
        "夜中に何回も目が覚める",
    ],
)
def test_older_health_wordings_are_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "耳が遠い父のために電話の音を大きくしたい",
        "好きだった店が閉まってさみしい",
        "認知症だはんで、見守りの人を頼みたい",
    ],
)
def test_other_ears_shops_and_because_are_no_health_or_disability(ex, text):
    result = ex(text)
    assert "health" not in result.fields
    assert "disability" not in result.fields
