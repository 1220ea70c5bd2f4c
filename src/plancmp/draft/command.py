"""What `plancmp draft` does, apart from options and messages: read, draft, write.

The command line (cli.py) only turns these functions' errors into messages and exit
codes: a `DocumentError` (the document cannot be read) is a data problem, a
`DraftUsageError` (an id or file name that cannot work) a usage error.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set
from pathlib import Path

from plancmp.draft.build import ID_RE, Draft, draft_document, plan_id_from
from plancmp.draft.header import LEVEL_OPEN, PARENT_CITY_OPEN
from plancmp.draft.segments import topic_segment
from plancmp.i18n import _
from plancmp.model import Metric, Plan

PLAN_SUFFIXES = (".yaml", ".yml")


class DraftUsageError(Exception):
    """An option that cannot work (an id that is not ASCII, a file name unlike the id)."""


def choose_id(given: str | None, out: Path | None, document: Path) -> tuple[str, bool]:
    """The plan id, and whether it is a stand-in (`draft`: the file name gave none).

    A plan file is named by its id (`plancmp validate` requires it), so with `-o
    FILE.yaml` the id is the file's name unless `--id` says the same.
    """
    plan_file = out is not None and out.suffix.lower() in PLAN_SUFFIXES
    if given is not None:
        if not ID_RE.match(given):
            raise DraftUsageError(
                _(
                    "--id {given!r}: use lower-case ASCII letters, digits and _ (e.g. yuhang)"
                ).format(given=given)
            )
        if plan_file and out is not None and out.stem != given:
            raise DraftUsageError(
                _(
                    "--id {given} differs from the file name {name}: name the file {given}{suffix} (a plan file is named by its id)"
                ).format(given=given, name=out.name, suffix=out.suffix)
            )
        return given, False
    if plan_file and out is not None:
        if not ID_RE.match(out.stem):
            raise DraftUsageError(
                _(
                    "{name}: a plan file is named by its ASCII id, e.g. yuhang.yaml — rename it or add --id"
                ).format(name=out.name)
            )
        return out.stem, False
    derived = plan_id_from(document.stem)
    return derived or "draft", derived is None


def draft_file(path: Path, plan_id: str, made_up: bool, metrics: Iterable[Metric]) -> Draft:
    """Read and draft one document (raises the readers' DocumentError)."""
    from plancmp.draft.read import read_document

    draft = draft_document(read_document(path), plan_id, metrics)
    if made_up:
        why = f"id：文件名不是拼音，暂用 {plan_id}，请改为地区的拼音，如 yuhang"
        draft = draft._replace(review=(why, *draft.review))
    return draft


def with_known_level(draft: Draft, known: Iterable[Plan]) -> Draft:
    """The level a document leaves open (a 市 may be a city or a county-level city) taken
    from the loaded plans of the same place, when they agree, and marked for review; a
    city or province then has no parent city to ask for."""
    h = draft.header
    if h.level is not None or not h.jurisdiction:
        return draft
    own = draft.plan.id  # an earlier file of the plan being drafted vouches for nothing
    same = [p for p in known if p.jurisdiction == h.jurisdiction and p.level and p.id != own]
    if len({p.level for p in same}) != 1:
        return draft
    level = same[0].level
    ids = "、".join(sorted(p.id for p in same))
    review = []
    for reason in draft.review:
        if reason == LEVEL_OPEN:
            reason = f"level：文中未写明，取自已载入的同地规划 {ids}（{level}），请核对"
        elif reason == PARENT_CITY_OPEN and level in ("市", "省"):
            continue
        review.append(reason)
    return draft._replace(
        header=h._replace(level=level),
        plan=draft.plan._replace(level=level),
        review=tuple(review),
    )


def with_known_segments(
    draft: Draft, segments: Mapping[str, Set[str | None]], catalog: Iterable[Metric] = ()
) -> Draft:
    """A drafted record's stage left off where the loaded plans give their every record of
    its metric none (`学前教育毛入园率` is of 学前 by its name, and is recorded so), since
    `compare` ranks each stage apart and the draft would stand alone; named in review. Not
    for a stage's part of a total that the metric counts for every stage (`新增小学学位` of
    `新增学位数`), nor for one the draft itself gives beside another stage's or the total
    (`新增学位 | 5000` over `其中：幼儿园 | 2000`): without its stage it would read as the
    total. `segments`: each metric's stages in the loaded plans; `catalog`: the metrics, whose
    names say their own stage."""
    own = {m.id: topic_segment(m.name) for m in catalog}
    drafted: dict[tuple[str, int], set[str | None]] = {}
    for d in draft.records:
        drafted.setdefault((d.record.metric, d.record.target.year), set()).add(d.record.segment)
    records = []
    for d in draft.records:
        r = d.record
        part = topic_segment(r.name) == r.segment and own.get(r.metric, r.segment) != r.segment
        part = part or len(drafted[(r.metric, r.target.year)]) > 1
        if r.segment is not None and segments.get(r.metric) == {None} and not part:
            why = f"学段：已载入的规划记此指标均不分学段，故未填“{r.segment}”，请核对"
            d = d._replace(record=r._replace(segment=None), review=(*d.review, why))
        records.append(d)
    return draft._replace(records=tuple(records))


def catalog_path(out: Path, plan_id: str) -> Path:
    """Where the new metrics go: `metrics-<id>.yaml` beside the plan file."""
    return out.with_name(f"metrics-{plan_id}.yaml")


def write_files(draft: Draft, out: Path, force: bool) -> list[Path]:
    """Write the plan file and, if the draft has new metrics, its catalog file; neither is
    written when either exists and `force` is not set (raises output.OutputError)."""
    from plancmp.draft.write import catalog_text, plan_text
    from plancmp.output.write import check_target, write_file

    files = [(out, plan_text(draft))]
    if draft.new_metrics:
        text = catalog_text(draft.new_metrics, draft.metric_review, draft.plan.id)
        files.append((catalog_path(out, draft.plan.id), text))
    for path, _text in files:  # both refused before either is written
        check_target(path, force)
    for path, text in files:
        write_file(path, text, force)
    return [path for path, _ in files]
