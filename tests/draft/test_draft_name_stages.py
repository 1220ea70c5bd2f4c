"""The stage and the name a drafted figure takes from its own clause, stated on invented
sentences (corpus/README.md, `segment`: the stage the figure's own words name)."""

from __future__ import annotations

from plancmp.draft.prose import Paragraph, Plan, read_paragraph
from plancmp.draft.segments import abbreviated_segment, segment_of, topic_segment

YEAR = Plan(None, 2024, True)


def stages(text: str) -> list[tuple[str, str, str | None]]:
    found, _, _ = read_paragraph(text, Paragraph("今年主要任务", False, 2024, 0), YEAR)
    return [(f.name, f.raw, f.segment) for f in found]


def test_a_count_of_middle_schools_is_of_no_one_stage() -> None:
    """`中学` alone is junior years, senior years or both: it takes no stage from `小学` beside it."""
    assert stages("今年新建小学2所，新建中学1所。") == [
        ("新建小学", "2所", "小学"),
        ("新建中学", "1所", None),
    ]
    assert stages("将新增小学180个班，中学28个班。")[1][2] is None
    assert stages("今年新建小学2所，新建初级中学1所。")[1][2] == "初中"


def test_pupils_of_middle_schools_beside_primary_ones_leave_a_total_no_stage() -> None:
    """`小学生可达800名，中学生可达300名，教学班达28个`: the classes are of both kinds of school,
    and `中学生` names no one stage, so the total takes none from `小学生` before it."""
    assert stages("学校规划学生约1100人，小学生可达800名，中学生可达300名，教学班达28个左右。")[-1][
        1:
    ] == ("28个左右", None)


def test_a_clause_that_only_names_a_school_names_the_particulars_after_it() -> None:
    """`…，包括甲幼儿园，设6个班；乙幼儿园，设12个班，共招生360个幼儿`: each school's classes and
    intake are that school's, of its stage; a school clause ends at `；`."""
    assert stages(
        "今年新增学前学位2000个，包括甲地幼儿园，设6个班；乙地幼儿园，设12个班，共招生360到400个幼儿，计划9月开班。"
    ) == [
        ("新增学前学位", "2000个", "学前"),
        ("甲地幼儿园班级", "6个", "学前"),
        ("乙地幼儿园班级", "12个", "学前"),
        ("乙地幼儿园共招生幼儿", "360到400个", "学前"),
    ]
    assert stages("新建学校3所；设36个班。")[1][0] == "班级"


def test_primary_and_junior_schools_listed_together_are_of_no_one_stage() -> None:
    """`新建小学和初中20所`, `小学部、初中部`: one figure of two stages is of none
    (corpus/README.md); a name that prints 义务教育 keeps it."""
    assert stages("今年争创现代化小学和初中20所。") == [("争创现代化小学和初中", "20所", None)]
    assert stages("今年新建、改扩建小学、初中125所。")[0][2] is None
    assert stages("新校区小学部、初中部规划建筑面积4.9万平方米。")[0][2] is None
    assert stages("今年新建义务教育小学和初中3所。")[0][2] == "义务教育"


def test_schools_the_sentence_says_are_of_compulsory_education_are_of_it() -> None:
    """`学校` alone is of no stage, unless its sentence says they are 义务教育学校
    (corpus/README.md); a programme `在…方面` that names them lends nothing."""
    assert stages("在义务教育方面，每年新建、扩建2-3所学校。")[0][2] == "义务教育"
    assert stages("改薄计划覆盖所有公办义务教育学校，改善基本办学条件项目学校177所。") == [
        ("改善基本办学条件项目学校", "177所", "义务教育")
    ]
    assert stages("在义务教育学校薄弱环节的改善方面，今年将改善乡村小规模学校331所。")[0][2] is None
    assert stages("覆盖义务教育学校和普通高中，改善项目学校50所。")[0][2] is None


def test_schools_whose_places_are_compulsory_ones_are_of_compulsory_education() -> None:
    """`新建学校…，新增义务教育学位…`: the places are what the schools add, so the schools are
    义务教育 ones; places of another stage beside them leave the schools of none."""
    assert [s[2] for s in stages("秋季新建学校3所,改扩建学校5所,新增义务教育学位4100个。")] == [
        "义务教育",
        "义务教育",
        "义务教育",
    ]
    assert stages("秋季新建学校7所,新增义务教育学位2600个,高中学位800个。")[0][2] is None


def test_a_bare_rate_listed_after_a_rate_of_one_stage_is_of_that_stage() -> None:
    """`学前教育公办率在50%以上、普惠率在90%以上`: the second rate is the same stage's."""
    assert stages("巩固全市学前教育公办率在50%以上、普惠率在90%以上，推进乡村办园。")[1] == (
        "学前教育普惠率",
        "90%以上",
        "学前",
    )
    assert stages("全市中小学生近视率下降1个百分点、体质达标率95%。")[1][:3:2] == (
        "体质达标率",
        None,
    )
    got = stages("九年义务教育目标人群覆盖率达100%，巩固率≥93%。")[1]  # 九年 names it with it
    assert got == ("义务教育巩固率", "≥93%", "义务教育")


def test_a_stage_a_rate_counts_lends_its_name_to_no_rate_after_it() -> None:
    """`普惠性幼儿园覆盖率…，近视率再降低1个百分点`: 幼儿园 is what the first rate counts, not
    whose rate it is, so the next rate is no 幼儿园近视率; the 再 (again) names nothing."""
    got = stages("普惠性幼儿园覆盖率稳定在93%以上，近视率再降低1个百分点，优良率达到58%。")
    assert [name for name, _, _ in got] == ["普惠性幼儿园覆盖率", "近视率", "优良率"]


def test_a_rate_that_names_whom_it_measures_takes_no_stage_from_the_rate_before() -> None:
    """`初中入学率…，听障儿童入学率…`: the second rate is of the children it names."""
    assert stages("今年小学入学率保持100%，听障儿童入学率95%以上。")[1] == (
        "听障儿童入学率",
        "95%以上",
        None,
    )


def test_a_bare_rate_that_names_its_own_stages_takes_none_from_the_rate_before() -> None:
    """`高中阶段毛入学率…，辍学率初中…、职业中专…`: a rate split by stages of its own is not
    the first rate's stage; `职业中专` is a stage (中职), and each stage takes the rate's name."""
    assert stages(
        "今年高中阶段毛入学率达到92%，年度辍学率小学为0.1%、初中低于0.5%，职业中专低于2%。"
    ) == [
        ("高中阶段毛入学率", "92%", "高中段"),
        ("年度辍学率", "0.1%", "小学"),
        ("年度辍学率", "低于0.5%", "初中"),
        ("年度辍学率", "低于2%", "中职"),
    ]


def test_a_list_item_opened_by_a_long_dash_names_without_the_dash() -> None:
    """A goals list opens each item with `——`: no part of the indicator's name."""
    assert stages("——残疾儿童少年入学率保持在96%以上；")[0][:2] == ("残疾儿童少年入学率", "96%以上")
    assert stages("—普通话普及率达到85%。")[0][0] == "普通话普及率"


def test_money_named_only_by_spending_it_is_named_by_the_work_it_pays_for() -> None:
    """`计划再投入1.6亿元，改扩建乡村义务教育学校45所`: `再投入` says nothing of what the
    money is for; the work measured next does, with the word that spends it (投入, 投资)."""
    assert stages("今年计划再投入1.6亿元，改扩建乡村义务教育学校45所。") == [
        ("改扩建乡村义务教育学校投入", "1.6亿元", "义务教育"),
        ("改扩建乡村义务教育学校", "45所", "义务教育"),
    ]


def test_money_a_county_spends_or_sets_aside_is_named_by_the_work_and_its_own_word() -> None:
    """`该县斥资…，新建…`, `将投入资金…，建设…`, `安排资金…，新建…`: who spends is no name; the
    work is, with 投资 for 斥资, the printed 投入资金, and 资金 for money set aside."""
    got = stages("今年，该县斥资1500万元，在该县4个乡镇新建4所幼儿园。")
    assert got[0][:2] == ("新建幼儿园投资", "1500万元")
    got = stages("今年，某省将投入资金1.8亿元，建设幼儿园120所。")
    assert got[0][:2] == ("建设幼儿园投入资金", "1.8亿元")
    got = stages("全市安排资金6000万元，新建教师周转宿舍500套。")
    assert got[0][:2] == ("新建教师周转宿舍资金", "6000万元")


def test_money_paid_out_or_budgeted_is_set_aside_like_money_arranged() -> None:
    """`拨付资金…`, `编列资金…` set money aside as `安排资金` does: the fund is plain 资金 of the
    work measured next."""
    assert stages("今年全区拨付资金420万元，改建乡村学校食堂12个。") == [
        ("改建乡村学校食堂资金", "420万元", None),
        ("改建乡村学校食堂", "12个", None),
    ]
    assert stages("明年编列资金900万元，新建学生宿舍3栋。") == [
        ("新建学生宿舍资金", "900万元", None),
        ("新建学生宿舍", "3栋", None),
    ]


def test_a_modal_or_you_left_behind_by_a_removed_verb_is_no_part_of_a_name() -> None:
    """`办学规模可达到12个班级`, `公办园数量可达到120所`, `新建有6所`: 可 and 有 go with the verb."""
    assert stages("搬迁后，办学规模可达到12个班级，满足就近入园。")[0][0] == "办学规模班级"
    assert stages("今年全市公办园数量可达到120所。")[0][:2] == ("公办园数量", "120所")
    assert [n for n, _, _ in stages("今年小学新建有6所，改扩建有48所。")] == ["小学新建", "改扩建"]
    assert stages("今年办学许可120所。")[0][0] == "办学许可"


def test_a_school_project_a_sentence_opens_with_names_its_sizes() -> None:
    """`甲小学项目位于…，用地面积…，建成后可提供…个学位`: the school's own land and places."""
    assert stages("甲地小学项目位于某路南侧，用地面积约3万平方米，建成后可提供学位1800个。") == [
        ("甲地小学用地面积", "约3万平方米", "小学"),
        ("甲地小学提供学位", "1800个", "小学"),
    ]


def test_the_verb_that_undertakes_a_schools_building_project_is_no_part_of_its_name() -> None:
    """`启动某中学建设项目`: 启动 undertakes the works (as before 迁建工程), no word of the
    school's name, though a school's 建设项目 alone is where it stands (`某中学建设项目位于…`)."""
    got = stages("2024年，启动市第一中学建设项目，总投资3.2亿元。")
    assert got[0][:2] == ("市第一中学建设项目总投资", "3.2亿元")
    assert stages("2024年，市第二中学建设项目位于城东，总投资2亿元。")[0][:2] == (
        "市第二中学总投资",
        "2亿元",
    )


def test_the_works_on_one_school_a_clause_undertakes_name_its_cost() -> None:
    """`启动某中学迁建工程，总投资3.2亿元`: the cost is of those works, not a bare 总投资."""
    assert stages("2025年，启动第二高级中学迁建工程，总投资3.2亿元。") == [
        ("第二高级中学迁建工程总投资", "3.2亿元", "高中段")
    ]
    assert stages("实施城南小学新建项目，总投资1.5亿元。")[0][:2] == (
        "城南小学新建项目总投资",
        "1.5亿元",
    )


def test_a_size_listed_after_a_count_of_works_is_theirs() -> None:
    """`新改扩建义务教育学校100所、校舍面积30万平方米`: the floor area of those schools' works."""
    assert stages("今年新改扩建义务教育学校100所、校舍面积30万平方米。")[1] == (
        "新改扩建义务教育学校校舍面积",
        "30万平方米",
        "义务教育",
    )


def test_a_task_of_its_own_after_a_count_of_schools_takes_no_stage_from_it() -> None:
    """`创建省级特色高中30所，创建名师工作室62个`: the studios are a task of their own, of no
    stage the high schools' clause names; the places the schools add (`新增学位…`) are theirs."""
    got = stages("今年创建省级特色高中30所，创建名师工作室62个。")
    assert got == [("创建省级特色高中", "30所", "高中段"), ("创建名师工作室", "62个", None)]
    assert stages("今年新建小学2所，新增学位1800个。")[1] == ("新增学位", "1800个", "小学")


def test_a_task_whose_name_holds_the_character_xue_is_still_a_task_of_its_own() -> None:
    """`培育数学名师工作室`, `开展研学活动`: 学 inside a subject or an activity is no school
    nor anything one holds; the pupils schools enrol (`招收学生…`) still share their stage."""
    got = stages("今年新建幼儿园30所，培育数学名师工作室20个，开展研学活动200次。")
    assert [s for _, _, s in got] == ["学前", None, None]
    assert stages("今年新建初中2所，招收学生1800名。")[1] == ("招收学生", "1800名", "初中")


def test_places_of_junior_and_senior_high_together_are_of_no_one_stage() -> None:
    """`初高中学位`: places of two stages in one figure; `基础教育…学位`, of every school stage,
    takes none from the kindergartens the clause before speaks of."""
    assert stages("今年扩充初高中学位1.4万个以上。") == [("扩充初高中学位", "1.4万个以上", None)]
    got = stages("深化公办幼儿园建设三年攻坚，提质升级基础教育优质学位9万个。")
    assert got == [("提质升级基础教育优质学位", "9万个", None)]


def test_a_programmes_name_lends_no_stage_to_the_figures_after_it() -> None:
    """`实施普通高中扩容提质三年行动计划，…增加学位8万个`: the stage is the programme's, not the
    places'; a stage the clause itself names still counts."""
    assert stages("实施普通高中扩容提质三年行动计划，增加学位8万个。") == [
        ("增加学位", "8万个", None)
    ]
    assert stages("推进普通高中扩容，增加学位8万个。")[0][2] == "高中段"


def test_a_stage_in_the_name_of_a_figure_before_is_not_lent_to_a_group_s_rate() -> None:
    """`义务教育阶段入学率保持100%，原建档立卡学生巩固率达到100%`: the stage names the figure
    before; the next clause's rate names its own group of pupils and takes no stage from it.
    A bare rate after it (`，巩固率达到98%`) still shares the stage."""
    got = stages("义务教育阶段入学率保持100%、巩固率达到98%，原建档立卡学生巩固率达到100%。")
    assert got[-1] == ("原建档立卡学生巩固率", "100%", None)
    assert stages("义务教育阶段入学率保持100%，巩固率达到98%。")[-1][2] == "义务教育"


def test_a_primary_school_by_its_number_is_of_the_primary_stage() -> None:
    """`某镇中心二小` is 中心第二小学; `县中` or `一中` before or alone names no stage."""
    assert abbreviated_segment("某县中南二小") == "小学"
    assert abbreviated_segment("东城第十二小") == "小学"
    assert abbreviated_segment("实验3小") == "小学"
    assert abbreviated_segment("某县一中") is None
    assert abbreviated_segment("某县二小分校") is None
    assert abbreviated_segment("新建小学") is None


def test_money_split_by_its_source_is_of_the_works_counted_before_it() -> None:
    """`…幼儿园项目6个，投资900万元，申请中央预算内投资700万元，地方投资200万元`: each source's
    share of the cost is of the same kindergartens, however many shares are listed."""
    got = stages("实施公办幼儿园项目6个，投资900万元，申请中央预算内投资700万元，地方投资200万元。")
    assert [(raw, segment) for _, raw, segment in got] == [
        ("6个", "学前"),
        ("900万元", "学前"),
        ("700万元", "学前"),
        ("200万元", "学前"),
    ]


def test_a_measure_closing_the_noun_after_a_count_names_the_value_after_it() -> None:
    """`建设3所学校总投资5亿元`: 总投资 is what 5亿元 measures, not part of what 3所 counts."""
    got = stages("今年将建设3所学校总投资5亿元。")
    assert [(name, raw) for name, raw, _ in got] == [("建设学校", "3所"), ("总投资", "5亿元")]


def test_classes_a_schools_scale_is_stated_in_are_named_its_scale() -> None:
    """`将具备24个班级的办学规模`: the count names the school's 办学规模, printed after it."""
    got = stages("项目建成后，甲小学将具备24个班级的办学规模。")
    assert got == [("办学规模", "24个", "小学")]


def test_buildings_listed_after_a_part_of_a_school_are_that_parts() -> None:
    """`建设初中部教学楼…、宿舍楼…`: the buildings listed after the junior part's teaching block
    are its buildings too; after schools of two stages they are of neither."""
    assert [
        s for _, _, s in stages("今年建设初中部教学楼5200平方米、宿舍楼1800平方米、食堂900平方米。")
    ] == [
        "初中",
        "初中",
        "初中",
    ]
    assert stages("今年新建幼儿园2所、小学1所，宿舍楼1500平方米。")[-1][2] is None


def test_a_rate_named_in_full_takes_no_stage_from_the_rate_before() -> None:
    """`学前三年毛入园率将达96%，优质教育资源覆盖面达75%`: the first rate's stage is its own; the
    next rate, named in full, is of no stage; a bare qualifier after a group (`学前教师…，本科及
    以上学历达到60%`) goes on about that group."""
    assert stages("到2024年，学前三年毛入园率将达96%，优质教育资源覆盖面达75%。")[1][2] is None
    assert stages("今年学前教师100%持证上岗，本科及以上学历达到60%。")[1][2] == "学前"


def test_the_intake_of_classes_counted_before_is_of_their_stage() -> None:
    """`…再增加30班，核收人数约800人`: the approved intake is of the classes just counted, so of
    their stage, though its own clause names none."""
    got = stages("市教育局表示，公立幼儿园再扩容，规模空前，预计将再增加30班，核收人数约800人。")
    assert got[-1] == ("核收人数", "约800人", "学前")


def test_shares_of_a_sum_split_by_source_are_of_the_sums_stage() -> None:
    """`需资金8000万元，其中：中央资金…，省级资金…`: the shares are of the sum before `其中`, so of
    its stage; a count listed after `其中` (`中学3所`) keeps what its own words say."""
    got = stages(
        "全面改善义务教育学校办学条件，改造项目学校40所，需资金6000万元，"
        "其中：中央资金2500万元，省级资金1500万元，县级资金2000万元。"
    )
    assert [(raw, seg) for _, raw, seg in got[1:]] == [
        ("6000万元", "义务教育"),
        ("2500万元", "义务教育"),
        ("1500万元", "义务教育"),
        ("2000万元", "义务教育"),
    ]
    got = stages("今年新建义务教育学校9所，其中中学3所、小学6所。")
    assert got[1][2] is None


def test_a_figure_of_primary_and_junior_schools_counted_apart_is_of_no_one_stage() -> None:
    """`对6所小学、4所初中的操场进行改造，建成…10块`: the works serve schools of two stages,
    counted each apart, so the figure is of no one stage (corpus/README.md: two stages
    together); a sentence that says 义务教育 keeps it."""
    got = stages("今年投入经费对6所小学、4所初中的操场进行改造，建成塑胶操场10块。")
    assert got[-1] == ("建成塑胶操场", "10块", None)
    got = stages("今年对义务教育阶段6所小学、4所初中的操场进行改造，建成塑胶操场10块。")
    assert got[-1][2] == "义务教育"


def test_children_counted_by_the_schooling_they_will_get_are_of_its_stage() -> None:
    """`…万名儿童将享受免费学前教育`: the stage named after the figure is what the children get;
    schooling of no one stage (`15年免费教育`) gives none."""
    assert stages("建成后,某州约12万乡村学龄儿童可享受免费学前教育。")[0][2] == "学前"
    assert stages("建成后,某州约12万名学生将享受15年免费教育。")[0][2] is None


def test_places_of_middle_schools_in_a_primary_schools_particulars_are_of_no_one_stage() -> None:
    """`甲小学…可提供1890个小学学位，600个中学学位`: the school's name says 小学, but the second
    figure counts places of 中学, junior years, senior years or both: no one stage."""
    got = stages(
        "某市东湖第二实验小学位于东湖片区,总用地面积约80亩,学校规模为42班小学,12班初中,"
        "可提供1890个小学学位,600个中学学位。"
    )
    assert [(raw, segment) for _, raw, segment in got][-2:] == [("1890个", "小学"), ("600个", None)]


def test_a_school_of_so_many_years_keeps_its_years_in_its_name() -> None:
    """`九年一贯制学校`, `十二年一贯制`, `九年义务教育`: the years name a kind of school or schooling,
    not a span of time to strip (`三年内新建…`), so a list's part keeps them, and its stage (and
    the total's verb, as its 幼儿园 beside it does)."""
    assert stages("今年新建学校15所，其中幼儿园6所，九年一贯制学校4所。")[2] == (
        "新建九年一贯制学校",
        "4所",
        "义务教育",
    )
    assert stages("今年建成十二年一贯制学校1所。")[0][0] == "建成十二年一贯制学校"
    assert stages("三年内新建幼儿园7所。")[0][0] == "新建幼儿园"


def test_a_total_after_a_colon_is_of_the_schools_listed_before_it() -> None:
    """`甲幼儿园、乙幼儿园：共提供…学位`: the places are those kindergartens', so the total takes
    their stage; `共` and `可` only say it is a total, and are no part of its name. A total that
    sums the works just counted is of their stage, as their places are (corpus README, `segment`:
    `新建小学2所，新增学位1800个`: both 小学)."""
    assert stages("东城区 明德幼儿园、春晖幼儿园：共提供540个学位。") == [
        ("提供学位", "540个", "学前")
    ]
    assert stages("今年新建幼儿园2所，新增学位270个，共计可新增城区学位900个。")[-1] == (
        "新增城区学位",
        "900个",
        "学前",
    )


def test_a_total_after_schools_named_as_works_is_of_their_stage() -> None:
    """`甲幼儿园和乙幼儿园为第一批建设项目，总投资…`: the total is of the works just named, so of
    their stage; works of two stages leave it none."""
    found = stages(
        "甲中心幼儿园和乙中心幼儿园为第一批建设项目，总建筑面积5300平方米，计划总投资930万元。"
    )
    assert [(raw, seg) for _, raw, seg in found] == [("5300平方米", "学前"), ("930万元", "学前")]
    found = stages("甲小学和乙幼儿园为今年建设项目，总投资5000万元。")
    assert [(raw, seg) for _, raw, seg in found] == [("5000万元", None)]


def test_a_count_of_universities_takes_no_stage_from_the_phrase_before_it() -> None:
    """`…幼儿园占比超55% 争取新建2所一流大学`: a university is of no school stage, so the count
    takes none from the kindergartens before it; nor do `职业院校` (vocational colleges and
    schools) and other 院校 (`师范院校`) from the schools before them."""
    found = stages("公办幼儿园占比超55% 争取新建2所一流大学。")
    assert [(raw, seg) for _, raw, seg in found] == [("超55%", "学前"), ("2所", None)]
    found = stages("今年新建中职学校1所，重点扶持高水平职业院校4所。")
    assert [(raw, seg) for _, raw, seg in found] == [("1所", "中职"), ("4所", None)]
    found = stages("开展232所优质高中结对帮扶，强化12所师范院校对县域教育的帮扶。")
    assert [(raw, seg) for _, raw, seg in found] == [("232所", "高中段"), ("12所", None)]


def test_a_vocational_centre_and_a_vocational_school_are_of_secondary_vocational_years() -> None:
    """A county's `职教中心` and a `中等职校` are vocational schools of the senior years: 中职,
    not the 高中段 a clause before speaks of."""
    found = stages("今年普通高中扩招到2万人，新建区级职教中心2个。")
    assert [(raw, seg) for _, raw, seg in found] == [("2万人", "高中段"), ("2个", "中职")]
    assert stages("中等职校学生顶岗实习率达到90%。")[0][2] == "中职"


def test_a_vocational_centre_and_a_vocational_middle_school_are_of_the_vocational_stage() -> None:
    """`职业教育中心`, the full name of a county's 职教中心, and a `职业中学` (职中) are vocational
    schools of the senior years: a figure their own clause counts is 中职."""
    got = stages("某县职业教育中心今年新建实训楼一栋，建筑面积3200平方米。")
    assert [seg for _, _, seg in got] == ["中职", "中职"]
    assert stages("今年某县职业中学将扩建宿舍2400平方米。")[0][2] == "中职"


def test_a_part_after_a_clause_of_no_figure_takes_no_stage_from_it() -> None:
    """`其中` after a clause that prints no total (a plan for kindergartens) picks items of a
    list, not a part of a total: a count of `学校` there names no stage; a part of a printed
    total still takes its stage."""
    found = stages("教育局已排定今年幼儿园建设安排，其中拟翻修东街小学等18所学校。")
    assert [(raw, seg) for _, raw, seg in found] == [("18所", None)]
    found = stages("今年建成幼儿园9所，其中街道办学校5所。")
    assert [(raw, seg) for _, raw, seg in found] == [("9所", "学前"), ("5所", "学前")]


def test_places_a_built_school_provides_are_of_its_stage() -> None:
    """`新建小学3所，…提供学位1620个`: the places the works provide are those schools', as
    their money and floor area are (corpus README, `segment`)."""
    assert stages("今年新建公办小学3所，计划投资4100万元，可提供学位1620个。")[-1] == (
        "提供学位",
        "1620个",
        "小学",
    )
    assert stages("今年新建公办小学3所、幼儿园1所，提供学位1620个。") == [
        ("新建公办小学", "3所", "小学"),
        ("新建幼儿园", "1所", "学前"),
        ("提供学位", "1620个", None),
    ]


def test_the_statute_names_of_the_primary_and_junior_stages_and_the_junior_exam_name_them() -> None:
    """`初等教育` is primary schooling, `初级中等教育` junior secondary, and `中考` the exam
    that closes the junior years: a rate of them is of that stage."""
    assert stages("今年初等教育毛入学率保持在100%。")[0][2] == "小学"
    assert stages("今年初级中等教育毕业率达到97%。")[0][2] == "初中"
    assert stages("今年努力使全区中考及格率提高到72%。")[0][2] == "初中"


def test_parts_opening_the_next_sentence_with_qizhong_take_their_totals_stage() -> None:
    """`…将改扩建初中学校40所。其中，利用省级资金改扩建31所`: the parts of the total just
    printed are of its stage when their own words name none."""
    assert stages(
        "今年将改扩建农村初中学校40所。其中，利用省级资金改扩建31所，利用县级资金改扩建9所。"
    ) == [
        ("改扩建农村初中学校", "40所", "初中"),
        ("利用省级资金改扩建", "31所", "初中"),
        ("利用县级资金改扩建", "9所", "初中"),
    ]


def test_parts_opening_with_qizhong_and_no_comma_take_their_totals_stage() -> None:
    """`…改扩建275所幼儿园。其中新建88所，改扩建187所`: 其中 opens the breakdown whether or not
    a comma follows it, and the parts are of the total's kind (`新建幼儿园`)."""
    assert stages("今年全市新建、改扩建275所幼儿园。其中新建88所，改扩建187所。")[1:] == [
        ("新建幼儿园", "88所", "学前"),
        ("改扩建幼儿园", "187所", "学前"),
    ]


def test_a_figure_after_counts_of_several_stages_listed_together_is_of_none() -> None:
    """`54所幼儿园、31所中小学投入使用，新增学位总数近6万个`: the places are of all the schools
    listed, one count of them of several stages, so of no one stage; a part's figure
    after `其中` is the part's."""
    assert stages("今年将有54所新改扩建幼儿园、31所新改扩建中小学投入使用，新增学位总数近6万个。")[
        -1
    ] == ("新增学位总数", "近6万个", None)
    assert stages("今年新投入使用9所幼儿园和5所中小学，提供学位12240个。")[-1][2] is None
    assert stages("今年建成33所中小学幼儿园，其中建成14所幼儿园，可新增4250个学位。")[-1] == (
        "新增学位",
        "4250个",
        "学前",
    )


def test_young_children_and_a_kindergartens_buildings_are_of_preschool() -> None:
    """`幼童` (young children, as Taiwan counts a kindergarten's places) and `园舍` (a
    kindergarten's buildings) are of 学前; a count in 班 named only by the verb that gives
    the classes is named by them."""
    assert stages("幼儿园预计今年招生，可提供8班、156名幼童就读机会。") == [
        ("提供班级", "8班", "学前"),
        ("提供幼童就读机会", "156名", "学前"),
    ]
    assert stages("今年生均园舍面积达到9平方米。")[0][2] == "学前"


def test_parts_after_totals_of_several_stages_take_no_stage_from_them() -> None:
    """`新增中小学学位2.4万个、幼儿园学位1500个。其中，…`: the sentence before holds totals of
    no one stage, so the parts opening the next take none from its last figure."""
    assert stages("今年新增中小学学位2.4万个、幼儿园学位1500个。其中，12个项目将年内完工。") == [
        ("新增中小学学位", "2.4万个", None),
        ("新增幼儿园学位", "1500个", "学前"),
        ("项目", "12个", None),
    ]


def test_the_figures_of_a_school_a_clause_opens_with_are_of_its_stage() -> None:
    """`乙区第六幼儿园，位于某路，总投资…，建设规模…`: each item of a list of schools to build
    opens with the school, and its sizes, classes and places are of that school's stage; a
    school of several stages (`中小学`) lends none."""
    got = stages("甲镇第二幼儿园，位于河西路，建设总投资980万元，建设用地6200㎡，共12个教学班。")
    assert [(raw, segment) for _, raw, segment in got] == [
        ("980万元", "学前"),
        ("6200㎡", "学前"),
        ("12个", "学前"),
    ]
    got = stages("甲镇实验中小学，位于河西路，建设规模9100㎡，可容纳学生1500名。")
    assert [segment for _, _, segment in got] == [None, None]


def test_parts_of_a_total_opened_by_zhong_take_its_stage_however_many() -> None:
    """`全市11个幼儿园项目中，甲区2个，乙区3个，丙区1个，丁区5个`: every part of a total split
    after `…中，` is of what the total counts, the fourth part as much as the first."""
    got = stages("据了解，全市11个幼儿园建设项目中，甲区2个，乙区3个，丙区1个，丁区5个。")
    assert [(raw, segment) for _, raw, segment in got][-4:] == [
        ("2个", "学前"),
        ("3个", "学前"),
        ("1个", "学前"),
        ("5个", "学前"),
    ]


def test_funds_of_each_kind_paying_for_the_schools_built_are_of_their_stage() -> None:
    """`投入建设资金…、运行经费…用于新建…幼儿园`: money listed by kind and spent on the
    schools the sentence builds is of those schools' stage, each kind as much as the first."""
    got = stages("今年省里将投入建设资金2.6亿元、日常运转经费1.4亿元用于新建和改扩建180所幼儿园。")
    assert [(raw, segment) for _, raw, segment in got][:2] == [
        ("2.6亿元", "学前"),
        ("1.4亿元", "学前"),
    ]


def test_grounds_and_equipment_after_the_schools_a_programme_improves_are_theirs() -> None:
    """`…3500所义务教育学校纳入改造，…改扩建校舍…、运动场地…，购置教学仪器设备…`: the sports
    grounds and the equipment an improvement programme adds are its schools', as its money
    and floor area are."""
    got = stages(
        "今年省内3500所义务教育学校纳入改造，计划投入资金80多亿元，改扩建校舍420万平方米、"
        "运动场地310万平方米，购置教学仪器设备9亿元。"
    )
    assert [s for _, _, s in got] == ["义务教育"] * 5


def test_a_count_followed_by_the_ages_it_is_of_is_read_with_them() -> None:
    """`共提供24个2至3岁收托名额`: the ages after the counter pick out whom the places are
    for, so the count is an amount and its name goes on past them; `2班2岁专班` counts
    classes whose kind the age names."""
    got = stages("今年县府将在两所国小附幼各增设1班，预计共提供24个2至3岁收托名额。")
    assert ("提供2至3岁收托名额", "24个") in [(name, raw) for name, raw, _ in got]


def test_a_lead_of_senior_and_post_secondary_schooling_lends_no_stage() -> None:
    """`高中及专上教育…：…超过四分之一的青年可修读学士学位课程`: post-secondary courses (专上,
    学士学位) are no school stage, so the lead that names them with 高中 lends none."""
    got = stages("高中及专上教育稳步发展：预计三年内，有超过四分之一的青年可修读学士学位课程。")
    assert [s for _, _, s in got] == [None]


def test_an_indicator_a_colon_closes_names_the_values_its_stages_give() -> None:
    """`生均图书：小学达到…、初中达到…`: the label before the colon is the indicator, each stage a
    segment of it (also after 均, and in the next clause); a label of the goals names none."""
    assert stages("每百名学生拥有规定学历教师数：小学达到4.6人以上、初中达到5.1人以上。") == [
        ("每百名学生拥有规定学历教师数", "4.6人以上", "小学"),
        ("每百名学生拥有规定学历教师数", "5.1人以上", "初中"),
    ]
    assert stages("生均图书册数：小学、初中均达到35册以上；新建学校3所。") == [
        ("生均图书册数", "35册以上", "小学"),
        ("生均图书册数", "35册以上", "初中"),
        ("新建学校", "3所", None),
    ]
    assert stages("生均公用经费：小学900元，初中1100元。") == [
        ("生均公用经费", "900元", "小学"),
        ("生均公用经费", "1100元", "初中"),
    ]
    assert stages("主要任务：小学入学率达到100%。") == [("小学入学率", "100%", "小学")]


def test_graduate_students_counted_take_no_stage_from_the_clauses_before() -> None:
    """`普及九年义务教育，毕业研究生18万人`: graduate students are no school stage's; a teachers'
    degree (`专任教师研究生学历比例`) still takes the stage its clauses speak of."""
    found, _, _ = read_paragraph(
        "到2025年，普及九年义务教育，毕业研究生18万人，专任教师研究生学历比例达到20%。",
        Paragraph("一、发展目标", False, None, 0),
        Plan(2020, 2025, False),
    )
    assert [(f.name, f.segment) for f in found] == [
        ("毕业研究生", None),
        ("专任教师研究生学历比例", "义务教育"),
    ]


def test_a_sum_takes_the_stage_of_the_schools_it_pays_for_right_after_it() -> None:
    """`投入6300万元修建10个乡镇公办幼儿园`, `计划投入6196万元，新建4所…幼儿园`: the money builds
    kindergartens, so it is 学前 money; money for schools of several kinds, for examples of a
    count of schools or for a part of a school takes none."""
    assert stages("县政府决定，将分批投入6300万元修建10个乡镇公办幼儿园。")[0][1:] == (
        "6300万元",
        "学前",
    )
    assert stages("某州计划投入6196万元，新建4所、改扩建4所幼儿园。")[0][1:] == ("6196万元", "学前")
    assert stages("计划投资2.35亿元，新建某第七中学和某第四幼儿园。")[0][2] is None
    assert stages("规划投资近15亿元，新改扩建甲小学、乙小学等11所学校。")[0][2] is None
    assert stages("年度计划投资7500万元，建设初中部教学楼6000平方米。")[0][2] is None


def test_a_kindergarten_a_primary_school_runs_is_of_pre_school() -> None:
    """`某小学附属幼儿园`, Taiwan's `国小附幼`: kindergartens a school runs, so their figures are
    学前, not 小学's, nor of no stage."""
    assert topic_segment("实验小学附属幼儿园班级") == "学前"
    assert topic_segment("光华国小附幼增设2岁专班") == "学前"
    assert topic_segment("实验小学班级") == "小学"


def test_a_vocational_high_school_is_of_vocational_education() -> None:
    """`县职业高级中学`, `职业高中`: vocational schools of the senior years, 中职, not 高中段;
    `普通高中` stays 高中段."""
    assert topic_segment("县职业高级中学建设用地面积") == "中职"
    assert topic_segment("职业高中在校生") == "中职"
    assert topic_segment("普通高中在校生") == "高中段"


def test_higher_vocational_education_is_of_no_school_stage() -> None:
    """`高职`, `高专` (`高职高专示范学校`, `高职毕业生`): colleges, above the school stages, though
    `高职高专` holds the letters of `职高`."""
    assert topic_segment("高职高专示范学校") is None
    assert topic_segment("高职毕业生初次就业率") is None
    assert topic_segment("县职高学生") == "中职"


def test_adult_literacy_and_the_two_basics_are_of_no_school_stage() -> None:
    """`青壮年文盲率` after `初中毛入学率`, `“两基”人口覆盖率`: adult literacy is no school's, and
    `两基` joins compulsory education with literacy, so neither takes a stage."""
    found = stages(
        "到2007年，“两基”人口覆盖率达到85%以上，初中毛入学率达到90%以上，青壮年文盲率降到5%以下。"
    )
    assert [(raw, seg) for _, raw, seg in found] == [
        ("85%以上", None),
        ("90%以上", "初中"),
        ("5%以下", None),
    ]


def test_a_schools_listed_buildings_take_the_stage_of_the_school_the_sentence_builds() -> None:
    """`某区第二小学建设项目…，包含教学楼2栋、操场1个、男女生宿舍各2栋、教师宿舍2栋`: each
    building is of the primary school, as its teaching block is."""
    got = {
        (raw, seg)
        for _, raw, seg in stages(
            "某区第二小学建设项目总投资17140.5万元，项目总建筑面积达36239.28平方米，"
            "包含教学楼2栋、操场1个、男女生宿舍各2栋、教师宿舍2栋等。"
        )
    }
    assert {("1个", "小学"), ("2栋", "小学")} <= got
    assert ("2栋", None) not in got


def test_a_schools_campus_land_and_buildings_area_take_the_stage_it_is_built_to() -> None:
    """`…将按省级一级达标高中标准建设，…，校园占地161亩，校舍总建筑面积7.6万平方米`: the campus
    and its buildings are the senior school's, as its land and floor area are."""
    got = {
        (raw, seg)
        for _, raw, seg in stages(
            "新建某实验学校项目位于某路，将按省级一级达标高中标准建设，设置60个班，"
            "校园占地161亩，校舍总建筑面积7.6万平方米。"
        )
    }
    assert {("161亩", "高中段"), ("7.6万平方米", "高中段")} <= got


def test_taiwans_primary_and_junior_schools_as_words_of_their_own_name_their_stage() -> None:
    """`新竹特教学校预计招收6个班级，国小2班、国中1班，高中职3班`: 国小 and 国中 alone are the
    primary and junior stages; 国小附幼 (a primary school's kindergarten) is no primary figure."""
    got = {
        (raw, seg)
        for _, raw, seg in stages("某特教学校预计招收6个班级，国小2班、国中1班，高中职3班。")
    }
    assert {("2班", "小学"), ("1班", "初中"), ("3班", None)} <= got
    assert segment_of("国小附幼") is None


def test_what_a_school_holds_once_built_is_named_without_when() -> None:
    """`…建成后可容纳学生2万人以上`, `…可容纳7000人就读`: the name is what it holds (`可容纳学生`),
    not the time it holds it; a vocational centre's capacity is of its stage."""
    found = stages("某学院新校区总投资20亿元，建成后可容纳学生2万人以上。")
    assert ("可容纳学生", "2万人以上") in [(name, raw) for name, raw, _ in found]
    found = stages("某县职教中心建设项目计划占地488亩，总投资3.43亿元，可容纳7000人就读。")
    assert ("7000人", "中职") in {(raw, seg) for _, raw, seg in found}


def test_a_run_of_particulars_about_one_school_names_each_with_the_school() -> None:
    """`其中甲中学北校区占地约47亩，建筑面积约1.8万㎡，办学规模8轨24班；乙学校北校区占地约60亩，
    建筑面积约2.9万㎡`: each campus's floor area is its own (two bare 建筑面积 were alike); a
    particular after a count of buildings may be theirs (`教学楼三栋，总面积…`) and keeps its name."""
    found = stages(
        "其中甲中学北校区占地约47亩，建筑面积约1.8万㎡，办学规模8轨24班；"
        "丙路实验学校北校区占地约60亩，建筑面积约2.9万㎡。"
    )
    assert ("甲中学北校区建筑面积", "约1.8万㎡") in [(n, r) for n, r, _ in found]
    assert ("丙路实验学校北校区建筑面积", "约2.9万㎡") in [(n, r) for n, r, _ in found]
    found = stages("某小学建设项目计划总投资8500万元，建设包括教学楼三栋，总面积达到1.36万平方米。")
    assert ("总面积", "1.36万平方米") in [(n, r) for n, r, _ in found]


def test_a_sentence_that_opens_with_a_school_alone_names_all_its_particulars() -> None:
    """`甲镇乙幼儿园，建设面积2135平方米，新增教学班18个；丙镇丁幼儿园，…`: a list printing each
    school's particulars after its name; the first is the school's too, so equal figures of two
    schools stay two records."""
    found = stages(
        "甲镇乙幼儿园，建设面积2135平方米，建成后新增教学班18个。"
        "丙镇丁幼儿园，建设面积2135平方米，建成后新增教学班18个。"
    )
    assert [(n, r) for n, r, _ in found] == [
        ("甲镇乙幼儿园建设面积", "2135平方米"),
        ("甲镇乙幼儿园新增教学班", "18个"),
        ("丙镇丁幼儿园建设面积", "2135平方米"),
        ("丙镇丁幼儿园新增教学班", "18个"),
    ]
    assert stages("城区新建幼儿园，建设面积2000平方米。")[0][0] == "建设面积"


def test_rates_that_reach_a_share_of_a_plans_task_are_named_without_the_task() -> None:
    """`确保明年年底校舍建设竣工率和设备采购完成率达到五年规划任务的50%`: two rates, each at half
    of the task; the goal and the `年底` they are due are no part of their names."""
    found = stages("确保明年年底校舍建设竣工率和设备采购完成率达到五年规划任务的50%。")
    assert [(n, r) for n, r, _ in found] == [("校舍建设竣工率", "50%"), ("设备采购完成率", "50%")]


def test_hong_kongs_child_care_centres_are_care_of_no_school_stage() -> None:
    """`日间幼儿中心28间`, `资助独立幼儿中心名额约1000个`: care for the under-threes, as 托位 are,
    not 学前."""
    found = stages("另外，日间幼儿中心28间。资助独立幼儿中心名额约1000个。")
    assert all(seg is None for _, _, seg in found) and found


def test_a_sentence_of_child_care_centres_and_their_places_lends_no_school_stage() -> None:
    """`分阶段增设10所资助独立幼儿中心，3年内增加900个日间幼儿照顾服务名额`: the centres and the
    day child care they give are care of the under-threes; a kindergarten's places stay 学前."""
    found = stages("分阶段增设10所资助独立幼儿中心，3年内增加900个日间幼儿照顾服务名额。")
    assert [(r, seg) for _, r, seg in found] == [("10所", None), ("900个", None)]
    assert [seg for _, _, seg in stages("新建幼儿园3所，增加学位900个。")] == ["学前", "学前"]


def test_a_part_of_schools_and_kindergartens_together_takes_no_stage_from_them() -> None:
    """`新建、改扩建中小学校和幼儿园8所，其中新建学校2所`: the total is of several stages, so its part
    named only 学校 is of none (not 学前 from the 幼儿园 the total names beside 中小学校)."""
    found = stages("新建、改扩建中小学校和幼儿园8所，其中新建学校2所。")
    assert [(r, seg) for _, r, seg in found] == [("8所", None), ("2所", None)]


def test_schools_whose_places_hold_compulsory_ones_as_a_part_take_no_stage() -> None:
    """`新建学校2所，…新增义务教育学位3100个`: the schools add compulsory places, so are of 义务教育;
    when those places are a part of all the places (`新增学位6480个，其中义务教育学位4950个`), the
    schools and the total are of no one stage."""
    found = stages("今年新建学校2所，改扩建学校4所，新增义务教育学位3100个。")
    assert [seg for _, _, seg in found] == ["义务教育", "义务教育", "义务教育"]
    found = stages("今年竣工投用学校6所，新增学位6480个，其中义务教育学位4950个。")
    assert [(r, seg) for _, r, seg in found] == [
        ("6所", None),
        ("6480个", None),
        ("4950个", "义务教育"),
    ]


def test_people_counted_straight_after_classes_are_named_as_the_classes_were() -> None:
    """`规划办学规模为18个班540人`: the 540 are the pupils of those classes, not `班`."""
    found = stages("某幼儿园规划办学规模为18个班540人，总投资3000万元。")
    assert ("某幼儿园规划办学规模人数", "540人") in [(n, r) for n, r, _ in found]


def test_a_college_entrance_exam_rate_takes_no_stage_from_the_junior_exam_before() -> None:
    """`高考本科上线率` measures entry to college: it takes no stage from `中考` in the clause
    before; a senior school named in its own clause still gives one."""
    assert stages("中考体育测试满分率提高5个百分点，高考本科上线率稳定在85%以上。") == [
        ("中考体育测试满分率", "提高5个百分点", "初中"),
        ("高考本科上线率", "85%以上", None),
    ]
    assert stages("某高级中学高考本科上线率达到90%。")[0][2] == "高中段"


def test_an_indicator_named_before_a_comma_names_the_stages_values_after_it() -> None:
    """`教师本科以上学历比例，小学达到80%，初中达到95%`: as after a colon, each stage's value is of
    the indicator the clause before names; a clause that names no indicator (`全面提高质量，`)
    lends no name, and a value with a name of its own keeps it."""
    assert stages(
        "全县中小学教师本科以上学历比例，小学达到80%，初中达到95%，高中研究生学历比例达到15%。"
    ) == [
        ("中小学教师本科以上学历比例", "80%", "小学"),
        ("中小学教师本科以上学历比例", "95%", "初中"),
        ("高中研究生学历比例", "15%", "高中段"),
    ]
    assert stages("全面提高教育质量，小学达到80%。") == [("小学", "80%", "小学")]


def test_a_full_time_school_doctor_or_a_serving_head_is_no_vocational_school() -> None:
    """`专职校医`, `在职校长` hold `职校` (a vocational school) across two words: they name no
    stage."""
    assert topic_segment("每所学校专职校医") is None
    assert topic_segment("在职校长培训") is None
    assert topic_segment("县职校专业课教师") == "中职"


def test_a_middle_and_a_primary_school_named_together_lend_no_one_stage() -> None:
    """`某市第十中学和第十小学是…项目，占地面积140亩`: the figures are of both schools, so of no
    one stage, as `小学和初中` are."""
    got = stages("某市第十中学和第十小学是援建项目，今年完成占地面积140亩，总建筑面积35000平方米。")
    assert [seg for _, _, seg in got] == [None, None]
    assert topic_segment("新建实验中学、实验小学") is None
    assert topic_segment("新建实验小学") == "小学"


def test_public_places_after_a_count_of_one_stages_schools_are_of_that_stage() -> None:
    """`新建10所义务教育阶段学校，包括…，预计新增公办学位…`: places qualified as public (公办,
    民办, 普惠) are the schools' places as bare 学位 are, after the schools listed; the first
    school of a list of examples (`甲小学、乙学校等12所`) names none of the figures after it."""
    text = "今年新建10所义务教育阶段学校，包括甲学校、乙高级中学（高中）、丙外国语小学，预计新增{}11160个。"
    assert stages(text.format("学位"))[1] == ("新增学位", "11160个", "义务教育")
    assert stages(text.format("公办学位"))[1] == ("新增公办学位", "11160个", "义务教育")
    text = "加快推进甲小学、乙学校等12所义务教育阶段新建、改扩建学校建设，建成后可新增公办学位1.77万个。"
    assert stages(text)[-1][0] == "新增公办学位"


def test_school_buildings_after_a_count_of_one_stages_schools_are_of_that_stage() -> None:
    """`新改扩建义务教育学校100所、校舍50万平方米`: the buildings are the schools'; after schools
    of several stages (`新建小学3所、幼儿园5所、校舍…`) they are of none."""
    assert stages("今年新改扩建义务教育学校100所、校舍50万平方米。")[1][2] == "义务教育"
    assert stages("今年新建小学3所、幼儿园5所、校舍5万平方米。")[2][2] is None


def test_schools_with_kindergartens_in_brackets_are_of_several_stages() -> None:
    """`新建、改扩建学校（幼儿园）68所，其中新建42所`: the bracket adds kindergartens to the
    schools, it does not narrow them to kindergartens (they were all 学前)."""
    got = stages("今年计划新建、改扩建学校（幼儿园）68所，其中新建42所、改扩建26所。")
    assert [s for _, _, s in got] == [None, None, None]
    got = stages("今年计划新建、改扩建学校(含幼儿园)10所。")
    assert got[0][2] is None


def test_full_time_teachers_of_a_stage_are_of_that_stage_not_of_vocational_schools() -> None:
    """`初中专任教师…比例`: 中专 there is 初中's 专任 (full-time), no 中专 school (the row had no
    stage: 初中 and 中职 together)."""
    assert topic_segment("初中专任教师本科及以上学历比例") == "初中"
    assert topic_segment("高中专任教师研究生学历比例") == "高中段"
    assert topic_segment("中专学校在校生数") == "中职"
    assert topic_segment("中专任课教师数") == "中职"


def test_grades_named_alone_measure_what_the_clause_before_measured() -> None:
    """`小学一、二年级学生每周家庭劳动时间不少于2小时，三至六年级不少于3小时，初中不少于4小时`: the
    grades' clause measures the same time for those grades of the same stage, and a later stage's
    clause takes the measure without the first clause's grades (both had been named `三至六年级`)."""
    assert stages(
        "小学一、二年级学生每周家庭劳动时间不少于2小时，三至六年级不少于3小时，初中不少于4小时。"
    ) == [
        ("小学一、二年级学生每周家庭劳动时间", "不少于2小时", "小学"),
        ("三至六年级每周家庭劳动时间", "不少于3小时", "小学"),
        ("初中每周家庭劳动时间", "不少于4小时", "初中"),
    ]


def test_grades_that_open_the_first_clause_are_its_own_and_numbered_grades_have_a_stage() -> None:
    """`三至六年级书面作业…不超过60分钟，初中不超过90分钟`: the later stage measures the same
    without the grades (it had been named by them); `一至二年级…2项，三至四年级3项`: grades named
    alone take the measure though no stage is printed, and grades one to six are 小学."""
    assert stages("三至六年级书面作业平均完成时间不超过60分钟，初中不超过90分钟。") == [
        ("三至六年级书面作业平均完成时间", "不超过60分钟", None),
        ("初中书面作业平均完成时间", "不超过90分钟", "初中"),
    ]
    assert stages("一二年级每学期掌握劳动技能2项，三至四年级3项。")[1] == (
        "三至四年级每学期掌握劳动技能",
        "3项",
        "小学",
    )
    # grades after a stage's clause are of their own stage (七年级 is 初中 after 高一年级)
    assert stages("初中学生体质健康优良率达到55%，四至六年级不低于50%。")[1] == (
        "四至六年级学生体质健康优良率",
        "不低于50%",
        "小学",
    )
    assert stages("高一年级学生近视率控制在60%以内，七年级不超过50%。")[1] == (
        "七年级近视率",
        "不超过50%",
        "初中",
    )


def test_zhongzhuan_across_two_words_names_no_vocational_school() -> None:
    """`其中专职督学`, `县中专任教师`, `集中专项整治`, `研究生中专业学位`: 中专 read across two
    words is no secondary
    vocational school (a part of the inspectors had been 中职, a county high school's teachers
    of two stages); `中专学校` is one."""
    assert topic_segment("全县聘任专兼职督学总数≥60名，其中专职督学不少于12名") is None
    assert topic_segment("县中专任教师研究生学历比例") == "高中段"
    assert topic_segment("开展集中专项整治") is None
    assert topic_segment("研究生中专业学位研究生占比") is None  # 专业, a field of study
    assert topic_segment("新建中专学校3所") == "中职"
    # a county's own 中专 is one, however written (they had been read as its high school)
    assert topic_segment("到2028年，县中专在校生规模达到4500人") == "中职"
    assert topic_segment("县中职业学校“双师型”教师比例") == "中职"
    assert topic_segment("县中等专业学校在校生规模") == "中职"


def test_a_rate_of_leavers_going_on_is_of_the_stage_they_leave() -> None:
    """`初中毕业生升入高中阶段学校的比例` counts junior-high leavers: it is of 初中, though the
    name names 高中 too (corpus/README.md); a rate naming both stages otherwise keeps none."""
    assert stages("今年初中毕业生升入高中阶段学校的比例达到95%以上。")[0][2] == "初中"
    assert stages("今年初中毕业升入高中阶段就读的比例达到65%以上。")[0][2] == "初中"
    assert stages("今年中职毕业生升入高校比例达到30%。")[0][2] == "中职"
    assert stages("全市初中升高中段的比例力争达到95%以上。")[0][2] == "初中"
    assert topic_segment("初中和高中学生近视率") is None


def test_a_sentence_whose_subject_is_schools_of_one_kind_gives_their_stage() -> None:
    """`三个幼儿园均由…代建，计划总投资2600万元`, `据了解，此3所…中心幼儿园属…项目，总投入…`:
    the money and areas of a sentence about schools of one kind are of their stage; schools
    of two kinds give none."""
    assert stages(
        "三个幼儿园均由区建设投资公司代建，计划总投资2600万元，总建筑面积9915平方米。"
    ) == [
        ("总投资", "2600万元", "学前"),
        ("总建筑面积", "9915平方米", "学前"),
    ]
    assert (
        stages("据了解，此3所乡新建的中心幼儿园属省级行动计划项目，总投入1630万元。")[0][2]
        == "学前"
    )
    assert stages("甲乡幼儿园园舍兴建工程，总工程经费4897万元。")[0][2] == "学前"
    assert stages("甲小学和乙幼儿园均由区建设投资公司代建，计划总投资2600万元。")[0][2] is None


def test_parts_after_qizhong_are_of_their_totals_stage() -> None:
    """`…义务教育学校食堂22个，建筑面积…，其中新建寄宿制学校食堂5个，改建食堂1个`: parts that name
    no stage are of the total counted in their unit; after several such figures
    (`幼儿园22所、小学6所，其中23所…`) or a total smaller than the part, none."""
    assert stages(
        "今年计划新建或改建农村义务教育学校食堂22个，建筑面积5000平方米，其中新建寄宿制学校食堂5个，改建食堂1个。"
    )[2:] == [("新建寄宿制学校食堂", "5个", "义务教育"), ("改建食堂", "1个", "义务教育")]
    assert (
        stages("今年实施学校建设任务32所，包括幼儿园22所、小学6所，其中23所学校年内建成。")[-1][2]
        is None
    )
    assert stages("今年新建义务教育学校食堂2个，其中新建伙房17个。")[-1][2] is None


def test_a_clause_of_works_under_way_names_no_school_and_the_subject_lends_its_stage() -> None:
    """`某小学被列为…迁建项目，计划建设新校区，总建筑面积…`: `计划建设新校区` (or `目前正在…`) is
    what is to be done, no school's name to open the figures' names; the sentence's subject,
    a primary school, gives them its stage."""
    assert stages(
        "周尧小学被列为省级迁建项目，计划建设新校区，总建筑面积10680平方米，总投资1600万元。"
    ) == [("总建筑面积", "10680平方米", "小学"), ("总投资", "1600万元", "小学")]


def test_room_for_pupils_after_a_senior_high_school_is_of_senior_high() -> None:
    """`《长乐高级中学新校区项目…》，规划72个班，可容纳3600名学生`: the room is the 高级中学's,
    named with the whole kind (not `中学`, of no one stage)."""
    assert stages("今年启动《长乐高级中学新校区项目》，规划72个班，可容纳3600名学生。")[-1] == (
        "高级中学可容纳学生",
        "3600名",
        "高中段",
    )


def test_a_bare_count_listed_after_a_stages_figure_is_of_that_stage() -> None:
    """`初中部42个班、学生2100人`: the pupils listed after the junior section's classes are the
    junior section's; after figures of several stages (`…学前学位1500个、高中阶段学位600个、
    宿位20000个`) a bare count is of none."""
    got = stages("今年规划学生3000人（其中初中部42个班、学生2100人，高中部18个班、学生900人）。")
    assert [(raw, seg) for _, raw, seg in got[1:]] == [
        ("42个", "初中"),
        ("2100人", "初中"),
        ("18个", "高中段"),
        ("900人", "高中段"),
    ]
    got = stages("今年新增幼儿园学位1500个、高中阶段学位600个、宿位20000个。")
    assert got[-1][1:] == ("20000个", None)


def test_a_school_named_as_an_example_lends_no_stage_to_later_clauses() -> None:
    """`启动长天小学等5个项目建设，推进丘海学校等6个项目建成投用，新增公办学位8000个以上`: the
    example says what the first count is of, not what the places after it are."""
    got = stages(
        "今年将启动长天小学等5个项目建设，推进丘海学校等6个项目建成投用，新增公办学位8000个以上。"
    )
    assert [(raw, seg) for _, raw, seg in got] == [
        ("5个", "小学"),
        ("6个", None),
        ("8000个以上", None),
    ]


def test_a_figure_after_a_breakdown_into_several_stages_is_the_wholes() -> None:
    """`设置60个教学班，其中，初中部30个班，高中部30个班，可容纳学生3000人，新建校舍…`: the pupils
    and buildings after the parts are the whole school's, of no one stage; a part paired with
    its own places (`其中幼儿园2所，新增学位810个，职校1所，新增学位5000个`) keeps its stage."""
    got = stages(
        "今年设置60个教学班，其中，初中部30个班，高中部30个班，可容纳学生3000人，新建校舍26700平方米。"
    )
    assert [(raw, seg) for _, raw, seg in got[3:]] == [("3000人", None), ("26700平方米", None)]
    got = stages("今年集美区3所学校投用，其中幼儿园2所，新增学位810个，职校1所，新增学位5000个。")
    assert got[-1][1:] == ("5000个", "中职")


def test_parts_after_a_frame_holding_the_total_are_of_its_stage() -> None:
    """`在计划建设的67万余平方米农村初中生活用房中，学生宿舍…，厕所1.8357万平方米，锅炉房1521平方米`:
    the parts of the total the frame holds are of its stage, in 万平方米 or 平方米 alike."""
    got = stages(
        "今年在计划建设的67万余平方米农村初中生活用房中，学生宿舍50.8783万平方米，"
        "学生食堂12.7519万平方米，厕所1.8357万平方米，锅炉房1521平方米。"
    )
    assert [(name, seg) for name, _, seg in got[3:]] == [("厕所", "初中"), ("锅炉房", "初中")]


def test_a_kindergartens_own_words_name_its_stage() -> None:
    """`办园规模`, `园长`, `开园`, `托幼一体园` and a kindergarten by its number (`新都二幼`) are
    words of kindergartens: 学前."""
    assert topic_segment("办园规模班") == "学前"
    assert topic_segment("县域内园长、专任教师持证上岗率") == "学前"
    assert topic_segment("托幼一体园占比") == "学前"
    assert topic_segment("新都二幼提供班额") == "学前"
    assert topic_segment("余江一园老校区学生人数") == "学前" and topic_segment("工业园区") is None
    assert stages("预计今年9月正式开园，初定开设三个班，100个学位。")[0][2] == "学前"
    assert topic_segment("幼儿教师") == "学前" and topic_segment("二幼儿") == "学前"


def test_taiwans_guoxiao_and_guozhong_are_primary_and_junior_schools() -> None:
    """Taiwan's `国小` (国民小学) is 小学 and `国中` (国民中学) 初中, but not the 国 of a country
    (`全国中小学`, `中国中学生`), nor a school hosting the kindergarten counted (`某国小新设附设
    幼儿园`, `甲国中、乙国小等`); `第41小` is a primary school by its number; `幼幼班` is 学前."""
    assert topic_segment("军功国小第四期校舍工程总经费") == "小学"
    assert topic_segment("竹北国中新建校舍") == "初中"
    assert topic_segment("市第41小综合楼建筑面积") == "小学"
    assert topic_segment("全国中小学") is None and topic_segment("中国中学生体质合格率") is None
    assert topic_segment("侨育国小新设附设幼儿园招生") == "学前"
    assert topic_segment("增设西湖国中、玉成国小等") is None
    assert topic_segment("增加2-3岁的幼幼专班") == "学前"


def test_technical_and_technician_schools_are_vocational() -> None:
    """A `职业技术学校` and a `技工学校` are secondary vocational schools (中职); a `职业技术学院`
    is a college and a `高级技工学校` may train beyond them: neither is."""
    assert topic_segment("技工学校校园占地面积") == "中职"
    assert topic_segment("卫生职业技术学校新增学位") == "中职"
    assert topic_segment("职业技术学院新增学位") is None
    assert topic_segment("创办高级技工学校") is None


def test_room_a_school_gives_by_gong_is_its_size() -> None:
    """`某中学新校区为普通高中，…，可供5000名学生就读`: the pupils it has room for are the school's,
    named with it and of its stage."""
    got = stages("今年，某市实验中学新校区为普通高中，占地200亩，可供5000名学生就读。")
    assert got[-1] == ("某市实验中学新校区可供学生就读", "5000名", "高中段")


def test_teaching_classes_counted_before_a_part_of_the_school_are_that_parts() -> None:
    """`建成后将设置包含18个教学班的初中部、30个教学班的小学部`: the classes are named by the
    part that has them, and take its stage; a scale that describes the school's kind
    (`班级规模为36个班的小学`) keeps its own name."""
    got = stages(
        "今年某小学迁建，建成后将设置包含18个教学班的初中部、30个教学班的小学部、12个教学班的幼儿园。"
    )
    assert got == [
        ("初中部教学班", "18个", "初中"),
        ("小学部教学班", "30个", "小学"),
        ("幼儿园教学班", "12个", "学前"),
    ]
    assert stages("今年某小学占地面积约42亩，班级规模为36个班的小学。")[-1][0] != "小学教学班"


def test_money_for_works_on_schools_of_two_kinds_takes_neither_ones_name() -> None:
    """`投入资金680万元对8所农村小学、5所初中运动场地进行改造`: the money is for a list of works;
    it is not named by the first (`农村小学`), nor of its stage."""
    got = stages("今年计划投入资金680万元对8所农村小学、5所初中运动场地进行改造提升建设。")
    assert got[0] == ("投入资金", "680万元", None)


def test_rooms_and_works_days_of_a_sentence_about_one_school_are_of_its_stage() -> None:
    """`五结乡立幼儿园园舍兴建工程，…，工期为390日历天，…，共6间才艺教室`: the works' days and
    the rooms of a sentence whose subject is one kindergarten are the kindergarten's."""
    got = stages("五结乡立幼儿园园舍兴建工程，总经费4897万元，工期为390日历天，共6间才艺教室。")
    assert [(raw, seg) for _, raw, seg in got[1:]] == [("390日历天", "学前"), ("6间", "学前")]


def test_a_parts_classes_are_no_schools_built_of_its_stage() -> None:
    """`某小学迁建项目…，总投资15200万元，…，建成后将设置包含18个教学班的初中部、…`: the junior
    section's classes are no junior schools built, so the money stays the named school's."""
    got = stages(
        "今年某某回族小学迁建项目占地约70亩，总投资15200万元，建成后将设置包含18个教学班的初中部、30个教学班的小学部。"
    )
    assert got[1][1:] == ("15200万元", "小学")


def test_a_countys_zhizhuan_is_a_vocational_school() -> None:
    """`县职专` (a 职业中专) is a secondary vocational school; a `兼职专家`, a 高职专科 and Hong
    Kong's `职专教育` (vocational and professional education after school) are not."""
    assert topic_segment("县职专建成省级高水平专业群") == "中职"
    assert topic_segment("聘请兼职专家20名") is None
    assert topic_segment("高职专科招生规模") is None
    assert topic_segment("预留加强推广职专教育") is None
