<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Etc;

use PHPUnit\Framework\TestCase;

/**
 * Every XML file of the module is well-formed and names the Magento schema it follows.
 * Validation against those XSDs needs a Magento install (urn:magento:* resolution), which
 * CI here does not have.
 */
final class XmlFilesTest extends TestCase
{
    private const MODULE = __DIR__ . '/../../../../php-module';

    /** @return iterable<string, array{string}> */
    public static function xmlFiles(): iterable
    {
        $files = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator(self::MODULE, \FilesystemIterator::SKIP_DOTS));
        foreach ($files as $file) {
            if ($file->getExtension() === 'xml') {
                yield substr($file->getPathname(), strlen(self::MODULE) + 1) => [$file->getPathname()];
            }
        }
    }

    /** @dataProvider xmlFiles */
    public function testWellFormedWithASchemaLocation(string $path): void
    {
        $dom = new \DOMDocument();
        $previous = libxml_use_internal_errors(true);
        $loaded = $dom->load($path);
        $errors = array_map(static fn (\LibXMLError $e): string => trim($e->message) . ' line ' . $e->line, libxml_get_errors());
        libxml_clear_errors();
        libxml_use_internal_errors($previous);

        self::assertTrue($loaded, implode("\n", $errors));
        self::assertSame([], $errors);
        self::assertStringStartsWith(
            'urn:magento:',
            $dom->documentElement->getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'noNamespaceSchemaLocation')
        );
    }

    public function testTheModuleShipsTheExpectedXmlFiles(): void
    {
        $expected = [
            'etc/acl.xml', 'etc/adminhtml/menu.xml', 'etc/adminhtml/routes.xml', 'etc/adminhtml/system.xml',
            'etc/config.xml', 'etc/cron_groups.xml', 'etc/crontab.xml', 'etc/db_schema.xml', 'etc/di.xml', 'etc/module.xml',
            'view/adminhtml/layout/pimsync_run_index.xml', 'view/adminhtml/ui_component/pimsync_run_listing.xml',
        ];
        $actual = array_keys(iterator_to_array(self::xmlFiles()));
        sort($actual);
        self::assertSame($expected, $actual);
    }
}
