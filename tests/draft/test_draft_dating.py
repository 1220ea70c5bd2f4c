"""When a document was written, and the year its undated targets take."""

from __future__ import annotations

from draft_helpers import drafted_page

from plancmp.draft.build import draft_document
from plancmp.draft.dating import (
    campaign_end,
    coming_years_start,
    due_year,
    future_years,
    page_year,
    phase_years,
    plan_phases,
    planned_years,
    stated_year,
    written_in,
)
from plancmp.draft.document import Document, Paragraph
from plancmp.draft.header import read_header, restated_year


def header_of(*lines: str):
    return read_header(Document("page.txt", tuple(Paragraph(t) for t in lines)))


def raws_and_years(*lines: str) -> list[tuple[str, int | None]]:
    """(raw, year) of each record drafted from a page of these paragraphs; 0 is no year."""
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    return [
        (r.record.target.raw, r.record.target.year) for r in draft_document(doc, "n", []).records
    ]


BODY = "记者从市教育局获悉，今年全市将新增学位5万个，其中新建幼儿园20所、中小学10所。" * 3


def test_a_news_page_dates_this_year_by_its_date_line() -> None:
    h = header_of(
        "首页 > 教育 > 正文",
        "某市今年将新增学位5万个",
        "发布时间：2023-02-20 11:21 来源：某报",
        BODY,
    )
    assert (h.title, h.now, h.target_year, h.one_year, h.news) == (
        "某市今年将新增学位5万个",
        2023,
        2023,
        True,
        True,
    )


def test_a_date_after_the_body_belongs_to_the_footer_not_the_page() -> None:
    texts = ["某县教育发展大会报道", BODY, "时间:2024-07-12 15:0:04 某地有哪些重点高中"]
    assert page_year(texts) is None


def test_a_date_labelled_as_the_documents_counts_wherever_it_stands() -> None:
    assert (
        page_year(["民生事项任务目标", BODY, "索引号：113/2022-04772 成文日期：2022-10-08"]) == 2022
    )


def test_a_page_dated_after_the_years_its_text_calls_future_is_a_repost() -> None:
    body = "去年下半年，我市提出到2020年，将推进教育项目279个。2018年列入为民办实事项目有：新增2万个学位。"
    assert future_years(body) == [2020]
    assert written_in(["今年某市教育项目超百个", "更新:2023-09-21 07:50:41 某网"], body) == 2018


def test_a_target_reached_already_is_no_year_ahead() -> None:
    assert future_years("到2022年底已建成幼儿园10所，到2025年将建成20所。") == [2025]


def test_a_sentence_piece_with_a_comma_is_no_title_and_a_count_is_no_year() -> None:
    h = header_of(
        "某省近日发布第二期学前教育三年行动计划，提出每年将新建、改扩建2000所公办幼儿园，三年内新增6000所公办幼儿园。到2017年，基本普及学前三年教育。"
    )
    assert h.review[0].startswith("title：未找到规划标题")
    assert (h.target_year, h.now) == (None, None)


def test_a_plan_named_without_book_marks_gives_its_period() -> None:
    h = header_of(
        "未来新增36750个学位!某区居民有福啦",
        "近日，某市某区人民政府发布了2023年某区“十四五”教育发展专项规划，该规划基期为2020年。",
    )
    assert (h.base_year, h.target_year) == (2020, 2025)


def test_this_year_in_the_title_is_the_pages_year_before_any_plan_the_text_names() -> None:
    h = header_of(
        "某市今年将开工新建改扩建中小学校幼儿园55所",
        "发布时间:2023-02-20 11:21:00",
        "某大学建设纳入《某省“十四五”高校设置规划》。" + BODY,
    )
    assert (h.target_year, h.now) == (2023, 2023)


def test_a_report_on_how_a_plan_went_looks_back() -> None:
    assert header_of("教育事业规划实施情况评估报告", BODY).looks_back
    assert header_of("某省“十四五”高质量教育体系建设成效显著", BODY).looks_back
    assert not header_of("某区教育事业发展“十四五”规划", BODY).looks_back


def test_a_report_of_the_year_joined_to_the_next_years_work_sets_that_work() -> None:
    """`…2023年项目完成情况及2024年项目安排`: the report's section looks back, its next year's
    section sets targets (the whole page drafted none)."""
    title = "关于2023年教育民生实事项目完成情况及2024年项目安排的报告"
    assert not header_of(title, BODY).looks_back
    got = raws_and_years(
        title,
        "一、2023年项目完成情况",
        "1.新建改扩建幼儿园10所，已全部竣工。",
        "二、2024年项目安排",
        "1.新建改扩建中小学5所，新增学位4500个。",
    )
    assert got == [("5所", 2024), ("4500个", 2024)]


def test_a_years_programme_named_in_the_opening_dates_its_items() -> None:
    h = header_of(
        "2024年1月5日，某区人大会议票决选出了2024年某区十大民生实事项目，涵盖教育、交通等民生大事。",
        "一、加强学位建设。",
        "新增幼儿园学位1500个。",
    )
    assert (h.target_year, h.now, h.one_year) == (2024, 2024, True)


def test_the_end_of_a_span_of_past_years_is_no_year_ahead() -> None:
    assert future_years("2018到2022年4年间，全市建设幼儿园项目100个。") == []
    assert future_years("2016年到2020年，共新建学校30所。到2025年，将新建学校50所。") == [2025]


def test_a_line_that_cites_a_plan_or_lists_a_schedule_is_no_title() -> None:
    h = header_of(
        "某省将投入24亿元 未来3年共建1200所幼儿园",
        "发布时间:2011-03-31",
        "省政府常务会议审议并原则通过《某省学前教育三年行动计划》",
        "建设公办幼儿园2011年完成300所 2012年400所 2013年500所",
    )
    assert (h.title, h.now, h.dated) == ("某省将投入24亿元 未来3年共建1200所幼儿园", 2011, True)


def test_this_year_in_an_undated_report_is_the_year_of_the_latest_day_it_names() -> None:
    h = header_of(
        "12月10日，教育部负责人表示，本年全国可以实现学前三年毛入园率到达85%的目标。",
        "截至2019年底，巩固率达94.8%；截至2020年11月30日，辍学学生降至831人。",
        "确保2021年9月1日前投入使用。",
    )
    assert (h.target_year, h.now) == (2020, None)


def test_a_posts_own_date_line_counts_after_the_body() -> None:
    """A forum post prints `发布于 2024-02-23 10:59` below its text: the post's date."""
    assert page_year(["某市将新增学位17万个", BODY, "发布于 2024-02-23 10:59"]) == 2024


def test_a_posters_profile_dates_no_page() -> None:
    """A forum prints its poster's profile above the post (`注册日期：2009-04-12`): the day
    they joined, not the day the post was written."""
    profile = ["楼主 某网友", "等级：版主", "注册日期:2009-04-12", "最后登录：2010-01-05 08:12"]
    assert page_year([*profile, "某区明年将新增学位900个", BODY]) is None
    assert page_year([*profile, "发布时间：2021-10-16 09:20", BODY]) == 2021


def test_a_reposts_year_read_from_its_text_is_not_the_pages_date() -> None:
    """A repost dated 2024 that still calls 2020 future was written in the first year it names
    (2017): that year is a guess, so what it reports of 2017 stays results."""
    h = header_of(
        "某区将投入27亿元改扩建中小学",
        "2024-05-23 12:31:52 某考试网",
        "记者获悉，某区将投入27亿元改扩建中小学，预计到2020年新增学校12所。",
        "某区现有中小学12所。2017年完成某小学扩建项目，增加1080个小学学位。",
    )
    assert (h.now, h.dated) == (2017, False)


def test_a_phased_programme_is_due_by_its_last_phase() -> None:
    """`项目规划按三个年度分批推进，2017年…；2018年…；2019年…`: the totals are due by 2019,
    each phase in its year; a repost dated after every phase was written in the first."""
    h = header_of(
        "某县新布局乡镇公办幼儿园",
        "新闻热点 2022-11-24 11:53 某网",
        "2月6日，县政府召开推进会，新布局了乡镇公办幼儿园项目。新建公办幼儿园13所，新增学位4590个。"
        "项目规划按三个年度分批推进，2017年项目有甲幼儿园；2018年有4所幼儿园；2019年有5所幼儿园。",
    )
    assert (h.base_year, h.target_year, h.now) == (2016, 2019, 2017)
    assert phase_years("今年全县新建学校5所，2018年建成。") == ()


def test_a_phasing_spans_the_years_printed_just_before_it() -> None:
    """`计划在2021年至2023年分3批完成…改造任务`: the phases run over the span before the phasing,
    its count written in a digit or a word; a span elsewhere in the sentence is not its own."""
    assert phase_years("县教育局计划在2021年至2023年分3批完成全县宿舍改造任务。") == (
        2021,
        2022,
        2023,
    )
    assert phase_years("计划2024-2025年分两期建设。") == (2024, 2025)
    assert phase_years("2021年至2023年，全县分批建设，已完成一半。") == ()


def test_a_date_run_into_the_first_paragraph_dates_the_page() -> None:
    """`date 2026-01-08 【记者…】…`: a hyphenated date opening the body is the page's; a date
    in words opening a sentence dates an event."""
    assert page_year(["date 2026-01-08 【记者某某报导】" + BODY]) == 2026
    assert page_year(["2022年12月31日，" + BODY]) is None


def test_a_bracketed_dateline_after_a_headline_in_the_first_paragraph_dates_the_page() -> None:
    """`某小学重建 盼获资助 [2013-10-30╱某某时报╱记者] …`: the report's date and paper in
    brackets after its headline, before any sentence; a bracketed date inside a sentence dates
    an event."""
    assert page_year(["某小学重建 盼获资助 [2013-10-30╱某某时报╱某记者] " + BODY]) == 2013
    assert page_year(["某小学重建 盼获资助 【2013-10-30 来源：某某网】" + BODY]) == 2013
    assert page_year(["学校于去年开工，计划明年完工（2013-10-30 某某时报）。" + BODY]) is None


def test_a_date_line_with_its_time_closing_a_short_page_dates_it() -> None:
    """`某市10:16 05.03.2016 某某网` as a short copied page's last line is its date line; a
    footer's date beside another post's headline, or a long page's last line, is not."""
    assert page_year(["某区今年将新建5所学校", BODY, "某市10:16 05.03.2016 某某网"]) == 2016
    assert (
        page_year(["某区今年将新建5所学校", BODY, "2016-03-05 10:16 某县召开教育工作大会"]) is None
    )
    assert page_year(["某区今年将新建5所学校", *[BODY] * 12, "某市10:16 05.03.2016 某某网"]) is None


def test_an_undated_report_opening_on_its_events_day_counts_its_next_year_from_it() -> None:
    """`2022年7 月 21日，…项目正式开工。…计划于明年10月份竣工`: the report is written the year of
    the day it opens on; a page that counts no year from its own is not dated so."""
    head = "某中学新校区项目顺利开工"
    opening = "2022年7 月 21日，位于某乡的某中学新校区项目正式开工。"
    assert page_year([head, opening, "总投资约3.91亿元，计划于明年10月份竣工。"]) == 2022
    assert page_year([head, opening, "总投资约3.91亿元，计划于2023年10月份竣工。"]) is None


def test_a_date_beside_the_pages_own_headline_dates_it_wherever_it_stands() -> None:
    """A page's properties left in its text after the body (`--> 2020-07-01 … <headline>`)
    date the page; a footer's date beside another headline does not."""
    head = "某区加快教育项目建设 着力解决民生难题"
    assert page_year([head, BODY, f"--> 2020-07-01 1 某报 content_1.html {head} -->"]) == 2020
    assert page_year([head, BODY, "2020-07-01 某县召开教育大会 着力解决民生难题"]) is None


def test_a_year_that_bounds_the_past_is_not_this_years_work() -> None:
    """`2008年以前安装的器材全部更换` names an earlier time: this year's work is the year
    the report names for it (`介绍了2014年…的工作安排`)."""
    h = header_of(
        "今年，某市幼儿园将增加1.5万个学位，某市2008年以前安装的健身器材全部更换……"
        "1月9日，副市长介绍了2014年某市在教育、文化等方面的工作安排。",
        "今年，某市将建设5处市民健身广场。",
    )
    assert h.now is None and h.target_year == 2014


def test_a_dated_report_of_works_due_later_dates_their_sizes_by_completion() -> None:
    """A report dated 2023 of a school to open `预计2024年9月`: its areas and classes are
    what the school will have in 2024, not the page's year."""
    from plancmp.draft.dating import due_year

    assert due_year("该项目计划于9月份开工建设，预计2024年9月建成并投入使用。") == 2024
    assert due_year("预计2024年建成，另一项目预计2025年竣工。") is None
    assert due_year("今年将新建幼儿园5所，到2025年新增学位1万个。") is None


def test_a_date_line_written_day_first_with_dots_dates_the_page() -> None:
    """`03.03.2017  17:33`: day, month, year; a version number (`1.2.2017.5`) is no date."""
    assert page_year(["某区幼儿园建设", "03.03.2017  17:33", BODY]) == 2017
    assert page_year(["某区幼儿园建设", "版本 1.2.2017.5", BODY]) is None


def test_a_year_named_beside_this_year_is_the_one_before_it() -> None:
    """`回顾了2019年和今年以来工作`: the report was made in 2020; `2019年和2020年` says nothing."""
    from plancmp.draft.dating import stated_year

    assert stated_year("总理作政府工作报告，回顾了2019年和今年以来工作。") == 2020
    assert stated_year("回顾了2019年和2020年的工作。") is None


def test_a_plan_that_covers_its_kinds_of_work_still_opens_a_years_work() -> None:
    text = "2020年计划实施9类37项民生项目，涵盖了教育、养老等工作。将改造老旧小区7个。"
    assert future_years(text) == [2020]
    assert future_years("2020年计划投资2亿元，实际完成投资2.5亿元。") == []
    assert future_years("2020年计划新建学校5所，完成了8所。") == []


def test_a_years_projects_named_in_the_opening_date_its_items() -> None:
    h = header_of(
        "某县2018年教育扶贫项目近日完成招标，即将开工建设。",
        "据悉，该项目计划新建幼儿园6所，总投资4960万元。",
    )
    assert (h.target_year, h.now) == (2018, 2018)
    past = header_of("某县2016年以来实施的项目已全部竣工。", "共新建幼儿园6所，总投资4960万元。")
    assert past.target_year is None


def test_lines_of_leftover_markup_do_not_begin_the_body() -> None:
    """A page saved as text may keep a long line of empty tags above its headline: no text,
    so the date line after it still dates the page (and `今年` with it)."""
    markup = '<dl id="q0"><del id="q0"></del></dl><td id="q0"><kbd id="q0"></kbd></td>' * 2
    texts = [
        markup,
        "某县新扩建4所幼儿园",
        "http://www.example.com?2013-08-15 15:59?来源:晨报",
        BODY,
    ]
    assert page_year(texts) == 2013
    assert page_year([markup + BODY, *texts[1:]]) is None  # text after the tags: the body


def test_a_years_programme_counted_in_digits_dates_its_items() -> None:
    """`2024年10个民生实事项目具体如下`: a count between the year and 实事 still names the
    year's own programme, as `十大民生实事` does."""
    h = header_of(
        "3月8日，区人代会闭幕，代表从候选项目中票决产生了民生实事项目。"
        "某区2024年10个民生实事项目具体如下",
        "一、教育基础设施提升项目",
        "新建学生宿舍楼1栋，新增学位270个。",
    )
    assert (h.target_year, h.one_year) == (2024, True)


def test_a_sites_calendar_and_menu_are_not_the_pages_title_or_date() -> None:
    """A page opening with the site's calendar (`2026年 / 1 月 1日 / 星期四`) and its menu
    printed more than once: the headline over the date line is the title, and that date line,
    reached once the repeated menu is passed over, dates the page."""
    menu = ["• 首页", "• 地方社会", "• 艺术教育", "没有结果", "• 首页", "• 地方社会", "没有结果"]
    h = header_of(
        "某传媒",
        "2026年 / 1 月 1日 / 星期四",
        *menu,
        *menu,
        "首页 地方社会",
        "某县首所非营利幼儿园10月开园 公共化教保服务供应量将达45%",
        "2023-09-10",
        "某县努力提升公共化教保服务供应量，今年将新增幼儿园2所。",
    )
    assert (h.title, h.now, h.dated) == (
        "某县首所非营利幼儿园10月开园 公共化教保服务供应量将达45%",
        2023,
        True,
    )


def test_news_of_a_work_report_that_names_nothing_ahead_reads_back() -> None:
    """A work report sets its year's targets in words of the future (将, 今年…); news of one
    that names none carries the report's review of the year past, even under that year."""
    lead = "2月3日上午，某区人民代表大会第五次会议开幕。会上，区长作政府工作报告。"
    review = "报告提到，2025年，某区民生基础不断夯实。新建教育设施5处，新增学位1710个。"
    assert header_of("2025年,某区新增学位1710个", lead, review).reads_back
    ahead = "报告提到，2026年，某区将新建教育设施5处，新增学位1710个。"
    assert not header_of("2026年,某区新增学位1710个", lead, ahead).reads_back


def test_a_page_opening_with_a_year_on_its_own_line_is_dated_by_it() -> None:
    texts = ["2025年", "某市教委", "计划新建中小学校11所", BODY]
    assert page_year(texts) == 2025
    assert header_of(*texts).now == 2025


def test_two_lines_of_a_bare_year_are_headings_of_parts_not_the_pages_date() -> None:
    texts = ["2024年", "某区建成学校5所。", "2025年", "某区计划新增学位900个。"]
    assert page_year(texts) is None


def test_this_year_glossed_with_its_year_in_brackets_dates_the_text() -> None:
    body = "从今年(2011年)开始到2013年，某区将建设幼儿园17所。明年将新建幼儿园5所。"
    assert written_in([body], body) == 2011


def test_fragments_of_a_menu_of_related_posts_do_not_push_the_date_line_out() -> None:
    related = ["某某俱乐部  ·", "某地新建一所学校! ·", "4 小时前"] * 3
    texts = [
        "专栏名称: 某公众号",
        "相关文章推荐",
        *related,
        "某市将要大变了!",
        "某号 · 公众号 · 2017-03-02 21:34",
    ]
    assert page_year(texts) == 2017
    assert page_year(["首页", *[f"栏目{n}" for n in range(12)], "某号 · 2017-03-02 21:34"]) is None


def test_a_page_announcing_a_years_programme_is_written_in_that_year() -> None:
    from plancmp.draft.dating import stated_year

    text = "新出炉的2023年某市10项民生实事项目公布。今年某市将建成33所学校。"
    assert stated_year(text) == 2023
    assert stated_year("新出炉的2023年某市10项民生实事项目公布。") is None  # no 今年 to date
    assert stated_year("2022年民生实事项目全部完成。今年某市将建成33所学校。") is None


def test_a_newspapers_date_line_with_its_weekday_or_page_dates_the_page() -> None:
    """`某某日报 2018年02月09日 星期五` and `《某某日报》(2018年02月09日 05版)` print the
    issue's date; a portal's clock (`今天是 2025年5月31日 星期六`) the day it was read."""
    assert page_year(["某某日报 2018年02月09日 星期五", "某省出台方案", BODY]) == 2018
    assert page_year(["某省出台方案", "《某某日报》(2018年02月09日 05版)", BODY]) == 2018
    assert page_year(["某某网 今天是 2025年5月31日 星期六", "某省出台方案", BODY]) is None


def test_what_the_article_will_do_plans_no_year() -> None:
    """`2022年,某市…呈现出新的动向,本文将对此进行解读`: 将 is the article's own voice, not work set
    for 2022; `2023年,全市将新建幼儿园10所` plans its year."""
    assert future_years("2022年，某市教育呈现出新的动向，本文将对此进行详细解读。") == []
    assert future_years("2023年，全市将新建幼儿园10所。") == [2023]


def test_the_year_part_way_through_a_programme_is_its_start_and_the_years_gone_by() -> None:
    """`从2011年起分三年…。两年来，全省完成了…。今年…`: a page part way through a programme of three
    years, two gone by, is written in 2013; years gone by before a programme (a plan's
    `五年来` review before `从2021年起…`) or as long as it date nothing."""
    body = "从2011年起分三年在全省建设1200所公办幼儿园。两年来，全省完成了929所。今年将新建300所。"
    assert stated_year(body) == 2013
    assert stated_year("五年来成就显著。从2021年起分五年实施新一轮计划。") is None
    assert stated_year("从2021年起分五年实施。五年来，全区新建学校20所。") is None


def test_a_page_dated_before_a_day_its_report_tells_of_is_a_repost() -> None:
    """A date line of April over `8月10日，…调研…`: the report went out after August, so the
    line dates a repost; the year the report names is its own. A day ahead (`9月1日，…将…`)
    or one before the date line leaves the page's date its own."""
    lines = ["某市今秋将新增4万个学位", "来源:某网 2023年04月21日 12:15"]
    body = "8月10日，某省教育厅一行调研某市项目建设。2022年，某市列入绩效目标的项目共266个。"
    assert written_in([*lines, body], body) == 2022
    ahead = "9月1日，某市将有新学校开学。2022年，某市列入绩效目标的项目共266个。"
    assert written_in([*lines, ahead], ahead) == 2023
    before = "3月10日，某省教育厅一行调研某市项目建设。2022年，某市列入绩效目标的项目共266个。"
    assert written_in([*lines, before], before) == 2023
    january = ["某市今年将新增4万个学位", "来源:某网 2023年01月05日 12:15"]
    year_end = (
        "12月28日，某市召开教育工作会议，总结全年工作，表彰先进集体和个人，部署新一年各项重点任务。"
        "今年，某市将新增公办学位1万个。"
    )
    assert written_in([*january, year_end], year_end) == 2023


def test_a_years_meeting_that_sets_work_names_the_year_of_the_work() -> None:
    text = "截至2022年，全市共有学校2397所。\n2023年全市教育工作会议强调，新增公办园50所。\n创建绿色学校40所。"
    assert future_years(text) == [2023]
    assert future_years("2023年全市教育工作会议召开，会议总结了工作。") == []


def test_a_campaign_running_into_next_year_dates_its_programmes_targets_by_its_end() -> None:
    """`决定从5月6日起至2015年1月底…开展…行动` on a page of 2014: what the campaign's programme
    sets is due when it ends; a page with no such span keeps its own year."""
    from plancmp.draft.build import draft_document

    def years(body: str) -> list[int | None]:
        doc = Document(
            "page.txt",
            (
                Paragraph("某省中小学将配一键式报警设备"),
                Paragraph("2014-05-07 10:36 来源:某某网"),
                Paragraph(f"某某网5月7日消息(记者某某)日前,某省印发行动工作方案,{body}"),
                Paragraph("方案提出,校园保安配备率要达到100%,城区校园技防达标率达80%以上。"),
            ),
        )
        return [r.record.target.year for r in draft_document(doc, "n", []).records]

    assert years("决定从5月6日起至2015年1月底,在全省范围内开展“护校安园”行动。") == [2015, 2015]
    assert years("决定在全省范围内开展“护校安园”行动。") == [2014, 2014]
    assert campaign_end("决定从5月6日起至2015年1月底,在全省开展安全大检查行动") == 2015


def test_a_work_reports_past_year_is_its_last_year() -> None:
    """`2022年是…的一年…实现了…。过去一年，…。今年发展主要预期目标是…`: 过去一年 says 去年, so
    the report is written the year after the last year it reviews."""
    from plancmp.draft.dating import year_after_report

    body = (
        "总理说，2022年是极为重要的一年，实现了经济平稳运行。\n"
        "过去一年，城镇新增就业1206万人。\n今年发展主要预期目标是：城镇新增就业1200万人左右。"
    )
    assert year_after_report(body) == 2023
    assert year_after_report(body.replace("过去一年", "这一时期")) is None


def test_a_report_that_sets_out_a_years_work_is_written_in_that_year() -> None:
    """`部署2025年工作安排`: a work report opening the year it plans dates its undated targets."""
    body = (
        "区长作政府工作报告，回顾了过去一年的工作成果，部署2025年工作安排。新招教师占比不低于70%。"
    )
    assert stated_year(body) == 2025
    assert stated_year("2025年投入资金3亿元，新招教师占比不低于70%。") is None


def test_a_year_end_meeting_deploys_next_years_work_from_its_own_dated_year() -> None:
    """A page dated `2015年12月29日` whose meeting `部署2016年重点工作`: written in 2015, so its
    `明年年底` is 2016; undated, the deployed year stays the year it is written in."""
    lines = [
        "教育部：明年底校舍建设竣工率达50%",
        "2015年12月29日 16:22 来源：某新闻网",
        "全国工作交流会今日召开，部署2016年重点工作。副部长强调，确保明年年底校舍建设竣工率达到50%。",
    ]
    body = "\n".join(lines)
    assert written_in(lines, body) == 2015
    assert ("50%", 2016) in raws_and_years(*lines)
    assert written_in(lines[2:], lines[2]) == 2016


def test_this_year_in_a_report_of_a_plan_is_the_year_its_own_work_opens_with() -> None:
    """An undated report of a press conference on `《某市高中学校建设方案(2020-2025年)》`: its
    `今年` is 2020, the one year inside the period it opens its work with (`2020年某市将新建成3所`),
    not the plan's end; a rise `较上年新增` is this year's result, no target."""
    lines = [
        "某报讯 记者某某 某市教育局局长在今日召开的《某市高中学校建设方案(2020-2025年)》新闻发布会上"
        "透露，2020某市中考报名人数8.68万，较上年新增8500人。今年预计公办普高新增学位6070个。",
        "据悉，2020年某市将新建成3所公办高中。",
    ]
    assert raws_and_years(*lines) == [("6070个", 2020), ("3所", 2020)]
    lines[1] = "据悉，某市将新建成3所公办高中。"
    assert ("6070个", 2020) not in raws_and_years(*lines)


def test_works_about_to_start_set_no_year_ahead() -> None:
    """`即将开工` says where works stand today and `将近` means "nearly": neither sets work for the
    year or the period it names, as `将开工` does."""
    assert future_years("2024年，3所学校即将开工建设。") == []
    assert future_years("“十四五”期间，将近10所学校即将开工。") == []
    assert future_years("2024年，3所学校将开工建设。") == [2024]


def test_a_target_the_text_gives_no_year_is_due_in_the_plans_year() -> None:
    """The draft as written leaves such a year unsaid and reading it back gives the plan's:
    the drafted record carries that year from the start."""
    got = raws_and_years(
        "某县学校建设三年计划", "到2027年，某县将新建寄宿制学校8所。建成后共增加床位2600张。"
    )
    assert got == [("8所", 2027), ("2600张", 2027)]


def test_coming_years_glossed_with_their_span_start_this_year() -> None:
    """`未来三年（2018-2020年）` on an undated page counts from this year: its 今年 is 2018."""
    body = "今年9月某区将新开9所学校。未来三年（2018-2020年），将新建、改扩建60个教育项目。"
    assert coming_years_start(body) == 2018
    assert coming_years_start(body.replace("2018-2020", "2018-2021")) is None  # not three years
    assert coming_years_start(body.replace("今年9月", "9月")) is None  # no 今年 to date


def test_an_undated_pages_this_year_is_the_first_of_its_coming_years() -> None:
    h = header_of(
        "某区今年将新开办9所学校",
        "据区教育局称，今年9月某区将新开9所学校。未来三年（2018-2020年），"
        "将新建、改扩建60个教育项目。",
    )
    assert h.now == 2018


def test_this_years_targets_set_again_under_a_year_are_that_years() -> None:
    """An undated page that gives the year's targets as 今年's and again under one year
    (`确定2021年要完成…`) dates 今年 by that year, not by a year of works finished before."""
    h = header_of(
        "某市将新增公办学位超过25万个",
        "今年，某市要完成新改扩建公办中小学45所，新增公办中小学学位4.68万个。",
        "某小学扩容项目于2020年建成投入使用，新增学位1000个。",
        "市政府确定2021年要完成新改扩建公办中小学45所，新增公办中小学学位4.68万个。",
    )
    assert h.now == 2021
    assert restated_year("今年新建学校45所，新增学位4.68万个。2021年新建学校45所。") is None
    assert (
        restated_year("今年新建学校45所，新增学位1万个。2021年新建学校45所，新增学位1万个。")
        == 2021
    )


def test_a_round_up_of_a_years_government_work_reports_sets_that_years_targets() -> None:
    """`已陆续发布2024年地方政府工作报告`: a year's work report sets out that year's work, so an
    undated round-up of them dates its targets by it."""
    doc = Document(
        "page.txt",
        tuple(
            Paragraph(t)
            for t in (
                "近日，甲、乙、丙等20个省已陆续发布2024年地方政府工作报告。",
                "聚焦新一年的教育工作，各地将开展哪些重要工作？一起来看——",
                "甲省",
                "建设教育强省。着力提升义务教育质量，增加中小学学位3万个，推进“双减”。",
            )
        ),
    )
    got = [
        (r.record.target.raw, r.record.target.year) for r in draft_document(doc, "n", []).records
    ]
    assert got == [("3万个", 2024)]


def test_a_plan_for_later_years_does_not_date_its_undated_targets_by_its_own_date() -> None:
    """A notice dated 2006 that sets targets for 2008 and 2011 sets none for 2006: its plan
    year is its last target year, and a sentence without a year takes that, for review."""
    text = (
        "某县人民政府关于加快发展学前教育的若干意见\n"
        "发布日期：2006-03-15\n"
        "一、发展目标\n"
        "到2008年，全县学前三年幼儿入园率达到92%以上。到2011年，全县学前三年幼儿入园率达到96%以上。\n"
        "依托社区开展家长培训，城市家长受训率达到85%以上，农村家长受训率达到70%以上。\n"
    )
    doc = Document("notice.txt", tuple(Paragraph(t) for t in text.splitlines()))
    draft = draft_document(doc, "n", [])
    assert draft.plan.target_year == 2011
    assert "target_year：标题未写明规划期，暂取文中目标的最晚年份（2011年），请核对" in draft.review
    assert [(r.record.name, r.record.target.year) for r in draft.records] == [
        ("学前三年幼儿入园率", 2008),
        ("学前三年幼儿入园率", 2011),
        ("城市家长受训率", 2011),
        ("农村家长受训率", 2011),
    ]
    assert ["年份由上下文推断" in " ".join(r.review) for r in draft.records] == [
        False,
        False,
        True,
        True,
    ]


def test_a_ceremony_named_with_its_year_in_the_opening_lines_dates_the_page() -> None:
    """`2019年某县中小学项目集中开工仪式` on a line of its own: the report of a ceremony is
    written the year it is held, so its `明年` is the year after."""
    texts = ["9日上午", "2019年某县中小学项目集中开工仪式", "在甲镇中学项目现场举行", BODY]
    assert page_year(texts) == 2019
    assert header_of(*texts).now == 2019
    two = ["2018年甲项目开工仪式", "2019年乙项目竣工典礼", BODY]
    assert page_year(two) is None  # two ceremonies: neither is the page's
    sentence = ["会上回顾了2017年某区学校落成典礼以来的工作，今年将新增学位3000个。"]
    assert page_year(sentence) is None  # inside a sentence: an event told, not the headline


def test_a_headline_year_ahead_is_the_texts_next_year() -> None:
    """`2018年某开发区将新建5所学校` over an undated text that says `明年秋季…将新增5所学校`:
    the headline writes the text's 明年 as a year, so the page is of the year before and its
    figures are due in the headline's year."""
    lines = (
        "2018年某开发区将新建5所学校",
        "来源：某网 点击：88",
        "日前，某开发区第二中学等4所学校同时奠基。加上5月开工的某路小学，明年秋季开学，"
        "某开发区将新增5所学校，新增学位6000多个。",
    )
    h = header_of(*lines)
    assert (h.now, h.target_year) == (2017, 2018)
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    got = {r.record.target.raw: r.record.target.year for r in draft_document(doc, "n", []).records}
    assert (got["5所"], got["6000多个"]) == (2018, 2018)
    said = (*lines[:2], "今年某开发区将新建5所学校，明年再建3所。")
    assert header_of(*said).now == 2018  # the text's own 今年 is the headline's year


def test_will_before_the_object_marker_ba_is_a_years_intent() -> None:
    """`2027年，某县将把…列为民生实事`: 把 marks what is listed, so 将 is "will" and the year's
    work is set; in `2015年，某省将…列为实事`, 将 is the marker and the year is told."""
    assert planned_years("2027年，某县将把新建托育园4所列为民生实事。") == [2027]
    assert planned_years("2015年，某省将新建托育园4所列为民生实事。") == []


def test_the_year_a_cited_document_was_issued_dates_nothing() -> None:
    """`达到2011年教育部颁布的《…标准》`: the standard's issue year is no date of the target, which
    an undated excerpt leaves null."""
    got = raws_and_years(
        "学前教育发展的主要目标",
        "新建幼儿园40所，85%以上幼儿园达到2011年教育部颁布的《幼儿园建设标准》。",
    )
    assert got == [("40所", 0), ("85%以上", 0)]  # 0: no year, for the reviewer to fill


def test_a_numbered_section_heading_is_no_title_so_this_year_is_the_year_planned() -> None:
    doc = Document(
        "page.txt",
        tuple(
            Paragraph(t)
            for t in (
                "各位代表：",
                "现在，我代表镇人民政府作工作报告，请予审议。",
                "一、2024年工作回顾",
                "过去一年，全镇新建幼儿园2所，新增学位600个。",
                "二、2025年工作安排",
                "今年重点做好以下工作：新改扩建中小学2所，新增学位800个。",
            )
        ),
    )
    assert read_header(doc).review[0].startswith("title：未找到规划标题")
    records = draft_document(doc, "n", []).records
    assert [(r.record.target.raw, r.record.target.year) for r in records] == [
        ("2所", 2025),
        ("800个", 2025),
    ]


def test_the_date_a_work_is_due_does_not_date_the_next_sentence() -> None:
    """`…，确保2028年8月投入使用。` is that school's schedule: the targets of the next sentence
    keep the year the work points are for."""
    got = raws_and_years(
        "某县2027年教育工作要点",
        "迁建县第三中学，确保2028年8月投入使用。全县学生体质健康优良率达到56%。",
    )
    assert got == [("56%", 2027)]


def test_a_dateline_is_no_title_so_a_named_periods_targets_take_its_last_year() -> None:
    """`某某网2026-03-06号报道` says when a report was filed: it is not the title, and its year
    does not date the 十五五 outline's targets, which fall due at the period's end."""
    years = raws_and_years(
        "2026-03-06 16:05:33 来源:某某网 责任编辑:王五",
        "某某网2026-03-06号报道",
        "中新社北京3月5日电 5日提请审议的“十五五”规划纲要草案提出,稳步扩大免费教育范围。",
        "规划纲要草案指出,推进基础教育扩优提质。高中阶段教育完成率达到88%。",
    )
    assert years == [("88%", 2030)]
    assert not header_of("某某网2026-03-06号报道", "某社北京3月5日电", BODY).titled


def test_a_repost_dated_after_its_headlines_year_reports_that_year() -> None:
    """A headline's year (`2020某区…`, 年 left out, or `2020年某区…`) over a later update date:
    the text's 今年 is the headline's year, as long as the text never names the later one."""
    body = ("来源: 更新时间:2022-07-07 14:14:11", "预计今年新增8所公办幼儿园,提供学位约7900个。")
    assert raws_and_years("2020某区新增多少所幼儿园", *body)[0] == ("8所", 2020)
    assert raws_and_years("2020年某区新增8所幼儿园", *body)[0] == ("8所", 2020)
    later = ("更新时间:2022-07-07", "今年新增8所公办幼儿园,2022年底前完工。")
    assert raws_and_years("2020年某区新增8所幼儿园", *later)[0] == ("8所", 2022)
    deadline = ("更新时间:2022-07-07", "今年新增8所公办幼儿园。")
    assert raws_and_years("某区2020年前新增8所幼儿园", *deadline)[0][1] != 2020


def test_a_plans_goal_for_an_earlier_year_stays_a_target_in_news_of_the_plan() -> None:
    """News of a plan to 2030 that tells what the plan sets for 2020 (`《规划》提出…，2020年普及…，
    迈入…门槛（毛入学率达到50%）`) under a headline asking how 2030 will be: the 2020 goal is the
    plan's, not a result, and the headline's year is the goal's, not the day the page was written."""
    years = raws_and_years(
        "2030年国民受教育水平如何?",
        "在国民教育方面,《规划》提出要加快完善国民教育体系,2020年普及高中阶段教育,"
        "迈入高等教育普及化门槛(毛入学率达到50%),2030年达到更高普及水平。",
        "依照《规划》目标,到2030年,劳动年龄人口平均受教育年限达到11.8年。",
    )
    assert sorted(years) == [("11.8年", 2030), ("50%", 2020)]


def test_a_headline_asking_whether_a_year_sees_a_goal_met_does_not_date_the_page() -> None:
    """`2021年会普及高中吗?` over news that a plan (`印发《…攻坚计划(2017—2020年)》，提出到2020年…`)
    sets a 2020 goal: the headline's year is one asked about, not the day the page was written,
    so the plan's goal for 2020 stays a target; a plain dated headline still dates the page."""
    body = (
        "四部门日前共同印发《某某攻坚计划(2017—2020年)》,提出到2020年,全国各省毛入学率均要达到90%以上。",
    )
    assert raws_and_years("2021年会普及高中吗?", *body) == [("90%以上", 2020)]
    assert raws_and_years("2021年高中普及情况", *body) == []


def test_a_goal_a_level_falls_short_of_is_a_target_of_that_indicator() -> None:
    """`截至2021年底，…托位数为2.03个，距离“十四五”期末4.5个的目标尚存很大差距`: the level is where
    things stand; the goal it falls short of is the indicator's target for the period's end."""
    doc = Document(
        "page.txt",
        (
            Paragraph("2022-03-22 记者报道"),
            Paragraph(
                "截至2021年底，我国每千人口拥有3岁以下婴幼儿托位数为2.03个，"
                "距离“十四五”期末4.5个的目标尚存很大差距。"
            ),
        ),
    )
    records = [r.record for r in draft_document(doc, "n", []).records]
    assert [(r.name, r.target.raw, r.target.year) for r in records] == [
        ("每千人口拥有3岁以下婴幼儿托位数", "4.5个", 2025)
    ]


def test_a_goal_quoted_after_its_year_is_a_target() -> None:
    """`规划提出的目标是，到2020年，“…比例达到20%以上”`: the plan's goal quoted after the year it
    is due; a short quoted name of a programme (`“4个100”`) is still no target."""
    years = raws_and_years(
        "2016年10月19日 记者报道",
        "根据规划提出的目标是,到2020年,“经常性参与教育活动的老年人占老年人口总数的比例达到20%以上”。",
        "今年开展“4个100”活动。",
    )
    assert years == [("20%以上", 2020)]


def test_a_taiwan_completion_year_dates_the_works_before_it() -> None:
    """`預計在112年3月竣工` (民國 112 = 2023): a news page's design figures of works due then,
    in the sentences before it and in its own, are reached in 2023."""
    assert raws_and_years(
        "新建的幼儿园增班园舍，将增加1班3-5岁的混龄班，未来可服务3班76名的幼儿。",
        "新建幼儿园工程于今日起开始施作，工期为300个日历天，预计在112年3月竣工。",
    ) == [("1班", 2023), ("3班", 2023), ("76名", 2023), ("300个日历天", 2023)]


def test_a_taiwan_completion_year_after_its_era_dates_the_works_before_it() -> None:
    """`预计民国116年7月完工`: the era printed before the year (民國 116 = 2027)."""
    assert raws_and_years(
        "此次新建幼儿园教学大楼规划8间教室，工程总经费新台币1亿2275万9791元，"
        "工期620日历天，预计民国116年7月完工。"
    ) == [("8间", 2027), ("新台币1亿2275万9791元", 2027), ("620日历天", 2027)]


def test_a_taiwan_year_spelled_digit_by_digit_is_read() -> None:
    """`预计于一一五年上半年竣工`, `一一三年八月开工`: 民國 years spelled digit by digit (115 = 2026)."""
    assert due_year("工程预计于一一五年上半年竣工") == 2026
    assert raws_and_years("新建幼儿园规划七间幼童活动室，预计一一五年完工。") == [("七间", 2026)]


def test_a_completion_year_is_ours_or_a_taiwan_year_printed_as_one() -> None:
    assert due_year("工程预计在112年3月竣工") == 2023
    assert due_year("学校计划于2026年建成") == 2026
    assert due_year("预计在建校110年之际竣工") is None  # a founding's hundred and ten years


def test_a_schools_founding_year_dates_none_of_the_works_after_it() -> None:
    """`某小学创建于1911年，…。总投资6300万元，将新建…`: the founding is the school's history; the
    works' figures after it have no year, and the plan file takes none before 1949."""
    assert raws_and_years(
        "某小学将建新教学楼",
        "某小学创建于1911年,至今有107年的历史。总投资6300万元,将新建教学综合楼。",
        "项目用地面积30.64亩,总建筑面积20194平方米。",
    ) == [("6300万元", 0), ("30.64亩", 0), ("20194平方米", 0)]


def test_a_completion_date_paragraphs_later_dates_the_design_before_it() -> None:
    """`…总建筑面积…。` then, two paragraphs on, `根据计划,拟完工时间为2021年3月,拟投入使用时间为
    2021年9月`: no other year comes between, so the page still tells of the same works."""
    assert raws_and_years(
        "某附属学校项目位于某路以西,项目总用地面积79702㎡,总建筑面积62913.89㎡。",
        "项目主要建设内容包括新建教学楼、综合楼等。",
        "目前学校已经启动建设,根据计划,拟完工时间为2021年3月,拟投入使用时间为2021年9月。",
    ) == [("79702㎡", 2021), ("62913.89㎡", 2021)]
    assert raws_and_years(
        "某附属学校项目位于某路以西,项目总用地面积79702㎡。",
        "2020年该区还新建了一所幼儿园。",
        "根据计划,拟完工时间为2021年3月。",
    )[0] == ("79702㎡", 0)  # a year between: the later date may be another work's


def test_what_works_hold_once_done_is_due_when_they_are() -> None:
    """`…新建幼儿园园舍，预计2026年底前完工。` then, in a later paragraph with no year,
    `完工后将设置8班`: the classes are there when the works told of are done."""
    assert raws_and_years(
        "2025-10-18 某镇幼儿园新园舍18日动工",
        "某镇投入8000万元新建幼儿园园舍，预计明年底前完工。",
        "园长对此表示欢迎。",
        "镇长表示，完工后将设置8班，可收容168名幼童就读。",
    ) == [("8000万元", 2026), ("8班", 2026), ("168名", 2026)]


def test_what_a_town_or_school_has_now_is_no_target() -> None:
    """`全镇现有幼儿48名`, `该校现有学生1200人`: what a place or school has now, beside works
    still to be built (corpus/README.md: a school's figures that describe what it has now)."""
    assert raws_and_years(
        "2025-10-18 某镇幼儿园新园舍18日动工",
        "某镇投入8000万元新建幼儿园园舍，预计明年底前完工。",
        "园长表示，全镇现有幼儿48名，分布在7个分班。该校现有学生1200人。",
        "据了解，镇内现有的1所中学和2所小学均有大班额。某岛现有中小学校13所，校舍58幢。",
    ) == [("8000万元", 2026)]


def test_a_sentence_of_the_works_start_then_their_finish_dates_the_design_before_it() -> None:
    """`该项目于2021年6月开工建设，截至目前已完成投资约5300万元，预计于2022年底完工，2023年4月投入
    使用。` after the design: the figures are reached when the works open; a sentence with
    another year between dates nothing."""
    design = "该项目批复总投资9750万元,总占地面积35440.7平方米。"
    assert raws_and_years(
        "近期,某县第五小学建设项目主体工程已全部封顶。" + design + "该项目于2021年6月开工建设,"
        "截至目前已完成投资约5300万元,预计于2022年底完工,2023年4月投入使用。"
    ) == [("9750万元", 2023), ("35440.7平方米", 2023)]
    assert raws_and_years(
        "近期,某县第五小学建设项目主体工程已全部封顶。" + design + "该项目于2021年6月开工建设,"
        "2020年已完成征地,预计于2022年底完工。"
    ) == [("9750万元", 0), ("35440.7平方米", 0)]


def test_a_plan_as_it_now_stands_is_a_target() -> None:
    """`目前我省汇总招生计划为68万人`: what the plan now sets, not a result reported; `目前全省共有
    学校541所` still reports what there is."""
    assert raws_and_years(
        "我省报考人数少了",
        "目前我省汇总招生计划为68万人。目前全省共有学校541所。",
    ) == [("68万人", 0)]


def test_an_environmental_forms_expected_start_of_operation_is_a_completion_date() -> None:
    """`预期投产日期 2018 年1月`: when a school project on an environmental form opens."""
    from plancmp.draft.dating import completion_date

    assert completion_date("环保投资比例 0.85% 预期投产日期\n2018 年1月") == 2018


def test_a_goal_in_words_with_its_own_year_does_not_date_the_sentences_after_it() -> None:
    """`…，确保2025年通过国家督导评估。新建…学校5所` in the 2024 part of a work report: the 2025
    is that goal's deadline; the year's tasks after it are the 2024 the heading gives (they
    were all dated 2025). A year that frames a sentence (`到2025年，…。`) still dates the next,
    and so does a goal's year under a heading that gives none (a plan's 总体目标) in a plan
    whose title gives no years either."""
    got = raws_and_years(
        "某县人民政府工作报告",
        "二、2024年工作安排",
        "深入推进义务教育优质均衡发展，确保2025年通过国家督导评估。新建义务教育学校5所，"
        "新增义务教育学位3500个。",
    )
    assert got == [("通过国家督导评估", 2025), ("5所", 2024), ("3500个", 2024)]
    got = raws_and_years(
        "某县教育事业发展规划",
        "二、发展目标",
        "到2027年，学前教育毛入园率达到95%。义务教育巩固率保持在99%以上。",
    )
    assert got == [("95%", 2027), ("99%以上", 2027)]
    got = raws_and_years(
        "某县教育事业发展规划",
        "一、总体目标",
        "全面推进教育现代化，力争2027年基本实现县域教育现代化。全县学前三年毛入园率达到95%。",
        "二、远景目标",
        "到2035年，全面实现教育现代化。",
    )
    assert got == [("95%", 2027)]  # under a heading with no year the goal's year frames the next
    got = raws_and_years(
        "某县教育事业发展“十五五”规划（2026—2030年）",
        "二、发展目标",
        "巩固率达到99.5%以上，力争2027年通过国家督导评估。新建中小学校3所。",
    )
    assert got == [("99.5%以上", 2030), ("通过国家督导评估", 2027), ("3所", 2030)]  # the plan's


def test_a_phase_the_plan_defines_dates_what_is_set_for_it() -> None:
    """`其中近期为2021—2025年，远期为2026—2035年` … `近期新建18所`: due when the phase ends (it
    was dated by the plan's end, 2035); with no phase defined, `近期` (lately, in news) dates
    nothing."""
    got = raws_and_years(
        "某市中小学校布局规划（2021—2035年）",
        "本规划期限为2021—2035年，其中近期为2021—2025年，远期为2026—2035年。",
        "到2035年，规划期内新建中小学48所，新增学位9.8万个；其中近期新建18所，新增学位3.2万个。",
    )
    assert got == [("48所", 2035), ("9.8万个", 2035), ("18所", 2025), ("3.2万个", 2025)]
    assert plan_phases("方案期限为2009年-2020年,其中2009年-2012年为近期规划") == (("近期", 2012),)
    assert plan_phases("近期，教育部作出部署，确保今年秋季开学后课后服务全覆盖。") == ()
    assert plan_phases("近期至2025年，远期至2035年。") == (("近期", 2025), ("远期", 2035))
    assert plan_phases("近期目标（2021-2025年）：新建学校8所。") == (("近期", 2025),)


def test_a_goal_in_words_with_its_own_year_does_not_date_the_figures_after_it() -> None:
    """`到2030年，…；…，力争2027年通过国家督导评估；本科上线率…提高到87%以上`: the 2027 is that goal's
    deadline; the figure after it keeps the 2030 that frames the goals, whether the goal stands
    after a `；` or a `，` (it was dated 2027). A goal in words that holds its figure
    (`确保2017年实现…全覆盖`) is dated by its own year."""
    got = raws_and_years(
        "某区教育发展规划",
        "二、发展目标",
        "到2030年，基本建成现代教育体系。学前教育优质普惠，普惠性幼儿园在园幼儿占比达到95%；"
        "义务教育优质均衡，力争2027年通过国家督导评估；普通高中本科上线率提高到87%以上。",
    )
    assert got == [("95%", 2030), ("通过国家督导评估", 2027), ("87%以上", 2030)]
    got = raws_and_years(
        "某区教育发展规划",
        "二、发展目标",
        "到2030年，普惠性幼儿园在园幼儿占比达到95%，力争2027年通过国家督导评估，"
        "普通高中本科上线率达到87%以上。",
    )
    assert got == [("95%", 2030), ("通过国家督导评估", 2027), ("87%以上", 2030)]
    got = raws_and_years(
        "某县2026年教育工作要点",
        "一、总体目标",
        "今年将启动扩大试点工作，确保2027年实现营养改善计划重点县全覆盖。",
    )
    assert got == [("全覆盖", 2027)]


def targets_and_baselines(*lines: str) -> list[tuple[str, int | None, str | None, int | None]]:
    """(target raw, year, baseline raw, its year) of each record drafted from these paragraphs."""
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    return [
        (t.raw, t.year, b.raw if b else None, b.year if b else None)
        for r in draft_document(doc, "n", []).records
        for t, b in [(r.record.target, r.record.baseline)]
    ]


def test_a_year_before_the_documents_own_number_reports_where_things_stood() -> None:
    """`某政办发〔2023〕27号` dates the document 2023: `2022年，…生师比分别为18.6:1、13.2:1` after the
    targets is where things stood, each a baseline, whether printed as a sentence or as a
    bracketed note of its own (both had been drafted as targets, the note dated 2025)."""
    targets = "到2025年，小学生师比控制在17:1以内，初中生师比控制在12.5:1以内。"
    for stood in (
        "2022年，全市小学、初中生师比分别为18.6:1、13.2:1。",
        "（2022年，全市小学、初中生师比分别为18.6:1、13.2:1。）",
    ):
        got = targets_and_baselines(
            "某市关于加强中小学教师队伍建设的实施意见", "某政办发〔2023〕27号", targets, stood
        )
        assert got == [("17:1以内", 2025, "18.6:1", 2022), ("12.5:1以内", 2025, "13.2:1", 2022)]


def test_levels_listed_year_by_year_are_the_plans_years_in_turn() -> None:
    """`覆盖率逐年提高到88%、90%、92%` in a plan of 2024—2026: one level a year, each of the
    indicator (only 88% was drafted, named `到`, beside a word record `逐年提高`). One level
    `逐年提高到` is the indicator's target; a list of another length is not read by year."""
    got = drafted_page(
        "某县学前教育三年行动计划（2024—2026年）",
        "二、工作目标",
        "普惠性幼儿园覆盖率逐年提高到88%、90%、92%；公办园在园幼儿占比2025年达到52%。",
        "二级及以上幼儿园占比逐年提高到60%。",
    )
    assert got == [
        ("普惠性幼儿园覆盖率", "88%", 2024),
        ("普惠性幼儿园覆盖率", "90%", 2025),
        ("普惠性幼儿园覆盖率", "92%", 2026),
        ("公办园在园幼儿占比", "52%", 2025),
        ("二级及以上幼儿园占比", "60%", 2026),
    ]


def test_levels_the_plans_years_take_in_turn_after_a_trend() -> None:
    """`覆盖率逐年提高，三年分别达到85%、88%、90%` in a plan of 2025—2027: the three years in turn,
    named by the clause before (they had been named `（1）`…`（3）`, all of 2027, beside a word
    record `逐年提高`). Years counted otherwise than the plan's are not read by year, nor values
    a list of stages before gives in turn."""
    got = drafted_page(
        "某县学前教育三年行动计划（2025—2027年）",
        "二、主要目标",
        "普惠性幼儿园覆盖率逐年提高，三年分别达到85%、88%、90%；公办园在园幼儿占比达到55%以上。",
        "巩固率逐年提高，五年分别达到95%、96%、97%。",
        "全县幼儿园、小学、初中学位供给持续增加，三年分别新增1000个、2000个、1500个。",
        "学前教育普及率稳步提高，三年分别达到90%、92%、95%。",  # 及 in a word: no list
    )
    assert got == [
        ("普惠性幼儿园覆盖率", "85%", 2025),
        ("普惠性幼儿园覆盖率", "88%", 2026),
        ("普惠性幼儿园覆盖率", "90%", 2027),
        ("公办园在园幼儿占比", "55%以上", 2027),
        ("巩固率", "95%", 2027),
        ("巩固率", "96%", 2027),
        ("巩固率", "97%", 2027),
        ("幼儿园学位供给", "1000个", 2027),  # a list of stages before: each stage's, not a year's
        ("小学学位供给", "2000个", 2027),
        ("初中学位供给", "1500个", 2027),
        ("学前教育普及率", "90%", 2025),
        ("学前教育普及率", "92%", 2026),
        ("学前教育普及率", "95%", 2027),
    ]


def test_a_year_from_which_a_standard_holds_or_of_one_indicator_dates_no_later_sentence() -> None:
    """In a plan of 2024—2026, `2025年起，…标准不低于800元。三年…资金不少于1.5亿元` and
    `覆盖率2025年达到100%；支持…基地10个`: 2025 is when the standard starts to hold and that
    indicator's year; the sentences after them keep the plan's 2026, counted over it (both
    had been dated 2025, one year's amounts)."""
    doc = Document(
        "page.txt",
        (
            Paragraph("某县学前教育三年行动计划（2024—2026年）"),
            Paragraph("三、主要任务"),
            Paragraph(
                "（五）健全经费保障机制。2025年起，公办幼儿园生均公用经费标准不低于800元/生·年。"
                "三年县财政安排学前教育专项资金不少于1.5亿元。"
            ),
            Paragraph(
                "（六）推进数字化转型。幼儿园智慧安防覆盖率2025年达到100%；"
                "支持中职学校建设虚拟仿真实训基地10个。"
            ),
        ),
    )
    got = [
        (r.record.target.raw, r.record.target.year, r.record.target.scope)
        for r in draft_document(doc, "n", []).records
    ]
    assert got == [
        ("不低于800元/生·年", 2025, "level"),
        ("不少于1.5亿元", 2026, "cumulative"),
        ("100%", 2025, "level"),
        ("10个", 2026, "cumulative"),
    ]


def test_a_parts_own_earlier_year_dates_nothing_after_it() -> None:
    """`2024—2027年新建、改扩建公办幼儿园16所，其中2025年底前完成9所；新增公办学位5400个`: 2025
    is when that part of the total is due; the places after it are the period's (they had been
    dated 2025, one year's)."""
    assert raws_and_years(
        "某区学前教育提升行动计划（2024—2027年）",
        "二、主要任务",
        "1.扩充普惠性资源。2024—2027年新建、改扩建公办幼儿园16所，其中2025年底前完成9所；"
        "新增公办学位5400个。",
    ) == [("16所", 2027), ("9所", 2025), ("5400个", 2027)]


def test_a_change_aimed_at_in_a_later_year_is_of_the_level_before_it() -> None:
    """`2024年全市儿童青少年总体近视率为51.3%，2025年力争下降0.5个百分点以上`: the fall aimed at
    for 2025 is the rate's, from its 2024 level (nothing was drafted)."""
    got = targets_and_baselines(
        "某市2025年教育工作要点",
        "一、主要目标",
        "2024年全市儿童青少年总体近视率为51.3%，2025年力争下降0.5个百分点以上。",
    )
    assert got == [("下降0.5个百分点以上", 2025, "51.3%", 2024)]


def test_a_phases_heading_with_its_span_dates_the_goals_under_it() -> None:
    """`（一）近期目标（2024—2025年）` over numbered goals, then `（二）远期目标（2026—2030年）`: each
    heading's span ends the year its goals are due (the near ones had all been dated 2030)."""
    assert raws_and_years(
        "某市学校体育与健康促进专项行动方案（2024—2030年）",
        "二、行动目标",
        "（一）近期目标（2024—2025年）",
        "1.学生体质健康达标率达到93%以上；",
        "2.建成市级体育特色学校30所。",
        "（二）远期目标（2026—2030年）",
        "1.学生体质健康达标率达到95%以上；",
        "2.累计建成市级体育特色学校80所。",
    ) == [("93%以上", 2025), ("30所", 2025), ("95%以上", 2030), ("80所", 2030)]


def test_what_is_made_under_a_phases_span_is_made_over_the_span() -> None:
    """Under `（一）近期目标（2026—2030年）` in a plan to 2035, `新建中小学9所` is the near phase's
    total, due 2030 (it had been read as 2030's own amount, 每年), in a heading of its own or
    one the paragraph opens with; `每年培训教师600人次` stays each year's."""
    doc = Document(
        "page.txt",
        tuple(
            Paragraph(t)
            for t in (
                "某区中小学校布局专项规划（2026—2035年）",
                "三、规划目标",
                "（一）近期目标（2026—2030年）",
                "新建中小学9所，每年培训教师600人次。",
                "第十条 近期目标（2026—2030年）。改扩建中小学6所。",
                "（三）分年度任务（2026—2030年）",
                "2029年，新建幼儿园3所。2030年，新建幼儿园4所。2030年底，累计新增学位5000个。",
            )
        ),
    )
    got = [(d.record.target.raw, d.record.target.year, d.record.target.scope)
           for d in draft_document(doc, "n", []).records]  # fmt: skip
    assert got == [
        ("9所", 2030, "cumulative"),
        ("600人次", 2030, "per_year"),
        ("6所", 2030, "cumulative"),
        ("3所", 2029, "per_year"),
        ("4所", 2030, "per_year"),  # its own year, as 2029's: that year's amount
        ("5000个", 2030, "cumulative"),  # by the year's end: over the span
    ]


def test_a_level_raised_from_last_years_is_a_target_and_class_size_lists_are_conditions() -> None:
    """`录取率将由去年的62.3%提高到65%`: 去年 is where the target starts, not a report of last
    year (nothing was drafted). `小学45人以上、初中50人以上班额比例均控制在5%以内`: the head counts
    pick out the classes measured (45人以上 had been drafted as a target of the rate before)."""
    got = targets_and_baselines(
        "某县教育事业发展规划（2021—2025年）",
        "二、主要任务",
        "今年全市普通高中录取率将由去年的62.3%提高到65%。",
        "到2025年，九年义务教育巩固率达到97.5%，小学45人以上、初中50人以上班额比例均控制在5%以内。",
    )
    assert [(raw, year) for raw, year, *_ in got] == [
        ("65%", 2025),
        ("97.5%", 2025),
        ("5%以内", 2025),
    ]
    assert got[0][2] == "62.3%"


def test_a_baseline_printed_as_last_years_is_the_year_before_the_pages() -> None:
    """`由去年的62.3%提高到65%` on a page dated 2025: the baseline is 2024's (it had no year)."""
    got = targets_and_baselines(
        "鹭州今年将新增普通高中学位",
        "发布时间：2025-03-02 10:00 来源：鹭州日报",
        "王立群表示，今年全市普通高中录取率将由去年的62.3%提高到65%。",
    )
    assert got == [("65%", 2025, "62.3%", 2024)]


def test_a_work_reports_tasks_under_a_heading_with_a_subtitle_are_its_targets() -> None:
    """`某县人民政府工作报告（教育部分节选）` over `一、2024年工作回顾` and `二、2025年主要任务：办好
    人民满意的教育`: the report is titled by its own name, not its first section's, and the
    tasks of the year ahead are targets (only two were drafted); last year's review is not."""
    assert raws_and_years(
        "某县人民政府工作报告（教育部分节选）",
        "——2025年1月14日在某县第十八届人民代表大会第五次会议上",
        "一、2024年工作回顾（教育事业）",
        "过去一年，学前三年毛入园率达到90.6%，九年义务教育巩固率达到98.2%。",
        "二、2025年主要任务：办好人民满意的教育",
        "（一）扩大优质学位供给。全年新建、改扩建中小学和幼儿园6所，新增学位4200个。",
        "（二）推动学前教育普及普惠。公办园在园幼儿占比达到55%。",
    ) == [("6所", 2025), ("4200个", 2025), ("55%", 2025)]


def test_a_count_doubled_from_last_years_to_a_level_is_that_level_from_its_start() -> None:
    """`工作室要由去年的60个翻一番，达到120个` on a page of 2025: one target, 120个, from 60个 in
    2024 (60个 had been drafted as a target, and 翻一番 under a name cut to `…翻一`)."""
    got = targets_and_baselines(
        "某市2025年教育工作会议讲话",
        "发布时间：2025-02-20",
        "市级名师名校长工作室要由去年的60个翻一番，达到120个，让更多好老师脱颖而出。",
    )
    assert got == [("120个", 2025, "60个", 2024)]


def test_the_second_reading_of_the_sessions_rules_keeps_their_near_misses_apart() -> None:
    """Inputs a review wrote against this change's rules, each read as before it: a heading that
    cites an earlier plan's span heads this plan's targets; a heading of problems still
    waiting to be solved (`亟待解决的主要问题`) heads no targets; `从去年起…累计` reports; a list
    of staff head counts (`教师100人以上、校长10人以上到乡村学校`) is no class-size condition; a
    year after the plan's own place (`我县2026年要实现…`) dates the sentences after it; a year
    framing the goals in the same sentence keeps a goal in words' year to that goal."""
    assert raws_and_years(
        "某县学前教育发展规划（2021—2025年）",
        "三、主要任务",
        "（四）深入实施《某市学前教育第三期行动计划（2017—2020年）》成果巩固工程",
        "1.新建、改扩建公办幼儿园30所，新增学位9000个。",
    ) == [("30所", 2025), ("9000个", 2025)]
    assert (
        raws_and_years(
            "某县教育发展规划（2022—2026年）",
            "三、存在问题",
            "（三）亟待解决的主要问题",
            "全县缺少音体美教师120名，大班额比例为8.5%。",
        )
        == []
    )
    assert (
        raws_and_years(
            "某县2025年教育工作要点",
            "一、主要目标",
            "从去年起，全县累计新建幼儿园12所，新增学位3600个。",
        )
        == []
    )
    assert raws_and_years(
        "某县教育发展规划（2021—2025年）",
        "二、任务",
        "到2025年，每年选派城区教师100人以上、校长10人以上到乡村学校交流轮岗。",
    )[:1] == [("100人以上", 2025)]
    assert raws_and_years(
        "某县教育发展规划（2026—2030年）",
        "二、任务",
        "我县2026年要实现以下目标。新建中小学校3所，学前三年毛入园率达到95%。",
    ) == [("3所", 2026), ("95%", 2026)]
    assert raws_and_years(
        "某区教育发展规划",
        "二、发展目标",
        "到2030年，学前三年毛入园率达到98%，义务教育优质均衡发展，力争2027年通过国家督导评估；"
        "九年义务教育巩固率达到99%。",
    ) == [("98%", 2030), ("通过国家督导评估", 2027), ("99%", 2030)]


def test_yearly_lists_read_by_year_only_for_one_indicator() -> None:
    """`小学、初中巩固率逐年提高到99%、98%`: a value for each stage named, not one a year;
    `覆盖率逐年达到88%、90%、92%` is read by the plan's years as `逐年提高到` is."""
    got = drafted_page(
        "某县义务教育优质均衡发展规划（2025—2027年）",
        "二、目标",
        "小学、初中巩固率逐年提高到99%、98%。普惠性幼儿园覆盖率逐年达到88%、90%、92%。",
    )
    assert got == [
        ("小学巩固率", "99%", 2027),
        ("初中巩固率", "98%", 2027),
        ("普惠性幼儿园覆盖率", "88%", 2025),
        ("普惠性幼儿园覆盖率", "90%", 2026),
        ("普惠性幼儿园覆盖率", "92%", 2027),
    ]


def test_near_misses_of_parts_starts_and_last_years_are_read_as_their_kind() -> None:
    """A part after `其中：` and a standard from `2025年秋季学期开始` date nothing after them;
    `由上年度的90.1%` is the year before the page's."""
    assert raws_and_years(
        "某区学前教育提升行动计划（2024—2027年）",
        "二、主要任务",
        "1.2024—2027年新建公办幼儿园16所，其中：2025年底前完成9所；新增公办学位5400个。",
        "2.从2025年秋季学期开始，公办幼儿园生均公用经费标准不低于800元。三年安排专项资金不少于1.5亿元。",
    ) == [
        ("16所", 2027),
        ("9所", 2025),
        ("5400个", 2027),
        ("不低于800元", 2025),
        ("不少于1.5亿元", 2027),
    ]
    got = targets_and_baselines(
        "某县今年将提高入园率",
        "发布时间：2025-03-02 10:00 来源：某县融媒体中心",
        "今年全县学前三年毛入园率将由上年度的90.1%提高到92%。",
    )
    assert got == [("92%", 2025, "90.1%", 2024)]


def test_a_lead_announcing_goals_for_a_year_dates_the_numbered_items_below_it() -> None:
    """`到2028年，具体实现以下目标：` over `1．…` `2．…`: the items are due in 2028, not at the end of
    the plan's period; the list ends at a paragraph with no number."""
    assert raws_and_years(
        "某县教育发展规划（2026—2030年）",
        "二〇二六年一月",
        "三、发展目标",
        "到2028年，具体实现以下目标：",
        "1．学生体质健康测试合格率达到96%以上。",
        "2．专任教师本科学历比例达到90%。",
        "全县中小学专职心理健康教师配备率达到100%。",
        "到2030年，实现以下目标：",
        "1．学生体质健康测试合格率达到98%以上。",
    ) == [("96%以上", 2028), ("90%", 2028), ("100%", 2030), ("98%以上", 2030)]


def test_a_lead_dates_the_items_under_its_sub_headings_and_after_dashes_as_made_by_then() -> None:
    """`到2027年，具体实现以下目标：` over `（一）学前教育` / `学前三年毛入园率…`, or over `——…`
    items: they are due in 2027 (they took the plan's 2028), and a count made by then is made
    over the years to it, not in 2027 alone. The next chapter's items are not the lead's."""
    doc = Document("page.txt", tuple(Paragraph(t) for t in (
        "某县教育高质量发展三年行动计划（2026—2028年）", "一、总体目标",
        "到2027年，全县教育取得明显成效，具体实现以下目标：", "（一）学前教育",
        "学前三年毛入园率达到98%以上。", "（二）义务教育", "新增义务教育学位3000个。",
        "二、阶段目标", "到2027年，实现以下目标：", "——公办园在园幼儿占比达到60%。",
        "三、主要任务", "（一）扩大学前教育资源", "新建幼儿园2所。",
    )))  # fmt: skip
    got = draft_document(doc, "n", []).records
    assert [(r.record.target.raw, r.record.target.year, r.record.target.scope) for r in got] == [
        ("98%以上", 2027, "level"),
        ("3000个", 2027, "cumulative"),
        ("60%", 2027, "level"),
        ("2所", 2028, "cumulative"),
    ]


def test_a_lead_that_starts_from_a_year_or_measures_against_one_dates_no_list() -> None:
    """`自2026年起，全面实施以下目标任务：`, `对照2027年省级验收标准，提出以下目标：`: the year the
    work starts or the standard it meets, no deadline; the items stay due at the plan's end (they
    had all been dated by the lead's year)."""
    for lead in ("自2026年起，全面实施以下目标任务：", "对照2027年省级验收标准，提出以下目标：",
                 "2026年起，在全县推行以下举措："):  # fmt: skip
        got = raws_and_years(
            "某县教育发展规划（2026—2030年）", "二〇二六年一月", "三、发展目标", lead,
            "1．学生体质健康测试合格率达到96%以上。",
        )  # fmt: skip
        assert got == [("96%以上", 2030)], lead
    for lead in ("2028年底前，完成以下任务：", "力争2028年实现以下目标：", "2028年目标：",
                 "（一）阶段目标。2028年，全县实现以下目标：", "2026—2028年，具体实现以下目标："):  # fmt: skip
        assert raws_and_years(
            "某县教育发展规划（2026—2030年）", "二〇二六年一月", "三、发展目标", lead,
            "1．学生体质健康测试合格率达到96%以上。",
        ) == [("96%以上", 2028)], lead  # fmt: skip


def test_an_undated_target_of_a_programme_is_due_at_its_last_year_not_its_date() -> None:
    """`某县创建…实施方案` dated 2026年3月2日, with targets for 2026 and 2027 and no period in its
    title: an undated target (`两年补充…教师不少于120名`) is due in 2027, as the draft's header
    takes (it had been dated 2026, the year the text was written)."""
    assert raws_and_years(
        "某县创建国家义务教育优质均衡发展县实施方案",
        "2026年3月2日",
        "二、目标任务",
        "到2026年底，资源配置达标学校比例达到80%；到2027年，达标学校比例达到100%。",
        "三、主要措施",
        "两年补充音乐、体育、美术等紧缺学科专任教师不少于120名。",
    ) == [("80%", 2026), ("100%", 2027), ("不少于120名", 2027)]


def test_a_sub_heading_that_names_its_own_year_keeps_it_under_a_lead() -> None:
    """`到2027年，分两个阶段实现以下目标：` over `（一）2026年目标` / `（二）2027年目标`: each stage's
    items are due in the year its heading names (the lead's 2027 had dated them all)."""
    assert raws_and_years(
        "某县学前教育发展提升行动计划（2026—2028年）", "一、总体目标",
        "到2027年，分两个阶段实现以下目标：", "（一）2026年目标", "学前三年毛入园率达到97%。",
        "（二）2027年目标", "学前三年毛入园率达到98%。",
    ) == [("97%", 2026), ("98%", 2027)]  # fmt: skip
    assert raws_and_years(
        "某县教育发展规划（2026—2030年）", "二、重点任务", "到2028年，完成以下任务：",
        "（一）扩充资源（2026年启动）", "新建幼儿园6所。",
    ) == [("6所", 2028)]  # fmt: skip  # the year it starts is no deadline


def test_a_stages_bracketed_year_dates_its_work() -> None:
    """`第一阶段（2026年）：…启动150所学校网络升级改造`: the stage's one year dates its work, as a
    span of years there does (the plan's end had dated it); a bracket that says where a level
    stood still dates nothing."""
    assert raws_and_years(
        "某市智慧教育示范区创建方案（2026—2030年）", "四、实施步骤",
        "第一阶段（2026年）：完成顶层设计，启动150所学校网络升级改造；",
        "第二阶段（2027—2028年）：建成示范校50所；",
        "智慧教室占比达到60%以上（2026年为54%）。",
        "第一阶段目标（2026年）：新增公办学位1200个。",
    ) == [("150所", 2026), ("50所", 2028), ("60%以上", 2030), ("1200个", 2026)]  # fmt: skip


def test_an_approvals_works_are_due_when_it_says_under_its_own_title() -> None:
    """A project approval under a letterhead (`某局文件`, its number, its issuer, `关于…的批复`): the
    letter is titled by its 关于 line (the letterhead had been), its works are due when it says
    (`项目应于2027年10月底前建成`), not by the end of a plan it cites (2028), and works done to what
    the school has (`对学校现有校园网进行整体升级改造。主要包括：`) are no account of what it has."""
    lines = (
        "桐溪县发展和改革局文件",
        "桐发改审〔2027〕46号",
        "桐溪县发展和改革局",
        "关于桐溪县城关初级中学校园网络升级改造项目立项的批复",
        "县教育局：",
        "根据《桐溪县教育数字化转型三年行动方案（2026—2028年）》，原则同意该项目立项。",
        "四、建设内容及规模：对学校现有校园网进行整体升级改造。主要包括：",
        "（一）网络核心及汇聚层。更换核心交换机2台、汇聚交换机12台。",
        "六、建设工期：180日历天，项目应于2027年10月底前建成并投入使用。",
    )
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    draft = draft_document(doc, "n", [])
    assert draft.header.title == "关于桐溪县城关初级中学校园网络升级改造项目立项的批复"
    assert [(r.record.target.raw, r.record.target.year) for r in draft.records] == [
        ("2台", 2027), ("12台", 2027), ("180日历天", 2027)
    ]  # fmt: skip


def test_the_year_a_project_was_chosen_dates_no_figure_of_it() -> None:
    """`该校…是我县2025年确定的重点民生工程，规划办学规模54个班，…总投资约2.9亿元` in a reply of 2026:
    the year dates the choice, not the school's figures, which are its design (they had been read
    as 2025's, past, and dropped); the reader's words (`您所反映的`) are no part of a name."""
    got = drafted_page(
        "关于城东片区新建学校什么时候开学的咨询",
        "回复时间：2026-10-21 16:05:12",
        "您所反映的学校为城东实验学校，是我县2025年确定的重点民生工程，规划办学规模54个班，"
        "总投资约2.9亿元。计划于2027年8月底前竣工交付。",
    )
    assert [(raw, year) for _, raw, year in got] == [("54个", 2027), ("约2.9亿元", 2027)]
    assert not any(name.startswith("您") for name, _, _ in got)


def test_a_lead_of_two_deadlines_dates_its_list_by_the_last() -> None:
    """`到2026年底，…取得阶段性成效；到2027年底，…全面达到…标准。具体目标为：` in a rectification plan
    written in 2026: the list is of the last deadline (it had been dated by none)."""
    assert raws_and_years(
        "某市学前教育普及普惠督导评估反馈问题整改方案",
        "印发日期：2026年5月20日",
        "三、整改目标",
        "通过集中整改，到2026年底，反馈问题整改取得阶段性成效；到2027年底，全市学前教育普及普惠"
        "水平全面达到国家评估认定标准。具体目标为：",
        "1.全市学前三年毛入园率达到92%以上；",
        "2.普惠性幼儿园覆盖率达到90%以上。",
    ) == [("92%以上", 2027), ("90%以上", 2027)]  # fmt: skip


def test_a_bracket_holding_only_the_year_a_task_runs_to_dates_it() -> None:
    """`用三年时间（至2029年）补充中小学教师不少于600名` in a review letter whose other targets are
    due 2028: the bracket dates the task as `到2029年` would (a bracket had dated nothing), and is
    no part of its name (`）补充中小学教师`). A baseline bracketed after a value leaves the verb
    before the value out of its name (`覆盖率稳定在92%以上（2025年为93.1%）` had kept `稳定`)."""
    doc = Document(
        "page.txt",
        tuple(
            Paragraph(t)
            for t in (
                "某区人大常委会关于教育工作情况报告的审议意见",
                "三、意见和建议",
                "到2028年，公办幼儿园在园幼儿占比提高到60%以上。",
                "用三年时间（至2029年）补充中小学教师不少于600名。",
                "普惠性幼儿园覆盖率稳定在92%以上（2025年为93.1%）。",
            )
        ),
    )
    got = [
        (r.record.name, r.record.target.raw, r.record.target.year, r.record.baseline)
        for r in draft_document(doc, "n", []).records
    ]
    assert [g[:3] for g in got] == [
        ("公办幼儿园在园幼儿占比", "60%以上", 2028),
        ("补充中小学教师", "不少于600名", 2029),
        ("普惠性幼儿园覆盖率", "92%以上", 2028),
    ]
    assert got[2][3] is not None and (got[2][3].raw, got[2][3].year) == ("93.1%", 2025)
    # the bracket dates its own task only, not the sentences after it (they had taken 2027)
    assert raws_and_years(
        "某县教育发展规划（2026—2030年）",
        "二、主要目标",
        "用两年时间（至2027年）填补城区学位缺口4500个。学生体质健康优良率达到60%。",
    ) == [("4500个", 2027), ("60%", 2030)]


def test_a_project_forms_date_of_use_dates_its_figures_on_a_later_repost() -> None:
    """A project form's `预计投产日期2014年11月` is when its figures are due, though the page
    that reposts it was uploaded later (`上传时间:2019-04-04`), and on an undated page too."""
    assert raws_and_years(
        "上传时间:2019-04-04 格式:DOC",
        "项目名称某幼儿园建设项目 总投资(万元)1200 预计投产日期2014年11月",
        "项目总投资估算1200万元，学校建设规模为18个教学班。",
    )[-2:] == [("1200万元", 2014), ("18个", 2014)]
    assert raws_and_years("总投资\n118000 万元 预期投产日期\n2018 年1月", "占地面积83154平方米。")[
        -1
    ] == ("83154平方米", 2018)


def test_a_schools_opening_in_full_width_digits_dates_its_design_figures() -> None:
    """`…，总投资约６.５亿元，２０２８年秋季建成招生。`: the school's figures are due the year it
    opens, printed in full-width digits as in half-width ones."""
    got = raws_and_years(
        "某县普通高中发展行动计划（2026—2030年）",
        "新建某县第三高级中学，规划用地约１８０亩，可提供学位３０００个，总投资约６.５亿元，"
        "２０２８年秋季建成招生。",
    )
    assert got == [("约１８０亩", 2028), ("３０００个", 2028), ("约６.５亿元", 2028)]


def test_a_milestone_year_after_a_comma_dates_its_own_clause_alone() -> None:
    """`…达到70%左右，2027年达到66%，2028年达到67.5%；力争3—5所…`: the milestones' years are the
    indicator's before them; the clauses after them keep the year the text framed them with, in
    the same sentence or after its `；`."""
    got = raws_and_years(
        "某省高等教育发展规划（2026—2030年）",
        "到2030年，高等教育毛入学率达到70%左右，2027年达到66%，2028年达到67.5%，"
        "新增本科高校2所；力争3—5所高校进入“双一流”建设高校行列。",
    )
    assert got == [("70%左右", 2030), ("66%", 2027), ("67.5%", 2028), ("2所", 2030),
                   ("3—5所", 2030)]  # fmt: skip


def test_milestones_listed_with_fenbie_after_a_deadline_date_only_their_values() -> None:
    """`到2028年底，…控制在5%以内，2026年底、2027年底分别降至10%、7%左右，…减少约5万人；…达到80%以上`:
    the milestones' years date their own values; the clauses after them, in the sentence and
    after its `；`, keep the deadline that opens it (they had taken 2027). Without a deadline
    before them (`2026年招聘180名，2027年、2028年分别招聘不少于150名，其中…`) nothing changes."""
    got = raws_and_years(
        "某市民办教育规范发展三年行动方案（2026—2028年）",
        "到2028年底，全市民办义务教育在校生占比控制在5%以内，2026年底、2027年底分别降至10%、7%左右，"
        "民办义务教育在校生较2025年减少约5万人；普惠性民办幼儿园占比达到80%以上。",
    )
    assert got == [
        ("5%以内", 2028), ("10%", 2026), ("7%左右", 2027), ("约5万人", 2028), ("80%以上", 2028),
    ]  # fmt: skip
    got = raws_and_years(
        "某县教师队伍建设三年行动计划（2026—2028年）",
        "2026年计划招聘新教师180名，2027年、2028年分别招聘不少于150名，其中紧缺学科教师占比不低于30%。",
    )
    assert got[-1] == ("不低于30%", 2028)


def test_parts_after_the_last_milestone_are_due_with_it() -> None:
    """`覆盖率2026年达到75%，2027年达到85%，2028年达到90%以上，其中义务教育学校实现全覆盖，公办幼儿园
    集团化覆盖率达到80%`: the 其中 parts are of the last milestone's level, due with it (they had
    taken the first year)."""
    got = raws_and_years(
        "某区教育集团化办学三年行动计划（2026—2028年）",
        "全区中小学集团化办学覆盖率2026年达到75%，2027年达到85%，2028年达到90%以上，"
        "其中义务教育学校实现全覆盖，公办幼儿园集团化覆盖率达到80%。",
    )
    assert got == [("75%", 2026), ("85%", 2027), ("90%以上", 2028), ("全覆盖", 2028), ("80%", 2028)]


def test_years_listed_before_a_long_name_read_with_fenbie() -> None:
    """`2026年、2027年、2028年，全区义务教育学校交流轮岗教师占符合交流条件教师总数的比例分别不低于10%、
    12%和15%`: the years date the values one by one though the name between them is long (all
    three had taken the last year)."""
    got = raws_and_years(
        "某区教师交流轮岗三年行动计划（2026—2028年）",
        "2026年、2027年、2028年，全区义务教育学校交流轮岗教师占符合交流条件教师总数的比例"
        "分别不低于10%、12%和15%。",
    )
    assert got == [("不低于10%", 2026), ("12%", 2027), ("15%", 2028)]
