"""Identity of replies to identical prompts in a fanned comprehension."""

import autoform as af

CAUSE = "dedup of identical requests shares one str object"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(items):
    rs = [ask(x) for x in items + items]
    return [rs[i] is rs[i + len(items)] for i in range(len(items))], len(rs)
