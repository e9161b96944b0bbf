<?php

declare(strict_types=1);

namespace Magento\Framework\App;

/** Test double of Magento's interface: every method of the real one, same signatures (DoubleSignatureTest). */
interface CacheInterface
{
    public function getFrontend();

    public function load($identifier);

    public function save($data, $identifier, $tags = [], $lifeTime = null);

    public function remove($identifier);

    public function clean($tags = []);
}
