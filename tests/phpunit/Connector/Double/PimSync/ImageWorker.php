<?php

declare(strict_types=1);

namespace PimSync;

/**
 * Stand-in for the extension's ImageWorker when ext-pimsync is not loaded (see
 * Engine.php). work() returns what the test set in $nextResult. Real signatures:
 * ext/pimsync.stub.php.
 */
final class ImageWorker
{
    /** @var array<string, mixed> Double only: what the next work() returns. */
    public static array $nextResult = [];
    /** @var array<string, mixed>|null Double only: the options of the last work(). */
    public static ?array $lastOptions = null;

    public function __construct(\PDO $pdo, Config $config)
    {
    }

    public function work(array $options = []): array
    {
        self::$lastOptions = $options;
        return self::$nextResult;
    }
}
