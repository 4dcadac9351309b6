"""The command line, driven in-process (CliRunner) against real stores in temporary directories."""

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from typer.testing import CliRunner

from api.cli import app
from graph.extract import EXTRACTORS, RuleExtractor
from tests.conftest import SEEDS

runner = CliRunner()


def run(*args: str, code: int = 0):
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, (result.stdout, result.stderr, result.exception)
    return result


@pytest.fixture()
def store(tmp_path: Path) -> str:
    location = str(tmp_path / "store")
    run("build", str(SEEDS), "--store", location)
    return location


def _claims(store: str) -> list[dict]:
    return [json.loads(line) for line in run("claims", "--store", store).stdout.splitlines()]


def test_build_then_claims_prints_the_seed_facts_with_exact_quotes(store):
    claims = _claims(store)
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    assert len(claims) > 40
    for claim in claims:
        source = claim["source"]
        assert texts[source["document"]][source["start"]:source["end"]] == source["quote"]
    assert any(c["relation"] == "invests_in" and c["value"] == {"amount": 4000000000, "unit": "USD",
                                                              "qualifier": "up_to"} for c in claims)


def test_a_second_build_changes_nothing(store):
    before = run("export", "--format", "nt", "--store", store).stdout
    result = run("build", str(SEEDS), "--store", store)
    assert "added 0 document(s)" in result.stderr and "5 unchanged" in result.stderr
    assert run("export", "--format", "nt", "--store", store).stdout == before


def test_remove_leaves_no_claim_of_the_document(store):
    result = run("remove", "004_3cfed80f6cb69321.txt", "--store", store)
    assert "removed 004_3cfed80f6cb69321.txt" in result.stderr
    documents = {c["source"]["document"] for c in _claims(store)}
    assert "004_3cfed80f6cb69321.txt" not in documents and len(documents) == 4


def test_removing_an_unknown_document_fails_clearly(store):
    result = run("remove", "nope.txt", "--store", store, code=1)
    assert "no stored document has the id or file name 'nope.txt'" in result.stderr


def test_bad_inputs_fail_clearly_and_leave_the_store_unchanged(store, tmp_path: Path):
    binary = tmp_path / "chart.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 deal for $5 billion".encode("latin-1"))
    empty = tmp_path / "empty.md"
    empty.write_text("  \n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Nvidia will invest up to $100 billion in OpenAI.", encoding="utf-8")
    before = run("export", "--format", "nt", "--store", store).stdout
    missing = tmp_path / "missing.txt"

    result = run("build", str(binary), str(missing), "--store", store, code=1)
    assert f"{binary}: is a binary file" in result.stderr
    assert f"{missing}: no such file or directory" in result.stderr
    assert run("export", "--format", "nt", "--store", store).stdout == before

    result = run("build", str(latin), str(empty), str(good), "--store", store, code=1)
    assert f"{latin}: is not UTF-8" in result.stderr and f"{empty}: is empty" in result.stderr
    assert "added 1 document(s)" in result.stderr  # the good file in the same run is still built
    assert "good.txt" in {c["source"]["document"] for c in _claims(store)}


def test_extract_prints_claims_and_leaves_the_store_alone(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("Oracle signed a $300 billion contract with OpenAI.", encoding="utf-8")
    result = run("extract", str(article))
    [claim] = [json.loads(line) for line in result.stdout.splitlines() if '"commits_spend"' in line]
    assert (claim["subject"]["name"], claim["object"]["name"], claim["value"]["amount"]) == (
        "OpenAI", "Oracle", 300000000000)
    assert not (tmp_path / ".dealgraph").exists()


class _FailsOnMarker(RuleExtractor):
    """The real rules, made to fail on one article as a fault in them would: the run must go on without it."""

    def extract(self, document):
        if "FAULT" in document.text:
            raise IndexError("list index out of range")
        return super().extract(document)


@pytest.mark.parametrize("command", ["build", "extract"])
def test_an_extractor_fault_on_one_article_costs_only_that_article(command, tmp_path: Path, monkeypatch):
    monkeypatch.setitem(EXTRACTORS, "faulty", _FailsOnMarker)
    (tmp_path / "a_fault.txt").write_text("FAULT: Oracle signed a $300 billion contract with OpenAI.", encoding="utf-8")
    (tmp_path / "b_good.txt").write_text("Nvidia will invest up to $100 billion in OpenAI.", encoding="utf-8")
    location = str(tmp_path / "store")
    args = [command, str(tmp_path / "a_fault.txt"), str(tmp_path / "b_good.txt"), "--extractor", "faulty"]
    result = run(*args, *(["--store", location] if command == "build" else []), code=1)
    assert "a_fault.txt: the extractor failed on this article (IndexError: list index out of range)" in result.stderr
    printed = result.stdout if command == "extract" else run("claims", "--store", location).stdout
    documents = {json.loads(line)["source"]["document"] for line in printed.splitlines()}
    assert documents == {"b_good.txt"}


def test_export_turtle_parses_and_graphml_has_typed_nodes(store, tmp_path: Path):
    turtle = tmp_path / "g.ttl"
    run("export", "--format", "turtle", "--store", store, "-o", str(turtle))
    assert len(rdflib.Graph().parse(turtle, format="turtle")) > 500
    jsonld = run("export", "--format", "jsonld", "--store", store).stdout
    assert len(rdflib.Graph().parse(data=jsonld, format="json-ld")) > 500
    graphml = tmp_path / "g.graphml"
    run("export", "--format", "graphml", "--store", store, "-o", str(graphml))
    graph = nx.read_graphml(graphml)
    assert graph.nodes["anthropic"]["type"] == "AILab"
    csv_text = run("export", "--format", "csv", "--store", store).stdout
    assert csv_text.splitlines()[0].startswith("id,relation,subject_id")


def test_unknown_export_format_is_a_usage_error(store):
    assert "unknown format 'xml'" in run("export", "--format", "xml", "--store", store, code=2).stderr


def test_stats_counts_the_store(store):
    assert "5 documents" in run("stats", "--store", store).stdout


@pytest.mark.slow
def test_the_console_script_builds_the_default_seeds(tmp_path: Path):
    """The installed ``dealgraph`` command, run as a user would, from the project directory."""
    store = tmp_path / "store"
    done = subprocess.run([sys.executable, "-m", "api.cli", "build", "--store", str(store)],
                          cwd=SEEDS.parent, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "added 5 document(s)" in done.stderr


def test_the_readme_tour_shows_what_build_prints(tmp_path: Path):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    shown = next(line for line in readme.splitlines() if line.startswith("added 5 document(s)"))
    result = run("build", str(SEEDS), "--store", str(tmp_path / "store"))
    printed = " ".join((result.stdout + result.stderr).split())
    # The counts, not the store's path (the tour uses the default ./.dealgraph)
    assert shown.split(" Store ")[0] in printed and shown.split(": ", 1)[1] in printed, (shown, printed)
