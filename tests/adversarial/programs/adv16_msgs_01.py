"""A chat history list is sent, then extended (not with the reply) before an independent
call; the first request must carry the history as it was when sent."""

import autoform as af

CAUSE = "messages list mutated after send"
ARGS = ("owls",)


def main(topic: str):
    hist = [{"role": "user", "content": f"tell me about {topic}"}]
    a = af.lm_call(hist, model="m")
    b = af.lm_call([{"role": "user", "content": "unrelated"}], model="m")
    hist.append({"role": "user", "content": "and their habitat?"})
    c = af.lm_call(hist, model="m")
    return a, b, c
