"""Meetings and events held online (a webinar, a videoconference): the signal of ``virtual_meeting``."""

from __future__ import annotations

from . import lexicon as L
from .signals import FUTURE_SHARE, Sentence, announced, has


def online(s: Sentence) -> float:
    """A meeting or an event held online: a webinar or a videoconference is one by itself; one still to
    come ("will run the network's webinars") is told less surely, as a trip announced."""
    if not (has(L.VIRTUAL_MEETING, s.text) or has(L.VIRTUAL, s.text)):
        return 0.0
    text = L.NOT_VIRTUAL.sub(" ", s.text)
    if L.VIRTUAL_MEETING.search(text) or (
        L.VIRTUAL.search(text) and (L.MEETING.search(text) or L.EVENT_NOUN.search(text))
    ):
        return FUTURE_SHARE if announced(s.text) else 1.0
    return 0.0
