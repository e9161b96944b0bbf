--TEST--
Images worker: a sync with images enabled, then ImageWorker::work(once): the jobs on the stream are downloaded and applied, each acknowledged after its commit; gallery values, labels, roles per store and files under the media root (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--INI--
pcre.jit=0
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); pimsync_test_redis_skip(); ?>
--FILE--
<?php
require __DIR__ . '/../support/image_worker.inc';
$srv = image_server_start('worker_basic');
foreach ([false, true] as $staging) {
    $t = worker_setup('worker_basic', $staging, ['labels' => 'picture_label'], ['attributes' => ['picture_label' => null]]);
    sync_feed($t, [
        sync_product('HAT-1', [
            'picture' => [sync_v(worker_url($srv, 'hat-front.png', 60, 40)), sync_v(worker_url($srv, 'chapeau.png', 61, 41), 'fr_FR')],
            'gallery' => [sync_v(worker_url($srv, 'hat-side.png', 30, 20)), sync_v(worker_url($srv, 'hat-fr.png', 31, 21), 'fr_FR')],
            'picture_label' => [sync_v('A red hat', 'en_US'), sync_v('Un chapeau rouge', 'fr_FR')],
        ]),
        sync_product('CAP-1', ['picture' => [sync_v(worker_url($srv, 'cap.png', 20, 20))]]),
    ]);
    $r = sync_run($t);
    echo $staging ? 'row_id' : 'entity_id', ": sync {$r->status}, {$r->images['jobs']} jobs on the stream\n";
    $w = worker_run($t);
    echo 'worker: ', worker_counts($w);
    echo 'still pending in the group: ', worker_pending($t), "\n";
    foreach (['HAT-1', 'CAP-1'] as $sku) {
        echo "$sku store 0:\n", images_gallery($t, $sku, 0);
        echo "$sku store 2 (fr):\n", images_gallery($t, $sku, 2);
        echo images_roles($t, $sku);
    }
    echo "files:\n", images_files($t);
    $file = $t['pdo']->query("SELECT value FROM catalog_product_entity_media_gallery WHERE value LIKE '%cap%'")->fetchColumn();
    $served = file_get_contents(worker_url($srv, 'cap.png', 20, 20));
    echo 'the stored file is the served image: ', images_stored($t, $file) === $served ? 'yes' : 'no', "\n";
    echo worker_dead_letters($t, $srv);
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_worker.inc';
worker_clean('worker_basic');
?>
--EXPECT--
entity_id: sync success, 2 jobs on the stream
worker: jobs=2 applied=2 attached=5 reused=0 removed=0 downloaded=5 dead_lettered=0 retried=0
still pending in the group: 0
HAT-1 store 0:
  /h/a/hat-front.png A red hat@1
  /c/h/chapeau.png -@2 disabled
  /h/a/hat-side.png A red hat@3
  /h/a/hat-fr.png -@4 disabled
HAT-1 store 2 (fr):
  /h/a/hat-front.png Un chapeau rouge@1 disabled
  /c/h/chapeau.png Un chapeau rouge@2
  /h/a/hat-side.png Un chapeau rouge@3 disabled
  /h/a/hat-fr.png Un chapeau rouge@4
  store 0: image=/h/a/hat-front.png small_image=/h/a/hat-front.png thumbnail=/h/a/hat-front.png
  store 2: image=/c/h/chapeau.png small_image=/c/h/chapeau.png thumbnail=/c/h/chapeau.png
CAP-1 store 0:
  /c/a/cap.png -@1
CAP-1 store 2 (fr):
  /c/a/cap.png -@1
  store 0: image=/c/a/cap.png small_image=/c/a/cap.png thumbnail=/c/a/cap.png
files:
  /c/a/cap.png
  /c/h/chapeau.png
  /h/a/hat-fr.png
  /h/a/hat-front.png
  /h/a/hat-side.png
the stored file is the served image: yes
  (no dead letters)
row_id: sync success, 2 jobs on the stream
worker: jobs=2 applied=2 attached=5 reused=0 removed=0 downloaded=5 dead_lettered=0 retried=0
still pending in the group: 0
HAT-1 store 0:
  /h/a/hat-front.png A red hat@1
  /c/h/chapeau.png -@2 disabled
  /h/a/hat-side.png A red hat@3
  /h/a/hat-fr.png -@4 disabled
HAT-1 store 2 (fr):
  /h/a/hat-front.png Un chapeau rouge@1 disabled
  /c/h/chapeau.png Un chapeau rouge@2
  /h/a/hat-side.png Un chapeau rouge@3 disabled
  /h/a/hat-fr.png Un chapeau rouge@4
  store 0: image=/h/a/hat-front.png small_image=/h/a/hat-front.png thumbnail=/h/a/hat-front.png
  store 2: image=/c/h/chapeau.png small_image=/c/h/chapeau.png thumbnail=/c/h/chapeau.png
CAP-1 store 0:
  /c/a/cap.png -@1
CAP-1 store 2 (fr):
  /c/a/cap.png -@1
  store 0: image=/c/a/cap.png small_image=/c/a/cap.png thumbnail=/c/a/cap.png
files:
  /c/a/cap.png
  /c/h/chapeau.png
  /h/a/hat-fr.png
  /h/a/hat-front.png
  /h/a/hat-side.png
the stored file is the served image: yes
  (no dead letters)
