#!/bin/sh
# Validate manifest.xml offline against Microsoft's XML schemas (shared/schemas/office-addin-manifest).
# Microsoft's own validator posts the manifest to a web service, which is not reachable here.
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
for dir in "$root/../shared/schemas/office-addin-manifest" "$root/shared/schemas/office-addin-manifest"; do
  if [ -x "$dir/validate.sh" ] || [ -f "$dir/validate.sh" ]; then
    exec sh "$dir/validate.sh" "$root/manifest.xml"
  fi
done
echo "validate-manifest: schemas not found (expected ../shared/schemas/office-addin-manifest)" >&2
exit 2
