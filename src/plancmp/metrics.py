"""The metric catalog: canonical metrics and the national standards that hold for them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from plancmp.model import Metric, Standard


class Catalog:
    """All known metrics, in the order the catalog files list them."""

    def __init__(self, metrics: Iterable[Metric] = (), standards: Iterable[Standard] = ()):
        self.by_id: dict[str, Metric] = {m.id: m for m in metrics}
        self.standards: dict[str, Standard] = {s.metric: s for s in standards}
        """National supervision standards by metric id."""

    def __contains__(self, metric_id: object) -> bool:
        return metric_id in self.by_id

    def __iter__(self) -> Iterator[Metric]:
        return iter(self.by_id.values())

    def __len__(self) -> int:
        return len(self.by_id)

    def get(self, metric_id: str) -> Metric | None:
        return self.by_id.get(metric_id)
