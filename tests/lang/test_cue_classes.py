"""Cue classes every pack needs (PLOVER manual), on own sentences in several languages:
thanks are SUPPORT by the thanker even when the act thanked for has a stronger trigger; a
prisoner exchange is RETREAT mode release; a cancelled or declined meeting is REJECT mode
meet; readiness to act announces the act (status planned)."""

import pytest

from wirewatch.lang.check import code_example


def has(sentence, lang, etype, source, target, mode=None, status=None):
    """True when one coded event has this type, dyad and, when given, mode and status."""
    return any(e.type == etype and e.source.country == source
               and (e.target.country if e.target else None) == target
               and (mode is None or e.mode == mode) and (status is None or e.status == status)
               for e in code_example(sentence, lang))


@pytest.mark.parametrize("sentence, lang", [
    ("Pakistan expressed gratitude to China for its economic assistance.", "en"),
    ("Pakistán expresó su gratitud a China por su ayuda económica.", "es"),
    ("Zelensky agradeceu à Alemanha pelos sistemas de defesa aérea.", "pt"),
    ("Il Pakistan ha espresso gratitudine alla Cina per l'aiuto economico.", "it"),
    ("Le Pakistan a exprimé sa gratitude à la Chine pour son aide économique.", "fr"),
    ("Пакистан выразил благодарность Китаю за экономическую помощь.", "ru"),
    ("Pakistan wyraził wdzięczność Chinom za pomoc gospodarczą.", "pl"),
    ("Pakistan menyampaikan terima kasih kepada China atas bantuan ekonomi.", "id"),
    ("巴基斯坦对中国的经济援助表示感谢。", "zh"),
    ("پاکستان از چین برای کمک‌های اقتصادی قدردانی کرد.", "fa"),
    ("Pakistan, ekonomik yardımı için Çin'e şükranlarını sundu.", "tr"),
])
def test_thanks_for_aid_are_support_by_the_thanker(sentence, lang):
    events = code_example(sentence, lang)
    src = {e.source.country for e in events if e.type == "SUPPORT"}
    assert src & {"PAK", "UKR"}
    assert not any(e.type == "AID" for e in events)


@pytest.mark.parametrize("sentence, lang", [
    ("Россия и Украина в субботу обменялись военнопленными.", "ru"),
    ("Росія та Україна в суботу обмінялися військовополоненими.", "uk"),
    ("Rosja i Ukraina wymieniły się w sobotę jeńcami wojennymi.", "pl"),
    ("La Russie et l'Ukraine ont échangé des prisonniers de guerre samedi.", "fr"),
    ("Rusya ve Ukrayna cumartesi günü savaş esirlerini takas etti.", "tr"),
    ("تبادلت روسيا وأوكرانيا أسرى الحرب يوم السبت.", "ar"),
    ("روسیه و اوکراین روز شنبه اسرای جنگی را مبادله کردند.", "fa"),
    ("俄罗斯和乌克兰周六交换了战俘。", "zh"),
])
def test_a_prisoner_exchange_is_a_release(sentence, lang):
    assert has(sentence, lang, "RETREAT", "RUS", "UKR", mode="release") \
        or has(sentence, lang, "RETREAT", "UKR", "RUS", mode="release")


@pytest.mark.parametrize("sentence, lang, source, target", [
    ("Путин отменил визит в Турцию.", "ru", "RUS", "TUR"),
    ("Путін скасував візит до Туреччини.", "uk", "RUS", "TUR"),
    ("Putin odwołał wizytę w Turcji.", "pl", "RUS", "TUR"),
    ("Poutine a annulé sa visite en Turquie.", "fr", "RUS", "TUR"),
    ("Putin membatalkan kunjungannya ke Turki.", "id", "RUS", "TUR"),
    ("ألغى بوتين زيارته إلى تركيا.", "ar", "RUS", "TUR"),
    ("Erdogan will not attend the summit in Russia.", "en", "TUR", "RUS"),
    ("Erdogan wird nicht am Gipfel in Russland teilnehmen.", "de", "TUR", "RUS"),
    ("Erdogan tidak akan menghadiri KTT di Rusia.", "id", "TUR", "RUS"),
    ("China declined an invitation to visit Ukraine.", "en", "CHN", "UKR"),
    ("China lehnte eine Einladung in die Ukraine ab.", "de", "CHN", "UKR"),
    ("La Cina ha declinato l'invito a visitare l'Ucraina.", "it", "CHN", "UKR"),
    ("Китай отклонил приглашение посетить Украину.", "ru", "CHN", "UKR"),
])
def test_a_cancelled_or_declined_meeting_is_a_rejected_meeting(sentence, lang, source, target):
    assert has(sentence, lang, "REJECT", source, target, mode="meet")
    assert not any(e.type == "CONSULT" for e in code_example(sentence, lang))


@pytest.mark.parametrize("sentence, lang", [
    ("China está dispuesta a enviar ayuda humanitaria a Afganistán.", "es"),
    ("A China está pronta para enviar ajuda humanitária ao Afeganistão.", "pt"),
    ("La Cina è pronta a inviare aiuti umanitari all'Afghanistan.", "it"),
    ("La Chine est prête à envoyer de l'aide humanitaire en Afghanistan.", "fr"),
    ("Chiny są gotowe wysłać pomoc humanitarną do Afganistanu.", "pl"),
    ("Çin, Afganistan'a insani yardım göndermeye hazır.", "tr"),
    ("الصين مستعدة لإرسال مساعدات إنسانية إلى أفغانستان.", "ar"),
    ("چین آماده ارسال کمک‌های بشردوستانه به افغانستان است.", "fa"),
])
def test_readiness_to_act_announces_the_act(sentence, lang):
    assert has(sentence, lang, "AID", "CHN", "AFG", status="planned")
