"""Advertising pushed into a reposted text is removed by its shape."""

from __future__ import annotations

from plancmp.draft.read.spam import keywords, remove


def test_a_search_question_pushed_inside_a_word_is_removed_and_the_word_healed() -> None:
    assert remove("其中，新汽车配件价格查询建22所，改扩建34所。", ()) == (
        "其中，新建22所，改扩建34所。",
        1,
    )


def test_a_search_question_after_a_value_is_removed() -> None:
    assert remove("新增入园幼儿4186人某某脑病医院怎么样。截至2013年底", ()) == (
        "新增入园幼儿4186人。截至2013年底",
        1,
    )


def test_a_plans_own_words_stay() -> None:
    text = "了解群众对学校满意度怎么样的评价，完成价格查询系统建设。"
    assert remove(text, ()) == (text, 0)


def test_space_joined_keywords_printed_at_unrelated_places_are_removed() -> None:
    sample = (
        "会议召开第三次全体会议人大网络教育 学位,参会代表选出了十大民生实事。"
        "对10个交通拥堵点开展“微改造”人大网络教育 学位,有效缓解拥堵。"
        "在校生 万人 505 535\n毛入学率 % 95 98\n"
    )
    found = keywords(sample)
    assert found == ("人大网络教育 学位",)
    assert remove("开展“微改造”人大网络教育 学位,有效缓解拥堵。", found) == (
        "开展“微改造”,有效缓解拥堵。",
        1,
    )


def test_a_service_and_a_mobile_number_pushed_into_a_sentence_are_removed() -> None:
    assert remove("新建小微公园2个,家政服务13825404095道路景观林带2条。", ()) == (
        "新建小微公园2个,道路景观林带2条。",
        1,
    )
    text = "监督电话13825404095，举报电话0531-8246306。"
    assert remove(text, ()) == (text, 0)


def test_a_forums_watermark_of_random_groups_is_removed() -> None:
    """A forum pads reposted lines with random letter-and-sign groups between spaces; a
    sentence's stop before them stays, and a table row of dashes or words stays."""
    assert remove('总改造面积21000平方米;) L( f% s" @ I# ]0 E+ g0 j', ()) == (
        "总改造面积21000平方米;",
        1,
    )
    assert remove("* p/ {) b& x! R8 r( k 一、教育基础设施提升项目", ()) == (
        " 一、教育基础设施提升项目",
        1,
    )
    for text in ("毛入学率 % - - - - - 95", "Wi Fi to be or not to be", "1 2 3 4 5 6 7"):
        assert remove(text, ()) == (text, 0)
