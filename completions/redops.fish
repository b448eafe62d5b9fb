# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_redops_global_optspecs
    string join \n u/url= profile= o/output= timeout= connect-timeout= tls-ca= tls-cert= tls-key= cluster no-cluster y/yes dry-run no-color q/quiet audit-log= h/help V/version
end

function __fish_redops_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_redops_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_redops_using_subcommand
    set -l cmd (__fish_redops_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c redops -n "__fish_redops_needs_command" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_needs_command" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_needs_command" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_needs_command" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_needs_command" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_needs_command" -l tls-ca -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots' -r -F
complete -c redops -n "__fish_redops_needs_command" -l tls-cert -d 'Client certificate (PEM) for rediss:// servers that require one' -r -F
complete -c redops -n "__fish_redops_needs_command" -l tls-key -d 'Private key (PEM) of the client certificate' -r -F
complete -c redops -n "__fish_redops_needs_command" -l audit-log -d 'Where destructive actions are recorded (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_needs_command" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_needs_command" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_needs_command" -s y -l yes -d 'Confirm destructive actions without a prompt'
complete -c redops -n "__fish_redops_needs_command" -l dry-run -d 'Show exactly what a destructive command would change, and change nothing'
complete -c redops -n "__fish_redops_needs_command" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_needs_command" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c redops -n "__fish_redops_needs_command" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_needs_command" -f -a "ping" -d 'Check connectivity: server version, role, topology and round-trip time'
complete -c redops -n "__fish_redops_needs_command" -f -a "lock" -d 'Inspect and safely release distributed locks (lock:{resource})'
complete -c redops -n "__fish_redops_needs_command" -f -a "memory" -d 'Where memory goes (per type, biggest keys, key groups), key sizes, eviction policy'
complete -c redops -n "__fish_redops_needs_command" -f -a "completions" -d 'Print shell completions to stdout'
complete -c redops -n "__fish_redops_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand ping" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand ping" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand ping" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand ping" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand ping" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand ping" -l tls-ca -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots' -r -F
complete -c redops -n "__fish_redops_using_subcommand ping" -l tls-cert -d 'Client certificate (PEM) for rediss:// servers that require one' -r -F
complete -c redops -n "__fish_redops_using_subcommand ping" -l tls-key -d 'Private key (PEM) of the client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand ping" -l audit-log -d 'Where destructive actions are recorded (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ping" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand ping" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand ping" -s y -l yes -d 'Confirm destructive actions without a prompt'
complete -c redops -n "__fish_redops_using_subcommand ping" -l dry-run -d 'Show exactly what a destructive command would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand ping" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand ping" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand ping" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c redops -n "__fish_redops_using_subcommand ping" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l tls-ca -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l tls-cert -d 'Client certificate (PEM) for rediss:// servers that require one' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l tls-key -d 'Private key (PEM) of the client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l audit-log -d 'Where destructive actions are recorded (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -s y -l yes -d 'Confirm destructive actions without a prompt'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l dry-run -d 'Show exactly what a destructive command would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -f -a "inspect" -d 'Show one lock\'s token and remaining TTL, or every lock sorted by remaining TTL'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -f -a "force-release" -d 'Release a lock left by a dead worker, only if its token is still the one seen'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l pattern -d 'Without RESOURCE: only resources matching this glob (e.g. \'withdrawal:*\')' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l scan-count -d 'Keys per SCAN call when listing every lock' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l tls-ca -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l tls-cert -d 'Client certificate (PEM) for rediss:// servers that require one' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l tls-key -d 'Private key (PEM) of the client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l audit-log -d 'Where destructive actions are recorded (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -s y -l yes -d 'Confirm destructive actions without a prompt'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l dry-run -d 'Show exactly what a destructive command would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l token -d 'Release only if the lock holds exactly this token' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l token-hex -d 'Like --token, for a token that is not UTF-8, given as hex' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l tls-ca -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l tls-cert -d 'Client certificate (PEM) for rediss:// servers that require one' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l tls-key -d 'Private key (PEM) of the client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l audit-log -d 'Where destructive actions are recorded (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -s y -l yes -d 'Confirm destructive actions without a prompt'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l dry-run -d 'Show exactly what a destructive command would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show one lock\'s token and remaining TTL, or every lock sorted by remaining TTL'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "force-release" -d 'Release a lock left by a dead worker, only if its token is still the one seen'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l tls-ca -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l tls-cert -d 'Client certificate (PEM) for rediss:// servers that require one' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l tls-key -d 'Private key (PEM) of the client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l audit-log -d 'Where destructive actions are recorded (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -s y -l yes -d 'Confirm destructive actions without a prompt'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l dry-run -d 'Show exactly what a destructive command would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -f -a "bigkeys" -d 'Where the memory goes: per type, biggest keys, key groups, keys without TTL, sizes'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -f -a "usage" -d 'Bytes, type, elements, TTL and encoding of the named keys'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -f -a "policy" -d 'maxmemory, eviction policy, fragmentation, evictions and LFU settings of every primary'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l pattern -d 'Only keys matching this glob (SCAN MATCH), e.g. \'sessions:*\'' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l type -d 'Only keys of this type (SCAN TYPE): string, hash, list, set, zset, stream' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l top -d 'How many of the biggest keys to list' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l groups -d 'How many key groups to list; the rest are folded into one "(other)" row' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l samples -d 'MEMORY USAGE SAMPLES for aggregate values (0 = every element; default: the server\'s, 5)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l scan-count -d 'Keys per SCAN call (and per read of type, memory, elements and TTL)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l max-rate -d 'Throttle: read at most this many keys a second, over all nodes together' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l sleep -d 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l read-method -d 'How keys are read: one Lua script call per batch, or two pipelines per batch' -r -f -a "lua\t'One EVALSHA per batch'
pipeline\t'TYPE + MEMORY USAGE + PTTL, then the length commands: two pipelines per batch'"
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l tls-ca -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l tls-cert -d 'Client certificate (PEM) for rediss:// servers that require one' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l tls-key -d 'Private key (PEM) of the client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l audit-log -d 'Where destructive actions are recorded (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l replicas -d 'Read from one online replica of each primary instead of the primary, where there is one'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -s y -l yes -d 'Confirm destructive actions without a prompt'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l dry-run -d 'Show exactly what a destructive command would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l samples -d 'MEMORY USAGE SAMPLES for aggregate values (0 = every element; default: the server\'s, 5)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l tls-ca -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l tls-cert -d 'Client certificate (PEM) for rediss:// servers that require one' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l tls-key -d 'Private key (PEM) of the client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l audit-log -d 'Where destructive actions are recorded (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -s y -l yes -d 'Confirm destructive actions without a prompt'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l dry-run -d 'Show exactly what a destructive command would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l tls-ca -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l tls-cert -d 'Client certificate (PEM) for rediss:// servers that require one' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l tls-key -d 'Private key (PEM) of the client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l audit-log -d 'Where destructive actions are recorded (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -s y -l yes -d 'Confirm destructive actions without a prompt'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l dry-run -d 'Show exactly what a destructive command would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from help" -f -a "bigkeys" -d 'Where the memory goes: per type, biggest keys, key groups, keys without TTL, sizes'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from help" -f -a "usage" -d 'Bytes, type, elements, TTL and encoding of the named keys'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from help" -f -a "policy" -d 'maxmemory, eviction policy, fragmentation, evictions and LFU settings of every primary'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand completions" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand completions" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand completions" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand completions" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand completions" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand completions" -l tls-ca -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots' -r -F
complete -c redops -n "__fish_redops_using_subcommand completions" -l tls-cert -d 'Client certificate (PEM) for rediss:// servers that require one' -r -F
complete -c redops -n "__fish_redops_using_subcommand completions" -l tls-key -d 'Private key (PEM) of the client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand completions" -l audit-log -d 'Where destructive actions are recorded (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand completions" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand completions" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand completions" -s y -l yes -d 'Confirm destructive actions without a prompt'
complete -c redops -n "__fish_redops_using_subcommand completions" -l dry-run -d 'Show exactly what a destructive command would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand completions" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand completions" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c redops -n "__fish_redops_using_subcommand completions" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from ping lock memory completions help" -f -a "ping" -d 'Check connectivity: server version, role, topology and round-trip time'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from ping lock memory completions help" -f -a "lock" -d 'Inspect and safely release distributed locks (lock:{resource})'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from ping lock memory completions help" -f -a "memory" -d 'Where memory goes (per type, biggest keys, key groups), key sizes, eviction policy'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from ping lock memory completions help" -f -a "completions" -d 'Print shell completions to stdout'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from ping lock memory completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from lock" -f -a "inspect" -d 'Show one lock\'s token and remaining TTL, or every lock sorted by remaining TTL'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from lock" -f -a "force-release" -d 'Release a lock left by a dead worker, only if its token is still the one seen'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from memory" -f -a "bigkeys" -d 'Where the memory goes: per type, biggest keys, key groups, keys without TTL, sizes'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from memory" -f -a "usage" -d 'Bytes, type, elements, TTL and encoding of the named keys'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from memory" -f -a "policy" -d 'maxmemory, eviction policy, fragmentation, evictions and LFU settings of every primary'
