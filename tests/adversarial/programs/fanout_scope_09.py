"""An empty loop: the loop variable stays unbound; reading it is an UnboundLocalError."""

import autoform as af

CAUSE = 9
ARGS = ([],)


def main(items: list):
    out = []
    for it in items:
        out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    try:
        return it
    except UnboundLocalError as exc:
        return f"unbound: {exc}"
