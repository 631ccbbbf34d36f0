#!/usr/bin/env bash
# Measures ExecPlan.Build side by side in one run and prints ratios against the goals:
#   whole-process `execplan lint` of 1,000 plans vs markdownlint-cli2 (>= 10x faster) and vs the
#   read-and-parse floor (<= 1.5x); 10,000 plans vs 1,000 (<= 11x); a 5 MB plan (< 1 s); peak memory
#   for 1,000 vs 10,000 plans; an editor's lint of one open plan vs the whole repository (<= 0.25x); the
#   discovery of the plans in a repository of 100,000 files vs .NET's listing of its files (<= 1.5x); the
#   MSBuild target on a no-op incremental build (< 50 ms) when the ExecPlan.Build package is in the
#   repository; then the BenchmarkDotNet suite (in process).
#   With --native, also the NativeAOT executable (published here for linux-x64, needs clang): one plan at
#   most 0.05 s and below the floor's one plan, 1,000 and 10,000 plans at most 1.5x the floor; and the
#   precompiled (ReadyToRun) build of the other platforms' packages, built for linux-x64, against the JIT one.
#
# Usage: tests/ExecPlan.Benchmarks/run.sh [--runs N] [--no-bdn] [--no-build] [--native [EXECUTABLE]]
# Needs: .NET SDK 10, Node 20 + npm (markdownlint-cli2 is installed into the work folder if missing).
# Uses hyperfine when it is on PATH, else an interleaved loop timed with `date +%s%N`.
# Environment: EXECPLAN_BENCH_DIR (work folder, default a temp folder), MARKDOWNLINT_CLI2 (a
# markdownlint-cli2 binary to use instead of installing one).
set -euo pipefail

runs=7
bdn=1
build=1
native=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --no-bdn) bdn=0; shift ;;
    --no-build) build=0; shift ;;
    --native) native=auto; shift; if [[ $# -gt 0 && $1 != -* ]]; then native="$1"; shift; fi ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${EXECPLAN_BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/execplan-bench.XXXXXX")}"
mkdir -p "$work"
bench_project="$repo/tests/ExecPlan.Benchmarks"
cli="$repo/src/ExecPlan.Cli/bin/Release/net10.0/ExecPlan.Cli.dll"
bench="$bench_project/bin/Release/net10.0/ExecPlan.Benchmarks.dll"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { printf '\n== %s\n' "$*"; }

if [[ $build == 1 ]]; then
  say "Building (Release)"
  dotnet build "$repo/src/ExecPlan.Cli/ExecPlan.Cli.csproj" -c Release -nodeReuse:false -v q -nologo >/dev/null
  dotnet build "$bench_project/ExecPlan.Benchmarks.csproj" -c Release -nodeReuse:false -v q -nologo >/dev/null
fi

if [[ $native == auto ]]; then
  say "Publishing the native executable (NativeAOT, linux-x64)"
  dotnet publish "$repo/src/ExecPlan.Cli/ExecPlan.Cli.csproj" -c Release -r linux-x64 -p:ExecPlanNative=true -nodeReuse:false -v q -nologo -o "$work/native" >/dev/null
  native="$work/native/ExecPlan.Cli"
fi
if [[ -n $native ]]; then
  say "Publishing the precompiled build the other platforms' packages are (ReadyToRun, framework-dependent), for linux-x64"
  dotnet publish "$repo/src/ExecPlan.Cli/ExecPlan.Cli.csproj" -c Release -p:ExecPlanNative=true -p:ExecPlanPackRuntime=linux-x64 -p:ExecPlanReadyToRunIdentifiers=linux-x64 -nodeReuse:false -v q -nologo -o "$work/r2r" >/dev/null
fi

mdl="${MARKDOWNLINT_CLI2:-}"
if [[ -z $mdl ]]; then
  mdl="$work/npm/node_modules/.bin/markdownlint-cli2"
  if [[ ! -x $mdl ]]; then
    say "Installing markdownlint-cli2 from npm into $work/npm"
    npm install --silent --prefix "$work/npm" markdownlint-cli2 >/dev/null
  fi
fi

say "Making plans from the shared corpus in $work"
for n in 1 1000 10000; do
  [[ -d "$work/p$n/plans" ]] || dotnet "$bench" make-plans "$work/p$n" "$n"
done
mkdir -p "$work/large"
[[ -f "$work/large/plans/large.md" ]] || { mkdir -p "$work/large/plans" "$work/large/.git"; dotnet "$bench" make-large "$work/large/plans/large.md" $((5 * 1024 * 1024)); }
printf 'max_file_size: 8MiB\n' > "$work/large/.execplan.yaml"

# Commands measured; each prints nothing and its exit code is ignored (plans with errors exit 1).
declare -A cmd=(
  [execplan_1]="dotnet '$cli' lint '$work/p1' --format text"
  [floor_1]="dotnet '$bench' floor '$work/p1/plans'"
  [execplan_1k]="dotnet '$cli' lint '$work/p1000' --format text"
  [floor_1k]="dotnet '$bench' floor '$work/p1000/plans'"
  [mdl_1k]="cd '$work/p1000' && '$mdl' 'plans/**/*.md'"
  [execplan_10k]="dotnet '$cli' lint '$work/p10000' --format text"
  [floor_10k]="dotnet '$bench' floor '$work/p10000/plans'"
  [execplan_5mb]="dotnet '$cli' lint '$work/large' --format text"
  [floor_5mb]="dotnet '$bench' floor '$work/large/plans'"
  [execplan_empty]="dotnet '$cli' lint '$work/large/.git' --format text"
)
order=(execplan_1 floor_1 execplan_1k floor_1k mdl_1k execplan_10k floor_10k execplan_5mb floor_5mb execplan_empty)
if [[ -n $native ]]; then
  cmd[native_1]="'$native' lint '$work/p1' --format text"
  cmd[native_1k]="'$native' lint '$work/p1000' --format text"
  cmd[native_10k]="'$native' lint '$work/p10000' --format text"
  cmd[r2r_1]="dotnet '$work/r2r/ExecPlan.Cli.dll' lint '$work/p1' --format text"
  cmd[r2r_1k]="dotnet '$work/r2r/ExecPlan.Cli.dll' lint '$work/p1000' --format text"
  order+=(native_1 native_1k native_10k r2r_1 r2r_1k)
fi
declare -A median

# Median wall time in milliseconds of each command: hyperfine if present, else interleaved rounds.
if command -v hyperfine >/dev/null; then
  say "Timing with hyperfine ($runs runs each, 1 warm-up)"
  args=()
  for name in "${order[@]}"; do args+=(-n "$name" "${cmd[$name]} >/dev/null 2>&1"); done
  hyperfine -N --shell=bash -i --warmup 1 --runs "$runs" --export-csv "$work/times.csv" "${args[@]}" >/dev/null 2>&1 \
    || hyperfine --shell=bash -i --warmup 1 --runs "$runs" --export-csv "$work/times.csv" "${args[@]}" >/dev/null
  while IFS=, read -r name _ _ med _; do
    [[ $name == command ]] || median[$name]=$(awk -v s="$med" 'BEGIN { printf "%.1f", s * 1000 }')
  done < "$work/times.csv"
else
  say "Timing with an interleaved loop ($runs rounds, 1 warm-up; install hyperfine for more precise figures)"
  declare -A samples
  for round in $(seq 0 "$runs"); do
    for name in "${order[@]}"; do
      start=$(date +%s%N)
      bash -c "${cmd[$name]}" >/dev/null 2>&1 || true
      end=$(date +%s%N)
      [[ $round == 0 ]] || samples[$name]+="$(( (end - start) / 1000 )) "
    done
  done
  for name in "${order[@]}"; do
    median[$name]=$(tr ' ' '\n' <<<"${samples[$name]}" | grep . | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }')
  done
fi

say "Peak memory of an in-process lint (working set)"
# Columns: plans, peak working set MB, MB of heap the returned findings hold, number of findings.
read -r _ mem1k held1k findings1k < <(dotnet "$bench" memory "$work/p1000")
read -r _ mem10k held10k findings10k < <(dotnet "$bench" memory "$work/p10000")
read -r _ smem1k _ < <(dotnet "$bench" memory-streamed "$work/p1000")
read -r _ smem10k _ < <(dotnet "$bench" memory-streamed "$work/p10000")
printf '  streamed (findings handed on, as execplan lint does for text): 1,000 plans peak %s MB, 10,000 plans peak %s MB\n' "$smem1k" "$smem10k"
printf '  1,000 plans: peak %s MB, of which the %s findings returned hold %s MB\n' "$mem1k" "$findings1k" "$held1k"
printf '  10,000 plans: peak %s MB, of which the %s findings returned hold %s MB\n' "$mem10k" "$findings10k" "$held10k"

say "An editor's lint of one open plan in a repository of 1,000 plans (in process, best of 5)"
# Columns: whole-repository lint ms, the language server's focused lint ms, focused / whole.
read -r _ editor_whole _ editor_focused _ editor_ratio _ < <(dotnet "$bench" editor "$work/p1000" 5)
printf '  whole repository %s ms, the open plan with the others read for their ids %s ms\n' "$editor_whole" "$editor_focused"

say "Finding the plans of a repository of 100,000 files (in process, best of 5)"
# Columns: discovery ms, .NET's recursive listing of every file ms, discovery / listing.
read -r _ walk_discover _ walk_list _ walk_ratio _ < <(dotnet "$bench" walk "$work/tree" 100000 5)
printf '  discovery %s ms, listing every file %s ms\n' "$walk_discover" "$walk_list"

# Whole-process peak resident memory of `execplan lint` per format (GNU time's maximum RSS), when /usr/bin/time is there.
declare -A rss
if [[ -x /usr/bin/time ]]; then
  say "Peak memory of execplan lint (whole process, maximum resident set)"
  for format in text sarif json; do
    for n in 1000 10000; do
      /usr/bin/time -f '%M' -o "$work/rss.txt" dotnet "$cli" lint "$work/p$n" --format "$format" >/dev/null 2>&1 || true
      rss[$format$n]=$(tail -1 "$work/rss.txt" | awk '{ printf "%d", $1 / 1024 }')
    done
    printf '  %-5s 1,000 plans %5s MB, 10,000 plans %5s MB\n' "$format" "${rss[${format}1000]}" "${rss[${format}10000]}"
  done
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
check() { awk -v v="$1" -v op="$2" -v goal="$3" 'BEGIN { ok = (op == "<=") ? v <= goal : v >= goal; print ok ? "PASS" : "FAIL" }'; }
row() { printf '%-58s %10s %-10s %s\n' "$1" "$2" "$3 $4" "$(check "$2" "$3" "$4")"; }

say "Median wall times (ms), whole process"
for name in "${order[@]}"; do printf '  %-16s %10s\n' "$name" "${median[$name]}"; done

say "Ratios against the goals (side by side, same run)"
printf '%-58s %10s %-10s %s\n' "measure" "value" "goal" "result"
row "markdownlint-cli2 / execplan lint, 1,000 plans (x faster)" "$(ratio "${median[mdl_1k]}" "${median[execplan_1k]}")" ">=" 10
printf '%-58s %10s %-10s %s\n' "execplan lint / floor, 1 plan (start-up)" "$(ratio "${median[execplan_1]}" "${median[floor_1]}")" "-" "(no goal)"
# With --native the goals below are the native tool's (what linux-x64 installs); the JIT build's ratios are shown beside them.
jit_row() { if [[ -n $native ]]; then printf '%-58s %10s %-10s %s\n' "$1 (JIT)" "$2" "-" "(goal: native)"; else row "$@"; fi; }
jit_row "execplan lint / floor, 1,000 plans" "$(ratio "${median[execplan_1k]}" "${median[floor_1k]}")" "<=" 1.5
row "execplan lint 10,000 / 1,000 plans" "$(ratio "${median[execplan_10k]}" "${median[execplan_1k]}")" "<=" 11
jit_row "execplan lint / floor, 10,000 plans" "$(ratio "${median[execplan_10k]}" "${median[floor_10k]}")" "<=" 1.5
row "execplan lint of one 5 MB plan, minus process start (ms)" "$(awk -v a="${median[execplan_5mb]}" -v b="${median[execplan_empty]}" 'BEGIN { printf "%.0f", a - b }')" "<=" 1000
row "execplan lint / floor, one 5 MB plan" "$(ratio "${median[execplan_5mb]}" "${median[floor_5mb]}")" "<=" 1.5
# Lint(paths) returns every finding, so its peak grows with them (shown, no goal); without them it must stay flat.
printf '%-58s %10s %-10s %s\n' "whole-run lint peak, 10,000 / 1,000 plans (MB: $mem10k / $mem1k)" "$(ratio "$mem10k" "$mem1k")" "-" "(findings returned)"
row "peak working set of a streamed lint, 10,000 / 1,000 plans" "$(ratio "$smem10k" "$smem1k")" "<=" 1.5
row "peak minus findings held, 10,000 / 1,000 plans" "$(ratio "$((mem10k - held10k))" "$((mem1k - held1k))")" "<=" 1.5
if [[ -n $native ]]; then
  row "native execplan lint, 1 plan (s)" "$(awk -v a="${median[native_1]}" 'BEGIN { printf "%.3f", a / 1000 }')" "<=" 0.05
  row "native execplan lint / floor, 1 plan" "$(ratio "${median[native_1]}" "${median[floor_1]}")" "<=" 1
  row "native execplan lint / floor, 1,000 plans" "$(ratio "${median[native_1k]}" "${median[floor_1k]}")" "<=" 1.5
  row "native execplan lint / floor, 10,000 plans" "$(ratio "${median[native_10k]}" "${median[floor_10k]}")" "<=" 1.5
  printf '%-58s %10s %-10s %s\n' "precompiled / JIT execplan lint, 1 plan" "$(ratio "${median[r2r_1]}" "${median[execplan_1]}")" "-" "(no goal)"
  printf '%-58s %10s %-10s %s\n' "precompiled / JIT execplan lint, 1,000 plans" "$(ratio "${median[r2r_1k]}" "${median[execplan_1k]}")" "-" "(no goal)"
fi
row "editor lint of one open plan / whole lint, 1,000 plans" "$editor_ratio" "<=" 0.25
row "discovery / listing every file, 100,000 files" "$walk_ratio" "<=" 1.5
for format in text sarif json; do
  if [[ -n ${rss[${format}1000]:-} ]]; then
    row "execplan lint --format $format peak, 10,000 / 1,000 plans" "$(ratio "${rss[${format}10000]}" "${rss[${format}1000]}")" "<=" 1.5
  fi
done

# The MSBuild target on a no-op incremental build (skipped until src/ExecPlan.Build exists).
say "MSBuild target on a no-op incremental build"
EXECPLAN_BENCH_DIR="$work/msbuild" "$repo/tests/ExecPlan.Benchmarks/msbuild-noop.sh" --runs "$runs" "$repo"

if [[ $bdn == 1 ]]; then
  say "BenchmarkDotNet (in process; the Ratio column is engine / floor)"
  (cd "$work" && dotnet "$bench" --filter '*' --join)
fi
