"""An item read on a str-annotated parameter that is really None (annotations do not check)."""

import autoform as af

CAUSE = 7
ARGS = (None,)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "intro"}], model="m")
    print("intro done")
    head = topic[0]
    return af.lm_call([{"role": "user", "content": a + head}], model="m")
