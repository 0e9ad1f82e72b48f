"""Run a piece of Python in a child process with a memory limit and a time limit.

Hostile inputs (a zip bomb, a runaway template, a deeply nested data file) must fail with
a clear error in bounded time and memory. A test that ran them in its own process would
take the whole suite down when they do not; here the child has its address space capped,
and the timeout is a guard against a hang, not a speed target.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

__all__ = ["MEMORY_LIMIT", "PRELUDE", "TIMEOUT", "bounded_command", "run_bounded"]

#: The child's address space (virtual memory): room for Python, lxml and docxtpl, and far
#: less than the gigabytes an unbounded reader would take.
MEMORY_LIMIT = 1536 * 1024 * 1024
#: Seconds before the child is taken for hung.
TIMEOUT = 120

#: What the child runs first: its address space capped.
PRELUDE = f"""
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_LIMIT}, {MEMORY_LIMIT}))
"""


def bounded_command(code: str, *args: str) -> list[str]:
    """The command that runs ``code`` (dedented) under the memory limit, for a caller
    that drives the child itself (writes to its standard input, say)."""
    return [sys.executable, "-c", PRELUDE + textwrap.dedent(code), *args]


def run_bounded(
    code: str, *args: str, cwd: str | os.PathLike[str] | None = None, timeout: float = TIMEOUT
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` (dedented) in a fresh interpreter under the limits; ``args`` are its
    ``sys.argv[1:]``. A child that hangs fails the test with :class:`TimeoutExpired`."""
    environment = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        bounded_command(code, *args),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd,
        env=environment,
        check=False,
    )
