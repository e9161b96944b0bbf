<?php

declare(strict_types=1);

namespace Magento\Framework\Indexer;

/** Test double of Magento's interface: every method of the real one, same signatures (DoubleSignatureTest). */
interface ConfigInterface
{
    public function getIndexers();

    public function getIndexer($indexerId);
}
