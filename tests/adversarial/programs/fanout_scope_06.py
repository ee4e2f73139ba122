"""The loop variable is read through locals() after the loop."""

import autoform as af

CAUSE = 9
ARGS = (["one", "two"],)


def main(items: list):
    out = []
    for word in items:
        out.append(af.lm_call([{"role": "user", "content": word}], model="m"))
    return [out, locals().get("word")]
