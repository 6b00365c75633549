"""The ``kb`` command line (CONTRACT.md).

Every command accepts ``--json`` and then prints exactly one JSON object on
stdout; progress and logs go to stderr.
"""

from __future__ import annotations

import json
import sys

import click

from kb.config import SEARCH_ENGINES, load_settings
from kb.errors import KBError


def _emit(obj: dict) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, indent=None))


def _kb(ctx: click.Context):
    from kb.core import KnowledgeBase

    if "kb" not in ctx.obj:
        ctx.obj["kb"] = KnowledgeBase(load_settings(ctx.obj["home"], ctx.obj["database_url"], ctx.obj["search_engine"]))
        ctx.call_on_close(ctx.obj["kb"].close)
    return ctx.obj["kb"]


@click.group()
@click.option("--home", envvar="KB_HOME", default=None, help="Knowledge base folder (default ./kb-data).")
@click.option("--database-url", envvar="KB_DATABASE_URL", default=None, help="SQLAlchemy URL of the store.")
@click.option(
    "--search-engine", envvar="KB_SEARCH_ENGINE", default=None, type=click.Choice(SEARCH_ENGINES, case_sensitive=False),
    help="Search engine (default fts5; postgres keeps the index in a PostgreSQL store).",
)
@click.pass_context
def main(ctx: click.Context, home: str | None, database_url: str | None, search_engine: str | None) -> None:
    """Knowledge base of Vietnamese documents on anti-trafficking work."""
    ctx.ensure_object(dict)
    ctx.obj.update(home=home, database_url=database_url, search_engine=search_engine)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], as_json: bool) -> None:
    """Ingest files and folders (PDF, DOCX, HTML, TXT)."""
    from tqdm import tqdm

    from kb.core import iter_files

    kb = _kb(ctx)
    total = sum(1 for _ in iter_files(paths))
    with tqdm(total=total, unit="tệp", file=sys.stderr, disable=False, desc="Nhập") as bar:

        def step(path):
            bar.set_postfix_str(path.name[-40:], refresh=False)
            bar.update(1)

        report = kb.ingest(paths, progress=step)
    if as_json:
        _emit(report.as_dict())
    else:
        click.echo(
            f"Đã nhập {report.ingested}, không đổi {report.unchanged}, lỗi {len(report.failed)}.", err=False
        )
        for doc in report.documents:
            click.echo(f"  + {doc['number'] or '(không số)'}  {doc['doc_type'] or ''}  {doc['path']}")
            for warning in doc["warnings"]:
                click.echo(f"      ! {warning}")
    for failure in report.failed:
        click.echo(f"LỖI {failure['path']}: {failure['error']}", err=True)
    ctx.exit(1 if report.failed else 0)


@main.command()
@click.argument("doc")
@click.option("--json", "as_json", is_flag=True, help="Print the document as JSON.")
@click.pass_context
def show(ctx: click.Context, doc: str, as_json: bool) -> None:
    """Show a document by id or number (any spelling)."""
    try:
        record = _kb(ctx).show(doc)
    except KBError as exc:
        if as_json:
            _emit({"error": str(exc)})
        else:
            click.echo(f"Không tìm thấy: {exc}", err=True)
        ctx.exit(1)
    if as_json:
        _emit(record)
        return
    click.echo(f"{record['doc_type'] or 'Văn bản'} {record['number'] or '(không số)'}")
    for key, name in (
        ("title", "Trích yếu"), ("issuer", "Cơ quan ban hành"), ("issued", "Ngày ban hành"), ("place", "Nơi ban hành"),
        ("signer", "Người ký"), ("status", "Tình trạng"), ("effective_date", "Ngày có hiệu lực"), ("path", "Tệp"),
    ):
        if record.get(key):
            click.echo(f"  {name}: {record[key]}")
    for section in record["sections"]:
        if section["level"] <= 1:
            click.echo(f"  {'  ' * section['level']}{section['label']}  {section['heading']}")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def reindex(ctx: click.Context, as_json: bool) -> None:
    """Rebuild the search index from the store."""
    count = _kb(ctx).reindex()
    if as_json:
        _emit({"indexed": count})
    else:
        click.echo(f"Đã lập lại chỉ mục cho {count} văn bản.")


@main.command()
@click.option("--repair", is_flag=True, help="Also make the index agree with the store.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def check(ctx: click.Context, repair: bool, as_json: bool) -> None:
    """Check that the store and the search index agree (exit 1 when not)."""
    kb = _kb(ctx)
    report = kb.repair() if repair else kb.check()
    if repair:
        report = {**report, "repaired": not report["ok"], "ok_after": kb.check()["ok"]}
    if as_json:
        _emit(report)
    else:
        click.echo(f"{report['documents']} văn bản trong cơ sở dữ liệu, {report['indexed']} trong chỉ mục tìm kiếm.")
        for doc_id in report["missing_from_index"]:
            click.echo(f"  thiếu trong chỉ mục (không tìm thấy được): {doc_id}")
        for doc_id in report["not_stored"]:
            click.echo(f"  có trong chỉ mục nhưng không có trong cơ sở dữ liệu: {doc_id}")
        click.echo("Khớp nhau." if report["ok"] else ("Đã sửa." if repair else "Không khớp: chạy `kb check --repair` hoặc `kb reindex`."))
    ctx.exit(0 if report["ok"] or (repair and report["ok_after"]) else 1)


def _fail(ctx: click.Context, exc: KBError, as_json: bool) -> None:
    """Report a user-facing error (one JSON object under --json) and exit 1."""
    if as_json:
        _emit({"error": str(exc)})
    else:
        click.echo(f"LỖI: {exc}", err=True)
    ctx.exit(1)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def migrate(ctx: click.Context, as_json: bool) -> None:
    """Create or upgrade the store's schema to this version (Alembic)."""
    from pathlib import Path

    from sqlalchemy import make_url

    from kb.store.migrate import migrate as migrate_store

    settings = load_settings(ctx.obj["home"], ctx.obj["database_url"])
    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    try:
        report = migrate_store(settings.database_url)
    except KBError as exc:
        _fail(ctx, exc, as_json)
    if as_json:
        _emit(report)
        return
    click.echo({
        "created": f"Đã tạo lược đồ cơ sở dữ liệu (phiên bản {report['to']}).",
        "upgraded": f"Đã nâng cấp cơ sở dữ liệu từ phiên bản {report['from']} lên {report['to']}.",
        "stamped": f"Đã ghi nhận cơ sở dữ liệu có sẵn ở phiên bản {report['to']}.",
        "current": f"Cơ sở dữ liệu đã ở phiên bản mới nhất ({report['to']}).",
    }[report["action"]] + f"  [{report['database']}]")


@main.command("export")
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the manifest as JSON.")
@click.pass_context
def export_(ctx: click.Context, directory: str, as_json: bool) -> None:
    """Write the store and the originals to DIRECTORY (new or empty), for `kb import`."""
    from kb.transfer import export_kb

    try:
        report = export_kb(_kb(ctx), directory)
    except KBError as exc:
        _fail(ctx, exc, as_json)
    if as_json:
        _emit(report)
    else:
        click.echo(f"Đã xuất {report['tables']['documents']} văn bản và {report['files']} tệp gốc vào {directory}.")
    for name in report["missing_files"]:
        click.echo(f"  thiếu tệp gốc (không xuất được): {name}", err=True)


@main.command("import")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def import_(ctx: click.Context, directory: str, as_json: bool) -> None:
    """Load a `kb export` folder into this (empty) knowledge base and rebuild its search index."""
    from tqdm import tqdm

    from kb.transfer import import_kb

    try:
        with tqdm(unit="văn bản", file=sys.stderr, desc="Lập chỉ mục") as bar:
            report = import_kb(_kb(ctx), directory, progress=lambda count: bar.update(count - bar.n))
    except KBError as exc:
        _fail(ctx, exc, as_json)
    if as_json:
        _emit(report)
    else:
        click.echo(f"Đã nhập {report['tables']['documents']} văn bản và {report['files']} tệp gốc từ {directory}; "
                   f"đã lập chỉ mục {report['indexed']} văn bản.")


@main.command()
@click.option("--agency", default=None, help="Cơ quan, viết kiểu nào cũng được (Sở LĐTBXH …).")
@click.option("--json", "as_json", is_flag=True, help="Print the duties as JSON.")
@click.pass_context
def duties(ctx: click.Context, agency: str | None, as_json: bool) -> None:
    """Duties assigned to agencies (chủ trì / phối hợp / thường trực / theo dõi)."""
    rows = _kb(ctx).duties(agency)
    if as_json:
        _emit({"duties": rows})
        return
    for row in rows:
        deadline = f" — {row['deadline']}" if row["deadline"] else ""
        click.echo(f"{row['agency']} [{row['role'] or '?'}] {row['number'] or row['doc_id']} {row['section'] or ''}{deadline}")
        click.echo(f"    {row['task'][:200]}")
    click.echo(f"{len(rows)} nhiệm vụ")


@main.command()
@click.option("--kind", default=None, help="Loại hỗ trợ, e.g. 'trợ giúp pháp lý', 'học nghề'.")
@click.option("--json", "as_json", is_flag=True, help="Print the catalogue as JSON.")
@click.pass_context
def entitlements(ctx: click.Context, kind: str | None, as_json: bool) -> None:
    """Provisions on what trafficking victims are entitled to."""
    rows = _kb(ctx).entitlements(kind)
    if as_json:
        _emit({"entitlements": rows})
        return
    for row in rows:
        click.echo(f"{row['provision']} — {row['doc_type'] or ''} {row['number'] or row['title'] or ''}"
                   f" [{row['status'] or 'không rõ hiệu lực'}]")
        click.echo(f"    {', '.join(row['kinds'])} · {', '.join(row['beneficiaries'])}")
    click.echo(f"{len(rows)} điều khoản")


@main.command()
@click.argument("query")
@click.option("--type", "doc_type", default=None, help="Loại văn bản, e.g. 'Kế hoạch'.")
@click.option("--issuer", default=None, help="Cơ quan ban hành.")
@click.option("--year", default=None, type=int, help="Năm ban hành.")
@click.option("--province", default=None, help="Tỉnh/thành phố.")
@click.option("--status", default=None, help="Tình trạng hiệu lực.")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 100))
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def search(ctx, query, doc_type, issuer, year, province, status, limit, as_json) -> None:
    """Search documents and their sections (with or without diacritics)."""
    try:
        result = _kb(ctx).search(
            query, doc_type=doc_type, issuer=issuer, year=year, province=province, status=status, limit=limit
        )
    except KBError as exc:
        if as_json:
            _emit({"error": str(exc)})
        else:
            click.echo(str(exc), err=True)
        ctx.exit(2)
    if as_json:
        _emit(result.to_json())
        return
    click.echo(f"{result.total} văn bản")
    for hit in result.hits:
        where = f" — {hit.section}" if hit.section else ""
        click.echo(f"{hit.doc_type or ''} {hit.number or ''}{where}  [{hit.doc_id}]")
        if hit.title:
            click.echo(f"    {hit.title[:120]}")
        click.echo(f"    {_plain(hit.snippet)[:240]}")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--threads", default=4, show_default=True, type=click.IntRange(1, 64), help="Worker threads.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, threads: int) -> None:
    """Run the web application on waitress (a production WSGI server)."""
    from waitress import serve as waitress_serve

    from kb.web import create_app
    from kb.web.knowledge import get_kb

    app = create_app({"KB_HOME": ctx.obj["home"], "DATABASE_URL": ctx.obj["database_url"],
                      "SEARCH_ENGINE": ctx.obj["search_engine"]})
    with app.app_context():
        get_kb()  # open the store now: a bad home or URL fails before serving
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"kb: đang phục vụ tại http://{shown}:{port}/ (Ctrl+C để dừng)", err=True)
    waitress_serve(app, host=host, port=port, threads=threads, ident="kb")


def _plain(snippet: str) -> str:
    import html
    import re

    return html.unescape(re.sub(r"</?mark>", "", snippet))


def run() -> None:
    """Console entry point: usage errors under ``--json`` still print one
    JSON object (exit code 2)."""
    try:
        code = main.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        code = exc.exit_code
    except click.UsageError as exc:
        if "--json" in sys.argv:
            _emit({"error": exc.format_message()})
        exc.show()
        code = 2
    except click.Abort:
        click.echo("Đã dừng.", err=True)
        code = 130
    sys.exit(code or 0)


if __name__ == "__main__":  # pragma: no cover
    run()
