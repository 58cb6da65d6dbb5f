<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AutosaveWriter</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>修改未能保存。</translation>
    </message>
    <message>
        <source>Someone else saved this text meanwhile; merging.</source>
        <translation>他人刚刚保存了这段文字，正在合并。</translation>
    </message>
</context>
<context>
    <name>ChecklistDock</name>
    <message>
        <source>Checklist findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>修正(&amp;F)</translation>
    </message>
    <message>
        <source>Apply the exact correction the rule offers</source>
        <translation>应用该规则给出的确切修正</translation>
    </message>
    <message>
        <source>Not a&amp;pplicable…</source>
        <translation>不适用(&amp;P)…</translation>
    </message>
    <message>
        <source>Mark this finding as not applicable to this report, with a reason</source>
        <translation>将此问题标记为不适用于本报告，并说明理由</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>重新检查(&amp;C)</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Edit heading</source>
        <translation>修改标题</translation>
    </message>
    <message>
        <source>Add subsection</source>
        <translation>添加小节</translation>
    </message>
    <message>
        <source>Delete subsection</source>
        <translation>删除小节</translation>
    </message>
    <message>
        <source>Move subsection</source>
        <translation>移动小节</translation>
    </message>
    <message>
        <source>Set metric</source>
        <translation>设置指标</translation>
    </message>
    <message>
        <source>Edit problem</source>
        <translation>修改问题</translation>
    </message>
    <message>
        <source>Delete problem</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <source>Add problem</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>The change could not be made.</source>
        <translation>修改未能完成。</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>替换为(&amp;W)：</translation>
    </message>
    <message>
        <source>Match &amp;case (Latin letters)</source>
        <translation>区分大小写（拉丁字母）(&amp;C)</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Store under &amp;unit:</source>
        <translation>存入单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Reported &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Recognised structure</source>
        <translation>识别出的结构</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fazhi Report Studio</source>
        <translation>法治报告工作台</translation>
    </message>
    <message>
        <source>Choose a report in the list of units, or create one with File › New report (Ctrl+N).</source>
        <translation>请在左侧单位列表中选择一份报告，或通过“文件 › 新建报告”（Ctrl+N）创建。</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>撰写(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>指标(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>问题清单(&amp;P)</translation>
    </message>
</context>
<context>
    <name>MetricsTab</name>
    <message>
        <source>Type a value the way the report writes it (1500余, 约200, 98.5). Change is against the unit's previous report.</source>
        <translation>按报告中的写法填写数值（如 1500余、约200、98.5）。变化与本单位上一年度报告比较。</translation>
    </message>
    <message>
        <source>Metrics of this report</source>
        <translation>本报告的指标</translation>
    </message>
    <message>
        <source>Figures found in the text</source>
        <translation>正文中发现的数据</translation>
    </message>
    <message>
        <source>Across the years</source>
        <translation>历年情况</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Reported &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Blank, from the template (the five standard parts with guidance)</source>
        <translation>空白报告，按模板创建（标准五部分及撰写提示）(&amp;B)</translation>
    </message>
    <message>
        <source>From the unit's &amp;previous report (open problems carried over, last year's plans listed for part one)</source>
        <translation>基于本单位上一年度报告(&amp;P)（结转未整改问题，列出上年工作安排供第一部分逐项回应）</translation>
    </message>
    <message>
        <source>What comes from the previous report</source>
        <translation>从上一年度报告带入的内容</translation>
    </message>
</context>
<context>
    <name>ProblemsTab</name>
    <message>
        <source>&amp;Add problem</source>
        <translation>添加问题(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete problem</source>
        <translation>删除问题(&amp;D)</translation>
    </message>
    <message>
        <source>Problems of this report</source>
        <translation>本报告的问题</translation>
    </message>
    <message>
        <source>Rows in red are past their due date and not rectified. ↺ marks a problem carried over from last year. Double-click "Mentioned in" to go to the text.</source>
        <translation>红色行为已超过整改时限且未整改的问题。↺ 表示从上一年度结转的问题。双击“正文提及”可跳转到正文位置。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>This database is open in another window; this window is read-only.</source>
        <translation>此数据库已在另一个窗口中打开，当前为只读。</translation>
    </message>
    <message>
        <source>The database file is read-only; this window is read-only.</source>
        <translation>数据库文件是只读的，当前窗口为只读。</translation>
    </message>
</context>
<context>
    <name>ReportFieldsEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>主送机关(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. the district committee and government, without the colon</source>
        <translation>例如：区委、区政府（不含冒号）</translation>
    </message>
    <message>
        <source>&amp;Opening:</source>
        <translation>开头段(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Signed by (one organ a line):</source>
        <translation>发文机关署名（每行一个）(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Date written:</source>
        <translation>成文日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>附注(&amp;N)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Heading, without its number</source>
        <translation>标题（不含序号）</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Run-in heading</source>
        <translation>标题与正文连排</translation>
    </message>
    <message>
        <source>The heading runs into the first paragraph: "(1) Heading. Text…"</source>
        <translation>标题接排在第一段之前：“（一）标题。正文……”</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>小节正文</translation>
    </message>
    <message>
        <source>Write the text of this section here (Markdown: a blank line between paragraphs, "1." for numbered items).</source>
        <translation>在此撰写本节正文（Markdown 格式：段落之间空一行，“1.” 表示编号条目）。</translation>
    </message>
    <message>
        <source>Last year's plans to report on</source>
        <translation>上年度工作安排（需在本部分逐项回应）</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>New unit</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>全称(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation>上级单位(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Reports go to:</source>
        <translation>报送机关(&amp;R)：</translation>
    </message>
    <message>
        <source>Si&amp;gned by (one organ a line):</source>
        <translation>署名机关（每行一个）(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>fazhi::Actions</name>
    <message>
        <source>&amp;New report…</source>
        <translation>新建报告(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;unit…</source>
        <translation>新建单位(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Open selected report</source>
        <translation>打开所选报告(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import a report file…</source>
        <translation>导入报告文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Changes are saved as you type; this writes any pending change at once</source>
        <translation>输入时会自动保存；此命令立即写入尚未保存的修改</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find and replace…</source>
        <translation>查找和替换(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Add subsection</source>
        <translation>添加小节(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete subsection</source>
        <translation>删除小节(&amp;D)</translation>
    </message>
    <message>
        <source>Move subsection &amp;up</source>
        <translation>小节上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move subsection do&amp;wn</source>
        <translation>小节下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>立即检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>撰写(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>指标(&amp;M)</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>问题清单(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About Fazhi Report Studio</source>
        <translation>关于法治报告工作台(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>fazhi::ChecklistDock</name>
    <message>
        <source>Part 1: measures and results</source>
        <translation>第一部分：主要举措和成效</translation>
    </message>
    <message>
        <source>Part 2: shortcomings and reasons</source>
        <translation>第二部分：存在的不足和原因</translation>
    </message>
    <message>
        <source>Part 3: leaders' duty</source>
        <translation>第三部分：主要负责人履职情况</translation>
    </message>
    <message>
        <source>Part 4: next year's plans</source>
        <translation>第四部分：下一年度工作安排</translation>
    </message>
    <message>
        <source>Part 5: other matters</source>
        <translation>第五部分：其他需要报告的情况</translation>
    </message>
    <message>
        <source>Extra parts</source>
        <translation>其他部分</translation>
    </message>
    <message>
        <source>Whole report</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Why does this not apply to this report? The reason is kept with the report.</source>
        <translation>为什么此项不适用于本报告？理由将随报告保存。</translation>
    </message>
    <message>
        <source>Open a report to check it.</source>
        <translation>打开一份报告后即可检查。</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 note(s); %4 rule(s) passed; score %5</source>
        <translation>错误 %1 项，警告 %2 项，提示 %3 项；通过 %4 项规则；得分 %5</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
</context>
<context>
    <name>fazhi::ExportFormats</name>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>OFD document</source>
        <translation>OFD 版式文档</translation>
    </message>
    <message>
        <source>OFD</source>
        <translation>OFD</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
</context>
<context>
    <name>fazhi::ExportRunner</name>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>This build cannot export %1 files.</source>
        <translation>当前版本无法导出 %1 文件。</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>fazhi::FindReplaceDialog</name>
    <message numerus="yes">
        <source>%n place(s) found</source>
        <translation><numerusform>找到 %n 处</numerusform></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace all "%1"</source>
        <translation>全部替换“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n place(s)</source>
        <translation><numerusform>已替换 %n 处</numerusform></translation>
    </message>
</context>
<context>
    <name>fazhi::GuardedTextEdit</name>
    <message>
        <source>Text too long</source>
        <translation>文字太长</translation>
    </message>
    <message>
        <source>The text to paste has %1 characters; one paste may bring at most %2. A whole report is usually under 30,000 characters: check what was copied, or paste it in parts. Nothing was changed.</source>
        <translation>要粘贴的文字有 %1 个字符，一次最多只能粘贴 %2 个。一篇年度报告全文通常不到 3 万字：请检查复制的内容，或分几次粘贴。内容没有任何改动。</translation>
    </message>
</context>
<context>
    <name>fazhi::ImportDialog</name>
    <message>
        <source>Choose a report file: TXT, HTML, DOCX or Markdown.</source>
        <translation>请选择报告文件：TXT、HTML、DOCX 或 Markdown。</translation>
    </message>
    <message>
        <source>&amp;Store report</source>
        <translation>存入报告(&amp;S)</translation>
    </message>
    <message>
        <source>Import a report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Reports (*.txt *.html *.htm *.docx *.md);;All files (*)</source>
        <translation>报告 (*.txt *.html *.htm *.docx *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (new unit)</source>
        <translation>%1（新单位）</translation>
    </message>
    <message>
        <source>(no title recognised)</source>
        <translation>（未识别出标题）</translation>
    </message>
    <message>
        <source> (not one of the five standard parts)</source>
        <translation>（不属于标准五部分）</translation>
    </message>
    <message>
        <source>Repairs (%1)</source>
        <translation>修复（%1）</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>提醒（%1）</translation>
    </message>
    <message>
        <source>Figures (%1)</source>
        <translation>数据（%1）</translation>
    </message>
    <message>
        <source>No report file has been read.</source>
        <translation>尚未读取报告文件。</translation>
    </message>
</context>
<context>
    <name>fazhi::MainWindow</name>
    <message>
        <source>Units and reports</source>
        <translation>单位和报告</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>About Fazhi Report Studio</source>
        <translation>关于法治报告工作台</translation>
    </message>
    <message>
        <source>Fazhi Report Studio helps government units write, check and publish their annual report on building a rule-of-law government.
Database: %1</source>
        <translation>法治报告工作台帮助各单位撰写、检查和公开法治政府建设年度报告。
数据库：%1</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>保存失败：%1</translation>
    </message>
    <message>
        <source>Opened in %1 ms</source>
        <translation>已打开，用时 %1 毫秒</translation>
    </message>
    <message>
        <source>%1 – Fazhi Report Studio</source>
        <translation>%1 – 法治报告工作台</translation>
    </message>
    <message>
        <source>Fazhi Report Studio</source>
        <translation>法治报告工作台</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <source>Import a report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Reports (*.txt *.html *.htm *.docx *.md);;All files (*)</source>
        <translation>报告 (*.txt *.html *.htm *.docx *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The new interface language takes effect the next time the program starts.</source>
        <translation>新的界面语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <source>The program did not close normally last time. Your work on "%1" (%2) has been recovered.</source>
        <translation>程序上次未正常关闭。您在“%1”（%2）中的工作已恢复。</translation>
    </message>
    <message>
        <source>Last saved at %1.</source>
        <translation>最后保存于 %1。</translation>
    </message>
    <message>
        <source>Sections edited in that session: %1</source>
        <translation>上次修改过的部分：%1</translation>
    </message>
    <message>
        <source>Recovered the report that was open when the program stopped</source>
        <translation>已恢复程序停止时打开的报告</translation>
    </message>
    <message>
        <source>Work recovered</source>
        <translation>工作已恢复</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>修改未完成</translation>
    </message>
    <message>
        <source>Changed in another program</source>
        <translation>其他程序修改了本报告</translation>
    </message>
    <message>
        <source>This database is open in another window; this window is read-only.</source>
        <translation>此数据库已在另一个窗口中打开，当前为只读。</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
</context>
<context>
    <name>fazhi::MetricChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>fazhi::MetricsTab</name>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年度</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年度</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>In the text</source>
        <translation>正文中的说法</translation>
    </message>
    <message>
        <source>Required for this kind of unit</source>
        <translation>此类单位必填</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Double-click to see it in the text</source>
        <translation>双击可在正文中查看</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Record this figure as the metric's value</source>
        <translation>将此数据记为该指标的数值</translation>
    </message>
    <message>
        <source>Figures found in the text (%1)</source>
        <translation>正文中发现的数据（%1）</translation>
    </message>
</context>
<context>
    <name>fazhi::NewReportDialog</name>
    <message>
        <source>Standard five parts</source>
        <translation>标准五部分</translation>
    </message>
    <message>
        <source>This unit already has a report for %1.</source>
        <translation>该单位已有 %1 年度的报告。</translation>
    </message>
    <message>
        <source>This unit has no earlier report to start from.</source>
        <translation>该单位没有更早的报告可供沿用。</translation>
    </message>
    <message>
        <source>Previous report: %1 (%2).</source>
        <translation>上一年度报告：%1（%2）。</translation>
    </message>
    <message>
        <source>Problem carried over: %1 (%2)</source>
        <translation>结转问题：%1（%2）</translation>
    </message>
    <message>
        <source>Plan to report on in part one: %1</source>
        <translation>需在第一部分回应的上年安排：%1</translation>
    </message>
</context>
<context>
    <name>fazhi::OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>Title and addressee</source>
        <translation>标题和主送机关</translation>
    </message>
    <message>
        <source>Title, addressee, opening, signature and date</source>
        <translation>标题、主送机关、开头段、署名和日期</translation>
    </message>
    <message>
        <source>New subsection</source>
        <translation>新小节</translation>
    </message>
    <message>
        <source>Delete subsection</source>
        <translation>删除小节</translation>
    </message>
    <message>
        <source>Delete the subsection "%1" and its text? You can undo this.</source>
        <translation>删除小节“%1”及其正文？此操作可以撤销。</translation>
    </message>
</context>
<context>
    <name>fazhi::PreviewPanel</name>
    <message>
        <source>Preview (official layout)</source>
        <translation>预览（公文版式）</translation>
    </message>
    <message>
        <source>Export this report as %1</source>
        <translation>将本报告导出为 %1</translation>
    </message>
    <message>
        <source>Preview pages</source>
        <translation>预览页面</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>共 %n 页</numerusform></translation>
    </message>
</context>
<context>
    <name>fazhi::ProblemsTab</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rectification measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Mentioned in</source>
        <translation>正文提及</translation>
    </message>
    <message>
        <source>Add problem</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>The shortcoming, in one sentence:</source>
        <translation>用一句话描述存在的不足：</translation>
    </message>
    <message>
        <source>Carried over from last year's report</source>
        <translation>从上一年度报告结转</translation>
    </message>
    <message>
        <source>Part 2</source>
        <translation>第二部分</translation>
    </message>
    <message>
        <source>Part 4</source>
        <translation>第四部分</translation>
    </message>
    <message>
        <source>Not mentioned</source>
        <translation>未提及</translation>
    </message>
    <message>
        <source>Overdue: due %1 and not rectified</source>
        <translation>已逾期：整改时限为 %1，尚未整改</translation>
    </message>
    <message>
        <source>%1 problem(s), %2 overdue</source>
        <translation>共 %1 个问题，%2 个逾期</translation>
    </message>
</context>
<context>
    <name>fazhi::ReportFieldsEditor</name>
    <message>
        <source>Edit title</source>
        <translation>修改标题</translation>
    </message>
    <message>
        <source>Edit addressee</source>
        <translation>修改主送机关</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>修改附注</translation>
    </message>
    <message>
        <source>Edit opening</source>
        <translation>修改开头段</translation>
    </message>
    <message>
        <source>Edit signature</source>
        <translation>修改署名</translation>
    </message>
    <message>
        <source>Edit date</source>
        <translation>修改成文日期</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
</context>
<context>
    <name>fazhi::ReportSession</name>
    <message>
        <source>The part for the new subsection no longer exists.</source>
        <translation>新小节所属的部分已不存在。</translation>
    </message>
    <message>
        <source>This database is open in another window; this window is read-only.</source>
        <translation>此数据库已在另一个窗口中打开，当前为只读。</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>修改未能保存。</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <source>opening paragraph</source>
        <translation>开头段落</translation>
    </message>
    <message>
        <source>signing organs</source>
        <translation>发文机关署名</translation>
    </message>
    <message>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>date of writing</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>date of publication</source>
        <translation>公开日期</translation>
    </message>
    <message>
        <source>publication address</source>
        <translation>公开网址</translation>
    </message>
    <message>
        <source>note</source>
        <translation>附注</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>报告%1</translation>
    </message>
    <message>
        <source>%1 — kept yours: %2; the other text: %3</source>
        <translation>%1：已保留您的内容“%2”；另一方的内容为“%3”</translation>
    </message>
    <message>
        <source>Another program changed what you are editing. Your text was kept; the other text is kept under the report's references.
%1</source>
        <translation>其他程序修改了您正在编辑的内容。已保留您的内容，另一方的内容已保存到本报告的参考材料中。
%1</translation>
    </message>
    <message>
        <source>Heading of %1</source>
        <translation>%1的标题</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>%1的正文</translation>
    </message>
    <message>
        <source>%1 — kept yours; the other text is in the references</source>
        <translation>%1：已保留您的内容，另一方的内容已保存到参考材料中</translation>
    </message>
    <message>
        <source>Metric %1</source>
        <translation>指标“%1”</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>%1 — kept yours; the other value: %2</source>
        <translation>%1：已保留您的内容；另一方的数值为%2</translation>
    </message>
    <message>
        <source>Problem &quot;%1&quot;</source>
        <translation>问题“%1”</translation>
    </message>
    <message>
        <source>Problem &quot;%1&quot; — deleted elsewhere; kept with your changes</source>
        <translation>问题“%1”已被其他程序删除，已按您的修改保留</translation>
    </message>
    <message>
        <source>Changed elsewhere: %1 (%2)</source>
        <translation>其他程序的修改：%1（%2）</translation>
    </message>
</context>
<context>
    <name>fazhi::StatusIndicators</name>
    <message>
        <source>Section: %1 characters</source>
        <translation>本节字数：%1</translation>
    </message>
    <message>
        <source>Report: %1 characters</source>
        <translation>全文字数：%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation>已全部保存 %1</translation>
    </message>
    <message>
        <source>Checklist: %1 error(s), %2 warning(s), %3 note(s)</source>
        <translation>检查：错误 %1，警告 %2，提示 %3</translation>
    </message>
</context>
<context>
    <name>fazhi::UnitDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>fazhi::UnitsDock</name>
    <message>
        <source>Unit / report</source>
        <translation>单位 / 报告</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Units and reports</source>
        <translation>单位和报告</translation>
    </message>
    <message>
        <source>%1 annual report</source>
        <translation>%1 年度报告</translation>
    </message>
</context>
</TS>