"""Names a person types: exact first, then a unique fragment, then a unique beginning; never a guess."""

import pytest

from plancmp.lookup import NotFound, resolve

ITEMS = [
    ("puhui", "P", ["普惠性幼儿园覆盖面"]),
    ("places", "T", ["新增普惠托位"]),
    ("public", "G", ["公办幼儿园覆盖率"]),
]


def test_exact_id_name_and_fullwidth():
    assert resolve("puhui", ITEMS, "metric") == "P"
    assert resolve("ＰＵＨＵＩ", ITEMS, "metric") == "P"
    assert resolve("公办幼儿园覆盖率", ITEMS, "metric") == "G"


def test_an_id_wins_over_another_items_name():
    items = [*ITEMS, ("other", "O", ["puhui"])]
    assert resolve("puhui", items, "metric") == "P"
    assert resolve("ＰＵＨＵＩ", items, "metric") == "P"


def test_unique_fragment_and_unique_beginning():
    assert resolve("托位", ITEMS, "metric") == "T"
    assert resolve("普惠", ITEMS, "metric") == "P"  # in two names, begins one


def test_ambiguous_lists_candidates():
    with pytest.raises(NotFound) as info:
        resolve("覆盖", ITEMS, "metric")
    assert (
        str(info.value)
        == "metric '覆盖' is ambiguous: it matches public（公办幼儿园覆盖率）、puhui（普惠性幼儿园覆盖面） — say which"
    )


def test_unknown_suggests_close_names():
    with pytest.raises(NotFound) as info:
        resolve("pubhui", ITEMS, "metric")
    assert info.value.candidates[0] == "puhui"


def test_a_word_misheard_by_an_input_method_puts_the_name_read_alike_first():
    """A pinyin input method's wrong pick keeps the sound: 江按 is 江安 (jiang an) before 江海,
    though each is one character away, and 姜按, two characters away, still finds 江安."""
    towns = [
        ("jianghai", "H", ["江海县"]),
        ("jiangan", "A", ["江安县"]),
        ("hebei", "B", ["河北县"]),
    ]
    with pytest.raises(NotFound) as info:
        resolve("江按", towns, "plan")
    assert info.value.candidates == ["jiangan", "jianghai"]
    with pytest.raises(NotFound) as info:
        resolve("姜按", towns, "plan")
    assert info.value.candidates == ["jiangan"]


def test_a_clear_winner_names_the_others_it_beat():
    from plancmp.lookup import match, took

    item, matched = match("普惠", ITEMS, "metric")  # begins one name, inside another
    assert (item, matched) == ("P", ["puhui（普惠性幼儿园覆盖面）", "places（新增普惠托位）"])
    assert took("普惠", matched) == (
        "'普惠' taken as puhui（普惠性幼儿园覆盖面）; it also matches places（新增普惠托位）"
        " — name one of those to use it instead"
    )
    assert match("puhui", ITEMS, "metric")[1] == ["puhui（普惠性幼儿园覆盖面）"]  # an id: no guess


def test_an_exact_alias_wins_over_names_it_is_inside():
    from plancmp.lookup import match

    items = [("myopia", "M", ["儿童青少年总体近视率", "近视率"]), ("pupil", "X", ["小学生近视率"])]
    item, matched = match("近视率", items, "metric")
    assert (item, matched) == ("M", ["myopia（儿童青少年总体近视率）", "pupil（小学生近视率）"])


def test_an_alias_beginning_beats_a_word_inside_a_name():
    from plancmp.lookup import match

    items = [("a", "A", ["新增学位数"]), ("b", "B", ["义务教育招生数", "学位供给"])]
    assert match("学位", items, "metric")[0] == "B"
    with pytest.raises(NotFound) as info:
        match("教育", [*items, ("c", "C", ["教育经费"]), ("d", "D", ["教育用地"])], "metric")
    assert info.value.ambiguous and info.value.candidates[:2] == ["c", "d"]


def test_kinds_by_name_or_chinese_several_at_once():
    from plancmp.lookup import find_choices

    kinds = ("below_peers", "below_city", "conflict", "missing")
    zh = {"低于同类": "below_peers", "低于市级": "below_city", "前后不一致": "conflict",
          "缺少指标": "missing"}  # fmt: skip
    assert find_choices(["低于同类,前后不一致"], kinds, "kind", zh) == ["below_peers", "conflict"]
    assert find_choices(["below_peers", "低于同类、缺少指标"], kinds, "kind", zh) == [
        "below_peers",
        "missing",
    ]
    assert find_choices(["低于市"], kinds, "kind", zh) == ["below_city"]  # a unique beginning
    with pytest.raises(NotFound) as info:
        find_choices(["低于"], kinds, "kind", zh)
    assert info.value.ambiguous
    # a unique part of two characters or more, as a new user typed `-k 不一致`
    assert find_choices(["不一致", "同类"], kinds, "kind", zh) == ["conflict", "below_peers"]
    with pytest.raises(NotFound) as info:
        find_choices(["致"], kinds, "kind", zh)  # one character is no part to go by
    assert not info.value.ambiguous
    zh2 = {**zh, "未高于基线": "not_above_baseline"}
    kinds2 = (*kinds, "not_above_baseline")
    for typed in ("高于", "above"):  # a negation turns 高于 round; English ids go by beginnings
        with pytest.raises(NotFound):
            find_choices([typed], kinds2, "kind", zh2)
