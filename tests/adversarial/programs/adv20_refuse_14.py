"""traceback.format_exc() in an except (common, no locals)."""

import traceback

import autoform as af

CAUSE = "traceback.format_exc in an except com"
ARGS = (["owls", "cats"],)
FAIL = ['cats']


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = []
    for t in items:
        try:
            out.append(ask(t))
        except RuntimeError:
            out.append(traceback.format_exc().splitlines()[-1])
    return out
