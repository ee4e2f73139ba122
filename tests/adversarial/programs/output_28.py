"""Items print before and after their call; the generator they come from prints too,
and raises after the second item: OSError, after both items' output."""

import autoform as af

CAUSE = "output"
ARGS = ()


def source():
    yield "a"
    print("yielded a")
    yield "b"
    print("yielded b")
    raise OSError("broken")


def main():
    out = []
    for x in source():
        print("item", x)
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        print("got", r)
        out.append(r)
    return out
