"""The public data model of ekstrak (SPEC sections 1-3).

Every ``start``/``end`` is a character offset into the original input text,
end exclusive: ``text[start:end] == mention.text``. Field names and codes are
fixed by the SPEC; fields may be added, never renamed.

``Article.model_dump_json()`` is the on-disk prediction format, and
``ekstrak schema`` prints ``Article.model_json_schema()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

ParagraphKind = Literal["title", "body", "heading", "caption", "byline", "source", "boilerplate"]
MentionType = Literal["QUANTITY", "PLACE", "DATE"]
Qualifier = Literal["about", "nearly", "more_than", "at_least", "less_than", "at_most"]
PlaceLevel = Literal[
    "country", "region", "province", "regency", "city", "district", "commune", "village"
]


class _Model(BaseModel):
    # Gold files carry extra fields (evidence.text, notes); keep them instead of failing.
    model_config = ConfigDict(extra="allow")


class Paragraph(_Model):
    """One line-based paragraph of the input and what kind of text it is."""

    index: int
    start: int
    end: int
    kind: ParagraphKind = Field(description="title | body | heading | caption | byline | source | boilerplate")


class Sentence(_Model):
    """A sentence inside one paragraph; ``text == article_text[start:end]``."""

    index: int
    start: int
    end: int
    paragraph: int
    text: str


class QuantityNorm(_Model):
    """A normalised quantity: ``value`` in base units ("1.149.183 juta VND" -> 1149183000000)."""

    value: float
    value_max: float | None = Field(None, description="upper bound of a range such as '30-50 juta'")
    unit: str = Field(description="canonical unit code, SPEC section 4 (VND, %, household, VND/household/year ...)")
    qualifier: Qualifier | None = None


class Place(_Model):
    """A place as written (without the level word), with its level and country."""

    name: str
    level: PlaceLevel | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-2 code: VN, ID ...")
    code: str | None = Field(None, description="gazetteer code when resolved")


class TimeNorm(_Model):
    """A time point or interval: "YYYY", "YYYY-MM" or "YYYY-MM-DD"; end == start for a point."""

    start: str | None = None
    end: str | None = None


class Mention(_Model):
    """A QUANTITY, PLACE or DATE found in the title or body text."""

    type: MentionType
    start: int
    end: int
    text: str
    sentence: int | None = Field(None, description="index into Article.sentences; optional in gold")
    source: Literal["rule", "model", "gazetteer"] | None = Field(
        None, description="which matcher produced the mention; optional in gold"
    )
    norm: QuantityNorm | Place | TimeNorm | None = None

    @model_validator(mode="before")
    @classmethod
    def _norm_by_type(cls, data: Any) -> Any:
        # The norm's shape is decided by the mention type, not guessed from its keys.
        if isinstance(data, dict) and isinstance(data.get("norm"), dict):
            model = _NORM_BY_TYPE.get(data.get("type", ""))
            if model is not None:
                data = {**data, "norm": model.model_validate(data["norm"])}
        return data


_NORM_BY_TYPE: dict[str, type[BaseModel]] = {
    "QUANTITY": QuantityNorm,
    "PLACE": Place,
    "DATE": TimeNorm,
}


class Evidence(_Model):
    """Where a record's QUANTITY span lies in the text."""

    sentence: int | None = None
    start: int
    end: int


class Record(_Model):
    """One statistic about poverty, its reduction, or a programme's money/outputs/beneficiaries."""

    indicator: str = Field(description="indicator code, SPEC section 5; 'other' if none fits")
    concept: str = Field("", description="what is measured, as written")
    value: float
    value_max: float | None = None
    unit: str
    qualifier: Qualifier | None = None
    kind: Literal["level", "change"] = "level"
    status: Literal["actual", "target", "estimate"] = "actual"
    place: Place | None = None
    group: str | None = Field(None, description="a sub-population, e.g. 'etnis minoritas'")
    time: TimeNorm | None = None
    programme: str | None = None
    evidence: Evidence
    confidence: float | None = Field(
        None, ge=0.0, le=1.0,
        description="precision on the dev splits of the decision path that filled the slots (sort or filter by it)",
    )
    why: dict[str, str] | None = Field(
        None, description="slot -> the rule or model that decided it, e.g. {'time': 'rule:sentence-date'}"
    )


class Article(_Model):
    """Everything ekstrak extracts from one article."""

    id: str
    title: str | None = None
    published: str | None = Field(None, description="publication date (ISO) when the text states one")
    source_url: str | None = None
    byline: str | None = None
    paragraphs: list[Paragraph] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    records: list[Record] = Field(default_factory=list)
    place: Place | None = Field(None, description="the article's main place (document default)")
    path: str | None = Field(None, description="the input file, relative to the batch input root")
    encoding: str | None = Field(None, description="the encoding the input file was decoded with")
    text: str | None = Field(
        None, description="the text the offsets index when it is not the file's decoded content: "
                          "the main text extracted from an HTML page",
    )

    def records_frame(self) -> pd.DataFrame:
        """The records as a pandas DataFrame, the columns of ``records.csv`` (needs pandas)."""
        from .frames import records_frame

        return records_frame([self])


class GoldArticle(_Model):
    """A hand-labelled gold file (SPEC section 6); ``mentions`` may be omitted."""

    id: str
    mentions: list[Mention] | None = None
    records: list[Record]
    place: Place | None = None
