// The benchmark's work done in DuckDB from Node.js, as a DuckDB user would: read_csv and SQL.
// Usage: node duckdb_bench.mjs FOLDER [RUNS]  ->  prints JSON {"load_s", "aggregate_s", "checks_s", "findings", "peak_bytes"}.
import { DuckDBInstance } from '@duckdb/node-api';

const folder = process.argv[2];
const runs = Number(process.argv[3] ?? 3);
const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();

// The best of `runs` runs; one run only when it took longer than `patience` seconds (as benchmarks/run
// has it for every tool).
const patience = 30;
async function best(work) {
  let fastest = Infinity, result;
  for (let i = 0; i < runs; ++i) {
    const start = performance.now();
    result = await work();
    const seconds = (performance.now() - start) / 1000;
    fastest = Math.min(fastest, seconds);
    if (seconds > patience) break;
  }
  return [fastest, result];
}

const scalar = async (sql) => (await (await db.run(sql)).getRows())[0][0];

// An empty region cell continues the region above (file order), regions compare ignoring case. A handful
// of regions, so an ENUM, as DuckDB's documentation advises for strings of low cardinality. Annex 2's printed
// totals row goes to a table of its own, as jvom loads it.
const filled = (file, options) => `SELECT * EXCLUDE (region, rn), lower(last_value(region IGNORE NULLS) OVER (ORDER BY rn)) AS region
  FROM (SELECT *, row_number() OVER () AS rn FROM read_csv('${folder}/${file}', header = true, ${options}))`;
const load = async () => {
  for (const table of ['a1', 'a2', 'totals', 'claims']) await db.run(`DROP TABLE IF EXISTS ${table}`);
  await db.run('DROP TYPE IF EXISTS region_name');
  await db.run(`CREATE TEMP TABLE annex1 AS ${filled('annex1.csv', 'all_varchar = true')}`);
  await db.run(`CREATE TEMP TABLE annex2 AS ${filled('annex2.csv', `nullstr = ['-', ''],
    types = {'region': 'VARCHAR', 'mission': 'VARCHAR', 'framework_military': 'BIGINT', 'framework_civil': 'BIGINT',
             'deployed_military': 'BIGINT', 'deployed_civil': 'BIGINT', 'deployed_total': 'BIGINT'}`)}`);
  await db.run('CREATE TYPE region_name AS ENUM (SELECT region FROM annex1 UNION SELECT region FROM annex2)');
  await db.run('CREATE TABLE a1 AS SELECT * REPLACE (region::region_name AS region) FROM annex1');
  await db.run(`CREATE TABLE a2 AS SELECT * REPLACE (region::region_name AS region) FROM annex2 WHERE mission <> 'Totaal'`);
  await db.run(`CREATE TABLE totals AS SELECT * FROM annex2 WHERE mission = 'Totaal'`);
  for (const table of ['annex1', 'annex2']) await db.run(`DROP TABLE ${table}`);
  await db.run(`CREATE TABLE claims AS SELECT * FROM read_csv('${folder}/claims.csv', header = true, all_varchar = true)`);
};

const aggregate = async () => (await db.run(`
  SELECT region, sum(framework_military), sum(framework_civil), sum(deployed_military), sum(deployed_civil)
  FROM a2 GROUP BY region`)).getRows();

const checks = async () => scalar(`
  WITH rows AS (SELECT *, lower(trim(split_part(mission, ' (', 1))) AS k FROM a2),
       m1 AS (SELECT *, lower(trim(split_part(mission, ' (', 1))) AS k FROM a1),
       months AS (SELECT * FROM (VALUES ('januari','January'),('februari','February'),('maart','March'),('april','April'),
                   ('mei','May'),('juni','June'),('juli','July'),('augustus','August'),('september','September'),
                   ('oktober','October'),('november','November'),('december','December')) t(nl, en)
                  UNION ALL  -- abbreviated, with or without the point: 'aug' and 'aug.'
                  SELECT abbreviation || point, en FROM (VALUES ('jan','January'),('feb','February'),('mrt','March'),
                   ('apr','April'),('jun','June'),('jul','July'),('aug','August'),('sep','September'),('okt','October'),
                   ('nov','November'),('dec','December')) a(abbreviation, en), (VALUES (''), ('.')) p(point)),
       ends AS (SELECT m1.k, try_strptime(split_part(mandate_end, ' ', 1) || ' ' || months.en || ' ' ||
                     split_part(mandate_end, ' ', 3), '%d %B %Y') AS mandate_end
                FROM m1 LEFT JOIN months ON months.nl = split_part(m1.mandate_end, ' ', 2))
  SELECT
    (SELECT count(*) FROM rows WHERE coalesce(deployed_military, 0) + coalesce(deployed_civil, 0) <> deployed_total)
  + (SELECT (sum(r.framework_military) <> any_value(t.framework_military))::INT + (coalesce(sum(r.framework_civil), 0) <> coalesce(any_value(t.framework_civil), 0))::INT
          + (sum(r.deployed_military) <> any_value(t.deployed_military))::INT + (coalesce(sum(r.deployed_civil), 0) <> coalesce(any_value(t.deployed_civil), 0))::INT
          + (sum(r.deployed_total) <> any_value(t.deployed_total))::INT FROM rows r, totals t)
  + (SELECT count(*) FROM m1 WHERE k NOT IN (SELECT k FROM rows))
  + (SELECT count(*) FROM rows WHERE k NOT IN (SELECT k FROM m1) AND mission NOT LIKE '%separate VGR%')
  + (SELECT count(*) FROM ends JOIN rows USING (k)
     WHERE ends.mandate_end < DATE '2025-04-30' AND coalesce(deployed_military, 0) + coalesce(deployed_civil, 0) > 0)`);

const [load_s] = await best(load);
const [aggregate_s] = await best(aggregate);
const [checks_s, findings] = await best(checks);
// The process's peak resident memory (DuckDB allocates in it), for reference beside jvom's.
const peak_bytes = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ load_s, aggregate_s, checks_s, findings: Number(findings), peak_bytes }));
