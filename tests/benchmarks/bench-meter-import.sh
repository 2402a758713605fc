#!/usr/bin/env bash
# Benchmark (label bench): ZeroPlan's whole import of 1,000,000 meter readings (parse,
# validate, convert, aggregate, store into a .zeroplan file) against the sqlite3 shell's
# `.import` of the same CSV into an in-memory table. Prints the best of RUNS for each, the
# ratio, and ZeroPlan's peak memory. Target (issue 3): ratio ≤ 1.0, peak ≤ 200 MB.
# Usage: bench-meter-import.sh ZEROPLAN_CLI SOURCE_DIR
set -euo pipefail
cli=$1
source_dir=$2
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1,000,000 rows, about 37 MB: household id, month, carrier, amount, unit (deterministic).
awk 'BEGIN {
    srand(1); print "household,month,carrier,amount,unit"; n = 0
    for (h = 1; n < 1000000; h++)
        for (c = 0; c < 2 && n < 1000000; c++)
            for (m = 1; m <= 12 && n < 1000000; m++) {
                if (c == 0) printf "H%06d,2023-%02d,electricity,%.1f,kWh\n", h, m, 250 * (0.5 + rand())
                else printf "H%06d,2023-%02d,natural_gas,%.1f,m3\n", h, m, 20 * (0.5 + rand())
                n++
            }
}' > "$work/meters.csv"
"$cli" convert "$source_dir/resources/samples/shenzhen-xinqiao.json" "$work/plan.zeroplan"
echo "file: $(wc -l < "$work/meters.csv") lines, $(du -m "$work/meters.csv" | cut -f1) MB"

best() { sort -n | head -1; }
zeroplan_runs=()
sqlite_runs=()
peak_kb=0
for _ in $(seq "$runs"); do
    cp "$work/plan.zeroplan" "$work/run.zeroplan"
    /usr/bin/time -f '%e %M' -o "$work/zp.time" \
        "$cli" import "$work/run.zeroplan" --meter-readings "$work/meters.csv" > /dev/null
    read -r seconds kb < "$work/zp.time"
    zeroplan_runs+=("$seconds")
    [ "$kb" -gt "$peak_kb" ] && peak_kb=$kb
    /usr/bin/time -f '%e %M' -o "$work/sq.time" \
        sqlite3 :memory: '.mode csv' ".import $work/meters.csv t"
    read -r seconds _ < "$work/sq.time"
    sqlite_runs+=("$seconds")
done
zp=$(printf '%s\n' "${zeroplan_runs[@]}" | best)
sq=$(printf '%s\n' "${sqlite_runs[@]}" | best)
awk -v zp="$zp" -v sq="$sq" -v kb="$peak_kb" 'BEGIN {
    printf "RESULT zeroplan import: %.2f s (best of runs), peak %.0f MB\n", zp, kb / 1024
    printf "RESULT sqlite3 .import: %.2f s\n", sq
    printf "RESULT ratio zeroplan/sqlite3: %.2f\n", zp / sq
}'
