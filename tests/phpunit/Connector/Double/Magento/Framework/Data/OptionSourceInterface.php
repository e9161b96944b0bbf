<?php

declare(strict_types=1);

namespace Magento\Framework\Data;

/** Test double of Magento's interface. */
interface OptionSourceInterface
{
    public function toOptionArray();
}
