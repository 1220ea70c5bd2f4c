"""A plan's identity as the document prints it: title, period, issuer, number, date, place.

Only what the text states is filled in; every field left empty or read from a weak
clue is named in `review` for the curator.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from plancmp.draft.document import Document, Heading, Paragraph, Table
from plancmp.draft.text import PERIODS, YEAR, compact, fold

_PLAN_WORDS = re.compile(
    r"规划|要点|纲要|方案|思路|举措|工作计划|行动计划|发展计划|实施计划|计划要点"
)
_NOTICE = re.compile(r"通知|关于印发|印发给|请认真|[。]$")
_DOC_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,10}[〔\[［(（【]\s*(?:19|20)\d\d\s*[〕\]］)）】]\s*\d{1,4}\s*号"
)
_DATE = re.compile(r"^(?:发布日期[:：]?)?\s*((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日\s*(?:印发)?$")
_ORG = re.compile(
    r"(?:人民政府|政府办公室|办公厅|办公室|教育局|教育厅|委员会|教育委员会|局|厅|委)$"
)
_PLACE = re.compile(
    r"^([\u4e00-\u9fff]{2,4}?[省])?([\u4e00-\u9fff]{1,4}?市)?([\u4e00-\u9fff]{1,4}?[区县市])"
)
_TITLE_ORG = re.compile(r"^([\u4e00-\u9fff]{2,12}?(?:教育局|教育体育局|教育和体育局|人民政府))")
HEAD_BLOCKS = 60
"""How many blocks from the top are searched for the title and the covering notice."""


class Header(NamedTuple):
    """The plan-level fields of a drafted plan file."""

    title: str
    issuer: str | None
    doc_number: str | None
    issued: str | None
    jurisdiction: str | None
    level: str | None
    parent_city: str | None
    kind: str | None
    base_year: int | None
    target_year: int | None
    review: tuple[str, ...]
    """The fields left for the curator, each with why."""
    looks_back: bool = False
    """The title reports results (盘点, 回顾, 总结): its numbers are no targets."""
    one_year: bool = False
    """A programme for one year (a single year in the title, 工作要点): a count is that year's."""


def _texts(doc: Document) -> list[str]:
    out = []
    for b in doc.blocks[:HEAD_BLOCKS]:
        if isinstance(b, Heading | Paragraph):
            out.append(b.text.strip())
        elif isinstance(b, Table):
            out.extend(c.strip() for row in b.rows for c in row)
    return [t for t in out if t]


_CHROME = re.compile(
    r"[>＞|｜]|首页|菜单|来源|浏览|打印|字体|当前位置|发布时间|发布日期|责任编辑|扫码|关键词|附件|转载"
)
TITLE_BLOCKS = 12
"""A title stands among the first blocks (after a page's menu and path)."""
_REVIEW_TITLE = re.compile(r"盘点|回顾|总结|成绩单|综述|述职|成就展")
_FORWARD_TITLE = re.compile(r"思路|计划|要点|规划|打算|安排|任务|目标|展望")
"""A title that looks back (`盘点2021`) and not forward (`…总结和2023年工作思路`): the
document reports results, it sets no targets."""


def _candidates(texts: list[str], whole: bool = False) -> list[str]:
    """Short lines, and (unless `whole`) the short pieces of long opening lines (a news
    page may run its menu, path and headline into one line)."""
    out = []
    for text in texts:
        plain = re.sub(r"^#+\s*|</?b>|\*\*", "", text).strip()
        if len(plain) <= 60:
            out.append(plain)
        elif not whole:
            pieces = re.split(
                r"\s{2,}|[>|｜]|正文|[。?？!！]|(?=(?:19|20)\d\d-\d{1,2}-\d{1,2})", plain
            )
            out.extend(p.strip() for p in pieces if 4 <= len(p.strip()) <= 60)
    return out


def _may_be_title(line: str) -> bool:
    return not _NOTICE.search(line) and not _CHROME.search(line)


def find_title(texts: list[str]) -> str | None:
    """The first short line naming a plan (规划, 要点, 思路…); failing that, a line with a
    year about schools, or a short opening line (`关于…提案的答复`); never the covering
    notice nor page furniture."""
    opening = _candidates(texts[:3]) + _candidates(texts[3:TITLE_BLOCKS], whole=True)
    lines = [t for t in opening if _may_be_title(t)]
    for line in lines:
        if _PLAN_WORDS.search(line):
            return line
    for line in lines:
        dated = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)|今年", line)
        if dated and re.search(r"教育|学校|学位|幼儿园", line) and not re.match(r"截至|截止", line):
            return line
    for line in _candidates(texts[:3], whole=True):
        if _may_be_title(line) and len(line) >= 6 and not re.search(r"[，,。：:]", line):
            return line
    for text in texts[:TITLE_BLOCKS]:
        for m in re.finditer(r"《([^》]{4,40})》", text):
            if _PLAN_WORDS.search(m.group(1)):
                return m.group(1)
    return None


def _looks_back(title: str) -> bool:
    return bool(_REVIEW_TITLE.search(title)) and not _FORWARD_TITLE.search(title)


def _first_year(texts: list[str]) -> int | None:
    """The first year a news report's opening names (`记者从2023年建设项目…`)."""
    for text in texts:
        found = [int(y) for y in YEAR.findall(fold(text)) if int(y) >= 2000]
        if found:
            return found[0]
    return None


def published_year(texts: list[str]) -> int | None:
    """The year of the page's date (`2022-12-31 14:42`, `发布时间:2020年11月19日`)."""
    for text in texts[:8]:
        m = re.search(r"((?:19|20)\d\d)(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)", fold(text))
        if m:
            return int(m.group(1))
    return None


def read_header(doc: Document) -> Header:
    """The plan's identity from its first pages."""
    texts = _texts(doc)
    review: list[str] = []
    title = find_title(texts)
    if title is None:
        title = texts[0][:60] if texts else "（无标题）"
        review.append("title：未找到规划标题，取了第一行，请改为文件标题")
    before = texts[: texts.index(title)] if title in texts else []
    doc_number = _doc_number(title, before, texts)
    issuer, issued = _signature(before)
    if issuer is None and (m := _TITLE_ORG.match(title)):
        issuer = m.group(1)
    base, target, kind = _period(title)
    if target is None:
        base, target, kind = _period_in_text(texts, kind)
    if target is None and "今年" in "".join(texts[:6]):
        target = published_year(texts) or _first_year(texts[:6])
    place = _jurisdiction(title, issuer, doc)
    jurisdiction, level, parent = place
    for field, value, why in (
        ("issuer", issuer, "未印发文机关"),
        ("doc_number", doc_number, "未印文号"),
        ("issued", issued, "未印成文日期"),
        ("jurisdiction", jurisdiction, "标题未写明地区"),
        ("level", level, "无法从地名判断行政级别（县级市还是地级市？）"),
        ("parent_city", parent, "文中未写明所属地级市"),
        ("kind", kind, "无法从标题判断规划类型"),
        ("target_year", target, "标题未写明规划期"),
    ):
        if value is None:
            review.append(f"{field}：{why}，请核对后填写")
    if jurisdiction and not title.startswith(jurisdiction):
        review.append(f"jurisdiction：由文中“{jurisdiction}”推断，请核对")
    one_year = kind == "annual_work_points" or (
        target is not None and (base is None or target - base == 1)
    )
    return Header(
        title,
        issuer,
        doc_number,
        issued,
        jurisdiction,
        level,
        parent,
        kind,
        base,
        target,
        tuple(review),
        _looks_back(title),
        one_year,
    )


def _doc_number(title: str, before: list[str], texts: list[str]) -> str | None:
    for text in [*before, title, *(t for t in texts if t.startswith("发文字号"))]:
        m = _DOC_NUMBER.search(fold(text))
        if m:
            start, end = m.span()
            return text[start:end].strip()
    return None


def _signature(before: list[str]) -> tuple[str | None, str | None]:
    """The issuing body and date under the covering notice: an organisation's name on the
    line just above a date line (`绍兴市越城区人民政府办公室` / `2022年6月20日`)."""
    for i, text in enumerate(before):
        m = _DATE.match(compact(text))
        if not m or i == 0:
            continue
        org = before[i - 1].strip()
        names = [n for n in re.split(r"\s+", org) if n]
        if len(org) <= 60 and names and all(_ORG.search(n) for n in names):
            year, month, day = (int(g) for g in m.groups())
            return "、".join(names), f"{year:04d}-{month:02d}-{day:02d}"
    return None, None


def _period(title: str) -> tuple[int | None, int | None, str | None]:
    """(base year, target year, kind) from the title: `（2021-2025）`, `十四五`, `2023年工作要点`."""
    folded = fold(title)
    kind = None
    if "要点" in folded:
        kind = "annual_work_points"
    elif "思路" in folded:
        kind = "five_year_outline"
    elif re.search(r"规划|纲要", folded):
        kind = "five_year_plan"
    span = re.search(r"((?:19|20)\d\d)\s*[-—–~至到]\s*((?:19|20)\d\d)", folded)
    if span:
        return int(span.group(1)) - 1, int(span.group(2)), kind
    for name, end in PERIODS.items():
        if name in folded:
            return end - 5, end, kind
    years = {int(y) for y in YEAR.findall(folded)}
    if len(years) == 1:
        return None, years.pop(), kind or ("annual_work_points" if "要点" in folded else None)
    if len(years) == 2 and max(years) - min(years) == 1:
        return min(years), max(years), kind  # `2022年工作总结和2023年工作思路`
    return None, None, kind


def _period_in_text(
    texts: list[str], kind: str | None
) -> tuple[int | None, int | None, str | None]:
    """The period of the plan a news report or notice names (`《…“十三五”规划》`)."""
    for text in texts[:12]:
        for name in re.findall(r"《([^》]{4,40})》", text):
            if _PLAN_WORDS.search(name):
                base, target, found = _period(name)
                if target is not None:
                    return base, target, kind or found
    return None, None, kind


def _jurisdiction(
    title: str, issuer: str | None, doc: Document
) -> tuple[str | None, str | None, str | None]:
    """(jurisdiction, level, parent city) as the title, the issuer or the text prints them."""
    m = _PLACE.match(re.sub(r"^#+\s*", "", title))
    if not m:
        return None, None, None
    city, place = m.group(2), m.group(3)
    if issuer and (im := _PLACE.match(issuer)) and im.group(3) == place and im.group(2):
        city = city or im.group(2)
    if city is None and place.endswith(("区", "县", "市")):
        text = "".join(b.text for b in doc.blocks if isinstance(b, Heading | Paragraph))
        found = re.search(rf"([\u4e00-\u9fff]{{2,3}}市){re.escape(place)}", text)
        if found and found.group(1) != place:
            city = found.group(1)
    if place.endswith("市") and city is None:
        return place, None, None
    jurisdiction = f"{city or ''}{place}"
    level = {"区": "区", "县": "县"}.get(place[-1], "县级市" if city else None)
    return jurisdiction, level, city.removesuffix("市") if city else None
