"""The DuckDB table contract: every table and column with its type and meaning.

This is the single source of the documented contract. `schemas/ddl.py` creates the tables (as
numbered migrations) and applies these descriptions with COMMENT ON; a test checks that the
database and this contract agree, and docs/schema.md is generated from it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the contract."""

    name: str
    type: str
    description: str


@dataclass(frozen=True, slots=True)
class Table:
    """One table of the contract."""

    name: str
    description: str
    columns: tuple[Column, ...]


C = Column

# One photo credit split into its parts (records.CreditPart), as stored in captions.
CREDIT_PARTS_TYPE = (
    "STRUCT(credit VARCHAR, photographer VARCHAR, agency VARCHAR, origin_agency VARCHAR)[]"
)

TABLES: tuple[Table, ...] = (
    Table(
        "articles",
        "One row per article: clean body text and metadata. Key: article_id.",
        (
            C(
                "article_id",
                "VARCHAR",
                "Front-matter `code` when present; for a wire item the agency's id (NewsML-G2 "
                "guid, ninjs uri, NewsML 1 URN without revision; a bare NITF doc-id as "
                "`provider:id`; IPTC 7901/ANPA `provider:slug:date`); else `url-<hash>` of the "
                "normalised origin/canonical URL; else `src-<hash>` of source_uri (agency copy "
                "that carries neither): an edited input keeps its article_id.",
            ),
            C("source_uri", "VARCHAR", "Absolute path or URL of the input that was read."),
            C(
                "origin_url",
                "VARCHAR",
                "Original article URL: front-matter origin_url or canonical link.",
            ),
            C(
                "publisher",
                "VARCHAR",
                "Host of origin_url without www. (e.g. bangkokpost.com); for an agency's own "
                "copy (no URL, not a web page) the agency, named as in v_agency_aliases "
                "(e.g. Reuters).",
            ),
            C(
                "wire",
                "VARCHAR",
                "Agency named by the wire tag, copyright line, byline or a line naming it alone "
                "(e.g. Bloomberg); for a wire item its provider, or the agency its dateline tag "
                "names when it names no provider.",
            ),
            C("title", "VARCHAR", "Headline."),
            C(
                "description",
                "VARCHAR",
                "Standfirst / summary from front matter or meta description.",
            ),
            C(
                "category",
                "VARCHAR",
                "Canonical category: lower case, single spaces, '&' written 'and', path levels "
                "joined by ' / ' without site roots ('Home', 'News'), obvious synonyms folded "
                "('sports' → 'sport'). From front matter, else the section label, else "
                "articleSection, else the top-level IPTC topic of the first subject code. The "
                "value as given is in metadata.category_raw.",
            ),
            C(
                "language",
                "VARCHAR",
                "Language tag (BCP 47 case: en, en-US) from front matter or <html lang>.",
            ),
            C(
                "published_at",
                "TIMESTAMP WITH TIME ZONE",
                "Publication time in UTC; NULL when absent or unparseable.",
            ),
            C(
                "body_text",
                "VARCHAR",
                "Clean plain-text body, paragraphs separated by a blank line.",
            ),
            C("word_count", "INTEGER", "Whitespace-separated words in body_text."),
            C(
                "content_sha256",
                "VARCHAR",
                "SHA-256 of the raw input bytes; changes when the input changes.",
            ),
            C(
                "metadata",
                "JSON",
                "Every input key not mapped to a column (e.g. front-matter layout), "
                "category_raw (the category as given) and subjects (IPTC codes of wire formats).",
            ),
            C(
                "first_seen_at",
                "TIMESTAMP WITH TIME ZONE",
                "When wirecopy first loaded this article (UTC).",
            ),
            C("updated_at", "TIMESTAMP WITH TIME ZONE", "When this row last changed (UTC)."),
            C("run_id", "VARCHAR", "Run that last changed this row (runs.run_id)."),
            C("authors", "VARCHAR[]", "Author names, in byline order; empty when unknown."),
            C(
                "modified_at",
                "TIMESTAMP WITH TIME ZONE",
                "Last-modified time given by the source (UTC).",
            ),
            C("rules_version", "VARCHAR", "Version of the cleaning rules that produced this row."),
            C(
                "withdrawn",
                "BOOLEAN",
                "True when the agency killed or withheld the item (pubStatus canceled/withheld, "
                "a kill advisory): views leave it out; the row and its text stay.",
            ),
            C(
                "pub_status",
                "VARCHAR",
                "IPTC publishing status of a wire item: usable, withheld or canceled; NULL for "
                "inputs that are not wire items.",
            ),
            C(
                "embargoed_until",
                "TIMESTAMP WITH TIME ZONE",
                "Embargo end (UTC): views hide the article until then; NULL when not embargoed.",
            ),
            C(
                "wire_version",
                "VARCHAR",
                "The agency's version of the item loaded (G2 version, NewsML 1 revision, ANPA "
                "write-through); an older version never overwrites a newer one.",
            ),
            C(
                "version_created",
                "TIMESTAMP WITH TIME ZONE",
                "When the agency created this version (UTC); compared when versions have no "
                "number.",
            ),
            C(
                "text_sha256",
                "VARCHAR",
                "SHA-256 of the clean title and body: equal values are the same text read "
                "from several inputs (cross-input duplicates); not an id.",
            ),
        ),
    ),
    Table(
        "images",
        "Image links of an article, lead image first. Key: (article_id, position).",
        (
            C("article_id", "VARCHAR", "Article (articles.article_id)."),
            C("position", "INTEGER", "0-based order within the article; the lead image is 0."),
            C("url", "VARCHAR", "Absolute image URL; unique within an article."),
            C("alt_text", "VARCHAR", "Alt text as written in the source (may include the credit)."),
            C("role", "VARCHAR", "'lead' (front-matter image, og:image) or 'inline'."),
        ),
    ),
    Table(
        "captions",
        "Photo captions with the credit split out. Key: (article_id, position).",
        (
            C("article_id", "VARCHAR", "Article (articles.article_id)."),
            C("position", "INTEGER", "0-based order of the caption within the article."),
            C("caption_text", "VARCHAR", "Caption with the credit removed."),
            C(
                "credit",
                "VARCHAR",
                "Photo credit(s), normalised (e.g. 'Reuters'); several joined by '; '.",
            ),
            C("image_url", "VARCHAR", "URL of the captioned image; NULL when no image is linked."),
            C("credits", "VARCHAR[]", "The same credits as a list, one element per credit."),
            C(
                "photographer",
                "VARCHAR",
                "Photographer(s) named in the credits ('REUTERS/Jane Doe' → Jane Doe), several "
                "joined by '; '; NULL when none is named.",
            ),
            C(
                "agency",
                "VARCHAR",
                "Agency the picture came from, named as in v_agency_aliases when known "
                "('Jane Doe/AFP via Getty Images' → Getty Images), else as written; several "
                "joined by '; '; NULL when none is named.",
            ),
            C(
                "credit_parts",
                CREDIT_PARTS_TYPE,
                "Each credit split: credit, photographer, agency and origin_agency (the agency "
                "that took a picture another distributes: 'AFP via Getty Images' → AFP).",
            ),
        ),
    ),
    Table(
        "removed_fragments",
        "Every fragment the cleaning rules took out of a body, for auditing the rules.",
        (
            C("article_id", "VARCHAR", "Article (articles.article_id)."),
            C("position", "INTEGER", "0-based order of removal within the article."),
            C(
                "kind",
                "VARCHAR",
                "What was removed: ad, promo, related, copyright, syndication, note (notes "
                "to editors, embargo notices), signoff (desk initials, end-of-copy marks, a "
                "Chinese desk editor line), label, heading, header, caption, wire_tag, nav, "
                "share, newsletter, signature (an e-mail's), digest (a bulletin's banner and "
                "footer, kept with its first story), …",
            ),
            C("text", "VARCHAR", "The removed text (truncated to 2,000 characters)."),
            C(
                "rule",
                "VARCHAR",
                "Name of the rule that removed it (tasks/cleaning/rules.py, html rules).",
            ),
            C(
                "seen_docs",
                "INTEGER",
                "Rule repeated-line: in how many of its source's documents this text was seen "
                "(the counts before the run, or the run's batch when that says more); NULL for "
                "other rules.",
            ),
            C(
                "source_docs",
                "INTEGER",
                "Rule repeated-line: how many documents of the source it was counted over "
                "(stories of the last 30 days, or of the batch); NULL for other rules.",
            ),
        ),
    ),
    Table(
        "stories",
        "One row per story: the near-duplicate copies of one text (an agency's story, the "
        "outlets that ran it, its updates and write-throughs), grouped after each load "
        "(tasks/stories/). Counts include withdrawn and embargoed copies; the v_ views leave "
        "them out. Key: story_id.",
        (
            C(
                "story_id",
                "VARCHAR",
                "`st-` + 16 hex of a hash of the founding article's id: re-runs, reprocess and "
                "rebuilds keep it.",
            ),
            C(
                "first_seen_at",
                "TIMESTAMP WITH TIME ZONE",
                "When wirecopy first loaded a copy of the story (UTC).",
            ),
            C(
                "first_published_at",
                "TIMESTAMP WITH TIME ZONE",
                "Earliest publication time of a copy (UTC); NULL when no copy is dated.",
            ),
            C(
                "first_wire",
                "VARCHAR",
                "Wire agency of the earliest copy that names one (articles.wire); NULL when none "
                "does.",
            ),
            C(
                "first_article_id",
                "VARCHAR",
                "Earliest copy (by published_at, else first_seen_at): articles.article_id.",
            ),
            C("headline", "VARCHAR", "Headline of the earliest copy."),
            C("n_articles", "INTEGER", "Copies in the story (story_members rows)."),
            C("n_publishers", "INTEGER", "Distinct publishers among the copies."),
            C("n_wires", "INTEGER", "Distinct wire agencies named by the copies."),
            C(
                "last_updated_at",
                "TIMESTAMP WITH TIME ZONE",
                "When a copy last joined the story or had its text changed (UTC).",
            ),
            C(
                "original_article_id",
                "VARCHAR",
                "The copy that founded the story (story_members.role = 'original'); NULL when "
                "its text changed enough to leave (the story keeps its id).",
            ),
            C("n_copies", "INTEGER", "Copies with role 'copy' (other outlets running it)."),
            C("n_updates", "INTEGER", "Copies with role 'update' (re-filed by the same source)."),
        ),
    ),
    Table(
        "story_members",
        "Which story each article belongs to, and how (one row per article). Key: article_id.",
        (
            C("article_id", "VARCHAR", "Article (articles.article_id)."),
            C("story_id", "VARCHAR", "Story (stories.story_id)."),
            C(
                "role",
                "VARCHAR",
                "'original' (founded the story), 'copy' (another publisher, else wire, ran it) "
                "or 'update' (an earlier copy has the same publisher, else wire: a re-file, "
                "write-through or correction).",
            ),
            C(
                "similarity",
                "DOUBLE",
                "Estimated similarity to the story's original (1 for the original): Jaccard "
                "similarity of character 8-grams of the clean body, whole text or its first "
                "~600 characters, whichever is higher.",
            ),
            C(
                "matched_article_id",
                "VARCHAR",
                "The earlier copy this article matched best when it was assigned; NULL for an "
                "original.",
            ),
            C(
                "match_similarity",
                "DOUBLE",
                "Similarity to matched_article_id (1 for an original); a copy joins at 0.30 or "
                "more.",
            ),
            C(
                "assigned_at",
                "TIMESTAMP WITH TIME ZONE",
                "When the article was assigned (UTC): its first load, or the load that changed "
                "its text.",
            ),
            C("run_id", "VARCHAR", "Run that assigned it (runs.run_id)."),
        ),
    ),
    Table(
        "rejects",
        "Inputs that did not become articles, with the reason. One row per input per run.",
        (
            C("run_id", "VARCHAR", "Run that rejected the input."),
            C("source_uri", "VARCHAR", "Absolute path, URL or pattern that was rejected."),
            C(
                "stage",
                "VARCHAR",
                "Stage that rejected it: discover, fetch, parse, clean, transform (the parse/clean "
                "worker process died on it) or load.",
            ),
            C(
                "reason",
                "VARCHAR",
                "Short reason, stable for grouping (e.g. 'invalid YAML front matter').",
            ),
            C("detail", "VARCHAR", "Details for a human (error message, position)."),
            C("rejected_at", "TIMESTAMP WITH TIME ZONE", "When it was rejected (UTC)."),
            C(
                "retryable",
                "BOOLEAN",
                "True when a later run may succeed (timeout, HTTP 5xx/429); "
                "such inputs are tried again on the next run.",
            ),
        ),
    ),
    Table(
        "runs",
        "One row per ingest run, written at start and completed at the end.",
        (
            C("run_id", "VARCHAR", "Run id (Prefect flow-run id when orchestrated)."),
            C("started_at", "TIMESTAMP WITH TIME ZONE", "Start time (UTC)."),
            C(
                "finished_at",
                "TIMESTAMP WITH TIME ZONE",
                "End time (UTC); NULL while running or when the process died.",
            ),
            C("status", "VARCHAR", "running, completed or failed."),
            C("params", "JSON", "Parameters of the run (sources, database, mode)."),
            C("n_seen", "INTEGER", "Inputs seen."),
            C("n_new", "INTEGER", "Inputs that created a new article."),
            C("n_updated", "INTEGER", "Inputs that changed an existing article."),
            C("n_unchanged", "INTEGER", "Inputs whose content was already loaded."),
            C("n_rejected", "INTEGER", "Inputs rejected (see rejects)."),
            C(
                "logical_date",
                "DATE",
                "The date the run is for (default: the day it started, UTC).",
            ),
            C(
                "rules_version",
                "VARCHAR",
                "Version of the cleaning rules (tasks/cleaning/rules.py).",
            ),
            C(
                "stage_seconds",
                "JSON",
                "Seconds per stage: fetch, parse, clean and sketch (summed over worker "
                "processes), load, stories (the story step, part of load and of the run's "
                "start), line_counts (the repeated-line statistics, part of load), publish, "
                "and wait (the main process waiting for workers); settle_<stage> for the "
                "end-of-run pass that cleans a first-seen source's inputs again with the "
                "counts the run gathered.",
            ),
            C(
                "error",
                "VARCHAR",
                "Why the run failed (systemic error or quality gate); else NULL.",
            ),
            C(
                "warnings",
                "VARCHAR[]",
                "What a run that still completed warns about, e.g. 'no input for 2026-11-29: "
                "wire/2026-11-29' (a dated source with no folder that day); empty when none.",
            ),
        ),
    ),
    Table(
        "sources",
        "Bookkeeping per input: what was last read, so unchanged inputs are skipped cheaply.",
        (
            C("source_uri", "VARCHAR", "Absolute path or URL of the input."),
            C("size", "BIGINT", "Size in bytes when last read."),
            C("mtime_ns", "BIGINT", "Modification time (ns since epoch) when last read."),
            C("sha256", "VARCHAR", "SHA-256 of the bytes last read."),
            C(
                "article_id",
                "VARCHAR",
                "Article the input produced (the first, for a file of several); NULL when "
                "rejected.",
            ),
            C(
                "status",
                "VARCHAR",
                "loaded, rejected, or gone (permanent HTTP failure such as "
                "404/410: not fetched again).",
            ),
            C("run_id", "VARCHAR", "Run that last read the input."),
            C("seen_at", "TIMESTAMP WITH TIME ZONE", "When the input was last read (UTC)."),
            C("etag", "VARCHAR", "HTTP ETag of the last 200 response (sent as If-None-Match)."),
            C(
                "last_modified",
                "VARCHAR",
                "HTTP Last-Modified of the last 200 response (sent as If-Modified-Since).",
            ),
            C(
                "role",
                "VARCHAR",
                "'input' (a wire file or URL given to ingest) or 'origin' (the "
                "page at an article's origin_url, fetched with --fetch-origin).",
            ),
            C(
                "article_ids",
                "VARCHAR[]",
                "Every article the input produced, in file order (a wire file may hold several).",
            ),
            C(
                "rules_version",
                "VARCHAR",
                "Version of the rules that produced the last outcome. An input rejected by "
                "parse or clean is not parsed again while its bytes and the rules are unchanged.",
            ),
            C(
                "retryable",
                "BOOLEAN",
                "For a rejected input: whether the same bytes may load on a later run (a lost "
                "worker); false for deterministic rejects (invalid YAML, no body).",
            ),
        ),
    ),
    Table(
        "fetches",
        "Every HTTP fetch attempt (the raw landing zone's log). Raw bodies are kept "
        "content-addressed by sha256 in the raw store beside the database.",
        (
            C("url", "VARCHAR", "URL requested."),
            C("final_url", "VARCHAR", "URL after redirects (at most 5)."),
            C("status", "INTEGER", "HTTP status (304 = not modified); NULL when no response."),
            C("etag", "VARCHAR", "ETag response header."),
            C("last_modified", "VARCHAR", "Last-Modified response header."),
            C("content_type", "VARCHAR", "Content-Type response header."),
            C(
                "sha256",
                "VARCHAR",
                "SHA-256 of the body (key into the raw store); NULL without body.",
            ),
            C("bytes", "BIGINT", "Decoded body size in bytes."),
            C("fetched_at", "TIMESTAMP WITH TIME ZONE", "When the fetch finished (UTC)."),
            C("elapsed_ms", "INTEGER", "Wall time of the fetch, retries included."),
            C("error", "VARCHAR", "Error class or 'HTTP <status>'; NULL on success or 304."),
            C("run_id", "VARCHAR", "Run that made the attempt."),
            C("retryable", "BOOLEAN", "Whether a later run may succeed."),
        ),
    ),
    Table(
        "checks",
        "Data checks run after every load, one row per run and check (tasks/checks.py). A "
        "failed check of severity 'error' fails the run's quality gate. Key: (run_id, "
        "check_name).",
        (
            C("run_id", "VARCHAR", "Run that ran the check (runs.run_id)."),
            C("check_name", "VARCHAR", "Check name, e.g. articles_article_id_unique."),
            C("table_name", "VARCHAR", "Table or view the check reads."),
            C("column_name", "VARCHAR", "Column or expression checked; NULL for table checks."),
            C(
                "severity",
                "VARCHAR",
                "'error' (a failure fails the quality gate) or 'warn' (reported only).",
            ),
            C(
                "status",
                "VARCHAR",
                "pass, warn (a warn check failed), fail (an error check failed) or skip "
                "(not enough history, e.g. for volume).",
            ),
            C(
                "observed",
                "DOUBLE",
                "What was measured: failing rows, hours since the newest article, or the ratio "
                "of new articles to the median of earlier runs.",
            ),
            C("threshold", "VARCHAR", "What passes, e.g. '<= 0' or '>= 0.25'."),
            C("detail", "VARCHAR", "What the check tests and, on failure, an example."),
            C("checked_at", "TIMESTAMP WITH TIME ZONE", "When the check ran (UTC)."),
        ),
    ),
    Table(
        "source_stories",
        "Stories counted for each source's line statistics (boilerplate by repetition, "
        "tasks/line_stats.py): one row per source and story within the last 30 days; older "
        "rows are dropped as new ones arrive.",
        (
            C(
                "source_key",
                "VARCHAR",
                "Whose copy it is: the article's publisher (host or agency), else its wire, "
                "else the host or authority of a wire item's id (its URL, URN or tag URI).",
            ),
            C(
                "story_hash",
                "BIGINT",
                "Hash of the normalised headline: versions and copies of a story count once.",
            ),
            C("day", "DATE", "Logical date of the run that counted it."),
            C("run_id", "VARCHAR", "Run that counted it (runs.run_id)."),
        ),
    ),
    Table(
        "line_days",
        "How many of a source's stories each paragraph appeared in, per day (appended per "
        "batch; sum over the last 30 days). A paragraph in enough of them is removed as "
        "repeated-line.",
        (
            C("source_key", "VARCHAR", "Source (source_stories.source_key)."),
            C(
                "line_hash",
                "BIGINT",
                "Hash of the normalised paragraph (NFKC, case-folded, letters and digits only; "
                "a fragment's digits as 0, a sentence's kept), or of the label of a teaser "
                "line ('MORE:').",
            ),
            C("day", "DATE", "Logical date of the run that counted these stories."),
            C("n_docs", "INTEGER", "Stories of the source that day (and batch) with the line."),
        ),
    ),
    Table(
        "schema_migrations",
        "Numbered schema migrations applied to this database.",
        (
            C("version", "INTEGER", "Migration number."),
            C("name", "VARCHAR", "Migration name."),
            C("applied_at", "TIMESTAMP WITH TIME ZONE", "When it was applied (UTC)."),
        ),
    ),
)

TABLES_BY_NAME = {t.name: t for t in TABLES}

# Loader state that is not part of the contract: never exported, published or read by the
# views. Documented here so that whoever opens the live file knows what it is.
INTERNAL_SCHEMA = "internal"

INTERNAL_TABLES: tuple[Table, ...] = (
    Table(
        f"{INTERNAL_SCHEMA}.story_sketches",
        "Internal (the story index, tasks/stories/index.py): one sketch per article in "
        "story_members (~1.4 KB each), with what the stories rows are computed from, written "
        "and deleted with the member row.",
        (
            C("article_id", "VARCHAR", "Article (articles.article_id)."),
            C("doc", "INTEGER", "Dense key of the row, used by story_buckets."),
            C("story_id", "VARCHAR", "story_members.story_id, repeated (a covering index)."),
            C("role", "VARCHAR", "story_members.role, repeated."),
            C("publisher", "VARCHAR", "articles.publisher, repeated (roles, stories rows)."),
            C("wire", "VARCHAR", "articles.wire, repeated."),
            C("title", "VARCHAR", "articles.title, repeated (the story's headline)."),
            C(
                "published_at",
                "TIMESTAMP WITH TIME ZONE",
                "articles.published_at, repeated; with first_seen_at, what the bucket window "
                "prunes by and what orders a story's copies.",
            ),
            C("first_seen_at", "TIMESTAMP WITH TIME ZONE", "articles.first_seen_at, repeated."),
            C("n_shingles", "INTEGER", "Character 8-grams of the normalised body."),
            C("exact", "UBIGINT", "Hash of the normalised body: unchanged texts are skipped."),
            C("full_sig", "BLOB", "One-permutation MinHash of the whole body (128 uint32)."),
            C("lead_sig", "BLOB", "The same for its first ~600 characters."),
            C(
                "indexed_at",
                "TIMESTAMP WITH TIME ZONE",
                "When the article was assigned (UTC): story_members.assigned_at.",
            ),
        ),
    ),
    Table(
        f"{INTERNAL_SCHEMA}.story_buckets",
        "Internal: LSH buckets of the sketches of the last WIRECOPY_STORY_WINDOW_DAYS days "
        "(64 per article with at least 100 shingles): candidates for new articles.",
        (
            C("bucket", "UINTEGER", "Band key (tasks/stories/sketch.py band_keys)."),
            C("doc", "INTEGER", "story_sketches.doc."),
        ),
    ),
    Table(
        f"{INTERNAL_SCHEMA}.story_removed",
        "Internal: articles taken out of the index (deleted), so that one coming back cannot "
        "take the id of a story that lived on without it.",
        (C("article_id", "VARCHAR", "Article id that left the index."),),
    ),
)
