"""str.format with a user object's attribute access: a property that prints, after a call
that fails."""

import autoform as af

CAUSE = 7
ARGS = ()
FAIL = {"boom"}


class Doc:
    @property
    def title(self):
        print("title read")
        return "Doc"


def main():
    d = Doc()
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": "about {0.title}".format(d)}], model="m")  # noqa: UP030, UP032
    return [a, b]
