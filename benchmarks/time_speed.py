"""Speed of detection + resolution on one core (CPU time): python benchmarks/time_speed.py"""

import time
from datetime import date

from wirewatch.models import PublishedDate
from wirewatch.time import find_dates, resolve_event_date

SENTENCES = {
    "en": ["Russian President Vladimir Putin spoke by phone with his Iranian counterpart on Saturday, the Kremlin said.",
           "The two leaders discussed cooperation in the political, economic and trade spheres.",
           "In early November, Iran admitted supplying drones, but said the deliveries took place before the war.",
           "This week, the secretary of the Security Council visited Tehran, where he met senior officials."],
    "el": ["Τη Δευτέρα (2/12) ο πρόεδρος Πούτιν και ο Ιρανός ομόλογός του συζήτησαν για την κατάσταση στη Συρία.",
           "Η Μόσχα υπέγραψε μια παρόμοια αμυντική συνθήκη με τη Βόρεια Κορέα τον Ιούνιο.",
           "Ο Πεσκόφ τόνισε ότι δεν είναι σαφές αν η επίσκεψη θα πραγματοποιηθεί αυτό τον χρόνο.",
           "Οι στρατιωτικοί δεσμοί της Μόσχας με την Τεχεράνη αποτελούν πηγή ανησυχίας για τη Δύση."],
    "ro": ["Preşedintele Rusiei a vorbit marţi la telefon cu omologul său iranian, după ce luni a discutat cu Trump.",
           "Aceasta este a doua conversaţie telefonică dintre cei doi lideri în ultimele cinci zile.",
           "Moscova a menţionat de mai multe ori săptămâna trecută necesitatea încetării ostilităţilor."],
    "zh": ["俄罗斯总统普京12日与伊朗总统莱希通电话，双方讨论了双边关系。", "2022年11月12日，两国签署了协议。"],
    "ar": ["أجرى الرئيس الروسي يوم السبت اتصالا هاتفيا مع نظيره الإيراني لبحث العلاقات الثنائية.",
           "وقع البلدان معاهدة في يونيو الماضي بعد محادثات استمرت عدة أشهر."],
}


def main() -> None:
    a = PublishedDate(date(2024, 12, 3), date(2024, 12, 3), date(2024, 12, 3), "stated")
    for lang, ss in SENTENCES.items():  # warm the caches (regex compilation)
        find_dates(ss[0], lang, a)
    n = 0
    t0 = time.process_time()
    rounds = 300
    for _ in range(rounds):
        for lang, ss in SENTENCES.items():
            for s in ss:
                exprs = find_dates(s, lang, a)
                resolve_event_date(exprs, 0, len(s), len(s) // 2, a, False, False)
                n += 1
    dt = time.process_time() - t0
    print(f"{n} sentences in {dt:.2f} s: {n / dt:,.0f} sentences/s")
    # all test sentences of the 16 languages (most of them hold a date)
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "time"))
    from time_lang_cases import CASES

    mixed = [(lang, s) for lang, kinds in CASES.items() for v in kinds.values()
             for s in (x if isinstance(x, str) else x[0] for x in v)]
    for lang, s in mixed:
        find_dates(s, lang, a)
    t0 = time.process_time()
    rounds = 30
    for _ in range(rounds):
        for lang, s in mixed:
            exprs = find_dates(s, lang, a)
            resolve_event_date(exprs, 0, len(s), len(s) // 2, a, False, False)
    dt = time.process_time() - t0
    n = rounds * len(mixed)
    print(f"{n} test sentences, 16 languages, in {dt:.2f} s: {n / dt:,.0f} sentences/s")
    doc = " ".join(s for ss in SENTENCES.values() for s in ss) * 5
    t0 = time.process_time()
    for _ in range(50):
        find_dates(doc, "en", a)
    dt = (time.process_time() - t0) / 50
    print(f"one {len(doc)}-char document: {dt * 1000:.2f} ms")


if __name__ == "__main__":
    main()
