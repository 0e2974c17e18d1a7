# The complexity hint's ladder server for Python (judge/engine/complexity/counted_ladder.h).
#
# Under an instruction counter, CPython's own start-up costs 1-2 s a run, so
# a ladder of sizes run one process each would spend the hint's budget on
# start-ups. This script starts the interpreter once and runs each size in
# a forked child, which inherits the counter's translations and its count so
# far. Beside each work child it forks a null child from the same state,
# which exits at once: the work child's count minus the null child's is the
# program's work on that input alone.
#
#   python3 -c "<this file>" BUDGET SIZE_CHARGE LOG_PREFIX SCRIPT [ARGS...] < ladder
#
# stdin: "judge-ladder K LEN_1 ... LEN_K\n", then the K inputs' bytes, in
# order of size. SCRIPT runs as `python3 SCRIPT ARGS...` would, with the
# input on fd 0 and stdout thrown away. The counter writes each process's
# total to LOG_PREFIX.PID (Valgrind's --log-file=LOG_PREFIX.%p opens a log
# of its own in every forked child); once a child is waited for, its log is
# complete. Per size, stderr gets
#
#   judge-ladder: input I status CODE work INSTRUCTIONS wall SECONDS
#
# INSTRUCTIONS being the work child's total less its null twin's ("-" when
# a log could not be read). A size that fails (status not 0) ends the
# ladder; so does one that would pass the work budget, BUDGET instructions
# of work plus SIZE_CHARGE per size (affordable). The budget is counted in
# instructions, never in seconds, so that the same program reaches the same
# sizes on a quiet machine and a busy one; the judge's wall limit is only a
# safety net. The candidate's code runs only in work children: it may print
# such lines, or write such logs, itself, which misleads only its own hint.
#
# The cyclic garbage collector is off in every child. Its full collections
# come due each time the long-lived objects have grown by a quarter, so
# their cost adds up to a constant per object, but where a size falls in
# that schedule moves its count by a few percent: lru-cache's
# linked_nodes.py, whose every node is tracked, kept step with
# `reference.py` only within 0.008 ± 0.005 with it and fits O(n) within
# 0.04% without. A program's counts are its own work; what it leaves in
# cycles stays allocated, under the same memory limit.
import gc
import os
import re
import sys
import time

PARALLEL = 2  # work children at once: one per core of the judge's machines


def affordable(works, index, budget, size_charge):
    """Whether size `index` may start, from the work of the sizes before
    index - 1 alone: those are finished whenever it is asked, while size
    index - 1 may or may not be, depending on the machine's timing. Their
    work, the work predicted for sizes index - 1 and index (the last
    doubling's growth, at least linear), and a charge per size started must
    fit the budget. The two smallest sizes always run."""
    known = works[:max(0, index - 1)]
    if not known:
        return True
    growth = 2.0
    if len(known) >= 2 and known[-2] > 0:
        growth = max(2.0, known[-1] / known[-2])
    last = len(known) - 1
    predicted = sum(known[-1] * growth ** (k - last) for k in (index - 1, index))
    return sum(known) + predicted + size_charge * (index + 1) <= budget


def instructions_of(log_prefix, pid):
    """The total the counter wrote for a process that has been waited for;
    None when its log is missing or has none."""
    name = "%s.%d" % (log_prefix, pid)
    try:
        with open(name) as log:
            totals = re.findall(r"==\d+== I\s+refs:\s+([\d,]+)", log.read())
        os.unlink(name)
    except OSError:
        return None
    return int(totals[-1].replace(",", "")) if totals else None


def preload_libraries(folder):
    """Imports, here, the modules that the programs in `folder` import and
    that come from outside it (the standard library): each child would
    otherwise import them again, a constant cost in its count but, under
    the counter, up to a second of its wall time (`inspect`: 0.7 s).
    Nothing of the candidate's runs here."""
    import ast
    import importlib.util
    names = set()
    for entry in os.listdir(folder):
        if not entry.endswith(".py"):
            continue
        try:
            with open(os.path.join(folder, entry), "rb") as source:
                tree = ast.parse(source.read())
        except (OSError, SyntaxError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    for name in sorted(names):
        try:
            spec = importlib.util.find_spec(name)
            origin = spec.origin if spec else None
            if origin and not os.path.abspath(origin).startswith(folder + os.sep):
                __import__(name)
        except Exception:
            pass


def write_all(fd, data):
    view = memoryview(data)
    try:
        while view:
            view = view[os.write(fd, view):]
    except OSError:
        return False
    return True


def read_inputs(stream):
    header = stream.readline().split()
    if len(header) < 2 or header[0] != b"judge-ladder" or len(header) != int(header[1]) + 2:
        sys.stderr.write("judge-ladder: malformed header\n")
        sys.exit(2)
    return [stream.read(int(length)) for length in header[2:]]


def run_script(code, script, arguments, memfd):
    """In a work child: the program, as `python3 SCRIPT` would run it."""
    os.dup2(memfd, 0)
    os.lseek(0, 0, os.SEEK_SET)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    sys.stdin = open(0, "r", encoding="utf-8", closefd=False)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
    sys.argv = [script] + arguments
    status = 0
    try:
        exec(code, {"__name__": "__main__", "__file__": script, "__builtins__": __builtins__})
    except SystemExit as leaving:
        code_ = leaving.code
        status = code_ if isinstance(code_, int) else (0 if code_ is None else 1)
    except BaseException:
        import traceback
        traceback.print_exc()
        status = 1
    try:
        sys.stdout.flush()
    except BaseException:
        status = status or 1
    os._exit(status)


def main():
    budget, size_charge = float(sys.argv[1]), float(sys.argv[2])
    log_prefix = sys.argv[3]
    script, arguments = sys.argv[4], sys.argv[5:]
    inputs = read_inputs(sys.stdin.buffer)
    with open(script, "rb") as source:
        # Compiled here, once: the children do not each pay the compiler's
        # translation under the counter.
        code = compile(source.read(), script, "exec")
    folder = os.path.dirname(os.path.abspath(script))
    sys.path[0] = folder
    preload_libraries(folder)
    gc.disable()  # in every child forked from here on (see the top)
    # For whoever reads the log ($JUDGE_LADDER_LOG): how long the start-up
    # took, on this machine; nothing is decided by it.
    sys.stderr.write("judge-ladder: ready after %.2f s\n" % time.process_time())

    running = {}  # work pid -> (input index, null child's count, started)
    works = {}    # input index -> instructions, of the sizes counted
    stop = False
    next_input = 0

    def finished_before(index):
        return all(i in works for i in range(index - 1))

    while True:
        while not stop and next_input < len(inputs) and len(running) < PARALLEL:
            if not finished_before(next_input):
                break  # decided once the sizes it depends on are counted
            if not affordable([works[i] for i in range(max(0, next_input - 1))], next_input, budget, size_charge):
                stop = True
                break
            memfd = os.memfd_create("judge-ladder-input")
            if not write_all(memfd, inputs[next_input]):
                # A file size limit under the input: its run would see
                # only part of it.
                sys.stderr.write("judge-ladder: input %d could not be staged\n" % next_input)
                stop = True
                break
            # Null and work children are forked from the same state: the
            # parent does the same few steps between the two forks.
            null = os.fork()
            if null == 0:
                os._exit(0)
            os.waitpid(null, 0)
            work = os.fork()
            if work == 0:
                run_script(code, script, arguments, memfd)
            os.close(memfd)
            running[work] = (next_input, instructions_of(log_prefix, null), time.monotonic())
            next_input += 1
        if not running:
            break
        pid, wait_status = os.wait()
        if pid not in running:
            continue
        index, null_count, started = running.pop(pid)
        status = os.waitstatus_to_exitcode(wait_status)
        wall = time.monotonic() - started
        work_count = instructions_of(log_prefix, pid)
        counted = null_count is not None and work_count is not None and work_count >= null_count
        sys.stderr.write("judge-ladder: input %d status %d work %s wall %.3f\n" %
                         (index, status, work_count - null_count if counted else "-", wall))
        sys.stderr.flush()
        if status == 0 and counted:
            works[index] = work_count - null_count
        else:
            stop = True


if __name__ == "__main__":
    main()
