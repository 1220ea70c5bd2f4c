"""The output side: domain objects → tables and documents → formats → stdout or files.

words     → numbers, units, deltas, periods and kind names in Chinese
table     → Table, what every table output carries
views     → domain objects → Tables
formats   → the one rule that picks a format (--format, the -o extension)
text      → text formats (Markdown, CSV, JSON, tabulate's)
terminal  → the rich table (the only rich code)
write     → stdout or a file, written whole
chart     → text bars
report    → the 对标分析 report (Markdown, HTML)
export    → every record in long form (CSV, JSON, SQLite)
"""
