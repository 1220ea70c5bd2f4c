"""Heading paths: numbered headings nest by the order their styles first appear."""

from __future__ import annotations

from draft_helpers import drafted_page

from plancmp.draft.build import draft_document
from plancmp.draft.document import Document, Heading, Paragraph, Table
from plancmp.draft.sections import join, looks_ahead, parts, pieces


def doc(*blocks: Heading | Paragraph | Table) -> Document:
    return Document("plan.txt", tuple(blocks))


def paths(
    d: Document, title: str | None = None, start: int | None = None
) -> list[tuple[str, tuple[str, ...], bool, int | None]]:
    return [
        (getattr(p.block, "text", "table"), p.path, p.review, p.year)
        for p in parts(d, title, start)
    ]


def test_numbered_paragraph_headings_nest_and_pop() -> None:
    d = doc(
        Paragraph("一、发展目标"),
        Paragraph("（一）总体目标"),
        Paragraph("到2025年，普惠性幼儿园覆盖面达到90%以上。"),
        Paragraph("1.学前教育"),
        Paragraph("新增幼儿园10所。"),
        Paragraph("（二）主要任务"),
        Paragraph("义务教育巩固率达到99%。"),
        Paragraph("二、保障措施"),
        Paragraph("确保经费逐年增长。"),
    )
    assert [(t, p) for t, p, _, _ in paths(d)] == [
        ("到2025年，普惠性幼儿园覆盖面达到90%以上。", ("一、发展目标", "（一）总体目标")),
        ("新增幼儿园10所。", ("一、发展目标", "（一）总体目标", "1.学前教育")),
        ("义务教育巩固率达到99%。", ("一、发展目标", "（二）主要任务")),
        ("确保经费逐年增长。", ("二、保障措施",)),
    ]


def test_a_numbered_paragraph_with_a_run_in_heading_and_a_table_title() -> None:
    d = doc(
        Heading("第二章 发展目标", 1),
        Paragraph("1.学前教育普及普惠。普惠性幼儿园覆盖面达到90%。"),
        Paragraph("加强保教队伍建设。逐年提高事业编制教师占比。"),
        Table((("指标", "2025年"), ("毛入园率", "99%")), "主要指标表"),
    )
    got = paths(d)
    assert got[0][1] == ("第二章 发展目标", "1.学前教育普及普惠")
    assert got[1][1] == ("第二章 发展目标", "1.学前教育普及普惠", "加强保教队伍建设")
    assert got[2][1] == ("第二章 发展目标", "1.学前教育普及普惠")
    assert join(got[2][1], "主要指标表") == "第二章 发展目标 / 1.学前教育普及普惠 / 主要指标表"


def test_a_review_of_the_last_period_and_a_year_in_a_heading_are_told() -> None:
    d = doc(
        Paragraph("一、“十三五”期间取得的成效"),
        Paragraph("公办幼儿园覆盖率由43.5%提升到58.2%。"),
        Paragraph("二、2021年工作举措"),
        Paragraph("新建学校3所。"),
    )
    assert [(r, y) for _, _, r, y in paths(d)] == [(True, None), (False, 2021)]


def test_the_covering_notice_and_the_table_of_contents_are_left_behind() -> None:
    d = doc(
        Heading("某区教育局文件", 1),
        Paragraph("某教〔2022〕1号"),
        Heading("某区教育事业发展“十四五”规划", 1),
        Heading("目录", 2),
        Paragraph("一、发展基础······3"),
        Paragraph("一、发展目标"),
        Paragraph("普惠性幼儿园覆盖面达到90%。"),
    )
    got = paths(d, "某区教育事业发展“十四五”规划")
    assert got == [("普惠性幼儿园覆盖面达到90%。", ("一、发展目标",), False, None)]


def test_contents_lines_with_a_page_after_a_space_are_left_behind() -> None:
    """`2.深化学校社团和校园文化建设 27`: a contents line without leaders gives its page, not a value;
    a part title printed without a page stays inside the contents, and prose ends them."""
    d = doc(
        Paragraph("某县教育事业“十四五”发展规划"),
        Paragraph("目  录"),
        Paragraph("“十三五”时期发展情况"),
        Paragraph("一、主要成绩 6"),
        Paragraph("“十四五”时期发展规划"),
        Paragraph("一、主要任务 18"),
        Paragraph("1.深化学校社团和校园文化建设 27"),
        Paragraph("“十四五”时期发展规划"),
        Paragraph("到2025年,普惠性幼儿园覆盖面达到91%。"),
    )
    got = [r.record.target.raw for r in draft_document(d, "p", []).records]
    assert got == ["91%"]


def test_a_paragraph_announcing_a_periods_achievements_stands_over_the_results_below() -> None:
    """A round-up opens `“十四五”期间，…均取得显著成就。` and lists results; a heading ends it."""
    d = doc(
        Paragraph("“十四五”期间，各市在教育领域均取得显著成就。"),
        Paragraph("甲市新建幼儿园20所，教师职称比例提高至70%。"),
        Paragraph("乙市高考录取率达92.8%。"),
        Paragraph("二、主要目标"),
        Paragraph("到2030年，新建学校5所。"),
    )
    assert [(t, r) for t, _, r, _ in paths(d)] == [
        ("甲市新建幼儿园20所，教师职称比例提高至70%。", True),
        ("乙市高考录取率达92.8%。", True),
        ("到2030年，新建学校5所。", False),
    ]


def test_a_leap_announced_over_a_list_and_a_heading_of_problems_head_results() -> None:
    """`“十四五”期间，…实现历史性跨越：` over the period's results, and `①核心矛盾凸显` over the
    shortfalls found now: neither sets targets; the next part's heading ends them."""
    d = doc(
        Paragraph("一、形势与使命"),
        Paragraph("“十四五”期间，我市高等教育实现历史性跨越："),
        Paragraph("数字化转型加速：智慧校园覆盖率68%。"),
        Paragraph("①核心矛盾凸显"),
        Paragraph("人才供需失衡：部分专业就业率连续3年低于60%。"),
        Paragraph("二、主要目标"),
        Paragraph("到2030年，智慧校园覆盖率达到90%。"),
    )
    assert [(t, r) for t, _, r, _ in paths(d)] == [
        ("数字化转型加速：智慧校园覆盖率68%。", True),
        ("人才供需失衡：部分专业就业率连续3年低于60%。", True),
        ("到2030年，智慧校园覆盖率达到90%。", False),
    ]


def test_a_period_opening_a_paragraph_is_a_review_unless_the_clause_says_it_will() -> None:
    d = doc(
        Paragraph("“十三五”期间，全区新建学校12所。"),
        Paragraph("“十三五”期间，海口将建成2个示范学校。"),
        Paragraph("“十二五”以来，我市要新增学位3万个。"),
        Paragraph("“十二五”期间，某州教育工程共规划投资12亿元，其中…"),
        Paragraph("“十三五”期间，某州按照规划建成学校9所。"),
    )
    assert [review for _, _, review, _ in paths(d)] == [True, False, False, False, True]


def test_a_short_numbered_name_closed_by_a_full_stop_is_still_a_heading() -> None:
    d = doc(
        Paragraph("一、发展环境"),
        Paragraph("（一）现实基础。"),
        Paragraph("教育规划目标基本实现。6所高职院校入选国家计划。"),
        Paragraph("（二）面临形势。"),
        Paragraph("1.新建幼儿园5所。"),
    )
    got = paths(d)
    assert (got[0][1][:2], got[0][2]) == (("一、发展环境", "（一）现实基础。"), True)
    assert (got[1][1], got[1][2]) == (("一、发展环境", "（二）面临形势。"), False)


def test_a_space_after_a_period_opening_stands_for_its_comma() -> None:
    d = Document(
        "x.txt",
        (
            Paragraph("“十二五”期间 某市计划建设中小学校142所，"),
            Paragraph("“十二五”期间 全市建成中小学142所。"),
        ),
    )
    assert [review for _, _, review, _ in paths(d)] == [False, True]


def test_the_body_starts_at_a_headline_printed_again_after_a_menu_of_short_lines() -> None:
    doc = Document(
        "page.txt",
        tuple(
            Paragraph(t)
            for t in (
                "某市新建学校今秋投用",
                "流量资费降费30%",
                "某市新建学校今秋投用",
                "今秋新增学位6000个。",
            )
        ),
    )
    assert [p.block.text for p in parts(doc, "某市新建学校今秋投用")] == ["今秋新增学位6000个。"]
    lead = ("某市新建学校今秋投用", "今年新建学校5所。", "某市新建学校今秋投用", "名单")
    doc = Document("page.txt", tuple(Paragraph(t) for t in lead))
    assert [p.block.text for p in parts(doc, "某市新建学校今秋投用")] == [
        "今年新建学校5所。",
        "名单",
    ]


def test_a_label_of_progress_opens_a_review_its_goal_does_not() -> None:
    """`目标：…` then `进展：…累计完成投资65亿元`: a mid-year report sets its goal beside what is done."""
    d = doc(
        Paragraph("目标：力争三年内每个乡镇都有一所公办幼儿园。"),
        Paragraph("进展：全市共有318个乡镇，其中295个乡镇已有公办幼儿园672所。"),
    )
    assert [review for _, _, review, _ in paths(d)] == [False, True]


def test_a_line_naming_the_years_behind_heads_a_review() -> None:
    """`过去五年` alone over a digest's bullets: what follows tells results."""
    d = doc(
        Paragraph("今年主要预期目标是：城镇新增就业1200万人左右。"),
        Paragraph("过去五年"),
        Paragraph("● 义务教育巩固率由93.8%提高到95.5%。"),
    )
    assert [(text[:2], review) for text, _, review, _ in paths(d)] == [
        ("今年", False),
        ("● ", True),
    ]


def test_a_box_of_links_after_the_article_ends_it_but_one_above_it_does_not() -> None:
    """`猜你喜欢` after the article: the headlines below are other pages' figures. The same box
    at the top of a page, before any figure, is skipped line by line."""
    after = doc(
        Paragraph("到2020年，学前三年毛入园率达到90%。"),
        Paragraph("猜你喜欢"),
        Paragraph("2020年我国在校生2.89亿人"),
    )
    assert [text for text, *_ in paths(after)] == ["到2020年，学前三年毛入园率达到90%。"]
    above = doc(
        Paragraph("相关文章推荐"),
        Paragraph("某市新建一所高等学校！"),
        Paragraph("到2020年，学前三年毛入园率达到90%。"),
    )
    assert [text for text, *_ in paths(above)][-1] == "到2020年，学前三年毛入园率达到90%。"


def test_a_years_work_situation_heads_a_review() -> None:
    """`二、2015年工作情况` in a report of a year's work and the next year's plans: how the work
    went, results; the plans' heading after it sets targets again."""
    d = doc(
        Paragraph("二、2015年工作情况"),
        Paragraph("全年投入教育经费6120万元。"),
        Paragraph("三、2016年工作打算"),
        Paragraph("新建学校2所。"),
    )
    assert [(r, y) for _, _, r, y in paths(d)] == [(True, 2015), (False, 2016)]


def test_a_heading_that_says_it_looks_back_heads_a_review_whatever_period_it_names() -> None:
    """`一、2025年及“十四五”工作回顾` in a text whose own time is not known: results (十四五 had made
    it the plan's own period, and its rates targets); `二、“十五五”时期主要目标任务` sets them
    again, and so does a heading that looks back and forward (`回顾与展望`)."""
    d = doc(
        Paragraph("一、2025年及“十四五”工作回顾"),
        Paragraph("学前三年毛入园率达到91.2%。"),
        Paragraph("二、“十五五”时期主要目标任务"),
        Paragraph("到2030年，高中阶段毛入学率达到95%。"),
        Paragraph("三、“十四五”回顾与“十五五”展望"),
        Paragraph("到2030年，学前三年毛入园率达到95%。"),
    )
    assert [r for _, _, r, _ in paths(d)] == [True, False, False]


def test_a_self_assessments_findings_head_a_review() -> None:
    """`二、自评结果概述` (`小学有4项…全县均值达到省定标准`): what the assessment found, no target."""
    d = doc(
        Paragraph("二、自评结果概述"),
        Paragraph("经自查，我县资源配置7项指标中，小学有4项全县均值达到省定标准。"),
        Paragraph("（一）自评情况"),
        Paragraph("我县对每所学校7项资源配置指标逐一测算。"),
    )
    assert [r for _, _, r, _ in paths(d)] == [True, True]


def test_how_far_the_assessed_indicators_were_met_heads_a_review() -> None:
    """`三、评估指标达成情况` over `…较2020年提高8.1个百分点` in a self-assessment: how far the
    indicators were met, no target; the plan of next steps after it sets them."""
    d = doc(
        Paragraph("三、评估指标达成情况"),
        Paragraph("我县15项指标均达到国家评估认定标准，学前三年毛入园率较2020年提高8.1个百分点。"),
        Paragraph("五、下一步工作打算"),
        Paragraph("到2027年底，全县学前三年毛入园率稳定在95%以上。"),
    )
    assert [r for _, _, r, _ in paths(d)] == [True, False]


def test_a_reports_practices_learnt_head_a_review_a_plans_practices_do_not() -> None:
    """`二、经验做法` (`实现每个乡镇至少有1所公办中心幼儿园`): what was done, no target; a plan's
    `三、主要做法` are the measures it will take, and head its targets."""
    d = doc(
        Paragraph("二、经验做法"),
        Paragraph("按照“乡镇有中心园”的思路，实现每个乡镇至少有1所公办中心幼儿园。"),
        Paragraph("三、主要做法"),
        Paragraph("到2027年，新增公办学位1620个。"),
    )
    assert [r for _, _, r, _ in paths(d)] == [True, False]


def test_how_work_was_carried_out_heads_a_review() -> None:
    """`一、上半年工作开展情况` (also 实施情况, 落实情况) over a half-year's results
    (`学前三年毛入园率达到91.6%`): a review; `三、下半年工作安排` sets targets, and so does a
    heading that only starts with such words (`四、年度目标任务落实情况考核`)."""
    d = doc(
        Paragraph("一、上半年工作开展情况"),
        Paragraph("上半年，全县学前三年毛入园率达到91.6%，新认定普惠性民办幼儿园6所。"),
        Paragraph("二、规划实施情况"),
        Paragraph("新建学校5所。"),
        Paragraph("三、下半年工作安排"),
        Paragraph("完成城南小学主体工程，新增学位900个。"),
        Paragraph("四、年度目标任务落实情况考核"),
        Paragraph("全年新增学位1200个。"),
    )
    assert [r for _, _, r, _ in paths(d)] == [True, True, False, False]


def test_how_a_plan_was_drafted_heads_a_review() -> None:
    """A drafting note's `一、编制过程` and `二、征求意见情况` count the meetings held and the
    comments taken (`召开座谈会15场`, `采纳32条`): work done, not targets; its `主要目标` is none."""
    d = doc(
        Paragraph("一、编制过程"),
        Paragraph("召开座谈会15场，收集意见建议320条。"),
        Paragraph("二、征求意见情况"),
        Paragraph("共收到意见建议56条，采纳32条。"),
        Paragraph("三、主要目标"),
        Paragraph("到2030年，新建幼儿园6所。"),
    )
    assert [r for _, _, r, _ in paths(d)] == [True, True, False]


def test_expected_outcomes_head_goals_not_a_review() -> None:
    """`三、保障措施与预期成效` looks ahead: what a plan expects to reach; `主要成效` reports."""
    d = doc(
        Paragraph("三、保障措施与预期成效"),
        Paragraph("到2027年，教师流失率降到4%以内。"),
        Paragraph("四、主要成效"),
        Paragraph("新建学校2所。"),
    )
    assert [r for _, _, r, _ in paths(d)] == [False, True]


def test_a_file_size_line_of_a_document_sharing_site_is_furniture() -> None:
    """`- 约6.4千字`, `12页` over a shared file count the file, not the plan."""
    d = doc(
        Paragraph("- 约6.4千字"),
        Paragraph("- 约 12页"),
        Paragraph("到2020年，学前三年毛入园率达到90%。"),
    )
    assert [text for text, *_ in paths(d)] == ["到2020年，学前三年毛入园率达到90%。"]


def test_a_period_is_a_review_only_when_it_is_past_for_the_document() -> None:
    d = doc(
        Paragraph("一、“十二五”时期发展成就"),
        Paragraph("新建学校8所。"),
        Paragraph("二、“十三五”时期发展目标"),
        Paragraph("“十三五”期间，每年新建、改扩建学校16所。"),
    )
    read_in_its_period = [(p.review, p.year) for p in parts(d, start=2016)]
    assert read_in_its_period == [(True, None), (False, 2020)]
    assert [p.review for p in parts(d)] == [True, True]  # read in 十四五: both periods past


def test_the_periods_a_text_reviews_are_those_before_its_own_time() -> None:
    """A plan of any period looks back on the one before its own: a 十二五 plan's `“十二五”期间`
    is its goal, a 十五五 plan's `“十四五”时期取得的成就` its review."""
    d = doc(
        Paragraph("一、“十一五”时期发展基础"),
        Paragraph("全县新建学校18所。"),
        Paragraph("二、“十二五”时期主要目标"),
        Paragraph("“十二五”期间，全县新建中小学26所。"),
        Paragraph("“十一五”期间，全县新建幼儿园9所。"),
    )
    assert [r for _, _, r, _ in paths(d, start=2011)] == [True, False, True]
    later = doc(
        Paragraph("一、“十四五”时期取得的成就"),
        Paragraph("新增学位3.4万个。"),
        Paragraph("二、“十五五”时期发展目标"),
        Paragraph("“十四五”期间，全区建成学校31所。"),
        Paragraph("“十五五”期间，全区新建学校14所。"),
    )
    assert [r for _, _, r, _ in paths(later, start=2026)] == [True, True, False]
    assert [r for _, _, r, _ in paths(later)] == [False, False, False]  # read in 十四五
    since = doc(Paragraph("“十四五”以来，全区新增学位8600个。"))
    assert [r for _, _, r, _ in paths(since, start=2024)] == [True]
    assert [r for _, _, r, _ in paths(since, start=2021)] == [False]


def test_a_plan_of_an_earlier_period_sets_what_its_own_period_will_build() -> None:
    def drafted(title: str, period: str, year: str) -> list[tuple[str, str, int]]:
        d = doc(
            Paragraph(title),
            Paragraph("一、发展目标"),
            Paragraph(f"“{period}”期间，全县新建中小学26所，新增学位1.8万个。"),
            Paragraph(f"到{year}年，学前教育毛入园率达到93%。"),
        )
        records = draft_document(d, "p", []).records
        return [(r.record.name, r.record.target.raw, r.record.target.year) for r in records]

    own = drafted("某县“十四五”教育发展规划", "十四五", "2025")
    assert [(n, y) for n, _, y in own] == [
        ("新建中小学", 2025),
        ("新增学位", 2025),
        ("学前教育毛入园率", 2025),
    ]
    earlier = drafted("某县“十二五”教育发展规划", "十二五", "2015")
    assert [(n, raw, y + 10) for n, raw, y in earlier] == [(n, raw, y) for n, raw, y in own]


def test_an_undated_excerpt_is_read_in_the_period_of_its_first_target_year() -> None:
    """An excerpt with no title or date: `到2020年` makes 十三五 its own period and 十二五 its
    past, as `到2025年` makes 十四五 and 十三五."""

    def targets(last: str, own: str, year: int) -> list[tuple[str, int]]:
        d = doc(
            Paragraph(f"“{last}”期间，全市新建中小学47所，新增学位3.9万个。"),
            Paragraph(f"“{own}”期间，全市新建中小学28所，新增学位2.2万个。"),
            Paragraph(f"到{year}年，学前教育毛入园率达到94%。"),
        )
        return [
            (r.record.target.raw, r.record.target.year) for r in draft_document(d, "p", []).records
        ]

    assert targets("十三五", "十四五", 2025) == [("28所", 2025), ("2.2万个", 2025), ("94%", 2025)]
    assert targets("十二五", "十三五", 2020) == [("28所", 2020), ("2.2万个", 2020), ("94%", 2020)]


def test_a_heading_of_the_present_state_stands_over_what_is_there_now() -> None:
    """`一、现状` over a reply's counts of schools: what stands now; the next part's figures are
    set. A heading that only mentions the state beside a goal is not such a part."""
    d = doc(
        Paragraph("一、现状"),
        Paragraph("某镇有小学6所，在校生900人。"),
        Paragraph("二、办理情况"),
        Paragraph("今年新建学校3所。"),
    )
    assert [r for _, _, r, _ in paths(d)] == [True, False]
    d = doc(Paragraph("一、现状与目标"), Paragraph("今年新建学校3所。"))
    assert [r for _, _, r, _ in paths(d)] == [False]


def test_a_paragraph_is_cut_at_the_numbered_headings_run_into_it() -> None:
    """A part's mark opens a piece after a sentence's end, after a short numbered heading, or
    after the title the line opens with; a grade list (`一、二年级`) and an enumeration inside a
    sentence stay whole."""
    assert pieces(
        "某市学校布局规划一、发展现状（一）学校布局全市现有小学40所。（二）办学条件校舍达标。"
    ) == [
        "某市学校布局规划",
        "一、发展现状",
        "（一）学校布局全市现有小学40所。",
        "（二）办学条件校舍达标。",
    ]
    assert pieces("全市开展课后服务。一、二年级学生每天在校锻炼1小时。") == [
        "全市开展课后服务。一、二年级学生每天在校锻炼1小时。"
    ]
    assert pieces("重点做好三件事，包括（一）扩充学位，（二）配齐教师。") == [
        "重点做好三件事，包括（一）扩充学位，（二）配齐教师。"
    ]


def test_a_later_sections_heading_taken_for_the_title_leaves_the_sections_before_it_read() -> None:
    """`三、某区学校建设规划` taken as the title, for want of another: the sections before it are
    the same text's, not a notice the body starts after."""
    found = draft_document(
        doc(
            Paragraph("一、交付时间"),
            Paragraph("某区东湖路小学计划于2026年8月交付使用，将新增1350个学位。"),
            Paragraph("二、建设进展"),
            Paragraph("东湖路小学教学楼主体已经封顶。"),
            Paragraph("三、某区学校建设规划"),
            Paragraph("今年某区新建3所学校，改扩建2所学校。"),
        ),
        "x",
        [],
    )
    assert found.header.title == "三、某区学校建设规划"
    assert [d.record.target.raw for d in found.records] == ["1350个", "3所", "2所"]


def test_a_review_of_the_last_period_ends_where_a_clause_opens_on_the_plans_own() -> None:
    """`“十四五”期间…新增学位2.8万个，“十五五”期间新增学位1.6万个`: one paragraph sets the last
    period's result beside the plan's own target; the review ends where the plan's period (or
    a year still ahead) opens a sentence or a clause."""
    d = doc(
        Paragraph("某市“十五五”教育发展规划"),
        Paragraph(
            "“十四五”期间，全市累计新增中小学学位2.8万个，“十五五”期间累计新增学位1.6万个。"
            "到2030年，公办园在园幼儿占比达到62%。"
        ),
        Paragraph("“十四五”期间，全市建成幼儿园21所，到2024年底全部投用。"),
    )
    records = draft_document(d, "p", []).records
    assert [(r.record.target.raw, r.record.target.year) for r in records] == [
        ("1.6万个", 2030),
        ("62%", 2030),
    ]


def test_a_task_that_remedies_a_shortfall_heads_targets() -> None:
    """`（二）补齐师资短板。2024—2026年补充音体美教师150名。`: the heading names a task that
    remedies a shortfall, not the shortfall found now; its figures are targets (none was
    drafted), named without the span of years before them; so does one led by `加快`. A list of
    the problems found (`问题清单`) heads none."""
    d = doc(
        Heading("某县创建义务教育优质均衡发展县实施方案", 1),
        Paragraph("三、主要任务"),
        Paragraph("（二）补齐师资短板。2024—2026年补充音体美教师150名。"),
        Paragraph("（三）加快补齐公办资源短板。2024—2026年新建公办幼儿园6所。"),
        Paragraph("（四）存在的主要问题"),
        Paragraph("全县缺少音体美教师120名。"),
        Paragraph("四、问题清单"),
        Paragraph("教师交流轮岗比例为9.6%，未达到不低于10%的要求。"),
    )
    got = [(r.record.name, r.record.target.raw) for r in draft_document(d, "n", []).records]
    assert got == [("补充音体美教师", "150名"), ("新建公办幼儿园", "6所")]  # 加快 before it too


def test_a_reviews_closing_section_on_what_is_to_be_done_sets_targets() -> None:
    """A mid-term review (its title looks back, so its figures are results) closing on
    `三、下一步工作建议`: what it sets there is to be done (nothing was drafted); the progress
    before it stays a result."""
    d = doc(
        Heading("某县教育事业发展“十四五”规划中期评估报告", 1),
        Paragraph("一、总体进展"),
        Paragraph("截至2022年底，全县新增公办学位6180个。"),
        Paragraph("三、下一步工作建议"),
        Paragraph("（一）加快补齐办学条件短板。2024年新增公办学位2000个。"),
    )
    got = [(r.record.target.raw, r.record.target.year) for r in draft_document(d, "n", []).records]
    assert got == [("2000个", 2024)]


def test_a_heading_looks_ahead_only_when_it_names_no_results_or_says_what_is_next() -> None:
    """In a report on how a plan went: `五、“十五五”时期发展思路和主要目标` and `五、整改措施` head
    what is to be done; a heading that names goals beside how they went (`一、2023年目标任务
    进展`, `二、整改措施落实情况`, `主要指标完成情况及“十四五”目标建议`) heads results, unless it
    says what is next (`五、整改措施和下一步工作打算`)."""
    ahead = ("五、“十五五”时期发展思路和主要目标", "五、整改措施", "五、整改措施和下一步工作打算")
    results = ("一、2023年目标任务进展", "二、整改措施落实情况", "一、今后发展的基础",
               "一、主要指标完成情况及“十四五”目标建议")  # fmt: skip
    assert [looks_ahead((h,)) for h in ahead] == [True, True, True]
    assert [looks_ahead((h,)) for h in results] == [False, False, False, False]
    assert looks_ahead(("二、2024年工作重点",))
    assert not looks_ahead(("一、主要目标实现程度",))
    assert not looks_ahead(("二、重点任务推进", "（一）实施学前教育提升行动计划"))


def test_an_outcome_heading_under_the_goals_states_a_goal() -> None:
    """`（二）近视防控成效明显` under `二、主要目标`: a goal stated as its outcome, whose figures are
    targets (nothing was drafted); `（一）发展成效` under a review stays results."""
    got = drafted_page(
        "某县学校体育提升行动计划（2025—2027年）",
        "一、规划基础",  # 规划 names no goals: its outcomes are results
        "（一）发展成效",
        "全县体质健康优良率达到51.3%。",
        "二、主要目标",
        "（二）近视防控成效明显",
        "到2027年，儿童青少年总体近视率降至50.6%以下。",
    )
    assert [(raw, year) for _, raw, year in got] == [("50.6%以下", 2027)]


def test_a_heading_of_a_task_laying_a_foundation_heads_no_results() -> None:
    """`五、聚焦队伍，夯实督导工作基础` is a task (its targets had been read as results, as
    under `一、工作基础`, which reports them)."""

    def raws(heading: str) -> list[str]:
        page = doc(
            Paragraph("2026年某县教育督导工作要点"),
            Paragraph(heading),
            Paragraph("11．加强督导队伍培训。每名责任督学全年参加培训不少于40学时。"),
        )
        return [d.record.target.raw for d in draft_document(page, "x", []).records]

    assert raws("五、聚焦队伍，夯实督导工作基础") == ["不少于40学时"]
    assert raws("一、工作基础") == []


def test_a_speechs_part_that_affirms_last_years_results_heads_a_review() -> None:
    """`一、充分肯定成绩，坚定…信心` in a speech: last year's results under it (an item without
    `去年`, `九年义务教育巩固率达到97.3%`, had been drafted as this year's target); the part on
    this year's tasks after it sets targets again."""
    d = doc(
        Paragraph("一、充分肯定成绩，坚定办好人民满意教育的信心"),
        Paragraph("四是民生保障扎实有力。九年义务教育巩固率达到97.3%。"),
        Paragraph("二、聚焦重点任务，推动全县教育工作再上新台阶"),
        Paragraph("今年新增义务教育公办学位3200个。"),
    )
    assert [r for _, _, r, _ in paths(d)] == [True, False]


def test_a_short_indicator_item_gives_its_base_year_in_a_bracket_not_its_own() -> None:
    """`（1）学前三年毛入园率：98%以上（2025年：97.2%）` is short enough to head what follows, but
    the year in its bracket is its base's: it dates no heading, and the item is a target."""
    got = drafted_page(
        "某市“十五五”教育事业发展规划",
        "（三）发展目标",
        "到2030年，主要指标如下（括号内为2025年值）：",
        "（1）学前三年毛入园率：98%以上（2025年：97.2%）",
        "（2）普惠性幼儿园覆盖率：95%（2025年92.6%）",
    )
    assert got == [("学前三年毛入园率", "98%以上", 2030), ("普惠性幼儿园覆盖率", "95%", 2030)]


def test_a_heading_of_main_progress_heads_results() -> None:
    """`二、主要进展` over `（三）…研究生学历比例达到12.7%` in a monitoring report: what the year
    reached, results (they had been drafted as targets of the report's year)."""
    got = drafted_page(
        "某区教育现代化发展水平监测报告（2026年度）",
        "二、主要进展",
        "（三）教师队伍素质稳步提升。中小学专任教师研究生学历比例达到12.7%。",
        "三、2027年主要目标",
        "中小学专任教师研究生学历比例达到14%。",
    )
    assert [(raw, year) for _, raw, year in got] == [("14%", 2027)]
