<?php
// bench/images.sh's generator: N images of 20-200 KB under ROOT/files (JPEG, each of its own
// size in pixels so no two share bytes), a feed of ceil(N/4) products with 4 images each
// (their URLs on the loopback image server), and the config of one scenario.
//   php bench/images.php images ROOT N SEED        (kept and reused: ROOT/files/.done-N-SEED)
//   php bench/images.php feed FEED N PORT
//   php bench/images.php config OUT FEED STREAM MEDIA_ROOT [LOCAL_ROOT]
declare(strict_types=1);
require dirname(__DIR__) . '/tests/support/image_gen.inc';

const PER_PRODUCT = 4;

function image_path(int $i): string
{
    return sprintf('files/%03d/img-%06d.jpg', intdiv($i, 1000), $i);
}

$cmd = $argv[1] ?? '';
if ($cmd === 'images') {
    [, , $root, $n, $seed] = $argv;
    $done = "$root/files/.done-$n-$seed";
    if (is_file($done)) {
        echo "images: reusing $root/files\n";
        exit(0);
    }
    mt_srand((int) $seed);
    $bytes = 0;
    for ($i = 0; $i < (int) $n; $i++) {
        $file = "$root/" . image_path($i);
        @mkdir(dirname($file), 0755, true);
        // sizes in pixels unique per image: 200..999 x 150.., so the bytes differ too
        $body = image_make('jpg', 200 + $i % 800, 150 + intdiv($i, 800), mt_rand(20000, 200000));
        file_put_contents($file, $body);
        $bytes += strlen($body);
    }
    touch($done);
    printf("images: %d files, %.1f MB under %s/files\n", $n, $bytes / 1e6, $root);
} elseif ($cmd === 'feed') {
    [, , $feed, $n, $port] = $argv;
    $out = fopen($feed, 'w');
    for ($p = 0; $p * PER_PRODUCT < (int) $n; $p++) {
        $urls = [];
        for ($k = 0; $k < PER_PRODUCT && $p * PER_PRODUCT + $k < (int) $n; $k++) {
            $urls[] = "http://127.0.0.1:$port/" . image_path($p * PER_PRODUCT + $k);
        }
        $values = ['name' => [['locale' => 'en_US', 'scope' => null, 'data' => sprintf('Bench product %06d', $p)]],
            'picture' => [['locale' => null, 'scope' => null, 'data' => $urls[0]]]];
        foreach (array_slice($urls, 1) as $u) {
            $values['gallery'][] = ['locale' => null, 'scope' => null, 'data' => $u];
        }
        // every picture on store 0 only: one gallery value per image
        fwrite($out, json_encode(['identifier' => sprintf('IMG-%06d', $p), 'enabled' => true, 'family' => null, 'categories' => [],
            'values' => $values], JSON_UNESCAPED_SLASHES) . "\n");
    }
    fclose($out);
} elseif ($cmd === 'config') {
    [, , $out, $feed, $stream, $media] = $argv;
    $local = $argv[7] ?? null;
    $images = [
        'enabled' => true,
        'redis' => ['port' => (int) (getenv('PIMSYNC_REDIS_PORT') ?: 36379)],
        'stream' => $stream,
        'attributes' => ['picture' => ['roles' => ['image', 'small_image', 'thumbnail']], 'gallery' => []],
        'media_root' => $media,
        'download' => ['allowed_hosts' => ['127.0.0.1'], 'allow_private_addresses' => true],
    ] + ($local !== null ? ['local_root' => $local] : []);
    file_put_contents($out, json_encode(['source' => ['type' => 'jsonl', 'path' => $feed],
        'locales' => ['en_US' => ['default']], 'batch_size' => 1000, 'images' => $images], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
} else {
    fwrite(STDERR, "usage: images.php images|feed|config ...\n");
    exit(64);
}
