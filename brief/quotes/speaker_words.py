"""Generic English words that say who speaks: role nouns (a person, an organisation, a
group, a document), titles written before a name, words that make a name an
organisation's, and capitalised words that are no names.

Nothing here names a particular person, organisation or story: common nouns of news
reporting and closed classes.
"""

from __future__ import annotations

from brief.quotes.lexicon import DAYS, MONTHS, word_list

_w = word_list

#: Roles that speak for an organisation: "a <Org> spokesperson" -> <Org>.
SPOKES_NOUNS = frozenset(
    _w(
        "rep representative representatives spokes spokesman spokespeople spokesperson "
        "spokespersons spokeswoman"
    )
)

#: Nouns naming an organisation or an institution.
ORG_NOUNS = frozenset(
    _w(
        "administration agency airline alliance app army association authority bank bank's board "
        "body broadcaster bureau cabinet campaign carrier center centre channel charity city club "
        "coalition college commission committee company conglomerate congress corporation council "
        "county court department developer directorate district division embassy exchange "
        "federation firm force forces foundation fund giant government group hospital industry "
        "inspectorate institute insurer kremlin lab laboratory league legislature lender maker "
        "manufacturer messenger military ministry municipality network newspaper office operator "
        "organisation organization outlet owner panel parliament party plant platform police press "
        "prosecutor's provider province publisher regime regulator retailer school secretariat "
        "sector senate service society startup state station store subsidiary team trust union "
        "union's unit university utility watchdog"
    )
)

#: Nouns naming a person by role.
PERSON_NOUNS = frozenset(
    _w(
        "nominee challenger incumbent frontrunner contender staffer defender ally backer "
        "rival detractor donor fundraiser surrogate operative pundit blogger moderator "
        "panelist lobbyist speaker whip councilman councilwoman trustee regent provost "
        "forecaster announcer narrator presenter chef designer architect developer "
        "homeowner landlord tenant shopkeeper vendor merchant consumer patient parent "
        "relative colleague spouse partner fan voter dad mom mum grandmother grandfather "
        "someone somebody everyone everybody nobody "
        "attendee customer delegate environmentalist investigator "
        "opponent participant planner protester protestor rescuer respondent supporter user "
        "villager guard professional "
        "grandson granddaughter fiance fiancee girlfriend boyfriend cousin nephew niece "
        "widow widower kid child teen teenager "
        "accountant activist actor actress administrator adviser advisor advocate agent aide "
        "aides ambassador analyst anchor artist athlete attaché attorney auditor aunt author "
        "banker barrister bishop boy broker brother businessman businesswoman caddie campaigner "
        "candidate captain cardinal cartoonist ceo cfo chair chairman chairperson chairwoman "
        "chancellor chief chief's citizen clerk co-founder coach columnist commander commentator "
        "commissioner comptroller constable consultant controller coordinator councillor "
        "councilor counsel critic cto daughter dean deputy detective diplomat director doctor "
        "driver economist editor employee engineer entrepreneur envoy epidemiologist executive "
        "expert farmer father firefighter founder friend general girl governor head historian "
        "host husband imam insider inspector investor journalist judge justice lawmaker lawyer "
        "leader lecturer legislator man manager marshal mayor mediator medic member minister "
        "mother mp musician negotiator neighbor neighbour nurse officer official operator "
        "organiser organizer owner paramedic parent partner pastor person physician pilot player "
        "politician pollster pope premier premier's president president's priest principal "
        "professor prosecutor psychiatrist psychologist publisher rabbi rapper reporter "
        "representative researcher resident scholar scientist secretary senator sergeant sheriff "
        "singer sister skipper soldier solicitor son source specialist spokesman spokesperson "
        "spokeswoman star strategist student superintendent supervisor surgeon survivor teacher "
        "trader treasurer trooper uncle veteran vice-president victim wife witness woman worker "
        "writer"
    )
)

#: Plural and collective nouns for groups of people.
#: Collective nouns for people a possessive name may own ("X's family has urged ..."): a
#: group that speaks, never "he" or "she".
KIN_GROUPS = frozenset(("family", "household", "estate", "camp"))
#: Relatives: "the brother of X" or "his sister" is never X nor the one "his" is.
KIN_NOUNS = frozenset(
    _w(
        "brother sister mother father son daughter wife husband widow widower cousin uncle "
        "aunt nephew niece grandson granddaughter grandmother grandfather sibling stepson "
        "stepdaughter stepfather stepmother fiance fiancee"
    )
)
GROUP_NOUNS = frozenset(
    _w(
        "percent per cent majority respondents defenders allies backers rivals detractors "
        "donors aides advisers advisors staffers surrogates "
        "activists administrators advocates agencies aides analysts attendees authorities "
        "campaigners citizens coaches commentators companies conservatives consultants "
        "correspondents councillors councilors countries critics customers delegates democrats "
        "diplomats directors doctors drivers economists employees engineers environmentalists "
        "executives experts families fans farmers firms governments groups historians insiders "
        "investigators journalists judges lawmakers lawyers leaders legislators liberals locals "
        "managers members ministers nations negotiators neighbors neighbours nurses observers "
        "officers officials opponents organisations organisers organizations organizers owners "
        "parents participants people physicians planners players police politicians pollsters "
        "prosecutors protesters protestors regulators reporters representatives republicans "
        "rescuers researchers residents scholars scientists senators sources specialists "
        "spokespeople staff strategists students supporters survivors teachers unions users "
        "victims villagers voters witnesses workers"
    )
)

#: Documents and publications that "say" things ("the report said").
DOCUMENT_NOUNS = frozenset(
    _w(
        "ad advertisement affidavit agreement alert analysis announcement article assessment "
        "audit bill blog brief briefing bulletin clip communique communiqué complaint data "
        "decision declaration document documents e-mail email estimate estimates evaluation "
        "figures filing findings forecast guidance guidelines indictment inquiry investigation "
        "judgement judgment law lawsuit legislation letter memo message minutes motion newsletter "
        "note notice order paper papers petition plan policy poll post probe projections proposal "
        "records release report research review ruling statement story study summary survey "
        "transcript tweet update video warning website"
    )
)

#: Things a name may stand for that never speak: "the X Act, a law that ..." says nothing
#: itself (apps are left out: "the app said" is its company speaking).
THING_NOUNS = frozenset(
    _w(
        "act accord bill device drug law legislation missile product program programme "
        "software treaty vaccine vehicle weapon"
    )
)

ROLE_NOUNS = SPOKES_NOUNS | ORG_NOUNS | PERSON_NOUNS | GROUP_NOUNS | DOCUMENT_NOUNS

#: Titles written before a person's name.
PERSON_TITLES = frozenset(
    _w(
        "adm alderman ambassador assemblyman assemblywoman attorney bishop brother capt cardinal "
        "chancellor chief cmdr coach col commissioner congressman congressmember congresswoman "
        "const constable councillor councilor cpl dame defence defense deputy det detective "
        "doctor dr emir father finance foreign gen general gov governor health imam insp "
        "inspector interior judge justice king lady lord lt maj mayor mep minister miss mla mp "
        "mpp mr mrs ms officer pastor pope premier president prime prince princess prof professor "
        "pvt queen rabbi rep rev secretary sen senator sergeant sgt sheikh sheriff sir sister "
        "sultan supt vice"
    )
)

#: The abbreviated titles of ``PERSON_TITLES`` as a description spells them out: a heading
#: reads "X, senator", not "X, sen" (the article wrote "Sen. X"); initialisms in capitals.
SPELLED_TITLES = {
    **dict.fromkeys(_w("mp mep mla mpp"), ""),  # upper-cased
    "adm": "admiral",
    "capt": "captain",
    "cmdr": "commander",
    "col": "colonel",
    "const": "constable",
    "cpl": "corporal",
    "det": "detective",
    "gen": "general",
    "gov": "governor",
    "insp": "inspector",
    "lt": "lieutenant",
    "maj": "major",
    "prof": "professor",
    "pvt": "private",
    "rep": "representative",
    "rev": "reverend",
    "sen": "senator",
    "sgt": "sergeant",
    "supt": "superintendent",
}

#: Words that, when part of a capitalised name, make it an organisation.
ORG_NAME_WORDS = frozenset(
    _w(
        "administration ag agency agency's airlines airways alliance army assembly association "
        "authority bank board broadcasting bureau cabinet campaign capital center centre church "
        "city club co co. coalition college commission commission's committee communications "
        "companies company congress corp corp. corporation council county court department "
        "division energy enterprises exchange federal federation forces foundation fund global "
        "gmbh government group group's holdings hospital house inc inc. industries institute "
        "institute's international journal kingdom kremlin labs league llc ltd ltd. media "
        "ministry ministry's motors national nations network news nv office organisation "
        "organization parliament partners party pharma pharmaceuticals platforms plc police post "
        "press province radio republic reserve sa school senate service services society states "
        "studio studios systems team technologies technology telecom times tribunal trust tv "
        "union unit "
        "university wireless"
    )
)

#: Capitalised words that are not names (sentence openers, function words, calendar).
NOT_NAMES = (
    frozenset(
        _w(
            "a about according after all also although an and another any as at because before "
            "between both but by despite dr during each every first for from further furthermore "
            "he hence her here his how however i if in indeed instead into it its last many "
            "meanwhile more moreover most mr mrs ms much my new next no nor not now of on one or "
            "other our over overall prof second she since sir so some still such that the their "
            "then there these they third this those though three thus to today tomorrow two under "
            "we what when where which while who whom why with within without yes yesterday yet "
            "you your sometimes often later earlier recently previously currently otherwise "
            "finally eventually similarly additionally nevertheless nonetheless unfortunately "
            "fortunately perhaps maybe already again only even just especially particularly "
            "instead rather given following amid unlike like including regarding asked "
            "speaking responding referring pointing noting adding citing neither either "
            "elsewhere likewise afterwards"
        )
    )
    | DAYS
    | MONTHS
)

#: Name particles that join capitalised words ("Ludwig van Beethoven").
NAME_PARTICLES = frozenset(_w("al bin da das de del della den der di dos du el ibn la le van von"))
