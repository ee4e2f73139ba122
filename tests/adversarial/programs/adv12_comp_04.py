"""A global callable's __eq__, __hash__, __bool__ and __len__ print."""

import autoform as af

CAUSE = "compile runs dunders of globals"
ARGS = ("owls",)


class Helper:
    def __eq__(self, other):
        print("eq")
        return False

    def __hash__(self):
        print("hash")
        return 1

    def __bool__(self):
        print("bool")
        return True

    def __len__(self):
        print("len")
        return 1

    def __call__(self, q):
        return af.lm_call([{"role": "user", "content": q}], model="m")


helper = Helper()


def main(topic: str):
    print("start")
    return [helper(topic), helper(topic + "?")]
