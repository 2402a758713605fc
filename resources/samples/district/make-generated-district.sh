#!/bin/sh
# Makes the generated district: N communities (default 1,000) created from a generated
# spreadsheet, generated-communities.csv, and generated.zeroplan-district linking them (docs/
# district.md, "The generated district"). Row i is row ((i − 1) mod 5) + 1 of communities.csv,
# the example of five communities, with its population, households, area and yearly totals
# scaled by s(i) = 0.5 + ((37 × i) mod 151) ÷ 100 (0.5 to 2.0, rounded to whole units): every
# figure follows from the example's, and the district is the same on every run. For trying a
# district of many communities (the league table, the flags, the small charts, the speed);
# tests/app/TestCliGeneratedDistrict runs it.
# Usage: make-generated-district.sh [ZEROPLAN_CLI [OUT_DIR [N]]]  (defaults: zeroplan-cli on the
# PATH, this script's folder, 1000).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cli=${1:-zeroplan-cli}
out=${2:-$here}
n=${3:-1000}
mkdir -p "$out"
csv="$out/generated-communities.csv"
district="$out/generated.zeroplan-district"
awk -F, -v n="$n" '
NR == 1 { header = $0; next }
{ rows[NR - 2] = $0 }
END {
    print header
    for (i = 1; i <= n; i++) {
        split(rows[(i - 1) % 5], f, ",")
        s = 0.5 + ((37 * i) % 151) / 100
        line = sprintf("Generated community %04d,%d,%d,%.1f,%s", i, f[2] * s + 0.5,
                       f[3] * s + 0.5, f[4] * s, f[5])
        for (c = 6; c <= 8; c++)
            line = line "," (f[c] == "" ? "" : sprintf("%d", f[c] * s + 0.5))
        print line
    }
}' "$here/communities.csv" > "$csv"
rm -f "$district"
"$cli" district "$district" --create-from "$csv" --base-year 2024 --name "Generated district"
