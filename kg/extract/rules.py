"""The extraction rules by name: every rule that can produce a relation has an id, declared
here with what it reads and an example it must find, and evaluation can switch rules off.

`kg eval --disable implements.listed` measures what a rule gains: the F1 with it minus the
F1 without it. The set of disabled rules is a context variable, so one process can score
several variants in turn without touching the extractors' code.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

_disabled: ContextVar[frozenset[str]] = ContextVar("kg_disabled_rules", default=frozenset())


def enabled(rule: str) -> bool:
    return rule not in _disabled.get()


@contextmanager
def disabled(rules):
    """Switch rules off for the extractions made inside the block; an unknown id is an error."""
    token = _disabled.set(_disabled.get() | check_ids(rules))
    try:
        yield
    finally:
        _disabled.reset(token)


@dataclass(frozen=True)
class Rule:
    """A named rule: what it reads, and an example it must find (and one it must not)."""

    id: str
    reads: str
    example: tuple[str, str]  # (text, the label it must find with this rule)
    counter: str = ""  # a text in which this rule must find nothing


def _r(id_: str, reads: str, text: str, label: str, counter: str = "") -> Rule:
    return Rule(id_, reads, (text, label), counter)


# Every rule that can produce a relation, by extractor. kg/extract/*.py name them in the
# relations they make; tests/test_rules.py runs every example and counter-example.
RULES: tuple[Rule, ...] = (
    # implements (reforms.py)
    _r("implements.head", "a quoted name with a head noun after it: “X”工作法, “X”改革",
       "易县工作动态\n易县推行“三问三办”工作法。", "三问三办工作法",
       "易县工作动态\n易县努力打造“高效便民、公开透明”的服务体系。"),
    _r("implements.head-of", "a quoted name joined to its head by 的 after a verb of practice, or without "
       "one when the name is spelled out in parts: 依照“A、B”的推进路径",
       "易县构建“育繁推服”的一体化链条，带动产业升级。", "育繁推服一体化链条"),
    _r("implements.named", "a quoted name ending with a head noun itself: “X经验”, “四长制”, or a platform "
       "the county built: 开发“X管理平台”",
       "易县工作动态\n推行村长、组长、户长和楼长“四长制”。", "四长制"),
    _r("implements.footnoted", "a quoted name a work report marks with a note number: “X”[3]",
       "易县2024年政府工作报告\n各位代表：\n大力推进“五水同护”[5]。", "五水同护",
       "易县2024年政府工作报告\n各位代表：\n我们必须胸怀“两个大局”[6]。"),
    _r("implements.county", "the county's own name on a model or experience: 某县经验 (or, with a partner's, "
       "on a park they built: 兰通产业园)",
       "易县工作动态\n探索形成了可复制可推广的易县经验。", "易县经验"),
    _r("implements.owned", "a coined name right after the county's name: 易县“X”",
       "易县工作动态\n易县的“三联三帮”，让企业纾困有了抓手。", "三联三帮"),
    _r("implements.selected", "a quoted name opening its clause, selected as a case: 。“X”入选…优秀案例, or "
       "called one of the county's measures: 。“X”是易县…的举措之一",
       "易县工作动态\n生态建设更高效。“两山合作社”入选全国十大优秀案例。", "两山合作社",
       "易县工作动态\n品牌建设见成效。“易县苹果”入选省级区域公用品牌目录。"),
    _r("implements.trigger", "a short coined name right after a verb of practice: 狠抓“X”",
       "易县工作动态\n一是狠抓“三个融合”，革新基层治理模式。", "三个融合",
       "易县2024年政府工作报告\n各位代表：\n坚持“实干为先”，推进项目建设。"),
    _r("implements.listed", "the later names of a run of quoted names after a verb of practice",
       "易县工作动态\n大力推广“板凳调”“院坝调”“夜话调”。", "院坝调",
       "易县2024年政府工作报告\n各位代表：\n打造“北环线”“南环线”两条旅游线路。"),
    _r("implements.mixed-list", "each item of a list of quoted names with words of their own, closed by "
       "等 and the kind: 深化“A”、“B”四德建设、传统文化“C”等工程",
       "易县工作动态\n深化“乡贤儒学”、“孝悌忠信”四德建设、传统文化“五进”等工程。", "孝悌忠信四德建设",
       "易县工作动态\n力争打造“乡贤儒学”、“孝悌忠信”四德建设、传统文化“五进”等工程。"),
    _r("implements.introduced", "a short name right after a verb that creates or names it: 建立“X”",
       "易县在全省最早建立了“积分爱心超市”。", "积分爱心超市"),
    _r("implements.assembly", "a deliberative meeting the county holds, after a verb of practice",
       "易县深化党建引领“邻里议事会”，推动矛盾就地化解。", "邻里议事会"),
    _r("implements.core", "a formula that is the core of something: 以“X”为核心内容",
       "易县工作动态\n以“三改三提”为核心内容，推进农村金融改革。", "三改三提"),
    _r("implements.appositive", "a quoted name the text elsewhere calls a practice: X这一…机制",
       "易县工作动态\n易县的“村民说事”榜上有名。\n村民说事这一乡村治理长效机制，成为推动乡村振兴的抓手。", "村民说事",
       "易县工作动态\n“蘑菇房”吸引游客。\n旅游这一产业发展迅速。"),
    _r("implements.explained", "a formula spelled out part by part after a dash",
       "易县工作动态\n推行‘三同步’——规划与建设同步、建设与管护同步、管护与考核同步。", "三同步"),
    _r("implements.parts", "the quoted parts of a counted name, in brackets right after it, as many as "
       "it counts: “三条路径”（“A”“B”“C”）",
       "易县工作动态\n易县聚焦“三条路径”（“党建+双服务”“党建+兴村富民”“党建+平安建设”），推动乡村振兴。",
       "党建+兴村富民",
       "易县工作动态\n易县聚焦“三条路径”（“党建+双服务”“党建+兴村富民”），推动乡村振兴。"),
    _r("implements.summed", "a parallel pair the text sums its practice up in: 说到底就是“A、B”",
       "易县工作动态\n治理水土流失，说到底就是“大封山、小修复”。", "大封山、小修复"),
    _r("implements.in-speech", "a short name inside a quoted speech, after a verb of practice",
       "镇长介绍：“易县探索的‘家门口工坊’，让群众就近就业。”", "家门口工坊"),
    _r("implements.plus-formula", "an unquoted formula with a head: 1+3+N…体系改革",
       "易县工作动态\n推进1+3+N镇街便民服务体系改革。", "1+3+N镇街便民服务体系改革"),
    _r("implements.compound", "an unquoted numeral compound with a head after a verb of practice",
       "易县工作动态\n创新实施三联机制，将服务送到群众家门口。", "三联机制"),
    _r("implements.innovated", "an unquoted phrase with a head after a verb of innovation",
       "易县工作动态\n创新实施书香满村农民阅读推广项目，将书屋搬进农家。", "书香满村农民阅读推广项目"),
    # received (awards.py)
    _r("received.trigger", "titles after an award verb: 荣获, 获评, 被评为, 入选, 成功创建…",
       "易县工作动态\n易县获评全国文明城市。", "全国文明城市",
       "易县工作动态\n易县争创全国文明城市。"),
    _r("received.fronted", "titles listed first, closed by 等…荣誉 and landing on the county: “A”、“B”等荣誉相继花落X",
       "易县工作动态\n“全国粮食生产先进县”、“全国生猪调出大县”等荣誉相继花落易县。", "全国生猪调出大县",
       "易县工作动态\n“全国粮食生产先进县”、“全国生猪调出大县”等荣誉相继花落保定。"),
    _r("received.namely", "titles counted, then named after 即, as many as counted: 承担三个国家级试点，即A、B和C",
       "易县共承担两个国家级试点工作，即“国家绿色生态示范城区”和“国家新型城镇化综合试点”。", "国家新型城镇化综合试点",
       "易县共承担两个国家级试点工作，即“国家绿色生态示范城区”。"),
    _r("received.weak", "a title with a head and a level word after a verb with other objects: 作为, 成为",
       "作为省社会治理创新综合试点县，易县积极探索。", "省社会治理创新综合试点县"),
    _r("received.built", "a title built, with its own level word and not counted: 建成国家森林城市",
       "易县工作动态\n去年易县新造林6万亩，建成国家森林城市。", "国家森林城市",
       "易县工作动态\n建成省级美丽乡村示范村22个，高标准建成中科院易县生态实验基地。"),
    _r("received.carry", "a pilot the county carries out, with a level word: 深化…全国试点工作",
       "易县工作动态\n持续深化新时代文明实践全国试点工作。", "新时代文明实践全国试点"),
    _r("received.copula", "易县是 A、B: titles the county is",
       "易县是全国农业综合实力百强县、全国粮食生产先进县，拥有龙头企业16家。", "全国农业综合实力百强县"),
    _r("received.have", "易县拥有 A、B等多项殊荣, 享有“A”“B”的美誉: titles with a level word in a list closed by an honour word "
       "(or introduced by one: 城市荣誉数不过来，比如说A、B)",
       "易县工作动态\n易县拥有国家历史文化名城、中国民间扎染艺术之乡等多项殊荣。", "中国民间扎染艺术之乡",
       "易县工作动态\n易县拥有国家级龙头企业3家、省级龙头企业12家。"),
    _r("received.pass", "a title between 通过 and an inspection word: 通过…验收",
       "易县顺利通过国家园林县城复检验收。", "国家园林县城"),
    _r("received.title_then_verb", "a title as the subject of a verb after it: …验收通过, …获批",
       "易县省级食品安全示范县验收通过。", "省级食品安全示范县"),
    _r("received.pilot_list", "A、B等省级试点落地易县",
       "易县工作动态\n居家养老服务、政府救助与慈善帮扶衔接等省级改革试点落地易县。", "居家养老服务省级改革试点"),
    _r("received.titles_alone", "titles alone, without a verb: a clause of three or more and an ellipsis "
       "(A、B、C……), or a sentence of them in a paragraph about the county",
       "易县工作动态\n国家生态文明建设示范县、全国森林旅游示范县、首批国家全域旅游示范区……易县是“名牌大户”。",
       "全国森林旅游示范县",
       "易县工作动态\n创建国家生态文明建设示范县、全国森林旅游示范县、首批国家全域旅游示范区……"),
    _r("received.joined_list", "an agency publishes a list and the county is in it: 名列其中",
       "国家林草局公布国家森林康养基地名单，易县名列其中。", "国家森林康养基地"),
    _r("received.ranked", "a named assessment's tier: …评价位列全省第一档",
       "易县营商环境评价位列全省第一档。", "全省营商环境评价第一档"),
    _r("received.rating", "a grade in a named assessment: 在…考评中获评一等",
       "易县在保定市2023年度目标绩效考评中获评一等。", "保定市2023年度目标绩效考评一等"),
    _r("received.ranking_list", "a place in a published ranking: 在全国工业百强县中位列第4位, …百强县排名跃居第43位",
       "易县在全国工业百强县中位列第4位。", "全国工业百强县"),
    _r("received.streak", "a title with its level word won so many times in a row: 实现全国X“十八连冠”",
       "易县工作动态\n易县实现全国县域经济和综合发展“十八连冠”。", "全国县域经济和综合发展十八连冠",
       "易县工作动态\n易县高考总评实现“六连冠”。"),
    _r("received.supported", "an agency lets the county build a zone: 批复同意易县设立…试验区, or a higher "
       "level carries out a pilot in it: 河北省在易县开展…试点",
       "易县工作动态\n国务院批复同意易县设立国家级数字乡村试验区。", "国家级数字乡村试验区"),
    _r("received.commendation", "a commendation by agencies ending its clause: 荣获省政府通报表扬",
       "易县工作动态\n2021年6月，易县荣获省政府通报表扬。", "省政府通报表扬",
       "易县工作动态\n易县的做法受到群众广泛肯定。"),
    _r("received.looked_back", "继A、B后…又一…招牌: earlier titles the county is said to hold",
       "易县工作动态\n这是继国家节水型城市、全国海洋经济示范县后，我县获得的第三块国字号招牌。", "国家节水型城市"),
    _r("received.approved_zone", "a zone an agency approved that carries the county's name, or one named "
       "by the province with the county's name in brackets (浙江(文成)…试验区)",
       "安吉县新闻\n国务院批准设立浙江安吉民营经济示范区。", "浙江安吉民营经济示范区"),
    _r("received.appositive", "titles with their level words right before the county's full name: 在全国文明城区X区, A、B的X县",
       "南岸区新闻\n在全国文明城区重庆市南岸区，每周四是服务群众工作日。", "全国文明城区",
       "南岸区新闻\n全国文明城区创建推进会在重庆市南岸区召开。"),
    _r("received.consolidated", "titles the county consolidates: 巩固A、B创建成果 (a level word shared)",
       "易县工作动态\n易县着力巩固省级文明县城、园林县城创建成果。", "省级园林县城",
       "易县工作动态\n巩固拓展脱贫攻坚成果同乡村振兴有效衔接。"),
    _r("received.bullets", "the lines of an honours list (所获荣誉)",
       "易县工作动态\n\n所获荣誉\n国家卫生县城\n全国科技进步先进县\n", "国家卫生县城"),
    _r("received.roster", "a published list laid out by lines, the county on one of them: the list's title, "
       "or its part's (河北省双拥模范县(36个)：…易县…)",
       "易县工作动态\n2020年全省村庄清洁行动先进县名单\n石家庄市：藁城区、井陉县\n保定市：易县、涞水县\n",
       "全省村庄清洁行动先进县",
       "易县工作动态\n2020年全省村庄清洁行动先进县拟确定名单\n石家庄市：藁城区、井陉县\n保定市：易县、涞水县\n"),
    # partneredWith (partners.py)
    _r("partneredWith.tied", "a place tied to the county by a partnership word in its clause",
       "易县与涞源县、阜平县共同入选国家级示范区。", "涞源县",
       "易县与苏州十中结对帮扶，共建教育联盟。"),
    _r("partneredWith.topic", "a place right after a clause naming a partnership as the topic",
       "易县工作动态\n深化对口支援合作，深圳市龙岗区给予大力支持。", "深圳市龙岗区"),
    _r("partneredWith.comment", "a place before a clause commenting on the pairing: 两地…关系持续深化",
       "易县工作动态\n易县向北京市丰台区供应优质农产品，两地结对帮扶关系持续深化。", "北京市丰台区"),
    _r("partneredWith.paired", "a place named as a pair with the county (X与Y), or thanked by it or thanking "
       "it for help (对X…关心支持易县发展表示感谢), in a document about a pairing",
       "东西部协作纪实\n易县与如皋同心同向。两地对口支援、结对帮扶，东西部协作成效显著。", "如皋市",
       "工作动态\n易县与如皋同心同向。"),
    _r("partneredWith.abbreviated", "a municipality named by its one-character abbreviation in a run of them "
       "(对接京津, 京冀对口帮扶), tied as the rules above tie a place",
       "易县工作动态\n易县主动对接京津，承接产业转移。", "天津市",
       "易县工作动态\n易县抢抓京津冀协同发展机遇。"),
    # recognizedBy (recognition.py)
    _r("recognizedBy.place", "the county's own province or prefecture named as the one conferring: 被河北省授予",
       "易县工作动态\n易县被河北省授予大气污染综合治理先进县称号。", "河北省人民政府",
       "易县工作动态\n易县被河北日报报道。"),
    _r("recognizedBy.by", "被/获/受到 an agency and a verb of recognition: 获省政府肯定",
       "易县工作动态\n该做法获省政府批复同意。", "河北省人民政府"),
    _r("recognizedBy.listed_in", "入选/写入/获批 an agency's list or document",
       "易县“林长巡山”做法入选水利部第一批典型案例。", "中华人民共和国水利部"),
    _r("recognizedBy.as_pilot", "作为 an agency's pilot or contact point",
       "易县作为中农办农村金融改革试验联系点，先行先试。", "中央农村工作领导小组办公室"),
    _r("recognizedBy.inspection", "通过 an agency's inspection",
       "易县工作动态\n2019年1月，顺利通过国家住建部专家组考核验收。", "中华人民共和国住房和城乡建设部"),
    _r("recognizedBy.subject", "the agency as subject, the county after its verb: A对易县予以…, its office "
       "holder praising the county's work on a visit: A主要领导到易县调研时…给予充分肯定, or a later clause of "
       "its sentence promoting the county: A…现场会在易县召开，并将易县作为典型案例在全国推广",
       "省政府对易县予以督查激励。", "河北省人民政府"),
    _r("recognizedBy.issued", "an agency issues a list or notice the county is in",
       "国家林草局公布国家森林康养基地名单，易县名列其中。", "国家林业和草原局"),
    _r("recognizedBy.presented", "the county presents its work at an agency's meeting: 在A…会议上交流经验",
       "易县新闻\n易县作为全省唯一代表在农业农村部工作会议上交流农业绿色发展经验。", "中华人民共和国农业农村部",
       "易县新闻\n易县干部在农业农村部工作会议上听取了经验介绍。"),
    _r("recognizedBy.ceremony", "the county's title at an agency's ceremony or in a contest it ran: "
       "在A…表彰大会上，易县被评为…; 在A组织开展的…活动中，易县获得了“…”",
       "易县新闻\n在国务院第六次全国民族团结进步表彰大会上，易县被评为“全国民族团结进步模范集体”。",
       "中华人民共和国国务院",
       "易县新闻\n易县县长出席会议。在国务院第六次全国民族团结进步表彰大会上，涞水县被评为“全国民族团结进步模范集体”。"),
    _r("recognizedBy.announced", "the news of the county's title comes from the agency: 从A传来喜讯，易县喜获…",
       "易县新闻\n近日，从省生态环境厅传来喜讯，易县喜获“2022年度河北省生态文明强县”称号。", "河北省生态环境厅",
       "易县新闻\n近日，记者从省生态环境厅获悉，全省空气质量持续改善。"),
    _r("recognizedBy.conferred", "an award verb, the agencies, then the title they conferred or the case they "
       "selected: 荣获A第六批“X”, 获评A…创新案例",
       "易县新闻\n易县荣获生态环境部第六批“生态文明建设示范区”。", "中华人民共和国生态环境部",
       "易县新闻\n易县获得生态环境部支持，建设污水处理厂。"),
    _r("recognizedBy.bracket_note", "a bracketed note after a title naming who conferred it",
       "易县荣获中国气候宜居县（中国气象局命名）称号。", "中国气象局"),
    _r("recognizedBy.named_in_title", "an agency named inside the title the county received",
       "易县被确定为“财政部扶持村级集体经济发展试点县”。", "中华人民共和国财政部"),
)

RULE_IDS = frozenset(r.id for r in RULES)


def check_ids(rules) -> frozenset[str]:
    """Rule ids as given, or a KgError naming the ones no extractor has."""
    from kg.errors import KgError

    wanted = frozenset(rules)
    unknown = sorted(wanted - RULE_IDS)
    if unknown:
        raise KgError(f"no such rule: {', '.join(unknown)} (the rules: kg eval --by-rule lists them; "
                      f"they are declared in kg/extract/rules.py)")
    return wanted


__all__ = ["RULES", "RULE_IDS", "Rule", "check_ids", "disabled", "enabled"]
