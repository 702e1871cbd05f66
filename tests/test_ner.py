"""The statistical NER (ekstrak.ner), its pipeline switch, and the stanza backend (mocked)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from ekstrak import parse_article
from ekstrak.models import Mention, Place
from ekstrak.ner import NerComponent, SpacyNer, apply_entities, load_model, model_path
from ekstrak.pipeline import get_nlp, ner_backend

# ---------------------------------------------------------------- the shipped model


def test_model_ships_in_package_small_and_without_optimizer_state() -> None:
    p = model_path()
    assert (p / "config.cfg").is_file() and (p / "ner" / "model").is_file()
    size = sum(f.stat().st_size for f in p.rglob("*") if f.is_file())
    assert size < 6_000_000
    assert not list(p.rglob("*optimizer*"))


def test_model_loads_offline_with_three_labels() -> None:
    assert set(SpacyNer().labels) == {"PERSON", "ORGANISATION", "PLACE"}


def test_shared_vocab_backend_equals_standalone_model() -> None:
    # The component builds the NER on the host pipeline's vocab; same answers as spacy.load.
    text = "Presiden Joko Widodo meresmikan bendungan di Kabupaten Bojonegoro, Jawa Timur."
    nlp = load_model()
    assert nlp.pipe_names == ["ner"]
    want = [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    assert SpacyNer(host=get_nlp(ner=False)).entities([text]) == [want]


def _labels(text: str) -> dict[str, str]:
    [ents] = SpacyNer().entities([text])
    return {text[a:b]: lab for a, b, lab in ents}


@pytest.mark.parametrize(("text", "person", "place"), [
    ("Presiden Joko Widodo meresmikan bendungan di Kabupaten Bojonegoro, Jawa Timur.",
     "Joko Widodo", "Jawa Timur"),
    ("Gubernur Ridwan Kamil meninjau banjir di Bandung pada Senin.",
     "Ridwan Kamil", "Bandung"),
])
def test_known_person_and_place(text: str, person: str, place: str) -> None:
    got = _labels(text)
    assert got.get(person) == "PERSON"
    assert got.get(place) == "PLACE"


def test_lower_case_text_yields_no_person_from_common_words() -> None:
    got = _labels("angka kemiskinan turun menjadi 9 persen pada tahun ini.")
    assert "PERSON" not in got.values()


# ---------------------------------------------------------------- block / add logic


def _place(text: str, name: str, source: str = "gazetteer", level: str = "district") -> Mention:
    s = text.index(name)
    return Mention(type="PLACE", start=s, end=s + len(name), text=name, source=source,  # type: ignore[arg-type]
                   sentence=0, norm=Place(name=name, level=level))  # type: ignore[arg-type]


def test_bare_gazetteer_place_inside_longer_person_is_blocked() -> None:
    text = "Wakil Ketua Komite Rakyat Provinsi, Kim Thanh Tri, mengatakan program berjalan."
    m = _place(text, "Thanh Tri")
    ps = text.index("Kim Thanh Tri")
    out = apply_entities(text, [m], [(0, len(text))], [[(ps, ps + 13, "PERSON")]], [0])
    assert out == []
    # Without the model's PERSON, or with block off, it stays.
    assert apply_entities(text, [m], [(0, len(text))], [[]], [0]) == [m]
    assert apply_entities(text, [m], [(0, len(text))], [[(ps, ps + 13, "PERSON")]], [0],
                          block=False) == [m]


def test_place_after_level_word_or_from_rules_is_never_blocked() -> None:
    text = "Bupati mengunjungi Kabupaten Kim Thanh Tri kemarin."
    m = _place(text, "Thanh Tri")
    ps = text.index("Kim")
    ents = [[(ps, ps + 13, "PERSON")]]
    rule = m.model_copy(update={"source": "rule"})
    assert apply_entities(text, [rule], [(0, len(text))], ents, [0]) == [rule]
    text2 = "Warga Kabupaten Thanh Tri, Le Van, mengatakan."
    m2 = _place(text2, "Thanh Tri")
    ps2 = text2.index("Kabupaten")
    assert apply_entities(text2, [m2], [(0, len(text2))], [[(ps2, ps2 + 19, "PERSON")]], [0]) == [m2]


def test_province_inside_person_span_is_not_blocked() -> None:
    # "Pemprov NTT", "Kementerian ... Vietnam" tagged PERSON: big units are the model's error.
    text = "Kepala Bappeda NTT Alfons mengatakan."
    m = _place(text, "NTT", level="province")
    a = text.index("NTT")
    assert apply_entities(text, [m], [(0, len(text))], [[(a, a + 10, "PERSON")]], [0]) == [m]


def test_same_span_person_does_not_block() -> None:
    # The model alone must not overrule the gazetteer on an equal span ("Lao Cai" as PERSON).
    text = "Lao Cai membangun 1.000 rumah."
    m = _place(text, "Lao Cai")
    assert apply_entities(text, [m], [(0, len(text))], [[(0, 7, "PERSON")]], [0]) == [m]


def test_model_place_added_only_when_gazetteer_name() -> None:
    text = "Kemiskinan di Rembang turun, Sedan dan Gunem masih jadi kantong kemiskinan."
    s1, s2, s3 = text.index("Sedan"), text.index("Gunem"), text.index("kantong")
    ents = [[(s1, s1 + 5, "PLACE"), (s2, s2 + 5, "PLACE"), (s3, s3 + 7, "PLACE")]]
    out = apply_entities(text, [], [(0, len(text))], ents, [3])
    assert [(m.text, m.source, m.sentence) for m in out] == [
        ("Sedan", "model", 3), ("Gunem", "model", 3)]
    assert out[0].norm is not None and out[0].norm.country == "ID"  # type: ignore[union-attr]
    assert all(text[m.start:m.end] == m.text for m in out)
    assert apply_entities(text, [], [(0, len(text))], ents, [3], add=False) == []


def test_model_place_unknown_or_overlapping_is_not_added() -> None:
    text = "Warga Desa Sukamakmur di Bogor menerima bantuan."
    s = text.index("Sukamakmur di Bogor")
    existing = _place(text, "Bogor")
    ents = [[(s, s + 19, "PLACE"), (text.index("Warga"), text.index("Warga") + 5, "PLACE")]]
    out = apply_entities(text, [existing], [(0, len(text))], ents, [0])
    assert out == [existing]


# ---------------------------------------------------------------- pipeline switch


def test_ner_backend_option_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EKSTRAK_NER", raising=False)
    assert ner_backend(True) == "spacy" and ner_backend(False) is None
    assert ner_backend("stanza") == "stanza"
    monkeypatch.setenv("EKSTRAK_NER", "1")
    assert ner_backend() == "spacy"
    monkeypatch.setenv("EKSTRAK_NER", "0")
    assert ner_backend() is None
    monkeypatch.setenv("EKSTRAK_NER", "stanza")
    assert ner_backend() == "stanza"


def test_ner_default_when_nothing_says(monkeypatch: pytest.MonkeyPatch) -> None:
    import ekstrak.pipeline as pl

    monkeypatch.delenv("EKSTRAK_NER", raising=False)
    monkeypatch.setattr(pl, "NER_DEFAULT", True)
    assert ner_backend() == "spacy"
    monkeypatch.setattr(pl, "NER_DEFAULT", False)
    assert ner_backend() is None


def test_get_nlp_cached_per_option() -> None:
    on, off = get_nlp(ner=True), get_nlp(ner=False)
    assert on is get_nlp(ner="spacy") and off is get_nlp(ner=False) and on is not off
    names = on.pipe_names
    assert names.index("ekstrak_ner") == names.index("ekstrak_places") + 1
    assert "ekstrak_ner" not in off.pipe_names


def test_pipeline_with_ner_keeps_offsets_and_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EKSTRAK_NER", "1")
    text = ("Kemiskinan Rembang Turun, Sedan dan Gunem Masih Jadi Kantong Kemiskinan\n\n"
            "Presiden Joko Widodo meninjau Kabupaten Rembang, Jawa Tengah, pada Senin.\n")
    art = parse_article(text)
    for m in art.mentions:
        assert text[m.start:m.end] == m.text
        assert m.source in ("rule", "gazetteer", "model")
    assert not any(m.type == "PLACE" and "Joko" in m.text for m in art.mentions)


class _FakeBackend:
    def __init__(self, label: str) -> None:
        self.label = label

    def entities(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        out = []
        for t in texts:
            i = t.find("Gunem")
            out.append([(i, i + 5, self.label)] if i >= 0 else [])
        return out


def test_component_adds_model_mention_with_fake_backend() -> None:
    text = "Kemiskinan di Rembang turun, Sedan dan Gunem masih jadi kantong kemiskinan.\n"
    nlp = get_nlp(ner=False)
    doc = nlp.make_doc(text)
    for name in ("ekstrak_segment", "ekstrak_dates", "ekstrak_quantities", "ekstrak_places"):
        doc = nlp.get_pipe(name)(doc)
    before = {(m.start, m.end) for m in doc._.mentions}
    doc = NerComponent(_FakeBackend("PLACE"))(doc)
    added = [m for m in doc._.mentions if (m.start, m.end) not in before]
    if (text.index("Gunem"), text.index("Gunem") + 5) in before:
        assert added == []  # the rules found it already; nothing to add
    else:
        assert [(m.text, m.source) for m in added] == [("Gunem", "model")]
        assert added[0].sentence is not None


# ---------------------------------------------------------------- stanza backend (mocked)


def _fake_stanza(monkeypatch: pytest.MonkeyPatch, calls: dict[str, object]) -> None:
    mod = types.ModuleType("stanza")

    class Document:
        def __init__(self, sentences: list[object], text: str) -> None:
            self.text = text
            self.ents: list[object] = []

    class Pipeline:
        def __init__(self, **kwargs: object) -> None:
            calls.update(kwargs)

        def bulk_process(self, docs: list[Document]) -> list[Document]:
            for d in docs:
                for word, typ in (("Hanoi", "LOC"), ("Nguyen Van An", "PER"), ("BPS", "ORG"),
                                  ("Tet", "EVT")):
                    i = d.text.find(word)
                    if i >= 0:
                        d.ents.append(types.SimpleNamespace(start_char=i, end_char=i + len(word),
                                                            type=typ))
            return docs

    mod.Document = Document  # type: ignore[attr-defined]
    mod.Pipeline = Pipeline  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "stanza", mod)


def test_stanza_backend_wraps_stanza_ner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from ekstrak.ner import make_backend
    from ekstrak.stanza_backend import StanzaNer

    calls: dict[str, object] = {}
    _fake_stanza(monkeypatch, calls)
    (tmp_path / "id" / "ner").mkdir(parents=True)
    (tmp_path / "id" / "ner" / "nergrit.pt").write_bytes(b"")
    monkeypatch.setenv("EKSTRAK_STANZA_DIR", str(tmp_path))
    monkeypatch.delenv("EKSTRAK_STANZA_NER_MODEL", raising=False)
    backend = make_backend("stanza")
    assert isinstance(backend, StanzaNer)
    assert calls["lang"] == "id" and calls["dir"] == str(tmp_path)
    assert calls["download_method"] is None  # never downloads
    assert calls["ner_model_path"] == str(tmp_path / "id" / "ner" / "nergrit.pt")
    text = "Nguyen Van An dari Hanoi bertemu BPS saat Tet."
    [ents] = backend.entities([text])
    assert sorted((text[a:b], lab) for a, b, lab in ents) == [
        ("BPS", "ORGANISATION"), ("Hanoi", "PLACE"), ("Nguyen Van An", "PERSON")]
    # Same component interface as the spaCy backend.
    comp = NerComponent(backend)
    assert comp.backend is backend


def test_stanza_backend_without_model_dir_explains(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    from ekstrak.stanza_backend import StanzaNer, StanzaUnavailable

    _fake_stanza(monkeypatch, {})
    monkeypatch.delenv("EKSTRAK_STANZA_DIR", raising=False)
    with pytest.raises(StanzaUnavailable, match="EKSTRAK_STANZA_DIR"):
        StanzaNer()
    with pytest.raises(StanzaUnavailable, match="no Indonesian stanza models"):
        StanzaNer(tmp_path)


def test_stanza_backend_without_stanza_explains(monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Path) -> None:
    from ekstrak.stanza_backend import StanzaNer, StanzaUnavailable

    monkeypatch.setitem(sys.modules, "stanza", None)  # import fails
    (tmp_path / "id").mkdir()
    with pytest.raises(StanzaUnavailable, match=r"pip install 'ekstrak\[stanza\]'"):
        StanzaNer(tmp_path)
