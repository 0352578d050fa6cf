#!/usr/bin/python3
"""Assembles benchmarks/run's measurements into one table (each figure beside its baseline, with the
ratio and the target), prints it, and rewrites RESULTS.md with the table, the machine and the date.
Usage: report.py RESULTS_DIR SIZES OUT.md"""
import datetime, json, os, pathlib, platform, re, subprocess, sys

results, sizes, out = sys.argv[1], [int(s) for s in sys.argv[2].split(",")], sys.argv[3]


def benchmarks_in(file):
    """The best of the repeated benchmarks (as the peers report their best run), else the one run."""
    found = {}
    path = os.path.join(results, file)
    for b in json.load(open(path))["benchmarks"] if os.path.exists(path) else []:
        if b.get("run_type") == "aggregate":
            if b.get("aggregate_name") == "min":
                found[re.sub(r"/repeats:\d+$", "", b["run_name"])] = b
        else:
            found.setdefault(b["name"], b)
    return found


jvom = benchmarks_in("jvom.json")
jvom_at_o2 = benchmarks_in("jvom-O2.json")  # the aggregation benchmarks built at -O2
jvom_memory_kept = benchmarks_in("jvom-memory-kept.json")  # the catalog with glibc keeping freed memory


def measured(name, n, run=jvom):
    b = run.get(f"{name}/{n}") or run.get(f"{name}/{n}/iterations:1") or run.get(f"{name}/{n}/iterations:3")
    return None if b is None or "error_occurred" in b else b


def seconds(name, n, run=jvom):
    b = measured(name, n, run)
    return None if b is None else b["real_time"] * {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b["time_unit"]]


def counter(name, n, key, run=jvom):
    b = measured(name, n, run)
    return None if b is None else b.get(key)


def peer(tool, n):
    path = os.path.join(results, f"{tool}-{n}.json")
    return json.load(open(path)) if os.path.exists(path) else None


rows = []  # (what, size, figure, baseline name, baseline figure, ratio text, target text, met)
agreement = []  # (size, jvom's findings, as the peers count, pandas', DuckDB's, agree)


def add(what, n, value, base_name, base, target, better_when_smaller_ratio, limit):
    if value is None or base is None:
        rows.append((what, n, value, base_name, base, "-", target, None))
        return
    ratio = value / base if better_when_smaller_ratio else base / value
    met = ratio <= limit if better_when_smaller_ratio else ratio >= limit
    rows.append((what, n, value, base_name, base, f"{ratio:.2f}x", target, met))


for n in sizes:
    pd, dk = peer("pandas", n), peer("duckdb", n)
    # Aggregation over annex 2's rows as printed, and over its counts in columns (jvom::PersonnelColumns, made
    # at load), each against the hand-written loop over the same data.
    for data, suffix in (("rows", ""), ("columns", "_columns")):
        hand, agg = seconds(f"aggregate_by_region/handwritten{suffix}", n), seconds(f"aggregate_by_region/jvom{suffix}", n)
        add(f"aggregation by region over the {data}: jvom / hand-written loop", n, agg, "loop", hand, "<= 1.25x", True, 1.25)
        # For reference, no target: both built at -O2, as many projects build their releases.
        hand_o2, agg_o2 = (seconds(f"aggregate_by_region/{name}{suffix}", n, jvom_at_o2) for name in ("handwritten", "jvom"))
        if hand_o2 and agg_o2:
            rows.append((f"aggregation by region over the {data} at -O2: jvom / hand-written loop (reference)", n, agg_o2,
                         "loop at -O2", hand_o2, f"{agg_o2 / hand_o2:.2f}x", "-", None))
        # For reference, no target: what of aggregation's time is the memory's, one read of each line the data lie in.
        read = seconds(f"read_{data}", n)
        if read and agg:
            rows.append((f"aggregation by region over the {data}: jvom / one read of their memory (reference)", n, agg,
                         "read", read, f"{agg / read:.2f}x", "-", None))
    # Like against like: pandas sums on one thread, as jvom's totals_by_region does; DuckDB on every core, as
    # totals_by_region(jvom::parallel, ...) and run_only(jvom::parallel, ...) do. The targets are held over the
    # columns, which like the peers' tables hold the counts in columns; over the rows for reference.
    for data, suffix, target in (("columns", "_columns", True), ("rows as printed", "", False)):
        agg, on_every_core = seconds(f"aggregate_by_region/jvom{suffix}", n), seconds(f"aggregate_by_region/jvom{suffix}_parallel", n)
        for tool, p, value, threads, limit in (("pandas", pd, agg, "one thread", 20), ("DuckDB", dk, on_every_core, "every core", 3)):
            if not p:
                continue
            what = f"aggregation over the {data}: {tool} / jvom, {threads} each (speed-up)"
            if target:
                add(what, n, value, tool, p["aggregate_s"], f">= {limit}x", False, limit)
            elif value:
                rows.append((what + " (reference)", n, value, tool, p["aggregate_s"], f"{p['aggregate_s'] / value:.2f}x", "-", None))
    expressible = seconds("checks_expressible/jvom", n)
    expressible_on_every_core = seconds("checks_expressible/jvom_parallel", n)
    if pd:
        add("row/column sums, membership, expiry: pandas / jvom, one thread each", n, expressible, "pandas", pd["checks_s"],
            ">= 5x", False, 5)
    if dk:
        add("row/column sums, membership, expiry: DuckDB / jvom, every core each", n, expressible_on_every_core, "DuckDB",
            dk["checks_s"], ">= 2x", False, 2)
    # What they found: jvom's catalog checks, which leave out of membership the names that pair with a similar
    # one in the other annex; the same counted as the peers count membership; and the peers. A comparison of
    # times means something only where the three did the same work, so a disagreement fails the run.
    own, expected = (counter("checks_expressible/jvom", n, key) for key in ("findings", "findings_as_the_peers_count"))
    if expected is not None and (pd or dk):
        found = [p["findings"] if p else None for p in (pd, dk)]
        agreement.append((n, own, expected, *found, all(f is None or f == expected for f in found)))
    catalog, catalog_on_every_core = seconds("check_catalog/jvom", n), seconds("check_catalog/jvom_parallel", n)
    if catalog and catalog_on_every_core:  # for reference, no target
        rows.append(("check catalog: one thread / every core (reference)", n, catalog_on_every_core, "one thread", catalog,
                     f"{catalog / catalog_on_every_core:.2f}x", "-", None))
    load = seconds("csv_load/jvom", n)
    if pd:
        add("CSV load (and annex 2's columns): pandas.read_csv / jvom", n, load, "pandas", pd["load_s"], ">= 3x", False, 3)
    if dk:
        add("CSV load (and annex 2's columns): DuckDB read_csv / jvom", n, load, "DuckDB", dk["load_s"], "> 1x", False,
            1.0000001)
    memory = os.path.join(results, f"memory-{n}.txt")
    if os.path.exists(memory):
        peak, csv, _, *loaded = (int(x) for x in open(memory).read().split())
        # For reference: the target of under 2x the CSV was withdrawn, as it needs public types narrower than
        # the rows as printed (docs/performance.md).
        rows.append(("peak memory of load (and annex 2's columns) + checks / CSV size (reference)", n, peak / 2**20,
                     "CSV MiB", csv / 2**20, f"{peak / csv:.2f}x", "-", None))
        # For reference, no target: once loaded, before any check, the peak so far and what the process holds (the
        # rows and their text). Load + checks cannot come in under either.
        for label, size in zip(("peak memory of load alone", "memory held once loaded"), loaded):
            rows.append((f"{label} / CSV size (reference)", n, size / 2**20, "CSV MiB", csv / 2**20,
                         f"{size / csv:.2f}x", "-", None))
        # Below the peers' whole processes, which hold their tables and intermediates, at every size.
        for name, p in (("pandas", pd), ("DuckDB", dk)):
            if p and p.get("peak_bytes"):
                rows.append((f"peak memory: jvom / {name}", n, peak / 2**20, f"{name} MiB", p["peak_bytes"] / 2**20,
                             f"{peak / p['peak_bytes']:.2f}x", "< 1x", peak < p["peak_bytes"]))

first = sizes[0] if 100000 not in sizes else 100000
for n in sizes:
    if n == first:
        continue
    a, b = seconds("check_catalog/jvom", first), seconds("check_catalog/jvom", n)
    if a and b:
        per_row = (b / n) / (a / first)
        rows.append((f"check catalog: time per row / at {first}", n, b, f"at {first}", a, f"{per_row:.2f}x",
                     "<= 1.5x (10M vs 100k)", per_row <= 1.5 if n == 10_000_000 else None))
    # For reference, where the time per row goes: the CPU time the checks spend in user space, and the
    # kernel's, nearly all of it mapping fresh pages (how many a row in the ratio column).
    user_a, user_b = counter("check_catalog/jvom", first, "user_ns_per_row"), counter("check_catalog/jvom", n, "user_ns_per_row")
    if user_a and user_b:
        rows.append((f"check catalog: CPU time in user space per row / at {first} (reference)", n, user_b * 1e-9 * n,
                     f"at {first}", user_a * 1e-9 * first, f"{user_b / user_a:.2f}x", "-", None))
    # For reference: the same with the page faults taken out at every size (benchmarks/run says how).
    a, b = seconds("check_catalog/jvom", first, jvom_memory_kept), seconds("check_catalog/jvom", n, jvom_memory_kept)
    if a and b:
        faults = counter("check_catalog/jvom", n, "page_faults_per_row", jvom_memory_kept)
        rows.append((f"check catalog, freed memory kept: time per row / at {first} (reference)", n, b, f"at {first}", a,
                     f"{(b / n) / (a / first):.2f}x ({faults or 0:.3f} pages a row)", "-", None))
for n in sizes:
    kernel, faults, wall = (counter("check_catalog/jvom", n, "kernel_ns_per_row"),
                            counter("check_catalog/jvom", n, "page_faults_per_row"), seconds("check_catalog/jvom", n))
    if kernel is not None and faults is not None and wall:
        rows.append(("check catalog: time in the kernel (fresh pages) / the run's time (reference)", n, kernel * 1e-9 * n,
                     "the run", wall, f"{kernel * 1e-9 * n / wall:.0%} ({faults:.3f} pages a row)", "-", None))

# Each of jvom's benchmarks: its time, what it gets through a second, and its peak memory (the process's
# peak resident set while it ran, and how far above what the process held at its start, the report).
each = []  # (benchmark, size, seconds, throughput text, peak MiB, added MiB)
for n in sizes:
    for name, label in (("csv_load/jvom", "CSV load (and annex 2's columns)"),
                        ("aggregate_by_region/handwritten", "aggregation by region: hand-written loop"),
                        ("read_rows", "one read of the rows' memory"),
                        ("aggregate_by_region/jvom", "aggregation by region"),
                        ("aggregate_by_region/jvom_parallel", "aggregation by region, every core"),
                        ("aggregate_by_region/handwritten_columns", "aggregation by region over the columns: hand-written loop"),
                        ("read_columns", "one read of the columns' memory"),
                        ("aggregate_by_region/jvom_columns", "aggregation by region over the columns"),
                        ("aggregate_by_region/jvom_columns_parallel", "aggregation by region over the columns, every core"),
                        ("check_catalog/jvom", "check catalog"), ("check_catalog/jvom_parallel", "check catalog, every core")):
        t = seconds(name, n)
        if t is None:
            continue
        csv_bytes = counter(name, n, "csv_bytes")
        rate = f"{csv_bytes / t / 1e6:.0f} MB/s" if csv_bytes else f"{n / t / 1e6:.1f} M rows/s"
        each.append((label, n, t, rate, counter(name, n, "peak_mib"), counter(name, n, "peak_added_mib")))
    csv_bytes = counter("csv_load/jvom", n, "csv_bytes")
    for tool, p in (("pandas.read_csv", peer("pandas", n)), ("DuckDB read_csv", peer("duckdb", n))):
        if p and csv_bytes:
            each.append((f"CSV load: {tool}", n, p["load_s"], f"{csv_bytes / p['load_s'] / 1e6:.0f} MB/s", None, None))

compile_rows = []
compile_path = os.path.join(results, "compile.txt")
if os.path.exists(compile_path):
    entries = [line.split() for line in open(compile_path) if line.strip()]
    base = {compiler: float(t) for compiler, what, t in entries if what == "include_std"}
    for compiler, what, t in entries:
        if what != "include_std" and base.get(compiler):
            compile_rows.append((compiler, what, float(t), base[compiler], float(t) / base[compiler]))


def seconds_of(b):
    return b["real_time"] * {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b["time_unit"]]


def fmt(x):
    if x is None:
        return "-"
    return f"{x * 1000:.2f} ms" if x < 1 else f"{x:.2f} s"


def mib(x):
    return "-" if x is None else f"{x:.0f} MiB"


def compile_table(rows):
    """The compile-time table: each header's -fsyntax-only time, and each validation's, against the baseline file."""
    targets = {"include:jvom/jvom.hpp": 1.5, "include:jvom/values.hpp": 1.2, "include:jvom/datasets/jvom2025.hpp": 2.0}  # the targets (docs/performance.md)
    out = ["", f"Compile times by `benchmarks/compile/times` on {datetime.date.today().isoformat()}, each the best of "
               "several runs in CPU seconds (user + system), beside the baseline file compiled in the same run:", "",
           "| compiler | compile (-fsyntax-only) | CPU seconds | baseline (<string>, <vector>, <chrono>) | ratio | target | met |",
           "|---|---|--:|--:|--:|---|---|"]
    for compiler, what, t, base, ratio in rows:
        label = f"`#include <{what[len('include:'):]}>`" if what.startswith("include:") else what.replace("_", " ")
        target = targets.get(what)
        met = "-" if target is None else ("yes" if ratio <= target else "NO")
        out.append(f"| {compiler} | {label} | {t:.2f} | {base:.2f} | {ratio:.1f}x | "
                   f"{'-' if target is None else f'at most {target}x'} | {met} |")
    return out


if "--compile-only" in sys.argv:  # only the compile-time table of RESULTS.md, from a run of benchmarks/compile/headers
    text = pathlib.Path(out).read_text()
    start = text.find("Compile times by")
    if start == -1:
        start = text.index("| compiler | compile (-fsyntax-only)")
    end = text.find("\n\n", text.index("| compiler | compile (-fsyntax-only)", start))
    table = "\n".join(compile_table(compile_rows)[1:])
    pathlib.Path(out).write_text(text[:start] + table + (text[end:] if end != -1 else "\n"))
    print(table)
    sys.exit(0)

lines = ["| measure | missions | jvom | baseline | baseline figure | ratio | target | met |", "|---|--:|--:|---|--:|--:|---|---|"]
for what, n, value, base_name, base, ratio, target, met in rows:
    show = mib if "MiB" in base_name else fmt  # memory in MiB, times in ms or s
    lines.append(f"| {what} | {n:,} | {show(value)} | {base_name} | {show(base)} | {ratio} | {target} | {'-' if met is None else ('yes' if met else 'NO')} |")
lines += ["", "| benchmark | missions | time | throughput | peak resident | of which the benchmark added |",
          "|---|--:|--:|--:|--:|--:|"]
for label, n, t, rate, peak, added in each:
    lines.append(f"| {label} | {n:,} | {fmt(t)} | {rate} | {mib(peak)} | {mib(added)} |")
lines += ["", "| expressible checks | missions | jvom's findings | membership as the peers count it | pandas | DuckDB | agree |",
          "|---|--:|--:|--:|--:|--:|---|"]
count = lambda x: "-" if x is None else f"{int(x):,}"
for n, own, expected, by_pandas, by_duckdb, agree in agreement:
    lines.append(f"| findings | {n:,} | {count(own)} | {count(expected)} | {count(by_pandas)} | {count(by_duckdb)} | "
                 f"{'yes' if agree else 'NO'} |")
lines += compile_table(compile_rows)
document = benchmarks_in("document.json")
if document:
    lines += ["", "| from a report document to its findings | report | document | baseline: its dataset folder | folder | ratio |",
              "|---|---|--:|---|--:|--:|"]
    for label, doc_name, folder_name in (("2025 report (52 KB of text)", "findings_of/document_2025", "findings_of_folder/folder_2025"),
                                         ("synthetic, 2,000 missions", "findings_of/document_2000", "findings_of_folder/folder_2000")):
        d, f_ = document.get(doc_name), document.get(folder_name)
        if d and f_:
            to_s = lambda b: b["real_time"] * {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b["time_unit"]]
            lines.append(f"| read, extract, check | {label} | {fmt(to_s(d))} | read the folder, check | {fmt(to_s(f_))} | "
                         f"{to_s(d) / to_s(f_):.1f}x |")
# The 2025 report as a Word file: jvom-check reads and checks it; pandoc only converts it to text.
office = pathlib.Path(results) / "office.txt"
if office.exists():
    times = dict(line.split() for line in office.read_text().splitlines() if line.strip())
    jvom_s, pandoc_s = float(times["jvom"]), float(times["pandoc"])
    lines += ["", "| the 2025 report as .docx | jvom-check (read, extract, check) | baseline: pandoc -t plain (convert only) | ratio | target | met |",
              "|---|--:|--:|--:|---|---|",
              f"| best of 10, whole programs | {fmt(jvom_s)} | {fmt(pandoc_s)} | {jvom_s / pandoc_s:.2f}x | below 1x | {'yes' if jvom_s < pandoc_s else 'NO'} |"]
# Each fast path against its rule, and the memory hints against none, at 1M missions: a fast path stays only
# where it gains at least 1.2x (docs/performance.md).
hinted, unhinted = benchmarks_in("jvom-bench-fast-paths.json"), benchmarks_in("jvom-bench-fast-paths-no-hints.json")
if hinted:
    lines += ["", "| fast path, at 1M missions | fast path | baseline | baseline figure | ratio | target | met |",
              "|---|--:|---|--:|--:|---|---|"]
    def fast_path_row(what, fast, base_name, base):
        if fast and base:
            ratio = seconds_of(base) / seconds_of(fast)
            lines.append(f"| {what} | {fmt(seconds_of(fast))} | {base_name} | {fmt(seconds_of(base))} | {ratio:.2f}x | "
                         f">= 1.2x | {'yes' if ratio >= 1.2 else 'NO'} |")
    at = "/1000000"
    fast_path_row("joining: annexes walked in step first", hinted.get("fast_paths/join/fast" + at), "the rule alone",
                  hinted.get("fast_paths/join/rule" + at))
    fast_path_row("listed before: hashes grouped in buckets", hinted.get("fast_paths/listed_before/fast" + at),
                  "the rule's table", hinted.get("fast_paths/listed_before/rule" + at))
    for what, name in (("similar names", "fast_paths/similar_pairs"),
                       ("a table's look-ups (listed before, by the rule)", "fast_paths/listed_before/rule")):
        fast_path_row(f"memory hinted ahead: {what}", hinted.get(name + at), "no hints", unhinted.get(name + at))
table = "\n".join(lines)
print(table)

cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
with open(out, "w") as f:
    f.write(f"""# Benchmark results

Written by `benchmarks/run` on {datetime.date.today().isoformat()}: {cpu}, {os.cpu_count()} cores, {platform.platform()},
GCC 12 -O3 (CMake Release; the rows marked -O2 from the same benchmarks built at -O2), Python pandas {__import__('pandas').__version__} (Debian), DuckDB's Node.js client.
Each row compares jvom with a baseline measured in the same run: a hand-written loop, pandas or DuckDB on
synthetic reports (`benchmarks/synthetic_report.hpp`), or the CSV's size for memory. A figure is the best of
several runs; absolute times are for reference, the ratios are what the targets hold. The first table has the
targets, the second each benchmark's time, throughput and peak memory, the third the findings that show the
peers did the same work. How each measure is taken, and why, is in `docs/performance.md`.

{table}
""")
if not all(agree for *_, agree in agreement):
    sys.exit("report.py: the expressible checks' findings disagree (table above): the peers did other work than jvom")
