"""A generator expression over replies computed earlier (LM not inside genexp)."""


import autoform as af

CAUSE = "A generator expression over replies comp"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    rs = [ask(t) for t in items]
    total = sum(len(r) for r in rs)
    return rs, total
