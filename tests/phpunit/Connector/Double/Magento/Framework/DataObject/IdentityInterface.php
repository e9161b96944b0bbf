<?php

declare(strict_types=1);

namespace Magento\Framework\DataObject;

/** Test double of Magento's interface: every method of the real one, same signatures (DoubleSignatureTest). */
interface IdentityInterface
{
    public function getIdentities();
}
