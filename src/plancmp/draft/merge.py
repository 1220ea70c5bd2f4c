"""One record per target: restatements merged, baselines joined to their targets.

A plan's prose often repeats its table (`普惠性幼儿园覆盖面保持在90%以上` beside a row
`＞90`): the repeat is not a new target, only another place that prints it (`also`).
A review of the last period prints where an indicator starts (`由43.5%提升到58.2%`):
the same indicator's later target gets it as its baseline, marked as inferred.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from plancmp.draft.found import BLOCK, Found, FoundBaseline, place_part
from plancmp.draft.sections import school_heading
from plancmp.draft.segments import segment_of, stages_named
from plancmp.draft.sites import other_sites
from plancmp.draft.suggest import Suggestion, key, similarity
from plancmp.draft.text import PLACE_END, PLACE_PART
from plancmp.values import ValueParseError, compared, parse

SAME_NAME = 88
"""Two names at least this alike (0-100, see suggest.similarity) name one indicator."""
AS_TABLE_ROW = 70
"""Prose that prints a table row's number for a name this alike restates the row: a
table names an indicator tersely (`教师学历（%）`), prose at length."""


def table_baselines(found: list[Found]) -> list[Found]:
    """The baseline columns of table rows, as baselines other targets may share."""
    return [
        f._replace(raw=f.baseline.raw, year=f.baseline.year, baseline=None)
        for f in found
        if f.baseline is not None and f.baseline.year is not None
    ]


def _number(f: Found) -> object:
    try:
        v = parse(f.raw, f.unit)
    except ValueParseError:
        return None
    return (v.value, v.value_max, v.unit) if v.value is not None else (v.op, v.direction)


OTHER_BOUND = "另处写作“{}”，比较符不同，请核对取哪一个"
"""The review note of a target told again under another bound."""


def _other_bounds(a: Found, b: Found) -> bool:
    """The same number under two bounds (`>99` in the indicator table, `保持在99%以上` in the
    prose): one target told twice, but the reviewer should choose which bound the plan means. A
    bare number beside a bounded one is no other bound."""
    ops = {_bound_op(a), _bound_op(b)}
    return None not in ops and len(ops) == 2


def _bound_op(f: Found) -> str | None:
    """A figure's bound (>, >=, <, <=), read as the record will be (values.compared with the
    comparator printed apart); None when it has none."""
    try:
        value = compared(f.raw, f.comparator, f.unit) if f.comparator else parse(f.raw, f.unit)
    except ValueParseError:
        return None
    return value.op if value.op in (">", ">=", "<", "<=") else None


def _bound_told(bare: Found, bounded: Found) -> Found:
    """A target printed bare in prose, then again with its bound (`新增义务教育学位5000个` … `新增
    义务教育学位不低于5000个`): the bound is what the plan sets, so the record is the one that prints
    it, kept in the first one's place, year and stage where it names none. (A table row stays: the
    table is the plan's own statement of the indicator.)"""
    sections = (*bare.also, bare.section, *bounded.also)
    return bounded._replace(
        order=bare.order,
        year=bounded.year if bounded.year is not None else bare.year,
        segment=bounded.segment or bare.segment,
        also=tuple(dict.fromkeys(s for s in sections if s != bounded.section)),
    )


def _other_schools(a: Found, b: Found) -> bool:
    """Figures under two lines that each name a school (`东关小学:` … `纬二路小学:`): each
    school's own, however alike their names and numbers (`新增学位1350个` for both)."""
    schools = [school_heading(f.section.rsplit(" / ", 1)[-1].strip()) for f in (a, b)]
    return schools[0] != schools[1] and None not in schools


def _op(f: Found) -> str | None:
    try:
        return parse(f.raw, f.unit).op
    except ValueParseError:
        return None


def same_indicator(
    a: Found, b: Found, sa: Suggestion, sb: Suggestion, floor: float = SAME_NAME
) -> bool:
    """Same segment, and the same catalog metric or names at least `floor` alike; for a
    table row, also prose that uses every character of the row's name in another order
    (`教师学历（%）小学本科` and `小学教师本科学历`)."""
    if a.segment != b.segment or other_kinds(a.name, b.name):
        return False
    if sa.strong and sb.strong:
        return sa.metric == sb.metric
    if similarity(a.name, b.name) >= floor:
        return True
    table, other = (a, b) if a.kind == "table" else (b, a)
    chars = set(key(table.name))
    return table.kind == "table" and len(chars) >= 4 and chars <= set(key(other.name))


def _stage_named_again(a: Found, b: Found) -> bool:
    """A table row naming no stage, restated in prose that puts the stage before its name
    (`专任教师专科及以上学历比例 | ≥95` in a kindergarten plan's table, `幼儿园专任教师专科及以上
    学历比例不低于95%`): one target, which the prose's stage goes to."""
    table, prose = (a, b) if a.kind == "table" else (b, a)
    if table.kind != "table" or prose.kind != "prose" or table.segment or not prose.segment:
        return False
    if stages_named(prose.quote) != {prose.segment}:
        return False  # `小学…不低于90%，初中…达到98%`: each stage's own, not the row's
    head = key(prose.name).removesuffix(key(table.name))
    return bool(head) and head != key(prose.name) and segment_of(head) == prose.segment


def _row_named_alike(a: Found, b: Found) -> bool:
    """A table row naming no stage and prose under the very same name that its context gives
    a stage (`合计 | … | 123050` under `总投资（万元）`, `…义务教育学校…项目12个，总投资12.305亿元`):
    one target, which the prose's stage goes to."""
    table, prose = (a, b) if a.kind == "table" else (b, a)
    if table.kind != "table" or prose.kind != "prose" or table.segment or not prose.segment:
        return False
    return key(table.name) == key(prose.name)


def restated(a: Found, b: Found) -> bool:
    """Prose that prints a number again under a shorter or longer name (`入园率达到85%` …
    `学前三年入园率达到85%`), for the same segment or with none: one target. Not for a
    full 100%, which a plan prints for many indicators (`入学率`, `残疾儿童入学率`)."""
    if (
        a.kind != "prose"
        or b.kind != "prose"
        or (None not in (a.segment, b.segment) and a.segment != b.segment)
    ):
        return False
    number = _number(a)
    if not isinstance(number, tuple) or not isinstance(number[0], Decimal):
        return False  # words (全覆盖, 逐年提高) are printed for many indicators
    if number == (Decimal(100), None, "%"):
        return False
    if number[2] != "%" and _op(a) != _op(b):
        return False  # `5所` and `5所以上` under names one inside the other: two amounts
    ka, kb = (
        _SHORT_KINDERGARTEN.sub(r"\1幼儿园", key(n).replace("增加", "新增"))
        for n in (a.name, b.name)
    )
    # 增加学位 = 新增学位, 公办园 = 公办幼儿园
    short, long = sorted((ka, kb), key=len)
    if _JOINED.search(long) and not _JOINED.search(short):
        return False  # `新建和改扩建学校` counts its items together: `改扩建学校` is one of them
    return (len(short) >= 2 and short in long) or _reordered(ka, kb) or _qualified(short, long)


def _qualified(short: str, long: str) -> bool:
    """`新建、改扩建寄宿制学校` … `新建、改扩建农村义务教育寄宿制学校`: the same name with a
    qualifier inserted in it (the lead spells out what the text shortens): one target. Not for a
    short name (`新增托位` … `新增幼儿托位` may be two districts' equal counts)."""
    head = next(
        (i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short)
    )
    tail = len(short) - head
    return (
        len(short) >= 6
        and head >= 2
        and tail >= 3
        and long.startswith(short[:head])
        and long.endswith(short[head:])
    )


def _reordered(a: str, b: str) -> bool:
    """`提质升级1000所中小学校食堂` … `支持1000所中小学校食堂提质升级`: the same words in another
    order, after the verbs that only introduce them (支持, 同步推进) and 中小学校 = 中小学."""
    a, b = (_INTRO.sub("", x.replace("中小学校", "中小学")) for x in (a, b))
    return len(a) >= 6 and sorted(a) == sorted(b)


_INTRO = re.compile(r"^(?:同步|统筹|继续|扎实|加快)?(?:支持|推进|推动|实施|开展)")


_JOINED = re.compile(r"[和及与、]")
_SHORT_KINDERGARTEN = re.compile(r"(公办|民办|普惠性?|示范性?)园(?!区|所|长)")
"""`公办园` is how news shortens `公办幼儿园`."""
_RANKS = set("一二三四五六七八九十甲乙丙丁")


_KINDS = re.compile(
    r"(?:公办|民办|普惠|非营利性|营利性|城区|城镇|农村|乡村|乡镇|国家级|省级|市级|县级|区级"
    r"|男|女|专任|兼职|正高级|高级|中级)"
)
"""Words that name one kind of a thing beside others of it (who runs a school, where it is,
what rank or post): `公办幼儿园在园幼儿占比` and `普惠性幼儿园在园幼儿占比` are two indicators."""


def other_kinds(a: str, b: str) -> bool:
    """Two names the same but for the words of a kind, which differ (`公办…` / `民办…`);
    乡村 is another word for 农村 (城镇 and 城区 are not one place: a town is no city's district)."""
    a, b = (key(n).replace("普惠性", "普惠").replace("乡村", "农村") for n in (a, b))
    return _KINDS.sub("#", a) == _KINDS.sub("#", b) and _KINDS.findall(a) != _KINDS.findall(b)


_BRACKETED = re.compile(r"[（(]([^()（）]+)[)）]$")


def _other_parts(a: str, b: str) -> bool:
    """Two names that close on other brackets (`托位（莆田、漳州）`, `托位（三明、龙岩）`): the
    figures of two parts, however alike the rest."""
    ma, mb = _BRACKETED.search(a), _BRACKETED.search(b)
    return ma is not None and mb is not None and ma.group(1) != mb.group(1)


_PLACE_PART = re.compile(PLACE_PART)
_PLACE_BRACKET = re.compile(rf"[（(][^()（）]*(?:{PLACE_END}|合计)[)）]$")


def _of_a_place(name: str) -> bool:
    """A name closing on the place it is of (`高中阶段毛入学率（安平市）`, `…（全省合计）`)."""
    return _PLACE_BRACKET.search(name) is not None


def part_of_place(a: str, b: str) -> bool:
    """`中部地区高中阶段教育毛入学率` beside `高中阶段教育毛入学率`: one is the other's figure for a
    part of the place (`其中…中部地区达到92%以上`), two targets however equal the figures."""
    short, long = sorted((a, b), key=len)
    head = long[: len(long) - len(short)]
    return bool(head) and long.endswith(short) and bool(_PLACE_PART.fullmatch(head))


def _other_grades(a: str, b: str) -> bool:
    """`…获一等奖` and `…获二等奖`, `一级园` and `二级园`: names that differ only in a rank are
    two targets, however alike."""
    if len(a) != len(b) or a == b:
        return False
    return all(x in _RANKS and y in _RANKS for x, y in zip(a, b, strict=True) if x != y)


"""A list joined in a name: the name counts several things together."""


_GOAL_BEFORE = re.compile(r"(?:目标|任务)[:：]?\s*$")
_GOAL_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,6}?的?(?:目标|任务)")


def _names_the_goal(f: Found, k: Found) -> bool:
    """A figure printed as the goal itself (`一定会达到132家的目标`, `完成公办幼儿园任务300所`)
    after the same figure was drafted for the same year: the page restates its target,
    whatever words it names it by."""
    if f.kind != "prose" or (None not in (f.segment, k.segment) and f.segment != k.segment):
        return False
    at = f.quote.find(f.raw)
    if at < 0:
        return False
    before, after = f.quote[max(0, at - 4) : at], f.quote[at + len(f.raw) :]
    return bool(_GOAL_BEFORE.search(before) or _GOAL_AFTER.match(after))


COUNTED = 4
"""Characters after a count that say what it counts (`83所新建、改扩建…`)."""
_COUNTED_WORDS = re.compile(rf"[\u4e00-\u9fff、“”\"]{{{COUNTED}}}")


def _counted(f: Found) -> str | None:
    """The COUNTED characters right after a count (`…交付的83所新建、改扩建学校` → `新建、改`);
    None when a stop, a digit or the quote's end falls among them, for a count in words (`六所`),
    and for a share (`95%`), which many indicators print alike."""
    at = f.quote.find(f.raw)
    if at < 0 or not re.search(r"\d", f.raw) or re.search(r"[%％成]", f.raw):
        return None
    words = _COUNTED_WORDS.match(f.quote, at + len(f.raw))
    return words.group() if words else None


def _block(f: Found) -> int:
    return f.order // BLOCK


def same_count_told(a: Found, b: Found) -> bool:
    """A count of the same things told again by another sentence in other words (`拟建成
    83所新建、改扩建中小学` … `秋季交付的83所新建、改扩建学校`, `接着新建6所公办幼儿园，…` …
    `新建6所公办幼儿园包括：`): the words that follow the count name what it counts, so the
    same count followed by the same words in another paragraph is one target, however the names
    drawn differ. In one paragraph it may be another place's equal count."""
    if a.kind != "prose" or b.kind != "prose" or _block(a) == _block(b):
        return False  # one paragraph's list by place (`甲区建设了9所…；乙区建设了9所…`)
    if None not in (a.segment, b.segment) and a.segment != b.segment:
        return False
    counted = _counted(a)
    if counted is None or counted != _counted(b) or _op(a) != _op(b):
        return False
    pa, pb = _places_before(a), _places_before(b)
    return not (pa and pb and not pa & pb)  # `甲区新建7所…` … `丙区新建7所…`: two places'


_CLAUSE = re.compile(r"[^，,；;。：:！？!?]*$")
_NAMED_PLACE = re.compile(
    rf"[\u4e00-\u9fff]{{0,5}}?(?![全本我该各])[\u4e00-\u9fff]{PLACE_END}"
    r"(?![域城级属内外])"
)
"""A place a clause names (`甲区`, `某某县`); not the whole (`全市`, `本区`), nor a kind of
area (`县域`, `城区`)."""


def _places_before(f: Found) -> set[str]:
    """The places the clause names before a count: whose count it is."""
    at = f.quote.find(f.raw)
    clause = _CLAUSE.search(f.quote[: max(at, 0)])
    # the words before a place run into it (`预计支持某省`): its last three characters name it
    return {p[-3:] for p in _NAMED_PLACE.findall(clause.group() if clause else "")}


LIST_ITEM = 12
"""A line this short that is all one count (`新建6所幼儿园`) is an item of a list."""


def _undated_told(k: Found, f: Found) -> bool:
    """One figure with a year and once without: a count told again (same_count_told), or a
    table row whose header names no year (`省定标准`) that the prose dates (`到2026年，…不高于0.50`)."""
    if None not in (k.year, f.year):
        return False
    return (k.kind == "table" and k.year is None) or same_count_told(k, f)


def _row_again(k: Found, f: Found) -> bool:
    """A table row printed again in another table (a breakdown by place ends on the whole's
    row, `全市 | 52.3 | 56`, which the main table gave): same name, value, year, stage and
    baseline (or none in both). Rows alike but for their baselines are two tables' own (`小学`
    and `初中` tables whose captions name their stage); a full 100% or a word is printed for
    many indicators, and is left to stand."""
    number = _number(f)
    return (
        k.kind == f.kind == "table"
        and _block(k) != _block(f)
        and (k.name, k.raw, k.year, k.segment) == (f.name, f.raw, f.year, f.segment)
        and _base_of(k) == _base_of(f)
        and isinstance(number, tuple)
        and isinstance(number[0], Decimal)
        and number != (Decimal(100), None, "%")
    )


def _total_told(k: Found, f: Found) -> bool:
    """A table's total row (`新增学前学位（合计） | 1620` under a column with no unit) that prose
    prints too (`新增学位1,620个`): the same number, in the prose's unit or the row's none, of
    the same stage, under a name alike (a value printed in a table and in prose is one record,
    corpus/README.md)."""
    if k.kind != "table" or f.kind != "prose" or k.segment != f.segment:
        return False
    whole = _TOTAL_ROW.sub("", k.name)
    a, b = _number(k), _number(f)
    if whole == k.name or not isinstance(a, tuple) or not isinstance(b, tuple):
        return False
    return a[:2] == b[:2] and a[2] in (None, b[2]) and similarity(whole, f.name) >= AS_TABLE_ROW


_TOTAL_ROW = re.compile(r"[（(](?:合计|总计)[）)]$")


def _base_of(f: Found) -> tuple[str, int | None] | None:
    return None if f.baseline is None else (f.baseline.raw, f.baseline.year)


def _list_item(f: Found) -> bool:
    """An item of a list under place lines (`雁塔区` / `新建6所幼儿园` / `未央区` /
    `新建6所幼儿园`): the same short line under another place is another place's target. A
    sentence (`邯郸这里要建两所新高中！`, a headline printed again and again) is none."""
    quote = f.quote.strip()
    return (
        f.kind == "prose"
        and len(quote) <= LIST_ITEM
        and not re.search(r"[，,。；;：:！!？?]", quote)
    )


def merge(found: list[Found], suggest: Callable[[Found], Suggestion]) -> list[Found]:
    """Drop repeats: the same sentence printed twice, and prose that restates a target
    already found (same indicator, year and number), whose section goes to `also`. A round-up
    by place (`甲区` / `新建学校1所…` / `乙区` / `新建学校1所…`) gives each place the same
    count in the same words: figures of two places' parts are two targets."""
    kept: list[Found] = []
    seen: dict[tuple[str, str, str, int | None, str | None], set[str | None]] = {}
    staged: dict[str, str] = {}  # a table row's quote → the stage prose gave it
    for f in sorted(found, key=lambda f: (f.kind != "table", f.order)):
        # the same sentence under another year (`2023年，…。…比例达7%。`) is its own, and so
        # is one under another place's line, or of another stage (`小学、初中均达到…`); one
        # read with no place is the same figure
        printed, place = (f.quote, f.raw, f.name, f.year, f.segment), place_part(f)
        places = seen.setdefault(printed, set())
        if places and (place is None or None in places or place in places) and not _list_item(f):
            continue
        places.add(place)
        for i, k in enumerate(kept):
            if (
                (f.kind == "prose" or _row_again(k, f))
                and not (_list_item(f) and _list_item(k))
                and (k.year == f.year or _undated_told(k, f))
                and (_number(k) == _number(f) or _total_told(k, f))
                and not other_sites(k.name, f.name)
                and not _other_parts(k.name, f.name)
                and not part_of_place(k.name, f.name)
                and not _other_grades(k.name, f.name)
                and place_part(k) == place_part(f)
                and not _other_schools(k, f)
                and (
                    same_indicator(
                        k,
                        f,
                        suggest(k),
                        suggest(f),
                        AS_TABLE_ROW if k.kind == "table" else SAME_NAME,
                    )
                    or restated(k, f)
                    or _stage_named_again(k, f)
                    or _row_named_alike(k, f)
                    or _names_the_goal(f, k)
                    or same_count_told(k, f)
                )
            ):
                if k.kind == "prose" and _bound_op(k) is None and _bound_op(f) is not None:
                    k = kept[i] = _bound_told(k, f)
                if k.year is None:  # a count told again with its year
                    k = kept[i] = k._replace(year=f.year)
                if k.segment is None and f.segment is not None:
                    k = kept[i] = k._replace(segment=f.segment)
                    if k.kind == "table":
                        staged[k.quote] = f.segment
                if f.section != k.section and f.section not in k.also:
                    k = kept[i] = k._replace(also=(*k.also, f.section))
                if _other_bounds(k, f):
                    kept[i] = k._replace(review=(*k.review, OTHER_BOUND.format(f.raw)))
                break
        else:
            kept.append(f)
    # the row's other years take the stage the prose gave one of them
    kept = [k._replace(segment=staged.get(k.quote) or k.segment) for k in kept]
    return sorted(kept, key=lambda f: f.order)


def link_baselines(
    targets: list[Found], baselines: list[Found], suggest: Callable[[Found], Suggestion]
) -> list[Found]:
    """Give each target without a baseline the latest earlier value of its indicator."""
    out = []
    for t in targets:
        trend = _number(t) in (("trend", "up"), ("trend", "down")) or t.scope == "per_year"
        best = None if t.baseline is not None or trend else _best_baseline(t, baselines, suggest)
        if best is None:
            out.append(t)
            continue
        b = FoundBaseline(best.raw, best.year, best.section, True, False)
        out.append(t._replace(baseline=b))
    return out


def _best_baseline(
    t: Found, baselines: list[Found], suggest: Callable[[Found], Suggestion]
) -> Found | None:
    try:
        unit = parse(t.raw, t.unit).unit
    except ValueParseError:
        return None
    best: tuple[tuple[float, int, int], Found] | None = None
    for b in baselines:
        if b.scope != t.scope or not (_earlier(b, t) or _pointed_back(b, t)):
            continue  # a stock (现有17所) is no baseline for a flow (新建6所)
        if b.kind == t.kind == "table" and b.quote == t.quote:
            continue  # its row gave each target the baseline it has: none is left to lend
        if _of_a_place(t.name) and not _of_a_place(b.name):
            continue  # `毛入学率（安平市）`: a place's target starts from no whole's level
        try:
            bv = parse(b.raw, b.unit)
        except ValueParseError:
            continue
        if bv.value is None or (unit is not None and bv.unit != unit):
            continue
        if not same_indicator(
            t, b, suggest(t), suggest(b), AS_TABLE_ROW if b.kind == "table" else SAME_NAME
        ):
            continue
        rank = (similarity(t.name, b.name), b.year or 0, b.order)
        if best is None or rank > best[0]:
            best = (rank, b)
    return best[1] if best else None


def _earlier(b: Found, t: Found) -> bool:
    return b.year is not None and t.year is not None and b.year < t.year


_POINTS_BACK = re.compile(r"(?:这一|该|此)(?:比例|占比|比重|比率|覆盖率|指标)")


def _pointed_back(b: Found, t: Found) -> bool:
    """`目前…约占8%，…这一比例将在2030年达到15%`: an undated value its sentence's target
    points back at (这一比例) is where that target starts, though no year is printed for it."""
    if b.year is not None or b.quote != t.quote or b.order >= t.order:
        return False
    at = t.quote.find(t.raw)
    return at > 0 and bool(_POINTS_BACK.search(t.quote[:at]))
