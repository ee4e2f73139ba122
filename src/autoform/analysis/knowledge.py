"""What autoform knows of library functions and methods, as data keyed by what a name
resolves to (``builtins.len``) or by the receiver's type (a str's methods): which are pure,
which return an immutable value, which call a function they are given. Unknown stays
unknown: what is not here is an unknown call. (In the spirit of Pysa's model files.)"""

from __future__ import annotations

__all__ = [
    "CALLS_ITS_ARGUMENT",
    "IMMUTABLE_BUILTINS",
    "LIST_RESULT_METHODS",
    "PURE_BUILTINS",
    "STR_METHODS",
]

PURE_BUILTINS = frozenset(
    [
        "abs",
        "all",
        "any",
        "bool",
        "chr",
        "dict",
        "divmod",
        "enumerate",
        "float",
        "format",
        "frozenset",
        "hash",
        "int",
        "isinstance",
        "issubclass",
        "len",
        "list",
        "max",
        "min",
        "ord",
        "range",
        "repr",
        "reversed",
        "round",
        "set",
        "sorted",
        "str",
        "sum",
        "tuple",
        "zip",
    ]
)
IMMUTABLE_BUILTINS = frozenset(
    [
        "abs",
        "bool",
        "chr",
        "float",
        "format",
        "hash",
        "int",
        "isinstance",
        "issubclass",
        "len",
        "ord",
        "repr",
        "round",
        "str",
    ]
)


STR_METHODS = frozenset(
    [
        "capitalize",
        "casefold",
        "center",
        "count",
        "endswith",
        "expandtabs",
        "find",
        "format",
        "index",
        "isalnum",
        "isalpha",
        "isascii",
        "isdecimal",
        "isdigit",
        "isidentifier",
        "islower",
        "isnumeric",
        "isprintable",
        "isspace",
        "istitle",
        "isupper",
        "join",
        "ljust",
        "lower",
        "lstrip",
        "partition",
        "removeprefix",
        "removesuffix",
        "replace",
        "rfind",
        "rindex",
        "rjust",
        "rpartition",
        "rsplit",
        "rstrip",
        "split",
        "splitlines",
        "startswith",
        "strip",
        "swapcase",
        "title",
        "upper",
        "zfill",
    ]
)
LIST_RESULT_METHODS = frozenset({"split", "rsplit", "splitlines", "partition", "rpartition"})


# Builtins that call a function they are given, and where it is given (a position or a
# keyword): what that function does, they do.
CALLS_ITS_ARGUMENT: dict[str, tuple[int | str, ...]] = {
    "builtins.sorted": ("key",),
    "builtins.min": ("key",),
    "builtins.max": ("key",),
    "builtins.map": (0,),
    "builtins.filter": (0,),
}
