"""The ``dealgraph`` command line: build, extract, list claims, export, remove, stats, serve."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from graph.claims_json import claims_to_jsonl
from graph.documents import read_documents
from graph.errors import DealgraphError, DocumentError
from graph.export import FORMATS, export
from graph.extract import DEFAULT_EXTRACTOR, RuleExtractor, get_extractor
from graph.model import Claim, Document
from graph.store import DEFAULT_LOCATION, GraphStore, open_store

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="dealgraph: a knowledge graph of AI-infrastructure deals where every fact carries its source.")
err = Console(stderr=True, highlight=False, soft_wrap=True)

StoreOption = Annotated[str, typer.Option(
    "--store", "-s", envvar="DEALGRAPH_STORE",
    help=f"Store directory (embedded Oxigraph, created if missing), or a SPARQL server URL. "
         f"Default: ./{DEFAULT_LOCATION}")]
ExtractorOption = Annotated[str, typer.Option("--extractor", help="Extractor name.")]
EntitiesOption = Annotated[list[Path] | None, typer.Option(
    "--entities", help="Extra reference list of entities (JSON, as graph/data/entities.json). Repeatable.")]

SEEDS = "seeds"


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", markup=True, soft_wrap=True)
    return typer.Exit(code)


def _open(store: str) -> GraphStore:
    try:
        return open_store(store)
    except DealgraphError as error:
        raise _fail(str(error), 2) from error


def _read(paths: list[Path]) -> tuple[list[Document], list[DocumentError]]:
    documents, errors = [], []
    for item in read_documents(paths):
        if isinstance(item, DocumentError):
            errors.append(item)
            err.print(f"[red]error:[/red] {item}", markup=True, soft_wrap=True)
        else:
            documents.append(item)
    return documents, errors


def _extract(reader: RuleExtractor, document: Document) -> list[Claim] | None:
    """The document's claims, or None when the extractor fails on it: a fault of ours, reported with the file's
    name so that one article cannot cost the claims of all the others in the run."""
    try:
        return reader.extract(document)
    except Exception as error:  # any fault of the rules: reported, and the run goes on
        err.print(f"[red]error:[/red] {document.name}: the extractor failed on this article "
                  f"({type(error).__name__}: {error}); nothing of it was stored. Please report it with the file.",
                  markup=True, soft_wrap=True)
        return None


def _progress(total: int) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True, disable=total < 20 or not err.is_terminal)


@app.command()
def build(
    paths: Annotated[list[Path] | None,
                     typer.Argument(help="Files or directories of articles. Default: seeds/")] = None,
    store: StoreOption = DEFAULT_LOCATION,
    extractor: ExtractorOption = DEFAULT_EXTRACTOR,
    entities: EntitiesOption = None,
) -> None:
    """Extract claims from articles and add them to the store (the same text twice changes nothing)."""
    documents, errors = _read(paths or [Path(SEEDS)])
    reader = get_extractor(extractor, tuple(entities or ()))
    added = unchanged = claims = failed = 0
    with _open(store) as graph, _progress(len(documents)) as progress:
        task = progress.add_task("building", total=len(documents))
        for document in documents:
            if graph.has_graph(document.id):
                unchanged += 1
            elif (found := _extract(reader, document)) is None:
                failed += 1
            else:
                graph.add(document, found)
                added += 1
                claims += len(found)
            progress.advance(task)
        stats = graph.stats()
    err.print(f"added {added} document(s) with {claims} claim(s); {unchanged} unchanged; "
              f"{len(errors) + failed} error(s). Store {store}: {stats['documents']} documents, "
              f"{stats['claims']} claims, {stats['entities']} entities, {stats['deals']} deals.")
    if errors or failed:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories of articles.")],
    extractor: ExtractorOption = DEFAULT_EXTRACTOR,
    entities: EntitiesOption = None,
) -> None:
    """Print the claims of articles as JSON Lines, without touching the store."""
    documents, errors = _read(paths)
    reader = get_extractor(extractor, tuple(entities or ()))
    out = sys.stdout.buffer
    failed = 0
    for document in documents:
        found = _extract(reader, document)
        failed += found is None
        for line in claims_to_jsonl(found or []):
            out.write(line)
    out.flush()
    if errors or failed:
        raise typer.Exit(1)


@app.command()
def claims(
    store: StoreOption = DEFAULT_LOCATION,
    document: Annotated[str | None, typer.Option(help="Only this document (file name or id).")] = None,
) -> None:
    """Print the stored claims as JSON Lines (the export contract)."""
    with _open(store) as graph:
        try:
            found = graph.claims(document)
        except DealgraphError as error:
            raise _fail(str(error)) from error
    out = sys.stdout.buffer
    for line in claims_to_jsonl(found):
        out.write(line)
    out.flush()


@app.command("export")
def export_command(
    format: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "turtle",
    store: StoreOption = DEFAULT_LOCATION,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Export the whole graph as RDF (turtle, jsonld, nt), GraphML or CSV."""
    if format not in FORMATS:
        raise _fail(f"unknown format {format!r}; use one of {', '.join(FORMATS)}", 2)
    with _open(store) as graph:
        data = export(graph, format)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        output.write_bytes(data)


@app.command()
def remove(
    document: Annotated[str, typer.Argument(help="The document's file name or id.")],
    store: StoreOption = DEFAULT_LOCATION,
) -> None:
    """Remove a document, its claims and the entities no other document names."""
    with _open(store) as graph:
        try:
            info = graph.remove(document)
        except DealgraphError as error:
            raise _fail(str(error)) from error
    err.print(f"removed {info.name} ({info.id}) and its {info.claims} claim(s)")


@app.command()
def stats(store: StoreOption = DEFAULT_LOCATION) -> None:
    """Show how many documents, claims, entities and deals are stored, and the documents."""
    with _open(store) as graph:
        counts, documents = graph.stats(), graph.documents()
    console = Console()
    console.print(", ".join(f"{v} {k}" for k, v in counts.items()))
    table = Table("document", "id", "claims", "added")
    for d in documents:
        table.add_row(d.name, d.id, str(d.claims), d.added.isoformat(timespec="seconds"))
    console.print(table)


@app.command()
def serve(
    store: StoreOption = DEFAULT_LOCATION,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the REST API (FastAPI on uvicorn) over the store; an empty store is first built from seeds/."""
    import uvicorn

    from api.app import create_app
    from api.settings import Settings

    settings = Settings(store=store)
    err.print(f"serving {store} on http://{host}:{port} (docs at /docs)")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


def main() -> None:  # pragma: no cover - the console script
    app()


if __name__ == "__main__":  # pragma: no cover - python -m api.cli
    app()
