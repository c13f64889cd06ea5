"""Nuxt 2's page state: `window.__NUXT__=(function(a,b,…){return {…}}(1,"x",…))`, a function
whose arguments fill the object literal it returns (pure; no code is run).

>>> nuxt_state('window.__NUXT__=(function(a,b){return {data:[{t:a,n:b}]}}("Ferry",2));')
{'data': [{'t': 'Ferry', 'n': 2}]}
>>> nuxt_state('window.__NUXT__={x:1}') is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Bounds for a hostile page: the literal's nesting and its values.
_MAX_DEPTH = 200
_MAX_VALUES = 200_000
_IIFE = re.compile(r"__NUXT__\s*=\s*\(\s*function\s*\(([\w$,\s]*)\)\s*\{")
_RETURN = re.compile(r"\breturn\s+(?=[{\[])")
_IDENT = re.compile(r"[A-Za-z_$][\w$]*")
_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_SPACE = re.compile(r"\s*")
_DATE = re.compile(r"new Date\((-?\d{1,16})\)")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_LITERALS: dict[str, object] = {"true": True, "false": False, "null": None, "undefined": None}
_PLAIN = {'"': re.compile(r'[^"\\]*'), "'": re.compile(r"[^'\\]*")}


class _Unreadable(Exception):
    """The literal holds what this reader does not read (code, a call, a bound passed)."""


@dataclass(frozen=True, slots=True)
class _Ref:
    """A parameter's name in the returned literal, filled from the arguments."""

    name: str


def nuxt_state(script: str) -> object | None:
    """The state a Nuxt 2 page's script returns from its function, its parameters filled from
    its arguments; None when the script holds no such function or reads as none."""
    m = _IIFE.search(script)
    if m is None:
        return None
    params = [p.strip() for p in m.group(1).split(",") if p.strip()]
    body = _RETURN.search(script, m.end())
    if body is None:
        return None
    reader = _Reader(script)
    try:
        returned, at = reader.value(body.end(), 0)
        at = reader.expect(at, "}")
        at = reader.expect(at, "(")
        args: list[object] = []
        at = reader.skip(at)
        while script[at : at + 1] != ")":
            value, at = reader.value(at, 0)
            args.append(value)
            at = reader.skip(at)
            if script[at : at + 1] == ",":
                at += 1
    except (_Unreadable, IndexError, ValueError, RecursionError):
        return None
    bound = dict(zip(params, args, strict=False))
    try:
        return _filled(returned, bound, 0, [_MAX_VALUES])
    except _Unreadable:
        return None


def _filled(value: object, bound: dict[str, object], depth: int, budget: list[int]) -> object:
    """The value with each parameter's name replaced by its argument; the values it holds
    counted against `budget` (an argument named many times is walked each time it stands)."""
    budget[0] -= 1
    if depth > _MAX_DEPTH or budget[0] < 0:
        raise _Unreadable
    if isinstance(value, _Ref):
        return _filled(bound.get(value.name), {}, depth + 1, budget)
    if isinstance(value, dict):
        return {k: _filled(v, bound, depth + 1, budget) for k, v in value.items()}
    if isinstance(value, list):
        return [_filled(v, bound, depth + 1, budget) for v in value]
    return value


class _Reader:
    """A reader of JavaScript's literals: objects, arrays, strings, numbers, names."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.values = 0

    def skip(self, at: int) -> int:
        """The position after the blanks at `at`."""
        m = _SPACE.match(self.text, at)
        return m.end() if m else at

    def expect(self, at: int, mark: str) -> int:
        """The position after `mark`, which must come next."""
        at = self.skip(at)
        if self.text[at : at + 1] != mark:
            raise _Unreadable
        return at + 1

    def value(self, at: int, depth: int) -> tuple[object, int]:
        """The literal at `at` and the position after it."""
        self.values += 1
        if depth > _MAX_DEPTH or self.values > _MAX_VALUES:
            raise _Unreadable
        at = self.skip(at)
        char = self.text[at]
        if char == "{":
            return self._object(at + 1, depth)
        if char == "[":
            return self._array(at + 1, depth)
        if char in "\"'":
            return self._string(at)
        if (number := _NUMBER.match(self.text, at)) is not None:
            raw = number.group()
            return (float(raw) if any(c in raw for c in ".eE") else int(raw)), number.end()
        if self.text.startswith("void 0", at):
            return None, at + len("void 0")
        if (date := _DATE.match(self.text, at)) is not None:
            return int(date.group(1)), date.end()  # Nuxt 2's dates: their milliseconds
        if (name := _IDENT.match(self.text, at)) is not None:
            word = name.group()
            if word in _LITERALS:
                return _LITERALS[word], name.end()
            if self.text[self.skip(name.end()) : self.skip(name.end()) + 1] == "(":
                raise _Unreadable  # a call ("Array(3)") is code
            return _Ref(word), name.end()
        raise _Unreadable

    def _object(self, at: int, depth: int) -> tuple[dict[str, object], int]:
        found: dict[str, object] = {}
        at = self.skip(at)
        while self.text[at] != "}":
            if self.text[at] in "\"'":
                key, at = self._string(at)
            elif (name := _IDENT.match(self.text, at) or _NUMBER.match(self.text, at)) is not None:
                key, at = name.group(), name.end()
            else:
                raise _Unreadable
            at = self.expect(at, ":")
            found[str(key)], at = self.value(at, depth + 1)
            at = self.skip(at)
            if self.text[at] == ",":
                at = self.skip(at + 1)
            elif self.text[at] != "}":
                raise _Unreadable
        return found, at + 1

    def _array(self, at: int, depth: int) -> tuple[list[object], int]:
        found: list[object] = []
        at = self.skip(at)
        while self.text[at] != "]":
            item, at = self.value(at, depth + 1)
            found.append(item)
            at = self.skip(at)
            if self.text[at] == ",":
                at = self.skip(at + 1)
            elif self.text[at] != "]":
                raise _Unreadable
        return found, at + 1

    def _string(self, at: int) -> tuple[str, int]:
        quote = self.text[at]
        out: list[str] = []
        at += 1
        while True:
            # (runs of plain characters read at once: the text between escapes)
            plain = _PLAIN[quote].match(self.text, at)
            end = plain.end() if plain else at
            out.append(self.text[at:end])
            at = end
            if self.text[at] == quote:
                return "".join(out), at + 1
            code = self.text[at + 1]
            if code == "u":
                out.append(chr(int(self.text[at + 2 : at + 6], 16)))
                at += 6
            elif code == "x":
                out.append(chr(int(self.text[at + 2 : at + 4], 16)))
                at += 4
            else:
                out.append(_ESCAPES.get(code, code))
                at += 2
