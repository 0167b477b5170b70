"""Writes the workbook fixtures of tests/measure.rs: the same answers as
an Excel workbook (a Qualtrics export opened and saved in Excel, three
header rows, real dates) and a LibreOffice one (one header row).

    pip install openpyxl odfpy && python3 make_workbooks.py
"""
import datetime

from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P
from openpyxl import Workbook

# Stage, channel, satisfaction 1..5. Awareness x Instagram: 5, 4, 4, 2, 1
# (top two: 3 of 5, CSAT 60 %); Purchase x Store: 5, 5, 5, 4 (100 %).
ANSWERS = [
    ("Awareness", "Instagram", 5),
    ("Awareness", "Instagram", 4),
    ("Awareness", "Instagram", 4),
    ("Awareness", "Instagram", 2),
    ("Awareness", "Instagram", 1),
    ("Purchase", "Store", 5),
    ("Purchase", "Store", 5),
    ("Purchase", "Store", 5),
    ("Purchase", "Store", 4),
]

excel = Workbook()
sheet = excel.active
sheet.title = "Responses"
sheet.append(["RecordedDate", "Stage", "Channel", "Q3"])
sheet.append(["Recorded Date", "Which stage?", "Which channel?", "How satisfied were you?"])
sheet.append(['{"ImportId":"recordedDate"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2"}', '{"ImportId":"QID3"}'])
for day, (stage, channel, answer) in enumerate(ANSWERS):
    sheet.append([datetime.datetime(2026, 2, 1 + day, 9, 30), stage, channel, answer])
# A second sheet, as a workbook saved from a report often has.
excel.create_sheet("Summary").append(["Responses", len(ANSWERS)])
excel.save("csat.xlsx")

doc = OpenDocumentSpreadsheet()
table = Table(name="Antworten")


def row(values):
    tr = TableRow()
    for value in values:
        if isinstance(value, int):
            cell = TableCell(valuetype="float", value=value)
        else:
            cell = TableCell(valuetype="string")
        cell.addElement(P(text=str(value)))
        tr.addElement(cell)
    table.addElement(tr)


row(["Date", "Stage", "Channel", "Satisfaction"])
for day, (stage, channel, answer) in enumerate(ANSWERS):
    row([f"2026-02-{1 + day:02}", stage, channel, answer])
doc.spreadsheet.addElement(table)
doc.save("csat.ods")
