"""Who is who in a deal sentence: scoring each organisation mention for the subject and object roles
of a relation, from its type and the words right before and after it ("from X", "X will invest")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.extract.mentions import Mention
from graph.extract.scan import guarded

_AUX = (r"(?:(?:has|have|had|will|would|could|may|might|is|are|was|also|now|then|effectively|recently|already|today|"
        r"yesterday|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
        r"reportedly|each|both|jointly|together|separately|officially|formally|finally|"
        r"(?:intends|intended|aims|aimed|expects|expected|hopes|wants|seeks|sought|moved|moves|is\s+poised|"
        r"is\s+preparing|is\s+looking|is\s+in\s+talks|was\s+in\s+talks)\s+to|"
        r"agreed\s+to|plans\s+to|planned\s+to|committed\s+to|is\s+set\s+to|is\s+expected\s+to|announced(?:\s+that)?(?:\s+it)?"
        r"(?:\s+(?:would|will))?|said(?:\s+it)?(?:\s+(?:would|will))?|to|,\s*which)\s+)*")
# "SoftBank's $2 billion investment": the possessive, then perhaps the figure, then the noun
_POSS = r"(?:['’]s\b)?\s*(?:(?:US)?\$[\d.,]+\s*(?:trillion|billion|million|bn|mn|m|b)?\s+)?"


_VERB_AFTER = rf"^{_POSS}{_AUX}"  # how every verb cue after a mention opens
_VERBS: dict[re.Pattern[str], str] = {}  # each verb cue made by ``_after``, with its verbs (a Role joins them)


def _after(verbs: str) -> re.Pattern[str]:
    pattern = re.compile(rf"{_VERB_AFTER}(?:{verbs})", re.I)
    _VERBS[pattern] = verbs
    return pattern


def _before(preps: str) -> re.Pattern[str]:
    # A cue starts a word: the engine then tries the cue words at word starts only, not at every character.
    return re.compile(rf"\b(?:{preps})\s+(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['’]s\s+)?(?:the\s+|its\s+)?(?:AI\s+|startup\s+|rival\s+|partner\s+|"
                      rf"cloud\s+provider\s+|neocloud\s+|existing\s+investors?\s+|investors?\s+|chipmaker\s+|[\w\-]+-based\s+|"
                      # "bought networking specialist Mellanox", "from chip designer Arm", "in the US neocloud Lambda"
                      rf"(?:[a-z][\w\-]*\s+){{0,2}}(?:specialist|startup|start-up|neocloud|maker|firm|company|designer|provider|"
                      rf"operator|developer)\s+)?$", re.I)


# What may stand between a name and its verb: "Lumora Inc., a San Francisco startup building models, closed…",
# "The Stargate joint venture, formed by A, B and C, plans to invest…".
_INTERPOSED = re.compile(
    r"^(?:\s*,?\s+(?:Inc\.?|Corp\.?|Ltd\.?|LLC|N\.V\.|PBC|plc|AG|SE|Group|Holdings)(?=\W))?(?:\s+(?:[a-z][\w\-]*\s+){0,2}?"
    r"(?:joint\s+venture|venture|project|consortium|startup|unit|division|group|company|lab))?"
    # (an apposition ends before the sentence does: not "…, which plans to invest in the lab. Oracle, which will…")
    # (a landlord's apposition is kept: "Start Campus, the developer building the Sines campus, … signed a lease with Nscale")
    r"(?:\s*,\s+(?!(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:developer|landlord)\s+(?:of|building|behind)\b)"
    r"(?:a|an|the|which|who|formed|founded|backed|based|owned|led|created|set\s+up)\b(?:[^;.!?]|[.!?](?!\s)){0,120}?,"
    r"(?=\s+[a-z]))?")
# A name that is only cited ("according to Morgan Stanley", "told Reuters") is a source, not a party.
# "…, Morgan Stanley said on Tuesday." names the source too: a name closing the sentence with its verb of saying.
SOURCE_AFTER = re.compile(r",?\s+(?:said|says|told\s+\w+|reported|wrote)(?:\s+(?:on\s+\w+|in\s+a\s+\w+|late\s+\w+|"
                          r"yesterday|today|last\s+\w+|this\s+week))?\s*[.;]")
# "former OpenAI chief scientist Ilya Sutskever", "OpenAI alumni": a company named for a person's employer
STAFF_AFTER = re.compile(r"\s+(?:chief\s+[a-z]+(?:\s+officer)?|co-?founders?|founders?|CEO|CTO|CFO|COO|president|researchers?|"
                         r"scientists?|engineers?|executives?|employees?|staff(?:ers)?|alumni|veterans?|head\s+of\s+\w+)\b")
# Words before a company that only say where people come from: "former Google researchers", "founded by OpenAI alumni"
_EMPLOYER_BEFORE = re.compile(r"(?:\b(?:former|by|onetime|one-time|of)\s+|\bex-\s*)$", re.I)


def names_staff_employer(text: str, mention: Mention, floor: int) -> bool:
    """Whether a company is named only as the past employer of people ("Sakana, founded by former Google researchers"):
    no party of any deal in its sentence."""
    return bool(STAFF_AFTER.match(text, mention.end)
                and _EMPLOYER_BEFORE.search(text, max(floor, mention.start - 12), mention.start))
SOURCE_OF_NEWS = re.compile(r"\b(?:according\s+to|told|said|reported\s+by|per|citing|analysts?\s+at)\s+(?:the\s+)?$", re.I)


# a noun phrase opening a sentence that a name stands in apposition to ("Its other tenant, ", "The buyer, ")
_NOUN_BEFORE_NAME = re.compile(r"(?:^|[.;:!?]\s+)\W*(?:[Ii]ts|[Tt]heir|[Tt]he|[A-Z][\w\-]*['’]s)\s+(?:[\w\-]+\s+){0,3}?[a-z][\w\-]*,\s+$")


def surroundings(text: str, mention: Mention, floor: int) -> tuple[str, str]:
    """The words just before a mention and just after it, past any apposition (the same for every role)."""
    before = text[max(floor, mention.start - 60):mention.start]
    after = text[mention.end:mention.end + 200]
    if after[:3].lstrip().startswith(":"):
        after = " " + after.lstrip()[1:].lstrip()  # "Anthropic: access to up to 1 million TPUs": a list item's label
    after = after[_INTERPOSED.match(after).end():][:80]  # type: ignore[union-attr]
    if after.startswith(", ") and _NOUN_BEFORE_NAME.search(before) and after[2:3].islower():
        after = after[1:]  # "Its other tenant, Cerebras Systems, uses 5 MW …": the name in apposition does the verb
    if mention.kind == "pronoun" and mention.possessive:
        after = "'s" + after  # "its 5-gigawatt campus" reads as "Meta's 5-gigawatt campus"
    return before, after


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern[str]
    weight: float
    side: str  # "before" or "after" the mention


@dataclass(frozen=True)
class Role:
    types: dict[str, float]
    cues: tuple[Cue, ...]
    # Types that make a role less likely even when another type fits: a hyperscaler (a cloud that also
    # invests) is more often the buyer than the seller when it deals with a neocloud.
    against: tuple[tuple[str, float], ...] = ()
    # compiled from the cues (see __post_init__)
    _after: tuple[tuple[re.Pattern[str], tuple[float, ...]], ...] = field(init=False, repr=False, compare=False)
    _before: tuple[Cue, ...] = field(init=False, repr=False, compare=False)
    _before_any: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def fit(self, types: tuple[str, ...]) -> float:
        """How well an entity of these types fits the role, before any cue."""
        base = max((self.types.get(t, 0.0) for t in types), default=0.0)
        return base - sum(weight for type_name, weight in self.against if type_name in types)

    def __post_init__(self) -> None:
        # One regex per group of cues instead of one per cue. The cues after a mention are anchored at its end: the
        # verb cues, which all open with the same possessive and auxiliaries, share that opening once, then try their
        # verbs strongest first; the other cues after it form one alternation, strongest first. The cues before it are
        # first tested together, and one by one only when one of them fires (rarely).
        after = sorted((c for c in self.cues if c.side == "after"), key=lambda c: -c.weight)
        verbs = [c for c in after if c.pattern in _VERBS]
        others = [c for c in after if c.pattern not in _VERBS]
        groups = []
        if verbs:
            groups.append((re.compile(_VERB_AFTER + "(?:" + "|".join(f"(?P<a{i}>{_VERBS[c.pattern]})" for i, c in enumerate(verbs))
                                      + ")", re.I), tuple(c.weight for c in verbs)))
        if others:
            groups.append((re.compile("|".join(f"(?P<a{i}>{c.pattern.pattern})" for i, c in enumerate(others)), re.I),
                           tuple(c.weight for c in others)))
        before = sorted((c for c in self.cues if c.side == "before"), key=lambda c: -c.weight)
        object.__setattr__(self, "_after", tuple(groups))
        object.__setattr__(self, "_before", tuple(before))  # strongest first: the first that fits wins
        object.__setattr__(self, "_before_any", re.compile(
            r"\b" + guarded("(?:" + "|".join(f"(?:{c.pattern.pattern})" for c in before) + ")"), re.I) if before else None)

    def score(self, around: tuple[str, str], mention: Mention) -> tuple[float, bool]:
        """The type fit plus the strongest cue, and whether any cue fired; ``around`` is the mention's
        ``surroundings``."""
        base = self.fit(mention.entity.types)
        before, after = around
        best = 0.0
        for pattern, weights in self._after:
            if (m := pattern.match(after)) is not None and m.lastgroup is not None:
                best = max(best, weights[int(m.lastgroup[1:])])
        if self._before_any is not None and self._before_any.search(before):
            best = max(best, next((c.weight for c in self._before if c.pattern.search(before)), 0.0))
        return base + best, best > 0


def C(side: str, pattern: re.Pattern[str], weight: float) -> Cue:
    return Cue(pattern, weight, side)


# The passive of choosing a supplier: "Nebius was selected by Microsoft to provide 300 megawatts", "Cerebras has been
# tapped by OpenAI to supply 750 megawatts": the one chosen sells, the one choosing buys.
_CHOSEN = r"(?:been\s+)?(?:selected|chosen|tapped|picked|hired|engaged|contracted|enlisted|commissioned)\s+by"
_CHOSEN_TO_SELL = _after(_CHOSEN + r"\s+[^,.;]{1,60}?\s+to\s+(?:provid|suppl|deliver|build|host|offer|sell)")
_CHOOSES = _before(_CHOSEN)
# "10,000 Nvidia GPUs are being deployed by SoftBank": the passive's agent is the buyer
_BOUGHT_BY = _before(r"(?:deployed|bought|purchased|ordered|acquired|used|installed|rented)\s+by")


ROLES: dict[str, tuple[Role, Role]] = {
    "invests_in": (
        Role({"Investor": 2.0, "CloudProvider": 1.0, "ChipMaker": 1.0, "Company": 0.6, "Government": 0.6, "AILab": -0.5},
             # A round's figure goes with who led it ("led by", "with X leading"); those who only took part
             # ("participation from", "Y participating") are investors, with a weaker claim on the figure.
             (C("before", _before(r"(?:led|co-led)\s+by"), 3.0),
              C("after", _after(r"led\b|leads?\b|co-led|leading|co-leading"), 3.0),
              # (not "with participation from": a weaker part, below)
              C("before", _before(r"(?<!participation\s)\bfrom|(?:backed|funded|financed|made|provided|invested|arranged|underwritten)\s+by|including|"
                                  r"such\s+as"), 2.5),
              C("before", _before(r"participation\s+(?:of|from)|alongside|joined\s+by"), 1.0),
              C("after", _after(r"participating|participated|joining|joined"), 1.0),
              # "converted $8.9 billion of grants into a stake", "which extended a $750 million credit facility"
              C("after", _after(r"convert\w*\s+(?:[^;.]|\.(?=\d)){0,60}?\binto\s+(?:an?\s+)?(?:[\w\-%]+\s+){0,3}?(?:stake|equity|shares)|"
                                r"extend(?:ed|s)?\s+(?:an?\s+)?(?:[^;.]|\.(?=\d)){0,40}?\b(?:facility|loan|credit)"), 2.5),
              C("after", _after(r"invest|backs?\b|backed|backing|pour|put\b|puts\b|putting\b|inject|contribut|"
                                r"initial|additional|total|new\s+investment|latest|investment|stake|fund(?:s|ed)?\b|"
                                r"purchase\s+of\s+(?:a|an)\s+[\w.%\s]{0,12}stake|"
                                # "which has also taken a stake of roughly $10 million in …"
                                r"(?:taken|took|takes|take|taking|bought|buys|acquired)\s+(?:a|an)\s+(?:[\w\-$.,%]+\s+){0,3}?stake|"
                                r"commit(?:ted|s|ting)?\s+(?:to\s+invest|(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|some\s+|more\s+than\s+)?\$)|"
                                r"pledg|wrote|lent\b|lends?\b"), 2.5),
              # "Nvidia's decision to invest $5 billion in Intel"
              C("after", re.compile(r"^['’]s\s+(?:[\w\-]+\s+)?(?:decision|plan|move|agreement|offer|pledge|promise|commitment|bid)\s+to\s+"
                                    r"(?:invest|buy\s+(?:a\s+)?stake)", re.I), 2.5))),
        Role({"AILab": 2.0, "Company": 0.6, "CloudProvider": 0.2, "ChipMaker": 0.4, "Investor": -1.0},
             (C("before", _before(r"\bin|\binto|stake\s+in|investment\s+in|valu(?:ed|ing)|backing|backs"), 2.5),
              C("before", _before(r"provid(?:e|es|ed|ing)|giv(?:e|es|ing)|gave|extend(?:s|ed|ing)?"), 1.5),
              C("before", _before(r"lend(?:s|ing)?|lent"), 2.5),  # "Tether has lent Northern Data $610 million"
              # "through a new unit, HyperVault, backed by up to $2bn from TPG": what the money backs
              C("after", re.compile(r"^,?\s+(?:which\s+is\s+|which\s+will\s+be\s+)?(?:backed|funded|financed)\s+by\s+(?:up\s+to\s+|about\s+|"
                                    r"more\s+than\s+)?(?:[^\s$]+\s+(?:crore|billion|million|bn|m)\s+)?(?:\(\s*)?(?:US)?\$", re.I), 3.0),
              # "Its latest facility, a $2.6 billion loan led by…": whose financing it is
              # ("Crusoe, whose $1.38 billion round in October was led by…")
              C("after", re.compile(r"^(?:['’]s|,\s+whose)\s+(?:[\w\-$.]+\s+){0,3}?(?:loan|facility|financing|round|raise|funding|"
                                    r"credit\s+line)\b", re.I), 2.5),
              C("before", _before(r"\bfor|\bto"), 0.8),
              # "Groq … today announced $750 million in new financing"
              C("after", re.compile(r"^(?:\s+today|\s+on\s+\w+)?\s+(?:announced|announces|unveiled|disclosed)\s+(?:an?\s+)?(?:about\s+|nearly\s+|"
                                    r"more\s+than\s+)?\$[\d.,]+\s*(?:billion|million|bn|m)?\s+(?:in\s+)?(?:new\s+|fresh\s+)?"
                                    r"(?:financing|funding|capital|investment|series\s+[a-h]\b|(?:seed|equity|funding)\s+round)",
                                    re.I), 2.5),
              # "The venture sold $27.3 billion of bonds": the issuer raises the money
              C("after", re.compile(r"^,?\s+(?:has\s+|had\s+|also\s+|itself\s+)*(?:sold|sells|issued|issues|priced|placed)\s+"
                                    r"(?:about\s+|roughly\s+|nearly\s+|more\s+than\s+)?(?:(?:US)?\$[\d.,]+\s*(?:billion|million|bn|m)?\s+"
                                    r"(?:of|in)\s+)?(?:[\w\-]+\s+){0,2}?(?:bonds|notes|debt|debentures)", re.I), 2.5),
              # "Crusoe drew $750 million from a credit facility": the borrower
              C("after", re.compile(r"^\s+(?:has\s+|had\s+|also\s+)*(?:drew|draws|drawn|borrowed|borrows)\s+", re.I), 3.0),
              # "Oracle seals $38 billion debt deal": the borrower
              C("after", re.compile(r"^\s+(?:seals?|sealed|signs?|signed|arranges?|arranged|gets?|got|obtains?|obtained|takes?\s+out|"
                                    r"took\s+out)\s+(?:a\s+|an\s+)?(?:(?:US)?\$[\d.,]+\s*(?:billion|million|bn|m)?\s+)?"
                                    r"(?:debt|loan|credit|bond)", re.I), 2.5),
              C("after", _after(r"raised|raises|raising|raise|secured|secures|closed|closes|received|receives|lands|landed|"
                                r"bags|bagged|nabs|nabbed|snags|snagged|pockets|pocketed|"
                                r"borrowed|borrows|borrowing|"
                                r"gets|got|completed|round|funding|series|valuation|shares|equity|backers|investors"), 2.5))),
    ),
    "commits_spend": (
        Role({"AILab": 2.0, "Company": 1.0, "Investor": 1.3, "CloudProvider": 0.3, "Government": 0.8},
             (C("before", _CHOOSES, 3.0),
              C("before", _before(r"(?:commitments?|pledge|spending|spend|orders?|contracts?|business)\s+(?:from|by)"), 2.5),
              C("before", _before(r"suppl(?:y|ies|ying)|provid(?:e|es|ing)|serve|serves|sell\s+to|for|host|hosting"), 2.0),
              C("before", _before(r"(?:rents?|leases?|lets?|sublets?)\s+(?:it|them)\s+to"), 2.5),
              C("after", _after(r"commit|pledg|spend|pay|buy|purchas|lease|rent|tap|turn(?:ed|s)?\s+to|locking|"
                                r"lock|secur|reserv|customer"), 2.5))),
        Role({"CloudProvider": 2.0, "ChipMaker": 0.5, "Company": 0.3},
             (C("after", _CHOSEN_TO_SELL, 3.0),
              C("before", _before(r"\bto|\bon|\bthrough|\bvia|\bfrom|\busing|\bat"), 1.0),
              C("before", _before(r"\bpay|\bpays|\bpaid|\bpaying"), 2.5),  # "agreed to pay the neocloud up to $22.4 billion"
              C("before", _before(r"\bwith"), 0.5),  # "a deal with X" names a party, not its side
              C("after", re.compile(r"^['’]s\s+(?:\w+\s+)?(?:cloud|compute|infrastructure|data\s+cent|services|capacity|"
                                    r"platform|gpus?|servers)", re.I), 2.5),
              # "spend $3 billion a year deploying OpenAI's tools": whose products the money buys
              C("after", re.compile(r"^['’]s\s+(?:\w+\s+)?(?:tools|products|models|software|apis?|licen[cs]es|subscriptions)\b",
                                    re.I), 2.5),
              C("after", _after(r"will\s+provide|provides|to\s+provide|to\s+supply|supplies|will\s+supply"), 2.0),
              # "Oracle, which rents it to OpenAI under a contract worth about $300 billion": the landlord is paid
              C("after", _after(r"(?:rents?|leases?|lets?|sublets?)\s+(?:it|them)\s+to\b"), 2.5),
              # "The French operator said Mistral AI would be the first tenant of the new clusters": the one it speaks of lets them
              C("after", re.compile(r"^\s+said\s+(?:that\s+)?[^;.]{0,40}?\bwould\s+be\s+(?:the|its|a)\s+(?:first\s+|anchor\s+|main\s+|"
                                    r"largest\s+)?(?:tenant|customer)\b", re.I), 3.0),
              # "the largest deals are with Nebius, worth up to $19.4 billion": the figure right after the seller
              C("after", re.compile(r"^,?\s+(?:a\s+(?:deal|contract)\s+)?worth\b", re.I), 2.0)),
             against=(("Investor", 0.7), ("AILab", 1.0))),
    ),
    "provides_capacity": (
        Role({"CloudProvider": 2.0, "ChipMaker": 0.5, "Company": 0.3},
             (C("after", _CHOSEN_TO_SELL, 3.5),
              C("before", _before(r"\bfrom|(?<!selected\s)(?<!chosen\s)(?<!tapped\s)(?<!picked\s)\bby"), 2.5),
              C("before", _before(r"\bwith|\bon|\bthrough|\bvia"), 1.0),
              C("after", _after(r"provid|provision|suppl|deliver|offer|give|make|bring|build|host|allocat"), 2.5),
              # "the company has signed ByteDance as its anchor tenant for the first 150 megawatts": the landlord signs
              C("after", _after(r"signed\s+[^;.]{1,40}?\bas\s+(?:its|their)\s+(?:anchor\s+|main\s+|first\s+|sole\s+)?tenant"), 2.5),
              # "Aligned has leased 300 megawatts at a new campus in Texas to Lambda": the landlord leases to a tenant
              # ("has leased the whole of its Helios campus, 800 megawatts of approved power, to CoreWeave")
              C("after", _after(r"leas(?:es|ed|ing|e)?\s+(?:[\w\-.,$]+\s+){0,14}?to\b"), 3.0),
              # "has signed … a ten-year colocation agreement with Voltage Park for 40 megawatts at its NC-1 campus": whose site
              C("after", _after(r"(?:[\w\-.,:$]+\s+){0,10}?(?:colocation|co-location|hosting|lease|leasing)\s+(?:agreement|deal|contract)\s+"
                                r"with\s+[^.;]{1,60}?\bat\s+its\b"), 3.5),
              # "Start Campus, the developer building the Sines campus, … signed a 15-year lease with Nscale": the landlord
              C("after", re.compile(r"^,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:developer|landlord)\s+(?:of|building|behind)\b",
                                    re.I), 3.0),
              C("after", re.compile(r"^['’]s\s+(?:\w+\s+)?(?:cloud|capacity|data|compute|infrastructure|servers)", re.I),
                2.0))),
        Role({"AILab": 2.0, "Company": 1.0, "CloudProvider": 0.3, "Government": 0.5},
             (C("before", _CHOOSES, 3.0),
              C("before", _before(r"provision|provide|provides|supply|give|offer|\bfor|\bto|serve"), 2.0),
              C("before", _before(r"(?:leases?|(?:lease|leasing|colocation|co-location|hosting)\s+(?:agreements?|deals?|contracts?))"
                                  r"\s+with"), 2.0),
              C("after", _after(r"secur|get|gets|receiv|reserv|lock|obtain|access|gain|buy|purchas|rent|lease|"
                                r"contract|commit|ability\s+to\s+secure|need|an\s+option|holds\s+an\s+option"), 2.5),
              # "Cerebras uses 5 MW at WhiteFiber's site": the tenant, whatever it serves from there
              C("after", _after(r"uses\s+(?=\d)|occup(?:y|ies|ied)\s+(?=\d)"), 3.0))),
    ),
    "supplies_chips": (
        Role({"ChipMaker": 3.0, "CloudProvider": 0.5, "Company": 0.3},
             (C("after", _CHOSEN_TO_SELL, 3.5),
              # "has agreed to buy 4,000 Nvidia Blackwell GPUs worth about $300 million from Supermicro": the seller named
              C("before", re.compile(r"\b(?:buy|buys|bought|buying|purchased?|purchases|purchasing|order|orders|ordered)\b[^.;]{0,100}?"
                                     r"\bfrom\s+(?:the\s+)?$", re.I), 3.5),
              C("before", _before(r"\bof|(?<!away\s)\bfrom|\bby|\bwith"), 1.5),
              C("after", _after(r"suppl|provid|sell|deliver|ship|help"), 2.5),
              # "Nscale signed a deal to supply Microsoft with …"
              C("after", _after(r"(?:signed|struck|inked|reached)\s+(?:a|an)\s+(?:[\w\-$.]+\s+){0,2}?(?:deal|agreement|contract)\s+to\s+"
                                r"(?:supply|sell|provide|deliver)"), 2.5),
              # "HPE has won a deal worth more than $1 billion to sell AI servers": who wins the order sells
              C("after", _after(r"(?:separately\s+)?(?:won|wins|landed|lands|secured|secures|booked|books|disclosed|received)\s+"
                                r"(?:an?\s+)?(?:[\w$.\-]+\s+){0,3}?(?:deal|contract|order)s?\b"), 2.5),
              C("after", re.compile(r"^['’]s\s+(?:[\w\-]+\s+){0,2}(?:chips|gpus|systems|accelerators|tpus|processors|"
                                    r"silicon|hardware)", re.I), 2.0))),
        Role({"AILab": 1.5, "CloudProvider": 1.5, "Company": 1.0, "Government": 1.0, "Investor": 0.2},
             (C("before", _CHOOSES, 3.0),
              C("before", _BOUGHT_BY, 3.0),
              # "said it had won a $1.5 billion order from Oracle for GB300 racks": who placed the order buys
              C("before", re.compile(r"\b(?:order|orders|contract|deal)\s+from\s+(?:the\s+)?$", re.I), 3.5),
              C("before", _before(r"suppl(?:y|ies|ying)|provide|provides|sell\s+to|\bto|\bfor"), 1.5),
              C("after", _after(r"deploy|buy|purchas|order|use|receiv|get|access|rent|acquire|install|tap|spend|take|took|"
                                r"runs?\b|running\b|rel(?:y|ies|ied)\s+on(?!\s+[A-Z])|train"), 2.5),
              # "Deutsche Telekom and Nvidia are building the Industrial AI Cloud in Munich with 10,000 Blackwell GPUs"
              C("after", _after(r"(?:building|builds|build|built)\s+[^;.$]{0,80}?\bwith(?=\s+(?:about\s+|roughly\s+|up\s+to\s+|more\s+than\s+|"
                                r"nearly\s+|some\s+)?\d)"), 2.0))),
    ),
    "acquired": (
        Role({"Company": 1.0, "CloudProvider": 1.0, "ChipMaker": 1.0, "Investor": 1.0, "AILab": 0.8},
             (C("after", _after(r"acquir|buy|bought|purchas|take\s+over|snap"), 3.0),
              # "Qualcomm's $2.4 billion acquisition of Alphawave"
              C("after", re.compile(r"^['’]s\s+(?:[\w$.\-]+\s+){0,3}?(?:acquisition|purchase|takeover|buyout)\b", re.I), 3.0),
              # "agreed to sell ZT's manufacturing business to Sanmina": the one sold to buys
              C("before", re.compile(r"\b(?:sell|sells|sold|selling|sale\s+of)\b[^;.$]{0,60}?\bto\s+(?:the\s+)?$", re.I), 3.0),
              C("before", _before(r"\bby"), 1.5))),
        Role({"Company": 1.0, "AILab": 1.0, "ChipMaker": 0.8, "CloudProvider": 0.8},
             (C("before", _before(r"(?:acquir\w*|buy|buying|bought|purchase\s+of|acquisition\s+of|takeover\s+of|bid\s+for|offer\s+for|"
                                 r"sell|sells|sold|selling|sale\s+of)(?:\s+(?:the|its)\s+(?:[\w\-]+\s+){0,2}?(?:arm|unit|business|"
                                 r"division|stake|operations)\s+(?:of|in))?"), 3.0),
              # "Its largest purchase, Weights & Biases, cost …": what was bought, in apposition
              C("before", _before(r"(?:purchase|acquisition|takeover),"), 3.0),
              # "SoftBank is paying $6.5 billion for Ampere Computing": the price of a company
              C("before", re.compile(r"\b(?:pay|pays|paying|paid)\s+(?:[\w.,~$]+\s+){1,4}?for\s+$", re.I), 3.0),
              C("after", _after(r"was\s+acquired|has\s+been\s+acquired|will\s+be\s+acquired|was\s+bought"), 3.0))),
    ),
    "invests_in_infrastructure": (
        Role({"CloudProvider": 1.5, "Company": 1.2, "AILab": 1.2, "ChipMaker": 1.0, "Investor": 0.8, "Government": 1.0},
             (C("after", re.compile(r"^['’]s\b", re.I), 1.5),
              # "Amazon, whose capital spending this year will exceed $125 billion"
              C("after", re.compile(r"^,\s+whose\s+(?:[\w\-]+\s+){0,2}?(?:capital\s+(?:spending|expenditures?|investments?)|capex|"
                                    r"spending|investment|budget)\b", re.I), 2.5),
              C("after", _after(r"plan|invest|spend|commit|pledg|announc|earmark|budget|pour|expect|forecast|guid|"
                                r"allocat|raise|lift|boost|launch"), 2.5))),
        Role({}, ()),
    ),
    "builds_datacenter": (
        Role({"CloudProvider": 1.5, "Company": 1.2, "AILab": 1.2, "ChipMaker": 0.5, "Investor": 0.5},
             (C("after", re.compile(r"^['’]s\b", re.I), 1.5),
              C("after", _after(r"build|develop|construct|break|broke|open|operat|plan|expand|launch|power|invest|announc|unveil|"
                                r"convert|turn|transform|repurpos|retrofit|secur|rais|obtain|arrang|"
                                r"bring\s+(?:[\w\-]+\s+){0,3}?online"), 2.5),
              C("before", _before(r"developed\s+by|built\s+by|operated\s+by|owned\s+by"), 2.5),
              # "is being built by its Indonesian partner Indosat": past the partner's description
              C("before", re.compile(r"\b(?:developed|built|constructed|operated)\s+by\s+(?:its|their|the)\s+(?:[A-Za-z][\w\-]*\s+)?"
                                     r"(?:partner|unit|subsidiary|affiliate)\s+$"), 3.0))),
        Role({}, ()),
    ),
}
