#!/bin/bash
# The manual pages cannot drift from the binary silently: every page in docs/
# renders without a single warning (man-db as lintian runs it, and groff with
# every warning on); every command in `aoeboot help` has a synopsis in
# aoeboot(8) and a detail page; every long option its --help prints appears
# in that page and in aoeboot(8); every aoe.* kernel parameter of
# `aoeboot root --help` is in aoeboot(8) and aoeboot-root(8); every key the
# exports parser (src/target/config.cpp) takes is an entry of aoeboot.conf(5).
# The option check is run once against a copy with an option removed, which
# it must catch.
. "$(dirname "$0")/../lib.sh"
t_need man groff
docs=$ROOT/docs
pages=("$docs"/*.[1-8])
[ ${#pages[@]} -ge 6 ] || t_fail "expected the manual pages in docs/, found ${#pages[@]}"

# 1. Clean rendering.
for p in "${pages[@]}"; do
    n=${p#"$ROOT"/}
    # As lintian checks pages: man-db's pipeline, UTF-8, groff's warnings.
    LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$p" \
        > /dev/null 2> "$T_TMP/man.err" || t_fail "$n: man -l failed: $(cat "$T_TMP/man.err")"
    [ ! -s "$T_TMP/man.err" ] || t_fail "$n: man --warnings: $(cat "$T_TMP/man.err")"
    groff -man -ww -z "$p" 2> "$T_TMP/groff.err" || t_fail "$n: groff failed: $(cat "$T_TMP/groff.err")"
    [ ! -s "$T_TMP/groff.err" ] || t_fail "$n: groff -ww: $(cat "$T_TMP/groff.err")"
    # Unbalanced font changes leave a font switched on for the rest of the page.
    grep -n '\\f[BI]' "$p" | grep -v '\\f[RP]' > "$T_TMP/font.txt" || true
    [ ! -s "$T_TMP/font.txt" ] || t_fail "$n: a font change that is not switched back on the same line: $(head -1 "$T_TMP/font.txt")"
done
t_log "rendered ${#pages[@]} pages without warnings"

# Plain text, one line per paragraph (no hyphenation, no breaks inside an
# option name), for the checks below.
render() { groff -man -Tascii -P-cbou -rLL=2000n "$1" 2> /dev/null; }

# The command -> detail page map; a new command must be added here and
# documented.
page_of() {
    case $1 in
        serve|status|vblade|layer|freeze|thaw) echo aoeboot-serve.8 ;;
        discover|read|write|verify|bench|link) echo aoeboot-initiator.8 ;;
        root|abft) echo aoeboot-root.8 ;;
        nbd|nbd-server) echo aoeboot-nbd.8 ;;
        *) return 1 ;;
    esac
}
cmds=$("$AOEBOOT" help | awk '/^commands:/ {on=1; next} on && NF == 0 {on=0} on && $1 != "help" {print $1}')
[ "$(echo "$cmds" | wc -w)" -ge 10 ] || t_fail "could not read the command list from aoeboot help: $cmds"

has_opt() {  # TEXTFILE OPTION: the option as a whole word
    grep -qE -- "(^|[^a-z0-9-])$2([^a-z0-9-]|\$)" "$1"
}
# check_options DOCSDIR: prints one line per missing thing, nothing if all
# are documented.
check_options() {
    local d=$1 c p opt
    render "$d/aoeboot.8" > "$T_TMP/main.txt"
    for c in $cmds; do
        if ! p=$(page_of "$c"); then
            echo "command '$c' has no detail page in tests/integration/docs_man.sh's map"
            continue
        fi
        [ -f "$d/$p" ] || { echo "$c: $p does not exist"; continue; }
        render "$d/$p" > "$T_TMP/page.txt"
        grep -qE "(^|[^a-z-])aoeboot $c( |$)" "$T_TMP/main.txt" || echo "aoeboot(8) has no synopsis for 'aoeboot $c'"
        # vblade prints its usage on stderr with status 2 (as vblade does).
        "$AOEBOOT" "$c" --help > "$T_TMP/help.txt" 2>&1 || true
        grep -q 'usage' "$T_TMP/help.txt" || echo "aoeboot $c --help printed no usage"
        for opt in $(grep -oE -- '(^|[^a-z0-9-])--[a-z0-9][a-z0-9-]*' "$T_TMP/help.txt" | grep -oE -- '--[a-z0-9-]+' | sort -u); do
            [ "$opt" = --help ] && continue
            has_opt "$T_TMP/page.txt" "$opt" || echo "aoeboot $c $opt: not in $p"
            has_opt "$T_TMP/main.txt" "$opt" || echo "aoeboot $c $opt: not in aoeboot.8"
        done
    done
}
# 2. The check must be able to fail: a copy of the pages without --no-identify.
mkdir -p "$T_TMP/broken"
cp "${pages[@]}" "$T_TMP/broken/"
sed -i 's/\\-\\-no\\-identify/\\-\\-(removed)/g' "$T_TMP/broken"/*.8
check_options "$T_TMP/broken" > "$T_TMP/broken.out"
grep -q -- 'discover --no-identify: not in aoeboot-initiator.8' "$T_TMP/broken.out" ||
    t_fail "the option check did not notice a removed option: $(cat "$T_TMP/broken.out")"
# 3. The real pages.
check_options "$docs" > "$T_TMP/missing.txt"
if [ -s "$T_TMP/missing.txt" ]; then
    cat "$T_TMP/missing.txt" >&2
    t_fail "$(wc -l < "$T_TMP/missing.txt") undocumented command(s)/option(s), listed above"
fi
t_log "every long option of $(echo "$cmds" | wc -w) commands is in its page and in aoeboot(8)"

# 4. The kernel command line.
render "$docs/aoeboot.8" > "$T_TMP/main.txt"
render "$docs/aoeboot-root.8" > "$T_TMP/root.txt"
params=$("$AOEBOOT" root --help | grep -oE 'aoe\.[a-z]+' | grep -vx 'aoe\.ko' | sort -u)
[ -n "$params" ] || t_fail "aoeboot root --help names no aoe.* parameter"
for w in $params root=aoe: BOOTIF= rootfstype= rootflags= init=; do
    grep -qF -- "$w" "$T_TMP/main.txt" || t_fail "aoeboot(8) does not mention $w"
    grep -qF -- "$w" "$T_TMP/root.txt" || t_fail "aoeboot-root(8) does not mention $w"
done
for s in "KERNEL COMMAND LINE" "EXIT STATUS"; do
    grep -q "^$s" "$T_TMP/main.txt" || t_fail "aoeboot(8) has no $s section"
done

# 5. aoeboot.conf(5): an entry for every key of the parser.
render "$docs/aoeboot.conf.5" > "$T_TMP/conf.txt"
keys=$(grep -oE '(\bk|en\.key) == "[a-z-]+"' "$ROOT/src/target/config.cpp" | grep -oE '"[a-z-]+"' | tr -d '"' | sort -u)
[ "$(echo "$keys" | wc -w)" -ge 10 ] || t_fail "could not read the keys from src/target/config.cpp: $keys"
for k in $keys; do
    grep -qE "^       $k( = |\$)" "$T_TMP/conf.txt" || t_fail "aoeboot.conf(5) has no entry for the key '$k'"
done
t_log "ok: ${#pages[@]} pages clean; options of every command, aoe.* parameters and $(echo "$keys" | wc -w) exports.conf keys documented"
