#!/bin/bash
# make install DESTDIR=...: the binary, the dracut module, the initramfs-tools
# hook and script, the man pages and the unit land where dracut,
# initramfs-tools, man and systemd look, with the right modes; the installed
# scripts are the ones in the tree and parse; the installed dracut
# parse hook and initramfs-tools script leave non-AoE roots alone.
. "$(dirname "$0")/../lib.sh"
t_need make install sh
build=$(dirname "$AOEBOOT")
dest=$T_TMP/dest
make -s -C "$ROOT" BUILD="$build" install DESTDIR="$dest" > "$T_TMP/install.log" 2>&1 ||
    t_fail "make install failed (see install.log)"
check() {  # PATH MODE
    [ -f "$dest$1" ] || t_fail "make install did not install $1"
    [ "$(stat -c %a "$dest$1")" = "$2" ] || t_fail "$1 has mode $(stat -c %a "$dest$1"), want $2"
}
check /usr/sbin/aoeboot 755
for f in module-setup.sh parse-aoeboot.sh aoeboot-root.sh mount-aoeboot.sh; do
    check "/usr/lib/dracut/modules.d/95aoeboot/$f" 755
    cmp -s "$ROOT/dracut/95aoeboot/$f" "$dest/usr/lib/dracut/modules.d/95aoeboot/$f" || t_fail "$f differs"
done
check /usr/share/initramfs-tools/hooks/aoeboot 755
check /usr/share/initramfs-tools/scripts/local-top/aoeboot 755
for f in aoeboot aoeboot-root aoeboot-serve aoeboot-initiator aoeboot-nbd; do check "/usr/share/man/man8/$f.8" 644; done
check /lib/systemd/system/aoeboot.service 644
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
hook() {  # CMDLINE -> prints root rootok
    CMDLINE="$1" AOEBOOT_BIN="$dest/usr/sbin/aoeboot" STUB="$stub" bash -c '
        getarg() { for w in $CMDLINE; do case $w in "$1"*) echo "${w#"$1"}"; return 0;; esac; done; return 1; }
        info() { :; }; warn() { echo "warn: $*" >&2; }; die() { echo "die: $*"; exit 3; }
        wait_for_dev() { echo "wait_for_dev $1" >> "$STUB/initqueue.log"; }
        src=$(sed -e "s|/usr/sbin/aoeboot root --print|$AOEBOOT_BIN root --print --cmdline \"\$CMDLINE\"|" \
                  -e "s|/sbin/initqueue|$STUB/initqueue|" "'"$dest"'/usr/lib/dracut/modules.d/95aoeboot/parse-aoeboot.sh")
        eval "$src"
        echo "root=$root rootok=${rootok:-}"'
}
[ "$(hook 'root=/dev/sda1 ro')" = "root=/dev/sda1 rootok=" ] || t_fail "the hook touched root=/dev/sda1"
[ "$(hook 'root=aoe:e7.3 ro')" = "root=block:/dev/etherd/e7.3 rootok=1" ] ||
    t_fail "root=aoe:e7.3 gave: $(hook 'root=aoe:e7.3 ro')"
grep -q 'wait_for_dev /dev/etherd/e7.3' "$stub/initqueue.log" || t_fail "no wait_for_dev for the root"
grep -q -- '--settled .*aoeboot-root /dev/etherd/e7.3' "$stub/initqueue.log" || t_fail "no initqueue job"
[ "$(hook 'root=aoe:config=rack4 ro')" = "root=block:/dev/aoeboot-root rootok=1" ] ||
    t_fail "root=aoe:config=... gave: $(hook 'root=aoe:config=rack4 ro')"
out=$(hook 'root=aoe:e7.x ro' || true)
case $out in "die: aoeboot: "*"bad AoE address"*) ;; *) t_fail "a bad root=aoe: was not refused: $out";; esac
t_log "ok: make install layout, modes, hooks parse root=aoe: and leave other roots alone"
