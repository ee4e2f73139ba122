"""A template with a conversion that does not exist ({!x}); the first reply is printed
before the second prompt is made from the template."""

import autoform as af

CAUSE = "format conversion of template not checked"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    print("first:", ra)
    prompt = "Describe {!x} briefly".format(b)
    rb = af.lm_call([{"role": "user", "content": prompt}], model="m")
    return ra, rb
