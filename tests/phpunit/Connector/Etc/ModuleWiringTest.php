<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Etc;

use PHPUnit\Framework\TestCase;
use PimSync\Connector\Model\ModuleConfig;

/**
 * The strings that tie the module together (ACL ids, config paths, class names, grid
 * names) agree across files: Magento only notices a mismatch at runtime, if at all.
 */
final class ModuleWiringTest extends TestCase
{
    private const MODULE = __DIR__ . '/../../../../php-module';
    private const RUNS = 'PimSync_Connector::runs';
    private const CONFIG = 'PimSync_Connector::config';

    private static function xpath(string $file): \DOMXPath
    {
        $dom = new \DOMDocument();
        self::assertTrue($dom->load(self::MODULE . '/' . $file), $file);
        return new \DOMXPath($dom);
    }

    /** @return list<string> */
    private static function values(string $file, string $query): array
    {
        $values = [];
        foreach (self::xpath($file)->query($query) as $node) {
            $values[] = trim($node->nodeValue);
        }
        return $values;
    }

    public function testOneAclIdPerActionUsedTheSameEverywhere(): void
    {
        $ids = self::values('etc/acl.xml', '//resource[starts-with(@id, "PimSync_")]/@id');
        self::assertSame([self::RUNS, self::CONFIG], $ids);

        self::assertSame([self::RUNS], self::values('etc/adminhtml/menu.xml', '//add/@resource'));
        self::assertSame([self::RUNS], self::values('view/adminhtml/ui_component/pimsync_run_listing.xml', '//aclResource'));
        self::assertSame([self::CONFIG], self::values('etc/adminhtml/system.xml', '//section[@id="pimsync"]/resource'));

        $controller = (string) file_get_contents(self::MODULE . '/Controller/Adminhtml/Run/Index.php');
        self::assertSame(1, preg_match("/const ADMIN_RESOURCE = '([^']+)'/", $controller, $m));
        self::assertSame(self::RUNS, $m[1]);
    }

    public function testMenuRouteControllerAndLayoutLineUp(): void
    {
        self::assertSame(['pimsync/run/index'], self::values('etc/adminhtml/menu.xml', '//add/@action'));
        self::assertSame(['pimsync'], self::values('etc/adminhtml/routes.xml', '//router[@id="admin"]/route/@frontName'));
        self::assertFileExists(self::MODULE . '/Controller/Adminhtml/Run/Index.php');
        self::assertSame(['pimsync_run_listing'], self::values('view/adminhtml/layout/pimsync_run_index.xml', '//uiComponent/@name'));
    }

    public function testSystemConfigPathsHaveDefaultsAndMatchTheCode(): void
    {
        $paths = [];
        foreach (self::xpath('etc/adminhtml/system.xml')->query('//section/group/field') as $field) {
            $paths[] = $field->parentNode->parentNode->getAttribute('id') . '/' . $field->parentNode->getAttribute('id') . '/' . $field->getAttribute('id');
        }
        self::assertSame([ModuleConfig::XML_PATH_ENABLED, ModuleConfig::XML_PATH_CONFIG_PATH, ModuleConfig::XML_PATH_CRON_EXPR], $paths);

        $defaults = self::xpath('etc/config.xml');
        foreach ($paths as $path) {
            self::assertSame(1, $defaults->query('/config/default/' . $path)->length, "default for $path");
        }
    }

    public function testCronJobReadsItsScheduleFromConfigAndHasItsOwnGroup(): void
    {
        self::assertSame([ModuleConfig::XML_PATH_CRON_EXPR], self::values('etc/crontab.xml', '//group[@id="pimsync"]/job/config_path'));
        self::assertSame(['PimSync\\Connector\\Cron\\RunDeltaSync', 'PimSync\\Connector\\Cron\\WorkImages'], self::values('etc/crontab.xml', '//job/@instance'));
        self::assertTrue(method_exists(\PimSync\Connector\Cron\RunDeltaSync::class, 'execute'));
        // the image work runs every minute, bounded (Cron/WorkImages)
        self::assertSame(['* * * * *'], self::values('etc/crontab.xml', '//job[@name="pimsync_images_work"]/schedule'));
        self::assertTrue(method_exists(\PimSync\Connector\Cron\WorkImages::class, 'execute'));
        self::assertSame(['pimsync'], self::values('etc/cron_groups.xml', '//group/@id'));
    }

    public function testEveryModuleClassNamedInDiXmlExists(): void
    {
        $names = array_merge(
            self::values('etc/di.xml', '//preference/@for | //preference/@type | //type/@name | //virtualType/@type | //argument[@xsi:type="object"] | //item[@xsi:type="object"]'),
            self::values('etc/di.xml', '//argument[@name="resourceModel"]')
        );
        // a virtual type is a name di.xml declares; its @type is among the names checked
        $virtual = self::values('etc/di.xml', '//virtualType/@name');
        $checked = 0;
        foreach ($names as $name) {
            if (!str_starts_with($name, 'PimSync\\Connector\\') || in_array($name, $virtual, true)) {
                continue;
            }
            $class = preg_replace('/\\\\Proxy$/', '', $name);
            $file = self::MODULE . '/' . str_replace('\\', '/', substr($class, strlen('PimSync\\Connector\\'))) . '.php';
            self::assertFileExists($file, $name);
            $checked++;
        }
        self::assertGreaterThan(10, $checked);
    }

    public function testEveryArgumentDiXmlGivesAModuleClassNamesAConstructorParameter(): void
    {
        $di = self::xpath('etc/di.xml');
        $checked = 0;
        foreach ($di->query('//type[starts-with(@name, "PimSync\\Connector\\")] | //virtualType[starts-with(@type, "PimSync\\Connector\\")]') as $node) {
            $class = $node->nodeName === 'virtualType' ? $node->getAttribute('type') : $node->getAttribute('name');
            $parameters = array_map(
                static fn (\ReflectionParameter $p): string => $p->getName(),
                (new \ReflectionClass($class))->getConstructor()?->getParameters() ?? []
            );
            foreach ($di->query('arguments/argument/@name', $node) as $argument) {
                self::assertContains($argument->nodeValue, $parameters, $node->getAttribute('name') . ': ' . $argument->nodeValue);
                $checked++;
            }
        }
        self::assertGreaterThan(15, $checked);
    }

    public function testCommandsAreRegisteredAndGetTheServiceThroughAProxy(): void
    {
        self::assertSame(
            ['PimSync\\Connector\\Console\\Command\\SyncCommand', 'PimSync\\Connector\\Console\\Command\\StatusCommand',
                'PimSync\\Connector\\Console\\Command\\StructureCommand', 'PimSync\\Connector\\Console\\Command\\ImagesWorkCommand'],
            self::values('etc/di.xml', '//type[@name="Magento\\Framework\\Console\\CommandList"]//item')
        );
        foreach (self::values('etc/di.xml', '//type[starts-with(@name, "PimSync\\Connector\\Console") or starts-with(@name, "PimSync\\Connector\\Cron")]/arguments/argument') as $argument) {
            self::assertStringEndsWith('\\Proxy', $argument);
        }
    }

    public function testTheGridReadsPimsyncRunWithTheRequestedColumnsNewestFirst(): void
    {
        $di = self::xpath('etc/di.xml');
        $collection = $di->query('//argument[@name="collections"]/item[@name="pimsync_run_listing_data_source"]')->item(0);
        self::assertNotNull($collection);
        $virtual = $di->query(sprintf('//virtualType[@name="%s"]', trim($collection->nodeValue)))->item(0);
        self::assertNotNull($virtual);
        self::assertSame('Magento\\Framework\\View\\Element\\UiComponent\\DataProvider\\SearchResult', $virtual->getAttribute('type'));
        self::assertSame(['pimsync_run'], self::values('etc/di.xml', '//virtualType/arguments/argument[@name="mainTable"]'));

        $listing = 'view/adminhtml/ui_component/pimsync_run_listing.xml';
        self::assertSame(['pimsync_run_listing_data_source'], self::values($listing, '/listing/dataSource/@name'));
        self::assertSame(
            ['run_id', 'status', 'mode', 'started_at', 'finished_at', 'seen', 'created', 'updated', 'unchanged', 'disabled', 'failed', 'elapsed_s'],
            self::values($listing, '//columns/column/@name')
        );
        self::assertSame(['desc'], self::values($listing, '//column[@name="run_id"]/settings/sorting'));
        foreach (self::xpath($listing)->query('//columns/column') as $column) {
            self::assertSame(1, (new \DOMXPath($column->ownerDocument))->query('settings/filter', $column)->length, 'filter on ' . $column->getAttribute('name'));
        }
    }

    public function testModuleDeclaresItsSequence(): void
    {
        self::assertSame(['PimSync_Connector'], self::values('etc/module.xml', '/config/module/@name'));
        self::assertSame(
            ['Magento_Catalog', 'Magento_CatalogInventory', 'Magento_UrlRewrite', 'Magento_Indexer'],
            self::values('etc/module.xml', '//sequence/module/@name')
        );
        $composer = json_decode((string) file_get_contents(self::MODULE . '/composer.json'), true, 512, JSON_THROW_ON_ERROR);
        self::assertSame('pimsync/magento2-connector', $composer['name']);
        self::assertSame('magento2-module', $composer['type']);
        self::assertSame('^8.2', $composer['require']['php']);
        self::assertArrayHasKey('ext-pimsync', $composer['require']);
    }
}
