"""A staticmethod reached through an instance is the pipeline."""

import autoform as af

CAUSE = 17


class Tools:
    @staticmethod
    def run(topic):
        a = af.lm_call([{"role": "user", "content": topic}], model="sm")
        b = af.lm_call([{"role": "user", "content": topic + "?"}], model="sm")
        return [a, b]


main = Tools().run
ARGS = ("bears",)
