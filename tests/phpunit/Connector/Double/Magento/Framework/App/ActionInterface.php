<?php

declare(strict_types=1);

namespace Magento\Framework\App;

/** Test double of Magento's interface: every method of the real one, same signatures (DoubleSignatureTest). */
interface ActionInterface
{
    public const FLAG_NO_DISPATCH = 'no-dispatch';
    public const FLAG_NO_POST_DISPATCH = 'no-postDispatch';
    public const FLAG_NO_DISPATCH_BLOCK_EVENT = 'no-beforeGenerateLayoutBlocksDispatch';
    public const PARAM_NAME_BASE64_URL = 'r64';
    public const PARAM_NAME_URL_ENCODED = 'uenc';

    public function execute();
}
