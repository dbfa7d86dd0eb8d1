"""Chinese pack: names matched by character, status cues, and an own article through the pipeline."""

from datetime import date

import pytest

from wirewatch.lang.check import code_example, outline
from wirewatch.models import RawDocument
from wirewatch.pipeline import process
from wirewatch.text.language import detect_language


def coded(sentence):
    return outline(sentence, "zh", mode=True)


def test_person_names_and_roles_in_han_script():
    events = code_example("中国国家主席习近平在北京会见了俄罗斯总统普京。", "zh")
    assert [(e.type, e.source.id, e.target.id) for e in events] == [
        ("CONSULT", "PER:xi-jinping", "PER:vladimir-putin")]


@pytest.mark.parametrize("sentence", [
    "全球治理需要多个国家共同参与。",   # 治理 ~ 智利 (Chile), 多个 ~ 多哥 (Togo) in pinyin
    "双方不但交换了礼物，还共进晚餐。",  # 不但 ~ 不丹 (Bhutan)
])
def test_homophones_of_country_names_are_not_actors(sentence):
    assert coded(sentence) == set()


def test_preposed_target_with_dui_and_xiang():
    assert ("SANCTION", "USA", "RUS", "asserted", "economic") in coded("美国宣布对俄罗斯实施新一轮制裁。")
    assert ("AID", "DEU", "UKR", "asserted", "military") in coded("德国向乌克兰交付了一批新武器。")


@pytest.mark.parametrize(("sentence", "status"), [
    ("伊朗总统计划于明年访问中国。", "planned"),
    ("土耳其并未谴责以色列。", "negated"),
    ("据报道，俄罗斯向伊朗交付了战斗机。", "claimed"),
    ("俄方否认袭击了乌克兰平民。", "denied"),
    ("中国和俄罗斯未来将继续加强军事合作。", "planned"),  # 未来 "future" is no negation
])
def test_status_cues(sentence, status):
    """The status of the act; a denial is a REJECT of its own beside the act it denies."""
    assert {s for t, _, _, s, _ in coded(sentence) if t != "REJECT"} == {status}


def test_coordinated_sources_each_accuse_the_target():
    assert {(s, t) for typ, s, t, _, _ in coded("英国和法国谴责俄罗斯。") if typ == "ACCUSE"} == {
        ("GBR", "RUS"), ("FRA", "RUS")}


ARTICLE = (
    "新华社北京6月12日电 国家主席习近平12日在人民大会堂同来访的伊朗总统莱希举行会谈。"
    "两国元首同意深化经贸合作，并签署了多项合作文件。"
    "美国财政部同日宣布对伊朗实施新一轮制裁。中方对此表示强烈不满。"
    "另据报道，伊朗已向俄罗斯交付导弹。"
)


def test_article_through_the_pipeline():
    doc = process(RawDocument("zh-article", ARTICLE, published=date(2024, 6, 12)))
    assert doc.lang == "zh"
    found = {(e.type, e.source.country, e.target.country if e.target else None, e.status)
             for e in doc.events}
    assert ("CONSULT", "CHN", "IRN", "asserted") in found
    assert ("SANCTION", "USA", "IRN", "asserted") in found
    assert ("AID", "IRN", "RUS", "claimed") in found
    assert not any(e.source.country == e.target.country for e in doc.events if e.target)
    consult = next(e for e in doc.events if e.type == "CONSULT")
    assert consult.source.id == "PER:xi-jinping" and consult.target.id == "PER:ebrahim-raisi"
    assert consult.date == "2024-06-12"
    assert ARTICLE[consult.start:consult.end] == consult.evidence


@pytest.mark.parametrize("text", [
    "俄罗斯总统普京与伊朗总统莱希通电话，双方讨论了地区局势。",
    "中方强烈谴责美国的挑衅行为，敦促美方立即停止。",
])
def test_language_id_is_zh(text):
    assert detect_language(text) == "zh"


def coded_with_mode(sentence):
    return {(e.type, e.source.country, e.target.country if e.target else None, e.mode)
            for e in code_example(sentence, "zh")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("乌克兰遭到俄罗斯导弹袭击。", ("ASSAULT", "RUS", "UKR")),
    ("以色列遭到伊朗无人机袭击。", ("ASSAULT", "IRN", "ISR")),
    ("叙利亚受到土耳其炮击。", ("ASSAULT", "TUR", "SYR")),
    ("伊朗被美国制裁。", ("SANCTION", "USA", "IRN")),
    ("日本被中国谴责。", ("ACCUSE", "CHN", "JPN")),
    ("美国记者在伊朗被逮捕。", ("COERCE", "IRN", "USA")),      # the place arrests
    ("一名美国记者在伊朗被捕。", ("COERCE", "IRN", "USA")),    # the marker inside the trigger
])
def test_passive_agent_is_the_source(sentence, expected):
    found = {(t, s, g) for t, s, g, _ in coded_with_mode(sentence)}
    assert expected in found
    assert (expected[0], expected[2], expected[1]) not in found


def test_passive_without_agent_names_no_source():
    assert coded("乌克兰遭到袭击。") == set()


@pytest.mark.parametrize(("sentence", "mode"), [
    ("俄罗斯用无人机袭击了乌克兰。", "drone"),
    ("俄罗斯用巡航导弹攻击了乌克兰。", "missile"),
    ("俄罗斯动用战机袭击了叙利亚。", "airstrike"),
    ("土耳其使用火炮攻击了叙利亚。", "shelling"),
])
def test_instrument_gives_the_mode(sentence, mode):
    assert {m for t, *_, m in coded_with_mode(sentence) if t == "ASSAULT"} == {mode}


@pytest.mark.parametrize(("sentence", "expected"), [
    # 将 before a noun marks the object, not the future
    ("美国财政部将五家俄罗斯公司列入制裁名单。", ("SANCTION", "USA", "RUS", "asserted", "economic")),
    ("德国总理将于下周访问印度。", ("CONSULT", "DEU", "IND", "planned", "visit")),
    # "据X报道，" opens an account; the subject after the comma is no teller
    ("据路透社报道，伊朗向俄罗斯运送了弹药。", ("AID", "IRN", "RUS", "claimed", "military")),
    # 以涉嫌...逮捕: the charge of an arrest, not a hedge on it
    ("伊朗警方以涉嫌间谍罪拘留了一名法国公民。", ("COERCE", "IRN", "FRA", "asserted", "arrest")),
])
def test_held_out_wording(sentence, expected):
    assert coded(sentence) == {expected}


def test_trade_figures_are_no_cooperation():
    assert coded("中国和巴西的贸易额去年增长了百分之六。") == set()


def test_the_topic_of_a_call_is_no_party():
    assert coded("中国外长同法国外长通电话，双方就伊朗核问题交换意见。") == {
        ("CONSULT", "CHN", "FRA", "asserted", "phone")}


def test_a_clause_of_during_keeps_the_subject_for_the_main_clause():
    assert coded("土耳其外长在访问埃及期间，强烈谴责以色列。") == {
        ("CONSULT", "TUR", "EGY", "asserted", "visit"), ("ACCUSE", "TUR", "ISR", "asserted", None)}


@pytest.mark.parametrize("sentence, expected", [
    # 加沙 is Gaza, not the abbreviations of Canada and Saudi Arabia
    ("埃及向加沙地带运送了人道主义物资。", ("AID", "EGY", "PSE", "asserted", "humanitarian")),
    ("柬方释放了两名越南渔民。", ("RETREAT", "KHM", "VNM", "asserted", "release")),
])
def test_gaza_and_the_cambodian_side(sentence, expected):
    assert coded(sentence) == {expected}


def test_jiangyu_plans_a_visit_after_a_date_range():
    assert coded("越南总理将于6月3日至5日对中国进行正式访问。") == {
        ("CONSULT", "VNM", "CHN", "planned", "visit")}
