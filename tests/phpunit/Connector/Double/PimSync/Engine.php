<?php

declare(strict_types=1);

namespace PimSync;

/**
 * Stand-in for the extension's Engine when ext-pimsync is not loaded (when it is, the
 * real class exists and this file is never autoloaded). sync() throws what the test
 * set in $nextFailure. Real signatures: ext/pimsync.stub.php.
 */
final class Engine
{
    /** Double only: what the next sync() throws. */
    public static ?\Throwable $nextFailure = null;
    /** Double only: how many engines were built. */
    public static int $constructed = 0;
    /** @var array<string, mixed>|null Double only: the options of the last sync(). */
    public static ?array $lastOptions = null;

    public function __construct(\PDO $pdo, Config $config)
    {
        self::$constructed++;
    }

    public function sync(array $options = []): Report
    {
        self::$lastOptions = $options;
        throw self::$nextFailure ?? new \LogicException('PimSync\Engine double: set Engine::$nextFailure');
    }
}
