"""Round 15 (23e): older writers, dialect and kana — indirect suicide wording (medicine kept
back, a rope got ready, ending it so as to be no burden), a Tohoku bath emergency, diapers not
changed in Kansai speech, a grown child hit by their own partner; and what is no crisis: a
denial in kana, a past job's scenes, farm rope, a shut-in who will not answer, a care worker
hit by residents."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- suicide: the means kept ready


@pytest.mark.parametrize(
    "text",
    [
        "睡眠薬はもう ためてある",
        "病院の薬、飲まんと ためとるけん。いざとなったら",
        "くすりは ぜんぶ ためてあります",
        "薬を飲まずにためています",
        "いつでも終われるように身の回りは片付けた",
        "準備はできとる、いつでも死ねる",
        "物置に縄を用意してある。もう疲れた",
        "ホームセンターで縄ば買うてきた。誰にも言えん",
        "納屋の梁に縄を掛けてみた",
    ],
)
def test_the_means_kept_ready_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "仕事はいつでも終われるので、夕方なら相談に行けます",
        "畑の支柱を縛る縄を買ってきた",
        "正月のしめ縄を用意した",
        "沖縄旅行を準備しとる",
        "子どもの縄跳びを買った",
        "雪囲いの縄を準備せんといけん",
    ],
)
def test_rope_and_ready_for_other_things_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- suicide: so as to be no burden


@pytest.mark.parametrize(
    "text",
    [
        "子供らに迷惑かけんように、もう終わりにしようと思う",
        "家族の重荷になる前に終わらせたい",
        "みんなに迷惑かけないように終わりにします。ありがとう",
        "これ以上めいわくかけんように もう終わりにするけぇ",
        "息子の負担にならんうちに、全部終わりにしたい",
    ],
)
def test_ending_it_to_be_no_burden_is_suicide(ex, text):
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "皆さんに迷惑かけんように、今日の話は終わりにします",
        "迷惑かけないように仕事を早めに終わりにします",
        "お店に迷惑かけんように、長電話は終わりにした",
    ],
)
def test_ending_a_task_to_be_no_trouble_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- suicide: denied or seen at work


@pytest.mark.parametrize(
    "text",
    [
        "死にたいなんて一度も思ったことないけど、寂しい",
        "しのうなんて かんがえたこと ないです",
        "自殺なんて考えたこともありません。眠れないだけ",
        "死にたいとは思わんけど、毎日しんどい",
        "しにたいなんて おもったことないけど ひとりで つまらん",
        "消防におった頃、飛び降りの現場を何度も見た",
        "警察官時代は自殺の現場にもよう行きました。今は年金暮らしです",
    ],
)
def test_a_denial_or_a_past_jobs_scene_is_no_suicide(ex, text):
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "死にたいなんて思ったことなかったのに、最近は毎日思う",
        "夫が首吊りしようとしていたのを救急隊の人に止めてもらった",
        "死にたいなんて思ったことないのかって聞かれたら、ある。今も死にたい",
    ],
)
def test_a_denial_taken_back_is_still_suicide(ex, text):
    assert "suicide" in ex(text).crisis


# ---------------------------------------------------------------- emergency: Tohoku speech


@pytest.mark.parametrize(
    "text",
    [
        "じいちゃんが便所でうごがねぇ",
        "とうちゃん風呂で動がねえ、息しとるかわがんね",
        "ばあちゃん息してっかわかんね、ぜんぜん動かね",
        "かかあが湯船ん中で動がねぇ",
        "おやじ 息してっか わがんねぇ",
    ],
)
def test_not_moving_in_the_bath_in_dialect_is_an_emergency(ex, text):
    assert "emergency" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "車が動がねぇ、バッテリーかな",
        "腰が痛くて動がねぇ",
        "引きこもりの息子が、声かけても返事もせん",
        "ニートの娘に話しかけても返事もしない。部屋から出てこん",
        "昼夜逆転の息子は、呼んでも返事もしよらん",
    ],
)
def test_not_moving_or_not_answering_out_of_mood_is_no_emergency(ex, text):
    assert "emergency" not in ex(text).crisis


def test_a_collapse_without_an_answer_is_still_an_emergency(ex):
    assert "emergency" in ex("風呂場で父が倒れて、声かけても返事もしない").crisis


# ---------------------------------------------------------------- abuse and dv


@pytest.mark.parametrize(
    "text",
    [
        "施設の父、おむつも替えてもろてへんみたいで、ずっと濡れたまま",
        "母がオムツを替えてもらってないようで、施設の対応が心配",
        "老人ホームに入っとる母のおむつ、替えてもろとらんかった",
    ],
)
def test_diapers_not_changed_in_dialect_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "娘の旦那が娘ば殴るし、孫にも手ぇ上げよるらしか",
        "娘婿が娘に暴力をふるっているようです",
        "娘の夫が娘を殴っとるらしい。娘は大丈夫て言うけど",
        "息子の嫁が息子を叩くらしい",
        "妹の旦那が妹を殴っとるらしい",
        "嫁いだ娘が、旦那から殴られとるみたいで心配",
    ],
)
def test_a_grown_child_hit_by_their_partner_is_dv(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    if "孫" not in text:
        assert "abuse" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "娘の旦那が孫を叩くらしい",
        "娘が孫を叩いてしまうと泣いて電話してきた",
        "孫にも手ぇ上げよるらしか",
    ],
)
def test_a_grandchild_hit_is_abuse_not_dv(ex, text):
    result = ex(text)
    assert "abuse" in result.crisis
    assert "dv" not in result.crisis


def test_a_kind_son_in_law_is_no_crisis(ex):
    assert not ex("娘の旦那は優しい人で、娘を大事にしてくれとります").crisis


@pytest.mark.parametrize(
    "text",
    [
        "介護施設で働いとるけど、利用者さんに叩かれたり噛まれたりで毎日しんどいわ",
        "ヘルパーをしてますが、利用者さんに殴られてあざができました",
        "特養で働いてるけど入居者さんに蹴られる毎日",
        "病棟で勤務していて、患者さんから叩かれることもある",
    ],
)
def test_a_care_worker_hit_by_residents_is_no_abuse(ex, text):
    result = ex(text)
    assert "abuse" not in result.crisis
    assert "care" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "母が施設で職員に叩かれている",
        "介護施設で働いていますが、同僚が利用者さんを叩いているのを見ました",
        "父が入っとる施設で、職員さんに殴られたと言うとります",
    ],
)
def test_a_resident_hit_by_staff_is_still_abuse(ex, text):
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- 8050: after the parents are gone


@pytest.mark.parametrize(
    "text",
    [
        "60になる息子は知的障害があって作業所に通うとる。わしら夫婦が死んだあと、どうなるか",
        "障害のある50代の娘と二人暮らしです。私が倒れたらと思うと夜も眠れません",
        "45歳の息子がずっと家におって働かん。わしらが死んだら、あの子はどうするんか",
        "40代の娘が精神の病気で働けず、私ら夫婦の年金で暮らしとります",
        "息子は48で、ひきこもって20年。うちら夫婦の年金だけが頼りです",
        "母ちゃんもう82で、兄は仕事もせんと家におる",
    ],
)
def test_an_old_parent_still_supporting_a_grown_child_is_8050(ex, text):
    assert "8050" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "私が死んだら保険金はどうなりますか",
        "私ら夫婦の年金で二人暮らし、旅行にも行けとります",
        "わしが倒れたら、あの子（10歳）はどうなるんやろ",
    ],
)
def test_an_old_couples_life_without_a_grown_child_is_no_8050(ex, text):
    assert "8050" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "47になる長男がもう15年部屋から出てこん。わしも今年80になる。あの子の先が心配",
        "52歳の娘が家におる。あの子の将来が心配です",
    ],
)
def test_a_grown_child_called_ano_ko_is_no_child_matter(ex, text):
    result = ex(text)
    assert "child" not in result.fields
    assert "double_care" not in result.patterns


def test_a_young_child_called_ano_ko_is_still_a_child(ex):
    assert "child" in ex("8歳の息子がいます。あの子の将来が心配です").fields


# ---------------------------------------------------------------- Tohoku: shut in, alone


@pytest.mark.parametrize(
    "text",
    [
        "あんちゃが家がら出ねぐなって三年になる",
        "弟が部屋がら出ねぐなって、もう何年にもなる",
        "息子が家から出ねぐなってもう半年だ",
    ],
)
def test_no_longer_going_out_in_dialect_is_hikikomori(ex, text):
    assert "hikikomori" in ex(text).patterns


def test_snowed_in_is_no_hikikomori(ex):
    assert "hikikomori" not in ex("雪で家がら出らいねぐて困っとる").patterns


@pytest.mark.parametrize(
    "text",
    [
        "雪で外さ出らいねぐて、もう一週間だれども しゃべってね",
        "ここ何日も だれとも しゃべってねぇ",
        "一人暮らしで、誰ともしゃべっとらん",
    ],
)
def test_talking_to_no_one_in_dialect_is_isolation(ex, text):
    assert "isolation" in ex(text).patterns


def test_never_a_day_without_talking_is_no_isolation(ex):
    text = "誰ともしゃべってねぇ日なんてねえ、毎日お茶っこ飲みさ行ぐ"
    assert "isolation" not in ex(text).patterns


# ---------------------------------------------------------------- fields: older writers' wording


@pytest.mark.parametrize(
    "text",
    [
        "母の通院の交通費がかさんで、年金だけじゃ苦しい",
        "東京から新幹線で通うとるけど、交通費がえらいことになっとる",
        "薬代が高くついて、病院に行くのを控えとる",
        "お金がないけん、歯医者に行くのを我慢しとります",
        "医療費が払えんで困っとる",
    ],
)
def test_costs_that_pile_up_are_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "交通費は市から出るんですか",
        "通院の交通費の領収書はどこに出せばいいですか",
        "夜はよく眠れるようになったので、薬を減らしてもらいました",
    ],
)
def test_costs_asked_about_are_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "母がわけのわからんことを言うようになって心配です",
        "じいちゃんが訳のわからないことばかり言う",
        "父が夜中に外へ出ていってしまう。鍵をかけてもだめ",
        "ばあちゃんが夜な夜な外に出歩くけん、目が離せん",
        "高齢の母の紙おむつの支給を受けたい",
        "年寄りのおむつの助成ってありますか",
        "父が免許を返したら、病院にも買い物にも行けんようになった",
        "免許を返納してから、スーパーに行けなくて困っています",
        "足が悪うて、家に来てくれる歯医者さんはないですか",
        "往診してくれるお医者さんを探しとります",
        "中学生の孫が、わしの介護のために学校を休みがちになっとる",
        "高校生の孫が私の世話で部活に行けとらん",
        "親父がわけわからんこと言うけん、つい叩いてしもうた",
    ],
)
def test_signs_of_an_older_person_needing_care_are_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "息子が夜中に外へ出ていってしまう。友達と遊んでるらしい",
        "2歳の子がわけのわからんことを言うのがかわいい",
        "赤ちゃんのおむつの宅配を頼みたい",
        "免許を返したので、身分証はマイナンバーカードにしました",
        "高校生の孫が、妹の世話のために部活を辞めた",
    ],
)
def test_the_same_words_of_a_child_or_a_licence_are_no_care(ex, text):
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "孫にも恵まれて、毎日楽しく過ごしとります。俳句の会はありますか",
        "子供らは県外で、正月にしか帰ってこん",
        "子どもたちに迷惑かけとうない",
        "子供らの重荷になりとうない",
        "親父がわけわからんこと言うけん、つい叩いてしもうた",
    ],
)
def test_grown_children_and_grandchildren_told_of_are_no_child_matter(ex, text):
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "孫が不登校で、娘も悩んどります",
        "孫の夜泣きがひどくて娘が参っとる",
    ],
)
def test_a_grandchilds_trouble_is_still_a_child_matter(ex, text):
    assert "child" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "ニュースを見て胸が痛みます",
        "話を聞いて胸が痛くなった",
        "あの子のことを思うと胸が痛い",
        "父が脳梗塞のあと寝たきりになって、介護が大変",
        "夫が脳出血で半身まひになり、障害者手帳の申請をしたい",
        "先週母が倒れて救急車で運ばれたけど、おかげさまで退院できました。介護保険の申請を",
    ],
)
def test_an_illness_word_that_is_part_of_care_disability_or_a_feeling_is_no_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "朝から胸が痛くて息苦しい",
        "階段を上ると胸が痛い",
        "統合失調症の息子が薬を飲まんようになって、夜も眠らん",
        "精神科に通い始めたけど、薬が合わん",
        "父が脳梗塞で倒れて、今入院しとります",
        "母が脳梗塞の治療中です",
        "父が倒れて救急車で運ばれました",
        "夫が倒れて入院中です。まだ意識が戻らない",
    ],
)
def test_an_illness_of_its_own_is_still_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- sleep, money, age, a cane


@pytest.mark.parametrize(
    "text",
    [
        "夜、眠れんで困っとります",
        "最近は夜中に目が覚めて、そのまま眠れんまま朝になる",
        "母が父を亡くしてからふさぎ込んどる",
        "主人が仕事を辞めてから塞ぎ込んでしまって",
    ],
)
def test_sleepless_or_withdrawn_in_dialect_is_health(ex, text):
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんが寝てくれんで困っとります",
    ],
)
def test_a_baby_who_will_not_sleep_is_no_health(ex, text):
    assert "health" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "父の物忘れがひどくなって、お金の管理も任せられない",
        "母に通帳の管理はもう無理です。認知症の診断を受けました",
    ],
)
def test_money_an_older_person_can_no_longer_manage_is_no_hardship(ex, text):
    assert "hardship" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "父の物忘れがひどくなって、お金の管理も任せられない",
        "母の物忘れがひどい。年のせいでしょうか",
        "父は杖をついて歩いとる。買い物に付き添いが要る",
        "息子夫婦と同居しとるけど、ご飯をもらえん日がある",
        "年寄りの私を、同居の息子が殴る",
        "高齢の母が、兄に叩かれとるらしい",
    ],
)
def test_an_older_person_needing_help_or_harmed_is_care(ex, text):
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "借金があって、お金の管理ができないんです。返済が追いつかない",
        "息子に年金を取られて、食べる物も買えん",
        "娘婿に通帳ごと取り上げられた",
    ],
)
def test_money_owed_or_taken_is_hardship(ex, text):
    assert "hardship" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "最近疲れやすいけど、年のせいかな",
        "朝早く目が覚めるのは年のせいやろか",
        "夫が杖で叩いてくる",
        "主人は杖を振り回して怒鳴る",
        "近所のおじいさんが孫を叩いとるのを見た",
    ],
)
def test_ones_own_age_wondered_at_or_a_cane_as_a_weapon_is_no_care(ex, text):
    assert "care" not in ex(text).fields


# ---------------------------------------------------------------- a partner with dementia who hits


@pytest.mark.parametrize(
    "text",
    [
        "認知症の夫に殴られるようになって怖い",
        "物忘れのひどい主人に叩かれることが増えました",
        "認知症の旦那に毎晩どつかれる",
        "要介護2の夫から叩かれています",
        "夫にどつかれて顔にあざができた",
    ],
)
def test_hit_by_a_partner_with_dementia_is_dv_not_abuse(ex, text):
    result = ex(text)
    assert "dv" in result.crisis
    assert "abuse" not in result.crisis


@pytest.mark.parametrize(
    "text",
    [
        "要介護の母を叩いてしまった",
        "認知症の父に手を上げてしまう",
        "寝たきりの母が兄に叩かれとる",
        "息子が孫の頭をどついとる",
    ],
)
def test_hitting_someone_who_needs_care_or_a_child_is_abuse(ex, text):
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- the carer's sleep (こっちが)


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃん、夜中に外出てっちゃうんさ。こっちが寝らんねえよ",
        "認知症の母が夜中に歩き回る。こっちが寝られん",
        "じいちゃんが夜中に外へ出ていく。こっちも眠れんのよ",
    ],
)
def test_the_carers_sleep_after_the_cared_for_is_care_not_health(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "母の介護をしとります。私は最近眠れなくて朝がつらい",
        "こっちが寝られん。どうしたらいいか",
    ],
)
def test_sleep_told_on_its_own_is_still_health(ex, text):
    assert "health" in ex(text).fields


# ---------------------------------------------------------------- 寝たきりになった夫


@pytest.mark.parametrize(
    "text",
    [
        "孫2人を毎日見ながら、脳梗塞のあと寝たきりになった夫の介護もしとります",
        "孫を見ながら、寝たきりになった母の世話もしています",
        "孫の送り迎えをしつつ、寝たきりになってしもうた主人を看とる",
    ],
)
def test_a_partner_who_became_bedridden_is_elderly_care_beside_grandchildren(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "disability" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "息子が事故で寝たきりになった。介護が必要です",
        "寝たきりになった息子の介護をしています",
    ],
)
def test_a_son_who_became_bedridden_is_a_disability_matter(ex, text):
    assert "disability" in ex(text).fields
