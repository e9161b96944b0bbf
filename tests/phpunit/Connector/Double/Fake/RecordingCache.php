<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use Magento\Framework\App\CacheInterface;

final class RecordingCache implements CacheInterface
{
    /** @var list<list<string>> */
    public array $cleaned = [];

    public function clean($tags = [])
    {
        $this->cleaned[] = $tags;
        return true;
    }
}
