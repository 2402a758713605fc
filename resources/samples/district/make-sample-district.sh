#!/bin/sh
# Makes the sample district: samples.zeroplan-district, linking the three sample plans
# (resources/samples/*.json, not copies) by paths relative to the district file's folder.
# A district file is an SQLite database, a binary file, so it is made by this script instead
# of being committed (docs/district.md, "The sample district"); tests/app/TestCliDistrict runs
# it. Usage: make-sample-district.sh [ZEROPLAN_CLI [OUT_DIR]]  (defaults: zeroplan-cli on the
# PATH, this script's folder).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cli=${1:-zeroplan-cli}
out=${2:-$here}
district="$out/samples.zeroplan-district"
rm -f "$district"
"$cli" district "$district" --base-year 2023 --name "Sample district" --link "$here/../shenzhen-xinqiao.json" --scenario 全面
"$cli" district "$district" --link "$here/../hangzhou-hemu.json" --scenario "深化行动（2050 碳中和）"
"$cli" district "$district" --link "$here/../european-ecodistrict.json" --scenario "Net zero 2040" \
    --type new
