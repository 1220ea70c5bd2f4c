"""The stage a sentence lends a figure whose own words name none (corpus/README.md,
`segment`): the schools it builds, the one school it opens with, the total a part belongs
to, the figures listed before it, the fund that pays for it; and none after counts of
several stages. prose.py asks here once a figure has its name."""

from __future__ import annotations

import itertools
import re

from plancmp.draft.dating import ONCE_DONE
from plancmp.draft.found import Found
from plancmp.draft.naming import Named, printed_amount
from plancmp.draft.segments import (
    SECONDARY_COUNT,
    middle_schools_only,
    mixed,
    stages_named,
    topic_segment,
    topics,
)
from plancmp.draft.spans import Span
from plancmp.draft.text import SCHOOL_KIND, WORKS, YEAR_WRITTEN, fold

ATTRIBUTE = re.compile(
    r"^(?:[该本全][县区市]|首批|今年)?(?:学校|该校|本校|校园|校舍|校区)?(?:项目|工程)?"
    rf"(?:{ONCE_DONE})?(?:共|总|计划|规划|新增|新建|改扩建|购置|设置|设计|可)?(?:提供)?"
    r"(?:建设|兴建|修建)?(?:包括|包含)?"
    r"(?:(?:申请|争取)?(?:中央|省级?|市级?|县级?|地方|财政|自筹|配套)(?:预算内|财政)?(?=投资|投入|资金))?"
    r"(?:(?:建筑)?占地|(?:建设)?用地|建筑面积|建设面积|面积|投资|投入|斥资|(?:招生)?班级数?"
    r"|办学规模|建设规模|学生数|容纳(?:学生|幼儿|(?:学龄前)?儿童|师生|就读)?|招生人数|(?:核定)?(?:核收|招收)人数|教学班|"
    r"(?:新增|增加)?(?:公办|民办|普惠性?|优质)?学位|(?:增加|增设|新增|扩大)(?:招收|招生)(?:人数|规模)?|(?:增加|增设|新增|设置)班"
    r"|(?:教学|宿舍|综合|实验|行政|办公|图书|艺体|科技)楼|(?:男女生|男生|女生|学生|教师|教工)宿舍(?:楼)?"
    r"|校舍|食堂|体育馆|图书馆|(?:风雨)?操场"
    r"|(?:体育)?运动场(?:地)?|(?:教学)?仪器设备"
    r"|[\u4e00-\u9fff]{1,8}?(?:经费|资金))"
)
"""What a building programme is measured by besides its count of schools: land, floor area,
money, classes, places, pupils it enrols (`新增幼儿园4所、增加招收人数500名`, `总学生数1620人`,
`…再增加30班，核收人数约800人`: the approved intake of those classes; `项目总投资`, `设置班`,
`可容纳学生数`);
money by its source too (`申请中央预算内投资…，地方投资…`), which splits the works' cost, or by
its kind (`投入基建资金…、运行经费…用于新建…幼儿园`: both pay for the works); and
its buildings (`建设初中部教学楼5000平方米、宿舍楼2000平方米`: the dormitory is the school's;
`建设包括教学楼三栋`), and the
grounds and equipment an improvement programme adds to schools (`改扩建校舍…、运动场地…，
购置教学仪器设备…`)."""


Around = tuple[dict[int, str | None], str, str | None]
"""What prose carries to a figure's stage: the stages given to the figures before it in its
sentence (by where they start), the figure's own clause, and the stage of a `其中…；…；` list."""


def stage_lent(
    sentence: str,
    named_all: list[Named],
    named: Named,
    found: Found,
    around: Around,
) -> Found:
    """The figure with the stage its sentence lends it (_stage_given), but none after counts
    of several stages listed together (_after_several_stages)."""
    found = _stage_given(sentence, named_all, named, found, around)
    if found.segment and _after_several_stages(sentence, named_all, named, found.name):
        return found._replace(segment=None)
    if found.segment and _after_parts_of_stages(sentence, named_all, named, found.name):
        return found._replace(segment=None)
    return found


def _stage_given(
    sentence: str,
    named_all: list[Named],
    named: Named,
    found: Found,
    around: Around,
) -> Found:
    """The figure with the stage the sentence lends it when its own words name none: a
    breakdown's, the figures' before it (_lent_before), its fund's, or a `其中…；…；` list's
    (`around`: the stages given so far, the figure's own clause, the list's stage)."""
    given, own, chain = around
    broad = _spans_stages(sentence, named.span.end)
    if found.segment is None or broad:
        found = found._replace(segment=_breakdown_stage(sentence, named.span.end))
    if found.segment is not None or broad:
        return found
    found = found._replace(segment=_lent_before(sentence, named_all, found, named, given))
    if found.segment is None and not stages_named(own):
        found = found._replace(segment=_fund_stage(sentence, named_all, named, given))
    several = mixed(sentence[: named.span.end]) or mixed(found.name)
    part = re.split(r"[；;]", sentence[: named.span.end])[-1]  # `；24班中学，学生…`: of 中学
    several = several or middle_schools_only(found.name) or middle_schools_only(part)
    if found.segment is None and not several:
        found = found._replace(segment=chain)  # but `；建成19所中小学`: several stages
    return found


def _fund_stage(
    sentence: str, named_all: list[Named], named: Named, given: dict[int, str | None]
) -> str | None:
    """The stage of a sum of money a `其中` list splits (`需资金8000万元，其中：中央资金3000万元，
    省级资金2000万元`), for a share of it that names none: the shares are of that money, so of
    its stage (corpus/README.md: a part takes its total's stage). None when the list was closed
    (`；`), or no sum stands right before `其中`."""
    at = named.span.start
    opened = sentence.rfind("其中", 0, at)
    if opened < 0 or re.search(r"[；;。]", sentence[opened:at]) or not _money(named):
        return None
    totals = [n for n in named_all if n.span.end <= opened]
    if not totals or not _money(totals[-1]):
        return None
    if not re.fullmatch(r"\s*[，,]?\s*", sentence[totals[-1].span.end : opened]):
        return None
    return given.get(totals[-1].span.start)


def _money(named: Named) -> bool:
    return (named.span.unit or "").endswith("元")


_COMPULSORY = frozenset(("小学", "初中", "义务教育"))


def _breakdown_stage(sentence: str, end: int) -> str | None:
    """The stage of a total its bracketed breakdown gives (`22所(小学7所、初中1所、九年一贯制14所)`
    → 义务教育): the one stage every part names, or compulsory education when the parts are
    its stages; None when a part names none or the parts span others (`高中1所`). A note of
    one part (`10所(含幼儿园4所)`) is no breakdown."""
    m = re.match(r"\s*[(（](?!含|其中|包括)([^()（）]+)[)）]", sentence[end:])
    parts = [p for p in re.split(r"[、，,；;]", m.group(1)) if p.strip()] if m else []
    stages = {topic_segment(part) for part in parts}
    if len(parts) < 2 or None in stages:
        return None
    if len(stages) == 1:
        return stages.pop()
    return "义务教育" if stages <= _COMPULSORY else None


def _spans_stages(sentence: str, end: int) -> bool:
    """Whether a total's bracketed breakdown names stages beyond compulsory education
    (`学位4410个(小学2160个、初中1800个、幼儿园450个)`): the total is of them all, so of no
    one stage, whatever the clauses before it speak of."""
    m = re.match(r"\s*[(（](?!含|其中|包括)([^()（）]+)[)）]", sentence[end:])
    parts = [p for p in re.split(r"[、，,；;]", m.group(1)) if p.strip()] if m else []
    stages = {topic_segment(part) for part in parts} - {None}
    return len(stages) >= 2 and not stages <= _COMPULSORY


def _lent_before(
    sentence: str, named_all: list[Named], found: Found, named: Named, given: dict[int, str | None]
) -> str | None:
    """The stage a figure whose words name none takes from the figures before it: a works'
    measure, that of the schools just counted (_prior_segment); a part in a bracket, that of
    its total (_bracket_total_segment)."""
    if ATTRIBUTE.match(found.name) and (prior := _prior_segment(sentence, named_all, named, given)):
        return prior
    bracket = _bracket_total_segment(sentence, named_all, named.span.start, given)
    part = bracket or _part_total_segment(sentence, named_all, named, given)
    return part or _listed_after(sentence, named_all, named, given)


_BARE_COUNT = re.compile(r"^[、\s]*(?:学生|在校生|学位|班级?|教学班|宿位|床位)数?$")


def _listed_after(
    sentence: str, named_all: list[Named], named: Named, given: dict[int, str | None]
) -> str | None:
    """`初中部42个班、学生2100人`: a bare count of pupils, places or classes listed after `、`
    is of the stage the figures listed before it were given, when they were given one; after
    several (`幼儿园学位1500个、高中阶段学位600个、宿位20000个`) none."""
    if not _BARE_COUNT.match(named.name):
        return None
    run: list[Named] = []
    after = named
    for n in reversed([n for n in named_all if n.span.end <= named.span.start]):
        between = sentence[n.span.end : after.span.start]
        if "、" not in between or re.search(r"[，,；;。：:（()）]", between):
            break
        run.append(n)
        after = n
    stages = {given.get(n.span.start) for n in run}
    return stages.pop() if len(stages) == 1 else None


_PARTS_FRAME = re.compile(r"(?=其中)|在[^，,。；;]{2,40}?中\s*[，,]")
"""Where a breakdown's parts begin: at 其中, or after a frame `在…中，` that holds the total."""


def _part_total_segment(
    sentence: str, named_all: list[Named], named: Named, given: dict[int, str | None]
) -> str | None:
    """After `，其中` (`…食堂22个，建筑面积5000多平方米，其中新建寄宿制学校食堂5个，改建食堂1个`),
    a part that names no stage is of its total's: the one figure before 其中 counted in the
    same unit, and no smaller than the part (corpus/README.md, `segment`: the part of a
    breakdown that holds it). Several such figures (`幼儿园22所、小学6所…，其中23所…`) leave
    the part none. A frame that holds the total opens its parts too (`在计划建设的67万余平方米
    农村初中生活用房中，学生宿舍…，厕所1.8357万平方米`)."""
    at = named.span.start
    frames = list(_PARTS_FRAME.finditer(sentence, 0, at))
    opened = frames[-1].end() if frames else -1
    if opened < 0 or re.search(r"[；;]", sentence[opened:at]) or middle_schools_only(named.name):
        return None  # `其中中学3所`: 中学 names schools of no one stage itself
    unit = _counted_in(named.span.unit)
    totals = [n for n in named_all if n.span.end <= opened and _counted_in(n.span.unit) == unit]
    if len(totals) != 1:
        return None
    part, total = (printed_amount(sentence, n.span) for n in (named, totals[0]))
    if part is None or total is None or part > total:
        return None
    return given.get(totals[0].span.start)


def _counted_in(unit: str | None) -> str:
    """What a printed unit counts, without its multiplier (`万平方米` and `平方米` alike)."""
    return re.sub(r"^[十百千万亿]+", "", unit or "")


def _bracket_total_segment(
    sentence: str, named_all: list[Named], at: int, given: dict[int, str | None]
) -> str | None:
    """Inside a bracket opened right after a figure (`建筑面积2400平方米(其中地上2200平方米,
    地下200平方米)`), the stage that figure, the total, was given: every part of a breakdown is
    of what its total is (corpus/README.md, `segment`), however far back its stage was named."""
    left = sentence[:at]
    opened = max(left.rfind("("), left.rfind("（"))
    if opened < 0 or max(left.rfind(")"), left.rfind("）")) > opened:
        return None
    total = [n for n in named_all if n.span.end <= opened]
    if not total or sentence[total[-1].span.end : opened].strip():
        return None
    return given.get(total[-1].span.start)


def _after_several_stages(sentence: str, named_all: list[Named], named: Named, name: str) -> bool:
    """`54所幼儿园、31所中小学投入使用，新增学位总数近6万个`, `9所幼儿园和5所中小学，提供学位
    12240个`: a figure that names no stage, right after two counts listed together, one of
    schools of several stages: it counts for all of them, so of no one stage (but `33所中小学
    幼儿园，其中建成14所幼儿园，可新增4250个学位`: a part's figure is the part's)."""
    prior = [n for n in named_all if n.span.end <= named.span.start]
    if len(prior) < 2 or stages_named(name) or mixed(name):
        return False
    first, last = prior[-2], prior[-1]
    joined = sentence[first.span.end : last.span.start]
    if not re.search("[、和及与]", joined) or re.search("[，,；;。：:]", joined):
        return False
    if "其中" in sentence[first.span.start : named.span.start]:
        return False
    if re.search("[；;。]", sentence[last.span.end : named.span.start]):
        return False
    kinds = [mixed(first.name), mixed(last.name)]
    return any(kinds) and not all(kinds) and any(topics(n.name) for n in (first, last))


def _after_parts_of_stages(sentence: str, named_all: list[Named], named: Named, name: str) -> bool:
    """`规划45个教学班，其中小学24个教学班、初中21个教学班，可容纳学生约2500人`: a figure in a
    clause after a 其中 breakdown into parts of two or more stages, naming none itself, is the
    whole's, of none."""
    opened = sentence.rfind("其中", 0, named.span.start)
    if opened < 0 or stages_named(name):
        return False
    after = [n for n in named_all if opened < n.span.start < named.span.start]
    # the parts: the run in one unit (`其中幼儿园2所，新增学位810个，职校1所…` pairs each its own)
    parts = list(itertools.takewhile(lambda n: n.span.unit == after[0].span.unit, after))
    if not parts or not re.search(r"[，,]", sentence[parts[-1].span.end : named.span.start]):
        return False
    return len({topic_segment(n.name) for n in parts} - {None}) >= 2


def _prior_segment(
    sentence: str, named_all: list[Named], named: Named, given: dict[int, str | None]
) -> str | None:
    """`幼儿园项目71个、新增学位2.6万个`: places (land, money…) listed right after a count of
    schools of one segment are theirs — unless the sentence counted other stages before
    (`幼儿园项目5个、义务教育项目8个、高中教育项目3个，计划总投资…`). `given` holds the
    segments the values before were given (`…幼儿园、增加十九班、增加招收人数五百名`: the
    classes are the kindergartens', and so are the pupils). A name repeated pair by pair
    (`幼儿园48所、新增学位1.6万个，小学37所、新增学位4.6万个`) gives each the stage of its own pair."""
    prior = [n for n in named_all if n.span.end <= named.span.start]
    if not prior:
        return None

    def segment(n: Named) -> str | None:
        return n.segment or given.get(n.span.start) or topic_segment(n.name)

    between = sentence[prior[-1].span.end : named.span.start]
    own = segment(prior[-1])
    if own is None or not _goes_on(between):
        return None
    segments = {segment(n) for n in prior} - {None}
    if len(prior) >= 2 and prior[-2].name == named.name and between.strip().startswith("、"):
        return own  # pairs (`幼儿园48所、新增学位1.6万个，小学37所、新增学位4.6万个`): each its own
    return own if segments == {own} else None  # not a total over several stages


def _goes_on(between: str) -> bool:
    """Whether the words between two figures go on about the same works: the next clause
    (`、新增学位…`), or clauses that only tell what the works hold (`，包括教学楼、食堂、运动场等，
    设置30个班`) or end the figure before (`30个班，新增学位…`), naming no stage, no year and no
    other number of their own."""
    if re.fullmatch(r"\s*[、，,]\s*[^，,；;。、]*", between):
        return True
    return bool(
        re.fullmatch(r"[^，,；;。、\d()（）]{0,3}[、，,][^；;。]*", between)
        and not stages_named(between)
        and not mixed(between)
        and not YEAR_WRITTEN.search(between)
        and not re.search(r"\d", between)
    )


def _built_segment(sentence: str) -> str | None:
    """The one segment of the schools a sentence builds (`新建公办幼儿园13所，共占地103.6亩，
    建筑面积4.55万㎡，…新增学位4590个`): its land, area, money and places are theirs. None
    when it builds for several stages (`新改扩建小学1所、幼儿园1所，建筑面积…`) or names none."""
    plain = re.sub(r"[（(][^（）()]*[）)]", " ", sentence)
    built = _BUILDS.search(plain)
    if built is None:
        return None
    rest = _MORE_BUILT.match(plain, built.end())  # `小学1所、幼儿园1所`
    what = (built.group() + (rest.group() if rest else "")).rsplit("等", 1)[
        -1
    ]  # `新建甲小学、乙小学等11所学校`: examples
    if len(set(re.findall(rf"{_SCHOOLS}(?=[和及与、]|$)", what))) > 1:
        return None  # `新建第七中学和第四幼儿园`: schools of several kinds
    return one_segment(what)


_BUILT_KIND = rf"(?:{SCHOOL_KIND}|初级中学|高级中学)"


_CLASSES_BUILT = re.compile(
    rf"(?:新建|拟建|规划建设|规划|建设)\s*(?P<kind>{_BUILT_KIND})\s*\d+\s*个?(?:教学)?班"
    rf"|\d+\s*个?班(?:的)?\s*(?P<after>{_BUILT_KIND})"
)
"""The school a project builds, told by its classes (`拟建小学48个教学班`, `规划36班初中`,
`30班初级中学规模`)."""


def _classes_built_segment(sentence: str) -> str | None:
    """The one stage of the school a sentence builds as so many classes: its land, floor area
    and money are of that stage (`…总用地面积为39416平方米，…，拟建小学48个教学班`)."""
    kinds = {m.group("kind") or m.group("after") for m in _CLASSES_BUILT.finditer(fold(sentence))}
    return one_segment(kinds.pop()) if len(kinds) == 1 else None


_PROJECT = re.compile(
    rf"[\u4e00-\u9fff]{{1,10}}?(?:{SCHOOL_KIND})"
    r"\s*(?:[（(][^（）()]{1,10}[）)])?\s*(?:新校址?|分校|新?校区)?(?:建设|新建|迁建|改扩建|扩建)?(?:工程)?项目"
    r"(?!\s*[\d一二两三四五六七八九十]+\s*[个项所])"
)
"""One school's building project named in a sentence (`东关小学(新校建设)项目`, `第六小学新校址
建设工程项目`), not a count of projects (`幼儿园项目5个`)."""


def _project_segment(sentence: str) -> str | None:
    """The stage of the one school whose project a sentence describes (`东关小学(新校建设)项目
    是…民生工程，总投资8533.15万元`): its money, land and floor area are that school's. None
    when it names several projects or none."""
    projects = _PROJECT.findall(fold(sentence))
    return one_segment(projects[0]) if len(projects) == 1 else None


_OPENING_SCHOOL = re.compile(
    r"\s*(?:(?:据了解|据悉|据介绍|近日|目前|此外|另外|同时)\s*[，,]?\s*)?"
    rf"[^，,；;。：:]{{2,24}}?(?:{SCHOOL_KIND})(?:园舍|校舍)?(?:兴建|新建|迁建|改扩建|扩建|建设)?"
    r"(?:工程|项目)?\s*(?=[，,]|位于|均|属于?|分别|由|被|是|(?:19|20)\d\d\s*年)"
)
"""A sentence's subject: one school or schools of one kind, after a lead (`据了解，`), followed by
a comma or what it says of them (`…中心幼儿园位于…`, `三个幼儿园均由…`, `…幼儿园园舍兴建工程，`,
`周尧小学2009年被列为…`)."""


def _school_opening(sentence: str) -> str | None:
    """`乙区第六幼儿园，位于某路，总投资…，建筑面积…`: a clause that opens with one school's name
    (as each item of a list of schools to build does) is about that school; its land, floor
    area, classes and places are of that school's stage."""
    opening = _OPENING_SCHOOL.match(fold(sentence))
    if opening is None or len(SCHOOL.findall(opening.group())) > 1:
        return None  # `新建第七中学和第四幼儿园，…`: schools of two kinds
    return one_segment(opening.group())


_BUILT_TO_STANDARD = re.compile(
    rf"按(?:照)?[^，,。；;]{{0,16}}?({SCHOOL_KIND})(?:办学|建设|设置)?标准"
)


def _standard_segment(sentence: str) -> str | None:
    """`该校按照某省四星级普通高中标准规划设计，总投资…，可容纳学生4500人`: a school built to one
    stage's standard is of that stage, and so are its land, floor area, money and pupils (not a
    fund's standard: `按幼儿园公用经费标准`)."""
    kinds = {m.group(1) for m in _BUILT_TO_STANDARD.finditer(fold(sentence))}
    return one_segment(kinds.pop()) if len(kinds) == 1 else None


SCHOOL = re.compile(SCHOOL_KIND)


_ROOMS_AND_DAYS = frozenset({"间", "栋", "幢", "座", "套", "日历天", "天", "个月"})
"""Units of a school's rooms and buildings and of its works' time: of the school a sentence
opens with, though no word of theirs names it."""


def sentence_stage(sentence: str, span: Span, name: str, unit: str | None) -> str | None:
    """The stage of a figure whose name and context name none, from the rest of its sentence:
    the schools it builds (for land, money, places), the one stage it counts schools or classes
    of, the schooling the people counted will get (_SERVED), or kindergartens counted in 园."""
    segment = None
    if ATTRIBUTE.match(name):
        segment = (
            _built_segment(sentence)
            or _project_segment(sentence)
            or _school_opening(sentence)
            or _classes_built_segment(sentence)
            or _standard_segment(sentence)
        )
    elif unit in _ROOMS_AND_DAYS:  # `某幼儿园园舍兴建工程，…，工期为390日历天，…共6间才艺教室`
        segment = _school_opening(sentence)
    if segment is None and unit in ("所", "班") and not _INSTITUTION.search(name):
        segment = _sentence_segment(sentence)
    if segment is None and (served := _SERVED.match(sentence, span.end)):
        segment = topic_segment("", served.group("what"))
    if segment is None and unit == "园":  # `增设…等四园`: a count of kindergartens
        segment = "学前"
    if segment is None and (unit or "").endswith("元"):
        segment = _works_funded(sentence, span.end)
    return segment


_FUNDED_WORKS = re.compile(rf"\s*(?:用于|修建|建设|新建|改扩建|新改扩建|扩建|{WORKS}|提升|改善)")
"""The works a sum pays for, printed right after it (`投入6300万元修建10个乡镇公办幼儿园`,
`投资13.5亿元，提升…义务教育薄弱学校的…条件`)."""


def _works_funded(sentence: str, end: int) -> str | None:
    """The one stage of the schools a sum pays for, as the rest of its clause, or the clause
    right after it, says (`计划投入6196万元，新建4所、改扩建4所幼儿园`): the money is of that
    stage. None when no works follow or they name several stages."""
    rest = re.split(r"[，,；;。]", sentence[end:], maxsplit=2)
    if rest[0].strip():
        works = rest[0] if _FUNDED_WORKS.match(rest[0]) else ""
    else:
        works = rest[1] if len(rest) > 1 and _FUNDED_WORKS.match(rest[1]) else ""
    return one_segment(works) if _schools_of_one_kind(works) else None


_FUNDED_SCHOOL = re.compile(rf"(?:{SCHOOL_KIND})(?!部)")


def _schools_of_one_kind(works: str) -> bool:
    """Works on schools of one kind (`修建10个乡镇公办幼儿园`, `…义务教育薄弱学校`), not on schools
    of several (`新建甲中学和乙幼儿园`), 中学 of no one stage, examples of a count (`新改扩建甲小学
    等11所学校`) or a part of a school (`建设初中部教学楼`)."""
    kinds = set(_FUNDED_SCHOOL.findall(works))
    named = kinds - {"学校"}
    return bool(kinds) and len(named) <= 1 and not named & {"中学", "中小学"} and "等" not in works


_SERVED = re.compile(
    r"\s*(?:名|人)?[^，,；;。\d]{0,8}?(?:儿童|学生|幼儿|孩子|子女)\s*(?:将|可|能|可以)?\s*"
    r"(?:享受|接受|就读|进入|入读)(?P<what>[^，,；;。\d]{1,12})"
)
"""`约30万名乡村学龄儿童可享受免费学前教育`: children counted by the schooling they will get;
the stage that schooling names is theirs."""


_INSTITUTION = re.compile(r"[校院]|学(?![年期])|幼儿园|[公民]办园")
"""A name that says what it counts (`老校`, `高等职业院校`) keeps to its own words; a school
year or term in it (`115学年度再增加`) says when, not what."""


def _sentence_segment(sentence: str) -> str | None:
    """The one stage a sentence speaks of, for a count of schools or classes whose own
    words name none (`今年将新建9所幼儿园，…预计年底前交付投用4所`, `甲家园（15班）`)."""
    return one_segment(sentence)


def one_segment(text: str) -> str | None:
    """The one segment a text speaks of; None when it names several, or mixes them."""
    found = set() if mixed(text) or SECONDARY_COUNT.search(text) else topics(text)
    return found.pop() if len(found) == 1 else None


_SCHOOLS = rf"(?:{SCHOOL_KIND})"


_NAMED_SCHOOL = rf"[^\W\d_、和及与]{{2,16}}?{_SCHOOLS}"


_BUILDS = re.compile(
    rf"(?:新建|改扩建|扩建|建设|建成|新改扩建|续建|竣工|完工|交付使用|投入使用|投用)(?:[^，,；;。]{{0,16}}?{_SCHOOLS}\s*\d+\s*所"
    rf"|[^，,；;。]{{0,24}}?\d+\s*[所个][^，,；;。\d]{{0,12}}?{_SCHOOLS}(?!部)"
    rf"|{_NAMED_SCHOOL}(?:[和及与、]{_NAMED_SCHOOL})*(?=[，,；;。]))"
)
"""A count of schools built or finished, with what they are (`新建公办幼儿园13所`, `新建…等11所学校`,
`竣工交付使用15所幼儿园`; not a part's classes, `建成后将设置包含18个教学班的初中部`), or the schools
named one by one as a clause (`新建甲中心幼儿园和乙幼儿园，总建设面积2060平米`)."""


_MORE_BUILT = re.compile(
    rf"(?:\s*[、，,和及]\s*[^，,；;。、\d]{{0,8}}?{_SCHOOLS}\s*\d+\s*所"
    rf"|\s*[、和及与]\s*\d+\s*所[^，,；;。、\d]{{0,8}}?{_SCHOOLS}(?=[和及与、，,；;。]|$))*"
    rf"(?:\s*[、和及与]\s*[^，,；;。、\d]{{0,4}}?{_SCHOOLS}(?=[，,；;。]|$))*"
)
"""The counts of other schools the same build lists after it (`、幼儿园1所`, `和6所普通高中`),
and kinds it counts together with it (`建设了9所幼儿园、中小学`: one count of schools of every
stage)."""
