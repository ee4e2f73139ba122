"""A classmethod is the pipeline."""

import autoform as af

CAUSE = 17


class Pipeline:
    model = "cm"

    @classmethod
    def run(cls, topic):
        a = af.lm_call([{"role": "user", "content": topic}], model=cls.model)
        return [a, af.lm_call([{"role": "user", "content": a}], model=cls.model)]


main = Pipeline.run
ARGS = ("tigers",)
