"""The newsrag command: real subprocess runs and exact error texts."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rag.cli import main

from conftest import ROOT, SEEDS


def run(*args: str, env_dir: Path) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).parent / "newsrag"
    import os

    env = dict(os.environ, RAG_DATA_DIR=str(env_dir), RAG_NO_PROGRESS="1")
    return subprocess.run(
        [str(exe), *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300
    )


def test_ingest_then_search_prints_seed_passages_with_offsets(tmp_path):
    ing = run("ingest", "seeds/", env_dir=tmp_path / "d")
    assert ing.returncode == 0, ing.stderr
    assert "+ f594db8a5cb54cef  Ukraine conflict escalates" in ing.stdout
    out = run("search", "Kursk", "-k", "2", env_dir=tmp_path / "d")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith(
        "#1 [f594db8a5cb54cef-0001] Ukraine conflict escalates: 10,000 "
        "North Korean troops mobilized in Russia — Caliber.Az, 2024-11-05"
        "  chars 659-1764"
    )
    again = run("ingest", "seeds/", env_dir=tmp_path / "d")
    assert again.stdout.startswith("added 0, replaced 0, unchanged ")


def test_ask_json_and_who_said(tmp_path, capsys):
    assert main(["ingest", str(SEEDS), "--no-progress"]) == 0
    capsys.readouterr()
    assert (
        main(
            [
                "ask",
                "How many North Korean troops are in Russia?",
                "--backend",
                "extractive",
                "--json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["citations"]["1"]["article_id"] == "f594db8a5cb54cef"
    assert data["cannot_answer"] is False
    assert main(["who-said", "Kursk", "--csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0] == "speaker,role,kind,cue,quote,outlet,published,title,article_id,start,end"
    assert any(r.startswith("Patrick Ryder,") for r in rows)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["ask", "", "--backend", "extractive"],
            "Error: The question is empty. Type a question about the indexed articles, for example "
            '"Who said what about Kursk?".\n',
        ),
        (["remove", "zzz"], "Error: No article with id 'zzz'; run `newsrag list` to see ids.\n"),
        (
            ["summarize", "--article", "zzz", "--backend", "extractive"],
            "Error: No single article matches id 'zzz'; run `newsrag list`.\n",
        ),
    ],
)
def test_errors_are_one_friendly_line(argv, message, capsys):
    assert main(argv) == 1
    assert capsys.readouterr().err == message


def test_unreachable_chroma_server_message(monkeypatch, capsys):
    from conftest import free_port

    port = free_port()
    monkeypatch.setenv("RAG_CHROMA_URL", f"http://127.0.0.1:{port}")
    assert main(["search", "Kursk"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: Cannot reach the Chroma server at http://127.0.0.1:{port}")
    assert "Traceback" not in err


def test_list_empty_index(capsys):
    assert main(["list"]) == 0
    assert capsys.readouterr().out == "No articles indexed yet. Run `newsrag ingest seeds/`.\n"
