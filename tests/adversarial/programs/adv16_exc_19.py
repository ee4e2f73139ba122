"""A 'log and re-raise' idiom using finally: traceback.print_exc() to stderr when a step
of a two-call research helper fails; the printed traceback must be the sequential one."""

import sys
import traceback

import autoform as af

CAUSE = "finally print_exc shows notes"
ARGS = ("owls",)
FAIL = ["facts"]


def research(t):
    facts = af.lm_call([{"role": "user", "content": f"facts {t}"}], model="m")
    crit = af.lm_call([{"role": "user", "content": f"critique {t}"}], model="m")
    return facts, crit


def main(topic: str):
    ok = False
    try:
        result = research(topic)
        ok = True
        return result
    finally:
        if not ok:
            lines = traceback.format_exc().strip().splitlines()
            print("\n".join(line for line in lines[-3:] if "File" not in line), file=sys.stderr)
