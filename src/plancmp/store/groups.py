"""Groups files: groups of plans a user compares with one another, checked (the groups
every dataset has without a file are in derived.py).

A groups file holds a top-level `groups:` list (data/README.md). Its members are plan
ids, checked against the plans loaded with it (assemble) or found beside it (validate).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from plancmp.i18n import N_, _
from plancmp.model import Problem
from plancmp.peers import Group
from plancmp.store.derived import ALL

if TYPE_CHECKING:  # only a groups file being read needs the schema: `compare` never does
    from plancmp.store.schema import Checker, Fields

GROUP_KEYS = {"id": True, "name": True, "members": True, "note": False}


class Built(NamedTuple):
    """A groups file's groups, with the line of each member for later messages."""

    groups: tuple[Group, ...]
    member_lines: tuple[tuple[int | None, ...], ...]
    problems: tuple[Problem, ...]


def build_groups(data: object, path: str) -> Built:
    """Check a groups file's mapping and build its groups; the members are checked against
    the plans afterwards (check_groups), when all files are known."""
    from plancmp.store.schema import Checker, fields

    c = Checker(path)
    top = c.mapping(data, "a groups file", 1)
    if top is None:
        return Built((), (), tuple(c.problems))
    c.keys(top, fields({"groups": True}), "the groups file")
    groups, lines = [], []
    spec = fields(GROUP_KEYS)
    for what, m in c.entries(top, "groups", "group"):
        built = _group(c, what, m, path, spec)
        if built is not None:
            groups.append(built[0])
            lines.append(built[1])
    return Built(tuple(groups), tuple(lines), tuple(c.problems))


def _group(
    c: Checker, what: str, m: Mapping[str, Any], path: str, spec: Fields
) -> tuple[Group, tuple[int | None, ...]] | None:
    from plancmp.store.schema import ID_RE

    c.keys(m, spec, what)
    gid = c.text(m, "id", what)
    if gid and not ID_RE.match(gid):
        c.add(c.line_of(m, "id"), N_('group id {id!r} must be lower-case ASCII letters, digits and _ (e.g. "hangzhou_districts")'), id=gid)  # fmt: skip
    what = f"group {gid}" if gid else what
    name, note = c.text(m, "name", what), c.text(m, "note", what)
    members = c.texts(m, "members", what)
    if isinstance(m.get("members"), list) and not m["members"]:
        c.add(
            c.line_of(m, "members"),
            N_("{what} has no members: list the ids of its plans"),
            what=what,
        )
    seen: dict[str, int | None] = {}  # each member once, with its line
    for member, line in zip(members, _lines(c, m), strict=True):
        if member in seen:
            c.add(
                line,
                N_("plan {member!r} is listed twice in {what}: keep one"),
                member=member,
                what=what,
            )
        seen.setdefault(member, line)
    if not (gid and name and members):
        return None
    group = Group(gid, name, tuple(seen), note, "file", (), path, c.line_of(m))
    return group, tuple(seen.values())


def _lines(c: Checker, m: Mapping[str, Any]) -> tuple[int | None, ...]:
    """The line of each member: its own, else (a list written on one line) `members:`'s."""
    from plancmp.store.yamlread import LineList

    members = m.get("members")
    if not isinstance(members, list):
        return ()
    if isinstance(members, LineList) and len(members.lines) == len(members):
        return tuple(members.lines)
    return (c.line_of(m, "members"),) * len(members)  # pragma: no cover - LineList always


class Found(NamedTuple):
    """One group as a file gave it, with what checking it against the plans needs."""

    group: Group
    member_lines: tuple[int | None, ...]
    folder: int
    """0 for the built-in data, 1 for the user's folder."""


def check_groups(
    found: Sequence[Found], plan_ids: Collection[str]
) -> tuple[list[Group], list[Problem], list[str]]:
    """The groups of all files, checked together: every member a plan, each id once per
    folder and never a plan's id; a user's group replaces a built-in one of the same id
    (with a note). Returns (groups, problems, notes)."""
    problems: list[Problem] = []
    notes: list[str] = []
    kept: dict[str, Found] = {}
    for f in found:
        g = f.group
        problems.extend(_unknown_members(f, plan_ids))
        if g.id == ALL:
            problems.append(Problem(g.path or "", g.line, _("group id {id!r} is kept for every plan: choose another").format(id=ALL)))  # fmt: skip
        if g.id in plan_ids:
            problems.append(Problem(g.path or "", g.line, _("group id {id!r} is a plan's id: choose another, so that `--peers {id}` names one thing").format(id=g.id)))  # fmt: skip
        earlier = kept.get(g.id)
        if earlier is not None and earlier.folder == f.folder:
            where = f"{earlier.group.path}:{earlier.group.line}"
            problems.append(Problem(g.path or "", g.line, _("group id {id!r} is also used at {where}: each group needs its own id").format(id=g.id, where=where)))  # fmt: skip
            continue
        if earlier is not None:
            notes.append(f"note: {g.path} replaces the built-in group {g.id!r}")
        kept[g.id] = f
    return [f.group for f in kept.values()], problems, notes


def _unknown_members(f: Found, plan_ids: Collection[str]) -> list[Problem]:
    import difflib

    out = []
    for member, line in zip(f.group.members, f.member_lines, strict=True):
        if member in plan_ids:
            continue
        close = difflib.get_close_matches(member, list(plan_ids), n=3, cutoff=0.6)
        hint = _("did you mean {names}? ").format(names=_(" or ").join(close)) if close else ""
        message = _(
            "unknown plan {member!r} in group {id!r}: {hint}members are plan ids (`plancmp plans` lists them)"
        )
        out.append(
            Problem(
                f.group.path or "", line, message.format(member=member, id=f.group.id, hint=hint)
            )
        )
    return out
