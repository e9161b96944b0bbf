--TEST--
Category url rewrites: one per store view of the root's store group; a changed url key leaves a 301 from the old path, and changing it back leaves no loop
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/categories.inc';
foreach ([false, true] as $staging) {
    $t = cat_setup('rewrites_history_basic', $staging, ['categories' => ['url_keys_follow_labels' => true]]);
    // the French store view has its own category suffix; a store of another root gets no rows
    $t['pdo']->exec("INSERT INTO core_config_data (scope, scope_id, path, value) VALUES ('stores', 2, 'catalog/seo/category_url_suffix', '/')");
    $t['pdo']->exec("INSERT INTO store_group (group_id, website_id, name, root_category_id, default_store_id, code) VALUES (2, 1, 'Other', 99, 4, 'other')");
    $t['pdo']->exec("INSERT INTO store (store_id, code, website_id, group_id, name, sort_order, is_active) VALUES (4, 'other', 1, 2, 'Other', 3, 1)");
    $tree = fn (string $label) => [cat('master', null), cat('garden', 'master', ['en_US' => $label, 'fr_FR' => 'Jardin']),
                                   cat('tools', 'garden', ['en_US' => 'Tools'])];
    cat_feed($t, $tree('Garden'));
    sync_run($t);
    echo $staging ? "staging\n" : "open source\n";
    echo cat_rewrites($t);
    cat_feed($t, $tree('Yard'));
    $r = sync_run($t);
    echo "-- Yard: rewrites={$r->categories['rewrites']} redirects={$r->categories['redirects']}\n", cat_rewrites($t);
    cat_feed($t, $tree('Garden'));
    $r = sync_run($t);
    echo "-- Garden again: rewrites={$r->categories['rewrites']} redirects={$r->categories['redirects']}\n", cat_rewrites($t);
    $loops = $t['pdo']->query("SELECT COUNT(*) FROM url_rewrite a JOIN url_rewrite b ON b.store_id = a.store_id AND b.request_path = a.target_path
        AND a.redirect_type = 301 AND b.redirect_type = 301 AND b.target_path = a.request_path")->fetchColumn();
    echo "loops=$loops\n";
    $again = sync_run($t);
    echo 'unchanged run: rows=', json_encode($again->rowsWritten), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/categories.inc';
sync_clean('rewrites_history_basic');
?>
--EXPECT--
open source
garden store=1 garden.html -> view:garden auto
garden store=2 jardin/ -> view:garden auto
garden store=3 garden.html -> view:garden auto
tools store=1 garden/tools.html -> view:tools auto
tools store=2 jardin/tools/ -> view:tools auto
tools store=3 garden/tools.html -> view:tools auto
-- Yard: rewrites=4 redirects=4
garden store=1 yard.html -> view:garden auto
garden store=1 garden.html -> yard.html (301)
garden store=2 jardin/ -> view:garden auto
garden store=3 yard.html -> view:garden auto
garden store=3 garden.html -> yard.html (301)
tools store=1 yard/tools.html -> view:tools auto
tools store=1 garden/tools.html -> yard/tools.html (301)
tools store=2 jardin/tools/ -> view:tools auto
tools store=3 yard/tools.html -> view:tools auto
tools store=3 garden/tools.html -> yard/tools.html (301)
-- Garden again: rewrites=4 redirects=4
garden store=1 garden.html -> view:garden auto
garden store=1 yard.html -> garden.html (301)
garden store=2 jardin/ -> view:garden auto
garden store=3 garden.html -> view:garden auto
garden store=3 yard.html -> garden.html (301)
tools store=1 garden/tools.html -> view:tools auto
tools store=1 yard/tools.html -> garden/tools.html (301)
tools store=2 jardin/tools/ -> view:tools auto
tools store=3 garden/tools.html -> view:tools auto
tools store=3 yard/tools.html -> garden/tools.html (301)
loops=0
unchanged run: rows=[]
staging
garden store=1 garden.html -> view:garden auto
garden store=2 jardin/ -> view:garden auto
garden store=3 garden.html -> view:garden auto
tools store=1 garden/tools.html -> view:tools auto
tools store=2 jardin/tools/ -> view:tools auto
tools store=3 garden/tools.html -> view:tools auto
-- Yard: rewrites=4 redirects=4
garden store=1 yard.html -> view:garden auto
garden store=1 garden.html -> yard.html (301)
garden store=2 jardin/ -> view:garden auto
garden store=3 yard.html -> view:garden auto
garden store=3 garden.html -> yard.html (301)
tools store=1 yard/tools.html -> view:tools auto
tools store=1 garden/tools.html -> yard/tools.html (301)
tools store=2 jardin/tools/ -> view:tools auto
tools store=3 yard/tools.html -> view:tools auto
tools store=3 garden/tools.html -> yard/tools.html (301)
-- Garden again: rewrites=4 redirects=4
garden store=1 garden.html -> view:garden auto
garden store=1 yard.html -> garden.html (301)
garden store=2 jardin/ -> view:garden auto
garden store=3 garden.html -> view:garden auto
garden store=3 yard.html -> garden.html (301)
tools store=1 garden/tools.html -> view:tools auto
tools store=1 yard/tools.html -> garden/tools.html (301)
tools store=2 jardin/tools/ -> view:tools auto
tools store=3 garden/tools.html -> view:tools auto
tools store=3 yard/tools.html -> garden/tools.html (301)
loops=0
unchanged run: rows=[]