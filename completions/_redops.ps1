
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
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'See and end trading sessions (sessions:user:{user}), per user and across the platform')
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
        'redops;session' {
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
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List trading sessions of one user, or across the platform with filters')
            [CompletionResult]::new('kill', 'kill', [CompletionResultType]::ParameterValue, 'End sessions: chosen ones, all of a user''s, or every session from an IP range or device')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;session;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s sessions (the key sessions:user:{ID}), in one round trip')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'Only sessions whose ip_address is this address or inside this CIDR (10.1.0.0/16)')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Only sessions of this device_type (web, mobile, desktop; case-insensitive)')
            [CompletionResult]::new('--idle-over', '--idle-over', [CompletionResultType]::ParameterName, 'Last activity longer ago than this (e.g. 30m, 12h), by the server''s clock')
            [CompletionResult]::new('--active-within', '--active-within', [CompletionResultType]::ParameterName, 'Last activity within this long (e.g. 5m), by the server''s clock')
            [CompletionResult]::new('--over-limit', '--over-limit', [CompletionResultType]::ParameterName, 'Only users holding more than N sessions (with --summary: the limit counted against)')
            [CompletionResult]::new('--scan-count', '--scan-count', [CompletionResultType]::ParameterName, 'Keys per SCAN call when listing across the platform')
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
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'Counts instead of rows: users, sessions, by device, users over the limit, hashes without TTL')
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
        'redops;session;kill' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user whose sessions end (required with --session and --all)')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'End exactly these sessions of --user (session ids, the hash fields)')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'Only sessions whose ip_address is this address or inside this CIDR (10.1.0.0/16)')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Only sessions of this device_type (web, mobile, desktop; case-insensitive)')
            [CompletionResult]::new('--scan-count', '--scan-count', [CompletionResultType]::ParameterName, 'Keys per SCAN call when matching across the platform')
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
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'End every session of --user')
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
        'redops;session;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List trading sessions of one user, or across the platform with filters')
            [CompletionResult]::new('kill', 'kill', [CompletionResultType]::ParameterValue, 'End sessions: chosen ones, all of a user''s, or every session from an IP range or device')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;session;help;list' {
            break
        }
        'redops;session;help;kill' {
            break
        }
        'redops;session;help;help' {
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
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'See and end trading sessions (sessions:user:{user}), per user and across the platform')
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
        'redops;help;session' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List trading sessions of one user, or across the platform with filters')
            [CompletionResult]::new('kill', 'kill', [CompletionResultType]::ParameterValue, 'End sessions: chosen ones, all of a user''s, or every session from an IP range or device')
            break
        }
        'redops;help;session;list' {
            break
        }
        'redops;help;session;kill' {
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
