"""received: the titles a county itself received, read from sentences in the style of county reports."""

from __future__ import annotations

import pytest

from kg.extract import awards
from kg.model import Entity, Extraction, Kind, Predicate
from kg.text import make_document

ANJI = Entity(Kind.COUNTY, "安吉县", aliases=("安吉",), adcode="330523", province="浙江省", prefecture="湖州市")
JINJIANG = Entity(Kind.COUNTY, "晋江市", aliases=("晋江",), adcode="350582", province="福建省", prefecture="泉州市")


def received(text: str, focus: Entity = ANJI) -> list[Entity]:
    doc = make_document(text, "t")
    ex = Extraction(doc, focus=focus, counties=[focus])
    awards.extract(doc, ex)
    assert all(r.predicate is Predicate.RECEIVED and r.subject == focus for r in ex.relations)
    return [r.object for r in ex.relations]


def labels(text: str, focus: Entity = ANJI) -> list[str]:
    return [award.label for award in received(text, focus)]


@pytest.mark.parametrize("text, expected", [
    # an enumeration after one verb, closed by 等…称号
    ("安吉县先后荣获全国文明城市、国家生态县、全国绿色发展百强县等50余项国家和省级荣誉称号。",
     ["全国文明城市", "国家生态县", "全国绿色发展百强县"]),
    # 被评为 / 获评 / 被确定为 / 被命名为 / 被授予…称号 / 被表彰为
    ("连续三年被评为全省乡村振兴实绩考核先进县。", ["全省乡村振兴实绩考核先进县"]),
    ("安吉获评浙江省数字乡村试点县、2021年中国数字治理百佳县。", ["浙江省数字乡村试点县", "中国数字治理百佳县"]),
    ("安吉县被中央农办、农业农村部确定为全国乡村治理体系建设试点单位之一。", ["全国乡村治理体系建设试点单位"]),
    ("2019年被命名为第三批国家生态文明建设示范县。", ["国家生态文明建设示范县"]),
    ("被授予全国民族团结进步示范县称号。", ["全国民族团结进步示范县"]),
    ("平安建设扎实推进,被表彰为“全省平安建设优秀县”。", ["全省平安建设优秀县"]),
    # quoted titles, quotes inside titles, adjacent quoted titles
    ("荣获“中国天然氧吧”称号。", ["中国天然氧吧"]),
    ("被命名为中国长寿之乡。", ["中国长寿之乡"]),
    ("安吉被评为全省第四批“四好农村路”示范县。", ["全省四好农村路示范县"]),
    ("先后获得“全国绿化模范县”“国家园林县城”等称号。", ["全国绿化模范县", "国家园林县城"]),
    # 和 joins two titles, but not inside one (文化产业和旅游产业)
    ("荣获全国文明城市和国家卫生城市称号。", ["全国文明城市", "国家卫生城市"]),
    ("安吉县作为中农办农村改革试验联系点和省农村改革试验区,先行先试。", ["中农办农村改革试验联系点", "省农村改革试验区"]),
    ("安吉与德清共同入选国家文化产业和旅游产业融合发展示范区建设单位。",
     ["国家文化产业和旅游产业融合发展示范区建设单位"]),
    # rankings and lists
    ("安吉入选2022年度全国综合实力百强县市第4位。", ["全国综合实力百强县市"]),
    ("成功跻身全国县域经济百强县行列。", ["全国县域经济百强县"]),
    ("安吉县连续22年位居全国百强县前列。", ["全国百强县"]),
    ("获评2023年度浙江省营商环境评价优秀县(市、区)。", ["浙江省营商环境评价优秀县(市、区)"]),
    ("年网络零售额超百亿元,位列全国农村网络零售额百强县第19位。", ["全国农村网络零售额百强县"]),
    # 成功创建 / 创成 / 获批
    ("2023年,安吉成功创建国家级全域旅游示范区。", ["国家级全域旅游示范区"]),
    ("我县获批国家级电子商务进农村综合示范县。", ["国家级电子商务进农村综合示范县"]),
    ("成功创建市级文明城市、省级“园林县城”。", ["市级文明城市", "省级园林县城"]),
    # 通过…验收, forwards and backwards
    ("顺利通过“国家知识产权强县工程试点县”验收。", ["国家知识产权强县工程试点县"]),
    ("以全省第一名的成绩通过省级食品安全示范县验收。", ["省级食品安全示范县"]),
    ("(四)国家级外派劳务标准化试点通过验收。", ["国家级外派劳务标准化试点"]),
    ("全国农村宅基地制度改革试点成功获批,标志着改革进入新阶段。", ["全国农村宅基地制度改革试点"]),
    ("我县省级农业高新技术产业示范区正式挂牌。", ["省级农业高新技术产业示范区"]),
    # weak verbs need a level word: 作为, 承担, 是, 推进…试点
    ("作为省社会治理创新综合试点县,安吉积极探索。", ["省社会治理创新综合试点县"]),
    ("坚持把承担全国首批农村承包土地经营权抵押贷款试点作为关键举措。", ["全国农村承包土地经营权抵押贷款试点"]),
    ("安吉县是全国农业综合实力百强县、全国粮食生产先进县标兵,拥有龙头企业167家。",
     ["全国农业综合实力百强县", "全国粮食生产先进县标兵"]),
    ("持续深化新时代文明实践全国试点工作。", ["新时代文明实践全国试点"]),
    # A、B等省级改革试点落地: each item is one pilot
    ("居家养老服务、政府救助与慈善帮扶衔接等省级改革试点落地安吉。",
     ["居家养老服务省级改革试点", "政府救助与慈善帮扶衔接省级改革试点"]),
    # a quoted name after a level word and a strong verb needs no head word
    ("2020年,安吉获评浙江省“平安金鼎”。", ["浙江省平安金鼎"]),
    ("安吉县连续三年捧回浙江省“神农鼎”。", ["浙江省神农鼎"]),
    ("安吉县夺得全省“平安建设”金鼎。", ["全省平安建设金鼎"]),  # a trophy after the quoted name
    ("安吉县连续6年夺取湖州市综合考核一等奖。", ["湖州市综合考核一等奖"]),  # a report about 邳州市, 2011
    # a quoted name holding a verb (是) inside an enumeration
    ("安吉县先后获评国家生态县、首批“绿色就是生产力”实践基地。", ["国家生态县", "绿色就是生产力实践基地"]),
    # 入选…名单: the designation without 名单; a list named before 成功入选
    ("2021年安吉入选商务部电子商务进农村综合示范名单。", ["商务部电子商务进农村综合示范"]),
    ("农业农村部公布2023年全国休闲农业重点县名单,安吉县凭借乡村旅游发展成效成功入选。",
     ["全国休闲农业重点县"]),
    # … or a count of places given a title before the county joins them (a news article about 辽阳县)
    ("省文化和旅游厅确定了5个全省重点建设旅游主体功能区,安吉县榜上有名。", ["全省重点建设旅游主体功能区"]),
    # (round 40) how many hold it is no part of the title; 其他入选县为A、B names others
    ("农业农村部近日公布了第二批209个国家农产品质量安全县(市)名单。其中,安吉县榜上有名。我省其他入选县(市)为宜丰县、南城县。",
     ["国家农产品质量安全县(市)"]),
    # the title with the word for its conferral after it: 命名, 授牌, 殊荣 (an article about 卓尼县)
    ("近日,安吉更是荣获国家“绿水青山就是金山银山”实践创新基地命名。", ["国家绿水青山就是金山银山实践创新基地"]),
    ("安吉县获得全国文明城市殊荣。", ["全国文明城市"]),
    # a grade in an assessment is a ranking
    ("2023年,安吉县在全省乡村振兴实绩考核中获评“优秀”等次。", ["全省乡村振兴实绩考核优秀等次"]),
    # a creation that passed its review; heritage listings
    ("创建国家园林县城通过复审,城市面貌持续改善。", ["国家园林县城"]),
    ("“安吉竹文化系统”被农业农村部列为中国重要农业文化遗产。", ["中国重要农业文化遗产"]),
    # the county's practice selected as a pilot
    ("该做法入选财政部全国农村综合改革标准化试点。", ["全国农村综合改革标准化试点"]),  # the agency recognises it
    # a bracketed note after an item (who conferred it, when) does not end the enumeration
    ("安吉县先后获评全国文明城市（中央文明委授予）、国家生态文明建设示范县、全国双拥模范城、国家卫生县城等称号。",
     ["全国文明城市", "国家生态文明建设示范县", "全国双拥模范城", "国家卫生县城"]),
    ("安吉先后获评国家园林县城（住房和城乡建设部命名）、全国绿化模范县。", ["国家园林县城", "全国绿化模范县"]),
    ("安吉县先后获评全国文明城市（2017年）、国家卫生县城（2015年）等称号。", ["全国文明城市", "国家卫生县城"]),
    # an item without a head word between titles, when it starts with a level word
    ("安吉县先后荣获中国天然氧吧（中国气象局授予）、全国森林康养基地试点建设县。",
     ["中国天然氧吧", "全国森林康养基地试点建设县"]),
    ("安吉县荣获国家卫生县城、中国天然氧吧、全国休闲农业重点县等称号。", ["国家卫生县城", "中国天然氧吧", "全国休闲农业重点县"]),
    # 蝉联 (without 榜首), 经…公布为, 通过…国家督导评估认定, a title approved by an agency
    ("晋江市成功蝉联全国文明城市（县级）。", ["全国文明城市(县级)"]),
    ("晋江市蝉联全国百强县榜首。", ["全国百强县"]),
    ("2016年,安吉经国务院公布为国家历史文化名城。", ["国家历史文化名城"]),
    ("安吉县顺利通过全国义务教育优质均衡发展县国家督导评估认定。", ["全国义务教育优质均衡发展县"]),
    ("国家级车联网先导区获工业和信息化部批复。", ["国家级车联网先导区"]),
    ("省级数字乡村试点县获省委网信办批准。", ["省级数字乡村试点县"]),
    # a tier in a named assessment
    ("安吉县高质量发展综合绩效评价位列全省县（市、区）第一档。", ["全省高质量发展综合绩效评价第一档"]),
    ("2023年,安吉县营商环境评价连续三年位列全省第一档。", ["全省营商环境评价第一档"]),
    # a note holding a verb (授予) on the last item, before 等称号
    ("安吉县先后获评国家卫生县城（2019年）、全国文明城市（中央文明委授予）等称号。", ["国家卫生县城", "全国文明城市"]),
    # titles in ASCII quotes, one of them holding a comma or a verb word (--noise half-width)
    ('安吉县被市政府授予"深化基础教育改革,全面提高教育质量先进单位"称号。', ["深化基础教育改革,全面提高教育质量先进单位"]),
    ('安吉县获省"县域创新跃升计划"奖励。', ["省县域创新跃升计划奖"]),
    # shapes of paraphrased real passages (eleventh session; names changed): 荣列, 扛回 a list
    # closed by 等“牌子”, destinations and camps, the only holder 的县份, the honour's name after
    # 获此殊荣的, first in its own city, a title ending in 市 before an inspection
    ("安吉县荣列“中国全面小康成长型百佳县”。", ["中国全面小康成长型百佳县"]),
    ("安吉县扛回省园林城市、省综治工作先进县等重量级“牌子”。", ["省园林城市", "省综治工作先进县"]),
    ("安吉县被评为全国体育旅游十佳精品目的地、中国首批中小学生研学实践教育营地。",
     ["全国体育旅游十佳精品目的地", "中国中小学生研学实践教育营地"]),
    ("安吉县是我市唯一获得“全国平安建设先进县”的县份。", ["全国平安建设先进县"]),
    ("安吉县成为该市唯一获此殊荣的国家卫生县城。", ["国家卫生县城"]),
    ("安吉县在湖州市率先成功创成国家级园林县城。", ["国家级园林县城"]),
    ("安吉县通过了省级卫生城市的复审验收。", ["省级卫生城市"]),
    # the county's calling cards after a colon; a list's name in the quotes, without 名单
    ("安吉县拥有一张张亮丽的名片：国家级综合改革实验区、浙江首批扩权强县试点县。",
     ["国家级综合改革实验区", "浙江扩权强县试点县"]),
    ("安吉县入选“全国科普示范县名单”。", ["全国科普示范县"]),
    ("安吉县还有这些荣誉称号：全国绿化模范城市、国家环境保护模范区。", ["全国绿化模范城市", "国家环境保护模范区"]),
    ("安吉县稳居“全国经济综合实力百强县”前50强。", ["全国经济综合实力百强县前50强"]),
    ("目前，安吉县已成功创建全国唯一一个以白茶为主的国家级高新区。", ["国家级高新区"]),
    # the county among places its own province had only two of (仅有); the only one to enter a
    # list (唯一入围的县区); an inspection of creating a title (创建检查验收)
    ("浙江省舟山市、安吉县作为浙江省仅有的两个名额分别获国家生态文明建设示范县命名表彰。", ["国家生态文明建设示范县"]),
    ("9月7日，生态环境部公示了第一批国家生态文明建设示范县名单，安吉县成为全省唯一入围的县区。", ["国家生态文明建设示范县"]),
    ("安吉县在2015年通过国家生态县创建检查验收后，及时启动了新的创建工作。", ["国家生态县"]),
    ("安吉县入选到全省首批乡村振兴示范县名单中。", ["全省乡村振兴示范县"]),
    # fields counted before one title, the first field's level word every field's
    ("安吉县先后跻身全国综合实力、绿色发展、投资潜力、创新四个“百强县市”。",
     ["全国综合实力百强县市", "全国绿色发展百强县市", "全国投资潜力百强县市", "全国创新百强县市"]),
    # titles the county has taken in (把…等“国字号”荣誉揽入怀中)
    ("安吉县已把“国家生态环境示范区”“中国气候宜居县”等诸多“国字号”荣誉揽入怀中。",
     ["国家生态环境示范区", "中国气候宜居县"]),
    # fields after one level word sharing the head the last of them ends with
    ("安吉县是全国科技、文化、教育先进县(市)、省级园林城市。",
     ["全国科技先进县(市)", "全国文化先进县(市)", "全国教育先进县(市)", "省级园林城市"]),
    # characters lost inside a title do not end the list (百??县市)
    ("安吉县是全国综合实力百??县市、全国文明城市。", ["全国综合实力百??县市", "全国文明城市"]),
    # the agency's naming before the title (被国务院命名的), a list named by the inspection passed
    ("安吉县成为了被国务院命名的“中国白茶之乡”。", ["中国白茶之乡"]),
    # a county-level city names itself 我市
    ("我市是全国县域经济基本竞争力百强县市。", ["全国县域经济基本竞争力百强县市"]),
    # shapes of paraphrased real passages (twelfth session, round 5; names changed): a copula
    # going on after a comma and a connective; a copula after a run of the county's facts;
    # 批准…为; a list's bracketed note; 国字号 and 金字招牌 around a title, 拿到
    ("安吉是全国县域经济基本竞争力百强县(市),同时也是全国文明县城。",
     ["全国县域经济基本竞争力百强县(市)", "全国文明县城"]),
    ("安吉县是全国文明县城、国家卫生县城,并且是国家新型工业化产业示范基地。",
     ["全国文明县城", "国家卫生县城", "国家新型工业化产业示范基地"]),
    ("5月25日,代表团走进安吉县参访,安吉县地处浙西北,面积1886平方公里,辖8个镇,总人口47万,"
     "是国家生态文明建设示范县、全国石漠化综合治理试点县。", ["国家生态文明建设示范县", "全国石漠化综合治理试点县"]),
    ("安吉位于浙江省西北部。全县面积1886平方公里,下设8镇,总人口47万人,是全国乡村振兴示范县、国家卫生城市。",
     ["全国乡村振兴示范县", "国家卫生城市"]),
    # a run of facts opening the sentence after one about the county goes on with it (not after
    # one about the prefecture)
    ("安吉县是湖州市辖县。地处浙西北,年均气温16.6℃,森林覆盖率达70%,是国家森林城市。", ["国家森林城市"]),
    ("湖州市是浙江省辖市。地处浙北,年均气温16.6℃,是国家森林城市。", []),
    ("安吉县结对帮扶的青川县山清水秀。地处川甘陕三省交界,年均气温13.7℃,是全国生态示范县。", []),
    # a line the county's possessions open goes on with the line before, past its units' clauses
    ("安吉县\n有翠屏山、无终关4A级景区,稻香果巷被评为省级特色小镇,是全国十佳宜居县城、国家级生态示范区。",
     ["全国十佳宜居县城", "国家级生态示范区"]),
    ("德清县\n有网友说,这里是全国十佳宜居县城。", []),
    ("2023年10月,国家林业和草原局批准安吉县为2023年度国家森林城市。", ["国家森林城市"]),
    ("2020年6月,安吉县列入第二批革命文物保护利用片区分县名单(长征片区(红一方面军)、长征片区(红二方面军))。",
     ["革命文物保护利用片区分县"]),
    ("2021年安吉县荣获国字号“绿水青山就是金山银山”实践创新基地金字招牌。", ["绿水青山就是金山银山实践创新基地"]),
    ("然而安吉凭什么拿到了“国家园林县城”的“金字招牌”,似乎令人不解。", ["国家园林县城"]),
    # 跻身A、B之列; a title before 和 and a list of things of another kind
    ("安吉县跻身四川省十大宜居城市、全国十大宜居县城之列。", ["四川省十大宜居城市", "全国十大宜居县城"]),
    ("安吉县先后荣获国家卫生县城、全国科普示范县和中国加工辣椒、工业番茄等特色农产品基地等荣誉称号近百项。",
     ["国家卫生县城", "全国科普示范县"]),
    # (round 6) 名列 and 挺进 a ranking; kinds of county sharing one level word; a ranking's field
    # that is economic and social in one
    ("安吉县名列全国百强县第82位。", ["全国百强县"]),
    ("安吉县挺进中部百强第21位。", ["中部百强"]),
    ("安吉是全国商品粮生产基地县、生态农业示范县、山区综合开发试点县。",
     ["全国商品粮生产基地县", "生态农业示范县", "山区综合开发试点县"]),
    ("安吉县连续五年跻身全国县域经济与社会综合发展百强县,列第83位。", ["全国县域经济与社会综合发展百强县"]),
    # (round 7) rankings named before the county's place in them, with or without a verb; fields
    # after a title and 和 sharing one head; quoted fields before one ranking
    ("全国中小城市综合实力百强县(市)排名第41位、县域经济基本竞争力百强县(市)排名第29位。",
     ["全国中小城市综合实力百强县(市)", "县域经济基本竞争力百强县(市)"]),
    ("在年度“全国投资潜力百强县”名单中,我县位列第86位。", ["全国投资潜力百强县"]),
    # (round 40) a list just published, without 在; 排名中 and a subjectless 蝉联
    ("今天公布的2016年中国中小城市综合实力百强榜上,安吉县荣居第九。", ["中国中小城市综合实力百强"]),
    ("在同时公布的中国“十佳”两型中小城市排名中,蝉联第二。", ["中国十佳两型中小城市"]),
    # (round 42) a place without 位, after the county's rise
    ("在2023年度全国综合实力百强区排名中再次进位、列全国第9。", ["全国综合实力百强区"]),
    ("在2023年度全国综合实力百强县排名中,安吉县再次进位、列全国第30。", ["全国综合实力百强县"]),
    ("在全国综合实力百强县市中连续5年保持第16位的殊荣。", ["全国综合实力百强县市"]),
    ("安吉县综合实力排名提升到中国西部百强县第71位。", ["中国西部百强县"]),
    ("综合实力连续5年居全国百强县市第19位。", ["全国百强县市"]),
    ("全国县域经济百强榜进位至第81位。", ["全国县域经济百强"]),
    ("安吉县荣获国家园林县城和全国绿色发展、投资潜力、科技创新百强县(市)等国字号荣誉。",
     ["国家园林县城", "全国绿色发展百强县(市)", "全国投资潜力百强县(市)", "全国科技创新百强县(市)"]),
    ("安吉县连续三年荣列“绿色发展”“投资潜力”“科技创新”全国百强县。",
     ["全国绿色发展百强县", "全国投资潜力百强县", "全国科技创新百强县"]),
    # titles holding a verb of carrying out (全面深化), in a list closed by 表彰; 认定 the county
    # after its province as two titles
    ("安吉县获得全省高质量发展综合考评先进、全省全面深化改革工作先进、全省外贸出口先进等15项省市表彰。",
     ["全省高质量发展综合考评先进", "全省全面深化改革工作先进", "全省外贸出口先进"]),
    ("基金会等单位日前认定浙江省安吉县为“中国长寿之乡”和“中国健康小城”。", ["中国长寿之乡", "中国健康小城"]),
    # a run of quoted titles after commas, one level word before each group, each may close with
    # 称号; the closing words with their own 、 (等多项国家、省、市级荣誉)
    ("我县先后荣获“中国金融生态文明县”称号,全省“国庆安保先进单位”、“双拥模范县”,全市“基层组织先进县”、"
     "“信访工作先进单位”等多项国家、省、市级荣誉。",
     ["中国金融生态文明县", "全省国庆安保先进单位", "双拥模范县", "全市基层组织先进县", "信访工作先进单位"]),
    # a title the county keeps, as the plaque it has (巩固提升了…国家级牌子)
    ("已连续10年获得全省粮食生产先进县,巩固提升了全国产粮大县国家级牌子。", ["全省粮食生产先进县", "全国产粮大县"]),
    # industries counted inside one title (一、二、三产业)
    ("安吉县先后被评为全国农村一、二、三产业融合发展先导区、国家卫生县城。",
     ["全国农村一、二、三产业融合发展先导区", "国家卫生县城"]),
    # (round 10) a quoted epithet among the titles of a copula, which goes on after a closing
    # quote and 也是, the describing clause after a speaker's; a level shared by items of one head
    # after a comma; 推选…作为
    ("他介绍说,作为浙江农业大县的安吉,是“浙北粮仓”“中国白茶之乡”,也是全国商品粮基地县。",
     ["中国白茶之乡", "全国商品粮基地县"]),
    ("安吉先后被评为全国科技进步先进县、教育先进县,全省文化先进县、体育先进县。",
     ["全国科技进步先进县", "教育先进县", "全省文化先进县", "体育先进县"]),
    ("2021年7月,农业农村部推选安吉县作为“互联网+”农产品出村进城工程试点县。", ["互联网+农产品出村进城工程试点县"]),
    # two rankings joined by 和, each with the county's place in it
    ("2016年安吉县入选中国中小城市综合实力百强县市第62位和中国最具投资潜力中小城市百强县市第38位。",
     ["中国中小城市综合实力百强县市", "中国最具投资潜力中小城市百强县市"]),
    # a title conferred for a term keeps its period; a single year goes
    ("安吉县荣获“2017—2020年度平安中国建设示范县”荣誉称号。", ["2017—2020年度平安中国建设示范县"]),
    ("2023年度安吉县获评国家森林城市。", ["国家森林城市"]),
    # an assessment's results announced, the county's grade in the clause after
    ("日前,省委办公厅、省政府办公厅通报了2020年度26县发展实绩考核结果,安吉县以总分全省第三的优异成绩,"
     "连续第六年获得优秀档次。", ["26县发展实绩考核优秀"]),
    # (round 12) an agency above the county conferring, the county unnamed, in a list of its
    # honours; a copula after clauses that describe the county, a scenic area among its titles
    # passed over; the county's place as the way it entered a ranking; 当选; a ranking of each year
    ("晋江市获得荣誉:\n10,2007年4月,建设部授予“国家园林城市”;", ["国家园林城市"]),
    ("安吉县历史悠久,拥有丰富的文化遗产和自然景观,是中国优秀旅游城市、国家重点风景名胜区、浙江省历史文化名城。",
     ["中国优秀旅游城市", "浙江省历史文化名城"]),
    ("安吉县以第23的排名进入全国百强县。", ["全国百强县"]),
    ("安吉县有12个街道。2016年12月,当选中国工业百强县区。", ["中国工业百强县区"]),
    ("2019年12月,安吉当选中国工业百强县(市)。2020年11月,入选2020年工业百强县(市)。",
     ["中国工业百强县(市)", "工业百强县(市)"]),
    ("31年来\n安吉有了太多的头衔\n中国竹产业基地县\n全国文明城市\n国家生态县\n",
     ["中国竹产业基地县", "全国文明城市", "国家生态县"]),
    # (round 13) one of a title's holders, its kinds bracketed before 之一; 全县 opening the facts
    ("2006年安吉县被省委、省政府确定为全国首批电子商务进农村综合示范县(市、区)之一。",
     ["全国电子商务进农村综合示范县(市、区)"]),
    ("全县拥有38万亩小麦良种、25万亩花生,是全国设施蔬菜重点区域基地县。", ["全国设施蔬菜重点区域基地县"]),
    # a list of titles going on after a semicolon (national ones; provincial ones); a held title
    # whose re-inspection passed
    ("安吉县现为全国文明县城、国家园林县城;浙江省法治创建先进县、全省高标准农田整县推进示范县。",
     ["全国文明县城", "国家园林县城", "浙江省法治创建先进县", "全省高标准农田整县推进示范县"]),
    ("政务服务标准化试点通过国家验收。国家卫生县城复审顺利通过。", ["国家卫生县城"]),
    # (what follows a semicolon is a list of titles only when it is nothing else)
    ("安吉县荣获全国文明县城;国家园林县城建设加快推进。", ["全国文明县城"]),
    # (round 14) an epithet and the county's name opening a run of its facts and descriptions
    ("千年古邑安吉,位于浙江省西北部,北倚天目山,风光秀丽,人杰地灵,是中国竹子之乡、国家生态县、全国文明县城。",
     ["中国竹子之乡", "国家生态县", "全国文明县城"]),
    # each item of a list with the agencies that conferred it
    ("安吉县荣获国务院颁发的全国绿化先进集体、省政府授予的全省扩权县称号。", ["全国绿化先进集体", "全省扩权县"]),
    # (a second reader's) elected after how; agencies before each item; fields with 和 inside
    ("安吉县在全国县域旅游评选中当选全国县域旅游综合实力百强县。", ["全国县域旅游综合实力百强县"]),
    ("安吉县先后荣获国家卫生县城、农业农村部认定的国家农业绿色发展先行区。", ["国家卫生县城", "国家农业绿色发展先行区"]),
    ("安吉县荣获国家卫生县城、县委县政府表彰的“十佳美丽村庄”等荣誉。", ["国家卫生县城"]),
    ("安吉县同时入选工业和信息化、综合实力两个“全国百强县”榜单。", ["工业和信息化全国百强县", "综合实力全国百强县"]),
    # (round 16) fields sharing one head, the last two joined by 及, an honour word after
    ("安吉县荣获中国中小城市综合实力、最具投资潜力、创新创业及新型城镇化质量百强县(市)殊荣、国家卫生县城。",
     ["中国中小城市综合实力百强县(市)", "中国最具投资潜力百强县(市)", "中国创新创业百强县(市)",
      "中国新型城镇化质量百强县(市)", "国家卫生县城"]),
    # (round 16) an international body that conferred the title, before it
    ("安吉县是联合国授予的中国第二个“国际和平城市”。", ["国际和平城市"]),
    # (round 16) a quoted title won so many times in a row; two titles each with its own 称号
    ("安吉县实现了“全国双拥模范城”五连冠。", ["全国双拥模范城五连冠"]),
    ("安吉县荣获“浙江省文明县城”称号和全国“绿化模范县”称号。", ["浙江省文明县城", "全国绿化模范县"]),
    # (round 16) the kind counted before what they were named (认定98个单位为…)
    ("国家发展改革委等七部委联合发布通知,认定98个单位为第二批国家农村产业融合发展示范园,安吉县国家农村产业融合发展示范园名列其中。",
     ["国家农村产业融合发展示范园"]),
    # (round 17) two titles joined by 和 share the first one's level word
    ("安吉县是浙江省旅游强县和重点服务业城区,拥有国家4A级景区一处。", ["浙江省旅游强县", "重点服务业城区"]),
    ("安吉县是全国文明县城和鱼米之乡。", ["全国文明县城"]),
    # (round 17) a run of titles over a comma, its closing words before a clause of comment
    ("安吉县先后获得“全国绿色发展示范县”,“国家生态县”、“全国文明城市”等殊荣,充分表明了安吉县得到认可。",
     ["全国绿色发展示范县", "国家生态县", "全国文明城市"]),
    # (round 17) a list published as an assessment's results, the county one of those it holds
    ("省住建厅印发通知,公布了全省美丽宜居示范县考核认定结果,包含安吉在内的5个县榜上有名。", ["全省美丽宜居示范县"]),
    # (round 17) quoted titles joined by 和 and 以及
    ("安吉县被评定为“国家级生态示范区”和“绿色食品A级水稻生产基地”以及“全国商品粮基地县”。",
     ["国家级生态示范区", "绿色食品A级水稻生产基地", "全国商品粮基地县"]),
    # (round 15) after 获, a title the text calls a 称号, without its level word
    ("3月12日,安吉县通过专家评审组评审,获全国首个“中小学生书画用纸产业基地”称号。", ["中小学生书画用纸产业基地"]),
    # (round 15) an association that conferred the title, not in the agency list, before it
    ("12月8日,安吉县获中国竹产业协会颁发「中国竹地板之都」牌匾。", ["中国竹地板之都"]),
    # (round 14) a line opening with its copula goes on from the line before, about the county
    ("安吉县有着1500多年建城史,一直沿称至今。\n是全国首家有机食品基地示范县、中国竹子之乡。",
     ["全国首家有机食品基地示范县", "中国竹子之乡"]),
    # (round 15) 定为, a sentence without a subject after one about the county
    ("安吉是一座江南古城。1992年被定为国家历史文化名城。", ["国家历史文化名城"]),
    # the champion of a ranking
    ("安吉县粮食生产能力稳步提高,连续七年夺得全国粮食生产标兵县冠军。", ["全国粮食生产标兵县"]),
    # (a second reader's: an international body confers; 当选为; one title in two years is one)
    ("2012年,联合国人居署授予“联合国人居奖”。", ["联合国人居奖"]),
    ("2020年,安吉县当选为“中国最美县域”。", ["中国最美县域"]),
    # (round 47) one title for two terms is two conferrals; a list's publishers named before it
    ("安吉县继获得“2009-2012年度全国平安建设先进县”和“2013-2016年度全国平安建设先进县”后,第三次获此殊荣。",
     ["2009-2012年度全国平安建设先进县", "2013-2016年度全国平安建设先进县"]),
    ("近日,农业农村部、国家乡村振兴局公布2022年国家乡村振兴示范县创建名单公布,安吉县成功入选。", ["国家乡村振兴示范县创建单位"]),
    # (a second reader's counter-examples, twentieth session) one term written two ways is one;
    # the province as the setting, the county going on as 我们
    ("安吉县荣获“2018-2020年度全省平安县”。2021年,安吉县再获2018-20年度全省平安县表彰。", ["2018-2020年度全省平安县"]),
    ("今年,我省部署开展县域医共体建设,我们被确定为全国紧密型县域医共体建设试点县。", ["全国紧密型县域医共体建设试点县"]),
    # (round 49) the county named among those selected, after the verb (入选，分别是A、B / 包括A)
    ("9月4日,文化和旅游部发布了关于公示首批国家全域旅游示范区名单的公告,其中浙江省3个县市入选,分别是湖州市安吉县、衢州市江山市。",
     ["国家全域旅游示范区"]),
    # (round 48) one quoted title taken in (将/把“X”称号揽入怀中), 首次 before the verb
    ("安吉县首次将“全国文明城市”称号揽入怀中!", ["全国文明城市"]),
    # (round 48) two rankings of one field are two lists; 综合实力 and 竞争力 name the same list only without a field
    ("安吉县获评“中国县域旅游竞争力百强县市”“全国县域旅游综合实力百强县”称号。",
     ["中国县域旅游竞争力百强县市", "全国县域旅游综合实力百强县"]),
    # (round 48) titles quoted together, one opening with an international level word (大中华)
    ("安吉县先后获得“中国生态气候明珠、大中华最佳绿色生态旅游名县、全国蜂业优秀之乡”等称号。",
     ["中国生态气候明珠", "大中华最佳绿色生态旅游名县", "全国蜂业优秀之乡"]),
    # a list going on in the next sentence under a heading of its own
    ("安吉县先后荣获全国文明城市、国家卫生县城等称号。国家级荣誉：全国科技进步先进县、全国平安建设先进县。",
     ["全国文明城市", "国家卫生县城", "全国科技进步先进县", "全国平安建设先进县"]),
    ("2017年9月,安吉县被命名为第一批国家生态文明建设示范县。2018年,安吉县正式获评“全国生态文明建设示范县”。",
     ["国家生态文明建设示范县"]),
])
def test_titles_the_county_received(text, expected):
    focus = JINJIANG if text.startswith(("我市", "晋江")) else ANJI
    assert labels(text, focus) == expected


@pytest.mark.parametrize("text", [
    # descriptions after a copula, a landmark's category, an administrative change, money got
    # (paraphrased real passages, twelfth session)
    "安吉是全省首批迈进这个梯队的县城。",
    # (round 48) 将 as "will"
    "安吉县将“全国文明城市”称号作为新起点,全力争创国家生态园林城市。",
    # (round 49) a town of the county among those selected
    "近日,文化和旅游部公布了“中国民间文化艺术之乡”名单,浙江共有6地入选,包括德清县及安吉县孝丰镇。",
    # (round 48) how many the nation got
    "全国共入选健康县区建设优秀案例76个,安吉县所在的湖州市有2个。",
    # (round 48) an administrative status is no title
    "安吉县是浙江省直管县级市,地处浙江省西北部。",
    # (round 47) the province the clause before opened with is commended
    "6月2日,国务院办公厅印发《通报》,我省河湖长制工作推进力度大、成效明显,获国务院督查激励。",
    # (round 47) places conferred en masse: 授牌 goes on with the verb that names them
    "当天,授牌命名了58个平安中国建设示范市和162个平安中国建设示范县,授予71个市县“长安杯”。",
    # another place's or a school's ranking; the prefecture's own title; a grade not got (a second
    # reader's counter-examples, twelfth session)
    "杭州市余杭区位居全国百强区第3位。",
    "安吉中学居全省高中百强第15位。",
    "湖州市唯一获评全国乡村振兴示范市。",
    "日前,省委办公厅通报了2022年度全省乡村振兴实绩考核结果，安吉县未获得优秀等次。",
    # a growing region described (round 10)
    "安吉县位于浙江省西北部,是世界白茶最佳优生区之一。",
    # a place among the places of a kind, no title
    "安吉县位列湖州各区县第四。",
    "安吉县跃居一类县市第七位。",
    "5个乡镇入围全国综合实力千强镇,递铺镇是全省唯一跻身全国百强的乡镇、排名第47位。",
    "安吉是神农尝百草的驻足地,是名副其实的“千年古县”和“中国药市之乡”。",
    "安吉,是浙江省直辖县级市,实行师市合一管理体制。",
    "安吉的宜居性源于生态。钓鱼城作为浙北唯一国家级风景名胜区,形成天然生态屏障。",
    "安吉成为国家解冻县改市审批后,全国首批获批的县级市。",
    "安吉县拿到了3000万元中央资金。",
    "安吉是浙江省丘陵大县,面积1886平方公里。",
    "作为全省首批试点县市,新时代文明实践站已经在安吉县实现了村居全覆盖。",
    "安吉县日用陶瓷产业成为全省最大的陶瓷产业聚集区。",
    "安吉县凭借“‘联户议事’聚民智”成功入选“创新务实管用治理方式”类别。",
    # aims, not results
    "力争创成国家生态文明建设示范县。",
    "2024年,我县将积极争创全国双拥模范城。",
    "积极推进国家全域旅游示范区创建。",
    "以创建省级“专精特新”小巨人中小企业培育试点县为抓手,推动企业发展。",
    # units inside the county, persons, other places
    "递铺镇获评全国重点镇,鲁家村入选全国乡村治理示范村。",
    "县人民医院获评三级乙等医院。",
    "县财政局荣获全国财政系统先进集体。",
    "张三同志荣获全国优秀县委书记称号。",
    "浙江省嘉善县被确定为全国县域高质量发展示范点。",
    "湖州市获评全国文明城市。",
    "瑶祖故里大观园被确定为国家AAA级旅游景区。",
    "梅溪镇国家级特色小镇示范区获批。",
    "全国首个县域客户体验中心落户安吉。",
    # ordinary phrases after 获得, counts, achievements, listings that are not titles
    "群众获得感、幸福感、安全感不断增强。",
    "转载请联系本号获得授权。",
    "累计获得国家级、省级、市级荣誉21项。",
    "获批省级重点实验室2个。",
    "被列为全省重点项目。",
    "成为全国首个实现全域5G覆盖的县。",
    "安吉县是国家级贫困县。",
    "安吉县是浙江省湖州市下辖县。",
    "成为全市唯一一个两次获评该奖的县(市、区)。",
    # a weak verb without a level word
    "作为试点县,安吉先行先试。",
    # other places selected with the county are not titles
    "同批入选的还有江苏省的昆山市、浙江省的义乌市等。",
    "同期入选还有德清县、长兴县。",
    # items without a head word that are support, praise or a batch, not titles
    "安吉县获得中央财政支持、国家部委肯定。",
    "安吉县的做法获得全国范围推广、省级部门好评。",
    # a tier without the assessment's name; a unit's or another county's tier
    "安吉县位列全省县（市、区）第一档。",
    "县财政局绩效考核位列全市第一。",
    "德清县营商环境评价位列全省第一档。",
    "全县32个单位年度考核进入全市第一方阵。",
    # an agency before the title is not a headless title
    "2020年,安吉再次入选中央农办、农业农村部部署的新一轮试点。",
    # a role in a partnership, a description of the county
    "作为全省东西部协作结对地区,安吉积极开展帮扶。",
    "安吉县是全省唯一以竹产业为支柱的工业强县。",
    # a unit's grade, units of the county
    "县财政局在全省财政管理绩效考核中获评“优秀”等次。",
    "全县32个单位在年度考核中获评优秀等次。",
    # a quoted phrase after 获得 that is support, not a title
    "安吉县获得“真金白银”支持。",
    # lists of things, not of places; an item's heritage listing
    "天荒坪抽水蓄能项目被列入省级重点项目名单。",
    "安吉县被纳入全省重点建设项目名单。",
    "安吉竹编被列入省级非物质文化遗产名录。",
    # 县委书记 is no title ending in 县
    "安吉县委书记曾作为中央党校全国县委书记研修班学员在京学习。",
    # a production area is no title (a paraphrased real passage)
    "安吉县是国家有机绿色白茶核心产区。",
    # calling cards that are no titles
    "安吉县拥有三张名片：白茶、竹海、美丽乡村。",
    "安吉县还有一批企业：安吉白茶公司、安吉竹业公司。",
    "安吉县把生态保护、绿色发展等重要工作作为重中之重。",
    # (round 12) the prefecture, by its short name, opening the sentence or as the subject
    "湖州是一座美丽的滨湖城市,拥有“国际花园城市”、“国家卫生城市”等殊荣。",
    "湖州拥有“国家园林城市”、“国家卫生城市”等殊荣。",
    # a person's title the provincial government conferred
    "省政府授予“全国劳动模范”张三“五一劳动奖章”。",
    "国家体育总局授予“全国劳动模范”张三“五一劳动奖章”。",
    # (a second reader's counter-examples, thirteenth session) the agencies confer on what the
    # sentence before was about: another county, the prefecture, a town; a title of another kind
    "青川县地处川陕甘三省结合部。2019年,四川省委、省政府授予“全省脱贫攻坚先进县”称号。",
    "湖州市是长三角中心区城市。2019年,生态环境部命名为“国家生态文明建设示范市”。",
    "安吉县孝丰镇历史悠久。2008年,建设部、国家文物局授予“中国历史文化名镇”称号。",
    # things inside the county described before the copula; the prefecture's short name opening
    "全县风景秀丽,邻近的莫干山历史悠久,是国家级风景名胜区、全国首批生态旅游示范区。",
    "全县文化底蕴深厚,吴昌硕纪念馆馆藏丰富,是全国爱国主义教育示范基地、全国重点文物保护单位。",
    "安吉县山水秀丽,境内的江南天池景区风光独特,是国家4A级旅游景区、全国滑雪旅游示范基地。",
    # persons elected; a person's card headed 头衔
    "2019年,安吉县的叶海珍当选“全国三八红旗手”。",
    "2019年,安吉籍运动员张某当选全国体育先进个人。",
    "人物名片\n姓名：叶海珍\n头衔：全国优秀共产党员、全国劳动模范\n",
    "安吉县代表队夺得全省篮球赛冠军。",
    # (a second reader's) a work or a neighbour named before the county's facts; a thing the
    # county designates (定为); a zone drawn
    "千年水利工程都江堰,位于安吉县城西,始建于秦代,是世界文化遗产、世界灌溉工程遗产。",
    "邻县长兴紧邻安吉,面积1430平方公里,是国家园林城市、全国文明城市。",
    "安吉县将每年4月定为“全民阅读月”。",
    "安吉县将全县划定为生态保护红线区和国家重点生态功能区。",
    "安吉县获“好”等次。",
    "安吉县争取到中央资金3亿元,用于国家级示范区建设。",
    # (a second reader's counter-examples, thirteenth session) persons' and families' 称号 after 获;
    # a selection of persons; a unit of the county before a line opening with its copula
    "安吉县举行表彰大会,30户家庭获“最美家庭”称号。",
    "安吉县共有15名教师获“优秀教师”称号。",
    "安吉县获“最美家庭”称号的家庭共有20户。",
    "2021年“浙江好人”评选结果揭晓,安吉县3人入选。",
    "安吉县公安局现有民警300余人。\n是全国优秀公安局、全国公安机关执法示范单位。",
    "安吉县争取到浙江省全域土地综合整治试点项目3个。",
    "湖州市有着2300多年建城史。\n是国家历史文化名城、中国优秀旅游城市。",
    "安吉县增添了新的发展动能,为国家级示范区建设奠定基础。",
])
def test_not_the_county_s_title(text):
    assert labels(text) == []


@pytest.mark.parametrize("text, level, year", [
    ("2020年获评全国第四批国家级生态文明建设示范县。", "national", 2020),
    ("2019年荣获江苏省基层卫生十强县。", "provincial", 2019),
    ("先后五年获得全市高质量发展先进县。", "prefectural", None),
    ("安吉获评省森林城市。", "provincial", None),
    ("安吉获评江苏首批省级特色小镇培育试点县。", "provincial", None),
    ("安吉获评2021年中国数字治理百佳县。", "national", 2021),
])
def test_level_and_year(text, level, year):
    [award] = received(text)
    assert (award.level, award.year) == (level, year)


def test_a_title_named_twice_is_one_award():
    text = ("安吉县被中宣部、中央文明办确定为全国新时代文明实践中心建设试点工作10个重点联系县之一。"
            "安吉被列为全国新时代文明实践中心建设重点联系县。安吉县连续4年获评全国信访工作“三无”县、"
            "连续15年获评全省信访工作“三无”县。")
    assert labels(text) == ["全国新时代文明实践中心建设试点工作10个重点联系县", "全国信访工作三无县",
                            "全省信访工作三无县"]


def test_the_overall_ranking_named_two_ways_is_one_award():
    text = ("安吉县综合实力连续多年位居全国百强县前列。安吉入选2022年度全国综合实力百强县市。"
            "安吉县获评全国数字乡村发展百强县。")
    assert labels(text) == ["全国百强县", "全国数字乡村发展百强县"]


def test_relation_points_at_the_title():
    text = "生态环境持续向好。安吉获评全国绿化先进集体。"
    doc = make_document(text, "t")
    ex = Extraction(doc, focus=ANJI, counties=[ANJI])
    awards.extract(doc, ex)
    [relation] = ex.relations
    assert doc.text[relation.start:relation.end] == "全国绿化先进集体"
    assert relation.sentence.text == "安吉获评全国绿化先进集体。"


def test_traditional_script_is_read_after_normalisation():
    assert labels("被評為全國綠化模范縣、河南省園林縣城、省級文明城市。") == [
        "全国绿化模范县", "河南省园林县城", "省级文明城市"]


def test_no_focus_no_awards():
    doc = make_document("获评全国文明城市。", "t")
    ex = Extraction(doc)
    awards.extract(doc, ex)
    assert ex.relations == []


def test_a_long_report_gives_what_its_paragraph_gives():
    """A paragraph repeated 600 times: the same two honours, once each (speed: bench/speed.py)."""
    paragraph = ("今年以来,全县上下坚持稳中求进,先后荣获全国文明城市、国家生态县等称号,群众获得感不断增强,"
                 "力争创成国家全域旅游示范区。县人民医院获评三级医院。")
    doc, ex = _prepared(paragraph * 600)
    awards.extract(doc, ex)
    assert sorted(r.object.label for r in ex.relations) == ["全国文明城市", "国家生态县"]


def _prepared(text: str):
    doc = make_document(text, "t")
    return doc, Extraction(doc, focus=ANJI, counties=[ANJI])


def test_end_to_end_with_the_focus_finder():
    from kg.extract import extract_text

    ex = extract_text("安吉县全面深化改革工作综述\n近年来,安吉县先后荣获全国文明城市、国家生态县等称号,"
                      "递铺镇获评全国重点镇。2024年,我县将成功创建国家全域旅游示范区。")
    assert ex.focus is not None and ex.focus.label == "安吉县"
    assert [r.object.label for r in ex.relations if r.predicate is Predicate.RECEIVED] == ["全国文明城市", "国家生态县"]


FEATURE = "安吉县位于浙江省西北部,近年来经济社会发展取得显著成效,各项事业全面进步,群众满意度持续提高。"


@pytest.mark.parametrize("text, expected", [
    # marked lines under a heading that names honours; a bracketed note and a headless item
    (f"{FEATURE}\n主要荣誉\n◆全国文明城市\n◆国家卫生县城（2015年）\n◆中国天然氧吧（中国气象局授予）\n{FEATURE}",
     ["全国文明城市", "国家卫生县城", "中国天然氧吧"]),
    (f"{FEATURE}\n所获荣誉\n1.国家园林县城\n2.全国科技进步先进县\n{FEATURE}", ["国家园林县城", "全国科技进步先进县"]),
    (f"{FEATURE}\n城市名片：国家园林县城、全国双拥模范县；省级文明城市\n{FEATURE}",
     ["国家园林县城", "全国双拥模范县", "省级文明城市"]),
    # unmarked lines under the heading
    (f"{FEATURE}\n所获荣誉\n国家卫生县城\n全国科技进步先进县\n{FEATURE}", ["国家卫生县城", "全国科技进步先进县"]),
    # a note with a comma in it; under a heading, a clause about the same honour after a comma
    (f"{FEATURE}\n主要荣誉\n◆ 国家卫生县城（2016年由全国爱卫会命名，2022年通过复审）\n"
     f"◆ 全国法治建设先进县，捧得“法治鼎”\n{FEATURE}", ["法治鼎", "国家卫生县城", "全国法治建设先进县"]),
    # without a heading: a run of marked lines, each a whole title with a level word
    (f"{FEATURE}\n● 国家生态文明建设示范县\n● 浙江省乡村振兴示范县\n{FEATURE}", ["国家生态文明建设示范县", "浙江省乡村振兴示范县"]),
    # lines numbered 01, 02 … (a WeChat article listing 东台市's honours of 2021)
    (f"{FEATURE}\n01 中国长寿之乡\n02 全国婚俗改革实验区\n03 全国县域旅游综合竞争力百强\n{FEATURE}",
     ["中国长寿之乡", "全国婚俗改革实验区", "全国县域旅游综合竞争力百强"]),
])
def test_honour_lists_without_verbs(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text", [
    # (round 49) a numbered list of other counties' parks
    f"{FEATURE}\n年国家现代农业产业园创建名单\n14.甘肃省定西市安定区现代农业产业园\n15.湖南省安化县现代农业产业园\n{FEATURE}",
    # aims, slogans and section headings
    f"{FEATURE}\n今年将全力争创以下称号：\n1.国家生态文明建设示范县\n2.全国农村创业创新典型县\n{FEATURE}",
    f"{FEATURE}\n(1)国家级全域旅游示范区\n{FEATURE}\n(2)全国文明城市创建\n{FEATURE}",
    f"{FEATURE}\n荣誉与使命\n★打造全国一流营商环境\n★争创国家级示范区\n{FEATURE}",
    # a unit's honours, places inside the county
    f"{FEATURE}\n县人民医院所获荣誉\n◆全国改善医疗服务示范医院\n◆省级文明单位\n{FEATURE}",
    f"{FEATURE}\n递铺镇主要荣誉：全国重点镇、国家卫生镇\n{FEATURE}",
    f"{FEATURE}\n重点项目\n◆全国农业科技园区\n◆省级高新技术产业园区\n{FEATURE}",
    # under a heading, a clause after a comma that is not about receiving the honour
    f"{FEATURE}\n主要荣誉\n◆ 全国文明城市，目前正在复审\n{FEATURE}",
    # a single marked line without a heading
    f"{FEATURE}\n◆国家生态文明建设示范县\n{FEATURE}",
    # lines that open with a count, not a number of a list
    f"{FEATURE}\n3年来全国文明城市创建成效显著\n5个省级示范区建设加快推进\n{FEATURE}",
])
def test_lists_that_are_not_honours(text):
    assert labels(text) == []


@pytest.mark.parametrize("text, expected", [
    # a ranking without a head word: its level word and field name it
    ("晋江市连续多年蝉联全省工业强县综合评价第一。", ["全省工业强县综合评价第一"]),
    ("晋江市荣获全省乡村振兴实绩考核第一名。", ["全省乡村振兴实绩考核第一名"]),
    ("2022年晋江市荣获福建省营商环境评价第一名。", ["福建省营商环境评价第一名"]),
    # a tier in a named assessment, written 在…中位列
    ("晋江市在全省数字经济发展评价中位列县（市、区）第一档。", ["全省数字经济发展评价第一档"]),
    ("晋江市在全省双招双引考核中位列第一。", ["全省双招双引考核第一"]),
    ("晋江市营商环境评价获得全省县市区第一。", ["全省营商环境评价第一"]),
    ("晋江市在全省营商环境评价中排名县（市、区）第一。", ["全省营商环境评价第一"]),
    ("改革工作在全省综合考评中位列第一等次。", ["全省综合考评第一等次"]),
    # the prefecture's yearly assessment, the county named after the comma; its result as written
    ("在泉州市2023年度高质量发展综合考核中，晋江市名列全市第一。", ["泉州市2023年度高质量发展综合考核全市第一"]),
    ("晋江市在泉州市2023年度目标绩效考评中获评一等。", ["泉州市2023年度目标绩效考评一等"]),
    ("在泉州市2023年度目标绩效考评中，晋江市获评一等。", ["泉州市2023年度目标绩效考评一等"]),
    ("晋江市连续多年位居西部百强县前三。", ["西部百强县"]),
    # a grade that names the kind of place graded: the assessment with it, not the bare grade
    ("在泉州市2023年度绩效评估中，晋江市被评为优秀县（市）。", ["泉州市2023年度绩效评估优秀县(市)"]),
    # a place in a published ranking list: the list's name after its publisher
    ("晋江市在某研究机构发布的2024年全国工业百强县排行榜中位列第4位。", ["全国工业百强县"]),
    ("晋江市在全国工业百强县中位列第4位。", ["全国工业百强县"]),
    ("在2023年中国县域经济百强中，晋江市位列第4位。", ["中国县域经济百强"]),
    ("晋江市连续三年蝉联全省高质量发展综合考核第一等次。", ["全省高质量发展综合考核第一等次"]),
    # joining a list named before, with 榜上有名 / 名列其中, even before an emoji
    ("农业农村部公布2024年全国乡村产业振兴典型县名单，晋江市（鞋服）榜上有名❗", ["全国乡村产业振兴典型县"]),
    # (a list named by the inspection its holders passed: a paraphrased real passage)
    ("今年9月，科技部公布首批创新型县(市)验收通过名单，晋江市榜上有名。", ["创新型县(市)"]),
    ("国家林草局公布国家森林康养基地名单，晋江市名列其中。", ["国家森林康养基地"]),
    # 继入选A、B之后: titles already held
    ("这是晋江市继入选国家森林城市、全国科技进步先进县之后获得的又一荣誉。",
     ["国家森林城市", "全国科技进步先进县"]),
    # 继A、B之后 without a verb, when the sentence calls the new title another of the county's
    ("这也是继国家节水型城市、全国海洋经济示范市之后，晋江市获得的又一块国字号招牌。",
     ["国家节水型城市", "全国海洋经济示范市"]),
    ("这是继国家节水型城市、全国海洋经济示范市后，我市获得的第三块国字号招牌。",
     ["国家节水型城市", "全国海洋经济示范市"]),
    # an industrial park designation
    ("晋江市成功入选国家农业绿色发展先行产业园。", ["国家农业绿色发展先行产业园"]),
])
def test_rankings_lists_and_parks(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text", [
    # statistics, and a field of places only, are no titles
    "晋江市地区生产总值增速位居全省第一。",
    "晋江市GDP增速位居福建省第一。",
    "晋江市连续三年蝉联全省农民收入增幅第一。",
    # a statistic placed among a group of places
    "晋江市财政收入位居全省沿海县第一。",
    "晋江市农民收入连续三年位居全省海岛县第一。",
    "晋江市农村居民人均可支配收入位居全省县（市、区）第一。",
    # an assessment without a name; another county's or a town's ranking
    "晋江市在全市考核中位列第一。",
    "晋江市在全市考核中获第一。",
    "晋江市农民收入增幅排名全省第一。",
    "这也是继国家节水型城市、全国海洋经济示范市之后，石狮市获得的又一块国字号招牌。",
    "继国家节水型城市之后，晋江市将继续争创全国海洋经济示范市。",
    "在泉州市2023年度高质量发展综合考核中，石狮市名列全市第一。",
    "在泉州市2023年度目标绩效考评中，陈埭镇获评一等。",
    "晋江市在全省安全生产考核中获评优秀单位3个。",
    "石狮市蝉联全省县域经济综合实力第一。",
    "晋江市陈埭镇在全国千强镇排行榜中位列第3位。",
    "在2023年全国百强县排行榜中，昆山市位列第一。",
    # a ranking that is not a list name, an aim; a field of places only
    "晋江市在全省县域经济发展排名中位列前列。",
    "晋江市营商环境评价在全省县(市)中排名第11位。",
    # the others who entered the same list
    "同期入选全国农村创业创新典型县的还有江苏省江阴市、湖北省大冶市。",
    # a link to another article
    "近年来成效明显。\n下一篇：我市荣获全国文明城市称号",
    "晋江市力争进入全省县域经济综合实力第一方阵。",
    # money for the work of a title, not the title
    "晋江市获得省级现代农业产业园建设资金5000万元。",
    # another county joined the list
    "农业农村部公布全国乡村产业振兴典型县名单，石狮市榜上有名。",
])
def test_not_rankings_or_lists_of_the_county(text):
    assert labels(text, JINJIANG) == []


@pytest.mark.parametrize("text, expected", [
    # an agency lets the county build a pilot zone: the zone is the county's designation
    ("福建省委、省政府支持晋江市建设福建省民营经济综合改革试验区。", ["福建省民营经济综合改革试验区"]),
    ("国务院批复同意晋江市设立国家级数字乡村试验区。", ["国家级数字乡村试验区"]),
    # an agency approved a zone that carries the county's name, or that the county set up
    ("国务院批准设立福建晋江民营经济示范区。", ["福建晋江民营经济示范区"]),
    ("经国务院批准，晋江市设立国家民营经济试验区。", ["国家民营经济试验区"]),
    ("经国务院批准设立的晋江民营经济示范区，是全国首个县域示范区。", ["晋江民营经济示范区"]),
    ("2023年晋江市获国务院批准设立晋江民营经济示范区。", ["晋江民营经济示范区"]),
    ("晋江市获国家发展改革委批复设立国家级民营经济先行区。", ["国家级民营经济先行区"]),
])
def test_zones_an_agency_lets_the_county_build(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text", [
    # an aim, another place, a zone without a level word, something that is not a zone
    "晋江市积极争取省委、省政府支持晋江市建设省级民营经济试验区。",
    "省委、省政府支持泉州市建设国家级民营经济试验区。",
    "省委、省政府支持晋江市建设民营经济试验区。",
    "省委、省政府支持晋江市建设产业园区。",
    # an approved zone of another place, or one still sought
    "国务院批准设立福建石狮海洋经济示范区。",
    "晋江市积极争取国务院批准设立晋江民营经济示范区。",
    # support from someone who is not an agency
    "龙头企业支持晋江市建设省级民营经济试验区。",
])
def test_not_zones_an_agency_lets_the_county_build(text):
    assert labels(text, JINJIANG) == []


@pytest.mark.parametrize("text, expected", [
    # a commendation names the work praised, with its 、, and ends with the kind of place praised
    ("晋江市被国务院办公厅通报表扬为2024年度推动制造业升级、促进民营经济发展成效明显的县（市、区）。",
     ["推动制造业升级、促进民营经济发展成效明显的县(市、区)"]),  # brackets normalised
    ("晋江市被评为2021年度财政管理工作成效明显地方。",
     ["财政管理工作成效明显地方"]),
    # a commendation's 奖励 after it (a paraphrased real passage)
    ("2020年，晋江市“双创”工作受到国务院落实重大政策措施督查激励奖励。", ["国务院落实重大政策措施督查激励"]),
])
def test_commendations(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text", [
    "晋江市力争被评为全省乡村振兴工作成效明显的县。",
    "石狮市被评为全省乡村振兴工作成效明显的县。",
])
def test_not_commendations_of_the_county(text):
    assert labels(text, JINJIANG) == []


@pytest.mark.parametrize("text, expected", [
    # 获A命名为 / 经A批准为: the agencies after 获 or 经 are the agent, not a unit of the county
    ("晋江市获生态环境部命名为第五批“生态文明”建设示范市。",
     ["生态文明建设示范市"]),  # 第五批 is the batch
    ("晋江市获住房城乡建设部、国家文物局联合命名为全国文物保护示范城市。", ["全国文物保护示范城市"]),
    ("晋江市经国务院批准为国家级风景名胜城市。", ["国家级风景名胜城市"]),
])
def test_agent_after_huo_or_jing(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text", [
    # 经 in 经济, 局 of the county's bureau: units still
    "晋江市经济开发区获评国家级生态工业示范园区。",
    "晋江市财政局获评全国财政系统先进集体。",
])
def test_units_before_huo_or_jing(text):
    assert labels(text, JINJIANG) == []


def test_a_title_that_reads_like_a_former_county_name():
    # a province and a county's former name (renamed since) make no listed place; current names do
    assert not awards._is_place_name("福建省永安县")
    assert awards._is_place_name("福建省永安市")


@pytest.mark.parametrize("text, expected", [
    # the agency keeping the list before a batch or level word is not part of the title
    ("晋江市入选中央文明委第七届全国文明城市提名城市名单。", ["第七届全国文明城市提名城市"]),
    ("晋江市入选农业农村部2023年全国乡村治理示范县名单。", ["全国乡村治理示范县"]),  # 2023 is the year
    # …but stays when the title itself names it
    ("晋江市被确定为“财政部扶持村级集体经济发展试点县”。", ["财政部扶持村级集体经济发展试点县"]),
])
def test_the_agency_before_a_listed_title(text, expected):
    assert labels(text, JINJIANG) == expected


def test_a_craft_of_the_county_on_a_heritage_list_is_not_the_county_s_title():
    assert labels("晋江市的传统制陶技艺入选联合国教科文组织人类非物质文化遗产代表作名录。", JINJIANG) == []


@pytest.mark.parametrize("text, expected", [
    # the place the county lies in is the subject
    ("晋江市所在的泉州市获评全国文明城市。", []),
    # a count of titles, not a title
    ("晋江市获评省级示范县的数量居全市第一。", []),
    # a joint designation with another county is the county's too
    ("晋江市与石狮市共同入选全国县域数字农业农村发展先进县。", ["全国县域数字农业农村发展先进县"]),
    # a paragraph about the partner: its clauses without a subject are the partner's (an article
    # on 郧西县 and 翔安区, 2023)
    ("晋江市先后获“国家生态文明建设示范区”称号。\n石狮市是闻名遐迩的历史名邑。建区20年来，石狮蜕变为发展速度快的城市，"
     "入围“2022年中国工业百强县”，获评“全国高质量发展城市”。\n两地正处于战略机遇期。", ["国家生态文明建设示范区"]),
    # … unless the county is named again
    ("石狮市是历史名邑。晋江市入围“2022年中国工业百强县”。", ["中国工业百强县"]),
])
def test_whose_title_when_other_places_are_named(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a designation named …示范 (without a place word after it)
    ("晋江市被国家发展改革委列为全国智慧城市建设示范。", ["全国智慧城市建设示范"]),
    # a long run of agencies after 获 is the agent
    ("晋江市获中宣部、教育部、民政部、退役军人事务部、文化和旅游部命名为全国爱国主义教育示范城市。",
     ["全国爱国主义教育示范城市"]),
    # a streak after a title belongs to it, and the enumeration goes on after it
    ("晋江市先后获得全国科技进步先进县（市）“四连冠”、全国首批电子商务示范县（市）等荣誉。",
     ["全国科技进步先进县(市)四连冠", "全国电子商务示范县(市)"]),  # 首批 is the batch
    # a level word and a head word alone name no title
    ("晋江市入选全国示范。", []),
    ("晋江市获批国家级示范区。", []),
])
def test_designations_and_bare_heads(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # 上榜 / 荣登 with the list after them
    ("晋江市上榜2023年全国县域经济百强。", ["全国县域经济百强"]),  # 2023 is the year
    # 喜提 / 再获 in headlines and features
    ("晋江市喜提“国家生态园林城市”金字招牌。", ["国家生态园林城市"]),
    ("晋江市再获殊荣。", []),
    # a count of people after a title: the county's people received it
    ("晋江市获评“最美基层干部”3人。", []),
    # an expectation is no result
    ("晋江市预计获评国家园林城市。", []),
    ("晋江市荣登2023年中国县域旅游竞争力百强县榜单。", ["中国县域旅游竞争力百强县"]),
    ("晋江市荣居2020年“中国最具安全感”百佳县榜单。", ["中国最具安全感百佳县"]),  # an article about 镇坪县
    # a top-ten place in a named assessment; a lower place is no honour
    ("晋江市在2023年度全省县域高质量发展评价中位列第3位。", ["全省县域高质量发展评价第3位"]),
    ("晋江市在2023年度全省县域高质量发展评价中位列第13位。", []),
    # a unit of the county on a list; a candidate has not received the title yet
    ("晋江市企业上榜中国制造业企业500强。", []),
    ("晋江市被列入全省改革突破奖候选名单。", []),
])
def test_lists_climbed_and_places_reached(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, level", [
    # a title without a level word takes the level of the agency that conferred it
    ("晋江市被省政府列为共同富裕试点县。", "provincial"),
    ("晋江市被生态环境部命名为第二批“绿水青山就是金山银山”实践创新基地。", "national"),
    ("晋江市获评平安建设先进县。", None),
])
def test_level_from_the_conferring_agency(text, level):
    [award] = received(text, JINJIANG)
    assert award.level == level


@pytest.mark.parametrize("text, expected", [
    # the agencies that conferred a title, before it with 颁发的 / 授予的, are not part of it
    ("晋江市荣获由国务院颁发的“全国绿化先进集体”称号。", ["全国绿化先进集体"]),
    ("晋江市获得省委、省政府联合授予的“福建省美丽乡村示范县”称号。", ["福建省美丽乡村示范县"]),
    # a quoted trophy of three characters; an unquoted or non-trophy one is too vague
    ("晋江市捧得“清廉鼎”。", ["清廉鼎"]),
    ("晋江市获得“一等奖”。", []),
])
def test_conferrers_and_trophies(text, expected):
    assert labels(text, JINJIANG) == expected


def test_a_trophy_named_again_is_the_same_award():
    text = "晋江市被省委政法委授予全省法治建设最高奖“法治杯”。晋江市再次捧得“法治杯”。"
    assert len(labels(text, JINJIANG)) == 1


@pytest.mark.parametrize("text, expected", [
    # 东西部 is no department (部) of the county
    ("晋江市东西部协作工作在国家考核中获评“优秀”等次。", ["国家考核优秀等次"]),
    # a designation of need, like a poor county, is no honour
    ("晋江市被省政府确定为省级重点帮扶县。", []),
])
def test_cooperation_ratings_and_designations_of_need(text, expected):
    assert labels(text, JINJIANG) == expected


# Shapes seen on real work reports (wording invented): a title kept, and a title whose
# acceptance inspection was passed, are titles the county holds.
@pytest.mark.parametrize("text, expected", [
    ("安吉县继续保持“全国粮食生产先进县”称号。", ["全国粮食生产先进县"]),
    ("安吉县持续保持全国文化先进县称号。", ["全国文化先进县"]),
    ("安吉县省级食品安全示范县验收通过。", ["省级食品安全示范县"]),
    ("安吉县顺利通过国家园林县城复检验收。", ["国家园林县城"]),
    ("安吉县保持经济平稳增长，水土保持示范园建设加快。", []),
])
def test_titles_kept_or_passed_on_inspection(text, expected):
    assert labels(text) == expected


# The ceremony of a title's plaque, held by the county or in it, is the county's title; one held
# by another place, or for many holders, is not (round 39).
@pytest.mark.parametrize("text, expected", [
    ("安吉县在杭州举行“中国长寿之乡”的授牌仪式。", ["中国长寿之乡"]),
    ("3月5日，在安吉县举行“全国民族团结进步示范县”授牌仪式。", ["全国民族团结进步示范县"]),
    ("日前，安吉县举行国家生态文明建设示范县授牌仪式，省生态环境厅领导出席。", ["国家生态文明建设示范县"]),
    ("9月18日,“2015中国最美丽县”和“2015中国避暑休闲百佳县”授牌仪式在安吉县天荒坪镇广场举行。",
     ["2015中国最美丽县", "2015中国避暑休闲百佳县"]),
    ("湖州市举行“国家森林城市”授牌仪式。", []),
    ("“浙江省森林城镇”授牌仪式在安吉县举行,全省50个乡镇获授牌。", []),
    ("安吉县举行“国家级绿色工厂”授牌仪式。", []),
    ("会议举行了全国46家示范县(区)命名表彰授牌仪式。", []),
])
def test_a_ceremony_of_the_title_s_plaque(text, expected):
    assert labels(text) == expected


# (round 40) an assessment passed with 的 before it; 加冕 a title
@pytest.mark.parametrize("text, expected", [
    ("安吉县顺利通过“千年古县”的评定验收。", ["千年古县"]),
    ("这是安吉县在去年5月份成功加冕“中国书法之乡”后,获得的又一张文化名片。", ["中国书法之乡"]),
    # a former agency that named the title is no part of it
    ("安吉县是原国家林业局命名的“全国林改典型县”之一。", ["全国林改典型县"]),
    # what a title is called names none
    ("在文明创建的征程中,安吉县再获全国性“金字招牌”。", []),
    # a place in a scope, or in a ranking of a fact, is no title (round 41)
    ("安吉县全县用户达到10万人,位居湖州全市第一。", []),
    ("安吉县人口数量为47.12万,位列浙江省各县市区人口数量排行榜第63位。", []),
    ("安吉县综合考评位居全市优秀等次。", []),
    ("2022年,安吉县综合排名入列全省前十县(市、区)。", []),
    ("安吉县跨入地区生产总值千亿级城市行列。", []),
    ("近日,安吉县新一批绿色蔬菜进入北京超市。", []),
    ("安吉县是国家农产品质量安全县。", ["国家农产品质量安全县"]),
    ("2012年2月,安吉县与青川县确定为对口帮扶挂钩单位。", []),
    # an honour word, then examples of the county's honours (not another place's)
    ("安吉县城市荣誉也是多的数不过来,比如说西部十强,国家卫生县城、全国文明县城、全国生态文明先进县等等。",
     ["国家卫生县城", "全国文明县城", "全国生态文明先进县"]),
    ("德清县的荣誉数不过来,比如说国家卫生城市、全国文明城市等等。", []),
    ("湖州市近年来获得多项荣誉,例如全国文明城市、国家森林城市。", []),
    ("浙江省湖州市安吉县近年来获得多项荣誉称号,例如国家生态县、全国文明县城。", ["国家生态县", "全国文明县城"]),
    ("安吉县荣获2019年度“中国天然氧吧”称号。", ["中国天然氧吧"]),
    ("安吉县是全国有名的天然氧吧。", []),
    # an aim after 作为 is no title
    ("作为致力于建设中央创新区、幸福新安吉的新晋主城区,安吉正以全新姿态发展。", []),
    # the county's superiors before its name are no title
    ("作为一家有着八十年历史的国有林场,浙江湖州安吉县云乐林场如今是远近闻名的养生观光园。", []),
    # what the county gathers in one, after a word of rank, is no title (round 43)
    ("安吉县是浙江省唯一集革命老区、滨江地区、湖区、生态功能区“四区”于一体的县份。", []),
    # titles the county built up, closed by 县域品牌; 通过了 and a title with kinds in brackets
    ("与此同时,安吉县还打造出了中国长寿之乡、中国老年人宜居城市、省级园林县城等多张县域品牌。",
     ["中国长寿之乡", "中国老年人宜居城市", "省级园林县城"]),
    ("安吉县拥有安吉白茶、安吉竹笋等多个城市品牌。", []),
    ("安吉县顺利通过了国家生态市(县、区)考核验收。", ["国家生态市(县、区)"]),
    # (a fourth second reader) not an aim after the count, nor the prefecture after 所在的 or
    # named after a time phrase
    ("安吉县先后荣获全国文明县城等国家级荣誉9项,正在争创全国文明城市、国家园林城市等国家级荣誉。", ["全国文明县城"]),
    ("安吉县所在的湖州市是浙江省辖市,更是全国文明城市。", []),
    ("近年来,湖州市先后获得多项荣誉,例如全国文明城市、国家森林城市。", []),
    # a second list after the first one's count, closed by its own honour words
    ("安吉县先后荣获全国民族团结进步示范区、国家健康区等国家级荣誉9项,省文明县城、省质量强县等省级荣誉12项。",
     ["全国民族团结进步示范区", "国家健康区", "省文明县城", "省质量强县"]),
    # 更是 after a first copula clause
    ("安吉县是浙江省重要的竹产区,更是全国粮食生产先进县和国家商品粮基地县。", ["全国粮食生产先进县", "国家商品粮基地县"]),
    # closing words with their own 、 and a count after them (round 45)
    ("安吉县获得全国“平安农机”示范县、全省“平安渔业”示范县等国家级、省级荣誉11个。",
     ["全国平安农机示范县", "全省平安渔业示范县"]),
    # 氧吧 heads a title (中国天然氧吧, the meteorological service's)
    ("安吉县先后获评国家森林城市、中国天然氧吧,成为全国首批深化气候适应型城市建设试点。",
     ["国家森林城市", "中国天然氧吧", "全国深化气候适应型城市建设试点"]),
    # after a strong verb, an item of another shape is passed over when titles with level words follow
    ("安吉县先后获评国家进口贸易促进创新示范区、首批向海经济发展示范园区、浙江县域经济高质量发展进步县。",
     ["国家进口贸易促进创新示范区", "浙江县域经济高质量发展进步县"]),
])
def test_an_assessment_passed_and_a_title_crowned(text, expected):
    assert labels(text) == expected


def test_a_title_won_before_is_held_in_a_clause_that_builds_on_it():
    assert labels("在成功创建省级园林县城的基础上，安吉县继续提升城市品质。") == ["省级园林县城"]


def test_a_work_reports_plan_part_names_aims_not_titles():
    from kg.extract import extract_text

    report = ("安吉县2024年政府工作报告\n一、2023年工作回顾\n安吉县荣获全国文明城市称号。\n"
              "二、2024年目标任务\n成功创建国家园林县城。巩固省级卫生县城创建成果，继续保持“全国双拥模范县”称号。")
    titles = {r.object.label for r in extract_text(report).relations if r.predicate.value == "received"}
    assert titles == {"全国文明城市", "全国双拥模范县", "省级卫生县城"}  # 巩固, 保持: held already


@pytest.mark.parametrize("text", [
    "安吉县将老旧小区纳入“智慧停车”管理范畴。",   # a scheme things are put under
    "安吉县把2026年确定为“园区建设冲刺年”。",     # a theme year
])
def test_a_scheme_or_a_theme_year_is_no_title(text):
    assert labels(text) == []


@pytest.mark.parametrize("written, title, batch", [
    ("2021-2025年度第二批全国科普示范县", "全国科普示范县", "第二批"),
    ("全国第四批国家级生态文明建设示范县", "国家级生态文明建设示范县", "第四批"),
    ("首批国家农业绿色发展先行区", "国家农业绿色发展先行区", "首批"),
    ("国家卫生县城", "国家卫生县城", None),
])
def test_one_title_whatever_batch_and_years_the_text_adds(written, title, batch):
    from kg.extract.awards import one_title

    assert one_title(written) == (title, batch)


def test_an_awards_batch_is_an_attribute_and_the_written_form_an_alias():
    from kg.extract import extract_text

    ex = extract_text("安吉县工作动态\n安吉县入选全国第四批国家级生态文明建设示范县。")
    (award,) = [r.object for r in ex.relations if r.predicate.value == "received"]
    assert (award.label, award.batch) == ("国家级生态文明建设示范县", "第四批")
    assert "全国第四批国家级生态文明建设示范县" in award.aliases


@pytest.mark.parametrize("text", [
    "徐水县政府工作报告\n科技部授予我县“全国科技进步先进县”荣誉称号。",   # a district's report from its county years
    "徐水县政府工作报告\n科技部授予徐水县“全国科技进步先进县”荣誉称号。",  # its former name in full
])
def test_a_county_turned_district_is_named_as_it_was(text):
    from kg.extract import extract_text

    ex = extract_text(text)
    assert ex.focus.label == "保定市徐水区" and "徐水县" in ex.focus.aliases
    assert [r.object.label for r in ex.relations if r.predicate.value == "received"] == ["全国科技进步先进县"]


def test_several_titles_inspected_at_once_are_each_passed():
    assert labels("安吉县顺利通过省级教育综合督导、省级卫生县城、省级园林县城三个评估验收。") == \
        ["省级卫生县城", "省级园林县城"]


def test_a_title_used_as_a_calling_card_is_held():
    assert labels("安吉县继续用好“全国生态文化之乡”这张名片。") == ["全国生态文化之乡"]


@pytest.mark.parametrize("text, expected", [
    # a named assessment and the county's place in it, without a verb: a ranking it received
    ("安吉县重点项目建设综合评价全市第二，县城面貌明显改善。", ["全市重点项目建设综合评价第二"]),
    ("2019年第三方综合评估全省第一。", ["全省第三方综合评估第一"]),
    # a statistic's place is no ranking, nor is a second place without an assessment
    ("农民收入增速全市第二，城乡差距缩小。", []),
    ("县城建设全市第二。", []),
])
def test_assessment_place_without_verb(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what the county is one of must itself be a title (sentences of an article about 岳西县, 2014,
    # and a work report of 泰宁县, 2020)
    ("晋江市作为福建省闽江流域县份之一通过论证复核。", []),
    ("晋江市作为全省2个县(区)代表之一，在全省教育大会上作典型发言。", []),
    ("晋江市作为我省闽江流域县份申报第一批国家生态文明先行示范区。", []),
    ("晋江市作为全国综合实力百强县之一，经济总量持续攀升。", ["全国综合实力百强县"]),
])
def test_one_of_what(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # items of an enumeration share the pilot head of the last (a work report of 泰宁县, 2020)
    ("晋江市列入全国森林康养基地、新时代文明实践中心、妇幼保健机构体制机制创新试点县。",
     ["全国森林康养基地", "新时代文明实践中心试点县", "妇幼保健机构体制机制创新试点县"]),
])
def test_a_shared_pilot_head(text, expected):
    assert labels(text, JINJIANG) == expected


def test_an_agency_before_a_pilot_does_not_share_its_head():
    assert "中央农办试点" not in labels("晋江市入选中央农办、农业农村部部署的新一轮全国农村宅基地制度改革试点。", JINJIANG)


@pytest.mark.parametrize("text, expected", [
    # a clause of titles and an ellipsis lists the county's honours (an article about 资溪县, 2021)
    ("国家生态文明建设示范县、全国森林旅游示范县、首批国家全域旅游示范区……这座小城是“名牌大户”。",
     ["国家生态文明建设示范县", "全国森林旅游示范县", "国家全域旅游示范区"]),
    # … not places inside it, nor two titles only
    ("马头山国家级自然保护区、清凉山国家级森林公园、九龙湖国家级湿地公园……", []),
    ("国家生态文明建设示范县、全国森林旅游示范县……", []),
    # most, not all, items with a level word (an article about 故城县, 2023)
    ("全国村庄清洁行动先进县、农业产业化创新先行县、全省人居环境奖、省级园林县城……近年来，安吉县持续推进整治。",
     ["全国村庄清洁行动先进县", "农业产业化创新先行县", "全省人居环境奖", "省级园林县城"]),
])
def test_titles_before_an_ellipsis(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # selected for pilots named by a list (an article about 庆元县, 2024)
    ("2023年,该县入选全国森林可持续经营、国有林场改革等省部级试点4个。",
     ["全国森林可持续经营省部级试点", "国有林场改革省部级试点"]),
    # an effort word before the first item goes, a level word of the item stays
    ("安吉县深入推进城乡融合、全域土地综合整治等省级试点。", ["城乡融合省级试点", "全域土地综合整治省级试点"]),
])
def test_pilots_selected_for_or_carried_out(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 是 opening a clause of the sentence the county opened (an article about 武冈市, 2025)
    ("晋江市地处泉州南部，被称为“中国鞋都”，是“全国农村创新创业典型县”、福建第一批“乡村振兴示范县”。",
     ["全国农村创新创业典型县", "福建乡村振兴示范县"]),
    # … not when another place opened it, nor a description that ends in 之一
    ("石狮市地处泉州南部，是全国文明城市。", []),
    ("晋江市地处泉州南部，总人口4.3万人，是福建省人口最少的县之一。", []),
    # a demonstration project is a designation (an article about 福海县)
    ("晋江市被中央依法治国办确定为第二批全国法治政府建设单项示范项目。", ["全国法治政府建设单项示范项目"]),
])
def test_titles_of_a_county_described(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a headless title inside a copula's list does not end it (an article about 武平县)
    ("晋江市是全国绿化模范县、国家园林县城、中国天然氧吧、福建省“县域经济发展十佳县”。",
     ["全国绿化模范县", "国家园林县城", "中国天然氧吧", "福建省县域经济发展十佳县"]),
    # a kind of county is no title
    ("晋江市是“民族直过区”，是全国唯一的拉祜族自治县。", []),
    # a published list of units creating a title: the county is one of its creating units
    ("日前，国家旅游局公布第二批创建“国家全域旅游示范区”名单，晋江市成功入选。", ["国家全域旅游示范区创建单位"]),
])
def test_lists_of_a_county_s_kinds_and_titles(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # titles a comma separates, the last called 称号 (an article about 伊金霍洛旗)
    ("晋江市还被评为全国绿化先进单位，首届中国十佳绿化城市，国家园林县城，全国科技进步先进县称号。",
     ["全国绿化先进单位", "首届中国十佳绿化城市", "国家园林县城", "全国科技进步先进县"]),
    # … not a clause that goes on after a comma with something else
    ("晋江市被评为全国绿化先进单位，全市造林面积达到3万亩。", ["全国绿化先进单位"]),
    # 的殊荣 after the last title; a count of honours is none of them
    ("晋江市荣获全国县域高质量发展十大示范县、中国全面小康十大示范县的殊荣。",
     ["全国县域高质量发展十大示范县", "中国全面小康十大示范县"]),
    ("晋江市被福建省授予90多项先进单位、先进个人荣誉称号。", []),
    # the honours of a list counted after it (an article about 夏县); level words alone are no title
    ("晋江市荣获国家和省市荣誉112项，获批全域旅游示范区、食品安全示范县两块省级“金字招牌”。",
     ["全域旅游示范区", "食品安全示范县"]),
    # 拥有 only with a list closed by an honour word; an item without a title's shape is passed over
    ("晋江市拥有文献名邦、国家历史文化名城、中国民间扎染艺术之乡等多项殊荣。",
     ["国家历史文化名城", "中国民间扎染艺术之乡"]),
    ("晋江市拥有国家级龙头企业3家、省级示范合作社12家。", []),
    # a title the county holds: 巩固…地位 (a work report about 咸丰县)
    ("晋江市巩固全国生猪调出大县地位，全年出栏生猪50万头以上。", ["全国生猪调出大县"]),
])
def test_lists_of_honours_seen_on_pages(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # things placed in the county, listed as the subject of 落户, are no titles (an article about 舟曲县)
    ("全国首座法院民族法制文化陈列馆、“中国·散文诗创作基地”落户晋江市。", []),
    ("国家级全域旅游示范区成功获批。", ["国家级全域旅游示范区"]),
    # the county first in a list an agency published (an article about 安丘市)
    ("今年1月，国家质检总局公布了全国首批25个出口食品农产品质量安全典型示范区名单，晋江市位列第一。",
     ["全国25个出口食品农产品质量安全典型示范区"]),
])
def test_subjects_and_lists_seen_on_pages_round8(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a paragraph that opens with the county goes on with it: 曾是A，现为B、C (an article about 龙里县)
    ("晋江市位于泉州南部。全市总面积649平方公里。曾是中组部发展党员工作重点联系县，"
     "现为全国重点村分类管理试点县、全国新时代文明实践中心建设重点联系县。",
     ["中组部发展党员工作重点联系县", "全国重点村分类管理试点县", "全国新时代文明实践中心建设重点联系县"]),
    # … not a paragraph that opens with something else
    ("这座古城位于泉州南部。曾是全国历史文化名城。", []),
    # a topic before the county (an article about 梁平区)
    ("乡村建设方面，晋江市实现农村饮水安全全覆盖，是全国首批村庄清洁行动先进县，3个村被评为美丽乡村。",
     ["全国村庄清洁行动先进县"]),
    # items without a head share the ranking head of the last (an article about 章贡区)
    ("晋江市成功上榜全国科技创新、投资潜力、绿色发展和旅游综合实力百强县。",  # (the level word shared)
     ["全国科技创新百强县", "全国投资潜力百强县", "全国绿色发展百强县", "全国旅游综合实力百强县"]),
    # an ellipsis ends a title (an article about 天长市)
    ("晋江市入围2018年度全国县级市小康排名100强……近年来，晋江市发展迅速。", ["全国县级市小康排名100强"]),
    # a world title and a national one are two titles (an article about 乐业县)
    ("学会授予晋江市“中国长寿之乡”称号。组委会曾授予晋江市“世界长寿之乡”称号。", ["中国长寿之乡", "世界长寿之乡"]),
    # what kind of place the county is, no title
    ("晋江市是福建泉州市辖区。", []),
])
def test_titles_seen_on_pages_round9(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a list published after it is named, the county among the subject (an article about 梁平区)
    ("近日，2022年国家乡村振兴示范县创建名单公布，包括晋江在内的4个县市成功入选。", ["国家乡村振兴示范县创建单位"]),
    # … the list in the sentence before, in the same paragraph
    ("近日，2022年国家乡村振兴示范县创建名单公布，共有100个单位入选。全省共有包括晋江在内的4个县市成功入选。",
     ["国家乡村振兴示范县创建单位"]),
    # a paragraph opened by a topic and 全市: a sentence opening with 是 goes on with it …
    ("产业发展方面，全市现有粮食种植面积100万亩。是全国主要农作物生产全程机械化示范区。",
     ["全国主要农作物生产全程机械化示范区"]),
    # … but a 是 inside a sentence has the subject of its own clause, not the paragraph's
    ("晋江市历史悠久，文化底蕴深厚。清西陵始建于1730年，是世界文化遗产。", []),
    ("燕下都遗址位于晋江市，是全国重点文物保护单位。", []),
])
def test_lists_and_paragraphs_seen_on_pages_round9(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a commendation by agencies ending its clause (articles about 辽阳县, 东台市, 长宁区)
    ("2021年6月，晋江市荣获省政府通报表扬。", ["省政府通报表扬"]),
    ("晋江市连续4次受到省政府财政增收表彰。", ["省政府财政增收表彰"]),
    # praise of a practice is no title
    ("晋江模式获中国人民银行总行充分肯定。", []),
    ("晋江市的做法受到群众广泛表扬。", []),
])
def test_commendations_ending_their_clause(text, expected):
    assert labels(text, JINJIANG) == expected


def test_a_list_published_with_de_before_its_name():
    # an article about 连南瑶族自治县: 在…公示的…名单上，X榜上有名
    assert labels("在去年10月公示的第四批国家生态文明建设示范市县名单上，晋江榜上有名。", JINJIANG) == [
        "国家生态文明建设示范市县"]


@pytest.mark.parametrize("text, expected", [
    # a first clause that is the county, described; the next sentence without a subject goes on
    # with it (an article about 洞口县)
    ("“生态之乡”的晋江，是全国生态文明示范县，森林覆盖率达60%；是“全国绿化模范县”“全国森林旅游示范县”，境内风景秀丽。",
     ["全国生态文明示范县", "全国绿化模范县", "全国森林旅游示范县"]),
    ("“生态之乡”的泉州湾，是全国生态文明示范区。", []),
    # a grade in a named assessment with its level (an article about 宁陕县); a bare grade is none
    ("晋江市三次获评全省脱贫攻坚成效综合评价“好”等次。", ["全省脱贫攻坚成效综合评价好等次"]),
    ("晋江市水生态环境质量获评优秀等次。", []),
])
def test_copulas_and_grades_seen_on_pages_round10(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # what is unique is said, not a title named (an article about 进贤县)
    ("晋江市作为全省唯一县区，入选国家级水产健康养殖和生态养殖示范区。", ["国家级水产健康养殖和生态养殖示范区"]),
    # a headline joined to the breadcrumbs above it holds no title with 祝贺 or 成为 inside
    ("本地 > 第二批国家农业绿色发展先行区热烈祝贺晋江市正式成为第二批国家农业绿色发展先行区",
     ["国家农业绿色发展先行区"]),
])
def test_descriptions_and_headlines_seen_on_pages_round12(text, expected):
    assert labels(text, JINJIANG) == expected


def test_a_copula_inside_a_title_does_not_end_the_list():
    # an article about 右玉县: 绿水青山就是金山银山 inside one of the titles
    assert labels("晋江市先后获得全国绿化模范县、全国绿水青山就是金山银山实践创新基地、国家生态文明建设示范县等荣誉称号。",
                  JINJIANG) == ["全国绿化模范县", "全国绿水青山就是金山银山实践创新基地", "国家生态文明建设示范县"]


@pytest.mark.parametrize("text, expected", [
    # a model autonomous county is a title (an article about 前郭尔罗斯蒙古族自治县)
    ("自治县成立以来，晋江市多次被国务院授予民族团结进步模范自治县。", ["民族团结进步模范自治县"]),
    # an international title needs no national level word after 成为; a description with 的 is none
    ("晋江市已经发展成为“吉林省综合经济实力强县”、“国际绿色产业示范区”。", ["吉林省综合经济实力强县", "国际绿色产业示范区"]),
    ("晋江市是世界著名的水晶之都。", []),
])
def test_model_and_international_titles(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # 先进典型 is a title's head (an article about 蕉岭县); a title passes its yearly re-check
    ("晋江市获评全国新时代“枫桥经验”先进典型。", ["全国新时代枫桥经验先进典型"]),
    ("晋江市强化各类创建，全国文明城市通过年度复检。", ["全国文明城市"]),
])
def test_models_and_rechecks_seen_on_pages(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # found by a second reader: a last item with its own level word shares no ranking head; a count
    # in a title's name is no count of honours
    ("晋江市荣获全国平安建设先进、全国综合实力百强县。", ["全国平安建设先进", "全国综合实力百强县"]),
    ("晋江市荣获“五个一工程”奖。", ["五个一工程奖"]),
])
def test_what_a_second_reader_found_in_titles(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a copula's list goes on over commas while each clause is a title with its level word (articles
    # about 芷江侗族自治县 and 西平县); a clause that is not a title ends it
    ("晋江市是国家卫生县城,中国第二个“国际和平城市”, 福建省文明县城、福建省全域旅游示范县。",
     ["国家卫生县城", "国际和平城市", "福建省文明县城", "福建省全域旅游示范县"]),
    ("晋江市是全国绿化模范县,全国粮食生产先进县,森林覆盖率达60%。", ["全国绿化模范县", "全国粮食生产先进县"]),
    ("晋江市被列为全国农村集体经营性建设用地入市试点，金井镇敲响福建省集体经营性建设用地入市“第一槌”。",
     ["全国农村集体经营性建设用地入市试点"]),
    # an ordinal before a quoted title says where the county stands among its holders
    ("晋江市获认定为全国首个“信用县”、“全国农村信用体系建设示范区”。", ["全国首个信用县", "全国农村信用体系建设示范区"]),
])
def test_lists_over_commas_seen_on_pages_round14(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence of the county's facts goes on with the county; its copula's items that are no
    # titles are passed over, and 之乡 after 中国…之乡 shares its level (an article about 嘉祥县)
    ("晋江市位于福建省东南部。现辖6个街道,总面积649平方公里,是宗圣故里、中国石雕之乡、唢呐之乡、鲁锦之乡。",
     ["中国石雕之乡", "唢呐之乡", "鲁锦之乡"]),
    ("晋江市位于福建省东南部。现辖6个街道,是宗圣故里、唢呐之乡。", []),
    # a vision the county is to be made into holds no titles
    ("把晋江打造成为全国的现代农业展示区、生态宜居宜业区、乡村治理示范区。", []),
])
def test_copulas_of_county_facts_seen_on_pages_round15(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted title that opens with the county's name and a dot is the county's, whoever is
    # the sentence's subject (an article about 城口县)
    ("这是2013年中国气象学会授予“晋江·中国生态气候明珠”称号时的报告词。", ["中国生态气候明珠"]),
    ("这是2013年中国气象学会授予“泉州·中国生态气候明珠”称号时的报告词。", []),
    # 入列 as 列入 (an article about 彰武县)
    ("晋江市以入列“全国‘三北’防护林建设重点县”为契机，大力开展植树造林。", ["全国三北防护林建设重点县"]),
])
def test_titles_named_with_the_county_seen_on_pages_round15(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a province inside a title taken before is no other place; a title without a level word has its
    # conferrer's (an article about 赵县)
    ("晋江市位于东南沿海,是全国第一批对外开放县和福建省第一个全方位对外开放县,是农业部命名的优质小麦生产基地县、"
     "全国粮食生产先进县标兵。",
     ["全国对外开放县", "福建省第一个全方位对外开放县", "优质小麦生产基地县", "全国粮食生产先进县标兵"]),
    # an agency names the county, then 为 and the title; 被命名 without 为 (an article about 濮阳县)
    ("2021年7月,水利部公布晋江市为第四批节水型社会建设达标县(区)。", ["节水型社会建设达标县(区)"]),
    ("2021年8月,晋江市被命名福建省2020年度“四好农村路”示范县。", ["福建省2020年度四好农村路示范县"]),
    ("2021年7月,水利部公布石狮市为第四批节水型社会建设达标县(区)。", []),
])
def test_conferrers_and_named_counties_seen_on_pages_round16(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # 进入 a ranking's list or ranks (articles about 威远县 and 邳州市); 进入 a stage is no title
    ("晋江市连续三年进入中国西部百强县榜单。", ["中国西部百强县"]),
    ("晋江市县域综合实力跻身前十强，进入全国百强县行列。", ["全国百强县"]),
    ("晋江市进入全面建设新阶段。", []),
])
def test_entering_a_ranking_seen_on_pages_round16(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # 冠名为 (an article about 西丰县); what 全球 starts is a description (全球板栗主产区之一)
    ("2014年晋江市被中国林业产业联合会冠名为“中国鹿产业第一县”。", ["中国鹿产业第一县"]),
    ("晋江市是全球板栗主产区之一。", []),
])
def test_titles_seen_on_pages_round17(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a title right before the county's name describes it (articles about 南岸区 and 南雄市) …
    ("在全国文明城区晋江市,每周四是全市固定的服务群众工作日。", ["全国文明城区"]),
    ("近日,“全国百强县”晋江组织100多名外出乡贤回家省亲。", ["全国百强县"]),
    # … not a meeting held there, nor a title without a level word
    ("全国文明城区创建推进会在晋江市召开。", []),
    ("在文明城区晋江市,每周四是服务群众工作日。", []),
])
def test_a_title_before_the_county_s_name_seen_on_pages_round17(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a ranking as its clause's subject, with its place or a rise in it (work reports of 沛县, 攸县)
    ("五年来，全国县域经济基本竞争力百强跃居第43位，科技创新百强县列第57位。",
     ["全国县域经济基本竞争力百强", "科技创新百强县"]),
    ("全年地区生产总值增长1.2%;中部百强县排名再进位，居53位。", ["中部百强县"]),
    # … not another place's, nor a unit's
    ("溧阳市全国百强县排名跃居第30位。", []),
    ("晋江经济开发区全国百强园区排名跃居第30位。", []),
    # a commendation for 真抓实干 by a provincial government
    ("交通基础设施建设等4项工作获省政府真抓实干表扬激励。", ["省政府真抓实干表扬激励"]),
    # 树为 a model county (an article about 万荣县); a work's 综合先进 in a provincial assessment (上高县)
    ("晋江市被树为“全省义务修路标兵县”。", ["全省义务修路标兵县"]),
    ("第13次获评全省开放型经济工作综合先进，获评次数保持全省首位。", ["全省开放型经济工作综合先进"]),
    # the rules of an award, not the county's (an article about 桐庐县)
    ("晋江市夺得全省首批“大禹鼎”。累计1至3年获评“大禹鼎”的,授予“大禹鼎铜鼎”;累计4至6年获评“大禹鼎”的,授予“大禹鼎银鼎”。",
     ["全省大禹鼎"]),
])
def test_rankings_and_commendations_seen_on_pages_round22(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a list of titles joined to the county's name (its prefecture's before it) by 的; 中华 is a
    # national level word (an article about 容县)
    ("地处福建东南,中国长寿之乡、中华诗词之乡的泉州市晋江市掷地有声。", ["中国长寿之乡", "中华诗词之乡"]),
    # … not a description without level words, nor titles the county is still after
    ("山清水秀、人杰地灵的晋江市欢迎您。", []),
    ("争创国家卫生县城、全国文明城市的晋江市干劲十足。", []),
])
def test_titles_joined_to_the_county_s_name_by_de_seen_on_pages_round22(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a description with 一个 is no title (an article about 屏山县), 唯一一个… still is (抚松县)
    ("晋江市是福建南缘的一个移民县。", []),
    ("晋江市是全省唯一一个国家级人参区域性良种繁育基地。", ["国家级人参区域性良种繁育基地"]),
])
def test_descriptions_with_an_article_seen_on_pages_round15(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a colon after the verb (an article about 西充县); the county's own province inside a title of an
    # ellipsis list, and 胜地 as a head (an article about 酉阳县)
    ("晋江市先后荣获:全国生态文明示范工程试点县、国家有机产品认证示范县、全国绿化模范县。",
     ["全国生态文明示范工程试点县", "国家有机产品认证示范县", "全国绿化模范县"]),
    ("联合国宜居生态城市、中国著名原生态旅游胜地、全国生态文明示范县、福建省山水园林县城……在众多荣誉光环聚焦的背后,是晋江市的努力。",
     ["联合国宜居生态城市", "中国著名原生态旅游胜地", "全国生态文明示范县", "福建省山水园林县城"]),
])
def test_lists_seen_on_pages_round18(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a copula after titles the county got in the same sentence goes on with the county (an article
    # about 泗阳县); what the county is described as is still no title
    ("目前,全面小康实现度达96.13%,先后获评2018年度全省高质量发展先进县,是国家生态文明建设示范县、全国文明县城。",
     ["全省高质量发展先进县", "国家生态文明建设示范县", "全国文明县城"]),
    ("晋江市被授予“中国黑鹳之乡”称号,是福建黑鹳种群的集中分布区。", ["中国黑鹳之乡"]),
])
def test_a_copula_after_the_county_s_titles_seen_on_pages_round19(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # the county opens a sentence with where it lies in its province and prefecture, then 是 its
    # titles (an article about 延川县; 石城县)
    ("晋江市位于福建省东南部、泉州市南部,总面积649平方公里,是国家林业局命名的“中国红枣之乡”、福建省“优质苹果生产基地县”;",
     ["中国红枣之乡", "福建省优质苹果生产基地县"]),
    # … not facts of its size (articles about 邳州市, 西盟县)
    ("晋江市位于福建省东南部,是福建省第二人口大县。", []),
    ("晋江市地处泉州市南部,是全国仅有的两个县级市之一。", []),
])
def test_a_county_placed_in_its_province_then_described_seen_on_pages_round23(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a commendation by a whole province, its agencies unnamed; a rank among the prefecture's
    # counties is no title (an article about 武穴市)
    ("晋江市14项改革试点工作喜获全省通报表扬,总数位居泉州各县(市、区)第一。", ["全省通报表扬"]),
    # … but not praise without a commendation
    ("晋江市的做法获全省肯定。", []),
])
def test_a_province_s_commendation_seen_on_pages_round23(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # 摘得…桂冠, 跨入…行列 (an article about 格尔木市) …
    ("晋江市八次摘得全国双拥模范城桂冠。", ["全国双拥模范城"]),
    ("晋江市先后跨入国家新型城镇化综合试点城市、国家公共文化服务体系示范区行列。",
     ["国家新型城镇化综合试点城市", "国家公共文化服务体系示范区"]),
    # … not a new stage
    ("晋江市跨入高质量发展新阶段。", []),
    # a list closed by 等…荣誉 with a longer gap (7个“国字号”), items that are no titles passed over
    # (an article about 禅城区)
    ("晋江市获得了中办国办全国推广、全国社会治安综合治理先进集体、中国人居环境范例奖等改革领域的7个“国字号”荣誉。",
     ["全国社会治安综合治理先进集体", "中国人居环境范例奖"]),
    # a role in a regional plan, nor any part of it (an article about 延吉市)
    ("晋江作为福建东部绿色转型发展区中心城市,始终坚持绿色发展。", []),
])
def test_crowns_and_ranks_entered_seen_on_pages_round24(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # 享有“A”“B”的美誉: titles with their level words (an article about 临高县) …
    ("此外,晋江还享有“中国民间文化艺术之乡”“中华诗词之乡”“海南太极拳之乡”的美誉。",
     ["中国民间文化艺术之乡", "中华诗词之乡", "海南太极拳之乡"]),
    # … not epithets without a level word
    ("晋江市享有“鱼米之乡”“塞上江南”的美誉。", []),
])
def test_titles_the_county_enjoys_the_praise_of_seen_on_pages_round25(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # one of some places, counted or units without a level word, is no title (an article about 铁力市);
    # a place in the city's fair is no title (a work report of 晋源区)
    ("晋江市成功入选,成为全省6个入选县域单位之一。", []),
    ("作为唯一县区在全市深圳招商会上专题推介。", []),
    # … but one of the holders of a title still is
    ("2002年,晋江市被中组部确定为援疆试点县之一。", ["援疆试点县"]),
])
def test_one_of_some_places_seen_on_pages_round25(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # titles won so many times in a row (an article about 江阴市; a work report of 定兴县) …
    ("晋江市实现全国县域经济和综合发展“十八连冠”、中国工业百强县市“四连冠”。",
     ["全国县域经济和综合发展十八连冠", "中国工业百强县市四连冠"]),
    ("省级双拥模范县实现“三连冠”，顺利通过国家卫生县城复审。", ["省级双拥模范县三连冠", "国家卫生县城"]),
    # … not a school's results, nor a unit's
    # 确立为 as 确定为
    ("自2017年7月被确立为福建省首个县级集成改革试点以来,晋江坚持改革。", ["福建省首个县级集成改革试点"]),
    ("晋江市高考总评实现“六连冠”。", []),
    ("晋江市第一中学荣获全国篮球联赛“三连冠”。", []),
])
def test_titles_won_in_a_row_seen_on_pages_round25(text, expected):
    assert labels(text, JINJIANG) == expected


def test_a_long_list_of_titles_over_a_comma_seen_on_pages_round24():
    # a year-end review of 宁远县: titles each with a level word (one, …工作成效明显县, ends like a
    # commendation), a comma, more titles with one without a head among them, and 等一批先进称号
    text = ("荣获全国农村创新创业典型县、全国“十三五”易地扶贫搬迁工作成效明显县,全国农民工工作先进集体、"
            "国家级众创空间、省安全生产先进县、省“党建+”老旧小区改造示范县等一批先进称号。")
    assert labels(text, JINJIANG) == ["全国农村创新创业典型县", "全国十三五易地扶贫搬迁工作成效明显县",
                                      "全国农民工工作先进集体", "国家级众创空间", "省安全生产先进县",
                                      "省党建+老旧小区改造示范县"]


@pytest.mark.parametrize("text, expected", [
    # a portrait of the county calls it 这里 (an article about 来凤县)
    ("这里是晋江市,凤凰迷恋的地方。这里是中国藤茶第一县。", ["中国藤茶第一县"]),
    ("这里是晋江市,凤凰迷恋的地方。这里是他的家乡。", []),
    # … or opens a sentence with 这里 right after one ending with the county's name (九台区)
    ("在福建东南,有这样一片充满活力的土地——泉州市晋江市。这里文化底蕴深厚,是“中国萨满文化之乡”“中国鹰猎文化之乡”。",
     ["中国萨满文化之乡", "中国鹰猎文化之乡"]),
])
def test_here_is_the_county_seen_on_pages_round18(text, expected):
    assert labels(text, JINJIANG) == expected


def test_a_theme_given_to_years_is_no_title():
    # an article about 泗阳县: 把“十三五”依次确定为“拼搏、攻坚、突破、冲刺、决胜”之年
    assert labels("晋江市把“十三五”依次确定为“拼搏、攻坚、突破、冲刺、决胜”之年。", JINJIANG) == []


@pytest.mark.parametrize("text, expected", [
    # 等众多名誉头衔 closes a list the county has (an article about 宁晋县)
    ("如今的晋江拥有国家级光伏新能源基地、中国电缆之乡、全国粮食生产先进县等众多名誉头衔。",
     ["国家级光伏新能源基地", "中国电缆之乡", "全国粮食生产先进县"]),
    # a time word before the county's clause (an article about 德化县)
    ("目前,晋江现有陶瓷企业2600多家,是首批国家外贸转型升级示范基地、国家电子商务示范基地。",
     ["国家外贸转型升级示范基地", "国家电子商务示范基地"]),
    # 这里 opening the sentence after a news dateline (an article about 甘南县)
    ("网媒走进晋江胶东在线8月30日讯(特派记者宋君)这里地处平原,是国家级绿色葵花生产基地县,这里就是晋江市。",
     ["国家级绿色葵花生产基地县"]),
    # a comma run takes the clauses that are titles, up to the first that is not (会同县, 松阳县) …
    ("晋江市先后被评为全省美丽乡村示范县,全省农村人居环境整治提升先进县,其中“X”列入规划。",
     ["全省美丽乡村示范县", "全省农村人居环境整治提升先进县"]),
    # … and none after a list that 等…奖项 closed (an article about 通城县)
    ("晋江市夺得首届“楚茶杯”斗茶大赛金奖、第四届福建地理标志大会金奖等奖项,福建省庭院经济等省级改革试点落地晋江。",
     ["首届楚茶杯斗茶大赛金奖", "第四届福建地理标志大会金奖", "福建省庭院经济省级改革试点"]),
])
def test_lists_and_openings_seen_on_pages_round20(text, expected):
    assert labels(text, JINJIANG) == expected


def test_a_ranking_list_with_a_year_and_a_scope_seen_on_pages():
    # an article about 吴江区: 在2022“全国百强区”榜单中位列全省第一、全国第九
    assert labels("晋江市是泉州最大板块,在2022“全国百强县”榜单中位列全省第一、全国第九。", JINJIANG) == ["2022全国百强县"]


@pytest.mark.parametrize("text, expected", [
    # found by a second reader of the fifth session's rules: a title before a unit of the county is
    # the unit's; 这里 is the county only where the text says so; a list still to be decided after
    # 进入; a common phrase after 中国…之乡 shares no level; another county's facts stay its own
    ("在省级文明单位晋江市人民医院，患者满意度持续提升。", []),
    ("在全国首批试点县晋江市，改革稳步推进。", []),
    ("晋江市高新区成立于2010年。这里是省级高新技术产业开发区。", []),
    ("晋江市进入国家全域旅游示范区创建名单。", []),
    ("晋江市进入全国百强县候选名单。", []),
    ("晋江市是中国石雕之乡、鱼米之乡。", ["中国石雕之乡"]),
    ("晋江市代表团赴石狮市考察。石狮市地处东南沿海。现辖7个镇,总面积160平方公里,是国家级生态市。", []),
])
def test_what_a_second_reader_found_in_the_fifth_session_s_titles(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a county whose name ends with a character that is also an adverb (顺 of 顺利, 都): the name is
    # not cut before the copula (an article about 丰顺县)
    ("丰顺县新闻\n打好“生态牌”\n丰顺是国家重点生态功能区、广东省林业生态县,森林覆盖率78.68%。",
     ["国家重点生态功能区", "广东省林业生态县"]),
    ("宁都县新闻\n宁都是全国文明城市提名城市。", ["全国文明城市提名城市"]),
    ("宁都县新闻\n宁都成功创建国家卫生县城。", ["国家卫生县城"]),
])
def test_a_county_named_like_an_adverb_is_still_the_subject(text, expected):
    from kg.extract import extract_text

    assert [r.object.label for r in extract_text(text).relations if r.predicate is Predicate.RECEIVED] == expected


@pytest.mark.parametrize("text, expected", [
    # 再捧, 勇夺 (articles about 黔江区, 江山市); 百佳 and 100佳 end rankings
    ("晋江市成功创建国家卫生区,再捧全国综治最高奖“长安杯”。", ["国家卫生区", "长安杯"]),
    ("晋江市勇夺全省综合考核先进单位。", ["全省综合考核先进单位"]),
    ("晋江市荣获“中国深呼吸小城100佳”称号。", ["中国深呼吸小城100佳"]),
])
def test_titles_seen_on_pages_round26(text, expected):
    assert labels(text, JINJIANG) == expected


def test_a_county_after_its_province_and_prefecture_opens_its_copula_seen_on_pages_round26():
    # an article about 富平县: the sentence opens with the county's province and prefecture
    text = "福建省泉州市晋江市取“晋水之江”之意而得名,总面积649平方公里,是国家现代农业示范区。"
    assert labels(text, JINJIANG) == ["国家现代农业示范区"]
    # … not another county of the province
    assert labels("福建省泉州市石狮市总面积160平方公里,是国家现代农业示范区。", JINJIANG) == []
    # 度假地 ends a title (a work report of 滦平县)
    assert labels("晋江市是长城国家文化公园文旅融合示范区、国家级滑雪旅游度假地。", JINJIANG) == [
        "长城国家文化公园文旅融合示范区", "国家级滑雪旅游度假地"]


def test_a_list_after_huo_closed_by_its_titles_word_seen_on_pages_round27():
    # an encyclopedia entry of 东辽县: 先后获A,B,…、是C、D等称号, commas between, a 是 inside
    text = ("晋江市先后获国家级商品粮基地,全国百万亩人工林先进县,中国二人转艺术之乡、是国家园林县城、"
            "国家数字乡村试点地区等称号。")
    assert labels(text, JINJIANG) == ["国家级商品粮基地", "全国百万亩人工林先进县", "中国二人转艺术之乡",
                                      "国家园林县城", "国家数字乡村试点地区"]


@pytest.mark.parametrize("text, expected", [
    # found by a second reader of the sixth session's title rules: a ranking of the prefecture, of
    # the county's towns, of another place, or an aim is not the county's …
    ("泉州市全国城市GDP百强排名上升至第50位。", []),
    ("全市乡镇综合实力十强排名提升。", []),
    ("全国县域经济百强县排名第1位的昆山市，发展势头强劲。", []),
    ("全国百强县排名前移的目标，晋江市正在努力。", []),
    # … a site in the county is what 这里 is after a sentence placing it there …
    ("清西陵坐落在福建省晋江市。这里是“世界文化遗产”。", []),
    # … titles the county is creating or is next to are not its own …
    ("创建全国文明城市、国家卫生城市的晋江市正在全力冲刺。", []),
    ("毗邻全国文明城市、国家园林城市的晋江市区位优越。", []),
    # … one commendation with its level word shared is one title …
    ("晋江市获评全省园林县城、卫生县城创建工作成效明显县。", ["全省园林县城、卫生县城创建工作成效明显县"]),
    # … titles about population or area still are titles, a prefecture's counties' prize still is one …
    ("晋江市荣获全国人口和计划生育工作先进县称号。", ["全国人口和计划生育工作先进县"]),
    ("晋江市被国家林业局评为全国森林面积增长先进县。", ["全国森林面积增长先进县"]),
    ("晋江市荣获全市各县区年度综合考核一等奖。", ["全市各县区年度综合考核一等奖"]),
    # … and a 的-clause about the county before its title is no award's rules
    ("晋江市是泉州市唯一获此殊荣的，被评为全国文明县城。", ["全国文明县城"]),
])
def test_what_a_second_reader_found_in_the_sixth_session_s_titles(text, expected):
    assert labels(text, JINJIANG) == expected



@pytest.mark.parametrize("text, expected", [
    # a title right before the county's short name after 这里是 (柘荣县 on eval/pages) …
    ("这里是“中国长寿之乡”晋江。", ["中国长寿之乡"]),
    ("这里是全国文明城市晋江市。", ["全国文明城市"]),
    # … but not before a unit of the county
    ("这里是省级文明单位晋江医院。", []),
])
def test_a_title_before_the_county_s_short_name(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text", [
    # an ability or an aim anchored on is no title yet (公主岭市 on eval/pages)
    "明确提出晋江市综合实力要具备进入全国“百强县”行列能力。",
    "晋江市创新实施“1369”发展战略，锚定进入全国“百强县”行列目标。",
])
def test_a_ranking_the_county_aims_at(text):
    assert labels(text, JINJIANG) == []


@pytest.mark.parametrize("text, expected", [
    # an item that is only head words shares the level and field of the title before it (固始县) …
    ("晋江市连续四年荣获全国粮食生产先进县、标兵县称号。", ["全国粮食生产先进县", "全国粮食生产标兵县"]),
    # … when both end with the same kind of place
    ("晋江市荣获全国文明县城、示范县称号。", ["全国文明县城"]),
    # … two such items joined by 和 (round 18)
    ("晋江市荣获全国文明城市、全省平安建设先进县、示范县和标兵县。",
     ["全国文明城市", "全省平安建设先进县", "全省平安建设示范县", "全省平安建设标兵县"]),
])
def test_an_item_sharing_the_field_of_the_title_before_it(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # the county's rank among a title's holders is not part of the title's name
    ("晋江市是福建首个国家级生态县。", ["国家级生态县"]),
    ("晋江市成为泉州唯一的全国节水型社会建设达标县。", ["全国节水型社会建设达标县"]),
])
def test_a_rank_among_holders_before_the_title(text, expected):
    assert labels(text, JINJIANG) == expected


def test_a_kind_of_place_in_its_region_is_no_title():
    # 根河市 on eval/pages: one of the region's state forest areas, a fact, not an honour
    assert labels("晋江市地处东南沿海，是福建省的重点侨乡之一。", JINJIANG) == []


@pytest.mark.parametrize("text, expected", [
    # 荣创 (won by creating it) as a verb of award; an incentive (激励) as a title's head (兰陵县, 龙游县)
    ("晋江市荣创国家乡村振兴示范县。", ["国家乡村振兴示范县"]),
    ("晋江市获得二季度全省投资“赛马”激励。", ["二季度全省投资赛马激励"]),
])
def test_won_by_creating_it_and_incentives(text, expected):
    assert labels(text, JINJIANG) == expected


def test_a_run_of_titles_over_a_comma_closed_by_an_honour_word():
    # 当涂县 on eval/pages: the list goes on over its comma to 等荣誉
    text = "晋江市先后荣获国家卫生县城、全国科普示范县,全省质量强县、全省电子商务示范县等荣誉。"
    assert labels(text, JINJIANG) == ["国家卫生县城", "全国科普示范县", "全省质量强县", "全省电子商务示范县"]


def test_a_grade_takes_the_assessment_named_before_its_verb():
    # 射阳县 on eval/pages: the grade is the assessment's, not a title of its own
    text = "晋江市乡村振兴战略实绩考核获福建省进位第一等次，农村人居环境整治工作获福建省第一等次。"
    assert labels(text, JINJIANG) == ["乡村振兴战略实绩考核福建省进位第一等次", "农村人居环境整治工作福建省第一等次"]


@pytest.mark.parametrize("text, expected", [
    # the county is the one of its region that won a title (溧阳市 on eval/pages) …
    ("晋江市是全省唯一入选国家级新型城镇化建设示范县城的县(市)。", ["国家级新型城镇化建设示范县城"]),
    ("晋江市是全省首个获评国家生态文明建设示范县的县。", ["国家生态文明建设示范县"]),
    # … not a count of the counties that did
    ("全省获评国家卫生县城的县达到10个。", []),
])
def test_the_county_that_won_a_title(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # 晋升为 and 晋级为 (promoted to) are verbs of award (肇源县, 隆回县 on eval/pages) …
    ("晋江市晋升为国家农业可持续发展试验示范区。", ["国家农业可持续发展试验示范区"]),
    # … but a level and a head name no particular title
    ("晋江市新时代文明实践由省级试点县晋级为第二批全国试点县。", []),
])
def test_promoted_to_a_title(text, expected):
    assert labels(text, JINJIANG) == expected


def test_a_count_of_incentives_is_no_title():
    # 新邵县 on eval/pages: how many incentives, not which
    assert labels("会议公布了真抓实干成效明显地区名单。其中，晋江市获得四项激励。", JINJIANG) == []


@pytest.mark.parametrize("text, expected", [
    # found by a second reader of the seventh session's title rules: a prefecture's or a landmark's
    # name sharing the county's short form after a title …
    ("这里是全国文明城市泉州。", []),
    ("这里是国家级风景名胜区晋江山。", []),
    # … a ranking is no head word shared with the title before it …
    ("晋江市是全国科普示范县、百强县。", ["全国科普示范县"]),
    # … one of a title's holders in a province still is a title …
    ("晋江市是福建省的首批国家全域旅游示范区之一。", ["福建省的国家全域旅游示范区"]),
    # … a size class is no title, a title counted before its name still is one …
    ("城区常住人口突破20万，晋江市晋升为中等城市。", []),
    ("晋江市获得两项国务院督查激励。", ["两项国务院督查激励"]),
    # … and a title not won is none
    ("晋江市是全省唯一未入选国家卫生县城的县(市)。", []),
    ("晋江市是全省唯一尚未创成国家卫生城市的市。", []),
    ("晋江市遗憾未能入选全国百强县。", []),  # (a second reader of the eighth session)
    ("晋江市没能入选全省深入实施乡村振兴战略真抓实干成效明显地方。", []),
])
def test_what_a_second_reader_found_in_the_seventh_session_s_titles(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # each title of a run with the county's place among its holders (当涂县, 坪山区 on eval/pages) …
    ("2015年晋江市位列全国百强县第76位、全国投资潜力百强县第35位。", ["全国百强县", "全国投资潜力百强县"]),
    ("晋江市跃升中国工业百强区第38位。", ["中国工业百强区"]),
    # … but a statistic rising to a place, or a class the county moved into, is no title
    ("晋江市地区生产总值跃升至全省第5位。", []),
    ("县域科技创新能力由C类县跃升到A类县。", []),
])
def test_a_title_with_the_county_s_place_after_it(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a title kept for years is held (溆浦县 on eval/pages) …
    ("晋江市连续七年保持全省平安县称号。", ["全省平安县"]),
    # … but 保持 inside 水土保持 is no verb
    ("晋江市荣获国家水土保持示范县称号。", ["国家水土保持示范县"]),
    # … a verb inside a quoted name is part of the name …
    ("晋江市获省“县域创新跃升计划”奖励。", ["省县域创新跃升计划奖"]),
    # … and a title before the county's own name, after 作为, is the county's
    ("作为国家生态文明建设示范县的晋江，不断擦亮这块金字招牌。", ["国家生态文明建设示范县"]),
    ("作为全国文明城市的一员，晋江医院不断提升服务。", []),
])
def test_titles_held_and_named_before_the_county(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # the county is in a list an agency published (阳朔县, 崇明区 on eval/pages) …
    ("生态环境部公布首批美丽乡村先行区名单，晋江市在列。", ["美丽乡村先行区"]),
    # … quoted titles side by side, counted after them, each a title …
    ("晋江已连获“国家生态文明建设示范区”“绿水青山就是金山银山实践创新基地”“美丽乡村先行区”三项国家级生态荣誉。",
     ["国家生态文明建设示范区", "绿水青山就是金山银山实践创新基地", "美丽乡村先行区"]),
    # … a list's kind is not part of the title, a verb inside the county's run of titles goes on with it …
    ("晋江还获得了全国村庄清洁行动先进县、入选全国第四批“绿水青山就是金山银山”实践创新基地命名名单等一系列荣誉。",
     ["全国村庄清洁行动先进县", "全国绿水青山就是金山银山实践创新基地"]),
    # … and a place in a ranking of population is no title
    ("晋江市人口数量为28.51万人，位列福建省各县市区人口数量排行榜第9位。", []),
])
def test_lists_and_runs_of_titles(text, expected):
    assert labels(text, JINJIANG) == expected


def test_a_company_s_title_is_not_the_county_s():
    # 诸城市 on eval/pages: a firm of the county named before the verb received it
    assert labels("晋江市新增省高层次人才工作站1家，东宝重工获批省离岸创新创业基地。", JINJIANG) == []


@pytest.mark.parametrize("text, expected", [
    # fields counted before one quoted ranking: a ranking in each field (海门区 on eval/pages) …
    ("晋江入围综合实力、工业经济、科技创新五个“全国百强县”榜单。", []),
    ("晋江入围综合实力、工业经济、科技创新三个“全国百强县”榜单。",
     ["综合实力全国百强县", "工业经济全国百强县", "科技创新全国百强县"]),
    ("晋江市入选综合实力、工业、省级开发区高质量发展等3个“全国百强”。",  # (长葛市)
     ["综合实力全国百强", "工业全国百强", "省级开发区高质量发展全国百强"]),
    # (unquoted, after a year: 荣登2023年度全国A、B…四张百强榜单)
    ("晋江市荣登2023年度全国综合实力、绿色发展、科技创新、新型城镇化质量四张百强榜单。",
     ["全国综合实力百强", "全国绿色发展百强", "全国科技创新百强", "全国新型城镇化质量百强"]),
    # … a quoted list without a head word named by its whole quotation (珲春市) …
    ("近日，“2023中国最美县域榜单”发布，全国105个县市区榜上有名，晋江市连续6年上榜。", ["2023中国最美县域榜单"]),
    # … the county's rank among holders before a quoted title (多伦县), not before a kind of holder alone
    ("晋江市成为福建首个“中国天然氧吧”创建地区。", ["中国天然氧吧创建地区"]),
    ("晋江市是福建首个创建地区。", []),
])
def test_counted_fields_quoted_lists_and_ranks(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # in a list the text closes as honours, an item with a level word but no head word (平谷区, 曹县
    # on eval/pages) …
    ("晋江市先后荣获国家农业科技园区、“绿水青山就是金山银山”实践创新基地等荣誉称号。",
     ["国家农业科技园区", "绿水青山就是金山银山实践创新基地"]),
    # … but not a bare level, nor an item without one
    ("晋江市先后荣获国家级、省级等荣誉称号。", []),
    # … and entering the ranks of those creating a title is entering it
    ("晋江市入选全国农业社会化服务创新试点县创建行列。", ["全国农业社会化服务创新试点县"]),
])
def test_items_of_a_list_of_honours(text, expected):
    assert labels(text, JINJIANG) == expected


def test_a_commendation_naming_the_work_it_praises_with_a_verb_of_carrying_out():
    # 花溪区 on eval/pages
    assert labels("晋江市蝉联全省深入实施创新驱动战略推动高质量发展真抓实干成效明显地方。", JINJIANG) == [
        "全省深入实施创新驱动战略推动高质量发展真抓实干成效明显地方"]


@pytest.mark.parametrize("text, expected", [
    # an agency names the county what it is (博湖县 on eval/pages) …
    ("2020年12月，文化和旅游部办公厅确定晋江市为第四批全国旅游标准化示范单位。", ["全国旅游标准化示范单位"]),
    ("全国爱国卫生运动委员会重新确认晋江市为国家卫生县城。", ["国家卫生县城"]),
    # … a list without a head word, published, that the county is on …
    ("2020年11月，2020中国最美县域榜单发布，晋江市榜上有名。", ["2020中国最美县域榜单"]),
    # … and titles an agency published, among which the county is
    ("2021年8月，商务部公布了2021年电子商务进农村综合示范县，晋江市名列其中。", ["电子商务进农村综合示范县"]),
])
def test_an_agency_names_and_lists_the_county(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # found by a second reader of the eighth session's title rules: a list the county is not on …
    ("省文旅厅公布省级全域旅游示范区名单，晋江市不在列。", []),
    ("省文旅厅公布国家农业绿色发展先行区名单，晋江市遗憾未能在列。", []),
    ("近日，“2023中国最美县域榜单”发布，晋江市未能上榜。", []),
    ("省里公布首批美丽乡村先行区名单，晋江市在列其中。", ["美丽乡村先行区"]),
    # … people or products counted before one title are no fields of a ranking …
    ("晋江市荣获张三、李四两个“全国劳动模范”。", []),
    ("晋江市获评苹果、板栗两个“国家地理标志产品”。", []),
    # … this year's score is no title held for years, an aim is no title, a factory's honours are its own
    ("晋江市今年保持全国文明城市测评成绩全省第一。", []),
    ("作为争创全国文明城市的晋江，正在全力冲刺。", []),
    ("晋江易水砚厂连获“中华老字号”“河北省著名商标”两项荣誉。", []),
])
def test_what_a_second_reader_found_in_the_eighth_session_s_titles(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # a list just out (潼南区 on eval/pages) …
    ("日前，2022年国家乡村振兴示范县创建名单新鲜出炉，全国共有100个县(市)入选，晋江市名列其中。",
     ["国家乡村振兴示范县创建单位"]),
    # … and a firm's words about its own base are no title of the county (安岳县)
    ("“晋江的投资环境好，于是将晋江确定为我们在福建之外的首个全国最大的生产基地。”总裁表示。", []),
])
def test_a_list_just_out_and_a_firm_s_words(text, expected):
    assert labels(text, JINJIANG) == expected


def test_a_title_then_what_the_county_did_after_it():
    # 睢宁县 on eval/pages
    assert labels("2009年，晋江市被中央纪委、中组部确定为县委权力公开透明运行试点县后，积极探索改革。", JINJIANG) == [
        "县委权力公开透明运行试点县"]


def test_titles_before_an_ellipsis_followed_by_clauses_of_their_own():
    # 金乡县 on eval/pages: an opening montage of honours, the last with verbs of their own
    from kg.extract import extract_text

    text = ("晋江市走笔\n本报通讯员张红运\n国家园林县城、全省社会治安综合治理先进县、全省卫生计生综合监督示范县、"
            "社会救助荣获全国创新示范区……眼下虽是寒冬腊月，但在晋江市捷报频传。")
    titles = {r.object.label for r in extract_text(text).relations if r.predicate.value == "received"}
    assert {"国家园林县城", "全省社会治安综合治理先进县", "全省卫生计生综合监督示范县"} <= titles


@pytest.mark.parametrize("text, expected", [
    # chosen, certified and created as a title (阳城县, 甘德县, 榆中县 on eval/pages) …
    ("晋江市又被国家旅游局选为首批国家全域旅游示范区。", ["国家全域旅游示范区"]),
    ("晋江市被中国绿色食品发展中心认证为“全国绿色食品原料标准化生产基地”。", ["全国绿色食品原料标准化生产基地"]),
    ("晋江市创建为全国无公害生产和标准化示范县。", ["全国无公害生产和标准化示范县"]),
    # … but not an aim to create one
    ("力争将晋江市创建为全国文明城市。", []),
])
def test_chosen_certified_and_created_as(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text, expected", [
    # found by a second reader of the eighth session's later title rules: counts and sums in a list
    # closed as honours are no titles …
    ("晋江市荣获国家级荣誉12项、省级荣誉30项等荣誉称号。", []),
    ("晋江市获得国家级资金支持1.2亿元、省级奖补资金3000万元等荣誉。", []),
    # … a programme named “我们的…” still is one …
    ("晋江市荣获全国“我们的节日”主题活动示范区称号。", ["全国我们的节日主题活动示范区"]),
    # … fields counted before a ranking end before 等, and publishers are no fields …
    ("晋江入围投资潜力、绿色发展、新型城镇化质量等3个“全国百强县”榜单。",
     ["投资潜力全国百强县", "绿色发展全国百强县", "新型城镇化质量全国百强县"]),
    # (round 15) the last two fields joined by 和, the first with the title's own level word
    ("晋江入选全国综合实力、投资潜力、科技创新和绿色发展四个“全国百强县”。",
     ["综合实力全国百强县", "投资潜力全国百强县", "科技创新全国百强县", "绿色发展全国百强县"]),
    ("晋江入选赛迪、中郡、社科院等3个“全国百强县”榜单。", []),
    # … and the prefecture the county lies in is not the county on a list
    ("2023中国最具幸福感城市榜单发布，晋江市所在的泉州榜上有名。", []),
])
def test_what_a_second_reader_found_in_the_eighth_session_s_later_titles(text, expected):
    assert labels(text, JINJIANG) == expected


@pytest.mark.parametrize("text", [
    # an opening run of titles is no list of honours when what follows denies them or is another place's
    "晋江市走笔\n全国文明城市、国家卫生县城、国家园林县城、国家生态县还没有拿下……晋江市压力不小。",
    "晋江市走笔\n国家园林城市、全国文明城市、中国优秀旅游城市、泉州市获评全国创新示范区……晋江捷报频传。",
])
def test_an_opening_run_of_titles_not_won(text):
    from kg.extract import extract_text

    assert not [r for r in extract_text(text).relations if r.predicate.value == "received"]


@pytest.mark.parametrize("text, expected", [
    # the county's fame before a title is not part of its name (富平县, 于都县 on eval/pages) …
    ("晋江市是全国闻名的柿子之乡、国家现代农业示范区。", ["柿子之乡", "国家现代农业示范区"]),
    # … and what the county is important for is a description, no title
    ("晋江市是全国重要的煤炭生产基地。", []),
])
def test_fame_and_importance_are_no_part_of_a_title(text, expected):
    assert labels(text, JINJIANG) == expected


def test_a_place_among_some_counted_places_is_no_title():
    # 宣汉县 on eval/pages: one of four counties, not a title of four
    assert labels("晋江市成功入围全国“百强县”，在福建省7个百强县(市)中居第3位。", JINJIANG) == ["全国百强县"]


@pytest.mark.parametrize("text, expected", [
    # 授牌, like 授予, puts the title right after the agency that hangs the plaque
    ("安吉县被生态环境部授牌“绿水青山就是金山银山”实践创新基地。", ["绿水青山就是金山银山实践创新基地"]),
    # (not the agency and its verb inside the title after 获)
    ("安吉县获生态环境部授牌“两山”实践创新基地。", ["两山实践创新基地"]),
])
def test_a_title_after_the_plaque_an_agency_hangs(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a park inside the county named among its titles is passed over, not taken for the list's end
    # (gold evidence on eval/pages, tenth session)
    ("安吉县荣获中国木艺之都、国家家居产业示范园区、国家外贸转型升级基地。", ["中国木艺之都", "国家外贸转型升级基地"]),
    ("安吉县荣获全国文明城市、全国工业园区、带动就业3000人。", ["全国文明城市"]),
    # the title, not what the text calls it: 最高荣誉“长安杯”
    ("安吉县被中央综治委授予政法综治领域最高荣誉“长安杯”。", ["长安杯"]),
    ("安吉县荣获全国环境保护最高奖“中华环境奖”。", ["中华环境奖"]),
])
def test_titles_among_parks_and_behind_their_rank(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the only county of its province to hold a title, the title's word and the kind of holder
    # closing the clause (gold evidence on eval/pages, tenth session)
    ("安吉县成为今年浙江省唯一被授予第二批国家生态文明建设示范县称号的县。", ["国家生态文明建设示范县"]),
    ("安吉县是湖州市首个获评国家卫生县城的县。", ["国家卫生县城"]),
    # (but its prefecture as the subject is another place's title)
    ("安吉县所在的湖州市获评全国文明城市。", []),
    # (and a list naming two kinds of holder says neither is the county's)
    ("六部门联合公布第三批全国乡村治理示范村镇和试点县名单，安吉县作为浙江省唯一入围的县份名列其中。", []),
    ("近日，第二批全省法治政府建设示范地区(单位)和项目名单正式公布，安吉县名列其中。", []),
])
def test_the_only_county_of_its_province_to_hold_a_title(text, expected):
    assert labels(text) == expected


def test_a_zone_approved_for_creation():
    # 批准创建 and 获批创建 after a title, as 获批
    assert labels("安吉县国家地理标志产品保护示范区批准创建。") == ["国家地理标志产品保护示范区"]



@pytest.mark.parametrize("text, expected", [
    # an agency approves the county, named right after its verb, building a zone, or issues a
    # document of support for it: the zone is the county's designation (not another place's)
    ("国务院批复同意安吉建设民营经济示范区。", ["民营经济示范区"]),
    ("近日，浙江省人民政府印发《关于支持安吉县建设高质量发展富民强县试验区的意见》。", ["高质量发展富民强县试验区"]),
    ("浙江省人民政府关于支持安吉县建设高质量发展富民强县试验区的意见", ["高质量发展富民强县试验区"]),
    ("国务院批复同意湖州建设民营经济示范区。", []),
    ("近日，浙江省人民政府印发《关于支持湖州市建设高质量发展富民强县试验区的意见》。", []),
    ("省政府支持安吉县建设高质量发展富民强县试验区。", []),
])
def test_a_zone_an_agency_approves_or_supports_the_county_building(text, expected):
    assert labels(text) == expected


def test_all_the_counties_of_a_province_are_no_title():
    # 位列全省建制县第十六: a place among every county of the province (涞水县's 2020 work report)
    assert labels("安吉县文明城市创建年度省级测评复检位列全省建制县第十六。") == []
    # … but a ranking of such counties is a title (gold evidence on eval/pages)
    assert labels("安吉县成功入围2022中国建制县高质量发展百强。") == ["2022中国建制县高质量发展百强"]


@pytest.mark.parametrize("text, expected", [
    # two ranks of the county among a title's holders, then the title (gold evidence on eval/pages)
    ("安吉县成为全国首批、攀西地区首个国家农业现代化示范区创建县。", ["国家农业现代化示范区创建县"]),
    ("安吉县荣获全国首批、全省唯一国家全域旅游示范区。", ["国家全域旅游示范区"]),
])
def test_a_title_after_two_ranks_of_the_county(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title built: 建成, 成功打造, with its own level word (paraphrased real passages, round 18)
    ("去年安吉县新造林6.3万亩，建成国家森林城市。", ["国家森林城市"]),
    ("安吉县先后建成全省首批食品安全示范区、国家农产品质量安全县，检测能力位居全市前列。",
     ["全省食品安全示范区", "国家农产品质量安全县"]),
    ("安吉成功打造浙江省智能制造示范基地。", ["浙江省智能制造示范基地"]),
    # … not what was built and counted, an institution's base, a description, an aim, 建成小康
    ("高标准推进人居环境整治，建成省级美丽乡村示范村22个。", []),
    ("高标准建成中科院安吉生态文明科学实验基地。", []),
    ("建成以铸牢中华民族共同体意识为主题的教育基地、书画苑等27处。", []),
    ("早在2012年，安吉县就明确提出2015年创建成省级文明城市。", []),
    ("全面建成小康社会统计监测结果全市六个县市区排名第一。", []),
    # a title and 创建成功 after it
    ("国家卫生县创建成功，省级文明指数测评复核排名第4。", ["国家卫生县"]),
])
def test_a_title_built_or_created(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the agency before a quoted title, or supporting its building, is not part of it (round 18)
    ("安吉县先后成为“国家级农业标准化优质桑蚕茧示范县”、商务部“东桑西移”首批项目县。",
     ["国家级农业标准化优质桑蚕茧示范县", "东桑西移项目县"]),
    ("安吉县是国家发改委支持建设的全国首个全域产城融合示范区。", ["全国首个全域产城融合示范区"]),
    # … and its level is the title's
    ("安吉县是国家农业部、中国农科院“两大战略”示范县和农业综合科技示范县;", ["两大战略示范县", "农业综合科技示范县"]),
    # 入选城市名单 names a list, not the county's entering it
    ("中央文明办公布第六届全国文明城市入选城市名单和复查确认保留荣誉称号的前五届全国文明城市名单,"
     "安吉县入选全国县级文明城市。", ["全国县级文明城市"]),
])
def test_the_agency_before_a_title(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # in a county's text 我市 is its prefecture: the city's titles are not the county's (round 18)
    ("我市荣获全国文明城市称号。", []),
    # … but 我市唯一 is a scope, and in a county-level city's text 我市 is the city itself
    ("安吉县是我市唯一获得2005-2008年度“全国平安建设先进县”的县份。", ["2005-2008年度全国平安建设先进县"]),
])
def test_the_speakers_city_is_not_the_county(text, expected):
    assert labels(text) == expected


def test_a_county_level_city_calls_itself_our_city():
    assert labels("我市荣获全国文明城市称号。", JINJIANG) == ["全国文明城市"]


@pytest.mark.parametrize("text", [
    # an epidemic's risk level is a status, not an honour (round 18)
    "全区累计治愈1079例，成为全市第 一批低风险城区。",
    "19天实现无新增本土病例，率先列入低风险区。",
])
def test_a_risk_level_is_no_title(text):
    assert labels(text) == []


def test_a_quoted_title_holds_its_own_de():
    # “中国最具民俗风情的旅游大县”称号: the 的 is the name's, quoted (round 19)
    assert labels("安吉县曾先后获得“中国最具民俗风情的旅游大县”、“中国绿色名县”称号。") == [
        "中国最具民俗风情的旅游大县", "中国绿色名县"]


def test_as_a_title_holder_another_place_opens_the_next_clause():
    # 作为A，金水区…: the title is 金水区's (round 19); 作为A，四川省泸州市泸县… is the county's
    assert labels("作为全国首批和谐社区建设示范区,金水区以社区服务为载体,创特色、出精品。") == []
    assert labels("作为全国首批农村土地制度改革三项试点县之一，浙江省湖州市安吉县先行先试。") == [
        "全国农村土地制度改革三项试点县"]


@pytest.mark.parametrize("text", [
    # the titles of another place the verb's phrase describes (round 19)
    "48个示范市县中,既有东部地区。荣获示范市县称号的四川省洪雅县介绍,当地以生态立县。",
    # 跻身于…前列: a rank among places, not a title
    "各项主要经济指标均跻身于自治区102个旗县区前列。",
])
def test_no_title_of_the_county(text):
    assert labels(text) == []


def test_a_ranking_named_first_then_the_county_on_it():
    # “X”排行榜发布，安吉县作为湖州唯一一家上榜 (round 19)
    assert labels("近日,“中国最具绿意百佳县市”排行榜发布,安吉县作为湖州唯一一家上榜。") == ["中国最具绿意百佳县市"]


def test_how_many_hold_a_quoted_title_before_it():
    # 位列30个“X”第19位 (round 19)
    assert labels("安吉县以80.12的得分位列30个“2016中国最幸福县级城市”第19位。") == ["2016中国最幸福县级城市"]


@pytest.mark.parametrize("text, expected", [
    # an agency's verb, the county, then 为 and the title (round 20)
    ("2021年1月,农业农村部推介安吉县为第三批全国农村创业创新典型县。", ["全国农村创业创新典型县"]),
    ("2017年6月,国务院批复同意安吉县为国家重点生态功能区。", ["国家重点生态功能区"]),
    # 辟为, and a port as a designation of the county
    ("1992年安吉县被国务院辟为首批沿边开放城市。", ["沿边开放城市"]),
    ("1986年3月12日,安吉被国务院批准为客货一类口岸。", ["客货一类口岸"]),
    # 与深圳并列为: ranked beside another place, not a title
    ("安吉县被国务院确定为大通关的试点口岸,并与深圳并列为国家优先发展和重点建设的两大口岸。", ["大通关的试点口岸"]),
])
def test_designations_by_an_agency(text, expected):
    assert labels(text) == expected


def test_a_new_county_level_city_is_no_title():
    # 撤县设市…成为四川省藏区第三个县级市: an administrative change (round 20)
    assert labels("2016年9月2日,经国务院批准,民政部批复,同意撤销安吉县设立安吉市,成为浙江省第三个县级市。") == []


@pytest.mark.parametrize("text, expected", [
    # a second reader's counter-examples to this session's rules
    ("到2027年，基本建成省级共同富裕示范县。", []),
    ("明年建成国家生态县。", []),
    ("围绕建成省级文明城市这一目标，全力推进。", []),
    ("建成全国首条县域氢能公交示范线。", []),
    ("建成省级高标准农田示范区5万亩。", []),
    ("安吉县跻身于全国综合实力百强县。", ["全国综合实力百强县"]),
    ("各项主要经济指标均跻身于自治区102个旗县区前列。", []),
    ("安吉县荣获3个“全国青年文明号”。", []),
    ("安吉县代表我市成功创建国家全域旅游示范区。", ["国家全域旅游示范区"]),
    ("2023年，安吉县以我市第二名的成绩跻身全国综合实力百强县。", ["全国综合实力百强县"]),
    ("作为国家全域旅游示范区，上海市、杭州市等地游客络绎不绝。", ["国家全域旅游示范区"]),
])
def test_counter_examples_of_the_fourteenth_session(text, expected):
    assert labels(text) == expected


def test_a_field_is_not_cut_inside_a_title_whose_head_is_one_character():
    # 全国双拥模范县、先进县: not 全国双拥模范先进县
    assert "全国双拥模范先进县" not in labels("安吉县被评为全国双拥模范县、先进县和示范县。")


@pytest.mark.parametrize("text, expected", [
    # a sentence of titles alone in a paragraph about the county, the level said once (round 20)
    ("安吉县是湖州通往杭州的咽喉。浙江省级文明城市、卫生城市、环保模范城市。也是重要的竹产业基地。",
     ["浙江省级文明城市", "浙江省级卫生城市", "浙江省级环保模范城市"]),
    # … not when one item is no title, nor in a paragraph about another place
    ("安吉县是湖州通往杭州的咽喉。浙江省级文明城市、竹子很多。", []),
    ("德清县是湖州的近郊县。全国文明城市、国家卫生城市。", []),
])
def test_a_sentence_of_titles_alone(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # levels listed before one title, each holding it (round 20)
    ("安吉县曾多次被评为全国、省粮食生产先进县。", ["全国粮食生产先进县", "省粮食生产先进县"]),
    ("安吉县被评为国家级、省级生态示范区。", ["国家级生态示范区", "省级生态示范区"]),
    # … not firms' titles ending in a unit word
    ("鑫汉光电、汉丰材料分别成为全国、全省智能制造示范企业。", []),
    # 系 as a copula
    ("安吉县系全国商品粮、商品猪、大豆出口基地县。", ["全国商品粮基地县", "全国商品猪基地县", "全国大豆出口基地县"]),
])
def test_levels_shared_and_the_copula_xi(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a second reader's counter-examples to the rules of rounds 19–20
    ("安吉县依托港口优势成功入选全国综合实力百强县。", ["全国综合实力百强县"]),
    ("安吉县获评全国文明城市，并列为国家生态文明建设示范县。", ["全国文明城市", "国家生态文明建设示范县"]),
    ("省政府同意安吉县为省级旅游度假区创建单位。", []),
    ("我县今年建成国家卫生县城。", ["国家卫生县城"]),
    ("安吉县于2012年全面建成国家生态县。", ["国家生态县"]),
    ("安吉县主要经济指标跻身于全省26个山区县前列。", []),
    ("此外我市还被评为国家森林城市。", []),
    ("安吉县明年将重点推进以下创建工作。国家全域旅游示范区、全国文明城市、国家卫生县城。", []),
    ("安吉县还未获得以下称号。国家森林城市、全国文明城市。", []),
    ("安吉县是湖州市辖县。邻县德清县近年来发展迅速。全国文明城市、国家卫生城市、国家园林城市。", []),
    ("安吉县和德清县分别被评为全国、全省文明城市。", []),
])
def test_counter_examples_of_rounds_19_and_20(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 21: 新增 as a verb of holding, closed by 等…荣誉; a closed list describing the county
    # named after 的; titles published without 名单 and the county on them
    ("五年来,安吉县先后新增了全国文明城市提名城市、全国平安建设先进市等二十余项城市名片和荣誉。",
     ["全国文明城市提名城市", "全国平安建设先进市"]),
    ("享有“全国最美茶乡”“中国茶叶百强县”等称号的浙江省湖州市安吉县在昆明举行系列活动。",
     ["全国最美茶乡", "中国茶叶百强县"]),
    ("享有“全国最美茶乡”“中国茶叶百强县”等称号的湖州市德清县在昆明举行系列活动。", []),
    ("2021年9月,第二批城乡交通运输一体化示范创建县公布,安吉县榜上有名。", ["城乡交通运输一体化示范创建县"]),
])
def test_titles_of_round_21(text, expected):
    assert labels(text) == expected


def test_a_committee_of_an_association_conferring_a_title():
    # 荣获中国生态学会旅游生态专业委员会授予的“中国氧都”荣誉称号 (round 21)
    assert labels("2012年,安吉县荣获中国生态学会旅游生态专业委员会授予的“中国氧都”荣誉称号。") == ["中国氧都"]


def test_runs_of_titles_closed_by_a_count_of_calling_cards():
    # 拥有A、B2张国级名片和C、D2张省级名片 (a county profile, round 21)
    assert labels("安吉县拥有国家卫生县城、国家园林县城2张靓丽国级名片和省级环保模范县城、省级平安县2张靓丽省级名片。") == [
        "国家卫生县城", "国家园林县城", "省级环保模范县城", "省级平安县"]
    assert labels("安吉县拥有耕地50万亩、林地30万亩2张名片。") == []


@pytest.mark.parametrize("text, expected", [
    # a third reader's counter-examples: the list describing the county ends before 的; a product's
    # or a craft's titles; where a list was published is not part of its title
    ("享有“中国竹乡”“中国白茶之乡”等称号的安吉县与德清县结成友好县。", ["中国竹乡", "中国白茶之乡"]),
    ("享有“中国名茶”“国家地理标志保护产品”等称号的安吉白茶今年再获丰收。", []),
    ("拥有“国家级非物质文化遗产”“浙江省传统工艺”等称号的安吉县竹编技艺走向世界。", []),
    ("首批国家数字乡村试点县在北京市公布，安吉县成功入选。", ["国家数字乡村试点县"]),
])
def test_counter_examples_of_round_21(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 22: 被 and the conferrer before 命名 without 为 (an encyclopedia's line); a title
    # confirmed again; a sentence of titles alone going on from a list the sentence before ended
    ("2019年12月25日,安吉县被国家民委命名第七批全国民族团结进步创建示范区。", ["全国民族团结进步创建示范区"]),
    ("安吉县以英雄的名字命名了一条街道。", []),
    ("2019年,安吉县重新确认国家卫生县城。", ["国家卫生县城"]),
    ("2020年,安吉县入选全国绿色发展百强县、全国科技创新百强县。2020年度全国投资潜力百强县。",
     ["全国绿色发展百强县", "全国科技创新百强县", "全国投资潜力百强县"]),
    ("2020年,安吉县入选全国绿色发展百强县。全国文明城市创建工作稳步推进。", ["全国绿色发展百强县"]),
    # (a list going on after semicolons may name the county inside an item)
    ("安吉县先后获得国家卫生县城；国家园林县城；全国“两山”实践创新基地（安吉县）；中国竹子之乡。",
     ["国家卫生县城", "国家园林县城", "全国两山实践创新基地(安吉县)", "中国竹子之乡"]),
    # a kind of county the county is one of is no title, 之一 or not
    ("1993年,安吉县被定为国家592个贫困县之一。", []),
    ("安吉县是全国民族团结进步模范自治县之一。", ["全国民族团结进步模范自治县"]),
])
def test_titles_of_round_22(text, expected):
    assert labels(text) == expected


def test_a_team_named_after_the_county_is_a_unit_of_it():
    # 婺城区援派丹巴县工作分队荣获…: the aid team's grade, not the county's (round 22)
    assert labels("近日，浙江省婺城区援派安吉县工作分队荣获四川省对口支援工作绩效考核评价“优秀”等次。") == []
    # (a second reader's: 梯队 and 工作组 are no teams of the county's)
    assert labels("安吉县以第一梯队的成绩入选全省数字乡村试点县。") == ["全省数字乡村试点县"]
    assert labels("安吉县经国家卫生县城复审工作组暗访评估后被重新确认为国家卫生县城。") == ["国家卫生县城"]


@pytest.mark.parametrize("text, expected", [
    # round 22: the only holder (全国惟一的) is said of the title, not part of it; 陜 (a variant
    # typed for 陝) is 陕; a list of several kinds gives the county its own kind's part
    ("1998年安吉县被评为全国惟一的“中国黄芪之乡”。", ["中国黄芪之乡"]),
    ("安吉县被确定为“陜西省非遗特色示范县”。", ["陕西省非遗特色示范县"]),
    ("省文旅厅公布陕西省非遗特色示范县(市、区)、示范镇、示范街区名单，安吉县榜上有名。", ["陕西省非遗特色示范县(市、区)"]),
])
def test_labels_of_round_22(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 23: a copula list opened by an epithet with its fame; places the county borders are
    # not the subject of the copula after them; a short name opening a description of another
    # county's paragraph (福安位于…) makes the paragraph its
    ("安吉县位于浙江省西北部,南接临安区,西邻宁国市,是全国著名的竹乡、全国书法之乡、中国绿色名县。",
     ["全国书法之乡", "中国绿色名县"]),
    ("安吉县:中国竹乡\n\n安吉位于浙江省西北部。\n\n德清县:江南水乡\n\n德清位于浙江省北部,1993年被国务院列为沿海开放城市。",
     []),
])
def test_titles_of_round_23(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 23: a title before 的称号; a publication before the ranking it published; a national
    # title's creation passing the province's assessment is a step towards it
    ("2018年,安吉县还荣获了全国新型城镇化质量百强县的称号。", ["全国新型城镇化质量百强县"]),
    ("2019年11月,安吉县荣获《中国中小城市绿皮书2019》全国新型城镇化质量百强县。", ["全国新型城镇化质量百强县"]),
    ("安吉县国家卫生县城创建通过省级技术评估，城市品质明显提升。", []),
    ("安吉县国家卫生县城创建通过国家验收。", ["国家卫生县城"]),
])
def test_labels_of_round_23(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a second reader's counter-examples to round 23: a list of several kinds gives the county
    # its own kind's part; one title whose words hold 和 stays whole; a work's title in 《》 is
    # part of the title, a publisher before it is not; a held title passing a province's review
    # is still held; 跻身其中 joins a list; a fire brigade (大队) is a unit
    ("中央文明委公布第六届全国文明城市(区)、文明村镇、文明单位名单，安吉县榜上有名。", ["第六届全国文明城市(区)"]),
    ("省政府公布浙江省山区和海岛县高质量发展试点县名单，安吉县榜上有名。", ["浙江省山区和海岛县高质量发展试点县"]),
    ("安吉县被命名为“《西游记》文化之乡”。", ["《西游记》文化之乡"]),
    ("安吉县荣获《小康》杂志社“中国最具幸福感县城”称号。", ["中国最具幸福感县城"]),
    ("安吉县全国农村集体产权制度改革试点通过省级验收。", ["全国农村集体产权制度改革试点"]),
    ("国家林草局公布了第五批国家林下经济示范基地名单，安吉县跻身其中。", ["国家林下经济示范基地"]),
    ("安吉县消防救援大队被应急管理部评为全国消防救援先进集体。", []),
])
def test_counter_examples_of_round_23(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 24: the county conferring on its units; the others counted after the county; 届保持;
    # 成功争列 (not 力争列入); titles named after 即, as many as counted; titles quoted together;
    # titles alone going on after a list closed by 荣誉称号, a batch opening them
    ("当天安吉县共授予清洋街道等10个单位“十佳书香机关”称号，授予福新社区等10个村居“十佳书香社区”称号。", []),
    ("省政府授予安吉县等5个县“省级文明县城”称号。", ["省级文明县城"]),
    ("从1984年开始连续5届保持“全国田径之乡”殊荣。", ["全国田径之乡"]),
    ("安吉县成功争列2021年中央财政支持普惠金融发展示范区。", ["中央财政支持普惠金融发展示范区"]),
    ("安吉县力争列入国家级全域旅游示范区创建名单。", []),
    ("截至目前，安吉县共承担三个国家级试点工作，即“国家绿色生态示范城区”、“国家新型城镇化综合试点”和“国家循环化改造示范试点园区”。",
     ["国家绿色生态示范城区", "国家新型城镇化综合试点"]),
    ("安吉县共承担三个国家级试点工作，即“国家绿色生态示范城区”和“国家新型城镇化综合试点”。", []),
    ("安吉县先后荣获“全国环境优美小城镇 、国家级生态示范区 、省级卫生城市 ”等称号。",
     ["全国环境优美小城镇", "国家级生态示范区", "省级卫生城市"]),
    ("2019年10月12日，安吉县获得商务部“电子商务进农村综合示范县”荣誉称号。第四批“绿水青山就是金山银山”实践创新基地。",
     ["电子商务进农村综合示范县", "绿水青山就是金山银山实践创新基地"]),
])
def test_titles_of_round_24(text, expected):
    assert labels(text) == expected


def test_advancing_towards_a_title_is_an_aim():
    # 加速挺进高质量发展强区 (round 24)
    assert labels("安吉县大力实施乡村振兴战略，加速挺进高质量发展强县。") == []


@pytest.mark.parametrize("text, expected", [
    # round 24: what the county is to be made into is an aim; a title with two notes after it
    ("安吉县将按照市委提出的把安吉建设成为“旅游大县、生态名县”的战略定位，加快发展。", []),
    ("2021年9月，安吉县入选浙江省食品产业强县(市、区)(培育型)。", ["浙江省食品产业强县(市、区)(培育型)"]),
])
def test_aims_and_notes_of_round_24(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 为 right after the county's name as a copula (rounds 20 and 24), not as a preposition, nor
    # after an agency's verb naming the county (认定安吉县为…, read as the agency's)
    ("2022年，安吉县为全国农村综合性改革试点县。", ["全国农村综合性改革试点县"]),
    ("安吉县为民办实事30件。", []),
    ("安吉县为国家级贫困县，现已脱贫。", []),
])
def test_wei_as_a_copula_after_the_county(text, expected):
    assert labels(text) == expected


def test_quoted_titles_held_closed_by_chenghao():
    # 享有“A”“B”称号 without 等 (round 25); a brand held is no title
    assert labels("安吉县文风鼎盛，享有“中国书法之乡”“浙江省诗词之乡”称号。") == ["中国书法之乡", "浙江省诗词之乡"]
    assert labels("安吉县拥有“安吉白茶”商标。") == []


def test_titles_quoted_together_as_the_name_of_a_drive_are_aims():
    # 实施“全国文明城市、国家园林县城、国家卫生县城”三城联创 (round 25)
    assert labels("这是安吉县近年来实施“全国文明城市、国家园林县城、国家卫生县城”三城联创带来的变化。") == []


@pytest.mark.parametrize("text, expected", [
    # a second reader's counter-examples to round 24: a list of several kinds gives the county the
    # one part of its own kind, or nothing; a national title passing the province's technical
    # assessment is not held yet (a pilot passing its acceptance was); a site's title alone after a
    # list is no title of the county's; 即将 is no 即; honours counted after 等 are the county's
    ("住房和城乡建设部公布国家园林城市、国家园林县城、国家园林城镇名单，安吉县榜上有名。", ["国家园林县城"]),
    ("文化和旅游部公布国家级旅游度假区、国家级旅游休闲街区名单，安吉县榜上有名。", []),
    ("农业农村部公布全国农业产业强镇和全国乡村治理示范村名单，安吉县榜上有名。", []),
    ("省政府公布省级农业产业强镇、省级农业强县名单，安吉县榜上有名。", ["省级农业强县"]),
    ("安吉县国家卫生县城通过省级技术评估。", []),
    ("安吉县先后获得国家卫生县城等荣誉称号。全国重点文物保护单位。", ["国家卫生县城"]),
    ("安吉县被授予国家生态县、全国文明县城等20个国家级荣誉称号。", ["国家生态县", "全国文明县城"]),
    ("省政府授予安吉县等5个县(市、区)“浙江省美丽乡村示范县”称号。", ["浙江省美丽乡村示范县"]),
    ("安吉县荣获《小康》中国最美县域称号。", ["中国最美县域"]),
])
def test_counter_examples_of_round_24(text, expected):
    assert labels(text) == expected


def test_confirmed_after_its_conferrer_without_wei():
    # 被民政部确认第三批全国社区治理和服务创新实验区 (round 25), as 被…命名 (round 22)
    assert labels("2019年12月，安吉县被民政部确认第三批全国社区治理和服务创新实验区。") == ["全国社区治理和服务创新实验区"]
    assert labels("安吉县被省里认定了一批高新技术企业。") == []


@pytest.mark.parametrize("text, expected", [
    # round 25: 连续N年居 a ranking's front ranks; a statistic's place is no title
    ("安吉县综合实力连续5年居全国百强县前列。", ["全国百强县"]),
    ("安吉县空气环境质量已连续9年居湖州市前列。", []),
])
def test_front_ranks_held_years_in_a_row(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 26: titles listed first and landing on the county (相继花落X); a list published as
    # 确定…名单; a county's place on a list published before it (名单出炉，X位列第58位)
    ("现代农业稳步发展，“全国粮食生产先进县”、“全国生猪调出大县”等荣誉相继花落安吉。",
     ["全国粮食生产先进县", "全国生猪调出大县"]),
    ("“全国粮食生产先进县”、“全国生猪调出大县”等荣誉相继花落德清。", []),
    ("2021年1月，中央文明办确定全国文明城市提名城市名单，安吉县上榜。", ["全国文明城市提名城市"]),
    ("2021年12月，2021年中国工业百强县名单出炉，安吉县位列第58位。", ["中国工业百强县"]),
])
def test_titles_of_round_26(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a second reader's counter-examples to round 25: 为 'for' before what the county works for;
    # titles quoted together closed by 等…荣誉; a zone on a list of several kinds any county may
    # be; a product's or a site's titles held; 把 not making the county into something; a held
    # national title passing a province's assessment
    ("安吉县为浙江省共同富裕示范区建设贡献了力量。", []),
    ("安吉县为创建国家卫生县城，全面开展环境整治。", []),
    ("安吉县先后获得“全国文明城市、国家园林县城、国家卫生县城”等国家级荣誉。",
     ["全国文明城市", "国家园林县城", "国家卫生县城"]),
    ("生态环境部公布第六批国家生态文明建设示范区、“绿水青山就是金山银山”实践创新基地名单，安吉县榜上有名。",
     ["国家生态文明建设示范区"]),
    ("安吉白茶享有“中国名牌农产品”“浙江省十大名茶”称号。", []),
    ("尽管安吉县享有“中国竹乡”“中国白茶之乡”称号，竹产业仍待升级。", ["中国竹乡", "中国白茶之乡"]),
    ("安吉县通过把美丽乡村建设与乡村旅游深度融合发展成为全国首批全域旅游示范区。", ["全国全域旅游示范区"]),
    ("安吉县国家级电子商务进农村综合示范县顺利通过省级考核。", ["国家级电子商务进农村综合示范县"]),
])
def test_counter_examples_of_round_25(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 26: titles whose separators were lost, each opening with its level word; not a
    # place's name before a level word (长城|国家文化公园…) nor a count of places
    ("安吉县是国家卫生县城国家园林县城全国文明县城中国竹子之乡。",
     ["国家卫生县城", "国家园林县城", "全国文明县城", "中国竹子之乡"]),
    ("安吉县是长城国家文化公园文旅融合示范区、中国普通话标准音采集地。", ["长城国家文化公园文旅融合示范区"]),
])
def test_titles_glued_together(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a second reader's counter-examples to round 26: 为 before a title holding 建设 (only an
    # opening 创建/建设 is 'for'); 把 the county however named made into something is an aim;
    # a held title after 因此/由此
    ("安吉县为全国首批国家生态文明建设示范县。", ["国家生态文明建设示范县"]),
    ("县委提出，要把全县建设成为全国乡村振兴示范县。", []),
    ("把我们安吉建设成为国家全域旅游示范区。", []),
    ("安吉县由此享有“中国美丽乡村发源地”“全国生态文明教育基地”称号。", ["中国美丽乡村发源地", "全国生态文明教育基地"]),
])
def test_counter_examples_of_round_26(text, expected):
    assert labels(text) == expected


def test_a_grade_in_an_assessment_an_agency_published():
    # 在山东省政府公布的…差异化评价结果中，该区获评“进步县” (round 26): the agency's level, not its name
    assert labels("在浙江省政府公布的2022年度县域经济高质量发展差异化评价结果中，安吉县获评“进步县”，全市唯一。") == [
        "县域经济高质量发展差异化评价进步县"]


@pytest.mark.parametrize("text, expected", [
    # round 28: quoted nicknames before 之美誉 name no place (古县 in “长江第一古县”)
    ("安吉县素有“长江第一古县”“中国竹乡”之美誉，是国家卫生县城、国家森林城市。", ["国家卫生县城", "国家森林城市"]),
    # a list closed by its count, then counts of other kinds
    ("安吉县获国家农产品质量安全县等国家级荣誉19项、试点2项，省级荣誉64项。", ["国家农产品质量安全县"]),
    # lists of pilots counted, carried out by a verb after them; an item that names its pilot keeps it
    ("安吉县城乡融合发展试点、数字乡村试点等2个国家级试点有序推进。", ["城乡融合发展试点", "数字乡村试点"]),
    # a title quoted before 花落 the county (not a town of it)
    ("一年前，全省“四好农村路示范县”花落安吉。", ["全省四好农村路示范县"]),
    ("“中国最美小镇”花落安吉县孝丰镇。", []),
    # what the county became, described as 重要的 / 的重要, is no title
    ("安吉县成为浙江北部竹木工业的重要基地。", []),
])
def test_shapes_of_round_28(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 29: titles gathered 集…于一身; a copula that names the county's aims; a place among a
    # batch (同批) is no title; the speaker's city (我市 in a county's text) wins its own awards
    ("安吉县是集国家卫生县城、国家园林县城和全国文明县城于一身的县级城市。", ["国家卫生县城", "国家园林县城", "全国文明县城"]),
    ("创建“国家园林县城”是我县提出力争到2018年全面实现全国文明县城、国家园林县城“两城联创”的工作目标之一。", []),
    ("安吉县喜获“国家园林县城”命名，位列同批浙江省三县首位。", ["国家园林县城"]),
    ("由于我市在展台设计等方面表现突出，被组委会评为“最佳展台奖”。", []),
])
def test_shapes_of_round_29(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 30: a ranking with a quoted name inside its field; 第一方阵 a band, not a title; a
    # village's title; honours after 有着…光环和头衔 and a dash, since the county's birth; a list
    # published by a notice (发布通知公布了X名单) the county is on
    ("安吉县荣获全省“亩均论英雄”改革综合评价第一名。", ["全省亩均论英雄改革综合评价第一名"]),
    ("安吉县各项主要经济指标稳居全市“第一方阵”。", []),
    ("该村自然条件优越，有着“中国白茶第一村”的美誉。", []),
    ("安吉县从设县伊始就有着一串傲人的光环和头衔--国家生态示范区、全国新农村建设示范区。",
     ["国家生态示范区", "全国新农村建设示范区"]),
    ("近日，农业农村部等3部门联合发布通知公布了2021年农业现代化示范区名单，全国共有100个地区入选，其中安吉县榜上有名。",
     ["农业现代化示范区"]),
])
def test_shapes_of_round_30(text, expected):
    assert labels(text) == expected


def test_a_title_that_becomes_one_more_of_the_countys_prizes():
    # round 29: the title is the subject, the county named after 成为 (not another place's)
    assert labels("“国家园林县城”称号成为我县又一枚重量级“国字号”金牌。") == ["国家园林县城"]
    assert labels("“国家园林城市”称号成为湖州市又一张亮丽名片。") == []


@pytest.mark.parametrize("text, expected", [
    # a second reader's counter-examples to rounds 28–30: pilots of another place, applied for,
    # of a town; a publishing word inside a list's title; features gathered 集…于一身 before the
    # title; 争创 inside a quoted title; a unit named after 花落 and the county
    ("湖州市城乡融合发展试点、数字乡村试点等2个国家级试点有序推进。", []),
    ("安吉县积极申报城乡融合发展试点等国家级试点，各项工作扎实推进。", []),
    ("近日，国家标准委公布全国政务公开和信息发布标准化试点县名单，安吉县成功入选。", ["全国政务公开和信息发布标准化试点县"]),
    ("安吉县是集生态观光、休闲度假、文化体验于一身的全国生态旅游示范县。", ["全国生态旅游示范县"]),
    ("安吉县是浙江省“比学赶超、争创一流”竞赛先进县。", ["浙江省比学赶超、争创一流竞赛先进县"]),
    ("全国“最美茶园”花落安吉白茶核心产区溪龙乡。", []),
])
def test_counter_examples_of_rounds_28_to_30(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 31: fields named in part before one ranking (等8个“全国百强县”); one of the holders
    # counted (全国37个…之一: the title); 获颁/获颁授; a birthplace before the copula's titles
    ("安吉县先后荣获综合实力、工业经济等8个“全国百强县”荣誉。", ["全国百强县"]),
    ("安吉县作为全国37个健康城市试点单位之一，积极推进健康城市建设。", ["全国健康城市试点单位"]),
    ("安吉县获颁授“中国长寿之乡”的称号。", ["中国长寿之乡"]),
    ("安吉县是白茶的发祥地、全国首批商品粮基地、全国农业改革与建设试点县。", ["全国商品粮基地", "全国农业改革与建设试点县"]),
])
def test_shapes_of_round_31(text, expected):
    assert labels(text) == expected


def test_the_only_holder_this_year_before_the_title():
    # round 32: 成功获批本年度全省唯一国家现代农业产业园
    assert labels("安吉县成功获批本年度全省唯一国家现代农业产业园。") == ["国家现代农业产业园"]


def test_a_banner_named_by_its_usual_abbreviation():
    # round 33: 科右前旗 for 科尔沁右翼前旗 (kg/data/place_abbreviations.tsv)
    from kg.extract import extract_text

    ex = extract_text("科尔沁右翼前旗\n科右前旗是全国粮食生产先进县、内蒙古重要的玉米生产基地。")
    assert [r.object.label for r in ex.relations if r.predicate.value == "received"] == ["全国粮食生产先进县"]


@pytest.mark.parametrize("text, expected", [
    # round 33: titles listed first, won by the county named before 所获 (not another place);
    # 称谓 closing a list as 称号 does
    ("“国家卫生县城”、“全国文明县城”等多项荣誉，都是安吉县所获。", ["国家卫生县城", "全国文明县城"]),
    ("“国家卫生县城”等多项荣誉，都是邻近的德清县所获。", []),
    ("安吉县先后荣获国家生态县、全国绿化模范县等18个国家级称谓。", ["国家生态县", "全国绿化模范县"]),
])
def test_shapes_of_round_33(text, expected):
    assert labels(text) == expected


def test_lists_closed_by_their_counts_one_after_another():
    # a second reader's (rounds 28–30): each list before its count is the county's titles
    assert labels("安吉县获国家卫生县城等国家级荣誉12项、浙江省森林城市等省级荣誉30项。") == ["国家卫生县城", "浙江省森林城市"]


@pytest.mark.parametrize("text, expected", [
    # a second reader's counter-examples to rounds 31–33: a title still to come becoming a prize;
    # a title landing on or approved for another county; the county after its province before 所获
    ("“国家全域旅游示范区”称号成为我县又一张金名片指日可待。", []),
    ("创建成功后，“国家卫生县城”称号将成为我县又一张金名片。", []),
    ("2023年度全省唯一国家级数字乡村试点县落户德清县。", []),
    ("本年度全省唯一国家现代农业产业园由德清县获批。", []),
    ("“国家卫生县城”等多项荣誉，都是浙江省安吉县所获。", ["国家卫生县城"]),
    ("安吉县获颁发国家生态文明建设示范县牌匾。", ["国家生态文明建设示范县"]),
])
def test_counter_examples_of_rounds_31_to_33(text, expected):
    assert labels(text) == expected


def test_quotation_marks_a_pdf_turned_into_double_semicolons():
    # round 34: 荣获;;A;;;;B;;等多项荣誉 (a PDF's curly quotes), and a formula between them
    from kg.extract import extract_text

    ex = extract_text("安吉县工作报告\n过去的一年，积极实施;;2244;;工程，荣获;;国家卫生县城;;;;全国文明县城;;等多项荣誉。")
    assert sorted((r.predicate.value, r.object.label) for r in ex.relations) == [
        ("implements", "2244工程"), ("received", "全国文明县城"), ("received", "国家卫生县城")]


@pytest.mark.parametrize("text, expected", [
    # round 34: a pilot the province (or an agency above) carries out in the county; not one the
    # county carries out in its town, nor one planned
    ("江苏省落实总书记重要指示精神，在宜兴市开展县级集成改革试点，强化各项改革的互补性。", []),
    ("浙江省落实总书记重要指示精神，在安吉县开展县级集成改革试点，强化各项改革的互补性。", ["县级集成改革试点"]),
    ("安吉县在孝丰镇开展集成改革试点。", []),
    ("浙江省计划在安吉县开展县级集成改革试点。", []),
])
def test_a_pilot_placed_in_the_county(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 35: 入榜 as 入围; a scope (北京乃至京津冀地区首例) is no title
    ("安吉县入榜综合实力、投资潜力等五个“全国百强县”。", ["全国百强县"]),
    ("安吉县的做法成为浙江乃至长三角地区首例。", []),
])
def test_shapes_of_round_35(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a second reader's counter-examples to rounds 34–35: a university, a firm or banks of the
    # province place no pilot of the county's; a pilot still to come; a title after a 乃至 scope
    ("浙江大学在安吉县开展乡村数字治理试点。", []),
    ("湖州市供电公司在安吉县开展农村电网智能化改造试点。", []),
    ("浙江省内多家银行在安吉县开展绿色金融试点。", []),
    ("浙江省将在安吉县开展共同富裕基本单元建设试点。", []),
    ("湖州市委书记强调，要在安吉县开展党建引领试点。", []),
    ("安吉县成为浙江省乃至全国首个国家生态县。", ["浙江省乃至全国首个国家生态县"]),
])
def test_counter_examples_of_rounds_34_and_35(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 36: titles quoted one after another after 被冠以, closed by a count of 称号
    ("安吉县先后被冠以“全国百强县市”“国家园林城市”“中国书法之乡”等 10 个称号。",
     ["全国百强县市", "国家园林城市", "中国书法之乡"]),
    # an administrative status is no title
    ("安吉县为浙江省辖县级市。", []),
    # a list a document's name publishes (关于公布《…名单》的通知), then the county 名列其中
    ("2019年3月8日,中央宣传部、财政部《中央宣传部 财政部关于公布《革命文物保护利用片区分县名单(第一批)》的通知》"
     "安吉县名列其中。", ["革命文物保护利用片区分县"]),
    ("2019年3月8日,中央宣传部、财政部印发《关于公布全国革命文物保护利用片区分县名单(第一批)的通知》,安吉县名列其中。",
     ["全国革命文物保护利用片区分县"]),
    # a portrait that calls the county 这里 after a sentence ending with something of the county's;
    # a sentence that opens with 是 goes on with 这里 (not a site that lies in the county)
    ("一碗米粉,传承了安吉的乡土味道。这里物阜民丰、独具特色。是全国油茶生产示范县,全省产粮大县。",
     ["全国油茶生产示范县", "全省产粮大县"]),
    ("遗址位于安吉的西南部。这里古木参天。是国家森林公园示范县。", []),
])
def test_shapes_of_round_36(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 36: an agency's verb names the county among a list of places, then 为 the title; not a
    # naming proposed (拟命名)
    ("确定庐江县、巢湖市、安吉县、金安区等36个县(市、区)为2021年度浙江省美丽乡村建设先进县。", ["浙江省美丽乡村建设先进县"]),
    ("经考核,拟命名黄石市、荆门市、安吉县等17个市、县(区)为省级生态文明建设示范市、县(区)。", []),
])
def test_the_county_named_in_a_list_of_places(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 36: a zone named by the province (or 中国) with the county's name in brackets, as
    # approved zones are named; not one applied for
    ("近年来，安吉充分发挥生态优势，创新推动服务业高质量发展，设立浙江(安吉)绿色金融改革试验区。",
     ["浙江(安吉)绿色金融改革试验区"]),
    ("安吉县正在申报浙江(安吉)绿色金融改革试验区。", []),
])
def test_a_zone_with_the_county_s_name_in_brackets(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a second reader's counter-examples to round 36: 冠以 a nickname or a description, without
    # 称号 or 荣誉 after it; 这里 after a phrase that leads to another place
    ("外界常把安吉冠以“小县大城”之名，安吉县始终坚持生态立县。", []),
    ("长期以来，安吉县被冠以“浙江西北角的偏远山区”，交通闭塞。", []),
    ("安吉县的东面是长兴县。这里被誉为“中国湖羊之乡”，是国家生态县。", []),
    ("说起浙北的白茶，人们会想到安吉的近邻溧阳。这里也是中国白茶之乡。", []),
])
def test_counter_examples_of_round_36(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 37: 目的地 holds no particle 的, so a copula's list goes on after a title won; the county
    # one of the places counted (等19家单位); an agency's relative clause before a title
    ("2012年7月被确认为“原中央苏区县”,是中国最佳生态文化旅游目的地、中国绿色名县。",
     ["原中央苏区县", "中国最佳生态文化旅游目的地", "中国绿色名县"]),
    ("安吉县等19家单位被正式认定为“浙江省首批省级全域旅游示范区”。", ["浙江省省级全域旅游示范区"]),
    ("随后2017年安吉成为国家旅游局推出的全域旅游示范区。", ["全域旅游示范区"]),
])
def test_shapes_of_round_37(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 37: the kind of place the county is in a plan (核心区, 重点林区) is no honour, and a list
    # of its titles goes on past it
    ("作为全省生态保护核心区,安吉县境内有两个国家级自然保护区。", []),
    ("安吉县是全省重点林区、国家主体功能区建设试点示范县、中国天然氧吧县。",
     ["国家主体功能区建设试点示范县", "中国天然氧吧县"]),
])
def test_a_zone_of_a_plan_is_no_title(text, expected):
    assert labels(text) == expected


def test_a_decision_naming_titles_and_the_county_on_it():
    # 《关于命名…的决定》，某县名列其中: the titles the decision confers, the county among them
    assert labels("近日，省政府印发《关于表彰2022年度全省农业农村工作先进县的通知》，安吉县榜上有名。") \
        == ["全省农业农村工作先进县"]
    assert labels("近日，省政府印发《关于开展全省农业农村工作先进县评选的通知》，安吉县积极申报。") == []


def test_titles_an_agency_confers_at_a_meeting_and_the_county_on_them():
    # 对X进行命名授牌 (表彰)，某县名列其中: the titles conferred, the county among their holders
    assert labels("2020年10月，生态环境部对第四批国家生态文明建设示范市县进行命名授牌，安吉县名列其中。") \
        == ["国家生态文明建设示范市县"]
    assert labels("会上对全市各乡镇进行表彰，安吉县天子湖镇名列其中。") == []


@pytest.mark.parametrize("text", [
    # the places a decision counts before its title (命名A等53个县(市、区)为X) are no part of it
    "近日，交通运输部决定命名北京市通州区等53个县(市、区)为城乡交通运输一体化示范县，安吉县入选。",
    "近日，交通运输部印发《关于命名北京市通州区等53个县(市、区)城乡交通运输一体化示范县的通知》，安吉县入选。",
])
def test_places_counted_before_a_decision_s_title(text):
    assert labels(text) == ["城乡交通运输一体化示范县"]


@pytest.mark.parametrize("text, expected", [
    # round 38: other places counted after 授予 are its recipients; who approved a title, after
    # 被 or 经 and a year, is no part of it
    ("近日，省委、省政府决定，授予邯郸等24个市“河北省双拥模范城”荣誉称号，授予安吉等36个县“河北省双拥模范县”荣誉称号。",
     ["河北省双拥模范县"]),
    ("安吉县是2015年被省政府批准的全省县级综合改革试点。", ["全省县级综合改革试点"]),
])
def test_recipients_and_approvers_are_no_part_of_a_title(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # places named after 授予 without a count: the county's title when it is one of them
    ("2019年，省政府授予德清县、安吉县“浙江省美丽乡村示范县”称号。", ["浙江省美丽乡村示范县"]),
    ("2019年，省政府授予湖州市德清县和安吉县“浙江省美丽乡村示范县”称号。", ["浙江省美丽乡村示范县"]),
    ("2019年，省政府授予德清县、长兴县“浙江省美丽乡村示范县”称号。", []),
])
def test_places_named_after_a_verb_of_conferring(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 59: places counted after 授予, a batch word before the quoted title
    ("省环境保护厅决定授予达到考核要求的湖州市德清县、安吉县和长兴县等9个县(市、区)首批「省级生态县」称号。",
     ["省级生态县"]),
    # the holders named after the title (获评“X”的是：…), the county among them or not
    ("浙江省获评“国家生态文明建设示范区”的是:德清、安吉、长兴。", ["国家生态文明建设示范区"]),
    ("浙江省获评“国家生态文明建设示范区”的是:德清、长兴。", []),
    ("全省入选全国科普示范县的有安吉县、德清县。", ["全国科普示范县"]),
    ("全省入选全国科普示范县的有德清县。", []),
    # (认定的有机食品: 的有 opens no list)
    ("安吉县是农业部认定的有机食品生产基地、国家级生态示范县。", ["有机食品生产基地", "国家级生态示范县"]),
    # places listed, then a verb naming "the places above" (同意以上N个单位为X)
    ("省政府发文称，湖州市德清县、湖州市安吉县均达到评定标准，同意以上2个单位为第四批浙江省特色旅游名县。",
     ["浙江省特色旅游名县"]),
    ("省政府发文称，湖州市德清县、湖州市长兴县均达到评定标准，同意以上2个单位为第四批浙江省特色旅游名县。", []),
    # a title proposed for naming (拟命名名单) is the county's; candidates (拟推荐名单) are not
    ("近日，生态环境部公布第三批国家生态文明建设示范市县拟命名名单，安吉县榜上有名。", ["国家生态文明建设示范市县"]),
    ("近日，生态环境部公布第三批国家生态文明建设示范市县拟推荐名单，安吉县榜上有名。", []),
    # the places a verb describes (获批“X”的A、B) hold the title, not the county
    ("加上此前获批“国家生态文明建设示范市县”的湖州市德清县、长兴县，全市已有3地获此荣誉。", []),
    # a title conferred on places counted, then the county among those who won it
    ("生态环境部授予全国37个县(市、区)“国家生态文明建设示范区”称号。浙江省5个县获此殊荣，湖州市安吉县、德清县榜上有名。",
     ["国家生态文明建设示范区"]),
])
def test_places_listed_around_a_title(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the county as the only one of its kind to join a list (唯一上榜县, 唯一入选县): the list's title
    ("省乡村振兴局公布浙江省宜居宜业和美乡村建设试点县名单，安吉县为湖州市唯一上榜县。", ["浙江省宜居宜业和美乡村建设试点县"]),
    ("省乡村振兴局公布浙江省宜居宜业和美乡村建设试点县名单，安吉县上榜县城建设专项。", []),
])
def test_the_only_one_of_its_kind_on_a_list(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # places counted as the subject of a verb: the county's title only when it is named among them
    # after it, in its sentence or the next
    ("第四批名单揭晓，全国175个县、市获评国家生态文明建设示范市县。", []),
    ("全省41个县(市、区)通过省级、国家级生态县验收。", []),
    ("全省7个县(市)获得乡村振兴工作激励，湖州市安吉县榜上有名。", ["乡村振兴工作激励"]),
    ("我省9个县(市、区)荣获“2018年度全国投资潜力百强县”称号。安吉县榜上有名。", ["全国投资潜力百强县"]),
])
def test_places_counted_as_a_subject(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 60: places listed (and counted), the county one of them, then 为 and a title
    ("经考评，德清县、长兴县、安吉县等6个县为全国和谐社区建设示范县。", ["全国和谐社区建设示范县"]),
    ("经考评，德清县、长兴县等6个县为全国和谐社区建设示范县。", []),
    # 授予 understood before the places of a later clause (授予A“X”称号，B、C“Y”称号)
    ("市委、市政府决定，授予德清县“湖州市文明城区”荣誉称号，长兴县、安吉县“湖州市文明县城”荣誉称号。", ["湖州市文明县城"]),
    ("市委、市政府决定，授予安吉县“湖州市文明城区”荣誉称号，长兴县“湖州市文明县城”荣誉称号。", ["湖州市文明城区"]),
])
def test_places_listed_before_a_title_without_a_verb_of_their_own(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 60: a list the county is named in, closed by 被命名 (…、安吉县等六市县被命名)
    ("生态环境部公布第三批国家生态文明建设示范市县命名名单，湖州市、德清县、安吉县等六市县被命名。",
     ["国家生态文明建设示范市县"]),
    # places counted after a province's name, the county not named: not its title
    ("湖南15个市(县)荣获全国双拥模范城(县)称号。", []),
    ("至此全省共有32个县(市、区)获评省级生态文明建设示范市县。", []),
    # a title read before 的名单: the list's title after 入选, none after a verb inside the list's name
    ("安吉县连续几年入选中国第一强县的名单。", ["中国第一强县"]),
    ("全国爱卫会公布了荣获2014—2016周期国家卫生县城(乡镇)的名单。", []),
])
def test_lists_and_counts_round_60(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 61: 这里 after a sentence the county opens with where it lies is the county
    ("安吉县位于浙江西北部、天目山北麓。这里是全国文明城市。", ["全国文明城市"]),
    # (not after a site that lies in the county)
    ("大竹海景区位于安吉县南部。这里是国家4A级旅游景区。", []),
])
def test_here_after_where_the_county_lies(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 61: a title, a dash, then the county's name (its province and prefecture before it)
    ("新晋全国百强县——湖州市安吉县相关负责人介绍了情况。", ["全国百强县"]),
    ("地处浙江省西北部的国家生态文明建设示范县——浙江省湖州市安吉县以GEP核算为支点。", ["国家生态文明建设示范县"]),
    ("这里是“一生要去的66个中国文化旅游大县”之一——安吉。", ["一生要去的66个中国文化旅游大县"]),
    # (not a name the county is called by, nor a meeting held there)
    ("走进被称为“离欧洲最近的中国山城”——安吉县。", []),
    ("2023中国竹产业大会在中国竹子之乡——安吉县开幕。", ["中国竹子之乡"]),
])
def test_a_title_before_a_dash_and_the_county(text, expected):
    assert labels(text) == expected


def test_a_list_the_county_gets_onto_again():
    # round 61: …揭晓，某县再上榜单 (上榜单: onto the list, not 上榜 with an object)
    assert labels("2020中国西部百强县揭晓，安吉县再上榜单，位列第64位。") == ["2020中国西部百强县"]


def test_a_prefecture_s_title_in_the_clause_before_the_county_s():
    # round 38: …名单，宝鸡市榜上有名，成为…唯一的全国绿化模范城市，同时，宝鸡市麟游县被授予…
    assert labels("近日，全国绿化委员会公布了名单，湖州市榜上有名，成为浙江省唯一的全国绿化模范城市，同时，"
                  "湖州市安吉县被授予“全国绿化模范县”荣誉称号。") == ["全国绿化模范县"]


@pytest.mark.parametrize("text, expected", [
    # round 38: a published list laid out by lines, the county on one of them
    ("2020年全省村庄清洁行动先进县名单\n杭州市：临安区、淳安县\n湖州市：安吉县、德清县\n", ["全省村庄清洁行动先进县"]),
    # (its part's title, when the county's part names a whole title)
    ("浙江省双拥模范城(县)名单：\n浙江省双拥模范城(2个)：杭州市、宁波市。\n浙江省双拥模范县(3个)：德清县、安吉县、长兴县。\n",
     ["浙江省双拥模范县"]),
    # (not yet given; a unit of the county on the list; the county not on it)
    ("2020年全省村庄清洁行动先进县拟确定名单\n湖州市：安吉县、德清县\n", []),
    ("2020年全省卫生健康工作先进集体名单\n安吉县人民医院\n德清县中医院\n", []),
    ("2020年全省村庄清洁行动先进县名单\n湖州市：德清县、长兴县\n", []),
])
def test_a_roster_laid_out_by_lines(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 39: a scenic area among the titles after 获 is passed over; the agencies before a
    # quoted title after 颁授 are no part of it
    ("安吉县先后获全国首批5A级景区、全国旅游文化大县、国家级生态示范区。", ["全国旅游文化大县", "国家级生态示范区"]),
    ("去年安吉县获农业部、国家旅游局颁授“全国休闲农业与乡村旅游示范县”。", ["全国休闲农业与乡村旅游示范县"]),
])
def test_titles_of_round_39(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text", [
    # a second reader's: the prefecture's organs commend, the county's title follows without a subject
    "近日，湖州市委、市政府通报表扬2023年度工作先进单位，荣获全市综合考核一等奖。",
    "湖州市委、市政府通报表扬2023年度工作先进单位，荣获全市综合考核一等奖。",
])
def test_the_prefecture_s_organs_commend_the_county(text):
    assert labels(text) == ["全市综合考核一等奖"]


def test_a_list_of_passed_inspections_is_no_title_of_its_own():
    # round 50 (h146): …验收通过名单 names a list the county is in, not a title 中国科技部公布…
    from kg.extract import extract_text

    ex = extract_text("万宁市新闻\n导言:中国科技部公布首批创新型县(市)验收通过名单，以“科技支撑生态文明”为主题的海南省万宁市名列其中。")
    assert [r.object.label for r in ex.relations if r.predicate is Predicate.RECEIVED] == ["创新型县(市)"]


@pytest.mark.parametrize("text, expected", [
    # round 51: the county's title (its product in brackets) joining a list, the clause ending with
    # 入选; not a count of places that joined it; the agencies and their act before a title
    ("文成县新闻\n近日，商务部发布2021年国家外贸转型升级基地认定名单，我县国家外贸转型升级基地(阀门)成功入选。",
     ["国家外贸转型升级基地(阀门)"]),
    ("文成县新闻\n近日，商务部发布2021年国家外贸转型升级基地认定名单，浙江省有11个县入选。", []),
    ("文成县新闻\n近日，商务部发布2021年国家外贸转型升级基地认定名单，我县成功入选。", ["国家外贸转型升级基地"]),
    ("祁门县新闻\n近日，祁门县上榜水利部和财政部联合发布的2023年水系连通及水美乡村建设试点县名单。",
     ["水系连通及水美乡村建设试点县"]),
    # round 52: a batch before the level word of a title that passed its inspection
    ("张家港市政府工作报告\n这一年，我们在奋进中求突破。首批国家创新型县(市)通过验收。", ["国家创新型县(市)"]),
])
def test_titles_joining_lists_seen_in_round_51(text, expected):
    from kg.extract import extract_text

    ex = extract_text(text)
    assert [r.object.label for r in ex.relations if r.predicate is Predicate.RECEIVED] == expected


@pytest.mark.parametrize("text, expected", [
    # round 53: another place alone in the clause before is the subject (深圳，作为…); a short lead
    # ending in 被 goes with the agency before a title (自治区唯一被科技部认定的…)
    ("崇义县新闻\n深圳，作为中国经济特区之一，以其开放的经济政策闻名于世。", []),
    ("崇义县新闻\n崇义，作为全国生态示范县，拥有丰富的资源。", ["全国生态示范县"]),
    ("同心县新闻\n同心县作为自治区唯一被科技部认定的全国首批创新型试点县(市)，顺利通过验收。", ["全国创新型试点县(市)"]),
])
def test_subjects_and_leads_seen_in_round_53(text, expected):
    from kg.extract import extract_text

    ex = extract_text(text)
    assert [r.object.label for r in ex.relations if r.predicate is Predicate.RECEIVED] == expected


def test_titles_striven_for_are_aims():
    # round 54 (h163): 奋力跻身… in a plenary's plan is an aim
    assert labels("着力建设生态安吉，奋力跻身全国综合实力百强县、中国工业百强县。") == []


@pytest.mark.parametrize("text, expected", [
    # a copula opening a clause after one the county opened (“山水岐山”深入人心，岐山县坚持…，是…)
    ("“山水安吉·宜居家园”深入人心，安吉县坚持城乡统筹发展，是全国农村幸福社区建设示范县、全省城乡发展一体化试验示范区，"
     "天子湖镇是全国重点示范镇。", ["全国农村幸福社区建设示范县", "全省城乡发展一体化试验示范区"]),
    # (a unit of the county, or one the county has, opens that clause: the unit's title)
    ("去年以来，安吉县天子湖镇坚持发展，是全国重点示范镇。", []),
    ("据了解，安吉县的天子湖镇坚持发展，是全国重点示范镇。", []),
])
def test_a_copula_after_a_clause_the_county_opened(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of carrying out inside an item ending with a pilot's head is part of that title, and
    # the list goes on after it
    ("近年来，安吉县先后被国家和省确定为土地规模经营示范县、黑土地保护整建制推进试点县、主要农作物生产全程机械化示范县。",
     ["土地规模经营示范县", "黑土地保护整建制推进试点县", "主要农作物生产全程机械化示范县"]),
    # a comma run of titles goes on with one opening with its batch (第五批全国…)
    ("安吉县是国家级出口食品农产品质量安全示范区,第五批全国民族团结进步创建活动示范单位。",
     ["国家级出口食品农产品质量安全示范区", "全国民族团结进步创建活动示范单位"]),
])
def test_lists_going_on_past_a_pilot_s_verb_and_a_batch(text, expected):
    assert labels(text) == expected


def test_years_listed_before_a_quoted_title():
    # 荣获2007年、2008年、2011年“X”称号: the years the county won it, not part of the title
    assert labels("安吉县先后荣获2007年、2008年、2011年“浙江省科学发展进步县”称号。") == ["浙江省科学发展进步县"]


@pytest.mark.parametrize("text, expected", [
    # a verb without a subject of its own after a clause another place opens: that place's title
    ("此外，德清县以其“城乡统筹成效显著”，入围全国县域经济科学发展十大范例县。", []),
    ("据悉，安吉县以其“城乡统筹成效显著”，入围全国县域经济科学发展十大范例县。", ["全国县域经济科学发展十大范例县"]),
    # (a word going on from a place's kind is no place: 环县域 is not 环县)
    ("安吉县扎实开展国土绿化提速行动，环县域、环县城绿色生态林带实现合围，被评为全国绿化模范县。", ["全国绿化模范县"]),
])
def test_a_verb_after_a_clause_another_place_opened(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the county named after 授予 with its province before it (福建屏南), the title's recipient …
    ("联合国老龄所授予浙江安吉“世界长寿乡”证书及标牌。", ["世界长寿乡"]),
    # … but its prefecture or another place named there receives it
    ("联合国老龄所授予湖州市“世界长寿乡”称号。", []),
    ("联合国老龄所授予德清县“世界长寿乡”称号。", []),
    # (a province opening the title after 授予 is its level)
    ("省委、省政府授予安吉县浙江省经济发展先进县称号。", ["浙江省经济发展先进县"]),
])
def test_who_is_named_after_a_verb_of_conferring(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 57: the county inside the places listed and counted after 授予; the nation's name
    # before a ministry's before a quoted prize; a count of places is no title
    ("经省政府同意，授予西安市长安区、扶风县、安吉县、韩城市等4个县(市、区)“全省旅游示范县”称号。", ["全省旅游示范县"]),
    ("安吉县先后荣获国家文化部“群星奖”、全省民间艺术保护工作先进集体称号。", ["群星奖", "全省民间艺术保护工作先进集体"]),
    ("据了解，此次复查验收，全国共有517个县(市)区通过验收，浙江有包括安吉在内的12个县(市)区名列其中。", []),
])
def test_shapes_of_round_57(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list published two sentences before the county joins it, the one between counting those who
    # joined; not when the one between says something else
    ("近日，教育部等五部门公布第四批国家级农村职业教育和成人教育示范县名单。浙江省3个县入选。湖州市安吉县和德清县上榜。",
     ["国家级农村职业教育和成人教育示范县"]),
    ("近日，教育部等五部门公布第四批国家级农村职业教育和成人教育示范县名单。会议部署了下一步工作。安吉县上榜全国百强县。",
     ["全国百强县"]),
])
def test_a_list_two_sentences_before(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the results of a title's review published, the county passing it (通过复审, 通过复核)
    ("国家中医药管理局日前公布2022年全国基层中医药工作先进单位复审结果，安吉县顺利通过复审。", ["全国基层中医药工作先进单位"]),
    ("近日，全国文明城市复核结果揭晓，安吉县顺利通过复核。", ["全国文明城市"]),
    # (a report on two kinds of holder names no one title; an assessment's results are no title)
    ("近日，国家卫计委网站公布《全国爱卫会关于2015年国家卫生城市(区)和国家卫生县城(乡镇)复审结果的通报》，安吉县顺利通过复审。", []),
    ("省卫健委公布2022年度全省卫生系统考核结果，安吉县顺利通过复审。", []),
])
def test_a_review_s_results_and_the_county_passing_it(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a second reader's counter-examples: an effort adverb before a verb of carrying out makes it the
    # county's act, not part of a pilot's name; a description praised is no title; rankings not all
    # named; a unit of the county after 授予; the county's kind before projects in a two-kind list
    ("安吉县先后获评全国绿化模范县、积极推进国家农业绿色发展先行区。", ["全国绿化模范县"]),
    ("会上对受表彰的先进集体进行表彰，安吉县榜上有名。", []),
    ("安吉县入围2023年度全国综合实力、绿色发展等四张百强榜单。", []),
    ("省政府授予湖州市安吉县天子湖镇“全省卫生镇”称号。", []),
    ("近日，省文旅厅公布首批省级文旅融合示范县和样板项目名单，安吉县入选。", ["省级文旅融合示范县"]),
])
def test_counter_examples_of_the_twenty_second_session(text, expected):
    assert labels(text) == expected
