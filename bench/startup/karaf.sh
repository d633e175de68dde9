#!/usr/bin/env bash
# Reference point for the startup benchmark: Apache Karaf's minimal distribution (from Maven
# Central), time from start to its interactive prompt, median of N runs with its cache kept.
#   bench/startup/karaf.sh [RUNS]       (default 10; downloads about 29 MB once)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
version=4.4.8
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -q dependency:copy -Dartifact=org.apache.karaf:apache-karaf-minimal:$version:tar.gz -DoutputDirectory="$work"
tar -xzf "$work/apache-karaf-minimal-$version.tar.gz" -C "$work"
home="$work/apache-karaf-minimal-$version"

python3 - "$runs" "$home" <<'PY'
import fcntl, os, pty, re, select, statistics, struct, sys, termios, time
runs, home = int(sys.argv[1]), sys.argv[2]
env = dict(os.environ, TERM="xterm-256color")

def prompt():
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(home + "/bin/karaf", [home + "/bin/karaf"], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    start = time.perf_counter()
    buf = b""
    # the prompt is coloured: look for it with the escape sequences taken out
    while b"@root()>" not in re.sub(rb"\x1b\[[0-9;?]*[a-zA-Z]", b"", buf):
        r, _, _ = select.select([fd], [], [], 60)
        if not r:
            raise SystemExit("no Karaf prompt within 60 s")
        try:
            buf += os.read(fd, 65536)
        except OSError:
            break
    t = time.perf_counter() - start
    os.write(fd, b"\x04")
    os.waitpid(pid, 0)
    return t

first = prompt()  # fresh: Karaf builds its cache
times = [prompt() for _ in range(runs)]
print(f"karaf {os.path.basename(home)}: first (fresh cache) {first:.2f} s; "
      f"then median {statistics.median(times):.2f} s, min {min(times):.2f}, max {max(times):.2f} over {runs} runs")
PY
