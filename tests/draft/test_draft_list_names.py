"""Names, segments and years of figures given in lists: what the head of a list lends its items,
and what the words after a count name when the words before are only a verb."""

from __future__ import annotations

from plancmp.draft.build import draft_document
from plancmp.draft.document import Document, Paragraph
from plancmp.draft.merge import part_of_place
from plancmp.draft.naming import name_values
from plancmp.draft.sections import numbering


def drafted(*lines: str) -> list[tuple[str, str | None, str]]:
    doc = Document("list.txt", tuple(Paragraph(t) for t in lines))
    return [
        (d.record.name, d.record.segment, d.record.target.raw)
        for d in draft_document(doc, "list", []).records
    ]


def test_a_stage_heading_a_list_of_measures_is_each_measures_stage() -> None:
    assert drafted("到2025年，初中入学率、巩固率、毕业率分别为100%、99.5%、99%。") == [
        ("初中入学率", "初中", "100%"),
        ("初中巩固率", "初中", "99.5%"),
        ("初中毕业率", "初中", "99%"),
    ]


def test_any_stage_word_heading_a_list_is_lent_whole() -> None:
    """Every stage word a plan prints (segments.STAGE_WORDS: `高中段`, not only `高中`) heads a
    list as printed."""
    assert drafted("到2025年，高中段入学率、巩固率、毕业率分别为98%、97%、96%。") == [
        ("高中段入学率", "高中段", "98%"),
        ("高中段巩固率", "高中段", "97%"),
        ("高中段毕业率", "高中段", "96%"),
    ]


def test_a_list_whose_items_name_their_own_stage_or_kind_lends_nothing() -> None:
    assert drafted("到2025年，小学入学率、初中巩固率分别为100%、99%。") == [
        ("小学入学率", "小学", "100%"),
        ("初中巩固率", "初中", "99%"),
    ]
    assert drafted("到2025年，初中入学率、残疾儿童入学率分别为100%、95%。") == [
        ("初中入学率", "初中", "100%"),
        ("残疾儿童入学率", None, "95%"),
    ]


def test_a_size_each_counted_thing_has_is_part_of_the_noun_after_the_count() -> None:
    assert drafted("2024年，完成超230个50户以上木质房屋连片村寨给水管网建设。") == [
        ("完成木质房屋连片村寨给水管网建设", None, "超230个"),
    ]
    assert drafted("2024年，新建12所1000人以上的寄宿制学校。") == [
        ("新建寄宿制学校", None, "12所"),
    ]


def test_a_named_school_opening_a_sentence_names_the_sizes_in_it_and_in_the_next_that_points_back() -> (
    None
):
    rows = drafted(
        "某区2024年学校建设",
        "第六实验幼儿园，计划投资3000万元，建筑面积5000平方米。该园计划开办15个班。",
        "第五实验幼儿园建筑面积6000平方米，开设12个班。",
        "明年新建的学校有：第二实验小学梅岭校区（中航城），建筑面积3万平方米。该校区计划开设48个班。",
    )
    assert [(n, r) for n, _, r in rows if "班" in n] == [
        ("第六实验幼儿园班级", "15个"),
        ("第五实验幼儿园班级", "12个"),
        ("第二实验小学梅岭校区班级", "48个"),
    ]


def test_a_sentence_that_points_back_takes_no_school_when_none_was_named() -> None:
    rows = drafted("某区2024年学校建设", "全市新建学校5所。该校计划开设24个班。")
    assert [n for n, _, r in rows if "班" in n] == ["该校班级"]


def test_this_year_next_year_and_the_year_after_each_date_their_own_count() -> None:
    rows = draft_document(
        Document(
            "page.txt",
            (
                Paragraph("来源：某市日报 2019-07-28"),
                Paragraph("某区今年新建幼儿园"),
                Paragraph("预计某区今年将新建幼儿园16所，明年新建10所，后年新建7所。"),
            ),
        ),
        "page",
        [],
    ).records
    assert [(d.record.name, d.record.target.raw, d.record.target.year) for d in rows] == [
        ("新建幼儿园", "16所", 2019),
        ("新建幼儿园", "10所", 2020),
        ("新建幼儿园", "7所", 2021),
    ]


def test_the_hou_nian_of_ci_hou_nian_jun_is_no_year() -> None:
    from plancmp.draft.tense import anchors

    assert anchors("此后年均新增学位500个", 2019) == []
    assert [y for _, y, *_ in anchors("后年新建7所", 2019)] == [2021]


def test_a_count_printed_again_with_its_words_in_another_order_is_one_target() -> None:
    rows = drafted(
        "某省2026年民生实事",
        "2026年，同步推进1000所中小学食堂提质升级。省级财政将支持1000所中小学校食堂提质升级。",
    )
    assert [(n, r) for n, _, r in rows] == [("同步推进中小学食堂提质升级", "1000所")]


def test_the_same_words_with_one_more_are_two_targets() -> None:
    rows = drafted("某区2026年工作要点", "2026年，新增学位1000个，新增小学学位1000个。")
    assert [r for _, _, r in rows] == ["1000个", "1000个"]


def test_a_count_printed_again_without_the_leads_qualifier_is_one_target() -> None:
    """The lead spells the name out, the text shortens it: `新建、改扩建农村义务教育寄宿制学校
    114所` … `新建、改扩建寄宿制学校114所`; two short names (`新增托位`, `新增幼儿托位`) may be two
    places' equal counts."""
    rows = drafted(
        "某市2018年教育工作会议",
        "2018年，新建、改扩建农村义务教育寄宿制学校114所。全市将新建、改扩建寄宿制学校114所。",
    )
    assert [r for _, _, r in rows] == ["114所"]
    rows = drafted("某市2024年工作要点", "2024年，甲区新增托位600个，乙区新增幼儿托位600个。")
    assert [r for _, _, r in rows] == ["600个", "600个"]


def test_a_list_copied_one_cell_a_line_names_each_figure_for_the_line_above_it() -> None:
    found = drafted(
        "2024年某市新建扩建中小学名单",
        "甲区",
        "某某路小学",
        "新增学位1080个",
        "某某中学",
        "新增学位900个",
    )
    assert found[-2:] == [
        ("新增学位（某某路小学）", "小学", "1080个"),
        ("新增学位（某某中学）", None, "900个"),
    ]


def test_a_sentence_or_a_numbered_heading_above_a_figure_names_nothing() -> None:
    assert drafted("到2025年，全市将新增学位。", "新增学位1080个")[-1][0] == "新增学位"
    assert drafted("某市学位建设计划", "（一）学位建设", "新增学位1080个")[-1][0] == "新增学位"


def test_a_primary_school_named_by_its_number_is_a_primary_school() -> None:
    found = drafted(
        "2024年某市新建扩建中小学名单",
        "某县中南二小",
        "新增学位1080个",
        "某某一中",
        "新增学位900个",
    )
    assert found[-2:] == [
        ("新增学位（某县中南二小）", "小学", "1080个"),
        ("新增学位（某某一中）", None, "900个"),
    ]


def test_a_count_whose_list_of_works_goes_on_with_deng_names_the_thing_counted() -> None:
    """`打造8家社区书房等`: the 等 says more works follow; the noun is what was counted."""
    assert drafted("2023年，全区打造8家社区书房等。") == [("打造社区书房", None, "8家")]


def test_counts_of_each_kind_with_examples_name_their_own_kind() -> None:
    """`建设甲园等3所幼儿园、乙小学等6所小学、丙初中等2所初中、丁中学运动场改造工程`: each
    count names its kind; the examples before it and the works listed after it are no name."""
    assert drafted(
        "2023年，建设甲园等3所幼儿园、乙小学等6所小学、丙初中等2所初中、丁中学运动场改造工程。"
    ) == [
        ("建设幼儿园", "学前", "3所"),
        ("建设小学", "小学", "6所"),
        ("建设初中", "初中", "2所"),
    ]


def test_a_list_of_services_closed_by_deng_after_a_count_of_people_names_the_count() -> None:
    """`为3000名老年人开展健康体检、建档等`: the 等 closes the services listed; the count is
    drafted under the people and what they receive."""
    assert drafted("2023年，为3000名老年人开展健康体检、建档等。") == [
        ("老年人开展健康体检、建档", None, "3000名")
    ]


def test_a_measure_followed_by_jiang_and_the_reach_verb_alone_keeps_its_name() -> None:
    """`在校幼儿将达到…`, `平均班额将达到…`: the words before 将 are the measure itself when
    nothing but the reach verb follows; a subject before 将 and a verb is still no name."""
    assert drafted("到2025年，全县在校幼儿将达到3万人，平均班额将达到40人。") == [
        ("在校幼儿", "学前", "3万人"),
        ("平均班额", "学前", "40人"),
    ]
    assert drafted("到2025年，县政府将新建幼儿园5所。") == [("新建幼儿园", "学前", "5所")]


def test_a_second_unit_in_brackets_after_a_count_is_no_part_of_the_next_name() -> None:
    """`…公租房3万套(间)、分配…`: the bracket says what else the count is counted in; the next
    item's name begins after it."""
    got = drafted("明年筹建公租房3万套(间)、向新市民分配人才房2万套(间)。")
    assert [(name, raw) for name, _, raw in got] == [
        ("筹建公租房", "3万套"),
        ("向新市民分配人才房", "2万套"),
    ]


def test_words_after_a_value_joined_by_and_name_the_next_value() -> None:
    """`甲占比达到55%和乙覆盖率达到85%`: the words after `和` are the next value's name, not the
    share of something the first value counts; the next name starts after the `和`."""
    assert drafted("到2027年，全县公办园在园幼儿占比达到58%和普惠性幼儿园覆盖率达到88%。") == [
        ("公办园在园幼儿占比", "学前", "58%"),
        ("普惠性幼儿园覆盖率", "学前", "88%"),
    ]


def test_a_goal_or_task_after_a_value_names_nothing() -> None:
    """`…达到88%的发展目标`, `…216所的工作任务`: the value is the goal or task; its name stands
    before it."""
    assert drafted("到2027年，全县普惠性幼儿园覆盖率达到88%的发展目标。") == [
        ("普惠性幼儿园覆盖率", "学前", "88%"),
    ]
    assert drafted("今年要完成新建、改扩建农村幼儿园145所的工作任务。")[0][0] == (
        "完成新建、改扩建农村幼儿园"
    )


def test_a_bare_task_after_a_value_names_nothing_either() -> None:
    """`…1800人次的任务` with no word before 任务: the value is still the task, and what is
    done (培训乡村教师) is its name, as with `的目标`."""
    assert drafted("今年全面完成培训乡村教师1800人次的任务。") == [
        ("完成培训乡村教师", None, "1800人次")
    ]


def test_a_kind_of_school_counted_inside_a_total_is_named_by_itself() -> None:
    """`各类教育设施60所（其中幼儿园30所，小学20所）`: each part counts schools of its kind, not
    a stage's part of the total's measure."""
    assert drafted("到2028年，全区规划建设各类教育设施60所（其中幼儿园30所，小学20所）。")[1:] == [
        ("幼儿园", "学前", "30所"),
        ("小学", "小学", "20所"),
    ]


def test_each_item_of_a_list_of_verbed_counts_names_its_own_thing() -> None:
    assert drafted("今年计划新建6所幼儿园、打通5条断头路、改造12万平方米老旧校舍。") == [
        ("新建幼儿园", "学前", "6所"),
        ("打通断头路", None, "5条"),
        ("改造老旧校舍", None, "12万平方米"),
    ]


def test_an_ellipsis_ends_the_noun_a_count_takes() -> None:
    names = [
        n
        for n, _, _ in drafted(
            "今年将新建3所中学、硬化20公里村道……3月8日，方案经区政府常务会议审议通过。"
        )
    ]
    assert names == ["新建中学", "硬化村道"]


def test_schools_given_as_examples_before_a_bare_count_are_no_name() -> None:
    names = [
        n
        for n, _, _ in drafted(
            "今后三年，某区将高标准新建及改扩建东湖片区配套中学、西岭片区配套小学等45所。",
            "今年新建东关第二幼儿园、西关幼儿园等6所。",
        )
    ]
    assert names == ["新建及改扩建学校", "新建幼儿园"]


def test_a_count_and_an_area_of_the_schools_after_them() -> None:
    """`等N所学校面积达M㎡校舍`: the count is of the schools, the area of the 校舍; with no
    noun after the count, the kind after the area is what is counted."""
    assert [
        (n, raw)
        for n, _, raw in drafted(
            "今年拟维修改造北山镇中心小学等30所学校面积达52000㎡校舍；"
            "拟新建改扩建南湖家园等5所面积达12000㎡公办幼儿园。"
        )
    ] == [
        ("维修改造学校", "30所"),
        ("校舍面积", "52000㎡"),
        ("新建改扩建公办幼儿园", "5所"),
        ("公办幼儿园面积", "12000㎡"),
    ]


def test_rates_listed_with_one_value_after_fenbie_each_reach_it() -> None:
    """`入学率、巩固率分别达到98%` with one value printed: each listed rate reaches it."""
    assert drafted("到2012年，小学适龄人口入学率、巩固率分别达到98.8%。") == [
        ("小学适龄人口入学率", "小学", "98.8%"),
        ("小学适龄人口巩固率", "小学", "98.8%"),
    ]


def test_a_word_naming_two_groups_gives_a_name_to_each_of_two_values() -> None:
    """`城乡…分别…a和b`: 城镇 takes the first value, 农村 the second."""
    assert drafted("2027年，城乡义务教育学校生师比分别达到14:1和12:1。") == [
        ("城镇义务教育学校生师比", "义务教育", "14:1"),
        ("农村义务教育学校生师比", "义务教育", "12:1"),
    ]


def test_any_items_listed_with_one_value_after_fenbie_each_take_it() -> None:
    """`能耗、排放分别降低12%`: measures that are no rates take the one value each too, and a
    list of stages (`小学、初中…分别控制在…`) keeps no 分别 in its names."""
    assert drafted("到2029年，单位产值用水量、二氧化硫排放量分别降低12%。") == [
        ("单位产值用水量", None, "降低12%"),
        ("二氧化硫排放量", None, "降低12%"),
    ]
    assert drafted("到2029年，小学、初中辍学率分别控制在0.4%以内。") == [
        ("小学辍学率", "小学", "0.4%以内"),
        ("初中辍学率", "初中", "0.4%以内"),
    ]


def test_a_count_after_a_subject_of_each_school_names_what_each_is_to_have() -> None:
    """`中小学每校至少配备1名…教师`: the count is of the teachers each school is to have, so the
    name is the subject of each one and the thing after the count, not the subject alone."""
    rows = drafted("到2026年，全区中小学每校至少配备1名专职心理健康辅导教师。")
    assert [(n, r) for n, _, r in rows] == [("中小学每校专职心理健康辅导教师", "至少配备1名")]


def test_a_total_said_to_fall_into_kinds_is_named_by_the_clause_before() -> None:
    """`…的教育重大项目，共分4类218个`: 4类 counts the kinds, so the total is of the projects the
    clause before names, not of `共分4类`."""
    rows = drafted("2023年，全市列入年度考核的教育建设项目，共分4类218个。")
    assert [(n, r) for n, _, r in rows] == [("列入年度考核的教育建设项目", "218个")]


def test_a_count_then_bei_is_of_the_noun_before_bei() -> None:
    """`80余所小学被列入…计划`: 被 ends the thing counted; what becomes of it is no part of it."""
    assert drafted("2023年，全市80余所小学被列入新一轮智慧校园建设计划。") == [
        ("小学", "小学", "80余所"),
    ]


def test_a_hope_before_a_count_is_no_part_of_its_name() -> None:
    """`希望全县增设…`: 希望 (like 力争) says how sure the target is, not what it counts; but
    `希望小学`, `希望工程` are names."""
    assert drafted("某县推动公办幼儿园三年计划，希望全县增设二十四所。") == [
        ("增设", "学前", "二十四所"),
    ]
    assert drafted("2023年，新建希望小学4所。") == [("新建希望小学", "小学", "4所")]


def test_a_verb_of_stating_before_a_target_is_no_part_of_its_name() -> None:
    """`明确师生比不低于1:500`, `强调…`, `指出…`: the words of a notice saying what it sets, as
    `要求` and `提出` are; `明确` inside a name stays."""
    assert drafted("到2025年，明确心理健康教师师生比不低于1:500。") == [
        ("心理健康教师师生比", None, "不低于1:500"),
    ]
    assert drafted("到2025年，强调骨干教师每年交流比例不低于20%。") == [
        ("骨干教师每年交流比例", None, "不低于20%"),
    ]
    assert drafted("到2025年，权责明确的学校比例达到90%。") == [
        ("权责明确的学校比例", None, "90%"),
    ]


def test_a_dash_closes_a_lead_and_a_source_note_names_nothing() -> None:
    """`学校体育工作——学生体质健康达标率`: the name follows the dash; `3--5周岁` is a range;
    `(来源:…)` after a figure says where it was taken from."""
    assert drafted("到2025年，学校体育工作——学生体质健康达标率达到92%。") == [
        ("学生体质健康达标率", None, "92%"),
    ]
    assert drafted("到2025年，3--5周岁儿童入园率达到95%以上。") == [
        ("3--5周岁儿童入园率", "学前", "95%以上"),
    ]
    assert drafted("到2025年，专项资金投入达128亿元(来源:财政部教育投入公告)。") == [
        ("专项资金投入", None, "128亿元"),
    ]


def test_dou_before_jiang_goes_with_the_verb_not_the_noun() -> None:
    """`年底前,170所新学校都将开工建设`: 都 says all of them will, it names nothing."""
    assert drafted("2015年年底前,170所新学校都将开工建设。") == [("新学校", None, "170所")]
    assert drafted("2021年，5所幼儿园也将建成投用。") == [("幼儿园", "学前", "5所")]


def test_a_value_in_corner_quotes_is_quoted_and_a_bracketed_span_of_years_names_nothing() -> None:
    """`口径提醒：「10万个以上」是…规划目标`: quoted again, as “…” would be; `“十五五”（2026—2030）规划新增…`:
    the span's close is no part of the name."""
    assert drafted(
        "“十五五”（2026—2030）规划新增公办高中学位10万个以上。",
        "口径提醒：「10万个以上」是十五五五年的全口径规划目标。",
    ) == [("规划新增公办高中学位", "高中段", "10万个以上")]


def test_a_short_name_before_its_year_is_kept() -> None:
    """`足球特色学校2025年达到5万所`, `普惠率2025年达到90%`: a name of six characters or fewer before
    the year it is due is the name, not a lead like `全市2025年`; `比2020年增长` compares."""
    assert drafted("方案提出“足球特色学校2025年达到5万所”的具体目标。") == [
        ("足球特色学校", None, "5万所"),
    ]
    assert drafted("普惠率2025年达到90%。") == [("普惠率", None, "90%")]
    assert drafted("2021年预估开工基本建设公立中小学校69所。")[0][0] == "开工基本建设公立中小学校"


def test_a_kindergartens_classes_of_a_year_are_named_by_themselves() -> None:
    """`100个学位(其中小班2个,中班1个)`: 小班 and 中班 are a kindergarten's classes of a year, named
    by themselves, of 学前; `小班化教学` and `大班额` are no such classes."""
    got = drafted("预计2017年9月正式开园，初定开设三个班，100个学位(其中小班2个,中班1个)。")
    assert [(name, segment, raw) for name, segment, raw in got][-2:] == [
        ("小班", "学前", "2个"),
        ("中班", "学前", "1个"),
    ]
    assert drafted("到2025年，小班化教学学校达到30所。")[0][1] is None


def test_a_goal_said_as_dadao_de_mubiao_is_named_by_what_is_counted() -> None:
    """`将可达到共建成40家社区食堂的目标`: 达到…的目标 wraps the count; the name is the work."""
    assert drafted("2023年，某市将可达到共建成40家社区食堂的目标。") == [
        ("建成社区食堂", None, "40家"),
    ]


def test_the_problem_a_work_solves_is_no_part_of_its_name() -> None:
    """`投入…万元购买校车服务解决…问题`: the problem solved says why, not what is counted."""
    assert drafted("2023年，某区计划投入1800万元购买校车服务解决偏远地区学生上学乘车问题。") == [
        ("投入购买校车服务", None, "1800万元"),
    ]


def test_a_short_noun_sharing_the_last_word_s_opening_shares_its_qualifiers() -> None:
    """`…课程改革示范区12个、示范校40所`: 示范校 is of the same programme as 示范区; a kind of
    school beside another (`幼儿园…、小学…`) keeps its own name."""
    assert drafted("到2025年，重点培育市级普通高中课程改革示范区12个、示范校40所。") == [
        ("重点培育市级普通高中课程改革示范区", "高中段", "12个"),
        ("重点培育市级普通高中课程改革示范校", "高中段", "40所"),
    ]
    assert drafted("到2025年，建设省级劳动教育实践基地15个、实践学校30所。") == [
        ("建设省级劳动教育实践基地", None, "15个"),
        ("建设省级劳动教育实践学校", None, "30所"),
    ]
    assert drafted("到2025年，建设省级示范小学10所、示范初中5所。") == [
        ("建设省级示范小学", "小学", "10所"),
        ("示范初中", "初中", "5所"),  # a kind of school beside another
    ]


def test_a_count_whose_things_have_a_verb_of_their_own_borrows_none() -> None:
    """`新建学校8所，2万名教师参加培训`: the teachers counted do something of their own; the
    verb of the clause before (新建) is not theirs, as it is a bare item's (`幼儿园5所`)."""
    assert [
        name for name, _, _ in drafted("到2025年，全市新建学校8所，幼儿园5所，2万名教师参加培训。")
    ] == ["新建学校", "新建幼儿园", "教师参加培训"]
    # a compound that ends on a place (`教师培训基地`) is a bare item: it takes the verb
    assert [name for name, _, _ in drafted("到2025年，全市新建学校8所，3个教师培训基地。")] == [
        "新建学校",
        "新建教师培训基地",
    ]


def dated(*lines: str) -> list[tuple[str, str, int | None]]:
    doc = Document("list.txt", tuple(Paragraph(t) for t in lines))
    return [
        (d.record.name, d.record.target.raw, d.record.target.year)
        for d in draft_document(doc, "list", []).records
    ]


def test_values_given_year_by_year_after_a_list_of_years_are_one_indicators() -> None:
    """`到2026年、2029年，…巩固率分别达到97%和98%，…入学率分别达到…`: the years are listed once,
    after a comma or after the name; each list after 分别 gives one indicator's values in the
    years' order, not a list of names."""
    assert dated(
        "某县教育提质行动方案",
        "到2026年、2029年，全县初中三年巩固率分别达到97%和98%，高中阶段毛入学率分别达到93%、95%。",
    ) == [
        ("初中三年巩固率", "97%", 2026),
        ("初中三年巩固率", "98%", 2029),
        ("高中阶段毛入学率", "93%", 2026),
        ("高中阶段毛入学率", "95%", 2029),
    ]
    assert dated("某县教育提质行动方案", "全县小学入学率到2026年、2029年分别达到99%、100%。") == [
        ("小学入学率", "99%", 2026),
        ("小学入学率", "100%", 2029),
    ]


def test_a_kind_of_school_listed_after_a_count_of_built_schools_is_built_too() -> None:
    """`新建幼儿园4所、中小学3所`: 中小学 (no stage of its own) shares the verb, as 小学 does; a
    bare 学校 after a count (`改扩建…等8所学校`) keeps to its own words."""
    assert drafted("到2025年，新建幼儿园4所、中小学3所、九年一贯制学校1所。") == [
        ("新建幼儿园", "学前", "4所"),
        ("新建中小学", None, "3所"),
        ("新建九年一贯制学校", "义务教育", "1所"),
    ]
    got = drafted("其中新建甲小学、乙学校2所，改扩建丙中学、丁中学等8所学校。")
    assert [name for name, _, raw in got if raw == "8所"] == ["改扩建学校"]


def test_figures_each_of_a_list_of_places_name_the_places() -> None:
    """`福州、厦门、泉州将各建成…、各2000个托位；三明、龙岩将各建成…、各1370个托位`: each figure is
    each place's, so its name says whose in brackets, and two lists' equal figures stay two; a
    list of stages (`小学、初中将各新建2所`) is no list of places, and a figure already named by
    one place of the list keeps its name."""
    found = drafted(
        "2022年，甲省将建成200家托育园。福州、厦门、泉州将各建成不少于28个托育园、各2000个托位；"
        "莆田、漳州将各建成不少于18个托育园、各1370个托位；三明、龙岩将各建成不少于17个托育园、各1370个托位。"
    )
    assert [(name[name.find("（") :], raw) for name, _, raw in found][1:] == [
        ("（福州、厦门、泉州）", "不少于28个"),
        ("（福州、厦门、泉州）", "2000个"),
        ("（莆田、漳州）", "不少于18个"),
        ("（莆田、漳州）", "1370个"),
        ("（三明、龙岩）", "不少于17个"),
        ("（三明、龙岩）", "1370个"),
    ]
    assert [name for name, _, _ in drafted("2022年，小学、初中将各新建2所。")] == [
        "小学、初中将各新建"
    ]
    assert [name for name, _, _ in drafted("2022年，甲市、乙区各新建2所学校。")] == [
        "新建学校（甲市、乙区）"
    ]
    assert [
        name for name, _, _ in drafted("2020年前，在阳朔、全州、恭城各新建1所公办普通高中。")
    ] == ["公办普通高中（阳朔、全州、恭城）"]
    assert [name for name, _, _ in drafted("2022年新建学校，都江堰市、锦江区各2所。")] == [
        "都江堰市",
        "锦江区",
    ]


def test_a_name_after_a_conjunction_does_not_open_with_it() -> None:
    """`…，及公办幼儿园在园幼儿占比达到60%`: 及 joins the clause to the one before; the name is
    what follows it (but `及格率` is a rate of passing)."""
    assert [
        (name, raw)
        for name, _, raw in drafted(
            "到2025年，新建小学2所，及公办幼儿园在园幼儿占比达到60%，以及及格率达到98%。"
        )
    ] == [("新建小学", "2所"), ("公办幼儿园在园幼儿占比", "60%"), ("及格率", "98%")]


def test_a_share_opening_a_quote_is_named_by_the_quotes_words_only() -> None:
    """`"100%配备专职心理健康教师"的硬性要求引发关注`: the name ends where the quote closes."""
    assert drafted('到2025年，"100%配备专职心理健康教师"的硬性要求引发社会广泛关注。') == [
        ("配备专职心理健康教师比例", None, "100%"),
    ]


def test_a_clause_opening_on_jiu_takes_the_subject_before_its_comma() -> None:
    """`…学额上限，就由百分之100增至百分之120`: `就` ("then") names nothing, as `将` does not."""
    assert drafted("到2026年，研究生课程的自资学额上限，就由百分之100增至百分之120。") == [
        ("研究生课程的自资学额上限", None, "百分之120"),
    ]


def test_a_name_leaves_out_the_words_of_its_move() -> None:
    """`…限额会进一步放宽到五成`, `…将进一步提高到…`: the indicator is what moves, not the move."""
    assert drafted("到2026年，非本地生限额会进一步放宽到五成。") == [("非本地生限额", None, "五成")]
    assert drafted("到2026年，非本地生限额将进一步提高到五成。") == [("非本地生限额", None, "五成")]
    assert drafted("到2025年，家长委员会覆盖率达到100%。") == [("家长委员会覆盖率", None, "100%")]


def test_a_change_naming_nothing_is_of_the_thing_counted_before_in_its_unit() -> None:
    """`近3年已增设公办幼儿园120班，…还会再增加89班`: 增加 names nothing, so the 89 classes are
    of what the clause before counted in classes, named without its time and aspect words."""
    got = drafted("近3年已增设公办幼儿园120班，新建学校5所，到2027年还会再增加89班。")
    assert got[-1] == ("增设公办幼儿园", "学前", "89班")


def test_people_each_class_holds_are_named_so() -> None:
    """`每个班30人`, `每班45个人`: named only by `每班`, the figure is how many each class holds."""
    got = drafted("甲幼儿园办学规模9个班，每个班30人。", "乙小学设36个班，每班45个人。")
    assert [(name, raw) for name, _, raw in got if raw.endswith("人")] == [
        ("每班人数", "30人"),
        ("每班人数", "45个人"),
    ]


def test_places_printed_without_a_counter_are_named_by_their_unit() -> None:
    """`建成后可提供3000学位`: 学位 is both the unit and what is counted; the words after it
    (`有效缓解…`) say what the places do, no part of their name."""
    got = drafted("建成后可提供3000学位。", "某县新增4000学位有效缓解城区大班额难题。")
    assert [(name, raw) for name, _, raw in got] == [
        ("提供学位", "3000学位"),
        ("某县新增学位", "4000学位"),
    ]


def test_classes_per_grade_are_named_by_their_unit() -> None:
    """`其中幼儿园6轨、小学8轨`: 轨 counts a school's classes per grade; each stage's figure is
    its 轨数."""
    got = drafted("学校建成后可容纳学生约3000人,其中幼儿园6轨、小学8轨。")
    assert [(name, stage, raw) for name, stage, raw in got if raw.endswith("轨")] == [
        ("幼儿园轨数", "学前", "6轨"),
        ("小学轨数", "小学", "8轨"),
    ]


def test_staff_of_another_role_next_in_a_list_share_what_qualifies_the_role_before() -> None:
    """`交流义务教育学校校长80人、教师1000人`: the teachers are the compulsory schools' teachers
    exchanged too (they were named `教师`, and so of no stage); pupils beside staff share
    nothing."""
    got = [n.name for n in name_values("至少交流义务教育学校校长80人、教师1000人。", {})]
    assert got == ["交流义务教育学校校长", "交流义务教育学校教师"]
    got = [n.name for n in name_values("今年培训中小学校长200人、骨干教师5000人。", {})]
    assert got == ["培训中小学校长", "培训中小学骨干教师"]
    got = [n.name for n in name_values("可容纳幼儿300人、教师30人。", {})]
    assert got[1] == "教师"
    got = [n.name for n in name_values("全县有专任教师5000人、校长300人。", {})]
    assert got[1] == "校长"  # 专任 qualifies teachers only: no school's staff


def test_words_before_the_first_of_a_list_of_stages_open_every_items_name() -> None:
    """`县域内小学、初中校际差异系数分别…`: 县域内 opens both names, and the name after the stages
    is each one's (they were `县域内小学` and `初中校际差异系数`)."""
    text = "县域内小学、初中校际差异系数分别不高于0.50和0.45。"
    assert [n.name for n in name_values(text, {})] == [
        "县域内小学校际差异系数",
        "县域内初中校际差异系数",
    ]
    text = "新建小学、初中学位分别为3000个、2000个。"
    assert [n.name for n in name_values(text, {})] == ["新建小学学位", "新建初中学位"]
    text = "全面提升小学、初中体质健康达标率，分别达到92%和90%。"  # a task opens no name
    assert [n.name for n in name_values(text, {})] == ["小学体质健康达标率", "初中体质健康达标率"]
    text = "义务教育阶段小学、初中巩固率分别达到100%、99%。"  # a stage of its own: no lead
    assert [n.name for n in name_values(text, {})][1] == "初中巩固率"


def test_ji_yishang_is_one_bound_of_one_item_not_a_list_mark() -> None:
    """`小学、初中专任教师本科及以上学历比例分别达到75%、90%`: `及以上` parts no items (the names
    had been `…比例（1）`, `…比例（2）`, both of 小学)."""
    text = "小学、初中专任教师本科及以上学历比例分别达到75%、90%。"
    assert [(n.name, n.segment) for n in name_values(text, {})] == [
        ("小学专任教师本科及以上学历比例", "小学"),
        ("初中专任教师本科及以上学历比例", "初中"),
    ]


def test_a_funding_measure_before_a_comma_names_the_stages_values_after_it() -> None:
    """`严格落实…生均公用经费基准定额，小学每生每年720元、初中每生每年940元`: the stages' values
    are of the measure the clause before names (they were named `小学`, `初中`), without the
    task it opens with (`严格落实`, `提高`)."""
    text = "严格落实义务教育学校生均公用经费基准定额，小学每生每年720元、初中每生每年940元。"
    assert [(n.name, n.segment) for n in name_values(text, {})] == [
        ("义务教育学校生均公用经费基准定额", "小学"),
        ("义务教育学校生均公用经费基准定额", "初中"),
    ]
    text = "提高生均公用经费，小学达到每生每年800元，初中达到1000元。"
    assert [n.name for n in name_values(text, {})] == ["生均公用经费", "生均公用经费"]


def test_this_years_value_and_the_rise_after_a_level_are_its_baseline_and_no_records() -> None:
    """`招生计划2.8万人，比今年的2.6万人增加2000人`: 2.6万人 is where the plan starts and 增加2000人
    says the rise again (they were two records named `比今年`), as after `较2020年的`."""
    text = "2025年全市普通高中招生计划2.8万人，比今年的2.6万人增加2000人。"
    got = [
        (
            n.name,
            text[n.span.start : n.span.end],
            n.baseline and text[n.baseline.start : n.baseline.end],
        )
        for n in name_values(text, {})
    ]
    assert got == [("普通高中招生计划", "2.8万人", "2.6万人")]
    for text in (
        "招生计划2.8万人，比去年2.6万人增加了2000人。",
        "招生计划2.8万人，比今年的2.6万人多2000人。",
    ):
        assert len(name_values(text, {})) == 1, text


def test_parts_of_the_place_keep_the_rate_and_their_own_figure() -> None:
    """`毛入学率达到92%以上，其中东部地区达到95%以上，中部地区达到92%以上，西部山区和民族地区达到88%
    左右`: each part of the province is the rate's (西部山区和民族地区 had been named alone), and a
    part whose figure equals the whole's is a target of its own (中部地区's had been dropped as a
    repeat). The district itself before a restated figure (`西山区公办幼儿园4所` after `公办幼儿园
    4所`) is no part."""
    doc = Document(
        "plan.txt",
        (
            Paragraph("某省普通高中教育普及攻坚计划"),
            Paragraph(
                "到2020年，全省高中阶段教育毛入学率达到92%以上，其中东部地区达到95%以上，"
                "中部地区达到92%以上，西部山区和民族地区达到88%左右。"
            ),
        ),
    )
    got = [(d.record.name, d.record.target.raw) for d in draft_document(doc, "p", []).records]
    assert got == [
        ("高中阶段教育毛入学率", "92%以上"),
        ("东部地区高中阶段教育毛入学率", "95%以上"),
        ("中部地区高中阶段教育毛入学率", "92%以上"),
        ("西部山区和民族地区高中阶段教育毛入学率", "88%左右"),
    ]
    assert part_of_place("西山区公办幼儿园", "公办幼儿园") is False
    assert part_of_place("东城区公办幼儿园", "公办幼儿园") is False
    assert part_of_place("城区毛入园率", "毛入园率") is True
    text = "普惠率达到90%以上，其中城区达到90%以上，偏远山区达到85%，农村和边远地区达到86%。"
    assert [n.name for n in name_values(text, {})] == [
        "普惠率",
        "城区普惠率",
        "偏远山区普惠率",
        "农村和边远地区普惠率",
    ]


def test_a_list_named_in_the_clause_before_its_values_loses_the_trend_it_closes_on() -> None:
    """`普惠性幼儿园覆盖率、公办园占比稳步提高，分别达到85%、60%`: the clause before names the two
    values, but its trend is no part of the last name (it was `公办园占比稳步提高`)."""
    got = drafted("普惠性幼儿园覆盖率、公办园占比稳步提高，分别达到85%、60%。")
    assert [(name, raw) for name, _, raw in got] == [
        ("普惠性幼儿园覆盖率", "85%"),
        ("公办园占比", "60%"),
    ]


def test_an_item_number_before_a_year_and_a_per_head_rate_are_no_part_of_a_name() -> None:
    """`1．2026年首批培育…示范镇2个`: the item's number opens on the year it is due (it had been
    read as a decimal, `1．2026年…` kept in the name); `提高到人均每月不低于800元`: per head and
    month say how the amount is paid (`人` of 人均 had stayed, and `提高到` before it)."""
    assert drafted(
        "某县乡村教育振兴行动方案（2026—2028年）",
        "1．2026年首批培育示范镇2个。",
        "2．自2026年1月起，乡村教师生活补助标准提高到人均每月不低于800元。",
    ) == [("首批培育示范镇", None, "2个"), ("乡村教师生活补助标准", None, "不低于800元")]
    assert numbering("1．2026年首批培育示范镇2个。") == "ar"  # an item, as a lead's list has
    assert numbering("1.5万名学生入学。") is None


def test_a_goal_in_words_that_something_is_gone_names_what_is_gone() -> None:
    assert drafted(
        "某县教育发展规划（2026—2028年）",
        "到2027年，义务教育大班额全部消除，控辍保学实现动态清零。",
        "2026年底前全面消除普通高中66人以上超大班额。",
    ) == [
        ("义务教育大班额", "义务教育", "全部消除"),
        ("控辍保学", "义务教育", "动态清零"),
        ("普通高中66人以上超大班额", "高中段", "全面消除"),
    ]


def test_a_goal_in_words_that_something_is_gone_is_named_by_the_topic_clause_before_it() -> None:
    """`56人以上的大班额，今年要继续保持动态清零`: the clause of the goal names nothing, the clause
    before is what is gone (it had been dropped, unnamed), whole though it ends on 为 (`…行为`);
    a task before it names nothing (`加强督查，确保动态清零`), and `坚决` is no name
    (`多措并举，坚决实现零发生`)."""
    assert drafted(
        "某县2026年教育工作要点",
        "今年重点抓好三件事。56人以上的大班额，今年要继续保持动态清零，决不能反弹。",
        "校园安全事故，力争零发生。",
        "加强督查，确保动态清零。",
        "多措并举，坚决实现零发生。",
        "校外培训机构违规办学行为，坚决实现动态清零。",
    ) == [
        ("56人以上的大班额", None, "动态清零"),
        ("校园安全事故", None, "零发生"),
        ("校外培训机构违规办学行为", None, "动态清零"),
    ]


def test_an_accident_not_to_happen_is_a_goal_named_by_the_accident() -> None:
    """`确保全区教育系统不发生较大及以上安全责任事故`: a level to keep, as `零发生` is, named by
    what is not to happen after it (not by who keeps it), all of it when it joins two; what
    did not happen is no goal
    (`未发生`), nor is a 不发生 of anything but an accident or an incident."""
    assert drafted(
        "某区教育系统安全生产三年行动方案（2024—2026年）",
        "到2026年底，确保全区教育系统不发生较大及以上安全责任事故，学校安全管理水平明显提升。",
        "2025年全区未发生安全责任事故。",
        "确保不发生变化。",
        "全年不发生重大网络安全事件和重大食品安全事故。",
    ) == [
        ("较大及以上安全责任事故", None, "不发生"),
        ("重大网络安全事件和重大食品安全事故", None, "不发生"),
    ]


def test_incidents_counted_beyond_a_number_not_to_happen_are_fewer_than_it() -> None:
    """`确保全县学校不发生2起以上同类安全事故`: at most one, a count below 2 (it had been read as
    `2起以上`, at least 2, the opposite)."""
    doc = Document(
        "page.txt",
        (Paragraph("某县平安校园建设工作要点（2027年）"),
         Paragraph("确保全县学校不发生2起以上同类安全事故。")),
    )  # fmt: skip
    (got,) = draft_document(doc, "n", []).records
    assert (got.record.target.raw, got.record.target.value.op) == ("2起", "<")


def test_accidents_listed_not_to_happen_are_named_together_and_one_counted_is_none() -> None:
    """`不发生重大安全责任事故、重大食品安全事故和重大网络安全事件`: all the list is not to happen
    (it had been named by its first); `不发生1起…事故` says none, the goal in words, not a count
    of 1 (it had been drafted as `= 1起`). A list's first that closes the goal is still alone."""
    assert drafted(
        "某县教育系统平安校园建设工作要点（2027年）",
        "全年不发生重大安全责任事故、重大食品安全事故和重大网络安全事件。",
        "确保全年不发生1起较大及以上安全事故。",
        "不发生重大校园欺凌事件、确保校园稳定。",
        "全年安全事故不超过1起。",
    ) == [
        ("重大安全责任事故、重大食品安全事故和重大网络安全事件", None, "不发生"),
        ("较大及以上安全事故", None, "不发生"),
        ("重大校园欺凌事件", None, "不发生"),
        ("安全事故", None, "不超过1起"),
    ]


def test_a_review_of_no_kind_named_is_a_goal_right_after_its_year_or_aim() -> None:
    """`推进县域义务教育优质均衡发展，力争2027年通过省级评估`, `…普惠县创建通过省级评估`: a review
    to pass though 督导 is not said (it had been dropped); not a share's schools passing one (`85%左右的义务教育学校…通过
    省级管理标准化评估`), nor a review passed after 并 (`并按计划通过省教育强镇评估验收`)."""
    title = "某县2026年政府工作报告"
    assert drafted(title, "推进县域义务教育优质均衡发展，力争2027年通过省级评估。") == [
        ("省级评估", "义务教育", "通过省级评估")
    ]
    assert drafted(title, "到2027年，学前教育普及普惠县创建通过省级评估。") == [
        ("学前教育普及普惠县创建", "学前", "通过省级评估")
    ]
    share = "到2025年，力争全县85%左右的义务教育学校(不含教学点和乡村小规模学校)通过省级管理标准化评估。"
    assert [raw for _, _, raw in drafted("某县教育发展规划（2021—2025年）", share)] == ["85%左右"]
    assert drafted(title, "各镇工程秋季开学前竣工，并按计划通过省教育强镇评估验收。") == []


def test_all_meeting_the_standard_is_a_goal_in_words() -> None:
    """`到2028年底，寄宿制学校食堂、澡堂等生活设施全部达标`: that all of a kind meet the
    standard, as `全部达到…标准` is; not a past result (`已全部达标`) nor a standing task with
    no year or goal word (`确保各项设施全部达标是学校的责任`: 达标 does not close the clause)."""
    title = "某县寄宿制学校建设项目库（2026—2028年）"
    assert drafted(title, "到2028年底，寄宿制学校食堂、澡堂等生活设施全部达标。") == [
        ("寄宿制学校食堂、澡堂等生活设施", None, "全部达标")
    ]
    assert drafted(title, "2025年，全县学校食堂已全部达标。") == []
    assert drafted(title, "确保各项设施全部达标是学校的责任。") == []


def test_indicators_all_to_meet_a_standard_before_a_comma_are_one_goal() -> None:
    """`资源配置7项指标全部达到省定标准，小学、初中…`: the goal in words is read before a comma
    too (only before a stop had it been), and 7项 is how many indicators it is of, no target
    (it had been drafted, named by the goal)."""
    assert drafted(
        "某县义务教育优质均衡发展县创建实施方案（2026—2028年）",
        "到2027年，全县义务教育学校资源配置7项指标全部达到省定标准，校际差异系数进一步缩小。",
    ) == [("义务教育学校资源配置7项指标", "义务教育", "全部达到省定标准")]


def test_all_the_places_counted_passing_a_review_is_a_goal_in_words() -> None:
    """`力争到2028年，7个县（市、区）全部通过…督导评估`: every place counted is to pass, a goal
    in words named by the review (it had been dropped for the count before it, and `全部` is no
    name); `推动甲县、乙县2个县（区）通过…` counts the places that pass."""
    assert drafted(
        "某市2027年教育工作要点",
        "力争到2028年，7个县（市、区）全部通过国家义务教育优质均衡发展督导评估。",
    ) == [
        (
            "国家义务教育优质均衡发展督导评估",
            "义务教育",
            "通过国家义务教育优质均衡发展督导评估",
        )
    ]
    counted = drafted("某市2027年教育工作要点", "推动甲县、乙县2个县（区）通过国家督导评估。")
    assert [raw for _, _, raw in counted] == ["2个"]


def test_a_count_before_a_rates_name_is_how_many_the_rate_is_of() -> None:
    """`全县85所乡村中小学温馨校园达标率达到100%`: the 85 schools are those the rate counts, no
    target, and no part of the rate's name (85所 had been drafted, named by the rate); a share
    before the next rate of a list is still a target (`…培训率达到总数的30%、…培训率35%以上`)."""
    title = "某县乡村温馨校园建设实施方案（2026—2028年）"
    assert drafted(title, "到2028年，全县85所乡村中小学温馨校园达标率达到100%，实现全覆盖。") == [
        ("乡村中小学温馨校园达标率", None, "100%")
    ]
    listed = drafted(title, "到2028年，教师培训率达到总数的30%、校长培训率35%以上。")
    assert [raw for _, _, raw in listed] == ["30%", "35%以上"]


def test_a_review_to_pass_is_named_by_what_passes_it_or_else_by_itself() -> None:
    """What is reviewed names the goal (`义务教育优质均衡发展全面巩固并通过…`: not `…并`); with
    nothing before it but a year or an adverb (`力争2025年前后`, `我县顺利`), the review names itself,
    not the words after it."""
    assert drafted(
        "某县教育发展规划（2021—2030年）",
        "到2030年，义务教育优质均衡发展全面巩固并通过国家督导评估认定。",
        "力争2025年前后通过国家县域义务教育优质均衡发展督导评估。",
        "争取到2024年，我县顺利通过国家义务教育优质均衡发展督导评估(全市首批)和国家学前教育普及普惠县督导评估。",
    ) == [
        ("义务教育优质均衡发展", "义务教育", "通过国家督导评估认定"),
        (
            "国家县域义务教育优质均衡发展督导评估",
            "义务教育",
            "通过国家县域义务教育优质均衡发展督导评估",
        ),
        ("国家义务教育优质均衡发展督导评估", "义务教育", "通过国家义务教育优质均衡发展督导评估"),
    ]


def test_a_figure_led_by_a_year_after_one_led_so_is_of_the_same_indicator() -> None:
    """`学前教育毛入园率：2025年97.2%，2030年98.5%以上`: one indicator's figures year by year, the
    second led by its year alone; a year before a figure of its own name names that."""
    text = "学前教育毛入园率：2025年97.2%，2030年98.5%以上。"
    assert [n.name for n in name_values(text, {})] == ["学前教育毛入园率", "学前教育毛入园率"]
    text = "学前教育毛入园率2025年达到97.2%，2030年普惠性幼儿园覆盖率达到95%。"
    assert [n.name for n in name_values(text, {})] == ["学前教育毛入园率", "普惠性幼儿园覆盖率"]


def test_a_label_a_colon_closes_names_a_value_its_year_leads_and_may_quote_a_word() -> None:
    """`每千常住人口托位数：2025年3.4个，2030年4.5个`: the label names the value a year leads after
    the colon; a label may quote a word (`中职学校“双师型”教师比例：`)."""
    text = "每千常住人口托位数：2025年3.4个，2030年4.5个"
    assert [n.name for n in name_values(text, {})] == ["每千常住人口托位数"] * 2
    text = "中职学校“双师型”教师比例：2025年55%，2030年65%"
    assert [n.name for n in name_values(text, {})] == ["中职学校“双师型”教师比例"] * 2


def test_a_long_label_a_colon_closes_names_the_value_after_it() -> None:
    """An indicator list's label longer than a short one (`中等职业学校“双师型”教师占专业课教师
    比例：`, `省一级、二级幼儿园覆盖面：`) names the value after the colon by the measure it ends
    on."""
    got = drafted(
        "到2030年，中等职业学校“双师型”教师占专业课教师比例：不低于65%。",
        "到2030年，省一级、二级幼儿园覆盖面：75%左右。",
    )
    assert got == [
        ("中等职业学校“双师型”教师占专业课教师比例", "中职", "不低于65%"),
        ("省一级、二级幼儿园覆盖面", "学前", "75%左右"),
    ]


def test_a_totals_yearly_amounts_after_fen_niandu_take_its_name() -> None:
    """`安排教育对口帮扶资金1.6亿元，分年度分别为2026年3000万元、2027年3200万元`: 分年度 says the
    amounts are the total's by year, no name (they had been named `分年度分别`)."""
    got = drafted(
        "某市教育对口帮扶规划（2026—2030年）",
        "“十五五”期间，安排教育对口帮扶资金1.6亿元，分年度分别为2026年3000万元、2027年3200万元。",
    )
    assert [name for name, _, _ in got] == ["教育对口帮扶资金"] * 3


def test_later_years_in_clauses_of_their_own_take_the_first_years_name() -> None:
    """`2026年引进120名，2027年150名，2028年160名`: each later year's bare figure, in a clause of
    its own, is named as the first year's (the second had been dropped, and named by the first
    figure's words when in numerals: `引进一百二十名`); a goal in words after a year
    (`2028年通过国家督导评估认定`) names itself."""
    got = drafted(
        "某市教育系统人才引进计划（2026—2030年）",
        "分年度安排为：2026年引进一百二十名，2027年一百五十名，2028年一百六十名。",
        "2027年通过省级评估，2028年通过国家督导评估认定。",
    )
    assert [(name, raw) for name, _, raw in got] == [
        ("引进", "一百二十名"),
        ("引进", "一百五十名"),
        ("引进", "一百六十名"),
        ("省级评估", "通过省级评估"),
        ("国家督导评估认定", "通过国家督导评估认定"),
    ]
