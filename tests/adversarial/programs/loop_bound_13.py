"""sniffio tells which async library runs: none, as written."""

import sniffio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


def library():
    try:
        return sniffio.current_async_library()
    except sniffio.AsyncLibraryNotFoundError:
        return "none"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    lib = library()
    b = af.lm_call([{"role": "user", "content": lib}], model="m")
    return [a, b, lib]
