"""Office files: Word documents (python-docx) and Excel workbooks (openpyxl).

Each module imports its library inside its functions, so that no other command pays
for it at start-up.

xlsx    → one worksheet per Table: numbers as numbers, title row, frozen header
docx    → a Word document's page, styles and tables (GB/T 9704 fonts, A4, page numbers)
report  → the 对标分析 report as a Word document, with a chart per metric
"""
