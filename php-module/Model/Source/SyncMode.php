<?php

declare(strict_types=1);

namespace PimSync\Connector\Model\Source;

use Magento\Framework\Data\OptionSourceInterface;
use PimSync\Connector\Api\Data\SyncMode as Mode;

/** Options of the runs grid's mode filter. */
class SyncMode implements OptionSourceInterface
{
    /**
     * @return list<array{value: string, label: string}>
     */
    public function toOptionArray(): array
    {
        return array_map(
            static fn (Mode $mode): array => ['value' => $mode->value, 'label' => ucfirst($mode->value)],
            Mode::cases()
        );
    }
}
