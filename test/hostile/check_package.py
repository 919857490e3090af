#!/usr/bin/env python3
"""Independent check of packages `kam write` wrote: Python's zipfile and xml modules only, nothing
of the code under test. Reads a JSON manifest (a list of {"id", "input", "output", "names_may_change"})
from stdin and prints {"<id>": [problems…]} as JSON; an empty list means the package is sound.

Checked per package:
- the zip opens and every entry's CRC matches (zipfile.testzip);
- every part of the input that the writer does not patch is in the output byte for byte;
- every XML part is well-formed;
- every part has a content type, and no content type names a part that is not there;
- every internal relationship target exists;
- the input's sheets (name, sheetId, relationship id, state), its defined names and every other
  element of its workbook part are in the output unchanged; each of the user's defined names
  (constants, texts and formulas included) is there byte for byte, as the input's workbook part
  spells it; sheet names and ids stay unique;
- no cell text in the output is longer than Excel's 32,767 characters.
"""

import json
import posixpath
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

PATCHED = {"[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"}
DROPPED = {"xl/calcChain.xml"}
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
CELL_LIMIT = 32767


def q(ns, tag):
    return "{%s}%s" % (ns, tag)


def canonical(element):
    return ET.tostring(element, encoding="unicode")


def rels_source(rels_name):
    # "xl/_rels/workbook.xml.rels" -> "xl/workbook.xml"; "_rels/.rels" -> ""
    folder, base = posixpath.split(rels_name)
    parent = posixpath.dirname(folder)
    return posixpath.join(parent, base[: -len(".rels")]) if base != ".rels" else ""


def resolve(source, target):
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def workbook_parts(zip_file):
    root = ET.fromstring(zip_file.read("xl/workbook.xml"))
    sheets = root.find(q(MAIN, "sheets"))
    names = root.find(q(MAIN, "definedNames"))
    sheet_list = [] if sheets is None else [
        (s.get("name"), s.get("sheetId"), s.get(q(REL, "id")), s.get("state")) for s in sheets
    ]
    name_list = [] if names is None else [
        (n.get("name"), n.get("localSheetId"), n.get("hidden"), n.text) for n in names
    ]
    others = [canonical(child) for child in root if child.tag not in (q(MAIN, "sheets"), q(MAIN, "definedNames"))]
    return sheet_list, name_list, others


def raw_defined_names(zip_file):
    # The <definedName> elements exactly as the part spells them (prefix, attribute order, escapes).
    text = zip_file.read("xl/workbook.xml").decode("utf-8")
    return re.findall(r"<(?:\w+:)?definedName\b[^>]*?(?:/>|>.*?</(?:\w+:)?definedName>)", text, re.S)


def check(entry):
    problems = []
    try:
        before = zipfile.ZipFile(entry["input"])
        after = zipfile.ZipFile(entry["output"])
    except (OSError, zipfile.BadZipFile) as error:
        return ["cannot open: %s" % error]
    bad = after.testzip()
    if bad is not None:
        problems.append("CRC mismatch in %s" % bad)
    out_names = {i.filename for i in after.infolist() if not i.filename.endswith("/")}
    in_names = [i.filename for i in before.infolist() if not i.filename.endswith("/")]

    for name in in_names:
        if name in PATCHED or name in DROPPED:
            continue
        if name not in out_names:
            problems.append("user part missing: %s" % name)
        elif before.read(name) != after.read(name):
            problems.append("user part changed: %s" % name)

    parsed = {}
    for name in sorted(out_names):
        if name.endswith(".xml") or name.endswith(".rels") or name.endswith(".vml"):
            try:
                parsed[name] = ET.fromstring(after.read(name))
            except ET.ParseError as error:
                problems.append("not well-formed: %s (%s)" % (name, error))

    types = parsed.get("[Content_Types].xml")
    if types is None:
        problems.append("no [Content_Types].xml")
    else:
        defaults = {d.get("Extension", "").lower() for d in types.findall(q(TYPES, "Default"))}
        overrides = {o.get("PartName", "").lstrip("/").lower() for o in types.findall(q(TYPES, "Override"))}
        lower_names = {n.lower() for n in out_names}
        for name in out_names:
            if name == "[Content_Types].xml":
                continue
            ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
            if name.lower() not in overrides and ext not in defaults:
                problems.append("no content type: %s" % name)
        for part in overrides:
            if part not in lower_names:
                problems.append("content type for a missing part: /%s" % part)

    lower_names = {n.lower() for n in out_names}
    for name, root in parsed.items():
        if not name.endswith(".rels"):
            continue
        source = rels_source(name)
        for rel in root.findall(q(PKG_REL, "Relationship")):
            if rel.get("TargetMode") == "External":
                continue
            target = resolve(source, rel.get("Target", ""))
            if target.lower() not in lower_names:
                problems.append("%s: relationship %s points at a missing part %s" % (name, rel.get("Id"), target))

    try:
        in_sheets, in_defined, in_others = workbook_parts(before)
        out_sheets, out_defined, out_others = workbook_parts(after)
    except (KeyError, ET.ParseError) as error:
        problems.append("workbook part: %s" % error)
        return problems
    for sheet in in_sheets:
        if sheet not in out_sheets:
            problems.append("user sheet changed or gone in workbook.xml: %r" % (sheet,))
    if not entry.get("names_may_change"):
        for defined in in_defined:
            if defined not in out_defined:
                problems.append("user's defined name changed or gone: %r" % (defined,))
        out_raw = raw_defined_names(after)
        for raw in raw_defined_names(before):
            if raw not in out_raw:
                problems.append("user's defined name not kept byte for byte: %s" % raw[:160])
    for element in in_others:
        if element not in out_others:
            problems.append("workbook element changed or gone: %s" % element[:120])
    names = [s[0].lower() for s in out_sheets]
    if len(set(names)) != len(names):
        problems.append("sheet names not unique: %r" % names)
    ids = [s[1] for s in out_sheets]
    if len(set(ids)) != len(ids):
        problems.append("sheet ids not unique: %r" % ids)

    for name, root in parsed.items():
        if not name.startswith("xl/worksheets/") or not name.endswith(".xml"):
            continue
        for t in root.iter(q(MAIN, "t")):
            if t.text is not None and len(t.text.encode("utf-16-le")) // 2 > CELL_LIMIT:
                problems.append("%s: a cell text over %d characters" % (name, CELL_LIMIT))
                break
    return problems


def main():
    manifest = json.load(sys.stdin)
    json.dump({entry["id"]: check(entry) for entry in manifest}, sys.stdout)


if __name__ == "__main__":
    main()
