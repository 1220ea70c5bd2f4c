"""The unit table, read from data/units.yaml the first time a value is parsed.

Curators read and extend the table there; this module only expands it (a
multiplier before each unit: 万人, 亿元) and checks it. Loading it is deferred so
that a command which parses no value (a warm `compare`) never imports PyYAML.
"""

from __future__ import annotations

from decimal import Decimal, localcontext
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from pathlib import Path

Factor = int | Fraction
"""How many base units one printed unit is: a whole number, or exact otherwise (亩)."""

PRECISION = Decimal("0.0001")
"""A value with no exact decimal form (三分之一 as %, an area in 亩 as 平方米) is stored
to 4 decimal places of its base unit; `validate` accepts a `value` equal at that precision."""

FILE_NAME = "units.yaml"
TOP_KEY = "units"
SECTIONS = ("base", "counts", "multipliers", "no_multiplier")


class UnitTableError(ValueError):
    """data/units.yaml is malformed; the message says where and how to fix it."""


class Table(NamedTuple):
    """The expanded table: every printed unit the grammar accepts."""

    units: dict[str, tuple[str | None, Factor]]
    """printed unit → (base unit, factor), multiplied forms included."""
    multipliers: dict[str, int]
    """万 → 10000: a prefix before a unit, or a bare multiplier after a number."""
    counts: frozenset[str]
    """The count units (所, 个, 人): the only ones a noun may follow (三所小学)."""
    lengths: list[int]
    """The lengths of the printed units, longest first (万人 is tried before 万)."""


def to_decimal(f: Fraction) -> Decimal:
    """A fraction as a Decimal: exact when it has a decimal form (3/4 → 0.75), else
    rounded to PRECISION (1/3 → 0.3333)."""
    d = f.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    with localcontext() as ctx:  # wide enough for any printed number
        ctx.prec = 80
        exact = Decimal(f.numerator) / Decimal(f.denominator)
        if d != 1:
            exact = exact.quantize(PRECISION)
        return Decimal(int(exact)) if exact == exact.to_integral_value() else exact.normalize()


def times(number: Decimal, factor: Factor) -> Decimal:
    """`number` printed in a unit of `factor` base units, in base units."""
    if isinstance(factor, int):
        return number * factor
    return to_decimal(Fraction(number) * factor)


def is_unit_file(data: Any) -> bool:
    """A units file is told from plan and catalog files by its one top-level key."""
    return isinstance(data, dict) and TOP_KEY in data and "records" not in data


def _factor(value: Any, where: str) -> Factor:
    if value is None:
        return 1
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if isinstance(value, str):
        try:
            f = Fraction(value)
        except (ValueError, ZeroDivisionError):
            f = Fraction(0)
        if f > 0:
            return int(f) if f.denominator == 1 else f
    raise UnitTableError(
        f'{where}: factor {value!r} must be a positive number, quoted when it is a decimal or a fraction ("0.1", "10000/15")'
    )


def _add(
    units: dict[str, tuple[str | None, Factor]], printed: str, entry: tuple[str | None, Factor]
) -> None:
    if printed in units:
        raise UnitTableError(f"unit {printed!r} is defined twice: keep one definition")
    units[printed] = entry


def build(data: Any) -> Table:
    """Check the mapping read from units.yaml and expand it; raise UnitTableError."""
    if not is_unit_file(data) or not isinstance(data[TOP_KEY], dict):
        raise UnitTableError("a units file has one top-level key, `units:`, holding a mapping")
    top = data[TOP_KEY]
    unknown = set(top) - set(SECTIONS)
    if unknown:
        raise UnitTableError(
            f"unknown section {sorted(unknown)[0]!r} under `units:`: the sections are {', '.join(SECTIONS)}"
        )
    units: dict[str, tuple[str | None, Factor]] = {}
    for printed, spec in (top.get("base") or {}).items():
        if not isinstance(spec, dict) or "base" not in spec or set(spec) - {"base", "factor"}:
            raise UnitTableError(
                f"unit {printed!r}: write {{base: BASE, factor: N}} (factor may be left out)"
            )
        _add(units, str(printed), (spec["base"], _factor(spec.get("factor"), f"unit {printed!r}")))
    counts = frozenset(str(u) for u in top.get("counts") or ())
    for u in sorted(counts):
        _add(units, u, (u, 1))
    multipliers: dict[str, int] = {}
    for m, f in (top.get("multipliers") or {}).items():
        factor = _factor(f, f"multiplier {m!r}")
        if not isinstance(factor, int):
            raise UnitTableError(f"multiplier {m!r} must be a whole number (万: 10000)")
        multipliers[str(m)] = factor
    plain = set(top.get("no_multiplier") or ())
    for printed, (base, factor) in list(units.items()):
        if base is None or printed in plain or printed[:1] in multipliers:
            continue
        for m, f in multipliers.items():
            _add(units, m + printed, (base, factor * f))
    return Table(units, multipliers, counts, sorted({len(u) for u in units}, reverse=True))


def default_path() -> Path:
    from plancmp.paths import default_data_dir

    return default_data_dir() / FILE_NAME


@lru_cache(maxsize=1)
def table() -> Table:
    """The built-in table, read once per process. It is plancmp's own file, checked
    strictly by `plancmp validate` (duplicates, types); here it is only read."""
    import yaml

    path = default_path()
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_loader())
        return build(data)
    except (OSError, yaml.YAMLError) as exc:
        raise UnitTableError(f"{path}: cannot read the unit table: {exc}") from None
    except UnitTableError as exc:
        raise UnitTableError(f"{path}: {exc}") from None


def _loader() -> type:
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)
