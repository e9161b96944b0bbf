<?php

declare(strict_types=1);

namespace Magento\Backend\App\Action;

/** Test double of Magento's class: a type only; the module passes it on to Action's constructor. */
class Context
{
}
