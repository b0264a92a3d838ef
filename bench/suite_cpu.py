"""Prints the CPU clock ticks a suite's process tree has used so far, in total and by kind:

    read -r TOTAL SERVICES POSTGRES KAFKA < <(python3 bench/suite_cpu.py "$SUITE_PID" "$SCRATCH")

The tree is the launcher's and, for each directory given after its pid, that of every PostgreSQL
server whose data directory is in it (postmaster.pid): the embedded PostgreSQL runs detached from
the launcher, so it is not among its descendants. A process counts once, with its own time and
that of the children it has reaped (utime stime cutime cstime), so PostgreSQL backends that exited
are still counted, under the postmaster. The kind is the first
of the process's or its nearest ancestor's command line that names a service jar (quarkus-run.jar),
PostgreSQL or Kafka; anything else (the launcher) counts in the total only. Divide by
`getconf CLK_TCK` for seconds.
"""
import os
import sys

KINDS = (("services", "quarkus-run.jar"), ("postgres", "postgres"), ("kafka", "kafka"))


def kind_of(command, inherited):
    for kind, marker in KINDS:
        if marker in command:
            return kind
    return inherited


def postmasters(directory):
    for parent, _, files in os.walk(directory):
        if "postmaster.pid" in files:
            with open(os.path.join(parent, "postmaster.pid")) as f:
                yield int(f.readline())


def main(root, directories):
    children, ticks, commands = {}, {}, {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                commands[int(pid)] = f.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        children.setdefault(int(fields[1]), []).append(int(pid))
        ticks[int(pid)] = sum(map(int, fields[11:15]))  # utime stime cutime cstime
    totals = {"total": 0, "services": 0, "postgres": 0, "kafka": 0, None: 0}
    todo = [(root, None)] + [(pid, None) for d in directories for pid in postmasters(d)]
    seen = set()
    while todo:
        pid, inherited = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        kind = kind_of(commands.get(pid, ""), inherited)
        totals["total"] += ticks.get(pid, 0)
        totals[kind] += ticks.get(pid, 0)
        todo += [(child, kind) for child in children.get(pid, [])]
    print(totals["total"], totals["services"], totals["postgres"], totals["kafka"])


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2:])
