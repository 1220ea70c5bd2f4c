"""Everything plancmp knows: the plans and the catalog, from the built-in and user folders."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plancmp import loader, schema
from plancmp.lookup import resolve
from plancmp.metrics import Catalog
from plancmp.model import Metric, Plan, Problem


class InvalidData(Exception):
    """One or more data files are invalid; `problems` lists them all."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class Dataset:
    """Plans by id (built-in first, then the user's) and the metric catalog."""

    plans: dict[str, Plan]
    catalog: Catalog
    notes: list[str] = field(default_factory=list)
    """Things the user should know (a built-in plan replaced), for stderr."""

    def find_plan(self, word: str) -> Plan:
        """A plan by id, title, jurisdiction or short name; raises lookup.NotFound."""
        items = ((p.id, p, (p.title, p.jurisdiction, *p.names)) for p in self.plans.values())
        return resolve(word, items, "plan")

    def city_plans(self, plan: Plan) -> list[Plan]:
        """The work points of the city a district plan belongs to."""
        return [
            p
            for p in self.plans.values()
            if p.is_city and not plan.is_city and p.city_name == plan.parent_city
        ]


def _read(paths: Iterable[Path]) -> tuple[list[tuple[Path, Any]], list[Problem]]:
    docs, problems = [], []
    for path in paths:
        try:
            docs.append((path, loader.load_yaml(path)))
        except loader.DataError as exc:
            problems.append(Problem(exc.path, exc.line, exc.message))
    return docs, problems


def _catalog(docs: list[tuple[Path, Any]], problems: list[Problem]) -> Catalog:
    metrics: list[Metric] = []
    where: dict[str, str] = {}
    for path, data in docs:
        if not schema.is_catalog(data):
            continue
        found, probs = schema.build_metrics(data, str(path))
        problems.extend(probs)
        for m in found:
            if m.id in where:
                problems.append(
                    Problem(
                        str(path),
                        None,
                        f"metric {m.id!r} is already defined in {where[m.id]}: use that one or choose another id",
                    )
                )
                continue
            where[m.id] = str(path)
            metrics.append(m)
    return Catalog(metrics)


def _plans(docs: list[tuple[Path, Any]], catalog: Catalog, problems: list[Problem]) -> list[Plan]:
    plans = []
    for path, data in docs:
        if schema.is_catalog(data):
            continue
        plan, probs = schema.build_plan(data, str(path), catalog, path.stem)
        problems.extend(probs)
        if plan is not None:
            plans.append(plan)
    return plans


def load(user_dir: Path | None = None, builtin_dir: Path | None = None) -> Dataset:
    """Load the built-in data and, beside it, the user's folder; raise InvalidData on any problem."""
    builtin_dir = builtin_dir or loader.default_data_dir()
    folders = [builtin_dir] + ([user_dir] if user_dir else [])
    docs_by_folder = []
    problems: list[Problem] = []
    for folder in folders:
        try:
            files = loader.yaml_files(folder)
        except loader.DataError as exc:
            raise InvalidData([Problem(exc.path, exc.line, exc.message)]) from None
        docs, probs = _read(files)
        problems.extend(probs)
        docs_by_folder.append(docs)
    all_docs = [d for docs in docs_by_folder for d in docs]
    catalog = _catalog(all_docs, problems)
    plans: dict[str, Plan] = {}
    notes: list[str] = []
    for n, docs in enumerate(docs_by_folder):
        seen: dict[str, str] = {}
        for plan in _plans(docs, catalog, problems):
            if plan.id in seen:
                problems.append(
                    Problem(
                        plan.path or "?",
                        None,
                        f"plan id {plan.id!r} is also used by {seen[plan.id]}: each plan needs its own id",
                    )
                )
                continue
            seen[plan.id] = plan.path or "?"
            if n > 0 and plan.id in plans:
                notes.append(f"note: {plan.path} replaces the built-in plan {plan.id!r}")
            plans[plan.id] = plan
    if problems:
        raise InvalidData(problems)
    return Dataset(plans, catalog, notes)


def validate(paths: list[Path], user_dir: Path | None = None) -> tuple[list[Problem], int]:
    """Check the given files and folders (default: all data); return problems and files checked."""
    builtin = loader.default_data_dir()
    targets: list[Path] = []
    problems: list[Problem] = []
    if not paths:
        paths = [builtin] + ([user_dir] if user_dir else [])
    for p in paths:
        if p.is_dir():
            targets.extend(loader.yaml_files(p))
        elif p.exists():
            targets.append(p)
        else:
            problems.append(Problem(str(p), None, "no such file or folder"))
    context = [f for f in loader.yaml_files(builtin)] + (
        loader.yaml_files(user_dir) if user_dir else []
    )
    checked_docs, probs = _read(targets)
    problems.extend(probs)
    target_set = {t.resolve() for t in targets}
    other_docs, _ = _read(f for f in context if f.resolve() not in target_set)
    catalog = _catalog(checked_docs + [d for d in other_docs if schema.is_catalog(d[1])], problems)
    _plans(checked_docs, catalog, problems)
    return problems, len(targets)
