"""An outlet's report of an act and another outlet's denial of it ("the two sides signed the
accord" against "no accord was signed", "withdrew" against "did not withdraw") are one
occurrence whose happening is disputed; a denial in the claim's own article or outlet, a plan
and its cancellation, and a deed and its reversal on other days stay apart. Invented countries
throughout."""

from __future__ import annotations

from eventwire.fuse import coref
from eventwire.fuse.build import record_type
from eventwire.fuse.conflicts import disputed, event_conflicts, happened_conflicts
from eventwire.fuse.events import (
    actor_denial,
    denial_pair,
    failure_pair,
    groups_compatible,
    link_verdict,
    mark_own_reports,
)
from eventwire.fuse.mentions import Mention, failed_agreement


def mention(mid: str, article: str, outlet: str, modality: str, rng: list[str],
            typ: str = "AGREE", source: str = "RUR", target: str = "BOR",
            sentence: str = "") -> Mention:
    def party(code: str) -> list[dict]:
        return [{"text": code, "actor": {"id": code, "country": code}}] if code else []
    data = {"type": typ, "modality": modality, "source": party(source),
            "target": party(target), "sentence": {"text": sentence, "start": 0,
                                                  "end": len(sentence)},
            "trigger": {"text": "signed", "start": 0, "end": 6}}
    return Mention(id=mid, article=article, root=article, data=data, story="s1",
                   outlet=outlet, when={"range": rng, "from": "time_expression", "span": None})


DAY = ["2031-05-04", "2031-05-04"]


def test_a_report_and_another_outlets_denial_are_one_disputed_occurrence() -> None:
    signed = mention("m1", "a1", "wire.example", "asserted", DAY,
                     sentence="Ruritania and Borduvia signed the accord on Sunday.")
    denied = mention("m2", "a2", "daily.example", "negated", ["2031-05-03", "2031-05-05"],
                     sentence="No accord was signed, a Borduvian official said.")
    assert not denial_pair(signed, denied)  # a stored denial: its article's reports unknown
    mark_own_reports([denied])
    assert denial_pair(signed, denied) and denial_pair(denied, signed)
    verdict, p = link_verdict(denied, signed)
    assert verdict == "denial" and p > 0
    assert groups_compatible([signed], [denied])
    flags = happened_conflicts([denied, signed])
    assert [f["kind"] for f in flags] == ["happened_conflict"]
    assert {v["value"] for v in flags[0]["values"]} == {"happened", "did not happen"}
    assert record_type([denied, signed]) == "AGREE"


def test_withdrawal_denied_by_another_outlet() -> None:
    left = mention("m1", "a1", "wire.example", "asserted", DAY, typ="RETREAT",
                   source="RUR", target="")
    stayed = mention("m2", "a2", "daily.example", "negated", DAY, typ="RETREAT",
                     source="RUR", target="BOR")
    mark_own_reports([stayed])
    assert denial_pair(left, stayed) and disputed([left, stayed])


def test_a_denial_in_the_claims_own_article_or_outlet_is_no_conflict() -> None:
    signed = mention("m1", "a1", "wire.example", "asserted", DAY)
    same_article = mention("m2", "a1", "wire.example", "negated", DAY)
    assert not denial_pair(signed, same_article)
    assert link_verdict(signed, same_article)[0] == "negation"
    same_outlet = mention("m3", "a3", "wire.example", "negated", DAY)
    mark_own_reports([same_outlet])
    assert not denial_pair(signed, same_outlet)
    other = mention("m4", "a4", "daily.example", "asserted", DAY)
    assert not happened_conflicts([signed, same_article, other])


def test_a_reversal_on_other_days_a_plan_and_other_parties_stay_apart() -> None:
    signed = mention("m1", "a1", "wire.example", "asserted", DAY)
    later = mention("m2", "a2", "daily.example", "negated", ["2031-05-12", "2031-05-12"])
    assert not denial_pair(signed, later)
    planned = mention("m3", "a3", "daily.example", "planned", DAY)
    called_off = mention("m4", "a4", "post.example", "negated", DAY)
    assert not denial_pair(planned, called_off)
    others = mention("m5", "a5", "daily.example", "negated", DAY, source="SYL", target="")
    assert not denial_pair(signed, others)
    other_act = mention("m6", "a6", "daily.example", "negated", DAY, typ="RETREAT")
    mark_own_reports([later, called_off, others, other_act])
    assert not denial_pair(signed, other_act)
    vague = mention("m7", "a7", "daily.example", "negated", ["2031-04-01", "2031-05-30"])
    mark_own_reports([vague])
    assert not denial_pair(signed, vague)


def test_a_negation_beside_its_articles_own_report_denies_nothing() -> None:
    left = mention("m1", "a1", "wire.example", "asserted", DAY, typ="RETREAT")
    failed = mention("m2", "a2", "daily.example", "negated", DAY, typ="RETREAT")
    pulled = mention("m3", "a2", "daily.example", "asserted", DAY, typ="RETREAT")
    mark_own_reports([failed])
    assert denial_pair(left, failed)
    mark_own_reports([failed, pulled])
    assert not denial_pair(left, failed)


def test_another_partys_act_in_the_denials_article_does_not_count() -> None:
    agreed = mention("m1", "a1", "wire.example", "asserted", DAY, source="BOR", target="")
    refused = mention("m2", "a2", "daily.example", "negated", DAY, source="BOR", target="")
    others = mention("m3", "a2", "daily.example", "asserted", DAY, source="SYL", target="RUR")
    mark_own_reports([refused, others])
    assert denial_pair(agreed, refused)
    same_party = mention("m4", "a2", "daily.example", "asserted", DAY, source="BOR", target="")
    mark_own_reports([refused, others, same_party])
    assert not denial_pair(agreed, refused)


def test_a_record_takes_the_type_most_articles_report() -> None:
    refused = mention("m1", "a1", "wire.example", "asserted", DAY, typ="REJECT")
    handed = [mention(f"m{i}", f"a{i}", f"outlet{i}.example", "asserted", DAY, typ="RETREAT")
              for i in (2, 3, 4)]
    assert record_type([refused, *handed]) == "RETREAT"
    assert record_type([refused, handed[0]]) == "REJECT"  # a tie keeps the first mention's
    same_article = mention("m5", "a1", "wire.example", "asserted", DAY, typ="RETREAT")
    assert record_type([refused, same_article]) == "REJECT"

def act(mid: str, article: str, outlet: str, typ: str, source: str, trigger: str,
        sentence: str) -> Mention:
    """An asserted mention whose trigger is ``trigger`` within ``sentence``."""
    m = mention(mid, article, outlet, "asserted", DAY, typ=typ, source=source, target="",
                sentence=sentence)
    at = sentence.index(trigger)
    m.data["trigger"] = {"text": trigger, "start": at, "end": at + len(trigger)}
    return m


def test_an_actors_denial_of_the_act_another_outlet_reports_is_a_dispute() -> None:
    fired = act("m1", "a1", "wire.example", "ASSAULT", "BOR", "fired rockets into",
                "Bordurian forces fired rockets into the Varo province on Sunday.")
    denied = act("m2", "a2", "daily.example", "REJECT", "BOR", "denied",
                 "Borduria denied firing rockets into Ruritania on Sunday, a spokeswoman said.")
    (found,) = event_conflicts([fired, denied], [])
    assert found["kind"] == "happened_conflict"
    assert {v["value"]: v["articles"] for v in found["values"]} == \
        {"happened": ["a1"], "denied": ["a2"]}
    rejected = act("m3", "a3", "post.example", "REJECT", "BOR", "rejected",
                   "Borduria rejected accusations that its forces had fired on the villages.")
    assert [f["kind"] for f in event_conflicts([fired, rejected], [])] == ["happened_conflict"]
    no_part = act("m4", "a4", "post.example", "REJECT", "BOR", "denied",
                  "Borduria denied responsibility for the rocket attack on the province.")
    assert [f["kind"] for f in event_conflicts([fired, no_part], [])] == ["happened_conflict"]


def test_a_denial_of_another_act_by_another_side_or_in_a_balanced_account_is_none() -> None:
    fired = act("m1", "a1", "wire.example", "ASSAULT", "BOR", "fired",
                "Bordurian forces fired rockets into the Varo province on Sunday.")
    mines = act("m2", "a2", "daily.example", "REJECT", "BOR", "denied",
                "Borduria denied planting new mines along the border on Sunday.")
    other_side = act("m3", "a3", "daily.example", "REJECT", "RUR", "denied",
                     "Ruritania denied firing artillery at the villages on Sunday.")
    proposal = act("m4", "a4", "post.example", "REJECT", "BOR", "rejected",
                   "Borduria rejected a proposal to stop firing along the border.")
    others_part = act("m7", "a7", "daily.example", "REJECT", "RUR", "denied",
                      "Ruritania denied any involvement in the shelling of the villages.")
    for other in (mines, other_side, proposal, others_part):
        assert event_conflicts([fired, other], []) == []
    balanced = act("m5", "a5", "daily.example", "REJECT", "BOR", "denied",
                   "Borduria denied firing them.")
    also_fired = act("m6", "a5", "daily.example", "ASSAULT", "BOR", "fired",
                     "Bordurian forces fired rockets, the Ruritanian army said.")
    assert event_conflicts([fired, balanced, also_fired], []) == []


def test_a_clause_denial_matches_any_word_of_the_reports_trigger() -> None:
    opened = act("m1", "a1", "wire.example", "ASSAULT", "BOR", "opened fire",
                 "Bordurian troops opened fire on Ruritanian guards at the crossing on Sunday.")
    first = act("m2", "a2", "daily.example", "REJECT", "BOR", "denied",
                "Borduria denied that its troops fired first at the crossing.")
    bare = act("m3", "a3", "post.example", "REJECT", "BOR", "denied",
               "The Bordurian ministry denied its soldiers had opened fire at the crossing.")
    for denial in (first, bare):
        (found,) = event_conflicts([opened, denial], [])
        assert found["kind"] == "happened_conflict"
    rocks = act("m4", "a4", "post.example", "REJECT", "BOR", "denied",
                "Borduria denied that its troops threw stones into the crossing.")
    assert event_conflicts([opened, rocks], []) == []  # "into" is no word of the act


def test_an_actors_denial_links_to_the_report_it_denies_whatever_its_date() -> None:
    rammed = act("m1", "a1", "wire.example", "ASSAULT", "BOR", "rammed",
                 "Bordurian patrol ships rammed a Ruritanian fishing boat on Sunday.")
    denial = act("m2", "a2", "daily.example", "REJECT", "BOR", "denied",
                 "The Bordurian navy denied that its ships rammed the boat.")
    denial.when = {"range": ["2031-04-28", "2031-05-04"], "from": "tense:past", "span": None}
    assert actor_denial(denial, rammed) and not actor_denial(rammed, denial)
    verdict, p = link_verdict(denial, rammed)
    assert verdict == "denied" and p >= coref.threshold()
    no_part = act("m3", "a3", "post.example", "REJECT", "BOR", "denied",
                  "Borduria denied any involvement in the incident.")
    assert actor_denial(no_part, rammed)
    other_side = act("m4", "a4", "post.example", "REJECT", "RUR", "denied",
                     "Ruritania denied that its ships rammed the boat.")
    other_act = act("m5", "a5", "post.example", "REJECT", "BOR", "denied",
                    "Borduria denied that its ships fired on the boat.")
    same_outlet = act("m6", "a6", "wire.example", "REJECT", "BOR", "denied",
                      "Borduria denied that its ships rammed the boat.")
    later = act("m7", "a7", "post.example", "REJECT", "BOR", "denied",
                "Borduria denied that its ships rammed the boat.")
    later.when = {"range": ["2031-05-20", "2031-05-20"], "from": "time_expression", "span": None}
    for other in (other_side, other_act, same_outlet, later):
        assert not actor_denial(other, rammed)


def test_the_denied_words_end_at_the_clause_and_skip_the_acts_object() -> None:
    answered = act("m1", "a1", "wire.example", "THREATEN", "BOR", "respond",
                   "Borduria vowed to respond with force if attacked.")
    relative = act("m2", "a2", "daily.example", "REJECT", "BOR", "denied",
                   "Borduria, which denied that it had laid mines, had not responded by evening.")
    assert event_conflicts([answered, relative], []) == []
    truce = act("m3", "a3", "wire.example", "RETREAT", "BOR", "ceasefire",
                "The ceasefire between Borduria and Ruritania took effect at midnight.")
    breach = act("m4", "a4", "daily.example", "REJECT", "BOR", "rejected",
                 "Borduria rejected accusations that its forces had violated the ceasefire.")
    assert event_conflicts([truce, breach], []) == []
    violated = act("m5", "a5", "post.example", "ACCUSE", "BOR", "violated",
                   "Bordurian forces violated the ceasefire overnight.")
    assert [f["kind"] for f in event_conflicts([violated, breach], [])] == ["happened_conflict"]


def told(mid: str, article: str, outlet: str, sentence: str, trigger: str, typ: str,
         rng: list[str] = DAY) -> Mention:
    """A mention whose trigger is the first occurrence of ``trigger`` in ``sentence``."""
    m = mention(mid, article, outlet, "asserted", rng, typ=typ, sentence=sentence)
    at = sentence.index(trigger)
    m.data["trigger"] = {"text": trigger, "start": at, "end": at + len(trigger)}
    return m


def test_an_agreement_its_parties_failed_to_reach_is_told_as_not_happened() -> None:
    for sentence, trigger in (
            ("Ruritanian and Borduvian officials failed to agree on a truce on Sunday.", "agree"),
            ("The two governments failed to reach a deal on Sunday, officials said.", "deal"),
            ("Negotiators from both sides have failed to conclude an accord.", "accord")):
        failed = told("m2", "a2", "daily.example", sentence, trigger, "REJECT")
        assert failed_agreement(failed), sentence
    for sentence, trigger, typ in (
            ("Borduvia rejected the truce proposal on Sunday.", "rejected", "REJECT"),
            ("Borduvia refused to agree to a joint patrol.", "agree", "REJECT"),
            ("Ruritania and Borduvia failed to agree on a truce.", "agree", "AGREE")):
        assert not failed_agreement(told("m2", "a2", "daily.example", sentence, trigger, typ))


def test_an_agreement_and_another_outlets_failure_to_reach_it_are_one_disputed_record() -> None:
    agreed = told("m1", "a1", "wire.example", "Ruritania and Borduvia agreed a truce on Sunday.",
                  "agreed", "AGREE")
    failed = told("m2", "a2", "daily.example",
                  "Borduvian and Ruritanian officials failed to agree on a truce on Sunday.",
                  "agree", "REJECT", rng=["2031-04-28", "2031-05-04"])
    assert failure_pair(agreed, failed) and failure_pair(failed, agreed)
    assert link_verdict(failed, agreed) == ("failure", coref.threshold())
    assert groups_compatible([agreed], [failed])
    flags = happened_conflicts([failed, agreed])
    assert [f["kind"] for f in flags] == ["happened_conflict"]
    assert {v["value"] for v in flags[0]["values"]} == {"happened", "did not happen"}
    assert record_type([agreed, failed]) == "AGREE"


def test_a_failure_from_the_same_outlet_or_on_another_day_is_no_dispute() -> None:
    agreed = told("m1", "a1", "wire.example", "Ruritania and Borduvia agreed a truce on Sunday.",
                  "agreed", "AGREE")
    sentence = "Ruritania and Borduvia failed to agree on a truce, officials said."
    same_outlet = told("m2", "a2", "wire.example", sentence, "agree", "REJECT")
    assert not failure_pair(agreed, same_outlet)
    assert link_verdict(agreed, same_outlet)[0] == "types"
    assert not happened_conflicts([agreed, same_outlet])
    later = told("m3", "a3", "daily.example", sentence, "agree", "REJECT",
                 rng=["2031-05-20", "2031-05-20"])
    assert not failure_pair(agreed, later)
    elsewhere = told("m4", "a4", "daily.example", sentence, "agree", "REJECT")
    elsewhere.data["source"] = [{"text": "KAT", "actor": {"id": "KAT", "country": "KAT"}}]
    elsewhere.data["target"] = [{"text": "VEL", "actor": {"id": "VEL", "country": "VEL"}}]
    assert not failure_pair(agreed, elsewhere)


def test_a_failed_agreement_merged_with_another_act_is_no_dispute() -> None:
    fought = told("m1", "a1", "wire.example", "Ruritanian troops shelled Borduvian posts on Sunday.",
                  "shelled", "ASSAULT")
    failed = told("m2", "a2", "daily.example",
                  "Ruritania and Borduvia failed to agree on a truce on Sunday.", "agree", "REJECT")
    assert not happened_conflicts([fought, failed])


def test_a_truce_told_as_the_halt_and_a_failure_to_agree_on_it_are_disputed() -> None:
    halted = told("m1", "a1", "wire.example",
                  "Ruritania and Borduvia reached an agreement on a truce on Sunday.", "truce",
                  "RETREAT")
    halted.data["mode"] = "ceasefire"
    failed = told("m2", "a2", "daily.example",
                  "Ruritania and Borduvia failed to agree on a truce on Sunday.", "agree", "REJECT")
    assert failure_pair(halted, failed)
    assert [f["kind"] for f in happened_conflicts([halted, failed])] == ["happened_conflict"]
    withdrew = told("m3", "a3", "wire.example", "Ruritanian troops withdrew on Sunday.",
                    "withdrew", "RETREAT")
    assert not failure_pair(withdrew, failed)
