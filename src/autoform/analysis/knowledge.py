"""What autoform knows of library functions and methods, as data keyed by what a name
resolves to (``json.loads``) or by the receiver's type (a str's ``strip``, a compiled
pattern's ``search``): which are pure, which may raise, what type they return, which call
a function they are given, which only write output (``print``, ``logging``). Unknown stays
unknown: what is not here is an unknown call. (In the spirit of Pysa's model files.)

A pure function reads its arguments and makes a value; it changes nothing anyone could see
and reads no module state. It may still raise (``json.loads`` of bad text, ``int("x")``):
``may_raise`` says so, and such a step keeps the order that raising needs. Users add their
own with ``af.pure`` (`declare`), recorded here by qualified name.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "CALLER_FRAMES",
    "CALLS_ITS_ARGUMENT",
    "CAUGHT",
    "CONSUMERS",
    "CONTEXT_MODULES",
    "CONTEXT_WRITERS",
    "FUNCTIONS",
    "IMMUTABLE_BUILTINS",
    "ITEMS_INTO",
    "ITEM_METHODS",
    "ITEM_USE",
    "KEEPS_NONE",
    "LIST_RESULT_METHODS",
    "METHODS",
    "NON_EMPTY_ARGUMENT",
    "PURE_BUILTINS",
    "REBINDS_NAMES",
    "STACKLEVEL_TAKERS",
    "STR_METHODS",
    "STR_METHOD_ARGUMENTS",
    "Known",
    "consumed_whole",
    "declare_pure",
    "function",
    "immutable_result",
    "method",
]


@dataclass(frozen=True)
class Known:
    """What a known function or method does besides computing its result."""

    may_raise: bool = True  # some arguments make it raise (bad JSON, a bad pattern, ...)
    result: str = ""  # the type of what it returns, when known ("str", "re.Match?", ...)
    # The result holds no reference to a mutable argument (a str, a number, a bool).
    immutable: bool = False
    output: bool = False  # writes only to a stream nobody here reads (print, logging)


# Values of these types hold no reference to anything mutable. (A tuple a method makes is
# one of strs and numbers: `partition`, `span`; the builtin `tuple` is not listed so.)
_IMMUTABLE_TYPES = frozenset({"str", "bytes", "int", "float", "bool", "tuple", "re.Match"})


def _k(result: str = "", may_raise: bool = True) -> Known:
    return Known(may_raise, result, result.rstrip("?") in _IMMUTABLE_TYPES)


def _table(spec: dict[str, str], may_raise: bool = True) -> dict[str, Known]:
    """``{"name name ...": result type}`` -> one entry per name."""
    return {name: _k(result, may_raise) for names, result in spec.items() for name in names.split()}


# -- functions, by what the name resolves to ------------------------------------------------

_BUILTINS = {
    "abs divmod round sum": "",
    "all any bool callable isinstance issubclass": "bool",
    "chr format repr str ascii hex oct bin": "str",
    "float": "float",
    "hash id len ord int": "int",
    "dict": "dict",
    "list sorted": "list",
    "set": "set",
    "frozenset": "frozenset",
    "tuple": "tuple",
    "enumerate zip reversed range": "iterator",
    "max min": "",
}
_EXCEPTIONS = (
    "Exception ValueError TypeError KeyError IndexError LookupError RuntimeError "
    "AttributeError NotImplementedError ArithmeticError ZeroDivisionError"
).split()
_MODULES = {
    # re: module functions (a bad pattern raises re.error)
    "re.search re.match re.fullmatch": "re.Match?",
    "re.findall": "list[findall]",  # of strs, or of tuples of strs (a pattern's groups)
    "re.split": "list",
    "re.finditer": "iterator",
    "re.sub re.escape": "str",
    "re.subn": "tuple",
    "re.compile": "re.Pattern",
    # json
    "json.loads": "json",  # a dict, list, str, number, bool or None: builtins only
    "json.dumps": "str",
    # math
    "math.sqrt math.exp math.log math.log2 math.log10 math.pow math.fabs math.fsum "
    "math.sin math.cos math.tan math.atan math.atan2 math.hypot math.dist": "float",
    "math.floor math.ceil math.trunc math.factorial math.gcd math.lcm math.comb "
    "math.perm math.isqrt math.prod": "int",
    "math.isclose math.isfinite math.isinf math.isnan": "bool",
    # statistics (StatisticsError on too few items; an int or a float, as the items are)
    "statistics.mean statistics.median statistics.median_low statistics.median_high "
    "statistics.mode statistics.stdev statistics.pstdev statistics.variance "
    "statistics.pvariance": "",
    "statistics.fmean": "float",
    "statistics.multimode statistics.quantiles": "list",
    # textwrap
    "textwrap.dedent textwrap.indent textwrap.fill textwrap.shorten": "str",
    "textwrap.wrap": "list",
    # string
    "string.Template": "string.Template",
    "string.capwords": "str",
    # collections: construction of new containers
    "collections.Counter": "collections.Counter",
    "collections.defaultdict": "dict",
    "collections.OrderedDict": "dict",
    "collections.deque": "list",
    "collections.namedtuple": "",
    "pydantic.BaseModel.model_validate pydantic.BaseModel.model_validate_json": "pydantic",
    "operator.itemgetter operator.attrgetter": "",
}
# Modules of the standard library through which code may change where output goes, or what
# writing it runs (a handler, `sys.stdout`, `redirect_stdout`): an unknown call of another
# library's does not (`output.output_may_move`).
OUTPUT_MODULES = frozenset(
    {"logging", "sys", "contextlib", "io", "builtins", "warnings", "traceback", "os"}
)

# Containers whose item read (`d[k]`) inserts a missing key: a read that changes them.
INSERTS_ON_READ = frozenset({"collections.defaultdict"})

# Calls that read items of what they are given, by its `__getitem__` (a template's fields:
# ``"{d[k]}".format(d=m)``, ``"{k}".format_map(m)``, ``Template("$k").substitute(m)``): of a
# container that inserts a missing key, a change. (``fmt % m`` does so too: `shapes`.)
READS_ITEMS_OF_ARGUMENTS = frozenset(
    {
        "str.format",
        "str.format_map",
        "string.Template.substitute",
        "string.Template.safe_substitute",
    }
)

# Methods that change a container in place (`list.append`, `dict.update`, ...): on a
# container only the function holds, a change of its own, not an effect.
CONTAINER_MUTATORS = frozenset(
    [
        "append",
        "extend",
        "insert",
        "pop",
        "remove",
        "clear",
        "sort",
        "reverse",
        "update",
        "setdefault",
        "add",
        "discard",
        "popitem",
    ]
)


# Builtins that call a function they are given, and where it is given (a position or a
# keyword): what that function does, they do.
CALLS_ITS_ARGUMENT: dict[str, tuple[int | str, ...]] = {
    "builtins.sorted": ("key",),
    "builtins.min": ("key",),
    "builtins.max": ("key",),
    "builtins.map": (0,),
    "builtins.filter": (0,),
    "collections.defaultdict": (0, "default_factory"),  # runs later, on a missing key
    "re.sub": (1, "repl"),
    "re.subn": (1, "repl"),
    "re.Pattern.sub": (0, "repl"),
    "re.Pattern.subn": (0, "repl"),
    "json.loads": (
        "cls",
        "object_hook",
        "object_pairs_hook",
        "parse_float",
        "parse_int",
        "parse_constant",
    ),
    "json.dumps": ("cls", "default"),
}
# Callables that take every item of the iterable they are given first before they return,
# by what they do between one item and the next. A generator expression one of them takes
# may be the list of its items made first only when that in-between runs no code of the
# user's and cannot fail (else an item's failure, or its side effect, would come after the
# later items' LM calls, not before): `consumed_whole` says for which items.
#   "list": they make a list of the items before looking at any (`sorted`, `str.join`)
#   "hash": they hash each item as it comes (`set`, `Counter`): a str, bytes or number
#   "add": they add up the items as they come (`sum`): numbers (an int or a float)
#   "compare": they compare each with the best so far (`min`, `max`): strs, or numbers
#   "pairs": they take each as a (key, value) pair (`dict`): a pair of a str or number, ...
# Not here: what may stop before the end (`any`, `all`, `next`, `zip`, `itertools.islice`):
# the calls of the items it never asked for would be made for nothing.
# What takes a ``stacklevel`` (a mapping passed with ``**`` may hold one).
STACKLEVEL_TAKERS = ("logging.", "warnings.warn")

# Calls that rebind a name of a module while the function runs (a test's patch made inside
# it), and where the name is: the patched attribute, given as the string at that argument
# (the last part of a dotted path), or as the keywords.
REBINDS_NAMES: dict[str, int | None] = {
    "unittest.mock.patch": 0,
    "unittest.mock.patch.object": 1,
    "unittest.mock._patch_object": 1,
    "unittest.mock.patch.multiple": None,
    "unittest.mock._patch_multiple": None,
}

# Calls that read the frames of the code calling them (or their own, whose caller and
# locals a compiled twin changes). Besides these, any call given a ``stacklevel`` other than 1
# (`logging`'s, `warnings.warn`) names a caller's frame.
CALLER_FRAMES = frozenset(
    {
        "sys._getframe",
        "inspect.currentframe",
        "inspect.stack",
        "inspect.getouterframes",
        "inspect.trace",
        "traceback.extract_stack",
        "traceback.format_stack",
        "traceback.print_stack",
        "traceback.walk_stack",
    }
)

# Calls that change the context the code calling them runs in, for the code after them
# (`contextvars.Context`): a helper making one is called in place, in its caller's context,
# not in a task of its own, whose context is a copy (`calls.writes_context`). Both names a
# context variable's methods resolve to: by its module's name, and by its type's (a live
# object's). ``decimal.getcontext`` makes the thread's decimal context where there is none
# yet, and gives the one ``getcontext().prec = 3`` changes.
CONTEXT_WRITERS = frozenset(
    {
        "contextvars.ContextVar.set",
        "contextvars.ContextVar.reset",
        "_contextvars.ContextVar.set",
        "_contextvars.ContextVar.reset",
        "decimal.setcontext",
        "decimal.getcontext",
        "_decimal.setcontext",
        "_decimal.getcontext",
        "_pydecimal.setcontext",
        "_pydecimal.getcontext",
    }
)
# The modules whose functions those are (``contextvars``, ``decimal``): a module importing
# one may write context variables by names no resolution follows.
CONTEXT_MODULES = frozenset(w.partition(".")[0] for w in CONTEXT_WRITERS)

CONSUMERS: dict[str, str] = {
    "builtins.list": "list",
    "builtins.tuple": "list",
    "builtins.sorted": "list",
    "str.join": "list",
    "collections.deque": "list",
    "statistics.median": "list",
    "statistics.median_low": "list",
    "statistics.median_high": "list",
    "builtins.set": "hash",
    "builtins.frozenset": "hash",
    "collections.Counter": "hash",
    "statistics.mode": "hash",
    "statistics.multimode": "hash",
    "builtins.sum": "add",
    "statistics.mean": "add",
    "builtins.min": "compare",
    "builtins.max": "compare",
    "builtins.dict": "pairs",
}
# The items for which each in-between runs no code of the user's and cannot fail.
_HASHABLE = frozenset({"str", "bytes", "int", "float", "bool"})
_ITEMS: dict[str, frozenset[str]] = {
    "hash": _HASHABLE | {"str|tuple[str]"},  # (an item of `re.findall`'s list)
    "add": frozenset({"int", "float", "bool"}),  # the same type each time: no int + str
    "compare": _HASHABLE,
}


def consumed_whole(qualname: str | None, item: str | None, key: str | None = None) -> bool:
    """May a generator expression ``qualname`` takes (its items of type ``item``, for a
    pair ``key`` the type of its first) be the list of its items made first?"""
    how = CONSUMERS.get(qualname or "")
    if how == "list":
        return True
    if how == "pairs":
        return item == "tuple" and key in _HASHABLE
    return how is not None and item in _ITEMS[how]


# Output only: they read their arguments and write to a stream nobody here reads. (A
# logging handler of the user's runs then too; it is taken to only write, in order.)
_LEVELS = "debug info warning warn error exception critical log".split()
_OUTPUT = {
    "builtins.print",
    *(f"logging.{level}" for level in _LEVELS),
    *(f"logging.Logger.{level}" for level in _LEVELS),
}

FUNCTIONS: dict[str, Known] = {
    **{f"builtins.{n}": k for n, k in _table(_BUILTINS).items()},
    "builtins.map": _k("iterator"),
    "builtins.filter": _k("iterator"),
    **_table(_MODULES),
    "builtins.tuple": Known(result="tuple"),  # may hold its argument's items
    # Making (not raising) a builtin exception: it holds its arguments, and runs no code.
    **{f"builtins.{n}": Known(may_raise=False, result="exception") for n in _EXCEPTIONS},
    **{name: Known(may_raise=False, output=True) for name in _OUTPUT},
}
# Declared by the user (`af.pure`), by qualified name.
_DECLARED: dict[str, Known] = {}

# -- methods, by the receiver's type --------------------------------------------------------

_STR = {
    "capitalize casefold center expandtabs format format_map ljust lower lstrip "
    "removeprefix removesuffix replace rjust rstrip strip swapcase title translate upper "
    "zfill join": "str",
    "count find index rfind rindex": "int",
    "endswith startswith isalnum isalpha isascii isdecimal isdigit isidentifier islower "
    "isnumeric isprintable isspace istitle isupper": "bool",
    "split rsplit splitlines": "list[str]",
    "partition rpartition": "tuple",
    "encode": "bytes",
}
_BYTES = {
    "capitalize center expandtabs join ljust lower lstrip removeprefix removesuffix replace "
    "rjust rstrip strip swapcase title translate upper zfill hex": "bytes",
    "decode": "str",
    "count find index rfind rindex": "int",
    "endswith startswith isalnum isalpha isascii isdigit islower isspace istitle isupper": "bool",
    "split rsplit splitlines": "list",
    "partition rpartition": "tuple",
}
# Methods of containers that make a new value and change nothing (the mutators are the
# effects analysis's business: changing a container the function built is no effect).
_LIST = {"copy": "list", "count index": "int"}
_TUPLE = {"count index": "int"}
_DICT = {"copy": "dict", "get": "", "keys values items": "view"}
_SET = {
    "copy union intersection difference symmetric_difference": "set",
    "isdisjoint issubset issuperset": "bool",
}
# A value json.loads made: a dict's or a list's methods (on the other, AttributeError).
_JSON = {"copy": "json", "get": "json?", "keys values items": "view", "count index": "int"}
_PATTERN = {
    "search match fullmatch": "re.Match?",
    "findall": "list[findall]",
    "split": "list",
    "finditer": "iterator",
    "sub": "str",
    "subn": "tuple",
}
_MATCH = {
    "group": "",  # a str, or a tuple of them, or None for a group that did not take part
    "groups": "tuple",
    "groupdict": "dict",
    "start end": "int",
    "span": "tuple",
    "expand": "str",
}
_TEMPLATE = {"substitute safe_substitute": "str", "get_identifiers": "list", "is_valid": "bool"}
_COUNTER = {"most_common": "list", "total": "int", "copy": "collections.Counter"}
_PYDANTIC = {"model_dump": "dict", "model_dump_json": "str", "model_copy": "pydantic"}
_VALIDATION_ERROR = {"errors": "list", "error_count": "int", "json": "str"}
_PYDANTIC_CLASS = {"model_validate model_validate_json": "pydantic"}

METHODS: dict[str, dict[str, Known]] = {
    "str": _table(_STR),
    "bytes": _table(_BYTES),
    "list": _table(_LIST),
    "tuple": _table(_TUPLE),
    "dict": _table(_DICT),
    "set": _table(_SET),
    "frozenset": _table(_SET),
    "json": _table(_JSON),
    "re.Pattern": _table(_PATTERN),
    # A str (or None: a group that did not take part), or a tuple of them for several
    # groups: typed as a str that may be None, whose methods a tuple lacks or has as pure.
    "re.Match": {**_table(_MATCH), "group": Known(result="str?", immutable=True)},
    "string.Template": _table(_TEMPLATE),
    "collections.Counter": {**_table(_DICT), **_table(_COUNTER)},
    "pydantic": _table(_PYDANTIC),
    "pydantic.ValidationError": _table(_VALIDATION_ERROR),
    "logging.Logger": {level: Known(may_raise=False, output=True) for level in _LEVELS},
    # The class itself, as a receiver (`Model.model_validate(data)`).
    "type[pydantic]": _table(_PYDANTIC_CLASS),
}


# What the methods of a container whose items' type is certain (`valuetypes.container`:
# ``dict<K,V>``, ``list<T>``, ``set<T>``) give, by that type's parts.
ITEM_METHODS: dict[str, dict[str, str]] = {
    "dict": {
        "keys": "view<K>",
        "values": "view<V>",
        "items": "view<tuple<K,V>>",
        "copy": "dict<K,V>",
    },
    "list": {"copy": "list<T>"},
    "set": {"copy": "set<T>"},
}
# Builtins that make a new container of their one argument's items, by what the name
# resolves to: what kind of container.
ITEMS_INTO: dict[str, str] = {
    "builtins.list": "list",
    "builtins.sorted": "list",
    "builtins.set": "set",
}
# What each of those, and the methods of such containers, does to the items: "" nothing
# (it only iterates, or reads the container), "hash", "compare" (orders them, `sorted`),
# "equal" (compares each with its argument, `count`). With items builtin all the way down
# (or hashable, or ordered without fail, as it needs), none runs anyone's code or fails.
ITEM_USE: dict[str, str] = {
    "builtins.list": "",
    "builtins.len": "",
    "builtins.sorted": "compare",
    "builtins.set": "hash",
    "dict.keys": "",
    "dict.values": "",
    "dict.items": "",
    "dict.copy": "",
    "list.copy": "",
    "set.copy": "",
    "list.count": "equal",
}

# Calls that keep no reference to their arguments, nor return one: a container of the
# function's own given to one stays its own (`valuetypes.local_types`). (Output calls too.)
KEEPS_NONE = frozenset(
    {*ITEM_USE, "builtins.str", "builtins.repr", "builtins.tuple", "builtins.frozenset"}
    | {"builtins.sum", "builtins.any", "builtins.all", "json.dumps"}
    | {"str.join", "str.format"}
)

# Library exceptions by what the name resolves to: the type of what `except C as e` binds.
# (Like a str's methods, theirs are taken as the library's: a subclass of the user's that
# overrides them is not looked for.)
CAUGHT = {
    "pydantic.ValidationError": "pydantic.ValidationError",
    "pydantic_core.ValidationError": "pydantic.ValidationError",
}


def function(qualname: str | None) -> Known | None:
    """What is known of the function ``qualname`` resolves to (None: unknown)."""
    if not qualname:
        return None
    return FUNCTIONS.get(qualname) or _DECLARED.get(qualname)


def method(receiver: str | None, name: str) -> Known | None:
    """What is known of method ``name`` of a value of type ``receiver``. A value that may be
    None (``re.Match?``) has the same methods: called on None, they raise."""
    if not receiver:
        return None
    kind = receiver.rstrip("?").removesuffix("[str]").removesuffix("[findall]")
    if kind.endswith(">"):
        kind = kind[: kind.index("<")]  # `dict<str,int>`: a dict's
    return METHODS.get(kind, {}).get(name)


def immutable_result(qualname: str) -> str | None:
    """The type of what ``qualname`` returns when it holds nothing mutable (a str, a number):
    a module-level name bound once to such a call (``PROMPT = textwrap.dedent(...)``) holds
    a value of that type for good."""
    known = FUNCTIONS.get(qualname)
    return known.result.rstrip("?") if known is not None and known.immutable else None


def declare_pure(qualname: str, may_raise: bool = True) -> None:
    """Record ``qualname`` as a pure function of its arguments (``af.pure``)."""
    _DECLARED[qualname] = Known(may_raise)


# -- the names the analyses ask for directly -------------------------------------------------

PURE_BUILTINS = frozenset(
    name.removeprefix("builtins.")
    for name, known in FUNCTIONS.items()
    if name.startswith("builtins.") and not known.output and name != "builtins.map"
    if name != "builtins.filter"
)
IMMUTABLE_BUILTINS = frozenset(
    name.removeprefix("builtins.")
    for name, known in FUNCTIONS.items()
    if name.startswith("builtins.") and known.immutable and not known.output
)
STR_METHODS = frozenset(METHODS["str"])

# A str's methods that cannot fail when given these many str arguments, positionally, and
# nothing else (``text.strip()``, ``text.strip(chars)``, ``text.replace(a, b)``): (least,
# most). Another count raises TypeError (``text.lower("x")``); so does a non-str (``find(s,
# "2")``: slice indices). ``NON_EMPTY_ARGUMENT``: the argument must not be "" (a literal
# then: ``text.split("")`` raises ValueError).
# Functions whose int result may be far longer than their arguments (a product, a power, a
# shift): what formatting it may then raise (`raises.formats_plainly`). Any other known
# function of short ints gives a short one (a length, a sum, a max).
GROWS_INTS = frozenset(
    {
        "builtins.pow",
        "math.factorial",
        "math.prod",
        "math.comb",
        "math.perm",
        "math.lcm",
        "math.ldexp",
        "operator.mul",
        "operator.imul",
        "operator.pow",
        "operator.ipow",
        "operator.lshift",
        "operator.ilshift",
        "int.from_bytes",
        "builtins.int.from_bytes",
    }
)

# Known functions and methods (of a builtin container or a str: a pure call's) whose int
# result is short whatever they are given: a length, a hash, a position, a count.
SHORT_INTS = frozenset({"builtins.len", "builtins.hash", "builtins.id", "builtins.ord"})
SHORT_INT_METHODS = frozenset({"count", "find", "index", "rfind", "rindex"})

STR_METHOD_ARGUMENTS: dict[str, tuple[int, int]] = {
    **dict.fromkeys(
        "capitalize casefold lower upper title swapcase splitlines isalpha isdigit isspace "
        "isupper islower isalnum istitle".split(),
        (0, 0),
    ),
    **dict.fromkeys("strip lstrip rstrip split rsplit".split(), (0, 1)),
    **dict.fromkeys(
        "startswith endswith find rfind count removeprefix removesuffix".split(), (1, 1)
    ),
    "replace": (2, 2),
}
NON_EMPTY_ARGUMENT = frozenset({"split", "rsplit"})
LIST_RESULT_METHODS = frozenset(
    name for name, known in METHODS["str"].items() if not known.immutable
)
