"""Items print a list, then append their reply to it: the print shows it as it was."""

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "c"],)


def main(items: list[str]):
    out = []
    for it in items:
        seen = [it]
        print("start", seen)
        seen.append(af.lm_call([{"role": "user", "content": it}], model="m"))
        out.append(seen)
    return out
