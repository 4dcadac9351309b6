from pathlib import Path

import pytest

from graph.documents import document_from_bytes, html_to_text, read_document, read_documents
from graph.errors import (
    BinaryDocumentError,
    DocumentNotFoundError,
    EmptyDocumentError,
    EncodingError,
)


def test_reads_text_and_names_the_document_by_file(tmp_path: Path):
    path = tmp_path / "deal.txt"
    path.write_text("Nvidia will invest $5 billion in Intel.\r\nMore text.", encoding="utf-8")
    document = read_document(path)
    assert document.name == "deal.txt"
    assert document.text == "Nvidia will invest $5 billion in Intel.\nMore text."


@pytest.mark.parametrize("data,error,message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryDocumentError, "binary file"),
    ("Caf\u00e9 deal".encode("latin-1"), EncodingError, "not UTF-8"),
    (b"   \n\t ", EmptyDocumentError, "is empty"),
])
def test_bad_bytes_get_one_clear_error_naming_the_file(data, error, message):
    with pytest.raises(error, match=message) as caught:
        document_from_bytes("bad.txt", data, label="in/bad.txt")
    assert str(caught.value).startswith("in/bad.txt: ")


def test_html_becomes_its_readable_text():
    html = "<html><head><style>p{}</style></head><body><nav>Menu</nav><h1>Deal</h1>" \
           "<p>Oracle signed a <b>$30 billion</b> contract.</p><script>x()</script></body></html>"
    assert html_to_text(html) == "Deal\nOracle signed a\n$30 billion\ncontract."
    assert document_from_bytes("page.html", html.encode()).text.startswith("Deal\nOracle")


def test_read_documents_keeps_going_past_bad_files(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Microsoft invested $10 billion in OpenAI.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02")
    results = list(read_documents([tmp_path, tmp_path / "missing.txt"]))
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["Document", "BinaryDocumentError", "DocumentNotFoundError"]
    assert "missing.txt: no such file or directory" in str(results[2])


def test_a_directory_without_text_is_an_error(tmp_path: Path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    [result] = list(read_documents([tmp_path]))
    assert isinstance(result, DocumentNotFoundError)
    assert "holds no text files" in str(result)
