"""recognizedBy: which agencies recognised the county's reforms, awards or work, and what they recognised."""

from __future__ import annotations

import pytest

from kg.extract import awards, recognition, reforms
from kg.model import Entity, Extraction, Kind, Predicate
from kg.text import make_document

ANJI = Entity(Kind.COUNTY, "安吉县", aliases=("安吉",), adcode="330523", province="浙江省", prefecture="湖州市")
DEQING = Entity(Kind.COUNTY, "德清县", aliases=("德清",), adcode="330521", province="浙江省", prefecture="湖州市")


def run(text: str, focus: Entity = ANJI) -> Extraction:
    """The components in pipeline order, with a hand-made focus county."""
    doc = make_document(text, "t")
    ex = Extraction(doc, focus=focus, counties=[focus])
    for component in (reforms.extract, awards.extract, recognition.extract):
        component(doc, ex)
    return ex


def recognitions(text: str) -> list[tuple[str, str, str]]:
    """(kind of the recognised thing, its label, agency) for each recognizedBy relation."""
    return [(r.subject.kind.value, r.subject.label, r.object.label)
            for r in run(text).relations if r.predicate is Predicate.RECOGNIZED_BY]


def agencies_of(text: str) -> list[str]:
    return [agency for _, _, agency in recognitions(text)]


@pytest.mark.parametrize("text, expected", [
    # round 59: 被A指定为…
    ("安吉县被生态环境部指定为全国生态文明建设试点县。", ["中华人民共和国生态环境部"]),
    # the agency confers a title on places named before it, the county among them
    ("省环境保护厅决定授予达到考核要求的湖州市德清县、安吉县和长兴县等9个县(市、区)首批「省级生态县」称号。",
     ["浙江省环境保护厅"]),
    ("省环境保护厅决定授予达到考核要求的湖州市德清县、长兴县等9个县(市、区)首批「省级生态县」称号。", []),
    # a title conferred on places counted, the county among those who won it in the next sentence
    ("生态环境部授予全国37个县(市、区)“国家生态文明建设示范区”称号。浙江省5个县获此殊荣，湖州市安吉县、德清县榜上有名。",
     ["中华人民共和国生态环境部"]),
])
def test_agencies_conferring_on_places_named(text, expected):
    assert agencies_of(text) == expected


def test_a_list_the_county_is_named_in_closed_by_being_named():
    # round 60: …名单，A、B、某县等六市县被命名: the agency that published the list
    assert agencies_of("生态环境部公布第三批国家生态文明建设示范市县命名名单，湖州市、德清县、安吉县等六市县被命名。") \
        == ["中华人民共和国生态环境部"]


@pytest.mark.parametrize("text, expected", [
    # 获A和B的肯定和推广 / 得到A、B的充分肯定
    ("“余村经验”得到中央农办、农业农村部的充分肯定。", ["中央农村工作领导小组办公室", "中华人民共和国农业农村部"]),
    ("相关经验获中央政法委和最高人民法院的肯定和推广。", ["中共中央政法委员会", "最高人民法院"]),
    # 被A确定为 / 命名为 / 批准为
    ("安吉县被中宣部、中央文明办确定为全国新时代文明实践中心建设试点县。",
     ["中共中央宣传部", "中央精神文明建设指导委员会办公室"]),
    ("2013年,安吉县被住建部批准为第二批国家智慧城市试点。", ["中华人民共和国住房和城乡建设部"]),
    # 获A通报表彰 / 被A通报表扬, with a gap between agency and verb
    ("政府性债务化解、农村电商建设获国务院通报表彰。", ["中华人民共和国国务院"]),
    ("作为全国唯一的债务管理先进典型,被国务院第五次大督查通报表扬。", ["中华人民共和国国务院"]),
    # 省政府 resolves through the focus county's province
    ("医疗卫生体制改革获省政府通报激励。", ["浙江省人民政府"]),
    ("相关创新举措被省政务办发文推广。", ["浙江省政务服务管理办公室"]),
    # 获得A等部委的认可; 获A宣传推介; 入选A第一批…
    ("探索形成的物流模式,获得商务部等部委的认可与好评。", ["中华人民共和国商务部"]),
    ("新时代文明实践中心建设获中宣部宣传推介。", ["中共中央宣传部"]),
    ("治理经验入选自然资源部第一批生态产品价值实现典型案例。", ["中华人民共和国自然资源部"]),
    ("相关做法获中国人民银行总行充分肯定。", ["中国人民银行"]),
    # the agency is the subject, the county the object
    ("省政府对安吉县予以督查激励。", ["浙江省人民政府"]),
    # the agency is named in the title the county received
    ("安吉县被确定为“财政部扶持村级集体经济发展试点县”。", ["中华人民共和国财政部"]),
    ("安吉县作为中农办农村金融改革试验联系点,先行先试。", ["中央农村工作领导小组办公室"]),
    # 在A…中获表扬
    # 通过A…验收
    ("2019年1月,顺利通过国家住建部专家组考核验收。", ["中华人民共和国住房和城乡建设部"]),
])
def test_agencies_that_recognised(text, expected):
    assert agencies_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an office holder's praise given right after the office is the agency's (seen on pages: 民和县,
    # a reform pilot; and in the real corpus, where the annotators made it optional)
    ("安吉的做法获市委主要领导批示肯定。", ["中共湖州市委员会"]),
    ("安吉“两山银行”获民政部副部长詹成付批示肯定。", ["中华人民共和国民政部"]),
    ("安吉宅基地制度改革试点工作获时任省委主要领导批示肯定。", ["中共浙江省委员会"]),
    ("安吉“绿地运营”新模式受到市委、市政府主要领导的高度肯定。", ["中共湖州市委员会", "湖州市人民政府"]),
    ("安吉“数字乡村”建设得到文旅部某某某部长等领导的批示肯定。", ["中华人民共和国文化和旅游部"]),
    ("安吉的做法获省委和市委书记肯定。", ["中共浙江省委员会", "中共湖州市委员会"]),
])
def test_an_office_holders_praise_is_the_agencys(text, expected):
    assert agencies_of(text) == expected


# a second reader's sentences: instructions, praise of persons, visits, and 任 before an adviser
@pytest.mark.parametrize("text", [
    "安吉县的问题获市委主要领导批示，要求限期整改。",
    "安吉县的报告获市委书记批示：请市发改委研究办理。",
    "安吉的做法获得市委主要领导批示。",
    "市委主要领导批示要求安吉县立即整改存在的问题。",
    "省委书记表扬了安吉县委书记的担当作为。",
    "市委书记来安吉点赞志愿者。",
    "省委书记调研时肯定了安吉的做法。",
    "时任省政府参事王某某对安吉的做法给予高度评价。",
    "安吉县被省委作为重点帮扶对象，在全省率先推广消费帮扶。",
])
def test_an_office_holder_who_instructs_visits_or_praises_a_person_is_no_agency(text):
    assert agencies_of(text) == []


@pytest.mark.parametrize("text", [
    # media report, they do not recognise
    "安吉经验被人民日报、新华社、中央电视台等主流媒体关注。",
    # an agency that supports, leads or holds a meeting
    "在中宣部、国家统计局和全国供销总社的支持协调和倾力帮助下,累计争取上级补助资金108亿元。",
    "国家发改委召开现场会,安吉作典型发言。",
    "在省委、省政府召开的全省大会上作典型发言。",
    "在国家发改委的指导下,安吉县获评全国文明城市。",
    # slogans and policy: the agency is what the county carries out
    "认真贯彻落实中央和省委全面深化改革总体部署。",
    "按照省委“二十四字”方针,聚焦市委“三大战略”。",
    # persons, and persons holding an office
    "习近平总书记充分肯定安吉的生态文明建设。",
    "安吉县被省委作为联系点，在全省率先推行改革。",
    "时任省委书记到安吉调研。",
    "市委主要领导在安吉召开现场会。",
    # the county's own bodies are the county
    "改革成效显著的先进单位由县委发文予以表彰。",
    # an aim, not a result
    "力争获得国家部委认可。",
    # an administrative change two clauses after the approval (a paraphrased real passage)
    "1992年8月11日,经国务院批准,民政部批复浙江省人民政府,同意撤销安吉县,设立安吉市。",
    # (round 12) the approval on a line of its own, what it approved on the next
    # 建设部署 is a plan's arrangement, no ministry
    "安吉县全面落实乡村振兴建设部署,获得肯定。",
    # (a second reader's) bulletins that criticise
    "2022年,安吉县国家卫生县城复审未通过,被省爱卫会通报。",
    "省政府通报全省营商环境评价结果,安吉县被列为整改县。",
])
def test_not_recognition(text):
    assert agencies_of(text) == []


@pytest.mark.parametrize("text, expected", [
    # the verb after a role, a scope or a meeting: 被A作为…典型案例向全国推介, 被A在全省推广
    ("德清县“数字乡村一张图”做法被中央网信办、农业农村部作为数字乡村建设典型案例向全国推介。",
     ["中央网络安全和信息化委员会办公室", "中华人民共和国农业农村部"]),
    ("该县乡村振兴经验被省委改革办在全省推广。", ["中共浙江省委全面深化改革委员会办公室"]),
    ("相关做法被省农业农村厅发文在全省复制推广。", ["浙江省农业农村厅"]),
    ("相关经验被国家发展改革委作为县城建设典型经验印发全国。", ["国家发展和改革委员会"]),
    ("“共富工坊”做法被人力资源社会保障部在全国就业工作座谈会上推广。", ["中华人民共和国人力资源和社会保障部"]),
    ("农房改革经验被省卫健委作为典型在全省推广。", ["浙江省卫生健康委员会"]),
    # … with a comma before where it was promoted (seen on pages: 福贡县)
    ("该县“党建+护边”做法被市委作为典型案例，在全市范围内推广。", ["中共湖州市委员会"]),
    # approved or authorised: 经A同意/授权/批准, 获A批复同意
    ("经全国人大常委会授权，德清县开展集体经营性建设用地入市试点。", ["全国人民代表大会常务委员会"]),
    ("经省政府同意，省发展改革委印发《德清县城乡融合发展改革方案》。",
     ["浙江省人民政府", "浙江省发展和改革委员会"]),
    ("该做法获省政府批复同意。", ["浙江省人民政府"]),
    # the agency published a list and the county entered it
    ("近日，住房和城乡建设部公布第二批城市更新典型案例名单，德清县“老街新生”案例成功入选。",
     ["中华人民共和国住房和城乡建设部"]),
    ("日前，国家林草局公布2023年国家森林康养基地名单，德清县榜上有名。", ["国家林业和草原局"]),
    ("近日国家林草局公布2023年国家森林康养基地名单，德清县位列其中。", ["国家林业和草原局"]),
    ("近日，农业部和国家旅游局公示了“全国休闲农业与乡村旅游示范县”名单，德清县榜上有名。",
     ["中华人民共和国农业部", "国家旅游局"]),  # an article about 德清县, 2015
    # … its list closing one sentence, the county opening the next (an article about 象山县, 2020)
    ("2019年11月，农业农村部发布全国首批20个乡村治理典型案例。浙江省德清县的“村民说事”榜上有名。",
     ["中华人民共和国农业农村部"]),
    # … another clause after the list's, issuing nothing (an article about 刚察县, 2025)
    ("近日，农业农村部公布第三批农业绿色发展典型案例名单，31个典型案例获得全国推介。其中《德清县做强有机农业》成功入选。",
     ["中华人民共和国农业农村部"]),
    ("农业农村部办公厅印发第三批全国农业社会化服务典型案例，德清县的做法被列入其中。",
     ["中华人民共和国农业农村部"]),
    # the agency published a call to learn from the county, or conferred a title in the next clause
    ("2021年，中共浙江省委、浙江省人民政府印发文件，要求全省学习推广德清经验。",
     ["中共浙江省委员会", "浙江省人民政府"]),
    ("省委、省政府联合发文，命名德清县为“美丽乡村示范县”。", ["中共浙江省委员会", "浙江省人民政府"]),
    ("国家发改委、财政部等部门联合印发通知，将德清县列为城乡融合发展试点。",
     ["国家发展和改革委员会", "中华人民共和国财政部"]),
    ("国务院办公厅印发通知，对落实重大政策措施真抓实干成效明显的地方予以督查激励，德清县名列其中。",
     ["国务院办公厅"]),
    # a notice, and the county opens the next clause as one of those it names
    ("商务部、农业农村部印发通知，德清县等12个县入选农村物流服务品牌县。",
     ["中华人民共和国商务部", "中华人民共和国农业农村部"]),
    # an approval with routine words only in later clauses (a second reader's example)
    ("经省政府批准，德清县获评全省美丽县城建设样板县，新增建设用地指标500亩，一批重大项目落地。",
     ["浙江省人民政府"]),
    # a commendation, then the county among those it names in the next sentence
    ("2月3日,省委、省人民政府通报表扬了2023年度乡村振兴先进。其中,德清县在内的15个县(市、区)入选乡村振兴成效显著县(市、区)。",
     ["中共浙江省委员会", "浙江省人民政府"]),
    # an assessment's results the agencies announced (通报了), the county's grade after them
    ("日前,省委办公厅、省政府办公厅通报了2020年度26县发展实绩考核结果,德清县获得优秀档次。",
     ["中共浙江省委办公厅", "浙江省人民政府办公厅"]),
    # a title the agency published; the county after its prefecture (paraphrased real passages)
    ("湖州市德清县,是国家级生态示范区,是国务院公布的对外开放县。", ["中华人民共和国国务院"]),
    # (after its province and prefecture: a paraphrased real passage, twelfth session)
    ("近日,浙江省农业农村厅印发《关于组织开展城乡产业协同发展县域试点的通知》,湖州市德清县成功入选全省首批试点单位。",
     ["浙江省农业农村厅"]),
    # the agency acts on what the sentence named before: 亦专门发文予以肯定; a redundant 国家 prefix
    # the agency's own bulletin carried or promoted it
    # written into an agency's collection of cases
    ("德清县“林权贷”经验被国家林草局写入《林业改革发展典型案例》。", ["国家林业和草原局"]),
    ("德清县“林权贷”经验被写入国家林草局《林业改革发展典型案例》。", ["国家林业和草原局"]),
    ("德清县“林权贷”经验被写进国家林草局《林业改革发展典型案例》。", ["国家林业和草原局"]),
    # 得到了, 获批, 入围
    ("数字治理做法得到了国务院的通报表扬。", ["中华人民共和国国务院"]),
    ("2022年获批国家发改委县城新型城镇化建设示范。", ["国家发展和改革委员会"]),
    # former bodies, named as the text names them
    ("宅基地改革经验先后得到原国土资源部、原农业部的充分肯定。",
     ["中华人民共和国国土资源部", "中华人民共和国农业部"]),
    # a ministry's general office acts for the ministry
    ("相关做法被国家发展改革委办公厅通报表扬。", ["国家发展和改革委员会"]),
    # provincial commissions by their usual abbreviations
    ("德清县被省民宗委、省委统战部评为民族团结进步先进集体。",
     ["浙江省民族宗教事务委员会", "中共浙江省委统一战线工作部"]),
    # (round 16) the county's park named after it on the agencies' list (农村 is no village)
    ("国家发展改革委、农业农村部联合发布通知,认定98个单位为第二批国家农村产业融合发展示范园,德清县国家农村产业融合发展示范园名列其中。",
     ["国家发展和改革委员会", "中华人民共和国农业农村部"]),
    # (round 17) a provincial department by its name before the 2018 reform
    ("省林业厅授予德清县“省级森林城市”称号。", ["浙江省林业厅"]),
    # (round 12) a former ministry as it was called; the agency opening its clause and conferring a
    # title of the county's, no one named between
    ("2005年2月,德清县被建设部授予“中国人居环境范例奖”。", ["中华人民共和国建设部"]),
    ("德清县获得荣誉:\n2007年4月,建设部授予“国家园林县城”;", ["中华人民共和国建设部"]),
    # (round 40) the agencies that convened the meeting, before 在 or after it, perhaps with a body
    # that is no agency; the county 被表彰为 or passing the assessment
    ("日前,在省委、省政府、省军区召开的全省双拥模范城(县)命名暨双拥模范单位和个人表彰大会上,德清县被表彰为省级“双拥模范县”。",
     ["中共浙江省委员会", "浙江省人民政府", "浙江省军区"]),
    ("近日,民政部、联合国地名专家组中国分部在北京召开的第十四次“千年古县”专家评定会上,德清县顺利通过“千年古县”的评定验收。",
     ["中华人民共和国民政部"]),
    # (round 42) a team the agency sent praises, and names the county in the clause after
    ("中宣部等13家单位前来学习考察“德清经验”,中宣部调研组给予了充分肯定和高度评价,认为德清该项工作推进扎实。",
     ["中共中央宣传部"]),
    # (round 45) the agency commended a class, and 其中 the county got its title
    ("近日,全国绿化委员会对绿化先进区域、单位和个人进行了表彰,其中德清县被授予“全国绿化模范县”称号。", ["全国绿化委员会"]),
    ("中央农办调研组给予了充分肯定,指出德清县的做法可复制可推广。", ["中央农村工作领导小组办公室"]),
    # (round 44) a provincial leading group that reports an assessment the county tops
    ("近日,省委农村工作领导小组通报了2023年度全省推进乡村振兴战略实绩考核结果,德清县荣获县级综合排名第一等次。",
     ["中共浙江省委农村工作领导小组"]),
    # (round 47) the agency's document named, then said to be issued; the county's title in the next sentence
    ("近日,国务院办公厅关于对2020年落实有关重大政策措施、真抓实干成效明显地方予以督查激励的通报印发。"
     "德清县获评全国河长制湖长制工作激励县。", ["国务院办公厅"]),
    # (round 48) a selection the agencies ran, its results published, the county among those selected
    ("近日,由国家卫生健康委、全国爱卫办联合开展的2023年度全国健康县区建设优秀案例征集活动结果公布,"
     "全国共入选健康县区建设优秀案例76个,我省湖州市德清县、衢州市开化县2个县区上榜。",
     ["国家卫生健康委员会", "全国爱国卫生运动委员会办公室"]),
    # (round 49) the county named among those selected, after the verb
    ("近日,文化和旅游部公布了“中国民间文化艺术之乡”名单,浙江共有6地入选,包括德清县及安吉县孝丰镇。", ["中华人民共和国文化和旅游部"]),
])
def test_recognition_in_other_wordings(text, expected):
    assert [agency for *_, agency in recognitions_of(text, DEQING)] == expected


@pytest.mark.parametrize("text", [
    # the agency issued a document, but not about the county
    "省政府印发《关于加快推进数字经济发展的实施意见》，德清县迅速贯彻落实。",
    "省委印发文件，要求全县学习推广先进经验，德清县立即行动。",
    "国务院印发《关于推广自由贸易试验区经验的通知》，德清县认真学习。",
    "省发展改革委下发通知，要求各地做好项目申报工作。",
    "省委组织部印发通知，德清县抽调干部参加培训。",
    "省统计局发布数据显示，德清县地区生产总值增长6.5%。",
    # a notice whose next clause is about the county's own doings, or about another county
    "省政府印发通知，德清县迅速组织学习。",
    "德清县“共享菜园”做法成效明显，商务部对安吉县的做法予以肯定。",
    # an agency acting at the end of a clause after the county's own doings, with no bulletin
    "德清县召开乡村振兴推进会，省委改革办推广。",
    # a plan written into a work report is no listing
    "德清县的交通规划被写入省政府工作报告。",
    # a list the county is not said to have entered
    "农业农村部公布第二批名单，全省共有5个县入选。",
    # media publish lists too, but they do not recognise
    "新华社发布县域经济榜单，德清县入选。",
    "被人民日报作为典型案例在全国推介。",
    # approvals of routine business: projects, land, boundaries
    "省发改委批复德清县污水处理厂项目可行性研究报告。",
    "经省政府同意，德清县撤销乾元镇设立街道。",
    # … and a change of the county's status or its prefecture's (articles about 万荣县, 神木市)
    "经国务院批准，湖州撤地设市，德清县隶属湖州市。",
    "2017年4月，国务院批准德清撤县设市。",
    # a list that is not a listing of the county
    "省政府印发通知，将全省划分为三个片区，德清县入选第一片区。",
    # deployments, leadership and aims
    "按照省委、省政府部署，德清县全面推进共同富裕示范区建设。",
    "对照国家发改委和省委、省政府的部署要求，持续深化改革。",
    "德清县积极争取国家发改委在全省推广相关经验。",
    "在国家发改委的支持下，德清县获批国家试点。",
    # persons, and the county's own bodies
    "省委书记在全省大会上充分肯定德清经验。",
    "县委、县政府印发文件，要求全县学习推广德清经验。",
    "德清县发改局印发《实施方案》。",
    # an inspection team's findings are no praise
    "省委巡视组提出了整改意见,指出德清县存在问题。",
    "湖州市委调研组对长兴县的做法给予了充分肯定,表示德清县要认真学习借鉴。",
    "近日,省委对全省优秀共产党员进行了表彰。",
    # (round 47) an agency above the county is the one commended; a document issued about nothing of the county's
    "德清县召开会议。省林业局因此被省政府评为2022年度先进单位。",
    "近日,省政府关于加快数字经济发展的通知印发,德清县迅速组织学习。",
    "6月2日,国务院办公厅印发《通报》,我省河湖长制工作推进力度大、成效明显,获国务院督查激励。",
    "近日,由国家卫生健康委组织开展的2023年度全国健康县区建设优秀案例评选结果公布,德清县未能入选。",
])
def test_not_recognition_in_other_wordings(text):
    assert recognitions_of(text, DEQING) == []


def recognitions_of(text: str, focus: Entity) -> list[tuple[str, str, str]]:
    return [(r.subject.kind.value, r.subject.label, r.object.label)
            for r in run(text, focus).relations if r.predicate is Predicate.RECOGNIZED_BY]


def test_a_reform_before_the_verb_is_what_was_recognised():
    [(kind, label, agency)] = recognitions("安吉探索的“两山银行”模式获中国人民银行总行充分肯定。")
    assert (kind, label, agency) == ("Reform", "两山银行模式", "中国人民银行")


def test_a_reform_recognised_under_its_other_name():
    # the quoted short name of a practice named in full elsewhere (devset2's 顺德: “村改” and 顺德村改经验);
    # a number is no other name (“126”干部培养机制 and 幼儿园126所)
    assert recognitions("安吉县探索村级工业园改造，总结出安吉村改经验。“村改”成效得到国务院的肯定。") == [
        ("Reform", "安吉村改经验", "中华人民共和国国务院")]
    assert recognitions("推行“126”干部培养机制。建成幼儿园126所，顺利通过国务院教育督导委员会评估验收。") == [
        ("County", "安吉县", "国务院教育督导委员会")]


def test_an_award_after_the_verb_is_what_was_recognised():
    [(kind, label, agency)] = recognitions("安吉县被生态环境部命名为第一批国家生态文明建设示范县。")
    assert (kind, label, agency) == ("Award", "国家生态文明建设示范县", "中华人民共和国生态环境部")


def test_the_county_when_nothing_named_was_recognised():
    assert recognitions("相关做法被国务院办公厅通报表扬。") == [("County", "安吉县", "国务院办公厅")]


def test_an_award_in_another_clause_is_not_linked():
    found = recognitions("治理案例被自然资源部列为生态修复典型案例,2020年获评全国第四批国家级生态文明建设示范县。")
    assert found == [("County", "安吉县", "中华人民共和国自然资源部")]


def test_a_reform_named_again_is_linked_again():
    text = "“余村经验”获中央政法委肯定。不断总结提升“余村经验”,获最高人民法院推广。"
    assert recognitions(text) == [("Reform", "余村经验", "中共中央政法委员会"),
                                  ("Reform", "余村经验", "最高人民法院")]


def test_one_link_per_thing_and_agency():
    text = "“余村经验”获中央政法委肯定。“余村经验”再获中央政法委肯定。"
    assert len(recognitions(text)) == 1


def test_relation_evidence_is_the_agency_mention():
    ex = run("生态环境持续向好。相关做法获国务院通报表彰。")
    [relation] = [r for r in ex.relations if r.predicate is Predicate.RECOGNIZED_BY]
    assert ex.document.text[relation.start:relation.end] == "国务院"
    assert relation.sentence.text == "相关做法获国务院通报表彰。"
    assert relation.object.kind is Kind.AGENCY and relation.object.level == "central"


def test_no_focus_no_recognition():
    doc = make_document("相关做法获国务院通报表彰。", "t")
    ex = Extraction(doc)
    recognition.extract(doc, ex)
    assert ex.relations == []


def test_a_long_report_gives_what_its_paragraph_gives():
    """A paragraph repeated 400 times: the same two recognising agencies, once each (speed: bench/speed.py)."""
    text = ("相关做法获国务院通报表彰,在省委、省政府的坚强领导下,认真贯彻落实党中央决策部署,"
            "被人民日报报道,“余村经验”得到农业农村部充分肯定。") * 400
    doc = make_document(text, "t")
    ex = Extraction(doc, focus=ANJI, counties=[ANJI])
    awards.extract(doc, ex)
    before = len(ex.relations)
    recognition.extract(doc, ex)
    assert sorted(r.object.label for r in ex.relations[before:]) == ["中华人民共和国农业农村部", "中华人民共和国国务院"]


def test_end_to_end_with_the_focus_finder():
    from kg.extract import extract_text

    ex = extract_text("安吉县全面深化改革工作综述\n安吉县被住建部批准为第二批国家智慧城市试点。"
                      "相关做法获省政府通报激励,被人民日报报道。")
    found = [(r.subject.label, r.object.label) for r in ex.relations if r.predicate is Predicate.RECOGNIZED_BY]
    # the commendation is itself a title the county received (optional in the seeds' gold)
    assert found == [("国家智慧城市试点", "中华人民共和国住房和城乡建设部"), ("省政府通报激励", "浙江省人民政府")]


@pytest.mark.parametrize("text, expected", [
    # 由A公布为…: the agency published the county's practice as a case
    ("安吉县“两山转化”工作法由农业农村部公布为全国乡村治理典型案例。", ["中华人民共和国农业农村部"]),
    # a coordinating office hosted by a ministry, named as written
    ("安吉县“竹林碳汇”模式被国家发展改革委对口支援工作协调小组办公室确定为典型案例。",
     ["国家发展改革委对口支援工作协调小组办公室"]),
    # coordinated names: the second leaves out the place
    ("安吉县获省委、省政府通报表彰。", ["中共浙江省委员会", "浙江省人民政府"]),
])
def test_abbreviated_coordinated_and_hosted_bodies(text, expected):
    assert agencies_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bracketed note after a title names who conferred it: the title is what was recognised
    ("安吉县先后获评国家卫生县城（全国爱卫会授予）、国家园林县城。",
     [("Award", "国家卫生县城", "全国爱国卫生运动委员会")]),
    ("安吉县荣获中国气候宜居县（中国气象局命名）称号。", [("Award", "中国气候宜居县", "中国气象局")]),
    # 评定为, 经A公布为, 通过A认定
    ("安吉县被科学技术部评定为国家创新型县。", [("Award", "国家创新型县", "中华人民共和国科学技术部")]),
    ("1982年，安吉县经国务院公布为国家级风景名胜城市。",
     [("Award", "国家级风景名胜城市", "中华人民共和国国务院")]),
    ("安吉县义务教育优质均衡发展通过国务院教育督导委员会认定。", [("County", "安吉县", "国务院教育督导委员会")]),
    # the agency's document names the commendation the county got
    # a year between 获 and the agency
    ("安吉县获2023年度国务院督查激励。", [("Award", "国务院督查激励", "中华人民共和国国务院")]),
    # the agency approves, at the end of its clause, the pilot zone named before
    # praise in other words
    ("安吉县的做法获得国家发改委的高度评价。", [("County", "安吉县", "国家发展和改革委员会")]),
    # 颁发的: the title after it is what the agency recognised
    ("安吉县荣获国务院颁发的全国绿化先进集体称号。",
     [("Award", "全国绿化先进集体", "中华人民共和国国务院")]),
    # 通报表扬为: the commendation that follows
    ("安吉县被国务院办公厅通报表扬为2023年度乡村振兴成效明显的县。",
     [("Award", "乡村振兴成效明显的县", "国务院办公厅")]),
])
def test_notes_listings_and_inspections(text, expected):
    assert recognitions(text) == expected


@pytest.mark.parametrize("text", [
    # a note that says who helped or led, not who conferred
    "安吉县制定竹产业发展规划（省林业局指导）。",
    "安吉县成立改革工作专班（省发改委牵头）。",
    # the press publishes, it does not recognise
    "相关经验被人民日报刊发。",
    "人民日报、新华社等中央媒体刊发报道。",
    # an assessment the agency organised is no praise
    "安吉县在省政府组织的营商环境评价中排名靠前。",
    # a routine listing (a construction project), not a recognition
    "安吉县被省政府列为2024年重点建设项目。",
    "安吉县被省发改委列入全省重大项目库。",
    # a document the county carries out; a routine plan approved
    "根据《国务院关于印发乡村振兴战略规划的通知》，安吉县认真贯彻。",
    "安吉县编制完成国土空间规划，省政府正式批复。",
    # a link to another article
    "安吉县持续深化改革。\n上一篇：德清县“数字乡村”改革经验获省政府肯定",
])
def test_notes_that_are_not_conferrals(text):
    assert recognitions(text) == []


def test_a_provincial_military_district_confers_with_the_party_and_government():
    from kg.extract import extract_text

    ex = extract_text("易县工作报告\n易县被省委、省政府和省军区评为“全省双拥模范县”。")
    agencies = {r.object.label for r in ex.relations if r.predicate.value == "recognizedBy"}
    assert agencies == {"中共河北省委员会", "河北省人民政府", "河北省军区"}


def agencies_in(text: str) -> list[str]:
    """The agencies recognising something of the county, found end to end (focus included)."""
    from kg.extract import extract_text

    return [r.object.label for r in extract_text(text).relations if r.predicate is Predicate.RECOGNIZED_BY]


@pytest.mark.parametrize("text, expected", [
    # an autonomous region, by its full name, for its people's government (an article about 田东县)
    ("田东县新闻\n田东县的做法获广西壮族自治区通报肯定。", ["广西壮族自治区人民政府"]),
    # an autonomous prefecture by its everyday name, with 通报 before the verb (an article about 福贡县)
    ("福贡县新闻\n福贡县的做法被怒江州通报表扬。", ["怒江傈僳族自治州人民政府"]),
    # a province by its full name still, and a prefecture that does not confer is none
    ("易县新闻\n易县的做法被河北省授予先进县称号。", ["河北省人民政府"]),
    ("易县新闻\n易县的做法被保定市民广泛传颂。", []),
])
def test_the_countys_own_region_as_the_one_conferring(text, expected):
    assert agencies_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 为A点赞: 为 as the passive's agent marker (an article about 宁海县)
    ("易县新闻\n易县的“小微权力清单”为中组部高度点赞，并作为经验做法推广。", ["中共中央组织部"]),
    # 是A认定的“X”: the county is what the agency made it (an article about 晴隆县)
    ("易县新闻\n易县是国家农业农村部认定的“名优大叶茶生产基地”。", ["中华人民共和国农业农村部"]),
    # … not a sentence about something else that is what an agency decided
    ("易县新闻\n污染防治是党中央确定的三大攻坚战之一，是重大的政治任务。", []),
])
def test_agents_of_passives_and_copulas(text, expected):
    assert agencies_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the agency calls on others to learn from what the sentence, or the one before, says of the
    # county (an article about 洞口县)
    ("易县新闻\n易县“六零”经验成效明显，保定市委号召全市学习推广。", ["中共保定市委员会"]),
    ("易县新闻\n大学邀请易县负责人讲授“六零”经验；保定市委号召全市学习推广……基层治理引起关注。", ["中共保定市委员会"]),
    # … not a call to learn something else
    ("易县新闻\n易县干部参加培训，市委要求全市学习文件精神。", []),
])
def test_calls_to_learn_from_the_county(text, expected):
    assert agencies_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 推出 issues a list the county entered (an article about 丹江口市)
    ("易县新闻\n日前，生态环境部推出一批实践模式与典型案例，河北省易县生态旅游模式成功入选。",
     ["中华人民共和国生态环境部"]),
    # 是A命名的, the county opening the sentence (an article about 中宁县)
    ("易县新闻\n易县位于河北中部，是国务院命名的“中国枸杞之乡”。", ["中华人民共和国国务院"]),
])
def test_issued_lists_and_named_titles_seen_on_pages_round11(text, expected):
    assert agencies_in(text) == expected


def test_an_issued_decision_naming_the_county_with_an_adverb_between():
    from kg.extract import extract_text

    # an article about 苍南县: 发布《…的决定》，X县城被正式命名为…
    ex = extract_text("易县新闻\n近日，全国爱卫办发布《关于命名国家卫生县城（乡镇）的决定》，易县县城被正式命名为“国家卫生县城”。")
    assert [r.object.label for r in ex.relations if r.predicate is Predicate.RECOGNIZED_BY] == ["全国爱国卫生运动委员会办公室"]


@pytest.mark.parametrize("text, expected", [
    # a news item's opening, 根据 and an issued notice, the county 被授予 a title in the next clause
    # (an article about 西乡县)
    ("易县新闻\n本报讯（通讯员张三）根据近日国家生态环境部发出的公告，易县成为今年河北省唯一被授予第二批国家生态文明建设示范县称号的县。",
     ["中华人民共和国生态环境部"]),
    # 被A誉为 (an article about 陵水黎族自治县)
    ("易县新闻\n易县建立专职人民调解工作机制，被司法部誉为“新时代枫桥经验”之“河北模式”。", ["中华人民共和国司法部"]),
])
def test_datelines_notices_and_praise_seen_on_pages(text, expected):
    assert agencies_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # found by a second reader: 为 is 'for' unless the verb follows at once; another county spoke
    # at the meeting; another county's experience is the one others are called to learn
    ("易县新闻\n易县为省委省政府表彰大会做好服务保障。", []),
    ("易县新闻\n易县县长参加会议，涞水县在省农业农村厅召开的会议上作典型发言。", []),
    ("易县新闻\n易县县长出席会议。涞水县“三联三帮”经验成效明显，市委号召全市学习推广。", []),
    ("易县新闻\n易县深入开展主题教育。市委要求全市学习。", []),
])
def test_what_a_second_reader_found_is_no_recognition(text, expected):
    assert agencies_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # agencies each named with its own bulletin, which published the county's experience (an
    # article about 海伦市); a document's title after the agency does not stand for its verb
    ("易县新闻\n易县数字农业经验被中央改革办《改革情况交流》、农业农村部《农业农村情况交流》刊发。",
     ["中央全面深化改革委员会办公室", "中华人民共和国农业农村部"]),
    ("易县新闻\n易县认真学习省政府《关于加快数字农业发展的意见》，推进数字农业。", []),
])
def test_agencies_with_their_bulletins_seen_on_pages_round15(text, expected):
    assert agencies_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the county received the agency's notice of a list it is on (an article about 蕲春县); a
    # letter of thanks, or a notice another place received, is no recognition of the county
    ("易县新闻\n1月15日，易县收到农业农村部关于公布国家级渔业健康养殖示范县(第六批)名单的通知和证书。",
     ["中华人民共和国农业农村部"]),
    ("易县新闻\n易县收到国务院办公厅发来的感谢信。", []),
    ("易县新闻\n易县召开会议。涞水县收到农业农村部关于公布示范县名单的通知。", []),
])
def test_notices_the_county_received_seen_on_pages_round14(text, expected):
    assert agencies_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a document of agencies that says others are to learn from the county (an article about 平利县)
    ("易县新闻\n河北省委、省政府《关于打赢脱贫攻坚战三年行动的实施意见》提出，大力推广易县社区工厂等有效做法。",
     ["中共河北省委员会", "河北省人民政府"]),
    ("易县新闻\n河北省委、省政府《关于打赢脱贫攻坚战三年行动的实施意见》提出，大力推广涞水县社区工厂等有效做法。", []),
])
def test_a_document_that_calls_to_learn_seen_on_pages(text, expected):
    assert agencies_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 通报表扬 is the agency's praise; 通报 alone reports problems as often as results (found by a
    # second reader), so it issues nothing
    ("易县新闻\n易县被河北省人民政府通报表扬。", ["河北省人民政府"]),
    ("易县新闻\n省纪委监委通报易县3起违反中央八项规定精神问题。", []),
    ("易县新闻\n省住建厅通报易县等8个县城建设进度滞后。", []),
    ("易县新闻\n易县召开会议。河北省人民政府通报2023年度评价结果，涞水县上榜。", []),
])
def test_circulated_results_seen_on_pages(text, expected):
    assert agencies_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a notice the agencies issued in which the county 被表彰为… (an article about 恩施市); not a
    # school or a firm of the county (found by a second reader)
    ("易县新闻\n近日，河北省委、省政府下发《关于2017年度县域经济工作考核结果的通报》，易县被表彰为成绩突出单位。",
     ["中共河北省委员会", "河北省人民政府"]),
    ("易县新闻\n省政府印发通知，易县一中被评为全省文明校园。", []),
    ("易县新闻\n省政府印发通知，易县一企业被评为全省质量标杆。", []),
])
def test_lists_and_notices_seen_on_pages_round20(text, expected):
    assert agencies_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted practice of the county written into the province's work report (articles about 溆浦县
    # and 松阳县); a plan written there is still none
    ("易县新闻\n“易县经验”写入2021年省政府工作报告。", ["河北省人民政府"]),
    ("易县新闻\n其中易县“拯救老屋行动”列入规划，写入河北省政府工作报告。", ["河北省人民政府"]),
    ("易县新闻\n易县的交通规划被写入省政府工作报告。", []),
])
def test_practices_written_into_a_work_report_seen_on_pages(text, expected):
    assert agencies_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # found by a second reader: news from an agency of money or a survey is no recognition; a notice
    # every county receives is not the county's listing; a plan, or a quoted phrase not the
    # county's, written into a work report is none
    ("易县新闻\n记者从省文旅厅了解到，易县获得省级旅游发展资金500万元。", []),
    ("易县新闻\n近日，从省发改委传来喜讯，易县获批中央预算内投资3000万元。", []),
    ("易县新闻\n记者从省农业农村厅获悉，易县通过省级验收的项目达12个。", []),
    ("易县新闻\n易县收到省农业农村厅关于公布第二批省级现代农业园区名单的通知。", []),
    ("易县新闻\n易县建设“京西门户”的规划写入省政府工作报告。", []),
    ("易县新闻\n推进“京津冀协同发展”写入省政府工作报告。", []),
])
def test_what_a_second_reader_found_in_the_fifth_session_s_recognition(text, expected):
    assert agencies_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 刊载: published in an agency's bulletin is recognition (a seed of 通城县) …
    ("“一把手上讲台”有关工作经验被省委内刊杂志刊载。", ["中共浙江省委员会"]),
    # … a notice of routine business on its website is not (a second reader of the seventh session)
    ("省财政厅网站刊载了安吉县政府采购中标公告。", []),
    ("省人社厅网站刊载了安吉县事业单位公开招聘公告。", []),
])
def test_published_by_an_agency(text, expected):
    assert agencies_of(text) == expected


def test_an_agency_that_determined_a_list_the_county_joined():
    # 确定 publishes a list as 公布 does (gold evidence on eval/pages, tenth session)
    assert agencies_of("中央文明办确定2021—2023年创建周期全国文明城市提名城市名单，安吉县上榜。") == [
        "中央精神文明建设指导委员会办公室"]


@pytest.mark.parametrize("text, expected", [
    # 获评 an agency's case, as 入选 an agency's case (gold evidence on eval/pages, tenth session)
    ("安吉县新乡贤文化建设获评中宣部宣传思想文化工作创新案例。", ["中共中央宣传部"]),
    ("安吉县“两山银行”获评农业农村部第三批全国乡村治理典型案例。", ["中华人民共和国农业农村部"]),
    # (not support for something else, nor a call for cases)
    ("安吉县获农业农村部支持，建设案例馆。", []),
])
def test_a_case_an_agency_selected(text, expected):
    assert agencies_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an office holder's praise on a visit to the county is the agency's (高阳县's 2019 work report
    # in the train split; the same shape in other offices and words of praise)
    ("2018年10月25日，省政府主要领导到安吉调研时，对我县发展循环经济的做法给予了充分肯定。", ["浙江省人民政府"]),
    ("省委主要领导在安吉县调研时充分肯定了安吉县的经验做法。", ["中共浙江省委员会"]),
    ("农业农村部部长到安吉考察，对安吉县的经验给予高度评价。", ["中华人民共和国农业农村部"]),
    ("省委书记到安吉调研时给予充分肯定。", ["中共浙江省委员会"]),
    ("国务院副总理到安吉县调研时，对安吉县生态文明建设给予高度评价。", ["中华人民共和国国务院"]),
    # … not a visit to another county, a visit with no praise, nor praise in another sentence
    ("省委书记王某到德清县调研时，对德清县的做法给予充分肯定。", []),
    ("省委书记王某到安吉县调研时，强调要抓好安全生产。", []),
    ("省委书记王某到安吉县调研。他说，要充分肯定成绩。", []),
])
def test_praise_on_a_visit_to_the_county(text, expected):
    assert agencies_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the agency opens the sentence and a later clause promotes the county (gold evidence on
    # eval/pages: a national meeting held in the county that makes it a case)
    ("国家发改委第一次全国县城补短板强弱项现场会在安吉召开，并将安吉作为典型案例在全国推广。",
     ["国家发展和改革委员会"]),
    ("中共中央组织部在安吉县召开全国村级组织建设工作座谈会，会议总结和推广了安吉经验。", ["中共中央组织部"]),
    # (a meeting alone, or another county promoted, is not the county's recognition)
    ("农业农村部在安吉县召开全国农村人居环境整治现场会。", []),
    ("省委召开全会，并将德清作为典型案例在全省推广。", []),
])
def test_an_agency_whose_sentence_promotes_the_county(text, expected):
    assert agencies_of(text) == expected


@pytest.mark.parametrize("text", [
    # a second reader's near misses (tenth session): praise of something else on a visit …
    "省政府主要领导在安吉县调研时强调，要充分肯定基层首创精神，鼓励大胆探索。",
    "省政府主要领导到安吉县调研时，充分肯定了德清县的经验做法。",
    "省政府主要领导到安吉县调研时，对全省生态文明建设给予充分肯定。",
    "省政府主要领导到安吉县调研时，对安吉县存在的问题提出严肃批评，没有给予肯定。",
    # … a list the county did not make, another county's case, and a place promoted that is not it
    "中央文明办确定第六届全国文明城市名单，安吉县未能上榜。",
    "德清县获评民政部全国基层治理创新案例，安吉县组织人员前往学习。",
    "生态环境部召开会议，会议推广了安吉县所在湖州市的经验。",
    "国家发展改革委现场会在安吉县召开，并将安吉作为反面典型在全国会议上通报交流。",
    "国家发展改革委计划在安吉县召开现场会，并将安吉作为典型案例在全国推广。",
])
def test_near_misses_of_the_tenth_session_s_recognition_shapes(text):
    assert agencies_of(text) == []


@pytest.mark.parametrize("text, expected", [
    # shapes of paraphrased real passages (eleventh session; names changed): a list the agency
    # issued and the county's title in the next clause (获, 荣膺), a commendation of a class the
    # county is in, a bulletin whose next sentence names the county's grade, a decision the
    # county is the only one of its city to be named in
    ("易县新闻\n刚刚！河北省委文明办发布《河北省2021—2023年度省级文明城市、文明村镇名单》，易县获“省级文明县城”荣誉称号！",
     ["河北省精神文明建设指导委员会办公室"]),
    ("易县新闻\n省文明委印发《通报》，易县荣膺省级文明县城称号。", ["河北省精神文明建设指导委员会"]),
    ("易县新闻\n中共河北省委、河北省人民政府近日通报表彰2020年度县域经济发展先进单位，我县获得全省“县域经济发展先进县”称号。",
     ["中共河北省委员会", "河北省人民政府"]),
    ("易县新闻\n近日，省委、省政府联合印发关于2023年度县域经济考核评价结果的通报。其中，易县被确定为县域经济发展进步明显县。",
     ["中共河北省委员会", "河北省人民政府"]),
    ("易县新闻\n日前，全国爱卫会发布《关于命名2020—2022周期国家卫生县城的决定》，易县成为保定市唯一获此殊荣的县。",
     ["全国爱国卫生运动委员会"]),
    # an agency's decision, then its naming of the county in the next clause
    ("易县新闻\n全国爱卫会决定，命名易县为国家卫生县城。", ["全国爱国卫生运动委员会"]),
    # … but not another county's title, nor an office holder's
    ("易县新闻\n易县召开会议。省委、省政府通报表彰先进单位，涞水县获得“县域经济发展先进县”称号。", []),
    ("易县新闻\n易县召开会议。省委、省政府通报表彰先进单位，易县县长获得“优秀县长”称号。", []),
])
def test_issued_lists_and_commendations_of_paraphrased_real_passages(text, expected):
    assert agencies_in(text) == expected


def test_the_agency_right_before_the_title_it_named():
    # 商务部“东桑西移”首批项目县, 国家发改委支持建设的…示范区: the agency is credited (round 18)
    assert "中华人民共和国商务部" in agencies_of("安吉县先后成为商务部“东桑西移”首批项目县。")
    assert "国家发展和改革委员会" in agencies_of("安吉县是国家发改委支持建设的全国首个全域产城融合示范区。")


def test_a_list_published_and_the_county_in_it_later():
    # the county entered the list clauses after it is named, or in the next sentence after 其中
    # (paraphrased real passages, round 18)
    assert agencies_of("12月，农业农村部公布第三批全国农村公共服务典型案例，安吉以推行“乡贤工匠”模式，"
                       "实现公共服务项目落地“快准好省”，再次上榜。") == ["中华人民共和国农业农村部"]
    assert agencies_of("中国信通院发布《中国县域工业经济发展报告(2022)》，公布“中国工业百强区”名单。"
                       "其中，安吉县上榜“中国工业百强区”。") == ["中国信息通信研究院"]


@pytest.mark.parametrize("text, expected", [
    # another place is the subject of the clause: its incentive, not the county's (round 18)
    ("德清县耕地保护工作获国务院督查激励。", []),
    ("我市耕地保护工作获国务院督查激励。", []),
    # … not a place inside a quoted title or a document's title
    ("连续9年获得省级“平安县(市、区)”殊荣、2014年被中央综治办授予“全国平安建设先进县”荣誉称号。",
     ["中央社会治安综合治理委员会办公室"]),
    ("安吉县耕地保护工作获国务院督查激励。", ["中华人民共和国国务院"]),
])
def test_recognition_of_another_place(text, expected):
    assert agencies_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place that is the object of the county's work is no subject (second reader)
    ("对口支援四川省广元市的做法被国务院扶贫办通报表扬。", ["国务院扶贫开发领导小组办公室"]),
    ("2023年，德清县耕地保护工作获国务院督查激励。", []),
    # a list the county did not enter
    ("农业农村部公布第二批国家农业绿色发展先行区名单。其中，浙江省湖州市所辖的山区县安吉县未能入选。", []),
])
def test_subjects_and_lists_read_with_care(text, expected):
    assert agencies_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # another place as the subject after its region, a description or a discourse word (second reader)
    ("浙江省德清县耕地保护工作获国务院督查激励。", []),
    ("邻县德清县的耕地保护工作获国务院督查激励。", []),
    ("此外德清县的耕地保护工作也获国务院督查激励。", []),
    ("四川省青川县的经验做法被国务院扶贫办通报表扬。", []),
    # another county not entering the list does not take the county out of it
    ("农业农村部公布第二批国家农业绿色发展先行区名单。其中，德清县未能入选，安吉县成功入选。", ["中华人民共和国农业农村部"]),
])
def test_other_subjects_and_negations_of_others(text, expected):
    assert agencies_of(text) == expected


def test_a_team_an_agency_sent_joined_to_other_agencies():
    # 获农业农村部调研组及四川省政府的充分肯定 (round 20)
    assert agencies_of("安吉县全年协作任务圆满完成，获农业农村部调研组及浙江省政府、湖州市政府的充分肯定。") == [
        "中华人民共和国农业农村部", "浙江省人民政府", "湖州市人民政府"]


def test_an_agency_after_you_that_published_a_list_the_county_is_on():
    # 由民政部公布了…名单。某县名列其中 (round 22)
    assert agencies_of("近日，由民政部公布了全国100个“千年古县”名单。安吉县名列其中。") == ["中华人民共和国民政部"]


def test_agencies_whose_list_the_county_enters_by_ru_lie():
    # 下发《关于公布…名单的通知》，我市某区成功入列…名单 (round 23)
    assert agencies_of("11月8日，农业农村部、科技部下发《关于公布第四批国家农业绿色发展先行区创建名单的通知》，"
                       "安吉县成功入列第四批国家农业绿色发展先行区创建名单。") == [
        "中华人民共和国农业农村部", "中华人民共和国科学技术部"]


def test_a_person_of_the_county_on_a_list_credits_no_agency():
    # 由中组部公布了全国优秀县委书记名单。某县委书记跻身其中 (a second reader, round 23)
    assert agencies_of("近日，由中共中央组织部公布了全国优秀县委书记名单。安吉县委书记跻身其中。") == []


def test_a_field_of_work_of_the_county_on_a_list_credits_the_agency():
    # 安吉县公立医院综合改革工作名列其中: the county's work, not a hospital (a second reader, round 24)
    assert agencies_of("国务院办公厅公布了真抓实干成效明显地方名单。安吉县公立医院综合改革工作名列其中。") == ["国务院办公厅"]


def test_an_agency_that_published_a_list_on_its_website():
    # …名单在省住建厅网站完成公示，某县榜上有名 (round 24)
    assert agencies_of("浙江省2022年度住房城乡建设领域督查激励名单在省住建厅网站完成公示，安吉县榜上有名。") == [
        "浙江省住房和城乡建设厅"]


@pytest.mark.parametrize("text, expected", [
    # an office holder who visited, praising by name in a later sentence (round 25); not one
    # who asked for praise, nor another person
    ("省政府副省长张志强一行来到安吉县调研。通过实地调研，张志强对安吉县高标准农田建设工作给予高度评价。",
     ["浙江省人民政府"]),
    ("省政府副省长张志强一行来到安吉县调研。张志强强调，要充分肯定基层的创造。", []),
    ("省政府副省长张志强一行来到安吉县调研。李明对安吉县高标准农田建设工作给予高度评价。", []),
])
def test_a_visitors_praise_in_a_later_sentence(text, expected):
    assert agencies_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a second reader's counter-examples to round 25: a unit of the county on a list credits no
    # agency; an agency's plan to make the county something is no recognition
    ("国家卫健委通报表扬了一批先进典型医院。安吉县人民医院名列其中。", []),
    ("市委提出把安吉建设成为全国生态示范县。", []),
])
def test_counter_examples_of_round_25(text, expected):
    assert agencies_of(text) == expected


def test_units_of_the_county_counted_on_a_list_credit_no_agency():
    # …名单在省农业农村厅网站完成公示，安吉县3家企业榜上有名 (a second reader, round 26)
    assert agencies_of("浙江省农业龙头企业名单在省农业农村厅网站完成公示，安吉县3家企业榜上有名。") == []


def test_an_approval_of_a_change_of_divisions_is_no_recognition():
    # round 28: 经国务院批准由原X县改设而成 is how the district came to be
    assert agencies_in("南溪区概况\n南溪区2011年3月经国务院批准由原南溪县改设而成，是国家卫生城市。") == []


def test_the_speakers_city_opens_the_sentence_of_its_award():
    # round 29: 我市 in a county's text is its prefecture, the subject of a clause without one
    assert agencies_in("开鲁县新闻\n由于我市在展台设计等方面表现突出，被自治区旅游局评为“先进参展单位”。") == []


def test_an_agency_that_holds_a_meeting_then_publishes_the_list():
    # round 30: 商务部在杭州市召开…大会，发布了…名单 … 某区名列其中
    assert agencies_in("老边区新闻\n近日，商务部在杭州市召开县域商业创新发展大会，发布了2023全国县域商业“领跑县”名单，"
                       "全国123个县区入选。辽宁三县区上榜，老边区名列其中。") == ["中华人民共和国商务部"]


def test_an_agency_that_runs_a_review_then_publishes_the_list():
    # round 37: A开展…评审工作，公布了…名单，某区榜上有名
    assert agencies_in("临安区新闻\n近日，生态环境部开展生态文明建设示范区复核评审工作，公布了第七批示范区名单，"
                       "临安区榜上有名。") == ["中华人民共和国生态环境部"]


def test_the_decision_that_named_the_title_the_county_received():
    # a short title's core (文明) is too short to tell, the whole title in the decision's name is not
    assert agencies_in("嘉鱼县新闻\n根据中央文明委《关于命名第六届全国文明城市的决定》，嘉鱼县被命名为全国文明城市。") \
        == ["中央精神文明建设指导委员会"]
    # the agencies and their decision, no verb between, and the county on it
    assert agencies_in("嘉鱼县新闻\n近日，中宣部、中央文明办《关于命名第六届全国文明城市的决定》，嘉鱼县名列其中。") \
        == ["中共中央宣传部", "中央精神文明建设指导委员会办公室"]


def test_the_agency_as_subject_after_where_and_when():
    # round 38: 昨天上午（11月17日）在中国生态文明论坛上生态环境部授予津南区…
    assert agencies_in("津南区新闻\n昨天上午（11月17日）在中国生态文明论坛上生态环境部授予津南区“国家生态文明建设示范区”"
                       "荣誉称号。") == ["中华人民共和国生态环境部"]


def test_a_decision_conferring_titles_clause_after_clause():
    # round 38: 决定，授予邯郸等24个市…称号，授予曲周等36个县…称号
    assert agencies_in("曲周县新闻\n近日，河北省委、省政府、省军区决定，授予邯郸等24个市“河北省双拥模范城”荣誉称号，"
                       "授予曲周等36个县“河北省双拥模范县”荣誉称号。") == ["中共河北省委员会", "河北省人民政府", "河北省军区"]


@pytest.mark.parametrize("text", [
    # a second reader's: a document about a title that tests, finds fault with or revokes it; a
    # censure among the conferring clauses
    "安吉县新闻\n安吉县2015年被命名为国家卫生县城。近日，全国爱卫办下发《关于国家卫生县城复审中发现问题的通报》。",
    "安吉县新闻\n安吉县2015年被命名为国家卫生县城。近日，全国爱卫会印发《关于撤销部分国家卫生县城称号的决定》。",
    "安吉县新闻\n近日，省政府决定，授予德清县等5个县“耕地保护先进县”称号，对安吉县等3个县予以通报批评。",
])
def test_no_recognition_in_a_document_of_fault_or_a_censure(text):
    assert agencies_in(text) == []


def test_an_approved_upgrade_of_a_title_is_recognition():
    # a second reader's: 升格为 a higher title is no change of divisions
    assert agencies_in("安吉县新闻\n经国务院批准，安吉县由省级历史文化名城升格为国家历史文化名城。") == ["中华人民共和国国务院"]


def test_an_upgrade_into_a_city_is_a_change_of_divisions():
    # a second reader's: 升格为县级义乌市 is no recognition (升格为 a title is: see above)
    assert agencies_in("义乌市新闻\n经国务院批准，义乌县升格为县级义乌市。") == []


def test_the_patriotic_health_campaign_committee_by_its_other_short_name():
    # round 35: 国家爱卫会 is 全国爱国卫生运动委员会
    assert agencies_in("襄垣县新闻\n国家爱卫会正式授予襄垣县“国家卫生县城”称号。") == ["全国爱国卫生运动委员会"]


@pytest.mark.parametrize("text, expected", [
    # round 36: the agencies issued the document of a title the county received, by its name after
    # them (its lines broken), or after 宣读了; not a document about another title
    ("古蔺县新闻\n古蔺县被命名为四川省民族团结进步示范县\n省委宣传部、省民族宗教委发布\n《关于命名第六批四川省民族团结进步\n"
     "示范区(单位)的决定》\n决定命名马边彝族自治县等31个县为示范区。", ["中共四川省委宣传部", "四川省民族宗教事务委员会"]),
    ("雨城区新闻\n雨城区被评为四川省2021年度乡村振兴先进区。\n会议宣读了四川省委、四川省政府关于2021年度四川省乡村振兴"
     "先进县(市、区)、先进乡镇、示范村的决定。", ["中共四川省委员会", "四川省人民政府"]),
    ("雨城区新闻\n雨城区被评为四川省2021年度乡村振兴先进区。\n四川省政府印发关于2022年度粮食生产先进县的通知。", []),
])
def test_agencies_that_issued_the_document_of_the_county_s_title(text, expected):
    assert agencies_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 36: an office holder visits and 对…进行调研, then praises in the next sentence; a team
    # sent to the prefecture praises the county by name (not the prefecture)
    ("城固县新闻\n陕西省农业厅副厅长王志强一行来到我县,对城固的休闲农业工作进行调研。调研期间,王志强一行对我县"
     "一村一品发展模式给予了充分肯定。", ["陕西省农业厅"]),
    ("北川县新闻\n省林草局林长处调研组到绵阳调研指导林长制工作。调研组充分肯定了北川县在林下经济发展等方面的工作成效。",
     ["四川省林业和草原局"]),
    ("北川县新闻\n省林草局林长处调研组到绵阳调研指导林长制工作。调研组充分肯定了绵阳市在林下经济发展方面的工作成效。", []),
])
def test_a_visitor_s_praise_in_the_next_sentence(text, expected):
    assert agencies_in(text) == expected


def test_an_agency_publishing_on_its_own_website():
    # round 36: 在官网 between the agency and its notice does not change who acted
    assert agencies_in("瑞金市新闻\n日前,生态环境部在官网发出公告,瑞金市等46个市县达到考核要求,被授予第二批国家生态文明建设示范市县称号。") \
        == ["中华人民共和国生态环境部"]


@pytest.mark.parametrize("text, expected", [
    # a second reader's counter-examples to round 36: a document about creating or selecting for the
    # county's title, or a city's decision on its own prize, did not confer it; a team's praise of a
    # village of the county is the village's
    ("安吉县新闻\n安吉县被命名为全国民族团结进步示范县。\n省民宗委印发《关于开展全省民族团结进步示范县创建工作的通知》。", []),
    ("安吉县新闻\n2021年，安吉县被评为全省乡村振兴先进县。\n省委农办印发《关于开展2022年度全省乡村振兴先进县评选工作的通知》。", []),
    ("雨城区新闻\n雨城区被评为四川省2021年度乡村振兴先进区。\n会议宣读了雅安市委、市政府关于表彰2021年度全市乡村振兴先进集体的决定。", []),
    ("北川县新闻\n省林草局林长处调研组到绵阳调研指导林长制工作。调研组充分肯定了北川县擂鼓镇胜利村的林下经济模式。", []),
])
def test_counter_examples_of_round_36(text, expected):
    assert agencies_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # round 50: a list of passed inspections, the county among them in the next sentence; the
    # agency's attention drawn (引起…重视); the county founded by an approval is no recognition
    ("大邑县新闻\n近日，科技部公布首批创新型县(市)验收通过名单。其中，四川省大邑县、资中县3个县(市)通过验收。",
     ["中华人民共和国科学技术部"]),
    ("宜黄县新闻\n“宜黄做法”引起抚州市委、市政府高度重视。", ["中共抚州市委员会", "抚州市人民政府"]),
    ("五峰土家族自治县概况\n1984年12月，经国务院批准设立五峰土家族自治县。", []),
    ("昂昂溪区概况\n昂昂溪区是1985年9月经国务院批准设立的市辖区，地处黑龙江省西部。", []),
    # the contest an agency ran, in which the county won its title (not another district's title)
    ("璧山区新闻\n在全国普法办公室组织开展的第四批全国法治县创建活动中，璧山获得了“全国法治县创建活动先进单位”荣誉称号。",
     ["全国普及法律常识办公室"]),
    ("璧山区新闻\n在农业农村部开展的全国评选活动中，江津区被评为全国休闲农业重点县。", []),
    # round 51: 被确认为 after the agency's list; two agencies of a list the county is on (上榜)
    ("永年区新闻\n民政部近日公布第二批全国婚俗改革实验区，邯郸市永年区等19个单位被确认为第二批全国婚俗改革实验区。",
     ["中华人民共和国民政部"]),
    ("祁门县新闻\n近日，祁门县上榜水利部和财政部联合发布的2023年水系连通及水美乡村建设试点县名单。",
     ["中华人民共和国水利部", "中华人民共和国财政部"]),
    # a second reader's counter-examples: attention drawn by a fault; a title ending in 县 founded
    # is no county founded; a project of the county passing inspection
    ("全椒县新闻\n全椒县非法采砂问题引起省生态环境厅高度重视，责令立即整改。", []),
    ("长丰县新闻\n经省政府批准设立首批乡村振兴先行县，长丰县名列其中。", ["安徽省人民政府"]),
    ("安吉县新闻\n水利部公布2022年度国家水土保持示范工程名单。其中，安吉县某小流域综合治理工程通过验收。", []),
])
def test_inspections_passed_attention_and_a_county_founded(text, expected):
    assert agencies_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a second reader's counter-examples to round 52: a problem the practice solves is no fault; a
    # zone set up in the county is no county founded
    ("寻乌县新闻\n寻乌县解决群众急难愁盼问题的“联村共治”做法，受到中央政法委高度重视。", ["中共中央政法委员会"]),
    ("德清县新闻\n经国务院批准，设立德清县国家级地理信息产业园，德清县成为全国首个获批县。", ["中华人民共和国国务院"]),
])
def test_counter_examples_of_round_52(text, expected):
    assert agencies_in(text) == expected
