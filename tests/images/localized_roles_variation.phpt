--TEST--
Images: localized image values take their roles in the store views of their locale; the admin locale's image is the store-0 one, hidden where another locale has its own, shown where a locale has none (Magento falls back to store 0); a value scoped to a channel the config does not map names no image
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); pimsync_test_redis_skip(); ?>
--FILE--
<?php
require __DIR__ . '/../support/image_jobs.inc';
$t = images_setup('localized_roles_variation', ['attributes' => ['picture' => ['image', 'small_image', 'thumbnail'], 'pack_shot' => []],
    'labels' => 'alt_text'], false, ['attributes' => ['alt_text' => null]]);
$stores = $t['pdo']->query('SELECT store_id, code FROM store')->fetchAll(PDO::FETCH_KEY_PAIR);
sync_feed($t, [sync_product('SCARF', [
    'name' => [sync_v('Scarf', 'en_US')],
    'picture' => [sync_v(akeneo_media_code('scarf-en.jpg'), 'en_US'), sync_v(akeneo_media_code('scarf-fr.jpg'), 'fr_FR')],
    'pack_shot' => [sync_v(akeneo_media_code('pack.jpg'), null, 'ecommerce'), sync_v(akeneo_media_code('pack-print.jpg'), null, 'print')],
    'alt_text' => [sync_v('Red scarf', 'en_US'), sync_v('Écharpe rouge', 'fr_FR'), sync_v('Roter Schal', 'de_DE')],
])]);
$r = sync_run($t);
$byCode = function (array $map) use ($stores): string {
    $out = [];
    foreach ($map as $id => $v) {
        $out[] = $stores[$id] . '=' . (is_array($v) ? implode('+', $v) : var_export($v, true));
    }
    return implode(' ', $out) ?: '-';
};
echo $r->status, ', ', $r->images['jobs'], " job\n";
foreach (image_jobs_on($t['stream'])[0]['images'] as $i) {
    printf("%s@%d\n  roles: %s\n  labels: %s\n  hidden/shown: %s\n", $i['file'], $i['position'], $byCode($i['roles']), $byCode($i['labels']), $byCode($i['disabled']));
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_jobs.inc';
images_clean('localized_roles_variation');
?>
--EXPECT--
success, 1 job
scarf-en.jpg@1
  roles: admin=image+small_image+thumbnail default=image+small_image+thumbnail
  labels: admin='Red scarf' default='Red scarf' fr='Écharpe rouge' de='Roter Schal'
  hidden/shown: fr=true
scarf-fr.jpg@2
  roles: fr=image+small_image+thumbnail
  labels: fr='Écharpe rouge'
  hidden/shown: admin=true fr=false
pack.jpg@3
  roles: -
  labels: admin='Red scarf' default='Red scarf' fr='Écharpe rouge' de='Roter Schal'
  hidden/shown: -
