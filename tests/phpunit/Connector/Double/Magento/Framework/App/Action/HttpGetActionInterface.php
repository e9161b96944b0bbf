<?php

declare(strict_types=1);

namespace Magento\Framework\App\Action;

use Magento\Framework\App\ActionInterface;

/**
 * Test double of Magento's marker interface (the real one extends HttpHeadActionInterface,
 * itself an ActionInterface): the same methods, same signatures (DoubleSignatureTest).
 */
interface HttpGetActionInterface extends ActionInterface
{
}
