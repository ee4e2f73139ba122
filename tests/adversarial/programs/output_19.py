"""Items print a dict, then store their reply into it: the first print shows it without."""

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "c"],)


def main(items: list[str]):
    out = []
    for it in items:
        d = {"item": it}
        print("start", d)
        d["reply"] = af.lm_call([{"role": "user", "content": it}], model="m")
        print("end", d)
        out.append(d)
    return out
