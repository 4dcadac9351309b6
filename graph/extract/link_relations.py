"""Relations without a figure, read from the shape of a sentence: who develops which model, who makes
and who uses which chip, which cloud an organisation runs on, partnerships, backers, parents and
acquisitions. Patterns run over the sentence with each mention masked as ⟦i⟧."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from graph.extract.context import FROM_BEFORE, Found, Sentence
from graph.extract.mentions import MAIN_VERB_AFTER, Mention, is_brand
from graph.extract.reference import Reference, trie_regex
from graph.extract.roles import STAFF_AFTER
from graph.extract.scan import guarded
from graph.model import Entity

E = r"⟦(?P<{}>\d+)⟧"
POSS = r"(?:\s+(?:Inc\.?|Corp\.?|Co\.))?(?:['’]s?)?"  # "OpenAI's GPT-5", "its Aster models", "Nvidia B200"
ADJ = r"(?:[\w\-]+\s+){0,3}?"
# The words that may stand between an owner and its product: "Amazon's state-of-the-art Trainium".
PRODUCT_ADJ = (r"(?:(?:new|newest|latest|own|custom|custom-built|in-house|proprietary|flagship|next-generation|"
               r"next-gen|state-of-the-art|popular|powerful|advanced|upcoming|forthcoming|homegrown|home-grown|"
               r"[\w\-]+-(?:generation|designed|built|developed)|AI|frontier|large|language|open-source|open-weight|"
               r"reasoning|vaunted|famed|signature|cutting-edge|leading|current|previous|older|first|second|"
               r"third|fourth|fifth|sixth|seventh|top|best|high-end|(?:\w+\s+){0,2}?(?:chip|model|GPU|accelerator)s?,?)\s+){0,3}")
_CHIP_NOUNS = r"(?:chips?|gpus?|accelerators?|processors?|tpus?|superchips?|chiplets?|silicon|hardware|systems|architectures?)"

Check = Callable[[Mention, Mention], bool]


# What a holder holds: "a 9.9% stake", "warrants to acquire about 41 million shares", "shares"
# "a 51% stake in Intel's Altera unit": the unit, past its owner's possessive (not the owner)
# "… wafers had come off TSMC's Arizona line": what a foundry's line produced
_OFF_THE_LINE = (r"(?:wafers|chips|gpus)\s+(?:had\s+|have\s+)?(?:come|came|rolled)\s+off\s+⟦a⟧['’]s\s+(?:[\w\-]+\s+){0,2}?"
                 r"(?:line|lines|fab|fabs|factory|plant)\b")
# "an MoU", "a non-binding letter of intent", "a framework agreement": an agreement to agree
_MOU = (r"(?:an?\s+)?(?:non-binding\s+|preliminary\s+)?(?:memorandum\s+of\s+understanding|mou|letter\s+of\s+intent|loi|"
        r"framework\s+agreement)")
# "… will rent 18,000 GPUs from …", "… agreed to rent back 18,000 of its own GPUs from …": the renter before, the cloud after
_RENTS_COMPUTE_FROM = (r"\s+(?:[a-z]+\s+){0,3}?(?:rent|rents|renting|rented|lease|leases|leasing|leased)\s+(?:back\s+)?"
                       r"(?:[^⟦;.]|⟦\d+⟧|\.(?=\d)){0,60}?\b(?:gpus|chips|accelerators|tpus|servers|capacity|compute|computing\s+power)\s+"
                       r"from\s+")
_BUILDING_WITH = (r"⟦a⟧\s+(?:is|are|will\s+be|has\s+been)\s+(?:building|developing|constructing)\s+(?:(?:in|near)\s+[A-Z][\w\-]*"
                  r"(?:,?\s+[A-Z][\w\-]*)?\s+)?with\s+⟦b⟧")
_AS_WILL_BEFORE = re.compile(r",\s+as\s+(?:will|does|do|did)\s+$")
_TAKES_THE_CAPACITY = re.compile(r"\s+is\s+(?:the\s+|its\s+)?(?:first\s+|main\s+|largest\s+)?anchor\s+(?:customer|tenant)\b(?!\s+(?:of|at|for)\b)|"
                                 # "Cohere and OpenText are among its first customers"
                                 r"(?:\s+and\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?\s+(?:is|are)\s+among\s+its\s+(?:first\s+|earliest\s+|"
                                 r"largest\s+)?(?:customers|tenants|users)\b|"
                                 r"\s+will\s+be\s+(?:a|an|the|its)\s+(?:first\s+|main\s+|anchor\s+|major\s+)?(?:customer|tenant|user)\b"
                                 r"(?!\s+(?:of|at|for)\b)|"
                                 r"(?:,[^,;]{1,80},)?\s+will\s+(?:rent|lease|use|take)\s+(?:part|some|most|all|a\s+share)\s+of\s+the\s+"
                                 r"(?:capacity|site|cluster|campus)\b")
_APPOSITION_HEADED = frozenset({"uses_cloud", "primary_cloud", "uses_chip", "commits_spend", "develops_model"})
_CLOSES_APPOSITION = re.compile(r",\s+(?:will|would|has|have|had|is|are|was|were|plans|also|now|already|said|runs|trains|uses)\b")
_OPENS_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[^,;]{0,80}?\b(?:owned|backed|controlled|led|funded|founded|run)\s+by\s+(?:the\s+)?")
_STAKE_IN = r"(?:of|in)\s+(?:the\s+)?(?:⟦\d+⟧['’]s\s+(?:[\w\-]+\s+)?)?⟦b⟧(?!['’]s\s+(?:[\w\-]+\s+)?⟦)"
_STAKE = (r"(?:warrants?\s+(?:for|to\s+(?:buy|acquire|purchase))\s+)?(?:roughly\s+|about\s+|nearly\s+|around\s+|up\s+to\s+)?"
          r"(?:stakes?\s+of\s+(?:about\s+|roughly\s+|nearly\s+|around\s+)?[\d.]+\s?%(?:\s+and\s+[\d.]+\s?%)?|"
          r"[\d.]+\s?%(?:\s+(?:[\w\-]+\s+)?stake)?|(?:[\d.,]+\s+(?:million\s+|billion\s+)?)?(?:[\w\-]+\s+)?shares|[\w\-]+\s+stakes?|stakes?)\s+")


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.replace("⟦a⟧", E.format("a")).replace("⟦b⟧", E.format("b"))
                      .replace("⟦c⟧", r"⟦\d+⟧"), re.I)


# "Condor Galaxy 4, a supercomputer that G42 owns and Cerebras operates": a site, then who owns or runs it
_SITE_THAT = r"⟦b⟧,\s+(?:a|an|the)\s+(?:[^⟦;,]|\.(?=\d)){0,60}?\s+(?:that|which)\s+"
_RUNS_SITE = r"(?:owns|operates|runs|built|developed|designed)\b"
_RUNS_SITE_WORDS = ('owns', 'operates', 'runs', 'built', 'developed', 'designed')
# "Microsoft Foundry customers will now be able to use …": what a service's customers may use, it offers
_CUSTOMERS_USE = (r"⟦a⟧\s+(?:customers|users|clients|developers)\s+(?:can|will|could)\s+(?:now\s+|also\s+)*(?:be\s+able\s+to\s+)?"
                  r"(?:use|access|tap|choose|build\s+with)\s+")
_CUSTOMER_WORDS = ('customers', 'users', 'clients', 'developers')

# (relation, pattern, subject group, object group, words one of which any match contains)
# "… with Naver Cloud and KT as partners": the first of the list named, or its last
_FIRST_AS_PARTNERS = r"⟦b⟧(?:,\s+⟦c⟧)*(?:,?\s+and\s+⟦c⟧)?\s+as\s+(?:its\s+|their\s+)?(?:local\s+|main\s+)?partners?\b"
_SUBJECT_WITH = r"^\W*(?:[\w\-]+,?\s+){0,3}?⟦a⟧(?:(?!led\s+by\s+⟦)(?:[^⟦;]|⟦c⟧)){0,160}?\bwith\s+"
_LAST_AS_PARTNERS = r"⟦c⟧(?:,\s+⟦c⟧)*,?\s+and\s+⟦b⟧\s+as\s+(?:its\s+|their\s+)?(?:local\s+|main\s+)?partners\b"
# "… has signed LG AI Research as the …": the sentence's subject signing a customer
_SIGNED_AS = (r"^\W*(?:[\w\-]+,?\s+){0,3}?⟦a⟧(?:[^⟦;.]|\.(?=\d)|⟦c⟧){0,120}?\b(?:signed|signs|won|landed|named)\s+(?:up\s+)?⟦b⟧\s+as\s+"
              r"(?:the|its|a|an|their|⟦\d+⟧)\s+")
# "will supply its Rebel-Quad accelerators to KT's cloud": chips supplied to a customer, after the supplier
_SUPPLIES_CHIPS_TO = (r"(?:will\s+|would\s+|also\s+|has\s+agreed\s+to\s+|agreed\s+to\s+|plans\s+to\s+|is\s+to\s+|to\s+)*(?:supply|"
                      r"supplies|supplied|supplying|sell|sells|sold|ship|ships|shipped|deliver|delivers|delivered)\s+(?:its\s+|their\s+|"
                      r"⟦\d+⟧\s+)?(?:(?:[\w\-]+|⟦\d+⟧)\s+){0,3}?(?:chips|gpus|accelerators|processors|tpus|superchips|(?:ai\s+|gpu\s+)servers)"
                      r"\s+to\s+⟦b⟧")
_SUPPLY_WORDS = ('supply', 'supplies', 'supplied', 'supplying', 'sell', 'sells', 'sold', 'ship', 'ships', 'shipped', 'deliver',
                 'delivers', 'delivered')
_PATTERNS: list[tuple[str, re.Pattern[str], str, str, tuple[str, ...]]] = [
    ("develops_model", _p(rf"⟦a⟧{POSS}\s+{PRODUCT_ADJ}⟦b⟧"), "a", "b", ()),
    ("develops_model", _p(r"⟦b⟧,?\s+(?:which\s+was\s+|was\s+)?(?:developed|built|made|created|trained)\s+by\s+⟦a⟧"), "a", "b", ('by',)),
    ("develops_model", _p(r"⟦a⟧,?\s+(?:the\s+)?(?:\w+\s+){0,8}?(?:maker|developer|creator)\s+of\s+(?:the\s+|its\s+)?⟦b⟧"), "a", "b",
     ('maker', 'developer', 'creator')),
    ("develops_model", _p(r"⟦a⟧(?:[^⟦.;]{0,80}?)\b" + guarded(r"(?:known\s+for|behind|which\s+makes|that\s+makes|develops|"
                          r"released|launched|unveiled|trains)") + r"\s+(?:(?:its|the|their)\s+(?:(?:own|new|latest|first|flagship)\s+)*"
                          r"(?:[\w\-]+\s+)?(?:model|llm|chatbot|assistant),\s+|its\s+|the\s+)?⟦b⟧"), "a", "b", ('known', 'behind', 'makes', 'develops', 'released', 'launched', 'unveiled', 'trains')),
    ("makes_chip", _p(rf"⟦a⟧{POSS}\s+{PRODUCT_ADJ}⟦b⟧"), "a", "b", ()),
    # "Its next chip, Asimov, …"
    ("makes_chip", _p(rf"⟦a⟧{POSS}\s+(?:(?:own|next|new|latest|first|custom|flagship)\s+)*(?:[\w\-]+\s+)?(?:chip|processor|accelerator|gpu),\s+⟦b⟧"),
     "a", "b", ('chip,', 'processor,', 'accelerator,', 'gpu,')),
    ("makes_chip", _p(rf"⟦a⟧{POSS}\s+{PRODUCT_ADJ}⟦c⟧(?:,\s+⟦c⟧)*,?\s+(?:and|or)\s+⟦b⟧"), "a", "b", ()),
    ("develops_model", _p(rf"⟦a⟧{POSS}\s+{PRODUCT_ADJ}⟦c⟧(?:,\s+⟦c⟧)*,?\s+(?:and|or)\s+⟦b⟧"), "a", "b", ()),
    ("makes_chip", _p(rf"⟦a⟧{POSS}\s+{ADJ}{_CHIP_NOUNS},?\s+(?:like|such\s+as|including|called|named)\s+⟦b⟧"), "a", "b", ('like', 'such as', 'including', 'called', 'named')),
    # "Corsair, d-Matrix's inference accelerator": the chip named, then its maker's noun in apposition
    ("makes_chip", _p(rf"⟦b⟧,\s+⟦a⟧{POSS}\s+(?:(?:own|next|new|latest|first|custom|flagship)\s+)*(?:[\w\-]+\s+)?(?:chip|processor|accelerator|gpu)s?\b"),
     "a", "b", ()),
    ("makes_chip", _p(r"⟦b⟧(?:,?\s+(?:which\s+(?:is|are|was|were)\s+)?|(?:\s+(?:chips|cards|accelerators|processors|systems))?\s+(?:are|were|is|will\s+be)\s+)"
                      r"(?:designed|made|developed|built|manufactured|fabricated|produced)\s+by\s+⟦a⟧"), "a", "b", ('by',)),
    ("makes_chip", _p(r"⟦a⟧[\s-](?:designed|made|built)\s+⟦b⟧"), "a", "b", ('designed', 'made', 'built')),
    # "Etched, which is building a transformer-only chip called Sohu"
    ("makes_chip", _p(r"⟦a⟧,?\s+(?:which\s+|that\s+)?(?:is\s+|has\s+)?(?:building|designing|developing|designed|developed|built|makes|"
                      r"designs|builds|develops)\s+(?:an?\s+|its\s+)?(?:[\w\-]+\s+){0,3}?(?:chip|processor|accelerator|gpu)s?,?\s+"
                      r"(?:called|named|dubbed|known\s+as|code-?named|codenamed)\s+⟦b⟧"), "a", "b", ('called', 'named', 'dubbed', 'known as')),
    ("makes_chip", _p(r"⟦a⟧\s+(?:designs|makes|builds|develops|produces|unveiled|launched|introduced)\s+(?:its\s+|the\s+)?⟦b⟧"),
     "a", "b", ('designs', 'makes', 'builds', 'develops', 'produces', 'unveiled', 'launched', 'introduced')),
    # "Samsung will manufacture Tesla's next-generation AI6 chips": a foundry makes another's chip
    ("makes_chip", _p(r"⟦a⟧\s+(?:will\s+|would\s+|also\s+|is\s+to\s+)*(?:manufacture|manufactures|fabricate|fabricates|produce)\s+"
                      r"(?:⟦\d+⟧['’]s\s+)?(?:[\w\-]+\s+){0,2}?⟦b⟧"), "a", "b", ('manufacture', 'fabricate', 'produce')),
    # "The current AI5, which will go into Tesla's cars, is being made by both TSMC and Samsung"
    ("makes_chip", _p(r"⟦b⟧,\s+(?:which|that)\s+(?:[^⟦;,]|⟦\d+⟧){1,100},\s+(?:is|are|was|will\s+be)\s+(?:being\s+)?(?:designed|made|"
                      r"manufactured|fabricated|produced|built)\s+by\s+(?:both\s+)?⟦a⟧"), "a", "b", ('by',)),
    ("makes_chip", _p(r"⟦b⟧(?:,\s+(?:which|that)\s+(?:[^⟦;,]|⟦\d+⟧){1,100},)?\s+(?:is|are|was|will\s+be)\s+(?:being\s+)?(?:designed|made|"
                      r"manufactured|fabricated|produced|built)\s+by\s+(?:both\s+)?⟦\d+⟧\s+and\s+⟦a⟧"), "a", "b", ('by',)),
    ("primary_cloud", _p(r"⟦b⟧\s+(?:as\s+)?⟦a⟧['’]s\s+(?:\w+\s+)?(?:primary|preferred|main|principal|exclusive|default|lead)\s+"
                         r"(?:cloud|compute|training|infrastructure)"), "a", "b", ('primary', 'preferred', 'main', 'principal', 'exclusive', 'default', 'lead')),
    # (not "Oracle serves Google's Gemini 2.5 models": a model of the company's, served to others)
    ("uses_cloud", _p(r"⟦b⟧\s*(?:[—–-]\s*|,\s*)?(?:which|that)?\s*(?:hosts?|powers?|runs?|serves?)\s+⟦a⟧['’]s(?!\s+(?:[\w\-]+\s+)?⟦\d+⟧)"),
     "a", "b", ('host', 'power', 'run', 'serve')),
    ("uses_cloud", _p(r"⟦a⟧\s+(?:will\s+|would\s+|is\s+|has\s+|also\s+)*(?:become\s+|became\s+|be\s+|is\s+|remains\s+)?"
                      r"(?:a|an|the)\s+(?:\w+\s+){0,2}?⟦b⟧\s+customer"), "a", "b", ('customer',)),
    ("uses_cloud", _p(r"⟦a⟧[^⟦;]{0,60}?\b" + guarded(r"(?:run|runs|running|ran|host|hosts|hosted|hosting|train|trains|trained|training(?!\s+partner)|"
                      r"deploy|deploys|deployed|spend|spends|spending|migrat\w*|move[sd]?|moving|rel(?:y|ies|ied)\s+on|"
                      r"spread\w*|split\w*|lean\w*|depend\w*|rent\w*|expand\w*\s+(?:its\s+)?(?:capacity|compute|computing|usage|use))") + r"\b"
                      r"(?:[^⟦;]|⟦c⟧){0,40}?\b" + guarded(r"(?:on|through|to|via|with|onto|across|between|among)") + r"\s+(?:the\s+)?⟦b⟧"
                      # (not "it still depends on Microsoft for much of its revenue": a customer, not a cloud)
                      r"(?!\s+for\s+(?:[\w\-]+\s+){0,5}?(?:revenue|sales|business|income)\b)"), "a", "b", ('run', 'ran', 'host', 'train', 'deploy', 'spend', 'migrat', 'move', 'moving', 'rel', 'spread', 'split', 'lean', 'depend',
                                        'rent', 'expand')),
    ("uses_cloud", _p(r"⟦b⟧\s+customers?,?\s+(?:such\s+as|including|like)\s+⟦a⟧"), "a", "b", ('customer',)),
    # "OpenAI is Fairwater's largest user": the user of a site uses its owner's cloud (the site stands for its owner below)
    ("uses_cloud", _p(r"⟦a⟧,?\s+(?:which\s+|who\s+)?(?:is|remains|was|has\s+become|became)\s+(?:now\s+|still\s+|also\s+)*"
                      r"⟦b⟧['’]s\s+(?:[\w\-]+\s+){0,2}?(?:user|customer|tenant)\b"), "a", "b", ('user', 'customer', 'tenant')),
    # "Anthropic, which remains Amazon's largest AI customer"
    ("uses_cloud", _p(r"⟦a⟧,?\s+(?:which\s+|who\s+|that\s+)?(?:is|remains|was|has\s+become|became)\s+(?:now\s+|still\s+|also\s+)*"
                      r"⟦b⟧['’]s\s+(?:[\w\-]+\s+){0,3}?customer"), "a", "b", ('customer',)),
    # "as Google races to add capacity … for cloud customers such as Anthropic and OpenAI"
    ("uses_cloud", _p(r"⟦b⟧(?:[^⟦;.]|⟦\d+⟧){0,100}?\bcloud\s+customers?,?\s+(?:such\s+as|including|like)\s+(?:⟦c⟧(?:,\s+⟦c⟧)*,?\s+and\s+)?⟦a⟧"),
     "a", "b", ('customer',)),
    ("uses_cloud", _p(r"⟦b⟧(?:[^⟦;.]|⟦\d+⟧){0,100}?\bcloud\s+customers?,?\s+(?:such\s+as|including|like)\s+⟦a⟧"), "a", "b",
     ('customer',)),
    # "Amazon, a Celestial AI investor, will receive warrants": an apposition naming the role
    ("invests_in", _p(r"⟦a⟧,\s+(?:a|an|one|another|the)\s+(?:early\s+|existing\s+|major\s+|longtime\s+|big\s+|large\s+|key\s+|"
                      r"strategic\s+|lead\s+)*⟦b⟧\s+(?:investor|backer|shareholder)\b"), "a", "b", ('investor', 'backer', 'shareholder')),
    # "Lambda's round was led by TWG Global"
    ("invests_in", _p(r"⟦b⟧['’]s\s+(?:[\w\-$.]+\s+){0,3}?(?:round|raise|financing|funding)\s+(?:was|is|has\s+been)\s+(?:co-)?led\s+by\s+"
                      r"(?:⟦c⟧(?:,\s+⟦c⟧)*,?\s+and\s+)?⟦a⟧"), "a", "b", ('led by',)),
    ("invests_in", _p(r"⟦b⟧['’]s\s+(?:[\w\-$.]+\s+){0,3}?(?:round|raise|financing|funding)\s+(?:was|is|has\s+been)\s+(?:co-)?led\s+by\s+"
                      r"⟦a⟧(?:,\s+⟦c⟧)*,?\s+and\s+⟦c⟧"), "a", "b", ('led by',)),
    # "Nvidia, which has backed Starcloud through its NVentures arm"
    ("invests_in", _p(r"⟦a⟧,\s+(?:which|who|that)\s+(?:has\s+|had\s+|also\s+|already\s+)*(?:backed|backs|funded|funds)\s+⟦b⟧"), "a", "b",
     ('backed', 'backs', 'funded', 'funds')),
    # "Amazon and Google, Anthropic's largest strategic backers"
    ("invests_in", _p(r"⟦a⟧(?:(?:,|,?\s+and)\s+⟦c⟧)*,\s+⟦b⟧['’]s\s+(?:[\w\-]+\s+){0,3}?(?:backers|investors|shareholders|backer|investor|"
                      r"shareholder)\b"), "a", "b", ('backer', 'investor', 'shareholder')),
    ("invests_in", _p(r"⟦c⟧(?:,\s+⟦c⟧)*,?\s+and\s+⟦a⟧,\s+⟦b⟧['’]s\s+(?:[\w\-]+\s+){0,3}?(?:backers|investors|shareholders)\b"), "a", "b",
     ('backer', 'investor', 'shareholder')),
    # "it leases data center space from Aligned Data Centers in Dallas and from EdgeCore in Kansas City"
    ("provides_capacity", _p(r"⟦b⟧\s+(?:also\s+|already\s+|now\s+)?(?:leases|leased|rents|rented)\s+(?:[\w\-]+\s+){0,3}?(?:space|halls?|"
                             r"buildings?|power|facilities)\s+from\s+(?:the\s+)?⟦a⟧"), "a", "b", ('lease', 'rent')),
    ("provides_capacity", _p(r"⟦b⟧\s+(?:also\s+|already\s+|now\s+)?(?:leases|leased|rents|rented)\s+(?:[\w\-]+\s+){0,3}?(?:space|halls?|"
                             r"buildings?|power|facilities)\s+from\s+(?:the\s+)?⟦c⟧[^⟦;.]{0,40}?\s+and\s+(?:also\s+)?from\s+(?:the\s+)?⟦a⟧"),
     "a", "b", ('lease', 'rent')),
    # "Oracle will lease both campuses and use them to serve OpenAI", "Oracle will lease a … campus …, that Related Digital is
    # developing, to serve OpenAI"
    ("provides_capacity", _p(r"⟦a⟧[^⟦;.]{0,60}?\buse\s+(?:it|them|the\s+\w+)\s+to\s+serve\s+⟦b⟧"), "a", "b", ('serve',)),
    # "Its other tenant, Cerebras Systems, uses 5 MW at WhiteFiber's Montreal site to serve inference for Mistral AI"
    ("provides_capacity", _p(r"^\W*(?:[\w\-]+,?\s+){0,4}?⟦a⟧(?:[^⟦;]|⟦c⟧){0,120}?\b(?:to\s+serve|serves|serving)\s+(?:AI\s+)?(?:inference|training|"
                             r"models|workloads|requests)\s+for\s+⟦b⟧"), "a", "b", ('serve', 'serving')),
    # "where Anthropic has committed to pay Fluidstack for the capacity": a commitment without its sum
    ("commits_spend", _p(r"⟦a⟧\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:committed|agreed|pledged)\s+to\s+pay\s+⟦b⟧\s+for\s+(?:the\s+|its\s+)?"
                         r"(?:[\w\-]+\s+)?(?:capacity|compute|computing|cloud|servers|gpus|chips|clusters?)\b"), "a", "b", ('pay',)),
    # "the TPU clusters it is deploying for Anthropic", "the Abilene campus it is building for Oracle": built or run for a customer
    ("provides_capacity", _p(guarded(r"(?:clusters?|capacity|systems|servers|campus|data\s+cent(?:er|re)|site|⟦\d+⟧)")
                             + r"\s+(?:that\s+|which\s+)?⟦a⟧\s+"
                             r"(?:is\s+|are\s+|has\s+been\s+|will\s+be\s+|was\s+)?(?:deploying|building|running|operating|developing|"
                             r"deployed|built|developed)\s+for\s+⟦b⟧"), "a", "b", ('deploying', 'building', 'running', 'operating', 'developing',
                                                                                    'deployed', 'built', 'developed')),
    ("uses_chip", _p(r"⟦b⟧\s+(?:clusters?|systems|servers|racks|chips|gpus|accelerators)\s+(?:that\s+|which\s+)?⟦a⟧\s+"
                     r"(?:is\s+|are\s+|has\s+been\s+|will\s+be\s+)?(?:deploying|deployed|deploys|running|runs|operating|operates)\b"),
     "a", "b", ('deploying', 'deployed', 'deploys', 'running', 'runs', 'operating', 'operates')),
    # "to buy Nvidia GB200 chips that it will lease to xAI": who leases the chips runs on them
    ("uses_chip", _p(r"⟦b⟧\s+(?:chips|gpus|systems|servers|accelerators)\s+(?:that|which)\s+(?:it|they|⟦\d+⟧)\s+(?:will\s+|would\s+)?"
                     r"(?:lease|leases|rent|rents)\s+to\s+⟦a⟧"), "a", "b", ('lease', 'rent')),
    ("provides_capacity", _p(r"⟦a⟧\s+(?:will\s+|would\s+|also\s+)*(?:lease|leases|leased|rent|rents|rented)\b(?:[^;⟦]|⟦c⟧){0,160}?,?\s+to\s+serve\s+⟦b⟧"),
     "a", "b", ('serve',)),
    # "two data center campuses that Vantage Data Centers is developing for Oracle"
    ("provides_capacity", _p(r"(?:that|which)\s+⟦a⟧\s+(?:is|are|was|will\s+be|has\s+been)\s+(?:developing|building|constructing)\s+for\s+⟦b⟧"),
     "a", "b", ('developing', 'building', 'constructing')),
    # "Crusoe is building the Abilene campus for Oracle", "Vantage is developing a campus in Texas for Oracle": built for a tenant
    ("provides_capacity", _p(r"⟦a⟧\s+(?:is\s+|are\s+|was\s+|will\s+|would\s+|has\s+been\s+|also\s+)*(?:building|developing|constructing|"
                             r"build|develop|construct|builds|develops|built|developed)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:⟦\d+⟧(?:\s+(?:campus|site|"
                             r"data\s+cent(?:er|re)|facility))?|"
                             r"(?:[\w\-.]+\s+){0,3}?(?:campus|campuses|data\s+cent(?:er|re)s?|site|facility|cluster|supercomputer))"
                             r"(?:\s+(?:in|near|at)\s+(?:⟦\d+⟧|[A-Z][\w\-]*(?:,?\s+[A-Z][\w\-]*)?))?\s+for\s+⟦b⟧"),
     "a", "b", ('building', 'developing', 'constructing', 'build', 'develop', 'construct')),
    # "Nvidia will rent 18,000 GPUs from Lambda", "agreed to rent back 18,000 of its own GPUs from Lambda": the cloud lets them
    ("provides_capacity", _p(r"⟦b⟧" + _RENTS_COMPUTE_FROM + r"⟦a⟧"), "a", "b", ('rent', 'lease')),
    ("uses_cloud", _p(r"⟦a⟧" + _RENTS_COMPUTE_FROM + r"⟦b⟧"), "a", "b", ('rent', 'lease')),
    # "Vantage Data Centers is building Frontier, a 1.4-gigawatt site in Shackelford County, which Oracle will lease"
    ("provides_capacity", _p(r"⟦a⟧\s+(?:is\s+|are\s+|will\s+|has\s+been\s+|also\s+)*(?:building|developing|constructing|build|develop|"
                             r"construct|builds|develops|built|developed)\s+(?:the\s+|a\s+|an\s+|its\s+)?⟦\d+⟧(?:,\s+[^⟦;]{1,80}?)?,\s+"
                             r"(?:which|that)\s+⟦b⟧\s+(?:will\s+|would\s+|plans\s+to\s+|has\s+agreed\s+to\s+|is\s+to\s+)?"
                             r"(?:lease|rent|occupy|take|leases|rents|occupies|takes)\b"), "a", "b", ('lease', 'rent', 'occupy', 'take')),
    # "With AMD, Humain formed a joint venture …", "And with xAI, it will develop a 500-megawatt data centre": the partner fronted
    ("partners_with", _p(r"^\W*(?:(?:And|But|Then),?\s+)?(?:[Ww]ith|[Aa]longside|[Tt]ogether\s+with)\s+⟦b⟧,\s+⟦a⟧\s+(?:has\s+|have\s+|had\s+|"
                         r"will\s+|would\s+|also\s+|plans\s+to\s+|agreed\s+to\s+|is\s+|are\s+)*(?:formed|forms|signed|signs|agreed|struck|"
                         r"develop\w*|build\w*|built|deploy\w*|launch\w*|creat\w*|set\s+up|sets\s+up)\b"), "a", "b",
     ('with', 'alongside')),
    # "Mistral is spending part of the money on Mistral Compute": money spent on a site builds it
    ("builds_datacenter", _p(r"⟦a⟧\s+(?:is\s+|are\s+|will\s+|would\s+|plans\s+to\s+|also\s+)*(?:spending|spend|spends|spent)\s+"
                             r"[^⟦;.$]{0,40}?\bon\s+(?:the\s+|its\s+|their\s+)?⟦b⟧"), "a", "b", ('spend', 'spent')),
    # "Fluidstack, which will use it to provide compute to Anthropic"
    ("provides_capacity", _p(r"⟦a⟧,?\s+(?:which|that|who)?\s*(?:will\s+|would\s+|also\s+|plans\s+to\s+)*(?:use\s+(?:it|them|the\s+\w+)\s+to\s+)?"
                             r"(?:provide|provides|providing|supply|supplies|supplying|deliver|delivers|sell|sells)\s+(?:its\s+|the\s+)?"
                             r"(?:compute|computing\s+power|capacity|computing\s+capacity)\s+to\s+⟦b⟧"), "a", "b",
     ('provide', 'supply', 'supplies', 'deliver', 'sell')),
    # "Oracle will then rent the computing power to OpenAI"
    ("provides_capacity", _p(r"⟦a⟧\s+(?:will\s+|would\s+|then\s+|also\s+|in\s+turn\s+|now\s+|plans\s+to\s+|is\s+to\s+)*(?:rent|rents|lease|leases|resell|"
                             r"resells)\s+(?:the\s+|its\s+|that\s+)?(?:[\w\-]+\s+)?(?:computing\s+power|compute|capacity)\s+"
                             r"(?:[\w\-]+\s+){0,2}?to\s+⟦b⟧"), "a", "b", ('rent', 'lease', 'resell')),
    # "it trains its frontier models on Fairwater under its Azure commitment": a commitment to a cloud
    # (a commitment is its holder's; not "Lambda's Microsoft contract", which Lambda sells)
    ("uses_cloud", _p(r"⟦a⟧(?:['’]s)?\s+⟦b⟧\s+(?:cloud\s+|compute\s+|spending\s+)?commitments?\b"), "a", "b", ('commitment',)),
    # "Meta also rents capacity from Microsoft, Oracle, CoreWeave and Nebius"
    ("uses_cloud", _p(r"⟦a⟧\s+(?:also\s+|already\s+|now\s+|still\s+)?(?:rents|rented|leases|leased|buys|bought)\s+(?:[\w\-]+\s+){0,2}?"
                      r"(?:capacity|compute|computing\s+power|gpus|servers)\s+from\s+(?:the\s+)?⟦b⟧"), "a", "b",
     ('rent', 'lease', 'buy', 'bought')),
    # "its Helix model … was trained on Nvidia H100 GPUs rented from Microsoft Azure" (not the chips' maker: "Nvidia H100 GPUs
    # rented from …")
    ("uses_cloud", _p(r"⟦a⟧(?!(?:\s+⟦\d+⟧)?\s+(?:gpus|chips|accelerators|tpus|processors|servers)\b)(?:[^⟦;.]|⟦c⟧){0,120}?\b"
                      r"(?:gpus|chips|accelerators|tpus|servers|capacity|compute)\s+(?:it\s+|they\s+)?(?:rented|rents|leased|leases)\s+"
                      r"from\s+(?:the\s+)?⟦b⟧"), "a", "b", ('rented from', 'leased from', 'rents from', 'leases from')),
    # "Anthropic trains and runs Claude on Amazon Web Services, its primary cloud …, and on Google Cloud TPUs"
    ("uses_cloud", _p(r"⟦a⟧[^⟦;]{0,60}?\b" + guarded(r"(?:runs?|running|trains?|training|hosts?|hosted|deploys?|deployed)") + r"\b(?:[^⟦;]|⟦\d+⟧){0,40}?\bon\s+⟦\d+⟧"
                      r"[^⟦;]{0,80}?,?\s+and\s+(?:also\s+)?on\s+(?:the\s+)?⟦b⟧"), "a", "b", ('run', 'train', 'host', 'deploy')),
    ("uses_cloud", _p(r"⟦a⟧\s+(?:\w+\s+){0,2}?(?:use|usage|adoption)\s+of\s+⟦b⟧"), "a", "b", ('use of', 'usage of', 'adoption of')),
    # ("Cerebras counts Meta, IBM and Mistral AI among the users of its inference cloud")
    ("uses_cloud", _p(r"⟦b⟧,?\s+(?:which\s+|that\s+)?(?:also\s+)?counts\s+⟦a⟧(?:(?:,|,?\s+and)\s+⟦c⟧)*\s+(?:as|among)\s+(?:its|one\s+of\s+its|a|"
                      r"the)\s+(?:\w+\s+){0,2}?(?:customers?|users?|clients?|tenants?)\b(?:\s+of\s+its\s+(?:[\w\-]+\s+)?cloud\b)?"),
     "a", "b", ('customer', 'users', 'clients', 'tenants')),
    ("uses_cloud", _p(r"⟦a⟧\s+(?:will\s+|would\s+|to\s+|also\s+|can\s+|plans\s+to\s+)*(?:use|uses|using|tap|taps|rent|"
                      r"rents|move\s+to|moves\s+to|run\s+on|runs\s+on)\s+⟦b⟧"), "a", "b", ('use', 'tap', 'rent', 'move to', 'moves to', 'run on', 'runs on')),
    # "Nscale and Microsoft plan the country's largest AI supercomputer at Loughton"
    ("builds_datacenter", _p(r"⟦a⟧(?:,?\s+(?:and\s+)?⟦c⟧)*(?:,[^,⟦]{1,60},)?\s+(?:will\s+|also\s+|is\s+|are\s+|has\s+|have\s+|to\s+)*"
                             r"(?:plan|plans|planned|planning|build|builds|building|built|develop|develops|developing|"
                             r"construct\w*)\s+[^⟦;.]{0,60}?⟦b⟧"), "a", "b", ('plan', 'build', 'built', 'develop', 'construct')),
    # "AMD has granted OpenAI a warrant for up to 160 million of its shares": OpenAI takes a stake in AMD
    ("invests_in", _p(r"⟦b⟧(?:[^⟦;.]|⟦c⟧){0,100}?\b" + guarded(r"(?:granted|grants|gave|gives|issued|issues)") + r"\s+(?:to\s+)?⟦a⟧\s+(?:a\s+)?warrants?"),
     "a", "b",
     ('warrant',)),
    # "Vantage is developing Frontier, a 1.4-gigawatt campus in Texas, and a campus in Port Washington": the second site too
    # "to finish the Abilene campus it is building for Oracle"
    ("builds_datacenter", _p(r"⟦b⟧(?:\s+(?:campus|site|data\s+cent(?:er|re)|facility|cluster|supercomputer))?\s+(?:that\s+|which\s+)?⟦a⟧\s+"
                             r"(?:is\s+|are\s+|has\s+been\s+|will\s+be\s+|was\s+)?(?:building|developing|"
                             r"constructing|built|developed)\b"), "a", "b", ('building', 'developing', 'constructing', 'built', 'developed')),
    ("builds_datacenter", _p(r"⟦a⟧(?:,[^,⟦]{1,60},)?\s+(?:will\s+|also\s+|is\s+|are\s+|has\s+|have\s+|now\s+)*(?:build|builds|building|"
                             r"built|develop|develops|developing|construct\w*)\s+[^⟦;.]{0,60}?⟦\d+⟧[^⟦;]{0,80}?,?\s+and\s+(?:a|an|the)\s+"
                             r"(?:[\w\-.]+\s+){0,3}?⟦b⟧"), "a", "b", ('build', 'built', 'develop', 'construct')),
    # "Sakura Internet, which operates the Ishikari data center campus": who runs a site is its builder in the vocabulary
    ("builds_datacenter", _p(r"⟦a⟧(?:,?\s+(?:which|that))?(?:,\s+meanwhile,)?\s+(?:also\s+|now\s+|already\s+|will\s+)*"
                             r"(?:operates?|operated|owns?|owned|runs(?!\s+on\b))"
                             r"(?:\s+and\s+(?:operates?|runs?|owns?|manages?))?\s+"
                             r"(?:the\s+|its\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,3}?⟦b⟧"), "a", "b", ('operate', 'owns', 'owned', 'runs')),
    # "a 1.4-gigawatt Stargate site in Saline Township, Michigan, with Related Digital as the developer"
    ("builds_datacenter", _p(r"⟦b⟧[^⟦;.]{0,80}?,?\s+with\s+⟦a⟧\s+as\s+(?:the|its|their)\s+(?:lead\s+|main\s+)?(?:developer|builder|"
                             r"contractor|operator)\b"), "a", "b", ('developer', 'builder', 'contractor', 'operator')),
    # "Microsoft has unveiled Fairwater, a network of AI superfactories"
    ("builds_datacenter", _p(r"⟦a⟧\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:unveiled|opened|switched\s+on|brought\s+online|inaugurated)\s+"
                             r"(?:the\s+|its\s+|their\s+|(?:an?|its|their)\s+(?:new\s+|first\s+|sovereign\s+|second\s+){1,2})?⟦b⟧"), "a", "b",
     ('unveiled', 'opened', 'switched', 'brought', 'inaugurated')),
    # "Project Halo, a 2-gigawatt AI supercluster that Humain is building in Saudi Arabia"
    ("builds_datacenter", _p(r"⟦b⟧,\s+(?:a|an|the)\s+(?:[^⟦;,]|\.(?=\d)){0,60}?\s+(?:that|which)\s+(?:[\w\-]+-based\s+)?⟦a⟧\s+(?:is|are|has\s+been|will\s+be|"
                             r"was)\s+(?:building|developing|constructing)\b"), "a", "b", ('building', 'developing', 'constructing')),
    # "Firmus, meanwhile, will deploy 18,000 Nvidia GB300 GPUs in Tasmania and Melbourne under Project Southgate"
    ("builds_datacenter", _p(r"⟦a⟧(?:,\s+meanwhile,)?\s+(?:will\s+|is\s+|plans\s+to\s+|also\s+)*(?:deploy|install|build|run)\w*\s+"
                             r"(?:[^⟦;.]|⟦\d+⟧|\.(?=\d)){0,80}?\bunder\s+⟦b⟧"), "a", "b", ('under',)),
    # "a data centre in Lübbenau, Brandenburg, which its cloud unit STACKIT will operate": who will run it
    ("builds_datacenter", _p(r"⟦b⟧(?:,\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?,\s+(?:which|that)\s+(?:(?:its|⟦\d+⟧)\s+(?:[\w\-]+\s+){0,3}?)?⟦a⟧\s+"
                             r"(?:will\s+|would\s+|is\s+to\s+)?(?:operate|run|manage)\b"), "a", "b", ('operate', 'run', 'manage')),
    # "Condor Galaxy 4, a supercomputer that G42 owns and Cerebras operates": the owner, and the one who runs it
    ("builds_datacenter", _p(_SITE_THAT + r"⟦a⟧\s+(?:also\s+)?" + _RUNS_SITE), "a", "b", _RUNS_SITE_WORDS),
    # "the flagship Stargate site in Abilene, Texas, which Crusoe is developing"
    ("builds_datacenter", _p(r"⟦b⟧(?:\s+(?:campus|site|data\s+cent(?:er|re)|supercomputer|cluster|facility))?"
                             r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|\s+(?:in|near)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?,\s+(?:which|that)\s+⟦a⟧\s+"
                             r"(?:is\s+|has\s+|had\s+|will\s+be\s+|also\s+)*"
                             r"(?:developing|building|constructing|developed|built|constructed|operates|owns|runs)\b"), "a", "b",
     ('developing', 'building', 'constructing', 'developed', 'built', 'constructed', 'operates', 'owns', 'runs')),
    ("builds_datacenter", _p(_SITE_THAT + r"⟦c⟧\s+" + _RUNS_SITE + r"\s+and\s+⟦a⟧\s+" + _RUNS_SITE), "a", "b", _RUNS_SITE_WORDS),
    # "The flagship site in Abilene, Texas, is being built by Crusoe"
    ("builds_datacenter", _p(r"⟦b⟧(?:,\s+[^⟦;.,]{1,40},)?\s+(?:is|was|are|were|will\s+be|has\s+been|had\s+been)\s+(?:being\s+)?"
                             r"(?:built|developed|constructed)\s+by\s+⟦a⟧"), "a", "b", ('built', 'developed', 'constructed')),
    # "Project Rainier, the cluster AWS built for us": a reduced relative clause names the builder
    ("builds_datacenter", _p(r"⟦b⟧(?:\s+(?:supercomputers?|campus(?:es)?|data\s+cent(?:er|re)s?|clusters?|sites?|facilit(?:y|ies)))?\s+"
                             r"(?:that\s+|which\s+)?⟦a⟧\s+(?:has\s+|had\s+)?(?:built|constructed|developed)\b"), "a", "b",
     ('built', 'constructed', 'developed')),
    # "Colossus 2, xAI's Memphis supercomputer"
    ("builds_datacenter", _p(r"⟦b⟧,\s+⟦a⟧['’]s\s+(?:[\w\-]+\s+){0,3}?(?:supercomputer|data\s+cent(?:er|re)|campus|cluster|"
                             r"facility|site|ai\s+factory)"), "a", "b", ()),
    # "Meta's Hyperion", "xAI's new Colossus 2"; not "Nvidia GPUs to the site"
    ("builds_datacenter", _p(r"⟦a⟧(?:\s+(?:Inc\.?|Corp\.?|Co\.))?['’]s?\s+(?:(?!(?:to|for|at|in|of|from|with|on|into)\s)[\w\-]+\s+){0,2}?⟦b⟧"),
     "a", "b", ()),
    # (without a possessive, no verb between: not "Oracle has leased the whole campus")
    ("builds_datacenter", _p(r"⟦a⟧(?:\s+(?:Inc\.?|Corp\.?|Co\.))?\s+(?:(?!(?:to|for|at|in|of|from|with|on|into|has|have|had|is|are|was|"
                             r"were|will|would|can|could|also)\s|\w+ed\s)[\w\-]+\s+){0,2}?⟦b⟧"), "a", "b", ()),
    # ("OpenAI's separate 10-gigawatt programme with Broadcom")
    ("partners_with", _p(r"⟦a⟧['’]s\s+(?:[\w\-]+\s+){0,2}?(?:partnership|collaboration|alliance|relationship|programme|program)\s+with\s+⟦b⟧"),
     "a", "b", ('partnership', 'collaboration', 'alliance', 'relationship', 'program')),
    # "KT has committed 2.4 trillion won to its partnership with Microsoft"
    ("partners_with", _p(r"⟦a⟧(?:[^⟦;.]|\.(?=\d)){0,60}?\b(?:its|their)\s+(?:[\w\-]+\s+){0,2}?(?:partnership|collaboration|alliance)\s+with\s+⟦b⟧"), "a", "b",
     ('partnership', 'collaboration', 'alliance')),
    ("partners_with", _p(r"(?:partnership|collaboration|alliance)\s+(?:between|of)\s+⟦a⟧\s+and\s+⟦b⟧"), "a", "b", ('partnership', 'collaboration', 'alliance')),
    # "Meta's 20-year power purchase agreement with Constellation Energy": a power deal between the two
    ("partners_with", _p(r"⟦a⟧['’]s\s+(?:[\w\-]+\s+){0,2}?(?:power|energy|electricity)\s+(?:purchase|supply)\s+(?:agreement|deal|contract)\s+"
                         r"with\s+⟦b⟧"), "a", "b", ('purchase', 'supply')),
    ("partners_with", _p(r"⟦a⟧\s+(?:has\s+|have\s+|had\s+|will\s+|is\s+|are\s+)?(?:partner(?:s|ed|ing)?|team(?:s|ed)?\s+up|join(?:s|ed)?\s+"
                         r"forces|allied|collaborat\w+)\s+with\s+⟦b⟧"), "a", "b", ('partner', 'team', 'join', 'allied', 'collaborat')),
    # (not "… with AdaniConneX and Bharti Airtel as partners": the partners of another)
    ("partners_with", _p(r"⟦a⟧\s+and\s+⟦b⟧\s+(?!as\s+(?:its\s+|their\s+)?(?:local\s+|main\s+)?partners?\b)(?:\w+\s+){0,5}?"
                         r"(?:partnership|collaboration|alliance|partner)"), "a", "b", ('partnership', 'collaboration', 'alliance', 'partner')),
    # "Brookfield has agreed to invest up to $10 billion in a joint venture with Qatari Diar"
    # (not "Stargate, the joint venture with OpenAI and Oracle": the venture itself, in apposition)
    ("partners_with", _p(r"⟦a⟧(?!,\s+(?:a|an|the)\s+(?:[\w\-$.]+\s+){0,3}?(?:joint\s+venture|jv|partnership|alliance)\b)[^⟦;.]{0,80}?\b"
                         r"(?:a|an|the|its|their)\s+(?:[\w\-$.]+\s+){0,4}?(?:joint\s+venture|jv|partnership|alliance|program|programme|"
                         r"initiative)\s+with\s+(?:the\s+)?⟦b⟧"), "a", "b", ('joint venture', 'jv', 'partnership', 'alliance', 'program',
                                                                     'programme', 'initiative')),
    # "SK Telecom will also build an AI data center with OpenAI"
    ("partners_with", _p(r"⟦a⟧\s+(?:will\s+|would\s+|also\s+|is\s+|are\s+|plans\s+to\s+|has\s+agreed\s+to\s+|agreed\s+to\s+)*"
                         r"(?:build|builds|building|develop|develops|developing|construct\w*)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,4}?"
                         r"(?:data\s+cent(?:er|re)|campus|facility|supercomputer|cluster|ai\s+factory|hub)s?\s+(?:together\s+|jointly\s+)?"
                         r"with\s+⟦b⟧(?!\s+as\b)"), "a", "b", ('build', 'develop', 'construct')),
    # "Samsung SDS will resell OpenAI's enterprise services to Korean companies": a reseller works with the maker
    ("partners_with", _p(r"⟦a⟧\s+(?:will\s+|would\s+|also\s+|plans\s+to\s+|has\s+agreed\s+to\s+|agreed\s+to\s+)*(?:resell|resells|"
                         r"reselling|distribute|distributes|distributing)\s+⟦b⟧['’]s\s+(?:[\w\-]+\s+){0,3}?(?:services|products|models|"
                         r"tools|software|platform|apis?)\b"), "a", "b", ('resell', 'distribut')),
    # "NextDC has signed a memorandum of understanding with OpenAI to plan a campus": an agreement to work together
    ("partners_with", _p(r"⟦a⟧\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:signed|signs|inked|struck|entered\s+into)\s+(?:"
                         + _MOU + r"|(?:an?\s+)?strategic\s+(?:partnership|alliance|agreement|collaboration))\s+with\s+⟦b⟧"),
     "a", "b", ('memorandum', 'mou', 'letter of intent', 'loi', 'framework', 'strategic')),
    # "it runs a cluster of 19,000 LPUs for Humain": who runs compute for a customer provides it
    ("provides_capacity", _p(r"⟦a⟧\s+(?:also\s+|now\s+|already\s+|will\s+)*(?:runs|operates|hosts|run|operate|host)\s+(?:a|an)\s+"
                             r"(?:[\w\-,]+\s+){0,4}?(?:cluster|supercomputer|data\s+cent(?:er|re)|campus)\s+(?:of\s+(?:[^⟦;.]|⟦\d+⟧){1,40}?\s+)?"
                             r"for\s+⟦b⟧"), "a", "b", ('runs', 'run', 'operate', 'host')),
    # "… Nvidia GB300 clusters it runs for OpenAI": who runs compute for a customer provides it
    ("provides_capacity", _p(r"\b(?:clusters?|systems|gpus|servers|capacity|supercomputers?)\s+(?:that\s+)?⟦a⟧\s+(?:runs|operates|hosts|"
                             r"will\s+run|will\s+operate)\s+for\s+⟦b⟧"), "a", "b", ('runs', 'operates', 'hosts', 'run', 'operate')),
    # "… GPUs that Sify will rent to Indian start-ups such as Sarvam AI"
    ("provides_capacity", _p(r"⟦a⟧\s+(?:will\s+|would\s+|also\s+|plans\s+to\s+)*(?:rent|rents|lease|leases|sell|sells)\s+(?:it\s+|them\s+)?"
                             r"to\s+(?:[\w\-]+\s+){0,3}?(?:such\s+as|including|like)\s+⟦b⟧"), "a", "b", ('rent', 'rents', 'lease', 'leases',
                                                                                                  'sell', 'sells')),
    # "… has won a ₹1,500 crore ($180 million) contract to supply compute to the IndiaAI Mission"
    ("provides_capacity", _p(r"^\W*(?:[\w\-]+,?\s+){0,3}?⟦a⟧(?:[^⟦;.]|\.(?=\d)|⟦c⟧){0,120}?\bwon\s+(?:a|an|the)\s+[^⟦;]{0,60}?\b"
                             r"(?:contract|deal|tender|order)\s+to\s+(?:supply|provide|deliver)\s+"
                             r"(?:[\w\-]+\s+)?(?:compute|computing\s+(?:power|capacity)|capacity|gpus)\s+to\s+(?:the\s+)?⟦b⟧"), "a", "b",
     ('contract', 'deal', 'tender', 'order')),
    # "Crusoe will install Nvidia GB200 NVL72 racks there for Mistral AI": hardware installed for a customer is capacity for it
    ("provides_capacity", _p(r"⟦a⟧\s+(?:will\s+|would\s+|is\s+to\s+|also\s+|plans\s+to\s+)*(?:install|installs|installing|host|hosts|house|"
                             r"houses)\s+(?:[^⟦;.]|⟦\d+⟧){0,60}?\b(?:racks|systems|gpus|chips|servers|clusters|accelerators)\s+(?:there\s+)?"
                             r"for\s+⟦b⟧"), "a", "b", ('install', 'installs', 'installing', 'host', 'hosts', 'house', 'houses')),
    # "Telenor says its AI factory will sell GPU capacity to Norwegian start-ups and to the University of Oslo"
    ("provides_capacity", _p(r"⟦a⟧[^⟦;.]{0,60}?\b(?:sell|sells|selling|rent|rents|renting|offer|offers|offering)\s+(?:[\w\-]+\s+)?"
                             # ("… sell GPU capacity from a cluster of Nvidia B200 systems in Tokyo to Sakana AI")
                             r"(?:capacity|compute|computing\s+power)\s+(?:from\s+(?:[^⟦;.]|⟦\d+⟧){1,60}?\s+)?to\s+"
                             r"(?:[^⟦;.]{1,40}?\band\s+to\s+)?(?:the\s+)?⟦b⟧"), "a", "b",
     ('sell', 'sells', 'selling', 'rent', 'rents', 'renting', 'offer', 'offers', 'offering')),
    # "has signed a three-year agreement … to provide Mistral AI with computing power from 10,000 Nvidia H200 GPUs"
    ("provides_capacity", _p(r"⟦a⟧(?:[^⟦;.]|\.(?=\d)|⟦c⟧){0,140}?\bto\s+(?:provide|supply)\s+⟦b⟧\s+with\s+(?:[\w\-]+\s+)?(?:computing\s+power|"
                             r"compute|capacity|gpus|computing\s+capacity)\b"), "a", "b", ('provide', 'supply')),
    # "has signed Bell Canada as a customer of its sovereign AI cloud"
    ("provides_capacity", _p(r"⟦a⟧(?:[^⟦;.]|⟦c⟧){0,120}?\bsigned\s+(?:up\s+)?⟦b⟧\s+as\s+(?:a|an|its|the)\s+(?:[\w\-]+\s+)?customer\s+of\s+"
                             r"(?:its|their|⟦\d+⟧)\s+(?:[\w\-]+\s+){0,3}?cloud\b"), "a", "b", ('customer',)),
    # "… and it has signed Capgemini as a reseller"
    ("partners_with", _p(r"^\W*(?:[\w\-]+,?\s+){0,3}?⟦a⟧(?:[^⟦;.]|⟦c⟧){0,150}?\bsigned\s+(?:up\s+)?⟦b⟧\s+as\s+(?:a|an|its)\s+(?:[\w\-]+\s+)?(?:reseller|distributor|"
                         r"partner)\b"), "a", "b", ('reseller', 'distributor', 'partner')),
    # "Fluidstack will host them at a TeraWulf campus in New York": the campus's owner lets capacity to the one hosting there
    ("provides_capacity", _p(r"⟦b⟧\s+(?:will\s+|would\s+|is\s+to\s+|also\s+|plans\s+to\s+)*(?:host|hosts|hosting|run|runs|deploy|deploys|"
                             r"house|houses|install|installs)\b(?:[^⟦;.]|⟦\d+⟧){0,40}?\bat\s+(?:a|an|the)\s+⟦a⟧\s+(?:[\w\-]+\s+)?"
                             r"(?:campus|site|facility|data\s+cent(?:er|re)|⟦\d+⟧)"), "a", "b", ('host', 'run', 'deploy', 'house', 'install')),
    # "Nvidia will take a $1 billion stake in Nokia, and the two companies will develop AI-native networks together"
    # (two names, however many times each is named: "The asset manager … will give Figure access to its buildings …, and the
    # two companies are exploring a data center partnership")
    ("partners_with", _p(r"⟦a⟧(?:[^⟦;.]|\.(?=\d)|⟦c⟧){0,120}?⟦b⟧(?:[^⟦;.]|\.(?=\d)|⟦c⟧){0,120}?\bthe\s+two\s+(?:companies|firms|groups|partners)\s+"
                         r"(?:will|would|plan|also|are|have|had|agreed|said)\b"), "a", "b",
     ('two companies', 'two firms', 'two groups', 'two partners')),
    # "it is co-developing custom accelerators with Broadcom"
    # ("Broadcom co-designs the TPU with Google", "Broadcom designs the TPU together with Google")
    ("partners_with", _p(r"⟦a⟧\s+(?:is\s+|are\s+|has\s+been\s+|have\s+been\s+|will\s+be\s+|also\s+)*(?:co-?develop\w*|co-?design\w*|"
                         r"co-?engineer\w*)\s+(?:(?:[^⟦;.]|⟦\d+⟧){1,60}?\s)?with\s+⟦b⟧"), "a", "b", ('co-develop', 'codevelop', 'co-design',
                                                                                              'codesign', 'co-engineer', 'coengineer')),
    # ("Meta, which builds its MTIA chips with Broadcom")
    ("partners_with", _p(r"⟦a⟧(?:,\s+(?:which|that))?\s+(?:also\s+)?(?:designs|designed|develops|developed|builds|built)\s+(?:the\s+|its\s+|⟦\d+⟧\s+)?"
                         r"⟦\d+⟧\s+(?:(?:chips?|processors?|accelerators?)\s+)?(?:(?:together|jointly)\s+)?with\s+⟦b⟧"
                         r"(?!['’]s|\s+(?:[\w\-]+\s+)?(?:chips|gpus|processors|accelerators|systems|hardware|technology)\b)"),
     "a", "b", ('designs', 'designed', 'develops', 'developed', 'builds', 'built')),
    # "OpenAI and Broadcom are co-developing custom accelerators"
    ("partners_with", _p(r"⟦a⟧\s+and\s+⟦b⟧\s+(?:are|were|have\s+been|will\s+be|will|have)(?:,\s+[^,⟦;]{1,40},)?\s+(?:also\s+)?(?:jointly\s+)?"
                         r"(?:co-?develop\w*|co-?design\w*|co-?build\w*|co-?engineer\w*|working\s+together|work\s+together)"),
     "a", "b", ('develop', 'design', 'build', 'engineer', 'together')),
    # "Meta is working with Broadcom on its MTIA chips", "OpenAI is co-designing its first accelerator with Broadcom",
    # "Samsung SDS, Samsung C&T and Samsung Heavy Industries will also cooperate with OpenAI"
    ("partners_with", _p(r"⟦a⟧(?:(?:,|,?\s+and)\s+⟦c⟧)*(?:,\s+[^,⟦]{0,60},)?\s+(?:is\s+|are\s+|has\s+been\s+|have\s+been\s+|will\s+|"
                         r"has\s+|have\s+|had\s+)?"
                         r"(?:also\s+)?(?:working|works|worked|work|co-?design\w*|co-?develop\w*|cooperat\w*|collaborat\w*)\s+"
                         r"(?:[^⟦;.]{0,60}?\s)?with\s+⟦b⟧"), "a", "b",
     ('working', 'works', 'worked', 'work', 'design', 'develop', 'cooperat', 'collaborat')),
    # "xAI has also agreed with Saudi Arabia's HUMAIN to build a 500-megawatt data center"
    ("partners_with", _p(r"⟦a⟧\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:agreed|teamed\s+up|joined\s+forces)\s+with\s+(?:[\w\-]+\s+){0,2}?"
                         r"(?:(?:⟦\d+⟧|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)['’]s\s+)?⟦b⟧\s+to\s+(?:jointly\s+)?"
                         r"(?:build|develop|construct|create|form|deploy|launch)"),
     "a", "b", ('agreed', 'teamed', 'joined')),
    # "a campus that Google will develop with AdaniConneX, …, and with Bharti Airtel"
    ("partners_with", _p(r"⟦a⟧\s+(?:will\s+|would\s+|is\s+to\s+|plans\s+to\s+|is\s+set\s+to\s+|is\s+|are\s+)?(?:jointly\s+)?(?:develop|build|"
                         r"co-develop|construct|operate)\w*\s+(?:it\s+|them\s+)?with\s+⟦b⟧"), "a", "b",
     ('develop', 'build', 'construct', 'operate')),
    ("partners_with", _p(r"⟦a⟧\s+(?:will\s+|would\s+)?(?:jointly\s+)?(?:develop|build|construct|operate)\w*\s+(?:it\s+|them\s+)?with\s+"
                         r"⟦\d+⟧[^;]{0,80}?,?\s+and\s+(?:also\s+)?with\s+⟦b⟧"), "a", "b", ('develop', 'build', 'construct', 'operate')),
    # "… a 150-megawatt AI data centre that it will run with OpenAI under their joint venture": who runs a site with another
    ("partners_with", _p(r"\b(?:that|which)\s+⟦a⟧\s+(?:will\s+|would\s+|plans\s+to\s+)?(?:jointly\s+)?(?:run|operate|build|develop)\s+"
                         r"with\s+⟦b⟧"), "a", "b", ('run', 'operate', 'build', 'develop')),
    # "SK Telecom is already building an AI data centre in Ulsan with Amazon Web Services": a site built with a partner
    ("partners_with", _p(r"⟦a⟧\s+(?:will\s+|would\s+|is\s+|are\s+|has\s+been\s+|also\s+|already\s+|now\s+|jointly\s+)*(?:develop|build|"
                         r"construct)(?:s|ing)?\s+(?:an?|the|its|their)\s+(?:[^⟦;.,]|⟦\d+⟧){0,60}?(?:\b(?:data\s+cent(?:er|re)|campus|facility|"
                         r"site|cluster|supercomputer)|⟦\d+⟧)(?:\s+(?:in|near|at)\s+(?:⟦\d+⟧|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?))?\s+"
                         r"(?:together\s+|jointly\s+)?with\s+⟦b⟧"), "a", "b", ('develop', 'build', 'construct')),
    # "…, and has signed Google as a partner for Gemini models"
    ("partners_with", _p(r"⟦a⟧(?:[^⟦;.]|\.(?=\d)|⟦c⟧){0,150}?\b(?:signed|signs|signing|named|names|chose|chooses|picked|picks|selected|selects|tapped|taps|"
                         r"brought\s+in|enlisted|enlists)\s+(?:on\s+)?⟦b⟧\s+as\s+(?:a|an|its|their|the)\s+(?:[\w\-]+\s+){0,2}?partners?\b"),
     "a", "b", ('signed', 'signs', 'signing', 'named', 'names', 'chose', 'chooses', 'picked', 'picks', 'selected', 'selects', 'tapped',
                'taps', 'brought in', 'enlisted', 'enlists')),
    # "Cassava Technologies, the … group founded by Strive Masiyiwa, will build AI factories across Africa with Nvidia" (not
    # "build data centers with Nvidia chips": what is built with)
    # ("Deutsche Telekom opened a €1 billion industrial AI cloud in Munich with Nvidia")
    ("partners_with", _p(r"⟦a⟧(?:,(?:[^⟦;,]|⟦c⟧){1,100},)?\s+(?:will\s+|would\s+|is\s+to\s+|plans\s+to\s+|is\s+set\s+to\s+|agreed\s+to\s+|"
                         r"has\s+|have\s+)?(?:jointly\s+)?(?:build|develop|construct|opened|launched|unveiled)\s+(?:(?:an?|the|its|their)\s+⟦\d+⟧\s+|"
                         r"(?:[^⟦;,.]{1,60}?\s)?(?:ai\s+factor(?:y|ies)|data\s+cent(?:er|re)s?|campus(?:es)?|supercomputers?|clusters?|"
                         r"facilit(?:y|ies)|infrastructure|ai\s+cloud)\b(?:[^⟦;,.]{0,40}?\s)?)with\s+⟦b⟧"
                         r"(?!['’]s|\s+⟦|\s+(?:[\w\-]+\s+)?(?:chips|gpus|processors|accelerators|systems|hardware|technology)\b)"),
     "a", "b", ('build', 'develop', 'construct', 'opened', 'launched', 'unveiled')),
    # "Reliance is building a 1-gigawatt data center in Jamnagar, and has partnered with Nvidia", "Arm, which SoftBank
    # controls, designs the CPU cores in Nvidia's Grace chips and is working with OpenAI": the sentence's subject, however
    # far its second verb
    ("partners_with", _p(r"^(?:[A-Za-z]+,?\s+){0,2}?⟦a⟧\s*[^;]{0,200}?,?\s+and\s+(?:(?:has|have|had|also|now|is|are|been|will\s+be)\s+)*"
                         r"(?:partnered|teamed\s+up|working|collaborating|partnering|cooperating)\s+with\s+⟦b⟧"), "a", "b",
     ('partnered', 'teamed', 'working', 'collaborating', 'partnering', 'cooperating')),
    # "NextDC has raised A$2.1bn …, and has signed a memorandum of understanding with OpenAI"
    ("partners_with", _p(r"^(?:[A-Za-z]+,?\s+){0,2}?⟦a⟧\s*(?:[^;⟦]|⟦\d+⟧){0,200}?,?\s+and\s+(?:(?:has|have|had|also|now)\s+)*(?:signed|inked|struck)\s+"
                         + _MOU + r"\s+with\s+⟦b⟧"), "a", "b", ('memorandum', 'mou', 'letter of intent', 'loi', 'framework')),
    # "For Nvidia, it is the first deep technology partnership with Anthropic"
    ("partners_with", _p(r"^\W*For\s+⟦a⟧,\s+(?:it|this|the\s+deal|the\s+agreement)\s+(?:is|marks)\s+(?:its\s+|the\s+|a\s+)?"
                         r"(?:[\w\-]+\s+){0,3}?(?:partnership|collaboration|alliance)\s+with\s+⟦b⟧"), "a", "b",
     ('partnership', 'collaboration', 'alliance')),
    # "→ Meta x Blue Owl: $27B JV for Hyperion": a pair named over a joint venture
    ("partners_with", _p(r"^\W*⟦a⟧\s*(?:x|×|-|–|/|&|and)\s*⟦b⟧\s*:[^⟦]{0,40}?\b(?:JV|joint\s+venture|partnership|alliance|"
                         r"collaboration)\b"), "a", "b", ('jv', 'joint venture', 'partnership', 'alliance', 'collaboration')),
    # "Meta has struck a deal with funds managed by Blue Owl Capital to finance the development of its Hyperion campus"
    ("partners_with", _p(r"⟦a⟧\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:struck|signed|reached|inked|agreed|entered\s+into)\s+(?:a|an)\s+"
                         r"(?:[\w\-]+\s+){0,2}?(?:deal|agreement|partnership|pact)\s+with\s+(?:(?:funds|entities|affiliates|units?)\s+"
                         r"(?:managed\s+by|of)\s+)?⟦b⟧(?:\s+to\s+(?:jointly\s+)?(?:finance|develop|build|construct|fund|co-develop|own|operate|"
                         # "signed an agreement with Arista Networks to pair its cards with Arista's switches" (a sale or a rental
                         # is another relation)
                         r"pair|integrate|combine|co-market|market|distribute|offer|bring|bundle|certify|optimi[sz]e)\b|(?=\s*(?:[.;]|$)))"),
     "a", "b", ('struck', 'signed', 'reached', 'inked', 'agreed', 'entered')),
    # "it plans to invest $15 billion in an AI hub in Visakhapatnam, developed with AdaniConneX and Bharti Airtel"
    ("partners_with", _p(r"^\W*(?:[\w\-]+\s+){0,3}?⟦a⟧(?:[^;⟦]|⟦\d+⟧){0,150}?,\s+(?:to\s+be\s+)?(?:developed|built|operated|run|"
                         r"co-developed)\s+(?:jointly\s+)?with\s+⟦b⟧"), "a", "b", ('developed', 'built', 'operated', 'run')),
    # "Crusoe has also announced a 1.8 GW campus in Wyoming with Tallgrass"
    ("partners_with", _p(r"⟦a⟧(?:,[^,⟦]{1,60},)?\s+(?:has\s+|have\s+|had\s+|is\s+|are\s+|also\s+|now\s+)*(?:announced|unveiled|planned|plans|"
                         r"proposed|launched|building|developing|constructing)\s+"
                         r"(?:(?:a|an|the)\s+(?:[^⟦;.]|\.(?=\d)){0,40}?(?:\b(?:campus|data\s+cent(?:er|re)|project|site|facility|cluster)\b|⟦\d+⟧)"
                         r"|⟦\d+⟧)"
                         r"(?:[^⟦;.]|⟦\d+⟧){0,30}?\bwith\s+⟦b⟧"), "a", "b",
     ('announced', 'unveiled', 'plan', 'proposed', 'launched', 'building', 'developing', 'constructing')),
    # "a 500-megawatt data centre it is building in Riyadh with xAI": who builds with another partners with it, and lets
    # the capacity to it when the other "will rent the capacity"
    ("partners_with", _p(_BUILDING_WITH), "a", "b", ('building', 'developing', 'constructing')),
    ("provides_capacity", _p(_BUILDING_WITH + r",\s+which\s+will\s+(?:rent|lease|use|take)\s+(?:the\s+|its\s+|all\s+of\s+the\s+|"
                             r"most\s+of\s+the\s+)?(?:capacity|site|campus|space|data\s+cent(?:er|re))\b"), "a", "b", ('rent', 'lease', 'use', 'take')),
    # "Broadcom has co-designed Google's TPUs for a decade": designing another's chips with it is a partnership
    # ("Marvell, which co-designs Microsoft's Maia accelerators and Amazon's Trainium": the second owner here, the first below)
    ("partners_with", _p(r"⟦a⟧(?:,\s+(?:which|that|who))?\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:co-?designed|co-?designs|co-?designing|"
                         r"helped\s+design|helps\s+design)\s+(?:⟦\d+⟧['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:⟦\d+⟧|chips|accelerators|processors|tpus)"
                         r"(?:\s+(?:chips|accelerators|processors))?,?\s+and\s+)?"
                         r"⟦b⟧['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:⟦\d+⟧|chips|accelerators|processors|tpus)"), "a", "b", ('design',)),
    ("partners_with", _p(r"⟦a⟧(?:,\s+(?:which|that|who))?\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:co-?designed|co-?designs|co-?designing|"
                         r"helped\s+design|helps\s+design)\s+⟦b⟧['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:⟦\d+⟧|chips|accelerators|processors|tpus)"),
     "a", "b", ('design',)),
    # "HUMAIN and xAI will develop a 500 MW data center": two that build together are partners
    # ("xAI and Saudi Arabia's Humain will build…": the partner past its country's possessive)
    # ("… said on Monday that they will jointly develop an AI data centre")
    ("partners_with", _p(r"⟦a⟧\s+and\s+(?:(?:⟦\d+⟧|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)['’]s\s+)?⟦b⟧\s+"
                         r"(?:(?:said|say|announced)\s+(?:on\s+\w+\s+|today\s+|this\s+week\s+)?(?:that\s+)?they\s+)?"
                         r"(?:will\s+|plan\s+to\s+|are\s+to\s+|have\s+(?:also\s+)?agreed\s+to\s+|agreed\s+to\s+|are\s+|have\s+|would\s+)?"
                         # ("Microsoft and G42 will add 200 megawatts…": not "will invest", which co-investors do)
                         r"(?:also\s+)?(?:jointly\s+)?(?:develop|build|construct|co-develop|co-build|building|developing|add|deploy|launch|"
                         r"open|create|form|opened|launched|built|developed|formed|created)\b"), "a", "b",
     ('develop', 'build', 'construct', 'add', 'deploy', 'launch', 'open', 'create', 'form', 'built', 'formed')),
    # "AWS will invest more than $5 billion in a strategic partnership with HUMAIN"
    # "PIF has committed $10 billion to a joint venture with Google Cloud"
    ("partners_with", _p(r"⟦a⟧\s+(?:will\s+|would\s+|has\s+|have\s+|had\s+|is\s+|also\s+)*(?:invest\w*|form\w*|sign\w*|announc\w*|"
                         r"enter\w*|launch\w*|establish\w*|expand\w*|deepen\w*|commit\w*|creat\w*|set\w*\s+up)\s+(?:[^⟦;.]|⟦\d+⟧){0,60}?"
                         # (the venture may be a name: "we committed to the Stargate joint venture with OpenAI")
                         r"(?:\b(?:partnership|joint\s+venture)|⟦\d+⟧)\s+with\s+"
                         # "with Singapore sovereign wealth fund GIC": what the partner is, before its name
                         r"(?:(?:[\w\-]+\s+){0,3}?(?:fund|firm|investor|group|operator|company|manager|provider|developer|maker)\s+)?⟦b⟧"),
     "a", "b", ('partnership', 'joint venture', 'commit')),
    # "Nscale, the AI hyperscaler, and Aker ASA today announced Stargate Norway, a 50/50 joint venture"
    # ("AMD and Saudi Arabia's HUMAIN have formed a $10 billion joint venture": the partner past its home's possessive)
    # ("AMD, Cisco and Humain have agreed to form a joint venture": each of a list with the last)
    ("partners_with", _p(r"⟦a⟧(?:,\s+⟦c⟧)*(?:,[^⟦;,]{0,40},)?,?\s+and\s+(?:(?:⟦\d+⟧|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)['’]s\s+)?⟦b⟧"
                         r"(?:[^⟦;.]|⟦c⟧){0,80}?\bjoint\s+venture"), "a", "b", ('joint venture',)),
    # "It will spend $15 billion on an AI hub in Visakhapatnam, India, with AdaniConneX and Bharti Airtel as partners"
    # (the sentence's subject: "It will spend $15 billion on an AI hub in Visakhapatnam, India, with AdaniConneX and Bharti
    # Airtel as partners")
    # (not "The Ministry … picked a consortium led by Samsung SDS, with Naver Cloud and KT as partners": the leader's partners)
    ("partners_with", _p(_SUBJECT_WITH + _FIRST_AS_PARTNERS), "a", "b", ('partner',)),
    ("partners_with", _p(_SUBJECT_WITH + _LAST_AS_PARTNERS), "a", "b", ('partner',)),
    ("partners_with", _p(r"\bled\s+by\s+⟦a⟧,?\s+with\s+" + _FIRST_AS_PARTNERS), "a", "b", ('partner',)),
    ("partners_with", _p(r"\bled\s+by\s+⟦a⟧,?\s+with\s+" + _LAST_AS_PARTNERS), "a", "b", ('partner',)),
    # "Google will invest $15 billion … to build an AI hub in Visakhapatnam, …, in partnership with AdaniConneX and Bharti Airtel"
    ("partners_with", _p(r"^\W*⟦a⟧(?:[^⟦;]|⟦c⟧){0,150}?\bin\s+(?:partnership|collaboration|a\s+joint\s+venture)\s+with\s+⟦b⟧"), "a", "b",
     ('partnership', 'collaboration', 'joint venture')),
    ("invests_in", _p(r"⟦a⟧[\s-]+(?:backed|funded)\s+⟦b⟧"), "a", "b", ('backed', 'funded')),
    # "Google backstopped $3.2 billion of Fluidstack's lease obligations in exchange for warrants in TeraWulf" (Google,
    # not Fluidstack, whose obligations they are, nor "its" in "its Barber Lake campus", nor a party of the clause before)
    ("invests_in", _p(r"⟦a⟧(?!['’]s?\s|\s+⟦)(?:(?!,\s+and\s+⟦)(?:[^⟦;.]|\.(?=\d)|⟦\d+⟧)){0,100}?\bin\s+(?:exchange|return)\s+for\s+(?:warrants|an?\s+(?:[\d.]+\s?%\s+)?stake|shares|equity)"
                      # ("in exchange for warrants on up to 10% of AMD")
                      r"(?:\s+(?:on|for)\s+(?:up\s+to\s+|about\s+|roughly\s+)?[\d.]+\s?%)?\s+(?:in|of)\s+⟦b⟧"), "a", "b", ('exchange', 'return')),
    # "Google is backstopping $1.8 billion of TeraWulf's lease obligations in exchange for warrants that would give it an 8%
    # stake": the warrants are in the company whose obligations are backed
    ("invests_in", _p(r"⟦a⟧\s+(?:is\s+|has\s+|will\s+|also\s+|agreed\s+to\s+)*(?:backstop\w*|guarantee\w*|back\w*)\s+(?:[^⟦;.]|\.(?=\d)){0,40}?"
                      r"\bof\s+⟦b⟧['’]s\s+(?:[\w\-]+\s+){0,3}?(?:obligations|payments|debt|lease|leases)\s+in\s+(?:exchange|return)\s+for\s+"
                      r"(?:warrants|an?\s+(?:[\d.]+\s?%\s+)?stake|shares|equity)\b"), "a", "b", ('exchange', 'return')),
    # "MGX, the Abu Dhabi investment firm that also holds stakes in OpenAI and xAI"
    ("invests_in", _p(r"⟦a⟧,\s+(?:a|an|the)\s+[^⟦;,]{0,60}?\s+(?:that|which|who)\s+(?:also\s+|still\s+)?(?:holds|owns|has)\s+(?:a\s+|an\s+)?"
                      + _STAKE + _STAKE_IN), "a", "b", ('stake', 'shares')),
    # "it is the anchor tenant of TeraWulf's Lake Mariner campus"
    ("provides_capacity", _p(r"⟦b⟧\s+(?:is|was|will\s+be|became|has\s+become)\s+(?:the|an?)\s+(?:anchor\s+|main\s+|sole\s+|first\s+|"
                             r"largest\s+|only\s+)?tenant\s+(?:of|at|in)\s+⟦a⟧"), "a", "b", ('tenant',)),
    # "When xAI turned a former Electrolux factory in Memphis into Colossus": a building converted into a site
    ("builds_datacenter", _p(r"⟦a⟧\s+(?:has\s+|had\s+|will\s+|also\s+)*(?:turned|turns|converted|converts|transformed|transforms|"
                             r"repurposed|retrofitted)\s+(?:a|an|the|its)\s+(?:[^⟦;.]|⟦c⟧){0,60}?\binto\s+⟦b⟧"), "a", "b",
     ('turned', 'turns', 'converted', 'converts', 'transformed', 'transforms', 'repurposed', 'retrofitted')),
    # "Meta has agreed a $27 billion financing for its Hyperion data center campus …, with funds managed by Blue Owl Capital"
    ("partners_with", _p(r"⟦a⟧\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:agreed|signed|struck|reached|arranged|secured|closed)\s+(?:a|an)\s+"
                         r"(?:[^⟦;]|\.(?=\d)){0,60}?\b(?:financing|deal|agreement|partnership|joint\s+venture)\b(?:[^;]|⟦c⟧){0,100}?\bwith\s+"
                         r"(?:funds\s+(?:managed|advised)\s+by\s+|affiliates\s+of\s+)⟦b⟧"), "a", "b", ('funds managed', 'funds advised',
                                                                                              'affiliates of')),
    # "Poolside … will develop Project Horizon, a 2-gigawatt AI campus …, with CoreWeave as its anchor tenant": the sentence's
    # subject lets the campus to it
    ("provides_capacity", _p(r"^\W*⟦a⟧(?:[^;]|⟦c⟧){0,200}?\bwith\s+⟦b⟧\s+as\s+(?:its|the|their)\s+(?:anchor\s+|main\s+|sole\s+|first\s+|"
                             r"largest\s+)?tenant\b"), "a", "b", ('tenant',)),
    # "Ascenty, the operator controlled by Digital Realty, signed Microsoft as the anchor tenant of a campus": the landlord
    ("provides_capacity", _p(r"⟦a⟧(?:,(?:[^⟦;,]|⟦c⟧){1,100},)?\s+(?:has\s+|had\s+)?signed\s+(?:on\s+)?⟦b⟧\s+as\s+(?:its|the|their|a|an)\s+"
                             r"(?:anchor\s+|main\s+|sole\s+|first\s+|largest\s+)?tenant\b"), "a", "b", ('tenant',)),
    # "Having signed coding start-up Anysphere, the maker of Cursor, as its largest customer, the company is …": the main
    # clause's subject lets its capacity to the customer of the fronted phrase
    ("provides_capacity", _p(r"^\W*Having\s+(?:signed|won|added|landed|secured)\s+(?:[\w\-]+\s+){0,3}?⟦b⟧(?:,(?:[^⟦;,]|⟦\d+⟧){1,60},)?\s+"
                             r"as\s+(?:its|their|⟦\d+⟧)\s+(?:[\w\-]+\s+){0,2}?(?:customer|client|tenant),\s+⟦a⟧"), "a", "b",
     ('customer', 'client', 'tenant')),
    # "The start-up … had signed Crusoe as its first customer, which will run inference workloads on the cluster"
    ("provides_capacity", _p(_SIGNED_AS + r"(?:first|largest|anchor|launch|biggest|main)\s+customer\b(?:[^⟦;.]{0,20}?\b(?:run|use|rent)\w*\s+"
                             r"[^⟦;.]{0,40}?\b(?:on|in|at)\s+(?:the|its)\s+(?:cluster|cloud|capacity|site|campus|data\s+cent(?:er|re)))"),
     "a", "b", ('customer',)),
    # "It won the contract to develop Anthropic's $50 billion US data-center build-out"
    ("partners_with", _p(r"⟦a⟧\s+(?:has\s+|had\s+)?(?:won|secured|landed|was\s+awarded|has\s+been\s+awarded)\s+(?:the|a)\s+"
                         r"(?:[\w\-]+\s+)?contract\s+to\s+(?:develop|build|construct|design|operate)\s+⟦b⟧"), "a", "b",
     ('contract',)),
    # "it is the largest investor in Stargate", "The Kuwait Investment Authority and Temasek are also investors in …"
    ("invests_in", _p(r"⟦a⟧(?:(?:,|,?\s+and)\s+⟦c⟧)*\s+(?:is|are|was|were|remains|remain|has\s+been|have\s+been|became|become)\s+"
                      r"(?:also\s+|now\s+|still\s+|already\s+)*(?:the\s+|a\s+|an\s+|one\s+of\s+the\s+|among\s+the\s+)?(?:[\w\-]+\s+){0,2}?"
                      r"(?:investors?|backers?|shareholders?|stakeholders?)\s+in\s+(?:the\s+)?⟦b⟧"), "a", "b",
     ('investor', 'backer', 'shareholder', 'stakeholder')),
    # "with Google backstopping $1.8 billion of Fluidstack's lease obligations and taking an 8% stake in TeraWulf"
    ("invests_in", _p(r"\bwith\s+⟦a⟧\s+(?:[^⟦;.]|\.(?=\d)|⟦\d+⟧){0,120}?\band\s+(?:taking|receiving|getting|acquiring)\s+(?:an?\s+)?"
                      r"(?:[\d.]+\s?%\s+)?(?:stake|warrants|shares|equity)\s+in\s+⟦b⟧"), "a", "b", ('stake', 'warrant', 'shares', 'equity')),
    # "the Brookfield AI Infrastructure Fund, in which Nvidia and the Kuwait Investment Authority are investors"
    ("invests_in", _p(r"⟦b⟧,\s+in\s+which\s+⟦a⟧(?:(?:,|,?\s+and)\s+(?:the\s+)?⟦c⟧)*\s+(?:is|are|was|were|will\s+be)\s+(?:also\s+|now\s+)?"
                      r"(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,2}?(?:investors?|backers?|shareholders?|limited\s+partners?|anchor\s+investors?)\b"),
     "a", "b", ('investor', 'backer', 'shareholder', 'limited partner')),
    # "it counts Nvidia among its shareholders"
    ("invests_in", _p(r"⟦b⟧\s+(?:also\s+)?counts\s+⟦a⟧(?:,?\s+(?:and\s+)?⟦c⟧)*\s+(?:among|as)\s+(?:its|one\s+of\s+its|a|an)\s+"
                      r"(?:\w+\s+){0,2}?(?:shareholders?|investors?|backers?|owners?)"), "a", "b", ('shareholder', 'investor', 'backer', 'owner')),
    ("invests_in", _p(r"⟦a⟧(?:(?:,|,?\s+and)\s+⟦\d+⟧)*,?\s+(?:which|that|who)?\s*(?:also\s+|still\s+|now\s+|already\s+)?"
                      r"(?:(?:will|would|is\s+to|has|have|had|agreed\s+to|plans\s+to|is\s+set\s+to|is|are)\s+)?(?:owns|own|holds|hold|has|have|"
                      r"took|takes|taken|take|taking|acquired|acquire|acquiring|bought|buy|buying|received|receives|receive|gets|get|got)"
                      r"\s+(?:a\s+|an\s+)?" + _STAKE + _STAKE_IN),
     "a", "b", ('stake', '%', 'shares', 'warrant')),
    # "Anthropic has announced a $50 billion investment in American computing infrastructure, building data centers with
    # Fluidstack"
    ("partners_with", _p(r"^\W*⟦a⟧[^⟦;]{0,120}?,\s+(?:building|developing|constructing)\s+(?:new\s+|its\s+|their\s+)?(?:data\s+cent(?:er|re)s|campuses|"
                         r"sites|facilities|clusters|ai\s+factories)\s+with\s+⟦b⟧"), "a", "b", ('building', 'developing', 'constructing')),
    # "Anthropic has said it will invest $50 billion in American AI infrastructure with Fluidstack" (not "… with Nvidia chips")
    ("partners_with", _p(r"(?:^|[.;:]\s+|,\s+and\s+)\W*⟦a⟧\s+(?:has\s+|have\s+|had\s+|also\s+|separately\s+|will\s+|would\s+|plans\s+to\s+|"
                         r"said\s+(?:on\s+\w+\s+)?(?:it|they|⟦\d+⟧)\s+(?:would|will)\s+)*(?:invest|build|develop)\w*\s+(?:[^⟦;.]{1,80}?\s)?with\s+⟦b⟧"
                         r"(?!['’]s|\s+⟦|\s+(?:[\w\-]+\s+)?(?:chips|gpus|processors|accelerators|systems|hardware|technology|capital|money|funds)\b)"),
     "a", "b", ('invest', 'build', 'develop')),
    # "It has agreed to deploy 6 gigawatts of AMD Instinct GPUs, with a warrant for up to 160 million AMD shares"
    ("invests_in", _p(r"⟦a⟧\s+(?:[^⟦;.]|⟦c⟧){0,160}?\bwith\s+(?:a|an)\s+(?:[\w\-]+\s+)?(?:warrants?|options?)\s+(?:for|to\s+(?:buy|acquire|purchase))\s+"
                      r"(?:up\s+to\s+|about\s+|roughly\s+|nearly\s+)?[\d.,]+\s*(?:million|billion)?\s+(?:of\s+)?⟦b⟧(?:['’]s)?\s+shares"),
     "a", "b", ('warrant', 'option')),
    # "the Export and Investment Fund of Denmark put in 100 million kroner for a stake in the operator"
    ("invests_in", _p(r"⟦a⟧\s+(?:[^⟦;.]|\.(?=\d)){0,80}?\bfor\s+(?:a\s+|an\s+)?" + _STAKE + _STAKE_IN),
     "a", "b", ('stake', '%', 'shares')),
    # "Google has backstopped $3.2 billion of … obligations, and received warrants for 14% of TeraWulf": the
    # sentence's subject took the stake, however much stands between
    ("invests_in", _p(r"^(?:\w+,\s+)?⟦a⟧\s+[^;]{0,200}?,?\s+and\s+(?:also\s+)?(?:received|receives|took|takes|acquired|"
                      r"got|gets|was\s+granted|won)\s+(?:a\s+|an\s+)?" + _STAKE + _STAKE_IN),
     "a", "b", ('stake', '%', 'shares', 'warrant')),
    ("invests_in", _p(r"⟦b⟧\s*\(?,?\s*(?:which\s+is\s+|which\s+has\s+been\s+|is\s+|also\s+|was\s+|were\s+|has\s+been\s+|"
                      # (not "a loan from JPMorgan Chase backed by its Nvidia GPUs": collateral, not a backer)
                      r"had\s+been\s+)?(?:backed|funded)\s+by\s+⟦a⟧(?!\s+(?:⟦\d+⟧\s+)?(?:[\w\-]+\s+)?(?:gpus|chips|assets|hardware|servers|"
                      r"equipment|receivables|contracts)\b)"), "a", "b", ('backed', 'funded')),
    # "HUMAIN, the artificial intelligence company backed by the Public Investment Fund"
    ("invests_in", _p(r"⟦b⟧,\s+(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,5}?|⟦\d+⟧\s+)(?:backed|funded)\s+by\s+(?:the\s+)?⟦a⟧"),
     "a", "b",
     ('backed', 'funded')),
    ("invests_in", _p(r"⟦a⟧['’]s\s+(?:\w+\s+){0,2}?(?:investments?|stake)\s+in\s+⟦b⟧"), "a", "b", ('investment', 'stake')),
    # "it has joined funding rounds for Poolside, Reflection AI and Wayve", "Nvidia also joined Mistral AI's Series C"
    ("invests_in", _p(r"⟦a⟧\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:joined|led|co-led|participated\s+in|backed)\s+(?:the\s+)?"
                      r"(?:[\w\-]+\s+)?(?:funding\s+|financing\s+|venture\s+)?rounds?\s+(?:for|of|in)\s+⟦b⟧"), "a", "b", ('round',)),
    ("invests_in", _p(r"⟦a⟧\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:joined|led|co-led|participated\s+in|backed)\s+⟦b⟧['’]s\s+"
                      r"(?:[^⟦;.]|\.(?=\d)){0,40}?\b(?:round|series\s+[a-h]|raise|financing|funding)\b"), "a", "b", ('round', 'series',
                                                                                                     'raise', 'financing', 'funding')),
    ("invests_in", _p(r"⟦b⟧['’]s\s+(?:[^⟦;.]|\.(?=\d)){0,40}?\b(?:round|series\s+[a-h]|raise|financing),\s+which\s+(?:was|is)\s+"
                      r"(?:co-)?led\s+by\s+⟦a⟧"), "a", "b", ('led by',)),
    # "Its $5 billion investment in Intel came with a pact to co-develop x86 processors"
    ("partners_with", _p(r"⟦a⟧(?:['’]s)?\s+(?:[^⟦;.]|\.(?=\d)){0,40}?\b(?:investment|stake)\s+in\s+⟦b⟧\s+(?:came|comes|will\s+come)\s+with\s+"
                         r"(?:an?\s+)?(?:[\w\-]+\s+)?(?:pact|agreement|deal|partnership|collaboration)\b"), "a", "b", ('pact', 'agreement',
                                                                                                          'deal', 'partnership',
                                                                                                          'collaboration')),
    # "CoreWeave, in which Nvidia owns about 6%, buys tens of thousands of Nvidia GPUs a year": the maker sells to it
    ("supplies_chips", _p(r"⟦b⟧(?:,(?:[^⟦;,]|⟦\d+⟧){1,80},)?\s+(?:also\s+|now\s+|still\s+)?(?:buys|bought|orders|ordered|purchases|purchased)\s+"
                          r"(?:[\w\-,]+\s+){0,5}?⟦a⟧\s+(?:gpus|chips|accelerators|processors)\b"), "a", "b", ('buys', 'bought', 'orders', 'ordered',
                                                                                                 'purchases', 'purchased')),
    # "Eni runs HPC6, one of Europe's most powerful supercomputers, built by HPE with nearly 14,000 AMD GPUs": the maker of
    # the system sells it, chips and all, to the one who runs it
    ("supplies_chips", _p(r"⟦b⟧(?:,[^⟦;,]{1,40},)?\s+(?:also\s+|now\s+)?(?:runs|operates|owns)\s+⟦\d+⟧,\s+(?:[^⟦;]|⟦\d+⟧){0,80}?,?\s+"
                          r"built\s+by\s+⟦a⟧\s+(?:with|using|around)\s+(?:[^⟦;.]|⟦\d+⟧|\.(?=\d)){0,60}?\b(?:gpus|chips|accelerators|"
                          r"processors|superchips)\b"), "a", "b", ('built',)),
    # "Casa dos Ventos will spend about $9.2 billion on the site, with financing from Brazil's development bank BNDES": the
    # subject's backer
    ("invests_in", _p(r"^\W*⟦b⟧\s+(?:[^⟦;]|⟦\d+⟧|\.(?=\d)){0,160}?,?\s+with\s+(?:[\w\-]+\s+)?(?:financing|funding|backing|loans?|debt|"
                      r"capital)\s+from\s+(?:[\w\-]+['’]s\s+)?(?:[a-z][\w\-]*\s+){0,3}?⟦a⟧"), "a", "b",
     ('financing', 'funding', 'backing', 'loan', 'debt', 'capital')),
    # "Nvidia, whose GB300 systems use HBM3E stacks made by SK Hynix": the maker of the parts sells them to the system's maker
    ("supplies_chips", _p(r"⟦b⟧(?:['’]s|,\s+whose)\s+(?:[^⟦;.]|⟦\d+⟧){0,40}?\b(?:systems|chips|gpus|accelerators|servers|racks)\s+"
                          r"(?:use|uses|used|rely\s+on|relies\s+on|contain|contains|carry|carries)\s+(?:[^⟦;.]|⟦\d+⟧){0,40}?\b(?:made|supplied|"
                          r"built|produced)\s+by\s+⟦a⟧"), "a", "b", ('made by', 'supplied by', 'built by', 'produced by')),
    # "Nvidia said the first Blackwell wafers had come off TSMC's Arizona line": the foundry makes them for their designer
    ("supplies_chips", _p(r"⟦b⟧\s+(?:said|says|announced)\s+(?:that\s+)?(?:the\s+)?(?:first\s+)?⟦\d+⟧\s+" + _OFF_THE_LINE), "a", "b",
     ('come off', 'came off', 'rolled off')),
    ("makes_chip", _p(r"⟦b⟧\s+" + _OFF_THE_LINE), "a", "b", ('come off', 'came off', 'rolled off')),
    # "Telus has opened a sovereign AI factory in Rimouski, Quebec, with Nvidia chips supplied by HPE": the supplier sells
    # to the one whose site it equips
    ("supplies_chips", _p(r"⟦b⟧\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:opened|built|launched|equipped|filled|deployed)\s+"
                          r"(?:[^⟦;.]|⟦\d+⟧){0,80}?\bwith\s+(?:⟦\d+⟧\s+)?(?:chips|gpus|servers|systems|accelerators)\s+"
                          r"(?:supplied|provided|built|delivered)\s+by\s+⟦a⟧"), "a", "b", ('supplied by', 'provided by', 'built by', 'delivered by')),
    # "KKR and Energy Capital Partners said on Thursday they will invest $50 billion together in data centres"
    ("partners_with", _p(r"⟦a⟧\s+and\s+⟦b⟧\s+(?:said\s+(?:on\s+[A-Z][a-z]+\s+)?(?:that\s+)?(?:they|⟦\d+⟧)\s+)?(?:will|would|plan\s+to|agreed\s+to|are\s+to)\s+"
                         r"(?:invest|spend|build|develop|commit|deploy)\w*\s+(?:[^;.]|\.(?=\d)){0,60}?\btogether\b"), "a", "b", ('together',)),
    # "Meta's MTIA is fabricated by TSMC and co-designed with Broadcom": the chip's owner works with its co-designer
    ("partners_with", _p(r"⟦a⟧['’]s\s+(?:[\w\-]+\s+){0,2}?⟦\d+⟧(?:[^⟦;.]|⟦\d+⟧){0,60}?\bco-?designed\s+with\s+⟦b⟧"), "a", "b", ('co-design',)),
    # "Nscale will own and operate the facility and rent it to Microsoft"
    # (not "to buy Nvidia processors and lease them to xAI": a maker named as the brand of what is leased)
    # ("… the Abilene campus for Oracle, which rents it to OpenAI": the one the relative clause is about lets it, not the
    # sentence's subject)
    ("provides_capacity", _p(r"(?:^\W*|,\s+|\b(?:which|that)\s+)⟦a⟧(?!\s+(?:⟦\d+⟧\s+)?(?:[\w\-]+\s+)?(?:chips|gpus|processors|systems|servers|accelerators)\b)"
                             r"\s+(?:will\s+|would\s+|also\s+)*(?:(?!,\s+(?:which|that)\b)(?:[^⟦;.]|⟦\d+⟧)){0,60}?"
                             r"\b(?:rent|rents|lease|leases|let|lets)\s+(?:it|them|the\s+(?:facility|site|"
                             r"campus|capacity|space))\s+to\s+⟦b⟧"), "a", "b", ('rent', 'lease', 'let')),
    ("provides_capacity", _p(r"⟦a⟧,\s+(?:which|that)\s+(?:will\s+|would\s+|also\s+|now\s+|in\s+turn\s+)*(?:rent|rents|lease|leases|let|lets|"
                             r"sublets?|subleases?)\s+(?:it|them|the\s+(?:facility|site|campus|capacity|space))\s+to\s+⟦b⟧"), "a", "b",
     ('rent', 'lease', 'let')),
    # "Meta has chosen two inference-chip start-ups, Cerebras Systems and Groq, to serve its Llama models"
    ("uses_cloud", _p(r"⟦a⟧\s+(?:has\s+|have\s+)?(?:chosen|picked|selected|tapped|hired)\s+(?:[^⟦;.]{0,60}?,\s+)?⟦b⟧(?:(?:,|,?\s+and)\s+⟦\d+⟧)*,?\s+"
                      r"to\s+(?:serve|run|host|power)\s+(?:its|their|⟦\d+⟧)"), "a", "b", ('serve', 'run', 'host', 'power')),
    # "Microsoft … and is building the country's largest supercomputer with Nscale"
    ("partners_with", _p(r"^\W*⟦a⟧[^;]{0,200}?,?\s+and\s+(?:is|are|will\s+be)\s+(?:building|developing|constructing)\s+(?:an?|the|its|their)\s+"
                         r"[^⟦;.]{0,60}?\b(?:supercomputer|data\s+cent(?:er|re)|campus|cluster|facility)\s+(?:together\s+)?with\s+⟦b⟧"), "a", "b",
     ('building', 'developing', 'constructing')),
    # "Groq runs its European capacity from a site in Helsinki built with Equinix": the site's operator, and who built it with
    ("builds_datacenter", _p(r"⟦a⟧\s+(?:also\s+|now\s+)?(?:runs|operates|serves)\s+(?:its\s+|their\s+)?[^⟦;.]{0,40}?\bfrom\s+(?:a|an|the|its|their)\s+"
                             r"(?:[\w\-]+\s+)?⟦b⟧"), "a", "b", ('runs', 'operates', 'serves')),
    ("partners_with", _p(r"(?:^\W*|,\s+and\s+)⟦a⟧(?:(?!,\s+and\s+⟦)[^;]){0,150}?⟦\d+⟧\s+(?:that\s+|which\s+)?(?:was\s+|is\s+|being\s+)?"
                         r"(?:built|developed|constructed)\s+"
                         r"(?:together\s+|jointly\s+)?with\s+⟦b⟧"), "a", "b", ('built', 'developed', 'constructed')),
    # "Google has committed £5 billion over two years, including a new data centre in Waltham Cross"
    ("builds_datacenter", _p(r"^\W*⟦a⟧(?:[^⟦;]|\.(?=\d)){0,120}?\bincluding\s+(?:an?\s+|its\s+|their\s+)?(?:new\s+|first\s+)?(?:[\w\-]+\s+)?⟦b⟧"),
     "a", "b", ('including',)),
    # "OpenAI, Nvidia and Nscale launched Stargate UK": each of those who launched it together
    # (the match names the second of them; the list's rest is read as the rest of the list)
    ("partners_with", _p(r"⟦a⟧(?:,|,?\s+and)\s+⟦b⟧(?:(?:,|,?\s+and)\s+⟦\d+⟧)*\s+(?:have\s+|had\s+|also\s+|jointly\s+|together\s+)*"
                         r"(?:launched|formed|unveiled|created|set\s+up|established|founded)\b"), "a", "b",
     ('launched', 'formed', 'unveiled', 'created', 'set up', 'established', 'founded')),
    ("offers_model", _p(r"⟦a⟧[^;]{0,120}?\bto\s+(?:offer|sell|serve|provide)\s+(?:⟦\d+⟧['’]s\s+)?⟦b⟧\s+(?:models?\s+)?to\s+(?:its|their|⟦\d+⟧)"),
     "a", "b", ('offer', 'sell', 'serve', 'provide')),
    ("offers_model", _p(r"⟦a⟧\s+(?:also\s+)?(?:offers|sells|serves)\s+(?:⟦\d+⟧['’]s\s+)?⟦b⟧\s+(?:models?\s+)?(?:through|via|under)\s+(?:a|an)\s+"
                        r"(?:separate\s+)?(?:partnership|agreement|deal)"), "a", "b", ('offers', 'sells', 'serves')),
    # "Databricks also agreed to a five-year, $100 million deal with Anthropic", "Snowflake has a similar agreement with Anthropic"
    ("partners_with", _p(r"⟦a⟧\s+(?:also\s+)?(?:has|had|agreed\s+to|signed|struck|inked)\s+(?:a|an)\s+(?:[^⟦;.]|\.(?=\d)){0,40}?\b(?:deal|agreement|"
                         r"contract|partnership)\s+with\s+⟦b⟧"), "a", "b", ('deal', 'agreement', 'contract', 'partnership')),
    # "Lumen Technologies signed a $200 million deal to use Palantir's software"
    ("partners_with", _p(r"⟦a⟧\s+(?:also\s+|separately\s+)?(?:signed|struck|inked|agreed)\s+(?:to\s+)?(?:a|an)\s+(?:[^⟦;.]|\.(?=\d)){0,40}?\b(?:deal|"
                         r"agreement|contract)\s+to\s+(?:use|deploy|adopt|license)\s+⟦b⟧"), "a", "b", ('deal', 'agreement', 'contract')),
    # "Palantir Technologies and Nvidia have agreed to combine Palantir's software with Nvidia's computing"
    ("partners_with", _p(r"⟦a⟧\s+and\s+⟦b⟧\s+(?:have\s+|has\s+)?agreed\s+to\s+(?:combine|integrate|pair|work|develop|build|bring|jointly)\b"),
     "a", "b", ('agreed',)),
    # "the US Department of Energy will build seven new AI supercomputers with Nvidia, Oracle and AMD, including Solstice"
    ("builds_datacenter", _p(r"⟦a⟧\s+(?:will\s+|would\s+|plans\s+to\s+|is\s+to\s+)*(?:build|builds|develop|develops)\s+(?:[\w\-]+\s+){0,4}?"
                             r"(?:supercomputers|data\s+cent(?:er|re)s|campuses|sites|clusters)\b(?:[^;.]|⟦\d+⟧){0,80}?\bincluding\s+⟦b⟧"),
     "a", "b", ('including',)),
    ("partners_with", _p(r"⟦a⟧\s+(?:will\s+|would\s+|plans\s+to\s+|is\s+to\s+)*(?:build|builds|develop|develops)\s+(?:[\w\-]+\s+){0,4}?"
                         r"(?:supercomputers|data\s+cent(?:er|re)s|campuses|sites|clusters)\s+with\s+⟦b⟧"), "a", "b", ('build', 'develop')),
    # "Tesla shareholders voted to approve an investment in xAI"
    ("invests_in", _p(r"⟦a⟧(?:['’]s)?\s+(?:shareholders|board|directors)\s+(?:have\s+|has\s+)?(?:voted|agreed)\s+to\s+(?:approve|back|"
                      r"authori[sz]e)\s+(?:an?\s+|the\s+)?(?:[\w\-$.]+\s+){0,3}?(?:investment|stake)\s+in\s+⟦b⟧"), "a", "b", ('approve', 'back',
                                                                                                        'authoris', 'authoriz')),
    # "it remains one of Nvidia's largest buyers": the chip maker sells to it
    # "Nvidia will supply its Blackwell GPUs to Meta"; "Rebellions, …, raised $250 million …, and will supply its Rebel-Quad
    # accelerators to KT's cloud" (the sentence's subject, a verb of its own after ", and")
    ("supplies_chips", _p(r"⟦a⟧(?:,(?:[^⟦;]|⟦c⟧){1,80},)?\s+" + _SUPPLIES_CHIPS_TO), "a", "b", _SUPPLY_WORDS),
    ("supplies_chips", _p(r"^\W*(?:[\w\-]+,?\s+){0,3}?⟦a⟧(?:[^⟦;]|⟦c⟧){0,200}?,?\s+and\s+" + _SUPPLIES_CHIPS_TO), "a", "b", _SUPPLY_WORDS),
    # "MatX … has signed Cohere as its first customer": a chip maker's customer buys its chips
    ("supplies_chips", _p(_SIGNED_AS + r"(?:first|largest|anchor|launch|biggest|main)\s+customer\b(?!\s+(?:of|for)\b)"), "a", "b",
     ('customer',)),
    # "FuriosaAI … instead signed LG AI Research as the first customer of its RNGD chip"
    ("supplies_chips", _p(_SIGNED_AS + r"(?:first\s+|largest\s+|anchor\s+|launch\s+|biggest\s+|main\s+)?customer\s+(?:of|for)\s+"
                          r"(?:its|the|their|⟦\d+⟧)\s+(?:[\w\-]+\s+){0,2}?(?:⟦\d+⟧\s+)?(?:chips?|processors?|accelerators?|gpus?|silicon)\b"), "a", "b",
     ('customer',)),
    ("supplies_chips", _p(r"⟦b⟧(?:,[^⟦;]{1,60},)?\s+(?:is|remains|was|has\s+been|will\s+be)\s+(?:also\s+|still\s+)?(?:one\s+of\s+)?"
                          r"⟦a⟧['’]s\s+(?:[\w\-]+\s+){0,2}?(?:buyers?|customers?)\b"), "a", "b", ('buyer', 'customer')),
    # "QIA … has been buying into labs, with stakes in Anthropic and xAI"
    ("invests_in", _p(r"^\W*⟦a⟧(?:[^⟦;.]|⟦\d+⟧){0,80}?\bwith\s+(?:its\s+)?stakes\s+in\s+⟦b⟧"), "a", "b", ('stakes',)),
    # "Arm, in which we hold about 90%"
    ("invests_in", _p(r"⟦b⟧,\s+in\s+which\s+⟦a⟧\s+(?:now\s+|still\s+|also\s+)?(?:holds?|owns?|has|have)\s+(?:a\s+|an\s+)?"
                      r"(?:about\s+|roughly\s+|nearly\s+|around\s+|some\s+)?(?:[\d.]+\s?%|(?:[\w\-]+\s+)?stake|majority)"), "a", "b",
     ('stake', '%', 'majority')),
    # ("Nvidia, which invested in Nebius last year, …", "SoftBank agreed to invest in OpenAI"; "it is investing £500 million
    # in Nscale": a sum in a currency the graph does not hold)
    # (not a headline's list of verbs, "Google doubles down on Anthropic, invests in Fluidstack-backed TeraWulf sites")
    ("invests_in", _p(r"⟦a⟧(?:,\s+(?:which|who|that)\s+|\s+(?:which\s+|who\s+|that\s+)?)(?:(?:has|had|have|also|will|would|is|are|was|were|be|plans\s+to|planned\s+to|"
                      r"agreed\s+to|expects\s+to|intends\s+to|is\s+set\s+to|is\s+to|said\s+it\s+(?:would|will))\s+)*"
                      r"(?:invested|investing|invests|invest|backs|backed)\s+(?:(?:\w+|[£€¥₹₩][\d.,]+)\s+){0,4}?in\s+⟦b⟧(?![\-‐]\w)"), "a", "b",
     ('invest', 'backs', 'backed')),
    # "Nvidia … remains its only supplier of GPUs"
    ("supplies_chips", _p(r"⟦a⟧(?:,(?:[^⟦;]|⟦c⟧){1,80},)?\s+(?:is|remains|was|has\s+been|will\s+be)\s+(?:also\s+|still\s+)?⟦b⟧(?:['’]s)?\s+(?:only|main|sole|"
                          r"largest|biggest|primary|exclusive)?\s*(?:supplier|provider|source)\s+of\s+(?:[\w\-]+\s+)?(?:gpus|chips|accelerators|"
                          r"processors)\b"), "a", "b", ('supplier', 'provider', 'source')),
    # "Cisco will invest $1 billion in AI startups …, including a stake in Mistral AI"
    ("invests_in", _p(r"^\W*⟦a⟧\s+[^;]{0,200}?\binvest\w*\b[^;]{0,150}?\bincluding\s+(?:a|an|its)\s+(?:[\w\-]+\s+)?stake\s+in\s+⟦b⟧"),
     "a", "b", ('including', 'stake')),
    # "… MGX, is an investor in both OpenAI and xAI"; "The UAE, through MGX, is an investor in OpenAI"
    # ("MGX, which counts G42 and Mubadala among its founders, is an investor in OpenAI, xAI and the Stargate venture")
    ("invests_in", _p(r"⟦a⟧(?:,\s+(?:which|who)\s+(?:[^,;]|⟦\d+⟧){1,80},)?,?\s+(?:(?:is|was|remains|has\s+been|became)\s+(?:also\s+|still\s+|now\s+)?)?"
                      r"(?:an?\s+|the\s+)?(?:\w+\s+)?(?:investor|shareholder|backer)\s+in\s+(?:both\s+)?⟦b⟧"), "a", "b",
     ('investor', 'shareholder', 'backer')),
    ("invests_in", _p(r"⟦a⟧(?:,\s+(?:which|who)\s+(?:[^,;]|⟦\d+⟧){1,80},)?,?\s+(?:(?:is|was|remains|has\s+been|became)\s+(?:also\s+|still\s+|now\s+)?)?"
                      r"(?:an?\s+|the\s+)?(?:\w+\s+)?(?:investor|shareholder|backer)\s+in\s+(?:both\s+)?(?:⟦\d+⟧(?:,\s*|,?\s+and\s+)){1,4}"
                      r"(?:the\s+)?⟦b⟧"), "a", "b", ('investor', 'shareholder', 'backer')),
    ("invests_in", _p(r"⟦a⟧(?:,\s+(?:which|who)\s+(?:[^,;]|⟦\d+⟧){1,80},)?,?\s+(?:(?:is|was|remains|has\s+been|became)\s+(?:also\s+|still\s+|now\s+)?)?"
                      r"(?:an?\s+|the\s+)?(?:\w+\s+)?(?:investor|shareholder|backer)\s+in\s+(?:both\s+)?(?:⟦\d+⟧(?:,\s*|,?\s+and\s+)){1,4}?"
                      r"(?:the\s+)?⟦b⟧"), "a", "b", ('investor', 'shareholder', 'backer')),
    # ("Its backers include Nvidia")
    ("invests_in", _p(r"⟦b⟧(?:['’]s)?\s+(?:\w+\s+)?(?:investors?|backers?|shareholders?),?\s+(?:including\s+|such\s+as\s+|"
                      r"(?:now\s+|also\s+)?(?:include|includes|included|are|were)\s+)?⟦a⟧"),
     "a", "b", ('investor', 'backer', 'shareholder')),
    # ("Amazon, one of Celestial's existing investors, will receive warrants")
    ("invests_in", _p(r"⟦a⟧(?:\s+(?:is\s+|as\s+)?|,\s+)(?:one\s+of\s+)?⟦b⟧['’]s\s+(?:\w+\s+)?(?:investors?|backers?|shareholders?)"),
     "a", "b", ('investor', 'backer', 'shareholder')),
    ("subsidiary_of", _p(r"⟦b⟧(?:\s+(?:Inc\.?|Corp\.?))?['’]s\s+(?:cloud\s+|computing\s+)?(?:unit|subsidiary|division|arm|"
                         r"business|lab)?,?\s*⟦a⟧"), "a", "b", ("'s", '’s')),
    # ("Iron Mountain Data Centers, the data-centre arm of records-storage company Iron Mountain")
    ("subsidiary_of", _p(r"⟦a⟧,?\s+(?:a|the|an)\s+(?:[\w\-]+\s+){0,2}?(?:unit|subsidiary|division|arm|lab)\s+of\s+"
                         r"(?:(?:[\w\-]+\s+){0,2}?(?:company|group|firm|conglomerate)\s+)?⟦b⟧"), "a", "b", ('unit', 'subsidiary', 'division', 'arm', 'lab')),
    # "Its data-centre arm, Sify Infinit Spaces, listed…": the owner the pronoun stands for
    ("subsidiary_of", _p(r"(?:^|[.;]\s+)\W*⟦b⟧\s+(?:[\w\-]+\s+){0,2}?(?:unit|subsidiary|division|arm),\s+⟦a⟧"), "a", "b",
     ('unit', 'subsidiary', 'division', 'arm')),
    # "Ampere will operate as a wholly owned subsidiary of SoftBank"
    ("subsidiary_of", _p(r"⟦a⟧\s+(?:will\s+|would\s+|is\s+to\s+)?(?:operate|operates|become|becomes|became|remain|remains|"
                         r"continue|continues|is|was|will\s+be)(?:\s+to\s+operate)?(?:\s+as)?\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?"
                         r"(?:unit|subsidiary|division|arm)\s+of\s+⟦b⟧"), "a", "b", ('unit', 'subsidiary', 'division', 'arm')),
    # "Khazna Data Centers, a G42 subsidiary,"
    ("subsidiary_of", _p(r"⟦a⟧,\s+(?:a|the|an)\s+⟦b⟧(?:['’]s)?\s+(?:[\w\-]+\s+)?(?:unit|subsidiary|division|arm|affiliate|company)\b"),
     "a", "b", ('unit', 'subsidiary', 'division', 'arm', 'affiliate', 'company')),
    # "CapitalG, Alphabet's growth fund"
    ("subsidiary_of", _p(r"⟦a⟧,\s+⟦b⟧['’]s\s+(?:[\w\-]+\s+){0,2}?(?:unit|subsidiary|division|arm|affiliate|fund)\b(?!\s+(?:of|for)\b)"),
     "a", "b", ('unit', 'subsidiary', 'division', 'arm', 'affiliate', 'fund')),
    # ("Humain, owned by Saudi Arabia's Public Investment Fund": the fund, not the country that owns it)
    ("subsidiary_of", _p(r"⟦a⟧,?\s+(?:which\s+is\s+)?(?:(?:majority|wholly|partly)[- ])?(?:owned|controlled)\s+by\s+(?:the\s+)?"
                         r"(?:(?:(?:[A-Z][\w\-]*\s+)?[\w\-]+|⟦\d+⟧)['’]s\s+)?⟦b⟧"), "a", "b", ('owned', 'controlled')),
    # ("Start Campus, owned by Davidson Kempner Capital Management and Pioneer Point Partners": each owner)
    ("subsidiary_of", _p(r"⟦a⟧,?\s+(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,5}?)?(?:which\s+is\s+)?(?:jointly\s+)?(?:owned|controlled)\s+by\s+(?:the\s+)?"
                         r"⟦c⟧(?:,\s+(?:the\s+)?⟦c⟧)*,?\s+"
                         r"and\s+(?:the\s+)?⟦b⟧"), "a", "b", ('owned', 'controlled')),
    # "Tata Consultancy Services (NSE: TCS) said it would build 1 gigawatt … through a new unit, HyperVault": the subject's
    ("subsidiary_of", _p(r"⟦b⟧(?:\s*\((?:[^)⟦]|⟦\d+⟧)*\))?\s+(?:said\s+(?:that\s+)?)?(?:⟦\d+⟧\s+)?[^⟦;]{0,150}?\b(?:through|via|under|in)\s+"
                         r"(?:a|an|its)\s+new\s+(?:[\w\-]+\s+)?(?:unit|subsidiary|arm|division|company|venture),\s+⟦a⟧"), "a", "b",
     ('unit', 'subsidiary', 'arm', 'division', 'company', 'venture')),
    # "Iliad will invest €3 billion, most of it through OpCore, its data-centre unit": the sentence's subject owns it
    ("subsidiary_of", _p(r"^\W*(?:[\w\-]+,?\s+){0,3}?⟦b⟧(?:[^⟦;]|⟦c⟧){0,220}?⟦a⟧,\s+its\s+(?:[\w\-]+\s+){0,2}?(?:unit|subsidiary|"
                         r"division|arm|affiliate)\b"), "a", "b", ('unit', 'subsidiary', 'division', 'arm', 'affiliate')),
    ("subsidiary_of", _p(r"⟦a⟧['’]s\s+parent(?:\s+company)?,?\s+⟦b⟧"), "a", "b", ('parent',)),
    # "chips designed by its own T-Head unit", "its Kunlunxin unit won an order"
    ("subsidiary_of", _p(r"⟦b⟧(?:['’]s)?\s+(?:own\s+)?⟦a⟧\s+(?:(?:chip|cloud|chip-design|semiconductor|ai|research|computing)\s+)?"
                         r"(?:unit|subsidiary|division|arm)\b"), "a", "b", ('unit', 'subsidiary', 'division', 'arm')),
    # "Arm, which SoftBank controls, designs…"
    ("subsidiary_of", _p(r"⟦a⟧,\s+(?:which|that)\s+⟦b⟧\s+(?:also\s+|still\s+)?(?:controls|owns|majority-owns|wholly\s+owns|acquired\s+in)\b"),
     "a", "b", ('controls', 'owns')),
    # "Through its majority-owned Arm, SoftBank …"
    ("subsidiary_of", _p(r"⟦b⟧(?:['’]s)?\s+(?:majority|wholly|fully)[- ]owned\s+(?:unit\s+|subsidiary\s+)?⟦a⟧"), "a", "b", ('owned',)),
    # "data centers run by its subsidiary Africa Data Centres"
    ("subsidiary_of", _p(r"⟦b⟧(?:['’]s)?\s+(?:(?:data[- ]cent(?:er|re)|cloud|chip|local|[A-Z][a-z]+)\s+)?(?:subsidiary|unit|division|affiliate)\s+⟦a⟧"),
     "a", "b", ('subsidiary', 'unit', 'division', 'affiliate')),
    # "HUMAIN, the artificial intelligence company owned by the Public Investment Fund"; "HUMAIN is a PIF company"
    # ("Aleph Alpha, the Heidelberg start-up now owned by Schwarz Group": a town on no list may stand in the apposition)
    ("subsidiary_of", _p(r"⟦a⟧,\s+(?:a|an|the)\s+(?:(?:[\w\-]+|⟦\d+⟧)\s+){0,5}?(?:(?:majority|wholly|partly)[- ])?(?:owned|controlled)\s+by\s+"
                         r"(?:the\s+)?⟦b⟧"), "a", "b", ('owned', 'controlled')),
    ("subsidiary_of", _p(r"⟦a⟧\s+is\s+(?:a|an)\s+⟦b⟧\s+(?:company|subsidiary|unit|affiliate)\b"), "a", "b",
     ('company', 'subsidiary', 'unit', 'affiliate')),
    # "Safe Superintelligence and Salesforce are also TPU customers", "… are among the other TPU customers Google has named"
    ("uses_chip", _p(r"⟦a⟧(?:(?:,|,?\s+and)\s+⟦c⟧)*\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|now\s+|already\s+)?"
                     r"(?:among\s+|one\s+of\s+)?(?:an?\s+|the\s+|its\s+)?(?:other\s+|many\s+|first\s+)?(?:major\s+|big\s+|large\s+|early\s+)?"
                     r"⟦b⟧\s+(?:customers?|users?|buyers?)\b"), "a", "b",
     ('customer', 'user', 'buyer')),
    # "Samsung Electronics and SK Hynix have signed letters of intent to supply memory chips for OpenAI's Stargate project"
    ("supplies_chips", _p(r"⟦a⟧(?:(?:,|,?\s+and)\s+⟦c⟧)*[^⟦;.]{0,60}?\b" + guarded(r"(?:signed|agreed|struck|reached)") + r"\b[^⟦;.]{0,40}?"
                          r"\bto\s+(?:supply|provide|deliver|sell)\s+(?:[\w\-]+\s+){0,3}?(?:chips|gpus|accelerators|processors|memory|"
                          # ("to supply high-bandwidth memory and DRAM for OpenAI's Stargate project")
                          r"hbm|dram|nand|semiconductors)(?:\s+and\s+(?:[\w\-]+\s+)?(?:chips|memory|hbm|dram|nand|storage))?\s+(?:to|for)\s+⟦b⟧"),
     "a", "b",
     ('signed', 'agreed', 'struck', 'reached')),
    # "Wiwynn is supplying Meta with servers built around Meta's own MTIA accelerators": a server maker's sale
    ("supplies_chips", _p(r"⟦a⟧\s+(?:is\s+|are\s+|will\s+|has\s+been\s+|also\s+|now\s+)*(?:supplying|supplies|supply|supplied)\s+⟦b⟧\s+"
                          r"with\s+(?:[\w\-,]+\s+){0,4}?(?:servers|racks|systems|chips|gpus|accelerators)\b"), "a", "b",
     ('supplying', 'supplies', 'supply', 'supplied')),
    # "Lambda struck a multibillion-dollar agreement to supply Microsoft with tens of thousands of Nvidia GPUs"
    ("supplies_chips", _p(r"⟦a⟧(?:(?:,|,?\s+and)\s+⟦c⟧)*[^⟦;.]{0,60}?\b" + guarded(r"(?:signed|agreed|struck|reached)") + r"\b[^⟦;.]{0,40}?"
                          r"\bto\s+(?:supply|provide|deliver|sell)\s+⟦b⟧\s+with\s+(?:[\w\-,]+\s+){0,5}?(?:⟦\d+⟧\s+)*(?:chips|gpus|accelerators|"
                          r"processors|systems|servers)\b"), "a", "b", ('signed', 'agreed', 'struck', 'reached')),
    # "Samsung Electronics and SK hynix … have signed letters of intent with OpenAI to supply advanced memory chips"
    # ("… with Amazon Web Services in December 2024 to supply custom AI products, including the Trainium2 accelerator")
    ("supplies_chips", _p(r"⟦a⟧(?:(?:,|,?\s+and)\s+⟦c⟧)*[^⟦;.]{0,60}?\b" + guarded(r"(?:signed|agreed|struck|reached)") + r"\b[^⟦;.]{0,40}?\bwith\s+⟦b⟧\s+"
                          r"(?:(?:in|on|this|last|earlier)\s+(?:[\w,]+\s+){0,3}?)?"
                          r"to\s+(?:supply|provide|deliver|sell)\s+(?:[\w\-]+\s+){0,3}?(?:(?:chips|gpus|accelerators|processors|memory|"
                          r"silicon|hbm)\b|(?:ai\s+)?products,?\s+(?:including|such\s+as)\s+(?:the\s+)?⟦\d+⟧)"),
     "a", "b", ('supply', 'provide', 'deliver', 'sell')),
    ("acquired", _p(r"⟦a⟧\s+(?:has\s+|had\s+|will\s+|also\s+|since\s+|already\s+|recently\s+|later\s+|agreed\s+to\s+|plans\s+to\s+|"
                    r"completed\s+(?:its|the)\s+)*"
                    # (not "buy electricity from Eletrobras": what is bought, then its seller)
                    r"(?:acquired|acquires|acquire|bought|buys|buy|acquisition\s+of|takeover\s+of)\s+"
                    r"(?:(?!(?:from|with|for|to|in|on|at|of)\s)\w+\s+){0,2}?⟦b⟧"
                    # (not "bought a former Foxconn electric-vehicle plant": a name describing what is bought; nor "buy Calpine's
                    # gas plants": what it owns)
                    r"(?!(?:['’]s)?\s+(?:[\w\-]+\s+){0,2}?(?:plant|factory|facility|site|campus|building|plants|factories|stake|shares|"
                    r"business|unit|division|arm|assets|chips?|gpus?|accelerators?|processors?|systems|servers|racks|hardware|stock|"
                    r"equity|bonds|notes|debt|securities)\b"
                    r"|\s+⟦\d+⟧)"), "a", "b", ('acqui', 'bought', 'buy', 'takeover')),  # (nor "buys Nvidia chips")
    ("acquired", _p(r"⟦a⟧['’]s\s+(?:[\w$.\-]+\s+){0,3}?(?:acquisition|purchase|takeover)\s+of\s+⟦b⟧"), "a", "b",
     ('acquisition', 'purchase', 'takeover')),
    ("acquired", _p(r"(?:acquisition|purchase|takeover)\s+of\s+⟦b⟧\s+by\s+⟦a⟧"), "a", "b", ('acquisition', 'purchase', 'takeover')),
    # "CoreWeave's biggest customers, OpenAI and Meta, rent … from it"
    ("uses_cloud", _p(r"⟦b⟧['’]s\s+(?:[\w\-]+\s+){0,2}?customers,\s+⟦a⟧(?:(?:,|,?\s+and)\s+⟦\d+⟧)*,"), "a", "b", ('customers',)),
    # "Its largest purchase, Weights & Biases, cost about $1.7 billion"
    ("acquired", _p(r"⟦a⟧(?:['’]s)?\s+(?:(?:largest|biggest|first|latest|newest|most\s+recent|last|previous|second|third)\s+)?"
                    r"(?:acquisition|purchase|takeover|buy),\s+⟦b⟧,"), "a", "b", ('acquisition', 'purchase', 'takeover', 'buy')),
    # "Windsurf, which was later acquired by Cognition"
    ("acquired", _p(r"⟦b⟧,?\s+(?:which\s+|that\s+|who\s+)?(?:was|has\s+been|had\s+been|will\s+be|is\s+being)\s+(?:later\s+|since\s+|"
                    r"subsequently\s+|eventually\s+|then\s+)?(?:acquired|bought)\s+by\s+⟦a⟧"), "a", "b", ('acquired', 'bought')),
    # "Claude Opus 4.1 and Claude Sonnet 4 will also be offered through Microsoft Foundry"
    ("offers_model", _p(r"⟦b⟧(?:\s*(?:,|,?\s+and)\s+⟦\d+⟧)*\s+(?:models?\s+)?(?:is\s+|are\s+|will\s+(?:also\s+)?be\s+|remains?\s+)?"
                        r"(?:now\s+|also\s+)?(?:available|offered|served|hosted|sold|exclusive)\s+"
                        r"(?:\w+\s+){0,2}?(?:on|through|via|in|to)\s+(?:⟦\d+⟧['’]s\s+)?⟦a⟧"), "a", "b",
     ('available', 'offered', 'served', 'hosted', 'sold', 'exclusive')),
    # "Microsoft will make Anthropic's Claude models available to Microsoft 365 Copilot users"
    ("offers_model", _p(r"\bmake\w*\s+(?:⟦\d+⟧['’]s\s+)?⟦b⟧\s+(?:models?\s+)?(?:available|accessible)\s+(?:to|in|on|through|via)\s+⟦a⟧"),
     "a", "b", ('available', 'accessible')),
    ("offers_model", _p(r"⟦a⟧(?:,\s+(?:meanwhile|too|also|for\s+its\s+part),|,\s+(?:which|that))?\s+(?:now\s+|also\s+|already\s+|has\s+|will\s+)*"
                        r"(?:offers|offer|hosts|host|serves|serve|provides|sells|"
                        r"added|adds)\s+"
                        r"(?:\w+\s+){0,3}?(?:⟦c⟧['’]s\s+(?:[\w\-]+\s+){0,2}?)?⟦b⟧"), "a", "b", ('offer', 'host', 'serve', 'provides', 'sells', 'added', 'adds')),
    # ("… offers Poolside's Malibu and Point models": the list's last name too)
    ("offers_model", _p(r"⟦a⟧(?:,\s+(?:which|that))?\s+(?:now\s+|also\s+|already\s+|has\s+|will\s+)*(?:offers|offer|hosts|host|serves|serve|"
                        r"provides|sells|added|adds)\s+(?:\w+\s+){0,3}?(?:⟦c⟧['’]s\s+)?⟦c⟧(?:,\s+⟦c⟧)*,?\s+and\s+⟦b⟧"), "a", "b",
     ('offer', 'host', 'serve', 'provides', 'sells', 'added', 'adds')),
    ("offers_model", _p(r"⟦b⟧[^⟦.;]{0,60}?(?:through|via|on)\s+⟦a⟧"), "a", "b", ('through', 'via', ' on ')),
    # "Oracle already hosts models from Meta, Cohere and xAI, including Grok 4"
    ("offers_model", _p(r"⟦a⟧\s+(?:now\s+|also\s+|already\s+|has\s+|will\s+)*(?:offers|hosts|serves|sells|offered|hosted|served)\s+"
                        r"(?:[\w\-]+\s+)?models\s+(?:from|by)\s+(?:[^⟦.;]|⟦\d+⟧){0,80}?\bincluding\s+(?:⟦\d+⟧['’]s\s+)?⟦b⟧"), "a", "b",
     ('including',)),
    # "models including Anthropic's Claude and Amazon's Nova family through Amazon Bedrock": each model listed
    ("offers_model", _p(r"⟦b⟧(?:(?:,|,?\s+and)\s+(?:⟦\d+⟧['’]s\s+)?⟦c⟧)+(?:\s+(?:family|models?))?\s+(?:through|via)\s+⟦a⟧"), "a", "b",
     ('through', 'via')),
    # "Microsoft Foundry customers will now be able to use Claude Sonnet 4.5 and Claude Opus 4.1"
    ("offers_model", _p(_CUSTOMERS_USE + r"(?:⟦c⟧(?:,\s+⟦c⟧)*,?\s+(?:and|or)\s+)?⟦b⟧"), "a", "b", _CUSTOMER_WORDS),
    ("offers_model", _p(_CUSTOMERS_USE + r"⟦b⟧"), "a", "b", _CUSTOMER_WORDS),
]

_KIND_FOR = {
    "develops_model": (lambda s: s.is_org, lambda o: "AIModel" in o.entity.types),
    "makes_chip": (lambda s: s.is_org, lambda o: "Chip" in o.entity.types),
    "primary_cloud": (lambda s: s.is_org, lambda o: "CloudProvider" in o.entity.types),
    "uses_cloud": (lambda s: s.is_org, lambda o: "CloudProvider" in o.entity.types),
    "partners_with": (lambda s: s.is_org, lambda o: o.is_org),
    "invests_in": (lambda s: s.is_org, lambda o: o.is_org),
    "subsidiary_of": (lambda s: s.is_org or "CloudService" in s.entity.types, lambda o: o.is_org),
    "acquired": (lambda s: s.is_org, lambda o: o.is_org),
    "builds_datacenter": (lambda s: s.is_org, lambda o: "DataCenter" in o.entity.types),
    "supplies_chips": (lambda s: s.is_org, lambda o: o.is_org),
    "provides_capacity": (lambda s: s.is_org, lambda o: o.is_org),
    "commits_spend": (lambda s: s.is_org, lambda o: o.is_org),
    "uses_chip": (lambda s: s.is_org, lambda o: "Chip" in o.entity.types),
    "offers_model": (lambda s: bool({"CloudService", "CloudProvider"} & set(s.entity.types)),
                     lambda o: "AIModel" in o.entity.types),
}
_ALL_WORDS = sorted({w for *_, words in _PATTERNS for w in words}, key=len, reverse=True)
# Key words that open with a letter are not looked for inside words (the text is lower case); " on ", "'s" are
_WORDS_RE = re.compile(r"(?<![a-z])" + trie_regex([w for w in _ALL_WORDS if w[0].isalpha()]) + "|"
                       + trie_regex([w for w in _ALL_WORDS if not w[0].isalpha()]))
# A word found inside a longer one counts too ("use of" holds "use").
_IMPLIED = {w: frozenset(v for v in _ALL_WORDS if v in w) for w in _ALL_WORDS}


def _present_words(lowered: str) -> frozenset[str]:
    """Which of the patterns' key words occur in a sentence, found in one pass."""
    found: set[str] = set()
    for w in _WORDS_RE.findall(lowered):
        found |= _IMPLIED[w]
    return frozenset(found)


# Relations whose patterns may name a list on one side: True when the list is the object side ("backed by
# A and B" names investors as the object group of the pattern's match… see _PATTERNS), False for subjects.
_LISTS = {"invests_in": False, "partners_with": True, "uses_cloud": True, "builds_datacenter": False, "offers_model": False,
          "supplies_chips": False, "acquired": True}
_MAKES_THE_CHIP = re.compile(r"⟦(\d+)⟧\s+(?:will\s+|would\s+|is\s+to\s+|also\s+)*(?:manufacture|manufactures|fabricate|fabricates|"
                             r"make|makes|produce|produces)\s+(?P<noun>the\s+(?:new\s+)?(?:chip|processor|accelerator))s?\b")
_IN_PLACES_BEFORE = re.compile(r"\b(?:in|near|at|across)\s+(?:[A-Z][\w\-]*,?\s+(?:and\s+)?){1,4}$")  # (a list of places: "in Chennai, Mumbai and Noida")
_ACRONYM = re.compile(r"[A-Z]{2,5}")  # a short name in capitals only: a company's ("KT", "FPT"), seldom a common word
_ENDS_NAME = re.compile(r"\s*(?:[,.;)]|\s(?:and|is|was|has|said|will|which|agreed|plans)\b)")
_NEEDS = {"develops_model": {"AIModel"}, "makes_chip": {"Chip"}, "uses_chip": {"Chip"}, "primary_cloud": {"CloudProvider"},
          "uses_cloud": {"CloudProvider"}, "offers_model": {"AIModel"}, "builds_datacenter": {"DataCenter"}}
# The patterns grouped by relation, each with the entity kinds the relation needs and its key words.
# The patterns in order, each with the entity kinds its relation needs; those a sentence's key words allow are
# found by index (a sentence holds few of the words), in that same order.
_FLAT = [(relation, frozenset(_NEEDS.get(relation, ())), pattern, a, b) for relation, pattern, a, b, _ in _PATTERNS]
_ALWAYS = frozenset(i for i, (*_, words) in enumerate(_PATTERNS) if not words)
_BY_WORD: dict[str, set[int]] = {}
for _index, (*_, _words) in enumerate(_PATTERNS):
    for _word in _words:
        _BY_WORD.setdefault(_word, set()).add(_index)
_USE_VERBS = re.compile(r"\b" + guarded(r"(?:run|runs|running|ran|train|trains|trained|"
                        # (not "its primary training partner", "training runs": a noun's modifier)
                        r"training(?!\s+(?:partners?|clusters?|runs?|compute|capacity|data|workloads?|costs?|budgets?))|"
                        r"use|uses|used|using|rel(?:y|ies|ied|ying)|packs|packed|houses|housed|host|hosts|hosting|hosted|"
                        # "plans to fill the sites with Nvidia's GB200 and GB300 systems"
                        r"(?:fill|fills|filled|filling|equip|equips|equipped|equipping|outfit\w*|stock\w*)\s+(?:[\w\-]+\s+){0,4}?with|"
                        # "will move its base-station software onto Nvidia's Grace CPU"
                        r"(?:mov\w+|port\w*)\s+(?:[\w’'\-]+\s+){0,4}?onto|"
                        r"migrat\w*|adopt\w*|deploy\w*|install\w*|powered\s+by|built\s+(?:on|around)|based\s+on|buy\w*|bought|purchas\w*|order\w*|"
                        r"access\s+to|tap\w*|rent\w*|switch\w*\s+to|shift\w*\s+to|mov\w+\s+to|"
                        # "to provide Mistral AI with computing power from 10,000 Nvidia H200 GPUs": the provider's chips
                        r"(?:computing\s+power|compute|capacity)\s+(?:drawn\s+)?from|"
                        # "will double its fleet of Nvidia H100 GPUs"
                        r"fleet\s+of|carr(?:y|ies|ied|ying)|"
                        # "has opened a sovereign AI factory in Rimouski, Quebec, with Nvidia chips supplied by HPE"
                        r"(?:opened|opens|launched|launches)\s+[^;.]{0,80}?\bwith|"
                        # "would spend most of the money on Nvidia GB300 systems"
                        r"spen(?:d|ds|ding|t)\s+(?:[\w$.,\-]+\s+){0,6}?on)") + r"\b", re.I)
# "the first cloud to make Nvidia's GB200 NVL72 systems generally available": a cloud offers the chip
_MAKE_BEFORE = re.compile(r"\b(?:make|makes|made|making)\s+(?:[\w’'\-]+\s+){0,3}$", re.I)
_AVAILABLE_AFTER = re.compile(r"[^.;]{0,40}?\bavailable\b")
_VERSION_TAIL = re.compile(r"(?:\s+\d+(?:\.\d+)*[a-z]?)?(?:\s+(?:Pro|Ultra|Flash|Mini|Max|Turbo|Opus|Sonnet|Haiku|Nano|Lite|Plus))?$")
_BUYS = re.compile(r"(?:buy\w*|bought|purchas\w*|order\w*|deploy\w*)$", re.I)
_WHICH_AFTER = re.compile(r"(?:,\s+(?:its|their|the|a|an)\s+[^,.;]{0,60},|(?:\s+[\w\-]+){0,3}?,?)\s+(?:which|that)\s+(?:the\s+)?")
_USES_AFTER = re.compile(r"\s+(?:also\s+|now\s+|already\s+)?(?:uses|use|used|runs|deploys|deployed|relies\s+on|rents|buys|"
                         r"bought|has\s+adopted|adopted)\b")
_USES_BOTH = re.compile(r"⟦(\d+)⟧(?:,\s+which|,\s+that|\s+(?:also\s+|now\s+)?)\s*(?:uses|use|runs\s+on|relies\s+on|buys|rents)\s+both\b")
# An owner's possessive before what it owns: "Google Cloud's tensor processing units", "Google Cloud's Vertex AI"
_OWNED_BY = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,2}?")
_EQUIPS_SITE = _p(r"⟦a⟧(?:(?:,|,?\s+and)\s+⟦c⟧)*\s+(?:has\s+|have\s+|had\s+|will\s+|also\s+|is\s+|are\s+)*"
                  r"(?:suppl\w*|assembl\w*|build\w*|built|provid\w*|deliver\w*|ship\w*|mak\w*|made)\s+"
                  r"(?:the\s+|its\s+|most\s+of\s+the\s+)?(?:[\w\-]+\s+){0,3}?(?:servers|racks|systems|gpus|chips|accelerators|"
                  r"hardware)\s+for\s+(?:the\s+)?⟦b⟧")
_ITS_SITE = re.compile(r",\s+(?P<its>its|their)\s+(?:[\w\-]+\s+){0,3}?(?:supercomputer|data\s+cent(?:er|re)|campus|cluster|facility|"
                       r"site|ai\s+factory)\b")
_UNDER_CONSTRUCTION = re.compile(r"\b(?:under\s+construction|being\s+built|being\s+constructed|broke\s+ground|breaking\s+ground)\b",
                                 re.I)
_LEASED_SITE = _p(r"⟦a⟧\s+(?:has\s+|had\s+|will\s+|also\s+|agreed\s+to\s+)*(?:leased|leases|lease|rented|rents|rent)\s+(?:the\s+)?"
                  r"(?:whole\s+|entire\s+|full\s+)?⟦b⟧")
_LEASED_TO = _p(r"⟦a⟧(?:,\s+[^⟦;,]{1,30})?,?\s+(?:both\s+|all\s+|which\s+(?:is|are|will\s+be)\s+|(?:is|are|was|were|will\s+be)\s+)?"
                r"(?:being\s+)?leased\s+to\s+⟦b⟧")
_SHIP_WORDS = ("shipped", "ships", "delivered", "delivers")
_SHIPPED_TO = _p(r"⟦a⟧\s+(?:has\s+|have\s+|had\s+|will\s+|also\s+|already\s+)*(?:shipped|ships|delivered|delivers)\s+"
                 r"(?P<what>(?:the\s+|its\s+)?(?:first\s+)?(?:[\w\-]+\s+|⟦\d+⟧\s+){0,5}?(?:systems|servers|racks|chips|gpus|"
                 r"accelerators|superchips|units))\s+to\s+⟦b⟧")
# "trains its models on Sakura's cloud": a company on no list of clouds is one here
_ITS_CLOUD = re.compile(r"['’]s\s+(?:[\w\-]+\s+)?cloud\b(?!\s+(?:business|unit|division|arm|spending|revenue|sales|customers?))", re.I)
_SUPPLIED_BY = re.compile(r"(?:\s+[\w\-]+){0,2}?,?\s+(?:supplied|provided|delivered|assembled|built|sold)\s+by\s+(?:the\s+)?")
_DESIGNED_WITH = re.compile(r"(?:The|These|Those|Its|Their)\s+(?:new\s+|custom\s+)?(?:chips|processors|accelerators|tpus|gpus)\s+(?:are|were|is|"
                            r"have\s+been)\s+(?:co-)?(?:designed|developed|built|engineered)\s+(?:together\s+)?(?:with|alongside|in\s+"
                            r"partnership\s+with)\s+(?:the\s+)?", re.I)
_USES_THEM = re.compile(r"⟦(?P<a>\d+)⟧\s+(?:will\s+|would\s+|also\s+|now\s+|plans\s+to\s+|is\s+to\s+)*(?:host|hosts|run|runs|deploy|"
                        r"deploys|use|uses|rent|rents|install|installs|house|houses|buy|buys|operate|operates)\s+them\b")
_INDEX = re.compile(r"⟦(\d+)⟧")
_APPOSED_SUBJECT = re.compile(r"\W*⟦(\d+)⟧,\s+(?:a|an|the|which|who)\s+[^;]*?,\s+(?:has\s+|have\s+|had\s+|also\s+|now\s+)*$")
_OTHER_DEAL_VERB = re.compile(r"\b(?:will\s+buy|has\s+ordered|ordered|bought|buys|purchased|will\s+purchase|signed|leased|leases|"
                              r"(?:agreeing|agreed)\s+to\s+(?:supply|sell|provide|deliver|deploy|buy))\b")
_WITH_DOING = re.compile(r"\s+[a-z]+ing\b")
_LET_TO = re.compile(r"\b(?:rents|rented|renting|leases|leased|leasing|subleas\w*|resell\w*)\b[^⟦]*\bto\s+(?:the\s+)?⟦\d+⟧$", re.I)
_MODEL_IT = re.compile(r"\b(?:it|they)\s+(?:is|are|will\s+be|has\s+been|have\s+been)\s+(?:now\s+|already\s+|also\s+|generally\s+)*"
                       r"(?:available|offered|served|hosted|sold)\s+(?:\w+\s+){0,2}?(?:on|through|via|in|to\s+customers\s+of)\s+(?:the\s+)?",
                       re.I)
# "Composer was trained on …", "The model is served from …"
_MODEL_RUNS_ON = re.compile(r"\s+(?:was|is|were|are|will\s+be|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:trained|built|developed|run|"
                            r"served|hosted)\s+(?:on|using|with|from|in)\b", re.I)
_RUNS_ON = re.compile(r"(?:run|runs|running|use|uses|using)\b", re.I)
_OWN_CLOUD = re.compile(r"(?:['’]s|\bits|\btheir)\s+(?:[\w\-]+\s+)?cloud\b", re.I)
_PACKS = re.compile(r"\b(?:packs|packed|houses|housed)\b")
_WHICH_AUX = re.compile(r",\s+(?:which|who)\s+(?:(?:will|would|can|could|also|now|already|still|is|are|plans\s+to)\s+)*")
_NAMES_THE_SUBJECT = re.compile(r"\s+(?:[a-z][\w\-]*\s+){1,2}?(?:(?:will|would|can|could|also|now|already|still|is|are)\s+)*")
_OWN_CHIP = re.compile(r"['’]s\s+own\s+(?:[\w\-]+\s+)?")
_A_NOUN_BEFORE = re.compile(r"\b(?:an?|the|its|their)\s+(?:[\w$.,\-]+\s+){0,3}$", re.I)
_FROM_AFTER = re.compile(r"\s+from\s+(?:the\s+)?")
_FOR_CUSTOMER = re.compile(r"(?:\s+(?:systems|gpus|chips|servers|racks|clusters|accelerators))?\s+for\s+", re.I)
_AUX_ONLY = re.compile(r"\s+(?:(?:will|would|can|could|also|now|already|still|plans\s+to|is\s+to|expects\s+to)\s+)*")
_GIVEN_ACCESS = re.compile(r"\s+(?:with\s+)?(?:immediate\s+|early\s+|priority\s+)?access\s+to$", re.I)
_GIVES = re.compile(r"\b" + guarded(r"(?:give|gives|gave|giving|grant|grants|granted|offer|offers|offered|provide|provides|provided)")
                    + r"\s+$",
                    re.I)
_FUNDING_WORDS = re.compile(r"\b" + guarded(r"(?:round|funding|financing|raise[sd]?|raising|investment|investors?|equity|series\s+[a-h]|"
                            r"capital(?!\s+(?:spending|expenditures?|plans?|budgets?|outlays?))|seed|venture|valuation|stake|"
                            r"tranches?|funds)") + r"\b", re.I)
_RAISE_HINTS = ("rais", "clos", "secur", "land", "complet")
_RAISED = re.compile(r"⟦\d+⟧[^;]{0,120}?\b(?P<verb>raised|raises|raising|closed|closes|secured|secures|landed|lands|"
                     r"completed|completes)\b", re.I)
_RAISED_A_PLAN = re.compile(r"\s+(?:its|their|the)\s+(?:[\w\-]+\s+){0,3}?(?:forecast|guidance|outlook|plans?|estimates?|targets?|"
                            r"budgets?|prices?|expectations)\b", re.I)
_NEXT_RAISE = re.compile(r"⟦\d+⟧\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:raised|raises|closed|closes|secured|secures|landed|lands|"
                         r"completed|completes)\b", re.I)
# (not "raised $750 million in September, and with Cerebras, which …": a new coordinate, no backer)
_INVESTORS = re.compile(r"(?:\b(?:led|co-led|joined)\s+by|participation\s+(?:from|of|by)|investors?\s+(?:including|such\s+as|like)|"
                        r"backed\s+by|\bfrom|(?<!\band\s)\bwith)(?P<list>(?:\s*(?:"
                        # "including Nvidia, which contributed $800 million, and Lightspeed"
                        r",\s+(?:which|who)\s+[^,⟦;]{1,60},\s+and|,|and|&)?\s*(?:existing\s+investors?\s+|the\s+)?"
                        # ("SoftBank's Vision Fund 2": the fund, not its owner)
                        r"(?:⟦\d+⟧['’]s\s+)?⟦\d+⟧"
                        r"(?:\s+(?:leading|co-leading|participating|joining))?)+)", re.I)
_NEGATED = re.compile(r"\b(?:rather\s+than|instead\s+of|away\s+from|not|never|without|less\s+on|no\s+longer)\b", re.I)
# ("its next models will train on GB200 clusters": the owner of the models trained uses the chips)
_USE_NOUN = re.compile(r"(?:['’]s)?\s+(?:\w+\s+)?(?:migration|move|shift|use|reliance|adoption|deployment|purchases?|"
                       r"models?\s+(?:will\s+|would\s+|now\s+)?(?:train|run)\b)", re.I)
_OFFERS_TO_CUSTOMERS = re.compile(r"\bto\s+(?:offer|sell|serve|provide)\b[^;]*\bto\s+(?:its|their|⟦\d+⟧)|\b(?:offers|sells|serves)\b[^;]*\b(?:through|via|under)\s+"
                                  r"(?:a|an)\s+(?:separate\s+)?(?:partnership|agreement|deal)", re.I)
_INVESTEES_LISTED = re.compile(r"\brounds\s+(?:for|of|in)\s|\bwith\s+(?:its\s+)?stakes\s+in\s", re.I)
_FOUNDRY_VERB = re.compile(r"\b(?:manufactur\w*|fabricat\w*|(?:come|came|rolled)\s+off)\b", re.I)
_BUYERS = re.compile(r"\b(?:buyers?|customers?)\b", re.I)
# "signed LG AI Research as the first customer of its RNGD chip": the customer of a chip named buys it, whatever the seller's type
_CUSTOMER_OF_CHIP = re.compile(r"\bas\s+(?:the|its|a|an|their)\s+(?:[\w\-]+\s+)?customer\s+(?:of|for)\b", re.I)
_UNNAMED_SUBJECT = re.compile(r"\b(?:said|says|told|announced|disclosed|added)\s+(?:that\s+)?(?:a|an|one|another|two|several|some|its|their)\s+"
                              r"(?:[\w\-]+\s+){0,3}?(?:customers?|clients?|buyers?|compan(?:y|ies)|hyperscalers?|labs?|operators?|"
                              r"partners?|firms?|providers?)\b")
# "its fourth XPU customer, which it later identified as Anthropic": who names the customer is not the one that acts
_IDENTIFIES_AS = re.compile(r"\s+(?:later\s+|has\s+|had\s+|since\s+|now\s+)*(?:identified|named|revealed|disclosed)\s+as\b")
_TOGETHER_WITH = re.compile(r"\s+(?:chips?\s+|processors?\s+|accelerators?\s+)?(?:together\s+|jointly\s+)?with\s+⟦(\d+)⟧")
_NOT_OWNER = re.compile(r"⟦(\d+)⟧(?!['’]s\s+⟦)")
_SITE_USER = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}?(?:user|customer|tenant)$")
_THE_TWO = re.compile(r"\bthe\s+two\s+(?:companies|firms|groups|partners)\b", re.I)
_PRIMARY_WORDS = ("primary", "preferred", "main", "principal", "exclusive", "default")
_ONE_OF = re.compile(r"\bone\s+of\s+(?:its|their|the|[A-Z][\w\-]*['’]s)\s+(?:\w+\s+)?$")
_PRIMARY = re.compile(r"\b(?:primary|preferred|main|principal|exclusive|default)\s+(?:cloud|compute|training|infrastructure)"
                      r"(?:\s+(?:provider|partner|platform|counterparty|supplier))?", re.I)


class LinkRelations:
    """Reads the relations without a figure from one sentence."""

    def __init__(self, reference: Reference, family: Callable[[str], frozenset[str]],
                 owners: dict[str, Entity] | None = None) -> None:
        self.reference = reference
        self.family = family
        # Who builds or runs each data centre named so far (shared with the figure rules, which fill it).
        self.owners: dict[str, Entity] = {} if owners is None else owners
        self.developers: dict[str, Entity] = {}  # who develops each model named so far
        self.makers: dict[str, Entity] = {}  # who makes each chip on no list, as the text has said so far

    def find(self, sentence: Sentence) -> Iterator[Found]:
        for found in self._find(sentence):
            if found.relation == "develops_model" and found.object is not None:
                self.developers.setdefault(found.object.id, found.subject)
            elif found.relation == "makes_chip" and found.object is not None:
                self.makers.setdefault(found.object.id, found.subject)
            yield found
        if "trained" in sentence.lowered or "hosted" in sentence.lowered or "served" in sentence.lowered:
            yield from self._model_trained_on(sentence)

    def _model_trained_on(self, sentence: Sentence) -> Iterator[Found]:
        """"Composer was trained on Nvidia GB200 systems hosted by Crusoe": the model's developer, named before, uses the
        chips and the cloud the model runs on."""
        text, mentions = sentence.text, sentence.mentions
        model = next(iter(mentions), None)
        if model is None or "AIModel" not in model.entity.types or text[sentence.span.start:model.start].strip(" \n\"“") \
                or (verb := _MODEL_RUNS_ON.match(text, model.end)) is None:
            return
        known = self.reference.get(model.entity.id)
        developer = self.developers.get(model.entity.id) or (
            found.entity if known is not None and known.developer and (found := self.reference.get(known.developer)) else None)
        if developer is None:
            return
        for m in mentions:
            if m.start < verb.end() or self.family(m.entity.id) & self.family(developer.id):
                continue
            if "Chip" in m.entity.types:
                yield Found("uses_chip", developer, m.entity, model.start, m.end)
            elif "CloudProvider" in m.entity.types and m.is_org and not is_brand(text, m):
                yield Found("uses_cloud", developer, m.entity, model.start, m.end)

    def _find(self, sentence: Sentence) -> Iterator[Found]:
        if "both" in sentence.lowered:
            yield from self._both(sentence)
        if any("DataCenter" in m.entity.types for m in sentence.mentions):
            yield from self._own_site(sentence)  # (a listed site alone may name its builder through the list)
        if " with" in sentence.lowered and sentence.previous is not None:
            yield from self._chips_designed_with(sentence)  # (its one name may be the only one: the chips' maker is before)
        if " the chip" in sentence.lowered or " the processor" in sentence.lowered or " the accelerator" in sentence.lowered:
            yield from self._makes_the_chip(sentence)  # (its one name may be the only one: the chip is in the sentence before)
        if sentence.previous is not None and ("anchor" in sentence.lowered or " of the capacity" in sentence.lowered
                                              or " be a customer" in sentence.lowered or " be its " in sentence.lowered
                                              or " among its " in sentence.lowered):
            yield from self._customers_of_site_before(sentence)  # (the site and its owner are in the sentence before)
        if len({m.entity.id for m in sentence.mentions}) < 2:
            return  # a link needs two different entities; many sentences name one company twice
        masked, mentions = sentence.masked
        present = _present_words(masked.lower())
        kinds = {t for m in mentions for t in m.entity.types}
        if "CloudProvider" not in kinds and "cloud" in sentence.lowered and _OWN_CLOUD.search(sentence.string):
            # "on Cerebras's inference cloud", "among the users of its inference cloud": a company on no list of clouds
            # offers one (the patterns below say which company)
            kinds.add("CloudProvider")
        allowed = set(_ALWAYS).union(*(_BY_WORD[w] for w in present))
        for index in sorted(allowed):
            relation, needed, pattern, a, b = _FLAT[index]
            if needed and needed.isdisjoint(kinds):
                continue  # most sentences name no model, chip or cloud: skip their patterns
            subject_ok, object_ok = _KIND_FOR[relation]
            for m in _overlapping(pattern, masked):
                s, o = mentions[int(m.group(a))], mentions[int(m.group(b))]
                if relation in _APPOSITION_HEADED and s.end < o.start and _CLOSES_APPOSITION.match(sentence.text, s.end):
                    # "Aleph Alpha, the start-up now owned by Schwarz Group, will run its models on STACKIT": the name
                    # closing an apposition is not the verb's subject; the name the apposition describes is
                    head = next((h for h in mentions if h.end < s.start and h.is_org and _OPENS_APPOSITION.fullmatch(
                        sentence.text, h.end, s.start)), None)
                    if head is None or head.entity.id == o.entity.id:
                        continue
                    s = head
                if relation == "uses_cloud" and "DataCenter" in o.entity.types:
                    # (not "Humain is building [a site] in Saudi Arabia, and it will train … on the site": a country is no user)
                    owner = self._owner_of(o.entity) if _SITE_USER.search(m.group()) or (
                        "Government" not in s.entity.types and s.kind != "candidate") else None
                    if owner is None:
                        continue
                    o = replace(o, entity=owner)  # "OpenAI is Fairwater's largest user": its owner's cloud
                # a name found by its capitals alone is a party of few relations (its list may still be read:
                # "Groq counts Bell Canada, Humain and Mistral AI among the users of its inference cloud")
                unsure = s.kind == "candidate" and relation not in ("invests_in", "partners_with", "acquired", "subsidiary_of") \
                    and not (relation in ("uses_cloud", "primary_cloud") and o.kind == "name"
                             and _ACRONYM.fullmatch(sentence.text, s.start, s.end)
                             and not sentence.text.endswith(("the ", "The "), 0, s.start))
                # ("KT will run its AI services on Azure", not "… through the API still runs on Microsoft's cloud")
                if unsure and relation not in _LISTS:
                    continue
                if s.kind == "candidate" and _IN_PLACES_BEFORE.search(sentence.text, max(sentence.span.start, s.start - 60), s.start):
                    continue  # "data centres in Chennai, Mumbai and Noida …, and has signed Nvidia": a place, not the party
                if relation == "offers_model" and not subject_ok(s) and s.is_org and _OFFERS_TO_CUSTOMERS.search(m.group()) \
                        and object_ok(o):
                    # (any company that offers a model to its customers: "Databricks … to offer Claude models to its customers")
                    yield _found(sentence, relation, s, o)
                    continue
                if not (subject_ok(s) and (object_ok(o) or relation == "uses_cloud" and o.is_org
                                           and (_ITS_CLOUD.match(sentence.text, o.end) or m.group().endswith("cloud")))) \
                        or s.entity.id == o.entity.id:
                    continue
                if relation == "uses_cloud" and (_LET_TO.search(m.group()) or _WITH_DOING.match(sentence.text, o.end)
                                                 and sentence.text[max(sentence.span.start, o.start - 5):o.start].endswith("with ")):
                    # "Lambda in turn rents the capacity to Microsoft": Microsoft is the one who rents it; "…, with Google
                    # backstopping …": a clause of its own, not the cloud
                    continue
                if relation in ("uses_cloud", "primary_cloud", "invests_in", "partners_with", "acquired") and \
                        self.family(s.entity.id) & self.family(o.entity.id):
                    continue
                if relation == "subsidiary_of" and not self._may_be_parent(s, o, m.group(), masked[m.end():m.end() + 20]):
                    continue
                if relation == "partners_with" and _THE_TWO.search(m.group()) and len(
                        {mentions[int(i)].entity.id for i in _INDEX.findall(m.group()) if mentions[int(i)].is_org}) != 2:
                    continue  # "the two companies" is two companies only when just two are named
                if relation in ("makes_chip", "develops_model") and not self._may_make(s, o) and not _FOUNDRY_VERB.search(m.group()) \
                        and not self._designed_with_maker(masked, m.end(), mentions, o):
                    continue  # (a foundry makes a chip another designs: "Meta's MTIA is fabricated by TSMC")
                if relation == "supplies_chips" and "ChipMaker" not in s.entity.types and _BUYERS.search(m.group()) \
                        and not _CUSTOMER_OF_CHIP.search(m.group()):
                    continue  # "one of Microsoft's largest customers" buys no chips from it
                if relation == "builds_datacenter" and not unsure:
                    self.owners[o.entity.id] = s.entity  # (known at once: "…, both leased to Oracle" may follow)
                if not unsure:
                    yield _found(sentence, relation, s, o)
                for other in self._plural_antecedents(sentence, mentions, s):
                    if other.entity.id != o.entity.id and subject_ok(other):
                        yield _found(sentence, relation, other, o)  # "A and B announced that they have signed…"
                if relation in _LISTS:
                    # "backed by Kinnevik and Industrifonden": the rest of the list too
                    subjects, objects = ([] if unsure else [s]), [o]
                    if _LISTS[relation]:
                        objects += self._listed_after(sentence, mentions, o)
                        # "Cerebras counts Meta, IBM and Mistral AI among the users of its inference cloud": a list the
                        # match itself spans on the subject's side too
                        spanned = {mentions[int(i)].start for i in _INDEX.findall(m.group())}
                        subjects += [x for x in self._listed_after(sentence, mentions, s) if x.start in spanned and x is not o]
                    else:
                        subjects += self._listed_after(sentence, mentions, s)
                        if relation == "invests_in" and m.end(b) + 1 == m.end() and _INVESTEES_LISTED.search(m.group()):
                            # ("joined funding rounds for A, B and C", "with stakes in A and B": each of the list the match ends on)
                            objects += self._listed_after(sentence, mentions, o)
                        if relation == "builds_datacenter":  # "AMD and HPE to build two supercomputers, Lux and Discovery"
                            objects += [x for x in self._listed_after(sentence, mentions, o) if object_ok(x)]
                    for pair in ((x, y) for x in subjects for y in objects if (x, y) != (s, o)):
                        # (the object already read stays good: "its inference cloud" made Cerebras a cloud above)
                        if subject_ok(pair[0]) and (object_ok(pair[1]) or pair[1] is o) and pair[0].entity.id != pair[1].entity.id:
                            yield _found(sentence, relation, *pair)
        if "CloudProvider" in kinds:
            yield from self._primary_cloud(sentence)
        yield from self._funding_rounds(sentence)
        if "Chip" in kinds:
            yield from self._chips(sentence)
            if " them" in sentence.lowered:
                yield from self._chips_as_them(sentence)
        if "AIModel" in kinds:
            yield from self._listed_links(sentence)
        if "available" in sentence.lowered or "offered" in sentence.lowered:
            yield from self._model_it_offered(sentence)
        if "DataCenter" in kinds and "for" in sentence.lowered:
            yield from self._equips_site(sentence)
        if any(w in sentence.lowered for w in _SHIP_WORDS):
            yield from self._shipped(sentence)
        if "DataCenter" in kinds and "leas" in sentence.lowered:
            yield from self._leased_site(sentence)

    @staticmethod
    def _makes_the_chip(sentence: Sentence) -> Iterator[Found]:
        """"The company designs the MatX One … TSMC will manufacture the chip": the chip the sentence before named."""
        masked, mentions = sentence.masked
        previous = sentence.previous
        chips = [m for m in (previous.mentions if previous is not None else []) if "Chip" in m.entity.types]
        if not chips:
            return
        for m in _MAKES_THE_CHIP.finditer(masked):
            maker = mentions[int(m.group(1))]
            if maker.is_org and maker.kind != "candidate":
                at = sentence.text.find(m.group("noun"), maker.end, sentence.span.end)
                yield Found("makes_chip", maker.entity, chips[-1].entity, maker.start, at + len(m.group("noun")))

    @staticmethod
    def _both(sentence: Sentence) -> Iterator[Found]:
        """"Google and Amazon make TPUs and Trainium. Anthropic, which uses both, …": the two chips just named."""
        masked, mentions = sentence.masked
        previous = sentence.previous
        if previous is None:
            return
        chips = list({m.entity.id: m for m in previous.mentions if "Chip" in m.entity.types}.values())
        if len(chips) != 2:
            return
        for m in _USES_BOTH.finditer(masked):
            user = mentions[int(m.group(1))]
            both = sentence.text.find("both", user.end, sentence.span.end)
            if user.is_org and both > 0:
                for chip in chips:  # the quote runs from the user to "both"
                    yield Found("uses_chip", user.entity, chip.entity, user.start, both + len("both"))

    @staticmethod
    def _plural_antecedents(sentence: Sentence, mentions: list[Mention], pronoun: Mention) -> list[Mention]:
        """The other members of the list a plural pronoun points back to ("Samsung and SK hynix said they…")."""
        if pronoun.kind != "pronoun" or sentence.text[pronoun.start:pronoun.end].lower() not in ("they", "their"):
            return []
        before = [m for m in mentions if m.end <= pronoun.start and m.is_org and m.kind != "pronoun"]
        index = next((i for i, m in enumerate(before) if m.entity.id == pronoun.entity.id), None)
        if index is None:
            return []
        return [m for m in sentence.list_around(before, index) if m is not before[index]]

    @staticmethod
    def _listed_after(sentence: Sentence, mentions: list[Mention], first: Mention) -> list[Mention]:
        links = sentence.list_links(mentions)
        index = next((i for i, m in enumerate(mentions) if m is first), None)
        if index is not None and index + 1 < len(mentions) and first.possessive \
                and re.fullmatch(r"['’]s\s+", sentence.text[first.end:mentions[index + 1].start]):
            index += 1  # "through Microsoft's Azure and Google Cloud": the list goes on from Azure
        out = []
        while index is not None and index < len(links) and links[index]:
            index += 1
            if mentions[index].possessive and index + 1 < len(mentions) \
                    and re.fullmatch(r"['’]s\s+", sentence.text[mentions[index].end:mentions[index + 1].start]):
                index += 1  # "AMD and Saudi Arabia's HUMAIN": the member is HUMAIN, its home only says where it is
            out.append(mentions[index])
        return out

    def _designed_with_maker(self, masked: str, end: int, mentions: list[Mention], product: Mention) -> bool:
        """"Broadcom designs the TPU together with Google": a co-designer, named with the chip's listed maker."""
        known = self.reference.get(product.entity.id)
        owner = (known.maker or known.developer) if known is not None else None
        along = _TOGETHER_WITH.match(masked, end)
        return owner is not None and along is not None and mentions[int(along.group(1))].entity.id in self.family(owner)

    def _may_make(self, maker: Mention, product: Mention) -> bool:
        """A listed chip or model has a known maker: another organisation is a misreading."""
        known = self.reference.get(product.entity.id)
        owner = known and (known.maker or known.developer)
        return not owner or maker.entity.id in self.family(owner)

    def _may_be_parent(self, child: Mention, parent: Mention, matched: str, after: str = "") -> bool:
        known = self.reference.get(child.entity.id)
        if known is not None and known.entity.parent:
            return parent.entity.id in self.family(known.entity.parent) or parent.entity.id == known.entity.parent
        if re.search(r"unit|subsidiary|division|arm|owned|controlled|owns|controls|parent|lab|company|fund", matched, re.I):
            return True
        # "BlackRock's Global Infrastructure Partners, Microsoft…": an unlisted firm named as another's,
        # and not as a product or a deal of it ("Microsoft's OpenAI stake")
        return known is None and child.kind == "name" and bool(_ENDS_NAME.match(after))

    def _funding_rounds(self, sentence: Sentence) -> Iterator[Found]:
        """"X raised … in a round led by A and B, with participation from C": each investor invests in X."""
        masked, mentions = sentence.masked
        if not any(w in sentence.lowered for w in _RAISE_HINTS) or not _FUNDING_WORDS.search(masked):
            return  # "secured 5 GW of capacity from AWS" raises no money
        raised = _RAISED.search(masked)
        if raised is None or _RAISED_A_PLAN.match(masked, raised.end()):
            return  # "Micron raised its capital spending plan …": a forecast, not money
        # The one who raised: the last organisation named before the verb, past any apposition ("Crusoe, the … developer
        # behind the first Stargate campus in Abilene, has raised": Crusoe).
        named = [mentions[int(i)] for i in re.findall(r"⟦(\d+)⟧", masked[:raised.start("verb")])]
        apposed = _APPOSED_SUBJECT.match(masked, 0, raised.start("verb"))
        if apposed is not None:
            named = [mentions[int(apposed.group(1))]]
        # not "OpenAI" in "…, the start-up co-founded by former OpenAI chief scientist Ilya Sutskever, has raised"
        investee = next((m for m in reversed(named) if m.is_org and m.kind != "candidate"
                         and not STAFF_AFTER.match(sentence.text, m.end)
                         # nor "AMD" in "TensorWave, the AI cloud built on AMD Instinct accelerators, … has closed"
                         and not is_brand(sentence.text, m)), None)
        if investee is None:
            return
        # up to the next raise ("…, and Poolside raised $1 billion from Nvidia": Nvidia backs Poolside)
        following = _NEXT_RAISE.search(masked, raised.end())
        verb_at = sentence.text.find(raised.group("verb"), investee.end, sentence.span.end)
        raise_clause = sentence.clause_of(verb_at if verb_at >= 0 else investee.start)
        for cue in _INVESTORS.finditer(masked, raised.end(), following.start() if following else len(masked)):
            if _OTHER_DEAL_VERB.search(masked, raised.end(), cue.start()):
                break  # "raised $682 million …, will buy … and has ordered … from Westinghouse": a supplier, not a backer
            for index in _NOT_OWNER.findall(cue.group("list")):
                investor = mentions[int(index)]
                # (in the raise's own clause: not "…, and Etched, which builds Sohu, raised $120 million from investors
                # including Peter Thiel")
                if investor.is_org and not self.family(investor.entity.id) & self.family(investee.entity.id) \
                        and sentence.clause_of(investor.start) == raise_clause:
                    yield _found(sentence, "invests_in", investor, investee)

    def _primary_cloud(self, sentence: Sentence) -> Iterator[Found]:
        """"X to use AWS as its preferred cloud provider": the customer is the organisation before the cloud."""
        text = sentence.text
        if not any(w in sentence.lowered for w in _PRIMARY_WORDS):
            return
        for m in _PRIMARY.finditer(text, sentence.span.start, sentence.span.end):
            if _ONE_OF.search(text, max(sentence.span.start, m.start() - 40), m.start()):
                continue  # "one of Anthropic's two main compute providers": one of several is no primary
            clouds = [x for x in sentence.mentions if "CloudProvider" in x.entity.types and x.end <= m.start()
                      and m.start() - x.end < 60]
            if not clouds:
                continue
            cloud = clouds[-1]
            def customer_of(x: Mention, cloud: Mention = cloud) -> bool:
                return x.is_org and x.kind != "candidate" and not self.family(x.entity.id) & self.family(cloud.entity.id)
            # "making AWS Anthropic's primary cloud": a possessor after the cloud; else the one before it.
            between = [x for x in sentence.mentions
                       if cloud.end <= x.start < m.start() and customer_of(x) and x.possessive]
            before = [x for x in sentence.mentions if x.end <= cloud.start and customer_of(x)]
            customer = between[0] if between else (before[-1] if before else None)
            if customer is not None:
                yield _found(sentence, "primary_cloud", customer, cloud, end=m.end())

    def _chips(self, sentence: Sentence) -> Iterator[Found]:
        """Who makes a chip (the list says, and the sentence names both) and who runs on it."""
        orgs = [m for m in sentence.mentions if m.is_org and m.kind != "candidate"]
        # (nor "raised $12.5 billion of debt from Apollo and Valor … to buy Nvidia GB200 chips": lenders named after "from"
        # use no chips)
        # (not "Backed by a loan from Macquarie Group, Voltage Park will double its fleet": the subject after the phrase)
        lent = {id(x) for i, o in enumerate(orgs) if FROM_BEFORE.search(sentence.text, max(sentence.span.start, o.start - 8),
                                                                               o.start) for x in sentence.list_around(orgs, i)
                if x is o or not MAIN_VERB_AFTER.match(sentence.text, x.end)} if "from" in sentence.lowered else set()
        for chip in (m for m in sentence.mentions if "Chip" in m.entity.types):
            known = self.reference.get(chip.entity.id)
            maker_family = self.family(known.maker) if known and known.maker else set()
            makers = [o for o in orgs if o.entity.id in maker_family]
            if makers:
                # The maker named nearest the chip ("AWS customer, … on Amazon's Trainium" → Amazon).
                yield _found(sentence, "makes_chip", min(makers, key=lambda o: abs(chip.start - o.end)), chip)
            # "its AmpereOne processor line, which Oracle Cloud Infrastructure uses"
            which = _WHICH_AFTER.match(sentence.text, chip.end, sentence.span.end)
            user = next((o for o in orgs if which and o.start == which.end()), None)
            if user is not None and _USES_AFTER.match(sentence.text, user.end):
                yield _found(sentence, "uses_chip", user, chip)
                continue
            # the verb of the chip's own clause: "Lambda will deploy Nvidia GPUs, and Nscale will supply … GB300
            # GPUs" does not make Lambda a GB300 user
            opens = sentence.clause_of(chip.start).start
            if sentence.text[max(sentence.span.start, opens - 3):opens].rstrip().endswith(":"):
                # "runs its models on three chip platforms: Google's TPUs, Amazon's Trainium…": the list after a colon
                opens = sentence.clause_of(max(sentence.span.start, opens - 3)).start
            before = sentence.text[opens:chip.start]
            verbs = list(_USE_VERBS.finditer(before))
            made = _MAKE_BEFORE.search(before) if "available" in sentence.lowered \
                and _AVAILABLE_AFTER.match(sentence.text, chip.end, sentence.span.end) else None
            if made is not None and (not verbs or made.start() > verbs[-1].start()):
                verbs.append(made)
            if not verbs:
                continue
            verb = verbs[-1]
            at = opens + verb.start()
            if _NEGATED.search(sentence.text[max(sentence.span.start, at - 25):chip.start]):
                continue
            # (not "d-Matrix said a large cloud customer has committed to deploy Corsair": the verb's subject goes unnamed)
            users = [o for o in orgs if o.start < at and o.entity.id not in maker_family
                     and (not o.possessive or _USE_NOUN.match(sentence.text[o.end:o.end + 30]))
                     and not _UNNAMED_SUBJECT.search(sentence.text, o.end, at) and id(o) not in lent
                     and not _IDENTIFIES_AS.match(sentence.text, o.end)]
            given = [o for o in users if _GIVEN_ACCESS.match(sentence.text, o.end, at + len(verb.group()))
                     and _GIVES.search(sentence.text, max(sentence.span.start, o.start - 40), o.start)]
            # "…capacity at its Chicago campus, where Oracle will run Nvidia H200 servers": the verb's own subject
            direct = [o for o in users if _AUX_ONLY.fullmatch(sentence.text, o.end, at)
                      # "… to CoreWeave, which will install Nvidia GB300 systems there": the relative clause's antecedent
                      or _WHICH_AUX.fullmatch(sentence.text, o.end, at)][-1:] or [
                # "… and the Microsoft expansion will run on Nvidia GB300 systems": the name of the verb's subject
                o for o in users if _NAMES_THE_SUBJECT.fullmatch(sentence.text, o.end, at)
                and sentence.text[max(sentence.span.start, o.start - 4):o.start].lower().endswith("the ")][-1:]
            if direct and direct[0].kind == "pronoun":  # (its name, when the sentence gives it, is the better quote)
                direct = [o for o in users if o.entity.id == direct[0].entity.id][:1]
            # (the chip's own clause names its user first: "Microsoft will invest …, and Anthropic has agreed to contract
            # capacity … running on Nvidia's Grace Blackwell" is Anthropic's)
            users = given[-1:] or direct or [o for o in users if o.start >= opens] or users
            own = next((o for o in orgs if o.possessive and o.end <= chip.start and _OWN_CHIP.fullmatch(sentence.text, o.end, chip.start)),
                       None)
            if own is not None:
                users = [own]  # "servers built around Meta's own MTIA accelerators": the owner runs its own chips
            if verb.group().lower().startswith("order") and _A_NOUN_BEFORE.search(sentence.text, max(sentence.span.start, at - 40), at):
                # "said it had won a $1.5 billion order from Oracle for GB300 racks": the one the order is from buys them
                source = _FROM_AFTER.match(sentence.text, at + len(verb.group()))
                users = [o for o in orgs if source is not None and o.start == source.end()] or users
            packs = _PACKS.search(sentence.text, max(sentence.span.start, at - 2), at + len(verb.group()) + 2)
            if not users and (packs or _RUNS_ON.match(verb.group())):
                # "The Atlanta Fairwater site … packs hundreds of thousands of Nvidia GB200 GPUs": the site's builder's;
                # "Colossus 2, in Memphis, … will run on Nvidia GB200 chips": the owner the list knows (not one of several
                # builders the text names: "Lux, built by AMD and HPE for the DOE, will run on…")
                site = next((m for m in sentence.mentions[:1] if "DataCenter" in m.entity.types), None)
                known = self.reference.get(site.entity.id) if site is not None else None
                listed_owner = known is not None and bool(known.owner)
                builder = self.owners.get(site.entity.id) if site is not None and (packs or listed_owner) else None
                if site is not None and builder is not None:
                    yield Found("uses_chip", builder, chip.entity, site.start, chip.end)
                    continue
            if users:
                yield _found(sentence, "uses_chip", users[0], chip)
                served = _FOR_CUSTOMER.match(sentence.text, chip.end, sentence.span.end)
                customer = next((o for o in orgs if served is not None and o.start == served.end() and o.kind != "pronoun"
                                 and not o.possessive and not self.family(o.entity.id) & self.family(users[0].entity.id)), None)
                if customer is not None and "CloudProvider" in users[0].entity.types:
                    # "would spend most of the money on Nvidia GB300 systems for Microsoft": the cloud runs them for its
                    # customer
                    yield Found("provides_capacity", users[0].entity, customer.entity, min(users[0].start, chip.start), customer.end)
                if users[0] in direct and users[0].kind != "pronoun":
                    # "Meta, Microsoft and xAI also run AMD Instinct chips": each member of the list the verb follows
                    mates = sentence.list_around(orgs, orgs.index(users[0]))
                    for mate in mates:
                        if mate is not users[0] and mate.end <= users[0].start and mate.entity.id not in maker_family:
                            yield _found(sentence, "uses_chip", mate, chip)
                # "it would use Google Cloud's tensor processing units": whoever runs on a cloud's chips uses that cloud
                owner = next((o for o in orgs if o.possessive and "CloudProvider" in o.entity.types and o.end <= chip.start
                              and _OWNED_BY.fullmatch(sentence.text, o.end, chip.start)), None)
                if owner is not None and not self.family(owner.entity.id) & self.family(users[0].entity.id) \
                        and not verb.group().lower().startswith("host"):  # (not "Fluidstack will host Google's TPUs": it hosts them)
                    yield _found(sentence, "uses_cloud", users[0], owner)
                supplied = _SUPPLIED_BY.match(sentence.text, chip.end, sentence.span.end)
                supplier = next((o for o in orgs if supplied and o.start == supplied.end()), None)
                if supplier is not None and not self.family(supplier.entity.id) & self.family(users[0].entity.id):
                    # "fill the building with Nvidia GB200 NVL72 systems supplied by HPE": the supplier sells to the user
                    yield Found("supplies_chips", supplier.entity, users[0].entity, users[0].start, supplier.end)
                # (a chip on no list: the maker the text has named, "Cloudflare has deployed Positron's Atlas systems")
                sellers = makers or [o for o in orgs if chip.entity.id in self.makers
                                     and o.entity.id == self.makers[chip.entity.id].id and o is not users[0]]
                if sellers and _BUYS.match(verb.group()):
                    # "ByteDance … has ordered Huawei Ascend 910C chips": the maker sells them to the buyer
                    yield _found(sentence, "supplies_chips", min(sellers, key=lambda o: abs(chip.start - o.end)), users[0])

    def _chips_designed_with(self, sentence: Sentence) -> Iterator[Found]:
        """"Google is starting to sell its tensor processing units … The chips are designed with Broadcom": the maker of the
        chips just named works with the partner that designs them."""
        designed = _DESIGNED_WITH.match(sentence.text, sentence.span.start, sentence.span.end)
        if designed is None:
            return
        partner = next((m for m in sentence.mentions if m.start == designed.end() and m.is_org), None)
        previous = sentence.previous
        chips = [m for m in previous.mentions if "Chip" in m.entity.types] if previous is not None else []
        known = self.reference.get(chips[-1].entity.id) if chips else None
        maker = self.reference.get(known.maker) if known is not None else None
        if partner is not None and maker is not None and not self.family(maker.entity.id) & self.family(partner.entity.id):
            yield Found("partners_with", maker.entity, partner.entity, sentence.span.start, partner.end)

    @staticmethod
    def _chips_as_them(sentence: Sentence) -> Iterator[Found]:
        """"Google has also begun placing TPUs in smaller clouds: Fluidstack will host them": the chips just named."""
        masked, mentions = sentence.masked
        for m in _USES_THEM.finditer(masked):
            user = mentions[int(m.group("a"))]
            chips = [x for x in mentions[:int(m.group("a"))] if "Chip" in x.entity.types]
            if user.is_org and user.kind != "candidate" and chips:
                them = sentence.text.find(" them", user.end, sentence.span.end) + len(" them")
                yield Found("uses_chip", user.entity, chips[-1].entity, user.start, them)

    def _equips_site(self, sentence: Sentence) -> Iterator[Found]:
        """"Dell Technologies and Super Micro Computer assemble the servers for Colossus": who equips a site whose
        owner the reference list knows sells its hardware to that owner."""
        masked, mentions = sentence.masked
        for m in _EQUIPS_SITE.finditer(masked):
            site, first = mentions[int(m.group("b"))], mentions[int(m.group("a"))]
            known = self.reference.get(site.entity.id)
            owner = self.reference.get(known.owner) if known is not None and known.owner else None
            if owner is None or "DataCenter" not in site.entity.types:
                continue
            for supplier in [first, *self._listed_after(sentence, mentions, first)]:
                if supplier.is_org and not self.family(supplier.entity.id) & self.family(owner.entity.id):
                    yield Found("supplies_chips", supplier.entity, owner.entity, supplier.start, site.end)

    def _own_site(self, sentence: Sentence) -> Iterator[Found]:
        """"Colossus, its first supercomputer, went from…": the owner a possessive apposition names; "Colossus 2, under
        construction nearby, …": a listed site being built by the owner the reference list knows."""
        text = sentence.text
        building = bool(_UNDER_CONSTRUCTION.search(text, sentence.span.start, sentence.span.end))
        for site in sentence.mentions:
            if "DataCenter" not in site.entity.types or site.kind == "reference":
                continue
            its = _ITS_SITE.match(text, site.end, sentence.span.end)
            if its is not None:
                owner = next((m for m in sentence.mentions if m.kind == "pronoun" and m.start == its.start("its")
                              and m.is_org), None)
                if owner is not None:
                    yield Found("builds_datacenter", owner.entity, site.entity, site.start, its.end())
                    continue
            listed = self._listed_owner(site.entity) if building else None
            if listed is not None and not any(m.is_org and not is_brand(text, m) for m in sentence.mentions):
                yield Found("builds_datacenter", listed, site.entity, site.start, site.end)

    def _customers_of_site_before(self, sentence: Sentence) -> Iterator[Found]:
        """"They have opened their Industrial AI Cloud in Munich … SAP is the first anchor customer, and Black Forest Labs
        will rent part of the capacity": the customers of the site the sentence before named, which its owner lets."""
        site = next((m for m in reversed(sentence.previous.mentions) if "DataCenter" in m.entity.types), None) \
            if sentence.previous is not None else None
        owner = self._owner_of(site.entity) if site is not None else None
        if owner is None or site is None or sentence.previous is None:
            return
        # ("Deutsche Telekom and Nvidia have opened their Industrial AI Cloud": the first of the builders named leads)
        builders = [m for m in sentence.previous.mentions if m.is_org and m.kind != "pronoun" and m.end <= site.start]
        named = next((b for b in builders if b.entity.id == owner.id), None)
        if named is not None and builders[0] is not named \
                and sentence.text[builders[0].end:named.start].strip(" ,") in ("and", ""):
            owner = builders[0].entity
        takers = False
        for m in sentence.mentions:
            takes = _TAKES_THE_CAPACITY.match(sentence.text, m.end) if m.is_org and m.kind != "pronoun" else None
            # ("…will be a customer, as will TSMC": another customer in the same breath)
            also = takers and m.is_org and m.kind != "pronoun" and _AS_WILL_BEFORE.search(sentence.text, max(0, m.start - 12), m.start)
            if (takes is not None or also) and not self.family(owner.id) & self.family(m.entity.id):
                takers = True
                yield Found("provides_capacity", owner, m.entity, m.start, takes.end() if takes is not None else m.end)

    def _owner_of(self, site: Entity) -> Entity | None:
        """Who builds or runs a site: as the text has said so far, else as the reference list knows."""
        return self.owners.get(site.id) or self._listed_owner(site)

    def _listed_owner(self, site: Entity) -> Entity | None:
        known = self.reference.get(site.id)
        listed = self.reference.get(known.owner) if known is not None and known.owner else None
        return listed.entity if listed is not None else None

    def _leased_site(self, sentence: Sentence) -> Iterator[Found]:
        """"Oracle has leased the whole campus for 15 years": whoever builds or runs the site provides its capacity."""
        masked, mentions = sentence.masked
        pairs = [(mentions[int(m.group("a"))], mentions[int(m.group("b"))]) for m in _LEASED_SITE.finditer(masked)]
        # "… and a campus in Port Washington, Wisconsin, both leased to Oracle": the tenant after the site
        pairs += [(mentions[int(m.group("b"))], mentions[int(m.group("a"))]) for m in _LEASED_TO.finditer(masked)]
        for tenant, site in pairs:
            known = self.reference.get(site.entity.id)
            listed = self.reference.get(known.owner) if known is not None and known.owner else None
            owner = self.owners.get(site.entity.id) or (listed.entity if listed is not None else None)
            if owner is not None and tenant.is_org and "DataCenter" in site.entity.types \
                    and not self.family(owner.id) & self.family(tenant.entity.id):
                yield Found("provides_capacity", owner, tenant.entity, min(tenant.start, site.start), max(tenant.end, site.end))

    def _shipped(self, sentence: Sentence) -> Iterator[Found]:
        """"Dell … said it had shipped the first Nvidia GB300 NVL72 systems to CoreWeave": the shipper supplies the
        hardware to the one it went to, who uses the chips named."""
        masked, mentions = sentence.masked
        for m in _SHIPPED_TO.finditer(masked):
            seller, buyer = mentions[int(m.group("a"))], mentions[int(m.group("b"))]
            if not (seller.is_org and buyer.is_org) or self.family(seller.entity.id) & self.family(buyer.entity.id):
                continue
            yield _found(sentence, "supplies_chips", seller, buyer)
            for index in re.findall(r"⟦(\d+)⟧", m.group("what")):
                chip = mentions[int(index)]
                if "Chip" in chip.entity.types:
                    yield Found("uses_chip", buyer.entity, chip.entity, chip.start, buyer.end)

    @staticmethod
    def _model_it_offered(sentence: Sentence) -> Iterator[Found]:
        """"The arrangement makes Claude the only frontier model …: it is already available through Amazon Bedrock and
        Google Cloud's Vertex AI": "it" is the model just named, and each service listed offers it."""
        text, mentions = sentence.text, sentence.mentions
        for m in _MODEL_IT.finditer(text, sentence.span.start, sentence.span.end):
            earlier = [x for x in mentions if x.end <= m.start() and "AIModel" in x.entity.types]
            if not earlier and sentence.previous is not None:
                earlier = [x for x in sentence.previous.mentions if "AIModel" in x.entity.types]
            after = [x for x in mentions if x.start >= m.end() and x.kind != "pronoun"]
            if not earlier or not after or after[0].start != m.end():
                continue
            model = earlier[-1]
            # the services listed from here on, each past its owner's possessive ("Google Cloud's Vertex AI")
            listed, i = [], 0
            while i < len(after):
                current = after[i]
                if current.possessive and i + 1 < len(after) and _OWNED_BY.fullmatch(text, current.end, after[i + 1].start):
                    i += 1
                    continue  # the owner names no service of its own here
                listed.append(current)
                if i + 1 < len(after) and sentence.list_links([current, after[i + 1]])[0]:
                    i += 1
                    continue
                break
            for service in listed:
                if {"CloudService", "CloudProvider"} & set(service.entity.types):
                    # (the quote names the model when the sentence does)
                    start = model.start if model.start >= sentence.span.start else m.start()
                    yield Found("offers_model", service.entity, model.entity, start, service.end)

    def _listed_links(self, sentence: Sentence) -> Iterator[Found]:
        """A model and its developer named in one sentence, as the reference list links them."""
        orgs = {m.entity.id: m for m in sentence.mentions if m.is_org and m.kind in ("name", "reference")}
        for model in (m for m in sentence.mentions if "AIModel" in m.entity.types):
            # "Mistral Large 2" is a version of the listed "Mistral Large": its developer's
            known = self.reference.get(model.entity.id) or self.reference.lookup(_VERSION_TAIL.sub("", model.entity.name))
            if known and known.developer:
                org_id = next((i for i in sorted(self.family(known.developer)) if i in orgs), None)
                if org_id is not None:
                    yield _found(sentence, "develops_model", orgs[org_id], model)


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches starting at every mention, so "A and B's C" finds both "A … C" and "B's C"."""
    position = 0
    while True:
        m = pattern.search(text, position)
        if m is None:
            return
        yield m
        nxt = text.find("⟦", m.start() + 1)
        if nxt < 0:
            return
        position = nxt


def _found(sentence: Sentence, relation: str, s: Mention, o: Mention | None, end: int | None = None) -> Found:
    spans = [s.start, s.end] + ([o.start, o.end] if o else [])
    start, stop = min(spans), max(spans + ([end] if end else []))
    if s.possessive and stop == s.end:
        stop = s.end
    return Found(relation, s.entity, o.entity if o else None, start, stop)


def chip_maker_of(reference: Reference) -> Callable[[Entity], Entity | None]:
    def maker(chip: Entity) -> Entity | None:
        known = reference.get(chip.id)
        owner = reference.get(known.maker) if known and known.maker else None
        return owner.entity if owner else None
    return maker
