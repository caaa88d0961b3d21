"""Cue words for the event classifier and the topics (Persian and English), from general knowledge.

Patterns are written against display-normalized text (Persian letter forms, ASCII digits);
``[ ‌]?`` stands for "space, ZWNJ or nothing" between the parts of a compound.
"""

from __future__ import annotations

import re

S = "[ \u200c]?"  # optional space or ZWNJ inside Persian compounds


def rx(*parts: str) -> re.Pattern:
    # texts write ئ and ی both ("هیئت", "هییت"): accept both in every pattern
    body = "|".join(parts).replace("ئ", "[ئی]")
    firsts: set[str] = set()
    for p in parts:
        chars = _first_chars(p)
        if chars is None:
            return re.compile(body, re.I)
        firsts |= chars
    if "ئ" in firsts:
        firsts.add("ی")
    # A lookahead for the characters the alternatives can start with: the same matches, but the
    # engine tries the alternatives only where one can start, not at every character of the text.
    return re.compile("(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])(?:" + body + ")", re.I)


def _top_level(part: str):
    """(index, character, depth after it) of each character of ``part`` that is neither escaped nor inside a
    character class: the structure of groups and alternatives."""
    depth, i, in_class = 0, 0, False
    while i < len(part):
        c = part[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        else:
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def _split_top(part: str) -> list[str]:
    """``part`` split at its top-level ``|`` (not inside a group or a character class)."""
    cuts = [i for i, c, depth in _top_level(part) if c == "|" and depth == 0]
    return [part[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(part)], strict=True)]


def _group_end(part: str) -> int:
    """The index of the ``)`` closing the group ``part`` starts with (-1 when unbalanced)."""
    return next((i for i, c, depth in _top_level(part) if c == ")" and depth == 0), -1)


def _first_chars(part: str) -> set[str] | None:
    """The characters every match of ``part`` can start with, or None when that is not simple to tell
    (a class, an escape, an optional start)."""
    alternatives = _split_top(part)
    if len(alternatives) > 1:
        chars: set[str] = set()
        for a in alternatives:
            found = _first_chars(a)
            if found is None:
                return None
            chars |= found
        return chars
    p = part
    while p.startswith(r"\b"):
        p = p[2:]
    if p.startswith("(?:"):
        end = _group_end(p)
        quantifier = p[end + 1 : end + 2]
        inside = _first_chars(p[3:end]) if end > 0 and quantifier != "{" else None
        if inside is None or quantifier not in ("?", "*"):
            return inside
        after = _first_chars(p[end + 2 :])  # an optional group: what follows may start the match
        return None if after is None else inside | after
    if p.startswith("[") and "]" in p[1:]:
        end = p.index("]", 1)
        chars = _class_chars(p[1:end])
        return None if chars is None or p[end + 1 : end + 2] in ("?", "*", "{") else chars
    if not p or p[0] in "\\[(.^$|?*+{)" or p[1:2] in ("*", "{"):
        return None
    if p[1:2] == "?":  # an optional letter ("k?hokim"): it or what follows starts the match
        after = _first_chars(p[2:])
        return None if after is None else {p[0]} | after
    return {p[0]}


def _class_chars(body: str) -> set[str] | None:
    """The characters of a plain character class ("0-9", "ئی"); None for a negated or escaped one."""
    if not body or body[0] == "^" or "\\" in body:
        return None
    chars, i = set(), 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            if ord(body[i + 2]) - ord(body[i]) > 64:
                return None
            chars |= {chr(c) for c in range(ord(body[i]), ord(body[i + 2]) + 1)}
            i += 3
        else:
            chars.add(body[i])
            i += 1
    return chars


MUNICIPAL = rx(
    r"شهردار",
    r"شورای" + S + r"(?:اسلامی" + S + r")?شهر",
    r"کلان" + S + r"شهر",
    r"مجمع" + S + r"شهرداران",
    r"شهرهای" + S + r"خواهر",
    r"\bmayors?\b",
    r"\bmunicipal",
    r"\bcity council(?:lors?|men|women)?\b",
    r"\bcity hall\b",
    r"خواهر" + S + r"خواند",
    r"\blocal governments?\b",
    r"\bsister[- ]cit",
    r"\btwin(?:ned)? cit",
    r"\bmetropolis\b",
    r"\bmayoralty\b",
    # the city's executive under its Central Asian and post-Soviet names: akimat, khokimiyat, the city
    # executive committee or power, the city administration
    r"\b(?:deputy )?(?:akim(?:at)?|k?hokim(?:iyat)?)\b",
    r"\bcity (?:executive|administration)\b|\bexecutive committee of (?:the )?city\b",
    r"\bmetropolitan government\b",
    # the Tajik city's executive: its hukumat, in English "the Executive Body of State Power of <city>"
    r"\bhukumat\b|\bexecutive body of (?:the )?state power\b",
    # the Vietnamese city's government: "the Hanoi People's Committee" (a province's is not a city's)
    r"\bp(?<!provincial p)eople['’]s committee\b",
)
FOREIGN_ACTOR = rx(
    r"سفیر",
    r"سفارت",
    r"کنسول",
    r"خواهر" + S + r"خواند",
    r"هیئت" + S + r"خارجی",
    r"هیات" + S + r"خارجی",
    r"\bambassador",
    r"\bembassy",
    r"\bconsul",
    r"\bsister[- ]cit",
    r"\btwin(?:ned)? cit",
    r"\bforeign delegation",
)
# International without a named foreign party: an international event, guests "from 15 countries",
# foreign tourists or trips abroad ("همایش بین‌المللی", "سفرای ۱۲ کشور", "سفرهای خارجی").
INTERNATIONAL = rx(
    r"(?:اجلاس|همایش|کنگره|کنفرانس|نمایشگاه|جشنواره|رویداد|مجمع|سمپوزیوم|نشست)"
    + S
    + r"(?:[\u0600-\u06FF]+"
    + S
    + r"){0,3}بین"
    + S
    + r"(?:ال|ا)مللی",
    r"سفرای|سفیران",
    r"(?:[0-9]+|چند|دهها|ده" + S + r"ها)" + S + r"کشور",
    r"کشورهای" + S + r"(?:مختلف|جهان|خارجی|همسایه)",
    r"(?:گردشگران|مهمانان|میهمانان|سفرهای|هیئت"
    + S
    + r"های|شهرهای|زائران|سرمایه"
    + S
    + r"گذاران|اتباع)"
    + S
    + r"خارجی",
    r"\binternational (?:summit|congress|forum|conference|exhibition|festival|expo|symposium|fair|seminar"
    r"|workshop)",
    r"\bfrom (?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
    r"|fifty|several|many|\w+ (?:foreign|other)) countries\b",
    r"\bforeign (?:tourists|visitors|guests|trips|cities|delegations?)\b",
    r"(?:[0-9]+|چند)" + S + r"(?:پایتخت|کلان" + S + r"شهر)",
    r"پایتخت" + S + r"های" + S + r"(?:آسیایی|اروپایی|آفریقایی|عربی|اسلامی|کشورهای|جهان)",
    r"\b(?:asian|european|african|arab|islamic|latin american|world) capitals\b",
    r"\btrips? abroad\b",
)

SIGN = rx(
    r"امضا",
    r"منعقد",
    r"انعقاد",
    r"به" + S + r"امضای",
    r"تصویب",
    r"\bsign",
    r"\binked?\b",
    r"\bconclude",
    r"\bapproved\b",
    # sister-city ties made without a signing verb ("became sister cities", "خواهرخوانده شدند")
    r"\bagreed to (?:establish|become|form) (?:sister|twin)",
    r"\bbec(?:a|o)me (?:sister|twin)",
    r"\bestablished (?:sister|twin)[- ]cit",
    r"خواهرخوانده" + S + r"(?:شدند|شد)(?![\u0600-\u06FF])",
    # an agreement renewed or extended is agreed again
    r"تمدید",
    r"\brenew(?:s|ed|al)?\b",
    r"\bextended\b",
)
AGREEMENT_NOUN = rx(
    r"تفاهم" + S + r"نامه",
    r"یادداشت" + S + r"تفاهم",
    r"خواهر" + S + r"خواند",
    r"قرارداد",
    r"موافقت" + S + r"نامه",
    r"سند" + S + r"(?:اجرایی|همکاری)",
    r"\bmemorand",
    r"\bmou\b",
    r"\bagreement",
    r"\bsister[- ]cit",
    r"\btwin(?:ned|ning)? cit",
    r"\bcontract",
    # other names of what is signed: a document, a protocol, a letter of intent
    r"سند(?![\u0600-\u06FF])",
    r"اسناد",
    r"پروتکل",
    r"\bdocuments?\b",
    r"\bprotocol\b",
    r"\bletter of intent\b",
)
SISTER = rx(r"خواهر" + S + r"خواند", r"\bsister[- ]cit", r"\btwin(?:ned|ning)? cit", r"\btwinning\b")
# The agreement is sister-cityhood itself, not an agreement between cities that are sisters already.
SISTERHOOD = rx(
    r"خواهر" + S + r"خواندگی",
    r"خواهر" + S + r"خوانده" + S + r"(?:شدند|شد|می" + S + r"شوند)(?![\u0600-\u06FF])",
    r"\bsister[- ]cit(?:y|ies)(?:'s)? (?:agreement|relations?|ties|status|pact|accord|deal|protocol|charter|memorandum)",
    r"\b(?:bec(?:a|o)me|establish\w*|declared?) (?:as )?(?:sister|twin)",
    r"\btwinning (?:agreement|accord|pact|charter|protocol)",
    # "friendship city" (the Malaysian and Chinese name of sister cities), not a "friendly exchange" letter
    r"\bfriendship[- ]cit(?:y|ies)(?:'s)? (?:agreement|relations?|ties|status|pact|accord|deal|protocol|charter)",
)
MOU = rx(
    r"تفاهم" + S + r"نامه",
    r"یادداشت" + S + r"تفاهم",
    r"\bmemorand",
    r"\bmou\b",
    r"سند" + S + r"همکاری",
    r"\bcooperation agreement\b",
)
CONTRACT = rx(r"قرارداد", r"\bcontract")
# A sentence about partnership: cities listed in it are counterparts ("sister cities X, Y and Z").
COOPERATION = rx(
    r"همکاری",
    r"خواهر" + S + r"خوانده",
    r"شهرهای" + S + r"(?:خواهر|دوست|همکار)",
    r"\bcooperat",
    r"\bpartner(?:ship|s| cit)",
    r"\bfriendship cit",
    r"\bsister\b",
    r"\btwin",
)
MEMBERSHIP = rx(
    r"به" + S + r"عضویت",
    r"عضویت",
    r"به" + S + r"عنوان" + S + r"(?:نایب" + S + r")?رئیس.{0,40}انتخاب",
    r"انتخاب" + S + r"شد",
    r"\bjoin(?:s|ed)?\b.{0,40}\b(?:organi[sz]ation|network|association|forum)",
    r"\belected\b",
    r"\bappointed\b.{0,40}\b(?:president|chair|member|board|committee|council)",
    r"\bco-?(?:president|chair)\b",
    r"به" + S + r"عنوان" + S + r"(?:[\u0600-\u06FF]+" + S + r"){0,3}(?:منصوب|برگزیده)",
    r"\bmembership\b",
    r"\bbecame a member\b",
    r"\b(?:associate|full|new) member\b",
    r"\bmember of\b",
    r"\bvice[- ]president\b",
)
VIRTUAL = rx(
    r"ویدئو" + S + r"کنفرانس",
    r"ویدیو" + S + r"کنفرانس",
    r"وبینار",
    # "virtual" as the way of meeting, not "فضای مجازی" (social media) or "online sales"
    r"مجازی",
    r"برخط",
    r"(?:به" + S + r"(?:صورت|شکل)|بصورت)" + S + r"آنلاین",
    r"(?:نشست|جلسه|اجلاس|همایش|کنفرانس|دیدار|گفت" + S + r"و" + S + r"گوی|رویداد)" + S + r"آنلاین",
    r"\bvideo ?conferenc",
    r"\bvirtual(?:ly)?\b",
    r"\b(?:held|met|meets?|convened?|commenc\w*|opened|took place|gathered|joined|participated|spoke|took part)"
    r"(?: \w+){0,3} online\b",
    r"\bonline (?:meeting|conference|session|summit|forum|event|talks|discussion|seminar|ceremony|gathering)",
    r"\bwebinars?\b",
    r"\bvia video\b",
)
# "virtual" or "online" that is not how people met: social media, online schooling, virtual reality
NOT_VIRTUAL = rx(
    r"(?:فضای|شبکه"
    + S
    + r"(?:های)?|آموزش|کلاس"
    + S
    + r"(?:های)?|رسانه"
    + S
    + r"(?:های)?)"
    + S
    + r"(?:مجازی|آنلاین)",
    r"\bvirtual (?:reality|tour|museum|exhibition|assistant|currency)",
    r"\bsocial media\b",
)
# A form of meeting that is online by itself ("a webinar", "videoconference"): needs no meeting noun.
VIRTUAL_MEETING = rx(
    r"ویدئو" + S + r"کنفرانس",
    r"ویدیو" + S + r"کنفرانس",
    r"وبینار",
    r"\bvideo ?conferenc",
    r"\bwebinars?\b",
    r"\bvia video\b",
    r"\bzoom\b",
    r"(?:تماس|گفت" + S + r"و?" + S + r"گوی)" + S + r"(?:تلفنی|ویدئویی|ویدیویی|تصویری)",
    r"\b(?:tele)?phone (?:call|conversation|talks?)\b",
    r"\bvideo (?:call|link)\b",
)
EVENT_NOUN = rx(
    r"اجلاس",
    r"همایش",
    r"کنگره",
    r"کنفرانس",
    r"نمایشگاه",
    r"جشنواره",
    r"رویداد",
    r"مجمع" + S + r"(?:عمومی|جهانی|بین" + S + r"المللی|سالانه|شهرداران)",
    r"سمپوزیوم",
    r"سمینار",
    r"گردهمایی",
    r"\bseminar\b",
    r"\bgathering\b",
    r"کارگاه" + S + r"(?:آموزشی|بین)",
    r"میزگرد",
    r"\bworkshop\b",
    r"\bround ?table\b",
    r"\b(?:trade|travel|tourism|book) fair\b",
    # a meeting of a body's organ (commission, committee, board, bureau) and culture weeks or days
    r"(?:نشست|جلسه|اجلاس)"
    + S
    + r"(?:کمیسیون|کمیته|هی(?:ئ|أ|ا)?ت"
    + S
    + r"(?:مدیره|اجرایی|رئیسه|رییسه)|دفتر"
    + S
    + r"اجرایی|شورای"
    + S
    + r"(?:جهانی|اجرایی)|منطقه"
    + S
    + r"ای)",
    r"\b(?:commission|committee|board|bureau|executive council|world council) meeting\b",
    r"\bexecutive board\b",
    r"\bregional (?:meeting|session)\b",
    # a city that hosts a meeting holds an event: two sides meet, a city does not host them
    r"میزبان(?:ی)?" + S + r"(?:نشست|جلسه)",
    r"\bhost(?:s|ed|ing)? (?:a|the|an) (?:[\w-]+ ){0,4}meeting of\b",
    r"\bboard of directors\b",
    r"\bassembly\b",
    # ceremonies and receptions (a national day at a consulate)
    r"مراسم",
    r"\bceremon(?:y|ies)\b",
    r"\breception\b",
    r"\b(?:steering|executive) committee\b",
    r"\b(?:plenary|statutory|executive) (?:session|meeting)\b",
    r"\bmeeting of (?:the )?(?:[\w-]+ ){0,4}(?:commission|committee|board|bureau|executive council)\b",
    r"(?:هفته|روزهای|روز)" + S + r"(?:فرهنگ|فیلم|سینما|هنر|غذا)",
    r"\b(?:cultur(?:e|al)|film|cinema|art|food) (?:week|days)\b",
    # sports competitions: a tournament, a championship, a marathon
    r"مسابقات",
    r"تورنمنت",
    r"ماراتن",
    r"\btournament\b",
    r"\bchampionships?\b",
    r"\bmarathon\b",
    r"\bweek of (?:\w+ ){0,2}culture\b",
    r"شرکت" + S + r"در" + S + r"نشست",
    r"\bsummit\b",
    r"\bcongress\b",
    r"\bforum\b",
    r"\bconference\b",
    r"\bexhibition\b",
    r"\bfestival\b",
    r"\bexpo\b",
    r"\bgeneral assembly\b",
    r"\bworld council\b",
    r"\bsymposium\b",
    # a training course or programme for several cities' staff ("دوره آموزشی", "a ten-day training programme")
    r"دوره" + S + r"(?:های" + S + r")?(?:آموزشی|آموزش|تخصصی)",
    r"\btraining (?:course|programme|program|workshop|session)s?\b",
    # a city's feast: its day, its anniversary, celebrations ("جشن روز شهر", "the City Day celebrations")
    r"\bcelebrations\b|\bfestivities\b|\bcity day\b|\b(?:jubilee|anniversary) (?:celebrations?|events?)\b",
    r"جشن" + S + r"(?:روز|سالگرد|هزاره)(?![\u0600-\u06FF])",
    r"\b(?:founding|inaugural|annual) (?:meeting|session)\b",
    r"تور" + S + r"(?:گردشگری|شهرگردی|آشنایی|بازدید)",
    r"\b(?:study|guided|familiari[sz]ation) tour\b",
    r"نشست" + S + r"(?:سالانه|عمومی)",
    # an international meeting is a gathering, not two sides' talks ("نشست بین‌المللی", "an international meeting")
    r"نشست" + S + r"بین" + S + r"(?:ال|ا)مللی",
    r"\binternational (?:meeting|gathering|event)\b",
)
# Many parties: a meeting of them is an event ("شهرداران شهرهای خواهرخوانده", "mayors from 12 countries").
MULTILATERAL = rx(
    r"(?:[0-9]+|چند|ده" + S + r"ها)" + S + r"کشور",
    r"\bfrom (?:[0-9]+|several|many|\w+teen|twenty|thirty|forty|fifty) countries\b",
    r"شهرداران" + S + r"(?:شهرهای|کشورهای)",
    r"\bmayors of (?:\w+ ){0,2}(?:cities|countries)\b",
    r"(?:[0-9]+|چند)" + S + r"پایتخت",
    r"(?:شهرداران|نمایندگان)" + S + r"پایتخت" + S + r"های",
    # three or more cities or countries ("نمایندگانی از هشت کشور", "14 شهر آسیایی"), member cities
    r"(?:[3-9]|[1-9][0-9]+|سه|چهار|پنج|شش|هفت|هشت|نه|ده|یازده|دوازده|سیزده|چهارده|پانزده|بیست|سی)"
    + S
    + r"(?:کشور|شهر)(?![\u0600-\u06FF])",
    r"(?:شهرهای|شهرداران|کشورهای)" + S + r"عضو",
    r"\bmember (?:cities|countries|states)\b",
    r"\bfrom (?:[0-9]+|several|many|\w+teen|twenty|thirty|three|four|five|six|seven|eight|nine|ten|eleven|twelve) cities\b",
    r"\b(?:mayors|representatives|delegates) of (?:\w+ ){0,3}capitals\b",
)
ATTEND = rx(
    r"شرکت" + S + r"(?:در|کرد|می|خواهد)",
    r"حضور" + S + r"(?:در|یافت|دارد)",
    r"برای" + S + r"شرکت",
    r"\battend",
    r"\bparticipat",
    r"\btake part\b",
    r"\btook part\b",
    r"غرفه",
    r"\b(?:stand|pavilion|booth)\b",
    # a meeting "on the sidelines" of an event is a part of it
    r"در" + S + r"حاشیه",
    r"\bon the (?:sidelines|margins?)\b",
    # a speech or a presentation at the event is taking part in it
    r"سخنرانی",
    r"ارائه" + S + r"(?:داد|کرد)",
    r"\bspoke (?:at|to)\b",
    r"\baddress(?:ed)? the\b",
    r"\bpresent(?:ed|ing)\b",
)
TRAVEL_OUT = rx(
    r"وارد" + S + r"[\u0600-\u06FF]+" + S + r"شد",
    r"سفر" + S + r"(?:به|کرد|خود)",
    r"عزیمت",
    r"اعزام",
    r"رفت(?:ند)?\b",
    r"\barriv",
    r"\btravel",
    r"\bdepart",
    r"\bvisit(?:ed|ing)?\b",
    r"\btrip\b",
    r"\bflew\b",
    r"\bvisit to\b",
    r"بازدید" + S + r"از",
    r"در" + S + r"سفر",
)
HOST = rx(r"میزبان", r"به" + S + r"میزبانی", r"\bhost(?:s|ed|ing)?\b")
INBOUND = rx(
    r"هیئت" + S + r"[\u0600-\u06FF]*" + S + r"(?:از|کشور)",
    r"هیات" + S + r"[\u0600-\u06FF]*" + S + r"(?:از|کشور)",
    r"سفر" + S + r"به" + S + r"(?:تهران|شهر|ایران)",
    r"از" + S + r"[\u0600-\u06FF]+" + S + r"بازدید",
    r"\bdelegation from\b",
    r"\bvisit(?:ed|ing)? (?:tehran|iran|the city)\b",
    r"\bforeign delegation\b",
    r"\bhosted\b.{0,40}\bdelegation\b",
)
MEETING = rx(
    r"دیدار",
    r"ملاقات",
    r"نشست",
    r"گفت" + S + r"و" + S + r"گو",
    r"گفتگو",
    r"رایزنی",
    r"جلسه",
    r"\bmet\b",
    r"\bmeet(?:s|ing)?\b",
    r"\btalks\b",
    r"\bdiscuss",
    r"\breview(?:ed|s)?\b",
    r"\bexchanged views\b",
    r"تبادل" + S + r"نظر",
)
STATEMENT = rx(
    r"گفت",
    r"اظهار" + S + r"کرد",
    r"افزود",
    r"تاکید" + S + r"کرد",
    r"تأکید" + S + r"کرد",
    r"مصاحبه",
    r"گزارش",
    r"برنامه",
    r"پیشنهاد",
    r"\bsaid\b",
    r"\bstated\b",
    r"\binterview",
    r"\breport\b",
    r"\bplan\b",
    r"\bproposal\b",
    r"\bannounced\b",
)
# What someone said (the news is the statement) and what makes a lead a bilateral meeting.
SPEECH = rx(
    r"\bگفت\b",
    r"گفت:",
    r"اظهار" + S + r"کرد",
    r"تاکید" + S + r"کرد",
    r"تأکید" + S + r"کرد",
    r"خاطرنشان" + S + r"کرد",
    r"اعلام" + S + r"کرد:",
    r"\bsaid\b",
    r"\bsays\b",
    r"\bstated\b",
    r"\bsaying\b",
    # criticism voiced ("councillors criticised the twinning links", «انتقاد کرد»)
    r"\bcriticis",
    r"\bcriticiz",
    r"انتقاد" + S + r"(?:کرد|کردند)",
)
# An official who can be quoted in a "Role X: quote" headline.
SPEAKER = rx(
    r"شهردار",
    r"سفیر",
    r"کنسول",
    r"وزیر",
    r"رئیس",
    r"رییس",
    r"معاون",
    r"استاندار",
    r"دبیر" + S + r"کل",
    r"مدیر",
    r"سخنگو",
    r"عضو",
    r"\bcouncil(?:lor|man|woman| member)",
    r"\bspokes",
    r"\bdirector\b",
    r"\bhead of\b",
    r"\bmayor\b",
    r"\bambassador\b",
    r"\bminister\b",
    r"\bgovernor\b",
)
BILATERAL = rx(
    r"دیدار",
    r"ملاقات",
    r"گفت" + S + r"و" + S + r"گو" + S + r"با",
    r"گفتگو" + S + r"با",
    r"نشست" + S + r"(?:مشترک|دوجانبه)",
    r"با" + S + r"(?:سفیر|شهردار|سرکنسول|کنسول|هیئت|هیات|وزیر|معاون|استاندار|رئیس|رییس)",
    r"\bmet\b",
    r"\bmeets\b",
    r"\bmeeting (?:with|between)\b",
    r"\btalks with\b",
    # an official or a delegation received by the city's side ("received the Consul General of ...")
    r"\b(?:received|welcomed|hosted) (?!by\b)(?:the |a )?(?:\w+ ){0,2}(?:consul|ambassador|envoy|mayor|governor|minister"
    r"|delegation|deputy)",
)
INVITE = rx(r"دعوت" + S + r"(?:کرد|شد|نامه)", r"\binvit(?:ed|es|ation)\b")
FUTURE = rx(
    r"خواهد" + S + r"(?:شد|کرد|رفت)",
    r"قرار" + S + r"است",
    r"\bwill\b",
    r"\bis to\b",
    r"\bplans? to\b",
)
# a headline's infinitive is its future ("Shiraz to host ...", "Mashhad mayor to visit ..."): the subject's
# capitalised words or an office, then "to" and the deed; not a purpose inside a sentence ("went to Baku to attend")
HEADLINE_FUTURE = re.compile(
    r"^\s*(?:(?-i:[A-Z][\w'’.-]*)|and|mayors?|municipality|council|delegation|officials?|city|,)"
    r"(?:\s*(?:(?-i:[A-Z][\w'’.-]*)|and|mayors?|municipality|council|delegation|officials?|city|,)){0,6}"
    r"\s+to\s+(?:hold|host|stage|organi[sz]e|open|visit|sign|join|attend|launch|send|receive)\b",
    re.I,
)


# A proposal or suggestion: an agreement named in it is not signed yet.
PROPOSE = rx(r"پیشنهاد", r"\bpropos", r"\bsuggest")
# ... or only talked about: an agreement proposed, discussed or examined is not signed
# a demand or a condition: what is asked for is not done ("خواستار شد که ... پیش از هر امضای جدید", "urged the
# city to sign", "should sign")
DEMAND = rx(
    r"خواستار",
    r"ب(?<![\u0600-\u06FF]ب)(?:اید|ایستی|ایست)(?![\u0600-\u06FF])",
    r"\burg(?:e|es|ed|ing)\b",
    r"\bcall(?:s|ed|ing)? (?:for|on)\b",
    r"\bdemand(?:s|ed|ing)?\b",
    r"\b(?:should|must)\b",
    r"\bbefore (?:any|each|every) (?:new )?(?:signing|agreement|memorandum)\b",
)
PROPOSAL = rx(r"پیشنهاد", r"مطرح", r"بررسی", r"\bpropos", r"\bsuggest", r"\bdiscuss")
# The news is a publication: an interview, a report, statistics ("... می‌گوید", "in an interview").
REPORT = rx(
    r"مصاحبه",
    r"می" + S + r"گوید",
    r"آمار(?![\u0600-\u06FF])",
    r"گزارش" + S + r"(?:عملکرد|سالانه|سال|(?:شش|سه|نه)" + S + r"ماهه)",
    r"\b(?:half-year|six-month|quarterly|yearly) report\b",
    r"\binterview",
    r"\bstatistic",
    r"\bannual report\b",
    r"\breport (?:on|shows|says)\b",
    # an interview given to the press, a report or figures published
    r"گفت"
    + S
    + r"و?"
    + S
    + r"گوی?"
    + S
    + r"(?:اختصاصی"
    + S
    + r")?با"
    + S
    + r"(?:خبرنگار|رسانه|روزنامه|خبرگزاری|ایرنا|ایسنا|ایلنا|فارس|مهر|تسنیم|پایگاه|سایت|شبکه)",
    r"گفت" + S + r"و?" + S + r"گوی" + S + r"اختصاصی",
    r"\bexclusive interview\b",
    r"\btold (?:[A-Z][A-Za-z]+|the [A-Z]\w+ (?:News )?Agency)\b",
    r"(?:گزارش|اطلاعات|آمار|فهرست|جزئیات|جزییات|داده"
    + S
    + r"ها|ارقام)"
    + S
    + r"(?:[\u0600-\u06FF،,]+"
    + S
    + r"){0,8}منتشر",
    r"\b(?:data|figures|details|list|records|statistics)\b[^.]{0,60}\b(?:published|released|made public)\b",
    r"(?:بر" + S + r"اساس|طبق|بنابر)" + S + r"(?:این" + S + r")?(?:گزارش|آمار)",
    r"\btold (?:reporters|journalists|the press|the (?:city )?council|a (?:news )?conference)\b",
    # a press conference or words to reporters ("در جمع خبرنگاران", "نشست خبری", "at a news conference")
    r"(?:در" + S + r"جمع|به)" + S + r"(?:خبرنگاران|اصحاب" + S + r"رسانه)",
    r"(?:نشست|کنفرانس|گفت" + S + r"و" + S + r"گوی)" + S + r"(?:خبری|مطبوعاتی)",
    r"\b(?:news|press) (?:conference|briefing)\b",
    r"\baccording to (?:the )?(?:figures|statistics|data|a report|the report)\b",
    r"\breport (?:by|from|published)\b.{0,80}\b(?:shows?|says?|finds?|found|showed)\b",
    r"\bfigures (?:show|published|released)\b",
    # trips counted together ("سفرهای خارجی مدیران", "the council's foreign trips"): a report on them
    r"سفرهای" + S + r"(?:خارجی|برون" + S + r"مرزی)",
    r"\b(?:foreign|overseas) trips\b",
    r"\btrips abroad\b",
    # an article or an op-ed by an official
    r"یادداشت(?!" + S + r"تفاهم)",
    r"مقاله",
    r"\b(?:article|op-ed|column|essay)\b",
    r"\b(?:argues|writes|wrote)\b",
)
# A message sent, congratulations or condolences: no activity between the cities took place.
MESSAGE = rx(
    r"پیام" + S + r"(?:تبریک|تسلیت)",
    r"تبریک" + S + r"(?:گفت|گفتند)",
    r"تسلیت" + S + r"(?:گفت|گفتند)",
    r"\bcongratulat",
    r"\bcondolence",
)

# Who takes part: places listed in such a sentence are the participants' ("delegates from X, Y and Z").
PARTICIPANTS = rx(
    r"حضور" + S + r"(?:داشتند|یافتند)",
    r"با" + S + r"حضور",
    r"نمایندگان",
    r"شرکت" + S + r"(?:کنندگان|کردند)",
    r"سفرای",
    r"سفیران",
    r"هی(?:ئ|ا|)ت",
    r"\battended by\b",
    r"\bparticipants?\b",
    r"\bdelegat(?:es|ions?)\b",
    r"\bambassadors\b",
    r"\brepresentatives\b",
    r"\btook part\b",
)


# trips counted together: a story about them is a report, and the trips it lists are its content
TRIPS_COUNTED = rx(
    r"سفرهای" + S + r"(?:خارجی|برون" + S + r"مرزی)",
    r"\b(?:foreign|overseas) trips\b",
)
# a report of a period's work (an annual or half-year report, «گزارش عملکرد», «کارنامه»): the trips and
# visits it lists are its content
PERIOD_REPORT = rx(
    r"گزارش" + S + r"(?:عملکرد|سالانه|(?:شش|سه|نه)" + S + r"ماهه)",
    r"کارنامه",
    r"\b(?:annual|half-year|six-month|quarterly|yearly) report\b",
    r"\breport (?:on|of) (?:the|its|their) (?:year|work|activities)\b",
)
