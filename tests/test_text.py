"""Normalisation of documents as they really come, with offsets back into the original."""

from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.text import decode, make_document, normalise, read_document

SENTENCE = "通城县荣获全国文明城市称号，“一业一证”改革经验在全省推广。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_simplified_text_in_any_chinese_encoding(tmp_path, encoding):
    path = tmp_path / "report.txt"
    path.write_bytes(SENTENCE.encode(encoding))
    doc = read_document(path)
    assert doc.text.startswith("通城县荣获全国文明城市称号，")


def test_big5_traditional_text_becomes_simplified(tmp_path):
    path = tmp_path / "tw.txt"
    path.write_bytes("湯陰縣榮獲全國綠化模範縣稱號，推動黨建引領基層治理。".encode("big5"))
    doc = read_document(path)
    assert "汤阴县荣获全国绿化模范县称号" in doc.text


@pytest.mark.parametrize("raw, expected", [
    ("中國特色社會(huì)主義進(jìn)入新時(shí)代", "中国特色社会主义进入新时代"),
    ("湯陰縣以縣域治理“三起來”為根本遵循", "汤阴县以县域治理“三起来”为根本遵循"),
    ("黨建引領(lǐng)厚植強(qiáng)縣富民基礎(chǔ)", "党建引领厚植强县富民基础"),
])
def test_pinyin_annotations_are_removed_and_script_simplified(raw, expected):
    assert normalise(raw)[0] == expected


@pytest.mark.parametrize("raw, expected", [
    ("桐鄉市推進衞生健康事業改革", "桐乡市推进卫生健康事业改革"),  # a Hong Kong variant
    ("靑年創業園、淸潔能源產業", "青年创业园、清洁能源产业"),  # old printed forms
    ("全市工業産値增長，擧辦鄕村振興論壇", "全市工业产值增长，举办乡村振兴论坛"),
    ("安吉県の経済発展", "安吉县の经济发展"),  # Japanese forms in a copied text
    ("桐鄉市推行〝三聯〞機制、﹁五心﹂服務", "桐乡市推行“三联”机制、「五心」服务"),  # Taiwan and vertical quotes
])
def test_variant_characters_that_t2s_leaves_are_simplified(raw, expected):
    text, origin = normalise(raw)
    assert text == expected and len(origin) == len(text) + 1


@pytest.mark.parametrize("raw, expected", [
    ("乾县被评为国家卫生县城，乾安县人民政府", "乾县被评为国家卫生县城，乾安县人民政府"),  # t2s makes them 干县, 干安县
    ("乾縣被評為國家衛生縣城", "乾县被评为国家卫生县城"),
    ("骨干县级医院，天气乾燥", "骨干县级医院，天气干燥"),  # 干 and 乾 of words stay as t2s has them
    ("浙江省糧食生產骨幹縣", "浙江省粮食生产骨干县"),
])
def test_place_names_that_t2s_would_change_are_kept(raw, expected):
    text, origin = normalise(raw)
    assert text == expected and len(origin) == len(text) + 1


@pytest.mark.parametrize("raw, expected", [
    ("<p>晋江市<b>“晋江经验”</b>获得肯定</p>", "晋江市“晋江经验”获得肯定"),
    ("<style>.a{color:red}</style><div>萧山区&nbsp;获评&ldquo;示范区&rdquo;</div>", "萧山区获评“示范区”"),
    ("<script>alert('x')</script>安吉县", "安吉县"),
    ("## 安吉县深化改革\n[安吉经验](https://example.org/a)被推广", "安吉县深化改革\n安吉经验被推广"),
    ("发布时间:2020-08-06 17:03:21 | 来源:中国网 | 作者:张三 | 责任编辑:李四——桐乡市改革综述", "桐乡市改革综述"),
    # decorations before punctuation go; bullets stay
    ("2021年2月◈ღ,宜都市被确定为全国文明城市提名城市◈ღ。", "2021年2月,宜都市被确定为全国文明城市提名城市。"),
    ("主要荣誉\n◆国家卫生城市 ◆全国文明城市", "主要荣誉\n◆国家卫生城市 ◆全国文明城市"),
    # marks a copy doubled: one comma, or the mark that is not a comma
    ("陈国平表示,,对口帮扶以来,,两地紧密协作,。", "陈国平表示,对口帮扶以来,两地紧密协作。"),
    ("在产业发展,、人才培养,、就业帮扶等方面持续深入协作", "在产业发展、人才培养、就业帮扶等方面持续深入协作"),
])
def test_web_residue_is_stripped(raw, expected):
    assert normalise(raw)[0].strip() == expected


def test_full_width_digits_and_letters_become_half_width():
    text, _ = normalise("２０２１年“１＋１６＋Ｎ”机制（试行），完成。")
    assert text == "2021年“1+16+N”机制(试行)，完成。"


def test_ocr_spaces_inside_chinese_words_are_removed():
    text, _ = normalise("连续六年获得全 省高质量发展先进县, 进一步深化农村党员 \"1893\"培养机制")
    assert "全省高质量发展先进县" in text
    assert "农村党员\"1893\"培养机制" in text


def test_spaces_around_chinese_punctuation_are_removed():
    # text copied out of a PDF: a space before the full stop, after a semicolon, inside quotes
    text, _ = normalise("还被评为国家园林县城, 全国科技进步先进县称号 。其下 ; 获评“ 好 ”等次")
    assert text == "还被评为国家园林县城,全国科技进步先进县称号。其下;获评“好”等次"
    assert normalise("It works ; really")[0] == "It works ; really"


def test_ocr_line_broken_mid_sentence_is_joined_but_headings_stay():
    raw = ("聚焦美丽乡村建设\n全县上下坚持绿色发展理念，深入推进生态文明建设，先后荣获国家生态文明建设示\n"
           "范县、全国绿化先进集体等称号。")
    text, _ = normalise(raw)
    assert "国家生态文明建设示范县" in text
    assert text.startswith("聚焦美丽乡村建设\n")


def test_sentences_point_back_into_the_original_text():
    raw = "<p>湯陰縣(xiàn)被評為全國綠化模范縣。</p><p>晋江市获评全国文明城市！</p>"
    doc = make_document(raw, "t")
    assert [s.text for s in doc.sentences] == ["汤阴县被评为全国绿化模范县。", "晋江市获评全国文明城市！"]
    first, second = doc.sentences
    assert raw[first.source_start:first.source_end] == "湯陰縣(xiàn)被評為全國綠化模范縣。"
    assert raw[second.source_start:second.source_end] == "晋江市获评全国文明城市！"


def test_lost_characters_do_not_split_sentences():
    doc = make_document("萧山区??获评全省示范区。下一句。", "t")
    assert doc.sentences[0].text == "萧山区??获评全省示范区。"


def test_title_and_date_are_found():
    doc = make_document("用好改革关键一招\n发布时间:2020-08-06 17:03 | 来源:中国网\n正文第一句。", "t")
    assert doc.title == "用好改革关键一招"
    assert doc.date == "2020-08-06"


@pytest.mark.parametrize("data, reason", [
    (b"%PDF-1.7\n...", "this is a PDF file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "this is a PNG image"),
    (b"\x00\x01\x02binary\x00", "binary data"),
])
def test_binary_input_is_refused_by_name(data, reason):
    with pytest.raises(KgError, match=reason):
        decode(data, "x.bin")


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n")
    with pytest.raises(KgError, match="empty.txt: the file is empty"):
        read_document(path)


def test_text_wrapped_in_narrow_columns_is_rejoined():
    body = ("安吉县坚持生态立县，先后荣获国家生态文明建设示范县、全国绿化模范县、浙江省全面深化改革先进县等称号，"
            "创新推行“两山银行”改革，相关经验获自然资源部肯定并在全国推广。"
            "全县深化“最多跑一次”改革，推进县域医共体建设，群众满意度持续提升，乡村振兴走在前列。")
    wrapped = "\n".join(body[i:i + 16] for i in range(0, len(body), 16))
    text, origin = normalise(wrapped)
    assert text == body
    assert wrapped[origin[text.index("全国绿化模范县")]:].startswith("全国绿化")


def test_a_column_break_at_a_quotation_mark_is_rejoined():
    # OCR of a narrow column (as Xushui's 2015 and 2019 work reports cut at 22 characters
    # break): a line may end at a closing quote or inside a footnote marker, and the next
    # begin with a closing quote or an enumeration comma
    lines = ["全县上下齐心协力，各项工作扎实推进，大气污染治",
             "理有效。紧紧围绕空气质量改善目标，以开展“三净”",
             "行动[",
             "4]、大气污染综合治理、会议期间空气质量保障等工",
             "作，城乡环境明显改善。实施“落地即批、一月办清",
             "”审批模式，大幅度提高审批服务效率。举办“海纳百川",
             "、无远不至”名师讲坛，组织“百村万户大家访”活",
             "动，教育先行理念深入人心，全县群众满意度持续提升。"]
    text, _ = normalise("\n".join(lines))
    assert text == "".join(lines).replace("[4]", "")


def test_a_heading_above_wrapped_lines_stays_a_line_of_its_own():
    # OCR of a narrow column under a title: the title and a paragraph's short last line end there
    body = ("全县上下齐心协力，各项工作扎实推进，大气污染治理有效，城乡环境明显改善，群众满意度持续提升，"
            "乡村振兴走在前列，产业发展势头良好，民生保障更加有力，社会大局和谐稳定，改革开放不断深化")
    lines = [body[i:i + 20] for i in range(0, len(body), 20)]
    text, _ = normalise("甘州区与鲤城区签订合作协议\n" + "\n".join(lines) + "\n下一段从这里开始，接着写")
    assert text.startswith("甘州区与鲤城区签订合作协议\n全县上下")
    assert "改革开放不断深化\n下一段" in text


def test_pinyin_of_keywords_in_square_brackets_is_removed():
    text, _ = normalise("近年来成功创建成为中国[ZhongGuo]优秀旅游城市，科学[KeXue]发展[FaZhan]观深入人心，见附件[A]。")
    assert text == "近年来成功创建成为中国优秀旅游城市，科学发展观深入人心，见附件[A]。"


@pytest.mark.parametrize("raw, expected", [
    ("寻乌县获评国家生态文明建设示范县.该县创新“山水林田”模式.", "寻乌县获评国家生态文明建设示范县。该县创新“山水林田”模式。"),
    ("他说“好”.然后", "他说“好”。然后"),
    ("收入增长3.5%.全年完成", "收入增长3.5%。全年完成"),
    ("省电子商务十强县.2019年5月", "省电子商务十强县。2019年5月"),
    ("“我们就‘借港出海’.”他说", "“我们就‘借港出海’。”他说"),
    ("完成.②推进", "完成。推进"),       # (a circled number is a marker, removed)
    ("一.总体要求", "一.总体要求"),          # a heading's number
    ("收入达3.5亿元", "收入达3.5亿元"),        # a number
    ("结束...后来", "结束...后来"),            # an ellipsis
])
def test_a_full_stop_typed_as_ascii_ends_a_sentence(raw, expected):
    assert normalise(raw)[0] == expected


def test_a_report_written_with_ascii_full_stops_gives_the_same_relations():
    from pathlib import Path

    from kg.extract import extract_document

    seed = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
    def found(text):
        return {(r.predicate, r.object.label) for r in extract_document(make_document(text, "seed")).relations}

    assert found(seed.replace("。", ".")) == found(seed)


def test_pinyin_after_a_character_lost_with_its_bracket_is_removed():
    # a converter lost 構 and the bracket after it, keeping the reading: 以?gòu)筑
    assert normalise("以?gòu)筑城鄉(xiāng)融合發展")[0] == "以?筑城乡融合发展"


def test_text_copied_out_of_a_pdf_token_by_token_is_rejoined():
    # a report's text layer with a break around every number and quotation mark (seen on real pages)
    raw = ("2021\n年\n招远市政府工作报告\n各位代表:\n现在,我代表市政府向大会报告工作。\n一、\n2020\n年和\n“\n十三五\n”\n"
           "时期工作回顾\n全年完成地区生产总值\n59\n7.3\n亿元,增长\n2.\n6\n%\n;在全国综合实力百强县中排名第\n55\n位。")
    text, origin = normalise(raw)
    assert "亿元,增长2. 6 %;在全国综合实力百强县中排名第55位。" in text  # (numbers stay apart, as a table's)
    assert "“十三五”时期工作回顾" in text
    assert "各位代表:\n" in text  # a colon ends its line
    assert raw[origin[text.index("在全国综合实力百强县")]:].startswith("在全国综合实力百强县")


def test_a_table_with_a_cell_per_line_is_not_glued_into_pairings():
    # (a second reader's counter-example: one county's partner, then other counties' pairings)
    raw = "安吉县\n" + "\n".join(["支援方", "关系", "受援方", "安吉县", "对口支援", "青川县", "德清县", "对口支援",
                                 "平武县", "长兴县", "对口支援", "理县"] * 2) + "\n安吉县与青川县合作不断深化。"
    text, _ = normalise(raw)
    assert "安吉县\n对口支援\n青川县\n德清县" in text


def test_toneless_pinyin_inserted_by_a_mirror_site_is_removed():
    # 近年(nian)来, 打(da)造: several in a text, each one syllable (paraphrased real page, round 19)
    doc = make_document("近年(nian)来,迎泽(ze)区把建设作为打(da)造国家(jia)区域中(zhong)心(xin)城市的载体。", "t")
    assert doc.text == "近年来,迎泽区把建设作为打造国家区域中心城市的载体。"
    # … but not a unit of measure, which is no syllable, nor a list's letter in a text without them
    assert "(mm)" in make_document("近年(nian)来,迎泽(ze)区打(da)造降水量(mm)", "t").text
    assert make_document("见图(a)和图(b)。", "t").text == "见图(a)和图(b)。"


def test_a_break_before_punctuation_no_line_begins_with_is_joined():
    # 先后获“A”⏎、“B”⏎。: the page's markup broke the line there (paraphrased real page, round 19)
    doc = make_document("子洲县先后获“中国能源百强县”\n、“全国绿化模范县”\n。\n下一段", "t")
    assert doc.text == "子洲县先后获“中国能源百强县”、“全国绿化模范县”。\n下一段"


def test_curly_quotation_marks_typed_the_wrong_way_round_are_repaired():
    # 推广应用”X”: a closing mark opening (paraphrased real page, round 47); “X“: an opening mark closing
    assert make_document("践行“枫桥经验”,推广应用”李春生调解模式”,调解纠纷600余起。", "t").text \
        == "践行“枫桥经验”,推广应用“李春生调解模式”,调解纠纷600余起。"
    assert make_document("推广应用“李春生调解模式“,调解纠纷。", "t").text == "推广应用“李春生调解模式”,调解纠纷。"
    # … but a quotation left open at a line's end, or marks right as typed, stay
    assert make_document("他说：“我们要干。\n下一段“A”和“B”。", "t").text == "他说：“我们要干。\n下一段“A”和“B”。"
