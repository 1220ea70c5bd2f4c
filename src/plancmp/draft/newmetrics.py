"""A catalog entry for an indicator the catalog does not know: id, name, unit, category,
direction, each a proposal for the curator."""

from __future__ import annotations

import re

from plancmp.draft.segments import mixed
from plancmp.draft.suggest import key
from plancmp.draft.text import strip_brackets
from plancmp.model import Metric

NEW_METRIC = "指标名未在目录中"
_BUILT = r"新建|扩建|改建|迁建|建设|建成|学位|校舍|用地|面积|项目"
"""Words of a building work or what it provides: of every stage it names, no one stage's."""
_CATEGORIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("特殊教育", re.compile(r"特殊教育|特教|残疾|随班就读|送教")),
    ("健康", re.compile(r"近视|体质|健康|心理|校医|卫生|体育|锻炼|运动")),
    ("教师队伍", re.compile(r"教师|校长|名师|师资|班主任|骨干|人才|生师比|班师比")),
    ("学前教育", re.compile(r"幼儿园|学前|托育|托位|托班|入园")),
    ("高中教育", re.compile(r"高中|中职|职业|职高|普高|产教|专业群")),
    ("义务教育", re.compile(r"义务教育|小学|初中|随迁子女|教共体|共同体|集团化")),
    ("终身教育", re.compile(r"老年|社区教育|成人|终身|继续教育|学习型|市民学习")),
    ("保障", re.compile(rf"经费|投入|投资|支出|信息化|智慧|数字|{_BUILT}")),
)
_STAGE_CATEGORIES = ("学前教育", "高中教育", "义务教育")
_LOWER = re.compile(r"近视率|肥胖率|差异系数|差异|生师比|班额|负担|事故|送教上门|辍学|流失|大班额")
_NEUTRAL = re.compile(r"在校生数|在园人数|在园幼儿数|在校生|学生数|人数$|规模")


_WHOLE_REMIT = re.compile(r"教育体育|教体(?=局|系统|工作|事业)|健康(?:有序|持续|快速)?发展")
"""Words that hold a category's word but say nothing of it: `教育体育` (an education and sports
bureau's whole remit, as in `教育体育局`, `教育体育工作`) and `健康发展` (development that goes
well) are of no pupil's health."""


def category_of(name: str, section: str, hint: str | None) -> str:
    """The catalog category a name, its table's category cell or its section suggests; a
    category's word inside a longer word of other sense (_WHOLE_REMIT) suggests none. A
    building work for schools of several stages (`新建、改扩建中小学和幼儿园`) is of no one
    stage's category: it is 保障, as the catalog's `新建成中小学、幼儿园数` is."""
    for text in (name, hint or "", section):
        text = _WHOLE_REMIT.sub("", text)
        named = {c for c, pattern in _CATEGORIES if c in _STAGE_CATEGORIES and pattern.search(text)}
        several = (mixed(text) or len(named) > 1) and bool(re.search(_BUILT, text))
        for category, pattern in _CATEGORIES:
            if pattern.search(text) and not (several and category in _STAGE_CATEGORIES):
                return category
    return "综合"


_STANDARD_SHARE = re.compile(r"(?<!不)(?:标准|达标)[^，,、]{0,6}(?:比例|率|占比)$")
"""A share of what meets a standard (`标准班额比例`, `班额达标率`): higher is better, whatever
the measure it is of (班额 alone is better lower)."""


def better_of(name: str) -> str:
    """higher, lower (近视率, 差异系数, 生师比…) or neutral (sizes such as 在校生数)."""
    if _STANDARD_SHARE.search(strip_brackets(name)) and "大班额" not in name:
        return "higher"
    if _LOWER.search(name):
        return "lower"
    if _NEUTRAL.search(name):
        return "neutral"
    return "higher"


class NewMetrics:
    """New metrics for one draft, one per distinct indicator name."""

    def __init__(self, plan_id: str, taken: set[str]):
        self.plan_id = plan_id
        self.taken = set(taken)
        self.by_key: dict[tuple[str, str | None], Metric] = {}
        self.review: dict[str, list[str]] = {}
        """Why each new metric is to be checked, by id."""

    def get(
        self,
        name: str,
        unit: str | None,
        section: str,
        hint: str | None,
        near: tuple[str, ...] = (),
    ) -> Metric:
        """The new metric for `name` (the same one for every record that prints it);
        `near` names the closest catalog metrics, for the curator."""
        k = (key(name), unit)
        if k in self.by_key:
            return self.by_key[k]
        n = len(self.by_key) + 1
        mid = f"{self.plan_id}_new_{n:02d}"
        while mid in self.taken:
            n += 1
            mid = f"{self.plan_id}_new_{n:02d}"
        self.taken.add(mid)
        printed = strip_brackets(name).strip() or name
        metric = Metric(mid, printed, (), unit, category_of(name, section, hint), better_of(name))
        self.by_key[k] = metric
        self.review[mid] = ["新指标：id、名称、单位、类别（由章节推断）和方向（由名称推断）均待核"]
        if near:
            self.review[mid].append(
                "最接近的已有指标：" + "、".join(near) + "，如为同一指标请改用其 id"
            )
        return metric

    @property
    def metrics(self) -> list[Metric]:
        return list(self.by_key.values())
