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
