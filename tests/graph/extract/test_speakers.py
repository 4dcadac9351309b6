"""Who "we" is in a transcript: the company whose call it is, in its executives' turns only."""

from graph.extract import get_extractor
from graph.extract.mentions import MentionFinder
from graph.extract.speakers import company_voices, first_person, quote_voices

CALL = ("Oracle earnings call: excerpts\n\n"
        "Keith Weiss, analyst: Can you help us size the contracts?\n\n"
        "Safra Catz, chief executive: We signed four contracts, and our backlog grew.\n")


def _voices(text: str):
    return company_voices(text, MentionFinder(get_extractor().reference).find(text))


def test_an_executive_speaks_for_the_company_and_an_analyst_does_not():
    voices = _voices(CALL)
    said = [(CALL[s:e], company.id) for s, e, company in first_person(CALL, 0, len(CALL), voices)]
    assert said == [("We", "oracle"), ("our", "oracle")]  # the analyst's "us" is not Oracle


def test_a_text_without_speaker_turns_has_no_company_voice():
    text = "Oracle said on Tuesday that we should expect more contracts. Analysts agreed."
    assert _voices(text) == []


def test_a_quote_speaks_for_the_company_its_executive_is_titled_with():
    text = '"We will spend more," said Ruth Porat, Alphabet\'s president. Analysts said we should expect more.\n'
    mentions = MentionFinder(get_extractor().reference).find(text)
    voices = quote_voices(text, mentions)
    said = [(text[s:e], company.id) for s, e, company in first_person(text, 0, len(text), voices)]
    assert said == [("We", "alphabet")]  # the analysts' "we", outside the quote, is nobody's
