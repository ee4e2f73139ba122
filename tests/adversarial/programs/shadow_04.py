"""`format` rebound locally to something with an effect (not str.format-like af.format)."""

import autoform as af

CAUSE = "shadowing"
ARGS = ("owl",)
FAIL = {"first"}
LOG = []


def main(topic: str):
    fmt = af.format
    a = af.lm_call([{"role": "user", "content": "first " + topic}], model="m")
    fmt = lambda t, *xs: LOG.append(t) or t  # noqa: E731
    prompt = fmt("about {}", topic)
    return a + prompt
