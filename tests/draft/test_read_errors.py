"""Every bad input gets one line naming the file, what is wrong and what to do."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from draft_helpers import indicator_docx, indicator_pdf
from PIL import Image
from pypdf import PdfWriter

from plancmp.draft.read import DocumentError, document_text, read_document


def _message(path: Path) -> str:
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    assert _message(path) == f"{path}: no such file — check the path"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(b"")
    assert _message(path) == f"{path}: the file is empty — pass the document with its text"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(bytes(range(256)) * 4)
    assert _message(path) == (
        f"{path}: not a text document (binary content, or an encoding other than UTF-8, UTF-16 or GBK/GB18030)"
        " — save it as UTF-8 text, .docx or .pdf"
    )


def test_text_with_control_bytes_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(b"plan\x00\x01\x02")
    assert "not a text document" in _message(path)


def test_file_too_large(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    with open(path, "wb") as handle:
        handle.truncate(150 * 1024 * 1024)  # sparse: takes no disk space
    assert _message(path) == (
        f"{path}: the file is 150.0 MB, more than the 100 MB a plan document can be — pass the plan itself, or split it"
    )


def test_fifo_does_not_hang(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    os.mkfifo(path)
    assert (
        _message(path)
        == f"{path}: not a regular file (a directory, pipe or device) — pass the document file itself"
    )


def test_directory(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.mkdir()
    assert (
        _message(path)
        == f"{path}: not a regular file (a directory, pipe or device) — pass the document file itself"
    )


def test_unsupported_extension(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    assert _message(path) == (
        f"{path}: unsupported file type '.xlsx' — save the plan as one of .txt, .md, .html, .htm, .docx, .pdf"
    )


@pytest.mark.parametrize("name", ["plan.doc", "plan.docx"])
def test_old_word_document(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 504)
    assert _message(path) == (
        f"{path}: this is an old Word .doc (or another pre-2007 Office) file — open it in Word or WPS and save it as .docx"
    )


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_text("这不是Word文件", encoding="utf-8")
    assert _message(path) == (
        f"{path}: not a valid .docx file (not a zip archive) — open it in Word or WPS and save it again as .docx"
    )


def test_zip_without_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert _message(path) == (
        f"{path}: not a valid .docx file (a zip archive with no Word document in it)"
        " — open it in Word or WPS and save it again as .docx"
    )


def test_damaged_zip(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    assert _message(path) == (
        f"{path}: not a valid .docx file (a damaged zip archive) — open it in Word or WPS and save it again as .docx"
    )


def test_pdf_that_is_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_text("这不是PDF", encoding="utf-8")
    assert _message(path) == (
        f"{path}: not a valid PDF file (no %PDF header) — export the document from its program as PDF again"
    )


def test_scanned_pdf(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    Image.new("RGB", (600, 800), "white").save(path)
    assert _message(path) == (
        f"{path}: the PDF has no text layer (a scanned document, 扫描件) — run OCR on it first, or copy its text into a .txt file"
    )


def test_password_protected_pdf(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    writer = PdfWriter(clone_from=indicator_pdf())
    writer.encrypt(user_password="secret", owner_password="owner")
    writer.write(path)
    assert _message(path) == (
        f"{path}: the PDF is password-protected — open it with its password and save or print it to a PDF without one"
    )


def test_pdf_with_owner_password_only_is_read(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    writer = PdfWriter(clone_from=indicator_pdf())
    writer.encrypt(user_password="", owner_password="owner")
    writer.write(path)
    assert read_document(path).blocks


@pytest.mark.parametrize("content", [b"\n\n   \n\t\n", "\u3000\u3000\n".encode()])
def test_no_text_at_all(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(content)
    assert _message(path) == (
        f"{path}: no text found in the document — check that it is the plan itself, or copy its text into a .txt file"
    )


def test_web_page_without_text(tmp_path: Path) -> None:
    path = tmp_path / "plan.html"
    path.write_text("<html><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    assert "no text found in the document" in _message(path)


def test_a_doc_that_is_a_docx_or_a_web_page_is_read(tmp_path: Path) -> None:
    """Sites name .docx files and Word's web pages `.doc`: the content says what to read."""
    docx_named_doc = indicator_docx(tmp_path / "plan.doc")
    assert (
        read_document(docx_named_doc).blocks
        == read_document(indicator_docx(tmp_path / "plan.docx")).blocks
    )
    page = tmp_path / "page.doc"
    page.write_text(
        "<html><head><meta charset='utf-8'></head><body><p>到2025年，学前教育毛入园率达到99%。</p></body></html>",
        encoding="utf-8",
    )
    assert "学前教育毛入园率达到99%" in document_text(read_document(page))


def test_a_doc_or_wps_that_is_plain_text_is_read_and_one_of_no_text_is_told_so(
    tmp_path: Path,
) -> None:
    """A site's `.doc` or `.wps` that holds plain text (UTF-8 or GBK) is read as the text it
    is, as a .docx or a web page so named is; one of bytes that are no text says so."""
    for name, encoding in (("plan.doc", "utf-8"), ("plan.wps", "gbk")):
        path = tmp_path / name
        path.write_text("到2025年，学前教育毛入园率达到99%。", encoding=encoding)
        assert document_text(read_document(path)) == "到2025年，学前教育毛入园率达到99%。"
    junk = tmp_path / "junk.doc"
    junk.write_bytes(bytes(range(256)) * 8)
    assert "not a text document" in _message(junk)
