#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs a command under a pseudo-terminal and answers its prompts, for tests
of programs that read secrets only from a terminal (age -d, custodia).

usage: pty_run.py [--answer 'PROMPT SUBSTRING=ANSWER']... -- COMMAND ARGS...
Each answer is used once, in order, when its prompt text appears. The
command's terminal output goes to stdout; the exit status is the command's.
"""
import os
import pty
import select
import signal
import sys

TIMEOUT = 120  # seconds without output before the command is killed


def main():
    args = sys.argv[1:]
    answers = []
    while args and args[0] == "--answer":
        prompt, _, answer = args[1].partition("=")
        answers.append((prompt.encode(), answer.encode()))
        args = args[2:]
    if not args or args[0] != "--":
        sys.exit("usage: pty_run.py [--answer PROMPT=ANSWER]... -- COMMAND...")
    cmd = args[1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(cmd[0], cmd)
    seen = b""
    out = b""
    while True:
        ready, _, _ = select.select([fd], [], [], TIMEOUT)
        if not ready:
            os.kill(pid, signal.SIGKILL)
            sys.stdout.buffer.write(out + b"\npty_run.py: timed out waiting for output\n")
            os.waitpid(pid, 0)
            sys.exit(124)
        try:
            data = os.read(fd, 4096)
        except OSError:
            break
        if not data:
            break
        out += data
        seen += data
        if answers and answers[0][0] in seen:
            os.write(fd, answers[0][1] + b"\n")
            answers.pop(0)
            seen = b""
    _, status = os.waitpid(pid, 0)
    sys.stdout.buffer.write(out)
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
