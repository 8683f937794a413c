"""Fighting told as an episode: a clash mention whose text marks it as continuing or as a
spell of days ("clashes continued on Friday", "a fifth day", "five days of fighting",
"began on Thursday", "since Thursday") spans the episode's days, and two such mentions of
the same sides whose ranges share a day are one occurrence; a one-day strike by one side
and clashes of other days stay apart. Invented countries and places throughout."""

from __future__ import annotations

from pathlib import Path

from fuse_helpers import add

from eventwire import fuse
from eventwire.extract.episodes import (
    both_sides,
    episode_cue,
    episode_range,
    episode_sides,
    is_clash,
    leads_its_sentence,
)
from eventwire.fuse import queries
from eventwire.fuse.events import (
    STORY_SIDES,
    StorySides,
    dates_contradict,
    episode_covers,
    episode_pair,
    load_story_sides,
    two_sided,
)
from eventwire.fuse.mentions import Mention
from eventwire.model import ActorRef, Article, EventMention, Extraction, Participant, Span
from eventwire.store import Store

PUBLISHED = "2031-03-16"


def cue(text: str, trigger: str) -> tuple[str, int] | None:
    at = text.index(trigger)
    found = episode_cue(text, at, at + len(trigger))
    return found[:2] if found else None


def test_headline_plural_presents_are_episode_cues() -> None:
    assert cue("Clashes continue along Ruritania-Borduvia border", "Clashes") == ("goes-on", 1)
    assert cue("Border clashes escalate as Borduvia recalls envoy", "clashes") == ("goes-on", 1)
    assert cue("Hostilities resume near the pass despite truce", "Hostilities") == ("goes-on", 1)
    assert cue("Clashes could continue into next week", "Clashes") is None
    assert cue("Officials expect the clashes to continue", "clashes") is None


def test_continuing_phrasings_are_episode_cues() -> None:
    assert cue("Clashes between Ruritanian and Borduvian troops continued on Friday.",
               "Clashes") == ("goes-on", 1)
    assert cue("Renewed fighting broke the calm along the pass on Sunday.",
               "fighting") == ("goes-on", 1)
    assert cue("The two armies traded artillery as the fighting raged on near the river.",
               "fighting") == ("goes-on", 1)


def test_counted_days_reach_back() -> None:
    assert cue("Ruritanian and Borduvian forces clashed for a fifth day on Monday.",
               "clashed") == ("nth-day", 4)
    assert cue("The hostilities entered their third straight day on Sunday.",
               "hostilities") == ("nth-day", 2)
    assert cue("Five days of fighting between the neighbours killed 30 people.",
               "fighting") == ("days-of", 4)
    assert cue("Border guards have clashed for three days near the ridge.",
               "clashed") == ("days-of", 2)
    assert cue("The three-day clashes displaced thousands of villagers.",
               "clashes") == ("days-of", 2)


def test_a_start_is_a_cue() -> None:
    assert cue("The fighting began on Thursday when troops opened fire on a post.",
               "fighting") == ("began", 0)
    assert cue("Clashes that erupted on Monday spread to the coast.", "Clashes") == ("began", 0)


def test_no_cue_for_a_plain_clash_or_an_interval_after_another_event() -> None:
    assert cue("Troops clashed near the pass on Saturday, the army said.", "clashed") is None
    assert cue("Two days after the strike, soldiers clashed at the ridge.", "clashed") is None
    assert cue("Fourteen months of war preceded the truce signed in the capital.",
               "war") is None


def test_only_clashes_typed_as_attacks_are_episodes() -> None:
    assert is_clash("ASSAULT", "fighting") and is_clash("ASSAULT", "clash")
    assert not is_clash("ASSAULT", "strike") and not is_clash("CONSULT", "fight")


def ranged(text: str, trigger: str, rng: list[str], how: str = "time_expression") -> dict:
    at = text.index(trigger)
    got = episode_range({"range": rng, "from": how, "span": None}, text, at, at + len(trigger),
                        PUBLISHED)
    return got[0] if got else {}


def test_episode_ranges_widen_a_text_date() -> None:
    fifth = ranged("Rival forces clashed for a fifth day on Monday.", "clashed",
                   ["2031-03-17", "2031-03-17"])
    assert fifth["range"] == ["2031-03-13", "2031-03-17"]
    assert fifth["from"] == "time_expression+episode:nth-day"
    began = ranged("The fighting began on Thursday near the pass.", "fighting",
                   ["2031-03-13", "2031-03-13"])
    assert began["range"] == ["2031-03-13", PUBLISHED]
    went_on = ranged("Clashes continued on Friday near the pass.", "Clashes",
                     ["2031-03-14", "2031-03-14"])
    assert went_on["range"] == ["2031-03-13", "2031-03-14"]


def test_a_tense_range_is_kept_and_marked() -> None:
    past = ranged("Five days of fighting killed 30 people, officials said.", "fighting",
                  ["2031-03-09", PUBLISHED], "tense:past")
    assert past["range"] == ["2031-03-09", PUBLISHED]
    assert past["from"] == "tense:past+episode:days-of"
    third = ranged("Fighting entered a third day near the pass.", "Fighting",
                   ["2031-03-09", PUBLISHED], "tense:past")
    assert third["range"] == ["2031-03-13", PUBLISHED]  # the report's day or the day before
    assert third["from"] == "tense:past+episode:nth-day+report-day"
    so_far = ranged("Five days of fighting along the border have left 30 dead.", "fighting",
                    ["2031-03-09", PUBLISHED], "tense:past")
    assert so_far["range"] == ["2031-03-11", PUBLISHED]
    went_on = ranged("Fighting continued regardless.", "Fighting", ["2031-03-09", PUBLISHED],
                     "tense:past")
    assert went_on["range"] == ["2031-03-09", PUBLISHED]  # no count: the tense range
    since = ranged("Troops have fought along the border since Thursday.", "fought",
                   ["2031-03-13", PUBLISHED], "tense:since-date")
    assert since["from"] == "tense:since-date+episode:since"
    long_ago = ranged("The fighting is the deadliest since 2011.", "fighting",
                      ["2011-01-01", PUBLISHED], "tense:since-date")
    assert long_ago == {}


def mention(mid: str, article: str, rng: list[str], how: str, source: str = "RUR",
            target: str = "BOR", typ: str = "ASSAULT") -> Mention:
    def party(code: str) -> list[dict]:
        return [{"text": code, "actor": {"id": code, "country": code}}] if code else []
    data = {"type": typ, "modality": "asserted", "source": party(source),
            "target": party(target), "sentence": {"text": ""}, "trigger": {"text": "clash"}}
    return Mention(id=mid, article=article, root=article, data=data, story="s1",
                   when={"range": rng, "from": how, "span": None})


def test_two_episode_mentions_of_the_same_sides_are_one_occurrence() -> None:
    began = mention("m1", "a1", ["2031-03-13", "2031-03-16"], "time_expression+episode:began")
    went_on = mention("m2", "a2", ["2031-03-14", "2031-03-15"],
                      "time_expression+episode:goes-on", source="BOR", target="RUR")
    assert episode_pair(began, went_on)
    unnamed = mention("m3", "a3", ["2031-03-09", "2031-03-16"], "tense:past+episode:days-of",
                      source="", target="")
    assert not episode_pair(began, unnamed)  # no linked sides: left to the model


def test_a_one_day_strike_and_other_days_stay_apart() -> None:
    began = mention("m1", "a1", ["2031-03-13", "2031-03-16"], "time_expression+episode:began")
    strike = mention("m2", "a2", ["2031-03-15", "2031-03-15"], "time_expression")
    assert not episode_pair(began, strike)
    later = mention("m3", "a3", ["2031-03-20", "2031-03-21"], "time_expression+episode:goes-on")
    assert not episode_pair(began, later)
    other_sides = mention("m4", "a4", ["2031-03-14", "2031-03-15"],
                          "time_expression+episode:goes-on", source="SYL", target="BOR")
    assert not episode_pair(began, other_sides)


def test_a_strike_before_the_days_an_episode_mention_reaches_stays_apart() -> None:
    went_on = mention("m1", "a1", ["2031-03-13", "2031-03-14"], "time_expression+episode:goes-on")
    strike = mention("m2", "a2", ["2031-03-11", "2031-03-11"], "time_expression")
    assert dates_contradict(went_on, strike)
    first_day = mention("m3", "a3", ["2031-03-13", "2031-03-13"], "time_expression")
    assert not dates_contradict(went_on, first_day)


def test_planned_fighting_is_no_episode_pair() -> None:
    began = mention("m1", "a1", ["2031-03-13", "2031-03-16"], "time_expression+episode:began")
    warned = mention("m2", "a2", ["2031-03-14", "2031-03-20"], "tense:planned+episode:goes-on")
    warned.data["modality"] = "planned"
    assert not episode_pair(began, warned)


COUNTRIES = {"Ruritania": "RUR", "Ruritanian": "RUR", "Borduvia": "BOR", "Borduvian": "BOR",
             "Sylvania": "SYL", "Sylvanian": "SYL", "Rurton": "RUR"}


def country_cue(word: str) -> tuple[str, str | None, str] | None:
    if word == "Rurton":
        return ("RUR", "GOV", "capital")
    code = COUNTRIES.get(word)
    return (code, None, "name" if word.endswith("ia") else "demonym") if code else None


def sides(text: str, trigger: str) -> list[str] | None:
    at = text.index(trigger)
    found = episode_sides(text, at, at + len(trigger), country_cue)
    return found[0] if found else None


def test_the_clause_names_the_two_sides() -> None:
    assert sides("Ruritanian-Borduvian fighting spread to the coast on Saturday.",
                 "fighting") == ["BOR", "RUR"]
    assert sides("Heavy fighting erupted along the Ruritania–Borduvia border on Thursday.",
                 "fighting") == ["BOR", "RUR"]
    assert sides("Clashes between Ruritanian and Borduvian troops continued on Friday.",
                 "Clashes") == ["BOR", "RUR"]
    assert sides("Fighting between Ruritania and Borduvia entered a third day.",
                 "Fighting") == ["BOR", "RUR"]


def test_a_pair_of_another_noun_or_a_capital_is_no_side() -> None:
    assert sides("Clashes continued near the pass as Ruritanian-Sylvanian talks stalled.",
                 "Clashes") is None
    assert sides("Fighting continued on Friday, Rurton-Borduvia flights were cancelled.",
                 "Fighting") is None
    assert sides("The shelling and fighting went on into the night.", "fighting") is None


def together(text: str, trigger: str, before: str = "") -> list[str] | None:
    at = text.index(trigger)
    found = both_sides(text, at, at + len(trigger), before, country_cue)
    return found[0] if found else None


def test_sides_referred_to_together_take_the_two_countries_named() -> None:
    assert together("Ruritanian and Borduvian troops clashed along their border on Friday.",
                    "clashed") == ["BOR", "RUR"]
    blame = "Ruritania and Borduvia traded blame over the shelling of a temple."
    assert together("Fighting continued along their shared border on Friday.", "Fighting",
                    blame) == ["BOR", "RUR"]
    assert together("Fighting between the two countries entered a third day.", "Fighting",
                    blame) == ["BOR", "RUR"]
    assert together("Both sides said the clashes continued, Ruritania said.", "clashes",
                    blame) == ["BOR", "RUR"]
    assert together("Clashes between the neighbours spread to the coast.", "Clashes",
                    blame) == ["BOR", "RUR"]


def test_no_pair_without_a_reference_or_with_a_third_country() -> None:
    blame = "Ruritania and Borduvia traded blame over the shelling of a temple."
    assert together("Fighting continued on Friday.", "Fighting", blame) is None
    assert together("Fighting continued along their border, Sylvania said.", "Fighting",
                    blame) is None  # a third country
    assert together("Fighting continued along their border.", "Fighting",
                    "Ruritania closed its airspace.") is None  # one country only
    assert together("Fighting continued on Friday as the two countries held talks in Sylvania.",
                    "Fighting", blame) is None  # three countries in the sentence
    assert together("Fighting continued at the pass. Both sides blamed the rains.",
                    "Fighting", blame) is None  # the reference is in another clause


def test_a_counted_episode_that_began_on_a_date_runs_forward() -> None:
    got = ranged("Three days of clashes that started on 9 March killed 43 people.",
                 "clashes", ["2031-03-09", "2031-03-09"], "date_claim")
    assert got["range"] == ["2031-03-09", "2031-03-11"]
    assert got["from"] == "date_claim+episode:days-from"


def test_the_sides_a_clause_names_pair_episode_mentions() -> None:
    named = mention("m1", "a1", ["2031-03-13", "2031-03-16"], "time_expression+episode:began",
                    source="", target="")
    named.data["attributes"] = {"episode_sides": {"countries": ["BOR", "RUR"]}}
    went_on = mention("m2", "a2", ["2031-03-14", "2031-03-15"],
                      "time_expression+episode:goes-on", source="BOR", target="RUR")
    assert episode_pair(named, went_on)
    third = mention("m3", "a3", ["2031-03-14", "2031-03-15"],
                    "time_expression+episode:goes-on", source="SYL", target="BOR")
    assert not episode_pair(named, third)


class Tok:
    def __init__(self, text: str, dep: str, pos: str = "NOUN") -> None:
        self.text, self.dep_, self.pos_, self.head = text, dep, pos, self


def clash_event(sentence: str, trigger: str) -> EventMention:
    at = sentence.index(trigger)
    return EventMention(type="ASSAULT", trigger=Span(at, at + len(trigger), trigger),
                        sentence=Span(0, len(sentence), sentence),
                        attributes={"trigger_info": {"lemma": "fighting"}})


def test_an_episode_clash_heading_its_sentence_carries_it() -> None:
    text = "The fighting began on Thursday when troops opened fire on a post."
    fighting, began = Tok("fighting", "nsubj"), Tok("began", "ROOT", "VERB")
    fighting.head = began
    assert leads_its_sentence(clash_event(text, "fighting"), fighting)
    said = Tok("said", "ROOT", "VERB")
    began.dep_, began.head = "ccomp", said  # "..., the army said"
    assert leads_its_sentence(clash_event(text, "fighting"), fighting)
    sub = "Rockets were fired at towns since the fighting began on Thursday."
    began.dep_, began.head = "advcl", Tok("fired", "ROOT", "VERB")
    assert not leads_its_sentence(clash_event(sub, "fighting"), fighting)
    plain = "The fighting near the pass killed two soldiers."
    fighting.head = Tok("killed", "ROOT", "VERB")
    assert not leads_its_sentence(clash_event(plain, "fighting"), fighting)  # no episode cue


def test_a_later_day_of_an_episode_joins_the_record_of_its_first_day() -> None:
    began = mention("m1", "a1", ["2031-03-13", "2031-03-17"], "time_expression+episode:began")
    first_day = mention("m2", "a2", ["2031-03-13", "2031-03-13"], "time_expression",
                        source="BOR", target="RUR")
    went_on = mention("m3", "a3", ["2031-03-16", "2031-03-16"],
                      "time_expression+episode:goes-on")
    assert dates_contradict(went_on, first_day)
    assert episode_covers(went_on, first_day, [began, first_day])
    assert not episode_covers(went_on, first_day, [first_day])  # no episode in the record
    strike = mention("m4", "a4", ["2031-03-16", "2031-03-16"], "time_expression")
    assert not episode_covers(strike, first_day, [began, first_day])  # a one-day strike
    outside = mention("m5", "a5", ["2031-03-11", "2031-03-11"], "time_expression")
    assert not episode_covers(went_on, outside, [began, outside])


def test_a_story_of_a_two_sided_dispute_has_its_two_principal_countries() -> None:
    war = [frozenset({"BOR", "RUR"})] * 4 + [frozenset({"BOR"})] * 3 + \
        [frozenset({"RUR", "SYL"})] * 2 + [frozenset({"SYL"})] + [frozenset()] * 5
    assert two_sided(war) == {"BOR", "RUR"}
    one_and_many = [frozenset({"BOR", c}) for c in ("RUR", "SYL", "TAV", "RUR", "SYL")]
    assert two_sided(one_and_many) == frozenset()  # one country among many partners
    assert two_sided([frozenset({"BOR"})] * 6) == frozenset()
    tied = [frozenset({"BOR", "RUR", "SYL"})] * 3
    assert two_sided(tied) == frozenset()  # no two principal countries


def test_an_unnamed_episode_takes_its_two_sided_story_s_sides() -> None:
    began = mention("m1", "a1", ["2031-03-13", "2031-03-16"], "time_expression+episode:began")
    unnamed = mention("m2", "a2", ["2031-03-14", "2031-03-15"],
                      "time_expression+episode:goes-on", source="", target="")
    elsewhere = mention("m3", "a3", ["2031-03-14", "2031-03-15"],
                        "time_expression+episode:goes-on", source="", target="")
    elsewhere.data["location"] = {"text": "Tavik", "country": "TAV"}
    other_story = mention("m4", "a4", ["2031-03-14", "2031-03-15"],
                          "time_expression+episode:goes-on", source="", target="")
    other_story.story = "s2"
    assert not episode_pair(began, unnamed)  # no story sides known
    token = STORY_SIDES.set(StorySides(known={"s1": frozenset({"BOR", "RUR"})}))
    try:
        assert episode_pair(began, unnamed) and episode_pair(unnamed, began)
        assert not episode_pair(began, elsewhere)  # a third country's place
        assert not episode_pair(began, other_story)  # a story of one side only
        third = mention("m5", "a5", ["2031-03-14", "2031-03-15"],
                        "time_expression+episode:goes-on", source="SYL", target="BOR")
        assert not episode_pair(unnamed, third)
    finally:
        STORY_SIDES.reset(token)


def test_only_a_mention_naming_its_sides_lets_an_unnamed_day_past_a_record_s_dates() -> None:
    first_day = mention("m2", "a2", ["2031-03-13", "2031-03-13"], "time_expression",
                        source="BOR", target="RUR")
    went_on = mention("m3", "a3", ["2031-03-16", "2031-03-16"],
                      "time_expression+episode:goes-on", source="", target="")
    began = mention("m1", "a1", ["2031-03-13", "2031-03-17"], "time_expression+episode:began")
    tally = mention("m4", "a4", ["2031-03-13", "2031-03-18"], "tense:past+episode:days-of",
                    source="", target="")
    token = STORY_SIDES.set(StorySides(known={"s1": frozenset({"BOR", "RUR"})}))
    try:
        assert episode_covers(went_on, first_day, [began, first_day])
        assert not episode_covers(went_on, first_day, [tally, first_day])
    finally:
        STORY_SIDES.reset(token)


BORDURIA = ActorRef("BOR", "Borduria", "BOR", "GOV")
SYLDAVIA = ActorRef("SYL", "Syldavia", "SYL", "GOV")


def border_report(article_id: str, source: ActorRef, target: ActorRef) -> Extraction:
    """One article of a border war: an attack by ``source`` on ``target``."""
    text = (f"{source.name} forces shelled {target.name} positions along the disputed border "
            "near the old hill temple, as the border fighting between the two neighbours "
            "went on and villagers fled the frontier districts.")
    ex = Extraction(article=Article(id=article_id, text=text, title=f"Border war {article_id}",
                                    published="2031-03-14T08:00:00+00:00"))
    t = text.index(target.name)
    ex.events = [EventMention(
        "ASSAULT", Span.of(text, text.index("shelled"), text.index("shelled") + 7),
        Span.of(text, 0, len(text)),
        source=[Participant(0, len(source.name), source.name, source)],
        target=[Participant(t, t + len(target.name), target.name, target)],
        date={"value": "2031-03-14"}, confidence=0.8)]
    return ex


def story_sides_after(store: Store, order: list[tuple[str, ActorRef, ActorRef]]) -> dict:
    ids = [add(store, border_report(a, s, t)) for a, s, t in order]
    for aid in ids:  # one article per update: the pair must not depend on arrival order
        fuse.update(store, [aid])
    (story,) = queries.list_stories(store)
    with store.engine.connect() as conn:
        return load_story_sides(conn, {story["id"]})


def test_a_border_war_story_s_sides_are_its_two_countries_whatever_the_order(
        tmp_path: Path) -> None:
    reports = [("a1", BORDURIA, SYLDAVIA), ("a2", SYLDAVIA, BORDURIA),
               ("a3", BORDURIA, SYLDAVIA)]
    one = Store(str(tmp_path / "one.db"))
    two = Store(str(tmp_path / "two.db"))
    try:
        first = story_sides_after(one, reports)
        second = story_sides_after(two, reports[::-1])
    finally:
        one.close()
        two.close()
    assert list(first.values()) == [frozenset({"BOR", "SYL"})]
    assert list(second.values()) == list(first.values())
