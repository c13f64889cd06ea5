"""Report stage: the quality gate and the run report (pure; Prefect shows it as artifacts)."""

from __future__ import annotations

from dataclasses import dataclass, field

from wirecopy.schemas.records import LoadCounts

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
    warnings: list[str] | None = None,
) -> RunReport:
    """The run report: counts, rounded stage timings and the top reject reasons."""
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
    return "\n".join(lines) + "\n"
