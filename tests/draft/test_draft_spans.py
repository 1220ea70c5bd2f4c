"""The value-span finder: the printed values a sentence holds, and the numbers it leaves out."""

from __future__ import annotations

import pytest

from plancmp.draft.spans import find_spans
from plancmp.values import ValueParseError, parse


def raws(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2025年，普惠性幼儿园覆盖面达到90%以上", ["90%以上"]),
        ("职业院校年度社会培训量不少于11万人次", ["不少于11万人次"]),
        ("5~7所初中创成现代化学校", ["5~7所"]),
        ("学生掌握1至2项体育运动技能", ["1至2项"]),
        ("新校舍各提供六至12间课室", ["六至12间"]),  # one end in words, one in digits
        ("要培养二、三十位学科带头人", ["二、三十位"]),  # two digits told together
        ("近视率每年下降1个百分点以上", ["每年下降1个百分点以上"]),
        ("肥胖率每年降低不少于0.5个百分点", ["每年降低不少于0.5个百分点"]),
        ("升学比例平均每年提高1—2个百分点", ["平均每年提高1—2个百分点"]),  # a rate as a range
        ("某比例年均增长0.5至1个百分点", ["年均增长0.5至1个百分点"]),
        ("近视率每年降低0.5到1个百分点", ["每年降低0.5到1个百分点"]),  # 到 before a rate
        ("学位年均增长5到2030年", ["年均增长5"]),  # 到 before a year opens it
        ("大班额比例年均压减10%", ["年均压减10%"]),  # every verb of change makes a yearly rate
        ("城乡学校差距每年缩小2个百分点", ["每年缩小2个百分点"]),
        ("年均增长4%到2030年达到新水平", ["年均增长4%"]),  # 到 opens the year the rate runs to
        ("劳动生产率平均每年提高百分之六点五", ["平均每年提高百分之六点五"]),  # a rate in words
        ("到2025年，教育现代化建设登上一个新台阶", []),  # a figure of speech, no count
        ("教育质量提升到一个新水平，建设一个新校区", ["一个"]),
        ("教育经费年均增长百分之八左右", ["年均增长百分之八左右"]),
        ("毛入园率每年提高两个百分点", ["每年提高两个百分点"]),
        (
            "地区生产总值年均增长5.5%左右，",
            ["年均增长5.5%左右"],
        ),  # about: the rate's, no word after
        ("全县每年增加450个学位", ["450个"]),  # a count made each year, not a rate of change
        ("经费投入每年增长6", ["每年增长6"]),  # a rate whose sign the page lost stays one
        ("生师比小学达到17：1，初中达到13.5：1", ["17：1", "13.5：1"]),
        ("普职比保持在1：1左右，", ["1：1左右"]),  # about: the ratio's, no word after
        ("公办初中名校集团全覆盖", ["全覆盖"]),
        ("中小学教师工资收入逐年提高", ["逐年提高"]),
        ("生均教育经费逐年只增不减", ["逐年只增不减"]),  # 逐年 no part of the name
        ("新增学位6.1万个", ["6.1万个"]),
        ("相应让家长负担减少四十亿元", ["四十亿元"]),  # money in 亿 written in words
        ("年度预算为 201亿4,070万元，创下新高", ["201亿4,070万元"]),
        ("总经费新台币1亿2275万9791元，工期620日历天", ["新台币1亿2275万9791元", "620日历天"]),
        ("2012－2015年，城镇年均新增就业人数24万以上", ["24万以上"]),  # people, bounded
        ("总经费约一亿四千五百二十万元，", ["约一亿四千五百二十万元"]),  # 亿 inside words
        ("基地面积二千一百零四平方公尺，", ["二千一百零四平方公尺"]),  # an area in words
        ("基地面积约2,055平方公尺，为地上3层建筑", ["约2,055平方公尺"]),  # Taiwan's square metre
        ("工程约1亿4000多万元、新建幼儿园约1亿5000万元", ["约1亿4000多万元", "约1亿5000万元"]),
        ("总经费约1亿两千万，塑造优质校园", ["约1亿两千万"]),  # ten thousands in words
        ("全市在校学生人数24万，", []),  # a bare 万 after 人数 with no bound: no amount
        ("115年教育预算创201亿元新高", ["201亿元"]),
        ("教育经费投入达到1.2万亿元", ["1.2万亿元"]),
        ("地区生产总值突破2万亿", ["突破2万亿"]),
        ("基本普及15年教育", []),
        ("按照“服务半径2公里”的原则布局幼儿园", []),
        ("小学服务半径不超过800米", []),
        ("这是该县加快中小学校园标准化建设的一个缩影", []),
        ("在本学年度新增2所幼儿园之后，公共化教保服务供应量将达45%", ["45%"]),
        ("新增2所幼儿园之后，再扩班10个", ["2所", "10个"]),
        ("在办好现有14所普通高等院校的基础上，新建高校2所", ["2所"]),
        ("在保留现有54处中小学的基础上，新建中小学58处", ["58处"]),
        ("全省普及小学到高中阶段12年教育，高中阶段教育毛入学率超过85%", ["超过85%"]),
        ("基本普及十五年教育(含学前教育)", []),
        ("高质量普及“十五年”特殊教育", ["十五年"]),
        ("规划公布了十四五期间28项重点工作任务", []),
        ("每个市创建1所及以上一类省级示范幼儿园", ["1所及以上"]),
        ("医疗救助范围扩大至9类人群", ["9类"]),
        ("提出11项我区教育事业科学发展的主要任务", []),
        ("今年共设置了31项国民经济和社会发展计划指标", []),
        ("完成民生实事项目建设任务10项以上，新建学校5所", ["10项以上", "5所"]),
        ("约 111 万方", ["约 111 万方"]),
        ("预计新增教育用地1400余亩", ["1400余亩"]),
        ("预计可新增学位1.8万余个", ["1.8万余个"]),
        ("巩固率和新增劳动力人均受教育年限分别达到99%和13.5年", ["99%", "13.5年"]),
        ("2020年分别达到60%以上和15年以上", ["60%以上", "15年以上"]),
        ("人均预期寿命78.3岁", ["78.3岁"]),
        ("预计完成建设总规模100多万平方米", ["100多万平方米"]),
        ("覆盖全市500所小学以上", ["500所小学以上"]),
        ("差异系数均小于0.30", ["小于0.30"]),
        ("平台教师活跃度100以上", ["100以上"]),
        ("改建一所老年开放大学", ["一所"]),
        ("新建二十所学校", ["二十所"]),
        ("公立幼儿园将增设廿五班、增加招收人数卅二名", ["廿五班", "卅二名"]),
        ("总计增加一○二四名", ["一○二四名"]),
        ("○ 新建学校", []),
        ("明年增加十九班", ["十九班"]),
        ("要增加一个环节", []),
        ("落实每天锻炼一小时", ["一小时"]),
        ("（续建8个，新建3个）", ["8个", "3个"]),
        ("建立2-3老年大学", ["2-3"]),
        ("高质量普及残疾儿童少年15年基础教育", ["15年"]),
        ("入园率达到百分之九十五以上", ["百分之九十五以上"]),
        ("八成以上学校达到标准", ["八成以上"]),
        ("师生比达到1:12", ["1:12"]),
        ("招生比例提高5个百分点", ["提高5个百分点"]),
        ("学位数翻一番", ["翻一番"]),
        ("完成1500户以上适老化改造", ["1500户以上"]),
        ("采购设备31.96万台件套", ["31.96万台件套"]),
        ("建设农村公路60公里", ["60公里"]),
    ],
)
def test_values_are_found_as_printed(text: str, expected: list[str]) -> None:
    assert raws(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "到2025年，总体实现教育现代化",  # a year
        "布局规划（2017-2035年）",  # a span of years
        "越政办发〔2022〕33号",  # a document number
        "发布时间:2022-12-31 14:42",  # a date and a clock time
        "上午9:30召开会议",
        "1.党对教育工作的全面领导",  # an item number
        "获得全市第3名",  # a rank
        "推进5G、IPv6和1+X证书",  # codes
        "实现3-18岁残疾儿童少年医教结合",  # ages
        "落实3年的职后培训",  # a duration
        "谋划三项重大改革行动",  # a count in words, no counting verb
        "统筹国内国际两个大局",
        "区委十届二次全会",
        "打造一批精品学校",  # 一批: "a batch of"
        "办好每一所家门口学校",  # 每一所: "every"
        "建成后的中心小学将是一所现代化学校",  # 是一所: the article "a", no count
        "新建的学校将成为一所示范学校",
        "打造“4个100”育人品牌",  # a programme's name
        "巩固提高九年义务教育水平",  # 九年义务教育 is a name, not a target
        "出台10条措施，涵盖11个方面",  # the plan's own parts
        "将采取3种方式进一步扩增学前学位",  # a count of the means named next
        "通过五种途径系统提升校长能力",
        "包含教育事业发展、教育扶贫四方面的目标",
        "会上公布了15项重点民生工程，纳入市20项民心工程",  # a programme's own items
        "120个项目中，计划",  # the set a breakdown is of
        "新增学位1，200个",  # a full-width comma: no thousands mark, and no part of the number
        "教育部等9部门联合印发",  # 部 opens 部门: no unit
        "明确了7个部门的防控职责",  # the bodies that act, counted
        "今年新开一批24小时城市书房",  # the hours that name a kind of shop
        "方案划分了三个关键阶段",  # the stages a plan is cut into
        "继续实施校舍维修、薄弱环节改善两个专项",  # the programmes it runs, named then counted
        "着力办好十件实事",  # a programme's own items
        "区里确定民生实事项目共4大类15个",  # the same, after the classes they fall in
        "今年确定教育民生实事项目共计9个",
        "1 本网注明来源的作品",  # a list's item number
        "学员通过实训开展精密零件加工训练",  # 零件: "parts", no count of zero
        "培养学员开展零部件检测",
    ],
)
def test_numbers_that_are_not_values_are_left_out(text: str) -> None:
    assert raws(text) == []


def test_nearly_a_round_ten_thousand_with_its_unit_is_a_value() -> None:
    """`新增学位近万个`: 近 with 万 and the unit is a count; `近万` alone is no value."""
    assert raws("今年预计新增学位近万个。") == ["近万个"]
    assert raws("近万群众参加活动。") == []


def test_counts_of_a_plans_indicators_are_its_parts() -> None:
    """`20个主要指标中有7个是民生福祉类`, `提出7项指标`: the plan's own indicators counted."""
    assert raws("纲要草案20个主要指标中有7个是民生福祉类。") == []
    assert raws("针对性提出就业、收入、教育等7项指标。") == []
    assert raws("到2025年，指标达标率达到95%。") == ["95%"]


def test_a_plans_indicators_counted_after_their_name_are_its_parts() -> None:
    """`设置主要指标16项，其中约束性指标6项`: a drafting note counts the plan's indicators, the
    count printed after them; a count of anything else after 指标 is still a value."""
    assert raws("规划设置主要指标16项，其中约束性指标6项、预期性指标10项。") == []
    assert raws("到2030年，主要指标达到全省先进水平，新建学校5所。") == ["5所"]


def test_links_and_tiers_a_plan_is_cut_into_are_its_parts() -> None:
    """`…三个关键环节`, `“…、…、…、…”四个层次`: the parts a plan names, counted (they had been
    drafted as targets); a sum beside `一项重要民生工程` is still one."""
    assert raws("聚焦作业管理、课后服务、校外培训治理三个关键环节，高位推动。") == []
    assert raws("按照“冲击一流、高峰学科、高原学科、特色培育”四个层次，实行差异化支持。") == []
    assert raws("该项目是县委、县政府推动教育发展的一项重要民生工程，总投资8533万元。") == [
        "8533万元"
    ]
    # a modifier and 领域 before what is counted: the thing counted (`两个核心领域实验室`)
    assert raws("建设10个关键领域产教融合实训基地，培育两个核心领域创新平台。") == ["10个", "两个"]


def test_a_count_of_sessions_is_never_a_count_of_a_plans_parts() -> None:
    """`5000场次专题教育`: sessions held, though 专题 (a topic) may count a plan's parts."""
    assert raws("组织开展超5000场次专题教育活动。") == ["超5000场次"]
    assert raws("围绕5个专题开展研讨。") == []


def test_digits_grouped_by_a_space_in_running_text_are_one_number() -> None:
    """`1 000个` prints one thousand with a space between its groups; table cells split by
    spaces stay apart."""
    assert raws("每届增加1 000个资助学额，合共8 000个") == ["1 000个", "8 000个"]
    assert raws("学校 12 所 150 所") == ["12 所", "150 所"]
    assert raws("新增学位 800 1200个") == ["1200个"]


def test_thousands_marks_ten_thousands_and_the_rest_yu_and_a_bare_wan() -> None:
    """An ASCII comma between groups of three digits (`约9,600个`) and `2万1,000人` are one
    number each; a full-width comma separates list items (`3，400所` is not 3400); 逾 is
    more than; `超过100万农村儿童` keeps the 万 that scales the number before the noun."""
    assert raws("预计增加名额约9,600个，总核收人数逾2万1,000人") == ["约9,600个", "逾2万1,000人"]
    assert "3，400所" not in raws("新建学校3，400所")
    assert raws("部署逾4000所幼儿园建设任务") == ["逾4000所"]
    assert raws("超过100万农村适龄儿童将享受免费学前教育") == ["超过100万"]


def test_a_headcount_a_bare_wan_scales_keeps_its_comparator() -> None:
    """`受益学生人数将达到9万以上`: what a number of people reaches, printed with 万 alone, is
    a count, and `以上` after the 万 is its comparator."""
    assert raws("开学后受益学生人数预计将达到9万以上") == ["9万以上"]
    assert raws("全区在园幼儿人数增至3万左右，") == ["3万左右"]
    assert raws("该园占地达到2万") == []


def test_a_sum_printed_again_in_another_currency_is_no_value() -> None:
    """`近900亿（港元，约115亿美元）`, `约合人民币5.2亿元`, `约五千人民币（约台币…元）`: the same
    sum converted; a bracketed sum with no sum before it is the only one, its currency named
    first part of it."""
    assert raws("总开支预算近900亿（港元，下同，约115亿美元）") == ["近900亿"]
    assert raws("拨款20亿新台币，约合人民币4.6亿元") == ["20亿新台币"]
    assert raws("投入资金3亿元（其中省级资金1亿元）") == ["3亿元", "1亿元"]
    assert raws("每户一年可省下约五千人民币（约台币二万二千元）") == ["约五千人民币"]
    assert raws("新增投入约三十亿元人民币（约港币三十三亿元）") == ["约三十亿元"]
    assert raws("设立专项资金（人民币8000万元）") == ["人民币8000万元"]


def test_a_count_after_a_demonstrative_points_back() -> None:
    """`这30所学校包括…` and `上述12个项目` name a count already printed; the parts it lists
    are values of their own."""
    assert raws("将新建30所公办中小学。这30所学校包括16所中小学和14所幼儿园") == [
        "30所",
        "16所",
        "14所",
    ]
    assert raws("上述12个项目年内完工") == []


def test_at_least_before_two_verbs_in_a_row_is_a_floor() -> None:
    """`至少建成投入使用28所`: built and put to use, two verbs between 至少 and the count."""
    text = "三年内，全区将至少建成投入使用28所新学校，新增学位9000个。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["至少建成投入使用28所", "9000个"]


def test_at_least_before_a_verb_of_having_is_a_floor() -> None:
    """`每县至少拥有一所优质高中`: what each county must have, at the least."""
    text = "每县至少拥有一所优质公办高中，每校至少配备2名心理教师。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["至少拥有一所", "至少配备2名"]


def test_at_least_before_a_verb_of_setting_up_is_a_floor() -> None:
    """`每个镇至少设立1所中心幼儿园`: the least each place must set up, 至少 and the count with a
    verb of founding between."""
    text = "每个镇至少设立1所公办中心园，每个社区至少建立2个家长学校。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["至少设立1所", "至少建立2个"]


def test_the_count_of_a_programmes_phases_is_no_value() -> None:
    """`分3批完成`, `分两期建设`: how the work is phased; `第二批5所` and `建设3批` are values."""
    text = "计划在2022年至2024年分3批完成宿舍改造，分两期建设，第二批5所学校年内投入使用。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["5所"]
    built = "今年将认定示范基地3批。"
    assert [built[s.start : s.end] for s in find_spans(built)] == ["3批"]


def test_two_numbers_joined_by_a_times_sign_are_a_size() -> None:
    """`建议使用1024×768以上分辨率`: a site footer's screen size, not an amount."""
    text = "(建议使用1024×768以上分辨率浏览本站)新建学校3所，黑板3×4米。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["3所"]


def test_the_seconds_of_a_clock_time_are_no_value() -> None:
    assert raws("2022/3/20 12:28:17 人评论") == []
    assert raws("比例为:95%，师生比达到1:12") == ["95%", "1:12"]


def test_a_pair_with_more_than_fifty_nine_after_the_colon_is_a_ratio() -> None:
    """`按照…不低于1:80的比例配齐…`: no clock reads 1:80, so it is a ratio (it had been dropped
    as a time, with no word of a ratio right before it); `每天 16:30 以后` is still a time."""
    assert raws("寄宿制学校按照不低于1:80的比例配齐生活管理教师。") == ["不低于1:80"]
    assert raws("每天 16:30 以后离校。") == []


def test_a_changes_comparator_after_its_percent_is_part_of_it() -> None:
    """`增长10%左右`, `提高5个百分点以上`: the comparator after a change belongs to its value,
    not to the name of the next clause."""
    assert raws("高新技术企业总收入增长10%左右，技术合同成交额增长6%以上") == [
        "增长10%左右",
        "增长6%以上",
    ]
    assert raws("巩固率提高5个百分点以上") == ["提高5个百分点以上"]


def test_a_size_a_prohibition_picks_out_is_no_amount() -> None:
    """`严禁…收取时间跨度超过3个月或60课时的费用`: the size says which fees are forbidden (60课时
    had been drafted as a target); a cap a prohibition sets (`班额不得超过45人`) is one."""
    text = "严禁一次性收取或以充值、次卡等形式变相收取时间跨度超过3个月或60课时的费用。"
    assert raws(text) == []
    assert raws("义务教育学校班额不得超过45人。") == ["不得超过45人"]
    text = "各学校按照不得低于年度公用经费预算总额5%的标准安排教师培训经费。"
    assert raws(text) == ["5%"]  # a floor the prohibition sets, not a kind it picks out


def test_the_top_places_of_a_ranking_are_no_amount() -> None:
    text = "力争进入全省前10000名的人数达到800名，目前30名教师已到岗。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["800名", "30名"]
    # a top share naming what is counted (`前1%学科数`, `前20%学生`); one reached is a target
    assert raws("进入ESI全球前1%学科数达到120个。") == ["120个"]
    assert raws("全省前20%学生即一段率超85%。") == ["超85%"]
    assert raws("力争进入全国前10%。") == ["10%"]
    assert raws("ESI全球排名前1‰学科达到3个。") == ["3个"]  # a top share in 千分之


def test_a_tracks_length_before_the_count_of_its_field_names_its_kind() -> None:
    """`800米标准塑胶运动场1个`, `200米环形跑道(含100米直跑道)运动场1个`: the field is counted, its
    length is its standard; a track told alone (`及400米跑道等`) or cut short (`缩减为250米`)
    keeps its length."""
    assert raws("其中800米标准塑胶运动场1个，人工草坪足球场2个") == ["1个", "2个"]
    assert raws("新建200米环形跑道(含100米直跑道)运动场1个") == ["1个"]
    assert raws("新建教学楼、体育馆及400米跑道等") == ["400米"]
    assert raws("除省标300米跑道缩减为250米外") == ["300米", "250米"]


def test_the_delegates_and_candidates_of_a_vote_are_no_amount() -> None:
    """`242名区人大代表现场投票表决`, `从12个候选项目中`: how a list was chosen; the
    delegates a programme trains (`培训人大代表300名`) are still counted."""
    text = "242名区人大代表现场投票表决，从12个候选项目中票决确定新建幼儿园3所等实事。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["3所"]
    assert raws("罗某等5位委员：你们提出的建议收悉。") == []
    assert raws("时间:01-18人气:11作者:某某") == []
    text = "培训人大代表300名，200名代表参加培训后考核合格。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["300名", "200名"]


def test_the_sub_items_of_a_programme_are_its_parts_not_a_target() -> None:
    text = "确定11件惠民实事包含18个子项目，新增学位800个。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["800个"]
    text = "其中包括:新增学位800个、新建公交候车亭100座等31项子内容。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["800个", "100座"]


def test_a_year_glued_to_its_project_is_no_count() -> None:
    """`2023项目支出绩效目标表`: 项 opens 项目, and 2023 is the project's year; `完成3项目标` and
    `新增项目25项` still counts."""
    assert raws("湘西州特校2023项目支出绩效目标表公开") == []
    assert raws("今年新增项目25项") == ["25项"]


def test_a_scoring_step_is_no_target() -> None:
    """A performance form's scoring column (`每减少1%扣1分`, `每超出10天扣1分`) costs points;
    the indicator value beside it stays."""
    assert raws("伙食补助发放率90%以上，每减少1%扣1分") == ["90%以上"]
    assert raws("按期完成得10分,每超出10天扣1分") == []


def test_the_mark_a_level_earns_is_no_target() -> None:
    """`伙食满意度95%以上学生对伙食满意程度95%以上得10分`: the value cell stays; the level in
    the scoring column that earns the mark (…得10分) is no second target."""
    assert raws("学生对学校伙食满意度95%以上学生对学校伙食满意程度95%以上得10分") == ["95%以上"]
    assert raws("残疾学生入学率大于90%适龄学生入学情况90%得10分") == ["大于90%"]


def test_the_ages_that_define_the_working_age_population_are_no_value() -> None:
    """`劳动年龄人口平均受教育年限=20—59岁人口…`: the ages say who is counted; an average age
    (`教师平均年龄45岁`) and a life expectancy stay values."""
    assert (
        raws("计算公式为:劳动年龄人口平均受教育年限=20—59岁人口群体中每个人的受教育年限之和") == []
    )
    assert raws("专任教师平均年龄45岁") == ["45岁"]


def test_an_age_after_a_verb_of_change_says_who_unless_an_age_or_life_rises() -> None:
    """`增加3岁以下婴幼儿托位`, `提升3岁儿童入园率`: the age says whose places or rate, no
    change by a year of age; `入学年龄提高1岁`, `人均预期寿命提高1岁` rise by one."""
    assert raws("增加3岁以下婴幼儿托位2000个。") == ["2000个"]
    assert raws("提升3岁儿童入园率至90%。") == ["90%"]
    assert raws("入学年龄提高1岁，") == ["提高1岁"]
    assert raws("人均预期寿命提高1岁，达到78岁。") == ["提高1岁", "78岁"]


def test_years_of_schooling_rise_by_years() -> None:
    """`平均受教育年限要增长2.7年`: a rise in years of schooling is a change; elsewhere `增加3年` is
    a span of time, no value."""
    text = "这意味着我市人均受教育年限要增长2.7年。"
    assert [(text[s.start : s.end], s.kind) for s in find_spans(text)] == [("增长2.7年", "change")]
    assert raws("服务期限增加3年") == []


def test_a_bracket_spreading_a_total_over_places_is_no_second_target() -> None:
    """`新增10个(每个街道1个)老年人助餐点`: the bracket says how the 10 are spread."""
    assert raws("新增10个(每个街道1个)老年人助餐点。") == ["10个"]
    assert raws("每个街道新增1个老年人助餐点。") == ["1个"]


def printed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_spans(text)]


def test_more_than_written_short_is_a_comparator_with_a_unit() -> None:
    """News writes 超过 short (`完成超3.5万户`): more than the amount, with its unit; a bare
    `超85` (a headline's figure, no unit) and 赶超 (to catch up with) set none."""
    assert printed("完成超3.5万户农户电改") == ["超3.5万户"]
    assert parse("超230个").op == ">"
    assert printed("覆盖率超85,,我国") == []
    assert printed("赶超10个先进县") == ["10个"]


def test_a_size_that_picks_out_what_a_count_counts_is_no_value() -> None:
    """`230个50户以上木质房屋连片村寨`: the villages counted are those of 50 households or
    more; `3人制篮球场`: a court where three play a side."""
    assert printed("完成超230个50户以上木质房屋连片村寨给水管网建设") == ["超230个"]
    assert printed("建成社区健身路径或3人制篮球场20个") == ["20个"]


def test_a_breakthrough_is_more_than_its_figure_and_a_bare_wan_scales_it() -> None:
    text = "到2025年，高等教育毛入学率突破60%，常住人口突破1200万，城镇化率不低于82%。"
    assert [text[s.start : s.end] for s in find_spans(text)] == [
        "突破60%",
        "突破1200万",
        "不低于82%",
    ]
    assert (parse("突破60%").op, parse("突破60%").value) == (">", 60)
    assert parse("突破1200万").value == 12000000
    assert find_spans("各项改革取得新突破。") == []


def test_most_and_least_are_bounds() -> None:
    """最少 and 最多, 至多 bound a figure as 至少 and 不超过 do (`由6个增至最少18个`)."""
    assert printed("涵盖的行业由6个增至最少18个") == ["6个", "最少18个"]
    assert (parse("最少18个").op, parse("最少18个").value) == (">=", 18)
    assert (parse("最多3个").op, parse("至多2次").op) == ("<=", "<=")


def test_secondary_is_no_count_of_times() -> None:
    """二次 before a word (`二次供水`) means secondary; a count of times stands alone."""
    assert printed("完成二次供水设施提标改造小区200个") == ["200个"]
    assert printed("每年至少开展二次。") == ["二次"]


def test_one_of_so_many_sizes_a_list_not_a_target() -> None:
    """`…12项重大民生工程之一`: the count sizes a list the subject belongs to."""
    assert printed("基础教育建设工程是市政府确定的12项重大民生工程之一。") == []
    assert printed("成为全国10个试点城市之一，新增学位500个") == ["500个"]
    assert printed("将建设43所普惠性幼儿园列入十大民生实事之一") == ["43所"]


def test_classes_run_into_the_next_figure_are_two_figures() -> None:
    """`可提供9班270个学位`: a count of classes or schools ends at its unit and the digits
    after it open a second figure; groupings (`9类37项`) and whom a class is for
    (`1班2岁专班`) are not read so."""
    assert printed("分别可提供9班270个学位") == ["9班", "270个"]
    assert printed("办学规模36班1620人") == ["36班", "1620人"]
    assert printed("新建5所1200个学位") == ["5所", "1200个"]
    assert printed("计划实施9类37项民生项目") == ["37项"]
    assert printed("每园各新增1班2岁专班") == []


def test_the_chapters_of_a_plans_outline_are_its_parts() -> None:
    """A page presenting a plan counts its outline (`1个总体目标、12个重大工程专栏、3项保障措施
    体系`): the plan's own parts, not amounts to reach; a count of real works stays."""
    text = "《规划》构建了1个总体目标、12个重大工程专栏、3项保障措施体系，新建幼儿园12个。"
    assert raws(text) == ["12个"]
    assert find_spans(text)[0].start == text.index("12个。")


def test_a_pages_own_counters_are_furniture() -> None:
    """`浏览 0 次`, `阅读量：1203`: how often the page was read; a count of people trained stays."""
    assert raws("发布时间：2015-01-02 浏览 0 次") == []
    assert raws("阅读量：1203次，点击数：56") == []
    assert raws("全年培训教师1203人次") == ["1203人次"]
    assert raws("0次浏览 发布时间:2025-06-10 新建学校3所") == [
        "3所"
    ]  # the counter after its number


def test_a_year_run_into_a_name_opening_with_cheng_is_no_share() -> None:
    """`支持办好2023成都世界科幻大会`: 成 counts tenths, so only up to ten of them (`八成`, `8成`)."""
    assert raws("支持办好2023成都世界科幻大会") == []
    assert raws("满意度达到8成以上") == ["8成以上"]


def test_a_range_whose_first_number_prints_its_own_ten_thousands() -> None:
    """`7万~9万个`, `2万～3万人`, `1万至2万元`: a range with 万 printed on both ends is one value."""
    assert raws("每年新增学位7万~9万个") == ["7万~9万个"]
    assert raws("新增2万～3万人") == ["2万～3万人"]
    assert parse(raws("增加1万至2万元")[0]).value_max == 20000
    assert raws("新增2-3万人") == ["2-3万人"]


def test_a_range_with_its_dash_doubled_is_one_value() -> None:
    """`30——45人`, `1200--1500名`: Chinese text doubles a dash; the range is still one value."""
    assert raws("每班控制在30——45人，办学规模1200--1500名。") == ["30——45人", "1200--1500名"]
    assert parse("1200--1500名").value_max == 1500


def test_a_value_per_pupil_or_per_thousand_residents_keeps_its_per_unit() -> None:
    text = "千人学位数提高至31-33座/千人，生均用地指标提高至14㎡/生和18平方米/生。"
    assert [text[s.start : s.end] for s in find_spans(text)] == [
        "31-33座/千人",
        "14㎡/生",
        "18平方米/生",
    ]
    assert parse("14㎡/生").unit == "平方米/生"
    assert parse("31-33座/千人").value_max == 33


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("公共化比率将达四十六%", ["四十六%"]),  # a share in words is a share
        ("人均体育场面积达到一平方米", ["一平方米"]),  # a measure reached, in words
        ("2025年达到一个相对科学合理的比例", []),  # 一个 after 达到 is an article
        ("全市非营利幼儿园总数达四十三园", []),  # a count reached: no level by the verb alone
        ("确保每个县至少有一所一级达标高中", ["至少有一所"]),  # 一级 grades the school
        ("保证每个医联体内至少要有一家医疗机构", ["至少要有一家"]),
        ("确保每个乡镇至少要建成一所公办中心幼儿园", ["至少要建成一所"]),
    ],
)
def test_numbers_in_words_after_a_reaching_verb_or_at_least(text: str, expected: list[str]) -> None:
    """A number in words is a value after a verb of reaching when it measures (%, 平方米), and
    after `至少(要)有` / `至少要建成`, whatever grade word follows it; `至少要有` is at least."""
    assert raws(text) == expected
    assert parse("至少要有一家").op == ">="


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("明年预计有三所新校投入使用", ["三所"]),
        ("年底将有两所幼儿园建成开园", ["两所"]),
        ("今后将有三个方面的变化", []),  # no unit of a thing counted: words
        ("学校有两个校区", []),  # no word of what is expected
    ],
)
def test_a_count_in_words_that_is_expected_to_be_had_is_an_amount(
    text: str, expected: list[str]
) -> None:
    """`预计有四所…投入使用`: 预计有 / 将有 count what the page expects, as 新建 does."""
    assert raws(text) == expected


def test_what_a_briefing_says_of_the_plans_own_text_is_no_value() -> None:
    """`总体篇幅比“十三五”规划增加20%`, `在主要目标指标上，民生福祉类占比达三分之一`: the plan's
    length and the make-up of its indicators describe the document, they set nothing."""
    assert raws("总体篇幅比“十三五”规划增加20%") == []
    assert raws("在主要目标指标上，民生福祉类占比达三分之一，是历次最高的") == []
    assert raws("公办园在园幼儿占比达到50%以上") == ["50%以上"]
    assert raws("打造安全文化广场、长廊10个") == ["10个"]


def test_a_number_that_opens_a_quoted_name_is_no_value() -> None:
    """`“15分钟生活圈”` names a kind of neighbourhood: the count before it is the value."""
    assert raws("今年建成6个“15分钟生活圈”，打造3个“1小时经济圈”。") == ["6个", "3个"]
    assert raws("实现“100%全覆盖”") == ["100%", "全覆盖"]  # a share opens no name


def test_the_time_a_school_takes_to_build_is_a_value_other_durations_are_not() -> None:
    """`建设周期1-2年`, `工期20个月`: a figure of a school's design; `3年行动`, `3个月` are not."""
    assert raws("新建校舍5000平方米，建设周期1-2年。") == ["5000平方米", "1-2年"]
    assert raws("总投资约1亿元，工期20个月。") == ["约1亿元", "20个月"]
    assert raws("实施3年行动，用3个月时间完成排查。") == []


def test_a_count_after_de_whose_schools_are_then_placed_is_a_back_reference() -> None:
    """`新建的三所小学分布在…` tells where the schools counted before stand."""
    assert raws("县城新建的4所小学分布在城北、城东，新增学位1800个。") == ["1800个"]
    assert raws("全县今年新建4所小学，分布在城北、城东。") == ["4所"]


def test_a_cap_and_a_growth_in_capacity_are_read_as_such() -> None:
    """`每校最高3000万元` is at most that; `学位扩容20%` grows capacity by a fifth."""
    assert raws("中央资金按每校最高3000万元标准支持") == ["最高3000万元"]
    assert parse("最高3000万元").op == "<="
    assert raws("公办学位扩容20%") == ["扩容20%"]
    assert parse("扩容20%").op == "growth"


def test_a_spelled_number_and_measure_that_open_a_schools_name_are_no_amount() -> None:
    """`新区五里小学`, `七里村幼儿园`: names; `新增绿地五亩` is an amount."""
    assert raws("加快建成甲路小学、新区五里小学。") == []
    assert raws("改扩建七里村幼儿园，新增绿地五亩。") == ["五亩"]


def test_the_stock_a_standing_task_looks_after_is_no_amount() -> None:
    """`做好全区58辆校车的安全监管工作`: the area's buses as they stand; a selection with a
    margin (`抓好全市50所左右学校的…提升工作`) or a count to finish is an amount."""
    assert raws("做好全区58辆校车的安全监管工作。") == []
    assert raws("着力抓好全市50所左右中小学校的质量提升工作。") == ["50所左右"]
    assert raws("完成全区35所学校的改造工作。") == ["35所"]


def test_a_bare_bai_or_qian_before_suo_or_ming_is_a_round_count() -> None:
    """`三年新建百所高中`, `培训千名教师`: the round numbers a headline prints; the same
    characters in words (`百姓`, `千方百计`, `每千名`, `数百所`) are no value."""
    assert raws("三年新建百所高中，培训千名教师") == ["百所", "千名"]
    assert [parse(r).value for r in raws("三年新建百所高中，培训千名教师")] == [100, 1000]
    assert raws("千方百计服务百姓，每千名学生配备校医，新建数百所学校") == []


def test_a_round_million_after_a_comparator_is_a_value() -> None:
    """`超百万个`, `逾百万人次`: a bare 百 (千) before 万 (亿) after 超/逾/近 is the round number;
    without a comparator (`百万扩招`) it is a word of a name."""
    assert raws("全省将新增学位超百万个，服务群众逾百万人次。") == ["超百万个", "逾百万人次"]
    assert [parse(r).value for r in raws("全省将新增学位超百万个。")] == [1000000]
    assert raws("推进职业院校百万扩招。") == []


def test_a_bounded_size_before_what_it_picks_out_is_a_condition() -> None:
    """`30人以下小班…达到60%`, `40座以下校车…补助…`: a bounded size right before a noun, with a
    later figure in its clause (or a noun alone closing its clause, with a figure in the next),
    picks out which ones; a count of things (`6所以上`, `3名以上学生`)
    or a figure only listed after it stays an amount."""
    assert raws("到2027年，25人以下小班教学比例达到60%。") == ["60%"]
    assert raws("面积1500平方米以上的幼儿园增至12所。") == ["12所"]
    assert raws("新建6所以上幼儿园，改造40座以上校车") == ["6所以上", "40座以上"]
    assert raws("力争3名以上学生进入全省前50名。") == ["3名以上"]
    assert raws("对民办园35座以下专用校车，每年补助运营费1.2万元。") == ["1.2万元"]
    assert raws("改造40座以上校车，配齐安全员。") == ["40座以上"]


def test_days_are_a_value_only_as_a_building_period() -> None:
    """`工期为420天`, `施工工期300日历天`: how long works take, in days; other days
    (`开学前15天`, `2天的培训`) say how long something else lasts."""
    assert raws("总投资3200万元，工期为420天。") == ["3200万元", "420天"]
    assert [parse(r).value for r in raws("施工工期300日历天。")] == [300]
    assert raws("开学前15天完成验收，组织2天的培训。") == []


def test_a_level_not_yet_reached_that_picks_out_whom_a_measure_is_for_is_no_value() -> None:
    """`入学率尚未达到92%或刚刚达到92%的9个乡镇`: the level says which places a measure is for;
    the count of them and a level to reach stay values."""
    assert raws("重点扶持入学率尚未达到92%或刚刚达到92%的9个乡镇。") == ["9个"]
    assert raws("到2026年入学率达到92%。") == ["92%"]


def test_a_bounded_share_or_class_band_that_picks_out_places_is_no_value() -> None:
    """`外来务工子女占学生总数30%以上的县区`, `46-50人班额`, `3000人以上大校额`: which places or
    classes a goal is for; the goal after them stays a value, and so does a share of schools."""
    assert raws("外来务工子女占学生总数30%以上的县区控制在6%以内。") == ["6%以内"]
    assert raws("全省46-50人班额比例降到8%以下，3000人以上大校额逐步减少。") == ["8%以下"]
    assert raws("全市60%以上的学校达到省定标准。") == ["60%以上"]


def test_an_outlines_note_of_a_parts_length_is_no_value() -> None:
    """`二、主要任务（约800字）`, `(限300字以内)`: how long a part is to be written."""
    assert raws("二、主要任务（约800字）") == []
    assert raws("三、保障措施(限300字以内)") == []
    assert raws("新建幼儿园（约8所）。") == ["约8所"]


def test_a_bare_fraction_a_coefficient_moves_to_is_its_value() -> None:
    """`差异系数将缩小至0.3`: a coefficient has no unit, its value below one stands bare;
    a bare fraction with no coefficient before it is no value."""
    assert raws("到2030年，校际差异系数将缩小至0.3，") == ["0.3"]
    assert raws("综合差异系数降到0.42。") == ["0.42"]
    assert raws("版本号升至0.3，") == []
    assert raws("农业灌溉用水有效利用系数提高到0.53。") == ["0.53"]


def test_a_coefficient_moved_by_any_verb_of_change_has_its_bare_value() -> None:
    """Every verb of change of the value grammar moves a coefficient (`压缩至`, `扩大到`), as
    `缩小至` does."""
    assert raws("到2030年，校际差异系数将压缩至0.3，") == ["0.3"]
    assert raws("基尼系数扩大到0.45。") == ["0.45"]


def test_a_count_of_sessions_before_what_they_are_is_the_amount() -> None:
    """`举办15场以上专场招聘会，组织300名…`: sessions counted are the amount, not a size that
    picks out the events, though the next clause prints another figure."""
    assert raws("举办15场以上专场招聘会，组织300名毕业生参加实习。") == ["15场以上", "300名"]


def test_days_a_service_is_guaranteed_for_at_least_are_a_value() -> None:
    """`提供不少于20天的看护服务`: a floor of days the plan sets; other days (`开学前15天`,
    `2天的培训`) say how long something else lasts."""
    assert raws("为留守儿童提供不少于20天的暑期看护服务。") == ["不少于20天"]
    assert raws("开学前15天完成验收，组织2天的培训。") == []


def test_a_rise_the_next_clause_sums_into_a_level_is_a_change() -> None:
    """`在校生增加0.4万人，达到2.6万人`: by how much, then the level reached."""
    text = "到2030年，普通高中在校生将增加0.4万人，达到2.6万人。"
    spans = find_spans(text)
    assert [(text[s.start : s.end], s.kind) for s in spans] == [
        ("增加0.4万人", "change"),
        ("2.6万人", "value"),
    ]
    assert parse("增加0.4万人").op == "change"
    alone = "到2030年，普通高中在校生将增加0.4万人。"
    assert [s.kind for s in find_spans(alone)] == ["value"]


def test_full_coverage_ending_a_programmes_name_is_no_goal() -> None:
    """`启动午餐全覆盖工程`: the words name the programme; its goal is printed elsewhere, or not."""
    assert raws("今年秋季，某县启动课后服务全覆盖工程。") == []
    assert raws("到2027年，某县实现乡村学校课后服务全覆盖。") == ["全覆盖"]


def test_full_coverage_naming_a_work_or_a_system_is_no_goal() -> None:
    """`推动午餐全覆盖工作`, `出台《…全覆盖实施方案》`, `资助全覆盖制度更加完善`: the words name the
    work, the document or the system; a coverage the sentence sets still counts."""
    assert raws("今年，某省介绍了推动城区小学生午餐全覆盖工作的情况。") == []
    assert raws("今年，某省出台《城区小学生午餐全覆盖实施方案》。") == []
    assert raws("到2027年，困难学生资助全覆盖制度更加完善。") == []
    assert raws("到2027年，实现困难学生资助全覆盖，制度更加完善。") == ["全覆盖"]


def test_a_sum_in_renminbi_is_money() -> None:
    """`8.6亿人民币`, `350万人民币`: 人民币 is the currency, as 元 is (not 人 and a stray 民币)."""
    assert raws("项目总投资8.6亿人民币，另筹350万人民币。") == ["8.6亿人民币", "350万人民币"]
    assert parse("8.6亿人民币", None).value == 860000000
    assert raws("惠及2600万人民群众。") == ["2600万人"]


def test_a_sum_before_zhichi_is_money_not_a_count_of_teams() -> None:
    """`投资2500万支持…`: 支 opens the verb after the sum, not a count of teams (`150支队伍`)."""
    assert raws("今年将投资2500万支持乡村学校建设。") == ["2500万"]
    assert parse("2500万", None).value == 25000000
    assert raws("组建150支志愿服务队伍") == ["150支"]


def test_one_artificial_intelligence_scene_is_counted_by_ge_not_by_people() -> None:
    """`1个人工智能教育应用场景`: 个 counts the scenes and 人工智能 opens their name (it had
    been read as `1个人`, one person); `可容纳360个人` counts people."""
    assert raws("每所中小学至少打造1个人工智能教育应用场景。") == ["1个"]
    assert raws("可容纳360个人。") == ["360个人"]
    assert raws("建设3个人才培养基地，组建5个人员精干的督导组。") == ["3个", "5个"]


def test_credits_are_counted_and_a_change_notices_arrangement_is_no_target() -> None:
    """`志愿服务不少于2学分`: credits a course requires, a count (学分 is a unit); what a notice
    of changes says had been arranged (`原定于4月份进行的…16学分培训延迟到9月份`) is none."""
    assert raws("普通高中劳动教育必修课不少于6学分，其中志愿服务不少于2学分。") == [
        "不少于6学分",
        "不少于2学分",
    ]
    assert raws("原定于4月份进行的市直班主任16学分培训延迟到9月份举行。") == []
    assert raws("原计划于上半年完成的300名校长轮训调整至下半年。") == []
    assert raws("原安排在暑期完成的120所学校改造工程调整为2027年春季完成。") == []


def test_a_distance_that_names_a_sports_event_is_no_length() -> None:
    """`男子1000米跑、女子800米跑`, `50米跑`: an exam's events, named by their distance (they had been
    drafted as lengths); a school's `400米跑道` and a road's 800米 are lengths."""
    assert raws("必考项目：男子1000米跑、女子800米跑；选考项目：50米跑、200米游泳。") == []
    assert raws("新建400米标准跑道1条，改造道路800米。") == ["400米", "1条", "800米"]


def test_a_sum_in_the_pages_own_dollars_is_money() -> None:
    """`3,500万港币` on a Hong Kong page, `12亿新台币` on a Taiwan one: a sum of money, not a
    number with no unit, kept in its own currency (data/units.yaml) so that no comparison
    ranks it against a sum in 元."""
    assert raws("政府将拨款 3,500万港币，支持五所大学宣传。") == ["3,500万港币"]
    assert (parse("3,500万港币", None).value, parse("3,500万港币", None).unit) == (35000000, "港元")
    assert (parse("12亿新台币", None).value, parse("12亿台币", None).unit) == (1200000000, "新台币")
    assert (parse("800万港元", None).unit, parse("800澳门币", None).unit) == ("港元", "澳门元")


def test_a_set_the_words_before_it_plan_to_build_is_a_count() -> None:
    """`今年计划新建的45所学校中，…`: the set a breakdown is of is the year's programme, set
    here; `120个项目中，计划…` (a total printed before) is not counted again."""
    assert raws("今年计划新建的45所学校中，12所为寄宿制学校。") == ["45所", "12所"]
    assert raws("120个项目中，计划") == []


def test_a_set_newly_put_to_use_that_a_breakdown_is_of_is_a_count() -> None:
    """`新投用的16所学校中，新建学校10所…`: the set is this year's total, as a planned set is;
    a stock a breakdown is of (`全市120所学校中，…`) is none."""
    assert raws("今年秋季，新投用的16所学校中，新建学校10所。") == ["16所", "10所"]
    assert raws("全市120所学校中，新建学校10所。") == ["10所"]


def test_a_ratio_keeps_the_bound_printed_after_it() -> None:
    assert raws("初中生师比控制在13:1以内") == ["13:1以内"]
    assert parse("13:1以内").op == "<="
    assert raws("班师比达到1:2.5以上") == ["1:2.5以上"]


def test_round_numbers_in_words_after_nearly_or_over_and_a_bare_wan_before_yu() -> None:
    """`近百所` (nearly a hundred), `逾千名`, `万余个` (ten thousand and more, the 一 left out)
    and a numeral in words with decimals (`九十九点五`) are values; `数百所` stays vague."""
    assert raws("三年内改造薄弱学校近百所。") == ["近百所"]
    assert raws("培训骨干教师逾千名。") == ["逾千名"]
    assert raws("全市新增学位万余个。") == ["万余个"]
    assert raws("巩固率达到百分之九十八点五以上。") == ["百分之九十八点五以上"]
    assert raws("改造数百所学校。") == []
    assert parse("万余个", None).value == 10000 and parse("万余个", None).op == ">"
    assert parse("近百所", None).value == 100


def test_nearly_before_a_sum_in_words_keeps_its_word() -> None:
    """`总经费近五千万元`, `近四千七百万元`: 近 before a numeral in words with its 百/千/万/亿 is
    part of the value, as before digits; `近十年` is a time (recent years), no bound."""
    assert raws("核定总经费近五千万元。") == ["近五千万元"]
    assert raws("尚需投资近二十万元。") == ["近二十万元"]
    assert parse("近五千万元", None).value == 50000000
    assert "近" not in "".join(raws("近十年来，学校投资三千万元。"))


def test_over_a_round_ten_thousand_or_thousand_and_a_bare_qian_before_yu() -> None:
    """`超万人`, `逾万个` (more than one 万, as `近万个` is nearly one), `千余所` (a thousand and
    more, as `万余个`); `赶超` is to catch up, `超千万元` stays ten million."""
    assert raws("培训教师超万人，新增学位逾万个，建成智慧校园千余所。") == [
        "超万人",
        "逾万个",
        "千余所",
    ]
    assert [(parse(r, None).op, parse(r, None).value) for r in ("超万人", "逾万个", "千余所")] == [
        (">", 10000),
        (">", 10000),
        (">", 1000),
    ]
    assert raws("投入超千万元。") == ["超千万元"] and parse("超千万元", None).value == 10000000
    assert raws("赶超万人规模。") == []


def test_a_bare_wan_after_a_word_of_a_vague_many_is_no_value() -> None:
    """`数万余名`, `几万余人` (tens of thousands, no figure) are as vague as `数百所`: no span,
    as the grammar reads no number there; `万余名` alone is more than one 万."""
    assert raws("暑期培训志愿者数万余名。") == []
    assert raws("覆盖留守儿童几万余人。") == []
    assert raws("暑期培训志愿者万余名。") == ["万余名"]


def test_a_yearly_rate_of_growth_named_is_a_trend() -> None:
    """`年均增速不低于7%`, `年均增幅保持在4%左右`: a rate of growth named after 年均 is the
    rate each year, as `年均增长7%` is."""
    assert raws("全市教育事业费年均增速不低于7%。") == ["年均增速不低于7%"]
    assert raws("招生规模年均增幅保持在4%左右。") == ["年均增幅保持在4%左右"]
    assert parse("年均增速不低于7%", None).op == "trend"


def test_a_share_written_with_a_slash_is_a_fraction_as_in_words() -> None:
    """`不低于1/3` is 三分之一 written with a slash (33.3333%), not a bound of 1; a date, a
    larger number over a smaller one and figures over larger ones are no share."""
    assert raws("其中骨干教师不低于1/3。") == ["不低于1/3"]
    value = parse("不低于1/3")
    assert (value.op, value.value, value.unit) == (">=", parse("三分之一").value, "%")
    assert parse("2／3以上").op == ">="
    assert raws("于2021/1/3印发") == []
    with pytest.raises(ValueParseError):
        parse("3/2")


def test_a_count_in_words_before_a_schools_span_of_grades_is_a_value() -> None:
    """`新增三所九年一贯制学校`: 九年一贯制 opens the name of what is counted, not a number run
    on; `建成一所九年一贯制学校` describes the one school a sentence is about."""
    text = "到2025年新增三所九年一贯制学校、两所十二年制学校。"
    assert raws(text) == ["三所", "两所"]
    assert raws("学校规划建成一所九年一贯制公办学校。") == []


def test_a_count_in_words_of_kindergartens_to_open_is_a_value() -> None:
    """`新开园十所幼儿园`, `开办三所`: opening kindergartens counts them, as building does; a
    month a kindergarten opens in (`九月开园`) is no count."""
    assert raws("今年要陆续新开园十所幼儿园。") == ["十所"]
    assert raws("今年将新开十所幼儿园，开办三所普惠园。") == ["十所", "三所"]
    assert raws("该园九月开园。") == []


def test_parts_in_words_of_a_total_counted_before_are_values() -> None:
    """`四所学校投入使用，包括两所幼儿园和两所小学`: counts in words after 包括 or 其中, and after a
    part listed so, split the total before them in the same unit; with no such total they are
    words (`包括一个食堂` of one school counted in 所)."""
    assert raws("今年将有四所学校投入使用，包括两所幼儿园和两所小学。") == ["四所", "两所", "两所"]
    assert raws("今年有4所学校投入使用，其中两所幼儿园、两所小学。") == ["4所", "两所", "两所"]
    assert raws("学校设施齐全，包括一个食堂和一个操场。") == []
    # each part's noun before its count (`其中学前教育集团七个、义务教育集团十六个`)
    assert raws("教育集团达到二十五个以上，其中学前教育集团七个、义务教育集团十六个。") == [
        "二十五个以上",
        "七个",
        "十六个",
    ]


def test_classes_in_words_a_school_is_set_for_are_a_value() -> None:
    """`计划设十八班小学、十二班幼稚园`: a school's 设 counts its classes, as 开设 does, and classes
    in words right before a kind of school are that school's size; 小学生 is no kind of school,
    and 假设 sets nothing."""
    assert raws("计划设十八班小学十二班幼稚园。") == ["十八班", "十二班"]
    assert raws("计划由十八班小学，十二班幼稚园组成。") == ["十八班", "十二班"]
    assert raws("学校设置十二个班。") == ["十二个"]
    assert raws("组织三班小学生参观。") == []
    assert raws("假设一个学校。") == []


def test_an_area_in_words_in_ten_thousands_is_a_value() -> None:
    """`占地二万平方米`: an area with 万 (or tens, hundreds) in words is an amount, as a longer
    one (`二千一百零四平方公尺`) is; a bare `一米` stays a word."""
    assert raws("占地二万平方米，预计可容纳约一千名学生。") == ["二万平方米", "约一千名"]
    assert raws("校园占地两万平方米。") == ["两万平方米"]
    assert raws("一米阳光照进教室。") == []


def test_a_count_in_words_each_place_has_is_a_value() -> None:
    """`各乡镇都拥有一所`: 各 … 都 says each, as 每 does, so 一所 is the count each place has."""
    assert raws("到2020年，各乡镇街道都拥有一所公办幼儿园。") == ["一所"]
    assert raws("到2025年，各街道均建有一所社区学校。") == ["一所"]
    assert raws("各类学校办出一所特色。") == []


def test_a_level_in_words_held_by_a_verb_and_closed_by_a_bound_is_a_value() -> None:
    """`控制在十四亿以内`, `保持在三左右`: a verb that holds a measure at a level, then a number in
    words a bound or 左右 closes, with or without a unit; a bare `三左右` stays words."""
    assert raws("到2025年，总人口控制在十四亿以内。") == ["十四亿以内"]
    assert raws("到2025年，资本系数保持在三左右。") == ["三左右"]
    assert raws("到2025年，资本系数三左右。") == []


def test_a_range_moved_by_any_verb_of_change_since_a_year_is_a_change() -> None:
    """`比上年提高3-5个百分点` is by how much, as `比上年提高3个百分点` and `比上年增加3000人` are:
    a range of points after a verb of change is no level."""
    for text, raw in (
        ("本科上线率均比上年提高3-5个百分点，", "提高3-5个百分点"),
        ("大班额比例比2020年压减2-3个百分点。", "压减2-3个百分点"),
    ):
        assert [(text[s.start : s.end], s.kind) for s in find_spans(text)] == [(raw, "change")]


def test_a_hotlines_hours_and_a_rules_conditions_are_no_amounts() -> None:
    """`24小时服务热线400-…`: when a line answers; `须同时满足3个条件`: the clauses of a rule.
    Hours of an activity or a deadline stay values."""
    assert raws("24小時服務熱線400-996-8099") == []
    assert raws("所有项目必须同时满足3个条件：") == []
    assert raws("确保24小时内完成处置") == ["24小时"]
    assert raws("保障学生每天户外活动2小时") == ["2小时"]


def test_a_plans_tasks_and_programmes_counted_are_no_amounts() -> None:
    """`5项主要任务和7项工作计划`, `7项重点推进的计划：…`: the parts a plan lists; a count of
    schools after 计划 (`计划新建学校7所`) is still an amount."""
    assert raws("明确提出5项主要任务和7项工作计划，要求加快发展") == []
    assert raws("明确了7项重点推进的计划：培育计划、提升计划") == []
    assert raws("今年计划新建学校7所") == ["7所"]


def test_items_of_work_counted_are_no_amounts() -> None:
    """`学校23条工作`, `抓好5项重点工作`: the items of work a plan lists; `工作室10个` and `10个工作室`
    are amounts."""
    assert raws("对标清单中的学校23条工作，完善实施细则") == []
    assert raws("今年重点抓好5项重点工作") == []
    assert raws("今年将重点做好以下9个方面、28项具体工作。") == []
    assert raws("今年新建10个名师工作室") == ["10个"]
    assert raws("新建名师工作室10个") == ["10个"]


def test_one_before_a_long_description_is_an_article() -> None:
    """`形成一个面向每位师生…的服务格局`, `打造一座节能、减碳…的建筑`: "a", not a count; `新建一所…的
    幼儿园` and `建成一个…中心` with no description stay counts."""
    assert raws("期望打造一座节能、减碳、环境共生及永续的建筑。") == []
    assert raws("形成一个面向每位师生提供优质、灵活的教育供给和服务格局。") == []
    assert raws("今年新建一所高标准的幼儿园。") == ["一所"]
    assert raws("今年建成一个区域教育资源中心。") == ["一个"]


def test_one_that_a_school_is_to_become_or_to_give_is_an_article() -> None:
    """`打造一所文化强校`, `把某小学建成一所…现代化学校`, `提供一个更好的学习环境`: what a school is to
    be or give, "a"; `今年建成一所小学` finishes one school and counts it."""
    assert raws("该校将打造一所文化强校。") == []
    assert raws("努力把某小学建成一所特色鲜明的现代化学校。") == []
    assert raws("建成后，将为学生提供一个更好的学习环境。") == []
    assert raws("今年建成一所小学，新建一所中学。") == ["一所", "一所"]


def test_a_ratio_written_with_bi_is_a_value_but_a_comparison_is_not() -> None:
    """`导师与学童比例为1比8` is a ratio; `比去年增加` compares, and `比` before words is no sign."""
    assert raws("导师与学童比例为1比8，有特殊教育需要的为1比5。") == ["1比8", "1比5"]
    assert "比" not in "".join(raws("今年比去年增加学位500个。"))


def test_a_decimal_point_with_a_space_after_it_still_joins_its_digits() -> None:
    """`67188. 15平方米`, as a reposting site leaves it, is one number; a list item's `1. ` is not."""
    assert raws("项目规划总用地面积67188. 15平方米。") == ["67188. 15平方米"]
    assert str(parse("67188. 15平方米", None).value) == "67188.15"
    assert raws("1. 15所学校完成改造。") != ["1. 15所"]


def test_ten_thousands_grouped_in_threes_and_the_rest_after_a_space_are_one_number() -> None:
    """`新台币4,897萬 2,084元`: the ten thousands, then the rest grouped in threes after a space,
    as one sum (the rest alone had been drafted)."""
    assert raws("工程总经费计新台币4,897万 2,084元。") == ["新台币4,897万 2,084元"]
    assert parse("4,897万 2,084元", None).value == 48972084


def test_a_count_in_ge_running_into_a_time_is_no_value() -> None:
    """`经过5个多月的建设`, `用了3个半小时`: a time gone by, not five things; `新增5个班` counts."""
    assert raws("经过5个多月的建设，新增5个班。") == ["5个"]
    assert raws("用了3个半小时。") == []


def test_an_area_printed_again_in_another_unit_after_zhe_is_no_value_of_its_own() -> None:
    """`占地面积367832.4平方米,折551.7亩`: the same land in 亩, as `（折合约90亩）` is."""
    assert raws("长江大学东校区占地面积367832.4平方米,折551.7亩。") == ["367832.4平方米"]


def test_a_figure_telling_whom_a_share_counts_is_no_value_of_its_own() -> None:
    """`落实每天1节体育课的学校比例不少于50%`: the 1节 says which schools the share counts;
    `不超过编制总数5%的比例` is the share itself."""
    assert raws("粤东西北地区落实每天1节体育课的学校比例不少于50%。") == ["不少于50%"]
    assert raws("可按照不超过教职工编制总数5%的比例核增附加编制。") == ["5%"]


def test_an_area_glossed_in_another_unit_after_he_is_no_value_of_its_own() -> None:
    """`规划用地约34616平方米(合51.92亩)`: the same land in 亩."""
    assert raws("规划用地约34616平方米(合51.92亩)，总投资约1.2亿元。") == [
        "约34616平方米",
        "约1.2亿元",
    ]


def test_over_or_nearly_a_share_in_tenths_keeps_its_word() -> None:
    """`满足超九成学生的需求`, `近九成学校`: 超 and 近 before 九成 are its comparator, as before digits."""
    assert raws("设备到位后将能满足超九成学生的午休需求。") == ["超九成"]
    assert parse("超九成", None).op == ">"


def test_a_count_in_words_after_a_verb_of_buying_is_a_value() -> None:
    """`也将添购五万台平板载具`: what is bought is counted, as what is built is."""
    assert raws("明年也将添购五万台平板载具。") == ["五万台"]


def test_a_ratio_with_a_decimal_before_its_colon_is_no_clock_time_and_no_fault() -> None:
    """`12.5:30` cannot be a time of day (reading it as one failed on `int("12.5")`): a ratio."""
    assert [("规模12.5:30人"[s.start : s.end], s.kind) for s in find_spans("规模12.5:30人")] == [
        ("12.5:30", "ratio")
    ]


def test_a_bare_number_closing_a_fenbie_list_after_the_number_before_is_a_value() -> None:
    """`…差异系数分别不高于0.50和0.45`, `生师比分别不高于17和13.5`: the last item's figure has no
    unit and no comparator of its own, and was dropped; a coefficient `分别为` one is a value as
    after `为` alone. A bare number after words (`分别为甲校和12`) is none."""
    spans = find_spans("县域内小学、初中校际差异系数分别不高于0.50和0.45。")
    assert [(s.start, s.end) for s in spans] == [(16, 23), (24, 28)]
    text = "小学、初中生师比分别不高于17和13.5。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["不高于17", "13.5"]
    text = "小学、初中校际差异系数分别为0.45，0.40。"
    assert [text[s.start : s.end] for s in find_spans(text)][:1] == ["0.45"]
    assert find_spans("两校分别为甲校和12。") == []
    text = "小学、初中校际差异系数分别为0.45、0.40。"  # the first item right after 分别为 too
    assert [text[s.start : s.end] for s in find_spans(text)] == ["0.45", "0.40"]
    text = "小学、初中、高中生师比分别不高于19、13.5、12.5。"  # every later item
    assert [text[s.start : s.end] for s in find_spans(text)] == ["不高于19", "13.5", "12.5"]
    text = "小学、初中入学率分别达到100%和99.5。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["100%", "99.5"]
    assert find_spans("按从低到高排序，分别得10、8、6、4分。") == []  # a unit after the last


def test_a_figure_that_runs_on_into_the_name_of_a_rate_given_after_is_no_value() -> None:
    """`教师5年360学时培训完成率达到100%`: 360学时 says which training the rate counts (it was
    drafted as the target, and the rate lost); the next item of a list (`占比达到50%和普惠性幼儿园
    覆盖率达到80%`) stays a value."""
    text = "教师5年360学时培训完成率达到100%。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["100%"]
    text = "公办园在园幼儿占比达到50%和普惠性幼儿园覆盖率达到80%。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["50%", "80%"]


def test_a_count_of_indicators_a_figure_after_is_said_of_is_no_value() -> None:
    """`资源配置7项指标至少6项达到县定目标值`: 7项 is how many indicators the set holds, the figure
    after it the target (7项 was drafted, and in `7项指标校际间综合差异系数小学≤0.50、初中≤0.45`
    took 小学's place); indicators counted as a target (`新增监测指标5项`) stay a value."""
    text = "资源配置7项指标至少6项达到县定目标值。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["至少6项"]
    text = "资源配置7项指标校际间综合差异系数小学≤0.50、初中≤0.45。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["≤0.50", "≤0.45"]
    text = "学生体质健康测试中，确保至少6项指标达到80分以上。"  # bounded: the target
    assert [text[s.start : s.end] for s in find_spans(text)] == ["至少6项"]
    text = "完成12项指标的监测，新增监测指标5项。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["12项", "5项"]


def test_a_size_that_picks_out_schools_or_reckons_a_sum_is_no_value() -> None:
    """`对在校生不足100人的农村小规模学校按100人核定公用经费`: 不足100人 says which schools, 按100人
    what their funds are reckoned as (both were drafted as targets)."""
    assert find_spans("对在校生不足100人的农村小规模学校按100人核定公用经费。") == []
    assert find_spans("对寄宿生少于50人、不满100人的学校给予补助。") == []
    assert find_spans("学生人数低于100人的教学点按100人拨付公用经费。") == []
    text = "辍学率低于1%的县达到10个。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["10个"]
    text = "到2025年，在校生达到1200人。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["1200人"]


def test_a_goal_that_something_is_gone_is_a_value_in_words() -> None:
    """`动态清零`, `全面消除` and the like state a level to keep or reach, as 全覆盖 does (they had
    been left out, however often a plan sets them); consolidating such a result is no goal, and a
    plain 消除 is a task."""
    assert raws("控辍保学保持动态清零，全面消除普通高中66人以上超大班额。") == [
        "动态清零",
        "全面消除",
    ]
    assert raws("到2025年基本消除“小学化”倾向。") == ["基本消除"]
    assert raws("巩固全面消除66人及以上超大班额的成果。") == []
    assert raws("及时消除校舍安全隐患。") == []
    # a thing brought to zero, its clause closing on it; not a campaign's name
    assert raws("到2026年底，66人以上超大班额全部清零。") == ["全部清零"]
    assert raws("完成剩余D级危房拆除，实现D级危房清零。") == ["清零"]
    assert raws("深入开展隐患清零行动。") == []
    # incidents kept at none (零 had been read as a number and dropped); a slogan's count is none
    text = "全面实现“两个零发生”：全年较大及以上校园安全责任事故零发生，重大食品安全事故零发生。"
    assert raws(text) == ["零发生", "零发生"]
    assert raws("力争学生溺水死亡事故零发生。") == ["零发生"]
    assert raws("校车交通安全责任事故零事故。") == ["零事故"]
    # in quotes, and as a bottom line to hold (`守住…“零发生”底线`), with no year in the sentence
    assert raws("工作推进中，坚决守住校园食品安全事故“零发生”底线。") == ["零发生"]
    assert raws("确保校园安全事故“零发生”。") == ["零发生"]


def test_all_meeting_a_standard_is_a_goal_in_words_unless_a_count_says_how_many() -> None:
    """`中等职业学校全部达到国家规定的办学标准`: every school of a kind brought to a standard is a
    level to reach, as 全覆盖 is, with or without a year in its sentence; a count before it says
    how many do (`26所…全部达到省定标准`: the 26 is the target), and a step before an
    application (`全部达到标准后申报`) is none."""
    text = "到2020年，中等职业学校全部达到国家规定的办学标准。"
    assert raws(text) == ["全部达到国家规定的办学标准"]
    text = "改建中小学厕所15所，全区中小学厕所全部达到安全、卫生、环保底线要求。"
    assert raws(text) == ["15所", "全部达到安全、卫生、环保底线要求"]
    assert raws("26所公办中等职业学校全部达到省定标准。") == ["26所"]
    assert raws("要求各校全部达到标准后申报。") == []


def test_a_review_to_pass_is_a_goal_in_words_but_the_places_that_pass_are_counted() -> None:
    """`2028年通过国家督导评估认定` is a target as 动态清零 is; where a count says how many places
    pass (`…的县区达到3个`, `甲县、乙县2个县（区）通过…`) or what share (`一半以上的县（市、区）`),
    the count or share is the target, and applying
    for a review after passing another (`通过省级评估并申报…`) sets none."""
    assert raws("力争2028年通过国家督导评估认定。") == ["通过国家督导评估认定"]
    assert raws("2027年通过省级督导评估，2028年通过国家义务教育优质均衡发展县督导评估认定。") == [
        "通过省级督导评估",
        "通过国家义务教育优质均衡发展县督导评估认定",
    ]
    assert raws("到2025年，通过国家优质均衡督导评估的县区达到3个。") == ["3个"]
    assert raws("推动甲县、乙县2个县（区）通过国家义务教育优质均衡发展督导评估。") == ["2个"]
    # a share of the places that pass, as a figure or in words (一半以上 is ≥50%)
    assert raws("到2027年，60%以上的县（市、区）通过国家督导评估。") == ["60%以上"]
    assert raws("到2027年，一半以上的县（市、区）通过国家督导评估。") == ["一半以上"]
    assert raws("学生参加体育锻炼时间提升一半以上。") == []  # a growth, not a share
    assert raws("2026年通过省级评估并申报国家督导评估认定。") == []


def test_a_goal_that_something_is_gone_names_no_goal_in_a_task_or_a_vague_aim() -> None:
    """What a work does (`健全…动态清零长效机制`, `深入开展全面消除大班额专项行动`, `巩固拓展…
    成果`, `按照全面消除大班额的要求`) and an aim with no year, no word of a goal and none of what
    such goals are set for (`全面消除校园安全隐患`) are no targets; a goal that follows a task verb
    across 并 still is."""
    for text in ("健全控辍保学动态清零长效机制。", "深入开展全面消除大班额专项行动。",
                 "巩固拓展全面消除大班额成果。", "按照全面消除大班额的要求，合理安排招生。",
                 "全面消除校园安全隐患。", "建立控辍保学动态清零台账。"):  # fmt: skip
        assert raws(text) == [], text
    assert raws("义务教育优质均衡发展全面巩固并通过国家督导评估认定。") == ["通过国家督导评估认定"]
    assert raws("将控辍保学动态清零情况纳入乡镇年度考核。") == []
    assert raws("到2028年，通过实施学校扩容工程全面消除56人以上大班额。") == ["全面消除"]
    assert raws("县城学校56人以上大班额动态清零。") == ["动态清零"]


def test_a_range_of_ratios_and_a_ratio_after_a_space_are_values() -> None:
    """`教职工与幼儿比达到1:5至1:7` is one range (it was two records, `1:5` and `至 1:7`), and
    `比达到 1:7` a ratio though a space stands before it (it was read as nothing)."""
    assert raws("全日制幼儿园教职工与幼儿比达到1:5至1:7。") == ["1:5至1:7"]
    assert raws("保教人员与幼儿比达到 1:7 至 1:9。") == ["1:7 至 1:9"]
    assert raws("生师比达到 1:7。") == ["1:7"]
    assert raws("生师比控制在 13.5:1 以内。") == ["13.5:1 以内"]
    # a clock's time, spaced or not, and a ratio with no word of one before its space, are none
    assert raws("课后服务时间为每天 16:30 以后。") == []
    assert raws("学校体育场地开放时间为8:30至17:30。") == []
    assert raws("各校按照 1:1 的比例落实配套资金。") == []
    assert raws("推进学校场馆开放，生师比达到1:12。") == ["1:12"]  # a ratio's word before it


def test_an_amount_a_month_printed_after_its_number_is_read_whole() -> None:
    """`补助标准达到500元/人·月`: the value is `500元/人·月` (it was `500元`, and read as 500 a year
    instead of 6000)."""
    assert raws("乡村教师生活补助标准达到500元/人·月。") == ["500元/人·月"]
    assert raws("补助标准提高到400-600元/人·月。") == ["400-600元/人·月"]


def test_pairs_are_counted_in_dui_but_not_before_a_word_it_opens() -> None:
    """`结对学校45对`, `教育联盟20对以上`: pairs; `20对口支援地区`: 对 opens a word."""
    assert raws("结对学校45对，组建跨区域教育联盟20对以上。") == ["45对", "20对以上"]
    assert raws("与省内外20对口支援地区开展交流合作。") == []


def test_the_first_class_size_of_a_list_bounded_once_picks_out_classes() -> None:
    """`将小学45人、初中50人以上班额占比控制在10%以内`: both sizes name the classes the share is of
    (the 45人 had been drafted as a target); sizes to keep classes within are values."""
    assert raws("到2028年将小学45人、初中50人以上班额占比控制在10%以内。") == ["10%以内"]
    assert raws("小学班额控制在45人、初中50人以内。") == ["45人", "50人以内"]


def test_incidents_are_counted_in_qi_but_together_is_no_count() -> None:
    """`全年安全责任事故0起`, `不超过1起`: 起 counts incidents; `一起` (together) counts nothing,
    nor does an item's number before it (`7.一起…`)."""
    assert raws("将开展哪些重要工作?一起来看——全年安全责任事故0起。") == ["0起"]
    assert raws("全年发生较大以上安全事故不超过1起。") == ["不超过1起"]
    assert raws("7.一起抓好校园安全。") == []


def test_a_goal_word_closes_its_clause_before_a_comma_as_before_a_stop() -> None:
    """`D级危房清零，…`: a comma is probed as 、, so every goal word that must close its clause
    allows it (清零 had been read only before a stop)."""
    assert raws("到2027年，D级危房清零，学校安全水平明显提升。") == ["清零"]


def test_a_buildings_height_is_no_target() -> None:
    """`檐高18.45米`, `建筑高度18.75m`, `该雕塑高19.83米`: the form of a building, no target; a
    track's length (`400米跑道`) still is."""
    text = "新建教学楼檐高18.45米，建筑高度18.75m，该雕塑高19.83米，建设400米跑道。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["400米"]


def test_the_most_characters_a_field_may_take_is_no_target() -> None:
    """A form's instructions (`项目名称应不超过30个字`) say how long a field may be, no target;
    a count of characters learnt (`识字500个字`) is one."""
    text = "项目名称应不超过30个字，全年识字500个字。"
    assert [text[s.start : s.end] for s in find_spans(text)] == ["500个"]


def test_within_written_as_nei_or_zhinei_bounds_where_its_clause_ends() -> None:
    """`控制在50人内`, `之内`: within, as `以内`; a 内 that runs on into words is no bound."""
    text = "初中班额控制在50人内，高中班额控制在50人之内，总投资控制在9.2亿元内。"
    assert raws(text) == ["50人内", "50人之内", "9.2亿元内"]
    assert [parse(r).op for r in raws(text)] == ["<=", "<=", "<="]
    assert raws("全区5所内的学校") == ["5所"]


def test_a_count_spelled_at_length_needs_no_counting_verb() -> None:
    """`改造教室八百五十间`, `惠及学生一万二千人次`: a number spelled with hundreds or thousands is an
    amount wherever it stands; short numerals (`三项改革`) and vague multitudes (`千百万人`)
    still need a verb that counts."""
    assert raws("改造教室八百五十间。惠及学生一万二千人次。") == ["八百五十间", "一万二千人次"]
    assert raws("深化三项改革，惠及千百万人。") == []


def test_counts_in_words_after_verbs_of_adding_merging_and_equipping() -> None:
    """`补充小学教师三十名`, `配备校车四辆`, `撤并三个教学点`: verbs that count what is added,
    provided or merged make a count in words an amount, as 新建 does; a kit's pieces (`护卫器械
    八件套`, `8件套`) and a negated one (`不因撤并出现一名学生失学辍学`) are none."""
    assert raws("补充小学教师三十名，配备校车四辆，撤并三个教学点。") == ["三十名", "四辆", "三个"]
    assert raws("按标准配备护卫器械八件套、8件套。") == []
    assert raws("确保不因撤并出现一名学生失学辍学。") == []


def test_thousands_in_words_and_parts_counted_by_another_counter() -> None:
    """`配送图书两万册`: two ten-thousands spelled in words is an amount wherever it stands (no idiom
    counts so); `示范校不少于十所，其中教学点三个`: a part counted in 个 of a total counted in 所
    (the two count alike, levels.COUNTERS) is an amount too."""
    assert raws("为小规模学校和教学点配送图书两万册。") == ["两万册"]
    assert raws("培育温馨校园示范校不少于十所，其中教学点三个。") == ["不少于十所", "三个"]
    assert raws("惠及千百万人。") == []


def test_a_one_off_is_no_count() -> None:
    """`一次性奖补`: 一次 runs into 性, a word (one-off), no count of times; `每年开展一次体检` is."""
    assert raws("给予每所最高20万元一次性奖补。") == ["最高20万元"]
    assert raws("每年开展一次体检。") == ["一次"]


def test_an_amount_judged_too_small_or_large_is_no_target() -> None:
    """`议员认为今年、明年都只编两亿元太少`: the amount is judged, not set."""
    assert raws("议员认为今年、明年都只编两亿元太少。") == []
    assert raws("明年编列两亿元，改善教室电源。") == ["两亿元"]
