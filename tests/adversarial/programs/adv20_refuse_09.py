"""if any(genexp without LM) then calls."""


import autoform as af

CAUSE = "if anygenexp without LM then calls."
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = []
    if any(len(t) > 3 for t in items):
        for t in items:
            out.append(ask(t))
    return out
