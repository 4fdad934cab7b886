"""Whether a quotation stands right next to an attribution: after its cue (past a comma or
colon) or right before its speaker."""

from __future__ import annotations


def quote_follows(tokens, i: int) -> bool:
    n = len(tokens)
    if i < n and tokens[i].text in ",:":
        i += 1
    return i < n and tokens[i].kind == "q"


def quote_frame(tokens, k: int, cue_end: int) -> bool:
    """A quotation right before the speaker or right after the cue (past a comma or colon)."""
    n = len(tokens)
    j = cue_end
    if j < n and tokens[j].text in ",:":
        j += 1
    if j < n and tokens[j].kind == "q":
        return True
    back = k
    while back >= 0 and k - back <= 6 and tokens[back].kind == "w":
        back -= 1
    return back >= 0 and (
        tokens[back].kind == "q"
        or (tokens[back].text == "," and back > 0 and tokens[back - 1].kind == "q")
    )


def after_quote(tokens, k: int) -> bool:
    """The cue right after a quotation (perhaps past its comma): ``"...," says X``."""
    return tokens[k].kind == "q" or (k > 0 and tokens[k].text == "," and tokens[k - 1].kind == "q")
