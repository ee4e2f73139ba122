"""A method of a helper class warns (stacklevel=3) about the code calling the helper."""

import logging

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


class ListHandler(logging.Handler):
    def emit(self, record):
        LOG.append((record.funcName, record.msg))


log = logging.getLogger("adv7_frame_26")
log.propagate = False
log.addHandler(ListHandler())


class Client:
    def _note(self, msg):
        log.warning(msg, stacklevel=3)

    def ask(self, q):
        self._note("asking " + q[:4])
        return af.lm_call([{"role": "user", "content": q}], model="m")


client = Client()


def main(topic: str):
    a = client.ask(topic)
    b = client.ask(a[:6])
    return [a, b]
