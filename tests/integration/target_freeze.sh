#!/bin/bash
# Freeze for a live backup (issue 15, section 2), under a running writer.
# 1. A real ext4 file system on an image served by aoeboot serve, mounted
#    through aoeboot's own initiator (nbd-server -> nbdfuse -> loop -> ext4)
#    and written file by file (each fsynced, then logged as acknowledged):
#    freeze; the image does not change while the writer goes on; the copy
#    taken while frozen passes e2fsck and holds every file acknowledged
#    before the freeze; thaw under the writer; afterwards the image passes
#    e2fsck and holds every acknowledged file.
# 2. Raw writes (sync = always) with the acknowledged-write audit: kill -9
#    while frozen -> the image is untouched, the restart comes back frozen
#    (with a log line); kill -9 right after a thaw started -> thawing again
#    after the restart completes it; every acknowledged write is in the image
#    and every other sector is as before.
# 3. A reload that drops a frozen export keeps it; the refusals name the fix.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/target-lib.sh"
t_need python3 mkfs.ext4 e2fsck debugfs nbdfuse losetup
[ -c /dev/fuse ] || t_skip "no /dev/fuse"
MNT=$T_TMP/mnt FUSE=$T_TMP/fuse SHM=/dev/shm/aoeboot-$TEST_NAME-$$.img
LOOP= BLK=
# Takes the stack down so that everything written reaches the target: the
# loop device writes into the FUSE file's page cache, and its detach is
# deferred; a FUSE unmount while it still holds the file would go lazy and
# leave the last writes behind.
fs_down() {
    set +e
    mountpoint -q "$MNT" && { umount "$MNT" || umount -l "$MNT"; }
    [ -e "$FUSE/disk" ] && sync "$FUSE/disk"
    if [ -n "$LOOP" ]; then
        losetup -d "$LOOP" 2>/dev/null
        t_wait_for 10 sh -c "! losetup -a | grep -q '^$LOOP:'"
    fi
    LOOP=
    for _ in $(seq 50); do mountpoint -q "$FUSE" || break; umount "$FUSE" 2>/dev/null && break; sleep 0.1; done
    mountpoint -q "$FUSE" && umount -l "$FUSE"
    set -e
}
trap 'rc=$?; fs_down; [ -n "$BLK" ] && losetup -d "$BLK"; rm -f "$SHM"; t_cleanup "$rc"' EXIT

s_pair 9000
mkdir -p "$MNT" "$FUSE" "$T_TMP/layers"
truncate -s 128M "$T_TMP/fs.img"
mkfs.ext4 -q -F -E lazy_itable_init=0,lazy_journal_init=0 "$T_TMP/fs.img"
t_image "$T_TMP/raw.img" 8
cp "$T_TMP/raw.img" "$T_TMP/raw.orig"
t_image "$T_TMP/ro.img" 1
t_image "$T_TMP/direct.img" 1
head -c 1M /dev/zero > "$SHM"
t_image "$T_TMP/blk.img" 1
BLK=$(losetup -f --show "$T_TMP/blk.img")
t_image "$T_TMP/twin.img" 1
conf() {  # conf [without-e3.1] [without-e3.9]
    printf '[defaults]\ninterfaces = t0\n[e3.0]\npath = %s\n' "$T_TMP/fs.img"
    [[ " $* " = *" without-e3.1 "* ]] || printf '[e3.1]\npath = %s\nsync = always\n' "$T_TMP/raw.img"
    printf '[e3.8]\npath = %s\n' "$T_TMP/twin.img"
    [[ " $* " = *" without-e3.9 "* ]] || printf '[e3.9]\npath = %s\n' "$T_TMP/twin.img"
    printf '[e3.2]\npath = %s\nread-only = yes\n' "$T_TMP/ro.img"
    printf '[e3.3]\nbase = %s\nlayer-dir = %s\n' "$T_TMP/ro.img" "$T_TMP/layers"
    printf '[e3.4]\npath = %s\ndirect = yes\n' "$T_TMP/direct.img"
    printf '[e3.5]\npath = %s\n' "$SHM"
    printf '[e3.6]\npath = %s\n' "$BLK"
    printf '[e3.7]\npath = %s\noffset = 4096\n' "$T_TMP/direct.img"
}
conf > "$T_TMP/exports.conf"
s_serve serve1 -c "$T_TMP/exports.conf"
fz() { "$AOEBOOT" freeze -S "$T_TMP/ctl" "$@"; }
th() { "$AOEBOOT" thaw -S "$T_TMP/ctl" "$@"; }
sha() { sha256sum "$1" | cut -d' ' -f1; }

# --- 1. ext4 under a writer ------------------------------------------------
t_bg "$NC" nbd "$AOEBOOT" nbd-server e3.0 -i c0 --listen "unix:$T_TMP/nbd.sock"
t_wait_for 10 test -S "$T_TMP/nbd.sock" || t_fail "nbd-server never listened"
# nbdfuse, loop and mount in this namespace (ip netns exec would put the
# FUSE mount in a mount namespace of its own); the UNIX socket reaches the
# nbd-server in the client namespace by its path.
nbdfuse "$FUSE/disk" "nbd+unix:///?socket=$T_TMP/nbd.sock" > "$T_TMP/fuse.log" 2>&1 &
T_PIDS+=("$!")
t_wait_for 10 test -s "$FUSE/disk" || t_fail "nbdfuse did not show the disk: $(cat "$T_TMP/fuse.log")"
LOOP=$(losetup -f --show "$FUSE/disk")
mount -t ext4 "$LOOP" "$MNT" || t_fail "cannot mount the exported ext4"
mkdir "$MNT/w"
# Files of 4-60 KiB, each fsynced with its directory before it is logged:
# a logged file is an acknowledged write. Past 60% of the file system the
# oldest file is removed ("rm NAME" logged before the unlink, so a file the
# log still holds was never removed). Bounded: 40 s at most.
cat > "$T_TMP/fswriter.py" <<'PY'
import collections, hashlib, os, random, sys, time
d, log, stop = sys.argv[1:4]
dfd = os.open(d, os.O_RDONLY)
end = time.time() + 40
i = 0
old = collections.deque()
with open(log, "a") as out:
    while time.time() < end and not os.path.exists(stop):
        st = os.statvfs(d)
        if old and st.f_bfree < st.f_blocks * 0.4:
            name = old.popleft()
            out.write(f"rm {name}\n")
            out.flush()
            os.unlink(f"{d}/{name}")
            continue
        i += 1
        data = os.urandom(random.randrange(1, 16) * 4096)
        name = f"f{i:06d}"
        fd = os.open(f"{d}/{name}", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.write(fd, data)
        os.fsync(fd)
        os.close(fd)
        os.fsync(dfd)
        out.write(f"{name} {hashlib.sha256(data).hexdigest()}\n")
        out.flush()
        old.append(name)
PY
# check_files DIR LOG: every file LOG has written and not removed is in DIR
# with its content.
check_files() {
    python3 - "$1" "$2" <<'PY'
import hashlib, sys
d, log = sys.argv[1:3]
files = {}
for line in open(log):
    a, b = line.split()
    if a == "rm":
        files.pop(b, None)
    else:
        files[a] = b
bad = 0
for name, h in files.items():
    try:
        if hashlib.sha256(open(f"{d}/{name}", "rb").read()).hexdigest() != h:
            bad += 1
    except OSError:
        bad += 1
print(f"{len(files)} files, {bad} missing or wrong")
sys.exit(1 if bad or not files else 0)
PY
}
python3 "$T_TMP/fswriter.py" "$MNT/w" "$T_TMP/files" "$T_TMP/stop" 2> "$T_TMP/fswriter.log" &
WPID=$!
T_PIDS+=("$WPID")
sleep 2
cp "$T_TMP/files" "$T_TMP/files.before"  # acknowledged before the freeze was asked for
fz e3.0 > "$T_TMP/freeze.out" || t_fail "freeze e3.0: $(cat "$T_TMP/freeze.out")"
grep -q "^frozen e3.0: writes go to $T_TMP/fs.img.shadow" "$T_TMP/freeze.out" || t_fail "freeze said: $(cat "$T_TMP/freeze.out")"
[ -f "$T_TMP/fs.img.shadow" ] || t_fail "no shadow next to the image"
s_status | grep -A2 '^e3.0 ' | grep -q '^  frozen since=.* shadow=' || t_fail "status does not show e3.0 frozen: $(s_status)"
h1=$(sha "$T_TMP/fs.img")
n1=$(grep -vc '^rm ' "$T_TMP/files")
cp --sparse=always "$T_TMP/fs.img" "$T_TMP/backup.img"
sleep 1
n2=$(grep -vc '^rm ' "$T_TMP/files")
[ "$(sha "$T_TMP/fs.img")" = "$h1" ] || t_fail "the image changed while frozen"
[ "$n2" -gt $(( n1 + 5 )) ] || t_fail "the writer stalled while frozen ($n1 -> $n2 files)"
kill -0 "$WPID" || t_fail "the writer died while frozen: $(cat "$T_TMP/fswriter.log")"
# The copy is the disk as at a crash: replay its journal, as a mount would,
# then a full read-only check must find nothing.
e2fsck -y -E journal_only "$T_TMP/backup.img" > "$T_TMP/e2fsck-journal.log" 2>&1 || true
e2fsck -fn "$T_TMP/backup.img" > "$T_TMP/e2fsck-backup.log" 2>&1 ||
    t_fail "e2fsck -fn of the copy taken while frozen: $(cat "$T_TMP/e2fsck-backup.log")"
mkdir "$T_TMP/backup-files" "$T_TMP/image-files"
debugfs -R "rdump /w $T_TMP/backup-files" "$T_TMP/backup.img" > /dev/null 2>&1 ||
    t_fail "debugfs could not read the copy's files"
check_files "$T_TMP/backup-files/w" "$T_TMP/files.before" >&2 ||
    t_fail "a file acknowledged before the freeze is missing from the copy"
t_log "frozen: image unchanged for 1 s while $(( n2 - n1 )) files were written; the copy passes e2fsck and holds every file acknowledged before"
th e3.0 > "$T_TMP/thaw.out" 2>&1 || t_fail "thaw e3.0: $(cat "$T_TMP/thaw.out")"
grep -q "^thawed e3.0: .* merged into $T_TMP/fs.img" "$T_TMP/thaw.out" || t_fail "thaw said: $(cat "$T_TMP/thaw.out")"
t_log "$(cat "$T_TMP/thaw.out")"
[ ! -e "$T_TMP/fs.img.shadow" ] || t_fail "the shadow is still there after the thaw"
n3=$(grep -vc '^rm ' "$T_TMP/files")
sleep 1
touch "$T_TMP/stop"
wait "$WPID" || t_fail "the writer saw an error: $(cat "$T_TMP/fswriter.log")"
n4=$(grep -vc '^rm ' "$T_TMP/files")
[ "$n4" -gt "$n3" ] || t_fail "no writes after the thaw"
fs_down
e2fsck -fn "$T_TMP/fs.img" > "$T_TMP/e2fsck-image.log" 2>&1 || t_fail "e2fsck -fn of the thawed image: $(cat "$T_TMP/e2fsck-image.log")"
debugfs -R "rdump /w $T_TMP/image-files" "$T_TMP/fs.img" > /dev/null 2>&1 || t_fail "debugfs could not read the image's files"
check_files "$T_TMP/image-files/w" "$T_TMP/files" >&2 || t_fail "an acknowledged file is missing from the thawed image"
grep -q "e3.0: thawing" "$T_TMP/serve1.log" || t_fail "no log line for the thaw"
t_log "thawed under the writer: the image passes e2fsck and holds every acknowledged file ($n4 written, $(grep -c '^rm ' "$T_TMP/files") removed again)"

# --- 2. raw writes, kill -9 while frozen and while thawing ----------------
rm -f "$T_TMP"/acked "$T_TMP"/intent
s_py writer c0 3 1 3 "$T_TMP/acked" "$T_TMP/intent" & RW=$!
sleep 1
fz e3.1 > /dev/null || t_fail "freeze e3.1"
hf=$(sha "$T_TMP/raw.img")
sleep 1
kill -9 "$S_PID"
wait "$RW" || t_fail "the raw writer saw a failed write"
[ "$(sha "$T_TMP/raw.img")" = "$hf" ] || t_fail "the image changed while frozen (kill -9)"
s_serve serve2 -c "$T_TMP/exports.conf"
grep -q "e3.1: frozen since .*raw.img.shadow holds" "$T_TMP/serve2.log" || t_fail "no log line: e3.1 frozen at start: $(cat "$T_TMP/serve2.log")"
s_status | grep -A2 '^e3.1 ' | grep -q 'frozen since=' || t_fail "e3.1 not frozen after the restart"
rc=0; fz e3.1 > "$T_TMP/again.out" 2>&1 || rc=$?
[ $rc = 1 ] && grep -q "already frozen" "$T_TMP/again.out" || t_fail "a second freeze: exit $rc, $(cat "$T_TMP/again.out")"
# More writes on the restarted, frozen export, then kill -9 just after the
# thaw begins (mid-thaw when the timing is so; either way nothing is lost).
s_py writer c0 3 1 2 "$T_TMP/acked" "$T_TMP/intent" & RW=$!
sleep 1
answer=$(ip netns exec "$NT" python3 -c '
import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall(b"thaw e3.1\n")
print(s.recv(4096).decode().strip())' "$T_TMP/ctl")
kill -9 "$S_PID"
echo "$answer" | grep -q "^thawing e3.1" || t_fail "thaw over the socket said: $answer"
wait "$RW" || t_fail "the raw writer saw a failed write"
s_serve serve3 -c "$T_TMP/exports.conf"
if grep -q "e3.1: frozen since" "$T_TMP/serve3.log"; then
    grep -q "a thaw was cut short" "$T_TMP/serve3.log" || t_fail "the restart does not say the thaw was cut short"
    th e3.1 > "$T_TMP/thaw2.out" 2>&1 || t_fail "thaw after the restart: $(cat "$T_TMP/thaw2.out")"
    t_log "kill -9 mid-thaw: the restart came back frozen; thaw again: $(cat "$T_TMP/thaw2.out")"
else
    t_log "kill -9 after the thaw had finished (no shadow left)"
fi
[ ! -e "$T_TMP/raw.img.shadow" ] || t_fail "a shadow is left after the thaw"
python3 "$TC" audit "$T_TMP/raw.img" "$T_TMP/acked" "$T_TMP/intent" "$T_TMP/raw.orig" >&2 ||
    t_fail "an acknowledged write is missing from the image (or another sector changed)"

# --- 3. reload, refusals ---------------------------------------------------
fz e3.1 > /dev/null || t_fail "freeze e3.1 for the reload"
conf without-e3.1 > "$T_TMP/exports.conf"
kill -HUP "$S_PID"
t_wait_for 5 grep -q "e3.1 is frozen: kept as it is" "$T_TMP/serve3.log" || t_fail "a reload dropping a frozen export: $(tail "$T_TMP/serve3.log")"
s_status | grep -A2 '^e3.1 ' | grep -q 'frozen since=' || t_fail "the reload dropped the frozen e3.1"
th e3.1 > /dev/null || t_fail "thaw e3.1 after the reload"
kill -HUP "$S_PID"
t_wait_for 5 sh -c "! '$AOEBOOT' status -S '$T_TMP/ctl' | grep -q '^e3.1 '" || t_fail "the thawed e3.1 was not removed by the next reload"
refused() {  # refused CMD EXPORT TEXT
    local rc=0
    "$AOEBOOT" "$1" -S "$T_TMP/ctl" "$2" > "$T_TMP/refused.out" 2>&1 || rc=$?
    [ $rc = 1 ] && grep -q -- "$3" "$T_TMP/refused.out" || t_fail "$1 $2: exit $rc, want 1 and '$3': $(cat "$T_TMP/refused.out")"
}
refused freeze e3.2 "read-only: nothing writes to .*, copy it as it is"
refused freeze e3.3 "aoeboot layer export e3.3 MAC IMAGE"
refused freeze e3.4 "set direct = no to freeze it"
refused freeze e3.5 "is in memory (tmpfs/ramfs)"
refused freeze e3.6 "is a block device: .*LVM snapshot"
refused freeze e3.7 "offset/length"
refused freeze e9.9 "not an export of this server"
refused thaw e3.0 "e3.0 is not frozen"
refused thaw e3.2 "e3.2 is not frozen"
# Two exports of one file: the other's writes would change the frozen image.
refused freeze e3.8 "e3.9 serves the same file"
conf without-e3.1 without-e3.9 > "$T_TMP/exports.conf"
kill -HUP "$S_PID"
t_wait_for 5 sh -c "! '$AOEBOOT' status -S '$T_TMP/ctl' | grep -q '^e3.9 '" || t_fail "the reload did not remove e3.9"
fz e3.8 > /dev/null || t_fail "freeze e3.8 once it is served alone"
conf without-e3.1 > "$T_TMP/exports.conf"
kill -HUP "$S_PID"
t_wait_for 5 grep -q "reload failed, keeping the running configuration: e3.8 is frozen .* and e3.9 would write to the same file" "$T_TMP/serve3.log" ||
    t_fail "a reload adding a second export of a frozen image: $(tail -n3 "$T_TMP/serve3.log")"
th e3.8 > /dev/null || t_fail "thaw e3.8"
t_log "reload kept the frozen export; refusals name their fix"
