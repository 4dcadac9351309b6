"""A table of sentences and the claim each must yield: relation, parties, figure and hedge.

Most are written for this table (not taken from the seed articles) in the styles the extractor meets:
wire copy, press releases, analysis. Every claim's quote must be the text at its offsets.
"""

from __future__ import annotations

import pytest

from graph.extract import get_extractor
from graph.extract.figures import find_figures
from graph.model import Document
from tests.conftest import SEEDS

B, M, GW, MW = 1e9, 1e6, 1e9, 1e6

# (sentence, relation, subject id, object id or None, amount or None, unit or None, qualifier or None)
TABLE = [
    # investments and funding rounds
    ("Nvidia will invest up to $100 billion in OpenAI.", "invests_in", "nvidia", "openai", 100 * B, "USD", "up_to"),
    ("Microsoft has invested about $13 billion in OpenAI since 2019.", "invests_in", "microsoft", "openai", 13 * B, "USD", "about"),
    ("SoftBank agreed to invest $22.5 billion in OpenAI.", "invests_in", "softbank", "openai", 22.5 * B, "USD", "exact"),
    ("Google has invested roughly $3 billion in Anthropic.", "invests_in", "google", "anthropic", 3 * B, "USD", "about"),
    ("Anthropic raised $13 billion in a Series F round led by ICONIQ.", "invests_in", "iconiq", "anthropic", 13 * B, "USD", "exact"),
    ("Cohere closed a $500 million funding round led by Radical Ventures.", "invests_in", "radical-ventures", "cohere", 500 * M, "USD", "exact"),
    ("Mistral AI raised $640 million from investors including Nvidia and Salesforce Ventures.", "invests_in", "nvidia", "mistral-ai", 640 * M, "USD", "exact"),
    ("Amazon’s initial $1.25 billion investment in Anthropic came in 2023.", "invests_in", "amazon", "anthropic", 1.25 * B, "USD", "exact"),
    ("Lambda raised $480 million in a round led by Andra Capital. Nvidia and Pegatron also participated.",
     "invests_in", "pegatron", "lambda", None, None, None),
    ("Kairos Labs raised $600 million at a $3 billion valuation. AMD led the round, putting in $250 million.",
     "invests_in", "amd", "kairos-labs", 250 * M, "USD", "exact"),
    ("Tessera AI closed a $400 million round led by Index Ventures. Accel and Greylock joined, as did Conviction Partners.",
     "invests_in", "conviction-partners", "tessera-ai", None, None, None),
    ("Helix AI raised $300 million from 1789 Capital.", "invests_in", "1789-capital", "helix-ai", 300 * M, "USD", "exact"),
    ("QTS Data Centers plans to invest $10 billion in Project Atlas, a 900-megawatt campus in Georgia.",
     "builds_datacenter", "qts", "project-atlas", 10 * B, "USD", "exact"),
    ("Nebius agreed to buy GPUs and servers from Supermicro for $1.2 billion.", "supplies_chips", "supermicro", "nebius",
     1.2 * B, "USD", "exact"),
    ("Core Scientific signed a 12-year lease with Microsoft worth $3 billion, under which it will deliver 200 megawatts "
     "of capacity to Microsoft.", "commits_spend", "microsoft", "core-scientific", 3 * B, "USD", "exact"),
    ("Mistral AI rents Nvidia GPUs through CoreWeave.", "uses_cloud", "mistral-ai", "coreweave", None, None, None),
    ("Vultr raised $329 million in a funding round. Blue Owl Capital and Coatue co-led the financing.", "invests_in",
     "coatue", "vultr", 329 * M, "USD", "exact"),
    ("Rebellions raised $250 million from Samsung Securities.", "invests_in", "samsung-securities", "rebellions",
     250 * M, "USD", "exact"),
    ("SoftBank and OpenAI announced SB OpenAI Japan, a 50/50 joint venture to sell AI to Japanese companies.",
     "partners_with", "softbank", "openai", None, None, None),
    ("Crusoe will build a data center campus in Wyoming with an initial capacity of 1.8 gigawatts.", "builds_datacenter",
     "crusoe", "wyoming-data-center-campus", 1.8 * GW, "W", "exact"),
    ("Google has pledged $9 billion to expand its data centers in Oklahoma.", "invests_in_infrastructure", "google", None,
     9 * B, "USD", "exact"),
    ("Humain has ordered 18,000 Nvidia GB300 chips and will spend about $3 billion on them.", "supplies_chips", "nvidia",
     "humain", 3 * B, "USD", "about"),
    ("AMD will supply 30,000 MI355X chips to Crusoe for a 200-megawatt campus in Texas.", "builds_datacenter", "crusoe",
     "texas-campus", 200 * MW, "W", "exact"),
    ("Yotta is building a 500-megawatt data center in Mumbai, and has partnered with Nvidia to equip it.",
     "partners_with", "yotta", "nvidia", None, None, None),
    ("Nvidia will invest up to $1 billion in Mistral AI's next round, which is expected to total $4 billion.",
     "invests_in", "nvidia", "mistral-ai", 1 * B, "USD", "up_to"),
    ("Lambda said its new credit facility, a $1.5 billion loan led by JPMorgan, will pay for GPUs.", "invests_in",
     "jpmorgan", "lambda", 1.5 * B, "USD", "exact"),
    ("Nebius signed a $3 billion agreement with Meta to supply AI infrastructure over five years.", "commits_spend",
     "meta", "nebius", 3 * B, "USD", "exact"),
    ("The money will go towards Hyperion, Meta's Louisiana data center.", "builds_datacenter", "meta", "hyperion",
     None, None, None),
    ("Galaxy Digital signed a 15-year lease with CoreWeave for 200 megawatts of critical IT load at its Helios campus.",
     "provides_capacity", "galaxy-digital", "coreweave", 200 * MW, "W", "exact"),
    ("Fluidstack has an option for an additional 50 megawatts from Cipher Mining.", "provides_capacity",
     "cipher-mining", "fluidstack", 50 * MW, "W", "up_to"),
    ("Nscale plans half a gigawatt of capacity in Portugal for Microsoft.", "provides_capacity", "nscale", "microsoft",
     0.5 * GW, "W", "exact"),
    ("Blackstone will provide Lambda with a $500 million credit facility.", "invests_in", "blackstone", "lambda",
     500 * M, "USD", "exact"),
    ("Qualcomm has granted Humain a warrant for up to 10 million of its shares.", "invests_in", "humain", "qualcomm",
     None, None, None),
    ("Nebius and Microsoft plan a new AI supercomputer at Vineland, with 20,000 Nvidia GB300 GPUs.", "supplies_chips",
     "nvidia", "nebius", 20000, "chips", "exact"),
    ("Nebius and Microsoft plan a new AI supercomputer at Vineland, with 20,000 Nvidia GB300 GPUs.", "builds_datacenter",
     "microsoft", "vineland-supercomputer", None, None, None),
    ("Lambda has signed a contract with Microsoft. The contract is worth more than $2 billion, not $20 billion.",
     "commits_spend", "microsoft", "lambda", 2 * B, "USD", "more_than"),
    ("Galaxy Digital signed a lease with CoreWeave for 200 megawatts of critical IT load. The lease is worth about "
     "$4 billion.", "commits_spend", "coreweave", "galaxy-digital", 4 * B, "USD", "about"),
    ("- **G42** has committed to building a 5-gigawatt AI campus in Abu Dhabi.", "builds_datacenter", "g42",
     "abu-dhabi-campus", 5 * GW, "W", "exact"),
    ("Nvidia is an investor in Firmus.", "invests_in", "nvidia", "firmus", None, None, None),
    ("Nvidia agreed to acquire Run:ai for about $700 million, and earlier bought networking specialist Mellanox for "
     "$6.9 billion.", "acquired", "nvidia", "run-ai", 700 * M, "USD", "about"),
    ("Nvidia agreed to acquire Run:ai for about $700 million, and earlier bought networking specialist Mellanox for "
     "$6.9 billion.", "acquired", "nvidia", "mellanox", 6.9 * B, "USD", "exact"),
    ("Amazon Bedrock now offers Meta's Llama 4 models.", "offers_model", "amazon-bedrock", "llama-4", None, None, None),
    ("Saudi Arabia's Public Investment Fund is backing Humain with an initial $10 billion.", "invests_in",
     "public-investment-fund", "humain", 10 * B, "USD", "exact"),
    ("Google's Vertex AI serves Gemini 2.5 Pro alongside Claude.", "offers_model", "vertex-ai", "gemini-2-5-pro",
     None, None, None),
    ("Amazon Bedrock now offers Anthropic's Claude Sonnet 4.5.", "offers_model", "amazon-bedrock", "claude-sonnet-4-5",
     None, None, None),
    ("Amazon has guaranteed $2 billion of Anthropic's lease payments and received warrants for 5% of Cipher Mining.",
     "invests_in", "amazon", "cipher-mining", None, None, None),
    ("Thrive Capital led a $6.6 billion round in OpenAI.", "invests_in", "thrive-capital", "openai", 6.6 * B, "USD", "exact"),
    ("Meta will take a 49% stake in Scale AI for $14.3 billion.", "invests_in", "meta", "scale-ai", 14.3 * B, "USD", "exact"),
    ("Nvidia is investing $2 billion in xAI's equity round.", "invests_in", "nvidia", "xai", 2 * B, "USD", "exact"),
    ("Intel received a $2 billion investment from SoftBank.", "invests_in", "softbank", "intel", 2 * B, "USD", "exact"),
    ("OpenAI, which is backed by Microsoft, develops ChatGPT.", "invests_in", "microsoft", "openai", None, None, None),
    ("The Amazon-backed Anthropic is growing fast.", "invests_in", "amazon", "anthropic", None, None, None),
    # cloud and compute spending
    ("OpenAI signed a $300 billion contract with Oracle over five years.", "commits_spend", "openai", "oracle", 300 * B, "USD", "exact"),
    ("Meta's biggest cloud contracts are with CoreWeave, worth $14.2 billion, and with Nebius, which will supply "
     "100,000 GPUs to Meta in Finland.", "commits_spend", "meta", "coreweave", 14.2 * B, "USD", "exact"),
    ("Meta's biggest cloud contracts are with CoreWeave, worth $14.2 billion, and with Nebius, which will supply "
     "100,000 GPUs to Meta in Finland.", "commits_spend", "meta", "nebius", None, None, None),
    ("The agreement with Oracle includes more than $20 billion in commitments from OpenAI.", "commits_spend", "openai",
     "oracle", 20 * B, "USD", "more_than"),
    ("Meta signed a $14.2 billion deal with CoreWeave for AI computing capacity.", "commits_spend", "meta", "coreweave", 14.2 * B, "USD", "exact"),
    ("Microsoft agreed to pay Nebius up to $19.4 billion for GPU capacity.", "commits_spend", "microsoft", "nebius", 19.4 * B, "USD", "up_to"),
    ("Anthropic committed to purchase $30 billion of Azure compute capacity.", "commits_spend", "anthropic", "microsoft-azure", 30 * B, "USD", "exact"),
    ("OpenAI will spend more than $38 billion on AWS over seven years.", "commits_spend", "openai", "amazon-web-services", 38 * B, "USD", "more_than"),
    ("By pledging $100 billion to Amazon Web Services, Anthropic secured its compute.", "commits_spend", "anthropic", "amazon-web-services", 100 * B, "USD", "exact"),
    ("Microsoft signed a $9.7 billion contract with IREN for Nvidia GB300 capacity.", "commits_spend", "microsoft", "iren", 9.7 * B, "USD", "exact"),
    ("Google Cloud won a $10 billion, six-year contract from Meta.", "commits_spend", "meta", "google-cloud", 10 * B, "USD", "exact"),
    ("CoreWeave expanded its agreement with OpenAI by up to $6.5 billion.", "commits_spend", "openai", "coreweave", 6.5 * B, "USD", "up_to"),
    ("xAI rents capacity from Oracle in a deal worth about $5 billion.", "commits_spend", "xai", "oracle", 5 * B, "USD", "about"),
    # capacity
    ("Amazon will provide Anthropic with up to 5 gigawatts of computing capacity.", "provides_capacity", "amazon", "anthropic", 5 * GW, "W", "up_to"),
    ("Anthropic secured 1 GW of compute capacity from Google Cloud.", "provides_capacity", "google-cloud", "anthropic", 1 * GW, "W", "exact"),
    ("Oracle will deliver 4.5 gigawatts of capacity to OpenAI.", "provides_capacity", "oracle", "openai", 4.5 * GW, "W", "exact"),
    ("Nscale will supply Microsoft with 200MW of GPU capacity in Norway.", "provides_capacity", "nscale", "microsoft", 200 * MW, "W", "exact"),
    ("Crusoe is providing OpenAI with at least 1.2 GW of compute.", "provides_capacity", "crusoe", "openai", 1.2 * GW, "W", "at_least"),
    ("Lambda will give Anthropic access to nearly 300 megawatts of compute capacity.", "provides_capacity", "lambda", "anthropic", 300 * MW, "W", "about"),
    # chips
    ("AMD will supply OpenAI with 6 gigawatts of Instinct GPUs.", "supplies_chips", "amd", "openai", 6 * GW, "W", "exact"),
    ("OpenAI will deploy at least 10 gigawatts of Nvidia systems.", "supplies_chips", "nvidia", "openai", 10 * GW, "W", "at_least"),
    ("Google will supply Anthropic with up to one million TPUs.", "supplies_chips", "google", "anthropic", 1e6, "chips", "up_to"),
    ("Humain agreed to buy 18,000 of Nvidia's GB300 chips.", "supplies_chips", "nvidia", "humain", 18000, "chips", "exact"),
    ("Broadcom will help OpenAI deploy 10 gigawatts of custom accelerators.", "supplies_chips", "broadcom", "openai", 10 * GW, "W", "exact"),
    ("Nscale plans to deploy 300,000 Nvidia GPUs for Microsoft.", "supplies_chips", "nvidia", "nscale", 300000, "chips", "exact"),
    ("Oracle will spend $40 billion on Nvidia chips for the Abilene site.", "supplies_chips", "nvidia", "oracle", 40 * B, "USD", "exact"),
    ("Meta agreed to buy more than 350,000 H100 GPUs from Nvidia.", "supplies_chips", "nvidia", "meta", 350000, "chips", "more_than"),
    ("Anthropic runs its models on Amazon's Trainium chips.", "uses_chip", "anthropic", "trainium", None, None, None),
    ("xAI trains Grok on Nvidia H100 and H200 GPUs.", "uses_chip", "xai", "h100", None, None, None),
    ("Microsoft Azure will deploy 100,000 of Nvidia's GB300 graphics processors in Wisconsin.", "uses_chip",
     "microsoft-azure", "gb300", None, None, None),
    ("Nvidia’s Blackwell chips are in short supply.", "makes_chip", "nvidia", "blackwell", None, None, None),
    ("Microsoft unveiled its Maia 200 chip for Azure.", "makes_chip", "microsoft", "maia-200", None, None, None),
    ("AMD's MI450 accelerators will ship next year.", "makes_chip", "amd", "mi450", None, None, None),
    # capital spending and data centres
    ("Microsoft plans to spend about $80 billion on AI data centers this year.", "invests_in_infrastructure", "microsoft", None, 80 * B, "USD", "about"),
    ("Meta raised its capital expenditure forecast to as much as $72 billion.", "invests_in_infrastructure", "meta", None, 72 * B, "USD", "up_to"),
    ("Amazon will invest $20 billion in data centers in Pennsylvania.", "invests_in_infrastructure", "amazon", None, 20 * B, "USD", "exact"),
    ("Alphabet expects capital expenditures of $85 billion in 2025.", "invests_in_infrastructure", "alphabet", None, 85 * B, "USD", "exact"),
    ("Crusoe is building a 1.2 GW data center campus in Abilene, Texas.", "builds_datacenter", "crusoe", "abilene-data-center-campus", 1.2 * GW, "W", "exact"),
    ("xAI is expanding its Colossus supercomputer in Memphis to 1 gigawatt.", "builds_datacenter", "xai", "colossus", 1 * GW, "W", "exact"),
    ("Meta is building its 5-gigawatt Hyperion data center in Louisiana.", "builds_datacenter", "meta", "hyperion", 5 * GW, "W", "exact"),
    # clouds and models
    ("Anthropic uses AWS as its primary cloud provider.", "primary_cloud", "anthropic", "amazon-web-services", None, None, None),
    ("OpenAI runs its workloads on Microsoft Azure.", "uses_cloud", "openai", "microsoft-azure", None, None, None),
    ("Mistral AI will use Google Cloud to train its models.", "uses_cloud", "mistral-ai", "google-cloud", None, None, None),
    ("Google's Gemini models power the assistant.", "develops_model", "google", "gemini", None, None, None),
    ("OpenAI’s GPT-5 was released in August.", "develops_model", "openai", "gpt-5", None, None, None),
    ("Claude is available through Amazon Bedrock.", "offers_model", "amazon-bedrock", "claude", None, None, None),
    ("Meta released its Llama 4 models as open weights.", "develops_model", "meta", "llama-4", None, None, None),
    # organisations
    ("Alphabet Inc.’s Google said it would expand its TPU business.", "subsidiary_of", "google", "alphabet", None, None, None),
    ("Arm, the chip designer controlled by SoftBank, is a partner.", "subsidiary_of", "arm", "softbank", None, None, None),
    ("CoreWeave agreed to acquire Core Scientific for about $9 billion.", "acquired", "coreweave", "core-scientific", 9 * B, "USD", "about"),
    ("AMD completed its $4.9 billion acquisition of ZT Systems.", "acquired", "amd", "zt-systems", 4.9 * B, "USD", "exact"),
    ("Microsoft’s partnership with OpenAI has been renegotiated.", "partners_with", "microsoft", "openai", None, None, None),
    ("Nvidia and OpenAI announced a strategic partnership.", "partners_with", "nvidia", "openai", None, None, None),
    # organisations that no list names
    ("Fluidstack, a London-based neocloud, signed a $2 billion contract with Mistral AI.", "commits_spend", "mistral-ai", "fluidstack", 2 * B, "USD", "exact"),
    ("Halvard Compute Inc. will provide Lumen Labs with 150 megawatts of capacity.", "provides_capacity", "halvard-compute", "lumen-labs", 150 * MW, "W", "exact"),
    ("Quill AI, a Paris startup, raised $120 million led by Redpoint Partners.", "invests_in", "redpoint-partners", "quill-ai", 120 * M, "USD", "exact"),
    ("Brightline Cloud Ltd. signed a $750 million deal to host Orion Labs' models.", "commits_spend", "orion-labs", "brightline-cloud", 750 * M, "USD", "exact"),
    # number shapes and hedges in a claim
    ("OpenAI will pay Oracle approximately $25bn a year for cloud capacity.", "commits_spend", "openai", "oracle", 25 * B, "USD", "about"),
    ("Microsoft committed in excess of $10 billion to CoreWeave for compute.", "commits_spend", "microsoft", "coreweave", 10 * B, "USD", "more_than"),
    ("OpenAI agreed to spend 5 billion dollars on compute from Oracle.", "commits_spend", "openai", "oracle", 5 * B, "USD", "exact"),
    ("Anthropic will receive US$2bn from Google.", "invests_in", "google", "anthropic", 2 * B, "USD", "exact"),
    # a word of a name is no trigger; a deal's value; contract revenue; gapping; co-leads; places
    ("Mistral AI agreed to rent 300 megawatts of computing capacity from Positron Systems.", "provides_capacity",
     "positron-systems", "mistral-ai", 300 * MW, "W", "exact"),
    ("Meta will lease 1 gigawatt of capacity from Nebius, in a deal people familiar with it valued at $12 billion.",
     "commits_spend", "meta", "nebius", 12 * B, "USD", "exact"),
    ("Aligned Data Centers signed a lease with Lambda for 100 megawatts. The leases carry about $1.5 billion of revenue "
     "over ten years.", "commits_spend", "lambda", "aligned-data-centers", 1.5 * B, "USD", "about"),
    ("Nscale signed a colocation agreement with Microsoft for 200 megawatts of IT load.", "provides_capacity", "nscale",
     "microsoft", 200 * MW, "W", "exact"),
    ("Amazon will invest $8 billion in Anthropic and Google up to $2 billion.", "invests_in", "google", "anthropic",
     2 * B, "USD", "up_to"),
    ("Kestrel AI raised $400 million in a Series C. Sequoia Capital and Atlas Management led the round, with Index "
     "Ventures and Coatue also investing.", "invests_in", "index-ventures", "kestrel-ai", None, None, None),
    ("Kestrel AI raised $400 million in a Series C. Sequoia Capital and Atlas Management led the round.", "invests_in",
     "atlas-management", "kestrel-ai", 400 * M, "USD", "exact"),
    ("Helix Labs closed a $600 million Series C. Thrive Capital led the round; Greenoaks Capital and General Catalyst "
     "co-led.", "invests_in", "general-catalyst", "helix-labs", 600 * M, "USD", "exact"),
    ("Fidelity Management & Research invested $300 million in Lumen Labs.", "invests_in",
     "fidelity-management-and-research", "lumen-labs", 300 * M, "USD", "exact"),
    ("Humain ordered twelve Groq systems for about $500 million.", "supplies_chips", "groq", "humain", 500 * M, "USD",
     "about"),
    ("Microsoft holds a 27% stake in OpenAI.", "invests_in", "microsoft", "openai", None, None, None),
    ("In return, Oracle will receive warrants to acquire about 20 million shares of Crusoe.", "invests_in", "oracle",
     "crusoe", None, None, None),
    ("Azure will give Cohere access to AMD MI355X chips.", "uses_chip", "cohere", "mi355x", None, None, None),
    ("Microsoft plans to invest $10 billion in Portugal through 2030.", "invests_in_infrastructure", "microsoft", None,
     10 * B, "USD", "exact"),
    ("Blue Owl and Meta set up a venture to own Hyperion, in a deal valued at about $27 billion.", "builds_datacenter",
     "meta", "hyperion", 27 * B, "USD", "about"),
    # bids, power supplied, a site named by its place, a country's spending plan, a subsidiary's capacity, a transcript
    ("Equinix supplies about 120 megawatts of power to Lambda.", "provides_capacity", "equinix", "lambda", 120 * MW, "W",
     "about"),
    ("Qualcomm made a $2.4 billion bid for Alphawave.", "acquired", "qualcomm", "alphawave", 2.4 * B, "USD", "exact"),
    ("Nscale is building a data center in Loughton. The Loughton site is designed for 90 megawatts.", "builds_datacenter",
     "nscale", "loughton-data-center", 90 * MW, "W", "exact"),
    ("Microsoft will spend $10 billion in the United Kingdom between 2025 and 2028.", "invests_in_infrastructure",
     "microsoft", None, 10 * B, "USD", "exact"),
    ("Core42, a G42 subsidiary, will build 100 megawatts of data center capacity for OpenAI.", "provides_capacity", "core42",
     "openai", 100 * MW, "W", "exact"),
    ("Core42, a G42 subsidiary, will build 100 megawatts of data center capacity for OpenAI.", "subsidiary_of", "core42",
     "g42", None, None, None),
    ("CoreWeave Q3 earnings call\n\nJane Doe, chief financial officer: We expect capital expenditures of about $5 billion "
     "this year.\n\nJohn Roe, analyst: Thanks.", "invests_in_infrastructure", "coreweave", None, 5 * B, "USD", "about"),
    # names in capitals, subsidiaries, subject pronouns that act, relative clauses, sites sized by cost or in an "of" phrase
    ("NVIDIA will supply 5,000 GB300 chips to HUMAIN.", "supplies_chips", "nvidia", "humain", 5000, "chips", "exact"),
    ("Groq will operate as a wholly owned subsidiary of Nvidia.", "subsidiary_of", "groq", "nvidia", None, None, None),
    ("SoftBank owns most of Arm, and last year it bought Graphcore.", "acquired", "softbank", "graphcore", None, None, None),
    ("Cohere runs its models on the MI355X accelerator line, which Oracle Cloud Infrastructure also uses.", "uses_chip",
     "oracle-cloud-infrastructure", "mi355x", None, None, None),
    ("CoreWeave will supply OpenAI with 200,000 GB300 chips, which will bring about 300 megawatts of capacity online.",
     "provides_capacity", "coreweave", "openai", 300 * MW, "W", "about"),
    ("HUMAIN, the AI company backed by the Public Investment Fund, signed a deal with AMD.", "invests_in",
     "public-investment-fund", "humain", None, None, None),
    ("Project Rainier, the cluster AWS built for Anthropic, runs on Trainium2 chips.", "builds_datacenter",
     "amazon-web-services", "project-rainier", None, None, None),
    ("Lumen Cloud is building Aurora, a $12 billion campus in Bastrop County.", "builds_datacenter", "lumen-cloud", "aurora",
     12 * B, "USD", "exact"),
    ("Halvard Compute will develop a campus of 800 megawatts in Pike County.", "builds_datacenter", "halvard-compute",
     "pike-county-campus", 800 * MW, "W", "exact"),
    ("Lancium and Kestrel Power announced a 600-megawatt campus near Abilene.", "builds_datacenter", "kestrel-power",
     "abilene-campus", 600 * MW, "W", "exact"),
    ("Aligned Data Centers is building Skyline, a 500-megawatt campus, at a cost of about $4 billion.", "builds_datacenter",
     "aligned-data-centers", "skyline", 4 * B, "USD", "about"),
    # a country's government, counts shared out by a list or left bare, power a plan adds, a partner in a build
    ("Japan's government will receive 10,000 GPUs from Nvidia.", "supplies_chips", "nvidia", "japan", 10000, "chips", "exact"),
    ("Nvidia will ship 20,000 GPUs to Microsoft, while Meta will buy 10,000 for research.", "supplies_chips", "nvidia", "meta",
     10000, "chips", "exact"),
    ("Oracle and Lambda will each take 5,000 chips from AMD.", "supplies_chips", "amd", "oracle", 5000, "chips", "exact"),
    ("Microsoft will invest $3 billion to build an AI hub in Kochi.", "invests_in_infrastructure", "microsoft", None, 3 * B,
     "USD", "exact"),
    ("Meta plans to spend $10 billion on new campuses in Ohio, adding 1 gigawatt.", "invests_in_infrastructure", "meta", None,
     1 * GW, "W", "exact"),
    ("Oracle will invest $5 billion in AI infrastructure in Japan. The project will add about 500 megawatts.",
     "invests_in_infrastructure", "oracle", None, 500 * MW, "W", "about"),
    ("The campus is one that Nscale will develop with Aker.", "partners_with", "nscale", "aker", None, None, None),
    ("Google has already invested $2 billion in its New Albany campus.", "builds_datacenter", "google", "new-albany", 2 * B,
     "USD", "exact"),
    # datelines, sums in pounds, "is partnering with", options in chips, announced financing, capex with leases, ranges
    ("LONDON (Reuters) - Google said on Monday it would spend $5 billion in Germany through 2027.",
     "invests_in_infrastructure", "google", None, 5 * B, "USD", "exact"),
    ("Microsoft said it is investing £1 billion in Nscale.", "invests_in", "microsoft", "nscale", None, None, None),
    ("Microsoft is partnering with Nscale to build a supercomputer at Loughton.", "builds_datacenter", "nscale",
     "loughton-supercomputer", None, None, None),
    ("OpenAI will take 5,000 GPUs from Nscale, with the option to scale to 20,000.", "supplies_chips", "nscale", "openai",
     20000, "chips", "up_to"),
    ("Lambda today announced $480 million in new financing. The round was led by Andra Capital, with significant "
     "investment from Nvidia and ARK Invest.", "invests_in", "ark-invest", "lambda", None, None, None),
    ("Lambda today announced $480 million in new financing. The round was led by Andra Capital.", "invests_in",
     "andra-capital", "lambda", 480 * M, "USD", "exact"),
    ("Oracle's capital expenditures, including finance leases, were $8.5 billion in the quarter.",
     "invests_in_infrastructure", "oracle", None, 8.5 * B, "USD", "exact"),
    ("Meta expects capital expenditures of $70 billion to $72 billion.", "invests_in_infrastructure", "meta", None, 72 * B,
     "USD", "up_to"),
    ("Oracle is arranging a $38 billion loan for two campuses it is developing with Vantage Data Centers.", "partners_with",
     "oracle", "vantage-data-centers", None, None, None),
    # dollars in brackets after another currency, more of the same deal, orders, which clouds serve which models
    ("Tencent will spend more than 100 billion yuan ($14 billion) on data centers over the next three years.",
     "invests_in_infrastructure", "tencent", None, 14 * B, "USD", "more_than"),
    ("Google invested $2 billion in Anthropic in 2023. In 2024 Google invested $1 billion more, bringing its total to about "
     "$3 billion.", "invests_in", "google", "anthropic", 1 * B, "USD", "exact"),
    ("Google invested $2 billion in Anthropic in 2023. In 2024 Google invested $1 billion more, bringing its total to about "
     "$3 billion.", "invests_in", "google", "anthropic", 3 * B, "USD", "about"),
    ("Alibaba has ordered Nvidia H20 chips for its data centers.", "supplies_chips", "nvidia", "alibaba", None, None, None),
    ("Meta will make its Llama models available to Oracle Cloud Infrastructure customers.", "offers_model",
     "oracle-cloud-infrastructure", "llama", None, None, None),
    ("Cohere's Command models remain exclusive to Oracle Cloud Infrastructure.", "offers_model",
     "oracle-cloud-infrastructure", "command", None, None, None),
    ("Mistral Large 2 is sold through Microsoft's Azure and Google Cloud.", "offers_model", "google-cloud",
     "mistral-large-2", None, None, None),
    ("Amazon Bedrock now offers Meta's open-weight Llama 4 models.", "offers_model", "amazon-bedrock", "llama-4", None, None,
     None),
    ("Baidu trains its models on its own Kunlun chips.", "makes_chip", "baidu", "kunlun", None, None, None),
    # landlords leasing to tenants, "a Blackstone company", tranches, a stake among many
    ("CyrusOne has leased 200 megawatts at its Las Vegas campus to OpenAI.", "provides_capacity", "cyrusone", "openai",
     200 * MW, "W", "exact"),
    ("Cologix, a Stonepeak company, is leasing a 100-megawatt campus near Columbus to Google.", "provides_capacity",
     "cologix", "google", 100 * MW, "W", "exact"),
    ("Cologix, a Stonepeak company, is leasing a 100-megawatt campus near Columbus to Google.", "subsidiary_of", "cologix",
     "stonepeak", None, None, None),
    ("Microsoft agreed to invest up to $5 billion in Anthropic. The first $2 billion will be invested this year.",
     "invests_in", "microsoft", "anthropic", 2 * B, "USD", "exact"),
    ("Cisco will invest $1 billion in AI startups, including a stake in Mistral AI.", "invests_in", "cisco", "mistral-ai",
     None, None, None),
    # headlines in title case, deals told through possessives
    ("Qualcomm To Invest Up To $500 Million In Humain", "invests_in", "qualcomm", "humain", 500 * M, "USD", "up_to"),
    ("Oracle Signs $20 Billion Cloud Deal With Meta", "commits_spend", "meta", "oracle", 20 * B, "USD", "exact"),
    ("Anthropic's $30 billion Azure commitment is its largest.", "commits_spend", "anthropic", "microsoft-azure", 30 * B,
     "USD", "exact"),
    ("Broadcom's 10-gigawatt custom accelerator deal with OpenAI is its biggest.", "supplies_chips", "broadcom", "openai",
     10 * GW, "W", "exact"),
    # an executive's "we" in a quote, stakes shared out, participants after a semicolon
    ('"We will invest $10 billion in data centers in Ohio this year," said Jane Smith, Meta\'s chief financial officer.',
     "invests_in_infrastructure", "meta", None, 10 * B, "USD", "exact"),
    ('"Our investment in Mistral AI is $1 billion," Nvidia chief executive Jensen Huang said.', "invests_in", "nvidia",
     "mistral-ai", 1 * B, "USD", "exact"),
    ("Microsoft and Nvidia hold stakes of about 10% and 5% in Nscale, respectively.", "invests_in", "microsoft", "nscale",
     None, None, None),
    ("Oracle will invest $5 billion in xAI's latest round; Valor and Fidelity also took part.", "invests_in", "fidelity",
     "xai", None, None, None),
    # the maker named in a count sells the chips; deploying a maker's chips
    ("Lambda plans to deploy thousands of Nvidia GB300 chips, and has also agreed to buy 20,000 AMD MI355X processors.",
     "supplies_chips", "amd", "lambda", 20000, "chips", "exact"),
    ("Lambda plans to deploy thousands of Nvidia GB300 chips, and has also agreed to buy 20,000 AMD MI355X processors.",
     "supplies_chips", "nvidia", "lambda", None, None, None),
    # list items whose label names the subject
    ("- **Crusoe**: $750 million Series D led by Founders Fund.", "invests_in", "founders-fund", "crusoe", 750 * M, "USD",
     "exact"),
    ("- **IREN**: five-year lease with Microsoft for 200 MW, worth about $9.7 billion.", "commits_spend", "microsoft", "iren",
     9.7 * B, "USD", "about"),
    # custom chips: counts told as "of them", partners in design work
    ("Google's seventh-generation TPU, Ironwood, is its most powerful yet, and Anthropic plans to use up to one million "
     "of them.", "supplies_chips", "google", "anthropic", 1e6, "chips", "up_to"),
    ("Meta is working with Broadcom on its MTIA chips.", "partners_with", "meta", "broadcom", None, None, None),
    ("OpenAI, for its part, is co-designing its first custom accelerator with Broadcom.", "partners_with", "openai",
     "broadcom", None, None, None),
    # orders booked, sites sized in appositions or by their cost, parts of a financing, resellers of chips
    ("Nebius disclosed a $6.5 billion order from OpenAI that runs through 2030.", "commits_spend", "openai", "nebius",
     6.5 * B, "USD", "exact"),
    ("The new site joins Lighthouse, a 1.4 GW campus in Port Washington that Oracle expects to bring online in 2027.",
     "builds_datacenter", "oracle", "lighthouse", 1.4 * GW, "W", "exact"),
    ("Google's Lakeside data center in Ohio, which opened last year, cost $2.1 billion.", "builds_datacenter", "google",
     "lakeside", 2.1 * B, "USD", "exact"),
    ("Crusoe's Mesa Ridge campus, a facility planned for 400 MW, will open in 2027.", "builds_datacenter", "crusoe",
     "mesa-ridge", 400 * MW, "W", "exact"),
    ("Kestrel Compute Inc., a GPU cloud provider, today announced a $250 million Series B. The Series B was led by Fidelity, "
     "with participation from Sequoia Capital and existing investor Coatue.", "invests_in", "fidelity", "kestrel-compute",
     250 * M, "USD", "exact"),
    ("Kestrel Compute Inc., a GPU cloud provider, today announced a $250 million Series B. The Series B was led by Fidelity, "
     "with participation from Sequoia Capital and existing investor Coatue.", "invests_in", "coatue", "kestrel-compute",
     None, None, None),
    ("Pallas Compute said it had raised $700 million, comprising a $300 million Series C and a $400 million credit facility. "
     "The Series C was led by Blackstone.", "invests_in", "blackstone", "pallas-compute", 300 * M, "USD", "exact"),
    ("Ironwood Compute Inc. runs GPU clusters in Utah. Ironwood has agreed to buy 10,000 AMD MI355X GPUs.",
     "supplies_chips", "amd", "ironwood-compute", 10000, "chips", "exact"),
    ("Lambda will supply OpenAI with about 50,000 Nvidia GB300 GPUs.", "supplies_chips", "lambda", "openai", 50000, "chips",
     "about"),
    ("Safe Superintelligence said it would use Google Cloud's tensor processing units for its research.", "uses_cloud",
     "safe-superintelligence", "google-cloud", None, None, None),
    ("Safe Superintelligence said it would use Google Cloud's tensor processing units for its research.", "uses_chip",
     "safe-superintelligence", "tpu", None, None, None),
    ("Reflection AI raised $2 billion from investors including Nvidia, which contributed $800 million, and Lightspeed "
     "Venture Partners.", "invests_in", "lightspeed-venture-partners", "reflection-ai", None, None, None),
    ("Anthropic has since been courted by Microsoft and Nvidia, which agreed to invest up to $5 billion and up to "
     "$10 billion in the company respectively.", "invests_in", "nvidia", "anthropic", 10 * B, "USD", "up_to"),
    # references with a modifier, shares taken, chips made available, colocation, purpose clauses, joint builds
    ('Nebius is growing fast. Mistral AI has agreed to pay the Nvidia-backed neocloud up to $3 billion for capacity.',
     'commits_spend', 'mistral-ai', 'nebius', 3 * B, 'USD', 'up_to'),
    ('As part of the deal, Microsoft received $500 million of Nebius stock.',
     'invests_in', 'microsoft', 'nebius', 500 * M, 'USD', 'exact'),
    ("Lambda was the first cloud to make Nvidia's B200 GPUs generally available.",
     'uses_chip', 'lambda', 'b200', None, None, None),
    ('Cipher Mining signed a colocation deal with Fluidstack for 168 megawatts at its Barber Lake site.',
     'provides_capacity', 'cipher-mining', 'fluidstack', 168 * MW, 'W', 'exact'),
    ('Vultr signed a contract with Microsoft worth about $2 billion to supply GPU capacity.',
     'commits_spend', 'microsoft', 'vultr', 2 * B, 'USD', 'about'),
    ('Crusoe raised new money last week. The company will put it toward its Abilene campus, which is slated to reach 1.2GW.',
     'builds_datacenter', 'crusoe', 'abilene-campus', 1.2 * GW, 'W', 'exact'),
    ('HUMAIN, the artificial intelligence company owned by the Public Investment Fund, announced the deals on Tuesday.',
     'subsidiary_of', 'humain', 'public-investment-fund', None, None, None),
    ('HUMAIN and xAI will develop a 500 MW data center in Saudi Arabia.',
     'partners_with', 'humain', 'xai', None, None, None),
    ('Amazon Web Services will invest more than $5 billion in a strategic partnership with HUMAIN.',
     'partners_with', 'amazon-web-services', 'humain', None, None, None),
    ('Amazon Web Services will invest more than $5 billion to build an "AI Zone" in Riyadh.',
     'invests_in_infrastructure', 'amazon-web-services', None, 5 * B, 'USD', 'more_than'),
    ('AMD and HUMAIN have formed a joint venture to deploy up to 1 GW of AMD Instinct capacity.',
     'supplies_chips', 'amd', 'humain', 1 * GW, 'W', 'up_to'),
    ('AMD will supply six gigawatts of GPUs to OpenAI. The first 1 gigawatt deployment of AMD Instinct MI450 GPUs begins in 2026.',
     'uses_chip', 'openai', 'mi450', None, None, None),
    ('Firmus Technologies signed a deal with Nvidia to buy 5,000 GPUs.',
     'supplies_chips', 'nvidia', 'firmus', 5000, 'chips', 'exact'),
    ('Qualcomm will provide Aramco Digital with its AI200 rack solutions for 150 megawatts of inference capacity.',
     'supplies_chips', 'qualcomm', 'aramco-digital', 150 * MW, 'W', 'exact'),
    # the passive ('was selected by', 'are being deployed by'), table rows, slang headlines, a second raise in a sentence
    ('Lambda was selected by Microsoft to provide 100 megawatts of GPU capacity.',
     'provides_capacity', 'lambda', 'microsoft', 100 * MW, 'W', 'exact'),
    ('Groq has been tapped by HUMAIN to supply 200 megawatts of inference compute.',
     'provides_capacity', 'groq', 'humain', 200 * MW, 'W', 'exact'),
    ('Mistral AI was backed by ASML, which led the round. Nvidia and Andreessen Horowitz also invested.',
     'invests_in', 'nvidia', 'mistral-ai', None, None, None),
    ('| Microsoft | Lambda | GPU capacity, four years | $2.5 billion |',
     'commits_spend', 'microsoft', 'lambda', 2.5 * B, 'USD', 'exact'),
    ('Firmus inks $2 billion OpenAI deal for Nvidia chips in Tasmania',
     'commits_spend', 'openai', 'firmus', 2 * B, 'USD', 'exact'),
    ('Lancium bags $600 million for Texas expansion\nThe financing, led by Blackstone, will pay for two more buildings.',
     'invests_in', 'blackstone', 'lancium', 600 * M, 'USD', 'exact'),
    ('Lambda closed a $1.5 billion round led by TWG Global, and Poolside raised $1 billion from Nvidia.',
     'invests_in', 'nvidia', 'poolside', 1 * B, 'USD', 'exact'),
    ('Lambda closed a $1.5 billion round led by TWG Global, and Poolside raised $1 billion from Nvidia.',
     'invests_in', 'twg-global', 'lambda', 1.5 * B, 'USD', 'exact'),
    ('In India, 5,000 Nvidia H200 GPUs are being deployed by Reliance Industries at its new data center in Jamnagar, the company said.',
     'supplies_chips', 'nvidia', 'reliance-industries', 5000, 'chips', 'exact'),
    # a raise's later part ('putting … into the equity portion'), partners by agreement, letters of intent to supply,
    # group members' names, 'uses both'
    ('xAI is raising $12 billion through a special-purpose vehicle. Nvidia is putting up to $2 billion into the equity portion.',
     'invests_in', 'nvidia', 'xai', 2 * B, 'USD', 'up_to'),
    ("Cerebras has also agreed with Abu Dhabi's G42 to build a new supercomputer.",
     'partners_with', 'cerebras', 'g42', None, None, None),
    ('Amazon, meanwhile, offers Llama models on its cloud.',
     'offers_model', 'amazon', 'llama', None, None, None),
    ('Micron Technology Inc. and SK hynix Inc. said they had signed agreements with Nvidia to supply memory chips.',
     'supplies_chips', 'sk-hynix', 'nvidia', None, None, None),
    ('Samsung Biologics and SK Telecom will also cooperate with Anthropic on data centers.',
     'partners_with', 'samsung-biologics', 'anthropic', None, None, None),
    ('Google and Amazon make TPUs and Trainium chips. Anthropic, which uses both, wants more.',
     'uses_chip', 'anthropic', 'trainium', None, None, None),
    # one-line 'A-B:' notes, list items under a lead-in, spending over a fiscal year, companies bought and sold,
    # money into a joint venture that builds, an investor in two
    ('Microsoft-Nscale: $24 billion of GPU capacity over five years.',
     'commits_spend', 'microsoft', 'nscale', 24 * B, 'USD', 'exact'),
    ('Capital expenditures planned for 2026:\n- Oracle: about $50 billion\n- CoreWeave: more than $20 billion',
     'invests_in_infrastructure', 'coreweave', None, 20 * B, 'USD', 'more_than'),
    ('Broadcom expects to spend about $5 billion in its next fiscal year.',
     'invests_in_infrastructure', 'broadcom', None, 5 * B, 'USD', 'about'),
    ('Qualcomm is buying chip designer Alphawave in a deal valued at $2.4 billion.',
     'acquired', 'qualcomm', 'alphawave', 2.4 * B, 'USD', 'exact'),
    ('AMD has agreed to sell the manufacturing arm of ZT Systems to Sanmina for $3 billion.',
     'acquired', 'sanmina', 'zt-systems', 3 * B, 'USD', 'exact'),
    ('CoreWeave agreed to acquire Weights & Biases, the AI developer platform, for $1.7 billion.',
     'acquired', 'coreweave', 'weights-and-biases', 1.7 * B, 'USD', 'exact'),
    ('Mubadala has committed $5 billion to a joint venture with AWS to build data centers in the UAE.',
     'invests_in_infrastructure', 'mubadala', None, 5 * B, 'USD', 'exact'),
    ('Mubadala has committed $5 billion to a joint venture with AWS to build data centers in the UAE.',
     'partners_with', 'mubadala', 'amazon-web-services', None, None, None),
    ('MGX is an investor in both OpenAI and xAI.',
     'invests_in', 'mgx', 'xai', None, None, None),
    # a tranche that is itself 'the first gigawatt', epithets of clouds, a list after a colon, a site built in the passive
    ("Nvidia will supply 10 gigawatts of systems to OpenAI. The first gigawatt is expected to come online in 2026 on Nvidia's Vera Rubin platform.",
     'supplies_chips', 'nvidia', 'openai', 1 * GW, 'W', 'exact'),
    ("Nvidia will supply 10 gigawatts of systems to OpenAI. The first gigawatt is expected to come online in 2026 on Nvidia's Vera Rubin platform.",
     'uses_chip', 'openai', 'vera-rubin', None, None, None),
    ("Anthropic runs its models on three chip platforms: Google's TPUs, Amazon's Trainium and Nvidia's GPUs.",
     'uses_chip', 'anthropic', 'trainium', None, None, None),
    ('The flagship site in Abilene, Texas, is being built by Crusoe.',
     'builds_datacenter', 'crusoe', 'abilene-site', None, None, None),
    ('Anthropic has long been backed by Google. The search giant has invested about $3 billion in the Claude developer.',
     'invests_in', 'google', 'anthropic', 3 * B, 'USD', 'about'),
    # defined terms in filings, warrants issued to, possessive places, a round kept open, a shareholder letter's 'we',
    # a holder in a relative clause, a venture's relative clause, thread lines ('→ A x B:'), a count with M
    ('On May 1, 2026, Lumen Compute, Inc. (the "Company") entered into an agreement with Mistral AI ("Mistral"), pursuant to which the Company will provide Mistral with up to 100 megawatts of capacity.',
     'provides_capacity', 'lumen-compute', 'mistral-ai', 100 * MW, 'W', 'up_to'),
    ('In connection with the agreement, Arm issued to SoftBank a warrant to purchase its shares.',
     'invests_in', 'softbank', 'arm', None, None, None),
    ("Nscale, the London-based AI cloud group, has raised $1.1bn in a funding round led by Norway's Aker.",
     'invests_in', 'aker', 'nscale', 1.1 * B, 'USD', 'exact'),
    ('Nebius raised $700 million in a round led by Accel. The company will use the money to build data centers. Nvidia and Blue Owl also took part.',
     'invests_in', 'blue-owl', 'nebius', None, None, None),
    ('Arm, in which SoftBank holds about 90%, rose 5%.',
     'invests_in', 'softbank', 'arm', None, None, None),
    ('SoftBank committed to the Stargate joint venture with OpenAI, Oracle and MGX, which plans to invest $500 billion in U.S. AI infrastructure.',
     'invests_in_infrastructure', 'stargate', None, 500 * B, 'USD', 'exact'),
    ('→ Anthropic x Google: up to 1M TPUs',
     'supplies_chips', 'google', 'anthropic', 1e6, 'chips', 'up_to'),
    ('→ Meta x Blue Owl: $27B JV for Hyperion (Louisiana)',
     'builds_datacenter', 'meta', 'hyperion', 27 * B, 'USD', 'exact'),
    ('→ Meta x Blue Owl: $27B JV for Hyperion (Louisiana)',
     'partners_with', 'meta', 'blue-owl', None, None, None),
    ("IREN is a former bitcoin miner. It'll buy the GB300s from Dell for ~$5.8B.",
     'supplies_chips', 'dell', 'iren', 5.8 * B, 'USD', 'about'),
    ('Dear shareholders,\nThis year we invested $2 billion in Mistral AI.\nJane Doe\nChair, Nebius Group',
     'invests_in', 'nebius', 'mistral-ai', 2 * B, 'USD', 'exact'),
    # co-leads 'co-led by', 'Other participants included', a lease back to its buyer, a cloud deploying for its customer,
    # a cloud and a lab named together, a campus announced with a partner, a second cloud after 'and on'
    ('Anthropic has completed a $13 billion Series F financing. The round was led by ICONIQ and co-led by Fidelity and Lightspeed Venture Partners.',
     'invests_in', 'lightspeed-venture-partners', 'anthropic', 13 * B, 'USD', 'exact'),
    ('Anthropic has completed a $13 billion Series F financing. The round was led by ICONIQ. Other participants included Altimeter, Coatue and TPG.',
     'invests_in', 'coatue', 'anthropic', None, None, None),
    ('Lambda has also agreed a $1.5 billion, four-year deal to lease back 18,000 of its own GPUs to Nvidia.',
     'commits_spend', 'nvidia', 'lambda', 1.5 * B, 'USD', 'exact'),
    ('Nscale has been the most aggressive, agreeing to deploy around 200,000 Nvidia GPUs for Microsoft.',
     'supplies_chips', 'nvidia', 'nscale', 200000, 'chips', 'about'),
    ('Oracle and OpenAI had agreed in July to develop up to 4.5 gigawatts of additional Stargate capacity.',
     'provides_capacity', 'oracle', 'openai', 4.5 * GW, 'W', 'up_to'),
    ('Crusoe has also announced a 1.8 GW campus in Wyoming with Tallgrass.',
     'partners_with', 'crusoe', 'tallgrass', None, None, None),
    ('Anthropic trains and runs Claude on Amazon Web Services, its primary cloud and training partner, and on Google Cloud TPUs.',
     'uses_cloud', 'anthropic', 'google-cloud', None, None, None),
    # a site's expected cost, a deal struck with a backer's funds, an apposition naming 'the venture' and its bonds
    ("Meta's Hyperion campus will be owned by a joint venture, and the total development cost is expected to be around $27 billion.",
     'builds_datacenter', 'meta', 'hyperion', 27 * B, 'USD', 'about'),
    ('Meta has struck a deal with funds managed by Blue Owl Capital to finance its Hyperion campus.',
     'partners_with', 'meta', 'blue-owl', None, None, None),
    ('The venture, Beignet Investor LLC, sold $27.3 billion of bonds. Blue Owl contributed about $2.5 billion of equity.',
     'invests_in', 'blue-owl', 'beignet-investor', 2.5 * B, 'USD', 'about'),
    # money into an AI hub, partners of a hub 'developed with', a figure in a relative clause, chip customers
    ('Microsoft plans to invest $3 billion over two years in an AI hub in Pune.',
     'invests_in_infrastructure', 'microsoft', None, 3 * B, 'USD', 'exact'),
    ('Google is expanding abroad. In India it plans to invest $15 billion in an AI hub in Visakhapatnam, developed with AdaniConneX and Bharti Airtel.',
     'partners_with', 'google', 'bharti-airtel', None, None, None),
    ('Google is selling its TPUs to outside labs, Google said. Beyond Anthropic, which is expected to bring well over a gigawatt of TPU capacity online in 2026, Meta is in discussions to rent TPUs through Google Cloud.',
     'provides_capacity', 'google', 'anthropic', 1 * GW, 'W', 'more_than'),
    ('Safe Superintelligence and Salesforce are also TPU customers.',
     'uses_chip', 'salesforce', 'tpu', None, None, None),
    # a partnership told from one party's side ('For Nvidia, it is the first … partnership with Anthropic')
    ('For Nvidia, it is the first deep technology partnership with Anthropic.',
     'partners_with', 'nvidia', 'anthropic', None, None, None),
    # a site built with partners after an apposition, an investor in a list of labs, a partnership's own relative clause
    ('G42, the Abu Dhabi technology group, is building a 1-gigawatt cluster with OpenAI and Oracle.',
     'partners_with', 'g42', 'oracle', None, None, None),
    ('MGX, which counts G42 among its founders, is an investor in OpenAI, xAI and Anthropic.',
     'invests_in', 'mgx', 'xai', None, None, None),
    ('MGX is an Abu Dhabi investor. It also joined BlackRock and Microsoft in the AI Infrastructure Partnership, which aims to mobilize up to $100 billion for data centers and energy.',
     'invests_in_infrastructure', 'ai-infrastructure-partnership', None, 100 * B, 'USD', 'up_to'),
    # 'it is also an investor in A, B and C'
    ('Nvidia has many stakes. It is also an investor in Lambda, Nscale and Crusoe, all of which buy its GPUs.',
     'invests_in', 'nvidia', 'nscale', None, None, None),
    # a country's build-out: 'in the country', a cloud region, a commitment that includes a data centre, a data center
    # park, an AI cluster, 'X said it' after another clause, a partner described before its name, campuses in general,
    # a plan's first phase, a verb's own subject, a round's equity lead, lenders, servers for a site, an acronym's short form
    ("AWS said it will invest $5 billion in the kingdom by 2028.", "invests_in_infrastructure", "amazon-web-services", None, 5 * B, "USD", "exact"),
    ("Oracle plans to spend $6.5 billion to launch a public cloud region in Malaysia.", "invests_in_infrastructure", "oracle", None, 6.5 * B, "USD", "exact"),
    ("Google followed with a $2 billion commitment that includes its first data center in Thailand.", "invests_in_infrastructure", "google", None, 2 * B, "USD", "exact"),
    ("Crusoe is building a 200-megawatt data center park in Wyoming.", "builds_datacenter", "crusoe", "wyoming-data-center-park", 200 * MW, "W", "exact"),
    ("CoreWeave unveiled a 40-megawatt GPU cluster in Lancaster, Pennsylvania.", "builds_datacenter", "coreweave", "lancaster-cluster", 40 * MW, "W", "exact"),
    ("Microsoft has expanded in Asia, and Oracle said it will spend $1 billion to build data centers in Japan.", "invests_in_infrastructure", "oracle", None, 1 * B, "USD", "exact"),
    ("Brookfield said it had formed a joint venture with Qatari sovereign wealth fund QIA to build AI data centers.", "partners_with", "brookfield", "qatar-investment-authority", None, None, None),
    ("Aligned Data Centers will develop campuses with more than 3 gigawatts of capacity across the Midwest.", "invests_in_infrastructure", "aligned-data-centers", None, 3 * GW, "W", "more_than"),
    ("Digital Realty plans to spend $5 billion on new data centers. The first phase includes a 100-megawatt campus in Dallas.", "builds_datacenter", "digital-realty", "dallas-campus", 100 * MW, "W", "exact"),
    ("QTS said it would lease Meta 200 megawatts at its Atlanta campus, where Meta will run Nvidia GB300 systems.", "uses_chip", "meta", "gb300", None, None, None),
    ("Crusoe is raising $1.4 billion: $1 billion in equity and $400 million in debt. Founders Fund is leading the equity.", "invests_in", "founders-fund", "crusoe", 1 * B, "USD", "exact"),
    ("Lambda secured a $500 million loan. JPMorgan and Morgan Stanley are among the lenders.", "invests_in", "morgan-stanley", "lambda", None, None, None),
    ("Supermicro supplied the GPU servers for Colossus.", "supplies_chips", "supermicro", "xai", None, None, None),
    ("Supermicro supplies the servers for Colossus. Supermicro is shipping racks under a contract that analysts value at about $2 billion.", "supplies_chips", "supermicro", "xai", 2 * B, "USD", "about"),
    ("KPJ Digital Infrastructure, a Malaysian utility, is building a campus in Johor. KPJ has partnered with Nvidia.", "partners_with", "kpj-digital-infrastructure", "nvidia", None, None, None),
    ("Tessel AI raised $200 million from investors including Coatue and the Qatar Investment Authority.", "invests_in", "qatar-investment-authority", "tessel-ai", None, None, None),
    ("Oct 2 (Reuters) - Data-center operator Digital Realty said it had formed a joint venture worth $7 billion to build data centers in Japan.", "invests_in_infrastructure", "digital-realty", None, 7 * B, "USD", "exact"),
    # server makers' orders and shipments, custom-chip designers, a hyphenated name, an order from a chip maker's customer
    ("Saudi developer Humain agreed to buy $10 billion of Supermicro's AI servers.", "supplies_chips", "supermicro", "humain", 10 * B, "USD", "exact"),
    ("Cisco has won a deal worth more than $2 billion to sell AI servers to Meta.", "supplies_chips", "cisco", "meta", 2 * B, "USD", "more_than"),
    ("Supermicro said it had shipped the first Nvidia GB300 systems to Lambda.", "supplies_chips", "supermicro", "lambda", None, None, None),
    ("Supermicro said it had shipped the first Nvidia GB300 systems to Lambda.", "uses_chip", "lambda", "gb300", None, None, None),
    ("Marvell signed a five-year agreement with Microsoft in 2024 to supply custom AI products, including the Maia accelerator.", "supplies_chips", "marvell", "microsoft", None, None, None),
    ("Marvell has also worked with Meta on its custom chips.", "partners_with", "marvell", "meta", None, None, None),
    ("Broadcom makes networking chips. It has co-designed Meta's custom accelerators since 2023.", "partners_with", "broadcom", "meta", None, None, None),
    ("Alchip, the Taiwanese designer of custom chips for hyperscalers, is working with Amazon on Trainium3.", "partners_with", "alchip", "amazon", None, None, None),
    ("Amazon has invested in X-energy.", "invests_in", "amazon", "x-energy", None, None, None),
    ("Broadcom disclosed a $10 billion order from a new customer, widely reported to be OpenAI.", "supplies_chips", "broadcom", "openai", 10 * B, "USD", "exact"),
    # a campus's financing, lease and resale, a chip deal sized in power, rented capacity, a later acquisition, a brand
    # before the raiser's verb, a site on a town's outskirts
    ("Crusoe is building the campus with Blue Owl Capital, which arranged about $10 billion of debt and equity for the project.", "invests_in_infrastructure", "blue-owl", None, 10 * B, "USD", "about"),
    ("Vantage Data Centers is building a campus in Port Washington. Oracle has leased the whole campus for 15 years.", "provides_capacity", "vantage-data-centers", "oracle", None, None, None),
    ("Oracle will then rent the computing power to OpenAI.", "provides_capacity", "oracle", "openai", None, None, None),
    ("OpenAI will use MI450 chips at other sites, under a separate 6-gigawatt agreement with AMD.", "supplies_chips", "amd", "openai", 6 * GW, "W", "exact"),
    ("Microsoft also rents capacity from Nebius, Nscale and Lambda.", "uses_cloud", "microsoft", "lambda", None, None, None),
    ("Graphcore, which was later acquired by SoftBank, designs AI chips.", "acquired", "softbank", "graphcore", None, None, None),
    ("Hot Aisle, the AI cloud built on AMD Instinct accelerators, today announced it has closed a $60 million Series A round led by Magnetar, with participation from Nexus Venture Partners.", "invests_in", "nexus-venture-partners", "hot-aisle", None, None, None),
    ("Crusoe is building a campus on the outskirts of Amarillo, Texas. When finished, the site will have about 1.2 gigawatts of capacity.", "builds_datacenter", "crusoe", "amarillo-campus", 1.2 * GW, "W", "about"),
    # a partnership rewritten, co-development, racks in gigawatts, 'its' past a name that only modifies a deal, the
    # chips the first gigawatt runs on
    ("Google and Anthropic have rewritten the most important partnership in AI.", "partners_with", "google", "anthropic", None, None, None),
    ("Samsung and OpenAI are co-developing memory chips for data centers.", "partners_with", "samsung", "openai", None, None, None),
    ("Meta and Broadcom are co-designing custom chips, with 2 gigawatts of racks to be deployed by 2027.", "supplies_chips", "broadcom", "meta", 2 * GW, "W", "exact"),
    ("The Google contract matters for its size: Nebius is no longer a Microsoft satellite. Its contracts with Microsoft total about $19.4 billion.", "commits_spend", "microsoft", "nebius", 19.4 * B, "USD", "about"),
    ("Nvidia will invest up to $100 billion in OpenAI. The first gigawatt will come online in 2026 on Nvidia's Vera Rubin platform.", "uses_chip", "openai", "vera-rubin", None, None, None),
    # an apposition ends with its sentence, 'the company' past another clause's subject, a pronoun's figure after an
    # investor sentence, 'which remains its', a site's possessive apposition, a listed site under construction
    ("OpenAI buys chips from AMD. Its supply chain runs through Nvidia, which separately plans to invest up to $100 billion in the lab. Oracle, which will host the capacity, has also ordered chips.", "invests_in", "nvidia", "openai", 100 * B, "USD", "up_to"),
    ("xAI is building Colossus. In 2025 it added $10 billion in debt arranged by Morgan Stanley, and SpaceX invested $2 billion in the company.", "invests_in", "spacex", "xai", 2 * B, "USD", "exact"),
    ("Google has been an investor in Anthropic since 2023. It committed $2 billion in 2023.", "invests_in", "google", "anthropic", 2 * B, "USD", "exact"),
    ("Google Cloud is one of Anthropic's two main compute providers, alongside AWS, which remains its primary training partner.", "primary_cloud", "anthropic", "amazon-web-services", None, None, None),
    ("xAI is building in Memphis. Colossus, its first supercomputer, went from an empty factory to 100,000 GPUs in 122 days.", "builds_datacenter", "xai", "colossus", None, None, None),
    ("Colossus 2, under construction nearby, will be the first gigawatt-scale training cluster.", "builds_datacenter", "xai", "colossus-2", None, None, None),
    # a site named before 'AI data centers', 'US' opening a fund's name, a business of a company bought, a majority-owned
    # unit, a relative clause's deployer, an unsized deal beside a sized one, a venture's apposition, 'the round' later
    ("Microsoft is expanding its Fairwater AI data centers in Atlanta.", "builds_datacenter", "microsoft", "fairwater", None, None, None),
    ("Lambda said the US Innovative Technology Fund had also invested in the company.", "invests_in", "us-innovative-technology-fund", "lambda", None, None, None),
    ("SoftBank agreed to buy the robotics business of ABB for about $5.4 billion.", "acquired", "softbank", "abb", 5.4 * B, "USD", "about"),
    ("SoftBank's majority-owned Arm designs the CPU cores.", "subsidiary_of", "arm", "softbank", None, None, None),
    ("The largest single deal is with Nscale, which will deploy roughly 200,000 Nvidia GB300 GPUs for Microsoft across sites in Texas, in contracts worth up to $24 billion.", "supplies_chips", "nvidia", "nscale", 200000, "chips", "about"),
    ("IREN signed a $9.7 billion contract with Microsoft, and Lambda struck a multibillion-dollar agreement to deploy tens of thousands of Nvidia GPUs for Microsoft.", "commits_spend", "microsoft", "lambda", None, None, None),
    ("SoftBank is a lead partner in Stargate, the joint venture with OpenAI and Oracle that plans to invest up to $500 billion in US AI infrastructure.", "invests_in_infrastructure", "stargate", None, 500 * B, "USD", "up_to"),
    ("Lambda raised $1.5 billion in a round led by TWG Global. Nvidia rents GPUs from Lambda. Microsoft is a customer. US Innovative Technology Fund also participated in the round.", "invests_in", "us-innovative-technology-fund", "lambda", None, None, None),
    # a run-in header glued to its paragraph, filling sites with chips, a second site and its lease, a site's 'where it
    # is developing', what a site could reach, a deal that requires power, a round joined later, 'is now building … with'
    ("Modelwire context\nAnalyst takeLambda is building a 200-megawatt campus in Kansas City.", "builds_datacenter", "lambda", "kansas-city-campus", 200 * MW, "W", "exact"),
    ("Oracle plans to fill the sites with Nvidia's GB300 systems.", "uses_chip", "oracle", "gb300", None, None, None),
    ("Vantage Data Centers is developing Frontier, a campus in Texas, and a campus in Port Washington, Wisconsin, both leased to Oracle.", "builds_datacenter", "vantage-data-centers", "port-washington-campus", None, None, None),
    ("Vantage Data Centers is developing Frontier, a campus in Texas, and a campus in Port Washington, Wisconsin, both leased to Oracle.", "provides_capacity", "vantage-data-centers", "oracle", None, None, None),
    ("Crusoe owns a campus in Cheyenne, Wyoming, where it is developing about 1.8 gigawatts of capacity.", "builds_datacenter", "crusoe", "cheyenne-campus", 1.8 * GW, "W", "about"),
    ("Crusoe is building a campus in Cheyenne. Watch the Cheyenne campus: at full build-out it could reach 10 gigawatts.", "builds_datacenter", "crusoe", "cheyenne-campus", 10 * GW, "W", "up_to"),
    ("OpenAI agreed to buy $300 billion of computing capacity from Oracle, a deal that requires about 4.5 gigawatts of new data-center capacity.", "provides_capacity", "oracle", "openai", 4.5 * GW, "W", "about"),
    ("Crusoe raised $1.38 billion in a round led by Valor. Crusoe builds campuses. It also buys AMD chips. Nvidia and Fidelity also joined the round.", "invests_in", "fidelity", "crusoe", None, None, None),
    ("Crusoe raised money this year. It is now building a 1.8-gigawatt campus in Wyoming with Tallgrass.", "partners_with", "crusoe", "tallgrass", None, None, None),
    # cloud customers named past the cloud, 'which it will develop with', 'one million of them', a deal announced before,
    # 'counts X among its shareholders'
    ("Oracle is adding capacity for cloud customers such as OpenAI and xAI.", "uses_cloud", "xai", "oracle", None, None, None),
    ("Google will invest $15 billion in an AI hub in India, which it will develop with AdaniConneX.", "partners_with", "google", "adaniconnex", None, None, None),
    ("Google's Ironwood chip is now available, and Anthropic plans to use up to one million of them.", "uses_chip", "anthropic", "ironwood", None, None, None),
    ("Nebius agreed to provide Meta with $3 billion of capacity, weeks after announcing a $17.4 billion contract with Microsoft.", "commits_spend", "microsoft", "nebius", 17.4 * B, "USD", "exact"),
    ("Nebius counts Nvidia among its shareholders.", "invests_in", "nvidia", "nebius", None, None, None),
    # a later actor's own figure, spending on factories, a site's cost in apposition, a lender's relative clause, a
    # contract to develop another's build-out, warrants in exchange, an anchor tenant named by 'it'
    ("Nvidia invested $5 billion in Intel, SoftBank bought $2 billion of Intel shares, and the US government converted $8.9 billion of grants into a stake.", "invests_in", "u-s-government", "intel", 8.9 * B, "USD", "exact"),
    ("Intel is spending about $18 billion a year on factories and equipment.", "invests_in_infrastructure", "intel", None, 18 * B, "USD", "about"),
    ("Fluidstack plans to build a 1-gigawatt AI supercomputer in France, an investment of about $11 billion.", "builds_datacenter", "fluidstack", "france-supercomputer", 11 * B, "USD", "about"),
    ("Fluidstack relies on backstops from Google and on lenders such as Macquarie, which extended a $750 million credit facility last year.", "invests_in", "macquarie", "fluidstack", 750 * M, "USD", "exact"),
    ("Fluidstack won the contract to develop Anthropic's $50 billion US data-center build-out.", "partners_with", "fluidstack", "anthropic", None, None, None),
    ("Google backstopped $3.2 billion of Fluidstack's lease obligations in exchange for warrants in TeraWulf.", "invests_in", "google", "terawulf", None, None, None),
    ("Fluidstack grew fast. It builds data centers in Texas, and it is the anchor tenant of TeraWulf's campus in New York.", "provides_capacity", "terawulf", "fluidstack", None, None, None),
    # a site unveiled, a lead described by its own backer, a supercluster built in a relative clause, a cloud commitment
    ("xAI has unveiled Colossus 2 in Memphis.", "builds_datacenter", "xai", "colossus-2", None, None, None),
    ("Luma AI raised $900 million led by Humain, the Saudi AI company backed by the Public Investment Fund.", "invests_in", "humain", "luma-ai", 900 * M, "USD", "exact"),
    ("Project Halo, a 2-gigawatt AI supercluster that Humain is building in Saudi Arabia, will host Luma's models.", "builds_datacenter", "humain", "project-halo", 2 * GW, "W", "exact"),
    ("OpenAI trains its models on Fairwater under its Azure commitment.", "uses_cloud", "openai", "microsoft-azure", None, None, None),
    # a model named with its kind ('the Ray3 video model') after 'the maker of the'
    ("Luma AI, the maker of the Ray3 video model, has raised new money.", "develops_model", "luma-ai", "ray3", None, None, None),
    # a round's lead on no list, spending to meet demand for infrastructure, a firm named '… Services', a commitment for
    # infrastructure after a colon, partners after an apposition, a stake in exchange for a backstop
    ('Tessel AI raised $80 million in a Series A round led by SBVA, with participation from Lux Capital.', 'invests_in', 'sbva', 'tessel-ai', 80 * M, 'USD', 'exact'),
    ('Halvard Systems plans to invest more than $4 billion over the next decade to meet demand for cloud computing and AI infrastructure in Chile.', 'invests_in_infrastructure', 'halvard-systems', None, 4 * B, 'USD', 'more_than'),
    ('Oracle will invest $3 billion over five years to build an AI hub in Valparaiso, its largest investment in Chile, in partnership with Entel and Codelco.', 'partners_with', 'oracle', 'codelco', None, None, None),
    ('Meridian Data Services said it would invest about $2 billion in new data centers in Poland.', 'invests_in_infrastructure', 'meridian-data-services', None, 2 * B, 'USD', 'about'),
    ("Oracle is the largest foreign investor in the country's cloud market: it committed $6 billion in Mexico for cloud and AI infrastructure.", 'invests_in_infrastructure', 'oracle', None, 6 * B, 'USD', 'exact'),
    ("Rhea Compute backstopped $900 million of Lumen's lease payments in exchange for a 4.1% stake in Arcline.", 'invests_in', 'rhea-compute', 'arcline', None, None, None),
    # a name on no list that does a deal ("will fill", "which operates"), and is later named by its first word
    ("Lumen Orbit will fill the hall with AMD MI355X systems supplied by Dell.", "uses_chip", "lumen-orbit", "mi355x",
     None, None, None),
    ("Lumen Orbit will fill the hall with AMD MI355X systems supplied by Dell.", "supplies_chips", "dell", "lumen-orbit",
     None, None, None),
    ("Iron Crest, which operates the Sandhill data center campus in Nevada, has ordered 5,000 Nvidia GPUs.",
     "builds_datacenter", "iron-crest", "sandhill", None, None, None),
    ("Lotus Mining signed a ten-year lease with Google last month. Lotus and Google also agreed to form a joint venture.",
     "partners_with", "lotus-mining", "google", None, None, None),
    # a company that acts, past an apposition naming where its founders worked; a company's own cloud
    ("Kite Robotics, founded by former Meta engineers, trains its models on Nordwind Telecom's cloud and on Oracle Cloud "
     "Infrastructure.", "uses_cloud", "kite-robotics", "oracle-cloud-infrastructure", None, None, None),
    ("Kite Robotics, founded by former Meta engineers, trains its models on Nordwind Telecom's cloud and on Oracle Cloud "
     "Infrastructure.", "uses_cloud", "kite-robotics", "nordwind-telecom", None, None, None),
    # a site made by converting another building, named by its place
    ("Foxconn and SoftBank will convert an idle electric-vehicle plant in Lordstown into a 400-megawatt AI data center.",
     "builds_datacenter", "foxconn", "lordstown-data-center", 400 * MW, "W", "exact"),
    # capacity built for no one named: the builder's capital spending
    ("Equinix said it would invest $3 billion to build 500 megawatts of data-center capacity in Japan by 2030.",
     "invests_in_infrastructure", "equinix", None, 500 * MW, "W", "exact"),
    # a clause opened by ", and in September it …"; a figure that is part of another ("including up to …")
    ("Nscale has ordered 20,000 AMD MI355X chips for its Loughton site, and in October it raised $1.1 billion in a round "
     "led by Aker.", "invests_in", "aker", "nscale", 1.1 * B, "USD", "exact"),
    ("Mistral AI has raised $2 billion, including up to $1.5 billion from ASML, to pay for its data centers in France.",
     "invests_in", "asml", "mistral-ai", 1.5 * B, "USD", "up_to"),
    # a site named in an apposition with a plural head, sized by what it is meant to reach; a listed company's longer name
    ("Firmus Technologies and Equinix are building Project Kestrel, a network of AI factories in Perth and Darwin that is "
     "meant to reach 900 megawatts by 2029.", "builds_datacenter", "equinix", "project-kestrel", 900 * MW, "W", "exact"),
    ("Firmus Technologies and Equinix are building Project Kestrel, a network of AI factories in Perth and Darwin that is "
     "meant to reach 900 megawatts by 2029.", "builds_datacenter", "firmus", "project-kestrel", 900 * MW, "W", "exact"),
    # a company bought, named before the relative clause that says so, which then leases capacity
    ("Switch, which DigitalBridge bought for about $11 billion in 2022, has agreed to lease a 100-megawatt hall at its Las "
     "Vegas campus to xAI.", "acquired", "digitalbridge", "switch", 11 * B, "USD", "about"),
    ("Switch, which DigitalBridge bought for about $11 billion in 2022, has agreed to lease a 100-megawatt hall at its Las "
     "Vegas campus to xAI.", "provides_capacity", "switch", "xai", 100 * MW, "W", "exact"),
    # agreements to work together
    ("Yotta has signed a memorandum of understanding with Nvidia to plan a GPU cloud in Mumbai.", "partners_with", "yotta",
     "nvidia", None, None, None),
    ("Intel will take a $2 billion stake in SambaNova, and the two companies will develop inference servers together.",
     "partners_with", "intel", "sambanova", None, None, None),
    # a site that one company owns and another operates; sites listed after a plural head
    ("Helios 7, a supercomputer that Humain owns and Groq operates in Riyadh, will open next year.", "builds_datacenter",
     "groq", "helios-7", None, None, None),
    ("The Department of Energy has picked Nvidia and Oracle to build two supercomputers, Solstice and Equinox, at Argonne.",
     "builds_datacenter", "oracle", "equinox", None, None, None),
    # a chip maker's own cloud; moving software onto chips; a service that serves a model, in a relative clause
    ("Perplexity runs its Sonar models on Groq's inference cloud.", "uses_cloud", "perplexity", "groq", None, None, None),
    ("Ericsson will move its radio software onto Nvidia's Grace CPU.", "uses_chip", "ericsson", "grace-cpu", None, None, None),
    ("Amazon Bedrock, which already serves Meta's Llama models to government agencies, added two more this week.",
     "offers_model", "amazon-bedrock", "llama", None, None, None),
    # the chip's own clause names its user; capacity running on a maker's chips is a chip deal sized in power
    ("Microsoft will invest $5 billion in Anthropic, and Poolside has agreed to train its models on AMD's MI355X chips.",
     "uses_chip", "poolside", "mi355x", None, None, None),
    ("Oracle will lend $3 billion to Crusoe, and Poolside has agreed to contract capacity of up to 500 megawatts running on "
     "Nvidia's Grace Blackwell and Vera Rubin systems.", "supplies_chips", "nvidia", "poolside", 500 * MW, "W", "up_to"),
    # a model named once, then "it is available through …"; a service's customers can use a model
    ("Gemini is now the most used model on the platform: it is also available through Oracle Cloud Infrastructure and "
     "Microsoft's Azure AI Foundry.", "offers_model", "oracle-cloud-infrastructure", "gemini", None, None, None),
    ("Gemini is now the most used model on the platform: it is also available through Oracle Cloud Infrastructure and "
     "Microsoft's Azure AI Foundry.", "offers_model", "azure-ai-foundry", "gemini", None, None, None),
    ("Azure AI Foundry customers can now use Grok 4 in four regions.", "offers_model", "azure-ai-foundry", "grok-4",
     None, None, None),
    # partners past an interposed phrase; a customer named by its cloud's possessive
    ("AMD and OpenAI will, for the first time, work together on the design of racks.", "partners_with", "amd", "openai",
     None, None, None),
    ("OpenAI, which remains Microsoft's largest AI customer, is also buying capacity from Oracle.", "uses_cloud", "openai",
     "microsoft", None, None, None),
    # "the compute commitment" points back at the commitment read last
    ("Meta has committed to spend $14 billion on CoreWeave's cloud. For Microsoft, which holds a stake in OpenAI, the deal "
     "is a hedge. Analysts estimate that the compute commitment would amount to about $2.3 billion a year.",
     "commits_spend", "meta", "coreweave", 2.3 * B, "USD", "about"),
    # capital mobilised by a group on no list; investors in "the consortium" it is
    ("The AI Infrastructure Fund, which also counts BlackRock among its backers, plans to mobilize up to $30 billion "
     "including debt.", "invests_in_infrastructure", "ai-infrastructure-fund", None, 30 * B, "USD", "up_to"),
    ("The AI Infrastructure Partnership plans to invest in data centers. G42 and Temasek are also investors in the "
     "consortium.", "invests_in", "temasek", "ai-infrastructure-partnership", None, None, None),
    # capacity let on, and capacity built for a tenant
    ("Nebius in turn rents the capacity to Meta under a five-year contract.", "provides_capacity", "nebius", "meta",
     None, None, None),
    ("Vantage Data Centers has spent two years signing leases. Its largest, a 200-megawatt build in Ohio for CoreWeave, "
     "was signed last year.", "provides_capacity", "vantage-data-centers", "coreweave", 200 * MW, "W", "exact"),
    # spending on a lab's products; the largest investor; a subsidiary named in a relative clause, and its partners
    ("Samsung has said it will spend $500 million a year deploying Anthropic's tools across its affiliates.",
     "commits_spend", "samsung", "anthropic", 500 * M, "USD", "exact"),
    ("Nvidia led the round, and it is the largest investor in Crusoe.", "invests_in", "nvidia", "crusoe", None, None, None),
    ("Ampere, which SoftBank controls, designs server chips and is working with Oracle and Microsoft on a new processor.",
     "subsidiary_of", "ampere", "softbank", None, None, None),
    ("Ampere, which SoftBank controls, designs server chips and is working with Oracle and Microsoft on a new processor.",
     "partners_with", "ampere", "microsoft", None, None, None),
    # a round's lead past an apposition, with others only taking part
    ("Vultr has raised $329 million in a round led by Apex Global, the holding company of Ana Ruiz and Tom Berg, with "
     "participation from the Helios Growth Fund and existing investors.", "invests_in", "apex-global", "vultr", 329 * M,
     "USD", "exact"),
    # capacity leased from a landlord; a supplier that signed a deal to supply; a provider's sale counted in money
    ("Crusoe also leases a 200-megawatt facility in Wyoming from Tallgrass.", "provides_capacity", "tallgrass", "crusoe",
     200 * MW, "W", "exact"),
    ("Nebius signed a deal to supply Microsoft with about 100,000 Nvidia GB300 GPUs.", "supplies_chips", "nebius",
     "microsoft", 100_000, "chips", "about"),
    ("Oracle will provide xAI with $2 billion of AI infrastructure over three years.", "commits_spend", "xai", "oracle",
     2 * B, "USD", "exact"),
    # a ceiling by "can rise to"; the deal a figure measures, not the one compared with it; a payment is a deal's
    ("Nebius has contracts with Microsoft and Meta; the Meta deal is smaller than the $17.4 billion agreement it signed "
     "with Microsoft, which can rise to $19.4 billion.", "commits_spend", "microsoft", "nebius", 19.4 * B, "USD", "up_to"),
    ("Nscale's Texas deal is its largest. Microsoft will pay roughly $14 billion over the life of the contract.",
     "commits_spend", "microsoft", "nscale", 14 * B, "USD", "about"),
    # a site's cost "at a cost of"; a site named by what is built in a place, with the chips it is built with
    ("Fluidstack will build a 1-gigawatt AI supercomputer in Norway at a cost of about $8 billion, with the backing of the "
     "Norwegian government.", "builds_datacenter", "fluidstack", "norway-supercomputer", 8 * B, "USD", "about"),
    ("Telenor and Nvidia are building the Nordic Compute Hub in Oslo with 5,000 Blackwell GPUs, and the first customers "
     "will move in next spring.", "supplies_chips", "nvidia", "telenor", 5_000, "chips", "exact"),
    ("Telenor and Nvidia are building the Nordic Compute Hub in Oslo with 5,000 Blackwell GPUs, and the first customers "
     "will move in next spring.", "builds_datacenter", "telenor", "nordic-compute-hub", None, None, None),
    # chips named before "them"; the owner of the campus where they are hosted; a stake taken in return
    ("Google has begun placing TPUs in smaller clouds: Nscale will host them at a Cipher Mining campus in Texas.",
     "uses_chip", "nscale", "tpu", None, None, None),
    ("Google has begun placing TPUs in smaller clouds: Nscale will host them at a Cipher Mining campus in Texas.",
     "provides_capacity", "cipher-mining", "nscale", None, None, None),
    ("Anthropic signed the lease, with Google backstopping $1 billion of the rent and taking a 5% stake in Hut 8.",
     "invests_in", "google", "hut-8", None, None, None),
    # customers of a chip among others; chips designed with a partner
    ("Apple and Midjourney are among the other TPU customers Google has named.", "uses_chip", "midjourney", "tpu",
     None, None, None),
    ("Microsoft plans to deploy its Maia 200 accelerators next year. The chips are designed with Marvell.",
     "partners_with", "microsoft", "marvell", None, None, None),
    # investors named in a relative clause; letters of intent to supply
    ("The Apex AI Fund, in which Microsoft and the Abu Dhabi Investment Council are investors, will buy data centers.",
     "invests_in", "abu-dhabi-investment-council", "apex-ai-fund", None, None, None),
    ("Micron and SanDisk have signed letters of intent to supply memory chips for xAI's Colossus 2 project.",
     "supplies_chips", "sandisk", "xai", None, None, None),
    # building with a partner, reselling its services, adding capacity together
    ("KT will also build an AI data center with Microsoft in Seoul, the companies said on Monday.", "partners_with", "kt",
     "microsoft", None, None, None),
    ("LG CNS will resell Anthropic's enterprise services to Korean banks.", "partners_with", "lg-cns", "anthropic",
     None, None, None),
    ("Oracle and Khazna will add 100 megawatts of capacity in Abu Dhabi.", "partners_with", "oracle", "khazna",
     None, None, None),
    # a subject named by its company; an owner named past its country's possessive
    ("Khazna already operates more than 1 gigawatt across the UAE, and the OpenAI expansion will run on Nvidia GB300 "
     "systems.", "uses_chip", "openai", "gb300", None, None, None),
    ("MGX, owned by Abu Dhabi's Mubadala, has ordered 10,000 Nvidia GPUs.", "subsidiary_of", "mgx", "mubadala",
     None, None, None),
    # money raised for a named site; a site's developer named after it; a regulator's clearance names no party
    ("Oracle secured $18 billion of financing for its Abilene campus.", "builds_datacenter", "oracle", "abilene-campus",
     18 * B, "USD", "exact"),
    ("OpenAI will build a 1-gigawatt Stargate site in Lordstown, Ohio, with Vantage Data Centers as the developer.",
     "builds_datacenter", "vantage-data-centers", "lordstown-site", None, None, None),
    ("The Commerce Department has cleared Oracle to ship the equivalent of 20,000 Nvidia GB300 chips to Saudi Arabia.",
     "supplies_chips", "nvidia", "oracle", 20_000, "chips", "exact"),
    # a new subject after a round's list of leads, with a relative clause; a chip named where it is described
    ("Cohere closed a $500 million round led by Radical Ventures and PSP Investments, and Reka, which is building a video "
     "model, raised $60 million from investors including DST Global.", "invests_in", "dst-global", "reka", 60 * M, "USD",
     "exact"),
    ("Positron, which is designing an inference chip called Atlas, raised $50 million.", "makes_chip", "positron", "atlas",
     None, None, None),
    # the users a chip maker's cloud counts; compute run for a customer; money spent on a named site, and more for new ones
    ("Groq counts Bell Canada, Humain and Mistral AI among the users of its inference cloud.", "uses_cloud", "mistral-ai",
     "groq", None, None, None),
    ("Groq runs a cluster of 19,000 LPUs for Bell Canada.", "provides_capacity", "groq", "bell-canada", None, None, None),
    ("Google has spent $9 billion on its Council Bluffs campus alone.", "builds_datacenter", "google", "council-bluffs",
     9 * B, "USD", "exact"),
    # chip makers that also run an inference cloud (the reference list says so): their customers use that cloud
    ("OpenAI has agreed to buy up to 750 megawatts of computing capacity from Groq over the next three years.",
     "uses_cloud", "openai", "groq", None, None, None),
    # a site in an apposition led by "its"; power leased to a tenant that installs chips; a listed site's size and chips
    ("Vantage Data Centers has begun work on Project Sundance, its 2-gigawatt campus near Lubbock.", "builds_datacenter",
     "vantage-data-centers", "project-sundance", 2 * GW, "W", "exact"),
    ("Applied Digital agreed to lease 150 megawatts at Polaris Forge 2 to CoreWeave, which will install Nvidia GB300 "
     "systems there.", "provides_capacity", "applied-digital", "coreweave", 150 * MW, "W", "exact"),
    ("Hyperion, in Louisiana, is planned for about 5 gigawatts and will run on Nvidia GB300 chips.", "builds_datacenter",
     "meta", "hyperion", 5 * GW, "W", "about"),
    ("Hyperion, in Louisiana, is planned for about 5 gigawatts and will run on Nvidia GB300 chips.", "uses_chip", "meta",
     "gb300", None, None, None),
    # a partner named past its home's possessive
    ("Microsoft and Abu Dhabi's G42 will build a data center in Kenya.", "partners_with", "microsoft", "g42", None, None,
     None),
    # a body named with "of" or "for"; a stake "in the operator" a site's relative clause names; a site's chips its operator's
    ("The Japan Bank for International Cooperation took a stake in Kestrel Compute last year.", "invests_in",
     "japan-bank-for-international-cooperation", "kestrel-compute", None, None, None),
    ("Orion, Finland's largest AI supercomputer, which is operated by the Nordic Institute for Computing and runs on 2,400 "
     "Nvidia H200 GPUs, opened in May.", "supplies_chips", "nvidia", "nordic-institute-for-computing", 2400, "chips", "exact"),
    ("Lumen, a supercomputer operated by Arcadia Compute, opened in March. The Export Credit Fund of Norway paid 900 million "
     "kroner for a stake in the operator.", "invests_in", "export-credit-fund-of-norway", "arcadia-compute", None, None, None),
    # a name with an apposition that relies on something is a company; what it runs on a cloud, it uses
    ("Bayer Pharma, its partner in cardiology, relies on Orion for protein design. Bayer Pharma also runs most of its "
     "research computing on Google Cloud.", "uses_cloud", "bayer-pharma", "google-cloud", None, None, None),
    ("Orbital Health runs its research on 2,000 Nvidia H100 GPUs in a rented hall near the river.", "supplies_chips",
     "nvidia", "orbital-health", 2000, "chips", "exact"),
    # a site's owner named with it, past the clause before's subject
    ("Google expects to spend about $90 billion on AI data centers in its current fiscal year, and a single campus such as "
     "Meta's Prometheus in Ohio will draw about 1 gigawatt.", "builds_datacenter", "meta", "prometheus", 1 * GW, "W", "about"),
    # a model family with a Greek letter; a fund in apposition with its owner's possessive
    ("Tidal Robotics, a Palo Alto startup that develops the Ω1 family of household robot models, raised $35 million.",
     "develops_model", "tidal-robotics", "omega1", None, None, None),
    ("Toyota Ventures, Toyota's venture fund, invested in Lumen Robotics.", "subsidiary_of", "toyota-ventures", "toyota", None,
     None, None),
    # "and X put in a further …": a backer of its own; backers "also investing"
    ("Atlas Robotics raised $300 million from Sequoia Capital, and Nvidia put in a further $50 million.", "invests_in",
     "nvidia", "atlas-robotics", 50 * M, "USD", "exact"),
    ("Atlas Robotics raised $300 million in a round led by Sequoia Capital, with Lux Capital and Kinetic Ventures also "
     "investing.", "invests_in", "kinetic-ventures", "atlas-robotics", None, None, None),
    # GPUs rented from a cloud; "the two companies" past a pronoun
    ("Arcee AI released a new model on Monday. Its Vector model was trained on Nvidia H200 GPUs rented from CoreWeave.",
     "uses_cloud", "arcee-ai", "coreweave", None, None, None),
    ("Brookfield will let Helix Robotics use its warehouses to collect training data, and the two companies are exploring "
     "a data center partnership.", "partners_with", "brookfield", "helix-robotics", None, None, None),
    # a site named later ("what it calls …"); its first phase, in power and in money converted from another currency
    ("Nordlys Energy plans a campus near Bodø that could draw up to 500 megawatts. It has not named a tenant for what it "
     "calls Project Aurora.", "builds_datacenter", "nordlys-energy", "project-aurora", 500 * MW, "W", "up_to"),
    ("Verde Data plans a campus in Campinas that could draw up to 1 gigawatt. The first phase, of 60 megawatts, will cost "
     "about 2 billion reais ($370 million).", "builds_datacenter", "verde-data", "campinas-campus", 60 * MW, "W", "exact"),
    ("Verde Data plans a campus in Campinas that could draw up to 1 gigawatt. The first phase, of 60 megawatts, will cost "
     "about 2 billion reais ($370 million).", "builds_datacenter", "verde-data", "campinas-campus", 370 * M, "USD", "about"),
    # AI factories built with a partner, in a plan of a size; a partner signed as such; a subsidiary named after "its"
    ("Sahara Cloud, the Nigerian operator founded by Adaeze Obi, will build AI factories across West Africa with Nvidia, in "
     "a plan worth $400 million.", "partners_with", "sahara-cloud", "nvidia", None, None, None),
    ("Sahara Cloud, the Nigerian operator founded by Adaeze Obi, will build AI factories across West Africa with Nvidia, in "
     "a plan worth $400 million.", "invests_in_infrastructure", "sahara-cloud", None, 400 * M, "USD", "exact"),
    ("Sahara Cloud will resell the capacity to universities and startups, and has signed Microsoft as a partner for its "
     "Copilot tools.", "partners_with", "sahara-cloud", "microsoft", None, None, None),
    ("Sahara Cloud, a Nigerian neocloud, houses the servers in data centers run by its subsidiary Lagos Data Centres.",
     "subsidiary_of",
     "lagos-data-centres", "sahara-cloud", None, None, None),
    # a fund named past its owner's possessive in a list of backers
    ("Lumo Search raised $150 million from investors including Nvidia and Samsung's Catalyst Fund.", "invests_in",
     "catalyst-fund", "lumo-search", None, None, None),
    # a name that opens a sentence is a company when the text writes it with a capital inside a sentence too, and "The
    # British operator" points back to it
    ("Proximus has gone further: it has signed a partnership with Aleph Alpha, whose models will run in Proximus's cloud.",
     "partners_with", "proximus", "aleph-alpha", None, None, None),
    ("Vodafone's bet is on hardware. The British operator will build an AI factory in Newbury with Nvidia, and its "
     "subsidiary Vodafone Business will run it.", "partners_with", "vodafone", "nvidia", None, None, None),
    ("Vodafone's bet is on hardware. The British operator will build an AI factory in Newbury with Nvidia, and its "
     "subsidiary Vodafone Business will run it.", "subsidiary_of", "vodafone-business", "vodafone", None, None, None),
    # a model named in apposition, then what it was trained on and where: its developer's
    ("Tessera Labs trains its own model, Quill, which writes legal briefs. Quill was trained on Nvidia H200 systems hosted "
     "by Lambda.", "develops_model", "tessera-labs", "quill", None, None, None),
    ("Tessera Labs trains its own model, Quill, which writes legal briefs. Quill was trained on Nvidia H200 systems hosted "
     "by Lambda.", "uses_cloud", "tessera-labs", "lambda", None, None, None),
    # a chip named in apposition; the maker the text names sells a chip on no list to who deploys it
    ("Vireo Silicon, a chip start-up, sells its Orca systems to cloud providers. Its next chip, Heron, will be made by TSMC.",
     "makes_chip", "vireo-silicon", "heron", None, None, None),
    ("Vireo Silicon, a chip start-up, sells its Orca systems to cloud providers. Cloudflare has deployed Vireo Silicon's Orca "
     "systems in its network.", "supplies_chips", "vireo-silicon", "cloudflare", None, None, None),
    # an apposition with a town and its state
    ("Kestrel, a Boise, Idaho, start-up that designs inference chips, has raised $90 million in a round led by Jump Trading.",
     "invests_in", "jump-trading", "kestrel", 90 * M, "USD", "exact"),
    # a site and the builder a relative clause names after its town and state
    ("Oracle is buying chips for the flagship site in Lubbock, Texas, which Crusoe is developing.", "builds_datacenter",
     "crusoe", "lubbock-site", None, None, None),
    # a site named in apposition past its owner's plural possessive, and the power it supplies to a tenant
    ("A second campus, Aligned Data Centers' Ridgeline in Wyoming, will supply another 800 megawatts to Meta once complete.",
     "builds_datacenter", "aligned-data-centers", "ridgeline", None, None, None),
    ("A second campus, Aligned Data Centers' Ridgeline in Wyoming, will supply another 800 megawatts to Meta once complete.",
     "provides_capacity", "aligned-data-centers", "meta", 800 * MW, "W", "exact"),
    # the first tranche of a deal just read, in the passive
    ("Microsoft intends to invest up to $20 billion in Mistral AI. The two companies signed a letter of intent. The first $2 "
     "billion will be invested when the first cluster comes online, in 2026, on Nvidia's Vera Rubin platform.", "invests_in",
     "microsoft", "mistral-ai", 2 * B, "USD", "exact"),
    # a warrant for an issuer's shares; co-development with a partner; more added to the sentence's first deal
    ("Lambda has agreed to deploy 2 gigawatts of AMD GPUs, with a warrant for up to 40 million AMD shares.", "invests_in",
     "lambda", "amd", None, None, None),
    ("Meta said it is co-developing custom accelerators with Broadcom.", "partners_with", "meta", "broadcom", None, None, None),
    ("Nebius had signed an initial $3 billion deal with Meta in March, under which Meta also received warrants, and added $2 "
     "billion in June.", "commits_spend", "meta", "nebius", 2 * B, "USD", "exact"),
    # "its" after a semicolon: the sentence's subject, not the possessive before the semicolon
    ("Amazon remains Anthropic's main partner; its Project Vesta campus in Indiana will draw 2 gigawatts.", "builds_datacenter",
     "amazon", "project-vesta", 2 * GW, "W", "exact"),
    # "The company" after a sentence that opens with a phrase: its subject, not a chip maker whose chips it deploys
    ("In Europe, Nscale raised $1.1 billion in a round led by Aker, with Nvidia and Dell among the other investors. The "
     "company plans to deploy 300,000 Nvidia GPUs across its sites.", "supplies_chips", "nvidia", "nscale", 300000, "chips",
     "exact"),
    # a customer given access to chips uses them
    ("Cipher will provide Anthropic with access to Nvidia GB200 GPUs in Texas under a $2 billion contract.", "uses_chip",
     "anthropic", "gb200", None, None, None),
    # a joint venture with a partner named past its home's possessive, and the capacity the venture builds
    ("Cisco and Saudi Arabia's HUMAIN have formed a $5 billion joint venture to build AI infrastructure, beginning with 500 "
     "megawatts of capacity.", "partners_with", "cisco", "humain", None, None, None),
    ("Cisco and Saudi Arabia's HUMAIN have formed a $5 billion joint venture to build AI infrastructure, beginning with 500 "
     "megawatts of capacity.", "invests_in_infrastructure", "cisco", None, 500 * MW, "W", "exact"),
    # partners named "as partners" of the sentence's subject
    ("Amazon will spend $12 billion on a cloud region in Chennai, India, with Reliance Jio and Tata Power as partners.",
     "partners_with", "amazon", "tata-power", None, None, None),
    # "the company" after the purchase of one: the company bought
    ("AMD is growing fast, and AMD now sells full racks. AMD completed its $4.9 billion purchase of ZT Systems and agreed to "
     "sell the company's manufacturing arm to Sanmina for $3 billion.", "acquired", "sanmina", "zt-systems", 3 * B, "USD",
     "exact"),
    # an agreement to supply a customer with chips, with no count
    ("Lambda struck a multibillion-dollar agreement to supply Microsoft with tens of thousands of Nvidia GPUs.",
     "supplies_chips", "lambda", "microsoft", None, None, None),
    # a campus's anchor tenant; a tenant that takes the first share and resells the compute it runs
    ("Arcadia Power will develop a 1-gigawatt campus in Ohio, with Lambda as its anchor tenant.", "provides_capacity",
     "arcadia-power", "lambda", None, None, None),
    ("Nscale will take the first 100 megawatts and supply Mistral AI with 18,000 Nvidia GB300 GPUs.", "supplies_chips",
     "nscale", "mistral-ai", 18000, "chips", "exact"),
    # models listed after their maker's possessive; models listed before the service that offers them
    ("Amazon Bedrock already offers Mistral's Pixtral and Codestral models to its customers.", "develops_model", "mistral-ai",
     "codestral", None, None, None),
    ("Amazon Bedrock already offers Mistral's Pixtral and Codestral models to its customers.", "offers_model",
     "amazon-bedrock", "codestral", None, None, None),
    ("Agencies get access to models including Anthropic's Claude and Amazon's Nova family through Amazon Bedrock.",
     "offers_model", "amazon-bedrock", "claude", None, None, None),
    ("Agencies get access to models including Anthropic's Claude and Amazon's Nova family through Amazon Bedrock.",
     "develops_model", "amazon", "nova", None, None, None),
    # a programme launched with partners; spending introduced by "whose"; a phase's size and a right of first offer
    ("When Brookfield said it would launch a $100 billion AI infrastructure program with Nvidia and the Kuwait Investment "
     "Authority, shares rose.", "partners_with", "brookfield", "kuwait-investment-authority", None, None, None),
    ("When Brookfield said it would launch a $100 billion AI infrastructure program with Nvidia and the Kuwait Investment "
     "Authority, shares rose.", "invests_in_infrastructure", "brookfield", None, 100 * B, "USD", "exact"),
    ("Fifty billion dollars is a large sum even for Amazon, whose capital spending this year will exceed $125 billion.",
     "invests_in_infrastructure", "amazon", None, 125 * B, "USD", "more_than"),
    ("Hut 8 will develop the River Bend campus in Louisiana for Fluidstack. The first phase covers 245 megawatts of IT "
     "capacity, with a right of first offer on up to 2,050 additional megawatts.", "builds_datacenter", "hut-8", "river-bend",
     2050 * MW, "W", "up_to"),
    # compute provided to a lab by a relative clause's antecedent; an investment made with a partner
    ("Hut 8 leases the site to Fluidstack, which will use it to provide compute to Anthropic.", "provides_capacity",
     "fluidstack", "anthropic", None, None, None),
    ("Anthropic has separately said it will invest $50 billion in American AI infrastructure with Fluidstack.",
     "partners_with", "anthropic", "fluidstack", None, None, None),
    # an investor named by its "decision to invest"; a campus's financing "for its" site, agreed "with funds managed by"
    ("Few deals surprised investors as much as Samsung's decision to invest $3 billion in Rebellions, a chip start-up.",
     "invests_in", "samsung", "rebellions", 3 * B, "USD", "exact"),
    ("Meta has agreed a $27 billion financing for its Hyperion data center campus in Louisiana, with funds managed by Blue "
     "Owl Capital.", "builds_datacenter", "meta", "hyperion", 27 * B, "USD", "exact"),
    ("Meta has agreed a $27 billion financing for its Hyperion data center campus in Louisiana, with funds managed by Blue "
     "Owl Capital.", "partners_with", "meta", "blue-owl", None, None, None),
    # the buyers of the bonds a company sold
    ("PIMCO and BlackRock bought most of the $27.3 billion of bonds the venture, Beignet Investor LLC, sold to fund "
     "construction.", "invests_in", "blackrock", "beignet-investor", 27.3 * B, "USD", "exact"),
    # "the two companies" past a price with a decimal point
    ("Nvidia bought Intel common stock at $23.28 a share, giving it a stake of roughly 4%, and the two companies will jointly "
     "develop data center products.", "partners_with", "nvidia", "intel", None, None, None),
    # a building turned into a site; a count the chips before were "doubled" to; a listed site under construction
    ("When xAI turned a former Electrolux factory in Memphis into Colossus, the world's largest AI training cluster, it set "
     "a record.", "builds_datacenter", "xai", "colossus", None, None, None),
    ("The first phase ran on 100,000 Nvidia H100 GPUs; xAI doubled it to 200,000 within months.", "supplies_chips", "nvidia",
     "xai", 200000, "chips", "exact"),
    ("Colossus 2, under construction a few miles away, will run on Nvidia GB200 and GB300 chips.", "builds_datacenter", "xai",
     "colossus-2", None, None, None),
    # capacity expanded on clouds; backers in apposition; space leased from a landlord; campuses used to serve a lab
    ("The money will fund compute: Cohere plans to expand capacity on Oracle Cloud Infrastructure and Microsoft Azure.",
     "uses_cloud", "cohere", "microsoft-azure", None, None, None),
    ("Amazon and Google, Anthropic's largest strategic backers, did not lead this round.", "invests_in", "google", "anthropic",
     None, None, None),
    ("Lambda signed a lease with Nvidia. It leases data center space from Aligned Data Centers in Dallas.",
     "provides_capacity", "aligned-data-centers", "lambda", None, None, None),
    ("Oracle will lease both campuses and use them to serve OpenAI under the companies' contract.", "provides_capacity",
     "oracle", "openai", None, None, None),
    # a loan for campuses a developer builds for a tenant: the developer's
    ("Banks led by JPMorgan Chase are arranging a $38 billion loan package to fund two data center campuses that Vantage Data "
     "Centers is developing for Oracle.", "invests_in", "jpmorgan", "vantage-data-centers", 38 * B, "USD", "exact"),
    ("Banks led by JPMorgan Chase are arranging a $38 billion loan package to fund two data center campuses that Vantage Data "
     "Centers is developing for Oracle.", "provides_capacity", "vantage-data-centers", "oracle", None, None, None),
    # a separate deal between the same two, and the total it brings their deals to
    ("Under a $1.5 billion lease, Nvidia will rent back 18,000 of its own GPUs from Lambda. A separate $1.3 billion agreement "
     "covers 10,000 more GPUs, bringing Nvidia's commitments to Lambda to about $2.8 billion.", "commits_spend", "nvidia",
     "lambda", 1.3 * B, "USD", "exact"),
    ("Under a $1.5 billion lease, Nvidia will rent back 18,000 of its own GPUs from Lambda. A separate $1.3 billion agreement "
     "covers 10,000 more GPUs, bringing Nvidia's commitments to Lambda to about $2.8 billion.", "commits_spend", "nvidia",
     "lambda", 2.8 * B, "USD", "about"),
    # "The chip maker" is no "ChatGPT maker"; a site a builder built for its owner
    ("Cerebras Systems has agreed to provide OpenAI with up to 750 megawatts. The chip maker raised $1.1 billion in a Series G "
     "round led by Fidelity Management & Research.", "invests_in", "fidelity-management-and-research", "cerebras", 1.1 * B, "USD",
     "exact"),
    ("G42 rents out the Condor Galaxy supercomputers Cerebras built for it.", "builds_datacenter", "cerebras", "condor-galaxy",
     None, None, None),
    # money spent on a building and committed to a data center "on the same site"
    ("Fairwater, in Mount Pleasant, Wisconsin, is Microsoft's largest site. Microsoft spent $3.3 billion on the first "
     "Wisconsin building and has committed a further $4 billion to a second data center on the same site.",
     "builds_datacenter", "microsoft", "fairwater", 4 * B, "USD", "exact"),
    # "two months after a $17.4 billion deal with Microsoft": a deal of the sentence's subject with another
    ("Nebius has signed a five-year agreement worth about $3 billion to supply Meta with AI infrastructure, two months after a "
     "$17.4 billion deal with Microsoft.", "commits_spend", "microsoft", "nebius", 17.4 * B, "USD", "exact"),
    # an investor in a relative clause; "its only supplier": the other company's
    ("Nebius builds clouds. Nvidia, which invested in Nebius last year, remains its only supplier of GPUs.", "invests_in",
     "nvidia", "nebius", None, None, None),
    ("Nebius builds clouds. Nvidia, which invested in Nebius last year, remains its only supplier of GPUs.", "supplies_chips",
     "nvidia", "nebius", None, None, None),
    # a builder that partners with another to build; the largest user of a site uses its owner's cloud
    ("Crusoe is partnering with Tallgrass, the energy infrastructure company, to build an AI data center campus near "
     "Cheyenne, Wyoming, that will start at 1.8 gigawatts.", "builds_datacenter", "crusoe", "cheyenne-data-center-campus",
     1.8 * GW, "W", "exact"),
    ("OpenAI is Fairwater's largest user, and Microsoft plans more sites like it.", "uses_cloud", "openai", "microsoft", None,
     None, None),
    # a deal's party is not the party of the next verb phrase's deal
    ("Meta signed a cloud deal with Google worth more than $10 billion over six years, and agreed to pay CoreWeave up to $14.2 "
     "billion for computing power through 2031.", "commits_spend", "meta", "google", 10 * B, "USD", "more_than"),
    # money paid for a stake
    ("Meta also paid $14.3 billion for a 49% stake in Scale AI, the data-labeling company.", "invests_in", "meta", "scale-ai",
     14.3 * B, "USD", "exact"),
    # a site sized as it "will come online … with" its power, the site before the figure rather than one after it
    ("Prometheus, in New Albany, Ohio, will come online next year with about 1 gigawatt, and Hyperion in Louisiana is designed "
     "to scale to 5 gigawatts.", "builds_datacenter", "meta", "prometheus", 1 * GW, "W", "about"),
    # a campus leased "to serve" a lab; a company that forms a venture, named again by its first word
    ("Oracle will lease a data center campus of more than 1 gigawatt in Saline Township, Michigan, that Related Digital is "
     "developing, to serve OpenAI under the Stargate program.", "provides_capacity", "oracle", "openai", None, None, None),
    ("Reliance Industries and Meta will form a joint venture in India. Reliance is also building a gigawatt-scale AI data "
     "center campus in Jamnagar, Gujarat, with Google Cloud as a partner.", "builds_datacenter", "reliance-industries",
     "jamnagar-data-center-campus", None, None, None),
    # warrants on a share of a company; stakes held by a firm in apposition
    ("OpenAI agreed to buy 6 gigawatts of AMD GPUs in exchange for warrants on up to 10% of AMD.", "invests_in", "openai",
     "amd", None, None, None),
    ("MGX, the Abu Dhabi investment firm that also holds stakes in OpenAI and xAI, backs G42.", "invests_in", "mgx", "openai",
     None, None, None),
    # "its main training partner" after the partner itself: the other company's
    ("The plan complements Anthropic's cloud deals. Amazon remains its main training partner.", "primary_cloud", "anthropic",
     "amazon", None, None, None),
    # data centers built "with" a partner, after an investment
    ("Anthropic has announced a $50 billion investment in American computing infrastructure, building data centers with "
     "Fluidstack in Texas and New York.", "partners_with", "anthropic", "fluidstack", None, None, None),
    # each member of a list the chip verb follows uses the chips
    ("Meta, Microsoft and xAI also run AMD Instinct chips, and Crusoe has ordered MI355X GPUs.", "uses_chip", "meta",
     "instinct", None, None, None),
    # a chip named before its maker's noun in apposition; a chip's foundry; a name in small letters opens a sentence
    ("The new money will fund Aurora, Tenstorrent's inference accelerator, and its successor.", "makes_chip",
     "tenstorrent", "aurora", None, None, None),
    ("Tenstorrent designs Aurora, its newest accelerator. Aurora cards are fabricated by TSMC.", "makes_chip", "tsmc",
     "aurora", None, None, None),
    ("Lattice sold racks to Supermicro. d-Matrix signed an agreement with Juniper Networks to integrate its cards.",
     "partners_with", "d-matrix", "juniper-networks", None, None, None),
    # "the start-up" of an article about a chip start-up; a sentence adverb is no company
    ("Etched, the chip start-up, raised $120 million. Separately, the start-up signed an agreement with Celestica.",
     "partners_with", "etched", "celestica", None, None, None),
    # a landlord's lease grown to a total; a site being built toward its planned size
    ("Polar Hosting said it has signed a 10-year lease with Lambda for an additional 60 megawatts at its Fargo One campus in "
     "Fargo, North Dakota, bringing Lambda's total commitment at the site to 180 megawatts.", "provides_capacity",
     "polar-hosting", "lambda", 180 * MW, "W", "exact"),
    # "the company" after a round's funds, the one an investor has backed since its seed round, is the company funded
    ("Tenstorrent raised $90 million. Vector Capital and Halden Capital co-led the round. Tonic Ventures, an investor since "
     "the company's seed round, also joined.\n\nThe company designs Aurora, its next chip.", "makes_chip", "tenstorrent",
     "aurora", None, None, None),
    ("Polar Hosting owns the Fargo One campus. Polar Hosting is building Fargo One in phases toward a planned capacity of "
     "600 megawatts.", "builds_datacenter", "polar-hosting", "fargo-one", 600 * MW, "W", "exact"),
    # a government named by its people's adjective; each member of a list; another buyer after "while"; "the remaining"
    ("Nvidia will supply 30,000 Blackwell GPUs to the Japanese government.", "supplies_chips", "nvidia", "japan",
     30000, "chips", "exact"),
    ("Nvidia will supply 200,000 Blackwell GPUs to Korean groups. Samsung Electronics, SK Group and LG Group will each "
     "deploy up to 40,000 GPUs, while Kakao Cloud plans to add 30,000 GPUs to its own cloud.", "supplies_chips", "nvidia",
     "kakao-cloud", 30000, "chips", "exact"),
    ("Nvidia will supply 200,000 Blackwell GPUs to Korean groups. Samsung Electronics, SK Group and LG Group will each "
     "deploy up to 40,000 GPUs, while Kakao Cloud plans to add 30,000 GPUs to its own cloud.", "supplies_chips", "nvidia",
     "sk-group", 40000, "chips", "up_to"),
    ("Nvidia will supply 100,000 Blackwell GPUs to Korean groups. Samsung Electronics will deploy 50,000. The Ministry of "
     "Science and ICT will take the remaining 50,000 for a national computing centre.", "supplies_chips", "nvidia",
     "ministry-of-science-and-ict", 50000, "chips", "exact"),
    # a site built with a partner; money for "the project" is the site's; a lab named "… AI Research"
    ("KT is already building an AI data centre in Busan with Microsoft, starting at 40 megawatts.", "partners_with", "kt",
     "microsoft", None, None, None),
    ("KT is building an AI data centre in Busan with Microsoft. Microsoft will invest about $2 billion in the project.",
     "builds_datacenter", "microsoft", "busan-data-center", 2 * B, "USD", "about"),
    ("Kakao AI Research released its Kanana models last year and trains them on Nvidia GPUs.",
     "develops_model", "kakao-ai-research", "kanana", None, None, None),
    # a chip named after its maker; a unit named with its owner's pronoun
    ("China Telecom has deployed a cluster built on 8,192 Huawei Ascend chips.", "uses_chip", "china-telecom", "ascend",
     None, None, None),
    ("Tencent trains its Hunyuan models on chips designed by its own Zixiao unit.", "subsidiary_of", "zixiao", "tencent",
     None, None, None),
    # the price of capacity leased; of several leases, the one just named; a lease's revenue as its contracts' value
    ("Riot Platforms has signed a lease with AMD for 25 megawatts at its Rockdale campus, a deal worth up to $1 billion if "
     "AMD takes all of its options.", "commits_spend", "amd", "riot-platforms", 1 * B, "USD", "up_to"),
    ("Galaxy Digital has leased the whole of its Helios campus, 800 megawatts of approved power, to CoreWeave under "
     "contracts that Galaxy expects to bring in more than $1 billion of revenue a year.", "commits_spend", "coreweave",
     "galaxy-digital", 1 * B, "USD", "more_than"),
    ("Galaxy Digital has leased the whole of its Helios campus, 800 megawatts of approved power, to CoreWeave.",
     "provides_capacity", "galaxy-digital", "coreweave", 800 * MW, "W", "exact"),
    ("Galaxy Digital has leased the whole of its Helios campus, 800 megawatts of approved power, to CoreWeave.",
     "builds_datacenter", "galaxy-digital", "helios-campus", None, None, None),
    # a facility arranged by a bank; a named site converted keeps its name
    ("To finance the build-out, Galaxy Digital closed a $1.4 billion project financing facility arranged by Deutsche Bank.",
     "invests_in", "deutsche-bank", "galaxy-digital", 1.4 * B, "USD", "exact"),
    ("Hut 8 is converting its River Bend site in Louisiana into an AI data centre of up to 300 megawatts.",
     "builds_datacenter", "hut-8", "river-bend", 300 * MW, "W", "up_to"),
    # a company's purchases: in apposition, with a price, and a list with relative clauses
    ("CoreWeave sells capacity. Its largest purchase, Weights & Biases, cost about $1.7 billion.", "acquired", "coreweave",
     "weights-and-biases", 1.7 * B, "USD", "about"),
    ("CoreWeave sells capacity. It has since bought OpenPipe, which helps developers fine-tune models, and Marimo, which "
     "makes notebooks.", "acquired", "coreweave", "marimo", None, None, None),
    # an arm described by "the company's"; a company's customers, listed; its investors, listed
    ("CoreWeave rents out GPUs. CoreWeave Ventures, the company's new investment arm, has taken stakes in several "
     "start-ups.", "subsidiary_of", "coreweave-ventures", "coreweave", None, None, None),
    ("CoreWeave's biggest customers, OpenAI and Meta, rent tens of thousands of Nvidia GPUs from it.", "uses_cloud", "meta",
     "coreweave", None, None, None),
    ("CoreWeave sells capacity. It looks more like a cloud, which is what its investors, Nvidia among them, are paying for.",
     "invests_in", "nvidia", "coreweave", None, None, None),
    # a tenant signed for a part of a campus; stakes listed
    ("PDG is building a 500-megawatt campus in Johor, where the company has signed ByteDance as its anchor tenant for the "
     "first 150 megawatts.", "provides_capacity", "pdg", "bytedance", 150 * MW, "W", "exact"),
    ("QIA, for its part, has been buying into labs, with stakes in Anthropic and xAI.", "invests_in",
     "qatar-investment-authority", "xai", None, None, None),
    # memory supplied by makers listed together; kinds of chip are no names
    ("Micron and SK Hynix have signed letters of intent to supply high-bandwidth memory and NAND for Meta's Hyperion "
     "campus.", "supplies_chips", "sk-hynix", "meta", None, None, None),
    # models named in small letters; a cloud that hosts models from several makers, one named
    ("Microsoft sells Mistral AI's magistral-medium and devstral-small models through Azure AI Foundry.", "develops_model",
     "mistral-ai", "devstral-small", None, None, None),
    ("Oracle already hosts models from Meta, Cohere and xAI, including Grok 4.", "offers_model", "oracle", "grok-4",
     None, None, None),
    # a commitment to pay with no sum; clusters, sites and chips run or built for a customer, named after them
    ("Nscale secured a loan to fund the GB300 clusters it is deploying for Microsoft in Norway, where Microsoft has committed "
     "to pay Nscale for the capacity.", "commits_spend", "microsoft", "nscale", None, None, None),
    ("Nscale secured a loan to fund the GB300 clusters it is deploying for Microsoft in Norway.", "provides_capacity",
     "nscale", "microsoft", None, None, None),
    ("Nscale secured a loan to fund the GB300 clusters it is deploying for Microsoft in Norway.", "uses_chip", "nscale",
     "gb300", None, None, None),
    ("Crusoe drew $500 million from a credit facility to finish the Frontier campus it is building for OpenAI.",
     "builds_datacenter", "crusoe", "frontier", None, None, None),
    ("Crusoe drew $500 million from a credit facility to finish the Frontier campus it is building for OpenAI.",
     "provides_capacity", "crusoe", "openai", None, None, None),
    ("A special-purpose vehicle raised $5 billion of debt to buy Nvidia GB300 chips that it will lease to Mistral AI.",
     "uses_chip", "mistral-ai", "gb300", None, None, None),
    # a power deal between two companies; a company's spending growth in a place
    ("Amazon's 17-year power purchase agreement with Talen Energy covers a plant in Pennsylvania.", "partners_with", "amazon",
     "talen-energy", None, None, None),
    ("The power is needed for campuses such as xAI's Colossus 2, which will draw about 1 gigawatt, and Microsoft's $7 billion "
     "expansion in Wisconsin.", "invests_in_infrastructure", "microsoft", None, 7 * B, "USD", "exact"),
    # another country's dollars converted: the hedge of the amount converted
    ("AirTrunk, which Blackstone bought for about A$24 billion ($16 billion) last year, is building a campus in Johor.",
     "acquired", "blackstone", "airtrunk", 16 * B, "USD", "about"),
    # a cluster its owner named; a chip measured against another is that chip
    ("Tesla runs its Cortex training cluster in Austin on about 67,000 Nvidia H100-equivalent GPUs.", "builds_datacenter",
     "tesla", "cortex", None, None, None),
    ("Tesla runs its Cortex training cluster in Austin on about 67,000 Nvidia H100-equivalent GPUs.", "uses_chip", "tesla",
     "h100", None, None, None),
    # a foundry's contract for another's chips; a chip code's sibling; chips made by two foundries
    ("Tesla has signed a $16.5 billion contract with Samsung Electronics under which Samsung will manufacture Tesla's AI6 "
     "chips.", "supplies_chips", "samsung", "tesla", 16.5 * B, "USD", "exact"),
    ("Rivos signed a deal with Samsung Electronics under which Samsung will manufacture Rivos's next-generation RV2 chips.",
     "makes_chip", "samsung", "rv2", None, None, None),
    ("Tesla's AI6 chips come later. The current AI5, which will go into Tesla's cars, is being made by both TSMC and "
     "Samsung.", "makes_chip", "samsung", "ai5", None, None, None),
    # shareholders approving a stake; "one of Nvidia's largest buyers"
    ("Separately, Tesla shareholders voted to approve an investment in xAI, though the amount has not been set.",
     "invests_in", "tesla", "xai", None, None, None),
    ("Meta designs its own chips, even as it remains one of Nvidia's largest buyers.", "supplies_chips", "nvidia", "meta",
     None, None, None),
    # sums listed with their parties; rounds joined, listed; a round joined and who led it
    ("Nvidia sells GPUs. In the past year it has committed $1 billion to Nokia, $2 billion to Synopsys and $5 billion to "
     "Intel, and it has joined funding rounds for Poolside and Wayve.", "invests_in", "nvidia", "intel", 5 * B, "USD", "exact"),
    ("Nvidia sells GPUs. In the past year it has committed $1 billion to Nokia, $2 billion to Synopsys and $5 billion to "
     "Intel, and it has joined funding rounds for Poolside and Wayve.", "invests_in", "nvidia", "synopsys", 2 * B, "USD",
     "exact"),
    ("Nvidia sells GPUs. In the past year it has committed $1 billion to Nokia, and it has joined funding rounds for "
     "Poolside, Reflection AI and Wayve.", "invests_in", "nvidia", "reflection-ai", None, None, None),
    ("Nvidia also joined Mistral AI's €1.7 billion Series C, which was led by ASML.", "invests_in", "asml", "mistral-ai",
     None, None, None),
    ("Nvidia also joined Mistral AI's €1.7 billion Series C, which was led by ASML.", "invests_in", "nvidia", "mistral-ai",
     None, None, None),
    # a stake that came with a pact; a company that buys a maker's GPUs; two investing together
    ("Nvidia invested $2 billion in Synopsys. Its $5 billion investment in Intel came with a pact to co-develop x86 "
     "processors.", "partners_with", "nvidia", "intel", None, None, None),
    ("CoreWeave, in which Nvidia owns about 6%, buys tens of thousands of Nvidia GPUs a year.", "supplies_chips", "nvidia",
     "coreweave", None, None, None),
    ("KKR and Energy Capital Partners said on Thursday they will invest $50 billion together in data centres.",
     "partners_with", "kkr", "energy-capital-partners", None, None, None),
    # an acquisition's price after the buyer's possessive; a foundry of a listed chip; a co-designer
    ("The deal follows Qualcomm's $2.4 billion acquisition of Alphawave, a maker of connectivity chips.", "acquired",
     "qualcomm", "alphawave", 2.4 * B, "USD", "exact"),
    ("Google's TPU is fabricated by TSMC and co-designed with Broadcom.", "makes_chip", "tsmc", "tpu", None, None, None),
    ("Google's TPU is fabricated by TSMC and co-designed with Broadcom.", "partners_with", "google", "broadcom", None, None,
     None),
    # a site owned, run and let; a lab choosing clouds to serve its models; a site run from and built with a partner
    ("Nscale will own and operate the facility in Loughton and rent it to Microsoft.", "provides_capacity", "nscale",
     "microsoft", None, None, None),
    ("Meta has chosen two inference-chip start-ups, Cerebras Systems and Groq, to serve its Llama models.", "uses_cloud",
     "meta", "groq", None, None, None),
    ("Groq runs its European capacity from a site in Helsinki built with Equinix.", "builds_datacenter", "groq",
     "helsinki-site", None, None, None),
    ("Groq runs its European capacity from a site in Helsinki built with Equinix.", "partners_with", "groq", "equinix", None,
     None, None),
    # a model version's variant; a sum with its own party after it, past another's
    ("Cerebras will run Llama 4 Scout on its CS-3 systems.", "offers_model", "cerebras", "llama-4-scout", None, None, None),
    ("Meta signed a cloud agreement with Google worth more than $10 billion over six years, and a $14.2 billion contract "
     "with CoreWeave.", "commits_spend", "meta", "coreweave", 14.2 * B, "USD", "exact"),
    # a pledge with no recipient; a site included in it; several launching a venture together; building a site with a partner
    ("Google has committed £5 billion ($6.8 billion), and Nvidia says it will deploy Blackwell GPUs with partners.",
     "invests_in_infrastructure", "google", None, 6.8 * B, "USD", "exact"),
    ("Google has committed £5 billion ($6.8 billion) over two years, including a new data centre in Waltham Cross.",
     "builds_datacenter", "google", "waltham-cross-data-center", None, None, None),
    ("OpenAI, Nvidia and Nscale launched Stargate UK, under which OpenAI will explore using up to 8,000 GPUs.",
     "partners_with", "openai", "nvidia", None, None, None),
    ("Microsoft will invest $30 billion in the UK over four years, and is building the country's largest supercomputer "
     "with Nscale.", "partners_with", "microsoft", "nscale", None, None, None),
    # a model's owner training it on chips
    ("Microsoft trains its models in Wisconsin. Its next models will train on GB200 clusters in its Fairwater data centres.",
     "uses_chip", "microsoft", "gb200", None, None, None),
    # money into a campus sized before it; spending pledged in a country
    ("DataVolt plans to invest $5 billion in a 1.5-gigawatt campus in Neom.", "builds_datacenter", "datavolt",
     "neom-campus", 5 * B, "USD", "exact"),
    ("Apple has pledged $500 billion of US spending, including a new server factory in Houston.",
     "invests_in_infrastructure", "apple", None, 500 * B, "USD", "exact"),
    # a model offered to a company's customers; deals and agreements signed; two agreeing to combine their products
    ("Databricks also agreed to a five-year, $100 million deal with Anthropic to offer Claude models to its customers.",
     "offers_model", "databricks", "claude", None, None, None),
    ("Its rival Snowflake has a similar $200 million agreement with Anthropic.", "partners_with", "snowflake", "anthropic",
     None, None, None),
    ("Lumen Technologies separately signed a $200 million deal to use Palantir's software.", "partners_with",
     "lumen-technologies", "palantir", None, None, None),
    ("Palantir Technologies and Nvidia have agreed to combine Palantir's software with Nvidia's accelerated computing.",
     "partners_with", "palantir-technologies", "nvidia", None, None, None),
    # hardware supplied worth a sum: a sale by its maker
    ("Super Micro Computer said on Tuesday it will supply GPU servers and liquid-cooling systems worth $20 billion to "
     "DataVolt.", "supplies_chips", "supermicro", "datavolt", 20 * B, "USD", "exact"),
    # a government building sites with partners, one of them named
    ("The US Department of Energy will build seven new AI supercomputers with Nvidia, Oracle and AMD, including Solstice, "
     "which will use 100,000 Nvidia Blackwell GPUs.", "builds_datacenter", "us-department-of-energy", "solstice", None, None,
     None),
    # an amount in a currency's code converted: the hedge of the amount converted; a plan raised is no raise
    ("Tencent has raised its plan for AI infrastructure to more than RMB 200 billion (about $28 billion).",
     "invests_in_infrastructure", "tencent", None, 28 * B, "USD", "more_than"),
    # a country's possessive before a company with a legal form; money spent on a site builds it
    ("Vietnam's Lotus Data Corp will spend $150 million on an AI factory in Hanoi.", "builds_datacenter", "lotus-data",
     "hanoi-ai-factory", 150 * M, "USD", "exact"),
    # owners in apposition neither build the site nor stop their company being named as a firm; each owner is a parent
    ("Kyndryl, owned by Alder Capital and Birch Partners, plans to build a 300-megawatt campus in Ohio.",
     "builds_datacenter", "kyndryl", "ohio-campus", 300 * M, "W", "exact"),
    ("Kyndryl, owned by Alder Capital and Birch Partners, plans to build a 300-megawatt campus in Ohio.",
     "subsidiary_of", "kyndryl", "birch-partners", None, None, None),
    # a second raise, after a new verb, is its own backers' (not the first round's lead)
    ("Lumen raised $500 million in a round led by Alder Capital last year and has since added $200 million from Nvidia "
     "and Birch Partners.", "invests_in", "nvidia", "lumen", 200 * M, "USD", "exact"),
    # a developer in apposition signs the lease as landlord
    ("Tessera Data, the developer building the Lisbon campus, said it had signed a ten-year lease with CoreWeave for "
     "90 megawatts.", "provides_capacity", "tessera-data", "coreweave", 90 * M, "W", "exact"),
    # what an agreement is worth "in revenue" over its term is its value, paid by the tenant (whose site it is lets it)
    ("Polar Hosting has signed a colocation agreement with Lambda for 30 megawatts at its Quebec campus. The agreement "
     "is worth about $400 million in revenue over its term.", "commits_spend", "lambda", "polar-hosting", 400 * M, "USD",
     "about"),
    # a tenant named in apposition uses power at another's site, and serves a customer from it
    ("Its largest tenant, Groq, uses 12 MW at CoreWeave's Dallas site to serve inference for Meta.", "provides_capacity",
     "coreweave", "groq", 12 * M, "W", "exact"),
    ("Its largest tenant, Groq, uses 12 MW at CoreWeave's Dallas site to serve inference for Meta.", "provides_capacity",
     "groq", "meta", None, None, None),
    # a project's worth in apposition to a site, past the builder's partner
    ("SK Telecom is building an AI data centre in Busan with Microsoft, a project worth about $2 billion.",
     "builds_datacenter", "sk-telecom", "busan-data-center", 2 * B, "USD", "about"),
    # a short name in capitals doing deals: its partnership, and the cloud "it" runs on
    ("LG has committed 1.2 trillion won to its partnership with Google, under which it will run its AI services on "
     "Google Cloud.", "partners_with", "lg", "google", None, None, None),
    ("LG has committed 1.2 trillion won to its partnership with Google, under which it will run its AI services on "
     "Google Cloud.", "uses_cloud", "lg", "google-cloud", None, None, None),
    # chips supplied to a customer, without a figure, also by a sentence's subject after ", and"
    ("AMD will supply its MI355X GPUs to Vultr.", "supplies_chips", "amd", "vultr", None, None, None),
    ("Tenstorrent raised $700 million in a round led by Samsung, and will sell its Blackhole chips to Naver.",
     "supplies_chips", "tenstorrent", "naver", None, None, None),
    # a customer signed for one's own chip (an offer turned down is no deal)
    ("NeuraAI, its rival, rejected a $1.6 billion offer from Intel and instead signed SoftBank as the first customer of "
     "its Ion chip.", "supplies_chips", "neuraai", "softbank", None, None, None),
    # a consortium's leader and its partners
    ("The Ministry of Trade and Industry picked a consortium led by Naver Cloud, with Samsung SDS and KT as partners, to "
     "build the centre.", "partners_with", "naver-cloud", "samsung-sds", None, None, None),
    # a computing centre written in small letters before it is named, at a cost
    ("Naver will build a sovereign AI computing centre in Chuncheon, at a cost of about $700 million. The Sovereign AI "
     "Computing Center will open in 2027.", "builds_datacenter", "naver", "sovereign-ai-computing-center", 700 * M, "USD",
     "about"),
    # a site built around chips: its builder's
    ("Tata Communications will spend $250 million on an AI factory in Mumbai built around Nvidia H100 GPUs.", "uses_chip",
     "tata-communications", "h100", None, None, None),
    # "the group's arm": the group whose name the arm's own opens with
    ("Reliance Industries is building a campus in Jamnagar. Airtel, the telecoms group, will be a tenant. Nvidia took a "
     "stake in Reliance Jio, the group's telecoms arm.", "subsidiary_of", "reliance-jio", "reliance-industries", None, None,
     None),
    # sites named by codes, and a building as a site
    ("Crusoe's first building, ABL-1, opened in 2025 with 200 MW.", "builds_datacenter", "crusoe", "abl-1", 200 * M, "W",
     "exact"),
    ("Crusoe is expanding its TX-2 campus in Abilene to 1.2 gigawatts.", "builds_datacenter", "crusoe", "tx-2", 1.2 * B,
     "W", "exact"),
    # "as a tenant for": the landlord signs; the seller named after "buy … from", not the chips' maker
    ("Scaleway has signed Mistral AI as a tenant for 20 MW at its Paris site.", "provides_capacity", "scaleway", "mistral-ai",
     20 * M, "W", "exact"),
    ("Siam AI has agreed to buy 4,000 Nvidia GPUs worth about $300 million from Supermicro.", "supplies_chips",
     "supermicro", "siam-ai", 300 * M, "USD", "about"),
    # money borrowed from lenders is their funding
    ("Verne has borrowed $450 million from Deutsche Bank and ING.", "invests_in", "deutsche-bank", "verne", 450 * M, "USD",
     "exact"),
    # a name that only looks like a nationality ("Ardian"), used as a noun
    ("Nscale, backed by Ardian, runs GPU clusters in Norway.", "invests_in", "ardian", "nscale", None, None, None),
    # a company raising its own capacity spends on its own build-out
    ("OpCore plans to raise its capacity to 500 MW by 2030.", "invests_in_infrastructure", "opcore", None, 500 * M, "W",
     "exact"),
    # a name opening in small letters ("atNorth"), and a site's code with a leading zero
    ("atNorth, the Nordic data-centre operator owned by Partners Group, has agreed to lease 40 MW at its FIN04 campus in "
     "Finland to Crusoe.", "provides_capacity", "atnorth", "crusoe", 40 * M, "W", "exact"),
    ("Atlas is building its FIN04 campus. Atlas will spend about $1.1 billion on FIN04 near Kouvola.", "builds_datacenter",
     "atlas", "fin04", 1.1 * B, "USD", "about"),
    # a company that opens a site, and the chips the site runs
    ("Telenor has opened an AI factory in Oslo, a 2-megawatt facility running Nvidia Hopper GPUs.", "uses_chip", "telenor",
     "hopper", None, None, None),
    # capacity sold "to … and to" a customer, and a reseller signed
    ("Telenor has opened an AI factory in Oslo. Telenor says its AI factory will sell GPU capacity to Norwegian start-ups "
     "and to the University of Oslo, and it has signed Capgemini as a reseller.", "provides_capacity", "telenor",
     "university-of-oslo", None, None, None),
    ("Telenor has opened an AI factory in Oslo. Telenor says its AI factory will sell GPU capacity to Norwegian start-ups "
     "and to the University of Oslo, and it has signed Capgemini as a reseller.", "partners_with", "telenor", "capgemini",
     None, None, None),
    # hardware installed for a customer
    ("Crusoe will install Nvidia GB200 racks there for Mistral AI and other customers.", "provides_capacity", "crusoe",
     "mistral-ai", None, None, None),
    # "the group's cloud arm" says what the arm is
    ("Iliad is a French telecoms group. Scaleway, the group's cloud arm, has ordered GPUs. H Company, a Paris start-up, "
     "trains its agent models on Scaleway.", "uses_cloud", "h-company", "scaleway", None, None, None),
    # "through X, its unit": the sentence's subject owns it
    ("Iliad will invest $3 billion in AI, most of it through OpCore, its data-centre unit.", "subsidiary_of", "opcore",
     "iliad", None, None, None),
    # a chip named where it is designed, a chip maker's first customer, the foundry of "the chip"
    ("MatX, a chip start-up, has raised $300 million. The company designs the MatX One, an accelerator for language "
     "models, and has signed Cohere as its first customer.", "makes_chip", "matx", "matx-one", None, None, None),
    ("MatX, a chip start-up, has raised $300 million. The company designs the MatX One, an accelerator for language "
     "models, and has signed Cohere as its first customer.", "supplies_chips", "matx", "cohere", None, None, None),
    ("MatX, a chip start-up, has raised $300 million. The company designs the MatX One, an accelerator for language "
     "models. TSMC will manufacture the chip.", "makes_chip", "tsmc", "matx-one", None, None, None),
    # a section's heading before the text's subject is no opening phrase: "the company" is still the subject
    ("Introduction\n\nMatX has raised $300 million in a round led by Jane Street.\n\nDetails\n\nThe company designs the "
     "MatX One, an accelerator for language models.", "makes_chip", "matx", "matx-one", None, None, None),
    # a region's demonym in an apposition is no party; the owners it names, each a parent, build nothing
    ("Ascenty, the Latin American data-centre operator owned by Digital Realty and Brookfield, will invest about $1 "
     "billion in a 120-megawatt campus near Santiago.", "builds_datacenter", "ascenty", "santiago-campus", 1 * B, "USD",
     "about"),
    ("Ascenty, the Latin American data-centre operator owned by Digital Realty and Brookfield, will invest about $1 "
     "billion in a 120-megawatt campus near Santiago.", "subsidiary_of", "ascenty", "brookfield", None, None, None),
    # an unknown name in a list of places is a place: the partner signed is the subject's
    ("Sify Technologies plans to spend about $1.1 billion on AI-ready data centres in Chennai, Mumbai and Noida by 2028, "
     "and has signed Nvidia as a technology partner.", "partners_with", "sify-technologies", "nvidia", None, None, None),
    # "Its data-centre arm, X": a company of the group's, named in apposition
    ("Sify Technologies is expanding in India. Its data-centre arm, Sify Infinit Spaces, listed in Mumbai this month.",
     "subsidiary_of", "sify-infinit-spaces", "sify-technologies", None, None, None),
    # a contract won to supply compute; clusters run for a customer; GPUs rented to start-ups "such as" one
    ("Yotta Data Services runs 16,384 H100 GPUs at its Navi Mumbai campus and has won a $180 million contract to supply "
     "compute to the IndiaAI Mission.", "provides_capacity", "yotta", "indiaai-mission", None, None, None),
    ("CoreWeave will use the space for Nvidia GB300 clusters it runs for OpenAI.", "provides_capacity", "coreweave",
     "openai", None, None, None),
    ("Sify Technologies will host an AI cloud of 4,096 Nvidia H200 GPUs that it will rent to Indian start-ups such as "
     "Sarvam AI.", "provides_capacity", "sify-technologies", "sarvam-ai", None, None, None),
    # capacity a company has under development is its own build-out
    ("Iron Mountain had 1.3 GW of data-centre capacity under development at the end of September.",
     "invests_in_infrastructure", "iron-mountain", None, 1.3 * B, "W", "exact"),
    # a site equipped with chips, however many words name the part of it
    ("Oracle will equip part of the campus with Nvidia GB200 systems.", "uses_chip", "oracle", "gb200", None, None, None),
    # a site its user "leases from" a landlord: capacity the landlord lets
    ("Vultr will deploy AMD GPUs at a 50-megawatt data centre in Ohio that it leases from Centersquare.",
     "provides_capacity", "centersquare", "vultr", 50 * M, "W", "exact"),
    # capacity sold "from" a cluster "to" a customer
    ("NTT Global Data Centers, the unit that builds and runs the sites, will also sell GPU capacity from a cluster of "
     "Nvidia B200 systems in Tokyo to Sakana AI.", "provides_capacity", "ntt-global-data-centers", "sakana-ai", None, None,
     None),
    # "X Ventures, the chip maker's investment arm": the listed company its name opens with, not yet named
    ("Vultr raised $329 million in a round co-led by LuminArx Capital Management and AMD Ventures, the chip maker's "
     "investment arm.", "subsidiary_of", "amd-ventures", "amd", None, None, None),
    # money lent is the lender's funding, whatever it pays for
    ("Apollo lent Crusoe $750 million.", "invests_in", "apollo", "crusoe", 750 * M, "USD", "exact"),
    ("Tether has lent Nscale $610 million to pay for the GPUs.", "invests_in", "tether", "nscale", 610 * M, "USD", "exact"),
    # capacity provided "with computing power from" GPUs; a customer of one's cloud
    ("Nscale has signed a three-year agreement worth about $1 billion to provide Mistral AI with computing power from "
     "10,000 Nvidia H200 GPUs.", "provides_capacity", "nscale", "mistral-ai", None, None, None),
    ("Lambda has signed Bell Canada as a customer of its sovereign AI cloud.", "provides_capacity", "lambda", "bell-canada",
     None, None, None),
    # "which has 120 MW of capacity there": the size of the site its operator runs
    ("Nscale will run the chips at a data centre in Boden, Sweden, operated by its Ardent Data Centers unit, which has 120 "
     "MW of capacity there.", "builds_datacenter", "ardent-data-centers", "boden-data-center", 120 * M, "W", "exact"),
    # a possessive pronoun in a clause that a name opens is that name's
    ("Galaxy Mining will convert its site in Abilene into an AI campus, and Boreal Digital has bought 2,000 more Nvidia "
     "H200 GPUs for its cloud in Oslo.", "supplies_chips", "nvidia", "boreal-digital", 2000, "chips", "exact"),
    # "X Digital's Y unit": the owner named before a unit the text names
    ("Norrland Power has leased a hall to Aleph Alpha. Norrland Power's Frost Compute unit has signed Aleph Alpha as a "
     "customer.", "subsidiary_of", "frost-compute", "norrland-power", None, None, None),
    # the price of chips a relative clause says who supplied
    ("Lumen Grid paid roughly $45 million for the new GPUs, which Supermicro delivered.", "supplies_chips", "supermicro",
     "lumen-grid", 45 * M, "USD", "about"),
    # a conversion named by its town costs what the site costs
    ("Iris Energy will convert its site in Childress, Texas into an AI data centre. Iris Energy expects the Childress "
     "conversion to cost about $900 million.", "builds_datacenter", "iren", "childress-site", 900 * M, "USD", "about"),
    # computing power drawn from chips: the provider's chips
    ("Taiga Cloud has agreed to provide Black Forest Labs with computing power from 2,048 Nvidia B200 GPUs.", "uses_chip",
     "taiga-cloud", "b200", None, None, None),
    # a company named past where it is based
    ("Oslo-based Fjord Compute has agreed to rent 30 megawatts from Bulk Infrastructure.", "provides_capacity",
     "bulk-infrastructure", "fjord-compute", 30 * M, "W", "exact"),
    # money spent "to build" a named site builds it
    ("Data4 said it would spend 900 million euros ($1 billion) to build a 120-megawatt AI campus in Lyon.",
     "builds_datacenter", "data4", "lyon-campus", 1 * B, "USD", "exact"),
    # the antecedent of "which is building" builds
    ("Nscale will build a 250-megawatt campus in Loughton. Nscale is small next to Crusoe, which is building a 1.8 GW "
     "campus near Cheyenne for OpenAI, but its Loughton site already has power.", "builds_datacenter", "crusoe",
     "cheyenne-campus", 1.8 * B, "W", "exact"),
    # "the company" in a clause of its own means the subject of the clause before
    ("Bengaluru-based lab Sarvam, which develops the Sarvam-M models, has signed a $50 million agreement with Microsoft "
     "Azure, and Nvidia has taken a minority stake in the company.", "invests_in", "nvidia", "sarvam", None, None, None),
    # "the start-up's" chip of two words, and who deploys it
    ("DeepX has raised $80 million in a round led by Samsung, and Naver Cloud will deploy the start-up's Orion Pro "
     "accelerators in its data centres.", "makes_chip", "deepx", "orion-pro", None, None, None),
    ("DeepX has raised $80 million in a round led by Samsung, and Naver Cloud will deploy the start-up's Orion Pro "
     "accelerators in its data centres.", "uses_chip", "naver-cloud", "orion-pro", None, None, None),
    # a word named alone before a longer name that opens with it is the group, not a short form of its arm
    ("Orbis raised $100 million in a round led by LGU, and LGU Cloud will deploy its chips. LGU Cloud, the telecom "
     "group's data-centre arm, will spend $300 million on new sites.", "subsidiary_of", "lgu-cloud", "lgu", None, None, None),
    # a name with a small connecting word, led "by the state lender"
    ("Domyn raised $300 million from investors led by the state lender Cassa Depositi e Prestiti.", "invests_in",
     "cassa-depositi-e-prestiti", "domyn", 300 * M, "USD", "exact"),
    # a model named in apposition past two words
    ("SK Telecom has trained its own Korean language model, Bora, on Nvidia chips.", "develops_model", "sk-telecom",
     "bora", None, None, None),
    # who runs a supercomputer built by a system maker with GPUs buys them from it
    ("Oil major Repsol runs Tagus, one of Spain's largest supercomputers, built by Lenovo with about 8,000 Nvidia H100 "
     "GPUs.", "supplies_chips", "lenovo", "repsol", None, None, None),
    ("Oil major Repsol runs Tagus, one of Spain's largest supercomputers, built by Lenovo with about 8,000 Nvidia H100 "
     "GPUs.", "builds_datacenter", "repsol", "tagus", None, None, None),
    # a site built by a company based somewhere
    ("The largest project is Aurora, a supercomputer that Turin-based Domyn is building in Piedmont.", "builds_datacenter",
     "domyn", "aurora", None, None, None),
    # money contributed toward a company's data centre, "in Ontario" a place, not a company
    ("Canada's government is contributing C$240 million (US$173 million) toward a Cohere data centre being built by "
     "CoreWeave in Ontario.", "invests_in", "canada", "cohere", 173 * M, "USD", "exact"),
    # a firm whose name runs on past "Capital"
    ("Cohere borrowed $600 million from a group of banks led by RBC Capital Markets.", "invests_in", "rbc-capital-markets",
     "cohere", 600 * M, "USD", "exact"),
    # a site named by the region it is built in, and what is spent on it
    ("ByteDance has agreed to take the first 300 MW of a site that Casa dos Ventos is building in Ceará. Casa dos Ventos "
     "will spend about $9.2 billion on the Ceará site.", "builds_datacenter", "casa-dos-ventos", "ceara-site", 9.2 * B, "USD",
     "about"),
    # "with financing from" a development bank named before
    ("Casa dos Ventos will spend about $9.2 billion on the site, with financing from Brazil's development bank BNDES.",
     "invests_in", "bndes", "casa-dos-ventos", None, None, None),
    # the landlord that signs a tenant of a sized campus
    ("Ascenty, the operator controlled by Digital Realty, signed Microsoft as the anchor tenant of a 120-megawatt campus in "
     "Hortolândia.", "builds_datacenter", "ascenty", "hortolandia-campus", 120 * M, "W", "exact"),
    ("Ascenty, the operator controlled by Digital Realty, signed Microsoft as the anchor tenant of a 120-megawatt campus in "
     "Hortolândia.", "provides_capacity", "ascenty", "microsoft", None, None, None),
    # a stake in a unit named past its owner's possessive
    ("Silver Lake bought a 51% stake in Intel's Altera unit.", "invests_in", "silver-lake", "altera", None, None, None),
    # an apposition naming an investor's role
    ("Amazon, a Celestial AI investor, will receive warrants tied to its purchases.", "invests_in", "amazon", "celestial-ai",
     None, None, None),
    # the price paid for a company
    ("SoftBank, for its part, is paying $6.5 billion for Ampere Computing.", "acquired", "softbank", "ampere-computing",
     6.5 * B, "USD", "exact"),
    # a site named by the town "it is building in", with a partner that "will rent the capacity"
    ("Humain will put the chips into a 500-megawatt data centre it is building in Riyadh with xAI, which will rent the "
     "capacity to train its Grok models.", "builds_datacenter", "humain", "riyadh-data-center", 500 * M, "W", "exact"),
    ("Humain will put the chips into a 500-megawatt data centre it is building in Riyadh with xAI, which will rent the "
     "capacity to train its Grok models.", "provides_capacity", "humain", "xai", None, None, None),
    # each of a list forming a joint venture with the last
    ("AMD, Cisco and Humain have also agreed to form a joint venture that will build up to 1 GW of AI capacity.",
     "partners_with", "amd", "humain", None, None, None),
    # the maker of the parts a system uses sells them to the system's maker
    ("OpenAI buys memory through Nvidia, whose GB300 systems use HBM3E stacks made by SK Hynix.", "supplies_chips",
     "sk-hynix", "nvidia", None, None, None),
    # who pays for a site, not who will operate it
    ("Schwarz Group, the owner of the Lidl supermarket chain, will invest 11 billion euros ($12.7 billion) in a data centre "
     "in Lübbenau, Brandenburg, which its cloud unit STACKIT will operate.", "builds_datacenter", "schwarz-group",
     "lubbenau-data-center", 12.7 * B, "USD", "exact"),
    ("Schwarz Group will invest 11 billion euros ($12.7 billion) in a data centre in Lübbenau, Brandenburg, which its cloud "
     "unit STACKIT will operate.", "builds_datacenter", "stackit", "lubbenau-data-center", None, None, None),
    # a named site's cost in apposition, "a … project"
    ("Deutsche Telekom and Nvidia have opened their Industrial AI Cloud in Munich, a roughly 1 billion euro ($1.2 billion) "
     "project with 10,000 Nvidia Blackwell GPUs.", "builds_datacenter", "deutsche-telekom", "industrial-ai-cloud", 1.2 * B,
     "USD", "about"),
    # the anchor customer of the site the sentence before opened
    ("Deutsche Telekom and Nvidia have opened their Industrial AI Cloud in Munich. SAP is the first anchor customer.",
     "provides_capacity", "deutsche-telekom", "sap", None, None, None),
    # the name an apposition describes is the verb's subject, not the owner closing it
    ("Aleph Alpha, the Heidelberg start-up now owned by Schwarz Group, will run its models on Azure.", "uses_cloud",
     "aleph-alpha", "microsoft-azure", None, None, None),
    ("Aleph Alpha, the Heidelberg start-up now owned by Schwarz Group, will run its models on Azure.", "subsidiary_of",
     "aleph-alpha", "schwarz-group", None, None, None),
    # a fronted "Backed by" phrase: the subject after it runs the fleet
    ("Backed by a $1.2 billion loan from Macquarie Group, Voltage Park will double its fleet of Nvidia H100 GPUs to 48,000.",
     "uses_chip", "voltage-park", "h100", None, None, None),
    # a fronted "Having signed" phrase: its customer is the main clause subject's
    ("Voltage Park runs Nvidia GPUs. Having signed coding start-up Anysphere, the maker of Cursor, as its largest customer, "
     "the company is also in talks with two AI labs.", "provides_capacity", "voltage-park", "anysphere", None, None, None),
    # amounts "respectively" to one party named after them
    ("Temasek and GIC committed $1 billion and $800 million, respectively, to Digital Edge, an Asian data-centre operator.",
     "invests_in", "temasek", "digital-edge", 1 * B, "USD", "exact"),
    # a site "being built by its Indonesian partner Indosat"
    ("Digital Edge will build 500 MW. Its first new campus, a 120-megawatt site in Jakarta, is being built by its Indonesian "
     "partner Indosat.", "builds_datacenter", "indosat", "jakarta-site", 120 * M, "W", "exact"),
    # "X's round was led by Y"
    ("Lambda's round was led by TWG Global.", "invests_in", "twg-global", "lambda", None, None, None),
    # money spent on chips "for" a customer: the cloud's chips, and its customer's capacity
    ("Lambda said it would spend most of the money on Nvidia GB300 systems for Microsoft.", "uses_chip", "lambda", "gb300",
     None, None, None),
    ("Lambda said it would spend most of the money on Nvidia GB300 systems for Microsoft.", "provides_capacity", "lambda",
     "microsoft", None, None, None),
    # customers of the site the sentence before named, "as will" another
    ("Foxconn is building a 100-megawatt AI factory in Kaohsiung. The island's National Science and Technology Council will "
     "be a customer, as will TSMC.", "provides_capacity", "foxconn", "tsmc", None, None, None),
    # who won an order "from" a buyer sells to it, past a relative clause naming its other customers
    ("Quanta Computer, which assembles servers for Nvidia, Microsoft and Google, said it had won a $1.5 billion order from "
     "Oracle for GB300 racks.", "supplies_chips", "quanta-computer", "oracle", 1.5 * B, "USD", "exact"),
    # a server maker "supplying" a customer "with servers", built around the customer's own chips
    ("Wiwynn is supplying Meta with servers built around Meta's own MTIA accelerators.", "supplies_chips", "wiwynn", "meta",
     None, None, None),
    ("Wiwynn is supplying Meta with servers built around Meta's own MTIA accelerators.", "uses_chip", "meta", "mtia", None,
     None, None),
    # a ticker is the company's short name; a new unit named in apposition; "backed by" money in crore and dollars
    ("Tata Consultancy Services (NSE: TCS) said it would build 1 gigawatt of AI data-centre capacity in India through a new "
     "unit, HyperVault, backed by up to ₹18,000 crore ($2bn) from private-equity firm TPG.", "subsidiary_of", "hypervault",
     "tata-consultancy-services", None, None, None),
    ("Tata Consultancy Services (NSE: TCS) said it would build 1 gigawatt of AI data-centre capacity in India through a new "
     "unit, HyperVault, backed by up to ₹18,000 crore ($2bn) from private-equity firm TPG.", "invests_in", "tpg",
     "hypervault", 2 * B, "USD", "up_to"),
    ("Tata Consultancy Services (NSE: TCS) said it would build 1 gigawatt of AI data-centre capacity in India through a new "
     "unit, HyperVault.", "invests_in_infrastructure", "tata-consultancy-services", None, 1 * B, "W", "exact"),
    # money invested "over five to seven years" in no one
    ("TCS set up a new unit, HyperVault, last month. HyperVault will invest about 6.5 billion dollars over five to seven "
     "years.", "invests_in_infrastructure", "hypervault", None, 6.5 * B, "USD", "about"),
    # a campus code its owner gives it, its size, and an MoU in a later coordinated clause
    ("NextDC has raised A$2.1bn (US$1.4bn) in new equity to fund its S7 campus in western Sydney, which is planned for up "
     "to 550MW, and has signed a memorandum of understanding with OpenAI to host capacity there.", "builds_datacenter",
     "nextdc", "s7", 550 * M, "W", "up_to"),
    ("NextDC has raised A$2.1bn (US$1.4bn) in new equity to fund its S7 campus in western Sydney, which is planned for up "
     "to 550MW, and has signed a memorandum of understanding with OpenAI to host capacity there.", "partners_with",
     "nextdc", "openai", None, None, None),
    # what a named site "would cost"
    ("NextDC is building its S7 campus. The company said S7 would cost A$7bn (US$4.6bn) to complete.", "builds_datacenter",
     "nextdc", "s7", 4.6 * B, "USD", "exact"),
    # a project named among GPUs is a site its deployer builds
    ("Firmus, meanwhile, will deploy 18,000 Nvidia GB300 GPUs in Tasmania and Melbourne under Project Southgate.",
     "builds_datacenter", "firmus", "project-southgate", None, None, None),
    # a planned investment raised "in Arizona to" a sum: capital spending, not a raise of funds
    ("TSMC has raised its planned investment in Arizona to $165 billion, covering six fabs.", "invests_in_infrastructure",
     "tsmc", None, 165 * B, "USD", "exact"),
    # money spent "on a packaging plant"
    ("Amkor Technology will spend about $2 billion on a packaging plant in Peoria, Arizona.", "invests_in_infrastructure",
     "amkor-technology", None, 2 * B, "USD", "about"),
    # wafers that "came off" a foundry's line: the foundry makes the chip and sells it to its designer
    ("Nvidia said the first Blackwell wafers had come off TSMC's Arizona line.", "makes_chip", "tsmc", "blackwell", None,
     None, None),
    ("Nvidia said the first Blackwell wafers had come off TSMC's Arizona line.", "supplies_chips", "tsmc", "nvidia", None,
     None, None),
    # a satellite that "carried" a GPU is its owner's use of the chip
    ("Starcloud has raised $170 million, weeks after its first satellite carried an Nvidia H100 GPU into space.",
     "uses_chip", "starcloud", "h100", None, None, None),
    # "which has backed X through its arm"
    ("Nvidia, which has backed Starcloud through its NVentures arm, will supply Blackwell GPUs.", "invests_in", "nvidia",
     "starcloud", None, None, None),
    # a cloud's first customer, which runs workloads on its cluster
    ("Space data-centre start-up Starcloud raised money. The start-up said it would launch an orbital cluster in 2027 and "
     "had signed Crusoe as its first customer, which will run inference workloads on the cluster.", "provides_capacity",
     "starcloud", "crusoe", None, None, None),
    # acquiring a sized campus, and the price paid "for the Kansas City site"
    ("Lambda is acquiring a 200-megawatt campus in Kansas City from developer Quantum Loophole.", "builds_datacenter",
     "lambda", "kansas-city-campus", 200 * M, "W", "exact"),
    ("Lambda is acquiring a campus in Kansas City. Lambda will pay about $500 million for the Kansas City site.",
     "builds_datacenter", "lambda", "kansas-city-campus", 500 * M, "USD", "about"),
    # money spent "on GPU clusters" is capital spending, not a payment to the next clause's company
    ("Orange will spend €1.5 billion ($1.7 billion) on GPU clusters in France by 2028, and Telus has opened a sovereign AI "
     "factory in Rimouski, Quebec.", "invests_in_infrastructure", "orange", None, 1.7 * B, "USD", "exact"),
    # a site opened "a sovereign AI factory", and the server maker that supplied its chips
    ("Telus has opened a sovereign AI factory in Rimouski, Quebec, with Nvidia chips supplied by HPE.", "builds_datacenter",
     "telus", "rimouski-ai-factory", None, None, None),
    ("Telus has opened a sovereign AI factory in Rimouski, Quebec, with Nvidia chips supplied by HPE.", "supplies_chips",
     "hewlett-packard-enterprise", "telus", None, None, None),
    # customers "among its first customers" of the site named before
    ("Telus has opened a sovereign AI factory in Rimouski. Cohere and OpenText are among its first customers.",
     "provides_capacity", "telus", "opentext", None, None, None),
    # the operator that says who "would be the first tenant" of its clusters is paid by it
    ("Orange will spend money on GPU clusters. The French operator said Mistral AI would be the first tenant of the new "
     "clusters, under a five-year contract worth about €400 million ($460 million).", "commits_spend", "mistral-ai",
     "orange", 460 * M, "USD", "about"),
    # a site "that it will run with" a partner
    ("SoftBank is converting a former panel factory in Sakai into a 150-megawatt AI data centre that it will run with "
     "OpenAI.", "partners_with", "softbank", "openai", None, None, None),
    # money "committed to an AI hub", "earmarked for" data centres: capital spending
    ("Microsoft has committed $3 billion to an AI hub in Jakarta.", "invests_in_infrastructure", "microsoft", None, 3 * B,
     "USD", "exact"),
    ("Oracle has earmarked $6.5 billion for an AI hub in Malaysia.", "invests_in_infrastructure", "oracle", None, 6.5 * B,
     "USD", "exact"),
    # a listed company named in full with a "Data Services" tail is the listed company
    ("Yotta Data Services has ordered 8,000 Nvidia H200 GPUs.", "supplies_chips", "nvidia", "yotta", 8000, "chips", "exact"),
    # the investee named after a descriptive phrase ("in the British neocloud Nscale")
    ("Nvidia has invested $500 million in the British neocloud Nscale.", "invests_in", "nvidia", "nscale", 500 * M, "USD",
     "exact"),
    # two companies that "said … that they will jointly build" a site are partners
    ("KT and Microsoft said on Tuesday that they will jointly build an AI data centre in Seoul.", "partners_with", "kt",
     "microsoft", None, None, None),
    # a capital that opens a sentence and acts is its country's government
    ("Tokyo has agreed to buy 10,000 Nvidia GPUs for a national supercomputer.", "supplies_chips", "nvidia", "japan",
     10000, "chips", "exact"),
    ("Washington will take a 10% stake in Intel.", "invests_in", "u-s-government", "intel", None, None, None),
    # a stake one "will take", money one "will invest in" (also in a currency the graph does not hold)
    ("Nvidia will take a 4% stake in Nokia.", "invests_in", "nvidia", "nokia", None, None, None),
    ("Temasek will invest in Sakana AI.", "invests_in", "temasek", "sakana-ai", None, None, None),
    ("Mitsubishi UFJ plans to invest ¥200 billion in Sakana AI.", "invests_in", "mitsubishi-ufj", "sakana-ai", None, None,
     None),
    # a count "of the same chips" after a maker's chips were named
    ("Microsoft will buy 20,000 AMD MI355X GPUs, and Oracle will deploy up to 30,000 of the same chips.", "supplies_chips",
     "amd", "oracle", 30000, "chips", "up_to"),
    # "the Founders Fund-backed cloud operator" said: the sentence's subject, backed by the fund
    ("Crusoe will deploy 5,000 AMD GPUs in Norway, the Founders Fund-backed cloud operator said on Monday.", "invests_in",
     "founders-fund", "crusoe", None, None, None),
    # a chip named before "chiplets"
    ("Lightmatter said its Passage chiplets would ship in 2026.", "makes_chip", "lightmatter", "passage", None, None, None),
    # a share of the chips a cloud bought, "allotted" to a lab: the cloud's capacity
    ("CoreWeave bought 20,000 Nvidia GPUs. Mistral AI has been allotted 5,000 of the GPUs.", "provides_capacity",
     "coreweave", "mistral-ai", None, None, None),
    # a relative clause holding the figure names its own investor
    ("For Naver, which has taken a stake of about $40 million in Upstage, the Busan deal is a bet.", "invests_in", "naver",
     "upstage", 40 * M, "USD", "about"),
    # a backer named before "-backed" on no list is a company
    ("Fluidstack will buy 2,000 Nvidia GPUs, the Macquarie-backed cloud company said.", "invests_in", "macquarie",
     "fluidstack", None, None, None),
    # a site "of" a size built "for" a tenant: the size let to it
    ("Crusoe will build a campus of half a gigawatt for OpenAI in Texas.", "provides_capacity", "crusoe", "openai", 500 * M,
     "W", "exact"),
    # a name on no list, with its legal form, leading "the round" of the sentence before
    ("Helio Compute raised $400 million in a Series B. Varden ASA led the round.", "invests_in", "varden", "helio-compute",
     400 * M, "USD", "exact"),
    # "Its backers include …"
    ("Look at Vultr. Its backers include AMD.", "invests_in", "amd", "vultr", None, None, None),
    # money to rent chips back is a cloud payment, not a chip sale
    ("Nvidia agreed to rent back 10,000 of its own GPUs from CoreWeave for $900 million.", "commits_spend", "nvidia",
     "coreweave", 900 * M, "USD", "exact"),
    # "whose $X round … was led by"
    ("Look at Lambda, whose $480 million round in February was led by Andra Capital and SGW.", "invests_in", "andra-capital",
     "lambda", 480 * M, "USD", "exact"),
    # the one a relative clause is about lets the site and is paid for it
    ("Vantage is building the Frontier campus for Oracle, which rents it to OpenAI under a lease worth about $40 billion.",
     "provides_capacity", "oracle", "openai", None, None, None),
    # a site built for a tenant
    ("Aligned is building a campus in Texas for Lambda.", "provides_capacity", "aligned", "lambda", None, None, None),
    # "followed by a further $X order": more of the same deal
    ("Broadcom said Anthropic has placed $10 billion of orders for racks built on Google's Ironwood TPU, followed by a "
     "further $11 billion order.", "supplies_chips", "broadcom", "anthropic", 11 * B, "USD", "exact"),
    # "X's separate 2-gigawatt programme with Y"
    ("Meta's separate 2-gigawatt programme with AMD starts in 2027.", "supplies_chips", "amd", "meta", 2 * B, "W", "exact"),
    ("Meta's separate 2-gigawatt programme with AMD starts in 2027.", "partners_with", "meta", "amd", None, None, None),
    # a co-designer of a listed chip, named with its maker
    ("MediaTek designs the TPU together with Google.", "makes_chip", "mediatek", "tpu", None, None, None),
    ("MediaTek designs the TPU together with Google.", "partners_with", "mediatek", "google", None, None, None),
    # a relative clause naming chips is no trigger of the purchase price after it, and co-designing another's chips is a
    # partnership
    ("Marvell, which co-designs Microsoft's Maia accelerators, agreed to buy Celestial AI for $3.25 billion.", "acquired",
     "marvell", "celestial-ai", 3.25 * B, "USD", "exact"),
    ("Marvell, which co-designs Microsoft's Maia accelerators and Amazon's Trainium, agreed to buy a start-up.",
     "partners_with", "marvell", "amazon", None, None, None),
    # "X, one of Y's existing investors"
    ("Google, one of Anthropic's largest investors, will buy more chips.", "invests_in", "google", "anthropic", None, None,
     None),
    # "which builds its MTIA chips with Broadcom"
    ("Meta, which builds its MTIA chips with Broadcom, is also testing TPUs.", "partners_with", "meta", "broadcom", None,
     None, None),
    # "The site will start at 200 megawatts"
    ("Schwarz Group is building an AI data centre in Lübbenau. The site will start at 200 megawatts in 2027 and house "
     "100,000 Nvidia GPUs.", "builds_datacenter", "schwarz-group", "lubbenau-data-center", 200 * M, "W", "exact"),
    # "opened an … AI cloud in Munich with Nvidia"
    ("Deutsche Telekom opened an industrial AI cloud in Munich with Nvidia this month.", "partners_with",
     "deutsche-telekom", "nvidia", None, None, None),
    # renting capacity from a cloud
    ("Microsoft will rent capacity from Nebius.", "provides_capacity", "nebius", "microsoft", None, None, None),
    # a name in apposition to a sized "site" is a site
    ("Kestrel Data is building Halcyon, a 900-megawatt site in Ohio.", "builds_datacenter", "kestrel-data", "halcyon",
     900 * M, "W", "exact"),
    # the site "which Oracle will lease": its builder lets it
    ("Vantage Data Centers is building Frontier, a 1.4-gigawatt site in Texas, which Oracle will lease once it is finished.",
     "provides_capacity", "vantage-data-centers", "oracle", None, None, None),
    # a phrase fronted before the subject names no subject for the next sentence's "It"
    ("OpenAI signed a contract. To deliver it, Oracle is spending heavily. It expects capital expenditure of about $35 "
     "billion this year.", "invests_in_infrastructure", "oracle", None, 35 * B, "USD", "about"),
    # "with Nvidia committing as much as $1 billion of it"
    ("Poolside is raising up to $2 billion, with Nvidia committing as much as $1 billion of it.", "invests_in", "nvidia",
     "poolside", 1 * B, "USD", "up_to"),
    # "at an expected cost of"
    ("Meta has broken ground on a 1-gigawatt campus in El Paso at an expected cost of more than $1.5 billion.",
     "builds_datacenter", "meta", "el-paso-campus", 1.5 * B, "USD", "more_than"),
    # a reference whose description holds a comma ("the Santa Clara, California-based chipmaker")
    ("Anthropic will buy chips from Nvidia. In return, the Santa Clara, California-based chipmaker will invest up to $10 "
     "billion in the start-up.", "invests_in", "nvidia", "anthropic", 10 * B, "USD", "up_to"),
    # and the gapped second investor, named by such a reference
    ("Anthropic will buy capacity from Microsoft and chips from Nvidia. In return, the Santa Clara, California-based "
     "chipmaker will invest up to $10 billion in the start-up and the Redmond, Washington-based software giant up to $5 "
     "billion.", "invests_in", "microsoft", "anthropic", 5 * B, "USD", "up_to"),
    # "The Dutch lithography maker": a reference by a capitalised and a small modifier
    ("ASML led the round. The Dutch lithography maker put in €1.3 billion ($1.5 billion) for a stake of about 11% in "
     "Mistral AI.", "invests_in", "asml", "mistral-ai", 1.5 * B, "USD", "exact"),
    # a seller's buyer, the one the sentence itself names
    ("Nvidia will invest $10 billion in Anthropic. The deal makes Anthropic a customer of all three hyperscalers: Amazon "
     "remains its primary training partner, and Google has agreed to supply up to one million TPUs.", "supplies_chips",
     "google", "anthropic", 1e6, "chips", "up_to"),
    # a backer named in a reference set off by dashes
    ("In Riyadh, Humain — the Public Investment Fund-backed AI company — has signed three deals.", "invests_in",
     "public-investment-fund", "humain", None, None, None),
    # a partner fronted with "With": the subject is the one the text is about
    ("Humain signed three deals. With Qualcomm, it agreed to deploy 200 megawatts of AI200 racks.", "supplies_chips",
     "qualcomm", "humain", 200 * M, "W", "exact"),
    ("Humain signed three deals. And with xAI, it will develop a 500-megawatt data centre in Saudi Arabia.",
     "builds_datacenter", "humain", "saudi-arabia-data-center", 500 * M, "W", "exact"),
    ("Humain signed three deals. And with xAI, it will develop a 500-megawatt data centre in Saudi Arabia.",
     "partners_with", "humain", "xai", None, None, None),
    ("With AMD, Humain formed a joint venture that aims to build up to 1 gigawatt of AI capacity by 2030.",
     "invests_in_infrastructure", "humain", None, 1 * B, "W", "up_to"),
    # a tranche in the clause after the deal it belongs to
    ("G42 is building the 1-gigawatt Stargate UAE cluster with OpenAI and Oracle as partners; the first 200 megawatts are "
     "due online in 2026.", "builds_datacenter", "g42", "stargate-uae", 200 * M, "W", "exact"),
    # "…, whose first 230 megawatts will house …": the site's size
    ("Nscale is building Stargate Norway near Narvik, whose first 230 megawatts will house 100,000 Nvidia GPUs.",
     "builds_datacenter", "nscale", "stargate-norway", 230 * M, "W", "exact"),
    # "its" site: the owner the pronoun names, not the builders of the next clause
    ("Nebius has expanded its Mäntsälä data centre in Finland to 75 megawatts, and Nscale and Aker are building a campus.",
     "builds_datacenter", "nebius", "mantsala", 75 * M, "W", "exact"),
    # a cluster named in apposition, and money spent on it
    ("Mistral is spending part of the money on Mistral Compute, a cluster of 18,000 Nvidia chips.", "builds_datacenter",
     "mistral-ai", "mistral-compute", None, None, None),
    # a reference resolved within its own sentence, whatever the next paragraph names ("the chip maker … from the neocloud")
    ("Lambda signed a leaseback with Nvidia, under which the chip maker rents 18,000 of its own GPUs from the neocloud.\n"
     "Lambda also plans to fill a new site with 10,000 Nvidia Blackwell GPUs.", "provides_capacity", "lambda", "nvidia", None,
     None, None),
    # the rent of chips is no trigger of a round's figure named after it
    ("It follows Lambda's $1.5 billion leaseback with Nvidia, under which the chip maker rents 18,000 of its own GPUs from the "
     "neocloud over four years, and a Series E round of more than $1.5 billion led by TWG Global.", "invests_in",
     "twg-global", "lambda", 1.5 * B, "USD", "more_than"),
    # chips hosted at another's data centre, named between
    ("Fluidstack will host Google's TPUs at a TeraWulf data centre in New York.", "provides_capacity", "terawulf",
     "fluidstack", None, None, None),
    ("Fluidstack will host Google's TPUs at a TeraWulf data centre in New York.", "uses_chip", "fluidstack", "tpu", None,
     None, None),
    # warrants for backstopping a company's obligations are a stake in it
    ("Google is backstopping $1.8 billion of TeraWulf's lease obligations in exchange for warrants that would give it an 8% "
     "stake.", "invests_in", "google", "terawulf", None, None, None),
    # a deal of no stated size to deploy GPUs "for" a customer: the cloud serves it
    ("Lambda signed a multibillion-dollar agreement to deploy tens of thousands of Nvidia GPUs for Microsoft.",
     "provides_capacity", "lambda", "microsoft", None, None, None),
    # a loan "for" campuses another is building goes to the builder
    ("Separately, a group of banks including JPMorgan Chase is arranging a $38 billion loan for two campuses that Vantage "
     "Data Centers is building for Oracle in Texas and Wisconsin.", "invests_in", "jpmorgan", "vantage-data-centers", 38 * B,
     "USD", "exact"),
    # a reseller's verb past its apposition
    ("Nscale, the British neocloud, is to supply roughly 200,000 Nvidia GPUs to Microsoft.", "supplies_chips", "nscale",
     "microsoft", 200000, "chips", "about"),
]

# Figures as written: (text, amount, unit, qualifier, what it measures)
FIGURES = [
    ("raised US$2bn at a valuation of $32bn", [(2 * B, "USD", "exact", "deal"), (32 * B, "USD", "exact", "other")]),
    # the demand for a bond sale is no deal
    ("Demand topped $88 billion, according to people familiar with the deal.", [(88 * B, "USD", "exact", "other")]),
    # a backlog that "stands at" a sum is no deal
    ("and the backlog stands at $55.6 billion", [(55.6 * B, "USD", "exact", "other")]),
    # fractions and halves in words
    ("Lambda raised a quarter of a billion dollars from Nvidia.", [(0.25 * B, "USD", "exact", "deal")]),
    ("The site will draw two and a half gigawatts.", [(2.5 * B, "W", "exact", "deal")]),
    ("$1.25 billion", [(1.25 * B, "USD", "exact", "deal")]),
    ("buy two thousand Blackwell GPUs", [(2000, "chips", "exact", "deal")]),
    ("deploy c.200,000 Nvidia GPUs", [(200000, "chips", "about", "deal")]),
    ("invested $22.5 billion in OpenAI as part of its $40 billion financing",
     [(22.5 * B, "USD", "exact", "deal"), (40 * B, "USD", "exact", "other")]),
    ("will be the first gigawatt-scale AI training cluster", []),
    ("raised its forecast for revenue run-rate to $7 billion to $9 billion",
     [(7 * B, "USD", "at_least", "other"), (9 * B, "USD", "up_to", "other")]),
    ("| OpenAI | Oracle | 4.5 GW of cloud capacity | ~$300 billion |", [(4.5 * GW, "W", "exact", "deal"), (300 * B, "USD", "about", "deal")]),
    ("the Helios rack packs 72 GPUs into a single rack", [(72, "chips", "exact", "other")]),
    ("raised $500 million in a round that values it at $6.8 billion",
     [(500 * M, "USD", "exact", "deal"), (6.8 * B, "USD", "exact", "other")]),
    ("a $600m round", [(600 * M, "USD", "exact", "deal")]),
    ("5 billion dollars", [(5 * B, "USD", "exact", "deal")]),
    ("USD 10 billion", [(10 * B, "USD", "exact", "deal")]),
    ("$30 billion per year", [(30 * B, "USD", "exact", "deal")]),
    ("up to 5 gigawatts", [(5 * GW, "W", "up_to", "deal")]),
    ("half a gigawatt", [(0.5 * GW, "W", "exact", "deal")]),
    ("raised A$330 million and HK$5 billion", []),  # other dollars are no USD figures
    ("the contract is worth more than $2 billion, not $20 billion",
     [(2 * B, "USD", "more_than", "deal"), (20 * B, "USD", "exact", "other")]),
    ("the 5GW figure", [(5 * GW, "W", "exact", "deal")]),
    ("a 1.2 GW campus and a 240MW site", [(1.2 * GW, "W", "exact", "deal"), (240 * MW, "W", "exact", "deal")]),
    ("well over a gigawatt of capacity", [(1 * GW, "W", "more_than", "deal")]),
    ("1 million TPUs and 200,000 GPUs", [(1e6, "chips", "exact", "deal"), (200000, "chips", "exact", "deal")]),
    ("MI450 chips", []),
    ("more than $100 billion", [(100 * B, "USD", "more_than", "deal")]),
    ("at least 10 gigawatts", [(10 * GW, "W", "at_least", "deal")]),
    ("roughly $4 billion", [(4 * B, "USD", "about", "deal")]),
    ("nearly 300 megawatts", [(300 * MW, "W", "about", "deal")]),
    ("in excess of $10 billion", [(10 * B, "USD", "more_than", "deal")]),
    ("as much as $72 billion", [(72 * B, "USD", "up_to", "deal")]),
    ("$5 billion or more", [(5 * B, "USD", "at_least", "deal")]),
    ("an option to increase it to $25 billion", [(25 * B, "USD", "up_to", "deal")]),
    ("revenue of $57 billion", [(57 * B, "USD", "exact", "other")]),
    ("which sold about $12 billion of AI chips in the last quarter", [(12 * B, "USD", "about", "other")]),
    ("100,000 of Nvidia's GB300 graphics processors", [(100000, "chips", "exact", "deal")]),
    ("the next round, which is expected to total $4 billion", [(4 * B, "USD", "exact", "other")]),
    ("shares rose to $140 a share", []),
    ("in a deal that people familiar with the matter valued at more than $10 billion", [(10 * B, "USD", "more_than", "deal")]),
    ("a startup valued at $10 billion", [(10 * B, "USD", "exact", "other")]),
    ("the contracts carry about $3.7 billion of revenue", [(3.7 * B, "USD", "about", "deal")]),
    ("about $1.6 billion in contracted revenue", [(1.6 * B, "USD", "about", "deal")]),
    ("at a cost of more than $25 billion", [(25 * B, "USD", "more_than", "deal")]),
    ("the collaboration is valued at up to $10 billion", [(10 * B, "USD", "up_to", "deal")]),
    ("committed $5 billion of Anthropic's $13 billion funding round", [(5 * B, "USD", "exact", "deal"),
                                                                      (13 * B, "USD", "exact", "other")]),
    ("more than 380 billion yuan ($53 billion)", [(53 * B, "USD", "more_than", "deal")]),
    ("$70 billion to $72 billion", [(70 * B, "USD", "at_least", "deal"), (72 * B, "USD", "up_to", "deal")]),
    ("Up To $1 Billion", [(1 * B, "USD", "up_to", "deal")]),
    ("Microsoft's Maia 200 accelerator", []),  # a model number, not a count
    ("invest 4.3 billion euros (about $4.7 billion)", [(4.7 * B, "USD", "about", "deal")]),
]

# Figures that must never become a claim: revenue, valuations, share prices, users and percentages.
NOT_DEALS = [
    # a country's investment pledge to another country builds nothing
    "The US government approved the export of Nvidia chips to the site after the UAE committed to invest $1.4 trillion in the "
    "United States over ten years.",
    # shares sold buy nothing
    "SoftBank Group sold all 32.1 million of its Nvidia shares in October for $5.83 billion.",
    # what one unit of a purchase holds
    "OCI is buying complete Helios racks from AMD, each built around 72 MI450 GPUs.",
    # a purchase that collapsed right after its price
    "Nvidia's attempt to buy Arm for $40 billion collapsed in 2022.",
    # a denied report measures no deal, in power as in money
    "Oracle denied reports that it would lease a 2-gigawatt campus in Texas to OpenAI.",
    "Nvidia reported revenue of $57 billion for the quarter, up 62% from a year earlier.",
    "OpenAI was valued at $500 billion in a secondary share sale.",
    "CoreWeave shares rose 12% to $140 on the news.",
    "Anthropic's annualized revenue run rate is approaching $7 billion.",
    "ChatGPT has more than 800 million weekly users.",
    "Oracle's market value rose to more than $900 billion.",
    "Lambda, which was valued at $2.5 billion in its last funding round, plans an IPO.",
    "Each gigawatt of capacity costs about $35 billion to build, analysts estimate.",
    "Broadcom, which sold about $12 billion of AI chips in the last quarter, expects more.",
    "Microsoft has guaranteed $1.5 billion of Lambda's lease obligations.",
    "Lambda has raised $1.5 billion in debt and equity, Goldman Sachs said on Tuesday.",
    "Nvidia's $40 billion bid for Arm collapsed after regulators objected.",
    "Oracle borrowed $18 billion in a bond sale in September.",
    "Cisco will invest $1 billion in AI startups, including a stake in Mistral AI.",
    "Amazon declined to comment on a report that it was in talks to invest $4 billion in Anthropic.",
    "SoftBank holds about 11% of OpenAI, a stake worth roughly $60 billion.",
    "HUMAIN also secured a $10 billion venture fund, HUMAIN Ventures, to invest in AI companies worldwide.",
    'Microsoft will hold an investment in OpenAI valued at approximately $135 billion.',
    'Last quarter SoftBank sold its entire stake in Nvidia for $5.8 billion.',
    'Oracle signed deals with OpenAI and Meta, sending its remaining performance obligations past $455 billion.',
    'Oracle plans a huge build-out, and some analysts estimate the company will need to spend in excess of $100 billion on data centers.',
    'The flagship site in Abilene, Texas, is being built by Crusoe and will host more than 450,000 Nvidia GB200 GPUs when complete.',
    "Together with cloud contracts at Oracle, Microsoft, CoreWeave and Amazon, OpenAI's commitments exceed $1 trillion, a figure its chief executive has said will be financed partly by revenue growth.",
    "CoreWeave's $9 billion all-stock deal to acquire Core Scientific, the data-center operator that hosts much of its "
    "capacity, was voted down by shareholders in October.",
    # electricity bought for data centres is no compute deal
    "Vistra will supply Meta with 2.6 gigawatts of electricity from its nuclear plants.",
    "Under a power purchase agreement worth about $18 billion, Talen will supply Amazon with power through 2042.",
    "The Palisades plant, owned by Holtec, will supply about 800 megawatts to Microsoft's data centers from 2027.",
    # a kind of financing is no investor, a licence no stake
    "Fluidstack previously secured $50 million in SAFE funding.",
    "Meta paid $3 billion to license technology from Scale AI and hire its founder.",
    # a site's size in chips, nobody's sale
    "Anthropic trains on AWS through Project Rainier, a cluster of nearly 500,000 Trainium2 chips.",
    # a name for another deal is no party; the next clause's subject has a deal of its own
    "Lambda raises $1.5 billion after Microsoft deal.",
    "IREN signed a $9.7 billion contract to host GB300 systems in Texas, and Lambda struck a separate agreement.",
    # electricity from a named power plant
    "Google has signed a 25-year agreement to buy the output of the Duane Arnold plant in Iowa. The 615-megawatt plant will "
    "supply Google's data centres in the Midwest.",
    # electricity for a buyer's own sites; a backlog
    "Brookfield has agreed to supply up to 1 gigawatt of power to Microsoft's data centres through its renewables arm.",
    "Oracle's OpenAI contract accounts for most of the $455 billion in remaining performance obligations Oracle reported.",
    # the fleet a company runs is no purchase
    "Kestrel Cloud now runs more than 12,000 Nvidia GPUs across four data centres in Norway.",
    # capacity a buyer will fill with chips is no chip deal sized in power
    "Nscale bought Kajaani Compute. The Kajaani purchase adds 80 MW of hydro-powered capacity that Nscale will fill with "
    "Nvidia GB300 systems.",
]

# A figure must not go to a party named in another clause of the sentence.
OTHER_CLAUSE = [
    # notes sold with their buyers unnamed: not the loan's lenders, named in the clause before
    ("Lambda closed a $1.5 billion loan led by JPMorgan in May, and it has since sold $500 million of senior notes.",
     500 * M),
    ("Meta sold $25 billion of bonds in October, and banks led by Morgan Stanley are arranging a $27 billion loan.",
     25 * B),
    ("Nscale has raised more than $3 billion in debt and equity, including a $1 billion loan led by Goldman Sachs.", 3 * B),
    ("Meta sold $30 billion of bonds in October and banks led by Morgan Stanley are arranging a $27 billion loan.", 30 * B),
    ("A special-purpose vehicle raised $12.5 billion of debt from Apollo Global Management and Valor Equity Partners, plus "
     "$7.5 billion of equity, to buy Nvidia GB200 chips that it will lease to xAI.", 7.5 * B),
    # a company's valuation, told after its round, is no figure of the round
    ("Databricks has raised $1 billion in a round co-led by Insight Partners and MGX, valuing the data and AI company at more "
     "than $100 billion.", 100 * B),
    # notes raised after a facility from a lender: not the lender's
    ("To fund construction, Polar Hosting secured a $2 billion facility from Macquarie Asset Management, and raised $900 "
     "million in senior secured notes.", 900 * M),
    # capacity a builder is "in talks" about is no size of the site it builds
    ("Iris Energy will convert its site in Childress, Texas into an AI data centre. Iris Energy expects the site to cost "
     "about $900 million and is in talks with hyperscalers about the first 75 MW.", 75 * M),
    # an earlier raise "after it raised" names none of the lenders of the deal before
    ("Cohere has secured a $600 million credit facility from banks led by Morgan Stanley, the company said, weeks after it "
     "raised $500 million at a $6.8 billion valuation.", 500 * M),
]

EXTRACTOR = get_extractor()


def _claims(text: str):
    document = Document("row.txt", text)
    claims = EXTRACTOR.extract(document)
    for claim in claims:
        assert claim.source.quote == text[claim.source.start:claim.source.end]
    return claims


@pytest.mark.parametrize("text,relation,subject,obj,amount,unit,qualifier", TABLE, ids=[r[0][:50] for r in TABLE])
def test_sentence_yields_its_claim(text, relation, subject, obj, amount, unit, qualifier):
    claims = _claims(text)
    def fits(claim) -> bool:
        if (claim.relation, claim.subject.id, claim.object.id if claim.object else None) != (relation, subject, obj):
            return False
        if amount is None:
            return True
        return (claim.figure is not None and abs(claim.figure.amount - amount) <= 0.005 * amount
                and (claim.figure.unit, claim.figure.qualifier) == (unit, qualifier))
    found = [c for c in claims if fits(c)]
    described = [(c.relation, c.subject.id, c.object.id if c.object else None, c.figure) for c in claims]
    assert found, f"no claim {relation} {subject} -> {obj} {amount} {qualifier}; got {described}"


@pytest.mark.parametrize("text,expected", FIGURES, ids=[f[0] for f in FIGURES])
def test_figures_are_read_as_written(text, expected):
    found = [(f.amount, f.unit, f.qualifier, f.measure) for f in find_figures(text)]
    assert found == expected


@pytest.mark.parametrize("text", NOT_DEALS)
def test_non_deal_figures_never_become_deal_claims(text):
    assert [c for c in _claims(text) if c.figure is not None] == []


def test_the_table_is_mostly_new_sentences():
    assert len(TABLE) >= 60
    seeds = " ".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    assert sum(row[0] in seeds for row in TABLE) < len(TABLE) / 10


def test_capacity_secured_from_a_cloud_is_no_investment():
    claims = _claims("Anthropic has secured a commitment for 5 gigawatts of compute capacity from Amazon Web Services.")
    assert {c.relation for c in claims} == {"provides_capacity", "uses_cloud"}


# Readings a careless rule would make: (text, relation, subject id, object id) that must not be claimed.
MISREADINGS = [
    # the headline names the lease, the body says who pays
    ("Lotus Mining signs $2 billion AI lease with Microsoft\n\nLotus Mining, a bitcoin miner, has signed a ten-year "
     "lease with Microsoft worth $2 billion, under which it will deliver 150 megawatts of capacity.",
     "commits_spend", "lotus-mining", "microsoft"),
    # whose obligations are backstopped is not who takes the stake
    ("Microsoft guaranteed $2 billion of Nscale's rent in exchange for warrants in Galaxy Digital.",
     "invests_in", "nscale", "galaxy-digital"),
    # a user named in another clause of the sentence does not use the chips of this one
    ("Microsoft will invest $5 billion in Anthropic, and Poolside has agreed to train its models on AMD's MI355X chips.",
     "uses_chip", "microsoft", "mi355x"),
    # a deal compared with the one a figure measures is no party of it
    ("Nebius has contracts with Microsoft and Meta; the Meta deal is smaller than the $17.4 billion agreement it signed "
     "with Microsoft.", "commits_spend", "meta", "nebius"),
    # capacity one company operates is not a chip deal of the next clause's
    ("Khazna already operates more than 1 gigawatt across the UAE, and the OpenAI expansion will run on Nvidia GB300 "
     "systems.", "supplies_chips", "nvidia", "openai"),
    # capacity leased "from the miner": the other side is named by no name, and no other company stands in for it
    ("Microsoft signed a contract with Nscale in May, and Microsoft also works with Nscale in Texas.\nNscale will keep "
     "leasing about 200 megawatts of capacity from the miner.", "provides_capacity", "nscale", "microsoft"),
    # a company that raises next in the sentence is no backer of the round before it
    ("Cohere closed a $500 million round led by Radical Ventures and PSP Investments, and Reka, which is building a video "
     "model, raised $60 million from investors including DST Global.", "invests_in", "reka", "cohere"),
    # a supplier a company orders from, after its raise, is no backer of the raise
    ("Fermi America, which raised $682 million in its IPO this month, will buy gas turbines and has ordered nuclear "
     "equipment from Westinghouse. Fermi America will lease 200 megawatts to Crusoe.", "invests_in", "westinghouse",
     "fermi-america"),
    # who rents capacity to another is its provider, not its user
    ("Nebius in turn rents the capacity to Meta under a five-year contract.", "uses_cloud", "nebius", "meta"),
    # a past employer of the founders is not the user of the cloud
    ("Kite Robotics, founded by former Meta engineers, trains its models on Oracle Cloud Infrastructure.",
     "uses_cloud", "meta", "oracle-cloud-infrastructure"),
    # electricity bought from a utility buys no company
    ("Verde Data, a Brazilian data center operator, will build a 200-megawatt campus in Campinas. Verde Data has agreed to "
     "buy electricity from Eletrobras.", "acquired", "verde-data", "eletrobras"),
    # money paid to a company that sells no compute, for no compute, is no cloud commitment
    ("Lumo Search has agreed to spend $300 million on Oracle Cloud Infrastructure. Lumo Search will also pay Pinterest $100 "
     "million in cash and stock to make its assistant available inside the Pinterest app.", "commits_spend", "lumo-search",
     "pinterest"),
    # the owner of a fund named in a list of backers is no backer itself
    ("Lumo Search raised $150 million from investors including Nvidia and Samsung's Catalyst Fund.", "invests_in", "samsung",
     "lumo-search"),
    # a company its provider depends on for revenue is its customer, not its cloud
    ("CoreWeave signed a $14.2 billion agreement to supply Meta, and it still depends on Microsoft for much of its revenue.",
     "uses_cloud", "meta", "microsoft"),
    # the subject of a raise is past its apposition, not a company the apposition names
    ("Vesper Cloud, the Austin-based operator behind the first Stargate site in Texas, has raised $400 million in a round "
     "led by Sequoia Capital.", "invests_in", "sequoia-capital", "stargate"),
    # a sum over several companies named by no name borrows no party from elsewhere
    ("Microsoft signs $60 billion of contracts with neoclouds\n\nMicrosoft has signed more than $60 billion of contracts with "
     "so-called neoclouds. Nvidia supplies the chips, and Nvidia has invested in several of them. Microsoft also signed a "
     "$17.4 billion contract with Nebius.", "commits_spend", "nvidia", "microsoft"),
    # a company's home, named with a possessive, is no partner; nor are two partners of a third each other's
    ("Cisco and Saudi Arabia's HUMAIN have formed a joint venture to build AI infrastructure.", "partners_with", "cisco",
     "saudi-arabia"),
    ("Amazon will spend $12 billion on a cloud region in Chennai, India, with Reliance Jio and Tata Power as partners.",
     "partners_with", "reliance-jio", "tata-power"),
    # chips bought buy no company
    ("Microsoft buys Nvidia chips for its own data centers. Microsoft also rents capacity from CoreWeave.", "acquired",
     "microsoft", "nvidia"),
    # a headline's co-subject whom the body names as the site's tenant, not its builder
    ("Poolside and CoreWeave plan 2-gigawatt Project Horizon campus\n\nPoolside will develop Project Horizon, a 2-gigawatt AI "
     "campus in West Texas, with CoreWeave as its anchor tenant.", "builds_datacenter", "coreweave", "project-horizon"),
    # a company's stock bought buys no company
    ("Nvidia bought Intel common stock at $23.28 a share, giving it a stake of roughly 4%, and the two companies will jointly "
     "develop data center products.", "acquired", "nvidia", "intel"),
    # a coordinate opened by "and with" names no backer of the raise before it
    ("Quasar Silicon designs inference chips. Quasar Silicon raised $90 million from Vector Capital in May, and with Groq "
     "it competes for customers.", "invests_in", "groq", "quasar-silicon"),
    # "said a customer will deploy": the one who says it does not deploy
    ("Tenstorrent designs Aurora, its newest accelerator. Tenstorrent said a large cloud customer has committed to "
     "deploy Aurora next year.", "uses_chip", "tenstorrent", "aurora"),
    # a loan's collateral is no backer; lenders named after "from" buy no chips; the lenders of one sum are no backers of
    # another added to it
    ("Lambda closed a $1.5 billion loan from JPMorgan Chase backed by its Nvidia GPUs.", "invests_in", "lambda",
     "jpmorgan"),
    ("A special-purpose vehicle raised $12.5 billion of debt from Apollo Global Management to buy Nvidia GB200 chips that it "
     "will lease to xAI.", "uses_chip", "apollo-global-management", "gb200"),
    # a company's plants bought buy no company, nor is one borrowed from elsewhere
    ("KKR will invest $50 billion in data centres. ECP separately agreed to buy Calpine's gas plants in Pennsylvania for "
     "$2.3 billion.", "acquired", "ecp", "calpine"),
    # a borrower drawing on a facility invests in no one
    ("Crusoe drew $500 million from a credit facility to finish the Frontier campus it is building for OpenAI.",
     "invests_in", "crusoe", "openai"),
    # "Oracle serves Google's Gemini models": the model's maker is no cloud customer
    ("Oracle serves Google's Gemini 2.5 models through OCI Generative AI.", "uses_cloud", "google", "oracle"),
    # a takeover offer is no cloud commitment
    ("Core Scientific's shareholders voted down CoreWeave's $9 billion all-stock offer in October, so CoreWeave will keep "
     "leasing capacity from Core Scientific. Core Scientific leases 590 megawatts to CoreWeave.", "commits_spend",
     "core-scientific", "coreweave"),
    # a tenant's total at a landlord's site is the power let to it, not a site the tenant builds
    # (and a name on no list that says it signed a lease is the company that signed it)
    ("Polar Hosting said it has signed a 10-year lease with Lambda for an additional 60 megawatts at its Fargo One campus in "
     "Fargo, North Dakota, bringing Lambda's total commitment at the site to 180 megawatts.", "builds_datacenter", "lambda",
     "fargo-one"),
    # an amount in a currency's code is no company
    ("Alibaba Cloud raised its capital spending to RMB 480 billion (about $67 billion), up from RMB 380 billion.",
     "invests_in", "rmb-380", "alibaba"),
    # "its chip" is the subject's (a one-word name ending in "AI" is a company's), not the bidder's it turned down
    ("NeuraAI, its rival, turned down an $800 million acquisition offer from Meta and instead signed Naver as the first "
     "customer of its Ion chip.", "makes_chip", "meta", "ion"),
    # a site's builder sells none of the chips bought for it
    ("Japan's government will buy 5,000 GPUs for a national AI computing centre to be built by Fujitsu, at a cost of "
     "about $400 million. The National AI Computing Center opens in 2027.", "supplies_chips", "fujitsu", "japan"),
    # "the API" is no company, in capitals or not
    ("Azure will continue to host OpenAI's API, so every customer that calls GPT-5 through the API still runs on "
     "Microsoft's cloud.", "uses_cloud", "api", "microsoft"),
    # a site's anchor tenant does not build it
    ("NTT DATA will invest more than $10 billion in data centres. Microsoft has signed on as the anchor tenant of the first "
     "new campus, a 240-megawatt site in Hillsboro.", "builds_datacenter", "microsoft", "hillsboro-site"),
    # GPUs that computing power comes from are not sold to its customer
    ("Nscale has signed a three-year agreement worth about $1 billion to provide Mistral AI with computing power from "
     "10,000 Nvidia H200 GPUs.", "supplies_chips", "nvidia", "mistral-ai"),
    ("Aleph Alpha, the Heidelberg start-up now owned by Schwarz Group, will run its models on Azure.", "uses_cloud",
     "schwarz-group", "microsoft-azure"),
    # a participle opening a sentence is no company
    ("Voltage Park runs Nvidia GPUs. Having signed coding start-up Anysphere as its largest customer, the company is also in "
     "talks about capacity at a new 100-megawatt site in Dallas.", "builds_datacenter", "having", "dallas-site"),
    # towns listed after "campuses in" are no companies
    ("Reliance Industries and Tata Group have both announced campuses, in Dholera and Sanand, and Google has committed $2 "
     "billion to an AI hub in Gujarat.", "commits_spend", "dholera", "google"),
    # a dateline's town is no company for "the … company" to mean
    ("SANAND, Nov 3 (Wire) - Fluidstack will buy 2,000 Nvidia GPUs, the Macquarie-backed cloud company said.",
     "invests_in", "macquarie", "sanand"),
    # who names the customer is no chip user
    ("Broadcom said its fourth customer, which it later identified as Anthropic, has placed orders for racks built on "
     "Google's Ironwood TPU.", "uses_chip", "broadcom", "ironwood"),
    # who hosts another's chips does not use that other's cloud
    ("Fluidstack will host Google's TPUs at a TeraWulf data centre in New York.", "uses_cloud", "fluidstack", "google"),
]


@pytest.mark.parametrize("text,relation,subject,obj", MISREADINGS, ids=[t[:50] for t, *_ in MISREADINGS])
def test_misreadings_are_not_claimed(text, relation, subject, obj):
    claims = _claims(text)
    assert (relation, subject, obj) not in {(c.relation, c.subject.id, c.object.id if c.object else None) for c in claims}
    assert claims, "the text states deals: the rule must still read them"


@pytest.mark.parametrize("text,amount", OTHER_CLAUSE, ids=[t[:50] for t, _ in OTHER_CLAUSE])
def test_a_figure_keeps_to_its_own_clause(text, amount):
    assert [c for c in _claims(text) if c.figure is not None and abs(c.figure.amount - amount) < 1] == []
