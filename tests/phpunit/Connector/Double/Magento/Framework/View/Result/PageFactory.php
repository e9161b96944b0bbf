<?php

declare(strict_types=1);

namespace Magento\Framework\View\Result;

/** Test double of Magento's class: create() with the real signature. */
class PageFactory
{
    public function create($isView = false, array $arguments = [])
    {
        return new Page();
    }
}
