
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
            cand ratelimit 'See sliding-window rate limits as the limiter sees them; clear a user''s window safely'
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
        &'redops;ratelimit'= {
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
            cand probe 'Show one user''s sliding window as the limiter''s next attempt would see it, changing nothing'
            cand top 'Users of one category closest to or over their limit right now, across every primary'
            cand reset 'Clear one user''s window for a category (a customer blocked by a bug)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;ratelimit;probe'= {
            cand --category 'Endpoint category, e.g. deposit, withdrawal, kyc_check, card_token'
            cand --user 'User id, as in ratelimit:{CATEGORY}:user:{USER}'
            cand --key 'The rate-limit key itself, instead of --category and --user'
            cand --limit 'Attempts allowed per window, instead of the category''s policy'
            cand --window 'Window length, instead of the category''s policy (500ms, 2s, 1m)'
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
        &'redops;ratelimit;top'= {
            cand --category 'Endpoint category whose users to rank, e.g. withdrawal'
            cand --count 'How many users to show'
            cand --limit 'Attempts allowed per window, instead of the category''s policy'
            cand --window 'Window length, instead of the category''s policy (500ms, 2s, 1m)'
            cand --scan-count 'Keys per SCAN call'
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
        &'redops;ratelimit;reset'= {
            cand --category 'Endpoint category, e.g. deposit, withdrawal, kyc_check, card_token'
            cand --user 'User id, as in ratelimit:{CATEGORY}:user:{USER}'
            cand --key 'The rate-limit key itself, instead of --category and --user'
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
        &'redops;ratelimit;help'= {
            cand probe 'Show one user''s sliding window as the limiter''s next attempt would see it, changing nothing'
            cand top 'Users of one category closest to or over their limit right now, across every primary'
            cand reset 'Clear one user''s window for a category (a customer blocked by a bug)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;ratelimit;help;probe'= {
        }
        &'redops;ratelimit;help;top'= {
        }
        &'redops;ratelimit;help;reset'= {
        }
        &'redops;ratelimit;help;help'= {
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
            cand ratelimit 'See sliding-window rate limits as the limiter sees them; clear a user''s window safely'
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
        &'redops;help;ratelimit'= {
            cand probe 'Show one user''s sliding window as the limiter''s next attempt would see it, changing nothing'
            cand top 'Users of one category closest to or over their limit right now, across every primary'
            cand reset 'Clear one user''s window for a category (a customer blocked by a bug)'
        }
        &'redops;help;ratelimit;probe'= {
        }
        &'redops;help;ratelimit;top'= {
        }
        &'redops;help;ratelimit;reset'= {
        }
        &'redops;help;completions'= {
        }
        &'redops;help;help'= {
        }
    ]
    $completions[$command]
}
