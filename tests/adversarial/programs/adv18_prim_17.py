"""af.lm_call without model=, uncaught: the TypeError's message names the sync function."""

import autoform as af

CAUSE = 'lm_call no model'
ARGS = ("owls",)


def main(a: str):
    return af.lm_call([{"role": "user", "content": a}])
