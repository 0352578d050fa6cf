#!/usr/bin/env python3
"""Writes the bad-input corpus: one dataset folder per defect, each a copy of a small valid dataset with one
thing broken, and cases.txt: `folder|words jvom-check must print` (a CMake regular expression). Run it to
regenerate after changing the cases; the output is committed."""
import os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ANNEX1 = ("region,mission,legal_basis,mandate_end,framework_end\n"
          "Europa,KFOR,VNVR-resolutie 1244,Onbepaald,30 april 2026\n"
          ",EUFOR Althea,VNVR-resolutie 2183,Onbepaald,31 december 2026\n")
ANNEX2 = ("region,mission,framework_military,framework_civil,deployed_military,deployed_civil,deployed_total\n"
          "EUROPA,KFOR,4,,3,,3\n"
          ",EUFOR Althea,2,,2,,2\n"
          ",Totaal,6,,5,,5\n")
CLAIMS = "mission,field,value,source\n,deployed_total,5,2.1\nKFOR,mandate_end,Onbepaald,2.2.1\n"
REPORT = "key,value\ntitle,Test\nperiod_start,mei 2024\nperiod_end,april 2025\n"

cases = []

def case(name, expected, **files):
    folder = os.path.join(HERE, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    base = {"annex1.csv": ANNEX1, "annex2.csv": ANNEX2, "claims.csv": CLAIMS, "report.csv": REPORT}
    for file, content in {**base, **files}.items():
        if content is None:
            continue
        with open(os.path.join(folder, file), "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode("utf-8"))
    cases.append((name, expected))

def a2(row):  # annex 2 with KFOR's row replaced
    return ANNEX2.replace("EUROPA,KFOR,4,,3,,3", row)

def a1(row):  # annex 1 with KFOR's row replaced
    return ANNEX1.replace("Europa,KFOR,VNVR-resolutie 1244,Onbepaald,30 april 2026", row)

case("missing_annex1", r"annex1\.csv:0:0: file: expected a readable CSV file.*found 'no such file'", **{"annex1.csv": None})
case("missing_annex2", r"annex2\.csv:0:0: file: expected a readable CSV file", **{"annex2.csv": None})
case("empty_annex1", r"annex1\.csv:1:1: header: expected a header row: region,mission", **{"annex1.csv": ""})
case("blank_lines_only", r"annex2\.csv:1:1: header: expected a header row", **{"annex2.csv": "\n\n\r\n"})
case("unknown_column", r"annex2\.csv:1:99: header: expected a column named one of .*found 'remarks'",
     **{"annex2.csv": ANNEX2.replace("deployed_total\n", "deployed_total,remarks\n").replace(",3\n", ",3,x\n").replace(",2\n", ",2,x\n").replace(",5\n", ",5,x\n")})
case("missing_column", r"annex2\.csv:1:1: header: expected a column named deployed_total",
     **{"annex2.csv": "\n".join(l.rsplit(",", 1)[0] for l in ANNEX2.strip().split("\n")) + "\n"})
case("duplicate_column", r"annex1\.csv:1:54: header: expected each column once, found 'region again'",
     **{"annex1.csv": ANNEX1.replace("framework_end\n", "framework_end,region\n").replace("2026\n", "2026,x\n")})
case("misspelt_header", r"header: expected a column named one of .*found 'legal basis'",
     **{"annex1.csv": ANNEX1.replace("legal_basis", "legal basis")})
case("unterminated_quote", r"annex2\.csv:2:8: csv: expected a closing quote", **{"annex2.csv": a2('EUROPA,"KFOR,4,,3,,3')})
case("text_after_quote", r"annex2\.csv:2:14: csv: expected a comma or a line end after the closing quote",
     **{"annex2.csv": a2('EUROPA,"KFOR"x,4,,3,,3')})
case("quote_inside_cell", r"annex2\.csv:2:10: csv: expected a quote only at the start of a cell", **{"annex2.csv": a2('EUROPA,KF"OR,4,,3,,3')})
case("count_not_a_number", r"annex2\.csv:2:16: deployed_military: expected a count \(digits only.*found '12a'", **{"annex2.csv": a2("EUROPA,KFOR,4,,12a,,3")})
case("negative_count", r"annex2\.csv:2:13: framework_military: expected a count of zero or more \(not negative\), found '-5'", **{"annex2.csv": a2("EUROPA,KFOR,-5,,3,,3")})
case("count_past_range", r"deployed_total: expected a count no larger than 4294967295, found '4294967296'", **{"annex2.csv": a2("EUROPA,KFOR,4,,3,,4294967296")})
case("count_far_past_range", r"deployed_military: expected a count no larger than 4294967295", **{"annex2.csv": a2("EUROPA,KFOR,4,,99999999999999999999999,,3")})
case("decimal_count", r"deployed_military: expected digits grouped in threes by full stops", **{"annex2.csv": a2("EUROPA,KFOR,4,,1.5,,3")})
case("unknown_month", r"annex1\.csv:2:46: framework_end: expected a Dutch month name.*found 'agustus'", **{"annex1.csv": a1("Europa,KFOR,VNVR-resolutie 1244,Onbepaald,30 agustus 2026")})
case("february_31", r"annex1\.csv:2:[0-9]+: mandate_end: expected a day that exists in that month, found '31 februari 2025'", **{"annex1.csv": a1("Europa,KFOR,VNVR-resolutie 1244,31 februari 2025,30 april 2026")})
case("two_digit_year", r"mandate_end: expected a four-digit year, found '25'", **{"annex1.csv": a1("Europa,KFOR,VNVR-resolutie 1244,31 mei 25,30 april 2026")})
case("misspelt_keyword", r"framework_end: expected a date, Onbepaald, Doorlopend, or - for not set, found 'Onbepald'", **{"annex1.csv": a1("Europa,KFOR,VNVR-resolutie 1244,Onbepaald,Onbepald")})
case("resolution_without_number", r"legal_basis: expected a resolution number, found 'twee'", **{"annex1.csv": a1("Europa,KFOR,VNVR-resolutie twee,Onbepaald,30 april 2026")})
case("empty_legal_basis", r"annex1\.csv:2:13: legal_basis: expected a legal basis", **{"annex1.csv": a1("Europa,KFOR,,Onbepaald,30 april 2026")})
case("duplicate_mission_annex2", r"annex2\.csv:3:1: mission: expected a mission not listed before \(it is on line 2\), found 'kfor'", **{"annex2.csv": ANNEX2.replace(",EUFOR Althea,2,,2,,2", ",kfor,2,,2,,2")})
case("duplicate_mission_annex1", r"annex1\.csv:3:1: mission: expected a mission not listed before", **{"annex1.csv": ANNEX1.replace(",EUFOR Althea,", ",KFOR (Kosovo),")})
case("empty_mission", r"annex2\.csv:2:1: mission: expected a mission name", **{"annex2.csv": a2("EUROPA,,4,,3,,3")})
case("binary_garbage", r"annex2\.csv:[0-9]+:[0-9]+: csv: expected", **{"annex2.csv": bytes(range(1, 256)) * 4 + b"\x00\x00"})
case("nul_byte", r"annex2\.csv:2:9: csv: expected text \(UTF-8\), found 'a NUL byte'", **{"annex2.csv": a2("EUROPA,K\0FOR,4,,3,,3").encode()})
case("invalid_utf8", r"annex1\.csv:2:12: csv: expected text encoded as UTF-8, found 'byte 0xEB'", **{"annex1.csv": a1("Europa,Isra\xebl,VNVR-resolutie 1244,Onbepaald,30 april 2026").encode("latin-1")})
case("overlong_utf8", r"csv: expected text encoded as UTF-8, found 'byte 0xC0'", **{"annex1.csv": a1("Europa,KFOR\xc0\xaf,VNVR-resolutie 1244,Onbepaald,30 april 2026").encode("latin-1")})
case("one_megabyte_line", r"annex2\.csv:2:8: csv: expected a cell of at most 65536 bytes", **{"annex2.csv": a2("EUROPA," + "K" * (1 << 20) + ",4,,3,,3")})
case("too_many_cells", r"annex2\.csv:2:[0-9]+: row: expected 7 cells, as the header has, found '8 cells'", **{"annex2.csv": a2("EUROPA,KFOR,4,,3,,3,9")})
case("too_few_cells", r"annex2\.csv:2:[0-9]+: row: expected 7 cells, as the header has, found '6 cells'", **{"annex2.csv": a2("EUROPA,KFOR,4,,3,3")})
case("lone_carriage_return", r"annex1\.csv:2:[0-9]+: csv: expected a line end of LF or CRLF, found 'a CR on its own'", **{"annex1.csv": ANNEX1.replace("2026\n,EUFOR", "2026\r,EUFOR")})
case("first_region_empty", r"annex2\.csv:2:1: region: expected a region name \(the first row has no region above it", **{"annex2.csv": a2(",KFOR,4,,3,,3")})
case("two_totals_rows", r"annex2\.csv:[0-9]+:1: mission: expected one Totaal row, found 'another'", **{"annex2.csv": ANNEX2 + ",Totaal,6,,5,,5\n"})
case("claim_unknown_field", r"claims\.csv:2:2: field: expected a claim field: period, legal_basis", **{"claims.csv": "mission,field,value,source\n,deployed_everyone,5,2.1\n"})
case("claim_bad_count", r"claims\.csv:2:17: value: expected a count \(digits only.*found 'veel'", **{"claims.csv": "mission,field,value,source\n,deployed_total,veel,2.1\n"})
case("claim_bad_period", r"claims\.csv:2:[0-9]+: value: expected a Dutch month name", **{"claims.csv": "mission,field,value,source\n,period,mai 2024 t/m april 2025,1\n"})
case("report_unknown_key", r"report\.csv:3:1: key: expected title, period_start or period_end, found 'periode'", **{"report.csv": "key,value\ntitle,Test\nperiode,mei 2024\n"})
case("report_bad_date", r"report\.csv:3:[0-9]+: period_start: expected a Dutch month name", **{"report.csv": "key,value\ntitle,Test\nperiod_start,mai 2024\nperiod_end,april 2025\n"})
case("report_half_period", r"report\.csv:1:1: period_end: expected both period_start and period_end", **{"report.csv": "key,value\nperiod_start,mei 2024\n"})
case("report_period_backwards", r"period_end: expected a period end not before its start", **{"report.csv": "key,value\nperiod_start,mei 2025\nperiod_end,april 2024\n"})
case("acknowledgements_bad_header", r"acknowledgements\.csv:1:1: header: expected a column named one of check,mission,reason \(or a name starting with # for a column of your own\), found 'finding'", **{"acknowledgements.csv": "finding,mission,reason\nx,y,z\n"})
case("many_errors_in_one_file", r"annex2\.csv:4:7: deployed_military: expected a count.*annex2\.csv:5:7: deployed_military", **{"annex2.csv": ANNEX2.replace(",EUFOR Althea,2,,2,,2", ",EUFOR Althea,2,,2,,2\n,A,1,,x,,1\n,B,1,,y,,1")})

case("column_total_overflows", r"annex2\.csv: totals: headcount overflow: the sum exceeds 4294967295",
     **{"annex2.csv": ANNEX2.replace("EUROPA,KFOR,4,,3,,3", "EUROPA,KFOR,4,,4294967295,,4294967295")
                            .replace(",EUFOR Althea,2,,2,,2", ",EUFOR Althea,2,,4294967295,,4294967295")})

with open(os.path.join(HERE, "cases.txt"), "w") as f:
    f.write("# folder|what jvom-check must print on standard error (CMake regex); every case exits 2\n")
    for name, expected in cases:
        f.write(f"{name}|{expected}\n")
print(len(cases), "cases")
