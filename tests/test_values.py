"""The value grammar of SPEC §3, one row per printed form found in the five documents."""

import contextlib
from decimal import Decimal

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from plancmp.decimals import fmt
from plancmp.output.words import amount
from plancmp.values import ValueParseError, compared, parse, with_unit

D = Decimal

CASES = [
    # raw, unit, op, value, value_max, base unit
    ("＞90", "%", ">", D(90), None, "%"),
    (">90", "%", ">", D(90), None, "%"),
    ("超过30%", None, ">", D(30), None, "%"),
    ("≥65", "%", ">=", D(65), None, "%"),
    ("10/10万以下", None, "<=", D("0.01"), None, "%"),  # a rate per hundred thousand
    ("3―5所", None, "range", D(3), D(5), "所"),  # a range printed with a horizontal bar
    ("90%以上", None, ">=", D(90), None, "%"),
    ("不低于80%", None, ">=", D(80), None, "%"),
    ("至少15所", None, ">=", D(15), None, "所"),
    ("不少于11万人次", None, ">=", D(110000), None, "人次"),
    ("<50.78", "%", "<", D("50.78"), None, "%"),
    ("小于0.30", None, "<", D("0.3"), None, None),
    ("控制在3%以内", None, "<=", D(3), None, "%"),
    ("≤3", "%", "<=", D(3), None, "%"),
    ("700", "元/生", "=", D(700), None, "元/生"),
    ("达到96.5%", None, "=", D("96.5"), None, "%"),
    ("达65%", None, "=", D(65), None, "%"),
    ("保持100%", None, "=", D(100), None, "%"),
    ("全覆盖", None, "=", D(100), None, "%"),
    ("5~7所", None, "range", D(5), D(7), "所"),
    ("2-3个", None, "range", D(2), D(3), "个"),
    ("1—2个", None, "range", D(1), D(2), "个"),
    ("5千~1.2万人", None, "range", D(5000), D(12000), "人"),
    ("6.1万个", None, "=", D(61000), None, "个"),
    ("4.2", "万人", "=", D(42000), None, "人"),
    ("38.12亿元", None, "=", D(3812000000), None, "元"),
    ("1.2万亿元", None, "=", D(1200000000000), None, "元"),
    ("超过2万亿元", None, ">", D(2000000000000), None, "元"),
    ("64.7万平方米", None, "=", D(647000), None, "平方米"),
    ("约111万方", None, "=", D(1110000), None, "平方米"),
    ("近4万个", None, "=", D(40000), None, "个"),
    ("1.4万户", None, "=", D(14000), None, "户"),
    ("60公里", None, "=", D(60), None, "公里"),
    ("0.250", None, "=", D("0.25"), None, None),
    ("23%", "%", "=", D(23), None, "%"),
    ("1000个以上", None, ">=", D(1000), None, "个"),
    ("500所小学以上", None, ">=", D(500), None, "所"),
    ("1400余亩", None, ">", D("933333.3333"), None, "平方米"),  # 1亩 = 10000/15 平方米
    ("八千余万元", None, ">", D(80000000), None, "元"),  # 余 between two multipliers
    ("3千多亿元", None, ">", D(300000000000), None, "元"),
    ("至少一次", None, ">=", D(1), None, "次"),
    ("达到17：1", None, "=", D(17), None, None),
    ("1：2", None, "=", D("0.5"), None, None),
    ("1：5至1：4", None, "range", D("0.2"), D("0.25"), None),  # a range of ratios, low to high
    ("不低于每生每年800元", None, ">=", D(800), None, "元"),  # the bound before whom it is per
    ("≥400元/人·月", None, ">=", D(4800), None, "元"),  # 每人每月400元, read as a year's
    ("不低于500元/月", None, ">=", D(6000), None, "元"),
    ("400-600元/人·月", None, "range", D(4800), D(7200), "元"),
    ("1.2万元/人.月", None, "=", D(144000), None, "元"),
    ("逐年只增不减", None, "trend", None, None, None),
    ("每年下降1个百分点以上", "%", "trend", D(-1), None, "%"),
    ("逐年下降1个百分点以上", "%", "trend", D(-1), None, "%"),
    ("新台币3.6亿元", None, "=", D(360000000), None, "新台币"),  # currency named first
    ("约港币2,000万元", None, "=", D(20000000), None, "港元"),
    ("人民币五亿元", None, "=", D(500000000), None, "元"),
    ("360个人", None, "=", D(360), None, "人"),  # people counted with 个
    ("3000学位", None, "=", D(3000), None, "个"),  # places counted without 个
    ("30轨", None, "=", D(30), None, "轨"),  # classes per grade
    ("不少于60对", None, ">=", D(60), None, "对"),  # pairs (结对学校)
    ("6万对", None, "=", D(60000), None, "对"),
    ("0起", None, "=", D(0), None, "起"),  # incidents (安全责任事故0起)
    ("≤3800元/平方米", None, "<=", D(3800), None, "元/平方米"),  # a cost per square metre
    ("≤3800元/㎡", None, "<=", D(3800), None, "元/平方米"),
    ("约41,556.9㎡", None, "=", D("41556.9"), None, "平方米"),  # thousands, then decimals
    ("接近40个亿", None, "=", D(4000000000), None, "元"),  # money counted in 亿, as speech says it
    ("四‧五亿元", None, "=", D(450000000), None, "元"),  # Taiwan's point between numerals
    ("不少于360学时", None, ">=", D(360), None, "学时"),  # hours of training
    ("[2.4]", "万个", "=", D(24000), None, "个"),  # a table's period total in brackets
    ("〔30〕", "%", "=", D(30), None, "%"),
    ("通过", None, "text", None, None, None),
    ("大幅下降", None, "text", None, None, None),
    ("相对科学合理的比例", None, "text", None, None, None),
]


@pytest.mark.parametrize(("raw", "unit", "op", "value", "value_max", "base"), CASES)
def test_parse(raw, unit, op, value, value_max, base):
    v = parse(raw, unit)
    assert (v.op, v.value, v.value_max, v.unit) == (op, value, value_max, base)


def test_trend_direction_and_approx():
    assert parse("逐年只增不减").direction == "up"
    assert parse("每年下降1个百分点以上", "%").direction == "down"
    assert parse("约111万方").approx is True
    assert parse("111万方").approx is False
    assert parse("近8.3亿元").approx is True
    assert parse("8名左右").approx is True
    assert parse("8名左右").value == D(8)


def test_a_yearly_change_keeps_points_apart_from_percent():
    points = parse("逐年下降1个百分点以上", "%")
    percent = parse("每年下降1%", "%")
    assert (points.value, points.unit, points.printed_unit) == (D(-1), "%", "个百分点")
    assert (percent.value, percent.unit, percent.printed_unit) == (D(-1), "%", "%")
    assert (
        parse("每年下降1个百分点").printed_unit == "个百分点"
    )  # its own unit: with_unit adds none


def test_chinese_numeral_before_a_trend_word_is_not_a_count():
    v = parse("两个只增不减")
    assert (v.op, v.direction, v.value) == ("trend", "up", None)


def test_long_numbers_do_not_overflow_decimal_precision():
    assert fmt(parse("10000000000000000000000000000").value) == "10000000000000000000000000000"


def test_decimal_arithmetic_is_exact():
    # 0.1 + 0.2 style surprises must not reach normalized values
    assert parse("0.3万人").value == D(3000)
    assert fmt(parse("1.1万个").value) == "11000"
    assert fmt(parse("0.30").value) == "0.3"


@pytest.mark.parametrize(
    ("raw", "unit", "message"),
    [
        (">95；>30", "%", "more than one value"),
        ("90斤", None, "cannot read the unit"),
        ("", None, "empty value"),
        ("5", "光年", "unknown unit"),
        ("7~5所", None, "runs backwards"),
        (">90%以上", None, "two comparators"),
        ("4.2万人", "%", "does not match"),
        ("90%以上学校", None, "cannot read the unit"),
        ("43.5%提升到58.2%", None, "cannot read"),
        ("2所增加到5所", None, "cannot read"),
        ("全覆盖", "所", "全覆盖 means 100%"),
    ],
)
def test_parse_errors_say_what_to_fix(raw, unit, message):
    with pytest.raises(ValueParseError, match=message):
        parse(raw, unit)


@given(st.text(max_size=30), st.sampled_from([None, "%", "万人", "元/生", "所"]))
def test_parser_raises_only_its_own_error(raw, unit):
    with contextlib.suppress(ValueParseError):
        parse(raw, unit)


GRAMMAR_CHARACTERS = list(
    "零〇一二两三四五六七八九十百千万亿点分之成半番翻倍%‰个所人年以上下内至到~-—"
    "提高下降增长减少每约左右新增期间余:0123456789.壹佰拾"
)


@given(
    st.text(alphabet=GRAMMAR_CHARACTERS, max_size=12),
    st.sampled_from([None, "%", "万人", "元/生", "所", "亩", "个百分点"]),
)
def test_the_grammars_own_words_raise_only_its_own_error(raw, unit):
    with contextlib.suppress(ValueParseError):
        parse(raw, unit)


FORMS = ["{}{}", "不少于{}{}", "{}{}以上", "约{}{}", "提高{}{}", "每年下降{}{}"]


@example(1200000, "人", "{}{}")  # 一百二十万人: 万 stays a multiplier
@example(12000, "个", "{}{}")  # 一万二千个
@example(Decimal("3.5"), "%", "提高{}{}")
@given(
    st.one_of(
        st.integers(min_value=0, max_value=10**12),
        st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False),
    ),
    st.sampled_from(["所", "人", "万人", "个", "年", "%", "个百分点", "亿元"]),
    st.sampled_from(FORMS),
)
def test_a_number_in_chinese_numerals_reads_as_in_digits(number, unit, form):
    """一百零五所 and 105所 are one value: cn2an writes the numeral, plancmp reads it back. A
    numeral cn2an cannot read back itself is no oracle (it writes 100001000 as 一亿一千, which
    says 110000000): such a number is skipped."""
    from cn2an import an2cn, cn2an

    digits = format(number, "f")
    try:
        back = cn2an(an2cn(digits), "normal")
    except ValueError:
        back = None
    assume(back is not None and Decimal(str(back)) == Decimal(digits))
    row_unit = "%" if unit in ("%", "个百分点") else None
    in_words = parse(form.format(an2cn(digits), unit), row_unit)
    in_digits = parse(form.format(digits, unit), row_unit)
    assert (in_words.op, in_words.value, in_words.value_max, in_words.unit) == (
        in_digits.op,
        in_digits.value,
        in_digits.value_max,
        in_digits.unit,
    )


@pytest.mark.parametrize(
    ("raw", "unit", "shown"),
    [
        ("96.5", "%", "96.5%"),
        ("90%以上", "%", "90%以上"),
        ("48.39", "亿元", "48.39亿元"),
        ("0.250", None, "0.250"),
        ("通过", "%", "通过"),
        ("0.30", "—", "0.30"),
        ("≥65", "%", "≥65%"),
        ("约8名左右", "名", "约8名左右"),
        ("十五年", "年", "十五年"),
        ("6.1万个", "个", "6.1万个"),
        ("提高1个百分点", "%", "提高1个百分点"),
        ("97 以上", "%", "97%以上"),
        ("85及以上", "%", "85%及以上"),
        ("12以内", "人", "12人以内"),
    ],
)
def test_with_unit_adds_the_row_unit_only_where_the_value_printed_none(raw, unit, shown):
    value_unit = parse(raw, unit if unit != "—" else None).printed_unit
    assert with_unit(raw, unit, value_unit) == shown


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (D(4325500000), "元", "43.255亿元"),
        (D(61000), "个", "6.1万个"),
        (D(90), "%", "90%"),
        (D("0.3"), None, "0.3"),
        (D(700), "元/生", "700元/生"),
        (D(15), "所", "15所"),
    ],
)
def test_amount(value, unit, shown):
    assert amount(value, unit) == shown


@pytest.mark.parametrize(
    ("raw", "op", "value"),
    [
        ("不得低于95%", ">=", D(95)),
        ("不应少于3所", ">=", D(3)),
        ("不得超过45人", "<=", D(45)),
        ("不能高于1:12", "<=", D(1) / D(12)),
        ("低于5%", "<", D(5)),
    ],
)
def test_a_rules_must_not_fall_below_is_a_lower_bound(raw: str, op: str, value: Decimal) -> None:
    """`不得低于` (must not fall below) bounds from below as `不低于` does; bare `低于` stays `<`."""
    got = parse(raw)
    assert (got.op, round(got.value, 6)) == (op, round(value, 6))


@pytest.mark.parametrize(
    ("raw", "op"),
    [
        ("至少要配备1名", ">="),
        ("至少应配备1名", ">="),
        ("至少须配备1名", ">="),
        ("至少应当建成1所", ">="),
        ("至少应有1所", ">="),
        ("应配备1名", "="),
    ],
)
def test_a_modal_between_a_bound_and_its_verb_keeps_the_bound(raw: str, op: str) -> None:
    """`至少应配备1名` is at least one: the modal (应, 须, 要, 应当) bounds nothing and must not
    make the words before it pass for a name, which dropped the bound."""
    got = parse(raw)
    assert (got.op, got.value) == (op, D(1))


@pytest.mark.parametrize(
    ("raw", "op", "value"),
    [
        ("小于或等于0.40", "<=", D("0.40")),
        ("大于或等于85%", ">=", D(85)),
        ("小于等于0.35", "<=", D("0.35")),
        ("高于或等于2人", ">=", D(2)),
    ],
)
def test_a_bound_written_out_with_or_equal_includes_its_value(
    raw: str, op: str, value: Decimal
) -> None:
    """`小于或等于0.40` is ≤ read aloud, as a standard's difference coefficients print it."""
    got = parse(raw)
    assert (got.op, got.value) == (op, value)


def test_a_ratio_printed_with_the_ratio_sign_reads_as_one_with_a_colon() -> None:
    """U+2236 `∶`, which NFKC leaves alone, is the sign some typesetters print for `:`."""
    assert parse("1∶15") == parse("1:15")
    assert parse("不得低于1∶15").op == ">="


def test_a_ratio_written_with_bi_reads_as_one_with_a_colon() -> None:
    """`导师与学童比例为1比8`: 比 between two numbers is the ratio sign in words."""
    assert parse("1比8") == parse("1:8")
    assert parse("1 比 5").value == parse("1:5").value


def test_a_range_of_ratios_reads_as_one_range_and_shows_four_decimals() -> None:
    """`1:5至1:7` (教职工与幼儿比) is one value, 1/7 to 1/5, not two; it had been refused as
    holding more than one value."""
    from plancmp.output.words import show_value

    got = parse("1:5至1:7")
    assert (got.op, round(got.value, 4), got.value_max) == ("range", D("0.1429"), D("0.2"))
    assert show_value(got) == "0.1429–0.2"
    with pytest.raises(ValueParseError):
        parse("1:5至1:0")


def test_the_bound_words_a_unit_goes_before_are_the_grammars_suffixes():
    from plancmp import phrases, values

    assert set(values._BOUND_WORDS) == set(phrases.SUFFIXES)
    assert list(values._BOUND_WORDS) == sorted(values._BOUND_WORDS, key=len, reverse=True)


@pytest.mark.parametrize(
    ("raw", "comparator", "op", "value", "approx"),
    [
        ("90", "≥", ">=", D(90), False),  # a bound in a cell of its own
        ("8%左右", "增长", "growth", D(8), True),  # 分别增长7%和8%左右
        ("15%以上", "增长", "growth", D(15), False),
        ("3个百分点", "提高", "change", D(3), False),
        ("2个百分点", "下降", "change", D(-2), False),
    ],
)
def test_a_comparator_printed_apart_from_its_value_gives_its_op(
    raw: str, comparator: str, op: str, value: Decimal, approx: bool
) -> None:
    v = compared(raw, comparator)
    assert (v.op, v.value, v.approx) == (op, value, approx)


@pytest.mark.parametrize(
    ("raw", "comparator"), [("＞90", "≥"), ("提高3个百分点", "提高"), ("90", "约")]
)
def test_a_comparator_a_value_cannot_take_is_refused(raw: str, comparator: str) -> None:
    with pytest.raises(ValueParseError):
        compared(raw, comparator)


def test_shengzhi_is_a_level_as_shangshengzhi_is():
    """`升至98%`, the short form of `上升至`: the level reached, in plan files as in drafts."""
    assert parse("升至98%") == parse("上升至98%")
