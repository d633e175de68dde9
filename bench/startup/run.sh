#!/usr/bin/env bash
# Startup benchmark: time from starting the JVM (./vigie) to the first command's output and to
# the interactive prompt, median of N runs, plus the jar's size and the JVM's peak RSS.
#   bench/startup/run.sh [RUNS]          (default 10)
# Needs a built distribution (mvn -B install -DskipTests) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
jar=distribution/target/vigie.jar
[ -f "$jar" ] || { echo "build first: mvn -B install -DskipTests" >&2; exit 1; }
ws=$(mktemp -d)
trap 'rm -rf "$ws"' EXIT
# one warm-up run creates the framework cache (the analyst's second and later starts)
VIGIE_NO_BUILD=1 ./vigie --workspace "$ws/w" -c 'vigie:status' > /dev/null

python3 - "$runs" "$ws/w" <<'PY'
import fcntl, os, pty, select, statistics, struct, subprocess, sys, termios, time, resource
runs, ws = int(sys.argv[1]), sys.argv[2]
env = dict(os.environ, VIGIE_NO_BUILD="1", TERM="xterm-256color")

def first_output():
    start = time.perf_counter()
    p = subprocess.Popen(["./vigie", "--workspace", ws, "-c", "vigie:status"], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, env=env)
    p.stdout.readline()
    t = time.perf_counter() - start
    p.communicate()
    return t, p.returncode

def prompt():
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe("./vigie", ["./vigie", "--workspace", ws], env)
    # a terminal of 120x40: JLine cannot draw a prompt on a terminal of width 0
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    start = time.perf_counter()
    buf = b""
    while b"vigie> " not in buf:
        r, _, _ = select.select([fd], [], [], 30)
        if not r:
            raise SystemExit("no prompt within 30 s")
        try:
            buf += os.read(fd, 4096)
        except OSError:
            break
    t = time.perf_counter() - start
    os.write(fd, b"\x04")  # Ctrl-D ends the shell
    os.waitpid(pid, 0)
    return t

outs = [first_output()[0] for _ in range(runs)]
prompts = [prompt() for _ in range(runs)]
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
size = os.path.getsize("distribution/target/vigie.jar") / 1024 / 1024
print(f"runs                      {runs}")
print(f"first command output (s)  median {statistics.median(outs):.2f}  min {min(outs):.2f}  max {max(outs):.2f}")
print(f"interactive prompt (s)    median {statistics.median(prompts):.2f}  min {min(prompts):.2f}  max {max(prompts):.2f}")
print(f"peak RSS of a run (MiB)   {rss:.0f}")
print(f"vigie.jar (MiB)           {size:.1f}")
PY
