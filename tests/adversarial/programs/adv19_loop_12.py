"""String accumulated across iterations (summary grows)."""

import autoform as af

CAUSE = "string accumulator"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    summary = ""
    parts = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        summary += r[:3]
        parts.append(summary)
    return summary, parts
