
use builtin;
use str;

set edit:completion:arg-completer[redops] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'redops'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'redops'= {
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand --config 'The config file with the profiles'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --cluster 'Treat the server as a Redis Cluster (default: detect it)'
            cand --no-cluster 'Treat the server as standalone even if cluster mode is enabled'
            cand -y 'Confirm destructive actions without a prompt'
            cand --yes 'Confirm destructive actions without a prompt'
            cand --dry-run 'Show exactly what a destructive command would change, and change nothing'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -q 'No progress bars or hints on stderr'
            cand --quiet 'No progress bars or hints on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ping 'Check connectivity: server version, role, topology and round-trip time'
            cand lock 'Inspect and safely release distributed locks (lock:{resource})'
            cand check 'Smoke-check a Redis for CI: reachable, configured for this workload, nothing stuck'
            cand config 'Show the config file''s location and the effective settings with their sources'
            cand audit 'Read the audit log of destructive actions, and put back what one removed'
            cand leaderboard 'Copy-trading leaderboards: top traders with metadata, a trader''s rank, every board'
            cand completions 'Print shell completions to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;ping'= {
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand --config 'The config file with the profiles'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --cluster 'Treat the server as a Redis Cluster (default: detect it)'
            cand --no-cluster 'Treat the server as standalone even if cluster mode is enabled'
            cand -y 'Confirm destructive actions without a prompt'
            cand --yes 'Confirm destructive actions without a prompt'
            cand --dry-run 'Show exactly what a destructive command would change, and change nothing'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -q 'No progress bars or hints on stderr'
            cand --quiet 'No progress bars or hints on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'redops;lock'= {
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand --config 'The config file with the profiles'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --cluster 'Treat the server as a Redis Cluster (default: detect it)'
            cand --no-cluster 'Treat the server as standalone even if cluster mode is enabled'
            cand -y 'Confirm destructive actions without a prompt'
            cand --yes 'Confirm destructive actions without a prompt'
            cand --dry-run 'Show exactly what a destructive command would change, and change nothing'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -q 'No progress bars or hints on stderr'
            cand --quiet 'No progress bars or hints on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand inspect 'Show one lock''s token and remaining TTL, or every lock sorted by remaining TTL'
            cand force-release 'Release a lock left by a dead worker, only if its token is still the one seen'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;lock;inspect'= {
            cand --pattern 'Without RESOURCE: only resources matching this glob (e.g. ''withdrawal:*'')'
            cand --scan-count 'Keys per SCAN call when listing every lock'
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand --config 'The config file with the profiles'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --cluster 'Treat the server as a Redis Cluster (default: detect it)'
            cand --no-cluster 'Treat the server as standalone even if cluster mode is enabled'
            cand -y 'Confirm destructive actions without a prompt'
            cand --yes 'Confirm destructive actions without a prompt'
            cand --dry-run 'Show exactly what a destructive command would change, and change nothing'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -q 'No progress bars or hints on stderr'
            cand --quiet 'No progress bars or hints on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'redops;lock;force-release'= {
            cand --token 'Release only if the lock holds exactly this token'
            cand --token-hex 'Like --token, for a token that is not UTF-8, given as hex'
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand --config 'The config file with the profiles'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --cluster 'Treat the server as a Redis Cluster (default: detect it)'
            cand --no-cluster 'Treat the server as standalone even if cluster mode is enabled'
            cand -y 'Confirm destructive actions without a prompt'
            cand --yes 'Confirm destructive actions without a prompt'
            cand --dry-run 'Show exactly what a destructive command would change, and change nothing'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -q 'No progress bars or hints on stderr'
            cand --quiet 'No progress bars or hints on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'redops;lock;help'= {
            cand inspect 'Show one lock''s token and remaining TTL, or every lock sorted by remaining TTL'
            cand force-release 'Release a lock left by a dead worker, only if its token is still the one seen'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;lock;help;inspect'= {
        }
        &'redops;lock;help;force-release'= {
        }
        &'redops;lock;help;help'= {
        }
        &'redops;check'= {
            cand --checks 'TOML file with thresholds and which checks to run (same keys as the flags, snake_case)'
            cand --format 'Write the result as JUnit XML (one testcase per check) instead of a table or JSON'
            cand --max-rtt 'Fail when the round trip to Redis takes longer (default 50ms)'
            cand --expect 'Expected topology: standalone or cluster (default: either)'
            cand --allowed-policy 'An allowed maxmemory-policy; repeat for several (default allkeys-lfu)'
            cand --max-memory-percent 'Fail when used memory exceeds this percentage of maxmemory (default 90)'
            cand --max-lock-ttl 'Fail when a lock has more than this TTL left (default 5m)'
            cand --max-pending-idle 'Fail when a stream entry has been pending longer than this (default 5m)'
            cand --max-lag 'Fail when a consumer group lags more entries than this behind its stream (default 1000)'
            cand --dead-letter-pattern 'Glob of dead-letter streams (default ''*dead*'')'
            cand --max-dead-letter 'Fail when a dead-letter stream holds more entries than this (default 0)'
            cand --sample 'Keys to visit per node for each scanning check (default 10000); see --full'
            cand --max-key-bytes 'With --bigkeys: fail for a key larger than this many bytes (default 10485760)'
            cand --skip 'Skip a check by name; repeat for several'
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand --config 'The config file with the profiles'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --strict 'Treat warnings as failures (exit 1)'
            cand --full 'Scan the whole keyspace instead of a sample (slower on a large keyspace)'
            cand --bigkeys 'Also look for big keys (scans with MEMORY USAGE; opt-in)'
            cand --cluster 'Treat the server as a Redis Cluster (default: detect it)'
            cand --no-cluster 'Treat the server as standalone even if cluster mode is enabled'
            cand -y 'Confirm destructive actions without a prompt'
            cand --yes 'Confirm destructive actions without a prompt'
            cand --dry-run 'Show exactly what a destructive command would change, and change nothing'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -q 'No progress bars or hints on stderr'
            cand --quiet 'No progress bars or hints on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'redops;config'= {
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand --config 'The config file with the profiles'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --cluster 'Treat the server as a Redis Cluster (default: detect it)'
            cand --no-cluster 'Treat the server as standalone even if cluster mode is enabled'
            cand -y 'Confirm destructive actions without a prompt'
            cand --yes 'Confirm destructive actions without a prompt'
            cand --dry-run 'Show exactly what a destructive command would change, and change nothing'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -q 'No progress bars or hints on stderr'
            cand --quiet 'No progress bars or hints on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print the effective settings and where each came from (password redacted)'
            cand path 'Print the location of the config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;config;show'= {
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand --config 'The config file with the profiles'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --cluster 'Treat the server as a Redis Cluster (default: detect it)'
            cand --no-cluster 'Treat the server as standalone even if cluster mode is enabled'
            cand -y 'Confirm destructive actions without a prompt'
            cand --yes 'Confirm destructive actions without a prompt'
            cand --dry-run 'Show exactly what a destructive command would change, and change nothing'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -q 'No progress bars or hints on stderr'
            cand --quiet 'No progress bars or hints on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'redops;config;path'= {
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand --config 'The config file with the profiles'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --cluster 'Treat the server as a Redis Cluster (default: detect it)'
            cand --no-cluster 'Treat the server as standalone even if cluster mode is enabled'
            cand -y 'Confirm destructive actions without a prompt'
            cand --yes 'Confirm destructive actions without a prompt'
            cand --dry-run 'Show exactly what a destructive command would change, and change nothing'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -q 'No progress bars or hints on stderr'
            cand --quiet 'No progress bars or hints on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'redops;config;help'= {
            cand show 'Print the effective settings and where each came from (password redacted)'
            cand path 'Print the location of the config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;config;help;show'= {
        }
        &'redops;config;help;path'= {
        }
        &'redops;config;help;help'= {
        }
        &'redops;audit'= {
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand --config 'The config file with the profiles'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --cluster 'Treat the server as a Redis Cluster (default: detect it)'
            cand --no-cluster 'Treat the server as standalone even if cluster mode is enabled'
            cand -y 'Confirm destructive actions without a prompt'
            cand --yes 'Confirm destructive actions without a prompt'
            cand --dry-run 'Show exactly what a destructive command would change, and change nothing'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -q 'No progress bars or hints on stderr'
            cand --quiet 'No progress bars or hints on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'List the destructive actions recorded in the audit log, newest last'
            cand restore 'Put back what one audited action removed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;audit;show'= {
            cand --since 'Only actions newer than this (e.g. 1h, 30m)'
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand --config 'The config file with the profiles'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --cluster 'Treat the server as a Redis Cluster (default: detect it)'
            cand --no-cluster 'Treat the server as standalone even if cluster mode is enabled'
            cand -y 'Confirm destructive actions without a prompt'
            cand --yes 'Confirm destructive actions without a prompt'
            cand --dry-run 'Show exactly what a destructive command would change, and change nothing'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -q 'No progress bars or hints on stderr'
            cand --quiet 'No progress bars or hints on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'redops;audit;restore'= {
            cand --to-stream 'Stream to re-add acknowledged or moved stream entries to (required for those)'
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand --config 'The config file with the profiles'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --cluster 'Treat the server as a Redis Cluster (default: detect it)'
            cand --no-cluster 'Treat the server as standalone even if cluster mode is enabled'
            cand -y 'Confirm destructive actions without a prompt'
            cand --yes 'Confirm destructive actions without a prompt'
            cand --dry-run 'Show exactly what a destructive command would change, and change nothing'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -q 'No progress bars or hints on stderr'
            cand --quiet 'No progress bars or hints on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'redops;audit;help'= {
            cand show 'List the destructive actions recorded in the audit log, newest last'
            cand restore 'Put back what one audited action removed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;audit;help;show'= {
        }
        &'redops;audit;help;restore'= {
        }
        &'redops;audit;help;help'= {
        }
        &'redops;leaderboard'= {
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand --config 'The config file with the profiles'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --cluster 'Treat the server as a Redis Cluster (default: detect it)'
            cand --no-cluster 'Treat the server as standalone even if cluster mode is enabled'
            cand -y 'Confirm destructive actions without a prompt'
            cand --yes 'Confirm destructive actions without a prompt'
            cand --dry-run 'Show exactly what a destructive command would change, and change nothing'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -q 'No progress bars or hints on stderr'
            cand --quiet 'No progress bars or hints on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand top 'The top traders of a board with their name and followers, in two round trips'
            cand rank 'One trader''s rank, score and percentile on a board, in one round trip'
            cand list 'Every board that exists (SCAN leaderboard:*), with member counts, score range and TTL'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;leaderboard;top'= {
            cand --period 'Board period, the {period} of leaderboard:{period}:{month}'
            cand --month 'Board month as YYYY-MM (default: the current month, UTC)'
            cand --key 'Read this sorted set instead of leaderboard:{period}:{month}'
            cand -n 'How many traders to show'
            cand --count 'How many traders to show'
            cand --offset 'Skip this many traders from the top (--offset 50 shows ranks 51..)'
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand --config 'The config file with the profiles'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --no-meta 'Do not read trader metadata (one round trip instead of two)'
            cand --cluster 'Treat the server as a Redis Cluster (default: detect it)'
            cand --no-cluster 'Treat the server as standalone even if cluster mode is enabled'
            cand -y 'Confirm destructive actions without a prompt'
            cand --yes 'Confirm destructive actions without a prompt'
            cand --dry-run 'Show exactly what a destructive command would change, and change nothing'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -q 'No progress bars or hints on stderr'
            cand --quiet 'No progress bars or hints on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'redops;leaderboard;rank'= {
            cand --member-hex 'Like MEMBER, for a member that is not UTF-8, given as hex'
            cand --period 'Board period, the {period} of leaderboard:{period}:{month}'
            cand --month 'Board month as YYYY-MM (default: the current month, UTC)'
            cand --key 'Read this sorted set instead of leaderboard:{period}:{month}'
            cand --around 'Also show the N traders above and below, with their metadata'
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand --config 'The config file with the profiles'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --cluster 'Treat the server as a Redis Cluster (default: detect it)'
            cand --no-cluster 'Treat the server as standalone even if cluster mode is enabled'
            cand -y 'Confirm destructive actions without a prompt'
            cand --yes 'Confirm destructive actions without a prompt'
            cand --dry-run 'Show exactly what a destructive command would change, and change nothing'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -q 'No progress bars or hints on stderr'
            cand --quiet 'No progress bars or hints on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'redops;leaderboard;list'= {
            cand --period 'Only boards of this period (e.g. monthly)'
            cand --scan-count 'Keys per SCAN call'
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand --config 'The config file with the profiles'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --cluster 'Treat the server as a Redis Cluster (default: detect it)'
            cand --no-cluster 'Treat the server as standalone even if cluster mode is enabled'
            cand -y 'Confirm destructive actions without a prompt'
            cand --yes 'Confirm destructive actions without a prompt'
            cand --dry-run 'Show exactly what a destructive command would change, and change nothing'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -q 'No progress bars or hints on stderr'
            cand --quiet 'No progress bars or hints on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'redops;leaderboard;help'= {
            cand top 'The top traders of a board with their name and followers, in two round trips'
            cand rank 'One trader''s rank, score and percentile on a board, in one round trip'
            cand list 'Every board that exists (SCAN leaderboard:*), with member counts, score range and TTL'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;leaderboard;help;top'= {
        }
        &'redops;leaderboard;help;rank'= {
        }
        &'redops;leaderboard;help;list'= {
        }
        &'redops;leaderboard;help;help'= {
        }
        &'redops;completions'= {
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand --config 'The config file with the profiles'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --cluster 'Treat the server as a Redis Cluster (default: detect it)'
            cand --no-cluster 'Treat the server as standalone even if cluster mode is enabled'
            cand -y 'Confirm destructive actions without a prompt'
            cand --yes 'Confirm destructive actions without a prompt'
            cand --dry-run 'Show exactly what a destructive command would change, and change nothing'
            cand --no-color 'No colours (also when NO_COLOR is set)'
            cand -q 'No progress bars or hints on stderr'
            cand --quiet 'No progress bars or hints on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'redops;help'= {
            cand ping 'Check connectivity: server version, role, topology and round-trip time'
            cand lock 'Inspect and safely release distributed locks (lock:{resource})'
            cand check 'Smoke-check a Redis for CI: reachable, configured for this workload, nothing stuck'
            cand config 'Show the config file''s location and the effective settings with their sources'
            cand audit 'Read the audit log of destructive actions, and put back what one removed'
            cand leaderboard 'Copy-trading leaderboards: top traders with metadata, a trader''s rank, every board'
            cand completions 'Print shell completions to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;help;ping'= {
        }
        &'redops;help;lock'= {
            cand inspect 'Show one lock''s token and remaining TTL, or every lock sorted by remaining TTL'
            cand force-release 'Release a lock left by a dead worker, only if its token is still the one seen'
        }
        &'redops;help;lock;inspect'= {
        }
        &'redops;help;lock;force-release'= {
        }
        &'redops;help;check'= {
        }
        &'redops;help;config'= {
            cand show 'Print the effective settings and where each came from (password redacted)'
            cand path 'Print the location of the config file'
        }
        &'redops;help;config;show'= {
        }
        &'redops;help;config;path'= {
        }
        &'redops;help;audit'= {
            cand show 'List the destructive actions recorded in the audit log, newest last'
            cand restore 'Put back what one audited action removed'
        }
        &'redops;help;audit;show'= {
        }
        &'redops;help;audit;restore'= {
        }
        &'redops;help;leaderboard'= {
            cand top 'The top traders of a board with their name and followers, in two round trips'
            cand rank 'One trader''s rank, score and percentile on a board, in one round trip'
            cand list 'Every board that exists (SCAN leaderboard:*), with member counts, score range and TTL'
        }
        &'redops;help;leaderboard;top'= {
        }
        &'redops;help;leaderboard;rank'= {
        }
        &'redops;help;leaderboard;list'= {
        }
        &'redops;help;completions'= {
        }
        &'redops;help;help'= {
        }
    ]
    $completions[$command]
}
