<?php

declare(strict_types=1);

namespace PimSync\Connector\Model\Source;

use Magento\Framework\Data\OptionSourceInterface;
use PimSync\Connector\Api\Data\RunStatus as Status;

/** Options of the runs grid's status filter. */
class RunStatus implements OptionSourceInterface
{
    /**
     * @return list<array{value: string, label: string}>
     */
    public function toOptionArray(): array
    {
        return array_map(
            static fn (Status $status): array => ['value' => $status->value, 'label' => $status->label()],
            Status::cases()
        );
    }
}
