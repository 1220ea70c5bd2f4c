"""School segments as plans print them (学前段, 义务段, 小学, 初中段…) → the schema's names."""

from __future__ import annotations

import re

from plancmp.draft.text import OUR_PLACE, REACHES
from plancmp.model import SEGMENT_WORDS, SEGMENTS

_TYPED_ONLY = frozenset({"义务"})
"""A short form a user types (`--segment 义务`) but a plan never prints as a segment."""
_WORDS = {s: s for s in SEGMENTS} | {k: v for k, v in SEGMENT_WORDS.items() if k not in _TYPED_ONLY}
STAGE_WORDS = frozenset(_WORDS)
"""Every word a plan prints for a stage (`学前段`, `义务教育`, `普高`, `幼儿园`)."""
_CELL_WORDS = frozenset(w for w in _WORDS if w.endswith("段") or len(w) <= 3) - {"学前"}
"""Words that stand alone in a table cell as a segment, never as a category name."""
_PREFIX = re.compile("^(" + "|".join(sorted(_WORDS, key=len, reverse=True)) + ")")


_ALONE_WORDS = {"国小": "小学", "国中": "初中"}
"""Taiwan's 国小 and 国中 as a word of their own (`国小2班、国中1班`): the stage. Inside a longer
name they are part of a school's (`国小附幼` is a primary school's kindergarten)."""


def segment_of(word: str) -> str | None:
    """The segment a whole word names (`初中段` → 初中, `国小` → 小学), or None."""
    word = word.strip().strip("：:")
    return _WORDS.get(word) or _ALONE_WORDS.get(word)


def cell_segment(cell: str) -> str | None:
    """The segment a table cell names on its own: `学前段`, `小学`, not a category such as `学前教育`."""
    word = cell.strip().strip("：:")
    return _WORDS[word] if word in _CELL_WORDS else None


_TRAILING = re.compile(
    "^(.{2,}?)(?:" + REACHES + "|分别为)?(" + "|".join(sorted(_WORDS, key=len, reverse=True)) + ")$"
)


def trailing_segment(text: str) -> tuple[str | None, str]:
    """(segment, rest) for a name that ends with one: `生师比小学` → (小学, 生师比);
    `生均公用经费标准提高到小学` → (小学, 生均公用经费标准)."""
    m = _TRAILING.match(text.strip())
    if not m or m.group(1).endswith(("中", "大")):  # 中小学 is one thing
        return None, text
    verb = len(m.group(1)) + len(m.group(2)) < len(text.strip())
    if not verb and not re.search(r"[比率数费准系额例重度积量值]$", m.group(1)):
        return None, text  # `示范性高中` names schools, not a segment of a measure
    return _WORDS[m.group(2)], m.group(1)


def leading_segment(text: str) -> tuple[str | None, str]:
    """(segment, rest) for a name that begins with one: `小学本科` → (小学, 本科)."""
    m = _PREFIX.match(text.strip())
    if not m:
        return None, text
    return _WORDS[m.group(1)], text.strip()[m.end() :]


_STAGE_END = re.compile("(?<![中大])(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + ")$")


def stage_lead(items: list[str], last: str) -> str | None:
    """The stage word `last` opens with, when every other item of its list ends on a stage
    (`高中和中职教师…比例`: 中职 stands where 高中 stands), else None; 中小学 is one thing."""
    m = _PREFIX.match(last)
    if m is None or len(last) == m.end() or not all(_STAGE_END.search(x) for x in items):
        return None
    return m.group(1)


_RATE_WORDS = "率|比例|占比|比重"
"""Words that end the name of a share."""
_RATE_OF_STAGE = re.compile(
    "("
    + "|".join(sorted(_WORDS, key=len, reverse=True))
    + rf")[^、，,；;（）()]{{0,8}}(?:{_RATE_WORDS})$"
)
_BARE_RATE = re.compile(rf"[\u4e00-\u9fff]{{1,6}}(?:{_RATE_WORDS})")


def shared_stage(before: str, name: str) -> str | None:
    """The stage word a list's first rate opens with, when the next item is a bare rate of
    no stage (`学前教育公办率50%、普惠率90%`: the 普惠率 is 学前教育's); None otherwise."""
    m = _RATE_OF_STAGE.search(before)
    if m is None or before[max(0, m.start() - 1) : m.start()] == "中":
        return None  # 中小学 is one thing
    if m.start() and not _STAGE_OPENS.search(before[: m.start()]):
        return None  # `普惠性幼儿园覆盖率`: the stage is what the rate counts, not whose it is
    if not _BARE_RATE.fullmatch(name) or stages_named(name) or _OTHER.search(name):
        return None
    if _WHOSE_RATE.search(name):
        return None  # `视障儿童入学率` after `初中入学率`: a rate of the group it names
    return m.group(1)


_STAGE_OPENS = re.compile(rf"(?:{OUR_PLACE}|[，,、\s]|九年)$")
"""What a stage that opens a rate's name may follow: the whole place (`巩固提升全市学前教育公办率`),
or the years that name it with it (`九年义务教育…覆盖率…，巩固率…`)."""
_WHOSE_RATE = re.compile(
    rf"(?:儿童|少年|学生|幼儿|子女|教师|青壮年|成人|人口|居民)[^、，,；;]{{0,3}}(?:{_RATE_WORDS})$"
)
"""A rate that names whom it measures: the group is its subject, not the stage listed before
(`青壮年文盲率` after `初中入学率` is the adults', no school stage's)."""


_RUN = re.compile(
    "("
    + "|".join(sorted(_WORDS, key=len, reverse=True))
    + ")"
    + "((?:[、和及与](?:"
    + "|".join(sorted(_WORDS, key=len, reverse=True))
    + "))+)"
)


def segment_run(name: str) -> list[tuple[str, str]] | None:
    """`残疾儿童少年学前教育、义务教育、高中教育入学率` with one value → one name per
    segment: [(学前, 残疾儿童少年学前教育入学率), (义务教育, …), (高中段, …)]."""
    m = _RUN.search(name)
    if not m or name[max(0, m.start() - 1) : m.start()] == "中":
        return None  # 中小学 is one thing
    before = name[: m.start()]
    if before.count("（") + before.count("(") > before.count("）") + before.count(")"):
        return None  # `（普高、中职）` qualifies a name, it does not list targets
    words = [m.group(1), *re.split("[、和及与]", m.group(2))[1:]]
    out = []
    for word in words:
        seg = _WORDS.get(word)
        if seg is None:
            return None
        out.append((seg, name[: m.start()] + word + name[m.end() :]))
    return out if len({s for s, _ in out}) == len(out) else None


_NOT_A_COUNTRY = r"(?<![全中我美英法德韩日各外两该本])"
"""Before Taiwan's `国小` (国民小学, primary) and `国中` (国民中学, junior high): not the 国 of a
country (`全国中小学`, `中国中学生`, `美国小学`)."""
_NO_KINDERGARTEN = r"(?![^。；;]{0,30}?(?:幼儿园|附幼|幼稚园|幼幼|等\s*$))"
"""Not the school that hosts a kindergarten (`某国小新设附设幼儿园`, `某国中内新设立非营利幼儿园`,
`增设甲国中、乙国小等四处非营利幼儿园`, a name cut at `等`): the kindergarten is what is counted."""
_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "学前",
        re.compile(
            r"(?<![开放入升])学前|学前(?=教育|段|阶段|[1-3一二三]年)|(?<!婴)幼儿(?!中心|照顾)|幼童|幼稚园|入园|园位|园舍|幼教|(?:公办|民办|普惠性?|等级|示范|中心|省一级|省二级)园|(?:配套|项目)园(?![区林艺])|附幼"
            r"|^[小中大]班$|办园|园长|开园|托幼一体|幼幼|(?<=[\u4e00-\u9fff])[一二三四五六七八九十]幼(?![儿稚教师])"
            r"|(?<=[\u4e00-\u9fff]{2})[一二三四五六七八九十]园(?![区林艺])"
        ),
    ),  # `开学前`, `入学前`: before a school year starts (but `投入学前教育`); `配套园`, a
    # housing estate's kindergarten, and `项目园`, a project's, count kindergartens; `附幼`
    # (Taiwan's 附设幼儿园) and `某小学附属幼儿园` are kindergartens a school runs, not its classes;
    # `幼童`, young children, as Taiwan counts a kindergarten's places (not Hong Kong's
    # `幼儿中心`, `幼儿照顾`: care of the under-threes, _CARE); `园舍`, its buildings;
    # a name that is a kindergarten's year of classes alone (`小班`, `中班`, `大班`; not `小班化`);
    # a kindergarten's own words (`办园规模`, `园长`, `开园`, `托幼一体园`, Taiwan's `幼幼班` of
    # two-year-olds) and one by its number (`新都二幼`, `某县一幼`, `余江一园`)
    (
        "中职",
        re.compile(
            r"中职|中等职业|中等专业|(?<!高)职高|职业高中|(?<![大初高其集县])中专(?![职项业])|县中专(?!任)|(?<!高等)职业(?:教育[^，,。；;、]{0,8}?)?学[校位]"
            r"|职教中心|职业教育中心|职业(?:高级)?中学|(?<!高等)(?<![专兼在])职校(?!长)|(?<![高兼在])职专(?![家科]|教育)"
            r"|(?<!高等)职业技术学校|(?<!高级)技工学校|(?<![高大])技校"
        ),
    ),  # `大中专`: colleges and secondary schools together; `初中专任教师` is 初中's full-time
    # teachers, no 中专's (`中专任课教师` is), nor are `县中专任教师` (a county high school's),
    # `其中专职督学`, `集中专项整治` and `研究生中专业学位…` (a 专业), while `县中专招生` and `县中职业学校` are a county's 中专; a county's `职教中心` (in full
    # `职业教育中心`), a `职业中学`, `职业高级中学` and a `职校` (not `专职校医`, a full-time school
    # doctor, nor `在职校长`, a serving head) are vocational schools of the senior years, as
    # are a `职业技术学校` (not a 职业技术学院, a college) and a `技工学校` (`技校`; a `高级技工学校`
    # may train beyond them) and a county's `职专` (a 职业中专; not a 高职专科, a
    # `兼职专家`, nor Hong Kong's `职专教育`, vocational and professional education after school)
    (
        "高中段",
        re.compile(
            r"(?<!职业)高中|普高|(?<!职业)高级中学|(?<![区市)）\s])县中(?![心小医等职]|专(?!任))"
            r"|县中(?![心小医等职，,]|专(?!任))"
            r"|高[一二三](?:新生|年级|学生)"
        ),
    ),  # a `职业高中` is vocational, no general high school; `各区(市)县中，…`: among the
    # districts and counties, not a county high school; `高一新生`, a senior school's first year
    ("义务教育", re.compile(r"义务教育|义务段|义务阶段|九年")),
    (
        "小学",
        re.compile(
            r"(?<![中大])小学(?!\s*(?:附属|附设)\s*幼|附幼)|初等教育|村小(?![组规型学])"
            rf"|{_NOT_A_COUNTRY}国小{_NO_KINDERGARTEN}|第\d{{1,3}}小(?![学班组时型])"
        ),
    ),
    (
        "初中",
        re.compile(
            r"初中|初级中学|初级中等教育|(?<!高)中考|初[一二三](?:新生|年级|学生)"
            rf"|{_NOT_A_COUNTRY}国中(?![小心央]){_NO_KINDERGARTEN}"
        ),
    ),
)  # `初等教育` and `初级中等教育` are the statute's names of the primary and junior stages, and
# `中考` the junior graduation exam: a rate of them is of that stage (and `初一新生`, a junior
# school's first year); `村小`, a village primary
# school (not `村小组`, a village's team, nor `乡村小规模学校`, small rural schools of any stage)
_MIXED = re.compile(
    r"(?<!义务教育)(?<!义务教育阶段)中小学校?(?:[和及与、]?幼儿园)?|中小幼|大中小|(?<![小中高])学校[和及与、]幼儿园|(?<![小中高心])学校幼儿园|幼儿园[和及与、](?:中小学|学校)"
    r"|学位\s*[(（/、和及与]\s*园位|入园\s*[、和及与]?\s*(?:就学|入学|上学)|初高中|(?<![全中我])国中小"
    r"|(?<![小中高])学校\s*[(（](?:含|包括)?幼儿园[)）]"
)
"""Schools of several stages at once (`学校幼儿园总数`, schools and kindergartens): a name
about them has no one segment (but the
`义务教育中小学` are the two stages of compulsory education: 义务教育). `学位（园位）` counts
school places and kindergarten places together; `入园、就学问题`, `入园入学` are a kindergarten's and a
school's both."""
_OTHER = re.compile(
    r"特殊教育|特教|残疾|高等教育|高校|高等职业|高职|高专|专上|学士学位|副学位|继续教育|老年|社区教育|终身"
    r"|婴幼儿|托育|托位|幼儿中心|幼儿照顾|托儿所|两基|文盲|扫盲"
)
"""Kinds of education that are no school segment: a context about them lends none (`专上`,
post-secondary, and its degree courses, as Hong Kong and Taiwan write them; adult literacy,
`青壮年文盲率`, and `两基`, compulsory education and literacy together)."""
_GRADUATES = re.compile(r"(?:招收|毕业|在学|在校)研究生|研究生(?:招生|毕业生|在校生|在学)")
"""Graduate students counted (`毕业研究生18万人`): of no school stage, whatever stage the clauses
before speak of; a teachers' degree (`研究生学历`) is no count of them."""
_COLLEGE = re.compile(r"大学(?![本专毕生])|院校")
"""Universities and colleges (`新建高水平大学2所`, `师范院校`), and `职业院校` (vocational colleges
and schools together): a figure that counts them is of no school stage, whatever stage the
clauses before it speak of (but `大学本科学历`, `大学生` speak of a degree or of students, of
whatever stage)."""
SECONDARY_COUNT = re.compile(
    r"(?<![初高职普])中学\s*[\d一二三四五六七八九十两]+\s*所|[\d一二三四五六七八九十两]+\s*所(?:普通)?中学"
    r"|(?<![初高职普小])中学(?:生|学位|部)"
)
"""A count of 中学 (`小学1所、中学1所`), or their pupils, places or part of a school (`小学生可达
800名，中学生可达300名`): middle schools of junior and senior years, no one stage, so a
context that names them beside another stage is about no one stage."""
_CARE = re.compile(r"托位|托育|婴幼儿|幼儿中心|幼儿照顾|托儿所")
"""Care for children under three (`新增幼儿托位600个`, Hong Kong's `幼儿中心` and `日间幼儿照顾服务`): no
school segment, though the name says 幼儿. A class (`幼儿园托班托额`, `小学生暑托班`) is of its school."""


_POPULATION = re.compile(r"劳动年龄人口|新增劳动力|平均受教育年限")
"""Measures of the whole population's schooling (`劳动年龄人口平均受教育年限`): of no school
segment, whatever stage the list around them speaks of."""


def topics(text: str) -> set[str]:
    """The school segments a text is about (幼儿园 → 学前, 普高 → 高中段…)."""
    found = {seg for seg, pattern in _TOPICS if pattern.search(text)}
    if {"小学", "初中"} <= found:
        found = (found - {"小学", "初中"}) | {"义务教育"}
    if "义务教育" in found:
        found -= {"小学", "初中"}
    return found


def stages_named(text: str) -> set[str]:
    """Every school stage a text names, each as itself (`小学部、初中部` → 小学, 初中)."""
    return {seg for seg, pattern in _TOPICS if pattern.search(text)}


def mixed(name: str) -> bool:
    """A name about schools of several stages (`新增中小学学位`)."""
    return bool(_MIXED.search(name))


_BARE_SECONDARY = re.compile(r"(?<![初高小职])(?<!初级|高级|完全)中学")
"""`中学` alone (`新建中学`, `中学28个班`): schools of junior and senior years, or either;
a name that counts them is of no one stage, whatever stage its neighbours name."""


_MIDDLE_SCHOOL_FIGURE = re.compile(r"(?<![初高小职普])(?<!初级|高级|完全)中学(?:学位|生|部)$")
"""A name that ends on what 中学 have (`某小学提供中学学位`): the figure is of middle schools,
of no one stage, whatever school the name opens with."""


def middle_schools_only(name: str) -> bool:
    """A name that counts 中学 and no stage (`提供中学学位`): of no one stage, whatever stage
    the school or sentence it is printed in names."""
    return not topics(name) and bool(_BARE_SECONDARY.search(name))


_TWO_STAGES = re.compile(
    r"小学部?\s*[和及与、]\s*初(?:中|级中学)部?|初中部?\s*[和及与、]\s*小学部?|小学部\s*[、，,]\s*初中部"
    r"|中学\s*[和及与、]\s*[^，,。；;和及与、]{0,10}?小学|小学\s*[和及与、]\s*[^，,。；;和及与、]{0,10}?中学"
)
"""小学 and 初中 listed as two kinds of school (`新建小学和初中20所`, `小学部、初中部`), or a
中学 of any years and a 小学 named together (`某市第十中学和第十小学`, `实验中学、实验小学`)."""


def two_stages(name: str) -> bool:
    """A name that lists 小学 and 初中 (or a 中学) as two kinds of school: one figure of two
    stages, of no one segment — unless it says 义务教育 itself (corpus/README.md: two stages
    together)."""
    return bool(_TWO_STAGES.search(name)) and "义务教育" not in stages_named(name)


_NUMBERED_PRIMARY = re.compile(r"(?:第?[一二三四五六七八九十]{1,3}|\d{1,2})小$")


def abbreviated_segment(school: str) -> str | None:
    """A primary school by its number (`某县中南二小` for 中南第二小学): 小学, whatever the words
    before it hold (`县中`, a county's senior school, is not what `某县中南…` says). `一中` may
    be a junior or a senior school, so it names no stage."""
    return "小学" if _NUMBERED_PRIMARY.search(school) else None


_LEAVERS_GOING_ON = re.compile(
    r"^[^\d，,]{0,8}?(?P<stage>初中|初级中学|中职|中等职业学校)(?:应届)?(?:毕业生?)?"
    r"(?:升入|升|进入|就读|继续)"
)
"""A rate of one stage's leavers going on to the next (`初中毕业生升入高中阶段学校的比例`,
`初中升高中段的比例`) counts those leavers: it is of their stage, not of the two the name holds
(corpus/README.md)."""


def topic_segment(name: str, context: str = "") -> str | None:
    """The segment a name is about, else the one its context is about; None when either
    names several (`新建幼儿园、中小学`) or none, or the name counts 中学 of no stage."""
    if _MIXED.search(name) or _CARE.search(name) or _POPULATION.search(name):
        return None
    if two_stages(name) or _MIDDLE_SCHOOL_FIGURE.search(name):
        return None
    if leavers := _LEAVERS_GOING_ON.match(name):
        return topic_segment(leavers.group("stage"))
    found = topics(name)
    if not found and _BARE_SECONDARY.search(name):
        return None
    if not found and (_OTHER.search(name) or _COLLEGE.search(name) or _GRADUATES.search(name)):
        return None
    if not found and "高考" in name:
        return None  # `高考本科上线率`: entry to college, of no stage a clause before lends (中考)
    if not found and "基础教育" in name:
        return None  # 基础教育: every school stage, so none the context names
    if not found and not _OTHER.search(context):
        if {"小学", "初中"} <= stages_named(context) and "义务教育" not in stages_named(context):
            return None
        if two_stages(context):
            return None  # `某市第十中学和第十小学是…项目，占地面积…`: of both schools
        found = topics(_MIXED.sub("", context))
        if found and SECONDARY_COUNT.search(context):
            found.add("中学")  # `新建小学1所、中学1所，新增学位…`: of both, no one stage
    return found.pop() if len(found) == 1 else None
