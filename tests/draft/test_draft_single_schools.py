"""Single schools and projects still to be built, as news of a building programme lists
them one after another (corpus/README.md, "What counts as a record": each figure of a
school's design is a record, named for its school, of the stage its own words name)."""

from __future__ import annotations

from plancmp.draft.build import draft_document
from plancmp.draft.document import Document, Paragraph

UNDATED = 0
"""The year a record takes when its text says none (`今年` on an undated page)."""


def drafted(*lines: str) -> list[tuple[str, str, int, str | None]]:
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    return [
        (r.record.name, r.record.target.raw, r.record.target.year, r.record.segment)
        for r in draft_document(doc, "n", []).records
    ]


def test_a_school_named_with_a_bracket_or_then_before_where_it_stands_names_its_figures() -> None:
    """`甲幼儿园(某村)项目位于…`, `乙幼儿园则位于…`, `其中丙小学项目位于…`: each school's figures
    are its own, so two schools of the same design stay two records."""
    got = drafted(
        "今年全区新建幼儿园2所。"
        "甲路幼儿园(某村)项目位于某路以北,总用地面积约4020平方米,可容纳180名幼儿。"
        "乙路幼儿园则位于某路以南,总建筑面积约4200平方米,可容纳180名幼儿。",
        "其中丙路小学项目位于某路以东,建筑面积26037㎡,预计2025年8月建成。",
    )
    # Years left out but the last: the page prints no date, yet its 今年 is read as the year
    # the last school is due (corpus/README.md, `year`: null for 今年 on an undated page).
    assert [(name, raw, segment) for name, raw, _, segment in got] == [
        ("新建幼儿园", "2所", "学前"),
        ("甲路幼儿园总用地面积", "约4020平方米", "学前"),
        ("甲路幼儿园可容纳幼儿", "180名", "学前"),
        ("乙路幼儿园总建筑面积", "约4200平方米", "学前"),
        ("乙路幼儿园可容纳幼儿", "180名", "学前"),
        ("丙路小学建筑面积", "26037㎡", "小学"),
    ]
    assert got[-1][2] == 2025


def test_classes_of_a_kind_of_school_are_the_schools_class_count_and_stage() -> None:
    """`规划建设6班幼儿园`, `新建36班小学`: the school's classes; `规划36班初中` says a 中学 (of no
    one stage by its name) is a junior school, so its land and places are 初中's too."""
    got = drafted(
        "今年全区新建学校3所。"
        "甲路幼儿园项目位于某路以北,规划建设6班幼儿园。"
        "乙路小学项目位于某路以东,新建36班小学。"
        "某区第一中学项目位于某路以西,占地约73亩,规划36班初中,可提供1800个学位。"
    )
    assert got == [
        ("新建学校", "3所", UNDATED, None),
        ("甲路幼儿园班数", "6班", UNDATED, "学前"),
        ("乙路小学班数", "36班", UNDATED, "小学"),
        ("某区第一中学占地", "约73亩", UNDATED, "初中"),
        ("某区第一中学班数", "36班", UNDATED, "初中"),
        ("某区第一中学提供学位", "1800个", UNDATED, "初中"),
    ]


def test_the_former_and_the_latter_are_the_two_schools_named_just_before() -> None:
    """`甲初中项目和乙中学项目也在推进。` then `前者…，规划建设18个班。后者…，占地约73亩`: each
    figure is the school the pronoun points back at; further on, nothing is carried."""
    got = drafted(
        "今年全区新建学校2所。",
        "甲路初中项目和乙区第一中学项目也在稳步推进。",
        "前者位于某路以北,占地面积约19612.5平方米,规划建设18个班。后者则位于某路东侧,占地约73亩。",
        "今年新建学校2所。",
        "前者位于某路以南,占地面积约2000平方米。",
    )
    assert got == [
        ("新建学校", "2所", UNDATED, None),
        ("甲路初中占地面积", "约19612.5平方米", UNDATED, "初中"),
        ("甲路初中规划建设班", "18个", UNDATED, "初中"),
        ("乙区第一中学占地", "约73亩", UNDATED, None),
        ("占地面积", "约2000平方米", UNDATED, None),
    ]


def dated(*lines: str) -> list[tuple[str, int | None]]:
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    return [
        (r.record.target.raw, r.record.target.year) for r in draft_document(doc, "n", []).records
    ]


def test_a_schools_figures_are_due_when_its_sentence_says_it_is_finished_or_opens() -> None:
    """`…占地面积约…，规划建设18个班，计划于2026年建成`, `该校将设置36个班，…，要到2019年秋季才能招生`:
    the whole run of particulars is due in the year the sentence ends on, not only the clause
    right before it; a year printed between keeps the figures before it apart."""
    got = dated(
        "某市今年新建中小学10所,预计2025年8月建成。",
        "甲路初中位于某路以北,占地面积约19612.5平方米,规划建设18个班,计划于2026年建成投入使用。",
        "乙路小学将设置36个班,计划在年内开工建设,设计工期为650天,要到2027年秋季才能招生。",
    )
    assert got == [
        ("10所", 2025),
        ("约19612.5平方米", 2026),
        ("18个", 2026),
        ("36个", 2027),
        ("650天", 2027),
    ]
    got = dated(
        "某市今年新建中小学10所,预计2025年8月建成。",
        "丙路小学占地面积约3000平方米,2024年已开工,计划于2026年建成投入使用。",
    )
    assert got == [("10所", 2025), ("约3000平方米", 2025)]


def test_the_design_of_works_under_way_that_are_due_later_is_a_target() -> None:
    """`甲学校已进入建设收尾阶段，规划总建筑面积…，是一所拥有24班的学校，可提供…个学位，预计今年
    可投入使用`: the figures of a school still being built are what it will have; a school that
    stands (`现有`, `已建成`) reports what it has."""
    got = drafted(
        "今年全区计划建成并投入使用学校3所。",
        "目前,甲路学校已进入建设收尾阶段,规划总建筑面积约为16550平方米,是一所拥有24班的学校,"
        "可提供约1080个学位,预计今年可投入使用。",
    )
    assert got == [
        ("建成并投入使用学校", "3所", UNDATED, None),
        ("甲路学校规划总建筑面积", "16550平方米", UNDATED, None),
        ("甲路学校班数", "24班", UNDATED, None),
        ("甲路学校提供学位", "约1080个", UNDATED, None),
    ]
    got = drafted(
        "今年全区计划建成并投入使用学校3所。",
        "目前,乙路学校已建成,总建筑面积约为16550平方米,预计今年可投入使用。",
    )
    assert [raw for _, raw, _, _ in got] == ["3所"]


def test_a_sentence_opening_with_the_project_sizes_the_school_project_named_before() -> None:
    """`…甲学校项目前期手续正在办理中，计划2027年投入使用。项目可容纳36个教学班`: the project is
    the school named before, in this paragraph or an earlier one."""
    got = drafted(
        "今年全区新建学校3所。",
        "目前,甲地乙学校项目前期手续正在加紧办理中,计划2027年投入使用。",
        "项目可容纳36个教学班,可提供1800个学位。",
    )
    # The lead's year left out: its 今年 is read as the year the school opens (see above).
    assert got[1:] == [
        ("甲地乙学校教学班", "36个", 2027, None),
        ("甲地乙学校提供学位", "1800个", 2027, None),
    ]
    got = drafted("今年全区新建学校3所。", "项目可容纳36个教学班。")
    assert got == [
        ("新建学校", "3所", UNDATED, None),
        ("教学班", "36个", UNDATED, None),
    ]


def test_a_school_called_by_name_is_named_without_the_calling() -> None:
    """`学校名为甲路实验学校，位于…，项目建设用地97.14亩`: the school is 甲路实验学校."""
    got = drafted("今年新建学校1所。学校名为甲路实验学校,位于某路以东,项目建设用地97.14亩。")
    assert got == [
        ("新建学校", "1所", UNDATED, None),
        ("甲路实验学校项目建设用地", "97.14亩", UNDATED, None),
    ]


def test_the_school_a_sentence_names_before_its_gai_xiao_is_the_one_sized() -> None:
    """`甲路小学相关负责人介绍，该校将设置36个班`: 该校 after a clause is the school that clause
    names; a kind of school (`公办幼儿园…，该园`) is not one school."""
    got = drafted(
        "今年新建学校2所。", "甲路小学相关负责人介绍,该校将设置36个班,要到2027年秋季才能招生。"
    )
    assert got[1:] == [("甲路小学班级", "36个", 2027, "小学")]  # the lead's year: see above
    got = drafted("今年新建学校2所。", "新建公办幼儿园负责人介绍,该园将设置12个班。")
    assert got == [("新建学校", "2所", UNDATED, None), ("班级", "12个", UNDATED, "学前")]


def test_a_school_whose_paragraph_or_next_paragraph_ends_on_its_completion_is_due_then() -> None:
    """`…共设置24个班。项目建成后，…。预计2026年10月竣工交付。`: the design figures before the
    sentence of the works' completion are due then; so are those of a paragraph whose next one
    opens with it (`学校工期18个月，预计2027年6月竣工。`), and the building period itself."""
    got = dated(
        "甲学校新建工程位于某路东侧,总建筑面积40000平方米。据介绍,该校共设置小学36个班。"
        "项目建成后,可满足附近小区学生就近入学。预计2026年10月竣工交付。",
        "乙学校地处城区东部,占地面积50000平方米,总投资约2亿元。",
        "学校工期18个月,预计2027年6月竣工。",
    )
    assert got == [
        ("40000平方米", 2026),
        ("36个", 2026),
        ("50000平方米", 2027),
        ("约2亿元", 2027),
        ("18个月", 2027),
    ]


def test_a_year_between_the_figures_and_the_completion_keeps_them_from_it() -> None:
    """A year printed between (`2022年已完成设计。`) dates what comes before otherwise."""
    got = dated(
        "甲学校总建筑面积40000平方米。2022年已完成设计。预计2024年竣工。", "乙学校预计2025年建成。"
    )
    assert got == [("40000平方米", 0)]  # 0: no year read


def test_a_plots_sides_are_not_figures_but_the_months_works_take_are() -> None:
    """`东西长约150米，南北宽约96米` give the plot's shape beside its land; `计划用9个月时间建成`
    is the building period, unlike `3个月的培训`."""
    got = drafted(
        "甲学校东西长约150米,南北宽约96米,占地面积14400平方米,计划用9个月时间建成,2026年投入使用。",
        "今年将开展教师3个月的培训。",
    )
    assert [raw for _, raw, _, _ in got] == ["14400平方米", "9个月"]


def test_the_planned_design_of_a_school_whose_works_have_begun_is_what_it_will_have() -> None:
    """`甲小学日前已开工建设。项目规划总用地面积…`: a report that works began, then the school's
    planned design: the figures it will have once built, not a state reported."""
    got = drafted(
        "甲小学日前已开工建设。项目规划总用地面积20000平方米,建筑面积10000平方米,办学规模为24个班。"
    )
    assert [raw for _, raw, _, _ in got] == ["20000平方米", "10000平方米", "24个"]


def test_the_months_works_are_to_take_are_named_the_building_period() -> None:
    """`计划用11个月时间建成`: what the months measure is the works' 建设工期."""
    got = drafted("甲小学已开工,建设单位计划用11个月时间建成,2026年秋季招生。")
    assert got == [("建设工期", "11个月", 2026, "小学")]


def test_a_rate_is_not_dated_by_when_the_works_after_it_finish() -> None:
    """A plan's rates (`普惠率达到90%`) are states it sets for its own year; a later paragraph's
    `项目预计2023年6月竣工` dates a work's design figures, not them."""
    got = dated(
        "某县教育事业发展“十四五”规划（2021-2025年）",
        "全县普惠率达到90%，义务教育巩固率达到97%，新增学位1200个。",
        "项目预计2023年6月竣工。",
    )
    assert got == [("90%", 2025), ("97%", 2025), ("1200个", 2023)]


def test_a_start_of_works_before_the_finish_does_not_date_the_figures() -> None:
    """`该工程于2026年3月动工，预计2027年4月交付使用`: the figures before are reached when the
    works are handed over; the year they start in sets no target."""
    got = drafted(
        "某区南湖幼儿园综合楼新建工程总投资约980万元,建筑面积约3150平方米,"
        "可容纳幼儿270余名,该工程于2026年3月动工,预计2027年4月交付使用。"
    )
    assert [(raw, year) for _, raw, year, _ in got] == [
        ("约980万元", 2027),
        ("约3150平方米", 2027),
        ("270余名", 2027),
    ]


def test_the_parts_in_a_bracket_after_a_total_take_the_totals_stage() -> None:
    """`建筑面积约3150平方米(其中地上2900平方米,地下车库250平方米)`: every part is of what its
    total is, a kindergarten's, though the stage was named clauses before (corpus/README.md,
    `segment`: a bracketed part takes its total's stage)."""
    got = drafted(
        "某区南湖幼儿园综合楼新建工程总投资约980万元,"
        "建筑面积约3150平方米(其中地上面积2900平方米,地下车库 250平方米),预计2027年交付使用。"
    )
    assert [(raw, segment) for _, raw, _, segment in got] == [
        ("约980万元", "学前"),
        ("约3150平方米", "学前"),
        ("2900平方米", "学前"),
        ("250平方米", "学前"),
    ]


def test_a_schools_places_and_money_under_longer_names_are_its_stage() -> None:
    """`可容纳…学生入学`, `项目总投资`, `设置…班` measure the one school the sentence builds or whose
    project it describes, as `容纳学生`, `总投资` and `新增班` do."""
    got = drafted(
        "为解决片区内学龄儿童入学问题,区政府拟在甲路北、乙路东建设一所小学,"
        "校园占地面积约20000平方米,总建筑面积约7000平方米,可容纳900名学生入学。"
    )
    assert [(raw, segment) for _, raw, _, segment in got] == [
        ("一所", "小学"),
        ("约20000平方米", "小学"),
        ("约7000平方米", "小学"),
        ("900名", "小学"),
    ]
    got = drafted(
        "某区西部初中项目是一所设计30班的初级中学,规划总用地面积31000平方米,"
        "地上部分包括教学楼、体育馆、食堂等,项目总投资约为2.1亿。"
    )
    assert [(raw, segment) for _, raw, _, segment in got] == [
        ("30班", "初中"),
        ("31000平方米", "初中"),
        ("2.1亿", "初中"),
    ]


def test_a_phases_figures_after_what_its_works_hold_keep_the_phases_stage() -> None:
    """`一期(小学)建筑面积…，包括教学楼、食堂等，设置30个班，新增学位…`: the clauses telling what
    the works hold name no stage of their own, so the classes and places after them are still
    the phase's; a bracket or a number between would end it."""
    got = drafted(
        "二期(初中)建筑面积约1.8万平米,计划投资1.2亿元,包括教学楼、报告厅、风雨操场等,"
        "设置24个班,新增学位1200个,预计2028年9月建成。"
    )
    assert [(raw, segment) for _, raw, _, segment in got] == [
        ("约1.8万平米", "初中"),
        ("1.2亿元", "初中"),
        ("24个", "初中"),
        ("1200个", "初中"),
    ]


def test_the_land_a_school_had_before_its_works_is_no_target() -> None:
    """`某学校原占地面积15.2亩`: what the school had before it is enlarged, a result; the land
    and floor area the works add are the targets."""
    got = drafted(
        "2023-05-10 来源:某区发布",
        "某学校改扩建项目正式开工。",
        "某学校原占地面积15.2亩,共有10个教学班,就读学生约600人。",
        "经改扩建后,学校增加占地面积10.5亩,新增建筑面积7000平方米。",
    )
    assert [raw for _, raw, _, _ in got] == ["10.5亩", "7000平方米"]


def test_classes_named_before_and_after_their_count_are_named_once() -> None:
    got = drafted("某校区建设项目用地面积5万平方米，规划班级54个班，2028年9月建成投用。")
    assert got == [
        ("建设项目用地面积", "5万平方米", 2028, None),
        ("班级", "54个", 2028, None),
    ]


def test_a_school_due_next_year_on_a_dated_page_is_due_the_year_after_the_page() -> None:
    """`预计明年秋季建成投用。` after a school's figures on a page of 2019: they are due in 2020.
    A school built this year and opened next spring (`预计年内竣工,明年春季投入办学使用`) reaches
    its places when it opens."""
    got = dated(
        "发布时间：2019-05-12",
        "甲中学项目位于某镇东侧,规划用地40.5亩,规划24班初级中学,可提供1200个学位。"
        "预计明年秋季建成投用。",
        "乙小学项目选址用地31.2亩,按30班配建,可提供1350个学位。预计年内竣工,明年春季投入办学使用。",
        "丙幼儿园项目总建筑面积6100平方米,预计今年秋季开园。",
    )
    assert got == [
        ("40.5亩", 2020),
        ("24班", 2020),
        ("1200个", 2020),
        ("31.2亩", 2020),
        ("30班", 2020),
        ("1350个", 2020),
        ("6100平方米", 2019),
    ]


def test_a_schools_classes_printed_round_its_design_words_are_named_classes() -> None:
    """`按24班配建`, `规划36班初级中学`, `18班完全小学规模`: a count in 班 whose words name no 班 is
    the classes the school is built for."""
    got = drafted(
        "甲中学项目用地45亩,按24班配建,预计2027年建成。",
        "乙中学项目用地30亩,规划36班初级中学,预计2027年建成。",
        "丙小学项目用地20亩,18班完全小学规模,预计2027年建成。",
    )
    assert [(name, raw) for name, raw, _, _ in got if raw.endswith("班")] == [
        ("配建班级", "24班"),
        ("规划初级中学班级", "36班"),
        ("完全小学班级", "18班"),
    ]


def test_the_year_works_began_neither_dates_nor_reports_the_design_after_it() -> None:
    """`…确保8月建成。扩建工程于2020年底动工，用地约30亩；教学楼…`: on a page of 2021, a school
    due this year whose works began the year before: its design figures are still to come, due
    when it opens, not results of the year the works began."""
    got = drafted(
        "2021年某县要新建学校3所。",
        "甲小学新校区正在加紧建设，确保8月建成投入使用。扩建工程于2020年底动工建设，"
        "项目用地约30亩；教学楼建筑面积11000平方米，工程总投资约7000万元。",
    )
    assert [(raw, year) for _, raw, year, _ in got] == [
        ("3所", 2021),
        ("约30亩", 2021),
        ("11000平方米", 2021),
        ("约7000万元", 2021),
    ]


def test_works_begun_last_year_do_not_report_the_design_after_them() -> None:
    """`去年3月开工建设，总投资…，建成后将…`: a start dated by 去年 says when building began, as a
    printed year does; the cost after it is the design of works not yet finished."""
    got = drafted(
        "乙中学食堂综合楼去年3月开工建设，总投资912.5万元，建成后将新增就餐座位600个。",
    )
    assert [raw for _, raw, _, _ in got] == ["912.5万元", "600个"]


def test_classes_after_a_count_are_that_counts_not_the_next_items_name() -> None:
    """`办学规模为30个班、1350个学位`: the 班 is what 30个 counts; the places are named 学位."""
    got = drafted("2026年某区要建成乙小学，办学规模为30个班、1350个学位。")
    assert [(name, raw) for name, raw, _, _ in got] == [("办学规模", "30个"), ("学位", "1350个")]
    got = drafted("2026年某区要建成乙小学，办学规模达到30个班级、学生1350人。")
    assert [(name, raw) for name, raw, _, _ in got] == [("办学规模", "30个"), ("学生", "1350人")]


def test_a_schools_particulars_after_its_groundbreaking_are_its_design_to_come() -> None:
    """A groundbreaking held (`举行奠基仪式`) is a report, but the next sentence that opens on the
    school's particulars and says when it will be finished gives the design of a school still
    to be built: every figure of it, its land first, is a target. After a school opened, the
    same particulars with no date to finish describe what it has."""
    lines = (
        "某县实验幼儿园奠基",
        "发布时间：2023-05-08",
        "5月6日，某县实验幼儿园举行奠基仪式。该园占地面积12亩，建筑面积6400平方米，"
        "规划设置15个班，预计2024年建成。",
    )
    assert [(raw, year) for _, raw, year, _ in drafted(*lines)] == [
        ("12亩", 2024),
        ("6400平方米", 2024),
        ("15个", 2024),
    ]
    opened = (
        "某县实验幼儿园启用",
        "发布时间：2023-05-08",
        "5月6日，某县实验幼儿园正式投入使用。该园占地面积12亩，建筑面积6400平方米，设有15个班。",
    )
    assert drafted(*opened) == []


def test_a_schools_particulars_due_to_open_are_its_design_whatever_word_says_so() -> None:
    """`有望…开园`, `预计…落成`: the words that date a school's opening are the same whether the
    sentence opens on its particulars or gives them after a clause of where it stands."""
    lines = (
        "某区第二幼儿园开工",
        "发布时间：2023-04-11",
        "4月10日，某区第二幼儿园举行开工仪式。该园占地面积9亩，规划设置12个班，有望2024年秋季开园。",
    )
    assert [(raw, year) for _, raw, year, _ in drafted(*lines)] == [("9亩", 2024), ("12个", 2024)]


def test_a_school_due_next_year_in_its_own_sentence_takes_that_year() -> None:
    """`…，规划设置15个班，预计明年秋季建成投用` on a page of 2023: every figure before it is due
    in 2024, as with `预计2024年秋季建成投用`; a completion the sentence gives first with no
    year counted (`预计年底完工，明年春季开园`) leaves them the page's year."""
    page = ("某县实验幼儿园开工", "发布时间：2023-05-08")
    ahead = "该园占地面积12亩，规划设置15个班，预计明年秋季建成投用。"
    assert [(raw, year) for _, raw, year, _ in drafted(*page, ahead)] == [
        ("12亩", 2024),
        ("15个", 2024),
    ]
    first = "该园占地面积12亩，规划设置15个班，预计年底完工，明年春季开园。"
    assert [(raw, year) for _, raw, year, _ in drafted(*page, first)] == [
        ("12亩", 2023),
        ("15个", 2023),
    ]


def test_the_school_a_clause_builds_names_the_classes_after_it() -> None:
    """`新建甲路幼儿园，设12个班`: the clause is the work that builds one school, so the classes
    after it are that school's; a kind of school built (`新建公办幼儿园`) names none."""
    got = drafted("今年新建学校2所。新建甲路第三幼儿园，设12个班；改扩建乙路小学，设36个班。")
    assert got[1:] == [
        ("甲路第三幼儿园班级", "12个", UNDATED, "学前"),
        ("乙路小学班级", "36个", UNDATED, "小学"),
    ]
    got = drafted("今年新建学校2所。新建公办幼儿园，设12个班。")
    assert got[1:] == [("班级", "12个", UNDATED, "学前")]


def test_a_school_a_sentence_points_back_at_names_its_figures_but_lends_no_stage() -> None:
    """`该校区计划开设48个班`, `项目总投资…`: the figures are the school's the sentence before
    named, and named for it, but a stage only that sentence names is not theirs
    (corpus/README.md, `segment`); `该园` names its kind itself, so its classes are 学前."""
    got = drafted(
        "明年新建的学校有：甲小学乙校区（某城），建筑面积3万平方米。该校区计划开设48个班。",
        "丙路幼儿园建筑面积6000平方米。该园计划开办15个班。",
        "某乡中心幼儿园项目已完成招标，近日开工。项目总投资概算约1626万元，预计9月竣工验收。",
    )
    assert [(name, raw, segment) for name, raw, _, segment in got if "建筑" not in name] == [
        ("甲小学乙校区班级", "48个", None),
        ("丙路幼儿园班级", "15个", "学前"),
        ("某乡中心幼儿园项目总投资概算", "约1626万元", None),
    ]


def test_a_projects_land_and_area_take_the_stage_of_the_classes_it_builds() -> None:
    """`…总用地面积为…，拟建小学48个教学班`: the project builds a 小学, so its land and floor
    area are of that stage, though its name points back at no school of one."""
    got = drafted(
        "某区实验学校新校区项目计划年内开工。该项目位于某新城，总用地面积为39416平方米，"
        "总建筑面积为34190平方米，拟建小学48个教学班，预计2025年建成。",
    )
    assert [(raw, segment) for _, raw, _, segment in got if "平方米" in raw] == [
        ("39416平方米", "小学"),
        ("34190平方米", "小学"),
    ]


def test_land_planned_for_a_school_of_so_many_classes_is_of_that_schools_stage() -> None:
    """`规划用地33.35亩，30班初级中学规模`: the land is for a 初级中学 of 30 classes, named in
    the sentence that plans it, so it is 初中 land."""
    got = drafted("为PPP项目，位于某镇，规划用地33.35亩，30班初级中学规模，预计明年秋季建成投用。")
    assert ("规划用地", "33.35亩", "初中") in [(name, raw, seg) for name, raw, _, seg in got]


def test_works_begun_this_year_leave_the_design_due_when_the_school_opens() -> None:
    """`该项目计划今年开工建设，投资…，预计将在2022年启动招生`, among schools to open next year:
    今年 starts the works and dates nothing of their design, which the schools' year dates;
    `今年新开工…项目42个`, with no later year in its sentence, counts what starts this year."""
    got = drafted(
        "某市加快教育提质扩容 一批优质校今明两年投入使用",
        "2021-03-15 08:36:15  来源:某某晚报",
        "甲幼儿园园区已竣工",
        "多所学校开建 将在明年投用",
        "乙小学扩建项目用地面积约25亩,预计2022年秋季建成,将新增24个教学班。",
        "丙小学第二校区已开工建设,预计明年年底竣工,概算总投资19153.98万元。",
        "丁小学位于某片区,总用地面积约95亩。该项目计划今年开工建设,投资总额约40000万元,"
        "预计将在2022年启动招生。",
        "今年新开工建设义务教育学校项目42个。",
    )
    years = {raw: year for _, raw, year, _ in got}
    assert (years["约40000万元"], years["42个"]) == (2022, 2021)


def test_a_sentence_pointing_back_at_a_school_due_before_takes_its_due_year() -> None:
    """`…该幼儿园将于2016年3月前竣工。根据相关规划，该幼儿园有…共12个班`: on a page of 2015, the
    school's design is due when it is finished; a sentence about something else keeps 2015."""
    got = drafted(
        "某市2015年上半年新增公办幼儿园42所",
        "位于某街道的甲配套幼儿园按计划将于2016年3月前竣工，达到验收标准并交付使用。"
        "根据相关规划，该幼儿园共12个班，可按标准提供360个学位。"
        "今年全市要建设公办幼儿园150所。",
    )
    assert [(raw, year) for _, raw, year, _ in got][1:] == [
        ("12个", 2016),
        ("360个", 2016),
        ("150所", 2015),
    ]


def test_a_pointer_after_a_lead_clause_names_the_school_the_sentence_before_named() -> None:
    """`根据相关规划，该幼儿园共12个班`: the lead clause names no school, so 该幼儿园 is the one
    named before, not the kind of school (`公办幼儿园`) nor the pointer (`这个幼儿园`) after it;
    the places it provides by the standard (`可按标准提供`) are its places."""
    got = drafted(
        "位于某街道的甲配套幼儿园是全市公办幼儿园建设项目之一，按计划这个幼儿园明年竣工。"
        "根据相关规划，该幼儿园共12个班，可按标准提供360个学位。",
        "城东小学负责人介绍，该校将设置36个班。",
    )
    assert [(name, raw) for name, raw, _, _ in got] == [
        ("甲配套幼儿园班级", "12个"),
        ("甲配套幼儿园提供学位", "360个"),
        ("城东小学班级", "36个"),
    ]


def test_a_numbered_school_heading_with_its_kind_of_works_names_the_figures_below() -> None:
    """`(一)东湖幼儿园(新建项目)`, `(二)机关幼儿园新园区(扩建项目)`: each heading names the
    school its paragraph sizes, so two kindergartens of one design stay two records."""
    got = drafted(
        "某市今年开园的幼儿园",
        "(一)东湖幼儿园(新建项目)",
        "设计规模为6个班,可按标准提供180个学位,2030年秋季开园招生。",
        "(二)机关幼儿园新园区(扩建项目)",
        "设计规模为6个班,可按标准提供180个学位,2030年秋季开园招生。",
    )
    assert [(name, raw) for name, raw, _, _ in got] == [
        ("东湖幼儿园设计规模班", "6个"),
        ("东湖幼儿园提供学位", "180个"),
        ("机关幼儿园新园区设计规模班", "6个"),
        ("机关幼儿园新园区提供学位", "180个"),
    ]


def test_a_topped_out_kindergartens_design_after_its_milestones_is_its_target() -> None:
    """`…于2028年10月21日立项被批准,2030年1月10日正式开工,6月9日顺利封顶。规划总投资…`: the
    days the works passed a step date none of the figures after them, and a work topped out
    is still being built: its design is what it is to be."""
    got = drafted(
        "某幼儿园顺利封顶",
        "2030-06-17 09:39 来源:某区教育局",
        "该幼儿园建设项目于2028年10月21日立项被批准,2030年1月10日正式开工,6月9日顺利封顶。"
        "规划总投资1499万元,占地总面积约2847.86平方米。建成后可办9个幼儿班。",
    )
    assert [(raw, year) for _, raw, year, _ in got] == [
        ("1499万元", 2030),
        ("约2847.86平方米", 2030),
        ("9个", 2030),
    ]


def test_a_record_of_projects_parted_by_ascii_full_stops_names_each_schools_figures() -> None:
    """`甲幼儿园:办学规模12个班,学生人数360人.乙幼儿园:办学规模12个班,…`: an ASCII full stop
    between Chinese words ends a sentence, so each school names its own classes and pupils,
    and two schools of one size stay two records each."""
    got = drafted(
        "此项目建设内容为:某区城区及乡镇幼儿园建设项目,各子项目具体建设规模与内容如下:"
        "甲村配套幼儿园:办学规模12个班,学生人数360人.具体内容包括改造各类用房----.乙村配套幼儿园:"
        "办学规模12个班,学生人数为360人.此项目总投资为:9529万元"
    )
    assert [(name, raw) for name, raw, _, _ in got] == [
        ("甲村配套幼儿园办学规模班", "12个"),
        ("甲村配套幼儿园学生人数", "360人"),
        ("乙村配套幼儿园办学规模班", "12个"),
        ("乙村配套幼儿园学生人数", "360人"),
        ("此项目总投资", "9529万元"),
    ]


def test_a_school_built_to_one_stages_standard_lends_that_stage_to_its_design() -> None:
    """`该校按照省四星级普通高中标准规划设计，总投资…，可容纳学生…`: the school is a senior
    school, so its money, land, floor area and pupils are 高中段; `高一新生` are its first-years."""
    got = drafted(
        "该校按照某省四星级普通高中标准规划设计，总投资5亿元，占地面积252亩，建筑面积12万平米，"
        "可容纳学生4500人，计划2025年9月投入使用，首批招收高一新生1500人左右。"
    )
    assert [(raw, segment) for _, raw, _, segment in got] == [
        ("5亿元", "高中段"),
        ("252亩", "高中段"),
        ("12万平米", "高中段"),
        ("4500人", "高中段"),
        ("1500人左右", "高中段"),
    ]


def test_classes_per_grade_run_on_into_the_classes_in_all() -> None:
    """`小学4轨24个班`, `30轨90教学班`: a school's classes per grade, then its classes in all,
    each a figure, the classes named by the stage the 轨 were."""
    got = drafted(
        "新建一所九年一贯制学校，其中，小学4轨24个班，年招生184人；初中12轨36个班，"
        "年招生600人，计划于2025年9月前投入使用。"
    )
    assert [(name, raw) for name, raw, _, _ in got] == [
        ("小学轨数", "4轨"),
        ("小学班级", "24个"),
        ("年招生", "184人"),
        ("初中轨数", "12轨"),
        ("初中班级", "36个"),
        ("年招生", "600人"),
    ]
    assert [(raw, segment) for _, raw, _, segment in drafted(
        "新建一所普通高中，办学规模为30轨90教学班，2025年建成。"
    )][1:] == [("30轨", "高中段"), ("90教学班", "高中段")]  # fmt: skip


def test_a_schools_new_site_works_project_lends_its_stage_and_days_counted_with_ge() -> None:
    """`第六小学新校址建设工程项目位于…，学校占地面积…`: the one school's project names the stage
    of the land and floor area after it; `工期要求:549 个日历天` is its building period."""
    got = drafted(
        "某区第六小学新校址建设工程项目位于某路南侧,学校占地面积27312.99平方米,总建筑面积为41008.74平方米。"
        "本项目总投资额为29283.18万元,工期要求:549 个日历天。"
    )
    assert [(raw, segment) for _, raw, _, segment in got] == [
        ("27312.99平方米", "小学"),
        ("41008.74平方米", "小学"),
        ("29283.18万元", None),
        ("549 个日历天", None),
    ]
    assert got[-1][0] == "工期"


def test_a_part_of_middle_school_classes_takes_no_stage_of_the_parts_before() -> None:
    """`其中12班幼儿园,学生360人;36班小学,…;24班中学,学生1200人`: each part is of its own
    school; 中学 names no one stage, so its part takes none from the kindergarten's."""
    got = drafted(
        "项目建成后将形成在校学生3180人。其中12班幼儿园,学生360人,教师51人;"
        "36班小学,学生1620人,教师88人;24班中学,学生1200人,教师72人。计划2021年建成。"
    )
    assert [(raw, segment) for _, raw, _, segment in got][1:] == [
        ("12班", "学前"),
        ("360人", "学前"),
        ("51人", "学前"),
        ("36班", "小学"),
        ("1620人", "小学"),
        ("88人", "小学"),
        ("24班", None),
        ("1200人", None),
        ("72人", None),
    ]


def test_a_years_compulsory_projects_lend_their_stage_to_the_money_and_places_after() -> None:
    """`今年义务阶段学校建设项目共47个，其中新建13所，…，预计投入资金15.1亿元，完成建设后可增加
    学位约3.5万个`: 义务阶段 is compulsory education; the money is the projects' (not the places'),
    and the places they yield once built are of the same stage; `工程将花费480日历天` is the
    works' period."""
    got = drafted(
        "今年义务阶段学校建设项目共47个,其中新建13所,扩建29所,建筑面积41万平方米,"
        "预计投入资金15.1亿元,完成建设后可增加学位约3.5万个。",
        "某幼儿园新园舍今日动工，工程将花费480日历天，预计2026年底前完工。",
    )
    assert [(name, raw, segment) for name, raw, _, segment in got] == [
        ("义务阶段学校建设项目共", "47个", "义务教育"),
        ("新建", "13所", "义务教育"),
        ("扩建", "29所", "义务教育"),
        ("建筑面积", "41万平方米", "义务教育"),
        ("投入资金", "15.1亿元", "义务教育"),
        ("完成建设后可增加学位", "约3.5万个", "义务教育"),
        ("工期", "480日历天", "学前"),
    ]


def test_a_school_heading_numbered_with_a_space_names_the_figures_below() -> None:
    """`01 某区第十小学` over its paragraph: the school's figures are its own, named for it, of
    its stage; `某幼儿园建设项目毗邻某小学，占地面积…` sizes the kindergarten, not its neighbour."""
    got = drafted(
        "某区将新建两所学校",
        "01 某区第十小学",
        "新建设的某区第十小学,计划招生规模36个班。项目包括新建教学楼5227.36平方米、新建综合楼5067.49平方米。",
        "02 某区第三十一幼儿园",
        "某区第三十一幼儿园建设项目毗邻某区第十小学,占地面积约15亩。新建教学楼6403.25平方米。",
    )
    assert [(name, raw, segment) for name, raw, _, segment in got][1:] == [
        ("某区第十小学招生规模班", "36个", "小学"),
        ("某区第十小学项目包括新建教学楼", "5227.36平方米", "小学"),
        ("某区第十小学新建综合楼", "5067.49平方米", "小学"),
        ("某区第三十一幼儿园占地面积", "约15亩", "学前"),
        ("某区第三十一幼儿园新建教学楼", "6403.25平方米", "学前"),
    ]


def test_a_schools_headline_line_names_the_figures_of_its_paragraph() -> None:
    """`某区堡旭小学新建校舍项目:预计2025年9月招生` over its paragraph: the project below is that
    school's; `…新建校舍项目位于…` opens a sentence about the school, its sizes of its stage."""
    got = drafted(
        "某市十所学校项目建设忙",
        "某区堡旭小学新建校舍项目:预计2025年9月招生",
        "某区堡旭小学新建校舍项目位于某小区北侧,建设规模为36班型,可容纳学生1620人。"
        "本项目规划总用地面积约30022平方米,新建总建筑面积约14000平方米。预计2025年6月完工。",
    )
    assert [(raw, segment) for _, raw, _, segment in got] == [
        ("36班", "小学"),
        ("1620人", "小学"),
        ("约30022平方米", "小学"),
        ("约14000平方米", "小学"),
    ]
    assert got[-1][0] == "某区堡旭小学新建总建筑面积"


def test_a_clause_saying_what_kind_of_school_one_is_names_its_figures() -> None:
    """`某实验学校为九年一贯制学校，规划办学规模54个班`: the school is named by its own name, not
    with the kind the clause gives it; that kind still gives the stage its name does not tell
    (`某实验中学新校区为普通高中`), and a design's size (`设计规模`) is the school's too."""
    assert drafted("城东实验学校为九年一贯制学校，规划办学规模54个班，可提供学位2430个。") == [
        ("城东实验学校规划办学规模班", "54个", UNDATED, "义务教育"),
        ("城东实验学校提供学位", "2430个", UNDATED, "义务教育"),
    ]
    got = drafted("某市实验中学新校区为普通高中，占地200亩，总投资1.9亿元。")
    assert [(name, seg) for name, _, _, seg in got] == [
        ("某市实验中学新校区占地", "高中段"),
        ("某市实验中学新校区总投资", "高中段"),
    ]
    assert drafted("城东小学是一所全日制公办小学，设计规模36个班。")[0][0] == "城东小学设计规模班"
