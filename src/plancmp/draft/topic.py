"""Whether a drafted target is about education.

A plan of education sets only such targets, whatever their names say (`总投资`, `床位`).
A document on more than schools (a government work report, a 民生实事 list, a
rural-revitalisation plan, as its title says) sets targets for jobs, roads and clinics
beside them: those are drafted all the same (a target is a target), and named for the
reviewer, who compares schools.
"""

from __future__ import annotations

import re

_EDUCATION = re.compile(
    r"[教学校课班]|幼儿|托育|托位|托幼|入园|园所|师资|师生|初中|高中|中职|职业|技工|育人|读书"
    r"|图书|招生|毕业|近视|视力|护眼|体质|专业|每生|生均|本科|上线|青少年|儿童|未成年|午休|寝室|宿舍"
)
"""Words of schools, pupils, teachers, places, classes and childcare (a single 教, 学, 校, 课 or 班
speaks of them in most names: 教师, 入学率, 高校, 课后服务, 大班额)."""
_MIXED_KIND = re.compile(
    r"政府工作报告|工作报告|民生实事|实事项目|民生项目|为民办实事|公共服务|国民经济和社会发展"
    r"|乡村振兴|乡村全面振兴|重点工作|重点项目"
)
"""A kind of document on more than schools: a government's report and programme of the year,
its livelihood projects, its plan for public services, the economy or the countryside."""
NOT_EDUCATION = "可能不是教育指标：文件不专讲教育，指标名也未提及，核对后可删"


def mixed(title: str) -> bool:
    """Whether a title names a kind of document on more than schools (_MIXED_KIND), and not
    its education part (`教育民生实事项目`)."""
    return bool(_MIXED_KIND.search(title)) and not about_education(title)


def about_education(text: str) -> bool:
    """Whether a title or an indicator's name speaks of education (schools, pupils,
    teachers, places, classes, childcare)."""
    return bool(_EDUCATION.search(text))
