"""The last-resort handler prints a 'Logging error' report with the call stack for a log
call whose arguments do not fit its format; the report's lines naming this file are
captured by redirecting stderr into a buffer inside main."""

import contextlib
import io
import logging

import autoform as af

CAUSE = "logging error stack lines of this file"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    buf = io.StringIO()
    with contextlib.redirect_stderr(buf):
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        logging.warning("first done: %d", ra)
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    mine = [ln.strip() for ln in buf.getvalue().splitlines() if "adv17_logloc_07" in ln]
    return ra, rb, mine
