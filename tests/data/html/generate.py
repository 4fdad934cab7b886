"""Write the invented HTML pages of this folder and their expected snippets.

Every outlet, person, place and event here is invented for brief's tests. The pages
are shaped like real news pages (site navigation, breadcrumbs, share bars, related
stories, social pitches, newsletter boxes, comments, footers) around article text that
has list items, ``<br>``-broken prose, tables and CJK prose.

    python tests/data/html/generate.py      # rewrites the pages and expected.jsonl
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

COURIER_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | The Northfield Courier</title>
<meta property="og:site_name" content="The Northfield Courier">
<meta name="author" content="{author}">
<meta property="article:published_time" content="{date}T08:00:00Z">
<script>window.dataLayer = [{{"section": "local"}}];</script>
<style>.nav li {{ display: inline; }}</style>
</head><body>
<header class="site-header">
  <a class="logo" href="/">The Northfield Courier</a>
  <nav class="nav"><ul>
    <li><a href="/local">Local</a></li><li><a href="/business">Business</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li>
    <li><a href="/weather">Weather</a></li><li><a href="/subscribe">Subscribe</a></li>
  </ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/local">Local</a></div>
<main><article class="story">
<h1>{title}</h1>
<p class="byline">By <a href="/staff/{slug}">{author}</a> &middot; {date}</p>
<div class="share-bar"><a href="https://social.example/share">Share</a>
<a href="mailto:?subject=story">Email</a> <a href="#print">Print</a></div>
<div class="story-body">
"""

COURIER_FOOT = """</div>
<p class="social-pitch">Follow @northfieldcourier on Twitter for live updates.</p>
<section class="related"><h3>Related stories</h3><ul>
  <li><a href="/local/asken-levels">Asken river levels: what the gauges say [NEWS]</a></li>
  <li><a href="/local/council-budget">Council budget vote delayed again [NEWS]</a></li>
  <li><a href="/sport/rowing-club">Rowing club cancels spring regatta [SPORT]</a></li>
</ul></section>
</article>
<section class="comments" id="comments"><h3>Comments</h3>
  <div class="comment"><p class="author">riverwatcher</p>
  <p>My cellar has been dry for twenty years and now this. Thanks for the update.</p></div>
  <div class="comment"><p class="author">old_mill_lane</p>
  <p>The council was warned about the culvert in 2019 and did nothing about it.</p></div>
</section>
</main>
<aside class="most-read"><h3>Most read</h3><ol>
  <li><a href="/local/bakery">Brenholt bakery wins regional bread award</a></li>
  <li><a href="/local/tram">Tram extension plans go on display</a></li>
  <li><a href="/business/mill">Old paper mill sold to housing developer</a></li>
</ol></aside>
<footer><p>&copy; 2026 Northfield Courier Media. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li>
<li><a href="/contact">Contact us</a></li></ul></footer>
</body></html>
"""

WIRE_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} - Valley Wire</title>
<meta property="og:site_name" content="Valley Wire">
<meta property="article:published_time" content="{date}">
</head><body>
<div id="top"><a href="/">Valley Wire</a>
<ul class="menu"><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/environment">Environment</a></li><li><a href="/video">Video</a></li></ul></div>
<div class="layout"><div class="main-column">
<article>
<header><h1>{title}</h1><div class="meta">{author} | {date} | 4 min read</div></header>
"""

WIRE_FOOT = """<div class="newsletter-box"><p>Get the Valley Wire morning briefing in your inbox.
<a href="/newsletter">Sign up for our newsletter</a></p></div>
<p class="tips">Email tips to desk@valleywire.example</p>
</article></div>
<div class="sidebar"><h4>Trending</h4><ul>
<li><a href="/news/ferry">[VIDEO] Ferry runs aground near Halden Point</a></li>
<li><a href="/news/wind">[VIDEO] Wind farm approved after long inquiry</a></li>
<li><a href="/news/schools-heat">Heat plan for schools unveiled</a></li></ul></div></div>
<footer>Valley Wire is published by Valley Media Cooperative. Copyright 2026.</footer>
</body></html>
"""


def courier(title: str, author: str, date: str, body: str) -> str:
    slug = author.lower().replace(" ", "-")
    head = COURIER_HEAD.format(title=title, author=author, date=date, slug=slug)
    return head + body + COURIER_FOOT


def wire(title: str, author: str, date: str, body: str) -> str:
    return WIRE_HEAD.format(title=title, author=author, date=date) + body + WIRE_FOOT


COURIER_FURNITURE = [
    "Follow @northfieldcourier on Twitter for live updates.",
    "Asken river levels: what the gauges say [NEWS]",
    "Council budget vote delayed again [NEWS]",
    "Rowing club cancels spring regatta",
    "My cellar has been dry for twenty years and now this.",
    "The council was warned about the culvert in 2019",
    "Brenholt bakery wins regional bread award",
    "Tram extension plans go on display",
    "All rights reserved",
]
WIRE_FURNITURE = [
    "Get the Valley Wire morning briefing in your inbox.",
    "Sign up for our newsletter",
    "Email tips to desk@valleywire.example",
    "Ferry runs aground near Halden Point",
    "Wind farm approved after long inquiry",
    "Heat plan for schools unveiled",
]

PAGES: list[tuple[str, str, list[str], list[str]]] = []

PAGES.append(
    (
        "courier-flood.html",
        courier(
            "Asken bursts its banks as storm lingers over Brenholt",
            "Mara Tollis",
            "2026-03-14",
            """<p>The river Asken burst its banks in the centre of Brenholt early on Saturday,
flooding more than 120 homes after two days of heavy rain, the town council said.</p>
<p>Emergency crews evacuated residents of Quay Street and Mill Row by boat before dawn.
"We had water up to the windowsills within an hour," said Jonas Reel, who runs a
<a href="/local/reel-hardware">hardware shop</a> on the quay.</p>
<p>Mayor Ilse Varga said the town's flood barrier had held on the east bank but that
water came over the old wall near the footbridge. She asked people to stay away from
the river path until engineers had checked it.</p>
<h2>Where to get help</h2>
<p>The council has opened three rest centres:</p>
<ul>
<li>Brenholt Sports Hall, Station Road</li>
<li>St Aldric's Church Hall</li>
<li>Northfield Grammar School gym</li>
</ul>
<p>Forecasters expect the rain to ease on Sunday afternoon, but the river is not
expected to fall below its flood level before Tuesday.</p>
""",
        ),
        [
            "The river Asken burst its banks in the centre of Brenholt early on Saturday",
            "who runs a hardware shop on the quay.",
            "Mayor Ilse Varga said the town's flood barrier had held on the east bank",
            "The council has opened three rest centres:",
            "Brenholt Sports Hall, Station Road",
            "St Aldric's Church Hall",
            "Northfield Grammar School gym",
            "the river is not expected to fall below its flood level before Tuesday.",
        ],
        COURIER_FURNITURE,
    )
)

PAGES.append(
    (
        "courier-bridge.html",
        courier(
            "Footbridge closed while engineers check flood damage",
            "Peter Anwell",
            "2026-03-16",
            """<p>The Asken footbridge in Brenholt will stay closed for at least a week while
engineers inspect the damage left by Saturday's flood, the council said on Monday.</p>
<p>Divers found that one of the bridge's stone piers had lost part of its footing.
Council engineer Ruth Okafor said the bridge was not in danger of collapse but that
it could not carry people until the pier had been assessed.</p>
<p>Pedestrians are asked to follow a signed detour:</p>
<ol>
<li>From Quay Street, walk north along the river path to the rowing club</li>
<li>Cross the river on the Kingsway road bridge</li>
<li>Return south along Tanner's Walk to the market square</li>
</ol>
<p>The detour adds about fifteen minutes to the walk. A shuttle bus will run every
twenty minutes between the station and the market square.</p>
""",
        ),
        [
            "The Asken footbridge in Brenholt will stay closed for at least a week",
            "Council engineer Ruth Okafor said the bridge was not in danger of collapse",
            "From Quay Street, walk north along the river path to the rowing club",
            "Cross the river on the Kingsway road bridge",
            "Return south along Tanner's Walk to the market square",
            "A shuttle bus will run every twenty minutes",
        ],
        COURIER_FURNITURE,
    )
)

PAGES.append(
    (
        "courier-cleanup.html",
        courier(
            "Volunteers answer the call as the water goes down",
            "Mara Tollis",
            "2026-03-17",
            """<p>Hundreds of volunteers turned out on Tuesday to help clear mud and ruined
furniture from homes on Quay Street as the Asken fell back below its banks.</p>
<p>Hannah Brask, 71, has lived on Mill Row for forty years.<br>
She watched from her neighbour's window as the water rose.<br>
"I have never seen it come up so fast," she said. "My whole kitchen is gone."</p>
<p>The scouts brought shovels and wheelbarrows,<br>
the bakery on the square sent bread and soup,<br>
and a removal firm lent two lorries for the day.</p>
<p>The council said skips would be placed at both ends of Quay Street until the end
of the month and that bulky waste would be collected free of charge.</p>
""",
        ),
        [
            "Hundreds of volunteers turned out on Tuesday to help clear mud",
            "Hannah Brask, 71, has lived on Mill Row for forty years.",
            "She watched from her neighbour's window as the water rose.",
            '"I have never seen it come up so fast," she said.',
            "The scouts brought shovels and wheelbarrows,",
            "the bakery on the square sent bread and soup,",
            "and a removal firm lent two lorries for the day.",
            "bulky waste would be collected free of charge.",
        ],
        COURIER_FURNITURE,
    )
)

PAGES.append(
    (
        "wire-flood.html",
        wire(
            "Asken flood: how high the river rose",
            "Tomas Ferreira",
            "2026-03-15",
            """<p>The flood that hit Brenholt on Saturday was the highest the river Asken has
reached since gauges were installed in 1968, figures from the regional water agency
show.</p>
<p>The agency's gauge at the Brenholt footbridge recorded these peaks:</p>
<table>
<tr><th>Year</th><th>Peak level (m)</th><th>Homes flooded</th></tr>
<tr><td>1988</td><td>3.41</td><td>35</td></tr>
<tr><td>2007</td><td>3.78</td><td>64</td></tr>
<tr><td>2026</td><td>4.12</td><td>120</td></tr>
</table>
<p>Hydrologist Selin Marr of Northfield University said the rain that fell on the
upper valley on Thursday and Friday was unusual but not unprecedented. "What has
changed is how fast the water reaches the town," she said.</p>
<p>The agency will publish a full report on the flood within three months.</p>
""",
        ),
        [
            "was the highest the river Asken has reached since gauges were installed in 1968",
            "The agency's gauge at the Brenholt footbridge recorded these peaks:",
            "2007 | 3.78 | 64",
            "2026 | 4.12 | 120",
            "Hydrologist Selin Marr of Northfield University said",
            "The agency will publish a full report on the flood within three months.",
        ],
        WIRE_FURNITURE,
    )
)

PAGES.append(
    (
        "wire-schools.html",
        wire(
            "Four Brenholt schools stay shut after flood",
            "Tomas Ferreira",
            "2026-03-16",
            """<p>Four schools in Brenholt will remain closed on Monday and Tuesday because of
flood damage or blocked roads, the education office said on Sunday evening.</p>
<p>The closed schools are:</p>
<ul>
<li>Quayside Primary</li>
<li>Mill Row Infants</li>
<li>Asken Valley Academy</li>
<li>St Aldric's Primary</li>
</ul>
<p>Pupils of Asken Valley Academy will be taught online from Tuesday. The other
schools will send work home with a letter to parents.</p>
""",
        ),
        [
            "Four schools in Brenholt will remain closed on Monday and Tuesday",
            "Quayside Primary",
            "Mill Row Infants",
            "Asken Valley Academy will be taught online from Tuesday.",
            "St Aldric's Primary",
        ],
        WIRE_FURNITURE,
    )
)

PAGES.append(
    (
        "kita-shimbun-flood.html",
        """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
<title>ブレンホルトで川が氾濫 120戸が浸水 | 北野新報</title>
<meta property="og:site_name" content="北野新報">
</head><body>
<nav><ul><li><a href="/">トップ</a></li><li><a href="/world">国際</a></li>
<li><a href="/economy">経済</a></li><li><a href="/sports">スポーツ</a></li></ul></nav>
<article>
<h1>ブレンホルトで川が氾濫 120戸が浸水</h1>
<p>北部の町ブレンホルトで十四日未明、アスケン川が氾濫し、町の中心部で百二十戸以上が浸水した。町議会が明らかにした。</p>
<p>救助隊は夜明け前にボートで住民を避難させた。けが人は報告されていない。</p>
<p>ヴァルガ町長は「東岸の堤防は持ちこたえたが、歩道橋付近の古い壁を水が越えた」と述べた。町長は住民に対し、技術者が点検を終えるまで川沿いの道に近づかないよう呼びかけた。</p>
<p>気象当局によると、雨は十五日午後には弱まる見通しだが、川の水位は火曜日まで警戒水位を下回らないという。</p>
<p>町では体育館や教会など三か所に避難所が開設された。避難所には毛布や飲料水が運び込まれ、ボランティアが炊き出しを行っている。</p>
<p>川沿いで金物店を営む男性は「一時間もしないうちに水が窓の高さまで来た」と話した。店の商品の多くが水に浸かり、再開の見通しは立っていないという。</p>
<p>町議会は来週、被害の全容を調べたうえで、国に支援を求めるかどうかを決める方針だ。</p>
<div class="related"><ul>
<li><a href="/world/asken-dam">【関連】アスケン川上流のダム計画、再び議論に</a></li>
<li><a href="/world/rain-record">【関連】北部で記録的な大雨 鉄道も運休</a></li>
</ul></div>
</article>
<footer><p>&copy; 北野新報社 無断転載を禁じます</p></footer>
</body></html>
""",
        [
            "北部の町ブレンホルトで十四日未明、アスケン川が氾濫し、町の中心部で百二十戸以上が浸水した。",
            "救助隊は夜明け前にボートで住民を避難させた。",
            "技術者が点検を終えるまで川沿いの道に近づかないよう呼びかけた。",
            "川の水位は火曜日まで警戒水位を下回らないという。",
            "町では体育館や教会など三か所に避難所が開設された。",
            "再開の見通しは立っていないという。",
        ],
        [
            "アスケン川上流のダム計画、再び議論に",
            "北部で記録的な大雨 鉄道も運休",
            "無断転載を禁じます",
        ],
    )
)

PAGES.append(
    (
        "hepan-daily-flood.html",
        """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>布伦霍尔特洪水：一百二十户民宅被淹 - 河畔日报</title>
</head><body>
<div class="top-nav"><a href="/">首页</a> | <a href="/intl">国际</a> |
<a href="/finance">财经</a> | <a href="/app">下载客户端</a></div>
<div class="article">
<h1>布伦霍尔特洪水：一百二十户民宅被淹</h1>
<div class="info">2026-03-15 09:12 来源：河畔日报</div>
<p>当地时间十四日凌晨，阿斯肯河在布伦霍尔特镇中心决堤，一百二十多户民宅被淹。镇议会表示，救援人员已用船只疏散了沿河居民。</p>
<p>镇长瓦尔加说，东岸防洪墙经受住了考验，但洪水从人行桥附近的旧墙漫过。她呼吁居民在工程师完成检查前远离河边步道！</p>
<p>气象部门预计降雨将在周日下午减弱。河水何时回落？专家认为要到周二。</p>
<p>【相关阅读】<a href="/intl/dam">阿斯肯河上游水坝计划再起争议</a></p>
</div>
<div class="footer">版权所有 河畔日报 未经授权禁止转载</div>
</body></html>
""",
        [
            "阿斯肯河在布伦霍尔特镇中心决堤，一百二十多户民宅被淹。",
            "她呼吁居民在工程师完成检查前远离河边步道！",
            "河水何时回落？专家认为要到周二。",
        ],
        ["阿斯肯河上游水坝计划再起争议", "未经授权禁止转载"],
    )
)

PAGES.append(
    (
        "grey-heron-tour.html",
        """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>The Grey Herons add flood benefit show to spring tour - Stagelight</title>
</head><body>
<header><a href="/">Stagelight</a> <a href="/news">News</a> <a href="/reviews">Reviews</a>
<a href="/tickets">Tickets</a></header>
<div class="post">
<h1>The Grey Herons add flood benefit show to spring tour</h1>
<p>Folk band The Grey Herons will play a benefit concert in Brenholt for families hit
by the Asken flood, singer Nadia Quell announced on Wednesday. All ticket money will
go to the town's flood fund.</p>
<p>The band's spring tour dates are now:</p>
<ul>
<li>3 April - Halden, The Boathouse</li>
<li>5 April - Northfield, Corn Exchange</li>
<li>9 April - Brenholt, St Aldric's Church (benefit show)</li>
<li>12 April - Kingsway, Riverside Theatre</li>
</ul>
<p>Tickets for the Brenholt show go on sale on Friday at 10am.</p>
<p>Like us on Facebook and never miss a show announcement!</p>
<div class="tags">Tags: <a href="/tag/folk">folk</a>, <a href="/tag/tour">tour</a></div>
</div>
<footer>&copy; 2026 Stagelight Music News</footer>
</body></html>
""",
        [
            "Folk band The Grey Herons will play a benefit concert in Brenholt",
            "3 April - Halden, The Boathouse",
            "5 April - Northfield, Corn Exchange",
            "9 April - Brenholt, St Aldric's Church (benefit show)",
            "12 April - Kingsway, Riverside Theatre",
            "Tickets for the Brenholt show go on sale on Friday at 10am.",
        ],
        ["Like us on Facebook and never miss a show announcement!", "Stagelight Music News"],
    )
)

PAGES.append(
    (
        "county-rowing-table.html",
        """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Brenholt rowers keep top spot despite lost regatta - County Sport</title>
</head><body>
<nav><a href="/">County Sport</a> <a href="/football">Football</a>
<a href="/rowing">Rowing</a> <a href="/results">Results</a></nav>
<article>
<h1>Brenholt rowers keep top spot despite lost regatta</h1>
<p>Brenholt Rowing Club stay top of the county league after the flood forced the
cancellation of Saturday's spring regatta, the league confirmed on Monday. The points
for the cancelled races will not be replayed.</p>
<p>The league table after four rounds:</p>
<table>
<tr><td>1</td><td>Brenholt RC</td><td>38 pts</td></tr>
<tr><td>2</td><td>Halden Oars</td><td>35 pts</td></tr>
<tr><td>3</td><td>Kingsway Boat Club</td><td>29 pts</td></tr>
<tr><td>4</td><td>Northfield University BC</td><td>22 pts</td></tr>
</table>
<p>Club captain Eli Stroud said the crews would train on the lake at Halden until the
river was safe again.</p>
<div class="more"><h4>More rowing</h4><ul>
<li><a href="/rowing/1">Halden Oars sign Olympic coach</a></li>
<li><a href="/rowing/2">Schools head of the river moved to May</a></li></ul></div>
</article>
</body></html>
""",
        [
            "Brenholt Rowing Club stay top of the county league",
            "1 | Brenholt RC | 38 pts",
            "3 | Kingsway Boat Club | 29 pts",
            "4 | Northfield University BC | 22 pts",
            "Club captain Eli Stroud said the crews would train on the lake",
        ],
        ["Halden Oars sign Olympic coach", "Schools head of the river moved to May"],
    )
)

PAGES.append(
    (
        "harbour-times-ferry.html",
        """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Dunmere ferry moves to fishing quay for the winter | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times">
</head><body>
<header><a href="/">Harbour Times</a><nav><a href="/news">News</a> <a href="/sport">Sport</a>
<a href="/jobs">Jobs</a> <a href="/login">Log in</a></nav></header>
<main><article>
<h1>Dunmere ferry moves to fishing quay for the winter</h1>
<p class="standfirst">Passengers face a longer walk as the old pier closes for repairs</p>
<figure><img src="/img/pier.jpg" alt="">
<figcaption>The old ferry pier on Tuesday. Photo: Jon Halvers/Harbour Times</figcaption></figure>
<p>The Dunmere ferry will sail from the fishing quay from Monday, after the harbour board
closed the old pier for the winter when divers found two rotten timber piles.</p>
<p>Read more: <a href="/news/piles">Divers find rot in pier piles</a></p>
<p>The operator said the crossing to Kelby would keep its timetable, but that passengers
should allow ten more minutes to reach the boat from the bus station.</p>
<p>"It is a nuisance, but the pier is older than my grandfather," said Oren Vask, who
takes the ferry to work every day. "Better they fix it now than in a storm."</p>
<p>The board expects the repairs to cost about 400,000 euros and to be finished by April.</p>
<p class="bio">Lina Morrow is the Harbour Times' transport reporter.</p>
<div class="newsletter"><p>Sign up for Harbour Today, our morning newsletter.</p></div>
</article>
<section class="comments"><h3>3 comments</h3>
<p>Ferry was late again this morning, pier or no pier.</p>
<p>About time they fixed it. Those steps were a death trap.</p></section>
<aside><h3>Most popular</h3><ol>
<li><a href="/a">Kelby bakery closes after 90 years</a></li>
<li><a href="/b">Lighthouse open day draws record crowd</a></li></ol></aside>
</main>
<footer>Harbour Times, 12 Quay Lane, Dunmere. Terms | Privacy</footer>
</body></html>
""",
        [
            "The Dunmere ferry will sail from the fishing quay from Monday",
            "should allow ten more minutes to reach the boat from the bus station.",
            '"Better they fix it now than in a storm."',
            "The board expects the repairs to cost about 400,000 euros",
        ],
        [
            "Read more: Divers find rot in pier piles",
            "Sign up for Harbour Today, our morning newsletter.",
            "Ferry was late again this morning, pier or no pier.",
            "Kelby bakery closes after 90 years",
            "Lighthouse open day draws record crowd",
            "Terms | Privacy",
        ],
    )
)

PAGES.append(
    (
        "kuestenbote-faehre.html",
        """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Fähre legt im Winter am Fischereihafen an - Küstenbote</title>
<meta property="og:site_name" content="Küstenbote">
</head><body>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/region">Region</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/abo">Abo</a></li></ul></nav>
<article>
<h1>Fähre legt im Winter am Fischereihafen an</h1>
<p>Die Fähre nach Kelby legt von Montag an am Fischereihafen von Dunmere an. Der alte
Anleger bleibt bis April gesperrt, weil Taucher zwei morsche Holzpfähle gefunden haben.</p>
<p>Lesen Sie auch: <a href="/region/pfaehle">Taucher finden Fäulnis in Anlegerpfählen</a></p>
<p>Der Fahrplan bleibt unverändert. Fahrgäste sollten aber zehn Minuten mehr für den Weg
vom Busbahnhof einplanen, teilte die Reederei mit.</p>
<p>Die Reparatur kostet nach Angaben der Hafenbehörde rund 400.000 Euro.</p>
<p>Folgen Sie uns auf Instagram und verpassen Sie keine Nachricht aus der Region!</p>
<div class="mehr"><h3>Mehr zum Thema</h3><ul>
<li><a href="/region/leuchtturm">Leuchtturm öffnet wieder für Besucher</a></li>
<li><a href="/region/baeckerei">Bäckerei in Kelby schließt nach 90 Jahren</a></li></ul></div>
</article>
<footer>© 2026 Küstenbote Verlag</footer>
</body></html>
""",
        [
            "Die Fähre nach Kelby legt von Montag an am Fischereihafen von Dunmere an.",
            "Fahrgäste sollten aber zehn Minuten mehr für den Weg",
            "Die Reparatur kostet nach Angaben der Hafenbehörde rund 400.000 Euro.",
        ],
        [
            "Lesen Sie auch: Taucher finden Fäulnis in Anlegerpfählen",
            "Folgen Sie uns auf Instagram",
            "Leuchtturm öffnet wieder für Besucher",
            "Bäckerei in Kelby schließt nach 90 Jahren",
        ],
    )
)


def main() -> None:
    with (HERE / "expected.jsonl").open("w", encoding="utf-8") as out:
        for name, html, with_, without in PAGES:
            (HERE / name).write_text(html, encoding="utf-8")
            record = {"file": name, "with": with_, "without": without}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
