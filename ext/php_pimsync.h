/* pimsync: module-wide declarations shared by every source file. */
#ifndef PHP_PIMSYNC_H
#define PHP_PIMSYNC_H

#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"

extern zend_module_entry pimsync_module_entry;
#define phpext_pimsync_ptr &pimsync_module_entry

#define PHP_PIMSYNC_VERSION "0.1.0"

#if defined(ZTS) && defined(COMPILE_DL_PIMSYNC)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif /* PHP_PIMSYNC_H */
