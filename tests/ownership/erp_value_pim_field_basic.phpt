--TEST--
Ownership: an ERP source's value for a PIM-owned field (name, description under the default matrix) is refused; its ERP fields (weight, status) are written; a new product is named from its SKU and joins no website (websites are the PIM's)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/ownership.inc';
// a jsonl source with "system": "erp" stands in for the ERP
$erp = own_setup('own_erp_value_pim_field_basic', ['matrix' => 'default'], 'erp');
$erpRecord = static fn (string $name, string $kg) => sync_product('A', ['name' => [sync_v($name, 'en_US')],
    'description' => [sync_v("ERP text for $name", 'en_US')], 'weight' => [sync_v(['amount' => $kg, 'unit' => 'KILOGRAM'])]],
    ['enabled' => false]);
sync_feed($erp, [$erpRecord('ERP name', '1')]);
$r = sync_run($erp);
echo sync_counts($r), "\n";
echo sync_dump($erp, 'name'), sync_dump($erp, 'weight'), sync_dump($erp, 'status');
echo sync_dump($erp, 'description') ?: "no description\n";
echo "refused: ", own_refused($r), "\n", own_issues($erp, $r->runId);
echo implode("\n", array_filter(explode("\n", sync_issues($erp, $r->runId)), static fn (string $l): bool => str_contains($l, 'name_fallback'))), "\n";

// the PIM (same database, its own source) names it; the ERP's next change leaves the PIM's name alone
$pim = $erp;
$pim['config']['source'] = ['type' => 'jsonl', 'path' => 'pim.jsonl'];
sync_feed($pim, [sync_product('A', ['name' => [sync_v('PIM name', 'en_US')]])], 'pim.jsonl');
$r = sync_run($pim);
echo "pim: ", sync_counts($r), " refused: ", own_refused($r), "\n";
sync_feed($erp, [$erpRecord('ERP renamed', '2')]);
$r = sync_run($erp);
echo "erp: ", sync_counts($r), " refused: ", own_refused($r), "\n";
echo sync_dump($erp, 'name'), sync_dump($erp, 'weight');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('own_erp_value_pim_field_basic');
?>
--EXPECT--
seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
A 0 'A'
A 0 '2.204623'
A 0 2
no description
refused: name=2 description=2 websites=1
A name 0 refused: name belongs to the PIM; this ERP value was not applied
A name 1 refused: name belongs to the PIM; this ERP value was not applied
A description 0 refused: description belongs to the PIM; this ERP value was not applied
A description 1 refused: description belongs to the PIM; this ERP value was not applied
A websites - refused: websites belong to the PIM; this ERP assignment was not applied: the new product is in no website until the PIM assigns it
A name 0 name_fallback filled: the feed has no name for this new product; it was named from its SKU
pim: seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0 refused: status=1
erp: seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0 refused: name=2 description=2
A 0 'PIM name'
A 1 'PIM name'
A 0 '4.409245'
