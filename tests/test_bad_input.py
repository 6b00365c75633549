"""Hostile files beside a real one: each gets one clear error naming it,
in bounded time and memory, and the real file is still ingested.

(Corrupt, truncated, encrypted, empty, non-zip DOCX and binary TXT files are
in tests/test_cli_ingest.py's mixed batch; these are the expensive ones.)
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import pdf_bytes

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "corpus" / "van-ban" / "ke-hoach-113-KH-UBND-tay-ninh-2020.txt"
REAL_DOCX = ROOT / "corpus" / "van-ban" / "nghi_dinh_21_2021_ND_CP.docx"


def blank_pdf(pages: int) -> bytes:
    """A valid PDF of ``pages`` empty A4 pages (one shared page tree)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{' '.join(f'{3 + i} 0 R' for i in range(pages))}] /Count {pages} >>".encode()]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * pages
    return pdf_bytes(objects)


def zip_bomb_docx(path: Path) -> None:
    """The real decree's package with a document.xml that inflates to 1 GiB."""
    with zipfile.ZipFile(REAL_DOCX) as real, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in real.infolist():
            if item.filename != "word/document.xml":
                bomb.writestr(item, real.read(item))
        with bomb.open("word/document.xml", "w", force_zip64=True) as xml:
            xml.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                      b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
            chunk = b" " * (1 << 20)
            for _ in range(1024):
                xml.write(chunk)
            xml.write(b"</w:t></w:r></w:p></w:body></w:document>")


@pytest.mark.timeout(240)
def test_expensive_bad_files_fail_clearly_and_the_rest_is_ingested(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy2(PLAN, batch / PLAN.name)
    (batch / "10000-trang-trong.pdf").write_bytes(blank_pdf(10_000))
    zip_bomb_docx(batch / "bom-nen.docx")
    (batch / "khong-co-body.html").write_text("<html><head><title>Trang trống</title></head></html>", encoding="utf-8")
    (batch / "qua-lon.txt").write_text(PLAN.read_text(encoding="utf-8") * 800, encoding="utf-8")  # ~3.4 MB
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run(
        [sys.executable, "-m", "kb.cli", "--home", str(tmp_path / "kb"), "ingest", str(batch), "--json"],
        capture_output=True, text=True, timeout=200, env={**os.environ, "KB_MAX_FILE_MB": "2"},
    )
    peak_mib = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    report = json.loads(done.stdout)
    assert done.returncode == 1
    assert report["ingested"] == 1 and report["documents"][0]["number"] == "113/KH-UBND"
    errors = {Path(f["path"]).name: f["error"] for f in report["failed"]}
    assert set(errors) == {"10000-trang-trong.pdf", "bom-nen.docx", "khong-co-body.html", "qua-lon.txt"}
    assert "too many pages" in errors["10000-trang-trong.pdf"]
    assert (batch / "bom-nen.docx").stat().st_size < 2 << 20  # small on disk: refused for what it inflates to
    assert "decompressed size over limit" in errors["bom-nen.docx"]
    assert "no document body" in errors["khong-co-body.html"]
    assert "size limit" in errors["qua-lon.txt"]
    assert all(error.strip() for error in errors.values())
    assert peak_mib < 1024, f"ingest peaked at {peak_mib:.0f} MiB"
