# Helpers the end-to-end scripts share (desktop-e2e.sh, sway-e2e.sh); sourced, not run.
# check NAME COMMAND... counts passes and failures in $passed and $failed; processes whose pids are
# added to $pids are ended when the script exits; wait_for and wait_exit wait with a bound.

passed=0
failed=0
check() { # check NAME COMMAND...: runs the command, counts and prints the result
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1)); echo "PASS $name"
  else
    failed=$((failed + 1)); echo "FAIL $name"
  fi
}

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  wait 2>/dev/null
}
trap cleanup EXIT

# Waits up to $3 seconds for a line matching $2 in file $1.
wait_for() {
  local file=$1 pattern=$2 seconds=$3 i
  for ((i = 0; i < seconds * 10; i++)); do
    grep -qE "$pattern" "$file" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# Waits up to $2 seconds for process $1 (a child of this shell) to end and sets $code to its exit
# code, 124 when it is still running. (Not a $(...) function: a subshell cannot wait for it.)
wait_exit() {
  local pid=$1 seconds=$2 i
  code=124
  for ((i = 0; i < seconds * 10; i++)); do
    if ! kill -0 "$pid" 2>/dev/null; then wait "$pid"; code=$?; return; fi
    sleep 0.1
  done
}
