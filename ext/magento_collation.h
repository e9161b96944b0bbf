/* Text as Magento's tables compare it. catalog_product_entity and
 * url_rewrite are utf8mb3_general_ci: "ABC" = "abc" = "abc " and
 * "Café" = "CAFE", so a SKU is one product and a request path one URL only
 * up to that. The key below is equal, byte for byte, exactly when the server
 * calls two strings equal: what HashTables of SKUs and url keys are keyed by. */
#ifndef PIMSYNC_MAGENTO_COLLATION_H
#define PIMSYNC_MAGENTO_COLLATION_H

#include "php.h"

/* Each BMP character replaced by its utf8mb3_general_ci weight (letters
 * lower-cased, accents folded: the weights come from the server, see
 * scripts/gen-collation-table.php), trailing spaces dropped (PAD SPACE).
 * A string that is already its key is returned as a new reference. */
zend_string *pimsync_collation_key(zend_string *s);

#endif
