"""Finding the entities a text mentions: names on the reference list, organisations discovered from
the text itself, and references ("the AI lab", "its") resolved to the entity they point back to."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain

from graph.extract.lazy import lazy
from graph.extract.places import regions
from graph.extract.reference import Known, Reference, trie_regex
from graph.extract.scan import matches_in, occurrences
from graph.extract.sentences import Span, clauses, last_break
from graph.model import Entity, slugify
from graph.vocab import ORGANISATION_TYPES

_LEGAL = (r"Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Ltd\.?|Limited|LLC|L\.L\.C\.|N\.V\.|NV|B\.V\.|BV|PBC|plc|PLC|AG|SE|"
          r"S\.A\.|SA|S\.p\.A\.|SpA|SAS|GmbH|AS|ASA|AB|Oy|Oyj|KK|K\.K\.|Pty\.?\s+Ltd\.?|Pty|Pte\.?\s+Ltd\.?|Bhd|Berhad")
_CAP = r"(?:[A-Z][\w&'’.\-]*[\w&]|[A-Z]|\d+[A-Za-z][\w\-]*)"
_SUFFIXED = re.compile(rf"\b(?P<name>{_CAP}(?:\s+{_CAP}){{0,3}}?)(?:,?\s+(?:Group|Holdings))?,?\s+(?:{_LEGAL})(?![\w])")
_HEADS = {
    "data center campus": "DataCenter", "data centre campus": "DataCenter", "data center": "DataCenter",
    "data centre": "DataCenter", "campus": "DataCenter", "supercomputer": "DataCenter", "ai factory": "DataCenter",
    "ai factories": "DataCenter",  # "Project Southgate, a network of AI factories"
    "supercluster": "DataCenter",
    "site": "DataCenter", "facility": "DataCenter", "cluster": "DataCenter",  # (only when sized: "Frontier, a 1.4-gigawatt site",
    # "Mistral Compute, a cluster of 18,000 Nvidia Grace Blackwell chips")
    "neocloud": "CloudProvider", "cloud provider": "CloudProvider", "cloud company": "CloudProvider",
    "cloud computing company": "CloudProvider", "gpu cloud": "CloudProvider", "compute provider": "CloudProvider",
    "hyperscaler": "CloudProvider", "cloud": "CloudProvider", "data center operator": "Company", "joint venture": "Company",
    "data center developer": "Company", "data centre operator": "Company", "ai lab": "AILab", "lab": "AILab",
    "ai startup": "AILab", "ai company": "AILab", "ai developer": "AILab", "model developer": "AILab",
    "startup": "AILab", "start-up": "AILab", "chipmaker": "ChipMaker", "chip maker": "ChipMaker",
    "chip designer": "ChipMaker", "chip company": "ChipMaker", "chip startup": "ChipMaker",
    "semiconductor company": "ChipMaker", "gpu maker": "ChipMaker", "investment firm": "Investor",
    "venture firm": "Investor", "venture capital firm": "Investor", "private equity firm": "Investor",
    "asset manager": "Investor", "investor": "Investor", "fund": "Investor", "sovereign wealth fund": "Investor",
    "investment fund": "Investor", "firm": "Company", "company": "Company", "provider": "CloudProvider",
    "operator": "Company", "developer": "Company", "maker": "Company", "group": "Company", "agency": "Government",
    "utility": "Company", "conglomerate": "Company", "development bank": "Investor", "state lender": "Investor",
    "partner": "Company", "private-equity firm": "Investor",
    "energy group": "Company", "energy company": "Company",
    "oil major": "Company", "telecom operator": "Company", "telecoms operator": "Company", "telecom group": "Company",
    "telecoms group": "Company", "pension fund": "Investor", "designer": "ChipMaker",
    "ministry": "Government", "government": "Government", "subsidiary": "Company", "affiliate": "Company",
}
_HEAD_RE = "|".join(sorted(map(re.escape, _HEADS), key=len, reverse=True))
_APPOSITION = re.compile(
    rf"\b(?P<name>{_CAP}(?:\s+(?:&\s+)?{_CAP}){{0,3}}(?:\s+\d{{1,2}}(?!\d|[.,]\d))?)\.?,\s+(?:a|an|the|its|their|[A-Z][\w\-]*['’]s|one\s+of\s+(?:the|its|their|[A-Z][\w\-]*['’]s))\s+(?P<mods>(?:(?:[A-Z][\w.\-]*,|[\w./\-$]+(?:['’]s)?)\s+){{0,4}}?)(?P<head>(?i:{_HEAD_RE}))s?\b(?!['’]s)"
    # "the Australian AI factory builder": a head noun that only modifies the real one
    r"(?!\s+(?:builder|developer|operator|owner|maker|designer|supplier|specialist|company|firm|startup)s?\b)"
    r"(?!\s+(?:said|says|told|added|noted|announced|reported|wrote|stated)\b)")  # "X, the company said" names no X
_SIZED_AFTER = re.compile(r"\s+of\s+(?:about\s+|some\s+|up\s+to\s+|more\s+than\s+)?[\d,.]+\s*(?:(?:[\w\-]+\s+){0,4}?(?:GPUs|chips|accelerators|TPUs)|"
                          r"(?:MW|GW|megawatts|gigawatts))\b")
_SIZED_MODS = re.compile(r"(?i)\d[\d.,]*[- ]?(?:gigawatts?|megawatts?|GW|MW)\b|\bdata[- ]cent|\bAI\b")
# "AI startup Anthropic", "neocloud Fluidstack": a head noun directly before a name.
_PREMODIFIED = re.compile(
    rf"\b(?P<head>neocloud|cloud provider|chipmaker|chip maker|chip designer|AI lab|lab|AI startup|startup|start-up|investment firm|"
    rf"venture firm|private[- ]equity firm|development bank|state lender|partner|[Ee]nergy group|[Ee]nergy company|[Oo]il major|[Tt]elecoms? operator|[Tt]elecoms? group|data[- ]cent(?:er|re) operator|AI company|sovereign wealth fund|pension fund|asset manager)\s+(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}})")
_NAME_WORDS = [
    (re.compile(r"\b(?:Capital|Ventures|Partners|Investments?|Fund|Management|Equity|Bank)\b"), "Investor"),
    (re.compile(r"\b(?:Cloud|Compute|Computing|GPU|Data ?Cent(?:er|re)s?|Hosting)\b"), "CloudProvider"),
    (re.compile(r"\b(?:Semiconductors?|Silicon|Chips?|Micro(?:electronics)?)\b"), "ChipMaker"),
    (re.compile(r"\b(?:AI|Labs?|Intelligence|Robotics)\b"), "AILab"),
]
_REFERENCE_TYPES = [
    (r"ai lab|lab|ai startup|startup|start-up|ai company|ai developer|ai firm|model maker|model developer|"
     r"(?-i:[A-Z])[\w.\-]*\s+(?:maker|developer|creator)", {"AILab"}),  # ("the ChatGPT maker", not "the chip maker")
    # (the search and software giants the list knows are clouds: Google, Microsoft, Oracle)
    (r"cloud provider|cloud giant|cloud unit|cloud division|cloud company|hyperscaler|neocloud|e-commerce giant|"
     r"retail giant|online retailer|cloud business|search giant|software giant|software company|software maker", {"CloudProvider"}),
    (r"chipmaker|chip maker|chip designer|chip giant|gpu maker|semiconductor giant|semiconductor company|chip company",
     {"ChipMaker"}),
    (r"investor|fund|investment firm|venture firm|backer|asset manager|investment manager|private equity firm|buyout firm",
     {"Investor"}),
    (r"government|administration", {"Government"}),
    # a government is no company ("Microsoft will spend $15 billion in the UAE, the company said")
    (r"company|firm|group|giant|tech giant|technology company|"
     r"tech company|social media giant|conglomerate|"
     r"business|partner|joint venture|venture|consortium|operator|maker|manufacturer|supplier", set(ORGANISATION_TYPES) - {"Government"}),
]
_REFERENCE_PATTERNS = [(re.compile(p, re.I), types) for p, types in _REFERENCE_TYPES]
# What describes a company by its home or its backer before the noun: "Santa Clara, California-based", "Nvidia-backed"
ATTRIBUTE = r"(?:[A-Z][\w&.\-]*,?\s+){0,3}?[\w\-]+-(?:based|backed|owned|listed|led|funded)\s+"
# Each scanning pattern opens with a character class and checks the word boundary after it: the regex
# engine then skips quickly to candidate positions (4-5 times faster than a leading \b).
_REFERENCE = re.compile(
    # ("the Hiranandani Group-backed data-centre operator": its backer named inside it)
    r"[Tt](?<![\w][Tt])he\s+(?:(?P<attr>" + ATTRIBUTE + ")"
    r"(?:(?:data[- ]cent(?:er|re)|cloud|gpu)\s+(?=(?:company|firm|operator|developer|group|provider)\b))?|"
    # ("The Dutch lithography maker"; not "the ChatGPT maker", a model's maker)
    r"[A-Z][\w\-]+\s+(?:(?=(?:company|startup|firm|lab|operator|group)\b)|[a-z]+\s+(?=(?:company|startup|firm|lab|operator|group|"
    r"maker|manufacturer|supplier)\b))|"
    # ("the telecom group's data-centre arm")
    r"(?:telecoms?|telecommunications|energy|industrial|mining|media|holding|parent)\s+(?=(?:company|firm|operator|group)\b))?(?P<head>"
    # ("the Public Investment Fund-backed AI company": the letters of "AI" and "GPU" in capitals too)
    + "|".join(p for p, _ in _REFERENCE_TYPES).replace("ai ", "(?:ai|AI) ").replace("gpu ", "(?:gpu|GPU) ")
    + r")(?!\w)(?!\s+(?:of|that|which|who)\b)")
RELATIVE_AFTER = re.compile(r",\s+(?:which|who|that)\s")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
_APPOSITION_GAP = re.compile(r"(?:,|\s[—–])\s$")  # between a name and the noun phrase in apposition to it
_RAISED_AFTER = re.compile(r"\s+(?:has\s+|had\s+|just\s+)*(?:raised|closed|secured)\s+(?:a\s+|an\s+)?(?:about\s+|more\s+than\s+)?"
                           r"(?:US)?\$")
_APPOSED_NAME = re.compile(r",\s+(?P<name>[A-Z])")
_SAID_AFTER = re.compile(r"\s+(?:said|says|added|noted|announced|told|wrote|stated)\b")
_KNOWN_AS = re.compile(r",\s+(?:known|referred\s+to)\s+as\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.\-]*(?:[ \t]+[A-Z][\w&'’.\-]*){0,4})")
_REPORTING = re.compile(r"\b(?:said|says|told|announced|announces|noted|added|stated|confirmed|explained|expects|"
                        r"believes|according)\b")
_SITE_REFERENCE = re.compile(r"[Tt](?<![\w][Tt])he\s+(?:(?:new\s+|planned\s+|expanded\s+|first\s+|whole\s+|entire\s+|same\s+)?(?:site|facility|campus|data\s+cent(?:er|re)|"
                             # ("will invest about $5 billion in the project": the site just named)
                             r"supercomputer|cluster|(?<=in\sthe\s)project)\b(?!\s+(?:in|near|at)\s+[A-Z])"
                             # "The first phase, of 54 megawatts, will cost …": a part of the site just named
                             r"|(?:first|second|third|initial|opening|final)\s+(?:phase|stage)\b(?!\s+of\b))")
_PRONOUN = re.compile(r"[IiTt](?<![\w][IiTt])(?:ts|t|heir|hey)\b")
_POSSESSIVE = re.compile(r"^(?:['’]s|['’](?!\w))")

STOPWORDS = frozenset(["a", "an", "the", "this", "that", "these", "those", "it", "its", "their", "they", "he", "she", "we", "our", "you", "i", "in", "on", "at", "for", "by", "with", "as", "and", "but", "or", "nor", "if", "when", "while", "after", "before", "under", "over", "since", "according", "to", "from", "into", "through", "across", "among", "within", "despite", "of", "about", "amid", "during", "between", "per", "via", "than", "then", "so", "yet", "who", "what", "why", "how", "whether", "which", "where", "there", "here", "however", "meanwhile", "still", "also", "more", "most", "many", "much", "both", "each", "every", "all", "some", "any", "no", "not", "other", "another", "such", "only", "just", "even", "read", "source", "executive", "summary", "introduction", "conclusion", "details", "strategic", "analysis", "update", "breaking", "news", "report", "reports", "reported", "exclusive", "analyst", "analysts", "critics", "sources", "people", "mr", "ms", "dr", "ceo", "cfo", "cto", "coo", "chief", "president", "chairman", "founder", "co-founder", "executive", "head", "ai", "gpu", "gpus", "cpu", "tpu", "llm", "llms", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "q1", "q2", "q3", "q4", "h1", "h2", "fy", "us", "u.s", "u.s.", "uk", "eu", "wall", "street", "silicon", "valley", "nasdaq", "nyse", "sec", "ftc", "doj", "series", "new", "big", "tech", "three", "first", "second", "third", "last", "next", "generative", "artificial", "intelligence", "cloud", "data", "center", "centers", "compute", "deal", "deals", "agreement", "partnership", "investment",
                       # sentence adverbs ("Separately, the start-up signed …") and imperatives ("Expect Korea's labs to …")
                       "separately", "additionally", "elsewhere", "overall", "instead", "earlier", "later",
                       "previously", "currently", "today", "yesterday", "now", "finally", "notably", "initially", "ultimately",
                       "similarly", "likewise", "meanwhile", "expect", "rivals", "rival", "fellow", "peer", "peers"])
PLACES = frozenset(["US", "U.S.", "USA", "America", "United", "States", "China", "Europe", "Japan", "India", "UK", "Britain", "Texas", "Ohio", "Virginia", "Georgia", "Arizona", "Louisiana", "Wisconsin", "Pennsylvania", "Michigan", "Indiana", "Iowa", "Nevada", "Oregon", "Washington", "California", "New", "York", "Memphis", "Abilene", "Norway", "Saudi", "Arabia", "UAE", "Abu", "Dhabi", "Dubai", "Qatar", "France", "Germany", "Spain", "Italy", "Korea", "South", "Korea", "Taiwan", "Singapore", "Malaysia", "Canada", "Australia", "Brazil", "Mexico", "Israel", "Ireland", "Netherlands", "Sweden", "Finland", "Denmark", "Poland", "London", "Paris", "Tokyo", "Seoul", "Beijing", "Shanghai", "Mumbai", "Chennai", "Dallas", "Houston", "Austin", "Atlanta", "Chicago", "Phoenix", "Denver", "Seattle", "Boston", "Virginia", "Iceland", "Portugal", "Columbus", "Childress", "Louisiana", "Wyoming", "Utah", "Kansas", "Texas", "Tennessee", "Mississippi", "Alabama", "Kentucky", "Minnesota", "Oklahoma", "Nebraska", "Montana", "Idaho", "Colorado", "Amsterdam", "Frankfurt", "Dublin", "Stockholm", "Oslo", "Helsinki", "Zurich", "Geneva", "Milan", "Madrid", "Lisbon", "Toronto", "Montreal", "Vancouver", "Sydney", "Melbourne", "Jakarta", "Johor", "Riyadh", "Doha", "Cairo", "Lagos", "Nairobi", "Santiago", "Munich", "Berlin", "Hamburg", "Lyon", "Marseille", "Barcelona", "Warsaw", "Prague", "Vienna", "Brussels", "Copenhagen", "Reykjavik", "Hyderabad", "Bangalore", "Bengaluru", "Pune", "Delhi", "Osaka", "Incheon", "Manila", "Bangkok", "Hanoi", "OSLO", "Sunnyvale", "Cupertino", "Pittsburgh", "Miami", "Portland",
    "Detroit", "Philadelphia", "Baltimore", "Raleigh", "Nashville", "Boulder", "Cambridge", "Oxford", "Edinburgh", "Manchester",
    "Bristol", "Toulouse", "Grenoble", "Shenzhen", "Hangzhou", "Taipei", "Hsinchu",
    # countries and regions beyond the big markets ("across Africa", "Egypt, Kenya, Morocco and Nigeria")
    "Africa", "Asia", "Oceania", "Egypt", "Kenya", "Morocco", "Nigeria", "Ghana", "Rwanda", "Ethiopia", "Tanzania", "Uganda",
    "Senegal", "Algeria", "Tunisia", "Zambia", "Zimbabwe", "Angola", "Chile", "Argentina", "Colombia", "Peru", "Uruguay",
    "Paraguay", "Ecuador", "Venezuela", "Panama", "Indonesia", "Vietnam", "Thailand", "Philippines", "Turkey", "Greece",
    "Belgium", "Austria", "Switzerland", "Romania", "Hungary", "Bulgaria", "Croatia", "Serbia", "Ukraine", "Estonia",
    "Latvia", "Lithuania", "Luxembourg", "Kuwait", "Bahrain", "Oman", "Jordan", "Pakistan", "Bangladesh", "Kazakhstan",
    "Uzbekistan", "Mongolia", "Nepal", "Lanka", "Cambodia", "Laos", "Myanmar", "Cyprus", "Malta", "Slovakia", "Slovenia"]) | {"United States", "New York", "Abu Dhabi", "San Francisco", "Los Angeles", "San Jose", "Santa Clara",
                "Hong Kong", "New Jersey", "Salt Lake City", "Las Vegas", "Kuala Lumpur", "Tel Aviv", "Sao Paulo", "South Korea", "Saudi Arabia", "North America", "Middle East",
                "New Mexico", "North Dakota", "South Carolina", "North Carolina", "Wall Street", "Silicon Valley",
                "United Arab Emirates", "United Kingdom", "European Union", "South Africa", "Latin America", "South America",
                "Southeast Asia", "New Zealand", "Palo Alto", "Mountain View", "Menlo Park", "Redwood City", "San Diego", "Sri Lanka", "Czech Republic", "Costa Rica", "Rio de Janeiro", "Cape Town"}
# "Ingrid Solberg, chief executive of…" is a person; "Nvidia said" is not a cue (companies say things too).
_PERSON_CUE_AFTER = re.compile(r"\s+family\b|,\s+(?:the\s+|its\s+|a\s+)?(?:[\w’'.\-]+\s+){0,2}?(?:co-?founder|founder|CEO|chief|president|"
                               r"chair(?:man|woman)?|head|analyst|executive|director|vice|partner\s+at)\b")
# ", which DigitalBridge has …": a relative clause whose subject is another name (its verb follows)
WHICH_NAME = r",\s+which\s+(?:[A-Z][\w&.\-]*\s+){1,3}(?:has\s+|had\s+)?"
# A deal verb right after a name, past its auxiliaries, a relative pronoun or a relative clause: "KDDI will fill",
# "Sakura Internet, which operates", "KDDI and Sharp will convert" (the list's first name too), "The AI Infrastructure
# Partnership, which also counts Nvidia among its members, plans to mobilize".
_AI_COMPOUND = re.compile(r"[A-Z][a-z]{2,}[A-Za-z]*AI")  # one word ending in "AI": a company's name
_DEAL_VERB_AFTER = re.compile(
    # ("Kyndryl, owned by Alder Capital and Birch Partners, plans to build…": past an apposition naming its owners)
    r"(?:\s+and\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?(?:,\s+(?:which|who|its|an?|the|owned|backed|controlled)\s+(?:[^,;.]|,(?=\s+[A-Z][a-z]+,)){1,100},)?"
    # ("Polar Hosting said on Monday it has signed a lease": who says it did a deal did it)
    r"(?:,\s+which|\s+)\s*(?:(?:said|says)\s+(?:on\s+[A-Z][a-z]+\s+|this\s+week\s+|today\s+)?(?:that\s+)?(?:it|they)\s+)?(?:(?:will|would|has|"
    r"have|had|also|now|already|still|is|are|was|were|plans\s+to|agreed\s+to|expects\s+to|intends\s+to|aims\s+to)\s+)*(?:mobili[sz]\w*|invest\w*|build\w*|built|buy\w*|bought|order\w*|suppl\w*|provid\w*|"
    r"leas\w*|rent\w*|signed|signs|convert\w*|deploy\w*|acquir\w*|fill\w*|operat\w*|spend\w*|spent|raised|raises|borrow\w*|lent|lends|"
    r"opened|opens|paid|pays|pay|"
    r"partner\w*|develop\w*|construct\w*|purchas\w*|sell\w*|sold|commit\w*|move|moves|moved|moving|migrat\w*|adopt\w*|"
    r"switch\w*|use|uses|using|rel(?:y|ies|ied)\s+on|form|forms|formed|forming|"
    # ("Snowflake has a similar $200 million agreement with Anthropic")
    r"has\s+(?:a|an)\s+(?:[\w\-$.]+\s+){0,3}?(?:agreement|deal|contract|partnership)\s+with)\b"
    # "Switch, which DigitalBridge bought for about $11 billion", "Ampere, which SoftBank controls": what is bought or
    # controlled is a company
    r"|" + WHICH_NAME + r"(?:bought|acquired|purchased|controls|owns)\b")
# "Investors will…", "Hyperscalers have…": a plural noun opening a sentence is no name
_PLURAL_ENDINGS = ("ers", "ors", "ists", "ies", "ants", "ents")
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+[A-Z]")
_ROLE_APPOSITION = re.compile(r",\s+(?:an?|the|its|one)\s+(?:[\w\-]+\s+){0,2}?(?:investor|backer|shareholder|customer|supplier|"
                              r"partner|lender|tenant|rival|competitor|landlord)s?\b")
_INSTRUMENT_AFTER = re.compile(r"\s+(?:funding|financing|notes|round|tranche)\b")
_PERSON_CUE_BEFORE = re.compile(r"\b(?:CEO|chief executive|founder|analyst|President|said|says|according to|Mr\.|Ms\.|Dr\.)\s*$")
_DC_HEAD = r"data\s+cent(?:er|re)\s+(?:campus|park)|data\s+cent(?:er|re)|campus|AI\s+factory|supercomputer|supercluster"
# "the Hyperion data center", "Project Rainier cluster"
_NAMED_DC = re.compile(rf"(?P<name>[A-Z][\w\-]+(?:\s+(?!AI\b)[A-Z0-9][\w\-]*){{0,2}})(?:\s+AI)?\s+(?P<head>{_DC_HEAD})s?\b")
_COMPUTING_CENTER = re.compile(r"(?:[A-Z][\w\-]*[ \t]+){1,4}(?:Super)?[Cc]omputing[ \t]+Cent(?:er|re)\b")
# (or without the commas: "which its cloud unit STACKIT will operate")
# (or a new one: "through a new unit, HyperVault,")
_UNIT_NAMED_AFTER = re.compile(r"(?:\b[Ii]ts|\b[Tt]heir|[A-Z][\w\-]*['’]s|\ba\s+new)\s+(?:[\w\-]+\s+){0,2}?(?:arm|unit|subsidiary|division)(?:,\s+"
                               r"(?P<name>[A-Z][\w&\-]*(?:[ \t]+[A-Z][\w&\-]*){0,3}),|\s+(?P<bare>[A-Z][\w&\-]*(?:[ \t]+[A-Z][\w&\-]*){0,2})"
                               r"(?=\s+(?:will|would|is|was|has|had|runs|operates|said|plans)\b))")
_SITE_CODE = re.compile(r"[A-Z]{2,4}(?:-\d{1,3}|0\d)")  # "NC-1", "MTL-3", "FIN04": a site's code, not a chip's ("GB300")
_CODE_PARTS = re.compile(r"([A-Z]{2,4})\d{1,4}[A-Z]?")
_COMPARED_NAME = re.compile(r"-(?:equivalent|equivalents|class|like|based|grade|scale)$", re.I)
_SITES_INCLUDING = re.compile(r"\b(?:supercomputers|data\s+cent(?:er|re)s|campuses|clusters|AI\s+factories)\b[^.;]{0,80}?,?\s+including\s+"
                              r"(?P<name>[A-Z][\w\-]*(?:[ \t]+[A-Z0-9][\w\-]*){0,2})(?=,|\s+and\b|\s+which\b)")
_OWNED_CLUSTER = re.compile(r"(?:\b[Ii]ts|\b[Tt]heir|[A-Z][\w\-]*['’]s)\s+(?:own\s+|new\s+|largest\s+)?(?P<name>[A-Z][\w\-]+(?:[ \t]+\d+)?)\s+"
                            r"(?:AI\s+|GPU\s+)?(?:training\s+|compute\s+|inference\s+)?cluster\b")
_SITE_HEAD_AFTER = re.compile(rf"\s+(?:{_DC_HEAD})")
# "a 1.2 GW data center campus in Abilene, Texas", "a 450-megawatt campus near Columbus, Ohio"
# "a campus of more than 1 gigawatt in Saline Township", "a campus in Doña Ana County"
# ("a 50-megawatt AI cluster in Springfield, Ohio": a cluster is a site only with its kind of compute before it)
_PLACED_DC = re.compile(rf"\b(?:(?:AI|GPU|compute)\s+)?(?P<head>{_DC_HEAD}|facility|site|(?<=AI\s)cluster|(?<=GPU\s)cluster|(?<=compute\s)cluster),?\s+(?:of\s+(?:[\w.\-]+\s+){{1,4}}?)?(?:in|near|outside|at|on\s+the\s+outskirts\s+of)\s+"
                        r"(?P<place>[A-Z][a-zà-öø-ÿ]+(?:[ \t]+[A-Z][a-zà-öø-ÿ]+)?)")
# "gigawatt-scale campuses, in Jamnagar and Visakhapatnam": a list of towns
_PLACE_WORD = r"[A-Z][a-zà-öø-ÿ]+(?:[ \t]+[A-Z][a-zà-öø-ÿ]+)?"
_PLACED_SITES = re.compile(rf"\b(?P<head>campuses|data\s+cent(?:er|re)s|AI\s+factories|supercomputers),?\s+(?:in|near|at)\s+"
                           rf"(?P<places>{_PLACE_WORD}(?:,\s+{_PLACE_WORD})*,?\s+and\s+{_PLACE_WORD})(?![\w\-'’])")
_PLACE_WORD_RE = re.compile(_PLACE_WORD)
# "MUMBAI, Nov 23 (Modelwire) - ": a news item's dateline, its town and agency, no party of any deal
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z .'’\-]{2,30}(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)\n]{1,30}\))?\s+[-—–]{1,2}\s")
_COMPUTE_MODIFIER = re.compile(r"(?i)\b(?:data[- ]cent(?:er|re)|gpu|cloud|compute|neocloud)\s+$")
_PROJECT_NAME = re.compile(r"\bProject\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?")
_COMPUTE_CONTEXT = re.compile(r"(?i)\b(?:campus|data[- ]cent(?:er|re)|gpus?|megawatts?|gigawatts?|\d\s?[mg]w|supercomputer|cluster)\b")
_BUILT_THERE_DC = re.compile(rf"\b(?P<head>{_DC_HEAD}|facility|site)\s+(?:(?:that|which)\s+)?(?:[A-Z][\w\-]*(?:[ \t]+(?:[a-z]{{1,3}}[ \t]+)?"
                             r"[A-Z][\w\-]*){0,3}|it|they)\s+(?:is|are|will\s+be|has\s+been)\s+(?:building|developing|constructing)\s+"
                             r"(?:in|near|outside)\s+(?P<place>[A-Z][a-zà-öø-ÿ]+(?:[ \t]+[A-Z][a-zà-öø-ÿ]+)?)")
# "for what it calls AI City", "which the company has dubbed Project Jupiter": a site's own name, given after it was described
_CALLED_SITE = re.compile(r"\b(?:what|which)\s+(?:it|they|the\s+company|the\s+developer|[A-Z][\w\-]*)\s+(?:now\s+)?(?:calls|call|has\s+called|"
                          r"has\s+dubbed|dubs|dubbed|has\s+named|named)\s+(?P<name>[A-Z][\w\-]*(?:[ \t]+[A-Z0-9][\w\-]*){0,3})")
_CONVERT_WORDS = ("convert", "turn", "transform", "repurpos", "retrofit")
_CONVERTED_DC = re.compile(r"\b(?:convert|turn|transform|repurpos|retrofit)\w*\s+(?:a|an|the|its|their)\s+(?:[\w\-]+\s+){0,4}?"
                           r"(?:in|at|near)\s+(?P<place>[A-Z][a-zà-öø-ÿ]+)\s+into\s+(?:a|an)\s+(?:[\w\-.$]+\s+){0,4}?"
                           rf"(?P<head>{_DC_HEAD})\b")
_NAMED_OLD_SITE = re.compile(r"\b(?:its|their|the)\s+(?P<name>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,2})\s+(?:site|facility|campus|plant|mine)\b")
# "South Korea's government", "the government of Japan": the country as a party
_COUNTRY_GOVERNMENT = re.compile(r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+government\b|"
                                 r"\bgovernment\s+of\s+(?P<place2>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)|"
                                 # "the South Korean government": the country, named by its people's adjective
                                 r"(?<=the\s)(?P<people>(?:South\s+)?[A-Z][a-z]+)\s+government\b")
# The countries a government is named for by its people's adjective ("the Japanese government")
_COUNTRY_OF = {"South Korean": "South Korea", "Korean": "South Korea", "Japanese": "Japan", "French": "France",
               "German": "Germany", "Indian": "India", "Chinese": "China", "Saudi": "Saudi Arabia",
               "Emirati": "United Arab Emirates", "Qatari": "Qatar", "Canadian": "Canada", "Australian": "Australia",
               "Italian": "Italy", "Spanish": "Spain", "Norwegian": "Norway", "Swedish": "Sweden", "Danish": "Denmark",
               "Finnish": "Finland", "Dutch": "Netherlands", "Brazilian": "Brazil", "Mexican": "Mexico", "Taiwanese": "Taiwan",
               "Singaporean": "Singapore", "Malaysian": "Malaysia", "Indonesian": "Indonesia", "Israeli": "Israel",
               "Polish": "Poland", "Irish": "Ireland", "Kenyan": "Kenya", "Nigerian": "Nigeria", "Egyptian": "Egypt",
               "Thai": "Thailand", "Vietnamese": "Vietnam", "British": "UK", "American": "US", "Greek": "Greece",
               "Turkish": "Turkey", "Kazakh": "Kazakhstan", "Moroccan": "Morocco", "Chilean": "Chile", "Argentine": "Argentina"}
# A capital that opens a sentence and acts stands for its country's government ("Seoul has said it will secure 50,000
# GPUs", "Washington will take a 10% stake in Intel"); elsewhere it is a place ("a campus near Seoul")
_CAPITAL_OF = {"Washington": "U.S. government", "London": "UK government", "Beijing": "China", "Seoul": "South Korea",
               "Tokyo": "Japan", "Riyadh": "Saudi Arabia", "New Delhi": "India", "Paris": "France", "Berlin": "Germany",
               "Ottawa": "Canada", "Canberra": "Australia", "Taipei": "Taiwan", "Doha": "Qatar", "Jakarta": "Indonesia",
               "Kuala Lumpur": "Malaysia", "Hanoi": "Vietnam", "Bangkok": "Thailand", "Rome": "Italy", "Madrid": "Spain",
               "Brasília": "Brazil", "Brasilia": "Brazil", "Mexico City": "Mexico", "Nairobi": "Kenya", "Cairo": "Egypt"}
_CAPITAL_ACTS = re.compile(r"(?<![\w\-])(?P<capital>" + trie_regex(_CAPITAL_OF) + r")\s+(?:has|have|had|will|would|"
                           r"is|was|plans|planned|wants|wanted|agreed|says|said|aims|intends|took|takes|bought|buys|signed|signs|"
                           r"ordered|orders|pledged|pledges|committed|commits)\b")
_OPENS_AT = re.compile(r"(?:^|[.;:!?][\"”’]?\s+|\n)[\"“]?$")  # (what stands before a sentence's first word)
# ("Nvidia GB200 and GB300 chips": a list of its products)
_BRAND = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w\-]*\s+(?:(?:and|or)\s+(?=[A-Z]))?){0,3}(?:chips?|GPUs?|accelerators?|processors?|TPUs?|systems|servers|racks)\b")
# A group member's name after the group's ("Samsung Heavy Industries", "SK Telecom", "Samsung C&T", "Samsung SDS")
_GROUP_MEMBER = re.compile(r"[ \t]+(?P<word>(?:Heavy[ \t]+)?Industries|Telecom\w*|Electronics|Energy|Engineering|Securities|"
                           r"Construction|Chemicals?|Biologics|Life[ \t]+Sciences|[A-Z]&[A-Z]|[A-Z]{2,4})\b(?![’'\-]\w)")
_CURRENCY_AMOUNT = re.compile(r"(?:RMB|CNY|EUR|GBP|JPY|INR|KRW|AED|SAR|CHF|HKD|SGD|AUD|CAD|BRL|NOK|SEK|DKK|USD|US)\s?\d")
_LAST_NAME_WORD = re.compile(r"(?<![\w\-])([A-Z][\w\-]*)[ \t]+$")
_UNIT_WORDS = (" unit", " subsidiary", " division", " arm")
_OWN_UNIT = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[A-Z][\w\-]*['’]s)\s+(?:own\s+)?(?P<name>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?)\s+"
                       r"(?:(?:chip|cloud|chip-design|semiconductor|AI|research|computing)\s+)?(?:unit|subsidiary|division|arm)\b")
_CHIP_NOUN_AFTER = re.compile(r"\s+(?:chips?|GPUs?|accelerators?|processors?|cards|servers|racks|systems|parts)\b")
_NOT_MEMBER = frozenset({"AI", "GPU", "GPUs", "TPU", "CPU", "NPU", "XPU", "HBM", "DGX", "CEO", "CFO", "CTO", "COO", "LLM", "API",
                         "US", "UK", "EU", "IPO", "ASIC", "RTX", "AWS", "GCP", "MW", "GW", "KW", "TW", "IT", "PC", "HPC", "AGI",
                         "SEC", "USD", "ARR", "RPO", "OCI", "AMD", "IBM", "TSMC", "NVL", "PBC", "LLC", "PLC", "AG", "SE", "SA", "NV",
                         "AB", "AS", "OY", "KK", "ASA", "BV", "SAS"})
_LEGAL_AFTER = re.compile(r"(?:[ \t]+(?:Technology|Technologies|Holdings|Group|Systems|International))?,?[ \t]+"
                         r"(?:Co\.,?[ \t]+Ltd\.|Inc\.|Corp\.|Ltd\.|Co\.|LLC|plc|PBC|N\.V\.|AG|S\.A\.|ASA|Oyj|SpA|S\.p\.A\.|GmbH|"
                         r"B\.V\.|Bhd|Berhad|Pty\.?[ \t]+Ltd\.?|Pte\.?[ \t]+Ltd\.?)(?!\w)")
# "Firmus Technologies" when the list knows "Firmus": the same company under its longer name (not "Systems": "10 gigawatts
# of NVIDIA Systems" names products)
_SAME_TAIL_AFTER = re.compile(r"[ \t]+(?:Technologies|Technology|Holdings|Group|International|Global)\b(?![’'\-]\w)")
_DEFINED = re.compile(r"\s*\((?:the\s+)?[\"“](?P<alias>[A-Z][\w .&\-]{0,40}?)[\"”]\)")
_LEGAL_GAP = re.compile(rf"(?:,?\s+(?:{_LEGAL}))+,?\s*")
_TRAILING_LEGAL = re.compile(rf"(?:,?\s+(?:{_LEGAL}))*[,\s]*$")
_LEGAL_ONLY = re.compile(_LEGAL)
# "UK-based", "Nvidia-backed", "OpenAI-designed": a name turned into an attribute of something else
ATTRIBUTE_AFTER = re.compile(r"-(?:based|backed|led|owned|listed|made|designed|built|developed|powered|funded|run|operated|"
                             r"branded)\b")
_ATTRIBUTE_IN_NAME = re.compile(r"\w" + ATTRIBUTE_AFTER.pattern)
_SITE_OWNER = re.compile(r"(?:\b(?:its|their|the)|['’]s)\s+(?:new\s+|planned\s+|flagship\s+)?$")
_PLACE_SITE = re.compile(r"(?P<place>(?!(?:The|Its|Their|This|That|A|An)\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:site|facility|project|campus|conversion|build|expansion|development)\b")
# "A second campus, Vantage Data Centers' Frontier in Shackelford County, …": a site named in apposition to its noun, past
# its owner's possessive
# ("Start Campus' first building, SIN01, opened…", "The plant, FPT AI Factory Hanoi, will…"; not a power plant)
_SITE_NAMED_AFTER = re.compile(r"\b(?:campus|site|data\s+cent(?:er|re)|facility|supercomputer|building|(?<!power )(?<!nuclear )(?<!gas )"
                               r"(?<!chip )plant),\s+(?:[A-Z][\w&\-]*(?:[ \t]+[A-Z][\w&\-]*){0,3}"
                               r"(?:['’]s|(?<=s)['’])[ \t]+)?(?P<name>[A-Z][\w\-]*(?:[ \t]+[A-Z0-9][\w\-]*){0,3})"
                               r"(?=\s+(?:in|near|outside|at)\s+[A-Z]|,)")
# "its Abilene, Texas campus"
_CITY_STATE_DC = re.compile(r"\b(?P<place>[A-Z][a-z]+),\s+(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
                            r"(?P<head>campus|data\s+cent(?:er|re))\b")
# "Project Horizon, a 2-gigawatt data center campus in West Texas": the campus already has a name
_NAMED_BEFORE = re.compile(r"[A-Z][\w\-]+(?:\s+[A-Z0-9][\w\-]*)*,\s+(?:a|an|the|its|their|[A-Za-z][\w\-]*['’]s)\s+"
                           r"(?:[\w\-.$]+\s+){0,4}$")
_MODEL_NOUNS = (r"(?:(?:large\s+)?language\s+models?|models?|LLMs?|model\s+family|family\s+of\s+(?:[\w\-]+\s+){0,2}?models|chatbot|assistant|"
                r"family)")  # ("Amazon's Nova family": its owner's possessive is asked for below)
# "Poolside's Malibu and Point models": each name of a list before the noun
_LISTED_MODELS = re.compile(r"(?:[Ii]ts|[Tt]heir|[A-Z][\w\-]*['’]s)\s+(?P<names>[A-Z][\w\-]*(?:,\s+[A-Z][\w\-]*)*,?\s+and\s+[A-Z][\w\-]*)\s+"
                            r"(?:(?:AI|language|open|reasoning|coding)\s+)?models\b")
# Product names open these patterns (a capital letter lets the engine skip ahead); what must stand before
# the name ("its", "Meta's") is checked after a match.
_NEW_MODEL = re.compile(rf"(?P<name>[A-ZΑ-Ωα-ω][\w\-]*(?:\s+\d[\w.\-]*)?)\s+(?:(?:video|image|speech|reasoning|coding|world|"
                        rf"foundation|frontier)\s+)?{_MODEL_NOUNS}\b")  # ("the Ray3 video model")
# Models named in small letters, with a digit or a hyphen, after their owner ("OpenAI's open-weight gpt-oss models")
_SMALL_MODEL = r"[a-z][\w.]*(?:-[\w.]+)+|[a-z]\d[\w.\-]*"
_SMALL_MODELS = re.compile(rf"(?:\b[Ii]ts|\b[Tt]heir|[A-Z][\w\-]*['’]s)\s+(?:(?:open-weight|open-source|new|latest|flagship)\s+)?"
                           rf"(?P<names>(?:{_SMALL_MODEL})(?:(?:,\s+|,?\s+and\s+)(?:{_SMALL_MODEL}))*)\s+"
                           r"(?:(?:AI|language|open|reasoning)\s+)?models?\b")
_MODEL_OWNER = re.compile(r"(?:\b(?:its|their|the)|[A-Z][\w\-]*['’]s)\s+(?:new\s+|latest\s+|flagship\s+|open-source\s+|open-weight\s+|"
                          r"open\s+|own\s+)?$")


def _named_after(modifiers: str, nouns: str) -> re.Pattern[str]:
    """A product named in apposition to its owner's noun ("its own model, Composer"; "Its next chip, Asimov,")."""
    return re.compile(rf"\b(?:[Ii]ts|[Tt]heir|[A-Z][\w\-]*['’]s)\s+(?:(?:{modifiers})\s+)*(?:[\w\-]+\s+){{0,2}}?(?:{nouns}),\s+"
                      r"(?P<name>[A-Z][\w\-]*(?:\s+\d[\w.\-]*)?)(?=[,.;]|\s+(?:which|that|is|was)\b)")


_MODEL_NAMED_AFTER = _named_after("own|new|latest|first|flagship", "model|LLM|chatbot|assistant")
_CHIP_NOUNS = r"(?:chips?|GPUs?|accelerators?|processors?|TPUs?|superchips?|chiplets?|XPUs?|NPUs?|racks?|systems)"
_CHIP_NAMED_AFTER = _named_after("own|new|next|latest|first|custom|flagship", "chip|processor|accelerator|GPU")
_CHIP_DESIGNED = re.compile(r"\b(?:designs?|designed|designing|develops?|developed|developing)\s+(?:the|its)\s+"
                            r"(?P<name>[A-Z][\w\-]*(?:[ \t]+[A-Z0-9][\w\-]*){0,2}),\s+(?:an?|its)\s+(?:[\w\-]+\s+){0,3}?"
                            r"(?:accelerator|chip|processor|GPU|ASIC)s?\b")
# "Corsair, d-Matrix's inference accelerator": a chip named before its owner's noun in apposition
_CHIP_NAMED_BEFORE = re.compile(r"(?P<name>[A-Z][\w\-]*(?:\s+\d[\w.\-]*)?),\s+(?:[Ii]ts|[Tt]heir|\w[\w\-]*['’]s)\s+"
                                r"(?:(?:own|new|next|latest|first|custom|flagship)\s+)*(?:[\w\-]+\s+)?(?:chip|processor|accelerator|GPU)s?\b"
                                # (not "Groq, Nvidia's rival chip maker": a company)
                                r"(?!-|\s+(?:makers?|designers?|company|start-?up|firm|giant|supplier|business|unit|division|arm|rival)\b)")
_NEW_CHIP = re.compile(rf"(?P<name>[A-Z][\w\-]*(?:\s+\d[\w.\-]*)?)\s+{_CHIP_NOUNS}\b")
_OWNED_TWO_WORD_CHIP = re.compile(rf"(?:\b(?:its|their)|['’]s)\s+(?:own\s+|new\s+|custom\s+|latest\s+)?"
                                  rf"(?P<name>[A-Z][a-z][\w\-]*\s+[A-Z][\w\-]*)\s+{_CHIP_NOUNS}\b")
_CALLED_CHIP = re.compile(rf"\b{_CHIP_NOUNS},?\s+(?:called|named|dubbed|known\s+as|code-?named|codenamed)\s+(?P<name>[A-Z][\w\-]*(?:\s+\d[\w.\-]*)?)")
_LISTED_CODES = re.compile(r"(?P<code>[A-Z]{1,4}\d{2,4}[A-Z]{0,3}\d?)(?:,\s+|\s+(?:and|or)\s+)(?=[A-Z]{1,4}\d)")
_CHIP_CODE = re.compile(r"[A-Z]{1,4}\d{2,4}[A-Z]{0,3}\d?$")
_CHIP_OWNER = re.compile(r"(?:\b(?:its|their)|[A-Z][\w\-]*['’]s)\s+(?:own\s+)?(?:new\s+|custom\s+|latest\s+|in-house\s+|"
                         r"next-generation\s+)?$")
_NOT_PRODUCT = frozenset({"AI", "GPU", "Nvidia", "NVIDIA", "AMD", "Intel", "Google", "Custom", "New", "Its", "The", "Cloud",
                          "GW", "MW", "KW", "TW", "US", "U.S.", "Their", "This", "That", "Our", "Hyperscale"})
DEMONYMS = frozenset(["British", "Latin American", "North American", "South American", "Icelandic", "Nordic", "Baltic", "Arabic", "Slavic", "Hispanic", "English", "Spanish", "Turkish", "Italian", "Russian", "Norwegian", "Saudi", "Korean", "French", "Dutch", "German", "Swiss", "Thai", "Greek", "Irish", "Welsh", "Scottish", "Danish", "Swedish", "Finnish", "Polish", "Czech", "American", "European", "Asian", "African", "Arab", "Emirati", "Saudi", "Qatari", "Israeli", "Iraqi", "Pakistani", "Bangladeshi", "Japanese", "Chinese", "Korean", "Taiwanese", "Vietnamese", "Indian", "Canadian", "Mexican", "Brazilian", "Australian"])
_REGIONS = regions()


def is_place(name: str) -> bool:
    """Whether a name is a place: one of the places deals are written about, or any country, state, province or region."""
    return name in PLACES or name in _REGIONS
# Cheap first passes: the costly discovery patterns run only in the sentences holding their trigger words,
# found with plain substring search (many times faster than a regex alternation over the whole text).
# "the Department of Energy", "the Danish Centre for AI Innovation", "the Export and Investment Fund of Denmark": a
# body named with an "of" or a "for", typed by its head noun
_PUBLIC_HEADS = ("Department", "Ministry", "Bureau", "Office", "Agency", "Authority", "Commission", "Council", "Administration")
_FUNDING_HEADS = ("Fund", "Bank", "Corporation", "Foundation")
_INSTITUTION_HEADS = (*_PUBLIC_HEADS, *_FUNDING_HEADS, "Centre", "Center", "Institute", "University", "Laboratory")
# (one regex pass finds them: its words all open with a capital, which the engine skips to, where a substring search per
# word would read the text thirty-six times)
_INSTITUTION_WORDS = re.compile(r"(?:" + "|".join(_INSTITUTION_HEADS) + r") (?:of|for) ")
_INSTITUTION = re.compile(r"(?:[A-Z][\w\-]*[ \t]+(?:(?:and|&)[ \t]+(?=[A-Z]))?){0,3}(?<![\w\-])(?P<head>" + "|".join(_INSTITUTION_HEADS)
                          + r")\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w\-]*){0,3}")
# "the National Science and Technology Council": a body whose name joins two fields with "and"
_PUBLIC_HEAD_WORDS = tuple(" " + h for h in _PUBLIC_HEADS)
_JOINED_INSTITUTION = re.compile(r"(?:[A-Z][\w\-]*[ \t]+){1,3}(?:and|&)[ \t]+(?:[A-Z][\w\-]*[ \t]+){1,2}(?P<head>"
                                 + "|".join(_PUBLIC_HEADS) + r")\b")  # (public bodies only: "Arm and Samsung Catalyst Fund" are two)
_BUILD_WORDS = ("building the", "build the", "builds the", "built the", "developing the", "constructing the", "opened the",
                "opening the", "opened their", "opened its", "built their", "built its", "building their", "building its")
_BUILT_IN_PLACE = re.compile(r"\b(?:building|build|builds|built|developing|constructing|opened|opening)\s+(?:the|their|its)\s+"
                             r"(?P<name>[A-Z][\w\-]*(?:[ \t]+[A-Z0-9][\w\-]*){0,3})\s+in\s+(?P<place>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\b")
_SITE_LIST_WORDS = ("supercomputers,", "centers,", "centres,", "campuses,", "clusters,", "sites,", "facilities,", "factories,")
_SITE_NAME = r"[A-Z][\w\-]*(?:[ \t]+[A-Z0-9][\w\-]*){0,2}"
_SITE_LIST = re.compile(rf"\b(?:supercomputers|data\s+cent(?:er|re)s|campuses|clusters|sites|facilities|AI\s+factories),\s+"
                        rf"(?P<names>{_SITE_NAME}(?:,\s+{_SITE_NAME})*,?\s+and\s+{_SITE_NAME})(?=[,.;]|\s+(?:at|in|near|on)\b)")
_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_APPOSITION_TRIGGER = (", a ", ", an ", ", the ", ", its ", ", their ", ", one of ")
_COMMA_POSSESSOR = re.compile(r",\s+[A-Z][\w\-]*$")
# "a Series B round led by MUFG, with participation from Khosla Ventures and NEA": who leads or joins a round invests
_BACKER_NAME = r"[A-Z][\w&'’.\-]*[\w&](?:[ \t]+(?:(?:e|di|de|do|da|du|des|y)[ \t]+)?[A-Z][\w&'’.\-]*[\w&]){0,3}"
_ROUND_BACKERS = re.compile(rf"\b(?:round|raise[sd]?|raising|financing|funding|investors)\b[^.;]{{0,40}}?\b(?:(?:co-)?led\s+by|"
                            # (not "…, and Reka, which is building a model, raised": a name with a relative clause opens anew)
                            rf"participation\s+(?:from|of)|joined\s+by)\s+"
                            # ("led by the state lender Cassa Depositi e Prestiti")
                            rf"(?:the\s+(?:state|state-owned|sovereign|national|public|government)\s+(?:lender|bank|fund|investor|"
                            rf"investment\s+fund|wealth\s+fund)\s+)?(?P<names>{_BACKER_NAME}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+){_BACKER_NAME}\b"
                            rf"(?!,[ \t]+(?:which|who)\b)(?![ \t]+(?:is|are|was|were|will|has|have|had)\b)){{0,5}})")
_BACKER_WORDS = ("led by", "participation from", "participation of", "joined by")
_BACKER_LIST = re.compile(r",[ \t]+(?:and[ \t]+)?|,?[ \t]+and[ \t]+")
_OWNER = re.compile(r"['’]s\s+")


def _owned_name(raw: str) -> str:
    """The name after an owner's possessive, cleaned: "BlackRock's Global Infrastructure Partners", "Norway's Aker"."""
    return _clean_name(_OWNER.split(raw)[-1])
_PREMODIFIED_TRIGGER = ("neocloud", "cloud provider", "chipmaker", "chip maker", "chip designer", "lab ", "AI startup",
                        "startup", "start-up", "equity firm", "development bank", "state lender", "partner ", "nergy group", "nergy company", "il major", "elecom group", "elecoms group", "investment firm", "venture firm", "operator", "AI company", "wealth fund", "pension fund",
                        "asset manager")
_LEGAL_TRIGGER = tuple(" " + w for w in (
    "Inc", "Corp", "Co.", "Ltd", "Limited", "LLC", "L.L.C", "NV", "N.V", "BV", "B.V", "PBC", "plc", "PLC", "AG", "SE",
    "SA", "S.A", "SpA", "S.p.A", "GmbH", "AS", "AB", "Oy", "KK", "K.K", "Pty", "Pte", "Bhd", "Berhad", "Group",
    "Holdings"))
_MODEL_WORDS = ("model", "LLM", "chatbot", "assistant", "family")
_CHIP_WORDS = ("chip", "GPU", "accelerator", "processor", "TPU", "XPU", "NPU", "rack", "systems")
_FIRM_TAILS = ("Partners", "Capital", "Ventures", "Labs", "Investments", "Management", "Fund", "Holdings")
_SITE_NAMED_WORDS = ("campus,", "site,", "center,", "centre,", "facility,", "supercomputer,", "building,", "plant,")
_DC_TRIGGER = ("data cent", "campus", "AI factory", "supercomputer", "supercluster", "facilit", " site ", " cluster ")


def _dateline_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where a news item's dateline stands ("MUMBAI, Nov 23 (Modelwire) - "): tried at line starts only."""
    at = 0
    while at >= 0:
        if text[at:at + 2].isupper() and (m := _DATELINE_HEAD.match(text, at)) is not None:
            yield m.span()
        at = text.find("\n", at) + 1 or -1


def _starts_word(text: str, position: int) -> bool:
    return position == 0 or not (text[position - 1].isalnum() or text[position - 1] in "_-")


def _starting_at(pattern: re.Pattern[str], hits: list[tuple[int, int]], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` that start at one of ``hits``, not overlapping (as a scan would find them)."""
    reached = 0
    for at, _ in hits:
        if at >= reached and (m := pattern.match(text, at)) is not None:
            reached = m.end()
            yield m


def _word_starts(text: str, word: str, start: int = 0) -> Iterator[int]:
    """Where ``word`` stands in ``text`` from ``start`` on as a word of its own (found with str.find: a regex
    opening with a look-behind would try every position)."""
    at = text.find(word, start)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")) \
                and (end == len(text) or not (text[end].isalnum() or text[end] in "-_")):
            yield at
        at = text.find(word, end)


def _written_small(text: str, word: str) -> bool:
    """Whether ``word`` (in small letters) stands in ``text`` as a word of its own."""
    return next(_word_starts(text, word), None) is not None


def _near(pattern: re.Pattern[str], hits: list[tuple[int, int]], text: str, before: int, after: int
          ) -> list[re.Match[str]]:
    """The matches of ``pattern`` in the sentences around ``hits`` (of a trigger word), each found once."""
    windows = []
    for hit_start, hit_end in hits:
        start = max(text.rfind(". ", 0, hit_start), text.rfind("\n", 0, hit_start), hit_start - 400) + 1
        stop = text.find(". ", hit_end)
        windows.append((max(0, start - before), min(len(text) if stop < 0 else stop + 1, hit_end + after)))
    return matches_in(pattern, text, windows)


# "Orange's cloud", "Snap's shareholders": only a company has these
_OWNS_BUSINESS = re.compile(r"['’]s\s+(?:own\s+|public\s+|sovereign\s+)?(?:cloud|data\s+cent(?:er|re)s|customers|shareholders|"
                            r"board|chief\s+executive|revenue|stock|shares)\b")
_BOUGHT_BEFORE = re.compile(r"\b(?:purchase|acquisition|takeover|buyout)\s+of\s+$")
_OPENING_PHRASE = re.compile(r"(?:[A-Z][\w\-]*(?:\s+[\w\-]+){0,4},)?")
_IS_BEFORE = re.compile(r"\b(?:is|remains|was|became|has\s+become|will\s+be)\s+(?:also\s+|still\s+|now\s+)?$")
_ROLE_AFTER = re.compile(r"\s+(?:only|main|sole|largest|biggest|primary|exclusive|preferred)\s+(?:[\w\-]+\s+)?(?:supplier|provider|source|"
                        r"customer|partner)\b")
_ARM_OF = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}?(?:fund|arm|unit|subsidiary|division)\b")
_ARM_TAIL = re.compile(r"\s(?:Ventures|Capital|Fund|Investments|Partners)$")


def _names_parent_of_arm(text: str, end: int, arm: Entity) -> bool:
    """Whether a short form ending at ``end`` names the parent of the investment arm it shortens: "Toyota Ventures,
    Toyota's venture fund" (not "YTL Power International … YTL's cloud arm", the company itself)."""
    return bool(_ARM_TAIL.search(arm.name) and _ARM_OF.match(text, end))


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:\n]\s*|[\"“]\s*)$")
_INNER_CAPITAL = re.compile(r"\d|[A-Z].*[A-Z]")
_ORG_TAIL_NAME = re.compile(r"[A-Z][\w&'’\-]*(?:\.[\w&'’\-]+)*(?:[ \t]+[A-Z][\w&'’\-]*(?:\.[\w&'’\-]+)*){0,2}[ \t]+(?:Partners|Capital|Ventures|Labs|AI|"
                            r"Technologies|Systems|Compute|Computing|Computer|Semiconductor|Robotics|Networks|Investments|Management|Advisors|"
                            r"Fund|Holdings|Securities|Services|Group|Telecom|Electronics|Motors?|Mobile|Cloud|Bank|Authority)\b(?:[ \t]+&[ \t]+[A-Z][\w'’\-]*|[ \t]+(?:Cloud|Labs?|Research|Markets)\b|"
                            r"(?<=Fund|ners|ital|ures)[ \t]+(?:\d{1,2}|I{1,3}|IV|VI{0,3})\b(?![.,]?\d))?")  # "Fidelity Management & Research", "Vision Fund 2"
# "1789 Capital", "500 Global Partners": a number naming a firm (a separate pattern keeps the one above fast)
_NUMBERED_FIRM = re.compile(r"\d{2,}(?:[ \t]+[A-Z][\w&'’\-]*(?:\.[\w&'’\-]+)*){0,2}[ \t]+(?:Partners|Capital|Ventures|Labs|Investments|Management|"
                            r"Fund|Holdings)\b")
_VERSION = re.compile(r"[ \t]+(?:\d+(?:\.\d+)*[a-z]?)(?:[ \t]+(?:Pro|Ultra|Flash|Mini|Max|Turbo|Opus|Sonnet|Haiku|Nano|"
                      # ("Llama 4 Scout": a listed version's own variant)
                      r"Lite|Plus|Maverick|Scout|Instruct))?\b|[ \t]+(?:Pro|Ultra|Flash|Mini|Turbo|Nano|Scout|Maverick|Behemoth)\b")
_PLACE_TAIL = re.compile(r"\s(?:County|Township|Parish|Province|Prefecture|District|Municipality|Borough)$")
# Capitalised words that open sentences and are never names: skipped before any other test
_COMMON_CAPITALS = frozenset(w.capitalize() for w in STOPWORDS if w.isalpha())
_DIRECTIONS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
                         "Upstate", "Downstate", "Northeast", "Northwest", "Southeast", "Southwest"})
_EXCHANGES = r"NYSE|NASDAQ|Nasdaq|NSE|BSE|LSE|TSE|TYO|ASX|TSX|HKEX|HKG|SGX|KRX|KOSDAQ|TWSE|TPE|SIX|XETRA|ETR|EPA|AMS|OSE"
# "Tata Consultancy Services (NSE: TCS)": the ticker is the company's short name, the exchange none
_TICKER_HINT = re.compile(rf"\((?:{_EXCHANGES})\s*:")
_TICKER = re.compile(rf"\s*\((?:{_EXCHANGES})\s*:\s*(?P<alias>[A-Z][A-Z0-9.]{{0,9}})\)")
_UNITS = frozenset({"NYSE", "NASDAQ", "NSE", "BSE", "LSE", "ASX", "TSX", "HKEX", "SGX", "KRX", "KOSDAQ", "TWSE", "GW", "MW", "TW", "KW", "GWh", "MWh", "TWh", "PUE", "GPU", "GPUs", "TPU", "TPUs",
                    # kinds of chip, not names ("high-bandwidth memory and DRAM")
                    "DRAM", "HBM", "NAND", "SRAM", "SSD", "SSDs", "CPU", "CPUs", "ASIC", "ASICs", "NPU", "NPUs", "XPU", "XPUs"})
_GENERIC_TAIL = re.compile(r"\s+(?:AI|Labs?|Technologies|Technology|Systems|Cloud|Compute|Computing|Partners|Capital|Industries|"
                           r"Ventures|Group|Holdings|Inc|Corp|Data\s+Cent(?:er|re)s)$")
_ACRONYM_HEAD = re.compile(r"([A-Z]{3,5})\s+[A-Z][a-z]")
_SAME_COMPANY_TAIL = re.compile(r"\s+(?:AI|Labs?|Technologies|Technology|Systems|Cloud|Compute|Computing|Group|Holdings|OpCo|HoldCo|"
                                r"Data\s+Services|Data\s+Cent(?:er|re)s|"
                                r"International|Global)$")
# Names never span lines or sentences: a dot belongs to a name only inside it ("U.S", "X.AI").
_ATTRIBUTE_LEAD = re.compile(r"[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*)?-(?:based|backed|owned|listed|funded|led|headquartered)\s+(?=[A-Z])")
_CLAUSE_MARK = re.compile(r"[,;:—–]|\s--\s|\sand\s")  # (what may open a clause, asked before splitting one)
_FRONTED_PHRASE = re.compile(r"\W*(?:Having|After|Following|Backed|Led|Armed|Buoyed|Fresh\s+from|Flush\s+with|With)\s")
# "With AMD, Humain formed …", "And with xAI, it will develop …": a partner fronted before the subject
FRONTED_PARTNER = re.compile(r"\W*(?:(?:And|But|Then|Meanwhile),?\s+)?(?:[Ww]ith|[Aa]longside|[Tt]ogether\s+with)\s+[^,;.]{1,60},\s+")
# What may stand before a sentence's subject: a fronted purpose or time ("To deliver it, ", "Having signed Anysphere, ") or
# partner ("With AMD, ")
FRONTED_LEAD = re.compile(r"\W*(?:To|Having|After|Following)\s+[^,;.]{1,60},\s|" + FRONTED_PARTNER.pattern)
MAIN_VERB_AFTER = re.compile(r"\s+(?:is|are|was|were|will|would|has|have|had|said|says|plans|also|now)\b")
_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}(?:ing|ed)")
_PARTICIPLE_USE = re.compile(r"\s+(?:by|with|to|from|on|in|a|an|the|its|their|[a-z]+ed|[a-z]+ing)\b")
_POSSESSOR_BEFORE = re.compile(r"\w['’]s\s+$")
# (a name's small connecting words too: "Cassa Depositi e Prestiti", "Banco do Brasil")
_TOWN_OF_BASED = re.compile(r",\s+[A-Z][\w\-]*-based\b")  # "the Redmond, Washington-based software giant": a town
_BACKER_ATTRIBUTE = re.compile(r"([A-Z][\w&'’]*(?:[ \t]+[A-Z][\w&'’]*){0,2})-(?:backed|funded|owned)")
_CAP_RUN = re.compile(r"[A-Z][\w&'’\-]*(?:[.:][\w&'’\-]+)*(?:[ \t]+(?:&[ \t]+|(?:e|di|de|del|della|do|da|dos|das|du|des|y|und)[ \t]+(?=[A-Z]))?"
                      r"[A-Z0-9][\w&'’\-]*(?:\.[\w&'’\-]+)*){0,4}")


@dataclass(frozen=True)
class Mention:
    """A span of text that names (or refers back to) an entity."""

    start: int
    end: int
    entity: Entity
    kind: str  # "name" (listed or discovered), "candidate" (a proper name with no other evidence),
    #            "reference" ("the AI lab") or "pronoun"
    possessive: bool = False

    @lazy
    def is_org(self) -> bool:
        return not ORGANISATION_TYPES.isdisjoint(self.entity.types)


@lru_cache(maxsize=8192)
def _candidate(name: str) -> Entity:
    """The entity a proper name with no other evidence stands for, typed by the words in it."""
    return Entity(slugify(name), name, _types_from_name(name))


def _types_from_name(name: str, default: str = "Company") -> tuple[str, ...]:
    for pattern, type_name in _NAME_WORDS:
        if pattern.search(name):
            return (type_name, "Company") if type_name != "Company" else ("Company",)
    return (default,) if default == "Company" else (default, "Company")


_LEGAL_TAIL = re.compile(rf"(?:,?\s+(?:{_LEGAL}))+$")


@lru_cache(maxsize=8192)
def _clean_name(raw: str) -> str:
    words = raw.replace("’", "'").split()
    while words and words[0].lower().strip(".,") in STOPWORDS and not (words[0] in ("New", "AI", "US") and len(words) > 1):
        # but "New Carlisle", "New Albany", "AI Infrastructure Partnership", "US Innovative Technology Fund": part of it
        words = words[1:]
    if len(words) > 1 and words[0].endswith("'s") and is_place(words[0][:-2]):
        words = words[1:]  # "Vietnam's FPT Corp": the country's company is FPT
    name = " ".join(words).strip(" ,.'-")
    # Legal forms go ("Lumora Inc."); "Group" and "Holdings" are part of a name ("Hyundai Motor Group", "SK Group")
    name = _LEGAL_TAIL.sub("", name[:-2] if name.endswith("'s") else name).strip(" ,")
    return name


_LOWER_CAMEL = re.compile(r"(?<![\w\-.])[a-z]{1,3}[A-Z][a-z]{2,}[A-Za-z]*(?![\w\-])")
_NATIONALITY_LIKE = re.compile(r"^[A-Z][a-z]+(?:ian|ese|ish|ean|ern)$")
_NOUN_USE_AFTER = re.compile(r"(?:['’]s\b|\s*[,.;:)]|\s+(?:and|has|have|had|is|was|will|which|said|says|led|invested|backs|owns)\b)")


@lru_cache(maxsize=8192)
def _plausible(name: str, as_noun: bool = False) -> bool:
    """Whether a capitalised run can be a name; ``as_noun`` when a word ending like a nationality ("Ardian") stands as a
    noun, not before one."""
    if not name or name in PLACES or len(name) < 2 or _CURRENCY_AMOUNT.match(name):
        return False  # (nor "RMB 380", an amount in a currency's code)
    if re.search(r"-[a-z]+$", name) and " " not in name and not re.fullmatch(r"[A-Z]-[a-z]+", name) \
            or _ATTRIBUTE_IN_NAME.search(name):
        return False  # "AI-enabled", "UK-based", "San Jose-based GPU": adjectives, not names (but "X-energy" is one)
    if name in DEMONYMS or " " not in name and not as_noun and re.search(r"(?:ian|ese|ish|ean|ern)$", name):
        return False  # "Norwegian", "Chinese", "British", "Latin American": nationalities
    if len(words := name.split()) == 2 and words[1] in ("AI", "Cloud", "Labs", "Compute") \
            and words[0] in DEMONYMS:
        return False  # "British AI", "French cloud": a nationality and a sector
    if _PLACE_TAIL.search(name):
        return False  # "Armstrong County", "Saline Township": places
    words = name.split()
    if len(words) > 1 and words[-1] in ("GPUs", "TPUs", "Chips", "chips", "Accelerators", "Superchips"):
        return False  # "16,000 Nvidia GPUs, the … operator": a maker's chips, not a company
    if all(w.lower().strip(".,") in STOPWORDS or w in PLACES or w in _DIRECTIONS for w in words):
        return False  # "West Texas", "Northern Virginia": places
    return not re.fullmatch(r"[\d.,]+|(?:19|20)\d\d", name)


class MentionFinder:
    """Finds mentions in one document, learning the organisations it introduces as it goes."""

    def __init__(self, reference: Reference) -> None:
        self.reference = reference
        self.discovered: dict[str, Entity] = {}
        self._headlines: dict[int, bool] = {}  # whether the line starting at an offset is a headline

    def entity(self, name: str, types: tuple[str, ...], key: str | None = None) -> Entity:
        """The entity for a name: from the reference list, else discovered (and remembered) here, by ``key`` when
        spellings of one name share it ("data centre" and "data center")."""
        # ("Mistral Compute, a cluster of 18,000 … chips": a site named after its owner is not its owner)
        known = self.reference.lookup(name) or (None if "DataCenter" in types else self._listed_short_form(name))
        if known is not None:
            return known.entity
        key = key or slugify(name)
        if key not in self.discovered:
            self.discovered[key] = Entity(key, name, tuple(dict.fromkeys(types)))
        return self.discovered[key]

    def _listed_short_form(self, name: str) -> Known | None:
        """"Firmus Technologies" when the list knows the company as "Firmus": the same company, by the
        tail of its full name (not "Mubadala Capital", an investment arm with its own name)."""
        short = _SAME_COMPANY_TAIL.sub("", name)
        known = self.reference.lookup(short) if short != name else None
        return known if known is not None and not ORGANISATION_TYPES.isdisjoint(known.entity.types) else None

    def _maker_before(self, text: str, start: int) -> bool:
        """Whether a listed chip maker or cloud stands just before ``start`` ("Huawei Ascend chips", "Alibaba PPU chips")."""
        word = _LAST_NAME_WORD.search(text, max(0, start - 30), start)
        known = self.reference.lookup(word.group(1)) if word else None
        return known is not None and not {"ChipMaker", "CloudProvider"}.isdisjoint(known.entity.types)

    def _new_product(self, name: str) -> bool:
        """Whether a name found as a model, chip or site is new: not a word such names are mistaken for, not a
        place, and not an entity the reference list already knows."""
        return name not in _NOT_PRODUCT and name not in PLACES and self.reference.lookup(name) is None

    def find(self, text: str) -> list[Mention]:
        self._headlines = {}
        mentions = self._names(text)
        mentions = self._add_references(text, mentions)
        return mentions

    def _headline(self, text: str, start: int) -> bool:
        """Whether the line starting at ``start`` is a title-case headline, asked for every name it holds: once per line."""
        known = self._headlines.get(start)
        if known is None:
            known = self._headlines[start] = _in_headline(text, start)
        return known

    # -- names -------------------------------------------------------------------------------
    def _names(self, text: str) -> list[Mention]:
        found: dict[tuple[int, int], Mention] = {}
        for m in self.reference.names_in(text):
            known = self.reference.lookup(m.group())
            if known is not None:
                entity = known.entity
                site_head = _SITE_HEAD_AFTER.match(text, m.end()) if "Chip" in entity.types or "AIModel" in entity.types else None
                if site_head is not None:
                    # "its Helios campus": a site that shares a product's name (AMD's Helios racks) is a site
                    end = site_head.end()
                    entity = self.entity(re.sub(r"\s+", " ", text[m.start():end]), ("DataCenter",))
                    found[(m.start(), end)] = self._mention(text, m.start(), end, entity, "name")
                    continue
                found[(m.start(), m.end())] = self._mention(text, m.start(), m.end(), entity, "name")
        for (start, end), mention in list(found.items()):
            grown = self._grown(text, start, end, mention)
            if grown is not mention:
                del found[(start, end)]
                found[(grown.start, grown.end)] = grown
        # ("Gefion, Denmark's national AI supercomputer": a possessive opens one too, looked for only after ", Name")
        possessed = [(max(0, s - 90), e + 80) for s, e in occurrences(text, ("'s ", "’s "))
                     if _COMMA_POSSESSOR.search(text, max(0, s - 30), s)]
        apposed = {m.span(): m for m in chain(_near(_APPOSITION, occurrences(text, _APPOSITION_TRIGGER), text, 0, 80),
                                              matches_in(_APPOSITION, text, possessed) if possessed else ())}
        for m in (apposed[span] for span in sorted(apposed)):
            name = _clean_name(m.group("name"))
            if self._headline(text, text.rfind("\n", 0, m.start()) + 1):
                continue  # "Vantage Data Centers Announces Frontier, a $25 Billion Mega Campus": no name edges in title case
            if _plausible(name) and self.reference.lookup(name) is None:
                head = _HEADS[m.group("head").lower()]
                if m.group("head").lower() in ("site", "facility", "cluster") and not _SIZED_MODS.search(m.group("mods")) \
                        and not _SIZED_AFTER.match(text, m.end()):
                    continue  # "X, a site of …", "X, the facility's owner": no site named, unless sized
                if head != "DataCenter" and is_place(name):
                    continue  # "in Lübbenau, Brandenburg, its cloud unit StackIT said": a region before another's apposition
                mods = m.group("mods").lower()
                if head == "AILab" and re.search(r"\bchip|semiconductor", mods):
                    head = "ChipMaker"  # "a chip start-up"
                if head == "Company" and re.search(r"\bcloud|gpu|compute|\bai\s+infrastructure", mods):
                    head = "CloudProvider"  # (before the test for a lab: "the AI infrastructure company"; not "energy infrastructure")
                if head == "Company" and re.search(r"\bai\b|artificial intelligence", mods):
                    head = "AILab"
                self.entity(name, ("DataCenter",) if head == "DataCenter" else _types_from_name(name, head))
        for m in _near(_ROUND_BACKERS, occurrences(text, _BACKER_WORDS), text, 0, 160):
            for raw in _BACKER_LIST.split(m.group("names")):
                name = _owned_name(raw)
                if _plausible(name) and self.reference.lookup(name) is None and not self._listed_short_form(name) \
                        and not _PERSON_CUE_AFTER.match(text, m.end()):
                    self.entity(name, ("Investor",))
        institution_words = [w.span() for w in _INSTITUTION_WORDS.finditer(text)]
        # (a body joining two fields with "and" looked for only before a public body's head word)
        joined = _near(_JOINED_INSTITUTION, occurrences(text, _PUBLIC_HEAD_WORDS), text, 80, 0) if " and " in text else ()
        for m in chain(_near(_INSTITUTION, institution_words, text, 60, 60), joined):
            name, head = _clean_name(m.group()), m.group("head")
            if _starts_word(text, m.start()) and _plausible(name) and self.reference.lookup(name) is None:
                self.entity(name, ("Government",) if head in _PUBLIC_HEADS else ("Investor",) if head in _FUNDING_HEADS
                            else ("Company",))
        for m in _near(_BUILT_IN_PLACE, occurrences(text, _BUILD_WORDS), text, 0, 100):
            name = _clean_name(m.group("name"))  # "are building the Industrial AI Cloud in Munich": a site, by its place
            if _plausible(name) and self.reference.lookup(name) is None and is_place(m.group("place")):
                self.entity(name, ("DataCenter",))
        for m in _near(_SITE_LIST, occurrences(text, _SITE_LIST_WORDS), text, 0, 120):
            for raw in _LIST_SPLIT.split(m.group("names")):
                name = _clean_name(raw)  # "two supercomputers, Lux and Discovery, at Oak Ridge": each a site
                if _plausible(name) and name not in PLACES and self.reference.lookup(name) is None:
                    self.entity(name, ("DataCenter",))
        for m in _near(_PREMODIFIED, occurrences(text, _PREMODIFIED_TRIGGER), text, 0, 60):
            name = _clean_name(m.group("name"))
            if _plausible(name) and self.reference.lookup(name) is None:
                head = _HEADS.get(m.group("head").lower(), "Company")
                if _COMPUTE_MODIFIER.search(text, max(0, m.start() - 25), m.start()):
                    head = "CloudProvider"  # "space data-centre start-up Starcloud", "GPU cloud start-up …"
                self.entity(name, _types_from_name(name, head))
        for m in _near(_SUFFIXED, occurrences(text, _LEGAL_TRIGGER), text, 0, 16):
            name = _clean_name(m.group("name"))
            if _plausible(name) and self.reference.lookup(name) is None:
                self.entity(name, _types_from_name(name))
        model_words = occurrences(text, _MODEL_WORDS)
        for m in _near(_LISTED_MODELS, model_words, text, 0, 10):
            for raw in _LIST_SPLIT.split(m.group("names")):
                name = raw.strip()
                if name and self._new_product(name):
                    self.entity(name, ("AIModel",))
        for m in _near(_SMALL_MODELS, model_words, text, 0, 10):
            for raw in _LIST_SPLIT.split(m.group("names")):  # "OpenAI's gpt-oss-120b and gpt-oss-20b models"
                if raw.strip() and self._new_product(raw.strip()):
                    self.entity(raw.strip(), ("AIModel",))
        for m in _near(_NEW_MODEL, model_words, text, 0, 20):
            name = m.group("name")
            if _starts_word(text, m.start()) and _MODEL_OWNER.search(text, max(0, m.start() - 40), m.start()) \
                    and self._new_product(name) and name not in DEMONYMS:  # (not "its own Italian language model")
                self.entity(name, ("AIModel",))
        for m in _near(_MODEL_NAMED_AFTER, model_words, text, 0, 40):
            name = m.group("name")  # "its own model, Composer": a model named in apposition to its noun
            if self._new_product(name):
                self.entity(name, ("AIModel",))
        chip_words = occurrences(text, _CHIP_WORDS)
        for m in _near(_NEW_CHIP, chip_words, text, 0, 20):
            name = m.group("name")
            if not _starts_word(text, m.start()) or name in _NOT_PRODUCT or name in PLACES \
                    or _COMPARED_NAME.search(name):
                continue  # (nor "H100-equivalent GPUs": the H100, as a measure)
            if (_CHIP_CODE.match(name) or _CHIP_OWNER.search(text, max(0, m.start() - 40), m.start())
                    or self._maker_before(text, m.start())) and self.reference.lookup(name) is None:
                self.entity(name, ("Chip",))
                # "AI200 and AI250 racks": the codes listed before it are chips too
                # (the window runs to the name's end: the look-ahead for the next code must see it)
                for code in _LISTED_CODES.finditer(text, max(0, m.start() - 40), m.end()):
                    if code.end() <= m.start() and self.reference.lookup(code.group("code")) is None:
                        self.entity(code.group("code"), ("Chip",))
        for m in _near(_OWNED_TWO_WORD_CHIP, chip_words, text, 40, 0):
            name = m.group("name")  # "the start-up's Rebel Quad accelerators": a chip of two words, past its owner
            if self._new_product(name) and all(self.reference.lookup(w) is None and w not in _NOT_PRODUCT for w in name.split()):
                self.entity(name, ("Chip",))
        for m in _near(_CHIP_DESIGNED, chip_words, text, 0, 0):
            name = m.group("name")  # "designs the MatX One, an accelerator for large language models"
            if _starts_word(text, m.start("name")) and self._new_product(name):
                self.entity(name, ("Chip",))
        for m in _near(_CHIP_NAMED_AFTER, chip_words, text, 0, 40):
            name = m.group("name")
            if self._new_product(name):
                self.entity(name, ("Chip",))
        # "the AI6 chips … The current AI5": a code of the same letters as a chip found is its sibling chip
        codes = sorted({c.group(1) for e in self.discovered.values() if "Chip" in e.types and (c := _CODE_PARTS.fullmatch(e.name))})
        siblings = re.finditer(rf"(?<![\w\-])(?:{'|'.join(codes)})\d{{1,4}}[A-Z]?(?![\w\-])", text) if codes else ()
        for m in siblings:  # (the letters are capitals only: no escaping needed)
            if self.reference.lookup(m.group()) is None:
                self.entity(m.group(), ("Chip",))
        for m in _near(_CHIP_NAMED_BEFORE, chip_words, text, 0, 0):
            name = m.group("name")
            if _starts_word(text, m.start()) and self._new_product(name) and slugify(name) not in self.discovered:
                self.entity(name, ("Chip",))
        for m in _near(_CALLED_CHIP, chip_words, text, 0, 60):
            name = _clean_name(m.group("name"))  # "a transformer-only chip called Sohu": a chip named where it is described
            if _plausible(name) and self._new_product(name):
                self.entity(name, ("Chip",))
        for m in _near(_UNIT_NAMED_AFTER, occurrences(text, _UNIT_WORDS), text, 0, 60):
            name = _clean_name(m.group("name") or m.group("bare"))
            cloud = ("CloudProvider", "Company") if " cloud " in m.group().lower() else None  # ("its cloud unit STACKIT")  # "Its data-centre arm, Sify Infinit Spaces, listed…": a company of the group's
            if _plausible(name) and self.reference.lookup(name) is None and name not in _NOT_PRODUCT:
                self.entity(name, cloud or _types_from_name(name))
        for m in _near(_OWN_UNIT, occurrences(text, _UNIT_WORDS), text, 0, 0):
            name = _clean_name(m.group("name"))  # "chips designed by its own T-Head unit": a company of the group's
            if _plausible(name) and self.reference.lookup(name) is None and name not in _NOT_PRODUCT:
                self.entity(name, _types_from_name(name))
        for m in _CAPITAL_ACTS.finditer(text) if any(capital in text for capital in _CAPITAL_OF) else ():
            if not _OPENS_AT.search(text, max(0, m.start() - 4), m.start()):
                continue
            state = _CAPITAL_OF[m.group("capital")]
            listed = self.reference.lookup(state)
            found.setdefault(m.span("capital"), Mention(*m.span("capital"), listed.entity if listed is not None
                                                        else self.entity(state, ("Government",)), "name"))
        if "government" in text:
            for m in _COUNTRY_GOVERNMENT.finditer(text):
                country = m.group("place") or m.group("place2") or _COUNTRY_OF.get(m.group("people") or "")
                if country and (is_place(country) or m.group("people")) and _starts_word(text, m.start()):
                    known = self.reference.lookup(country) or self.reference.lookup(f"{m.group('people')} government")
                    entity = known.entity if known is not None else self.entity(country, ("Government",))
                    found.setdefault((m.start(), m.end()), Mention(m.start(), m.end(), entity, "name"))
        if "omputing Cent" in text:
            self._computing_centers(text, found)
        site_words = occurrences(text, _DC_TRIGGER)
        for m in _near(_NAMED_DC, site_words, text, 0, 30):
            if not _starts_word(text, m.start()):
                continue
            name = _clean_name(m.group("name"))
            known = self.reference.lookup(name)
            if is_place(name) and " " not in m.group("name") and _SITE_OWNER.search(text, max(0, m.start() - 12), m.start()):
                # "its Abilene campus": a site named by its town, unless it already has a name ("Colossus 2,
                # xAI's Memphis supercomputer")
                if _NAMED_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                    continue
                entity = self.entity(f"{name} {m.group('head').lower()}", ("DataCenter",))
                found.setdefault((m.start(), m.end()), Mention(m.start(), m.end(), entity, "name"))
                continue
            coded = bool(name) and re.search(r"\d", name.split()[0]) is not None
            if _plausible(name) and known is None and name not in PLACES and name not in _NOT_PRODUCT \
                    and not (coded and not _SITE_CODE.fullmatch(name.split()[0]) and not (
                        # ("its S7 campus": a code its owner gives a campus, not a chip's)
                        m.group("head").lower() in ("campus", "data center", "data centre")
                        and _SITE_OWNER.search(text, max(0, m.start() - 12), m.start()))):
                # "Polaris Forge 1" and "its NC-1 campus", not "the B300 cluster" (a chip's code)
                self.entity(name, ("DataCenter",))
        if "Project " in text:
            for m in _PROJECT_NAME.finditer(text):
                # "will deploy 18,000 GPUs … under Project Southgate": a project named among compute words is a site
                stop = text.find(". ", m.end())
                sentence = text[max(0, text.rfind(". ", 0, m.start())):len(text) if stop < 0 else stop]
                if self.reference.lookup(m.group()) is None and _COMPUTE_CONTEXT.search(sentence):
                    self.entity(m.group(), ("DataCenter",))
        for m in _near(_SITES_INCLUDING, site_words, text, 0, 120):
            name = _clean_name(m.group("name"))  # "seven new AI supercomputers …, including Solstice, which will use …"
            if _plausible(name) and self._new_product(name) and name not in _COMMON_CAPITALS:
                self.entity(name, ("DataCenter",))
        for m in _near(_OWNED_CLUSTER, site_words, text, 0, 30):
            name = m.group("name")  # "Tesla runs its Cortex training cluster in Austin": a cluster its owner named
            if _plausible(name) and self._new_product(name) and name not in _COMMON_CAPITALS:
                self.entity(name, ("DataCenter",))
        for m in _near(_SITE_NAMED_AFTER, occurrences(text, _SITE_NAMED_WORDS), text, 0, 80):
            name = _clean_name(m.group("name"))  # "A second campus, Vantage Data Centers' Frontier in Shackelford County"
            if _plausible(name) and self._new_product(name):
                self.entity(name, ("DataCenter",))
        for m in _near(_CITY_STATE_DC, site_words, text, 0, 20):
            if is_place(m.group("region")):  # "Abilene, Texas campus", not "Microsoft, Google campus"
                self._add_site(found, m)
        site_names: list[str] | None = None  # listed on the first placed site only: most texts have none
        for m in _near(_PLACED_DC, site_words, text, 0, 120):
            before = text[max(0, m.start() - 80):m.start()]
            site_names = self._datacenter_names() if site_names is None else site_names
            if any(before.endswith(name + " ") for name in site_names) or _NAMED_BEFORE.search(before):
                continue  # "its Colossus 2 supercomputer in Memphis", "Project Horizon, a … campus in West Texas"
            self._add_site(found, m)
        # "gigawatt-scale campuses, in Jamnagar and Visakhapatnam": towns, never companies (no site of its own each: the
        # money or power the sentence gives belongs to all of them)
        towns = [(m.start("places") + t.start(), m.start("places") + t.end())
                 for m in _near(_PLACED_SITES, site_words, text, 0, 120) for t in _PLACE_WORD_RE.finditer(m.group("places"))]
        for m in _near(_BUILT_THERE_DC, site_words, text, 0, 120):
            # "a wind-powered site that Casa dos Ventos is building in Ceará": the site by the place it is built in
            before = text[max(0, m.start() - 80):m.start()]
            if is_place(m.group("place")) and not _NAMED_BEFORE.search(before):  # (not "Project Halo, a … supercluster that …")
                site_names = self._datacenter_names() if site_names is None else site_names
                entity = self._site_at(m.group("place"), m.group("head"))
                found.setdefault(m.span("head"), Mention(*m.span("head"), entity, "name"))
        for m in _near(_CONVERTED_DC, occurrences(text, _CONVERT_WORDS), text, 0, 200):
            # "convert a former panel plant in Sakai into a 150-megawatt AI data center": the new site by its place
            if m.group("place") not in _COMMON_CAPITALS:
                old_site = _NAMED_OLD_SITE.search(text, m.start(), m.start("place"))
                # ("converting its Panther Creek site in Pennsylvania into an AI data centre": the site keeps its name)
                entity = self.entity(old_site.group("name"), ("DataCenter",)) if old_site else self._site_at(
                    m.group("place"), m.group("head"))
                found.setdefault((m.start("head"), m.end("head")), Mention(m.start("head"), m.end("head"), entity, "name"))
                if old_site:
                    found.setdefault(old_site.span("name"), Mention(*old_site.span("name"), entity, "name"))
        if site_names is not None:
            # "The Vineland site", once "a data center in Vineland" is named: the same site
            # (by the place its name opens with: "Kansas City campus" is the Kansas City site)
            by_place = {" ".join(e.name.split()[:n]): e for e in self.discovered.values()
                        if "DataCenter" in e.types and " " in e.name for n in (1, 2) if n < len(e.name.split())}
            for m in _PLACE_SITE.finditer(text):
                site = by_place.get(m.group("place")) or by_place.get(m.group("place").split()[-1])
                if site is not None and _starts_word(text, m.start()):
                    found.setdefault((m.start(), m.end()), Mention(m.start(), m.end(), site, "name"))
        if site_names is not None and ("call" in text or "dub" in text):
            self._sites_named_later(text, found)
        numbered = (m for m in _near(_NUMBERED_FIRM, occurrences(text, _FIRM_TAILS), text, 0, 20)
                    if not re.match(r"(?:19|20)\d\d\b", m.group()) and text[m.start() - 1:m.start()] not in (",", "."))
        for m in chain(_ORG_TAIL_NAME.finditer(text), numbered):
            name = _owned_name(m.group())
            if _starts_word(text, m.start()) and " " in name and _plausible(name) and self.reference.lookup(name) is None \
                    and not self._headline(text, text.rfind("\n", 0, m.start()) + 1) and not _SITE_HEAD_AFTER.match(text, m.end()):
                self.entity(name, _types_from_name(name))  # "Orbis Partners", "Veridian Labs": named as a firm (not
                # "its Fairwater AI data centers": a site)
        # Short forms: "Kestrel AI" is also "Kestrel", "Vantage Data Centers" also "Vantage", once named in full
        named = {e.id: e for e in {m.entity for m in found.values()} if e.id not in self.discovered
                 and _GENERIC_TAIL.search(e.name) and not ORGANISATION_TYPES.isdisjoint(e.types)}
        # Defined terms: 'Advanced Micro Devices, Inc. (the "Company")', 'OpenAI OpCo, LLC ("OpenAI")'
        quoted = '("' in text or '(the "' in text or "(“" in text or "(the “" in text
        defined = self._defined_terms(text, found, quoted) if quoted or _TICKER_HINT.search(text) else {}
        if self.discovered or named or defined:
            names = {e.name: e for e in self.discovered.values()}
            for entity in [*self.discovered.values(), *named.values()]:
                short = _GENERIC_TAIL.sub("", entity.name)
                acronym = _ACRONYM_HEAD.match(entity.name) if short == entity.name else None
                if acronym is not None:
                    short = acronym.group(1)  # "YTL Power International … YTL is building": a group's letters alone
                listed = self.reference.lookup(short)
                # "Helios Compute Inc. … Helios has agreed": a company the text introduces keeps its short form
                # even where the list knows the word as a product (AMD's Helios racks), not as an organisation
                if short != entity.name and (len(short) >= 4 or acronym is not None) and not is_place(short) and short.lower() not in STOPWORDS \
                        and (listed is None or entity.id in self.discovered and ORGANISATION_TYPES.isdisjoint(
                            listed.entity.types)) and "AIModel" not in entity.types:
                    names.setdefault(short, entity)
            names.update(defined)
            pattern = re.compile(r"(?<![\w\-])" + trie_regex(names) + r"(?!\w)")
            for m in pattern.finditer(text) if names else ():
                span = (m.start(), m.end())
                if names[m.group()].name != m.group() and _names_parent_of_arm(text, span[1], names[m.group()]):
                    continue
                inside = [(s, e) for s, e in found if span[0] <= s and e <= span[1]]
                if any(s <= span[0] < e or s < span[1] <= e for s, e in found if (s, e) not in inside):
                    continue
                for key in inside:  # "Samsung Securities" is not Samsung: the longer name wins
                    del found[key]
                if (legal := _LEGAL_AFTER.match(text, span[1])) is not None:
                    span = (span[0], legal.end())  # "Aker ASA led the round": the name with its legal form
                found[span] = self._mention(text, *span, names[m.group()], "name")
        covered = bytearray(len(text) + 1)  # which characters a name already claims
        for s, e in found:
            covered[s:e] = b"\x01" * (e - s)
        for s, e in chain(towns, _dateline_spans(text)):
            covered[s:e] = b"\x01" * (e - s)
        openers: list[tuple[int, int, str]] = []  # capitalised words skipped for opening a sentence
        for m in _CAP_RUN.finditer(text):
            at, raw, skip = m.start(), m.group(), 0
            if "-" in raw and (lead := _ATTRIBUTE_LEAD.match(raw)) is not None:
                raw, skip = raw[lead.end():], lead.end()  # "Paris-based H Company": the company, past where it is based
            elif "-" in raw and (backer := _BACKER_ATTRIBUTE.fullmatch(raw)) is not None and not is_place(backer.group(1)):
                raw = backer.group(1)  # "the Macquarie-backed cloud company": who backs it, a company
            taken = covered.find(1, at + skip, m.end())
            if taken > at + skip and _POSSESSOR_BEFORE.search(raw, 0, taken - at - skip):
                raw = raw[:taken - at - skip].rstrip()  # "HIVE Digital's BUZZ HPC unit": the owner before a name found
                taken = -1
            if at and (text[at - 1].isalnum() or text[at - 1] in "_-") or taken >= 0 or raw in _COMMON_CAPITALS:
                continue
            if "'" in raw or "’" in raw:
                place, _, rest = raw.replace("’", "'").partition("'s ")
                if rest and is_place(place):
                    raw = raw[len(place) + 3:]  # "Norway's Aker": the company, not the country
            name = _clean_name(raw)
            # ("backed by Ardian, …": a name that only looks like a nationality, used as a noun, not before one)
            as_noun = _NATIONALITY_LIKE.match(name) is not None and _NOUN_USE_AFTER.match(text, m.end()) is not None
            if not _plausible(name, as_noun) or " " not in name and (name.lower() in STOPWORDS or name in _UNITS) \
                    or _LEGAL_ONLY.fullmatch(name) or name in _REGIONS:
                continue  # (nor a legal form alone: "OpenAI OpCo, LLC"; nor a region: "in Ontario", "Ceará, Brazil")
            start = m.start() + m.group().replace("’", "'").find(name.split()[0], skip)
            end = start + len(name)
            if _PERSON_CUE_AFTER.match(text, end, end + 40) or _PERSON_CUE_BEFORE.search(text, max(0, start - 25), start) \
                    or _INSTRUMENT_AFTER.match(text, end) or _TOWN_OF_BASED.match(text, end):
                continue  # (nor "$43 million in SAFE funding": a kind of financing)
            if self._headline(text, text.rfind("\n", 0, start) + 1):
                continue
            if " " not in name and _PARTICIPLE.fullmatch(name) and _PARTICIPLE_USE.match(text, end):
                continue  # "Having signed Anysphere…", "Backed by a $1.2 billion loan…": a verb opening a phrase
            sentence_start = start == 0 or _OPENS_SENTENCE.search(text, max(0, start - 3), start)
            if sentence_start and " " not in name and not _INNER_CAPITAL.search(name) and not (
                    _DEAL_VERB_AFTER.match(text, end) and not name.endswith(_PLURAL_ENDINGS) and not is_place(name)
                    and "'" not in name and "’" not in name):  # (not "It'll buy")
                openers.append((start, end, name))
                continue  # a capitalised first word is usually not a name, unless it does a deal ("Ericsson will move…")
            found[(start, end)] = self._mention(text, start, end, _candidate(name), "candidate")
        for m in _LOWER_CAMEL.finditer(text):
            # "atNorth", "eBay": a name that opens in small letters, a capital inside it
            if m.span() not in found and covered.find(1, m.start(), m.end()) < 0 and self.reference.lookup(m.group()) is None:
                found[m.span()] = self._mention(text, m.start(), m.end(), _candidate(m.group()), "candidate")
        # … or unless the text writes it with a capital inside a sentence too ("Orange has gone further … in Orange's cloud")
        # (or opens a longer name there: "Telefonica's bet … its subsidiary Telefonica Tech")
        inner = {m.entity.name if " " not in m.entity.name else m.entity.name.split()[0] for m in found.values()
                 if m.kind == "candidate" or m.entity.id in self.discovered}
        for start, end, name in openers:
            if name in inner:
                found[(start, end)] = self._mention(text, start, end, _candidate(name), "candidate")
        self._candidates_as_firms(text, found)
        return sorted(self._with_versions(text, found).values(), key=lambda m: m.start)

    def _candidates_as_firms(self, text: str, found: dict[tuple[int, int], Mention]) -> None:
        """What the text says of a proper name on no list: "KDDI will fill the building…", "Sakura Internet, which
        operates…" make it a company (the party of a deal verb). And a company named in full is also named by its
        first word ("Reliance Industries … Reliance and Meta", "Cipher Mining … Cipher's"), as a person is by the
        last ("Jensen Huang … Huang will"), which is therefore no company's short form; nor is a word the text also
        writes in small letters ("Core Scientific … its core business")."""
        orgs = [m for m in found.values() if m.is_org]
        surnames = {m.entity.name.split()[-1] for m in orgs if m.kind == "candidate" and " " in m.entity.name}
        earliest: dict[str, Mention] = {}  # each name of two words or more where it is first named
        for mention in orgs:
            name = mention.entity.name
            if mention.kind == "candidate" and _AI_COMPOUND.fullmatch(name):
                self.entity(name, mention.entity.types)  # "FuriosaAI", "SambaNovaAI": a firm names itself so, nothing else does
            if mention.kind == "candidate" and (_DEAL_VERB_AFTER.match(text, mention.end) or _OWNS_BUSINESS.match(text, mention.end)) \
                    and (" " in name or name not in surnames) \
                    and not _PERSON_CUE_BEFORE.search(text, max(0, mention.start - 25), mention.start):
                self.entity(name, mention.entity.types)  # its other mentions become this company's too (rules._final)
            if " " in name and (name not in earliest or mention.start < earliest[name].start):
                earliest[name] = mention
        firsts: dict[str, Mention] = {}
        openings = Counter(name.split()[0] for name in earliest)
        written_at: dict[str, int] = {}  # where each name is first written as it stands
        for o in orgs:
            written = text[o.start:o.end]
            written_at[written] = min(written_at.get(written, o.start), o.start)
        for name, mention in earliest.items():
            first = name.split()[0]
            # ("LG AI Research … which LG uses": a short first word in capitals too, when one name opens with it)
            long_enough = len(first) >= 4 or len(first) >= 2 and first.isupper() and openings[first] == 1
            if (first not in firsts or mention.start < firsts[first].start) and long_enough and not is_place(first) \
                    and first not in DEMONYMS and first not in surnames and first.lower() not in STOPWORDS and first not in _DIRECTIONS \
                    and self.reference.lookup(first) is None and not _written_small(text, first.lower()) \
                    and written_at.get(first, mention.start) >= mention.start:
                # (not when the word stood alone before the full name: "a Series C led by KT, and KT Cloud will deploy…"
                # names two companies, the group and its arm)
                firsts[first] = mention
        for first, full in firsts.items():
            for at in _word_starts(text, first, full.end):
                span = (at, at + len(first))
                if _names_parent_of_arm(text, span[1], full.entity):
                    continue
                present = found.get(span)
                if present is not None and present.kind != "candidate" \
                        or any(s < span[1] and span[0] < e for s, e in found if (s, e) != span):
                    continue
                found[span] = self._mention(text, *span, full.entity, full.kind)

    def _defined_terms(self, text: str, found: dict[tuple[int, int], Mention], quoted: bool) -> dict[str, Entity]:
        """The short names a filing defines for the organisations it names: 'X (the "Company")' makes every
        later "Company" mean X."""
        by_end = {e: m for (_, e), m in found.items() if m.is_org}
        defined: dict[str, Entity] = {}
        for m in _TICKER.finditer(text):
            owner = by_end.get(m.start())
            entity = owner.entity if owner is not None else next(
                (d for d in self.discovered.values() if text.endswith(d.name, 0, m.start())), None)
            if entity is not None and self.reference.lookup(m.group("alias")) is None:
                defined[m.group("alias")] = entity
        for m in _DEFINED.finditer(text) if quoted else ():
            owner = by_end.get(m.start()) or next(
                (o for e, o in by_end.items() if 0 < m.start() - e <= 12 and _LEGAL_GAP.fullmatch(text, e, m.start())), None)
            if owner is None:
                before = _TRAILING_LEGAL.sub("", text[max(0, m.start() - 120):m.start()])
                discovered = next((d for d in self.discovered.values() if before.endswith(d.name)), None)
                if discovered is None or ORGANISATION_TYPES.isdisjoint(discovered.types):
                    continue
                entity = discovered
            else:
                entity = owner.entity
            alias = m.group("alias").strip()
            if alias.lower() not in STOPWORDS or alias == "Company":
                defined[alias] = entity
        return defined

    def _grown(self, text: str, start: int, end: int, mention: Mention) -> Mention:
        """A listed company's name with what follows it: a group member's own name ("Samsung Heavy Industries",
        "SK Telecom", "Samsung SDS": another company, the longer name wins) or its legal form ("Samsung Electronics
        Co., Ltd.", "SK hynix Inc.": the same company, so a list of such names reads as a list)."""
        following = text[end:end + 2]
        if not (following[:1] == "," or following[:1] == " " and (following[1:2].isupper() or following == " p")) \
                or not mention.is_org:
            return mention  # most names are followed by a small letter or a stop: nothing grows them
        member = _GROUP_MEMBER.match(text, end)
        if member is not None and member.group("word") not in _NOT_MEMBER \
                and self.reference.lookup(text[start:member.end()]) is None \
                and not _CHIP_NOUN_AFTER.match(text, member.end()):  # (not "16,384 Alibaba PPU chips": its product)
            entity = self.entity(text[start:member.end()], ("Company",))
            return self._mention(text, start, member.end(), entity, "name")
        legal = _LEGAL_AFTER.match(text, end) or _SAME_TAIL_AFTER.match(text, end)
        if legal is not None:
            return self._mention(text, start, legal.end(), mention.entity, mention.kind)
        return mention

    def _with_versions(self, text: str, found: dict[tuple[int, int], Mention]) -> dict[tuple[int, int], Mention]:
        """"Claude Sonnet 4.5", "Gemini 2.5 Pro": a model name with its version is that model, not the family."""
        out = dict(found)
        for (start, end), mention in found.items():
            if "AIModel" not in mention.entity.types:
                continue
            version = _VERSION.match(text, end)
            if version is None or any(s < version.end() and start < e for s, e in found if (s, e) != (start, end)
                                      and s >= end):
                continue
            name = text[start:version.end()]
            del out[(start, end)]
            out[(start, version.end())] = self._mention(text, start, version.end(), self.entity(name, ("AIModel",)),
                                                        mention.kind)
        return out

    def _sites_named_later(self, text: str, found: dict[tuple[int, int], Mention]) -> None:
        """"a campus in Eldorado do Sul … a customer for what it calls AI City": a site first named by its place takes
        the name the text gives it later, in all its mentions."""
        for m in _CALLED_SITE.finditer(text):
            name = _clean_name(m.group("name"))
            if not _plausible(name) or name in PLACES or self.reference.lookup(name) is not None:
                continue
            site = max((x for x in found.values() if "DataCenter" in x.entity.types and x.entity.id in self.discovered
                        and " " in x.entity.name and x.end <= m.start() and m.start() - x.end < 1500),
                       key=lambda x: x.start, default=None)
            if site is None:
                continue
            named = Entity(slugify(name), name, ("DataCenter",))
            old = site.entity.id
            self.discovered[old] = self.discovered[named.id] = named
            for span, mention in list(found.items()):
                if mention.entity.id == old:
                    found[span] = replace(mention, entity=named)

    def _computing_centers(self, text: str, found: dict[tuple[int, int], Mention]) -> None:
        """A site named as a computing centre ("the National AI Computing Center"), also where the text writes its name in
        small letters before naming it ("a national AI computing centre to be built by Samsung SDS")."""
        for m in _COMPUTING_CENTER.finditer(text):
            name = _clean_name(m.group())
            if not (_starts_word(text, m.start()) and _plausible(name) and self.reference.lookup(name) is None):
                continue
            entity = self.entity(name, ("DataCenter",), slugify(name.replace("Centre", "Center")))
            start = m.start() + m.group().find(name)
            found[(start, start + len(name))] = Mention(start, start + len(name), entity, "name")
            small = re.escape(name.lower()).replace("center", "cent(?:er|re)").replace("centre", "cent(?:er|re)")
            for low in re.finditer(rf"\b{small}\b", text, re.I):
                found.setdefault(low.span(), Mention(low.start(), low.end(), entity, "name"))

    def _add_site(self, found: dict[tuple[int, int], Mention], m: re.Match[str]) -> None:
        """A site named by its place and head noun ("Abilene campus", "Memphis data center")."""
        # (named as the text spells it, one entity however it is spelt)
        entity = self._site_at(m.group("place"), m.group("head"))
        found.setdefault((m.start(), m.end()), Mention(m.start(), m.end(), entity, "name"))

    def _site_at(self, place: str, head: str) -> Entity:
        """The site named by its place and head noun, spelt as the text spells it ("data centre"), one entity however
        it is spelt."""
        head = re.sub(r"\s+", " ", head.lower())
        return self.entity(f"{place} {head}", ("DataCenter",), slugify(f"{place} {head.replace('centre', 'center')}"))

    def _datacenter_names(self) -> list[str]:
        entities = [k.entity for k in self.reference.by_id.values()] + list(self.discovered.values())
        return [n for e in entities if "DataCenter" in e.types for n in (e.name, *e.aliases)]

    def _mention(self, text: str, start: int, end: int, entity: Entity, kind: str) -> Mention:
        return Mention(start, end, entity, kind, bool(_POSSESSIVE.match(text[end:end + 2])))

    # -- references --------------------------------------------------------------------------
    def _add_references(self, text: str, mentions: list[Mention]) -> list[Mention]:
        # (a name on no list that does a deal is a company already: rules._final makes it a name)
        # (and a proper name on no list that opens a sentence: "Telefonica's bet is on hardware. The Spanish operator …")
        orgs = [m for m in mentions if m.is_org and (m.kind == "name" or m.entity.id in self.discovered
                                                     or m.kind == "candidate" and _OPENS_SENTENCE.search(text, max(0, m.start - 3), m.start))]
        out = list(mentions)
        sites = [m for m in mentions if "DataCenter" in m.entity.types]
        the = occurrences(text, ("the", "The"))
        for m in _starting_at(_SITE_REFERENCE, the, text):
            site = next((x for x in reversed(sites) if x.end <= m.start() and m.start() - x.end < 1500), None)
            if site is not None and not any(x.start <= m.start() < x.end for x in mentions):
                out.append(Mention(m.start(), m.end(), site.entity, "reference"))
        # How often each organisation is named before the reference being resolved, kept as references go on
        counts: Counter[str] = Counter()
        counted = 0
        referred: Counter[str] = Counter()  # how often "the company" and its kin were read as each, so far
        for m in _starting_at(_REFERENCE, the, text):
            owned = bool(_POSSESSIVE.match(text[m.end():m.end() + 2]))  # "the company's …"
            # (a name inside its attribute stays a name: "the ⟦Hiranandani Group⟧-backed ⟦data-centre operator⟧")
            head_start = m.end("attr") if m.group("attr") and any(
                o.is_org and m.start() <= o.start < m.end("attr") for o in mentions) else m.start()
            gap = _APPOSITION_GAP.search(text, max(0, m.start() - 4), m.start()) if m.group().startswith("the") else None
            apposed_to = next((o for o in orgs if gap is not None and o.end == gap.start()), None)
            if apposed_to is not None and not owned:
                # "Scala Data Centers, the Brazilian operator controlled by …": the name stands right before it (not
                # "CoreWeave Ventures, the company's new investment arm": another)
                if head_start != m.start():
                    # "Humain — the Public Investment Fund-backed AI company —": the backer keeps its name, the rest is Humain
                    out.append(Mention(head_start, m.end(), apposed_to.entity, "reference"))
                continue
            while counted < len(orgs) and orgs[counted].start < m.start():
                if not is_brand(text, orgs[counted]):  # ("Nvidia GB200 chips" names the chips' maker, not what the text is about)
                    counts[orgs[counted].entity.id] += 1
                counted += 1
            head = m.group("head")
            wanted: set[str] = set()
            model_maker = re.match(r"([A-Z][\w.\-]*)\s+(?:maker|developer|creator)$", head)
            if model_maker:
                known = self.reference.lookup(model_maker.group(1))
                maker = self.reference.get(known.developer or known.maker) if known else None
                if maker is not None:
                    out.append(Mention(m.start(), m.end(), maker.entity, "reference", owned))
                continue
            for pattern, types in _REFERENCE_PATTERNS:
                if pattern.fullmatch(head):
                    wanted = types
                    break
            # (not a chip maker whose chips the sentence names after it: "The company plans to deploy 300,000 Nvidia GPUs")
            stop = _SENTENCE_STOP.search(text, m.end())  # (a paragraph's last sentence ends at its line break)
            sentence_end = stop.start() if stop else -1
            named_after = {o.entity.id for o in orgs if m.end() <= o.start and (sentence_end < 0 or o.start < sentence_end)
                           and is_brand(text, o)}
            candidates = [o for o in reversed(orgs) if o.end <= m.start() and wanted.intersection(o.entity.types)
                          and m.start() - o.end < 1500 and o.entity.id not in named_after]
            noun = head.split()[-1].lower()
            if not candidates and noun in ("startup", "start-up"):
                # an article about a chip or cloud start-up names no lab: "the start-up" is that company
                # (or one that raised money: "DeepX has raised $80 million …, and Naver Cloud will deploy the start-up's chips")
                candidates = [o for o in reversed(orgs) if o.end <= m.start() and m.start() - o.end < 1500
                              and o.entity.id not in named_after and ({"ChipMaker", "CloudProvider"} & set(o.entity.types)
                                                                      or _RAISED_AFTER.match(text, o.end))]
                raised = [o for o in candidates if _RAISED_AFTER.match(text, o.end)]
                candidates = raised + [o for o in candidates if o not in raised]
            # ("the consortium" may be "the AI Infrastructure Partnership": a kindred noun ends its name)
            introduced = [o for o in candidates if text[o.start:o.end].lower().endswith(_KINDRED.get(noun, (noun,)))
                          or _introduced_as(noun).match(text, o.end, o.end + 80)
                          or noun in _AGENT_OF and _AGENT_OF[noun].search(text, max(0, o.start - 20), o.start)]
            # "Microsoft has invested $13 billion in the company" cannot mean Microsoft: a same-sentence
            # antecedent needs a reporting verb between ("OpenAI said the company would…").
            sentence_start = last_break(text, m.start())
            def reachable(o: Mention, at: int = m.start(), sentence_start: int = sentence_start, owned: bool = owned) -> bool:
                if owned and text[o.end:at] == ", ":
                    return False  # "CoreWeave Ventures, the company's new investment arm": the owner is another
                if sentence_start <= o.start and text.endswith(", ", 0, at) and _FRONTED_PHRASE.match(text, sentence_start):
                    return False  # "Having signed Anysphere … as its largest customer, the company is …": another one
                # nor "Nvidia, which agreed to invest … in the company": the subject of the clause it stands in
                # (nor "… arranged by Morgan Stanley, and SpaceX invested $2 billion in the company": a clause of its own)
                # (nor "M12, an investor since the company's seed round": an apposition naming its role for the company)
                return o.start < sentence_start or bool(
                    _REPORTING.search(text, o.end, at) or text[o.end:at].lstrip().startswith(",")
                    and not RELATIVE_AFTER.match(text, o.end, at) and not _NEW_CLAUSE.match(text, o.end, at)
                    and not _ROLE_APPOSITION.match(text, o.end, at)
                    # "G42 is backed by Microsoft, which invested $1.5 billion in the company": the sentence's subject, from
                    # inside another's relative clause
                    or not text[sentence_start:o.start].strip(" \n\"“") and bool(RELATIVE_AFTER.search(text, o.end, at))
                    # "Seoul-based lab Upstage … has signed …, and Amazon has taken a minority stake in the company": the
                    # subject of the clause before, which no other name precedes
                    or bool(_NEW_CLAUSE.search(text, o.end, at)) and not any(
                        sentence_start <= x.start < o.start for x in orgs) and not _NEW_CLAUSE.search(text, sentence_start, o.start))
            earlier = [o for o in candidates if reachable(o)]
            if earlier:
                # Of the sentence it points back into, "the company" means the one the text is most about so
                # far (IREN, not the Nvidia whose chips IREN runs), the nearer one on a tie.
                opens = last_break(text, earlier[0].start)
                line = text.rfind("\n", 0, m.start())
                if line > opens and sentence_start == line:
                    opens = -1  # a new paragraph's "the company" is the one the text is about, wherever named
                # On a tie, the sentence's subject (its first organisation): "Crusoe closed a round led by A
                # and B. The company will…" means Crusoe
                pool = [o for o in earlier if o.start > opens]
                operating = [o for o in earlier if "Investor" not in o.entity.types
                             or not {"AILab", "ChipMaker", "CloudProvider"}.isdisjoint(o.entity.types)]
                if noun == "company" and operating and not any(o in operating for o in pool):
                    # "The round was co-led by A Capital and B. … since the company's seed round": the one they
                    # fund, not a fund
                    pool, opens = operating, -1
                opening = min(pool, key=lambda o: o.start)
                # (a name opening its sentence, not "The AMD agreement sits beside OpenAI's…")
                # (past an opening phrase: "In Europe, Nscale raised …")
                # (from the line it stands on: a section's heading before it is no opening phrase)
                lead = text[max(opens + 1, text.rfind("\n", 0, opening.start) + 1, 0):opening.start]
                subject = opening if _OPENING_PHRASE.fullmatch(lead.strip(" \n.")) else None
                # (a new paragraph's reference counts what "the company" named before too: the text's subject is
                # often named by its name less than by "the company")
                weight = counts if opens >= 0 else counts + referred
                earlier = [max(pool, key=lambda o: (weight[o.entity.id], o is subject))]
            target = next(iter([o for o in introduced if reachable(o)] or earlier or candidates), None)
            bought = next((o for o in candidates if sentence_start <= o.start
                           and _BOUGHT_BEFORE.search(text, max(sentence_start, o.start - 30), o.start)), None)
            if bought is not None and noun in ("company", "firm", "business"):
                target = bought  # "completed its purchase of ZT Systems and agreed to sell the company's manufacturing arm"
            if _SAID_AFTER.match(text, m.end()) and text[max(0, m.start() - 2):m.start()].startswith(","):
                # "Amazon will invest … for customers of AWS, the company said": the one speaking is the
                # sentence's subject, not the name just before
                first = min((o for o in candidates if o.start >= sentence_start and not is_brand(text, o)),
                            key=lambda o: o.start, default=None)
                target = first or target
            arm = next((o for o in reversed(mentions) if owned and o.is_org and o.end <= m.start()
                        and text[o.end:m.start()] == ", "), None)
            parent = next((o for o in candidates if arm is not None and o.entity.id != arm.entity.id
                           and " " in arm.entity.name and arm.entity.name.split()[0] == o.entity.name.split()[0]), None)
            if parent is None and arm is not None and " " in arm.entity.name:
                # "a round led by KT, and KT Cloud will deploy … KT Cloud, the telecom group's data-centre arm": the group
                # named alone before, a name on no list
                parent = next((o for o in mentions if o.is_org and o.end <= arm.start and o.entity.id != arm.entity.id
                               and o.entity.name == arm.entity.name.split()[0]), None)
            if parent is not None:
                target = parent  # "FPT Smart Cloud, the group's cloud arm": the group whose name its own opens with
            elif arm is not None and " " in arm.entity.name and (listed := self.reference.lookup(arm.entity.name.split()[0])) \
                    and listed.entity.id != arm.entity.id and wanted.intersection(listed.entity.types):
                # "AMD Ventures, the chip maker's investment arm": the listed company its name opens with, named later or not
                target = Mention(m.start(), m.end(), listed.entity, "name")
            apposed = _APPOSED_NAME.match(text, m.end())
            if apposed is not None:
                # "The venture, Beignet Investor LLC, sold $27.3 billion of bonds": the apposition names it
                own = next((o for o in mentions if o.start == apposed.start("name") and o.is_org), None)
                target = own or target
            named = _KNOWN_AS.match(text, m.end())
            if named:
                # "The group, known as the AI Infrastructure Partnership, …": the apposition names it
                entity = self.entity(named.group("name").rstrip(" ,.;'’"), ("Company",))
                target = Mention(named.start("name"), named.end("name"), entity, "name")
            if target is not None:
                out.append(Mention(head_start, m.end(), target.entity, "reference", owned))
                referred[target.entity.id] += 1
        references = [m for m in out if m.kind == "reference"]
        out = [m for m in out if m.kind == "reference"
               or not any(r.start <= m.start and m.end <= r.end for r in references)]
        out.sort(key=lambda x: x.start)
        return out


# Nouns a group of companies goes by, any of which may name the same group
_GROUP_NOUNS = ("consortium", "partnership", "venture", "alliance", "coalition")
_KINDRED = {noun: _GROUP_NOUNS for noun in _GROUP_NOUNS}
# "…, which is operated by the Danish Centre for AI Innovation … a stake in the operator": the agent of the verb
_AGENT_OF = {"operator": re.compile(r"\boperated\s+by\s+(?:the\s+)?$")}


@lru_cache(maxsize=256)
def _introduced_as(noun: str) -> re.Pattern[str]:
    """ "Stargate joint venture", "Fluidstack, a UK-based neocloud": a name followed by its head noun."""
    # (the words between describe the name, so no article or preposition: not "M12, an investor since the company's …")
    return re.compile(rf"(?:\s+|,\s+(?:a|an|the)\s+(?:(?!(?:the|its|of|in|since|for|at|by|with|to|from|on)\s)[\w\-]+\s+){{0,4}}?)"
                      rf"(?:[\w\-]+\s+)?{re.escape(noun)}\b", re.I)


@lru_cache(maxsize=4096)
def _in_headline(text: str, start: int) -> bool:
    """Whether the line starting at ``start`` is in title case ("NVIDIA and OpenAI Announce Partnership…")."""
    end = text.find("\n", start)
    end = end if end >= 0 else len(text)
    if end - start > 300:
        return False  # a paragraph, not a headline (and too long to scan for every name in it)
    return _title_case(text[start:end])


def _title_case(line: str) -> bool:
    words = _WORD.findall(line)
    if len(words) < 4 or line.rstrip().endswith((".", "?", "!")) and len(words) > 14:
        return False
    capitalised = sum(w[0].isupper() for w in words if w.lower() not in ("a", "an", "the", "of", "and", "to", "for",
                                                                       "in", "on", "with", "at", "by", "as", "or"))
    significant = sum(w.lower() not in ("a", "an", "the", "of", "and", "to", "for", "in", "on", "with", "at", "by",
                                       "as", "or") for w in words)
    return significant > 0 and capitalised / significant > 0.75


_WORD = re.compile(r"[A-Za-z][\w'’\-]*")
_WHICH_REMAINS_ITS = re.compile(r",\s+(?:which|who|that)\s+(?:still\s+|also\s+)?(?:remains|is|was|became|has\s+become|stays)\s+"
                                r"(?:[\w\-]+\s+){0,2}?$")
_SAYS_IT = re.compile(r"\s+(?:has\s+|had\s+|also\s+)*(?:said|says|announced|announces|expects|believes|confirmed|stated)"
                      r"(?:\s+that)?\s+")


WHICH_BEFORE = re.compile(r"\b(?:which|that)\s+$")


def resolve_pronoun(pronoun_start: int, pronoun_end: int, sentence_start: int, mentions: list[Mention],
                    previous_subject: Mention | None, possessive: bool = False, text: str = "") -> Mention | None:
    """What "it"/"its"/"they" at ``pronoun_start`` most likely means: the sentence's first organisation
    before it (its grammatical subject, usually), else the previous sentence's. A possessive pronoun
    after "Google's integration of its TPU" means the organisation just named as owner."""
    if text and previous_subject is not None and (fronted := FRONTED_PARTNER.match(text, sentence_start)) is not None \
            and fronted.end() == pronoun_start:
        return previous_subject  # "With Qualcomm, it agreed to deploy …": the subject of the sentence before, not the partner
    if text and _FRONTED_PHRASE.match(text, sentence_start):
        # "Having signed Anysphere as its largest customer, the company is …": the pronoun of a fronted phrase is the
        # subject of the clause after it
        main = next((m for m in mentions if m.start > pronoun_end and m.is_org and text.endswith(", ", 0, m.start)
                     and MAIN_VERB_AFTER.match(text, m.end)), None)
        if main is not None and not any(n.start < pronoun_start and n.end <= main.start and text.endswith(", ", 0, n.start)
                            and MAIN_VERB_AFTER.match(text, n.end) for n in mentions if n.is_org):
            return main
    if possessive and text and names_a_role(text, pronoun_start, pronoun_end, sentence_start):
        # "Nvidia, which invested in Nebius last year, remains its only supplier of GPUs": its (Nebius) is not the subject
        named = [m for m in mentions if sentence_start <= m.start < pronoun_start and m.is_org and m.kind != "candidate"]
        other = next((m for m in reversed(named) if named and m.entity.id != named[0].entity.id), None)
        if other is None and previous_subject is not None and named and previous_subject.entity.id != named[0].entity.id:
            other = previous_subject  # "… Anthropic's cloud deals. Amazon remains its main training partner"
        if other is not None:
            return other
    if possessive and text:
        clause_start = max(text.rfind(",", sentence_start, pronoun_start), text.rfind(";", sentence_start, pronoun_start),
                           text.rfind(" and ", sentence_start, pronoun_start), sentence_start)
        owners = [m for m in mentions if clause_start <= m.start < pronoun_start and m.is_org and m.possessive
                  and m.kind != "candidate"]
        if owners:
            return owners[-1]
        # "…its RNGD chip, which LG uses to run its Exaone models": the subject of the relative clause the pronoun is in
        relative_subject = next((m for m in mentions if clause_start <= m.start and m.end <= pronoun_start and m.is_org
                                 and m.kind != "candidate" and WHICH_BEFORE.search(text, max(clause_start, m.start - 7), m.start)),
                                None)
        if relative_subject is not None:
            return relative_subject
        relative = _WHICH_REMAINS_ITS.search(text, sentence_start, pronoun_start)
        if relative is not None:
            # "… one of Anthropic's two main compute providers, alongside AWS, which remains its primary training
            # partner": not the antecedent of "which", but the owner the sentence named before it
            owners = [m for m in mentions if sentence_start <= m.start and m.end < relative.start() and m.is_org
                      and m.possessive and m.kind != "candidate"]
            if owners:
                return owners[-1]
    if text:
        # "A plans to invest…, and Oracle has said it will spend…": who says "it" is meant by it
        speaker = next((m for m in reversed(mentions) if sentence_start <= m.end <= pronoun_start and m.is_org
                        and m.kind != "candidate" and _SAYS_IT.fullmatch(text, m.end, pronoun_start)), None)
        if speaker is not None:
            return speaker
    if text:
        # "A will deploy 50,000 GPUs, while Naver Cloud plans to add 60,000 GPUs to its cloud": the contrasted clause's subject
        contrast = max(text.rfind(" while ", sentence_start, pronoun_start), text.rfind(" whereas ", sentence_start, pronoun_start))
        if contrast >= 0:
            sentence_start = next((m.start for m in mentions if contrast < m.start < pronoun_start and m.is_org
                                   and m.kind != "candidate"), sentence_start)
        elif possessive:
            # "A will convert its site, and HIVE Digital has bought 2,000 GPUs for its cloud": a clause of its own opened
            # by a name, whose "its" is that name's
            openers = [m.start for m in mentions if sentence_start < m.start < pronoun_start and m.is_org
                       and m.kind != "candidate" and _CLAUSE_MARK.search(text, max(sentence_start, m.start - 12), m.start)]
            own = max((c.start for c in clauses(text, Span(sentence_start, pronoun_start))), default=sentence_start) \
                if openers else sentence_start
            if own in openers:
                sentence_start = own
    for m in mentions:
        if sentence_start <= m.start < pronoun_start and m.is_org and m.kind != "candidate" \
                and not (text and is_brand(text, m)):
            return m
    return previous_subject


def names_a_role(text: str, start: int, end: int, floor: int) -> bool:
    """Whether the possessive pronoun at ``start:end`` names the role its sentence's subject plays for another party
    ("Nvidia, which invested in Nebius last year, remains its only supplier of GPUs": its is Nebius)."""
    return bool(_ROLE_AFTER.match(text, end) and _IS_BEFORE.search(text, max(floor, start - 30), start))


def is_brand(text: str, mention: Mention) -> bool:
    """Whether a chip maker's name only labels its product ("10,000 Nvidia Blackwell GPUs are deployed by …")."""
    return "ChipMaker" in mention.entity.types and bool(_BRAND.match(text, mention.end))


def pronouns(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PRONOUN.finditer(text, start, end)]

