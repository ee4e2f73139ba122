"""Each item's prompt reads the last reply collected so far, when there is one."""

import autoform as af

CAUSE = "loopalias"
ARGS = (["a", "b", "c"],)


def main(items: list[str]):
    out = []
    for x in items:
        ctx = out[-1] if out else "start"
        out.append(af.lm_call([{"role": "user", "content": f"{ctx} {x}"}], model="m"))
    return out
