#!/usr/bin/env python3
"""Writes the bad-document corpus next to this script from the 2025 report's text: each file is the report
(or something that is not one) broken in one way. Run it again after changing a case; cases.txt says what
jvom-check must print for each."""
import pathlib

here = pathlib.Path(__file__).resolve().parent
report = (here.parent / "documents" / "2025" / "jvom2025.txt").read_text(encoding="utf-8")


def write(name, data):
    (here / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def replaced(old, new):
    assert report.count(old) >= 1, old
    return report.replace(old, new, 1)


write("prose.txt", "Geachte voorzitter,\n\nHierbij zend ik u de beantwoording van de vragen.\n\nHoogachtend,\n")
write("empty.txt", "")
write("dataset.csv", "region,mission,legal_basis,mandate_end,framework_end\nMidden-Oosten,UNIFIL,VNVR-resolutie 2695,"
      "31 augustus 2024,30 juni 2028\n")
write("binary.bin", bytes(range(256)) * 4)
write("utf16.txt", ("\ufeff" + report[:2000]).encode("utf-16-le"))
write("cut_before_annex2.txt", report[: report.index(" \tMissie")])
write("annex2_without_totaal.txt", replaced("\tCiviel/Politie\n\tTotaal\n", "\tCiviel/Politie\n"))
write("annex1_bad_date.txt", replaced("\tOnbepaald\n\t30 juni 2028\n", "\tOnbepaald\n\t30 juno 2028\n"))
write("annex2_bad_count.txt", replaced("\t1481\n", "\t14x81\n"))
write("annex2_row_short.txt", replaced("\tKFOR\n\t1\n\t\n\t1\n\t\n\t1\n", "\tKFOR\n\t1\n\t1\n"))
