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
complete -c redops -n "__fish_redops_needs_command" -f -a "session" -d 'See and end trading sessions (sessions:user:{user}), per user and across the platform'
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
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l tls-ca -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l tls-cert -d 'Client certificate (PEM) for rediss:// servers that require one' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l tls-key -d 'Private key (PEM) of the client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l audit-log -d 'Where destructive actions are recorded (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -s y -l yes -d 'Confirm destructive actions without a prompt'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l dry-run -d 'Show exactly what a destructive command would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -f -a "list" -d 'List trading sessions of one user, or across the platform with filters'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -f -a "kill" -d 'End sessions: chosen ones, all of a user\'s, or every session from an IP range or device'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l user -d 'Only this user\'s sessions (the key sessions:user:{ID}), in one round trip' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l ip -d 'Only sessions whose ip_address is this address or inside this CIDR (10.1.0.0/16)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l device -d 'Only sessions of this device_type (web, mobile, desktop; case-insensitive)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l idle-over -d 'Last activity longer ago than this (e.g. 30m, 12h), by the server\'s clock' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l active-within -d 'Last activity within this long (e.g. 5m), by the server\'s clock' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l over-limit -d 'Only users holding more than N sessions (with --summary: the limit counted against)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l scan-count -d 'Keys per SCAN call when listing across the platform' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l tls-ca -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l tls-cert -d 'Client certificate (PEM) for rediss:// servers that require one' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l tls-key -d 'Private key (PEM) of the client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l audit-log -d 'Where destructive actions are recorded (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l summary -d 'Counts instead of rows: users, sessions, by device, users over the limit, hashes without TTL'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without a prompt'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l dry-run -d 'Show exactly what a destructive command would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l user -d 'The user whose sessions end (required with --session and --all)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l session -d 'End exactly these sessions of --user (session ids, the hash fields)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l ip -d 'Only sessions whose ip_address is this address or inside this CIDR (10.1.0.0/16)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l device -d 'Only sessions of this device_type (web, mobile, desktop; case-insensitive)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l scan-count -d 'Keys per SCAN call when matching across the platform' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l tls-ca -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l tls-cert -d 'Client certificate (PEM) for rediss:// servers that require one' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l tls-key -d 'Private key (PEM) of the client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l audit-log -d 'Where destructive actions are recorded (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l all -d 'End every session of --user'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -s y -l yes -d 'Confirm destructive actions without a prompt'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l dry-run -d 'Show exactly what a destructive command would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "list" -d 'List trading sessions of one user, or across the platform with filters'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "kill" -d 'End sessions: chosen ones, all of a user\'s, or every session from an IP range or device'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from ping lock session completions help" -f -a "ping" -d 'Check connectivity: server version, role, topology and round-trip time'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from ping lock session completions help" -f -a "lock" -d 'Inspect and safely release distributed locks (lock:{resource})'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from ping lock session completions help" -f -a "session" -d 'See and end trading sessions (sessions:user:{user}), per user and across the platform'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from ping lock session completions help" -f -a "completions" -d 'Print shell completions to stdout'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from ping lock session completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from lock" -f -a "inspect" -d 'Show one lock\'s token and remaining TTL, or every lock sorted by remaining TTL'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from lock" -f -a "force-release" -d 'Release a lock left by a dead worker, only if its token is still the one seen'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "list" -d 'List trading sessions of one user, or across the platform with filters'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "kill" -d 'End sessions: chosen ones, all of a user\'s, or every session from an IP range or device'
