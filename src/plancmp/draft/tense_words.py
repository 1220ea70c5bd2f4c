"""Words that tell whether a text looks ahead, looks back or reports work done.

One home for the readers that ask it of a sentence or a page (dating, tense, title), so a
word learnt for one is learnt for all. Each is a pattern text, to be compiled alone or
joined into a reader's own pattern. tense._RESULT, which tells a clause's state word by word
(`现有`, `目前`, a verb with its `了`), stays tense's own.
"""

from __future__ import annotations

import re

WILL = r"(?<!本文)(?<!下文)(?<!文章)(?<!笔者)(?<!即)将(?![近其该这此])"
"""`将`, "will": not `即将` (about to: where works stand), `将近` ("nearly"), `将其…` (the object
marker: "takes it"), nor a page saying what it will tell (`本文将`)."""
PLANNED = r"(?<!按照)(?<!按)规划(?=投资|新建|建设|改扩建|扩建|新增|建成)"
"""`规划新建小学5所`, `共规划投资…`: 规划 before a verb of works or money plans them, as 计划
does; the noun (`按照规划建成…`: built as planned) says nothing of what is to come."""
AIMS = rf"{WILL}|计划|力争|拟|预计|目标|确保|(?<!达)到\s*(?:19|20)\d\d|{PLANNED}"
"""Words of intent short of `争取`: in a sentence that looks back (`近年来，…2022年争取省级资金…`)
`争取` is funds won."""
INTENT = rf"{AIMS}|争取(?!到|\s*\d)"
"""Words of intent: `将`, `计划`, `力争`, `到2025年`; `争取` unless it is funds won
(`争取到…资金`, `争取500万元`)."""
RECENT_YEARS = (
    r"近年来|近几年来|多年来|(?:这|那)(?:些|几)年来?|(?:[一二三四五六七八九十两几]|\d{1,2})年来"
)
"""`近年来`, `三年来`, `这些年`: a sentence that opens so looks back over the years behind it."""
CEREMONY = r"(?:开工|竣工|开学|开园|开幕|揭牌|签约|落成|奠基|启用)(?:仪式|典礼)"
"""A ceremony held (`奠基仪式`, `开学典礼`): an event a report witnessed on its day."""
DONE = (
    r"已|(?<!涵盖|包括|包含)(?<!为)了(?!解)|同比|比上年|实际完成|超额完成"
    r"|(?<![将要拟])连续[两二三四五六七八九十\d]{1,2}年"
    r"|成功(?:创建|举办|入选|获批|申报|争取)|率先(?:建成|实现|完成)"
    r"|被[^，,。；;]{1,16}?录取|(?:建设|改造|修缮)完成|荣获|获评"
)
"""Words of a report of work done: `已`, perfective `了` (not `为了`, "in order to", nor the `了`
of a scope, `涵盖了…`), a year measured against the last (`同比`, `比上年`), a plan met or beaten
(`超额完成`), a run of years behind (`连续三年`; `将连续三年实施` looks ahead), a success or a
first achieved, admission won, works completed."""

INTENT_WORD = re.compile(INTENT)
DONE_WORD = re.compile(DONE)
