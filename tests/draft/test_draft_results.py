"""Results or targets: how reports of what was done are written, stated on invented
sentences (past totals over years, progress against a year's tasks, a repost's headline)."""

from __future__ import annotations

from plancmp.draft.build import draft_document
from plancmp.draft.dating import future_years, stated_year, written_in, year_after_report
from plancmp.draft.document import Document, Paragraph
from plancmp.draft.prose import Paragraph as Where
from plancmp.draft.prose import Plan, read_paragraph
from plancmp.draft.title import reads_back

NEWS_2015 = Plan(None, 2015, True, now=2015, news=True)


def read(text: str, plan: Plan = NEWS_2015) -> tuple[list[tuple[str, int | None]], list[str]]:
    found, baselines, _ = read_paragraph(text, Where("正文", False, None, 0), plan)
    return [(f.raw, f.year) for f in found], [f.raw for f in baselines]


def raw_and_year(doc: Document) -> list[tuple[str, int | None]]:
    """Each drafted record of `doc`: its target as printed and its year."""
    return [
        (r.record.target.raw, r.record.target.year) for r in draft_document(doc, "n", []).records
    ]


def test_totals_over_the_years_just_past_are_results() -> None:
    """`五年来`, `三年来`: what was done over the years before the report."""
    targets, results = read("五年来，全市共新建、改扩建中小学165所，新增学位22.9万个。")
    assert targets == []
    assert results == ["165所", "22.9万个"]
    targets, _ = read("多年来，全市累计建成幼儿园40所。")
    assert targets == []


def test_building_on_last_year_sets_this_years_targets() -> None:
    """`在去年的基础上` measures a target from last year; it reports nothing."""
    targets, _ = read(
        "今年，全省将在去年的基础上继续加大力度，新建幼儿园200所。建设学生宿舍80万平方米。"
    )
    assert targets == [("200所", 2015), ("80万平方米", 2015)]


def test_progress_against_the_years_tasks_is_no_target() -> None:
    """`超额完成年度目标任务` reports a target met; `预计年底还有7所` is what remains."""
    targets, _ = read(
        "截至本月8日，有30所开工建设，预计年底还有7所中小学开工建设。"
        "全市40所幼儿园建设任务，有47所开工建设，超额完成年度目标任务。"
        "市区有29所中小学投入使用，还有5所幼儿园计划年底前投入使用。"
    )
    assert targets == []


def test_a_text_that_names_its_place_in_a_period_states_its_year() -> None:
    """`今年是“十二五”收官之年` is 2015 whatever a repost's page date says."""
    assert stated_year("今年是“十二五”收官之年，全市新建学校30所。") == 2015
    assert stated_year("今年是“十四五”开局之年。") == 2021
    assert stated_year("今年全市新建学校30所。") is None
    body = "今年是“十二五”收官之年。今年，市区新建中小学30所。"
    assert written_in(["某市新建学校", "更新:2023-09-20 09:37:31 某网"], body) == 2015


def test_an_undated_page_reporting_a_year_as_done_was_written_the_year_after() -> None:
    """`2013年，…建成了…` with `今年…在去年的基础上`: 2013 is its 去年."""
    body = "今年，全省将新建幼儿园200所。\n据了解，2013年，全省新建校舍。其中建成了440所幼儿园。\n今年，全省将在去年的基础上继续推进。"
    assert year_after_report(body) == 2014
    assert year_after_report(body.replace("去年", "")) is None  # no 去年: nothing to count from
    planned = "今年，全省将新建幼儿园200所。\n2013年，全省已建成440所，还将新建100所。\n去年…"
    assert year_after_report(planned) is None  # the year's paragraph sets a target


def test_a_reposts_copy_of_the_original_headline_adds_no_target() -> None:
    """`（原标题：今年建200所公办幼儿园）` restates the text's figure."""
    doc = Document(
        "news.txt",
        (
            Paragraph("某省今年建幼儿园"),
            Paragraph("发布时间：2014-03-02 来源：某报"),
            Paragraph(
                "本报讯 今年，全省将新建、改扩建公办幼儿园200所。（原标题：今年建200所公办幼儿园）"
            ),
        ),
    )
    assert raw_and_year(doc) == [("200所", 2014)]


def test_a_years_plan_set_against_what_was_done_is_reported() -> None:
    """`计划投资…，实际完成投资…`: the plan a year-end report measures, not an intent; a
    page dated the next January is not made a repost by it."""
    report = Plan(None, 2017, True, now=2018, news=True, dated=True)
    targets, results = read(
        "2017年，全市列入基本建设投资计划教育项目共计108个，总投资61.67亿元，"
        "2017年计划投资21.42亿元，实际完成投资19.09亿元，比上年增长23.56%。"
        "其中有12个项目被列为市级重点建设项目，计划投资6.92亿元，实际完成投资8.07亿元。",
        report,
    )
    assert targets == []
    assert "6.92亿元" in results
    body = "2017年，全市计划投资21.42亿元，实际完成投资19.09亿元，比上年增长23.56%。"
    assert written_in(["2017年某市教育项目建设投入19亿元", "时间:2018-01-25 17:56"], body) == 2018


def test_a_sites_list_of_links_is_furniture() -> None:
    """`- 08-08163家公司公布半年报 27家业绩增幅翻倍`: another page's headline."""
    doc = Document(
        "news.txt",
        (
            Paragraph("某县新建学校"),
            Paragraph("发布时间：2023-03-02 来源：某报"),
            Paragraph("本报讯 今年，全县将新建学校3所。"),
            Paragraph("您可能感兴趣的文章"),
            Paragraph("- 08-08163家公司公布半年报 27家业绩增幅翻倍"),
        ),
    )
    got = [r.record.target.raw for r in draft_document(doc, "n", []).records]
    assert got == ["3所"]


RESULTS_LEAD = "本报讯 10日，某省“十四五”教育发展成就新闻发布会举行。记者从会上获悉，全省规划各项指标总体达成。"


def test_a_lead_that_reports_results_makes_a_report_of_results() -> None:
    """A report whose lead announces results (成就, 回顾) and nothing ahead: a year or
    `今年` alone sets no target; a word of a target still does."""
    assert reads_back(["转自某网", RESULTS_LEAD])
    assert not reads_back(
        ["转自某网", RESULTS_LEAD.replace("规划各项指标总体达成", "将新增学位5万个")]
    )
    assert not reads_back(["转自某网", "本报讯 某省今年将新增学位5万个，巩固发展成效。"])
    doc = Document(
        "news.txt",
        (
            Paragraph("转自某网"),
            Paragraph(RESULTS_LEAD),
            Paragraph("2024年，学前教育毛入园率达到91.95%，较2020年提高4.35个百分点。"),
            Paragraph("今年学前一年免费惠及近40万儿童。“十四五”期间，高校由105所增加到117所。"),
            Paragraph("到2027年，全省力争新增学位10万个。"),
        ),
    )
    assert raw_and_year(doc) == [("10万个", 2027)]


def test_a_lead_that_tells_how_a_years_work_was_carried_out_reads_back() -> None:
    """`2029年，某区认真贯彻落实…，扎实推进…`: how the year's work went, a summary of it; the
    same lead with 将 or 要 sets the year's work ahead."""
    lead = (
        "2029年，某区认真贯彻落实上级教育工作精神，扎实推进学校建设和师资培养，进一步提升办学水平。"
    )
    assert reads_back([lead])
    assert not reads_back([lead.replace("认真贯彻落实", "将认真贯彻落实")])
    assert not reads_back([lead.replace("扎实推进", "要扎实推进")])
    other = "2029年，某区新建幼儿园3所，新增学位900个，改造薄弱学校操场5块，进一步提升办学水平。"
    assert not reads_back([other])


def test_a_lead_that_a_year_stepped_forward_makes_a_review_of_that_year() -> None:
    """`2031年，某州教育迈上了新台阶，朝着…强州目标迈出了坚实一步`: the year's results are told,
    and the aim it moved towards is no target of its own; a figure with 将 or 到…年 still is."""
    lead = (
        "2031年，某州教育事业实现均衡发展，职业教育办出特色，全州朝着“教育强州”目标迈出了坚实一步。"
    )
    assert reads_back([lead])
    assert reads_back([lead.replace("迈出了坚实一步", "迈上了新台阶")])
    assert not reads_back([lead.replace("迈出了坚实一步", "将迈出坚实一步")])
    assert not reads_back([lead.replace("朝着“教育强州”目标迈出了坚实一步", "确定了教育强州目标")])
    doc = Document(
        "review.txt",
        (
            Paragraph(lead),
            Paragraph("2031年，全州学前三年毛入园率达93.16%，一级普通高中增至27所。"),
            Paragraph("到2035年，全州力争新增学位3万个。"),
        ),
    )
    assert raw_and_year(doc) == [("3万个", 2035)]


def test_a_list_announced_by_a_report_of_results_details_them() -> None:
    """`…已于8月底全部竣工。具体情况如下：` then numbered items: the finished projects, with
    their areas and money; what comes of the finished work (`随着项目建设的完成，能够增加
    600个学位`) is a result too. A numbered list after a paragraph of targets stays targets."""
    done = Document(
        "news.txt",
        (
            Paragraph("某市民生工程进展"),
            Paragraph("发布时间：2023-12-22 来源：某网"),
            Paragraph("2023年计划新建学校项目5个，建设面积1.78万平方米。"),
            Paragraph("计划实施的5个项目已于8月底全部竣工，提前完成了建设任务。具体情况如下："),
            Paragraph("1.第一中心小学，建设面积1617.96平方米，投入资金420万元。"),
            Paragraph("2.第二中学，建设面积8752.2平方米，投入资金1550万元。"),
            Paragraph("随着项目建设的完成，能够增加600个学位。"),
        ),
    )
    got = [r.record.target.raw for r in draft_document(done, "n", []).records]
    assert got == ["5个", "1.78万平方米"]
    planned = Document(
        "news.txt",
        (
            Paragraph("某市民生工程"),
            Paragraph("发布时间：2023-02-22 来源：某网"),
            Paragraph("今年全市将实施以下项目："),
            Paragraph("1.第一中心小学，建设面积1617.96平方米，投入资金420万元。"),
        ),
    )
    got = [r.record.target.raw for r in draft_document(planned, "n", []).records]
    assert got == ["1617.96平方米", "420万元"]


def test_a_count_of_provinces_in_a_round_up_is_no_target() -> None:
    """`31个省份的政府工作报告均提及…`: whose reports a round-up reads."""
    targets, results = read(
        "记者梳理发现，31个省份的政府工作报告中均提及“双减”，其中30个省区市将其列为工作重点。"
    )
    assert (targets, results) == ([], [])


def test_a_first_line_that_ends_a_sentence_is_text_not_a_title() -> None:
    """A plan excerpt that opens mid-list (`——…青壮年文盲率低于5%。`) has no title line: its
    first line is read; an untitled headline is not."""
    excerpt = Document(
        "plan.txt",
        (
            Paragraph("——进一步巩固扫盲成果，到2010年青壮年文盲率低于5%。"),
            Paragraph("——到2010年，高中阶段毛入学率达到60%。"),
        ),
    )
    got = [r.record.target.raw for r in draft_document(excerpt, "n", []).records]
    assert got == ["低于5%", "60%"]


def test_the_year_a_text_states_may_name_the_plan_it_closes() -> None:
    assert stated_year("今年是实施“十三五”规划的收官之年。") == 2020
    assert stated_year("今年是全面实施“十四五”规划的开局之年。") == 2021


def test_a_review_sets_targets_only_by_words_of_a_target() -> None:
    """A title that looks back (成就, 回顾, 盘点): its figures are results, but a sentence
    that says 将, 计划 or 到2030年 still sets a target."""

    def drafted(*lines: str) -> list[tuple[str, int | None]]:
        doc = Document("news.txt", tuple(Paragraph(t) for t in lines))
        return [
            (r.record.target.raw, r.record.target.year)
            for r in draft_document(doc, "n", []).records
        ]

    assert (
        drafted(
            "盘点2021丨某区教育这一年", "2021年，全区新建学校5所，新增学位3000个，普惠率达到90%。"
        )
        == []
    )
    assert drafted(
        "某区教育事业发展成就回顾",
        "发布时间：2024-01-10",
        "五年来，全区新建学校30所。今年，全区计划新建学校5所。",
    ) == [("5所", 2024)]
    assert drafted(
        "某市十四五教育发展成就新闻发布会",
        "本报讯 十四五期间，全市新增学位12万个，毛入园率达到95%。到2030年，全市将新增学位5万个。",
    ) == [("5万个", 2030)]


def test_an_event_the_report_witnessed_is_a_result() -> None:
    """`新建的5所学校正式投入使用` happened; `将于9月正式投入使用` is ahead."""
    targets, results = read("9月1日，全区新建的5所学校正式投入使用。本次共涉及项目学校53所。")
    assert (targets, results) == ([], ["5所", "53所"])
    targets, _ = read("全区新建的5所学校将于9月正式投入使用。")
    assert targets == [("5所", 2015)]


def test_a_plan_met_is_reported_and_a_plan_to_meet_is_a_target() -> None:
    """`完成年度计划的110%` reports; `确保完成年度目标，新建…` still sets targets."""
    targets, results = read("截至11月底，全市完成投资12亿元，完成年度计划的110%。")
    assert (targets, results) == ([], ["12亿元", "110%"])
    targets, results = read("全市在建项目30个，完成年度投资计划的110%。")
    assert ("110%", 2015) not in targets
    targets, _ = read("确保完成年度目标任务，新建幼儿园10所。")
    assert targets == [("10所", 2015)]


def test_a_work_reports_these_five_years_are_results_and_a_paragraph_going_on_keeps_its_year() -> (
    None
):
    """A government work report: `这五年，…新建各类学校46所` reports; `2022年…将…` then a
    paragraph opening `同时，该县将完成3所…` sets targets of 2022, not of the page's year."""
    doc = Document(
        "page.html",
        (
            Paragraph("某县两会|启动学校扩建"),
            Paragraph("2021-11-11 06:06:47"),
            Paragraph("报告指出，这五年，某县新建各类学校46所，补充招聘教师946人。"),
            Paragraph("县长说，2022年某县将坚持教育优先发展。"),
            Paragraph("同时，该县将完成3所公办幼儿园建设。"),
        ),
    )
    assert raw_and_year(doc) == [("3所", 2022)]


def test_rujin_reports_where_things_stand() -> None:
    """`如今，全区共90所幼儿园设置了126个托班`: nowadays, like 目前: results."""
    targets, results = read("如今，全区共90所幼儿园设置了126个托班，可为2478名幼儿提供托育服务。")
    assert targets == []
    assert results == ["90所", "126个", "2478名"]


def test_a_target_reached_early_is_reported() -> None:
    """`提前达成200班的目标` says a target was met: no new target."""
    targets, _ = read("合计三年内已扩增267班，提前达成200班的目标。")
    assert targets == []


def test_an_undated_page_whose_latest_year_was_met_beyond_its_plan_was_written_after_it() -> None:
    """The last that is said of the latest year reports it done (`超额完成…目标`), though an
    earlier sentence of that year set its plan (`目标设定为`); `连续两年将…列入` is a run of years
    behind, not a year ahead."""
    body = (
        "今年将新增学位2万个。\n2021年、2022年连续两年将学位项目列入民心工程，2022年目标设定为新增学位3万个。"
        "2022年，新增学位4万个，超额完成年度任务目标。\n与去年相比，今年项目更集中。"
    )
    assert year_after_report(body) == 2023
    assert year_after_report(body.replace("超额完成", "力争完成")) is None
    assert future_years("2021年、2022年连续两年将学位项目列入民心工程。") == []
    assert future_years("2024年起将连续三年实施学位工程。") == [2024]


def test_funds_obtained_are_results_but_striving_for_a_year_sets_a_target() -> None:
    """`共争取到…资金` reports funds obtained; `争取到2025年` and `力争争取到` are intents."""
    targets, results = read("2015年共争取到专项资金9000万元，其中中央6000万元、省级1000万元。")
    assert targets == []
    assert results == ["9000万元", "6000万元", "1000万元"]
    targets, _ = read("争取到2018年，新建幼儿园20所。")
    assert targets == [("20所", 2018)]
    targets, _ = read("今年力争争取到上级资金5000万元。")
    assert targets == [("5000万元", 2015)]


def test_a_verb_with_its_perfective_le_reports_what_was_done() -> None:
    """`住进了`, `开展了…建设`: done; the same verbs without 了 say what will be."""
    targets, _ = read("今年3月，某镇中心小学89名寄宿生住进了新宿舍。")
    assert targets == []
    targets, _ = read("学前教育方面，投入资金开展了13所公办幼儿园建设。")
    assert targets == []
    targets, _ = read("今年将开展13所公办幼儿园建设。")
    assert targets == [("13所", 2015)]
    targets, _ = read("会上，5个市县就学前教育发展的经验作了交流发言。")
    assert targets == []
    targets, _ = read("某局对活动时间作了具体规定，要求小学生每学年参加社会实践不少于3天。")
    assert targets == [("不少于3天", 2015)]


def test_what_a_survey_reflects_and_what_was_extended_are_results() -> None:
    """`满意度调查反映，…认可度均达85%以上`, `决算显示…占23.7%`: measured; `学校扩建了一栋教学楼，…共计
    25个教室`: done. `今年将扩建教学楼一栋` is still to do."""
    targets, _ = read("家长满意度调查反映，对课程设置的认可度均达85%以上。")
    assert targets == []
    targets, _ = read("该园决算显示营养餐计划支出占23.7%。")
    assert targets == []
    targets, _ = read("学校扩建了一栋教学楼，共计25个教室。")
    assert targets == []
    targets, _ = read("今年将扩建教学楼一栋，共计25个教室。")
    assert [raw for raw, _ in targets] == ["一栋", "25个"]


def test_this_years_progress_up_to_now_is_a_result() -> None:
    """`截至目前，今年全市累计投入…`: this year's progress so far; a clause after it that says what
    is still to come (`今年还将`, `今年，该县计划…`, `到今年年底…将达到`) sets targets."""
    targets, _ = read("截至目前，今年全市累计投入资金2.1亿元，新购置教学用机2万台。")
    assert targets == []
    targets, _ = read("截至目前，已建成5所，今年还将新建3所。")
    assert targets == [("3所", 2015)]
    targets, _ = read("截至目前，已有9个镇创建成功，今年，该县计划投入2.9亿元。")
    assert targets == [("2.9亿元", 2015)]
    targets, _ = read("截至目前，今年已投入2亿元，到今年年底，覆盖率将达到100%。")
    assert targets == [("100%", 2015)]


def test_how_a_school_stood_before_is_no_target_but_what_it_gives_once_built_is() -> None:
    """`原本只有6个班`: its past; `建成后，办学规模为24个班`: what the work will give."""
    targets, _ = read(
        "这所原本只有6个班10名教师的农村完小，成为名校的校区。"
        "该项目投资约3559万元，建成后，办学规模为24个班。"
    )
    assert len(targets) == 2 and targets[0][0] == "约3559万元"


def test_bullet_items_after_results_go_on_with_them() -> None:
    """`自2016年以来，…做了一系列工作。` then `● …达到1290所`: the bullets report; a bullet
    after a paragraph of targets, or one with a word of its own (将), sets targets."""
    doc = Document(
        "page.html",
        (
            Paragraph("某市幼儿园建设推进会召开"),
            Paragraph("自2016年以来，我市做了一系列工作。"),
            Paragraph("●  五年来，共新建改扩建幼儿园390所。"),
            Paragraph("●  普惠性幼儿园达到1290所，占比91.81%。"),
            Paragraph("●  到2022年，公办幼儿园将达到400所。"),
        ),
    )
    assert raw_and_year(doc) == [("400所", 2022)]
    doc = Document(
        "page.html",
        (
            Paragraph("某市幼儿园建设推进会召开"),
            Paragraph("到2022年，我市将推进以下工作。"),
            Paragraph("●  普惠性幼儿园达到1290所。"),
        ),
    )
    assert raw_and_year(doc) == [("1290所", 2022)]


def test_works_reported_all_finished_are_results() -> None:
    """`…等13所学校维修改造项目全部完工`: done; `将于年底全部竣工` is due still."""
    targets, _ = read("宅城中心小学等13所学校维修改造项目全部完工，营造了安全的校园环境。")
    assert targets == []
    targets, _ = read("今年9月，新区4所新建学校全部建成招生，改善了片区学位紧张的局面。")
    assert targets == []
    targets, _ = read("新建学校13所，将于年底全部竣工。")
    assert [raw for raw, _ in targets] == ["13所"]


def test_a_breakdown_of_what_was_added_reports() -> None:
    """`在今年新增的4万余个学位中，义务教育学位3.7万个…`: the parts of what was added; `今年将
    新增学位4万个，其中…` sets them."""
    targets, _ = read("在今年新增的4万余个学位中，义务教育学位3.7万个，高中学位4200个。")
    assert targets == []
    targets, _ = read("今年将新增学位4万个，其中义务教育学位3.7万个。")
    assert [raw for raw, _ in targets] == ["4万个", "3.7万个"]


def test_links_to_the_pages_before_and_after_and_a_chart_of_the_most_read_are_furniture() -> None:
    """`下一条：…总投资5.7亿元`, `24小时新闻排行榜`: other pages' headlines, no target here."""
    doc = Document(
        "news.txt",
        (
            Paragraph("某县计划新建幼儿园"),
            Paragraph("发布时间：2015-01-28 来源：某网"),
            Paragraph("本报讯 今年，某县计划新建幼儿园3所。"),
            Paragraph("上一条：某县新建4条道路"),
            Paragraph("下一条：某干线公路总投资5.7亿元"),
            Paragraph("24小时新闻排行榜"),
        ),
    )
    assert raw_and_year(doc) == [("3所", 2015)]


def test_a_comment_boxs_counters_are_furniture() -> None:
    """`评论 0人参与,0条评论`: how many readers spoke, no target."""
    doc = Document(
        "news.txt",
        (
            Paragraph("某县计划新建幼儿园"),
            Paragraph("发布时间：2015-01-28 来源：某网"),
            Paragraph("本报讯 今年，某县计划新建幼儿园3所。"),
            Paragraph("评论 0人参与,0条评论"),
            Paragraph("已有12人参与,点击查看更多精彩评论"),
        ),
    )
    assert raw_and_year(doc) == [("3所", 2015)]


def test_a_reposting_sites_disclaimer_is_furniture() -> None:
    """`免责声明：…将在48小时内删除`: the site's terms for a repost, no target of the text."""
    doc = Document(
        "news.txt",
        (
            Paragraph("某县计划新建幼儿园"),
            Paragraph("发布时间：2015-01-28 来源：某网"),
            Paragraph("本报讯 今年，某县计划新建幼儿园3所。"),
            Paragraph("免责声明：本网转载稿件如涉及版权问题，请联系我们，将在48小时内删除。"),
            Paragraph("【特别声明】如有侵权，请于三日内联系，本站在12小时内处理。"),
        ),
    )
    assert raw_and_year(doc) == [("3所", 2015)]


def test_a_pages_hit_counter_is_furniture() -> None:
    """`时间:2015-01-28 点击: 0 次浏览`, `浏览:1057`, a forum post's `881 次查看`: how often the
    page was read, no target."""
    doc = Document(
        "news.txt",
        (
            Paragraph("某县计划新建幼儿园"),
            Paragraph("某网 时间:2015-01-28   点击: 0 次浏览"),
            Paragraph("发布日期:2015/1/2 15:25:34 浏览:1057"),
            Paragraph("某某网友  发表于 2015-1-2 15:25| 881 次查看 | 4 条回复"),
            Paragraph("本报讯 今年，某县计划新建幼儿园3所。"),
        ),
    )
    assert raw_and_year(doc) == [("3所", 2015)]


def test_a_cited_documents_title_states_no_intent() -> None:
    """`编制《…三年计划(2022-2024)》`: the 计划 of a document's name sets no target, so a
    summary of a year's work goes on reporting results after it."""
    doc = Document(
        "summary.txt",
        (
            Paragraph("某区教育局2022年工作总结与2023年工作计划"),
            Paragraph(
                "一、2022年亮点工作。全区教育质量全市领先。编制《某区基础教育资源布局三年计划"
                "(2022-2024)》，明晰发展方向。推动新建中小学6所，增加学位5000余个。"
            ),
        ),
    )
    assert raw_and_year(doc) == []
    targets, _ = read("今年，全县将编制《学前教育行动计划》，新建幼儿园3所。")
    assert targets == [("3所", 2015)]


def test_levels_reached_beyond_a_goal_another_body_set_are_results() -> None:
    """`分别达到57%和89%，超过国家确定的“50%、80%”的目标任务`: a report of goals exceeded;
    `将超过省里确定的目标` still looks ahead."""
    targets, _ = read(
        "公办园、普惠园在园幼儿占比分别达到57%和89%，高标准超过国家确定的“50%、80%”的目标任务。"
    )
    assert ("57%", 2015) not in targets and ("89%", 2015) not in targets
    ahead, _ = read("普惠园在园幼儿占比将达到85%，超过省里确定的目标。")
    assert ahead == [("85%", 2015)]


def test_what_opened_the_day_of_the_report_gives_no_target() -> None:
    """`今天新启用的托育中心…共可收托80名`: what opened that day, and what it holds, is done;
    `明年将启用的…` is due still."""
    targets, _ = read("区府表示，今天新启用的两处托育中心设在社区大楼内，共可收托80名婴幼儿。")
    assert targets == []
    targets, _ = read("区府表示，明年将启用两处托育中心，共可收托80名婴幼儿。")
    assert [raw for raw, _ in targets] == ["80名"]


def test_the_earlier_years_step_a_news_item_follows_on_from_is_told_in_passing() -> None:
    """`继去年在4所学校增设…，今年也将在…增设2班`, `继2015学年度在5所…增设…，明年也将…`: the
    step after 继 came before, even in the page's own year; only what comes next is a target."""
    targets, _ = read("继去年在4所小学附设幼儿园增设托育班，今年也将在两所学校各增设2班。")
    assert [raw for raw, _ in targets] == ["2班"]
    targets, _ = read("继2015学年度在5所小学附设幼儿园增设2岁专班，明年也将在两所学校各增设1班。")
    assert [raw for raw, _ in targets] == ["1班"]


def test_what_a_school_had_before_its_works_is_no_target() -> None:
    """`某中学原有2幢教师宿舍，…`: what stood before, told in passing; `现占地面积…`: what it
    has now; `将原有3栋…改造为…`, the works on what stands, and the figures of the works after
    it are targets."""
    targets, _ = read("某中学原有2幢教师宿舍，因年久失修被鉴定为危房。该项目新建宿舍1栋。")
    assert [raw for raw, _ in targets] == ["1栋"]
    targets, _ = read("明年将原有3栋教学楼改造为实验楼。")
    assert [raw for raw, _ in targets] == ["3栋"]
    targets, _ = read("某镇中心小学现占地面积11257平方米，建筑面积3921平方米。新建教学楼1栋。")
    assert [raw for raw, _ in targets] == ["1栋"]


def test_a_school_years_openings_and_intake_counted_are_results() -> None:
    """`本学年全市共新开办幼儿园51所`, `今年全区共招收1583个幼儿入园`: what the year opened and took
    in, counted; `明年计划共招收2000名幼儿` is still to come."""
    targets, _ = read(
        "本学年全市共新开办幼儿园51所。今年全区共招收1583个幼儿入园。今年共收到人大代表建议10件。"
    )
    assert targets == []
    targets, _ = read("明年计划共招收2000名幼儿。")
    assert [raw for raw, _ in targets] == ["2000名"]


def test_what_will_stand_by_a_year_ahead_is_a_target() -> None:
    """`到2030年，市区小学共有79所`: the 共有 of a plan's total by its year, not a count of what
    stands now; `目前共有` and a year gone by (`到2014年底，…共有`, in a page of 2015) still report."""
    plan = Plan(2020, 2030, False)
    targets, _ = read("到2030年，市区小学共有79所，拥有1896个教学班。", plan)
    assert targets == [("79所", 2030), ("1896个", 2030)]
    targets, _ = read("预计到2030年，市区小学共有79所。到2030年市区初中共有30所。", plan)
    assert targets == [("79所", 2030), ("30所", 2030)]
    targets, _ = read("到2030年，市区小学目前共有79所。", plan)
    assert targets == []
    targets, _ = read("到2030年，市区小学已共有79所。", plan)
    assert targets == []
    targets, _ = read("到2014年底，全县共有小学79所。")
    assert targets == []
