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
GENERATED = .build/completions
SOURCES = Package.swift $(shell find Sources -name '*.swift')
COMPLETIONS = $(GENERATED)/reflect.bash $(GENERATED)/_reflect $(GENERATED)/reflect.fish

.PHONY: all install uninstall

all: $(BINARY) $(COMPLETIONS)

# Only when a source is newer than the binary; swift build then rebuilds only what changed.
$(BINARY): $(SOURCES)
	$(SWIFT) build -c release --static-swift-stdlib --product reflect
	@touch $@

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
