<?php

declare(strict_types=1);

namespace PimSync\Connector\Controller\Adminhtml\Run;

use Magento\Backend\App\Action;
use Magento\Backend\App\Action\Context;
use Magento\Framework\App\Action\HttpGetActionInterface;
use Magento\Framework\View\Result\Page;
use Magento\Framework\View\Result\PageFactory;

/** Catalog > PIM Sync Runs: the grid of pimsync_run. */
class Index extends Action implements HttpGetActionInterface
{
    public const ADMIN_RESOURCE = 'PimSync_Connector::runs';

    public function __construct(
        Context $context,
        private readonly PageFactory $resultPageFactory,
    ) {
        parent::__construct($context);
    }

    public function execute(): Page
    {
        $page = $this->resultPageFactory->create();
        $page->setActiveMenu(self::ADMIN_RESOURCE);
        $page->getConfig()->getTitle()->prepend(__('PIM Sync Runs'));
        return $page;
    }
}
