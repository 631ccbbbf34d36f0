#!/usr/bin/env bash
# Compares the lint speed of this checkout with another commit, side by side in one run: both CLIs (Release) lint the
# same 1,000 plans made from the shared corpus, in text and in SARIF (to a file), interleaved, and the script prints each
# median and the ratio this/base per format (SARIF grows with what the report carries: fixes, fingerprints, summaries). Then
# the engine alone, in process on one warm thread (EngineInProcess.cs built against each tree's engine): the ratio of the
# engine's own work, apart from process start-up and JIT. A change to the engine is held to a ratio (the two formats work:
# within 1.05 of the commit before it).
#
# Usage: tests/ExecPlan.Benchmarks/compare.sh BASE_COMMIT [--runs N] [--plans N] [--engine-runs N]
set -euo pipefail

[[ $# -ge 1 && $1 != -* ]] || { sed -n '2,8p' "$0"; exit 2; }
base="$1"; shift
runs=9
plans=1000
engine_runs=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --plans) plans="$2"; shift 2 ;;
    --engine-runs) engine_runs="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/execplan-compare.XXXXXX")"
trap 'git -C "$repo" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

git -C "$repo" worktree add --detach -q "$work/base" "$base"
for tree in "$repo" "$work/base"; do
  dotnet build "$tree/src/ExecPlan.Cli/ExecPlan.Cli.csproj" -c Release -nodeReuse:false -v q -nologo >/dev/null
done
dotnet build "$repo/tests/ExecPlan.Benchmarks/ExecPlan.Benchmarks.csproj" -c Release -nodeReuse:false -v q -nologo >/dev/null
dotnet "$repo/tests/ExecPlan.Benchmarks/bin/Release/net10.0/ExecPlan.Benchmarks.dll" make-plans "$work/plans" "$plans"

this_cli="$repo/src/ExecPlan.Cli/bin/Release/net10.0/ExecPlan.Cli.dll"
base_cli="$(ls "$work"/base/src/ExecPlan.Cli/bin/Release/net*/ExecPlan.Cli.dll | head -1)" # net8.0 before the native work, net10.0 after
time_ms() {
  local start end
  start=$(date +%s%N)
  dotnet "$1" lint "$work/plans" --format "$2" --output "$work/out.$2" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

for format in text sarif; do
  time_ms "$this_cli" "$format" >/dev/null; time_ms "$base_cli" "$format" >/dev/null # warm the disk cache and the runtime's
  this_times=(); base_times=()
  for ((i = 0; i < runs; i++)); do
    this_times+=("$(time_ms "$this_cli" "$format")")
    base_times+=("$(time_ms "$base_cli" "$format")")
  done
  this_median=$(median "${this_times[@]}")
  base_median=$(median "${base_times[@]}")
  printf '%s, this checkout: %s ms (median of %s: %s)\n' "$format" "$this_median" "$runs" "${this_times[*]}"
  printf '%s, %-13s: %s ms (median of %s: %s)\n' "$format" "$base" "$base_median" "$runs" "${base_times[*]}"
  awk -v f="$format" -v a="$this_median" -v b="$base_median" 'BEGIN { printf "%s ratio this/base: %.3f\n", f, a / b }'
done

# The engine in process: the same benchmark source, built against each tree's src/ExecPlan, outside both trees.
engine_bench() {
  local dir="$work/engine-$2"
  mkdir -p "$dir"
  cp "$repo/tests/ExecPlan.Benchmarks/EngineInProcess.cs" "$repo/tests/ExecPlan.Benchmarks/Floor.cs" "$dir/"
  cat > "$dir/EngineBench.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <TieredPGO>false</TieredPGO>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$1/src/ExecPlan/ExecPlan.csproj" />
  </ItemGroup>
</Project>
PROJECT
  echo 'return ExecPlan.Benchmarks.EngineInProcess.Run(args[0], int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));' > "$dir/Program.cs"
  dotnet build "$dir/EngineBench.csproj" -c Release -nodeReuse:false -v q -nologo >/dev/null
}
engine_bench "$repo" this
engine_bench "$work/base" base
engine_ms() { dotnet "$work/engine-$1/bin/Release/net10.0/EngineBench.dll" "$work/plans" 3 | awk '{ print $2 }'; }
this_engine=(); base_engine=()
for ((i = 0; i < engine_runs; i++)); do
  this_engine+=("$(engine_ms this)")
  base_engine+=("$(engine_ms base)")
done
this_engine_median=$(median "${this_engine[@]}")
base_engine_median=$(median "${base_engine[@]}")
printf 'engine in process, this checkout: %s ms (median of %s: %s)\n' "$this_engine_median" "$engine_runs" "${this_engine[*]}"
printf 'engine in process, %-13s: %s ms (median of %s: %s)\n' "$base" "$base_engine_median" "$engine_runs" "${base_engine[*]}"
awk -v a="$this_engine_median" -v b="$base_engine_median" 'BEGIN { printf "engine ratio this/base: %.3f\n", a / b }'
