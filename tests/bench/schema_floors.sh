#!/usr/bin/env bash
# What SQLite alone needs to store a portfolio under other schemas than kamgraph's: the
# floor any importer would stand on. README, Performance, "The import" quotes its figures.
#
#   tests/bench/schema_floors.sh DATA_DIR [WORK_DIR]
#
# DATA_DIR holds accounts.csv, people.csv and relationships.csv (generate_portfolio.py).
# It times `sqlite3 .import` of the three files (the issue's yardstick), then, for each
# schema below, sqlite3 copying those rows (already in SQLite) into a fresh database with
# INSERT ... SELECT in one transaction, with kamgraph's settings (16 KiB pages, WAL,
# synchronous = FULL, 64 MiB cache, foreign keys on), and prints seconds and the ratio to
# .import. Only the storing is timed: for the integer-key schemas the text id -> integer
# map is built beforehand, as an importer would hold it in memory.
#
#   A  kamgraph's schema 3: text primary keys, people(org), people(reports_to),
#      relationships(target), deferred foreign keys (run.py's "sqlite3 into kamgraph's
#      schema" is this one, with the CHECKs too)
#   B  A with people and relationships WITHOUT ROWID (clustered on their primary keys)
#   C  B without foreign keys, and so without the people(reports_to) index they need
#   D  integer keys: people keyed by rowid, the text id in one unique index,
#      relationships (source, target) as integers, WITHOUT ROWID; foreign keys kept
#   E  D without foreign keys and the people(reports_to) index
set -euo pipefail
data=$(cd "$1" && pwd)
work=${2:-$(mktemp -d)}
mkdir -p "$work"
cd "$work"
rm -f ./*.db ./*.db-wal ./*.db-shm

seconds() {  # seconds COMMAND...: runs it, prints its wall time
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}

load_csv() {
  printf '.mode csv\n.import %s/accounts.csv accounts\n.import %s/people.csv people\n.import %s/relationships.csv relationships\n' \
    "$data" "$data" "$data" | sqlite3 csv.db
}
floor=$(seconds load_csv)
echo "sqlite3 .import: ${floor} s"

swap="type IN ('knows', 'works_with', 'conflicts') AND source > target"
sqlite3 csv.db <<SQL
CREATE TABLE pk AS SELECT rowid AS pk, id FROM people;
CREATE UNIQUE INDEX pk_id ON pk(id);
CREATE TABLE people_i AS SELECT p.rowid AS pk, p.*,
  (SELECT pk FROM pk WHERE pk.id = NULLIF(p.reports_to, '')) AS boss FROM people p;
CREATE TABLE relationships_i AS SELECT
  (SELECT pk FROM pk WHERE id = CASE WHEN $swap THEN target ELSE source END) AS s,
  (SELECT pk FROM pk WHERE id = CASE WHEN $swap THEN source ELSE target END) AS t,
  r.* FROM relationships r;
SQL

settings="PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
PRAGMA cache_size = -65536; ATTACH 'csv.db' AS csv;"
accounts_table="CREATE TABLE accounts (id TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL,
  segment TEXT, revenue REAL, potential REAL, margin REAL, attractiveness REAL,
  supplier_strength REAL);"
accounts_rows="INSERT INTO accounts SELECT id, name, NULLIF(segment, ''), NULLIF(revenue, ''),
  NULLIF(potential, ''), NULLIF(margin, ''), NULLIF(attractiveness, ''),
  NULLIF(supplier_strength, '') FROM csv.accounts;"
person_values="name, org, kind, role, COALESCE(NULLIF(power, ''), 0.5),
  COALESCE(NULLIF(attitude, ''), 'neutral'), NULLIF(title, ''), NULLIF(department, '')"
text_rows="INSERT INTO people SELECT id, $person_values, NULLIF(reports_to, '') FROM csv.people;
INSERT INTO relationships SELECT CASE WHEN $swap THEN target ELSE source END,
  CASE WHEN $swap THEN source ELSE target END, type, strength, NULLIF(last_contact, ''),
  NULLIF(mode, '') FROM csv.relationships;"
integer_rows="INSERT INTO people SELECT pk, id, $person_values, boss FROM csv.people_i;
INSERT INTO relationships SELECT s, t, type, strength, NULLIF(last_contact, ''),
  NULLIF(mode, '') FROM csv.relationships_i;"

store() {  # store NAME SCHEMA ROWS
  sqlite3 "$1.db" "PRAGMA page_size = 16384; $accounts_table $2" >/dev/null
  sqlite3 "$1.db" "$settings BEGIN; $accounts_rows $3 COMMIT;"
}
try() {  # try NAME SCHEMA ROWS
  local t
  t=$(seconds store "$@")
  awk -v n="$1" -v t="$t" -v f="$floor" 'BEGIN { printf "%s: %.2f s, %.2fx .import\n", n, t, t / f }'
}

fk="REFERENCES people(id) DEFERRABLE INITIALLY DEFERRED"
ifk="REFERENCES people(pk) DEFERRABLE INITIALLY DEFERRED"
person_columns="name TEXT NOT NULL, org TEXT NOT NULL, kind TEXT NOT NULL,
  roles TEXT NOT NULL DEFAULT '', power REAL NOT NULL, attitude TEXT NOT NULL, title TEXT,
  department TEXT"
relationship_columns="type TEXT NOT NULL, strength REAL NOT NULL, last_contact TEXT, mode TEXT,
  PRIMARY KEY (source, target, type)"
text_people() {  # text_people [FOREIGN_KEY] [WITHOUT ROWID]
  echo "CREATE TABLE people (id TEXT NOT NULL PRIMARY KEY, $person_columns,
    reports_to TEXT $1) $2; CREATE INDEX people_org ON people(org);"
}
text_relationships() {
  echo "CREATE TABLE relationships (source TEXT NOT NULL $1, target TEXT NOT NULL $1,
    $relationship_columns) $2; CREATE INDEX relationships_target ON relationships(target);"
}
integer_people() {
  echo "CREATE TABLE people (pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, $person_columns,
    reports_to INTEGER $1); CREATE INDEX people_org ON people(org);"
}
integer_relationships() {
  echo "CREATE TABLE relationships (source INTEGER NOT NULL $1, target INTEGER NOT NULL $1,
    $relationship_columns) WITHOUT ROWID;
    CREATE INDEX relationships_target ON relationships(target);"
}
boss_index="CREATE INDEX people_reports_to ON people(reports_to);"

try A "$(text_people "$fk" "") $boss_index $(text_relationships "$fk" "")" "$text_rows"
try B "$(text_people "$fk" "WITHOUT ROWID") $boss_index $(text_relationships "$fk" "WITHOUT ROWID")" \
  "$text_rows"
try C "$(text_people "" "WITHOUT ROWID") $(text_relationships "" "WITHOUT ROWID")" "$text_rows"
try D "$(integer_people "$ifk") $boss_index $(integer_relationships "$ifk")" "$integer_rows"
try E "$(integer_people "") $(integer_relationships "")" "$integer_rows"
