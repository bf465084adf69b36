#!/usr/bin/env bash
# Benchmark suite runner for bibao: compiles each bench/programs/*.js with
# bibao, checks the binary's stdout against node's, then times the binary and
# node alternately and prints a comparison table. See bench/README.md.
#
# Usage: bench/run.sh [program ...]        (names with or without .js)
#
# Environment:
#   BIBAO         compiler to use (default: <repo>/target/release/bibao; built
#                 with `cargo build --release` if missing and BIBAO is unset)
#   NODE          node executable (default: node)
#   RUNS          timed runs per side per program (default: 5)
#   STARTUP_RUNS  timed runs per side for startup.js (default: 20)
#   TIMEOUT       seconds allowed for a build or the verification run (default: 300)
#   BENCH_TIMER   auto | gnu | python   (how wall time and peak RSS are taken)
#   KEEP=1        keep the work directory (binaries, outputs) and print its path

set -u
export LC_ALL=C

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
PROG_DIR=$BENCH_DIR/programs

RUNS=${RUNS:-5}
STARTUP_RUNS=${STARTUP_RUNS:-20}
TIMEOUT=${TIMEOUT:-300}
NODE=${NODE:-node}
BENCH_TIMER=${BENCH_TIMER:-auto}

die() { echo "run.sh: $*" >&2; exit 2; }
log() { echo "$*" >&2; }

for v in RUNS STARTUP_RUNS TIMEOUT; do
  [[ ${!v} =~ ^[1-9][0-9]*$ ]] || die "$v must be a positive integer (got '${!v}')"
done
command -v "$NODE" >/dev/null 2>&1 || die "node not found (NODE=$NODE)"

# ---------------------------------------------------------------- programs ---

ALL=()
for f in "$PROG_DIR"/*.js; do
  n=$(basename "$f" .js)
  [[ $n == startup ]] || ALL+=("$n")
done

PROGS=()
DO_STARTUP=0
if (($# == 0)); then
  PROGS=("${ALL[@]}")
  DO_STARTUP=1
else
  for a in "$@"; do
    n=$(basename "$a" .js)
    [[ -f $PROG_DIR/$n.js ]] || die "no such program: $n (have: ${ALL[*]} startup)"
    if [[ $n == startup ]]; then DO_STARTUP=1; else PROGS+=("$n"); fi
  done
fi

# ---------------------------------------------------------------- compiler ---

if [[ -z ${BIBAO:-} ]]; then
  BIBAO=$ROOT/target/release/bibao
  if [[ ! -x $BIBAO ]]; then
    log "bibao not found at $BIBAO; running cargo build --release ..."
    (cd "$ROOT" && cargo build --release >&2) || die "cargo build --release failed"
    [[ -x $BIBAO ]] || die "cargo build succeeded but $BIBAO does not exist"
  fi
fi
[[ $BIBAO == */* ]] && BIBAO=$(cd "$(dirname "$BIBAO")" && pwd)/$(basename "$BIBAO")
command -v "$BIBAO" >/dev/null 2>&1 || die "bibao compiler not executable: $BIBAO"

# ---------------------------------------------------------------- work dir ---

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bibao-bench.XXXXXX") || die "mktemp failed"
if [[ ${KEEP:-0} == 1 ]]; then
  log "work directory: $WORK"
else
  trap 'rm -rf "$WORK"' EXIT
fi
trap 'exit 130' INT TERM

HAVE_TIMEOUT=0
command -v timeout >/dev/null 2>&1 && HAVE_TIMEOUT=1
# Limit a command's running time (used for builds and verification runs only,
# never inside a timed measurement). --foreground keeps it in our process group
# so that Ctrl-C reaches the command.
limited() {
  if ((HAVE_TIMEOUT)); then timeout --foreground -k 5 "$TIMEOUT" "$@"; else "$@"; fi
}

# ------------------------------------------------------------- measurement ---
#
# measure OUT ERR cmd...   runs cmd with stdin </dev/null, stdout >OUT,
# stderr >ERR and sets M_US (wall microseconds), M_KB (peak RSS, KiB, as
# reported by the kernel in the rusage of the waited-for process) and M_RC.
#
# gnu:    GNU time (/usr/bin/time -f %M) reports the peak RSS; wall time is
#         taken by bash ($EPOCHREALTIME) around the time invocation.
# python: a small python3 wrapper forks/execs and reads os.wait4()'s rusage;
#         wall time is taken inside the wrapper (perf_counter_ns).  To keep
#         python's own ~10 MB footprint out of ru_maxrss (Linux carries the
#         pre-exec peak of the forking process over exec), the target is
#         started from a tiny /bin/sh and reaped by the wrapper, which makes
#         itself a child subreaper (prctl PR_SET_CHILD_SUBREAPER); the clock
#         starts when the waiting sh subshell is told to exec the target.
#         BENCH_PY_DIRECT=1 uses plain fork+exec instead (RSS then includes
#         python's own footprint as a floor).

cat >"$WORK/measure.py" <<'PY'
import ctypes, os, signal, sys, time

# Launcher run by /bin/sh: fork a subshell that waits for a "go" line on fd 4
# and then execs the command; report its pid on fd 3 and exit at once, so the
# subshell is re-parented to this (subreaper) process before it even starts.
LAUNCH = '{ read -r _ <&4 || exit 126; exec 3>&- 4<&-; exec "$@"; } & echo $! >&3'

def exit_code(status):
    if os.WIFEXITED(status):
        return os.WEXITSTATUS(status)
    return 128 + os.WTERMSIG(status)

def main():
    out, err, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
    fin = os.open(os.devnull, os.O_RDONLY)
    fout = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    ferr = os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    subreaper = False
    if os.environ.get("BENCH_PY_DIRECT") != "1" and os.path.exists("/bin/sh"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            subreaper = libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
        except Exception:
            subreaper = False
    pid_r, pid_w = os.pipe()
    go_r, go_w = os.pipe()
    target = None
    t0 = time.perf_counter_ns()
    pid = os.fork()
    if pid == 0:
        try:
            os.dup2(fin, 0); os.dup2(fout, 1); os.dup2(ferr, 2)
            if subreaper:
                os.dup2(pid_w, 3); os.dup2(go_r, 4)
                os.execv("/bin/sh", ["sh", "-c", LAUNCH, "sh"] + cmd)
            else:
                os.execvp(cmd[0], cmd)
        except OSError as e:
            os.write(2, ("measure: cannot run %s: %s\n" % (cmd[0], e)).encode())
        os._exit(127)
    os.close(pid_w); os.close(go_r)
    try:
        if subreaper:
            os.waitpid(pid, 0)
            data = os.read(pid_r, 64).split()
            if not data:
                print("0 0 127"); return
            target = int(data[0])
            t0 = time.perf_counter_ns()
            os.write(go_w, b"go\n")
        else:
            target = pid
        os.close(go_w)
        _, status, ru = os.wait4(target, 0)
    except KeyboardInterrupt:
        if target is not None:
            try:
                os.kill(target, signal.SIGKILL)
                os.waitpid(target, 0)
            except OSError:
                pass
        sys.exit(130)
    t1 = time.perf_counter_ns()
    print("%d %d %d" % ((t1 - t0) // 1000, ru.ru_maxrss, exit_code(status)))

main()
PY

GNU_TIME=/usr/bin/time
gnu_time_works() {
  [[ -x $GNU_TIME ]] || return 1
  "$GNU_TIME" -f '%M' -o "$WORK/probe" true >/dev/null 2>&1 || return 1
  local lines
  mapfile -t lines <"$WORK/probe"
  ((${#lines[@]} > 0)) && [[ ${lines[-1]} =~ ^[0-9]+$ ]]
}

case $BENCH_TIMER in
  auto)
    if gnu_time_works; then TIMER=gnu
    elif command -v python3 >/dev/null 2>&1; then TIMER=python
    else die "need GNU time (/usr/bin/time, Debian package 'time') or python3"
    fi ;;
  gnu) gnu_time_works || die "GNU time not usable at $GNU_TIME"; TIMER=gnu ;;
  python) command -v python3 >/dev/null 2>&1 || die "python3 not found"; TIMER=python ;;
  *) die "BENCH_TIMER must be auto, gnu or python" ;;
esac

if [[ -n ${EPOCHREALTIME:-} ]]; then
  now_us() { local t=$EPOCHREALTIME; NOW_US=$((10#${t%.*} * 1000000 + 10#${t#*.})); }
else
  now_us() { NOW_US=$(($(date +%s%N) / 1000)); }
fi

measure() {
  local out=$1 err=$2
  shift 2
  if [[ $TIMER == gnu ]]; then
    local t0 lines
    now_us; t0=$NOW_US
    "$GNU_TIME" -f '%M' -o "$WORK/rss" "$@" <"/dev/null" >"$out" 2>"$err"
    M_RC=$?
    now_us
    M_US=$((NOW_US - t0))
    M_KB=0
    mapfile -t lines <"$WORK/rss"
    ((${#lines[@]} > 0)) && [[ ${lines[-1]} =~ ^[0-9]+$ ]] && M_KB=${lines[-1]}
  else
    local res
    res=$(python3 "$WORK/measure.py" "$out" "$err" "$@") || res="0 0 127"
    read -r M_US M_KB M_RC <<<"$res"
  fi
}

# ------------------------------------------------------------------ helpers ---

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
maxof() { printf '%s\n' "$@" | sort -n | tail -n 1; }
ms() { awk -v u="$1" 'BEGIN {printf "%.1f", u/1000}'; }
mb() { awk -v k="$1" 'BEGIN {printf "%.1f", k/1024}'; }
kb() { awk -v b="$1" 'BEGIN {printf "%d", (b+1023)/1024}'; }
# ratio A B: A/B for display (2 decimals, 3 below 0.1); rawratio: full precision
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b <= 0) print "-"; else if (a/b < 0.1) printf "%.3f", a/b; else printf "%.2f", a/b}'; }
rawratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.6g", a/b; else print 0}'; }

NOTES=()
note() { NOTES+=("$*"); }
# first lines of a file, indented, preceded by a newline (nothing if empty)
first_lines() { [[ -s $1 ]] && printf '\n%s' "$(head -c 2000 "$1" | head -n "${2:-5}" | sed 's/^/      /')"; }

# build NAME -> sets B_STATUS (ok|FAILED-BUILD), B_US, B_BYTES; binary at $WORK/NAME
build() {
  local name=$1 src=$PROG_DIR/$1.js bin=$WORK/$1
  rm -f "$bin"
  local t0
  now_us; t0=$NOW_US
  (cd "$ROOT" && limited "$BIBAO" build "$src" -o "$bin") >"$WORK/$name.build.out" 2>"$WORK/$name.build.err"
  local rc=$?
  now_us
  B_US=$((NOW_US - t0))
  B_BYTES=0
  if ((rc != 0)) || [[ ! -x $bin ]]; then
    B_STATUS=FAILED-BUILD
    if ((rc == 124)); then
      note "$name: build timed out after ${TIMEOUT}s"
    elif ((rc != 0)); then
      note "$name: build exited with status $rc:"$'\n'"$(cat "$WORK/$name.build.out" "$WORK/$name.build.err" | head -c 2000 | head -n 8 | sed 's/^/      /')"
    else
      note "$name: build reported success but produced no executable at $bin"
    fi
    return
  fi
  B_STATUS=ok
  B_BYTES=$(stat -c %s "$bin" 2>/dev/null || wc -c <"$bin")
}

# verify NAME -> sets V_STATUS (ok|MISMATCH|NODE-FAILED); writes $WORK/NAME.expected
verify() {
  local name=$1 src=$PROG_DIR/$1.js bin=$WORK/$1
  limited "$NODE" "$src" </dev/null >"$WORK/$name.expected" 2>"$WORK/$name.node.err"
  local rc=$?
  if ((rc != 0)); then
    V_STATUS=NODE-FAILED
    note "$name: node exited with status $rc$(first_lines "$WORK/$name.node.err")"
    return
  fi
  limited "$bin" </dev/null >"$WORK/$name.actual" 2>"$WORK/$name.bin.err"
  rc=$?
  if ((rc != 0)); then
    V_STATUS=MISMATCH
    if ((rc == 124)); then note "$name: binary timed out after ${TIMEOUT}s"
    else note "$name: binary exited with status $rc$(first_lines "$WORK/$name.bin.err")"
    fi
    return
  fi
  if ! cmp -s "$WORK/$name.expected" "$WORK/$name.actual"; then
    V_STATUS=MISMATCH
    note "$name: stdout differs from node (first differing lines):"$'\n'"$(diff "$WORK/$name.expected" "$WORK/$name.actual" | head -n 6 | sed 's/^/      /')"
    return
  fi
  V_STATUS=ok
}

# bench NAME RUNS -> sets T_STATUS, BI_US/NODE_US (median us), BI_KB/NODE_KB (max KiB)
bench() {
  local name=$1 runs=$2 src=$PROG_DIR/$1.js bin=$WORK/$1
  local bt=() nt=() bk=() nk=() i
  T_STATUS=ok
  for ((i = 0; i < runs; i++)); do
    measure "$WORK/$name.run.out" "$WORK/$name.run.err" "$bin"
    if ((M_RC != 0)) || ! cmp -s "$WORK/$name.expected" "$WORK/$name.run.out"; then
      T_STATUS=MISMATCH
      note "$name: timed run $((i + 1)) of the binary failed (exit $M_RC) or printed different output"
      return
    fi
    bt+=("$M_US"); bk+=("$M_KB")
    measure "$WORK/$name.run.out" "$WORK/$name.run.err" "$NODE" "$src"
    if ((M_RC != 0)); then
      T_STATUS=NODE-FAILED
      note "$name: timed node run $((i + 1)) exited with status $M_RC"
      return
    fi
    nt+=("$M_US"); nk+=("$M_KB")
  done
  BI_US=$(median "${bt[@]}"); NODE_US=$(median "${nt[@]}")
  BI_KB=$(maxof "${bk[@]}"); NODE_KB=$(maxof "${nk[@]}")
}

# ------------------------------------------------------------------- header ---

cpu=$(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null)
rev=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "no commit")
dirty=$(git -C "$ROOT" status --porcelain 2>/dev/null | head -n 1)
[[ -n $dirty ]] && rev="$rev (dirty tree)"

ov=()
for ((i = 0; i < 5; i++)); do measure "$WORK/true.out" "$WORK/true.err" true; ov+=("$M_US"); done
OVERHEAD_US=$(median "${ov[@]}")

echo "bibao benchmark suite -- $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: ${cpu:-unknown cpu}, $(nproc 2>/dev/null || echo '?') cpus, $(uname -srm)"
bibao_path=$(command -v "$BIBAO")
bibao_date=$(date -u -r "$bibao_path" '+%Y-%m-%d %H:%M UTC' 2>/dev/null || echo '?')
echo "node $("$NODE" --version 2>/dev/null), bibao $bibao_path (built $bibao_date), repo rev $rev"
echo "runs: $RUNS per side (alternating bibao/node), medians of wall time; peak RSS = max over runs"
echo "timer: $TIMER; measurement overhead (median wall of 'true'): $(ms "$OVERHEAD_US") ms, included in all times"
echo

# ------------------------------------------------------------------- main ----

ROWS=()
RATIOS=()
fmt='%-18s %12s %10s %7s %9s %9s %11s %10s\n'

for name in "${PROGS[@]}"; do
  log "[$name] building ..."
  build "$name"
  c_ms=$(ms "$B_US")
  if [[ $B_STATUS != ok ]]; then
    ROWS+=("$(printf "$fmt" "$name" FAILED-BUILD - - - - "$c_ms" -)")
    continue
  fi
  size=$(kb "$B_BYTES")
  log "[$name] verifying output against node ..."
  verify "$name"
  if [[ $V_STATUS != ok ]]; then
    ROWS+=("$(printf "$fmt" "$name" "$V_STATUS" - - - - "$c_ms" "$size")")
    continue
  fi
  log "[$name] timing ($RUNS runs each) ..."
  bench "$name" "$RUNS"
  if [[ $T_STATUS != ok ]]; then
    ROWS+=("$(printf "$fmt" "$name" "$T_STATUS" - - - - "$c_ms" "$size")")
    continue
  fi
  r=$(ratio "$BI_US" "$NODE_US")
  RATIOS+=("$(rawratio "$BI_US" "$NODE_US")")
  ROWS+=("$(printf "$fmt" "$name" "$(ms "$BI_US")" "$(ms "$NODE_US")" "$r" "$(mb "$BI_KB")" "$(mb "$NODE_KB")" "$c_ms" "$size")")
  log "[$name] bibao $(ms "$BI_US") ms, node $(ms "$NODE_US") ms, ratio $r"
done

STARTUP_LINE=""
if ((DO_STARTUP)); then
  log "[startup] building and timing ($STARTUP_RUNS runs each) ..."
  build startup
  if [[ $B_STATUS != ok ]]; then
    STARTUP_LINE="startup: FAILED-BUILD"
  else
    verify startup
    if [[ $V_STATUS != ok ]]; then
      STARTUP_LINE="startup: $V_STATUS"
    else
      bench startup "$STARTUP_RUNS"
      if [[ $T_STATUS != ok ]]; then
        STARTUP_LINE="startup: $T_STATUS"
      else
        STARTUP_LINE="startup (startup.js, $STARTUP_RUNS runs): bibao $(ms "$BI_US") ms / $(mb "$BI_KB") MB, node $(ms "$NODE_US") ms / $(mb "$NODE_KB") MB, node/bibao $(ratio "$NODE_US" "$BI_US")x, binary $(kb "$B_BYTES") KB (both times include ~$(ms "$OVERHEAD_US") ms launch overhead)"
      fi
    fi
  fi
fi

if ((${#PROGS[@]} > 0)); then
  printf "$fmt" program "bibao ms" "node ms" ratio "bibao MB" "node MB" "compile ms" "binary KB"
  printf "$fmt" ------- -------- ------- ----- -------- ------- ---------- ---------
  for row in "${ROWS[@]}"; do echo "$row"; done
  echo
  if ((${#RATIOS[@]} > 0)); then
    gm=$(printf '%s\n' "${RATIOS[@]}" | awk '$1 > 0 {s += log($1); n++} END {if (n) printf "%.3f", exp(s/n); else print "-"}')
    echo "geometric mean of ratio bibao/node: $gm (over ${#RATIOS[@]} of ${#PROGS[@]} programs; < 1 means bibao is faster)"
  else
    echo "geometric mean of ratio bibao/node: n/a (no program passed; 0 of ${#PROGS[@]})"
  fi
fi
[[ -n $STARTUP_LINE ]] && echo "$STARTUP_LINE"

if ((${#NOTES[@]} > 0)); then
  echo
  echo "notes:"
  for n in "${NOTES[@]}"; do echo "  - $n"; done
fi

# Exit status: 0 if every selected program built, matched and was timed.
((${#RATIOS[@]} == ${#PROGS[@]})) && [[ -z $STARTUP_LINE || $STARTUP_LINE == "startup ("* ]]
