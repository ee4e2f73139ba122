"""Results collected in a list subclass whose append prints a progress line."""

import autoform as af

CAUSE = "list subclass append prints"
ARGS = (["owls", "cats", "dogs"],)


class Progress(list):
    def append(self, item):
        print(f"[{len(self) + 1}] {item}")
        super().append(item)


def main(items: list):
    out = Progress()
    for t in items:
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return list(out)
