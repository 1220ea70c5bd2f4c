"""A short indicator name from the words around a value in a sentence.

Chinese plans print a target in a few shapes, and the name sits in a different place in
each: `普惠性幼儿园覆盖面达到90%以上` (name before the value), `新建15所中小学` (a verb
before, the thing counted after), `50%以上的学校拥有…` (the share's subject after), and
`A、B和C分别达到a、b和c` (names and values as two lists). The words that are not the
name (到2025年, 全市, 力争, 达到, 保持在…) are taken off both ends.
"""

from __future__ import annotations

import re

from plancmp.draft.segments import STAGE_WORDS, segment_of, stage_lead, stages_named
from plancmp.draft.text import (
    ACRONYM,
    AGES,
    ALL_TOLD,
    ALLOTS,
    BOUND_BEFORE_OBJECT,
    BOUND_BEFORE_VERB,
    BOUND_VERBS,
    BOUNDS,
    COUNT_VERBS,
    KEEPS,
    OUR_PLACE,
    PER,
    REACHES,
    SCHOOL_KIND,
    SPAN_YEAR,
    SPENDS,
    longest_first,
)

MARKS = "*＊▶►▷●○◆◇■□★☆※•·√✔✓①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽❶❷❸❹❺❻❼❽❾❿"
"""Marks and circled numbers a list puts before an item (`*改建床位220张`, `▶新建林带2条`,
`②新建村卫生室20个`): no part of a name."""
_LEADING = re.compile(
    rf"^(?:为[^，,。；;为]{{1,30}}、[^，,。；;为]{{1,30}}?(?:{SCHOOL_KIND}|学生|儿童|幼儿|女生|教师|老年人|家庭|群众|居民)"
    r"(?=提供|购置|配备|配齐|发放|安装|建设|新建|开设|实施)"
    rf"|[由从]每班$|其中|同时|并且|并|且|以及|及(?![格时早])|另外|此外|届时|{OUR_PLACE}|[“\"](?![^“”\"]*[”\"])"
    r"|【[^【】]{1,8}】"  # a page's tag before a caption (`【B】【吉09】`)
    r"|(?:我们|咱们|[省市区县镇乡村]里)(?=[将要会拟再还也]|计划|力争|确保|今年|明年|[\u4e00-\u9fff]{0,2}?(?:新建|新增))"
    rf"|目标(?={COUNT_VERBS})(?!.*(?:率|比例|占比|比重)$)|{KEEPS}"
    r"|您所?(?:反映|提到|咨询|关心|关注)的|(?:至少|最少)(?=[\u4e00-\u9fff]{2})|确保|力争|凡是|凡|希望(?!工程|小学|中学|学校|之)|原则上|多措并举|多管齐下|争取|努力|预计|预估|计划|初步计划|进一步|积极|持续|不断|全面|切实|大力|着力|逐步|坚决|务必"
    r"|[由从][^，,。；;\d由从]{1,16}?的\s*$"
    r"|加快|推动|推进|实现|达成|保障|保证|促使|使|让|要求|明确|强调|指出|要|将|拟(?![建定任聘录])|(?:平均)?每年|年均|分年度|按年度|期间|以上|为|对(?![口接标])|给|由|从"
    rf"|应(?:当|该)?(?={COUNT_VERBS})|分别(?={COUNT_VERBS})|(?:原则)?同意(?={COUNT_VERBS})"
    r"|(?:亦|也|则|就)(?=[由从将会要])|(?:拥|共)?有(?![效序关力利机些])(?![^，,。；;的]{1,8}的)(?=[\u4e00-\u9fff]{2}|$)"
    r"|(?:我们|我|[\u4e00-\u9fff]{0,5}?(?:局|署|政府|当局))?(?:亦|也|还|并)?会(?=在|于|为|向|分别|逐步|继续|进一步|再|推出|推行|设立|提供|增加|增设|投入|拨款|预留)"
    r"|[\u4e00-\u9fff]{0,4}?把(?=[\u4e00-\u9fff]{4})|约?(?:共)?需要?(?=资金|投资|经费)"
    r"|(?:并)?(?:按照?|依照|参照)[^，,；;。]{0,12}?(?:模式|方式|标准|要求|规定)"
    rf"|(?:原有|现有)(?:{ALL_TOLD})"
    r"|全年|年内|当年|目前|当前|现阶段|(?:今明两年|今明年|今年|本年|明年|后年)(?:年?[底末]前?|起|开始)?"
    r"|(?:去年|上年)(?=[\u4e00-\u9fff]{4})"
    r"|(?:于|在|到|至)?(?:1[0-2]\d|一[〇○零一二][〇○零一二三四五六七八九])\s*年(?:底|末|度)?(?:前|起)?(?=[\u4e00-\u9fff])|再(?=[新增建招改扩])|涉及|包括|包含|还有|还将|提出|(?:任务)?目标[是为]|(?:(?:建成|竣工|投用|投入使用)后)?可(?=(?:按照?标准)?(?:新增|新建|提供|供给|供应|增加))"
    r"|(?:于|在|到)?(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:底|末|份|[上中下]旬)?(?:前|内|起)?(?![龄])(?=[\u4e00-\u9fff])"
    r"|(?:建成|竣工|投用|建成投用|投入使用|完工|扩建完成|建设完成)后(?:将|预计)?(?=可?(?:新增|提供|供给|供应|增加|容纳)|办学规模|规模)"
    r"|(?:未来|今后|近|过去|最近)?[一二三四五六七八九十两\d]{1,2}年(?!一贯|制|义务|免费|教育)(?:内|以来|来|间)?(?![\d级])"
    r"|(?:自|从|在|于)?(?:19|20)\d\d\s*年?\s*[至到\-—–~]\s*(?:19|20)\d\d\s*年(?:底|末)?(?:间|内|期间)?"
    r"|[\u4e00-\u9fff]{0,6}?(?:到|至)?\s*(?:\d{4}|[一二][〇○零一二三四五六七八九]{3})\s*年(?!级)(?:底|末|度)?(?:前后|前|以来|起(?![步点]))?"
    r"(?:[春秋]季学期|[上下]学期|[春秋]季)?"
    r"|已经?(?=[\u4e00-\u9fff]{2})"
    r"|(?:自|从|以|在|于)?(?:(?:19|20)\d\d|[一二][〇○零一二三四五六七八九]{3})\s*[/／至到\-—–~]\s*"
    rf"[\d〇○零一二三四五六七八九]{{2}}\s*(?:学年度|{SPAN_YEAR})(?:间|起|内)?"
    r"|(?:19|20)\d\d\s*[至到\-—–~]\s*(?:19|20)?\d\d\s*年?\s*[)）]"
    r"|(?:自|从|以|在|于)?(?:[\d○〇零一二三四五六七八九十]{2,3}\s*[至到\-—~]\s*)?"
    r"[\d○〇零一二三四五六七八九十]{2,3}\s*学年度?(?:间|起|内)?"
    r"|[\u4e00-\u9fff]{0,5}?(?:[省市区县旗]|政府|教育局|教育厅|教委)(?=计划|将|拟|要|今年|明年|力争|确保)"
    rf"|(?![^今明]{{0,3}}(?:教育|学|园|校))[\u4e00-\u9fff]{{2,4}}?(?=(?:今年|明年)(?:将|要|计划|拟)?(?:{SPENDS}|新建|新增|建设))"
    r"|[\u4e00-\u9fff]{2,4}?(?<![率面数量例重])(?<![率面数量例重][也还])(?=将(?![来对把])(?!(?:可能|可以|可|能)?(?:达到|达|超过|保持在|稳定在|控制在)?\s*$))|用[一二三四五六七八九十两\d]{1,2}年(?:左右)?(?:的)?时间"
    r"|[“\"]?十[一二三四五]五[”\"]?(?:期间|时期|末)?|[“\"][六七八九十]五[”\"](?:期间|时期|末)?"
    r"|(?<![十\d])[六七八九十]五(?:期间|时期)|\d{1,2}[.．、](?:(?!\d)|(?=(?:19|20)\d\d\s*年))"
    r"|[（(]\s*(?:到|至)?\s*(?:19|20)\d\d\s*年(?:底|末)?前?\s*[)）]"
    r"|\d+\s*(?:所|个|家)(?=[^，,。；;\d]{2,20}?(?:率|比例|占比))"
    r"|[（(][\d一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]+[、是]|在(?![校园读职编岗])|的|、|，|,|[（(]|\s"
    rf"|[{MARKS}]"
    r"|[\u4e00-\u9fff]{0,10}?(?:网|报|台|社|日)讯(?:[(（][^()（）]{1,24}[)）])?"
    r"|[\u4e00-\u9fff]{0,10}?\d{1,2}\s*月\s*\d{1,2}\s*日电(?:[(（][^()（）]{1,24}[)）])?"
    r"|[(（](?:记者|通讯员|采访人员|实习生|见习记者)[^()（）]{0,24}[)）]"
    r"|[\[【][^\[\]【】，,。]{0,12}?(?:网|报|台|社|新闻|[A-Za-z]{3,})[^\[\]【】，,。]{0,12}?[\]】]"
    r"|(?:共计|合计|总计|共)(?=可|能|提供|新增|增加)"
    rf"|(?:可|将)?达到(?:共计|合计|总计|共)?(?={COUNT_VERBS})"
    r"|拟建(?=总?(?:建筑|占地|用地|校舍)面积)"
    r"|(?:按照?|以)?\s*(?:(?:19|20)\d\d\s*年)?\s*(?:不变|可比|现行)?价格?计算"
    rf"|[\u4e00-\u9fff]{{0,6}}?(?:共|再|总|专门)?(?:{ALLOTS}|投入)(?=[\u4e00-\u9fff]{{1,12}}?(?:资金|经费|投资)$)"
    r"|[^，,。；;]{0,20}?(?:介绍了|介绍说|表示|指出|透露|获悉|了解到|(?:调研|调查|检查|督查|走访|排查)[中时]?发现)[，,：:]?)"
)
"""… and a news item's dateline and byline (`某报讯（记者 王五）`, `某社某地5月3日电`, a site's `[某某网]`, `【某某newsline】`), which open its first sentence;
a total's mark before its verb (`共计可新增`), and a goal's 达到 (`可达到共建成`); 拟建 before an area (`拟建总建筑面积`: planned, no
part of what is measured); the prices a sum is counted at (`按2020年价格计算的`); who sets money aside or spends it, before
the fund it names (`市级共投入改造资金`: the fund is 改造资金; not 投资, a noun that
opens a name too: `投资评审`); the list of those a work is for (`为甲校、乙校购置…`); who says or
finds it (`副局长某某介绍了`, `调研中发现`); who spends or builds this year or next, a place
with or without 市/县 (`某州今年投资`), but not a stage or school (`学前教育今年新增`); the 有 that
says a count will exist (`将有120辆校车投入使用`, `将拥有公园8个`: the name is what is counted,
not 有); `届时` (by then), and who speaks or acts in a quote or a news report (`我们将`,
`县里计划`) and the mark that opens a quote of them; a bracket giving only the year a task runs
to (`用三年时间（至2029年）`); how many a rate is of (`85所…达标率`): no part of what is counted."""
_TRAILING = re.compile(
    rf"(?:{REACHES}|到达|保持|{KEEPS}"
    rf"|[平人]?均|(?:全面)?(?:巩固|提升)?并|顺利|全部|(?<=[\u4e00-\u9fff]{{2}})各|总体|要|进一步|放宽(?:到|至)|(?<=[额数率例量])会|(?:{BOUNDS})(?:{PER})*|(?:至少|最少)要?(?:安排|保证|保障)?|(?<=[率面数量例重])(?:[也还再]|已经?)|(?<![供响适相对反效答])应|须|将|力争|争取|确保|(?<=[\u4e00-\u9fff]{{2}})(?:预计|预估)|要求|超|为|(?<=[数量率额])是|在|的|实现|做到|达成|基本|原则上|由|从|近|约|超过|还有"
    r"|(?<=[\u4e00-\u9fff])(?:(?:力争|争取|计划|预计|确保)?(?:到|至|在|于))?\s*(?:19|20)\d\d\s*年(?:底|末|内)?前?"
    r"(?:[春秋]季学期|[上下]学期|[春秋]季|学年)?(?:完成|建成|实现)?"
    r"|(?<=[率数量额例重面])目标(?:值|是|为)?"
    r"|(?<=[率数量额例重面])(?:达到|完成)[^，,。；;\d的]{1,12}?(?:任务|目标|计划|要求)"
    r"|每人|每生|(?:平均)?每年|逐年|每月|(?<=[由从])每班|(?:较|(?<!占)比)(?:上年|去年|上一年|(?:19|20)\d\d\s*年(?:底|末)?"
    r"|[“\"]?(?:十[一二三四五]|[六七八九])五[”\"]?(?:期?末|时期末|时期|期间)?)"
    r"|(?<=[\u4e00-\u9fff]{2})[由从][^，,。；;\d由从]{1,16}?的"
    r"|(?<=[\u4e00-\u9fff])(?<![将由从])[由从]?(?:现在|现时|目前|当前|原来|原有|现有)的?"
    rf"(?:{ALL_TOLD})?"
    r"|(?<=[\u4e00-\u9fff]{2})(?<![许认])(?:可以|可|能够|有望)|(?<=新建|扩建|改建|续建)有|(?<=[校园])有|(?<=[\u4e00-\u9fff]{2})(?:总|一)?共有"
    r"|[、，,。；;：:]|\s)$"
)
"""… and a modal or `有` a removed verb leaves behind (`办学规模可达到`, `公办园数量可`, `新建有`);
an estimate's word (`教育总投入预计` 近20亿元); a deadline or goal printed after the name
(`巩固率到2030年达到`, `入学率目标是`); the year or five-year period a change is counted from (`普及率较2025年`, `巩固率比“十二五”末`, `招生比“九五”时期`);
the goal a rate reaches a share of (`竣工率达到五年规划任务的` 50%)."""
_BOUND_BEFORE_NAMES_VERB = re.compile(
    rf"{BOUND_BEFORE_VERB}(?=(?:{BOUND_VERBS})$)|{BOUND_BEFORE_OBJECT}"
)
"""A bound before the verb a name ends on (`每周至少开设`), or before the verb of having what
the name ends on (`每个县至少应有老年大学`): the comparator's, no part of the name (`每周开设劳动课`,
`每个县老年大学`)."""
_RAISED_TO = re.compile(r"(?:提高|提升|增加|扩大|上调|放宽|降低|下调)(.{2,}?)(?:至|到)")
"""`提高村卫生室运行经费补助至` (6000元), `扩大医疗救助范围至` (9类), `下调起始年级班额至`
(40人): what is raised, loosened or lowered. Only verbs that take what they move as their object,
not all of text.CHANGE: `增长`, `上升`, `下降` take none, and `增长率达到` is no rise of `率达`."""
_VERBS = (
    rf"{COUNT_VERBS}|联系|走访|对接|参与|参加|接受|拥有|覆盖|输送|吸引|服务|筛查|资助|都有|均有"
    r"|召开|举行|组织|寻访|讲述|发布|出台|制定|编制|配备|配齐|安排|表彰|奖励|授予|评估|验收|遴选"
    r"|维修改造|改造|增加|增设"
)
_VERB_END = re.compile(rf"(?:{_VERBS})$")
_VERB_START = re.compile(rf"^(?:{_VERBS})")
_LIST_SPLIT = re.compile(r"、|以及|和|及(?!以[上下])|(?<![参给赋授])与")
"""What parts a list's items; not `及以上` (`本科及以上学历`), one bound of one item, nor the
与 of a word (`参与率`, `给与`)."""
_JOINER = re.compile(r"(?:、|，|,|以及|和|及|与|或)$")


CITATION = re.compile(r"\[\d{1,3}\]|^\s*(?:-|[—–－]{1,2})\s*")
"""A citation mark (`[4]`) and the dash a round-up or a goals list opens an item with (`- …`,
`——…`): no part of a name."""


def clean(text: str) -> str:
    """`到2025年，全市普惠性幼儿园覆盖面达到` → `普惠性幼儿园覆盖面`."""
    text = _BEFORE_DASH.sub("", CITATION.sub("", text)).strip().rstrip('“「"‘')  # `实现“应助尽助”`
    name = _bare(_after_open_bracket(text))
    opened = max(text.rfind("（"), text.rfind("("))
    if not name and opened > 0 and not re.search(r"[)）]", text[opened:]):
        name = _bare(_LIST_OPENER.split(text[:opened])[-1])  # `毛入园率（2027年达到`
    year = None if name else _YEAR_AFTER_NAME.search(text)
    if year and not _COMPARED_WITH.search(text, 0, year.start()):
        name = _bare(text[: year.start()])  # `普惠率2025年达到`: the name before its year
    return name


_COMPARED_WITH = re.compile(r"(?:比|较|与|同|和|于|了|从|由|在)\s*$")
"""`…招生比1985年增长`, `到了2030年`: a year compared with or reached, no year after a name."""
_YEAR_AFTER_NAME = re.compile(r"(?:到|至)?\s*(?:19|20)\d\d\s*年(?:底|末)?(?:前)?")
"""The year between a short name and its verb (`足球特色学校2025年达到`), which the leading words
stripped with the name (`全市2025年` strips to nothing)."""


_BEFORE_DASH = re.compile(r"^.*(?<!\d)(?:——|──|--)(?!\d)(?=.*[\u4e00-\u9fff])")
"""What a dash closes (`学校体育工作——学生体质健康达标率达到`, `回应了警示——…患病率达`): a heading or
a lead the words after the dash explain; the name is in those words."""
_LIST_OPENER = re.compile(r"[)）、，,：:]|包括")
"""What ends the item before a name in a list (`包括甲率（…）、乙率（2027年达到`)."""


def _bare(text: str) -> str:
    """A name without the words around it: leading years, places and verbs, trailing verbs."""
    for _ in range(8):
        stripped = _LEADING.sub("", text, count=1)
        stripped = _BOUND_BEFORE_NAMES_VERB.sub("", _TRAILING.sub("", stripped))
        if stripped == text:
            break
        text = stripped.strip()
    raised = _RAISED_TO.fullmatch(text)
    text = raised.group(1) if raised else text
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")  # `规划建设“两所学校”`: a quote cut open
    return text


def _after_open_bracket(text: str) -> str:
    """What follows a bracket left open (`实施“8310工程”（续建` → `续建`); a bracket opened
    right before the value names what precedes it (`甲家园（15班）`: the 15 classes are
    甲家园's)."""
    for opener, closer in (("（", "）"), ("(", ")")):
        i = text.rfind(opener)
        if i >= 0 and closer not in text[i:]:
            text = text[i + 1 :] if text[i + 1 :].strip() else text[:i]
    for opener, closer in (("）", "（"), (")", "(")):
        if text.endswith(opener) and closer not in text:
            text = text[:-1]
        if text.startswith(opener) and closer not in text:  # `）、乙家园`: the last one's close
            text = text[1:].lstrip("、，, ")
    return text


def strip_place(name: str, places: tuple[str, ...]) -> str:
    """`济宁市学前教育毛入学率` → `学前教育毛入学率`: the plan's own place says nothing, but
    it is part of a school's name that it founds (`桃园市立桃园幼儿园`)."""
    for place in sorted(places, key=len, reverse=True):
        rest = name[len(place) :]
        if place and name.startswith(place) and _FOUNDED_BY.match(rest):
            return name
        if place and name.startswith(place) and len(rest) > 2:
            return clean(rest)
    return name


_FOUNDED_BY = re.compile(r"[省市县区]?立")
"""`桃园市立`, `台北市立`: what follows a place that founds the school named."""


_BOUND_OF_WHOLE = re.compile(rf"({BOUNDS})([^，,。；;：:\d]{{2,24}}?)的?\s*$")
_A_SHARE = re.compile(r"比例|比重|占比")


def bound_of_whole(text: str, end: int | None = None) -> re.Match[str] | None:
    """A bound, then the whole a percentage is of, that `text` ends with (up to `end`):
    `骨干教师不低于交流教师总数的` (20%); group 1 the bound, group 2 the whole. Not words that
    already name a share (`不低于省定标准的学校比例`): the bound is of what the share counts.
    One reading for the share's name (share_name) and its comparator (prose)."""
    bound = _BOUND_OF_WHOLE.search(text, 0, len(text) if end is None else end)
    return bound if bound and not _A_SHARE.search(bound[2]) else None


def share_name(name: str) -> str:
    """`财政性学前教育经费占同级财政性教育经费的` + a percentage → `…占…比例`; a bound before the
    whole (`骨干教师不低于交流教师总数的`) reads as 占 (`骨干教师占交流教师总数比例`), and a
    name that already says it is a share keeps no whole (`交流教师的比例不低于教师总数的`)."""
    bound = bound_of_whole(name)
    if bound and bound.start() >= 2:
        subject = name[: bound.start()]
        name = subject if re.search(r"比例|比重|占比|率$", subject) else f"{subject}占{bound[2]}"
    if "占" in name and not re.search(r"比例|比重|占比|率$", name):
        return name.removesuffix("的") + "比例"
    return name


def noun_after(right: str, share: bool = False) -> str:
    """The thing counted after a value, up to the next value (`right` ends there), without
    the list mark that joins it to the next (`、`, `和`); after 等 (`…等名优教师`), what the
    list sums up. The thing may open with a Latin acronym (`30个AI实验室`, `5所STEM学校`) or
    the ages of whom it counts (`40个2至3岁托育名额`). After a share (`share`) the noun keeps
    what becomes of those it counts (`60%公办学校纳入集团化管理`: the share is of those brought
    in), which after a count ends it."""
    right = _SIZE_OF_EACH.sub("", right, count=1)
    if not right or not re.match(
        rf"\s*(?:的\s*)?(?:{ACRONYM}|{AGES})?[\u4e00-\u9fff“\"（(]", right
    ):
        return ""
    if _NEXT_VERB.match(right):
        return ""  # `硬化道路10万平方米并安装路灯1000盏`: 并 opens the next item's verb
    if JOINED_NEXT.match(right):
        return ""  # `占比达到55%和覆盖率达到85%`: the words after 和 name the next value
    fund = _FUND.match(right.strip())
    if fund:
        return fund.group()  # `安排1亿元校舍维修资金以及…配套资金`: the fund it names first
    right = right.strip().lstrip("的 ").rstrip("。；;！？!?，, ")
    right = re.sub(r"[(（][^)）]*$", "", right)  # a bracket the next value is in
    right = re.sub(r"^([^(（)）]*)[)）].*", r"\1", right)  # `（…360个学位）`: its bracket ends it
    right = re.sub(r"^([^“”]+)”.*", r"\1", right)  # `“两所学校”、…`: the quote the value opened
    etc = list(_ETC.finditer(right))
    before_next = re.split(r"[和及与、，,]", right, maxsplit=1)
    closing = bool(etc) and not right[etc[-1].end() :].strip()
    if closing and len(before_next[0]) <= 6 < len(right):
        # `7所中学和凤岗小学、文笔塔小学等`: that 等 closes the next value's examples
        right = before_next[0]
    elif closing:
        right = right[: etc[-1].start()]  # `打造10家成长驿站等`: the list of works goes on
    elif etc and (more := _OWN_BEFORE_MORE.search(right, 0, etc[-1].start())):
        right = right[: more.start()]  # `2座转运站以及停车场、标识等配套设施`: the rest uncounted
    elif etc:
        right = right[etc[-1].end() :]
    kind = _KIND_THEN_WORKS.match(right)
    if kind:
        right = kind.group(1)  # `5所初中、甲中综合教学楼、乙高中改扩建工程`: other works listed
    stop = (_SHARE_STOP if share else _NOUN_STOP).search(right, 2)
    if stop:
        right = right[: stop.start()]  # `43所普惠性幼儿园列入十大民生实事`: the noun ends at 列入
    right = _JOINER.sub("", right.rstrip(MARKS + " "))
    right = re.sub(r"(?<=[校园])中$", "", right)  # `18所学校中，…`: the set a breakdown is of
    if (copula := _COPULA.match(right)) and _LEADING_VERB.match(right[copula.end() :]):
        right = right[copula.end() :]  # `其中5所新建，7所属于改扩建`: what the part is
    if _GOAL_AFTER.fullmatch(right.strip()):
        return ""  # `达到11.3年目标`: the value is the goal, 目标 names nothing
    right = _SOLVES.sub("", right.strip())  # `购买校车服务解决学生乘车问题`: why, not what
    return _GOAL_END.sub("", right)  # `建成45家社区食堂的目标`: 的目标 names nothing


JOINED_NEXT = re.compile(r"\s*(?:和|与|以及|及(?!以[上下]))")
"""A value followed by `和`, `与`, `以及`: what follows is the next item of the list, no noun of
this value's (and the next value's name starts after it)."""


_GOAL_AFTER = re.compile(
    r"(?:的)?(?:发展|工作|建设|年度|既定|预期)?(?:目标|任务)(?:任务)?"
    r"(?:如期|按期|按时|全面|顺利)?(?:实现|完成|达成)?"
)
"""What a value is said to be after it (`达到11.3年目标`, `覆盖率达到80%的发展目标`, `新建幼儿园
300所的工作任务如期完成`): the goal or task it is, which names nothing; `目标人群` does."""


_SOLVES = re.compile(r"(?<=[\u4e00-\u9fff]{2})解决[^，,。；;\d]{2,24}?问题$")
"""`投入…万元购买校车服务解决学生乘车问题`: the problem the work solves, no part of its name."""
_GOAL_END = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})的{_GOAL_AFTER.pattern}$")
"""`达到建成45家社区食堂的目标`, `完成培训教师900人次的任务`: the goal or the task the things
counted make, no part of their name (a 任务 is a plan's goal given to those who do it)."""


_SIZE_OF_EACH = re.compile(
    r"^\s*\d+(?:\.\d+)?\s*(?:户|人|名|平方米|亩|米|层|个班|班)(?:以上|及以上|左右)的?(?=[\u4e00-\u9fff“\"])"
)
"""`230个50户以上木质房屋连片村寨…`: a size every counted thing has (50户以上) is part of the
noun after the count, not the end of it."""
_OWN_BEFORE_MORE = re.compile(r"(?<=[\u4e00-\u9fff]{2})以及")
"""`以及` after the noun of a value: the items after it, summed up by 等, are not counted."""
_ETC = re.compile(r"(?<![中高初同平均对相])等(?![级次值])|(?<=[初高]中)等(?=\s*$)")
"""`…等名优教师`: 等 closing a list, not the 等 of 中等职业学校, 高等教育, 同等; but 等 after a
school's 初中/高中 where the next count follows (`甲初中等5所初中`) closes its examples."""
_NEXT_VERB = re.compile(
    r"\s*(?:并且|并|同时|还|"
    r"(?:切实|扎实|全面|大力|着力|全力|进一步|持续|不断)"
    r"(?:推进|推动|加强|提升|改善|实施|开展|落实|保障|加快|提高|做好|解决|完成|建设))"
)
"""Words that open the next predicate after a value (`…10万平方米并安装…`, `投入2.5亿元切实推进…`):
what follows is no noun of the value."""
_FUND = re.compile(r"[^，,；;。、]{1,12}?(?:资金|经费)(?=以及|和|及|与|、)")
NEXT_ITEM = re.compile(rf"、(?=(?:{_VERBS}|实现))")
"""A list mark before a verb opens the next item of a list of works."""
_COPULA = re.compile(r"\s*(?:属于|均属于?|均为|都是|为|是)")
"""`7所属于改扩建`: a part described by what it is, not a noun counted."""
_KIND = rf"(?:{SCHOOL_KIND})"
_KIND_THEN_WORKS = re.compile(rf"({_KIND})、(?!{_KIND})[^、，,]{{4,}}")
"""A kind of school counted, then a list mark and other works of the list (not another kind:
`3所初中、高中` may count both)."""
_NOUN_STOP = re.compile(
    r"列入|纳入|用于|打造|助力|带动|建成投|投入使用|的建设|的办学|[都均也]?(?:已|即将|将)|能够|被(?![子褥服])|…|⋯"
    r"|(?<!\d)\d{1,2}\s*月"
)
"""Where the noun after a value ends: a verb of what becomes of it or of what it is for
(`…专项资金用于…`, `…60所实验校打造…`), an ellipsis (`…30所幼儿园……`), after which the
sentence goes elsewhere, or a month (`…4所学校9月投入使用`), when what is counted is done; a
`都`, `均` or `也` before 将 or 已 (`170所新学校都将开工`) goes with the verb."""
_SHARE_STOP = re.compile(r"…|⋯|(?<!\d)\d{1,2}\s*月")
"""Where the noun after a share ends: an ellipsis or a month only."""


_LEADING_VERB = re.compile(rf"^新?(?:{_VERBS})(?:[、和及与]新?(?:{_VERBS}))*")


def leading_verb(text: str) -> str:
    """The verbs a name opens with (`新组建`, `新建、改扩建`), or ''."""
    m = _LEADING_VERB.match(text)
    return m.group() if m else ""


def starts_with_verb(text: str) -> bool:
    """`走访学校`: words that are themselves an action, not the thing counted."""
    return bool(_VERB_START.search(text))


def ends_with_verb(left: str) -> bool:
    """`高标准建设`, `每人联系`, `引进和培养`: the thing the number counts comes after."""
    return bool(_VERB_END.search(left))


def split_list(text: str) -> list[str]:
    """Items of `A、B和C`, outside brackets (`县(市、区)` is one item)."""
    items, depth, start = [], 0, 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "(（“[":
            depth += 1
        elif ch in ")）”]" and depth:
            depth -= 1
        elif depth == 0:
            m = _LIST_SPLIT.match(text, i)
            if m:
                items.append(text[start:i])
                start = i = m.end()
                continue
        i += 1
    items.append(text[start:])
    return [x.strip() for x in items if x.strip()]


def complete(items: list[str]) -> list[str]:
    """Give short list items the words they share with the long one.

    `学前段、义务教育段和高中段残疾儿童入学率` → each segment with `残疾儿童入学率`;
    `合格率与优良率` after a long first item → `体质健康合格率`, `体质健康优良率`.
    """
    if len(items) < 2:
        return items
    first, last = items[0], items[-1]
    if (lead := _lead_of_stages(items)) and (done := complete([first[len(lead) :], *items[1:]])):
        kept = TASK_LEAD.sub("", lead)  # `全面提升小学、初中…`: the task is no part of a name
        return [kept + x for x in done]  # `县域内小学、初中差异系数`: of 县域内 both
    stage = stage_lead(items[:-1], last)
    if stage is not None and all(segment_of(x) for x in items[:-1]):
        return [*(x + last[len(stage) :] for x in items[:-1]), last]  # 学前教育和义务教育经费
    if len(last) >= 2 * max(len(x) for x in items[:-1]):
        lead = _parallel_lead(items[:-1], last)
        head = last[len(lead) :]
        return [*(x + head for x in items[:-1]), last]
    if len(first) > 2 * max(len(x) for x in items[1:]):
        out = [first]
        for x in items[1:]:
            if first[-1] == x[-1]:
                out.append(first[: len(first) - len(x)] + x)
            else:  # `公办园在园幼儿占比、普惠率`: a rate of its own, whole already
                out.append(x if _RATE_ENDS.search(first) and _RATE_ENDS.search(x) else first + x)
        return out
    return _stage_shared(items)


_RATE_ENDS = re.compile(r"(?:率|比例|比重|占比|覆盖面)$")
"""A list item that names a rate whole (`普惠率` after `公办园在园幼儿占比`)."""
_ENDS_ON_STAGE = re.compile("(?:" + "|".join(sorted(STAGE_WORDS, key=longest_first)) + ")$")


TASK_LEAD = re.compile(
    r"^(?:严格|全面|切实|认真|足额|进一步|逐步|稳步|大力|着力|持续|不断)?"
    r"(?:落实|执行|提高|提升|推进|加强|改善|保障|完善|调整|确保|达到)"
)
"""The task words that open a label or a list's lead (`严格落实…基准定额`, `全面提升小学、初中…`):
the indicator is what the task works on, so they are no part of its name."""


def _lead_of_stages(items: list[str]) -> str:
    """What opens a list of stages before the first (`县域内` of `县域内小学、初中校际差异系数`): a
    few words before a stage that ends the first item, when every other item but the last is a
    stage and the last opens with one. '' otherwise."""
    stage = _ENDS_ON_STAGE.search(items[0])
    if stage is None or not 0 < stage.start() <= 6 or segment_of(items[0]):
        return ""
    if stages_named(items[0][: stage.start()]):
        return ""  # `义务教育阶段小学、初中…`: a stage of its own before the list
    if not all(segment_of(x) for x in items[1:-1]) or not stage_lead([stage.group()], items[-1]):
        return ""
    return items[0][: stage.start()]


_SCHOOL_ENDS = ("园", "学校", "中专")
_STAGE_HEAD = re.compile(
    "^(?:"
    + "|".join(sorted((w for w in STAGE_WORDS if not w.endswith(_SCHOOL_ENDS)), key=longest_first))
    + ")(?=.{2})"
)
"""A stage that heads a list of measures (`初中入学率、巩固率、毕业率`, `高中段…`): not a word for
schools (幼儿园, 中职学校, 职业中专), which is a thing counted (`幼儿园数、在园幼儿数`)."""


def _stage_shared(items: list[str]) -> list[str]:
    """`初中入学率、巩固率、毕业率` → `初中巩固率`, `初中毕业率`: the stage printed before the
    first of a list of short measures of one kind (each ends as the first does) is theirs too."""
    head = _STAGE_HEAD.match(items[0])
    if not head:
        return items
    rest = items[0][head.end() :]
    others = items[1:]
    alike = all(
        len(x) <= max(len(rest), 4) and x[-1] == rest[-1] and not _STAGE_WORD.search(x)
        for x in others
    )
    return [items[0], *(head.group() + x for x in others)] if alike else items


_STAGE_WORD = re.compile("|".join(sorted(STAGE_WORDS | {"幼儿", "义务"}, key=longest_first)))
"""Any stage word (segments.STAGE_WORDS), `幼儿` (`在园幼儿`) and `义务` (`义务段`'s stem)."""


_SCHOOLING = re.compile(r"[入辍升就失上留]学$")
"""入学, 辍学, 升学…: a 学 that opens a rate's words, not the end of a stage (小学, 中学)."""


def _parallel_lead(short: list[str], last: str) -> str:
    """The part of `last` that stands where the short items stand (高中段 in 高中段残疾…): up to
    the character they end with, but not the 学 of a rate of schooling (`小学、初中辍学率`)."""
    stage = stage_lead(short, last)
    if stage is not None:
        return stage
    size = len(short[0])
    end_char = short[0][-1]
    for n in (size, size + 1, size - 1, size + 2):
        if 0 < n < len(last) and last[n - 1] == end_char and not _SCHOOLING.search(last[:n]):
            return last[:n]
    return last[:size]
