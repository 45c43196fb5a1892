"""Round 30 (38r20): wishes to vanish ending in な (「このまま消えられたらなって思う」), a bruise
called 内出血 on an old person, a married daughter bruised with her husband named, a friend's post
titled 「遺書」 on social media. And what only looks like that: 脳内出血 (an illness, still an
emergency), slang 「マジ死ぬｗ」 shouted by others, tapping someone who will not wake
(叩いても起きない), a pet that barely breathes, an old parent's habitual 「もうすぐ死ぬ」 while well
and busy, a partner's temper over a trifle laughed off in a home at peace, social issues named
after a film by someone who wants to volunteer, a pupil researching a topic for class."""

from __future__ import annotations

import pytest

# ---------------------------------------------------------------- a wish to vanish, with な


@pytest.mark.parametrize(
    "text",
    [
        "死にたいとかではないんです。ただ、布団に入ると、このまま消えられたらなって考えてしまう",
        "ふと、いなくなれたらなぁと思うことが増えた",
        "朝になるのがいやで、寝たまま消えられたらなーって毎日思う",
        "仕事の帰り道、いっそ消えてしまえたらなと思った",
    ],
)
def test_wish_to_vanish_with_na_is_suicide(ex, text):
    """「消えられたらなって思う」: a wish for oneself to vanish is suicide risk."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "借金がこのまま消えられたらいいのにな",
        "顔のシミ、このまま消えてくれたらなって思う",
        "この雪が早く消えたらなって思う",
    ],
)
def test_things_that_should_vanish_are_no_suicide(ex, text):
    """A debt, a stain or snow that should vanish: no crisis."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- 内出血 on an old person


@pytest.mark.parametrize(
    "text",
    [
        "近所の80代のおばあさん、息子さんと二人暮らしなんですが、腕に内出血の跡が何か所もあります",
        "ヘルパーです。担当の90歳の男性の背中に大きな内出血がありました。同居の娘さんは知らないと言います",
        "85歳の父の顔に内出血があって、同居の兄は「ぶつけただけ」と言うけど、最近父が兄を怖がっている",
    ],
)
def test_bruise_called_naishukketsu_on_old_person_is_abuse(ex, text):
    """A bruise (内出血) on someone of an old age: abuse to look into, not bleeding now."""
    e = ex(text)
    assert "abuse" in e.crisis
    assert "emergency" not in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "父が脳内出血で倒れて救急車で運ばれました",
        "母が頭の内出血で今夜手術です",
    ],
)
def test_brain_bleed_is_still_an_emergency(ex, text):
    """脳内出血: an illness now, still an emergency, not a bruise."""
    e = ex(text)
    assert "emergency" in e.crisis
    assert "abuse" not in e.crisis


def test_old_bruise_from_a_fall_is_no_abuse(ex):
    """A bruise from a fall the writer saw: no abuse."""
    e = ex("80歳の母が庭で転んで、腕に内出血ができました。湿布でいいでしょうか")
    assert "abuse" not in e.crisis
    assert "emergency" not in e.crisis


# ---------------------------------------------------------------- a married daughter bruised


@pytest.mark.parametrize(
    "text",
    [
        "娘は結婚して県外にいます。帰省したとき腕にあざがあって、旦那さんからの電話にびくっとしていました",
        "姉のことです。嫁いでから顔にあざを作ってくることが増えました。ご主人の話になると黙ります",
        "うちの娘、去年結婚したんですが、首に青あざがあって、婿の前では一言もしゃべりません",
    ],
)
def test_married_daughter_bruised_is_dv(ex, text):
    """A married daughter or sister bruised, her partner named: DV, not child abuse."""
    e = ex(text)
    assert "dv" in e.crisis
    assert "abuse" not in e.crisis
    assert "child" not in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "娘は結婚して隣に住んでいます。孫の足にあざがあって、婿が来てから増えた気がする",
        "娘の彼氏がうちに来るようになってから、小学生の娘の腕にあざがある",
    ],
)
def test_bruise_on_a_child_with_a_kin_partner_stays_abuse(ex, text):
    """A grandchild or a school-age daughter bruised: child abuse stays."""
    assert "abuse" in ex(text).crisis


# ---------------------------------------------------------------- a post titled 「遺書」


@pytest.mark.parametrize(
    "text",
    [
        "友達がインスタのストーリーに「遺書」ってタイトルで長い文章を投稿してて、電話も出ない",
        "部活の先輩が裏垢に「遺書」という題名で投稿してた。どうしよう",
        "息子の同級生がブログに「遺書」ってタイトルの記事をあげてる。親御さんに知らせたほうがいい？",
    ],
)
def test_post_titled_farewell_is_suicide(ex, text):
    """A friend's social-media post titled 「遺書」: suicide risk."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "「遺書」ってタイトルの曲を友達がインスタで紹介してた。いい歌だった",
        "「遺書」という題名の小説の感想をブログに投稿しました",
    ],
)
def test_song_or_novel_titled_farewell_is_no_suicide(ex, text):
    """A song or novel of that title, even posted about: no crisis."""
    assert "suicide" not in ex(text).crisis


# ---------------------------------------------------------------- near-misses


@pytest.mark.parametrize(
    "text",
    [
        "夜中に公園で若い子たちが「マジ死ぬ」「やばすぎｗ」とか騒いでいてうるさいです",
        "部活終わり、まじで死ぬかと思ったｗ",
        "テスト勉強まじ死ぬ笑",
        "坂がきつすぎて死ぬｗｗｗ",
    ],
)
def test_slang_shi_nu_with_laughter_is_no_suicide(ex, text):
    """「マジ死ぬｗ」: slang, no crisis."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫が酔って帰ってきてソファで寝たまま、揺すっても叩いても起きない",
        "母が床に倒れてて、肩を叩いても反応がありません",
        "父の頬をたたいてみたけど反応がない。さっきまで普通にしゃべってた",
    ],
)
def test_tapping_someone_who_will_not_wake_is_no_violence(ex, text):
    """Tapping to wake someone: an emergency, not DV or abuse."""
    e = ex(text)
    assert "emergency" in e.crisis
    assert "dv" not in e.crisis
    assert "abuse" not in e.crisis


def test_tapping_and_hitting_stays_dv(ex):
    """A partner who hits the writer is still DV."""
    assert "dv" in ex("夫に叩かれても何も言い返せない").crisis


@pytest.mark.parametrize(
    "text",
    [
        "うちの猫が朝からぐったりして、呼吸が浅くて心配です。日曜に開いてる動物病院ありますか",
        "飼い犬が散歩のあと急に倒れて、ほとんど息してない感じです",
        "ハムスターが昨日から丸まったまま動かないです",
    ],
)
def test_pet_barely_breathing_is_no_emergency(ex, text):
    """A pet unwell: no emergency, no health field."""
    e = ex(text)
    assert "emergency" not in e.crisis
    assert "health" not in e.fields


def test_person_after_the_pet_still_counts(ex):
    """The dog barked, then the father was found not breathing: an emergency."""
    assert "emergency" in ex("犬が吠えるので見に行ったら、父が息してない").crisis


@pytest.mark.parametrize(
    "text",
    [
        "母は「もうすぐ死ぬんやから」が口癖だけど、元気にカラオケ行ってます。最近は足腰が弱ってきました",
        "祖父が「わしはもう長うない、じき死ぬ」って言うのが口癖で、本人はピンピンしとる。物忘れは増えた",
        "父は「いつ死んでもええ」が昔からの口ぐせですが、元気で畑仕事しています。認知症の検査を勧めたい",
    ],
)
def test_old_parents_habitual_saying_is_no_suicide(ex, text):
    """A well old parent's habitual 「もうすぐ死ぬ」: a way of talking."""
    assert "suicide" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "母が「もうすぐ死ぬ」が口癖で、最近は食欲もなくて元気がない",
        "父が「死にたい」が口癖になってしまって、元気に見えるけど心配です",
    ],
)
def test_saying_with_low_mood_or_wish_stays_suicide(ex, text):
    """With a low mood or a wish to die, the saying counts."""
    assert "suicide" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "旦那にキレられた、洗濯物のたたみ方が違うって笑　うちは平和です。それより予防接種の相談",
        "夫にまた怒鳴られましたｗ　冷蔵庫のプリン食べたから。夫婦仲はいいです。本題は保育園のこと",
        "彼氏にキレられたw 返信遅いって。まあ仲良しなんで大丈夫。ところで奨学金の相談です",
    ],
)
def test_partner_temper_laughed_off_is_no_dv(ex, text):
    """A partner's temper over a trifle, laughed off in a home at peace: no DV."""
    assert "dv" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夫にキレられて怖い笑　うちは平和なふりをしてるだけです",
        "旦那にキレられて殴られた笑　それより子どものこと",
        "夫がすぐキレる。笑えない。家の中は平和じゃない",
    ],
)
def test_partner_temper_with_fear_or_blow_stays_dv(ex, text):
    """Fear, a blow, or no laugh: DV stays."""
    assert "dv" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "ニュースで虐待や貧困の問題を知って、何かできることはないかと思っています。ボランティアの窓口は？",
        "ドキュメンタリーを見て、ヤングケアラーとか孤独死のことが気になりました。寄付できる団体を教えてください",
        "映画でDVの問題について考えるようになり、支援する側でボランティアしたいです",
    ],
)
def test_social_issue_seen_in_a_film_is_no_crisis(ex, text):
    """Social issues named after a film or the news, with a wish to help: no crisis."""
    e = ex(text)
    assert not e.crisis
    assert "child" not in e.fields


def test_own_child_harmed_after_the_news_stays_abuse(ex):
    """A harm of the writer's own told beside the news: abuse stays."""
    e = ex(
        "ニュースで虐待のことを見て、うちの子も夫に叩かれているので怖くなりました。"
        "ボランティアの人に相談できますか"
    )
    assert "abuse" in e.crisis


@pytest.mark.parametrize(
    "text",
    [
        "ヤングケアラーについて授業で調べています。市の支援を教えてください（中3）",
        "総合の時間で子どもの貧困について調べています。高1です",
        "自由研究で町の福祉をまとめたいです。小6です",
    ],
)
def test_pupil_researching_a_topic_is_no_child_matter(ex, text):
    """A pupil asking for a class, with nothing of their own: no field."""
    assert "child" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "授業で調べてたら、自分がヤングケアラーかもって思いました。毎日弟の世話と料理してます（中2）",
        "課題で福祉を調べてる。でも本当は学校に行くのがつらい。高2です",
    ],
)
def test_pupil_with_own_matter_stays_child(ex, text):
    """A pupil who tells something of their own: child stays."""
    assert "child" in ex(text).fields


# ---------------------------------------------------------------- fields and patterns


@pytest.mark.parametrize(
    "text",
    [
        "80過ぎの父の下の世話を毎晩しています。腰がもう限界",
        "母の排せつの介助がつらくなってきた",
        "じいちゃんのしもの世話まで嫁の私がやっとります",
    ],
)
def test_toileting_care_of_a_parent_is_care(ex, text):
    """A parent's 下の世話 (toileting): care."""
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんの下の世話とミルクで一日が終わる",
        "老犬の下の世話が大変になってきました",
    ],
)
def test_toileting_of_a_baby_or_pet_is_no_care(ex, text):
    """A baby's or a dog's: no care."""
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "一人暮らしの78歳です。膝が悪くなって、ゴミ出しがきつくなってきました",
        "わしも85になって、足が弱ってゴミ捨てもしんどい。誰か手伝ってくれんかね",
        "母は腰が悪くて、布団を干すのも大変そうです",
    ],
)
def test_old_person_struggling_with_chores_is_care(ex, text):
    """An old person, or a parent, whose body makes chores hard: care."""
    assert "care" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "子どもが3人いて、つわりで買い物が大変です",
        "体重が80になって、腰が痛くて掃除もきつい",
    ],
)
def test_chores_hard_for_other_reasons_are_no_care(ex, text):
    """Small children, morning sickness or weight: no care."""
    assert "care" not in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "倉庫の仕事で腰やってしもて、今は休職中です",
        "わし、膝いわして病院通い。仕事も休んどる",
        "腰をやってしまって入院することになりました",
    ],
)
def test_own_back_put_out_is_health(ex, text):
    """The writer's own back or knee put out (dialect too): health."""
    assert "health" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "父子家庭です。長男(中3)が下の2人の飯や保育園の迎えをやってくれてます",
        "うちは母子家庭で、小6の娘が弟の迎えや洗濯までやってくれてる",
        "シングルです。中1の息子が毎日妹のお迎えと夕飯をしてくれてて申し訳ない",
    ],
)
def test_school_age_child_doing_chores_for_parent_is_young_carer(ex, text):
    """A school-age child named with a grade who does the family's chores: young carer."""
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "ばあちゃんがごはんの用意をしてくれる。中2です",
        "夫が掃除をやってくれてます。子どもは中3です",
    ],
)
def test_chores_done_for_the_pupil_are_no_young_carer(ex, text):
    """Chores done by a grandmother or partner: no young carer."""
    assert "young_carer" not in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "娘が受験勉強で部屋にこもりきりです。夜食の差し入れくらいしかできません",
        "息子が部屋にこもってるけど、テスト前で勉強してるだけです",
    ],
)
def test_pupil_studying_in_the_room_is_no_hikikomori(ex, text):
    """A pupil shut in to study for exams: no hikikomori."""
    assert "hikikomori" not in ex(text).patterns


def test_room_without_study_stays_hikikomori(ex):
    """Shut in since leaving school: hikikomori stays."""
    e = ex("息子が高校をやめてから半年、部屋にこもりきりで勉強もしていません")
    assert "hikikomori" in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "ヤングケアラーって言葉、はじめて聞きました。たぶん私です（高1）",
        "8050問題っていう言葉を知って、うちのことだと思いました。母80、兄50です",
        "ダブルケアという言葉を最近知りました。まさに私です",
    ],
)
def test_term_named_then_owned_counts(ex, text):
    """A term whose meaning the writer found, then says fits them: its label counts."""
    e = ex(text)
    assert e.patterns


def test_term_asked_about_alone_is_no_pattern(ex):
    """A term only asked about: no pattern."""
    assert not ex("ダブルケアという言葉の意味を教えてください").patterns


@pytest.mark.parametrize(
    "text",
    [
        "70代です。夫が認知症で、暴言がひどいです。子どもたちには言えていません",
        "80歳です。主人の介護をしていますが、息子には心配かけたくなくて",
        "70代の主婦です。夫の物忘れが心配です。娘は遠方に住んでいます",
    ],
)
def test_old_writers_children_are_grown(ex, text):
    """The children of a writer in their seventies are grown: no child, no double care."""
    e = ex(text)
    assert "child" not in e.fields
    assert "double_care" not in e.patterns


def test_old_writer_raising_a_grandchild_stays_child(ex):
    """A grandchild at school named: the child field stays."""
    assert "child" in ex("70代です。孫（小2）を育てながら夫の介護をしています").fields


@pytest.mark.parametrize(
    "text",
    [
        "産後2か月です。授乳と夜泣きでほとんど眠れていません",
        "出産してから夜泣きで全然眠れない。頭がぼーっとする",
        "産後4か月、寝不足が続いて涙が止まらない",
    ],
)
def test_postpartum_sleep_loss_is_health(ex, text):
    """A mother's sleep lost in the months after the birth: her own health."""
    assert "health" in ex(text).fields


def test_sleep_lost_watching_a_parent_is_no_health(ex):
    """Sleep lost to a parent's night wandering: the care matter, not health."""
    assert "health" not in ex("母が夜中に徘徊するので見張っていて眠れません").fields


@pytest.mark.parametrize(
    "text",
    [
        "クラスで誰とも話さない。家に帰っても話す人いない",
        "休み時間はずっとひとりで寝たふりしてる。もう学校行きたくない",
        "教室ではほとんど誰ともしゃべらない。昼休みは図書室",
    ],
)
def test_pupil_alone_at_school_is_child(ex, text):
    """A pupil alone in class or at break: the child field."""
    assert "child" in ex(text).fields


def test_break_at_work_is_no_child(ex):
    """A worker's break with the phone: no child."""
    assert "child" not in ex("職場の休み時間はスマホ見てます。話す同僚もいない").fields


@pytest.mark.parametrize(
    "text",
    [
        "去年まで家賃を滞納していましたが、仕事が見つかって全部払い終わりました。お礼が言いたくて",
        "以前は水道代も払えなかったけど、仕事が決まって滞納分も払い終えました。ありがとうございました",
        "前に相談した税金の滞納、全部払い終わりました。その節はお世話になりました",
    ],
)
def test_arrears_paid_and_thanked_is_no_field(ex, text):
    """Thanks for arrears paid off: no consultation."""
    e = ex(text)
    assert not e.fields
    assert not e.crisis


def test_arrears_paid_then_new_worry_stays(ex):
    """A worry after the thanks: hardship stays."""
    e = ex(
        "去年家賃を滞納して、やっと払い終わりました。ありがとうございました。でも今月また収入が減って不安です"
    )
    assert "hardship" in e.fields


@pytest.mark.parametrize(
    "text",
    [
        "30代後半、無職、実家暮らし。もう何年もまともに外に出てない。親はもう70超えてて、親が死んだら俺どうなるんやろ",
        "もう10年くらい部屋から出てない。母は75歳で、母がいなくなったら僕はどうやって生きていけばいいのか",
        "30代で家にこもって何年もたつ。両親とも70過ぎで、親が亡くなったら自分はどうなるのか怖い",
    ],
)
def test_shut_in_child_fearing_life_after_old_parents_is_8050(ex, text):
    """A grown child shut in for years, parents past seventy, afraid of after: 8050."""
    e = ex(text)
    assert "8050" in e.patterns
    assert "hikikomori" in e.patterns


@pytest.mark.parametrize(
    "text",
    [
        "高校やめてから半年くらい家から出てない。親が死んだら俺どうなるんやろ",
        "親が70過ぎたので、親が死んだら自分はどうなるか考える。仕事は続けています",
    ],
)
def test_young_or_working_child_is_no_8050(ex, text):
    """A teenager with no old parent named, or a working child: no 8050."""
    assert "8050" not in ex(text).patterns
