# tests/lib.sh — checks shared by the shell test scripts (sourced; $T is their
# temporary folder).  Each check counts in $n; a failure prints FAIL and counts in $fails.
fails=0; n=0
ok()   { n=$((n+1)); }
fail() { n=$((n+1)); fails=$((fails+1)); echo "FAIL: $*"; }
expect_rc() {   # expect_rc RC DESCRIPTION -- command...: stdout in $T/out, stderr in $T/err
  want=$1; what=$2; shift 3
  "$@" >"$T/out" 2>"$T/err"; got=$?
  if [ "$got" = "$want" ]; then ok; else fail "$what: exit $got, expected $want"; sed 's/^/  | /' "$T/err" | head -8; fi
}
expect_err() {  # expect_err PATTERN DESCRIPTION
  if grep -q -- "$1" "$T/err"; then ok; else fail "$2: stderr lacks '$1'"; sed 's/^/  | /' "$T/err" | head -8; fi
}
expect_out() {  # expect_out PATTERN DESCRIPTION
  if grep -q -- "$1" "$T/out"; then ok; else fail "$2: stdout lacks '$1'"; head -3 "$T/out" | sed 's/^/  | /'; fi
}
