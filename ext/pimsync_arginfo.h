/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 8f48380eb20aabbf86f9060a90b39dd73017ab29 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_PimSync_version, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_PimSync_measurementFamilies, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, families, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_PimSync_convertMeasure, 0, 3, IS_STRING, 0)
	ZEND_ARG_TYPE_MASK(0, amount, MAY_BE_STRING|MAY_BE_LONG|MAY_BE_DOUBLE, NULL)
	ZEND_ARG_TYPE_INFO(0, fromUnit, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, toUnit, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, families, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_PimSync_probeImages, 0, 2, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO(0, config, PimSync\\Config, 0)
	ZEND_ARG_TYPE_INFO(0, refs, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_PimSync_imageInfo, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, bytes, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_PimSync_Config___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_PimSync_Config_fromFile, 0, 1, PimSync\\Config, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_PimSync_Config_fromString, 0, 1, PimSync\\Config, 0)
	ZEND_ARG_TYPE_INFO(0, json, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, origin, IS_STRING, 0, "\"inline\"")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_PimSync_Config_toArray, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_PimSync_Config_ownershipMatrix, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, pdo, PDO, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_PimSync_Engine___construct, 0, 0, 2)
	ZEND_ARG_OBJ_INFO(0, pdo, PDO, 0)
	ZEND_ARG_OBJ_INFO(0, config, PimSync\\Config, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_PimSync_Engine_installSchema, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_PimSync_Engine_sync, 0, 0, PimSync\\Report, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_PimSync_Engine_structure, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, plan, _IS_BOOL, 0, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_PimSync_Engine_status, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, limit, IS_LONG, 0, "10")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_PimSync_Engine_applyImageJob, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, jobJson, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_PimSync_Engine_purgeRetiredImages, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, olderThanHours, IS_LONG, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_PimSync_ImageWorker___construct arginfo_class_PimSync_Engine___construct

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_PimSync_ImageWorker_work, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_PimSync_Report___construct arginfo_class_PimSync_Config___construct

#define arginfo_class_PimSync_Report_toArray arginfo_class_PimSync_Config_toArray


ZEND_FUNCTION(PimSync_version);
ZEND_FUNCTION(PimSync_measurementFamilies);
ZEND_FUNCTION(PimSync_convertMeasure);
ZEND_FUNCTION(PimSync_probeImages);
ZEND_FUNCTION(PimSync_imageInfo);
ZEND_METHOD(PimSync_Config, __construct);
ZEND_METHOD(PimSync_Config, fromFile);
ZEND_METHOD(PimSync_Config, fromString);
ZEND_METHOD(PimSync_Config, toArray);
ZEND_METHOD(PimSync_Config, ownershipMatrix);
ZEND_METHOD(PimSync_Engine, __construct);
ZEND_METHOD(PimSync_Engine, installSchema);
ZEND_METHOD(PimSync_Engine, sync);
ZEND_METHOD(PimSync_Engine, structure);
ZEND_METHOD(PimSync_Engine, status);
ZEND_METHOD(PimSync_Engine, applyImageJob);
ZEND_METHOD(PimSync_Engine, purgeRetiredImages);
ZEND_METHOD(PimSync_ImageWorker, __construct);
ZEND_METHOD(PimSync_ImageWorker, work);
ZEND_METHOD(PimSync_Report, __construct);
ZEND_METHOD(PimSync_Report, toArray);


static const zend_function_entry ext_functions[] = {
	ZEND_NS_FALIAS("PimSync", version, PimSync_version, arginfo_PimSync_version)
	ZEND_NS_FALIAS("PimSync", measurementFamilies, PimSync_measurementFamilies, arginfo_PimSync_measurementFamilies)
	ZEND_NS_FALIAS("PimSync", convertMeasure, PimSync_convertMeasure, arginfo_PimSync_convertMeasure)
	ZEND_NS_FALIAS("PimSync", probeImages, PimSync_probeImages, arginfo_PimSync_probeImages)
	ZEND_NS_FALIAS("PimSync", imageInfo, PimSync_imageInfo, arginfo_PimSync_imageInfo)
	ZEND_FE_END
};


static const zend_function_entry class_PimSync_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_PimSync_ConfigException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_PimSync_SchemaException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_PimSync_DatabaseException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_PimSync_SourceException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_PimSync_HttpException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_PimSync_LockedException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_PimSync_Config_methods[] = {
	ZEND_ME(PimSync_Config, __construct, arginfo_class_PimSync_Config___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(PimSync_Config, fromFile, arginfo_class_PimSync_Config_fromFile, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(PimSync_Config, fromString, arginfo_class_PimSync_Config_fromString, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(PimSync_Config, toArray, arginfo_class_PimSync_Config_toArray, ZEND_ACC_PUBLIC)
	ZEND_ME(PimSync_Config, ownershipMatrix, arginfo_class_PimSync_Config_ownershipMatrix, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_PimSync_Engine_methods[] = {
	ZEND_ME(PimSync_Engine, __construct, arginfo_class_PimSync_Engine___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(PimSync_Engine, installSchema, arginfo_class_PimSync_Engine_installSchema, ZEND_ACC_PUBLIC)
	ZEND_ME(PimSync_Engine, sync, arginfo_class_PimSync_Engine_sync, ZEND_ACC_PUBLIC)
	ZEND_ME(PimSync_Engine, structure, arginfo_class_PimSync_Engine_structure, ZEND_ACC_PUBLIC)
	ZEND_ME(PimSync_Engine, status, arginfo_class_PimSync_Engine_status, ZEND_ACC_PUBLIC)
	ZEND_ME(PimSync_Engine, applyImageJob, arginfo_class_PimSync_Engine_applyImageJob, ZEND_ACC_PUBLIC)
	ZEND_ME(PimSync_Engine, purgeRetiredImages, arginfo_class_PimSync_Engine_purgeRetiredImages, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_PimSync_ImageWorker_methods[] = {
	ZEND_ME(PimSync_ImageWorker, __construct, arginfo_class_PimSync_ImageWorker___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(PimSync_ImageWorker, work, arginfo_class_PimSync_ImageWorker_work, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_PimSync_Report_methods[] = {
	ZEND_ME(PimSync_Report, __construct, arginfo_class_PimSync_Report___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(PimSync_Report, toArray, arginfo_class_PimSync_Report_toArray, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_PimSync_Exception(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "PimSync", "Exception", class_PimSync_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);

	return class_entry;
}

static zend_class_entry *register_class_PimSync_ConfigException(zend_class_entry *class_entry_PimSync_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "PimSync", "ConfigException", class_PimSync_ConfigException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_PimSync_Exception);

	return class_entry;
}

static zend_class_entry *register_class_PimSync_SchemaException(zend_class_entry *class_entry_PimSync_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "PimSync", "SchemaException", class_PimSync_SchemaException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_PimSync_Exception);

	return class_entry;
}

static zend_class_entry *register_class_PimSync_DatabaseException(zend_class_entry *class_entry_PimSync_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "PimSync", "DatabaseException", class_PimSync_DatabaseException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_PimSync_Exception);

	return class_entry;
}

static zend_class_entry *register_class_PimSync_SourceException(zend_class_entry *class_entry_PimSync_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "PimSync", "SourceException", class_PimSync_SourceException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_PimSync_Exception);

	return class_entry;
}

static zend_class_entry *register_class_PimSync_HttpException(zend_class_entry *class_entry_PimSync_SourceException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "PimSync", "HttpException", class_PimSync_HttpException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_PimSync_SourceException);

	return class_entry;
}

static zend_class_entry *register_class_PimSync_LockedException(zend_class_entry *class_entry_PimSync_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "PimSync", "LockedException", class_PimSync_LockedException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_PimSync_Exception);

	return class_entry;
}

static zend_class_entry *register_class_PimSync_Config(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "PimSync", "Config", class_PimSync_Config_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_origin_default_value;
	ZVAL_UNDEF(&property_origin_default_value);
	zend_string *property_origin_name = zend_string_init("origin", sizeof("origin") - 1, 1);
	zend_declare_typed_property(class_entry, property_origin_name, &property_origin_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_origin_name);

	return class_entry;
}

static zend_class_entry *register_class_PimSync_Engine(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "PimSync", "Engine", class_PimSync_Engine_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_PimSync_ImageWorker(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "PimSync", "ImageWorker", class_PimSync_ImageWorker_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

static zend_class_entry *register_class_PimSync_Report(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "PimSync", "Report", class_PimSync_Report_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval property_runId_default_value;
	ZVAL_UNDEF(&property_runId_default_value);
	zend_string *property_runId_name = zend_string_init("runId", sizeof("runId") - 1, 1);
	zend_declare_typed_property(class_entry, property_runId_name, &property_runId_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG));
	zend_string_release(property_runId_name);

	zval property_status_default_value;
	ZVAL_UNDEF(&property_status_default_value);
	zend_string *property_status_name = zend_string_init("status", sizeof("status") - 1, 1);
	zend_declare_typed_property(class_entry, property_status_name, &property_status_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_status_name);

	zval property_mode_default_value;
	ZVAL_UNDEF(&property_mode_default_value);
	zend_string *property_mode_name = zend_string_init("mode", sizeof("mode") - 1, 1);
	zend_declare_typed_property(class_entry, property_mode_name, &property_mode_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_mode_name);

	zval property_source_default_value;
	ZVAL_UNDEF(&property_source_default_value);
	zend_string *property_source_name = zend_string_init("source", sizeof("source") - 1, 1);
	zend_declare_typed_property(class_entry, property_source_name, &property_source_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_source_name);

	zval property_counts_default_value;
	ZVAL_UNDEF(&property_counts_default_value);
	zend_string *property_counts_name = zend_string_init("counts", sizeof("counts") - 1, 1);
	zend_declare_typed_property(class_entry, property_counts_name, &property_counts_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_counts_name);

	zval property_rowsWritten_default_value;
	ZVAL_UNDEF(&property_rowsWritten_default_value);
	zend_string *property_rowsWritten_name = zend_string_init("rowsWritten", sizeof("rowsWritten") - 1, 1);
	zend_declare_typed_property(class_entry, property_rowsWritten_name, &property_rowsWritten_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_rowsWritten_name);

	zval property_phaseSeconds_default_value;
	ZVAL_UNDEF(&property_phaseSeconds_default_value);
	zend_string *property_phaseSeconds_name = zend_string_init("phaseSeconds", sizeof("phaseSeconds") - 1, 1);
	zend_declare_typed_property(class_entry, property_phaseSeconds_name, &property_phaseSeconds_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_phaseSeconds_name);

	zval property_elapsedSeconds_default_value;
	ZVAL_UNDEF(&property_elapsedSeconds_default_value);
	zend_string *property_elapsedSeconds_name = zend_string_init("elapsedSeconds", sizeof("elapsedSeconds") - 1, 1);
	zend_declare_typed_property(class_entry, property_elapsedSeconds_name, &property_elapsedSeconds_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_DOUBLE));
	zend_string_release(property_elapsedSeconds_name);

	zval property_changedEntities_default_value;
	ZVAL_UNDEF(&property_changedEntities_default_value);
	zend_string *property_changedEntities_name = zend_string_init("changedEntities", sizeof("changedEntities") - 1, 1);
	zend_declare_typed_property(class_entry, property_changedEntities_name, &property_changedEntities_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_changedEntities_name);

	zval property_errors_default_value;
	ZVAL_UNDEF(&property_errors_default_value);
	zend_string *property_errors_name = zend_string_init("errors", sizeof("errors") - 1, 1);
	zend_declare_typed_property(class_entry, property_errors_name, &property_errors_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_errors_name);

	zval property_warnings_default_value;
	ZVAL_UNDEF(&property_warnings_default_value);
	zend_string *property_warnings_name = zend_string_init("warnings", sizeof("warnings") - 1, 1);
	zend_declare_typed_property(class_entry, property_warnings_name, &property_warnings_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_warnings_name);

	zval property_message_default_value;
	ZVAL_UNDEF(&property_message_default_value);
	zend_string *property_message_name = zend_string_init("message", sizeof("message") - 1, 1);
	zend_declare_typed_property(class_entry, property_message_name, &property_message_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_message_name);

	zval property_loadData_default_value;
	ZVAL_UNDEF(&property_loadData_default_value);
	zend_string *property_loadData_name = zend_string_init("loadData", sizeof("loadData") - 1, 1);
	zend_declare_typed_property(class_entry, property_loadData_name, &property_loadData_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_loadData_name);

	zval property_valueIssues_default_value;
	ZVAL_UNDEF(&property_valueIssues_default_value);
	zend_string *property_valueIssues_name = zend_string_init("valueIssues", sizeof("valueIssues") - 1, 1);
	zend_declare_typed_property(class_entry, property_valueIssues_name, &property_valueIssues_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_valueIssues_name);

	zval property_categories_default_value;
	ZVAL_UNDEF(&property_categories_default_value);
	zend_string *property_categories_name = zend_string_init("categories", sizeof("categories") - 1, 1);
	zend_declare_typed_property(class_entry, property_categories_name, &property_categories_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY|MAY_BE_NULL));
	zend_string_release(property_categories_name);

	zval property_links_default_value;
	ZVAL_UNDEF(&property_links_default_value);
	zend_string *property_links_name = zend_string_init("links", sizeof("links") - 1, 1);
	zend_declare_typed_property(class_entry, property_links_name, &property_links_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_links_name);

	zval property_structure_default_value;
	ZVAL_UNDEF(&property_structure_default_value);
	zend_string *property_structure_name = zend_string_init("structure", sizeof("structure") - 1, 1);
	zend_declare_typed_property(class_entry, property_structure_name, &property_structure_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY|MAY_BE_NULL));
	zend_string_release(property_structure_name);

	zval property_configurables_default_value;
	ZVAL_UNDEF(&property_configurables_default_value);
	zend_string *property_configurables_name = zend_string_init("configurables", sizeof("configurables") - 1, 1);
	zend_declare_typed_property(class_entry, property_configurables_name, &property_configurables_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_configurables_name);

	zval property_images_default_value;
	ZVAL_UNDEF(&property_images_default_value);
	zend_string *property_images_name = zend_string_init("images", sizeof("images") - 1, 1);
	zend_declare_typed_property(class_entry, property_images_name, &property_images_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY|MAY_BE_NULL));
	zend_string_release(property_images_name);

	zval property_refusedByOwner_default_value;
	ZVAL_UNDEF(&property_refusedByOwner_default_value);
	zend_string *property_refusedByOwner_name = zend_string_init("refusedByOwner", sizeof("refusedByOwner") - 1, 1);
	zend_declare_typed_property(class_entry, property_refusedByOwner_name, &property_refusedByOwner_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_refusedByOwner_name);

	zval property_validation_default_value;
	ZVAL_UNDEF(&property_validation_default_value);
	zend_string *property_validation_name = zend_string_init("validation", sizeof("validation") - 1, 1);
	zend_declare_typed_property(class_entry, property_validation_name, &property_validation_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY|MAY_BE_NULL));
	zend_string_release(property_validation_name);

	zval property_plan_default_value;
	ZVAL_UNDEF(&property_plan_default_value);
	zend_string *property_plan_name = zend_string_init("plan", sizeof("plan") - 1, 1);
	zend_declare_typed_property(class_entry, property_plan_name, &property_plan_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY|MAY_BE_NULL));
	zend_string_release(property_plan_name);

	zval property_transformations_default_value;
	ZVAL_UNDEF(&property_transformations_default_value);
	zend_string *property_transformations_name = zend_string_init("transformations", sizeof("transformations") - 1, 1);
	zend_declare_typed_property(class_entry, property_transformations_name, &property_transformations_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY|MAY_BE_NULL));
	zend_string_release(property_transformations_name);

	return class_entry;
}
