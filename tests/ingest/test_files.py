"""Every input is stored or rejected with a reason; nothing is dropped silently."""

from wirewatch.ingest.files import read_sources
from wirewatch.models import RawDocument, Rejection


def outcomes(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_sources([str(path)]))


def test_plain_text_is_read(tmp_path):
    [doc] = outcomes(tmp_path, "a.txt", "Putin met Erdoğan in Sochi.".encode())
    assert isinstance(doc, RawDocument) and "Erdoğan" in doc.text


def test_empty_binary_and_undecodable_inputs_are_rejected_with_reasons(tmp_path):
    [empty] = outcomes(tmp_path, "empty.txt", b"  \n")
    [binary] = outcomes(tmp_path, "x.txt", b"\x00\x01\x02PNG" * 20)
    [broken] = outcomes(tmp_path, "bad.txt", b"caf\xe9 au lait " * 5)
    assert (empty.reason, binary.reason.split()[0]) == ("empty", "binary")
    assert isinstance(broken, Rejection) and broken.reason.startswith("undecodable")


def test_bom_is_stripped(tmp_path):
    [doc] = outcomes(tmp_path, "bom.txt", "\ufeffΗ Μόσχα απάντησε.".encode("utf-8"))
    assert doc.text.startswith("Η Μόσχα")


def test_jsonl_lines_are_documents_and_broken_lines_rejections(tmp_path):
    data = (b'{"text": "Rusia dan Iran sepakat.", "lang": "id", "published": "2024-01-02"}\n'
            b'{broken\n{"title": "no text"}\n')
    good, broken, no_text = outcomes(tmp_path, "feed.jsonl", data)
    assert good.lang == "id" and good.published.isoformat() == "2024-01-02"
    assert broken.reason.startswith("invalid JSON line") and broken.source.endswith("#L2")
    assert "text" in no_text.reason


def test_html_main_text_title_and_date(tmp_path):
    html = """<html><head><title>Talks in Ankara</title>
    <meta property="article:published_time" content="2025-03-04T10:00:00Z"></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Talks in Ankara</h1><p>The Turkish foreign minister received his Greek
    counterpart in Ankara on Tuesday for talks on maritime borders and migration.</p>
    <p>Both sides agreed to meet again in Athens next month.</p></article>
    <footer>All rights reserved</footer></body></html>"""
    [doc] = outcomes(tmp_path, "a.html", html.encode())
    assert doc.title == "Talks in Ankara"
    assert doc.published.isoformat() == "2025-03-04"
    assert "maritime borders" in doc.text and "Home" not in doc.text


def test_html_without_text_is_rejected(tmp_path):
    [rej] = outcomes(tmp_path, "x.html", b"<html><body><nav>Home</nav></body></html>")
    assert rej.reason == "no main text in HTML"


def test_folders_are_read_recursively(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text("Moscow and Tehran spoke.")
    (tmp_path / "top.txt").write_text("Paris and Berlin agreed.")
    assert len(list(read_sources([str(tmp_path)]))) == 2
