#!/bin/bash
# kill -9 the target in the middle of a write stream: every write a client
# saw acknowledged is in the file afterwards, and after a restart the target
# serves it. Twice: a file on disk (pwrite) and one on tmpfs (stored through
# the file's mapping by the receive thread).
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/target-lib.sh"
t_need python3
SHM=/dev/shm/aoeboot-$TEST_NAME-$$.img
trap 'rc=$?; rm -f "$SHM"; t_cleanup "$rc"' EXIT

s_pair
# kill9_round IMG WHAT
kill9_round() {
    local IMG=$1 what=$2
    t_image "$IMG" 8
    rm -f "$T_TMP"/acked.*  # the writer appends
    s_serve "serve1-$what" t0 e2.2 "$IMG"
    for i in 1 2; do
        ip netns exec "$NC" python3 "$TC" writer c0 2 2 5 "$T_TMP/acked.$i" &
        W[$i]=$!
    done
    sleep 2
    kill -9 "$S_PID"
    wait "${W[1]}" || t_fail "writer 1 saw a failed write"
    wait "${W[2]}" || t_fail "writer 2 saw a failed write"
    cat "$T_TMP/acked.1" "$T_TMP/acked.2" > "$T_TMP/acked"
    n=$(wc -l < "$T_TMP/acked")
    [ "$n" -gt 100 ] || t_fail "only $n writes acknowledged before the kill: the test proves nothing"
    # The two writers write disjoint data at random places; where they overlap
    # the verification of the earlier one could fail, so verify each log alone
    # only for sectors the other log never touched.
    python3 - "$T_TMP/acked.1" "$T_TMP/acked.2" <<'PY' > "$T_TMP/acked.solo" || exit 1
import sys
logs = [open(p).read().split("\n") for p in sys.argv[1:]]
touched = [set() for _ in logs]
for i, l in enumerate(logs):
    for line in l:
        if line:
            lba = int(line.split()[0]); touched[i].update((lba, lba + 1))
for i, l in enumerate(logs):
    other = set().union(*(t for j, t in enumerate(touched) if j != i))
    for line in l:
        if line and int(line.split()[0]) not in other and int(line.split()[0]) + 1 not in other:
            print(line)
PY
    python3 "$TC" verify "$IMG" "$T_TMP/acked.solo" >&2 || t_fail "an acknowledged write is missing from the file"
    # Restart: the target serves what was acknowledged.
    s_serve "serve2-$what" t0 e2.2 "$IMG"
    last=$(tail -n1 "$T_TMP/acked.1" | cut -d' ' -f1)
    got=$(s_py read c0 2 2 "$last" 2) || t_fail "read after restart"
    [ "$got" = "$(s_sha "$IMG" "$last" 2)" ] || t_fail "restarted target serves other data than the file"
    t_log "$what: $n acknowledged writes, all in the file after kill -9"
    kill "$S_PID"; wait "$S_PID" 2>/dev/null
}

kill9_round "$T_TMP/a.img" disk
if [ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ]; then
    kill9_round "$SHM" tmpfs
    grep -q "mapped: reads and writes in memory" "$T_TMP/serve1-tmpfs.log" ||
        t_fail "the tmpfs image was not mapped for writing: $(cat "$T_TMP/serve1-tmpfs.log")"
else
    t_log "no tmpfs /dev/shm: the mapped write path was not tried"
fi
