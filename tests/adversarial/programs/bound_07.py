"""A callable object (with __call__) is the pipeline."""

import autoform as af

CAUSE = 17


class Asker:
    def __call__(self, topic):
        return af.lm_call([{"role": "user", "content": topic}], model="callm")


main = Asker()
ARGS = ("foxes",)
