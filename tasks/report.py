"""Report stage: the quality gate and the run report (pure; Prefect shows it as artifacts)."""

from __future__ import annotations

from dataclasses import dataclass, field

from wirecopy.schemas.records import LoadCounts
from wirecopy.tasks.checks import CheckResult

# A night where more than a fifth of the inputs fail is a feed problem, not bad luck.
DEFAULT_MAX_REJECT_RATIO = 0.2


@dataclass(slots=True)
class RunReport:
    """What a run did, for people: counts, stage timings and the top reject reasons."""

    run_id: str
    status: str
    counts: dict[str, int]
    stage_seconds: dict[str, float]
    top_rejects: list[tuple[str, str, int, str]] = field(default_factory=list)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    checks: list[CheckResult] = field(default_factory=list)


def quality_gate(
    counts: LoadCounts, max_reject_ratio: float = DEFAULT_MAX_REJECT_RATIO
) -> str | None:
    """Why the run fails the quality gate, or None when it passes.

    >>> quality_gate(LoadCounts(seen=10, new=7, rejected=3))
    'reject ratio 0.30 is above the maximum 0.20 (3 of 10 inputs rejected)'
    """
    if counts.seen and counts.new + counts.updated + counts.unchanged == 0:
        return f"no articles from {counts.seen} input(s): every input was rejected"
    ratio = counts.rejected / counts.seen if counts.seen else 0.0
    if ratio > max_reject_ratio:
        return (
            f"reject ratio {ratio:.2f} is above the maximum {max_reject_ratio:.2f} "
            f"({counts.rejected} of {counts.seen} inputs rejected)"
        )
    return None


def build_report(
    run_id: str,
    status: str,
    counts: LoadCounts,
    stage_seconds: dict[str, float],
    top_rejects: list[tuple[str, str, int, str]],
    error: str | None = None,
    *,
    warnings: list[str] | None = None,
    checks: list[CheckResult] | None = None,
) -> RunReport:
    """The run report: counts, rounded stage timings, the top reject reasons, data checks."""
    return RunReport(
        run_id=run_id,
        status=status,
        counts={
            "seen": counts.seen,
            "new": counts.new,
            "updated": counts.updated,
            "unchanged": counts.unchanged,
            "rejected": counts.rejected,
        },
        stage_seconds={k: round(v, 3) for k, v in stage_seconds.items()},
        top_rejects=top_rejects,
        error=error,
        warnings=list(warnings or []),
        checks=list(checks or []),
    )


def report_markdown(report: RunReport) -> str:
    """The run report as Markdown: status, counts and the top reject reasons."""
    lines = [f"# wirecopy run `{report.run_id}`: {report.status}", ""]
    if report.error:
        lines += [f"**{report.error}**", ""]
    lines += [f"- warning: {w}" for w in report.warnings] + ([""] if report.warnings else [])
    lines += ["| seen | new | updated | unchanged | rejected |", "|---|---|---|---|---|"]
    c = report.counts
    lines.append(
        f"| {c['seen']} | {c['new']} | {c['updated']} | {c['unchanged']} | {c['rejected']} |"
    )
    lines += ["", "## Top reject reasons", ""]
    if not report.top_rejects:
        lines.append("No rejects.")
    else:
        lines += ["| stage | reason | inputs | example |", "|---|---|---|---|"]
        lines += [f"| {s} | {r} | {n} | `{ex}` |" for s, r, n, ex in report.top_rejects]
    lines += ["", *checks_markdown(report.checks)]
    return "\n".join(lines) + "\n"


# Failures first, then warnings, then skipped and passed checks.
_STATUS_ORDER = {"fail": 0, "warn": 1, "skip": 2, "pass": 3}


def checks_markdown(checks: list[CheckResult]) -> list[str]:
    """The data checks as Markdown lines: a count per status, then one row per check."""
    lines = ["## Data checks", ""]
    if not checks:
        return [*lines, "No data checks ran."]
    counts = {s: sum(1 for c in checks if c.status == s) for s in _STATUS_ORDER}
    lines += [" · ".join(f"{n} {s}" for s, n in counts.items() if n), ""]
    lines += ["| status | check | table | observed | threshold | detail |", "|---" * 6 + "|"]
    for c in sorted(checks, key=lambda c: (_STATUS_ORDER[c.status], c.check)):
        observed = "" if c.observed is None else f"{c.observed:g}"
        detail = c.detail.replace("|", "\\|")
        lines.append(
            f"| {c.status} | `{c.check}` | {c.table} | {observed} | {c.threshold} | {detail} |"
        )
    return lines
