"""The ``newsrag`` command: a thin edge over the library that prints RagError messages."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from rag.errors import RagError
from rag.settings import get_settings


def _filters(ns: argparse.Namespace) -> dict[str, Any]:
    return {
        k: v
        for k, v in {
            "outlet": ns.outlet,
            "article_id": ns.article,
            "published_from": ns.date_from,
            "published_to": ns.date_to,
        }.items()
        if v
    }


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--outlet", help="only articles from this outlet")
    p.add_argument("--article", help="only this article id")
    p.add_argument("--from", dest="date_from", help="published on or after YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="published on or before YYYY-MM-DD")


def _overrides(ns: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if getattr(ns, "backend", None):
        out["llm"] = ns.backend
    return out


def cmd_ingest(ns: argparse.Namespace) -> int:
    from rag.index import open_index

    idx = open_index(get_settings())
    report = idx.ingest(ns.paths, progress=not ns.no_progress, resume=not ns.no_resume)
    print(report)
    _print_saved(idx)
    return 1 if report.skipped and not (report.added or report.replaced or report.unchanged) else 0


def cmd_list(ns: argparse.Namespace) -> int:
    from rag.index import open_index

    rows = open_index(get_settings()).list_articles()
    if ns.json:
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print("No articles indexed yet. Run `newsrag ingest seeds/`.")
    for r in rows:
        flag = "" if r["status"] == "complete" else f" [{r['status']}]"
        print(
            f"{r['id']}  {r['published'] or 'undated':10}  {r['outlet'] or '-':24.24}  "
            f"{r['chunks']:3d} chunks  {r['title']}{flag}"
        )
    return 0


def cmd_remove(ns: argparse.Namespace) -> int:
    from rag.index import open_index

    removed = open_index(get_settings()).remove(ns.id)
    print(f"Removed {removed}.")
    return 0


def cmd_reindex(ns: argparse.Namespace) -> int:
    from rag.index import open_index

    print(open_index(get_settings()).reindex(progress=True))
    return 0


def cmd_search(ns: argparse.Namespace) -> int:
    from rag.attributions import phrase_first
    from rag.index import open_index
    from rag.retrieve import retrieve

    idx = open_index(get_settings())
    passages = retrieve(ns.query, k=ns.k, filters=_filters(ns), index=idx)
    # A quoted phrase ("\"...\"") is found verbatim in the full-text index first.
    passages = phrase_first(ns.query, passages, idx, filters=_filters(ns))[0][: ns.k]
    if ns.json:
        print(json.dumps([p.to_dict() for p in passages], indent=2))
    elif not passages:
        print("No passage is relevant enough. Try other words, or `newsrag list`.")
    for p in passages if not ns.json else []:
        c = p.chunk
        print(
            f"#{p.rank} [{c.id}] {c.title} — {c.outlet or '?'}, "
            f"{c.published or 'undated'}  chars {c.start}-{c.end}  "
            f"fused={p.fused_score:.4f} dense={p.dense_score or 0:.3f} "
            f"bm25={p.bm25_score or 0:.2f}"
        )
        print("   " + c.text.replace("\n", "\n   "))
        print()
    return 0


def cmd_ask(ns: argparse.Namespace) -> int:
    from rag.answer import answer
    from rag.types import Answer

    s = get_settings(_overrides(ns))
    kwargs: dict[str, Any] = {
        "k": ns.k,
        "filters": _filters(ns),
        "prompt": ns.prompt,
        "settings": s,
    }
    if ns.json:
        print(json.dumps(answer(ns.question, **kwargs).to_dict(), indent=2))
        return 0
    final: Answer | None = None
    streamed = False
    for item in answer(ns.question, stream=True, **kwargs):
        if isinstance(item, Answer):
            final = item
        elif sys.stdout.isatty():
            print(item, end="", flush=True)
            streamed = True
    if final is None:  # pragma: no cover
        return 1
    if streamed:
        print("\n\n--- verified answer ---")
    print(final)
    if final.removed:
        print(f"\n({len(final.removed)} unverifiable statement(s) or citation(s) removed)")
    if final.fallback:
        print(f"(note: {final.fallback})")
    return 0


def cmd_summarize(ns: argparse.Namespace) -> int:
    from rag.summarize import summarize

    length: Any = int(ns.length) if str(ns.length).isdigit() else ns.length
    ans = summarize(
        article_id=ns.article_id,
        topic=ns.topic,
        length=length,
        settings=get_settings(_overrides(ns)),
    )
    print(json.dumps(ans.to_dict(), indent=2) if ns.json else ans)
    return 0


def cmd_who_said(ns: argparse.Namespace) -> int:
    from rag.attributions import who_said

    attrs = who_said(ns.topic, filters=_filters(ns), k=ns.k, settings=get_settings())
    if ns.json:
        print(json.dumps([a.to_dict() for a in attrs], indent=2))
    elif ns.csv:
        from rag.attributions import attributions_csv

        sys.stdout.write(attributions_csv(attrs))
    elif not attrs:
        print(f"No attributed statements about {ns.topic!r} found.")
    else:
        from rag.dedupe import group_statements  # one row per statement across outlets

        for row in group_statements(attrs, get_settings().data_dir):
            a = row.attribution
            role = f" ({a.role})" if a.role else ""
            q = f'"{a.quote}"' if a.kind == "direct" else a.quote
            print(
                f"- {a.speaker}{role} {a.cue} [{a.kind}]: {q}\n    {a.title} — {a.outlet}, "
                f"{a.published or 'undated'}, chars {a.start}-{a.end}"
            )
            if len(row.outlets) > 1:
                print(f"    {row.summary()}")
                _print_variants(row)
    return 0


def _print_variants(row: Any) -> None:
    """How outlets reworded a statement: one wdiff line per outlet whose wording differs."""
    from rag.variants import diff_text

    if row.reworded:
        print(f"    wording differs in {row.reworded}:")
        for v in row.variants:
            if v.differs:
                print(f"      {v.outlet or '?'} {v.published or 'undated'}: {diff_text(v.diff)}")


def cmd_serve(ns: argparse.Namespace) -> int:
    from ui.app import serve

    seeds = None if ns.no_seed else (ns.seeds or get_settings().seeds_dir or "seeds")
    if ns.auth:
        print(
            "Warning: --auth shows the password to anyone who can list processes (ps); "
            "use --auth-file PATH or RAG_UI_AUTH instead.",
            file=sys.stderr,
        )
    serve(host=ns.host, port=ns.port, auth=ns.auth, auth_file=ns.auth_file, seeds=seeds)
    return 0


def cmd_watch(ns: argparse.Namespace) -> int:
    from rag.errors import InputError
    from rag.index import open_index
    from rag.web import parse_interval, watch

    try:
        every = parse_interval(ns.every)
    except ValueError as exc:
        raise InputError(f"--every: {exc}.") from exc
    idx = open_index(get_settings())
    watch(ns.feeds, every=every, rounds=ns.rounds, ingest=lambda f: _poll(idx, f))
    return 0


# -- saved searches and alerts (rag/saved.py) -----------------------------------------------------
def _print_saved(idx: Any) -> None:
    """After an ingest: what is new for each saved search (nothing when none are saved)."""
    from rag.saved import check_after_ingest

    text = check_after_ingest(idx)
    if text:
        print(text)


def _poll(idx: Any, feeds: list[str]) -> str:
    """One watch round: ingest the feeds, then check the saved searches."""
    from rag.saved import check_after_ingest

    return "\n".join(
        filter(None, [str(idx.ingest(feeds, progress=False)), check_after_ingest(idx)])
    )


def cmd_saved(ns: argparse.Namespace) -> int:
    from rag.index import open_index
    from rag.saved import open_saved, owner_for

    owner = owner_for(ns.user) if ns.user else None
    with open_saved(get_settings()) as store:
        if ns.saved_cmd == "add":
            idx = open_index(get_settings())
            s = store.add(
                owner or owner_for(None), ns.kind, ns.query, index=idx, webhook=ns.webhook
            )
            hook = f", webhook {s.webhook}" if s.webhook else ""
            print(f"Saved search {s} for {s.owner}{hook}. New matches show after each ingest.")
        elif ns.saved_cmd == "list":
            rows = store.searches(owner)
            unseen: dict[int, int] = {}
            for o in {s.owner for s in rows}:
                unseen.update(store.unseen_counts(o))
            if ns.json:
                out = [s.to_dict() | {"new_since_visit": unseen.get(s.id, 0)} for s in rows]
                print(json.dumps(out, indent=2))
            elif not rows:
                print('No saved searches. Add one: newsrag saved add --kind speaker "NAME"')
            for s in rows if not ns.json else []:
                hook = f"  webhook {s.webhook}" if s.webhook else ""
                print(f"{s}  ({s.owner}, {unseen.get(s.id, 0)} new since last visit){hook}")
        elif ns.saved_cmd == "remove":
            print(f"Removed saved search {store.remove(owner, ns.id)}.")
        else:
            report = store.check(open_index(get_settings()), owner=owner)
            if ns.json:
                print(json.dumps(report.to_dict(), indent=2))
            else:
                print(str(report) or "No saved searches to check.")
            return 1 if report.failed_deliveries else 0
    return 0


def _add_saved_parser(sub: Any) -> None:
    sp = sub.add_parser("saved", help="saved searches: follow a topic or a speaker")
    ssub = sp.add_subparsers(dest="saved_cmd", required=True)
    a = ssub.add_parser("add", help="save a who-said query, a topic or a speaker")
    a.add_argument("query")
    a.add_argument("--kind", choices=["who_said", "topic", "speaker"], required=True)
    a.add_argument("--webhook", default=None, help="POST new matches as JSON to this URL")
    ls = ssub.add_parser("list", help="list saved searches")
    ls.add_argument("--json", action="store_true")
    rm = ssub.add_parser("remove", help="remove a saved search by id")
    rm.add_argument("id")
    ck = ssub.add_parser("check", help="report what is new for each saved search now")
    ck.add_argument("--json", action="store_true")
    for x in (a, ls, rm, ck):
        x.add_argument("--user", default=None, help="the app login the searches belong to")
    sp.set_defaults(func=cmd_saved)


def cmd_eval(ns: argparse.Namespace) -> int:
    """Run the test set, print the table, write the reports, apply --fail-under gates."""
    import time

    from rag.errors import EvalError
    from rag.eval import evaluate, load_testset, parse_fail_under
    from rag.index import open_index

    gates = parse_fail_under(ns.fail_under or [])
    cases = load_testset(ns.testset)
    idx = open_index(get_settings({"llm": ns.backend} if ns.backend else None))
    if ns.seeds is not None:
        if not Path(ns.seeds).exists():
            raise EvalError(f"--seeds {ns.seeds} does not exist")
        print(idx.ingest([ns.seeds], progress=None), file=sys.stderr)
    t0 = time.perf_counter()
    rep = evaluate(
        cases,
        prompts=ns.prompts,
        backend=ns.backend,
        k=ns.k,
        index=idx,
        out=ns.out,
        concurrency=ns.concurrency,
        use_cache=not ns.no_cache,
    )
    rep.testset = str(ns.testset)
    paths = rep.write(ns.out)
    print(rep.table())
    print(
        f"\n{len(cases)} cases x {len(rep.variants)} variant(s): {rep.ran} run, "
        f"{rep.cached} from cache, {time.perf_counter() - t0:.1f}s. "
        f"Best variant (answer correctness): {rep.best_variant()}."
    )
    print(f"Reports: {paths['json']}, {paths['csv']}, {paths['html']}")
    failed = rep.failures(gates)
    for msg in failed:
        print(f"FAILED --fail-under: {msg}", file=sys.stderr)
    return 1 if failed else 0


def cmd_api_key(ns: argparse.Namespace) -> int:
    """Create, list or revoke the REST API's keys (stored hashed; see rag/apikeys.py)."""
    from rag.apikeys import KeyStore

    keys = KeyStore(get_settings().data_dir)
    try:
        if ns.key_command == "create":
            key, token = keys.create(user=ns.user or "", name=ns.name or "")
            who = f" for user {key.user!r}" if key.user else ""
            # The token alone on stdout, so KEY=$(newsrag api-key create) works.
            print(token)
            print(
                f"Created API key {key.id}{who}. It is shown only now: store it safely, and "
                "send it as 'Authorization: Bearer <key>'.",
                file=sys.stderr,
            )
        elif ns.key_command == "list":
            rows = keys.list(include_revoked=ns.all)
            if ns.json:
                print(json.dumps([vars(k) for k in rows], indent=2))
            elif not rows:
                print("No API keys yet. Create one with `newsrag api-key create --user NAME`.")
            for k in rows if not ns.json else []:
                state = f"  revoked {k.revoked}" if k.revoked else ""
                print(
                    f"{k.id}  user={k.user or '-'}  name={k.name or '-'}  created {k.created}"
                    f"  last used {k.last_used or 'never'}{state}"
                )
        else:
            key = keys.revoke(ns.id)
            who = f" (user {key.user!r})" if key.user else ""
            print(f"Revoked API key {key.id}{who}; requests with it now get HTTP 401.")
    finally:
        keys.close()
    return 0


# -- speaker pages (rag/speakers.py) ---------------------------------------------------------
def cmd_speakers(ns: argparse.Namespace) -> int:
    from rag.speakers import speakers, speakers_csv, speakers_json

    people = speakers(since=ns.since, until=ns.until, outlets=ns.outlet, settings=get_settings())
    if ns.json:
        print(speakers_json(people))
    elif ns.csv:
        sys.stdout.write(speakers_csv(people))
    elif not people:
        print("No attributed statements match. Widen the filters, or `newsrag ingest` articles.")
    for p in people if not (ns.json or ns.csv) else []:
        when = f"{p.first or 'undated'} to {p.last or 'undated'}"
        role = f"  ({p.role})" if p.role else ""
        print(f"{p.statements:4d}  {when:24}  {p.name}{role}")
    return 0


def cmd_speaker(ns: argparse.Namespace) -> int:
    from rag.speakers import speaker, speaker_csv, speaker_json

    page = speaker(
        ns.name, since=ns.since, until=ns.until, outlets=ns.outlet, settings=get_settings()
    )
    out = {"json": speaker_json, "csv": speaker_csv}.get(ns.format)
    sys.stdout.write(out(page) if out else f"{page}\n")
    return 0


def add_speaker_commands(sub: Any) -> None:
    """``newsrag speakers`` and ``newsrag speaker NAME``."""

    def filters(p: argparse.ArgumentParser) -> None:
        p.add_argument("--since", help="statements published on or after YYYY-MM-DD")
        p.add_argument("--until", help="statements published on or before YYYY-MM-DD")
        p.add_argument("--outlet", action="append", help="only this outlet (repeatable)")

    sp = sub.add_parser("speakers", help="everyone quoted, with statement counts and dates")
    filters(sp)
    fmt = sp.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")
    sp.set_defaults(func=cmd_speakers)

    sp = sub.add_parser("speaker", help="one speaker's statements over time, with topics")
    sp.add_argument("name", help='a name, alias or surname, e.g. "Patrick Ryder"')
    filters(sp)
    sp.add_argument("--format", choices=["table", "csv", "json"], default="table")
    sp.set_defaults(func=cmd_speaker)


def parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and docs)."""
    p = argparse.ArgumentParser(prog="newsrag", description="Cited answers over news articles.")
    p.add_argument("--debug", action="store_true", help="show tracebacks instead of one line")
    sub = p.add_subparsers(dest="command", required=True)

    sp = sub.add_parser("ingest", help="add article files, folders, page or feed URLs")
    sp.add_argument("paths", nargs="+")
    sp.add_argument("--no-progress", action="store_true")
    sp.add_argument(
        "--no-resume",
        action="store_true",
        help="leave articles an interrupted ingest left unfinished for a later run",
    )
    sp.set_defaults(func=cmd_ingest)

    sp = sub.add_parser("watch", help="poll RSS/Atom feeds and ingest new items")
    sp.add_argument("feeds", nargs="+", help="feed URLs")
    sp.add_argument("--every", default="15m", help="interval: 90s, 15m, 2h (default 15m)")
    sp.add_argument("--rounds", type=int, default=None, help="stop after N polls")
    sp.set_defaults(func=cmd_watch)

    sp = sub.add_parser("list", help="list indexed articles")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_list)

    sp = sub.add_parser("remove", help="remove an article by id (or unique prefix)")
    sp.add_argument("id")
    sp.set_defaults(func=cmd_remove)

    sp = sub.add_parser("reindex", help="re-embed everything with the configured embedder")
    sp.set_defaults(func=cmd_reindex)

    sp = sub.add_parser("search", help="print ranked passages for a query")
    sp.add_argument("query")
    sp.add_argument("-k", type=int, default=5)
    sp.add_argument("--json", action="store_true")
    _add_filters(sp)
    sp.set_defaults(func=cmd_search)

    sp = sub.add_parser("ask", help="answer a question with verified citations")
    sp.add_argument("question")
    sp.add_argument("-k", type=int, default=None)
    sp.add_argument("--backend", choices=["local", "openai", "extractive"])
    sp.add_argument("--prompt", default=None, help="prompt variant, e.g. answer_v2")
    sp.add_argument("--json", action="store_true")
    _add_filters(sp)
    sp.set_defaults(func=cmd_ask)

    sp = sub.add_parser("summarize", help="summarize an article or a topic")
    g = sp.add_mutually_exclusive_group(required=True)
    g.add_argument("--article", dest="article_id")
    g.add_argument("--topic")
    sp.add_argument("--length", default="short", help="short, medium, long or a number")
    sp.add_argument("--backend", choices=["local", "openai", "extractive"])
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(func=cmd_summarize)

    sp = sub.add_parser("who-said", help="who said what about a topic")
    sp.add_argument("topic")
    sp.add_argument("-k", type=int, default=10)
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--csv", action="store_true")
    _add_filters(sp)
    sp.set_defaults(func=cmd_who_said)

    sp = sub.add_parser("serve", help="start the chat app and its REST API (docs at /api/docs)")
    sp.add_argument("--host", default=None, help="default 127.0.0.1 (RAG_UI_HOST)")
    sp.add_argument("--port", type=int, default=None, help="default 7860 (RAG_UI_PORT)")
    sp.add_argument(
        "--auth", default=None, help="user:password (visible in ps: prefer --auth-file)"
    )
    sp.add_argument(
        "--auth-file",
        default=None,
        help="file of user:password lines, one login each (or set RAG_UI_AUTH=user:password)",
    )
    sp.add_argument("--seeds", default=None, help="articles ingested on first run (./seeds)")
    sp.add_argument("--no-seed", action="store_true", help="do not ingest seeds on first run")
    sp.set_defaults(func=cmd_serve)

    sp = sub.add_parser("api-key", help="create, list or revoke keys for the REST API")
    keys = sp.add_subparsers(dest="key_command", required=True)
    kp = keys.add_parser("create", help="make a key; prints it once")
    kp.add_argument("--user", default=None, help="whose key (a login of the app)")
    kp.add_argument("--name", default=None, help="a label, e.g. the script that uses it")
    kp = keys.add_parser("list", help="list keys (never their secrets)")
    kp.add_argument("--all", action="store_true", help="include revoked keys")
    kp.add_argument("--json", action="store_true")
    kp = keys.add_parser("revoke", help="revoke a key by its id")
    kp.add_argument("id", help="the key's id (the 8 characters after nr_)")
    sp.set_defaults(func=cmd_api_key)

    sp = sub.add_parser("eval", help="evaluate prompt variants on a test set")
    sp.add_argument("testset", type=Path)
    sp.add_argument(
        "--prompt",
        action="append",
        dest="prompts",
        default=None,
        help="prompt variant (repeat to compare)",
    )
    sp.add_argument("--backend", choices=["local", "openai", "extractive"])
    sp.add_argument("-k", "--k", type=int, default=None)
    sp.add_argument("--out", type=Path, default=Path("eval-out"))
    sp.add_argument("--fail-under", action="append", default=[], metavar="METRIC=VALUE")
    sp.add_argument("--concurrency", type=int, default=None)
    sp.add_argument("--no-cache", action="store_true")
    sp.add_argument("--seeds", type=Path, default=None, help="ingest these before running")
    sp.set_defaults(func=cmd_eval)

    _add_saved_parser(sub)
    add_speaker_commands(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``newsrag`` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    # --debug may go anywhere on the line, before or after the subcommand.
    debug = "--debug" in args
    ns = parser().parse_args([a for a in args if a != "--debug"])
    try:
        return int(ns.func(ns) or 0)
    except RagError as exc:
        if debug or ("pytest" in sys.modules and getattr(sys, "_newsrag_raise", False)):
            raise
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `newsrag ... | head` closed the pipe. SIGPIPE stays ignored: the server needs that.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (sqlite3.Error, OSError) as exc:
        if debug:
            raise
        from rag.catalog import disk_problem

        data_dir = Path(get_settings().data_dir).expanduser()
        print(f"Error: {disk_problem(exc, data_dir) or _unexpected(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Interrupted; run the same command again to finish.", file=sys.stderr)
        return 130
    except Exception as exc:
        if debug:
            raise
        print(f"Error: {_unexpected(exc)}", file=sys.stderr)
        return 1


def _unexpected(exc: BaseException) -> str:
    first = (str(exc).strip().splitlines() or [""])[0][:300]
    return (
        f"unexpected {type(exc).__name__}: {first}. Run the command again with --debug to see "
        "the traceback, and report it."
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
