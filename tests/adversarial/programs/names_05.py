"""Keyword-only parameters with defaults, and a positional-only one."""

import autoform as af

CAUSE = "names"
ARGS = ("owl",)


def main(topic, /, suffix="?", *, style="brief", model="m"):
    a = af.lm_call([{"role": "user", "content": f"[{style}] {topic}"}], model=model)
    b = af.lm_call([{"role": "user", "content": topic + suffix}], model=model)
    return [a, b]
