<?php

declare(strict_types=1);

namespace Magento\Framework\Model\ResourceModel\Db;

/**
 * Test double of Magento's class: the constructor (real signature: the module's resource
 * model inherits it), the _construct() hook and _init(), which records the table.
 */
abstract class AbstractDb
{
    /** Double only: what _init() was given. */
    public ?string $recordedMainTable = null;
    public ?string $recordedIdFieldName = null;

    public function __construct(Context $context, $connectionName = null)
    {
        $this->_construct();
    }

    abstract protected function _construct();

    protected function _init($mainTable, $idFieldName)
    {
        $this->recordedMainTable = $mainTable;
        $this->recordedIdFieldName = $idFieldName;
    }
}
