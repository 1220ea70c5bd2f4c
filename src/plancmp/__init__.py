"""plancmp: compare the quantitative targets of Chinese education plans.

For notebooks::

    import pandas as pd, plancmp
    data = plancmp.load()                        # or plancmp.load("my-plans/")
    df = pd.DataFrame(plancmp.to_records(data))  # one row per target, every field
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from os import PathLike

    from plancmp.dataset import Dataset

__version__ = "0.1.0"
__all__ = ["__version__", "load", "to_records"]


def load(data_dir: str | PathLike[str] | None = None, use_cache: bool = True) -> Dataset:
    """The built-in plans and, beside them, those in `data_dir`: `.plans` (by id),
    `.catalog`, `.records_of(plan_id)`, `.entries_for(metric_id)`.

    Raises plancmp.dataset.InvalidData, listing every problem, if a file is invalid.
    """
    from pathlib import Path

    from plancmp.dataset import load as load_data

    return load_data(Path(data_dir) if data_dir is not None else None, use_cache=use_cache)


def to_records(data: Dataset) -> list[dict[str, Any]]:
    """Every record of every plan as a flat dict (the columns of `plancmp export`)."""
    from plancmp.export import to_records as flat

    return flat(data)
