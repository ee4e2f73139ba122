"""Routing with match on the reply's first letter after the model tag; each arm calls a
different model and appends to a module log."""

import autoform as af

CAUSE = "match routing"
ARGS = (["owls", "cats", "dogs", "emus"],)
ROUTES = []


def main(items: list):
    out = []
    for t in items:
        kind = af.lm_call([{"role": "user", "content": t}], model="router")
        match kind[len("<router:")]:
            case "o" | "e":
                ROUTES.append(("vowel", t))
                out.append(af.lm_call([{"role": "user", "content": t}], model="vowel"))
            case "c":
                ROUTES.append(("c", t))
                return out, "stopped at c"
            case _:
                ROUTES.append(("other", t))
                out.append(af.lm_call([{"role": "user", "content": t}], model="other"))
    return out, "done"
