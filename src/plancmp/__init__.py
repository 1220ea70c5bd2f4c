"""plancmp: compare the quantitative targets of Chinese education plans.

For notebooks::

    import pandas as pd, plancmp
    data = plancmp.load()                        # or plancmp.load("my-plans/")
    df = pd.DataFrame(plancmp.to_records(data))  # one row per target, every field
    data.find_metric("普惠")                     # what the commands understand, too
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from plancmp.version import __version__

if TYPE_CHECKING:
    from os import PathLike

    from plancmp.store import Dataset

__all__ = ["__version__", "load", "to_records"]


def load(data_dir: str | PathLike[str] | None = None, use_cache: bool = True) -> Dataset:
    """The built-in plans and, beside them, those in `data_dir`: `.plans` (by id, with
    records), `.catalog`, `.records_of(plan_id)`, `.entries_for(metric_id)`, and
    `.find_plan/find_metric/find_segment/find_category` for the words a user types.

    Raises plancmp.store.InvalidData, listing every problem, if a file is invalid.
    """
    from pathlib import Path

    from plancmp.store import load as load_data

    return load_data(Path(data_dir) if data_dir is not None else None, use_cache=use_cache)


def to_records(data: Dataset) -> list[dict[str, Any]]:
    """Every record of every plan as a flat dict (the columns of `plancmp export`)."""
    from plancmp.output.export import to_records as flat

    return flat(data)
