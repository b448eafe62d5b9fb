
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'redops' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'redops'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'redops' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Check connectivity: server version, role, topology and round-trip time')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Inspect and safely release distributed locks (lock:{resource})')
            [CompletionResult]::new('memory', 'memory', [CompletionResultType]::ParameterValue, 'Where memory goes (per type, biggest keys, key groups), key sizes, eviction policy')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions to stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;ping' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;lock' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show one lock''s token and remaining TTL, or every lock sorted by remaining TTL')
            [CompletionResult]::new('force-release', 'force-release', [CompletionResultType]::ParameterValue, 'Release a lock left by a dead worker, only if its token is still the one seen')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;lock;inspect' {
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'Without RESOURCE: only resources matching this glob (e.g. ''withdrawal:*'')')
            [CompletionResult]::new('--scan-count', '--scan-count', [CompletionResultType]::ParameterName, 'Keys per SCAN call when listing every lock')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;lock;force-release' {
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Release only if the lock holds exactly this token')
            [CompletionResult]::new('--token-hex', '--token-hex', [CompletionResultType]::ParameterName, 'Like --token, for a token that is not UTF-8, given as hex')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;lock;help' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show one lock''s token and remaining TTL, or every lock sorted by remaining TTL')
            [CompletionResult]::new('force-release', 'force-release', [CompletionResultType]::ParameterValue, 'Release a lock left by a dead worker, only if its token is still the one seen')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;lock;help;inspect' {
            break
        }
        'redops;lock;help;force-release' {
            break
        }
        'redops;lock;help;help' {
            break
        }
        'redops;memory' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('bigkeys', 'bigkeys', [CompletionResultType]::ParameterValue, 'Where the memory goes: per type, biggest keys, key groups, keys without TTL, sizes')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Bytes, type, elements, TTL and encoding of the named keys')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'maxmemory, eviction policy, fragmentation, evictions and LFU settings of every primary')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;memory;bigkeys' {
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'Only keys matching this glob (SCAN MATCH), e.g. ''sessions:*''')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only keys of this type (SCAN TYPE): string, hash, list, set, zset, stream')
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'How many of the biggest keys to list')
            [CompletionResult]::new('--groups', '--groups', [CompletionResultType]::ParameterName, 'How many key groups to list; the rest are folded into one "(other)" row')
            [CompletionResult]::new('--samples', '--samples', [CompletionResultType]::ParameterName, 'MEMORY USAGE SAMPLES for aggregate values (0 = every element; default: the server''s, 5)')
            [CompletionResult]::new('--scan-count', '--scan-count', [CompletionResultType]::ParameterName, 'Keys per SCAN call (and per read of type, memory, elements and TTL)')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Throttle: read at most this many keys a second, over all nodes together')
            [CompletionResult]::new('--sleep', '--sleep', [CompletionResultType]::ParameterName, 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)')
            [CompletionResult]::new('--read-method', '--read-method', [CompletionResultType]::ParameterName, 'How keys are read: one Lua script call per batch, or two pipelines per batch')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--replicas', '--replicas', [CompletionResultType]::ParameterName, 'Read from one online replica of each primary instead of the primary, where there is one')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;memory;usage' {
            [CompletionResult]::new('--samples', '--samples', [CompletionResultType]::ParameterName, 'MEMORY USAGE SAMPLES for aggregate values (0 = every element; default: the server''s, 5)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;memory;policy' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;memory;help' {
            [CompletionResult]::new('bigkeys', 'bigkeys', [CompletionResultType]::ParameterValue, 'Where the memory goes: per type, biggest keys, key groups, keys without TTL, sizes')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Bytes, type, elements, TTL and encoding of the named keys')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'maxmemory, eviction policy, fragmentation, evictions and LFU settings of every primary')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;memory;help;bigkeys' {
            break
        }
        'redops;memory;help;usage' {
            break
        }
        'redops;memory;help;policy' {
            break
        }
        'redops;memory;help;help' {
            break
        }
        'redops;completions' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;help' {
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Check connectivity: server version, role, topology and round-trip time')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Inspect and safely release distributed locks (lock:{resource})')
            [CompletionResult]::new('memory', 'memory', [CompletionResultType]::ParameterValue, 'Where memory goes (per type, biggest keys, key groups), key sizes, eviction policy')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions to stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;help;ping' {
            break
        }
        'redops;help;lock' {
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show one lock''s token and remaining TTL, or every lock sorted by remaining TTL')
            [CompletionResult]::new('force-release', 'force-release', [CompletionResultType]::ParameterValue, 'Release a lock left by a dead worker, only if its token is still the one seen')
            break
        }
        'redops;help;lock;inspect' {
            break
        }
        'redops;help;lock;force-release' {
            break
        }
        'redops;help;memory' {
            [CompletionResult]::new('bigkeys', 'bigkeys', [CompletionResultType]::ParameterValue, 'Where the memory goes: per type, biggest keys, key groups, keys without TTL, sizes')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Bytes, type, elements, TTL and encoding of the named keys')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'maxmemory, eviction policy, fragmentation, evictions and LFU settings of every primary')
            break
        }
        'redops;help;memory;bigkeys' {
            break
        }
        'redops;help;memory;usage' {
            break
        }
        'redops;help;memory;policy' {
            break
        }
        'redops;help;completions' {
            break
        }
        'redops;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
