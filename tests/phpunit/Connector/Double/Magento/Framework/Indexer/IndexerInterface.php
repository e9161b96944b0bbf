<?php

declare(strict_types=1);

namespace Magento\Framework\Indexer;

/** Test double of Magento's interface: every method of the real one, same signatures (DoubleSignatureTest). */
interface IndexerInterface
{
    public function getId();

    public function getViewId();

    public function getActionClass();

    public function getDescription();

    public function getFields();

    public function getSources();

    public function getHandlers();

    public function load($indexerId);

    public function getView();

    public function getState();

    public function setState(StateInterface $state);

    public function isScheduled();

    public function setScheduled($scheduled);

    public function isValid();

    public function isInvalid();

    public function isWorking();

    public function invalidate();

    public function getStatus();

    public function getLatestUpdated();

    public function reindexAll();

    public function reindexRow($id);

    public function reindexList($ids);

    public function getTitle();
}
