dnl pimsync: sync a PIM and an ERP into a Magento 2 catalog.
dnl Libraries are found with pkg-config; a missing one stops configure with
dnl the Debian package that provides it.

PHP_ARG_ENABLE([pimsync],
  [whether to enable pimsync],
  [AS_HELP_STRING([--enable-pimsync], [Enable pimsync support])],
  [no])

PHP_ARG_ENABLE([pimsync-dev],
  [whether to build pimsync with maintainer warnings],
  [AS_HELP_STRING([--enable-pimsync-dev], [pimsync: -Wall -Wextra -Werror and friends])],
  [no], [no])

AC_DEFUN([PIMSYNC_REQUIRE_PKG], [
  AC_MSG_CHECKING([for $1 via pkg-config])
  if $PKG_CONFIG --exists "$2"; then
    AC_MSG_RESULT([found version `$PKG_CONFIG --modversion "$1"`])
    PHP_EVAL_INCLINE([`$PKG_CONFIG --cflags "$1"`])
    PHP_EVAL_LIBLINE([`$PKG_CONFIG --libs "$1"`], PIMSYNC_SHARED_LIBADD)
  else
    AC_MSG_RESULT([no])
    AC_MSG_ERROR([pimsync needs $2; on Debian/Ubuntu install it with: apt-get install $3])
  fi
])

if test "$PHP_PIMSYNC" != "no"; then
  PKG_PROG_PKG_CONFIG
  if test -z "$PKG_CONFIG"; then
    AC_MSG_ERROR([pimsync needs pkg-config to find its libraries; on Debian/Ubuntu: apt-get install pkg-config])
  fi

  PIMSYNC_REQUIRE_PKG([libcurl], [libcurl >= 7.68], [libcurl4-openssl-dev])
  PIMSYNC_REQUIRE_PKG([jansson], [jansson >= 2.13], [libjansson-dev])
  PIMSYNC_REQUIRE_PKG([hiredis], [hiredis >= 0.14], [libhiredis-dev])

  if test "$PHP_PIMSYNC_DEV" != "no"; then
    PIMSYNC_CFLAGS="-Wall -Wextra -Werror -Wformat-security -Wimplicit-fallthrough -Wno-unused-parameter"
  fi

  PHP_ADD_EXTENSION_DEP(pimsync, pdo)
  PHP_ADD_EXTENSION_DEP(pimsync, json)
  PHP_ADD_EXTENSION_DEP(pimsync, hash)

  PHP_NEW_EXTENSION(pimsync, m4_normalize([
      ext/pimsync.c
      ext/errors.c
      ext/run_lock.c
      ext/redact.c
      ext/config.c
      ext/config_locate.c
      ext/config_object.c
      ext/engine_object.c
      ext/validation_config.c
      ext/validation_rules.c
      ext/image_worker.c
      ext/stop_signals.c
      ext/image_worker_object.c
      ext/report_object.c
      ext/pdo_bridge.c
      ext/magento_meta.c
      ext/product_record.c
      ext/value_normalize.c
      ext/value_transform.c
      ext/decimal_math.c
      ext/measure_units.c
      ext/measure_standard.c
      ext/measure_functions.c
      ext/value_issue.c
      ext/ownership.c
      ext/json_decode.c
      ext/csv_reader.c
      ext/csv_source.c
      ext/magento_csv_source.c
      ext/value_fit.c
      ext/attribute_sets.c
      ext/utf8_text.c
      ext/product_mapper.c
      ext/media_refs.c
      ext/redis_client.c
      ext/media_state.c
      ext/image_outbox.c
      ext/image_jobs.c
      ext/catalog_entities.c
      ext/category_tree.c
      ext/category_rewrites.c
      ext/option_labels.c
      ext/structure_source.c
      ext/structure_sync.c
      ext/source_file.c
      ext/jsonl_reader.c
      ext/sql_writer.c
      ext/delta_state.c
      ext/product_writer.c
      ext/stock_writer.c
      ext/stock_values.c
      ext/product_links.c
      ext/product_models.c
      ext/configurable_links.c
      ext/record_source.c
      ext/schema_install.c
      ext/run_report.c
      ext/plan_report.c
      ext/sync_run.c
      ext/dead_letters.c
      ext/url_keys.c
      ext/product_rewrites.c
      ext/category_links.c
      ext/image_job.c
      ext/media_files.c
      ext/gallery_writer.c
      ext/local_images.c
      ext/url_format.c
      ext/magento_collation.c
      ext/magento_sku.c
      ext/http_client.c
      ext/akeneo_client.c
      ext/akeneo_client_object.c
      ext/image_check.c
      ext/url_policy.c
      ext/image_fetch.c
      ext/image_probe.c
    ]), $ext_shared,, [$PIMSYNC_CFLAGS -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1])
  PHP_ADD_BUILD_DIR([$ext_builddir/ext])
  PHP_SUBST(PIMSYNC_SHARED_LIBADD)
  PHP_ADD_MAKEFILE_FRAGMENT
fi
