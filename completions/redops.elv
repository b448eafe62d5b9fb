
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
            cand stream 'Stream queues: consumer groups, pending entries, reclaim, dead-letter and acknowledge'
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
        &'redops;stream'= {
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
            cand groups 'Consumer groups of a stream (or of every stream): pending, lag, and dead consumers'
            cand pending 'Entries of a group that were delivered but never acknowledged'
            cand reclaim 'Move idle pending entries to a live consumer, or dead-letter the poisoned ones'
            cand ack 'Acknowledge pending entries (exact ids, one consumer''s, or those matching filters)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;stream;groups'= {
            cand --dead-after 'A consumer idle longer than this and still holding entries is reported dead'
            cand --scan-count 'Keys per SCAN call when listing every stream'
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
            cand --fail-if-dead 'Exit 1 when a dead consumer is found (for checks and alerts)'
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
        &'redops;stream;pending'= {
            cand -g 'The consumer group'
            cand --group 'The consumer group'
            cand --consumer 'Only entries pending on this consumer'
            cand --min-idle 'Only entries idle (not delivered) for at least this long (30s, 5m, 1h)'
            cand --min-deliveries 'Only entries delivered at least this many times'
            cand --count 'At most this many entries (oldest first)'
            cand --page-size 'Pending entries read per XPENDING call'
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
            cand --detail 'List the entries (id, consumer, idle, deliveries), not only the summary'
            cand --payload 'Include each entry''s fields (implies --detail)'
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
        &'redops;stream;reclaim'= {
            cand -g 'The consumer group'
            cand --group 'The consumer group'
            cand --to 'The live consumer that gets the entries'
            cand --min-idle 'Only entries idle at least this long (checked again, atomically, when claiming)'
            cand --from 'Only entries pending on this (dead) consumer'
            cand --count 'At most this many entries (oldest first)'
            cand --id 'Exactly these entry ids (each must be pending and idle at least --min-idle)'
            cand --dead-letter 'Dead-letter stream for entries delivered --max-deliveries times or more'
            cand --max-deliveries 'Entries delivered this many times or more go to --dead-letter instead of --to'
            cand --page-size 'Pending entries read per XPENDING call and claimed per script'
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
        &'redops;stream;ack'= {
            cand -g 'The consumer group'
            cand --group 'The consumer group'
            cand --consumer 'Only entries pending on this consumer'
            cand --min-idle 'Only entries idle (not delivered) for at least this long (30s, 5m, 1h)'
            cand --min-deliveries 'Only entries delivered at least this many times'
            cand --count 'At most this many entries (oldest first)'
            cand --page-size 'Pending entries read per XPENDING call'
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
        &'redops;stream;help'= {
            cand groups 'Consumer groups of a stream (or of every stream): pending, lag, and dead consumers'
            cand pending 'Entries of a group that were delivered but never acknowledged'
            cand reclaim 'Move idle pending entries to a live consumer, or dead-letter the poisoned ones'
            cand ack 'Acknowledge pending entries (exact ids, one consumer''s, or those matching filters)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;stream;help;groups'= {
        }
        &'redops;stream;help;pending'= {
        }
        &'redops;stream;help;reclaim'= {
        }
        &'redops;stream;help;ack'= {
        }
        &'redops;stream;help;help'= {
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
            cand stream 'Stream queues: consumer groups, pending entries, reclaim, dead-letter and acknowledge'
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
        &'redops;help;stream'= {
            cand groups 'Consumer groups of a stream (or of every stream): pending, lag, and dead consumers'
            cand pending 'Entries of a group that were delivered but never acknowledged'
            cand reclaim 'Move idle pending entries to a live consumer, or dead-letter the poisoned ones'
            cand ack 'Acknowledge pending entries (exact ids, one consumer''s, or those matching filters)'
        }
        &'redops;help;stream;groups'= {
        }
        &'redops;help;stream;pending'= {
        }
        &'redops;help;stream;reclaim'= {
        }
        &'redops;help;stream;ack'= {
        }
        &'redops;help;completions'= {
        }
        &'redops;help;help'= {
        }
    ]
    $completions[$command]
}
