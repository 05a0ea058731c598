# tujie — one non-recursive Makefile (Lua's shape: object groups per module).
#   make            build build/tujie, build/libtujie.a, build/libtujie.so
#   make demo       install missing packages, build, render the default into out/
#   make test       install missing packages, build, run every test
#   make asan       build with AddressSanitizer + UBSan into build-asan/, run tests
#   make fuzz       build the libFuzzer harnesses (clang) into build-fuzz/
#   make fuzz-smoke run each harness for FUZZ_TIME seconds (default 45)
#   make bench      run the benchmarks in bench/ (not part of test)
#   make pot        regenerate po/tujie.pot from the sources (xgettext)
#   make update-po  merge po/tujie.pot into every po/LL.po (msgmerge)
#   make install    PREFIX=/usr/local DESTDIR=
# Warnings are errors (-Werror) only in the default developer build (OPT,
# EXTRA_CFLAGS and CFLAGS not given): another optimisation level or a
# sanitizer (make OPT=-O1, EXTRA_CFLAGS=-fsanitize=thread) brings false
# warnings of its own, so those builds warn without failing. WERROR=-Werror
# asks for it anyway (CI does), WERROR= turns it off.

VERSION   := 0.1.0
SOVERSION := 0
PREFIX    ?= /usr/local
BUILD     ?= build
CC        ?= cc

PKGS := pangocairo pangofc cairo cairo-png cairo-svg cairo-pdf fontconfig freetype2 libpng zlib libdeflate glib-2.0 gio-2.0 yaml-0.1 opencc libqpdf librsvg-2.0 libzip libxml-2.0 freexl

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# the command alone links these (`tujie preview`'s HTTP server); the library
# never does
CLI_PKGS   := libsoup-3.0
CLI_CFLAGS := $(shell pkg-config --cflags $(CLI_PKGS) 2>/dev/null)
CLI_LIBS   := $(shell pkg-config --libs $(CLI_PKGS) 2>/dev/null)
# opened with dlopen, not linked: libqpdf by render/pdf-fix.c when a PDF is
# written, librsvg by render/image.c for the first SVG image, OpenCC (C++)
# by extract/text.c when a report is read
DLOPENED   := libqpdf librsvg-2.0 opencc
PKG_LIBS   := $(shell pkg-config --libs $(filter-out $(DLOPENED),$(PKGS)) 2>/dev/null) -lm
soname = $(shell objdump -p "$$(pkg-config --variable=libdir $(1))/$(2)" 2>/dev/null | awk '/SONAME/ {print $$2}')
QPDF_SONAME := $(call soname,libqpdf,libqpdf.so)
RSVG_SONAME := $(call soname,librsvg-2.0,librsvg-2.so)
OPENCC_SONAME := $(call soname,opencc,libopencc.so)

OPT_DEFAULT := -O2 -g
OPT       ?= $(OPT_DEFAULT)
ifeq ($(strip $(OPT))|$(strip $(EXTRA_CFLAGS) $(CFLAGS)),$(OPT_DEFAULT)|)
WERROR    ?= -Werror
else
WERROR    ?=
endif
WARN      := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
             -Wwrite-strings $(WERROR)
FONT_DIR  := build/fonts
NOTO_DIR  ?= /usr/share/fonts/opentype/noto
# Debian's python3 (with python3-fonttools), not one a version manager put first
PYTHON    ?= /usr/bin/python3
OWN_FONTS := $(FONT_DIR)/TujieSansCJKsc-Regular.otf $(FONT_DIR)/TujieSansCJKsc-Bold.otf
# their TrueType copies, which PDFs embed (fonts/config.c), in a folder of
# their own: fontconfig scans a font folder's subfolders too
TT_FONTS  := $(FONT_DIR)-truetype/TujieSansCJKsc-Regular.ttf $(FONT_DIR)-truetype/TujieSansCJKsc-Bold.ttf
# The installed prefix is compiled in as the last place to look for data
# (a program that links libtujie.a from elsewhere); a build path never is.
# Programs find their data from their own place (core/datadir.h): an
# installed one at BINDIR/../share, one of the build tree through the key
# file BUILD/tujie-build-tree, which names the build's data folders.
FONT_DEFS  = -DTJ_FONTDIR_INSTALL='"$(PREFIX)/share/tujie/fonts"'
# message catalogues: po/LL.po → BUILD/locale/LL/LC_MESSAGES/tujie.mo
LOCALE_DEFS = -DTJ_LOCALEDIR_INSTALL='"$(PREFIX)/share/locale"'
BUILD_TREE := $(BUILD)/tujie-build-tree
CFLAGS_ALL = -std=c11 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L $(OPT) $(WARN) $(FONT_DEFS) $(LOCALE_DEFS) \
             $(if $(QPDF_SONAME),-DTJ_QPDF_SONAME='"$(QPDF_SONAME)"') \
             $(if $(RSVG_SONAME),-DTJ_RSVG_SONAME='"$(RSVG_SONAME)"') \
             $(if $(OPENCC_SONAME),-DTJ_OPENCC_SONAME='"$(OPENCC_SONAME)"') \
             -MMD -MP -I. -Iinclude -Itests $(PKG_CFLAGS) $(EXTRA_CFLAGS) $(CFLAGS)
LIB_CFLAGS = -fPIC -fvisibility=hidden -DTJ_BUILDING_LIB

MODULES  := core data spec segment fonts scene icons layouts render bind batch extract auto api
LIB_SRC  := $(foreach m,$(MODULES),$(wildcard $(m)/*.c))
CLI_SRC  := $(wildcard cli/*.c)
TEST_SRC := $(wildcard tests/unit/test-*.c)
TEST_SUP := $(wildcard tests/support/*.c)

THEMES   := $(sort $(wildcard themes/*.yaml))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/themes-data.o \
            $(BUILD)/obj/gen/icons-data.o $(BUILD)/obj/gen/segdict.o $(BUILD)/obj/gen/t2s.o
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
SUP_OBJ  := $(TEST_SUP:%.c=$(BUILD)/obj/%.o)
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)

LINGUAS  := $(shell cat po/LINGUAS)
MO_FILES := $(LINGUAS:%=$(BUILD)/locale/%/LC_MESSAGES/tujie.mo)
POT_SRC  := $(sort $(LIB_SRC) $(wildcard $(MODULES:%=%/*.h))) $(CLI_SRC) $(wildcard cli/*.h)
POT_OUT  ?= po/tujie.pot

LIB_A    := $(BUILD)/libtujie.a
LIB_SO   := $(BUILD)/libtujie.so.$(VERSION)
TUJIE    := $(BUILD)/tujie

.PHONY: print-cflags all deps demo test check asan fuzz fuzz-smoke bench install uninstall clean FORCE pot update-po
all: $(TUJIE) $(LIB_A) $(LIB_SO) $(TEST_BIN) $(OWN_FONTS) $(TT_FONTS) $(MO_FILES) $(BUILD_TREE)

# the key file that tells the programs of this build folder (and of its
# tests/) where their data is, relative to it; never installed
$(BUILD_TREE): Makefile
	@mkdir -p $(dir $@)
	@printf '%s\n' '# tujie build tree: programs built in this folder take their data from here' \
	  '[build-tree]' 'fonts=$(shell realpath -m --relative-to=$(BUILD) $(FONT_DIR))' \
	  'locale=locale' > $@.tmp && mv $@.tmp $@

# tujie's PDF-safe copy of Noto Sans CJK SC (see scripts/make-fonts.py); slow,
# once. Shared by every build directory.
$(FONT_DIR)/TujieSansCJKsc-%.otf: scripts/make-fonts.py
	@mkdir -p $(dir $@)
	@echo "  FONT    $@ (from $(NOTO_DIR)/NotoSansCJK-$*.ttc)"
	@$(PYTHON) scripts/make-fonts.py $(NOTO_DIR)/NotoSansCJK-$*.ttc $* $@.tmp && mv $@.tmp $@

# its TrueType copy (see scripts/make-truetype.py)
$(FONT_DIR)-truetype/TujieSansCJKsc-%.ttf: $(FONT_DIR)/TujieSansCJKsc-%.otf scripts/make-truetype.py
	@mkdir -p $(dir $@)
	@echo "  FONT    $@ (TrueType outlines of $<)"
	@$(PYTHON) scripts/make-truetype.py $< $@.tmp && mv $@.tmp $@

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS_ALL) $(LIB_CFLAGS) $(OBJ_CFLAGS) -c $< -o $@

$(BUILD)/gen/themes-data.c: $(THEMES) scripts/embed-themes.sh
	@mkdir -p $(dir $@)
	@sh scripts/embed-themes.sh $(THEMES) > $@.tmp && mv $@.tmp $@

# the names and code points of the built-in icons, from the icon font's own
# list (Debian: fonts-material-design-icons-iconfont; icons/icons.h)
ICON_LIST ?= /usr/share/fonts-material-design-icons-iconfont/scss/_variables.scss
$(BUILD)/gen/icons-data.c: $(ICON_LIST) scripts/embed-icons.sh
	@mkdir -p $(dir $@)
	@sh scripts/embed-icons.sh $(ICON_LIST) > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/gen/icons-data.o: $(BUILD)/gen/icons-data.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS_ALL) $(LIB_CFLAGS) -c $< -o $@

$(BUILD)/obj/gen/themes-data.o: $(BUILD)/gen/themes-data.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS_ALL) $(LIB_CFLAGS) -c $< -o $@

# segment/'s dictionary: Debian's python3-jieba dictionary, words of two or
# more characters kept from SEG_MIN_FREQ on (docs/text.md has the measurements
# that chose it), plus segment/words.txt
JIEBA_DICT   ?= /usr/lib/python3/dist-packages/jieba/dict.txt
SEG_MIN_FREQ ?= 50
SEG_WORDS    ?= segment/words.txt
$(BUILD)/gen/segdict.c: $(JIEBA_DICT) $(SEG_WORDS) scripts/make-segdict.py
	@mkdir -p $(dir $@)
	@echo "  GEN     $@ (from $(JIEBA_DICT))"
	@$(PYTHON) scripts/make-segdict.py $(JIEBA_DICT) $(SEG_MIN_FREQ) $(SEG_WORDS) > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/gen/segdict.o: $(BUILD)/gen/segdict.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS_ALL) $(LIB_CFLAGS) -c $< -o $@

# segment/'s traditional → simplified characters, from OpenCC's t2s (so a
# name written in traditional characters breaks between words too)
$(BUILD)/gen/t2s.c: scripts/make-t2s.py
	@mkdir -p $(dir $@)
	@echo "  GEN     $@ (from OpenCC's t2s)"
	@$(PYTHON) scripts/make-t2s.py $(or $(OPENCC_SONAME),libopencc.so) > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/gen/t2s.o: $(BUILD)/gen/t2s.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS_ALL) $(LIB_CFLAGS) -c $< -o $@

# fonts.c and i18n.c have the install prefix compiled in: rebuild them when
# PREFIX changes
$(BUILD)/prefix.stamp: FORCE
	@mkdir -p $(dir $@)
	@echo '$(PREFIX)' | cmp -s - $@ || echo '$(PREFIX)' > $@
$(BUILD)/obj/fonts/config.o $(BUILD)/obj/core/i18n.o: $(BUILD)/prefix.stamp

$(BUILD)/locale/%/LC_MESSAGES/tujie.mo: po/%.po
	@mkdir -p $(dir $@)
	@echo "  MSGFMT  $<"
	@msgfmt --check -o $@.tmp $< && mv $@.tmp $@

# the template: every _(), N_(), C_() of the sources, with TRANSLATORS: notes
pot:
	@xgettext --keyword=_ --keyword=N_ --keyword=C_:1c,2 --from-code=UTF-8 \
	    --add-comments=TRANSLATORS: --package-name=tujie --package-version=$(VERSION) \
	    --sort-by-file -o $(POT_OUT) $(POT_SRC)

update-po: pot
	@for l in $(LINGUAS); do echo "  MERGE   po/$$l.po"; \
	    msgmerge -q --update --backup=none po/$$l.po po/tujie.pot || exit 1; done
FORCE:

$(LIB_A): $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(LIB_SO): $(LIB_OBJ)
	$(CC) -shared -Wl,-soname,libtujie.so.$(SOVERSION) $(LDFLAGS) $(EXTRA_LDFLAGS) -o $@ $^ $(PKG_LIBS)
	ln -sf libtujie.so.$(VERSION) $(BUILD)/libtujie.so.$(SOVERSION)
	ln -sf libtujie.so.$(SOVERSION) $(BUILD)/libtujie.so

$(CLI_OBJ): OBJ_CFLAGS := $(CLI_CFLAGS)

$(TUJIE): $(CLI_OBJ) $(LIB_A)
	$(CC) $(LDFLAGS) $(EXTRA_LDFLAGS) -o $@ $(CLI_OBJ) $(LIB_A) $(PKG_LIBS) $(CLI_LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(SUP_OBJ) $(LIB_A)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Itests -o $@ $< $(SUP_OBJ) $(LIB_A) $(LDFLAGS) $(EXTRA_LDFLAGS) $(PKG_LIBS)

deps:
	@sh scripts/install-deps.sh

demo: deps
	@$(MAKE) --no-print-directory all
	@sh scripts/demo.sh $(BUILD)/tujie

test: deps
	@$(MAKE) --no-print-directory all
	@sh tests/run.sh $(BUILD)

# the compiler flags of this build (tests/check-fuzz-sources.sh)
print-cflags:
	@echo $(CFLAGS_ALL)

check: test

asan: deps
	@$(MAKE) --no-print-directory BUILD=build-asan OPT="-O1 -g -fno-omit-frame-pointer" \
	    EXTRA_CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all" \
	    EXTRA_LDFLAGS="-fsanitize=address,undefined" all
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:fast_unwind_on_malloc=0 \
	 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	 G_SLICE=always-malloc G_DEBUG=gc-friendly \
	 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 TJ_TEST_SLOW=5 \
	 sh tests/run.sh build-asan

# libFuzzer harnesses (clang): the library is built into build-fuzz/ with
# coverage instrumentation and ASan + UBSan, then each tests/fuzz/fuzz-*.c is
# linked against it. `make fuzz-smoke` runs each for FUZZ_TIME seconds from
# its seed corpus (tests/fuzz/run.sh; not part of `make test` or CI).
FUZZ_SRC  := $(wildcard tests/fuzz/fuzz-*.c)
FUZZ_SAN  := address,undefined -fno-sanitize-recover=all
FUZZ_TIME ?= 45

fuzz:
	@$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang OPT="-O1 -g -fno-omit-frame-pointer" \
	    EXTRA_CFLAGS="-fsanitize=fuzzer-no-link,$(FUZZ_SAN)" build-fuzz/libtujie.a build-fuzz/tujie-build-tree
	@for f in $(FUZZ_SRC); do n=$$(basename $$f .c); echo "  FUZZ    build-fuzz/$$n"; \
	    clang -std=c11 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L -O1 -g $(WARN) -I. -Iinclude \
	        $(PKG_CFLAGS) -fsanitize=fuzzer,$(FUZZ_SAN) -o build-fuzz/$$n $$f build-fuzz/libtujie.a \
	        $(PKG_LIBS) || exit 1; done

fuzz-smoke: fuzz
	@sh tests/fuzz/run.sh build-fuzz $(FUZZ_TIME)

bench: all
	@QUICK="$(QUICK)" PROFILE="$(PROFILE)" ONLY="$(ONLY)" sh bench/run.sh $(BUILD)

LIBDIR ?= $(PREFIX)/lib

$(BUILD)/tujie.pc: Makefile $(BUILD)/prefix.stamp
	@mkdir -p $(dir $@)
	@printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$(patsubst $(PREFIX)%,$${prefix}%,$(LIBDIR))' 'includedir=$${prefix}/include' '' \
	  'Name: tujie' 'Description: Chinese infographics (图解) from indicator tables' \
	  'Version: $(VERSION)' 'Requires: glib-2.0 cairo cairo-pdf' \
	  'Requires.private: $(filter-out $(DLOPENED),$(PKGS))' 'Libs: -L$${libdir} -ltujie' \
	  'Libs.private: -lm' 'Cflags: -I$${includedir}' > $@

install: all $(BUILD)/tujie.pc
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(PREFIX)/include/tujie
	install -m 755 $(TUJIE) $(DESTDIR)$(PREFIX)/bin/tujie
	install -m 644 $(LIB_A) $(DESTDIR)$(LIBDIR)/
	install -m 755 $(LIB_SO) $(DESTDIR)$(LIBDIR)/
	ln -sf libtujie.so.$(VERSION) $(DESTDIR)$(LIBDIR)/libtujie.so.$(SOVERSION)
	ln -sf libtujie.so.$(SOVERSION) $(DESTDIR)$(LIBDIR)/libtujie.so
	install -m 644 $(BUILD)/tujie.pc $(DESTDIR)$(LIBDIR)/pkgconfig/tujie.pc
	install -m 644 include/tujie/*.h $(DESTDIR)$(PREFIX)/include/tujie/
	install -d $(DESTDIR)$(PREFIX)/share/tujie/fonts $(DESTDIR)$(PREFIX)/share/tujie/fonts-truetype \
	  $(DESTDIR)$(PREFIX)/share/tujie/themes
	install -m 644 $(OWN_FONTS) $(DESTDIR)$(PREFIX)/share/tujie/fonts/
	install -m 644 $(TT_FONTS) $(DESTDIR)$(PREFIX)/share/tujie/fonts-truetype/
	install -m 644 themes/*.yaml $(DESTDIR)$(PREFIX)/share/tujie/themes/
	install -d $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/bash-completion/completions
	install -m 644 docs/tujie.1 $(DESTDIR)$(PREFIX)/share/man/man1/tujie.1
	install -m 644 scripts/tujie.bash-completion $(DESTDIR)$(PREFIX)/share/bash-completion/completions/tujie
	install -d $(DESTDIR)$(PREFIX)/share/doc/tujie
	install -m 644 README.md LICENSE docs/*.md $(DESTDIR)$(PREFIX)/share/doc/tujie/
	for l in $(LINGUAS); do \
	    install -d $(DESTDIR)$(PREFIX)/share/locale/$$l/LC_MESSAGES && \
	    install -m 644 $(BUILD)/locale/$$l/LC_MESSAGES/tujie.mo $(DESTDIR)$(PREFIX)/share/locale/$$l/LC_MESSAGES/tujie.mo || exit 1; \
	done

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/tujie $(DESTDIR)$(LIBDIR)/libtujie.* $(DESTDIR)$(LIBDIR)/pkgconfig/tujie.pc
	rm -f $(DESTDIR)$(PREFIX)/share/man/man1/tujie.1 $(DESTDIR)$(PREFIX)/share/bash-completion/completions/tujie
	rm -rf $(DESTDIR)$(PREFIX)/include/tujie $(DESTDIR)$(PREFIX)/share/tujie $(DESTDIR)$(PREFIX)/share/doc/tujie
	for l in $(LINGUAS); do rm -f $(DESTDIR)$(PREFIX)/share/locale/$$l/LC_MESSAGES/tujie.mo; done

clean:
	rm -rf build build-asan build-fuzz out

# keeps the generated fonts (a minute to rebuild)
clean-code:
	rm -rf build/obj build/tests build/locale build-asan build-fuzz out

.SECONDARY:

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(SUP_OBJ:.o=.d)

# scores segmenters on the hand-marked indicator names (docs/text.md); ICU
# (libicu-dev) only here, never in the library
$(BUILD)/bench/segment-score: bench/segment/score.c $(SUP_OBJ) $(LIB_A)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Itests -o $@ $< $(SUP_OBJ) $(LIB_A) $(PKG_LIBS) $$(pkg-config --libs icu-uc)
