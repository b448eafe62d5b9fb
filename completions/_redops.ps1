
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
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Start a throwaway Redis with a realistic fintech keyspace and tour redops on it')
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Check connectivity: server version, role, topology and round-trip time')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'See and end trading sessions (sessions:user:{user}), per user and across the platform')
            [CompletionResult]::new('ratelimit', 'ratelimit', [CompletionResultType]::ParameterValue, 'See sliding-window rate limits as the limiter sees them; clear a user''s window safely')
            [CompletionResult]::new('leaderboard', 'leaderboard', [CompletionResultType]::ParameterValue, 'Copy-trading leaderboards: top traders with metadata, a trader''s rank, every board')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Inspect and safely release distributed locks (lock:{resource})')
            [CompletionResult]::new('stream', 'stream', [CompletionResultType]::ParameterValue, 'Stream queues: consumer groups, pending entries, reclaim, dead-letter and acknowledge')
            [CompletionResult]::new('memory', 'memory', [CompletionResultType]::ParameterValue, 'Where memory goes (per type, biggest keys, key groups), key sizes, eviction policy')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Smoke-check a Redis for CI: reachable, configured for this workload, nothing stuck')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the config file''s location and the effective settings with their sources')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read the audit log of destructive actions, and put back what one removed')
            [CompletionResult]::new('sentinel', 'sentinel', [CompletionResultType]::ParameterValue, 'Redis Sentinel: is it healthy (status), and fail a primary over (failover)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions to stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;demo' {
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'Number of users to generate (at least 10)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the data generator: the same seed gives the same data')
            [CompletionResult]::new('--redis-server', '--redis-server', [CompletionResultType]::ParameterName, 'The redis-server binary to run (default: redis-server on PATH)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Skip the tour: leave the server running, print its URL, and wait for Ctrl-C')
            [CompletionResult]::new('--with-sentinel', '--with-sentinel', [CompletionResultType]::ParameterName, 'Also start a replica and three sentinels, and take the tour through Sentinel')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;ping' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;session' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
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
            [CompletionResult]::new('--scan-count', '--scan-count', [CompletionResultType]::ParameterName, 'Keys per SCAN call (and per pipelined read of them), when the command scans the keyspace')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Throttle: visit at most this many keys a second, over all nodes together')
            [CompletionResult]::new('--sleep', '--sleep', [CompletionResultType]::ParameterName, 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'Counts instead of rows: users, sessions, by device, users over the limit, hashes without TTL')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;session;kill' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user whose sessions end (required with --session and --all)')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'End exactly these sessions of --user (session ids, the hash fields)')
            [CompletionResult]::new('--session-hex', '--session-hex', [CompletionResultType]::ParameterName, 'Like --session, for session ids that are not UTF-8, given as hex (as in `session_id_hex`)')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'Only sessions whose ip_address is this address or inside this CIDR (10.1.0.0/16)')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Only sessions of this device_type (web, mobile, desktop; case-insensitive)')
            [CompletionResult]::new('--scan-count', '--scan-count', [CompletionResultType]::ParameterName, 'Keys per SCAN call (and per pipelined read of them), when the command scans the keyspace')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Throttle: visit at most this many keys a second, over all nodes together')
            [CompletionResult]::new('--sleep', '--sleep', [CompletionResultType]::ParameterName, 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'End every session of --user')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
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
        'redops;ratelimit' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('probe', 'probe', [CompletionResultType]::ParameterValue, 'Show one user''s sliding window as the limiter''s next attempt would see it, changing nothing')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'Users of one category closest to or over their limit right now, across every primary')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Clear one user''s window for a category (a customer blocked by a bug)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;ratelimit;probe' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Endpoint category, e.g. deposit, withdrawal, kyc_check, card_token')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User id, as in ratelimit:{CATEGORY}:user:{USER}')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The rate-limit key itself, instead of --category and --user')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Attempts allowed per window, instead of the category''s policy')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'Window length, instead of the category''s policy (500ms, 2s, 1m)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;ratelimit;top' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Endpoint category whose users to rank, e.g. withdrawal')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many users to show')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Attempts allowed per window, instead of the category''s policy')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'Window length, instead of the category''s policy (500ms, 2s, 1m)')
            [CompletionResult]::new('--scan-count', '--scan-count', [CompletionResultType]::ParameterName, 'Keys per SCAN call (and per pipelined read of them), when the command scans the keyspace')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Throttle: visit at most this many keys a second, over all nodes together')
            [CompletionResult]::new('--sleep', '--sleep', [CompletionResultType]::ParameterName, 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;ratelimit;reset' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Endpoint category, e.g. deposit, withdrawal, kyc_check, card_token')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User id, as in ratelimit:{CATEGORY}:user:{USER}')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The rate-limit key itself, instead of --category and --user')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;ratelimit;help' {
            [CompletionResult]::new('probe', 'probe', [CompletionResultType]::ParameterValue, 'Show one user''s sliding window as the limiter''s next attempt would see it, changing nothing')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'Users of one category closest to or over their limit right now, across every primary')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Clear one user''s window for a category (a customer blocked by a bug)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;ratelimit;help;probe' {
            break
        }
        'redops;ratelimit;help;top' {
            break
        }
        'redops;ratelimit;help;reset' {
            break
        }
        'redops;ratelimit;help;help' {
            break
        }
        'redops;leaderboard' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'The top traders of a board with their name and followers, in two round trips')
            [CompletionResult]::new('rank', 'rank', [CompletionResultType]::ParameterValue, 'One trader''s rank, score and percentile on a board, in one round trip')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every board that exists (SCAN leaderboard:*), with member counts, score range and TTL')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;leaderboard;top' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Board period, the {period} of leaderboard:{period}:{month}')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Board month as YYYY-MM (default: the current month, UTC)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Read this sorted set instead of leaderboard:{period}:{month}')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many traders to show')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many traders to show')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many traders from the top (--offset 50 shows ranks 51..)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--no-meta', '--no-meta', [CompletionResultType]::ParameterName, 'Do not read trader metadata (one round trip instead of two)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;leaderboard;rank' {
            [CompletionResult]::new('--member-hex', '--member-hex', [CompletionResultType]::ParameterName, 'Like MEMBER, for a member that is not UTF-8, given as hex')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Board period, the {period} of leaderboard:{period}:{month}')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Board month as YYYY-MM (default: the current month, UTC)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Read this sorted set instead of leaderboard:{period}:{month}')
            [CompletionResult]::new('--around', '--around', [CompletionResultType]::ParameterName, 'Also show the N traders above and below, with their metadata')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;leaderboard;list' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'Only boards of this period (e.g. monthly)')
            [CompletionResult]::new('--scan-count', '--scan-count', [CompletionResultType]::ParameterName, 'Keys per SCAN call (and per pipelined read of them), when the command scans the keyspace')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Throttle: visit at most this many keys a second, over all nodes together')
            [CompletionResult]::new('--sleep', '--sleep', [CompletionResultType]::ParameterName, 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;leaderboard;help' {
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'The top traders of a board with their name and followers, in two round trips')
            [CompletionResult]::new('rank', 'rank', [CompletionResultType]::ParameterValue, 'One trader''s rank, score and percentile on a board, in one round trip')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every board that exists (SCAN leaderboard:*), with member counts, score range and TTL')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;leaderboard;help;top' {
            break
        }
        'redops;leaderboard;help;rank' {
            break
        }
        'redops;leaderboard;help;list' {
            break
        }
        'redops;leaderboard;help;help' {
            break
        }
        'redops;lock' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
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
            [CompletionResult]::new('--scan-count', '--scan-count', [CompletionResultType]::ParameterName, 'Keys per SCAN call (and per pipelined read of them), when the command scans the keyspace')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Throttle: visit at most this many keys a second, over all nodes together')
            [CompletionResult]::new('--sleep', '--sleep', [CompletionResultType]::ParameterName, 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
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
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
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
        'redops;stream' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Consumer groups of a stream (or of every stream): pending, lag, and dead consumers')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'Entries of a group that were delivered but never acknowledged')
            [CompletionResult]::new('reclaim', 'reclaim', [CompletionResultType]::ParameterValue, 'Move idle pending entries to a live consumer, or dead-letter the poisoned ones')
            [CompletionResult]::new('ack', 'ack', [CompletionResultType]::ParameterValue, 'Acknowledge pending entries (exact ids, one consumer''s, or those matching filters)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;stream;groups' {
            [CompletionResult]::new('--dead-after', '--dead-after', [CompletionResultType]::ParameterName, 'A consumer idle longer than this and still holding entries is reported dead')
            [CompletionResult]::new('--scan-count', '--scan-count', [CompletionResultType]::ParameterName, 'Keys per SCAN call (and per pipelined read of them), when the command scans the keyspace')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Throttle: visit at most this many keys a second, over all nodes together')
            [CompletionResult]::new('--sleep', '--sleep', [CompletionResultType]::ParameterName, 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--fail-if-dead', '--fail-if-dead', [CompletionResultType]::ParameterName, 'Exit 1 when a dead consumer is found (for checks and alerts)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;stream;pending' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The consumer group')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The consumer group')
            [CompletionResult]::new('--consumer', '--consumer', [CompletionResultType]::ParameterName, 'Only entries pending on this consumer')
            [CompletionResult]::new('--min-idle', '--min-idle', [CompletionResultType]::ParameterName, 'Only entries idle (not delivered) for at least this long (30s, 5m, 1h)')
            [CompletionResult]::new('--min-deliveries', '--min-deliveries', [CompletionResultType]::ParameterName, 'Only entries delivered at least this many times')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'At most this many entries (oldest first). Without it, `ack` handles at most 10,000 per run and says when more match')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Pending entries read per XPENDING call')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--detail', '--detail', [CompletionResultType]::ParameterName, 'List the entries (id, consumer, idle, deliveries), not only the summary')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'Include each entry''s fields (implies --detail)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;stream;reclaim' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The consumer group')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The consumer group')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The live consumer that gets the entries')
            [CompletionResult]::new('--min-idle', '--min-idle', [CompletionResultType]::ParameterName, 'Only entries idle at least this long (checked again, atomically, when claiming)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only entries pending on this (dead) consumer')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'At most this many entries (oldest first). Without it, at most 10,000 per run: the rest are left for the next run, and the report says so')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Exactly these entry ids (each must be pending and idle at least --min-idle)')
            [CompletionResult]::new('--dead-letter', '--dead-letter', [CompletionResultType]::ParameterName, 'Dead-letter stream for entries delivered --max-deliveries times or more')
            [CompletionResult]::new('--max-deliveries', '--max-deliveries', [CompletionResultType]::ParameterName, 'Entries delivered this many times or more go to --dead-letter instead of --to')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Pending entries read per XPENDING call and claimed per script')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;stream;ack' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The consumer group')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The consumer group')
            [CompletionResult]::new('--consumer', '--consumer', [CompletionResultType]::ParameterName, 'Only entries pending on this consumer')
            [CompletionResult]::new('--min-idle', '--min-idle', [CompletionResultType]::ParameterName, 'Only entries idle (not delivered) for at least this long (30s, 5m, 1h)')
            [CompletionResult]::new('--min-deliveries', '--min-deliveries', [CompletionResultType]::ParameterName, 'Only entries delivered at least this many times')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'At most this many entries (oldest first). Without it, `ack` handles at most 10,000 per run and says when more match')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Pending entries read per XPENDING call')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;stream;help' {
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Consumer groups of a stream (or of every stream): pending, lag, and dead consumers')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'Entries of a group that were delivered but never acknowledged')
            [CompletionResult]::new('reclaim', 'reclaim', [CompletionResultType]::ParameterValue, 'Move idle pending entries to a live consumer, or dead-letter the poisoned ones')
            [CompletionResult]::new('ack', 'ack', [CompletionResultType]::ParameterValue, 'Acknowledge pending entries (exact ids, one consumer''s, or those matching filters)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;stream;help;groups' {
            break
        }
        'redops;stream;help;pending' {
            break
        }
        'redops;stream;help;reclaim' {
            break
        }
        'redops;stream;help;ack' {
            break
        }
        'redops;stream;help;help' {
            break
        }
        'redops;memory' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
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
            [CompletionResult]::new('--scan-count', '--scan-count', [CompletionResultType]::ParameterName, 'Keys per SCAN call (and per pipelined read of them), when the command scans the keyspace')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Throttle: visit at most this many keys a second, over all nodes together')
            [CompletionResult]::new('--sleep', '--sleep', [CompletionResultType]::ParameterName, 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)')
            [CompletionResult]::new('--read-method', '--read-method', [CompletionResultType]::ParameterName, 'How keys are read: one Lua script call per batch, or two pipelines per batch')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--replicas', '--replicas', [CompletionResultType]::ParameterName, 'Read from one online replica of each primary instead of the primary, where there is one')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
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
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
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
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
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
        'redops;check' {
            [CompletionResult]::new('--checks', '--checks', [CompletionResultType]::ParameterName, 'TOML file with thresholds and which checks to run (same keys as the flags, snake_case)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Write the result as JUnit XML (one testcase per check) instead of a table or JSON')
            [CompletionResult]::new('--max-rtt', '--max-rtt', [CompletionResultType]::ParameterName, 'Fail when the round trip to Redis takes longer (default 50ms)')
            [CompletionResult]::new('--expect', '--expect', [CompletionResultType]::ParameterName, 'Expected topology: standalone or cluster (default: either)')
            [CompletionResult]::new('--allowed-policy', '--allowed-policy', [CompletionResultType]::ParameterName, 'An allowed maxmemory-policy; repeat for several (default allkeys-lfu)')
            [CompletionResult]::new('--max-memory-percent', '--max-memory-percent', [CompletionResultType]::ParameterName, 'Fail when used memory exceeds this percentage of maxmemory (default 90)')
            [CompletionResult]::new('--max-lock-ttl', '--max-lock-ttl', [CompletionResultType]::ParameterName, 'Fail when a lock has more than this TTL left (default 5m)')
            [CompletionResult]::new('--max-pending-idle', '--max-pending-idle', [CompletionResultType]::ParameterName, 'Fail when a stream entry has been pending longer than this (default 5m)')
            [CompletionResult]::new('--max-lag', '--max-lag', [CompletionResultType]::ParameterName, 'Fail when a consumer group lags more entries than this behind its stream (default 1000)')
            [CompletionResult]::new('--dead-letter-pattern', '--dead-letter-pattern', [CompletionResultType]::ParameterName, 'Glob of dead-letter streams (default ''*dead*'')')
            [CompletionResult]::new('--max-dead-letter', '--max-dead-letter', [CompletionResultType]::ParameterName, 'Fail when a dead-letter stream holds more entries than this (default 0)')
            [CompletionResult]::new('--sample', '--sample', [CompletionResultType]::ParameterName, 'Keys to visit per node for each scanning check (default 10000); see --full')
            [CompletionResult]::new('--scan-count', '--scan-count', [CompletionResultType]::ParameterName, 'Keys per SCAN call (and per pipelined read of them), when the command scans the keyspace')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'Throttle: visit at most this many keys a second, over all nodes together')
            [CompletionResult]::new('--sleep', '--sleep', [CompletionResultType]::ParameterName, 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)')
            [CompletionResult]::new('--max-key-bytes', '--max-key-bytes', [CompletionResultType]::ParameterName, 'With --bigkeys: fail for a key larger than this many bytes (default 10485760)')
            [CompletionResult]::new('--skip', '--skip', [CompletionResultType]::ParameterName, 'Skip a check by name; repeat for several')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as failures (exit 1)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'Scan the whole keyspace instead of a sample (slower on a large keyspace)')
            [CompletionResult]::new('--bigkeys', '--bigkeys', [CompletionResultType]::ParameterName, 'Also look for big keys (scans with MEMORY USAGE; opt-in)')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;config' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective settings and where each came from (password redacted)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the location of the config file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;config;show' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;config;path' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective settings and where each came from (password redacted)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the location of the config file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;config;help;show' {
            break
        }
        'redops;config;help;path' {
            break
        }
        'redops;config;help;help' {
            break
        }
        'redops;audit' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'List the destructive actions recorded in the audit log, newest last')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put back what one audited action removed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;audit;show' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only actions newer than this (e.g. 1h, 30m)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;audit;restore' {
            [CompletionResult]::new('--to-stream', '--to-stream', [CompletionResultType]::ParameterName, 'Stream to re-add acknowledged or moved stream entries to (required for those)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;audit;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'List the destructive actions recorded in the audit log, newest last')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put back what one audited action removed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;audit;help;show' {
            break
        }
        'redops;audit;help;restore' {
            break
        }
        'redops;audit;help;help' {
            break
        }
        'redops;sentinel' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether Sentinel itself is healthy: each primary, its replicas, what each sentinel reports')
            [CompletionResult]::new('failover', 'failover', [CompletionResultType]::ParameterValue, 'Fail the primary over to a replica (SENTINEL FAILOVER), and wait for the new primary')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;sentinel;status' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;sentinel;failover' {
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long to wait for the new primary (500ms, 30s, 2m)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;sentinel;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether Sentinel itself is healthy: each primary, its replicas, what each sentinel reports')
            [CompletionResult]::new('failover', 'failover', [CompletionResultType]::ParameterValue, 'Fail the primary over to a replica (SENTINEL FAILOVER), and wait for the new primary')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;sentinel;help;status' {
            break
        }
        'redops;sentinel;help;failover' {
            break
        }
        'redops;sentinel;help;help' {
            break
        }
        'redops;completions' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'A named target from the config file (url, TLS files, key patterns, read_only)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file with the profiles')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: table for humans, json (one document), ndjson (one object a line)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-command response timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Connection timeout (500ms, 2s, 1m)')
            [CompletionResult]::new('--tls-ca', '--tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for rediss:// instead of the system roots')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for rediss:// servers that require one')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the client certificate')
            [CompletionResult]::new('--audit-log', '--audit-log', [CompletionResultType]::ParameterName, 'Where destructive actions are recorded (JSON Lines)')
            [CompletionResult]::new('--sentinel', '--sentinel', [CompletionResultType]::ParameterName, 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)')
            [CompletionResult]::new('--master', '--master', [CompletionResultType]::ParameterName, 'The name the sentinels monitor the primary under')
            [CompletionResult]::new('--sentinel-user', '--sentinel-user', [CompletionResultType]::ParameterName, 'ACL user for the sentinels (not the data nodes)')
            [CompletionResult]::new('--sentinel-tls-ca', '--sentinel-tls-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the sentinels'' TLS')
            [CompletionResult]::new('--sentinel-tls-cert', '--sentinel-tls-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for the sentinels')
            [CompletionResult]::new('--sentinel-tls-key', '--sentinel-tls-key', [CompletionResultType]::ParameterName, 'Private key (PEM) of the sentinels'' client certificate')
            [CompletionResult]::new('--cluster', '--cluster', [CompletionResultType]::ParameterName, 'Treat the server as a Redis Cluster (default: detect it)')
            [CompletionResult]::new('--no-cluster', '--no-cluster', [CompletionResultType]::ParameterName, 'Treat the server as standalone even if cluster mode is enabled')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without a prompt')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a destructive command would change, and change nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or hints on stderr')
            [CompletionResult]::new('--sentinel-tls', '--sentinel-tls', [CompletionResultType]::ParameterName, 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'redops;help' {
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Start a throwaway Redis with a realistic fintech keyspace and tour redops on it')
            [CompletionResult]::new('ping', 'ping', [CompletionResultType]::ParameterValue, 'Check connectivity: server version, role, topology and round-trip time')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'See and end trading sessions (sessions:user:{user}), per user and across the platform')
            [CompletionResult]::new('ratelimit', 'ratelimit', [CompletionResultType]::ParameterValue, 'See sliding-window rate limits as the limiter sees them; clear a user''s window safely')
            [CompletionResult]::new('leaderboard', 'leaderboard', [CompletionResultType]::ParameterValue, 'Copy-trading leaderboards: top traders with metadata, a trader''s rank, every board')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Inspect and safely release distributed locks (lock:{resource})')
            [CompletionResult]::new('stream', 'stream', [CompletionResultType]::ParameterValue, 'Stream queues: consumer groups, pending entries, reclaim, dead-letter and acknowledge')
            [CompletionResult]::new('memory', 'memory', [CompletionResultType]::ParameterValue, 'Where memory goes (per type, biggest keys, key groups), key sizes, eviction policy')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Smoke-check a Redis for CI: reachable, configured for this workload, nothing stuck')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the config file''s location and the effective settings with their sources')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read the audit log of destructive actions, and put back what one removed')
            [CompletionResult]::new('sentinel', 'sentinel', [CompletionResultType]::ParameterValue, 'Redis Sentinel: is it healthy (status), and fail a primary over (failover)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions to stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'redops;help;demo' {
            break
        }
        'redops;help;ping' {
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
        'redops;help;ratelimit' {
            [CompletionResult]::new('probe', 'probe', [CompletionResultType]::ParameterValue, 'Show one user''s sliding window as the limiter''s next attempt would see it, changing nothing')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'Users of one category closest to or over their limit right now, across every primary')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Clear one user''s window for a category (a customer blocked by a bug)')
            break
        }
        'redops;help;ratelimit;probe' {
            break
        }
        'redops;help;ratelimit;top' {
            break
        }
        'redops;help;ratelimit;reset' {
            break
        }
        'redops;help;leaderboard' {
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'The top traders of a board with their name and followers, in two round trips')
            [CompletionResult]::new('rank', 'rank', [CompletionResultType]::ParameterValue, 'One trader''s rank, score and percentile on a board, in one round trip')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every board that exists (SCAN leaderboard:*), with member counts, score range and TTL')
            break
        }
        'redops;help;leaderboard;top' {
            break
        }
        'redops;help;leaderboard;rank' {
            break
        }
        'redops;help;leaderboard;list' {
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
        'redops;help;stream' {
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Consumer groups of a stream (or of every stream): pending, lag, and dead consumers')
            [CompletionResult]::new('pending', 'pending', [CompletionResultType]::ParameterValue, 'Entries of a group that were delivered but never acknowledged')
            [CompletionResult]::new('reclaim', 'reclaim', [CompletionResultType]::ParameterValue, 'Move idle pending entries to a live consumer, or dead-letter the poisoned ones')
            [CompletionResult]::new('ack', 'ack', [CompletionResultType]::ParameterValue, 'Acknowledge pending entries (exact ids, one consumer''s, or those matching filters)')
            break
        }
        'redops;help;stream;groups' {
            break
        }
        'redops;help;stream;pending' {
            break
        }
        'redops;help;stream;reclaim' {
            break
        }
        'redops;help;stream;ack' {
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
        'redops;help;check' {
            break
        }
        'redops;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the effective settings and where each came from (password redacted)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the location of the config file')
            break
        }
        'redops;help;config;show' {
            break
        }
        'redops;help;config;path' {
            break
        }
        'redops;help;audit' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'List the destructive actions recorded in the audit log, newest last')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put back what one audited action removed')
            break
        }
        'redops;help;audit;show' {
            break
        }
        'redops;help;audit;restore' {
            break
        }
        'redops;help;sentinel' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Whether Sentinel itself is healthy: each primary, its replicas, what each sentinel reports')
            [CompletionResult]::new('failover', 'failover', [CompletionResultType]::ParameterValue, 'Fail the primary over to a replica (SENTINEL FAILOVER), and wait for the new primary')
            break
        }
        'redops;help;sentinel;status' {
            break
        }
        'redops;help;sentinel;failover' {
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
