# pimsync: extra make targets (included by phpize's Makefile).

# Regenerate ext/*_arginfo.h from the stubs with Debian's PHP-Parser.
stubs:
	$(top_srcdir)/scripts/gen-stubs.sh

.PHONY: stubs
