<?php
// One image worker in its own process, as cron or a second terminal would start it:
//   php image_worker_child.php DATABASE CONFIG_FILE OPTIONS_JSON
// Prints "started", then one JSON line: the counts and the log lines, or {exception, message}.
declare(strict_types=1);
require __DIR__ . '/db.inc';
[, $db, $configFile, $options] = $argv;
$pdo = pimsync_test_pdo($db);
$log = [];
echo "started\n";
try {
    $w = new PimSync\ImageWorker($pdo, PimSync\Config::fromFile($configFile));
    $r = $w->work(json_decode($options, true) + ['log' => function (string $line) use (&$log): void {
        $log[] = $line;
    }]);
    echo json_encode($r + ['log' => $log]), "\n";
    exit(0);
} catch (PimSync\Exception $e) {
    echo json_encode(['exception' => get_class($e), 'message' => $e->getMessage(), 'log' => $log]), "\n";
    exit(1);
}
