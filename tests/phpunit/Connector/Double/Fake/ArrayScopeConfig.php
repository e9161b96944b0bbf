<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use Magento\Framework\App\Config\ScopeConfigInterface;

final class ArrayScopeConfig implements ScopeConfigInterface
{
    /** @param array<string, mixed> $values */
    public function __construct(private readonly array $values = [])
    {
    }

    public function getValue($path, $scopeType = self::SCOPE_TYPE_DEFAULT, $scopeCode = null)
    {
        return $this->values[$path] ?? null;
    }

    public function isSetFlag($path, $scopeType = self::SCOPE_TYPE_DEFAULT, $scopeCode = null)
    {
        return (bool) ($this->values[$path] ?? false);
    }
}
