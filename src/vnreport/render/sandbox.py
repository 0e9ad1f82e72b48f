"""The Jinja environment a template runs in: sandboxed, immutable and bounded.

A template may come from another office, restyled in Word, or from a system that builds
them; it is treated as untrusted. It can place the variables vnreport gives it, test them
(``{% if %}``), loop over them (``{% for %}``) and transform text with a short list of
filters and string methods. It cannot reach an attribute that starts with "_", a global,
a file, the environment or a method that changes data; it cannot make a string, a list
or a number larger than :class:`~vnreport.limits.TemplateLimits` allows; its loops,
calls and output are counted, and it is stopped when it runs past its time budget.

The limits are enforced where the work happens, before the memory is spent: repetition
(``*``), powers, ``%`` and ``str.format`` widths, ``replace``, ``join`` and padding are
measured from their operands; loops are wrapped so that every iteration is counted;
concatenation and call results are measured as they are made; output is measured as the
template yields it.
"""

from __future__ import annotations

import functools
import re
import string
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.runtime import LoopContext, Macro
from jinja2.sandbox import ImmutableSandboxedEnvironment, safe_range

from vnreport.limits import TemplateLimits

__all__ = ["BUDGET", "Budget", "TemplateLimitError", "compile_part", "sandbox"]

#: The context key of the render's budget; guards fail closed when it is missing.
BUDGET = "__vnreport_budget__"
_ITER_GUARD = "__vnreport_loop__"
_SIZE_GUARD = "__vnreport_size__"
#: Names a template may not use: its own blocks (``self``) and vnreport's guards.
_UNAVAILABLE = frozenset({"self", BUDGET, _ITER_GUARD, _SIZE_GUARD})
#: Bits an integer made by ``*`` or ``**`` may have (about 30,000 decimal digits).
_MAX_INT_BITS = 100_000
#: Widths in ``%`` and ``str.format`` specifications, and of padding filters.
_MAX_WIDTH = 1_000
_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[a-zA-Z%]")
_DIGITS = re.compile(r"\d+")

# What a template may call on the values vnreport gives it (texts, lists, mappings).
# Every other method — and every method that changes a value — is refused.
_TEXT_METHODS = frozenset(
    {
        "capitalize", "casefold", "center", "count", "endswith", "find", "format",
        "index", "isalnum", "isalpha", "isdigit", "islower", "isnumeric", "isspace",
        "istitle", "isupper", "join", "ljust", "lower", "lstrip", "partition",
        "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust",
        "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip",
        "swapcase", "title", "upper", "zfill",
    }
)  # fmt: skip
_MAPPING_METHODS = frozenset({"get", "items", "keys", "values"})
_SEQUENCE_METHODS = frozenset({"count", "index"})
_LOOP_METHODS = frozenset({"changed", "cycle"})


class TemplateLimitError(SecurityError):
    """A template ran past one of its limits."""


class Budget:
    """What one render may still spend: loop steps, output, time.

    One budget belongs to one render of one part; it is the only state a render keeps.
    """

    __slots__ = ("_deadline", "_iterations", "limits", "output")

    def __init__(self, limits: TemplateLimits, *, clock: Callable[[], float] = time.monotonic):
        self.limits = limits
        self._deadline = clock() + limits.max_seconds
        self._iterations = 0
        self.output = 0

    def step(self) -> None:
        """Count one loop iteration or call, and stop the render past its time."""
        self._iterations += 1
        if self._iterations > self.limits.max_iterations:
            raise TemplateLimitError(
                f"the template's loops and calls ran more than "
                f"{self.limits.max_iterations:,} steps (TemplateLimits.max_iterations)"
            )
        if time.monotonic() > self._deadline:
            raise TemplateLimitError(
                f"the template ran longer than {self.limits.max_seconds:g} s "
                "(TemplateLimits.max_seconds)"
            )

    def allow(self, size: int, what: str) -> None:
        """Refuse to make a value of ``size`` characters or items past the limit."""
        if size > self.limits.max_output_chars:
            raise TemplateLimitError(
                f"{what} would make {size:,} characters or items, more than "
                f"{self.limits.max_output_chars:,} (TemplateLimits.max_output_chars)"
            )

    def emit(self, chunk: str) -> None:
        """Count a piece of the part's output."""
        self.output += len(chunk)
        if self.output > self.limits.max_output_chars:
            raise TemplateLimitError(
                f"the part's output grew past {self.limits.max_output_chars:,} characters "
                "(TemplateLimits.max_output_chars)"
            )
        if time.monotonic() > self._deadline:
            raise TemplateLimitError(
                f"the template ran longer than {self.limits.max_seconds:g} s "
                "(TemplateLimits.max_seconds)"
            )


def _budget(context: Any) -> Budget:
    budget = context.get(BUDGET) if context is not None else None
    if not isinstance(budget, Budget):
        # Fail closed: a template that hides the budget does not run unbounded.
        raise SecurityError("the template replaced vnreport's render budget")
    return budget


def _size(value: object) -> int | None:
    return len(value) if isinstance(value, str | list | tuple) else None


# --- guards the compiled template calls ------------------------------------------------


@jinja2.pass_context
def _loop_guard(context: Any, iterable: Iterable[Any]) -> Iterator[Any]:
    budget = _budget(context)
    for item in iterable:
        budget.step()
        yield item


@jinja2.pass_context
def _size_guard(context: Any, value: Any) -> Any:
    size = _size(value)
    if size is not None:
        _budget(context).allow(size, "joining texts")
    return value


@jinja2.pass_context
def _range(context: Any, *arguments: int) -> range:
    # Jinja's own cap (100,000 items), and every item is counted by the loop guard.
    _budget(context).step()
    return safe_range(*arguments)


# --- filters -----------------------------------------------------------------------------


def _check_width(width: object, what: str) -> None:
    if isinstance(width, int) and width > _MAX_WIDTH:
        raise TemplateLimitError(f"{what} with a width of {width:,} (at most {_MAX_WIDTH:,})")


def _check_percent(template: str) -> None:
    for match in _PERCENT_SPEC.finditer(template):
        for part in match.groups():
            if part == "*":
                raise TemplateLimitError("a '%' format whose width comes from an argument ('*')")
            if part is not None:
                _check_width(int(part), "a '%' format")


def _check_format(template: str) -> None:
    for _literal, _field, spec, _conversion in string.Formatter().parse(template):
        if spec and "{" in spec:
            raise TemplateLimitError("a format whose width comes from an argument ('{:{}}')")
        for digits in _DIGITS.findall(spec or ""):
            _check_width(int(digits), "a format field")


def _replace_size(text: str, old: str, new: str, count: int = -1) -> int:
    occurrences = len(text) + 1 if not old else text.count(old)
    if count >= 0:
        occurrences = min(occurrences, count)
    return len(text) + occurrences * (len(new) - len(old))


def _join_size(separator: str, items: list[Any]) -> int:
    return sum(len(str(item)) for item in items) + len(separator) * max(0, len(items) - 1)


def _guarded_filters(filters: dict[str, Any]) -> dict[str, Any]:
    """The filters a template may use; those that can amplify are measured first."""
    allowed = {
        name: filters[name]
        for name in (
            "abs", "attr", "capitalize", "count", "d", "default", "dictsort", "e",
            "escape", "first", "float", "groupby", "int", "items", "last", "length",
            "list", "lower", "map", "max", "min", "reject", "rejectattr", "reverse",
            "round", "select", "selectattr", "sort", "string", "sum", "title", "tojson",
            "trim", "truncate", "unique", "upper", "wordcount",
        )
    }  # fmt: skip
    original_replace = filters["replace"]
    original_join = filters["join"]
    original_center = filters["center"]
    original_indent = filters["indent"]
    original_format = filters["format"]

    @jinja2.pass_context
    def replace(context: Any, value: Any, old: Any, new: Any, count: int | None = None) -> Any:
        if isinstance(value, str) and isinstance(old, str) and isinstance(new, str):
            size = _replace_size(value, old, new, -1 if count is None else count)
            _budget(context).allow(size, "the replace filter")
        return original_replace(context.eval_ctx, value, old, new, count)

    @jinja2.pass_context
    def join(context: Any, value: Any, d: str = "", attribute: Any = None) -> Any:
        items = list(value)
        _budget(context).allow(_join_size(str(d), items), "the join filter")
        return original_join(context.eval_ctx, items, d, attribute)

    def center(value: Any, width: int = 80) -> Any:
        _check_width(width, "the center filter")
        return original_center(value, width)

    def indent(value: Any, width: Any = 4, first: bool = False, blank: bool = False) -> Any:
        _check_width(width if isinstance(width, int) else len(str(width)), "the indent filter")
        return original_indent(value, width, first, blank)

    def format(value: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(value, str):
            _check_percent(value)
        return original_format(value, *args, **kwargs)

    allowed.update(replace=replace, join=join, center=center, indent=indent, format=format)
    return allowed


# --- the environment -------------------------------------------------------------------


class _SandboxedEnvironment(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def call(
        __self,  # noqa: N805  # Jinja's signature: the names must not clash with kwargs
        __context: Any,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        budget = _budget(__context)
        budget.step()
        _check_callable(__obj)
        _check_call_size(__obj, args, kwargs, budget)
        result = super().call(__context, __obj, *args, **kwargs)
        size = _size(result)
        if size is not None:
            budget.allow(size, _callable_name(__obj))
        return result

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        budget = _budget(context)
        if operator == "*":
            _check_repeat(left, right, budget)
        elif operator == "**":
            _check_power(left, right)
        elif operator == "%" and isinstance(left, str):
            _check_percent(left)
        elif operator == "+":
            sizes = (_size(left), _size(right))
            if None not in sizes:
                budget.allow(sum(size or 0 for size in sizes), "'+'")
        return super().call_binop(context, operator, left, right)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        template = value.__self__

        def checked(*args: Any, **kwargs: Any) -> str:
            _check_format(template)
            return wrapped(*args, **kwargs)

        checked.vnreport_format = True  # type: ignore[attr-defined]
        return checked


def _check_repeat(left: Any, right: Any, budget: Budget) -> None:
    for sequence, count in ((left, right), (right, left)):
        size = _size(sequence)
        if size is not None and isinstance(count, int):
            budget.allow(size * max(count, 0), "'*'")
            return
    if (
        isinstance(left, int)
        and isinstance(right, int)
        and abs(left).bit_length() + abs(right).bit_length() > _MAX_INT_BITS
    ):
        raise TemplateLimitError("a product of integers too large to be a document's number")


def _check_power(base: Any, exponent: Any) -> None:
    if (
        isinstance(base, int)
        and isinstance(exponent, int)
        and exponent > 0
        and abs(base).bit_length() * exponent > _MAX_INT_BITS
    ):
        raise TemplateLimitError(f"a power too large to be a document's number (** {exponent})")


def _callable_name(obj: Any) -> str:
    owner = getattr(obj, "__self__", None)
    name = getattr(obj, "__name__", type(obj).__name__)
    if owner is not None and not isinstance(owner, type):
        return f"{type(owner).__name__}.{name}"
    return str(name)


_GUARDS = (_loop_guard, _size_guard, _range)


def _check_callable(obj: Any) -> None:
    if isinstance(obj, Macro | LoopContext) or any(obj is guard for guard in _GUARDS):
        return
    if obj is dict or getattr(obj, "vnreport_format", False):
        return
    owner = getattr(obj, "__self__", None)
    name = getattr(obj, "__name__", "")
    allowed: frozenset[str] = frozenset()
    if isinstance(owner, str):  # Markup too
        allowed = _TEXT_METHODS
    elif isinstance(owner, dict):
        allowed = _MAPPING_METHODS
    elif isinstance(owner, list | tuple):
        allowed = _SEQUENCE_METHODS
    elif isinstance(owner, LoopContext):
        allowed = _LOOP_METHODS
    if name not in allowed:
        raise SecurityError(f"calling {_callable_name(obj)} is not allowed in a template")


def _check_call_size(
    obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any], budget: Budget
) -> None:
    owner = getattr(obj, "__self__", None)
    if not isinstance(owner, str):
        return
    name = getattr(obj, "__name__", "")
    if name in ("center", "ljust", "rjust", "zfill") and args:
        _check_width(args[0], f"str.{name}")
    elif name == "replace" and len(args) >= 2:
        old, new = args[0], args[1]
        count = args[2] if len(args) > 2 else kwargs.get("count", -1)
        if isinstance(old, str) and isinstance(new, str) and isinstance(count, int):
            budget.allow(_replace_size(owner, old, new, count), "str.replace")
    elif name == "join" and args and isinstance(args[0], list | tuple):
        budget.allow(_join_size(owner, list(args[0])), "str.join")
    elif name == "join" and args:
        raise SecurityError("str.join takes a list in a template")


def _guarded(node: nodes.Node) -> nodes.Node:
    """``node`` with every loop's iterable and every concatenation wrapped in a guard."""
    for field in node.fields:
        value = getattr(node, field, None)
        if isinstance(value, nodes.Node):
            setattr(node, field, _guarded(value))
        elif isinstance(value, list):
            setattr(
                node,
                field,
                [_guarded(item) if isinstance(item, nodes.Node) else item for item in value],
            )
    if isinstance(node, nodes.Name) and node.name in _UNAVAILABLE:
        # The template's own blocks and the render budget are not for templates to touch.
        raise jinja2.TemplateSyntaxError(
            f"{node.name!r} is not available in a vnreport template", node.lineno
        )
    if isinstance(node, nodes.For):
        assert isinstance(node.iter, nodes.Expr)
        node.iter = _guard_call(_ITER_GUARD, node.iter)
    elif isinstance(node, nodes.Concat):
        return _guard_call(_SIZE_GUARD, node)
    return node


def _guard_call(name: str, argument: nodes.Expr) -> nodes.Call:
    return nodes.Call(
        nodes.Name(name, "load", lineno=argument.lineno),
        [argument],
        [],
        None,
        None,
        lineno=argument.lineno,
    )


@functools.cache
def sandbox() -> jinja2.Environment:
    """The environment every template is compiled in. Built once, never changed after.

    Autoescape: the author's text is text, never markup. StrictUndefined: a variable the
    template names but the context lacks is an error, not an empty string.
    """
    environment = _SandboxedEnvironment(
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    environment.globals.clear()
    environment.globals.update(
        {_ITER_GUARD: _loop_guard, _SIZE_GUARD: _size_guard, "range": _range, "dict": dict}
    )
    environment.filters = _guarded_filters(dict(environment.filters))
    return environment


def compile_part(source: str, filename: str) -> jinja2.Template:
    """Compile a part's patched XML with every loop and concatenation guarded.

    ``filename`` names the part in tracebacks, so that an error can be placed.
    """
    environment = sandbox()
    tree = _guarded(environment.parse(source, filename=filename))
    assert isinstance(tree, nodes.Template)
    code = environment.compile(tree, filename=filename)
    return environment.template_class.from_code(
        environment, code, environment.make_globals(None), None
    )
