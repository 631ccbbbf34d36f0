#!/usr/bin/env bash
# Measures what the ExecPlan.Build package adds to a no-op incremental build: packs it from REPO into a
# local feed, makes two throwaway consumers (isolated NUGET_PACKAGES), one with the package and one
# without, builds each until it is up to date, then times no-op builds of both, interleaved, and prints
# the medians and the difference. Goal: under 50 ms.
#
# Usage: tests/ExecPlan.Benchmarks/msbuild-noop.sh [--runs N] [REPO] (default: this repository)
# Environment: EXECPLAN_BENCH_DIR (work folder, default a temp folder).
set -euo pipefail

runs=7
if [[ ${1:-} == --runs ]]; then runs="$2"; shift 2; fi
repo="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
work="${EXECPLAN_BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/execplan-msbuild.XXXXXX")}"
project="$repo/src/ExecPlan.Build/ExecPlan.Build.csproj"
if [[ ! -f $project ]]; then
  echo "MSBuild target: skipped, $project does not exist yet (this script measures it once it does)"
  exit 0
fi

feed="$work/feed"
rm -rf "$feed" "$work/with" "$work/without"; mkdir -p "$feed"
dotnet pack "$project" -c Release -o "$feed" -nodeReuse:false -v q -nologo >/dev/null
version=$(ls "$feed" | sed -n 's/^ExecPlan\.Build\.\([0-9].*\)\.nupkg$/\1/p' | head -1)
export NUGET_PACKAGES="$work/nuget-packages"
# The package's version does not change between builds of this repository: a copy extracted by an earlier run (a kept
# EXECPLAN_BENCH_DIR) would be restored instead of the one just packed, and the run would measure old code.
rm -rf "$NUGET_PACKAGES/execplan.build"

# Two identical consumers, one with the package and one without, each in its own folder and repository:
# toggling ExecPlanLintEnabled on one project would not do, as a build without the lint lets IncrementalClean
# delete the lint's stamp and the next build lints again.
make_consumer() {
  local dir="$1" reference="$2"
  mkdir -p "$dir/plans" "$dir/.git"
  cp "$repo/tests/ExecPlan.Tests/Corpus/real/"*.md "$dir/plans/"
  cat > "$dir/nuget.config" <<XML
<configuration><packageSources><clear /><add key="local" value="$feed" /><add key="nuget" value="https://api.nuget.org/v3/index.json" /></packageSources></configuration>
XML
  cat > "$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup>$reference</ItemGroup>
</Project>
XML
  echo 'namespace Consumer; public static class C { }' > "$dir/C.cs"
  # The corpus plans have findings, and a lint with findings reruns on every build to report them again:
  # every rule is off, as in a repository whose plans are clean, so the measure is a true no-op build.
  { echo "rules:"; grep -o 'id: EXP[0-9]*' "$repo/schema/execplan.schema.yaml" | sort -u | sed 's/id: \(.*\)/  \1: off/'; } > "$dir/.execplan.yaml"
  dotnet restore "$dir" -nodeReuse:false -v q >/dev/null
}
make_consumer "$work/with" "<PackageReference Include=\"ExecPlan.Build\" Version=\"$version\" PrivateAssets=\"all\" />"
make_consumer "$work/without" ""

build_ms() {
  local start end
  start=$(date +%s%N)
  dotnet build "$1" --no-restore -nodeReuse:false -v q -nologo >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# Warm-up: the first builds compile and lint; after them every build is a no-op (-nodeReuse:false: a fresh
# MSBuild each time, so the task assembly is loaded each time, as on a CI agent).
for _ in 1 2; do build_ms "$work/with" >/dev/null; build_ms "$work/without" >/dev/null; done
with=(); without=()
for _ in $(seq 1 "$runs"); do with+=("$(build_ms "$work/with")"); without+=("$(build_ms "$work/without")"); done
with_ms=$(median "${with[@]}"); without_ms=$(median "${without[@]}")
echo "no-op incremental build with ExecPlan.Build: $with_ms ms, without: $without_ms ms (medians of $runs, interleaved); the package adds $(( with_ms - without_ms )) ms (goal: under 50 ms)"
dotnet build "$work/with" --no-restore -nodeReuse:false -nologo -clp:PerformanceSummary 2>&1 | grep -E '^ +[0-9]+ ms +(_ExecPlanDiscover|ExecPlanLint|DiscoverExecPlans) ' | sed 's/^ */  target or task: /' || true
