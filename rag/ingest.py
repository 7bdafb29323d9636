"""Read article files (txt, md, html, json, jsonl) into Article objects; no embedding here."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from rag.text import normalize
from rag.types import Article

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"}
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_JSON_DEPTH = 32
TOO_DEEP = (
    f"is nested more than {MAX_JSON_DEPTH} levels deep; give one object, or a list of objects, "
    "with title and text"
)


@dataclass(frozen=True)
class FileProblem:
    """A file (or one record in it) that could not be read, and what to do about it."""

    source: str
    message: str
    skipped: bool = True

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def article_id(text: str) -> str:
    """Stable id: the hash of the normalized text."""
    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()[:16]


def parse_date(value: Any) -> date | None:
    """A date from YYYY-MM-DD, an ISO datetime, or a date object; None if empty."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value).strip()
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError as exc:
        raise ValueError(f"unreadable date {s!r}; use YYYY-MM-DD") from exc


def make_article(fields: dict[str, Any], source: str) -> Article:
    """Validate a mapping with title/text/outlet/author/published/url into an Article."""
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("has no 'text' field with the article body")
    text = normalize(text)
    title = str(fields.get("title") or "").strip() or text.split("\n", 1)[0][:120]
    return Article(
        id=article_id(text),
        title=title,
        text=text,
        outlet=str(fields.get("outlet") or "").strip(),
        author=str(fields.get("author") or "").strip(),
        published=parse_date(fields.get("published") or fields.get("date")),
        url=str(fields.get("url") or "").strip(),
        source=source,
    )


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding used): UTF-8 first, then a declared encoding, then detection."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding and best.chaos < 0.25:
        return str(best), best.encoding
    raise UnicodeError(
        "is not UTF-8 and its encoding could not be detected; convert it with "
        "`iconv -f ENCODING -t UTF-8 FILE > NEW` and ingest the new file"
    )


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes mean this is not a text article."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > len(head) * 0.05


def _declared_encoding(data: bytes) -> str | None:
    m = re.search(rb"""charset=["']?([A-Za-z0-9_\-]+)""", data[:4096]) or re.search(
        rb"^encoding:\s*([A-Za-z0-9_\-]+)", data[:2048], re.M
    )
    return m.group(1).decode("ascii") if m else None


def iter_files(paths: list[str | Path]) -> Iterator[Path | FileProblem]:
    """Expand directories (sorted, recursive) into supported files; report missing paths."""
    for raw in paths:
        p = Path(raw).expanduser()
        if not p.exists():
            yield FileProblem(str(raw), "does not exist; check the path")
        elif p.is_dir():
            root = p.resolve()
            for f in sorted(p.rglob("*")):
                hidden = any(part.startswith(".") for part in f.parts[len(p.parts) :])
                if not f.is_file() or hidden or f.suffix.lower() not in SUFFIXES:
                    continue
                # A link may point anywhere (/etc/passwd); only files inside the folder count.
                if not f.resolve().is_relative_to(root):
                    yield FileProblem(
                        str(f),
                        "is a link to a file outside the folder; copy the file into the "
                        "folder to ingest it",
                    )
                    continue
                yield f
        elif p.suffix.lower() not in SUFFIXES:
            yield FileProblem(
                str(p),
                f"has unsupported type {p.suffix or '(none)'!r}; use .txt, .md, .html, "
                ".json or .jsonl",
            )
        else:
            yield p


def read_file(path: Path) -> Iterator[Article | FileProblem]:
    """Articles in one file, or problems saying why a file or record was skipped."""
    src = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield FileProblem(
                src, f"is {size // 1048576} MB; the limit is 20 MB per file. Split it"
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield FileProblem(src, f"cannot be read ({exc.strerror}); check its permissions")
        return
    if not data.strip():
        yield FileProblem(src, "is empty; add the article text and ingest it again")
        return
    if looks_binary(data):
        yield FileProblem(
            src,
            "looks like a binary file, not a text article; export it as "
            ".txt, .md, .html or .json first",
        )
        return
    try:
        text, encoding = decode(data, _declared_encoding(data))
    except UnicodeError as exc:
        yield FileProblem(src, str(exc))
        return
    if encoding != "utf-8":
        yield FileProblem(src, f"was not UTF-8; read it as {encoding}", skipped=False)
    suffix = path.suffix.lower()
    try:
        if suffix == ".json":
            yield from _read_json(text, src)
        elif suffix == ".jsonl":
            yield from _read_jsonl(text, src)
        elif suffix in (".html", ".htm"):
            yield make_article(parse_html(text), src)
        else:
            yield make_article(parse_plain(text), src)
    except ValueError as exc:
        yield FileProblem(src, str(exc))
    except RecursionError:
        # A parser ran out of stack on absurd nesting; this file alone is skipped.
        yield FileProblem(src, TOO_DEEP)


def _read_json(text: str, src: str) -> Iterator[Article | FileProblem]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield FileProblem(
            src,
            f"is not valid JSON (line {exc.lineno}, column {exc.colno}: "
            f"{exc.msg}); fix the file and ingest it again",
        )
        return
    if _depth(data) > MAX_JSON_DEPTH:
        yield FileProblem(src, TOO_DEEP)
        return
    records = data if isinstance(data, list) else [data]
    for i, rec in enumerate(records):
        yield _record(rec, src if len(records) == 1 else f"{src}[{i}]")


def _depth(value: Any, limit: int = MAX_JSON_DEPTH) -> int:
    """Nesting depth of decoded JSON, counted without recursion and only up to ``limit + 1``."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if not isinstance(item, (dict, list)):
            continue
        deepest = max(deepest, level)
        if deepest > limit:
            break
        stack.extend((v, level + 1) for v in (item.values() if isinstance(item, dict) else item))
    return deepest


def _record(rec: Any, where: str) -> Article | FileProblem:
    """One decoded JSON record as an Article, or the reason it is not one."""
    if not isinstance(rec, dict):
        return FileProblem(where, "is not a JSON object with title and text")
    try:
        return make_article(rec, where)
    except ValueError as exc:
        return FileProblem(where, str(exc))


def _read_jsonl(text: str, src: str) -> Iterator[Article | FileProblem]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{src}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield FileProblem(where, f"is not valid JSON ({exc.msg}); fix that line")
            continue
        except RecursionError:
            yield FileProblem(where, TOO_DEEP)
            continue
        yield FileProblem(where, TOO_DEEP) if _depth(rec) > MAX_JSON_DEPTH else _record(rec, where)


def parse_plain(text: str) -> dict[str, Any]:
    """Plain text or Markdown: optional YAML front matter, then the title on the first line."""
    fields: dict[str, Any] = {}
    m = re.match(r"\A---\s*\n(.*?)\n---\s*\n", text, re.S)
    if m:
        try:
            meta = yaml.safe_load(m.group(1)) or {}
        except yaml.YAMLError as exc:
            raise ValueError(f"has unreadable front matter ({exc.__class__.__name__})") from exc
        if isinstance(meta, dict):
            fields.update({str(k).lower(): v for k, v in meta.items()})
        text = text[m.end() :]
    text = text.strip()
    if not text:
        raise ValueError("has front matter but no article text")
    first, _, rest = text.partition("\n")
    title = first.strip().lstrip("#").strip()
    if not fields.get("title"):
        fields["title"] = title
        body = rest.strip()
    else:
        body = text
    if not body:
        raise ValueError("has a title line but no article text below it")
    fields["text"] = body
    return fields


def parse_html(text: str) -> dict[str, Any]:
    """Title, outlet, author, date, url and main text of an article page.

    trafilatura (in rag/web.py, shared with web ingest) drops navigation, ads, related links
    and comments; a page with no article text left raises ValueError.
    """
    from rag.web import extract_html

    return extract_html(text)
