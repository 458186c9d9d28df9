"""Where a phrasing can start: a fast scan for the positions worth trying a slow regex at.

Python's regex engine skips ahead quickly only when a pattern starts with a literal or a plain
character class. The catalog's phrasings do not: they open with optional words ("(?:chỉ số )?"),
a look-behind ("(?<=về\\s)") or a group per phrasing, so ``search`` runs the whole pattern at every
character of the sentence (the DTI phrasing alone was ~8 % of extraction time on the bench pages).
A topic match must also start a word (``catalog.Topic.finditer``). So we compute, once per pattern,
the letters a match can begin with and put a look-ahead for them and a look-behind for the word
start before the pattern: at a position where either fails the engine moves on at C speed, and the
pattern runs only at word starts with a possible first letter. The same matches, in the same
order, as searching at every position and keeping those that start a word.
"""

from __future__ import annotations

import re

try:  # the standard library's regex parser (Python >= 3.11); without it callers keep the plain search
    import _sre
    from re import _compiler, _constants, _parser
except ImportError:  # pragma: no cover - older Pythons: no fast scan, same results
    _compiler = _constants = _parser = _sre = None

_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def first_chars(pattern: re.Pattern[str]) -> tuple[frozenset[str] | None, bool]:
    """(the characters a match of ``pattern`` can start with, whether it can match the empty string).

    The characters are None when not known for sure: an unknown construct, a negated class, a
    category (``\\s``, ``\\w``), case folding, or no parser. Nullable is then True (the safe answer)."""
    if _parser is None or pattern.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None, True
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # any parser change means: no fast scan
        return None, True
    chars, _ = _first(list(tree))
    nullable = tree.getwidth()[0] == 0  # the parser's own minimum width (look-arounds count 0)
    return (None if chars is None else frozenset(chars)), nullable


def _first(items: list) -> tuple[set[str] | None, bool]:
    """(first characters, whether the sequence can match empty) of a parsed sequence; the
    characters are None as soon as one item's are unknown (its emptiness is then irrelevant)."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first_item(op.name, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_item(op: str, av) -> tuple[set[str] | None, bool]:
    if op == "LITERAL":
        return {chr(av)}, False
    if op == "IN":
        chars: set[str] = set()
        for sub, arg in av:
            if sub.name == "LITERAL":
                chars.add(chr(arg))
            elif sub.name == "RANGE" and arg[1] - arg[0] < 128:
                chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
            else:  # NEGATE, CATEGORY (\s, \d, \w), wide ranges: not worth it
                return None, False
        return chars, False
    if op in _ZERO_WIDTH:  # look-arounds and anchors consume nothing: the next item starts the match
        return set(), True
    if op == "SUBPATTERN":
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & re.IGNORECASE:
            return None, False
        return _first(list(sub))
    if op == "ATOMIC_GROUP":
        return _first(list(av))
    if op == "BRANCH":
        out: set[str] = set()
        nullable = False
        for alt in av[1]:
            chars, alt_nullable = _first(list(alt))
            if chars is None:
                return None, False
            out |= chars
            nullable = nullable or alt_nullable
        return out, nullable
    if op in _REPEATS:
        lo, _hi, sub = av
        chars, nullable = _first(list(sub))
        return chars, nullable or lo == 0
    return None, False  # ANY, NOT_LITERAL, GROUPREF, ...: anything may start here


def engine_skips(pattern: re.Pattern[str]) -> bool:
    """Whether the engine itself skips ahead to a possible start (the pattern opens with a literal,
    a character class or a choice of literals): then ``search`` is already fast."""
    if _parser is None or _compiler is None:
        return False
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        return bool(_compiler._get_literal_prefix(tree, pattern.flags)[0]) or bool(
            _compiler._get_charset_prefix(tree, pattern.flags)
        )
    except Exception:  # any parser change means: assume no skip
        return False


def word_start_scanner(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` behind a cheap gate: its matches that start a word (the character before is not a
    letter or digit, as ``str.isalnum`` says) with one of the letters a match can begin with; None
    when the plain search is as fast (the engine skips ahead itself) or the only exact one
    (``pattern`` can match the empty string).

    The gate is a look-ahead for the first letter and a look-behind for the word start, tried by
    the engine at every position at C speed; the whole pattern runs only where both hold. (A Python
    loop over the positions a character-class scan found, matching at each, did the same work with
    a Python step per word start: 2.5 % of extraction time on the bench pages.)"""
    chars, nullable = first_chars(pattern)
    if nullable or engine_skips(pattern):
        return None
    # (?<![^\W_]): ``\w`` without "_" is exactly str.isalnum
    first = "" if chars is None else "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"
    return skipping(re.compile(first + r"(?<![^\W_])(?:" + pattern.pattern + ")", pattern.flags))


def skipping(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern``, compiled so that ``search`` skips at C speed to the characters a match can start
    with (``first_chars``); ``pattern`` itself when those are not known, it can match the empty
    string, or the engine already skips ahead.

    The engine skips ahead only when the pattern opens with a literal, a character class or a
    choice of literals (``engine_skips``); one that opens with ``\\b``, a look-around, a group
    with optional words or a repeat ("[a-z]+") is run whole at every character. The compiler puts
    what it found in an info block before the pattern's code; we put the set of first characters
    there ourselves (the same block the compiler writes for a pattern opening with a class). It
    is only a gate: the pattern runs unchanged at each position whose character is in the set, and
    a match starts nowhere else, so the matches are the same, in the same order."""
    chars, nullable = first_chars(pattern)
    if chars is None or nullable or _sre is None or engine_skips(pattern):
        return pattern
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        flags = tree.state.flags | pattern.flags
        code = _compiler._code(tree, flags)
        if code[:3] != [_constants.INFO, 4, 0]:  # not the plain block (min, max width) we know how to extend
            return pattern
        # the info block: flags, min width, max width, then the character set (as _compile_info writes it)
        info = [_constants.SRE_INFO_CHARSET, code[3], code[4]]
        charset, _ = _compiler._optimize_charset([(_constants.LITERAL, ord(c)) for c in sorted(chars)])
        _compiler._compile_charset(charset, flags, info)
        code = [_constants.INFO, len(info) + 1, *info, *code[5:]]
        groupindex = tree.state.groupdict
        indexgroup = [None] * tree.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        return _sre.compile(pattern.pattern, flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup))
    except Exception:  # any change in the compiler's internals means: the plain pattern
        return pattern


def by_first_char(branches: list[tuple[str, str]]) -> str:
    """``(?:c1r1|c2r2|...)`` for branches of a literal first character ``c`` and the regex ``r`` after
    it (no top-level ``|`` in it), the branches of one first character under one group, in their order.

    At each position whose character may start a match, the engine tries a flat alternation's
    branches one by one (a branch's first character rejects it quickly, but every branch is asked);
    grouped, it asks each first character once (the self-references of the gazetteer and the word
    masks of numbers.py, run over the whole article: 1.5 % of the bench pages' instructions). The
    same matches: branches with different first characters never match at the same position, and
    within a group the order, which says the branch that wins, is kept."""
    groups: dict[str, list[str]] = {}
    for first, rest in branches:
        groups.setdefault(first, []).append(rest)
    return "(?:" + "|".join(re.escape(c) + "(?:" + "|".join(rest) + ")" for c, rest in groups.items()) + ")"


def finditer_led(pattern: re.Pattern[str], text: str, leads: tuple[str, ...], pos: int = 0, endpos: int | None = None):
    """``pattern.finditer(text, pos, endpos)`` for a pattern every match of which starts with one of the
    literal strings ``leads`` and is not empty: the pattern is tried only where one of them is written
    (found by ``str.find``, at C speed), in order, on from the end of the last match, as ``finditer``
    goes. A search over the text would try it at every position whose character may start a match:
    for a list of words, nearly every word of the text ("t", "d", "c", "k", ...)."""
    endpos = len(text) if endpos is None else endpos
    starts = set()
    for w in leads:
        at = text.find(w, pos, endpos)
        while at >= 0:
            starts.add(at)
            at = text.find(w, at + 1, endpos)
    return finditer_at(pattern, text, sorted(starts), pos, endpos)


def finditer_at(pattern: re.Pattern[str], text: str, starts: list[int], pos: int = 0, endpos: int | None = None):
    """``pattern.finditer(text, pos, endpos)`` for a non-empty pattern that can only match at one of
    ``starts`` (sorted): tried there alone, in order, on from the end of the last match."""
    endpos = len(text) if endpos is None else endpos
    for at in starts:
        if at < pos:
            continue
        if at >= endpos:
            return
        m = pattern.match(text, at, endpos)
        if m is not None:
            yield m
            pos = m.end()


def last_match(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[pos:endpos]``, if any (what a rule reads when the nearest cue before a
    value is the one that counts)."""
    found = None
    for found in pattern.finditer(text, pos, endpos):  # noqa: B007 (the loop keeps the last)
        pass
    return found
