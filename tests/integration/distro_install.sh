#!/bin/bash
# make install DESTDIR=...: installs exactly the files README.md lists under
# "Installed files" (nothing more, nothing less; with and without
# VBLADE_LINK=yes), and make uninstall removes exactly them, leaving only the
# shared parent directories (none of ours) and anything that was not ours.
# The binary, the dracut module, the initramfs-tools hook and script, the
# man pages and the unit land where dracut, initramfs-tools, man and systemd
# look, with the right modes; the installed scripts are the ones in the tree
# and parse; the installed dracut parse hook and initramfs-tools script leave
# non-AoE roots alone.
. "$(dirname "$0")/../lib.sh"
t_need make install sh
build=$(dirname "$AOEBOOT")
mk() {  # LOGNAME ARGS...: make in the tree with our build dir
    local log=$T_TMP/$1.log; shift
    make -s -C "$ROOT" BUILD="$build" "$@" > "$log" 2>&1
}
# The README's list: every indented absolute path after "## Installed files"
# up to the next heading; a line that mentions VBLADE_LINK=yes is optional.
awk '/^## Installed files/ {on=1; next} /^## / {on=0} on && /^    \// {print $1, ($0 ~ /VBLADE_LINK=yes/ ? "opt" : "req")}' \
    "$ROOT/README.md" > "$T_TMP/readme.list"
[ "$(wc -l < "$T_TMP/readme.list")" -ge 10 ] || t_fail "README.md has no 'Installed files' list (found $(wc -l < "$T_TMP/readme.list") paths)"
awk '$2 == "req" {print $1}' "$T_TMP/readme.list" | sort > "$T_TMP/want.plain"
awk '{print $1}' "$T_TMP/readme.list" | sort > "$T_TMP/want.link"
grep -qx /usr/sbin/vblade "$T_TMP/want.link" || t_fail "README.md does not list the optional /usr/sbin/vblade link"
installed() { (cd "$1" && find . \( -type f -o -type l \) | sed 's|^\.||' | sort); }
same_set() {  # WANT GOT WHAT
    if ! diff -u "$1" "$2" > "$T_TMP/set.diff"; then
        cat "$T_TMP/set.diff" >&2
        t_fail "$3: installed files differ from README.md's list (- only in README, + only installed)"
    fi
}

# Without the vblade link: exactly the required files.
mk install-plain install DESTDIR="$T_TMP/plain" || t_fail "make install failed (see install-plain.log)"
installed "$T_TMP/plain" > "$T_TMP/got.plain"
same_set "$T_TMP/want.plain" "$T_TMP/got.plain" "make install"
# With it: one more entry, a symlink to aoeboot.
mk install-link install DESTDIR="$T_TMP/link" VBLADE_LINK=yes || t_fail "make install VBLADE_LINK=yes failed"
installed "$T_TMP/link" > "$T_TMP/got.link"
same_set "$T_TMP/want.link" "$T_TMP/got.link" "make install VBLADE_LINK=yes"
[ "$(readlink "$T_TMP/link/usr/sbin/vblade")" = aoeboot ] || t_fail "vblade is not a symlink to aoeboot"
out=$("$T_TMP/link/usr/sbin/vblade" 2>&1 || true)
case $out in *"usage: vblade"*) ;; *) t_fail "the vblade link does not run vblade's command line: $out";; esac
mk bad-link install DESTDIR="$T_TMP/bad" VBLADE_LINK=maybe && t_fail "VBLADE_LINK=maybe was accepted"

# Uninstall leaves no file, only shared parent directories: never one of
# ours (95aoeboot, doc/aoeboot), never one the list does not lead to.
for d in plain link; do
    mk "uninstall-$d" uninstall DESTDIR="$T_TMP/$d" || t_fail "make uninstall ($d) failed"
    left=$(installed "$T_TMP/$d")
    [ -z "$left" ] || t_fail "make uninstall ($d) left files behind: $left"
    (cd "$T_TMP/$d" && find . -mindepth 1 -type d | sed 's|^\.||' | sort) > "$T_TMP/dirs.$d"
    while read -r dir; do
        case $dir in */95aoeboot|*/doc/aoeboot|*/doc/aoeboot/*) t_fail "make uninstall left our directory $dir";; esac
        grep -q "^$dir/" "$T_TMP/want.link" || t_fail "$dir remains but holds nothing of the list"
    done < "$T_TMP/dirs.$d"
done
t_log "uninstall: no files left; shared directories kept: $(tr '\n' ' ' < "$T_TMP/dirs.plain")"

# Never anything else: a real vblade (Debian's) is not replaced by the link
# nor removed by uninstall; a neighbour's man page and a file the admin put
# into our module directory survive uninstall (and so does that directory).
other=$T_TMP/other
mkdir -p "$other/usr/sbin" "$other/usr/share/man/man8" "$other/usr/lib/dracut/modules.d/95aoeboot"
printf 'real vblade\n' > "$other/usr/sbin/vblade"
printf 'x\n' > "$other/usr/share/man/man8/vblade.8"
printf 'mine\n' > "$other/usr/lib/dracut/modules.d/95aoeboot/local.conf"
mk other-link install DESTDIR="$other" VBLADE_LINK=yes && t_fail "VBLADE_LINK=yes replaced a real vblade"
grep -q 'not our link' "$T_TMP/other-link.log" || t_fail "no clear message for the real vblade: $(cat "$T_TMP/other-link.log")"
mk other-install install DESTDIR="$other" || t_fail "make install next to foreign files failed"
mk other-uninstall uninstall DESTDIR="$other" || t_fail "make uninstall next to foreign files failed"
[ "$(installed "$other" | tr '\n' ' ')" = "/usr/lib/dracut/modules.d/95aoeboot/local.conf /usr/sbin/vblade /usr/share/man/man8/vblade.8 " ] ||
    t_fail "uninstall touched files that are not ours: $(installed "$other" | tr '\n' ' ')"
grep -q 'real vblade' "$other/usr/sbin/vblade" || t_fail "the real vblade was changed"

# PREFIX=/usr/local: the binary, pages, example and unit move (the unit and
# the hook's default binary follow); dracut and initramfs-tools stay where
# their tools look.
mk install-local install DESTDIR="$T_TMP/local" PREFIX=/usr/local || t_fail "make install PREFIX=/usr/local failed"
for f in /usr/local/sbin/aoeboot /usr/local/share/man/man5/aoeboot.conf.5 /usr/local/share/doc/aoeboot/examples/exports.conf \
         /usr/local/lib/systemd/system/aoeboot.service /usr/lib/dracut/modules.d/95aoeboot/module-setup.sh \
         /usr/share/initramfs-tools/hooks/aoeboot; do
    [ -f "$T_TMP/local$f" ] || t_fail "PREFIX=/usr/local: $f missing"
done
grep -q '^ExecStart=/usr/local/sbin/aoeboot serve' "$T_TMP/local/usr/local/lib/systemd/system/aoeboot.service" ||
    t_fail "PREFIX=/usr/local: the unit does not start /usr/local/sbin/aoeboot"
grep -q 'AOEBOOT_BINARY:-/usr/local/sbin/aoeboot' "$T_TMP/local/usr/share/initramfs-tools/hooks/aoeboot" ||
    t_fail "PREFIX=/usr/local: the initramfs-tools hook does not default to /usr/local/sbin/aoeboot"
mk uninstall-local uninstall DESTDIR="$T_TMP/local" PREFIX=/usr/local || t_fail "make uninstall PREFIX=/usr/local failed"
[ -z "$(installed "$T_TMP/local")" ] || t_fail "PREFIX=/usr/local uninstall left: $(installed "$T_TMP/local")"

# The installed example is a valid exports file.
"$AOEBOOT" serve --test -c "$ROOT/docs/exports.conf.example" > /dev/null ||
    t_fail "docs/exports.conf.example does not parse"

# Modes, contents and the hooks' behaviour, on a fresh install.
dest=$T_TMP/dest
mk install install DESTDIR="$dest" || t_fail "make install failed (see install.log)"
check() {  # PATH MODE
    [ -f "$dest$1" ] || t_fail "make install did not install $1"
    [ "$(stat -c %a "$dest$1")" = "$2" ] || t_fail "$1 has mode $(stat -c %a "$dest$1"), want $2"
}
check /usr/sbin/aoeboot 755
for f in module-setup.sh parse-aoeboot.sh aoeboot-root.sh aoeboot-generator.sh; do
    check "/usr/lib/dracut/modules.d/95aoeboot/$f" 755
    cmp -s "$ROOT/dracut/95aoeboot/$f" "$dest/usr/lib/dracut/modules.d/95aoeboot/$f" || t_fail "$f differs"
done
check /usr/share/initramfs-tools/hooks/aoeboot 755
check /usr/share/initramfs-tools/scripts/local-top/aoeboot 755
for f in aoeboot aoeboot-root aoeboot-serve aoeboot-initiator aoeboot-nbd; do check "/usr/share/man/man8/$f.8" 644; done
check /usr/share/man/man5/aoeboot.conf.5 644
check /usr/share/doc/aoeboot/examples/exports.conf 644
cmp -s "$ROOT/docs/exports.conf.example" "$dest/usr/share/doc/aoeboot/examples/exports.conf" || t_fail "the example differs"
check /usr/lib/systemd/system/aoeboot.service 644
cmp -s "$ROOT/docs/aoeboot.service" "$dest/usr/lib/systemd/system/aoeboot.service" || t_fail "the unit differs (PREFIX=/usr)"
cmp -s "$ROOT/initramfs/initramfs-tools/hooks/aoeboot" "$dest/usr/share/initramfs-tools/hooks/aoeboot" || t_fail "the hook differs (PREFIX=/usr)"
for f in "$dest"/usr/lib/dracut/modules.d/95aoeboot/*.sh; do bash -n "$f" || t_fail "$f: syntax error"; done
sh -n "$dest/usr/share/initramfs-tools/hooks/aoeboot" || t_fail "hook: syntax error"
sh -n "$dest/usr/share/initramfs-tools/scripts/local-top/aoeboot" || t_fail "local-top: syntax error"
# The installed binary parses the AoE root the hooks pass it.
out=$("$dest/usr/sbin/aoeboot" root --print --cmdline "root=aoe:e7.3p1 aoe.iface=eth1") ||
    t_fail "installed aoeboot root --print failed"
case $out in *"root=aoe:e7.3p1 iface=eth1"*) ;; *) t_fail "aoeboot root --print said: $out";; esac
# local-top leaves a non-AoE root alone (exit 0, no /conf/param.conf write).
ROOT=/dev/sda1 sh "$dest/usr/share/initramfs-tools/scripts/local-top/aoeboot" ||
    t_fail "local-top/aoeboot failed for root=/dev/sda1"
# The dracut cmdline hook, sourced with stub dracut functions: root=/dev/sda1
# is not touched; root=aoe:e7.3 becomes block:/dev/etherd/e7.3 with rootok=1
# and an initqueue job; a bad AoE root dies with aoeboot's message.
stub=$T_TMP/stub
mkdir -p "$stub/sbin"
printf '#!/bin/sh\necho "$@" >> %s/initqueue.log\n' "$stub" > "$stub/initqueue"; chmod 755 "$stub/initqueue"
# The hook runs on the host here, so it is fenced in: its known initramfs
# paths (/etc/udev/rules.d, $hookdir) are rewritten into the stub, and in a
# private mount namespace a tmpfs covers the host's /etc/udev in case it
# writes there anyway.
hook() {  # CMDLINE -> prints root rootok
    CMDLINE="$1" AOEBOOT_BIN="$dest/usr/sbin/aoeboot" STUB="$stub" unshare --mount --propagation private bash -c '
        mount -t tmpfs aoeboot-test /etc/udev || { echo "cannot fence /etc/udev"; exit 9; }
        hookdir=$STUB/hooks
        mkdir -p "$hookdir/initqueue/finished" "$hookdir/initqueue/settled" "$hookdir/emergency" "$STUB/rules.d"
        getarg() { for w in $CMDLINE; do case $w in "$1"*) echo "${w#"$1"}"; return 0;; esac; done; return 1; }
        info() { :; }; warn() { echo "warn: $*" >&2; }; die() { echo "die: $*"; exit 3; }
        wait_for_dev() { echo "wait_for_dev $1" >> "$STUB/initqueue.log"; }
        src=$(sed -e "s|/usr/sbin/aoeboot root --print|$AOEBOOT_BIN root --print --cmdline \"\$CMDLINE\"|" \
                  -e "s|/etc/udev/rules.d|$STUB/rules.d|g" \
                  -e "s|/sbin/initqueue|$STUB/initqueue|" "'"$dest"'/usr/lib/dracut/modules.d/95aoeboot/parse-aoeboot.sh")
        eval "$src"
        echo "root=$root rootok=${rootok:-}"'
}
udev_before=$(ls /etc/udev/rules.d 2>/dev/null | tr '\n' ' ')
[ "$(hook 'root=/dev/sda1 ro')" = "root=/dev/sda1 rootok=" ] || t_fail "the hook touched root=/dev/sda1"
[ "$(hook 'root=aoe:e7.3 ro')" = "root=block:/dev/etherd/e7.3 rootok=1" ] ||
    t_fail "root=aoe:e7.3 gave: $(hook 'root=aoe:e7.3 ro')"
grep -q 'wait_for_dev /dev/etherd/e7.3' "$stub/initqueue.log" || t_fail "no wait_for_dev for the root"
grep -q -- '--settled .*aoeboot-root /dev/etherd/e7.3' "$stub/initqueue.log" || t_fail "no initqueue job"
[ "$(hook 'root=aoe:config=rack4 ro')" = "root=block:/dev/aoeboot-root rootok=1" ] ||
    t_fail "root=aoe:config=... gave: $(hook 'root=aoe:config=rack4 ro')"
out=$(hook 'root=aoe:e7.x ro' || true)
case $out in "die: aoeboot: "*"bad AoE address"*) ;; *) t_fail "a bad root=aoe: was not refused: $out";; esac
[ "$(ls /etc/udev/rules.d 2>/dev/null | tr '\n' ' ')" = "$udev_before" ] ||
    t_fail "the dracut hook wrote into the host's /etc/udev/rules.d"
t_log "ok: make install/uninstall = README list (with and without VBLADE_LINK), foreign files kept, PREFIX=/usr/local, modes, hooks parse root=aoe: and leave other roots alone"
