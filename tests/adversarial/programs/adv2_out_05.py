"""A list is printed, then the loop appends replies to it: each print shows the list as it
was then."""

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "c"],)


def main(items: list[str]):
    acc = []
    for x in items:
        print(acc)
        acc.append(af.lm_call([{"role": "user", "content": x}], model="m"))
    print(acc)
    return acc
