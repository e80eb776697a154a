# aoeboot: one static musl binary (build/aoeboot), unit tests on the host
# toolchain with sanitizers, integration tests in network namespaces and VMs.

BUILD      := build
CXX        := g++
CC         := gcc
MUSL_INC   := /usr/include/x86_64-linux-musl
MUSL_LIB   := /usr/lib/x86_64-linux-musl
GCC_INC    := $(shell $(CXX) -print-file-name=include)
LIBNL      := $(BUILD)/libnl
KINC       := $(BUILD)/kernel-include
VERSION    := $(shell git describe --always --dirty 2>/dev/null || echo unknown)

SRCS       := $(sort $(wildcard src/*/*.cpp))
OBJS       := $(SRCS:src/%.cpp=$(BUILD)/obj/%.o)
WARN       := -Wall -Wextra -Wno-missing-field-initializers
COMMON     := -std=c++20 -Isrc -DAOEBOOT_VERSION='"$(VERSION)"'

# Compile against musl's headers with the host libstdc++ (see src/musl/).
# Link-time optimisation: about a tenth smaller (unused libstdc++ paths fold away).
LTO        ?= -flto=auto
# Our code neither throws nor catches, and uses no RTTI: without exception
# tables, landing pads and unwind tables the binary is 516 -> 448 KiB (440
# with libnl also built without unwind tables, scripts/build-libnl.sh). An
# exception thrown inside libstdc++ (out of memory, a failed thread start, a
# length past a container's limit) ends at the throw with a fatal message
# (__cxa_throw in src/musl/glibc_compat.c), since nothing would ever catch
# one: the DWARF unwinder and the personality routine stay out (409 -> 381
# KB). The host build (unit tests, Catch2) keeps exceptions.
SLIM       := -fno-exceptions -fno-rtti -fno-asynchronous-unwind-tables -fno-unwind-tables
MUSL_CXXFLAGS := $(COMMON) $(WARN) -Os $(LTO) $(SLIM) -ffunction-sections -fdata-sections \
  -nostdinc -nostdinc++ -isystem src/musl/shim \
  -isystem /usr/include/c++/12 -isystem /usr/include/x86_64-linux-gnu/c++/12 \
  -isystem $(MUSL_INC) -isystem $(GCC_INC) -isystem $(KINC) \
  -isystem $(LIBNL)/include/libnl3 -D'__GLIBC_PREREQ(a,b)=0' \
  -include src/musl/glibc_compat.h
LIBNL_LIBS := $(LIBNL)/lib/libnl-genl-3.a $(LIBNL)/lib/libnl-3.a
GCC_LIBDIR := $(dir $(shell $(CXX) -print-libgcc-file-name))

.PHONY: all deps size size-check check unit integration vm fuzz fuzz-smoke bench demo initramfs install clean
all: $(BUILD)/aoeboot

deps:
	@scripts/deps.sh

$(LIBNL)/lib/libnl-route-3.a: scripts/build-libnl.sh | deps
	scripts/build-libnl.sh $(BUILD)
	touch $@

$(BUILD)/obj/%.o: src/%.cpp $(LIBNL)/lib/libnl-route-3.a Makefile
	@mkdir -p $(dir $@)
	$(CXX) $(MUSL_CXXFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/obj/glibc_compat.o: src/musl/glibc_compat.c $(LIBNL)/lib/libnl-route-3.a
	@mkdir -p $(dir $@)
	musl-gcc -Os -c $< -o $@

$(BUILD)/aoeboot: $(OBJS) $(BUILD)/obj/glibc_compat.o
	$(CXX) -static -nostdlib -Os $(LTO) $(SLIM) -Wl,--gc-sections -o $@ \
	  $(MUSL_LIB)/crt1.o $(MUSL_LIB)/crti.o $(GCC_LIBDIR)crtbeginT.o \
	  $(OBJS) $(BUILD)/obj/glibc_compat.o \
	  -Wl,--start-group $(LIBNL_LIBS) $(GCC_LIBDIR)libstdc++.a $(GCC_LIBDIR)libgcc.a \
	  $(GCC_LIBDIR)libgcc_eh.a $(MUSL_LIB)/libc.a -Wl,--end-group \
	  $(GCC_LIBDIR)crtend.o $(MUSL_LIB)/crtn.o
	ln -sf aoeboot $(BUILD)/vblade

size: $(BUILD)/aoeboot
	@strip -o $(BUILD)/aoeboot.stripped $(BUILD)/aoeboot
	@echo "aoeboot stripped: $$(stat -c %s $(BUILD)/aoeboot.stripped) bytes ($$(( $$(stat -c %s $(BUILD)/aoeboot.stripped) / 1024 )) KiB)"
	@file $(BUILD)/aoeboot | sed 's/.*: /aoeboot: /'

# A guard against growth unnoticed, checked by `make check`: an initramfs
# carries this binary, and a library call that brings a subsystem along
# (strftime and the time zone code, scanf, libnl-route's object cache)
# shows up here first. The goal is 400,000 (docs/performance.md); the
# guard sits just above today's size.
SIZE_LIMIT := 430000
size-check: size
	@n=$$(stat -c %s $(BUILD)/aoeboot.stripped); if [ $$n -gt $(SIZE_LIMIT) ]; then \
	  echo "aoeboot is $$n bytes stripped, over the $(SIZE_LIMIT) guard: see which archive members a change pulled in (link with -Wl,-Map)"; exit 1; fi

# --- unit tests: host glibc toolchain, ASan + UBSan, Catch2 2.13 -------------
HOST_FLAGS := $(COMMON) $(WARN) -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=undefined \
  $(shell pkg-config --cflags libnl-3.0 libnl-genl-3.0 2>/dev/null)
# The CLI is thin glue over the rooms; unit tests link the rooms only.
HOST_SRCS  := $(filter-out src/cli/%,$(SRCS))
HOST_OBJS  := $(HOST_SRCS:src/%.cpp=$(BUILD)/host/%.o)
UNIT_SRCS  := $(sort $(wildcard tests/unit/*.cpp))
UNIT_OBJS  := $(UNIT_SRCS:tests/unit/%.cpp=$(BUILD)/host/unit/%.o)

$(BUILD)/host/%.o: src/%.cpp | deps
	@mkdir -p $(dir $@)
	$(CXX) $(HOST_FLAGS) -MMD -MP -c $< -o $@
$(BUILD)/host/unit/%.o: tests/unit/%.cpp | deps
	@mkdir -p $(dir $@)
	$(CXX) $(HOST_FLAGS) -MMD -MP -c $< -o $@
$(BUILD)/unit-tests: $(HOST_OBJS) $(UNIT_OBJS)
	$(CXX) -fsanitize=address,undefined -o $@ $^ \
	  $(shell pkg-config --libs libnl-3.0 libnl-genl-3.0 2>/dev/null) -lpthread

unit: $(BUILD)/unit-tests
	# Bounded: a test that blocks must fail the run, not hang it.
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 timeout -k 5 300 $(BUILD)/unit-tests

# --- fuzzing: clang libFuzzer on the codec ---------------------------------
FUZZ_SRCS := $(wildcard src/proto/*.cpp)
$(BUILD)/fuzz_parse: tests/fuzz/fuzz_parse.cpp $(FUZZ_SRCS) | deps
	clang++ -std=c++20 -Isrc -g -O1 -fsanitize=fuzzer,address,undefined $^ -o $@
FUZZ_SECONDS ?= 120
fuzz: $(BUILD)/fuzz_parse
	@mkdir -p $(BUILD)/fuzz-corpus
	$(BUILD)/fuzz_parse -max_total_time=$(FUZZ_SECONDS) $(BUILD)/fuzz-corpus tests/fuzz/corpus
# New inputs go to the first directory, so the committed corpus stays as it is.
fuzz-smoke: $(BUILD)/fuzz_parse
	@mkdir -p $(BUILD)/fuzz-smoke
	$(BUILD)/fuzz_parse -runs=20000 $(BUILD)/fuzz-smoke tests/fuzz/corpus

# --- integration, VM, bench, demo --------------------------------------------
integration: $(BUILD)/aoeboot
	tests/run-integration.sh integration
vm: $(BUILD)/aoeboot
	tests/run-integration.sh vm

check: deps
	@tests/check.sh

bench: $(BUILD)/aoeboot
	tests/bench/run.sh

# make demo FIRMWARE=bios (default), uefi or secureboot: see scripts/demo.sh.
demo: $(BUILD)/aoeboot
	FIRMWARE=$(FIRMWARE) scripts/demo.sh

initramfs: $(BUILD)/aoeboot
	initramfs/mkinitramfs.sh --output $(BUILD)/initramfs.cpio.gz $(if $(KVER),--kver $(KVER)) $(if $(KMODDIR),--moddir $(KMODDIR))

# --- install / uninstall (DESTDIR for packaging) -----------------------------
# Each file goes where its tool looks for it; README.md ("Installed files")
# lists them and tests/integration/distro_install.sh checks that list against
# what is really installed and removed.
#
# PREFIX is /usr, not /usr/local: the integrations are what installing is for,
# and dracut only reads /usr/lib/dracut, initramfs-tools only
# /usr/share/initramfs-tools, and both hooks copy /usr/sbin/aoeboot into the
# image. PREFIX=/usr/local works too: it moves the binary, the manual pages,
# the example and the unit (whose ExecStart and the initramfs-tools hook's
# default binary are rewritten to match); the two initramfs directories stay
# where their tools look (DRACUTDIR, INITRAMFSTOOLSDIR to override).
#
# Nothing is written to /etc: an exports.conf there belongs to the admin (a
# Debian user expects a local install never to touch it), and `make
# uninstall` could not tell an edited file from ours. The example goes where
# Debian keeps examples, /usr/share/doc/aoeboot/examples/; copy it to
# /etc/aoeboot/exports.conf. Until then the unit's ExecStartPre
# (serve --test) fails naming the missing file.
#
# VBLADE_LINK=yes also makes $(SBINDIR)/vblade a symlink to aoeboot (vblade's
# command line, for old scripts). Off by default: Debian's vblade package owns
# /usr/sbin/vblade, and a real file there is never replaced.
PREFIX            ?= /usr
DESTDIR           ?=
SBINDIR           ?= $(PREFIX)/sbin
MANDIR            ?= $(PREFIX)/share/man
DOCDIR            ?= $(PREFIX)/share/doc/aoeboot
UNITDIR           ?= $(PREFIX)/lib/systemd/system
DRACUTDIR         ?= /usr/lib/dracut/modules.d
INITRAMFSTOOLSDIR ?= /usr/share/initramfs-tools
VBLADE_LINK       ?= no
DRACUT_FILES      := $(notdir $(wildcard dracut/95aoeboot/*))
MAN8              := $(notdir $(wildcard docs/*.8))
MAN5              := $(notdir $(wildcard docs/*.5))

.PHONY: uninstall
install: $(BUILD)/aoeboot
	@case "$(VBLADE_LINK)" in yes|no) ;; *) echo "VBLADE_LINK wants yes or no, not '$(VBLADE_LINK)'" >&2; exit 2;; esac
	install -D -m 755 $(BUILD)/aoeboot $(DESTDIR)$(SBINDIR)/aoeboot
	@if [ "$(VBLADE_LINK)" = yes ]; then \
	  l=$(DESTDIR)$(SBINDIR)/vblade; \
	  if { [ -e "$$l" ] || [ -L "$$l" ]; } && [ "$$(readlink "$$l")" != aoeboot ]; then \
	    echo "$$l exists and is not our link to aoeboot (Debian's vblade?): not replaced;" \
	         "remove it first or install without VBLADE_LINK=yes" >&2; exit 1; fi; \
	  echo "ln -sfn aoeboot $$l"; ln -sfn aoeboot "$$l"; fi
	install -d $(DESTDIR)$(DRACUTDIR)/95aoeboot
	@for f in $(DRACUT_FILES); do \
	  case $$f in *.sh) m=755;; *) m=644;; esac; \
	  echo "install -m $$m dracut/95aoeboot/$$f $(DESTDIR)$(DRACUTDIR)/95aoeboot/$$f"; \
	  install -m $$m dracut/95aoeboot/$$f $(DESTDIR)$(DRACUTDIR)/95aoeboot/$$f || exit 1; done
	install -d $(DESTDIR)$(INITRAMFSTOOLSDIR)/hooks $(DESTDIR)$(INITRAMFSTOOLSDIR)/scripts/local-top
	sed 's|AOEBOOT_BINARY:-/usr/sbin/aoeboot|AOEBOOT_BINARY:-$(SBINDIR)/aoeboot|' \
	  initramfs/initramfs-tools/hooks/aoeboot > $(DESTDIR)$(INITRAMFSTOOLSDIR)/hooks/aoeboot
	chmod 755 $(DESTDIR)$(INITRAMFSTOOLSDIR)/hooks/aoeboot
	install -m 755 initramfs/initramfs-tools/scripts/local-top/aoeboot \
	  $(DESTDIR)$(INITRAMFSTOOLSDIR)/scripts/local-top/aoeboot
	install -d $(DESTDIR)$(MANDIR)/man8 $(DESTDIR)$(MANDIR)/man5
	install -m 644 $(addprefix docs/,$(MAN8)) $(DESTDIR)$(MANDIR)/man8/
	install -m 644 $(addprefix docs/,$(MAN5)) $(DESTDIR)$(MANDIR)/man5/
	install -D -m 644 docs/exports.conf.example $(DESTDIR)$(DOCDIR)/examples/exports.conf
	install -d $(DESTDIR)$(UNITDIR)
	sed 's|/usr/sbin/aoeboot|$(SBINDIR)/aoeboot|g' docs/aoeboot.service > $(DESTDIR)$(UNITDIR)/aoeboot.service
	chmod 644 $(DESTDIR)$(UNITDIR)/aoeboot.service

# Removes exactly what install put there (vblade only if it is our link) and
# the directories that are ours alone when they are empty; shared ones
# (sbin, man8, hooks, ...) stay.
uninstall:
	rm -f $(DESTDIR)$(SBINDIR)/aoeboot
	@l=$(DESTDIR)$(SBINDIR)/vblade; \
	  if [ -L "$$l" ] && [ "$$(readlink "$$l")" = aoeboot ]; then echo "rm -f $$l"; rm -f "$$l"; fi
	rm -f $(addprefix $(DESTDIR)$(DRACUTDIR)/95aoeboot/,$(DRACUT_FILES))
	rm -f $(DESTDIR)$(INITRAMFSTOOLSDIR)/hooks/aoeboot $(DESTDIR)$(INITRAMFSTOOLSDIR)/scripts/local-top/aoeboot
	rm -f $(addprefix $(DESTDIR)$(MANDIR)/man8/,$(MAN8)) $(addprefix $(DESTDIR)$(MANDIR)/man5/,$(MAN5))
	rm -f $(DESTDIR)$(DOCDIR)/examples/exports.conf
	rm -f $(DESTDIR)$(UNITDIR)/aoeboot.service
	@for d in $(DESTDIR)$(DRACUTDIR)/95aoeboot $(DESTDIR)$(DOCDIR)/examples $(DESTDIR)$(DOCDIR); do \
	  if [ -d "$$d" ]; then echo "rmdir --ignore-fail-on-non-empty $$d"; rmdir --ignore-fail-on-non-empty "$$d"; fi; done

clean:
	rm -rf $(BUILD)/obj $(BUILD)/host $(BUILD)/aoeboot $(BUILD)/unit-tests $(BUILD)/fuzz_parse

-include $(OBJS:.o=.d) $(HOST_OBJS:.o=.d) $(UNIT_OBJS:.o=.d)
