"""Two independent calls; between them the shared list is printed and then extended with
the first reply: the print must show the list before the extend."""

import autoform as af

CAUSE = "print before extend"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    acc = ["start"]
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    print("acc:", acc)
    acc.append(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    print("acc:", acc)
    acc.append(rb)
    return acc
