"""Second pass over missed triggers, in all 16 packs (PLOVER manual; own sentences): signing a
formal document is SUPPORT "treaty" and outranks the cooperation it names ("signed a memorandum on
military cooperation"); "exchanged views" is CONSULT; reaffirmed support is SUPPORT; warships,
fighter jets or reinforcements sent to an area are MOBILIZE; readiness for dialogue, to resume
talks or to host them is AGREE ("indicate willingness ... to cooperate"); an invitation to visit is
AGREE (manual, CONSULT: "invitations for state visits should be coded as AGREE")."""

import pytest

from wirewatch.lang.check import code_example, matches

CASES = [
    ('en', 'Chile and Peru signed a roadmap for trade cooperation.', 'SUPPORT CHL PER mode=treaty'),
    ('ro', 'Chile și Peru au semnat o foaie de parcurs pentru cooperarea comercială.', 'SUPPORT CHL PER mode=treaty'),
    ('pt', 'O Quénia e a Etiópia rubricaram um protocolo sobre a demarcação da fronteira.', 'SUPPORT KEN ETH mode=treaty'),
    ('pl', 'Kenia i Etiopia parafowały protokół w sprawie demarkacji granicy.', 'SUPPORT KEN ETH mode=treaty'),
    ('en', 'Chile and Peru signed a memorandum on military cooperation.', 'SUPPORT CHL PER mode=treaty'),
    ('en', 'Chile and Peru signed an agreement on economic cooperation.', 'SUPPORT CHL PER mode=treaty'),
    ('de', 'Chile und Peru unterzeichneten eine Absichtserklärung über militärische Zusammenarbeit.', 'SUPPORT CHL PER mode=treaty'),
    ('es', 'Chile y Perú firmaron un memorando sobre cooperación militar.', 'SUPPORT CHL PER mode=treaty'),
    ('ro', 'Chile și Peru au semnat un memorandum privind cooperarea militară.', 'SUPPORT CHL PER mode=treaty'),
    ('ro', 'Chile și Peru au semnat o declarație comună privind cooperarea economică.', 'SUPPORT CHL PER mode=treaty'),
    ('ru', 'Чили и Перу подписали меморандум о военном сотрудничестве.', 'SUPPORT CHL PER mode=treaty'),
    ('tr', 'Şili ve Peru askeri işbirliği mutabakat zaptı imzaladı.', 'SUPPORT CHL PER mode=treaty'),
    ('ar', 'وقعت تشيلي وبيرو مذكرة تفاهم للتعاون العسكري.', 'SUPPORT CHL PER mode=treaty'),
    ('fa', 'شیلی و پرو تفاهم\u200cنامه همکاری نظامی امضا کردند.', 'SUPPORT CHL PER mode=treaty'),
    ('zh', '智利和秘鲁签署了军事合作谅解备忘录。', 'SUPPORT CHL PER mode=treaty'),
    ('en', 'The foreign ministers of Kenya and Ethiopia exchanged views on regional security.', 'CONSULT KEN ETH'),
    ('en', 'Greece sent two frigates to the area south of Crete.', 'MOBILIZE GRC -'),
    ('en', 'Kenya is ready for dialogue with Ethiopia.', 'AGREE KEN ETH'),
    ('en', 'Kenya invited the president of Ethiopia to visit Nairobi.', 'AGREE KEN ETH'),
    ('de', 'Kenia und Äthiopien tauschten Ansichten über die regionale Sicherheit aus.', 'CONSULT KEN ETH'),
    ('de', 'Kenia ist zum Dialog mit Äthiopien bereit.', 'AGREE KEN ETH'),
    ('fr', 'La Grèce a envoyé deux frégates dans la zone au sud de la Crète.', 'MOBILIZE GRC -'),
    ('fr', "Le Kenya est prêt au dialogue avec l'Éthiopie.", 'AGREE KEN ETH'),
    ('es', 'Kenia y Etiopía intercambiaron opiniones sobre la seguridad regional.', 'CONSULT KEN ETH'),
    ('es', 'Kenia está dispuesta a dialogar con Etiopía.', 'AGREE KEN ETH'),
    ('it', "Il Kenya e l'Etiopia si sono scambiati opinioni sulla sicurezza regionale.", 'CONSULT KEN ETH'),
    ('it', "Il Kenya ha ribadito il suo sostegno all'integrità territoriale dell'Etiopia.", 'SUPPORT KEN ETH'),
    ('it', "Il Kenya è pronto al dialogo con l'Etiopia.", 'AGREE KEN ETH'),
    ('it', "Il Kenya ha invitato il presidente dell'Etiopia a visitare Nairobi.", 'AGREE KEN ETH'),
    ('pt', 'O Quénia e a Etiópia trocaram impressões sobre a segurança regional.', 'CONSULT KEN ETH'),
    ('pt', 'O Quénia convidou o presidente da Etiópia a visitar Nairóbi.', 'AGREE KEN ETH'),
    ('ro', 'Kenya și Etiopia au făcut un schimb de opinii privind securitatea regională.', 'CONSULT KEN ETH'),
    ('ro', 'Grecia a trimis două fregate în zona de la sud de Creta.', 'MOBILIZE GRC -'),
    ('ro', 'Kenya este pregătită pentru dialog cu Etiopia.', 'AGREE KEN ETH'),
    ('pl', 'Kenia i Etiopia wymieniły poglądy na temat bezpieczeństwa regionalnego.', 'CONSULT KEN ETH'),
    ('pl', 'Grecja wysłała dwie fregaty w rejon na południe od Krety.', 'MOBILIZE GRC -'),
    ('pl', 'Kenia jest gotowa do dialogu z Etiopią.', 'AGREE KEN ETH'),
    ('ru', 'Кения подтвердила свою поддержку территориальной целостности Эфиопии.', 'SUPPORT KEN ETH'),
    ('ru', 'Греция направила два фрегата в район к югу от Крита.', 'MOBILIZE GRC -'),
    ('ru', 'Кения готова к диалогу с Эфиопией.', 'AGREE KEN ETH'),
    ('uk', 'Кенія підтвердила свою підтримку територіальної цілісності Ефіопії.', 'SUPPORT KEN ETH'),
    ('uk', 'Греція направила два фрегати в район на південь від Криту.', 'MOBILIZE GRC -'),
    ('uk', 'Кенія готова до діалогу з Ефіопією.', 'AGREE KEN ETH'),
    ('uk', 'Кенія запросила президента Ефіопії відвідати Найробі.', 'AGREE KEN ETH'),
    ('el', 'Η Κένυα και η Αιθιοπία αντάλλαξαν απόψεις για την περιφερειακή ασφάλεια.', 'CONSULT KEN ETH'),
    ('el', 'Η Ελλάδα έστειλε δύο φρεγάτες στην περιοχή νότια της Κρήτης.', 'MOBILIZE GRC -'),
    ('el', 'Η Κένυα είναι έτοιμη για διάλογο με την Αιθιοπία.', 'AGREE KEN ETH'),
    ('el', 'Η Κένυα κάλεσε τον πρόεδρο της Αιθιοπίας να επισκεφθεί το Ναϊρόμπι.', 'AGREE KEN ETH'),
    ('tr', 'Kenya ve Etiyopya bölgesel güvenlik konusunda görüş alışverişinde bulundu.', 'CONSULT KEN ETH'),
    ('tr', "Yunanistan Girit'in güneyindeki bölgeye iki fırkateyn gönderdi.", 'MOBILIZE GRC -'),
    ('tr', 'Kenya, Etiyopya ile diyaloğa hazır.', 'AGREE KEN ETH'),
    ('tr', "Kenya, Etiyopya Cumhurbaşkanını Nairobi'yi ziyaret etmeye davet etti.", 'AGREE KEN ETH'),
    ('id', 'Kenya dan Ethiopia bertukar pandangan tentang keamanan regional.', 'CONSULT KEN ETH'),
    ('id', 'Yunani mengirim dua fregat ke wilayah selatan Kreta.', 'MOBILIZE GRC -'),
    ('id', 'Kenya siap berdialog dengan Ethiopia.', 'AGREE KEN ETH'),
    ('ar', 'تبادل وزيرا خارجية كينيا وإثيوبيا وجهات النظر حول الأمن الإقليمي.', 'CONSULT KEN ETH'),
    ('ar', 'أرسلت اليونان فرقاطتين إلى المنطقة الواقعة جنوب كريت.', 'MOBILIZE GRC -'),
    ('ar', 'دعت كينيا الرئيس الإثيوبي إلى زيارة نيروبي.', 'AGREE KEN ETH'),
    ('fa', 'کنیا آماده گفت\u200cوگو با اتیوپی است.', 'AGREE KEN ETH'),
    ('fa', 'کنیا از رئیس\u200cجمهور اتیوپی برای سفر به نایروبی دعوت کرد.', 'AGREE KEN ETH'),
    ('zh', '肯尼亚和埃塞俄比亚就地区安全交换了意见。', 'CONSULT KEN ETH'),
    ('zh', '希腊向爱琴海派出两艘护卫舰。', 'MOBILIZE GRC -'),
    ('zh', '肯尼亚愿同埃塞俄比亚开展对话。', 'AGREE KEN ETH'),
    ('zh', '肯尼亚邀请埃塞俄比亚总统访问内罗毕。', 'AGREE KEN ETH'),
]


@pytest.mark.parametrize("lang,sentence,expected", CASES)
def test_second_pass_trigger_classes(lang, sentence, expected):
    events = code_example(sentence, lang)
    got = [(e.type, e.source.country, e.target and e.target.country, e.mode) for e in events]
    assert matches(expected, events), got


def test_pointing_out_is_no_signing():
    """"assinalou" (pointed out) opens with the letters of "assinou": only the verb's own forms sign."""
    events = code_example("O ministro do Quénia assinalou que o acordo com a Etiópia ainda está em negociação.", "pt")
    assert not [e for e in events if e.type == "SUPPORT"]
