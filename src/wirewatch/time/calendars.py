"""Solar Hijri (Persian) calendar conversion, for dates such as "۲۲ آبان ۱۴۰۱"."""

from __future__ import annotations

from datetime import date, timedelta

_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192,
           2262, 2324, 2394, 2456, 3178)


def _march_day(jy: int) -> tuple[int, int]:
    """(Gregorian year, day of March) on which Solar Hijri year `jy` begins (jalaali algorithm)."""
    gy = jy + 621
    leap_j = -14
    jp = _BREAKS[0]
    jump = 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += (jump // 33) * 8 + (jump % 33) // 4
        jp = jm
    n = jy - jp
    leap_j += (n // 33) * 8 + ((n % 33) + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gy // 4 - ((gy // 100 + 1) * 3) // 4 - 150
    return gy, 20 + leap_j - leap_g


def jalali_to_gregorian(jy: int, jm: int, jd: int) -> date:
    gy, march = _march_day(jy)
    offset = (jm - 1) * 31 if jm <= 7 else 6 * 31 + (jm - 7) * 30
    return date(gy, 3, march) + timedelta(days=offset + jd - 1)


def gregorian_to_jalali(d: date) -> tuple[int, int, int]:
    jy = d.year - 621
    gy, march = _march_day(jy)
    start = date(gy, 3, march)
    if d < start:
        jy -= 1
        gy, march = _march_day(jy)
        start = date(gy, 3, march)
    k = (d - start).days
    if k < 186:
        return jy, k // 31 + 1, k % 31 + 1
    k -= 186
    return jy, k // 30 + 7, k % 30 + 1
