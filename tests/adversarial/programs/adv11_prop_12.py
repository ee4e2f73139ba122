"""A module-level helper object: its class defines __getattribute__ to log, and a method
ask; main calls HELPER.ask twice."""

import autoform as af

CAUSE = "property"
ARGS = ("owls",)
LOG = []


class Helper:
    def __getattribute__(self, name):
        if not name.startswith("__"):
            LOG.append("attr " + name)
        return object.__getattribute__(self, name)

    def ask(self, q):
        return af.lm_call([{"role": "user", "content": q}], model="m")


HELPER = Helper()


def main(topic: str):
    LOG.append("start")
    return [HELPER.ask(topic), HELPER.ask(topic + "s")]
