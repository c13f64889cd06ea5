"""Stories across wires: near-duplicate copies of one story grouped, incrementally.

Modules: `text` (normalisation, character shingles), `sketch` (one-permutation MinHash
signatures and LSH band keys, made in the parse/clean workers), `assign` (similarity, matching
and role rules), `candidates` and `index` (the index in DuckDB, fed only new and changed
articles), `rows` (its records and tables), `summary` (the `stories` rows), `step` (the story
step inside each batch's load and at a run's start), `memory` (the same rules in memory: the
reference the DuckDB index is tested against, and the accuracy benchmark's engine).

Method, and why (figures from `benchmarks/stories.py`, 2-core machine):

- Similarity is estimated Jaccard over character 8-grams of the normalised body text, the larger
  of the whole text's and the lead's (first ~600 characters). Character shingles absorb spelling
  variants, "The United States"/"The US", quotes, dashes, accents and scripts without spaces
  without any word list; the lead catches trimmed copies, briefs and updates with paragraphs
  added below. Held out by publisher (5 folds over news-dev + aeb-dev copies): pair precision
  1.000, recall 0.970 ± 0.033 (min 0.911).
- Signatures are our own numpy one-permutation MinHash (128 bins, one pass over the shingles):
  0.1 ms per 5 KB article. datasketch's MinHash (128 hash permutations per shingle, a Python
  call per text) took 0.6 ms on word 3-shingles (recall 0.725, whole texts) and 6.9 ms fed our
  shingles with our rule, at about the same accuracy (best-F1 points over all pairs: P 0.998
  R 0.925 there, P 0.977 R 0.977 ours); the LSH on DuckDB would be ours either way. rapidfuzz's
  token_set_ratio is as accurate (P 0.993, R 0.977 in-sample) but is a score per pair (0.24 ms
  each) with nothing to index: 1,000 new articles against 100,000 stored would be 10^8 pairs.
  SimHash (64 bits) was the least accurate (R 0.865). `benchmarks/stories.py compare` prints
  the table; numpy is the only dependency.
- Candidates come from LSH over 12-character shingles (32 bands × 3 rows, whole text and lead):
  longer shingles are shared far less by unrelated texts, so templated or small-vocabulary copy
  does not flood the night's lookups, while the 8-character similarity decides.
- Scale (`benchmarks/stories.py scale`, 2 cores shared): 100,000 articles from scratch in 23 s
  (peak RSS 0.57 GB); in a real nightly ingest of 1,000 documents into them, the story step in
  the main process took 1.9 % of the run (batches of 1,000, 30-day window), 4.8 % in batches
  of 200: its cost is mostly per query, ~25 ms a batch. Sketching is the workers' (~0.1 ms each).
"""

# Days of articles whose LSH buckets are kept (WIRECOPY_STORY_WINDOW_DAYS; 0 keeps all):
# copies and updates of a story run within days, so an older article is no candidate for
# tonight's, and the nightly lookup stops growing with the database. Changed articles are
# still compared with their own story's members, whatever their age. Here, not in step.py:
# the settings read it without importing numpy.
STORY_WINDOW_DAYS = 30
