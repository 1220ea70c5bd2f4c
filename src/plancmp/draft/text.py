"""Small text helpers the drafter shares: width folding, sentences, clauses, years.

Everything here keeps positions: a match found in folded text is the same slice of the
printed text, so `raw` and `quote` are always copied from the document, never rebuilt.
"""

from __future__ import annotations

import re
from functools import lru_cache

from plancmp.numerals import number, spelled_digits
from plancmp.phrases import CHANGE_VERBS, MODALS, PREFIXES

CORNER_QUOTES = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"})
"""Corner quotes as the mainland's: Hong Kong and Taiwan print `「十四五」` where it prints `“十四五”`."""
_FOLD = (
    str.maketrans(
        {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)} | {"\u3000": " ", "\u00a0": " "}
    )
    | CORNER_QUOTES
)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Full-width letters, digits and signs as half-width (９０％ → 90%), corner quotes as the
    mainland's (`「十四五」` → `“十四五”`, as Hong Kong and Taiwan print them), and a year in Chinese
    digits as ours (二〇二五年 → 2025年), one character for one, so that offsets in the folded
    text are offsets in the printed text. Cached: the readers fold the same sentence again and
    again (a long plan folds about four times as many characters as it has)."""
    return _western_year_digits(text.translate(_FOLD))


_FIGURES = str.maketrans(
    {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)} | {"．": ".", "％": "%"}
)
"""Full-width digits, point and per cent sign as half-width: the characters of a figure."""


def fold_figures(text: str) -> str:
    """Figures and years as half-width (`２０２６年３５０套` → `2026年350套`, `二〇二六年` → `2026年`),
    one character for one, the words and their marks as printed (a name keeps its `（…）`)."""
    return _western_year_digits(text.translate(_FIGURES))


def _western_year_digits(text: str) -> str:
    """A year in Chinese digits as ours (二〇二五年 → 2025年), one character for one."""
    if "年" in text and _CN_YEAR_DIGITS.search(text):
        text = _CN_YEAR_DIGITS.sub(lambda m: m.group().translate(_CN_DIGITS), text)
    return text


_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
_CN_YEAR_DIGITS = re.compile(
    r"(?<![〇○零一二三四五六七八九十百千万\d])[一二][〇○零一二三四五六七八九]{3}(?=\s*年)"
)
"""A year in Chinese digits, each digit one character (`二〇二五年`, `一九九八年`)."""


_PINYIN = "[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}"
_SENTENCE_END = re.compile(
    rf"[。！？；;!\n]+|(?:(?<![\u4e00-\u9fff])|(?<=[吗呢吧么啊]))\?+|\?+(?![\u4e00-\u9fff]|{_PINYIN}\))"
    r"|\[\d{1,3}\](?=\s*-|\s|$)"
    r"|(?<=[a-z])\.(?=\s*[\u4e00-\u9fff])"
    r"|(?<=[\d%])\.(?=\s*[\u4e00-\u9fff])(?!\s*[零〇一二三四五六七八九十百千万亿])"
    r"|(?<=[\u4e00-\u9fff)）\-])(?<![零〇一二两三四五六七八九十百千万亿])\.(?=\s*[\u4e00-\u9fff])"
    r"(?!\s*[零〇一二两三四五六七八九十百千万亿])"
)
"""`?` between two characters of a word (`学?偭康`) stands for one the page lost, not a question;
so does one before the lost character's reading a repost left in (`大家?guī)砹`).
A citation mark before a list dash or a space (`…全部实现覆盖[2] - 某县…`) closes a compiled
round-up's item, as a full stop would. An English full stop after a word or a number, before
a Chinese character (`…grow faster.此项计划…`, `…by 2027.计划…`), ends a bilingual page's
sentence, so the English one is told from the Chinese; English sentences among themselves stay
one run, which is read as English as a whole. An ASCII full stop between Chinese words
(`学生人数360人.具体内容…`, as a database's text writes 。) ends a sentence too. A number's
point before a numeral (`92.六亿元`, a reposting site's spun digits) ends nothing."""


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, its closing mark included; blank ones left out.

    `；` ends a sentence too: plans list targets as `…达到90%；…不低于80%。`.
    """
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start : m.start()].strip():
            out.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


_CLAUSE_END = re.compile(r"，|(?<!\d)[：:]|[：:](?!\d)|,(?<!\d,)|,(?!\d{3}(?!\d))")
"""A comma or a colon ends a clause; an ASCII comma grouping digits in threes (`8亿8,233万元`)
does not, nor a colon between two digits (a ratio, `由1:12改善至1:11`)."""
_PHRASE_GAP = re.compile(
    r"(?<=[\u4e00-\u9fff%])[ \u3000](?=[\u4e00-\u9fff])(?!用于|和|及|与|或|左右|以上|以下)"
)
"""A space between a headline's phrases; `…万元 用于…` goes on saying what the money is for,
`…45% 和26%` joins the next item of a list, `…% 左右` qualifies the value."""


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the comma-separated clauses of text[start:end], outside short quotes
    (`“一次规划、分步实施”`); a colon inside brackets (`公办(繁体:辦)`) ends nothing. A
    quote of whole sentences (reported speech, or one left open) is split like any text."""
    out, begin, bracketed = [], start, 0
    quoted = _short_quotes(text, start, end)
    for i in range(start, end):
        ch = text[i]
        if ch in "(（[【{《":
            bracketed += 1
        elif ch in ")）]】}》" and bracketed:
            bracketed -= 1
        elif i not in quoted and _CLAUSE_END.match(text, i) and not (bracketed and ch in "：:"):
            out.append((begin, i))
            begin = i + 1
        elif not bracketed and _PHRASE_GAP.match(text, i) and i > begin:
            out.append((begin, i))  # `将投入24亿元 未来3年共建…`: a headline's phrases
            begin = i + 1
    out.append((begin, end))
    return [(s, e) for s, e in out if e > s]


def _short_quotes(text: str, start: int, end: int) -> set[int]:
    """Positions inside quotes that close and hold no sentence of their own."""
    inside: set[int] = set()
    for m in _QUOTE.finditer(text, start, end):
        inside.update(range(m.start(), m.end()))
    return inside


_QUOTE = re.compile(r"“[^“”，,。；;！？]*”")


COUNT_VERBS = (
    "新增|新建|新改扩建|改扩建|扩建|改建|迁建|续建|建设|建成|培养|培育|引进|创建|创成|打造|开设|评选"
    "|选树|选拔|选派|选用|完成|开发|形成|签订|实施|设立|组建|成立|举办|招聘|认定|挖掘|孵化|争创|建立"
    "|提供|开展|结对|帮助|投入|投资|开通|推出|遴选|命名|培训|新结对|新开设|新培养|认证|评定|招收|录取"
    "|创办|兴办|新办"
)
"""Verbs that count what a plan will make or do: a number after them is an amount."""
WORKS = "迁建|新建|改扩建|扩建|续建|改建"
"""Verbs of one building work (`甲中学迁建`, `乙小学改扩建`), as a list of works names them."""
RUNNING_TOTAL = "累计"
"""The word of a running total (`累计新增学位12000个`): a schedule's value so worded is the
sum to its year, not that year's own (scope.scheduled_rows, prose._a_years_own)."""


def longest_first(word: str) -> tuple[int, str]:
    """A sort key for the words of an alternation: the longest first, as a regular expression
    tries them in order (`提高到` before `提高`), and the same order in every run (a set's own
    order changes from run to run)."""
    return -len(word), word


CHANGE = "|".join(sorted(CHANGE_VERBS, key=longest_first))
"""The verbs of change of the value grammar (phrases.CHANGE_VERBS) as a pattern: `提高`, `压减`."""
TO_VERB = rf"(?:(?:{CHANGE}|调整|调减|调增|改善|优化|增|降|升)(?:到|至)|(?:{CHANGE}|调整|调减|调增|压缩|缩减|合并|整合)为)"
"""The verb of a from-to (`提高到`, `调整到`, `降至`, `由168所调整为98所`, `由50%调减为48%`): what naming reads as
one and what dating reads as a level's start, not its year."""
_NOT_BROUGHT = frozenset({"保持", "实现"})
"""Words of the value grammar that give a level but bring nothing to it: 保持 keeps what
stands (`保持稳定`), 实现 achieves (`实现全覆盖`); a reader adds them where they serve."""
REACHES = (
    "(?:"
    + "|".join(
        sorted(
            {w for w, op in PREFIXES.items() if op == "=" and w.isalpha()} - _NOT_BROUGHT,
            key=longest_first,
        )
    )
    + ")"
)
"""Verbs that bring a rate to a level (`达到`, `提高至`, `缩小到`, `控制在`): the value grammar's
words of a level (phrases.PREFIXES with op `=`, not the sign itself)."""
REACHES_LONG = rf"(?!达(?!到)|为){REACHES}"
"""The verbs of REACHES but the one-character 达 and 为, which stand in any sentence: safe to
look for anywhere in one (`降至`, `达到`)."""
LIST_UNIT = re.compile(
    r"(?:\s*[、和及与]\s*\d+(?:\.\d+)?\s*个?)*\s*[、和及与]\s*\d+(?:\.\d+)?\s*(个百分点|%)"
)
"""The unit a list after 分别 prints once, after its last value (`分别提高3个和5个百分点`,
`分别达到95和98%`): matched right after an earlier value of the list, group 1 is that unit."""
RESPECTIVE = re.compile(r"分别[^，,；;。\d]{0,6}(?:\d+(?:\.\d+)?\s*个?\s*[、和及与]\s*)*$")
"""分别 and its verb before a list's value, and the values before it that print no unit
(`分别提高`, `分别达到95、`)."""
SCHOOL_KIND = "幼儿园|小学|初中|高中|中学|中小学|学校"
"""The kinds a school is named by (`第三小学`, `新建初中`, `城区中小学`); none begins another, so
their order in a pattern does not matter."""
OUR_PLACE = "全国|我国|全省|全市|全区|全县|全镇|我省|我市|我区|我县|本省|本市|本区|本县|区域内"
"""Words for the whole place a text speaks of (`全市`, `我县`, `本区`): they open a name
(`全市普惠性幼儿园覆盖率`) and are no part of it, nor of a metric's."""
PLACE_PART = (
    r"(?:(?:(?:偏远|边远|贫困|[东西南北中]部)?山区|[\u4e00-\u9fff]{1,4}地区|农村|城镇)[和及、])?"
    r"(?:[\u4e00-\u9fff]{1,4}地区|(?:主|老|新|中心)?城区|(?:偏远|边远|贫困|[东西南北中]部)?山区"
    r"|市区|城镇|农村|乡村)"
)
"""A part of the place a plan is for, by its kind (`中部地区`, `西部山区和民族地区`, `偏远山区`, `农村和
边远地区`, `城区`), not a place by its own name (`西山区`, `东城区`)."""
PLACE_END = r"(?:省|市|(?<![学校园社小片景])区|县|旗|州|镇|乡|街道)"
"""What ends the name of a place that a plan may go through part by part, a province down to a
town (`某省`, `某某市`, `某山区`, `某县`, `某旗`, `某自治州`, `某镇`, `某街道`); a school's district, a
campus, a park, a neighbourhood or a scenic spot (`第一学区`, `东校区`, `教育园区`, `新社区`, `片区`,
`景区`) is none."""
ALLOTS = "安排|下达|拨付|划拨|统筹|筹措|落实|编列"
"""Verbs that set money aside for a use (`安排资金`, `下达补助资金`, `拨付经费`, `编列`): they name
no kind of fund, so the money they name is plain 资金, or what it is 用于."""
SPENDS = "投入|投资|斥资"
"""Verbs that spend money (`投入`, `总投资`, `斥资`): the money they name is the spending itself,
as plans print a programme's 建设投入 or 投资."""
TREND = (
    r"(?:稳步|持续|逐年|逐步|不断|明显|显著|有所|巩固|进一步|有效)"
    rf"(?:{CHANGE}|改善|加强|优化)"
)
"""A target a table prints as a trend in words (`稳步提高`, `逐年下降`, `进一步加强`): a value
cell, as a number would be."""
BOUNDS = "不得低于|不得少于|不得超过|不得高于|不低于|不少于|不超过|不高于"
"""A bound in words that may stand apart from its value: before the rate it is per (`不低于每生
每年800元`), before a list (`分别不超过45人、50人`), or before the whole a share is of
(`不低于教师总数的10%`, `不得超过学校课后服务总课时的30%`)."""
RESPECTIVE_YEARS = re.compile(
    r"(?:到|至|在)?\s*((?:19|20)\d\d)\s*年?(?:底|末)?"
    r"((?:\s*(?:、|和|及|与)\s*(?:19|20)\d\d\s*年?(?:底|末)?)+)"
    r"(?=[^，,。；;\d]{0,20}?(?:[，,][^，,。；;\d]{0,40}?)?分别)"
)
"""`到2027年、2030年，毛入园率分别达到92%、95%`, `巩固率到2027年和2030年分别达到…`: a list of
years that 分别 reads one by one against the values after it (one comma may stand between,
and a long name after it: `2026年、2027年、2028年，全区…教师总数的比例分别不低于…`); group 1 the
first year, group 2 the rest."""


YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*年?\s*[-—–~至到]\s*((?:19|20)\d\d)\s*年?")
"""A span of years (`2024—2025年`, `2021-2025`), group 1 its end: a plan's period in its title, a
heading's, or a schedule cell's (due at its end)."""
_YEARS_TOLD = "[两二三四五六]|[2-6]"
_RESPECTIVELY_OVER = r"\s*年(?:内|间)?\s*分别"
COUNTED_YEARS = rf"(?:{_YEARS_TOLD}){_RESPECTIVELY_OVER}"
"""`三年分别`: so many years, whose levels a list gives in turn."""
YEAR_BY_YEAR = re.compile(
    r"逐年(?:(?:提高|提升|增加|增长|上升|扩大)?\s*(?:到|至)|达到)\s*"
    rf"|(?:^|(?<=[，,：:；;]))\s*(?P<count>{_YEARS_TOLD}){_RESPECTIVELY_OVER}\s*"
    r"(?:(?:达到|提高到|提升到|增加到|下降到|降低到|控制在|为)\s*)?"
)
"""`普惠性幼儿园覆盖率逐年提高到88%、90%、92%`, or `…逐年提高，三年分别达到85%、88%、90%`: a
list of levels that 逐年 gives one a year, in turn over the plan's years (as many as the years
counted, see counted_in_turn)."""


def one_named_before(sentence: str, m: re.Match[str]) -> bool:
    """Whether the values after a YEAR_BY_YEAR match are one indicator's: `逐年…到` always;
    `三年分别` when the clause before names one, not a list the values go to in turn
    (`幼儿园、小学、初中学位…，三年分别新增…` are each stage's)."""
    if not m.group("count"):
        return True
    before = re.split(r"[，,；;。：:]", sentence[: m.start()].rstrip("，, "))[-1]
    return not re.search(r"[、和]", before)  # not 及, 与: `普及率`, `参与率`


def counted_in_turn(sentence: str, m: re.Match[str], years: int) -> bool:
    """Whether a YEAR_BY_YEAR match gives its values one a year over a plan of `years` years:
    one indicator's, and, after `三年分别`, as many years counted as the plan has."""
    counted = m.group("count")
    told = counted if not counted or counted.isdigit() else number(counted)
    return one_named_before(sentence, m) and (not counted or told == str(years))


def listed_years(m: re.Match[str]) -> list[int]:
    """The years of a RESPECTIVE_YEARS match, in order."""
    return [int(m.group(1)), *(int(y) for y in re.findall(r"(?:19|20)\d\d", m.group(2)))]


PER = r"每(?:学年|学期|[生人校所班年月周天日])"
"""The rate a value is per (`每生`, `每班`, `每学年`), which a bound may stand before."""
BOUND_VERBS = "安排|保证|保障|开设|开展|配备|配置|提供|培训|招收|新增|建成"
"""Verbs a bound in words may stand before, apart from its value (`每天至少安排25分钟`,
`每学期至少开展2次`)."""
BOUND_BEFORE_VERB = rf"({BOUNDS}|至少|最少)\s*要?\s*(?=(?:{BOUND_VERBS}))"
"""A bound before such a verb (group 1): the comparator of the value after the verb, and no
part of a name that ends on the verb (`每周至少开设劳动课` → `每周开设劳动课`)."""
BOUND_BEFORE_OBJECT = (
    rf"(至少|最少)\s*(?:{'|'.join(MODALS)})?\s*(?:拥有|建有|设有|办好|建成|配备|配齐|有)"
    r"(?=[\u4e00-\u9fff（）()]{1,12}\s*$)"
)
"""A bound and the verb of having before what is had, the count last (`每个县至少应有老年大学一所`,
`每校至少配备心理教师1名`): group 1 the comparator of that count, and with the verb no part of its
name (`每个县老年大学`). Matched against the text up to the count."""
AGES = r"\d+\s*(?:(?:至|到|-|－|~)\s*\d+\s*)?(?:周岁|岁)"
"""The ages a count is of, printed right after it and before what it counts (`40个2至3岁托育名额`,
`3周岁`)."""
ALL_TOLD = "合共|总共|共计|共"
"""Words that make the figure after them a total (`由原有合共5 000个`)."""
EVERY_ONE = "全部|均|都|全都"
"""Words saying all of the places just counted reach a goal (`…县将全部实现`, `…乡镇均建成`);
each module bounds what may stand between the places and the word its own way."""
SPAN_YEAR = r"(?:学年|(?:财政)?年度)"
"""What a year spanning two (`2024/25学年`, `二〇二五至二六年度`, `2025-26财政年度`) is: a school
or fiscal year, dated by the year it opens; a bare `年` after two digits (`2021至25年`) is a
period of years, not one of these."""
ACRONYM = r"[A-Z][A-Za-z]{0,5}(?=[\u4e00-\u9fff])"
"""A Latin acronym opening a noun (`AI课程`, `STEM学校`), not a stray word a repost put in."""
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


PARTS_OPEN = re.compile(r"\s*其中\s*[，,：:]?")
KEEPS = r"继续|仍然?|(?<!可)持续"
"""Words that keep a level or a work going on (`2030年继续保持100%`, `继续新建幼儿园3所`): no part
of what is named."""
"""A sentence that opens by breaking down the total the sentence before ends on (`…总投资为
3亿元。其中，中央资金2亿元，…`, `…改扩建275所幼儿园。其中新建88所，改扩建187所`): its parts
take that total's stage when they name none (corpus/README.md: a part takes its total's stage)."""

YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d\s*年")
"""A year written out with 年 (`2024年`), wherever a sentence prints one."""

PRINTED_YEAR = (
    r"(?:民[国國]\s*)?((?:19|20)\d\d|(?<![\d.])1[0-2]\d(?=\s*年)"
    r"|(?<![\d.〇○零一二三四五六七八九十])一[〇○零一二][〇○零一二三四五六七八九](?=\s*年))"
)
"""A year as a completion is printed: ours (`2023年`) or Taiwan's 民國 year (`112年3月竣工`,
`一一五年上半年竣工`, `民国116年7月完工`), which western_year reads."""


def western_year(digits: str) -> int:
    """A year PRINTED_YEAR found, as ours: three digits are a 民國 year (112 → 2023, and
    spelled digit by digit, 一一五 → 2026)."""
    digits = spelled_digits(digits) or digits
    return int(digits) + (1911 if len(digits) == 3 else 0)


def one_year(pattern: re.Pattern[str], text: str) -> int | None:
    """The one year `pattern` (its one group a year) finds in `text`, folded; None when it finds
    none, or several, of which the text does not say which is meant."""
    years = {western_year(y) for y in pattern.findall(fold(text))}
    return years.pop() if len(years) == 1 else None


PERIODS = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}
"""Five-year plan periods by the year they end in."""
LAST_PERIOD_END = PERIODS["十三五"]
"""The end of the last period finished when a text of unknown years is written: such a text
is read in 十四五, the drafter's first plans' period, unless its own years say otherwise."""
OWN_START = LAST_PERIOD_END + 1
"""The first year of the time a text of unknown years is read in (十四五's)."""


def past_periods(start: int | None) -> tuple[str, ...]:
    """The periods finished before a text's own time begins (`start`, its first year): a
    十五五 plan looks back on 十四五 as a 十四五 plan on 十三五."""
    first = start if start is not None else OWN_START
    return tuple(name for name, end in PERIODS.items() if end < first)


def begun_periods(start: int | None) -> tuple[str, ...]:
    """The periods begun before a text's own time (`“十三五”以来` looks back from any year after
    2016): the past ones, and one it was written within."""
    first = start if start is not None else OWN_START
    return tuple(name for name, end in PERIODS.items() if end - 4 < first)


def looked_back_on(start: int | None) -> tuple[str, str]:
    """The periods past and begun for a text whose own time begins in `start`, each as one
    regex alternation (one that matches nothing when there are none): what `“…”期间` and
    `“…”以来` may look back on."""
    past, begun = past_periods(start), begun_periods(start)
    return "|".join(past) or "(?!)", "|".join(begun) or "(?!)"


def later_periods(start: int | None) -> tuple[str, ...]:
    """The periods not finished when a text's own time begins: its own, and those after."""
    past = past_periods(start)
    return tuple(name for name in PERIODS if name not in past)


def strip_brackets(text: str) -> str:
    """The text without its bracketed parts: `普惠性幼儿园覆盖面（%）` → `普惠性幼儿园覆盖面`."""
    return re.sub(r"[(（][^()（）]*[)）]", "", text)


PICTOGRAPHS = re.compile(r"[\u2600-\u27bf\ufe0f\U0001f000-\U0001faff]+$")
"""Pictographs a blog sets after a line (`…成绩。📈`, `…工作成果🏆`): no part of its words."""


def compact(text: str) -> str:
    """Folded, without white space: how two printings of one name are compared."""
    return re.sub(r"\s+", "", fold(text))
