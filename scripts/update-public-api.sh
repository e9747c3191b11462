#!/usr/bin/env bash
# Regenerates every packable library's PublicAPI.Unshipped.txt from a build (docs/public-api.md).
#
#   scripts/update-public-api.sh            # all libraries under src/ that declare their API
#   scripts/update-public-api.sh src/OrgLife.Tally   # only these project folders
#
# Builds the libraries once with the public API analyzer's findings as warnings, then per project:
#   RS0016 "Symbol 'X' is not part of the declared public API"      -> X is added to PublicAPI.Unshipped.txt
#   RS0017 "Symbol 'X' is part of the declared API, but ..."   -> the line X is removed from Unshipped
# The file keeps its '#nullable enable' header, then the lines sorted (ordinal) and de-duplicated.
# Idempotent: a second run finds nothing to add or remove and leaves every file byte for byte as it was.
# A symbol removed from PublicAPI.Shipped.txt's surface is reported and left for a person to decide
# (removing shipped API is a breaking change, not something a script does).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$#" -gt 0 ]; then
  dirs=("$@")
else
  dirs=()
  for f in src/*/PublicAPI.Unshipped.txt; do dirs+=("$(dirname "$f")"); done
fi

projects=()
for d in "${dirs[@]}"; do
  d="${d%/}"
  for p in "$d"/*.csproj; do
    [ -f "$p" ] || { echo "no project in $d" >&2; exit 2; }
    for f in PublicAPI.Shipped.txt PublicAPI.Unshipped.txt; do
      [ -f "$d/$f" ] || printf '#nullable enable\n' > "$d/$f"
    done
    projects+=("$p")
  done
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One traversal project so shared dependencies are rebuilt once; Rebuild, because an up-to-date project
# would not run the compiler and so would report nothing.
{
  echo '<Project><ItemGroup>'
  for p in "${projects[@]}"; do echo "<P Include=\"$PWD/$p\" />"; done
  echo '</ItemGroup><Target Name="Build"><MSBuild Projects="@(P)" Targets="Rebuild" Properties="Configuration=Release" /></Target></Project>'
} > "$work/all.proj"

for p in "${projects[@]}"; do dotnet restore "$p" -nologo -v:quiet; done

set +e
dotnet msbuild "$work/all.proj" -nologo -v:quiet -clp:NoSummary \
  -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= -p:MSBuildTreatWarningsAsErrors=false \
  > "$work/build.log" 2>&1
status=$?
set -e

changed=0
for p in "${projects[@]}"; do
  d="$(dirname "$p")"
  abs="$PWD/$p"
  unshipped="$d/PublicAPI.Unshipped.txt"
  # Lines look like: /path/File.cs(12,5): warning RS0016: Symbol 'X' is not part of ... [/path/Proj.csproj]
  grep -F "[$abs" "$work/build.log" | grep -F 'warning RS0016:' \
    | sed -nE "s/.*warning RS0016: Symbol '(.*)' is not part of the declared public API.*/\1/p" \
    | LC_ALL=C sort -u > "$work/add" || true
  grep -F "[$abs" "$work/build.log" | grep -F 'warning RS0017:' \
    | sed -nE "s/.*warning RS0017: Symbol '(.*)' is part of the declared (public )?API, but is either not public or could not be found.*/\1/p" \
    | LC_ALL=C sort -u > "$work/remove" || true

  # Shipped lines reported gone are a breaking change: say so, leave them.
  if [ -s "$work/remove" ]; then
    grep -vxF '#nullable enable' "$d/PublicAPI.Shipped.txt" | LC_ALL=C grep -xFf "$work/remove" \
      | sed "s|^|$d: shipped API is gone (breaking change, edit PublicAPI.Shipped.txt by hand): |" >&2 || true
  fi

  {
    echo '#nullable enable'
    {
      grep -vxF '#nullable enable' "$unshipped" | grep -v '^[[:space:]]*$' | { if [ -s "$work/remove" ]; then grep -vxFf "$work/remove"; else cat; fi; } || true
      cat "$work/add"
    } | LC_ALL=C sort -u
  } > "$work/new"

  if ! cmp -s "$work/new" "$unshipped"; then
    cp "$work/new" "$unshipped"
    echo "$unshipped: +$(wc -l < "$work/add") -$(wc -l < "$work/remove")"
    changed=1
  fi
done

# Anything else that failed the build (a compile error, not an API declaration) stops here, loudly.
if [ "$status" -ne 0 ]; then
  grep -E ': error ' "$work/build.log" | grep -vE 'error RS00(16|17):' | LC_ALL=C sort -u >&2 || true
  echo "build failed; see the errors above" >&2
  exit "$status"
fi

if [ "$changed" -eq 0 ]; then echo "public API files already up to date"; fi
