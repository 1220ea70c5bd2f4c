"""Write N synthetic county plans (plus city work points) that pass `plancmp validate`.

usage: python benchmarks/make_corpus.py N DIR [--records 60] [--seed 1]

The plans use the shipped metric catalog and the printed forms found in the
real documents (＞90, 90%以上, ≥65, <50.78, 0.30, 5~7所, 6.1万个, 逐年只增不减,
通过), with segments, baselines and attributes, so that loading, compare and
gaps do realistic work. One city in ten counties gets annual work points.
"""

from __future__ import annotations

import argparse
import random
from decimal import Decimal
from pathlib import Path

import yaml

from plancmp.decimals import as_number
from plancmp.store import load
from plancmp.values import parse

SEGMENTS = {
    "school_balance_coefficient": ["小学", "初中"],
    "disabled_children_enrollment": ["学前", "义务教育", "高中段"],
}


def printed(
    rng: random.Random, unit: str | None, better: str
) -> tuple[str, str | None, str | None]:
    """(raw target, raw baseline, printed unit) in one of the documents' forms."""
    if unit == "%":
        base = Decimal(rng.randint(400, 990)) / 10
        goal = min(base + Decimal(rng.randint(-20, 80)) / 10, Decimal(100))
        if better == "lower":
            goal = base - Decimal(rng.randint(0, 80)) / 10
            return rng.choice([f"<{goal}", f"控制在{goal}%以内", f"{goal}"]), f"{base}", "%"
        form = rng.choice(["＞{}", ">{}", "≥{}", "{}%以上", "达到{}%", "{}", "不低于{}%"])
        return form.format(goal), f"{base}%", "%"
    if unit is None:
        base = Decimal(rng.randint(250, 400)) / 1000
        return rng.choice([f"{base - Decimal('0.02')}", f"小于{base}"]), f"{base}", None
    if unit in ("所", "个", "名", "人", "项"):
        n = rng.randint(2, 60)
        form = rng.choice(
            [
                f"{n}{unit}",
                f"至少{n}{unit}",
                f"{n}~{n + 3}{unit}",
                f"{n}{unit}以上",
                f"{n / 10}万{unit}",
            ]
        )
        return form, None, unit
    if unit == "元/生":
        return str(rng.randint(6, 15) * 100), str(rng.randint(5, 12) * 100), "元/生"
    return rng.choice(["逐年只增不减", "通过", "大幅下降"]), None, unit


def record(rng: random.Random, metric, segment: str | None, year: int, scope: str) -> dict:
    raw, base_raw, unit = printed(rng, metric.unit, metric.better)
    value = parse(raw, unit)
    rec = {
        "metric": metric.id,
        "name": f"{metric.name}（{unit}）" if unit else metric.name,
        "segment": segment,
        "unit": unit,
        "baseline": None,
        "target": {
            "raw": raw,
            "op": value.op,
            "value": _num(value.value),
            "value_max": _num(value.value_max),
            "scope": scope,
        },
        "attribute": rng.choice(["约束性", "预期性", None]),
        "source": {"section": "二、发展目标 / 主要指标", "kind": rng.choice(["table", "prose"])},
    }
    if year:
        rec["target"]["year"] = year
    if base_raw:
        rec["baseline"] = {
            "year": 2020,
            "raw": base_raw,
            "value": _num(parse(base_raw, unit).value),
        }
    return rec


def _num(d: Decimal | None):
    return as_number(d)


def plan_doc(
    rng: random.Random, pid: str, metrics: list, n_records: int, city: str, is_city: bool
) -> dict:
    chosen = rng.sample(metrics, min(n_records, len(metrics)))
    records = []
    for m in chosen:
        for seg in SEGMENTS.get(m.id, [None]):
            records.append(
                record(
                    rng,
                    m,
                    seg,
                    2023 if is_city else 0,
                    "per_year" if is_city and m.unit not in ("%", None) else "level",
                )
            )
            if len(records) >= n_records:
                break
        if len(records) >= n_records:
            break
    return {
        "id": pid,
        "title": f"{city}市教育局2023年工作要点"
        if is_city
        else f"{city}市{pid}县教育事业“十四五”发展规划",
        "names": [],
        "jurisdiction": f"{city}市" if is_city else f"{city}市{pid}县",
        "level": "市" if is_city else "县",
        "parent_city": None if is_city else city,
        "kind": "annual_work_points" if is_city else "five_year_plan",
        "base_year": None if is_city else 2020,
        "target_year": 2023 if is_city else 2025,
        "records": records,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of county plans")
    ap.add_argument("dir", type=Path)
    ap.add_argument("--records", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    metrics = list(load().catalog)
    args.dir.mkdir(parents=True, exist_ok=True)
    for i in range(args.n):
        city = f"城{i // 10:04d}"
        docs = [(f"c{i:05d}", False)]
        if i % 10 == 0:
            docs.append((f"w{i // 10:04d}", True))
        for pid, is_city in docs:
            doc = plan_doc(rng, pid, metrics, args.records, city, is_city)
            text = yaml.dump(
                doc, Dumper=yaml.SafeDumper, allow_unicode=True, sort_keys=False, default_style=None
            )
            (args.dir / f"{pid}.yaml").write_text(text, encoding="utf-8")
    print(f"wrote {args.n} county plans and {(args.n + 9) // 10} city work points to {args.dir}")


if __name__ == "__main__":
    main()
