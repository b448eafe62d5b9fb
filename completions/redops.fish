# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_redops_global_optspecs
    string join \n u/url= h/host= p/port= a/pass= user= n/db= s/socket= tls profile= config= o/output= timeout= connect-timeout= latency-budget= tls-ca= tls-cert= tls-key= cluster no-cluster no-color q/quiet allow-partial no-touch help tls-insecure redact max-value-bytes= sentinel= master= sentinel-user= sentinel-tls sentinel-tls-ca= sentinel-tls-cert= sentinel-tls-key= y/yes dry-run audit-log= audit-syslog V/version
end

function __fish_redops_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_redops_global_optspecs) -- $cmd 2>/dev/null
    or return 0
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
complete -c redops -n "__fish_redops_needs_command" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_needs_command" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_needs_command" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_needs_command" -l user -d 'ACL user name, as redis-cli\'s --user: before the subcommand only (after it, --user names a platform user, as in `session list --user 42`)' -r
complete -c redops -n "__fish_redops_needs_command" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_needs_command" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_needs_command" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_needs_command" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_needs_command" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_needs_command" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_needs_command" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_needs_command" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_needs_command" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_needs_command" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_needs_command" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_needs_command" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_needs_command" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_needs_command" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_needs_command" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_needs_command" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_needs_command" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_needs_command" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_needs_command" -l audit-log -d 'The command\'s --audit-log, typed before it' -r -F
complete -c redops -n "__fish_redops_needs_command" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_needs_command" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_needs_command" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_needs_command" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_needs_command" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_needs_command" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_needs_command" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_needs_command" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_needs_command" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_needs_command" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_needs_command" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_needs_command" -s y -l yes -d 'The command\'s --yes, typed before it'
complete -c redops -n "__fish_redops_needs_command" -l dry-run -d 'The command\'s --dry-run, typed before it'
complete -c redops -n "__fish_redops_needs_command" -l audit-syslog -d 'The command\'s --audit-syslog, typed before it'
complete -c redops -n "__fish_redops_needs_command" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_needs_command" -f -a "demo" -d 'Start a throwaway Redis with a realistic fintech keyspace and tour redops on it'
complete -c redops -n "__fish_redops_needs_command" -f -a "ping" -d 'Check connectivity: server version, role, topology and round-trip time'
complete -c redops -n "__fish_redops_needs_command" -f -a "session" -d 'See and end trading sessions (sessions:user:{user}), per user and across the platform'
complete -c redops -n "__fish_redops_needs_command" -f -a "ratelimit" -d 'See sliding-window rate limits as the limiter sees them; clear a user\'s window safely'
complete -c redops -n "__fish_redops_needs_command" -f -a "leaderboard" -d 'Copy-trading leaderboards: top traders with metadata, a trader\'s rank, every board'
complete -c redops -n "__fish_redops_needs_command" -f -a "lock" -d 'Inspect and safely release distributed locks (lock:{resource})'
complete -c redops -n "__fish_redops_needs_command" -f -a "stream" -d 'Stream queues: consumer groups, pending entries, reclaim, dead-letter and acknowledge'
complete -c redops -n "__fish_redops_needs_command" -f -a "memory" -d 'Where memory goes (per type, biggest keys, key groups), key sizes, eviction policy'
complete -c redops -n "__fish_redops_needs_command" -f -a "check" -d 'Smoke-check a Redis for CI: reachable, configured for this workload, nothing stuck'
complete -c redops -n "__fish_redops_needs_command" -f -a "config" -d 'Show the config file\'s location and the effective settings with their sources'
complete -c redops -n "__fish_redops_needs_command" -f -a "audit" -d 'Read the audit log of destructive actions, and put back what one removed'
complete -c redops -n "__fish_redops_needs_command" -f -a "sentinel" -d 'Redis Sentinel: is it healthy (status), and fail a primary over (failover)'
complete -c redops -n "__fish_redops_needs_command" -f -a "completions" -d 'Print shell completions to stdout'
complete -c redops -n "__fish_redops_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand demo" -l users -d 'Number of users to generate (at least 10)' -r
complete -c redops -n "__fish_redops_using_subcommand demo" -l seed -d 'Seed of the data generator: the same seed gives the same data' -r
complete -c redops -n "__fish_redops_using_subcommand demo" -l redis-server -d 'The redis-server binary to run (default: redis-server on PATH)' -r -F
complete -c redops -n "__fish_redops_using_subcommand demo" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand demo" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand demo" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand demo" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand demo" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand demo" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand demo" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand demo" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand demo" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand demo" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand demo" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand demo" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand demo" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand demo" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand demo" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand demo" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand demo" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand demo" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand demo" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand demo" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand demo" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand demo" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand demo" -l keep -d 'Skip the tour: leave the server running, print its URL, and wait for Ctrl-C'
complete -c redops -n "__fish_redops_using_subcommand demo" -l with-sentinel -d 'Also start a replica and three sentinels, and take the tour through Sentinel'
complete -c redops -n "__fish_redops_using_subcommand demo" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand demo" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand demo" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand demo" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand demo" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand demo" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand demo" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand demo" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand demo" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand demo" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand demo" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand demo" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand ping" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand ping" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand ping" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand ping" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand ping" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand ping" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ping" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand ping" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand ping" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand ping" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand ping" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand ping" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand ping" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ping" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ping" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ping" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand ping" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand ping" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand ping" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand ping" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand ping" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand ping" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand ping" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand ping" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand ping" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand ping" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand ping" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand ping" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand ping" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand ping" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand ping" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand ping" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand ping" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand ping" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand session; and not __fish_seen_subcommand_from list kill help" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
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
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l scan-count -d 'SCAN COUNT: under --latency-budget, the most it may grow to; with --latency-budget off, the COUNT sent (default 1000)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l max-rate -d 'Throttle: visit at most this many keys a second, over all nodes together' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l sleep -d 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l summary -d 'Counts instead of rows: users, sessions, by device, users over the limit, hashes without TTL'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l replicas -d 'Scan and read one online replica of each primary instead of the primary'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l user -d 'The user whose sessions end (required with --session and --all)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l session -d 'End exactly these sessions of --user (session ids, the hash fields)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l session-hex -d 'Like --session, for session ids that are not UTF-8, given as hex (as in `session_id_hex`)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l ip -d 'Only sessions whose ip_address is this address or inside this CIDR (10.1.0.0/16)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l device -d 'Only sessions of this device_type (web, mobile, desktop; case-insensitive)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l scan-count -d 'SCAN COUNT: under --latency-budget, the most it may grow to; with --latency-budget off, the COUNT sent (default 1000)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l max-rate -d 'Throttle: visit at most this many keys a second, over all nodes together' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l sleep -d 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l audit-log -d 'The audit log: where changes are recorded with their prior values (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l all -d 'End every session of --user'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -s y -l yes -d 'Confirm without a prompt (a shell that is not interactive is refused without it)'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l dry-run -d 'Show exactly what would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l audit-syslog -d 'Also send each audit line to syslog/journald (/dev/log), without its prior values'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from kill" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "list" -d 'List trading sessions of one user, or across the platform with filters'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "kill" -d 'End sessions: chosen ones, all of a user\'s, or every session from an IP range or device'
complete -c redops -n "__fish_redops_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -f -a "probe" -d 'Show one user\'s sliding window as the limiter\'s next attempt would see it, changing nothing'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -f -a "top" -d 'Users of one category closest to or over their limit right now, across every primary'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -f -a "reset" -d 'Clear one user\'s window for a category (a customer blocked by a bug)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and not __fish_seen_subcommand_from probe top reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l category -d 'Endpoint category, e.g. deposit, withdrawal, kyc_check, card_token' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l user -d 'User id, as in ratelimit:{CATEGORY}:user:{USER}' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l key -d 'The rate-limit key itself, instead of --category and --user' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l limit -d 'Attempts allowed per window, instead of the category\'s policy' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l window -d 'Window length, instead of the category\'s policy (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from probe" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l category -d 'Endpoint category whose users to rank, e.g. withdrawal' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l count -d 'How many users to show' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l limit -d 'Attempts allowed per window, instead of the category\'s policy' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l window -d 'Window length, instead of the category\'s policy (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l scan-count -d 'SCAN COUNT: under --latency-budget, the most it may grow to; with --latency-budget off, the COUNT sent (default 1000)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l max-rate -d 'Throttle: visit at most this many keys a second, over all nodes together' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l sleep -d 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l replicas -d 'Scan and read one online replica of each primary instead of the primary'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from top" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l category -d 'Endpoint category, e.g. deposit, withdrawal, kyc_check, card_token' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l user -d 'User id, as in ratelimit:{CATEGORY}:user:{USER}' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l key -d 'The rate-limit key itself, instead of --category and --user' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l audit-log -d 'The audit log: where changes are recorded with their prior values (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Confirm without a prompt (a shell that is not interactive is refused without it)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l dry-run -d 'Show exactly what would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l audit-syslog -d 'Also send each audit line to syslog/journald (/dev/log), without its prior values'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from help" -f -a "probe" -d 'Show one user\'s sliding window as the limiter\'s next attempt would see it, changing nothing'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from help" -f -a "top" -d 'Users of one category closest to or over their limit right now, across every primary'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Clear one user\'s window for a category (a customer blocked by a bug)'
complete -c redops -n "__fish_redops_using_subcommand ratelimit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -f -a "top" -d 'The top traders of a board with their name and followers, in two round trips'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -f -a "rank" -d 'One trader\'s rank, score and percentile on a board, in one round trip'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -f -a "list" -d 'Every board that exists (SCAN leaderboard:*), with member counts, score range and TTL'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and not __fish_seen_subcommand_from top rank list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l period -d 'Board period, the {period} of leaderboard:{period}:{month}' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l month -d 'Board month as YYYY-MM (default: the current month, UTC)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l key -d 'Read this sorted set instead of leaderboard:{period}:{month}' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l count -d 'How many traders to show' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l offset -d 'Skip this many traders from the top (--offset 50 shows ranks 51..)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l no-meta -d 'Do not read trader metadata (one round trip instead of two)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from top" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l member-hex -d 'Like MEMBER, for a member that is not UTF-8, given as hex' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l period -d 'Board period, the {period} of leaderboard:{period}:{month}' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l month -d 'Board month as YYYY-MM (default: the current month, UTC)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l key -d 'Read this sorted set instead of leaderboard:{period}:{month}' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l around -d 'Also show the N traders above and below, with their metadata' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from rank" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l period -d 'Only boards of this period (e.g. monthly)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l scan-count -d 'SCAN COUNT: under --latency-budget, the most it may grow to; with --latency-budget off, the COUNT sent (default 1000)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l max-rate -d 'Throttle: visit at most this many keys a second, over all nodes together' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l sleep -d 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l replicas -d 'Scan and read one online replica of each primary instead of the primary'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from help" -f -a "top" -d 'The top traders of a board with their name and followers, in two round trips'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from help" -f -a "rank" -d 'One trader\'s rank, score and percentile on a board, in one round trip'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every board that exists (SCAN leaderboard:*), with member counts, score range and TTL'
complete -c redops -n "__fish_redops_using_subcommand leaderboard; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -f -a "inspect" -d 'Show one lock\'s token and remaining TTL, or every lock sorted by remaining TTL'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -f -a "force-release" -d 'Release a lock left by a dead worker, only if its token is still the one seen'
complete -c redops -n "__fish_redops_using_subcommand lock; and not __fish_seen_subcommand_from inspect force-release help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l pattern -d 'Without RESOURCE: only resources matching this glob (e.g. \'withdrawal:*\')' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l scan-count -d 'SCAN COUNT: under --latency-budget, the most it may grow to; with --latency-budget off, the COUNT sent (default 1000)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l max-rate -d 'Throttle: visit at most this many keys a second, over all nodes together' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l sleep -d 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l replicas -d 'Scan and read one online replica of each primary instead of the primary'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l token -d 'Release only if the lock holds exactly this token' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l token-hex -d 'Like --token, for a token that is not UTF-8, given as hex' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l audit-log -d 'The audit log: where changes are recorded with their prior values (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -s y -l yes -d 'Confirm without a prompt (a shell that is not interactive is refused without it)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l dry-run -d 'Show exactly what would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l audit-syslog -d 'Also send each audit line to syslog/journald (/dev/log), without its prior values'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from force-release" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show one lock\'s token and remaining TTL, or every lock sorted by remaining TTL'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "force-release" -d 'Release a lock left by a dead worker, only if its token is still the one seen'
complete -c redops -n "__fish_redops_using_subcommand lock; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -f -a "groups" -d 'Consumer groups of a stream (or of every stream): pending, lag, and dead consumers'
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -f -a "pending" -d 'Entries of a group that were delivered but never acknowledged'
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -f -a "reclaim" -d 'Move idle pending entries to a live consumer, or dead-letter the poisoned ones'
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -f -a "ack" -d 'Acknowledge pending entries (exact ids, one consumer\'s, or those matching filters)'
complete -c redops -n "__fish_redops_using_subcommand stream; and not __fish_seen_subcommand_from groups pending reclaim ack help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l dead-after -d 'A consumer holding an entry pending longer than this is reported stuck (dead), whatever its own idle time: a worker that keeps polling while its entries wait is stuck too' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l scan-count -d 'SCAN COUNT: under --latency-budget, the most it may grow to; with --latency-budget off, the COUNT sent (default 1000)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l max-rate -d 'Throttle: visit at most this many keys a second, over all nodes together' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l sleep -d 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l fail-if-dead -d 'Exit 1 when a dead consumer is found (for checks and alerts)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l replicas -d 'Scan and read one online replica of each primary instead of the primary'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from groups" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -s g -l group -d 'The consumer group' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l consumer -d 'Only entries pending on this consumer' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l min-idle -d 'Only entries idle (not delivered) for at least this long (30s, 5m, 1h)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l min-deliveries -d 'Only entries delivered at least this many times' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l count -d 'At most this many entries (oldest first). Without it, `ack` handles at most 10,000 per run and says when more match' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l page-size -d 'Pending entries read per XPENDING call' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l detail -d 'List the entries (id, consumer, idle, deliveries), not only the summary'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l payload -d 'Include each entry\'s fields (implies --detail)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from pending" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -s g -l group -d 'The consumer group' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l to -d 'The live consumer that gets the entries' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l min-idle -d 'Only entries idle at least this long (checked again, atomically, when claiming)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l from -d 'Only entries pending on this (dead) consumer' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l count -d 'At most this many entries (oldest first). Without it, at most 10,000 per run: the rest are left for the next run, and the report says so' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l id -d 'Exactly these entry ids (each must be pending and idle at least --min-idle)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l dead-letter -d 'Dead-letter stream for entries delivered --max-deliveries times or more' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l max-deliveries -d 'Entries delivered this many times or more go to --dead-letter instead of --to' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l page-size -d 'Pending entries read per XPENDING call and claimed per script' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l audit-log -d 'The audit log: where changes are recorded with their prior values (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -s y -l yes -d 'Confirm without a prompt (a shell that is not interactive is refused without it)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l dry-run -d 'Show exactly what would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l audit-syslog -d 'Also send each audit line to syslog/journald (/dev/log), without its prior values'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from reclaim" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -s g -l group -d 'The consumer group' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l consumer -d 'Only entries pending on this consumer' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l min-idle -d 'Only entries idle (not delivered) for at least this long (30s, 5m, 1h)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l min-deliveries -d 'Only entries delivered at least this many times' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l count -d 'At most this many entries (oldest first). Without it, `ack` handles at most 10,000 per run and says when more match' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l page-size -d 'Pending entries read per XPENDING call, and the most acknowledged by one script' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l audit-log -d 'The audit log: where changes are recorded with their prior values (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -s y -l yes -d 'Confirm without a prompt (a shell that is not interactive is refused without it)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l dry-run -d 'Show exactly what would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l audit-syslog -d 'Also send each audit line to syslog/journald (/dev/log), without its prior values'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from ack" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "groups" -d 'Consumer groups of a stream (or of every stream): pending, lag, and dead consumers'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "pending" -d 'Entries of a group that were delivered but never acknowledged'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "reclaim" -d 'Move idle pending entries to a live consumer, or dead-letter the poisoned ones'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "ack" -d 'Acknowledge pending entries (exact ids, one consumer\'s, or those matching filters)'
complete -c redops -n "__fish_redops_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -f -a "bigkeys" -d 'Where the memory goes: per type, biggest keys, key groups, keys without TTL, sizes'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -f -a "usage" -d 'Bytes, type, elements, TTL and encoding of the named keys'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -f -a "policy" -d 'maxmemory, eviction policy, fragmentation, evictions and LFU settings of every primary'
complete -c redops -n "__fish_redops_using_subcommand memory; and not __fish_seen_subcommand_from bigkeys usage policy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l pattern -d 'Only keys matching this glob (SCAN MATCH), e.g. \'sessions:*\'' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l type -d 'Only keys of this type (SCAN TYPE): string, hash, list, set, zset, stream' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l top -l count -d 'How many of the biggest keys to list (--count, as in the other commands that list)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l groups -d 'How many key groups to list; the rest are folded into one "(other)" row' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l samples -d 'MEMORY USAGE SAMPLES for aggregate values (0 = every element; default: the server\'s, 5)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l scan-count -d 'SCAN COUNT: under --latency-budget, the most it may grow to; with --latency-budget off, the COUNT sent (default 1000)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l max-rate -d 'Throttle: visit at most this many keys a second, over all nodes together' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l sleep -d 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l read-method -d 'How keys are read: Lua script calls, or two pipelines per batch (default: pipeline under a latency budget, lua with --latency-budget off)' -r -f -a "lua\t'One EVALSHA per batch'
pipeline\t'TYPE + MEMORY USAGE + PTTL, then the length commands: two pipelines per batch'"
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l rdb -d 'Read this RDB snapshot instead of a server (`-` for standard input)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l replicas -d 'Scan and read one online replica of each primary instead of the primary'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l rdb-sync -d 'Stream a fresh snapshot from each scanned server over the replication protocol'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -s y -l yes -d 'With --rdb-sync: take the snapshot even when the server\'s memory headroom looks too small for the fork'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from bigkeys" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l samples -d 'MEMORY USAGE SAMPLES for aggregate values (0 = every element; default: the server\'s, 5)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from usage" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from policy" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from help" -f -a "bigkeys" -d 'Where the memory goes: per type, biggest keys, key groups, keys without TTL, sizes'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from help" -f -a "usage" -d 'Bytes, type, elements, TTL and encoding of the named keys'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from help" -f -a "policy" -d 'maxmemory, eviction policy, fragmentation, evictions and LFU settings of every primary'
complete -c redops -n "__fish_redops_using_subcommand memory; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand check" -l checks -d 'TOML file with thresholds and which checks to run (same keys as the flags, snake_case)' -r -F
complete -c redops -n "__fish_redops_using_subcommand check" -l format -d 'Write the result as JUnit XML (one testcase per check) instead of a table or JSON' -r -f -a "junit\t'JUnit XML, for CI systems that render test reports'"
complete -c redops -n "__fish_redops_using_subcommand check" -l max-rtt -d 'Fail when the round trip to Redis takes longer (default 50ms)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l expect -d 'Expected topology: standalone or cluster (default: either)' -r -f -a "standalone\t''
cluster\t''"
complete -c redops -n "__fish_redops_using_subcommand check" -l allowed-policy -d 'An allowed maxmemory-policy; repeat for several (default allkeys-lfu)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l max-memory-percent -d 'Fail when used memory exceeds this percentage of maxmemory (default 90)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l max-lock-ttl -d 'Fail when a lock has more than this TTL left (default 5m)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l max-pending-idle -d 'Fail when a stream entry has been pending longer than this (default 5m)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l max-lag -d 'Fail when a consumer group lags more entries than this behind its stream (default 1000)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l dead-letter-pattern -d 'Glob of dead-letter streams (default \'*dead*\')' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l max-dead-letter -d 'Fail when a dead-letter stream holds more entries than this (default 0)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l sample -d 'Look at only N keys per node in the scanning checks (default: every key); a check that passed on a sample reports "pass (sampled)"' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l scan-count -d 'SCAN COUNT: under --latency-budget, the most it may grow to; with --latency-budget off, the COUNT sent (default 1000)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l max-rate -d 'Throttle: visit at most this many keys a second, over all nodes together' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l sleep -d 'Throttle: pause this long after each SCAN call on each node (e.g. 10ms)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l max-key-bytes -d 'With --bigkeys: fail for a key larger than this many bytes (default 10485760)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l skip -d 'Skip a check by name; repeat for several' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l audit-log -d 'The audit log: where changes are recorded with their prior values (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand check" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand check" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand check" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand check" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand check" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand check" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand check" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand check" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand check" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand check" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand check" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand check" -l strict -d 'Treat warnings as failures (exit 1)'
complete -c redops -n "__fish_redops_using_subcommand check" -l full -d 'Scan every key (the default; overrides --sample and `sample` from a checks file or profile)'
complete -c redops -n "__fish_redops_using_subcommand check" -l bigkeys -d 'Also look for big keys (scans with MEMORY USAGE; opt-in)'
complete -c redops -n "__fish_redops_using_subcommand check" -l replicas -d 'Scan and read one online replica of each primary instead of the primary'
complete -c redops -n "__fish_redops_using_subcommand check" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand check" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand check" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand check" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand check" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand check" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand check" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand check" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand check" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand check" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand check" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand check" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -f -a "show" -d 'Print the effective settings and where each came from (password redacted)'
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -f -a "path" -d 'Print the location of the config file'
complete -c redops -n "__fish_redops_using_subcommand config; and not __fish_seen_subcommand_from show path help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the effective settings and where each came from (password redacted)'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the location of the config file'
complete -c redops -n "__fish_redops_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -f -a "show" -d 'List the destructive actions recorded in the audit log, newest last'
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -f -a "restore" -d 'Put back what one audited action removed'
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -f -a "verify" -d 'Check the audit log\'s hash chain: name the first line edited, removed or reordered'
complete -c redops -n "__fish_redops_using_subcommand audit; and not __fish_seen_subcommand_from show restore verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l since -d 'Only actions newer than this (e.g. 1h, 30m)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l audit-log -d 'The audit log: where changes are recorded with their prior values (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l to-stream -d 'Stream to re-add acknowledged or moved stream entries to (required for those)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l audit-log -d 'The audit log: where changes are recorded with their prior values (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Confirm without a prompt (a shell that is not interactive is refused without it)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l dry-run -d 'Show exactly what would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l audit-syslog -d 'Also send each audit line to syslog/journald (/dev/log), without its prior values'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l audit-log -d 'The audit log: where changes are recorded with their prior values (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "show" -d 'List the destructive actions recorded in the audit log, newest last'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Put back what one audited action removed'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the audit log\'s hash chain: name the first line edited, removed or reordered'
complete -c redops -n "__fish_redops_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -f -a "status" -d 'Whether Sentinel itself is healthy: each primary, its replicas, what each sentinel reports'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -f -a "failover" -d 'Fail the primary over to a replica (SENTINEL FAILOVER), and wait for the new primary'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and not __fish_seen_subcommand_from status failover help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l wait -d 'How long to wait for the new primary (500ms, 30s, 2m)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l audit-log -d 'The audit log: where changes are recorded with their prior values (JSON Lines)' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -s y -l yes -d 'Confirm without a prompt (a shell that is not interactive is refused without it)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l dry-run -d 'Show exactly what would change, and change nothing'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l audit-syslog -d 'Also send each audit line to syslog/journald (/dev/log), without its prior values'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from failover" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from help" -f -a "status" -d 'Whether Sentinel itself is healthy: each primary, its replicas, what each sentinel reports'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from help" -f -a "failover" -d 'Fail the primary over to a replica (SENTINEL FAILOVER), and wait for the new primary'
complete -c redops -n "__fish_redops_using_subcommand sentinel; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand completions" -s u -l url -d 'Redis URL: redis://, rediss:// (TLS) or unix://; user:password@ for ACL' -r
complete -c redops -n "__fish_redops_using_subcommand completions" -s h -l host -d 'Server host, as redis-cli\'s -h (replaces the host of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand completions" -s p -l port -d 'Server port, as redis-cli\'s -p (replaces the port of the URL)' -r
complete -c redops -n "__fish_redops_using_subcommand completions" -s a -l pass -d 'Password, as redis-cli\'s -a (prefer REDISCLI_AUTH: a flag shows in `ps`)' -r
complete -c redops -n "__fish_redops_using_subcommand completions" -s n -l db -d 'Database number, as redis-cli\'s -n (standalone servers only)' -r
complete -c redops -n "__fish_redops_using_subcommand completions" -s s -l socket -d 'Unix socket path, as redis-cli\'s -s (replaces the host and port)' -r -F
complete -c redops -n "__fish_redops_using_subcommand completions" -l profile -d 'A named target from the config file (url, TLS files, key patterns, read_only)' -r
complete -c redops -n "__fish_redops_using_subcommand completions" -l config -d 'The config file with the profiles' -r -F
complete -c redops -n "__fish_redops_using_subcommand completions" -s o -l output -d 'Output format: table for humans, json (one document), ndjson (one object a line)' -r -f -a "table\t'Tables for humans'
json\t'One JSON document'
ndjson\t'One JSON object a line, streamed'"
complete -c redops -n "__fish_redops_using_subcommand completions" -l timeout -d 'Per-command response timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand completions" -l connect-timeout -d 'Connection timeout (500ms, 2s, 1m)' -r
complete -c redops -n "__fish_redops_using_subcommand completions" -l latency-budget -d 'Longest the server may be kept busy by any one command redops sends (250us, 1ms, 5ms), or `off` for a maintenance window' -r
complete -c redops -n "__fish_redops_using_subcommand completions" -l tls-ca -l cacert -d 'CA certificate (PEM) to trust for rediss:// instead of the system roots (redis-cli: --cacert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand completions" -l tls-cert -l cert -d 'Client certificate (PEM) for rediss:// servers that require one (redis-cli: --cert)' -r -F
complete -c redops -n "__fish_redops_using_subcommand completions" -l tls-key -d 'Private key (PEM) of the client certificate (redis-cli\'s --key: in redops --key names a Redis key, so the TLS key is --tls-key only)' -r -F
complete -c redops -n "__fish_redops_using_subcommand completions" -l max-value-bytes -d 'In json and ndjson, cut every stored value longer than N bytes to its first N bytes' -r
complete -c redops -n "__fish_redops_using_subcommand completions" -l sentinel -d 'A sentinel to ask where the primary is (HOST:PORT; repeat for each sentinel)' -r
complete -c redops -n "__fish_redops_using_subcommand completions" -l master -d 'The name the sentinels monitor the primary under' -r
complete -c redops -n "__fish_redops_using_subcommand completions" -l sentinel-user -d 'ACL user for the sentinels (not the data nodes)' -r
complete -c redops -n "__fish_redops_using_subcommand completions" -l sentinel-tls-ca -d 'CA certificate (PEM) to trust for the sentinels\' TLS' -r -F
complete -c redops -n "__fish_redops_using_subcommand completions" -l sentinel-tls-cert -d 'Client certificate (PEM) for the sentinels' -r -F
complete -c redops -n "__fish_redops_using_subcommand completions" -l sentinel-tls-key -d 'Private key (PEM) of the sentinels\' client certificate' -r -F
complete -c redops -n "__fish_redops_using_subcommand completions" -l tls -d 'Connect with TLS, as redis-cli\'s --tls (the URL becomes rediss://)'
complete -c redops -n "__fish_redops_using_subcommand completions" -l cluster -d 'Treat the server as a Redis Cluster (default: detect it)'
complete -c redops -n "__fish_redops_using_subcommand completions" -l no-cluster -d 'Treat the server as standalone even if cluster mode is enabled'
complete -c redops -n "__fish_redops_using_subcommand completions" -l no-color -d 'No colours (also when NO_COLOR is set)'
complete -c redops -n "__fish_redops_using_subcommand completions" -s q -l quiet -d 'No progress bars or hints on stderr'
complete -c redops -n "__fish_redops_using_subcommand completions" -l allow-partial -d 'Accept a scan that did not cover every slot (a node down or unreachable): exit 0 with the report marked partial, instead of exit 3'
complete -c redops -n "__fish_redops_using_subcommand completions" -l no-touch -d 'On servers without CLIENT NO-TOUCH (Redis before 7.2): skip the reads that would update the keys\' LRU/LFU data'
complete -c redops -n "__fish_redops_using_subcommand completions" -l help -d 'Print help (`-h` is --host, as in redis-cli)'
complete -c redops -n "__fish_redops_using_subcommand completions" -l tls-insecure -d 'Do not verify the rediss:// server\'s certificate (warned about on every run, audited)'
complete -c redops -n "__fish_redops_using_subcommand completions" -l redact -d 'Mask IPs, card numbers, tokens, session ids and payloads in every output format'
complete -c redops -n "__fish_redops_using_subcommand completions" -l sentinel-tls -d 'Talk TLS to the sentinels (default: when the data nodes use TLS, rediss+sentinel://)'
complete -c redops -n "__fish_redops_using_subcommand completions" -s V -l version -d 'Print version'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from demo ping session ratelimit leaderboard lock stream memory check config audit sentinel completions help" -f -a "demo" -d 'Start a throwaway Redis with a realistic fintech keyspace and tour redops on it'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from demo ping session ratelimit leaderboard lock stream memory check config audit sentinel completions help" -f -a "ping" -d 'Check connectivity: server version, role, topology and round-trip time'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from demo ping session ratelimit leaderboard lock stream memory check config audit sentinel completions help" -f -a "session" -d 'See and end trading sessions (sessions:user:{user}), per user and across the platform'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from demo ping session ratelimit leaderboard lock stream memory check config audit sentinel completions help" -f -a "ratelimit" -d 'See sliding-window rate limits as the limiter sees them; clear a user\'s window safely'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from demo ping session ratelimit leaderboard lock stream memory check config audit sentinel completions help" -f -a "leaderboard" -d 'Copy-trading leaderboards: top traders with metadata, a trader\'s rank, every board'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from demo ping session ratelimit leaderboard lock stream memory check config audit sentinel completions help" -f -a "lock" -d 'Inspect and safely release distributed locks (lock:{resource})'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from demo ping session ratelimit leaderboard lock stream memory check config audit sentinel completions help" -f -a "stream" -d 'Stream queues: consumer groups, pending entries, reclaim, dead-letter and acknowledge'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from demo ping session ratelimit leaderboard lock stream memory check config audit sentinel completions help" -f -a "memory" -d 'Where memory goes (per type, biggest keys, key groups), key sizes, eviction policy'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from demo ping session ratelimit leaderboard lock stream memory check config audit sentinel completions help" -f -a "check" -d 'Smoke-check a Redis for CI: reachable, configured for this workload, nothing stuck'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from demo ping session ratelimit leaderboard lock stream memory check config audit sentinel completions help" -f -a "config" -d 'Show the config file\'s location and the effective settings with their sources'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from demo ping session ratelimit leaderboard lock stream memory check config audit sentinel completions help" -f -a "audit" -d 'Read the audit log of destructive actions, and put back what one removed'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from demo ping session ratelimit leaderboard lock stream memory check config audit sentinel completions help" -f -a "sentinel" -d 'Redis Sentinel: is it healthy (status), and fail a primary over (failover)'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from demo ping session ratelimit leaderboard lock stream memory check config audit sentinel completions help" -f -a "completions" -d 'Print shell completions to stdout'
complete -c redops -n "__fish_redops_using_subcommand help; and not __fish_seen_subcommand_from demo ping session ratelimit leaderboard lock stream memory check config audit sentinel completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "list" -d 'List trading sessions of one user, or across the platform with filters'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "kill" -d 'End sessions: chosen ones, all of a user\'s, or every session from an IP range or device'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from ratelimit" -f -a "probe" -d 'Show one user\'s sliding window as the limiter\'s next attempt would see it, changing nothing'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from ratelimit" -f -a "top" -d 'Users of one category closest to or over their limit right now, across every primary'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from ratelimit" -f -a "reset" -d 'Clear one user\'s window for a category (a customer blocked by a bug)'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from leaderboard" -f -a "top" -d 'The top traders of a board with their name and followers, in two round trips'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from leaderboard" -f -a "rank" -d 'One trader\'s rank, score and percentile on a board, in one round trip'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from leaderboard" -f -a "list" -d 'Every board that exists (SCAN leaderboard:*), with member counts, score range and TTL'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from lock" -f -a "inspect" -d 'Show one lock\'s token and remaining TTL, or every lock sorted by remaining TTL'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from lock" -f -a "force-release" -d 'Release a lock left by a dead worker, only if its token is still the one seen'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from stream" -f -a "groups" -d 'Consumer groups of a stream (or of every stream): pending, lag, and dead consumers'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from stream" -f -a "pending" -d 'Entries of a group that were delivered but never acknowledged'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from stream" -f -a "reclaim" -d 'Move idle pending entries to a live consumer, or dead-letter the poisoned ones'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from stream" -f -a "ack" -d 'Acknowledge pending entries (exact ids, one consumer\'s, or those matching filters)'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from memory" -f -a "bigkeys" -d 'Where the memory goes: per type, biggest keys, key groups, keys without TTL, sizes'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from memory" -f -a "usage" -d 'Bytes, type, elements, TTL and encoding of the named keys'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from memory" -f -a "policy" -d 'maxmemory, eviction policy, fragmentation, evictions and LFU settings of every primary'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the effective settings and where each came from (password redacted)'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the location of the config file'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "show" -d 'List the destructive actions recorded in the audit log, newest last'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "restore" -d 'Put back what one audited action removed'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check the audit log\'s hash chain: name the first line edited, removed or reordered'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from sentinel" -f -a "status" -d 'Whether Sentinel itself is healthy: each primary, its replicas, what each sentinel reports'
complete -c redops -n "__fish_redops_using_subcommand help; and __fish_seen_subcommand_from sentinel" -f -a "failover" -d 'Fail the primary over to a replica (SENTINEL FAILOVER), and wait for the new primary'
