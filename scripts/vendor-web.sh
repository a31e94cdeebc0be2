#!/bin/sh
# Re-fetch the web app's vendored JavaScript and map data from npm into civcas/web/static/vendor/.
# Run by a developer when upgrading a version; the app itself never loads anything from the internet.
set -e
LEAFLET=1.9.4
CLUSTER=1.5.3
TOPOJSON=3.1.0
ATLAS=2.0.2
ROOT=$(cd "$(dirname "$0")/.." && pwd)
V="$ROOT/civcas/web/static/vendor"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"
npm pack --silent "leaflet@$LEAFLET" "leaflet.markercluster@$CLUSTER" "topojson-client@$TOPOJSON" \
  "world-atlas@$ATLAS" >/dev/null
for f in *.tgz; do mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
sha256sum ./*.tgz
rm -rf "$V"
mkdir -p "$V/leaflet" "$V/leaflet.markercluster" "$V/topojson-client" "$V/world-atlas"
P="leaflet-$LEAFLET/package"
cp "$P/dist/leaflet.js" "$P/dist/leaflet.js.map" "$P/dist/leaflet.css" "$P/LICENSE" "$V/leaflet/"
cp -r "$P/dist/images" "$V/leaflet/"
P="leaflet.markercluster-$CLUSTER/package"
cp "$P/dist/leaflet.markercluster.js" "$P/dist/leaflet.markercluster.js.map" "$P/dist/MarkerCluster.css" \
  "$P/dist/MarkerCluster.Default.css" "$P/MIT-LICENCE.txt" "$V/leaflet.markercluster/"
P="topojson-client-$TOPOJSON/package"
cp "$P/dist/topojson-client.min.js" "$P/LICENSE" "$V/topojson-client/"
P="world-atlas-$ATLAS/package"
cp "$P/countries-110m.json" "$P/LICENSE" "$V/world-atlas/"
find "$V" -type f -exec chmod 644 {} +
echo "vendored into $V; update $ROOT/civcas/web/static/VENDOR.md with the versions and checksums above"
