"""print(obj) where obj's __str__ counts into a module list; the next call's prompt reads
the count."""

import autoform as af

CAUSE = "output"
ARGS = ()
SHOWN = []


class Card:
    def __str__(self):
        SHOWN.append(1)
        return "card"


def main():
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    print(Card(), a)
    b = af.lm_call([{"role": "user", "content": f"shown {len(SHOWN)}"}], model="m")
    return [a, b]
