#!/usr/bin/env bash
# Quick network health check for the shop host.
# Usage: diagnose.sh [PID]   (with a PID, also strace that process's event loop)
set -euo pipefail

PID="${1:-}"

section() { printf '\n=== %s ===\n' "$1"; }

section "Listening TCP sockets"
# -l listening, -n numeric, -t TCP. Recv-Q on a listener = accept queue length.
ss -lnt

section "TIME-WAIT sockets"
# Many of these usually means lots of short-lived outbound connections.
tw_count=$(ss -tan state time-wait | tail -n +2 | wc -l)
echo "TIME-WAIT: ${tw_count}"

section "Listen queue overflows"
if command -v netstat >/dev/null 2>&1; then
    # "times the listen queue of a socket overflowed" => backlog too small
    # or the app accepts too slowly. grep exits 1 when nothing matches.
    netstat -s | grep -i listen || echo "no listen-queue counters reported"
else
    echo "netstat not installed (net-tools); try: nstat -az TcpExtListenOverflows"
fi

section "Interfaces"
if command -v ip >/dev/null 2>&1; then
    ip addr
else
    # ifconfig comes from the deprecated net-tools package; iproute2's
    # "ip" is its replacement and is present on modern distributions.
    ifconfig -a
fi

if [[ -n "$PID" ]]; then
    if ! kill -0 "$PID" 2>/dev/null; then
        echo "error: process $PID not found or not accessible" >&2
        exit 1
    fi
    section "Tracing PID $PID (Ctrl-C to stop)"
    # -f follows threads/children; only show the event-loop syscalls.
    # (Some architectures only have epoll_pwait; add it to the list there.)
    strace -f -e trace=epoll_wait,accept4 -p "$PID"
fi
