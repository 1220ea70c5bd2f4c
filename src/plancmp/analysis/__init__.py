"""The analyses: pure functions from plans to rankings and findings.

rank     → when targets are comparable, which is more ambitious
compare  → one metric across plans, ranked
city     → a plan's target against its city's work point
gaps     → one plan's findings in its frame
frame    → whom a plan is held to, read from the data
"""
