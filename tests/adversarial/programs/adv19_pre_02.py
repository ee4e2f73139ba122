"""Prompt built with a dict lookup that misses (KeyError) for a later item, inside a try
that prints what was done."""

import autoform as af

CAUSE = "pre-call KeyError in try"
ARGS = (["owls", "cats", "emus", "dogs"],)
STYLE = {"owls": "poem", "cats": "haiku", "dogs": "limerick"}


def main(items: list):
    out = []
    try:
        for t in items:
            r = af.lm_call([{"role": "user", "content": f"{STYLE[t]} about {t}"}], model="m")
            out.append(r)
    except KeyError as e:
        print("no style", e)
    return out
