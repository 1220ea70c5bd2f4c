"""The data side: reading, checking and storing plans. Knows nothing of the analyses.

files     → which files a folder holds; reading one safely
yamlread  → strict YAML with line numbers
block_yaml → the usual plan file's YAML, read fast; anything else left to yamlread
schema    → mappings → Plan / Metric / Standard, every problem collected
plain_record → a well-formed record built in one pass; any other left to schema
parse     → one file → Parsed; many files in worker processes
assemble  → parsed files → one checked dataset, streamed into a sink
groups    → groups files, checked
derived   → the groups every dataset has without a file
memory    → the store of files parsed in this process
index     → the on-disk index (SQLite), read lazily, healed when damaged
index_levels → its table of each plan's standing target in each group
cache     → where indexes live, their keys, and the cache's size cap
dataset   → load() and Dataset: the one face of either store
validate  → `plancmp validate`
"""

from plancmp.store.base import InvalidData
from plancmp.store.dataset import Dataset, load
from plancmp.store.files import DataError

__all__ = ["DataError", "Dataset", "InvalidData", "load"]
