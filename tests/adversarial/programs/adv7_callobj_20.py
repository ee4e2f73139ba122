"""An SDK-style client whose `__getattr__` makes an endpoint for any name, and logs it."""

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)
LOG = []


class Api:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        LOG.append("endpoint " + name)

        def endpoint(text):
            return af.lm_call([{"role": "user", "content": name + ": " + text}], model="m")

        return endpoint


api = Api()


def main(q: str):
    a = api.summarize(q)
    b = api.translate(q + "s")
    return [a, b]
