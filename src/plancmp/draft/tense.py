"""Results or targets, and the year of each: how a sentence's clauses are dated.

Plans and news mix results and targets in one paragraph, even in one sentence
(`截至目前有16所，到2023年9月将升至18所`). Each clause is read in turn. Words of a result
(已, 现有, 目前, 截至, 去年, …了, 同比) make it a result; a year makes it one when the year is
the plan's base year or earlier, before the year the document was written, or — in a news
report — before the years the report sets targets for, unless the clause sets a target
(将, 计划); words of a target (将, 计划, 力争, 到2025年) make it a target. A clause with none
of these continues the clause before it, across sentences too — until, after a report made
by a word (目前共有…), a sentence sets a level (达到, 新建…).

A clause's year is the last one printed before its value: `到2025年`, `2023年底前`, the end of
a range (`2020-2025年`), a period (`十四五期间` → 2025), or `今年`/`明年`/`未来五年` counted
from the year the document was written (`未来五年` takes this year as its first).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import NamedTuple

from plancmp.draft.dating import (
    BREAKS_GROUND,
    DUE_LEAD,
    FINISHED,
    OPENS,
    ROC_BARE,
    SPAN_FROM,
    YEARS_COUNTED,
)
from plancmp.draft.tense_words import AIMS, CEREMONY, PLANNED, RECENT_YEARS, WILL
from plancmp.draft.text import (
    CHANGE,
    LAST_PERIOD_END,
    PERIODS,
    REACHES,
    REACHES_LONG,
    SPAN_YEAR,
    TO_VERB,
    clauses,
    fold,
    looked_back_on,
    sentences,
)
from plancmp.numerals import number, spelled_digits

_YEAR = (
    r"(?<![较\d\-—–~])(?<!(?<!占)比)(?<!较\s)(?<!(?<!占)比\s)(?P<lead>到|至|截至|截止|力争|争取|预计|计划|于|在)?\s*"
    r"(?P<first>(?:19|20)\d\d\s*年?\s*[-—–~至到]\s*)?(?P<year>(?:19|20)\d\d)\s*年"
    r"(?P<month>\d{1,2}月(?:\d{1,2}日)?)?(?![\-—–~])(?!\d+[月日号])(?!\s*(?:不变|可比)?价)"
)
"""A year: what a clause is due, or stands, by; not the prices of `按2020年价格计算`, `2020年不变价`."""
_AFTER_NEXT = r"(?<![此之以然最其前今])后年(?![均份])"
"""`后年` (the year after next, as `今年…明年…后年` lists three years' works), not the
`后年` of `此后年均`, `以后年份`."""
_CN_DIGIT = r"[\d〇○零一二三四五六七八九]"
_CN_YEAR = (
    rf"(?<![\d〇○零一二三四五六七八九十])[一二]{_CN_DIGIT}{{3}}(?![\d〇○零一二三四五六七八九十])"
)
"""A year in Chinese digits (`二〇二五年`, `一九九八年`), as formal documents print it."""
_ROC = r"[1-9一二三四五六七八九][0-9○〇零一二三四五六七八九十]{1,2}"
"""A year of the Republic of China calendar as Taiwan prints it: `108`, `一○八`, `九十九`."""
_ANCHOR = re.compile(
    rf"{_YEAR}|(?<!较)(?<!(?<!占)比)(?P<rel>今明两年|今明年|明年|今年|本年度|本年|{_AFTER_NEXT})"
    rf"|(?P<cn_year>{_CN_YEAR})\s*年|(?P<school>(?:19|20)\d\d|{_CN_YEAR})\s*[/／\-—–至到]\s*(?P<next>{_CN_DIGIT}{{2}})\s*{SPAN_YEAR}"
    r"|(?<![\d/／\-—–~])(?P<school_year>(?:19|20)\d\d)\s*(?=学年)"
    rf"|民[国國]\s*(?P<roc_year>{_ROC})\s*年|(?<![\d○〇零一二三四五六七八九十])(?P<roc>{_ROC})\s*(?=[学學]年)"
    rf"|{ROC_BARE}"
    r"|(?:^|(?<=[，,。；;：:\s])|(?<=计划|力争|预计)(?=在|到)|(?<=[将拟])(?=在|到|于)"
    r"|(?=[“\"]?十[一二三四五]五[”\"]?(?:期间|时期)\s*(?:计划|将|拟|力争))"
    r"|(?<=确保|力争|争取|距离)(?=[“\"‘']?十[一二三四五]五[”\"’']?(?:末期|期末|末)))(?:而|但)?(?:[“\"](?=[‘']))?(?:[“\"]?(?:在|到))?(?:预计|计划|力争)?(?:整个)?(?:在|到|于)?[“\"‘']?"
    r"(?P<period>十[一二三四五]五)[”\"’']?(?:期间|时期|末期|末|期末|以来)"
    r"|(?:未来|今后)(?P<coming>[二三四五六七八九十两2-9]|10)年(?:内|间)?"
    r"|(?:^|(?<=[，,。；;：:]))\s*(?P<bare>(?:19|20)\d\d)(?=\s*[，,])"
)
"""A year a clause is dated by; a period (`“十四五”期间，…`, `预计整个“十四五”期间`, `而在“十二五”期间`) only where
it opens a clause or follows a word of a plan (`某市计划在“十四五”期间新建…`, `将在“十四五”期间`)
or is followed by one (`某县2014年规划“十二五”期间计划新建…`: the period's end, not the year written),
or its end follows a word of commitment (`确保“十四五”末建成…`: by then, whatever year the text names first)
or of a gap to it (`距离“十四五”期末4.5个的目标`),
for `约为“十二五”期间的2.5倍` compares, it does not date. A year opening a
clause without 年 (`报告指出，2022，该县将…`) dates it as `2022年，` would, and a bare 民國 year
(`115年度`, dating.ROC_BARE) as the year it is. `今年` after 较 or 比 (`近视率较今年下降1个百分点`)
is what a change is counted from, as a year there is (_YEAR), no date."""
_FROM_YEAR = re.compile(r"[由从]\s*$")
_SPAN_FROM = re.compile(SPAN_FROM)
_FROM_ON = re.compile(r"\s*年?(?:度|秋季|春季)?(?:学年|学期)?\s*(?:起|开始)")
"""`从2009年起，…标准提高到每人每年300元`, `从2026年秋季学期起…`: the year a new level holds
from, its date (unlike `由2024年的92.5%提高到95%`, where the year is the level's start)."""
_SINCE_YEAR = re.compile(r"\s*年?\s*(?:以来|来)")
_ISSUED_DOC = re.compile(
    r"[^，,。；;：:《》\d]{0,12}?(?:颁布|颁发|制定|发布|印发|出台|修订|公布)(?:实施)?的\s*《"
)
"""`1988年教育部颁布的《…定额标准》`: the year a cited document was issued, a date of nothing
the text sets (a task to issue one, `2026年工作要点：出台《…》`, is dated by its year)."""
_CHOSEN = re.compile(
    r"(?:度)?(?:确定|列入|批准|立项|认定)的[^，,。；;]{0,10}?(?:工程|项目|实事|任务)[，,]"
)
"""`是我县2025年确定的重点民生工程，规划办学规模54个班`: the year a project was chosen, which
dates the choice, not the figures the text gives the project."""
_BASIS = re.compile(r"(?:底|末)?[^，,。；;在]{0,16}?的?基础上")
"""`在2020年基础上`, `在2025年91.6%的基础上`, `在2026年底压减至38家的基础上`: the year of the
level a target counts from."""
_FROM_START = re.compile(r"[从自]\s*$")
_TO = re.compile(rf"[^，,；;。]*?{TO_VERB}")
_PERIOD_NOTE = re.compile(r"(?:19|20)\d\d\s*年?\s*[-—–~至到]\s*(?:19|20)\d\d\s*年?\s*[)）]")
"""`行动计划（2014年—2016年）`: a bracket that gives only a programme's span dates what
follows by its end (`计划三年内…建设300所`)."""
_ROC_SPAN_NOTE = re.compile(r"[(（]\s*1[0-2]\d\s*年?\s*[-—–~至到]\s*$")
"""`未来4年内(110-113年)将再增加…`: the same note in 民國 years, read up to its last year."""
_DUE_NOTE = re.compile(
    r"\s*(?:到|至)?\s*(?:19|20)\d\d\s*年(?:底|末)?\s*[均都]?(?:要|将)?\s*"
    rf"(?!为){REACHES}"
)
"""`毛入园率（2027年达到93%，2035年达到98%）`: a bracket after a name that gives the years it is
due by and the level each year: its years date its values. Any verb that brings a level but
`为`, which states one: `（2022年为52%）` is the level a year had, a baseline."""
DEADLINE_NOTE = re.compile(r"[(（]\s*(?:到|至)\s*(?:19|20)\d\d\s*年(?:底|末)?前?\s*[)）]")
"""`用三年时间（至2029年）补充…`, `近期（到2027年底）：…`: a bracket that holds only the year a
task runs to dates it, as the same words outside a bracket do."""
_STAGE_NOTE = re.compile(
    r"(?:(?<=阶段)|(?<=步)|(?<=阶段目标)|(?<=阶段任务))\s*[(（]\s*(?:19|20)\d\d\s*年"
    r"(?:\s*\d{1,2}\s*月(?:\s*[-—–~至到]\s*\d{1,2}\s*月)?)?(?:底|末)?\s*[)）]"
)
"""`第一阶段（2026年）：…启动150所学校…`, `试点阶段（2026年3月—12月）`, `第一阶段目标（2026年）`: a
bracket that holds only a stage's year (or months of it) dates the stage's work, as a span of
years there does (`第二阶段（2027—2028年）`)."""
_RELATIVE = {"今年": 0, "本年度": 0, "本年": 0, "明年": 1, "今明年": 1, "今明两年": 1, "后年": 2}
_RELATIVE_WORD = re.compile("|".join(w for w in _RELATIVE if w != "后年") + "|" + _AFTER_NEXT)
"""`今年`, `今明两年`: this year or later, whether or not the page says which year it is."""
_DESCRIBED = r"[^，,。；;]{0,30}?的[^，,。；;]{0,30}?(?:至|到)\s*(?:百分之|\d)"
_APPROVED_ONES = rf"获?(?:批准|批复){_DESCRIBED}"
"""`放宽已获批准…的院校的限额至40%`: an 已 describing those whose level a verb raises to a
value, not a report of what was done."""
_WORKS_COUNTED = (
    r"\s*[\d一二三四五六七八九十两]+\s*(?:所|个|座|处)[^，,。；;\d]{0,10}?"
    r"(?:新建|扩建|改扩建|续建|迁建|建设项目|工程)"
)
"""`某镇共有5所新扩建学校，提供…学位`, `该区共有3所中小学建设项目`: 共有 counting the works a
programme holds (what will be built), not what stands."""
_MOVE_SET = (
    rf"\s*(?:分别|均)?\s*(?:{CHANGE})\s*[\d.]+\s*(?:%|个百分点)?"
    r"\s*(?:[-—–~～至到]\s*[\d.]+|以上|左右)"
)
"""`比上年提高3-5个百分点`, `比上年增长8%以上`: a move over last year given as a range or with a
margin is set, as a year's plan sets it; a move counted is exact."""
_SELECTED = re.compile(
    r"上榜|入选(?![率的])|(?:评审|审核|审定)通过|共申报|命名[^，,。；;]{1,40}?为"
)
"""A list published or a selection's outcome (`80所中小学上榜`, `共147所高校入选`, `评审通过6837所`,
`共申报7232所`, `命名…4755所中小学校为“…特色学校”`): results, unless the clause sets a target
(`力争到2025年…上榜`, `拟命名…为`)."""
_ADDED_BROKEN_DOWN = re.compile(
    r"^\s*(?:全|本)?[市区县省国]?新增的?[^，,。；;\d]{1,10}?(?<![高初])中\s*$"
)
"""`全市新增幼儿园中，中心城区新增24所`: a breakdown of what was added, results unless the
sentence aims ahead (`新增的学校中，…计划开设48个班`)."""
_RESULT = re.compile(
    r"(?!(?:(?<=项目)|(?<=工程)|(?<=项目现)|(?<=工程现))已启动(?!了))"
    rf"(?!已{_APPROVED_ONES})"
    r"已(?!(?:规划|计划|安排|决定)(?:在|于)?\s*(?:(?:19|20)\d\d|[1-9]\d{1,2}|[一二][〇○零一二三四五六七八九]{3}|明年)\s*年)"
    r"(?!(?:规划|计划)(?:新建|新增|增设|增建|增加|扩建|改扩建|建设|设置))"
    r"(?!对[^，,。；;]{1,20}?(?:进行|作出|做出)(?:了)?(?:规划|部署|安排)(?:[，,]|$))"
    rf"|(?:^|(?<=[\s全我本省市区县镇乡校园内岛)）]))现有(?![^，,。；;\d]{{0,12}}?进行)|(?<![由从])(?<!根据)(?<!按照)(?<!结合)(?<!依据)目前(?!(?:仍|还|尚)?需要?(?!求))(?![^，,。；;\d]{{0,12}}?计划(?:数)?(?:为|是)\s*\d)|如今|(?<![到至])现在(?=才|仅|只)|获评|荣获|分获|获(?:正式)?(?:批复|批准)(?!后)(?!{_DESCRIBED})|先后|共有(?!\s*[\d一二三四五六七八九十]+\s*项)(?!{_WORKS_COUNTED})|同比(?!增长\s*[\d.]+\s*%(?:以上|左右))|比上年(?!{_MOVE_SET})|[较比](?:上一?年度?|前一年)(?=\s*(?:分别)?(?:增加|增长|新增|多|减少))(?!{_MOVE_SET})"
    r"|(?<!不)(?:仅|只)(?:达到?|为|占)\s*[约近]?\s*[\d一二三四五六七八九十两]"
    r"|(?<!争取)(?<![争要将保拟划])提前[\d一二三四五六七八九十两]{1,2}年(?:完成|实现)"
    r"|创[^，,。；;]{0,12}?新高|\d\s*(?:所|个|家|座)[^，,。；;\d]{0,16}?中(?:唯一|首个|首家|仅有)"
    r"|数据显示|统计显示|统计公报|据(?:[^，,。；;]{1,12}?)?统计(?![^，,。；;]{0,4}预测)|(?:公报|数据|统计|监测|调查|普查|测评|评估|决算)》?(?:结果)?(?:显示|反映|表明)"
    rf"|(?:{CHANGE}|完成|新增|建成|新建|扩建|改建|改造|修建|兴建|投入|注册|达到|实现|突破|超过|翻)了"
    r"|(?:开展|实施|进行|住进|搬进|迎来|获得|落成|竣工|完工|开工|启用|投用)了"
    r"|[作做]了(?![^，,。；;]{0,4}?(?:规定|部署|安排|要求|规划))"
    r"|^\s*在[^，,。；;]{0,20}?(?:新增|新建|建成|开学|投用)的[^，,。；;]{0,20}?中"
    r"|(?<![力要将划])(?<!力争)争取到(?!\s*(?:19|20)\d\d|\s*[年今明本底]|\s*[\d一二三四五六七八九十]+月)"
    r"|(?<![力要将划])(?<!力争)争取\s*[\d.]+\s*(?:万|亿)?元"
    r"|(?:制定|出台|印发|编制)了|决定(?:命名|授予)|(?<![拟将])授牌"
    r"|随[着著][^，,。；;]*(?:完成|建成|竣工|投用)"
    r"|(?:预计|年底前?)还有\s*\d|还有\s*\d[^，,。；;]*年底前"
    r"|(?:到|至)现在|(?<!截)(?:至今|迄今)(?!年)|至今年(?:止|为止)?\s*累计|[原现](?:总)?(?:占地|用地|建筑|校舍)面积"
    r"|(?:到|至)今年(?:为止)?\s*(?:就|已经?|共|一共|累计)?\s*(?:增加|新增|增设|增)(?![到至])"
    r"|(?<![将要能会])(?<!新规|政策|方案|意见|文件|办法|标准|通知|规定|规划|纲要)呈现(?:出)?"
    r"(?:“|[^，,。；;“]{0,20}?(?:特征|特点|趋势|态势))"
    r"|(?:仍然|依然|仍|尚)(?:有|存在)(?!待)"
    r"|(?:历经|经历|经过)了?\s*[\d一二三四五六七八九十两]+\s*次"
    r"|(?<![将要拟划])(?<!预计)共(?:新开办|开办|招收|接收|收到|受理)"
)
"""Words that report where things stand: the clause gives results (baselines). `到今年就增加…`,
`至今年新增…`: what was added up to now (a target by this year prints its end, `到今年底`). 现有 opening
a clause or after its place or school (`全县现有学校541所`, `…开发区(汉南区)现有`, `全镇现有幼儿48名`,
`该校现有`, `集镇内现有的1所中学`, `某岛现有`), not as "existing" (`梳理现有教育品牌`,
`对学校现有校园网进行整体升级改造`: what the works are done to); but `目前…招生计划为68万人` is
what a plan now sets, no result. `原占地面积…`
is the land a school had before its works, `现占地面积…` the land it has now. `随着项目建设的完成`
reports what came of work done; `预计年底还有7所` counts what
remains of a programme in a report of its progress. `由2016年的…增加到现在…`, `至今`, `迄今累计`, `2018至今年累计…`: up to now. `制定了10项工程`: what a
document already holds, not what it sets out to reach. `决定命名…等20个县为示范县`, `为…授牌`: an
honour conferred, a decision already taken. A verb with its perfective 了 (`住进了`,
`开展了…建设`, `5个市县作了交流发言`, but not `作了具体规定，要求…`: a rule set) tells what was done; `教育类项目共有4项` counts the items of a list, not what stands; `在今年新增的4万余个学位中，…` breaks down what was added. `共争取到…资金`, `争取1860万元…资金`: funds obtained, unlike `争取到2025年` (strive
for a year) or `力争争取到` (an intent). `呈现“城镇学校在校生逐年增加…”的特征`: a trend observed (not `将呈现`, nor a goal's `呈现…新格局`, nor what a rule provides: `新规呈现三大特征:`).
`同比增长5.5%` measures a rise; `同比增长6%以上`, `增长10%左右`
with a margin set one, as a year's plan indicators print them. `较上年分别增加1.5亿元`,
`名额较前一年增加3686人`: how far a figure moved from last year's, a comparison reported.
`教育预算创201亿元新高`: a record reached, a statistic. `总经费历经9次流标`, `经历13次兴建计划提送`:
the steps a project went through, counted. `提前3年完成原计划到2020年…的目标`: a goal met
early, whatever year it was set for (not `争取提前2年完成`, an aim). `某项监测显示，…`, `抽样调查结果显示…`:
what a survey found, as a bulletin's figures are. `覆盖率仅达40%`, `只占3成`: a level
found short (不仅 is "not only"); `计划中新建学校只有两所` counts a plan's works. `已规划增设…`, `已计划新建…`: works planned (a
plan already made), not works done. `…30所的项目已启动`: a programme launched, its works still
ahead; the figure is its scope, not works done. `这是该县5所公办园中唯一…`: a count of
what stands, told to rank one of them. `大班额比例仍有2.3%`, `尚有3所学校未达标`: what still
stands, a shortfall found (not `仍有待提高`, what remains to be done). `本学年全市共新开办幼儿园51所`,
`今年全区共招收1583个幼儿入园`, `今年共收到人大代表建议10件`: a year's openings, intake and
letters counted (not `计划共招收`)."""
_BEFORE = re.compile(
    r"原(?:本|先|来)(?:只|仅)?有|(?<![在将把对])原有的?\s*(?:大?约|近)?\s*[\d一二三四五六七八九十两]|^\s*(?:再)?加上\s*(?:保留)?(?:现状|现有|原有|已有)"
    r"|^\s*(?:而|但)?(?:彼时|当时|那时)|(?<![提比较\d])(?:[一二三四五六七八九十两几]|\d{1,2})年前"
)
"""`这所原本只有6个班的完小，…`, `某中学原有2幢教师宿舍`, `7年前，…而彼时全区适龄儿童有近5000人`:
how one thing stood before, in passing, at a time told as past (`彼时`, `7年前`: not `提前3年`); it leaves the
sentences after it as they were. So does what stands added to the new to make a total
(`加上保留现状的530所小学，153所初中，…`, `…加上现有学位，共计提供学位27万多个`): the total is
the target, the existing amount and the bare counts listed after it (`153所初中`) are not."""
ONCE_SET = re.compile(
    r"曾(?:经)?(?:在[^，,。；;]{0,20}?)?(?:提出|确定|要求|规定|设定|明确)(?:过|了)?"
)
"""`…规划纲要中，曾在某节提出“…达到95%”的目标`: a target an earlier plan once set, told as
history; it is no target of the text, and leaves the clauses after it as they were."""
_FOLLOWS_ON = re.compile(
    r"^\s*继(?!续)(?:[^，,。；;]{2,40}?(?:之)?后"
    r"|\s*(?:去年|上年|前年|上学年|(?:19|20)?\d{2,3}\s*学?年度?)[^，,。；;]{2,40}?)\s*[，,]?\s*$"
)
"""`继今年3月15个项目集中开竣工后，又有…`, `继去年在4所学校增设…，今年也将…`: the event or
the earlier year's step a news item follows on from, told in passing (its `竣工后` is no
target's `建成后`)."""
_IN_PASSING = re.compile(
    rf"\s*(?:(?:较|比)(?:去年|上年|上一年)(?:同期)?[^，,。；;\d]{{0,4}}?(?:{CHANGE})"
    r"|这是[^，,。；;\d]{0,30}?首次)"
)
"""A clause that remarks on the figure before it: how far it moved since last year (`…投资3.5亿元，
较去年大幅增长1.2倍`) or that it is a first (`这是…首次超过3亿元`). Its own figure is reported,
not set, and it leaves the sentences after it as they were: a breakdown of that figure that
follows (`其中，…`) is still of what the text sets."""
_BARE_COUNT = re.compile(r"^\s*[\d.]+\s*(?:万|亿)?\s*(?:所|个|处|名|班)[^\d，,。；;]{0,8}$")
_RESERVED = re.compile(r"预留(?:规划)?项目\s*[\d(（]|预留(?:规划)?项目[^，,。；;\d]{0,4}\d")
"""`规划预留项目464个（其中幼儿园276所，…）`: projects a layout plan keeps in reserve for a later,
undated term (started as new areas develop): with the parts of their breakdown, no target."""
_HEADCOUNT = re.compile(
    r"(?:(?<!规划)(?<!计划)(?<!拟)招生|在校生|在校学生|在园幼儿|在园儿童|毕业生|专任教师|教职工)"
    r"(?:人数|数)?\s*(?:为|有|共)?\s*\d"
)
"""A count of pupils or staff printed bare after its noun (`普通小学招生1869.0万人，在校生
10561.2万人`): a statistic of where things stand. A target sets it with a verb or a year
(`在校生规模达到…`, `到2025年，在校生…`), which the clause would print; `规划招生36个班级`
is a school's planned intake."""
_SINCE = re.compile(
    r"截至|截止|以来|(?:从|自)[^，,。；;]{1,12}?之初|(?<![较比由])去年(?!的?基础上)|(?<![较比由])上年|前年|过去的?[一二三四五\d]*年|近[一二三四五\d]年|近年来"
    r"|回顾|(?<![\d.])(?:[一二三四五六七八九十两多]|\d{1,2})年来|(?<![上下])半年来|这[三四五]年"
    r"|(?<![\d.])1\s*[-—–~至]\s*\d{1,2}\s*月份?(?:以来|全市|全区|全县|共|累计)"
    r"|^\s*(?:此前|以往)\s*(?:[，,]|$)"
)
"""Words that make the rest of a sentence results, until a later year it names: `截至…`,
`去年` (not `在去年的基础上`, which measures a target from it, nor `由去年的62.3%提高到65%`, where
a target starts; `比上年提高…` compares, its own clause alone is a change reported), `五年来` (a work report's
`这五年`), and progress of the year to date (`1-9月份全市…`; `3-4月，…开工` is a schedule). A sentence
opening on `此前，` or `以往，` tells how things stood before what the page reports."""
_COMING_YEARS = re.compile(rf"\s*近[一二三四五\d]年\s*[，,]?[^。；;\d]{{0,16}}?{WILL}")
"""`近三年，某市还将建设39所幼儿园`: the next few years, in a sentence that says what will be
done in them, not the last few (`近三年，全市新建幼儿园39所`)."""
_DATED_UNTIL = re.compile(r"(?:截至|截止)(?:到)?\s*(?P<year>(?:19|20)\d\d)\s*年")


def _counts_to_ahead(text: str, dating: Dating) -> bool:
    """Whether a `截至<year>年底` clause counts to a year still ahead: a stock a plan sets
    (`截至2027年底，全区将有…` in a page of 2026 or a plan from 2023, or one that says 将 where
    the page gives no year), not where things stood (`截至2022年末，已有…`)."""
    m = _DATED_UNTIL.search(text)
    if m is None or _SINCE.search(_DATED_UNTIL.sub("", text)):
        return False
    year, written = int(m.group("year")), dating.now or dating.base_year
    return year > written if written is not None else bool(_WILL.search(text))


GAP_TO_GOAL = re.compile(
    r"^\s*(?:距离|距|离)[^，,。；;\d]{0,20}?[\d.]+\s*[^，,。；;\d\s]{0,4}?\s*(?:的)?\s*"
    r"(?:目标|预期目标|规划目标)\s*(?:尚|还|仍|依然)?\s*(?:存在?|有|差)"
)
"""`…托位数为2.03个，距离“十四五”期末4.5个的目标尚存很大差距`: how far a level falls short of a
goal, which the clause names: its figure is that goal, a target, whatever came before."""
TASK_LABEL = re.compile(
    r"^[\d一二三四五六七八九十\s、.．（）()]*(?:考核|目标|年度|工作|建设)?任务\s*(?:[：:]|$)"
)
"""A clause that opens as the label of a task (`1、考核任务：`, `年度任务：`): what follows is the
task set, though a report of its completion (`完成情况：…`) comes next or the page reports results."""
TASK_SET = re.compile(
    r"(?:建设|目标|年度|分解)?任务数?\s*(?:为|是)\s*(?:新建|新增|改扩建|建设|完成)?[^，,。；;]{0,16}?\d"
    r"|年度计划(?:为|是)\s*\d|计划建设(?:项目)?共\s*\d"
)
"""A sentence that states the task a year was set (`年度建设任务为新建校舍5栋`, `任务数是8所`,
`项目年度计划为12个`, `计划建设项目共9个`): in a review of that year it is the target the
report goes on to measure (`截至目前已完工…`), not a result."""
_PLAN_SETS = re.compile(
    r"(?:规划|纲要|方案|意见|通知|要点)》?\s*(?:[(（][^()（）]{1,30}[)）])?\s*(?:中|还|也)?\s*(?:提出|明确|要求)"
)
"""A sentence that tells what a plan sets (`《规划》提出要…，2020年普及高中阶段教育`, `按照《…的通知》
(某政办〔2022〕43号)要求，…2022年新建13所`): each of its years is one the plan sets a goal for,
however far before the plan's last year it falls, and on a page that reports results too."""
_TARGET = re.compile(
    r"(?<!即)将|(?<!投资)(?<!占)(?<!改善|行动|支持|培养|振兴|讲学|资助|帮扶|特岗|国培|攻坚|提升|发展|招生|改造)计划(?!的)|力争|确保|争取|预计|(?<![虚模])拟(?!办[^，,。；;]{0,8}?实事(?:项目)?中)|目标|(?<![重主需首纲紧只必摘概简扼])要(?![求素点闻])"
    r"|(?<![达\d])(?<!\d年)到\s*(?:19|20)\d\d(?!\d)|(?:建成|完工|竣工|投用|完成)后"
    rf"|可以(?:增加|新增|提供|容纳)|{PLANNED}"
    r"|下半年(?:将|要|内|前)?(?:开工|动工|启动|建成|完工|竣工|投用|投入使用|开学|开园)(?!了)"
    rf"|{TASK_LABEL.pattern}"
)
"""Words of a target (`即将开工` is where works stand today, about to start, not an intent;
`拟办十件实事中…项目` names a part of a programme, not an intent; `虚拟`, `模拟` are
"virtual", "simulated";
`占年度投资计划的32.12%`, `占计划融资数的92.5%`, `列入投资计划` name the plan: a noun, not an intent;
a programme's name (`营养改善计划惠及学生5万人`, `三年行动计划`, `薄弱学校改造计划`) names what it does, not an intent;
`达到4184亿元` is an amount reached, not `到2025年`, nor is the end of a span from a year (`从2019年到2023年`; `今年到2027年` runs from now, ahead); `按招生计划招生`: the enrolment plan, a noun). `建成后，办学规模为24个班`: what a work
will give once done; `总共可以增加1.2万个学位`: what works can give once full, not what they gave.
`2个项目下半年开工建设`: works scheduled for the rest of the year, after those under way.
A task's label (TASK_LABEL) sets one too."""
_EVENT = re.compile(
    r"正式(?:投入使用|投用|启用|开工|开学|开园|开放|揭牌|挂牌|运营)|(?:集中|统一)(?:开工|签约|竣工|交付)"
    r"|正式开启[^，,。；;]{0,12}?新学年|开学迎新|全新上线"
    r"|(?:全部|全面|顺利)(?:开工|完工|竣工|建成并?招生)|顺利完成"
    r"|(?:联合|举行)[^，,。；;]{0,8}?(?:开幕|揭牌|落成|启用)(?:典礼|仪式)?"
    r"|(?:今天|今日|昨天|昨日)(?:新|正式)?(?:启用|开幕|揭牌|落成|开园)(?!了)"
    r"|(?:正式|首次)迎(?:接|来)了?(?:首批|第一批)?新生|迎来了(?:首批|第一批)?新生"
    r"|(?:走进|搬进|迁入|入驻)了(?:(?:全新|崭新|新)的?)?(?:校园|校舍|新校)"
    rf"|{CEREMONY}"
)
"""An event the report witnessed (`新建的5所学校正式投入使用`, `项目学校统一开工`): what
happened that day, unless the clause says it will (将, 计划). `…等13所学校维修改造项目全部完工`,
`4所新建学校全部建成招生`, `…项目顺利完成融资2.26亿元`: works reported finished (`8月底竣工交付使用` is a due date still).
`…举行联合开幕仪式，使…达130家`, `昨有四家幼儿园联合开幕`, `7所学校举行了奠基开工仪式`: a ceremony
held, and what it brought; `今天新启用的托育中心…可收托…`: what opened the day of the report;
`31所新学校投入使用并正式迎接新生`, `学生们走进了全新的校园`, `…幼儿园正式挂牌成立，120多名幼儿走进了
崭新的校园`, `…正式开启2024年秋季新学年`, `9所幼儿园开学迎新`, `13所幼儿园全新上线`: schools opened to their pupils, and the
school described after it as it stands.
"""
_STARTED_WORKS_DESIGN = re.compile(
    r"(?:开工|签约)(?:仪式|典礼)?的?[^，,。；;\d]{0,16}?(?:项目|工程)\s*(?:计划)?(?:总投资|总建筑面积|总用地|总占地)"
)
"""`此次集中开工项目总投资约6亿元`: the event names which works, the clause gives their design
(what works just started will cost or cover once built), which is still to come."""
_BEGAN = re.compile(
    r"\s*[^\d，,。；;]{0,12}?(?:(?:19|20)\d\d\s*年|去年|前年|上年|今年)(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?(?:底|初|份)?"
    rf"[^，,。；;\d已]{{0,4}}?{BREAKS_GROUND}(?:建设|兴建)?\s*[，,；;。]?\s*$"
)
"""A clause that only says when works began (`新校区于2019年初动工，用地…`, `去年3月开工建设，
总投资…`): when building started, no report that the design figures after it are reached already."""
_DONE_AFTER = re.compile(
    r"\d\s*(?:万|亿)?\s*(?:个|所|座|处|项|栋)\s*(?:已经?|均已|都已)?\s*(?:全部|基本|主体)?"
    r"(?:完成|完工|竣工|建成|投入使用|投用)\s*[，,；;。]?\s*$"
)
"""A count its clause ends by saying is done (`计划改扩建的学校120所基本完成`, `有150个投入使用`,
`37个主体完工`): how far a programme has got, a result, unless the clause says it will be."""
_STILL_TO_DO = re.compile(
    r"(?<!即)将|预计|确保|力争|争取|(?<![重主需首纲紧只必])要(?![求素点闻])|拟|有望|可望|计划(?:于|在|到)"
    r"|(?:19|20)\d\d\s*年(?:底|末|内)?前|年底前|年内"
)
_UNDER_WAY = re.compile(r"正在|正抓紧|主体在建")
"""Work under way (`2所正在抓紧推进前期手续办理`, `其余50所主体在建`): where a programme stands
today, unless the clause says what it will reach (将, 预计)."""
_MET = re.compile(
    r"(?:超额)?(?:完成|达成|提前实现)[^，,。；;]{0,8}?(?:目标|计划)(?:任务)?|超额完成"
    r"|(?<![将要])(?:超过|超出|高于)[^，,。；;将要]{0,8}?(?:确定|规定|提出|下达|设定)的[^，,。；;]{0,14}?目标(?:任务)?"
    r"|(?:高于|超过|超出|快于|领先)序时进度"
    r"|(?<![将要争力保])(?:基本|已经?|全面)?实现了[^，,。；;]{0,40}?目标"
    r"|(?:晒出|交出|亮出|给出|公布)[^，,。；;]{0,16}?成绩单"
)
"""`超额完成年度目标任务`, `完成年度计划的110%`, `提前达成200班的目标`, `超额完成市区级新增任务`,
`基本实现了《…方案》近视率每年下降0.5个百分点的防控目标`: a plan met, reported; `确保完成年度目标`
is a target still. `分别达到57%和89%，超过国家确定的
“50%、80%”的目标任务`: levels reached beyond the goals another body set, a result.
`两项工程进度都快于序时进度`: progress measured against the share of the year gone, which
only a report of progress does. `给出…成绩单：` hands in a report card of what was done."""
_MEASURED = re.compile(r"实际(?:完成|投资|投入|新增|建成|竣工|录取|招收|招生)")
"""`计划投资6.92亿元，实际完成投资8.07亿元`: a sentence that sets what was done against the
plan reports both; its 计划 is the plan a report measures, not an intent (`普通高中计划招收57075人，
实际录取56503人`: an intake planned and the intake done)."""
_STANDING = re.compile(
    r"位居|位列|排名(?:全|第|前)|(?:居|列)全[国省市区县]|(?:较|比)(?:上年|去年)同期|同比(?!增长\s*[\d.]+\s*%(?:以上|左右))|环比"
)
"""A rank or a comparison with the same period before (`…达98.5%，位居全省第一`, `较上年同期
增长12%`): statistics of where things stand. In a sentence with no word of a target (力争位居…
is one) every clause reports, the value before the rank too."""
_TOLD_AS_IT_IS = re.compile(
    r"(?:位于|地处|坐落于|坐落在)[^。；;！!？?]{1,80}?[，,]\s*(?:现有|共有(?=学生|师生|幼儿|在校生|教职工))"
    r"|(?<![将要])是一所[^。；;！!？?，,]{1,30}?[，,]\s*(?:共有?|现有|有)\s*[\d一二三四五六七八九十百千]"
)
"""A school placed where it stands and then told by what it has now (`某小学位于某村，占地面积
8800平方米，现有师生310人`, `…地处某街西侧，占地面积…，共有学生1111人`), or said to be one and then counted (`某中学是一所公办寄宿初中，共400多名
学生`): a description of it today, its area before `现有` too, no target (corpus/README.md:
figures of what a school has now are not records)."""
_EXAMPLE = re.compile(r"\s*(?:例如|比如|譬如)\s*[，,:：]|\s*以[^，,。；;]{1,24}?为例\s*[，,:：]")
"""A sentence told as an example (`例如，某学院…，就业率超90%`, `以某校为例，…`): a case of what
was done somewhere, unless a word of a target says it is still to come (`以某区为例，将新增…`)."""


_RANK_KEPT = re.compile(r"稳居|(?:保持|继续|持续)(?:位居|位列|居于?)")
"""A rank to keep (`…达到58%以上，教育教学质量稳居全市第一方阵`): among targets, an aim like the
levels beside it, not where things stand now; one held for years running (`连续三年保持在85%
以上，稳居全市前列`) is a record."""
_RUNNING_YEARS = re.compile(r"连续\s*[\d一二三四五六七八九十两]+\s*年")
_RANK = re.compile(r"(?:第|前)\s*(?:\d+|[一二三四五六七八九十]+)\s*(?:位|名)?")


def _figure_beside_rank(sentence: str) -> bool:
    """Whether a sentence with a rank prints a figure besides the rank: among targets, a rank
    alone (`生均经费在全国排名前三位`) is one more aim, and the targets after it go on."""
    return bool(re.search(r"\d", _RANK.sub("", sentence)))


def _stands(sentence: str) -> bool:
    """Whether a sentence tells where things stand: a rank or comparison, an example, a school
    described as it is today."""
    return bool(
        _STANDING.search(sentence) or _EXAMPLE.match(sentence) or _TOLD_AS_IT_IS.search(sentence)
    )


_MOVE_DONE = rf"(?:分别)?(?:{CHANGE})了\s*[\d一二三四五六七八九十两]"
"""How far a figure has moved, said done (`提高了9个百分点`, `分别增长了…`)."""
_RISE_SINCE = re.compile(
    r"[，,]\s*(?:较|比)\s*(?:(?P<year>(?:19|20)\d\d)\s*年(?:底|末)?|(?:[一二三四五六七八九十两]|\d{1,2})年前)"
    rf"(?:分别)?(?:{CHANGE})"
    rf"|[，,]\s*{_MOVE_DONE}"
)
"""A level followed by how far it moved since a named year (`毛入园率达83.4%，比2015年提高8.4个
百分点`): a review's statistic, unless the year is the plan's own base (`达到95%，比2020年提高3个
百分点` in a plan based on 2020 sets a target and says how far it goes). Measured from some years
ago (`分别达到87.7%、96.9%，比十年前分别提高了…`), or a move said done (`达到88%，提高了9个百分点`),
it always looks back."""
_LISTED = re.compile(r"(?<!已)(?<!已被)列(?:为|入)[^，,。；;]{0,16}?实事")
"""`今年以来，某县把新建托育园5所列入年度为民办实事项目，拟投资…`: a work put on the year's
list of livelihood projects is a commitment; the `今年以来` before it dates the decision, it
does not make what follows a report."""
TASK_SHARE = re.compile(
    r"(?:承办|承担|负责)[^，,。；;]{0,12}?实事(?:项目)?\s*[\d一二三四五六七八九十两]+\s*[项件个]"
)
"""A bureau's share of a government's programme (`负责落实县政府民生实事4项，新建…`): the items
it lists are the year's tasks, in a review of that year too."""
_DECIDED = re.compile(
    r"(?:确定|选定|选出|敲定|票决产生|审议通过)了?\s*[\d一二三四五六七八九十两]+\s*[项件个大]"
    r"[^，,。；;]{0,16}?(?:项目|实事|工程|任务)"
    rf"|{TASK_SHARE.pattern}|{_LISTED.pattern}"
)
"""A programme decided (`经票决，最终确定了30项重点民生实事项目`, `选出10件民生实事`): what it
holds is still to be done, so the story of how it was drawn up (`去年10月开始征集意见…`) leaves
the items listed after it targets. So does a bureau's share of a government's programme
(`负责落实县政府民生实事4项，新建…`): the items it lists are the year's tasks, in a summary too."""
_QUOTED = re.compile(r"[“\"][^”\"]{1,12}[”\"]|《[^《》]{1,60}》")
"""A quoted name (`“双高计划”建设高职院校`) or a cited document (`编制《…三年计划(2022-2024)》`):
its words name a programme, they state no intent."""
_PAST_PERIOD = re.compile(r"十[一二三]五")
_SPAN_OF_YEARS = re.compile(
    rf"(?:(?:19|20)\d\d|{_ROC})\s*年?\s*[至到\-—–~]\s*(?:(?:19|20)\d\d|{_ROC})\s*(?:[学學]年度?|年)"
)
"""`自108至111學年度實施…計畫，目標是…`, `2019—2022年…，目标…`: a span of years that ended
before the page's year; the target its programme set after it is that programme's, past."""


class Dating(NamedTuple):
    """What dating a clause needs to know of the document."""

    base_year: int | None
    now: int | None
    """The year the document was written (dating.py), or None."""
    news: bool
    ahead: tuple[int, ...] = ()
    """Years the document sets targets for (dating.future_years)."""
    dated: bool = False
    """`now` is the page's own date, not a year read from a title."""
    reads_back: bool = False
    """A report of results (title.reads_back): a clause sets a target only by a word of one
    (将, 力争, 到2025年), never by a year or `今年` alone."""
    listed: bool = False
    """The sentence goes on with a list the one before closed by `；` (`到2025年，在校生5万人；
    毕业生2万人`): a bare headcount in it is of the list, not a statistic, when that was a target."""


class Clause(NamedTuple):
    start: int
    end: int
    past: bool


_ISSUED_SPAN = re.compile(
    r"(?:[省市区县州部厅局委]|政府)(?:正式|近日|日前|近期|已)?(?:出台|印发|发布|出炉)(?:了)?\s*《[^《》]{2,60}?[(（]\s*(?:19|20)\d\d\s*年?\s*[-—–~至到]\s*"
    r"(?P<end>(?:19|20)\d\d)\s*年?\s*[)）]\s*》"
)
"""`某市出台《…行动计划(2025-2027年)》，投入…`: news that a place or body issued a plan named
with its span: what the sentence goes on to give is due by the span's end (a year not yet gone).
A work plan's own task (`出台《…》`, with no one before it) only names what it will issue."""


def anchors(sentence: str, now: int | None) -> list[tuple[int, int, bool, bool]]:
    """(position, year, is a period, is relative) of each year a sentence prints, left to
    right, leaving out years inside a document's title (`《…2021年…》`). A date
    (`2022年9月5日，…完工`) dates what follows it as a year does. `今年` counts from `now`;
    it dates a value but says nothing of whether it is a result."""
    folded = fold(sentence)
    out = [
        (m.end(), int(m["end"]), True, False)
        for m in _ISSUED_SPAN.finditer(folded)
        if now is None or int(m["end"]) >= now
    ]
    for m in _ANCHOR.finditer(folded):
        before = folded[: m.start()]
        if "《" in before and "》" not in before.rsplit("《", 1)[-1]:
            continue
        if (
            (opened := re.search(r"[(（][^)）]*$", before))
            and not _PERIOD_NOTE.match(folded, m.start())
            and not _ROC_SPAN_NOTE.search(before)
            and not _DUE_NOTE.match(folded, opened.start() + 1)
            and not DEADLINE_NOTE.match(folded, opened.start())
            and not _STAGE_NOTE.match(folded, opened.start())
        ):
            out += _note_year(folded, m)  # `（2022年，…分别为…）`: a note of its own
            continue  # `（2022年为54%）`: a note on where things stand, dating nothing after it
        if (
            m["year"]
            and not m["first"]  # `从2019年到2023年，…由…提高到`: the span's 从, no level's
            and _FROM_YEAR.search(before)
            and _TO.search(folded, m.end())
            and not _FROM_ON.match(folded, m.end())
        ):
            continue  # `由2024年的92.5%提高到95%`: the year of where it starts
        if m["year"] and _SINCE_YEAR.match(folded, m.end()):
            continue  # `2018年以来`: where a count of results starts, the due year of nothing
        if m["year"] and (_ISSUED_DOC.match(folded, m.end()) or _CHOSEN.match(folded, m.end())):
            continue  # `达到2005年教育部颁布的《…标准》`: when a cited document was issued
        if m["year"] and _BASIS.match(folded, m.end()):
            continue  # `在2020年基础上新增30万个`: where the target counts from, no date of it
        if m["year"] and (span := _SPAN_FROM.match(folded, m.end())) and _FROM_START.search(before):
            years = YEARS_COUNTED[span["count"]]  # `从2011年起分三年建设1200所`: due at its end
            out.append((m.start(), int(m["year"]) + years - 1, False, False))
        elif m["year"] or m["bare"]:
            out.append((m.start(), int(m["year"] or m["bare"]), False, False))
        elif m["cn_year"] or m["school"] or m["school_year"]:
            if (
                year := _year_in_digits(m["cn_year"] or m["school"] or m["school_year"])
            ) is not None and (not m["school"] or _next_year(year, m["next"])):
                out.append((m.start(), year, False, False))  # `2002-03学年`: the year it opens
        elif m["roc"] or m["roc_year"] or m["roc_bare"]:
            if (year := roc_year(m["roc"] or m["roc_year"] or m["roc_bare"])) is not None:
                out.append((m.start(), year, False, False))
        elif m["rel"]:
            if now is not None:
                out.append((m.start(), now + _RELATIVE[m["rel"]], False, True))
        elif m["coming"]:
            if now is not None:  # `未来5年` counts this year: 2017 → 2017-2021
                out.append((m.start(), now + YEARS_COUNTED[m["coming"]] - 1, True, True))
        else:
            out.append((m.start(), PERIODS[m["period"]], True, False))
    return sorted(a for a in out if a[1] >= HISTORY_ENDS)


_CLOSE = re.compile(r"[)）]")


def _note_year(folded: str, m: re.Match[str]) -> list[tuple[int, int, bool, bool]]:
    """A sentence that is a bracket opening with a year (`（2022年，全市小学生师比为18.6:1。）`
    after the targets): a note on where things stood then, dated by its year. A bracket inside
    a sentence dates nothing (`达到60%以上（2022年为54%）`)."""
    if not m["year"] or folded[: m.start()].strip() not in "（(":
        return []
    close = _CLOSE.search(folded, m.end())
    end = close.end() if close else len(folded)
    return [] if folded[end:].strip(" 。；;，,") else [(m.start(), int(m["year"]), False, False)]


HISTORY_ENDS = 1949
"""The first year a text of our time sets or reports targets for: an earlier one (`辛亥革命1911年`)
is history, dating none of its figures; a plan file takes no year before it either."""
ROC_FIRST, ROC_LAST = 30, 150
"""The Republic of China years a document of our time names (1941-2061); a number outside is
no year."""


def _next_year(year: int, printed: str) -> bool:
    """Whether the two digits after a year (`2024/25学年`, `二〇二四至二五财政年度`) are the
    next year's: a school or fiscal year, which spans two, rather than a span of several."""
    digits = spelled_digits(printed)
    return digits is not None and int(digits) == (year + 1) % 100


def _year_in_digits(printed: str) -> int | None:
    """`二零零二` → 2002, `2002` → 2002; None outside the years a document of our time names."""
    digits = spelled_digits(printed)
    if digits is None:
        return None
    year = int(digits)
    return year if 1950 <= year <= 2099 else None


def roc_year(printed: str) -> int | None:
    """The Western year of a Republic of China year (`115` → 2026, `一○八` → 2019, `九十九` →
    2010): Taiwan counts years from 1912 as 民國元年, and its school years (`115學年度`) so."""
    digits = number(printed) if "十" in printed else spelled_digits(printed)
    if digits is None or not digits.isdigit():
        return None
    return 1911 + int(digits) if ROC_FIRST <= int(digits) <= ROC_LAST else None


Year = tuple[int | None, bool]
"""A value's year, and whether a period (`“十三五”期间`) gave it: a count over a period."""


def year_at(
    found: list[tuple[int, int, bool, bool]], at: int, clause: tuple[int, int], default: Year
) -> Year:
    """The year of a value at `at`: the last year printed before it in the sentence; a year
    after it in its own clause (`20余个项目将在2022年完工`) when none is before it there;
    else `default`."""
    before = [(y, p) for pos, y, p, _ in found if pos < at]
    own = [(y, p) for pos, y, p, _ in found if clause[0] <= pos < clause[1]]
    if own and not [pos for pos, *_ in found if clause[0] <= pos < at]:
        return own[0]
    return before[-1] if before else default


TARGET, SOFT, FIRM = 0, 1, 2
"""What a sentence leaves the next: targets; results a word of its clause made (目前共有…),
which a sentence that sets a level (达到, 新建…) ends; results a date or 截至 made."""


def _opening_state(sentence: str, carried: int, dating: Dating) -> tuple[int, bool]:
    """How a sentence opens, before its first clause: the state the last one carried, unless
    this one sets a level or a design anew; a page that reads back, a standing or a rise
    since (with no word of a target) and a measurement all report (`since`: only a later
    year ends the report)."""
    state = carried if carried != SOFT or not _sets_anew(sentence, dating) else TARGET
    if dating.reads_back and not (dating.listed and carried == TARGET):
        state = FIRM  # a report, save the rest of a list of targets a `；` goes on with
    kept = _RANK_KEPT.search(sentence) and not _RUNNING_YEARS.search(sentence)
    standing = _stands(sentence) and (
        carried != TARGET or (_figure_beside_rank(sentence) and not kept)
    )
    if (standing or _rose_since(sentence, dating)) and not _TARGET.search(
        _QUOTED.sub("", sentence)
    ):
        state = max(state, SOFT)
    if _MEASURED.search(sentence):
        return FIRM, True
    return state, False


_REACHING = re.compile(REACHES_LONG)


def _sets_anew(sentence: str, dating: Dating) -> bool:
    """Whether a sentence sets a level or a design anew, which ends a report `目前…` made. In
    news a bare verb of reaching does not (`目前共有64所幼儿园。普惠性民办幼儿园数量达到28所`):
    a news page tells where things stand in the words a plan sets its targets with."""
    if _GOES_ON.match(sentence):
        return False
    if _design_due(sentence):
        return True
    level = _REACHING.sub("", sentence) if dating.news else sentence
    return bool(_SETS_LEVEL.search(level))


def read_clauses(sentence: str, carried: int, dating: Dating) -> tuple[list[Clause], int]:
    """Each clause of a sentence and whether it reports results, and what the next
    sentence goes on with (`目前共有…。山东、河南分别为…。` goes on reporting). A clause
    with a word of a target (将, a later year) ends a report, except after `截至…`,
    `去年…`, which only a later year ends — `今年`, `今明两年` are later than 去年
    (`在去年新增…基础上，今明两年计划新增…`)."""
    if _reports_met(sentence):
        return _all_reported(sentence, carried)
    found = anchors(sentence, dating.now)
    out: list[Clause] = []
    state, since = _opening_state(sentence, carried, dating)
    status = status_brackets(sentence)
    for start, end in clauses(sentence, 0, len(sentence)):
        text = _outside(sentence, start, end, status)
        inside = [(y, p) for at, y, p, rel in found if start <= at < end and not rel]
        relative = bool(_RELATIVE_WORD.search(text))
        after = state == TARGET and out and out[-1].past and _BARE_COUNT.match(text)
        passing = _IN_PASSING.match(text)
        told = (_BEFORE.search(text) or after or passing) and not _TARGET.search(text)
        if told or _FOLLOWS_ON.match(text) or _BEGAN.match(text) or ONCE_SET.search(text):
            out.extend(_pieces(start, end, True, status))
            continue
        if (since and _gives_once_done(text, sentence)) or GAP_TO_GOAL.match(text):
            out.extend(_pieces(start, end, False, status))
            continue
        if _RESERVED.search(text):
            state = max(state, SOFT)
        if (
            _SINCE.search(text)
            and not _LISTED.search(text)
            and not _COMING_YEARS.match(sentence, start)
            and not _counts_to_ahead(_with_next(sentence, start, end), dating)
        ):
            state, since = FIRM, True
        elif (
            _result_told(text, sentence[:start], out)
            or _statistic(text, sentence, bool(found) or (dating.listed and carried == TARGET))
            or (
                (_EVENT.search(text) or _UNDER_WAY.search(text))
                and not _TARGET.search(text)
                and not _STARTED_WORKS_DESIGN.search(text)
            )
            or _met_or_selected(text, sentence)
            or (_DONE_AFTER.search(text) and not _STILL_TO_DO.search(text))
        ):
            state = max(state, SOFT)
        elif TASK_SET.search(text) or _LISTED.search(text):
            state, since = TARGET, False
        elif inside:
            target = _sets_target(sentence[:start], text, dating.now)
            will = bool(_WILL.search(_QUOTED.sub("", _with_next(sentence, start, end))))
            past = (
                not target if dating.reads_back else _year_past(*inside[-1], target, dating, will)
            ) and not _written_within(inside, dating)
            past = past or _past_by_context(sentence, (start, end), inside[-1][0], found, dating)
            state = (SOFT if _dated_event(sentence) else FIRM) if past else TARGET
            before_now = dating.now is not None and inside[-1][0] < dating.now
            since = (since or before_now or bool(_SPAN_OF_YEARS.search(text))) and past
        elif (
            (relative and not dating.reads_back and not _this_year_so_far(sentence, start, end))
            or _gives_once_done(text, sentence[:start])
            or (
                (
                    _TARGET.search(_aims_told(text, dating))
                    or _DECIDED.search(text)
                    or _ESTIMATE.search(text)
                )
                and not since
            )
        ):
            state, since = TARGET, False
        out.extend(_pieces(start, end, state != TARGET, status))
    if _counted_by_statistics(sentence) or _closes_on_outcome(sentence, out):
        out = [c._replace(past=True) for c in out]
        if _counted_by_statistics(sentence) and (re.search(r"[；;]\s*$", sentence) or found):
            state = FIRM  # the list goes on counting, or the year the statistics date does
    out = _read_again(sentence, out, dating)
    if _designs_new_works(sentence):
        out, state = _new_works_design(sentence, out), TARGET
    return _tasks_before_progress(sentence, out, found), state


def _all_reported(sentence: str, carried: int) -> tuple[list[Clause], int]:
    """Every clause of a sentence that says a plan was met (_reports_met), as results; when it
    ends on `；` (`…成绩单：天津…；湖北…`) the list after it goes on reporting."""
    out = [Clause(s, e, True) for s, e in clauses(sentence, 0, len(sentence))]
    return out, FIRM if re.search(r"[；;]\s*$", sentence) else carried


_UP_TO_NOW = re.compile(r"(?:截至|截止)(?:到)?\s*(?:目前|现在|日前|今年|本月|\d{1,2}\s*月)")


def _this_year_so_far(sentence: str, start: int, end: int) -> bool:
    """Whether a clause's 今年 counts this year's progress up to now, which an earlier clause
    opened (`截至目前，今年全市累计投入资金2.1亿元`): a result, unless the clause says what
    will be (`截至目前已建成5所，今年还将新建3所`, `今年，该县计划投入…`) or by when (`到今年年底，…达到100%`).
    明年 is never so far. The clause is read with the one after a bare time lead (`今年，…`)."""
    text = _with_next(sentence, start, end)
    return (
        bool(_UP_TO_NOW.search(sentence, 0, start))
        and bool(re.search(r"今年|本年", text))
        and not re.search(r"(?:到|至|于|在)\s*今年|明年|后年", text)
        and not _TARGET.search(text)
    )


def _read_again(sentence: str, marks: list[Clause], dating: Dating) -> list[Clause]:
    """The clauses as the whole sentence shows them: a forecast, levels against last year,
    shares of counts and a school's design due later each change what a clause alone said."""
    marks = _forecast_after(sentence, marks)
    marks = _levels_against_last_year(sentence, _shares_of_counts(sentence, marks))
    return _design_of_works_due(sentence, marks, dating)


_ESTIMATE = re.compile(r"(?:投资|造价)(?:估算|概算)|(?:估算|概算)(?:总)?(?:投资|造价)")
"""`投资估算10亿元`, `概算总投资…`: what works are estimated to cost is a figure planned, never one
spent, even after a clause that reports the works begun (`集中开工面积…，投资估算…`)."""


_FUNDS_WON = re.compile(
    r"(?:积极|努力|多方|全力)?争取(?=[^，,。；;\d]{0,10}?(?:资金|经费|项目资金))"
)
"""`积极争取各类资金1.2亿元` in a report of results: funds won, not funds to seek."""


_OPEN_FROM = re.compile(
    r"(?:^|[，,；;：:])\s*[从自](?:(?!到|至|起|以来|开始)[^，,；;。])*[，,]\s*$"
)
_TO_YEAR = re.compile(r"^\s*到(?=\s*((?:19|20)\d\d))")


def _then_to_now(before: str, text: str, now: int | None) -> str:
    """A clause without the 到 that answers a 从 the clause before opened (`从建国之初的…，
    到2023年…超过14年`): then and now contrasted, the year reached no deadline. A year after
    the page's own (`从严控制班额，到2027年…` in a report of 2025) is a deadline still."""
    to = _TO_YEAR.match(text)
    if to is None or not _OPEN_FROM.search(before) or (now is not None and int(to[1]) > now):
        return text
    return text[to.end() :]


def _aims_told(text: str, dating: Dating) -> str:
    """The clause's words a target word is looked for in: quotes left out, and in a report of
    results (reads_back) the 争取 of funds won."""
    text = _QUOTED.sub("", text)
    return _FUNDS_WON.sub("", text) if dating.reads_back else text


_GIVES_ONCE_DONE = re.compile(
    rf"{FINISHED}后?[^，,。；;\d]{{0,6}}?(?:可以|可|将|能够|能)\s*(?:提供|新增|增加|容纳|满足)"
)
_REPORTED_DONE = re.compile(
    rf"(?:已经?(?:全部)?|共|累计|先后|相继)(?:新|改扩?)?{FINISHED}|(?:建成|完工|竣工)了"
)


def _gives_once_done(text: str, before: str) -> bool:
    """A clause of what works can give once finished (`所有项目建成后可提供4200个学位`,
    `项目建成预计可新增学位5000个`) is still to come, even in a sentence a `…以来` or `截至…`
    opened on the works as they stand: unless `before` reports the works finished already
    (`共建成12所，建成后可提供…`, `已建成3所`)."""
    return bool(_GIVES_ONCE_DONE.search(text)) and not _REPORTED_DONE.search(before)


_OPENS_LATER = re.compile(rf"(?:{DUE_LEAD}|拟)[^，,。；;]{{0,12}}?{OPENS}")
"""Works said to open or be finished later in their sentence (`…，预计今年可投入使用`,
`拟于秋季开学`)."""
_DESIGN = re.compile(
    r"\s*(?:项目)?(?:规划|设计|计划)?(?:总?占地|总?用地|总?建筑面积|总投资|可?提供|可?容纳|设置|开设)"
    r"|\s*是一所(?:拥有)?\s*\d+\s*(?:个)?班"
)
"""A clause giving a school's design or what it gives once open (`规划总建筑面积…`, `可提供…学位`)."""
_STANDS_NOW = re.compile(r"现有|已有|原有|原来|目前有|已建成|已完工|已竣工|已投入使用|已投用")


def _design_of_works_due(sentence: str, marks: list[Clause], dating: Dating) -> list[Clause]:
    """A school's design in a sentence that says when it will open (`目前，甲学校已进入建设收尾阶段，
    规划总建筑面积约为16550平方米，是一所拥有24班的学校，可提供约1080个学位，预计今年可投入使用。`):
    what it will have once open (corpus/README.md, a school still to be built), not where it stands.
    A clause with a result of its own (`目前已完工4所`) still reports; so does every figure of a
    school the sentence says stands already (`乙学校已建成，总建筑面积…`), and a year gone by."""
    due = next(
        reversed(list(_OPENS_LATER.finditer(sentence))), None
    )  # the last: `计划建成…，…，预计…投用`
    if due is None or _school_stands(sentence):
        return marks
    year = re.search(r"(?:19|20)\d\d", due.group())
    if year and dating.now is not None and int(year.group()) < dating.now:
        return marks
    return [
        c._replace(past=False)
        if c.past
        and c.end <= due.start() + 1
        and _DESIGN.match(sentence, c.start)
        and not _own_result(sentence[c.start : c.end])
        else c
        for c in marks
    ]


_NEW_WORKS_DESIGN = re.compile(
    r"新(?:校舍|校区|校园|大楼|教学楼|教学大楼|综合楼|园舍|学校|幼儿园)"
    r"[^，,。；;\d]{0,6}?(?:规划|设计)"
    r"|(?:项目)?(?:列入|纳入)[^，,。；;]{0,24}?(?:建设计划|项目计划|计划)[，,]\s*(?:该)?项目(?:位于|选址)"
    r"|(?:项目)?(?:列入|纳入)[^，,。；;]{0,40}?(?:规划|计划)》?[，,]\s*(?:规划|设计)(?:建设|设置|办学规模)?"
    r"(?=\d|[一二三四五六七八九十两])"
)
"""`新校舍规划设计为三层楼，共有16间教室、3间厕所`, `已将该项目列入2024年…重点项目建设计划，项目
位于…，用地面积…`, `该项目已列入《…布局专项规划》…，规划30个班`: a new building's design, or a
project put in a plan of works and where it stands, what it will have once built
(corpus/README.md, a school still to be built), whatever year the report is."""
_HOLDS = re.compile(r"共有|共设|设有|建有")


def _designs_new_works(sentence: str) -> bool:
    return bool(_NEW_WORKS_DESIGN.search(sentence)) and not _school_stands(sentence)


def _new_works_design(sentence: str, marks: list[Clause]) -> list[Clause]:
    """The clauses of a new building's design from where it opens: its counts (`共有16间教室`)
    are what it is planned to hold, not what stands; the sentences after it go on about works
    to come."""
    lead = _NEW_WORKS_DESIGN.search(sentence)
    if lead is None:
        return marks
    return [
        c._replace(past=False)
        if c.past
        and c.end > lead.start()
        and not _own_result(_HOLDS.sub("", sentence[c.start : c.end]))
        else c
        for c in marks
    ]


def _school_stands(sentence: str) -> bool:
    """A clause saying the school stands, with no count of its own (`乙学校已建成`; not
    `目前已完工4所`, a count of works done)."""
    return any(
        _STANDS_NOW.search(part) and not re.search(r"\d", part)
        for part in re.split(r"[，,；;]", sentence)
    )


def _own_result(text: str) -> bool:
    return bool(
        _RESULT.search(text)
        or _SINCE.search(text)
        or _EVENT.search(text)
        or _UNDER_WAY.search(text)
        or _MET.search(text)
        or _BEFORE.search(text)
    )


_FORECAST_LEAD = re.compile(r"据[^，,。；;]{0,12}?预测\s*[，,：:]")


def _forecast_after(sentence: str, marks: list[Clause]) -> list[Clause]:
    """`据6月底统计预测，今年秋季将有40所以上学校开学`: what a forecast expects to happen, from
    the lead on, is no target the text sets, 将 or not."""
    lead = _FORECAST_LEAD.search(sentence)
    if lead is None:
        return marks
    return [c._replace(past=True) if c.start >= lead.start() else c for c in marks]


def forecast_before(sentence: str, at: int) -> bool:
    """Whether a forecast's lead (`据预测，`) stands before `at`: what follows is expected, so it
    is no result either, and no baseline of a target (`据预测，…需新增学位2.6万个`)."""
    return _FORECAST_LEAD.search(sentence, 0, at) is not None


_AGAINST_LAST_YEAR = re.compile(
    rf"\s*(?:较|比)(?:上年|去年|上一年)(?:同期)?\s*(?:分别)?(?:{CHANGE})"
)


_MARGIN = re.compile(r"左右|约|以上|以内|不少于|不低于|不超过")


def _levels_against_last_year(sentence: str, marks: list[Clause]) -> list[Clause]:
    """A level followed at once by how far it moved since last year (`今年…共招收18.57万人，比上年
    增加13362人`), in a sentence with no word of a target: a statistic of the year, 今年 or not;
    `今年计划招生5000人，比上年增加300人` sets a target and says how far it goes, and so does a
    level with a margin (`2026年招生规模6.2万人左右，比上年增加2000人左右`): a count done is exact.
    The move after a level set as a target is the rise planned with it, a target too."""
    aims = bool(_TARGET.search(_QUOTED.sub("", sentence)))
    out = list(marks)
    for i in range(len(out) - 1):
        if not _AGAINST_LAST_YEAR.match(sentence, out[i + 1].start):
            continue
        pair = sentence[out[i].start : out[i + 1].end]
        if not aims and not _MARGIN.search(pair):
            out[i] = out[i]._replace(past=True)
        elif not out[i].past:
            out[i + 1] = out[i + 1]._replace(past=False)
    return out


def _written_within(inside: list[tuple[int, bool]], dating: Dating) -> bool:
    """Whether a clause names the year it was written inside the period it then plans for
    (`某县2014年规划“十二五”期间计划新建…`): the period is still ahead of that year, though an
    undated page's `十二五` is long past."""
    end, period = inside[-1]
    written = [y for y, p in inside[:-1] if not p and end - 4 <= y < end]
    if not period or not written or (dating.now is not None and dating.now > end):
        return False
    return dating.base_year is None or dating.base_year < written[-1]


def _rose_since(sentence: str, dating: Dating) -> bool:
    """Whether a sentence says how far a level moved since a year before the plan's base."""
    m = _RISE_SINCE.search(sentence)
    if m is None:
        return False
    if m["year"] is None:
        return True  # `比十年前提高`: measured from years ago, a result
    return dating.base_year is None or int(m["year"]) < dating.base_year


_BRACKET = re.compile(r"[(（][^()（）]*[)）]")


def status_brackets(sentence: str) -> list[tuple[int, int]]:
    """Brackets that tell where a total stands today (`完成97所(已建成18所、在建34所,剩余45所)`):
    their parts are reports, and say nothing of the total's own tense."""
    return [m.span() for m in _BRACKET.finditer(sentence) if _RESULT.search(m.group())]


def _outside(sentence: str, start: int, end: int, status: list[tuple[int, int]]) -> str:
    """A clause's words outside the status brackets, which judge its tense."""
    keep = [ch for i, ch in enumerate(sentence[start:end], start) if not _within(i, status)]
    return "".join(keep)


def _within(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in spans)


def _sets_target(before: str, text: str, now: int | None) -> bool:
    """Whether a dated clause sets a target: a word of one from its year on (_then_to_now), or
    a sentence that tells what a plan sets (_PLAN_SETS)."""
    then_now = _then_to_now(before, text, now)
    return bool(_TARGET.search(_QUOTED.sub("", then_now))) or bool(_PLAN_SETS.search(before))


def _met_or_selected(text: str, sentence: str) -> bool:
    """A clause reporting a goal met (_MET), a selection's outcome (_SELECTED) or opening a
    breakdown of what was added (_ADDED_BROKEN_DOWN), and setting no target besides."""
    if _MET.search(text) and not _TARGET.search(_MET.sub("", text)):
        return True
    if _ADDED_BROKEN_DOWN.search(text) and not _TARGET.search(sentence):
        return True
    return bool(_SELECTED.search(text)) and not _TARGET.search(text)


def _pieces(start: int, end: int, past: bool, status: list[tuple[int, int]]) -> list[Clause]:
    """A clause cut where a status bracket opens and closes: the bracket's parts are reports."""
    cuts = sorted({start, end, *(p for a, b in status for p in (a, b) if start < p < end)})
    return [Clause(a, b, past or _within(a, status)) for a, b in itertools.pairwise(cuts)]


_STATISTICS_LEAD = re.compile(
    r"^\s*(?:[据经](?:[^，,。；;]{1,12}?)?(?:不完全)?统计|(?:统计)?数据显示|统计显示"
    r"|经(?:[^，,。；;]{1,8}?)?(?:评估|核查|督导|检查|监测|测评|抽查)(?:认定)?)\s*[，,：:]"
)
"""`据统计，今年该县共启动教育方面项目35个`, `经统计，…供应量计2万6,467名`, `据教育部统计，…`: a
sentence led by the statistics it quotes counts what was done or stands, 今年 or not; so does
one led by a review's finding (`经评估，你县…差异系数为0.43`)."""


def _counted_by_statistics(sentence: str) -> bool:
    """A sentence led by `据统计，` with no word of a target in it: all of it reports, and so do
    the sentences after it while its list goes on (`据统计，今年…76所；小学…22所；…。`) or, when
    it is dated, until a later year (`据统计，2011年…。专任教师学历合格率达到98.8%`)."""
    return bool(_STATISTICS_LEAD.match(sentence)) and not _TARGET.search(_QUOTED.sub("", sentence))


_OUTCOME = re.compile(
    r"(?:满足|缓解|解决|改善|提升|提高|增强|扩大|推动|促进|带动|保障|优化|丰富|方便|惠及)了"
)
"""An effect reported done (`…，更好满足了学生的入学需求`, `缓解了入学难`)."""
_RECORD = re.compile(r"创[^，,。；;\d]{0,12}?(?:新高|最高|新纪录|之最)")
"""A record reached (`…等6个项目建设，项目数与投入数创历年最高`): what the figures before it did."""


def _closes_on_outcome(sentence: str, marks: list[Clause]) -> bool:
    """A sentence that ends by saying what its figures achieved (`某镇今年新增1所小学、1所幼儿园，
    更好满足了…需求`) or that they were last year's (`…北京去年交出一份答卷`) and has no word
    of a target: the figures are what was done, 今年 or not."""
    if not marks or _TARGET.search(_QUOTED.sub("", sentence)):
        return False
    last = sentence[marks[-1].start : marks[-1].end]
    if (_OUTCOME.search(last) or _RECORD.search(last)) and not re.search(r"\d", last):
        return True
    return bool(_LOOKS_BACK.search(re.split(r"\d", fold(sentence))[-1]))


_LOOKS_BACK = re.compile(
    r"去年(?!的?基础上)|过去的?[一二三四五\d]*年|(?<![\d.])(?:[一二三四五六七八九十两多]|\d{1,2})年来"
)
"""Closing words after a sentence's last figure that place its figures in the past
(`…覆盖率达到88%，累计增加18万个学位……北京去年交出一份亮丽的答卷`)."""


_SHARE = re.compile(r"^\s*占(?:比)?[^，,。；;\d]{0,30}?\d[\d.]*\s*%\s*[。；;]?\s*$")
_SETS_SHARE = re.compile(r"达到|达|不低于|不少于|不超过|超过|以上|以下|保持|提高|提升")
_COUNT_END = re.compile(r"\d[\d.]*\s*(?:万|亿)?\s*(?:所|个|名|人|班|元|平方米|套|项)\s*[，,]?\s*$")
_SPENDING_SHARE = re.compile(r"^\s*占[^，,。；;\d]{0,20}?(?:支出|开支|预算)")
"""`拨款900亿元，占政府总开支15%`: what share of all spending an allocation is, the level the
budget sets for it as much as its sum."""


def _shares_of_counts(sentence: str, marks: list[Clause]) -> list[Clause]:
    """A share printed right after a count (`新开办幼儿园51所，占新增学校总量的60%`,
    `…838所，占比83.8%`): what part of a total that count makes, a composition, not a level
    set, where the sentence has no word of a target; `占比达到60%`, `占…不低于50%` set one."""
    out = list(marks)
    if _TARGET.search(_QUOTED.sub("", sentence)):
        return out  # `在校生要达到39万人，占在校学生比重为32.83%`: a target's share is one too
    for i in range(1, len(out)):
        text = sentence[out[i].start : out[i].end]
        if (
            _SHARE.match(text)
            and not _SETS_SHARE.search(text)
            and (count := sentence[out[i - 1].start : out[i - 1].end])
            and _COUNT_END.search(count)
            and not (count.rstrip("，, ").endswith("元") and _SPENDING_SHARE.match(text))
        ):
            out[i] = out[i]._replace(past=True)
    return out


_PROGRESS = re.compile(
    r"^\s*(?:并|也|均|都|全部|其中)?\s*(?:目前|现已|现|已|均已|也已|都已)?\s*(?:全部)?"
    r"(?:完工|竣工|建成|开工|在建|立项|完成|投用|交付)"
    r"|^[^\d，,。；;]{0,8}?(?:都|均|也|全部)?已(?:全部)?(?:完工|竣工|建成|开工|立项|完成)"
)
"""A clause that opens by telling how far a count's works have got (`目前完工4所`, `现已全部立项`,
`立项和设计工作都已完成`)."""
_WORKS = re.compile(
    r"(?:(?:新建|改扩建|扩建|改建|增设|续建|新增)[^，,。；;\d]{0,20}?|任务(?:数|量)?\s*(?:是|为)?\s*)"
    r"\d[\d.]*\s*(?:万|亿)?\s*(?:所|个|座|处|项|间)"
)
"""A count of works to build (`新建3所`, `新建幼儿园10所`), or a task's count (`任务数是11所`)."""
_DONE_IN = re.compile(r"有|完成|完工|开工|竣工|建成|在建|正在|设计|立项|出")
"""Words by which a count is itself progress or a count of what stands."""


def _tasks_before_progress(
    sentence: str, marks: list[Clause], found: list[tuple[int, int, bool, bool]]
) -> list[Clause]:
    """A count followed at once by how far its works have got (`甲县新建3所、改扩建1所，目前完工
    4所`, `新建幼儿园10所，现已全部立项`): a progress report sets each task against what is done,
    so the count is the task (the programme's), though a `截至…` made the report's clauses
    results. Not where the count's own clause says it was done or dates it."""
    out = list(marks)
    for i in range(len(out) - 1):
        first, then = out[i], out[i + 1]
        text = sentence[first.start : first.end]
        if not first.past or sentence[first.end : first.end + 1] not in ",，":
            continue
        if any(first.start <= at < first.end for at, *_ in found):
            continue
        if _RESULT.search(text) or _SINCE.search(text) or _DONE_IN.search(text):
            continue
        progress = sentence[then.start : then.end]
        if not _WORKS.search(text) or not re.search(r"\d|全部|都|均", progress):
            continue
        if _PROGRESS.search(progress):
            out[i] = first._replace(past=False)
    return out


def _reports_met(sentence: str) -> bool:
    """A sentence that says a plan was met (`2022年，完成…39个，新增…4.5万个，超额完成年度任务目标`)
    reports every clause of it, its year's amounts too, unless it says what it will do."""
    met = _MET.search(sentence)
    return bool(met) and not _TARGET.search(_MET.sub("", _QUOTED.sub("", sentence)))


_EVENT_DATE = re.compile(
    r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月(?:\d{1,2}\s*日)?(?:上旬|中旬|下旬|初|底|末)?"
)


def _dated_event(sentence: str) -> bool:
    """`2022年10月下旬开始，区政府…征集意见和建议`: a sentence that dates an event to its month
    and counts nothing tells the story of what happened; it leaves the sentences after it
    reports only until one sets a level (新增, 新建…), as 目前 would."""
    return not re.search(r"\d", _EVENT_DATE.sub("", fold(sentence)))


_DUE_BY = r"(?:预计|计划|力争|规划)?\s*(?:到|至)\s*(?:19|20)\d\d\s*年(?:底|末)?"
_HELD_THEN = re.compile(rf"^(?:{_DUE_BY})?[^，,。；;\d]{{0,12}}?共有")
_DUE_ALONE = re.compile(rf"^\s*{_DUE_BY}\s*[，,]\s*$")
_DUE_OPENS = re.compile(rf"^\s*{_DUE_BY}")


def _result_told(text: str, before: str, out: list[Clause]) -> bool:
    """A clause with a word of a report, unless that word only moves a rate on last year's
    (_aims_past_last_year), or is the 共有 of what will stand by a year, which the clause opens
    with or the clause before gives alone (`到2030年，市区小学共有79所`: a plan's total, not a
    count made now; the year then decides, as any year does) and no other word of a report
    stands beside it."""
    if not _RESULT.search(text) or _aims_past_last_year(text, bool(out) and not out[-1].past):
        return False
    due = bool(_DUE_OPENS.match(text)) or bool(
        _DUE_ALONE.match(before) and out and not out[-1].past
    )
    held = due and bool(_HELD_THEN.match(text)) and not re.search(r"现在|当前|现阶段", text)
    return not held or bool(_RESULT.search(text.replace("共有", "")))


def _aims_past_last_year(text: str, after_target: bool = False) -> bool:
    """A clause whose only word of a report is a comparison with last year, with a word of a
    target, that moves a rate by points (`近视率力争比上年下降1个百分点`): a change a year's plan
    sets, not one measured; an amount more than last year's (`计划投资较上年增加1.5亿元`) is
    still a comparison told. A move after a target in the same sentence is set as well, with
    no word of its own (`合格率达到95%以上，优良率比上年提高2个百分点`: `after_target`). (A move
    set by a range or a margin, `比上年提高3-5个百分点`, is none of _RESULT's already: _MOVE_SET.)"""
    if not _AGAINST_LAST_YEAR.search(text) or "百分点" not in text:
        return False
    rest = _AGAINST_LAST_YEAR.sub("", text)
    return not _RESULT.search(rest) and (
        after_target or bool(_TARGET.search(_QUOTED.sub("", rest)))
    )


def _statistic(text: str, sentence: str, dated: bool) -> bool:
    """A clause that only counts pupils or staff, in a sentence with no year, no word of a
    target and no verb that sets a level or adds them: a statistic (`在校生10561.2万人`)."""
    if dated or not (count := _HEADCOUNT.search(text)):
        return False
    staffed = _STAFFS.search(text, 0, count.start())  # `补充公办园教职工120名`: an amount to add
    return not (_TARGET.search(sentence) or _SETS_LEVEL.search(sentence) or staffed)


_STAFFS = re.compile(r"补充|招聘|引进|配备|配齐|增补|增加|选派|培养")
"""Verbs that add staff or pupils (`两年内补充公办园教职工120名`): the count after them is how
many to add, not a headcount."""


_SETS_LEVEL = re.compile(
    rf"{REACHES_LONG}|不低于|不少于|新建|新增|改扩建"
    r"|^\s*(?:该|本)?(?:项目|学校|工程)?(?:规划|设计)(?:总?占地|总?用地|总?建筑面积|办学规模|建设规模)"
    r"|^\s*(?:该|本)(?:项目|工程)(?:是[^，,。；;]{0,24}?(?:项目|工程)\s*[，,])?"
    r"(?:总?占地|总?用地|总?建筑面积|总投资|建设规模)"
)
"""Words that set a level or an amount (text.REACHES_LONG): after a report made by 目前…, a sentence with them sets a target again, unless it opens by going on with the report (`同时，…使普惠率达到96%`).
So does a sentence that opens with a work's planned design (`…已开工建设。项目规划总用地面积…`),
or with a project's own measures (`…正在施工。该项目是县重点工程，占地面积…`): a project is works
under way, and its measures are what the school begun will have once built."""
_GOES_ON = re.compile(r"^\s*(?:其中|同时)")
_PARTICULARS_OPEN = re.compile(
    r"^\s*(?:该|本|这所|此)(?:校|园|学校|幼儿园|项目|工程)(?:规划|设计)?"
    r"(?:总?占地|总?用地|总?建筑面积|总投资|办学规模|建设规模)"
)


def _design_due(sentence: str) -> bool:
    """A sentence that opens on a school's particulars and says when it will be finished
    (`该校占地40亩，…，预计后年春季建成`): the design of a school still to be built, whatever
    the sentence before reported (a groundbreaking ceremony held)."""
    return bool(_PARTICULARS_OPEN.search(sentence) and _OPENS_LATER.search(sentence))


def _past_by_context(
    sentence: str,
    clause: tuple[int, int],
    year: int,
    found: list[tuple[int, int, bool, bool]],
    dating: Dating,
) -> bool:
    """Whether the rest of its sentence makes a dated clause a result: a total up to the page's
    year, a level before a goal, or a sentence that opens by looking back."""
    start, end = clause
    text = sentence[start:end]
    return (
        _totals_to_now(sentence[start:], dating)
        or _level_before_goal(sentence, start, end, year, found)
        or (_looks_back(sentence[:start]) and not _AIMS.search(text))
        or (_MOVED_SINCE.match(sentence[end:]) is not None and not _AIMS.search(text))
    )


_MOVED_SINCE = re.compile(
    r"\s*[，,]\s*(?:(?:与|同|较|比)\s*[^，,。；;]{0,12}?(?:相比|比较)?\s*[，,]?\s*)?"
    rf"{_MOVE_DONE}"
)
"""A dated level followed by how far it has moved (`2011年全省…总投入达到145.4亿元，与2006年相比，
增长了79.3%`): the perfective 了 tells a move done, so the level is the year's result."""


_RECENT_YEARS = re.compile(rf"^\s*(?:{RECENT_YEARS})")
_AIMS = re.compile(AIMS)


def _looks_back(before: str) -> bool:
    """Whether a sentence opens by looking back over recent years (`近年来，…先后改善…，2022年
    教育经费总投入为1.8亿元`): a year in it, with no word of a target, is one of those years."""
    return bool(_RECENT_YEARS.search(before))


def _year_past(year: int, period: bool, target: bool, dating: Dating, will: bool = False) -> bool:
    """Whether a clause dated `year` reports results."""
    if dating.base_year is not None and year <= dating.base_year:
        return True
    if dating.now is not None and year < dating.now and not will:
        return True
    if dating.dated and dating.now is not None and year >= dating.now:
        return False  # the page's own year and later: its programme, never its past
    if dating.news and dating.ahead and year < max(dating.ahead) and not target:
        return True
    if _before_the_period_ahead(year, target, dating):
        return True
    return period and dating.base_year is None and dating.now is None and year <= _last_end(dating)


def _before_the_period_ahead(year: int, target: bool, dating: Dating) -> bool:
    """In a text that dates nothing of its own but sets targets for a period (`“十四五”期间，
    我市将…`, `到2025年`), a year before that period began (`2018年至2020年，全市共新改扩建
    公办园87所`), in a clause with no word of a target, is its past."""
    if target or dating.now is not None or dating.base_year is not None or not dating.ahead:
        return False
    return year < period_start(min(dating.ahead))


def period_start(year: int) -> int:
    """The first year of the five-year period a year falls in (2023 → 2021, 2020 → 2016)."""
    return year - (year - 1) % 5


def _last_end(dating: Dating) -> int:
    """The end of the last period finished before an undated text's own: the one before the
    period of the first year it sets targets for (`到2020年` → 十二五, 2015), else 十三五."""
    return period_start(min(dating.ahead)) - 1 if dating.ahead else LAST_PERIOD_END


_TOTAL_OVER = re.compile(
    r"(?P<first>(?:19|20)\d\d)\s*年?\s*[至到\-—–~]\s*(?P<last>(?:19|20)\d\d)\s*年"
    r"[^。；;]*?(?:累计|总计|合计|共(?!同|建|享|治|育|赢|识|性))"
)
"""`2020年至2023年，我国共安排…36亿元`: a total over years that began before the page's year and
end with it sums what was done so far; a plan's own span (`2023—2025年，共新建…`) starts
with its year or later."""


def _totals_to_now(text: str, dating: Dating) -> bool:
    """Whether a clause, with the rest of its sentence (`2018年至2020年，通过…工程，某省共新建…`),
    sums a span of years up to the page's year."""
    m = _TOTAL_OVER.search(fold(text))
    if m is None or dating.now is None or _TARGET.search(_QUOTED.sub("", text)):
        return False
    return int(m["first"]) < dating.now and int(m["last"]) <= dating.now


_WILL = re.compile(WILL)
"""`到2017年，全市将新建115所`: a clause that says a thing will be done states a target even
when a repost dates the page years after it."""


_IS_LEVEL = re.compile(r"(?<![成作认改])为\s*[\d.]|(?<![还不])是\s*[\d.]")
_GOAL_AHEAD = re.compile(r"到|目标|达到|提高|提升|力争|确保")


def _level_before_goal(
    sentence: str, start: int, end: int, year: int, found: list[tuple[int, int, bool, bool]]
) -> bool:
    """`2010年，…平均受教育年限为9.94年，…确定2015年目标值为12.2年以上`: a level an earlier year
    is (为/是, no word of a target) before the goal the sentence then sets for a later year is
    where the goal starts from, whether or not the plan's base year is known."""
    text = _with_next(sentence, start, end)
    if not _IS_LEVEL.search(text) or _TARGET.search(text):
        return False
    return any(
        y > year and not rel and _GOAL_AHEAD.search(sentence[max(end, at - 8) : at + 12])
        for at, y, _, rel in found
        if at >= end
    )


def _with_next(sentence: str, start: int, end: int) -> str:
    """A clause, with the one after it when it is only a time lead (`到2017年，全市将…`)."""
    own = sentence[start:end]
    if re.search(r"\d", _ANCHOR.sub("", fold(own))):
        return own
    after = re.match(r"[^，,；;。]*", sentence[end + 1 :])
    return own + (after.group() if after else "")


_SINCE_LEAD = (
    r"^[^，,。；;：:]{{0,30}}?(?:(?:自|从)?(?:19|20)\d\d\s*年以来|近[一二三四五几\d]*年来"
    r"|过去的?[一二三四五\d]*年|[“\"]?(?:{past})[”\"]?(?:期间|以来)|[“\"]?(?:{begun})[”\"]?以来"
    r"|(?<![\d.])(?:[一二三四五六七八九十两多]|\d{{1,2}})年来)"
)
"""A lead that dates its story from a past point to now (`2021年以来`, `近年来，…`, `过去五年`,
a period finished before the text's own time, `“十三五”期间`, or one begun, `“十四五”以来`)."""


@functools.cache
def _since_lead(start: int | None) -> re.Pattern[str]:
    """_SINCE_LEAD for a text whose own time begins in `start` (text.looked_back_on)."""
    past, begun = looked_back_on(start)
    return re.compile(_SINCE_LEAD.format(past=past, begun=begun))


def reports_since(opening: list[str], body: str, start: int | None = None) -> bool:
    """Whether a page only reports what was done: its opening dates the story from a past
    point up to now (`2021年以来`, `“十三五”期间，…`) and no sentence of it with a figure speaks
    of what is to come (将, 计划, 力争, 到2025年; a closing `下一步，将继续…` sets no figure).
    Its figures are results, `新建…1所` printed bare too."""
    lead = _since_lead(start)
    if not any(lead.match(text) for text in opening):
        return False
    return not any(
        _TARGET.search(_QUOTED.sub("", body[a:b]))
        for a, b in sentences(fold(body))
        if re.search(r"\d", body[a:b])
    )
