"""How a draft is scored against hand-read targets (draft/accuracy.py)."""

from decimal import Decimal

from plancmp.draft import accuracy


def item(value: Decimal) -> accuracy.Item:
    key = accuracy.Key("=", accuracy.figure(value), None, 2025, None, None)
    return accuracy.Item(key, "普职比", None, "prose", "普职比")


def test_a_ratio_read_exactly_matches_its_hand_written_four_places() -> None:
    """4:6 parses to 0.6666…; a person writes 0.6667, and the two are one target."""
    drafted, written = item(Decimal(4) / Decimal(6)), item(Decimal("0.6667"))
    assert accuracy.pair([written], [drafted]) == {0: 0}
    assert accuracy.pair([item(Decimal("0.6668"))], [drafted]) == {}
    assert accuracy.figure(Decimal("0.30")) == Decimal("0.30")
