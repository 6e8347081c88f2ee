#!/usr/bin/env python3
"""Writes test workbooks with openpyxl (Debian's python3-openpyxl), as department staff's Excel
files are: a merged title, a merged area column, a unit column or a units row under the header,
numbers stored as text, several sheets.

    python3 make_workbook.py department FILE   the built-in target set's Tuyên Quang figures
                                               (examples/tuyen-quang/statistics.yaml) in 3 sheets
    python3 make_workbook.py kinds FILE        one cell of each kind, for the reader's unit tests
"""
import datetime
import sys

import openpyxl

AREA = "Tỉnh Tuyên Quang"
YEARS = ["Năm 2020", "Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024"]


def department(path):
    book = openpyxl.Workbook()
    first = book.active
    first.title = "GTSX, lao động"
    first.append(["Biểu 01. Giá trị sản xuất và lao động ngành công nghiệp"])
    first.merge_cells("A1:H1")  # a merged title above the header
    first.append(["Địa phương", "Chỉ tiêu", "ĐVT"] + YEARS)
    # 20456.9 stored as text, as a value pasted from a web page is
    first.append([AREA, "GTSX công nghiệp (giá so sánh 2010)", "Tỷ đồng", 12982, 15163, 17680, "20456.9", 23730])
    first.append([None, "Lao động đang làm việc trong nền kinh tế", "Người", 521300, 523900, 527600, 530800, 533900])
    first.append([None, "Lao động ngành công nghiệp", "Người", 105600, 110900, 117300, 123800, 129600])
    first.append([None, "Lao động qua đào tạo trong ngành công nghiệp", "Người", 58100, 63200, 69800, 75500, 80400])
    first.merge_cells("A3:A6")  # one area cell for its four rows

    second = book.create_sheet("Điện")
    second.append(["Địa phương", "Chỉ tiêu"] + YEARS)
    second.append(["ĐVT", None] + ["Triệu kWh"] * 5)  # the units row under the header
    second.append([AREA, "Sản lượng điện sản xuất", 2450, 2630, 3010, 2720, 3120])

    third = book.create_sheet("GRDP, thôn bản")
    third.append(["Địa phương", "Chỉ tiêu", "ĐVT"] + YEARS)
    third.append([AREA, "GRDP theo giá hiện hành", "Tỷ đồng", 29560, 32950, 37100, 40600, 44800])
    third.append([AREA, "Giá trị tăng thêm ngành công nghiệp theo giá hiện hành", "Tỷ đồng",
                  5900, 6850, 8040, 9210, 10480])
    third.append([AREA, "Số thôn, bản", "Thôn", 1834, 1834, 1834, 1834, 1834])
    third.append([AREA, "Thôn, bản có điện lưới quốc gia", "Thôn", 1781, 1797, 1809, 1818, 1826])
    third.append([AREA, "Tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 3, 4", "%",
                  31.5, 42, 48.3, 55.1, 61.7])
    book.create_sheet("Trống")  # an empty sheet: no table, skipped
    book.save(path)


def kinds(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Kinds"
    sheet["A1"] = "Chỉ tiêu"        # shared string
    sheet["B1"] = 23730             # number
    sheet["C1"] = "1.112,80"        # a number stored as text
    sheet["D1"] = True              # boolean
    sheet["E1"] = datetime.date(2021, 3, 1)  # a date (number format yyyy-mm-dd)
    sheet["F1"] = "#DIV/0!"         # an error value
    sheet["G1"] = 20456.9
    sheet["C7"] = "here"            # a cell far from the others: C7
    sheet.merge_cells("A3:B4")
    sheet["A3"] = "merged"
    other = book.create_sheet("Sheet 2")
    other["A1"] = "second"
    book.save(path)


if __name__ == "__main__":
    {"department": department, "kinds": kinds}[sys.argv[1]](sys.argv[2])
