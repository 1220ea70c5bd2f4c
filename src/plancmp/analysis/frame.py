"""Whom a plan is held to: its peers (plans of the same tier) and its city's work points.

The one place that decides a plan's frame, read from the data; the findings
themselves are computed in gaps.py.
"""

from __future__ import annotations

from plancmp.analysis.gaps import MAX_NAMES, Finding, Frame, find_gaps
from plancmp.model import Plan
from plancmp.store import Dataset


def peers_of(data: Dataset, plan: Plan) -> list[Plan]:
    """The other plans of the plan's tier: a district is held to county-level plans, a
    city's work points to other cities' (never to districts' five-year plans). A plan of
    no known level (a draft not yet filled in) has none."""
    if plan.level is None:
        return []
    return [
        q
        for q in data.headers.values()
        if q.id != plan.id and q.level is not None and q.is_city == plan.is_city
    ]


def city_plans(data: Dataset, plan: Plan) -> list[Plan]:
    """The work points of the city a district plan belongs to (without records)."""
    if plan.is_city or not plan.city_name:
        return []
    return [p for p in data.headers.values() if p.is_city and p.city_name == plan.city_name]


def frame_of(data: Dataset, plan: Plan) -> Frame:
    """The plan's peers and city, with what of them the findings need."""
    peers = peers_of(data, plan)
    cities = tuple(data.with_records(c.id) for c in city_plans(data, plan))
    ids = [p.id for p in peers]
    metrics = {r.metric for r in plan.records}
    targets = tuple(data.targets_for(metrics, ids)) if ids and metrics else ()
    setters = data.setters(ids, MAX_NAMES) if ids else {}
    return Frame(tuple(peers), cities, targets, setters)


def gaps(data: Dataset, plan_id: str) -> tuple[Plan, list[Finding]]:
    """The plan with its records, and its findings in its frame."""
    plan = data.with_records(plan_id)
    return plan, find_gaps(plan, frame_of(data, plan), data.catalog)
