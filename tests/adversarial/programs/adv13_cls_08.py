"""`def __init__(self, memory=[])`: every Bot shares one memory list; a bot's reply is
remembered and the next bot's prompt quotes the memory."""

import autoform as af

CAUSE = "init mutable default shared"
ARGS = (["owls", "cats", "dogs"],)


class Bot:
    def __init__(self, name, memory=[]):  # noqa: B006
        self.name = name
        self.memory = memory

    def answer(self, q):
        reply = af.lm_call(
            [{"role": "user", "content": f"{self.name}: {q} [{'/'.join(self.memory)}]"}], model="m"
        )
        self.memory.append(reply[-4:])
        return reply


def main(items: list):
    return [Bot(f"bot{i}").answer(t) for i, t in enumerate(items)]
