"""The evaluation report: metrics per variant, won/lost cases, and the files it writes.

:class:`EvalReport` prints a terminal table and writes ``report.json`` (everything),
``cases.csv`` (one row per variant and case) and ``report.html`` (self-contained: the metrics
table, an inline SVG bar chart and the cases where variants differ).
"""

from __future__ import annotations

import csv
import html
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rag.eval.metrics import CHECKS, LOWER_IS_BETTER, METRICS, RATE_METRICS, CaseRecord

SCHEMA_VERSION = 3  # of report.json and the resume cache keys; 3: typed provenance


@dataclass
class EvalReport:
    """Results of :func:`evaluate`: per-variant records and metrics, with report writers."""

    testset: str
    backend: str
    k: int
    variants: list[str]
    records: dict[str, list[CaseRecord]]
    metrics: dict[str, dict[str, float | None]]
    fingerprints: dict[str, str] = field(default_factory=dict)
    ran: int = 0
    cached: int = 0
    created: str = ""

    def best_variant(self, metric: str = "answer_correctness") -> str:
        """The variant with the best value of ``metric`` (first one on ties)."""
        sign = -1.0 if metric in LOWER_IS_BETTER else 1.0

        def key(v: str) -> float:
            x = self.metrics[v].get(metric)
            return -math.inf if x is None else sign * x

        return max(self.variants, key=key)

    def comparisons(self) -> dict[str, dict[str, list[str]]]:
        """For each variant after the first: case ids it won and lost against the first."""
        base = {r.case_id: r for r in self.records[self.variants[0]]}
        out: dict[str, dict[str, list[str]]] = {}
        for v in self.variants[1:]:
            won: list[str] = []
            lost: list[str] = []
            for r in self.records[v]:
                a = base.get(r.case_id)
                if a is None or a.passed == r.passed:
                    continue
                (won if r.passed else lost).append(r.case_id)
            out[v] = {"won": won, "lost": lost}
        return out

    def failures(self, gates: Sequence[tuple[str, float]]) -> list[str]:
        """One message per (variant, gate) that is not met."""
        msgs = []
        for v in self.variants:
            for name, thr in gates:
                val = self.metrics[v].get(name)
                if val is None:
                    msgs.append(
                        f"{name} was not measured for variant {v} "
                        f"(needs {'<=' if name in LOWER_IS_BETTER else '>='} {thr:g})"
                    )
                elif name in LOWER_IS_BETTER and val > thr:
                    msgs.append(f"{name} = {val:.4g} > {thr:g} for variant {v}")
                elif name not in LOWER_IS_BETTER and val < thr:
                    msgs.append(f"{name} = {val:.4g} < {thr:g} for variant {v}")
        return msgs

    def to_dict(self) -> dict[str, Any]:
        """The report.json content."""
        return {
            "schema": SCHEMA_VERSION,
            "testset": self.testset,
            "created": self.created,
            "backend": self.backend,
            "k": self.k,
            "variants": self.variants,
            "fingerprints": self.fingerprints,
            "ran": self.ran,
            "cached": self.cached,
            "metric_definitions": METRICS,
            "metrics": self.metrics,
            "best_variant": self.best_variant(),
            "comparisons": self.comparisons(),
            "cases": {v: [r.to_dict() for r in recs] for v, recs in self.records.items()},
        }

    def table(self) -> str:
        """Metrics as a plain-text table, variants side by side."""
        head = ["metric", *self.variants]
        rows = [head]
        for name in METRICS:
            rows.append([name, *(_fmt(name, self.metrics[v][name]) for v in self.variants)])
        comp = self.comparisons()
        if comp:
            rows.append(
                [
                    f"cases won/lost vs {self.variants[0]}",
                    "",
                    *(
                        f"+{len(comp[v]['won'])} / -{len(comp[v]['lost'])}"
                        for v in self.variants[1:]
                    ),
                ]
            )
        widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
        lines = []
        for i, r in enumerate(rows):
            lines.append(
                "  ".join(
                    c.ljust(w) if j == 0 else c.rjust(w)
                    for j, (c, w) in enumerate(zip(r, widths, strict=True))
                )
            )
            if i == 0:
                lines.append("  ".join("-" * w for w in widths))
        return "\n".join(lines)

    def write(self, out: str | Path) -> dict[str, Path]:
        """Write report.json, cases.csv and report.html into ``out``."""
        d = Path(out)
        d.mkdir(parents=True, exist_ok=True)
        paths = {"json": d / "report.json", "csv": d / "cases.csv", "html": d / "report.html"}
        paths["json"].write_text(
            json.dumps(self.to_dict(), indent=2, default=str) + "\n", encoding="utf-8"
        )
        with paths["csv"].open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(
                [
                    "variant",
                    "case_id",
                    "task",
                    "question",
                    "passed",
                    *CHECKS,
                    "cannot_answer",
                    "first_hit_rank",
                    "citations",
                    "raw_markers",
                    "raw_valid_markers",
                    "latency_s",
                    "prompt_tokens",
                    "completion_tokens",
                    "source",
                    "model",
                    "fallback",
                    "error",
                    "text",
                ]
            )
            for v in self.variants:
                for r in self.records[v]:
                    first = r.first_hit
                    w.writerow(
                        [
                            v,
                            r.case_id,
                            r.task,
                            r.question,
                            r.passed,
                            *("" if r.checks[c] is None else r.checks[c] for c in CHECKS),
                            r.cannot_answer,
                            "" if first is None else first,
                            len(r.citations),
                            r.raw_markers,
                            r.raw_valid_markers,
                            r.timings.get("total", ""),
                            r.usage.get("prompt_tokens", ""),
                            r.usage.get("completion_tokens", ""),
                            r.source.value if r.source else "",
                            r.model,
                            str(r.fallback) if r.fallback else "",
                            r.failure or "",
                            r.text,
                        ]
                    )
        paths["html"].write_text(render_html(self), encoding="utf-8")
        return paths


def _fmt(name: str, v: float | None) -> str:
    if v is None:
        return "-"
    if name.startswith("latency"):
        return f"{v:.2f}s"
    if name.endswith("tokens"):
        return f"{v:.1f}"
    if name == "mrr":
        return f"{v:.3f}"
    return f"{100 * v:.1f}%"


# -- HTML report -------------------------------------------------------------------------
_COLORS = ("#4C78A8", "#F58518", "#54A24B", "#E45756", "#72B7B2", "#B279A2", "#9D755D")


def svg_chart(metrics: dict[str, dict[str, float | None]], names: Sequence[str]) -> str:
    """A grouped bar chart (inline SVG) of the 0-1 metrics ``names``, one bar per variant."""
    variants = list(metrics)
    bar_w, gap, left, top, height = 14, 18, 44, 24, 220
    group_w = bar_w * len(variants) + gap
    width = left + group_w * len(names) + 20
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{top + height + 130}" role="img" aria-label="metrics per variant" '
        'font-family="sans-serif" font-size="11">'
    ]
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        y = top + height * (1 - tick)
        parts.append(
            f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
        )
        parts.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{int(tick * 100)}%</text>'
        )
    for i, name in enumerate(names):
        x0 = left + i * group_w + gap / 2
        for j, v in enumerate(variants):
            val = metrics[v].get(name)
            if val is None:
                continue
            h = height * max(0.0, min(1.0, val))
            x = x0 + j * bar_w
            parts.append(
                f'<rect x="{x:.1f}" y="{top + height - h:.1f}" width="{bar_w - 2}" '
                f'height="{h:.1f}" fill="{_COLORS[j % len(_COLORS)]}">'
                f"<title>{html.escape(v)} {html.escape(name)}: {100 * val:.1f}%"
                "</title></rect>"
            )
        cx = x0 + bar_w * len(variants) / 2
        parts.append(
            f'<text transform="translate({cx:.1f},{top + height + 8}) rotate(45)" '
            f'text-anchor="start">{html.escape(name)}</text>'
        )
    for j, v in enumerate(variants):
        x = left + j * 140
        parts.append(
            f'<rect x="{x}" y="4" width="10" height="10" '
            f'fill="{_COLORS[j % len(_COLORS)]}"/><text x="{x + 14}" y="13">'
            f"{html.escape(v)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _checks_html(r: CaseRecord) -> str:
    out = []
    for c in CHECKS:
        v = r.checks[c]
        if v is not None:
            out.append(f'<span class="{"ok" if v else "bad"}">{c}</span>')
    return " ".join(out) + (
        f' <span class="bad">{html.escape(r.failure)}</span>' if r.failure else ""
    )


def render_html(rep: EvalReport) -> str:
    """The self-contained report.html: metrics table, SVG chart and per-case diffs."""
    e = html.escape
    best = {m: rep.best_variant(m) for m in METRICS}
    rows = []
    for m in METRICS:
        cells = "".join(
            f'<td class="{"best" if len(rep.variants) > 1 and best[m] == v else ""}">'
            f"{_fmt(m, rep.metrics[v][m])}</td>"
            for v in rep.variants
        )
        rows.append(f'<tr><th title="{e(METRICS[m])}">{e(m)}</th>{cells}</tr>')
    diffs = []
    for v, d in rep.comparisons().items():
        a = {r.case_id: r for r in rep.records[rep.variants[0]]}
        b = {r.case_id: r for r in rep.records[v]}
        diffs.append(
            f"<h3>{e(v)} vs {e(rep.variants[0])}: won {len(d['won'])}, lost {len(d['lost'])}</h3>"
        )
        if not d["won"] and not d["lost"]:
            diffs.append("<p>No case changed outcome.</p>")
            continue
        diffs.append(
            f"<table><tr><th>case</th><th>outcome</th><th>{e(rep.variants[0])}</th>"
            f"<th>{e(v)}</th></tr>"
        )
        for outcome in ("won", "lost"):
            for cid in d[outcome]:
                ra, rb = a[cid], b[cid]
                diffs.append(
                    f"<tr><td><b>{e(cid)}</b><br>{e(ra.question)}</td>"
                    f'<td class="{"ok" if outcome == "won" else "bad"}">{outcome}</td>'
                    f"<td>{_checks_html(ra)}<pre>{e(ra.text[:800])}</pre></td>"
                    f"<td>{_checks_html(rb)}<pre>{e(rb.text[:800])}</pre></td></tr>"
                )
        diffs.append("</table>")
    case_rows = []
    for i, r0 in enumerate(rep.records[rep.variants[0]]):
        row: list[str] = []
        for v in rep.variants:
            r = rep.records[v][i]
            row.append(
                f'<td><span class="{"ok" if r.passed else "bad"}">'
                f"{'pass' if r.passed else 'FAIL'}</span> {_checks_html(r)}"
                f"<details><summary>answer</summary><pre>{e(r.text)}</pre>"
                f"</details></td>"
            )
        case_rows.append(
            f"<tr><td><b>{e(r0.case_id)}</b> <i>{e(r0.task)}</i><br>"
            f"{e(r0.question)}</td>{''.join(row)}</tr>"
        )
    heads = "".join(f"<th>{e(v)}</th>" for v in rep.variants)
    defs = "".join(f"<dt>{e(m)}</dt><dd>{e(d)}</dd>" for m, d in METRICS.items())
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsrag eval: {e(rep.testset)}</title>
<style>
body {{ font-family: sans-serif; margin: 2em; color: #222; }}
table {{ border-collapse: collapse; margin: 1em 0; }}
td, th {{ border: 1px solid #ccc; padding: 4px 8px; vertical-align: top; text-align: left; }}
td.best {{ font-weight: bold; background: #eef7ee; }}
.ok {{ color: #1a7f37; }} .bad {{ color: #c62828; font-weight: bold; }}
span.ok, span.bad {{ font-size: 0.8em; margin-right: 4px; }}
pre {{ white-space: pre-wrap; max-width: 40em; font-size: 0.85em; }}
dt {{ font-weight: bold; }}
</style></head><body>
<h1>newsrag evaluation</h1>
<p>Test set <code>{e(rep.testset)}</code>, backend <b>{e(rep.backend)}</b>, k={rep.k},
{len(rep.records[rep.variants[0]])} cases, created {e(rep.created)};
{rep.ran} run, {rep.cached} from cache. Best variant by answer correctness:
<b>{e(rep.best_variant())}</b>.</p>
<h2>Metrics</h2>
<table><tr><th>metric</th>{heads}</tr>{"".join(rows)}</table>
{svg_chart(rep.metrics, RATE_METRICS)}
<h2>Where variants differ</h2>
{"".join(diffs) or "<p>Only one variant was evaluated.</p>"}
<h2>All cases</h2>
<table><tr><th>case</th>{heads}</tr>{"".join(case_rows)}</table>
<h2>Metric definitions</h2><dl>{defs}</dl>
</body></html>
"""
