"""Numbers that are not targets, stated on invented sentences: a change against the year
before, a record reached, the size that picks out the places a standard is for."""

from __future__ import annotations

from draft_helpers import drafted_page

from plancmp.draft.build import draft_document
from plancmp.draft.dating import future_years
from plancmp.draft.document import Document, Paragraph, Table
from plancmp.draft.prose import Paragraph as Where
from plancmp.draft.prose import Plan, read_paragraph
from plancmp.draft.spans import find_spans

NEWS_2021 = Plan(None, 2021, True, now=2021, news=True)


def read(text: str, plan: Plan = NEWS_2021) -> list[tuple[str, int | None]]:
    found, _, _ = read_paragraph(text, Where("正文", False, None, 0), plan)
    return [(f.raw, f.year) for f in found]


def test_a_change_against_the_year_before_is_reported() -> None:
    """`较上年分别增加1.5亿元、3件`, `名额较前一年增加3686人`: how far this year's figures
    moved from last year's, a comparison the report makes, not an amount to reach."""
    found = read("今年安排投资5.1亿元，实施民生实事18件，较上年分别增加1.5亿元、3件。")
    assert ("1.5亿元", 2021) not in found
    assert ("5.1亿元", 2021) in found
    assert read("本学年公共托育名额较前一年增加3686人。") == []
    assert ("8.5万人左右", 2021) in read("今年招生规模8.5万人左右，较上年增加3000人左右。")


def test_a_record_reached_is_a_statistic() -> None:
    """`教育预算创201亿元新高`: a figure that sets a record reports where things stand."""
    assert read("今年全县教育预算创201亿元新高。") == []
    assert read("今年全县教育预算201亿元。") == [("201亿元", 2021)]


def test_the_size_of_a_township_a_standard_is_for_is_a_condition() -> None:
    """`3万人以上的乡(镇)办好2所以上`: the head count picks out the townships; the count of
    kindergartens is what each gets."""
    found = read("原则上3万人以上的乡(镇)办好2所以上公办幼儿园。")
    assert [raw for raw, _ in found] == ["2所以上"]


def test_the_area_a_place_covers_is_a_fact_of_it() -> None:
    """`规划范围。某区全域，总面积312平方公里`: the area the plan covers, no target (it was drafted
    as one); land a plan adds in 平方公里 still is."""
    assert read("规划范围。某区全域，总面积312平方公里，包括6个街道、3个镇。") == []
    assert read("今年新增城市建成区面积5平方公里。") == [("5平方公里", 2021)]
    assert read("今年职教园区建成面积达到2.5平方公里。") == [("2.5平方公里", 2021)]
    assert read("规划范围为某县县域，面积2130平方公里。") == []


def test_a_note_under_a_table_sets_no_target() -> None:
    """`注：…“大体相当”指普高与中职招生比例保持在6:4左右` under a table: what its words mean (it
    drafted two records named `“大体相当”指…`); a `说明：` after it likewise, and a source line
    between. A note that follows no table sets what it says (`注：到2025年，全县新增普惠性学位
    3000个`), unless it says what a word means or how a figure is reckoned."""
    table = Table((("指标", "2020年", "2025年"), ("普职招生比例", "5.6:4.4", "大体相当")))
    doc = Document(
        "plan.txt",
        (
            Paragraph("某县教育事业发展规划（2021—2025年）"),
            table,
            Paragraph("数据来源：县教育局。"),
            Paragraph("注：1.入学率按户籍人口统计；2.普职比保持在6:4左右为“大体相当”。"),
            Paragraph("说明：班额达标为小班不超过25人、中班不超过30人、大班不超过35人。"),
            Paragraph("二、主要任务"),
            Paragraph("注：到2025年，全县新增普惠性学位3000个。"),
            Paragraph("说明：学位按小学每班45人、幼儿园每班不超过30人测算。"),  # how, no target
            Paragraph("注：“大体相当”指普高与中职招生比例保持在6:4左右。"),  # a word's meaning
        ),
    )
    got = [
        (d.record.target.raw, d.record.target.year) for d in draft_document(doc, "n", []).records
    ]
    assert got == [("大体相当", 2025), ("3000个", 2025)]


def test_a_table_its_note_says_is_quoted_from_a_rule_sets_no_target() -> None:
    """An appendix quoting a national rule's indicators (`注：本表摘录自《县域义务教育优质均衡发展
    督导评估办法》`): the rule's standards, no targets of the county's (each cell's sentence had
    been drafted); a table whose note names a report its data come from is the plan's own."""
    rule = Table(
        (
            ("序号", "指标内容"),
            ("1", "所有小学、初中每12个班级配备音乐、美术专用教室1间以上"),
            ("2", "专任教师持有教师资格证上岗率达到100%"),
        )
    )
    own = Table((("指标", "2025年", "2027年"), ("生均体育运动场馆面积（平方米）", "6.9", "7.8")))
    doc = Document(
        "plan.txt",
        (
            Paragraph("某县义务教育优质均衡发展县创建工作实施方案（2026—2027年）"),
            Paragraph("附件1"),
            Paragraph("国家义务教育优质均衡发展督导评估政府保障程度指标（摘录）"),
            rule,
            Paragraph("注：本表摘录自《县域义务教育优质均衡发展督导评估办法》，序号与原文一致。"),
            Paragraph("附件2"),
            own,
            Paragraph("注：2025年数据摘自《某县2025年教育事业统计公报》。"),
        ),
    )
    got = [
        (d.record.target.raw, d.record.target.year) for d in draft_document(doc, "n", []).records
    ]
    assert got == [("7.8", 2027)]


def raws(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text)]


def test_labels_of_boxes_and_contents_lines_are_no_values() -> None:
    """`专栏2 人力资源开发主要目标` numbers a box, `表1　株洲市…` a table; `4.1 人口规模预测分析17` is
    a line of a table of contents (heading number, words, page): none is `2人`, `1株` nor `4.1人`."""
    assert raws("专栏1 教育事业发展主要目标专栏2 人力资源开发主要目标") == []
    assert raws("附件3 项目绩效目标表") == []
    assert raws("表1　株洲市2026—2028年高校毕业生就业目标") == []  # a table's number, no 株
    assert raws("代表1名") == ["1名"]
    assert raws("4.1 人口规模预测分析17") == []
    assert raws("4.1人口规模预测分析") == []
    assert raws("新增专任教师2 人。") == ["2 人"]


def test_a_period_ahead_dates_an_undated_text() -> None:
    """`“十四五”期间，我市将…` sets targets for 2025; a `2018年至2020年` total or a `2018年起`
    programme before that period, with no word of a target, is what was done."""
    text = "“十四五”期间，我市将启动第四期学前教育行动计划，各城区每年新建公办园不少于3所。"
    assert future_years(text) == [2025]
    assert future_years("“十三五”期间，全市新建幼儿园87所。") == []
    plan = Plan(None, 2025, False, ahead=(2025,))
    assert read("2018年至2020年，全市共新改扩建公办园87所，增加学位2万余个。", plan) == []
    assert read("2021年至2023年，全市共新建公办园20所。", plan) == [("20所", 2023)]
    assert read("2020年全市新建幼儿园10所。", Plan(None, 2025, False)) == [("10所", 2020)]


def test_a_ceremony_held_reports_the_works_it_opened() -> None:
    """`7所学校举行了奠基开工仪式`: a groundbreaking the report witnessed, not an amount to reach;
    `将举行…开工仪式` still says what will be."""
    assert read("位于新区的第78中等7所学校举行了奠基开工仪式。") == []
    assert read("今年秋季新区将新建学校8所。") == [("8所", 2021)]


def test_what_a_forecast_expects_is_no_target() -> None:
    """`据6月底统计预测，今年秋季将有40所以上学校开学`: a forecast of what will happen, from its
    lead on; the clause before it still says what the programme holds."""
    found = read(
        "列入今年民生实事的学校30所，据6月底统计预测，今年秋季将有40所以上学校开学，"
        "新增学位5万个以上。"
    )
    assert found == [("30所", 2021)]


def test_what_a_forecast_expects_is_no_baseline_either() -> None:
    """`据预测，“十五五”期间需新增学位2.6万个`: a need the plan foresees, not where anything
    stands, so a later target of the same count takes no baseline from it."""
    plan = Plan(2025, 2030, False)
    text = "据预测，“十五五”期间全区需新增中小学学位2.6万个，小学在校生将增至45万人。"
    found, baselines, _ = read_paragraph(text, Where("一、面临形势", False, None, 0), plan)
    assert (found, baselines) == ([], [])
    _, baselines, _ = read_paragraph(
        "据统计，2025年全区小学在校生为41万人。", Where("一、现状", False, None, 0), plan
    )
    assert [(b.raw, b.year) for b in baselines] == [("41万人", 2025)]


def test_works_about_to_start_are_where_a_programme_stands() -> None:
    """`2处学校已开工建设，5处学校即将开工，8处学校正在完善手续`: progress, 即将 as much as 已;
    `将新建5所` is an intent."""
    assert read("区内2处学校已开工建设，5处学校即将开工，8处学校正在完善手续。") == []
    assert read("明年，全区将新建学校5处。") == [("5处", 2022)]


def test_a_count_after_gai_points_back() -> None:
    """`该73间小学的校舍`: the schools a sentence before counted, not a second value."""
    assert raws("(一)该 73 间小学的校舍的预计落成日期。") == []
    assert raws("该县新建小学3所。") == ["3所"]


def test_the_one_each_applicant_may_have_is_a_rule_not_a_target() -> None:
    """`每名学生只能填报一个志愿`, `每户限报一所学校`: a limit put on each applicant; a school a
    plan builds within a time limit is still its target."""
    assert raws("2027年，每名学生只能填报一个志愿，每户限报一所学校。") == []
    assert raws("2027年，在规定期限内建成一所特殊教育学校。") == ["一所"]
    assert raws("2027年，全县仅能新建一所高中。") == ["一所"]  # no 每: the county's one school


def test_yi_ge_before_its_noun_is_the_article_not_a_count() -> None:
    """`确保每一个孩子都有一个公办学位`, `每天多吃一个鸡蛋`: 一个 before its noun is "a", what
    each one has or does; after a verb that adds things (`建设一个新校区`) or a comparator
    (`至少建设一个`) it still counts what is built."""
    assert raws("到2025年，确保该地区每一个孩子都有一个公办学位。") == []
    assert raws("2027年，学生每天多吃一个鸡蛋。") == []
    assert raws("2027年，每个乡镇都有一所公办中心幼儿园。") == ["一所"]
    assert raws("2027年，建设一个新校区。") == ["一个"]
    assert raws("2027年，每个县至少建设一个实训基地。") == ["至少建设一个"]


def test_a_count_in_words_of_the_kinds_just_listed_is_no_target() -> None:
    """`打造教研员、班主任、心理教师三支队伍`: the count says how many kinds the list named, a
    part of a slogan; a count of schools after their names (`建成甲小学、乙小学两所学校`) is
    the works' count, still a target."""
    assert read("到2025年，打造教研员、班主任、心理教师三支队伍。") == []
    assert read("今年建成甲小学、乙小学两所学校。") == [("两所", 2021)]


def test_a_count_in_the_problem_a_measure_answers_is_no_target() -> None:
    """`针对18所学校供水不足的问题，…策划20个项目`: the schools state the problem; the
    projects are what is set."""
    found = read("今年针对18所乡村学校供水条件不足的问题，区里策划20个供水改造项目。")
    assert found == [("20个", 2021)]


PLAN_2030 = Plan(2025, 2030, False)


def test_a_figure_inside_a_principle_followed_is_no_target() -> None:
    """`按照每万人口设置1所幼儿园的原则`: the norm a layout follows, not an amount to build."""
    text = "按照城区常住人口每1.2万人配建1所小学的原则，完善学校布局，新建小学4所。"
    assert read(text, PLAN_2030) == [("4所", 2030)]
    assert read("按照每校配建1所食堂的标准，新建食堂6所。", PLAN_2030) == [
        ("1所", 2030),
        ("6所", 2030),
    ]


def test_the_facts_a_plan_starts_from_are_no_target() -> None:
    """`根据全县118所中小学校、96所幼儿园的实际，…`: what the county has, which the plan is fitted
    to, not a count it sets (both had been drafted); a figure after that clause still is one."""
    text = "根据全县118所中小学校（含教学点）、96所幼儿园的实际，每年督导学校24所。"
    assert read(text, PLAN_2030) == [("24所", 2030)]


def test_the_places_a_programme_is_rolled_out_in_are_no_amount() -> None:
    """`…计划在12个县区全面铺开`: where a programme reaches, not a count it sets."""
    assert read("到2030年，名校托管计划在11个县区全面铺开。", PLAN_2030) == []
    assert read("到2030年，在全市9个乡镇推广集团化办学。", PLAN_2030) == []
    assert read("到2030年，在9个乡镇新建幼儿园9所。", PLAN_2030) == [("9所", 2030)]


def test_things_counted_as_lacking_something_now_are_no_goal() -> None:
    """`9所学校均未安装空调`, `6所学校尚未完全覆盖`: a lack found now, which a plan answers; the
    works done to `6所尚未达标的学校` may be its goal."""
    assert read("调研中发现，全县9所乡村学校均未安装空调，城区有6所学校尚未完全覆盖。") == []
    assert read("今年将改造6所尚未达标的学校。") == [("6所", 2021)]


def test_a_clause_opened_by_xiangdangyu_restates_the_figure_before() -> None:
    """`…新增学位5万个，相当于现有学位接近翻番`: the figure before told again in other terms;
    相当于 inside a clause (`收入相当于城区的95%以上`) names a measure and sets a target."""
    text = "到2027年，全市新增公办普高学位5万个，相当于现有学位数量接近翻番。"
    assert read(text) == [("5万个", 2027)]
    assert read("到2027年，乡村教师平均收入相当于城区教师的95%以上。") == [("95%以上", 2027)]


def test_a_quoted_count_called_an_aim_is_a_slogans_name() -> None:
    """`为建设“三个一流学校”的教育目标奠定基础`: the words after the quote call it an aim, so
    the count inside names the slogan; a quoted count of works to build stays a target."""
    assert read("此举将为全市建设“五个一流学校”的发展目标打下基础。") == []
    assert read("今年规划建设“三所学校”。") == [("三所", 2021)]


def test_a_part_after_qizhong_that_lies_in_one_place_is_a_part_of_the_total() -> None:
    """`…新建3600所幼儿园，其中2900所幼儿园分布在北部三县`: after 其中 the count is the part of
    the total in one place, a record of the breakdown; the same count described again with no
    其中 (`9所幼儿园均为公办园`) is the things counted before."""
    found = read("今年全省计划新建3600所幼儿园，其中2900所幼儿园分布在北部三个地区。")
    assert found == [("3600所", 2021), ("2900所", 2021)]
    assert read("今年全县新建7所幼儿园，7所幼儿园均为公办园。") == [("7所", 2021)]


def test_a_school_placed_and_told_by_what_it_has_now_is_described() -> None:
    """`某中学地处某镇东，占地面积3.2万平方米，建筑面积8600平方米，现有学生950人`: a school
    told where it stands and what it has now: its areas are today's, no target; the works the
    next sentence plans are."""
    found = read(
        "某镇初级中学地处镇区东侧,占地面积32000平方米,建筑面积8600平方米,现有学生950人。"
        "该校拟新建宿舍楼一栋,建筑面积2600平方米。"
    )
    assert found == [("一栋", 2021), ("2600平方米", 2021)]
    assert read("某区拟在某街道新建小学一所,位于某路,占地面积35000平方米。") == [
        ("一所", 2021),
        ("35000平方米", 2021),
    ]
    told = "某小学地处某街西侧,占地面积6786平方米,校舍面积3974平方米,共有学生1111人。"
    assert read(told) == []  # 共有学生 counts what it has now, as 现有 does


def test_once_every_few_years_is_a_schedule() -> None:
    """`每三年调整一次`, `每2年督导评估1次`: how often a standing rule is applied over several
    years; a count of times in a year (`每年开展1次`) stays an amount, and a count a term
    (`每学期两次`) is read from its period word as a yearly count (data/README.md)."""
    assert read("各县布局规划原则上每三年修订一次。") == []
    assert read("对民办学校每2年开展年检1次。") == []
    assert read("今年每年组织1次应急演练。") == [("1次", 2021)]
    assert [raw for raw, _ in read("每学期召开两次家长会。")] == ["每学期召开两次"]


def test_how_often_a_list_or_rule_is_revised_is_a_schedule() -> None:
    """`项目库实行动态管理，每年调整一次`: how often a list is revised, even each year (it had been
    drafted as `调整 | 一次`); works done a number of times stay amounts."""
    assert read("项目库实行动态管理，每年调整一次。") == []
    assert read("收费标准每年更新一次。") == []
    assert read("今年每年组织1次应急演练。") == [("1次", 2021)]


def counts(page: list[tuple[str, str, int | None]], raw: str) -> list[int | None]:
    return [year for _, r, year in page if r == raw]


def test_a_count_told_again_of_the_same_things_is_one_target() -> None:
    """`…还将接着新建6所公办幼儿园，…` then `新建6所公办幼儿园分别为：…`: the words after a count
    say what it counts, so a later paragraph that prints the same count of the same words tells
    the same target again, under whatever name, and with the year the first gave it."""
    page = drafted_page(
        "某市教育工作简报",
        "今年，某开发区还将接着新建6所公办幼儿园，缓解学龄前儿童入园难。",
        "新建6所公办幼儿园分别为：第三幼儿园，位于某路12号，设9个班。",
    )
    assert counts(page, "6所") == [0]  # the page gives no year
    page = drafted_page(
        "某省改善普通高中办学条件",
        "近日，某省下达2024年普通高中办学条件补助资金1.8亿元，预计提升县域地区97所薄弱普通高中办学水平。",
        "资金下达后，将帮助县域地区97所薄弱普通高中添置实验设备、修缮操场。",
    )
    assert counts(page, "97所") == [2024]


def test_equal_counts_of_two_places_are_two_targets() -> None:
    """`东湖区…新建6所公办幼儿园` and `南岭县…新建6所公办幼儿园`: the same words after the count,
    but each clause names its own place."""
    page = drafted_page(
        "某市教育工作简报",
        "今年，东湖区还将接着新建6所公办幼儿园，缓解学龄前儿童入园难。",
        "南岭县今年也将新建6所公办幼儿园分别为：第三幼儿园、第五幼儿园等。",
    )
    assert counts(page, "6所") == [0, 0]


def test_the_whole_a_page_is_about_names_no_place_of_its_own() -> None:
    """`今年全市还将…新建5所…` and `全市新建5所…分别为`: 全市 and 本区 are the whole the page is
    about, not a place whose equal count is another's: the count is told again, one target."""
    for whole in ("全市", "本区"):
        page = drafted_page(
            "某市教育工作简报",
            f"今年{whole}还将接着新建5所公办幼儿园，缓解入园压力。",
            f"{whole}新建5所公办幼儿园分别为：城东幼儿园、城西幼儿园等。",
        )
        assert counts(page, "5所") == [0], whole


def test_a_distance_from_a_place_is_where_something_lies() -> None:
    """`距离汽车站约2公里`, `相距商场1公里左右`, `西距首都193公里、港口68公里`, `位于县二中西南方向
    150米`: how far from a place named or on a bearing from it, a position; a bound
    on a distance (`上学距离不超过3公里`, `2公里以内`) and a length built are values."""
    assert raws("该园位于城北，距离汽车站约2公里，周边有多个小区。") == []
    assert raws("新校区相距商场1公里左右。") == []
    assert raws("项目位于县城，西距首都193公里、港口68公里。") == []
    assert raws("新幼儿园位于县二中西南方向150米，新增学位360个。") == ["360个"]
    # how high a place lies (`海拔1800米以上` picks out the mountain schools)
    text = "针对海拔1800米以上的高寒山区学校，加装教室、宿舍取暖设施，到2027年，覆盖率达到100%。"
    assert raws(text) == ["100%"]
    # 隔离 is no 离 (from a place): lengths built, listed one after another
    assert raws("全县中小学安装防攀爬隔离网3000米、防冲撞设施500米。") == ["3000米", "500米"]
    assert raws("确保学生上学距离不超过3公里。") == ["不超过3公里"]
    assert raws("学生离家距离在2公里以内。") == ["2公里以内"]
    assert raws("新建道路12公里。") == ["12公里"]


def test_a_head_count_of_the_schools_it_picks_out_is_a_condition() -> None:
    """`招收3名以上残疾学生的普通学校`: the pupils a school has, tied to it by 的, say which
    schools a measure is for; `选派10名以上教师到乡村学校` sends that many, an amount."""
    assert raws("对于招收3名以上残疾学生的普通学校，要设立资源教室。") == []
    assert raws("有8名以下学生的教学班要合并。") == []
    assert raws("选派10名以上教师到乡村学校支教。") == ["10名以上"]
    assert raws("每年培养骨干教师50名以上。") == ["50名以上"]


def test_a_list_published_or_applications_counted_are_results() -> None:
    """`80所中小学上榜`, `共147所高校入选`, `评审通过6837所`, `共申报7232所`: schools named on a list and
    applications received are what a selection came to; a clause that aims at a list
    (`力争到2025年…上榜`) still sets a target."""
    assert read("其中，某地80所中小学上榜。") == []
    assert read("最终评审通过特色学校6837所，试点县区33个。") == []
    assert read("今年全国共申报特色学校7232所。") == []
    assert read("力争到2025年80所学校上榜。") == [("80所", 2025)]
    assert read("名单五年一周期，第二轮共147所高校入选。") == []
    assert read("力争到2025年10所学校入选。") == [("10所", 2025)]


def test_schools_named_to_a_title_are_results() -> None:
    """`命名…4755所中小学校为“特色学校”`: a naming already made, and the clauses it lists; a
    naming to come (`拟命名`) is a target."""
    assert read("综合认定并命名某中学等4755所中小学校为“特色学校”，某区等31个县为“试点县”。") == []
    assert read("今年拟命名50所学校为“特色学校”。") == [("50所", 2021)]


def test_a_goal_met_early_is_a_result() -> None:
    """`提前3年完成原计划到2020年建设2万所…的目标`: the goal's year and amount are met, not
    set; `争取提前2年完成` still aims at it."""
    assert read("全国已建成特色学校，提前3年完成原计划到2020年建设2万所特色学校的目标。") == []
    assert read("争取提前2年完成到2025年建设3万所特色学校的目标。") == [("3万所", 2025)]


def test_a_breakdown_of_what_was_added_is_a_result() -> None:
    """`全市新增幼儿园中，中心城区新增24所`: the parts of what was added; a sentence that
    aims ahead (`计划开设…`) still sets its figures, and `新增…高中` is no breakdown."""
    assert read("全市新增幼儿园中，中心城区新增24所，新增学位5730个。") == []
    assert ("48个", 2021) in read("新增的学校中，某小学计划开设48个班。")
    assert read("新增一批公办普通高中，增加学位2000个。") == [("2000个", 2021)]


def test_a_figure_whose_crossing_is_punished_is_the_bound_not_to_cross() -> None:
    """`凡辍学率超过0.5%…的，实行“一票否决”`: the ceiling 0.5%, raw the bare figure with the
    comparator 不超过, marked for review; without a sanction, `超过0.5%` is a floor."""
    text = "凡小学辍学率超过0.5%，农村初中超过3%的，实行“一票否决”。"
    found, _, _ = read_paragraph(text, Where("正文", False, None, 0), NEWS_2021)
    assert [(f.name, f.raw, f.comparator) for f in found] == [
        ("小学辍学率", "0.5%", "不超过"),
        ("农村初中", "3%", "不超过"),
    ]
    assert all("受罚条件" in " ".join(f.review) for f in found)
    plain, _, _ = read_paragraph("今年合格率超过95%。", Where("正文", False, None, 0), NEWS_2021)
    assert [(f.raw, f.comparator) for f in plain] == [("超过95%", None)]


def test_a_level_said_to_have_met_a_goal_is_a_result() -> None:
    """`2020年…近视率为52.7%，…基本实现了…每年下降0.5个百分点的防控目标`: a level measured and the
    goal it met, both reported; `力争实现…目标` still aims."""
    text = "2020年全国近视率为52.7%，较2018年下降0.9个百分点，基本实现了《某方案》每年下降0.5个百分点的目标。"
    assert read(text) == []
    assert read("到2025年近视率力争降到50%，实现《某方案》的目标。") == [("50%", 2025)]


def test_a_pages_open_information_box_is_no_table_of_indicators() -> None:
    """A government page's 索引号 / 文号 / 发布机构 box, read as a table of two columns, is
    page furniture: no record, whatever its cells hold."""
    page = Document(
        "page.txt",
        (
            Table(
                (("索引号", "jyjl/2021-00030"), ("文号", "发布机构  某县教育局"), ("公开程序", ""))
            ),
            Paragraph("到2025年，全县学前三年毛入园率达到95%。"),
        ),
    )
    assert [
        (r.record.name, r.record.target.raw) for r in draft_document(page, "n", []).records
    ] == [("学前三年毛入园率", "95%")]


def test_the_places_a_jurisdiction_is_made_of_are_no_target() -> None:
    """`某新区包括12个镇和1个街道`, `某县下辖8个乡镇`: what the place is; the things a count
    includes (`包括3个镇中心幼儿园`) are still counted."""
    assert [
        raw for _, raw, _ in drafted_page("据了解,某新区包括12个镇和1个街道,将新增幼儿园17所。")
    ] == ["17所"]
    assert [raw for _, raw, _ in drafted_page("某县下辖8个乡镇、2个街道。")] == []
    assert [raw for _, raw, _ in drafted_page("新建学校10所,包括3个镇中心幼儿园。")] == [
        "10所",
        "3个",
    ]


def test_a_cohort_of_leavers_and_the_children_left_without_places_are_the_need() -> None:
    """`每年小学毕业生4000余人`, `初中毕业生有3600人`: the cohort a county's schools must take;
    `每年有400余人入小学无学位`: the places lacking. Neither is a figure the project sets."""
    drafted = drafted_page(
        "某县外国语学校建设项目",
        "2018-01-25",
        "某县全县每年小学毕业生4000余人,初中毕业生有3600人,城区幼儿园适龄儿童每年有300余人入小学"
        "无学位,乡镇每年到城区就读小学生新增人数为400余人。",
    )
    assert {raw for _, raw, _ in drafted} & {"4000余人", "3600人", "300余人"} == set()
    assert read("今年培养高校毕业生5000人。") == [("5000人", 2021)]


def test_the_places_a_programmes_scope_lists_are_where_it_applies() -> None:
    """`实施范围包括，…地区26个县、国家级贫困县31个`, `实施范围为…的48个县(市)`, `涉及全省190个
    县(市)区`: where a programme applies, counted; what it builds there is the target."""
    assert read(
        "《意见》实施范围包括，集中连片特殊困难地区26个县、国家级贫困县31个、省级贫困县15个。"
        "今年新建幼儿园300所。"
    ) == [("300所", 2021)]
    assert read("工程实施范围为未实施国家工程的48个县(市)，今年新建教师周转宿舍2000套。") == [
        ("2000套", 2021)
    ]
    assert read("依据涉及全省190个县(市)区的规划进度，今年新建幼儿园30所。") == [("30所", 2021)]
    # a plan's own area and the places it is made of, each count after the names it counts
    text = (
        "规划范围为某县行政辖区，包括甲街道、乙街道2个街道和丙镇、丁镇3个镇以及戊乡1个乡，"
        "今年新建幼儿园3所。"
    )
    assert read(text) == [("3所", 2021)]
    assert read("今年项目涉及8个乡村学校。") == [("8个", 2021)]


def test_a_higher_levels_targets_a_citys_plan_sets_its_own_beside_are_no_targets_of_its() -> None:
    """A city's plan quoting the province's (`《省行动计划》明确：到2030年，全省…达到97%以上`) and a
    column of them beside its own (`省目标 | 我市2025年现状 | 我市目标`): the yardstick, not the
    city's targets (each had been drafted as one). A report on the province's plan takes them."""

    def got(title: str) -> list[tuple[str, str | None]]:
        table = Table(
            (
                ("指标", "省目标", "我市2025年现状", "我市目标"),
                ("高中阶段毛入学率", "97%以上", "95.3%", "98.5%以上"),
            )
        )
        doc = Document(
            "plan.txt",
            (
                Paragraph(title),
                Paragraph("一、省行动计划目标要求"),
                Paragraph(
                    "《省行动计划》明确：到2030年，全省高中阶段毛入学率达到97%以上；新增普通高中学位20万个。"
                ),
                Paragraph("二、工作目标"),
                Paragraph("到2030年，新增普通高中学位1.5万个。"),
                table,
            ),
        )
        records = draft_document(doc, "n", []).records
        return [(d.record.target.raw, d.record.baseline and d.record.baseline.raw) for d in records]

    assert got("汀澜市推进普通高中多样化特色发展实施方案（2026—2030年）") == [
        ("1.5万个", None),
        ("98.5%以上", "95.3%"),
    ]
    province = got("澄湖省推进普通高中多样化特色发展行动计划（2026—2030年）")
    assert [raw for raw, _ in province[:2]] == ["97%以上", "20万个"]


def test_a_column_of_standards_quoted_from_a_rule_leaves_the_table_the_plans_own() -> None:
    """`注：“国家标准”一栏摘自《…办法》` quotes one column, not the table: the plan's own targets
    stay (the whole table had been dropped as quoted)."""
    table = Table(
        (
            ("指标", "国家标准", "2025年现状", "2028年目标"),
            ("生均体育运动场馆面积（平方米）", "≥7.5", "6.9", "7.8"),
        )
    )
    doc = Document(
        "plan.txt",
        (
            Paragraph("某县义务教育优质均衡发展县创建工作实施方案（2026—2028年）"),
            table,
            Paragraph("注：“国家标准”一栏摘自《县域义务教育优质均衡发展督导评估办法》。"),
        ),
    )
    assert [d.record.target.raw for d in draft_document(doc, "n", []).records] == ["7.8"]


def test_whose_targets_a_column_heads_decides_which_is_the_plans_own() -> None:
    """The most local level a column names as the plan's own place (`全省`, `我县`) is the plan's;
    a higher level's beside it is the yardstick (`全国目标 | 全省目标`, `省定目标 | 我县2030年目标`),
    as what a body above sets is beside a column naming no place (`2030年目标 | 省定目标`).
    A province's `全省目标` beside a group of its counties', a city's `全市目标` beside its
    counties', and a province's own undated `省目标` beside `2028年目标` stay targets."""

    def raws(*header: str) -> list[str]:
        table = Table((("指标", *header), ("高中阶段毛入学率", "92%以上", "98%以上")))
        doc = Document("plan.txt", (Paragraph("某省教育发展规划（2026—2030年）"), table))
        return [d.record.target.raw for d in draft_document(doc, "n", []).records]

    assert raws("全国目标", "全省目标") == ["98%以上"]
    assert raws("省定目标", "我县2030年目标") == ["98%以上"]
    assert raws("全省目标", "其中：山区26县目标") == ["92%以上", "98%以上"]
    assert raws("全市目标", "县（市、区）目标") == ["92%以上", "98%以上"]
    assert raws("2028年目标", "省目标（2030年）") == ["92%以上", "98%以上"]
    assert raws("2030年目标", "省定目标") == ["92%以上"]
    assert raws("国家目标", "2030年目标") == ["98%以上"]


def test_a_quote_of_a_higher_plan_leaves_the_places_own_targets_after_it() -> None:
    """`《省行动计划》明确：…全省…97%以上。我市…98.5%以上`, `…全省…99%；我县…99.5%`: only the
    quoted sentence or clause is the province's; a county's own document naming 省级 in its title
    (`《县委县政府关于创建省级教育现代化县的实施意见》明确：`) is no higher level's."""

    def raws(title: str, text: str) -> list[str]:
        doc = Document("plan.txt", (Paragraph(title), Paragraph("二、工作目标"), Paragraph(text)))
        return [d.record.target.raw for d in draft_document(doc, "n", []).records]

    city = "汀澜市推进普通高中多样化特色发展实施方案（2026—2030年）"
    assert raws(
        city,
        "《省行动计划》明确：到2030年，全省高中阶段毛入学率达到97%以上。"
        "我市力争到2030年全市高中阶段毛入学率达到98.5%以上，新增普通高中学位1.5万个。",
    ) == ["98.5%以上", "1.5万个"]
    county = "某县教育事业发展“十五五”规划（2026—2030年）"
    assert raws(
        county,
        "《省规划》要求：到2030年，全省学前三年毛入园率达到99%；我县到2030年学前三年毛入园率达到99.5%。",
    ) == ["99.5%"]
    assert raws(
        county,
        "《县委县政府关于创建省级教育现代化县的实施意见》明确：到2028年，全县义务教育巩固率达到99.5%。",
    ) == ["99.5%"]
    # after a comma the county's clause names no indicator of its own: the whole is read
    assert raws(
        county,
        "《省规划》提出，到2030年全省学前三年毛入园率达到99%，我县到2030年达到99.5%以上。",
    ) == ["99%", "99.5%以上"]
    # a province's plan named as what the county's own figures follow, with no 全省 figure
    assert raws(
        county,
        "按照《浙江省教育事业发展“十五五”规划》要求，到2030年，全县学前三年毛入园率达到99%以上。",
    ) == ["99%以上"]


def test_twenty_four_hours_of_a_service_kept_round_the_clock_is_no_value() -> None:
    """`落实24小时值班值守`, `开通24小时学生心理援助热线`: a duty or a line that never stops, no
    amount (each was drafted as `24小时`); a bound on how long something takes, and hours to
    do (`24小时志愿服务`, `24小时在线研修`), are values."""
    assert raws("严格落实24小时值班值守和领导带班制度。") == []
    assert raws("开通覆盖全市的24小时学生心理援助热线。") == []
    assert raws("舆情信息上报时间不超过24小时。") == ["不超过24小时"]
    # hours to do, and a time bound, are values
    assert raws("每名中学生每学年参加24小时志愿服务。") == ["24小时"]
    assert raws("每名教师每年完成24小时在线研修。") == ["24小时"]
    assert raws("群众诉求24小时内响应。") == ["24小时"]


def test_a_gap_that_grows_is_a_problem_reported() -> None:
    """`学位缺口逐年扩大`: a trend of a gap or a pressure growing tells why the works are needed;
    no plan sets it. The same trend of what the plan builds is its goal."""
    plan = Plan(2025, 2030, False, now=2026)
    assert read("随着城区人口增长，到2030年，县城学位缺口逐年扩大。", plan) == []
    assert read("到2030年，县城学位供给逐年扩大。", plan) == [("逐年扩大", 2030)]
