"""concept: the words that name what is measured, as written (lower-cased).

A rule's cue grows to its noun phrase ("miskin" -> "jumlah penduduk miskin"); without a
cue, the counted noun phrase in and after the span ("549 rumah tidak layak huni"). Never
a unit code, a function word or a number fragment.
"""

from __future__ import annotations

import re
from itertools import islice

from ..numbers import load_numbers
from .lexicon import Lexicon, last_digit

SCALE_WORDS = frozenset(w.lower() for w in load_numbers()["scales"])
CONCEPT_WORD = re.compile(r"[^\W\d_][\w-]*|\d\S*|[^\w\s]")


def first_words(s: str, n: int) -> list[str]:
    """The first ``n`` concept words of ``s`` (a phrase reads no further)."""
    return [m.group() for m in islice(CONCEPT_WORD.finditer(s), n)]


def content_run(words: list[str], lex: Lexicon, limit: int, continuing: bool = False) -> list[str]:
    """The leading words of ``words`` (as written) up to a stop word, a digit, punctuation
    or a name; lower-cased. ``continuing``: the words go on a phrase, so even the first may
    not be a name."""
    out: list[str] = []
    for raw in words[:limit]:
        w = raw.lower()
        if w in lex.concept_stop or not w[0].isalpha() or any(map(str.isdigit, w)):
            break
        if (out or continuing) and raw[0].isupper():
            break  # a name ("penduduk miskin Jambi"): the place, not what is measured
        if out and w.startswith("me") and len(w) >= 6:
            break  # a verb ("memulai usaha") starts the predicate, not the noun phrase
        out.append(w)
    return out


def _verb_concept(left_raw: list[str], verb: str, after: str, lex: Lexicon) -> str:
    """A verb cue with the noun phrase it says something of ("modal yang dicairkan",
    "Total dana yang sudah dicairkan"), else the purpose after the amount ("untuk program
    penanggulangan kemiskinan"); "" with neither."""
    words = [w.lower() for w in left_raw]
    at = len(words) - 1 - words[::-1].index(verb) if verb in words else -1
    k = at - 1
    while k >= 0 and words[k] in lex.concept_aux:
        k -= 1
    if at > 0 and k >= 1 and words[k] == "yang":
        head: list[str] = []
        for raw in reversed(left_raw[max(0, k - 4) : k]):
            w = raw.lower()
            if w in lex.concept_stop or not w[0].isalpha() or (head and raw[0].isupper()):
                break
            head.insert(0, w)
        if head:
            return " ".join([*head, *words[k : at + 1]])
    rest = first_words(after, 12)
    lows = [w.lower() for w in rest]
    purpose = next((i for i, w in enumerate(lows) if w in lex.concept_purpose), None)
    if purpose is not None:
        run = content_run(rest[purpose + 1 :], lex, 5, continuing=True)
        if run:
            return " ".join([lows[purpose], *run])
    return ""


_WINDOW = 400  # characters either side of the figure: far more than a phrase and a cue window


def concept_of(cue: str, before: str, span: str, after: str, lex: Lexicon) -> str:
    """What is measured, as written (lower-cased): the rule's cue grown to its noun phrase,
    else the counted noun phrase in and after the span; never a unit code."""
    # Only the words near the figure can be part of its phrase: a bounded window is enough.
    before, after = before[-_WINDOW:], after[:_WINDOW]
    # The counted noun inside the span ("549 rumah", "3,9 juta orang") and its modifiers.
    digit = last_digit(span)
    inside = [w for w in CONCEPT_WORD.findall(span[digit + 1 :])
              if w.isalpha() and w.lower() not in SCALE_WORDS]
    noun = content_run(inside + first_words(after, 6), lex, 6) if inside else []
    cue = cue.lower().strip()
    if len(cue) > 3:
        left_raw = CONCEPT_WORD.findall(before)
        left_words = [w.lower() for w in left_raw]
        cue_words = CONCEPT_WORD.findall(cue)
        # Where the cue stands in the words before the number: grow it there.
        at = next((i for i in range(len(left_words) - len(cue_words), -1, -1)
                   if left_words[i : i + len(cue_words)] == cue_words), None)
        if at is not None:
            lead = at
            while lead > 0 and at - lead < 3 and left_words[lead - 1] in lex.concept_lead:
                lead -= 1
            tail = content_run(left_raw[at + len(cue_words) :], lex, 3, continuing=True)
            cue_words = left_words[lead:at] + cue_words + tail
        while cue_words and cue_words[0] in lex.concept_stop:
            cue_words = cue_words[1:]  # "dari total pagu": the phrase, not its preposition
        phrase = " ".join(cue_words)
        if not noun and len(cue_words) == 1 and lex.concept_verb.match(phrase):
            return _verb_concept(left_raw, phrase, after, lex) or phrase
        if noun and (len(cue_words) == 1 or all(w in lex.concept_stop for w in cue_words)):
            return " ".join(noun)  # a verb or preposition cue ("membantu", "kepada") names less
        if noun and phrase in " ".join(noun):
            return " ".join(noun)  # "549 rumah tidak layak huni": the noun phrase holds the cue
        return phrase
    if not noun:
        noun = content_run(first_words(after, 4), lex, 4)
    return " ".join(noun)
