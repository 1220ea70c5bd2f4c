"""Whom a plan is held to: its peers, and the plans of the jurisdictions above it.

The one place that decides a plan's frame, read from the data; the findings
themselves are computed in gaps.py.

- Peers: the plans a user names (`--peers 临安,上城`, or a group: `--peers 杭州市辖区`),
  else every plan of the plan's tier (county-level plans with county-level plans, a
  city's with cities').
- Higher plans: the plans of the jurisdictions the plan names above it (`parents`, or
  `parent_city`) — its city's work points and five-year plan, its province's plan —
  whichever are loaded and of its period: not one that ended before its base year, nor
  one that begins after its target year (`higher_by_period` names those).
- A comparison of one metric (`compare`, `matrix`) is made among the plans named, else
  among every plan.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from plancmp.analysis.rank import TIER_LEVELS
from plancmp.model import Plan, place_key
from plancmp.peers import Peers
from plancmp.store import Dataset

if TYPE_CHECKING:  # `compare` and `matrix` ask only whom to compare: they never need gaps
    from plancmp.analysis.gaps import Finding, Frame


def peers_for(data: Dataset, plan: Plan, chosen: Peers | None = None) -> Peers:
    """The plans `plan` is compared with, as named: the chosen ones, else the derived group
    of its tier (`tier:county` …). A plan of no known level (a draft not yet filled in)
    has none unless they are chosen. May include the plan itself (see peers_of)."""
    if chosen is not None:
        return chosen
    group = data.groups.get(f"tier:{plan.tier}") if plan.tier else None
    return Peers(group.members, (group,)) if group is not None else Peers(())


def peers_of(data: Dataset, plan: Plan, chosen: Peers | None = None) -> list[Plan]:
    """The plan's peers (without records), the plan itself left out."""
    return [data.headers[i] for i in peers_for(data, plan, chosen).plans if i != plan.id]


def peer_years_apart(plan: Plan, peers: list[Plan]) -> tuple[int, ...]:
    """The years the peers aim at when none is the plan's own (a year's work plan among
    five-year plans), else (): its targets then rank against none, and what it misses is
    only what plans of another period set, which `gaps` and `report` say."""
    years = tuple(sorted({q.target_year for q in peers if q.target_year}))
    return () if plan.target_year in years else years


def higher_plans(data: Dataset, plan: Plan) -> list[Plan]:
    """The plans (without records) of the jurisdictions above the plan's, nearest first:
    its city's (work points, five-year plan), then its province's. A higher plan aiming at
    a year before the plan's base year is history, and one that begins after the plan's
    target year came too late: neither is a frame to be held to."""
    return higher_by_period(data, plan)[0]


def higher_by_period(data: Dataset, plan: Plan) -> tuple[list[Plan], list[Plan]]:
    """The loaded plans above the plan's, nearest first, parted in one pass into those held
    against it (higher_plans) and those of another period, so that what was not compared
    can say why."""
    held: list[Plan] = []
    other: list[Plan] = []
    for q in _above(data, plan):
        (other if _other_period(q, plan) else held).append(q)
    return held, other


def _above(data: Dataset, plan: Plan) -> list[Plan]:
    """Every loaded plan of the jurisdictions above the plan's, nearest first."""
    above = plan.above
    if not above:
        return []
    found = [
        q
        for q in data.headers.values()
        if q.id != plan.id and q.level is not None and q.height > plan.height
        and q.jurisdiction and place_key(q.jurisdiction) in above
    ]  # fmt: skip
    return sorted(found, key=lambda q: q.height)


def _other_period(higher: Plan, plan: Plan) -> bool:
    return _ended_before(higher, plan) or _begins_after(higher, plan)


def _ended_before(higher: Plan, plan: Plan) -> bool:
    """Whether the higher plan aims at a year before the plan's base year (a 2010 opinion
    above a plan for 2021-2025)."""
    return plan.base_year is not None and higher.target_year < plan.base_year


def _begins_after(higher: Plan, plan: Plan) -> bool:
    """Whether the higher plan's period begins after the plan's target year (a city's 2023
    work points, or its plan for 2021-2025, above a plan for 2016-2020): it could not have
    been written to. Without a base year the higher plan covers its target year alone."""
    if higher.base_year is not None:
        return higher.base_year >= plan.target_year
    return higher.target_year > plan.target_year


def city_plans(data: Dataset, plan: Plan) -> list[Plan]:
    """The higher plans of the plan's city (without records)."""
    return [q for q in higher_plans(data, plan) if q.is_city]


def among(data: Dataset, chosen: Peers | None = None) -> Peers:
    """The plans a comparison of one metric is made among: the chosen ones, else all."""
    return chosen if chosen is not None else Peers(tuple(data.headers), (data.groups["all"],))


def circle(data: Dataset, plan: Plan, chosen: Peers | None = None) -> list[str]:
    """The ids of the plan, its peers and its higher plans: who a report compares it with."""
    ids = [plan.id, *(p.id for p in peers_of(data, plan, chosen))]
    return list(dict.fromkeys([*ids, *(q.id for q in higher_plans(data, plan))]))


def frame_of(data: Dataset, plan: Plan, chosen: Peers | None = None) -> Frame:
    """The plan's peers and higher plans, with what of them the findings need. The default
    peers, every plan of the plan's tier, are asked for by level (among thousands of plans
    that is one condition, not a list of ids); chosen peers by their ids. Targets are
    ranked only against peers of the plan's own tier; its metrics among the peers' are
    left out by the findings."""
    from plancmp.analysis.gaps import MAX_NAMES, Frame, peer_asks

    peers = peers_of(data, plan, chosen)
    higher = tuple(data.with_records(q.id) for q in higher_plans(data, plan))
    if not peers:
        return Frame((), higher, {}, {})
    asks = peer_asks(plan, data.catalog)
    if plan.tier is not None and _whole_tier(plan, chosen):
        levels = TIER_LEVELS[plan.tier]
        found = data.standings(list(asks.values()), levels=levels, leave_out=plan.id)
        setters = data.setters(first=MAX_NAMES, levels=levels)
    else:
        same_tier = [p.id for p in peers if p.tier == plan.tier]
        found = data.standings(list(asks.values()), same_tier, leave_out=plan.id)
        setters = data.setters([p.id for p in peers], MAX_NAMES)
    return Frame(tuple(peers), higher, dict(zip(asks, found, strict=True)), setters)


def _whole_tier(plan: Plan, chosen: Peers | None) -> bool:
    """Whether the peers are every plan of the plan's tier: the default, whether left
    unsaid or already resolved (peers_for), or that group named in --peers."""
    if chosen is None:
        return True
    return not chosen.named and [g.id for g in chosen.groups] == [f"tier:{plan.tier}"]


def gaps(data: Dataset, plan_id: str, chosen: Peers | None = None) -> tuple[Plan, list[Finding]]:
    """The plan with its records, and its findings in its frame."""
    from plancmp.analysis.gaps import find_gaps

    plan = data.with_records(plan_id)
    return plan, find_gaps(plan, frame_of(data, plan, chosen), data.catalog)
