"""An assert whose message is an LM call: it is made only if the check fails."""

import autoform as af

CAUSE = "lazy"
ARGS = (["owls", "cats"],)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(items: list):
    out = []
    for t in items:
        r = ask(t)
        assert r.startswith("<"), ask(f"explain {r}")
        out.append(r)
    return out
