"""English phrases that undo an apology, as implementation engineers write them when they feel
defensive, each with a plainer wording. Matching ignores case and spacing, and takes whole words
only ("but you also" is found, "debut you also" is not)."""

from __future__ import annotations

from desktop.domain.tone_kinds import (
    BLAMING,
    COLD,
    CONDITIONAL,
    DEFENSIVE,
    HEDGING,
    INTERNAL,
    LECTURING,
    MINIMISING,
    OVER_PROMISING,
    PASSIVE,
    RELATIVE_DAY,
)
from desktop.domain.tone_kinds import PhraseRule as R

RECAP = "To recap: …"
WALK = "We will walk you through the steps."
FIND = "We will find the cause with you and put our part right."
HELP = "We will help you solve it."
BY_DATE = "We will … by …"
CHECKED = "We have verified that …"
KEPT = "We have … and will check it again on …"
SORRY = "We are sorry that we …"

EN_PHRASES: tuple[R, ...] = (
    # a day that moves
    R("tomorrow", RELATIVE_DAY, "", ("the day after tomorrow",)),
    # written for colleagues: the reader called "the customer"
    R(
        "the customer",
        INTERNAL,
        "you",
        ("the client",),
        not_before=(" service", " support", "s'", "'s customers", " portal", " number"),
    ),
    # blaming
    R("but you also", BLAMING, "We will also help your team with …"),
    R("unfortunately you", BLAMING, SORRY),
    R("you should have", BLAMING, "Next time we will remind you to …", ("you ought to have",)),
    R("you failed to", BLAMING, "The step … was missed, and our guidance did not prevent it."),
    R(
        "you did not follow",
        BLAMING,
        "Our instructions for … were not clear enough.",
        ("you didn't follow",),
    ),
    R(
        "your staff failed",
        BLAMING,
        "The system let … happen.",
        ("your staff did not", "your team failed"),
    ),
    R("your fault", BLAMING, FIND, ("your mistake", "your error")),
    R("caused by your", BLAMING, "The cause was …", ("due to your error",)),
    R("on your end", BLAMING, "in the set-up we share"),
    R("user error", BLAMING, "The steps we documented were not clear enough.", ("operator error",)),
    R(
        "you misunderstood",
        BLAMING,
        "We did not explain it clearly.",
        ("you have misunderstood", "you misread"),
    ),
    R("if you had", BLAMING, "To prevent this, we will …", ("had you",)),
    R("you were supposed to", BLAMING, "", ("you were expected to",)),
    R(
        "you asked for this",
        BLAMING,
        "We did not warn you what this change would do.",
        ("you requested this",),
    ),
    # lecturing
    R(
        "as per my last email",
        LECTURING,
        RECAP,
        ("as per my previous email", "as per our last email"),
    ),
    R(
        "as we told you",
        LECTURING,
        "",
        ("as you were told", "as we have told you", "we already told you"),
    ),
    R("as previously stated", LECTURING, RECAP, ("as previously mentioned", "as mentioned before")),
    R("as we explained", LECTURING, RECAP, ("as we have explained", "as explained before")),
    R(
        "you need to",
        LECTURING,
        "Could you …? We will help.",
        ("you will need to",),
        not_after=("if ", "when ", "whenever ", "everything ", "all "),
    ),
    R(
        "you must",
        LECTURING,
        "Please …; we will help you do it.",
        not_before=(" have been", " be "),
    ),
    R("you have to", LECTURING, "Please …; we will help you do it."),
    R(
        "read the manual",
        LECTURING,
        WALK,
        ("please refer to the manual", "rtfm", "read the documentation"),
    ),
    R("as stated in the manual", LECTURING, WALK, ("as described in the documentation",)),
    R("obviously", LECTURING, "", ("it is obvious",)),
    R("you should know", LECTURING, "", ("you should be aware",)),
    R("everyone knows", LECTURING, "", ("it is common knowledge",)),
    # defensive
    R("not our fault", DEFENSIVE, FIND, ("no fault of ours",)),
    R(
        "works as designed",
        DEFENSIVE,
        "It did not work the way you needed, and we will …",
        ("working as designed", "works as intended", "working as intended", "by design"),
    ),
    R(
        "it is not our responsibility",
        DEFENSIVE,
        HELP,
        ("not our responsibility", "not our problem"),
    ),
    R(
        "we are not responsible",
        DEFENSIVE,
        HELP,
        ("we cannot be held responsible", "we can't be held responsible"),
    ),
    R("nothing wrong with", DEFENSIVE, "We are checking every part, ours included."),
    R("to be fair", DEFENSIVE, ""),
    R(
        "we did our best",
        DEFENSIVE,
        "We fell short; next we will …",
        ("we have done our best", "we did everything we could", "we did all we could"),
    ),
    R(
        "beyond our control",
        DEFENSIVE,
        "The cause was …; what we are doing about it is …",
        ("out of our control", "outside our control"),
    ),
    R(
        "outside our scope",
        DEFENSIVE,
        "We will help with this too.",
        ("out of scope", "outside the scope"),
    ),
    R("in our defence", DEFENSIVE, "", ("in our defense",)),
    R("technically", DEFENSIVE, ""),
    R("with all due respect", DEFENSIVE, ""),
    R("it is what it is", DEFENSIVE, ""),
    R(
        "works fine on our side",
        DEFENSIVE,
        "We will reproduce it in your environment and fix it.",
        ("works on our end", "works for us", "works on my machine"),
    ),
    R(
        "the system is working correctly",
        DEFENSIVE,
        "We are checking the system again.",
        ("the system works correctly", "the software is working fine"),
    ),
    R(
        "we followed the requirements",
        DEFENSIVE,
        "We did not confirm the requirements clearly enough.",
        ("as specified in the requirements",),
    ),
    R("force majeure", DEFENSIVE, "The cause was …"),
    # hedging
    R(
        "we will try to",
        HEDGING,
        BY_DATE,
        ("we'll try to", "we will try our best", "we will do our best"),
    ),
    R("hopefully", HEDGING, BY_DATE),
    R("we hope to", HEDGING, BY_DATE),
    R("as soon as possible", HEDGING, "by <date>", ("asap", "at the earliest opportunity")),
    R("in theory", HEDGING, CHECKED, ("theoretically",)),
    R("should be fine", HEDGING, CHECKED, ("should work", "should be ok", "should be resolved")),
    R("probably", HEDGING, CHECKED),
    R("maybe", HEDGING, CHECKED, ("perhaps",)),
    R("this might", HEDGING, CHECKED, ("it might", "we might")),
    R(
        "look into it",
        HEDGING,
        "We will find the cause and tell you by …",
        ("looking into it", "look into this"),
    ),
    R(
        "in due course",
        HEDGING,
        "by <date>",
        ("at some point", "at a later date", "in the near future"),
    ),
    R(
        "kind of",
        HEDGING,
        "",
        ("sort of",),
        not_after=("this ", "that ", "the ", "a ", "any ", "what ", "which ", "same ", "every "),
    ),
    R("we aim to", HEDGING, "We will", ("we endeavour to", "we endeavor to")),
    R("we will consider", HEDGING, BY_DATE, ("we'll consider", "we may consider")),
    R("if possible", HEDGING, "by <date>", ("where possible", "when possible")),
    R("we cannot promise", HEDGING, BY_DATE, ("we can't promise", "no promises")),
    # minimising
    R(
        "minor issue",
        MINIMISING,
        "this problem",
        ("minor problem", "small issue", "small problem", "slight issue"),
    ),
    R("only a few", MINIMISING, "… records", ("just a few", "only a small")),
    R("not a big deal", MINIMISING, "", ("no big deal",)),
    R("isolated incident", MINIMISING, "this problem", ("isolated case", "rare case")),
    R("edge case", MINIMISING, "this case", ("corner case",)),
    R("nothing serious", MINIMISING, ""),
    R("hiccup", MINIMISING, "failure", ("glitch",)),
    R(
        "slight inconvenience",
        MINIMISING,
        "the disruption",
        ("minor inconvenience", "temporary inconvenience", "a little inconvenience"),
    ),
    R("it only affected", MINIMISING, "It affected …", ("only affected",)),
    R(
        "everything else works",
        MINIMISING,
        "",
        ("everything else is working", "the rest works fine"),
    ),
    R("normally", MINIMISING, "This time …", ("usually", "under normal circumstances")),
    # conditional apology
    R(
        "we apologise if",
        CONDITIONAL,
        "We apologise for …",
        ("we apologize if", "apologies if", "our apologies if"),
    ),
    R("sorry if", CONDITIONAL, SORRY, ("we are sorry if", "i'm sorry if")),
    R(
        "sorry you feel",
        CONDITIONAL,
        SORRY,
        ("sorry that you feel", "sorry you felt", "sorry you were upset"),
    ),
    R("if you were offended", CONDITIONAL, SORRY, ("if anyone was offended", "if this upset you")),
    R(
        "we regret any inconvenience",
        CONDITIONAL,
        "We are sorry for the disruption this caused you.",
        ("we regret any",),
    ),
    R(
        "any inconvenience",
        CONDITIONAL,
        "the disruption",
        not_after=("sorry for ", "apologies for ", "apologise for ", "apologize for ", "regret "),
    ),
    R(
        "sorry for any",
        CONDITIONAL,
        "We are sorry for the …",
        ("apologies for any", "apologise for any", "apologize for any"),
    ),
    R(
        "sorry, but",
        CONDITIONAL,
        "We are sorry.",
        ("sorry but", "we apologise, but", "we apologize, but"),
    ),
    R("may have caused", CONDITIONAL, "caused", ("might have caused",)),
    # cold or jargon
    R(
        "per our policy",
        COLD,
        "What we can do for you is …",
        ("company policy", "our policy states"),
    ),
    R("please be advised", COLD, "", ("be advised that", "kindly note")),
    R(
        "according to the contract",
        COLD,
        "We would like to …",
        ("under the terms of the contract", "per the contract", "as stipulated"),
    ),
    R("pursuant to", COLD, "", ("hereby", "herewith", "aforementioned")),
    R(
        "the ticket has been closed",
        COLD,
        "We have finished the work; if anything is still wrong, please call me.",
        ("we have closed the ticket",),
    ),
    R(
        "submit a ticket",
        COLD,
        "I have logged it for you and will follow it up.",
        ("raise a ticket", "open a ticket", "log a ticket"),
    ),
    R("root cause analysis", COLD, "what caused it", ("rca",)),
    R("hotfix", COLD, "a quick fix", ("hot fix",)),
    R("rollback", COLD, "a return to the previous version", ("rolled back", "roll back")),
    R("regression", COLD, "a fault the update brought back"),
    R("null pointer", COLD, "a fault in our program"),
    R("stack trace", COLD, "the error details"),
    R("race condition", COLD, "a timing fault in our program"),
    R("memory leak", COLD, "a fault that made the program use more and more memory"),
    R("deadlock", COLD, "a fault that made the program stop responding"),
    R("we regret to inform you", COLD, "I am sorry to tell you"),
    R("going forward", COLD, "From now on", ("at this point in time",)),
    R("duly noted", COLD, "Thank you for telling us."),
    R("as a valued customer", COLD, ""),
    R("for your information", COLD, "", ("fyi",)),
    # passive evasion
    R("mistakes were made", PASSIVE, "We made a mistake: …", ("errors were made",)),
    R("an error occurred", PASSIVE, "Our … failed", ("an error has occurred", "errors occurred")),
    R(
        "an issue occurred",
        PASSIVE,
        "We …",
        (
            "issues occurred",
            "an issue was encountered",
            "issues were encountered",
            "an issue arose",
        ),
    ),
    R("something went wrong", PASSIVE, "We …"),
    R(
        "there was a problem",
        PASSIVE,
        "We …",
        ("there has been a problem", "there were some problems"),
    ),
    R(
        "for technical reasons",
        PASSIVE,
        "because our …",
        ("due to technical reasons", "technical difficulties"),
    ),
    R("data was lost", PASSIVE, "we lost your data", ("data has been lost",)),
    R("it was decided", PASSIVE, "We decided", ("it has been decided",)),
    R("was not communicated", PASSIVE, "We did not tell you", ("were not communicated",)),
    R("unforeseen circumstances", PASSIVE, "because …", ("for reasons beyond",)),
    R(
        "the relevant staff",
        PASSIVE,
        "our engineer …",
        ("relevant personnel", "the responsible party"),
    ),
    # over-promising
    R(
        "this will never happen again",
        OVER_PROMISING,
        KEPT,
        (
            "will never happen again",
            "never happen again",
            "won't happen again",
            "will not happen again",
        ),
    ),
    R("guarantee", OVER_PROMISING, KEPT, ("guaranteed",), not_after=("cannot ", "can't ", "not ")),
    R(
        "one hundred percent",
        OVER_PROMISING,
        "We will check every …",
        ("100 percent", "100 per cent"),
    ),
    R(
        "completely eliminate",
        OVER_PROMISING,
        "greatly reduce … and check it regularly",
        ("eliminate all", "entirely eliminate"),
    ),
    R("rest assured", OVER_PROMISING, "We will check it and confirm by …"),
    R("zero downtime", OVER_PROMISING, "We will …", ("zero defects", "bug-free", "error-free")),
)
