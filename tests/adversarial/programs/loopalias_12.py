"""A loop extends with the words of each reply; a list comprehension over the
result asks again."""

import autoform as af

CAUSE = "loop"
ARGS = (["a b", "c"],)


def main(items: list[str]):
    words = []
    for it in items:
        r = af.lm_call([{"role": "user", "content": it}], model="m")
        words.extend(r.strip("<>").split())
    return [af.lm_call([{"role": "user", "content": w}], model="m") for w in words]
