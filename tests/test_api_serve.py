"""`newsrag serve` runs the chat app and the API in one server behind the same logins; API keys
on the CLI; the API's JSON models stay in step with rag.types."""

from __future__ import annotations

import hashlib
import logging
import re
import socket
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from gradio_client import Client

from rag.apikeys import KeyStore, split_token
from rag.cli import main
from rag.errors import ConfigError, StoreError
from rag.index import Index
from rag.settings import Settings
from rag.types import (
    Answer,
    AnswerSource,
    Attribution,
    Chunk,
    Citation,
    Fallback,
    FallbackReason,
    Passage,
    Quote,
    Removal,
    RemovalKind,
)
from ui.api_models import (
    AnswerOut,
    AttributionOut,
    ChunkOut,
    CitationOut,
    FallbackOut,
    PassageOut,
    QuoteOut,
    RemovalOut,
)
from ui.app import serve

from conftest import free_port

SEED_TITLE = "Ukraine conflict escalates: 10,000 North Korean troops mobilized in Russia"


def test_one_server_for_the_chat_app_and_the_api_behind_the_same_logins(
    seeded: Index, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    _, token = KeyStore(seeded.data_dir).create(user="ann", name="script")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    served = serve(port=port, auth="ann:hunter2", seeds=None, settings=seeded.settings, block=False)
    try:
        out = capsys.readouterr().out
        assert f"newsrag chat: http://localhost:{port}  (login required; user 'ann')\n" in out
        assert (
            f"newsrag API: http://localhost:{port}/api/docs (keys: newsrag api-key create)\n"
            in (out)
        )
        with httpx.Client(base_url=url, timeout=120) as c:
            assert c.get("/api/v1/articles").status_code == 401
            r = c.get("/api/v1/articles", headers={"Authorization": f"Bearer {token}"})
            assert r.status_code == 200
            assert SEED_TITLE in {a["title"] for a in r.json()["articles"]}
            # The API keys do not open the chat app, and its login does not open the API.
            assert c.get("/config", headers={"Authorization": f"Bearer {token}"}).status_code == 401
            login = c.post("/login", data={"username": "ann", "password": "hunter2"})
            assert login.status_code == 200
            assert c.get("/config").status_code == 200
            assert c.get("/api/v1/articles").status_code == 401
            assert c.get("/api/docs").status_code == 200
        chat = openai.OpenAI(base_url=f"{url}/v1", api_key=token, max_retries=0)
        res = chat.chat.completions.create(
            model="newsrag",
            messages=[{"role": "user", "content": "How many North Korean troops are in Russia?"}],
        )
        assert "More than 10,000 North Korean troops" in (res.choices[0].message.content or "")
        with pytest.raises(ValueError):
            Client(f"{url}/", verbose=False)
        app = Client(f"{url}/", auth=("ann", "hunter2"), verbose=False)
        who = app.predict(topic="Kursk", api_name="/who_said")
        assert "Patrick Ryder" in {a["speaker"] for a in who["attributions"]}
        app.close()
    finally:
        served.close()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/api/docs", timeout=5)
    secret = split_token(token)
    assert secret is not None and secret[1] not in caplog.text and token not in caplog.text


def test_serve_says_when_the_port_is_taken(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ConfigError) as exc:
            serve(port=port, seeds=None, settings={"data_dir": tmp_path / "d"}, block=False)
    assert str(exc.value) == (
        f"Cannot listen on 127.0.0.1:{port} (Address already in use); is another newsrag "
        "running there? Pick another port with --port or RAG_UI_PORT."
    )


def test_cli_api_keys_create_list_revoke(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["api-key", "list"]) == 0
    assert capsys.readouterr().out == (
        "No API keys yet. Create one with `newsrag api-key create --user NAME`.\n"
    )
    assert main(["api-key", "create", "--user", "ann", "--name", "nightly"]) == 0
    out, err = capsys.readouterr()
    token = out.strip()
    assert out == token + "\n"  # only the token on stdout: KEY=$(newsrag api-key create)
    assert re.fullmatch(r"nr_[0-9a-f]{8}_[A-Za-z0-9_-]{43}", token), token
    kid, secret = token[3:11], token[12:]
    assert err == (
        f"Created API key {kid} for user 'ann'. It is shown only now: store it safely, and "
        "send it as 'Authorization: Bearer <key>'.\n"
    )
    # Stored hashed: the file has the SHA-256 of the secret, never the secret.
    raw = (tmp_path / "data" / "apikeys.sqlite3").read_bytes()
    assert secret.encode() not in raw
    assert hashlib.sha256(secret.encode()).hexdigest().encode() in raw
    keys = KeyStore(tmp_path / "data")
    created = keys.list()[0].created
    assert main(["api-key", "list"]) == 0
    assert capsys.readouterr().out == (
        f"{kid}  user=ann  name=nightly  created {created}  last used never\n"
    )
    key = keys.verify(token)
    assert key is not None and (key.id, key.user, key.name) == (kid, "ann", "nightly")
    assert keys.list()[0].last_used is not None
    assert main(["api-key", "revoke", kid]) == 0
    assert capsys.readouterr().out == (
        f"Revoked API key {kid} (user 'ann'); requests with it now get HTTP 401.\n"
    )
    assert keys.verify(token) is None
    assert main(["api-key", "list"]) == 0
    assert capsys.readouterr().out.startswith("No API keys yet.")
    assert main(["api-key", "list", "--all"]) == 0
    assert f"{kid}  user=ann  name=nightly  created {created}" in capsys.readouterr().out
    assert main(["api-key", "revoke", "ffffffff"]) == 1
    assert capsys.readouterr().err == (
        "Error: No API key with id 'ffffffff'; run `newsrag api-key list` to see the ids.\n"
    )
    keys.close()


@pytest.mark.parametrize(
    ("token", "parts"),
    [
        ("nr_0123abcd_s3cr-t_with_underscores", ("0123abcd", "s3cr-t_with_underscores")),
        ("  nr_0123abcd_x  ", ("0123abcd", "x")),
        ("nr_0123abcd_", None),
        ("nr_0123ABCD_x", None),
        ("nr_0123abc_x", None),
        ("sk-0123abcd_x", None),
        ("", None),
    ],
)
def test_split_token(token: str, parts: tuple[str, str] | None) -> None:
    assert split_token(token) == parts


def _answer() -> Answer:
    chunk = Chunk(
        id="a1:0",
        article_id="a1",
        index=0,
        text='Kim said: "We will."',
        start=0,
        end=20,
        paragraph=0,
        paragraph_end=0,
        n_tokens=6,
        title="T",
        outlet="O",
        published=date(2025, 7, 1),
    )
    attr = Attribution(
        speaker="Kim",
        quote="We will.",
        kind="direct",
        cue="said",
        start=11,
        end=19,
        sentence_start=0,
        sentence_end=20,
        role="minister",
        article_id="a1",
        aliases=("K",),
        title="T",
        outlet="O",
        published=date(2025, 7, 1),
    )
    p = Passage(chunk, 0.5, 0.4, 1.2, 1, [attr])
    return Answer(
        question="q",
        text="Kim said so [1].",
        citations={1: Citation(1, p, [(0, 20)])},
        passages=[p],
        quotes=[Quote("We will.", 1, True, 1.0, 11, 19)],
        attributions=[attr],
        source=AnswerSource.EXTRACTIVE,
        removed=[Removal(RemovalKind.UNCITED, "x", "y")],
        fallback=Fallback(FallbackReason.LLM_FAILED, "timeout"),
        timings={"total": 0.1},
        usage={"prompt_tokens": 3},
    )


def test_api_models_mirror_the_library_types_exactly() -> None:
    """Each model declares exactly its dataclass's to_dict() keys and round-trips it."""
    ans = _answer()
    p, cit = ans.passages[0], ans.citations[1]
    assert ans.fallback is not None
    pairs = [
        (AnswerOut, ans.to_dict()),
        (ChunkOut, p.chunk.to_dict()),
        (PassageOut, p.to_dict()),
        (CitationOut, cit.to_dict()),
        (AttributionOut, ans.attributions[0].to_dict()),
        (QuoteOut, ans.quotes[0].to_dict()),
        (RemovalOut, ans.removed[0].to_dict()),
        (FallbackOut, ans.fallback.to_dict()),
    ]
    for model, d in pairs:
        assert set(model.model_fields) == set(d), model.__name__
        assert model.model_validate(d).model_dump(mode="json") == d, model.__name__


def test_speaker_models_mirror_rag_speakers(seeded: Index) -> None:
    import rag
    from ui.api_models import PublicationOut, SpeakerOut, SpeakerPageOut, StatementOut

    page = rag.speaker("Patrick Ryder", index=seeded)
    st = page.timeline[0]
    for model, d in [
        (SpeakerOut, page.speaker.to_dict()),
        (StatementOut, st.to_dict()),
        (PublicationOut, st.first.to_dict()),
        (SpeakerPageOut, page.to_dict()),
    ]:
        assert set(model.model_fields) == set(d), model.__name__
        assert model.model_validate(d).model_dump(mode="json") == d, model.__name__


def test_saved_search_models_mirror_rag_saved() -> None:
    from rag.saved import Match, SavedSearch
    from ui.api_models import MatchOut, SavedSearchOut

    search = SavedSearch(3, "user:ann", "topic", "ferry", None, "2025-01-01T00:00:00+00:00", 2, 1)
    match = Match(3, "k", "article", "2025-01-02T00:00:00+00:00", {"title": "T"})
    d = search.to_dict()
    assert set(SavedSearchOut.model_fields) == set(d) | {"new_since_visit"}
    assert SavedSearchOut.model_validate(d).model_dump(mode="json") == d | {"new_since_visit": 0}
    assert set(MatchOut.model_fields) == set(match.to_dict())
    assert MatchOut.model_validate(match.to_dict()).model_dump() == match.to_dict()


def test_article_rows_match_the_catalog(seeded: Index) -> None:
    from ui.api_models import ArticleOut

    row = seeded.list_articles()[0]
    assert set(ArticleOut.model_fields) == set(row)
    assert ArticleOut.model_validate(row).model_dump(mode="json") == row


def test_rate_setting_is_read_from_the_environment_and_does_not_change_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert Settings().api_rate_per_minute == 60
    monkeypatch.setenv("RAG_API_RATE_PER_MINUTE", "5")
    assert Settings().api_rate_per_minute == 5
    assert Settings().fingerprint() == Settings(api_rate_per_minute=60).fingerprint()


def test_api_keys_on_a_read_only_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A server on a read-only data dir still checks the keys made before; the CLI says why
    it cannot make new ones."""
    import sqlite3

    _, token = KeyStore(tmp_path / "ro").create(user="ann")
    real = sqlite3.connect

    def connect(database: Any, *args: Any, uri: bool = False, **kwargs: Any) -> Any:
        if not uri and database != ":memory:":
            raise sqlite3.OperationalError("unable to open database file")
        return real(database, *args, uri=uri, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    ro = KeyStore(tmp_path / "ro", read_only_ok=True)
    assert ro.verify(token) is not None and ro.has_active()
    empty = KeyStore(tmp_path / "none", read_only_ok=True)
    assert not empty.has_active()
    with pytest.raises(StoreError):
        KeyStore(tmp_path / "ro")
    assert "API keys are read-only" in caplog.text
