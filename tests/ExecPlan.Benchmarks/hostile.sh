#!/usr/bin/env bash
# Reruns the attacks of the hardness work that are about cost: plans of up to the default size limit (1 MiB) made of one construct
# repeated (as one line, and wrapped into lines just under the longest line parsed), linted in process one by one (Release build) next to the floor parse of the same text (Markdig with the engine's extensions). Exits 1 if any takes
# over a second. The attacks about correctness (pipes, devices, closed streams, secrets, lock files) are tests in
# tests/ExecPlan.Hardness.Tests and tests/ExecPlan.Cli.Tests and run with `dotnet test`.
#
# Usage: tests/ExecPlan.Benchmarks/hostile.sh [SIZE_IN_BYTES [INPUT_NAME]]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$repo/tests/ExecPlan.Benchmarks/ExecPlan.Benchmarks.csproj" -c Release -nodeReuse:false -v q -nologo >/dev/null
dotnet "$repo/tests/ExecPlan.Benchmarks/bin/Release/net10.0/ExecPlan.Benchmarks.dll" hostile "${1:-1048576}" ${2:+"$2"}
