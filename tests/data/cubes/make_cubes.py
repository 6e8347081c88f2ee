#!/usr/bin/env python3
"""Writes examples/tuyen-quang/statistics.yaml's series as a PX file (UTF-8 and windows-1258)
and as JSON-stat 1.0 (a bundle, as the PX-Web API v1 returns) and 2.0 (class dataset, sparse
value), following the formats' specifications (PX file format 2013, json-stat.org). The
indicator codes are the target set's ids, so that no --map is needed; the labels are the
statistics office's. The *-office files carry the office's codes and names only (and no roles
in JSON-stat): read with examples/maps/tuyen-quang-industry.yaml (tests/cubes/test_map.sh).

    python3 make_cubes.py       (in this folder)
"""
import json
import unicodedata

YEARS = ["2020", "2021", "2022", "2023", "2024"]
SERIES = [  # id, Vietnamese label, unit (as the YAML gives it), values
    ("industrial_output", "Giá trị sản xuất công nghiệp (giá so sánh 2010)", "billion VND, 2010 prices",
     ["12982.0", "15163.0", "17680", "20456.9", "23730"]),
    ("employment_total", "Lao động đang làm việc trong nền kinh tế", "workers",
     ["521300", "523900", "527600", "530800", "533900"]),
    ("employment_industry", "Lao động ngành công nghiệp", "workers", ["105600", "110900", "117300", "123800", "129600"]),
    ("employment_industry_trained", "Lao động qua đào tạo trong ngành công nghiệp", "workers",
     ["58100", "63200", "69800", "75500", "80400"]),
    ("grdp_total", "GRDP theo giá hiện hành", "billion VND, current prices", ["29560", "32950", "37100", "40600", "44800"]),
    ("grdp_industry", "Giá trị tăng thêm ngành công nghiệp theo giá hiện hành", "billion VND, current prices",
     ["5900", "6850", "8040", "9210", "10480"]),
    ("electricity_output", "Sản lượng điện sản xuất", "million kWh", ["2450", "2630", "3010", "2720", "3120"]),
    ("villages_total", "Số thôn, bản", "villages", ["1834", "1834", "1834", "1834", "1834"]),
    ("villages_on_grid", "Thôn, bản có điện lưới quốc gia", "villages", ["1781", "1797", "1809", "1818", "1826"]),
    ("online_procedures_pct", "Tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 3, 4", "%",
     ["31.5", "42.0", "48.3", "55.1", "61.7"]),
]


def quoted(items):
    return ",".join('"%s"' % item for item in items)


def px(codepage, office=False):
    """office: the statistics office's own codes (CN01...) and area name, no MAP: read with --map,
    which names the indicators and the area."""
    codes = ["CN%02d" % (i + 1) for i in range(len(SERIES))] if office else [code for code, _, _, _ in SERIES]
    area = "Tỉnh Tuyên Quang" if office else "Tuyên Quang"
    lines = [
        'CHARSET="ANSI";',
        'AXIS-VERSION="2013";',
        'CODEPAGE="%s";' % codepage,
        'LANGUAGE="vi";',
        'LANGUAGES="vi","en";',
        'CREATION-DATE="20250115 09:00";',
        'DECIMALS=1;',
        'MATRIX="CN01";',
        'SUBJECT-CODE="CN";',
        'SUBJECT-AREA="Công nghiệp";',
        'SUBJECT-AREA[en]="Industry";',
        'CONTENTS="Một số chỉ tiêu công nghiệp";',
        'CONTENTS[en]="Selected industry indicators";',
        'TITLE="Một số chỉ tiêu công nghiệp theo Chỉ tiêu, Tỉnh, thành phố và Năm";',
        'TITLE[en]="Selected industry indicators by indicator, province and year";',
        'UNITS="xem từng chỉ tiêu";',
        'UNITS[en]="see each indicator";',
        'CONTVARIABLE="Chỉ tiêu";',
        'CONTVARIABLE[en]="Indicator";',
        'STUB="Chỉ tiêu","Tỉnh, thành phố";',
        'STUB[en]="Indicator","Province";',
        'HEADING="Năm";',
        'HEADING[en]="Year";',
        # a long value split over two lines, as PX writers do past 256 characters
        'VALUES("Chỉ tiêu")=' + quoted(label for _, label, _, _ in SERIES[:5]) + ',\n' +
        quoted(label for _, label, _, _ in SERIES[5:]) + ';',
        'VALUES[en]("Indicator")=' + quoted(code for code, _, _, _ in SERIES) + ';',
        'VALUES("Tỉnh, thành phố")="%s";' % area,
        'VALUES[en]("Province")="Tuyen Quang";',
        'VALUES("Năm")=' + quoted(YEARS) + ';',
        'VALUES[en]("Year")=' + quoted(YEARS) + ';',
        'TIMEVAL("Năm")=TLIST(A1),' + quoted(YEARS) + ';',
        'CODES("Chỉ tiêu")=' + quoted(codes) + ';',
        'CODES("Tỉnh, thành phố")="08";',
    ]
    if not office:
        lines.append('MAP("Tỉnh, thành phố")="Vietnam_provinces";')
    for _, label, unit, _ in SERIES:
        lines.append('UNITS("%s")="%s";' % (label, "đơn vị của chỉ tiêu" if office else unit))
    lines.append('DATA=')
    for _, _, _, values in SERIES:
        lines.append(" ".join(values))
    lines[-1] += ";"
    return "\n".join(lines) + "\n"


def windows_1258(text):
    # windows-1258 has the vowels with their shape marks (â, ê, ô, ơ, ư, ă, đ) but writes the five
    # tones as combining marks after them: decompose, then put each base and shape mark together.
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base, marks = parts[0], list(parts[1:])
        for shape in ("\u0302", "\u0306", "\u031b"):  # circumflex, breve, horn
            if shape in marks:
                base = unicodedata.normalize("NFC", base + shape)
                marks.remove(shape)
        out += base.encode("cp1258") + "".join(marks).encode("cp1258")
    return bytes(out)


def category(codes, labels):
    return {"index": {code: i for i, code in enumerate(codes)}, "label": dict(zip(codes, labels))}


def dimensions():
    codes = [code for code, _, _, _ in SERIES]
    indicator = {"label": "Chỉ tiêu", "category": category(codes, [label for _, label, _, _ in SERIES])}
    indicator["category"]["unit"] = {code: {"label": unit, "decimals": 1} for code, _, unit, _ in SERIES}
    province = {"label": "Tỉnh, thành phố", "category": category(["08"], ["Tuyên Quang"])}
    year = {"label": "Năm", "category": category(YEARS, YEARS)}
    return {"ChiTieu": indicator, "Tinh": province, "Nam": year}


def values():
    return [float(v) if "." in v else int(v) for _, _, _, row in SERIES for v in row]


def json_stat_1():
    dataset = {"label": "Một số chỉ tiêu công nghiệp", "updated": "2025-01-15", "value": values()}
    dims = dimensions()
    dims["id"] = ["ChiTieu", "Tinh", "Nam"]
    dims["size"] = [len(SERIES), 1, len(YEARS)]
    dims["role"] = {"time": ["Nam"], "geo": ["Tinh"], "metric": ["ChiTieu"]}
    dataset["dimension"] = dims
    return {"dataset": dataset}


def json_stat_2():
    # sparse: the cells as an object of their numbers
    return {"version": "2.0", "class": "dataset", "label": "Một số chỉ tiêu công nghiệp",
            "id": ["ChiTieu", "Tinh", "Nam"], "size": [len(SERIES), 1, len(YEARS)],
            "role": {"time": ["Nam"], "geo": ["Tinh"], "metric": ["ChiTieu"]},
            "dimension": dimensions(), "value": {str(i): v for i, v in enumerate(values())}}


def json_stat_office():
    # No roles: which dimension is which comes from --map's labels (years, area names, indicators).
    dims = dimensions()
    dims["ChiTieu"]["category"] = category(["CN%02d" % (i + 1) for i in range(len(SERIES))],
                                           [label for _, label, _, _ in SERIES])
    dims["Tinh"]["category"] = category(["08"], ["TUYÊN QUANG"])
    return {"version": "2.0", "class": "dataset", "label": "Một số chỉ tiêu công nghiệp",
            "id": ["Tinh", "ChiTieu", "Nam"], "size": [1, len(SERIES), len(YEARS)],
            "dimension": {"Tinh": dims["Tinh"], "ChiTieu": dims["ChiTieu"], "Nam": dims["Nam"]}, "value": values()}


if __name__ == "__main__":
    with open("tuyen-quang.px", "w", encoding="utf-8", newline="\n") as f:
        f.write(px("utf-8"))
    with open("tuyen-quang-1258.px", "wb") as f:
        f.write(windows_1258(px("windows-1258").replace("\n", "\r\n")))
    with open("tuyen-quang-office.px", "w", encoding="utf-8", newline="\n") as f:
        f.write(px("utf-8", office=True))
    with open("tuyen-quang-office-2.0.json", "w", encoding="utf-8") as f:
        json.dump(json_stat_office(), f, ensure_ascii=False, indent=1)
    with open("tuyen-quang-1.0.json", "w", encoding="utf-8") as f:
        json.dump(json_stat_1(), f, ensure_ascii=False, indent=1)
    with open("tuyen-quang-2.0.json", "w", encoding="utf-8") as f:
        json.dump(json_stat_2(), f, ensure_ascii=False, indent=1)
