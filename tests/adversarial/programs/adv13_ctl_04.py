"""A while loop with a counter and a walrus: keep refining until the reply is short or the
budget runs out; each refinement prints its round."""

import autoform as af

CAUSE = "while walrus"
ARGS = ("a very long topic about owls and cats",)


def main(topic: str):
    rounds = 0
    text = topic
    while (rounds := rounds + 1) <= 4 and len(
        reply := af.lm_call([{"role": "user", "content": f"shorten: {text}"}], model="m")
    ) > 12:
        print(f"round {rounds}: {len(reply)}")
        text = reply[: len(reply) // 2]
    return rounds, text
