#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the mistake corpus: each published fixture report with realistic drafting mistakes put in by
# hand (anchor → replacement), plus a report written for the corpus, and answers.json, the answer key
# (file, rule, family, quoted text). Run from this folder: python3 make_corpus.py
import json, pathlib

FIXTURES = pathlib.Path(__file__).resolve().parents[3] / '..' / 'shared' / 'fixtures' / 'reports'

# (anchor in the source, replacement, rule, family, quote that the finding must cover)
MUTATIONS = {
 'jiangjin-cgj-2025.txt': [
  ('2025年法治政府建设情况报告如下', '2024年法治政府建设情况报告如下', 'year.consistency', 'numbers', '2024年法治政府建设情况报告如下'),
  ('全年共召开党委会65次', '全年共召开党委会65次次', 'lint.dup-char', 'words', '次次'),
  ('精准落实政务服务', '精准落实落实政务服务', 'lint.dup-char', 'words', '落实落实'),
  ('整合率超75%', '整合率超75%以上', 'lint.number.approx', 'numbers', '超75%以上'),
  ('减少材料重复提报近10项', '减少材料重复提报近10余项', 'lint.number.approx', 'numbers', '近10余项'),
  ('下沉率达82.7%', '下沉率达182.7%', 'metrics.rate-range', 'numbers', '182.7%'),
  ('深化“帮办代办”制度', '深化“帮办代办制度', 'lint.punct.pairs', 'punctuation', '“帮办代办制度'),
  ('二是认真落实“三重一大”议事规则', '二是认真落实“三重一大”、“议事规则”', 'lint.punct.dunhao-quoted', 'punctuation', '”、“'),
  ('机制建立以来,累计', '机制建立以来,截止目前累计', 'lint.confusable', 'words', '截止目前'),
  ('切实加强作为法治建设第一责任人', '切实加强做为法治建设第一责任人', 'lint.confusable', 'words', '做为'),
  ('加强普法体系化建设', '加强法制宣传教育体系化建设', 'lint.confusable', 'words', '法制宣传教育'),
  ('复杂事项审批时限压缩至1-3个工作日', '复杂事项审批时限压缩至1~3个工作日', 'lint.number.range', 'numbers', '~'),
  # Second round, written before the rules that find them.
  ('(二)全面提升', '(二)、全面提升', 'structure.numbering', 'structure', '全面提升行政审批服务效能'),
  ('深入群众宣传', '深入群众众宣传', 'lint.dup-char', 'words', '众众'),
 ],
 'jiulongpo-cgj-2023.txt': [
  ('一是多形式开展学习', '一是多形式开展学习', None, None, None),
  ('纲要(20212025年)》、《法治社会建设', '纲要(2015-2020年)》、《法治社会建设', 'lint.outdated', 'policy', '2015-2020年'),
  ('“八五”普法五年规划等工作', '“七五”普法规划等工作', 'lint.outdated', 'policy', '“七五”普法规划'),
  ('全面贯彻党的二十大精神,深入贯彻落实习近平法治思想', '全面贯彻党的二十大精神,深入贯彻落实习近平法制思想', 'lint.confusable', 'words', '习近平法制思想'),
  ('(五)坚持严格规范', '(六)坚持严格规范', 'structure.numbering', 'structure', '坚持严格规范公正文明执法'),
 ],
 'siping-town-2025.txt': [
  ('一是严格审查行政规范性文件', '一是严格审查行政规范性文件', None, None, None),
  ('排查化解矛盾纠纷136件', '排查化解矛盾纠纷136件件', 'lint.dup-char', 'words', '件件'),
  ('讨论形成5个决议', '讨论形成5个个决议', 'lint.dup-char', 'words', '个个'),
  ('对镇辖区内的16个农家乐', '对镇辖区内的的16个农家乐', 'lint.dup-char', 'words', '的的'),
  ('五是升级改造应急广播27个', '四是升级改造应急广播27个', 'lint.enum.sequence', 'structure', '四是'),
  ('安装视频摄像头19个', '按装视频摄像头19个', 'lint.confusable', 'words', '按装'),
  ('区委,区政府:', '区委,区政府', 'structure.addressee', 'structure', '区政府'),
  ('《重大行政决策程序暂行条例》', '《重大行政决策程序暂行条》例', 'lint.citation', 'policy', '《重大行政决策程序暂行条》例'),
  ('三、下一步整改措施', '二、下一步整改措施', 'structure.numbering', 'structure', '下一步整改措施'),
 ],
}

# A report written for the corpus: each mistake is marked [[rule|family|wrong]] in the text.
OWN = '''重庆市某某区司法局关于2024年法治政府建设情况的报告

区委、区政府：

2024年，区司法局坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面贯彻党的二十大和二十届二中、三中全会精神。现将[[year.consistency|numbers|2023年]]度法治政府建设情况报告如下：

一、2024年推进法治政府建设的主要举措和成效

（一）强化法治思维。一是组织局党组理论学习中心组专题学习[[lint.dup-char|words|习近平平]]法治思想4次。二是举办领导干部法治讲座2场，参训[[lint.number.approx|numbers|约300余人]]次[[lint.punct.halfwidth|punctuation|,]]覆盖全部科室。三是把学法情况纳入年度考核。

[[year.consistency|numbers|2025年，局党组]]每季度听取一次法治政府建设工作汇报。

（二）规范行政执法。全年共办理行政复议案件[[lint.number.sum|numbers|45件]]，其中维持30件、撤销12件、确认违法6件。受理行政许可申请1200件，办结1150件，办结率[[lint.number.rate|numbers|98.5%]]。主动公开政府信息[[lint.number.fullwidth|numbers|１５６]]条。全年办理行政处罚案件88件，[[lint.confusable|words|己经]]全部录入执法监督平台。严格落实行政执法“三项制度”，重大执法决定法制审核率100%。印发《关于进一步规范行政执法的通知》（某司发[[lint.doc-number|numbers|[2024]]]12号）。

（三）化解矛盾纠纷。依托人民调解委员会排查[[lint.confusable|words|矛盾纠分]]412件，调解成功率98.5%。[[lint.confusable|words|截止]]12月底，全区设立调解组织186个。

（四）深化普法宣传。落实“谁执法谁普法”责任制，开展“宪法宣传周”活动32场，发放[[lint.space|punctuation| ]]资料1.2万份。贯彻落实《法治政府建设实施纲要（2015—2020年）》，制定年度任务清单。

二、2024年推进法治政府建设存在的不足和原因

一是行政执法人员专业化水平不高。二是基层法治宣传力量不足。究其原因，主要是培训投入不够。

三、2024年党政主要负责人履行推进法治建设第一责任人职责情况

局主要负责人认真履行第一责任人职责，全年专题研究法治工作4次，带头述法。

四、2025年推进法治政府建设的主要安排

一是加强执法培训。二是创新普法方式。三是[[lint.confusable|words|贯切]]落实《重大行政决策程序暂行条例》。

五、其他需要报告的情况

无。

重庆市某某区司法局

2025年1月13日
'''
OWN_OUTDATED = ('《法治政府建设实施纲要（2015—2020年）》', 'lint.outdated', 'policy')

OWN_TOWNSHIP = '''重庆市綦江区石角镇人民政府关于2025年法治政府建设情况的报告

区委、区政府：

2025年，石角镇坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，[[structure.placeholder|structure|……（概述全年法治政府建设总体情况）]]。现将2025年法治政府建设情况报告如下：

[[structure.numbering|structure|一.|2025年推进法治政府建设的主要举措和成效]]2025年推进法治政府建设的主要举措和成效

（一）强化组织领导。镇党委专题研究法治建设工作6次。一是严格执行[[lint.citation|policy|《重大行政决策程序暂行条列》]]，重大事项均经合法性审查。二是落实[[lint.citation|policy|《中华人民共和国行政处法》]]，规范执法行为。三是[[lint.dup-char|words|规范性性]]文件全部报备区司法局。

[[structure.numbering|structure|（二）、|依法化解矛盾纠纷]]依法化解矛盾纠纷。依托人民调解委员会排查化解[[lint.dup-char|words|纠纷纷]]87件，调解成功率97.7%。

[[structure.numbering|structure|（四）|深化普法宣传]]深化普法宣传。开展“宪法宣传周”活动12场，宣传“学法知法 守法用法”理念，贯彻[[lint.citation|policy|《优化营商环境条》例]]，举办企业法治讲座3场。

（四）[[structure.heading-glued|structure|规范行政执法全年]]办理行政处罚案件56件，罚没款12.3万元。

二、2025年推进法治政府建设存在的不足和原因

一是普法宣传形式单一，群众参与度不高。二是执法人员专业素质有待提高。究其原因，主要是培训投入不足。

[[structure.empty-part|structure|三、|党政主要负责人履行推进法治建设第一责任人职责情况]]2025年党政主要负责人履行推进法治建设第一责任人职责情况

[[structure.numbering|structure|三、|2026年推进法治政府建设的主要安排]]2026年推进法治政府建设的主要安排

一是创新法治宣传方式，提高群众参与度。二是加强执法人员培训，提升专业素质。

五、其他需要报告的情况

无。

重庆市綦江区石角镇人民政府

2026年1月15日
'''



# Third round, written blind (before looking at what the rules catch), with examples of every kind that differ
# from the first two rounds. bench_check_recall prints this round on its own line: it is the honest figure.
OWN_MARKET = '''重庆市某某区市场监督管理局关于2025年法治政府建设情况的报告

区委、区政府：

2025年，区市场监管局在区委、区政府的坚强领导下，坚持以[[lint.confusable|words|习近平新时代中国特色社会注意思想]]为指导，全面贯彻党的二十大和二十届历次全会精神，深入贯彻落实[[lint.outdated|policy|党的十九大精神]]。现将有关情况报告如下：

一、2025年推进法治政府建设的主要举措和成效

（一）加强党对法治建设的领导。局党组[[lint.confusable|words|布署]]法治政府建设重点任务12项，[[lint.confusable|words|认真的落实]]各项任务。全年召开党组会议专题研究法治工作[[lint.number.approx|numbers|近5次多]]。

（二）严格规范公正文明执法。全年共查处各类违法案件[[lint.number.sum|numbers|326件]]，其中食品安全案件120件、特种设备案件35件、价格案件41件、其他案件110件。罚没款412.6万元，同比增长[[lint.number.rate|numbers|25.0%]]（2024年为380.0万元）。执法案卷评查合格率100%，行政复议纠错率为零。[[year.consistency|numbers|2205年]]起全面推行说理式执法。

（三）优化法治化营商环境。新登记经营主体8512户，[[lint.confusable|words|己于]]年底前全部完成“双随机、一公开”抽查计划[[lint.punct.halfwidth|punctuation|;]]办理企业信用修复[[lint.number.fullwidth|numbers|２１３]]件。制定《行政执法事项清单》（某市监发[[lint.doc-number|numbers|（2025）]]8号）。

（四）深化普法宣传。落实“谁执法谁普法”责任制，开展“3·15”消费者权益日活动6场，发放[[lint.punct.pairs|punctuation|《消费者权益保护法宣传资料]]1.5万份，“放心消费在重庆”宣传覆盖全部街镇。深入开展[[lint.outdated|policy|“七五”普法]]中期评估。

（五）依法化解矛盾纠纷。受理消费投诉举报4356件，办结4298件，办结率[[lint.number.rate|numbers|99.6%]]，为消费者挽回经济损失263万元。[[lint.dup-char|words|执执法]]人员全部持证上岗。

二、2025年推进法治政府建设存在的不足和原因

一是基层执法力量不足。[[lint.enum.sequence|structure|三是]]新型监管手段运用不够。究其原因，主要是人员编制有限、培训投入不足。

三、2025年党政主要负责人履行推进法治建设第一责任人职责情况

局主要负责人切实履行第一责任人职责，带头学法、述法，[[lint.confusable|words|安时]]完成年度述法工作。

[[structure.numbering|structure|五、|2026年推进法治政府建设的主要安排]]2026年推进法治政府建设的主要安排

一是加强基层执法队伍建设。二是推进智慧监管。三是深入实施[[lint.citation|policy|《优化营商环境条列》]]。

五、其他需要报告的情况

无。

重庆市某某区市场监督管理局
[[structure.date|numbers|2025年3月10日]]
'''

def own_case(text, name, extra=()):
    answers = []
    while '[[' in text:
        start = text.index('[[')
        end = text.index(']]', start)
        fields = text[start + 2:end].split('|')
        rule, family, wrong = fields[:3]
        quote = fields[3] if len(fields) > 3 else wrong
        text = text[:start] + wrong + text[end + 2:]
        answers.append({'rule': rule, 'family': family, 'quote': quote})
    for quote, rule, family in extra:
        answers.append({'rule': rule, 'family': family, 'quote': quote})
    pathlib.Path(name).write_text(text, encoding='utf-8')
    return {'file': name, 'base': None, 'answers': answers}


def main():
    cases = []
    for name, mutations in MUTATIONS.items():
        text = (FIXTURES / name).read_text(encoding='utf-8')
        answers = []
        for anchor, replacement, rule, family, quote in mutations:
            if rule is None:
                continue
            assert text.count(anchor) == 1, (name, anchor, text.count(anchor))
            text = text.replace(anchor, replacement)
            answers.append({'rule': rule, 'family': family, 'quote': quote})
        out = name.replace('.txt', '-mistakes.txt')
        pathlib.Path(out).write_text(text, encoding='utf-8')
        cases.append({'file': out, 'base': name, 'answers': answers})
    cases.append(own_case(OWN, 'own-justice-2024-mistakes.txt', [OWN_OUTDATED]))
    cases.append(own_case(OWN_TOWNSHIP, 'own-township-2025-mistakes.txt'))
    blind = own_case(OWN_MARKET, 'own-market-2025-mistakes.txt')
    blind['round'] = 'blind'
    cases.append(blind)
    key = {'version': 1,
           'families': {'punctuation': 'lint.punct.*, lint.space', 'structure': 'structure.*, lint.enum.*',
                        'policy': 'lint.outdated, lint.citation', 'words': 'lint.confusable, lint.dup-char',
                        'numbers': 'lint.number.*, lint.doc-number, year.*, date.*, metrics.*'},
           'cases': cases}
    pathlib.Path('answers.json').write_text(json.dumps(key, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
    print(sum(len(c['answers']) for c in cases), 'mistakes in', len(cases), 'files')


if __name__ == '__main__':
    main()
