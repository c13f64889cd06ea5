"""Stories across wires: near-duplicate copies of one story grouped, incrementally.

`text` normalises and shingles, `sketch` makes signatures and LSH band keys, `assign` holds the
matching and role rules, `index` keeps the index in DuckDB, `memory` is the in-memory reference.
The choice of method and its figures are in `benchmarks/stories.py`'s output and the README of
`benchmarks/`.
"""
