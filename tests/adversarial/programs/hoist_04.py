"""An attribute read on None after a print: AttributeError after the print."""

import autoform as af

CAUSE = 7
ARGS = (None,)


def main(cfg):
    a = af.lm_call([{"role": "user", "content": "hi"}], model="m")
    print("configuring")
    model = cfg.model
    return af.lm_call([{"role": "user", "content": a}], model=model)
