"""How news of a year's school projects dates them: rules read from how such pages are
written, each stated on invented sentences."""

from __future__ import annotations

from draft_helpers import drafted_page

from plancmp.draft.build import draft_document
from plancmp.draft.document import Document, Paragraph


def drafted(*lines: str) -> list[tuple[str, int | None]]:
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    return [
        (r.record.target.raw, r.record.target.year) for r in draft_document(doc, "n", []).records
    ]


def test_this_year_of_an_undated_page_is_not_after_its_first_due_year() -> None:
    """An undated page's `今年` is no later than the first year it says works are due in,
    wherever in the page that year is printed: works still due fall in this year or later."""
    got = drafted(
        "某市今年新建中小学10所,目前已有3所完工。",
        "某路初中规划建设18个班,计划于2026年建成投入使用。",
        "某路小学新建36班小学,预计2025年8月建成。",
    )
    assert ("10所", 2025) in got


def test_a_due_year_after_plan_and_at_dates_the_clause_before() -> None:
    """`规划建设18个班，计划于2026年建成`: the classes are due in the year the works are."""
    got = drafted(
        "某市今年新建中小学10所,预计2025年8月建成。",
        "某路初中规划建设18个班,计划于2026年建成投入使用。",
    )
    assert ("18个", 2026) in got


def test_a_due_year_after_a_schools_bracketed_sizes_dates_them() -> None:
    """`城东幼儿园（9个班，可提供学位270个）2024年9月投入使用`: the sizes in brackets are due the
    year the words after the bracket say the school opens."""
    got = drafted(
        "某县教育发展规划（2021—2025年）",
        "加快学位建设。城东幼儿园（9个班，可提供学位270个）2024年9月投入使用；"
        "第三小学新增学位540个，2025年8月底前竣工。",
    )
    assert got == [("9个", 2024), ("270个", 2024), ("540个", 2025)]


def test_a_reply_on_a_schools_start_and_opening_dates_its_figures_by_the_opening() -> None:
    """`…提供学位2520个。目前正在开展前期工作，计划2027年底开工，2029年9月投入使用。`: the
    figures are due when the school opens, the last step told (they had no year); a project put
    in a layout plan (`该项目已列入《…专项规划》…，规划30个班`) is a school still to be built, its
    classes a target (they had been read as a report)."""
    got = drafted(
        "关于区人大五次会议第26号建议的答复",
        "2.城南九年一贯制学校。项目总投资约2.8亿元，规划54个班，提供学位2520个。目前正在开展"
        "前期工作，计划2027年底开工，2029年9月投入使用。",
        "3.城南第二小学。该项目已列入《某区教育设施布局专项规划》和区“十五五”教育设施建设计划，"
        "规划30个班，学位1350个，力争2028年开工、2030年建成。",
    )
    assert got == [
        ("约2.8亿元", 2029), ("54个", 2029), ("2520个", 2029), ("30个", 2030), ("1350个", 2030),
    ]  # fmt: skip


def test_a_sentence_opening_on_the_works_start_dates_them_by_the_opening() -> None:
    """`2026年启动建设某小学东校区，规划用地45亩，…，2027年秋季投入使用。`: the year before the
    figures is when the works start; they are reached when the school opens (they had been
    dated 2026)."""
    got = drafted(
        "某县教育事业发展“十五五”规划（2026—2030年）",
        "2026年启动建设某县实验小学东校区，规划用地45亩，可提供学位1620个，总投资1.8亿元，"
        "2027年秋季投入使用。",
    )
    assert got == [("45亩", 2027), ("1620个", 2027), ("1.8亿元", 2027)]


def test_a_due_year_with_a_season_dates_the_works_figures_of_a_dated_report() -> None:
    """`预计2031年秋季两所幼儿园建成招生`: a report of 2030's programme sizes works due in 2031's
    autumn; their figures are due then, the season between the year and the finish."""
    got = drafted(
        "某区两所幼儿园开工建设",
        "2030-11-06 10:23:14",
        "两个项目均是某市2030年十件实事的内容之一。",
        "两所幼儿园计划总投资3000万元,总建筑面积8000平方米。",
        "预计2031年秋季两所幼儿园建成招生,可容纳约600名幼儿就读。",
    )
    assert ("3000万元", 2031) in got and ("8000平方米", 2031) in got


def test_what_stands_added_to_the_new_is_no_target_but_the_total_is() -> None:
    """`加上保留现状的…` adds what stands to the new to make a total: the total is the target;
    the existing schools, classes and places, and the bare counts listed after them, are not."""
    got = drafted(
        "某市教育设施布局规划(2014~2016年)发布。",
        "2014~2016年项目完成后,将提供学位6万多个,加上保留现状的100所幼儿园(共700个班)"
        "2万多个学位,共计提供学位8万多个。",
        "同时,将提供小学学位1万多个,加上保留现状的50所小学,15所初中,可基本满足需求。",
    )
    raws = [raw for raw, _ in got]
    assert "8万多个" in raws and "6万多个" in raws and "1万多个" in raws
    assert not {"100所", "700个", "2万多个", "50所", "15所"} & set(raws)


def test_projects_a_layout_plan_keeps_in_reserve_are_no_targets() -> None:
    """`规划预留项目46个（其中幼儿园27所，…）`: projects kept for a later, undated term, started
    as new areas develop; the planned total beside them, with its year, is a target."""
    got = drafted(
        "某市教育设施布局规划(2014~2020年)发布。",
        "2017~2020年,全市规划建设各级各类教育设施85所(其中幼儿园48所,小学21所);"
        "规划预留项目46个(其中幼儿园27所,小学11所,职业教育用地6处)。",
    )
    raws = [raw for raw, _ in got]
    assert {"85所", "48所", "21所"} <= set(raws)
    assert not {"46个", "27所", "11所", "6处"} & set(raws)


def test_an_undated_pages_school_is_due_when_its_schedule_finishes_not_starts() -> None:
    """`计划2021年6月开工,2022年9月投入使用`: a school's design figures are reached when it
    opens; the start's year is not the year an undated page sets its figures for."""
    got = drafted(
        "某区回复:某学校正在办理施工图设计,计划2021年6月开工,2022年9月投入使用。",
        "建设规模为36班,可容纳学生1620人。",
    )
    assert ("36班", 2022) in got and ("1620人", 2022) in got


def names_of(*lines: str) -> list[tuple[str, str]]:
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    return [(r.record.name, r.record.target.raw) for r in draft_document(doc, "n", []).records]


def test_a_label_closed_by_a_colon_names_the_value_after_it() -> None:
    """A project's particulars line by line (`用地面积:6521.18㎡`): the label before the colon
    names the value that stands alone after it; a breakdown's lead (`其中:`) names nothing."""
    got = names_of(
        "某学校项目规划方案公示",
        "用地面积:6521.18㎡,其中:中小学5000㎡,幼儿园1521.18㎡",
        "可容纳学生：1620人",
    )
    assert ("用地面积", "6521.18㎡") in got
    assert ("可容纳学生", "1620人") in got
    assert not any(name.startswith("其中") for name, _ in got)


def test_the_size_of_works_being_built_is_their_design() -> None:
    """`…施工现场，工人们正在加紧…。项目建筑面积…`: the works are not finished, so their size is
    what the school will have (corpus/README.md), not a report of what stands."""
    got = drafted_page(
        "某县新闻",
        "近日,在某县第二幼儿园施工现场,工人们正在加紧进行外墙保温工作。项目建筑面积6200.5平方米,"
        "室外活动场地1200平方米。目前,项目主体结构已完工,预计10月完工。",
    )
    assert [raw for _, raw, _ in got] == ["6200.5平方米", "1200平方米"]


def test_works_due_this_autumn_on_a_dated_page_are_due_in_its_year() -> None:
    """`计划于秋季投入使用。该幼儿园总建筑面积…`: on a page dated 2024, this autumn is 2024's,
    though another paragraph names works due in 2025; `该幼儿园` is the one named before."""
    got = drafted_page(
        "某县两个学校项目进展顺利",
        "2024-03-12 09:20:00  某某晚报",
        "甲路中学新建项目于3月8日开工。作为城区扩容计划的重要一环,该工程占地约3.6万平方米,"
        "预计到2025年8月,可容纳2400名学生。",
        "另外,乙路幼儿园的建设进度也很快,项目已完成主体施工,计划于秋季投入使用。"
        "该幼儿园总建筑面积为0.36万平方米,提供270个学位。",
    )
    assert ("甲路中学占地", "约3.6万平方米", 2025) in got
    assert ("乙路幼儿园总建筑面积", "0.36万平方米", 2024) in got
    assert ("乙路幼儿园提供学位", "270个", 2024) in got


def test_a_size_before_the_building_it_measures_names_it() -> None:
    """`其中300米的阳光长廊…`, `200平方米的报告厅可容纳…`: a length or area of that building."""
    got = drafted_page(
        "某园建成后可新增学位270个。其中300米的阳光长廊可以种植绿植,200平方米的报告厅可容纳全体教师。"
    )
    assert [name for name, _, _ in got] == ["某园建成后可新增学位", "阳光长廊长度", "报告厅面积"]


def test_a_count_of_schools_to_get_a_work_is_named_by_the_work() -> None:
    """`某县20所学校将建设塑胶运动场`: the schools that will build it, not the place."""
    got = drafted_page("某县新闻", "2015-05-14", "本报讯 某县20所学校将建设塑胶田径运动场。")
    assert [name for name, _, _ in got] == ["建设塑胶田径运动场的学校"]


def test_the_event_a_news_item_follows_on_from_is_no_target() -> None:
    """`继…后，…又有…`: the earlier event the report follows on from is told in passing; its
    count (and its `竣工后`, which is no target's `建成后`) sets nothing."""
    got = drafted(
        "继今年4月甲县12个学校项目集中开竣工后,甲县又有8个学校项目开工,预计2027年建成,"
        "将新增学位6000个。"
    )
    assert got == [("8个", 2027), ("6000个", 2027)]


def test_the_design_of_works_just_started_is_still_to_come() -> None:
    """`此次集中开工项目总投资约8亿元`: the event names which works; what they will cost once
    built is their design, a record, though the ground-breaking itself is reported."""
    got = drafted(
        "乙区学校项目集中开工", "本次集中开工项目总投资约8.2亿元,建成后将新增校舍面积5万平方米。"
    )
    assert [raw for raw, _ in got] == ["约8.2亿元", "5万平方米"]


def test_a_bureaus_share_of_a_programme_lists_its_tasks_in_a_summary() -> None:
    """`承办市政府为民办实事3项，新开工建设…`: in a half-year summary the items of the bureau's
    share of the programme are the year's tasks; the progress after them (`…开工19所`, a share
    of the programme's schools) is not, and a programme's name (`…改造计划`) is no intent."""
    doc = Document(
        "page.txt",
        (
            Paragraph("市教育局上半年工作总结"),
            Paragraph(
                "一是推进为民办实事项目。我局承办市政府为民办实事2项,新开工建设16所城乡幼儿园,"
                "完成12个农村薄弱学校改造计划建设项目主体工程。至目前,16所城乡幼儿园开工11所,"
                "累计完成投资420万元;薄弱学校改造计划建设项目开工建设9所,占项目学校的75%。"
            ),
        ),
    )
    raws = [r.record.target.raw for r in draft_document(doc, "n", []).records]
    assert raws == ["16所", "12个"]


def test_works_scheduled_for_the_second_half_of_the_year_are_targets() -> None:
    """`另外2个项目正在进行主体建设，4个项目下半年开工建设`: after a report of works under way,
    the works the rest of the year will start are the year's targets; `下半年开工了` is done."""
    got = drafted("另外2个项目正在进行主体建设,4个项目下半年开工建设。")
    assert [raw for raw, _ in got] == ["4个"]
    assert drafted("去年下半年开工了5个项目。") == []


def test_classes_after_a_count_of_schools_are_those_schools_classes() -> None:
    """`新建幼儿园6所、40班`, `核定8园40班`: a count of classes printed straight after a count
    of schools is the number of classes of those schools, a figure of its own."""
    got = names_of("明年将新建幼儿园6所、40班。")
    assert got == [("新建幼儿园", "6所"), ("新建幼儿园班级", "40班")]
    got = names_of("下学年预计增设公立幼儿园8园40班。")
    assert [raw for _, raw in got] == ["8园", "40班"]


def test_a_month_opening_the_sentence_dates_the_event_not_the_works_due_later() -> None:
    """`今年2月，…签订协议，计划…新建一所36班制的中学，预计2026年开工，2028年将投入使用`: the
    month is when the agreement was signed; the school's classes are due when it opens."""
    got = drafted(
        "某区新建学校进展",
        "2024年3月5日",
        "今年2月，区教育局与某中学签订合作办学协议，计划在某街道新建一所36班制的完全中学，"
        "预计2026年开工，2028年将投入使用。",
    )
    assert got == [("36班", 2028)]


def test_a_month_opening_the_sentence_still_dates_works_with_no_due_year() -> None:
    got = drafted("某县新建学校进展", "2024年3月5日", "今年5月，某县将开工建设小学2所。")
    assert got == [("2所", 2024)]


def test_a_schedule_told_by_someone_still_dates_the_design_before_it() -> None:
    """`据该园负责人介绍，项目预计2025年8月投入使用。` opens the next paragraph with the schedule,
    told by whom: the cost and area printed before it (with this year's and next year's steps
    between) are due then, not in the page's year."""
    got = drafted(
        "某县第五幼儿园教学楼主体封顶",
        "发布时间：2024年10月15日 08:40 来源：某网",
        "该项目位于某路东侧。项目计划总投资1360万元，建筑面积4270平方米，于2024年3月动工。"
        "眼下主体已封顶，今年内先停工清场，明年再开始二期建设。",
        "据该园负责人介绍，项目预计2025年8月投入使用。",
    )
    assert got == [("1360万元", 2025), ("4270平方米", 2025)]


def test_a_projects_own_measures_after_a_site_report_are_its_design() -> None:
    """`…现场，工人们正在施工。该项目是县重点工程，占地面积…`: a project is works under way;
    the land and floor area it opens with are what the school will have once built, due when
    the page later says it will be finished."""
    got = drafted(
        "6月2日，在某县第四小学项目工地上，工人们正在砌墙。"
        "该项目是某县重点民生工程，占地面积41.5亩，建筑面积2.66万平方米。"
        "计划于2020年8月建成并投入使用。"
    )
    assert got == [("41.5亩", 2020), ("2.66万平方米", 2020)]


def test_what_works_give_once_built_is_a_target_after_a_report_since_the_new_year() -> None:
    """`今年以来…加快推进7个项目建设，项目建成预计可新增学位…`: what the works will give once
    finished is a target, whatever `以来` reported before it; once they are said built already
    (`已建成3所，建成后可新增…`), it is a result."""
    got = drafted(
        "今年以来，某县加快推进7个学校建设项目，项目建成预计可新增学位5160个。",
        "今年以来，某镇已建成2所幼儿园，建成后可新增学位540个。",
    )
    assert [raw for raw, _ in got] == ["5160个"]


def test_a_project_cards_works_span_dates_its_figures() -> None:
    """A project card's `建设期限：2019-2022年` is the span its works take: the figures of the
    works are due at its end, not at the end of the plan the card's lead cites."""
    got = drafted(
        "某县招商引资项目:小学建设",
        "按照《某县义务教育学校建设三年规划(2018—2020年)》,该县将新建小学4所,"
        "新增校舍3600平方米,需投入资金2100万元。",
        "建设内容:小学4所,校舍3600平方米。",
        "建设期限:2019-2022年",
        "投资估算:2100万元",
    )
    assert ("4所", 2022) in got and ("3600平方米", 2022) in got
    assert not [raw for raw, year in got if year == 2020]


def test_project_cards_of_several_spans_lend_no_one_year() -> None:
    """Cards of projects that run to different years (a listing of several) date nothing
    document-wide: each figure keeps the year its own text gives."""
    got = drafted(
        "某县招商引资项目",
        "到2021年,某县将新建幼儿园2所,新增校舍1800平方米。",
        "建设期限:2020-2021年",
        "到2023年,某县将新建初中1所,新增校舍5200平方米。",
        "建设期限:2021-2023年",
    )
    assert got == [("2所", 2021), ("1800平方米", 2021), ("1所", 2023), ("5200平方米", 2023)]


def test_a_speaker_saying_the_works_are_completed_in_a_quarter_dates_their_design() -> None:
    """`他估计，工程将会在2024年第2季落成`: a quarter of a year, `落成` (completed, as Hong
    Kong and Taiwan papers write it) and a speaker opening the sentence still say when the
    design figures printed before are reached."""
    got = drafted(
        "2022-06-17 09:30",
        "议会财务小组今日批准,在某区兴建3所设有24间课室的中学,工程费用约5.2亿元。"
        "署长指出,三间学校将各设24班。他估计,工程将会在2024年第2季落成。",
    )
    assert ("3所", 2024) in got and ("24班", 2024) in got


def test_a_count_of_works_started_is_the_years_not_due_when_a_school_is_finished() -> None:
    """`开工建设学校2所。…预计2030年建成。`: the schools started are this programme's count; the
    completion a later sentence gives dates that school's own figures, and a sentence that
    ends right after a value takes no due year from the next one."""
    assert drafted(
        "某县2028年教育民生实事项目",
        "开工建设学校2所。甲镇中学规划30个班。预计2030年建成。",
        "新增学位800个。乙校总投资约1.6亿元，计划2030年建成。",
    ) == [("2所", 2028), ("30个", 2030), ("800个", 2028), ("约1.6亿元", 2030)]


def test_a_new_buildings_design_counts_what_it_will_hold() -> None:
    """`新校舍规划设计为…，共有16间教室`: 共有 here is the design of a building still to come, not
    what stands; a later sentence breaking down its money (`其中…，预计2019年底完工`) dates it."""
    got = drafted(
        "某县某小学教学楼改建动土 2018-08-07",
        "教育处表示,新校舍规划设计为三层楼,共有16间教室、3间厕所、6座楼梯。"
        "教育部核定经费为6,808万元。其中教育部补助6,127万元、县府自筹681万元,"
        "工期420日历天,预计2019年底完工。",
    )
    assert ("16间", 2019) in got and ("3间", 2019) in got and ("420日历天", 2019) in got


def test_a_school_that_stands_keeps_its_counts_as_results() -> None:
    """The same words of a school said to stand already are what it has, no design."""
    got = drafted(
        "某县某小学 2018-08-07",
        "新校舍规划设计为三层楼,现已建成投入使用,共有16间教室。",
    )
    assert "16间" not in [raw for raw, _ in got]


def test_a_schools_project_lends_its_stage_to_the_buildings_it_includes() -> None:
    """`某小学建设项目…，建设包括教学楼三栋`: the buildings are that primary school's, as its money
    and floor area are."""
    lines = (
        "某县第五小学",
        "某县第五小学建设项目计划总投资8500万元,建设包括教学楼三栋,总面积达到1.36万平方米。"
        "整个项目计划在2023年末全部竣工。",
    )
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    got = {r.record.target.raw: r.record.segment for r in draft_document(doc, "n", []).records}
    assert got == {"8500万元": "小学", "三栋": "小学", "1.36万平方米": "小学"}


def test_works_finished_over_a_span_of_years_are_due_by_its_last() -> None:
    """`预计2024年至2025年落成`, `预计明年至2025年落成`: the works are finished by the span's last
    year, and the figures before it are due then."""
    for due in ("2024年至2025年", "明年至2025年", "2024至2025年"):
        got = drafted("某县幼儿园建设 2023-06-01", f"某县新建幼儿园6所,预计{due}陆续落成。")
        assert ("6所", 2025) in got, due


def test_works_to_open_in_a_school_year_are_due_in_its_autumn() -> None:
    """`预计于2024/2025学年正式启用`: the school opens in the autumn of the school year's first
    year, and its figures before are due then; 启用 (put to use) finishes works as 投用 does."""
    got = drafted(
        "某市新校明年启用 2023-11-27",
        "某学校建筑面积逾21,000平方米,设18班小学,可容纳约1,050名学生,预计于2024/2025学年正式启用。",
    )
    assert got == [("逾21,000平方米", 2024), ("18班", 2024), ("约1,050名", 2024)]
    got = drafted("某县新校 2023-06-01", "某小学新建教学楼1栋,预计2025年9月启用。")
    assert got == [("1栋", 2025)]


def test_a_school_said_to_be_one_and_counted_is_what_it_has() -> None:
    """`某中学是一所公办寄宿初中，共400多名学生`: the school as it is today, no target; one it
    will be (`将是一所…`) is still to come."""
    got = drafted("某县空调进校园 2020-07-01", "某中学是一所公办寄宿初中,共400多名学生。")
    assert got == []
    got = drafted("某县新校 2020-07-01", "新校建成后将是一所九年一贯制学校,共36个班。")
    assert [raw for raw, _ in got] == ["36个"]


def test_a_line_naming_a_school_and_a_colon_heads_its_projects_figures() -> None:
    """`东关小学:` / `扩建项目,…新增学位1350个。` / `纬二路小学:` / `…新增学位1350个。`: each line
    that names a school over its project gives the figures below it its stage, and two schools'
    equal figures are two targets."""
    lines = (
        "2024年某县扩建学校有哪些",
        "某县近期扩建的学校包括:",
        "某县高中:",
        "新建项目,建筑面积10.35万平方米,新增学位5000个。",
        "东关小学:",
        "扩建项目,新增学位1350个。",
        "纬二路小学:",
        "新建项目,新增学位1350个。",
        "第四幼儿园:",
        "新建项目,新增学位720个。",
    )
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    got = [(r.record.target.raw, r.record.segment) for r in draft_document(doc, "n", []).records]
    assert got == [
        ("10.35万平方米", "高中段"),
        ("5000个", "高中段"),
        ("1350个", "小学"),
        ("1350个", "小学"),
        ("720个", "学前"),
    ]


def test_an_approvals_schedule_item_dates_the_particulars_in_the_items_before_it() -> None:
    """`三、建设规模及内容：…` then `五、项目建设时间：2018年6月开工，2019年3月完工。`: the works'
    figures are due when they are finished; a numbered list with no schedule item dates none."""
    items = (
        "甲县发展和改革局关于甲学校运动场建设项目立项的批复",
        "一、同意立项建设甲学校运动场建设项目。",
        "二、建设地点：甲学校校园内。",
        "三、建设规模及内容：新建运动场7332平方米，新建篮球场2个。",
        "四、资金来源：项目资金由县财政统筹。",
        "五、项目建设时间：2018年6月开工，2019年3月完工。",
    )
    assert [(raw, year) for raw, year in drafted(*items)] == [
        ("7332平方米", 2019),
        ("2个", 2019),
    ]
    assert 2019 not in [year for _, year in drafted(*items[:4])]
    to_end = (*items[:4], "五、项目建设时间:2018年6月开工至2019年3月完工。")
    assert [(raw, year) for raw, year in drafted(*to_end)] == [("7332平方米", 2019), ("2个", 2019)]


def test_a_line_naming_a_school_and_when_it_is_due_heads_its_particulars() -> None:
    """`甲村配套小学 2012年8月竣工验收` over `位于…，实际用地24049.3平方米`: each school's line
    heads its particulars, which it names and lends its stage; the page's headline stays its
    title, though the first school's line has a year and the headline none."""
    lines = (
        "首发:某区建6所中小学 解决万名学生入学",
        "来源:某某新闻网 2011-05-06 13:24:59",
        "甲村配套九年一贯制学校 2012年8月竣工",
        "位于某路东北侧,实际用地26600平方米,建设规模确定为27班。",
        "乙村配套小学 2012年8月竣工验收",
        "位于某路南侧,实际用地24049.3平方米。",
    )
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    drafted = draft_document(doc, "n", [])
    assert drafted.header.title.startswith("首发:某区建6所中小学")
    got = [(r.record.name, r.record.segment) for r in drafted.records if "用地" in r.record.name]
    assert got == [
        ("甲村配套九年一贯制学校实际用地", "义务教育"),
        ("乙村配套小学实际用地", "小学"),
    ]


def test_a_schools_name_alone_heads_the_one_paragraph_below_that_names_no_subject() -> None:
    """`乙小学五龙山校区` over `2023年1月9日完成施工招标，…新增学位1620个。`: the school the paragraph
    tells of, named by its line; a line that is no school's name (`丙小学教学用房`) heads nothing,
    so the next paragraph is not the school above's; a caption (`施工中的丁小学`) and a
    paragraph that names its own subject are not headed."""
    lines = (
        "某区以下区域将新增学校",
        "乙小学五龙山校区",
        "2023年1月9日完成施工招标,计划2025年秋季投入使用,新增学位1620个。",
        "丙小学教学用房及辅助用房",
        "2024年秋季启用,新增450个学位。",
        "施工中的丁小学",
        "2024年秋季启用,新增900个学位。",
        "戊小学",
        "区教育局表示，全区今年新增学位3000个。",
    )
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    got = [(r.record.name, r.record.segment) for r in draft_document(doc, "n", []).records]
    assert got == [
        ("乙小学五龙山校区新增学位", "小学"),
        ("新增学位", None),
        ("新增学位", None),
        ("新增学位", None),
    ]


def test_a_letters_addressee_heads_no_part() -> None:
    """`某镇中心学校:` over `你单位报来…`: whom an approval is written to, not one school of a
    list; the works it approves keep their own names."""
    lines = (
        "某县发展和改革局关于某镇中心学校运动场建设项目立项的批复",
        "某镇中心学校:",
        "你单位报来的请示收悉。经研究,现批复如下:",
        "一、建设规模及内容:新建运动场7332平方米。",
        "二、项目建设时间:2018年6月开工,2019年3月完工。",
    )
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    assert [r.record.name for r in draft_document(doc, "n", []).records] == ["新建运动场"]


def test_a_numbered_heading_that_names_one_school_heads_its_particulars() -> None:
    """`(一)某标准化幼儿园1` and `(二)某标准化幼儿园2` over equal figures: each school's own,
    named by it; a numbered heading of a kind of school (`（三）普通高中`) names none."""
    lines = (
        "某新区今年新建幼儿园",
        "正在建设的幼儿园",
        "(一)华阳标准化幼儿园1",
        "地处某街道,建筑面积6000㎡。设计办园规模15个教学班,预计2016年完工。",
        "(二)华阳标准化幼儿园2",
        "地处某路,建筑面积6000㎡。设计办园规模15个教学班,预计2016年完工。",
        "（三）普通高中",
        "到2016年，毛入学率达到98%。",
    )
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    assert [r.record.name for r in draft_document(doc, "n", []).records] == [
        "华阳标准化幼儿园1建筑面积",
        "华阳标准化幼儿园1设计办园规模教学班",
        "华阳标准化幼儿园2建筑面积",
        "华阳标准化幼儿园2设计办园规模教学班",
        "毛入学率",
    ]


def test_the_design_of_works_under_way_or_approved_is_their_target() -> None:
    """A school's size after the paragraph tells its works are being built (`正在火热建设`) or
    approved (`批复同意…项目建议书`), even after a look back (`近年来，…`) or a source
    (`据“某地图”标注`), is what the works are to reach, not where things stand."""
    building = drafted(
        "连日来,某镇中心幼儿园市政配套设施工程正在火热建设。"
        "某镇中心幼儿园占地面积1533平方米,园区内共设立9个班,建成后将提供270个学位。"
    )
    approved = drafted(
        "某区发改部门日前批复同意某高中工程的项目建议书。近年来,全区普通高中招生需求不断加大,"
        "现状学位供给已难以满足要求。据“某地图”标注 这所高中总用地面积约75亩,总建筑面积约6万平方米。"
    )
    assert [raw for raw, _ in building] == ["1533平方米", "9个", "270个"]
    assert [raw for raw, _ in approved] == ["约75亩", "约6万平方米"]


def test_the_items_of_what_an_approval_set_are_targets() -> None:
    """`某中学项目已由市发改委正式立项：` over `1、建设规模：…`: the items say what the works are to
    be, not what was done."""
    got = drafted(
        "某中学项目立项",
        "【发布时间:2030-12-29 09:52:00】",
        "某中学项目于2030年11月4日已由市发改委正式立项:",
        "1、建设规模:寄宿式高级中学,学生规模3000人,总建筑面积47000平方米。",
    )
    assert [raw for raw, _ in got] == ["3000人", "47000平方米"]


def test_a_project_put_in_a_plan_of_works_is_sized_by_its_design() -> None:
    """`我委已将该项目列入2030年某市重点项目建设计划,项目位于…,用地面积…`: 已 tells what was done
    with the project, not its size; the sizes after where it stands are what it will have."""
    got = drafted(
        "我委已将该项目列入2030年某市重点项目建设计划,项目位于某单元03-16地块,"
        "用地面积70235平方米(约105.35亩),总投资约8亿元。"
    )
    assert [raw for raw, _ in got] == ["70235平方米", "约8亿元"]


def test_a_tenders_completion_date_dates_the_works_design() -> None:
    """`计划竣工日期为2031年9月30日` in a report dated 2030 that names no other year ahead: the
    school's size is due when the works are to be finished."""
    got = drafted(
        "1800个学位!这所学校新校址拟于4月开工",
        "发布时间:2030-02-13 来源:某市公共资源交易平台",
        "近日,某市公共资源交易平台发布《某小学新校址建设工程项目》招标公告。",
        "某小学新校址建设工程项目位于某路南侧,学校占地面积27312.99平方米,总建筑面积为41008.74平方米。",
        "本次招标的内容包括新建校址的教学楼、图书馆、综合楼等配套设施。",
        "根据公告内容,学校按小学标准班36个班的规模建设,提供1800个学位。",
        "根据招标文件,项目计划开工日期为今年4月1日,计划竣工日期为2031年9月30日。",
    )
    assert ("27312.99平方米", 2031) in got and ("41008.74平方米", 2031) in got


def test_a_dated_headline_that_works_open_the_year_after_next_dates_their_figures() -> None:
    """`某市五所新建高中后年启用` on a page of 2030: the schools' figures are due in 2032."""
    got = drafted(
        "某市五所新建高中后年启用 分布在三区市",
        "时间:2030年08月21日点击:71次",
        "新建某外语学校项目总投资7.36亿元,办学规模为120个教学班,计划招生人数6000人。",
    )
    assert [(raw, year) for raw, year in got if raw != "五所"] == [
        ("7.36亿元", 2032),
        ("120个", 2032),
        ("6000人", 2032),
    ]


def test_a_sentence_on_how_far_the_works_have_come_dates_them_by_its_last_clause() -> None:
    """`目前土建工程已基本完成，即将进入装修阶段，预计明年投入使用。`: the works whose figures come
    before are due when it says, counted from the page's year; a sentence of progress alone
    leaves them to the page's year."""
    due = drafted(
        "发布时间：2020-06-01",
        "据了解，教学楼项目用地面积7045平方米，总投资6337万元。教学楼地上六层，可容纳2000余名学生就读。"
        "目前土建工程已基本完成，即将进入装修阶段，预计明年投入使用。",
    )
    assert ("7045平方米", 2021) in due and ("2000余名", 2021) in due
    progress = drafted(
        "发布时间：2020-06-01",
        "据了解，教学楼项目用地面积7045平方米，总投资6337万元。目前土建工程已基本完成，正在装修。",
    )
    assert ("7045平方米", 2020) in progress


def test_an_undated_page_opening_on_a_years_work_counts_its_next_year_from_it() -> None:
    """`2020年，某市不断推进…。…预计明年3月完工。`: a page that opens on a year's work and
    tells what is due 明年 is written that year; one that names a later year is not dated so."""
    got = drafted(
        "2020年，某市不断推进教育惠民实事，改善办学条件。",
        "某中学综合楼预计明年3月完工。据了解，综合楼建设项目用地面积1490平方米，总投资1319万元。",
    )
    assert ("1490平方米", 2021) in got
    later = drafted(
        "2020年，某市不断推进教育惠民实事，改善办学条件，到2025年建成学校10所。",
        "某中学综合楼预计明年3月完工。据了解，综合楼建设项目用地面积1490平方米，总投资1319万元。",
    )
    assert ("1490平方米", 2021) not in later


def test_the_next_item_of_a_list_of_projects_is_design_after_one_told_under_way() -> None:
    """`…，现时该项目主体已完工；乙中学新校区项目总用地规模约121.3亩，…`: how far one project had
    come is no report on the next item's design; a count of works by their progress
    (`；未开工项目67个`) still reports."""
    got = drafted(
        "今年，某市共推动实施教育领域项目68个。其中：甲幼儿园项目规划新建5686平方米教学综合楼，"
        "总投资0.259亿元，现时该项目主体已完工，正在进行内部装修；乙中学新校区项目总用地规模约121.3亩，"
        "班制规模为128个，总投资2.8亿元。",
    )
    assert {"约121.3亩", "128个", "2.8亿元"} <= {raw for raw, _ in got}
    counted = drafted(
        "今年，某市共推动实施教育领域项目68个。其中：甲幼儿园项目总投资0.259亿元，现时该项目主体已完工；"
        "未开工项目67个，均为市级资金支持项目。",
    )
    assert "67个" not in [raw for raw, _ in counted]


def test_a_due_year_after_ni_or_a_schools_own_clause_dates_the_figures_before_it() -> None:
    """`…总投资2.6亿元，拟于2024年9月投入使用`, `…总投资1.52亿元，…，学校预计于2015年建成投入使用`:
    拟 puts a completion ahead as 预计 does, and the works may be the later clause's subject."""
    assert ("2.6亿元", 2024) in drafted(
        "发布时间：2020-06-01",
        "此次启动的教学团组项目，包括5栋实训楼和体育馆共6栋楼宇，总投资2.6亿元，拟于2024年9月投入使用。",
    )
    assert ("1.52亿元", 2015) in drafted(
        "发布时间：2013-11-30",
        "某小学迁建项目破土动工，该项目总投资1.52亿元，是该区投资额最大的学校，学校预计于2015年建成投入使用。",
    )


def test_the_design_of_works_whose_groundbreaking_is_told_is_still_to_come() -> None:
    """`当天举行开工仪式的某中学高中部项目总用地面积达到214.3亩，总投资2.5亿`: the ceremony names
    which works; their land and money are the design, once built."""
    got = [
        raw
        for raw, _ in drafted(
            "当天举行开工仪式的某一中高中部项目总用地面积达到214.3亩，总投资2.5亿，建筑总面积5.7万平方米。"
        )
    ]
    assert got == ["214.3亩", "2.5亿", "5.7万平方米"]


def test_a_school_named_again_is_due_when_an_earlier_sentence_said() -> None:
    """`某小学举行项目施工奠基仪式，预计2020年秋季投入使用。` … `某小学占地面积约14000平方米，…`: the
    school's figures told later, where it is named again, are due then; another school's keep
    their own."""
    got = drafted(
        "发布时间：2019-04-30",
        "4月29日上午，某区甲小学（又名某区第二十七小学）举行项目施工奠基仪式，预计2020年秋季投入使用。",
        "据介绍，某区甲小学位于某路南侧，投资估算8847万元，占地面积约14000平方米，办学规模为24个教学班。",
        "另外，某区乙小学总投资5000万元，预计2021年建成。",
    )
    assert ("8847万元", 2020) in got and ("24个", 2020) in got
    assert ("5000万元", 2021) in got


def test_a_span_of_building_years_right_after_a_value_dates_it_by_its_last_year() -> None:
    """`文苑小学建设项目总投资37247.71万元，建设年限为2020年-2022年。`: the sum is reached when the
    works are, by the span's last year, not its first."""
    got = drafted(
        "发表于 2020-7-31 17:29:55",
        "甲小学建设项目总投资37247.71万元，建设年限为2020年-2022年。学校占地41亩。",
    )
    assert ("37247.71万元", 2022) in got


def test_a_project_registers_completion_field_in_the_next_paragraph_dates_its_design() -> None:
    """A construction register's entry: the design, then `工程备注: 工程开始日期(主体开工): 2022年
    第3季度;工程结束日期(交付使用):2024年第3季度.` — the line of fields is no title, and the
    design is due when the works are handed over."""
    doc = Document(
        "page.txt",
        (
            Paragraph("此项目总占地面积约----,建设内容包括:新建甲中学北校区工程;"),
            Paragraph("工程规模:拟新建甲中学北校区工程,其中甲中学北校区占地约47亩,办学规模8轨24班"),
            Paragraph(".此项目总投资金额为2.726亿元,工程所需资金来源为财政预算"),
            Paragraph(
                "工程备注: 工程开始日期(主体开工): 2022年第3季度;工程结束日期(交付使用):2024年第3季度."
            ),
        ),
    )
    draft = draft_document(doc, "n", [])
    assert not draft.header.title.startswith("工程备注")
    got = [(r.record.target.raw, r.record.target.year) for r in draft.records]
    assert ("约47亩", 2024) in got and ("2.726亿元", 2024) in got


def test_the_design_of_works_told_approved_is_still_to_come() -> None:
    """`…项目建设已完成科研批复，…项目用地在国土资源局备案。总建筑面积 6456 平方米，设计托位150个，
    总投资4000万元。`: the steps done are the approval's; the design after them is still to be
    built."""
    got = [
        raw
        for raw, _ in drafted(
            "县妇幼保健院示范性托育服务机构项目建设已完成科研批复，用地规划申请已经上报国土资源局，"
            "项目用地在国土资源局备案。总建筑面积 6456 平方米，设计托位150个，总投资4000万元。"
        )
    ]
    assert {"6456 平方米", "150个", "4000万元"} <= set(got)


def test_a_tender_or_ground_breaking_in_a_roc_year_is_a_start_not_the_due_year() -> None:
    """`重建工程113年9月完成发包，12月24日动土、25日开工，工期660日历天，预计115年10月完工`:
    the contract let and ground broken in 民國113年 start the works; their figures are due
    when they finish, 115年 (2026)."""
    got = drafted(
        "重建工程113年9月完成发包，12月24日动土、25日开工，工期660日历天，预计115年10月完工。"
        "新校舍的教育大楼拥有14间教室。"
    )
    assert got == [("660日历天", 2026), ("14间", 2026)]


def test_works_due_a_year_or_two_after_the_pages_year_are_due_then() -> None:
    """`…，造价550万元，…，预计1年后可竣工` on a page of 2013: the works are due in 2014."""
    got = drafted(
        "2013-01-10 11:13:32",
        "近日，某小学新校区教学综合楼奠基。教学综合楼建筑面积3385平方米，造价550万元，预计1年后可竣工。",
    )
    assert ("3385平方米", 2014) in got and ("550万元", 2014) in got


def test_a_school_heading_run_into_its_item_with_its_kind_in_brackets_names_its_figures() -> None:
    """`1．某外国语学校（九年一贯制，新建）。占地面积80亩，…`: the item's first sentence is the
    school's heading though its bracket holds a comma and names its kind, and the figures after
    it are that school's, of the stage the bracket names (they had been named by nothing)."""
    got = drafted_page(
        "某区学校建设三年行动计划（2027—2029年）",
        "1．西岭区外国语学校（九年一贯制，新建）。占地面积80亩，提供学位2520个，2028年8月竣工。",
    )
    assert got == [
        ("西岭区外国语学校占地面积", "80亩", 2028),
        ("西岭区外国语学校提供学位", "2520个", 2028),
    ]
    doc = Document("page.txt", (
        Paragraph("某区学校建设三年行动计划（2027—2029年）"),
        Paragraph("2．西岭区外国语学校（九年一贯制）。提供学位2520个，2028年8月竣工。"),
    ))  # fmt: skip
    (record,) = [r.record for r in draft_document(doc, "n", []).records]
    assert (record.name, record.segment) == ("西岭区外国语学校提供学位", "义务教育")


def test_a_numbered_item_with_no_heading_of_its_own_ends_its_siblings() -> None:
    """`1．某外国语学校（九年一贯制）。…` then `2．新建梧桐幼儿园、云栖幼儿园2所，新增学位630个，…`:
    the second item is not the first one's school's (its places had been named 某外国语学校新增学位,
    of 学前)."""
    got = drafted_page(
        "某区学校建设三年行动计划（2027—2029年）",
        "1．西岭区外国语学校（九年一贯制）。提供学位2520个，2028年8月竣工。",
        "2．新建梧桐幼儿园、云栖幼儿园2所，新增学位630个，总投资8400万元，2028年建成。",
    )
    assert [name for name, _, _ in got] == [
        "西岭区外国语学校提供学位",
        "新建幼儿园",
        "新增学位",
        "总投资",
    ]


def test_works_are_due_in_the_year_a_clause_of_their_own_says_they_are_done() -> None:
    """`（1）某中学教学楼抗震加固，加固面积6800平方米，投资约950万元，2026年12月完成；`: the works'
    figures are due when they are done (they had been dated the plan's end, 2028)."""
    got = drafted_page(
        "某县校舍安全三年行动计划（2026—2028年）",
        "（1）宁山县第二中学教学楼抗震加固，加固面积6800平方米，投资约950万元，2026年12月完成；",
    )
    assert [year for _, _, year in got] == [2026, 2026]
