"""The agency dictionary: which bodies a sentence names, under which canonical names."""

from __future__ import annotations

import pytest

from kg.agencies import Agency, agencies
from kg.resources import DATA_DIR

JIANGSU = {"province": "江苏省", "prefecture": "连云港市", "county": "东海县"}
HUBEI = {"province": "湖北省", "prefecture": "咸宁市", "county": "通城县"}


def names(text: str, **context) -> list[str]:
    return [m.agency.name for m in agencies().scan(text, **context)]


@pytest.mark.parametrize("sentence, expected", [
    ("“寻乌经验”获中央政法委和最高人民法院的肯定和推广", ["中共中央政法委员会", "最高人民法院"]),
    ("被中宣部、中央文明办确定为全国新时代文明实践中心建设试点工作10个重点联系县之一",
     ["中共中央宣传部", "中央精神文明建设指导委员会办公室"]),
    ("东海县被住建部批准为第二批国家智慧城市试点", ["中华人民共和国住房和城乡建设部"]),
    ("入选自然资源部第一批生态产品价值实现典型案例", ["中华人民共和国自然资源部"]),
    ("“第四方物流”模式,获得商务部等部委的认可与好评", ["中华人民共和国商务部"]),
    ("相关做法获中国人民银行总行充分肯定", ["中国人民银行"]),
    ("东海县作为中农办农村金融改革试验联系点", ["中央农村工作领导小组办公室"]),
    ("东海县被确定为“财政部扶持村级集体经济发展试点县”", ["中华人民共和国财政部"]),
    ("政府性债务化解、农村电商建设获国务院通报表彰", ["中华人民共和国国务院"]),
    ("获国家发改委、财政部联合发文推广", ["国家发展和改革委员会", "中华人民共和国财政部"]),
    ("联合财政部、农业农村部开展试点", ["中华人民共和国财政部", "中华人民共和国农业农村部"]),
    ("经验做法被中共中央办公厅、国务院办公厅转发", ["中共中央办公厅", "国务院办公厅"]),
    ("中共中央、国务院印发意见", ["中国共产党中央委员会", "中华人民共和国国务院"]),
    ("被最高检、最高法联合评为典型案例", ["最高人民检察院", "最高人民法院"]),
    ("被中央改革办《改革情况交流》刊发", ["中央全面深化改革委员会办公室"]),
    ("获中央网信办、中央编办肯定", ["中央网络安全和信息化委员会办公室", "中央机构编制委员会办公室"]),
    ("被国家林草局命名为国家森林城市", ["国家林业和草原局"]),
    ("被市场监管总局列为知识产权试点", ["国家市场监督管理总局"]),
    ("被国家卫健委确定为紧密型县域医共体建设试点县", ["国家卫生健康委员会"]),
    ("获全国总工会授予全国五一劳动奖状", ["中华全国总工会"]),
    ("被全国绿化委员会授予全国绿化模范县称号", ["全国绿化委员会"]),
    ("被全国爱卫会命名为国家卫生县城", ["全国爱国卫生运动委员会"]),
    ("在中宣部、国家统计局和全国供销总社的支持协调下",
     ["中共中央宣传部", "国家统计局", "中华全国供销合作总社"]),
    ("获全国妇联、共青团中央、中国科协表彰", ["中华全国妇女联合会", "中国共产主义青年团中央委员会", "中国科学技术协会"]),
    ("县域义务教育基本均衡发展顺利通过国家督导组评估验收", ["国务院教育督导委员会"]),
])
def test_central_agencies_by_official_name_and_abbreviation(sentence, expected):
    assert names(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # abolished when a successor was formed: the body the text names, in its time
    ("2016年被国土资源部确定为试点", "中华人民共和国国土资源部"),
    ("先后得到原国土资源部、农业农村部的充分肯定", "中华人民共和国国土资源部"),
    ("获国家卫生和计划生育委员会表彰", "国家卫生和计划生育委员会"),
    ("被农业部认定为国家现代农业示范区", "中华人民共和国农业部"),
    ("被国务院扶贫办列为典型案例", "国务院扶贫开发领导小组办公室"),
    ("经环保部批准", "中华人民共和国环境保护部"),
    ("被银保监会确定为试点", "中国银行保险监督管理委员会"),
    ("被原文化部命名为中国民间文化艺术之乡", "中华人民共和国文化部"),
    # only renamed: the present name
    ("获中央深改组肯定", "中央全面深化改革委员会"),
    ("被国家教委评为先进县", "中华人民共和国教育部"),
    ("被国家煤矿安全监察局通报表扬", "国家矿山安全监察局"),
])
def test_former_names(sentence, expected):
    assert names(sentence)[:1] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # a ministry's general office issues the ministry's documents
    ("国家发展改革委办公厅印发第三批典型案例", "国家发展和改革委员会"),
    ("农业农村部办公厅公布名单", "中华人民共和国农业农村部"),
    ("民政部办公厅印发通知", "中华人民共和国民政部"),
    # offices that are institutions of their own keep their names
    ("国务院办公厅通报表扬", "国务院办公厅"),
    ("中共中央办公厅转发", "中共中央办公厅"),
])
def test_general_offices_of_ministries_are_the_ministry(sentence, expected):
    assert names(sentence) == [expected]


def test_compound_name_without_separator_is_two_agencies():
    mentions = agencies().scan("案件联审有关做法被中央纪委国家监委网站宣传推介")
    assert [(m.surface, m.agency.name) for m in mentions] == [
        ("中央纪委", "中共中央纪律检查委员会"),
        ("国家监委", "中华人民共和国国家监察委员会"),
    ]


@pytest.mark.parametrize("sentence, expected", [
    ("最高人民法院新闻局等7家单位和媒体共同推出", ("最高人民法院新闻局", "central")),
    ("被农业农村部农村合作经济指导司推介", ("中华人民共和国农业农村部农村合作经济指导司", "central")),
    ("中国人民银行连云港市中心支行组织开展", ("中国人民银行连云港市中心支行", "prefectural")),
    ("国家税务总局东海县税务局", ("国家税务总局东海县税务局", "county")),
    ("获国家统计局东海调查队表彰", ("国家统计局东海调查队", "county")),
    # a redundant 国家 before a ministry is part of the mention
    ("被国家民政部通报表扬", ("中华人民共和国民政部", "central")),
])
def test_departments_and_branches_of_central_agencies(sentence, expected):
    (mention,) = agencies().scan(sentence)
    assert (mention.agency.name, mention.agency.level) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("获江苏省政府通报表扬", ("江苏省人民政府", "provincial")),
    ("江苏省人民政府办公厅印发", ("江苏省人民政府办公厅", "provincial")),
    ("有关经验被湖北省委内刊刊载", ("中共湖北省委员会", "provincial")),
    ("中共湖北省委宣传部推介", ("中共湖北省委宣传部", "provincial")),
    ("获河南省发改委批复", ("河南省发展和改革委员会", "provincial")),
    ("被江苏发改委列为试点", ("江苏省发展和改革委员会", "provincial")),
    ("获广西壮族自治区人民政府表彰", ("广西壮族自治区人民政府", "provincial")),
    ("北京市人民政府批复同意", ("北京市人民政府", "provincial")),
    ("政协江苏省委员会调研组", ("中国人民政治协商会议江苏省委员会", "provincial")),
    ("被中共连云港市委表彰", ("中共连云港市委员会", "prefectural")),
    ("与湖北大学、安阳科技局联合创建国家级科技型企业孵化器", ("安阳市科学技术局", "prefectural")),
    ("咸宁市地方金融工作局组织的上市后备企业培训", ("咸宁市地方金融工作局", "prefectural")),
    ("获延边州委表彰", ("中共延边朝鲜族自治州委员会", "prefectural")),
    ("获延边自治州人民政府表彰", ("延边朝鲜族自治州人民政府", "prefectural")),
])
def test_named_local_bodies_resolve_by_themselves(sentence, expected):
    (mention,) = agencies().scan(sentence)
    assert (mention.agency.name, mention.agency.level) == expected


@pytest.mark.parametrize("surface, expected", [
    ("省发改委", "江苏省发展和改革委员会"),
    ("省卫健委", "江苏省卫生健康委员会"),
    ("省民宗委", "江苏省民族宗教事务委员会"),
    ("省民族宗教委", "江苏省民族宗教事务委员会"),
    ("省委网信办", "中共江苏省委网络安全和信息化委员会办公室"),
    ("省文明办", "江苏省精神文明建设指导委员会办公室"),
    ("省农业农村厅", "江苏省农业农村厅"),
    ("省乡村振兴局", "江苏省乡村振兴局"),
    ("省委农办", "中共江苏省委农村工作领导小组办公室"),
    ("省政府国资委", "江苏省人民政府国有资产监督管理委员会"),
    ("省直机关工委", "中共江苏省直属机关工作委员会"),
    ("省委人才办", "中共江苏省委人才工作领导小组办公室"),
    ("省河长办", "江苏省河长制办公室"),
    ("市农业农村局", "连云港市农业农村局"),
    # bodies abolished in 2018 keep their own names
    ("省国土资源厅", "江苏省国土资源厅"),
    ("省卫计委", "江苏省卫生和计划生育委员会"),
    ("市环保局", "连云港市环境保护局"),
    ("省农业厅", "江苏省农业厅"),
])
def test_local_abbreviations(surface, expected):
    agency = agencies().lookup(surface, "江苏省", "连云港市", "东海县")
    assert agency is not None and agency.name == expected


@pytest.mark.parametrize("sentence, context, expected", [
    ("相关创新举措被省政务办发文推广", JIANGSU, [("江苏省政务服务管理办公室", "provincial")]),
    ("获省政府通报激励", JIANGSU, [("江苏省人民政府", "provincial")]),
    ("“一把手上讲台”有关工作经验被省委内刊杂志刊载", HUBEI, [("中共湖北省委员会", "provincial")]),
    ("被市委主要领导在全省市厅级干部培训班上宣传推介", HUBEI, [("中共咸宁市委员会", "prefectural")]),
    ("获市委、市政府通报表扬", JIANGSU,
     [("中共连云港市委员会", "prefectural"), ("连云港市人民政府", "prefectural")]),
    ("被省委改革办评为优秀改革案例", JIANGSU, [("中共江苏省委全面深化改革委员会办公室", "provincial")]),
    ("被省纪委监委通报表扬", JIANGSU,
     [("中共江苏省纪律检查委员会", "provincial"), ("江苏省监察委员会", "provincial")]),
    ("获团省委、省妇联表彰", JIANGSU,
     [("共青团江苏省委员会", "provincial"), ("江苏省妇女联合会", "provincial")]),
    ("获自治区党委、自治区人民政府表彰", {"province": "广西壮族自治区"},
     [("中共广西壮族自治区委员会", "provincial"), ("广西壮族自治区人民政府", "provincial")]),
    # In a district of Beijing, 市 is the municipality itself.
    ("获市政府表彰", {"province": "北京市", "prefecture": "北京市", "county": "朝阳区"},
     [("北京市人民政府", "provincial")]),
    # In a county-level city, 市委 is the city's own committee.
    ("获市委表彰", {"province": "江苏省", "prefecture": "苏州市", "county": "昆山市"},
     [("中共昆山市委员会", "county")]),
    # A party committee and a government written as one: 市委政府, 党委政府.
    ("获连云港市委政府表彰", JIANGSU,
     [("中共连云港市委员会", "prefectural"), ("连云港市人民政府", "prefectural")]),
    ("获连云港市党委政府表彰", JIANGSU,
     [("中共连云港市委员会", "prefectural"), ("连云港市人民政府", "prefectural")]),
    # coordinating committees named in real passages (禁毒委, 综治委, 依法治省领导小组)
    ("经省禁毒委、省综治委考评验收", JIANGSU,
     [("江苏省禁毒委员会", "provincial"), ("江苏省社会治安综合治理委员会", "provincial")]),
    ("获省依法治省领导小组表彰", JIANGSU, [("江苏省依法治省领导小组", "provincial")]),
    # (round 47) the leading group of 平安建设, its 小组 sometimes 组, its place before or inside,
    # written after its committee (the committee is part of its name, not a second agency)
    ("被省平安建设领导组评为“省级平安县”", {"province": "山西省"}, [("山西省平安建设领导小组", "provincial")]),
    ("被省委平安山西建设领导组命名为", {"province": "山西省"}, [("山西省平安建设领导小组", "provincial")]),
    ("被平安浙江建设领导小组评为平安县", {}, [("浙江省平安建设领导小组", "provincial")]),
    # The province's office is 办公厅, a prefecture's 办公室.
    ("被省委办、市委办转发", JIANGSU,
     [("中共江苏省委办公厅", "provincial"), ("中共连云港市委办公室", "prefectural")]),
])
def test_bare_level_words_resolve_through_the_document(sentence, context, expected):
    mentions = agencies().scan(sentence, **context)
    assert [(m.agency.name, m.agency.level) for m in mentions] == expected


@pytest.mark.parametrize("sentence", ["获省政府通报激励", "被市委主要领导宣传推介", "相关创新举措被省政务办发文推广"])
def test_bare_level_words_yield_nothing_without_context(sentence):
    assert names(sentence) == []


@pytest.mark.parametrize("sentence, context, expected", [
    ("县委县政府高度重视", JIANGSU, ["中共东海县委员会", "东海县人民政府"]),
    ("中共东海县委全面深化改革委员会办公室", {}, ["中共东海县委全面深化改革委员会办公室"]),
    ("会议和县政府常务会议", JIANGSU, ["东海县人民政府"]),  # "and the county government", not 和县
])
def test_the_county_s_own_bodies_are_county_level(sentence, context, expected):
    mentions = agencies().scan(sentence, **context)
    assert [m.agency.name for m in mentions] == expected
    assert {m.agency.level for m in mentions} == {"county"}


def test_media_are_marked_so_callers_can_drop_them():
    mentions = agencies().scan("被人民日报、新华社、中央电视台等主流媒体关注,获《中国改革报》宣传推介")
    assert [m.surface for m in mentions] == ["人民日报", "新华社", "中央电视台", "中国改革报"]
    assert {m.agency.kind for m in mentions} == {"media"}


@pytest.mark.parametrize("sentence", [
    "认真贯彻落实中央和国家的决策部署",           # 中央, 国家 alone are not agencies
    "获评国家级生态文明建设示范县",
    "县财政部门和商务部门联合开展",               # departments in general, not the ministries
    "推行集中办理、集中办公",                     # 中办 inside another word
    "全国人大代表、全国政协委员到县调研",         # deputies and members, not the bodies
    "推动城市政府职能转变",                       # 市政府 inside 城市
    "各省政府相继出台",                           # every province's, not the document's
    "电子商务部负责人介绍",                       # a company's department
    "深入学习贯彻习近平总书记重要讲话精神",
])
def test_words_that_are_not_agencies(sentence):
    assert names(sentence, **JIANGSU) == []


def test_offsets_point_at_the_surface():
    text = "东海县被住建部批准为试点,获省政府通报激励,被中央纪委国家监委网站宣传推介"
    for mention in agencies().scan(text, **JIANGSU):
        assert text[mention.start:mention.end] == mention.surface


@pytest.mark.parametrize("name, context, expected", [
    ("中宣部", {}, "中共中央宣传部"),
    ("中央宣传部", {}, "中共中央宣传部"),
    ("住建部", {}, "中华人民共和国住房和城乡建设部"),
    ("央行", {}, "中国人民银行"),
    ("江苏省政府", {}, "江苏省人民政府"),
    ("省政府", {"province": "江苏省"}, "江苏省人民政府"),
    ("《中国改革报》", {}, "中国改革报社"),
])
def test_lookup_of_a_whole_name(name, context, expected):
    assert agencies().lookup(name, **context).name == expected


@pytest.mark.parametrize("name", ["省政府", "中央", "国家", "住建部门", "人民日报评论员"])
def test_lookup_of_what_is_not_one_agency(name):
    assert agencies().lookup(name) is None


def test_a_local_agency_lists_the_ways_texts_write_it():
    agency = agencies().lookup("省政府", province="江苏省")
    assert agency == Agency("江苏省人民政府", "provincial", "government", agency.aliases)
    assert {"江苏省政府", "省政府"} <= set(agency.aliases)


def test_dictionary_is_loaded_once():
    assert agencies() is agencies()


def test_data_file_is_general_and_well_formed():
    rows = [line.split("\t") for line in (DATA_DIR / "agencies.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    kinds = {"party", "state_council", "ministry", "commission", "bureau", "court", "procuratorate", "npc",
             "cppcc", "military", "association", "office", "group", "other", "media", "international"}
    assert len(rows) >= 300
    assert all(len(row) == 4 and row[1] in ("central", "international") and row[2] in kinds for row in rows)
    surfaces = [s for row in rows for s in [row[0], *row[3].split("|")] if s]
    assert len(surfaces) == len(set(surfaces)), "an alias names two agencies"


def test_a_long_report_is_scanned_to_its_end():
    """Every repetition of a paragraph yields its agencies, the last one too (speed: bench/speed.py)."""
    paragraph = ("近年来,东海县政府性债务化解获国务院通报表彰,医疗卫生体制改革获省政府通报激励,"
                 "相关创新举措被省政务办发文推广,相关做法获中国人民银行总行充分肯定,"
                 "被人民日报、新华社等主流媒体宣传推介,县委县政府高度重视改革工作。")
    text = (paragraph * 600)[:60000]
    per_paragraph = len(agencies().scan(paragraph, **JIANGSU))
    mentions = agencies().scan(text, **JIANGSU)
    assert per_paragraph >= 6
    assert len(mentions) >= per_paragraph * (len(text) // len(paragraph))
    assert mentions[-1].start > len(text) - len(paragraph)


@pytest.mark.parametrize("text, context, expected", [
    # the second of two coordinated names leaves out its place: the same place as the first
    ("获省委、省政府通报表彰", {"province": "浙江省", "prefecture": "嘉兴市", "county": "桐乡市"},
     ["中共浙江省委员会", "浙江省人民政府"]),
    ("获自治区党委、政府表彰", {"province": "广西壮族自治区", "prefecture": "南宁市", "county": "宾阳县"},
     ["中共广西壮族自治区委员会", "广西壮族自治区人民政府"]),
    ("被区党委、区政府命名", {"province": "广西壮族自治区", "prefecture": "南宁市", "county": "宾阳县"},
     ["中共广西壮族自治区委员会", "广西壮族自治区人民政府"]),
    ("获盟委、行署肯定", {"province": "内蒙古自治区", "prefecture": "兴安盟", "county": "扎赉特旗"},
     ["中共兴安盟委员会", "兴安盟行政公署"]),
    ("获市委和市政府表扬", {"province": "浙江省", "prefecture": "湖州市", "county": "安吉县"},
     ["中共湖州市委员会", "湖州市人民政府"]),
    # 党委 written inside an abbreviation: 自治区党委改革办
    ("被自治区党委改革办推广", {"province": "宁夏回族自治区", "prefecture": "银川市", "county": "永宁县"},
     ["中共宁夏回族自治区委员会全面深化改革委员会办公室"]),
    ("被省党委宣传部推介", {"province": "浙江省", "prefecture": "湖州市", "county": "安吉县"},
     ["中共浙江省委宣传部"]),
    # abbreviations of central and international bodies
    ("被全国综治委表彰", {}, ["中央社会治安综合治理委员会"]),
    ("被联合国教科文组织授予称号", {}, ["联合国教育、科学及文化组织"]),
])
def test_coordinated_and_abbreviated_names(text, context, expected):
    assert [m.agency.name for m in agencies().scan(text, **context)] == expected


@pytest.mark.parametrize("text, context, expected", [
    # a party committee's full name before one of its departments
    ("获中共福建省委员会办公厅通报表扬", {}, ["中共福建省委办公厅"]),
    ("被中共泉州市委员会宣传部推介", {}, ["中共泉州市委宣传部"]),
    # the State Council's general office under the state's full name
    ("被中华人民共和国国务院办公厅通报表扬", {}, ["国务院办公厅"]),
    # provincial bodies of the recent reforms, and their short forms
    ("获省委金融办推广", {"province": "福建省"}, ["中共福建省委金融委员会办公室"]),
    ("被辽宁省营商环境建设局通报表扬", {}, ["辽宁省营商环境建设局"]),
    ("获省人力社保厅表彰", {"province": "福建省"}, ["福建省人力资源和社会保障厅"]),
    # international bodies that designate places
    ("入选国际灌溉排水委员会公布的世界灌溉工程遗产名录", {}, ["国际灌溉排水委员会"]),
    ("被联合国儿童基金会授予儿童友好城市称号", {}, ["联合国儿童基金会"]),
])
def test_full_official_names(text, context, expected):
    assert [m.agency.name for m in agencies().scan(text, **context)] == expected


def test_the_development_and_reform_commission_by_its_everyday_short_name():
    from kg.agencies import agencies

    # an article about 民和县: 被国家环保部、发展改革委、住建部、农业部等部委评定为…
    found = [m.agency.name for m in agencies().scan("被国家环保部、发展改革委、住建部等部委评定为", "青海省", "海东市")]
    assert found == ["中华人民共和国环境保护部", "国家发展和改革委员会", "中华人民共和国住房和城乡建设部"]
    assert [m.agency.name for m in agencies().scan("省发展改革委批复", "青海省", "海东市")] == ["青海省发展和改革委员会"]


def test_a_national_body_sharing_its_name_with_the_province_s():
    from kg.agencies import agencies

    # an article about 阜南县: 得到了国家、省粮食和物资储备局的高度认可
    found = [m.agency.name for m in agencies().scan("得到了国家、省粮食和物资储备局的高度认可", "安徽省", "阜阳市")]
    assert found == ["国家粮食和物资储备局", "安徽省粮食和物资储备局"]
    # … not where no national body has the name (国家、省农业农村厅), nor leaders of every level
    assert [m.agency.name for m in agencies().scan("得到国家、省农业农村厅肯定", "安徽省", "阜阳市")] == ["安徽省农业农村厅"]
    assert agencies().scan("国家、省、市领导出席", "安徽省", "阜阳市") == []


def test_an_agency_after_huoping():
    from kg.agencies import agencies

    # an article about 溧水区: 改革成果获评省政府“江苏发展研究奖”一等奖 (评 ends the verb before 省政府)
    found = [m.agency.name for m in agencies().scan("改革成果获评省政府“江苏发展研究奖”一等奖", "江苏省", "南京市")]
    assert found == ["江苏省人民政府"]


def test_a_longer_name_after_a_redundant_national_word_is_the_name_meant():
    # 甘德县 on eval/pages: the green-food centre of the ministry, not the ministry
    mentions = agencies().scan("甘德县被国家农业农村部绿色食品发展中心认证为有机农产品生产基地")
    assert [(m.surface, m.agency.name) for m in mentions] == [("国家农业农村部绿色食品发展中心", "中国绿色食品发展中心")]


def test_china_before_a_ministry_belongs_to_its_name():
    # round 50 (h146): 中国科技部公布…名单 in a county's news; not another country's ministry
    found = [(m.surface, m.agency.name) for m in agencies().scan("中国科技部公布首批创新型县(市)验收通过名单")]
    assert found == [("中国科技部", "中华人民共和国科学技术部")]
    assert agencies().scan("美国商务部宣布") == []


def test_the_education_inspection_committee_of_a_government():
    # round 52 (h154): 省政府教育督导委员会 is one body, not the provincial government
    found = [m.agency.name for m in agencies().scan("省委组织部、省政府教育督导委员会、省教育厅联合下发", "安徽省", "安庆市")]
    assert found == ["中共安徽省委组织部", "安徽省人民政府教育督导委员会", "安徽省教育厅"]
