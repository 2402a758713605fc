#!/usr/bin/env python3
"""Writes the hand-made seeds of fuzz_csv and fuzz_xlsx into fuzz/corpus/ (docs/fuzzing.md).

Besides its own, it copies the import test fixtures (tests/fixtures/import/): the CSV files
behind an options byte, each workbook both as it is and spelled out as parts. The plan and
project-file seeds are plain copies of test fixtures, made by hand. Run it again after
changing a seed here or a fixture there; it only (re)writes the files it names, so seeds
added by hand stay.
"""
import io
import pathlib
import re
import zipfile

CORPUS = pathlib.Path(__file__).resolve().parent / "corpus"
IMPORT_FIXTURES = CORPUS.parent.parent / "tests" / "fixtures" / "import"

# fuzz_csv: the first byte chooses the options (FuzzCsv.cpp): bits 0-1 the encoding
# (detect, UTF-8, GB18030, UTF-16), 2-3 the delimiter (detect , ; tab), 4-6 the chunk size
# the device hands out (0-3: all at once; 4-7: 1, 2, 3, 16 bytes, but at least 1/8 of the
# input).
DETECT, UTF8, GB18030, UTF16 = 0, 1, 2, 3
COMMA, SEMICOLON, TAB = 1 << 2, 2 << 2, 3 << 2
CHUNK1, CHUNK3, CHUNK16 = 4 << 4, 6 << 4, 7 << 4

ACTIVITIES = (
    "sector,carrier,amount,unit,source\n"
    "stationary_energy,electricity,1200000,kWh,Grid bills 2023\n"
    "stationary_energy,natural_gas,86000,m³,Gas company\n"
    "transport,petrol,,L,\n"
    "\n"
    "waste,food_waste,310.5,t,Street office\n"
)
CHINESE = (
    "部门,能源品种,数量,单位,来源\n"
    "居民生活,电力,1200000,千瓦时,供电局账单\n"
    "居民生活,天然气,86000,立方米,燃气公司\n"
)
QUOTED = (
    'id,note,amount\r\n'
    '1,"two lines\r\nin one cell",10\r\n'
    '2,"he said ""hi""",20\r\n'
    '3,"a, b; c\tand a tab",30\r\n'
    '4,"",40\r\n'
    '5,"unterminated quote,50\r\n'
)
DECIMAL_COMMA = (
    "Sektor;Energieträger;Menge;Einheit\n"
    "Wohnen;Strom;1.200.000,5;kWh\n"
    "Verkehr;Diesel;3,75;L\n"
)

CSV_SEEDS = {
    "utf8.csv": bytes([DETECT]) + ACTIVITIES.encode(),
    "utf8-bom.csv": bytes([DETECT]) + b"\xef\xbb\xbf" + ACTIVITIES.encode(),
    "utf8-chinese-chunked.csv": bytes([DETECT | CHUNK16]) + CHINESE.encode(),
    "gbk.csv": bytes([DETECT]) + CHINESE.encode("gbk"),
    "gbk-forced-chunked.csv": bytes([GB18030 | CHUNK1]) + CHINESE.encode("gbk"),
    "gb18030-four-byte.csv": bytes([GB18030]) + "名称,值\n€𠀀,1\n".encode("gb18030"),
    "utf16le-bom.csv": bytes([DETECT]) + b"\xff\xfe" + CHINESE.replace(",", "\t").encode("utf-16-le"),
    "utf16be-bom.csv": bytes([UTF16]) + b"\xfe\xff" + ACTIVITIES.encode("utf-16-be"),
    "semicolon-decimal-comma.csv": bytes([DETECT]) + DECIMAL_COMMA.encode(),
    "semicolon-forced.csv": bytes([UTF8 | SEMICOLON]) + DECIMAL_COMMA.encode(),
    "quoted-crlf.csv": bytes([DETECT]) + QUOTED.encode(),
    "quoted-crlf-chunked.csv": bytes([UTF8 | COMMA | CHUNK3]) + QUOTED.encode(),
    "tab.csv": bytes([DETECT | TAB]) + ACTIVITIES.replace(",", "\t").encode(),
    "short-chunks.csv": bytes([UTF8 | CHUNK1]) + 'a,"b\r\n"""\r\n电,1'.encode(),
    "invalid-utf8.csv": bytes([UTF8]) + b"name,value\nbad \xff\xfe byte,1\ncut \xe7\x94,2\n",
}

# fuzz_xlsx: a workbook spelled out as parts, each after a line "--- <path>" (FuzzXlsx.cpp).
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="false"/><sheets><sheet name="Activities" sheetId="1" r:id="rId1"/><sheet name="能源" sheetId="2" r:id="rId2"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"""
SHARED_STRINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="7" uniqueCount="7"><si><t>sector</t></si><si><t>carrier</t></si><si><t>amount</t></si><si><t>date</t></si><si><r><rPr><b/></rPr><t>stationary</t></r><r><t xml:space="preserve">_energy</t></r></si><si><t>电力</t><rPh sb="0" eb="2"><t>ディアンリー</t></rPh></si><si><t>line_x000D_break _x005F_x</t></si></sst>"""
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/></numFmts><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs></styleSheet>"""
SHEET1 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:E6"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row><row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="C2"><v>1200000</v></c><c r="D2" s="1"><v>45292</v></c><c r="E2" s="2"><v>45306.354166666664</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>transport</t></is></c><c r="C3"><f>C2*0.5</f><v>600000</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="e"><v>#DIV/0!</v></c></row><row r="4"/><row r="6"><c r="B6" t="str"><v>formula text</v></c><c r="C6" s="3"><v>0.125</v></c><c t="s"><v>6</v></c><c r="XFD6"><v>1E-3</v></c></row></sheetData></worksheet>"""
SHEET2 = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>部门</t></is></c><c r="B1" t="inlineStr"><is><t>数量</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>居民</t></is></c><c r="B2"><v>-3.5e2</v></c></row><row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData></worksheet>"""

PARTS = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": WORKBOOK,
    "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
    "xl/sharedStrings.xml": SHARED_STRINGS,
    "xl/styles.xml": STYLES,
    "xl/worksheets/sheet1.xml": SHEET1,
    "xl/worksheets/sheet2.xml": SHEET2,
}


def spelled_out(parts, sheet=None):
    text = "".join(f"--- {name}\n{content}\n" for name, content in parts.items())
    if sheet is not None:
        text += f"--- #sheet\n{sheet}"
    return text.encode()


def xlsx(parts, compression=zipfile.ZIP_DEFLATED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as z:
        for name, content in parts.items():
            z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), content,
                       compress_type=compression)
    return out.getvalue()


def minimal_parts():
    parts = dict(PARTS)
    del parts["xl/sharedStrings.xml"], parts["xl/styles.xml"], parts["xl/worksheets/sheet2.xml"]
    parts["xl/workbook.xml"] = WORKBOOK.replace(
        '<sheet name="能源" sheetId="2" r:id="rId2"/>', "")
    parts["xl/worksheets/sheet1.xml"] = SHEET2
    return parts


XLSX_SEEDS = {
    "parts-workbook.txt": spelled_out(PARTS),
    "parts-second-sheet.txt": spelled_out(PARTS, "能源"),
    "parts-missing-sheet.txt": spelled_out(PARTS, "No such sheet"),
    "parts-minimal.txt": spelled_out(minimal_parts()),
    "workbook-deflated.xlsx": xlsx(PARTS),
    "minimal-stored.xlsx": xlsx(minimal_parts(), zipfile.ZIP_STORED),
}


def fixture_seeds():
    """Seeds from the import test fixtures: CSV files behind an options byte of 0 (detect
    everything, read all at once), each workbook as it is and spelled out."""
    csv, xlsx_seeds = {}, {}
    for path in sorted(IMPORT_FIXTURES.glob("*.csv")) + sorted(IMPORT_FIXTURES.glob("*.txt")):
        csv["fixture-" + path.name] = bytes([DETECT]) + path.read_bytes()
    for path in sorted(IMPORT_FIXTURES.glob("*.xlsx")):
        with zipfile.ZipFile(path) as z:
            parts = {name: z.read(name).decode() for name in z.namelist()}
            sheets = [name for name in parts if name.startswith("xl/worksheets/")]
        xlsx_seeds["fixture-" + path.name] = path.read_bytes()
        xlsx_seeds["fixture-" + path.stem + "-parts.txt"] = spelled_out(parts)
        if len(sheets) > 1:
            second = re.findall(r'<sheet [^>]*name="([^"]*)"', parts["xl/workbook.xml"])[1]
            xlsx_seeds["fixture-" + path.stem + "-parts-sheet2.txt"] = spelled_out(parts, second)
    return csv, xlsx_seeds


def write(target, seeds):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in seeds.items():
        (folder / name).write_bytes(data)


if __name__ == "__main__":
    csv_fixtures, xlsx_fixtures = fixture_seeds()
    write("fuzz_csv", {**CSV_SEEDS, **csv_fixtures})
    write("fuzz_xlsx", {**XLSX_SEEDS, **xlsx_fixtures})
