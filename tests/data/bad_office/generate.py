#!/usr/bin/env python3
"""Writes the hostile office files next to this script: each a .docx or .odt broken, or built to cost,
in one way. Run it again after changing a case; cases.txt says what jvom-check must print for each."""
import io
import pathlib
import zipfile

here = pathlib.Path(__file__).resolve().parent
documents = here.parent / "documents" / "2025"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="xml" ContentType="application/xml"/></Types>')


def archive(name, parts, level=9):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for part, data in parts:
            z.writestr(part, data)
    (here / name).write_bytes(buffer.getvalue())


def docx(name, document, extra=()):
    archive(name, [("[Content_Types].xml", TYPES), ("word/document.xml", document), *extra])


def odt(name, content, mimetype="application/vnd.oasis.opendocument.text", extra=()):
    archive(name, [("mimetype", mimetype), ("content.xml", content), *extra])


def body(xml):
    return f'<?xml version="1.0"?><w:document {W}><w:body>{xml}</w:body></w:document>'


# A ZIP bomb: 100 MiB of blanks inside the body, a hundred kilobytes in the archive.
docx("bomb.docx", body("<w:p><w:r><w:t>" + " " * (100 << 20) + "</w:t></w:r></w:p>"))

# The 2025 report cut short, and with its compressed data damaged.
report = (documents / "jvom2025.docx").read_bytes()
(here / "truncated.docx").write_bytes(report[: len(report) // 2])
odt_report = bytearray((documents / "jvom2025.odt").read_bytes())
with zipfile.ZipFile(io.BytesIO(bytes(odt_report))) as z:
    info = z.getinfo("content.xml")
start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
for i in range(start + 200, start + 260):
    odt_report[i] ^= 0x5A
(here / "corrupt.odt").write_bytes(bytes(odt_report))

# Archives without the part that holds the text.
archive("no_document.docx", [("[Content_Types].xml", TYPES), ("word/styles.xml", f"<w:styles {W}/>")])
archive("no_content.odt", [("mimetype", "application/vnd.oasis.opendocument.text"), ("styles.xml", "<x/>")])
odt("spreadsheet.odt", f"<office:document-content {ODF}/>", mimetype="application/vnd.oasis.opendocument.spreadsheet")

# Encrypted: an .odt with a password (its manifest says so, its content is ciphertext), and a .docx with one,
# which Office stores as an OLE compound file holding an "EncryptedPackage" stream.
odt("encrypted.odt", bytes(range(256)) * 8, extra=[("META-INF/manifest.xml",
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
    '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">'
    '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/>'
    '</manifest:encryption-data></manifest:file-entry></manifest:manifest>')])
ole = bytearray(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504))
for stream in ("EncryptionInfo", "EncryptedPackage"):
    ole += stream.encode("utf-16-le").ljust(128, b"\0")
(here / "encrypted.docx").write_bytes(bytes(ole + bytes(4096)))

# Entity declarations (never expanded: refused), tables nested 400 deep, a million empty cells.
docx("doctype.docx", '<?xml version="1.0"?>\n<!DOCTYPE w:document [\n<!ENTITY a "aaaaaaaaaa">\n'
     '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n]>\n' + body("<w:p><w:r><w:t>&b;</w:t></w:r></w:p>")[21:])
docx("nested.docx", body("<w:tbl><w:tr><w:tc>" * 400 + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * 400))
docx("million_cells.docx", body("<w:tbl><w:tr>" + "<w:tc><w:p/></w:tc>" * 1_000_000 + "</w:tr></w:tbl>"))
odt("repeated_cells.odt", f"<office:document-content {ODF}><office:body><office:text><table:table>"
    '<table:table-row table:number-rows-repeated="1000"><table:table-cell table:number-columns-repeated="1000"/>'
    "</table:table-row></table:table></office:text></office:body></office:document-content>")
