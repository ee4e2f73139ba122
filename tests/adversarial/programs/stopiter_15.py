"""it.__next__() caught in the function, then a for loop over the exhausted iterator."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = (["owl"],)


def main(topics: list[str]):
    it = iter(topics)
    first = it.__next__()
    a = af.lm_call([{"role": "user", "content": first}], model="m")
    try:
        second = it.__next__()
    except StopIteration:
        second = "none"
    rest = [t for t in it]
    for t in it:
        rest.append(t)
    return [a, second, rest]
