#!/bin/sh
# Fetch the dashboard's third-party browser files into src/veeduria/web/static/vendor/.
#
# The files are committed: the dashboard never loads anything from a CDN and works offline.
# Run this only to upgrade a version; review the diff of vendor/VERSIONS.txt afterwards.
# Needs npm (it only downloads the published tarballs; nothing is installed or executed).
set -eu

LEAFLET=leaflet@1.9.4
CLUSTER=leaflet.markercluster@1.5.3
TOPOJSON=topojson-client@3.1.0
ATLAS=world-atlas@2.0.2

ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENDOR="$ROOT/src/veeduria/web/static/vendor"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

cd "$TMP"
npm pack --silent "$LEAFLET" "$CLUSTER" "$TOPOJSON" "$ATLAS" >/dev/null
for tarball in *.tgz; do
    mkdir "${tarball%.tgz}"
    tar xzf "$tarball" -C "${tarball%.tgz}"
done

rm -rf "$VENDOR"
mkdir -p "$VENDOR/leaflet/images" "$VENDOR/leaflet.markercluster" "$VENDOR/topojson-client" \
    "$VENDOR/world-atlas"

src=leaflet-1.9.4/package
cp "$src/dist/leaflet.js" "$src/dist/leaflet.css" "$src/LICENSE" "$VENDOR/leaflet/"
cp "$src/dist/images/"*.png "$VENDOR/leaflet/images/"

src=leaflet.markercluster-1.5.3/package
cp "$src/dist/leaflet.markercluster.js" "$src/dist/MarkerCluster.css" \
    "$src/dist/MarkerCluster.Default.css" "$VENDOR/leaflet.markercluster/"
cp "$src/MIT-LICENCE.txt" "$VENDOR/leaflet.markercluster/LICENSE"

src=topojson-client-3.1.0/package
cp "$src/dist/topojson-client.min.js" "$src/LICENSE" "$VENDOR/topojson-client/"

# Country outlines at 1:110m (Natural Earth, public domain; packaged by world-atlas, ISC).
src=world-atlas-2.0.2/package
cp "$src/countries-110m.json" "$src/LICENSE" "$VENDOR/world-atlas/"

# Source maps reference files we do not ship; drop the comment so browsers do not ask for them.
sed -i '/^\/\/# sourceMappingURL=/d' "$VENDOR/leaflet/leaflet.js" \
    "$VENDOR/leaflet.markercluster/leaflet.markercluster.js"

{
    echo "# Vendored browser files: package, licence, sha256 (written by scripts/fetch_vendor.sh)"
    echo "$LEAFLET BSD-2-Clause"
    echo "$CLUSTER MIT"
    echo "$TOPOJSON ISC"
    echo "$ATLAS ISC (data: Natural Earth, public domain)"
    echo
    cd "$VENDOR"
    find . -type f ! -name VERSIONS.txt | LC_ALL=C sort | xargs sha256sum
} > "$TMP/VERSIONS.txt"
mv "$TMP/VERSIONS.txt" "$VENDOR/VERSIONS.txt"
echo "vendored files written to $VENDOR"
