"""Where a sentence prints a value: `90%以上`, `不少于11万人次`, `5~7所`, `每年下降1个百分点`.

The finder proposes spans by their shape; `values.parse` is the one judge of a printed
value, so a span it cannot read is dropped, and a form the grammar learns later is found
without a change here. Numbers that only look like values (years, document numbers,
ordinals, codes such as 5G or 1+X) are left out by the shape rules below.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from plancmp.draft.text import (
    ACRONYM,
    AGES,
    BOUND_BEFORE_OBJECT,
    CHANGE,
    COUNT_VERBS,
    COUNTED_YEARS,
    LIST_UNIT,
    REACHES,
    RESPECTIVE,
    SCHOOL_KIND,
    WORKS,
    YEAR_WRITTEN,
    fold,
    longest_first,
)
from plancmp.grammar import (
    CURRENCIES_FIRST,
    CURRENCY_FIRST,
    RANGE_SEP,
    SUM_LEADS,
    TEN_THOUSANDS_IN_WORDS,
    TREND_WORDS,
)
from plancmp.levels import COUNTERS
from plancmp.phrases import GROWTH_RATES, MODALS
from plancmp.units import table as unit_table
from plancmp.values import UNITS, ValueParseError, parse


class Span(NamedTuple):
    """A printed value in a sentence: text[start:end] is `raw`."""

    start: int
    end: int
    kind: str
    """`value` (a number, range or ratio), `trend`, `change` or `word` (全覆盖, 逐年提高)."""
    unit: str | None
    """The unit printed with the number (`%`, `万人`), if any."""


_CN = "零〇一二两三四五六七八九十百千廿卅卌"
_AR = (
    r"(?:(?<![\d.,])\d+亿\d{1,4}万\d{1,4}(?![\d.,万亿])"
    rf"|(?<![\d.,])\d+亿\s?(?:\d,\d{{3}}|\d{{1,4}}|{TEN_THOUSANDS_IN_WORDS})(?=[多余]?万)"
    r"|(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)万(?:\s?\d,\d{3}|\d{1,4})(?![\d.,])"
    r"|(?<![\d\s.,])\d{1,3}(?: \d{3})+(?=[^\d\s.,])|(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d.,])"
    r"|\d+\.[零〇一二三四五六七八九]+(?![十百千])|(?<![\d.,])\d{2,}\.\s\d+(?![\d.,])|\d+(?:\.\d+)?)"
)
"""Digits, or in running text digits grouped in threes by a space (`每届增加1 000个`) or an
ASCII comma (`約9,600個`, `41,556.9㎡`), or ten thousands and the rest (`2萬1,000人`, `4,897萬 2,084元`), or hundred millions
and the ten thousands below (`201億4,070萬元`, `1億兩千萬`), or all three (`1億2275萬9791元`),
which the grammar reads as one number; a table row's space-separated cells (`95 100 预期性`)
are never joined, as a space stands after the last of them, and a full-width comma (`3，400所`)
separates list items. A decimal point a reposting site left a space after (`67188. 15平方米`)
still joins its digits. Decimals typed half in words (`37.五亿元`, as a reposting site's
rewriter leaves them) are one number."""
_TOLD_TOGETHER = "一、二|[二两]、三|三、四|四、五|五、六|六、七|七、八|八、九|三、五"
_CN_NUM = (
    rf"(?:{_TOLD_TOGETHER}|[{_CN}])[{_CN}○]*(?:[万亿][一二两三四五六七八九][{_CN}○]*)*"
    r"(?:[点‧][零〇○一二两三四五六七八九]+)?"
)
"""A numeral in words; ○ (for 〇: 一○二四) goes on one but opens none (alone it is a bullet);
点 (or Taiwan's ‧) and digits after it are its decimals (`九十九点五` 99.5, `四‧五` 4.5); two
digits told together as an estimate may stand apart by 、 (`五、六位`, `二、三十位`:
numerals._APPROX); a 亿 or 万 with more words after it is inside the number
(`一亿四千五百二十万元`), one at its end the unit's."""
_FRACTION = (
    rf"(?:百分之|千分之)(?:{_AR}|{_CN_NUM})|(?:{_AR}|{_CN_NUM})分之(?:{_AR}|{_CN_NUM})"
    r"|(?<![\d./／])[1-9]\s?[/／]\s?(?:10|[2-9])(?![\d./／])"
    r"|(?<![少低小减降缩加增长高过升大扩提])(?:一半|半数)(?=\s*(?:以上|左右))"
)
"""Shares: 百分之九十五, 三分之一, 1/3 written with a slash, and 一半以上 (numerals.shares); not a
change by half (`减少一半`, `提升一半以上`)."""
_NUM = rf"(?:{_FRACTION}|{_AR}|{_CN_NUM})"
_EXTRA_UNITS = ("个百分点", "百分点", "‰", "成")


def _unit_signs() -> list[str]:
    """Unit signs of one character (`㎡`, `㎞`, `万㎡`, `㎡/生`) that read as a listed unit
    (m2, km, 万m2, m2/生): the grammar reads them, so the finder must find them."""
    import unicodedata

    listed = set(UNITS)
    signs = [chr(c) for c in range(0x3380, 0x33E0)]
    found = [
        m + s
        for s in signs
        for m in ("", "千", "万", "亿")
        if m + unicodedata.normalize("NFKC", s) in listed
    ]
    per = [u.split("/", 1) for u in listed if "/" in u]  # `㎡/生` reads as m2/生
    return found + [
        s + "/" + tail
        for s in found
        for head, tail in per
        if unicodedata.normalize("NFKC", s) == head
    ]


def _unit_pattern() -> str:
    units = [u for u in UNITS if u not in ("—", "-")] + list(_EXTRA_UNITS) + _unit_signs()
    return "|".join(re.escape(u) for u in sorted(set(units), key=longest_first))


_UNIT = _unit_pattern()
_PREFIX = (
    "(?:大于|高于|小于|低于)或?等于|(?:不得|不应|不能)(?:低于|少于|超过|高于|大于|多于|小于)|不低于|不少于|不超过|不高于|不大于|不多于|不小于|至少|最少|至多|最多|最高(?=\\d)|最低(?=\\d)|超过|突破|高于|大于|多于|低于|小于|少于|约"
    "|接近(?=\\d)|近(?=\\d|[千万](?![\\d余多])|[百千][所名]|[一二两三四五六七八九十]+[百千万亿]|[一二三四五六七八九]成)|逾(?=\\d|[千万](?![\\d余多])|[百千][万亿所名])"
    "|(?<!赶)超(?=\\d|[千万](?![\\d余多万亿])|[百千][万亿]|[一二三四五六七八九]成)|>=|<=|≥|≤|>|<"
)
_SUFFIX = "及以上|以上|以下|以内|之内|内(?=\\s*(?:[，,、。；;）)]|$))|左右"
"""A bare 内 bounds a value only where its clause ends (`控制在45人内。`), not `5所内的学校`."""
_TREND_WORDS = "逐年只增不减|" + "|".join(TREND_WORDS)
"""The value grammar's trend words (grammar.TREND_WORDS), and `逐年只增不减` whole."""
_NOT_A_VERB = r"(?!(?<=支)[持援付出撑])(?!(?<=对)[口接比标照应象外于待话称齐])(?!(?<=个人)[工才员])"
"""支 is a count unit (`200支队伍`), not the first character of a verb after a sum (`投资3000万
支持…`, `拨款500万支援…`): there the sum is money, its 万 bare. Nor is 对 (pairs, `结对学校45对`)
the first character of a word (`20对口支援地区`, `对接`, `对标`), nor 个人 (people) the unit of
`1个人工智能…场景`, `3个人才培养基地`, `5个人员精干的督导组` (个 counts them)."""
_GROWTH_RATE = rf"(?:{GROWTH_RATES})\s?(?:保持在|稳定在|达到|为)?"
"""`年均增速保持在5%左右`, `每年增幅不低于8%`: a rate of growth named, then the rate."""
_VAGUE_MANY = "几数上每/"
"""Words before a bare 万 (`数万余名`, `几万余人`, `每万余`) that leave it no count of one 万
more (`万余个`): the grammar reads such a 万 as no number (numerals._BARE_WAN)."""
_RATE_SEP = r"(?:[~\-—–－]{1,2}|至|到(?=\s?\d+(?:\.\d+)?\s?(?:个百分点|百分点|[%％])))"
"""The sign between the two ends of a yearly rate (`每年增长3—5个百分点`, `年均提高1至2个百分点`,
`每年降低0.5到1个百分点`): a dash or 至, or 到 before a second rate in points or percent; not
before a year, which it opens as the one the rate runs to (`年均增长5到2030年`)."""
_LEVELS_FOLLOW = rf"\s?[，,、]\s?{COUNTED_YEARS}"
"""`逐年提高，三年分别达到85%、88%、90%` (its `，` probed as `、`): the trend is the levels listed
next, no value of its own."""
_CLOSES = r"(?=\s*(?:[，,。；;、）)]|$))"
"""A goal word closing its clause: before a stop, a comma (probed as 、, find_spans) or a bracket."""
_CLEARED = (
    rf"动态清零|(?:全面|全部|基本|彻底)(?:消除|清零)|(?<=[\u4e00-\u9fff])清零{_CLOSES}"
    r"|(?<=[\u4e00-\u9fff“\"])(?<!个)(?<!个“)零(?:发生|事故)(?=\s*[”\"]?\s*(?:[，,。；;、）)]|$|底线))"
    rf"|全部达到(?:(?!全部)[^，,。；;：:]){{0,16}}?(?:标准化|标准|要求){_CLOSES}"
    rf"|(?<=[\u4e00-\u9fff])(?:全部|全面)达标{_CLOSES}"
    r"|应(?P<all_who>[入助贷保收检配])尽(?P=all_who)"
    r"|(?<![未没从])不发生(?=[^，,。；;、]{2,24}?(?:事故|事件)\s*(?:[，,。；;、]|$))"
    r"|通过(?:国家|省|省级|市级)(?:(?!并)[^，,。；;、：:“”]){0,24}?督导评估(?:认定|验收)?"
    r"(?!(?:认定|验收)?(?:的|县|区|市|学校|乡镇))"
    rf"|(?<!并)通过(?:国家|省级|市级)(?:(?!并)[^，,。；;、：:“”]){{0,24}}?评估(?:认定|验收)?{_CLOSES}"
)
"""A goal stated in words: that something is gone (`控辍保学保持动态清零`, `全面消除…超大班额`,
`超大班额全部清零`, `D级危房清零` closing its clause, `安全责任事故零发生`, `…零事故`, quoted or
held as a bottom line: `守住…“零发生”底线`; an accident or incident not to happen: `确保不发生
较大及以上安全责任事故`, not what did not: `未发生`), that all of a kind meet a standard
(`…全部达到国家规定的办学标准`, `…生活设施全部达标`), that all who should are (`应入尽入`,
`应助尽助`), or a review to pass (`2028年通过国家督导评估认定`; `力争2027年通过省级评估`, a
review of no kind named closing its clause, not one some of a count pass: _review_of_some): a
level to keep or reach, as 全覆盖 is. A plain 消除 (`消除安全隐患`) is a task; the places that
pass (`通过…督导评估的县区达到3个`) are counted."""
_AFTER_RATIO_WORD = (
    r"(?:(?<=比)|(?<=比为)|(?<=比达到)|(?<=比例为)|(?<=比例达到)|(?<=比控制在)|(?<=比保持在))"
)
"""A ratio's own word right before a space and the ratio (`生师比达到 1:7`): only there does a
space open a ratio; elsewhere a spaced `16:30` is a time (`每天 16:30 以后`)."""
_SPAN = re.compile(
    rf"(?P<trend>(?:平均)?(?:每年|逐年|年均)\s?(?:{CHANGE}|{_GROWTH_RATE})\s?(?:不少于|不低于)?\s?(?:{_AR}"
    rf"(?:\s?{_RATE_SEP}\s?{_AR})?\s?(?:个百分点|百分点|%|(?![\d.]|\s?(?:{_UNIT})))"
    rf"|百分之{_CN_NUM}|{_CN_NUM}个百分点)(?:以上|左右)?)"
    rf"|(?P<change>(?:{CHANGE})\s?{_NUM}\s?(?:个百分点|百分点|%|倍|年|岁|元(?![/／]))(?:以上|左右)?"
    rf"|翻[一两二三]?番)"
    rf"|(?P<ratio>(?:(?:{_PREFIX})\s?|{_AFTER_RATIO_WORD}\s)?(?P<ra>{_AR})\s?(?:[:∶]|比(?=\s?\d))\s?"
    rf"(?P<rb>{_AR})(?:\s?{RANGE_SEP}\s?{_AR}\s?[:∶]\s?{_AR})?(?:\s?(?:以内|以下|以上|左右))?)"
    rf"|(?P<value>(?!零(?:发生|事故))(?P<prefix>{_PREFIX})?\s?(?P<num>{_NUM}|(?<=[近超逾])(?=[千万](?![\d余多万亿]))|(?<=[近超逾])[百千](?=[万亿])"
    rf"|(?<![\d.{_CN}万亿{_VAGUE_MANY}])(?=万[余多]))"
    rf"(?:\s?(?:{_UNIT}|[万亿](?=\s?{RANGE_SEP}))?\s?(?P<sep>{RANGE_SEP})\s?(?P<num2>{_NUM}))?"
    rf"\s?(?P<yu>[余多])?\s?(?P<many>[万亿][余多])?(?P<unit>{_UNIT})?{_NOT_A_VERB}\s?(?P<suffix>{_SUFFIX})?)"
    rf"|(?P<word>全覆盖|{_CLEARED}|(?:{_TREND_WORDS})(?!\s?(?:到|至)\s?\d|{_LEVELS_FOLLOW}))"
)
_PLOT_SIDE = re.compile(r"(?:东西|南北)向?(?:长|宽|长度|宽度|进深)\s*(?:约|为|约为)?\s*$")
"""A plot's side along a compass line (`南北长约180米`): its shape, not a size to reach."""

_HEIGHT_BEFORE = re.compile(r"(?:檐|层|楼|雕塑|建筑|总)高度?\s*(?:约|为|约为|达|达到)?\s*$")


def _site_form(folded: str, start: int, unit: str | None) -> bool:
    """A plot's side (`南北长约180米`) or a height (`檐高18.45米`, `建筑高度18.75m`, `该雕塑高
    19.83米`): the form of a site or a building, no target."""
    before = folded[:start]
    return bool(
        _PLOT_SIDE.search(before) or (unit in ("米", "m") and _HEIGHT_BEFORE.search(before))
    )


PERIOD_OF_WORKS = re.compile(
    r"(?:(?:工期|建设期|建设周期|施工期|施工周期)(?:要求)?\s*(?:为|约为?|预计为?|计划为?|共|[:：])?"
    r"|(?:工程|施工|建设)\s*(?:将|预计|需)?\s*(?:花费|耗时|需时|历时)\s*(?:约)?)\s*$"
)
"""`建设周期1-2年`, `工期16个月`, `工期要求:549 个日历天`, `工程将花费480日历天`: how long a school
takes to build, one of its design's figures (a duration elsewhere, `3年行动计划`, `3个月`, is no
target)."""
DAYS = ("天", "日历天", "个日历天")
"""Days, a value only as a building period (`工期330天`, `施工工期180日历天`)."""
TAKES_TO_BUILD = re.compile(r"\s*(?:的)?\s*(?:时间)?\s*(?:建成|完工|竣工)")
"""What follows the months of `用11个月时间建成`: the works' building period (naming names it so)."""


def _works_period(folded: str, start: int, end: int) -> bool:
    """`工期16个月`, `计划用11个月时间建成`: the months works take to build, a figure of a school or
    project still to be built (corpus/README.md, "building period"); other months (`3个月的培训`)
    say how long something else lasts."""
    if not folded.startswith("月", end):
        return False
    before = folded[:start]
    if PERIOD_OF_WORKS.search(before):
        return True
    return before.rstrip().endswith("用") and bool(TAKES_TO_BUILD.match(folded, end + 1))


_COUNT_WORD_END = re.compile(
    r"(?<=\d)\s?(?:个)?[班所条座处园校轨](?=\d+(?:\.\d+)?\s?(?:个|名|人|张|间|(?:教学)?班|平方米|万?平方米|万元|亿元|公里|亩))"
)
"""Classes, schools or works run straight into the next figure (`可提供9班270个学位`, `办学规模36班
1620人`, `街巷步道3条29公里`, `核定8园40班`: kindergartens and their classes, `30轨90教学班`: classes per
grade and in all): the count ends at its
unit and the digits open a second figure, not a code (`3A`).
Not a grouping (`9类37项`, `10件40项`) nor whom a figure is for (`1班2岁专班`, `100名0至2岁`)."""
_ITEM_NUMBER = re.compile(r"\d{1,2}[ \t]+[\u4e00-\u9fff]")
"""A line that opens with a short number and a space (`1 本网注明…`) is numbered."""
_OUTLINE_LINE = re.compile(r"\d{1,2}\.\d{1,2}\s?[\u4e00-\u9fff]{3,24}\s*\d{0,3}")
"""A line that is only an outline number and words (`6.2人力资源需求`, `10.1方案总结`): a heading
of a table of contents, whose number the words run on from (`1.2万人次` ends at its unit)."""
_LABEL_BEFORE = re.compile(r"(?:专栏|附件|附表|附录|(?:^|(?<=\s))续?表)\s*$")
"""`专栏2`, `附件1`, `表1　株洲市…` (a caption's table number, not a count of 株): the number a
box, an annex or a table is labelled with."""
_HAN = re.compile(r"[\u4e00-\u9fff]")
_MORE_COUNTS = re.compile(r"[台件套]{1,2}(?![\u4e00-\u9fff])|次(?![\u4e00-\u9fff])")
"""Counting words after a count unit that make one unit with it (`台件套`, `户次`)."""
_NOUN_BEFORE_ABOVE = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:以上|以下)")
"""`500所小学以上`: a count, the thing counted, then the comparator."""
_TIME_AFTER_COUNT = ("月", "工作日", "学期", "学年", "课时")
_HOTLINE = re.compile(r"\s*(?:服务|咨询|求助|投诉|值班)?\s*(?:热线|电话)")
_IDIOM_AFTER_CN = (
    "方面|层面|维度|环节|领域|阶段|途径|路径|梯队|方向|重点|体系|机制|模式|一体|原则|要求"
    "|功能|问题|场景|平台|中心|基地|载体|板块|抓手|目标|任务|工程|行动|计划|结合|同步|优先"
    "|只增不减|班子|缩影|新?台阶|新(?:高度|水平|局面|境界)|性"
)
"""Words a count in numerals runs into as part of a word (`两个方面`, `一次性奖补`): no amount."""
_PARTS = re.compile(
    r"(?:关键|重要|核心|基本)(?:环节|方面|领域|维度|层面|层次|原则|方式|途径)(?![\u4e00-\u9fff])"
    r"|(?:大)?(?:方面|领域|板块|维度|层面|层次|部分|体系|专题|专栏|大类|类别|章节|篇章"
    r"|措施|举措|任务|意见|原则|方针|条件|环节|方式|途径|渠道|办法|部门|(?:关键|主要)?阶段|专项(?![\u4e00-\u9fff])|(?:主要|目标|约束性|预期性)?指标(?![\u4e00-\u9fff])|(?:主要|目标)?指标中"
    r"|(?:重点)?(?:民生|民心|惠民)?(?:工程|实事)|(?:民生)?实事项目"
    r"|(?:重点|具体|主要)?工作(?![\u4e00-\u9fff])|(?:工作|行动|专项)计划(?![\u4e00-\u9fff])|[^，,。；;：:\d]{0,8}?的(?:任务|计划|措施|举措)\s*[：:])"
)
"""`11个方面`, `10条措施`, `15项重点民生工程`, `20个主要指标中`, `7项指标`: counts of a plan's own
parts, never targets; `采取3种方式`, `五种途径`: a count of the means it names next, not an amount;
`8个部门`, `两个关键阶段`, `三个关键环节`, `四个层次`, `…、…两个专项`: the bodies that act, the
stages, links or tiers a plan is cut into and the programmes it runs, counted, not amounts to
reach; `须同时满足3个条件`: the clauses of a rule;
`7项工作计划`, `7项重点推进的计划：…`: the programmes a plan lists; `学校23条工作`, `抓好5项重点工作`,
`28项具体工作`: its items of work."""
_TASKS_NAMED = re.compile(r"[^，,。；;：:、\d]{0,16}?(?:任务|举措|措施|指标)(?![\u4e00-\u9fff])")
"""`28项重点工作任务`, `11项我区教育事业发展的主要任务`, `31项国民经济和社会发展计划指标`: a plan's
tasks or indicators counted under a longer name are its parts as `11项任务` are."""
_COMPARED = re.compile(
    r"比(?:上年|去年|上一年|(?:19|20)\d\d\s*年"
    r"|[“\"]?(?:十[一二三四五]|[六七八九])五[”\"]?(?:期末|末|时期末|时期|期间))(?:同期)?"
    rf"\s*(?P<verb>{CHANGE})\s*$"
)
"""`比上年增加3000人`, `比2024年增加670人`, `比“十三五”时期增加3所`: a count against a year or
period before is a change, not a level."""
_RISE = re.compile(r"[\u4e00-\u9fff](?:将|要)?(?P<verb>增加|减少)\s*$")
_LEVEL_AFTER = re.compile(r"\s*(?:以上|左右)?\s*[，,]\s*(?:总数|总量|规模)?\s*(?:将)?达到\s*\d")
"""`在园幼儿数增加0.6万人，达到3.1万人`: a rise the next clause sums into the level it reaches is
by how much (a change), the level being the other value. `_RISE` keeps to 增加 and 减少, the
verbs a count moves by, not all of text.CHANGE: a rate `提高5个百分点` is a change by itself."""
_AT_LEAST_VERB = re.compile(
    rf"(?:至少|最少|不少于)(?:{'|'.join(MODALS)})?再?(?:办好|建成|建设|新建|改扩建|新增|创建|建好|办|建|投入使用|投用|交付使用|拥有|建有|配备|设有|设立|建立|有){{1,2}}\s*$"
)
"""`至少办好2所`, `至少建成投入使用28所`, `每县至少拥有一所`, `每个乡镇至少有1所`, `至少设立1所`:
a comparator, then the verbs of the
amount (one, or two in a row: built and put to use), then the amount."""
_BOUND_BEFORE_OBJECT = re.compile(BOUND_BEFORE_OBJECT)
_DIMENSION = re.compile(r"\d\s*[×xX*＊]\s*$")
_DIMENSION_AFTER = re.compile(r"\s*[×xX*＊]\s*\d")
"""Two numbers joined by a times sign are a size (`1024×768`, `3×4米`)."""
_HEADCOUNT = re.compile(r"(?:人口?|户)\s*(?:及)?(?:以上|以下)$|\d\s*[-–—~～至]\s*\d+\s*人$")
_WHO_AFTER = re.compile(
    r"\s*(?:的)?[\u4e00-\u9fff]{0,8}?(?:乡镇|乡|县|镇|村|城市|城区|地区|社区|街道|大班额|班额|校额|班级|学校)"
    r"|\s*[、和及与]\s*(?:小学|初中|高中|普通高中|幼儿园)?\s*\d+\s*人\s*(?:及)?以[上下]\s*(?:的)?(?:超?大)?[班校]额"
)
"""A head count with its comparator before the places or classes it picks out (`3万人口以上
乡镇`, `20万人口以上的县`, `56人以上的大班额`, `46-50人班额`, `3000人以上大校额`, `230个50户以上木质房屋连片村寨`, `3万人以上的乡(镇)`) is a condition:
the value is what those get; so is the first of a list of such (`小学45人以上、初中50人以上班额`)."""
_CLASS_SIZES_AFTER = re.compile(
    r"\s*[、和及与]\s*(?:小学|初中|高中|普通高中|幼儿园)\s*\d+\s*人\s*(?:及)?以[上下]\s*(?:的)?(?:超?大)?班额"
)
"""A class size whose list ends on its bound and 班额 (`小学45人、初中50人以上班额`): each item
picks out the classes the share is of, the bound printed once for both."""
_NAMED_COUNT = re.compile(r"名\s*(?:及)?(?:以上|以下)$")
_WHOSE = re.compile(
    r"\s*[\u4e00-\u9fff]{1,8}?的[\u4e00-\u9fff]{0,6}?(?:学校|幼儿园|班级|班|乡镇|村|社区)"
)
"""A bounded head count of people before `…的学校` (`招收3名以上残疾学生的普通学校`,
`有10名以下教师的教学点`) picks out the schools it is of: a condition, not a count to reach
(`选派10名以上教师到乡村学校` sends them: no `的` ties the count to the schools)."""
_BOUNDED = re.compile(r"(?:及)?(?:以上|以下|以内)$")
_THINGS_COUNTED = ("所", "个", "项", "家", "处", "栋", "幢", "间", "班", "名", "场", "%", "成")
_NOUN_AFTER = re.compile(r"的?[\u4e00-\u9fff]")
_LATER_FIGURE = re.compile(r"(?<![和及与或、\d.])\d+(?:\.\d+)?(?![\d.]|\s*年)")
"""A bounded size right before a noun, with another figure later in its clause (`40座以下校车
每年补助…1万元`, `30人以下小班化教学覆盖率达到50%`, `面积2000平方米以上的幼儿园达到15所`):
the size picks out which ones; the later figure is the amount. A count of things to build
(`新建8所以上幼儿园`, `3名以上学生进入…`, `举办12场以上招聘会`) is the amount itself, so is a share (`60%以上的学校`,
read by names), and a figure listed after it (`…教师和100名校长`) is another amount."""
_CONDITION_NEXT = re.compile(r"\d+(?:\.\d+)?万?(?:户|人)(?:及)?(?:以上|以下)[\u4e00-\u9fff]")
"""`230个50户以上木质房屋连片村寨`: a count, then the size that picks out what it counts."""
_AGE_NEXT = re.compile(rf"{AGES}(?!\s*(?:专班|班))")
"""`30个2至3岁托育名额`, `60名3岁以下幼儿`: a count, then the ages of whom it counts (not
`1班2岁专班`, a count of classes whose kind the age names)."""


def _picks_out_next(folded: str, end: int) -> bool:
    """Whether the digits right after a count ending on its counter are the size or the ages
    that pick out what it counts (_CONDITION_NEXT, _AGE_NEXT), not a figure it runs into."""
    if _CONDITION_NEXT.match(folded, end):
        return True
    return bool(end and not folded[end - 1].isascii() and _AGE_NEXT.match(folded, end))


_RADIUS = re.compile(r"服务半径\s*(?:为|在|不超过|不大于|不宜超过|约|控制在)?\s*$")
_DISTANCE = re.compile(r"(?:公里|千米|米|km)(?:以内|以下|左右)?$")
"""A distance after 服务半径 (`按照服务半径1.5公里的原则`, `小学服务半径不超过1000米`): how far a
school's catchment reaches, the standard a layout follows, never an amount it sets."""
_PEOPLE_SERVED = re.compile(r"人口\s*$")
_PROVIDED = re.compile(
    r"[^，,。；;]*?(?:设置|配置|配建|设立|建设|建有|设|建)\s*[\d一二两三四五六七八九十]"
)
"""A population followed in its clause by what it is given (`城镇服务人口1万人以上设置1所幼儿园`,
`按照服务人口1万人、农村2000人以上设置1所`): the size of a place that gets a school, a condition;
the value is what it gets."""
_SIDE = re.compile(r"人\s*制")
"""`3人制篮球场`, `11人制足球场`: how many play a side, part of the name of a court."""
_OPEN_HOURS_NAMED = re.compile(r"\s*(?:自助|城市|实体)?(?:书店|书房|便利店|药店)")
"""`24小时书店`, `24小时城市书房`: the hours that name a shop always open, not an amount of time
to reach (a service's reach, `打造30分钟医疗服务圈`, is one)."""
_EVENT_NAMED = re.compile(r"\s*(?:往返跑|折返跑|跑(?!道)|游泳|自由泳|蛙泳|仰泳|栏)")
"""`男子1000米跑`, `50米跑`, `25米游泳体验馆`: the distance that names a sports event (an exam's
item) or a pool, not a length to build or reach (a school's `400米跑道` is its design)."""


def _names_a_kind(folded: str, unit: str | None, end: int) -> bool:
    """Whether the hours or metres name a kind of thing: a shop always open (_OPEN_HOURS_NAMED),
    a sports event (_EVENT_NAMED)."""
    if unit == "小时":
        return _OPEN_HOURS_NAMED.match(folded, end) is not None
    return unit == "米" and _EVENT_NAMED.match(folded, end) is not None


_PART_UNITS = ("个", "项", "件", "条", "大")
_PARTS_NAMED = re.compile(
    r"[\u4e00-\u9fff“”]{0,10}?(?:主要|重点|重大|核心)(?:任务|工程|举措|措施|实事)"
    r"(?:(?![\u4e00-\u9fff])|(?=[和及与]))"
)
"""`11项主要任务`, `17个教育改革发展重点工程`, `5项主要任务和7项工作计划`: the plan's own parts,
named at length."""
_OUTLINE_PARTS = re.compile(
    r"[\u4e00-\u9fff“”]{0,8}?(?:专栏|(?:措施|保障|制度|政策|目标|指标|任务)体系|总体目标|主要目标)"
    r"(?![\u4e00-\u9fff])"
)
"""`12个重大工程专栏`, `3项保障措施体系`, `1个总体目标`: the chapters of a plan's outline a page
counts when it presents the plan, not amounts to reach."""
_SUB_ITEMS = re.compile(r"子(?:项目|项|任务|工程|内容|事项)")
"""`11件惠民实事包含18个子项目`, `…等31项子内容`: the parts a programme is divided into, counted."""
_MAJOR_PROJECTS = re.compile(r"(?:重大|重点)项目(?![\u4e00-\u9fff])")
"""`28项重大项目`: a plan's list of projects, counted in 项 (a programme's count of projects to
build is printed in 个: `建设重点项目20个`)."""
_PARTS_BEFORE = re.compile(
    r"(?:主要任务|重点任务|民生实事|惠民实事|重点工程|民生工程|事项数量|指标中有"
    r"|(?:主要|约束性|预期性|核心)指标)"
    r"(?:项目)?(?:共|共计|合计|总计)?(?:[\d一二三四五六七八九十]+大类)?\s*$"
)
"""`实施重点民生实事18件`, `民生实事项目共4大类15个`, `设置主要指标16项，其中约束性指标6项`: the
count of a programme's items or a plan's indicators, printed after them (and after the classes
they fall in)."""
_PROVINCES = re.compile(r"省份|省区市|省[(（]区、市[)）]|省市区")
"""`31个省区市`, `30个省份`: the provinces a national round-up reads, who speak, not an
amount any of them sets."""
_PHASE_UNITS = ("批", "期", "轮")
"""Units of a programme's phases, after 分 (`分3批完成`, `分两期建设`)."""
_UNIT_IN_WORD = re.compile(r"部门|处室|类型|类别|人气")
"""A count unit's character that opens a longer word (`教育部等9部门联合印发`, a page's
`时间:01-18人气:11`)."""
_IN_SET = re.compile(r"^[\u4e00-\u9fff“”]{0,12}(?<![初高])中[，,：:]")
"""`120个项目中，计划竣工46个`: the set a breakdown is of, printed as its total before."""
_QUOTED_NAME_AFTER = re.compile(r"[\u4e00-\u9fff]{1,8}[”\"]")
"""The rest of a short quoted name after a number that opens it (`“15分钟生活圈”`)."""
_IDIOM = re.compile(rf"^(?:{_IDIOM_AFTER_CN})")
_JUDGED = re.compile(
    r"\s*(?:实在|显然|明显|仍然?|还是)?(?:太少|过少|偏少|太低|过低|偏低|太多|过多|偏多|不够)"
)
"""An amount judged too small or too large (`只编两亿元太少`): an opinion of it, no target."""
_WORKS_LISTED = re.compile(rf"(?:{WORKS})、[^，,；;。]*(?:{WORKS})等\s*$")
"""`竣工验收甲中学迁建、乙小学新建…等5项工程`: works listed one by one, then counted: an amount
of works to finish, not a plan's parts."""
_SPREAD = re.compile(
    r"[\d一二三四五六七八九十][\u4e00-\u9fff]{0,2}\s*[(（]\s*[每各][^()（）\d]{0,10}$"
)
"""A bracket opened after a total that gives each place's share (`新增10个(每个街道1个)`)."""


_EVERY_FEW_YEARS = re.compile(r"每\s*(?:[2-9]|[两二三四五六七八九十])\s*年[^，,。；;\d]{0,12}$")
"""`每三年调整一次`, `每2年督导评估1次`: how often a standing rule is applied over several
years, a schedule the text keeps, not a count of times to reach in a year."""


NONE_OF_ONE = re.compile(r"1\s*起")
"""`确保不发生1起…事故`: the one incident not to happen, which says none: the goal word 不发生
before it reads it, and it is neither a count nor part of the name."""


def _none_of_one(folded: str, kind: str, end: int) -> bool:
    """A goal word before the one incident not to happen (NONE_OF_ONE; the digit after it is
    no code's)."""
    return kind == "word" and NONE_OF_ONE.match(folded, end) is not None


def _no_count(folded: str, raw: str, unit: str | None, start: int, end: int) -> bool:
    """A count in words that is none: `一起` (together, no count of incidents as `0起` or
    `不超过1起` is; `7.一起来看` is an item's number before it), the one incident that is not
    to happen (`确保不发生1起…事故`: none, the goal in words before it), or
    the first class size of a list bounded once (`小学45人、初中50人以上班额`)."""
    if unit == "起" and (
        not re.search(r"(?<![.．])\d\s*起", raw)
        or (NONE_OF_ONE.match(raw) and folded[:start].rstrip().endswith("不发生"))
    ):
        return True
    return raw.endswith("人") and bool(_CLASS_SIZES_AFTER.match(folded, end))


_A_SCHEDULE = re.compile(rf"{_EVERY_FEW_YEARS.pattern}|(?:调整|修订|更新)\s*$")
"""…and how often a list or a rule is revised (`项目库实行动态管理，每年调整一次`), even each
year: a schedule the text keeps, not a count of works to do."""


_DATE_BEFORE = re.compile(r"(?:19|20)\d\d([-/.])\d{1,2}\1$")
"""A year and month printed with dashes or slashes: the number after them is a day."""


def find_spans(text: str) -> list[Span]:
    """Every value `text` prints, left to right, each one `values.parse` reads."""
    folded = fold(text)
    probe = "".join("、" if c == "，" else f for c, f in zip(text, folded, strict=True))
    out: list[Span] = []
    for m in _SPAN.finditer(probe):  # `，` folds to `,`: never a thousands mark
        span = _accept(folded, m)
        if span is not None:
            out.append(span)
    return out


def _accept(folded: str, m: re.Match[str]) -> Span | None:
    start, end = m.start(), m.end()
    while start < end and folded[start].isspace():
        start += 1
    while end > start and folded[end - 1].isspace():
        end -= 1
    before = folded[start - 1] if start else ""
    after = folded[end : end + 1]
    kind = m.lastgroup or "value"
    if _inside_other_figure(folded, start, end) and not _none_of_one(folded, kind, end):
        return None
    if kind == "value":
        value = _value_span(folded, m, start, end)
        if value is None:
            return None
        start, end, kind, unit = value
        if folded[start:end].endswith("个") and _MORE_TIME.match(folded, end):
            return None  # `经过5个多月的建设`: a time gone by, no count
        if _SHARE_CRITERION.match(folded, end):
            return None  # `落实每天1节体育课的学校比例不少于50%`: whom a share counts
        if _count_of_whole(folded, unit, end):
            return None  # `85所…达标率达到100%`, `7项指标全部达到…`: how many a goal is of
        if _criterion(folded, start, end):
            return None  # `入园率未达到90%的县`, `按100人核定公用经费`: whom for, or reckoned as
        if _length_note(folded, start, end):
            return None  # `三、主要任务（约800字）`: an outline's note of a part's length
        if (
            _SHARE_OF_WHOM.search(folded, 0, start)
            and _PLACES_PICKED.match(folded, end)
            and not AREAS_COVERED.match(folded, end)
        ):
            return None  # `流动儿童占在校生30%以上的县`: which places a bound is for
    elif kind == "change" and m.group().rstrip("以上左右").endswith("年"):
        if "年限" not in _clause_before(folded, start):
            return None  # `增加3年`: a span of time; only years of schooling rise by years
        unit = None
    elif kind == "change" and m.group().rstrip("以上左右").endswith("岁"):
        if not _AGE_MEASURED.search(_age_measure(folded, start)):
            return None  # `增加3岁以下婴幼儿托位`: an age says whose; only an age or a life rises
        unit = None
    elif kind == "word":
        if _no_goal_word(folded, start, end):
            return None
        unit = None
    elif kind == "ratio":
        a, b = m["ra"], m["rb"]
        if before == "第" or after.isdigit() or _is_time(folded, start, a, b):
            return None  # 23:01, 2022-12-31 14:42: times
        unit = None
    else:
        unit = None
    if unit == "次" and _A_SCHEDULE.search(_clause_before(folded, start)):
        return None  # `原则上每三年调整一次`: a standing schedule, not an amount to reach
    if _SCORING_STEP.match(folded, end) or _PAGE_COUNTER.search(folded[max(0, start - 8) : start]):
        return None  # `每减少1%扣1分`: a form's scoring step; `浏览 0 次`: the page's own counter
    if _COUNTER_AFTER.match(folded, end) or _JUDGED.match(folded, end):
        return None  # `0次浏览`: the page's counter; `只编两亿元太少`: an amount judged, no target
    if _no_amount_of_its_own(folded, start, m["num"] or ""):
        return None  # 总体篇幅比上一规划增加20%, 指标中民生类占比达三分之一: the plan's text, not a goal
    raw = folded[start:end]
    if _names_a_kind(folded, unit, end):
        return None  # `建设一批24小时书店`, `男子1000米跑`: the hours or metres that name a kind
    if _SIDE.match(folded, end - 1) or _opens_quoted_name(folded, before, raw, end):
        return None  # `“15分钟生活圈”`, `“1小时经济圈”`: a number that opens a quoted name
    if not (_parses(raw) or kind == "word") or (
        _HEADCOUNT.search(raw) and _WHO_AFTER.match(folded, end)
    ):
        return None  # `20万人口以上的县`, `56人以上大班额`: which ones, not how many
    if _no_count(folded, raw, unit, start, end):
        return None  # `一起` (together); `小学45人、初中50人以上班额`: a list's first class size
    if _NAMED_COUNT.search(raw) and _WHOSE.match(folded, end):
        return None  # `招收3名以上残疾学生的学校`: which schools, not how many pupils
    if _siting_standard(folded, start, end):
        return None  # `服务人口1万人以上设置1所`, `服务半径1.5公里`: what a school is sited for
    if _position(folded, start, end) or _forbidden_kind(folded, start, end):
        return None  # `距离车站约3公里`: where a place lies; `严禁收取超过60课时的费用`: which
    if unit not in _THINGS_COUNTED and _condition_before_amount(folded, raw, end):
        return None  # `40座以下校车每年补助1万元`: which ones, the amount comes later
    return Span(_currency_first(folded, start, end), end, kind, unit)


_CURRENCY_BEFORE = re.compile(rf"(?:(?:{SUM_LEADS})\s?)?(?:{CURRENCIES_FIRST})\s?$")


def _currency_first(folded: str, start: int, end: int) -> int:
    """Where a sum starts that names its currency first (`投入新台币3.6亿元`, `约港币2亿元`): at
    the currency, when the grammar reads the two as one sum (grammar.CURRENCY_FIRST)."""
    currency = _CURRENCY_BEFORE.search(folded, max(0, start - 8), start)
    if currency and CURRENCY_FIRST.match(folded[currency.start() : end]):
        return currency.start()
    return start


_FORBIDS = re.compile(r"严禁|禁止|不准|不得(?!低于|少于|超过|高于|多于|大于|小于)")
_OF_A_KIND = re.compile(r"\s*的[\u4e00-\u9fff]")


def _forbidden_kind(folded: str, start: int, end: int) -> bool:
    """A size inside a prohibition that picks out what is forbidden (`严禁…收取时间跨度超过3个月
    或60课时的费用`): which ones, no amount to reach; a cap with no `的` after it (`班额不得超过
    45人`) is one."""
    forbids = _FORBIDS.search(_clause_before(folded, start))
    return forbids is not None and _OF_A_KIND.match(folded, end) is not None


def _condition_before_amount(folded: str, raw: str, end: int) -> bool:
    """Whether a bounded size picks out the things after it, whose amount the clause prints
    later (_BOUNDED, _LATER_FIGURE)."""
    if not _BOUNDED.search(raw) or not _NOUN_AFTER.match(folded, end):
        return False
    rest, *after = _CLAUSE_MARK.split(folded[end:], maxsplit=1)
    if _LATER_FIGURE.search(rest):
        return True
    next_clause = _CLAUSE_MARK.split(after[0], maxsplit=1)[0] if after else ""
    return (
        bool(_BARE_NOUN.fullmatch(rest))
        and folded[end + len(rest) : end + len(rest) + 1] in "，,"
        and _LATER_FIGURE.search(next_clause) is not None
    )


_BARE_NOUN = re.compile(r"的?[\u4e00-\u9fff]{1,10}")
"""What a bounded size picks out, closing its clause (`对40座以下校车，每年补助…1万元`): a
noun phrase alone, whose amount the next clause prints."""


_ACRONYM = re.compile(ACRONYM)


def _inside_other_figure(folded: str, start: int, end: int) -> bool:
    """Whether the digits at `start:end` are part of a figure that is no amount: a code, a
    clock time, a number with thousands marks (which the grammar does not read), a size. A
    value ending on its unit counts what a Latin name after it opens (`15个AI课程`)."""
    before = folded[start - 1] if start else ""
    after = folded[end : end + 1]
    if (
        before
        and before.isascii()
        and (before.isalnum() or before in ".+/")
        and (folded[start].isascii())
    ):
        return True  # part of a code: IPv6, 1+X, 2.0; not a verb after a Latin name (GDP增长7%)
    if before == ":" and folded[start - 2 : start - 1].isdigit():
        return True  # the seconds of a clock time (`12:28:17`), the tail of a ratio
    thousands = re.compile(r"\d{3}(?!\d)")
    if (
        before == "," and folded[start - 2 : start - 1].isdigit() and thousands.match(folded, start)
    ) or (re.match(r",\d{3}(?!\d)", folded[end:]) and folded[end - 1 : end].isdigit()):
        return True  # 1,200: a number with thousands marks
    if (
        after
        and after.isascii()
        and (after.isalnum() or after in "+")
        and not (not folded[end - 1].isascii() and _ACRONYM.match(folded, end))
        and not _picks_out_next(folded, end)
        and not (after.isdigit() and _runs_on(folded, start, end))
    ):
        return True
    # `1024×768`: one side of a size (a screen, a board), not an amount
    return bool(
        _DIMENSION.search(folded, max(0, start - 8), start) or _DIMENSION_AFTER.match(folded, end)
    )


_SHARE_CRITERION = re.compile(r"[^，,。；;\d%]{1,10}的[^，,。；;\d的]{0,8}(?:比例|占比|比重)")
"""What a figure inside a share's name runs into (`每天1节体育课的学校比例`): it tells which
schools the share counts, no amount of its own."""
_COUNT_OF_RATE = re.compile(
    r"[^，,。；;\d%]{2,20}?(?:率|比例|占比)\s*(?:达到|达|为|保持在|稳定在|提高到|提升到|不低于)\s*\d"
)
"""A count right before a rate's name and its level (`全县85所乡村中小学温馨校园达标率达到100%`):
how many the rate is of, no target of its own."""
_ALL_OF_THEM = re.compile(r"\s*指标\s*(?:全部|均|都)\s*(?:达到|达标)")
"""A count of indicators that all are to meet a standard (`7项指标全部达到省定标准`): how many
the goal in words is of, no target of its own."""


def _count_of_whole(folded: str, unit: str | None, end: int) -> bool:
    """Whether a count says how many a goal is of: the schools a rate counts (_COUNT_OF_RATE)
    or the indicators that all are to meet a standard (_ALL_OF_THEM)."""
    if unit in ("所", "个", "家") and _COUNT_OF_RATE.match(folded, end):
        return True
    return unit in ("项", "个") and bool(_ALL_OF_THEM.match(folded, end))


_MORE_TIME = re.compile(r"多(?:月|小时|星期|礼拜)|半(?:月|小时)")
"""What a count in 个 runs into when it is a time (`5个多月`, `3个半小时`), not things counted."""


def _value_span(
    folded: str, m: re.Match[str], start: int, end: int
) -> tuple[int, int, str, str | None] | None:
    """(start, end, kind, unit) of a number read as a value, its start moved back to a verb of
    the least it must reach or of a change it measures; None when it is no value."""
    accepted = _accept_number(folded, m, start, end)
    if accepted is None:
        return None
    end, unit = accepted
    if m["prefix"] == "超" and not unit:
        return None  # `覆盖率超85,,`: a headline's bare figure, no amount of its own
    kind = "value"
    verb = _AT_LEAST_VERB.search(folded[:start]) if not m["prefix"] else None
    if verb and _parses(folded[verb.start() : end]):
        start = verb.start()  # `至少建成1所`: the least a verb must reach
    compared = _COMPARED.search(folded[:start]) if not m["prefix"] else None
    if compared is None and not m["prefix"] and _LEVEL_AFTER.match(folded, end):
        compared = _RISE.search(folded[:start])
    if compared and _parses(folded[compared.start("verb") : end]):
        start, kind = compared.start("verb"), "change"  # `比上年增加3000人`: by how much
    return start, end, kind, unit


_FROM_A_PLACE = re.compile(
    r"(?:(?:距离?|相距|(?<![隔分脱剥偏远])离开?)[^，,。；;\d距离不超控小大在内以为]{1,12}?"
    r"(?:[\d.]+\s*(?:公里|千米|米)、[^，,。；;\d]{1,8}?)?"
    r"|(?:方向|[东西南北]侧|以[东西南北])\s*)(?:约|大约)?\s*$"
)
"""`距离老城区约`, `相距车站`, `西距首都193公里、天津港`: a distance measured from a place named
(not `距离不超过…`); `位于某中学西南方向`: a place's bearing, the distance after it."""


def _position(folded: str, start: int, end: int) -> bool:
    """A distance from a place named (`距离县城约40公里的镇`, `离车站2公里左右`) or its altitude
    (`海拔1800米以上`) tells where something lies; a bound on a distance (`上学距离不超过3公里`,
    `3公里以内`) is a standard."""
    raw = folded[start:end]
    if "米" in raw and "方米" not in raw and _ALTITUDE.search(folded, max(0, start - 6), start):
        return True  # `海拔1800米以上的高寒山区学校`: how high the place lies
    return bool(
        _DISTANCE.search(raw)
        and "方米" not in raw  # an area (`平方米`) or a volume, not a length
        and not _BOUNDED.search(raw)
        and _FROM_A_PLACE.search(folded, max(0, start - 16), start)
    )


_ALTITUDE = re.compile(r"海拔(?:高度)?(?:约|在|达|高达)?\s*$")


def _siting_standard(folded: str, start: int, end: int) -> bool:
    """A standard a layout sites schools by: the people a school is for (`服务人口1万人以上设置
    1所`) or the distance its catchment reaches (`按服务半径1.5公里布局`), no amount it sets."""
    raw = folded[start:end]
    if raw.rstrip("以上下").endswith("人"):
        return bool(_PEOPLE_SERVED.search(folded, 0, start) and _PROVIDED.match(folded, end))
    return bool(_RADIUS.search(folded, max(0, start - 8), start) and _DISTANCE.search(raw))


_RESCHEDULED = re.compile(r"原(?:定(?:于|在)?|(?:计划|安排)(?:于|在))[^，,。；;]{0,28}$")
"""What was arranged before a change (`原定于4月份进行的市直班主任16学分培训`, `原计划于上半年完成的
300名校长轮训`, `原安排在暑期完成的120所学校改造工程`): no target."""


def _no_amount_of_its_own(folded: str, start: int, num: str) -> bool:
    """A number that the page or the text prints of itself: what a briefing says of the plan's
    own text (_ABOUT_THE_TEXT), the day of a dashed date run
    into a caption (`2024-06-18 某市…`), a repost site's frame retelling its headline
    (`小编给大家带来了…相关文章`), a count of the parts listed next (`完成以下四项工作：`) or
    of a kind's or a programme's items in a list (`“优化教育资源布局”类，共1项`, `…行动(4项)`), or
    what a notice of changes says was arranged before (`原定于4月份进行的…16学分培训延迟到…`)."""
    return bool(
        _ABOUT_THE_TEXT.search(folded, max(0, start - 30), start)
        or _RESCHEDULED.search(folded, max(0, start - 30), start)
        or _DATE_BEFORE.search(folded, max(0, start - 8), start)
        or _REPOST_FRAME.search(folded, max(0, start - 60), start)
        or (
            _LIST_AHEAD.search(folded, max(0, start - 10), start)
            and _LIST_PARTS.match(folded, start + len(num))
        )
        or (
            _KIND_COUNTED.search(folded, max(0, start - 6), start)
            and _KIND_COUNT_END.match(folded, start + len(num))
        )
    )


_RATE_NAMED_AFTER = re.compile(
    rf"(?:(?![和及与并])[\u4e00-\u9fff]){{1,10}}?(?:率|比例)\s?(?:均|都)?\s?(?:{REACHES}|保持|不低于|不少于)\s?\d"
)
"""Words that run on from a figure into a rate's name, and the rate's own figure after its verb
(`360学时培训完成率达到100%`): the first figure says what the rate is of. Not the next item of
a list (`占比达到50%和普惠率达到80%`)."""


_ROUND_THE_CLOCK = re.compile(
    r"\s*(?:不间断|全天候)?\s*(?![内以之])[\u4e00-\u9fff]{0,8}?(?:值班|值守|热线|监控|畅通)"
)
"""What `24小时` runs into when it says a duty or a line never stops, not how long something takes
(`24小时内响应`, `不超过24小时` are bounds) nor hours to do (`24小时志愿服务`, `24小时在线研修`);
a few words may come between (`24小时学生心理援助热线`)."""
_ITEMS_NAMED_AFTER = re.compile(
    r"指标[^，,。；;\d]{0,20}?(?:[≤≥<>＜＞]|不高于|不低于|不超过|不少于|小于|大于|达到|至少)\s?\d"
)
"""`资源配置7项指标至少6项达到…`, `7项指标校际间综合差异系数小学≤0.50`: how many indicators a
set holds, and the figure said of them after it."""


def _names_no_amount(folded: str, unit: str, num: str, end: int, bounded: bool) -> bool:
    """A count that names rather than measures: a grade of what follows (`一类省级示范幼儿园`, but
    `9类人群`, `六类`), a unit's character that opens another word (`9部门`, `3处室`), the hours a
    line answers (`24小时服务热线400-…`) or a service keeps (`24小时值班`), a page's `人气`."""
    if unit == "类" and num in ("一", "二", "三") and _HAN.match(folded, end):
        return True
    if _RATE_NAMED_AFTER.match(folded, end):
        return True  # `教师5年360学时培训完成率达到100%`: which training the rate is of
    if unit == "项" and not bounded and _ITEMS_NAMED_AFTER.match(folded, end):
        return True  # `7项指标至少6项达到…`: the set's size; `至少6项指标达到…` is the target
    if unit == "小时" and num == "24" and _ROUND_THE_CLOCK.match(folded, end):
        return True  # `24小时值班值守`, `开通24小时心理援助热线`: a service round the clock
    return bool(_UNIT_IN_WORD.match(folded, end - 1)) or (
        unit == "小时" and bool(_HOTLINE.match(folded, end))
    )


def _accept_number(
    folded: str, m: re.Match[str], start: int, end: int
) -> tuple[int, str | None] | None:
    """(end, unit) of a number that reads as a value, or None for years, ordinals, codes."""
    num, unit, prefix, suffix = m["num"], m["unit"], m["prefix"], m["suffix"]
    before = folded[start - 1] if start else ""
    after = folded[end : end + 1]
    share = bool(re.search("分之|半", num)) or unit in ("成", "‰")  # 三分之一, 一半, 八成
    if unit == "成" and num[:1].isdigit() and _at_least(num, 11):
        return None  # `2023成都…`: a year run into a name that opens with 成; 成 counts tenths
    is_cn = bool(num) and not num[0].isdigit() and not share
    if not num and not unit:
        return None  # `近万` needs its unit (`近万个`) to be a count
    if (
        _CONVERTED.search(folded[max(0, start - 12) : start])
        or _GLOSSED.search(folded[max(0, start - 16) : start])
        or (_IN_BRACKET.search(folded[:start]) and _FOREIGN_MONEY.match(folded, end))
    ):
        return None  # `投入80亿（港元，约10亿美元）`: the sum before, in another currency
    if before == "第" or (
        after.isdigit() and not _picks_out_next(folded, end) and not _runs_on(folded, start, end)
    ):
        return None
    if _CARE_OF_ALL.search(folded[:start]) and not (prefix or suffix):
        return None  # 做好全区58辆校车的安全监管工作: the stock a standing task looks after
    if unit == "期" and not _SESSIONS_HELD.search(_clause_before(folded, start)):
        return None  # 附中二期, 前两期计划, 2017年5期, 第 2 期: a phase or an issue, not sessions
    if is_cn and unit in _MEASURES and _NAMED_SITE.match(folded, end):
        return None  # 五里小学: a spelled number and measure that open a name
    if _BACK_REFERENCE.search(folded[:start]) or (before == "的" and _LOCATED.match(folded, end)):
        return None  # 这30所学校包括…, 新建的三所小学分布在…: the schools a sentence before counted
    if _AFTER_WHICH.match(folded, end) and "在" in _clause_before(folded, start):
        return None  # 在新增2所幼儿园之后，供应量将达45%: the step a figure follows, a condition
    basis = re.match(r"\s*的?基础上", folded[end:])  # `在现有88%的基础上提高到93%`: a baseline
    if (_EXISTING.search(folded[:start]) and not basis) or _site_form(folded, start, unit):
        return None  # 在办好现有14所高校的基础上: a stock; 南北长约180米: a plot's side
    if _ranked(folded, start, end, unit):
        return None  # 进入全省前10000名的人数, 前1%学科数: a rank that says who is counted
    if _AT_THE_MEETING.match(folded, end) or _kind_of_thing(folded, end, unit):
        return None  # 242名区人大代表…投票表决: a vote; 800米标准塑胶运动场, 八件套: a kind
    if not folded[:start].strip() and _ITEM_NUMBER.match(folded, start):
        return None  # `1 本网注明…`: the number of a list item
    if not folded[:start].strip() and _OUTLINE_LINE.fullmatch(folded.strip()) and _HAN.match(after):
        return None  # `6.2人力资源需求`: an outline's heading number run into its words
    if _LABEL_BEFORE.search(folded[:start]):
        return None  # `专栏2 人力资源开发主要目标`: the number of a box, not a value
    if _is_year(num, unit, folded, end) or (m["num2"] and _is_year(m["num2"], unit, folded, end)):
        return None
    if not (unit or prefix or suffix or share) and not _bare_amount(folded, m, start, end):
        return None  # a bare number: an ordinal, a code, a count with no unit
    if unit == "岁" and not _AGE_MEASURED.search(_age_measure(folded, start)):
        return None  # ages (3-18岁) describe who, not how much; 人均预期寿命78.3岁 is a target
    # (劳动年龄人口…=20—59岁 defines the working-age population by its ages: who, again)
    schooling = (  # 普及15年教育; 115年教育预算 is a year of Taiwan's calendar, no schooling
        unit == "年"
        and bool(_SCHOOLING.match(folded[end:]))
        and _at_least(num, 10)
        and not _at_least(num, 21)
    )
    if schooling and not _special_schooling(folded, start, end):
        return None  # 普及15年教育: the span's name, a goal in words, not an amount
    timed = _duration_end(folded, num, unit, (start, end), schooling)
    if timed is None:
        return None  # 3年的培训, 3年行动计划, 3个月: durations, not targets
    end = timed
    if unit and _names_no_amount(folded, unit, num, end, bool(prefix)):
        return None
    if unit and _counts_parts(folded, unit, start, end):
        return None
    if _SPREAD.search(folded[:start]):
        return None  # 新增10个(每个街道1个): how the total spreads, not a second target
    if unit in _PHASE_UNITS and folded[:start].rstrip().endswith("分"):
        return None  # 分3批完成, 分两期建设: how a programme is phased, not what it reaches
    if unit and _ONE_OF.match(folded, end):
        return None  # 12项重大民生工程之一: the size of a list the subject belongs to
    if unit == "个" and _PROVINCES.match(folded[end:]):
        return None  # 31个省份的政府工作报告均提及: whose reports a round-up reads
    if is_cn and not schooling and not _cn_count(folded, m, start, end):
        return None
    return _unit_words_end(folded, end, num, unit, suffix), unit


_PER_MONTH_TAIL = re.compile(
    r"\s*[/／]\s*(?:(?:人|生|名)\s*[·・•/／.]?\s*月|月\s*[·・•/／.]?\s*(?:人|生|名)|月)"
)


def _kind_of_thing(folded: str, end: int, unit: str | None) -> bool:
    """A figure that says what kind a thing is: a track's length (`800米标准塑胶运动场`), the
    pieces of one kit (`护卫器械八件套`, what a standard kit holds)."""
    return (unit == "米" and bool(_TRACK_KIND.match(folded, end))) or (
        unit == "件" and folded.startswith("套", end)
    )


def _unit_words_end(folded: str, end: int, num: str, unit: str | None, suffix: str | None) -> int:
    """Where a value's words end: past more counting words after its unit, a noun between a
    count and its comparator (`500所小学以上`), a 万 that scales a bare number."""
    month = _PER_MONTH_TAIL.match(folded, end) if unit and unit.endswith("元") else None
    if month:
        return month.end()  # `500元/人·月`: an amount a month, read as the grammar reads it
    more = _MORE_COUNTS.match(folded, end)
    if unit and more and not suffix and unit.lstrip("千万亿") in unit_table().counts:
        end = more.end()  # 31.96万台件套, 3万户次: one unit of several counting words
    if unit and unit in UNITS and UNITS[unit][0] not in ("%", None) and not suffix:
        extra = _NOUN_BEFORE_ABOVE.match(folded[end:])
        if extra and not re.search("[以及，,、]", extra.group()[:-2]):
            end += len(extra.group())
    if not unit and num[0].isdigit() and _BARE_MAGNITUDE.match(folded, end):
        end += 1  # 超过100万农村适龄儿童: 万 scales the number before what it counts
        bound = _BOUND_AFTER.match(folded, end)
        end = bound.end() if bound else end  # 达到14万以上: and its comparator after it
    return end


def _no_goal_word(folded: str, start: int, end: int) -> bool:
    """Whether a goal word (全覆盖, 动态清零, 逐年提高) states no goal where it stands."""
    if folded[max(0, start - 2) : start] == "基本":
        return True  # 基本全覆盖 is not 100%
    if _NOT_YET.search(folded, 0, start):
        return True  # 尚未完全覆盖, 未实现全覆盖: a lack reported, not a goal
    if _PROBLEM_GROWS.search(folded, 0, start) and _GROWS.search(folded, start, end):
        return True  # `学位缺口逐年扩大`: a problem reported as it grows, never a goal
    if _PROGRAMME_AFTER.match(folded, end):
        return True  # `启动校车全覆盖工程`: a programme's name, not its goal
    if _PLACES_COUNTED.search(folded, 0, start) and not _ALL_PASS.search(folded, 0, start):
        return True  # `推动甲县、乙县2个县（区）通过…督导评估`: the count of places is the target
    if _CLEARED_WORD.fullmatch(folded[start:end]):
        return _cleared_as_task(folded, start, end) or _review_of_some(folded, start, end)
    return False


_PROBLEM_GROWS = re.compile(r"(?:缺口|压力|矛盾|差距|负担|短缺|隐患|风险)\s*$")
_GROWS = re.compile(r"扩大|增大|加大|增加|上升|攀升|加剧|增长")
"""What grows after a gap, a pressure or a shortage (`学位缺口逐年扩大`): a problem the text
reports; a plan sets it to shrink (`差距逐年缩小`)."""
_ALL_PASS = re.compile(r"(?:全部|均|都)\s*$")
"""`7个县（市、区）全部通过…督导评估`: every one of the places counted is to pass, a goal in words
(the count says how many there are, not how many more)."""


def _review_of_some(folded: str, start: int, end: int) -> bool:
    """Whether a review of no kind named (`通过省级评估`) is passed by some of those its clause
    counts (`85%左右的义务教育学校…通过省级管理标准化评估`: the share is the target), or by works
    after 并 (`…竣工，并按计划通过…评估验收`), not by the place the text is about."""
    if not folded.startswith("通过", start) or "督导" in folded[start:end]:
        return False
    clause = re.split(r"[，,。；;：:]", folded[:start])[-1]
    return bool(re.search(r"\d|并", _YEAR_IN_CLAUSE.sub("", clause)))


_YEAR_IN_CLAUSE = re.compile(r"(?:19|20)\d\d\s*年(?:底|末)?前?")


_CLEARED_WORD = re.compile(_CLEARED)
_TASK_BEFORE = re.compile(
    r"(?:巩固|拓展|健全|建立|完善|贯彻|按照|开展|实施|落实|做到|关于|坚持)[^，,。；;：:并]{0,10}$"
)
_TASK_AFTER = re.compile(
    r"[^，,。；;]{0,14}?(?:成果|行动|工程|机制|台账|要求|意见|方案|计划|工作|制度|监测|攻坚"
    r"|情况|纳入|作为|考核)"
)
_GOAL_CUE = re.compile(
    r"(?:19|20)\d\d\s*年|年底|年内|保持|实现|确保|力争|争取|目标"
    r"|大班额|大校额|超规模|辍学|失学|控辍|小学化|无证|空白|危房|督导评估|底线"
)
"""A year, a word of a goal, or what such goals are set for (大班额, 辍学, 危房), in the sentence."""


def _cleared_as_task(folded: str, start: int, end: int) -> bool:
    """Whether a goal that something is gone (_CLEARED) names a task, not a level: what a work
    does (`健全控辍保学动态清零长效机制`, `深入开展全面消除大班额专项行动`, `巩固…成果`), or an
    aim with no year, no word of a goal and none of what such goals are set for in its sentence
    (`全面消除校园安全隐患`)."""
    clause = re.split(r"[，,。；;：:]", folded[:start])[-1]
    sentence = re.split(r"[。；;]", folded[:start])[-1] + re.split(r"[。；;]", folded[start:])[0]
    if _TASK_AFTER.match(folded, end):
        return True
    if _TASK_BEFORE.search(clause) and not YEAR_WRITTEN.search(sentence):
        return True  # `到2028年，通过实施…工程全面消除…大班额`: a dated goal, however reached
    return not _GOAL_CUE.search(sentence) and not folded.startswith("全部达到", start)  # a level


_PLACES_COUNTED = re.compile(
    r"(?:\d+\s*(?:个|所|家)|(?:\d+(?:\.\d+)?\s*%|[一二三四五六七八九十]分之[一二三四五六七八九]|一半|半数)"
    r"\s*(?:以上|左右)?的)[^，,。；;\d]{0,10}$"
)
"""A count or share right before a goal word, in its clause: of the places or schools that
reach it (`3个县（区）通过…`, `一半以上的县（市、区）通过…`); a share right before the word is
its own level (`“100%全覆盖”`)."""


_PROGRAMME_AFTER = re.compile(r"[”\"]?\s*(?:工程|方案|行动|计划|项目|试点|攻坚战|工作|制度|实施)")
"""What a goal word names when a programme's name ends on it (`全覆盖工程`, `“全覆盖”行动`,
`全覆盖实施方案`, `资助全覆盖制度`, `推动…全覆盖工作`): a kind of work or system, not a level
an indicator reaches."""


_BOUND_AFTER = re.compile(r"\s?(?:以上|以下|左右)")


def _opens_quoted_name(folded: str, before: str, raw: str, end: int) -> bool:
    """Whether a number opens a short quoted name (`“15分钟生活圈”`), a share aside."""
    if before in "“" and quotes_works(folded, end - len(raw) - 1):
        return False
    return before in '“"' and not raw.endswith("%") and bool(_QUOTED_NAME_AFTER.match(folded, end))


_BUILD_BEFORE = re.compile(
    r"(?:规划|计划|拟)?(?:新建|建设|改扩建|扩建)\s*(?:“[^“”]*”\s*[、，,和及]?\s*)*$"
)
_WORKS_QUOTED = re.compile(
    rf"[一二三四五六七八九十两\d]+\s*[所个座处]\s*[^“”]{{0,8}}?(?:{SCHOOL_KIND}|校区|中心)"
)


def quotes_works(text: str, opened: int) -> bool:
    """Whether the quote opened at `opened` is a count of schools or centres that a build verb
    sets off (`规划建设“两所学校”、“四个中心”`): the works to build, not a slogan's name
    (_AIM_NAMED)."""
    closed = text.find("”", opened)
    return (
        closed > 0
        and bool(_BUILD_BEFORE.search(text, 0, opened))
        and bool(_WORKS_QUOTED.fullmatch(text, opened + 1, closed))
        and not _AIM_NAMED.match(text, closed + 1)
    )


_AIM_NAMED = re.compile(r"\s*的[^，,。；;“”]{0,6}?(?:目标|理念|愿景|战略|格局|品牌)")
"""`建设“三个一流学校”的教育目标`: a quote the words after call an aim or a vision is that
aim's name (a slogan), not a count of works to build."""

_AT_LEAST = re.compile(r"不低于|不少于|不短于|至少")
"""`提供不少于20天的看护服务`: days a service is guaranteed for, a standard the plan sets."""


def _duration_end(
    folded: str, num: str, unit: str | None, at: tuple[int, int], schooling: bool
) -> int | None:
    """The end of a value, None for a duration that is no target (`3年的培训`, `3个月`); the
    time a school takes to build (`建设周期1-2年`, `工期16个月`) is a value."""
    start, end = at
    listed = bool(_LISTED.search(folded[max(0, start - 12) : start]))
    building = bool(PERIOD_OF_WORKS.search(folded, max(0, start - 12), start))
    if unit == "年" and not (schooling or listed or building):
        return end if _schooling_years(folded, num, start) else None
    if unit in DAYS and not building and not _AT_LEAST.search(folded, max(0, start - 4), end):
        return None  # `开学前30天`, `3天的培训`: days are a target only as a building period
    if unit and any(folded.startswith(w, end) for w in _TIME_AFTER_COUNT):
        if not (unit == "个" and _works_period(folded, start, end)):
            return None
        return end + 1  # values.parse reads 个月 as 个
    return end


_CARE_OF_ALL = re.compile(r"(?:做好|抓好|加强|强化|规范|落实)(?:对)?全(?:区|市|县|省|镇|乡)\s*$")
"""`做好全区58辆校车的安全监管工作`, `加强全市120所学校的食品安全管理`: a task of looking after
all of an area's things counts them as they stand; the count sets nothing. A count with a margin
(`抓好全县30所左右学校的…改造工作`) is a selection the task sets."""
_MEASURES = frozenset(("方", "里", "亩", "米"))
_NAMED_SITE = re.compile(rf"[\u4e00-\u9fff]{{0,2}}?(?:{SCHOOL_KIND}|路|街|村|庄|社区)")
"""`新区五里小学`, `七里村幼儿园`: a spelled number and a measure run into a school's or a
place's noun are its name, no amount (an amount in words is followed by what it measures)."""


_ONE_OF = re.compile(r"(?:(?!列入|纳入|作为|成为|是|为)[^，,。；;：:、\d]){1,24}?之一")
"""`是…确定的12项重大民生工程之一`, `成为全国10个试点城市之一`: one of so many; the count sizes a
list the subject is in, not what anyone is to reach; not where a verb comes between
(`将建设43所幼儿园列入十大民生实事之一`: the 43 is the target listed)."""
_BACK_REFERENCE = re.compile(r"(?:这|這|这些|這些|上述|此|该|該)\s*$")
"""A count after a demonstrative (`这30所学校包括…`, `上述12个项目`, `该73间小学`) points back to one already
printed: no new value."""
_LOCATED = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:分别)?(?:分布在|分布于|位于|坐落在|坐落于|选址在|选址于|分别在)"
)
"""`新建的三所小学分布在…`: a count after 的 whose schools the sentence then places: the schools a
sentence before counted, told where they stand, not a count of its own."""
_AFTER_WHICH = re.compile(r"[^，,。；;：:\d]{0,12}?(?:之后|以后)\s*[，,]")
"""`在…新增2所幼儿园之后，…将达45%`: the count opens a condition (在…之后), the target is what
the clause after it reaches."""
_ABOUT_THE_TEXT = re.compile(
    r"(?:篇幅|字数|全文共)[^。；;，,]{0,16}$"
    r"|指标[^。；;]{0,6}?[上中里][，,]?[^。；;，,]{0,8}类(?:指标)?(?:占比|占)[^。；;，,]{0,3}$"
)
"""What a briefing says of the plan's own text: its length (`总体篇幅比“十三五”规划增加20%`) or
the make-up of its indicators (`在主要目标指标上，民生福祉类占比达三分之一`)."""
_REPOST_FRAME = re.compile(r"小编[^。；;]{0,6}?[给为]大家[^。；;]*$")
"""`以上就是小编给大家带来的…`: a repost site's frame around the headline it retells."""
_LIST_AHEAD = re.compile(r"以下\s*(?:[\d一二三四五六七八九十两]+\s*(?:大类|类|批|组|方面)\s*)?$")
_LIST_PARTS = re.compile(
    r"\s*(?:项|个|方面|条|件)\s*(?:工作|任务|方面|措施|内容|重点|项目|工程|实事)?\s*(?:[：:]|为)"
)
"""`完成以下四项工作：`, `确定以下八类11个项目为…民生实事项目`: a count of the items a text
lists next, one of its own parts."""
_KIND_COUNTED = re.compile(
    r"类[”\"]?\s*[，,（(]?\s*[共计]?\s*$|(?:行动|工程|实事|任务|项目|事项)[”\"]?\s*[（(]\s*[共计]?\s*$"
)
_KIND_COUNT_END = re.compile(r"\s*[项件个]\s*[）)]?\s*(?:\n|$)")
"""`二、“优化公共卫生服务”类，共1项`, `教育类（3项）`, `民生实事：教育优质行动(4项)`: a heading
counting the items of its kind or programme in a list of projects."""
_EXISTING = re.compile(r"(?:现有|現有)\s*$")
"""A count right after 现有 (`在保留现有54处中小学的基础上`, `现有22个省市的…`) is what exists
now: the ground a plan builds on, never what it sets."""
_RANKED_NOUN = re.compile(r"\s*的?(?!以上|以内|以下|左右)[\u4e00-\u9fff]")


def _ranked(folded: str, start: int, end: int, unit: str | None) -> bool:
    """A rank after 前 (`全省前10000名`), or a percentage after it with a noun after it
    (`全球前1%学科数`, `前1‰学科`, `前20%学生`): the top places or share that name who is counted; a share
    reached (`进入全国前10%`) is an amount."""
    if not _RANK_BEFORE.search(folded[:start]):
        return False
    return unit in ("名", "位") or (unit in ("%", "‰") and bool(_RANKED_NOUN.match(folded, end)))


_RANK_BEFORE = re.compile(r"(?<![目之此以当提年])前\s*$")
"""`全省前100名`, `排名前10位`: the top places of a ranking name who a figure counts, they
are no amount (but `目前30名`, `此前` are times)."""
_TRACK_KIND = re.compile(
    r"\s*(?:的)?\s*(?:标准|国际|全)?\s*(?:塑胶|环形|直)*\s*(?:跑道|田径|运动场|操场|游泳)"
    r"(?:[（(][^（）()]{0,16}[）)]|[^，,。；;\d]){0,16}?(?:\d+|[一两二三四五六七八九十])\s*(?:个|座|处|块|片)"
)
"""A length that names the kind of the track or pool counted after it (`800米标准塑胶运动场1个`,
`新建200米环形跑道(含100米直跑道)运动场1个`): the field is the figure, its length its standard.
Alone (`及400米跑道等`) the length is what tells the works."""
_AT_THE_MEETING = re.compile(
    r"\s*(?:候选|备选)|[^，,。；;\d]{0,10}?(?:代表|委员|议员)[^，,。；;\d]{0,8}?"
    r"(?:投票|表决|票决|出席|列席|参会|参加会议)|\s*(?:委员|代表|议员)\s*[:：]"
)
"""The delegates who vote at or attend a meeting (`242名区人大代表现场投票表决`), the
candidates a vote picks from (`从12个候选项目中`) and the members a reply is addressed to
(`罗某等5位委员：`): how a list was chosen, not what it sets."""
_BARE_MAGNITUDE = re.compile(r"[万亿](?=[\u4e00-\u9fff]|\s*[，,。；;]|\s*$)")
"""`100万农村适龄儿童`, `常住人口突破1200万，`: 万 scales the bare number, whether the thing it
counts follows or the clause ends on it."""
_LISTED = re.compile(r"[\d%](?:以上|以下)?\s*[、和及]\s*$")
"""`分别达到98%、60%以上和15年以上`: an item of a list of values, whatever its unit."""
_SCHOOLING = re.compile(r"[”\"]?(?:基础教育|教育|特殊教育|免费教育|义务教育|普及教育)")
"""`普及15年基础教育`, `“十五年”特殊教育`: years of schooling."""
_SPECIAL = re.compile(r"残疾|特殊|特教")


def _special_schooling(folded: str, start: int, end: int) -> bool:
    """Whether years of schooling are special education's (`残疾儿童少年15年基础教育`,
    `“十五年”特殊教育`): the catalog's metric of how far disabled children are schooled, an
    amount. Elsewhere (`基本普及15年教育`, `普及小学到高中阶段12年教育`) the years name the
    schooling a goal in words reaches, not a figure of their own."""
    after = re.match(r"[^，,。；;：:]{0,8}", folded[end:])
    return bool(_SPECIAL.search(_clause_before(folded, start))) or bool(
        after and _SPECIAL.search(after.group())
    )


_LACKING = "尚未|还未|未能|未|没有"
"""Words that say a level is not yet reached (`尚未`, `没有`)."""
_NOT_YET = re.compile(rf"(?:{_LACKING}|不)(?:完|实现|做到|达到)?$")
_CRITERION_BEFORE = re.compile(
    rf"(?:(?:{_LACKING}|刚刚|刚)(?:达到|达)|(?<!不)(?:不足|不满|低于|少于))\s?$"
)
_CRITERION_OPENS = re.compile(r"不足|不满|低于|少于")
_CRITERION_AFTER = re.compile(r"[^，,。；;：:]{0,16}?的")
"""`毛入园率尚未达到90%或刚刚达到90%的县`, `在校生不足100人的学校`: a level that picks out whom
a measure is for."""


def _criterion(folded: str, start: int, end: int) -> bool:
    """A level that picks out whom a measure is for (`尚未达到90%的县`, `少于50人的学校`) or the
    figure a sum is reckoned as (`按100人核定公用经费`): no goal."""
    picks = _CRITERION_BEFORE.search(folded, 0, start) or _CRITERION_OPENS.match(folded, start)
    if picks and _CRITERION_AFTER.match(folded, end):
        return True
    return bool(_AS_IF_BEFORE.search(folded, 0, start) and _AS_IF_AFTER.match(folded, end))


_AS_IF_BEFORE = re.compile(r"按照?\s?$")
_AS_IF_AFTER = re.compile(r"[^，,。；;：:\d]{0,4}?(?:核定|计算|折算|核拨|拨付)")
"""`按100人核定公用经费`: the figure a sum is reckoned as, no target."""
_LENGTH_NOTE_BEFORE = re.compile(r"[（(]\s*(?:约|限|不超过|不少于)?\s*$")
_LENGTH_NOTE_AFTER = re.compile(r"\s*(?:余|多)?\s*(?:字|千字|万字)\s*(?:左右|以内)?\s*[)）]")
"""`（约800字）`, `(限500字以内)`: a bracketed count of characters after a part's name tells how long
an outline or a form wants that part written, no target."""
_CHARACTERS = re.compile(r"字(?![号体画])")


def _length_note(folded: str, start: int, end: int) -> bool:
    """A note of how long a part or a field is to be written: bracketed (`（约800字）`) or the
    most characters it may take (`名称…应不超过30个字`), no target (unlike `识字2500个字`)."""
    bracketed = _LENGTH_NOTE_BEFORE.search(folded, 0, start) and _LENGTH_NOTE_AFTER.match(
        folded, end
    )
    most = re.match(r"(?:不超过|不多于)\d+个$", folded[start:end])
    return bool(bracketed or (most and _CHARACTERS.match(folded, end)))


_SHARE_OF_WHOM = re.compile(r"占[^，,。；;：:\d]{1,12}$")
_PLACES_PICKED = re.compile(r"的[^，,。；;：:\d]{0,6}?(?:市|县|区|乡镇|地区|学校|班级)")
"""`外来务工子女占学生总数30%以上的县区控制在…`: a share of whom, bounded and followed by 的 and
the places, picks out those places; the figure after is their goal."""
AREAS_COVERED = re.compile(r"\s?(?:以上|左右)?的地区((?:基本)?(?:普及|实现)[^，,。；;]{2,16})")
"""`在占全国人口85%的地区普及九年义务教育`: the share of the people a goal reaches, the goal."""
_COUNT_VERB_BEFORE = re.compile(rf"(?:{COUNT_VERBS})\s?$")
_SCALED_LIST = re.compile(rf"(?:{COUNT_VERBS})\s?\d+(?:\.\d+)?[万亿][^\d，,；;。、]{{1,16}}、\s?$")
_CLAUSE_MARK = re.compile(r"[，,。；;：:！？]")
_FOREIGN = "美元|美金|欧元|英镑|日元"
"""Foreign currencies, in which news glosses a sum again (`约10亿美元`)."""
CURRENCY = rf"(?:{CURRENCIES_FIRST}|{_FOREIGN})"
"""The currencies a sum is printed or glossed in (`5亿元人民币`, `（约台币二十亿元）`): those the
grammar reads before a number, and foreign ones."""
_CONVERTED = re.compile(
    rf"(?:约合|折合|折算为|折算成|换算成|[，,(（]\s?(?:折|合)约?)\s*{CURRENCY}?\s*$"
)
_GLOSSED = re.compile(rf"(?:元|{CURRENCY})\s*[(（]\s*约?\s*{CURRENCY}\s*$")
"""`节省约五千人民币（约台币二万二千元）`: a sum glossed in brackets in another currency, the
currency named before the figure: the same sum again."""
_IN_BRACKET = re.compile(r"[(（][^()（）]{0,16}$")
_FOREIGN_MONEY = re.compile(rf"\s?(?:{_FOREIGN})")
"""A sum printed again in another currency (`约合人民币5亿元`, `（约10亿美元）`), or an area in
another unit (`367832.4平方米,折551.7亩`, `34616平方米(合51.92亩)`): the same figure."""
_HEADCOUNT_REACHES = re.compile(
    r"(?:人数|人次|学生|幼儿|儿童)[^，,。；;\d]{0,6}?(?:达到|达|突破|超过|增至|增加到)\s*$"
)
"""`受益学生人数预计将达到`: what follows counts people, though it prints only 万 (`14万`)."""


SUM_BEFORE = re.compile(
    r"(?:投资|概算|估算|预算|经费|资金|投入|造价)(?:总额|总计|额)?\s*(?:为|约为?|达到?|共|计)?\s*$"
)
"""`投资概算11601万`, `总投资约3000万`: a sum of money whose 元 the writer left out after 万."""
_PEOPLE_COUNTED = re.compile(r"(?:人数|人次)\s*$")
_BOUNDED_WAN = re.compile(r"万\s*(?:以上|左右|以内|以下)")
"""`就业人数24万以上`: a number of people a bare 万 scales and a bound closes, printed right after
人数 with no verb between."""


def _runs_on(folded: str, start: int, end: int) -> bool:
    """A count of classes or schools whose digits run on into a second figure (_COUNT_WORD_END)."""
    unit = _COUNT_WORD_END.search(folded[: end + 24], max(start, end - 3))
    return unit is not None and unit.end() == end


_SESSIONS = ("场次", "场", "人次", "次")
"""Units of events held: a count of them (`5000场次专题教育`) counts what is done, never the
plan's parts, whatever word follows."""


def _counts_parts(folded: str, unit: str, start: int, end: int) -> bool:
    """Whether a count counts the plan's or a programme's own parts (`11个方面`, `四方面`,
    `17个教育发展重点工程`, `实施重点民生实事18件`, `18个子项目`) or the set a breakdown is of,
    not works listed one by one (`…迁建、…新建等5项工程`)."""
    if _WORKS_LISTED.search(_clause_before(folded, start)) or unit in _SESSIONS:
        return False
    if (
        _PARTS.match(folded[end:])
        or _PARTS.match(unit + folded[end:])
        or (unit in ("项", "条") and _TASKS_NAMED.match(folded, end))
    ):
        return True
    if unit in _PART_UNITS and (
        _PARTS_NAMED.match(folded[end:])
        or _OUTLINE_PARTS.match(folded[end:])
        or _PARTS_BEFORE.search(folded[:start])
        or (unit == "项" and _MAJOR_PROJECTS.match(folded[end:]))
        or _SUB_ITEMS.match(folded, end)
    ):
        return True
    return bool(_IN_SET.match(folded[end:])) and not _PLANNED_SET.search(folded, 0, start)


_PLANNED_SET = re.compile(
    r"(?:(?:计划|拟|将|要)(?:新建|建设|改扩建|扩建|新增|兴建)|新(?:投用|投入使用|启用|开办))的\s*$"
)
"""`今年计划建设的60所幼儿园中，25所…`, `新投用的18所学校中，…`: the set a breakdown is of is
the programme's total, set by the words before it, not a total printed before."""


def _schooling_years(folded: str, num: str, start: int) -> bool:
    """Years of schooling (年限) named in the figure's clause, or in its sentence a clause before
    (`平均受教育年限为9.94年，确定2015年目标值为12.2年以上`) when the figure is one a person's
    schooling can reach (6 to 20 years)."""
    if "年限" in _clause_before(folded, start):
        return True
    sentence = re.split(r"[。；;！？]", folded[:start])[-1]
    return "年限" in sentence and _at_least(num, 6) and not _at_least(num, 21)


_AGE_MEASURED = re.compile(r"寿命|年龄(?!人口)")
"""What a figure in 岁 measures when it is a value: a life or an age (`人均预期寿命78.3岁`)."""


def _age_measure(folded: str, start: int) -> str:
    """The words that may name what an age measures: the clause before a figure, and the
    one before that when this clause only reaches it (`人均预期寿命提高1岁，达到78岁`)."""
    clause = _clause_before(folded, start)
    if re.fullmatch(rf"\s*(?:并|将)?\s*{REACHES}\s*", clause):
        return _clause_before(folded, max(0, start - len(clause) - 1))
    return clause


_SESSIONS_HELD = re.compile(
    r"(?:举办|开办|举行|组织|开展|培训|编发|编印|刊发|出刊|印发)[^前后第]*$"
)
"""A clause that holds sessions (`举办教师培训200期`) or puts out issues (`编发《…简报》不少于12期`):
only there does 期 count them; elsewhere it names a phase of works or a programme (二期工程,
前两期) or a journal's issue (2017年5期)."""


def _clause_before(folded: str, start: int) -> str:
    before = folded[:start]
    marks = list(_CLAUSE_MARK.finditer(before))
    return before[marks[-1].end() :] if marks else before


def _bare_count(folded: str, m: re.Match[str], start: int, end: int) -> bool:
    """`（续建8个，新建3个…）`, `改扩建5，新建6`, `建立2-3老年大学`: a number with no unit
    right after a counting verb is a count; so is one a bare 万 or 亿 scales (`培训40万农民工`)."""
    scaled = _BARE_MAGNITUDE.match(folded, end)
    if scaled and _SCALED_LIST.search(folded, 0, start):
        return True  # `培训40万农民工、8万退役军人`: the list's next item, counted as the first
    if scaled and _HEADCOUNT_REACHES.search(_clause_before(folded, start)):
        return True  # `服务学生人数将达到14万以上`: a number of people a bare 万 scales
    if scaled and _PEOPLE_COUNTED.search(folded, 0, start) and _BOUNDED_WAN.match(folded, end):
        return True  # `城镇年均新增就业人数24万以上`: people, with a bound and no verb
    if scaled and scaled.group() == "万" and SUM_BEFORE.search(_clause_before(folded, start)):
        return True  # `投资概算11601万`: a sum in 万 with its 元 left out
    if not _COUNT_VERB_BEFORE.search(folded[max(0, start - 6) : start]):
        return False
    if m["num2"] or scaled:
        return True
    after = folded[end : end + 1]
    return m["num"].isdigit() and (not after or after in "，,、；;）)。")


def _unit_printed_after(folded: str, num: str, start: int, end: int) -> bool:
    """`分别提高3和5个百分点`, `分别达到95和98%`: a bare first value of a list after 分别 whose
    unit is printed once, after the last (prose.py gives it that unit)."""
    return (
        bool(re.fullmatch(r"\d+(?:\.\d+)?", num))
        and bool(LIST_UNIT.match(folded, end))
        and bool(RESPECTIVE.search(_clause_before(folded, start)))
    )


def _bare_amount(folded: str, m: re.Match[str], start: int, end: int) -> bool:
    """A number with no unit that is an amount all the same: a count or a rate."""
    return (
        _unit_printed_after(folded, m["num"], start, end)
        or _bare_count(folded, m, start, end)
        or _bare_rate(folded, m["num"], start, end)
        or _bare_coefficient(folded, m["num"], start, end)
        or _bare_zero(folded, m["num"], start, end)
        or _bare_next_of_list(folded, m["num"], start, end)
    )


_LIST_OPENS = re.compile(
    rf"分别\s?(?:{REACHES}|为|是|保持在?|控制在|不高于|不低于|不超过|不少于|低于|高于|小于|大于)?\s?$"
)
_LIST_GOES_ON = re.compile(r"分别[^，,。；;]*?\d(?:%|％)?\s?[、和及与]\s?$")
_LIST_NEXT = re.compile(r"\s?(?:%|％)?\s?[、和及与]\s?[≤≥<>]?\s?\d")
_LIST_CHAIN = re.compile(r"(?:\s?(?:%|％)?\s?[、和及与]\s?[≤≥<>]?\s?\d+(?:\.\d+)?)*")
_LIST_ENDS = re.compile(r"\s*(?:以内|以下|以上|左右)?\s*(?:[，,；;。）)]|$)")


def _bare_next_of_list(folded: str, num: str, start: int, end: int) -> bool:
    """`校际差异系数分别为0.45、0.40`, `分别不高于0.50和0.45`, `生师比分别不高于19、13.5、12.5`: bare
    numbers a `分别` list gives, one after another, are its items' values: the first right after
    `分别` and its verb, with the next number after it; each later one right after the number
    before it, up to the clause's end."""
    if _PLAIN.fullmatch(num) is None:
        return False
    chain = _LIST_CHAIN.match(folded, end)
    if chain is None or not _LIST_ENDS.match(folded, chain.end()):
        return False  # `分别得10、8、6、4分`: the items share the unit printed after the last
    first = _LIST_OPENS.search(folded, max(0, start - 12), start) and _LIST_NEXT.match(folded, end)
    later = _LIST_GOES_ON.search(folded, max(0, start - 60), start)
    return bool(first or later)


_PLAIN = re.compile(r"\d{1,4}(?:\.\d{1,3})?")


_RATE_BEFORE = re.compile(rf"(?:率|比例|占比|比重)\s?(?:均|都|分别)?\s?(?:{REACHES}|保持)?\s?$")
_RATE_ENDS = re.compile(r"\s*(?:[，,；;。）)]|$)")


def _bare_rate(folded: str, num: str, start: int, end: int) -> bool:
    """`巩固率达到99，`, `入学率100 ，`: a number of at most 100 right after a rate's name that
    closes its clause is the rate in percent, its `%` lost by the page (prose.py gives it
    the unit back). A goal's rate is round (`99`, `95.5`); one printed to two places
    (`上线率达38.97`) is a rate measured and reported, not set."""
    return (
        bool(re.fullmatch(r"\d+(?:\.\d)?", num))
        and not _at_least(num, 101)
        and bool(_RATE_BEFORE.search(folded, max(0, start - 12), start))
        and bool(_RATE_ENDS.match(folded, end))
    )


_ZERO_BEFORE = re.compile(r"(?:事故|事件|案件|问题)\s?(?:数)?\s?(?:为|是|保持为?)\s?$")


def _bare_zero(folded: str, num: str, start: int, end: int) -> bool:
    """`重大安全责任事故为零`, `审计问题为0`: none of what must not happen, a goal of zero that
    closes its clause (the count has no unit: there is nothing to count)."""
    return (
        num in ("0", "零")
        and bool(_ZERO_BEFORE.search(folded, max(0, start - 12), start))
        and bool(_RATE_ENDS.match(folded, end))
    )


_COEFFICIENT_BEFORE = re.compile(
    rf"系数\s?(?:将|要)?\s?(?:均|都|分别)?\s?(?:(?:{CHANGE}|降|控制|保持|稳定)(?:到|至|在)"
    r"|达到|达|为)\s?$"
)


def _bare_coefficient(folded: str, num: str, start: int, end: int) -> bool:
    """`差异系数将缩小至0.3，`, `用水有效利用系数提高到0.53`: a fraction below one after a
    coefficient's name and the verb that moves it is the coefficient, which has no unit."""
    return (
        bool(re.fullmatch(r"0\.\d{1,3}", num))
        and bool(_COEFFICIENT_BEFORE.search(folded, max(0, start - 12), start))
        and bool(_RATE_ENDS.match(folded, end))
    )


_NOT_EVEN_ONE = re.compile(r"(?:不|没有|无)[^，,。；;\d]{0,8}?(?:出现|发生|有|让|使)\s*$")
"""`不因撤并出现一名学生失学辍学`, `不让一个孩子掉队`: a negated one, no count but a goal of none."""
_CN_COUNT_VERBS = re.compile(
    rf"{COUNT_VERBS}|增设|增加|增建|添购|采购|购置|补充|配备|撤并|新开园?|开园|开办|(?:必须|应当|应该|应|须|要|将|拟|计划)建\s*$"
    r"|(?<![建假开增])设(?:置|有)?\s*$"
    r"|(?:预计|计划|将|将会|有望)有\s*$"
)
"""Verbs that count what is added (`增设四园`, `增加十九班`, `添购五万台平板`, `补充小学教师三十名`,
`配备校车四辆`), merged (`撤并三个教学点`) or opened (`新开园十所幼儿园`): after
them a count in words is an amount, as after 新建, and so after a school's 设 (`计划设十八班`);
so is a bare 建 after a word of duty or intent right before it
(`每县应建一所`), not a motto's (`做到建一所、成一所`), and what is expected to be had
(`预计有四所新校投入使用`)."""


COUNTER = r"(?:(?:浏览|阅读|点击|评论|点赞|收藏|转发)(?:量|数|次数)?|访问(?:量|次数))\s*[:：]?"
"""A page's own counter before its number (`浏览 0 次`, `阅读量：1203`, `点击数：56`): site
furniture, in a line of its own (sections._FURNITURE) or in a longer one (_PAGE_COUNTER)."""
_PAGE_COUNTER = re.compile(rf"{COUNTER}\s*$")
_COUNTER_AFTER = re.compile(
    r"\s*(?:浏览|阅读|点击|访问|(?<=小时)\s*(?:新闻|热点|热门|热文)?\s*(?:排行|热榜|排名))"
    r"(?![\u4e00-\u9fff]{0,4}(?:率|量|人数))"
)
"""What follows a number's `次` when the number is the page's counter (`0次浏览`): the counter
written the other way round, which no plan sets; a site's menu of the day's most read
(`24小时新闻排行榜`)."""
_SCORING_STEP = re.compile(r"\s*[，,]?\s*[扣得]\s*[\d.一二三四五六七八九十]+\s*分")
"""A performance form's scoring column (`每降低1%扣1分`, `每超出10天扣1分`, `…满意程度95%以上得10分`):
the step that costs points or the mark a level earns, which sets no target of its own (the
indicator's value cell does)."""
_COPULA = re.compile(r"(?:是|成为|作为)$")
"""`建成后…将是一所现代化学校`, `成为一所…的学校`: 一 after a copula is the article "a", which
describes what a thing is; it counts nothing, whatever verb came before."""


_ONLY = re.compile(
    r"(?:(?<!不)(?:只|仅)(?:能|可|准|许|限)|限(?:报|选|填|领|购|申报|申请))[\u4e00-\u9fff]{0,4}$"
)
"""`每名儿童只能获得一个编号`, `每户限报一所学校`: one that each (每) may have, a rule of
procedure put on each applicant, not an amount a plan sets (`全县仅能新建一所高中` is one)."""
_GRADE = re.compile(rf"[{_CN}](?:级|流|类|星)")
"""`至少有一所一级达标高中`: a grade after a count in words (一级, 一流), not a number run on."""
_REACHES = re.compile(r"(?:达到?|达至|提高到|提升到|增至|增加到|降至|降到|降低到)$")
"""A verb of reaching right before a number in words: the number is the level reached (of a
measure: `达到一个…的比例` is an article, `总数达四十三园` a count the reader judges by its
other words). Narrower than text.REACHES: before a number in words `为` (`合为一体`) or
`控制在` brings a level only where a bound or 左右 closes it (_HELD_AT)."""
_COUNTED = frozenset("个园所家种项批类次位名人班间座处条件张台套")
_HELD_AT = re.compile(rf"{REACHES}\s*$")
"""`控制在十四亿以内`, `系数为三左右`: a verb that holds a measure at a level right before a
number in words that a bound or 左右 closes: the level, with or without a unit."""
_SCHOOL_SPAN = re.compile(rf"[{_CN}]+年(?:一贯)?制")
"""`新增三所九年一贯制学校`: a count in words run into a school's span of grades, which opens
the name of what is counted (not a number run on, as in `三十`). Only a count above one: `建成
一所九年一贯制学校` most often describes the one school a sentence is about."""


_CLASSES_SCHOOL = re.compile(rf"(?:{SCHOOL_KIND}|幼稚园)(?!生)")
"""`计划设十八班小学、十二班幼稚园`: classes in words right before a kind of school are the size
of that school, a count wherever it stands."""


_DESCRIBED_ONE = re.compile(r"[^，,。；;\d]{4,}?的[^，,。；;\d]{1,12}(?:[，,。；;]|$)")
"""`一个…的服务格局`, `一座节能、减碳…的建筑`: 一个 before a long description is the article "a"."""


_BECOMING_ONE = re.compile(
    r"(?:打造|办成|成为|营造|提供|^[^，,。；;]*把[^，,。；;]+(?:建成|建设成|建设为|办成))\s*$"
)
"""Verbs of what a place or school is to become or give (`打造一所…`, `提供一个更好的环境`,
`把某小学建成一所…`): its one is the article "a", not a count."""


_MEASURED = ("平方米", "公里", "元")
"""The base units of areas, lengths and sums (data/units.yaml), which no idiom counts in."""


def _cn_count(folded: str, m: re.Match[str], start: int, end: int) -> bool:
    """A count in Chinese numerals (`十项`, `改建一所`, `至少一次`) is a value only after a
    comparator, a counting verb in its clause, or 每: elsewhere 三项改革, 两个大局,
    二次全会, 一批 are words, not amounts; 二次 before a word (`完成二次供水设施改造`) is
    "secondary", not a count."""
    num, unit, prefix = m["num"], m["unit"], m["prefix"]
    after, clause = folded[end : end + 1], _clause_before(folded, start)
    if num in ("百", "千") and re.match(r"[几数上每/]", folded[start - 1 : start]):
        return False  # `数百所`, `每千名`: some hundreds, per thousand
    if m["suffix"] and _HELD_AT.search(folded, max(0, start - 4), start):
        return True
    if not unit and _bare_zero(folded, num, start, end):
        return True  # `重大安全责任事故为零`: a goal of none
    if not unit or (after and after in "“\"'") or _IDIOM.match(folded[end:]):
        return False
    if unit == "班" and _CLASSES_SCHOOL.match(folded, end):
        return True  # `十八班小学`: a school of eighteen classes
    if (
        re.match(rf"[{_CN}]", after)
        and not _GRADE.match(folded, end)
        and not (num != "一" and _SCHOOL_SPAN.match(folded, end))
    ) or folded[max(0, start - 1) : start] == "届":
        return False
    if num == "一" and unit in ("个", "座", "种") and _DESCRIBED_ONE.match(folded, end):
        return False  # `形成一个面向每位师生…的服务格局`: "a", not a count
    if num == "一" and _NOT_EVEN_ONE.search(folded, max(0, start - 16), start):
        return False  # `确保不因撤并出现一名学生失学辍学`: not a single one, a goal of none
    if num == "一" and unit in ("所", "个", "座") and _BECOMING_ONE.search(clause):
        return False  # `打造一所文化强校`, `把某小学建成一所…现代化学校`: what it is to be
    if num == "一" and (
        _COPULA.search(folded[max(0, start - 3) : start])
        or (
            _ONLY.search(folded[max(0, start - 8) : start])
            and "每" in folded[max(0, start - 16) : start]
        )
    ):
        return False
    if num == "零":
        return False  # `零件`, `零部件`, `零星`: a word; nothing is counted as 零 of a unit
    if unit in ("万元", "亿元", "万亿元"):
        return True  # `减少三十亿元`: money in 万 or 亿 is an amount; no word is written so
    measured = unit in UNITS and UNITS[unit][0] in _MEASURED
    if measured and (len(num) >= 3 or unit[0] in "万亿" or num[-1] in "十百千万"):
        return True  # `二千一百零四平方公尺`, `二万平方米`: an area, a length or a sum in words
    if num == "二" and unit == "次" and re.match(r"[\u4e00-\u9fff]", after):
        return False  # `二次供水`, `二次装修`: secondary; times are counted 两次
    if len(num) >= 3 and re.search("[百千万亿]", num) and re.search("[一二两三四五六七八九]", num):
        return True  # `八百五十间`, `一万二千人次`: a number spelled at length (not 千百万) is no word's
    if re.fullmatch("[二两三四五六七八九][千万亿]", num) or (
        re.fullmatch("[二两三四五六七八九]", num) and unit[0] in "千万亿"
    ):
        return True  # `配送图书两万册`, `三千人次`: thousands counted, no idiom's
    if _article(folded, start, end) and not (
        prefix or _AT_LEAST_VERB.search(folded[:start]) or _CN_COUNT_VERBS.search(clause)
    ):
        return False
    if prefix or _once_per(folded, start, unit) or _AT_LEAST_VERB.search(folded[:start]):
        return True
    if _part_of_total(folded, start, unit):
        return True
    if _BOUND_BEFORE_OBJECT.search(folded, 0, start):
        return True  # `至少应有老年大学一所`: the least there must be
    if unit == "%" or (unit not in _COUNTED and _REACHES.search(folded, max(0, start - 4), start)):
        return True  # `公共化比率将达四十六%`, `人均体育场面积达到一平方米`: a level reached
    if num in ("一", "〇", "零") and unit in ("批", "支", "套", "种", "些", "系列", "次"):
        return False
    return bool(_CN_COUNT_VERBS.search(clause))


_PART_OPENS = re.compile(
    r"(?:包括|其中|含)\s*[，,：:]?\s*(?:[^，,。；;：:]*?[和及与、]\s*)?[^，,。；;：:\d和及与、]{0,12}$"
)


def _part_of_total(folded: str, start: int, unit: str) -> bool:
    """`四所学校投入使用，包括两所幼儿园和两所小学`, `…二十五个以上，其中学前教育集团七个、义务教育
    集团十六个`: a count in words after 包括 or 其中 (or after a part listed so, its noun before
    it or after) splits a total counted in the same unit before it in the sentence (所 and 个
    count alike, levels.COUNTERS: `示范校不少于十所，其中教学点三个`): an amount, each part a
    record."""
    sentence_start = max(folded.rfind(mark, 0, start) for mark in "。；;\n") + 1
    lead = _PART_OPENS.search(folded, sentence_start, start)
    if lead is None:
        return False
    same = {unit, COUNTERS.get(unit, unit), *(k for k, v in COUNTERS.items() if v == unit)}
    units = "|".join(re.escape(u) for u in sorted(same))
    total = rf"(?:\d+(?:\.\d+)?|[{_CN}]+)\s*(?:{units})"
    return re.search(total, folded[sentence_start : lead.start()]) is not None


def _article(folded: str, start: int, end: int) -> bool:
    """`每一个孩子都有一个学位`, `每天多吃一个鸡蛋`: 一个 right before its noun is the article "a",
    which says what each has or does; only a verb that adds things (`建设一个新校区`) or a
    comparator makes it a count."""
    return folded[start:end] == "一个" and bool(re.match(r"[\u4e00-\u9fff]", folded[end : end + 1]))


_LAST_MINUTE = 59


def _is_time(folded: str, start: int, a: str, b: str) -> bool:
    """`14:42` after a date, any `hh:mm` with a leading zero, or `9:30` with no word of a
    ratio before it (`师生比达到1:12` is a ratio, and so is the end of `由1:11改善至1:10`),
    reads as a clock time."""
    if any(x.startswith("0") and not x.startswith("0.") for x in (a, b)):
        return True
    if not b.isdigit() or int(b) > _LAST_MINUTE:
        return False  # `1:80`: no clock has eighty minutes
    before = folded[max(0, start - 12) : start]
    if re.search(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*$", before):
        return True
    ratio_word = re.search(
        r"比(?:例)?\s*(?:达到|为|不低于|不高于|不超过|控制在|保持在)?\s*$", before
    )
    if (
        len(b) == 2
        and not ratio_word
        and re.search(r"时间|时刻|上午|下午|早上|晚上|每天|开放", before)
    ):
        return True  # `开放时间为8:30至17:30`, `每天 16:30 以后`: a clock's time
    named = re.search(r"比|达到|为|控制在", before[-6:])
    moved = re.search(
        r"比[^，,。；;\d]{0,12}?[由从]\s*\d+\s*[:∶]\s*\d+[^\d，,。；;]{0,4}(?:至|到)\s*$",
        folded[max(0, start - 30) : start],
    )
    return len(b) == 2 and a.isdigit() and int(a) < 24 and not named and not moved


_EACH_ALL = re.compile(r"各[^，,。；;、]{1,8}(?:都|均)[^，,。；;、]{0,4}$")
"""`各乡镇都拥有一所`, `各街道均建有一所`: 各 … 都 says each, as 每 does."""


def _once_per(folded: str, start: int, unit: str | None) -> bool:
    """`每天锻炼一小时`, `每个乡镇都有一所`: one for each is a count (but `每一所` is "every")."""
    if folded[start - 1 : start] == "每":
        return False
    return unit in ("小时", "次", "所", "个", "名") and (
        "每" in folded[max(0, start - 10) : start]
        or bool(_EACH_ALL.search(folded, max(0, start - 16), start))
    )


def _at_least(num: str, floor: int) -> bool:
    """Whether a printed number (arabic or Chinese) is at least `floor`."""
    try:
        return parse(num + "个").value >= floor  # type: ignore[operator]
    except (ValueParseError, TypeError):
        return False


def _is_year(num: str, unit: str | None, folded: str, end: int) -> bool:
    if not num.isdigit() or len(num) != 4 or not 1949 <= int(num) <= 2100:
        return False
    if unit == "项" and folded.startswith("目", end):
        return True  # `2023项目支出绩效目标表`: the year of a project, 项 opens 项目
    return unit in (None, "年") or folded.startswith("年", end)


@lru_cache(maxsize=4096)
def _parses(raw: str) -> bool:
    try:
        parsed = parse(raw)
    except ValueParseError:
        return False
    return parsed.op != "text"
