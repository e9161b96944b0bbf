<?php

declare(strict_types=1);

namespace Magento\Framework\View\Result;

/** Test double of Magento's class: a type only (the module's controller returns it). */
class Page
{
}
