"""Two loops in a row whose items print; the second loop's second item fails: every
print of the first loop, two of the second."""

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "c"],)
FAIL = {"2b"}


def main(items: list[str]):
    out = []
    for x in items:
        print("one", x)
        out.append(af.lm_call([{"role": "user", "content": "1" + x}], model="m"))
    out2 = []
    for x in items:
        print("two", x)
        out2.append(af.lm_call([{"role": "user", "content": "2" + x}], model="m"))
    return [out, out2]
