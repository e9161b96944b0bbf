<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use Magento\Framework\App\CacheInterface;

final class RecordingCache implements CacheInterface
{
    /** @var list<list<string>> */
    public array $cleaned = [];

    public function getFrontend()
    {
        throw new \LogicException(__METHOD__ . ' is not used by the module');
    }

    public function load($identifier)
    {
        return false;
    }

    public function save($data, $identifier, $tags = [], $lifeTime = null)
    {
        throw new \LogicException(__METHOD__ . ' is not used by the module');
    }

    public function remove($identifier)
    {
        throw new \LogicException(__METHOD__ . ' is not used by the module');
    }

    public function clean($tags = [])
    {
        $this->cleaned[] = $tags;
        return true;
    }
}
