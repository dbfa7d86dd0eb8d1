"""Geoparse 1 MB of mixed-language text and time the gazetteer load; prints both figures.

    .venv/bin/python benchmarks/geoparse.py [--mb 1.0]

The text is own sentences in the pack languages, repeated to the size asked, parsed per
language block (as the pipeline parses a document). The load time is measured in a fresh
interpreter, so it includes reading and parsing the file, not a warm cache.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

from wirewatch.geo.recognize import find_places
from wirewatch.text.tokens import tokens_of

SENTENCES = {
    "en": "The ministers met in Anchorage on Friday after the envoy visited Tehran and Kyiv.",
    "el": "Ο υπουργός συναντήθηκε στην Αθήνα με τον ομόλογό του από τη Μόσχα και την Τεχεράνη.",
    "ru": "Переговоры прошли в Тегеране, а делегация затем прилетела в Пекин из Москвы.",
    "uk": "Міністри зустрілися у Києві, а потім делегація вирушила до Варшави.",
    "pl": "Ministrowie spotkali się w Warszawie, a delegacja poleciała do Pekinu.",
    "ro": "Ministrul s-a întâlnit la Teheran cu liderul de la Kremlin, apoi a plecat la Paris.",
    "id": "Menteri itu bertemu rekannya di Teheran setelah mengunjungi Beijing pekan lalu.",
    "fr": "Le président a reçu son homologue à Pékin avant une visite à l'Élysée.",
    "it": "I ministri si sono incontrati a Roma prima del vertice di Bruxelles.",
    "pt": "Os ministros reuniram-se em Lisboa antes da cimeira em Madrid.",
    "es": "Los cancilleres se reunieron en Madrid y luego viajaron a Bogotá.",
    "de": "Die Außenminister trafen sich in Wien, der Kanzler empfing den Gast im Kreml.",
    "tr": "Bakanlar Tahran'da bir araya geldi, heyet daha sonra Moskova'ya gitti.",
    "ar": "اجتمع الوزيران في القاهرة ثم توجه الوفد إلى طهران.",
    "fa": "وزیران در تهران دیدار کردند و هیئت سپس به مسکو رفت.",
    "zh": "两国领导人在北京举行会谈，随后访问莫斯科。",
}


def corpus(megabytes: float) -> list[tuple[str, str]]:
    """(lang, text) blocks of about 4 kB, cycling through the languages up to the size asked."""
    target = int(megabytes * 1_000_000)
    blocks, size, n = [], 0, 0
    langs = sorted(SENTENCES)
    while size < target:
        lang = langs[n % len(langs)]
        sentence = SENTENCES[lang]
        text = " ".join([sentence] * max(1, 4000 // len(sentence.encode("utf-8"))))
        blocks.append((lang, text))
        size += len(text.encode("utf-8"))
        n += 1
    return blocks


def load_seconds() -> float:
    code = ("import time; t = time.perf_counter(); "
            "from wirewatch.geo.gazetteer import load_gazetteer; load_gazetteer(); "
            "print(time.perf_counter() - t)")
    return float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                                text=True).stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0)
    args = parser.parse_args()
    print(f"gazetteer load (fresh interpreter): {load_seconds():.3f} s")
    blocks = corpus(args.mb)
    size = sum(len(t.encode("utf-8")) for _, t in blocks)
    for lang, sentence in SENTENCES.items():  # load the gazetteer and packs outside the timing
        find_places(sentence, lang)
    start = time.perf_counter()
    tokens = [tokens_of(text) for _, text in blocks]
    tokenized = time.perf_counter()
    found = sum(len(find_places(text, lang, tok)) for (lang, text), tok in zip(blocks, tokens))
    end = time.perf_counter()
    print(f"{size / 1e6:.2f} MB, {len(blocks)} blocks in {len(SENTENCES)} languages: "
          f"{found} place names")
    print(f"tokenize {tokenized - start:.3f} s + geoparse {end - tokenized:.3f} s "
          f"= {end - start:.3f} s ({size / 1e6 / (end - start):.2f} MB/s)")


if __name__ == "__main__":
    main()
