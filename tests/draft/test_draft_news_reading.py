"""How news reports, digests and programmes write targets: rules read from how such texts
are written, each stated on invented sentences."""

from __future__ import annotations

from plancmp.draft.build import Draft, _plans, draft_document
from plancmp.draft.document import Document, Paragraph
from plancmp.draft.found import Found
from plancmp.draft.naming import name_values
from plancmp.draft.prose import Paragraph as Where
from plancmp.draft.prose import Plan, read_paragraph
from plancmp.draft.sections import parts
from plancmp.draft.spans import find_spans
from plancmp.draft.text import sentences
from plancmp.draft.title import find_title, looks_back
from plancmp.values import parse

NEWS_2022 = Plan(2020, 2025, False, now=2022, news=True, ahead=(2025,), dated=True)
NEWS_2024 = Plan(2020, 2025, False, now=2024, news=True, ahead=(2025,), dated=True)


def read(text: str, plan: Plan) -> tuple[list[tuple[str, int | None]], list[str]]:
    found, baselines, _ = read_paragraph(text, Where("正文", False, None, 0), plan)
    return [(f.raw, f.year) for f in found], [f.raw for f in baselines]


def brief(found: list[Found]) -> list[tuple[str, int | None]]:
    return [(f.raw, f.year) for f in found]


def _draft_of(*lines: str) -> Draft:
    """The draft of a page of these paragraphs."""
    return draft_document(Document("page.txt", tuple(Paragraph(t) for t in lines)), "n", [])


def test_an_amount_reached_is_no_target_year() -> None:
    """`达到3150亿元` reaches an amount; only `到2025年` names a year ahead."""
    targets, results = read("“十三五”时期，全省教育经费累计达到3150亿元，年均增长7.5%。", NEWS_2022)
    assert targets == []
    assert results[0] == "3150亿元"


def test_a_quoted_programme_name_states_no_intent() -> None:
    """`“强师计划”` names a programme: the sentence goes on reporting results."""
    targets, results = read(
        "目前，全区义务教育巩固率达到98.1%。入选“强师计划”培养学校6所。", NEWS_2022
    )
    assert targets == []
    assert results == ["98.1%", "6所"]


def test_unnumbered_section_lines_of_a_digest_date_and_mark_what_follows() -> None:
    """A digest marks its parts with short unnumbered lines: a review's lines are results,
    a year's or a period's work is dated by it."""
    d = Document(
        "digest.txt",
        (
            Paragraph("01"),
            Paragraph("2022年工作回顾"),
            Paragraph("新建幼儿园6所。"),
            Paragraph("02"),
            Paragraph("“十四五”时期任务"),
            Paragraph("引进优质高中2所。"),
            Paragraph("03"),
            Paragraph("2023年重点工作"),
            Paragraph("新增学位3000个。"),
        ),
    )
    got = [(p.block.text, p.review, p.year) for p in parts(d) if isinstance(p.block, Paragraph)]
    assert [g for g in got if "。" in g[0]] == [
        ("新建幼儿园6所。", True, 2022),
        ("引进优质高中2所。", False, 2025),
        ("新增学位3000个。", False, 2023),
    ]


def test_a_short_sentence_is_no_section_line() -> None:
    d = Document("p.txt", (Paragraph("完成年度任务"), Paragraph("新建幼儿园6所。")))
    assert [p.path for p in parts(d)] == [(), ()]


def test_the_coming_years_count_this_year_as_their_first() -> None:
    """`未来五年` on a page of 2022 runs 2022-2026; an undated page leaves it undated."""
    plan = NEWS_2022._replace(base_year=None, target_year=2022)
    targets, _ = read("未来五年，全区将新建学校20所。今年新建学校4所。", plan)
    assert targets == [("20所", 2026), ("4所", 2022)]
    undated = plan._replace(now=None, dated=False, target_year=None)
    assert read("未来三年，全区将新建学校9所。", undated)[0] == [("9所", None)]


def test_parts_by_kind_of_school_are_named_each_by_its_own_kind() -> None:
    """`其中中学8所、小学12所、幼儿园20所`: each part is its own kind, with the verb the total
    was built with, though how it is built (`高标准`) comes first."""
    named = name_values("全县将高标准新建及改扩建学校40所，其中中学8所、小学12所、幼儿园20所。", {})
    assert [(n.name, n.segment) for n in named][2:] == [
        ("新建及改扩建小学", "小学"),
        ("新建及改扩建幼儿园", "学前"),
    ]
    assert named[1].name.endswith("中学")


def test_counts_of_a_plans_own_tasks_and_projects_are_no_targets() -> None:
    """A plan summarised by its parts (`9项主要任务`, `12个教育提升重点工程`) or a programme by
    how many items it holds (`实施重点民生实事15件`) counts itself, not what it will reach."""
    text = (
        "规划提出9项主要任务、20项重大项目，确定了12个教育提升重点工程；"
        "今年实施重点民生实事15件，新建幼儿园3所。"
    )
    assert [text[s.start : s.end] for s in find_spans(text)] == ["3所"]
    programme = "全年建设重点项目20个。"
    assert [programme[s.start : s.end] for s in find_spans(programme)] == ["20个"]


def test_an_undated_target_of_a_dated_report_is_of_the_reports_year() -> None:
    """A news page dated 2019 that quotes `到2020年…` leaves its undated targets to 2019."""
    doc = Document(
        "news.txt",
        (
            Paragraph("某市加快发展学前教育"),
            Paragraph("2019年03月02日 10:15 来源：某市日报"),
            Paragraph("记者获悉，到2020年全市学前三年毛入园率将达到92%以上。"),
            Paragraph("该市要求每个乡镇至少办好1所公办中心幼儿园。"),
        ),
    )
    d = draft_document(doc, "news", [])
    got = [(r.record.target.raw, r.record.target.year) for r in d.records]
    assert got == [("92%以上", 2020), ("至少办好1所", 2019)]


def test_a_head_count_that_picks_out_places_is_no_value() -> None:
    """`5万人口以上的镇`, `45人以上的大班额` say which ones; the count after is the value (and
    `全面消除`, the goal for those classes)."""
    text = "5万人口以上的镇至少建成1所幼儿园，全面消除45人以上的大班额。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["至少建成1所", "全面消除"]


def test_the_population_a_school_serves_is_a_condition() -> None:
    """`城镇服务人口1万人以上设置1所幼儿园`: how many people a kindergarten is for picks out the
    places; what they get is the value. `常住人口达到100万人` is a count of its own."""
    text = "城镇服务人口1万人以上设置1所幼儿园，按照农村服务人口2000人、城镇服务人口3000人设置1所小学。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["1所", "1所"]
    text = "全市常住人口达到100万人，新建幼儿园3所。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["100万人", "3所"]


def test_at_least_with_the_verb_between_is_a_floor() -> None:
    value = parse("至少办好2所")
    assert (value.op, value.value, value.unit) == (">=", 2, "所")


def test_at_least_there_stands_is_a_floor() -> None:
    """`每个乡镇至少有1所公办中心幼儿园`: at least one stands in each, a floor."""
    text = "实现每个乡镇至少有1所公办中心幼儿园。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["至少有1所"]
    value = parse("至少有1所")
    assert (value.op, value.value, value.unit) == (">=", 1, "所")


def test_at_the_least_there_stands_is_a_floor_too() -> None:
    """`最少有21所公办园招生`: news's 最少 for 至少, with the same verbs after it."""
    text = "今年9月，某区将最少有21所公办园招生。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["最少有21所"]
    value = parse("最少有21所")
    assert (value.op, value.value, value.unit) == (">=", 21, "所")


def test_a_notice_that_the_years_tasks_were_done_lists_them_as_that_years_targets() -> None:
    assert not looks_back("某县教育局2021年民生实事项目任务完成情况公示")
    assert looks_back("某县教育事业发展规划实施情况评估报告")
    doc = Document(
        "notice.txt",
        (
            Paragraph("某县教育局2021年民生实事项目任务完成情况公示"),
            Paragraph("1、改造农村薄弱学校 12 所，增加公办幼儿园学位 600 个。"),
            Paragraph("至2021年11月底，已圆满完成全部任务。"),
        ),
    )
    got = [
        (r.record.target.raw, r.record.target.year) for r in draft_document(doc, "n", []).records
    ]
    assert got == [("12 所", 2021), ("600 个", 2021)]


def test_the_end_of_a_period_in_inner_quotes_dates_the_target() -> None:
    """`“在‘十四五’末期，…`: a quoted speech opening with the period's end."""
    undated = Plan(None, None, False)
    targets, _ = read("“在‘十四五’末期，全省力争把高中阶段毛入学率提高到93%。”", undated)
    assert targets == [("93%", 2025)]


def test_the_end_of_a_period_after_a_word_of_commitment_dates_the_target() -> None:
    """`确保“十四五”末完成…`: the period's end is the deadline, though the sentence opens on
    this year's step (`今年将启动第三轮`)."""
    targets, _ = read(
        "依照安排，今年全区将启动第三轮评选，确保“十四五”末累计评出示范校85所。", NEWS_2022
    )
    assert targets == [("85所", 2025)]
    targets, _ = read("力争“十五五”期末新建公办园14所。", NEWS_2022)
    assert targets == [("14所", 2030)]


def test_a_name_after_ba_and_before_the_word_goal() -> None:
    """`力争把X提高到…` names X; `达到95%目标` — the goal is the value, not part of the name."""
    for text in ("全省力争把高中阶段毛入学率提高到95%。", "为实现高中阶段毛入学率达到95%目标，要…"):
        named = name_values(text, {})
        assert [n.name for n in named] == ["高中阶段毛入学率"]


def test_a_shortfall_is_no_target() -> None:
    """`学位缺口3000个` is what is lacking; the shortfall brought to nothing (`学位缺口动态清零`)
    is the goal (it had been dropped with the counts)."""
    targets, _ = read("预计明年全区初中学位缺口3000个，将新建初中2所。", NEWS_2022)
    assert targets == [("2所", 2023)]
    targets, _ = read("到2023年，城区学位缺口动态清零。", NEWS_2022)
    assert targets == [("动态清零", 2023)]


def test_a_shortfall_to_fill_is_a_target() -> None:
    """`到2023年补齐中小学教师缺口1200名`, `消除城区学位缺口3000个`: the gap is to be filled by
    then, a target (it had been left out as a shortfall)."""
    targets, _ = read("到2023年补齐中小学教师缺口1200名。", NEWS_2022)
    assert targets == [("1200名", 2023)]
    targets, _ = read("到2023年消除城区学位缺口3000个。", NEWS_2022)
    assert targets == [("3000个", 2023)]


def test_the_deng_of_a_word_is_no_list_end() -> None:
    """`等` closes a list (`…等名校`), but `中等职业学校`, `高等教育` keep theirs."""
    named = name_values("着力打造20所示范性中等职业学校。", {})
    assert [n.name for n in named] == ["打造示范性中等职业学校"]


def test_places_a_project_adds_once_built_are_named_by_what_it_adds() -> None:
    """`建成投用后将增加学位…`: what the schools add, not when."""
    named = name_values("全市新建学校12所，建成投用后将增加学位1.2万个。", {})
    assert [n.name for n in named] == ["新建学校", "增加学位"]


def test_added_places_printed_as_zeng_jia_and_xin_zeng_are_one_target() -> None:
    """`新增学位` and, later, `增加学位` with the same number: one record."""
    doc = Document(
        "news.txt",
        (
            Paragraph("某市2023年教育工作要点"),
            Paragraph("一、今年全市将新增学位1.5万个。"),
            Paragraph("二、全市将新建学校20所，建成投用后将增加学位1.5万个。"),
        ),
    )
    got = [(r.record.name, r.record.target.raw) for r in draft_document(doc, "n", []).records]
    assert [raw for _, raw in got] == ["1.5万个", "20所"]


def test_a_news_subhead_restating_a_sentence_adds_nothing() -> None:
    """`三年投入9亿元建30所学校` over the paragraph that says it: the paragraph's records only.
    A short line with one figure (a list item) is kept."""
    doc = Document(
        "news.txt",
        (
            Paragraph("某区加快建设学校"),
            Paragraph("2022-05-06 来源：某区日报"),
            Paragraph("三年投入9亿元建30所学校"),
            Paragraph("今后三年，全区将累计投入9亿元，新建改扩建中小学和幼儿园30所。"),
            Paragraph("新建幼儿园8所"),
        ),
    )
    got = [r.record.target.raw for r in draft_document(doc, "n", []).records]
    assert got == ["9亿元", "30所", "8所"]


def test_founding_counts_and_how_it_is_done_is_no_name() -> None:
    """`创办一所` counts what is founded; `按…模式建设` says how, not what."""
    text = "每个乡镇创办一所公办幼儿园，并按医教结合的模式建设一所特殊教育资源中心。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["一所", "一所"]
    assert [n.name for n in name_values(text, {})][1] == "建设特殊教育资源中心"


def test_a_byline_is_no_headline() -> None:
    """A report printed without its headline, its byline after it: the byline
    (`（记者某某）`) is who wrote it, so the report's own paragraph is still read."""
    doc = Document(
        "p.txt",
        (
            Paragraph("据悉，规划提出，2025年全国学前教育毛入园率将大于90%。"),
            Paragraph("（记者王某）"),
        ),
    )
    draft = draft_document(doc, "news", [])
    assert [(d.record.target.raw, d.record.target.year) for d in draft.records] == [
        ("大于90%", 2025)
    ]


def test_a_newspapers_issue_line_is_no_headline() -> None:
    """A report with no headline, the paper's issue line after it (`《…报》2027年03月09日
    第04版`): the line names the paper and its page, so the report is read, and 今年 is the
    year of the issue."""
    doc = Document(
        "p.txt",
        (
            Paragraph("本报讯 近日获悉，今年某省将新增公办幼儿园学位3万个。"),
            Paragraph("《某某教育报》2027年03月09日 第04版"),
        ),
    )
    draft = draft_document(doc, "news", [])
    assert [(d.record.target.raw, d.record.target.year) for d in draft.records] == [("3万个", 2027)]


def test_a_dated_reports_undated_sizes_take_the_year_its_works_are_due() -> None:
    """The page is dated 2023; the school it reports opens in 2024: the year its areas and
    classes are due (a report of this year's own work would print 今年)."""
    lines = (
        "某小学新校区项目即将启动",
        "来源：某区新闻 2023-05-27 10:46",
        "日前，某小学新校区项目完成立项。该项目拟建总建筑面积约为35000㎡，共36个班。",
        "据了解，该项目计划于9月份开工建设，预计2024年9月建成并投入使用。",
    )
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    got = [
        (r.record.target.raw, r.record.target.year) for r in draft_document(doc, "n", []).records
    ]
    assert got == [("35000㎡", 2024), ("36个", 2024)]


def test_an_amount_is_no_year_of_a_headline_and_a_list_item_no_headline() -> None:
    """`新增学位2000个` holds no year and `…2000个;` ends as a list item does: neither line is
    the headline of a page whose lines run as short phrases; its short opening line is."""
    lines = ["今年秋季开学", "全市新建学校6所", "新建某路小学新增学位2000个;"]
    assert find_title(lines) == "今年秋季开学"
    assert find_title(["某区学校建设", "新建某小学新增学位2000个;"]) == "某区学校建设"
    assert find_title(["某区新增学位2000个", "2018年某区新建学校10所"]) == "2018年某区新建学校10所"


def test_a_schools_project_in_its_sentence_lends_its_stage_to_its_areas() -> None:
    """`某幼儿园某校区项目在…基础上，…总用地面积…，二期新建总建筑面积…；其中计容建筑面积…`: the
    project named as the sentence's subject sizes its school, and every area after it is of
    that school's stage, named by it or not."""
    text = (
        "甲市实验幼儿园牡丹校区项目在拆除原有旧楼的基础上,新建新楼,总用地面积9235.62㎡,"
        "二期新建总建筑面积约8050㎡;其中计容建筑面积约6250㎡,架空层约600㎡。"
    )
    named = name_values(text, {})
    assert named[0].name == "甲市实验幼儿园牡丹校区总用地面积"
    assert [n.segment for n in named] == ["学前"] * 4
    assert name_values("甲小学完成验收。新建地下室约1200㎡。", {})[0].segment is None


def test_a_pictures_credit_is_no_headline_and_leaves_the_text_before_it() -> None:
    """`图源:某某发布` under the first paragraph credits a picture: it is no title, so the
    paragraph above it is no covering notice left behind."""
    lines = (
        "近日,某市发改局对某市特殊教育学校改扩建工程予以批复。该项目计划工期约两年,总投资约5700万元。",
        "图源:某某特教发布",
        "学校总用地面积为10096.37平方米,新建建筑面积11524.42平方米。",
    )
    drafted = _draft_of(*lines)
    assert drafted.header.title != "图源:某某特教发布"
    assert "约5700万元" in [r.record.target.raw for r in drafted.records]


def test_a_letters_signature_below_its_text_is_no_headline() -> None:
    """`某县发展和改革委员会` over `2025年5月13日` at the foot of an approval signs it: no title
    taken there leaves the whole letter above it behind."""
    lines = (
        "某县教育体育局:",
        "报来的《关于申请某县2025年薄弱环节改善项目的立项报告》及附件材料收悉。经审核,批复如下:",
        "一、为完善校内基础设施建设,原则同意项目立项。",
        "二、项目建设规模及主要内容:甲中学教学楼4500平方米;乙中学运动场15000平方米。",
        "三、项目投资及来源:项目总投资约2297万元。",
        "请据此开展下一步工作。",
        "某县发展和改革委员会",
        "2025年5月13日",
    )
    drafted = _draft_of(*lines)
    assert drafted.header.title != "某县发展和改革委员会"
    assert [r.record.target.raw for r in drafted.records] == [
        "4500平方米",
        "15000平方米",
        "约2297万元",
    ]


def test_a_pictures_file_name_is_no_headline() -> None:
    """`微信图片_20210824180827.jpg` on a line of its own is a picture left by the copy, not the
    title, so the headline above it (and its target) is read."""
    lines = (
        "“十四五”期间,某市将新增公办学位超过25万个!",
        "某市将教育扩容提质行动纳入市政府“硬任务”管理。",
        "微信图片_20210824180827.jpg",
        "人大代表实地察看学校建设情况",
    )
    drafted = _draft_of(*lines)
    assert drafted.header.title == lines[0]
    assert [r.record.target.raw for r in drafted.records] == ["超过25万个"]
    assert find_title(["IMG_2031.JPG", "某县新建学校6所"]) == "某县新建学校6所"


def test_a_sentence_between_two_sentences_of_a_long_line_is_no_headline() -> None:
    """A headline runs into a page's menu before its text, never between two of its sentences."""
    lines = [
        "（资料图）",
        "某市教委主任接受采访时表示，今年将新增学位2万个。"
        "2021年、2022年连续两年将新增学位项目列入民心工程。市教委按照工作原则推进建设。",
    ]
    assert find_title(lines) is None
    page = "首页 > 新闻  某市今年新增学位2万个  记者从市教委获悉，全市将新建、改扩建学校30所，新增学位2万个。"
    assert (
        find_title([page + "其余项目按计划推进建设，确保秋季开学投入使用。"])
        == "某市今年新增学位2万个"
    )


def test_a_name_of_two_stages_together_has_no_one_stage() -> None:
    """`小学部、初中部规划建筑面积`: the figure is of both stages, so of neither; a bracketed
    qualifier (`初中（含九年一贯制学校）`) names no second stage."""
    text = "其中小学部、初中部规划建筑面积4.9万平方米，幼儿园规划建筑面积5896平方米。"
    assert [(n.name, n.segment) for n in name_values(text, {})] == [
        ("小学部、初中部规划建筑面积", None),
        ("幼儿园规划建筑面积", "学前"),
    ]
    assert name_values("小学及幼儿园年底可再完成建设6所。", {})[0].segment is None
    assert name_values("初中（含九年一贯制学校）年底建成23所。", {})[0].segment == "初中"


def test_schools_named_one_by_one_lend_their_stage_to_the_sizes_after_them() -> None:
    """`新建甲中心幼儿园和乙幼儿园，总建设面积…，共投入资金…`: the area and money are the
    kindergartens'; named schools of two kinds (`第七中学和第四幼儿园`) lend none."""
    plan = Plan(None, 2020, True, now=2020, news=True, dated=True)

    def stages(text: str) -> list[tuple[str, str | None]]:
        found, _, _ = read_paragraph(text, Where("正文", False, None, 0), plan)
        return [(f.raw, f.segment) for f in found]

    text = "新建甲镇中心幼儿园和乙村幼儿园，总建设面积2060平米，共投入资金508万元。"
    assert stages(text) == [("2060平米", "学前"), ("508万元", "学前")]
    text = "新建第七中学和第四幼儿园，总建设面积2060平米，共投入资金508万元。"
    assert stages(text) == [("2060平米", None), ("508万元", None)]


def test_areas_counted_right_before_another_count_say_where_it_stands() -> None:
    """`25个乡镇(街道)103所幼儿园`: the townships are where the kindergartens stand; a kind of
    school before places (`3所幼儿园900个学位`) is a count of its own."""
    text = "这标志着全县25个乡镇(街道)103所幼儿园即将开工建设。"
    assert [text[n.span.start : n.span.end] for n in name_values(text, {})] == ["103所"]
    text = "全县新建3所幼儿园900个学位。"
    assert [text[n.span.start : n.span.end] for n in name_values(text, {})] == ["3所", "900个"]
    text = "今年先为全县9个乡镇的27所寄宿制学校宿舍安装空调。"
    assert [text[n.span.start : n.span.end] for n in name_values(text, {})] == ["27所"]


def test_areas_after_a_subject_and_zai_say_where_the_work_is_done() -> None:
    """`某县计划在11个乡镇配备96辆校车`, `某市在4个乡镇配置…`: 在 after the clause's subject or a
    word of intent opens the places, as it does at the clause's start; after a verb it completes
    (`控制在…`) it opens no places."""
    text = "甲县计划在11个乡镇配备96辆校车，乙市在4个乡镇配置52辆校车。"
    assert [text[n.span.start : n.span.end] for n in name_values(text, {})] == ["96辆", "52辆"]
    text = "全县大班额控制在5个以内，新增学位2400个。"
    assert [text[n.span.start : n.span.end] for n in name_values(text, {})] == ["5个以内", "2400个"]


def test_the_thing_counted_ends_before_jijiang() -> None:
    """`103所幼儿园即将开工`: 即将 opens the predicate, as 将 does; the name is 幼儿园."""
    assert [n.name for n in name_values("全县103所幼儿园即将开工建设。", {})] == ["幼儿园"]


def test_a_count_of_a_lists_items_reports_nothing_standing() -> None:
    """`教育类项目共有4项。`: how many items a programme's list has, not what stands; the
    sizes after it are the programme's. `目前共有学校40所` still reports."""
    plan = Plan(None, 2020, True, now=2020, ahead=(2020,))
    text = "教育类项目共有4项。第二高中，位于某路以南，占地面积7.65万平方米。"
    found, results, _ = read_paragraph(text, Where("正文", False, None, 0), plan)
    assert ([f.raw for f in found], results) == (["7.65万平方米"], [])
    found, results, _ = read_paragraph("全县共有学校40所。", Where("正文", False, None, 0), plan)
    assert ([f.raw for f in found], [r.raw for r in results]) == ([], ["40所"])


def test_a_sentence_opening_with_a_school_and_its_site_sizes_that_school() -> None:
    """`第二高中，位于…，占地面积…，设置60个教学班`: every size is the school's, with its stage."""
    text = "第二高中，位于某街道某路以南，占地面积7.65万平方米，设置60个教学班，可容纳3000名学生。"
    assert [(n.name, n.segment) for n in name_values(text, {})] == [
        ("第二高中占地面积", "高中段"),
        ("第二高中教学班", "高中段"),
        ("第二高中可容纳学生", "高中段"),
    ]
    text = "某某小学位于某路以东，占地1.4万平方米。"
    assert [(n.name, n.segment) for n in name_values(text, {})] == [("某某小学占地", "小学")]


def test_a_schools_run_of_cost_scale_and_classes_is_that_schools() -> None:
    """`甲区(乙城)第三幼儿园，位于…，建设总投资…，建设规模…，共N个教学班`: the cost, the scale and
    the classes are the school's too, and of its stage; a place with its other name in brackets
    opens the school's name."""
    text = (
        "甲区(乙城)第三公办幼儿园，位于某路南段，建设总投资1380万元，建设规模3520㎡，共8个教学班。"
    )
    assert [(n.name, n.segment) for n in name_values(text, {})] == [
        ("甲区(乙城)第三公办幼儿园建设总投资", "学前"),
        ("甲区(乙城)第三公办幼儿园建设规模", "学前"),
        ("甲区(乙城)第三公办幼儿园教学班", "学前"),
    ]
    text = "某某中心小学，位于某村以北，办学规模24个班。"
    assert [(n.name, n.segment) for n in name_values(text, {})] == [
        ("某某中心小学办学规模班", "小学")
    ]


def test_a_programme_heading_lends_its_stage_to_no_figure_under_it() -> None:
    """`二是“高中普及攻坚”办学条件提升工程` over `计划投入900万元`: the programme's title names
    the stage, the figure's own words do not, so it has none; a plain heading above it
    (`学前教育`) still lends its stage."""


def test_a_schools_works_project_at_its_site_sizes_that_school() -> None:
    """`某小学扩建项目位于…`, `某中学新建工程EPC项目位于…`, `某小学项目用地面积…`: the works
    named by their kind (扩建, 新建工程, a contract's letters) still open the school's sizes,
    the floor area above and below ground among them."""
    text = (
        "甲区第五实验小学扩建项目位于某镇某社区，地上建筑面积4930平方米，地下建筑面积1590平方米。"
    )
    assert [(n.name, n.segment) for n in name_values(text, {})] == [
        ("甲区第五实验小学地上建筑面积", "小学"),
        ("甲区第五实验小学地下建筑面积", "小学"),
    ]
    text = "县职业高级中学新建工程EPC项目位于某镇，建设用地面积62340㎡，建设总投资约5.4亿元。"
    assert [(n.name, n.segment) for n in name_values(text, {})] == [
        ("县职业高级中学建设用地面积", "中职"),
        ("县职业高级中学建设总投资", "中职"),
    ]
    text = "乙实验小学项目用地面积37700平方米，其中建设用地面积29988平方米。"
    assert [n.name for n in name_values(text, {})] == [
        "乙实验小学项目用地面积",
        "乙实验小学建设用地面积",
    ]

    plan = Plan(None, 2020, True, now=2020, news=True, dated=True)

    def stages(text: str, section: str) -> list[tuple[str, str | None]]:
        found, _, _ = read_paragraph(text, Where(section, False, None, 0), plan)
        return [(f.raw, f.segment) for f in found]

    text = "计划投入900万元，硬化运动场18000平方米。"
    programme = "二是“高中普及攻坚”办学条件提升工程"
    assert stages(text, programme) == [("900万元", None), ("18000平方米", None)]
    assert stages(text, "学前教育 / " + programme) == [("900万元", "学前"), ("18000平方米", "学前")]
    assert stages(text, "学前教育 / 二、加快发展") == [("900万元", "学前"), ("18000平方米", "学前")]


def test_places_of_kindergartens_and_schools_built_together_have_no_one_stage() -> None:
    """`建设了9所幼儿园、中小学，新增学位9600个`: one count of schools of every stage, so
    the places are of none; `各区(市)县中` means "among the districts and counties", not a
    county high school (县中)."""
    plan = Plan(None, 2022, True, now=2022, news=True, dated=True)

    def stages(text: str) -> list[tuple[str, str | None]]:
        found, _, _ = read_paragraph(text, Where("正文", False, None, 0), plan)
        return [(f.raw, f.segment) for f in found]

    text = "甲区今年建设了9所幼儿园、中小学，新增学位9600个。"
    assert stages(text)[-1] == ("9600个", None)
    text = "今年各区(市)县中，甲区建设了14所幼儿园、中小学，新增学位1.36万个。"
    assert stages(text)[-1] == ("1.36万个", None)
    text = "今年甲区建设了9所幼儿园，新增学位2700个。"
    assert stages(text)[-1] == ("2700个", "学前")


def test_a_name_repeated_pair_by_pair_takes_the_stage_of_its_own_pair() -> None:
    """`其中幼儿园48所、新增学位1.6万个，小学37所、新增学位4.6万个`: each count of schools is
    followed by its own places; a total after several counts (`幼儿园2所、小学3所、新增学位…`)
    is of them all."""
    plan = Plan(None, 2022, True, now=2022, news=True, dated=True)

    def stages(text: str) -> list[tuple[str, str | None]]:
        found, _, _ = read_paragraph(text, Where("正文", False, None, 0), plan)
        return [(f.raw, f.segment) for f in found]

    text = (
        "今年全市新投用学校85所，新增学位9.2万个，"
        "其中幼儿园48所、新增学位1.6万个，小学37所、新增学位4.6万个。"
    )
    assert stages(text)[-3:] == [("1.6万个", "学前"), ("37所", "小学"), ("4.6万个", "小学")]
    text = "今年全市新建幼儿园2所、小学3所、新增学位3000个。"
    assert stages(text)[-1] == ("3000个", None)


def test_areas_counted_out_or_qualified_after_zai_say_where_not_what() -> None:
    """`在全省除23个重点帮扶县以外的其他65个县…新建宿舍900套`, `在学位供给矛盾突出的14个市州…
    增补学位20000个`, `在全省13个市州61个县区…新建食堂400个`: the counts of areas say where
    the work is done; only the work's own figures are targets."""
    plan = Plan(None, 2023, True, now=2023, news=True, dated=True)

    def raws(text: str) -> list[str]:
        found, _, _ = read_paragraph(text, Where("正文", False, None, 0), plan)
        return [f.raw for f in found]

    text = "今年，省教育厅在全省除23个重点帮扶县以外的其他65个县农村中小学新建教师周转宿舍900套。"
    assert raws(text) == ["900套"]
    text = "今年，在学位供给矛盾突出的14个市州主城区增补中小学学位20000个。"
    assert raws(text) == ["20000个"]
    text = "今年，在全省13个市州61个县区农村中小学新建食堂400个。"
    assert raws(text) == ["400个"]


def test_a_list_led_by_statistics_goes_on_counting_across_semicolons() -> None:
    """`统计显示，今年…新增76所；小学投入使用22所；…，已按招生计划实现招生。`: every part of the
    list the statistics lead is a result; a later sentence with a word of a target is not."""
    plan = Plan(None, 2022, True, now=2022, news=True, dated=True)
    text = (
        "统计显示，今年，全市公办幼儿园新增76所，增加学位20880个；小学投入使用22所，"
        "增加学位31815个；高中投入使用10所，已按当年招生计划实现招生。"
        "未来三年，全市将新增公办幼儿园48所。"
    )
    found, _, _ = read_paragraph(text, Where("正文", False, None, 0), plan)
    assert [f.raw for f in found] == ["48所"]


def test_a_part_counted_as_schools_takes_its_totals_stage() -> None:
    """`投入使用高中14所，其中市属学校10所`: the part's own word `学校` names no stage, but it is
    a part of the high schools."""
    plan = Plan(None, 2024, True, now=2022, news=True, dated=True)
    text = "未来三年，全市将投入使用高中14所，其中市属学校10所，县(市)4所。"
    found, _, _ = read_paragraph(text, Where("正文", False, None, 0), plan)
    assert [(f.raw, f.segment) for f in found][:2] == [("14所", "高中段"), ("10所", "高中段")]


def test_a_short_line_over_a_numbered_sub_heading_after_the_text_began_heads_a_section() -> None:
    lead = (
        "近年来，某省学前教育事业在政策推动下实现了快速发展，"
        + "普惠性资源持续扩大，" * 8
        + "保教质量稳步提升。"
    )
    lines = [
        "",
        lead,
        "政策框架与发展目标",
        "到2025年，某省学前三年毛入园率达到90%。",
        "核心政策举措",
        "(一)资源扩容",
    ]
    assert find_title(lines) == "政策框架与发展目标"
    assert find_title(["某区教育发展举措", "(一)资源扩容"]) == "某区教育发展举措"


def test_a_line_below_the_text_dated_after_the_page_is_no_headline() -> None:
    """A page's headline opens it; a recommendation printed below its text with a year after
    the page's own date (`2024年，…教育…` on a page of 2018) is the site's furniture since."""
    lead = (
        "今年某市将新建、改扩建公办幼儿园76所，新建寄宿制学校114所，培养农村小学全科教师"
        "250名，招录特设岗位教师800名，力争全市学前三年毛入园率超过90%，高中教育毛入学率超过91%，"
        "统筹推进普通高中教育和中等职业教育协调发展，办好人民满意的教育。"
    )
    lines = ["某市教育工作会议透露：新建幼儿园76所", "某教育网 2018-02-27 14:59", lead]
    later = "2024年，我国教育强国建设进入关键期"
    assert find_title([*lines, later]) == "某市教育工作会议透露：新建幼儿园76所"
    assert find_title([*lines, "2018年某市教育工作会议召开"]) == "2018年某市教育工作会议召开"


def test_a_figure_printed_as_the_goal_restates_the_target() -> None:
    """`…一定会达到132家的目标`, after `将达到132家公托` the same year: one target, whatever words
    the restatement names it by; another figure of the same page stays."""
    doc = Document(
        "news.txt",
        (
            Paragraph("某市公托建设"),
            Paragraph("2026-01-22 来源：某市日报"),
            Paragraph("市长表示，今年下半年全市公共托育中心将达到132家。"),
            Paragraph("市长表示，一定会达到132家的目标。今年将新增托位500个。"),
        ),
    )
    got = [r.record.target.raw for r in draft_document(doc, "n", []).records]
    assert got == ["132家", "500个"]


def test_a_year_line_after_figures_heads_a_part_and_is_no_title() -> None:
    """A progress notice states the year's totals first, then heads each kind of work with a
    line of its own (`2019年规划新建幼儿园20所`): that line is a part's heading, and `规划` in
    it (and in `规划新建学校未投入使用情况`) plans works, it names no plan. Taking either for
    the title would leave the totals above behind as a covering notice."""
    texts = [
        "近日，某市教育局发布《2019年学校建设项目进展情况通报》。",
        "2019年全市规划新建学校50所，规划新增校舍面积60万平方米，计划投资20亿元。截至8月底，已开工40所。",
        "2019年规划新建幼儿园20所",
        "全市规划新增校舍面积8万平方米，计划投资2亿元。截至8月底，已开工15所。",
        "规划新建学校未投入使用情况",
        "往年规划新建学校尚有9所未投入使用。",
    ]
    assert find_title(texts) is None
    d = Document("notice.txt", tuple(Paragraph(t) for t in texts))
    got = [(r.record.target.raw, r.record.target.year) for r in draft_document(d, "x", []).records]
    assert ("50所", 2019) in got and ("20亿元", 2019) in got
    assert find_title(["2019年规划新建幼儿园20所", "全市新增学位3000个。"]) == (
        "2019年规划新建幼儿园20所"
    )


def test_the_noun_a_count_names_ends_before_what_it_is_able_to_do() -> None:
    """`至少要有一家医疗机构能够承担…`: the count is of 医疗机构; 能够 opens what they do."""
    named = name_values("保证每个医联体内至少要有一家医疗机构能够承担康复治疗。", {})
    assert [n.name for n in named] == ["每个医联体内医疗机构"]


def _page(*lines: str) -> list[tuple[str, str, int | None]]:
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    return [
        (r.record.target.raw, r.record.segment, r.record.target.year)
        for r in draft_document(doc, "n", []).records
    ]


def test_a_remark_on_last_year_leaves_the_breakdown_that_follows_a_target() -> None:
    """`较去年增长1.2倍` and `这是…首次超过…` remark on the year's allocation just given; the
    next paragraph's `其中，…` splits that allocation, in its year."""
    got = _page(
        "日前，某部门安排我市2019年学校建设资金3.5亿元，较去年大幅增长1.2倍。"
        "这是我市学校建设资金首次超过3亿元。",
        "其中，安排幼儿园建设1.2亿元，支持甲幼儿园等8所幼儿园建设；安排普通高中建设2.3亿元。",
    )
    assert got == [
        ("3.5亿元", None, 2019),
        ("1.2亿元", "学前", 2019),
        ("8所", "学前", 2019),
        ("2.3亿元", "高中段", 2019),
    ]


def test_a_news_lead_above_the_subhead_taken_for_title_keeps_its_own_figures() -> None:
    """A page with no headline opens on its lead, then a subhead: the lead is text, and a
    figure it alone prints (the programme's money) is a target; the figures the body prints
    again are one record each."""
    doc = Document(
        "news.txt",
        (
            Paragraph(
                "办好民生实事，增进人民福祉。3月2日，记者从某区发展改革委获悉，2023年，某区投资"
                "8.5亿元，实施15件民生实事，涵盖教育、医疗、出行、养老、老旧小区改造、城市功能完善等"
                "重点民生领域，新建幼儿园3所，让人民群众的生活更有品质。"
            ),
            Paragraph("聚焦民生改善"),
            Paragraph("在教育方面，今年新建幼儿园3所，学前三年毛入园率达到92%以上。"),
        ),
    )
    d = draft_document(doc, "news", [])
    got = sorted((r.record.name, r.record.target.raw) for r in d.records)
    assert got == [
        ("学前三年毛入园率", "92%以上"),
        ("新建幼儿园", "3所"),
        ("民生实事投资", "8.5亿元"),
    ]


def test_an_excerpts_short_paragraph_of_goals_above_a_line_taken_for_title_is_read() -> None:
    """An excerpt opening on its goals (`到2025年，…。`, under a hundred characters) and then a
    heading, taken for want of a title: the goals are text, not a covering notice."""
    doc = Document(
        "excerpt.txt",
        (
            Paragraph("到2025年，全区学前三年毛入园率达到98%以上，新建学校10所。"),
            Paragraph("加强教师队伍建设"),
            Paragraph("全区招聘教师300名。"),
        ),
    )
    d = draft_document(doc, "excerpt", [])
    assert sorted(r.record.target.raw for r in d.records) == ["10所", "300名", "98%以上"]


def test_a_level_after_a_clause_that_raises_a_rate_is_that_rates() -> None:
    """`逐步提高公办园在园幼儿占比，到2020年全国原则上达到50%`: 原则上 (in principle) is no name;
    the level is of the rate the clause before raises."""
    doc = Document(
        "page.txt",
        (
            Paragraph("某部门新闻"),
            Paragraph("本报讯 某司司长强调,逐步提高公办园在园幼儿占比,到2020年全国原则上达到50%。"),
        ),
    )
    got = [(r.record.name, r.record.target.raw) for r in draft_document(doc, "n", []).records]
    assert got == [("公办园在园幼儿占比", "50%")]


def test_a_level_after_a_clause_that_lowers_a_rate_is_that_rates() -> None:
    """`逐步降低大班额比例，到2025年…控制在5%以内`: a clause that lowers a rate names the level
    after it, as one that raises it does."""
    doc = Document(
        "page.txt",
        (
            Paragraph("某部门新闻"),
            Paragraph("本报讯 某司司长强调,逐步降低大班额比例,到2025年全国原则上控制在5%以内。"),
        ),
    )
    got = [(r.record.name, r.record.target.raw) for r in draft_document(doc, "n", []).records]
    assert got == [("大班额比例", "5%以内")]


def test_a_share_that_points_back_starts_from_the_value_it_points_at() -> None:
    """`目前…约占48%，到2030年这一比例将力争提高到70%`: the share today is the target's
    baseline, though the page prints no year for it."""
    doc = Document(
        "page.txt",
        (
            Paragraph("某行动新闻"),
            Paragraph(
                "据统计,目前全省乡村学校教师中本科学历的约占48%,到2030年这一比例将力争提高到70%。"
            ),
        ),
    )
    got = [r.record for r in draft_document(doc, "n", []).records]
    assert [(r.target.raw, r.baseline.raw if r.baseline else None) for r in got] == [("70%", "48%")]


def test_a_pages_english_translation_is_not_read_again() -> None:
    """A page that prints an English translation beside its Chinese text: the English
    sentence's figures are the Chinese ones again, and the drafter reads Chinese."""
    doc = Document(
        "page.txt",
        (
            Paragraph("某省学前教育行动计划印发"),
            Paragraph("计划提出，到2027年全省学前三年毛入园率达到92%。"),
            Paragraph(
                "The plan proposed that by 2027 the province's pre-school three years gross"
                " enrollment rate reach 92% and that public kindergartens grow."
            ),
        ),
    )
    got = [
        (r.record.target.raw, r.record.target.year) for r in draft_document(doc, "n", []).records
    ]
    assert got == [("92%", 2027)]


def test_english_sentences_run_into_the_chinese_are_not_read() -> None:
    """A bilingual page that runs each English sentence into its Chinese one in a paragraph
    (`…grow faster.此项计划…`): the English stop ends a sentence, and the English one is not
    read, though the paragraph is mostly Chinese."""
    doc = Document(
        "page.txt",
        (
            Paragraph("某省职业教育提升计划印发"),
            Paragraph(
                "The plan aims to lift the vocational enrollment ratio to above 60% by 2027,"
                " with rural counties catching up. Enrollment share hits 60% by 2027."
                "计划提出，到2027年全省中职招生占比达到60%以上。"
                "Last year, the ratio stood at 52.5% across the province in 2024.去年该比例为52.5%。"
            ),
        ),
    )
    got = [
        (r.record.target.raw, r.record.target.year) for r in draft_document(doc, "n", []).records
    ]
    assert got == [("60%以上", 2027)]
    assert sentences("投资额37.八亿元,新增学位5.2万个。") == [
        (0, 20)
    ]  # a spun point: no sentence ends


def _drafted(*paragraphs: str) -> list[tuple[str, str, int | None, str | None]]:
    doc = Document("page.txt", tuple(Paragraph(p) for p in paragraphs))
    out = []
    for r in draft_document(doc, "n", []).records:
        t, b = r.record.target, r.record.baseline
        out.append((r.record.name, t.raw, t.year, b.raw if b else None))
    return out


def test_a_school_year_printed_with_four_digits_dates_its_target() -> None:
    """`在2027学年前增加…`: a school year named by the year it opens is due that year."""
    got = _drafted("某区学位新闻", "局长表示,全区需要在2027学年前增加6500个学位。")
    assert [(raw, year) for _, raw, year, _ in got] == [("6500个", 2027)]


def test_what_is_needed_now_is_a_target_not_a_report() -> None:
    """`目前需要…增加`: 目前 before a need tells what must still be done, not what stands."""
    got = _drafted("某区学位新闻", "他说目前需要在2027年前增加6500个学位。")
    assert [(raw, year) for _, raw, year, _ in got] == [("6500个", 2027)]


def test_a_class_size_raised_per_class_starts_from_the_first_figure() -> None:
    """`由每班30人增至40人`: the per-class start of a from-to is the baseline."""
    got = _drafted("某区学位新闻", "到2027年,班额由每班30人增至40人。")
    assert got == [("班额", "40人", 2027, "30人")]


def test_the_day_of_a_dashed_date_is_no_count_of_the_caption_after_it() -> None:
    """`2026-05-17 台中市…`: the day of a date run into a caption that opens with 台."""
    got = _drafted("2026-05-17 台中市某幼儿园外观。", "今年将再投入5亿元增设公共幼儿园。")
    assert [raw for _, raw, _, _ in got] == ["5亿元"]


def test_what_half_a_year_brought_is_a_result() -> None:
    """`半年来，共投入…`: over the half year just past, like `三年来`."""
    got = _drafted("某县教育项目进展", "半年来,全县共投入学校建设资金5230万元。")
    assert got == []


def test_a_part_of_the_programme_of_planned_works_is_no_intent() -> None:
    """`其中…拟办十件实事中的学校项目资金…`: 拟办 names which programme the money is of; the
    report of what was spent goes on."""
    got = _drafted(
        "某县教育项目进展",
        "半年来,全县共投入学校建设资金5230万元。其中投入县政府拟办十件实事中的学校项目资金4100万元。",
    )
    assert got == []


def test_counts_of_schools_a_build_verb_sets_off_in_quotes_are_works_to_build() -> None:
    """`规划建设“两所学校”、“四个中心”`: the quotes set off the works, they name no slogan."""
    got = _drafted("某区教育园区新闻", "园区规划建设“四所幼儿园”、“两所学校”,计划投资3.1亿元。")
    assert [(name, raw) for name, raw, _, _ in got] == [
        ("园区规划建设幼儿园", "四所"),
        ("园区规划建设学校", "两所"),
        ("投资", "3.1亿元"),
    ]


def test_a_count_of_the_items_listed_next_is_no_target() -> None:
    """`今年重点抓好以下五项工作：`: how many parts the text lists, not works to do."""
    got = _drafted("某局2026年工作要点", "2026年方案完成以下五项工作: 一、新建幼儿园3所。")
    assert [raw for _, raw, _, _ in got] == ["3所"]


def test_counts_of_a_lists_kinds_and_items_are_no_targets() -> None:
    """`确定以下八类11个项目为…民生实事项目`, `一、“优化教育资源布局”类，共1项`, `教育优质行动(4项)`:
    how many items and kinds the list or programme holds, not amounts; the items' own figures are
    targets."""
    got = _drafted(
        "某区2024年民生实事项目",
        "经区人民代表大会投票表决,确定以下八类11个项目为2024年度区政府民生实事项目:",
        "一、“优化教育资源布局”类,共1项",
        "1.实施某中学小学部建设工程,新增学位1800个。",
        "二、“优化城乡人居环境”类(3项)",
    )
    assert [raw for _, raw, _, _ in got] == ["1800个"]
    got = _drafted(
        "某区2025年民生实事:教育优质行动(4项)",
        "任务安排",
        "新建、改扩建中小学校13所,新增义务教育学位17490座。",
    )
    assert [raw for _, raw, _, _ in got] == ["13所", "17490座"]


def test_the_money_a_programme_needs_is_named_without_need() -> None:
    """`约需资金…`: 约需 says the sum is an estimate of what is needed, no part of its name."""
    got = _drafted("某局2026年工作要点", "2026年计划改造校舍12栋,约需资金4120万元。")
    assert [(name, raw) for name, raw, _, _ in got][-1] == ("资金", "4120万元")


def test_works_that_were_approved_are_reported_and_what_they_will_add_is_set() -> None:
    """`…18所幼儿园获正式批复，将新增学位3900个`: the approval is done; the places are to come."""
    got = _drafted("某市幼儿园新闻", "近日,某市申报的18所幼儿园获正式批复,将新增学位3900个。")
    assert [raw for _, raw, _, _ in got] == ["3900个"]


def test_a_sites_menu_of_the_days_most_read_is_no_count_of_hours() -> None:
    """`24小时新闻排行榜`: the site's menu, not a span of hours a text sets."""
    got = _drafted("某市幼儿园新闻", "今年将新建幼儿园6所。", "频道推荐", "  • 24小时新闻排行榜")
    assert [raw for _, raw, _, _ in got] == ["6所"]


def test_a_repost_sites_frame_around_the_headline_is_not_read_again() -> None:
    """`小编给大家带来了…相关文章`: the site retells its headline; the figure is read once."""
    got = _drafted(
        "某市投资5亿元新建学校",
        "本站小编给大家带来了某市投资5亿元新建学校相关文章,一起来看看吧。",
        "今年某市将投资5亿元新建学校4所。",
    )
    assert [(name, raw) for name, raw, _, _ in got] == [
        ("投资新建学校", "5亿元"),
        ("新建学校", "4所"),
    ]


def test_a_paragraph_opening_by_then_keeps_the_year_before() -> None:
    """`届时`/`到那时` points back to the year the paragraph before printed last, not to a later
    year the page names further on."""
    got = _drafted(
        "某县教育新闻",
        "县长表示,到2016年,全县幼儿园达到省级标准的比例达到65%以上。",
        "到那时,全县学前三年毛入园率达到93%以上。",
        "到2022年,全县学前三年毛入园率达到97%。",
    )
    assert [(raw, year) for _, raw, year, _ in got] == [
        ("65%以上", 2016),
        ("93%以上", 2016),
        ("97%", 2022),
    ]


def test_a_paragraph_that_sets_out_how_the_goal_before_is_met_keeps_its_year() -> None:
    """`要完成这一目标，…需新建小学约1500所`: the works the goal before needs are due with it,
    not in the page's year."""
    got = _drafted(
        "某省城镇学位建设新闻",
        "2014-11-11 09:00 来源:某报",
        "根据测算,到2018年,全省城镇共需新增学位约225万个。",
        "要完成这一目标,全省城镇需新建小学约1500所、改扩建小学约765所。",
        "为实现上述目标,全省新建幼儿园300所。",
    )
    assert [(raw, year) for _, raw, year, _ in got] == [
        ("约225万个", 2018),
        ("约1500所", 2018),
        ("约765所", 2018),
        ("300所", 2018),
    ]


def test_a_count_of_all_the_places_a_goal_is_set_for_is_no_target() -> None:
    """`全县15个乡镇要实现…`: the whole county's townships, counted as the subject of a goal;
    `完成全县120个村…` counts the work itself."""
    got = _drafted(
        "某县教育新闻",
        "到2016年,全县15个乡镇要全面普及学前三年教育。",
        "到2016年,完成全县120个村的校舍改造。",
    )
    assert [raw for _, raw, _, _ in got] == ["120个"]


def test_a_dateline_and_byline_open_a_news_item_and_name_nothing() -> None:
    """`某报讯（记者 …）` opens the first sentence of a news item: who wrote it, no name."""
    for text in (
        "东湖日报讯（记者 周舟）今年新建幼儿园4所。",
        "山城新闻网讯(采访人员王力)今年新建幼儿园4所。",
    ):
        assert [n.name for n in name_values(text, {})] == ["新建幼儿园"]


def test_a_total_mark_a_list_of_beneficiaries_and_a_speaker_are_no_name() -> None:
    """`共提供…`, `为甲校、乙校购置…`, `副局长某某介绍了…`, `调研中发现…`: the total's mark,
    those a work is for, who says or finds it open the clause; the name follows them."""
    cases = {
        "东区 甲幼儿园、乙幼儿园：共提供360个学位。": "提供学位",
        "今年为甲镇小学、乙村小学购置课桌椅500套。": "购置课桌椅",
        "今年为农村小学教师建设周转宿舍300套。": "农村小学教师建设周转宿舍",
        "市教育局副局长、新闻发言人王某介绍了全市城区小学“营养早餐”工程实现全覆盖。": (
            "城区小学“营养早餐”工程覆盖面"
        ),
    }
    for text, name in cases.items():
        assert [n.name for n in name_values(text, {})] == [name], text
    found = name_values("调研中发现全县乡村学校尚未安装空调的有12所。", {})
    assert found[0].name.startswith("乡村学校")


def test_an_open_government_pages_labelled_fields_are_no_title() -> None:
    """A public-information page files itself under a heading (`主题分类:工作成效及举措`)
    before its title: the heading names a category, not the page, so the targets below are
    drafted."""
    lines = [
        "• 主题分类:工作成效及举措",
        "• 发布机构:某县教育局",
        "某县教育局2030年民生实事推进情况表",
        "重点推进某中学等4处学校改扩建工程,新增公办学位1500个。",
    ]
    assert find_title(lines) == "某县教育局2030年民生实事推进情况表"
    doc = Document("table.txt", tuple(Paragraph(line) for line in lines))
    got = [
        (r.record.target.raw, r.record.target.year) for r in draft_document(doc, "n", []).records
    ]
    assert got == [("4处", 2030), ("1500个", 2030)]


def test_a_sites_bracketed_byline_is_not_part_of_a_name() -> None:
    """`[某某网] 某市政府投入…`: the site that ran the report, not what it spends on."""
    doc = Document(
        "page.txt",
        (Paragraph("[某某网] 某市政府投入约2.3亿元经费,新设非营利幼儿园,预计明年招收14班。"),),
    )
    got = [r.record.name for r in draft_document(doc, "n", []).records]
    assert got[0] == "某市政府投入经费"


def test_a_quoted_work_called_a_task_of_the_year_is_its_target() -> None:
    """`“…”是今年…民生实事之一`: the quote is the year's task, not a programme's name."""
    plan = Plan(None, 2027, True, now=2027, dated=True)
    targets, _ = read("今年，“投用新建小学和幼儿园25所以上”是全县八大民生实事之一。", plan)
    assert targets == [("25所以上", 2027)]
    targets, _ = read("“新建公办幼儿园7所”被列为今年的民生实事。", plan)
    assert targets == [("7所", 2027)]


def test_a_modal_verb_is_no_part_of_a_name() -> None:
    """`应新建…` and `新建…` name one indicator: what is owed is no part of the name."""
    plan = Plan(None, 2027, True, now=2027, dated=True)
    found, _, _ = read_paragraph(
        "今年全县应新建改扩建村级幼儿园60所。", Where("", False, None, 0), plan
    )
    assert [f.name for f in found] == ["新建改扩建村级幼儿园"]


def test_a_plan_a_city_issued_with_its_span_dates_what_the_sentence_gives_it() -> None:
    """`某市印发《…三年行动计划(2026-2028年)》，投入…`: news that a place issued a plan named with
    its span; the figures the sentence goes on to give are due by its end. A work plan's own
    task to issue one (`出台《…》`, no issuer before it) dates nothing after it."""

    def years(*lines: str) -> list[tuple[str, int]]:
        doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
        return [
            (r.record.target.raw, r.record.target.year)
            for r in draft_document(doc, "n", []).records
        ]

    page = "发布日期:2026-03-02 09:15"
    issued = (
        "乙省发布《职业教育数字化行动方案(2025-2027年)》,提出建设示范校60所。"
        "甲市印发《中小学科学教育提升三年行动计划(2026-2028年)》,安排1500万元为全市310所学校更新实验室。"
    )
    assert years(page, issued) == [("60所", 2027), ("1500万元", 2028), ("310所", 2028)]
    task = "2026年工作要点：出台《学前教育提质行动计划(2026-2028年)》。新增公办园学位900个。"
    assert years(page, task) == [("900个", 2026)]


def test_a_news_agencys_dateline_and_byline_are_no_part_of_a_name() -> None:
    """`某社某地5月3日电（记者 某某）` opens a wire report: who sent it from where, not what the
    figure after it counts."""
    doc = Document(
        "wire.txt",
        (Paragraph("某通讯社某市6月2日电（记者 李四）某县今年投入校舍维修资金3亿多元。"),),
    )
    draft = draft_document(doc, "news", [])
    assert [d.record.name for d in draft.records] == ["校舍维修资金"]


def test_a_target_an_earlier_plan_once_set_is_history() -> None:
    """`上一个五年规划曾提出“…达到90%”的目标`: quoted as what an earlier plan set, beside the
    new plan's own target; it is no target of the text."""
    doc = Document(
        "note.txt",
        (
            Paragraph(
                "到2030年，某省高中阶段毛入学率将达到98%。上一个五年规划中，"
                "曾在“发展高中教育”部分提出“高中阶段毛入学率达到90%”的目标。"
            ),
        ),
    )
    draft = draft_document(doc, "news", [])
    assert [d.record.target.raw for d in draft.records] == ["98%"]


def _notes(*lines: str) -> list[tuple[str, str, str]]:
    """(name, raw, the note on whose figure it is) of each record drafted from the lines."""
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    return [
        (
            r.record.name,
            r.record.target.raw,
            next((n for n in r.review if "节" in n or "段落" in n), ""),
        )
        for r in draft_document(doc, "n", []).records
    ]


def test_figures_above_the_parts_headed_by_places_are_the_wholes() -> None:
    """A page of a city's figures, then a part headed by each district's name alone on a line:
    each part's figures are that district's, the ones above them the city's."""
    assert _notes(
        "某市各区明年学校建设一览",
        "明年全市计划新建中小学24所，新增学位3.1万个。",
        "甲山区",
        "明年甲山区新增学位5400个，新建小学3所。",
        "乙水县",
        "新建幼儿园4所。",
    ) == [
        ("新建中小学", "24所", "此数在分地段落（甲山区、乙水县）之前，应为总体之数，请核对"),
        ("新增学位", "3.1万个", "此数在分地段落（甲山区、乙水县）之前，应为总体之数，请核对"),
        ("新增学位", "5400个", "属“甲山区”一节，请核对"),
        ("新建小学", "3所", "属“甲山区”一节，请核对"),
        ("新建幼儿园", "4所", "属“乙水县”一节，请核对"),
    ]


def test_one_place_line_heads_a_part_only_between_figures() -> None:
    """An excerpt keeps one district's part under the city's figures; a place's name alone
    under all the figures signs the text and heads nothing."""
    notes = _notes(
        "某市明年学校建设安排",
        "明年全市计划新建中小学24所。",
        "丙湖区",
        "丙湖区新增学位5400个。",
    )
    assert [(name, note) for name, _, note in notes] == [
        ("新建中小学", "此数在分地段落（丙湖区）之前，应为总体之数，请核对"),
        ("新增学位", "属“丙湖区”一节，请核对"),
    ]
    notes = _notes("某市明年学校建设安排", "明年全市计划新建中小学24所。", "丙湖区")
    assert [note for _, _, note in notes] == [""]


def test_a_forms_money_takes_no_places_part() -> None:
    """A budget form's money is read apart from the text, numbered by block rather than by
    part: it is never filed under the place line above it (headings would shift it to a
    later place's part)."""
    assert _notes(
        "某市各区明年学校建设一览",
        "明年全市计划新建中小学24所。",
        "甲山区",
        "新增学位5400个。",
        "乙水县",
        "新建幼儿园4所。",
        "项目年度绩效目标",
        "资金总额:800万元",
    )[-2:] == [
        ("新建幼儿园", "4所", "属“乙水县”一节，请核对"),
        ("资金总额", "800万元", ""),
    ]


def test_a_campus_or_a_school_district_heads_no_places_part() -> None:
    """`东校区`, `第二学区` on a line of their own are parts of one school or one district's
    schools, not places a round-up goes through: no record is filed under them."""
    notes = _notes(
        "某中学明年建设安排",
        "明年全校计划新建教学楼2栋。",
        "东校区",
        "新增学位600个。",
        "第二学区",
        "新建宿舍1栋。",
    )
    assert [note for _, _, note in notes] == ["", "", ""]


def test_a_citation_mark_ends_a_round_ups_report_before_the_next_item() -> None:
    """A compiled round-up closes each item with its source's mark (`…[1]`): a report told in
    one item (`征集自2027年9月开始`) does not run on into the next item's goals."""
    got = _drafted(
        "某县2028年度民生实事项目公布",
        "某县2028年度民生实事项目一览 - 意见征集自2027年9月开始 共收到建议60余条 [1]"
        " 项目一:就业 - 全年新增城镇就业1800人 [2] 项目二:教育 - 改造4所学校操场 [2]",
    )
    assert [(raw, year) for _, raw, year, _ in got] == [("1800人", 2028), ("4所", 2028)]


def test_a_towns_name_alone_heads_its_part_like_a_countys() -> None:
    """A county's round-up goes through its towns as a city's goes through its districts: the
    figures under `某溪镇` on a line of its own are that town's."""
    assert _notes(
        "某县各镇今年办学安排",
        "今年全县计划新建幼儿园9所，新增学位2600个。",
        "某溪镇",
        "新建小学2所。",
        "某岭街道",
        "新建幼儿园3所。",
    ) == [
        ("新建幼儿园", "9所", "此数在分地段落（某溪镇、某岭街道）之前，应为总体之数，请核对"),
        ("新增学位", "2600个", "此数在分地段落（某溪镇、某岭街道）之前，应为总体之数，请核对"),
        ("新建小学", "2所", "属“某溪镇”一节，请核对"),
        ("新建幼儿园", "3所", "属“某岭街道”一节，请核对"),
    ]


def test_a_sentence_with_a_word_of_intent_plans_what_it_tells() -> None:
    """A sentence read as a result that says 计划, 将 or 争取 (not money won) speaks of what is
    to be done: a headline's figure it tells again is still a target, not a fact reported."""
    assert _plans("该区今年共计划投入资金2.4亿元用于校舍")
    assert _plans("到明年全县将新增学位3200个")
    assert _plans("努力争取新建幼儿园5所")
    assert not _plans("该区去年共投入资金2.4亿元用于校舍")
    assert not _plans("去年争取到上级资金800万元")


def test_who_speaks_or_acts_in_a_news_report_is_no_part_of_a_name() -> None:
    """`届时` (by then), `我们将…` in a quote, `镇里计划再…` in a report, and the mark that opens
    the quote are no part of what is counted or measured."""
    doc = Document(
        "news.txt",
        (
            Paragraph("记者从某镇获悉，明年镇里计划再新建小学1所，届时全镇小学入学率将达到100%。"),
            Paragraph("镇长表示：“我们将新增学位900个，力争公办园占比达到70%。”"),
        ),
    )
    got = [r.record.name for r in draft_document(doc, "n", []).records]
    assert got == ["新建小学", "小学入学率", "新增学位", "公办园占比"]


def test_a_line_opening_with_a_dash_is_no_title() -> None:
    """`——质量效益稳步提升` is an item of a goals list (or a subtitle), never the page's title;
    the body of an untitled excerpt then starts at its first line, not after the item."""
    lines = [
        "按照与到2035年基本实现现代化相衔接的要求，今后五年全区发展的主要目标是：全区生产总值年均增长6%，"
        "新增就业岗位3.2万个，物价总水平保持稳定",
        "——质量效益稳步提升",
        "九年义务教育巩固率达到99%。",
    ]
    assert find_title(lines) is None
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    assert [r.record.target.raw for r in draft_document(doc, "n", []).records] == [
        "年均增长6%",
        "3.2万个",
        "99%",
    ]


def test_an_unstopped_first_paragraph_above_a_line_taken_for_the_title_is_read() -> None:
    """An excerpt copied from a PDF that lost its stops: a short line below its first paragraph
    is taken for the title, and the paragraph above it is text whose figures are targets."""
    lines = [
        "按照与到2035年基本实现现代化相衔接的要求，今后五年全区发展的主要目标是：地区生产总值年均增长6%，"
        "新增就业岗位3.2万个，城镇调查失业率控制在5.5%以内，物价总水平保持基本稳定，居民收入增长和经济增长基本同步",
        "居民收入稳步增长",
        "九年义务教育巩固率达到99%。",
    ]
    assert find_title(lines) == "居民收入稳步增长"
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    assert [r.record.target.raw for r in draft_document(doc, "n", []).records] == [
        "年均增长6%",
        "3.2万个",
        "5.5%以内",
        "99%",
    ]


def test_schools_opened_to_their_pupils_are_reported_with_what_they_have() -> None:
    """`31所新学校投入使用并正式迎接新生`, `学生们走进了全新的校园。这个新校园占地…`: schools
    opened to their pupils, and the school described after it as it stands, are results; a school
    that will take its first pupils (`将正式迎接新生`) still sets its places."""
    found, _ = read("这个新学年,31所新学校投入使用并正式迎接新生,新增学位11100多个。", NEWS_2022)
    assert found == []
    found, _ = read(
        "昨日,某小学的学生们走进了全新的校园。这个新校园占地33634平方米,设42个教学班,提供1900多个学位。",
        NEWS_2022,
    )
    assert found == []
    found, _ = read("明年9月,该校将正式迎接新生,新增学位1800个。", NEWS_2022)
    assert found == [("1800个", 2023)]


def test_a_kindergarten_hung_its_sign_and_its_children_walked_in_is_a_report() -> None:
    """`…幼儿园正式挂牌成立，120多名幼儿走进了崭新的校园`: opened, as `走进了全新的校园` is."""
    found, _ = read("日前,某中心幼儿园正式挂牌成立,120多名幼儿走进了崭新的校园。", NEWS_2022)
    assert found == []


def test_how_things_stood_years_ago_is_no_target_but_a_deadline_year_still_is() -> None:
    """`7年前，…而彼时全区适龄儿童有近5000人`: a time told as past; `2024年前完成` is a deadline."""
    found, _ = read("7年前,某区的公办园学位仅有数百个,而彼时全区适龄儿童有近5000人。", NEWS_2022)
    assert found == []
    found, _ = read("当时全区仅有公办幼儿园3所。", NEWS_2022)
    assert found == []
    found, _ = read("该区计划2024年前新建公办幼儿园5所。", NEWS_2022)
    assert found == [("5所", 2024)]


def test_figures_a_cited_notice_requires_are_targets_on_a_page_of_results() -> None:
    """`按照《…的通知》(某政办〔2022〕43号)要求，…2022年新建13所…`: what a notice sets, told in a
    year-end check of its works, is its target, as what a `《规划》` sets is."""
    doc = Document("page.txt", (
        Paragraph("中心城区已建成投用11所公立幼儿园"),
        Paragraph("年末岁尾,记者跟随督查人员前往部分项目点,督查项目完成情况。"),
        Paragraph("按照《某市人民政府办公室关于印发2022年中心城区十件民生实事的通知》(某政办〔2022〕43号)要求,"
                  "为加快推进学前教育普及普惠,2022年中心城区新建13所公办幼儿园,新增学前教育学位3510个。"),
    ))  # fmt: skip
    records = draft_document(doc, "n", []).records
    assert [(r.record.target.raw, r.record.target.year) for r in records] == [
        ("13所", 2022),
        ("3510个", 2022),
    ]


def test_a_dated_level_said_to_have_grown_since_and_what_statistics_count_after_are_results() -> (
    None
):
    """`2011年…总投入达到145.4亿元，与2006年相比，增长了79.3%`: a move done (了) makes the dated
    level that year's result; after `据统计，2011年…。`, `…合格率达到98.8%` is counted with it."""
    doc = Document("qa.txt", (
        Paragraph("如何支持和保障课程改革？"),
        Paragraph("2011年全省普通高中教育总投入达到145.4亿元，与2006年相比，增长了79.3%。"),
        Paragraph("据统计，2011年普通高中生均图书38.7册，比2006年增长了14.8%。"
                  "专任教师学历合格率达到98.8%，生师比已下降到14.2:1。"),
        Paragraph("2015年，全省普通高中专任教师学历合格率达到100%。"),
    ))  # fmt: skip
    records = draft_document(doc, "qa", []).records
    assert [(r.record.target.raw, r.record.target.year) for r in records] == [("100%", 2015)]


def test_a_new_school_year_opened_and_schools_gone_live_are_reports() -> None:
    """`…正式开启2024年秋季新学年…集中交付并投入使用，开学新增学位达到9万座`, `13所幼儿园全新上线`,
    `9所幼儿园开学迎新`: the term opened and the schools it brought; the year's plan stays one."""
    found, _ = read(
        "9月2日,某市中小学正式开启2024年秋季新学年。今秋又有一批新改扩建学校集中交付并投入使用,"
        "开学新增学位达到9万座。今年全年,某市计划改扩建中小学校130所以上。",
        NEWS_2024,
    )
    assert found == [("130所以上", 2024)]
    found, _ = read(
        "某区也有9所公办新校、13所幼儿园全新上线,可分别提供17750、3690座学位。", NEWS_2024
    )
    assert found == []
    found, _ = read("今秋某区有4所公办学校、9所幼儿园开学迎新,总计可提供学位1.35万座。", NEWS_2024)
    assert found == []


def test_a_headline_printed_again_and_again_is_one_record() -> None:
    """`邯郸这里要建两所新高中！…` printed as a headline, a caption and again: one figure, not a
    short list item repeated under other places' lines."""
    head = "权威！某县这里要建两所新高中！明年9月建成！规划图曝光"
    lines = ["12.21 " + head, head, "规划图如下", head + head, "每年至少可增加2000个高中学位。"]
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    raws = [r.record.target.raw for r in draft_document(doc, "n", []).records]
    assert sorted(raws) == ["2000个", "两所"]


def test_in_news_a_level_reached_goes_on_with_a_report_of_now() -> None:
    """After `目前共有…`, a news page's `数量达到28所` tells where things stand, as a plan's
    would set a target; a word of a target (`将`) ends the report."""
    text = "该区目前共有64所幼儿园。普惠性民办幼儿园数量达到28所，毛入园率保持在95%以上。"
    targets, results = read(text + "未来3年，毛入园率将保持在98%以上。", NEWS_2022)
    assert [raw for raw, _ in targets] == ["98%以上"]
    assert results == ["64所", "28所", "95%以上"]
    plan_targets, _ = read(text, NEWS_2022._replace(news=False))
    assert [raw for raw, _ in plan_targets] == ["28所", "95%以上"]


def test_a_report_card_reports_each_item_of_its_list() -> None:
    """`给出…成绩单：` (a report card) reports what was done, through the `；` list after it."""
    text = (
        "2022年，多个省份给出一系列基础教育的成绩单：甲市新建学校19所、新增学位3.3万个；"
        "乙省新增学位9.3万个，推动1.5万名教师交流。"
    )
    targets, results = read(text, NEWS_2022)
    assert targets == []
    assert results == ["19所", "3.3万个", "9.3万个", "1.5万名"]


def test_a_period_in_corner_quotes_is_the_period() -> None:
    """Hong Kong and Taiwan print `「十四五」` where the mainland prints `“十四五”`: on a page of
    2026 either is a period past, whose total is a result."""
    news_2026 = Plan(2020, 2025, False, now=2026, news=True, ahead=(), dated=True)
    for quoted in ("“十四五”", "「十四五」"):
        targets, results = read(
            f"在高等教育方面，{quoted}期间累计向社会输送5500万人才。", news_2026
        )
        assert (targets, results) == ([], ["5500万人"]), quoted


NEWS_2026 = Plan(2020, 2030, False, now=2026, news=True, ahead=(2030,), dated=True)


def test_a_speakers_quoted_words_opening_a_paragraph_head_nothing() -> None:
    """`“学位是群众最关心的问题。”局长说，…`: a quote opening a paragraph is what a speaker said,
    not a short heading over a list of problems, so the targets after it stay targets."""
    d = _draft_of(
        "某县教育“十五五”规划出炉",
        "2026-06-12 09:15　来源：某县融媒体中心",
        "“学位是群众最关心的问题。”局长说，“十五五”期间，该县将新建学校11所，新增学位1.2万个。",
    )
    assert [(r.record.target.raw, r.record.target.year) for r in d.records] == [
        ("11所", 2030),
        ("1.2万个", 2030),
    ]


def test_a_past_period_opening_a_quote_dates_its_clause() -> None:
    """`“‘十四五’时期，全县累计投入…”`: a period in single quotes inside a speaker's double ones
    opens the clause as it would unquoted; on a page of 2026 its total is a result."""
    targets, results = read("“‘十四五’时期，全县累计投入教育经费68.5亿元。”局长介绍。", NEWS_2026)
    assert (targets, results) == ([], ["68.5亿元"])


def test_a_sum_given_a_period_is_not_dated_by_a_work_due_later() -> None:
    """`全县“十五五”教育总投入预计近20亿元`: the sum is over the period, though the next sentence
    says when one of its works opens; `预计` is no part of its name."""
    found, _, _ = read_paragraph(
        "全县“十五五”教育总投入预计近20亿元。县第三中学计划2027年开工、2029年9月投入使用。",
        Where("正文", False, None, 0),
        NEWS_2026,
    )
    assert [(f.name, f.raw, f.year) for f in found] == [("教育总投入", "近20亿元", 2030)]


def test_a_subtitle_that_names_a_years_review_makes_the_page_look_back() -> None:
    """`青源：办好家门口的每一所学校` over `——2026年全县教育事业发展综述`: the dash-led line under
    the title says the page reviews 2026, so its levels with no year are that year's results;
    what it says the next year will reach is still a target."""
    d = _draft_of(
        "青源新闻网 > 新闻中心 > 本地要闻",
        "青源：办好家门口的每一所学校",
        "——2026年全县教育事业发展综述",
        "来源：青源日报    发布时间：2027-01-09 09:15",
        "学前教育方面，全县普惠性幼儿园覆盖率达到91.3%。高中教育方面，2026年全县高中阶段毛入学率达到"
        "94.8%，2027年将提高到96%。",
    )
    assert [(r.record.target.raw, r.record.target.year) for r in d.records] == [("96%", 2027)]


def test_an_interviewers_question_dates_the_answer_below_it() -> None:
    """`问：…明年在学位供给上有什么安排？` over `答：…新增学位2700个左右`: the question heads the
    answer and dates it (明年, from the page's year); a question asking how this year's work
    went (`介绍一下今年全县教育工作的情况`) heads results; `较今年` is what a change counts from,
    no date."""
    d = _draft_of(
        "【年终访谈】办好家门口的每一所学校——访县教育局局长",
        "2026-12-21 08:30　来源：某县融媒体中心",
        "问：2026年即将过去，请您先简要介绍一下今年全县教育工作的情况。",
        "答：全年教育投入11.8亿元，新增学位3400个。",
        "问：明年在学位供给上有什么安排？",
        "答：学位是“硬需求”。我们计划新增学位2700个左右，全县儿童青少年总体近视率较今年下降1个百分点。",
    )
    assert [(r.record.target.raw, r.record.target.year) for r in d.records] == [
        ("2700个左右", 2027),
        ("下降1个百分点", 2027),
    ]
    d = _draft_of(
        "【年终访谈】办好家门口的每一所学校——访县教育局局长",
        "2026-12-21 08:30　来源：某县融媒体中心",
        "问：义务教育优质均衡是明年的重点工作之一，请您具体谈谈。",
        "答：明年组建紧密型教育集团20个。",
    )
    assert [(r.record.segment, r.record.target.year) for r in d.records] == [(None, 2027)]
    # a byline asks nothing: no heading over what follows
    d = _draft_of(
        "某县明年将新增学位2700个",
        "2026-12-21 08:30　来源：某县融媒体中心",
        "记者：刘晓雯",
        "明年，全县计划新增学位2700个左右。",
    )
    assert [(r.record.target.raw, r.record.source.section) for r in d.records] == [
        ("2700个左右", "正文")
    ]
