<?php

declare(strict_types=1);

namespace PimSync\Connector\Model\ResourceModel;

use Magento\Framework\Model\ResourceModel\Db\AbstractDb;

/** Resource model of pimsync_run; the runs grid's SearchResult collection reads through it. */
class Run extends AbstractDb
{
    protected function _construct(): void
    {
        $this->_init('pimsync_run', 'run_id');
    }
}
