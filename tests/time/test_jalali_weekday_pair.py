"""A weekday with a Solar Hijri day and month and no year ("روز سه‌شنبه ۲۰ آبان", Tuesday 20
Aban) fixes the year as a Gregorian weekday pair does: Persian agencies date events so."""

from datetime import date

from wirewatch.time import publication_date

TODAY = date(2026, 11, 26)


def test_a_jalali_weekday_pair_fixes_the_publication_week():
    text = "عراقچی روز سه‌شنبه ۲۰ آبان در گفت‌وگوی تلفنی با همتای خود درباره پرونده هسته‌ای تبادل نظر کرد."
    pub = publication_date(text, "fa", None, [], TODAY)
    assert pub.earliest == date(2025, 11, 11)  # 20 Aban 1404 was a Tuesday; 1405's a Wednesday
    assert pub.latest <= date(2025, 11, 18)


def test_a_jalali_pair_on_the_wrong_weekday_for_this_year_goes_back():
    text = "سخنگوی وزارت خارجه روز چهارشنبه ۲۰ آبان در نشست خبری هفتگی سخن گفت."
    assert publication_date(text, "fa", None, [], TODAY).earliest == date(2026, 11, 11)
