
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
            cand memory 'Where memory goes (per type, biggest keys, key groups), key sizes, eviction policy'
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
        &'redops;memory'= {
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
            cand bigkeys 'Where the memory goes: per type, biggest keys, key groups, keys without TTL, sizes'
            cand usage 'Bytes, type, elements, TTL and encoding of the named keys'
            cand policy 'maxmemory, eviction policy, fragmentation, evictions and LFU settings of every primary'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;memory;bigkeys'= {
            cand --pattern 'Only keys matching this glob (SCAN MATCH), e.g. ''sessions:*'''
            cand --type 'Only keys of this type (SCAN TYPE): string, hash, list, set, zset, stream'
            cand --top 'How many of the biggest keys to list'
            cand --groups 'How many key groups to list; the rest are folded into one "(other)" row'
            cand --samples 'MEMORY USAGE SAMPLES for aggregate values (0 = every element; default: the server''s, 5)'
            cand --scan-count 'Keys per SCAN call (and per read of type, memory, elements and TTL)'
            cand --max-rate 'Throttle: read at most this many keys a second, over all nodes together'
            cand --sleep 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)'
            cand --read-method 'How keys are read: one Lua script call per batch, or two pipelines per batch'
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
            cand --replicas 'Read from one online replica of each primary instead of the primary, where there is one'
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
        &'redops;memory;usage'= {
            cand --samples 'MEMORY USAGE SAMPLES for aggregate values (0 = every element; default: the server''s, 5)'
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
        &'redops;memory;policy'= {
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
        &'redops;memory;help'= {
            cand bigkeys 'Where the memory goes: per type, biggest keys, key groups, keys without TTL, sizes'
            cand usage 'Bytes, type, elements, TTL and encoding of the named keys'
            cand policy 'maxmemory, eviction policy, fragmentation, evictions and LFU settings of every primary'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'redops;memory;help;bigkeys'= {
        }
        &'redops;memory;help;usage'= {
        }
        &'redops;memory;help;policy'= {
        }
        &'redops;memory;help;help'= {
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
            cand memory 'Where memory goes (per type, biggest keys, key groups), key sizes, eviction policy'
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
        &'redops;help;memory'= {
            cand bigkeys 'Where the memory goes: per type, biggest keys, key groups, keys without TTL, sizes'
            cand usage 'Bytes, type, elements, TTL and encoding of the named keys'
            cand policy 'maxmemory, eviction policy, fragmentation, evictions and LFU settings of every primary'
        }
        &'redops;help;memory;bigkeys'= {
        }
        &'redops;help;memory;usage'= {
        }
        &'redops;help;memory;policy'= {
        }
        &'redops;help;completions'= {
        }
        &'redops;help;help'= {
        }
    ]
    $completions[$command]
}
