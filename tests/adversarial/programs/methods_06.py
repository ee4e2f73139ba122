"""`.copy()` on a user object that returns itself: not a fresh value."""

import autoform as af

CAUSE = 4
ARGS = ("sea",)


class Msgs(list):
    def copy(self):
        return self


def main(topic: str):
    msgs = Msgs([{"role": "user", "content": topic}])
    a = af.lm_call(msgs, model="m")
    mine = msgs.copy()
    b = af.lm_call([{"role": "user", "content": a}], model="m")
    mine.append({"role": "user", "content": b})
    c = af.lm_call(list(msgs), model="m")
    return [a, b, c]
