<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use Magento\Framework\Indexer\IndexerInterface;
use Magento\Framework\Indexer\StateInterface;

/** An indexer in "Update on Save" or "Update by Schedule" mode that records reindexList() calls. */
final class FakeIndexer implements IndexerInterface
{
    /** @var list<list<int>> each reindexList() call's ids */
    public array $reindexCalls = [];
    public bool $invalidated = false;

    /** @param \ArrayObject<int, string>|null $journal shared by several indexers: "<name> <ids>" per call, in call order */
    public function __construct(
        private readonly bool $scheduled = false,
        private readonly ?\Exception $failWith = null,
        private readonly ?\ArrayObject $journal = null,
        private readonly string $name = 'fake',
    ) {
    }

    public function isScheduled()
    {
        return $this->scheduled;
    }

    public function invalidate()
    {
        $this->invalidated = true;
    }

    public function reindexList($ids)
    {
        if ($this->failWith !== null) {
            throw $this->failWith;
        }
        $this->reindexCalls[] = $ids;
        $this->journal?->append($this->name . ' ' . implode(',', $ids));
    }

    public function getId()
    {
        return 'fake';
    }

    public function getViewId()
    {
        return 'fake';
    }

    public function getActionClass()
    {
        return self::class;
    }

    public function getDescription()
    {
        return '';
    }

    public function getFields()
    {
        return [];
    }

    public function getSources()
    {
        return [];
    }

    public function getHandlers()
    {
        return [];
    }

    public function load($indexerId)
    {
        return $this;
    }

    public function getView()
    {
        throw new \LogicException(__METHOD__ . ' is not used by the module');
    }

    public function getState()
    {
        throw new \LogicException(__METHOD__ . ' is not used by the module');
    }

    public function setState(StateInterface $state)
    {
        throw new \LogicException(__METHOD__ . ' is not used by the module');
    }

    public function setScheduled($scheduled)
    {
        throw new \LogicException(__METHOD__ . ' is not used by the module');
    }

    public function isValid()
    {
        return !$this->invalidated;
    }

    public function isInvalid()
    {
        return $this->invalidated;
    }

    public function isWorking()
    {
        return false;
    }

    public function getStatus()
    {
        return $this->invalidated ? 'invalid' : 'valid';
    }

    public function getLatestUpdated()
    {
        return 0;
    }

    public function reindexAll()
    {
        throw new \LogicException(__METHOD__ . ' is not used by the module');
    }

    public function reindexRow($id)
    {
        throw new \LogicException(__METHOD__ . ' is not used by the module');
    }

    public function getTitle()
    {
        return 'Fake';
    }
}
