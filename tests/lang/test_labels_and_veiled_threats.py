"""Wordings news agencies use for criticism and threats that name no verb of accusing or
threatening (PLOVER manual, ACCUSE "disapprove" and THREATEN; own sentences):
labelling another's act with a word of blame is an ACCUSE of its author, a promise that an
act "will not go unanswered" or a reserved right to respond is a THREATEN to the party whose
act it answers, a deadline or an "otherwise" is a THREATEN, and a protest note handed to an
envoy is an ACCUSE of the envoy's country."""

import pytest

from wirewatch.lang.check import code_example


def dyads(sentence, lang, etype):
    return {(e.source.country, e.target and e.target.country) for e in code_example(sentence, lang)
            if e.type == etype}


@pytest.mark.parametrize("sentence, lang, pair", [
    ("Moscow called the Norwegian sanctions hostile.", "en", ("RUS", "NOR")),
    ("Beijing described the Australian patrols as a provocation.", "en", ("CHN", "AUS")),
    ("Минск назвал учения Литвы провокацией.", "ru", ("BLR", "LTU")),
    ("Москва назвала заявление Эстонии истерикой.", "ru", ("RUS", "EST")),
    ("Київ назвав рішення Словаччини провокацією.", "uk", ("UKR", "SVK")),
    ("Moskwa nazwała decyzję Finlandii wrogim krokiem.", "pl", ("RUS", "FIN")),
    ("Serbien bezeichnete die Erklärung des Kosovo als Provokation.", "de", ("SRB", "XKX")),
    ("Le Mali a qualifié de chantage la décision de l'Algérie.", "fr", ("MLI", "DZA")),
    ("Argelia calificó de provocación la decisión de Marruecos.", "es", ("DZA", "MAR")),
    ("La Serbia ha definito provocatoria la richiesta del Kosovo.", "it", ("SRB", "XKX")),
    ("A Rússia classificou como provocação a decisão da Moldávia.", "pt", ("RUS", "MDA")),
    ("Rusia a calificat exercițiul Poloniei drept provocare.", "ro", ("RUS", "POL")),
    ("Η Κύπρος χαρακτήρισε πρόκληση την ενέργεια της Τουρκίας.", "el", ("CYP", "TUR")),
    ("Azerbaycan, Ermenistan'ın açıklamasını provokasyon olarak nitelendirdi.", "tr", ("AZE", "ARM")),
    ("وصفت مصر الخطوة الإثيوبية بأنها استفزاز.", "ar", ("EGY", "ETH")),
    ("ایران اقدام انگلیس را تحریک‌آمیز خواند.", "fa", ("IRN", "GBR")),
    ("中国称菲律宾此举为挑衅。", "zh", ("CHN", "PHL")),
    ("Kamboja menyebut keputusan Thailand sebagai provokasi.", "id", ("KHM", "THA")),
])
def test_labelling_an_act_with_blame_accuses_its_author(sentence, lang, pair):
    assert pair in dyads(sentence, lang, "ACCUSE")


@pytest.mark.parametrize("sentence, lang, pair", [
    ("Israel said the Iranian missile attack would not go unanswered.", "en", ("ISR", "IRN")),
    ("Пакистан заявил, что удар Индии не останется без ответа.", "ru", ("PAK", "IND")),
    ("Литва заявила, что провокации Белоруссии не останутся без ответа.", "ru", ("LTU", "BLR")),
    ("Україна заявила, що напад Росії не залишиться без відповіді.", "uk", ("UKR", "RUS")),
    ("Litwa oświadczyła, że prowokacja Białorusi nie pozostanie bez odpowiedzi.", "pl", ("LTU", "BLR")),
    ("Indien erklärte, dass der Angriff Pakistans nicht unbeantwortet bleiben werde.", "de",
     ("IND", "PAK")),
    ("Le Niger a déclaré que l'attaque du Bénin ne restera pas sans réponse.", "fr", ("NER", "BEN")),
    ("Venezuela afirmó que la provocación de Guyana no quedará sin respuesta.", "es", ("VEN", "GUY")),
    ("Il Libano ha dichiarato che l'attacco di Israele non resterà senza risposta.", "it",
     ("LBN", "ISR")),
    ("A Venezuela declarou que a provocação da Guiana não ficará sem resposta.", "pt",
     ("VEN", "GUY")),
    ("Moldova a declarat că provocarea Rusiei nu va rămâne fără răspuns.", "ro", ("MDA", "RUS")),
    ("Η Ελλάδα δήλωσε ότι η πρόκληση της Τουρκίας δεν θα μείνει αναπάντητη.", "el", ("GRC", "TUR")),
    ("Türkiye, Suriye'nin saldırısının karşılıksız kalmayacağını açıkladı.", "tr", ("TUR", "SYR")),
    ("قال لبنان إن العدوان الإسرائيلي لن يمر دون رد.", "ar", ("LBN", "ISR")),
    ("ایران اعلام کرد اقدام آمریکا بی‌پاسخ نخواهد ماند.", "fa", ("IRN", "USA")),
    ("Lithuania reserves the right to respond to the Belarusian provocations.", "en", ("LTU", "BLR")),
    ("Россия оставляет за собой право ответить на действия Норвегии.", "ru", ("RUS", "NOR")),
    ("L'Algérie se réserve le droit de répondre à la décision du Maroc.", "fr", ("DZA", "MAR")),
    ("中国对日本的挑衅必将予以回击。", "zh", ("CHN", "JPN")),
])
def test_a_promised_answer_threatens_the_party_answered(sentence, lang, pair):
    assert pair in dyads(sentence, lang, "THREATEN")


@pytest.mark.parametrize("sentence, lang, pair", [
    ("Serbia gave Kosovo until Monday to lift the ban.", "en", ("SRB", "XKX")),
    ("В противном случае Белоруссия закроет границу с Литвой.", "ru", ("BLR", "LTU")),
    ("W przeciwnym razie Polska zamknie granicę z Białorusią.", "pl", ("POL", "BLR")),
    ("Russland setzte Georgien eine Frist bis Montag.", "de", ("RUS", "GEO")),
])
def test_a_deadline_or_an_otherwise_is_a_threat(sentence, lang, pair):
    assert pair in dyads(sentence, lang, "THREATEN")


@pytest.mark.parametrize("sentence, lang, pair", [
    ("Latvia handed a protest note to the Russian ambassador.", "en", ("LVA", "RUS")),
    ("МИД Литвы вручил послу Белоруссии ноту протеста.", "ru", ("LTU", "BLR")),
    ("Litwa wręczyła ambasadorowi Białorusi notę protestacyjną.", "pl", ("LTU", "BLR")),
    ("Rumänien übergab dem russischen Botschafter eine Protestnote.", "de", ("ROU", "RUS")),
    ("La France a remis une note de protestation à l'ambassadeur d'Iran.", "fr", ("FRA", "IRN")),
    ("Türkiye, Yunanistan'ın Ankara Büyükelçisine protesto notası verdi.", "tr", ("TUR", "GRC")),
    ("中国向菲律宾递交抗议照会。", "zh", ("CHN", "PHL")),
])
def test_a_protest_note_handed_over_accuses_the_envoys_country(sentence, lang, pair):
    assert pair in dyads(sentence, lang, "ACCUSE")


@pytest.mark.parametrize("sentence, lang", [
    ("Ambasadorowi Białorusi wręczono notę protestacyjną.", "pl"),
    ("Belarus'un Ankara Büyükelçisine protesto notası verildi.", "tr"),
])
def test_a_note_handed_by_no_one_names_no_accuser(sentence, lang):
    """The receiver of an impersonal "wręczono" / "verildi" is no source of its own protest."""
    assert all(src != tgt and src not in ("BLR",) for src, tgt in dyads(sentence, lang, "ACCUSE"))


@pytest.mark.parametrize("sentence, lang", [
    ("Russia rejected the Polish accusations, calling them absurd.", "en"),
    ("Rusia negó las acusaciones de Polonia, que calificó de absurdas.", "es"),
])
def test_rejected_claims_called_absurd_stay_a_rejection(sentence, lang):
    """"Absurd" is what a party calls the claims it rejects: the rejection is the event."""
    events = code_example(sentence, lang)
    assert any(e.type == "REJECT" for e in events) and not any(e.type == "ACCUSE" for e in events)


def test_an_answer_to_a_request_is_no_threat():
    assert not dyads("The United States will respond to the Chinese request next week.", "en",
                     "THREATEN")
