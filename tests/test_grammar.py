"""The value grammar, form by form (data/README.md "Values"): each row is the printed
value, then the op, value, value_max and base unit it reads as, and the indicator's
unit when the row has one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from plancmp.output.words import show_value
from plancmp.values import ValueParseError, parse

D = Decimal


def rows(*cases: tuple) -> list:
    """pytest params: (printed, op, value, value_max, unit[, indicator unit])."""
    return [pytest.param(*c, *((None,) if len(c) == 5 else ()), id=c[0]) for c in cases]


def check(printed, op, value, value_max, unit, row_unit):
    v = parse(printed, row_unit)
    want = (op, None if value is None else D(value), None if value_max is None else D(value_max))
    assert (v.op, v.value, v.value_max, v.unit) == (*want, unit)


# Numerals from the test suite of cn2an (github.com/Ailln/cn2an, cn2an/cn2an_test.py,
# release 0.5.24, MIT licence): `strict_data_dict` and `normal_data_dict`, read in a 个 row.
# Left out: money forms (元角分, 整), negatives (负), 廿 and the traditional 兩.
CN2AN_SUITE = [
    ("零", 0), ("一", 1), ("十", 10), ("十一", 11), ("一十一", 11), ("二十", 20), ("二十一", 21),
    ("一百", 100), ("一百零一", 101), ("一百一十", 110), ("一百一十一", 111), ("一千", 1000),
    ("一千一百", 1100), ("一千一百一十", 1110), ("一千一百一十一", 1111), ("一千零一十", 1010),
    ("一千零十", 1010), ("一千零十一", 1011), ("一千零一十一", 1011), ("一千零一", 1001),
    ("一千一百零一", 1101), ("一万一千一百一十一", 11111), ("一十一万一千一百一十一", 111111),
    ("一百一十一万一千一百一十一", 1111111), ("一千一百一十一万一千一百一十一", 11111111),
    ("一亿一千一百一十一万一千一百一十一", 111111111),
    ("一十一亿一千一百一十一万一千一百一十一", 1111111111),
    ("一百一十一亿一千一百一十一万一千一百一十一", 11111111111),
    ("一千一百一十一亿一千一百一十一万一千一百一十一", 111111111111),
    ("一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一", 1111111111111111),
    ("壹", 1), ("拾", 10), ("拾壹", 11), ("壹拾壹", 11), ("壹佰壹拾壹", 111), ("壹仟壹佰壹拾壹", 1111),
    ("壹万壹仟壹佰壹拾壹", 11111), ("壹拾壹万壹仟壹佰壹拾壹", 111111),
    ("壹佰壹拾壹万壹仟壹佰壹拾壹", 1111111), ("壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", 11111111),
    ("壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", 111111111),
    ("十万", 100000), ("十万零一", 100001), ("一万零一", 10001), ("一万零一十一", 10011),
    ("一万零一百一十一", 10111), ("一万零百一十一", 10111), ("一十万零一", 100001),
    ("一百万零一", 1000001), ("一千万零一", 10000001), ("一千零一万一千零一", 10011001),
    ("一千零一万零一", 10010001), ("一亿零一", 100000001), ("一十亿零一", 1000000001),
    ("一百亿零一", 10000000001), ("一千零一亿一千零一万一千零一", 100110011001),
    ("一千亿一千万一千零一", 100010001001), ("一千亿零一", 100000000001),
    ("零点零零零零零零零零零零零零零零一", "0.000000000000001"), ("零点零零零一", "0.0001"),
    ("零点零一", "0.01"), ("零点一", "0.1"),
    ("一一", 11), ("一一一", 111), ("壹壹", 11), ("壹壹壹", 111), ("零点零", 0), ("零点零零", 0),
    ("一七二零", 1720), ("一七二零点一", "1720.1"), ("一七二零点一三四", "1720.134"), ("一二三", 123),
    ("三万五", 35000), ("十三万五", 135000), ("两千六", 2600), ("一百二", 120), ("一百十一", 111),
    ("一百十六", 116), ("一千一十", 1010), ("一百二十万三", 1203000), ("十万零一千", 101000),
    ("一百九十万零三千九百七十一", 1903971), ("一亿五千万零六千三百五十五", 150006355),
    ("壹拾万零叁仟肆佰伍拾叁", 103453), ("〇", 0),
]  # fmt: skip


@pytest.mark.parametrize(("numeral", "number"), CN2AN_SUITE, ids=[c[0] for c in CN2AN_SUITE])
def test_numerals_of_the_cn2an_suite(numeral, number):
    check(numeral, "=", number, None, "个", "个")


def test_the_cn2an_suite_holds_at_least_60_cases():
    assert len(CN2AN_SUITE) >= 60


GROUPS = {
    # Chinese numerals of any size, before a unit or alone (the issue's list first)
    "numerals": rows(
        ("二十所", "=", 20, None, "所"),
        ("一百零五所", "=", 105, None, "所"),
        ("一千二百个", "=", 1200, None, "个"),
        ("十五年", "=", 15, None, "年"),
        ("“十五年”", "=", 15, None, "年"),  # linan prints it in quotes
        ("十一", "=", 11, None, "所", "所"),
        ("二十一", "=", 21, None, "所", "所"),
        ("一百零一", "=", 101, None, "所", "所"),
        ("一千零一十", "=", 1010, None, "个", "个"),
        ("两千", "=", 2000, None, "个", "个"),
        ("一万零一", "=", 10001, None, "人", "人"),
        ("一百二十万", "=", 1200000, None, "人", "人"),
        ("一百二十万人", "=", 1200000, None, "人"),
        ("三点五", "=", "3.5", None, "%", "%"),
        ("三点五万人", "=", 35000, None, "人"),
        ("十万", "=", 100000, None, None),
        ("至少一次", ">=", 1, None, "次"),
        ("一小时", "=", 1, None, "小时"),
        ("不少于二十所", ">=", 20, None, "所"),
        ("三十所以上", ">=", 30, None, "所"),
        ("约三百人", "=", 300, None, "人"),
        ("三所小学", "=", 3, None, "所"),
        ("壹佰所", "=", 100, None, "所"),
        # tens signs and ○ for 〇, as Taiwanese and older texts print them
        ("廿五班", "=", 25, None, "班"),
        ("廿班", "=", 20, None, "班"),
        ("卅二名", "=", 32, None, "名"),
        ("卌所", "=", 40, None, "所"),
        ("一○二四名", "=", 1024, None, "名"),
        ("至少卅所", ">=", 30, None, "所"),
        ("廿五至卅所", "range", 25, 30, "所"),
    ),
    # 百分之N → N%; N分之M → M/N as a % (4 places when inexact); N成 → N×10%; ‰ and ‱
    "shares": rows(
        ("百分之九十五以上", ">=", 95, None, "%"),
        ("百分之百", "=", 100, None, "%"),
        ("百分之一百", "=", 100, None, "%"),
        ("百分之95", "=", 95, None, "%"),
        ("百分之九十至九十五", "range", 90, 95, "%"),
        ("三分之一左右", "=", "33.3333", None, "%"),
        ("四分之三", "=", 75, None, "%", "%"),
        ("三分之二以上", ">=", "66.6667", None, "%"),
        ("二分之一", "=", 50, None, "%"),
        ("一半以上", ">=", 50, None, "%"),
        ("半数左右", "=", 50, None, "%"),
        ("九成以上", ">=", 90, None, "%"),
        ("8成", "=", 80, None, "%"),
        ("九成五", "=", 95, None, "%"),
        ("八至九成", "range", 80, 90, "%"),
        ("千分之五", "=", "0.5", None, "%"),
        ("3‰", "=", "0.3", None, "%"),
        ("千分之五以下", "<=", "0.5", None, "%"),
        ("万分之五", "=", "0.05", None, "%"),
    ),
    # a bare 万/亿/千 after a number takes the indicator's unit; 亿 with none is money
    "bare multipliers": rows(
        ("1.2万", "=", 12000, None, "个", "个"),
        ("1.2万", "=", 12000, None, "人", "万人"),
        ("两万", "=", 20000, None, "个", "个"),
        ("5万以上", ">=", 50000, None, "个", "个"),
        ("3亿", "=", 300000000, None, "元", "万元"),
        ("1.2亿", "=", 120000000, None, "人", "人"),
        ("30.36亿", "=", 3036000000, None, "元"),
        ("1.2万亿", "=", 1200000000000, None, "元"),
        ("2万亿", "=", 2000000000000, None, "元", "亿元"),
        ("1.2万", "=", 12000, None, None),
    ),
    "ranges in words": rows(
        ("二至三所", "range", 2, 3, "所"),
        ("2到3所", "range", 2, 3, "所"),
        ("5—10名", "range", 5, 10, "名"),
        ("30——45人", "range", 30, 45, "人"),
        ("1200--1500名", "range", 1200, 1500, "名"),
        ("3-5个百分点", "range", 3, 5, "%", "%"),
        ("三至五个百分点", "range", 3, 5, "%", "%"),
        ("十至十五所", "range", 10, 15, "所"),
        ("五千至一万二千人", "range", 5000, 12000, "人"),
        ("六至12间", "range", 6, 12, "间"),
        ("6到十个", "range", 6, 10, "个"),
        ("两到3所", "range", 2, 3, "所"),
        # two digits told together as an estimate: a range, never the digits side by side
        ("两三个", "range", 2, 3, "个"),
        ("五六所", "range", 5, 6, "所"),
        ("五、六位", "range", 5, 6, "位"),
        ("二、三十位", "range", 20, 30, "位"),
        ("三四百人", "range", 300, 400, "人"),
        ("四五十万元", "range", 400000, 500000, "元"),
        ("三五个", "range", 3, 5, "个"),
    ),
    # a count each period as a yearly count; 每天/每周 are a daily or weekly level
    "frequencies": rows(
        ("每半年召开1次", "=", 2, None, "次"),
        ("每半年至少召开一次", ">=", 2, None, "次"),
        ("每季度1次", "=", 4, None, "次"),
        ("每月1次", "=", 12, None, "次"),
        ("每学期举行1次", "=", 2, None, "次"),
        # what is done, then its bound, between the period and the count
        ("每月到校督导不少于1次", ">=", 12, None, "次"),
        ("每学期每位青年教师上公开课不少于一节", ">=", 2, None, "节"),
        ("每两年1次", "=", "0.5", None, "次"),
        ("每年1次", "=", 1, None, "次"),
        ("每周3节", "=", 3, None, "节"),
    ),
    # a signed change from the baseline, in the indicator's unit (points for a %)
    "changes": rows(
        ("提高5个百分点", "change", 5, None, "%", "%"),
        ("下降3个百分点", "change", -3, None, "%", "%"),
        ("增加0.5年", "change", "0.5", None, "年"),
        ("下降零点五个百分点", "change", "-0.5", None, "%", "%"),
        ("提高不少于5个百分点", "change", 5, None, "%", "%"),
        ("提高5个百分点", "change", 5, None, "%"),
        ("提高5", "change", 5, None, "%", "%"),
        ("增加学位5000个", "change", 5000, None, "个"),
        ("减少2万人", "change", -20000, None, "人"),
        ("提高两个百分点", "change", 2, None, "%", "%"),
    ),
    # a signed change in percent of the level itself
    "growth": rows(
        ("增长10%", "growth", 10, None, None),
        ("增长10%", "growth", 10, None, "人", "人"),
        ("增长10%以上", "growth", 10, None, None),
        ("减少20%", "growth", -20, None, None),
        ("增长10%-20%", "growth", 10, 20, None),
        ("翻番", "growth", 100, None, None),
        ("实现翻番", "growth", 100, None, None),
        ("翻两番", "growth", 300, None, None),
        ("增长一倍", "growth", 100, None, None),
        ("减半", "growth", -50, None, None),
        ("增长百分之十", "growth", 10, None, None),
    ),
    "trends": rows(
        ("逐年下降1个百分点以上", "trend", -1, None, "%", "%"),
        ("年均增长10%", "trend", 10, None, None),
        ("逐年下降零点五个百分点", "trend", "-0.5", None, "%", "%"),
        ("年均增速不低于7%", "trend", 7, None, None),
        ("年均增幅保持在4%左右", "trend", 4, None, None),
    ),
    # words around an amount: when, and verbs that do not make a change
    "amounts": rows(
        ("“十四五”期间新增三所", "=", 3, None, "所"),
        ("新增学位五万个", "=", 50000, None, "个"),
        ("新增3所", "=", 3, None, "所"),
        ("新建不少于3所", ">=", 3, None, "所"),
        ("至少拥有一所", ">=", 1, None, "所"),
        ("至少有1所", ">=", 1, None, "所"),
        ("至少办1所", ">=", 1, None, "所"),
        ("至少建1所", ">=", 1, None, "所"),
        ("每校配备2名", "=", 2, None, "名"),
        ("到2025年达到95%", "=", 95, None, "%"),
        ("下降到5%以下", "<=", 5, None, "%"),
        ("控制在45人之内", "<=", 45, None, "人"),
        ("92005.28万元内", "<=", 920052800, None, "元"),
        ("降至百分之五", "=", 5, None, "%"),
        ("较2020年提高5个百分点", "change", 5, None, "%", "%"),
        ("比2020年增长10%", "growth", 10, None, None),
        ("力争达到95%", "=", 95, None, "%"),
        ("全区新增3所", "=", 3, None, "所"),
        ("200多所", ">", 200, None, "所"),
        ("二百多所", ">", 200, None, "所"),
        ("新建百所", "=", 100, None, "所"),
        ("千名", "=", 1000, None, "名"),
        ("近百所", "=", 100, None, "所"),
        ("接近3:2", "=", "1.5", None, None),
        ("5万余人", ">", 50000, None, "人"),
        ("1万多", ">", 10000, None, "个", "个"),
    ),
    # a value may begin with the name of what it measures, as plans write it
    "named": rows(
        ("近视率每年下降0.5个百分点以上", "trend", "-0.5", None, "%", "%"),
        ("劳动年龄人口平均受教育年限提高0.5年", "change", "0.5", None, "年"),
        ("达标率达到95%", "=", 95, None, "%"),
        ("学前三年毛入园率达到98%", "=", 98, None, "%"),
        ("人均受教育年限达到十一年", "=", 11, None, "年"),
    ),
}

# data/README.md, "Which form is which": the issue's rows, then the rows decided the same way.
WHICH_FORM_IS_WHICH = rows(
    ("每年下降1个百分点以上", "trend", -1, None, "%", "%"),
    ("十四五期间新增3所", "=", 3, None, "所"),
    ("新增学位5万个", "=", 50000, None, "个"),
    ("提高5个百分点", "change", 5, None, "%", "%"),
    ("提高5个百分点以上", "change", 5, None, "%", "%"),
    ("提高3-5个百分点", "change", 3, 5, "%", "%"),
    ("每年增长10%", "trend", 10, None, None),
    ("增长10%", "growth", 10, None, None),
    ("翻一番", "growth", 100, None, None),
    ("每半年1次", "=", 2, None, "次"),
    # decided the same way
    ("提高到90%", "=", 90, None, "%"),
    ("增加3所", "change", 3, None, "所"),
    ("提高5%", "growth", 5, None, "%", "%"),
    ("下降3-5个百分点", "change", -5, -3, "%", "%"),
    ("每年增加3所", "trend", 3, None, "所"),
    ("每季度1次", "=", 4, None, "次"),
    ("每天锻炼1小时", "=", 1, None, "小时"),
    ("减少一半", "growth", -50, None, None),
)

ALL = [(group, p) for group, params in GROUPS.items() for p in params]


@pytest.mark.parametrize(
    ("printed", "op", "value", "value_max", "unit", "row_unit"),
    [pytest.param(*p.values, id=f"{group}: {p.id}") for group, p in ALL],
)
def test_forms(printed, op, value, value_max, unit, row_unit):
    check(printed, op, value, value_max, unit, row_unit)


@pytest.mark.parametrize(
    ("printed", "op", "value", "value_max", "unit", "row_unit"), WHICH_FORM_IS_WHICH
)
def test_which_form_is_which(printed, op, value, value_max, unit, row_unit):
    check(printed, op, value, value_max, unit, row_unit)


# The issue's table "printed / today / a reader means", row by row.
@pytest.mark.parametrize(
    ("printed", "row_unit", "op", "value", "value_max", "unit"),
    [
        ("二十所", None, "=", 20, None, "所"),
        ("一百零五所", None, "=", 105, None, "所"),
        ("一千二百个", None, "=", 1200, None, "个"),
        ("十五年", None, "=", 15, None, "年"),
        ("三分之一左右", "%", "=", "33.3333", None, "%"),
        ("四分之三", "%", "=", 75, None, "%"),
        ("百分之九十五以上", None, ">=", 95, None, "%"),
        ("百分之百", None, "=", 100, None, "%"),
        ("九成以上", None, ">=", 90, None, "%"),
        ("8成", None, "=", 80, None, "%"),
        ("千分之五", None, "=", "0.5", None, "%"),
        ("3‰", None, "=", "0.3", None, "%"),
        ("1.2万", "个", "=", 12000, None, "个"),
        ("二至三所", None, "range", 2, 3, "所"),
        ("三至五个百分点", "%", "range", 3, 5, "%"),
        ("每半年召开1次", None, "=", 2, None, "次"),
        ("提高5个百分点", "%", "change", 5, None, "%"),
        ("下降3个百分点", "%", "change", -3, None, "%"),
        ("增长10%", None, "growth", 10, None, None),
        ("翻一番", None, "growth", 100, None, None),
        ("减少一半", None, "growth", -50, None, None),
    ],
)
def test_the_issues_table(printed, row_unit, op, value, value_max, unit):
    check(printed, op, value, value_max, unit, row_unit)


def test_a_change_keeps_at_least_direction_and_its_printed_unit():
    v = parse("提高5个百分点以上", "%")
    assert (v.at_least, v.direction, v.printed_unit) == (True, "up", "个百分点")
    assert parse("提高5个百分点", "%").at_least is False
    assert parse("下降3个百分点", "%").direction == "down"
    assert parse("每年下降1个百分点以上", "%").at_least is True
    g = parse("增长10%以上")
    assert (g.op, g.at_least, g.printed_unit) == ("growth", True, "%")
    assert parse("减半").direction == "down"


def test_about_and_precision():
    third = parse("三分之一左右")
    assert (third.value, third.approx) == (D("33.3333"), True)
    assert parse("1亩").value == D("666.6667")  # 10000/15 平方米, to 4 places
    assert parse("3亩").value == D(2000)  # exact where it can be
    assert parse("每三年1次").value == D("0.3333")


STAY_TEXT = [
    "百位", "十大模式", "进一步提高", "五育并举", "三增长一提高", "一年级", "十二年制", "一人一案",
    "十四五", "十四五期间", "零拒绝", "提高", "保持", "一流", "第一", "一体化", "一校一策", "千校",
    "完成三年行动计划", "同步增长", "创建▲所", "百千万工程", "三年行动", "四个全面", "两个确保",
    "三个面向", "○个", "○所", "百姓", "千方百计", "百所千名", "数百所", "每千名",
]  # fmt: skip


@pytest.mark.parametrize("printed", STAY_TEXT)
def test_words_that_stay_text(printed):
    v = parse(printed)
    assert (v.op, v.value) == ("text", None)


def test_a_numeral_before_a_trend_word_is_not_a_count():
    v = parse("两个只增不减")
    assert (v.op, v.value, v.direction) == ("trend", None, "up")


@pytest.mark.parametrize(
    ("printed", "row_unit", "message"),
    [
        ("1.2万", "%", "takes no 万"),
        ("二十万人", "%", "does not match"),
        ("五至三所", None, "runs backwards"),
        ("提高5个百分点以内", "%", "held under a bound"),
        ("超过三十所以上", None, "two comparators"),
        ("增加5个百分点", "所", "does not match"),
        ("23提高5个百分点", "%", "cannot read"),
    ],
)
def test_a_value_that_conflicts_is_an_error_even_in_words(printed, row_unit, message):
    with pytest.raises(ValueParseError, match=message):
        parse(printed, row_unit)


@pytest.mark.parametrize(
    ("printed", "row_unit", "shown"),
    [
        ("提高5个百分点", "%", "+5 个百分点"),
        ("下降3个百分点", "%", "-3 个百分点"),
        ("提高5个百分点以上", "%", "+5 个百分点以上"),
        ("提高3-5个百分点", "%", "+3–5 个百分点"),
        ("下降3-5个百分点", "%", "-3–5 个百分点"),
        ("增加0.5年", None, "+0.5年"),
        ("增加5万个", None, "+5万个"),
        ("增长10%", None, "增长10%"),
        ("翻一番", None, "增长100%"),
        ("减少一半", None, "减少50%"),
        ("约增长10%以上", None, "约增长10%以上"),
    ],
)
def test_a_change_is_shown_with_its_sign(printed, row_unit, shown):
    assert show_value(parse(printed, row_unit)) == shown


def test_a_yearly_rate_printed_as_a_range_is_shown_with_both_ends():
    assert show_value(parse("每年增长1—2个百分点")) == "每年 1–2 个百分点"
    assert show_value(parse("每年提高2个百分点")) == "每年 2 个百分点"


# --- through the commands -------------------------------------------------------------

USER_PLAN = """\
id: "demo"
title: "示例区教育事业发展“十四五”规划"
jurisdiction: "杭州市示例区"
level: "区"
parent_city: "杭州"
kind: "five_year_plan"
base_year: 2020
target_year: 2025
records:
  - metric: "kindergarten_puhui_coverage"
    name: "普惠性幼儿园覆盖面"
    unit: "%"
    baseline: {year: 2020, raw: "85%", value: 85}
    target: {raw: "提高5个百分点以上", op: "change", value: 5, value_max: null}
    source: {section: "二、发展目标", kind: "prose"}
  - metric: "myopia_rate"
    name: "近视率"
    unit: "%"
    target: {raw: "下降三个百分点", op: "change", value: -3, value_max: null}
    source: {section: "二、发展目标", kind: "prose"}
  - metric: "school_building_area_built"
    name: "新建校舍面积"
    unit: null
    target: {raw: "三十万平方米", op: "=", value: 300000, value_max: null, scope: "cumulative"}
    source: {section: "二、发展目标", kind: "prose"}
  - metric: "kindergarten_public_coverage"
    name: "公办幼儿园覆盖率"
    unit: "%"
    target: {raw: "三分之二以上", op: ">=", value: 66.6667, value_max: null}
    source: {section: "二、发展目标", kind: "prose"}
"""


def _cli(*args):
    from typer.testing import CliRunner

    from plancmp.cli import app

    return CliRunner().invoke(app, list(args))


def test_a_users_plan_in_every_form_validates_shows_and_compares(tmp_path):
    (tmp_path / "demo.yaml").write_text(USER_PLAN, encoding="utf-8")
    assert _cli("--data-dir", str(tmp_path), "validate", str(tmp_path / "demo.yaml")).exit_code == 0
    shown = _cli("--data-dir", str(tmp_path), "show", "demo", "-f", "csv")
    assert shown.exit_code == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert "提高5个百分点以上,+5 个百分点以上" in lines[1]
    assert "下降三个百分点,-3 个百分点" in lines[2]
    assert "三十万平方米,30万平方米" in lines[3]
    assert "三分之二以上,≥66.6667%" in lines[4]
    compared = _cli(
        "--data-dir", str(tmp_path), "compare", "--metric", "普惠性幼儿园覆盖面", "-f", "csv"
    )
    assert compared.exit_code == 0, compared.stderr
    (row,) = [line for line in compared.stdout.splitlines() if "示例区" in line]
    assert not row.startswith("—")  # ranked, by the level the change implies from 85%
    assert row.endswith("由基线推算：85%（2020） +5 个百分点以上 → ≥90%")


def test_an_old_file_whose_text_now_reads_as_a_number_is_told_how_to_fix_it(tmp_path):
    path = tmp_path / "demo.yaml"
    path.write_text(
        USER_PLAN.replace(
            'raw: "下降三个百分点", op: "change", value: -3, value_max: null',
            'raw: "二十所", op: "text", value: null, value_max: null',
        ).replace(
            'unit: "%"\n    target: {raw: "二十所"', 'unit: null\n    target: {raw: "二十所"'
        ),
        encoding="utf-8",
    )
    result = _cli("validate", str(path))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"{path}:19: `op` of the target of record 2 (近视率) is 'text', but plancmp now reads raw "
        "'二十所' as a number (= 20, unit 所): write op: \"=\", value: 20, value_max: null (numbers in "
        "Chinese numerals, 成, 分之 and changes such as 提高5个百分点 are read now; if this text is "
        "not a number, report it as a plancmp bug)"
    )


@pytest.mark.parametrize(
    ("stored", "ok"), [("66.6667", True), ("66.66666667", True), ("66.67", False)]
)
def test_an_inexact_value_is_checked_to_four_places(tmp_path, stored, ok):
    path = tmp_path / "demo.yaml"
    path.write_text(USER_PLAN.replace("value: 66.6667", f"value: {stored}"), encoding="utf-8")
    result = _cli("validate", str(path))
    assert (result.exit_code == 0) is ok, result.stderr
    if not ok:
        assert "reads as 66.6667 (unit %)" in result.stderr


# --- start-up: the grammar is loaded only by a parse, cn2an only by a long numeral ----


def _modules_after(code: str) -> set[str]:
    import subprocess
    import sys

    probe = "import sys\n" + code + "\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_showing_a_value_loads_neither_the_grammar_nor_yaml():
    loaded = _modules_after("from plancmp.values import with_unit\nwith_unit('＞90', '%', '%')")
    assert not loaded & {"plancmp.grammar", "plancmp.units", "yaml", "cn2an"}


def test_a_short_numeral_does_not_import_cn2an_and_a_long_one_does():
    short = _modules_after("from plancmp.values import parse\nparse('至少五所'); parse('90%以上')")
    assert "plancmp.grammar" in short and "cn2an" not in short
    assert "cn2an" in _modules_after("from plancmp.values import parse\nparse('二十所')")


@pytest.mark.parametrize(
    ("printed", "value", "unit"),
    [("363㎡", "363", "平方米"), ("500m2", "500", "平方米"), ("1.2万㎡", "12000", "平方米"),
     ("345米", "0.345", "公里"), ("5千米", "5", "公里"), ("5㎞", "5", "公里")],
)  # fmt: skip
def test_lengths_and_the_square_metre_sign(printed, value, unit):
    """Project lists print areas with the sign ㎡ (which reads as m2) and pipes in 米: both
    are units, while a superscript after a number stays refused (90² is a footnote mark)."""
    v = parse(printed)
    assert (v.op, v.value, v.unit) == ("=", Decimal(value), unit)


def test_a_number_printed_digit_by_digit_is_read_so() -> None:
    """Years are printed one digit at a time (二〇二五, and ○ for 〇 in Taiwan's 一○八)."""
    from plancmp.numerals import spelled_digits

    assert [spelled_digits(t) for t in ("二〇二五", "一○八", "2025", "二零零二")] == [
        "2025",
        "108",
        "2025",
        "2002",
    ]
    assert spelled_digits("九十九") is None and spelled_digits("两千") is None


@pytest.mark.parametrize(
    ("printed", "op", "value", "at_least"),
    [
        ("至少再建成2所", ">=", "2", False),
        ("至少再增10班", "change", "10", True),
        ("再增10班", "change", "10", False),
        ("增至8000个", "=", "8000", False),
    ],
)
def test_again_between_a_comparator_and_its_verb_keeps_the_comparator(
    printed: str, op: str, value: str, at_least: bool
) -> None:
    """`再` (again, further) before a verb changes nothing: `至少再建成2所` is at least 2,
    never `= 2` with 至少 dropped; `增至` reaches a level as 增加至 does."""
    v = parse(printed)
    assert (v.op, v.value, v.at_least) == (op, Decimal(value), at_least)


@pytest.mark.parametrize(
    ("printed", "op", "value", "unit"),
    [
        ("约9,600个", "=", 9600, "个"),
        ("1,234,500元", "=", 1234500, "元"),
        ("2万1000人", "=", 21000, "人"),
        ("2万1,000人", "=", 21000, "人"),
        ("201亿4,070万元", "=", 20140700000, "元"),
        ("约40亿7,700万元", "=", 4077000000, "元"),
        ("1亿2275万9791元", "=", 122759791, "元"),
        ("约1亿4000多万元", ">", 140000000, "元"),
        ("1亿4000余万元", ">", 140000000, "元"),
        ("约1亿两千万元", "=", 120000000, "元"),
        ("1亿两千多万元", ">", 120000000, "元"),
        ("逾4000所", ">", 4000, "所"),
        ("不少于20%以上", ">=", 20, "%"),
        ("至少达180班以上", ">=", 180, "班"),
        ("至少达到90%", ">=", 90, "%"),
    ],
)
def test_thousands_marks_ten_thousands_and_the_rest_yu_and_one_bound_said_twice(
    printed, op, value, unit
):
    """Forms of news and work reports: an ASCII comma between groups of three digits,
    `2万1000` (ten thousands and the rest), `201亿4,070万` (hundred millions and the ten
    thousands below, also in words: `1亿两千万`), 逾 (more than), and one bound printed twice
    (不少于…以上, 至少达…以上)."""
    v = parse(printed)
    assert (v.op, v.value, v.unit) == (op, value, unit)


@pytest.mark.parametrize("printed", ["3，400所", "9,60个", "超过20%以上"])
def test_a_full_width_comma_a_short_group_and_two_bounds_stay_errors(printed):
    """A full-width comma separates list items (`3，400所`); `9,60` is no thousands mark;
    超过 (>) and 以上 (>=) are two different bounds."""
    with pytest.raises(ValueParseError):
        parse(printed)


def test_nearly_a_round_ten_thousand_or_thousand_is_that_number_about() -> None:
    """`近万个`, `近千所`: news rounds a count to nearly one 万 (千); `万余个` is more than one 万,
    the 一 left out as in `百余所`."""
    near = parse("近万个")
    assert (near.op, near.value, near.unit, near.approx) == ("=", Decimal("10000"), "个", True)
    assert parse("近千所").value == Decimal("1000")
    assert (parse("万余个").op, parse("万余个").value) == (">", Decimal("10000"))


def test_jiejin_is_nearly_as_jin_is() -> None:
    """`接近90%`, `接近3:2`: nearly (data/README.md), = with the value marked approximate."""
    for printed, value in (("接近90%", Decimal("90")), ("接近3:2", Decimal("1.5"))):
        near = parse(printed)
        assert (near.op, near.value, near.approx) == ("=", value, True)


def test_a_round_million_after_a_comparator_reads_as_that_number() -> None:
    """`超百万个`, `近千万元`: 百 (千) before 万 after a comparator is one hundred (thousand) 万;
    alone (`百万扩招`) or after 上 (`上百万元`) it is words."""
    over = parse("超百万个")
    assert (over.op, over.value, over.unit) == (">", Decimal("1000000"), "个")
    near = parse("近千万元")
    assert (near.op, near.value, near.unit, near.approx) == ("=", Decimal("10000000"), "元", True)
    assert parse("百万扩招").op == "text"
    assert parse("上百万元").op == "text"
