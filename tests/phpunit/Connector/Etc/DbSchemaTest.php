<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Etc;

use PHPUnit\Framework\TestCase;

/**
 * etc/db_schema.xml (Magento install) and the CREATE TABLE block of docs/ARCHITECTURE.md
 * (Engine::installSchema() outside Magento) must describe the same tables, so they never drift.
 */
final class DbSchemaTest extends TestCase
{
    private const ROOT = __DIR__ . '/../../../..';
    private const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

    /** @return array<string, array{columns: array<string, array<string, mixed>>, primary: list<string>, indexes: array<string, list<string>>, unique: array<string, list<string>>}> */
    private static function fromArchitectureDoc(): array
    {
        $doc = (string) file_get_contents(self::ROOT . '/docs/ARCHITECTURE.md');
        self::assertSame(1, preg_match('/```sql\n(.*?)```/s', $doc, $m), 'docs/ARCHITECTURE.md has one sql block');
        preg_match_all('/CREATE TABLE (\w+) \((.*?)\n\);/s', $m[1], $tables, PREG_SET_ORDER);
        $schema = [];
        foreach ($tables as [, $name, $body]) {
            $table = ['columns' => [], 'primary' => [], 'indexes' => [], 'unique' => []];
            foreach (explode("\n", $body) as $line) {
                $line = trim(rtrim(trim(preg_replace('/--.*$/', '', $line)), ','));
                if ($line === '') {
                    continue;
                }
                if (preg_match('/^PRIMARY KEY \((.+)\)$/', $line, $pk)) {
                    $table['primary'] = self::columnList($pk[1]);
                } elseif (preg_match('/^UNIQUE KEY (\w+) \((.+)\)$/', $line, $key)) {
                    $table['unique'][$key[1]] = self::columnList($key[2]);
                } elseif (preg_match('/^KEY (\w+) \((.+)\)$/', $line, $key)) {
                    $table['indexes'][$key[1]] = self::columnList($key[2]);
                } elseif (preg_match('/^(\w+) ([A-Z]+)(?:\((\d+)(?:,(\d+))?\))?( UNSIGNED)?(.*)$/', $line, $c)) {
                    $rest = $c[6];
                    $default = null;
                    if (preg_match("/DEFAULT ('(?:[^']*)'|\\S+)/", $rest, $d)) {
                        $default = trim($d[1], "'");
                    }
                    $type = strtolower($c[2]);
                    $table['columns'][$c[1]] = [
                        'type' => $type,
                        'length' => $type === 'varchar' || $type === 'char' ? $c[3] : null,
                        'precision' => $type === 'decimal' ? $c[3] : null,
                        'scale' => $type === 'decimal' ? $c[4] : null,
                        'unsigned' => $c[5] !== '',
                        'nullable' => !str_contains($rest, 'NOT NULL'),
                        'default' => $default,
                        'identity' => str_contains($rest, 'AUTO_INCREMENT'),
                    ];
                } else {
                    self::fail("Unparsed line in docs/ARCHITECTURE.md ($name): $line");
                }
            }
            $schema[$name] = $table;
        }
        self::assertNotEmpty($schema);
        return $schema;
    }

    /** @return list<string> */
    private static function columnList(string $list): array
    {
        return array_map('trim', explode(',', $list));
    }

    /** @return array<string, array{columns: array<string, array<string, mixed>>, primary: list<string>, indexes: array<string, list<string>>, unique: array<string, list<string>>}> */
    private static function fromDbSchemaXml(): array
    {
        $xml = new \DOMDocument();
        self::assertTrue($xml->load(self::ROOT . '/php-module/etc/db_schema.xml'));
        $schema = [];
        foreach ($xml->getElementsByTagName('table') as $tableNode) {
            $table = ['columns' => [], 'primary' => [], 'indexes' => [], 'unique' => []];
            foreach ($tableNode->childNodes as $node) {
                if (!$node instanceof \DOMElement) {
                    continue;
                }
                $type = $node->getAttributeNS(self::XSI, 'type');
                if ($node->tagName === 'column') {
                    $attr = static fn (string $name): ?string => $node->hasAttribute($name) ? $node->getAttribute($name) : null;
                    $table['columns'][$node->getAttribute('name')] = [
                        'type' => $type,
                        'length' => $attr('length'),
                        'precision' => $attr('precision'),
                        'scale' => $attr('scale'),
                        'unsigned' => $attr('unsigned') === 'true',
                        'nullable' => $attr('nullable') !== 'false',
                        'default' => $attr('default'),
                        'identity' => $attr('identity') === 'true',
                    ];
                } elseif ($node->tagName === 'constraint' && $type === 'primary') {
                    $table['primary'] = self::childColumns($node);
                } elseif ($node->tagName === 'constraint' && $type === 'unique') {
                    $table['unique'][$node->getAttribute('referenceId')] = self::childColumns($node);
                } elseif ($node->tagName === 'index') {
                    $table['indexes'][$node->getAttribute('referenceId')] = self::childColumns($node);
                }
            }
            $schema[$tableNode->getAttribute('name')] = $table;
        }
        return $schema;
    }

    /** @return list<string> */
    private static function childColumns(\DOMElement $node): array
    {
        $columns = [];
        foreach ($node->getElementsByTagName('column') as $column) {
            $columns[] = $column->getAttribute('name');
        }
        return $columns;
    }

    public function testSameTablesAndColumnsInTheSameOrder(): void
    {
        $doc = self::fromArchitectureDoc();
        $xml = self::fromDbSchemaXml();
        self::assertSame(array_keys($doc), array_keys($xml));
        foreach ($doc as $name => $table) {
            self::assertSame(array_keys($table['columns']), array_keys($xml[$name]['columns']), "columns of $name");
        }
    }

    public function testSameColumnDefinitionsKeysAndIndexes(): void
    {
        $xml = self::fromDbSchemaXml();
        foreach (self::fromArchitectureDoc() as $name => $table) {
            foreach ($table['columns'] as $column => $definition) {
                self::assertSame($definition, $xml[$name]['columns'][$column], "$name.$column");
            }
            self::assertSame($table['primary'], $xml[$name]['primary'], "primary key of $name");
            self::assertSame($table['indexes'], $xml[$name]['indexes'], "indexes of $name");
            self::assertSame($table['unique'], $xml[$name]['unique'], "unique keys of $name");
        }
    }

    public function testEveryTableAndColumnHasAComment(): void
    {
        $xml = new \DOMDocument();
        $xml->load(self::ROOT . '/php-module/etc/db_schema.xml');
        foreach (['table', 'column'] as $tag) {
            foreach ($xml->getElementsByTagName($tag) as $node) {
                if ($tag === 'column' && !$node->hasAttribute('comment') && $node->parentNode->nodeName !== 'table') {
                    continue; // <column name=".."/> inside a constraint or an index
                }
                self::assertNotSame('', $node->getAttribute('comment'), "$tag {$node->getAttribute('name')} has a comment");
            }
        }
    }

    public function testConstraintsAndIndexesAreExplicitlyNamed(): void
    {
        $xml = new \DOMDocument();
        $xml->load(self::ROOT . '/php-module/etc/db_schema.xml');
        foreach (['constraint', 'index'] as $tag) {
            foreach ($xml->getElementsByTagName($tag) as $node) {
                self::assertNotSame('', $node->getAttribute('referenceId'));
            }
        }
    }

    public function testWhitelistMatchesTheSchema(): void
    {
        $whitelist = json_decode((string) file_get_contents(self::ROOT . '/php-module/etc/db_schema_whitelist.json'), true, 512, JSON_THROW_ON_ERROR);
        $expected = [];
        foreach (self::fromDbSchemaXml() as $name => $table) {
            $expected[$name]['column'] = array_fill_keys(array_keys($table['columns']), true);
            if ($table['indexes'] !== []) {
                $expected[$name]['index'] = array_fill_keys(array_keys($table['indexes']), true);
            }
            $expected[$name]['constraint'] = ['PRIMARY' => true] + array_fill_keys(array_keys($table['unique']), true);
        }
        self::assertEquals($expected, $whitelist);
    }
}
