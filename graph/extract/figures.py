"""Finding money, power and chip-count figures in text, normalised, with the hedge the source used.

Each figure keeps its span, its normalised amount (USD, W or chips) and its qualifier. A money
figure is also labelled with what it measures when that is not a deal (a valuation, revenue, a
share price…), so that such figures never become claims of the deal relations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract.scan import guarded, matches_in, occurrences

_WORD_NUMBERS = {
    "half a": 0.5, "half an": 0.5, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "several": None,
    "first": 1,  # "the first gigawatt" of a phased deal
    # "a quarter of a billion dollars", "two and a half gigawatts"
    "a quarter of a": 0.25, "a quarter of an": 0.25, "one quarter of a": 0.25, "three quarters of a": 0.75,
    "three quarters of an": 0.75, "a third of a": 1 / 3, "one third of a": 1 / 3, "two thirds of a": 2 / 3,
    "two thirds of an": 2 / 3, "one and a half": 1.5, "two and a half": 2.5, "three and a half": 3.5, "four and a half": 4.5,
    "five and a half": 5.5,
}
_SCALES = {
    "trillion": 1e12, "tn": 1e12, "t": 1e12, "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "mm": 1e6, "thousand": 1e3, "k": 1e3,
}
_POWER = {"tw": 1e12, "terawatt": 1e12, "gw": 1e9, "gigawatt": 1e9, "mw": 1e6, "megawatt": 1e6,
          "kw": 1e3, "kilowatt": 1e3}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = r"(?:half\s+an?|(?:a|one)\s+quarter\s+of\s+an?|three[\s-]quarters\s+of\s+an?|(?:a|one)\s+third\s+of\s+an?|two[\s-]thirds\s+of\s+an?|" \
           r"(?:one|two|three|four|five)\s+and\s+a\s+half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|an)"
_SCALE_WORD = r"trillion|billion|million|thousand|tn|bn|bln|mn|mln"

# (Each figure pattern looks ahead at what a figure can open with: see scan.guarded.)
_MONEY = re.compile(guarded(
    rf"(?:(?P<cur>US\$|U\.S\.\s?\$|USD\s?|\$)\s?(?P<num>{_NUM})(?:\s?(?P<scale>(?i:{_SCALE_WORD}))\b|(?P<letter>[BbMmKkTt]{{1,2}})\b)?"
    rf"|(?<![\w.])(?P<num2>{_NUM}|(?i:{_WORDNUM}))\s+(?P<scale2>(?i:{_SCALE_WORD}))\s+(?:(?:US|U\.S\.)\s+)?(?i:dollars|USD))"),
)
_POWER_RE = re.compile(guarded(
    # ("up to 2,050 additional megawatts": the word between says more of the same)
    rf"(?:(?<![\w.])|(?<=\bc\.))(?P<num>{_NUM}|(?i:{_WORDNUM}|first))(?:\s*|-|\s+(?:additional|more|new|further|extra)\s+)"
    rf"(?P<unit>(?i:terawatts?|gigawatts?|megawatts?|kilowatts?)|TW|GW|MW|kW|KW)s?\b"
    r"(?![\-\s](?:scale|class|size|sized|level)\b)"),  # "the first gigawatt-scale cluster": a class, not a figure
)
_CHIP_NOUN = (r"(?:GPUs?|chips?|TPUs?|accelerators?|processors?|superchips?|XPUs?|NPUs?|graphics processing units?|graphics processors?|"
              r"AI chips?|H100s|H200s|A100s|B200s|GB200s|GB300s|Blackwells|Trainium\d?\s+chips)")
_CHIPS = re.compile(guarded(
    rf"(?:(?<![\w.])|(?<=\bc\.))(?P<num>{_NUM}|(?i:{_WORDNUM}))(?:\s+(?P<scale>million|thousand)|(?P<abbr>[MK])(?=\s))?\s+(?:of\s+)?"
    rf"(?P<name>(?:(?:its|their|the|same|new|more|additional|advanced|next-generation|custom|"
    rf"[A-Z][\w.\-]*(?:['’]s)?|and|or|&)\s+){{0,5}}?){_CHIP_NOUN}\b"),
)

_BARE_COUNT = re.compile(
    r"\b(?:buy|buys|bought|take|takes|took|receive|receives|received|get|gets|deploy|deploys|deployed|order|orders|"
    r"ordered|purchase|purchases|purchased|use|uses|using|(?:scale|grow|expand|rise|increase)\s+to|"
    # "the company doubled it to 200,000 within months"
    r"(?:doubled|tripled|expanded|grew|increased|scaled)\s+(?:it|that|them|the\s+cluster)\s+to)\s+(?:(?:more\s+than|up\s+to|about|around|nearly|roughly|over|another|"
    r"an\s+additional|at\s+least|the\s+(?:remaining|other|last|final))\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d{4,}|(?:one|two|three|four|five|ten)\s+million)"
    r"(?=\s*(?:[.,;]|$|\s+(?:for|to|from|in|by|this|next|over|each|of\s+them|within|during|after|last)\b))")

# An amount in another currency just before a figure in brackets: the figure is its conversion
_CONVERTED = re.compile(r"(?:(?:[£€¥₹₩]|\b(?:A|C|S|HK|NZ|R)\$|\b(?:RMB|CNY|EUR|GBP|JPY|INR|KRW|AED|SAR|CHF|HKD|SGD|AUD|CAD|BRL|NOK|SEK|DKK|Rs\.?))\s?)?[\d.,]+\s*(?:trillion|billion|million|bn|m|crore|lakh crore|lakh)?\s*(?:yuan|renminbi|euros?|pounds|yen|rupees|won|"
                        r"dirhams|riyals|reais|real|(?:[A-Z][a-z]+\s+)?(?:kroner|kronor|krona|krone|francs?|pesos?|dollars)|rand|ringgit|"
                        r"rupiah|baht|dong|shekels?|zloty|lira|naira|shillings)?\s*\(\s*(?:about\s+|roughly\s+|around\s+|nearly\s+)?$", re.I)
_HEDGES = [
    ("up_to", r"up\s+to|as\s+much\s+as|as\s+many\s+as|a\s+maximum\s+of|capped\s+at|no\s+more\s+than|as\s+high\s+as"),
    ("more_than", r"more\s+than|(?:well\s+|just\s+)?over|in\s+excess\s+of|north\s+of|upwards\s+of|above|exceeding|"
                  r"greater\s+than|beyond|(?:will\s+|would\s+|to\s+)(?:exceed|top|surpass)"),
    ("at_least", r"at\s+least|a\s+minimum\s+of|no\s+less\s+than|not\s+less\s+than|a\s+floor\s+of"),
    ("about", r"about|around|roughly|approximately|approx\.|nearly|almost|some|an\s+estimated|estimated|close\s+to|"
              r"circa|c\.|~|just\s+under|on\s+the\s+order\s+of"),
]
# The hedges in one pattern, one named group each and in the order above: the first that fits wins
_ANY_HEDGE_BEFORE = re.compile(
    r"(?i)" + guarded("(?:" + "|".join(rf"(?P<{q}>\b(?:{p})\s*(?:a\s+(?:staggering|massive|record|whopping|further)\s+)?$)"
                                       for q, p in _HEDGES) + ")"))
_CEILING_WORDS = ("option", "could", "may", "might", "potentially", "would", "can ")
_HEDGE_AFTER = [("at_least", re.compile(r"(?i)^\s*(?:or\s+more|and\s+up)\b")),
                ("more_than", re.compile(r"^(?:\+|-plus\b)")),
                ("up_to", re.compile(r"(?i)^,?\s*(?:at\s+most|or\s+less|max(?:imum)?)\b"))]
# An option or a possibility sets a ceiling ("an option to increase it to $25 billion").
_CEILING = re.compile(r"(?i)\b" + guarded(r"(?:option|options|could|may|might|potentially|(?:would|can)\s+(?:rise|grow|increase|reach|"
                                            r"expand|climb))")
                      + r"\b[^.;]{0,70}$")

_NOT_DEAL_BEFORE = re.compile(
    r"(?i)\b" + guarded(r"(?:valu(?:ed|ing|ation|es)(?:\s+[\w\-]+){0,6}\s+(?:at|of|to)|market\s+(?:cap(?:italization)?|value)(?:\s+\w+){0,2}\s+(?:of|to|at)"
    r"|(?:is|are|was|were|be|been|now|company|startup|firm|itself)\s+(?:now\s+|currently\s+)?worth|revenues?(?:\s+\w+){0,3}\s+(?:of|to|at|by|reached|hit|topped)|sales(?:\s+\w+){0,2}\s+(?:of|to|at)|"
    r"(?:annual(?:ized)?\s+)?run[- ]rate(?:\s+\w+){0,2}\s+(?:of|to)|arr\s+(?:of|to)|earnings(?:\s+\w+){0,2}\s+of|"
    r"profits?(?:\s+\w+){0,2}\s+of|loss(?:es)?(?:\s+\w+){0,2}\s+of|gains?(?:\s+\w+){0,2}\s+of|backlog(?:\s+\w+){0,2}\s+(?:of|to|at)|demand\s+(?:topped|reached|exceeded|hit|totalled|totaled|of)|"
    r"(?:remaining\s+)?performance\s+obligations(?:\s+\w+){0,2}\s+(?:of|to|past|above|beyond|over|at|near)|shares?\s+(?:rose|fell|jumped|climbed|dropped)"
    r"(?:\s+\w+){0,3}\s+(?:to|at)|price(?:\s+target)?\s+of|cost\s+of|costs?|generat(?:ed|ing|es)|brought\s+in|"
    # ("CEO pay of $X", not "Microsoft will pay roughly $14 billion": a payment is a deal's)
    r"salary|salaries|(?<!will\s)(?<!would\s)(?<!to\s)(?<!must\s)(?<!can\s)(?<!also\s)pay(?:ing(?<!is\spaying)(?<!are\spaying)(?<!was\spaying)(?<!were\spaying)(?<!be\spaying))?|fines?\s+of|penalty\s+of)") + r"\s*(?:about|around|roughly|nearly|more\s+than|over|some|almost|an?)?\s*$")
_NOT_DEAL_AFTER = re.compile(
    r"(?i)^\s*(?:-?\s*(?:a|per)\s+share|(?:post|pre)-money|valuation|market\s+(?:cap|value)|"
    r"(?:in|of)\s+(?:annual(?:ized)?\s+|recurring\s+|quarterly\s+|yearly\s+)?(?:revenue|sales|arr|profit|income|earnings|losses)|"
    r"(?:annual(?:ized)?\s+|quarterly\s+|yearly\s+)?(?:revenue|sales|arr|profit|loss|net\s+income|in\s+sales)\b|"
    r"run[- ]rate|a\s+year\s+in\s+revenue|per\s+(?:hour|gpu|token|month)|an\s+hour|salary|"
    # "most of the $455 billion in remaining performance obligations Oracle reported": a backlog, no one deal
    r"(?:in|of)\s+(?:remaining\s+)?performance\s+obligations|(?:in|of)\s+(?:contract(?:ed)?\s+)?backlog|RPO\b)")
# "secured a $10 billion venture fund to invest in AI companies": the size of a fund, no deal between two parties
_FUND_SIZE = re.compile(r"(?i)\s+(?:(?!(?:from|in|into|by|of|to|with|for|and|or)\s)[\w\-]+\s+)?"
                        r"(?:venture\s+|investment\s+|ai\s+|growth\s+|infrastructure\s+)?funds?\b(?!\s+(?:from|by|of)\b)")
# "sold $51 billion of chips last quarter": a result of a period, not a deal
_RESULTS_VERB = re.compile(r"(?i)\b(?:sold|sells|reported|posted|generated|booked|recorded|earned|brought\s+in)\s+"
                           r"(?:[\w\-]+\s+){0,2}$")
_PERIOD_AFTER = re.compile(r"(?i)\s*(?:[\w\-’']+\s+){0,6}?(?:last|this|in\s+the|in\s+its|during\s+the)\s+"
                           r"(?:[\w\-]+\s+){0,2}?(?:quarter|fiscal\s+year|year)\b")
_EACH_HOLDS = re.compile(r"(?i)\beach\s+(?:one\s+)?(?:built\s+(?:around|with|on)|with|holding|containing|packing|housing|carrying|"
                         r"fitted\s+with)\s+(?:up\s+to\s+|about\s+|roughly\s+|some\s+)?$")
_GUARANTEE_BEFORE = re.compile(r"(?i)\b(?:backstop\w*|guarantee[ds]?|guaranteeing)\s+(?:[\w\-]+\s+){0,2}$")
_PER_YEAR = re.compile(r"(?i)^\s*(?:per|a|each|every)\s+(?:year|annum)|^\s*annually")


@dataclass(frozen=True)
class FigureMention:
    """A figure in the text: its span, normalised amount and unit, hedge, and what it measures."""

    start: int
    end: int
    amount: float
    unit: str
    qualifier: str
    measure: str = "deal"  # "deal", or what else it is: "valuation", "revenue"…
    per_year: bool = False
    chip_name: str = ""  # for a chip count or a power figure "of GPUs", the chip words it names
    lead: int = -1  # where the amount it converts opens ("3 billion reais ($550 million)"), if it converts one

    @property
    def opening(self) -> int:
        """Where the words stating the figure open: the amount converted, if any, else the figure."""
        return self.start if self.lead < 0 else self.lead

    @property
    def is_deal(self) -> bool:
        return self.measure == "deal"


def _number(raw: str) -> float | None:
    raw = " ".join(raw.lower().replace("-", " ").split())
    if raw in _WORD_NUMBERS:
        return _WORD_NUMBERS[raw]
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return None


def _converted_start(text: str, start: int, floor: int) -> int:
    """Where an amount in another currency opens when the figure at ``start`` converts it, else -1."""
    if "(" in text[max(floor, start - 12):start]:  # ("(about $67 billion)")
        converted = _CONVERTED.search(text, max(floor, start - 60), start)
        if converted:
            return converted.start()
    return -1


def _qualifier(text: str, start: int, end: int, floor: int, lead: int) -> str:
    if lead < 0:
        return _hedge(text, start, end, floor)
    # "more than 380 billion yuan ($53 billion)": the hedge of the amount converted; else the converted amount's own,
    # "4.3 billion euros (about $4.7 billion)"
    converted = _hedge(text, lead, end, floor)
    own = _ANY_HEDGE_BEFORE.search(text, text.rfind("(", lead, start) + 1, start)
    return own.lastgroup if converted == "exact" and own else converted  # type: ignore[return-value]


def _hedge(text: str, start: int, end: int, floor: int) -> str:
    before = text[max(floor, start - 40):start]
    if before.endswith("~"):
        return "about"  # "~$300 billion"
    hedge = _ANY_HEDGE_BEFORE.search(before)
    if hedge:
        return hedge.lastgroup  # type: ignore[return-value]
    after = text[end:end + 15]
    for qualifier, pattern in _HEDGE_AFTER:
        if pattern.search(after):
            return qualifier
    wider = text[max(floor, start - 90):start]
    if any(w in wider for w in _CEILING_WORDS) and _CEILING.search(wider):
        return "up_to"
    return "exact"


# The hedge words that may stand between a phrase and its figure ("worth more than $1 billion"), optional
HEDGED = (r"(?:(?:more\s+than|up\s+to|about|roughly|over|nearly|around|at\s+least|some|almost|approximately)\s+)?")
# "The contract is worth more than $1 billion": a deal's worth, not a company's
_DEAL_WORTH = re.compile(r"(?i)\b(?:contract|deal|agreement|lease|pact|order|commitment|partnership)s?\s+(?:is|was|are|were|"
                         r"could\s+be|would\s+be|will\s+be)\s+(?:now\s+)?worth\s+" + HEDGED + "$")
# "in a deal that people familiar with the matter valued at $10 billion": the deal's size, not a company's value
_DEAL_VALUED = re.compile(r"(?i)\b(?:contract|deal|agreement|lease|pact|order|commitment|partnership|transaction|"
                          r"collaboration|joint\s+venture|arrangement)s?\b"
                          r"[^.;$]{0,60}?\bvalued\s+at\s+" + HEDGED + "$")
# "building Frontier … at a cost of more than $25 billion": what a build costs is what is spent on it
_BUILD_COST = re.compile(r"(?i)\bat\s+(?:a|an)\s+(?:total\s+|combined\s+|projected\s+|estimated\s+|expected\s+|anticipated\s+)?cost\s+of\s+"
                         + HEDGED + "$")
# "Its Fairwater site in Mount Pleasant, …, cost $3.3 billion": what a site costs is what its builder spends
SITE_COST = re.compile(r"(?i)\b(?:site|campus|data\s*cent(?:er|re)s?|computing\s+cent(?:er|re)s?|datacent(?:er|re)s?|facility|facilities|cluster|supercomputer|"
                       r"plant|conversion|ai\s+factory)\b[^.;$]{0,120}?\b(?:cost|costs|will\s+cost|would\s+cost|is\s+costing|"
                       # "a 1-gigawatt AI supercomputer in France at a cost of about $10 billion"
                       r"at\s+(?:a|an)\s+(?:total\s+|combined\s+|estimated\s+|projected\s+|expected\s+|anticipated\s+)?cost\s+of|"
                       r"cost\s+(?:is|was|are|were)\s+(?:expected|estimated|projected|set|likely)\s+to\s+(?:be|reach|total|top))\s+"
                       + HEDGED + "$")
# "worth more than $1 billion, not $10 billion": the figure a correction retracts
_RETRACTED = re.compile(r"(?i)(?:,\s*not|\brather\s+than|\binstead\s+of|\bnot\s+the)\s+(?:the\s+)?$")
# "the equity portion of xAI's next round, which is expected to total $20bn": the round's size, nobody's stake
_ROUND_TOTAL = re.compile(r"(?i)\b(?:round|raise|financing|funding)\b[^.;$]{0,20}?\b(?:which|that)\s+(?:is\s+|was\s+)?"
                          r"(?:expected|set|likely|poised|projected|due)\s+to\s+(?:total|reach|be\s+worth)\s+(?:about\s+|around\s+)?$")


# "The contracts carry about $3.7 billion of revenue", "$1.6 billion in contracted revenue": what a contract is worth
_CONTRACT_VALUE_BEFORE = re.compile(
    r"(?i)(?:\b(?:contracts?|agreements?|deals?|leases?)\s+(?:carry|carries|represent|represents|bring|brings|total|totals|"
    r"(?:is|are)\s+expected\s+to\s+(?:generate|bring\s+in|bring|total)|"
    # "The contract is worth about $865 million in revenue over its term"
    r"(?:is|are|was|were|will\s+be|would\s+be)\s+(?:worth|valued\s+at)|"
    # "under 15-year contracts that Galaxy expects to bring in more than $1 billion of revenue a year"
    r"(?:that|which)\s+(?:[\w\-]+\s+){1,3}?(?:expects?|estimates?)\s+(?:will\s+)?(?:to\s+)?(?:generate|bring\s+in|bring|total))|"
    r"\bcontract(?:ed)?\s+revenue(?:\s+\w+){0,3})\s+"
    + HEDGED + "$")
# "Its largest purchase, Weights & Biases, cost about $1.7 billion": the price of a company bought
_PURCHASE_COST = re.compile(r"(?i)\b(?:purchase|acquisition|takeover)\b[^.;$]{0,60}?\bcost\s+" + HEDGED + "$")
_CONTRACTED_AFTER = re.compile(r"(?i)\s*(?:in|of)\s+(?:total\s+)?contract(?:ed|ual)?\s+revenue")


# "Microsoft holds about 27% of OpenAI, a stake worth roughly $135 billion": what a holding is worth now, not a deal
# ("sold all 32.1 million of its Nvidia shares in October for $5.83 billion")
_SOLD_STAKE = re.compile(r"(?i)\b(?:sold|sells|sell|selling|divest\w*|offload\w*|unload\w*|exit\w*)\b(?:[^;$]|\.(?=\d)){0,60}?\b(?:stake|shares|stock)\b"
                         r"[^.;$]{0,40}?\bfor\s+" + HEDGED + "$")
# ("Microsoft will hold an investment in OpenAI Group PBC valued at approximately $135 billion")
_HELD_STAKE = re.compile(r"(?i)\b(?:holds?|holding|owns?|owning|retains?|keeps?|has|have)\b[^.;$]{0,80}?\b(?:stake|investment|holding)\b"
                         r"[^.;$]{0,60}?\b(?:now\s+|currently\s+)?(?:worth|valued\s+at)\s+" + HEDGED + "$")


_ANALYSTS_THINK = re.compile(r"(?i)\banalysts?\s+(?:\w+\s+){0,2}?(?:estimate[sd]?|expects?|expected|projects?|forecasts?|believes?|"
                             r"reckons?|calculates?|predicts?|think)\b[^.;]{0,110}$")


# "The $9 billion bid for Core Scientific collapsed", "scrapped its $2 billion offer": a deal that did not happen
# ("The company's attempt to buy Core Scientific for $9 billion collapsed": the failure right after the price)
_FAILED_AFTER = re.compile(r"(?i)(?:[^.;]{0,60}?\b(?:bid|offer|deal|acquisition|takeover|merger|purchase)\b[^.;]{0,110}?|"
                           r"(?:\s+[\w\-]+){0,2}?\s+)\b(?:collapsed|"
                           r"failed|fell\s+(?:apart|through)|(?:was|were|has\s+been)\s+(?:rejected|blocked|abandoned|"
                           r"called\s+off|terminated|scrapped|withdrawn)|voted\s+(?:it\s+)?down)\b")
_FAILED_BEFORE = re.compile(r"(?i)\b(?:rejected|abandoned|scrapped|withdrew|blocked|called\s+off|walked\s+away\s+from|"
                            r"terminated)\s+(?:the|a|an|its|their)\s+(?:[\w\-]+\s+){0,2}$")


# "committed $30 billion of OpenAI's $40 billion round", "invested $22.5 billion in OpenAI as part of its $40 billion
# financing": the whole round's size, which no one investor put in
_PART_OF = re.compile(r"(?:\$[\d.,]+\s*(?:trillion|billion|million|bn|m)?\s+of|\bas\s+(?:a\s+)?part\s+of|\bwithin)\s+"
                      r"(?:[A-Z][\w\-]*['’]s\s+|the\s+|its\s+|their\s+|a\s+)?$")
_A_ROUND = re.compile(r"(?:\s+[\w\-]+){0,2}?\s+(?:round|raise|financing|funding)\b", re.I)
_UNCONFIRMED = re.compile(r"(?i)\b(?:declined\s+to\s+comment\s+on|denied|would\s+not\s+confirm|did\s+not\s+confirm)\s+"
                          r"(?:a\s+|the\s+)?(?:media\s+|press\s+)?reports?\b[^.;]*$")
_FAILED_WORDS = ("collapsed", "failed", "fell ", "rejected", "blocked", "abandoned", "called off", "terminated",
                 "scrapped", "withdr", "voted", "walked away")


def _failed(text: str, start: int, end: int, floor: int) -> bool:
    around = text[max(floor, start - 50):end + 200]
    if not any(w in around for w in _FAILED_WORDS):
        return False  # the patterns below are slow to fail; nearly every figure has none of their verbs
    return bool(_FAILED_AFTER.match(text, end, end + 200) or _FAILED_BEFORE.search(text, max(floor, start - 50), start))


def _held_by_each(text: str, start: int, floor: int) -> bool:
    """Whether a figure is what one unit holds: "complete Helios racks, each built around 72 MI450 GPUs"."""
    return "each" in text[max(floor, start - 40):start] and bool(_EACH_HOLDS.search(text, max(floor, start - 40), start))


def _measure(text: str, start: int, end: int, floor: int) -> str:
    if _failed(text, start, end, floor) or _electricity(text, start, end, floor):
        return "other"
    if _held_by_each(text, start, floor):
        return "other"
    if "analyst" in text[max(floor, start - 160):start] and _ANALYSTS_THINK.search(text, max(floor, start - 160), start) \
            and not _VALUED_BY_ANALYSTS.search(text, max(floor, start - 80), start):
        return "other"  # "some analysts estimate the company will need to spend in excess of $100 billion": a guess
    if _UNCONFIRMED.search(text, max(floor, start - 160), start):
        return "other"  # "declined to comment on a report that it was in talks to invest $10 billion": unconfirmed
    if _PART_OF.search(text, max(floor, start - 40), start) and _A_ROUND.match(text, end):
        return "other"  # "committed $30 billion of OpenAI's $40 billion funding round": the round's size
    if _CONTRACT_VALUE_BEFORE.search(text, max(floor, start - 60), start) or _CONTRACTED_AFTER.match(text, end) \
            or _PURCHASE_COST.search(text, max(floor, start - 80), start):
        return "deal"
    if _ROUND_TOTAL.search(text, max(floor, start - 90), start) or _RETRACTED.search(text, max(floor, start - 20), start):
        return "other"
    before = text[max(floor, start - 50):start]
    if ("stake" in before or "valued" in before or "worth" in before or "share" in before or "stock" in before) \
            and (_HELD_STAKE.search(text, max(floor, start - 120), start)
                              or _SOLD_STAKE.search(text, max(floor, start - 120), start)):
        return "other"  # what a holding is worth, or what selling one brought: no investment
    if (_NOT_DEAL_BEFORE.search(before) and not _DEAL_WORTH.search(before) and not _BUILD_COST.search(before)
            and not ("cost" in before and SITE_COST.search(text, max(floor, start - 170), start))
            and not _DEAL_VALUED.search(text, max(floor, start - 90), start)) or _GUARANTEE_BEFORE.search(before):
        return "other"
    if _RESULTS_VERB.search(before) and _PERIOD_AFTER.match(text, end, end + 80):
        return "other"
    if _NOT_DEAL_AFTER.search(text[end:end + 40]) or _FUND_SIZE.match(text, end):
        return "other"
    if _LICENCE.match(text, end) or "licens" in before and _LICENCE_FEE.search(before):
        return "other"  # "paid $2.4 billion to license technology from Windsurf and hire its chief executive": no stake
    return "deal"


def _electricity(text: str, start: int, end: int, floor: int) -> bool:
    """"supply Amazon with 1.92 gigawatts of electricity", "a power purchase agreement worth about $18 billion", "the
    plant … will supply about 835 megawatts": energy bought for data centres, which is no compute deal."""
    if _OF_ELECTRICITY.match(text, end) or _POWER_TO_SITES.match(text, end) or _POWER_PLANT_AFTER.match(text, end):
        return True
    if _POWER_PURCHASE.search(text, max(floor, start - 60), start):
        return True
    # ("… supply up to 1 gigawatt … through its renewables arm": the words after say it too)
    return bool(_SUPPLIES_BEFORE.search(text, max(floor, start - 30), start)
                and (_ENERGY_WORDS.search(text, max(floor, start - 150), start) or _GENERATION_AFTER.search(text, end, end + 100)))


_LICENCE = re.compile(r"(?i)\s+(?:in\s+)?(?:to\s+licen[cs]e|for\s+(?:a\s+)?licen[cs]es?|(?:in\s+)?licens(?:ing|e)\s+fees?)\b")
_LICENCE_FEE = re.compile(r"(?i)\blicens(?:ing|e)\s+(?:fees?|deal|agreement)\s+(?:worth|of|valued\s+at)\s+" + HEDGED + "$")
_OF_ELECTRICITY = re.compile(r"(?i)\s+of\s+(?:electricity|electric\s+power|nuclear\s+power|(?:carbon-free|clean|renewable|nuclear)\s+"
                             r"(?:energy|power|electricity)|energy)\b")
# "1 gigawatt of power to Microsoft's data centres": electricity for a buyer's own sites (not "590 megawatts of power to
# CoreWeave", capacity let)
_POWER_TO_SITES = re.compile(r"(?i)\s+of\s+power\s+to\s+(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?['’]s?\s+|its\s+|their\s+)(?:[\w\-]+\s+)?"
                             r"(?:data\s+cent(?:er|re)s|campuses|facilities|operations)\b")
# "The 615-megawatt plant will supply Google's data centres", "the 1.1-gigawatt Clinton plant": a power plant's size
_POWER_PLANT_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w\-]*){0,2}[ \t]+(?:(?:nuclear|gas|gas-fired|coal|solar|wind|hydro(?:electric)?|geothermal)"
                                r"[ \t]+)?(?:power[ \t]+)?(?:plant|reactor|power[ \t]+station|generating[ \t]+station)s?\b")
_GENERATION_AFTER = re.compile(r"(?i)\b(?:renewables?|solar|wind\s+(?:farms?|power)|hydro(?:power|electric)|geothermal)\b")
_POWER_PURCHASE = re.compile(r"(?i)\b(?:power|energy|electricity)\s+(?:purchase|supply)\s+(?:agreements?|deals?|contracts?)\b|\bPPAs?\b")
_SUPPLIES_BEFORE = re.compile(r"(?i)\b(?:supply|supplies|supplying|deliver|delivers|delivering|generate|generates|generating|"
                              r"produce|produces|producing|sell|sells|selling)\s+(?:[\w\-]+\s+){0,2}?" + HEDGED + "$")
_ENERGY_WORDS = re.compile(r"(?i)\b(?:electricity|nuclear|reactors?|power\s+plants?|plant|utility|utilities|turbines?|fuel\s+cells?|"
                           r"energy\s+cent(?:er|re)|grid)\b")
# "under a contract that analysts estimate at more than $5 billion": a deal's value, only estimated
_VALUED_BY_ANALYSTS = re.compile(r"(?i)\b(?:contract|deal|agreement|order|pact)s?\s+(?:that|which)\s+(?:some\s+)?analysts\s+"
                                 r"(?:estimate|value|put|peg)\s+at\s+" + HEDGED + "$")
_POWER_WORDS = ("watt", "gw", "mw", "tw", "kw")
_MONEY_MARKS = ("$", "dollar", "usd")
_CHIP_WORDS = ("gpu", "chip", "tpu", "accelerator", "processor", "xpu", "npu", "h100", "h200", "a100", "b200", "gb200",
               "gb300", "blackwell", "trainium", "graphics processing")
# Every figure has a digit or a number word before its unit; a span without one has no figure.
_DIGIT = re.compile(r"\d")
_OTHER_DOLLAR = re.compile(r"(?<![A-Za-z])(?!US$)[A-Z]{1,2}$")
_NUMBER_WORDS = ("watt", "billion", "million", "trillion", "thousand", "gw", "mw")
# "6 gigawatts of AMD Instinct GPUs" names the chips; "of dedicated GPU capacity" is cloud capacity, not chips
_OF_CHIPS = re.compile(rf"\s+of\s+((?:[\w.\-’']+\s+){{0,4}}?)(?:{_CHIP_NOUN}|systems|racks)\b"
                       r"(?!\s+(?:capacity|cloud|compute|computing|hours|servers|instances|clusters))")
# "packs 72 GPUs into a single rack": how a system is built, not how many are bought
_PER_UNIT = re.compile(r"(?i)\s+(?:(?:in|into|per|inside|within)\s+(?:a|an|each|one|every|the)?\s*(?:single\s+)?(?:rack|server|node|"
                       r"system|pod|cabinet|box|tray|board|chassis)\b|per\s+(?:rack|server|node|system|pod))")


def find_figures(text: str, start: int = 0, end: int | None = None, chips_before: bool = False) -> list[FigureMention]:
    """Every money, power and chip-count figure in ``text[start:end]``, in text order. ``chips_before`` says
    the sentence before counted chips, so "Naver plans to deploy more than 60,000." counts them too."""
    end = len(text) if end is None else end
    # Substring tests decide which of the three (slower) figure patterns can match at all.
    lowered = text[start:end].lower()
    if not _DIGIT.search(text, start, end) and not any(w in lowered for w in _NUMBER_WORDS):
        return []
    has_money = "$" in lowered or "dollar" in lowered or "usd" in lowered
    has_power = any(unit in lowered for unit in _POWER_WORDS)
    has_chips = any(noun in lowered for noun in _CHIP_WORDS)
    found: list[FigureMention] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, amount: float | None, unit: str, **extra: object) -> None:
        if amount is None or amount <= 0 or any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        lead = _converted_start(text, s, start)
        found.append(FigureMention(s, e, amount, unit, _qualifier(text, s, e, start, lead), **extra,  # type: ignore[arg-type]
                                   lead=lead))

    for m in _around(_MONEY, text, start, lowered, _MONEY_MARKS, 45, 30) if has_money else ():
        if m.group().startswith("$") and _OTHER_DOLLAR.search(text, max(0, m.start() - 3), m.start()):
            continue  # A$, C$, HK$, S$: another country's dollars, which the contract's USD cannot hold
        if m.group("num") is not None:
            number = _number(m.group("num"))
            scale_word = (m.group("scale") or m.group("letter") or "").lower()
            if scale_word and scale_word not in _SCALES:
                continue
            scale = _SCALES.get(scale_word, 1.0)
        else:
            number, scale = _number(m.group("num2")), _SCALES[m.group("scale2").lower()]
        if number is None:
            continue
        if scale == 1.0 and number < 1e5:
            continue  # "$20 per hour", "$1,000": not deal-sized money
        measure = _measure(text, m.start(), m.end(), start)
        per_year = bool(_PER_YEAR.search(text[m.end():m.end() + 20]))
        add(m.start(), m.end(), number * scale, "USD", measure=measure, per_year=per_year)
    for m in _around(_POWER_RE, text, start, lowered, _POWER_WORDS, 30, 12) if has_power else ():
        unit = m.group("unit").lower().rstrip("s")
        scale = _POWER[unit]
        number = _number(m.group("num"))
        chips = _OF_CHIPS.match(text, m.end(), m.end() + 60)
        add(m.start(), m.end(), None if number is None else number * scale, "W",
            chip_name=chips.group(1).strip() if chips else "",
            measure="other" if _electricity(text, m.start(), m.end(), start)
            or _UNCONFIRMED.search(text, max(start, m.start() - 160), m.start()) else "deal")
    for m in _around(_CHIPS, text, start, lowered, _CHIP_WORDS, 110, 40) if has_chips else ():
        number = _number(m.group("num"))
        if number is None or (m.group("scale") is None and m.group("abbr") is None and number < 100
                              and not m.group("num")[0].isdigit()):
            continue
        if re.match(r"(?:19|20)\d\d$", m.group("num")):
            continue  # a year before "chips"
        if number > 1 and not m.group().lower().endswith("s") and not m.group("name"):
            continue  # "Microsoft's Maia 200 accelerator": a model number before a singular noun, not a count
        scale = {"million": 1e6, "thousand": 1e3, "M": 1e6, "K": 1e3}.get(m.group("scale") or m.group("abbr") or "", 1.0)
        add(m.start(), m.end(), number * scale, "chips", chip_name=(m.group("name") or "").strip(),
            measure="other" if _PER_UNIT.match(text, m.end()) or _held_by_each(text, m.start(), start)
            or _UNCONFIRMED.search(text, max(start, m.start() - 160), m.start()) else "deal")  # (nor "denied reports that …")
    if chips_before or has_chips:
        # "Samsung will take 50,000 chips, while Hyundai will buy 50,000": a bare count after a count of chips
        for m in _BARE_COUNT.finditer(text, start, end):
            raw, scale = m.group("num"), 1.0
            if raw.endswith("million"):
                raw, scale = raw[:-len("million")], 1e6  # "up to one million of them"
            number = _number(raw)
            add(m.start("num"), m.end("num"), None if number is None else number * scale, "chips")
    found.sort(key=lambda f: f.start)
    return _ranges(text, found)


def _around(pattern: re.Pattern[str], text: str, start: int, lowered: str, words: tuple[str, ...], before: int,
            after: int) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``text[start:start + len(lowered)]`` near one of ``words`` (found in
    ``lowered``, the span in lower case): a figure stands right by its unit, so the pattern, whose number
    words make it slow to scan, is run only there."""
    windows = [(start + max(0, s - before), start + min(len(lowered), e + after)) for s, e in occurrences(lowered, words)]
    return matches_in(pattern, text, windows)


_RANGE_LOW = re.compile(r"(?i)\b(?:between|from)\s+$")
_RANGE_TO = re.compile(r"^\s*(?:to|-|–)\s*$")
_RANGE_JOIN = re.compile(r"(?i)^\s*(?:,\s*)?(?:and|to|or|-|–)\s*$")


def _ranges(text: str, figures: list[FigureMention]) -> list[FigureMention]:
    """"Between $91 billion and $93 billion": the first figure is a floor, the second a ceiling.
    "As much as $5 billion and $10 billion": the hedge before a list covers every figure in it."""
    from dataclasses import replace

    out = list(figures)
    for i, (low, high) in enumerate(zip(figures, figures[1:], strict=False)):
        if low.unit != high.unit or not _RANGE_JOIN.match(text[low.end:high.start]):
            continue
        if low.measure != "deal" and _RANGE_TO.match(text[low.end:high.start]):
            out[i + 1] = high = replace(high, measure=low.measure)  # "run-rate to $7 billion to $9 billion"
        if _RANGE_LOW.search(text[max(0, low.start - 12):low.start]) or (
                _RANGE_TO.match(text[low.end:high.start]) and low.amount < high.amount
                and (low.qualifier, high.qualifier) == ("exact", "exact") and low.measure == high.measure):
            # "between $91 billion and $93 billion", "$70 billion to $72 billion": a floor and a ceiling
            out[i] = replace(low, qualifier="at_least")
            out[i + 1] = replace(high, qualifier="up_to")
        elif out[i].qualifier != "exact" and high.qualifier == "exact":
            out[i + 1] = replace(high, qualifier=out[i].qualifier)
    return out
