"""Templates filled from a settings dict with .format(**d); the dict is updated after each
reply (turn counter, last reply), so each prompt depends on the previous step."""

import autoform as af

CAUSE = "format kwargs dict mutated"
ARGS = (["owls", "cats", "dogs"],)
TEMPLATE = "Turn {turn}: tell me about {topic}. Last time you said {last}."


def main(items: list):
    ctx = {"turn": 0, "last": "nothing"}
    out = []
    for t in items:
        ctx["turn"] += 1
        prompt = TEMPLATE.format(topic=t, **ctx)
        r = af.lm_call([{"role": "user", "content": prompt}], model="m")
        ctx["last"] = r[-10:]
        out.append(r)
    return out, ctx
