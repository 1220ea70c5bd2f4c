"""The groups of plans every dataset has without a groups file: every plan, every plan of
one tier, the county-level plans of one city (`--peers 全部区县`, `--peers 杭州市所辖区县`).

Kept apart from groups.py (which reads and checks groups files) so that a command that
only compares never loads what checking a file needs.
"""

from __future__ import annotations

from collections.abc import Iterable

from plancmp.model import Plan
from plancmp.peers import Group

TIERS = {
    "county": ("全部区县规划", ("全部区县", "区县")),
    "city": ("全部市级规划", ("全部市级", "市级")),
    "province": ("全部省级规划", ("全部省级", "省级")),
}
"""The derived tier groups (id `tier:county` …): name and other names."""
ALL = "all"
"""The id of the derived group of every plan (a groups file may not use it)."""


def derived(plans: Iterable[Plan]) -> list[Group]:
    """Every plan; every plan of each tier (county-level, city, province); the
    county-level plans of each city. Only groups with members are given."""
    plans = list(plans)
    out = [Group(ALL, "全部规划", tuple(p.id for p in plans), None, "all", ("全部",))]
    tiers: dict[str, list[str]] = {}
    cities: dict[str, list[str]] = {}
    for p in plans:
        tier = p.tier
        if tier is None:
            continue
        tiers.setdefault(tier, []).append(p.id)
        if tier == "county" and p.city_name:
            cities.setdefault(p.city_name, []).append(p.id)
    for tier, (name, names) in TIERS.items():
        if tier in tiers:
            out.append(Group(f"tier:{tier}", name, tuple(tiers[tier]), None, "tier", names))
    for city, ids in cities.items():
        names = (f"{city}区县", f"{city}市区县")
        out.append(Group(f"city:{city}", f"{city}市所辖区县", tuple(ids), None, "city", names))
    return out
