"""The command line (INTERFACE.md): thin wrappers that parse arguments and call the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="wirewatch: multilingual news in, evidenced PLOVER events out.")
actors_app = typer.Typer(no_args_is_help=True, help="The actor knowledge base.")
app.add_typer(actors_app, name="actors")
console = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 160)

DbOption = Annotated[str, typer.Option("--db", help="SQLite file or postgresql:// URL.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]


def fail(message: str) -> None:
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(1)


def open_store(db: str, must_exist: bool = True):
    from wirewatch.store import Store

    if must_exist and "://" not in db and not Path(db).exists():
        fail(f"no store at {db}: run 'wirewatch ingest PATH --db {db}' first")
    try:
        return Store(db)
    except Exception as exc:  # noqa: BLE001 - shown to the user, not a traceback
        fail(f"cannot open store {db}: {exc}")


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, URLs or - for stdin.")],
    db: DbOption = "wirewatch.db",
    workers: Annotated[int, typer.Option(help="Processes for the pipeline.")] = 1,
    dask: Annotated[str | None, typer.Option("--dask", help="Run on Dask ('local' or a scheduler address).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Read news, code events, cluster stories; store everything in the database."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from wirewatch.batch import ingest as run_ingest

    store = open_store(db, must_exist=False)
    stdin_text = sys.stdin.read() if "-" in paths else None
    if dask is not None:
        from wirewatch.scale.dask_runner import ingest_with_dask

        report = ingest_with_dask(paths, store, dask, workers=max(workers, 2), stdin_text=stdin_text)
    else:
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} inputs"),
                      TimeElapsedColumn(), console=err, disable=quiet) as progress:
            task = progress.add_task("ingesting", total=None)
            report = run_ingest(paths, store, workers=workers, stdin_text=stdin_text,
                                on_item=lambda n: progress.advance(task, n))
    _print_ingest_report(report, quiet)
    store.close()


@app.command()
def watch(
    sources: Annotated[list[str], typer.Argument(help="Folders, feed or page URLs.")],
    db: DbOption = "wirewatch.db",
    every: Annotated[str, typer.Option("--every", help="Interval: 90, 30s, 5m, 1h.")] = "5m",
    rounds: Annotated[int | None, typer.Option("--rounds", help="Stop after N rounds.")] = None,
    workers: Annotated[int, typer.Option(help="Processes for the pipeline.")] = 1,
) -> None:
    """Poll folders and feeds; ingest new or changed items as they arrive."""
    from wirewatch.ingest.watch import parse_every
    from wirewatch.ingest.watch import watch as run_watch

    try:
        every_s = parse_every(every)
    except ValueError:
        err.print(f"--every: not an interval: {every!r} (e.g. 90, 30s, 5m, 1h)")
        raise typer.Exit(2) from None
    store = open_store(db, must_exist=False)

    def show(r) -> None:
        err.print(f"round {r.number}: {r.report.stored} stored, {r.report.duplicates} already "
                  f"stored, {len(r.report.rejected)} rejected, {r.changed} changed, "
                  f"{r.unchanged} unchanged sources, {len(r.errors)} errors")
        for source, error in r.errors.items():
            err.print(f"  {source}: {error}")

    try:
        run_watch(sources, store, every_s, rounds, workers, on_round=show)
    except KeyboardInterrupt:
        err.print("stopped")
    finally:
        store.close()


def _print_ingest_report(report, quiet: bool) -> None:
    table = Table(title="ingest summary", show_header=True)
    table.add_column("outcome")
    table.add_column("count", justify="right")
    table.add_row("stored", str(report.stored))
    table.add_row("already stored", str(report.duplicates))
    table.add_row("rejected", str(len(report.rejected)))
    table.add_row("event mentions", str(report.events))
    table.add_row("seconds", f"{report.seconds:.1f}")
    err.print(table)
    if report.rejected:
        rej = Table(title="rejected inputs")
        rej.add_column("source")
        rej.add_column("reason")
        for r in report.rejected:
            rej.add_row(r.source, r.reason)
        err.print(rej)


@app.command()
def events(
    db: DbOption = "wirewatch.db", as_json: JsonOption = False,
    mentions: Annotated[bool, typer.Option("--mentions", help="Event mentions, not canonical events.")] = False,
    type: Annotated[str | None, typer.Option("--type")] = None,
    actor: Annotated[str | None, typer.Option("--actor")] = None,
    since: Annotated[str | None, typer.Option("--since")] = None,
    until: Annotated[str | None, typer.Option("--until")] = None,
    location: Annotated[str | None, typer.Option(
        "--location", help="Country (ISO alpha-3) where the event took place, e.g. PRK")] = None,
    limit: Annotated[int | None, typer.Option("--limit")] = None,
) -> None:
    """Canonical events (or --mentions), newest first."""
    from wirewatch.analysis.queries import EventFilter, canonical_events, event_mentions
    from wirewatch.api.params import BadParameter, parse_country

    try:
        location = parse_country(location, "--location")
    except BadParameter as exc:
        err.print(str(exc))
        raise typer.Exit(2) from exc
    store = open_store(db)
    f = EventFilter(type=type, actor=actor, since=since, until=until, location=location)
    rows = event_mentions(store, f, limit) if mentions else canonical_events(store, f, limit)
    if as_json:
        print_json(rows)
        return
    table = Table(title="event mentions" if mentions else "canonical events")
    for col in ("date", "type", "mode", "source", "target", "status", "n" if not mentions else "conf", "evidence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        src = _side_label(r["source"])
        tgt = _side_label(r["target"])
        evidence = r["evidence"] if mentions else (r["mentions"][0]["evidence"] if r["mentions"] else "")
        table.add_row(r["date"] or "?", r["type"], r["mode"] or "", src, tgt, r["status"],
                      str(r["confidence"] if mentions else r["n_mentions"]), evidence[:160])
    console.print(table)


def _side_label(s: dict | None) -> str:
    if not s:
        return "-"
    return f"{s['country'] or '?'}" + (f" ({s['actor']})" if s.get("actor") else "")


@app.command()
def stories(db: DbOption = "wirewatch.db", as_json: JsonOption = False) -> None:
    """Stories: documents about one news story, across languages."""
    from wirewatch.analysis.queries import stories as list_stories

    store = open_store(db)
    rows = list_stories(store)
    if as_json:
        print_json(rows)
        return
    table = Table(title="stories")
    for col in ("id", "first seen", "docs", "languages", "label"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r["id"], r["first_seen"] or "?", str(r["n_documents"]),
                      ",".join(r["languages"]), (r["label"] or "")[:80])
    console.print(table)


@app.command()
def dyad(
    a: str, b: str, db: DbOption = "wirewatch.db",
    by: Annotated[str, typer.Option("--by", help="month or week")] = "month",
    directed: Annotated[bool, typer.Option("--directed")] = False, as_json: JsonOption = False,
) -> None:
    """Relations between two actors over time: counts by type and quad class."""
    from wirewatch.analysis.dyad import dyad_timeline

    if by not in ("month", "week"):
        err.print("--by must be month or week")
        raise typer.Exit(2)
    store = open_store(db)
    data = dyad_timeline(store, a, b, by, directed)
    if as_json:
        print_json(data)
        return
    table = Table(title=f"{a} {'→' if directed else '↔'} {b} by {by}")
    for col in ("period", "events", "verbal coop", "material coop", "verbal conflict",
                "material conflict", "net coop", "types"):
        table.add_column(col)
    for p in data["periods"]:
        q = p["quad"]
        table.add_row(p["period"], str(sum(p["counts"].values())), str(q["verbal_cooperation"]),
                      str(q["material_cooperation"]), str(q["verbal_conflict"]),
                      str(q["material_conflict"]), f"{p['net_cooperation']:+.2f}",
                      ", ".join(f"{t}:{n}" for t, n in p["counts"].items()))
    console.print(table)


@app.command()
def export(
    db: DbOption = "wirewatch.db",
    format: Annotated[str, typer.Option("--format", help="jsonl, mentions-jsonl, events-jsonl, csv, parquet, graphml, geojson")] = "jsonl",
    out: Annotated[Path, typer.Option("-o", "--out", help="Output file.")] = Path("export.out"),
    table: Annotated[str, typer.Option("--table", help="documents, mentions, event-mentions, events, stories")] = "events",
) -> None:
    """Write the store out (INTERFACE.md formats)."""
    from wirewatch.export.writers import FORMATS, TABLES
    from wirewatch.export.writers import export as run_export

    if format not in FORMATS:
        err.print(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    if table not in TABLES:
        err.print(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
        raise typer.Exit(2)
    store = open_store(db)
    n = run_export(store, format, out, table)
    err.print(f"wrote {n} records to {out}")


@app.command(name="eval")
def evaluate(
    gold: Path, root: Annotated[Path | None, typer.Option("--root")] = None, as_json: JsonOption = False,
) -> None:
    """Score the pipeline against a gold set (gold/SCHEMA.md rule)."""
    from wirewatch.eval.report import print_report
    from wirewatch.eval.run import evaluate as run_eval

    if not gold.is_file():
        fail(f"no gold file at {gold}")
    result = run_eval(gold, root)
    if as_json:
        print_json(result)
    else:
        print_report(result, console)


@app.command()
def dates(
    file: Path, lang: Annotated[str | None, typer.Option("--lang")] = None,
    anchor: Annotated[str | None, typer.Option("--anchor", help="YYYY-MM-DD")] = None,
    as_json: JsonOption = False,
) -> None:
    """Date expressions in a file's text, resolved against the publication date."""
    from wirewatch.time.report import file_dates

    try:
        rows = file_dates(file, lang, anchor)
    except ValueError as exc:
        fail(str(exc))
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"date expressions in {file.name}")
    for col in ("start", "end", "text", "value", "precision", "relative"):
        table.add_column(col)
    for r in rows:
        table.add_row(str(r["start"]), str(r["end"]), r["text"], str(r["value"]), r["precision"], str(r["relative"]))
    console.print(table)


@app.command()
def search(
    query: str, db: DbOption = "wirewatch.db", as_json: JsonOption = False,
    type: Annotated[str | None, typer.Option("--type")] = None,
    actor: Annotated[str | None, typer.Option("--actor")] = None,
    lang: Annotated[str | None, typer.Option("--lang")] = None,
    since: Annotated[str | None, typer.Option("--since")] = None,
    until: Annotated[str | None, typer.Option("--until")] = None,
    limit: Annotated[int, typer.Option("--limit")] = 50,
) -> None:
    """Full-text search over documents and evidence, with structured filters."""
    from wirewatch.analysis.queries import EventFilter
    from wirewatch.analysis.search import search as run_search

    store = open_store(db)
    hits = run_search(store, query, EventFilter(type=type, actor=actor, since=since, until=until,
                                                lang=lang), limit)
    if as_json:
        print_json(hits)
        return
    table = Table(title=f"search: {query}")
    for col in ("doc", "lang", "published", "title", "snippet"):
        table.add_column(col, overflow="fold")
    for h in hits:
        table.add_row(h["doc_id"], h["lang"] or "", h["published"] or "?", (h["title"] or "")[:60], h["snippet"])
    console.print(table)


@actors_app.command("show")
def actors_show(name: str, as_json: JsonOption = False) -> None:
    """An actor with its aliases and dated roles."""
    from wirewatch.actors.lookup import find_actor

    actor = find_actor(name)
    if actor is None:
        fail(f"no actor matches {name!r}")
    if as_json:
        print_json(actor)
        return
    console.print(f"[bold]{actor['name']}[/bold] ({actor['id']}, {actor['kind']}, country {actor['country']})")
    for r in actor["roles"]:
        console.print(f"  {r['role']} of {r['country']}: {r['start'] or '?'} – {r['end'] or 'now'}")
    console.print("  names: " + ", ".join(actor["names"][:40]))


@actors_app.command("unknown")
def actors_unknown(db: DbOption = "wirewatch.db", as_json: JsonOption = False) -> None:
    """Person-like names found in the text but not in the knowledge base."""
    from wirewatch.actors.lookup import unknown_names

    rows = unknown_names(open_store(db))
    if as_json:
        print_json(rows)
        return
    table = Table(title="unknown names")
    for col in ("surface", "country", "mentions"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["surface"], r["country"] or "?", str(r["n"]))
    console.print(table)


@actors_app.command("top")
def actors_top(db: DbOption = "wirewatch.db", as_json: JsonOption = False,
               limit: Annotated[int, typer.Option("--limit")] = 20) -> None:
    """The most active actors and pairs, by canonical events."""
    from wirewatch.actors.lookup import top_actors

    data = top_actors(open_store(db), limit)
    if as_json:
        print_json(data)
        return
    for title, key in (("actors", "actors"), ("pairs", "pairs")):
        table = Table(title=f"most active {title}")
        table.add_column(title)
        table.add_column("events", justify="right")
        for r in data[key]:
            table.add_row(r["id"], str(r["n"]))
        console.print(table)


@actors_app.command("import")
def actors_import(file: Path) -> None:
    """Merge a CSV or JSON file of people and roles into the user's knowledge base."""
    from wirewatch.actors.user import import_people

    try:
        n = import_people(file)
    except ValueError as exc:
        fail(str(exc))
    err.print(f"imported {n} people into {file.name}")


@app.command()
def serve(db: DbOption = "wirewatch.db",
          host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
          port: Annotated[int, typer.Option("--port")] = 8765) -> None:
    """The HTTP API and web dashboard."""
    import uvicorn

    from wirewatch.api.app import create_app

    open_store(db).close()
    err.print(f"serving {db} on http://{host}:{port}/")
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


@app.command()
def bench(
    docs: Annotated[int, typer.Option("--docs")] = 2000,
    workers: Annotated[int, typer.Option("--workers")] = 1, as_json: JsonOption = False,
    dask: Annotated[str | None, typer.Option("--dask", help="Run on Dask ('local' or a scheduler address).")] = None,
) -> None:
    """Ingest a synthetic corpus end to end and report articles per second and memory."""
    from wirewatch.bench import run_bench

    result = run_bench(docs, workers, dask)
    if as_json:
        print_json(result)
    else:
        for stage, seconds in result["per_stage"].items():
            err.print(f"  {stage}: {seconds:.2f} s")
        err.print(f"peak RSS per process: {result['peak_rss_mb_per_process']:.0f} MB, "
                  f"total {result['peak_rss_mb_total']:.0f} MB")
        cpu = result["cpu_seconds"]
        err.print(f"CPU: main {cpu['main']:.1f} s, workers {cpu['workers']:.1f} s; "
                  f"{result['events']} event mentions")
    print(f"{result['articles_per_s']:.1f} articles/s")


@app.command()
def demo(db: DbOption = "demo.db") -> None:
    """Ingest the bundled sample corpus and show events, stories and a dyad."""
    from wirewatch.sample import corpus_path

    ingest([str(corpus_path())], db=db, workers=1, dask=None, quiet=False)
    events(db=db, as_json=False, mentions=False, type=None, actor=None, since=None, until=None, limit=25)
    stories(db=db, as_json=False)
    from wirewatch.actors.lookup import top_actors

    pairs = top_actors(open_store(db), 1)["pairs"]
    if pairs:
        a, b = pairs[0]["id"].split(" ↔ ")
        dyad(a, b, db=db, by="month", directed=False, as_json=False)
    console.print(f"\nDashboard: [bold]wirewatch serve --db {db}[/bold] then open http://127.0.0.1:8765/")


def _dask_default(argv: list[str]) -> list[str]:
    """`--dask` may stand alone (INTERFACE.md: `--dask [ADDRESS]`): then it means 'local'."""
    out = list(argv)
    for i, arg in enumerate(out):
        if arg != "--dask":
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        if nxt is None or not (nxt == "local" or "://" in nxt or ":" in nxt):
            out[i] = "--dask=local"
    return out


def main() -> None:
    app(args=_dask_default(sys.argv[1:]))


if __name__ == "__main__":
    main()
