<?php

declare(strict_types=1);

namespace Magento\Backend\App;

use Magento\Backend\App\Action\Context;
use Magento\Framework\App\ActionInterface;

/**
 * Test double of Magento's class: the constructor the module's controller calls (same
 * signature) and the ACL constant; the rest of the real methods are left out
 * (DoubleSignatureTest: a class double declares a subset, each with the real signature).
 */
abstract class Action implements ActionInterface
{
    public const ADMIN_RESOURCE = 'Magento_Backend::admin';

    public function __construct(Context $context)
    {
    }
}
