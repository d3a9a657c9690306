#!/bin/sh
# Validate add-in manifests offline against Microsoft's XML schemas with xmllint.
#   usage: validate-manifest.sh [MANIFEST.xml ...]   (default: manifest.xml, and dist/manifest.xml if built)
# The schemas are found at $MANIFEST_SCHEMAS, ../shared/schemas/office-addin-manifest or
# shared/schemas/office-addin-manifest. Microsoft's own validator posts the manifest to a web
# service, which may not be reachable. `npm test` runs the checks that need no schema every time.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
if [ "$#" -eq 0 ]; then
  set -- "$root/manifest.xml"
  [ -f "$root/dist/manifest.xml" ] && set -- "$@" "$root/dist/manifest.xml"
fi
for dir in "${MANIFEST_SCHEMAS:-}" "$root/../shared/schemas/office-addin-manifest" "$root/shared/schemas/office-addin-manifest"; do
  if [ -n "$dir" ] && [ -f "$dir/validate.sh" ]; then
    exec sh "$dir/validate.sh" "$@"
  fi
done
echo "validate-manifest: Microsoft's manifest schemas not found: set MANIFEST_SCHEMAS to the folder holding validate.sh, or put it at ../shared/schemas/office-addin-manifest" >&2
exit 2
