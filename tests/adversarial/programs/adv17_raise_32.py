"""The prompt template is a module constant that load_config() replaces with one needing a
keyword the code does not pass (KeyError), after a printed first reply."""

import autoform as af

CAUSE = "rebound template constant"
ARGS = ("owls", "cats")
TEMPLATE = "Tell me about {}"


def load_config():
    global TEMPLATE
    TEMPLATE = "Tell me about {} for {audience}"


def main(a: str, b: str):
    load_config()
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    print("first:", ra)
    prompt = TEMPLATE.format(b)
    rb = af.lm_call([{"role": "user", "content": prompt}], model="m")
    return ra, rb
