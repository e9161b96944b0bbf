<?php

declare(strict_types=1);

namespace Magento\Framework\App\Config;

/** Test double of Magento's interface: every method of the real one, same signatures (DoubleSignatureTest). */
interface ScopeConfigInterface
{
    public const SCOPE_TYPE_DEFAULT = 'default';

    public function getValue($path, $scopeType = self::SCOPE_TYPE_DEFAULT, $scopeCode = null);

    public function isSetFlag($path, $scopeType = self::SCOPE_TYPE_DEFAULT, $scopeCode = null);
}
