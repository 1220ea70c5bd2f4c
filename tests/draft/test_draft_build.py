"""A whole draft: baselines joined from the review, restatements merged, metrics proposed."""

from __future__ import annotations

from plancmp.draft.build import draft_document, plan_id_from
from plancmp.draft.document import Document, Paragraph, Table
from plancmp.draft.suggest import Matcher
from plancmp.draft.topic import NOT_EDUCATION
from plancmp.model import Metric

CATALOG = [
    Metric("kindergarten_public_coverage", "公办幼儿园覆盖率", ("公办幼儿园在园儿童覆盖面",), "%",
           "学前教育", "higher", "公办幼儿园在园儿童占比；不同于公办园占比（幼儿园数占比）"),
    Metric("public_kindergarten_share", "公办园占比", (), "%", "学前教育", "higher"),
    Metric("myopia_rate", "儿童青少年总体近视率", ("近视率",), "%", "健康", "lower"),
    Metric("new_school_places", "新增学位数", ("新增学位",), "个", "保障", "higher"),
]  # fmt: skip


def draft(*blocks: Paragraph | Table):
    title = Paragraph("某区教育事业发展“十四五”规划（2021-2025）")
    return draft_document(Document("mou.txt", (title, *blocks)), "mou", CATALOG)


def test_a_review_value_becomes_the_later_targets_baseline_marked_as_inferred() -> None:
    d = draft(
        Paragraph("一、“十三五”发展成就"),
        Paragraph("公办幼儿园覆盖率由43.5%提升到58.2%。"),
        Paragraph("二、发展目标"),
        Paragraph("到2025年，公办幼儿园覆盖率达到75%以上。"),
    )
    (r,) = d.records
    b = r.record.baseline
    assert b is not None and (b.raw, b.year, b.section) == ("58.2%", 2020, "一、“十三五”发展成就")
    assert "基线由上下文推断" in r.review
    assert r.record.metric == "kindergarten_public_coverage"


def test_a_table_row_of_another_kind_of_school_lends_no_baseline_and_is_no_repeat() -> None:
    d = draft(
        Table((("指标", "2020年", "2025年"), ("民办学校在校生占比（%）", "12", "12")), "主要指标"),
        Paragraph("二、发展目标"),
        Paragraph("到2025年，公办学校在校生占比达到88%，男教师占比达到30%，女教师占比达到70%。"),
    )
    assert [(r.record.name, r.record.target.raw, r.record.baseline) for r in d.records] == [
        ("民办学校在校生占比（%）", "12", d.records[0].record.baseline),
        ("公办学校在校生占比", "88%", None),
        ("男教师占比", "30%", None),
        ("女教师占比", "70%", None),
    ]
    assert d.records[0].record.baseline is not None


def test_a_result_of_last_year_on_a_dated_page_is_the_baseline_of_this_years_target() -> None:
    d = draft_document(
        Document(
            "news.txt",
            (
                Paragraph("某区公办园占比今年再提高"),
                Paragraph("2027-03-02 09:10 来源：某区发布"),
                Paragraph("去年，全区公办幼儿园覆盖率达到61.5%。今年，这一比例将提升至66%以上。"),
            ),
        ),
        "mou",
        CATALOG,
    )
    ((r, b),) = [(r.record, r.record.baseline) for r in d.records]
    assert (r.target.raw, r.target.year) == ("66%以上", 2027)
    assert b is not None and (b.raw, b.year) == ("61.5%", 2026)


def test_prose_that_restates_a_table_row_is_not_a_second_record() -> None:
    d = draft(
        Table((("指标", "2020年", "2025年"), ("公办幼儿园覆盖率（%）", "76", ">85")), "主要指标"),
        Paragraph("三、主要任务"),
        Paragraph("到2025年，公办幼儿园覆盖率达到85%以上，新增学位5000个。"),
    )
    assert [(r.record.name, r.record.target.raw) for r in d.records] == [
        ("公办幼儿园覆盖率（%）", ">85"),
        ("新增学位", "5000个"),
    ]
    assert d.records[0].record.source.also == ("三、主要任务",)


def test_prose_naming_the_stage_a_table_row_leaves_out_restates_the_row() -> None:
    """`专任教师专科及以上学历比例 | ≥95 | 100` in a kindergarten plan's table and `幼儿园专任教师
    专科及以上学历比例不低于95%` in its prose: one target (they were two, the prose's stage
    making them differ); the row's years take the stage the prose names. Prose that gives
    the indicator stage by stage (`小学…不低于90%，初中…达到98%`) restates no row of all stages."""
    row = ("专任教师专科及以上学历比例", "%", "89.4", "≥95", "100")
    d = draft(
        Paragraph("二、发展目标"),
        Paragraph("到2025年，幼儿园专任教师专科及以上学历比例不低于95%，学前三年毛入园率达到98%。"),
        Table((("指标", "单位", "2020年", "2025年", "2030年"), row), "主要指标"),
    )
    assert [(r.record.name, r.record.segment, r.record.target.raw) for r in d.records] == [
        ("学前三年毛入园率", "学前", "98%"),
        ("专任教师专科及以上学历比例", "学前", "≥95"),
        ("专任教师专科及以上学历比例", "学前", "100"),
    ]
    d = draft(
        Paragraph("二、发展目标"),
        Paragraph(
            "到2025年，小学专任教师专科及以上学历比例不低于95%，初中专任教师专科及以上学历比例达到98%。"
        ),
        Table((("指标", "单位", "2020年", "2025年", "2030年"), row), "主要指标"),
    )
    assert [(r.record.segment, r.record.target.raw) for r in d.records] == [
        ("小学", "不低于95%"),
        ("初中", "98%"),
        (None, "≥95"),
        (None, "100"),
    ]


def test_the_same_sentence_printed_twice_gives_one_record() -> None:
    text = "到2025年，儿童青少年总体近视率每年下降1个百分点以上。"
    d = draft(Paragraph(text), Paragraph(text))
    assert len(d.records) == 1


def test_metrics_by_name_or_alias_are_set_a_near_name_is_flagged_an_unknown_one_is_new() -> None:
    d = draft(
        Paragraph("到2025年，近视率每年下降1个百分点以上，新增学位6000个。"),
        Paragraph("公办幼儿园在园儿童覆盖面达到80%，公办幼儿园覆盖比率达到70%，研学基地达到12个。"),
    )
    got = {r.record.name: (r.record.metric, r.review) for r in d.records}
    assert got["近视率"][0] == "myopia_rate" and not any("指标" in x for x in got["近视率"][1])
    assert got["新增学位"][0] == "new_school_places"
    assert got["公办幼儿园在园儿童覆盖面"][0] == "kindergarten_public_coverage"
    metric, review = got["公办幼儿园覆盖比率"]
    assert metric == "kindergarten_public_coverage"
    chosen = "指标匹配较弱：暂取 公办幼儿园覆盖率（kindergarten_public_coverage）"
    assert any(x.startswith(chosen) for x in review)
    metric, review = got["研学基地"]
    assert metric == "mou_new_01" and "指标名未在目录中" in review
    (new,) = d.new_metrics
    assert (new.id, new.name, new.unit, new.better) == ("mou_new_01", "研学基地", "个", "higher")


def test_a_sports_word_in_a_bureaus_remit_makes_no_health_metric() -> None:
    """A heading `教育体育…` names an education and sports bureau's work, not pupils' health: a new
    metric under it takes the category its own words give, else 综合; `体育` alone still is 健康."""
    d = draft(
        Paragraph("三、提升教育体育工作水平"),
        Paragraph("到2025年，课后服务覆盖率达到100%。"),
        Paragraph("四、体育与艺术"),
        Paragraph("到2025年，每校组建社团8个。"),
    )
    assert [(m.name, m.category) for m in d.new_metrics] == [
        ("课后服务覆盖率", "综合"),
        ("每校组建社团", "健康"),
    ]


def test_a_metric_of_schools_of_several_stages_takes_no_one_stages_category() -> None:
    """`新建、改扩建中小学和幼儿园` is a building work of every stage (保障, as the catalog's
    `新建成中小学、幼儿园数`), not a 学前教育 metric for its 幼儿园; `新建幼儿园` still is, and a
    measure of 中小学 that builds nothing keeps its stage's (`中小学集团化办学覆盖率`)."""
    d = draft(Paragraph("到2025年，新建、改扩建中小学和幼儿园25所，其中新建幼儿园8所。"))
    assert [(m.name, m.category) for m in d.new_metrics] == [
        ("新建、改扩建中小学和幼儿园", "保障"),
        ("新建幼儿园", "学前教育"),
    ]
    d = draft(Paragraph("到2025年，中小学集团化办学覆盖率达到80%。"))
    assert [(m.name, m.category) for m in d.new_metrics] == [("中小学集团化办学覆盖率", "义务教育")]


def test_a_catalog_note_that_says_not_keeps_a_near_name_away() -> None:
    children = Metric("public_kindergarten_children_share", "公办园幼儿占比", (), "%", "学前教育",
                      "higher", "在园幼儿占比；不同于公办园占比（幼儿园数占比）")  # fmt: skip
    without_note = children._replace(note=None)
    assert Matcher([without_note]).suggest("公办园占比", "%").metric == without_note
    assert Matcher([children]).suggest("公办园占比", "%").metric is None


def test_a_stages_teachers_named_by_their_school_find_the_teachers_metric() -> None:
    """`幼儿教师专科及以上学历比例`, `普通初中教师本科及以上学历比例`: the catalog keeps its teacher
    metrics apart by stage, so a name that opens with the teachers' school or a kind of school
    is matched as `小学教师…` is."""
    bachelor = Metric(
        "teacher_bachelor_share", "本科及以上学历教师比例", (), "%", "教师队伍", "higher"
    )
    associate = bachelor._replace(
        id="teacher_associate_degree_share", name="专科及以上学历教师比例"
    )
    matcher = Matcher([bachelor, associate])
    assert matcher.suggest("幼儿教师专科及以上学历比例(%)", "%").metric == associate
    assert matcher.suggest("普通初中教师本科及以上学历比例(%)", "%").metric == bachelor
    assert matcher.suggest("小学教师本科及以上学历比例(%)", "%").metric == bachelor


def test_a_new_share_of_what_meets_a_standard_is_better_higher() -> None:
    """`标准班额比例` is better higher, though a class size (`班额`) alone is better lower."""
    d = draft(Paragraph("到2025年，义务教育标准班额比例达到85%以上，小学平均班额控制在40人以内。"))
    assert [(m.name, m.better) for m in d.new_metrics] == [
        ("义务教育标准班额比例", "higher"),
        ("小学平均班额", "lower"),
    ]


def test_a_metric_in_another_unit_is_never_proposed() -> None:
    assert Matcher(CATALOG).suggest("近视率", "所").metric is None


def test_a_metric_named_for_another_stage_is_not_offered_as_near() -> None:
    """高中阶段教育毛入学率 shares most of its words with 学前三年毛入园率, yet is another
    indicator; a metric named for no stage is still offered to every stage."""
    preschool = Metric("preschool_gross_enrollment", "学前三年毛入园率", ("学前教育毛入学率",), "%",
                       "学前教育", "higher")  # fmt: skip
    bachelor = Metric("teacher_bachelor_share", "本科及以上学历教师比例", (), "%", "教师队伍",
                      "higher")  # fmt: skip
    matcher = Matcher([preschool, bachelor])
    assert matcher.suggest("高中阶段教育毛入学率", "%").candidates == ()
    assert matcher.suggest("学前教育毛入园率", "%").metric == preschool
    assert matcher.suggest("高中本科及以上学历专任教师比例", "%").candidates == (bachelor,)


def test_a_name_of_only_quotes_and_particles_is_matched_to_nothing() -> None:
    """A drafted name whose key is empty (`“”的`) proposes no metric, and drafting goes on."""
    assert Matcher(CATALOG).suggest("“”的", "%") == (None, 0.0, ())


def test_a_plan_id_from_a_file_name() -> None:
    assert plan_id_from("Yuhang-2021") == "yuhang_2021"
    assert plan_id_from("余杭区规划") is None


def test_a_headlines_figure_the_text_never_repeats_is_a_target_of_its_own() -> None:
    doc = Document("news.txt", (
        Paragraph("某区“十四五”教育规划：5年将新增学位近4万个"),
        Paragraph("发布时间：2020-11-19 13:38:00 来源：某网"),
        Paragraph("记者获悉，“十四五”时期，某区计划实施基建项目54个，可新增学位3.6万个。"),
    ))  # fmt: skip
    d = draft_document(doc, "news", CATALOG)
    assert [(r.record.target.raw, r.record.target.year) for r in d.records] == [
        ("近4万个", 2025),
        ("54个", 2025),
        ("3.6万个", 2025),
    ]


def test_a_headline_restating_the_text_adds_nothing() -> None:
    doc = Document("news.txt", (
        Paragraph("某市今年拟新增1.62万个学位"),
        Paragraph("发布时间:2025-02-25 作者:记者 某某"),
        Paragraph("记者日前获悉，某市2025年计划新建、改扩建中小学校11所，新增中小学学位1.62万个。"),
    ))  # fmt: skip
    d = draft_document(doc, "news", CATALOG)
    assert [r.record.target.raw for r in d.records] == ["11所", "1.62万个"]


def test_a_table_row_is_no_title() -> None:
    doc = Document("table.txt", (
        Paragraph("城镇登记失业率(%) 2.6% ≤ 4% 约束性"),
        Paragraph("人均体育场地面积(平方米) 1.8 2 预期性"),
    ))  # fmt: skip
    assert not draft_document(doc, "t", CATALOG).header.titled


def test_a_title_that_names_a_table_is_marked_for_review() -> None:
    table = Table((("指标", "2020年", "2025年"), ("学前教育毛入园率（%）", "98", "99")))
    excerpt = Document("t.txt", (Paragraph("“十四五”教育事业发展主要指标表"), table))
    review = draft_document(excerpt, "t", CATALOG).header.review
    assert "title：以“表”结尾，可能是表格的标题而非文件标题，请核对" in review
    plan = Document("p.txt", (Paragraph("某区教育事业发展“十四五”规划"), table))
    assert not any(
        r.startswith("title：") for r in draft_document(plan, "p", CATALOG).header.review
    )


def test_a_number_printed_again_under_a_longer_name_is_one_target() -> None:
    d = draft(
        Paragraph("到2025年，基本普及学前三年教育，入园率达到85%。"),
        Paragraph("到2025年，学前三年入园率达到85%，残疾儿童入学率达到100%，入学率达到100%。"),
    )
    assert [(r.record.name, r.record.target.raw) for r in d.records] == [
        ("入园率", "85%"),
        ("残疾儿童入学率", "100%"),
        ("入学率", "100%"),
    ]


def test_an_undated_excerpt_takes_the_one_year_its_text_sets_targets_for() -> None:
    doc = Document("excerpt.txt", (
        Table((("指标", "现状值", "目标值", "属性"), ("公办幼儿园覆盖率（%）", "76", "85", "预期性"))),
        Paragraph("到2025年，在县城新建3所标准化幼儿园，学前三年幼儿毛入园率达92%。"),
    ))  # fmt: skip
    d = draft_document(doc, "excerpt", CATALOG)
    assert [(r.record.target.raw, r.record.target.year) for r in d.records] == [
        ("85", 2025),
        ("3所", 2025),
        ("92%", 2025),
    ]


def test_one_item_of_a_joined_total_is_no_restatement_of_it() -> None:
    """`新建和改扩建学校20所` counts two kinds together; `改扩建学校20所` is one of them, a target
    of its own though the article prints the same number; `新建改扩建学校20所` restates the total."""
    d = draft(
        Paragraph("到2025年，全区将新建和改扩建学校20所。"),
        Paragraph("全区将新建改扩建学校20所。"),
        Paragraph("全区还将对20所学校进行改扩建。"),
    )
    assert [(r.record.name, r.record.target.raw) for r in d.records] == [
        ("新建和改扩建学校", "20所"),
        ("改扩建学校", "20所"),
    ]


def test_a_long_headline_printed_again_in_the_text_restates_its_sentence() -> None:
    """A headline line (no stop, no comma) of more than a subhead's length whose one figure a
    sentence prints again adds no target: the sentence says what it is and of which year."""
    headline = "半岛体育某区奉行新学校建设维持三年攻坚部署今后将新增学位29340个"
    doc = Document("news.txt", (
        Paragraph("导航切换"),
        Paragraph("联系电话:"),
        Paragraph("020-88888888     13988889999"),
        Paragraph("当前位置: 首页 > 新校建设"),
        Paragraph(headline),
        Paragraph("发布时间:2023-11-15 作者:记者 某某"),
        Paragraph("记者获悉，到2024年，某区将至少建成28所新学校，新增学位29340个。"),
        Paragraph(headline),
        Paragraph("某区将高标准配置教育设施设备。"),
    ))  # fmt: skip
    d = draft_document(doc, "news", CATALOG)
    assert [(r.record.target.raw, r.record.target.year) for r in d.records] == [
        ("至少建成28所", 2024),
        ("29340个", 2024),
    ]


def test_a_headline_naming_a_count_at_length_restates_the_sentence() -> None:
    """`某县再添公办幼儿园学位1800个` over `力争2022年增加学位1800个`: one count of places of one
    stage, the headline naming it at length and the sentence dating it."""
    doc = Document("news.txt", (
        Paragraph("《某某社区》 正文 [收起] [回帖]"),
        Paragraph("发布时间：2021-10-16 来源：某网"),
        Paragraph("明年某县再添公办幼儿园学位1800个"),
        Paragraph("下一步，某县将扩大学前教育资源供给，力争2022年增加学位1800个。"),
    ))  # fmt: skip
    d = draft_document(doc, "news", CATALOG)
    assert [(r.record.target.raw, r.record.target.year) for r in d.records] == [("1800个", 2022)]


def _forum_page(headline: str, *sentences: str) -> Document:
    return Document("post.txt", (
        Paragraph("查看: 5230|回复: 0"),
        Paragraph(headline),
        Paragraph("[复制本帖链接]"),
        Paragraph("发表于 2021-11-5 09:15:11 | 只看该作者"),
        *(Paragraph(s) for s in sentences),
    ))  # fmt: skip


def test_a_tagged_headline_retold_by_a_sentence_in_other_words_is_one_target() -> None:
    """A headline's count that a sentence of the same year prints again in its own words
    (a tag and a place before the headline's name keep the names apart) is the sentence's."""
    doc = _forum_page(
        "[某省] 某市“十四五”时期将扩充公办学位超20万个",
        "11月5日，某市举行教育事业发展规划发布会。据介绍，某市将新建一批学校、扩容现有校园，"
        "“十四五”时期扩充优质公办学位容量超过20万个。",
        "其中，新增公办幼儿园学位3.5万个。",
    )
    d = draft_document(doc, "post", CATALOG)
    assert [(r.record.target.raw, r.record.target.year) for r in d.records] == [
        ("超过20万个", 2025),
        ("3.5万个", 2025),
    ]


def test_each_fact_of_a_two_fact_headline_retold_by_a_sentence_is_the_sentences() -> None:
    doc = _forum_page(
        "要闻丨某省公办园占比将超55% 力争新建2所高水平学校",
        "某省教育“十四五”规划提出，到2025年，全省公办园占比将超55%，普惠性幼儿园覆盖率保持在85%以上。",
        "到2025年，某省力争新建2所高水平学校。",
    )
    d = draft_document(doc, "post", CATALOG)
    assert [r.record.target.raw for r in d.records] == ["超55%", "85%以上", "2所"]


def test_a_rural_share_restated_with_the_other_word_for_rural_is_one_target() -> None:
    """乡村 and 农村 are one kind of place: a share restated with the other word is one
    target; 城区 and 城镇 are two."""
    d = draft(
        Paragraph("到2030年，农村学校骨干教师比例达到25%，城区学校骨干教师比例达到35%。"),
        Paragraph("到2030年，乡村学校骨干教师比例达到25%，城镇学校骨干教师比例达到35%。"),
    )
    assert [(r.record.name, r.record.target.raw) for r in d.records] == [
        ("农村学校骨干教师比例", "25%"),
        ("城区学校骨干教师比例", "35%"),
        ("城镇学校骨干教师比例", "35%"),
    ]


def test_two_short_lines_with_one_count_are_two_facts() -> None:
    """`新建公办园…500所` and `扶持民办园…500所`, lines of a list, share words and a count: two
    facts, not a headline and its sentence."""
    doc = Document("plan.txt", (
        Paragraph("某县学前教育三年行动计划（2026-2028年）"),
        Paragraph("新建公办幼儿园2026年完成200所 2027年300所 2028年500所"),
        Paragraph("扶持民办幼儿园三年每年都要达到500所"),
    ))  # fmt: skip
    d = draft_document(doc, "plan", CATALOG)
    assert [(r.record.target.raw, r.record.target.year) for r in d.records] == [
        ("200所", 2026),
        ("300所", 2027),
        ("500所", 2028),
        ("500所", 2028),
    ]


def test_the_same_particular_of_two_schools_is_two_targets() -> None:
    """`第一幼儿园设有12个班…；第二幼儿园设有12个班`: alike names, the same number, two schools."""
    d = draft(
        Paragraph(
            "2025年，第一幼儿园占地面积3000平方米，设有12个班；第二幼儿园占地面积2000平方米，设有12个班。"
        ),
    )
    assert [(r.record.name, r.record.target.raw) for r in d.records] == [
        ("第一幼儿园占地面积", "3000平方米"),
        ("第一幼儿园班级", "12个"),
        ("第二幼儿园占地面积", "2000平方米"),
        ("第二幼儿园班级", "12个"),
    ]


def test_names_that_differ_only_in_a_rank_are_two_targets() -> None:
    """`获一等奖1所、二等奖1所`: the same number for two grades is two targets."""
    d = draft(Paragraph("到2025年，力争全区初中在市质量评价中获一等奖1所、二等奖1所。"))
    assert [r.record.name for r in d.records] == [
        "初中在市质量评价中获一等奖",
        "初中在市质量评价中获二等奖",
    ]


def test_a_kindergarten_named_short_restates_its_full_name() -> None:
    """News shortens `公办幼儿园` to `公办园`: `改建公办园80所` in the text restates the lead's
    `改建公办幼儿园80所`; the restatement is one record."""
    d = draft(
        Paragraph("2025年全区将改建公办幼儿园80所。"),
        Paragraph("全区将新建公办幼儿园22所、改建公办园80所。"),
    )
    assert [(r.record.name, r.record.target.raw) for r in d.records] == [
        ("改建公办幼儿园", "80所"),
        ("新建公办幼儿园", "22所"),
    ]


def test_the_same_sentence_under_two_years_is_a_target_of_each() -> None:
    """A year's paragraph repeats last year's sentence word for word: it sets the same level
    for its own year, a second target, not a repeat."""
    d = draft(
        Paragraph("2022年，新建幼儿园3所。学前教育经费占比力争达7%。"),
        Paragraph("2023年，新建幼儿园4所。学前教育经费占比力争达7%。"),
    )
    assert [(r.record.target.raw, r.record.target.year) for r in d.records] == [
        ("3所", 2022),
        ("7%", 2022),
        ("4所", 2023),
        ("7%", 2023),
    ]


def test_a_count_and_the_same_count_with_a_bound_are_two_targets() -> None:
    """`投用5所幼儿园` and `竣工5所以上房地产配套幼儿园`: one name inside the other, but `5所`
    and `5所以上` are two amounts, not one printed again."""
    d = draft(
        Paragraph("2025年，投用甲、乙、丙、丁、戊5所幼儿园，新增学位1800余个。"),
        Paragraph("2025年，竣工5所以上房地产配套幼儿园。"),
    )
    assert [r.record.target.raw for r in d.records] == ["5所", "1800余个", "5所以上"]


def test_a_target_printed_bare_then_with_its_bound_is_the_bounded_one() -> None:
    """`新增义务教育学位5000个` in a summary, `新增义务教育学位不低于5000个` where the programme is
    told: one target, and the bound is what the plan sets."""
    d = draft(
        Paragraph("2020年，西城区将新增普惠性学前教育学位2000个，新增义务教育学位5000个。"),
        Paragraph("2020年，西城区将实施61个学位保障工程项目，新增义务教育学位不低于5000个。"),
    )
    assert [(r.record.target.raw, r.record.target.value.op) for r in d.records] == [
        ("2000个", "="),
        ("不低于5000个", ">="),
        ("61个", "="),
    ]


def test_at_least_before_a_one_character_verb_bounds_the_count_after_it() -> None:
    """`至少办1所`, `至少建1所`: a comparator, a verb of one character, then the least to reach
    (as `至少办好1所`); the value keeps the words, and its op is `>=`."""
    d = draft(Paragraph("到2025年，各县至少办1所早教中心，每个乡镇至少建1所公办中心幼儿园。"))
    assert [(r.record.target.raw, r.record.target.value.op) for r in d.records] == [
        ("至少办1所", ">="),
        ("至少建1所", ">="),
    ]


def test_a_value_each_listed_stage_reaches_is_one_target_per_stage() -> None:
    """`骨干教师数小学、初中均达到1.3人以上` and `用房面积小学达到4.6平方米以上、初中达到…`: one
    target per stage, named by the measure alone; two stages from one sentence are two."""
    doc = Document(
        "t.txt",
        (
            Paragraph("某县义务教育优质均衡发展推进方案"),
            Paragraph(
                "到2027年，每百名学生拥有县级以上骨干教师数小学、初中均达到1.3人以上；"
                "生均教学及辅助用房面积小学达到4.6平方米以上、初中达到5.9平方米以上。"
            ),
        ),
    )
    got = [
        (r.record.name, r.record.segment, r.record.target.raw)
        for r in draft_document(doc, "t", []).records
    ]
    assert got == [
        ("每百名学生拥有县级以上骨干教师数", "小学", "1.3人以上"),
        ("每百名学生拥有县级以上骨干教师数", "初中", "1.3人以上"),
        ("生均教学及辅助用房面积", "小学", "4.6平方米以上"),
        ("生均教学及辅助用房面积", "初中", "5.9平方米以上"),
    ]


def test_a_forecast_section_sets_no_target_and_gives_no_baseline() -> None:
    """Under `学龄人口预测` a plan says what it expects of its pupils (年均减少约2000人, 将下降30%),
    no target it sets, in sentences with no word of a forecast of their own; the goals after
    it are read as before."""
    d = draft(
        Paragraph("一、发展环境"),
        Paragraph("（二）学龄人口预测"),
        Paragraph("“十四五”期间，小学入学人数年均减少约2000人，在园幼儿数将下降30%左右。"),
        Paragraph("到2025年，全区新增学位将达到6000个。"),
        Paragraph("二、发展目标"),
        Paragraph("到2025年，新增学位6000个，公办幼儿园覆盖率达到75%以上。"),
    )
    assert [(r.record.name, r.record.target.raw) for r in d.records] == [
        ("新增学位", "6000个"),
        ("公办幼儿园覆盖率", "75%以上"),
    ]
    assert all(r.record.baseline is None for r in d.records)


def test_the_situation_a_plan_faces_sets_no_target_and_hides_none_after_it() -> None:
    """`面临的形势` forecasts pupils and needs (在校生将增至6万人, 新增学位需求约1.5万个): no targets,
    nor a restatement the plan's own `新增学位1.5万个` could merge into; results under a heading
    that also names the base (`发展基础与面临形势`) are still baselines."""
    d = draft(
        Paragraph("一、发展基础与面临形势"),
        Paragraph("（一）发展基础"),
        Paragraph("2020年，全区公办幼儿园覆盖率为60%。"),
        Paragraph("（二）面临的形势"),
        Paragraph("预计到2025年，全区小学在校生将增至6万人，新增学位需求约1.5万个。"),
        Paragraph("二、发展目标"),
        Paragraph("到2025年，新增学位1.5万个，公办幼儿园覆盖率达到75%以上。"),
    )
    got = [(r.record.name, r.record.target.raw, r.record.source.section) for r in d.records]
    assert got == [
        ("新增学位", "1.5万个", "二、发展目标"),
        ("公办幼儿园覆盖率", "75%以上", "二、发展目标"),
    ]
    b = d.records[1].record.baseline
    assert b is not None and (b.raw, b.year) == ("60%", 2020)


def test_a_target_told_again_under_another_bound_is_one_record_marked_for_review() -> None:
    """`>99` in the table, `保持在99%以上` in the prose: one target, but the reviewer is told the
    plan prints two bounds; the same bound told again gives no such note."""
    d = draft(
        Table((("指标", "2020年", "2025年"), ("高中阶段毛入学率（%）", "98.6", ">99")), "主要指标"),
        Paragraph("到2025年，高中阶段毛入学率保持在99%以上。"),
    )
    assert [(r.record.target.raw, r.review[0]) for r in d.records] == [
        (">99", "另处写作“99%以上”，比较符不同，请核对取哪一个")
    ]
    d = draft(
        Table((("指标", "2020年", "2025年"), ("高中阶段毛入学率（%）", "98.6", ">99")), "主要指标"),
        Paragraph("到2025年，高中阶段毛入学率超过99%。"),
    )
    assert not any("比较符" in note for r in d.records for note in r.review)


def test_a_mixed_documents_targets_of_no_education_are_named_for_review() -> None:
    """A government work report sets jobs and roads beside schools: every target is drafted,
    and those whose names speak of no education are named for the reviewer to delete. An
    education plan's own (`总投资`) and a title on its education part are not."""

    def flagged(title: str, *lines: str) -> list[tuple[str, bool]]:
        doc = Document("mou.txt", tuple(Paragraph(t) for t in (title, *lines)))
        records = draft_document(doc, "mou", CATALOG).records
        return [(d.record.target.raw, NOT_EDUCATION in d.review) for d in records]

    text = "2026年，城镇新增就业1.2万人，新建改扩建中小学5所，新改建农村公路120公里。"
    assert flagged("2026年某县人民政府工作报告", text) == [
        ("1.2万人", True),
        ("5所", False),
        ("120公里", True),
    ]
    assert flagged("某县2026年教育民生实事项目", text)[0] == ("1.2万人", False)
    plan = "某县学校建设三年行动计划（2026—2028年）"
    assert flagged(plan, "到2028年，新建学校3所，总投资5亿元。") == [
        ("3所", False),
        ("5亿元", False),
    ]
