"""`plancmp draft`: a plan document (text, web page, Word, PDF) → a plan file for review.

The flow is one way, as in pandoc: a reader per format turns the file into a
`Document` (document.py); everything after works on that model only.
"""
