"""A function-level import and a conditional import between calls."""

import autoform as af

CAUSE = "syntax"
ARGS = ("owl",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    import json

    if a:
        import textwrap
    b = af.lm_call([{"role": "user", "content": json.dumps([a])}], model="m")
    return textwrap.shorten(b, 20)
