"""Pages that report the past: how a news page, a speech or a summary marks its figures as
what was done rather than what is to be done, stated on invented pages."""

from __future__ import annotations

from draft_helpers import drafted_page

from plancmp.draft.build import draft_document
from plancmp.draft.document import Document, Paragraph, Table
from plancmp.draft.prose import Paragraph as Where
from plancmp.draft.prose import Plan, read_paragraph
from plancmp.draft.spans import find_spans
from plancmp.draft.tense import reports_since
from plancmp.draft.text import sentences


def raws(*lines: str) -> list[str]:
    """The printed target of each record drafted from a page of these lines."""
    doc = Document("t.txt", tuple(Paragraph(line) for line in lines))
    return [r.record.target.raw for r in draft_document(doc, "n", []).records]


def test_a_page_told_since_a_past_year_with_no_word_ahead_reports_results() -> None:
    """`2021年以来` over a page that never says what will be done: its bare `新建…所` are
    results; the same figures under a lead that speaks of what is to come stay targets."""
    past = ("某县办学条件持续改善", "2021年以来", "全县新建小学3所", "新增学位3600个")
    assert raws(*past) == []
    ahead = ("某县办学条件持续改善", "2021年以来，全县办学条件持续改善。", "今年将新建小学3所")
    assert raws(*ahead) == ["3所"]


def test_a_since_lead_needs_the_page_to_be_silent_about_what_is_to_come() -> None:
    assert reports_since(["近年来，某区不断加大投入。"], "新建小学3所。")
    assert not reports_since(["近年来，某区不断加大投入。"], "到2025年，新建小学3所。")
    assert not reports_since(["某区教育工作要点"], "新建小学3所。")


def test_a_since_lead_names_a_period_begun_before_the_pages_own_time() -> None:
    """`“十四五”以来` looks back from a page of 2024 as `“十三五”以来` did from one of 2019;
    `“十四五”期间` is looked back on only from a time after that period."""
    body = "全区新建小学3所。"
    assert reports_since(["“十四五”以来，某区办学条件持续改善。"], body, 2024)
    assert not reports_since(["“十四五”以来，某区办学条件持续改善。"], body)
    assert reports_since(["“十四五”期间，某区办学条件持续改善。"], body, 2026)
    assert not reports_since(["“十四五”期间，某区办学条件持续改善。"], body, 2024)
    assert reports_since(["“十二五”期间，某区办学条件持续改善。"], body, 2016)


def test_a_plan_titled_with_its_period_sets_targets_under_a_look_back_opening() -> None:
    """A plan opens on its review (`“十三五”以来，…`) and sets its own period's goals without a
    word of intent (`“十四五”期间，新建…`): its title names a plan of several years, no news page."""
    for title, past, own in (
        ("某县“十四五”教育发展规划", "十三五", "十四五"),
        ("某县“十二五”教育发展规划", "十一五", "十二五"),
        ("某县“十五五”教育发展规划", "十四五", "十五五"),
    ):
        lines = (
            title,
            "一、发展基础",
            f"“{past}”以来，全县新建改扩建学校41所。",
            "二、发展目标",
            f"“{own}”期间，新建幼儿园11所，新增公办学位5200个。",
        )
        assert raws(*lines) == ["11所", "5200个"], title
    news = ("某县办学条件持续改善", "“十三五”以来，全县新建改扩建学校41所。", "新增学位5200个。")
    assert raws(*news) == []


NEWS_2016 = Plan(None, 2016, True, now=2016, news=True, dated=True)


def targets_of(text: str) -> list[str]:
    found, _, _ = read_paragraph(text, Where("正文", False, None, 0), NEWS_2016)
    return [f.raw for f in found]


def test_a_sentence_closing_on_what_its_figures_achieved_reports_them() -> None:
    """`…，更好满足了学生的入学需求`: the additions were made; without the effect reported done,
    or with a word of a target, this year's additions are targets."""
    assert targets_of("某镇今年新增小学1所、幼儿园2所，更好满足了学生的入学需求。") == []
    assert targets_of("某镇今年新增小学1所、幼儿园2所，满足学生的入学需求。") == ["1所", "2所"]
    assert targets_of("某镇今年将新增小学1所，更好满足了学生的入学需求。") == ["1所"]


def test_a_share_a_count_makes_of_a_total_is_no_target() -> None:
    """`…51所，占新增学校总量的60%`: the part of a total that count makes; a target's share
    (`要达到…，占…比重为32.83%`) is a target too."""
    assert targets_of("全市新开办幼儿园51所，占新增学校总量的60%。") == ["51所"]
    assert targets_of("在校生要达到39万人，占在校学生比重为32.83%。") == ["39万人", "32.83%"]


def test_an_allocations_share_of_all_spending_is_set_with_it() -> None:
    """`拨款为80亿元，占政府总开支9.5%`: the share of spending a budget gives an area is
    set as its sum is; a share of schools after a count of them stays a composition."""
    assert targets_of("今年体育方面的经常开支拨款为80亿元，占政府总经常开支9.5%。") == [
        "80亿元",
        "9.5%",
    ]
    assert targets_of("今年新开办小学12所，占新增学校总量的40%。") == ["12所"]


def test_an_approval_describing_whose_cap_is_raised_reports_nothing() -> None:
    """`放宽已获批准…的学院的名额上限至百分之三十`: 已获批准 tells which colleges, inside what a
    verb raises to a value; `已获批准的项目5个` reports what stands."""
    text = "今年将逐步放宽已获批准开办夜校的社区学院的外地学员名额上限至百分之三十。"
    assert targets_of(text) == ["百分之三十"]
    assert targets_of("今年已获批准的改造项目5个。") == []


def test_a_programme_named_a_plan_states_no_intent() -> None:
    """In a report of results, `营养改善计划惠及学生5万余人` names a programme; `计划惠及` alone
    is an intent, which sets a target even there."""
    review = Plan(None, None, False, reads_back=True)

    def read(text: str) -> list[str]:
        found, _, _ = read_paragraph(text, Where("正文", False, None, 0), review)
        return [f.raw for f in found]

    assert read("建成寄宿制学校12所，营养改善计划惠及学生5万余人。") == []
    assert read("建成寄宿制学校12所，明年计划惠及学生5万余人。") == ["5万余人"]


def test_funds_sought_in_a_report_of_results_are_funds_won() -> None:
    """In a report of results, `积极争取上级资金8000万元` tells money won; in a plan it is a goal,
    and `将争取` sets one even in a report."""
    review = Plan(None, None, False, reads_back=True)
    ahead = Plan(None, None, False)

    def read(text: str, plan: Plan) -> list[str]:
        found, _, _ = read_paragraph(text, Where("正文", False, None, 0), plan)
        return [f.raw for f in found]

    text = "积极争取上级资金8000万元，保障教师工资发放。"
    assert read(text, review) == []
    assert read(text, ahead) == ["8000万元"]
    assert read("明年将争取上级资金8000万元。", review) == ["8000万元"]


def test_a_plan_already_made_for_a_year_ahead_sets_a_target() -> None:
    """`已规划在2027年增加二班`: the plan is made, what it sets is still to come; `已增加二班`
    is done."""
    undated = Plan(None, None, False, news=True)

    def read(text: str) -> list[tuple[str, int | None, str | None]]:
        found, _, _ = read_paragraph(text, Where("正文", False, None, 0), undated)
        return [(f.raw, f.year, f.baseline.raw if f.baseline else None) for f in found]

    planned = (
        "教育局已规划在2027年于某小学附设幼儿园增加二班，届时公幼比例将由原先的三成增加至五成。"
    )
    assert read(planned) == [("二班", 2027, None), ("五成", 2027, "三成")]
    assert read("教育局已于某小学附设幼儿园增加二班。") == []


def test_since_a_founding_what_follows_is_how_things_stand() -> None:
    """`从设立之初，…总园3班借住在…`: since the school was founded, a state reported."""
    text = "议员表示，该园从设立之初，就没有自己的用地，所以总园3班借住在文化馆，分班2班寄居在活动中心。"
    assert targets_of(text) == []
    assert targets_of("该园总园3班借住在文化馆，分班2班寄居在活动中心。") == ["3班", "2班"]


def test_an_outline_heading_number_is_no_value() -> None:
    """`6.2人力资源需求` in a table of contents: the heading's number runs into its words; a
    line that is a value with its unit (`1.2万人次`) stays one."""
    assert raws("某县学校建设方案", "6.1资金需求", "6.2人力资源需求", "10.1方案总结") == []
    assert find_spans("1.2万人次") != []


def test_a_target_cited_in_quotes_from_another_plan_is_read() -> None:
    """`规划提出“每个县至少建成3所示范性普通高中”`: a cited target; `将“新建改扩建1000所幼儿园”
    列入民生实事` names an item, as `“4个100”` names a programme."""
    cited = "省规划提出“每个县至少建成3所省级示范性普通高中”。"
    assert targets_of(cited) == ["至少建成3所"]
    assert targets_of("省政府将“新建改扩建1000所幼儿园”列入民生实事。") == []


def test_a_level_cited_in_quotes_with_any_verb_that_brings_it_is_read() -> None:
    """`要求“…比例降至3%”`, `提出“…覆盖率上升至85%”`: any verb that brings a level (text.REACHES),
    not only `达到`, makes the quote a cited target."""
    assert targets_of("省规划要求“义务教育大班额比例降至3%”。") == ["3%"]
    assert targets_of("省规划提出“每个县普惠性幼儿园覆盖率上升至85%”。") == ["85%"]


def test_a_quote_of_work_still_to_be_done_holds_targets() -> None:
    """`明确今年要高质量完成“新建改扩建幼儿园80所，建成投用38所公办园”民生实事项目`: what is to
    be done (要/将/确保…完成) is the target the quote states; what was done (`已完成“…”`) is not."""
    quoted = "会议明确今年要高质量完成“新建改扩建幼儿园80所，建成投用38所公办园”民生实事项目。"
    assert targets_of(quoted) == ["80所", "38所"]
    assert targets_of("全县已完成“新建改扩建幼儿园80所”民生实事项目。") == []


def test_a_question_mark_inside_a_word_stands_for_a_lost_character() -> None:
    """`占新增学?总量的60%`: the page lost a character; `…吗?` and a `?` before a space end a
    question."""
    assert len(sentences("新开办幼儿园51所，占新增学?总量的60%。")) == 1
    assert len(sentences("能否按期建成吗?目前已开工。")) == 2
    assert len(sentences("能否按期建成? 目前已开工。")) == 2


def test_a_question_mark_before_a_lost_characters_reading_ends_nothing() -> None:
    """`小编为大家?dài)来了…`: a repost printed the lost character's pinyin after the `?`;
    the sentence goes on, and a frame retelling the headline keeps its figure out."""
    assert len(sentences("本站小编为大家?dài)来了某县投入2亿元建学校的文章。")) == 1
    assert targets_of("本站小编为大家?dài)来了某县投入2亿元建学校的文章。") == []


def test_a_forecast_of_people_is_no_target() -> None:
    """`户籍人口预计每年将新增2-3万人`: a projection schools must answer; `满足…就学人口` and
    places to add stay targets."""
    assert targets_of("全市户籍人口预计平均每年将新增2-3万人。") == []
    assert targets_of("预计今年将新增学位2万个。") == ["2万个"]


def test_a_forecast_of_graduates_is_no_target() -> None:
    """`今年高校毕业生预计1270万人`: how many will leave school, which jobs must answer; a rate
    of them the plan sets stays a target."""
    assert targets_of("今年高校毕业生预计1270万人。") == []
    assert targets_of("今年中职毕业生就业率预计达到95%。") == ["95%"]


def test_a_share_reached_after_a_count_is_a_target() -> None:
    """`建成示范性高中12所，占比达到60%`: the share is a level set, not a composition."""
    assert targets_of("全市建成示范性高中12所，占比达到60%。") == ["12所", "60%"]


def test_a_headline_restating_a_result_in_words_adds_no_target() -> None:
    """`某省实现乡镇公办园全覆盖` over `…实现了乡镇公办幼儿园100%全覆盖`: the sentence reports the
    fact the headline states in words; a headline whose fact the text never prints stands."""
    menu = "城市: 北京天津河北山西辽宁四川吉林"  # a page's menu, taken for its title
    body = "记者从省统计局获悉：2018年全省共有公办幼儿园3253所，实现了乡镇公办幼儿园100%全覆盖。"
    assert raws(menu, "某省实现乡镇公办园全覆盖", body) == []
    other = "记者从省统计局获悉：2018年全省共有公办幼儿园3253所。"
    assert raws(menu, "某省实现乡镇公办园全覆盖", other) == ["全覆盖"]


def test_a_closing_word_ahead_without_a_figure_leaves_a_report_a_report() -> None:
    """`下一步，将继续加大投入。` looks ahead but sets nothing: the page still reports."""
    assert reports_since(["近年来，某区不断加大投入。"], "新建小学3所。下一步，将继续加大投入。")


def test_a_since_phrase_deep_in_a_page_is_not_its_lead() -> None:
    """`近年来，…` in a page's last paragraph gives background; the opening says what it reports."""
    lines = ["某校新校区启用", "某报记者", "新春走基层", "新建的学校可满足3000余名学生就读。"]
    assert raws(*lines, "区委决定将学校迁建到城北。", "近年来，城区学位紧张。") == ["3000余名"]


REPOST_2023 = Plan(None, None, False, now=2023, dated=True)


def test_a_clause_that_says_what_will_be_done_is_a_target_on_a_later_reposted_page() -> None:
    """A page reposted in 2023 dates `到2017年` in its past; `将新建` still sets what the
    programme was to reach by then, while a past year with no `将` reports what was done."""

    def read(text: str) -> list[str]:
        found, _, _ = read_paragraph(text, Where("正文", False, None, 0), REPOST_2023)
        return [f.raw for f in found]

    assert read("到2017年，全市将新建学校115所，新增学位16.3万个。") == ["115所", "16.3万个"]
    assert read("2017年，全市新建学校115所，新增学位16.3万个。") == []


def test_a_target_quoted_in_a_report_of_its_progress_is_a_target() -> None:
    """A progress report quotes the year's target it measures: a quote a target's noun
    introduces (`一项指标就是“…80所…”`) or closes on (`“…200所…”的目标任务`) holds targets, even
    after `截至`; a quote of a target reported met, or a programme's short name, holds none."""
    assert targets_of("今年民生实事中一项指标就是“全市新建幼儿园80所”。目前已建成67所。") == [
        "80所"
    ]
    closing = "截至年底，省里确定了“新建公办幼儿园200所，新增公办学位9万个”的目标任务。"
    assert targets_of(closing) == ["200所", "9万个"]
    assert targets_of("全省已超额完成“新建幼儿园1000所”目标任务。") == []
    assert targets_of("全县已完成“4个100”工程。") == []
    found, _, _ = read_paragraph(
        "今年一项指标就是“全市新建幼儿园80所”。", Where("正文", False, None, 0), NEWS_2016
    )
    assert [f.name for f in found] == ["新建幼儿园"]  # named inside the quote


def test_a_lead_saying_what_was_achieved_makes_the_page_a_report_of_results() -> None:
    lead = "近日，记者从某区教育局了解到，2023年，某区教育系统取得了教育强区建设的显著成果，新增学位1.2万个。"
    body = "2023年，某区新建改扩建公办幼儿园4所，新增学位3100余个。"
    assert raws("某区2023年新增学位1.2万个", lead, body) == []
    goal = "近日，记者从某区教育局了解到，2023年，某区力争取得教育强区建设的显著成果，新增学位1.2万个。"
    assert raws("某区2023年新增学位1.2万个", goal, body) == ["1.2万个", "4所", "3100余个"]


def test_works_reported_done_and_their_share_of_the_plan_are_progress() -> None:
    lines = ("某市教育项目推进情况", "今年，某市将新建学校项目150个。")
    done = "150个学校项目顺利完成融资37亿元，占计划融资数的92.5%。"
    assert raws(*lines, done) == ["150个"]
    assert raws(*lines, "今年计划融资37亿元，占年度投资的92.5%以上。") == [
        "150个",
        "37亿元",
        "92.5%以上",
    ]


def test_a_period_the_text_plans_for_is_its_own_not_its_past() -> None:
    drafted = drafted_page(
        "“十三五”期间，每年全区新建、改扩建义务教育学校16所。到2020年，学前三年毛入园率达到88%。"
    )
    assert [(raw, year) for _, raw, year in drafted] == [("16所", 2020), ("88%", 2020)]


def test_a_period_before_the_one_planned_for_is_past() -> None:
    drafted = drafted_page(
        "“十四五”期间，全区新建学校14所。", "到2030年，学前三年毛入园率达到96%。"
    )
    assert [(raw, year) for _, raw, year in drafted] == [("96%", 2030)]


def test_works_quoted_as_one_of_the_years_tasks_are_its_target() -> None:
    """`把“新建…9所”列为民生实事之一`: a quote that counts what a verb makes, closed on its
    figure and listed among the year's tasks, is the task's target; a programme's name that
    holds a figure (`“…9所幼儿园工程”列入…`) or a quote of no verb (`“4个100”`) is not."""
    assert targets_of("今年，某县把“新建公办幼儿园9所”列为十大民生实事之一。") == ["9所"]
    assert targets_of("某区将“新增公办学位4200个”纳入年度民生实事项目。") == ["4200个"]
    assert targets_of("某市将“4个100”列入民生实事项目。") == []
    assert targets_of("某县将“新建9所乡村幼儿园工程”列入民生实事项目。") == []


def test_a_year_that_listed_its_programme_is_gone_on_a_page_dated_later() -> None:
    """`2018年，某市将…确定为民生实事项目` uses 将 to bring forward what was named (the object
    marker), not to say "will": on a page dated the next year its counts are that year's
    results; on a page of the same year they are the year's targets."""
    lines = (
        "某市新建一批乡村小学",
        "发布时间:{}/3/9 来源:某报",
        "2018年,某市将“乡村小学建设工程”确定为民生实事项目,新建小学8所、改扩建小学12所。",
        "到2021年,全市小学标准化率达到95%。",
    )
    later = [line.format(2019) for line in lines]
    assert raws(*later) == ["95%"]
    same = [line.format(2018) for line in lines]
    assert raws(*same) == ["8所", "12所", "95%"]


def test_a_plan_that_counts_its_stock_at_a_years_end_was_written_after_that_year() -> None:
    """`截至2021年末，新区已有幼儿园150所` in a plan of 2021-2035: the plan was written once 2021
    was over, so what that year's sentence counts (`2021年，新区增建12所`) is its result; without
    the count at the year's end, the plan's first year may set its own targets."""
    title = "某新区学校布局专项规划(2021-2035年)"
    first = "2021年,新区增建幼儿园12所,增加学位3600个。"
    goal = "到2035年,新区新建小学20所。"
    assert raws(title, first + "截至2021年末,新区已有幼儿园150所。", goal) == ["20所"]
    assert raws(title, first, goal) == ["12所", "3600个", "20所"]


def test_a_stock_due_at_a_years_end_is_a_plans_target_not_a_count_of_the_past() -> None:
    """`截至2027年底，全区将有…`, `…累计新建…` in a plan of 2023-2035: what is to stand by then,
    a target itself, and the plan's 2027 targets stay; a stock at the end of a year before the
    plan's (`截至2022年底，已有…`) is where things stood."""
    title = "某区中小学布局规划(2023-2035年)"
    rest = "2027年,新建小学3所。到2035年,新建初中5所。"
    for stock, count in (("全区将有公办幼儿园60所", "60所"), ("全区累计新建学校14所", "14所")):
        assert raws(title, f"截至2027年底,{stock}。", rest) == [count, "3所", "5所"]
    assert raws(title, "截至2022年底,全区已有公办幼儿园40所。", rest) == ["3所", "5所"]


def test_a_rate_due_at_the_end_of_a_year_ahead_of_the_page_is_a_target() -> None:
    """`截至<year>年底` in a page of an earlier year counts to a deadline (a target, with or
    without 将); to a year already over it reports; on an undated page, 将 says which."""
    title = "某区2026年教育工作要点"
    ahead = "截至2027年底,全区普惠性幼儿园覆盖率达到92%。"
    over = "截至2025年底,全区普惠性幼儿园覆盖率达到87%。"
    assert raws(title, ahead, over) == ["92%"]
    assert raws("某区教育发展情况", "截至2028年底,全区将有幼儿园70所。") == ["70所"]
    assert raws("某区教育发展情况", "截至2028年底,全区有幼儿园70所。") == []


def test_a_headline_count_a_sentence_reports_as_done_is_that_result() -> None:
    """A headline of two figures, copied again under a picture (`…_fororder_配图-1`), whose
    count a sentence of the text tells as done (`…活动，当天共有7个学校项目同日开工`): the count
    is that result, not the headline's own target."""
    lines = (
        "某县:投资约12亿元 7个学校项目同日开工",
        "来源:某台  |  2022-09-04 10:12:30",
        "9月3日,某县举行校园建设项目集中开工活动,当天共有7个学校项目同日开工。",
        "某县:投资12亿 7个学校项目同日开工_fororder_配图-1",
        "据悉,这些学校建成后将缓解城区入学压力。",
    )
    assert "7个" not in raws(*lines)


def test_a_rate_a_years_plan_aims_to_move_past_last_years_is_a_target() -> None:
    """`近视率力争比上年下降0.8个百分点` in a year's work points: a change the year sets, with a
    word of a target or after a target in its sentence (`合格率达到95%以上，优良率比上年提高2个
    百分点`); without either (`…比上年下降0.8个百分点`), or for an amount (`计划投资较上年
    增加2亿元`), the comparison is told, as reports tell it."""
    title = "2026年某区教育工作要点"
    assert raws(title, "全区学生总体近视率力争比上年下降0.8个百分点。") == ["下降0.8个百分点"]
    assert raws(title, "全区学生总体近视率比上年下降0.8个百分点。") == []
    both = "体质健康测试合格率达到95%以上，优良率比上年提高2个百分点。"
    assert raws(title, both) == ["95%以上", "提高2个百分点"]
    assert raws(title, "全区安排民生投资9亿元，计划投资较上年增加2亿元。") == ["9亿元"]


def test_items_a_years_programme_lists_as_newly_finished_are_what_it_sets() -> None:
    """A lead of works newly finished (`新建成投用学校…`) reports results, but not under a
    title that names a programme of work (`…民生实事项目`), whose items it sets; a report of
    how the programme went (`…完成情况`) still reports."""
    items = ("1.新建成投用学校3所，区实验中学（36班，1620个学位）等3所学校8月投入使用。",)
    assert raws("某县2028年教育民生实事项目", *items) == ["3所", "36班", "1620个", "3所"]
    assert raws("某县2028年教育民生实事项目完成情况", *items) == []


def test_a_lead_that_sets_a_year_for_results_to_show_looks_ahead() -> None:
    """`到2028年，…取得阶段性成效`: 成效 is what the goal year is to see, not what was won, so the
    plan's bare counts later on stay targets."""
    page = (
        "某市教育强市建设纲要（2026—2035年）",
        "二、主要目标",
        "到2028年，教育强市建设取得阶段性成效，学前教育普惠率达到92%以上，标准化达标率达到100%。",
        "三、重点任务",
        "（一）实施学前教育扩容工程。2026—2030年，新建公办幼儿园40所。",
    )
    assert raws(*page) == ["92%以上", "100%", "40所"]


def test_a_lead_that_counts_results_to_a_years_end_looks_back() -> None:
    """`截至2024年底，…取得显著成效`: 截至 dates what was won, no goal of that year, so the page
    reports, whether it writes 截至, 截止 or 截止到; `到2029年，…` would set a goal."""
    rest = "，全市累计建成学校14所，新增学位9600个，教育发展取得显著成效。"
    for lead in ("截至2024年底", "截止2024年底", "截止到2024年底"):
        assert raws("某市教育发展纪实", lead + rest, "全市小学入学率达到99.6%。") == []


def test_a_plans_review_that_tells_its_successes_leaves_its_goals_targets() -> None:
    """A plan's first section tells what the last period won (`…取得显著成效`); its goals, in
    bare words (`…达到99%以上`, `新建…12所`), are still targets. A report on how a plan went
    (`…规划实施情况`) reads back."""
    body = (
        "一、发展基础",
        "“十四五”期间，全县教育事业取得显著成效，累计新建改扩建学校21所，新增学位1.4万个。",
        "二、发展目标",
        "学前三年毛入园率达到99%以上，新建改扩建中小学12所。",
    )
    assert raws("某县教育事业发展“十五五”规划", *body) == ["99%以上", "12所"]
    assert raws("某县教育事业发展“十四五”规划实施情况", *body) == []


def test_a_programme_titled_by_its_own_name_sets_targets_after_a_lead_looking_back() -> None:
    """`…实施方案` over `近年来，…取得显著成绩`: the lead is the programme's review; its bare counts
    are targets. A page whose title only mentions a plan (`…纳入了…规划`) still reports."""
    body = ("近年来，我县义务教育均衡发展取得显著成绩，2021年通过国家评估认定。", "新建学校7所。")
    assert raws("某县义务教育优质均衡发展实施方案", *body) == ["7所"]
    assert raws("“优质均衡”纳入了某县发展规划", *body) == []


def test_a_span_of_past_years_and_a_then_and_now_contrast_report_results() -> None:
    """`从2018年到2022年，…由…提高到…` is a span looked back on, its 从 no level's start;
    `从…之初的…，到2022年…` contrasts then and now: the 到 reached no deadline. The page's
    target for a later year stays."""
    assert raws(
        "某市教育发展成就综述",
        "从2018年到2022年，全市新增劳动力平均受教育年限由12.9年提高到13.8年。",
        "从建市之初的初中毛入学率不足六成，到2022年初中毛入学率达到101.2%。",
        "到2028年，全市新建中小学16所。",
    ) == ["16所"]


def test_a_year_ahead_after_a_clause_opening_on_cong_is_a_deadline_still() -> None:
    """`从严…，到2028年…` in a report of 2026: the 从 opens a manner, no then, and a year after
    the page's own is a deadline; the report's results stay results."""
    assert raws(
        "某县2026年教育工作总结",
        "一年来，全县改造校舍4处。",
        "从严规范办学行为，到2028年全县普通高中班额不超过50人。",
    ) == ["不超过50人"]


def test_a_span_from_this_year_or_next_to_a_later_year_is_ahead() -> None:
    """`明年到2028年，…` in a report of 2026 runs from now on: its 到 sets a deadline, unlike
    the end of a span from a past year (`从2018年到2022年`)."""
    for start in ("明年", "今年"):
        assert raws(
            "某市2026年教育工作总结",
            "一年来，全市改造校舍6处。",
            f"{start}到2028年，全市新建托育园12所。",
        ) == ["12所"]


def test_a_monitoring_reports_table_with_a_column_of_goals_sets_them() -> None:
    """`指标 | 2025年 | 2026年 | 2027年目标` in a monitoring report of 2026 published in January 2027:
    the goals column sets targets (the table had been read as the report's results, every figure
    of a year up to the page's own)."""
    doc = Document(
        "report.txt",
        (
            Paragraph("某市2026年儿童青少年近视和体质健康监测情况报告"),
            Paragraph("发布时间：2027-01-20"),
            Paragraph("二、监测结果"),
            Paragraph("2026年全市儿童青少年总体近视率为51.6%。"),
            Table(
                (
                    ("指标", "2025年", "2026年", "2027年目标"),
                    ("总体近视率（%）", "52.5", "51.6", "≤50.8"),
                    ("体质健康达标优良率（%）", "54.1", "56.3", "≥58"),
                ),
                "表1　主要监测指标及2027年目标",
            ),
        ),
    )
    got = [
        (d.record.target.raw, d.record.target.year)
        for d in draft_document(doc, "report", []).records
    ]
    assert got == [("≤50.8", 2027), ("≥58", 2027)]


def test_an_excerpt_that_opens_on_its_review_still_sets_its_goals() -> None:
    """A plan's text that opens on its review of the period past (`（二）发展成就。“十三五”期间…`, a
    PDF's pages from the fifth on) reads back only until its part of goals (`（三）发展目标。到2025年`):
    the review's figures are results, the goals' targets."""
    review = (
        "（二）发展成就。“十三五”期间，全市累计投入教育经费286.4亿元，新建、改扩建中小学幼儿园63所，"
        "新增学位5.2万个。2020年，全市学前三年毛入园率达到91.2%。"
    )
    goals = "（三）发展目标。到2025年，全市教育现代化水平显著提升。具体目标是："
    item = "1.学前教育普及普惠。学前三年毛入园率由91.2%提高到95%以上，普惠性幼儿园覆盖率达到92%。"
    assert raws(review, goals, item) == ["95%以上", "92%"]
    assert raws(review, item) == []


def test_a_section_of_the_pages_own_year_to_come_sets_targets_in_a_report_of_results() -> None:
    """A report dated January 2027 of 2026's 民生实事, filed under 工作总结 (it reads back), whose
    `三、2027年教育民生实事项目安排` is the year's arrangements: that section's items are targets
    (they had been read as results, the report's year being the heading's), the results above
    them are not."""
    got = drafted_page(
        "某县人民政府门户网站 > 信息公开 > 部门信息公开目录 > 县教育局 > 工作总结",
        "索引号：11330521002595XXXX/2027-123456　　发布机构：县教育局　　发文日期：2027-01-20",
        "某县教育局2026年教育民生实事项目完成情况及2027年工作安排",
        "来源：县教育局　　浏览次数：1326",
        "一、2026年教育民生实事项目完成情况",
        "2026年，县教育局承担县政府民生实事项目6项，全部超额完成年度目标任务。",
        "（一）学校建设。城北小学等5所学校建成投用，新增学位3360个，完成年度目标的112%。",
        "（二）“阳光厨房”提升。完成15所学校食堂提升改造，全县“阳光厨房”实现全覆盖。",
        "（三）教室照明改造。完成中小学教室照明改造420间，惠及学生1.6万人。",
        "（四）课后服务。义务教育学校课后服务覆盖率100%，学生参与率达到91.3%。",
        "二、存在的不足",
        "一是城区学位需求仍在增长；二是全县仍有9所中小学未配备专职心理健康教师。",
        "三、2027年教育民生实事项目安排",
        "经县政府常务会议研究，2027年县教育局承担民生实事项目7项，计划总投资约3.1亿元。",
        "（一）新建改扩建学校。新建改扩建学校4所，其中幼儿园2所、小学1所、初中1所，新增学位"
        "2880个，9月前全部投入使用。",
    )
    assert [(raw, year) for _, raw, year in got] == [
        ("约3.1亿元", 2027), ("4所", 2027), ("2所", 2027), ("1所", 2027), ("1所", 2027),
        ("2880个", 2027),
    ]  # fmt: skip
