"""break from a while True loop after the reply repeats a seen one."""

import autoform as af

CAUSE = "while True break speculative"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(items):
    i = 0
    out = []
    while True:
        r = ask(items[i % 2])
        if r in out:
            break
        out.append(r)
        i += 1
    return out, i
