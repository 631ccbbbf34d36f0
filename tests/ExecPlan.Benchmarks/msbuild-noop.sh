#!/usr/bin/env bash
# Measures what the ExecPlan.Build MSBuild target adds to a no-op incremental build: packs the package
# from REPO into a local feed, builds a throwaway consumer (isolated NUGET_PACKAGES) once, then times
# no-op builds with ExecPlanLintEnabled=true and =false, interleaved, and prints the medians and the
# difference. Goal: under 50 ms.
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

feed="$work/feed"; consumer="$work/consumer"
rm -rf "$feed" "$consumer"; mkdir -p "$feed" "$consumer/plans" "$consumer/.git"
dotnet pack "$project" -c Release -o "$feed" -nodeReuse:false -v q -nologo >/dev/null
version=$(ls "$feed" | sed -n 's/^ExecPlan\.Build\.\([0-9].*\)\.nupkg$/\1/p' | head -1)
corpus="$repo/tests/ExecPlan.Tests/Corpus/real"
cp "$corpus"/*.md "$consumer/plans/"
cat > "$consumer/nuget.config" <<XML
<configuration><packageSources><clear /><add key="local" value="$feed" /><add key="nuget" value="https://api.nuget.org/v3/index.json" /></packageSources></configuration>
XML
cat > "$consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ExecPlanTreatWarningsAsErrors>false</ExecPlanTreatWarningsAsErrors></PropertyGroup>
  <ItemGroup><PackageReference Include="ExecPlan.Build" Version="$version" PrivateAssets="all" /></ItemGroup>
</Project>
XML
echo 'namespace Consumer; public static class C { }' > "$consumer/C.cs"
# The corpus plans have findings, and a lint with findings reruns on every build to report them again: every
# rule is off here, as in a repository whose plans are clean, so the up-to-date check can skip the lint and the
# measure is a true no-op build (discovery and the up-to-date check, with the task assembly loaded each time,
# as -nodeReuse:false starts a fresh MSBuild).
{ echo "rules:"; grep -o 'id: EXP[0-9]*' "$repo/schema/execplan.schema.yaml" | sort -u | sed 's/id: \(.*\)/  \1: off/'; } > "$consumer/.execplan.yaml"
export NUGET_PACKAGES="$work/nuget-packages"
dotnet restore "$consumer" -nodeReuse:false -v q >/dev/null

build_ms() {
  local start end
  start=$(date +%s%N)
  dotnet build "$consumer" --no-restore -nodeReuse:false -v q -nologo -p:ExecPlanLintEnabled="$1" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# Warm-up: the first builds compile and lint; after them every build is a no-op.
for _ in 1 2; do build_ms true >/dev/null; build_ms false >/dev/null; done
on=(); off=()
for _ in $(seq 1 "$runs"); do on+=("$(build_ms true)"); off+=("$(build_ms false)"); done
on_ms=$(median "${on[@]}"); off_ms=$(median "${off[@]}")
echo "no-op incremental build, lint on: $on_ms ms, lint off: $off_ms ms (medians of $runs, interleaved); the target adds $(( on_ms - off_ms )) ms (goal: under 50 ms)"
