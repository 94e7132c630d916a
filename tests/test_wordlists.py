"""The extractors' word lists: a misspelt kind is an error when the list is loaded, in the
data (a row of a kind nobody reads) or in the code (a kind the file does not have)."""

from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.extract import wordlists
from kg.extract.reforms import lexicon
from kg.extract.wordlists import word_lists

FILES = ("award_terms.tsv", "recognition_terms.tsv", "reform_cues.tsv")


@pytest.mark.parametrize("name", FILES)
def test_every_word_list_loads_with_documented_kinds(name):
    lists = word_lists(name)
    assert lists.kinds and set(lists.words) <= lists.kinds


def test_asking_for_a_kind_a_list_lacks_is_an_error():
    with pytest.raises(KgError, match="award_terms.tsv has no kind 'trigerr'"):
        word_lists("award_terms.tsv")["trigerr"]
    with pytest.raises(KgError, match="reform_cues.tsv has no kind 'negatoin'"):
        lexicon().words("negatoin")


def test_a_row_of_an_undocumented_kind_is_an_error(tmp_path, monkeypatch):
    (tmp_path / "cues.tsv").write_text(
        "# Words for a test.\n# columns: word, kind\n#   trigger   a verb\nword\tkind\n推行\ttrigger\n创新\ttriger\n",
        encoding="utf-8")
    monkeypatch.setattr(wordlists, "DATA_DIR", tmp_path)
    with pytest.raises(KgError, match=r"kg/data/cues.tsv: the row '创新' has kind 'triger'"):
        wordlists.checked_rows("cues.tsv")
