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
    <message>
        <source>The database server cannot be reached; your text is kept on this computer.</source>
        <translation>无法连接数据库服务器，您输入的文字已暂存在本机。</translation>
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
    <name>ConnectionDialog</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>The database &amp;file on this computer (one office)</source>
        <translation>本机的数据库文件（单个办公室）(&amp;F)</translation>
    </message>
    <message>
        <source>The district&apos;s &amp;server (PostgreSQL)</source>
        <translation>区里的数据库服务器（PostgreSQL）(&amp;S)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>db.example.gov.cn</source>
        <translation>db.example.gov.cn</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>CoreLabels</name>
    <message>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Township (subdistrict)</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已公开</translation>
    </message>
    <message>
        <source>Not rectified</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Drafter</source>
        <translation>起草人</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>报送版本</translation>
    </message>
    <message>
        <source>Named version</source>
        <translation>命名版本</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>恢复前自动保存</translation>
    </message>
    <message>
        <source>Part 1: measures and results</source>
        <translation>第一部分：主要举措和成效</translation>
    </message>
    <message>
        <source>Part 2: shortcomings and reasons</source>
        <translation>第二部分：存在的不足和原因</translation>
    </message>
    <message>
        <source>Part 3: leaders&apos; duty</source>
        <translation>第三部分：主要负责人履职情况</translation>
    </message>
    <message>
        <source>Part 4: next year&apos;s plans</source>
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
    <name>LocalJournal</name>
    <message>
        <source>Your changes could not be kept on this computer either.</source>
        <translation>您的修改也无法暂存在本机。</translation>
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
        <source>Type a value the way the report writes it (1500余, 约200, 98.5). Change is against the unit&apos;s previous report.</source>
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
        <source>From the unit&apos;s &amp;previous report (open problems carried over, last year&apos;s plans listed for part one)</source>
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
        <source>Rows in red are past their due date and not rectified. ↺ marks a problem carried over from last year. Double-click &quot;Mentioned in&quot; to go to the text.</source>
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
    <message>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a report number.</source>
        <translation>“%1”不是报告编号。</translation>
    </message>
    <message>
        <source>There is no report number %1 in this database.</source>
        <translation>此数据库中没有编号为 %1 的报告。</translation>
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
    <message>
        <source>not set</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>The date printed under the signature. It stays empty until you set it; the checker reports a missing date.</source>
        <translation>印在署名下方的成文日期。未填写时保持为空，检查清单会提示缺少成文日期。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove the date written</source>
        <translation>清除成文日期</translation>
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
        <source>The heading runs into the first paragraph: &quot;(1) Heading. Text…&quot;</source>
        <translation>标题接排在第一段之前：“（一）标题。正文……”</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>小节正文</translation>
    </message>
    <message>
        <source>Last year&apos;s plans to report on</source>
        <translation>上年度工作安排（需在本部分逐项回应）</translation>
    </message>
    <message>
        <source>Write the text of this section here: each line is a paragraph; &quot;1.&quot; starts a numbered item.</source>
        <translation>在此撰写本节正文：每行为一段；以“1.”开头的为编号条目。</translation>
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
    <name>fazhi</name>
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
        <source>Metric %1</source>
        <translation>指标“%1”</translation>
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
    <message>
        <source>Import a &amp;folder of reports…</source>
        <translation>导入报告文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Database or server…</source>
        <translation>数据库或服务器(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>fazhi::AuditText</name>
    <message>
        <source>submitted</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>published</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>resolved a comment</source>
        <translation>解决批注</translation>
    </message>
    <message>
        <source>reopened a comment</source>
        <translation>重新打开批注</translation>
    </message>
    <message>
        <source>saved a version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <source>restored a version</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>fazhi::BatchImportDialog</name>
    <message>
        <source>Import a folder of reports</source>
        <translation>导入报告文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Importing the reports of %1…</source>
        <translation>正在导入“%1”中的报告……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3</source>
        <translation>已处理 %1/%2：%3</translation>
    </message>
    <message>
        <source>The import stopped because of an internal error; see the log.</source>
        <translation>导入因程序内部错误而停止，详情见日志。</translation>
    </message>
    <message>
        <source>%1 of %2 files imported, %3 not imported.</source>
        <translation>共 %2 个文件，导入 %1 个，未导入 %3 个。</translation>
    </message>
    <message>
        <source>Cancelled: %1 files were not tried; the files imported before stay stored.</source>
        <translation>已取消：还有 %1 个文件没有处理；取消前已导入的报告保留。</translation>
    </message>
    <message>
        <source>New unit added.</source>
        <translation>已新建单位。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
</context>
<context>
    <name>fazhi::ChecklistDock</name>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>fazhi::CommentMargin</name>
    <message>
        <source> · %1 replies</source>
        <translation> · %1 条回复</translation>
    </message>
    <message>
        <source> · resolved</source>
        <translation> · 已解决</translation>
    </message>
    <message>
        <source> · words gone</source>
        <translation> · 原文已删</translation>
    </message>
</context>
<context>
    <name>fazhi::CommentsDock</name>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>By</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>回复(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>解决(&amp;S)</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>显示已解决</translation>
    </message>
    <message>
        <source>(the whole report)</source>
        <translation>（针对全文）</translation>
    </message>
    <message>
        <source>“%1” — the words are gone from the text</source>
        <translation>“%1”——原文已删改，批注失去定位</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>失去定位</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Your reply:</source>
        <translation>回复内容：</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>批注</translation>
    </message>
</context>
<context>
    <name>fazhi::ConnectionDialog</name>
    <message>
        <source>The password is never stored. Leave it empty to use ~/.pgpass; typed here, it is kept only until the program closes.</source>
        <translation>密码从不保存。留空则使用 ~/.pgpass；在此输入的密码只在程序关闭前有效。</translation>
    </message>
</context>
<context>
    <name>fazhi::DiffView</name>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>上一处修改(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>下一处修改(&amp;N)</translation>
    </message>
    <message>
        <source>%1 characters inserted, %2 deleted.</source>
        <translation>新增 %1 字，删除 %2 字。</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>两个版本相同。</translation>
    </message>
    <message>
        <source>Report fields</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>开头</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Moved from “%1” to “%2”</source>
        <translation>从“%1”移到“%2”</translation>
    </message>
    <message>
        <source>Moved to another place</source>
        <translation>位置已移动</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>没有修改</translation>
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
        <translation>
            <numerusform>找到 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace all &quot;%1&quot;</source>
        <translation>全部替换“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n place(s)</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
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
        <source>&amp;Store report</source>
        <translation>存入报告(&amp;S)</translation>
    </message>
    <message>
        <source>Import a report</source>
        <translation>导入报告</translation>
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
    <message>
        <source>Choose a report file: PDF, Word (DOCX, DOC), WPS, RTF, OFD, TXT, HTML, Markdown or a scan.</source>
        <translation>请选择报告文件：PDF、Word（DOCX、DOC）、WPS、RTF、OFD、TXT、HTML、Markdown 或扫描件。</translation>
    </message>
    <message>
        <source>Reports (%1);;All files (*)</source>
        <translation>报告 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Recognising the text of page %1 of %2 …</source>
        <translation>正在识别第 %1 页（共 %2 页）的文字……</translation>
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
        <source>The program did not close normally last time. Your work on &quot;%1&quot; (%2) has been recovered.</source>
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
    <message>
        <source>&amp;Overview</source>
        <translation>总览(&amp;O)</translation>
    </message>
    <message>
        <source>Compliance &amp;overview…</source>
        <translation>督察总览(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Search all reports…</source>
        <translation>搜索全部报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Import a folder of reports</source>
        <translation>导入报告文件夹</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>The program uses this database the next time it starts.</source>
        <translation>下次启动程序时使用此数据库。</translation>
    </message>
    <message>
        <source>%1 characters typed while the server was unreachable were put back and are being saved</source>
        <translation>服务器断开期间输入的 %1 个字已恢复，正在保存</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>fazhi::MergeDialog</name>
    <message>
        <source>Merge the two texts</source>
        <translation>合并两处修改</translation>
    </message>
    <message>
        <source>%1 was changed at another desk while you were editing it. Your text has been kept; the other text is kept under the report&apos;s references too. Put together below the text to keep.</source>
        <translation>您编辑“%1”时，另一处也修改并保存了它。您的文字已保留，另一处的文字也已存入报告的参考资料。请在下方确定要保留的文字。</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>您的文字</translation>
    </message>
    <message>
        <source>The other desk&apos;s text</source>
        <translation>另一处保存的文字</translation>
    </message>
    <message>
        <source>Start from &amp;mine</source>
        <translation>以我的为准(&amp;M)</translation>
    </message>
    <message>
        <source>Start from &amp;theirs</source>
        <translation>以对方的为准(&amp;T)</translation>
    </message>
    <message>
        <source>The text to keep (you may edit it; one line is one paragraph):</source>
        <translation>要保留的文字（可以修改；每行为一段）：</translation>
    </message>
    <message>
        <source>&amp;Keep this text</source>
        <translation>保留这段文字(&amp;K)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>稍后再定(&amp;L)</translation>
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
    <name>fazhi::MetricsAcrossPage</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Total (%1 units)</source>
        <translation>合计（%1 个单位）</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>平均 %1</translation>
    </message>
    <message>
        <source>%1, %2: the largest %3 units</source>
        <translation>%1（%2年）：数值最大的 %3 个单位</translation>
    </message>
    <message>
        <source>%1 across the years (all units)</source>
        <translation>%1历年情况（全部单位）</translation>
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
        <source>Record this figure as the metric&apos;s value</source>
        <translation>将此数据记为该指标的数值</translation>
    </message>
    <message>
        <source>Figures found in the text (%1)</source>
        <translation>正文中发现的数据（%1）</translation>
    </message>
    <message>
        <source>%1 keeps its recorded value, %2.</source>
        <translation>“%1”仍为原记录值 %2。</translation>
    </message>
    <message>
        <source>%1 has no value recorded.</source>
        <translation>“%1”尚未记录数值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not recorded: it is written in Chinese numerals. Write the figure in digits, as in 约10, 10余 or 1.5万; a wording such as 十余次 can go into the note.</source>
        <translation>“%1”未记录：它用的是汉字数字。请用阿拉伯数字填写，如 约10、10余、1.5万；“十余次”这类说法可写在说明中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not recorded: it has no figure in it. Write the figure in digits, as in 约10, 10余 or 1.5万.</source>
        <translation>“%1”未记录：其中没有数字。请用阿拉伯数字填写，如 约10、10余、1.5万。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not recorded: only a figure can be recorded, with 约, 近, 超, 余, 多 or 万 around it (约200, 1500余, 1.5万, 98.5%). Other words can go into the note.</source>
        <translation>“%1”未记录：数值栏只能填写数字，可带“约”“近”“超”“余”“多”“万”（如 约200、1500余、1.5万、98.5%）。其他文字可写在说明中。</translation>
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
        <source>Delete the subsection &quot;%1&quot; and its text? You can undo this.</source>
        <translation>删除小节“%1”及其正文？此操作可以撤销。</translation>
    </message>
</context>
<context>
    <name>fazhi::OutsideMerge</name>
    <message>
        <source>%1 — kept yours: %2; the other text: %3</source>
        <translation>%1：已保留您的内容“%2”；另一方的内容为“%3”</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>报告%1</translation>
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
</context>
<context>
    <name>fazhi::OverviewModel</name>
    <message>
        <source>No report</source>
        <translation>未建立报告</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <source>Not submitted, late</source>
        <translation>逾期未报送</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Not published, late</source>
        <translation>逾期未公开</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未公开</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>The unit has no report for %1.</source>
        <translation>该单位没有 %1 年度的报告。</translation>
    </message>
    <message>
        <source>Due for submission on %1.</source>
        <translation>报送期限为 %1。</translation>
    </message>
    <message>
        <source>Due for publication on %1.</source>
        <translation>公开期限为 %1。</translation>
    </message>
    <message>
        <source>Standard parts not found in the report; double-click to see the checklist.</source>
        <translation>报告中没有找到的规定部分；双击查看检查清单。</translation>
    </message>
    <message>
        <source>Problems past their due date and not rectified; double-click to see them.</source>
        <translation>已过整改期限仍未整改的问题；双击查看。</translation>
    </message>
    <message>
        <source>Problems reported the year before as well.</source>
        <translation>上一年度也报告过的问题。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>Submission due</source>
        <translation>报送期限</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Publication due</source>
        <translation>公开期限</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation>缺少部分</translation>
    </message>
    <message>
        <source>Metrics missing</source>
        <translation>缺少指标</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>延续</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>连续两年</translation>
    </message>
</context>
<context>
    <name>fazhi::OverviewPage</name>
    <message>
        <source>Only late, missing or overdue</source>
        <translation>只看逾期、缺失或超期未整改</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Any column</source>
        <translation>任意列</translation>
    </message>
    <message>
        <source>Filter, e.g. a unit&apos;s name or 逾期</source>
        <translation>筛选，如单位名称或“逾期”</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <source>Unit&apos;s years</source>
        <translation>单位历年情况</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Red: late or overdue. Orange: a missing part, a problem repeated from last year, checklist errors, or no report yet. Double-click a cell to open the report there.</source>
        <translation>红色：逾期。橙色：缺少部分、上一年度重复出现的问题、检查清单有错误或尚未建立报告。双击单元格打开报告中对应的位置。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>%1 units shown, %2 with something late or overdue</source>
        <translation>显示 %1 个单位，其中 %2 个有逾期事项</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>导出总览</translation>
    </message>
    <message>
        <source>Overview %1.xlsx</source>
        <translation>%1年度总览.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>fazhi::OverviewWindow</name>
    <message>
        <source>Compliance overview – Fazhi Report Studio</source>
        <translation>督察总览 – 法治报告工作台</translation>
    </message>
    <message>
        <source>Overview of the year</source>
        <translation>年度总览</translation>
    </message>
    <message>
        <source>A unit&apos;s years</source>
        <translation>单位历年</translation>
    </message>
    <message>
        <source>Metrics across units</source>
        <translation>各单位指标</translation>
    </message>
    <message>
        <source>Search all reports</source>
        <translation>搜索全部报告</translation>
    </message>
</context>
<context>
    <name>fazhi::PageView</name>
    <message>
        <source>Comment on this line…</source>
        <translation>为这一行添加批注…</translation>
    </message>
</context>
<context>
    <name>fazhi::PersonDialog</name>
    <message>
        <source>Who is working</source>
        <translation>选择操作人</translation>
    </message>
    <message>
        <source>Nobody has been set up in this database yet. Add the first person (an admin can then add the others).</source>
        <translation>这个数据库中还没有人员。请先添加第一位人员（之后由管理员添加其他人员）。</translation>
    </message>
    <message>
        <source>Choose who is working. What you may do with a report follows from your roles in its unit.</source>
        <translation>请选择操作人。能对报告做什么，取决于您在报告所属单位中的角色。</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Create a unit first: every person belongs to one.</source>
        <translation>请先新建单位：每位人员都属于一个单位。</translation>
    </message>
    <message>
        <source>Give the person at least one role.</source>
        <translation>请至少给这位人员一个角色。</translation>
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
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Smaller (Ctrl+wheel down)</source>
        <translation>缩小（Ctrl+滚轮向下）</translation>
    </message>
    <message>
        <source>Larger (Ctrl+wheel up)</source>
        <translation>放大（Ctrl+滚轮向上）</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适应宽度</translation>
    </message>
    <message>
        <source>Show the page as wide as the preview</source>
        <translation>页面宽度与预览区一致</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Show the page at its real size</source>
        <translation>按实际纸张大小显示</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
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
        <source>Carried over from last year&apos;s report</source>
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
    <message>
        <source>Clear date</source>
        <translation>清除成文日期</translation>
    </message>
    <message>
        <source>The status changes through the review steps in the Review panel.</source>
        <translation>状态只能通过“审核”面板中的报送、退回、审核通过、公开等步骤改变。</translation>
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
        <source>Another program changed what you are editing. Your text was kept; the other text is kept under the report&apos;s references.
%1</source>
        <translation>其他程序修改了您正在编辑的内容。已保留您的内容，另一方的内容已保存到本报告的参考材料中。
%1</translation>
    </message>
    <message>
        <source>Changed elsewhere: %1 (%2)</source>
        <translation>其他程序的修改：%1（%2）</translation>
    </message>
    <message>
        <source>Text of a deleted section: %1</source>
        <translation>已删除小节的正文：%1</translation>
    </message>
</context>
<context>
    <name>fazhi::ReviewController</name>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Versions and history</source>
        <translation>版本与历史</translation>
    </message>
    <message>
        <source>Add &amp;comment…</source>
        <translation>添加批注(&amp;C)…</translation>
    </message>
    <message>
        <source>Comment on the selected words</source>
        <translation>对选中的文字添加批注</translation>
    </message>
    <message>
        <source>&amp;Who is working…</source>
        <translation>切换操作人(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>Save a named &amp;version…</source>
        <translation>保存命名版本(&amp;V)…</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>未选择操作人</translation>
    </message>
    <message>
        <source>Choose who is working under Review › Who is working…</source>
        <translation>请在“审核 › 切换操作人”中选择操作人</translation>
    </message>
    <message>
        <source>Working: %1 (%2)</source>
        <translation>操作人：%1（%2）</translation>
    </message>
    <message>
        <source>Change under Review › Who is working…</source>
        <translation>可在“审核 › 切换操作人”中更换</translation>
    </message>
    <message>
        <source>This report is %1: its content cannot be changed until it is returned or reopened.</source>
        <translation>这份报告%1，在退回或重新打开之前内容不能修改。</translation>
    </message>
    <message>
        <source>%1 is not a drafter of this report&apos;s unit: read and comment only.</source>
        <translation>%1不是这份报告所属单位的起草人：只能阅读和批注。</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <source>Select the words to comment on in the section text first.</source>
        <translation>请先在正文中选中要批注的文字。</translation>
    </message>
    <message>
        <source>Choose who is working first (Review › Who is working…).</source>
        <translation>请先选择操作人（审核 › 切换操作人）。</translation>
    </message>
    <message>
        <source>Comment on “%1”:</source>
        <translation>对“%1”的批注：</translation>
    </message>
</context>
<context>
    <name>fazhi::ReviewPanel</name>
    <message>
        <source>Reason or remark (returning needs one, or an open comment)</source>
        <translation>理由或说明（退回时须填写，或先添加批注）</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>报送(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>退回(&amp;T)</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>审核通过(&amp;P)</translation>
    </message>
    <message>
        <source>Pu&amp;blish</source>
        <translation>公开(&amp;B)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Published on:</source>
        <translation>公开日期：</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>公开网址：</translation>
    </message>
    <message>
        <source>No report open</source>
        <translation>未打开报告</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Last step: %1 by %2 on %3</source>
        <translation>最近一步：%2 于 %3 %1</translation>
    </message>
    <message>
        <source>Remark: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>Published on %1 at %2</source>
        <translation>已于 %1 在 %2 公开</translation>
    </message>
    <message>
        <source>Changed in this round by: %1</source>
        <translation>本轮修改人：%1</translation>
    </message>
    <message>
        <source>Open comments: %1</source>
        <translation>未解决的批注：%1 条</translation>
    </message>
    <message>
        <source>Choose who is working first (Review › Who is working…).</source>
        <translation>请先选择操作人（审核 › 切换操作人）。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
</context>
<context>
    <name>fazhi::SearchPage</name>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Words to find in every report: one character is enough</source>
        <translation>在所有报告中查找的文字：一个字也可以</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>摘录</translation>
    </message>
    <message>
        <source>The first %1 places (%2 ms)</source>
        <translation>前 %1 处（%2 毫秒）</translation>
    </message>
    <message>
        <source>%1 places (%2 ms)</source>
        <translation>共 %1 处（%2 毫秒）</translation>
    </message>
</context>
<context>
    <name>fazhi::SectionEditor</name>
    <message>
        <source>The paste was tidied as an import is: %1</source>
        <translation>粘贴的内容已按导入的方式整理：%1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message numerus="yes">
        <source>%n subsection heading(s) became new subsection(s).</source>
        <translation>
            <numerusform>%n 个小节标题已成为新的小节。</numerusform>
        </translation>
    </message>
    <message>
        <source>Text under a part heading went into that part: %1.</source>
        <translation>部分标题下的文字已放入该部分：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The report has no part for %1: that heading was pasted as text; please check it.</source>
        <translation>报告中没有与“%1”对应的部分：该标题已作为正文粘贴，请核对。</translation>
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
    <message>
        <source>Server unreachable: %1 characters kept on this computer, sent when it returns</source>
        <translation>无法连接服务器：%1 个字暂存在本机，连接恢复后自动保存</translation>
    </message>
</context>
<context>
    <name>fazhi::UnitDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>修改单位</translation>
    </message>
</context>
<context>
    <name>fazhi::UnitYearsPage</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Metric across years</source>
        <translation>历年指标</translation>
    </message>
    <message>
        <source>Rectification chains: each problem and the earlier ones it continues</source>
        <translation>整改链：每个问题及其延续的往年问题</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Missing parts</source>
        <translation>缺少部分</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>提出问题</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>延续</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>连续两年</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation>（逾期）</translation>
    </message>
</context>
<context>
    <name>fazhi::UnitsController</name>
    <message>
        <source>&amp;Units</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Edit unit…</source>
        <translation>修改单位(&amp;E)…</translation>
    </message>
    <message>
        <source>Change report &amp;year…</source>
        <translation>更改报告年度(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Delete report…</source>
        <translation>删除报告(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete u&amp;nit…</source>
        <translation>删除单位(&amp;N)…</translation>
    </message>
    <message>
        <source>Undo in units</source>
        <translation>撤销单位和报告的修改</translation>
    </message>
    <message>
        <source>Redo in units</source>
        <translation>重做单位和报告的修改</translation>
    </message>
    <message>
        <source>Delete the selected draft report (a submitted report is never deleted)</source>
        <translation>删除所选的草稿报告（已报送的报告不能删除）</translation>
    </message>
    <message>
        <source>Change report year</source>
        <translation>更改报告年度</translation>
    </message>
    <message>
        <source>Year of &quot;%1&quot; (%2 to %3):</source>
        <translation>“%1”的年度（%2 至 %3 年）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>“%1”不是年份。</translation>
    </message>
    <message>
        <source>Workbench: %1</source>
        <translation>工作台：%1</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot belong to a unit that belongs to it.</source>
        <translation>“%1”不能隶属于它自己的下级单位。</translation>
    </message>
    <message>
        <source>Edit unit &quot;%1&quot;</source>
        <translation>修改单位“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has been submitted (%2): its year can no longer be changed.</source>
        <translation>“%1”已报送（%2），不能再更改年度。</translation>
    </message>
    <message>
        <source>This unit already has a report for %1 (number %2); a unit has one report a year.</source>
        <translation>该单位已有 %1 年度的报告（编号 %2），每个单位每年只能有一份报告。</translation>
    </message>
    <message>
        <source>Change the year of %1 to %2</source>
        <translation>把 %1 年度改为 %2 年度</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>删除报告</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: a submitted report is never deleted. An administrator can reopen it.</source>
        <translation>“%1”的状态是“%2”：已报送的报告不能删除。如需修改，可由管理员退回。</translation>
    </message>
    <message>
        <source>Delete the draft &quot;%1&quot; of %2 (%3) with all its text, metrics and problems?
You can undo this while the window stays open; the deletion is recorded in the audit trail.</source>
        <translation>删除%2的草稿“%1”（%3年度），连同其全部正文、指标和问题？
在窗口关闭前可以撤销；删除会记入审计日志。</translation>
    </message>
    <message>
        <source>Delete report %1 (%2)</source>
        <translation>删除报告 %1（%2年度）</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <source>%1 report (number %2)</source>
        <translation>%1年度报告（编号 %2）</translation>
    </message>
    <message>
        <source>%1 report (%2)</source>
        <translation>%1年度报告（%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has submitted reports and cannot be deleted: %2.</source>
        <translation>“%1”有已报送的报告，不能删除：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Delete the unit &quot;%1&quot;? It has no reports.</source>
        <translation>删除单位“%1”？该单位没有报告。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n report(s): %2.
Delete the unit together with these reports? You can undo this while the window stays open; the deletions are recorded in the audit trail.</source>
        <translation>
            <numerusform>“%1”有 %n 份报告：%2。
确定连同这些报告一起删除该单位吗？在窗口关闭前可以撤销；删除会记入审计日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete unit %1</source>
        <translation>删除单位 %1</translation>
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
<context>
    <name>fazhi::VersionsDock</name>
    <message>
        <source>No.</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>By</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Save &amp;version…</source>
        <translation>保存版本(&amp;V)…</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>查看(&amp;H)</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>恢复(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Two versions selected: what changed from the older to the newer. One: what changed since it, up to the current text.</source>
        <translation>选中两个版本：比较从较早版本到较新版本的修改；选中一个版本：比较从该版本到当前文本的修改。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Restore a version</source>
        <translation>恢复版本</translation>
    </message>
    <message>
        <source>Make version %1 the report&apos;s content? What is there now is kept as a version first.</source>
        <translation>用第 %1 版替换报告的内容吗？当前内容会先保存为一个版本。</translation>
    </message>
    <message>
        <source>Changed in its round by: %1</source>
        <translation>该轮修改人：%1</translation>
    </message>
    <message>
        <source>Save a named version</source>
        <translation>保存命名版本</translation>
    </message>
    <message>
        <source>Name of the version:</source>
        <translation>版本名称：</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>已保存为第 %1 版。</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2</source>
        <translation>第 %1 版到第 %2 版的修改</translation>
    </message>
    <message>
        <source>Changes from version %1 to the current text</source>
        <translation>第 %1 版到当前文本的修改</translation>
    </message>
    <message>
        <source>Version %1 (%2) — read-only</source>
        <translation>第 %1 版（%2）——只读</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>恢复第 %1 版</translation>
    </message>
</context>
</TS>
