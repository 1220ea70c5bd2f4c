"""Pages and sections that report results set no targets: rules read from how reviews and
plan openings are written, each stated on invented sentences."""

from __future__ import annotations

from pathlib import Path

from draft_helpers import drafted_page

from plancmp.draft.build import draft_document
from plancmp.draft.captions import with_captions_joined
from plancmp.draft.dating import reported_year
from plancmp.draft.document import Document, Paragraph
from plancmp.draft.read import read_document
from plancmp.draft.spans import find_spans
from plancmp.draft.title import looks_back


def drafted(*lines: str) -> list[str]:
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    return [r.record.target.raw for r in draft_document(doc, "n", []).records]


def test_a_headline_that_says_how_far_a_figure_moved_looks_back() -> None:
    """`…入园率98.96% 提高了3.48个百分点`: the move is done; `…将提高3个百分点` is still ahead."""
    assert looks_back("某省学前教育三年入园率98.96% 提高了3.48个百分点")
    assert not looks_back("某省学前教育三年入园率将提高3个百分点")


def test_a_headline_that_says_how_far_a_figure_was_cut_looks_back() -> None:
    """Any verb of change of the value grammar said done (`压减了`, `缩小了`) reports the move."""
    assert looks_back("某县大班额比例压减了5个百分点")
    assert looks_back("某县城乡生均经费差距缩小了12.5%")
    assert not looks_back("某县大班额比例将压减5个百分点")


def test_a_headline_that_a_years_programme_was_completed_reads_back_its_next_years_list() -> None:
    """`…2026年教育领域民生实事全面完成`: the year's figures are results (they had been drafted as
    2026 targets); the next year's list after `2027年，我市将…。计划…` sets targets, each item
    a `；` goes on with (not only the first, which names the plan)."""
    assert looks_back("某市2026年教育领域民生实事全面完成")
    assert not looks_back("某市确保2026年教育领域民生实事全面完成")
    got = drafted(
        "某市2026年教育领域民生实事全面完成",
        "发布时间：2026-12-29 09:15",
        "本报讯 记者从市教育局获悉，我市2026年教育领域民生实事8个项目已全部完成年度目标任务。",
        "学位供给持续扩容。全市128所小学开展暑期托管服务，课后服务学生参与率达到96.8%。",
        "市教育局有关负责人表示，2027年，我市将继续把教育作为民生实事的重中之重。计划新建中小学"
        "幼儿园15所，新增学位1.2万个；完成120所中小学教室照明改造；新增标准化校车40辆。",
    )
    assert got == ["15所", "1.2万个", "120所", "40辆"]


def test_a_pupils_marks_are_no_word_of_a_review() -> None:
    """`中考综合成绩稳居全市第一方阵` in a work programme's first goal sentence: 成绩 there is
    pupils' marks, not the year's achievements (the page had been read as a review and its
    targets dropped); `取得的成绩` still tells a review."""
    got = drafted(
        "某县教育局2027年工作要点",
        "一、总体目标",
        "全年新增公办学位3000个，学生体质健康优良率达到60%，中考综合成绩稳居全市第一方阵。",
    )
    assert got == ["3000个", "60%"]
    got = drafted(
        "某县教育局工作情况",
        "过去一年取得的成绩令人鼓舞：全年新增公办学位3000个，学生体质健康优良率达到60%。",
    )
    assert got == []
    assert looks_back("我县2025年高考成绩再创新高")  # exam results reported: a review


def test_a_press_release_under_a_headline_of_a_rise_drafts_nothing() -> None:
    """Rates kept and counts reached beside the headline's rise are results too, though they
    are printed with 保持在…以上 and 至少, as targets are."""
    got = drafted(
        "某省学前教育三年入园率98.96% 提高了3.48个百分点",
        "2022-09-20 10:54:38",
        "近日,某省召开新闻发布会,介绍党的十八大以来某省教育改革发展相关情况。",
        "同10年前相比,全省学前教育三年入园率98.96%,提高了3.48个百分点;"
        "九年义务教育巩固率保持在99%以上;高中阶段毛入学率97.03%。",
        "某省实现每个县至少有1所中职学校,中高职毕业生就业率连续多年保持在95%以上。",
    )
    assert got == []


def test_a_numbered_heading_of_a_periods_results_with_a_full_stop_is_a_heading() -> None:
    """`（一）“十二五”教育事业发展取得的成绩与经验。`: a numbered name with a full stop and no
    comma or figure heads the review below it, whose counts are results."""
    got = drafted(
        "某省“十三五”教育发展规划",
        "一、教育事业发展面临的形势",
        "(一)“十二五”教育事业发展取得的成绩与经验。",
        "坚持推进教育现代化建设。教育部确定22个示范区和5所高校示范点先行先试。",
    )
    assert got == []


def test_the_inputs_of_a_reckoned_shortfall_are_no_targets() -> None:
    """`到2020年，户籍适龄儿童45.5万人，…按照85%的入园率来测算，仍将面临约17万个学位缺口`: the
    children expected and the rate assumed are what a need is reckoned from; a goal the gap is
    reckoned against (`按照…达到100%的目标测算`) is a target."""
    got = drafted(
        "某市学前教育供给保障情况",
        "根据2015年至2017年出生人口数,到2020年,本市户籍适龄儿童45.5万人,非户籍适龄儿童28万人,"
        "按照教育部要求的85%的入园率来测算,本市仍将面临约17万个学位缺口。",
        "到2020年,按照学前三年毛入园率达到100%的目标测算,学位缺口为26145个。",
    )
    assert got == ["100%"]
    got = drafted(
        "某区2021年学校建设计划",
        "今年新建小学2所。如果以一个班级45人计算,预计可提供学位1080个;按每班班额30人计算,可容纳720人。",
    )
    assert "45人" not in got and "30人" not in got and "2所" in got


def test_a_trend_a_page_observes_is_no_target() -> None:
    """`…但呈现“城镇学校在校生逐年增加”的特征`: what the figures show, not what a plan sets;
    `城镇学校学位逐年增加` set by a plan is a target."""
    observed = (
        "当前,全市义务教育阶段在校生总数基本稳定,"
        "但呈现“城镇学校在校生逐年增加,农村学校在校生逐年减少”的鲜明特征。"
    )
    assert drafted(observed) == []
    assert drafted("到2025年,某市城镇学校学位逐年增加。") != []
    goal = "到2025年,全市学前教育呈现普及普惠新格局,学前三年毛入园率达到95%。"
    assert drafted(goal) == ["95%"]


def test_the_features_a_new_rule_presents_are_what_it_sets() -> None:
    """`新规呈现三大特征:` heads what the rule provides (its targets); `需求呈现三大特征:` heads
    what is observed."""
    opening = "2025年秋季学期，教育部实施意见正式落地。"
    items = "• 配备标准化:明确师生比不低于1:500,寄宿制学校增配1名"
    assert drafted(opening, "2025新规呈现三大突破性特征:", items) == ["不低于1:500", "1名"]
    assert drafted(opening, "各地需求呈现三大突破性特征:", items) == []


def test_a_report_of_a_years_completion_dates_an_undated_page() -> None:
    """A page from the press conference on `2020年…民心工程完成情况` was written in 2020 or
    after: a total over 2018 to 2020 sums what was done, while the rates it says the year will
    reach are targets."""
    assert (
        reported_year("这是记者从日前召开的“2020年某省20项民心工程完成情况”新闻发布会上获悉的。")
        == 2020
    )
    got = drafted(
        "某省新闻网讯 经测算,到2020年底,某省能够实现学前三年毛入园率达到88%的发展目标。"
        "这是记者从日前召开的“2020年某省20项民心工程完成情况”新闻发布会上获悉的。",
        "2018年至2020年,通过幼儿园建设民心工程,某省共新建、改扩建公办幼儿园785所,新增学位8.69万个。",
    )
    assert got == ["88%"]


def test_a_figure_on_its_own_line_reads_with_the_caption_above_it() -> None:
    """`今年安排学前教育资金` over `92亿元`, with running text around them: a news page sets a
    figure large under its caption; the short lines of a table printed one cell a line
    (`资金总额` over `800万元` over `当年资金总额:`) are not captions."""
    got = drafted(
        "某市学前教育工作会议召开",
        "副市长表示,下一步,将研究鼓励企事业单位办园政策。",
        "今年安排学前教育资金",
        "92亿元",
        "未来,所有普惠性幼儿园都将逐渐实现“四同”。",
    )
    assert got == ["92亿元"]
    cells = ("项目资金", "资金总额", "800万元", "当年资金总额:", "800万元")
    doc = Document("t.txt", tuple(Paragraph(t) for t in cells))
    assert with_captions_joined(doc) == doc


def test_a_year_on_a_line_of_its_own_is_no_caption_figure() -> None:
    """`2023年` under a short line dates what follows; it is no figure of the line above."""
    doc = Document(
        "t.txt", tuple(Paragraph(t) for t in ("某区教育工作", "2023年", "全区将新建学校3所。"))
    )
    assert with_captions_joined(doc) == doc


def test_a_blogs_report_heads_its_results_and_goals_with_pictographs_after_them(
    tmp_path: Path,
) -> None:
    """`回顾2023年工作成果🏆` heads last year's results, `展望2024年工作目标🎯` the year's goals:
    a pictograph after a line is no part of it, and a line closed by `。` before one ends there."""
    path = tmp_path / "report.txt"
    path.write_text(
        "某县2024工作报告📜\n"
        "各位代表，我代表县政府，向大家汇报2024年的工作报告。🌟\n"
        "回顾2023年工作成果🏆\n"
        "过去的一年,全县取得了显著的成绩。\n"
        "经济发展稳中向好,财政收入增长5%,粮食产量稳定在10万吨以上。📈\n"
        "展望2024年工作目标🎯\n"
        "2024年,努力实现以下目标:\n"
        "经济高质量发展,确保GDP增长7%,财政收入增长6%。📈💪\n",
        encoding="utf-8",
    )
    got = draft_document(read_document(path), "n", []).records
    assert [(r.record.name, r.record.target.raw) for r in got] == [
        ("GDP", "增长7%"),
        ("财政收入", "增长6%"),
    ]


def test_a_bounded_ratio_is_one_span_with_its_bound() -> None:
    """`比例不得低于1∶15`: the bound, both terms and the ratio sign make one value."""
    text = "专任教师与在园幼儿总数比例不得低于1∶15。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["不得低于1∶15"]


def test_a_page_of_works_finished_this_term_reads_a_project_still_being_built_as_a_plan() -> None:
    """`今年秋季某区新完成的学校建设包括…`: the works finished are reported — their land, floor area
    and the places they gave are results. A project whose second phase `正同步施工中` keeps the
    whole school's scale and that phase's figures as targets; what works `可以增加` once full is
    still ahead."""
    got = drafted(
        "今年秋季某区新完成的义务教育阶段的学校建设包括：甲小学的新建、丙中学的拆除重建、乙学校迁建。",
        "今年这些项目为某区新增学位1765个，而随着学校逐年招生，它们总共可以增加1.2万个学位。",
        "某区教育局说，一般来说，建一所学校需要四年时间。",
        "甲小学新建项目",
        "总用地面积2.6万平方米，新校舍于今年9月交付学校使用。",
        "乙学校迁建项目",
        "为90班规模的九年一贯制学校。一期工程总建筑面积为24000平方米，校舍于今年9月交付学校使用。"
        "二期工程（含约400个地下停车库）正同步施工中，建成后共可提供小学学位540个。",
    )
    assert "1.2万个" in got
    assert "约400个" in got and "540个" in got
    assert "1765个" not in got
    assert "2.6万平方米" not in got and "24000平方米" not in got


def test_a_compiled_round_up_of_results_keeps_only_what_it_says_is_ahead() -> None:
    """An undated round-up whose items end on citation marks and are mostly marked done (了,
    成功创建, 被…录取, 建设完成): its years and rates are what was reached; an item that says
    计划 or 将 still sets a target."""
    got = drafted_page(
        "社会事业 - 某县2024年义务教育巩固率保持在97.3%,学前教育毛入园率达到93%,同比提高0.5个百分点[1] "
        "- 县实验小学迁建项目计划投资1.2亿元[2] - 2024年某县38名考生被重点高校录取[2] "
        "- 城南安置房总投资1.6亿元,解决了430户群众的住房问题[3] - 成功创建美丽乡村示范点5个[4] "
        "- “十四五”期间,某县改造完成危桥12座,新建村级服务站9个[5] "
        "- 2024年某县新开工3个棚户区改造项目,建成后将惠及700户群众[6]"
    )
    assert [raw for _, raw, _ in got] == ["1.2亿元", "700户"]


def test_a_year_in_a_sentence_that_looks_back_over_recent_years_is_one_of_them() -> None:
    """`近年来，…先后改善…，2022年教育经费总投入为2.14亿元，2023年争取上级资金…`: the years
    are those the sentence looks back over, and `争取…资金` is money won; they date no target."""
    got = drafted_page(
        "某旗第二幼儿园建成后可新增学位360个。",
        "近年来,某旗先后改善5所幼儿园办学条件,2022年教育经费总投入为1.5亿元,"
        "2023年争取上级专项资金3200万元。投入0.9亿元推动某校教学楼等6个重点项目建设,"
        "项目数与投入数创历年最高。",
    )
    assert [(raw, year or None) for _, raw, year in got] == [("360个", None)]


def test_a_count_of_schools_that_ranks_one_of_them_is_no_target() -> None:
    """`这也是该旗5所公办幼儿园中唯一…`: how many stand, told to rank one of them."""
    got = drafted_page("某园建成后可新增学位270个,这也是该县5所公办幼儿园中唯一一所省级示范园。")
    assert [raw for _, raw, _ in got] == ["270个"]


def test_a_text_of_results_that_goes_on_to_its_plan_keeps_the_plans_targets() -> None:
    """Statements marked done (成功创建, 被…录取, 改造完成) make no round-up of a text that has a
    section of its plan (`二、工作计划`): what the plan lists needs no word of intent."""
    got = drafted_page(
        "一、工作总结",
        "全年新建幼儿园3所,已完成投资2亿元。成功创建省级示范校2所。56名学生被省重点高中录取。"
        "改造完成薄弱学校10所。",
        "二、工作计划",
        "新建小学2所,新增学位1800个。改扩建初中3所。",
    )
    assert [raw for _, raw, _ in got] == ["2所", "1800个", "3所"]


def test_a_task_labelled_in_a_notice_of_completion_is_a_target() -> None:
    """A notice that the year's projects were completed lists, for each, its task
    (`1、考核任务：…，规划投资总额…`) and then what was done (`2、完成情况：…完成投资…`): the
    task is the year's target; what was done is a result."""
    assert drafted(
        "根据上级有关要求,现将本局负责的2025年民生实事项目农村学校改造完成情况公示如下:",
        "一、甲镇中心小学改造",
        "1、考核任务:甲镇中心小学改造,规划投资总额230万元。",
        "2、完成情况:截至10月底已完成教学楼改造和设备购置,完成投资230万元。",
        "二、乙乡学校改造",
        "1、考核任务:乙乡学校改造,规划投资总额150万元。",
        "2、完成情况:截至10月底已完成运动场改造,完成投资150万元。",
    ) == ["230万元", "150万元"]


def test_a_years_task_restated_in_its_review_is_a_target() -> None:
    """A year-end summary restates, for each programme, the task the year set (`年度计划为…`,
    `建设任务为…`, `计划建设项目共…`) and then how far it got (`截至目前…已竣工`): the task
    is the year's target, the progress a result."""
    assert drafted(
        "某区教育局学校建设工作总结与2024年工作打算",
        "一、2023年学校建设工作总结",
        "(一)校舍维修项目",
        "2023年,我区校舍维修工程计划建设项目共12个,规划总投资2600万元。截至目前,9个项目已竣工。",
        "(二)幼儿园建设",
        "2023年,我区幼儿园建设项目年度计划为17个,新建及改造园舍面积约3.2万平方米。",
        "截至目前,已有11个项目完工。",
        "二、2024年工作打算",
        "2024年,新建小学3所。",
    ) == ["12个", "2600万元", "17个", "约3.2万平方米", "3所"]


def test_a_county_share_of_a_task_beside_its_progress_is_the_target() -> None:
    """`甲县任务数是9所，已完成4所`: the county's share of the year's task is a target; what
    it has finished is progress."""
    got = drafted(
        "某市2024年度民生实事托育机构建设进展",
        "目前进度偏慢的是甲县、乙县。其中甲县任务数是9所,已完成4所;乙县任务数是6所,已完成1所。",
    )
    assert got == ["9所", "6所"]


def test_works_listed_as_this_years_livelihood_projects_are_commitments() -> None:
    """`今年以来，某市把…列入年度为民办实事项目，计划投资…`: `今年以来` dates the decision; the
    figures of works put on the year's list are the year's targets, and `分别建在甲区、乙县
    等5个县区` says where they go, no target of its own."""
    assert drafted(
        "某市加快推进托育机构建设",
        "发布时间:2024-08-20",
        "今年以来,某市把托育机构建设列入年度为民办实事项目,计划投资4200万元,"
        "建设面积18000平方米,分别建在甲区、乙县、丙县等5个县区。",
        "截至7月底,已完工3所,累计完成投资2900万元。",
    ) == ["4200万元", "18000平方米"]


def test_a_bureaus_share_of_a_programme_in_a_review_is_the_years_task() -> None:
    """`我局承担市政府民生实事2项，新建…` under a heading of results: the items it lists are the
    year's tasks the review goes on to measure (`已开工11所`), not results."""
    got = drafted_page(
        "某市教育局上半年工作总结",
        "一、上半年工作成效",
        "我局承担市政府民生实事2项，新建幼儿园14所，改造农村薄弱学校9所。"
        "截至6月底，14所幼儿园已开工11所。",
    )
    assert [(name, raw) for name, raw, _ in got] == [
        ("新建幼儿园", "14所"),
        ("改造农村薄弱学校", "9所"),
    ]


def test_a_plan_printed_on_one_line_keeps_its_review_part() -> None:
    """A page that runs a whole plan into one line still numbers its parts: the results under
    `一、现实基础…（一）现实基础` are the last period's, the goals under `二、发展目标` its own."""
    got = drafted_page(
        "某县教育事业发展规划(2031-2035)",
        "某县教育事业发展规划(2031-2035)为推进教育现代化，结合本县实际，制定本规划。"
        "一、现实基础与面临形势（一）现实基础“十五五”期间，全县新建公办幼儿园12所，"
        "学前三年毛入园率达到96%，义务教育巩固率保持100%。（二）面临形势人口变化带来新的挑战。"
        "二、发展目标（一）主要目标到2035年，高中阶段毛入学率达到99%。",
    )
    assert got == [("高中阶段毛入学率", "99%", 2035)]


def test_a_heading_naming_the_year_before_the_texts_own_heads_its_results() -> None:
    """`一、2030年工作亮点` in a summary of 2030 and plan for 2031: what it heads is done."""
    got = drafted_page(
        "某区教育局2030年工作总结及2031年工作思路范文下载",
        "某区教育局2030年度工作总结及2031年工作思路一、2030年工作亮点(一)办学条件持续改善。"
        "推动新建小学3所、幼儿园5所，增加学位4200个。(二)队伍建设成效明显。全区1800余名教师参加轮训。",
    )
    assert got == []


def test_a_report_that_opens_on_the_year_past_sets_the_next_under_its_heading() -> None:
    """A work report or a bureau's summary opens on the year past (`一年来，…`) and then sets
    out the next year's work under a heading of its own (`2028年工作安排`): the figures there
    are targets, though no word of intent is printed; the review's stay results."""
    lines = (
        "某区2028年政府工作报告",
        "2027年工作回顾",
        "一年来，全区新增公办学位2300个，建成幼儿园4所。",
        "2028年工作安排",
        "新建小学3所，新增学位2700个以上。",
    )
    assert drafted(*lines) == ["3所", "2700个以上"]
    assert drafted(*lines[:3], "2027年工作成效", lines[4]) == []


def test_a_bracket_of_years_and_levels_dates_each_level_whatever_verb_brings_it() -> None:
    """`（2024年维持在98%以上，2025年升至99%）`: each year dates its level, as with `达到`."""
    lines = (
        "某县教育事业发展“十四五”规划",
        "到2025年，学前三年毛入园率（2024年维持在98%以上，2025年升至99%）。",
    )
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    got = [
        (r.record.name, r.record.target.raw, r.record.target.year)
        for r in draft_document(doc, "n", []).records
    ]
    assert got == [("学前三年毛入园率", "98%以上", 2024), ("学前三年毛入园率", "99%", 2025)]


def test_a_review_told_by_its_outcomes_without_le_holds_no_target() -> None:
    """An undated review whose statements tell outcomes (`…得到保障`, `…全部完工`, `…被列为…`,
    `…起到积极作用`) reports results; a plan that aims at such outcomes (`使…得到改善`, with `到2025年`)
    still sets targets."""
    assert (
        drafted(
            "社会保障事业扎实推进。全年新增就业5611人，城镇登记失业率控制到3.65%。"
            "新建10家平价蔬菜超市，为平抑蔬菜市场价格起到积极作用。2411名受灾群众的基本生活得到保障。"
            "投资3700万元，集中改造的11条背街巷道全部完工;3处遗址被列为国家级重点文物保护单位。"
        )
        == []
    )
    assert drafted(
        "到2025年，新增就业5000人以上，使8000户居民家庭的供热质量得到显著改善，"
        "新建平价蔬菜超市10家，城镇登记失业率控制在4%以内。"
    ) == ["5000人以上", "8000户", "10家", "4%以内"]


def test_a_review_of_projects_completed_as_scheduled_holds_no_target() -> None:
    """`…55项民生实事项目如期完成`, `职业本科建设实现突破`, `…等政策落地实施`: a year's review."""
    assert (
        drafted(
            "民生保障水平进一步提高。全年10大类55项民生实事项目如期完成。新建普通高中17所，"
            "设立综合高中81所，职业本科建设实现突破，公办专门学校达到16所。"
            "完成适老化改造2.5万户，学前一年免费等政策落地实施。"
        )
        == []
    )


def test_a_review_told_by_what_was_selected_and_done_since_a_year_holds_no_target() -> None:
    """`…10条线路入选…精品线路`, `2021年以来…输送…`: a period's review told by its outcomes; a plan
    that hopes to see some selected (`力争…入选`) still sets targets."""
    assert (
        drafted(
            "“十四五”期间，某州坚持把体育摆在优先发展的位置。打歌等9个项目被评为省级优秀项目。"
            "某湖环湖自行车赛线路等10条线路入选国家和省级精品线路。"
            "设立13个体育后备人才基地，2021年以来向省级专业队输送优秀运动员106名。"
            "常设23个运动项目，在训运动员常年保持在500人左右。"
        )
        == []
    )
    assert drafted("到2025年，力争10条线路入选国家和省级精品线路，设立13个体育后备人才基地。") == [
        "10条",
        "13个",
    ]


def test_the_steps_a_project_went_through_counted_are_no_target() -> None:
    """`总经费历经9次流标`, `经历13次兴建计划提送、10次招标决标`: the steps behind, counted; the
    classes the school will take are its target."""
    assert drafted(
        "受疫情影响，总经费历经9次流标，最终追加经费完成发包动工。",
        "本次新建工程经历13次兴建计划提送、10次招标决标，新幼儿园将招收13班。",
    ) == ["13班"]


def test_a_years_statistics_bulletin_sets_only_the_targets_of_its_closing_section() -> None:
    """`2025年某市教育事业发展统计公报`: every figure of the year is a result (`公办幼儿园在园
    幼儿占比62.85%`, `生均…分别为…` had been drafted as 2025 targets); its `七、2026年主要目标`
    sets the next year's."""
    assert looks_back("2025年某市教育事业发展统计公报")
    assert looks_back("某县2026年教育事业发展主要数据发布")  # a release of the year's data
    assert not looks_back("某县2026年教育事业发展主要目标发布")
    got = drafted(
        "2025年某市教育事业发展统计公报",
        "一、学前教育",
        "全市共有幼儿园1,538所。普惠性幼儿园覆盖率91.6%；公办幼儿园在园幼儿占比62.85%。",
        "二、办学条件",
        "小学、初中生均教学仪器设备值分别为2,846元、4,125元。全年新增学位2.07万个。",
        "三、2026年主要目标",
        "2026年，新增中小学学位1.5万个；国家学生体质健康标准测试优良率达到58%。",
        "某市教育局",
        "2026年3月27日",
    )
    assert got == ["1.5万个", "58%"]


def test_a_years_plan_issued_the_year_before_reports_that_years_work_as_done() -> None:
    """A plan for 2027 dated 2026年12月18日: its own time starts in 2027, so under `一、2026年项目
    建设情况` the year's projects, investment and places are done, though the text is dated in
    2026 (they had been drafted as targets); a report on the plan's own year's works
    (`2027年项目建设情况`) still sets them."""
    got = drafted(
        "某县人民政府办公室关于印发某县2027年中小学幼儿园建设项目计划的通知",
        "某县人民政府办公室",
        "2026年12月18日",
        "某县2027年中小学幼儿园建设项目计划",
        "一、2026年项目建设情况",
        "2026年，全县实施中小学幼儿园建设项目10个，完成投资4.12亿元，新增学位5240个。",
        "二、2027年建设目标",
        "2027年，全县计划实施建设项目12个，新增学位6930个。",
    )
    assert got == ["12个", "6930个"]
    # works carried over from the year before (结转, 续建) are the plan's own, due in its year
    got = drafted(
        "某县2026年教育重点建设项目计划",
        "某县人民政府办公室",
        "2025年12月30日",
        "一、2025年结转项目",
        "1.某县城东幼儿园新建工程，新增学位540个。",
        "二、2026年新建项目",
        "1.某县第三中学新建工程，新增学位2400个。",
    )
    assert got == ["540个", "2400个"]
    got = drafted(
        "某县2026年教育工作要点", "某县教育局", "2026年2月10日",
        "四、2025年项目延续情况", "1.新增学位3000个，新建幼儿园2所。", "五、2026年目标", "新增学位2000个。",
    )  # fmt: skip
    assert got == ["2000个"]  # how works went on last year is a report of it
    got = drafted(
        "某县2027年教育项目建设进展",
        "一、2027年项目建设情况",
        "1.新建或改扩建项目15个，共投入资金1091万元。",
    )
    assert got == ["15个", "1091万元"]
