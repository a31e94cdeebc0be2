"""The `civcas` command: thin wrappers over the library, errors turned into one-line messages."""
from __future__ import annotations

import sys

import click

from .errors import CivcasError

DB_HELP = "the SQLite database file (created when missing)"


def _fail(e: Exception) -> None:
    click.echo(f"civcas: {e}", err=True)
    sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="civcas")
def main() -> None:
    """civcas turns news reports of war into a source-linked database of civilian-harm claims
    and incidents."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", default="civcas.db", show_default=True, help=DB_HELP)
@click.option("--batch-size", default=64, show_default=True, help="articles per committed batch")
@click.option("--workers", default=1, show_default=True, help="local worker processes for extraction")
@click.option("--dask", "dask_address", default=None, help="a Dask scheduler address, or 'local'")
@click.option("--strict", is_flag=True, help="exit with status 2 when any input was rejected")
@click.option("--quiet", "-q", is_flag=True, help="no progress bar")
def run(inputs: tuple[str, ...], db: str, batch_size: int, workers: int, dask_address: str | None,
        strict: bool, quiet: bool) -> None:
    """Read INPUTS (files, folders, JSONL/CSV, HTML, RSS/Atom), extract claims, resolve incidents."""
    from . import pipeline
    from .runners import make_extractor

    try:
        extractor = make_extractor(workers=workers, dask=dask_address)
    except CivcasError as e:
        _fail(e)
    total = None if quiet else pipeline.estimate_total(inputs)
    progress = None
    on_progress = None
    if not quiet and sys.stderr.isatty() or (not quiet and total and total > 200):
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeRemainingColumn)
        from rich.console import Console
        progress = Progress(TextColumn("[bold]civcas run"), BarColumn(), MofNCompleteColumn(),
                            TimeRemainingColumn(), console=Console(stderr=True), transient=False)
        task = progress.add_task("articles", total=total)
        on_progress = lambda n: progress.advance(task, n)  # noqa: E731
        progress.start()

    def on_rejection(rej) -> None:
        msg = f"rejected: {rej.message}"
        (progress.console.print(msg, markup=False, highlight=False) if progress else click.echo(msg, err=True))

    try:
        report = pipeline.run(list(inputs), db, batch_size=batch_size, extractor=extractor,
                              on_progress=on_progress, on_rejection=on_rejection)
    except CivcasError as e:
        _fail(e)
    finally:
        if progress:
            progress.stop()
        close = getattr(extractor, "close", None)
        if close:
            close()
    click.echo(f"{report.articles_seen} articles read ({report.articles_new} new or changed, "
               f"{report.articles_unchanged} unchanged), {len(report.rejections)} rejected; "
               f"{report.claims} claims; {report.incidents} incidents and {report.aggregates} "
               f"aggregates in {db}")
    if report.rejections:
        click.echo(f"see the rejected inputs with: civcas export --db {db} --what rejected --format csv", err=True)
        if strict:
            sys.exit(2)


@main.command()
@click.option("--db", default="civcas.db", show_default=True, help=DB_HELP)
@click.option("--what", type=click.Choice(["claims", "incidents", "articles", "rejected"]), required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson", "acled", "ucdp"]),
              default="jsonl", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, writable=True), default=None,
              help="write to this file instead of standard output")
def export(db: str, what: str, fmt: str, out: str | None) -> None:
    """Write claims, incidents, articles or rejected inputs as JSONL (SCHEMA.md), CSV, GeoJSON,
    or CSVs shaped like ACLED and UCDP GED."""
    from .report import check_format, export as do_export
    from .store import Store

    try:
        check_format(what, fmt)  # before --out is opened: a refused export leaves no file behind
        with Store(db, readonly=True) as store:
            if out:
                try:
                    fh = open(out, "w", encoding="utf-8", newline="")
                except OSError as e:
                    raise CivcasError(f"{out}: cannot write there ({e.strerror}); give a path in an "
                                      f"existing folder you can write to") from e
                with fh:
                    n = do_export(store, what, fmt, fh)
                click.echo(f"wrote {n} {what} to {out}", err=True)
            else:
                do_export(store, what, fmt, sys.stdout)
    except CivcasError as e:
        _fail(e)


@main.command()
@click.option("--db", default="civcas.db", show_default=True, help=DB_HELP)
@click.option("--limit", default=50, show_default=True, help="rows to show")
@click.option("--aggregates", is_flag=True, help="list the aggregates (tallies by claimants) instead")
def incidents(db: str, limit: int, aggregates: bool) -> None:
    """Print the incidents as a table, newest first."""
    from .report import format_incidents
    from .store import Store

    try:
        with Store(db, readonly=True) as store:
            rows = list(store.iter_incidents(kind="aggregate" if aggregates else "incident"))
    except CivcasError as e:
        _fail(e)
    rows.sort(key=lambda i: (i.date_start or "", i.id), reverse=True)
    click.echo(format_incidents(rows, limit))


@main.command()
@click.option("--db", default="civcas.db", show_default=True, help=DB_HELP)
@click.option("--by", default="month", show_default=True,
              help="comma-separated: month, year, attacker, place, country, claimant, grade, event_type")
@click.option("--compare/--no-compare", default=True, show_default=True,
              help="also show claimants' own tallies (aggregates) side by side")
def tally(db: str, by: str, compare: bool) -> None:
    """Civilians killed and injured (min–max) by month, attacker, place, claimant or grade."""
    from .report import compare_claimants, format_comparison, format_table, tally as do_tally
    from .store import Store

    keys = [k.strip() for k in by.split(",") if k.strip()]
    try:
        with Store(db, readonly=True) as store:
            incs = list(store.iter_incidents())
        rows = do_tally(incs, keys)
        click.echo(format_table(rows, keys))
        if compare:
            comp = compare_claimants(incs)
            if comp:
                click.echo("")
                click.echo("Claimants' own tallies (aggregates, never summed with incidents):")
                click.echo(format_comparison(comp))
    except CivcasError as e:
        _fail(e)


@main.group()
def review() -> None:
    """Record a human decision (merge, split, grade); it is kept and re-applied on every re-run."""


def _apply_review(db: str, action: str, args: dict, note: str | None) -> None:
    from .pipeline import resolve_store
    from .store import Store

    with Store(db) as store:
        rid = store.add_review(action, args, note=note, by="cli")
        resolve_store(store)
    click.echo(f"review {rid} recorded ({action}); incidents re-resolved")


@review.command("merge")
@click.argument("incident_ids", nargs=-1, required=True)
@click.option("--db", default="civcas.db", show_default=True, help=DB_HELP)
@click.option("--note", default=None)
def review_merge(incident_ids: tuple[str, ...], db: str, note: str | None) -> None:
    """Merge two or more incidents into one."""
    from .resolve.review import review_args

    try:
        _apply_review(db, "merge", review_args(db, "merge", list(incident_ids)), note)
    except CivcasError as e:
        _fail(e)


@review.command("split")
@click.argument("incident_id")
@click.argument("claim_ids", nargs=-1, required=True)
@click.option("--db", default="civcas.db", show_default=True, help=DB_HELP)
@click.option("--note", default=None)
def review_split(incident_id: str, claim_ids: tuple[str, ...], db: str, note: str | None) -> None:
    """Move CLAIM_IDS out of INCIDENT_ID into an incident of their own."""
    from .resolve.review import review_args

    try:
        _apply_review(db, "split", review_args(db, "split", [incident_id], claims=list(claim_ids)), note)
    except CivcasError as e:
        _fail(e)


@review.command("grade")
@click.argument("incident_id")
@click.argument("grade", type=click.Choice(["confirmed", "fair", "weak", "contested", "discounted"]))
@click.option("--reason", required=True, help="why, in one sentence")
@click.option("--db", default="civcas.db", show_default=True, help=DB_HELP)
def review_grade(incident_id: str, grade: str, reason: str, db: str) -> None:
    """Set an incident's grade, with the reason."""
    from .resolve.review import review_args

    try:
        _apply_review(db, "grade", review_args(db, "grade", [incident_id], grade=grade, reason=reason), None)
    except CivcasError as e:
        _fail(e)


@main.command()
@click.option("--db", default="civcas.db", show_default=True, help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True)
@click.option("--review-token", default=None, help="enable review (merge, split, grade) with this token")
@click.option("--tiles", is_flag=True, help="use online map tiles (off by default: works without internet)")
def serve(db: str, host: str, port: int, review_token: str | None, tiles: bool) -> None:
    """Start the web app (incidents, claims with quotes, map, timeline, tallies, JSON API)."""
    try:
        from .web import serve as do_serve
    except ImportError as e:
        _fail(CivcasError(f"the web app needs its extra: pip install 'civcas[web]' ({e})"))
    try:
        do_serve(db, host=host, port=port, review_token=review_token, tiles=tiles)
    except CivcasError as e:
        _fail(e)


if __name__ == "__main__":
    main()
