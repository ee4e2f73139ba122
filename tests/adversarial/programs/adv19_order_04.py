"""match statement with guards that call the LM."""

import autoform as af

CAUSE = "match guard calls"
ARGS = (["owls", 3, ("cats", "dogs")],)


def ask(t):
    return af.lm_call([{"role": "user", "content": str(t)}], model="m")


def main(items: list):
    out = []
    for it in items:
        match it:
            case str() as s if "o" in ask(s):
                out.append(("s", s))
            case int(n) if ask(n * 2):
                out.append(("n", ask(n)))
            case (x, y):
                out.append((ask(x), ask(y)))
            case _:
                out.append(None)
    return out
