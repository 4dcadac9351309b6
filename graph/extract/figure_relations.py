"""Deal relations anchored on a figure: what a money, power or chip-count figure is (an investment, a
spend commitment, capacity, chip supply, capital spending, a data-centre build) and between whom."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from graph.extract.context import AND_BEFORE, FROM_BEFORE, NAMES_A_DEAL, Found, Sentence, date_near, duration_near
from graph.extract.figures import HEDGED, SITE_COST, FigureMention
from graph.extract.mentions import (
    ATTRIBUTE,
    ATTRIBUTE_AFTER,
    FRONTED_PARTNER,
    PLACES,
    RELATIVE_AFTER,
    WHICH_BEFORE,
    WHICH_NAME,
    Mention,
)
from graph.extract.roles import ROLES, SOURCE_AFTER, SOURCE_OF_NEWS, names_staff_employer
from graph.extract.scan import guarded
from graph.extract.sentences import Span
from graph.model import Entity

Family = Callable[[str], frozenset[str]]

_B = r"(?<![\w-])"
_PLACE_NAMES = "|".join(sorted(map(re.escape, PLACES), key=len, reverse=True))
_MONEY_TRIGGERS = [
    ("invests_in_infrastructure", re.compile(
        _B + guarded(r"(?:(?:ai\s+|digital\s+|data[- ]cent(?:er|re)\s+)?infrastructure\s+(?:investments?|spending|spend|plans?|"
        r"build|commitments?|capex|program)|capital\s+(?:expenditures?|spending|outlays?|investments?)|capex|"
        r"data[- ]cent(?:er|re)s?\s+(?:investments?|spending|projects?|build)|build[- ]?outs?\b|"
        # "Google's $9 billion expansion in Oklahoma": money spent growing in a place
        r"expansions?\s+(?:in|across)\s+(?:the\s+)?(?:" + _PLACE_NAMES + r"|[A-Z][a-z]+)\b|"
        # "has pledged $500 billion of US spending"
        r"(?<=\s)(?:of|in)\s+(?-i:US|U\.S\.|UK|American|British|European|domestic)\s+(?:spending|investments?|capital\s+spending)\b|"
        # "raised its three-year plan for cloud and AI infrastructure to more than …"
        r"(?:plans?|budgets?|programs?|programmes?|targets?)\s+for\s+(?:[\w\-]+\s+){0,4}?(?:infrastructure|data[- ]cent(?:er|re)s)\b|"
        # ("committed $17.5 billion in India for cloud and AI infrastructure", "to meet demand for … AI infrastructure")
        r"(?:invest|spend|spent|pour|put|plow|deploy|commit|earmark|set\s+aside)\w*\s+[^;]{0,60}?\b(?:in|on|into|toward|towards|for|to)\s+"
        r"(?:new\s+|the\s+|its\s+|their\s+|an?\s+)?(?:[\w\-.]+\s+){0,4}?(?:infrastructure|data[- ]cent|buildings?\b|"
        r"facilities|capacity\s+expansion|capital\s+projects|campus|campuses|compute\s+infrastructure|(?:ai\s+)?hubs?\b|"
        r"factories|fabs\b|(?:chip\s+)?plants?\b|facility|(?:gpu\s+|ai\s+|compute\s+)clusters)|"
        # "to invest $40 billion in Texas through 2027": money spent in a place builds there
        # ("in the country": the place named before)
        r"(?:invest|spend|pour|plow)\w*\s+[^;]{0,40}?\b(?:in|across|throughout)\s+(?:the\s+)?(?:" + _PLACE_NAMES
        + r"|country|nation|kingdom)"
        r"(?=\s*(?:[,.;]|$|\s+(?:over|through|by|in|during|and|from|starting|within|this|next|as|between|until|for|to)\b))|"
        # "which aims to mobilize up to $100 billion for data centers and energy"
        r"mobili[sz]\w*\s+[^;]{0,40}?\bfor\s+(?:[\w\-]+\s+){0,3}?(?:data[- ]cent\w*|infrastructure|energy|compute)|"
        # "plans to mobilize up to $100 billion including debt": capital raised to build with
        r"mobili[sz]\w*(?=\s+(?:up\s+to\s+|about\s+|roughly\s+|more\s+than\s+|as\s+much\s+as\s+)?(?:US)?\$)|"
        # "HyperVault will invest about 6.5 billion dollars over five to seven years": money put in over years, in no one
        r"(?:invest|pour)\w*\s+(?:(?!\b(?:in|into|to|on|with)\s+(?:[A-Z]|us\b))[^;]){0,30}?\bover\s+(?:the\s+next\s+)?"
        r"(?:[\w\-]+\s+){1,3}?years\b|"
        # "expects to spend roughly $35 billion in its current fiscal year": a company's spending over its own period
        r"(?:spend|invest)\w*\s+[^;]{0,40}?\b(?:in|during|over|for)\s+(?:its|the|this|their)\s+(?:current\s+|next\s+|coming\s+|"
        r"full\s+)?fiscal\s+(?:year|quarter)\b|"
        # "pledged $3 billion to expand its Azure capacity in India": growing one's own capacity
        # "to expand artificial intelligence and supercomputing capacity", "to build an AI hub in Visakhapatnam"
        r"(?:(?:invest|spend|pour)\w*\s+[^;]{0,60}?)?\bto\s+(?:expand|build|grow|double|add\s+to|increase|develop|construct|open|launch)\s+"
        r"(?:its\s+|their\s+|the\s+company's\s+|"
        r"an?\s+|new\s+)?[\"“]?(?:[\w\-.]+\s+){0,4}?(?:capacity|data[- ]cent(?:er|re)s?|infrastructure|footprint|facilities|hubs?|"
        r"campus|campuses|zones?|cloud\s+regions?)\b|"
        # "will build AI factories across Africa with Nvidia, in a plan worth $720 million": what a building plan is worth
        r"(?:build|develop|construct)\w*\s+(?:[^;$]{0,60}?\s)?(?:ai\s+factories|data[- ]cent(?:er|re)s|campuses|facilities|"
        r"supercomputers|infrastructure)\b[^;$]{0,60}?\b(?:plan|project|program|programme|initiative)\s+(?:worth|valued\s+at|costing)\b|"
        # "a $2 billion commitment that includes its first Malaysian data center": what the money pays for
        r"(?:commitment|investment|plan|package)\s+(?:that|which)\s+(?:includes?|covers?|will\s+fund|funds)\s+[^;]{0,40}?"
        r"\b(?:data[- ]cent|campus|cloud\s+region|infrastructure))"), re.I)),
    ("supplies_chips", re.compile(
        _B + guarded(r"(?:(?:worth\s+)?of\s+(?:[\w’'\-]+\s+){0,3}?(?:chips|gpus|accelerators|processors|tpus|silicon|superchips)\b|"
        r"chips?\s+(?:deal|order|supply|purchases?|contract)|gpu\s+(?:deals?|orders?|purchases?|contracts?)|"
        r"(?:buy|purchase|order|acquire|sell|sold)\w*\s+(?:\$[\w.,\s]+?\s+)?(?:of\s+)?(?:[\w’'\-]+\s+){0,3}?(?:chips|gpus|accelerators|processors|tpus|"
        r"supercomputers|systems|servers|racks)\b|"
        # "it will supply GPU servers and liquid-cooling systems worth $20 billion to DataVolt"
        r"(?:supply|supplies|supplying|deliver|delivers|ship|ships)\s+(?:[\w’'\-]+\s+){0,2}?(?:gpu\s+)?(?:servers|racks|systems|chips|gpus)\b"
        r"(?:[^;$]{0,50}?\bworth)?|"
        r"(?:spend|invest|pour)\w*\s+[^;]{0,40}?\bon\s+(?:[\w’'\-]+\s+){0,3}?(?:chips|gpus|accelerators|processors|tpus)\b|"
        # "paid about $60 million for the new chips": the price of hardware bought
        r"(?<=\s)for\s+(?:the\s+|its\s+|their\s+)?(?:new\s+|additional\s+|extra\s+)?(?:[\w’'\-]+\s+){0,2}?(?:chips|gpus|accelerators|"
        r"processors|tpus|superchips)\b)"),
        re.I)),
    ("acquired", re.compile(_B + guarded(r"(?:(?:acqui(?:re|red|res|ring|sition)s?|takeover|buyout|merger)\b|"
                            # "Its largest purchase, Weights & Biases, cost about $1.7 billion"
                            r"purchase(?=,\s+[A-Z])|"
                            # "voted down CoreWeave's $9 billion all-stock offer"
                            r"(?:all-stock|all-cash|cash-and-stock|takeover|buyout)\s+(?:offer|bid)|"
                            # "is buying chip designer Ampere Computing", "to sell its server business to Sanmina"
                            r"(?:buy|buys|bought|buying)\s+(?:[a-z][\w\-]*\s+){0,2}(?=[A-Z])|"
                            # "to buy the robotics business of ABB"
                            r"(?:buy|buys|bought|buying|acquir\w*)\s+(?:the|its)\s+(?:[\w\-]+\s+){0,2}?(?:business|unit|division|arm|"
                            r"operations)\s+of\s+(?=[A-Z])|"
                            # (not "to sell AI servers to xAI": hardware sold is a supply)
                            r"(?:sell|sells|sold|selling)\s+(?!(?:[\w\-]+\s+){0,3}?(?:servers|chips|gpus|racks|systems|accelerators|"
                            r"processors|hardware|capacity|compute|power)\b)[^;.$]{0,60}?\bto\s+(?=[A-Z])|"
                            r"(?:purchase\s+of|bid\s+for|offer\s+for)\s+(?=[A-Z])|"
                            # "AirTrunk, which Blackstone bought for about $16 billion": the price paid
                            r"(?:bought|acquired|purchased)\s+(?:it\s+|them\s+)?for\s+(?=(?:about\s+|roughly\s+|nearly\s+|some\s+|"
                            r"around\s+|almost\s+|more\s+than\s+|over\s+)?(?:US)?\$))"))),
    ("invests_in", re.compile(
        _B + guarded(r"(?:invest(?:ment|ments|ed|s|ing|or|ors)?(?:\s+commitments?)?|funding|financing|fund(?:ing)?\s+round|"
        # (not "has raised its three-year plan for AI infrastructure to …": a plan raised)
        r"round|raise[sd]?(?!\s+(?:its|their|the)\s+(?:[\w\-]+\s+){0,2}?(?:forecasts?|guidance|outlook|plans?|planned|estimates?|targets?|"
        r"budgets?|expectations|spending))|raising|stake|capital\s+injection|injection|equity|series\s+[a-h]\b|tranches?|backing|"
        r"(?:put|puts|putting|poured|pumped)\s+into|contribut(?:e|es|ed|ing|ion|ions)|backed\s+by|"
        r"loans?|borrow(?:s|ed|ing)?|lent|lends?|lending|credit\s+facilit(?:y|ies)|debt\s+financing|of\s+(?:[\w’'\-]+\s+){0,2}?(?:shares|stock)|"
        r"receiv(?:e|es|ed|ing)|(?:secur(?:ed|es|ing)|bags?|bagged|nabs?|nabbed|snags?|snagged|pockets?|pocketed|lands?|landed)"
        r"(?=\s+(?:about\s+|roughly\s+|more\s+than\s+|up\s+to\s+)?(?:US)?\$)|debt(?:\s+(?:deal|package|financing|raise|sale))?|"
        r"valuation|(?<!joint\s)venture)\b"), re.I)),
    ("commits_spend", re.compile(
        _B + guarded(r"(?:spend(?:ing)?|cloud[- ](?:spending|contracts?|deals?|commitments?|services)|compute\s+(?:deals?|contracts?|"
        r"commitments?|purchases?|services)|contracts?|(?:spending|purchase|capacity|cloud)\s+commitments?|"
        r"purchase\s+(?:commitments?|agreements?)|"
        r"(?<!finance\s)leases?|leased|leasing|rent\w*|of\s+(?:[\w’'\-]+\s+){0,4}?(?:capacity|compute|cloud\s+services|computing\s+power|"
        r"servers)|(?:buy|buys|bought|purchas\w*|rent\w*|lease\w*)\s+[^;]{0,40}?\b(?:capacity|compute|computing|cloud|"
        r"services)|pay(?:s|ing)?|paid|for\s+(?:[\w’'\-]+\s+){0,3}?(?:capacity|compute|computing|cloud\s+services)|"
        # "Nebius will provide Meta with $3 billion of AI infrastructure": what the customer pays for
        r"(?:provide|provides|providing|supply|supplies|supplying)\s+(?:[\w’'\-]+\s+){1,3}?with(?=\s+(?:about\s+|roughly\s+|"
        r"up\s+to\s+|more\s+than\s+|nearly\s+)?(?:US)?\$))\b"),
        re.I)),
    # Words that say "an agreement" but not which kind: the parties decide (see _deal_kind).
    ("deal", re.compile(_B + guarded(r"(?:(?:deal|agreement|pact|partnership|arrangement|collaboration|commitment|order)s?|"
                        r"commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing))\b"), re.I)),
]
_POWER_TRIGGERS = [
    ("supplies_chips", re.compile(_B + guarded(r"(?:of|with|using|on|from)\s+(?:[\w’'\-]+\s+){0,4}?(?:chips|gpus|accelerators|"
                                  r"tpus|processors|systems|superchips|silicon|racks)\b"), re.I)),
    ("builds_datacenter", re.compile(_B + guarded(r"(?:data[- ]cent(?:er|re)s?|campus(?:es)?|facility|facilities|site|"
                                     r"plant|supercomputers?|clusters?|ai\s+factory|(?<!is\s)(?<!are\s)(?<!be\s)building)\b(?!\s+capacity)"), re.I)),
    # "leases … for 250 megawatts of critical IT load": power let to a tenant
    ("provides_capacity", re.compile(_B + guarded(r"(?:capacity|compute|computing|cloud|leases?|leased|leasing|(?:critical\s+)?it\s+load|"
                                     # "has agreed to rent 25 megawatts of the first phase"
                                     r"(?:rent|rents|rented|renting)(?=\s+(?:about\s+|roughly\s+|up\s+to\s+|more\s+than\s+|nearly\s+)?\d)|"
                                     r"co-?location|hosting\s+(?:deal|agreement|contract)|"
                                     r"option\s+for|hosting|"
                                     # "Core Scientific supplies about 590 megawatts of power to CoreWeave"
                                     r"(?:suppl(?:y|ies|ying)|provid(?:e|es|ing)|deliver(?:s|ing)?)(?=\s+(?:about\s+|roughly\s+|"
                                     r"up\s+to\s+|more\s+than\s+|nearly\s+|around\s+|approximately\s+|over\s+)?\d))\b"),
                                     re.I)),
]
# Words without which a trigger cannot match: a cheap test before the regex.
_TRIGGER_WORDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("USD", "invests_in_infrastructure"): ("infrastructure", "capital", "capex", "data cent", "data-cent", "build", "mobili",
                                          "facilit", "campus", "capacity expansion", "expand", "grow", "double",
                                          "add to", "increase", "invest", "spend", "spent", "pour", "plow", "develop",
                                          "construct", "open", "launch", "commit", "put", "deploy", "earmark", "set aside"),
    ("USD", "supplies_chips"): ("chip", "gpu", "accelerator", "processor", "tpu", "silicon", "supercomputer", "system",
                                "server", "rack"),
    ("USD", "acquired"): ("acqui", "takeover", "buyout", "merger", "buy", "bought", "purchase", "bid for", "offer for", "stock offer", "cash offer", "sell",
                          "sold"),
    ("USD", "invests_in"): ("invest", "fund", "financ", "round", "rais", "stake", "injection", "equity", "series",
                            "tranche", "backing", "valuation", "venture", "receiv", "secur", "loan", "credit", "shares",
                            "stock", "bag", "nab", "snag", "pocket", "land", "debt", " into", "borrow", "lent", "lend",
                            "contribut", "backed by"),
    ("USD", "commits_spend"): ("spend", "cloud", "compute", "contract", "commitment", "purchas", "lease", "leasing",
                               "rent", "capacity", "servers", "buy", "bought", "services", "computing", "pay", "paid", "provid",
                               "suppl"),
    ("USD", "deal"): ("deal", "agreement", "pact", "partnership", "arrangement", "collaboration", "commit", "pledg",
                      "order"),
    ("W", "supplies_chips"): ("chip", "gpu", "accelerator", "tpu", "processor", "system", "superchip", "silicon"),
    ("W", "builds_datacenter"): ("data cent", "data-cent", "campus", "facilit", "site", "plant", "supercomputer",
                                 "cluster", "factory", "building"),
    ("W", "provides_capacity"): ("capacity", "compute", "computing", "cloud", "leas", "rent", "it load", "option for", "hosting",
                                 "colocation", "co-location",
                                 "suppl", "provid", "deliver"),
}
# A chip maker's name right before its product: "NVIDIA systems", "AMD's GPUs", "Nvidia Blackwell chips".
_CHIP_WORDS = re.compile(r"(?:['’]s)?\s+(?:[\w\-]+\s+){0,2}?(?:chips|gpus|accelerators|tpus|processors|systems|"
                         r"superchips|silicon|racks|(?:chip|gpu|accelerator|tpu|processor)\s+(?:deal|agreement|order|contract|"
                         r"supply|pact))\b", re.I)
# "Nscale will supply Microsoft with roughly 200,000 Nvidia GPUs": the party that sells, by its verb
_SELLS = re.compile(r"\s+(?:will\s+|would\s+|is\s+to\s+|has\s+agreed\s+to\s+|agreed\s+to\s+|plans\s+to\s+|"
                    # "Nscale signed a deal to supply Microsoft with about 104,000 Nvidia GB300 GPUs"
                    r"(?:has\s+)?(?:signed|struck|inked|reached)\s+(?:a|an)\s+(?:[\w\-$.]+\s+){0,2}?(?:deal|agreement|contract)\s+to\s+)?"
                    r"(?:also\s+)?"
                    r"(?:supply|supplies|sell|sells|deliver|delivers|ship|ships|provide|provides)\b")
_TO_SUPPLY = re.compile(r"[^.;]{0,30}?\bto\s+(?:(?:supply|provide|deliver|host)\b(?!\s+(?:it|them|us|him|her)\b)|"
                        # "a $1.5 billion deal to lease back 18,000 of its own GPUs to Nvidia"
                        r"(?:lease|rent)(?:\s+back)?\b(?![^.;]{0,60}?\bfrom\b)(?=[^.;]{0,80}?\bto\s))", re.I)
_OF_BEFORE = re.compile(r"\s+(?:worth\s+)?of\s+")
_SHARES_AFTER = re.compile(r"(?:['’]s)?\s+(?:common\s+|class\s+[A-C]\s+|preferred\s+)?(?:stock|shares|equity)\b")
_OF_A_MAKER = re.compile(r"\s+of\s+(?:[A-Z][\w\-]*\s+){0,2}")
_DEAL_NOUN_NEXT = re.compile(r"\s+(?:[\w\-]+\s+)?(?:deal|contract|agreement|order|pact|commitment)s?\b", re.I)
_LIST_ITEM = re.compile(r"[-*•→➜▸►]\s+[A-Z][\w.&'’\- ]{0,40}:\s")
# A company bought (not "to buy Nvidia chips")
_BUYS_A_COMPANY = re.compile(r"\b(?:(?i:acqui(?:re|red|res|ring|sition)|takeover|buyout|merger)|(?:buy|buys|bought|buying)\s+"
                             r"(?:[a-z][\w\-]*\s+){0,2}[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*(?!\s+(?:[\w\-]+\s+)?(?i:chips|gpus|"
                             r"accelerators|processors|tpus|systems|servers|racks|capacity|compute|shares|stock)))\b")
_INTO_A_VENTURE = re.compile(r"\s+(?:to|in|into)\s+(?:a|an|the)\s+(?:new\s+)?(?:joint\s+venture|jv)\b", re.I)
_HOLDS = re.compile(r"\b(?:host|hosts|house|houses|housing|hold|holds|contain|contains)\s+(?:(?:more\s+than|up\s+to|about|roughly|"
                    r"nearly|over|some)\s+)?$", re.I)
_WITH_BEFORE = re.compile(r"\bwith\s+$")
_VENTURE_WITH = re.compile(r"(?:\s+(?:joint\s+venture|venture|consortium|project|partnership))?\s+with\s+", re.I)
_SPENDS_BEFORE = re.compile(r"\b(?:spend|spends|spending|spent|invest|invests|investing|invested|pour|pours|pouring|poured)\b"
                            r"(?:\s+(?:a\s+further|another|an\s+additional|some|about|roughly|nearly|around|up\s+to|more\s+than|over))?\s*$")
_ON_A = re.compile(r"\)?\s+(?:on|in|into)\s+(?:(?:an?|the|its|their)\s+)?(?:(?:new|second|third|first|planned|future)\s+)?")
_TO_BUILD_A = re.compile(r"\)?\s+to\s+(?:build|develop|construct)\s+(?:(?:an?|the|its|their)\s+)?(?:(?:new|second|third|first|planned)\s+)?"
                         r"(?:[\d.,]+[- ]?(?:megawatt|gigawatt|MW|GW)\s+)?")
_VENTURE_FOR = re.compile(r"\s+(?:JV|joint\s+venture)\s+(?:for|to\s+(?:own|build|develop|finance))\s+", re.I)
_BUYS_BEFORE = re.compile(r"\b(?:buy|buys|bought|buying|purchase|purchases|purchased|purchasing|order|orders|ordered)\b", re.I)
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$")
_INCLUDING = re.compile(r",?\s+(?:including|of\s+which|with)\s+(?:(?:up\s+to|about|roughly|nearly|around|more\s+than|over|some|at\s+least)\s+)?")
_PRICE_PAID = re.compile(r"\W*(?:bought|acquired|purchased)\s+(?:it\s+|them\s+)?for\b")
_BOUGHT_WHICH = re.compile(WHICH_NAME + r"(?:bought|acquired|purchased|took\s+over|"
                           r"snapped\s+up)\b")
_WHICH_BUILDS = re.compile(r",\s+(?:which|who)\s+(?:is\s+|are\s+|will\s+|also\s+|plans\s+to\s+|has\s+)*(?:build|builds|building|built|"
                           r"develop|develops|developing|developed|construct|constructs|constructing)\b")
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who)\s+[^,;]*$")
_APPOSITION_GAP = re.compile(r"(?:,\s+(?:a|an|the|its|[A-Z][\w\-]*['’]s)\s+[^,;]{0,60})?")
_ADDED_BEFORE = re.compile(r"\b(?:and|then|later)\s+(?:has\s+|have\s+|had\s+)?(?:added|adds|adding)\s+(?:another\s+|a\s+further\s+)?"
                           + HEDGED + "$", re.I)
_SEVERAL_PARTIES = re.compile(r"\b(?:with|across|from|to|among)\s+(?:so-called\s+|several\s+|other\s+|smaller\s+|various\s+|multiple\s+|"
                              r"a\s+(?:handful|number|dozen)\s+of\s+)*(?:[\w\-]+\s+)?(?:neoclouds|clouds|cloud\s+providers|providers|"
                              r"companies|firms|start-?ups|partners|suppliers|hyperscalers|vendors)\b", re.I)
_VENTURE_TO_BUILD = re.compile(r"\b(?:joint\s+venture|venture)\s+to\s+(?:build|develop|construct)\b[^;.]{0,80}$", re.I)
_BONDS_OF = re.compile(r"\s+of\s+(?:[\w\-]+\s+)?(?:bonds|notes|debt|securities)\s+(?:that\s+|which\s+)?(?:the\s+[\w\-]+,\s+)?")
_ISSUED_AFTER = re.compile(r"(?:,?\s+(?:Inc\.?|LLC|Ltd\.?|Corp\.?))?,?\s+(?:had\s+|has\s+)?(?:sold|issued|offered|placed)\b")
_BOUGHT_BONDS = re.compile(r"\b(?:bought|buy|buys|purchased|took\s+up|snapped\s+up|acquired)\b")
_FOR_A_STAKE = re.compile(r"\s+for\s+(?:a|an)\s+(?:[\d.]+\s?%\s+|(?:minority|majority|controlling)\s+)?stake\b")
_NEW_VERB_PHRASE = re.compile(r",\s+and\s+(?:has\s+|have\s+|also\s+|then\s+)?(?:agreed|signed|struck|committed|pledged|promised)\b")
# ("a $38 billion loan for two campuses that Vantage Data Centers is building for Oracle")
_TO_FUND_WHAT = re.compile(r"\s+(?:[\w\-]+\s+){0,3}?(?:to\s+(?:fund|finance|pay\s+for)|for)\s+[^;.]{0,80}?\b(?:that|which)\s+")
_APPOSITION_ASIDE = re.compile(r",\s+(?:a|an|the)\s+[^,;.]{1,60},")
_IS_BUILDING = re.compile(r"\s+(?:is|are|was|were|will\s+be|has\s+been)\s+(?:developing|building|constructing)\b")
_PARTNERING_WITH = re.compile(r"\b(?:partnering|partnered|partners|teaming\s+up|teamed\s+up|working|joining\s+forces)\s+with\s+$")
_SUPPLY_VERB = re.compile(r"\b(?:supply|supplies|supplying|provide|provides|providing|sell|sells|selling|deliver|delivers|equip|equips)\s+$")
_WITH_COUNT = re.compile(r"\s+with\s+" + HEDGED)
_IN_ANOTHER_COUNTRY = re.compile(r"\s+in\s+(?:the\s+)?(?:United\s+States|US|U\.S\.|America|United\s+Kingdom|UK|Britain|Europe|France|"
                                 r"Germany|Japan|India|China)\b")
_TAKES_BEFORE = re.compile(r"\b(?:take|takes|took|taking)\s+(?:the\s+)?(?:first|initial|remaining|whole|entire|full)\s+" + HEDGED + "$", re.I)
# "Cerebras uses 5 MW at WhiteFiber's Montreal site": a tenant's share of another's site
_OCCUPIES_BEFORE = re.compile(r"\b(?:uses|used|occupies|occupied|rents|rented|leases|leased)\s+" + HEDGED + "$", re.I)
_AT_OWNED_SITE = re.compile(r"(?:\s+of\s+(?:[\w\-]+\s+){0,2}?(?:capacity|power))?\s+(?:at|in)\s+")
_SUPPLY_BEFORE = re.compile(r"\b(?:supply|supplies|supplying|deliver|delivers|delivering|provide|provides|providing)\s+"
                            r"(?:another\s+|an\s+additional\s+|a\s+further\s+)?" + HEDGED + "$", re.I)
_TO_AFTER = re.compile(r"(?:\s+of\s+(?:[\w\-]+\s+){0,2}?(?:capacity|compute|power))?\s+to\s+(?:the\s+)?")
# What stands between an owner and what it owns ("Meta's Hyperion", "SoftBank's Vision Fund 2", "Meta's new campus")
# "is being built by its Indonesian partner Indosat": the partner named, not the pronoun's owner
_ITS_PARTNER = re.compile(r"\s+(?:[A-Za-z][\w\-]*\s+){0,2}?(?:partner|unit|subsidiary|arm|division|affiliate)\s+")
# between a site's owner and the site: "Meta's new Hyperion", "its Mäntsälä data centre"
_SITE_MODIFIER = r"\s+(?:new\s+|planned\s+|proposed\s+|flagship\s+)?"
_OWNER_BEFORE = re.compile(r"['’]s" + _SITE_MODIFIER)
_ITS_BEFORE = re.compile(_SITE_MODIFIER)
# Who is paid for compute by type, else the words around the figure must say compute is bought (a miner's lease)
_SELLS_COMPUTE = {"CloudProvider", "ChipMaker", "AILab", "DataCenter"}
_RUN_BY = re.compile(r"\b(?:operated|owned|run|managed|built)\s+by\s+(?:the\s+)?$")
_HOSTS = re.compile(r"\b(?:host|hosts|hosting|house|houses|housing|run|runs|power|powers)\s+(?:[\w\-,.]+\s+){0,2}$")
_SPEAKS = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|told|argued|wrote|noted|added)\b")
_FOR_PRICE = re.compile(r"\s+for\s+(?:about\s+|roughly\s+|nearly\s+|around\s+|some\s+|up\s+to\s+|more\s+than\s+)?")
_ACTS_NEXT = re.compile(r"\s+(?:would|will|has|had|have|is|was|plans?|planned|agreed|could|may|might|can|intends?|"
                        r"expects?|aims?)\b")
_AT_SITE = re.compile(r"\b(?:at|across)\s+(?:the|its|their|this|that)\s+(?:[\w\-]+\s+){0,3}?$", re.I)
_FOR_A = re.compile(r"\bfor\s+(?:a|an|its|their|the)\s+$", re.I)
_ON_THEM = re.compile(r"\s+on\s+(?:them|those|these|the\s+(?:chips|gpus|processors|accelerators|systems))\b", re.I)
_EXPANDABLE = re.compile(r"\b(?:(?:expandable|scalable|extendable|rising|growing|expanding|scale|grow|expand|rise)\s+(?:by|to)|"
                         # "with a right of first offer on up to 2,050 additional megawatts": more of the same
                         r"right\s+of\s+first\s+(?:offer|refusal)\s+(?:on|for))\s+"
                         r"(?:a\s+further\s+|another\s+|an\s+additional\s+|up\s+to\s+)?$", re.I)
_CAPACITY_OF_SITE = re.compile(r"\b(?:data[- ]cent(?:er|re)|campus|facility|site)\b[^.;]{0,60}?\bwith\s+(?:an?\s+)?"
                               r"(?:initial\s+|total\s+|planned\s+|first-phase\s+)?(?:power\s+|IT\s+)?capacity\s+of\s+"
                               r"(?:up\s+to\s+|about\s+|around\s+|more\s+than\s+)?$", re.I)
# "The Vineland site is designed for 300 megawatts", "the campus will draw 1.2 GW": a site's own size
# "Laramie Ridge campus, a liquid-cooled facility planned for 300 MW": the same, told in an apposition
_SITE_SIZED = re.compile(r"(?:\s+(?:campus|site|facility|data\s+cent(?:er|re)|cluster)s?)?(?:,\s+an?\s+(?:[\w\-]+\s+){0,3}?"
                         r"(?:facility|campus|site|data\s+cent(?:er|re)|cluster|project)\s+(?:designed|planned|built|sized|"
                         r"slated|set|expected|intended)\s+(?:for|to\s+(?:hold|host|deliver|reach|draw|have|total|support))\s+" + HEDGED
                         # ("Colossus 2, in Memphis, is planned for about 1 gigawatt")
                         # ("Hyperion in Louisiana is designed to scale to 5 gigawatts", "Prometheus, in New Albany, Ohio, will come
                         # online next year with about 1 gigawatt")
                         + r"|(?:,\s+(?:in|near|outside)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?:,\s+[A-Z][\w\-]*)?,|\s+(?:in|near)\s+[A-Z][\w\-]*)?\s+"
                         r"(?:(?:is|was|will\s+be|would\s+be|has\s+been)\s+(?:designed|planned|built|sized|slated|set|"
                         r"expected|intended)\s+(?:for|to\s+(?:hold|host|deliver|reach|draw|have|total|support|scale\s+to|grow\s+to))|"
                         r"will\s+come\s+online\s+(?:[\w\-]+\s+){0,3}?with|"
                         r"(?:will\s+|would\s+)?(?:together\s+|jointly\s+|eventually\s+|ultimately\s+)?(?:have|has|draw|draws|total|"
                         r"totals|span|spans|reach|reaches|covers?|comprises?))\s+" + HEDGED
                         + r"|,\s+of\s+" + HEDGED  # ("The first phase, of 54 megawatts, …")
                         + ")", re.I)
_SIZES_DATACENTER = re.compile(r"\s*(?:(?!(?:at|in|on|across|for|to|credit|loan)\s)[\w\-]+\s+){0,2}?(?:data[- ]cent(?:er|re)|campus|facility|site|supercomputer|supercluster|"
                               r"cluster|ai\s+factory)\b(?!\s+capacity\s+for\b)", re.I)  # "… data center capacity for Azure" is let
_PARTICIPATED = re.compile(r"\b(?:also\s+)?(?:participated|took\s+part|joined(?:\s+the\s+(?:round|financing))?(?!\s+[A-Z])(?!\s+(?:a|an)\s)|"
                           r"also\s+invested|invested\s+as\s+well|"
                           # "Apollo and Diameter are among the lenders"
                           r"(?:are|is|were|was)\s+(?:also\s+)?among\s+the\s+(?:lenders|investors|backers|participants|creditors))\b")
_CO_LED = re.compile(r"\s+(?:also\s+)?co-?led\b")
_CO_LED_BY = re.compile(r"\bco-?led\s+by\s+(?:the\s+)?$")
_INCLUDED = re.compile(r"\b(?:[Oo]ther\s+)?(?:participants|investors|backers)(?:\s+in\s+the\s+(?:round|financing))?\s+"
                       r"(?:included|include|were|are)\s+")
_SIZE_OF_IT = re.compile(r"\b(?:valued\s+at|worth|sized\s+at)\s+" + HEDGED + "$")
_WHICH_BRINGS = re.compile(r",\s+(?:(?:a|the)\s+(?:deal|contract|agreement)\s+)?(?:which|that)\s+(?:will\s+|would\s+|should\s+|"
                           r"could\s+|(?:is|are)\s+expected\s+to\s+)?"
                           # ("…, a deal that requires about 4.5 gigawatts of new data-center capacity")
                           r"(?:bring|add|provide|deliver|represent|amount\s+to|total|equal|unlock|require|need|call\w*\s+for)\w*\s+"
                           r"(?:[\w\-]+\s+){0,3}?$", re.I)
_SITE_IN = re.compile(r"\b(?:hub|campus|campuses|data\s+cent(?:er|re)s?|facility|facilities|site|plant|region|office|"
                      r"headquarters|city|state|cluster)\s+(?:in|near|at|outside)\s+$", re.I)
# ("bringing CoreWeave's total commitment at the site to 400 megawatts", "lifting the contracted revenue from the campus to …")
_TOTAL_BEFORE = re.compile(r"\b(?:bringing|taking|lifting|raising)\s+(?:its|their|the|[A-Z][\w\-]*['’]s)\s+(?:total\s+)?(?:total|stake|investment|"
                           r"commitments?|backing|contracts?|spending|leases?|(?:contracted\s+)?revenue|backlog)\s+"
                           r"(?:(?:to|with|in|at|from|for)\s+(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?|the\s+(?:site|campus|facility|project))\s+)?"
                           r"(?:to\s+)?" + HEDGED + "$")
_SEPARATE_DEAL = re.compile(r"\b(?:[Aa]|[Aa]nother)\s+separate\s+$")
_DEAL_NOUN_AFTER = re.compile(r"\s+(?:[\w\-]+\s+)?(?:agreement|deal|contract|lease|order|commitment)\b")
_FURTHER_BEFORE = re.compile(r"\b(?:adds?|added|adding|puts?|putting|invests?|commits?|spends?|spending|spent|followed\s+by|plus)\s+"
                             r"(?:a\s+further|another|an\s+additional|"
                             r"a\s+fresh)\s+$")
_GENERIC_INVESTEES = re.compile(r"\s+(?:in|into)\s+(?:[\w\-]+\s+){0,2}?(?:startups|companies|firms|ventures|businesses|"
                                r"start-ups)\b", re.I)
_TRANCHE_OPENS = re.compile(r"The\s+(?:first|next|second|third|initial|remaining|final|last)\s+(?:US)?\$")
# "The first gigawatt is expected to come online…": a figure that is itself "first" opens a tranche too
_FIRST_UNIT = re.compile(r"first\s", re.I)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_TRANCHE_BEFORE = re.compile(r"\b[Tt]he\s+(?:first|next|second|third|initial|remaining|final|last)\s+$")
_LEASED_OUT = re.compile(r"\b(?:leas(?:e|es|ed|ing)|let(?:s|ting)?|rent(?:s|ed|ing)?)\b", re.I)
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")
_LEASE_BEFORE = re.compile(r"\b(?:lease|leases|leased|leasing|sublease\w*|rent|rents|rented|renting)\s+(?:out\s+)?(?:about\s+|roughly\s+|"
                           r"up\s+to\s+|more\s+than\s+|nearly\s+|some\s+|another\s+|an\s+additional\s+)?$", re.I)
_MORE_AFTER = re.compile(r"\s+more\b(?!\s+than)")
_BUILDS = ("invests_in_infrastructure", "builds_datacenter")
_ADDS = re.compile(r"(?:,\s+(?:adding|bringing|which\s+will\s+add|to\s+add)|\b(?:will|would|to)\s+add|\badds)\s+(?:nearly\s+|"
                   r"about\s+|around\s+|roughly\s+|more\s+than\s+|over\s+|up\s+to\s+|some\s+|an?\s+additional\s+|another\s+)?$")
_PHASE_OPENS = re.compile(r"(?:The|Its|Their)\s+(?:first|second|initial|next|opening)\s+(?:phase|stage)\s+(?:includes|will\s+include|"
                          r"comprises|will\s+comprise|is|will\s+be)\b")
_THE_PLAN = re.compile(r"(?:The|This|That)\s+(?:project|investment|plan|expansion|program|programme|build-?out|spending)\b")
# "… raised $2 billion. Nvidia led the round, putting in $800 million": words that continue a round
_ROUND_WORDS = re.compile(r"\b(?:round|led|co-led|participat\w*|put(?:ting)?\s+in|putting|puts|invest\w*|stake|backing|backed|"
                          r"contribut\w*|equity)\b", re.I)
_COMMITMENT_TO = re.compile(r"\b(?:commitment|investment|pledge|stake)s?\s+(?:to|in|into)\s+(?:the\s+)?$", re.I)
_HEDGE_GAP = re.compile(r"\s+(?:(?:up\s+to|more\s+than|at\s+least|about|around|roughly|nearly|over|another|a\s+further)\s+)?")
# ("… and the Redmond, Washington-based software giant up to $5 billion": a reference past the words describing it)
_GAP_JOIN = re.compile(r"(?:,|\band|\bwhile|\bwith)\s+(?:the\s+" + ATTRIBUTE + ")?$")
_JOINING_AFTER = re.compile(r"\s+(?:also\s+)?(?:invest(?:ing|ed)|participat(?:ing|ed)|join(?:ing|ed)|took\s+part|"
                            r"taking\s+part)\b")
_JOINING_BEFORE = re.compile(r"\b(?:alongside|(?:with\s+)?(?:(?:significant|additional|further|strategic)\s+)?(?:participation|"
                             r"investment|backing)\s+(?:from|of|by)|joined\s+by|along\s+with)\s+"
                             r"(?:the\s+)?$")
# ("has spent $11 billion on its Indiana campus alone": money spent on a site)
# ("to invest $5 billion in a 1.5-gigawatt campus in Neom": the site's size may stand between)
_INTO_BEFORE = re.compile(r"\b(?:in|into|on)\s+(?:the\s+|its\s+|their\s+|an?\s+(?:new\s+)?[\d.,]+[- ](?:gigawatt|megawatt|GW|MW)\s+)?$")
_IN_TALKS = re.compile(r"\b(?:in\s+(?:early\s+|advanced\s+)?talks|negotiating|in\s+negotiations|in\s+discussions)\b")
_TALKS_ABOUT = re.compile(_IN_TALKS.pattern + r"\s+(?:with\s+(?:[\w\-]+\s+){1,4}?)?(?:about|over|on|for)\s+(?:the\s+)?"
                          r"(?:first\s+|initial\s+|remaining\s+)?(?:about\s+|up\s+to\s+)?$")
_VENDOR_BEFORE = re.compile(r"\b(?:from|by)\s+$")
# "paid about $60 million for the new chips, which Dell supplied": the subject of the relative clause sold them
_SUPPLIED_AFTER = re.compile(r"\s+(?:has\s+|had\s+|will\s+|is\s+|was\s+)?(?:supplied|supplies|supply|supplying|delivered|delivers|"
                             r"deliver|delivering|shipped|ships|ship|shipping|built|builds|build|building)\b")
# ("it will supply GPU servers and liquid-cooling systems worth $20 billion to DataVolt")
_SELLS_HARDWARE = re.compile(r"\b(?:sell|sells|sold|selling|ship|ships|shipped|shipping|supply|supplies|supplying|deliver|delivers)\s+"
                             r"(?:[\w\-]+\s+){0,2}?(?:servers|racks|"
                             r"systems|hardware)\b", re.I)
# "agreed to buy $20 billion of its AI servers": the maker whose hardware it is sells it
_HARDWARE_OF = re.compile(r"(?:['’]s)?\s+(?:[\w\-]+\s+){0,2}?(?:servers|racks|systems|hardware)\b", re.I)
_AS_DID = re.compile(r",?\s+as\s+did\s+(?:the\s+)?$")
_LED_THE_ROUND = re.compile(r"\s+(?:is\s+|are\s+|was\s+|were\s+|also\s+|jointly\s+)*(?:co-)?(?:led|leading|leads)\s+(?:the\s+)?"
                            r"(?:[\w\-$.]+\s+){0,3}?(?:round|financing|raise|funding|investment|equity|debt)\b")
_ROUND_LED = re.compile(r"(?:The|This|That|Its)\s+(?:[\w\-]+\s+){0,2}?(?:round|raise|financing|funding|investment|"
                        r"[Ss]eries\s+[A-H]|seed)(?:\s+(?:was|is|were|has\s+been|will\s+be)|,)\s+(?:co-)?led\s+by\s+(?:the\s+)?")
_UNSIZED_HINTS = ("billion", "million", "year", "long-term", "undisclosed")
# beside a figure, only words that say "a deal of untold size" ("$9.7 billion …, and Lambda struck a multibillion-dollar
# agreement") are worth the search
_UNSIZED_HINTS_BESIDE = ("multibillion", "multi-billion", "multimillion", "multi-million", "multiyear", "multi-year", "undisclosed",
                         "long-term", "billion-dollar", "million-dollar")
_DEAL_NOUNS = ("deal", "agreement", "commitment", "partnership", "arrangement", "contract", "investment", "expansion",
               "pact", "lease", "collaboration")
_OWN_FIGURE = re.compile(r",?\s+(?:which\s+|that\s+|who\s+)?(?:is\s+|was\s+)?(?:expected\s+to|set\s+to|plans\s+to|will|would|to)\s+(?:[\w\-]+\s+){0,3}$")
_AND_WITH = re.compile(r"\b(?:and|as\s+well\s+as|plus)\s+(?:also\s+)?with\s+(?:the\s+)?$")
_FIGURE_JOIN = re.compile(r"\s*(?:and|to|-|–)\s*")
_IN_PLACE = re.compile(r"(?i)\b(?:in|across|throughout|into|to)\s+(?:the\s+)?$")
# The party money goes to ("commits $30 billion to Azure"); "from OpenAI" names who pays, not who is paid.
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|with|in|into|on|for)\s+(?:the\s+)?$")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+&)\s*")
# "develop campuses with more than 1.5 gigawatts of capacity": the sites' own size
_SUPPLYING = re.compile(r"\b(?:supplying|supplies|supply|delivering|delivers|shipping|ships)\s+(?:[\w\-]+\s+){0,5}?"
                        r"(?:servers|racks|systems|gpus|chips|accelerators|hardware)\b", re.I)
_CAPACITY_WORDS = re.compile(r"\b(?:capacity|compute|computing|cloud)\b", re.I)
_A_PROGRAM = re.compile(r"[- ]?(?:s\s+)?(?:build-?outs?|buildouts?|programs?|programmes?|expansions?|spending|investments?|plans?)\b",
                        re.I)
# ("an AI data centre in Ulsan with Amazon Web Services, a project worth about $5 billion": past its builder's partner)
_COST_APPOSED = re.compile(r"(?:\s+(?:with|alongside)\s+[^,;]{1,60}?)?,\s+(?:an?\s+)?(?:investment|project|build-?out|undertaking)\s+"
                           r"(?:of|worth|valued\s+at|costing)\s+" + HEDGED)
_TENANT_FOR = re.compile(r"\bas\s+(?:its|their|the|a|an)\s+(?:anchor\s+|main\s+|first\s+|sole\s+|largest\s+)?(?:tenant|customer)\s+for\s+"
                         r"(?:the\s+)?(?:first\s+|initial\s+)?" + HEDGED + "$")
_MAKES_CHIPS = re.compile(r"\b(?:manufacture|fabricate|produce|make|supply)s?\b[^;.]{0,60}?\b(?:chips|processors|accelerators|gpus|wafers)\b",
                          re.I)
_BUILT_BY_BEFORE = re.compile(r"\b(?:built|developed|constructed|operated|run)\s+by\s+(?:the\s+)?$")
_UNDER_DEVELOPMENT = re.compile(r"\s+of\s+(?:[\w\-]+\s+){0,2}?capacity\s+(?:under\s+(?:development|construction)|in\s+(?:development|"
                                r"construction|the\s+pipeline))\b", re.I)
_LEASED_FROM_AFTER = re.compile(r"[^.;]{0,60}?\b(?:that|which)\s+(?:it|they|[A-Z][\w\-]*)\s+(?:leases|leased|rents|rented)\s+from\s+")
_WOULD_COST = re.compile(r"\s+(?:would|will|could|is\s+expected\s+to|is\s+set\s+to|is\s+likely\s+to)\s+cost\s+" + HEDGED)
_SITE_THEN_A = re.compile(r"(?:\s+(?:in|near)\s+[A-Z][\w\-]*(?:,?\s+[A-Z][\w\-]*)?)?,\s+(?:an?\s+)?" + HEDGED)
_PROJECT_AFTER = re.compile(r"\)?\s+(?:project|investment|build|build-?out|facility|campus|site|data\s+cent(?:er|re)|supercomputer)\b")
_PAYS_BEFORE = re.compile(r"\b(?:pay|pays|paying|paid)\s+(?:about\s+|roughly\s+|nearly\s+|around\s+|some\s+|more\s+than\s+|up\s+to\s+)?$")
_CAPACITY_THAT = re.compile(r"\s+of\s+(?:[\w\-]+\s+){0,2}?capacity\s+(?:that|which)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+"
                            r"(?:will\s+|plans\s+to\s+|is\s+to\s+)?(?:fill|equip|populate|pack|stock)\b")
_FOR_THE = re.compile(r"\s+for\s+(?:the\s+|its\s+|a\s+|an\s+)?")
_SIGNS_TENANT = re.compile(r"(?:,[^;]{1,100}?,)?\s+(?:has\s+|had\s+)?signed\s+[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*){0,3}\s+as\s+"
                           r"(?:the|its|a|an)\s+(?:anchor\s+|first\s+|main\s+|sole\s+|largest\s+)?(?:tenant|customer)\s+(?:of|at|for)\b")
_TENANT_OF_BEFORE = re.compile(r"\b(?:anchor\s+|first\s+|main\s+|sole\s+|largest\s+)?tenant\s+(?:of|at|in)\b")
_POWER_FROM_BEFORE = re.compile(r"\b(?:computing\s+power|compute|capacity)\s+(?:drawn\s+)?from\s+(?:about\s+|some\s+|up\s+to\s+)?$", re.I)
_RUNS_FLEET = re.compile(r"\b(?:runs|operates|running|operating)\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+|over\s+)?$")
_HAS_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+)?$")
_CAPACITY_THERE = re.compile(r"\s+of\s+(?:[\w\-]+\s+)?capacity\s+(?:there|at\s+the\s+(?:site|campus)|on\s+the\s+site)\b")
_PURPOSE_TO = re.compile(r"\s+to\s+")
_GROWS_OWN_CAPACITY = re.compile(r"\b(?:raise|raises|raising|increase|increases|increasing|expand|expands|expanding|grow|grows|growing|"
                                 r"take|takes|taking|double|doubles|doubling|bring|brings|bringing)\s+(?:its|their)\s+(?:total\s+|own\s+|"
                                 r"data[- ]cent(?:er|re)\s+|installed\s+)?capacity\s+to\s+" + HEDGED + "$", re.I)
_AND_SINCE = re.compile(r"\band\s+(?:has\s+|have\s+|had\s+|will\s+)?(?:since\s+|later\s+|also\s+|then\s+|subsequently\s+)?"
                        r"(?:added|raised|secured|received|took|drew|won|closed|agreed|signed)\b")
_TO_ITS_PARTY = re.compile(r"\s+(?:to|in|into|for)\s+(?:the\s+)?")
_AND_NEXT = re.compile(r",?\s+and\s")
_ITS_ASSETS = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}?(?:plants?|assets|facilit(?:y|ies)|sites?|data\s+cent(?:er|re)s?|campus(?:es)?|"
                         r"factor(?:y|ies)|buildings?|power\s+stations?|mines?|fleet)\b", re.I)
# "Google has committed £5 billion ($6.8 billion), and …": a pledge with no recipient, its clause ending with it
_PLEDGED_BEFORE = re.compile(r"\b(?:has\s+|have\s+)?(?:committed|pledged)\s+$")
_PLEDGE_ENDS = re.compile(r"\s*\)?\s*(?:,\s+(?:and|while|but)\s|[.;]|$)")
_INCLUDING_A_SITE = re.compile(r"\s*\)?(?:\s+(?:over|in)\s+(?:the\s+)?(?:next\s+)?(?:\w+\s+)?(?:years?|months))?,?\s+including\s+(?:an?\s+|its\s+)?"
                               r"(?:new\s+|first\s+)?(?:[\w\-]+\s+)?(?:data\s+cent(?:er|re)|campus|site|facility)\b", re.I)
_SITE_WHICH_USES = re.compile(r",\s+(?:which|that)\s+(?:will\s+|would\s+)?(?:use|uses|run\s+on|runs\s+on|hold|holds|house|houses)\s+"
                              + HEDGED)
_INVESTED_WHICH = re.compile(r",\s+(?:which|who)\s+(?:has\s+|had\s+|also\s+|already\s+|separately\s+)*(?:invested|taken|took|bought|"
                             r"acquired|put|poured|injected)\b")
_DEPLOYS_FOR = re.compile(r"\bto\s+(?:deploy|provide|host|run|supply)\b[^;.]{0,80}?\bfor\b")
_A_ROUND_OF = re.compile(r"\b(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:round|raise|financing)\s+of\s+" + HEDGED + "$", re.I)
_ROUND_NOUN = re.compile(r"\b(?:round|raise|financing|funding|series\s+[a-h])\b", re.I)
_RENTS_CHIPS = re.compile(r"(?<!which\s)(?<!that\s)(?<!who\s)\b(?:rent|rents|renting|rented|lease|leases|leasing|leased)\s+"
                          r"(?:back\s+)?(?:[^;$,]|,(?=\d)){0,60}?"
                          r"\b(?:gpus|chips|accelerators|tpus|servers)\b", re.I)
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;$]{1,120},(?=\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+)*[a-z]+(?:ed|s)\b)")
_SHARE_OF_THEM = re.compile(r"[\d,.]+\s+of\s+(?:the|these|those|its|their)\s+(?:new\s+)?(?:GPUs|chips|accelerators|processors)", re.I)
_ALLOTTED_BEFORE = re.compile(r"\b(?:allotted|allocated|assigned|reserved|granted|given)\s+(?:about\s+|roughly\s+|up\s+to\s+|"
                              r"more\s+than\s+|nearly\s+)?$", re.I)
_AN_AGREEMENT_WITH = re.compile(r"\s+(?:[\w\-]+\s+)?(?:deal|agreement|contract|partnership)\s+with\b", re.I)
_PLUS_BEFORE = re.compile(r",\s+plus\s+(?:another\s+|a\s+further\s+)?$")
_CONTRAST_BEFORE = re.compile(r",?\s*\b(?:while|whereas)\s*$")
_AND_SOLD = re.compile(r",\s+and\s+(?:has\s+|have\s+|also\s+|then\s+|later\s+|since\s+)*(?:raised|sold|issued|placed|priced)\b")
_OF_BONDS = re.compile(r"\s+(?:of|in)\s+(?:[\w\-]+\s+){0,2}?(?:bonds|notes|debentures)\b", re.I)
# ("Project Southgate, a network of AI factories in Melbourne and Tasmania that is meant to reach 1.6 gigawatts")
_SITE_GROWS = re.compile(r"\s*[:,]\s+[^.;:]{0,80}?\b(?:it|which|that)\s+(?:could|would|will|may|might|is\s+(?:expected|meant|designed|"
                         r"planned|set|slated|due)\s+to|aims\s+to)\s+"
                         r"(?:reach|grow\s+to|scale\s+to|expand\s+to|total)\s+" + HEDGED)
_APPOSED_TO = re.compile(r",\s+(?:(?:the|a|an)\s+[^,;⟦]{0,80}?\b(?:by|of|from)|(?:which\s+is\s+)?(?:(?:majority|wholly|partly)[- ])?"
                         r"(?:owned|controlled|backed|funded)\s+by|"
                         # ("Quanta Computer, which assembles servers for Nvidia, Microsoft and Google, said it had won…")
                         r"(?:which|who)\s+(?:also\s+)?(?:assembles|makes|builds|supplies|serves|designs|manufactures|counts)\s+"
                         r"[^,;]{0,40}?\b(?:for|to|among)|(?:which|who)\s+(?:also\s+)?(?:serves|counts|supplies))\s+(?:the\s+)?")
# ("Start Campus, owned by Davidson Kempner, plans…")
# ("… will eventually cover 5 gigawatts": what the site the sentence opens with will reach)
_SITE_DRAWS = re.compile(r"\b(?:draws?|drawing|consumes?|consuming|(?:will|would)\s+(?:eventually\s+|ultimately\s+)?(?:cover|span|reach|total))\s+"
                         + HEDGED + "$")
_SITE_WHOSE = re.compile(r"(?:\s+(?:near|in|outside)\s+[A-Z][\w\-]*(?:,?\s+[A-Z][\w\-]*)?)?,\s+whose\s+(?:first\s+|initial\s+|full\s+)?"
                         + HEDGED)
_SITE_STARTS_AT = re.compile(r"\b(?:start|starts|starting|open|opens|opening|begin|begins|beginning)\s+(?:at|with)\s+" + HEDGED + "$")
_WHERE_BUILDING = re.compile(r"\bwhere\s+(?:it|they|[A-Z][\w\-]*)\s+(?:is\s+|are\s+|will\s+be\s+|has\s+been\s+)?(?:now\s+)?"
                             r"(?:developing|building|constructing|planning|adding)\s+" + HEDGED + "$")
# "is building Polaris Forge 1 in phases toward a planned capacity of 1 gigawatt": the size of the site being built
_BUILDING_SITE = re.compile(r"\b(?:building|builds|build|developing|develops|develop|constructing|expanding|completing)\s+(?:the\s+|its\s+)?$")
_TOWARD_SIZE = re.compile(r"(?:\s+[\w\-]+){0,3}?\s+(?:toward|towards|to|with|at)\s+(?:an?\s+|its\s+)?(?:(?:planned|total|initial|eventual|"
                          r"full|target|expected|ultimate)\s+)?(?:capacity|size)\s+of\s+" + HEDGED + "$")
_OF_THEM = re.compile(r"\s+of\s+them\b")
_AN_ORDER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}?orders?\b", re.I)
_FOR_THE_PROJECT = re.compile(r"\s+(?:of|in)\s+(?:[\w\-]+\s+){1,3}?for\s+the\s+(?:project|campus|site|data\s+cent(?:er|re)|build|"
                              r"facility|construction)\b", re.I)
# "Meta secured $30 billion of financing for its Hyperion campus": money raised for a named site
# ("$30 billion of financing for its Hyperion campus", "a $27 billion financing for its Hyperion data center campus")
_FOR_ITS_SITE = re.compile(r"\s+(?:(?:of|in)\s+(?:[\w\-]+\s+){1,3}?|(?:financing|funding|loan|debt\s+package|package)\s+)for\s+"
                           r"(?:its|their|the)\s+$", re.I)
_DEAL_WITH = re.compile(r"\s+(?:[\w\-]+\s+)?(?:agreement|deal|partnership|contract|pact|programme|program|collaboration|arrangement)\s+with\s+(?:the\s+)?", re.I)
_FIRST_CAPACITY = re.compile(r"\b[Tt]he\s+(?:first|initial)\s+(?:gigawatt|megawatts?|phase|systems|capacity)\b")
# "… is scheduled to come online in the second half of 2026 on Nvidia's "
_ON_A_PLATFORM = re.compile(r"[^.;⟦]{0,100}?\bon\s+(?:the\s+)?(?:[A-Z][\w\-]*['’]s\s+|[A-Z][\w\-]*\s+)?")
# (and "is spending part of the money on Mistral Compute, a cluster of 18,000 … chips": chips its buyer pays for)
_BUILT_BEFORE = re.compile(r"\b(?:built|builds|building|constructed|developed|(?:spend|spends|spending|spent)\s+[^;.]{0,40}?\bon)\s+(?:the\s+)?$")
_SITE_OF_CHIPS = re.compile(r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:cluster|supercomputer|supercluster|campus|site|system)\s+"
                            r"(?:of|with)\s+" + HEDGED)
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|since|until)\s+$")
# ("…, weeks after announcing a $17.4 billion contract with Microsoft", "two months after a $17.4 billion deal with Microsoft")
_SUBORDINATE_DEAL = re.compile(r"\b(?:after|before|since)\s+(?:(?:announcing|signing|agreeing|striking|winning|closing|landing)\b|"
                               # ("…, weeks after it raised $500 million": its own earlier deal)
                               r"(?:it|they)\s+(?:had\s+|has\s+)?(?:raised|signed|closed|secured|struck|won|landed|agreed)\b|"
                               r"(?:a|an|its|the)\s+$)")  # (searched up to the figure: "… after a " ends there)
_OWN_VERB = re.compile(r"\s+(?:(?:has|have|had|also|then|later)\s+)*(?:[a-z]+ed|struck|signed|won|made|took|will|would|is|was|plans|"
                       r"agreed|said)\b")
_VENTURE_APPOSED = re.compile(r",\s+(?:the|a|an)\s+(?:[\w\-]+\s+)?(?:joint\s+venture|venture|consortium)\s+(?:with|of|between)\s+"
                              r"[^;.]{0,100}?\s+(?:that|which)\s+[^;.]{0,60}?" + HEDGED)
_THE_ROUND = re.compile(r"\b(?:in|to|joined|join|joins)\s+the\s+(?:[\w\-]+\s+)?(?:round|financing|raise|fundraising)\b")
# A figure's other side named only by a common noun ("from the miner", "to the lab"): no name to borrow in its place
_RAISES_AFTER = re.compile(r"(?:,[^,;]{1,80},)?\s+(?:has\s+|have\s+|also\s+|now\s+)*(?:raised|raises|closed|closes|secured|secures|"
                           r"landed|lands)\b")
_FROM_UNNAMED = re.compile(r"\s+(?:[\w\-]+\s+){0,4}?(?:from|to|with)\s+the\s+[a-z][\w\-]*\b")
_ALLOWS = re.compile(r"\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:cleared|approved|allowed|authori[sz]ed|permitted|licensed)\s+"
                     r"(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+to\b")
_COMPARED_DEAL = re.compile(r"\s+(?:deal|agreement|contract|commitment)s?\s+(?:is|was|are|were)\s+(?:much\s+|far\s+|slightly\s+)?"
                            r"(?:smaller|larger|bigger|less|more|greater)\s+than\b")
_AFTER_BEFORE = re.compile(r"\b(?:after|following|since|before|amid)\s+(?:the\s+|its\s+|a\s+|an\s+)?$", re.I)
# (and a new verb of the same subject: "… on 67,000 Nvidia GPUs and plans to add AI5-based servers later")
_CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while)\s|;|\s+and\s+(?:plans?|expects?|intends?|aims?|hopes?|wants?)\s+to\s")
_SITES_WITH = re.compile(r"\b(?:campus(?:es)?|data\s+cent(?:er|re)s?|facilit(?:y|ies))\s+with\s+(?:a\s+(?:combined|total)\s+(?:of\s+)?)?"
                         + HEDGED + "$", re.I)
_RUNNING_ON = re.compile(r"\s+(?:of\s+(?:[\w\-]+\s+){0,2}?)?(?:running|runs|run|based|built|powered)\s+(?:on|by)\s+(?:the\s+)?")
_BUILT_FOR = re.compile(r"\s+(?:build|build-out|buildout|campus|site|facility|data\s+cent(?:er|re)|expansion|project)s?\b[^;,]{0,40}?"
                        r"\bfor\s+(?:the\s+)?", re.I)
_SITE_OF_BEFORE = re.compile(r"\b(?:campus|site|facility|data\s+cent(?:er|re))\s+of\s+(?:about\s+|roughly\s+|nearly\s+|around\s+|"
                             r"up\s+to\s+|more\s+than\s+|at\s+least\s+)?$", re.I)
_FOR_AFTER = re.compile(r"\s+for\s+(?:the\s+)?")
_BUILD_BEFORE = re.compile(r"\b(?:build|builds|building|built|add|adds|adding|added|develop|develops|developing|construct\w*|"
                           r"bring\s+online|deploy|deploys|deploying)\s+(?:(?:about|roughly|nearly|around|approximately|over|"
                           r"more\s+than|at\s+least|up\s+to)\s+)?$", re.I)
_OWN_CAPACITY = re.compile(r"\s+(?:of\s+)?(?:new\s+)?(?:data[- ]cent(?:er|re)|computing|compute|ai|hyperscale)\s+capacity\b", re.I)
# not "Vantage Data Centers"; "1 gigawatt of AI data-centre capacity in India": capacity over no named site
_SITES_IN_GENERAL = re.compile(r"\b(?:campuses|data\s+cent(?:er|re)s|sites|facilities|data[- ]cent(?:er|re)\s+capacity)\b")
_SUBJECT_LEAD = re.compile(r"(?:[-*•–→➜▸►]\s+)?(?:\s*(?:the|a|an|separately|meanwhile|also|now|today|in\s+\w+|on\s+\w+|but|and|"
                           r"still|last\s+\w+|earlier\s+\w+)\s*,?)*\s*"
                           # "Vietnam's FPT Corp will spend…": the subject's home
                           r"(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?['’]s\s+)?"
                           # "Data-center operator Equinix said…", "AI startup Anthropic has…": what the subject is
                           r"(?:(?:[\w\-]+\s+){0,3}?(?:operator|developer|maker|chipmaker|provider|firm|company|startup|lab|"
                           r"giant|group|neocloud|hyperscaler|designer)\s+)?", re.I)
_DATELINE = re.compile(r"[A-Z][A-Za-z0-9 .,'’]{1,40}?(?:\s*\([^)\n]{1,30}\))?\s+[-—–]{1,2}\s+")
_UNSIZED_DEAL = re.compile(r"\b(?:multi-?billion|billion|multi-?million|multi-?year|long-term|undisclosed)[- ](?:dollar\s+|year\s+)?"
                           r"(?:[\w\-]+\s+){0,2}?(?:agreement|contract|deal|pact|partnership)\b", re.I)
# (the words that say compute is bought from whoever is paid: "the first tenant of the new clusters")
_COMPUTE_WORDS = re.compile(r"\b(?:compute|computing|cloud|capacity|gpus?|chips|infrastructure|data\s+cent(?:er|re)s?|"
                            r"accelerators|systems|servers|clusters?)\b", re.I)
_CHIP_TRIGGERS = [("supplies_chips", re.compile(r".", re.S))]
# A figure that only points back at "the deal" may borrow its parties from the document's main deal.
_DEFINITE_DEAL = re.compile(r"\b" + guarded(r"(?:(?:the|this|that|these|those)\s+(?:[\w\-$.,]+\s+){0,3}?(?:deal|agreement|commitment|"
                            r"partnership|arrangement|contract|investment|expansion|pact|lease)s?|"
                            r"(?:the|this|that)\s+(?:[\w\-]+\s+)?collaboration|(?:its|their)\s+"
                            r"(?:[\w\-$.,]+\s+){0,2}?(?:deal|agreement|contract|commitment|partnership)s?)") + r"\b", re.I)


def points_back_at_deal(text: str, start: int, end: int) -> bool:
    """Whether a span refers back to a deal named earlier ("the expanded agreement", "this commitment")."""
    lowered = text[start:end].lower()
    return any(w in lowered for w in _DEAL_NOUNS) and bool(_DEFINITE_DEAL.search(text, start, end)) \
        or bool(_THE_PLAN.match(text, start, end) or _TRANCHE_OPENS.match(text, start, end)
                or _PHASE_OPENS.match(text, start, end))  # "The project will add
    # nearly 1.3 gigawatts", "The first $2 billion will be invested this year"


def _sentence_subject(sentence: Sentence, orgs: list[Mention], clause: Span) -> Mention | None:
    """The organisation a clause opens with, when nothing but a determiner or an adverb precedes it (nor a
    dateline: "LONDON (Reuters) - Microsoft said…")."""
    # (nor a partner fronted: "With AMD, Humain formed …")
    lead_in = _DATELINE.match(sentence.text, clause.start, clause.end) or FRONTED_PARTNER.match(sentence.text, clause.start, clause.end)
    opens = lead_in.end() if lead_in else clause.start
    first = min((m for m in orgs if m.start >= opens), key=lambda m: m.start, default=None)
    if first is None:
        return None
    if first.kind == "candidate" and not re.match(
            r"(?:,[^,]{0,80},)?\s+(?:is|has|have|had|will|would|said|says|plans|agreed|announced|signed|struck|won|"
            r"raised|closed|secured|\w+ed\b)", sentence.text[first.end:first.end + 120]):
        return None  # an unlisted name counts only when a verb follows it
    lead = sentence.text[opens:first.start]
    ok = _SUBJECT_LEAD.fullmatch(lead)
    return first if ok else None


def _distance(span: tuple[int, int], figure: FigureMention) -> int:
    start, end = span
    if end <= figure.start:
        return figure.start - end
    if start >= figure.end:
        return start - figure.end
    return 0


def classify(sentence: Sentence, figure: FigureMention, clause: Span) -> str | None:
    """The relation a figure is a figure of, from the trigger words nearest to it in its clause."""
    text = sentence.text
    if figure.lead >= 0:
        # "will cost about 3 billion reais ($550 million)": the words before the amount converted say what it is
        figure = replace(figure, start=figure.lead)
    whole = next((f for f in sentence.figures if f.is_deal and f.unit == figure.unit and f.end < figure.start
                  and _INCLUDING.fullmatch(text, f.end, figure.start)), None)
    if whole is not None:
        return classify(sentence, whole, clause)  # "raised $20 billion, including up to $2 billion from Nvidia": a part of it
    if figure.unit == "W" and _TALKS_ABOUT.search(text, max(clause.start, figure.start - 90), figure.start):
        return None  # "is in talks with hyperscalers about the first 100 MW": capacity on offer, no deal made
    window = (max(clause.start, figure.start - 110), min(clause.end, figure.end + 90))
    triggers = {"USD": _MONEY_TRIGGERS, "W": _POWER_TRIGGERS, "chips": _CHIP_TRIGGERS}[figure.unit]
    if figure.unit == "W" and not _SIZES_DATACENTER.match(text, figure.end, clause.end) and any(
            not _PRICE_PAID.match(m.group()) for m in _MONEY_TRIGGERS[2][1].finditer(
            text, max(sentence.span.start, figure.start - 120), min(sentence.span.end, figure.end + 60))):
        # "acquire X, gaining control of 1.3 GW": the size of what is bought, not a deal of its own (not "X, which Blackstone
        # bought for $16 billion, has agreed to lease a 200-megawatt hall": a price paid names nothing bought here)
        return None
    if figure.unit == "W" and any("DataCenter" in m.entity.types and clause.start <= m.start and m.end <= figure.start
                                  and _SITE_WHOSE.fullmatch(text, m.end, figure.start) for m in sentence.mentions):
        return "builds_datacenter"  # "building Stargate Norway near Narvik, whose first 230 megawatts will house …": its size
    if figure.unit == "W" and _SITE_STARTS_AT.search(text, max(clause.start, figure.start - 30), figure.start) and any(
            "DataCenter" in m.entity.types and m.start < figure.start for m in sentence.mentions[:1]):
        return "builds_datacenter"  # "The site will start at 200 megawatts in 2027 and house up to 100,000 Nvidia GPUs"
    if figure.unit == "W" and _CAPACITY_THAT.match(text, figure.end, clause.end):
        return None  # "adds 80 MW of hydro-powered capacity that Nscale will fill with Nvidia GB300 systems": no chip deal's size
    if figure.unit == "W" and _TENANT_FOR.search(text, max(clause.start, figure.start - 60), figure.start):
        return "provides_capacity"  # "has signed ByteDance as its anchor tenant for the first 150 megawatts"
    if figure.unit == "W" and _TAKES_BEFORE.search(text, max(clause.start, figure.start - 40), figure.start):
        return "provides_capacity"  # "CoreWeave will take the first 250 megawatts": a tenant's share of a site
    if figure.unit == "W" and _HAS_BEFORE.search(text, max(clause.start, figure.start - 20), figure.start) \
            and _CAPACITY_THERE.match(text, figure.end, clause.end):
        return "builds_datacenter"  # "operated by its Ardent Data Centers unit, which has 120 MW of capacity there": the site's size
    if figure.unit == "W" and _UNDER_DEVELOPMENT.match(text, figure.end, clause.end):
        return "invests_in_infrastructure"  # "had 1.3 GW of data-centre capacity under development": its own build-out
    if figure.unit == "W" and _GROWS_OWN_CAPACITY.search(text, max(clause.start, figure.start - 60), figure.start):
        return "invests_in_infrastructure"  # "OpCore plans to raise its capacity to 500 MW by 2030": its own build-out
    if figure.unit == "W" and _OCCUPIES_BEFORE.search(text, max(clause.start, figure.start - 40), figure.start) \
            and (at := _AT_OWNED_SITE.match(text, figure.end, clause.end)) is not None and any(
                m.start == at.end() and m.possessive and (m.is_org or m.kind == "pronoun") for m in sentence.mentions):
        return "provides_capacity"  # "uses 5 MW at WhiteFiber's Montreal site": the owner lets it to the user
    if figure.unit == "W" and _SUPPLY_BEFORE.search(text, max(clause.start, figure.start - 40), figure.start) \
            and (tenant := _TO_AFTER.match(text, figure.end, clause.end)) is not None \
            and any(m.is_org and m.start == tenant.end() for m in sentence.mentions):
        return "provides_capacity"  # "A second campus, … will supply another 1.4 gigawatts to Oracle": power let to a tenant
    if figure.unit == "W" and _LEASE_BEFORE.search(text, max(clause.start, figure.start - 30), figure.start) \
            and _let_with_a_party(sentence, figure, clause):
        return "provides_capacity"  # "agreed to lease 200 megawatts at Project Matador to Crusoe": power let to a tenant
    if figure.unit == "W" and (tenant := _BUILT_FOR.match(text, figure.end, clause.end) or (
            _SITE_OF_BEFORE.search(text, max(clause.start, figure.start - 40), figure.start)
            and _FOR_AFTER.match(text, figure.end, clause.end))) is not None and any(
            m.is_org and m.start == tenant.end() for m in sentence.mentions) and not any(
            "DataCenter" in m.entity.types and clause.start <= m.start < clause.end for m in sentence.mentions):
        # "a 300-megawatt build in Texas for Lambda", "a campus of half a gigawatt for OpenAI": capacity built for a tenant is
        # let to it
        return "provides_capacity"
    if figure.unit == "W" and (_SIZES_DATACENTER.match(text, figure.end, clause.end)
                               or _CAPACITY_OF_SITE.search(text, max(sentence.span.start, figure.start - 120), figure.start)
                               or _SITES_WITH.search(text, max(sentence.span.start, figure.start - 60), figure.start)
                               or any("DataCenter" in m.entity.types and m.end <= figure.start
                                      and _SITE_SIZED.fullmatch(text, m.end, figure.start) for m in sentence.mentions)):
        # "a 500-megawatt data center", "a data center near Narvik with an initial capacity of 230 MW"
        if _LEASED_FROM_AFTER.match(text, figure.end, clause.end):
            return "provides_capacity"  # "at a 50-megawatt data centre in Ohio that it leases from Centersquare": let to it
        if _LEASED_OUT.search(text, clause.start, figure.start) and _let_with_a_party(sentence, figure, clause):
            # "is leasing a 400-megawatt campus near Atlanta to Microsoft", "leases a 100-megawatt facility in Kansas City
            # from QTS": capacity let, one way or the other
            return "provides_capacity"
        return "builds_datacenter"
    sized = _SIZES_DATACENTER.match(text, figure.end, clause.end) if figure.unit == "USD" else None
    if sized is not None and any("DataCenter" in m.entity.types for m in sentence.mentions) \
            and not _A_PROGRAM.match(text, sized.end(), clause.end):  # (not "a $50 billion data-center build-out")
        return "builds_datacenter"  # "Project Jupiter, a $165 billion campus"
    if figure.unit == "USD" and _SPENDS_BEFORE.search(text, max(clause.start, figure.start - 40), figure.start) \
            and (on := _ON_A.match(text, figure.end, clause.end) or _TO_BUILD_A.match(text, figure.end, clause.end)) is not None \
            and any("DataCenter" in m.entity.types and m.start == on.end() for m in sentence.mentions):
        # "will spend $200 million on an AI factory in Hanoi", "would spend $1.4 billion to build a 250-megawatt AI campus in
        # Valence": the money builds the site
        return "builds_datacenter"
    if figure.unit == "USD" and _VENTURE_FOR.match(text, figure.end, clause.end) \
            and any("DataCenter" in m.entity.types and figure.end < m.start < clause.end for m in sentence.mentions):
        return "builds_datacenter"  # "$27B JV for Hyperion"
    if figure.unit == "USD" and (rent := _RENTS_CHIPS.search(text, max(clause.start, figure.start - 120), figure.start)) is not None \
            and not _ROUND_NOUN.search(text, rent.end(), figure.start):
        # "agreed to rent back 18,000 of its own GPUs from Lambda for $1.5 billion": rent, no sale (not "…, and a Series E round
        # of more than $1.5 billion": another deal after it)
        return "commits_spend"
    if figure.unit == "USD" and (buy_verb := _BUYS_BEFORE.search(text, clause.start, figure.start)) is not None \
            and any("Chip" in m.entity.types and buy_verb.end() <= m.start < figure.start for m in sentence.mentions):
        return "supplies_chips"  # "It'll buy the GB300s from Dell for ~$5.8B" (the chips it buys, named after the verb)
    if figure.unit == "USD" and "cost" in text[max(clause.start, figure.start - 50):figure.start] \
            and SITE_COST.search(text, max(sentence.span.start, figure.start - 170), figure.start) \
            and any("DataCenter" in m.entity.types and m.end <= figure.start for m in sentence.mentions):
        return "builds_datacenter"  # "Its Fairwater site …, cost $3.3 billion"
    if figure.unit == "W" and (figure.chip_name or any(
            "Chip" in c.entity.types and figure.end < c.start <= figure.end + 30
            and _OF_A_MAKER.fullmatch(text, figure.end, c.start) for c in sentence.mentions) and any(
            # "AMD and HUMAIN … to deploy up to 1 GW of AMD Instinct capacity": the maker is a party; not
            # "CoreWeave will provide 250 megawatts of Nvidia GB300 capacity"
            "ChipMaker" in m.entity.types and m.end <= figure.start and any(
                n.entity.id == m.entity.id and figure.end < n.start <= figure.end + 30 for n in sentence.mentions)
            for m in sentence.mentions)):
        return "supplies_chips"  # "six gigawatts of Instinct GPUs", "up to 1 GW of AMD Instinct capacity"
    if figure.unit == "W" and any("Chip" in c.entity.types and clause.start <= c.start < clause.end for c in sentence.mentions) \
            and (lead := _sentence_subject(sentence, [m for m in sentence.mentions if m.is_org], clause)) is not None \
            and "ChipMaker" in lead.entity.types and lead.end <= figure.start and _SELLS.match(text, lead.end):
        return "supplies_chips"  # "Qualcomm will provide HUMAIN with its AI200 racks for 200 megawatts": a chip maker selling
    if figure.unit == "W" and any("ChipMaker" in m.entity.types and clause.start <= m.start < clause.end
                                  and _CHIP_WORDS.match(text, m.end, clause.end)
                                  # not "deploy Nvidia GB300 systems at the site, with the first 40 MW…"
                                  and not (m.end < figure.start and "," in text[m.end:figure.start])
                                  # nor "the first 60 MW … will host Nvidia GB300 systems": what a site's power runs
                                  and not (figure.end < m.start and _HOSTS.search(text, figure.end, m.start))
                                  for m in sentence.mentions):
        return "supplies_chips"  # "deploy 10 GW of data centers with NVIDIA systems": a chip deal sized in power
    if figure.unit == "W" and any("ChipMaker" in m.entity.types and figure.end < m.start <= figure.end + 30
                                  and _RUNNING_ON.fullmatch(text, figure.end, m.start)
                                  and any("Chip" in c.entity.types and m.end <= c.start <= m.end + 4 for c in sentence.mentions)
                                  for m in sentence.mentions):
        return "supplies_chips"  # "capacity of up to one gigawatt running on Nvidia's Grace Blackwell": the maker's chips
    if figure.unit == "W" and any("ChipMaker" in m.entity.types and figure.end < m.start <= figure.end + 50
                                  and _DEAL_WITH.fullmatch(text, figure.end, m.start) for m in sentence.mentions):
        return "supplies_chips"  # "under a separate 6-gigawatt agreement with AMD": a chip deal sized in power
    if figure.unit == "USD" and any("DataCenter" in m.entity.types and m.end <= figure.start
                                    and _COST_APPOSED.fullmatch(text, m.end, figure.start) for m in sentence.mentions):
        return "builds_datacenter"  # "a 1-gigawatt AI supercomputer in France, an investment of about $11 billion"
    if figure.unit == "USD" and _PAYS_BEFORE.search(text, max(clause.start, figure.start - 30), figure.start) \
            and (paid_for := _FOR_THE.match(text, figure.end, clause.end)) is not None:
        bought = next((m for m in sentence.mentions if m.start == paid_for.end()), None)
        if bought is not None and "DataCenter" in bought.entity.types:
            return "builds_datacenter"  # "Lambda will pay about $500 million for the Kansas City site": the price of a site
        if bought is not None and bought.is_org and bought.kind != "pronoun" and not _CHIP_WORDS.match(text, bought.end):
            return "acquired"  # "SoftBank is paying $6.5 billion for Ampere Computing": the price of a company
    if figure.unit == "USD" and any("DataCenter" in m.entity.types and m.end <= figure.start
                                    and _WOULD_COST.fullmatch(text, m.end, figure.start) for m in sentence.mentions):
        return "builds_datacenter"  # "The company said S7 would cost A$7bn (US$4.6bn) to complete"
    if figure.unit == "USD" and _PROJECT_AFTER.match(text, figure.end, clause.end) and any(
            "DataCenter" in m.entity.types and m.end <= figure.start and _SITE_THEN_A.fullmatch(text, m.end, figure.start)
            for m in sentence.mentions):
        return "builds_datacenter"  # "their Industrial AI Cloud in Munich, a roughly 1 billion euro ($1.2 billion) project"
    if figure.unit == "USD" and _FOR_A_STAKE.match(text, figure.end, clause.end):
        return "invests_in"  # "Meta also paid $14.3 billion for a 49% stake in Scale AI"
    if figure.unit == "USD" and _OF_BONDS.match(text, figure.end, clause.end):
        return "invests_in"  # "Oracle itself sold $18 billion of bonds": money raised from the buyers of its debt
    if figure.unit == "W" and any("DataCenter" in m.entity.types and m.end <= figure.start
                                  and _SITE_GROWS.fullmatch(text, m.end, figure.start) for m in sentence.mentions):
        return "builds_datacenter"  # "Watch the Wyoming campus: at full build-out it could reach 10 gigawatts"
    if figure.unit == "W" and _SITE_DRAWS.search(text, max(clause.start, figure.start - 30), figure.start) and any(
            "DataCenter" in m.entity.types and m.start < figure.start for m in sentence.mentions[:1]):
        return "builds_datacenter"  # "The Atlanta Fairwater site … packs … GPUs into a building and draws about 300 megawatts"
    if figure.unit == "W" and any("DataCenter" in m.entity.types and clause.start <= m.start and m.end <= figure.start
                                  and _BUILDING_SITE.search(text, max(clause.start, m.start - 30), m.start)
                                  and _TOWARD_SIZE.fullmatch(text, m.end, figure.start) for m in sentence.mentions):
        return "builds_datacenter"  # "is building Polaris Forge 1 in phases toward a planned capacity of 1 gigawatt"
    if figure.unit == "W" and _WHERE_BUILDING.search(text, max(clause.start, figure.start - 60), figure.start):
        return "builds_datacenter"  # "the first Stargate campus in Abilene, …, where it is developing about 1.2 gigawatts"
    if figure.unit == "chips":
        if re.search(r"\b(?:rent|rents|renting|lease|leases|leasing)\b", text[clause.start:figure.start], re.I) \
                or _POWER_FROM_BEFORE.search(text, max(clause.start, figure.start - 40), figure.start) \
                or _RUNS_FLEET.search(text, max(clause.start, figure.start - 30), figure.start):
            # "will rent 18,000 GPUs from Lambda", "to provide Mistral AI with computing power from 10,000 Nvidia H200 GPUs": a
            # cloud deal counted in chips, not a sale; nor "its BUZZ HPC unit now runs 5,000 GPUs": the fleet one operates
            return None
        return "supplies_chips"
    aside = _RELATIVE_ASIDE.search(text, window[0], figure.start)
    if aside is not None:
        # "Marvell, which co-designs Microsoft's Maia accelerators …, agreed to buy Celestial AI for $3.25 billion": what the
        # relative clause says of the subject is no trigger of the figure after it
        window = (aside.end(), window[1])
    best: tuple[int, int, str] | None = None
    lowered = text[window[0]:window[1]].lower()
    # "from Cerebras Systems", "with Vantage Data Centers": a word of a company's name is no trigger
    names = [(n.start, n.end) for n in sentence.mentions if window[0] < n.end and n.start < window[1]
             and n.kind not in ("reference", "candidate") and n.is_org and "Government" not in n.entity.types]
    for rank, (relation, pattern) in enumerate(triggers):
        words = _TRIGGER_WORDS.get((figure.unit, relation))
        if words is not None and not any(w in lowered for w in words):
            continue  # none of the words the trigger needs is near the figure
        for m in pattern.finditer(text, *window):
            if names and any(s < m.end() <= e for s, e in names):
                continue
            # The figure's own digits and unit are not a trigger ("5 gigawatts of capacity" is, "$5 bn" not).
            handicap = 25 if relation == "deal" else 0  # "buy Core Scientific in a $9 billion deal" is a purchase
            if relation == "invests_in_infrastructure" and m.group().startswith(("to ", "To ")):
                handicap = 10  # "Secures $900 Million to Build an AI Campus": a purpose is weaker than the verb of a raise
            elif relation == "commits_spend" and _PURPOSE_TO.fullmatch(text, figure.end, m.start()):
                handicap = 25  # "Tether has lent Northern Data $610 million to pay for the GPUs": what the money is for
            if relation == "supplies_chips" and m.group().startswith("for") and text[figure.end:m.start()].strip():
                continue  # "$60 million for the new chips" is a price; "lent $610 million to pay for the GPUs" a purpose
            if relation == "builds_datacenter" and _AT_SITE.search(text, max(window[0], m.start() - 30), m.start()):
                continue  # "150 megawatts at the campus": where the capacity is, not what is built
            key = (_distance((m.start(), m.end()), figure) + handicap, rank, relation)
            if best is None or key < best:
                best = key
    if best is not None and best[2] == "builds_datacenter" and figure.unit == "W" \
            and _LEASED_OUT.search(text, clause.start, figure.start) and _let_with_a_party(sentence, figure, clause):
        # "It has leased the whole of its Helios campus, 800 megawatts of approved power, to CoreWeave": power let
        return "provides_capacity"
    if best is None and figure.unit == "USD" and text.startswith("|", sentence.span.start):
        return "deal"  # a table row ("| Microsoft | IREN | GB300 capacity | $9.7 billion |"): its parties decide the kind
    if best is None and _LIST_ITEM.match(text, sentence.span.start):
        return _lead_in_relation(sentence, triggers)  # "- Amazon: about $125 billion" under "capital expenditures…"
    return best[2] if best else None


def _let_with_a_party(sentence: Sentence, figure: FigureMention, clause: Span) -> bool:
    """Whether the power a clause leases goes to or comes from a party named after it ("… to Crusoe", "… from QTS")."""
    text = sentence.text
    return any(m.is_org and figure.end < m.start < clause.end
               and (_TO_BEFORE.search(text, max(figure.end, m.start - 6), m.start)
                    or FROM_BEFORE.search(text, max(figure.end, m.start - 6), m.start)) for m in sentence.mentions)


def _lead_in_relation(sentence: Sentence, triggers: list[tuple[str, re.Pattern[str]]]) -> str | None:
    """The relation the line introducing a list names: its first trigger, in the order of ``triggers``."""
    text = sentence.text
    end = text.rfind("\n", 0, sentence.span.start)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and not _LIST_ITEM.match(line):
            for relation, pattern in triggers:
                if relation != "deal" and pattern.search(text, start, end):
                    return relation
            return None
        end = start - 1
    return None


class FigureRelations:
    """Reads the deal relation of each figure in a sentence."""

    def __init__(self, family: Family, chip_maker: Callable[[Entity], Entity | None]) -> None:
        self.family = family
        self.chip_maker = chip_maker
        # Figures already read in this document, so "this $100 billion commitment" finds its parties.
        self.seen: dict[tuple[float, str], Found] = {}
        # Who builds or runs each data centre named so far ("its Colossus 2 supercomputer").
        self.owners: dict[str, Entity] = {}
        # A raise whose investors the sentence did not name: (investee, figure, sentence).
        self.pending_round: list[tuple[Entity, FigureMention, Sentence]] = []
        # The investee of the last round read, for "B and C also participated" in the next sentence.
        self.last_round: tuple[Entity, Sentence] | None = None
        self.round_investee: Entity | None = None
        # The investee of the last round read anywhere in the document, for a later "… participated in the round".
        self.document_round: Entity | None = None
        self.round_carried = False  # whether the open round was kept open over a sentence already
        self._orgs_of: tuple[Sentence, list[Mention]] | None = None
        # The last deal read with a figure: "The collaboration is valued at $10 billion" names no party.
        self.last_deal: Found | None = None
        self.last_in: dict[str, Found] = {}  # the last deal read with a figure in each unit
        self.last_of: dict[str, Found] = {}  # the last deal read of each relation ("the compute commitment" points back at it)
        # Who has been read as supplying hardware to whom (supplier id → customer), for a later figure naming one side.
        self.supplied: dict[str, Entity] = {}
        # Who provides capacity to whom so far: (provider id, customer id), so the customer is the one who pays.
        self.served: set[tuple[str, str]] = set()

    def find(self, sentence: Sentence) -> Iterator[Found]:
        # The investee of a round read in the sentence just before: "Nvidia led the round, putting in $800
        # million." and "B and C joined." continue it.
        last, self.last_round = self.last_round, None
        self.round_investee = last[0] if last is not None and last[1] is sentence.previous else None
        yield from self._round_led_next(sentence)
        yield from self._participants_next(sentence)
        carried, self.round_carried = self.round_carried, False
        if self.last_round is None and self.round_investee is not None and not carried \
                and not any(f.is_deal for f in sentence.figures) \
                and any(m.entity.id == self.round_investee.id for m in sentence.mentions):
            # "… raised $1.1bn led by Aker. The company will use the money to build… Nvidia, Dell and Nokia also took
            # part": one sentence about the investee between keeps the round open
            self.last_round = (self.round_investee, sentence)
            self.round_carried = True
        if not any(m.is_org or m.entity.id in self.owners for m in sentence.mentions) and not (
                sentence.figures and points_back_at_deal(sentence.text, sentence.span.start, sentence.span.end)):
            return  # no party (nor a site whose owner is known) named and none pointed back at: nothing to read
        found = self._served_is_paying(list(self._figures(sentence)))
        for f in found:
            if f.relation == "builds_datacenter" and f.object is not None:
                self.owners[f.object.id] = f.subject  # "Watch the Wyoming campus: … it could reach 10 gigawatts"
        yield from found
        yield from self._participants_after(sentence, found)
        if self.last_round is not None:
            self.document_round = self.last_round[0]
        if "first" in sentence.lowered and any("Chip" in m.entity.types for m in sentence.mentions):
            yield from self._first_capacity_on(sentence)

    def _first_capacity_on(self, sentence: Sentence) -> Iterator[Found]:
        """"… and the first gigawatt is scheduled to come online in 2026 on Nvidia's Vera Rubin platform": the chips the
        deal just read runs on are its customer's."""
        deal = self.last_deal
        if deal is None or deal.object is None or deal.relation not in ("supplies_chips", "invests_in", "provides_capacity"):
            return
        customer = deal.object
        text = sentence.text
        for opening in _FIRST_CAPACITY.finditer(text, sentence.span.start, sentence.span.end):
            chip = next((m for m in sentence.mentions if "Chip" in m.entity.types and opening.end() <= m.start
                         and _ON_A_PLATFORM.fullmatch(text, opening.end(), m.start)), None)
            if chip is not None:
                yield Found("uses_chip", customer, chip.entity, opening.start(), chip.end)

    def _served_is_paying(self, found: list[Found]) -> list[Found]:
        """"A signed a lease with B worth $5.5 billion, under which it will deliver 300 MW to B": whoever
        the document says provides the capacity is the one paid, whichever way the roles first fell."""
        # (capacity "worth about $311 million" is what its customer pays: money is no capacity, and says nothing of who
        # serves whom)
        found = [replace(f, relation="commits_spend", subject=f.object, object=f.subject)
                 if f.relation == "provides_capacity" and f.object is not None and f.figure is not None
                 and f.figure.unit == "USD" else f for f in found]
        self.served |= {(f.subject.id, f.object.id) for f in found if f.relation == "provides_capacity" and f.object}
        served = self.served
        out = []
        for f in found:
            if f.relation in ("commits_spend", "uses_cloud") and f.object is not None \
                    and (f.subject.id, f.object.id) in served:
                flipped = replace(f, subject=f.object, object=f.subject)
                for key, seen in self.seen.items():
                    if seen is f:
                        self.seen[key] = flipped
                f = flipped
            out.append(f)
        return out

    def _figures(self, sentence: Sentence) -> Iterator[Found]:
        previous: Found | None = None
        first: Found | None = None  # the sentence's first deal with two parties
        for figure in sentence.figures:
            if not figure.is_deal:
                continue
            clause = sentence.clause_of(figure.start)
            added = _ADDED_BEFORE.search(sentence.text, max(sentence.span.start, figure.start - 30), figure.start) \
                if first is not None else None
            if first is not None and added is not None and first.figure is not None and first.figure.unit == figure.unit:
                # "had signed an initial $11.9 billion deal with OpenAI in March, under which …, and added $4 billion in May":
                # more of the sentence's first deal, whatever came between
                previous = self._span_found(sentence, first.relation, first.subject, first.object, figure,  # type: ignore[arg-type]
                                            date_near(sentence.text, figure.start, clause.end), None, first.start, figure.end)
                yield previous
                continue
            if previous is not None and previous.figure is not None and _FIGURE_JOIN.fullmatch(
                    sentence.text, previous.figure.end, figure.start) and (previous.figure.qualifier, figure.qualifier) \
                    == ("at_least", "up_to"):
                # "between $91 billion and $93 billion": both ends of one range, one relation, one party
                yield replace(previous, figure=figure, end=max(previous.end, figure.end))
                continue
            if previous is not None and previous.relation == "supplies_chips" and previous.figure is not None \
                    and previous.figure.unit == "chips" and figure.unit == "USD" \
                    and _ON_THEM.match(sentence.text, figure.end, sentence.span.end):
                # "has ordered 16,000 Nvidia GPUs and will spend roughly $1 billion on them": their price
                yield replace(previous, figure=figure, start=min(previous.start, figure.start),
                              end=max(previous.end, figure.end))
                continue
            # More of a deal already read, the power a plan adds, "and B up to $10 billion": no reading anew
            continued = (self._more_of_the_same(sentence, figure, previous)
                         or self._capacity_added(sentence, figure, previous)
                         or self._gapped(sentence, figure, previous))
            if continued is not None:
                previous = self.last_deal = continued
                if continued.figure is not None:
                    self.last_in[continued.figure.unit] = continued
                yield continued
                if continued.object is not None:  # "The first 1 gigawatt of AMD Instinct MI450 GPUs": the chips used
                    yield from self._implied(sentence, continued.relation, continued.subject, continued.object, figure)
                continue
            if figure.unit == "chips" and (allotted := self._allotted_share(sentence, figure, clause)) is not None:
                yield allotted  # a share of chips counted before, let to a user: capacity, no sale
                continue
            relation = classify(sentence, figure, clause)
            if relation is None and previous is not None and not (
                    previous.figure is not None and _IN_TALKS.search(sentence.text, previous.figure.end, figure.start)):
                relation = previous.relation  # (not "… to cost $1.4 billion and is in talks with hyperscalers about 100 MW")
            if previous is not None and _EXPANDABLE.search(sentence.text, max(sentence.span.start, figure.start - 40),
                                                           figure.start):
                relation = previous.relation  # "230 megawatts, expandable by a further 290 megawatts"
            if relation is None:
                continue
            found = list(self._parties(sentence, figure, clause, relation, previous))
            for f in found:
                if f.figure is figure:
                    previous = f
                    self.seen.setdefault((figure.amount, figure.unit), f)
                    self.last_deal = self.last_in[figure.unit] = f
                    if f.object is not None:
                        self.last_of[f.relation] = f
                    if f.relation == "invests_in" and f.object is not None:
                        self.last_round = (f.object, sentence)
            first = first or next((f for f in found if f.figure is figure and f.object is not None), None)
            yield from found
            yield from self._also_with(sentence, found)
        if any(w in sentence.lowered for w in (_UNSIZED_HINTS_BESIDE if any(f.is_deal for f in sentence.figures)
                                               else _UNSIZED_HINTS)):
            yield from self._unsized_deals(sentence)

    def _allotted_share(self, sentence: Sentence, figure: FigureMention, clause: Span) -> Found | None:
        """"Sarvam AI … has been allotted 4,096 of the GPUs": a share of the chips the text said a company bought, given
        to another to use, is that company's capacity let to it (not a second sale by the chips' maker)."""
        text = sentence.text
        bought = self.last_of.get("supplies_chips")
        if bought is None or bought.object is None or not _SHARE_OF_THEM.fullmatch(text, figure.start, figure.end) \
                or not _ALLOTTED_BEFORE.search(text, max(clause.start, figure.start - 40), figure.start):
            return None
        user = _sentence_subject(sentence, [m for m in sentence.mentions if m.is_org], clause)
        if user is None or user.end > figure.start or self.family(user.entity.id) & self.family(bought.object.id):
            return None
        return self._span_found(sentence, "provides_capacity", bought.object, user.entity, None, None, None, user.start, figure.end)

    def _same_deal_after_which(self, sentence: Sentence, figure: FigureMention, relation: str,
                               previous: Found | None) -> Found | None:
        """"… up to one million TPUs, which will bring well over a gigawatt of capacity online": the figure of a
        relative clause measures the deal just read, between the same provider and customer."""
        if previous is None or previous.object is None or previous.figure is None or relation == previous.relation \
                or not _WHICH_BRINGS.search(sentence.text, max(previous.figure.end, figure.start - 70), figure.start):
            return None
        if figure.unit == "W" and relation == "builds_datacenter" and previous.relation == "commits_spend":
            relation = "provides_capacity"  # "… $300 billion of computing capacity from Oracle, a deal that requires 4.5 GW"
        if {relation, previous.relation} - {"supplies_chips", "provides_capacity", "commits_spend"}:
            return None
        provider, customer = ((previous.object, previous.subject) if previous.relation == "commits_spend"
                              else (previous.subject, previous.object))
        subject, obj = (customer, provider) if relation == "commits_spend" else (provider, customer)
        return self._span_found(sentence, relation, subject, obj, figure, date_near(sentence.text, figure.start,
                                sentence.span.end), previous.duration, previous.start, figure.end)

    def _more_of_the_same(self, sentence: Sentence, figure: FigureMention, previous: Found | None) -> Found | None:
        """"2021: Microsoft adds a further $2 billion", "commits $10 billion more, bringing its total to $13 billion":
        more of the deal last read between the same parties."""
        text = sentence.text
        tranche = False
        clause = sentence.clause_of(figure.start)
        if _TOTAL_BEFORE.search(text, max(sentence.span.start, figure.start - 60), figure.start):
            # (of the figures read so far, the last in the same unit: "…covers 10,000 more GPUs, bringing Nvidia's commitments
            # to Lambda to about $2.8 billion")
            base = previous if previous is not None and previous.figure is not None and previous.figure.unit == figure.unit \
                else self.last_in.get(figure.unit, previous or self.last_deal)
        elif _SEPARATE_DEAL.search(text, max(sentence.span.start, figure.start - 20), figure.start) \
                and _DEAL_NOUN_AFTER.match(text, figure.end) and (last := self.last_in.get(figure.unit)) is not None \
                and all(self.family(m.entity.id) & (self.family(last.subject.id) | (
                    self.family(last.object.id) if last.object else frozenset())) for m in sentence.mentions if m.is_org):
            # "A separate $1.3 billion agreement covers 10,000 more GPUs": another deal between the same two (not "under a
            # separate 6-gigawatt agreement with AMD")
            base, tranche = last, True
        elif _FURTHER_BEFORE.search(text, max(sentence.span.start, figure.start - 30), figure.start) \
                or _MORE_AFTER.match(text, figure.end):
            base = self.last_deal
        elif (_TRANCHE_BEFORE.search(text, max(sentence.span.start, figure.start - 30), figure.start)
              or _FIRST_UNIT.match(text, figure.start) and _THE_BEFORE.search(text, max(sentence.span.start, figure.start - 5),
                                                                              figure.start)) \
                and self.last_deal is not None and all(
                    self.family(m.entity.id) & (self.family(self.last_deal.subject.id) | (
                        self.family(self.last_deal.object.id) if self.last_deal.object else frozenset()))
                    for m in sentence.mentions if m.is_org and (previous is None or clause.start < m.end and m.start < clause.end)):
            # "The first $10 billion will be invested when…", "…; the first 200 megawatts are due online in 2026": a tranche of
            # the deal just read (whoever else the sentence that read it names outside the tranche's clause)
            base = self.last_deal
            tranche = True
        else:
            return None
        if base is None or base.figure is None or base.figure.unit != figure.unit or not (tranche or any(
                self.family(m.entity.id) & self.family(base.subject.id) for m in sentence.mentions if m.is_org)):
            return None
        if base.relation == "builds_datacenter" and _SITES_IN_GENERAL.search(text, figure.end,
                                                                            sentence.clause_of(figure.start).end):
            return None  # "spent $11 billion on its Indiana campus, and … another $15 billion … for new data centers": new sites
        return self._span_found(sentence, base.relation, base.subject, base.object, figure,
                                date_near(text, sentence.span.start, sentence.span.end), None, sentence.span.start, figure.end)

    def _capacity_added(self, sentence: Sentence, figure: FigureMention, previous: Found | None) -> Found | None:
        """"… spend $15 billion on new campuses in Indiana, adding 2.4 gigawatts", "The project will add nearly
        1.3 gigawatts": the power a spending plan adds belongs to that plan."""
        if figure.unit != "W" or not _ADDS.search(sentence.text, max(sentence.span.start, figure.start - 40), figure.start):
            return None
        base = previous if previous is not None and previous.relation in _BUILDS else None
        if base is None and self.last_deal is not None and self.last_deal.relation in _BUILDS \
                and _THE_PLAN.match(sentence.text, sentence.span.start, sentence.span.end):
            base = self.last_deal
        if base is None:
            return None
        return self._span_found(sentence, base.relation, base.subject, base.object, figure,
                                date_near(sentence.text, sentence.span.start, sentence.span.end), base.duration,
                                sentence.span.start if base is not previous else base.start, figure.end)

    def _gapped(self, sentence: Sentence, figure: FigureMention, previous: Found | None) -> Found | None:
        """"A will invest $5 billion in C and B up to $10 billion": B does what A does, to the same party."""
        if previous is None or previous.figure is None or previous.object is None or previous.figure.unit != figure.unit:
            return None
        text = sentence.text
        for m in sentence.mentions:
            if m.is_org and previous.figure.end < m.start and m.end <= figure.start \
                    and _HEDGE_GAP.fullmatch(text, m.end, figure.start) \
                    and _GAP_JOIN.search(text, max(previous.figure.end, m.start - 60), m.start) \
                    and not self.family(m.entity.id) & self.family(previous.object.id):
                return self._span_found(sentence, previous.relation, m.entity, previous.object, figure, previous.date,
                                        previous.duration, m.start, figure.end)
        return None

    def _also_with(self, sentence: Sentence, found: list[Found]) -> Iterator[Found]:
        """"The largest deals are with Nebius, worth $19.4 billion, and with Nscale, which…": the second
        cloud has a deal with the same buyer, of a size the sentence does not give."""
        spends = [f for f in found if f.relation == "commits_spend" and f.object is not None]
        if not spends:
            return
        taken = {f.object.id for f in spends if f.object is not None}
        for m in sentence.mentions:
            if not m.is_org or m.start < spends[0].start or m.entity.id in taken or "CloudProvider" not in \
                    m.entity.types or {"AILab", "Investor"} & set(m.entity.types):
                continue
            joined = _AND_WITH.search(sentence.text, max(sentence.span.start, m.start - 20), m.start)
            if joined is not None:
                taken.add(m.entity.id)
                yield self._span_found(sentence, "commits_spend", spends[0].subject, m.entity, None, None, None,
                                       joined.start(), m.end)

    def _unsized_deals(self, sentence: Sentence) -> Iterator[Found]:
        """A compute deal whose size is not given ("a multibillion-dollar agreement with Microsoft to deploy
        AI infrastructure"): the same parties, no figure. Both must be named in the sentence."""
        for anchor in _UNSIZED_DEAL.finditer(sentence.text, sentence.span.start, sentence.span.end):
            if any(f.start < anchor.end() and anchor.start() < f.end for f in sentence.figures):
                continue  # "its $9 billion deal … was voted down": a figure judged no deal, not a deal without one
            clause = sentence.clause_of(anchor.start())
            if any(f.is_deal and clause.start <= f.start < clause.end and _distance((anchor.start(), anchor.end()), f) < 60
                   for f in sentence.figures):
                continue  # a figure close by in the clause gives the deal's size: read with it
            orgs = self._orgs(sentence)
            neocloud = any("CloudProvider" in m.entity.types and not {"Investor", "AILab"} & set(m.entity.types)
                           and anchor.end() <= m.start < anchor.end() + 40 for m in orgs)
            if not (neocloud or _COMPUTE_WORDS.search(sentence.text, clause.start, clause.end)):
                continue
            marker = FigureMention(anchor.start(), anchor.end(), 1.0, "USD", "exact")
            relation = self._deal_kind(sentence, orgs, clause, marker)
            if relation not in ("commits_spend", "supplies_chips"):
                continue
            for f in self._parties(sentence, marker, clause, relation, None, borrow=False):
                yield replace(f, figure=None, date=None, duration=None) if f.figure is marker else f
                if f.relation == "commits_spend" and f.object is not None and "CloudProvider" in f.object.types \
                        and _DEPLOYS_FOR.search(sentence.text, anchor.end(), clause.end):
                    # "a multibillion-dollar agreement to deploy tens of thousands of Nvidia GPUs for Microsoft": the cloud
                    # paid runs them for its customer
                    yield Found("provides_capacity", f.object, f.subject, f.start, f.end)
            return

    # -- parties -----------------------------------------------------------------------------
    def _orgs(self, sentence: Sentence) -> list[Mention]:
        """The organisations a sentence names as possible parties (not its news sources, nor places); read
        once per sentence, whatever the number of its figures."""
        if self._orgs_of is not None and self._orgs_of[0] is sentence:
            return self._orgs_of[1]
        orgs = self._party_mentions(sentence)
        self._orgs_of = (sentence, orgs)
        return orgs

    @staticmethod
    def _party_mentions(sentence: Sentence) -> list[Mention]:
        text, floor = sentence.text, sentence.span.start
        return [m for m in sentence.mentions if m.is_org
                and not (SOURCE_OF_NEWS.search(text[max(floor, m.start - 30):m.start])
                         # "Arm said SoftBank would buy…": a name that goes on to act is no source
                         and not _ACTS_NEXT.match(text, m.end))
                # "Sam Altman has said OpenAI has committed…": an unknown name that only speaks is a person
                and not (m.kind == "candidate" and _SPEAKS.match(text, m.end))
                # "an AI hub in Visakhapatnam": an unlisted name where a site stands is a place
                and not (m.kind == "candidate" and _SITE_IN.search(text, max(floor, m.start - 30), m.start))
                and not (text[max(floor, m.start - 2):m.start].startswith(",") and SOURCE_AFTER.match(text, m.end))
                # "a venture in Saudi Arabia", "In the UAE, Microsoft…": a country there is a place
                # (not "to the Japanese government": named as a government, it is one)
                and not ("Government" in m.entity.types and _IN_PLACE.search(text, max(floor, m.start - 12), m.start)
                         and "government" not in text[m.start:m.end].lower())
                # "10 gigawatts of OpenAI-designed accelerators": a name describing a product is no party
                and not (m.kind == "name" and ATTRIBUTE_AFTER.match(text, m.end))
                # "Luma AI raises $900 million led by Saudi Arabia's Humain": a country owning a party is no party
                and not ("Government" in m.entity.types and m.possessive and any(
                    n.start - m.end in (3, 4) and n.is_org and n.kind == "name" for n in sentence.mentions))
                # "Lambda raises $1.5 billion after Microsoft deal": a name for another deal is no party of this one
                and not (NAMES_A_DEAL.match(text, m.end) and _AFTER_BEFORE.search(text, max(floor, m.start - 16), m.start))
                # "the Meta deal is smaller than the $17.4 billion agreement it signed with Microsoft": a deal compared with
                # the one the figure measures
                and not _COMPARED_DEAL.match(text, m.end)
                # "Scaleway, the group's cloud arm, has ordered…": the group an apposition names only describes the party
                and not (m.kind == "reference" and m.possessive and text.endswith(", ", floor, m.start) and any(
                    o.is_org and o.end == m.start - 2 for o in sentence.mentions))
                # "Elon Musk's xAI": an unlisted name owning a listed one is a person or an owner, not the party
                and not (m.kind == "candidate" and m.possessive and any(
                    n.start - m.end in (3, 4) and n.is_org and n.kind == "name" for n in sentence.mentions))
                # "The Commerce Department has cleared Microsoft to ship … chips": a regulator that allows a deal is no party
                and not _ALLOWS.match(text, m.end)
                # "founded by former OpenAI researchers": a past employer is no party
                and not names_staff_employer(text, m, floor)]

    def _parties(self, sentence: Sentence, figure: FigureMention, clause: Span, relation: str,
                 previous: Found | None, borrow: bool = True) -> Iterator[Found]:
        orgs = self._orgs(sentence)
        if relation in ("provides_capacity", "builds_datacenter") and figure.unit == "W" \
                and _BUILD_BEFORE.search(sentence.text, max(clause.start, figure.start - 30), figure.start) \
                and _OWN_CAPACITY.match(sentence.text, figure.end, clause.end) \
                and not any(figure.end <= m.start < clause.end for m in orgs):
            # "invest about $6.5 billion to build 1 gigawatt of data-center capacity in India": capacity built for no
            # one named is the builder's capital spending
            relation = "invests_in_infrastructure"
        if relation == "provides_capacity" and figure.unit == "W" \
                and _VENTURE_TO_BUILD.search(sentence.text, max(clause.start, figure.start - 120), figure.start) \
                and not any(f.is_deal and f.unit == "W" and f.end <= figure.start for f in sentence.figures):
            # "have formed a $10 billion joint venture to build AI infrastructure, beginning with 1 gigawatt of capacity": what
            # the venture builds, for no one named
            relation = "invests_in_infrastructure"
        if relation in ("invests_in", "invests_in_infrastructure") and any(
                "DataCenter" in m.entity.types and figure.end < m.start < clause.end
                and _FOR_ITS_SITE.fullmatch(sentence.text, figure.end, m.start) for m in sentence.mentions):
            relation = "builds_datacenter"  # "$30 billion of financing for its Hyperion campus": what the site costs
        if relation == "invests_in" and _FOR_THE_PROJECT.match(sentence.text, figure.end, clause.end):
            # "which together arranged about $15 billion of debt and equity for the project": money for a build, not a stake
            relation = "invests_in_infrastructure"
        if relation in ("deal", "invests_in") and _INTO_A_VENTURE.match(sentence.text, figure.end, clause.end) \
                and _MONEY_TRIGGERS[0][1].search(sentence.text, figure.end, clause.end):
            # "committed $10 billion to a joint venture with Google Cloud to build an AI hub": money put into a
            # venture that builds is capital spending
            relation = "invests_in_infrastructure"
        if previous is not None and previous.relation == "provides_capacity" \
                and previous.object is not None and figure.unit == "USD" \
                and (relation == "deal" or relation == "commits_spend"
                     and _SIZE_OF_IT.search(sentence.text, max(previous.end, figure.start - 30), figure.start)) \
                and not any(previous.end <= m.start < max(clause.end, figure.end)
                            # (a party of that deal may come back: "… up to $1 billion if AMD takes its options")
                            and not (figure.end <= m.start and (m.kind == "pronoun" or m.entity.id in (
                                previous.subject.id, previous.object.id))) for m in orgs):
            # "buy 750 MW of capacity from Cerebras …, in a deal valued at $10 billion": the price of that
            # capacity, which its customer pays
            yield self._span_found(sentence, "commits_spend", previous.object, previous.subject, figure,
                                   date_near(sentence.text, sentence.span.start, sentence.span.end),
                                   previous.duration or duration_near(sentence.text, clause.start, clause.end),
                                   previous.start, figure.end)
            return
        if relation == "commits_spend" and figure.unit == "USD" and _MAKES_CHIPS.search(sentence.text, figure.end, sentence.span.end) \
                and any("ChipMaker" in m.entity.types and "CloudProvider" not in m.entity.types and figure.end < m.start <= figure.end + 40
                        and _PREPOSITION_BEFORE.search(sentence.text, max(figure.end, m.start - 12), m.start) for m in orgs):
            relation = "supplies_chips"  # "a $16.5 billion contract with Samsung under which Samsung will manufacture … chips"
        if relation == "deal":
            # "…expanding on the $8 billion it had already committed": the same kind as the figure before.
            # "This $100 billion commitment" repeats a figure already read: the same kind again.
            earlier = previous or self.seen.get((figure.amount, figure.unit))
            if (figure.amount, figure.unit) in self.seen and _THE_BEFORE.search(
                    sentence.text, max(sentence.span.start, figure.start - 5), figure.start):
                # "…, and the $250 billion commitment runs for years": the figure read before, not the one just before it
                earlier = self.seen[(figure.amount, figure.unit)]
            if previous is not None and earlier is previous and any(
                    m.start > figure.end and _DEAL_WITH.fullmatch(text_, figure.end, m.start) for m in orgs
                    if (text_ := sentence.text)):
                earlier = None  # "raised $1 billion in notes after signing a $3 billion agreement with Meta": a deal of its own
            if earlier is None and not orgs and self.last_deal is not None and self.last_deal.object is not None \
                    and _SIZE_OF_IT.search(sentence.text, max(sentence.span.start, figure.start - 40), figure.start) \
                    and points_back_at_deal(sentence.text, sentence.span.start, sentence.span.end):
                earlier = self.last_deal  # "The collaboration is valued at up to $10 billion": the deal just read
            relation = earlier.relation if earlier is not None else self._deal_kind(sentence, orgs, clause, figure)
            if relation == "invests_in" and earlier is None and any("DataCenter" in m.entity.types and m.kind == "name"
                                                                    and clause.start <= m.start < clause.end
                                                                    for m in sentence.mentions):
                relation = "builds_datacenter"  # "a venture to own Hyperion, …, in a deal valued at $27 billion"
        if relation in ("commits_spend", "supplies_chips", "deal") and figure.unit == "USD":
            supplier = self._known_supplier(sentence, clause, orgs)
            if supplier is not None:
                yield self._span_found(sentence, "supplies_chips", supplier.entity, self.supplied[supplier.entity.id],
                                       figure, date_near(sentence.text, clause.start, clause.end),
                                       duration_near(sentence.text, clause.start, clause.end), supplier.start, figure.end)
                return
        if relation == "invests_in" and _GENERIC_INVESTEES.match(sentence.text, figure.end):
            return  # "will invest $1 billion in AI startups, including a stake in Mistral": no one investee's figure
        if relation in ("invests_in", "invests_in_infrastructure") and any(
                "DataCenter" in m.entity.types and figure.end <= m.start < clause.end
                and _INTO_BEFORE.search(sentence.text, max(figure.end, m.start - 30), m.start)
                and "," not in sentence.text[figure.end:m.start] for m in sentence.mentions):
            # "to invest more than $25 billion in Frontier": money into a campus (not "raised $20 billion, …, to pay for the
            # GPUs in Colossus 2": what a round pays for)
            relation = "builds_datacenter"
        if relation != "supplies_chips":
            # "capacity for Nvidia GB300 chips": the maker's name only says what is being bought
            orgs = [m for m in orgs if not ("ChipMaker" in m.entity.types and _CHIP_WORDS.match(sentence.text, m.end))
                    and not any(c.start - m.end in (1, 2) and "Chip" in c.entity.types for c in sentence.mentions)]
        if relation == "supplies_chips" and figure.unit == "USD" and orgs \
                and not any("ChipMaker" in m.entity.types for m in orgs) \
                and not any(_VENDOR_BEFORE.search(sentence.text, max(0, m.start - 8), m.start) and not {"CloudProvider", "AILab"}
                            & set(m.entity.types) for m in orgs) \
                and not any(m.possessive and m.end <= figure.start + 80 and _HARDWARE_OF.match(sentence.text, m.end)
                            and not {"CloudProvider", "AILab"} & set(m.entity.types) for m in orgs) \
                and not _SELLS_HARDWARE.search(sentence.text, clause.start, clause.end) \
                and not any(WHICH_BEFORE.search(sentence.text, max(0, m.start - 7), m.start)
                            and _SUPPLIED_AFTER.match(sentence.text, m.end) for m in orgs):
            # GPUs bought for money from a cloud are rented capacity; "from Dell Technologies" is a chip sale
            relation = "commits_spend"
        if relation == "invests_in":
            held = self._shares_taken(sentence, figure, clause, orgs)
            if held is not None:
                yield held
                return
            bought = list(self._bonds_bought(sentence, figure, clause, orgs))
            if bought:
                yield from bought
                return
        if relation == "supplies_chips" and figure.unit == "chips":
            resold = self._resold(sentence, figure, clause, orgs)
            if resold is not None:
                yield resold
                yield from self._implied(sentence, "supplies_chips", resold.subject, resold.object, figure)  # type: ignore[arg-type]
                return
        if relation == "supplies_chips" and figure.unit == "chips" and self._hosted_by_site(sentence, figure, clause):
            return  # "The flagship site …, is being built by Crusoe and will host 450,000 GPUs": whose chips, it does not say
        same = self._same_deal_after_which(sentence, figure, relation, previous)
        if same is not None:
            yield same
            return
        subject_role, object_role = ROLES[relation]
        text = sentence.text
        scored: list[tuple[Mention, float, float, bool]] = []
        subject_mention = _sentence_subject(sentence, orgs, clause)
        # "the cluster AWS built, runs on 500,000 Trainium2 chips": the maker of a chip named sells it, whatever its type
        makers = {maker.id for c in sentence.mentions if "Chip" in c.entity.types and clause.start <= c.start < clause.end
                  and (maker := self.chip_maker(c.entity)) is not None} if relation == "supplies_chips" else set()
        named_in_clause = {(m.entity.id, sentence.clause_of(m.start)) for m in orgs if m.kind == "name"}
        respective = self._respective(sentence, figure, orgs)
        # the start of the figure before, when a subordinate clause with its own subject stands between the two
        figures_before = [f for f in sentence.figures if f.is_deal and f.end <= figure.start]
        opener = next((m for m in orgs if figures_before and figures_before[-1].end < m.start < figure.start
                       and _SUBORDINATE_BEFORE.search(text, max(figures_before[-1].end, m.start - 14), m.start)), None)
        subordinate = None if opener is None else figures_before[-1].start if opener.kind != "pronoun" else \
            text.rfind(" ", 0, text.rfind(" ", 0, opener.start))  # ("…led by Morgan Stanley, weeks after it raised $500 million":
        # the pronoun's antecedent stands anywhere, every other party before "after" is the earlier deal's)
        # "Nebius has agreed to provide Meta with $3 billion …, weeks after announcing a $17.4 billion contract with
        # Microsoft": the clause shares the sentence's subject, but not the other party of the deal before
        shared_subject = None
        marker = _SUBORDINATE_DEAL.search(text, figures_before[-1].end, figure.start) if subordinate is None and figures_before \
            else None
        if marker is not None:
            # (up to "after": "…has signed a … agreement … to supply Meta …, two months after a $17.4 billion deal with
            # Microsoft" leaves Meta out of the later deal too)
            subordinate = marker.start()
            shared_subject = subject_mention or next((m for m in orgs if m.end <= figures_before[-1].start), None)
        deployer = subject_mention if subject_mention is not None and subject_mention.start < figure.start else next(
            (x for x in orgs if x.end < figure.start <= x.end + 80 and RELATIVE_AFTER.match(text, x.end)), None)  # "Nscale, which will…"
        # ("Nscale, the British neocloud, is to supply roughly 200,000 Nvidia GPUs to Microsoft": past its apposition)
        reseller = relation == "supplies_chips" and any(
            "ChipMaker" not in m.entity.types and m.end <= figure.start and _SELLS.match(
                text, (aside.end() if (aside := _APPOSITION_ASIDE.match(text, m.end, figure.start)) else m.end), figure.start)
            for m in orgs)
        # whether a party is followed by a verb of its own (asked of each party for each other: read once), and the parties
        # that only describe another ("Humain, the Saudi AI company backed by the Public Investment Fund")
        verbs: dict[int, bool] = {}

        def acts(x: Mention) -> bool:
            if x.end not in verbs:
                verbs[x.end] = bool(_OWN_VERB.match(text, x.end))
            return verbs[x.end]

        apposed: set[int] = set()
        for i, m in enumerate(orgs):
            if any(x.end < m.start and _APPOSED_TO.fullmatch(text, x.end, m.start) for x in orgs) or (
                    i and id(orgs[i - 1]) in apposed and _LIST_GAP.fullmatch(text, orgs[i - 1].end, m.start)):
                apposed.add(id(m))  # (and the rest of its list: "owned by Davidson Kempner and Pioneer Point Partners")
        owners = {id(m) for m in orgs if m.possessive and any(
            x.is_org and x.kind != "pronoun" and (_OWNER_BEFORE.fullmatch(text, m.end, x.start) or m.kind == "pronoun"
                                                  and _ITS_PARTNER.fullmatch(text, m.end, x.start)) for x in orgs)}
        bond_sale = bool(_OF_BONDS.match(text, figure.end, clause.end))
        site_relative = self._site_relative(sentence, figure) if relation == "supplies_chips" else None
        # "a $38 billion loan package to fund two data center campuses that Vantage Data Centers is developing for Oracle":
        # the money goes to the builder, not to its tenant
        funded = _TO_FUND_WHAT.match(text, figure.end) if relation == "invests_in" else None
        builder = next((m for m in orgs if funded is not None and m.start == funded.end()
                        and _IS_BUILDING.match(text, m.end)), None)
        # "a ten-year colocation agreement with Voltage Park for 40 megawatts at its NC-1 campus": whose site it is lets it
        at_site = _AT_OWNED_SITE.match(text, figure.end, clause.end) if relation == "provides_capacity" else None
        landlord = next((m.entity.id for m in sentence.mentions if at_site is not None and m.start == at_site.end()
                         and m.possessive and m.is_org), None)
        for m in orgs:
            s_score, s_cue = sentence.score(subject_role, m)
            o_score, o_cue = sentence.score(object_role, m)
            if m.entity.id == landlord:
                s_score, o_score = s_score + 3.0, o_score - 3.0
            if relation == "invests_in" and m.end < figure.start and _INVESTED_WHICH.match(text, m.end, figure.start) \
                    and not any(m.end < x.start < figure.start for x in orgs):
                # "For SK Telecom, which has also taken a stake of roughly $10 million in …, the Ulsan deal is…": the
                # relative clause holding the figure is its own, whatever the sentence around it says
                s_score, s_cue = max(s_score, subject_role.fit(m.entity.types) + 2.5), True
            if relation == "supplies_chips" and "ChipMaker" not in m.entity.types and figure.end <= m.start \
                    and FROM_BEFORE.search(text, max(figure.end, m.start - 8), m.start) \
                    and _BUYS_BEFORE.search(text, clause.start, figure.start):
                s_score += 3.5  # "has agreed to buy 4,000 Nvidia GPUs worth about $300 million from Supermicro": the seller
            if relation == "builds_datacenter" and m.end <= figure.start and _TENANT_OF_BEFORE.search(text, m.end, figure.start):
                s_score -= 3.0  # "Microsoft has signed on as the anchor tenant of the first new campus, a 240-megawatt site": no builder
            if relation == "supplies_chips" and _BUILT_BY_BEFORE.search(text, max(sentence.span.start, m.start - 30), m.start):
                s_score -= 3.0  # "will buy 10,000 GPUs for a national AI computing centre to be built by Samsung SDS": its builder
            if m.kind == "pronoun" and not m.possessive and not (s_cue or o_cue) \
                    and (m.entity.id, sentence.clause_of(m.start)) in named_in_clause:
                continue  # "Samsung and SK will each take 50,000 chips to build what they call…": the name plays the part
            if makers and "ChipMaker" not in m.entity.types and any(self.family(m.entity.id) & self.family(x) for x in makers):
                s_score += ROLES["supplies_chips"][0].types["ChipMaker"] - subject_role.fit(m.entity.types)
            if m is subject_mention and m.start < figure.start and not s_cue and not o_cue:
                # The sentence's subject is the agent of its verb even when an apposition or a list
                # stands between them ("The Stargate venture, formed by A and B, plans to invest…");
                # which role it plays, its type and the other party decide. A cue for one role
                # ("Lumora closes a round": the investee) rules out the other.
                s_score, o_score, s_cue, o_cue = s_score + 1.0, o_score + 1.0, True, True
            if relation == "supplies_chips" and figure.start <= m.start < figure.end and "ChipMaker" in m.entity.types:
                # "buy 50,000 AMD MI450 processors": the maker named in the count sells them, unless another
                # party does ("Nscale will supply Microsoft with 200,000 Nvidia GPUs")
                s_score += -1.0 if reseller else 2.0
            if o_cue and not s_cue and relation == "supplies_chips" and "ChipMaker" in m.entity.types \
                    and not any(self.family(m.entity.id) & self.family(x) for x in makers):
                s_score -= 2.5  # "Samsung … will each take 50,000 chips": a chip maker that buys is the buyer here
            if relation == "supplies_chips" and figure.end < m.start and _FOR_BEFORE.search(text, max(figure.end, m.start - 40),
                                                                                        m.start) \
                    and deployer is not None and deployer.start < figure.start \
                    and "CloudProvider" in deployer.entity.types and "ChipMaker" not in deployer.entity.types:
                o_score -= 2.0  # "Nscale … agreeing to deploy 200,000 Nvidia GPUs for Microsoft": Nscale buys them
            if relation == "acquired" and m.end < figure.start and _BOUGHT_WHICH.match(text, m.end, figure.start):
                o_score, o_cue = o_score + 3.0, True  # "AirTrunk, which Blackstone bought for about $16 billion": what was bought
            if relation == "acquired" and _ITS_ASSETS.match(text, m.end):
                o_score -= 5.0  # "agreed to buy Calpine's gas plants in Pennsylvania for $2.3 billion": its plants, not the company
            if relation == "acquired" and _SELLS.match(text, m.end):
                o_score -= 3.0  # "AMD has agreed to sell the arm of ZT Systems to Sanmina": the seller is not what is sold
            if respective is not None and m.end <= figure.start:
                if m is respective:  # the verb the list shares is its own ("A and B said they would invest…")
                    s_score, s_cue = max(s_score, subject_role.fit(m.entity.types) + 2.5), True
                else:
                    s_score -= 5.0  # another figure of the list is this party's
            elif respective is not None and figure.end < m.start and "respectively" in text[figure.end:m.start] \
                    and _PREPOSITION_BEFORE.search(text, max(figure.end, m.start - 12), m.start):
                # "… committed $1 billion and $800 million, respectively, to Digital Edge": every amount's other party
                o_score, o_cue = max(o_score + 3.0, object_role.fit(m.entity.types) + 2.5), True
            if site_relative is not None and m.end <= site_relative:
                o_score -= 2.0  # "X relies on Gefion, …, which is operated by Y and runs on 1,528 GPUs": the site's, not X's
            elif site_relative is not None and _RUN_BY.search(text, max(site_relative, m.start - 20), m.start):
                o_score, o_cue = o_score + 2.0, True  # … and so its operator's
            if id(m) in owners:
                s_score, o_score = s_score - 3.0, o_score - 3.0  # "SoftBank's Vision Fund 2": the fund named acts, not its owner
            if figure.end < m.start and _NEW_VERB_PHRASE.search(text, figure.end, m.start):
                # "signed a cloud deal with Google worth more than $10 billion …, and agreed to pay CoreWeave up to $14.2
                # billion": a party of the next verb's deal
                s_score, o_score = s_score - 3.0, o_score - 3.0
            if builder is not None:
                if m is builder:
                    o_score, o_cue = o_score + 3.0, True
                elif m.start > builder.end:
                    o_score -= 3.0
            if id(m) in apposed:
                s_score -= 2.0  # "led by Humain, the Saudi AI company backed by the Public Investment Fund": who describes a party
            if relation == "invests_in" and s_cue and m.end < figure.start and RELATIVE_AFTER.match(text, m.end) and not any(
                    m.end < x.start < figure.start for x in orgs):
                s_score += 1.0  # "lenders such as Macquarie, which extended a $750 million credit facility": its own verb
            if m.end < figure.start and any(
                    f.is_deal and f.unit == figure.unit and m.end < f.start and f.end <= figure.start for f in sentence.figures) \
                    and acts(m) and any(m.end < x.start and x.end <= figure.start and acts(x) for x in orgs):
                # "Nvidia agreed to invest $5 billion in Intel …, and the US government converted $8.9 billion of grants":
                # who had a figure of its own, with another party named since, does not act in this one
                s_score -= 1.5
            if self._party_of_earlier_sum(sentence, m, figure, orgs):
                o_score -= 3.0
            if self._named_since_earlier_sum(sentence, m, figure, orgs):
                s_score, o_score = s_score - 3.0, o_score - 3.0
            if m.end <= figure.start and _PLUS_BEFORE.search(text, max(sentence.span.start, figure.start - 12), figure.start) \
                    and any(f.is_deal and f.unit == figure.unit and f.end <= m.start for f in sentence.figures):
                # "raised $12.5 billion of debt from Apollo and Valor, plus $7.5 billion of equity": the lenders of the first
                # sum are not the backers of the one added
                s_score, o_score = s_score - 5.0, o_score - 5.0
            if relation == "supplies_chips" and m.end < figure.start and any(
                    x.is_org and x.entity.id != m.entity.id and m.end < x.start < figure.start
                                            and AND_BEFORE.search(text, max(m.end, x.start - 8), x.start) for x in orgs) \
                    and any(f.is_deal and m.end < f.start and f.end <= figure.start for f in sentence.figures):
                # "Google has committed £5 billion, and Nvidia says it will deploy up to 120,000 GPUs": who had a deal of its
                # own before another subject's ", and" is no party of the later one
                s_score, o_score = s_score - 3.0, o_score - 3.0
            if m.end <= clause.start and _CONTRAST_BEFORE.search(text, max(sentence.span.start, clause.start - 12), clause.start) \
                    and any(f.is_deal and f.unit == figure.unit and m.end < f.start and f.end <= clause.start for f in sentence.figures):
                # "A, B and C will each deploy up to 50,000 GPUs, while Naver Cloud plans to add 60,000": the contrasted
                # clause's deal is its own subject's, not the parties of the deal before it
                s_score, o_score = s_score - 3.0, o_score - 3.0
            if subordinate is not None and m.end <= subordinate and not (
                    shared_subject is not None and m.entity.id == shared_subject.entity.id) and not (
                    opener is not None and opener.kind == "pronoun" and m.entity.id == opener.entity.id):
                # "banks led by JPMorgan … are arranging a $38 billion package …, weeks after Oracle itself sold $18 billion
                # of bonds": who acts before the earlier figure acts in that deal, not in the subordinate clause's (and
                # surely so before "after it raised": the clause's own subject is the pronoun)
                penalty_before = 6.0 if opener is not None and opener.kind == "pronoun" else 3.0
                s_score, o_score = s_score - penalty_before, o_score - penalty_before
            if figure.end < m.start and AND_BEFORE.search(text, max(figure.end, m.start - 8), m.start) and acts(m):
                # "IREN signed a $9.7 billion contract to host GB300 systems, and Lambda struck a … agreement": the
                # subject of the next clause has a deal of its own
                s_score, o_score = s_score - 3.0, o_score - 3.0
            inside = clause.start <= m.start < clause.end
            if m.start >= clause.end and _AND_NEXT.match(text, clause.end, m.start):
                # "… $5 billion to Intel, and it has joined funding rounds for Poolside": a party of the next clause's own verb
                o_score -= 2.0
            if inside and relation == "invests_in" and _RAISES_AFTER.match(text, m.end, figure.start):
                o_score += 1.0  # "…, and Reka, which is building a video model, raised $60 million": the raise of its own clause
            if relation == "invests_in" and bond_sale and (not inside or m.end <= figure.start and _AND_SOLD.search(
                    text, m.end, figure.start)):
                # "…led by Morgan Stanley, and it has since sold $2 billion of notes": the buyers, unnamed here, are no one
                # the clauses before name (nor "a facility from Macquarie …, and raised $2.35 billion in senior secured notes")
                s_score, o_score = s_score - 5.0, o_score - 5.0
            penalty = abs((m.start + m.end) / 2 - (figure.start + figure.end) / 2) / 250
            if self._belongs_elsewhere(sentence, m, figure):
                # "raised more than $25 billion …, including a $7.5 billion facility led by Blackstone": who acts
                # after a later figure acts in that one's deal; a party after both may still receive both
                penalty += 3.0
                s_score -= 1.5
            if m.kind == "candidate":
                s_score = s_score if s_cue else -9
                o_score = o_score if o_cue else -9
            if m.kind == "pronoun" and m.possessive and not (s_cue or o_cue):
                penalty += 0.3
            # Who acts is almost always named in the figure's own clause; the other party may be further.
            scored.append((m, s_score - penalty - (0 if inside else 2.0), o_score - penalty - (0 if inside else 0.6),
                           s_cue))
        has_object = relation not in ("invests_in_infrastructure", "builds_datacenter")
        date = date_near(text, clause.start, clause.end)
        duration = "per year" if figure.per_year else duration_near(text, clause.start, clause.end)

        if not has_object:
            # Any company fits "who spends"; only a cue (its verb, a possessive, being the sentence's
            # subject) says which one does.
            cued = [x for x in scored if x[1] >= 1.0 and x[3]]
            if relation == "builds_datacenter" and figure.unit == "USD":
                # "Schwarz Group will invest $12.7 billion in a data centre …, which its cloud unit STACKIT will operate": the
                # one who pays, named before the money, not the operator after it
                cued = [x for x in cued if x[0].end <= figure.start] or cued
            subject = max(cued, key=lambda x: x[1], default=None)
            if subject is None and relation == "builds_datacenter":
                # "Ascenty, the operator …, signed Microsoft as the anchor tenant of a 120-megawatt campus": the landlord
                subject = next((x for x in scored if x[0].end <= figure.start and _SIGNS_TENANT.match(text, x[0].end)), None)
            if subject is not None and subject[0].kind == "pronoun":
                # "Google followed with a $2 billion commitment that includes its first data center": the name the
                # pronoun stands for, when it is cued too, is the better quote
                subject = next((x for x in cued if x[0].kind == "name" and x[0].entity.id == subject[0].entity.id
                                and x[0].end <= subject[0].start), subject)
            relative = _RELATIVE_BEFORE.search(text, max(clause.start, figure.start - 90), figure.start)
            antecedent = next((x for x in scored if relative is not None and x[0].end == relative.start()), None)
            if antecedent is not None and (relation == "invests_in_infrastructure" or antecedent[0].is_org and _WHICH_BUILDS.match(
                    text, antecedent[0].end)):
                # "… in the AI Infrastructure Partnership, which aims to mobilize up to $100 billion", "Sesterce is small
                # next to Fluidstack, which is building a 1 GW supercomputer" (not "FIN04 near Kouvola, which is designed
                # for 200 MW": the site's own size)
                subject = antecedent
            venture = next((x for x in scored if x[0].end < figure.start and _VENTURE_APPOSED.fullmatch(
                text, x[0].end, figure.start)), None)
            if venture is not None:
                subject = venture  # "Stargate, the joint venture with OpenAI and Oracle that plans to invest up to $500 billion"
            if relation == "invests_in_infrastructure" and subject is not None and set(subject[0].entity.types) <= {"Government"} \
                    and _IN_ANOTHER_COUNTRY.match(text, figure.end):
                return  # "after the UAE committed to invest $1.4 trillion in the United States": a country's pledge, no build
            target = self._datacenter(sentence, clause, figure) if relation == "builds_datacenter" else None
            if relation == "builds_datacenter" and target is None and figure.unit == "W" and _SITES_IN_GENERAL.search(
                    text, max(clause.start, figure.start - 50), min(clause.end, figure.end + 50)):
                # "The venture will develop campuses with more than 1.5 gigawatts": power built over sites it does not
                # name is the builder's capital spending
                relation = "invests_in_infrastructure"
            if relation == "builds_datacenter":
                if target is None:
                    return  # a data centre with neither a name nor a place is no entity to link to
                # "…, and a single campus such as Meta's Hyperion will draw as much as 5 gigawatts": the site's owner, named
                # with it, builds it (not the subject of the clause before)
                sites = [m.start for m in sentence.mentions if m.entity.id == target.id and clause.start <= m.start < figure.start]
                # ("Nebius has expanded its Mäntsälä data centre in Finland to 75 megawatts, and Nscale and Aker are building …":
                # the owner named by its pronoun)
                subject = next((x for x in scored if x[0].kind == "name" and any(_OWNER_BEFORE.fullmatch(text, x[0].end, at) for at in sites)
                                or x[0].kind == "pronoun" and text[x[0].start:x[0].end].lower() == "its"
                                and any(_ITS_BEFORE.fullmatch(text, x[0].end, at) for at in sites)), subject)
                customer = _customer(previous)
                if customer is not None and _FOR_A.search(text, max(clause.start, figure.start - 30), figure.start):
                    # "will supply 20,000 GB300 chips to Firmus for a 150-megawatt campus": the buyer's campus
                    yield self._span_found(sentence, relation, customer, target, figure, date, duration,
                                           min(previous.start, figure.start), figure.end)  # type: ignore[union-attr]
                    return
                owner = self.owners.get(target.id)
                if owner is None and self.last_deal is not None and self.last_deal.relation in _BUILDS \
                        and _PHASE_OPENS.match(text, sentence.span.start, figure.start):
                    owner = self.last_deal.subject  # "The first phase includes a 240-megawatt campus in Hampton": the plan's
                if subject is None and owner is not None:
                    # the quote runs from the site's name to the figure ("The Vineland site is designed for 300 MW")
                    named = [m.start for m in sentence.mentions if m.entity.id == target.id and m.start < figure.start
                             and clause.start <= m.start]
                    yield self._span_found(sentence, relation, owner, target, figure, date, duration,
                                           min([figure.start, *named]), figure.end)
                    return
            if subject is None:
                return
            members = self._coordinated(sentence, subject[0], [x[:3] for x in scored])
            if subject_mention is not None and subject_mention is not subject[0] and relation == "builds_datacenter" \
                    and _PARTNERING_WITH.search(text, max(clause.start, subject[0].start - 30), subject[0].start):
                members = [subject_mention, *members]  # "Crusoe is partnering with Tallgrass … to build an AI campus": both
            head = self._venture_of(sentence, members)
            for member in [head] if head is not None else members:
                yield self._found(sentence, relation, member, target, figure, date, duration)
            return

        ranked = [x[:3] for x in scored]
        best = None
        objects = [(o, o_score, self.family(o.entity.id)) for o, _, o_score in ranked if o_score >= 1.0]
        for s, s_score, _ in ranked:
            if s_score < 1.0 or not objects:
                continue
            together = {id(m) for m in self._coordinated(sentence, s, ranked)}
            family = self.family(s.entity.id)
            for o, o_score, o_family in objects:
                if family & o_family or id(o) in together and not (
                        # "Oracle and OpenAI had agreed to develop up to 4.5 gigawatts of capacity": a cloud and a lab
                        # named together are still its two sides (not so co-investors: "SoftBank and OpenAI each…")
                        relation in ("provides_capacity", "commits_spend", "supplies_chips")
                        and subject_role.fit(s.entity.types) >= 2.0 and object_role.fit(o.entity.types) >= 1.5
                        and object_role.fit(o.entity.types) - object_role.fit(s.entity.types) >= 0.5
                        and subject_role.fit(s.entity.types) - subject_role.fit(o.entity.types) >= 1.5
                        # "Telenor and Nvidia are building the hub with 5,000 Blackwell GPUs": the chips' maker sells them
                        or relation == "supplies_chips" and "ChipMaker" not in o.entity.types
                        and any(family & self.family(x) for x in makers)):
                    continue  # "SoftBank and OpenAI each committed…": a co-subject is not the object
                total = s_score + o_score
                if best is None or total > best[0]:
                    best = (total, s, o)
        object_elsewhere = best is None or not (clause.start <= best[2].start < clause.end)
        if object_elsewhere and previous is not None and previous.relation == relation and previous.object is not None:
            # Ellipsis: "A committed $19 billion to the venture, while B committed $7 billion each".
            leader = max(ranked, key=lambda x: x[1], default=None)
            receiver = max(ranked, key=lambda x: x[2], default=None)
            if relation in ("supplies_chips", "provides_capacity") and receiver is not None and receiver[2] >= 1.0 \
                    and receiver[2] > receiver[1] and clause.start <= receiver[0].start < clause.end \
                    and not self.family(receiver[0].entity.id) & self.family(previous.subject.id):
                # "A will each deploy up to 50,000 GPUs, while Naver Cloud plans to add 60,000": another buyer from the
                # same seller
                receiving = next((x for x in ranked if x[0].kind == "name" and x[0].entity.id == receiver[0].entity.id
                                  and clause.start <= x[0].start < clause.end), receiver)  # (its name quotes it better)
                for member in self._coordinated(sentence, receiving[0], ranked, True):
                    yield self._span_found(sentence, relation, previous.subject, member.entity, figure, date, duration,
                                           min(member.start, figure.start), max(member.end, figure.end))
                return
            if leader is not None and leader[1] >= 1.0 and not (
                    self.family(leader[0].entity.id) & self.family(previous.object.id)):
                for member in self._coordinated(sentence, leader[0], ranked):
                    yield self._found(sentence, relation, member, previous.object, figure, date, duration)
                return
        if best is None and relation == "supplies_chips" and any(
                "DataCenter" in m.entity.types and m.end <= figure.start and _SITE_WHICH_USES.fullmatch(text, m.end, figure.start)
                for m in sentence.mentions):
            return  # "… including Solstice, which will use 100,000 Nvidia GPUs": a site's buyer is its builder, not borrowed
        if best is not None and "DataCenter" in best[2].entity.types and relation == "supplies_chips":
            # "… including Solstice, which will use 100,000 Nvidia Blackwell GPUs": a site's chips are its builder's
            owner = self.owners.get(best[2].entity.id)
            if owner is None:
                return
            yield self._found(sentence, relation, best[1], owner, figure, date, duration)
            return
        if best is not None:
            _, s, o = best
            if relation == "commits_spend" and not _SELLS_COMPUTE.intersection(o.entity.types) and not _COMPUTE_WORDS.search(
                    text, max(clause.start, figure.start - 80), min(clause.end, figure.end + 60)):
                return  # "agreed to pay Snap $400 million in cash and stock … to make its answer engine available": no compute
            if relation in ("commits_spend", "provides_capacity") and len(orgs) >= 3 \
                    and max(self._list_size(sentence, orgs, o), self._list_size(sentence, orgs, s)) >= 3:
                return  # "cloud contracts at Oracle, Microsoft, CoreWeave and Amazon … exceed $1 trillion": a sum of several
            if relation == "commits_spend" and s is subject_mention and s.end <= figure.start \
                    and _TO_SUPPLY.match(text, figure.end, clause.end):
                # "Lambda signed a contract with AWS worth $1.5 billion to supply GPU capacity": the subject
                # of a purpose clause is the sentence's, so the subject is the one paid
                s, o = o, s
            # "Nscale and Microsoft plan … with 23,040 Nvidia GPUs": each listed customer receives them
            sellers = self._coordinated(sentence, s, ranked)
            if any(member is o for member in sellers):
                sellers, buyers = [s], [o]  # a cloud and a lab named together: just the two of them
            else:
                buyers = self._coordinated(sentence, o, ranked, True) if relation in ("supplies_chips", "provides_capacity") else [o]
            for member in sellers:
                for buyer in buyers:
                    if member.entity.id != buyer.entity.id:
                        yield self._found(sentence, relation, member, buyer, figure, date, duration)
            yield from self._implied(sentence, relation, s.entity, o.entity, figure)
            return
        if borrow:
            yield from self._with_context(sentence, relation, ranked, figure, date, duration, bond_sale)

    def _bonds_bought(self, sentence: Sentence, figure: FigureMention, clause: Span, orgs: list[Mention]) -> Iterator[Found]:
        """"PIMCO and BlackRock bought most of the $27.3 billion of bonds the venture, Beignet Investor LLC, sold": the
        buyers of a company's bonds invest in it."""
        text = sentence.text
        issuer = next((m for m in orgs if figure.end < m.start <= figure.end + 40 and _BONDS_OF.fullmatch(text, figure.end, m.start)
                       and _ISSUED_AFTER.match(text, m.end)), None)
        if issuer is None:
            return
        bought = _BOUGHT_BONDS.search(text, clause.start, figure.start)
        buyers = [m for m in orgs if bought is not None and clause.start <= m.start and m.end <= bought.start()
                  and not self.family(m.entity.id) & self.family(issuer.entity.id)]
        date = date_near(text, clause.start, clause.end)
        for buyer in buyers:
            yield self._span_found(sentence, "invests_in", buyer.entity, issuer.entity, figure, date, None, buyer.start, issuer.end)

    def _shares_taken(self, sentence: Sentence, figure: FigureMention, clause: Span, orgs: list[Mention]) -> Found | None:
        """"OpenAI received $350 million of CoreWeave stock": the one who takes a company's shares invests in it."""
        text = sentence.text
        issuer = next((m for m in orgs if figure.end < m.start <= figure.end + 14
                       and _OF_BEFORE.fullmatch(text, figure.end, m.start) and _SHARES_AFTER.match(text, m.end)), None)
        if issuer is None:
            return None
        holders = [m for m in orgs if clause.start <= m.start and m.end <= figure.start
                   and not self.family(m.entity.id) & self.family(issuer.entity.id)]
        if not holders:
            return None
        return self._found(sentence, "invests_in", holders[-1], issuer, figure,
                           date_near(text, clause.start, clause.end), None)

    def _participants_after(self, sentence: Sentence, found: list[Found]) -> Iterator[Found]:
        """"…will invest $22.5 billion in OpenAI's latest round; Thrive Capital and Dragoneer also took part.":
        those named before "took part" in a later clause invested too."""
        rounds = [f for f in found if f.relation == "invests_in" and f.object is not None and f.figure is not None]
        if not rounds:
            return
        investee = rounds[0].object
        for clause in sentence.clauses:
            joined = _PARTICIPATED.search(sentence.text, clause.start, clause.end)
            if joined is None or clause.start <= rounds[0].start:
                continue
            for m in sentence.mentions:
                if m.is_org and clause.start <= m.start < joined.start() and m.entity.id != investee.id:  # type: ignore[union-attr]
                    yield self._span_found(sentence, "invests_in", m.entity, investee, None, None, None,  # type: ignore[arg-type]
                                           m.start, joined.end())

    def _participants_next(self, sentence: Sentence) -> Iterator[Found]:
        """"… closed a $1.38 billion round led by A. B and C also participated.": B and C invested too."""
        investee = self.round_investee
        if investee is None and self.document_round is None:
            return
        lowered = sentence.lowered
        if not any(w in lowered for w in ("particip", "investors", "backers", "took part", "join", "invest", "as did", "lenders",
                                          "creditors")):
            return  # nothing in the sentence says its names took part
        if investee is None and _THE_ROUND.search(sentence.string):
            investee = self.document_round  # "US Innovative Technology Fund also participated in the round", paragraphs on
        if investee is None:
            return
        included = _INCLUDED.search(sentence.text, sentence.span.start, sentence.span.end)
        if included is not None:
            # "Other participants included Altimeter, Baillie Gifford, BlackRock…"
            self.last_round = (investee, sentence)
            for m in sentence.mentions:
                if m.is_org and m.start >= included.end() and m.entity.id != investee.id:
                    yield self._span_found(sentence, "invests_in", m.entity, investee, None, None, None,
                                           included.start(), m.end)
            return
        joined = _PARTICIPATED.search(sentence.text, sentence.span.start, sentence.span.end)
        if joined is None:
            return
        self.last_round = (investee, sentence)
        for m in sentence.mentions:
            if not m.is_org or m.entity.id == investee.id or m.start < sentence.span.start:
                continue
            if m.start < joined.start():
                yield self._span_found(sentence, "invests_in", m.entity, investee, None, None, None,
                                       m.start, joined.end())
            elif _AS_DID.search(sentence.text, joined.end(), m.start):
                # "B and C joined, as did D"
                yield self._span_found(sentence, "invests_in", m.entity, investee, None, None, None, m.start, m.end)

    def _round_led_next(self, sentence: Sentence) -> Iterator[Found]:
        """"X raised $1.1 billion in a round… The round was led by A and B.": the leads invested the figure."""
        pending, self.pending_round = self.pending_round, []
        if not pending or pending[-1][2] is not sentence.previous:
            return
        led = _ROUND_LED.match(sentence.text, sentence.span.start, sentence.span.end)
        # "… comprising a $400 million Series C and a $500 million loan. The Series C was led by A": the figure
        # the lead sentence names; else the first (a total before its parts)
        if led is not None:
            orgs = [m for m in sentence.mentions if m.is_org and m.start >= led.end()]
            if not orgs or orgs[0].start - led.end() > 12:
                return
            leads, end, what = self._listed(sentence, orgs), None, sentence.text[sentence.span.start:led.end()]
        else:
            # "Lightspeed, Index Ventures and Evantic co-led the financing.", "Valor Capital is leading the equity"
            orgs = [m for m in sentence.mentions if m.is_org]
            if not orgs or orgs[0].start - sentence.span.start > 4:
                return
            leads = self._listed(sentence, orgs)
            active = _LED_THE_ROUND.match(sentence.text, leads[-1].end, sentence.span.end)
            if active is None:
                return
            end, what = active.end(), active.group()
        named = re.search(r"[Ss]eries\s+[A-H]\b|\bseed\b|\bloan\b|\bequity\b|\bdebt\b", what)
        investee, figure, _ = next((p for p in pending if named and re.match(
            r"\s+(?:[\w\-]+\s+){0,2}?" + re.escape(named.group()), p[2].text[p[1].end:p[1].end + 40], re.I)), pending[0])
        self.last_round = (investee, sentence)
        for lead in leads:
            if lead.entity.id != investee.id:
                yield self._span_found(sentence, "invests_in", lead.entity, investee, figure, None, None,
                                       figure.start, end or lead.end)
        # "…, with Tiger Global and Valor Equity Partners also investing": the others in the round
        rest = [m for m in sentence.mentions if m.is_org and m.start >= (end or leads[-1].end)
                and m.entity.id != investee.id]
        if rest:
            joined = self._listed(sentence, rest)
            after = _JOINING_AFTER.match(sentence.text, joined[-1].end, sentence.span.end)
            before = _JOINING_BEFORE.search(sentence.text, max(sentence.span.start, joined[0].start - 40), joined[0].start)
            co_led = _CO_LED.match(sentence.text, joined[-1].end, sentence.span.end) \
                or _CO_LED_BY.search(sentence.text, max(sentence.span.start, joined[0].start - 25), joined[0].start)
            tail = after or co_led
            if tail is None and before is None:
                return
            for member in joined:
                if co_led is not None:  # "…; B and C co-led.", "… and co-led by B and C": the round's figure with the lead
                    yield self._span_found(sentence, "invests_in", member.entity, investee, figure, None, None,
                                           figure.start, max(co_led.end(), member.end))
                else:
                    yield self._span_found(sentence, "invests_in", member.entity, investee, None, None, None,
                                           before.start() if before else member.start,
                                           tail.end() if tail else member.end)

    def _known_supplier(self, sentence: Sentence, clause: Span, orgs: list[Mention]) -> Mention | None:
        """"Dell and Supermicro assemble the servers for Colossus. Dell is supplying most of the racks under a contract
        … of more than $5 billion": the one party of a supply clause, already read as some buyer's supplier."""
        named = [m for m in orgs if clause.start <= m.start < clause.end]
        if len(named) != 1 or named[0].entity.id not in self.supplied \
                or not _SUPPLYING.search(sentence.text, named[0].end, clause.end):
            return None
        return named[0]

    @staticmethod
    def _venture_of(sentence: Sentence, members: list[Mention]) -> Mention | None:
        """"the Stargate joint venture with OpenAI, Oracle and MGX, which plans to invest $500 billion": the relative
        clause after a venture's partners is the venture's."""
        first = min(members, key=lambda m: m.start)
        if not _WITH_BEFORE.search(sentence.text, max(sentence.span.start, first.start - 30), first.start):
            return None
        return next((m for m in sentence.mentions if m.is_org and m.end <= first.start
                     and _VENTURE_WITH.fullmatch(sentence.text, m.end, first.start)), None)

    def _resold(self, sentence: Sentence, figure: FigureMention, clause: Span, orgs: list[Mention]) -> Found | None:
        """"CoreWeave will take the first 250 megawatts and supply Poolside with more than 40,000 Nvidia GB300 GPUs": the
        clause's subject sells the chips to the one it supplies with them, whoever makes them."""
        text = sentence.text
        customer = next((m for m in orgs if m.end <= figure.start and _WITH_COUNT.fullmatch(text, m.end, figure.start)
                         and _SUPPLY_VERB.search(text, max(clause.start, m.start - 12), m.start)), None)
        seller = _sentence_subject(sentence, orgs, clause) if customer is not None else None
        if customer is None or seller is None or seller is customer or "ChipMaker" in seller.entity.types \
                or self.family(seller.entity.id) & self.family(customer.entity.id):
            return None
        return self._span_found(sentence, "supplies_chips", seller.entity, customer.entity, figure,
                                date_near(text, clause.start, clause.end), duration_near(text, clause.start, clause.end),
                                seller.start, figure.end)

    @staticmethod
    def _site_relative(sentence: Sentence, figure: FigureMention) -> int | None:
        """Where a relative clause about a site opens when a chip count stands in it ("Gefion, …, which is operated by
        the Danish Centre for AI Innovation and runs on 1,528 Nvidia H100 GPUs"): the chips are the site's."""
        relative = _RELATIVE_BEFORE.search(sentence.text, max(sentence.span.start, figure.start - 150), figure.start)
        if relative is None or not any("DataCenter" in m.entity.types and m.end <= relative.start()
                                       and _APPOSITION_GAP.fullmatch(sentence.text, m.end, relative.start())
                                       for m in sentence.mentions):
            return None
        return relative.start()

    def _hosted_by_site(self, sentence: Sentence, figure: FigureMention, clause: Span) -> bool:
        """Whether a chip count is what a site will hold, the site being the clause's subject and no owner named
        or known ("The flagship site in Abilene … will host more than 450,000 GPUs"; not "xAI's Colossus 2 will house…")."""
        text = sentence.text
        sized = next((m for m in sentence.mentions if "DataCenter" in m.entity.types and m.end <= figure.start
                      and _SITE_OF_CHIPS.fullmatch(text, m.end, figure.start)), None)
        if sized is not None and not _BUILT_BEFORE.search(text, max(sentence.span.start, sized.start - 30), sized.start):
            # "… through Project Rainier, a cluster of nearly 500,000 Trainium2 chips": the site's size, no sale (but
            # "for which it built Project Rainier, a cluster of …": chips its builder supplies)
            return True
        if not _HOLDS.search(text, max(clause.start, figure.start - 40), figure.start):
            return False
        first = next((m for m in sentence.mentions if clause.start <= m.start < figure.start), None)
        return first is not None and "DataCenter" in first.entity.types and first.entity.id not in self.owners and not any(
            m.is_org and m.possessive and clause.start <= m.start < figure.start for m in sentence.mentions)

    @staticmethod
    def _list_size(sentence: Sentence, orgs: list[Mention], member: Mention) -> int:
        """How many organisations the longest list naming ``member``'s entity holds ("A, B, C and D": 4; alone: 1)."""
        # (a pronoun's antecedent is named elsewhere in the sentence)
        return max((len(sentence.list_around(orgs, index)) for index, m in enumerate(orgs)
                    if m.entity.id == member.entity.id and m.kind != "pronoun"), default=1)

    @staticmethod
    def _listed(sentence: Sentence, orgs: list[Mention]) -> list[Mention]:
        """The first organisation and those listed with it ("A, B and C")."""
        return sentence.list_around(orgs, 0)

    @staticmethod
    def _respective(sentence: Sentence, figure: FigureMention, orgs: list[Mention]) -> Mention | None:
        """"… courted by Microsoft and Nvidia, which agreed to invest up to $5 billion and up to $10 billion in the
        company respectively": the n-th figure's party is the n-th of the list named last before the figures."""
        text = sentence.text
        if "respectively" not in sentence.lowered or "respectively" not in text[figure.end:sentence.span.end].lower():
            return None
        before = [m for m in orgs if m.end <= figure.start and m.kind != "pronoun"]  # ("A and B said they would…")
        listed = sentence.list_around(before, len(before) - 1) if before else []
        ends = text.lower().find("respectively", figure.end, sentence.span.end)
        figures = [f for f in sentence.figures if f.is_deal and f.unit == figure.unit and listed
                   and listed[-1].end <= f.start and f.end <= ends]
        if len(listed) < 2 or len(listed) != len(figures):
            return None
        return listed[figures.index(figure)]

    @staticmethod
    def _party_of_earlier_sum(sentence: Sentence, m: Mention, figure: FigureMention, orgs: list[Mention]) -> bool:
        """Whether a party named before this figure is the party of an earlier sum in the same unit: named right after
        it ("committed $1 billion to Nokia, $2 billion to Synopsys"), or before it after a preposition when this figure
        names its own party after it ("an agreement with Google worth $10 billion, and a $14.2 billion contract with
        CoreWeave")."""
        if m.end > figure.start:
            return False
        text = sentence.text
        earlier = [f for f in sentence.figures if f.is_deal and f.unit == figure.unit and f.end <= figure.start and f is not figure]
        if any(f.end <= m.start and _TO_ITS_PARTY.fullmatch(text, f.end, m.start) for f in earlier):
            return True
        return bool(_PREPOSITION_BEFORE.search(text, max(sentence.span.start, m.start - 12), m.start)) \
            and any(m.end <= f.start for f in earlier) and any(
                x.is_org and figure.end < x.start <= figure.end + 40
                and _PREPOSITION_BEFORE.search(text, max(figure.end, x.start - 12), x.start) for x in orgs)

    @staticmethod
    def _named_since_earlier_sum(sentence: Sentence, m: Mention, figure: FigureMention, orgs: list[Mention]) -> bool:
        """Whether a party named after an earlier sum belongs to it, a new verb following it for this figure, whose own
        party is named after it ("raised $1.1 billion in a round led by Aker and has since added $433 million … from
        Nvidia, Nokia and Blue Owl")."""
        text = sentence.text
        return m.end <= figure.start and any(
            f.is_deal and f.unit == figure.unit and f.end <= m.start for f in sentence.figures) \
            and bool(_AND_SINCE.search(text, m.end, figure.start)) and any(
                x.is_org and figure.end < x.start <= figure.end + 60 and FROM_BEFORE.search(text, max(figure.end, x.start - 8), x.start)
                for x in orgs)

    @staticmethod
    def _belongs_elsewhere(sentence: Sentence, m: Mention, figure: FigureMention) -> bool:
        """Whether a party named after this figure belongs to a later one: another figure stands between
        them, or in the party's own phrase ("… for $8.9 billion and SoftBank's $2 billion investment")."""
        if m.start < figure.end:
            return False  # a subject named before several figures is the subject of each
        # "Beyond Anthropic, which is expected to bring well over a gigawatt online, Meta is in discussions…": a figure
        # in a relative clause is its antecedent's; what follows the clause belongs to the main one
        relative = _RELATIVE_BEFORE.search(sentence.text, max(sentence.span.start, figure.start - 90), figure.start)
        if relative is not None:
            closes = sentence.text.find(",", figure.end, sentence.span.end)
            if 0 <= closes < m.start and any(o.is_org and o.end == relative.start() for o in sentence.mentions):
                return True
        deals = [other for other in sentence.figures if other.is_deal]
        home = sentence.clause_of(m.start) if len(deals) > 1 else None
        if home is not None and home != sentence.clause_of(figure.start) and any(
                other.is_deal and other is not figure and home.start <= other.start < home.end for other in sentence.figures):
            return True  # "Lambda closed a $1.5 billion round…, and Poolside raised $1 billion": Poolside's is its own
        for other in sentence.figures:
            if other is figure or not other.is_deal:
                continue
            if figure.end <= other.start and other.end <= m.start:
                return True
            if m.possessive and 0 <= other.start - m.end <= 4:
                return True
            # "raising $2 billion…, with Nvidia expected to invest up to $1 billion": Nvidia's is the later one
            if 0 <= other.start - m.end <= 60 and _OWN_FIGURE.match(sentence.text, m.end, other.start):
                return True
            # "…for about $700 million, and earlier bought Mellanox for $6.9 billion": Mellanox has its own price
            if other.unit == "USD" and 0 <= other.start - m.end <= 25 \
                    and _FOR_PRICE.fullmatch(sentence.text, m.end, other.start):
                return True
        return False

    def _deal_kind(self, sentence: Sentence, orgs: list[Mention], clause: Span, figure: FigureMention) -> str:
        """What "a $X deal" or "commits $X to Y" is, from who Y is: a cloud (spend), a chip maker selling
        chips (supply), anyone else (investment)."""
        text = sentence.text
        if _BUYS_A_COMPANY.search(text, clause.start, clause.end):
            return "acquired"  # "is buying chip designer Ampere in an all-cash deal valued at $6.5 billion"
        # "Nscale inks $14 billion Microsoft deal": the party named before the deal noun; else the party the
        # money goes to, after a preposition: "commits $30 billion to Azure".
        # ("committed $1 billion and $800 million, respectively, to Digital Edge": the party after the list of amounts)
        reach = clause.end if "respectively" in text[figure.end:figure.end + 80] else min(clause.end, figure.end + 40)
        after = [m for m in orgs if figure.end < m.start <= figure.end + 3 and _DEAL_NOUN_NEXT.match(text, m.end)] or [
            m for m in orgs if figure.end <= m.start < reach
            and _PREPOSITION_BEFORE.search(text, max(figure.end, m.start - 12), m.start)]
        # "Our commitment to Anthropic is up to $5 billion": the party the commitment names before the figure
        after = after or [m for m in orgs if clause.start <= m.start < figure.start
                          and _COMMITMENT_TO.search(text, max(clause.start, m.start - 30), m.start)]
        if after:
            target = after[0].entity.types
            if "ChipMaker" in target and (_CHIP_WORDS.search(sentence.text, figure.end, clause.end)
                                          or "CloudProvider" not in target and _MAKES_CHIPS.search(text, figure.end, sentence.span.end)):
                return "supplies_chips"  # (… "under which Samsung will manufacture Tesla's AI6 chips")
            if "CloudProvider" in target and "AILab" not in target:
                return "commits_spend"
            if any("CloudProvider" in m.entity.types and not {"AILab", "Investor"} & set(m.entity.types)
                   for m in orgs if m is not after[0] and clause.start <= m.start < clause.end):
                return "commits_spend"  # "Nebius … signing a $3 billion agreement with Meta": a cloud selling
            if "AILab" in target and _AN_AGREEMENT_WITH.match(text, figure.end):
                return "commits_spend"  # "a similar $200 million agreement with Anthropic": a payment to a lab, no stake
            return "invests_in"
        if self.round_investee is not None and (_ROUND_WORDS.search(sentence.string) or orgs and all(
                m.kind == "pronoun" for m in orgs)) and not any(
                self.family(m.entity.id) & self.family(self.round_investee.id) for m in orgs):
            return "invests_in"  # "… an investor in Anthropic. It committed $2 billion in 2023, bringing its total investment…"
        start = figure.lead if figure.lead >= 0 else figure.start
        if _INCLUDING_A_SITE.match(text, figure.end, clause.end) or (
                _PLEDGED_BEFORE.search(text, max(clause.start, start - 25), start)
                and len({m.entity.id for m in orgs if clause.start <= m.start < start}) == 1
                and _PLEDGE_ENDS.match(text, figure.end)):
            return "invests_in_infrastructure"  # "has committed £5 billion ($6.8 billion) over two years, including a new data centre"
        # "the agreement includes $100 billion in commitments" names no party: the document's topic does.
        # (of the figure's own clause, when it names any: not "Google has committed £5 billion, and Nvidia says it will deploy
        # … GPUs")
        own = [m for m in orgs if clause.start <= m.start < clause.end]
        types = {t for m in (own or orgs) for t in m.entity.types} or {t for e in sentence.topic for t in e.types}
        if any("CloudProvider" in m.entity.types and not {"AILab", "ChipMaker"} & set(m.entity.types) for m in (own or orgs)):
            # "Lambda signed a … agreement to deploy Nvidia GPUs for Microsoft": a maker named only as the brand
            # of the chips a cloud deploys sells nothing here
            types = {t for m in (own or orgs) if not ("ChipMaker" in m.entity.types and _CHIP_WORDS.match(text, m.end))
                     for t in m.entity.types}
        if "ChipMaker" in types and (re.search(r"\b(?:chips|gpus|accelerators|tpus|processors)\b",
                                               sentence.text[clause.start:clause.end], re.I)
                                     # "a $10 billion order from a customer" (not "a $6.3 billion order" for capacity)
                                     or _AN_ORDER.match(text, figure.end) and not _CAPACITY_WORDS.search(
                                         text, clause.start, clause.end)):
            return "supplies_chips"
        if "CloudProvider" in types and types & {"AILab", "Company"}:
            return "commits_spend"
        return "invests_in"

    def _coordinated(self, sentence: Sentence, chosen: Mention, scored: list, as_object: bool = False) -> list[Mention]:
        """The chosen subject (or object) and those listed with it ("led by A, B and C") that fit the role too."""
        by_start = [m for m, _, _ in scored]  # mentions come in text order
        score = {id(x[0]): x[2 if as_object else 1] + 1.0 for x in scored}  # a list member shares the cue of the list
        chosen_score = score[id(chosen)]
        for m in by_start:
            if m.kind == "candidate":
                score[id(m)] = chosen_score  # "Crusoe and Tallgrass announced…": an unlisted name too
        linked = sentence.list_links(by_start)
        index = next(i for i, m in enumerate(by_start) if m is chosen)
        lo = hi = index
        while lo > 0 and linked[lo - 1] and score[id(by_start[lo - 1])] >= 1.0:
            lo -= 1
        while hi + 1 < len(by_start) and linked[hi] and score[id(by_start[hi + 1])] >= 1.0:
            hi += 1
        return by_start[lo:hi + 1]

    def _with_context(self, sentence: Sentence, relation: str, scored: list, figure: FigureMention,
                      date: str | None, duration: str | None, bond_sale: bool = False) -> Iterator[Found]:
        """A figure with one party (or none) in its sentence borrows the other from just before it, or
        from the document's main deal when the sentence points back at it ("the expanded agreement")."""
        subject_role, object_role = ROLES[relation]
        # A pronoun alone is too weak an anchor to borrow the other party for.
        present = [x for x in scored if max(x[1], x[2]) >= 1.0 and x[0].kind in ("name", "reference", "candidate")]
        if not present and relation == "invests_in" and self.round_investee is not None:
            # "Google has been an investor in Anthropic since 2023. It committed $2 billion in 2023…": the investor
            # the sentence before named, now a pronoun, put money into the same investee
            investor = next((x[0] for x in scored if x[0].kind == "pronoun" and not x[0].possessive
                             and x[0].start < figure.start and x[1] >= 1.0
                             and not self.family(x[0].entity.id) & self.family(self.round_investee.id)), None)
            if investor is not None:
                self.last_round = (self.round_investee, sentence)
                yield self._span_found(sentence, relation, investor.entity, self.round_investee, figure, date, duration,
                                       investor.start, figure.end)
                return
        if not present and relation in self.last_of and _TRANCHE_BEFORE.search(
                sentence.text, max(sentence.span.start, figure.start - 20), figure.start):
            # "The first $10 billion will be invested when …": a part of the deal of its kind just read
            last = self.last_of[relation]
            yield self._span_found(sentence, relation, last.subject, last.object, figure, date, duration,
                                   figure.start, figure.end)
            return
        clause = sentence.clause_of(figure.start)
        if _SEVERAL_PARTIES.search(sentence.text, clause.start, clause.end):
            return  # "$60 billion of contracts with so-called neoclouds": the other side is several, named by no name
        definite = any(w in sentence.lowered for w in _DEAL_NOUNS) and _DEFINITE_DEAL.search(sentence.string)
        if not present and (not definite or relation == "invests_in" and bond_sale):
            return  # (nor "it has since sold $2 billion of senior notes": who bought them is not said, nor to be borrowed)
        if _FROM_UNNAMED.match(sentence.text, figure.end, clause.end) and not any(
                figure.end < m.start < clause.end for m in sentence.mentions if m.is_org):
            return  # "keep leasing about 590 megawatts of capacity from the miner": the other side is named, not by name
        local = [m.entity for m in sentence.mentions if "Chip" in m.entity.types and self.chip_maker(m.entity)]
        pool: list[Entity] = [self.chip_maker(c) for c in local] if relation == "supplies_chips" else []  # type: ignore[misc]
        earlier = [m.entity for m in sentence.previous.mentions
                   if m.is_org and m.kind != "candidate"] if sentence.previous is not None else []
        # "The contract is worth $300 billion" points back at the deal just named, else at the document's
        # main deal; without such a pointer only the document's main parties are safe to assume.
        pool += (earlier + sentence.topic) if definite else sentence.topic

        def fit(entity: Entity, role_index: int) -> float:
            return ROLES[relation][role_index].fit(entity.types)

        earlier_figure = self.seen.get((figure.amount, figure.unit))
        if definite and earlier_figure is not None and earlier_figure.relation == relation:
            # "This $100 billion commitment" is the $100 billion commitment read earlier.
            subject, obj = earlier_figure.subject, earlier_figure.object
        elif definite and not present and relation in self.last_of and _DEFINITE_DEAL.search(
                sentence.text, clause.start, figure.start):
            # "the compute commitment alone would amount to about $6 billion a year": the commitment read last (named in
            # the figure's own clause, before it)
            subject, obj = self.last_of[relation].subject, self.last_of[relation].object
        elif present:
            anchor, s_score, o_score = max(present, key=lambda x: max(x[1], x[2]))
            if relation == "invests_in" and (o_score > s_score or not definite):
                if o_score > s_score:
                    self.pending_round.append((anchor.entity, figure, sentence))  # the next sentence may name them
                    self.last_round = (anchor.entity, sentence)
                elif self.round_investee is not None and s_score > o_score \
                        and _ROUND_WORDS.search(sentence.string) \
                        and not self.family(self.round_investee.id) & self.family(anchor.entity.id):
                    # "… raised $2 billion. Nvidia led the round, putting in $800 million.": that round's investee
                    self.last_round = (self.round_investee, sentence)
                    yield self._span_found(sentence, relation, anchor.entity, self.round_investee, figure, date,
                                           duration, min(anchor.start, figure.start), max(anchor.end, figure.end))
                elif s_score > o_score and _A_ROUND_OF.search(sentence.text, max(clause.start, figure.start - 40), figure.start) \
                        and (owner := next((m for m in sentence.mentions if m.is_org and m.possessive and m.kind == "name"
                                            and m.end < figure.start), None)) is not None \
                        and not self.family(owner.entity.id) & self.family(anchor.entity.id):
                    # "It follows Lambda's $1.5 billion leaseback with Nvidia, …, and a Series E round of more than $1.5 billion
                    # led by TWG Global": the round of the company whose deals the sentence lists
                    yield self._span_found(sentence, relation, anchor.entity, owner.entity, figure, date, duration,
                                           figure.start, max(anchor.end, figure.end))
                return  # "X raised $Y", "a financing led by HSBC": the other side is not named, so not guessed
            # The missing party is the one the text is about: a chip maker named by its chip, else the
            # document's main subject; which side each takes, their types say.
            if relation == "supplies_chips" and figure.unit == "chips" and o_score > s_score:
                # "Nvidia will supply 200,000 GPUs to Korean groups. Samsung will deploy up to 40,000": a buyer's seller is
                # the seller of the chips just sold, else the chip maker just named
                sold = self.last_of.get("supplies_chips")
                makers = [e for e in earlier if "ChipMaker" in e.types]
                if sold is None and not makers and not any("Chip" in m.entity.types for m in sentence.mentions):
                    return  # "South Korea's government will buy 10,000 GPUs for a … centre": no seller, no chip named
                pool = pool[:len(local)] + ([sold.subject] if sold is not None else makers) + pool[len(local):]
            if relation == "acquired" and not definite:
                return  # "agreed to buy Calpine's gas plants": what is bought, when no company, is not borrowed from elsewhere
            # (a seller's buyer: one the sentence itself names first, "… makes Anthropic a customer of all three hyperscalers:
            # …, and Google has agreed to supply up to one million TPUs")
            buyers_here = {m.entity.id for m in sentence.mentions if m.is_org and fit(m.entity, 1) >= 1.5} \
                if relation == "supplies_chips" and s_score > o_score else set()
            other = next((e for e in sorted(pool, key=lambda e: e.id not in buyers_here)
                          if not self.family(e.id) & self.family(anchor.entity.id)), None)
            if other is None:
                return
            as_subject = s_score + fit(other, 1)
            as_object = fit(other, 0) + o_score
            if max(as_subject, as_object) < 3.0:
                return
            subject, obj = (anchor.entity, other) if as_subject >= as_object else (other, anchor.entity)
            # "Samsung Electronics and SK Group will each take 50,000 chips": each listed party, in the anchor's role
            for member in self._coordinated(sentence, anchor, scored, subject is not anchor.entity):
                if member is not anchor and not self.family(member.entity.id) & self.family(other.id):
                    pair = (member.entity, other) if subject is anchor.entity else (other, member.entity)
                    yield self._span_found(sentence, relation, *pair, figure, date, duration,
                                           min(figure.start, member.start), max(figure.end, member.end))
        else:
            # "Lambda signed a contract with Microsoft. The contract is worth $2 billion": the parties just named
            # when the sentence points back at a deal, else the document's main ones.
            parties = list({e.id: e for e in ((earlier + sentence.topic) if definite else sentence.topic)}.values())
            by_id = {e.id: e for e in parties}
            served = [(by_id[c], by_id[p]) for p, c in self.served if p in by_id and c in by_id]
            just_named = {e.id for e in earlier}
            if definite and len(served) > 1:
                # ("Riot … signed a lease with AMD …. The contract is worth about $311 million": of several leases, the one
                # just named)
                served = [(c, p) for c, p in served if c.id in just_named and p.id in just_named] or served
            if relation == "commits_spend" and len(served) == 1:
                # "The contracts carry $3.7 billion": what the customer of the capacity read earlier pays its provider
                subject, obj = served[0]
                yield self._span_found(sentence, relation, subject, obj, figure, date, duration, figure.start, figure.end)
                return
            pairs = [(fit(a, 0) + fit(b, 1), a, b) for a in parties for b in parties
                     if not self.family(a.id) & self.family(b.id) and fit(a, 0) >= 1.0 and fit(b, 1) >= 1.0]
            if not pairs:
                return
            _, subject, obj = max(pairs, key=lambda x: x[0])
        start = min(figure.start, *(m.start for m, _, _ in present)) if present else figure.start
        end = max(figure.end, *(m.end for m, _, _ in present)) if present else figure.end
        yield self._span_found(sentence, relation, subject, obj, figure, date, duration, start, end)
        if obj is not None:
            yield from self._implied(sentence, relation, subject, obj, figure)

    def _implied(self, sentence: Sentence, relation: str, subject: Entity, obj: Entity,
                 figure: FigureMention) -> Iterator[Found]:
        """What a deal implies and the same sentence states: a customer uses the cloud it pays for."""
        if relation == "commits_spend" and "CloudProvider" in obj.types:
            yield self._span_found(sentence, "uses_cloud", subject, obj, None, None, None,
                                   sentence.span.start, sentence.span.end)
        if relation == "provides_capacity" and "CloudProvider" in subject.types:
            yield self._span_found(sentence, "uses_cloud", obj, subject, None, None, None,
                                   sentence.span.start, sentence.span.end)
        if relation == "supplies_chips":
            clause = sentence.clause_of(figure.start)
            if _OF_THEM.match(sentence.text, figure.end) and not any(
                    "Chip" in c.entity.types and clause.start <= c.start < clause.end for c in sentence.mentions):
                # "… Ironwood chip is now available, and Anthropic plans to use up to one million of them"
                named = [c for c in sentence.mentions if "Chip" in c.entity.types and c.end <= figure.start]
                if named:
                    yield self._span_found(sentence, "uses_chip", obj, named[-1].entity, None, None, None,
                                           named[-1].start, figure.end)
            for chip in sentence.mentions:
                # (not a chip of another clause joined by "and": "…co-designed Google's TPUs, and it disclosed a $10 billion
                # order from OpenAI")
                if "Chip" in chip.entity.types and clause.start <= chip.start < clause.end and not _CLAUSE_JOIN.search(
                        sentence.text, min(chip.end, figure.end), max(chip.start, figure.start)):
                    yield self._span_found(sentence, "uses_chip", obj, chip.entity, None, None, None,
                                           min(figure.start, chip.start), max(figure.end, chip.end))
                    maker = self.chip_maker(chip.entity)
                    if maker is None or maker.id in self.family(subject.id):
                        yield self._span_found(sentence, "makes_chip", subject, chip.entity, None, None, None,
                                               min(figure.start, chip.start), max(figure.end, chip.end))

    def _datacenter(self, sentence: Sentence, clause: Span, figure: FigureMention) -> Entity | None:
        """The site a figure sizes: the one named nearest to it in its clause ("Prometheus, a 1 GW cluster …,
        and Hyperion, which could scale to 5 GW"), the one after it on a tie ("its 1 GW Prometheus cluster"); of two
        sites overlapping ("The first site, in Mount Pleasant"), the one whose builder is known."""
        sites = [m for m in sentence.mentions if "DataCenter" in m.entity.types and clause.start <= m.start < clause.end] or [
            m for m in sentence.mentions if "DataCenter" in m.entity.types and m.end <= figure.start
            and _SITE_GROWS.fullmatch(sentence.text, m.end, figure.start)]  # (the site before "…: it could reach 10 GW")
        if not sites and sentence.mentions and "DataCenter" in sentence.mentions[0].entity.types \
                and _SITE_DRAWS.search(sentence.text, max(sentence.span.start, figure.start - 30), figure.start):
            sites = sentence.mentions[:1]  # "The Atlanta Fairwater site, which …, packs … and draws about 300 megawatts"
        sized = [m for m in sites if m.end <= figure.start and _SITE_SIZED.fullmatch(sentence.text, m.end, figure.start)]
        if sized:
            return sized[-1].entity  # "Prometheus, in New Albany, Ohio, will come online … with about 1 gigawatt, and Hyperion …"
        nearest = min(sites, key=lambda m: (_distance((m.start, m.end), figure), m.start < figure.start), default=None)
        if nearest is not None and nearest.entity.id not in self.owners:
            known = [m for m in sites if m.entity.id in self.owners and m.start < nearest.end and nearest.start < m.end]
            nearest = known[0] if known else nearest
        return nearest.entity if nearest is not None else None

    def _found(self, sentence: Sentence, relation: str, subject: Mention, obj: Mention | Entity | None,
               figure: FigureMention, date: str | None, duration: str | None) -> Found:
        spans = [(subject.start, subject.end), (figure.start, figure.end)]
        if isinstance(obj, Mention):
            spans.append((obj.start, obj.end))
            obj_entity: Entity | None = obj.entity
        else:
            obj_entity = obj
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        return self._span_found(sentence, relation, subject.entity, obj_entity, figure, date, duration, start, end)

    def _span_found(self, sentence: Sentence, relation: str, subject: Entity, obj: Entity | None,
                    figure: FigureMention | None, date: str | None, duration: str | None,
                    start: int, end: int) -> Found:
        start, end = _widen(sentence, start, end, figure)
        return Found(relation, subject, obj, start, end, figure, date, duration)


def _customer(found: Found | None) -> Entity | None:
    """Who receives what a deal provides: the object of a supply, the subject of a spend."""
    if found is None:
        return None
    if found.relation in ("supplies_chips", "provides_capacity"):
        return found.object
    return found.subject if found.relation == "commits_spend" else None


_HEDGE_BEFORE = re.compile(r"(?:(?:up\s+to|more\s+than|at\s+least|as\s+much\s+as|about|around|roughly|nearly|over|"
                           r"approximately|some|almost)\s+(?:a\s+\w+\s+)?)$", re.I)
_WORDS_AFTER = re.compile(r"(?:\s+[\w\-’']+){1,3}")


def _widen(sentence: Sentence, start: int, end: int, figure: FigureMention | None) -> tuple[int, int]:
    """Grow an evidence span to whole words, taking in the hedge before a figure and the noun after it."""
    text = sentence.text
    lo, hi = sentence.span.start, sentence.span.end
    if figure is not None:
        hedge = _HEDGE_BEFORE.search(text, max(lo, figure.start - 30), figure.start)
        if hedge and figure.start - len(hedge.group()) < start:
            start = figure.start - len(hedge.group())
        if end == figure.end:
            tail = _WORDS_AFTER.match(text, end, hi)
            if tail:
                end += len(tail.group())
    while start > lo and (text[start - 1].isalnum() or text[start - 1] in "$-"):
        start -= 1
    while end < hi and (text[end].isalnum() or text[end] in ",." and end + 1 < hi and text[end + 1].isdigit()
                        and text[end - 1].isdigit()):
        end += 1  # (a number is whole: "10,000", not "10")
    return start, end
