"""A year's project list (实事项目, 十件实事): numbered one-line items, marks before the words,
counts in the units such lists use (户, 辆, 公里), and the year the list is for."""

from __future__ import annotations

import pytest

from plancmp.draft.build import draft_document
from plancmp.draft.dating import future_years
from plancmp.draft.document import Document, Paragraph
from plancmp.draft.naming import name_values
from plancmp.draft.sections import parts
from plancmp.draft.spans import find_spans
from plancmp.values import parse


def drafted(*lines: str) -> list[tuple[str, str, int]]:
    doc = Document("list.txt", tuple(Paragraph(t) for t in lines))
    return [
        (d.record.name, d.record.target.raw, d.record.target.year)
        for d in draft_document(doc, "list", []).records
    ]


def test_a_numbered_one_line_item_with_a_value_is_read_not_only_a_heading() -> None:
    doc = Document(
        "list.txt",
        (
            Paragraph("一、实事项目"),
            Paragraph("1.改建照护床位220张"),
            Paragraph("2.新增1家社区食堂"),
            Paragraph("3.推进体育场地开放"),
        ),
    )
    read = [(p.block.text, p.path[-1]) for p in parts(doc)]
    assert read == [
        ("1.改建照护床位220张", "1.改建照护床位220张"),
        ("2.新增1家社区食堂", "2.新增1家社区食堂"),
    ]


def test_a_count_in_a_heading_is_no_year_of_the_heading() -> None:
    doc = Document("list.txt", (Paragraph("16.培训2000名急救员"),))
    assert [p.year for p in parts(doc)] == [None]
    doc = Document("list.txt", (Paragraph("二、2021年工作举措"), Paragraph("新建学校3所。")))
    assert [p.year for p in parts(doc)] == [2021]


def test_every_item_of_a_dated_project_list_is_a_target_of_that_year() -> None:
    assert drafted(
        "某区2025年区政府实事项目",
        "一、实事项目",
        "1.*改建认知障碍照护床位220张",
        "2.*新增1家社区长者食堂、*3家乡村长者照护之家",
        "3.区内新增就业不少于9000人",
    ) == [
        ("改建认知障碍照护床位", "220张", 2025),
        ("新增社区长者食堂", "1家", 2025),
        ("新增乡村长者照护之家", "3家", 2025),
        ("区内新增就业", "不少于9000人", 2025),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("▶新建道路景观林带2条。", "新建道路景观林带"),
        ("★完成大肠癌筛查1.25万人。", "完成大肠癌筛查"),
        ("②新建村卫生室20个", "新建村卫生室"),
        ("新增筹措供应200张“城市建设者之家”床位。", "新增筹措供应“城市建设者之家”床位"),
        ("在公共场所增配125台自动式体外除颤器(AED)。", "公共场所增配自动式体外除颤器(AED)"),
    ],
)
def test_marks_before_an_item_are_no_part_of_its_name(text: str, name: str) -> None:
    assert [n.name for n in name_values(text, {})] == [name]


@pytest.mark.parametrize(
    ("raw", "value", "unit"),
    [
        ("1500户以上", 1500, "户"),
        ("1.4万户", 14000, "户"),
        ("80辆", 80, "辆"),
        ("20部", 20, "部"),
        ("134.5万册", 1345000, "册"),
        ("9类", 9, "类"),
        ("1000例", 1000, "例"),
        ("不少于12场次", 12, "场次"),
        ("60公里", 60, "公里"),
        ("3公顷", 30000, "平方米"),
    ],
)
def test_the_count_units_of_project_lists_are_read(raw: str, value: int, unit: str) -> None:
    parsed = parse(raw)
    assert (parsed.value, parsed.unit) == (value, unit)


def test_counting_words_after_a_unit_and_words_a_unit_opens() -> None:
    text = "计划采购教学生活设备31.96万台件套、图书134.5万册。"
    assert [(n.name, text[n.span.start : n.span.end]) for n in name_values(text, {})] == [
        ("采购教学生活设备", "31.96万台件套"),
        ("图书", "134.5万册"),
    ]
    assert find_spans("教育部等9部门联合印发，办好十件实事。") == []


def test_a_year_that_opens_a_later_clause_with_a_will_is_a_year_ahead() -> None:
    assert future_years("县政府工作报告提出,2024年我县将着力办好十件实事。") == [2024]
    assert future_years("报告回顾,2023年我县已办好十件实事。") == []


def test_the_year_of_a_news_list_of_ten_projects_dates_its_items() -> None:
    assert drafted(
        "某县政府工作报告提出,2024年某县将着力办好十件实事。",
        "1.改善办学条件。新建和改扩建25所学校,新增学位6120个。",
        "2.建设农村公路60公里,改造危桥20座。",
    ) == [
        ("新建和改扩建学校", "25所", 2024),
        ("新增学位", "6120个", 2024),
        ("建设农村公路", "60公里", 2024),
        ("改造危桥", "20座", 2024),
    ]


def test_a_headlines_phrases_split_by_a_space_are_named_apart() -> None:
    text = "某省将投入24亿元 未来3年共建1200所幼儿园"
    assert [(n.name, text[n.span.start : n.span.end]) for n in name_values(text, {})] == [
        ("投入", "24亿元"),
        ("共建幼儿园", "1200所"),
    ]


def test_a_space_before_a_joiner_or_about_splits_no_phrase() -> None:
    """`…分别达到38% 和24% 左右`: the space before 和 joins the list's next value, the one before
    左右 qualifies the value; neither opens a headline's next phrase."""
    text = "普通高中和中职学校民办学校在校生比重分别达到38% 和24% 左右。"
    assert [(n.name, text[n.span.start : n.span.end]) for n in name_values(text, {})] == [
        ("普通高中民办学校在校生比重", "38%"),
        ("中职学校民办学校在校生比重", "24% 左右"),
    ]


def test_a_bare_total_after_a_count_is_of_the_thing_counted() -> None:
    text = "全年培训10个家庭医生服务团队,共40人;"
    assert [(n.name, text[n.span.start : n.span.end]) for n in name_values(text, {})] == [
        ("培训家庭医生服务团队", "10个"),
        ("培训家庭医生服务团队", "40人"),
    ]


def test_a_bare_total_opening_a_sentences_second_clause_is_of_the_clause_before() -> None:
    """`今年下达两批…招聘计划，共637名`: no count before it, so the total is of what the clause
    before sets out."""
    text = "今年分两批下达乡村教师招聘计划，共415名。"
    assert [(n.name, text[n.span.start : n.span.end]) for n in name_values(text, {})] == [
        ("分两批下达乡村教师招聘计划", "415名"),
    ]


def test_a_later_years_goal_with_ze_is_of_the_indicator_before() -> None:
    """`…比例要达到20%，到了2032年则要达到40%`: 则 (then) names nothing; the later goal is of
    the indicator the clause before named."""
    text = "到2027年，某课程开课学校比例要达到30%，到了2031年则要达到60%。"
    got = [(n.name, text[n.span.start : n.span.end]) for n in name_values(text, {})]
    assert got == [("某课程开课学校比例", "30%"), ("某课程开课学校比例", "60%")]


def test_a_later_year_alone_before_a_bounded_value_is_of_the_indicator_before() -> None:
    """`…交流轮岗教师不少于180名，2027年不少于200名`: the year and a bound name nothing (the
    second value had no name and was dropped); it is the same indicator's, in its year."""
    text = "2026年全县交流轮岗教师不少于180名，2027年不少于200名。"
    got = [(n.name, text[n.span.start : n.span.end]) for n in name_values(text, {})]
    assert got == [("交流轮岗教师", "不少于180名"), ("交流轮岗教师", "不少于200名")]


def test_a_later_years_level_kept_on_is_of_the_indicator_before() -> None:
    """`…覆盖率2027年达到100%，2030年继续保持100%`: a level kept (保持, with or without 继续, 仍)
    in a later year is the same indicator's, not one named `继续` nor a clause left unread."""
    for keep in ("保持", "继续保持", "仍保持", "继续保持在"):
        text = f"课后服务覆盖率2027年达到100%，2030年{keep}100%。"
        got = [(n.name, text[n.span.start : n.span.end]) for n in name_values(text, {})]
        assert got == [("课后服务覆盖率", "100%"), ("课后服务覆盖率", "100%")], keep


def test_zengjia_is_the_verb_of_the_items_listed_after_it() -> None:
    """`新建中小学25所，增加640个班、28800个学位`: 增加 counts the places too, not 新建."""
    text = "某区计划新建、改扩建中小学18所，增加420个班、18900个学位。"
    got = [(n.name, text[n.span.start : n.span.end]) for n in name_values(text, {})]
    assert got[2] == ("增加学位", "18900个")


def test_a_from_to_after_listed_items_takes_no_verb_of_theirs() -> None:
    """`…900个乙类学额，由原有合共3 000个增至4 500个学额`: 增至 is the from-to's own verb;
    the items' 增加 is no part of its name."""
    text = "每年增加600个甲类学额和900个乙类学额，由原有合共3 000个增至4 500个学额。"
    got = [(n.name, text[n.span.start : n.span.end]) for n in name_values(text, {})]
    assert got[-1] == ("学额", "4 500个")


def test_a_place_that_opens_a_list_of_works_is_the_place_of_each_item() -> None:
    text = "其中，甲县新建3所、改扩建1所，目前完工4所；"
    assert [(n.name, text[n.span.start : n.span.end]) for n in name_values(text, {})] == [
        ("甲县新建", "3所"),
        ("甲县改扩建", "1所"),
        ("完工", "4所"),  # not the place's: a clause of its own; 目前 is no part of a name
    ]
    text = "全市新建幼儿园4所、改扩建小学1所。"
    assert [n.name for n in name_values(text, {})] == ["新建幼儿园", "改扩建小学"]


def test_a_short_rate_before_a_will_is_the_name_not_a_subject_to_drop() -> None:
    """`公办率也将达到`: the rate is kept (and, after a rate of 学前教育, is 学前教育's)."""
    text = "到2026年，全市学前教育优质覆盖率将达到45%以上，公办率也将达到50%以上。"
    assert [(n.name, text[n.span.start : n.span.end]) for n in name_values(text, {})] == [
        ("学前教育优质覆盖率", "45%以上"),
        ("学前教育公办率", "50%以上"),
    ]
    text = "各县将新建幼儿园3所。"
    assert [n.name for n in name_values(text, {})] == ["新建幼儿园"]


def test_already_after_a_rate_is_no_part_of_its_name() -> None:
    """`…毛入学率已达97.1%`: 已 says the level is reached; the name is the rate."""
    text = "2026年全县学前三年毛入园率已达97.1%，小学巩固率已经达到99.2%。"
    assert [n.name for n in name_values(text, {})] == ["学前三年毛入园率", "小学巩固率"]


def test_a_bare_verb_part_takes_the_thing_last_counted_in_its_unit() -> None:
    """`…中学7所，新增学位5200个，其中2027年新建3所`: 所 counts the schools, not the places."""
    text = "四年内新建、改扩建中学7所，新增学位5200个，其中2027年新建3所，2029年新建4所。"
    assert [n.name for n in name_values(text, {})] == [
        "新建、改扩建中学",
        "新增学位",
        "新建中学",
        "新建中学",
    ]


def test_stages_listed_before_a_rate_of_schooling_each_take_the_whole_rate() -> None:
    """`小学、初中辍学率分别…`: the 学 of 辍学 is no end of a stage; and a long last item twice
    as long as the others still gives them its words."""
    text = "小学、初中辍学率分别控制在0.4%、0.9%以内，小学、初中入学率分别达到100%、99.5%。"
    assert [n.name for n in name_values(text, {})] == [
        "小学辍学率",
        "初中辍学率",
        "小学入学率",
        "初中入学率",
    ]
    text = "学前段、义务教育段和高中段特殊学生入学率分别达到91%、96%和84%。"
    assert [n.name for n in name_values(text, {})] == [
        "学前段特殊学生入学率",
        "义务教育段特殊学生入学率",
        "高中段特殊学生入学率",
    ]


def test_money_for_work_on_a_count_of_things_is_named_by_the_work_and_so_is_the_count() -> None:
    """`投入…万元对N所学校的操场进行改造`: the sum is the work's spending; the count, a value of
    its own, is of the things the work is done to."""
    text = "年内投入1800万元对17所学校的操场进行翻新改造。"
    assert [n.name for n in name_values(text, {})] == [
        "学校的操场翻新改造投入",
        "翻新改造学校的操场",
    ]


def test_a_school_that_has_a_count_takes_no_you_into_its_name() -> None:
    text = "其中，下学期启用的学校有4所。"
    assert [n.name for n in name_values(text, {})] == ["下学期启用的学校"]


def test_a_noun_after_a_count_ends_at_its_brackets_close_and_at_a_month() -> None:
    """`（36班，1620个学位）等3所学校8月投入使用`: the places end at the bracket, the schools
    at the month they open."""
    text = "新建成投用学校3所，区实验中学（36班，1620个学位）等3所学校8月投入使用。"
    assert [n.name for n in name_values(text, {})][2:] == ["新建学位", "新建学校"]


def test_a_stages_part_of_a_total_of_places_is_that_stages_places() -> None:
    """`新增学位7000个，其中初中2100个`: the part is 初中's places, not a count of 初中 schools."""
    text = "今年新增义务教育学位7000个，其中小学4900个、初中2100个。"
    assert [n.name for n in name_values(text, {})] == [
        "新增义务教育学位",
        "新增小学学位",
        "新增初中学位",
    ]
    text = "今年新建学校4所，其中小学3所。"
    assert [n.name for n in name_values(text, {})] == ["新建学校", "新建小学"]


def test_a_part_of_places_named_by_its_schools_or_its_places_is_that_stages_places() -> None:
    """`其中幼儿园学位…、义务教育学校…、普通高中…`: each part is its stage's new places, however
    it is named, and each is of the total, not of the part before it."""
    text = (
        "到2030年新增中小学幼儿园学位9万个，其中幼儿园学位1万个、义务教育学校5万个、普通高中3万个。"
    )
    assert [n.name for n in name_values(text, {})] == [
        "新增中小学幼儿园学位",
        "新增幼儿园学位",
        "新增义务教育学位",
        "新增普通高中学位",
    ]


def test_building_verbs_run_together_are_shared_by_a_lists_bare_items() -> None:
    text = "三年内新建改扩建初中5所、小学9所。"
    assert [n.name for n in name_values(text, {})] == ["新建改扩建初中", "新建改扩建小学"]


def test_pupils_on_roll_keep_the_zai_of_their_name() -> None:
    text = "其中，小学24个班，年招生184人，在校生1104人，在全市新建幼儿园3所。"
    assert [n.name for n in name_values(text, {})][-2:] == ["在校生", "新建幼儿园"]


def test_the_same_short_item_under_two_place_lines_is_two_places_targets() -> None:
    lines = [
        "某市基础教育提升三年行动计划",
        "到2021年，各区将新建学校如下。",
        "甲区",
        "新建6所幼儿园",
    ]
    found = drafted(*lines, "新建8所中小学", "乙区", "新建6所幼儿园")
    assert [raw for _, raw, _ in found] == ["6所", "8所", "6所"]
    sentence = "到2021年，全市将新建幼儿园6所，新增学位1000个。"
    assert [raw for _, raw, _ in drafted(sentence, sentence)] == ["6所", "1000个"]


def test_a_sentence_under_each_place_line_with_one_count_is_each_places_target() -> None:
    """A round-up by place that gives two places the same count in the same words keeps both."""
    found = drafted(
        "某市今年秋季新投用学校情况",
        "今年秋季，全市新建学校5所，新增学位9000个。",
        "东湖区",
        "新建学校2所，改扩建学校1所，新增学位3100个。",
        "西岭区",
        "新建学校2所，改扩建学校4所，新增学位2700个。",
    )
    assert [raw for _, raw, _ in found] == [
        "5所",
        "9000个",
        "2所",
        "1所",
        "3100个",
        "2所",
        "4所",
        "2700个",
    ]


def test_the_same_sentence_under_two_place_lines_is_each_places_target() -> None:
    """Two places given the very same sentence (`新建学校2所，新增学位3000个。` under each):
    the second is not the first printed again, but the other place's targets."""
    same = "新建学校2所，新增学位3000个。"
    found = drafted("某市今年秋季新投用学校情况", "东湖区", same, "西岭区", same)
    assert [raw for _, raw, _ in found] == ["2所", "3000个", "2所", "3000个"]


def test_one_short_line_under_each_place_is_kept_though_another_place_has_its_count() -> None:
    """`新建7所幼儿园` under one place and `改扩建7所幼儿园` under the next: two places' lines,
    not a subhead and the sentence it restates."""
    found = drafted(
        "某市基础教育三年行动计划",
        "到2022年，各区将新建学校如下。",
        "南山区",
        "新建7所幼儿园",
        "新建3所中小学",
        "北河区",
        "改扩建7所幼儿园",
    )
    assert [raw for _, raw, _ in found] == ["7所", "3所", "7所"]


def test_a_size_printed_straight_after_a_count_is_the_area_or_length_of_the_things_counted() -> (
    None
):
    text = "新开工改造老旧小区831个、2662万平方米，其中街巷步道3条29公里。"
    assert [(n.name, text[n.span.start : n.span.end]) for n in name_values(text, {})] == [
        ("新开工改造老旧小区", "831个"),
        ("新开工改造老旧小区面积", "2662万平方米"),
        ("街巷步道", "3条"),
        ("街巷步道长度", "29公里"),
    ]
    text = "新建学校3所、1620人。"
    assert [n.name for n in name_values(text, {})] == ["新建学校"]


def test_stages_given_values_by_fenbie_after_qizhong_are_parts_of_the_total() -> None:
    """`…学位1.5万个，其中小学、初中分别为9000个、6000个` names the parts as `其中小学9000个、
    初中6000个` does (they were named `小学` and `初中`); a measure's parts keep its name."""
    text = "全区新增中小学学位1.5万个，其中小学、初中分别为9000个、6000个。"
    got = [(n.name, n.segment, text[n.span.start : n.span.end]) for n in name_values(text, {})]
    assert got == [
        ("新增中小学学位", None, "1.5万个"),
        ("新增小学学位", "小学", "9000个"),
        ("新增初中学位", "初中", "6000个"),
    ]
    text = "中小学校均规模控制在2400人以内，其中小学、初中分别不超过2000人、1500人。"
    got = [(n.name, n.segment) for n in name_values(text, {})]
    assert got == [("中小学校均规模", None), ("中小学校均规模", "小学"), ("中小学校均规模", "初中")]


def test_parts_after_qizhong_with_a_colon_and_a_later_years_work_going_on() -> None:
    """`其中：幼儿园、小学分别为…` names the parts as `其中幼儿园、小学…` does; `2030年继续新建…`
    is the same work as `新建…`, 继续 no part of its name."""
    text = "新增学位2万个，其中：幼儿园、小学分别为5000个、9000个。"
    got = [n.name for n in name_values(text, {})]
    assert got == ["新增学位", "新增幼儿园学位", "新增小学学位"]
    text = "到2027年新建幼儿园5所，2030年继续新建幼儿园3所。"
    assert [n.name for n in name_values(text, {})] == ["新建幼儿园", "新建幼儿园"]


def test_parts_opened_by_qizhong_after_a_full_stop_are_parts_of_the_total_before() -> None:
    """`…学位2万个。其中，幼儿园、小学分别为…` splits the total of the sentence before as `，其中`
    does (the parts were named `幼儿园` and `小学`, counted as levels); things counted that are
    the subject of a verb of their own (`其中，20余个项目将…完工`) take no verb of that total."""
    doc = Document(
        "parts.txt",
        (
            Paragraph(
                "到2025年，全市新增中小学幼儿园学位2万个。"
                "其中，幼儿园、小学、初中分别为5000个、9000个、6000个。"
            ),
        ),
    )
    got = [
        (d.record.name, d.record.segment, d.record.target.raw, d.record.target.scope)
        for d in draft_document(doc, "parts", []).records
    ]
    assert got == [
        ("新增中小学幼儿园学位", None, "2万个", "cumulative"),
        ("新增幼儿园学位", "学前", "5000个", "cumulative"),
        ("新增小学学位", "小学", "9000个", "cumulative"),
        ("新增初中学位", "初中", "6000个", "cumulative"),
    ]
    state: dict[str, list[str]] = {}
    name_values("全区新建、改扩建学校12所。", state)
    got_named = [n.name for n in name_values("其中，新建5所、改扩建7所。", state)]
    assert got_named == ["新建学校", "改扩建学校"]
    state = {}
    name_values("全区新建中小学12所、新增学位1.2万个。", state)  # parts in the unit of schools
    assert [n.name for n in name_values("其中，小学5所、初中7所。", state)] == [
        "新建小学",
        "新建初中",
    ]
    state = {}
    name_values("全区新增学位3.6万个。", state)
    assert [n.name for n in name_values("其中，20余个项目将在2022年完工。", state)] == ["项目"]


def test_a_verb_alone_after_a_total_named_by_verbs_only_takes_no_second_verb() -> None:
    """`完成126所新建、改扩建…项目，其中，新建78所` reads the total's name as verbs; a part that
    is a verb alone takes no more verbs from it (it was named `新建新建`)."""
    text = "今秋开学前，计划完成126所新建、改扩建中小学及幼儿园项目，其中，新建78所、改扩建48所。"
    assert [n.name for n in name_values(text, {})][1:] == ["新建", "改扩建"]
