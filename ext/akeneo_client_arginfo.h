/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: c726aa29f26c7f60d2a27308221c47dfd1351b38 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_PimSync_AkeneoClient___construct, 0, 0, 1)
	ZEND_ARG_TYPE_INFO(0, settings, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_PimSync_AkeneoClient_products, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, updatedSince, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_PimSync_AkeneoClient_eachProduct, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, callback, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, updatedSince, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_PimSync_AkeneoClient_options, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, attributeCode, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_PimSync_AkeneoClient_stats, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(PimSync_AkeneoClient, __construct);
ZEND_METHOD(PimSync_AkeneoClient, products);
ZEND_METHOD(PimSync_AkeneoClient, eachProduct);
ZEND_METHOD(PimSync_AkeneoClient, options);
ZEND_METHOD(PimSync_AkeneoClient, stats);


static const zend_function_entry class_PimSync_AkeneoClient_methods[] = {
	ZEND_ME(PimSync_AkeneoClient, __construct, arginfo_class_PimSync_AkeneoClient___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(PimSync_AkeneoClient, products, arginfo_class_PimSync_AkeneoClient_products, ZEND_ACC_PUBLIC)
	ZEND_ME(PimSync_AkeneoClient, eachProduct, arginfo_class_PimSync_AkeneoClient_eachProduct, ZEND_ACC_PUBLIC)
	ZEND_ME(PimSync_AkeneoClient, options, arginfo_class_PimSync_AkeneoClient_options, ZEND_ACC_PUBLIC)
	ZEND_ME(PimSync_AkeneoClient, stats, arginfo_class_PimSync_AkeneoClient_stats, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_PimSync_AkeneoClient(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "PimSync", "AkeneoClient", class_PimSync_AkeneoClient_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
