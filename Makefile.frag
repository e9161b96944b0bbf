# pimsync: extra make targets (included by phpize's Makefile).

# `make test` runs php -n with extension_dir set to modules/. Debian builds
# pdo, mysqlnd and pdo_mysql as shared extensions, so load them by absolute
# path before pimsync (which needs pdo at startup). bcmath and dom are for the
# tests only: tests/units checks conversions against Akeneo's bcmath arithmetic,
# tests/schema reads the module's db_schema.xml (php8.2-xml).
PIMSYNC_SYSTEM_EXT_DIR = $(EXTENSION_DIR)
PHP_TEST_SHARED_EXTENSIONS = \
	-d extension=$(PIMSYNC_SYSTEM_EXT_DIR)/pdo.so \
	-d extension=$(PIMSYNC_SYSTEM_EXT_DIR)/mysqlnd.so \
	-d extension=$(PIMSYNC_SYSTEM_EXT_DIR)/pdo_mysql.so \
	-d extension=$(PIMSYNC_SYSTEM_EXT_DIR)/posix.so \
	-d extension=$(PIMSYNC_SYSTEM_EXT_DIR)/bcmath.so \
	-d extension=$(PIMSYNC_SYSTEM_EXT_DIR)/dom.so \
	-d extension=$(top_builddir)/modules/pimsync.so

# Regenerate ext/*_arginfo.h from the stubs with Debian's PHP-Parser.
stubs:
	$(top_srcdir)/scripts/gen-stubs.sh

.PHONY: stubs
