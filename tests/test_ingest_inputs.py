"""Hostile inputs: deep JSON, symlinks out of the folder, limits shared by every caller."""

import json

import pytest

from rag.errors import InputError
from rag.index import Index
from rag.settings import Settings

from conftest import SEED_FILE

DEEP = (
    "is nested more than 32 levels deep; give one object, or a list of objects, with title and text"
)


def test_json_nested_5000_deep_is_one_problem_and_other_files_go_in(tmp_path, fake_embedder):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "deep.json").write_text("[" * 5000 + "]" * 5000)
    (folder / "deep40.json").write_text(
        json.dumps({"title": "T", "text": "Body.", "extra": json.loads("[" * 40 + "]" * 40)})
    )
    (folder / "deep.jsonl").write_text(
        '{"title": "A", "text": "Alpha."}\n' + "[" * 5000 + "]" * 5000
    )
    (folder / "seed.json").write_text(SEED_FILE.read_text())
    idx = Index(Settings(data_dir=tmp_path / "data"), embedder=fake_embedder)
    report = idx.ingest([folder], progress=False)
    assert sorted(a["title"] for a in report.added) == [
        "A",
        "Ukraine conflict escalates: 10,000 North Korean troops mobilized in Russia",
    ]
    assert [str(p) for p in report.skipped] == [
        f"{folder / 'deep.json'}: {DEEP}",
        f"{folder / 'deep.jsonl'}:2: {DEEP}",
        f"{folder / 'deep40.json'}: {DEEP}",
    ]


def test_folder_ingest_never_follows_links_out_of_the_folder(tmp_path, fake_embedder):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    outside = tmp_path / "secret.txt"
    outside.write_text("Root password\nThe root password is hunter2.")
    (folder / "passwd.txt").symlink_to(outside)
    (folder / "sub" / "inside.txt").write_text("Inside title\nA body inside the folder.")
    (folder / "alias.txt").symlink_to(folder / "sub" / "inside.txt")  # stays inside: fine
    outdir = tmp_path / "elsewhere"
    outdir.mkdir()
    (outdir / "other.txt").write_text("Other\nAnother file outside.")
    (folder / "linkdir").symlink_to(outdir, target_is_directory=True)
    idx = Index(Settings(data_dir=tmp_path / "data"), embedder=fake_embedder)
    report = idx.ingest([folder], progress=False)
    assert [a["title"] for a in report.added] == ["Inside title"]
    # The linked folder is not entered at all; the inside link is just a second copy.
    assert [str(p) for p in report.problems] == [
        f"{folder / 'passwd.txt'}: is a link to a file outside the folder; copy the file "
        "into the folder to ingest it",
        f"{folder / 'sub' / 'inside.txt'}: repeats article {report.added[0]['id']} given "
        "earlier in this ingest; kept one copy",
    ]


@pytest.mark.parametrize(
    ("question", "english"),
    [
        ("How many North Korean troops are in Russia?", True),
        ("Who said what about Kursk?", True),
        ("What did Ryder say about the Kursk region and the troops there?", True),
        ("Kursk?", True),
        ("Wie viele nordkoreanische Soldaten sind in Russland?", False),
        ("Combien de soldats nord-coréens sont en Russie ?", False),
        ("¿Cuántos soldados norcoreanos hay en Rusia?", False),
        ("Quanti soldati nordcoreani ci sono in Russia e chi lo ha detto?", False),
        ("Hoeveel Noord-Koreaanse soldaten zijn er in Rusland?", False),
        ("Сколько северокорейских солдат в России?", False),
        ("ロシアに北朝鮮の兵士は何人いますか", False),
        ("What did Zelensky say über die Lage in Kursk?", True),
    ],
)
def test_language_guess(question, english):
    from rag.language import looks_english

    assert looks_english(question) is english


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"k": -3}, "k must be a whole number from 1 to 50 (got -3)."),
        ({"k": 0}, "k must be a whole number from 1 to 50 (got 0)."),
        ({"k": 1e6}, "k must be a whole number from 1 to 50 (got 1000000)."),
        ({"k": 2.5}, "k must be a whole number from 1 to 50 (got 2.5)."),
        ({"k": 51}, "k must be a whole number from 1 to 50 (got 51)."),
        (
            {"topic": "Kursk " * 10_000},
            "The question or topic is 59,999 characters long; the limit is 2,000. Shorten it, "
            "or raise RAG_MAX_QUESTION_CHARS.",
        ),
    ],
)
def test_who_said_and_retrieve_limits(tmp_path, fake_embedder, kwargs, message):
    from rag.attributions import who_said
    from rag.retrieve import retrieve

    idx = Index(Settings(data_dir=tmp_path / "data"), embedder=fake_embedder)
    topic = kwargs.pop("topic", "Kursk")
    for call in (who_said, retrieve):
        with pytest.raises(InputError) as err:
            call(topic, index=idx, **kwargs)
        assert str(err.value) == message
    assert fake_embedder.calls == []  # refused before any work


def test_cli_k_limit_is_one_line(capsys):
    from rag.cli import main

    assert main(["who-said", "Kursk", "-k", "1000000"]) == 1
    assert (
        capsys.readouterr().err == "Error: k must be a whole number from 1 to 50 (got 1000000).\n"
    )
