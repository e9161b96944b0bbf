--TEST--
Engine::installSchema(): creates pimsync's own tables with the documented columns, and is idempotent
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('install_schema_basic');
$pdo = $t['pdo'];
echo count($pdo->query("SHOW TABLES LIKE 'pimsync%'")->fetchAll()), "\n";
$e = sync_engine($t);
$e->installSchema();
$pdo->exec("INSERT INTO pimsync_entity_map (kind, scope, code, magento_id) VALUES ('category', '', 'keep', 9)");
$e->installSchema();
foreach ($pdo->query("SHOW TABLES LIKE 'pimsync%'")->fetchAll(PDO::FETCH_COLUMN) as $table) {
    echo $table, ': ', implode(',', $pdo->query("SHOW COLUMNS FROM $table")->fetchAll(PDO::FETCH_COLUMN)), "\n";
}
echo sync_count($t, 'pimsync_entity_map'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('install_schema_basic');
?>
--EXPECT--
0
pimsync_category_link: product_id,category_id
pimsync_dead_letter: dead_letter_id,run_id,position,sku,reason,payload,payload_bytes,source_id,status,resolved_run_id,created_at
pimsync_entity_map: kind,scope,code,magento_id
pimsync_image_dead_letter: dead_letter_id,stream_id,run_id,entity_id,sku,ref,reason_kind,reason,attempts,job,created_at
pimsync_image_outbox: run_id,seq,entity_id,sku,generation,chunk,chunks,job,reason,attempts,created_at
pimsync_link_pending: product_id,link_type_id,target_kind,target,position,sku,run_id
pimsync_media_file: content_hash,path,bytes,mime,width,height,run_id,created_at
pimsync_media_link: value_id,entity_id,ref,content_hash,roles,run_id,retired_at,retired_run_id
pimsync_media_state: entity_id,sku,generation,images,jobs,run_id
pimsync_option_label: option_id,store_id,value
pimsync_product_link: product_id,link_type_id,linked_product_id,run_id
pimsync_product_state: sku,entity_id,raw_hash,record_hash,last_run_id
pimsync_product_uuid: uuid,sku
pimsync_run: run_id,status,mode,source,source_key,started_at,finished_at,seen,created,updated,unchanged,disabled,failed,elapsed_s,report,message
pimsync_run_entity: run_id,entity_id,action,attributes
pimsync_value_issue: value_issue_id,run_id,sku,attribute_code,store_id,kind,action,message
1
