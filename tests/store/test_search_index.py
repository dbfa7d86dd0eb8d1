"""The trigram index holds only texts in scripts written without spaces (store/search_index.py)."""

from __future__ import annotations

from datetime import date

from wirewatch.analysis.search import search
from wirewatch.models import RawDocument
from wirewatch.pipeline import process
from wirewatch.store import Store

TEXTS = [("zh", "中国和俄罗斯周一在北京举行了贸易会谈。"),
         ("en", "China and Russia held trade talks in Beijing on Monday."),
         ("ja", "日本と韓国は火曜日に東京で会談した。")]


def test_spaceless_texts_alone_go_to_the_trigram_index_and_are_found(tmp_path):
    store = Store(str(tmp_path / "s.db"))
    docs = [process(RawDocument(f"s{i}", text, lang=lang, published=date(2024, 6, 10)))
            for i, (lang, text) in enumerate(TEXTS)]
    store.write_batch(docs, [])
    indexed = {r["doc_id"] for r in store.execute_sql("SELECT doc_id FROM documents_trigram")}
    assert indexed == {docs[0].id, docs[2].id}
    assert [h["doc_id"] for h in search(store, "北京举行")] == [docs[0].id]
    assert [h["doc_id"] for h in search(store, "東京で会談")] == [docs[2].id]
    assert [h["doc_id"] for h in search(store, "Beijing")] == [docs[1].id]
    store.close()
