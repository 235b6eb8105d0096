# make                                 build the release binary and its completion scripts
# make install [PREFIX=~/.local]       install reflect, its man pages (reflect.1, reflect.5) and completion scripts
# make uninstall [PREFIX=~/.local]     remove exactly the files install put there
#
# PREFIX defaults to ~/.local, a per-user install that needs no root: bin/ is
# on the PATH of most desktops, and man, bash-completion and fish look under
# share/ beside it. PREFIX=/usr/local installs for everyone (run `make` first
# as yourself, then `sudo make install PREFIX=/usr/local`: an up-to-date binary
# is not built again). DESTDIR is put before every path, for packagers.
#
# The binary links the Swift standard library statically and carries the
# prompt library inside it, so it runs with no toolchain installed. The
# completion scripts are printed by the binary itself, so they always match it.
#
# The C++ runtime the Swift runtime uses (libstdc++, libgcc) is linked in too
# when the C compiler has its static archive: the binary then needs only libc
# and libm, and each start loads and relocates one shared library fewer (a
# quarter of `reflect today`'s time against a hello-world; bench/startup).
# Without the archive, the shared libstdc++ is used as before. Only the
# binary's own entry point is exported (the Swift flags export every symbol).
# `make release` builds the binary with these flags whatever its age; the
# benchmarks and CI use it, so every release binary is built the same way.

PREFIX ?= $(HOME)/.local
DESTDIR ?=
SWIFT ?= swift

BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man/man1
MAN5DIR = $(PREFIX)/share/man/man5
BASHDIR = $(PREFIX)/share/bash-completion/completions
ZSHDIR = $(PREFIX)/share/zsh/site-functions
FISHDIR = $(PREFIX)/share/fish/vendor_completions.d

BINARY = .build/release/reflect
STATIC_LIBS = .build/static-libs
LIBSTDCXX_A := $(shell $(CC) -print-file-name=libstdc++.a 2>/dev/null)
RELEASE_FLAGS = -c release --static-swift-stdlib -Xlinker -L$(STATIC_LIBS) \
	-Xswiftc -Xclang-linker -Xswiftc -static-libgcc -Xlinker --no-export-dynamic
GENERATED = .build/completions
SOURCES = Package.swift $(shell find Sources -name '*.swift')
COMPLETIONS = $(GENERATED)/reflect.bash $(GENERATED)/_reflect $(GENERATED)/reflect.fish

.PHONY: all install uninstall release

all: $(BINARY) $(COMPLETIONS)

# Only when a source (or this file) is newer than the binary; swift build then rebuilds only what changed.
$(BINARY): $(SOURCES) Makefile
	@$(MAKE) --no-print-directory release
	@touch $@

# A directory holding only libstdc++.a, searched before the compiler's own
# (which has the shared library too), so -lstdc++ finds the archive.
release:
	@mkdir -p $(STATIC_LIBS)
	@rm -f $(STATIC_LIBS)/libstdc++.a
	@case "$(LIBSTDCXX_A)" in /*) ln -s "$(LIBSTDCXX_A)" $(STATIC_LIBS)/libstdc++.a ;; esac
	$(SWIFT) build $(RELEASE_FLAGS) --product reflect

$(GENERATED)/reflect.bash: $(BINARY)
	@mkdir -p $(GENERATED)
	$(BINARY) completions bash > $@.tmp && mv $@.tmp $@

$(GENERATED)/_reflect: $(BINARY)
	@mkdir -p $(GENERATED)
	$(BINARY) completions zsh > $@.tmp && mv $@.tmp $@

$(GENERATED)/reflect.fish: $(BINARY)
	@mkdir -p $(GENERATED)
	$(BINARY) completions fish > $@.tmp && mv $@.tmp $@

install: all
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MANDIR)" "$(DESTDIR)$(MAN5DIR)" "$(DESTDIR)$(BASHDIR)" "$(DESTDIR)$(ZSHDIR)" "$(DESTDIR)$(FISHDIR)"
	install -m 0755 $(BINARY) "$(DESTDIR)$(BINDIR)/reflect"
	install -m 0644 man/reflect.1 "$(DESTDIR)$(MANDIR)/reflect.1"
	install -m 0644 man/reflect.5 "$(DESTDIR)$(MAN5DIR)/reflect.5"
	install -m 0644 $(GENERATED)/reflect.bash "$(DESTDIR)$(BASHDIR)/reflect"
	install -m 0644 $(GENERATED)/_reflect "$(DESTDIR)$(ZSHDIR)/_reflect"
	install -m 0644 $(GENERATED)/reflect.fish "$(DESTDIR)$(FISHDIR)/reflect.fish"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/reflect" "$(DESTDIR)$(MANDIR)/reflect.1" "$(DESTDIR)$(MAN5DIR)/reflect.5" "$(DESTDIR)$(BASHDIR)/reflect" \
		"$(DESTDIR)$(ZSHDIR)/_reflect" "$(DESTDIR)$(FISHDIR)/reflect.fish"
