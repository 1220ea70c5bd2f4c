"""What another body's document sets, quoted in a plan: no target of the plan's.

An 优质均衡 plan prints the national rule's indicators in an appendix, its note saying the
table is quoted from the rule; a city's plan opens a paragraph on what the province's plan
sets (`《省行动计划》明确：到2030年，全省…`) before its own targets. Those figures are the
yardsticks the plan's own are set against.
"""

from __future__ import annotations

import re

from plancmp.draft import table_text
from plancmp.draft.document import Paragraph
from plancmp.draft.sections import Part

_QUOTED_FROM = re.compile(
    r"(?:本表|此表|该表|上表)[^，,。；;]{0,6}?(?:摘录|摘编|摘|引|选)自\s*(?:[^《，,。；;]{0,8})《"
    r"[^》]{2,60}(?:办法|标准|规定|规范|条例|指南|细则|规程)(?:[(（]试行[)）])?》"
)
"""A note saying its table is quoted from a rule (`注：本表摘录自《县域义务教育优质均衡发展督导评估
办法》`): the rule's standards, which the plan cites; not data quoted from a report (`摘自《…公报》`),
nor a column of standards beside the plan's own (`“国家标准”一栏摘自《…办法》`)."""


def quoted_table(every: list[Part], n: int) -> bool:
    """Whether the table of part n is quoted from a rule another body sets, as the note under it
    says: its figures are that rule's standards, no target of the plan's."""
    after = every[n + 1].block if n + 1 < len(every) else None
    return (
        isinstance(after, Paragraph)
        and bool(table_text.NOTE.match(after.text))
        and bool(_QUOTED_FROM.search(after.text))
    )


_QUOTES_PLAN = re.compile(
    r"\s*[(（]?[一二三四五六七八九十\d]*[)）、.．]?\s*([^《，,。；;：:]{0,12})《([^》]{2,60})》"
    r"(?:明确|提出|要求|规定)(?:提出)?[：:，,]"
)
"""A paragraph opening on what a named document sets (`《省行动计划》明确：到2030年，全省…`), its
issuer perhaps before it (`省委省政府《…》明确提出：`)."""
_HIGHER = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}省|省|国家|全国|中央|国务院|教育部)")
"""A province's or the nation's document or issuer (`澄湖省…`, `省行动计划`, `国家…`), not a
county's that names a provincial title (`县委县政府关于创建省级…`)."""
_LOCAL = re.compile(r"(?:市|区|县|旗|州|盟)$")
_OWN_AFTER = re.compile(
    r"[；;，,](?=\s*(?:(?:到|至)?\s*(?:19|20)\d\d\s*年[，,]?\s*)?(?:我|本|全)?[县市区](?![级域]))"
)
"""Where the quote gives way to the place's own (`…全省…达到99%；我县…达到99.5%`, `…；到2030年，
我县…`). After a comma the place's clause leans on the quote for its indicator's name, so the
paragraph is read whole: the province's figure is a record to delete, the place's is kept."""
_HIGHER_PLACE = re.compile(r"全省|全国|全区(?=[^县市]{0,4}(?:自治区))|[\u4e00-\u9fff]{2,3}省(?!级)")
"""The higher place the quoted figures are of (`全省高中阶段毛入学率达到97%以上`): a quote of a
province's plan that sets the county's own figures (`按照《浙江省…》要求，到2030年，全县…`) has none."""


def without_higher_quote(text: str, jurisdiction: str | None) -> str:
    """A paragraph of a lower place's plan without the sentence that quotes what a province's or
    the nation's document sets (`《省行动计划》明确：到2030年，全省…达到97%以上。我市…`): that is
    the yardstick the place's own targets, after it (or after a `；我县…`), are set against. A
    report on such a plan (no place of its own below it) keeps it."""
    m = _QUOTES_PLAN.match(text)
    if m is None or not _LOCAL.search(jurisdiction or ""):
        return text
    if not (_HIGHER.match(m.group(2)) or _HIGHER.match(m.group(1))):
        return text
    end = text.find("。", m.end())
    stop = end if end >= 0 else len(text)
    own = _OWN_AFTER.search(text, m.end(), stop)
    if not _HIGHER_PLACE.search(text, m.end(), own.start() if own else stop):
        return text  # the quote sets the place's own figures
    if own and own.group() in "，,":
        return text  # `…99%，我县到2030年达到99.5%`: the place's figure is named only before it
    return text[own.end() :] if own else text[stop + 1 :]
