"""A reply's words index a module table; the missing word's KeyError follows a log line."""

import autoform as af

CAUSE = "pipeline"
ARGS = ("owl",)
LOG = []
PRICES = {"<m:owl>": 3}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": topic + "2"}], model="m")
    LOG.append("pricing")
    total = PRICES[a] + PRICES[b]
    LOG.append("priced")
    return total
