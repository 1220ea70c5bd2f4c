"""Names of the amounts of work in project lists and programmes: where the work is done, what
it is done to, and which fund an amount names, stated on invented sentences."""

from __future__ import annotations

from draft_helpers import drafted_page

from plancmp.draft.naming import name_values


def names(sentence: str) -> list[tuple[str, str]]:
    return [(n.name, sentence[n.span.start : n.span.end]) for n in name_values(sentence, {})]


def test_a_count_after_zai_is_where_the_work_is_done() -> None:
    """`在12个村硬化道路5万平方米`: the work is measured by the later value; 12个村 is where."""
    assert names("在12个乡镇(街道)硬化道路5万平方米并安装路灯800盏。") == [
        ("硬化道路", "5万平方米"),
        ("安装路灯", "800盏"),
    ]
    assert names("在20个村改造供水管道30公里。") == [("改造供水管道", "30公里")]
    assert names("今年，在该县6个乡镇新建6所幼儿园。") == [("新建幼儿园", "6所")]


def test_places_listed_and_closed_by_deng_say_where() -> None:
    """`为甲县、乙县等12个市县…`: the listed places' count says where the later value is."""
    got = names("将为丙县、丁县等12个市县180所以上中小学完成教室空调安装。")
    assert [raw for _, raw in got] == ["180所以上"]
    got = names("力争在甲市、乙市等6个人口较多的城市新增3000个以上公办学位。")
    assert [raw for _, raw in got] == ["3000个以上"]


def test_a_count_after_zai_alone_counts_the_places_covered() -> None:
    assert names("在5所中小学试点开通校车线路。") == [("中小学试点开通校车线路", "5所")]


def test_a_count_after_dui_is_named_by_the_work_done_to_it() -> None:
    """`对16处薄弱学校进行改造提升`: the work (改造提升) and what it is done to."""
    assert names("对12处薄弱学校进行改造提升。") == [("改造提升薄弱学校", "12处")]


def test_a_count_after_dui_and_its_qualifiers_is_named_by_the_work() -> None:
    """`对剩余的…全部进行改造`, `分批次对全县…进行改造提升`: words between 对 and the count, and
    全部 before 进行, qualify the things worked on; the name is the work and the things."""
    assert names("今年将对剩余的27个教学点全部进行改造。") == [("改造教学点", "27个")]
    got = names("某县分批次对全县40多所寄宿制学校学生浴室进行改造提升。")
    assert got == [("改造提升寄宿制学校学生浴室", "40多所")]
    assert names("对全县道路进行绿化，种植树木300棵。")[0][1] == "300棵"


def test_money_for_a_count_of_works_is_named_by_the_works() -> None:
    """`投入3000万元用于12项…项目`: the money's use is the works the count after 用于 counts."""
    got = names("将投入2150.3万元用于9项社区养老设施补短板项目。")
    assert got[0] == ("社区养老设施补短板项目投入", "2150.3万元")


def test_the_noun_after_a_sum_ends_at_yongyu() -> None:
    """`安排…专项资金用于这些学校…`: what follows 用于 is the money's use, no part of its noun."""
    got = names("某省财政安排1.6亿元专项资金用于这些学校改造浴室、阅览室等。")
    assert got == [("某省财政安排专项资金", "1.6亿元")]


def test_an_amount_names_the_first_fund_it_lists() -> None:
    """`安排1亿元校舍维修资金以及…等配套资金`: the amount is of the fund printed first."""
    ((name, raw),) = names("安排约2亿元校舍维修改造资金以及运动场、食堂等配套资金，逐年实施。")
    assert (raw, name.endswith("校舍维修改造资金")) == ("约2亿元", True)
    assert "配套" not in name


def test_a_bare_length_is_of_what_the_clause_before_builds() -> None:
    assert names("铺设某大道供热主管网，全长约3.5公里，惠及居民2万户。")[0] == (
        "铺设某大道供热主管网",
        "约3.5公里",
    )


def test_places_counted_out_of_others_are_where_the_work_is_done() -> None:
    """`在全省23个重点县以外的其他65个县…新建宿舍900套`: both counts say where."""
    assert names("在全省23个重点县以外的其他65个县农村学校新建教师宿舍900套。") == [
        ("农村学校新建教师宿舍", "900套")
    ]
    assert names("在全省14个城区增补学位20000个。") == [("增补学位", "20000个")]


def test_a_bare_fund_is_named_by_the_work_it_pays_for() -> None:
    """`安排资金1亿元，在…新建教师周转宿舍900套`: the fund of that work; a fund named by
    what it is for keeps its name."""
    assert names("安排资金2.5亿元，在14个市州政府所在地主城区增补学位20000个。") == [
        ("增补学位资金", "2.5亿元"),
        ("增补学位", "20000个"),
    ]
    assert names("安排校舍维修资金2亿元，改造校舍5万平方米。")[0] == ("校舍维修资金", "2亿元")


def test_a_bare_amount_is_the_spending_its_clause_before_announces() -> None:
    """`加大民生投入，投资24.4亿元`: the 民生投入; a bare 投资 with nothing announced stays."""
    assert names("加大民生投入，投资24.4亿元，实施项目27个。")[0] == ("民生投入", "24.4亿元")
    assert names("推进项目建设，投资3亿元。")[0] == ("投资", "3亿元")


def test_a_manner_idiom_opening_a_name_is_no_part_of_it() -> None:
    """`多措并举增加中小学学位3000个` is the 增加中小学学位 a headline prints as well."""
    assert names("今年将多措并举增加中小学学位3000个。") == [("增加中小学学位", "3000个")]


def test_a_school_year_of_the_republic_of_china_calendar_is_no_part_of_a_name() -> None:
    """`115学年度公共化幼儿园再增13班`: the school year dates the amount, it does not name it."""
    from plancmp.draft.names import clean

    assert clean("115学年度公共化幼儿园再增") == "公共化幼儿园再增"
    assert clean("以112至115学年度增加2岁专班") == "增加2岁专班"
    assert clean("一○八学年度增设") == "增设"


def test_how_long_a_thing_has_gone_on_and_that_it_is_done_are_no_part_of_a_name() -> None:
    """`2021年以来`, `近三年`, `已`: the time since and the aspect, not the thing counted."""
    from plancmp.draft.names import clean

    assert clean("2021年以来增设公办幼儿园") == "增设公办幼儿园"
    assert clean("近3年已增设公办幼儿园") == "增设公办幼儿园"
    assert clean("过去五年新建中小学") == "新建中小学"


def test_the_place_that_founds_a_school_stays_in_its_name() -> None:
    """`桃园市立桃园幼儿园`: 市立 makes the plan's place part of the school's name; before an
    indicator (`桃园市学前教育毛入园率`) the place says nothing."""
    from plancmp.draft.names import strip_place

    places = ("桃园市", "桃园")
    assert strip_place("桃园市立桃园幼儿园班级", places) == "桃园市立桃园幼儿园班级"
    assert strip_place("桃园市学前教育毛入园率", places) == "学前教育毛入园率"


def test_a_year_in_chinese_digits_is_no_part_of_a_name() -> None:
    """`二〇二六年新建初中2所`: the year, read as 2026 (text.fold), dates the count as
    `2026年` does; it does not name it."""
    assert names("2025年新建小学3所，二〇二六年新建初中2所。") == [
        ("新建小学", "3所"),
        ("新建初中", "2所"),
    ]
    assert names("全市一二三四年级学生近视率下降5个百分点。")[0][0] == "一二三四年级学生近视率"


def test_a_year_of_the_republic_of_china_calendar_and_a_start_are_no_part_of_a_name() -> None:
    """`于116年底前投入…`, `明年起将再增聘…`, `118年达成…`: when, not what; a page's tags
    (`【B】【吉09】`) are neither."""
    assert names("县府将于116年底前投入新台币2.7亿元。") == [("投入", "新台币2.7亿元")]
    assert names("明年起将再增聘心理教师25名。") == [("增聘心理教师", "25名")]
    assert names("【B】【吉09】延吉将建成4所公办幼儿园") == [("建成公办幼儿园", "4所")]  # a tag
    assert names("2026年起公办园生均财政拨款标准不低于每生每年1200元。") == [
        ("公办园生均财政拨款标准", "1200元")
    ]  # it was `起公办园…`
    assert names("预计118年达成营养午餐覆盖率100%。") == [("营养午餐覆盖率", "100%")]
    assert names("市府推动午餐使用国产食材，一一五年自筹四‧五亿元经费。") == [
        ("自筹经费", "四‧五亿元")
    ]  # a year in words


def test_a_list_mark_before_a_counting_verb_opens_the_next_item() -> None:
    """`新建4所幼儿园、增加19个班`: the noun of 4所 stops at the 、 before 增加, which names
    the next count (the items are not one run of words)."""
    assert names("明年将新建4所幼儿园、增加19个班、增加招生500名。") == [
        ("新建幼儿园", "4所"),
        ("增加班", "19个"),
        ("增加招生", "500名"),
    ]
    assert names("将增设四处非营利幼儿园、增加十九班。") == [
        ("增设非营利幼儿园", "四处"),
        ("增加", "十九班"),
    ]


def test_a_subject_that_will_act_and_the_time_it_takes_are_no_part_of_a_name() -> None:
    """`某地将用3年时间投资`: who will act and how long it takes."""
    from plancmp.draft.names import clean

    assert clean("某地将用3年时间投资") == "投资"
    assert clean("某地将投入资金") == "投入资金"


def test_a_schools_run_of_particulars_is_named_by_the_school_and_its_stage() -> None:
    """`位于…的第五幼儿园占地面积…，建筑面积…，设有9个班；第六小学占地…`: each figure of a run is
    of the school that opens it, of that school's stage; the location is no part of the name."""

    def named(sentence: str) -> list[tuple[str, str | None, str]]:
        found = name_values(sentence, {})
        return [(n.name, n.segment, sentence[n.span.start : n.span.end]) for n in found]

    assert named(
        "位于某路东侧的第五幼儿园占地面积3000平方米，建筑面积4100平方米，总投资1500万元，设有9个班；"
    ) == [
        ("第五幼儿园占地面积", "学前", "3000平方米"),
        ("第五幼儿园建筑面积", "学前", "4100平方米"),
        ("第五幼儿园总投资", "学前", "1500万元"),
        ("第五幼儿园班级", "学前", "9个"),
    ]
    assert named("第六小学占地面积6000平方米，建筑面积7200平方米。") == [
        ("第六小学占地面积", "小学", "6000平方米"),
        ("第六小学建筑面积", "小学", "7200平方米"),
    ]


def test_a_pronoun_for_a_project_stands_for_the_school_the_sentence_opened_with() -> None:
    sentence = "第三幼儿园是今年的续建工程，该项目占地面积2500平方米，建筑面积3300平方米。"
    assert names(sentence) == [
        ("第三幼儿园占地面积", "2500平方米"),
        ("第三幼儿园建筑面积", "3300平方米"),
    ]


def test_a_kind_of_school_is_no_school_of_its_own() -> None:
    """`公办幼儿园占地…`: a kind of school, whose particulars keep their own names."""
    sentence = "新建公办幼儿园占地面积3000平方米，建筑面积4100平方米。"
    assert [n for n, _ in names(sentence)][1] == "建筑面积"


def test_the_later_grades_of_a_list_share_the_first_items_words_and_stage() -> None:
    """`全县初中在市评价中获一等奖1所、二等奖2所`: 二等奖 is of the same assessment and stage."""
    sentence = "力争全县初中在市质量评价中获一等奖1所、二等奖2所、三等奖3所。"
    got = [(n.name, n.segment) for n in name_values(sentence, {})]
    assert got == [
        ("初中在市质量评价中获一等奖", "初中"),
        ("初中在市质量评价中获二等奖", "初中"),
        ("初中在市质量评价中获三等奖", "初中"),
    ]
    assert [n.name for n in name_values("新建幼儿园2所、小学3所。", {})][1] != "幼儿园小学"


def test_an_adverb_and_verb_after_an_amount_open_another_predicate() -> None:
    """`投入2.5亿元切实推进教育惠民工程`: what the money is for, not its name; `3所全面发展示范校`
    keeps its noun."""
    assert names("某区计划投入2.5亿元切实推进教育惠民工程。") == [("投入", "2.5亿元")]
    assert names("新建3所全面发展示范校。") == [("新建全面发展示范校", "3所")]


def test_an_amount_in_a_bracket_after_a_count_is_of_the_things_counted() -> None:
    """`完成52所民办幼儿园(1.2万个学位)转公办园`: the places are the kindergartens'; the noun ends
    at the bracket. A bracket that names its own amount keeps that name."""
    assert names("到2020年完成52所民办幼儿园(1.2万个学位)转公办园。") == [
        ("完成民办幼儿园", "52所"),
        ("民办幼儿园学位", "1.2万个"),
    ]
    assert names("新建幼儿园3所（新增学位1080个）。")[1] == ("新增学位", "1080个")


def test_money_named_only_by_who_sets_it_aside_is_named_by_what_it_is_for() -> None:
    """`县府编列8亿8,233万元 用于…`: the amount is of what it is 用于; a fund named on its
    left keeps its name; the comma inside `8,233` and the space before 用于 split nothing."""
    assert names("县府编列 8亿8,233万元 用于强化教学设备及购置软件，包括电脑汰换。") == [
        ("强化教学设备及购置软件", "8亿8,233万元")
    ]
    assert names("其中近 50亿元 用于建筑与设备，包含校园建设。") == [("建筑与设备", "50亿元")]
    assert names("市财政安排专项资金3000万元用于改善办学条件。")[0][0].startswith("专项资金")


def test_a_part_described_after_its_count_is_named_by_what_it_is() -> None:
    """`其中5所新建，7所属于改扩建`: the part is what it is said to be (改扩建), not 属于."""
    assert names("12所幼儿园都是公办园，其中5所新建，7所属于改扩建。")[-1] == ("改扩建", "7所")


def test_examples_after_a_count_belong_to_the_next_count() -> None:
    """`等7所中学和甲小学、乙小学等20所小学`: the 等 before 20所 closes that count's examples;
    7所 counts 中学 and 20所 counts 小学. Money after counts of schools is no school's."""
    sentence = "将新建甲中学、乙中学等7所中学和丙小学、丁小学等20所小学，计划投入31亿元。"
    assert names(sentence) == [("新建中学", "7所"), ("新建小学", "20所"), ("投入", "31亿元")]


def test_a_verb_between_money_and_a_count_is_the_counts() -> None:
    """`投资800万元新建4所幼儿园`: 新建 opens the count's item; the money names no work of it."""
    assert names("县今年计划投资800万元新建4所幼儿园。") == [
        ("投资", "800万元"),
        ("新建幼儿园", "4所"),
    ]


def test_a_count_after_a_verb_and_joined_places_counts_the_noun_after_it() -> None:
    """`完成甲镇和乙镇2个街道卫生服务中心改扩建`: the places joined by 和 are examples, and the
    list mark before the next verb (`、实现…`) ends the item."""
    sentence = "完成甲镇和乙镇2个街道卫生服务中心改扩建施工、实现安置房建设100万平方米。"
    assert names(sentence) == [
        ("完成街道卫生服务中心改扩建施工", "2个"),
        ("安置房建设", "100万平方米"),
    ]


def test_works_listed_one_by_one_then_counted_are_an_amount_of_works() -> None:
    """`竣工验收甲中学迁建、乙小学新建、丙学校改扩建等3项工程`: the works to finish, counted; a
    list of places counted (`甲区、乙区等2个区`) only restates the list."""
    sentence = "计划竣工验收甲中学迁建、乙小学新建、丙学校改扩建等3项工程，预计新增学位7300余个。"
    assert [raw for _, raw in names(sentence)] == ["3项", "7300余个"]
    assert names("覆盖甲区、乙区等2个区。") == []


def test_once_built_is_no_part_of_a_schools_scale() -> None:
    """`建成后办学规模为48个班级`: 建成后 says when the scale holds, the name is the scale."""
    assert [n for n, _ in names("某中学总投资2亿元,建成后办学规模为48个班级。")][
        -1
    ] == "办学规模班级"


def test_schools_named_one_by_one_then_counted_are_named_by_verb_and_kind() -> None:
    """`新建甲路小学、乙村规模学校2所`: the count sums up the schools listed by name; its name
    is the verbs and the kind (`新建学校`), not the schools' names; a list of kinds of school
    (`新建、改扩建中小学、幼儿园13所`) is the name itself."""
    assert names("其中新建甲路小学、乙村规模学校2所。") == [("新建学校", "2所")]
    assert names("新建扩建丙公办高中、丁实验学校中小学6所。") == [("新建扩建中小学", "6所")]
    assert names("新建、改扩建中小学、幼儿园13所。") == [("新建、改扩建中小学、幼儿园", "13所")]


def test_schools_counted_then_the_works_done_to_them() -> None:
    """`11所中小学校的新建、改扩建及配套改造工程`: the count is of schools, named by the works
    listed after 的 (the whole list, not its first work) and the schools."""
    assert names("计划进行11所中小学校的新建、改扩建及配套改造工程。") == [
        ("新建、改扩建及配套改造中小学校", "11所")
    ]


def test_a_sum_then_whom_it_is_for_is_named_by_the_spending() -> None:
    """`投资4亿元为山区教师建设公寓`: 为… after a sum says whom it serves; the sum is named by
    the spending verb, not by that clause (but `用于…` is the spending itself, and `对…进行…`
    the work it pays for)."""
    assert names("今年计划投资4亿元为山区中小学教师建设公寓。") == [("投资", "4亿元")]
    assert names("投资2.7亿元用于完成校舍达标改造任务。") == [("完成校舍达标改造任务", "2.7亿元")]


def test_the_schools_a_work_is_for_are_no_part_of_its_name_whatever_their_kind() -> None:
    """`为甲初中、乙高中配备…`: the list of schools a work is done for, of any kind a school is
    named by (text.SCHOOL_KIND), is no part of what is counted."""
    assert names("今年为东山初中、西湖高中配备录播教室12间。") == [("配备录播教室", "12间")]
    assert names("为南岭幼儿园、北坡中小学安装净水设备30台。") == [("安装净水设备", "30台")]


def test_the_streams_of_a_grade_are_no_part_of_a_count_of_classes() -> None:
    """`小学5轨30个班`: 5轨 (five classes a grade) sizes the school, a figure of its own (a
    count in 轨, data/README.md); the 30 are its classes, named by the same stage."""
    assert names("新校为九年一贯制学校，其中小学5轨30个班，初中6轨18个班。") == [
        ("小学轨数", "5轨"),
        ("小学班级", "30个"),
        ("初中轨数", "6轨"),
        ("初中班级", "18个"),
    ]


def test_the_you_that_says_a_count_will_exist_is_no_part_of_its_name() -> None:
    """`将有240辆校车投入运营`: 有 says the buses will be there; the name is what is counted and
    what it does. `有…需求的学生` describes the pupils, and stays."""
    assert names("到明年秋季，山区将有240辆专用校车投入运营。") == [("专用校车投入运营", "240辆")]
    assert names("全县有寄宿需求的学生达到4100名。") == [("有寄宿需求的学生", "4100名")]


def test_parts_that_add_up_to_an_earlier_total_are_its_parts() -> None:
    """`项目15个，计划竣工4个，其中幼儿园8个、小学5个、初中2个`: the parts sum to the 15 projects,
    not to the 4 finished, so they are parts of the projects; parts that sum to the figure right
    before them stay its own."""
    text = "今年实施新建、改扩建学校项目15个，计划竣工4个，其中幼儿园8个、小学5个、初中2个。"
    assert [n.name for n in name_values(text, {})][2:] == ["实施新建、改扩建学校项目"] * 3
    text = "今年新建学校10所，改扩建6所，其中小学4所、初中2所。"
    assert [n.name for n in name_values(text, {})][2:] == ["改扩建小学", "改扩建初中"]


def test_an_aside_in_brackets_does_not_part_a_count_from_what_it_measures() -> None:
    """`为26所学校的教室增配（更换）空调900台`: the words the schools took name the units too; the
    bracketed aside (更换) does not make them too long to be a noun."""
    text = "今年将为26所学校的教室增配（更换）空调900台。"
    assert [text[n.span.start : n.span.end] for n in name_values(text, {})] == ["26所", "900台"]


def test_a_sums_currency_and_its_gloss_are_no_part_of_its_name() -> None:
    """`三十亿元人民币（约台币…元）`: the currency after a sum and the same sum in another one,
    bracketed, name nothing; the words before the sum do."""
    text = "今年省财政将增加投入约四十亿元人民币（约港币四十四亿元），家长负担减少四十亿元人民币。"
    assert names(text) == [("增加投入", "约四十亿元"), ("家长负担减少", "四十亿元")]
    text = "预计每户一年可节省约六千人民币（约台币二万六千元）。"
    assert names(text) == [("每户一年可节省", "约六千人民币")]


def test_who_sets_money_aside_is_no_part_of_the_fund_it_names() -> None:
    """`市级共投入改造资金…`, `省发展改革委安排中央预算内投资…`: the fund is named, not who pays."""
    assert names("今年市级共投入维修资金520万元。") == [("维修资金", "520万元")]
    assert names("日前，某省财政厅安排中央预算内投资3亿元。") == [("中央预算内投资", "3亿元")]
    assert names("今年计划投入资金800万元。") == [("投入资金", "800万元")]


def test_classes_a_school_is_described_by_are_its_designed_classes_or_standard() -> None:
    """`某项目是一所设计24班…的初级中学`: the one school's designed classes; `新建一所24班制的
    完全中学`: the class standard of that kind of school."""
    got = names("某区东部初中项目是一所设计27班、1215名学生规模的初级中学。")
    assert got[0] == ("某区东部初中项目设计班级", "27班")
    assert names("计划在某街道新建一所30班制的完全中学。") == [("完全中学班制", "30班")]


def test_classes_counted_after_a_kind_of_school_are_that_kinds_classes() -> None:
    """`办学规模为小学24个教学班、附属幼儿园6个教学班`: each count is of the classes of the
    kind printed before it."""
    got = names("办学规模为小学24个教学班、附属幼儿园6个教学班。")
    assert got == [("办学规模为小学教学班", "24个"), ("附属幼儿园教学班", "6个")]


def test_places_supplied_on_completion_are_named_by_what_they_are() -> None:
    """`建成后可供给1440个小学学位，900个初中学位`: 建成后可 says when, 供给 is as 提供; the
    next item's places are no 建成's."""
    got = names("预计明年竣工，建成后可供给1440个小学学位，900个初中学位。")
    assert got == [("供给小学学位", "1440个"), ("初中学位", "900个")]


def test_the_noun_after_a_count_ends_where_its_purpose_begins() -> None:
    """`建设45所试点校打造智慧课堂`: 打造 (助力, 带动) opens what the things are for."""
    assert names("计划建设 45 所试点校打造智慧课堂。") == [("建设试点校", "45 所")]


def test_a_planned_area_is_named_by_the_area() -> None:
    """`拟建总建筑面积约为…`: 拟建 says the area is planned; the name is the area."""
    assert names("拟建总建筑面积约为26000㎡。") == [("总建筑面积", "26000㎡")]


def test_examples_included_among_the_things_counted_are_no_part_of_the_name() -> None:
    """`新建包括甲中学在内的4所中小学`: the school named as one of them is an aside."""
    assert names("计划新建包括某区第三中学在内的6所中小学。") == [("新建中小学", "6所")]


def test_a_measure_glossed_by_ji_keeps_its_name() -> None:
    """`…覆盖率，即…在园幼儿占比达到80%`: 即 says what the rate counts; the figure is that rate's."""
    got = names("要求某县普惠性幼儿园覆盖率，即公办与普惠民办幼儿园在园儿童所占比例达到82%。")
    assert got == [("某县普惠性幼儿园覆盖率", "82%")]


def test_schools_counted_then_the_works_done_to_them_include_moving_them() -> None:
    """`19所中学的迁建、扩建工作`: 迁建 is a work, 工作 closes the list as 工程 does."""
    assert names("全县计划启动19所中学的迁建、新建和扩建工作。") == [
        ("迁建、新建和扩建中学", "19所")
    ]


def test_a_total_investment_before_de_is_named_by_the_works_it_is_of() -> None:
    """`总投资3.5亿元的某中学迁建项目`, `推进总投资12亿元的8件民生实事`: the works after 的 (not
    how many, nor when they are done) name the investment."""
    assert names("总投资2.8亿元的某小学扩建项目今年开工。") == [("某小学扩建项目总投资", "2.8亿元")]
    got = names("今年将全力推进总投资9.6亿元的7件民生实事。")
    assert got[0] == ("民生实事总投资", "9.6亿元")


def test_the_verb_that_lowers_a_level_is_no_part_of_its_name() -> None:
    """`流失率下降至4%以内`, `差异系数将缩小至0.3`: the name is what falls, not the fall."""
    assert names("教师流失率下降至4%以内，校际差异系数将缩小至0.3，") == [
        ("教师流失率", "4%以内"),
        ("校际差异系数", "0.3"),
    ]
    assert names("学生近视率降低到45%以下。") == [("学生近视率", "45%以下")]


def test_any_verb_that_brings_a_level_is_no_part_of_its_name() -> None:
    """Every word of a level the value grammar knows (`扩大到`, `上升至`, `维持在`), not only
    `提高到` or `达到`, ends the name before it."""
    assert names("普通高中在校生规模扩大到1.2万人，高中阶段毛入学率上升至98%，") == [
        ("普通高中在校生规模", "1.2万人"),
        ("高中阶段毛入学率", "98%"),
    ]
    assert names("普惠性幼儿园覆盖率维持在90%以上。") == [("普惠性幼儿园覆盖率", "90%以上")]


def test_a_bare_amount_after_a_count_of_projects_counts_their_works() -> None:
    """`周转宿舍建设项目40个，1200套`: the second figure counts what the projects build, in its
    own unit; a bare count in the same unit names nothing."""
    got = names("今年完成教师周转宿舍建设项目40个，1200套，新增建筑面积5万平方米。")
    assert got == [
        ("完成教师周转宿舍建设项目", "40个"),
        ("教师周转宿舍", "1200套"),
        ("新增建筑面积", "5万平方米"),
    ]
    got = names("今年完成校舍改造项目40个，12个，新增建筑面积5万平方米。")
    assert [raw for _, raw in got] == ["40个", "5万平方米"]


def test_money_spent_on_a_work_done_to_things_is_named_by_that_work() -> None:
    """`投入…万元对…进行…`: the sum is the spending on that work, named by what the work is done
    to, the work and the spending verb; a school's own name gives only its kind."""
    got = names("计划投入360万元对甲镇东小学、乙镇西小学校舍进行设施改造提升。")
    assert got == [("小学校舍设施改造提升投入", "360万元")]
    got = names("区财政投资95万元对老旧食堂进行翻新。")
    assert got == [("老旧食堂翻新投资", "95万元")]
    got = names("某县投入资金260万元对乡村小学运动场进行提升。")
    assert got == [("乡村小学运动场提升投入", "260万元")]


def test_money_spent_on_schools_listed_by_name_alone_is_named_by_their_kind() -> None:
    """`对甲小学、乙小学进行…`: the list ends on a school's own name with nothing after it; the
    money is spent on all the schools, so it takes their kind, not the last school's name. A
    single school keeps its own name."""
    got = names("今年投入280万元对河东小学、河西小学进行屋面维修。")
    assert got == [("小学屋面维修投入", "280万元")]
    got = names("今年投入90万元对河东小学进行屋面维修。")
    assert got == [("河东小学屋面维修投入", "90万元")]


def test_a_part_named_only_by_its_level_counts_the_totals_things_at_that_level() -> None:
    """`特色学校24所，其中国家级6所、省级9所`: each part is that many of the total's things at
    its level; a total that names a level already has it replaced (`省级以上名师…其中国家级…`)."""
    assert names("建设体育特色学校24所，其中国家级6所、省级9所。") == [
        ("建设体育特色学校", "24所"),
        ("建设国家级体育特色学校", "6所"),
        ("建设省级体育特色学校", "9所"),
    ]
    assert names("培养市级以上骨干教师40名，其中省级8名。") == [
        ("培养市级以上骨干教师", "40名"),
        ("培养省级骨干教师", "8名"),
    ]


def test_a_month_a_work_is_due_by_is_no_part_of_its_name() -> None:
    """`8月底前完成…`, `9月前新建…`: when, not what; a child's age in months (`6月龄`) is a
    name's."""
    assert names("8月底前要全面完成2.6万平方米操场改造，9月前新建幼儿园4所。") == [
        ("完成操场改造", "2.6万平方米"),
        ("新建幼儿园", "4所"),
    ]
    assert names("6月龄婴儿家庭访视率达到90%。") == [("6月龄婴儿家庭访视率", "90%")]


def test_a_share_before_its_subject_keeps_what_becomes_of_them() -> None:
    """`55%公办小学纳入教育集团`: the share is of the schools brought in, so the name keeps the
    verb that ends a count's noun (`43所幼儿园列入实事`)."""
    assert names("2027年，55%公办小学纳入教育集团管理。") == [
        ("公办小学纳入教育集团管理比例", "55%")
    ]


def test_yiji_ends_the_thing_counted_before_more_summed_up_by_deng() -> None:
    """`2座转运站以及停车场、标识等配套设施`: 以及 ends what 2座 counts; the items after it, summed
    up by 等, have no count of their own."""
    sentence = "新建24座公共厕所、2座垃圾转运站以及停车场、标识等配套设施。"
    assert names(sentence) == [("新建公共厕所", "24座"), ("新建垃圾转运站", "2座")]
    sentence = "新建3所小学、2所初中以及运动场等配套设施。"
    assert names(sentence) == [("新建小学", "3所"), ("新建初中", "2所")]


def test_a_bare_change_is_of_the_subject_named_alone_in_the_clause_before() -> None:
    """`县以上医院病床，五年增加40万张`: 增加 says how it grows; the clause before says what."""
    assert names("乡镇卫生院床位，五年增加5000张。") == [("乡镇卫生院床位", "5000张")]
    assert names("公办幼儿园学位，新增3000个。") == [("公办幼儿园学位", "3000个")]
    # a clause that says something of its own is no subject
    got = names("市府努力广设公共化幼儿园，未来两年还会再增加100班。")
    assert [name for name, _ in got] != ["市府努力广设公共化幼儿园"]


def test_wei_or_dui_alone_before_a_count_is_no_noun_of_the_sum() -> None:
    """`安排资金300万元为20所学校…`: 为 opens whom the money is for, no part of its name."""
    assert names("安排资金300万元为20所学校配备校车。") == [
        ("学校配备校车资金", "300万元"),
        ("学校配备校车", "20所"),
    ]


def test_xianshi_counted_is_one_kind_of_area() -> None:
    """`15个县市`: 县市 is one word for the areas counted, as 县区 is; 市 is no part of the name
    after it, and the count of areas before another count says where that one stands."""
    assert names("在15个县市新建幼儿园30所。") == [("新建幼儿园", "30所")]
    assert names("全省12个县市85所学校完成改造。") == [("学校完成改造", "85所")]


def test_room_for_pupils_is_of_the_kind_of_school_named_before() -> None:
    """`9所幼儿园…，建成后，可满足3500名幼儿上学`: whose room it is, the kind before says."""
    got = names("新建幼儿园9所，建成后，可满足3500名幼儿上学。")
    assert got[-1] == ("幼儿园可满足幼儿上学", "3500名")
    got = names("新的幼儿园有九套保教班级，能容纳300名幼儿入学。")
    assert got == [("幼儿园能容纳幼儿入学", "300名")]
    # a bare 学校 says no kind, and pupils of another stage are not the kind's
    assert names("学校扩建完成后，可容纳3000名学生。") == [("可容纳学生", "3000名")]
    assert names("附设幼儿园一所，主楼建成后，可容纳2000名学生。") == [("可容纳学生", "2000名")]


def test_neng_gives_a_schools_room_as_ke_does() -> None:
    """`能容纳学生`, `能够容纳学生`: the size of the school named before, as `可容纳学生` is."""
    got = names("建设东风小学，规划设置36个教学班，能容纳学生1620人。")
    assert got == [("东风小学教学班", "36个"), ("东风小学能容纳学生", "1620人")]
    got = names("建设东风小学，规划设置36个教学班，能够容纳学生1620人。")
    assert got[-1] == ("东风小学能够容纳学生", "1620人")


def test_a_forms_fields_on_one_line_are_named_by_their_labels() -> None:
    """`建设规模:450m2 项目总投资:50万元`: a project card's fields run on one line, parted by
    spaces; each value is named by the label before its colon, not by the next field's."""
    assert names("项目名称:某小学学生宿舍楼 建设性质:新建 建设规模:450m2 项目总投资:50万元") == [
        ("建设规模", "450m2"),
        ("项目总投资", "50万元"),
    ]


def test_a_short_name_after_a_list_mark_is_the_next_items_own() -> None:
    """`设有2岁专班2班32个名额、3至5岁班2班48个名额`: each age group's classes and places; the
    next group's name after `、` is no part of the places before it. A bracket's `、` (`全市县(市、
    区)共计`) and examples with 等 stay whole."""
    assert names("某园设有2岁专班2班32个名额、3至5岁班2班48个名额。") == [
        ("某园设有2岁专班", "2班"),
        ("名额", "32个"),
        ("3至5岁班", "2班"),
        ("名额", "48个"),
    ]


def test_gongyou_is_no_part_of_a_name() -> None:
    """`市区小学共有79所`: 共有 (in all, there are) says how many; the name is what has them."""
    assert names("到2030年，市区小学共有79所。") == [("市区小学", "79所")]


def test_what_will_have_a_count_names_it_when_nothing_follows() -> None:
    """`小学将有79所`: with no noun after the count, the name is who will have it; with one, it
    is what is counted (`全市将有120辆校车投入使用`)."""
    assert names("到2030年，小学将有79所。") == [("小学", "79所")]
    assert names("到2030年，全市幼儿园将拥有500所。") == [("幼儿园", "500所")]
    assert names("到2030年，全市将有120辆校车投入使用。") == [("校车", "120辆")]


def test_a_level_reached_after_a_change_is_of_the_thing_changed() -> None:
    """`在园生数将增加0.5万人，达到2.7万人`: a clause that only reaches a level is of what the
    clause before changed, in the same unit, its thousands or ten thousands, or another counter
    of people (`培养2千位…，达到5千人`); in a unit of another thing it names nothing."""
    assert names("全区学前教育在园生数将增加0.5万人，达到2.7万人。") == [
        ("学前教育在园生数", "增加0.5万人"),
        ("学前教育在园生数", "2.7万人"),
    ]
    assert names("普通高中在校生增加3000人，达到2.5万人。")[1] == ("普通高中在校生", "2.5万人")
    assert names("预计4年内培养2千位全英语教学师资，12年内达到5千人。") == [
        ("培养全英语教学师资", "2千位"),
        ("培养全英语教学师资", "5千人"),
    ]
    assert names("全区新增学位5000个，达到3万人。") == [("新增学位", "5000个")]


def test_a_level_kept_from_a_later_year_is_of_the_measure_before() -> None:
    """`一般隐患整改率2024年不低于95%，2025年起保持在98%以上`: a clause that only keeps a level
    from a later year is of the rate before it (it had been dropped, unnamed)."""
    assert names("一般隐患整改率2024年不低于95%，2025年起保持在98%以上。") == [
        ("一般隐患整改率", "不低于95%"),
        ("一般隐患整改率", "98%以上"),
    ]


def test_a_count_whose_clause_says_only_its_time_counts_what_the_clause_before_makes() -> None:
    """`开发覆盖…的市级精品数字课程资源，三年内不少于500节`, `实施…建设工程，力争1—2所…`: the
    clause of the count names nothing, the clause before makes the things it counts (the count
    had been dropped); a task with no verb that makes anything names nothing, and a share or
    money in such a clause is no count of things made."""
    assert names(
        "组织名师团队开发覆盖中小学主要学科的市级精品数字课程资源，三年内不少于500节。"
    ) == [("开发市级精品数字课程资源", "不少于500节")]
    assert names("加强师资队伍管理，三年内不少于500名。") == []
    assert names("开展教师全员培训，每年不少于90%。") == []


def test_a_from_to_whose_level_opens_on_its_year_after_a_comma_is_one() -> None:
    """`由2025年的每生每年6000元，2026年起提高至每生每年8000元，2028年达到每生每年9000元`: the
    first value is where the second starts (it had been drafted as the target, the others
    dropped), and the level reached per pupil later is of the same standard."""
    assert names(
        "生均公用经费标准由2025年的每生每年6000元，2026年起提高至每生每年8000元，"
        "2028年达到每生每年9000元。"
    ) == [("生均公用经费标准", "8000元"), ("生均公用经费标准", "9000元")]
    assert names("普惠率由2025年的80%，2026年提高到85%。") == [("普惠率", "85%")]
    assert from_to("学前三年毛入园率由2025年的92%，到2028年提高到96%。") == [
        ("学前三年毛入园率", "96%", "92%")
    ]


def test_an_approvals_consent_is_no_part_of_the_works_name() -> None:
    """`原则同意新建教学综合楼1栋`: the letter's consent, not the work."""
    assert names("原则同意新建教学综合楼1栋，建筑面积3200平方米。")[0] == ("新建教学综合楼", "1栋")


def test_fenbie_before_the_verb_of_years_listed_is_no_part_of_the_name() -> None:
    """`2027年、2028年分别招聘不少于150名`: 分别 says each year does it, the name is the work."""
    assert names("2027年、2028年分别招聘不少于150名。") == [("招聘", "不少于150名")]


def test_years_listed_with_nothing_before_them_name_their_values_by_the_verb_after() -> None:
    """`其中2026年、2027年分别建设三千套、三千五百套`: nothing names the values before the years,
    so the verb after 分别 does (they had been drafted with no name at all); a school term after
    a year is no part of the name before it (`学生自愿参与率2027年秋季学期达到92%`)."""
    assert names("其中2026年、2027年分别建设三千套、三千五百套。") == [
        ("建设", "三千套"),
        ("建设", "三千五百套"),
    ]
    assert names("学生自愿参与率2027年秋季学期达到92%。") == [("学生自愿参与率", "92%")]
    assert names("普惠性幼儿园覆盖率稳步提高，2026年、2028年分别达到90%、95%。") == [
        ("普惠性幼儿园覆盖率", "90%"),
        ("普惠性幼儿园覆盖率", "95%"),
    ]  # nothing before the years nor a verb of a kind after: the clause before names them
    assert drafted_page(
        "某县课后服务提质方案（2026—2028年）",
        "学生自愿参与率2027年秋季学期达到92%，2028年秋季学期达到95%。",
    ) == [("学生自愿参与率", "92%", 2027), ("学生自愿参与率", "95%", 2028)]  # a later term's too


def test_a_later_years_level_due_before_its_year_end_is_of_the_indicator_before() -> None:
    """`…达标率达到90%；2027年底前达到95%以上`: a clause of a later year's level with no name of its
    own, its year closed by 底前 as by 底 (it had been dropped)."""
    assert drafted_page(
        "某省职业教育提质培优行动计划（2026—2028年）",
        "2026年底前，全省中职学校办学条件达标率达到90%；2027年底前达到95%以上。",
    ) == [("中职学校办学条件达标率", "90%", 2026), ("中职学校办学条件达标率", "95%以上", 2027)]


def from_to(sentence: str) -> list[tuple[str, str, str | None]]:
    """Each value's name, value and the value it starts from."""
    return [
        (n.name, sentence[n.span.start : n.span.end], b and sentence[b.start : b.end])
        for n in name_values(sentence, {})
        for b in [n.baseline]
    ]


def test_a_list_of_starts_and_a_list_of_levels_pair_in_order() -> None:
    """`公办园在园幼儿占比、普惠率由2025年的50%、85%分别提高到55%、90%`: each start is where the
    level in its place starts from (the starts had been drafted as the targets, or nothing
    at all when 分别 came first); a list's second rate is whole already (it had been named
    `公办园在园幼儿占比普惠率`)."""
    want = [("公办园在园幼儿占比", "55%", "50%"), ("普惠率", "90%", "85%")]
    assert from_to("公办园在园幼儿占比、普惠率由2025年的50%、85%分别提高到55%、90%。") == want
    assert from_to("公办园在园幼儿占比、普惠率分别由2025年的50%、85%提高到55%、90%。") == want
    assert from_to("小学、初中生师比分别由18:1和13:1调整到17:1和12.5:1。") == [
        ("小学生师比", "17:1", "18:1"),
        ("初中生师比", "12.5:1", "13:1"),
    ]
    assert from_to("普惠率、覆盖率分别达到90%、95%。") == [
        ("普惠率", "90%", None),
        ("覆盖率", "95%", None),
    ]


def test_each_school_of_a_kind_names_what_each_is_to_have() -> None:
    """`每所乡镇中心学校至少配备1名专职心理健康教师`: each school, however qualified (乡镇, 中心),
    and the staff it is to have make the name; a year's works (`每年新建学校`) are no such one."""
    assert names("每所乡镇中心学校至少配备1名专职心理健康教师。")[0][0] == (
        "每所乡镇中心学校专职心理健康教师"
    )
    assert names("每年新建学校5所。")[0][0] == "新建学校"
    assert names("每所乡镇中心学校30人。") == [("每所乡镇中心学校", "30人")]
    assert names("每个班30人。") == [("每班人数", "30人")]


def test_stages_given_only_fenbie_are_of_the_indicator_before() -> None:
    """`…定额每年提高50元，分别达到小学850元、初中1050元`: the stages' levels have no name but
    `分别`; they are of the indicator the clause before moved."""
    got = names("城乡义务教育学校生均公用经费基准定额每年提高50元，分别达到小学850元、初中1050元。")
    assert [name for name, _ in got] == ["城乡义务教育学校生均公用经费基准定额"] * 3


def test_examples_closed_by_deng_and_a_noun_before_the_count_are_that_nouns() -> None:
    """`续建县第二实验小学、城东幼儿园等项目5个`: the schools are examples of the projects
    counted (`续建项目`); short qualifiers closed so (`心理、法律、调解等个案服务`) stay in the name."""
    assert names("续建县第二实验小学、城东幼儿园等项目5个，新开工项目3个。") == [
        ("续建项目", "5个"),
        ("新开工项目", "3个"),
    ]
    assert names("提供心理、法律、调解等个案服务3000个。") == [
        ("提供心理、法律、调解等个案服务", "3000个")
    ]


def test_kinds_closed_by_deng_before_a_noun_stay_in_the_name() -> None:
    """`培训中小学、幼儿园等教师`, `新增学前教育、义务教育等学位`: kinds of school or stages, not
    schools named as examples, so they say whose the count is."""
    assert names("培训中小学、幼儿园等教师5000人次。") == [("培训中小学、幼儿园等教师", "5000人次")]
