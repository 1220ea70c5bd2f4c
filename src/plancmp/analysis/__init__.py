"""The analyses: pure functions from plans to rankings and findings.

rank     → when targets are comparable, which is more ambitious
compare  → one metric across plans, ranked
city     → a plan's target against its city's work point
gaps     → one plan's findings in its frame
line     → the straight line from baseline to target: pace, a year's value
progress → actual values against that line (中期/终期评估)
frame    → whom a plan is held to (peers, higher plans), read from the data
"""
