#!/usr/bin/env bash
# Regenerate the expected outputs of the differential run tests from node.
#
# Usage: tests/bless-run-tests.sh [FILES_OR_DIRS...]   (default: all of tests/run)
#
# For every .js test it runs `node file.js` (cwd = repo root, stdin from
# /dev/null, 10 s timeout) and writes next to it:
#   <name>.stdout  node's stdout, byte for byte
#   <name>.status  only if the exit status is non-zero: the status + "\n"
#   <name>.stderr  only if the exit status is non-zero: node's uncaught-error
#                  line + "\n": the first non-empty line after node's
#                  3-line "file:line / source / caret" header (e.g.
#                  "TypeError: f is not a function", or "5" for `throw 5`)
set -euo pipefail

caller_cwd="$PWD"
script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/.." && pwd)"
cd "$repo_root"

command -v node >/dev/null 2>&1 || { echo "bless-run-tests: node not found in PATH" >&2; exit 2; }

if [ "$#" -eq 0 ]; then
    set -- tests/run
fi

# Collect the test files (paths are resolved relative to the caller's cwd
# first, then to the repo root).
files=()
for arg in "$@"; do
    path="$arg"
    if [[ "$arg" != /* ]] && [ -e "$caller_cwd/$arg" ]; then
        path="$caller_cwd/$arg"
    fi
    if [ -d "$path" ]; then
        while IFS= read -r -d '' f; do
            files+=("$f")
        done < <(find "$path" -type f -name '*.js' -print0 | sort -z)
    elif [ -f "$path" ] && [[ "$path" == *.js ]]; then
        files+=("$path")
    else
        echo "bless-run-tests: not a .js file or directory: $arg" >&2
        exit 2
    fi
done

tmp_err="$(mktemp)"
trap 'rm -f "$tmp_err"' EXIT

count=0
failed=0
for f in "${files[@]}"; do
    base="${f%.js}"
    status=0
    timeout 10 node "$f" <"/dev/null" >"$base.stdout" 2>"$tmp_err" || status=$?
    if [ "$status" -eq 124 ]; then
        echo "bless-run-tests: TIMEOUT: $f" >&2
        failed=$((failed + 1))
    fi
    if [ "$status" -ne 0 ]; then
        printf '%s\n' "$status" >"$base.status"
        # node prints an extra empty line before the header when the thrown
        # value is not an Error object, so skip leading empty lines first.
        line="$(sed '/./,$!d' "$tmp_err" | tail -n +4 | sed '/./,$!d' | head -n 1 || true)"
        printf '%s\n' "$line" >"$base.stderr"
    else
        rm -f "$base.status" "$base.stderr"
    fi
    count=$((count + 1))
done

echo "blessed $count test(s)"
if [ "$failed" -ne 0 ]; then
    echo "bless-run-tests: $failed test(s) timed out" >&2
    exit 1
fi
