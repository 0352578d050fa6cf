#!/usr/bin/python3
"""The benchmark's work done in pandas, as a pandas user would: vectorised, no Python loops.
Usage: pandas_bench.py FOLDER  ->  prints JSON {"load_s", "aggregate_s", "checks_s", "findings"} (best of runs)
and "peak_bytes", the process's peak resident memory (for reference beside jvom's)."""
import json, resource, sys, time
import pandas as pd

MONTHS = {m: i + 1 for i, m in enumerate(["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                           "september", "oktober", "november", "december"])}
MONTHS.update({"jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "okt": 10, "nov": 11, "dec": 12})
COUNTS = ["framework_military", "framework_civil", "deployed_military", "deployed_civil", "deployed_total"]


PATIENCE_S = 30  # one run only when it took longer (as benchmarks/run has it for every tool)


def best(f, runs):
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = f()
        times.append(time.perf_counter() - start)
        if times[-1] > PATIENCE_S:
            break
    return min(times), result


def load(folder):
    """Annex 1, annex 2's rows, its printed totals row apart (as jvom loads it), and the claims."""
    a1 = pd.read_csv(f"{folder}/annex1.csv", dtype=str, keep_default_na=False)
    a2 = pd.read_csv(f"{folder}/annex2.csv", na_values=["-"], dtype={"region": str, "mission": str})
    claims = pd.read_csv(f"{folder}/claims.csv", dtype=str, keep_default_na=False)
    # An empty region cell continues the region above; regions compare ignoring case. A handful of them, so
    # a categorical, as pandas' guide to large datasets advises: groupby then works on small integer codes.
    for frame in (a1, a2):
        frame["region"] = frame["region"].replace("", pd.NA).ffill().str.lower().astype("category")
    is_total = a2["mission"] == "Totaal"
    return a1, a2[~is_total], a2[is_total], claims


def aggregate(rows):
    return rows.groupby("region", sort=False, observed=True)[COUNTS[:4]].sum()


def key(names):
    return names.str.split(" (", n=1, regex=False).str[0].str.strip().str.lower()


def dutch_dates(text):
    parts = text.str.extract(r"^(\d{1,2}) ([a-z]+)\.? (\d{4})$")
    return pd.to_datetime(pd.DataFrame({"year": pd.to_numeric(parts[2]), "month": parts[1].map(MONTHS),
                                        "day": pd.to_numeric(parts[0])}), errors="coerce")


def checks(a1, rows, printed, period_end=pd.Timestamp("2025-04-30")):
    counts = rows[COUNTS].fillna(0)
    row_sums = rows[counts["deployed_military"] + counts["deployed_civil"] != counts["deployed_total"]]
    column_sums = (printed[COUNTS].fillna(0).iloc[0] != counts.sum()).sum() if len(printed) else 0
    k1, k2 = key(a1["mission"]), key(rows["mission"])
    missing_in_2 = a1[~k1.isin(k2)]
    missing_in_1 = rows[~k2.isin(k1) & ~rows["mission"].str.contains("separate VGR", regex=False)]
    ends = dutch_dates(a1["mandate_end"])
    deployed = pd.Series((counts["deployed_military"] + counts["deployed_civil"]).values, index=k2.values)
    deployed = deployed[~deployed.index.duplicated()]
    expired = a1[(ends < period_end) & (k1.map(deployed).fillna(0) > 0)]
    return len(row_sums) + int(column_sums) + len(missing_in_2) + len(missing_in_1) + len(expired)


def main():
    folder = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    load_s, (a1, rows, printed, claims) = best(lambda: load(folder), runs)
    aggregate_s, _ = best(lambda: aggregate(rows), runs)
    checks_s, findings = best(lambda: checks(a1, rows, printed), runs)
    peak_bytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"load_s": load_s, "aggregate_s": aggregate_s, "checks_s": checks_s, "findings": findings,
                      "peak_bytes": peak_bytes}))


if __name__ == "__main__":
    main()
