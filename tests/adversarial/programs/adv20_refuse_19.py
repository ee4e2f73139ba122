"""inspect.stack() function names only (no locals)."""


import autoform as af

CAUSE = "inspect.stack function names only no"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import inspect


def main(items):
    out = []
    for t in items:
        out.append(ask(t))
    out.append(inspect.currentframe().f_code.co_name)
    return out
