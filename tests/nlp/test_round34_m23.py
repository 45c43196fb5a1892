"""Round 34 (42m23): abuse that is a character's in a novel, a manga or a script the writer is
writing (「虐待された子が出てくる話」「漫画でネグレクトの場面を描いている」) is no crisis and no
child matter of the writer's, while a real child named beside the story still counts; a parent
who sees to their own child's homework (「子の宿題見て」) and then changes a father's nappy is
raising children and caring (double care), not a young carer whose schooling suffers."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "小説を書いていて、ネグレクトされた男の子が出てくるお話です。一時保護の流れを知りたいです",
        "漫画で、虐待を受けてる女の子の場面を描いてるんですが、児相の職員さんはどう動きますか",
        "脚本を書いてて、虐待された少年が主人公の話なんですが、リアルな手続きを教えてください",
        "同人誌で育児放棄をテーマにした物語を書いています",
    ],
)
def test_abuse_in_a_story_being_written_is_no_crisis(ex, text):
    assert "abuse" not in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "小説を書いてるけど、実はうちの子が夫に虐待されてます",
        "隣の家の子が虐待されてるみたいで、泣き声が毎晩します",
        "漫画が好きな娘が、父親から虐待されてるかもしれません",
    ],
)
def test_abuse_outside_a_story_still_counts(ex, text):
    assert "abuse" in ex(text).crisis


@pytest.mark.parametrize(
    "text",
    [
        "夜は小学生の子の宿題見て、そのあと母のおむつ替え。もう限界",
        "息子の勉強みて、寝る前に父のトイレ介助。毎日くたくた",
        "娘の宿題を見てやってから、父の食事の介助に行きます",
        "子どもたちの音読きいて、それから義母のおむつ替えしてます",
    ],
)
def test_a_parent_seeing_to_homework_and_caring_is_double_care(ex, text):
    result = ex(text)
    assert "young_carer" not in result.patterns
    assert "care" in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "中2です。妹の宿題見てあげて、そのあと母のおむつ替えもしてる",
        "高1です。宿題もできなくて、毎晩おばあちゃんのおむつ替えしてます",
    ],
)
def test_a_teenager_caring_is_still_a_young_carer(ex, text):
    assert "young_carer" in ex(text).patterns


@pytest.mark.parametrize(
    "text",
    [
        "子どもが二人いて、実家の母が脳出血で右半身まひになった。週末ごとに通ってます",
        "ばあちゃんが脳梗塞で右手がきかんようになって、毎日ご飯の世話しよる",
        "小学生の娘がいて、義父が脳梗塞で左半身不随に。週末は介護に通ってます",
    ],
)
def test_an_old_parent_paralysed_by_a_stroke_is_care_not_disability(ex, text):
    result = ex(text)
    assert "care" in result.fields
    assert "disability" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "母が脳梗塞で半身まひになりました。障害者手帳はもらえますか",
        "母の世話をしてます。息子が事故で半身まひになって、これからが心配",
        "父の介護をしています。弟も脳出血で左半身まひになり、障害年金のことを知りたい",
    ],
)
def test_a_paralysis_with_disability_services_or_of_a_younger_person_keeps_disability(ex, text):
    assert "disability" in ex(text).fields


@pytest.mark.parametrize(
    "text",
    [
        "中2です。夜はじいちゃんをトイレに連れてくのが僕の係で、朝起きれん",
        "高1です。ばあちゃんの薬の係と夜のトイレの付き添いをしてて、朝起きられない",
    ],
)
def test_a_young_carers_night_duty_and_lost_sleep_is_no_health_matter(ex, text):
    result = ex(text)
    assert "young_carer" in result.patterns
    assert "health" not in result.fields


@pytest.mark.parametrize(
    "text",
    [
        "中3です。母の介護をしてます。テスト勉強のせいで眠れない",
        "中2です。妹の世話をしてます。頭痛がひどくて朝起きれない",
    ],
)
def test_a_young_carers_other_health_words_still_count(ex, text):
    assert "health" in ex(text).fields
