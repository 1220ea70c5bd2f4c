"""The output side: domain objects → tables and documents → formats → stdout or files.

words     → numbers, units, deltas, periods and kind names in Chinese
table       → Table, what every table output carries (text, and the numbers behind it)
views       → domain objects → Tables
formats     → the one rule that picks a format (--format, the -o extension)
text        → text formats (Markdown, CSV, JSON, tabulate's)
terminal    → the rich table (the only rich code)
sheet       → a Table as a spreadsheet holds it: typed cells, column widths
write       → stdout or a file, written whole; the writers of file formats
chart       → text bars
report      → the 对标分析 report: what it says, its outline, Markdown
report_html → the report as one HTML file
notes       → the writer's commentary (Markdown) for the report
fonts       → a Chinese font for the charts; chart_image → a chart as a PNG
office      → Word and Excel files (python-docx, openpyxl)
export      → every record in long form (CSV, JSON, SQLite, a workbook)
"""
