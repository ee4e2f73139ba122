"""globals() as a registry: each reply is stored under a computed global name; the prompt
counts the REPLIES_ names already stored."""

import autoform as af

CAUSE = "globals registry"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    g = globals()
    for t in items:
        n = sum(1 for k in g if k.startswith("REPLY_"))
        g[f"REPLY_{t}"] = af.lm_call([{"role": "user", "content": f"{t} {n}"}], model="m")
    return sorted(k for k in g if k.startswith("REPLY_"))
