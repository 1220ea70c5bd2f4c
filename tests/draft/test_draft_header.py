"""A plan's identity: only what the document prints, the rest named for the curator."""

from __future__ import annotations

from plancmp.draft.document import Document, Paragraph
from plancmp.draft.header import read_header


def header_of(*lines: str):
    return read_header(Document("plan.txt", tuple(Paragraph(t) for t in lines)))


def test_a_covering_notice_gives_issuer_number_and_date() -> None:
    h = header_of(
        "绍兴市某区人民政府文件",
        "某政办发〔2022〕33号",
        "绍兴市某区人民政府办公室关于印发某区教育事业发展“十四五”规划的通知",
        "各镇人民政府、街道办事处：",
        "现印发给你们，请认真贯彻执行。",
        "绍兴市某区人民政府办公室",
        "2022年6月20日",
        "某区教育事业发展“十四五”规划",
        "一、发展基础",
    )
    assert h.title == "某区教育事业发展“十四五”规划"
    assert (h.issuer, h.doc_number, h.issued) == (
        "绍兴市某区人民政府办公室",
        "某政办发〔2022〕33号",
        "2022-06-20",
    )
    assert (h.jurisdiction, h.level, h.parent_city) == ("绍兴市某区", "区", "绍兴")
    assert (h.kind, h.base_year, h.target_year) == ("five_year_plan", 2020, 2025)
    assert h.review == ("jurisdiction：由文中“绍兴市某区”推断，请核对",)


def test_a_plan_named_jihua_with_its_years_is_titled_by_it_not_by_the_number() -> None:
    """`湖南省县域普通高中振兴计划（2026—2030年）` under the covering notice: a 计划 with its span of
    years is a plan's title, and a document number alone on its line is no title (the number had
    been the title, and the plan a year's plan of 2026)."""
    h = header_of(
        "湖南省人民政府办公厅关于印发《湖南省县域普通高中振兴计划（2026—2030年）》的通知",
        "湘政办发〔2026〕28号",
        "各市州、县市区人民政府：",
        "湖南省县域普通高中振兴计划（2026—2030年）",
        "一、总体要求",
    )
    assert (h.title, h.doc_number) == (
        "湖南省县域普通高中振兴计划（2026—2030年）",
        "湘政办发〔2026〕28号",
    )
    assert (h.base_year, h.target_year) == (2025, 2030)
    # a letter with no title: the first line stands in, for the curator to replace
    assert not header_of("某发改审批〔2025〕33号", "某县教育局:", "你单位的函收悉。").titled


def test_a_call_for_comments_is_titled_by_the_plan_it_names_not_the_call() -> None:
    """`关于…（征求意见稿）公开征求意见的公告` covers a draft plan: the title is the plan's own
    line below it, or, where the text prints none, the plan the call names."""
    h = header_of(
        "关于某区“十四五”教育发展规划（征求意见稿）公开征求意见的公告",
        "为广泛听取社会意见，现将全文公布。",
        "某区“十四五”教育发展规划（2021—2025年）",
        "一、发展目标",
    )
    assert (h.title, h.target_year) == ("某区“十四五”教育发展规划（2021—2025年）", 2025)
    h = header_of(
        "关于《某区“十四五”教育发展规划（征求意见稿）》公开征求意见的公告",
        "为广泛听取社会意见，现将全文公布。",
        "一、发展目标",
    )
    assert (h.title, h.target_year) == ("某区“十四五”教育发展规划（征求意见稿）", 2025)


def test_a_call_that_names_the_plan_after_its_verb_is_titled_by_the_plan_too() -> None:
    """`关于公开征求《…》意见的公告` puts the plan between 征求 and 意见: the same call."""
    h = header_of(
        "关于公开征求《某区“十四五”教育发展规划（征求意见稿）》意见的公告",
        "为广泛听取社会意见，现将全文公布。",
        "一、发展目标",
    )
    assert (h.title, h.target_year) == ("某区“十四五”教育发展规划（征求意见稿）", 2025)


def test_what_is_not_printed_is_null_and_named_for_review() -> None:
    h = header_of("某市教育局2023年工作要点", "一、突出党建统领")
    assert (h.issuer, h.doc_number, h.issued, h.level, h.parent_city) == (
        "某市教育局",
        None,
        None,
        None,
        None,
    )
    assert (h.kind, h.base_year, h.target_year, h.one_year) == (
        "annual_work_points",
        None,
        2023,
        True,
    )
    fields = [r.split("：")[0] for r in h.review]
    assert fields == ["doc_number", "issued", "level", "parent_city"]


def test_a_news_page_title_and_the_plan_it_reports() -> None:
    h = header_of(
        "首页 > 新闻 > 正文",
        "日前，济宁市政府正式印发《济宁市“十四五”教育事业发展规划》。",
        "到2025年，学前教育毛入学率将达到99%以上。",
    )
    assert (h.title, h.base_year, h.target_year) == ("济宁市“十四五”教育事业发展规划", 2020, 2025)


def test_a_review_of_a_year_is_told_by_its_title() -> None:
    h = header_of(
        "盘点2021丨某市深化创新改革，办好人民满意教育", "2021年，某市教体局立足群众需求办实事。"
    )
    assert h.looks_back and h.target_year == 2021


def test_a_plan_a_report_names_below_a_sites_menu_gives_the_period() -> None:
    """Short menu lines (`快速报名`, `咨询热线:…`) at the top of a page do not push the
    report's naming of its plan out of the opening."""
    h = header_of(
        *["首页", "快速报名", "实时沟通", "随时随地学", "多种学习方式", "咨询热线:020-8720006"] * 2,
        "国家发展改革委介绍“十四五”规划纲要草案有关内容。其中教育领域如下：",
        "新建改扩建中小学校4000所以上。",
    )
    assert (h.base_year, h.target_year) == (2020, 2025)


def test_a_plan_a_report_names_with_its_span_in_brackets_gives_the_period() -> None:
    """`某市中小学布局规划 (2022-2035年)` printed in a report's opening: its goals are the
    plan's, due at the span's end (its base the year before the span, as for `（2021-2025）`)."""
    h = header_of(
        "某市将新建百余所学校 已写入未来规划",
        "某市城区中小学布局规划 (2022-2035年)",
        "学前教育普惠发展，普惠率达到92%。",
    )
    assert (h.base_year, h.target_year) == (2021, 2035)


def test_a_title_whose_period_the_line_end_cuts_goes_on_into_the_next_line() -> None:
    """`…三年行动计划（2026—` / `2028年）` (a PDF's title wrapped inside its period, or right
    after its bracket): the period is 2026—2028, not the one year 2026 the first line alone
    would give."""
    h = header_of(
        "某区人民政府办公室文件",
        "某区公办幼儿园建设三年行动计划（2026—",
        "2028年）",
        "为扩大公办学前教育资源，制定本计划。",
    )
    assert (h.title, h.base_year, h.target_year, h.one_year) == (
        "某区公办幼儿园建设三年行动计划（2026—2028年）",
        2025,
        2028,
        False,
    )
    cut_at_bracket = header_of("某区公办幼儿园建设三年行动计划（", "2026—2028年）", "制定本计划。")
    assert (cut_at_bracket.title, cut_at_bracket.target_year) == (
        "某区公办幼儿园建设三年行动计划（2026—2028年）",
        2028,
    )


def test_a_school_years_plan_is_done_by_the_end_of_its_second_year() -> None:
    """`2025—2026学年度学校工作计划` (or `20252026学年度…`, the dash lost): one school year's
    work, begun in 2025 and due by 2026; a plan over a span of years keeps its base the year
    before the span."""
    for title in ("2025—2026学年度学校工作计划", "20252026学年度学校工作计划范文"):
        h = header_of(title, "一、关键指标", "①中考总分优秀率≥42%，低分率≤3%；")
        assert (h.base_year, h.target_year, h.kind) == (2025, 2026, "annual_work_points")
    h = header_of("某区教育发展规划（2025-2027年）", "普惠率达到92%。")
    assert (h.base_year, h.target_year) == (2024, 2027)


def test_a_one_year_title_yields_to_the_year_the_text_names_its_own_plan_by() -> None:
    retitled = header_of(
        "2019教育工作计划",
        "一、2018年教育局工作计划指导思想：大力发展高中段教育。",
        "全市初中升高中段的比例力争达到95%以上。",
    )
    assert retitled.target_year == 2018
    named_again = header_of(
        "2019年教育工作计划",
        "一、回顾2018年教育局工作计划的完成情况。",
        "2019年全市初中升高中段的比例力争达到95%以上。",
    )
    assert named_again.target_year == 2019


def test_a_years_budget_named_in_the_opening_is_the_year_its_figures_are_for() -> None:
    """A budget announced before its year (`115年教育预算`, 民國115 = 2026, on a page of
    December 2025) sets that year's figures, as a year's 实事 programme does."""
    h = header_of(
        "date 2025-12-15 某县重视教育，115年教育预算创新高。",
        "县府编列1412.9万元用于幼儿园幼童车汰换更新。",
    )
    assert (h.target_year, h.now) == (2026, 2025)
    h = header_of("某市2024年教育预算安排情况", "编列3亿元用于校舍改建。")
    assert h.target_year == 2024


def test_a_headline_that_works_are_finished_reports_them_done() -> None:
    """`…项目全部完工` reports results; `…年内竣工`, `…9月投用` set a date still."""
    from plancmp.draft.title import looks_back

    assert looks_back("某市新增中央投资教育项目全部完工")
    assert looks_back("某县10所学校顺利竣工")
    assert not looks_back("某市20个中小学年内竣工")
    assert not looks_back("某区新增学位7860个 第一实小9月投用")
    assert not looks_back("某市38所公办幼儿园11月前全部开园")


def test_a_budgets_review_joined_to_next_years_budget_looks_ahead() -> None:
    """`…2026年预算执行情况和2027年部门预算`: how last year's budget went and next year's budget,
    which sets that year's sums (it had been read as a report, and drafted nothing); the review
    alone still reports results."""
    from plancmp.draft.title import looks_back

    assert not looks_back("某区教育局2026年预算执行情况和2027年部门预算")
    assert looks_back("某区教育局2026年预算执行情况")


def test_an_undated_reports_this_year_is_the_year_it_opens_its_work_with() -> None:
    """`今年…` on an undated page that first names last year's results (`2020年，…预计全年…`)
    and then opens this year's work with its year (`2021年，某区计划增加…`): 今年 is 2021."""
    h = header_of(
        "1月12日，记者获悉，今年，某区将增加普惠学前教育学位1500个。",
        "2020年，某区地区生产总值预计全年达到8500亿元左右。",
        "2021年，某区计划增加3000个小学学位。",
    )
    assert (h.target_year, h.now) == (2021, 2021)
    h = header_of("记者获悉，今年，某区将增加学位1500个。", "2020年，某区新建学校3所。")
    assert (h.target_year, h.now) == (2020, None)


def test_a_goals_excerpt_is_dated_by_the_period_end_it_sets_its_goals_for() -> None:
    h = header_of(
        "（三）目标体系",
        "小学入学率达到100%；到“十一五”期末，基本普及高中段教育。",
    )
    assert (h.base_year, h.target_year) == (2005, 2010)


def test_the_main_expected_goals_of_a_period_date_an_untitled_excerpt() -> None:
    """`“十四五”期间…的主要预期目标是`: the goals are the period's, not those of a later year the
    period prepares for (`为到2035年…奠定基础`)."""
    h = header_of(
        "第二章 主要目标",
        "“十四五”期间经济社会发展的主要预期目标是：为到2035年基本实现现代化奠定坚实基础。",
        "高中阶段毛入学率达到95%左右。",
    )
    assert (h.base_year, h.target_year) == (2020, 2025)


def test_the_tenth_period_quoted_dates_its_goals_but_fifteen_years_do_not() -> None:
    """`“十五”期间…主要目标` is 2001-2005, the period before 十一五; `十五年` is a length."""
    h = header_of(
        "第二章 主要目标",
        "“十五”期间的主要预期目标是：为到2010年基本实现现代化奠定基础。",
        "高中阶段毛入学率达到60%左右。",
    )
    assert (h.base_year, h.target_year) == (2000, 2005)
    assert header_of("某县第十个五年计划纲要").target_year == 2005
    assert header_of("某县十五年教育发展规划").target_year is None
    assert header_of("某县“十五五”教育发展规划").target_year == 2030


def test_the_periods_before_the_tenth_date_their_plans_too() -> None:
    """`“九五”期间…主要目标` is 1996-2000, `第八个五年计划` 1991-1995; `九五折` is no period."""
    h = header_of("第二章 主要目标", "“九五”期间的主要目标是：", "普及率达到百分之八十以上。")
    assert (h.base_year, h.target_year) == (1995, 2000)
    assert header_of("某省国民经济和社会发展第八个五年计划").target_year == 1995
    assert header_of("某县九五折优惠教育资助规划").target_year is None


def test_two_period_ends_named_leave_an_untitled_excerpt_undated() -> None:
    h = header_of(
        "（三）目标体系",
        "到“十一五”期末，入学率达到95%；到十二五末，达到98%。",
    )
    assert h.target_year is None


def test_a_dated_headline_about_middle_and_primary_schools_is_the_title_not_a_list_below() -> None:
    h = header_of(
        "2019年某市将新建扩建32所中小学",
        "2019年某市将新建、扩建中小学校32所，预计新增学位4000个。",
        "2019年某市义务教育学位扩容建设项目校名单",
    )
    assert h.title == "2019年某市将新建扩建32所中小学"


MENU_PAGE = (
    "网站首页",
    "标题导航",
    "年内流量资费家庭宽带降费30%",
    "某市83所新扩建中小学今秋投用",
    "大病保险一年最多可报30万元",
    "版面概览",
    "某市83所新扩建中小学今秋投用",
    "13日，记者从某市教育局获悉，今秋开学，该市计划投入使用的新建、扩建中小学及幼儿园共152所，可增加学位数6.45万个。",
)


def test_a_headline_a_pages_menu_printed_before_it_heads_the_article() -> None:
    assert header_of(*MENU_PAGE).title == "某市83所新扩建中小学今秋投用"
    once = tuple(t for k, t in enumerate(MENU_PAGE) if k != 3)
    assert header_of(*once).title != "某市83所新扩建中小学今秋投用"


def test_a_plans_full_name_gives_its_period() -> None:
    """`《某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》`: the period's full name
    is 十四五, even when the briefing also compares it with the last plan (`比“十三五”规划`)."""
    h = header_of(
        "某省：公办幼儿园比例超50%",
        "5月12日，在省政府新闻发布会上，省发展改革委负责人介绍了《某省国民经济和社会发展"
        "第十四个五年规划和二〇三五年远景目标纲要》，总体篇幅比“十三五”规划有所增加。",
        "力争公办幼儿园比例达到50%以上。",
    )
    assert (h.base_year, h.target_year) == (2020, 2025)


def test_a_number_alone_under_the_title_is_the_documents() -> None:
    """Gazettes print the number on its own line under the title; a sentence that cites
    another document's number is not the plan's."""
    h = header_of(
        "某市人民政府关于加快学前教育发展的意见", "（某政发〔2019〕12号）", "一、目标任务"
    )
    assert h.doc_number == "某政发〔2019〕12号"
    cited = header_of(
        "某市人民政府关于加快学前教育发展的意见",
        "根据《某省学前教育条例》（某政发〔2018〕5号）精神，现提出如下意见。",
    )
    assert cited.doc_number is None


def test_an_action_plan_or_an_opinion_is_told_by_its_title() -> None:
    """`…行动计划`, `…实施方案` are programmes of a few years; `…的实施意见` a government's
    opinion on a field; a title that names neither (nor 规划, 要点) leaves the kind open."""
    assert header_of("某市学前教育第三期行动计划（2018-2020年）", "一、目标").kind == "action_plan"
    assert header_of("某县义务教育优质均衡发展实施方案", "一、目标").kind == "action_plan"
    assert header_of("某市人民政府关于加快学前教育发展的实施意见", "一、目标").kind == "opinion"
    assert header_of("某市学前教育条例（征求意见稿）", "一、目标").kind is None
    h = header_of("某县教育局关于做好秋季开学工作的通知", "一、目标")
    assert h.kind is None and any(r.startswith("kind：") for r in h.review)


def test_a_years_work_plan_is_annual_work_points_as_its_work_points_are() -> None:
    """`某局2019年工作计划` sets that year's targets as `…年工作要点` does; a year's summary or
    a programme of several years is not one."""
    h = header_of("某县教育局2019年工作计划", "一、主要目标")
    assert (h.kind, h.base_year, h.target_year) == ("annual_work_points", None, 2019)
    assert header_of("某区教育局2022年度工作安排", "一、目标").kind == "annual_work_points"
    assert header_of("某县教育局2019年工作总结", "一、主要成绩").kind is None
    assert header_of("某市教育系统2019-2021年工作计划", "一、目标").kind is None


def test_a_first_line_taken_for_want_of_a_title_names_no_place() -> None:
    h = header_of("今年全县计划新增学位1200个，新建小学2所。", "到2027年，巩固率达到99%。")
    assert h.title == "今年全县计划新增学位1200个，新建小学2所。"
    assert (h.jurisdiction, h.level, h.parent_city) == (None, None, None)
    assert "jurisdiction：标题未写明地区，请核对后填写" in h.review


def test_a_province_or_a_municipalitys_own_plan_is_of_the_province_level() -> None:
    # a province, an autonomous region and a municipality under the State Council have
    # no city above them: nothing to ask for but what the title leaves out
    for title, place in (
        ("黑龙江省教育事业发展“十四五”规划", "黑龙江省"),
        ("宁夏回族自治区“十四五”教育发展规划", "宁夏回族自治区"),
        ("天津市“十四五”教育改革和发展规划", "天津市"),
    ):
        h = header_of(title, "到2025年，学前教育毛入园率达到95%以上。")
        assert (h.jurisdiction, h.level, h.parent_city) == (place, "省", None)
        assert [r.split("：")[0] for r in h.review] == ["issuer", "doc_number", "issued"]


def test_a_headline_speaking_of_the_whole_province_names_no_province() -> None:
    """`今年全省…`, `推进全省…`: a headline about a province's work, not a province's name."""
    for title in ("今年全省将新增公办学位4万个", "推进全省义务教育优质均衡发展"):
        h = header_of(title, "记者从省教育厅获悉。")
        assert (h.jurisdiction, h.level) == (None, None), title


def test_a_district_of_a_municipality_is_the_districts_plan() -> None:
    h = header_of("天津市某某区教育事业发展“十四五”规划", "到2025年，巩固率达到99%。")
    assert (h.jurisdiction, h.level, h.parent_city) == ("天津市某某区", "区", "天津")


def test_a_title_naming_two_periods_plans_the_later_one() -> None:
    """`“十二五”总结和“十三五”规划`: the earlier period is reviewed, the later one planned."""
    h = header_of("某县“十二五”教育工作总结和“十三五”教育发展规划", "一、发展目标")
    assert (h.base_year, h.target_year) == (2015, 2020)
    h = header_of("某县“十五五”教育发展规划", "一、发展目标")
    assert (h.base_year, h.target_year) == (2025, 2030)


def test_a_year_in_a_headline_of_plans_is_no_one_year_programme() -> None:
    """`2022年各县规划…出炉`: 规划 are set for several years; the headline's year is when they
    were reported, so the counts they give are no one year's amounts."""
    h = header_of("2022年各县教育规划相继出炉：学位将增一成", "记者日前从各县获悉。")
    assert (h.kind, h.target_year, h.one_year) == ("five_year_plan", 2022, False)
    h = header_of("某县2022年教育工作计划", "一、目标任务")
    assert h.one_year
    assert not header_of("某市2026年前新增公办学位8万个", "记者获悉。").one_year


def test_a_headline_year_ending_the_leads_stretch_of_years_is_no_one_year_programme() -> None:
    """`2030年，某市新增学位6万个` over a lead `3年内将新建学位6万个`: the headline's year ends
    the lead's stretch, so the page's counts are totals; a lead of one year's work is not."""
    lead = "为满足入学需求，未来三年某市将新建学位6.2万个。"
    assert not header_of("2030年，某市新增学位6.2万个，各县怎么分", lead).one_year
    dated = ("2030年，某市新增学位6.2万个", "2029-03-02 来源：某报", lead)
    assert not header_of(*dated).one_year
    assert header_of(
        "2030年，某市新增学位6200个", "今年某市将新建学校5所，新增学位6200个。"
    ).one_year


def test_a_headline_naming_the_year_a_goal_is_due_does_not_date_the_page() -> None:
    """`…发布 到2031年新增学位8万个`: 到 sets a goal for that year; the page was not written then,
    so a goal of an earlier year in its text is no past. `2031年…` alone dates it."""
    h = header_of("某市规划纲要发布 到2031年新增学位8万个", "纲要提出，到2028年新建学校9所。")
    assert (h.target_year, h.now) == (2031, None)
    h = header_of("某市2031年新增学位8万个", "记者获悉。")
    assert (h.target_year, h.now) == (2031, 2031)
    h = header_of("截至2031年底某市新增学位8万个", "记者获悉。")  # counted to, not due
    assert (h.target_year, h.now) == (2031, 2031)


def test_a_page_of_this_years_work_with_no_year_is_a_one_year_programme() -> None:
    """`今年秋季开学，…新建学校7所` with no year printed anywhere: the counts are this year's;
    but `今年以来` opens a report of results and `今年3月动工` is a date in passing."""
    assert header_of("今年秋季开学", "全县新建学校7所，新增学位3100个。").one_year
    assert header_of("某县12所学校今夏完成改造", "据悉，改造投入资金900万元。").one_year
    assert header_of("某区消息", "据悉，今年某区将办好八件实事。", "一、新建幼儿园4所。").one_year
    assert not header_of("某区消息", "今年以来，某区建成学校5所。").one_year
    assert not header_of("某区消息", "该校今年3月动工，设班级24个。").one_year


def test_a_season_of_this_year_dates_the_page_as_this_years_work_does() -> None:
    """`今秋…` opens this year's work as `今年…` does: the year its work opens with
    (`2027年，全县计划…`) is the page's year and its target."""
    h = header_of("某县消息", "今秋全县新增学位3100个。", "2027年，全县计划新建学校2所。")
    assert (h.target_year, h.now) == (2027, 2027)


def test_a_work_report_is_of_the_year_it_was_delivered_in() -> None:
    """`政府工作报告` / `——2027年1月8日在…人民代表大会第二次会议上`: it reviews 2026 and sets
    2027's work, whatever five-year plan it names (its targets had been dated 2030 by the
    `“十五五”` of its review); so does a speech dated in brackets under its line
    (`——在全县教育工作会议上的讲话` / `（2027年2月18日）`); one given at a year's end sets the
    next year's work, its 今年 the year it was given."""
    lines = (
        "政府工作报告",
        "——2027年1月8日在某县第十九届人民代表大会第二次会议上",
        "一、2026年工作回顾",
        "2026年是“十五五”规划开局之年，新增学位5400个。",
        "二、2027年重点工作",
        "新增学位6300个。",
    )
    h = header_of(*lines)
    assert (h.base_year, h.target_year, h.now) == (None, 2027, 2027)
    late = header_of(
        lines[0], "——2026年12月28日在某县教育工作会议上", *lines[2:4], "新增学位6300个。"
    )
    assert (late.target_year, late.now) == (2027, 2026)
    speech = header_of(
        "凝心聚力 奋力推进教育强县建设",
        "——在全县教育工作会议上的讲话",
        "（2027年2月18日）",
        "一、过去一年工作回顾",
        "过去一年，全县新增公办学位2500个，“十五五”教育规划顺利开局。",
        "二、今年重点工作",
        "新增公办学位3000个。",
    )
    assert (speech.target_year, speech.now) == (2027, 2027)
    autumn = header_of(
        "在全县教育系统四季度工作推进会议上的讲话",
        "（2026年10月12日）",
        "确保新建改扩建幼儿园6所全部竣工，新增学位2700个。",
    )
    assert (autumn.target_year, autumn.now) == (None, None)  # a push to finish this year's work


def test_a_headline_counting_a_programmes_years_takes_the_span_its_lead_spells_out() -> None:
    """`三年新增学位4.2万个！…“三年攻坚”行动全面启动` over `2026—2028年，我区将新建…`: the page's
    targets are due by 2028 (they had been dated by the page's year); a span of another length
    than the headline counts sets no period."""
    lead = "3月17日上午，行动推进会举行。2026—2028年，我区将新建、改扩建中小学和幼儿园42所。"
    h = header_of(
        "三年新增学位4.2万个！某区学校建设“三年攻坚”行动全面启动", "发布时间：2026-03-18", lead
    )
    assert (h.base_year, h.target_year, h.now) == (2025, 2028, 2026)
    other = lead.replace("2026—2028年", "2026—2030年")
    h = header_of(
        "三年新增学位4.2万个！某区学校建设“三年攻坚”行动全面启动", "发布时间：2026-03-18", other
    )
    assert (h.base_year, h.target_year, h.now) == (None, None, 2026)


def test_an_issuer_printed_under_the_title_is_the_issuer() -> None:
    """`青禾区人民政府 2021年6月` under the title: the issuing body; a month alone is no date the
    schema takes, a full date is."""
    h = header_of("青禾区教育事业发展“十四五”规划", "青禾区人民政府 2021年6月", "一、发展目标")
    assert (h.issuer, h.issued) == ("青禾区人民政府", None)
    h = header_of("青禾区教育事业发展“十四五”规划", "青禾区教育局 2021年6月8日", "一、发展目标")
    assert (h.issuer, h.issued) == ("青禾区教育局", "2021-06-08")
    h = header_of("青禾区教育事业发展“十四五”规划", "一、发展目标")
    assert h.issuer is None


def test_an_undated_pages_headline_year_without_nian_is_its_this_year() -> None:
    """`2030某县新建幼儿园最新消息` over `今年某县将有3所…`: a page that prints no date of its
    own is of the year its headline opens with, 年 left out."""
    h = header_of(
        "2030某县新建幼儿园最新消息", "今年某县将有3所新建幼儿园在9月投入使用,共新增990个学位。"
    )
    assert (h.now, h.target_year) == (2030, 2030)


def test_a_dated_section_head_below_the_lead_is_not_the_headline() -> None:
    """`计划2030年开园招生的幼儿园` over `(一)某幼儿园`: a section of the report, below its
    lead; the headline is the line above the date."""
    h = header_of(
        "三年内某市将建39所幼儿园 新增学位7680个",
        "2030-05-06 14:17   来源: 某新闻网",
        "近日,记者从市教育局获悉,为加快农村学前教育发展,促进城乡学前教育公共服务均等化,某市在公办幼儿园"
        "标准化建设提升工程实施中,将进一步加大对农村地区学前教育的倾斜,三年内新建幼儿园39所,新增学位7680个。",
        "计划2030年开园招生的幼儿园",
        "(一)某镇中心幼儿园(新建项目)",
        "占地5亩,建筑面积1701平方米。",
    )
    assert h.title == "三年内某市将建39所幼儿园 新增学位7680个"


def test_a_plans_own_title_with_its_period_over_its_first_section_is_the_title() -> None:
    """After a covering notice (`…关于印发《…》的通知`, its number, its text, its signature), the
    plan's title with its period stands right over `一、基本情况`: it is the title, with the
    period's years (the number `某教人〔2025〕12号` had been taken, and no years)."""
    h = header_of(
        "某市教育局关于印发《某市新时代强师工程实施方案（2025—2029年）》的通知",
        "某教人〔2025〕12号",
        "各县（区）教育局，市直各学校：",
        "为贯彻落实《中共中央　国务院关于弘扬教育家精神加强新时代高素质专业化教师队伍建设的意见》，"
        "经市委教育工作领导小组审议，现将《某市新时代强师工程实施方案（2025—2029年）》印发给你们，"
        "请认真贯彻执行。",
        "某市教育局",
        "2025年6月5日",
        "某市新时代强师工程实施方案（2025—2029年）",
        "一、基本情况",
        "截至2024年底，全市共有专任教师2.38万人。",
    )
    assert (h.title, h.base_year, h.target_year) == (
        "某市新时代强师工程实施方案（2025—2029年）",
        2024,
        2029,
    )


def test_a_title_on_two_lines_of_one_paragraph_is_one_title_not_a_numbered_heading() -> None:
    """A Word title broken by a line break (`某县学前教育普及普惠` / `督导评估自评报告`): one line.
    `（一）坚持规划引领，扩大普惠资源` names 规划 but is a numbered heading of the text (it had
    been taken for the title, ahead of the report's)."""
    h = header_of(
        "鹤汀县县域学前教育普及普惠\n督导评估自评报告",
        "鹤汀县人民政府教育督导室",
        "一、基本情况",
        "全县共有幼儿园68所。",
        "二、主要做法和成效",
        "（一）坚持规划引领，扩大普惠资源",
    )
    assert h.title == "鹤汀县县域学前教育普及普惠督导评估自评报告"


def test_a_title_set_on_two_lines_ends_on_its_second_when_that_names_the_document() -> None:
    """`某区教育事业发展“十四五”规划` / `中期评估报告`: the title is the review of the plan, which
    looks back (the first line alone had made the review a plan, its results targets). A
    numbered heading naming a plan titles only a text that offers nothing better."""
    h = header_of(
        "沅岫区教育事业发展“十四五”规划", "中期评估报告", "沅岫区教育局", "一、评估工作基本情况"
    )
    assert (h.title, h.looks_back) == ("沅岫区教育事业发展“十四五”规划中期评估报告", True)
    h = header_of("一、规划实施总体情况", "全县新建学校6所。", "表1　某县“十四五”规划主要指标")
    assert h.title == "表1　某县“十四五”规划主要指标"
    # a heading of the text after the title is no part of it; a numbered title stays first
    h = header_of(
        "某县学前教育发展提升行动计划", "“十三五”学前教育发展回顾与总结", "全县新建幼儿园12所。"
    )
    assert h.title == "某县学前教育发展提升行动计划"
    h = header_of("一、2024年全区教育工作要点", "全年新建幼儿园5所。", "主要举措")
    assert h.title == "一、2024年全区教育工作要点"


def test_a_title_opening_on_guanyu_runs_on_to_the_line_that_names_its_kind() -> None:
    """`江西省教育厅关于芗阳市2025年度` / `履行教育职责情况督导评价的反馈意见`: a first line that
    opens on 关于 and names no kind of document goes on to the line naming one (the first line
    alone was the title); the document number above it is still found. A first line that
    names its kind keeps the line after as text."""
    h = header_of(
        "江西省教育厅",
        "赣教督字〔2026〕9号",
        "江西省教育厅关于芗阳市2025年度",
        "履行教育职责情况督导评价的反馈意见",
        "芗阳市人民政府：",
    )
    assert (h.title, h.doc_number) == (
        "江西省教育厅关于芗阳市2025年度履行教育职责情况督导评价的反馈意见",
        "赣教督字〔2026〕9号",
    )
    h = header_of("某县关于加快发展学前教育的实施意见", "为加快发展学前教育，提出如下意见。")
    assert h.title == "某县关于加快发展学前教育的实施意见"
    h = header_of(  # 说明 is a kind of document: the line after is the plan it explains
        "关于《某县教育事业发展“十五五”规划（征求意见稿）》的起草说明",
        "某县“十五五”教育发展规划",
        "一、起草背景",
    )
    assert "起草说明某县" not in h.title


def test_a_report_about_a_matter_under_its_issuers_line_is_the_title() -> None:
    """`某县人民政府` / `关于2026年县级民生实事项目完成情况的报告`: the report is the title, and it
    looks back; the issuer's line above it had been taken for the title, and the report's
    results for targets."""
    h = header_of(
        "颍溪县人民政府",
        "关于2026年县级民生实事项目完成情况的报告",
        "颍政〔2027〕3号",
        "县人大常委会：",
        "2026年，县政府确定的十件民生实事项目已全部完成。",
    )
    assert (h.title, h.looks_back) == ("关于2026年县级民生实事项目完成情况的报告", True)


def test_a_report_given_at_a_meeting_is_written_the_year_it_was_given() -> None:
    """`——2028年8月27日在某市人大常委会会议上` under a plan's mid-term review: the report was written
    in 2028, so what it tells of 2027 is past; the plan's own years stay its period."""
    h = header_of(
        "关于《某市“十五五”教育事业发展规划》实施情况中期评估的报告",
        "——2028年8月27日在某市第十八届人民代表大会常务委员会第十五次会议上",
        "主任、各位副主任：",
    )
    assert (h.now, h.base_year, h.target_year) == (2028, 2025, 2030)


def test_a_review_of_a_years_work_issued_later_sets_targets_for_that_later_year() -> None:
    """`关于某市2025年度履行教育职责情况督导评价的反馈意见` numbered `〔2026〕`: 2025 is the year
    reviewed; what the review asks for is due in the year it was issued (2025 had been the
    plan's year, and undated demands were dated in the past). Without a later number or
    signature the title's year stays."""
    lines = (
        "赣教督字〔2026〕9号",
        "江西省教育厅关于芗阳市2025年度履行教育职责情况督导评价的反馈意见",
        "芗阳市人民政府：",
    )
    h = header_of(*lines)
    assert (h.target_year, h.now) == (2026, 2026)
    h = header_of(*lines[1:])
    assert h.target_year == 2025


def test_a_report_on_its_own_work_takes_no_period_from_a_plan_it_cites() -> None:
    """`…督导评估自评报告` citing `《某县第四期学前教育行动计划（2021—2025年）》`: that plan's period
    is not the report's (its 2027 整改 targets had been read against 2020—2025); a review of a
    plan its title names keeps that plan's period."""
    h = header_of(
        "鹤汀县县域学前教育普及普惠督导评估自评报告",
        "一、基本情况",
        "县政府先后印发《鹤汀县第四期学前教育行动计划（2021—2025年）》。",
    )
    assert (h.base_year, h.target_year) == (None, None)
    h = header_of("某县教育事业发展“十四五”规划中期评估报告", "一、总体进展")
    assert (h.base_year, h.target_year) == (2020, 2025)


def test_a_period_in_brackets_with_each_years_nian_is_the_plans_period() -> None:
    """`（2026年—2028年）`, each year with its 年, in the title or on the line below it: the plan
    runs to 2028 (it had no period, and a 十五五 plan it cites gave its targets 2030). A form's
    row of fields (`专项资金 2020年-2022年`) is no title's period."""
    h = header_of("芦湾镇中心学校三年发展规划（2026年—2028年）", "一、学校基本情况")
    assert (h.title, h.base_year, h.target_year) == (
        "芦湾镇中心学校三年发展规划（2026年—2028年）",
        2025,
        2028,
    )
    h = header_of(
        "芦湾镇中心学校三年发展规划",
        "（2026年至2028年）",
        "芦湾镇中心学校",
        "根据《临漪县教育事业发展“十五五”规划》，制定本规划。",
    )
    assert (h.title, h.target_year) == ("芦湾镇中心学校三年发展规划（2026年至2028年）", 2028)
    h = header_of("某省教育专项资金绩效目标表 专项资金 2020年-2022年", "一、年度目标")
    assert h.target_year is None
    # with its months, on the second line; or opening the title
    h = header_of("某中学三年发展规划", "（2023年9月至2026年8月）", "三、发展目标")
    assert (h.title, h.base_year, h.target_year) == (
        "某中学三年发展规划（2023年9月至2026年8月）",
        2022,
        2026,
    )
    h = header_of("2024年—2026年某县学前教育发展提升行动计划", "一、主要目标")
    assert (h.base_year, h.target_year) == (2023, 2026)
    # in school years, due in the last one as printed
    h = header_of("某区学前教育发展三年行动计划（2023学年—2025学年）", "二、发展目标")
    assert (h.base_year, h.target_year) == (2022, 2025)


def test_a_period_of_a_plan_the_title_cites_is_not_the_titles_own() -> None:
    """`某县贯彻《某省…规划（2021年—2035年）》三年行动计划（2023年—2025年）`: the title's own
    period is the one outside the book marks (it had taken 2035, and the line, with four years,
    had been passed over as a schedule for the cited plan's name)."""
    h = header_of(
        "某县贯彻《某省教育现代化规划（2021年—2035年）》三年行动计划（2023年—2025年）",
        "二、主要目标",
        "学前三年毛入园率达到98%。",
    )
    assert (h.title[:8], h.base_year, h.target_year) == ("某县贯彻《某省教", 2022, 2025)


def test_a_letter_about_a_matter_is_titled_by_itself_not_a_dated_heading_below() -> None:
    """`某厅关于某县…督导评估的反馈意见`, set on two lines of one paragraph, over `（一）资源配置指标
    （2025年教育事业统计数据）`: the letter's own title (the dated heading had been taken, and
    the text above it cut away)."""
    h = header_of(
        "某省教育厅",
        "某教督函〔2026〕21号",
        "某省教育厅关于某县义务教育优质均衡\n发展省级督导评估的反馈意见",
        "某县人民政府：",
        "一、总体评价",
        "（一）资源配置指标（2025年教育事业统计数据）",
    )
    assert h.title == "某省教育厅关于某县义务教育优质均衡发展省级督导评估的反馈意见"
