"""The particulars of one named school: its land, floor area, money, classes and places.

News of a building programme describes each site in a run of clauses that names it once:
`位于某路南侧的第十五幼儿园占地面积4920平方米，建筑面积8900平方米，总投资3410万元，设有12个班；
第十七幼儿园占地面积…`. Every figure of the run is that school's, and of its stage; a pronoun
(`这个项目占地面积…`) stands for the school the sentence opened with.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from plancmp.draft.segments import middle_schools_only, topic_segment
from plancmp.draft.text import SCHOOL_KIND, WORKS

if TYPE_CHECKING:
    from plancmp.draft.naming import Named

_KIND = rf"(?:{SCHOOL_KIND})"
_ORDINAL = r"第[一二三四五六七八九十百零〇\d]{1,4}"
"""A school's ordinal name (`第十五`幼儿园)."""
_OWN = rf"(?:{_ORDINAL}|[^\W\d_的之、，,；;：:（）()“”]{{2,10}}?)"
_ATTRIBUTE = (
    r"(?:项目)?(?:总?占地(?:面积)?|(?:总)?用地面积|(?:总)?建筑面积|(?:计划|规划)?总?投资|"
    r"办学规模|班级|设有?|可?容纳|可?提供|(?:共|计划)?(?:招生|招收))"
)
_SITE_FIRST = re.compile(rf"(?P<site>{_OWN}{_KIND})(?P<rest>{_ATTRIBUTE}.*)$")
"""`…的第十五幼儿园占地面积`: a school's own name, then one of its particulars."""
_PRONOUN_FIRST = re.compile(rf"^(?:这个项目|该项目|本项目|该校|该园)(?P<rest>{_ATTRIBUTE}.*)$")
_BARE = re.compile(rf"^{_ATTRIBUTE}")
"""A particular with no subject (`建筑面积`, `设有班`, `可容纳幼儿就读`): of the site before."""
_SUBJECT = re.compile(rf"(?:^|[，,；;。])\s*(?P<site>{_ORDINAL}{_KIND})")
"""A school a sentence opens a clause with by its ordinal name (`第十六幼儿园是…`)."""
_SITE_CLAUSE = re.compile(
    rf"(?:包括|如|其中)?\s*(?:(?:规划|计划)?(?:新改扩建|{WORKS}|建设))?\s*(?P<site>{_OWN}{_KIND})\s*"
)
"""A clause that is only a school's name, or the work that builds it (`…，包括甲幼儿园，设6个班`,
`新建乙幼儿园，设12个班`): the particulars after it are that school's."""
_CLAUSE_END = re.compile(r"[，,；;：:。]")
GENERIC_SCHOOL = re.compile(
    r"(?:公办|民办|普惠|新建|改扩建|扩建|续建|示范|中心|薄弱|寄宿制?|各类?|全部|所有|中小学)"
)
"""Words of a kind of school, not of one school's name (`公办幼儿园占地`, `所有中小学`)."""


def of_sites(sentence: str, out: list[Named]) -> list[Named]:
    """Each figure of a school's run of particulars named by that school and its stage."""
    site = ""  # a sentence ends at `；`: one run of particulars at most
    for i, named in enumerate(out):
        name = named.name
        first = _SITE_FIRST.search(name)
        pronoun = _PRONOUN_FIRST.match(name)
        if first and _one_school(first):
            site, rest = first.group("site"), first.group("rest")
        elif pronoun:
            opened = list(_SUBJECT.finditer(sentence, 0, named.span.start))
            if not opened:
                continue
            site, rest = opened[-1].group("site"), pronoun.group("rest")
        elif _BARE.match(name) and (site := _site_clause(sentence, named.span.start) or site):
            rest = name
        else:
            site = "" if first else site
            continue
        lent = middle_schools_only(rest) or site in named.borrowed  # `提供中学学位`
        stage = None if lent else topic_segment(site)
        out[i] = named._replace(name=site + rest, segment=named.segment or stage)
    return out


def _site_clause(sentence: str, at: int) -> str:
    """The school a clause before `at` names and says nothing else of (`永外地区幼儿园，设12个班`):
    the nearest such clause of the run, or ''."""
    ends = [m.start() for m in _CLAUSE_END.finditer(sentence, 0, at)]
    if not ends or sentence[ends[-1]] in "；;。":
        return ""
    start = ends[-2] + 1 if len(ends) > 1 else 0
    m = _SITE_CLAUSE.fullmatch(sentence, start, ends[-1])
    return m.group("site") if m and _one_school(m) else ""


def other_sites(a: str, b: str) -> bool:
    """Two names of the same particular of two schools (`第十五幼儿园设有班`, `第十六幼儿园设有班`):
    two targets, however alike the names."""
    sa, sb = _site(a), _site(b)
    return bool(sa and sb) and sa != sb


def _site(name: str) -> str:
    """The one school a name's particular is of (`第十五幼儿园占地面积` → 第十五幼儿园), or ''."""
    m = _SITE_FIRST.search(name)
    return m.group("site") if m and _one_school(m) else ""


def _one_school(m: re.Match[str]) -> bool:
    """A site that names one school, not a kind of school (`公办幼儿园`)."""
    return not GENERIC_SCHOOL.search(m.group("site"))
