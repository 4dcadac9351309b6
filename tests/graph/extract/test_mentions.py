"""Finding entities: the reference list, organisations discovered from the text, references back."""

from __future__ import annotations

import json
from pathlib import Path

from graph.extract import get_extractor
from graph.extract.mentions import MentionFinder
from graph.extract.reference import load_reference
from graph.model import Document


def _found(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    finder = MentionFinder(load_reference())
    return {text[m.start:m.end]: (m.entity.id, m.entity.types) for m in finder.find(text) if m.kind != "candidate"}


def test_names_aliases_and_possessives_resolve_to_listed_entities():
    found = _found("Alphabet Inc.’s Google and Amazon Web Services (AWS) met Nvidia’s team.")
    # a listed name's legal form belongs to its mention, so "Alphabet Inc.’s" reads as a possessive
    assert found["Google"][0] == "google" and found["Alphabet Inc."][0] == "alphabet"
    assert found["Amazon Web Services"][0] == found["AWS"][0] == "amazon-web-services"
    assert found["Nvidia"][0] == "nvidia"


def test_organisations_on_no_list_are_discovered_with_a_type():
    found = _found("Fluidstack, a UK-based neocloud, works with Tessellate Bio Inc. and with Quorra Capital, "
                   "an investment firm. Tessellate Bio said the deal closed.")
    assert "CloudProvider" in found["Fluidstack"][1]
    assert found["Tessellate Bio"][0] == "tessellate-bio"  # the legal suffix is not part of the name
    assert "Investor" in found["Quorra Capital"][1]


def test_descriptive_references_point_back_to_the_entity_they_mean():
    text = ("Anthropic signed the deal on Monday. The AI lab will run on Trainium. "
            "Microsoft has invested $13 billion in the company.")
    found = _found(text)
    assert found["The AI lab"][0] == "anthropic"
    assert found["the company"][0] == "anthropic"  # not Microsoft, the subject of its own sentence


def test_unlisted_products_are_discovered_from_their_owner():
    found = _found("Veridian Labs will run its Aster models on Halvard's Keel chips and MX900 GPUs.")
    assert found["Aster"] == ("aster", ("AIModel",))
    assert found["Keel"] == ("keel", ("Chip",))
    assert found["MX900"] == ("mx900", ("Chip",))


def test_nationalities_places_people_and_headlines_are_not_organisations():
    finder = MentionFinder(load_reference())
    text = ("Chinese Labs Race To Build New Models\nThe Norwegian firm, said Ingrid Solberg, chief executive of "
            "Brightwater, will open a site in Texas.")
    names = {text[m.start:m.end] for m in finder.find(text)}
    assert not names & {"Chinese", "Norwegian", "Ingrid Solberg", "Texas", "Race", "Build"}


def test_a_person_described_by_the_company_is_no_company():
    found = _found('"We expect to spend about $35 billion," said Safra Catz, the company\'s chief executive.')
    assert "Safra Catz" not in found


def test_amounts_adverbs_and_group_members_are_no_companies_of_their_own():
    found = _found("Separately, Alibaba raised its budget to RMB 480 billion and deployed 16,384 Alibaba PPU chips. "
                   "SK Group and Hyundai Motor Group will also buy chips.")
    assert not {"Separately", "RMB 480", "Alibaba PPU"} & found.keys()
    assert found["PPU"][1] == ("Chip",)  # a chip its maker's name stands before
    assert found["SK Group"][0] == "sk-group" and found["Hyundai Motor Group"][0] == "hyundai-motor-group"


def test_a_site_keeps_the_spelling_of_the_text_and_one_entity_across_spellings():
    text = "Meta is building an AI data centre in El Paso. Later, its data center in El Paso will double."
    mentions = [m for m in MentionFinder(load_reference()).find(text) if "DataCenter" in m.entity.types]
    assert {m.entity.name for m in mentions} == {"El Paso data centre"}


def test_longer_discovered_names_and_names_ending_a_sentence():
    found = _found("Rebellions raised $250 million from Samsung Securities. Prosperity7 Ventures. Salesforce Ventures "
                   "and 1789 Capital joined.")
    assert found["Samsung Securities"][0] == "samsung-securities"  # not the listed Samsung inside it
    assert found["Prosperity7 Ventures"][0] == "prosperity7-ventures"  # a name stops at the sentence's end
    assert found["1789 Capital"][0] == "1789-capital"


def test_users_can_extend_the_reference_list(tmp_path: Path):
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({"entities": [
        {"name": "Zephyr Compute", "types": ["CloudProvider"], "aliases": ["ZC"]}]}), encoding="utf-8")
    text = "OpenAI signed a $3 billion contract with ZC for GPU capacity."
    claims = get_extractor(reference_files=(extra,)).extract(Document("x.txt", text))
    assert ("commits_spend", "openai", "zephyr-compute") in {
        (c.relation, c.subject.id, c.object.id if c.object else None) for c in claims}


def test_extraction_is_deterministic(seed_documents):
    extractor = get_extractor()
    first = [[c.id for c in extractor.extract(d)] for d in seed_documents]
    second = [[c.id for c in get_extractor().extract(d)] for d in seed_documents]
    assert first == second and all(first)
