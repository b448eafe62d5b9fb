
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
            cand session 'See and end trading sessions (sessions:user:{user}), per user and across the platform'
            cand completions 'Print shell completions to stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;ping'= {
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
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
        &'redops;session'= {
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
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
            cand list 'List trading sessions of one user, or across the platform with filters'
            cand kill 'End sessions: chosen ones, all of a user''s, or every session from an IP range or device'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;session;list'= {
            cand --user 'Only this user''s sessions (the key sessions:user:{ID}), in one round trip'
            cand --ip 'Only sessions whose ip_address is this address or inside this CIDR (10.1.0.0/16)'
            cand --device 'Only sessions of this device_type (web, mobile, desktop; case-insensitive)'
            cand --idle-over 'Last activity longer ago than this (e.g. 30m, 12h), by the server''s clock'
            cand --active-within 'Last activity within this long (e.g. 5m), by the server''s clock'
            cand --over-limit 'Only users holding more than N sessions (with --summary: the limit counted against)'
            cand --scan-count 'Keys per SCAN call when listing across the platform'
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --summary 'Counts instead of rows: users, sessions, by device, users over the limit, hashes without TTL'
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
        &'redops;session;kill'= {
            cand --user 'The user whose sessions end (required with --session and --all)'
            cand --session 'End exactly these sessions of --user (session ids, the hash fields)'
            cand --ip 'Only sessions whose ip_address is this address or inside this CIDR (10.1.0.0/16)'
            cand --device 'Only sessions of this device_type (web, mobile, desktop; case-insensitive)'
            cand --scan-count 'Keys per SCAN call when matching across the platform'
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
            cand -o 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --output 'Output format: table for humans, json (one document), ndjson (one object a line)'
            cand --timeout 'Per-command response timeout (500ms, 2s, 1m)'
            cand --connect-timeout 'Connection timeout (500ms, 2s, 1m)'
            cand --tls-ca 'CA certificate (PEM) to trust for rediss:// instead of the system roots'
            cand --tls-cert 'Client certificate (PEM) for rediss:// servers that require one'
            cand --tls-key 'Private key (PEM) of the client certificate'
            cand --audit-log 'Where destructive actions are recorded (JSON Lines)'
            cand --all 'End every session of --user'
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
        &'redops;session;help'= {
            cand list 'List trading sessions of one user, or across the platform with filters'
            cand kill 'End sessions: chosen ones, all of a user''s, or every session from an IP range or device'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;session;help;list'= {
        }
        &'redops;session;help;kill'= {
        }
        &'redops;session;help;help'= {
        }
        &'redops;completions'= {
            cand -u 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --url 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL'
            cand --profile 'A named target from the config file (url, TLS files, key patterns, read_only)'
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
            cand session 'See and end trading sessions (sessions:user:{user}), per user and across the platform'
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
        &'redops;help;session'= {
            cand list 'List trading sessions of one user, or across the platform with filters'
            cand kill 'End sessions: chosen ones, all of a user''s, or every session from an IP range or device'
        }
        &'redops;help;session;list'= {
        }
        &'redops;help;session;kill'= {
        }
        &'redops;help;completions'= {
        }
        &'redops;help;help'= {
        }
    ]
    $completions[$command]
}
