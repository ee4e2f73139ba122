"""An f-string of a dict whose value's __repr__ logs, and str() of the first item of
a list parameter whose __str__ logs, after an independent call that fails: nothing logged."""

import autoform as af

CAUSE = 7
FAIL = {"first"}
LOG = []


class Note:
    def __repr__(self):
        LOG.append("repr")
        return "Note()"

    def __str__(self):
        LOG.append("str")
        return "note"


ARGS = ([Note()],)


def main(notes):
    table = {"k": Note()}
    a = af.lm_call([{"role": "user", "content": "first"}], model="m")
    b = af.lm_call([{"role": "user", "content": f"{table}"}], model="m")
    c = af.lm_call([{"role": "user", "content": "About " + str(notes[0])}], model="m")
    return [a, b, c]
