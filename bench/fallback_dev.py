"""Dev loop for the local model's fallback rate: tune prompts and output constraints here only.

    .venv/bin/python bench/fallback_dev.py                       # library defaults
    .venv/bin/python bench/fallback_dev.py --prompt answer_v3    # another prompt
    .venv/bin/python bench/fallback_dev.py --no-grammar          # the model writes freely

Questions: the single-turn cases of ``tests/eval/dev.yaml`` (the set prompts are tuned on),
minus any whose question is also one of bench/answer.py's reported questions, so the numbers
bench/answer.py reports stay untuned. Each is answered by the bundled model
(``backend="local"``) over an index of ``seeds/``; the script prints, per case, whether the
model's text survived verification, why not, and whether the final answer holds the expected
value, then the fallback rate and correctness. Dev numbers are not quality claims.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.answer import SEED_QUESTIONS  # noqa: E402
from bench.common import ROOT, fresh_dir  # noqa: E402


def _cases() -> list[tuple[str, list[str], bool]]:
    """(question, answer_contains patterns, cannot_answer expected) of the usable dev cases."""
    import yaml

    reported = {q for q, _ in SEED_QUESTIONS}
    data = yaml.safe_load((ROOT / "tests" / "eval" / "dev.yaml").read_text())
    out = []
    for case in data["cases"]:
        if not isinstance(case.get("question"), str) or case.get("history"):
            continue
        tags = set(case.get("tags") or [])
        if "followup" in tags or "who_said" in tags or case["question"] in reported:
            continue
        exp = case.get("expected") or {}
        out.append(
            (
                case["question"],
                list(exp.get("answer_contains") or []),
                bool(exp.get("cannot_answer")),
            )
        )
    return out


def _holds(text: str, patterns: list[str]) -> bool:
    for pat in patterns:
        if pat.startswith("re:"):
            if not re.search(pat[3:], text, re.I):
                return False
        elif pat.lower() not in text.lower():
            return False
    return True


def main() -> None:
    """Run the dev cases and print the fallback rate."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--prompt", default=None)
    ap.add_argument("--no-grammar", action="store_true", help="the model writes freely")
    ap.add_argument("--data-dir", type=Path, default=Path("/tmp/newsrag-fallback-dev"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    import rag

    extra = {"local_grammar": False} if args.no_grammar else {}
    s = rag.Settings(data_dir=args.data_dir, llm="local", **extra)
    if args.rebuild or not (args.data_dir / "catalog.sqlite3").exists():
        fresh_dir(args.data_dir)
        rag.Index(rag.Settings(data_dir=args.data_dir, llm="extractive")).ingest(
            [ROOT / "seeds"], progress=False
        )
    idx = rag.Index(s)
    kept = correct = refused_ok = n_ans = 0
    reasons: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    times: list[float] = []
    firsts: list[float] = []
    cases = _cases()
    for q, pats, cannot in cases:
        t0 = time.perf_counter()
        ans = rag.answer(q, backend="local", index=idx, prompt=args.prompt)
        times.append(time.perf_counter() - t0)
        if "first_token" in ans.timings:
            firsts.append(ans.timings["first_token"])
        for r in ans.removed:
            kinds[r.kind.value] += 1
        if cannot:
            refused_ok += ans.cannot_answer
            status = "refused" if ans.cannot_answer else "ANSWERED"
        else:
            n_ans += 1
            ok = _holds(ans.text, pats)
            correct += ok
            if ans.fallback is None:
                kept += 1
            else:
                reasons[ans.fallback.reason.value] += 1
            status = ("model" if ans.fallback is None else ans.fallback.reason.value) + (
                " ok" if ok else " WRONG"
            )
        print(f"{status:24} {q}")
        if args.verbose:
            print("   final:", ans.text.replace("\n", " ")[:240])
            for r in ans.removed:
                print(f"   removed {r.kind.value}: {r.text[:160]} | {r.detail[:120]}")
    print(
        f"\n{n_ans} answerable: model text kept {kept}, fallback rate {1 - kept / n_ans:.0%} "
        f"{dict(reasons)}; correct {correct}/{n_ans}; refusals right "
        f"{refused_ok}/{len(cases) - n_ans}; removed {dict(kinds)}; "
        f"median total {sorted(times)[len(times) // 2]:.2f} s, first token "
        f"{sorted(firsts)[len(firsts) // 2] if firsts else float('nan'):.2f} s"
    )
    from rag.llm import close_llms

    close_llms()


if __name__ == "__main__":
    main()
