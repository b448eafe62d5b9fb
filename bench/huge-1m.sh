#!/bin/bash
# Peak RSS, wall time and commands over 1 ms (SLOWLOG) of redops on a 1,000,000-field session
# hash and 1,000,000 pending stream entries (issue 19 and 17 figures in docs/session.md).
# Usage: bench/huge-1m.sh [path/to/redops]  (a release build; redis-server, redis-cli, python3)
set -e
R=${1:-$(dirname "$0")/../target/release/redops}
dir=$(mktemp -d); port=$((20000 + RANDOM % 10000))
redis-server --port $port --dir $dir --save '' --appendonly no --daemonize yes --logfile $dir/log
sleep 0.5
U="redis://127.0.0.1:$port"
python3 - $dir/load.resp <<'PY'
import sys, json
out=open(sys.argv[1],"wb")
def cmd(*a):
    o=b"*%d\r\n"%len(a)
    for x in a:
        x = x if isinstance(x,bytes) else str(x).encode()
        o+=b"$%d\r\n%s\r\n"%(len(x),x)
    out.write(o)
for i in range(0,1000000,1000):
    args=["HSET","sessions:user:big"]
    for j in range(i,i+1000):
        v=json.dumps({"session_id":"s%d"%j,"device_type":["web","mobile","desktop"][j%3],"ip_address":"10.1.%d.%d"%(j//256%256,j%256),"created_at":1764000000+j,"last_active":1764600000+j})
        args+=["s%d"%j,v]
    cmd(*args)
for j in range(1000000):
    cmd("XADD","tx:stream","*","amount",str(j),"account","acc%d"%(j%977))
cmd("XGROUP","CREATE","tx:stream","workers","0")
for i in range(100):
    cmd("XREADGROUP","GROUP","workers","w%d"%(i%4),"COUNT","10000","STREAMS","tx:stream",">")
PY
redis-cli -p $port --pipe < $dir/load.resp | tail -1
sleep 2
redis-cli -p $port HLEN sessions:user:big; redis-cli -p $port XPENDING tx:stream workers | head -1
redis-cli -p $port CONFIG SET slowlog-log-slower-than 1000 >/dev/null; redis-cli -p $port CONFIG SET slowlog-max-len 100000 >/dev/null
m() { echo "== $*"; redis-cli -p $port SLOWLOG RESET >/dev/null; /usr/bin/time -f "wall %es  peak RSS %M KB  exit %x" "$R" -u $U "$@" > /dev/null 2> $dir/err || true; tail -1 $dir/err; echo "   commands over 1 ms (SLOWLOG): $(redis-cli -p $port SLOWLOG LEN); longest: $(redis-cli -p $port SLOWLOG GET 100000 | python3 -c 'import sys; print(max([int(l) for l in sys.stdin.read().split()[2::6] if l.isdigit()] or [0]))') us"; }
m session list --user big -o json
m session list --user big
m session list --summary
m session kill --user big --all --dry-run -o json
m stream pending tx:stream --group workers --detail -o ndjson
m stream pending tx:stream --group workers
m session kill --user big --all --yes -o json --audit-log $dir/audit.jsonl
redis-cli -p $port HLEN sessions:user:big
id=$(grep -o '"id":"[^"]*"' $dir/audit.jsonl | head -1 | cut -d'"' -f4)
m audit restore $id --yes -o json --audit-log $dir/audit.jsonl
redis-cli -p $port HLEN sessions:user:big
redis-cli -p $port shutdown nosave >/dev/null 2>&1 || true
rm -rf $dir
