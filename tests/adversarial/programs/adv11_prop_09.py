"""A property on a module-level object that is a helper's receiver: `BOT.client.ask(q)`
where `client` is a property that logs."""

import autoform as af

CAUSE = "compile reads"
ARGS = ("owls",)
LOG = []


class Client:
    def ask(self, q):
        return af.lm_call([{"role": "user", "content": q}], model="m")


class Bot:
    @property
    def client(self):
        LOG.append("client")
        return Client()


BOT = Bot()


def main(topic: str):
    LOG.append("start")
    return BOT.client.ask(topic)
