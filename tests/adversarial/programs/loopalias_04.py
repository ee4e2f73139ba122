"""A helper reading a module global fills a list in a loop; a statement after the
loop changes the global: every item read it before."""

import autoform as af

CAUSE = "alias"
ARGS = (["a", "b", "c"],)
TONE = "plain"


def styled(q):
    return af.lm_call([{"role": "user", "content": TONE + ": " + q}], model="m")


def main(items: list[str]):
    global TONE
    out = []
    for it in items:
        out.append(styled(it))
    TONE = "loud"
    last = styled("end")
    return [out, last]
