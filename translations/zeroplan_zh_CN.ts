<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>District</name>
    <message>
        <location filename="../model/plan/District.cpp" line="+47"/>
        <source>Existing community</source>
        <translation>既有社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New community</source>
        <translation>新建社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village</source>
        <translation>村庄</translation>
    </message>
</context>
<context>
    <name>DistrictFlags</name>
    <message>
        <location filename="../model/district/DistrictFlags.cpp" line="+85"/>
        <source>%1 is behind its adopted plan: %2 % of the planned abatement delivered</source>
        <translation>%1 进度落后于已采纳的规划：已完成规划减排量的 %2%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is behind its adopted plan: its emissions are above the adopted pathway</source>
        <translation>%1 进度落后于已采纳的规划：排放高于已采纳的路径</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no scenario: only its business-as-usual emissions are counted</source>
        <translation>%1 没有情景：仅计入其基准情景排放</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no plan reaching neutrality by %2: %3 tCO2e still emitted that year</source>
        <translation>%1 没有在 %2 年前实现中和的规划：该年仍排放 %3 tCO2e</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1&apos;s latest data are of %2</source>
        <translation>%1 的最新数据截至 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no baseline line for %2</source>
        <translation>%1 缺少 %2 的基线条目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 abates at %2 %3 per tonne, more than %4 times the district&apos;s median (%5)</source>
        <translation>%1 的减排成本为每吨 %2 %3，超过片区中位数（%5）的 %4 倍</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 plans %2–%3 only: in the district&apos;s other years it counts with its nearest year</source>
        <translation>%1 的规划仅覆盖 %2–%3 年：片区的其他年份按其最近的年份计算</translation>
    </message>
</context>
<context>
    <name>zeroplan::ActivityCalendarEditor</name>
    <message>
        <location filename="../views/people/ActivityCalendarEditor.cpp" line="+98"/>
        <source>Add activity</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove activity</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track as indicator</source>
        <translation>作为指标跟踪</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds a monitoring indicator whose plan values are the participants this activity expects each year</source>
        <translation>添加一个监测指标，其计划值为该活动每年预计的参与人数</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Activities support measures; they are not counted as reductions. To count an effect, raise the parameter of the measure it supports (e.g. its participation) and give the source.</source>
        <translation>活动用于支持措施，本身不计入减排。如要计入其效果，请提高所支持措施的参数（例如参与率），并注明来源。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Calendar of the first years:</source>
        <translation>前几年的日历：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>工作组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How often</source>
        <translation>频次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month or date</source>
        <translation>月份或日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>结束年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants each time</source>
        <translation>每次参与人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost each time (%1)</source>
        <translation>每次费用（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supports measures</source>
        <translation>支持的措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no group</source>
        <translation>无工作组</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Date: write it as year-month-day, e.g. 2026-04-22.</source>
        <translation>日期：请按“年-月-日”填写，例如 2026-04-22。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>New activity</source>
        <translation>新活动</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This activity has no year within the plan&apos;s horizon to track.</source>
        <translation>该活动在规划期内没有可跟踪的年份。</translation>
    </message>
</context>
<context>
    <name>zeroplan::ActivityChoices</name>
    <message>
        <location filename="../views/baseline/ActivityChoices.cpp" line="+52"/>
        <source>Given in units of %1</source>
        <translation>以%1单位计量</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New factor…</source>
        <translation>新建因子…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the community&apos;s own factor for this carrier and unit, with its source</source>
        <translation>为该能源品种和单位输入社区自己的排放因子及其来源</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Scope 1: emissions from sources in the community</source>
        <translation>范围 1：社区内排放源产生的排放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope 2: grid electricity, heat or steam used here</source>
        <translation>范围 2：在社区内使用的电网电力、热力或蒸汽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope 3: emissions elsewhere caused by the community (waste treated outside)</source>
        <translation>范围 3：由社区引起、发生在社区外的排放（如在社区外处理的垃圾）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(none: the amount is known)</source>
        <translation>（无：数量已知）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NO – not occurring</source>
        <translation>NO – 未发生</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IE – included elsewhere</source>
        <translation>IE – 已计入其他项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NE – not estimated</source>
        <translation>NE – 未估算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C – confidential</source>
        <translation>C – 保密</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2CO₂e/%3</source>
        <comment>value, mass unit, activity unit</comment>
        <translation>%1 %2CO₂e/%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2</source>
        <comment>factor name · value</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <comment>factor name · value · source</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year: %1</source>
        <translation>年份：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes over the years; the value shown is the base year&apos;s.</source>
        <translation>数值逐年变化；此处显示的是基准年的数值。</translation>
    </message>
</context>
<context>
    <name>zeroplan::ActivityEdit</name>
    <message>
        <location filename="../views/baseline/ActivityEdit.cpp" line="+60"/>
        <source>“%1” is not a GPC sector</source>
        <translation>“%1”不是 GPC 部门</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a scope; use 1, 2 or 3</source>
        <translation>“%1”不是排放范围；请使用 1、2 或 3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a data quality; use high, medium or low</source>
        <translation>“%1”不是数据质量等级；请使用高、中或低</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a notation key; use NO, IE, NE, C or nothing</source>
        <translation>“%1”不是标注键；请使用 NO、IE、NE、C 或留空</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this column can&apos;t be edited</source>
        <translation>此列不可编辑</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the amount is empty; give a number (0 or more)</source>
        <translation>数量为空；请填写一个数字（不小于 0）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the amount must be a finite number</source>
        <translation>数量必须是有限的数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is negative; an amount is 0 or more</source>
        <translation>%1 是负数；数量应不小于 0</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a carrier ZeroPlan knows</source>
        <translation>“%1”不是 ZeroPlan 认识的能源种类</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” is not a unit ZeroPlan knows</source>
        <translation>“%1”不是 ZeroPlan 认识的单位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a unit of %2, which doesn&apos;t fit %3</source>
        <translation>%1 是%2单位，不适用于%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no emission factor “%1” in the plan or the library</source>
        <translation>规划和因子库中都没有排放因子“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is a factor per %2, which doesn&apos;t fit %3 in %4</source>
        <translation>“%1”是按每 %2 计的排放因子，不适用于%4中的 %3</translation>
    </message>
</context>
<context>
    <name>zeroplan::ActivityImport</name>
    <message>
        <location filename="../model/import/ActivityImport.cpp" line="+95"/>
        <source>the carrier is empty</source>
        <translation>能源种类为空</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a carrier ZeroPlan knows; use one of %2</source>
        <translation>“%1”不是 ZeroPlan 认识的能源种类；请使用以下之一：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a sector; use stationary_energy/固定能源, transport/交通, waste/废弃物, ippu/工业过程 or afolu/农林</source>
        <translation>“%1”不是部门；请使用 stationary_energy/固定能源、transport/交通、waste/废弃物、ippu/工业过程 或 afolu/农林</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a year</source>
        <translation>“%1”不是年份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the row is for %1, but these are the actual figures of %2</source>
        <translation>该行是 %1 年的，而这里导入的是 %2 年的实际数据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the row is for %1, but the baseline is for the plan&apos;s base year %2</source>
        <translation>该行是 %1 年的数据，但基准清单是规划基准年 %2 年的</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a scope; use 1, 2 or 3</source>
        <translation>“%1”不是排放范围；请使用 1、2 或 3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a data quality; use high/高, medium/中 or low/低</source>
        <translation>“%1”不是数据质量等级；请使用 high/高、medium/中 或 low/低</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a notation key; use NO, IE, NE or C</source>
        <translation>“%1”不是标注键；请使用 NO、IE、NE 或 C</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a driver; use population/人口, households/户数 or fixed/固定</source>
        <translation>“%1”不是增长驱动因素；请使用 population/人口、households/户数 或 fixed/固定</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the unit is empty</source>
        <translation>单位为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a unit ZeroPlan knows (kWh/度, MWh, m³/立方米, t/吨, kg/公斤, L/升, km/公里 …)</source>
        <translation>“%1”不是 ZeroPlan 认识的单位（kWh/度、MWh、m³/立方米、t/吨、kg/公斤、L/升、km/公里……）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a unit of %2, which doesn&apos;t fit %3; use %4</source>
        <translation>%1 是%2单位，不适用于%3；请使用 %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the amount is empty; give a number, or a notation key (NO, IE, NE, C) that says why there is none</source>
        <translation>数量为空；请填写数字，或填写说明为何没有数字的标注键（NO、IE、NE、C）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a number (the file&apos;s numbers use a decimal point; choose decimal comma if it uses commas)</source>
        <translation>“%1”不是数字（本文件按小数点读取数字；如果文件用逗号作小数分隔符，请选择小数逗号）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a number (the file&apos;s numbers use a decimal comma)</source>
        <translation>“%1”不是数字（本文件按小数逗号读取数字）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is negative; an amount is 0 or more</source>
        <translation>%1 是负数；数量应不小于 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a row with notation key %1 has no number, not %2</source>
        <translation>带标注键 %1 的行不应有数字，而不是 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>factor &quot;%1&quot; is in neither the plan nor the factor library</source>
        <translation>排放因子“%1”既不在规划中，也不在因子库中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>factor &quot;%1&quot; is for composting, which a measure brings; a baseline line takes the factor of where its waste goes now (landfill, incineration)</source>
        <translation>因子“%1”用于堆肥，而堆肥是措施带来的；基准清单中的条目应采用垃圾目前去向（填埋、焚烧）的因子</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no emission factor for %1 per %2 in the plan or the library; add one to the plan first</source>
        <translation>规划和因子库中都没有按 %2 计的%1排放因子；请先在规划中添加一个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several factors fit (%1); give the factor in a column or the mapping</source>
        <translation>有多个排放因子适用（%1）；请在某一列或映射中指定因子</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is a unit of %2, but factor &quot;%3&quot; is per %4 (%5) and nothing converts one into the other for %6; give the amount in %4</source>
        <translation>%1 是%2单位，而因子“%3”按 %4（%5）计，对于%6无法在两者之间换算；请以 %4 填写数量</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 given in %2 was converted to %3, the unit of factor &quot;%4&quot;: 1 %2 = %5 %3, by the carrier&apos;s energy content (%6)</source>
        <translation>以 %2 填写的%1已换算为因子“%4”的单位 %3：按该能源的热值，1 %2 = %5 %3（%6）</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>rows without a sector got one from their carrier (waste streams: waste; car and public transport: transport; others: stationary energy)</source>
        <translation>未填部门的行按能源种类确定部门（废弃物类：废弃物；私家车和公共交通：交通；其他：固定能源）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rows without a scope got one from their carrier (grid electricity and district heat: 2; waste: 3; fuels: 1)</source>
        <translation>未填排放范围的行按能源种类确定范围（电网电力和集中供热：2；废弃物：3；燃料：1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rows without an emission factor got the one the plan uses for their carrier and unit, else the library&apos;s for the plan&apos;s region</source>
        <translation>未填排放因子的行采用规划中该能源种类和单位已使用的因子，否则采用因子库中适用于规划所在地区的因子</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>id &quot;%1&quot; is already a line of the plan or of this file</source>
        <translation>编号“%1”已被规划或本文件中的另一行使用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 factors fit %2 per %3; chose %4, of %5, the plan&apos;s region</source>
        <translation>有 %1 个因子适用于按 %3 计的%2；已选用规划所在地区%5的 %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the plan would have more than %1 activity lines</source>
        <translation>规划的活动数据行将超过 %1 行</translation>
    </message>
</context>
<context>
    <name>zeroplan::ActivityImportDialog</name>
    <message>
        <location filename="../views/common/ActivityImportDialog.cpp" line="+23"/>
        <source>Import actual year %1: activity lines</source>
        <translation>导入 %1 年实际数据：活动数据行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import activity lines</source>
        <translation>导入活动数据行</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n line(s) to add</source>
        <translation>
            <numerusform>将添加 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ActivityTableModel</name>
    <message>
        <location filename="../views/baseline/ActivityTableModel.cpp" line="+178"/>
        <source>No emission factor: choose one for this line.</source>
        <translation>没有排放因子：请为此行选择一个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No emission factor “%1” in the plan or the library.</source>
        <translation>规划和因子库中都没有排放因子“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not computed: the line needs an emission factor whose unit its amount converts to.</source>
        <translation>未计算：该行需要一个排放因子，且其数量的单位能换算为该因子的单位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount × emission factor in the base year, tCO₂e per year.</source>
        <translation>基准年的数量 × 排放因子，单位为 tCO₂e/年。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No comments on this line: Comments… starts one.</source>
        <translation>这一行还没有评论：点“评论…”开始一个话题。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n thread(s) in all</source>
        <translation>
            <numerusform>共 %n 个话题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <source>Line “%1”</source>
        <translation>数据行“%1”</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Amount (per year)</source>
        <translation>数量（每年）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emissions (%1)</source>
        <translation>排放量（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activity in the base year, in the line&apos;s unit</source>
        <translation>基准年的活动量，以该行的单位计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emission factor: the value is CO₂e per unit of activity</source>
        <translation>排放因子：数值为每单位活动量的 CO₂e</translation>
    </message>
    <message>
        <location filename="../views/present/ActivityColumns.cpp" line="+9"/>
        <source>Sector</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subsector</source>
        <translation>子部门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier</source>
        <translation>能源种类</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emission factor</source>
        <translation>排放因子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>排放范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notation key</source>
        <translation>标注键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emissions</source>
        <translation>排放量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../views/baseline/ActivityTableModel.cpp" line="+36"/>
        <source>Row %1 (“%2”), %3: %4</source>
        <translation>第 %1 行（“%2”），%3：%4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change %1 of “%2”</source>
        <translation>修改“%2”的%1</translation>
    </message>
</context>
<context>
    <name>zeroplan::ActualImport</name>
    <message>
        <location filename="../model/import/ActualImport.cpp" line="+16"/>
        <source>actual figures are for a year after the base year %1, up to %2; not %3</source>
        <translation>实际数据应为基准年 %1 之后、不晚于 %2 的年份，而不是 %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the actual inventory of %1 would have more than %2 lines</source>
        <translation>%1 年的实际清单将超过 %2 条</translation>
    </message>
</context>
<context>
    <name>zeroplan::ActualInventory</name>
    <message>
        <location filename="../model/plan/ActualInventory.cpp" line="+33"/>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modelled</source>
        <translation>模型推算</translation>
    </message>
</context>
<context>
    <name>zeroplan::ActualLinesModel</name>
    <message>
        <location filename="../views/monitoring/ActualLinesModel.cpp" line="+64"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Activity line</source>
        <translation>活动数据条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline amount</source>
        <translation>基准年数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual amount</source>
        <translation>实际数量</translation>
    </message>
</context>
<context>
    <name>zeroplan::ActualYearChoiceDialog</name>
    <message>
        <location filename="../views/monitoring/ActualYearChoiceDialog.cpp" line="+23"/>
        <location line="+48"/>
        <source>Import actual year</source>
        <translation>导入实际年份数据</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Activity lines (CSV or XLSX, one line per row)</source>
        <translation>活动数据行（CSV 或 XLSX，每行一条）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly meter readings (summed over the year)</source>
        <translation>逐月表计读数（按全年汇总）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Year of the actual emissions:</source>
        <translation>实际排放的年份：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds:</source>
        <translation>文件内容：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>zeroplan::ActualsImportBar</name>
    <message>
        <location filename="../views/monitoring/ActualsImportBar.cpp" line="+23"/>
        <source>Import actual year…</source>
        <translation>导入实际年份数据…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter sector totals…</source>
        <translation>录入部门合计…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read a year&apos;s actual activity lines, or its monthly meter readings, from a CSV or XLSX file, as the baseline&apos;s import does.</source>
        <translation>从 CSV 或 XLSX 文件读取某一年的实际活动数据行或逐月表计读数，方式与基准清单导入相同。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a year&apos;s gross emissions per sector where only totals are known, with their source and data quality.</source>
        <translation>在只知道合计数时，按部门录入某一年的总排放，并注明来源和数据质量。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: source %2; data quality: %3</source>
        <translation>%1：来源 %2；数据质量：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <comment>sector tonnes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sector totals: %1</source>
        <translation>部门合计：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import actual year</source>
        <translation>导入实际年份数据</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The actual emissions of %1 are already entered (%n line(s)). Replace them with the file&apos;s, or add the file&apos;s lines to them?</source>
        <translation>
            <numerusform>%1 年的实际排放已录入（%n 行）。用文件中的数据替换，还是把文件中的行追加进去？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to them</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter sector totals</source>
        <translation>录入部门合计</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The totals replace %n activity line(s) of %1 in the sectors given. Go on?</source>
        <translation>
            <numerusform>这些合计将替换 %1 年所填部门中的 %n 条活动数据行。继续吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::AddActivity</name>
    <message>
        <location filename="../model/document/AddRemoveActivity.cpp" line="+31"/>
        <source>Add activity line “%1”</source>
        <translation>添加活动数据行“%1”</translation>
    </message>
</context>
<context>
    <name>zeroplan::AddMeasure</name>
    <message>
        <location filename="../model/document/AddRemoveMeasure.cpp" line="+69"/>
        <source>Add measure “%1”</source>
        <translation>添加措施“%1”</translation>
    </message>
</context>
<context>
    <name>zeroplan::AddScenario</name>
    <message>
        <location filename="../model/document/AddRemoveScenario.cpp" line="+36"/>
        <source>Add scenario “%1”</source>
        <translation>添加情景“%1”</translation>
    </message>
</context>
<context>
    <name>zeroplan::AdoptCommand</name>
    <message>
        <location filename="../app/cli/AdoptCommand.cpp" line="+29"/>
        <source>Adopt a scenario: freeze it with its pathway, for monitoring to compare against.</source>
        <translation>采纳一个情景：连同其减排路径一起冻结，供监测对照。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adopt the scenario named NAME (default: the plan&apos;s current one).</source>
        <translation>采纳名为 NAME 的情景（默认：规划当前的情景）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version&apos;s label (default: v1, v2, … in order).</source>
        <translation>版本标签（默认按顺序为 v1、v2……）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day it was adopted, YYYY-MM-DD (default: today).</source>
        <translation>采纳日期，格式 YYYY-MM-DD（默认：今天）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--date needs a date written YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期，而不是“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the plan has errors; fix them first (run zeroplan-cli validate)</source>
        <translation>规划有错误，请先改正（运行 zeroplan-cli validate）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Adopted &apos;%1&apos; as %2 on %3.</source>
        <translation>已于 %3 采纳“%1”，版本 %2。</translation>
    </message>
</context>
<context>
    <name>zeroplan::AdoptScenario</name>
    <message>
        <location filename="../model/document/AdoptScenario.cpp" line="+27"/>
        <source>Adopt scenario as %1</source>
        <translation>采纳情景为 %1</translation>
    </message>
</context>
<context>
    <name>zeroplan::BaselinePage</name>
    <message>
        <location filename="../views/baseline/BaselinePage.cpp" line="+74"/>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Import activities…</source>
        <translation>导入活动数据…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import meter readings…</source>
        <translation>导入表计读数…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emission factors…</source>
        <translation>排放因子…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The factors the plan counts with: add the community&apos;s own, or override a library factor</source>
        <translation>规划所用的排放因子：添加社区自己的因子，或替换因子库中的因子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a line of grid electricity; pick its carrier and unit in the table</source>
        <translation>添加一行电网电力数据；可在表格中选择其能源种类和单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments…</source>
        <translation>评论…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comments on the line chosen (on the plan when none is chosen): read them, answer, or start a thread</source>
        <translation>所选排放行的评论（未选行时为整个规划的评论）：阅读、回复或开始新话题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity lines from a CSV or Excel file, one per row</source>
        <translation>从 CSV 或 Excel 文件导入活动数据行，每行一条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly meter readings, summed to annual lines for the base year</source>
        <translation>每月表计读数，按基准年汇总为年度数据行</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Import activity lines</source>
        <translation>导入活动数据行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import meter readings</source>
        <translation>导入表计读数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sector</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emissions (%1)</source>
        <translation>排放量（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Baseline by sector, base year&lt;/b&gt;</source>
        <translation>&lt;b&gt;基准年分部门基准排放&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Remove %n activity line(s)</source>
        <translation>
            <numerusform>删除 %n 个活动数据行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Per resident: %1</source>
        <translation>人均：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per resident: – (set the population on the Community page)</source>
        <translation>人均：–（请在“社区”页面设置人口）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per household: %1</source>
        <translation>户均：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per household: – (set the households on the Community page)</source>
        <translation>户均：–（请在“社区”页面设置户数）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>zeroplan::CarbonPointPresets</name>
    <message>
        <location filename="../model/measures/CarbonPointPresets.cpp" line="+8"/>
        <source>Assumption near Chengdu&apos;s 碳惠天府: over 3.2 million registered, about 15 % of its about 21 million residents (the population is an assumption)</source>
        <translation>假设，参考成都“碳惠天府”：注册用户超过 320 万，约占其约 2,100 万常住人口的 15%（人口数为假设）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allcott &amp; Rogers 2014 (AER 104(10)): effects decay 10-20 % a year after home energy reports stop</source>
        <translation>Allcott &amp; Rogers 2014（AER 104(10)）：家庭能耗报告停止后，效果每年衰减 10–20%</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Korea-style own-baseline tiers</source>
        <translation>韩国式自身基线分档</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Korea Carbon Point: about 11 % of households take part nationally, 37.8 % in Jeju (Korea Environment Corporation, cpoint.or.kr)</source>
        <translation>韩国碳积分制度（Carbon Point）：全国约 11% 的家庭参与，济州岛为 37.8%（韩国环境公团，cpoint.or.kr）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jeju, first half of 2020: 36.7 % of participants qualified for points (25,532 households; Korea Environment Corporation)</source>
        <translation>济州岛 2020 年上半年：36.7% 的参与者达到积分条件（25,532 户；韩国环境公团）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assumption: the qualifying households&apos; cut lies in the tiers of 5-15 % against their own average of the past 1-2 years (Korea Carbon Point)</source>
        <translation>假设：达标家庭的减量相对其过去 1–2 年平均值处于 5–15% 各档之间（韩国碳积分制度）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home electricity and gas only in this preset</source>
        <translation>本预设只计家庭用电和燃气</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assumption: part of a cut against the household&apos;s own past follows weather and changes in the household; Kim &amp; Kim 2021 (JEPA) found the link between payments and reductions ambiguous</source>
        <translation>假设：相对家庭自身以往的减量，部分来自天气和家庭变化；Kim &amp; Kim 2021（JEPA）发现奖励与减排之间的联系并不明确</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paid by tiers, not per tonne</source>
        <translation>按档发放，不按吨计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Korea Carbon Point: 5,000 points a half-year per 5 % step = 10,000 a year per household; / 2.5 persons a household (assumption) = 4,000</source>
        <translation>韩国碳积分制度：每减 5% 一档每半年 5,000 分 = 每户每年 10,000 分；÷ 每户 2.5 人（假设）= 4,000</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shenzhen household electricity</source>
        <translation>深圳家庭用电碳普惠</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assumption: Jeju&apos;s 36.7 % of participants qualifying in the first half of 2020 (Korea Environment Corporation)</source>
        <translation>假设：参照济州岛 2020 年上半年 36.7% 的参与者达标（韩国环境公团）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assumption: the cut credited against the household&apos;s own 7-day moving average (Shenzhen 碳普惠 with China Southern Grid, 2022; about 8 kWh a day per household); feedback trials: 2 % (Allcott 2011), 7.4 % on average over 156 trials (Delmas, Fischlein &amp; Asensio 2013)</source>
        <translation>假设：相对家庭自身 7 日滑动平均计入的减量（深圳碳普惠与南方电网合作，2022 年；每户日均约 8 kWh）；反馈类试验：2%（Allcott 2011），156 项试验平均 7.4%（Delmas、Fischlein &amp; Asensio 2013）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Household electricity only in this preset</source>
        <translation>本预设只计家庭用电</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assumption: a 7-day moving baseline also credits ordinary swings from week to week; counted additional: the 2 % of randomised trials (Allcott 2011) of the 4 % credited</source>
        <translation>假设：7 日滑动基线也会把每周的正常波动计入；计为额外减排的是随机对照试验的 2%（Allcott 2011），占计入的 4% 中的一半</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assumption: the catalogue&apos;s 1,000 points a tonne</source>
        <translation>假设：采用措施目录的每吨 1,000 分</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>No tiers</source>
        <translation>不分档</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Green-travel points</source>
        <translation>绿色出行积分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every participant counted: the credited tonnes below are an average over all participants</source>
        <translation>计入全部参与者：下方的计入减排量是全体参与者的平均值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Travel only in this preset</source>
        <translation>本预设只计出行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derived: Beijing MaaS 碳普惠 (from 2020) credited about 100,000 t by March 2022 to over 1 million participants, about 65 kg per participant a year; the range is an assumption</source>
        <translation>推算：北京 MaaS 出行碳普惠（2020 年起）至 2022 年 3 月为超过 100 万参与者计入约 10 万吨，约合每人每年 65 公斤；范围为假设</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assumption: most credited bus, metro and bicycle trips are made by people who travelled so already; no study measured the share</source>
        <translation>假设：计入积分的公交、地铁和骑行出行大多来自原本就这样出行的人；尚无研究测得这一比例</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zhengzhou 碳易行: 10 points per bus trip; / an assumed 1 kg CO2 credited per trip = 10,000 points a tonne</source>
        <translation>郑州“碳易行”：每次公交出行 10 分；÷ 假设每次计入 1 公斤 CO2 = 每吨 10,000 分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zhengzhou 碳易行: 50 points = a 5-yuan voucher, 0.1 CNY a point</source>
        <translation>郑州“碳易行”：50 分 = 5 元代金券，每分 0.1 元</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Information-only feedback</source>
        <translation>仅信息反馈</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assumption: reports go to every household, as in the opt-out trials Allcott 2011 analysed</source>
        <translation>假设：报告发给每一户，与 Allcott 2011 分析的默认参与（可退出）试验相同</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The trials&apos; effect is an average over all recipients (Allcott 2011)</source>
        <translation>试验效果是全体收到报告家庭的平均值（Allcott 2011）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allcott 2011 (J. Public Econ. 95:1082): home energy reports cut use 1.9-2.0 %; the range is an assumption (effects are smaller in rigorous studies: Delmas, Fischlein &amp; Asensio 2013)</source>
        <translation>Allcott 2011（J. Public Econ. 95:1082）：家庭能耗报告使用量降低 1.9–2.0%；范围为假设（设计严谨的研究中效果更小：Delmas、Fischlein &amp; Asensio 2013）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home energy only in this preset</source>
        <translation>本预设只计家庭能耗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Randomised trials measure the additional effect (Allcott 2011)</source>
        <translation>随机对照试验测得的就是额外效果（Allcott 2011）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>No rewards</source>
        <translation>不发奖励</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>zeroplan::Carrier</name>
    <message>
        <location filename="../model/inventory/Carrier.cpp" line="+44"/>
        <source>Grid electricity</source>
        <translation>电网电力</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LPG</source>
        <translation>液化石油气</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Petrol (gasoline)</source>
        <translation>汽油</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diesel</source>
        <translation>柴油</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coal</source>
        <translation>煤炭</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>District heat</source>
        <translation>集中供热</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Private car travel</source>
        <translation>私家车出行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public transport travel</source>
        <translation>公共交通出行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mixed waste to landfill</source>
        <translation>填埋的混合垃圾</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Food waste to landfill</source>
        <translation>填埋的厨余垃圾</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waste to incineration</source>
        <translation>焚烧垃圾</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wastewater</source>
        <translation>污水</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>zeroplan::ChartAxes</name>
    <message>
        <location filename="../views/charts/ChartAxes.cpp" line="+88"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>zeroplan::ChartImageExport</name>
    <message>
        <location filename="../views/charts/ChartImageExport.cpp" line="+99"/>
        <source>A chart made with ZeroPlan</source>
        <translation>由零碳社区规划生成的图表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the SVG could not be started</source>
        <translation>无法开始写入 SVG</translation>
    </message>
</context>
<context>
    <name>zeroplan::ChartSeries</name>
    <message>
        <location filename="../views/charts/ChartSeries.cpp" line="+61"/>
        <source>%1: %2</source>
        <comment>year: value</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>zeroplan::CheckInCommand</name>
    <message>
        <location filename="../app/cli/CheckInCommand.cpp" line="+27"/>
        <source>Check a plan in to the shared store, merging what others checked in first.</source>
        <translation>将方案签入共享库，并合并他人先签入的修改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file</source>
        <translation>本文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which side a conflict takes: mine (this file) or theirs (the plan checked in first). Without it, conflicts stop the check-in.</source>
        <translation>冲突取哪一方：mine（本文件）或 theirs（先签入的方案）。不指定时，有冲突即停止签入。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--prefer must be mine or theirs</source>
        <translation>--prefer 须为 mine 或 theirs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a plan with errors is not checked in</source>
        <translation>有错误的方案不能签入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a JSON plan keeps no record of where it was checked out from; convert it to a project file first (zeroplan-cli convert PLAN.json PLAN.zeroplan)</source>
        <translation>JSON 方案不记录签出来源；请先转换为项目文件（zeroplan-cli convert PLAN.json PLAN.zeroplan）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not checked out of a shared store: name one with --server and the community with --community</source>
        <translation>%1 不是从共享库签出的：请用 --server 指定共享库，用 --community 指定社区</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was not checked out of a shared store: name the community it goes to with --community</source>
        <translation>%1 不是从共享库签出的：请用 --community 指定它所属的社区</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(this file is unchanged)</source>
        <translation>（本文件未改动）</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 checked in revision %2 first, and %n value(s) changed both there and here; nothing was checked in and this file is unchanged. Choose with --prefer mine or --prefer theirs, or decide each in the app (File → Check In).</source>
        <translation>
            <numerusform>%1 已先签入第 %2 版，有 %n 个数值双方都改了；未签入任何内容，本文件未改动。请用 --prefer mine 或 --prefer theirs 选择，或在应用中逐项决定（文件 → 签入）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>checked in as revision %1, but this file could not be updated (%2); check it in again later: the same changes merge without conflict</source>
        <translation>已签入为第 %1 版，但本文件未能更新（%2）；请稍后再次签入：同样的修改会无冲突地合并</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked in %1 as revision %2.</source>
        <translation>已将 %1 签入为第 %2 版。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Merged with what %1 checked in first: %n value(s) of theirs taken</source>
        <translation>
            <numerusform>已与 %1 先签入的内容合并：采用对方的 %n 个数值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n conflict(s) decided.</source>
        <translation>
            <numerusform>，决定了 %n 处冲突。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::CheckOutCommand</name>
    <message>
        <location filename="../app/cli/CheckOutCommand.cpp" line="+20"/>
        <source>Take a community&apos;s plan out of the shared store into a new project file.</source>
        <translation>从共享库签出某社区的方案，存为新的项目文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checkout needs --server CONNECTION and --community COMMUNITY</source>
        <translation>checkout 需要 --server CONNECTION 和 --community COMMUNITY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checkout writes a project file: name it NAME.zeroplan</source>
        <translation>checkout 写出的是项目文件：请命名为 NAME.zeroplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exists already; checkout never replaces a file: name a new one</source>
        <translation>%1 已存在；签出从不覆盖文件：请换一个新文件名</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checked out %1 (revision %2) into %3.</source>
        <translation>已将 %1（第 %2 版）签出到 %3。</translation>
    </message>
</context>
<context>
    <name>zeroplan::CliApplication</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="+126"/>
        <source>not enough memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan a community&apos;s path to carbon neutrality.</source>
        <translation>规划社区的碳中和路径。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command to run.</source>
        <translation>要运行的命令。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command&apos;s arguments.</source>
        <translation>命令的参数。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no command given; run %1 --help</source>
        <translation>未指定命令；请运行 %1 --help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown command &apos;%1&apos;; run %2 --help</source>
        <translation>未知命令“%1”；请运行 %2 --help</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run %1 &lt;command&gt; --help for a command&apos;s options.</source>
        <translation>运行 %1 &lt;command&gt; --help 查看某个命令的选项。</translation>
    </message>
</context>
<context>
    <name>zeroplan::CliCommand</name>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="+13"/>
        <source>The plan: a .zeroplan project file or a JSON plan file, as the app saves them and zeroplan-cli new and export write them.</source>
        <translation>规划文件：.zeroplan 项目文件或 JSON 规划文件，即应用保存、zeroplan-cli new 和 export 写出的文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who the command&apos;s changes to the plan are recorded as in its change log (default: $ZEROPLAN_AUTHOR, else the login name).</source>
        <translation>命令对规划所做的修改在修改记录中记在谁的名下（默认：$ZEROPLAN_AUTHOR，否则为登录名）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no plan file given; run %1 %2 --help</source>
        <translation>未指定规划文件；请运行 %1 %2 --help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected argument &apos;%1&apos;; give one plan file</source>
        <translation>多余的参数“%1”；只能指定一个规划文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan file name is empty</source>
        <translation>规划文件名为空</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Print as json or table (default: table).</source>
        <translation>以 json 或 table 格式输出（默认：table）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--format must be json or table for %1</source>
        <translation>%1 的 --format 只能是 json 或 table</translation>
    </message>
</context>
<context>
    <name>zeroplan::CoBenefit</name>
    <message>
        <location filename="../model/measures/CoBenefit.cpp" line="+75"/>
        <source>Air quality</source>
        <translation>空气质量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comfort</source>
        <translation>舒适度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jobs</source>
        <translation>就业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neighbourliness</source>
        <translation>邻里关系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Better</source>
        <translation>改善</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No effect</source>
        <translation>无影响</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worse</source>
        <translation>变差</translation>
    </message>
</context>
<context>
    <name>zeroplan::CoBenefitDefaults</name>
    <message>
        <location filename="../model/measures/CoBenefitDefaults.cpp" line="+28"/>
        <source>ZeroPlan engine: energy saved × the plan&apos;s prices (Costs page)</source>
        <translation>ZeroPlan 计算引擎：节省的能源 × 规划中的价格（见“成本”页）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less energy bought; the engine counts the saving, so no figure is added here</source>
        <translation>少买能源；节省已由计算引擎计入，此处不再另加数值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>《碳中和社区实践指南：从个人到邻里的环保协同》</source>
        <translation>《碳中和社区实践指南：从个人到邻里的环保协同》</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WHO Housing and health guidelines (2018): indoor cold, insulation</source>
        <translation>世界卫生组织《住房与健康指南》（2018）：室内寒冷、保温</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WHO guidelines for indoor air quality: selected pollutants (2010), nitrogen dioxide from gas appliances; WHO guidelines for indoor air quality: household fuel combustion (2014)</source>
        <translation>世界卫生组织《室内空气质量指南：特定污染物》（2010），燃气器具产生的二氧化氮；世界卫生组织《室内空气质量指南：家庭燃料燃烧》（2014）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WHO Regional Office for Europe, Urban green spaces and health: a review of evidence (2016)</source>
        <translation>世界卫生组织欧洲区域办事处《城市绿地与健康：证据综述》（2016）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credits come from projects outside the community (catalogue: carbon credits)</source>
        <translation>碳信用来自社区以外的项目（措施目录：碳信用）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installation and upkeep work</source>
        <translation>安装和维护带来的工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IRENA, Renewable energy and jobs: annual review</source>
        <translation>IRENA《可再生能源与就业年度回顾》</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Less power bought from the grid; the engine counts the saving, so no figure is added here</source>
        <translation>少从电网购电；节省已由计算引擎计入，此处不再另加数值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fewer car trips, less exhaust in the streets</source>
        <translation>汽车出行减少，街道尾气减少</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WHO fact sheet Ambient (outdoor) air pollution: transport is a main source</source>
        <translation>世界卫生组织《环境（室外）空气污染》概况：交通是主要来源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared bikes add everyday physical activity</source>
        <translation>共享单车增加日常身体活动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WHO Global action plan on physical activity 2018–2030</source>
        <translation>世界卫生组织《2018–2030 年促进身体活动全球行动计划》</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neighbours run the composter and share the compost</source>
        <translation>邻居共同管理堆肥箱，分享堆肥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sorting is learnt and kept up together, with volunteers</source>
        <translation>在志愿者带动下，大家一起学习并坚持垃圾分类</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No gas, LPG or coal burnt at home, so no combustion fumes indoors</source>
        <translation>家中不再燃烧天然气、液化石油气或煤，室内没有燃烧烟气</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Less exposure to household combustion pollution</source>
        <translation>减少家庭燃烧污染暴露</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up or down with electricity and fuel prices: see the engine&apos;s savings</source>
        <translation>随电价和燃料价格涨跌：见计算引擎算出的节省</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Less indoor cold, which harms the heart and lungs</source>
        <translation>减少损害心肺的室内寒冷</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warmer, less draughty homes in winter</source>
        <translation>冬季家中更暖和、少漏风</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retrofit work is local and labour-intensive</source>
        <translation>改造工程在本地进行，属于劳动密集型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IEA, Sustainable Recovery (2020)</source>
        <translation>IEA《可持续复苏》（2020）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The green power premium is paid every year; the engine counts it</source>
        <translation>绿电溢价每年支付；已由计算引擎计入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Residents earn and redeem points together in community activities</source>
        <translation>居民在社区活动中一起赚取和兑换积分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trees take up some pollution; the effect is small</source>
        <translation>树木能吸收一些污染物，但效果较小</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Green space goes with better mental health and more activity</source>
        <translation>绿地与更好的心理健康和更多的身体活动相关</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shade cools streets in summer heat</source>
        <translation>夏季高温时树荫为街道降温</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A green place to meet neighbours</source>
        <translation>与邻居见面的绿色空间</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>No change in the community</source>
        <translation>社区内没有变化</translation>
    </message>
</context>
<context>
    <name>zeroplan::CoBenefitsEditor</name>
    <message>
        <location filename="../views/measures/CoBenefitsEditor.cpp" line="+24"/>
        <source>Source: none given</source>
        <translation>来源：未提供</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per unit of activity</source>
        <translation>每单位活动量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure: %1 %2 %3 (%4)</source>
        <translation>数值：%3 %1 %2（%4）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bill savings in money are the engine&apos;s (Costs page): a rating here adds nothing to them.</source>
        <translation>账单节省金额由计算引擎计算（见“成本”页）：此处的评级不会增加节省金额。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Why, in a few words</source>
        <translation>简要说明原因</translation>
    </message>
</context>
<context>
    <name>zeroplan::CoBenefitsMatrix</name>
    <message>
        <location filename="../views/residents/CoBenefitsMatrix.cpp" line="+36"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per unit of activity</source>
        <translation>每单位活动量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure: %1 %2 %3 (%4)</source>
        <translation>数值：%3 %1 %2（%4）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>✓ better · – no effect · ✗ worse · ? not assessed. Hover a cell for the reason and its source; change a rating in the measure&apos;s form. Bill savings in money are on the Costs page.</source>
        <translation>✓ 改善 · – 无影响 · ✗ 变差 · ? 未评估。将鼠标悬停在单元格上可查看原因和来源；评级请在措施表单中修改。账单节省金额见“成本”页。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Besides carbon: the measures of “%1”</source>
        <translation>碳减排之外：“%1”中的措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Besides carbon: all the plan&apos;s measures</source>
        <translation>碳减排之外：规划中的全部措施</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(no measures yet: add them on the Measures page)</source>
        <translation>（还没有措施：请在“措施”页添加）</translation>
    </message>
</context>
<context>
    <name>zeroplan::ColumnLayout</name>
    <message>
        <location filename="../model/import/ColumnLayout.cpp" line="+79"/>
        <source>the header is on %1; rows above it were skipped</source>
        <translation>表头在%1；其上方的行已跳过</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no header row found in the first %1 rows: a header names columns such as 能源/carrier, 用量/amount, 单位/unit; or give a mapping</source>
        <translation>前 %1 行中没有找到表头：表头应列出如 能源/carrier、用量/amount、单位/unit 等列名；或者提供映射</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the mapping names column &quot;%1&quot; for %2, but the header has no such column; it has: %3</source>
        <translation>映射为“%2”指定了列“%1”，但表头中没有这一列；表头中有：%3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no column for %1; the header has: %2. Name the columns (for example 能源 or carrier, 用量 or amount, 单位 or unit) or give a mapping</source>
        <translation>缺少%1列；表头中有：%2。请为列命名（例如 能源 或 carrier、用量 或 amount、单位 或 unit），或者提供映射</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <comment>a place in the file and what is there</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
</context>
<context>
    <name>zeroplan::ColumnMappingWidget</name>
    <message>
        <location filename="../views/common/ColumnMappingWidget.cpp" line="+49"/>
        <source>value for every row</source>
        <translation>每一行的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row gets this %1, as if the file had a column with it in each row; press Enter to read the file again</source>
        <translation>每一行都取这个%1，就像文件中有一列、每行都是这个值；按回车键重新读取文件</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Load mapping…</source>
        <translation>加载列映射…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A JSON file that names the columns, by header text or by number from 1, and gives values every row gets, for example:
{&quot;columns&quot;: {&quot;amount&quot;: &quot;Verbrauch&quot;}, &quot;values&quot;: {&quot;unit&quot;: &quot;MWh&quot;}}</source>
        <translation>一个 JSON 文件：按表头文字或从 1 起的列号指定各列，并给出每一行都取的值，例如：
{&quot;columns&quot;: {&quot;amount&quot;: &quot;Verbrauch&quot;}, &quot;values&quot;: {&quot;unit&quot;: &quot;MWh&quot;}}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save mapping…</source>
        <translation>保存映射…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the columns and values chosen here as a mapping file, to load for the next file of the same kind or to give zeroplan-cli --mapping</source>
        <translation>把这里选定的列和值保存为映射文件，供下次导入同类文件时载入，或交给 zeroplan-cli --mapping 使用</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>can&apos;t be opened: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mapping: %1</source>
        <translation>列映射：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not from a column: the header&apos;s words decide, else the field is not in the file</source>
        <translation>不取自某一列：按表头文字识别，识别不到则视为文件中没有该字段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <comment>column number: header</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” in every row (mapping)</source>
        <translation>每行均为“%1”（映射）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same for every row:</source>
        <translation>每行相同：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not from a column: type the value every row gets</source>
        <translation>不取自某一列：输入每一行都取的值</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 could not be saved: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping saved as %1</source>
        <translation>映射已保存为 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the column mapping</source>
        <translation>保存列映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mappings (*.json)</source>
        <translation>映射文件 (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load a column mapping</source>
        <translation>加载列映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>列映射 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>zeroplan::CommentsCommand</name>
    <message>
        <location filename="../app/cli/CommentsCommand.cpp" line="+22"/>
        <source>List a plan&apos;s comment threads and the review state of its measures.</source>
        <translation>列出规划的评论话题和各项措施的审核状态。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No comments yet.</source>
        <translation>还没有评论。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
</context>
<context>
    <name>zeroplan::CommentsPanel</name>
    <message>
        <location filename="../views/history/CommentsPanel.cpp" line="+95"/>
        <source>&amp;On:</source>
        <translation>对象(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show resolved</source>
        <translation>显示已解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thread</source>
        <translation>话题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment on the object chosen above, or an answer to the thread chosen</source>
        <translation>对上方所选对象的评论，或对所选话题的回复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a thread on the object chosen above with these words</source>
        <translation>用这段文字在上方所选对象上开始一个话题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer the thread chosen with these words; a resolved thread opens again</source>
        <translation>用这段文字回复所选话题；已解决的话题会重新打开</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>All objects</source>
        <translation>全部对象</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n resolved thread(s) hidden: Show resolved lists them.</source>
        <translation>
            <numerusform>%n 个已解决的话题未显示：勾选“显示已解决”即可列出。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comments here yet: type one below and press Comment.</source>
        <translation>这里还没有评论：在下方输入后点“评论”。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolve</source>
        <translation>标记解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the thread chosen again</source>
        <translation>重新打开所选话题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the thread chosen resolved</source>
        <translation>将所选话题标记为已解决</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Comment added on %1; it is kept when the plan is saved.</source>
        <translation>已在%1上添加评论；保存规划时一并保存。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reply added; it is kept when the plan is saved.</source>
        <translation>已添加回复；保存规划时一并保存。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The thread is open again.</source>
        <translation>话题已重新打开。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The thread is resolved.</source>
        <translation>话题已解决。</translation>
    </message>
</context>
<context>
    <name>zeroplan::CommunitiesCommand</name>
    <message>
        <location filename="../app/cli/CommunitiesCommand.cpp" line="+20"/>
        <source>List the communities of a shared store that you may see, and your role.</source>
        <translation>列出共享库中您可查看的社区及您的角色。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>communities needs --server CONNECTION</source>
        <translation>communities 需要 --server CONNECTION</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 may see no community on this shared store.</source>
        <translation>%1 在此共享库中没有可查看的社区。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role</source>
        <translation>您的角色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no plan yet</source>
        <translation>尚无方案</translation>
    </message>
</context>
<context>
    <name>zeroplan::CommunityBar</name>
    <message>
        <location filename="../views/district/CommunityBar.cpp" line="+22"/>
        <location line="+14"/>
        <location line="+18"/>
        <source>Back to District</source>
        <translation>返回街区</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Community %1 of district %2, which counts its business as usual: its edits count in the district at once.</source>
        <translation>街区 %2 的社区 %1，街区计入其照常发展（BAU）情景：对它的修改会立即计入街区。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Community %1 of district %2, which counts its scenario %3: its edits count in the district at once.</source>
        <translation>街区 %2 的社区 %1，街区计入其情景 %3：对它的修改会立即计入街区。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The own measures of district %1: the activity the district itself answers for (its bus fleet, its heating plant) and its measures, counted once beside the communities. Saved with the district.</source>
        <translation>街区 %1 的自有措施：由街区自身负责的活动（公交车队、供热站）及其措施，在各社区之外只计一次，随街区文件保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The own measures of district %1, which counts their scenario %2: counted once beside the communities, saved with the district.</source>
        <translation>街区 %1 的自有措施，街区计入其情景 %2：在各社区之外只计一次，随街区文件保存。</translation>
    </message>
</context>
<context>
    <name>zeroplan::CommunityImport</name>
    <message>
        <location filename="../model/import/CommunityImport.cpp" line="+61"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is negative; it must be 0 or more</source>
        <translation>%1 为负数；必须大于或等于 0</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the cell is empty</source>
        <translation>单元格为空</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the header&apos;s unit %1 is not one of %2</source>
        <translation>表头中的单位 %1 不是 %2 之一</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the header&apos;s unit %1 is neither ha nor m²</source>
        <translation>表头中的单位 %1 既不是 ha 也不是 m²</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an area is more than 0; leave the cell empty when it is not known</source>
        <translation>面积应大于 0；未知时请将单元格留空</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>the community has no name</source>
        <translation>社区没有名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is the name of an earlier row; each community needs its own name</source>
        <translation>“%1”已是前面某一行的名称；每个社区须有各自的名称</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a grid region; use one of %2</source>
        <translation>“%1”不是电网区域；请使用 %2 之一</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the table has no community rows</source>
        <translation>表格中没有社区行</translation>
    </message>
</context>
<context>
    <name>zeroplan::CommunityPage</name>
    <message>
        <location filename="../views/community/CommunityPage.cpp" line="+103"/>
        <source>Working groups and volunteers</source>
        <translation>工作组与志愿者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity calendar</source>
        <translation>活动日历</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan title:</source>
        <translation>规划标题：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared by:</source>
        <translation>编制人：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community name:</source>
        <translation>社区名称：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City or region:</source>
        <translation>城市或地区：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid region:</source>
        <translation>电网区域：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Population:</source>
        <translation>人口：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> residents</source>
        <translation> 人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households:</source>
        <translation>户数：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> households</source>
        <translation> 户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> ha</source>
        <translation> 公顷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area:</source>
        <translation>面积：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where population, households and area come from</source>
        <translation>人口、户数和面积数据的来源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source of these figures:</source>
        <translation>数据来源：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base year:</source>
        <translation>基准年：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Horizon end:</source>
        <translation>规划期末年：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach neutrality by</source>
        <translation>设定碳中和年份</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neutrality year:</source>
        <translation>碳中和年份：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interim targets:</source>
        <translation>阶段目标：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cumulative net emissions allowed from the base year to the horizon end</source>
        <translation>从基准年到规划期末允许的累计净排放量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carbon budget:</source>
        <translation>碳预算：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Economics</source>
        <translation>经济参数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Three-letter ISO 4217 code of the plan&apos;s money figures</source>
        <translation>规划中金额所用货币的三字母 ISO 4217 代码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency:</source>
        <translation>货币：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly rate that turns future costs and savings into present value</source>
        <translation>年折现率，用于将未来的成本和节省折算为现值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount rate:</source>
        <translation>折现率：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the community pays per unit of energy: it values the energy that measures save</source>
        <translation>社区为每单位能源支付的价格：用于计算措施节省的能源价值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy prices:</source>
        <translation>能源价格：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> %/yr</source>
        <translation> %/年</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Population growth:</source>
        <translation>人口增长率：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household growth:</source>
        <translation>户数增长率：</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>zeroplan::CommunityReports</name>
    <message>
        <location filename="../views/report/CommunityReports.cpp" line="+44"/>
        <source>%1: the folder cannot be made</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>zeroplan::CommunityRules</name>
    <message>
        <location filename="../views/community/CommunityRules.cpp" line="+12"/>
        <source>%1: the horizon end (%2) must come after the base year (%3).</source>
        <translation>%1：规划期末年（%2）必须晚于基准年（%3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the horizon %2–%3 would be %4 years long; at most %5 are allowed.</source>
        <translation>%1：规划期 %2–%3 将长达 %4 年；最多允许 %5 年。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the neutrality year %2 would fall outside the horizon %3–%4; change the neutrality year first.</source>
        <translation>%1：碳中和年份 %2 将超出规划期 %3–%4；请先修改碳中和年份。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the interim target for %2 would fall outside the horizon %3–%4; change or remove it first.</source>
        <translation>%1：%2 年的阶段目标将超出规划期 %3–%4；请先修改或删除该目标。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Base year: %1 is not plausible; enter a year from %2 to %3.</source>
        <translation>基准年：%1 不合理；请输入 %2 到 %3 之间的年份。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Horizon end</source>
        <translation>规划期末年</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neutrality year: %1 is outside the plan&apos;s horizon %2–%3.</source>
        <translation>碳中和年份：%1 超出规划期 %2–%3。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interim target %1</source>
        <translation>阶段目标 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the year %2 is outside the plan&apos;s horizon %3–%4.</source>
        <translation>%1：年份 %2 超出规划期 %3–%4。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a cut of %2 is outside 0–100 %.</source>
        <translation>%1：减排比例 %2 超出 0–100 % 的范围。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: there is already a target for %2 (row %3).</source>
        <translation>%1：%2 年已有目标（第 %3 行）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Currency: enter a three-letter ISO 4217 code such as CNY, EUR or USD.</source>
        <translation>货币：请输入三个字母的 ISO 4217 代码，例如 CNY、EUR 或 USD。</translation>
    </message>
</context>
<context>
    <name>zeroplan::ComparisonText</name>
    <message>
        <location filename="../model/history/ComparisonText.cpp" line="+23"/>
        <source>never</source>
        <translation>未实现</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The inputs are the same.</source>
        <translation>输入完全相同。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n input(s) changed:</source>
        <translation>
            <numerusform>%n 项输入有变化：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Business as usual</source>
        <translation>照常发展</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross emissions in the base year (tCO2e)</source>
        <translation>基准年总排放（tCO2e）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Neutral from</source>
        <translation>起实现中和</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net emissions in %1 (tCO2e)</source>
        <translation>%1 年净排放（tCO2e）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative net emissions (tCO2e)</source>
        <translation>累计净排放（tCO2e）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present cost (%1)</source>
        <translation>现值成本（%1）</translation>
    </message>
</context>
<context>
    <name>zeroplan::ConflictDialog</name>
    <message>
        <location filename="../views/shared/ConflictDialog.cpp" line="+23"/>
        <source>Decide the Conflicts</source>
        <translation>决定冲突</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 checked in revision %2 while you worked. Their other changes and yours merge by themselves; these %n value(s) each of you changed in your own way. Choose which to keep.</source>
        <translation>
            <numerusform>在您工作期间，%1 签入了第 %2 版。对方的其他修改与您的修改会自动合并；以下 %n 个数值双方各自改得不同，请选择保留哪一方。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep for %1</source>
        <translation>%1 保留</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge and Check &amp;In</source>
        <translation>合并并签入(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep All &amp;Yours</source>
        <translation>全部保留您的(&amp;Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take All &amp;Theirs</source>
        <translation>全部采用对方的(&amp;T)</translation>
    </message>
</context>
<context>
    <name>zeroplan::Console</name>
    <message>
        <location filename="../app/cli/Console.cpp" line="+39"/>
        <source>cannot write the output: %1</source>
        <translation>无法写入输出：%1</translation>
    </message>
</context>
<context>
    <name>zeroplan::ContinuousCreditsText</name>
    <message>
        <location filename="../model/optimise/ContinuousCredits.cpp" line="+83"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any quantity up to the highest level: %1.</source>
        <translation>按需购买任意数量（不超过最高水平）：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept to their levels, because a payer&apos;s fixed amount makes their cost not proportional to the quantity: %1.</source>
        <translation>仍按所列水平选择，因为出资方的固定金额使其费用与数量不成正比：%1。</translation>
    </message>
</context>
<context>
    <name>zeroplan::ConvertCommand</name>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="+16"/>
        <source>Convert a JSON plan to a .zeroplan project file, or back.</source>
        <translation>将 JSON 规划转换为 .zeroplan 项目文件，或反向转换。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan to read: JSON or .zeroplan.</source>
        <translation>要读取的规划：JSON 或 .zeroplan。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write: .zeroplan for a project file, .json for JSON.</source>
        <translation>要写入的文件：.zeroplan 为项目文件，.json 为 JSON。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the plan to read and the file to write: convert IN OUT</source>
        <translation>请给出要读取的规划和要写入的文件：convert IN OUT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos;: name the file to write .zeroplan or .json</source>
        <translation>“%1”：要写入的文件名应以 .zeroplan 或 .json 结尾</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the plan has errors, which converting would lose; fix them first (run zeroplan-cli validate)</source>
        <translation>规划有错误，转换会丢失这些内容；请先修正（运行 zeroplan-cli validate）</translation>
    </message>
</context>
<context>
    <name>zeroplan::CostsPage</name>
    <message>
        <location filename="../views/costs/CostsPage.cpp" line="+88"/>
        <source>The scenario &quot;%1&quot; has no measures yet. Add measures on the Measures page and include them in the scenario to see what they cost.</source>
        <translation>情景“%1”还没有措施。请在“措施”页面添加措施，并将其纳入该情景，即可查看成本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan has no scenario yet. Add one on the Scenarios page to see what its measures cost.</source>
        <translation>规划还没有情景。请在“情景”页面添加一个情景，即可查看其措施的成本。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Present cost of &quot;%1&quot;: %2 at a %3 discount rate. The measures that abate cost %4, %5 per tonne abated on average.</source>
        <translation>“%1”的成本现值：%2（折现率 %3）。其中产生减排的措施成本为 %4，平均每吨减排 %5。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present cost of &quot;%1&quot;: %2 at a %3 discount rate; its measures abate nothing.</source>
        <translation>“%1”的成本现值：%2（折现率 %3）；其措施没有减排量。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Carbon credits bought, not abatement: %1 for %2 (%3 per credit).</source>
        <translation>购买的碳信用（不属于减排）：%1，费用 %2（每单位碳信用 %3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>zeroplan::CsvReader</name>
    <message>
        <location filename="../model/import/CsvReader.cpp" line="+92"/>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+37"/>
        <source>can&apos;t be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>can&apos;t be read: this system has no %1 decoder</source>
        <translation>无法读取：本系统没有 %1 解码器</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the text is not valid UTF-8; if the file comes from Chinese Excel, choose the GB18030 (GBK) encoding</source>
        <translation>文本不是有效的 UTF-8；如果文件来自中文版 Excel，请选择 GB18030（GBK）编码</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the text is not valid %1; choose the file&apos;s encoding</source>
        <translation>文本不是有效的 %1；请选择文件的编码</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>a row longer than 16 MB starts here; is a quote never closed?</source>
        <translation>从这里开始的一行超过 16 MB；是否有引号没有闭合？</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>a quoted cell starts here and never ends</source>
        <translation>从这里开始的带引号单元格没有结束</translation>
    </message>
</context>
<context>
    <name>zeroplan::CumulativeChart</name>
    <message>
        <location filename="../views/charts/CumulativeChart.cpp" line="+32"/>
        <location line="+41"/>
        <source>Cumulative emissions against the carbon budget</source>
        <translation>累计排放与碳预算对比</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Business as usual</source>
        <translation>基准情景（BAU）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Add a scenario on the Scenarios page to see its cumulative emissions.</source>
        <translation>在“情景”页添加情景，即可查看其累计排放。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — cumulative net</source>
        <translation>%1 — 累计净排放</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Carbon budget: %1</source>
        <translation>碳预算：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cumulative emissions (no carbon budget set on the Community page)</source>
        <translation>累计排放（“社区”页未设碳预算）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cumulative emissions (%1)</source>
        <translation>累计排放量（%1）</translation>
    </message>
</context>
<context>
    <name>zeroplan::DataTemplateMenu</name>
    <message>
        <location filename="../views/baseline/DataTemplateMenu.cpp" line="+18"/>
        <source>New from &amp;Template</source>
        <translation>从模板新建(&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Activity Data…</source>
        <translation>活动数据(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV or Excel file with the columns File → Import Activities reads, and one example row</source>
        <translation>一个 CSV 或 Excel 文件，包含“文件 → 导入活动数据”读取的各列，以及一行示例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Meter Readings…</source>
        <translation>表计读数(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV or Excel file with the columns File → Import Meter Readings reads, and one example row</source>
        <translation>一个 CSV 或 Excel 文件，包含“文件 → 导入表计读数”读取的各列，以及一行示例</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+10"/>
        <source>Save a data template</source>
        <translation>保存数据模板</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，逗号分隔 (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Template saved as %1: fill it in, then import it from the File menu</source>
        <translation>模板已保存为 %1：填好后，从“文件”菜单导入</translation>
    </message>
</context>
<context>
    <name>zeroplan::DecimalAmbiguity</name>
    <message>
        <location filename="../model/import/DecimalAmbiguity.cpp" line="+66"/>
        <source>ambiguous numbers in %1: every one, such as &quot;%2&quot;, has a dot before exactly three digits, and with the decimal comma they were read as thousands (%2 → %3); if the dot is a decimal point there, choose decimal point</source>
        <translation>%1 中的数字有歧义：每个数字（如“%2”）都在恰好三位数字前有一个点，按小数逗号格式它们被读作千位分隔（%2 → %3）；如果这里的点是小数点，请选择“小数点”</translation>
    </message>
</context>
<context>
    <name>zeroplan::DesktopApplication</name>
    <message>
        <location filename="../views/window/DesktopApplication.cpp" line="+31"/>
        <source>Plan a community&apos;s path to carbon neutrality.</source>
        <translation>规划社区的碳中和路径。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The plan or district to open (.zeroplan, .json or .zeroplan-district).</source>
        <translation>要打开的规划或街区（.zeroplan、.json 或 .zeroplan-district）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[file]</source>
        <translation>[文件]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this page first: community, baseline, measures, scenarios, optimise, pathway, monitoring, costs, residents, uncertainty or report.</source>
        <translation>先显示此页面：community、baseline、measures、scenarios、optimise、pathway、monitoring、costs、residents、uncertainty 或 report。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run the uncertainty analysis and the optimiser at once (for demonstrations and screenshots).</source>
        <translation>立即运行不确定性分析和优化（用于演示和截图）。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>page</source>
        <translation>页面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window&apos;s size in pixels, e.g. 1366x768.</source>
        <translation>窗口大小（像素），例如 1366x768。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>zeroplan::DiffCommand</name>
    <message>
        <location filename="../app/cli/DiffCommand.cpp" line="+29"/>
        <source>Compare two versions of a plan: what changed and what it does to the results.</source>
        <translation>比较规划的两个版本：改了什么，对结果有何影响。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The version compared from: its number, its name, or current.</source>
        <translation>作为比较起点的版本：编号、名称或 current（当前）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version compared to (default: current).</source>
        <translation>作为比较终点的版本（默认：current，当前）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>diff needs --from VERSION</source>
        <translation>diff 需要 --from VERSION</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the plan has errors, so its results cannot be worked out; fix them first (run zeroplan-cli validate)</source>
        <translation>规划有错误，无法计算结果；请先修正（运行 zeroplan-cli validate）</translation>
    </message>
</context>
<context>
    <name>zeroplan::DistrictCommand</name>
    <message>
        <location filename="../app/cli/DistrictCommand.cpp" line="+68"/>
        <source>Roll a district up (its pathway, league table and flags), create community plans from a spreadsheet, link plans and list them.</source>
        <translation>汇总片区（排放路径、排行榜和提示），从电子表格创建社区规划，关联规划并列出已关联的规划。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make one community plan per row of this CSV or XLSX file (columns: name, population, households, area, grid region, and optional annual electricity, gas and petrol), write them beside the district file and link them. The district file is made if there is none.</source>
        <translation>按此 CSV 或 XLSX 文件的每一行创建一个社区规划（列：名称、人口、户数、面积、电网区域，以及可选的年度电力、天然气和汽油用量），保存到片区文件所在的目录并关联。如果没有片区文件，则新建一个。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kind of the created communities: existing (default), new or rural.</source>
        <translation>所创建社区的类型：existing（既有社区，默认）、new（新建社区）或 rural（村庄）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workbook&apos;s sheet to read (default: the first).</source>
        <translation>要读取的工作簿工作表（默认：第一个）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base year of a new district file (default: last year); an existing district keeps its own, and the plans created from a spreadsheet take it.</source>
        <translation>新片区文件的基年（默认：上一年）；已有片区保留其自身的基年，从电子表格创建的规划采用该基年。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name of a new district file (default: the file&apos;s name); an existing district keeps its own.</source>
        <translation>新建街区文件的名称（默认：文件名）；已有街区保留其原名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link an existing community plan (a .zeroplan or JSON plan file); may be given more than once. The district file is made if there is none.</source>
        <translation>关联一个已有的社区规划（.zeroplan 或 JSON 规划文件）；可多次指定。如果没有片区文件，则新建一个。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With one --link: the scenario of the plan the district takes (default: the plan&apos;s current one).</source>
        <translation>与单个 --link 一起使用：片区采用的规划情景（默认：规划的当前情景）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the linked community plans: name, file, scenario and state.</source>
        <translation>列出已关联的社区规划：名称、文件、情景和状态。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the current content of every linked plan that changed since it was linked.</source>
        <translation>对关联后发生更改的每个已关联规划，接受其当前内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the district&apos;s template and, per community, the template values it keeps its own (overrides) and those that differ (table or json).</source>
        <translation>输出街区的模板，以及每个社区保留自有值（覆盖）的模板项和与模板不同的值（表格或 json）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the plan in PLAN (its lines and measures: a bus fleet, a district heating plant) as the district&apos;s own measures, counted once beside the communities; --scenario names the scenario counted (default: the plan&apos;s current one).</source>
        <translation>将 PLAN 中的规划（其活动数据和措施：公交车队、区域供热站）作为街区自有措施，在各社区之外只计一次；--scenario 指定计入的情景（默认：该规划的当前情景）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without an action option: print the roll-up as json, csv or table (default: table).</source>
        <translation>不带操作选项时：以 json、csv 或 table 格式输出汇总（默认：table）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With the roll-up: also run N Monte Carlo samples of the district (at most %L1), drawing the parameters the communities share once for all.</source>
        <translation>汇总时：另对片区运行 N 个蒙特卡洛样本（最多 %L1 个），各社区共享的参数只抽样一次，供所有社区共用。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give one district file: district DISTRICT [--format F] | --create-from FILE | --link PLAN | --links | --relink</source>
        <translation>请指定一个片区文件：district DISTRICT [--format F] | --create-from FILE | --link PLAN | --links | --relink</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--format, --samples and --seed go with the roll-up, without an action option</source>
        <translation>--format、--samples 和 --seed 用于汇总，不能与操作选项同时使用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--template prints a table or json, not csv</source>
        <translation>--template 输出表格或 json，而非 csv</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>give at most one of --create-from FILE, --link PLAN, --links, --relink, --template or --own-plan PLAN</source>
        <translation>--create-from FILE、--link PLAN、--links、--relink、--template 和 --own-plan PLAN 最多只能给出一个</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>The district file (.zeroplan-district), or with --server the district&apos;s name on the shared store.</source>
        <translation>区文件（.zeroplan-district）；与 --server 同用时为共享库中的区名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roll up the district of this name on the shared store (a PostgreSQL connection string, &quot;host=db.example.org dbname=zeroplan user=li&quot;) instead of a file.</source>
        <translation>汇总共享库中该名称的区（PostgreSQL 连接字符串，如 &quot;host=db.example.org dbname=zeroplan user=li&quot;），而非文件。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>--server rolls up a district of the shared store; it goes with no action option</source>
        <translation>--server 用于汇总共享库中的区，不能与操作选项同用</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--scenario goes with one --link PLAN or with --own-plan PLAN</source>
        <translation>--scenario 需与一个 --link PLAN 或 --own-plan PLAN 一起使用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--type must be existing, new or rural, not &apos;%1&apos;</source>
        <translation>--type 必须为 existing、new 或 rural，而不是“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--base-year must be a year from 1990 to 2100, not &apos;%1&apos;</source>
        <translation>--base-year 必须是 1990 到 2100 之间的年份，而不是“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--sheet goes with --create-from</source>
        <translation>--sheet 须与 --create-from 一起使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--type, --base-year and --name go with --create-from or --link</source>
        <translation>--type、--base-year 和 --name 需与 --create-from 或 --link 一起使用</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>rolled up without it</source>
        <translation>汇总时未计入</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>changed since it was linked; rolled up as it is now (run %1 district %2 --relink to accept it)</source>
        <translation>关联后已更改；按当前内容汇总（运行 %1 district %2 --relink 以接受更改）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not rolled up: every linked plan must be readable</source>
        <translation>未汇总：所有已关联的规划都必须可读取</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>%n community plan(s) created from %1 and linked in %2.</source>
        <translation>
            <numerusform>已从 %1 创建 %n 个社区规划，并在 %2 中关联。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+190"/>
        <source>the plan has no scenario &quot;%1&quot;</source>
        <translation>该规划没有情景“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="-173"/>
        <source>%n plan(s) linked in %1.</source>
        <translation>
            <numerusform>已在 %1 中关联 %n 个规划。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+127"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n changed plan(s) relinked.</source>
        <translation>
            <numerusform>已重新关联 %n 个已更改的规划。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The template holds no values: every community keeps its own.</source>
        <translation>模板中没有任何值：每个社区都保留自有值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template value</source>
        <translation>模板值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keeps its own</source>
        <translation>保留自有值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differs from the template</source>
        <translation>与模板不同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not read)</source>
        <translation>（未读取）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The district&apos;s own measures are now those of %1.</source>
        <translation>街区自有措施现已取自 %1。</translation>
    </message>
</context>
<context>
    <name>zeroplan::DistrictCreate</name>
    <message>
        <location filename="../model/storage/DistrictCreate.cpp" line="+91"/>
        <source>%1: could not save the plans: %2</source>
        <translation>%1：无法保存规划：%2</translation>
    </message>
</context>
<context>
    <name>zeroplan::DistrictDocument</name>
    <message>
        <location filename="../model/document/DistrictDocument.cpp" line="+239"/>
        <source>%1 is on the shared store: check it out (File → Check Out from Shared Store…) to open and change its plan.</source>
        <translation>%1 在共享库中：请先签出（文件 → 从共享库签出…）再打开并修改其方案。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 was changed by another program since the district was opened; it was not written</source>
        <translation>自打开街区以来，%1 已被其他程序修改；未写入该文件</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 was read from the shared store to look at, and is not saved: check a community out to change its plan.</source>
        <translation>%1 是从共享库读取来查看的，不会保存：要修改某社区的方案，请先签出该社区。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was changed by another program since it was opened; nothing was written</source>
        <translation>自打开以来，%1 已被其他程序修改；未写入任何内容</translation>
    </message>
</context>
<context>
    <name>zeroplan::DistrictExports</name>
    <message>
        <location filename="../views/window/DistrictExports.cpp" line="+32"/>
        <location line="+13"/>
        <source>Export District Report</source>
        <translation>导出街区报告</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Folder for the Community Reports</source>
        <translation>社区报告保存文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing the community reports…</source>
        <translation>正在打印社区报告…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <location line="+13"/>
        <location line="+2"/>
        <source>Export Community Reports</source>
        <translation>导出社区报告</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Printing %1 (%2 of %3)…</source>
        <translation>正在打印 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 community reports written to %3.</source>
        <translation>已将 %2 份社区报告中的 %1 份写入 %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: the reports not yet printed were not written.</source>
        <translation>已取消：尚未打印的报告未写入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>zeroplan::DistrictLoader</name>
    <message>
        <location filename="../model/storage/DistrictLoader.cpp" line="+92"/>
        <source>%1: the file does not exist</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: the file cannot be read</source>
        <translation>%1：无法读取文件</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed since linked</source>
        <translation>关联后已更改</translation>
    </message>
</context>
<context>
    <name>zeroplan::DistrictPage</name>
    <message>
        <location filename="../views/district/DistrictPage.cpp" line="+68"/>
        <source>Pathway</source>
        <translation>排放路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>League table</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+297"/>
        <source>Needs help</source>
        <translation>需要帮助</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>District Measures…</source>
        <translation>街区自有措施…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The district&apos;s own measures (bus fleet, district heating, a district solar programme): a plan of their own, counted once beside the communities</source>
        <translation>街区自有措施（公交车队、集中供热、街区光伏计划）：单独的一份规划，在各社区之外只计一次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut of net emissions</source>
        <translation>净排放削减</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 − net in the target year ÷ net in the base year</source>
        <translation>1 − 目标年净排放 ÷ 基准年净排放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral by their target</source>
        <translation>按目标实现碳中和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities whose net emissions stay at or below zero from their own neutrality target year (else their horizon end)</source>
        <translation>自各自的碳中和目标年起（若无则自规划期末起）净排放始终不高于零的社区</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wedges by:</source>
        <translation>楔形划分：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure kind</source>
        <translation>措施类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Households from</source>
        <translation>户数从</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Community</source>
        <translation>打开社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the chosen community&apos;s plan with all its pages, here in the district (or double-click its row)</source>
        <translation>在街区内显示所选社区的规划及其全部页面（或双击其所在行）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Business as usual (dashed) and net emissions of each community, all on the same scale. Double-click one to open it.</source>
        <translation>各社区的照常发展（虚线）和净排放，均使用相同刻度。双击某个社区可将其打开。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Communities that need help, the most tonnes at stake first (click one to find it in the league table):</source>
        <translation>需要帮助的社区，涉及吨数最多的排在前面（单击某个社区可在排行榜中找到它）：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Communities rolled up without a plan:</source>
        <translation>汇总时未计入方案的社区：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community files that could not be read as linked:</source>
        <translation>无法按关联状态读取的社区文件：</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n communities, %1–%2</source>
        <translation>
            <numerusform>%n 个社区，%1–%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the shared store, as checked in; to look at</source>
        <translation>来自共享库，按已签入的方案；仅供查看</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Net emissions %1</source>
        <translation>净排放 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the latest of the communities&apos; neutrality target years</source>
        <translation>取各社区碳中和目标年中最晚的一年</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — %2 at stake</source>
        <translation>%1 — 涉及 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No community needs help by these measures.</source>
        <translation>按这些衡量标准，没有社区需要帮助。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs help (%1)</source>
        <translation>需要帮助（%1）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file differs from when it was linked; it is counted as it is now, and saving the district links it as it is</source>
        <translation>文件与关联时不同；按其当前内容计入，保存街区时将按当前状态重新关联</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every community&apos;s plan on the shared store was read.</source>
        <translation>共享库中各社区的方案均已读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every community file was read as linked.</source>
        <translation>所有社区文件均已按关联状态读取。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n community(ies) on the shared store rolled up without a plan: see Needs help.</source>
        <translation>
            <numerusform>共享库中有 %n 个社区汇总时未计入方案：见“需要帮助”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n community file(s) could not be read as linked: see Needs help.</source>
        <translation>
            <numerusform>%n 个社区文件无法按关联状态读取：参见“需要帮助”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::DistrictPathwayChart</name>
    <message>
        <location filename="../views/district/DistrictPathwayChart.cpp" line="+19"/>
        <source>The district&apos;s pathway</source>
        <translation>街区排放路径</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Business as usual</source>
        <translation>照常发展（BAU）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross emissions</source>
        <translation>总排放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net emissions</source>
        <translation>净排放</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>No community of this district could be read.</source>
        <translation>无法读取本街区的任何社区。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Emissions (%1)</source>
        <translation>排放（%1）</translation>
    </message>
</context>
<context>
    <name>zeroplan::DistrictReport</name>
    <message>
        <location filename="../views/report/DistrictCommunityPages.cpp" line="+32"/>
        <source>%1 · scenario “%2”</source>
        <translation>%1 · 情景“%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed since it was linked; printed as it is now.</source>
        <translation>%1 自关联以来已更改；按当前状态打印。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The district asks for the scenario “%1”, which the plan does not have; “%2” is counted instead.</source>
        <translation>街区要求使用情景“%1”，但该规划中没有此情景；改为计入“%2”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan has no scenario: its business as usual is counted.</source>
        <translation>该规划没有情景：计入其照常发展（BAU）排放。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Per resident (tCO₂e/yr)</source>
        <translation>人均（tCO₂e/年）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/report/DistrictReportSections.cpp" line="+226"/>
        <source>Net emissions in %1</source>
        <translation>%1 年净排放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned reduction by %1</source>
        <translation>到 %1 年的规划减排</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/report/DistrictReportSections.cpp" line="+131"/>
        <source>Neutral from</source>
        <translation>碳中和起始年</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/report/DistrictReportSections.cpp" line="-10"/>
        <source>not reached</source>
        <translation>未实现</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../views/report/DistrictReportSections.cpp" line="-110"/>
        <source>Residents</source>
        <translation>居民人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest data</source>
        <translation>最新数据</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../views/report/DistrictReportSections.cpp" line="+126"/>
        <source>Needs help</source>
        <translation>需要帮助</translation>
    </message>
    <message>
        <location filename="../views/report/DistrictReport.cpp" line="+59"/>
        <location filename="../views/report/DistrictReportSections.cpp" line="-218"/>
        <source>District summary</source>
        <translation>街区汇总</translation>
    </message>
    <message>
        <location filename="../views/report/DistrictReportSections.cpp" line="+1"/>
        <location line="+122"/>
        <source>District</source>
        <translation>街区</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plans not read</source>
        <translation>未读取的规划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2: see the summary</source>
        <translation>%1 / %2：参见汇总</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: changed since it was linked; printed as it is now</source>
        <translation>%1：自关联以来已更改；按当前状态打印</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The district&apos;s figures are the sums of its community plans, each for the scenario the district chose for it, from %1 to %2.</source>
        <translation>街区的数据为其各社区规划之和，每个社区采用街区为其选定的情景，时间范围为 %1 至 %2 年。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plans not read: %1 of %2. They are left out of every figure, table and page of this report.</source>
        <translation>未读取的规划：%1 / %2。它们未计入本报告的任何数据、表格和页面。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Net emissions in %1 (base year)</source>
        <translation>%1 年净排放（基准年）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reduction by %1</source>
        <translation>到 %1 年的减排</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral by their target year</source>
        <translation>在目标年前实现碳中和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 communities</source>
        <translation>%1 / %2 个社区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plans read</source>
        <translation>已读取的规划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs help (flags)</source>
        <translation>需要帮助（标记）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the latest of the communities&apos; target years (each one&apos;s neutrality target, else the end of its plan). The reduction compares the district&apos;s net emissions then with those of %2. A community is neutral by its target year when its net emissions stay at or below zero from that year on.</source>
        <translation>%1 是各社区目标年中最晚的一年（各社区的碳中和目标年，若无则为其规划期末）。减排量比较的是街区在该年的净排放与 %2 年的净排放。若某社区自其目标年起净排放始终不高于零，则视为在目标年前实现碳中和。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Linked plans to check</source>
        <translation>需核查的关联规划</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The district&apos;s pathway</source>
        <translation>街区排放路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan of the district could be read, so there is no pathway to show.</source>
        <translation>无法读取本街区的任何规划，因此没有可显示的排放路径。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business as usual (BAU) and net emissions of the district, with what the measures of every community take off, added up by the kind of measure.</source>
        <translation>街区的照常发展（BAU）排放和净排放，以及各社区措施所削减的排放量，按措施类型汇总。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What the measures take off, by kind</source>
        <translation>各类措施的削减量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each wedge is what the measures of one kind take off net emissions in every community (their cuts, sinks and credits), so the wedges add up to BAU minus the district&apos;s net emissions.</source>
        <translation>每个楔形表示某一类措施在所有社区中削减的净排放（包括减排、碳汇和抵消额度），因此各楔形之和等于 BAU 减去街区净排放。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The district&apos;s emissions by year (tCO₂e/yr)</source>
        <translation>街区逐年排放（tCO₂e/年）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>League table</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan of the district could be read.</source>
        <translation>无法读取本街区的任何规划。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per community, in the district&apos;s order. Per resident: its base-year gross emissions divided by its residents. Change: its latest inventory against its base year. Planned reduction: 1 − its net emissions in its target year ÷ its base-year gross emissions. Cost per tCO₂e: present cost ÷ present abatement of its measures, in its currency.</source>
        <translation>每个社区一行，按街区中的顺序排列。人均：基准年总排放除以居民人数。变化：最新清单与基准年相比。规划减排：1 − 目标年净排放 ÷ 基准年总排放。每 tCO₂e 成本：其措施的现值成本 ÷ 现值减排量，以该社区的货币计。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 by %2</source>
        <comment>planned reduction by the target year</comment>
        <translation>%1（至 %2 年）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <comment>amount, currency</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tCO₂e per resident</source>
        <translation>人均 tCO₂e</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change since base year</source>
        <translation>较基准年变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned reduction</source>
        <translation>规划减排</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per tCO₂e</source>
        <translation>每 tCO₂e 成本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No community needs help.</source>
        <translation>没有社区需要帮助。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why a community needs help, the largest tonnes at stake (its net emissions in its target year) first.</source>
        <translation>社区需要帮助的原因，涉及吨数（其目标年净排放）最大的排在前面。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At stake (tCO₂e/yr)</source>
        <translation>涉及量（tCO₂e/年）</translation>
    </message>
</context>
<context>
    <name>zeroplan::DistrictStore</name>
    <message>
        <location filename="../model/storage/DistrictStore.cpp" line="+258"/>
        <source>%1: could not save the district: %2</source>
        <translation>%1：无法保存片区：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the district file is damaged (%2)</source>
        <translation>%1：片区文件已损坏（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file does not exist</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a ZeroPlan district file (a folder or a device)</source>
        <translation>%1：不是 ZeroPlan 片区文件（而是文件夹或设备）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot open the file: %2</source>
        <translation>%1：无法打开文件：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a ZeroPlan district file (not an SQLite database)</source>
        <translation>%1：不是 ZeroPlan 片区文件（不是 SQLite 数据库）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the district file is truncated or damaged; it was probably not copied or downloaded completely</source>
        <translation>%1：片区文件不完整或已损坏；可能未完整复制或下载</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its header gives the page size %1</source>
        <translation>其文件头给出的页大小为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the district file has changes not yet written into it in %2; close the program that has it open, then try again</source>
        <translation>%1：片区文件在 %2 中还有尚未写入的更改；请关闭打开该文件的程序，然后重试</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: reading the district file took too long and was stopped; the file is damaged</source>
        <translation>%1：读取片区文件耗时过长，已停止；文件已损坏</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: this is a community plan (a .zeroplan project file), not a district file</source>
        <translation>%1：这是社区规划（.zeroplan 项目文件），不是片区文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not a ZeroPlan district file (an SQLite database of another program)</source>
        <translation>%1：不是 ZeroPlan 片区文件（而是其他程序的 SQLite 数据库）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: made by a newer ZeroPlan (district file format %2, this version reads up to %3)</source>
        <translation>%1：由更新版本的 ZeroPlan 创建（片区文件格式 %2，此版本最高只能读取 %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>file format %1 does not exist</source>
        <translation>文件格式 %1 不存在</translation>
    </message>
</context>
<context>
    <name>zeroplan::DistrictTable</name>
    <message numerus="yes">
        <location filename="../app/cli/DistrictTable.cpp" line="+32"/>
        <source>District %1: %n community plan(s), %2–%3</source>
        <translation>
            <numerusform>片区 %1：%n 个社区规划，%2–%3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Probability that the district is net zero in %1: %2 (%L3 samples, shared draws)</source>
        <translation>片区在 %1 年实现净零的概率：%2（%L3 个样本，共享抽样）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BAU</source>
        <translation>基准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross</source>
        <translation>总排放</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sinks</source>
        <translation>碳汇</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credits</source>
        <translation>碳信用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>净排放</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net P5</source>
        <translation>净排放 P5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net P50</source>
        <translation>净排放 P50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net P95</source>
        <translation>净排放 P95</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Emissions of the district, tCO2e a year:</source>
        <translation>片区排放量（tCO2e/年）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t per resident</source>
        <translation>人均吨数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target year</source>
        <translation>目标年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned cut</source>
        <translation>规划减排比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral from</source>
        <translation>中和年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per t</source>
        <translation>每吨成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P(neutral)</source>
        <translation>中和概率</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not reached</source>
        <translation>未实现</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>League table:</source>
        <translation>排行榜：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No community needs help.</source>
        <translation>没有需要帮助的社区。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs help (largest tonnes at stake first):</source>
        <translation>需要帮助（按涉及吨数从大到小排列）：</translation>
    </message>
</context>
<context>
    <name>zeroplan::DistrictTemplate</name>
    <message>
        <location filename="../model/plan/DistrictTemplate.cpp" line="+328"/>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emission factor %1</source>
        <translation>排放因子 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Price of %1 (%2)</source>
        <translation>%1 价格（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cost rate %1 of %2</source>
        <translation>%2 的成本费率 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <location line="+24"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 per %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>neutral by %1</source>
        <translation>%1 年前碳中和</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−%1 % by %2</source>
        <translation>到 %2 年 −%1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>budget %1 tCO2e</source>
        <translation>预算 %1 tCO2e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2–%3)</source>
        <translation>%1（%2–%3）</translation>
    </message>
</context>
<context>
    <name>zeroplan::DistrictTemplateEdits</name>
    <message>
        <location filename="../model/document/DistrictTemplateEdits.cpp" line="+76"/>
        <location line="+9"/>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Set %1 in the template</source>
        <translation>在模板中设置 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove %1 from the template</source>
        <translation>从模板中移除 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reset %1 of %2 to the template</source>
        <translation>将 %2 的 %1 重置为模板值</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep %1&apos;s own %2</source>
        <translation>%1 保留自有的 %2</translation>
    </message>
</context>
<context>
    <name>zeroplan::DistrictWedgeChart</name>
    <message>
        <location filename="../views/district/DistrictWedgeChart.cpp" line="+52"/>
        <source>Other kinds (%1)</source>
        <translation>其他类型（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other communities (%1)</source>
        <translation>其他社区（%1）</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>What the district&apos;s measures cut</source>
        <translation>街区措施的削减量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net emissions</source>
        <translation>净排放</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>No measure of the district&apos;s communities cuts anything yet.</source>
        <translation>街区各社区的措施尚未削减任何排放。</translation>
    </message>
</context>
<context>
    <name>zeroplan::DistrictWorkspace</name>
    <message>
        <location filename="../views/district/DistrictWorkspace.cpp" line="+117"/>
        <source>%1 district measures</source>
        <translation>%1 街区自有措施</translation>
    </message>
</context>
<context>
    <name>zeroplan::EditMonitoring</name>
    <message>
        <location filename="../model/document/MonitoringEdits.cpp" line="+51"/>
        <source>Add actual year %1</source>
        <translation>添加实际年份 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change amount of line “%1” in %2</source>
        <translation>修改 %2 年条目“%1”的数量</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Report progress of %1 in %2</source>
        <translation>填报 %2 年“%1”的进展</translation>
    </message>
</context>
<context>
    <name>zeroplan::Engine</name>
    <message>
        <location filename="../model/engine/EngineInput.cpp" line="+125"/>
        <source>%1: composting</source>
        <translation>%1：堆肥排放</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: electricity</source>
        <translation>%1：新增用电</translation>
    </message>
</context>
<context>
    <name>zeroplan::ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+31"/>
        <source>Write a plan as JSON, its activity lines as CSV, or a scenario&apos;s results as CSV or XLSX.</source>
        <translation>将规划写为 JSON、将其活动数据行写为 CSV，或将某一情景的结果写为 CSV 或 XLSX。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>json (the whole plan), csv (its activity lines), pathway-csv, wedges-csv or costs-csv (a table of a scenario&apos;s results), or xlsx (all three as a workbook; needs -o).</source>
        <translation>json（整个规划）、csv（活动数据行）、pathway-csv、wedges-csv 或 costs-csv（某一情景结果的一张表），或 xlsx（三张表合为一个工作簿；需要 -o）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scenario whose results to export (default: the plan&apos;s current one, else its first).</source>
        <translation>要导出结果的情景（默认：规划的当前情景，否则为第一个）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to FILE instead of standard output (- is standard output).</source>
        <translation>写入 FILE 而不是标准输出（- 表示标准输出）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--format xlsx writes a workbook, which goes to standard output only when asked: give -o FILE, or -o - for standard output</source>
        <translation>--format xlsx 生成工作簿，只有明确要求时才写到标准输出：请给出 -o FILE，或用 -o - 写到标准输出</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>give --format json or --format csv, or a results format: pathway-csv, wedges-csv, costs-csv or xlsx</source>
        <translation>请给出 --format json 或 --format csv，或一种结果格式：pathway-csv、wedges-csv、costs-csv 或 xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format must be json, csv, pathway-csv, wedges-csv, costs-csv or xlsx, not &apos;%1&apos;</source>
        <translation>--format 必须是 json、csv、pathway-csv、wedges-csv、costs-csv 或 xlsx，而不是“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--scenario goes with the results formats (pathway-csv, wedges-csv, costs-csv, xlsx), not with --format %1</source>
        <translation>--scenario 只用于结果格式（pathway-csv、wedges-csv、costs-csv、xlsx），不能与 --format %1 一起使用</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>the plan has errors; fix them first (run zeroplan-cli validate)</source>
        <translation>规划有错误；请先修正（运行 zeroplan-cli validate）</translation>
    </message>
</context>
<context>
    <name>zeroplan::ExportFile</name>
    <message>
        <location filename="../model/export/ExportFile.cpp" line="+11"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no file name given</source>
        <translation>未给出文件名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is read-only</source>
        <translation>该文件为只读</translation>
    </message>
</context>
<context>
    <name>zeroplan::FactorDialog</name>
    <message>
        <location filename="../views/baseline/FactorDialog.cpp" line="+31"/>
        <source>CO₂e (all gases, as published)</source>
        <translation>CO₂e（所有气体，按公布值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CO₂ only</source>
        <translation>仅 CO₂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CH₄, fossil</source>
        <translation>CH₄，化石来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CH₄, biogenic</source>
        <translation>CH₄，生物来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N₂O</source>
        <translation>N₂O</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Emission factor “%1”</source>
        <translation>排放因子“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New emission factor</source>
        <translation>新建排放因子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Shenzhen bus fleet 2024</source>
        <translation>例如：深圳公交车队 2024</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Publisher, title, year, table: where a reader can check it</source>
        <translation>发布机构、标题、年份、表号：读者可据此核查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>per</source>
        <translation>每</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier:</source>
        <translation>能源品种：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas:</source>
        <translation>气体：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence:</source>
        <translation>可信度：</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Give the factor a name.</source>
        <translation>请为该因子命名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the value as a number above 0, e.g. 0.58.</source>
        <translation>请输入大于 0 的数值，例如 0.58。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where the value comes from, so that a reader can check it.</source>
        <translation>请注明数值来源，以便读者核查。</translation>
    </message>
</context>
<context>
    <name>zeroplan::FactorLibrary</name>
    <message numerus="yes">
        <location filename="../model/storage/FactorLibraryJson.cpp" line="+34"/>
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1（另有 %n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>factor id &quot;%1&quot; is used twice</source>
        <translation>排放因子 id“%1”被使用了两次</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 must be text</source>
        <translation>%1 必须是文本</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>version is empty</source>
        <translation>version 为空</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>a factor library must be a JSON object</source>
        <translation>排放因子库必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a ZeroPlan factor library: format is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>不是 ZeroPlan 排放因子库：format 为 &quot;%1&quot;，应为 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>zeroplan::FactorsCommand</name>
    <message>
        <location filename="../app/cli/FactorsCommand.cpp" line="+47"/>
        <source>List the emission factor library, with each factor&apos;s source.</source>
        <translation>列出排放因子库及每个因子的来源。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only factors for this carrier, e.g. district_heat.</source>
        <translation>只列出该能源品种的因子，例如 district_heat。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only factors a plan in this grid region can use: its own, its country&apos;s and the IPCC defaults.</source>
        <translation>只列出该电网区域的规划可用的因子：本区域的、本国的和 IPCC 默认值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>table (default) or json.</source>
        <translation>table（默认）或 json。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>factors takes no file; filter with --carrier and --region</source>
        <translation>factors 不接受文件；请用 --carrier 和 --region 筛选</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--carrier: &quot;%1&quot; is not known; expected one of %2</source>
        <translation>--carrier：未知的“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format must be table or json, not &apos;%1&apos;</source>
        <translation>--format 必须是 table 或 json，而不是“%1”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carrier</source>
        <translation>能源品种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per unit</source>
        <translation>每单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confidence</source>
        <translation>可信度</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n factor(s) from library %1.</source>
        <translation>
            <numerusform>共 %n 个因子，来自因子库 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::FactorsDialog</name>
    <message>
        <location filename="../views/baseline/FactorsDialog.cpp" line="+24"/>
        <source>New factor…</source>
        <translation>新建因子…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+72"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Emission factors of the plan</source>
        <translation>规划的排放因子</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The factors this plan counts with. A library factor can be overridden with the community&apos;s own figure: the plan&apos;s value then counts wherever the library&apos;s did.</source>
        <translation>本规划计算所用的排放因子。可以用社区自己的数值替换因子库中的因子：凡是原来使用库中数值的地方都会改用规划的数值。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Override…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the library&apos;s</source>
        <translation>改用因子库的</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+76"/>
        <source>Add emission factor “%1”</source>
        <translation>添加排放因子“%1”</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Override emission factor “%1”</source>
        <translation>替换排放因子“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit emission factor “%1”</source>
        <translation>编辑排放因子“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>“%1” is used by %n baseline line(s): give them another factor first.</source>
        <translation>
            <numerusform>“%1”被 %n 条基准清单数据行使用：请先为这些行选择其他因子。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use the library&apos;s emission factor “%1”</source>
        <translation>改用因子库的排放因子“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove emission factor “%1”</source>
        <translation>删除排放因子“%1”</translation>
    </message>
</context>
<context>
    <name>zeroplan::FanChart</name>
    <message>
        <location filename="../views/charts/FanChart.cpp" line="+20"/>
        <location line="+89"/>
        <source>Range of net emissions</source>
        <translation>净排放范围</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>90 % of outcomes (p5–p95)</source>
        <translation>90 % 的结果（p5–p95）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle half (p25–p75)</source>
        <translation>中间一半（p25–p75）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net zero</source>
        <translation>净零</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2 to %3</source>
        <comment>year: low to high</comment>
        <translation>%1：%2 至 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <location line="+41"/>
        <source>Run the analysis to see the range of outcomes.</source>
        <translation>运行分析后可查看结果的范围。</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Net emissions (%1)</source>
        <translation>净排放（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target year %1</source>
        <translation>目标年份 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Range of net emissions — %1 chance of net zero by %2</source>
        <translation>净排放范围 — 到 %2 年实现净零的概率为 %1</translation>
    </message>
</context>
<context>
    <name>zeroplan::FixedAmountsBox</name>
    <message>
        <location filename="../views/residents/FixedAmountsBox.cpp" line="+23"/>
        <source>Fixed amounts per year</source>
        <translation>每年固定金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A party that pays a fixed sum in a year (a subsidy per household, a sponsor&apos;s grant) takes it first, up to that year&apos;s money; the shares above split what is left.</source>
        <translation>某一出资方在某年支付固定金额（如按户补贴、赞助方拨款）时先行扣除，以当年金额为限；剩余部分再按上方比例分摊。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running cost</source>
        <translation>运行成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which money the fixed amounts are of.</source>
        <translation>固定金额针对哪一项支出。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who pays the fixed amounts.</source>
        <translation>由谁支付固定金额。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Of the:</source>
        <translation>支出项：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by:</source>
        <translation>出资方：</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No party pays a fixed amount of it: the shares split it all.</source>
        <translation>没有出资方支付固定金额：全部按比例分摊。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed amounts of it from: %1.</source>
        <translation>支付固定金额的出资方：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <comment>between party names</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
</context>
<context>
    <name>zeroplan::FundingChart</name>
    <message>
        <location filename="../views/charts/FundingChart.cpp" line="+31"/>
        <source>Funding plan</source>
        <translation>资金计划</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shortfall</source>
        <translation>资金缺口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending that needs a source</source>
        <translation>需要资金来源的支出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funding sources</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>No party of the scenario needs a funding source, and the plan names none.</source>
        <translation>该情景中没有出资方需要资金来源，规划也未列出任何资金来源。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2</source>
        <comment>year: amount</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>zeroplan::FundingTab</name>
    <message>
        <location filename="../views/residents/FundingTab.cpp" line="+33"/>
        <source>Subsidy programme</source>
        <translation>补贴项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sponsor</source>
        <translation>赞助方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crowdfunding</source>
        <translation>社区众筹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committee budget</source>
        <translation>居委会预算</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the figure comes from</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The money the plan counts on. Double-click a name or source to change it.</source>
        <translation>规划所依靠的资金。双击名称或来源即可修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pays for</source>
        <translation>为谁出资</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new funding source with no amounts yet; give its name, kind and amounts.</source>
        <translation>新的资金来源，尚无金额；请填写其名称、类型和金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove source</source>
        <translation>删除来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the selected funding source and its amounts.</source>
        <translation>删除选中的资金来源及其金额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each source pays the share of the party it is for.</source>
        <translation>每个资金来源支付其所对应出资方的份额。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funding sources</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Median income per year</source>
        <translation>每年收入中位数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the median household income comes from (a statistical bulletin, a survey).</source>
        <translation>家庭收入中位数的来源（统计公报、调查等）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median household income</source>
        <translation>家庭收入中位数</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>A household whose net outlay in a year is above this share of the median income is flagged; 0: not judged.</source>
        <translation>家庭某年的净支出超过收入中位数的这一比例时会被标出；0 表示不判断。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> % of the median income</source>
        <translation> % 的收入中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not judged</source>
        <translation>不判断</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the threshold comes from (for instance the EU Energy Poverty Advisory Hub&apos;s indicator 2M).</source>
        <translation>阈值的来源（例如欧盟能源贫困咨询中心的 2M 指标）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Affordability</source>
        <translation>可负担性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threshold:</source>
        <translation>阈值：</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Median income per year (%1)</source>
        <translation>每年收入中位数（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>What kind of money the source is.</source>
        <translation>该资金来源属于哪类资金。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Whose share of the measures the source pays; by default the party of its kind.</source>
        <translation>该资金来源支付哪一方在措施中的份额；默认为与其类型对应的出资方。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>By its kind: %1</source>
        <translation>按类型：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Amounts of “%1” per year</source>
        <translation>“%1”每年的金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a funding source to give its amounts.</source>
        <translation>添加资金来源后即可填写金额。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New funding source</source>
        <translation>新资金来源</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New funding source %1</source>
        <translation>新资金来源 %1</translation>
    </message>
</context>
<context>
    <name>zeroplan::GridRegionField</name>
    <message>
        <location filename="../views/community/GridRegionField.cpp" line="+53"/>
        <source>Choose the grid region</source>
        <translation>选择电网区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The power grid the community draws from; it sets the emission factor of the electricity that measures add.</source>
        <translation>社区用电所来自的电网；它决定措施新增用电的排放因子。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or choose the province</source>
        <translation>或选择省份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The province the community lies in: picks the grid that serves it.</source>
        <translation>社区所在的省份：据此选定为其供电的电网。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (not in the factor library)</source>
        <translation>%1（不在排放因子库中）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Grid region: the factor library %1 has no electricity factor for &quot;%2&quot;.</source>
        <translation>电网区域：排放因子库 %1 中没有“%2”的电力排放因子。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No electricity factor: choose a grid region.</source>
        <translation>没有电力排放因子：请选择电网区域。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the plan&apos;s own factor</source>
        <translation>规划自带的排放因子</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>factor library</source>
        <translation>排放因子库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electricity factor %1: %2 kg CO₂e/%3 in %4 (%5). Source: %6</source>
        <translation>电力排放因子 %1：%2 kg CO₂e/%3（%4，%5）。来源：%6</translation>
    </message>
</context>
<context>
    <name>zeroplan::HistoryCommand</name>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="+20"/>
        <source>List a plan&apos;s change log: who changed what, when, from what to what.</source>
        <translation>列出规划的修改记录：谁在何时把什么从什么改成了什么。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No change recorded yet.</source>
        <translation>尚无修改记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>数值位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>zeroplan::HistoryDock</name>
    <message>
        <location filename="../views/history/HistoryDock.cpp" line="+55"/>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>修改记录(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
</context>
<context>
    <name>zeroplan::HistoryPanel</name>
    <message>
        <location filename="../views/history/HistoryPanel.cpp" line="+62"/>
        <source>Filter by who, what or a value</source>
        <translation>按修改人、修改内容或数值筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a Reason…</source>
        <translation>填写原因…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the last change was made; it is kept with it</source>
        <translation>说明最近一次修改的原因，原因会与该修改一起保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n change(s) recorded.</source>
        <translation>
            <numerusform>共记录 %n 项修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n change(s) match.</source>
        <translation>
            <numerusform>%n 项修改中有 %1 项符合。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason for the Last Change</source>
        <translation>最近一次修改的原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why was &quot;%1&quot; made?</source>
        <translation>为什么进行“%1”？</translation>
    </message>
</context>
<context>
    <name>zeroplan::HistoryText</name>
    <message>
        <location filename="../model/history/HistoryText.cpp" line="+11"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2)</source>
        <comment>author (organisation)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <comment>kind of change: its step</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Named</source>
        <translation>命名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1</source>
        <translation>保存于 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>saved %1</source>
        <translation>保存于 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved %1 by %2</source>
        <translation>%2 保存于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1, %2</source>
        <translation>版本 %1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1, “%2”, %3</source>
        <translation>版本 %1“%2”（%3）</translation>
    </message>
</context>
<context>
    <name>zeroplan::HouseholdCardBox</name>
    <message>
        <location filename="../views/residents/HouseholdCardBox.cpp" line="+16"/>
        <source>A typical household</source>
        <translation>典型家庭</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Households reached</source>
        <translation>覆盖户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The households of the measure that reaches most; each measure reaches the households its split gives, or every household of the community</source>
        <translation>覆盖户数最多的措施所覆盖的户数；每项措施覆盖其分摊方案中给出的户数，未给出时覆盖社区全部住户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pays up front</source>
        <translation>前期投入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The residents&apos; share of the investment in the first purchase cycle of every measure, per household reached</source>
        <translation>各项措施首个购置周期中居民承担的投资，按每个覆盖户计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subsidy received</source>
        <translation>获得补贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The government&apos;s share of the investment in the same years, per household reached</source>
        <translation>同期政府承担的投资，按每个覆盖户计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly bill change</source>
        <translation>每年账单变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The residents&apos; running cost less their bill savings, per household, in the first year every measure is fully adopted; a minus sign: the bill falls</source>
        <translation>所有措施全面实施的第一年，居民的运行成本减去账单节省，按每户计；负号表示账单减少</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid back after</source>
        <translation>回收期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the first year a household pays until its savings have covered what it paid, for good</source>
        <translation>从家庭首次出资的年份起，到其节省额持续覆盖所付金额为止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affordability</source>
        <translation>可负担性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years in which a household&apos;s outlay is above the plan&apos;s threshold share of the median income</source>
        <translation>家庭支出超过规划设定的收入中位数阈值比例的年份</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (in %2)</source>
        <translation>%1（%2 年）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>zeroplan::ImportActivities</name>
    <message numerus="yes">
        <location filename="../model/document/ImportActivities.cpp" line="+13"/>
        <source>Import %n activity line(s)</source>
        <translation>
            <numerusform>导入 %n 行活动数据</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ImportCommand</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+79"/>
        <source>Activity lines, one per row (CSV or XLSX).</source>
        <translation>活动数据，每行一条（CSV 或 XLSX）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly meter readings, one per row, summed to annual lines for the plan&apos;s base year.</source>
        <translation>每月表计读数，每行一条，按规划基准年汇总为年度数据行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activity lines of a later year&apos;s actual inventory, one per row (CSV or XLSX); with --year.</source>
        <translation>之后某一年实际清单的活动数据，每行一条（CSV 或 XLSX）；须配合 --year 使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure progress, one row per measure and year: measure, year, adoption, status, capex_to_date, opex_to_date, date, author, note, evidence (CSV or XLSX).</source>
        <translation>措施进展，每项措施每年一行：measure（措施）、year（年份）、adoption（完成量）、status（状态）、capex_to_date（累计投资）、opex_to_date（累计运行费用）、date（日期）、author（填报人）、note（说明）、evidence（佐证）（CSV 或 XLSX）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The year of the actual figures (--actuals, or --meter-readings for a year after the base year).</source>
        <translation>实际数据的年份（用于 --actuals，或用于基准年之后年份的 --meter-readings）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workbook&apos;s sheet to read (default: the first).</source>
        <translation>要读取的工作表（默认：第一个）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text file&apos;s encoding: auto, utf-8, gb18030 (gbk) or utf-16 (default: auto).</source>
        <translation>文本文件的编码：auto、utf-8、gb18030（gbk）或 utf-16（默认：auto）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text file&apos;s delimiter: auto, comma, semicolon or tab (default: auto).</source>
        <translation>文本文件的分隔符：auto、comma、semicolon 或 tab（默认：auto）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The numbers&apos; decimal separator: point or comma (default: comma in semicolon-separated text, else point).</source>
        <translation>数字的小数分隔符：point 或 comma（默认：分号分隔的文本为 comma，否则为 point）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import the good rows even when some are rejected.</source>
        <translation>即使有行被拒绝，也导入其余正确的行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and check the file, report, change nothing.</source>
        <translation>读取并检查文件，给出报告，不做任何更改。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the plan has errors; fix them first (run zeroplan-cli validate)</source>
        <translation>规划有错误；请先修正（运行 zeroplan-cli validate）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown encoding &apos;%1&apos;; use auto, utf-8, gb18030 or utf-16</source>
        <translation>未知编码“%1”；请使用 auto、utf-8、gb18030 或 utf-16</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown delimiter &apos;%1&apos;; use auto, comma, semicolon or tab</source>
        <translation>未知分隔符“%1”；请使用 auto、comma、semicolon 或 tab</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--decimal must be point or comma, not &apos;%1&apos;</source>
        <translation>--decimal 必须是 point 或 comma，而不是“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot be opened: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+48"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>decimal comma</source>
        <translation>小数逗号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decimal point</source>
        <translation>小数点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading %1: %2, %3.</source>
        <translation>正在读取 %1：%2，%3。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected rows:</source>
        <translation>被拒绝的行：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2: %3</source>
        <comment>file, place in it: reason</comment>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… and %1 more</source>
        <translation>……另有 %1 行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing imported: %1 of %2 rows rejected; fix them, or use --skip-rejected to import the others</source>
        <translation>未导入任何内容：%2 行中有 %1 行被拒绝；请修正这些行，或使用 --skip-rejected 导入其余行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing to import: no rows to add</source>
        <translation>没有可导入的内容：没有要添加的行</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>nothing to import: no readings for %1</source>
        <translation>没有可导入的内容：没有 %1 年的读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to import: no readings for %1, the plan&apos;s base year</source>
        <translation>没有可导入的内容：没有规划基准年 %1 年的读数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>readings of %1</source>
        <translation>%1读数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meter readings for %1:</source>
        <translation>%1 年表计读数：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2): %3 meters, %4 readings, %5 % of meter-months; total %6 %7</source>
        <translation>%1（%2）：%3 块表，%4 条读数，占表·月数的 %5%；合计 %6 %7</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n meter(s) miss %1 meter-months, e.g. %2</source>
        <translation>
            <numerusform>%n 块表缺少 %1 个表·月读数，例如 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n reading(s) of %1 not summed: the plan&apos;s base year is %2</source>
        <translation>
            <numerusform>%1 年的 %n 条读数未汇总：规划基准年为 %2 年</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>nothing imported: the plan would not be valid with this progress</source>
        <translation>未导入任何内容：加入这些进展后规划将无效</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2: %3, adoption %4</source>
        <comment>measure, year: status, adoption</comment>
        <translation>%1，%2 年：%3，完成量 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Dry run: progress of %n measure-year(s) would be recorded; nothing was changed.</source>
        <translation>
            <numerusform>试运行：将记录 %n 条措施年度进展；未作任何修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Recorded the progress of %n measure-year(s) in %1.</source>
        <translation>
            <numerusform>已在 %1 中记录 %n 条措施年度进展。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-94"/>
        <source>outlier: meter %1, %2-%3: %4 %5, over %6× its median month of %7 (%8)</source>
        <translation>异常值：表 %1，%2-%3：%4 %5，超过该表月中位数 %7 的 %6 倍（%8）</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Add activity lines to a plan from a CSV or XLSX file or meter readings; actual figures of later years; measure progress.</source>
        <translation>从 CSV 或 XLSX 文件或表计读数向规划添加活动数据；也可导入之后年份的实际数据和措施进展。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A JSON file that names the columns, by header text or by number from 1, and gives values every row gets, e.g. {&quot;columns&quot;: {&quot;amount&quot;: &quot;Verbrauch&quot;}, &quot;values&quot;: {&quot;unit&quot;: &quot;MWh&quot;}}.</source>
        <translation>一个 JSON 文件：按表头文字或从 1 起的列号指定各列，并给出每一行都取的值，例如 {&quot;columns&quot;: {&quot;amount&quot;: &quot;Verbrauch&quot;}, &quot;values&quot;: {&quot;unit&quot;: &quot;MWh&quot;}}。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>give one of --activities FILE, --meter-readings FILE, --actuals FILE --year Y or --progress FILE</source>
        <translation>请给出 --activities FILE、--meter-readings FILE、--actuals FILE --year Y 或 --progress FILE 中的一个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--year needs a year, not &apos;%1&apos;</source>
        <translation>--year 需要一个年份，而不是“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--year goes with --actuals or --meter-readings; the baseline is for the plan&apos;s base year, and progress rows name their year</source>
        <translation>--year 只能与 --actuals 或 --meter-readings 一起使用；基准清单对应规划的基准年，进展表的每行自带年份</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--actuals needs --year Y, the year of the figures</source>
        <translation>--actuals 需要 --year Y，即数据所属的年份</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>… %1 outliers in all; they are included in the total</source>
        <translation>……共 %1 个异常值；它们已计入合计</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+35"/>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>nothing imported: the plan would not be valid with these lines</source>
        <translation>未导入任何内容：加入这些行后规划将无效</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2 %3, factor %4</source>
        <translation>%1，%2 %3，排放因子 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Dry run: %n line(s) would be added; nothing was changed.</source>
        <translation>
            <numerusform>试运行：将添加 %n 行；未做任何更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Added %n line(s) to the actual inventory of %2 in %1.</source>
        <translation>
            <numerusform>已向 %1 中 %2 年的实际清单添加 %n 条数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Added %n activity line(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 添加 %n 行活动数据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ImportDialog</name>
    <message>
        <location filename="../views/common/ImportDialog.cpp" line="+54"/>
        <source>Skip rejected rows and import the others</source>
        <translation>跳过被拒绝的行，导入其余行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>文本行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>… and %1 more</source>
        <translation>……另有 %1 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected rows (%1)</source>
        <translation>被拒绝的行（%1）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Read as %1.</source>
        <translation>按 %1 读取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>已读取 %n 行数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n line(s) read</source>
        <translation>
            <numerusform>已读取 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n rejected</source>
        <translation>
            <numerusform>，%n 行被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is imported while rows are rejected: fix them in the file, or tick “Skip rejected rows”.</source>
        <translation>有行被拒绝时不会导入任何内容：请在文件中修正这些行，或勾选“跳过被拒绝的行”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan would not be valid with these lines; see Notes.</source>
        <translation>加入这些行后规划将无效；请查看“说明”。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import actual year %1 from %2</source>
        <translation>从 %2 导入 %1 年实际数据</translation>
    </message>
</context>
<context>
    <name>zeroplan::ImportMapping</name>
    <message>
        <location filename="../model/import/ImportMapping.cpp" line="+20"/>
        <source>&quot;%1&quot; must be an object of field: column</source>
        <translation>“%1”必须是“字段: 列”形式的对象</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1/%2&quot;: no such field; the fields are %3</source>
        <translation>“%1/%2”：没有这个字段；可用字段为 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1/%2&quot; must be a text%3</source>
        <translation>“%1/%2”必须是文本%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (a header) or a column number from 1</source>
        <translation>（表头）或从 1 开始的列号</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot;: unknown key; the keys are columns, values, decimal</source>
        <translation>“%1”：未知键；可用的键为 columns、values、decimal</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>&quot;%1&quot; is given %n times in this object; only the last one is read</source>
        <translation>
            <numerusform>“%1”在此对象中出现了 %n 次；只读取最后一个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;decimal&quot; must be &quot;point&quot; or &quot;comma&quot;</source>
        <translation>“decimal”必须是“point”或“comma”</translation>
    </message>
</context>
<context>
    <name>zeroplan::ImportSourceWidget</name>
    <message>
        <location filename="../views/common/ImportSourceWidget.cpp" line="+35"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>GB18030 / GBK (Chinese Excel, WPS)</source>
        <translation>GB18030 / GBK（中文版 Excel、WPS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16（Excel“Unicode 文本”）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma ( , )</source>
        <translation>逗号 ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>分号 ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the file suggests</source>
        <translation>按文件判断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point (1,234.5)</source>
        <translation>小数点 (1,234.5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (1.234,5)</source>
        <translation>小数逗号 (1.234,5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unless chosen: a comma in semicolon-separated text, as European spreadsheets write it, else a point</source>
        <translation>未选择时：分号分隔的文本按欧洲电子表格的写法使用小数逗号，否则使用小数点</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text encoding:</source>
        <translation>文本编码：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decimal sign:</source>
        <translation>小数分隔符：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel 工作簿，工作表“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read as %1</source>
        <translation>按 %1 读取</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>zeroplan::ImportVocabulary</name>
    <message>
        <location filename="../model/import/ImportVocabulary.cpp" line="+23"/>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sector</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>subsector</source>
        <translation>子部门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>carrier</source>
        <translation>能源种类</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scope</source>
        <translation>排放范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>emission factor</source>
        <translation>排放因子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notation key</source>
        <translation>标注键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>driver</source>
        <translation>增长驱动因素</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meter</source>
        <translation>表号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>grid region</source>
        <translation>电网区域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>petrol</source>
        <translation>汽油</translation>
    </message>
</context>
<context>
    <name>zeroplan::IndicatorChart</name>
    <message>
        <location filename="../views/charts/IndicatorChart.cpp" line="+22"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Choose an indicator to see its years.</source>
        <translation>选择一个指标以查看其各年数据。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter a year&apos;s plan or actual figure to see “%1” here.</source>
        <translation>输入某一年的计划值或实际值，即可在此查看“%1”。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>zeroplan::IndicatorEdits</name>
    <message>
        <location filename="../model/document/IndicatorEdits.cpp" line="+119"/>
        <location line="+34"/>
        <source>Name: an indicator needs a name.</source>
        <translation>名称：指标需要一个名称。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Add indicator “%1”</source>
        <translation>添加指标“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove indicator “%1”</source>
        <translation>删除指标“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename indicator to “%1”</source>
        <translation>将指标重命名为“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change unit of “%1”</source>
        <translation>修改“%1”的单位</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change source of “%1”</source>
        <translation>修改“%1”的来源</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Year: %1 is outside the plan&apos;s years, %2 to %3.</source>
        <translation>年份：%1 不在规划年份 %2 至 %3 之内。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add %1 to indicator “%2”</source>
        <translation>为指标“%2”添加 %1 年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year: “%1” already has a row for %2.</source>
        <translation>年份：“%1”已有 %2 年的数据行。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove %1 from indicator “%2”</source>
        <translation>从指标“%2”删除 %1 年</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan: the value must be a number.</source>
        <translation>计划：数值必须是数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change plan of “%1” in %2</source>
        <translation>修改“%1” %2 年的计划值</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Actual: the value must be a number.</source>
        <translation>实际：数值必须是数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change actual of “%1” in %2</source>
        <translation>修改“%1” %2 年的实际值</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change source of “%1” in %2</source>
        <translation>修改“%1” %2 年的来源</translation>
    </message>
</context>
<context>
    <name>zeroplan::IndicatorListModel</name>
    <message>
        <location filename="../views/monitoring/IndicatorListModel.cpp" line="+74"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The latest year with an actual figure: actual minus plan, in the indicator&apos;s unit, and the actual as a share of the plan.</source>
        <translation>有实际值的最近一年：实际值减计划值（按指标单位），以及实际值占计划值的比例。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest actual</source>
        <translation>最新实际值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual vs plan</source>
        <translation>实际与计划对比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>zeroplan::IndicatorText</name>
    <message>
        <location filename="../views/present/IndicatorText.cpp" line="+37"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 of plan)</source>
        <translation>%1（为计划的 %2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <comment>value unit</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>zeroplan::IndicatorValuesModel</name>
    <message>
        <location filename="../views/monitoring/IndicatorValuesModel.cpp" line="+131"/>
        <source>Plan: “%1” is not a number.</source>
        <translation>计划：“%1”不是数字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual: “%1” is not a number.</source>
        <translation>实际：“%1”不是数字。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source of the year</source>
        <translation>该年数据来源</translation>
    </message>
</context>
<context>
    <name>zeroplan::IndicatorsTab</name>
    <message>
        <location filename="../views/monitoring/IndicatorsTab.cpp" line="+50"/>
        <source>Add indicator…</source>
        <translation>添加指标…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A yearly series the committee follows beside the tonnes: participation in carbon accounts, kg of waste sorted per household…</source>
        <translation>委员会在吨数之外逐年跟踪的数据序列：碳账户参与率、每户垃圾分类公斤数……</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove indicator</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The committee&apos;s own indicators; double-click a name, unit or source to change it.</source>
        <translation>委员会自定的指标；双击名称、单位或来源即可修改。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add year</source>
        <translation>添加年份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove year</source>
        <translation>删除年份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Add indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Households in carbon accounts</source>
        <translation>例如：参与碳账户的户数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. %, kg per household</source>
        <translation>例如：%、公斤/户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the figures come from</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Year: choose the row of the year to remove.</source>
        <translation>年份：请选择要删除的年份所在行。</translation>
    </message>
</context>
<context>
    <name>zeroplan::InterimTargetModel</name>
    <message>
        <location filename="../views/community/InterimTargetModel.cpp" line="+56"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut (% of base-year gross)</source>
        <translation>减排比例（占基准年毛排放的 %）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change interim target</source>
        <translation>修改阶段目标</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add interim target</source>
        <translation>添加阶段目标</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interim targets: every year of the horizon already has a target.</source>
        <translation>阶段目标：规划期内每一年都已有目标。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove interim target</source>
        <translation>删除阶段目标</translation>
    </message>
</context>
<context>
    <name>zeroplan::InterimTargetsEditor</name>
    <message>
        <location filename="../views/community/InterimTargetsEditor.cpp" line="+16"/>
        <source>Add target</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add an interim target, such as −40 % by 2030</source>
        <translation>添加阶段目标，例如到 2030 年减排 40 %</translation>
    </message>
</context>
<context>
    <name>zeroplan::KeyFigureStrip</name>
    <message>
        <location filename="../views/window/KeyFigureStrip.cpp" line="+27"/>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scenario the figures, the Pathway, Costs and Uncertainty pages show</source>
        <translation>关键数据以及“减排路径”“成本”“不确定性”页面所显示的情景</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Baseline</source>
        <translation>基准排放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emissions in the base year before any measure: each activity line&apos;s amount × its emission factor, summed over the lines (Baseline page)</source>
        <translation>基准年、未采取任何措施时的排放：每条活动数据的数量 × 其排放因子，对所有条目求和（见“基准清单”页）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per resident</source>
        <translation>人均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The baseline divided by the population (Community page)</source>
        <translation>基准排放除以人口（见“社区”页）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per household</source>
        <translation>户均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The baseline divided by the number of households (Community page)</source>
        <translation>基准排放除以户数（见“社区”页）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interim target</source>
        <translation>阶段目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cut of gross emissions reached in the first interim-target year (or by the end of the plan): (baseline − the scenario&apos;s gross emissions that year) ÷ baseline. Gross is before sinks and credits, so credits cannot buy an interim cut</source>
        <translation>在第一个阶段目标年（或规划期末）总排放的削减比例：（基准排放 − 该情景当年的总排放）÷ 基准排放。总排放不扣除碳汇和碳信用，所以购买碳信用不能替代阶段性减排</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neutrality</source>
        <translation>碳中和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first year from which net emissions (gross − sinks − credits bought) stay at or below zero to the end of the plan, against the neutrality target</source>
        <translation>净排放（总排放 − 碳汇 − 购买的碳信用）从此年起直到规划期末都不高于零的第一年，与碳中和目标年对照</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total cost (present value)</source>
        <translation>总成本（现值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investment, running costs and credits bought, less the energy the measures save, year by year, each year discounted to the base year at the plan&apos;s discount rate (the negative of the NPV)</source>
        <translation>逐年的投资、运行费用和购买碳信用的支出，减去措施节省的能源费用，每年按规划的折现率折现到基准年（即净现值的相反数）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost per tonne abated</source>
        <translation>每吨减排成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present cost of the measures that cut or take up emissions, per present tonne; carbon credits bought are not abatement and are left out</source>
        <translation>减少或吸收排放的措施的成本现值除以减排量现值；购买的碳信用不属于减排，不计入</translation>
    </message>
    <message>
        <location filename="../views/present/KeyFigures.cpp" line="+20"/>
        <location line="+12"/>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+57"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>no scenario</source>
        <translation>无情景</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not reached by %1</source>
        <translation>到 %1 年未实现</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cut by %1</source>
        <translation>至 %1 年减排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut by %1 (target %2)</source>
        <translation>至 %1 年减排（目标 %2）</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+23"/>
        <source>%1 — met</source>
        <translation>%1 — 达成</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Neutrality (target %1)</source>
        <translation>碳中和（目标 %1 年）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutrality (no target set)</source>
        <translation>碳中和（未设目标）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a baseline first</source>
        <translation>请先填写基准清单</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>cost not entered for %n measure(s)</source>
        <translation>
            <numerusform>%n 项措施未填写成本</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <comment>figure (cost not entered note)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from %1 (first reached %2)</source>
        <translation>%1 年起（%2 年首次达到）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from %1</source>
        <translation>%1 年起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reached in %1, not held to %2</source>
        <translation>%1 年达到，但未保持到 %2 年</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+24"/>
        <source>%1 — missed</source>
        <translation>%1 — 未达成</translation>
    </message>
</context>
<context>
    <name>zeroplan::LeagueTableModel</name>
    <message>
        <location filename="../views/district/LeagueTableModel.cpp" line="+76"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario counted</source>
        <translation>计入的情景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residents</source>
        <translation>居民人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base year (%1)</source>
        <translation>基准年（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per resident (%1)</source>
        <translation>人均（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target year</source>
        <translation>目标年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net in target year (%1)</source>
        <translation>目标年净排放（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net per resident (%1)</source>
        <translation>人均净排放（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned cut</source>
        <translation>规划削减</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral from</source>
        <translation>碳中和起始年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost per tonne</source>
        <translation>每吨成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest data</source>
        <translation>最新数据</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Business as usual (no scenario)</source>
        <translation>照常发展（无情景）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not reached</source>
        <translation>未实现</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The scenario the district counts for this community; double-click to choose another</source>
        <translation>街区为该社区计入的情景；双击可选择其他情景</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan&apos;s current scenario</source>
        <translation>规划的当前情景</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Change type of %1</source>
        <translation>更改 %1 的类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change scenario of %1</source>
        <translation>更改 %1 的情景</translation>
    </message>
</context>
<context>
    <name>zeroplan::MaccChart</name>
    <message>
        <location filename="../views/charts/MaccChart.cpp" line="+25"/>
        <source>Marginal abatement cost curve</source>
        <translation>边际减排成本曲线</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 abated over the plan&lt;br&gt;%2</source>
        <comment>tonnes&lt;br&gt;cost per tonne</comment>
        <translation>规划期内减排 %1&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a measure that cuts emissions to this scenario to see what each tonne costs.</source>
        <translation>请在此情景中添加能减少排放的措施，以查看每吨减排的成本。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Other measures (%1)</source>
        <comment>the bars of the smaller measures</comment>
        <translation>其他措施（%1 项）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Credits: %1</source>
        <comment>a carbon-credit purchase in the MACC&apos;s legend</comment>
        <translation>碳信用：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 bought&lt;br&gt;%2 per credit</source>
        <comment>tonnes&lt;br&gt;price per credit</comment>
        <translation>购买 %1&lt;br&gt;每吨碳信用 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Abated over the plan (%1)</source>
        <translation>规划期内减排量（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abated, then credits bought (%1)</source>
        <translation>先计减排，再计购买的碳信用（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost (%1/tCO₂e)</source>
        <translation>成本（%1/tCO₂e）</translation>
    </message>
</context>
<context>
    <name>zeroplan::MainWindow</name>
    <message>
        <location filename="../views/window/MainWindow.cpp" line="+173"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Plan</source>
        <translation>新建规划(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;District from Spreadsheet…</source>
        <translation>从电子表格新建街区(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Sample</source>
        <translation>打开示例(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sample District of the Three Communities…</source>
        <translation>三社区示例街区…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../views/window/MainWindowFiles.cpp" line="+303"/>
        <location line="+50"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Versions…</source>
        <translation>版本(&amp;V)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Review &amp;Copy…</source>
        <translation>导出审阅副本(&amp;C)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Co&amp;mments…</source>
        <translation>导出评论(&amp;M)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mer&amp;ge Comments…</source>
        <translation>合并评论(&amp;G)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check &amp;Out from Shared Store…</source>
        <translation>从共享库签出(&amp;O)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open District from Shared Stor&amp;e…</source>
        <translation>从共享库打开区(&amp;E)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check &amp;In to Shared Store</source>
        <translation>签入共享库(&amp;I)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Import Activities…</source>
        <translation>导入活动数据(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;Meter Readings…</source>
        <translation>导入表计读数(&amp;M)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export Results…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a scenario first: the results are a scenario&apos;s.</source>
        <translation>请先添加情景：结果属于某一情景。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export District &amp;Report…</source>
        <translation>导出街区报告(&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;Community Reports…</source>
        <translation>导出社区报告(&amp;C)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close Plan</source>
        <translation>关闭规划(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User Guide…</source>
        <translation>用户指南(&amp;U)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About ZeroPlan</source>
        <translation>关于 ZeroPlan(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>基准清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimise</source>
        <translation>优化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pathway</source>
        <translation>减排路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>监测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncertainty</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../views/window/MainWindowFiles.cpp" line="+146"/>
        <source>This is %1, opened read-only: its file is not changed. Save As keeps it as a plan of its own; File → Open goes back to the plan as it is now.</source>
        <translation>这是 %1，以只读方式打开：其文件不会被修改。“另存为”可将其保存为一份独立的规划；“文件 → 打开”可回到规划的当前状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is an example plan, not your community&apos;s: change anything to see what happens. Save As keeps your changes as a plan of your own; File → New Plan starts your community&apos;s.</source>
        <translation>这是一个示例规划，不是您社区的数据：可以随意修改，看看结果如何变化。“另存为”会把修改保存为您自己的规划；“文件 → 新建规划”开始编制您社区的规划。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a review copy of %1, sent by %2 on %3. Comment on anything (History → Comments, or Comments… on the Baseline and Measures pages), then send back the file File → Export Comments… makes: changes to the plan itself do not go back.</source>
        <translation>这是 %1 的审阅副本，由%2于 %3 发出。可对任何内容发表评论（历史 → 评论，或基准和措施页上的“评论…”），然后把“文件 → 导出评论…”生成的文件发回：对规划本身的修改不会随之返回。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>District measures of %1[*] — ZeroPlan</source>
        <translation>%1 的街区自有措施[*] — ZeroPlan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (example)</source>
        <translation>%1（示例）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not saved yet)</source>
        <translation>%1（尚未保存）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2[*] — ZeroPlan</source>
        <comment>plan · adopted version</comment>
        <translation>%1 · %2[*] — ZeroPlan</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+20"/>
        <source>%1[*] — ZeroPlan</source>
        <translation>%1[*] — ZeroPlan</translation>
    </message>
    <message>
        <location line="-437"/>
        <source>Cannot open plan</source>
        <translation>无法打开规划</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open the district again to see the changes another program made to this community&apos;s file.</source>
        <translation>重新打开街区，以查看其他程序对该社区文件所做的更改。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+158"/>
        <source>Plan in use</source>
        <translation>规划正被使用</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>The plan is open here as well, but Save will not write to its file while the other program has it: close it there first, or save your changes under another name with Save As.</source>
        <translation>规划已在此打开，但在另一个程序占用它期间，“保存”不会写入该文件：请先在那里关闭它，或用“另存为”以其他名称保存您的修改。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 was removed or renamed by another program; Save writes it again.</source>
        <translation>%1 已被另一个程序删除或重命名；“保存”会重新写出它。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+162"/>
        <source>Plan changed on disk</source>
        <translation>磁盘上的规划已更改</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>%1 was changed by another program.</source>
        <translation>%1 已被另一个程序更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload it and lose your unsaved changes here, or keep your version? If you keep it, Save will ask before writing over the other changes.</source>
        <translation>重新载入（将丢失此处未保存的修改），还是保留您的版本？如果保留，“保存”在覆盖另一方的修改前会先询问。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload it to see the changes? There are no unsaved changes here.</source>
        <translation>重新载入以查看这些更改？此处没有未保存的修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+165"/>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>&amp;Keep Mine</source>
        <translation>保留我的版本(&amp;K)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open sample</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot Open Version</source>
        <translation>无法打开版本</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot recover plan</source>
        <translation>无法恢复规划</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save your changes under another name, or close the plan in the other program and save again.</source>
        <translation>请以其他名称保存您的修改，或在另一个程序中关闭该规划后再保存。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+68"/>
        <source>Cannot save plan</source>
        <translation>无法保存规划</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>%1 was changed by another program since it was opened or last saved here. Saving now writes over those changes.</source>
        <translation>自在此打开或上次保存以来，%1 已被另一个程序更改。现在保存会覆盖那些更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overwrite: keep your version, theirs is lost. Reload: open the file as it is now, your unsaved changes are lost. Save As: keep both, yours under another name.</source>
        <translation>覆盖：保留您的版本，对方的修改丢失。重新载入：按文件当前内容打开，您未保存的修改丢失。另存为：两者都保留，您的版本用另一个名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The district&apos;s own measures are saved in the district file: Save As is not available here.</source>
        <translation>街区自有措施保存在街区文件中，此处不能“另存为”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A community of a district is saved in its own file, which the district links: Save As is not available here.</source>
        <translation>街区中的社区保存在其自己的文件中，由街区关联：此处不可使用“另存为”。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Clear Recent Files</source>
        <translation>清除最近打开的文件</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The plan opened with problems: %1</source>
        <translation>规划已打开，但存在问题：%1</translation>
    </message>
    <message>
        <location filename="../views/window/MainWindow.cpp" line="+111"/>
        <source>About ZeroPlan</source>
        <translation>关于 ZeroPlan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ZeroPlan %1&lt;/h3&gt;&lt;p&gt;Plan a community&apos;s path to carbon neutrality: the baseline, the measures, the scenarios and the pathway, with every figure sourced.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ZeroPlan %1&lt;/h3&gt;&lt;p&gt;规划社区的碳中和路径：基准清单、措施、情景和减排路径，每个数据都注明来源。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/window/MainWindowDistrict.cpp" line="+27"/>
        <source>Cannot open district</source>
        <translation>无法打开街区</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot open community</source>
        <translation>无法打开社区</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot save district</source>
        <translation>无法保存街区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>zeroplan::Measure</name>
    <message>
        <location filename="../model/measures/Measure.cpp" line="+46"/>
        <source>Proposed</source>
        <translation>提议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>实施中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>zeroplan::MeasureCatalogue</name>
    <message>
        <location filename="../model/measures/MeasureCatalogueText.cpp" line="+105"/>
        <source>Demand reduction</source>
        <translation>需求削减</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switching</source>
        <translation>能源替代</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clean supply</source>
        <translation>清洁供应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sinks and credits</source>
        <translation>碳汇与碳信用</translation>
    </message>
    <message>
        <location filename="../model/measures/MeasureCatalogue.cpp" line="+29"/>
        <source>Rooftop solar PV</source>
        <translation>屋顶光伏</translation>
    </message>
    <message>
        <location filename="../model/measures/MeasureKindTables.cpp" line="+18"/>
        <source>Assumed, no source: the plan format&apos;s default of 25 years; enter the supplier&apos;s figure</source>
        <translation>假定值，无来源：规划格式默认的 25 年；请填写供应商给出的数值</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>IEA PVPS Task 12, Methodology Guidelines on LCA of Photovoltaic Electricity, 3rd ed. (Frischknecht et al. 2016): 30 years for modules of mature technologies</source>
        <translation>IEA PVPS Task 12《光伏发电生命周期评价方法指南》第 3 版（Frischknecht 等，2016）：成熟技术组件寿命 30 年</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>US DOE (energy.gov, lighting choices): LED bulbs last 25,000 h; at an assumed 2,500 h a year (50 h a week, 50 weeks: shared and commercial spaces) = 10 years; at 3 h a day at home, 23</source>
        <translation>美国能源部（energy.gov，照明选择）：LED 灯寿命 25,000 小时；按假设每年 2,500 小时（每周 50 小时、50 周：公共与商业场所）= 10 年；家庭每天 3 小时则为 23 年</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lovvorn &amp; Hiller, Heat Pump Life Revisited, ASHRAE Transactions 108(2), 2002: median service life 20.5 years (Alabama survey)</source>
        <translation>Lovvorn 与 Hiller，《Heat Pump Life Revisited》，ASHRAE Transactions 108(2)，2002：使用寿命中位数 20.5 年（阿拉巴马州调查）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danish Energy Agency, Handbook for energy consultants HB2021 (energy labelling), annex 4, 4.7.1.1: insulation of building parts 40 years, windows 30; the shorter, so that windows are renewed in time</source>
        <translation>丹麦能源署《能源顾问手册 HB2021》（能效标识）附录 4，4.7.1.1：建筑构件保温 40 年，窗户 30 年；取较短者，以便窗户按时更新</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Danish Energy Agency, Handbook for energy consultants HB2021 (energy labelling), annex 4, 4.7.1.1: controls for heating and ventilation, 15 years</source>
        <translation>丹麦能源署《能源顾问手册 HB2021》（能效标识）附录 4，4.7.1.1：供暖与通风控制设备 15 年</translation>
    </message>
    <message>
        <location filename="../model/measures/MeasureCatalogue.cpp" line="+1"/>
        <source>Panels on roofs make electricity that replaces power from the grid.</source>
        <translation>屋顶上的光伏板发电，替代电网电力。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Installed capacity</source>
        <translation>装机容量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sized per plan; Hemu community installed 500 kW (《碳中和社区实践指南：从个人到邻里的环保协同》)</source>
        <translation>按规划确定；和睦社区安装了 500 kW（《碳中和社区实践指南：从个人到邻里的环保协同》）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Specific yield</source>
        <translation>单位装机年发电量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hemu: 600,000 kWh from 500 kW = 1,200 (《碳中和社区实践指南：从个人到邻里的环保协同》); European rooftops 947-1,195 (Schardt &amp; te Heesen, EU PVSEC)</source>
        <translation>和睦社区：500 kW 发电 600,000 kWh = 1,200（《碳中和社区实践指南：从个人到邻里的环保协同》）；欧洲屋顶光伏为 947-1,195（Schardt 与 te Heesen，EU PVSEC）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yearly degradation</source>
        <translation>年衰减率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jordan &amp; Kurtz 2013: median 0.5 %/yr</source>
        <translation>Jordan 与 Kurtz 2013：年衰减中位数 0.5 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self-consumed share</source>
        <translation>自用比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assumption: most output is used in the community</source>
        <translation>假设：大部分发电量在社区内使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Count exported power</source>
        <translation>计入上网电量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPC: exported electricity is not deducted by default</source>
        <translation>GPC：默认不扣减上网（外送）电量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Investment per kWp</source>
        <translation>每 kWp 投资</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the installer&apos;s quote; IRENA 2022: 876 USD/kW utility scale</source>
        <translation>请填写安装商的报价；IRENA 2022：公用事业规模电站为 876 USD/kW</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running cost per kWp and year</source>
        <translation>每 kWp 每年运行成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the maintenance contract</source>
        <translation>请填写运维合同金额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared transport</source>
        <translation>共享交通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Car sharing, bike sharing or a shuttle replace trips by private car.</source>
        <translation>汽车共享、共享单车或接驳班车替代私家车出行。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share of car km shifted</source>
        <translation>转移的私家车里程比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assumption; Hammarby cut car use 14 % (CTC-N) as an upper reference</source>
        <translation>假设；以哈马碧（Hammarby）私家车使用减少 14 %（CTC-N）作为上限参考</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Electricity per shifted km</source>
        <translation>每转移一公里的耗电量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-bike ~1.1 kWh/100 km (secondary source); an EV uses 0.21 (Weiss et al. 2024), an electric bus 1.31 per vehicle-km (ViriCiti)</source>
        <translation>电动自行车约 1.1 kWh/100 km（二手资料）；电动汽车为 0.21（Weiss et al. 2024），电动公交车为每车公里 1.31（ViriCiti）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Car fuel use (for lines in litres)</source>
        <translation>汽车油耗（用于以升计量的数据行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EU new cars 106.6 gCO2/km WLTP (EEA 2023) / 2.27 kg/L = 4.7; real-world use is higher</source>
        <translation>欧盟新车 106.6 gCO2/km WLTP（EEA 2023）/ 2.27 kg/L = 4.7；实际油耗更高</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Community composting</source>
        <translation>社区堆肥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food waste is composted in the community instead of going to landfill.</source>
        <translation>厨余垃圾在社区内堆肥，不再送去填埋。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organic waste composted</source>
        <translation>有机垃圾堆肥量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assumption: a neighbourhood in-vessel composter</source>
        <translation>假设：使用一台社区级箱式堆肥设备</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Composting emissions</source>
        <translation>堆肥排放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPCC 2006 V5 Ch4 T4.1: CH4 4 g/kg, N2O 0.3 g/kg wet waste, x AR6 GWP (27.0, 273)</source>
        <translation>IPCC 2006 V5 Ch4 T4.1：CH4 4 g/kg、N2O 0.3 g/kg 湿垃圾，× AR6 GWP（27.0、273）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waste sorting and recycling</source>
        <translation>垃圾分类与回收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorting at source raises recycling, so less waste is landfilled or burnt.</source>
        <translation>源头分类提高回收率，从而减少填埋或焚烧的垃圾。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recycling rate today</source>
        <translation>当前回收率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assumption; measure your own</source>
        <translation>假设；请实测本社区的数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recycling rate reached</source>
        <translation>达到的回收率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hemu community reached 40 % (《碳中和社区实践指南：从个人到邻里的环保协同》)</source>
        <translation>和睦社区达到 40 %（《碳中和社区实践指南：从个人到邻里的环保协同》）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Efficient lighting (LED)</source>
        <translation>高效照明（LED）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LED lamps replace old lamps and use far less electricity.</source>
        <translation>用 LED 灯替换旧灯具，耗电大大减少。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lighting share of electricity</source>
        <translation>照明用电占比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assumption; IEA 2006 Light&apos;s Labour&apos;s Lost: lighting is ~19 % of world electricity</source>
        <translation>假设；IEA 2006 Light&apos;s Labour&apos;s Lost：照明约占全球用电量的 19 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Energy saved per lamp</source>
        <translation>每盏灯节能比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US DOE / ENERGY STAR: at least 75 % less energy than incandescent</source>
        <translation>US DOE / ENERGY STAR：比白炽灯至少节能 75 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Heat pumps and electrification</source>
        <translation>热泵与电气化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat pumps or induction replace gas or coal for heat and cooking.</source>
        <translation>热泵或电磁炉替代燃气或燃煤，用于供暖和烹饪。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share of fuel replaced</source>
        <translation>被替代的燃料比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <location line="+34"/>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Seasonal COP</source>
        <translation>季节性能效系数（COP）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IEA 2022 The Future of Heat Pumps: 3-5 times as efficient as a boiler</source>
        <translation>IEA 2022 The Future of Heat Pumps：效率是锅炉的 3-5 倍</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Efficiency of the replaced boiler</source>
        <translation>被替换锅炉的效率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assumption: condensing gas boiler</source>
        <translation>假设：冷凝式燃气锅炉</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Building retrofit</source>
        <translation>建筑节能改造</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insulation and windows cut the energy buildings need for heating and cooling.</source>
        <translation>保温和门窗改造减少建筑供暖和制冷所需的能源。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Floor area retrofitted</source>
        <translation>改造建筑面积</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+138"/>
        <location line="+32"/>
        <source>Sized per plan</source>
        <translation>按规划确定</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Heat demand before</source>
        <translation>改造前供热需求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JRC: a typical German home uses 220 kWh/m² a year</source>
        <translation>JRC：典型德国住宅每年用热 220 kWh/m²</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heat demand after</source>
        <translation>改造后供热需求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JRC: Freiburg low-energy standard 65, passive house 15</source>
        <translation>JRC：弗莱堡（Freiburg）低能耗标准为 65，被动房为 15</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Green power purchase</source>
        <translation>绿电采购</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the grid electricity is bought as certified renewable power.</source>
        <translation>部分电网电力以经认证的可再生能源电力（绿电）形式购买。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share bought green</source>
        <translation>绿电采购比例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra price per kWh</source>
        <translation>每 kWh 额外价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the green tariff or certificate offer</source>
        <translation>请填写绿电电价或绿证报价</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Smart energy management</source>
        <translation>智慧能源管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls and metering cut the electricity public facilities waste.</source>
        <translation>通过智能控制和计量，减少公共设施浪费的电力。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Electricity saved</source>
        <translation>节电比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assumption within the 5-15 % reported for building energy management</source>
        <translation>假设，处于建筑能源管理文献报告的 5-15 % 范围内</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resident carbon accounts</source>
        <translation>居民碳账户（碳普惠）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents earn points for low-carbon choices and trade them for rewards.</source>
        <translation>居民通过低碳行为获得积分，并可用积分兑换奖励。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Residents taking part</source>
        <translation>居民参与比例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cut per participant</source>
        <translation>每位参与者减排量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derived from Xinqiao Shiju: ~50 t/yr through accounts (深圳晚报专家访谈《近零碳社区怎么建？》); lifestyle potential 1.1 t/person/yr is the ceiling (Carbon Stop)</source>
        <translation>根据新桥世居推算：通过碳账户每年约减排 50 t（深圳晚报专家访谈《近零碳社区怎么建？》）；生活方式减排潜力每人每年 1.1 t 为上限（Carbon Stop）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Points per tonne</source>
        <translation>每吨积分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheme design</source>
        <translation>由积分方案设计决定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value of a point</source>
        <translation>每积分价值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1,000 points x 0.1 = 100 per t, near China&apos;s 2024 CEA price of 97.49 CNY/t (MEE 2025)</source>
        <translation>1,000 积分 × 0.1 = 每吨 100，接近中国 2024 年全国碳市场配额（CEA）价格 97.49 元/吨（MEE 2025）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Active share of enrolled</source>
        <translation>注册者中的行动比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral default: every enrolled resident counted; Jeju, H1 2020: 36.7 % of Carbon Point participants qualified for points (Korea Environment Corporation)</source>
        <translation>中性默认值：计入全部注册居民；济州岛 2020 年上半年碳积分参与者中 36.7% 达到积分条件（韩国环境公团）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home energy cut</source>
        <translation>家庭能耗减量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral default 0 (only the cut per participant above); home energy reports cut 1.9-2.0 % in randomised trials (Allcott 2011, J. Public Econ. 95:1082)</source>
        <translation>中性默认值 0（只计上面的人均减排量）；随机对照试验中家庭能耗报告降低 1.9–2.0%（Allcott 2011，J. Public Econ. 95:1082）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Additional share</source>
        <translation>额外性比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral default: every credited tonne counted as a reduction; trips credited to people who already used transit are not reductions, so set it lower (the presets&apos; figures are assumptions)</source>
        <translation>中性默认值：每一吨计入量都算作减排；原本就乘坐公共交通的人所获积分的出行并非减排，因此应调低（各预设中的数值为假设）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Points per 5 % tier</source>
        <translation>每 5% 一档的积分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 = no tiers; Korea Carbon Point pays 5,000/10,000/15,000 points a half-year for a 5/10/15 % cut against the household&apos;s own 1-2-year average (Korea Environment Corporation)</source>
        <translation>0 = 不分档；韩国碳积分制度对相对自身 1–2 年平均值减少 5%/10%/15% 的家庭每半年发放 5,000/10,000/15,000 分（韩国环境公团）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points budget cap</source>
        <translation>积分预算上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 = no cap; the scheme&apos;s yearly budget</source>
        <translation>0 = 不设上限；该方案的年度预算</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme years</source>
        <translation>项目年限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 = to the horizon; set per plan</source>
        <translation>0 = 持续到规划期末；按规划设定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decay after it stops</source>
        <translation>停止后的衰减</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allcott &amp; Rogers 2014 (AER 104(10)): effects decay 10-20 % a year after home energy reports stop</source>
        <translation>Allcott &amp; Rogers 2014（AER 104(10)）：家庭能耗报告停止后，效果每年衰减 10–20%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tree planting and green space</source>
        <translation>植树与绿地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trees and green space take up CO2 as they grow; a sink, not a reduction.</source>
        <translation>树木和绿地在生长中吸收 CO2；这属于碳汇，而不是减排。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Canopy area at maturity</source>
        <translation>成熟时树冠面积</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uptake per hectare of canopy</source>
        <translation>每公顷树冠吸收量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nowak et al. 2013 Env Pollut 178:229: 0.28 kgC/m²/yr = 10.3 tCO2/ha</source>
        <translation>Nowak et al. 2013 Env Pollut 178:229：0.28 kgC/m²/yr = 10.3 tCO2/ha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Years to full uptake</source>
        <translation>达到完全吸收所需年数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assumption: uptake grows linearly until then</source>
        <translation>假设：在此之前吸收量线性增长</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planting cost per hectare</source>
        <translation>每公顷种植成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the landscaping quote</source>
        <translation>请填写园林绿化报价</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carbon credits</source>
        <translation>碳信用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certified credits bought each year offset what is left; never a reduction.</source>
        <translation>每年购买经认证的碳信用，抵消剩余排放；这不算减排。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credits bought</source>
        <translation>每年购买的碳信用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price per tonne</source>
        <translation>每吨价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>China CEA year-end 2024 97.49 CNY/t (MEE 2025); end-2023 79.42 (MVGX)</source>
        <translation>中国 CEA 2024 年末价格 97.49 元/吨（MEE 2025）；2023 年末 79.42（MVGX）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom measure</source>
        <translation>自定义措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cut of your own on chosen activity lines, for what the catalogue lacks.</source>
        <translation>对选定的活动数据行自行设定削减，用于措施目录中没有的情况。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share of activity cut</source>
        <translation>活动量削减比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Set per plan</source>
        <translation>按规划设定</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Emissions cut</source>
        <translation>减排量</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Energy group</source>
        <translation>能源组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport group</source>
        <translation>交通组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waste group</source>
        <translation>垃圾组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food group</source>
        <translation>食物组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greening group</source>
        <translation>绿化组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community committee</source>
        <translation>社区委员会</translation>
    </message>
    <message>
        <location filename="../model/measures/MeasureCatalogueText.cpp" line="-74"/>
        <source>Catalogue default: %1</source>
        <translation>目录默认：%1</translation>
    </message>
</context>
<context>
    <name>zeroplan::MeasureCostModel</name>
    <message>
        <location filename="../views/present/MeasureCostModel.cpp" line="+25"/>
        <source>Investment summed over the horizon, renewals included, not discounted</source>
        <translation>规划期内的投资总额，含设备更新，未折现</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running costs summed over the horizon, not discounted</source>
        <translation>规划期内的运行费用总额，未折现</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy no longer bought, at the plan&apos;s prices, summed over the horizon, not discounted</source>
        <translation>不再购买的能源按规划价格计的金额，规划期内累计，未折现</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Savings minus capex and opex, discounted to the base year at the plan&apos;s discount rate</source>
        <translation>节省金额减去投资和运行费用，按规划的折现率折算到基准年</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emissions avoided or taken up over the horizon; carbon credits abate nothing, their tonnes bought are in brackets</source>
        <translation>规划期内避免或吸收的排放；碳信用不产生减排，其购买量列在括号中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Present cost per present tonne abated (levelised); below zero the measure saves money. Credits: the price per credit, in italics</source>
        <translation>每吨减排量现值对应的成本现值（平准化）；低于零表示该措施节省资金。碳信用：每单位价格，以斜体显示</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Total, measures that abate</source>
        <translation>合计（产生减排的措施）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credits bought (not abatement)</source>
        <translation>购买的碳信用（不属于减排）</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>(%1 bought)</source>
        <comment>tonnes of carbon credits bought</comment>
        <translation>（购买 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Carbon credits bought offset emissions on paper; they abate nothing and are kept out of the abatement totals</source>
        <translation>购买的碳信用只在账面上抵消排放；它们不产生减排，不计入减排合计</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price paid per credit (levelised), not a cost of abatement</source>
        <translation>每单位碳信用支付的价格（平准化），不是减排成本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abates nothing, so it has no cost per tonne</source>
        <translation>没有减排量，因此没有每吨成本</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working group</source>
        <translation>工作小组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capex (%1)</source>
        <translation>投资（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opex (%1)</source>
        <translation>运行费用（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Savings (%1)</source>
        <translation>节省金额（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPV (%1)</source>
        <translation>净现值（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abated (%1)</source>
        <translation>减排量（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost (%1/%2)</source>
        <translation>成本（%1/%2）</translation>
    </message>
</context>
<context>
    <name>zeroplan::MeasureCostText</name>
    <message>
        <location filename="../views/present/MeasureCostText.cpp" line="+41"/>
        <source>%1 a year</source>
        <comment>money</comment>
        <translation>每年 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not entered</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 (%3), on what the measure does</source>
        <comment>rate, unit, parameter name</comment>
        <translation>%1 %2（%3），按措施的实施量计</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>not entered: enter your quote in “%1”</source>
        <translation>未填写：请在“%1”中填写报价</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 (%2 %3 × %4 %5)</source>
        <comment>total (quantity unit × rate unit)</comment>
        <translation>%1（%2 %3 × %4 %5）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, plus %2 from the file</source>
        <comment>per-unit cost, lump sum</comment>
        <translation>%1，另加文件中的 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, plus a one-off %2 from the file</source>
        <comment>per-unit cost, lump sum</comment>
        <translation>%1，另加文件中的一次性 %2</translation>
    </message>
</context>
<context>
    <name>zeroplan::MeasureDefaults</name>
    <message>
        <location filename="../model/measures/MeasureDefaults.cpp" line="+41"/>
        <source>Enter your quote in %1: the catalogue&apos;s %2 is in CNY (%3)</source>
        <translation>请在 %1 中填写报价：目录中的 %2 以人民币计（%3）</translation>
    </message>
</context>
<context>
    <name>zeroplan::MeasureForm</name>
    <message>
        <location filename="../views/measures/MeasureForm.cpp" line="+82"/>
        <source>Activity lines it acts on</source>
        <translation>作用的活动数据行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co-benefits</source>
        <translation>协同效益</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Own tariffs</source>
        <translation>自有价格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The energy this measure adds or saves is valued at the plan&apos;s prices (Community page). Where it pays a price of its own, such as a heat-pump tariff, give it here.</source>
        <translation>此措施增加或节省的能源按规划的价格计价（见“社区”页）。如果它适用自有价格（如热泵电价），请在此填写。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parameters (likely value and range)</source>
        <translation>参数（最可能值与范围）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sets the scheme&apos;s parameters, each with its source, as one step to undo; the duration, the budget cap and (outside CNY) the point value stay as they are</source>
        <translation>按预设一次性设置方案参数（各附来源），可一步撤销；项目年限、预算上限以及（非人民币计价时的）积分价值保持不变</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply a preset…</source>
        <translation>应用预设…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Apply preset “%1” to “%2”</source>
        <translation>对“%2”应用预设“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timing</source>
        <translation>时间安排</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>at once</source>
        <translation>立即</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years from the start to full adoption</source>
        <translation>从开始到全面实施所需的年数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S-curve (slow start and finish)</source>
        <translation>S 形曲线（起步和收尾较慢）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After this many years the investment is made again</source>
        <translation>经过这些年后需要重新投资</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Catalogue default: %n year(s). Source: %1</source>
        <translation>
            <numerusform>目录默认值：%n 年。来源：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start year:</source>
        <translation>开始年份(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ramp to full adoption:</source>
        <translation>推广至全面实施(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp s&amp;hape:</source>
        <translation>推广曲线(&amp;H)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>assumed: no source; enter the supplier&apos;s figure</source>
        <translation>假定值：无来源；请填写供应商给出的数值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Lifetime:</source>
        <translation>使用寿命(&amp;L)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Costs at full adoption</source>
        <translation>全面实施时的成本</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>One-off investment; bought again at the end of its lifetime</source>
        <translation>一次性投资；使用寿命期满时再次投入</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Enter your quote</source>
        <translation>请填写报价</translation>
    </message>
    <message>
        <location line="-28"/>
        <source> %1/yr</source>
        <translation> %1/年</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Investment:</source>
        <translation>投资(&amp;I)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worked out from the parameters above; bought again at the end of its lifetime</source>
        <translation>根据上面的参数计算；使用寿命期满时再次投入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A one-off investment an older plan file adds on top of the investment per unit; set it to 0 to count only the line above</source>
        <translation>旧版规划文件在单位投资之外另加的一次性投资；设为 0 则只计上面一行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Investment:</source>
        <translation>投资：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plus a one-off from the &amp;file:</source>
        <translation>另加文件中的一次性投资(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running cost per year</source>
        <translation>每年运行费用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running &amp;cost:</source>
        <translation>运行费用(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worked out from the parameters above</source>
        <translation>根据上面的参数计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A running cost an older plan file adds on top of the running cost per unit; set it to 0 to count only the line above</source>
        <translation>旧版规划文件在单位运行费用之外另加的运行费用；设为 0 则只计上面一行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running cost:</source>
        <translation>运行费用：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plus a running cost from the f&amp;ile:</source>
        <translation>另加文件中的运行费用(&amp;I)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Responsibility and progress</source>
        <translation>责任与进展</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a working group or type the one your community has</source>
        <translation>选择一个工作小组，或输入本社区自己的小组名称</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Owner group:</source>
        <translation>负责小组(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>A measure needs a name; the old one is kept.</source>
        <translation>措施必须有名称；已保留原名称。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another measure is also called “%1”: charts and reports will not tell them apart.</source>
        <translation>另一项措施也叫“%1”：图表和报告中将无法区分它们。</translation>
    </message>
</context>
<context>
    <name>zeroplan::MeasureGalleryDialog</name>
    <message>
        <location filename="../views/measures/MeasureGalleryDialog.cpp" line="+16"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a measure</source>
        <translation>添加措施</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the kind of measure to add to the plan:</source>
        <translation>选择要添加到规划中的措施类型：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Stage: %3. Usually looked after by: %4.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;阶段：%3。通常由%4负责。&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>zeroplan::MeasureImpactPanel</name>
    <message>
        <location filename="../views/measures/MeasureImpactPanel.cpp" line="+91"/>
        <source>&lt;b&gt;At full adoption&lt;/b&gt;, on its own: %1 in %2; %3 over %4–%5.</source>
        <translation>&lt;b&gt;全面实施时&lt;/b&gt;，单独计算：%2 年 %1；%4–%5 年累计 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Cost per tonne:&lt;/b&gt; none, as it abates nothing.</source>
        <translation>&lt;b&gt;每吨成本：&lt;/b&gt;无，因为该措施没有减排量。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Cost per tonne:&lt;/b&gt; cost not entered — enter the investment or running cost in the form to see it.</source>
        <translation>&lt;b&gt;每吨成本：&lt;/b&gt;未填写成本——在表单中填写投资或运行费用后即可看到。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Cost per tonne:&lt;/b&gt; %1 — it saves %2 in present value (discounted at %3 a year).</source>
        <translation>&lt;b&gt;每吨成本：&lt;/b&gt;%1——按现值计可节省 %2（按每年 %3 折现）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Cost per tonne:&lt;/b&gt; %1 (present cost %2, discounted at %3 a year).</source>
        <translation>&lt;b&gt;每吨成本：&lt;/b&gt;%1（现值成本 %2，按每年 %3 折现）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Credits bought at full adoption&lt;/b&gt;: %1 in %2; %3 over %4–%5. Credits offset emissions on paper: they are not abatement.</source>
        <translation>&lt;b&gt;全面实施时购买的碳信用&lt;/b&gt;：%2 年 %1；%4–%5 年共 %3。碳信用只在账面上抵消排放，不属于减排。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Price per credit:&lt;/b&gt; none, as it buys no credits.</source>
        <translation>&lt;b&gt;每单位碳信用价格：&lt;/b&gt;无，因为没有购买碳信用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Price per credit:&lt;/b&gt; %1 (present cost %2, discounted at %3 a year).</source>
        <translation>&lt;b&gt;每单位碳信用价格：&lt;/b&gt;%1（成本现值 %2，年折现率 %3）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan has no scenario to include it in.</source>
        <translation>规划中没有可以纳入该措施的情景。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not in the scenario “%1”.</source>
        <translation>未纳入情景“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;In “%1”&lt;/b&gt;: %2 of credits bought in %3 (an offset, not abatement).</source>
        <translation>&lt;b&gt;在“%1”中&lt;/b&gt;：%3 年购买碳信用 %2（属于抵消，不属于减排）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;In “%1”&lt;/b&gt;, after the measures before it: %2 in %3.</source>
        <translation>&lt;b&gt;在“%1”中&lt;/b&gt;，计入排在它之前的措施后：%3 年 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scheme credits %1, of which %2 is additional (the cut above); its points cost %3 a year.</source>
        <translation>该方案计入 %1，其中 %2 为额外减排（即上面的减量）；积分每年支出 %3。</translation>
    </message>
</context>
<context>
    <name>zeroplan::MeasureProgress</name>
    <message>
        <location filename="../model/plan/MeasureProgress.cpp" line="+17"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planning</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Implementing</source>
        <translation>实施中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>zeroplan::MeasureTargetList</name>
    <message>
        <location filename="../views/measures/MeasureTargetList.cpp" line="+24"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 (not a line this measure can act on)</source>
        <translation>%1（此措施不能作用于该行）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Keep at least one line ticked. To stop the measure, leave it out of the scenarios.</source>
        <translation>请至少勾选一行。如要停用该措施，请不要将其纳入情景。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This measure acts on no activity line: what it takes up or offsets is counted apart from the emissions.</source>
        <translation>此措施不作用于任何活动数据行：它吸收或抵消的量与排放分开计算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The baseline has no line this measure can act on.</source>
        <translation>基准清单中没有此措施可以作用的数据行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the lines this measure acts on: it acts on none until you do.</source>
        <translation>请勾选此措施作用的数据行：勾选之前它不作用于任何行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acts on the ticked lines.</source>
        <translation>作用于已勾选的行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acts on the kind&apos;s default lines (ticked). Untick a line to leave it out.</source>
        <translation>作用于该类措施的默认数据行（已勾选）。取消勾选即可排除某行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acts on the ticked lines only.</source>
        <translation>仅作用于已勾选的行。</translation>
    </message>
</context>
<context>
    <name>zeroplan::MeasureTrackModel</name>
    <message>
        <location filename="../views/monitoring/MeasureTrackModel.cpp" line="+76"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Adoption in %1; goal %2</source>
        <translation>完成量单位：%1；目标 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>信号灯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned adoption</source>
        <translation>计划完成量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual adoption</source>
        <translation>实际完成量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completion</source>
        <translation>完成度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned (%1)</source>
        <translation>计划（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Realised (%1)</source>
        <translation>实际减排（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last update</source>
        <translation>最近更新</translation>
    </message>
</context>
<context>
    <name>zeroplan::MeasuresPage</name>
    <message>
        <location filename="../views/measures/MeasuresPage.cpp" line="+56"/>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments…</source>
        <translation>评论…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Add measure…</source>
        <translation>添加措施(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a copy of the selected measure to vary it</source>
        <translation>添加所选措施的副本，以便调整参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected measure from the plan and its scenarios</source>
        <translation>从规划及其所有情景中删除所选措施</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the measure is in its review: a draft, under review by the adviser or the committee, or approved</source>
        <translation>措施所处的审核阶段：草稿、正由顾问或委员会审核，或已批准</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The comments on the measure chosen: read them, answer, or start a thread</source>
        <translation>所选措施的评论：阅读、回复或开始新话题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;view:</source>
        <translation>审核(&amp;V)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Measures of the plan:</source>
        <translation>规划中的措施：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a measure from the catalogue to start.</source>
        <translation>请先从措施目录中添加一项措施。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add measure…</source>
        <translation>添加措施…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 · %2</source>
        <comment>owner group, status</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2</source>
        <comment>status, review state</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <comment>…, open comments</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2</source>
        <comment>measure name, then its owner group, status and review</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add measure “%1”</source>
        <translation>添加措施“%1”</translation>
    </message>
</context>
<context>
    <name>zeroplan::MergeCommentsCommand</name>
    <message>
        <location filename="../app/cli/MergeCommentsCommand.cpp" line="+26"/>
        <source>Add an adviser&apos;s comments file to a plan (comments only add: no conflicts).</source>
        <translation>把顾问的评论文件合并进规划（评论只增不改，不会冲突）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The comments file (.zeroplan-comments) to merge (required).</source>
        <translation>要合并的评论文件（.zeroplan-comments，必填）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge even when the comments were written on another community&apos;s plan.</source>
        <translation>即使评论写于另一个社区的规划，也照样合并。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>merge-comments needs --comments FILE</source>
        <translation>merge-comments 需要 --comments FILE</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a JSON plan keeps no comments; convert it to a project file first (zeroplan-cli convert PLAN.json PLAN.zeroplan)</source>
        <translation>JSON 规划不保存评论；请先转换为项目文件（zeroplan-cli convert PLAN.json PLAN.zeroplan）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the comments were written on the plan of &apos;%1&apos;, and this plan is of &apos;%2&apos;; nothing merged (--any-plan merges them all the same)</source>
        <translation>这些评论写于“%1”的规划，而本规划属于“%2”；未合并任何内容（加 --any-plan 可照样合并）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan has every comment and review state of %1 already; it is unchanged.</source>
        <translation>规划已包含 %1 中的全部评论和审核状态；未作改动。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Added %n comment(s) and review state(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 添加 %n 条评论和审核状态。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::MeterImportDialog</name>
    <message>
        <location filename="../views/common/MeterImportDialog.cpp" line="+23"/>
        <source>%1 (%2)</source>
        <comment>carrier (subsector)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>meter %1, %2-%3: %4 %5, over %6× its median month of %7 (%8)</source>
        <translation>表 %1，%2-%3：%4 %5，超过该表月中位数 %7 的 %6 倍（%8）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import actual year %1: meter readings</source>
        <translation>导入 %1 年实际数据：表计读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import meter readings</source>
        <translation>导入表计读数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line</source>
        <translation>数据行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meters</source>
        <translation>表计数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Readings</source>
        <translation>读数条数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter-months present</source>
        <translation>已有表·月数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meters with gaps</source>
        <translation>有缺失的表计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outliers</source>
        <translation>异常值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total (not extrapolated)</source>
        <translation>合计（未外推）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>readings of %1</source>
        <translation>%1读数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 meter-months missing; e.g. %2</source>
        <translation>缺少 %1 个表·月；例如 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2</source>
        <comment>amount unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 meter-months missing, e.g. %3</source>
        <translation>%1：缺少 %2 个表·月，例如 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: outlier: %2</source>
        <translation>%1：异常值：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: outliers are included in the total; sums are of the readings present, not extrapolated</source>
        <translation>%1：异常值已计入合计；合计只是已有读数之和，未外推</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n reading(s) of %1 not summed: the year imported is %2</source>
        <translation>
            <numerusform>%1 年的 %n 条读数未汇总：导入的年份是 %2 年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reading(s) of %1 not summed: the plan&apos;s base year is %2</source>
        <translation>
            <numerusform>%n 条 %1 年的读数未计入合计：规划基准年为 %2 年</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no readings for %1</source>
        <translation>%1 年没有读数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no readings for %1, the plan&apos;s base year</source>
        <translation>没有规划基准年 %1 年的读数</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s) for %1 to add</source>
        <translation>
            <numerusform>将为 %1 年添加 %n 个数据行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::MeterReadings</name>
    <message>
        <location filename="../model/import/MeterReadings.cpp" line="+97"/>
        <source>the meter is empty</source>
        <translation>表号为空</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a date: that month has no such day</source>
        <translation>“%1”不是日期：该月没有这一天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a month (write 2023-01, 2023/1 or 2023年1月)</source>
        <translation>“%1”不是月份（请写作 2023-01、2023/1 或 2023年1月）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a reading (a number of 0 or more)</source>
        <translation>“%1”不是读数（应为不小于 0 的数字）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a second reading of meter %1 for %2-%3; the first is on %4</source>
        <translation>表 %1 在 %2-%3 有第二条读数；第一条在%4</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&quot;%1&quot; is not a carrier ZeroPlan knows (electricity/电力, natural_gas/天然气, …)</source>
        <translation>“%1”不是 ZeroPlan 认识的能源种类（electricity/电力、natural_gas/天然气……）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a sector</source>
        <translation>“%1”不是部门</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the unit is empty</source>
        <translation>单位为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a unit ZeroPlan knows</source>
        <translation>“%1”不是 ZeroPlan 认识的单位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a unit of %2, which doesn&apos;t fit %3</source>
        <translation>%1 是%2单位，不适用于%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a unit of %2, but the first readings of %3 are in %4; give one carrier&apos;s readings in one kind of unit</source>
        <translation>%1 是%2单位，但%3的最初读数以 %4 计；同一能源种类的读数请使用同一类单位</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%1: meter readings of %n meter(s), %2 % of the meter-months of %3 present, summed without extrapolation</source>
        <translation>
            <numerusform>%1：%n 块表的读数，%3 年表·月数据齐全率 %2%，直接加总，未外推</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>no single emission factor for %1 per %2 in the plan or the library (%3); add the factor to the plan first</source>
        <translation>规划和因子库中没有唯一适用的按 %2 计的%1排放因子（%3）；请先在规划中添加该因子</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>line %1 of the plan already has %2 %3 of %4, the same total as these readings: if this file was imported before, importing it again counts the readings twice</source>
        <translation>规划的第 %1 行已有 %4 %2 %3，与这些读数的合计相同：如果此文件之前已导入，再次导入会把读数计算两次</translation>
    </message>
</context>
<context>
    <name>zeroplan::MonitoringChart</name>
    <message>
        <location filename="../views/charts/MonitoringChart.cpp" line="+38"/>
        <source>Plan and actual emissions</source>
        <translation>计划与实际排放</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business as usual</source>
        <translation>基准情景（BAU）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Actual gross emissions</source>
        <translation>实际总排放</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Adopt a scenario to compare the plan with what happens.</source>
        <translation>采纳一个情景后，即可将计划与实际情况对照。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Adopted plan %1 — gross</source>
        <translation>已采纳规划 %1 — 总排放</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Re-forecast: %1</source>
        <translation>重新预测：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gross emissions (%1)</source>
        <translation>总排放（%1）</translation>
    </message>
</context>
<context>
    <name>zeroplan::MonitoringNames</name>
    <message>
        <location filename="../model/monitoring/MonitoringNames.cpp" line="+11"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on track</source>
        <translation>按计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>late</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Catch up</source>
        <translation>追赶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slip</source>
        <translation>顺延</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale</source>
        <translation>按比例</translation>
    </message>
</context>
<context>
    <name>zeroplan::MonitoringPage</name>
    <message>
        <location filename="../views/monitoring/MonitoringPage.cpp" line="+68"/>
        <source>Adopt this scenario…</source>
        <translation>采纳此情景…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Freeze the scenario shown, its pathway and each measure&apos;s share, as the plan the committee will be measured against. Adopting again adds a new version; earlier ones are kept.</source>
        <translation>冻结当前显示的情景、其减排路径和各项措施应承担的减排量，作为今后对照检查的规划。再次采纳会新增一个版本，以前的版本仍然保留。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Plan and actual</source>
        <translation>计划与实际</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+291"/>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>Actual emissions</source>
        <translation>实际排放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why and what next</source>
        <translation>原因与展望</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No scenario has been adopted yet. Once the committee has agreed on a scenario, adopt it here: its pathway and what each measure should cut are kept as they are that day. Then enter, year by year, the community&apos;s actual emissions and how far each measure has got; this page compares them with the adopted plan, shows which measures are late, explains why emissions changed and re-forecasts the path to neutrality.</source>
        <translation>尚未采纳任何情景。社区工作小组商定情景后，请在这里采纳：当天的减排路径和各项措施应承担的减排量会被原样保存。之后逐年填报社区的实际排放和各项措施的进展；本页会将它们与已采纳的规划对照，标出滞后的措施，说明排放变化的原因，并重新预测实现碳中和的路径。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned (%1)</source>
        <translation>计划（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual (%1)</source>
        <translation>实际（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap (%1)</source>
        <translation>差距（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap (%)</source>
        <translation>差距（%）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Report progress</source>
        <translation>填报进展</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adoption reached:</source>
        <translation>已完成量：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import progress…</source>
        <translation>导入进展…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add actual year…</source>
        <translation>添加实际年份…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new year&apos;s inventory starts as a copy of the baseline&apos;s lines: correct each amount to what was used that year.</source>
        <translation>新年份的清单以基准清单的条目为起点：请把每项数量改为当年的实际用量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Why emissions changed</source>
        <translation>排放变化的原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-forecast</source>
        <translation>重新预测</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+161"/>
        <source>Neutral from</source>
        <translation>碳中和起始年</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Net in target year</source>
        <translation>目标年净排放</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+164"/>
        <source>Out of reach</source>
        <translation>难以实现</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Not adopted yet</source>
        <translation>尚未采纳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario adopted: %1</source>
        <translation>已采纳的情景：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Why emissions changed, %1 to %2</source>
        <translation>排放变化的原因，%1—%2 年</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Population and households</source>
        <translation>人口与户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weather (heating degree days)</source>
        <translation>天气（采暖度日数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emission factors (grid, fuels)</source>
        <translation>排放因子（电网、燃料）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other (behaviour, economy, data)</source>
        <translation>其他（行为、经济、数据）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Emissions %1</source>
        <translation>%1 年排放</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re-forecast from %1</source>
        <translation>自 %1 年重新预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net in %1 (%2)</source>
        <translation>%1 年净排放（%2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not reached</source>
        <translation>未实现</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../views/monitoring/MonitoringPageEdits.cpp" line="+37"/>
        <source>Adopt this scenario</source>
        <translation>采纳此情景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopt the scenario “%1” as the plan to be monitored, as of %2.
Version label:</source>
        <translation>自 %2 起，采纳情景“%1”作为监测对照的规划。
版本标签：</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <source>Add actual year</source>
        <translation>添加实际年份</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Year of the actual emissions (after the base year %1):</source>
        <translation>实际排放的年份（基准年 %1 之后）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The actual emissions of %1 are already entered: choose the year in the list to correct them.</source>
        <translation>%1 年的实际排放已经录入：请在列表中选择该年份进行修改。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a measure in the table to report its progress.</source>
        <translation>在表格中选择一项措施，填报其进展。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress by the end of %1</source>
        <translation>截至 %1 年底的进展</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; planned %2, goal %3</source>
        <translation>%1；计划 %2，目标 %3</translation>
    </message>
    <message>
        <location filename="../views/monitoring/MonitoringPageImports.cpp" line="+18"/>
        <source>Import progress</source>
        <translation>导入进展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>zeroplan::MonitoringReports</name>
    <message>
        <location filename="../model/document/MonitoringReports.cpp" line="+59"/>
        <source>Report progress of %1 in %2</source>
        <translation>填报“%1”%2 年的进展</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Enter sector totals of %1</source>
        <translation>录入 %1 年的部门合计</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Import progress of %n measure-year(s) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 项措施年度进展</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::MonitoringRun</name>
    <message>
        <location filename="../model/monitoring/MonitoringRun.cpp" line="+31"/>
        <source>the plan has not been adopted yet: adopt a scenario first, then monitoring compares what happens with it</source>
        <translation>规划尚未采纳：请先采纳一个情景，监测才能把实际情况与它对照</translation>
    </message>
</context>
<context>
    <name>zeroplan::MonitoringText</name>
    <message>
        <location filename="../views/present/MonitoringText.cpp" line="+35"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>share carried out (0–1)</source>
        <translation>已实施比例（0–1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adopted %1, %2</source>
        <translation>已采纳 %1，%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No actual year yet: add the emissions of a year after %1 to compare them with the plan.</source>
        <translation>尚无实际年份：请添加 %1 年之后某一年的排放，与规划对照。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 reduced since %2</source>
        <translation>自 %2 年以来已减少 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 more than in %2</source>
        <translation>比 %2 年多 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 still to reduce by %2</source>
        <translation>到 %2 年还需减少 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already below what the plan aims at for %1</source>
        <translation>已低于规划 %1 年的目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; %2.</source>
        <translation>%1；%2。</translation>
    </message>
</context>
<context>
    <name>zeroplan::NewCommand</name>
    <message>
        <location filename="../app/cli/NewCommand.cpp" line="+54"/>
        <source>Start a new plan for a community, as File → New does in the app.</source>
        <translation>为社区新建一份规划，与应用中“文件 → 新建”相同。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan to write: .zeroplan for a project file, .json for JSON.</source>
        <translation>要写入的规划：.zeroplan 为项目文件，.json 为 JSON。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The community&apos;s name.</source>
        <translation>社区名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The city or region, as text.</source>
        <translation>所在城市或地区（文字）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The grid region, which sets the electricity factor, the currency and the energy prices: one of %1.</source>
        <translation>电网区域，决定电力排放因子、币种和能源价格：以下之一：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The base year (default: last year, %1).</source>
        <translation>基准年（默认：去年，%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the plan&apos;s default names (community, scenario): zh_CN or en (default: the system&apos;s).</source>
        <translation>规划默认名称（社区、情景）的语言：zh_CN 或 en（默认：系统语言）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the file to write: new OUT --name NAME --grid-region R</source>
        <translation>请给出要写入的文件：new OUT --name 名称 --grid-region 区域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos;: name the file to write .zeroplan or .json</source>
        <translation>“%1”：要写入的文件名须以 .zeroplan 或 .json 结尾</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--grid-region must be one of %1, not &apos;%2&apos;</source>
        <translation>--grid-region 必须是 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--lang must be zh_CN or en, not &apos;%1&apos;</source>
        <translation>--lang 必须是 zh_CN 或 en，而不是“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--base-year must be a year from 1990 to 2100, not &apos;%1&apos;</source>
        <translation>--base-year 必须是 1990 到 2100 之间的年份，而不是“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file exists already; new never writes over a plan</source>
        <translation>%1：文件已存在；new 从不覆盖已有规划</translation>
    </message>
</context>
<context>
    <name>zeroplan::NewDistrict</name>
    <message>
        <location filename="../views/window/NewDistrict.cpp" line="+24"/>
        <source>%1 already exists; choose a new name for the district</source>
        <translation>%1 已存在；请为街区另选一个名称</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+17"/>
        <source>New District from Spreadsheet</source>
        <translation>从电子表格新建街区</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the New District As</source>
        <translation>将新街区另存为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>街区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District files (*.zeroplan-district)</source>
        <translation>街区文件 (*.zeroplan-district)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Folder for the Sample District and Its Three Plans</source>
        <translation>示例街区及其三个规划的文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sample district</source>
        <translation>示例街区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample District</source>
        <translation>示例街区</translation>
    </message>
</context>
<context>
    <name>zeroplan::NumberFormat</name>
    <message>
        <location filename="../views/present/NumberFormat.cpp" line="+42"/>
        <source>%1 tCO₂e</source>
        <translation>%1 tCO₂e</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 tCO₂e/yr</source>
        <translation>%1 tCO₂e/年</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 tCO₂e/person/yr</source>
        <translation>%1 tCO₂e/人·年</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 tCO₂e/household/yr</source>
        <translation>%1 tCO₂e/户·年</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2</source>
        <comment>amount, currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2/tCO₂e</source>
        <comment>amount, currency code</comment>
        <translation>%1 %2/tCO₂e</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>t</source>
        <translation>吨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>千克</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L</source>
        <translation>升</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ha</source>
        <translation>公顷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vehicle-km</source>
        <translation>车公里</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passenger-km</source>
        <translation>人公里</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person-year</source>
        <translation>人·年</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tCO₂e</source>
        <translation>tCO₂e</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tCO₂e/yr</source>
        <translation>tCO₂e/年</translation>
    </message>
</context>
<context>
    <name>zeroplan::OptimiseCandidateTable</name>
    <message>
        <location filename="../views/optimise/OptimiseCandidateTable.cpp" line="+18"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Levels (%)</source>
        <translation>实施程度（%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The levels the optimiser may choose from, in percent of the measure as specified, separated by commas; 0 leaves the measure out</source>
        <translation>优化可选择的实施程度，按设定措施的百分比填写，用逗号分隔；0 表示不采用该措施</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Levels of &quot;%1&quot;: &quot;%2&quot; is not a number. Write percentages separated by commas, such as 0, 25, 50, 75, 100.</source>
        <translation>“%1”的实施程度：“%2”不是数字。请填写以逗号分隔的百分比，例如 0, 25, 50, 75, 100。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Levels of &quot;%1&quot;: %2 % is outside 0–100 %.</source>
        <translation>“%1”的实施程度：%2 % 超出 0–100 %。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Levels of &quot;%1&quot;: none given. Write percentages separated by commas, such as 0, 25, 50, 75, 100.</source>
        <translation>“%1”的实施程度：未填写。请填写以逗号分隔的百分比，例如 0, 25, 50, 75, 100。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tick at least one measure for the optimiser to choose from.</source>
        <translation>请至少勾选一项措施供优化选择。</translation>
    </message>
</context>
<context>
    <name>zeroplan::OptimiseCommand</name>
    <message>
        <location filename="../app/cli/OptimiseCommand.cpp" line="+41"/>
        <source>Find the least-cost levels of the plan&apos;s measures that meet a target.</source>
        <translation>找出满足目标的规划措施最低成本实施水平。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--target-year needs a year, not &apos;%1&apos;</source>
        <translation>--target-year 需要一个年份，而不是“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--target cut:P needs a percentage above 0 and at most 100, not &apos;%1&apos;</source>
        <translation>--target cut:P 需要大于 0 且不超过 100 的百分比，而不是“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--target must be net-zero or cut:P (P in percent), not &apos;%1&apos;</source>
        <translation>--target 必须为 net-zero 或 cut:P（P 为百分比），而不是“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--budget needs an amount of 0 or more in the plan&apos;s currency, not &apos;%1&apos;</source>
        <translation>--budget 需要以规划货币计、不小于 0 的金额，而不是“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--levels needs percentages from 0 to 100 separated by commas, not &apos;%1&apos;</source>
        <translation>--levels 需要以逗号分隔的 0 到 100 之间的百分比，而不是“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--levels needs at least one percentage</source>
        <translation>--levels 至少需要一个百分比</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--alternatives needs a whole number from 0 to %1, not &apos;%2&apos;</source>
        <translation>--alternatives 需要 0 到 %1 之间的整数，而不是“%2”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--robust needs a whole number of draws from 1 to %1, not &apos;%2&apos;</source>
        <translation>--robust 需要 1 到 %1 之间的整数抽样次数，而不是“%2”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--seed needs a whole number of 0 or more, not &apos;%1&apos;</source>
        <translation>--seed 需要不小于 0 的整数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--seed is for --robust N; give that too</source>
        <translation>--seed 用于 --robust N，请同时给出 --robust</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The year the target is for (default: the plan&apos;s neutrality year, else its last year).</source>
        <translation>目标所针对的年份（默认：规划的碳中和年，若无则为其最后一年）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>net-zero (net emissions at most 0) or cut:P (net at most P % below base-year gross emissions); default: net-zero.</source>
        <translation>net-zero（净排放不超过 0）或 cut:P（净排放比基准年总排放至少低 P%）；默认：net-zero。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The most the measures may invest over the plan&apos;s years, in its currency.</source>
        <translation>措施在规划期内可投资的上限，以规划的货币计。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The levels each measure may take, in percent (default: 0,25,50,75,100).</source>
        <translation>每项措施可取的实施水平，以百分比表示（默认：0,25,50,75,100）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The measures to choose from, by id (default: every measure).</source>
        <translation>可供选择的措施，按 id 指定（默认：所有措施）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also give N near-optimal choices within 10 % of the least cost (at most %1).</source>
        <translation>另外给出 N 个成本在最低成本 10% 以内的近似最优选择（最多 %1 个）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also solve on N Monte Carlo draws of the measures&apos; uncertain parameters and say how often each measure is chosen (at most %1).</source>
        <translation>另在措施不确定参数的 N 次蒙特卡洛抽样上求解，并给出每项措施被选中的频率（最多 %1 次）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed of the --robust draws (default: 1).</source>
        <translation>--robust 抽样的随机种子（默认：1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let carbon credits take any level between their lowest and highest, not only the levels: any quantity within the cap the highest level sets.</source>
        <translation>让碳信用取最低与最高水平之间的任意水平，而不只是所列水平：即在最高水平所定上限内的任意数量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the least-cost choice to the plan as a scenario named NAME.</source>
        <translation>将最低成本选择作为名为 NAME 的情景添加到规划中。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the plan has errors; fix them first (run zeroplan-cli validate)</source>
        <translation>规划有错误；请先修正（运行 zeroplan-cli validate）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--save-as needs a name for the new scenario</source>
        <translation>--save-as 需要为新情景指定名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan already has a scenario named &apos;%1&apos;; choose another name for --save-as</source>
        <translation>规划中已有名为“%1”的情景；请为 --save-as 另选名称</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the solver stopped without an answer</source>
        <translation>求解器已停止，未得到结果</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The least-cost choice found by zeroplan-cli optimise.</source>
        <translation>由 zeroplan-cli optimise 找到的最低成本选择。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added the scenario &apos;%1&apos; to %2.</source>
        <translation>已将情景“%1”添加到 %2。</translation>
    </message>
    <message>
        <location filename="../app/cli/OptimiseLimitOptions.cpp" line="+48"/>
        <source>Also meet the plan&apos;s interim targets (gross emissions in each interim year at most its cut below base-year gross).</source>
        <translation>同时满足规划的阶段目标（各阶段目标年的总排放不高于相对基准年总排放的削减要求）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the net emissions summed over the plan&apos;s years within T tCO2e (alone: the plan&apos;s carbon budget).</source>
        <translation>规划期内净排放累计不超过 T tCO2e（单独使用时：采用规划的碳预算）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The most the measures may invest in any one year.</source>
        <translation>措施在任一年的最高投资额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The most PAYER may invest over the plan&apos;s years, as the plan splits the measures&apos; investment (repeatable; PAYER: %1).</source>
        <translation>按规划对措施投资的分摊，PAYER 在规划期内的最高投资额（可重复；PAYER：%1）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--interim: the plan has no interim targets</source>
        <translation>--interim：规划没有阶段目标</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--carbon-budget: the plan has no carbon budget; give one in tCO2e</source>
        <translation>--carbon-budget：规划没有碳预算，请以 tCO2e 给出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--carbon-budget needs tonnes of CO2e, 0 or more, not &apos;%1&apos;</source>
        <translation>--carbon-budget 需要不小于 0 的 CO2e 吨数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--budget-per-year needs an amount of 0 or more in the plan&apos;s currency, not &apos;%1&apos;</source>
        <translation>--budget-per-year 需要以规划货币计、不小于 0 的金额，而不是“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--budget-payer needs PAYER=AMOUNT with PAYER one of %1, not &apos;%2&apos;</source>
        <translation>--budget-payer 需要 PAYER=AMOUNT，PAYER 为 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--budget-payer needs an amount of 0 or more after &apos;=&apos;, not &apos;%1&apos;</source>
        <translation>--budget-payer 的“=”后需要不小于 0 的金额，而不是“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--budget-payer: %1 is given twice</source>
        <translation>--budget-payer：%1 给出了两次</translation>
    </message>
</context>
<context>
    <name>zeroplan::OptimiseLimits</name>
    <message>
        <location filename="../model/optimise/OptimiseLimits.cpp" line="+42"/>
        <source>interim targets: the plan has none</source>
        <translation>阶段目标：规划中没有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>carbon budget: it must be 0 tCO2e or more</source>
        <translation>碳预算：必须不小于 0 tCO2e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>budget per year: it must be 0 or more</source>
        <translation>每年预算：必须不小于 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>budget of %1: it must be 0 or more</source>
        <translation>%1 的预算：必须不小于 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>budget of %1: given twice</source>
        <translation>%1 的预算：给出了两次</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>the budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the interim targets</source>
        <translation>阶段目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the carbon budget</source>
        <translation>碳预算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the budget per year</source>
        <translation>每年预算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payers&apos; budgets</source>
        <translation>各出资方预算</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is met without any one of: %1.</source>
        <translation>去掉以下任一限制即可满足：%1。</translation>
    </message>
</context>
<context>
    <name>zeroplan::OptimisePage</name>
    <message>
        <location filename="../views/optimise/OptimisePage.cpp" line="+112"/>
        <location line="+2"/>
        <source>At most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use</source>
        <translation>采用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find the least-cost levels of the ticked measures that meet the target</source>
        <translation>为勾选的措施找出满足目标的最低成本实施程度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Results are for the plan before your last edit — run again.</source>
        <translation>结果对应的是上次编辑之前的规划——请重新运行。</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Also keep within the carbon budget (%1)</source>
        <translation>同时不超出碳预算（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also keep within the carbon budget (the plan has none)</source>
        <translation>同时不超出碳预算（规划未设碳预算）</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Choose the target and the measures, then press Run to find the least-cost way to it.</source>
        <translation>选择目标和措施，然后点击“运行”，找出实现目标的最低成本方案。</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Check on</source>
        <translation>检验</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Limits by payer</source>
        <translation>各出资方上限</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The year in which net emissions must meet the target</source>
        <translation>净排放必须达到目标的年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net zero</source>
        <translation>净零</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut from base-year emissions</source>
        <translation>相对基准年排放的削减</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Net emissions in the target year at most this much below the base year&apos;s gross emissions</source>
        <translation>目标年净排放比基准年总排放至少低这么多</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The most the measures may invest over the plan&apos;s years</source>
        <translation>措施在规划期内的最高投资额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most the measures may invest in any one year</source>
        <translation>措施在任一年份的投资上限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Monte Carlo draws</source>
        <translation> 次蒙特卡洛抽样</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solve again on draws of the measures&apos; low–likely–high values and show how often each measure is chosen</source>
        <translation>在措施低–可能–高取值的抽样上重新求解，并显示每项措施被选中的频率</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Near-optimal choices within 10 % of the least cost, each as different as possible, so the committee can choose</source>
        <translation>成本在最低成本 10 % 以内、彼此尽量不同的近似最优方案，供委员会选择</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target year:</source>
        <translation>目标年份：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Investment budget:</source>
        <translation>投资预算：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In any one year:</source>
        <translation>任一年份：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives:</source>
        <translation>备选方案：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Robustness:</source>
        <translation>稳健性：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also meet the plan&apos;s interim targets</source>
        <translation>同时满足规划的阶段目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross emissions in each interim target year at most its cut below the base year&apos;s (Community page)</source>
        <translation>各阶段目标年的总排放不高于相对基准年的削减要求（见“社区”页面）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net emissions summed over the plan&apos;s years within its carbon budget (Community page)</source>
        <translation>规划期内净排放累计不超出碳预算（见“社区”页面）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buy any quantity of credits up to their highest level</source>
        <translation>碳信用可按需购买任意数量（不超过其最高水平）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carbon credits take whatever quantity closes the gap, within the cap their highest level sets, instead of one of their levels</source>
        <translation>碳信用按补足缺口所需的数量购买，以其最高水平所定上限为限，而不是取所列水平之一</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use the first measure only if the second is at this level or more (heat pumps only with retrofit at 50 % or more)</source>
        <translation>仅当第二项措施达到此实施程度或以上时才采用第一项措施（例如：建筑改造达到 50 % 以上才采用热泵）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never use both measures</source>
        <translation>两项措施不同时采用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only with</source>
        <translation>仅在以下措施时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Rules: a measure cannot be the prerequisite of itself; choose two different measures.</source>
        <translation>规则：措施不能是自身的前提，请选择两项不同的措施。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rules: a measure cannot exclude itself; choose two different measures.</source>
        <translation>规则：措施不能排斥自身，请选择两项不同的措施。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Running every combination of levels through the engine…</source>
        <translation>正在用引擎计算各实施程度组合…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Solving again on %n Monte Carlo draw(s)…</source>
        <translation>
            <numerusform>正在 %n 次蒙特卡洛抽样上重新求解…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Done: %n engine run(s).</source>
        <translation>
            <numerusform>完成：引擎计算 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Robustness was not checked: the target cannot be met.</source>
        <translation>未检验稳健性：目标无法实现。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled; the results shown are from the previous run.</source>
        <translation>已取消；显示的是上一次运行的结果。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Least cost %1</source>
        <translation>最低成本 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least cost %1, alternative %2</source>
        <translation>最低成本 %1，备选 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The least-cost choice of levels found on the Optimise page.</source>
        <translation>在“优化”页面找到的最低成本实施程度组合。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A near-optimal alternative (within 10 % of the least cost) found on the Optimise page.</source>
        <translation>在“优化”页面找到的近似最优备选方案（成本在最低成本 10 % 以内）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added the scenario &quot;%1&quot;; it is now the current scenario.</source>
        <translation>已添加情景“%1”，现为当前情景。</translation>
    </message>
</context>
<context>
    <name>zeroplan::OptimisePayerLimits</name>
    <message>
        <location filename="../views/optimise/OptimisePayerLimits.cpp" line="+42"/>
        <source>Payer</source>
        <translation>出资方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invests at most</source>
        <translation>投资上限</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No measure&apos;s investment is split among payers yet (Residents page, Who pays), so no payer can be given a limit.</source>
        <translation>尚无措施的投资在出资方之间分摊（见“居民”页“谁来出资”），因此无法为出资方设定上限。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The most %1 may invest in the chosen measures over the plan&apos;s years, its share as the payer splits give it</source>
        <translation>规划期内%1在所选措施上的投资上限，其份额按出资分摊计算</translation>
    </message>
</context>
<context>
    <name>zeroplan::OptimiseResultView</name>
    <message>
        <location filename="../views/optimise/OptimiseResultView.cpp" line="+49"/>
        <source>Create Scenario from This</source>
        <translation>据此创建情景</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The least-cost choice and the near-optimal alternatives: select one to see its measures</source>
        <translation>最低成本方案和近似最优备选方案：选择其一查看其措施</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>实施程度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present cost</source>
        <translation>成本现值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per tonne</source>
        <translation>每吨成本</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add the selected choice to the plan as a new scenario and make it the current one</source>
        <translation>将所选方案作为新情景加入规划，并设为当前情景</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Least-cost choice: %1</source>
        <translation>最低成本方案：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alternative %1: %2</source>
        <translation>备选方案 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Exact: every combination of levels of the %n interaction group(s) was run by the engine.</source>
        <translation>
            <numerusform>精确求解：%n 个相互作用组的所有实施程度组合均由引擎计算。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n interaction group(s) had too many combinations and were searched by the greedy chain; the rest exactly.</source>
        <translation>
            <numerusform>%n 个相互作用组中有 %1 个组合过多，采用贪心链搜索；其余精确求解。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The request cannot be answered: %1</source>
        <translation>无法求解：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The solver stopped without an answer.</source>
        <translation>求解器未得出结果即停止。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No choice of levels meets the target.</source>
        <translation>没有任何实施程度组合能满足目标。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is met with a budget per year of %1 or more.</source>
        <translation>每年预算不低于 %1 时可以实现。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is met if %1 may invest %2 or more.</source>
        <translation>若%1可投资不低于 %2，则可以实现。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is met with an investment of %1 or more.</source>
        <translation>投资达到 %1 或以上时可满足目标。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The earliest year it can be met, at any budget, is %1.</source>
        <translation>不限预算时，最早可在 %1 年满足目标。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It cannot be met in any year of the plan with these measures.</source>
        <translation>在规划期内任何年份，这些措施都无法满足目标。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optimal: the least-cost choice that meets the target.</source>
        <translation>最优：满足目标的最低成本方案。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taking 1 % of base-year emissions more off in %1 would cost %2 more.</source>
        <translation>在 %1 年多减基准年排放的 1 %，将多花费 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A budget 1 % larger (%1) would lower the present cost by %2.</source>
        <translation>预算增加 1%（至 %1）可使总成本现值降低 %2。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present cost %1; investment %2; net emissions in %3: %4 (the target allows %5).</source>
        <translation>成本现值 %1；投资 %2；%3 年净排放：%4（目标允许 %5）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost per tonne abated: %1.</source>
        <translation>每吨减排成本：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It abates nothing.</source>
        <translation>没有减排量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net zero from %1.</source>
        <translation>自 %1 年起净零。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not net zero within the plan&apos;s years.</source>
        <translation>规划期内未实现净零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business as usual already meets the target.</source>
        <translation>基准情景已满足目标。</translation>
    </message>
</context>
<context>
    <name>zeroplan::OptimiseRobustTable</name>
    <message>
        <location filename="../views/optimise/OptimiseRobustTable.cpp" line="+31"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chosen in</source>
        <translation>被选中比例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean level</source>
        <translation>平均实施程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of the draws meeting the target whose least-cost choice uses the measure</source>
        <translation>在满足目标的抽样中，最低成本方案采用该措施的比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The measure&apos;s mean level over those draws, 0 where it is not chosen</source>
        <translation>该措施在这些抽样中的平均实施程度，未被选中时计为 0</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Robustness over %n Monte Carlo draw(s) of the measures&apos; low–likely–high values (seed %1): the target can be met in %2 of them.</source>
        <translation>
            <numerusform>稳健性（对措施低–可能–高取值进行 %n 次蒙特卡洛抽样，种子 %1）：其中 %2 可以实现目标。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The solver stopped without an answer in %n draw(s).</source>
        <translation>
            <numerusform>求解器在 %n 次抽样中未得出结果即停止。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The least-cost choice meets the target only with the likely values; consider a later year or a smaller cut.</source>
        <translation>最低成本方案仅在取可能值时满足目标；可考虑推迟目标年份或降低减排比例。</translation>
    </message>
</context>
<context>
    <name>zeroplan::OptimiseTable</name>
    <message>
        <location filename="../app/cli/OptimiseTable.cpp" line="+33"/>
        <location line="+54"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Level</source>
        <translation>实施水平</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no measure)</source>
        <translation>（无措施）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 % by %2</source>
        <translation>到 %2 年削减 %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interim targets (gross): %1.</source>
        <translation>阶段目标（总排放）：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carbon budget: %1 tCO2e net over %2–%3.</source>
        <translation>碳预算：%2–%3 年净排放累计 %1 tCO2e。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget per year: %1 %2 of investment.</source>
        <translation>每年预算：投资 %1 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget of %1: %2 %3 of investment.</source>
        <translation>%1 的预算：投资 %2 %3。</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Robustness over %n Monte Carlo draw(s) (seed %1): the target is met in %2 % of them.</source>
        <translation>
            <numerusform>稳健性（%n 次蒙特卡洛抽样，种子 %1）：其中 %2 % 满足目标。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The solver stopped without an answer in %n draw(s).</source>
        <translation>
            <numerusform>求解器在 %n 次抽样中未得出结果。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen</source>
        <translation>被选中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean level</source>
        <translation>平均实施程度</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Target: net emissions in %1 at most %2 tCO2e (%3 % below base-year gross).</source>
        <translation>目标：%1 年净排放不超过 %2 tCO2e（比基准年总排放低 %3%）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target: net zero in %1.</source>
        <translation>目标：%1 年实现碳中和。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget: %1 %2 of investment.</source>
        <translation>预算：投资 %1 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled before an answer was found.</source>
        <translation>在得出结果前已取消。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exact: every combination of levels of %n interaction group(s) run by the engine.</source>
        <translation>
            <numerusform>精确求解：由引擎运行 %n 个交互组的所有实施水平组合。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n interaction group(s) searched by the greedy chain (too many combinations); the rest exactly.</source>
        <translation>
            <numerusform>%n 个交互组中的 %1 个由贪心链搜索（组合过多）；其余精确求解。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No choice of levels meets the target.</source>
        <translation>没有任何实施水平组合能满足目标。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is met with a budget per year of %1 %2 or more.</source>
        <translation>每年预算不低于 %1 %2 时可以实现。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is met if %1 may invest %2 %3 or more.</source>
        <translation>若%1可投资不低于 %2 %3，则可以实现。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is met with an investment of %1 %2 or more.</source>
        <translation>投资 %1 %2 或以上即可满足目标。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The earliest year it can be met, at any budget, is %1.</source>
        <translation>不限预算时，最早可在 %1 年满足目标。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It cannot be met in any year of the plan with these measures.</source>
        <translation>使用这些措施，在规划期内任何一年都无法满足目标。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It cannot be met in any year of the plan with these measures within these limits.</source>
        <translation>在这些限制下，规划期内任何年份这些措施都无法满足目标。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Least-cost choice:</source>
        <translation>最低成本选择：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present cost: %1 %2; investment: %3 %2; net in %4: %5 tCO2e.</source>
        <translation>现值成本：%1 %2；投资：%3 %2；%4 年净排放：%5 tCO2e。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost per tonne abated: %1 %2.</source>
        <translation>每吨减排成本：%1 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net zero from %1.</source>
        <translation>自 %1 年起实现碳中和。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not net zero within the plan&apos;s years.</source>
        <translation>在规划期内未实现碳中和。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 % of base-year gross more off in %1 would cost %2 %3 more.</source>
        <translation>在 %1 年多削减基准年总排放的 1%，将多花费 %2 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A budget 1 % larger (%1 %2) would lower the present cost by %3 %2.</source>
        <translation>预算增加 1%（至 %1 %2）可使总成本现值降低 %3 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alternative %1: present cost %2 %3; investment %4 %3; net in %5: %6 tCO2e.</source>
        <translation>备选 %1：现值成本 %2 %3；投资 %4 %3；%5 年净排放：%6 tCO2e。</translation>
    </message>
</context>
<context>
    <name>zeroplan::Optimiser</name>
    <message>
        <location filename="../model/optimise/Optimiser.cpp" line="+168"/>
        <source>target year: %1 is outside the plan&apos;s years %2–%3</source>
        <translation>目标年：%1 超出规划年份范围 %2–%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>target: a cut must be more than 0 % and at most 100 %</source>
        <translation>目标：削减比例必须大于 0% 且不超过 100%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>budget: it must be 0 or more</source>
        <translation>预算：必须不小于 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>candidates: &quot;%1&quot; is no measure of the plan</source>
        <translation>候选措施：“%1”不是规划中的措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>candidates: &quot;%1&quot; is given twice</source>
        <translation>候选措施：“%1”重复给出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>levels of &quot;%1&quot;: none given</source>
        <translation>“%1”的实施水平：未给出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>levels of &quot;%1&quot;: %2 % is outside 0–100 %</source>
        <translation>“%1”的实施水平：%2% 超出 0–100% 范围</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>prerequisites: &quot;%1&quot; is no measure of the plan</source>
        <translation>前提措施：“%1”不是规划中的措施</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exclusions: &quot;%1&quot; is no measure of the plan</source>
        <translation>互斥措施：“%1”不是规划中的措施</translation>
    </message>
</context>
<context>
    <name>zeroplan::ParameterRow</name>
    <message>
        <location filename="../views/measures/ParameterRow.cpp" line="+43"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+97"/>
        <source>Low end of the range for the uncertainty analysis</source>
        <translation>不确定性分析所用范围的低值</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>High end of the range for the uncertainty analysis</source>
        <translation>不确定性分析所用范围的高值</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>No cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your quote</source>
        <translation>请填写报价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To the horizon</source>
        <translation>至规划期末</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>range</source>
        <translation>范围</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Catalogue default: %1 %2</source>
        <translation>目录默认值：%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (range %1–%2)</source>
        <translation>（范围 %1–%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence: %1</source>
        <translation>可信度：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allowed: %1–%2 %3</source>
        <translation>允许范围：%1–%2 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source of this plan&apos;s value: %1</source>
        <translation>本规划所用数值的来源：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The range is the same in every scenario: edit it with “Every scenario” above</source>
        <translation>区间在所有情景中相同：请在上方选择“所有情景”后编辑</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>“%1”: the low end of the range is above the high end.</source>
        <translation>“%1”：范围的低值高于高值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”: the low end of the range is above the likely value.</source>
        <translation>“%1”：范围的低值高于最可能值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”: the high end of the range is below the likely value.</source>
        <translation>“%1”：范围的高值低于最可能值。</translation>
    </message>
</context>
<context>
    <name>zeroplan::ParameterUnit</name>
    <message>
        <location filename="../model/measures/ParameterSpec.cpp" line="+23"/>
        <source>0/1</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>0/1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L/100 km</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>L/100 km</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency/ha</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>currency/公顷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency/kWh</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>currency/kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency/kWp</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>currency/kWp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency/kWp/yr</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>currency/kWp/年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency/point</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>currency/积分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency/t</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>currency/吨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ha</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>公顷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kWh heat/kWh</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>kWh 热量/kWh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kWh/kWp/yr</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>kWh/kWp/年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kWh/km</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>kWh/km</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kWh/m²/yr</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>kWh/m²/年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kWp</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>kWp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>m²</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>m²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>points/t</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>积分/吨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency/yr</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>currency/年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>points/person/yr</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>分/人·年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>share</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>share/yr</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>share/年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t/yr</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>吨/年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tCO2/ha/yr</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>tCO2/公顷/年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tCO2e/person/yr</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>tCO2e/人·年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tCO2e/t</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>tCO2e/吨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tCO2e/yr</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>tCO2e/年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yr</source>
        <comment>keep the words share and currency and CO2 as they are</comment>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>zeroplan::Party</name>
    <message>
        <location filename="../model/plan/Party.cpp" line="+47"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property company</source>
        <translation>物业公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Government subsidy</source>
        <translation>政府补贴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Utility or grid</source>
        <translation>供电/电网企业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform or merchants</source>
        <translation>平台或商户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sponsors</source>
        <translation>赞助方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community crowdfunding</source>
        <translation>社区众筹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public facilities</source>
        <translation>公共设施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>zeroplan::PathwayChart</name>
    <message>
        <location filename="../views/charts/PathwayChart.cpp" line="+37"/>
        <source>Emissions pathway</source>
        <translation>排放路径</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Business as usual</source>
        <translation>基准情景（BAU）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+129"/>
        <source>Target path</source>
        <translation>目标路径</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+6"/>
        <source>Add activity lines on the Baseline page to see the pathway.</source>
        <translation>请在“基准清单”页添加活动数据行，以查看减排路径。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 — gross emissions</source>
        <translation>%1 — 毛排放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — taken up by sinks</source>
        <translation>%1 — 碳汇吸收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — credits bought</source>
        <translation>%1 — 购买的碳信用</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Emissions (%1)</source>
        <translation>排放量（%1）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Neutral from %1</source>
        <translation>%1 年起碳中和</translation>
    </message>
</context>
<context>
    <name>zeroplan::PathwayPage</name>
    <message>
        <location filename="../views/present/PathwayVerdict.cpp" line="+86"/>
        <source>carbon budget kept</source>
        <translation>未超出碳预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carbon budget overshot by %1</source>
        <translation>超出碳预算 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a scenario on the Scenarios page to see where it leads.</source>
        <translation>请在“情景”页添加情景，查看其减排结果。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2.</source>
        <comment>scenario name, what it reaches</comment>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+31"/>
        <source>; </source>
        <comment>separator between verdict parts</comment>
        <translation>；</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Neutral from %1 (the plan sets no neutrality target)</source>
        <translation>%1 年起碳中和（规划未设碳中和目标）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not neutral by %1 — %2 remain (the plan sets no neutrality target)</source>
        <translation>到 %1 年未实现碳中和——仍有 %2（规划未设碳中和目标）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 neutrality target missed, %2 remain in %3</source>
        <translation>未实现 %1 年碳中和目标，%3 年仍有 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Neutral from %1, %n year(s) before the %2 target</source>
        <translation>
            <numerusform>%1 年起碳中和，比 %2 年目标提前 %n 年</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neutral from %1, meeting the %2 target</source>
        <translation>%1 年起碳中和，实现 %2 年目标</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 neutrality target missed: neutral only from %2, %n year(s) late</source>
        <translation>
            <numerusform>未实现 %1 年碳中和目标：%2 年起才碳中和，晚 %n 年</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>net first fell to zero in %1 but rose above it again in %2</source>
        <translation>净排放在 %1 年首次降到零，但在 %2 年又回升到零以上</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>interim target of a %1 cut by %2 met (%3 cut)</source>
        <translation>%2 年减排 %1 的阶段目标已实现（减排 %3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interim target of a %1 cut by %2 missed (%3 cut, %4 too many)</source>
        <translation>%2 年减排 %1 的阶段目标未实现（减排 %3，超出 %4）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add a baseline first: with no emissions recorded there is no pathway to judge.</source>
        <translation>请先填写基准清单：没有记录排放，就无法评判减排路径。</translation>
    </message>
    <message>
        <location filename="../views/pathway/PathwayPage.cpp" line="+39"/>
        <source>Pathway</source>
        <translation>减排路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wedges by measure</source>
        <translation>各措施的减排楔形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative and budget</source>
        <translation>累计排放与碳预算</translation>
    </message>
</context>
<context>
    <name>zeroplan::PayerChart</name>
    <message>
        <location filename="../views/charts/PayerChart.cpp" line="+38"/>
        <source>Who pays and who saves</source>
        <translation>谁出资，谁受益</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <source>Add a measure to the scenario to see who pays for it.</source>
        <translation>向情景添加措施后，即可查看由谁出资。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Pays (investment + running cost)</source>
        <translation>支出（投资 + 运行成本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill savings received</source>
        <translation>获得的账单节省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net present value</source>
        <translation>净现值</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>pays %1</source>
        <translation>支出 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>receives %1 of savings</source>
        <translation>获得节省 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NPV %1</source>
        <translation>净现值 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 to %2 (%3)</source>
        <translation>%1–%2 年（%3）</translation>
    </message>
</context>
<context>
    <name>zeroplan::PayerPresets</name>
    <message>
        <location filename="../model/residents/PayerPresets.cpp" line="+12"/>
        <source>Old-compound renovation: government, residents, society</source>
        <translation>老旧小区改造：政府补一点、居民出一点、社会融一点</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Beijing coal-to-electricity heating subsidy</source>
        <translation>北京“煤改电”采暖补贴</translation>
    </message>
</context>
<context>
    <name>zeroplan::PayerSplitTab</name>
    <message>
        <location filename="../views/residents/PayerSplitTab.cpp" line="+46"/>
        <location line="+315"/>
        <source>The plan&apos;s measures; those marked “no split” leave their money not assigned to anyone.</source>
        <translation>规划中的措施；标为“未分摊”的措施，其资金未分配给任何一方。</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>Each party&apos;s share in percent; double-click a cell to type it. A column left empty leaves that money not assigned.</source>
        <translation>各出资方所占百分比；双击单元格即可输入。某列留空则该项资金不分配。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Investment %</source>
        <translation>投资 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running cost %</source>
        <translation>运行成本 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bill savings %</source>
        <translation>账单节省 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+123"/>
        <location line="+133"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>What each column adds up to: 100 %, or empty (not assigned).</source>
        <translation>每列的合计：应为 100 %，或留空（不分配）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts the shares typed into the plan, as one step you can undo.</source>
        <translation>将输入的份额写入规划，作为一步可撤销的操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgets the shares typed and shows the plan&apos;s again.</source>
        <translation>放弃输入的份额，重新显示规划中的数值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts the split from a policy with its source.</source>
        <translation>以有出处的政策为起点设置分摊。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gives the shares from the policy&apos;s figures.</source>
        <translation>按政策中的数值给出份额。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names the parties; you give the shares.</source>
        <translation>列出出资方；份额由你填写。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The households that take part in the measure: all of the community&apos;s, a number, or a share of them.</source>
        <translation>参与该措施的家庭：社区全部住户、指定户数或一定比例。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All households</source>
        <translation>全部住户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number of households</source>
        <translation>指定户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A share of households</source>
        <translation>住户比例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of households, or their share in percent.</source>
        <translation>户数，或住户所占百分比。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the split comes from: a notice, an agreement, an assumption.</source>
        <translation>分摊方案的来源：通知、协议或假设。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A notice, an agreement or an assumption</source>
        <translation>通知、协议或假设</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households reached:</source>
        <translation>覆盖户数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1 — no split</source>
        <translation>%1 — 未分摊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is said to pay for this measure yet: its money shows as not assigned.</source>
        <translation>尚未指定该措施由谁出资：其资金显示为未分配。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The plan has no measures yet.</source>
        <translation>规划中还没有措施。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 households</source>
        <translation>%1 户</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Apply or revert the shares typed before choosing another measure.</source>
        <translation>选择其他措施前，请先应用或还原已输入的份额。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running cost</source>
        <translation>运行成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill savings</source>
        <translation>账单节省</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: empty (not assigned)</source>
        <translation>%1：空（不分配）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 %</source>
        <translation>%1：%2 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 % short of 100 %</source>
        <translation>%1 比 100 % 少 %2 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2 % over 100 %</source>
        <translation>%1 比 100 % 多 %2 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sums — %1</source>
        <translation>合计 — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: each column must add up to 100 % or be empty.</source>
        <translation>%1：每列合计必须为 100 % 或留空。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>zeroplan::People</name>
    <message>
        <location filename="../model/plan/People.cpp" line="+30"/>
        <source>Once</source>
        <translation>一次性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
</context>
<context>
    <name>zeroplan::PeopleEdits</name>
    <message>
        <location filename="../model/document/PeopleEdits.cpp" line="+65"/>
        <location line="+30"/>
        <source>Name: a working group needs a name.</source>
        <translation>名称：工作组需要一个名称。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Add working group “%1”</source>
        <translation>添加工作组“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove working group “%1”</source>
        <translation>删除工作组“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Members and volunteers cannot be negative.</source>
        <translation>成员和志愿者人数不能为负数。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change working group “%1”</source>
        <translation>修改工作组“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Volunteers and their hours cannot be negative.</source>
        <translation>志愿者人数及其时长不能为负数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change volunteer network</source>
        <translation>修改志愿者网络</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+34"/>
        <source>Name: an activity needs a name.</source>
        <translation>名称：活动需要一个名称。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Add activity “%1”</source>
        <translation>添加活动“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove activity “%1”</source>
        <translation>删除活动“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Date: a one-off activity needs a date.</source>
        <translation>日期：一次性活动需要填写日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month: a month is from 1 to 12.</source>
        <translation>月份：月份应在 1 到 12 之间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Years: the last year is before the first.</source>
        <translation>年份：结束年份早于起始年份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participants and cost cannot be negative.</source>
        <translation>参与人数和费用不能为负数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change activity “%1”</source>
        <translation>修改活动“%1”</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Participants: %1</source>
        <translation>参与人数：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people a year</source>
        <translation>人/年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target from the activity calendar (%1 expected each time)</source>
        <translation>活动日历中的目标（每次预计 %1 人）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Track “%1” as an indicator</source>
        <translation>将“%1”作为指标跟踪</translation>
    </message>
</context>
<context>
    <name>zeroplan::PlanChartView</name>
    <message>
        <location filename="../views/charts/PlanChartView.cpp" line="+58"/>
        <source>Save Chart as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Chart as SVG…</source>
        <translation>将图表另存为 SVG…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save Chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save Chart as SVG</source>
        <translation>将图表另存为 SVG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save chart</source>
        <translation>无法保存图表</translation>
    </message>
</context>
<context>
    <name>zeroplan::PlanDialogs</name>
    <message>
        <location filename="../views/window/PlanDialogs.cpp" line="+19"/>
        <source>Shenzhen: Xinqiao Shiju near-zero-carbon community</source>
        <translation>深圳：新桥世居近零碳社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hangzhou: Hemu community, a third less carbon in three years</source>
        <translation>杭州：和睦社区，三年减碳三分之一</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Europe: Harbourside eco-district</source>
        <translation>欧洲：港畔生态街区</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>关闭前是否保存对“%1”的更改？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you don&apos;t save, your changes since the last save are lost.</source>
        <translation>如果不保存，自上次保存以来的更改将会丢失。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t Save</source>
        <translation>不保存</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Plan</source>
        <translation>打开规划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZeroPlan plans and districts (*.zeroplan *.json *.zeroplan-district);;Project files (*.zeroplan);;JSON plans (*.json);;Districts (*.zeroplan-district);;All files (*)</source>
        <translation>ZeroPlan 规划和街区 (*.zeroplan *.json *.zeroplan-district);;项目文件 (*.zeroplan);;JSON 规划 (*.json);;街区 (*.zeroplan-district);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Meter Readings</source>
        <translation>导入电表读数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Activities</source>
        <translation>导入活动数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Project file (*.zeroplan)</source>
        <translation>项目文件 (*.zeroplan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON plan (*.json)</source>
        <translation>JSON 规划 (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Plan As</source>
        <translation>规划另存为</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
</context>
<context>
    <name>zeroplan::PlanDocument</name>
    <message>
        <location filename="../model/document/PlanDocument.cpp" line="+35"/>
        <source>%1: the plan could not be read</source>
        <translation>%1：无法读取规划</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>%1 has no version %2.</source>
        <translation>%1 没有版本 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1 of %2 is damaged: the plan it keeps does not read.</source>
        <translation>%2 的版本 %1 已损坏：其中保存的规划无法读取。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, version %2</source>
        <comment>file, version number</comment>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, version %2 (%3)</source>
        <comment>file, version number (its name)</comment>
        <translation>%1，版本 %2（%3）</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The plan has no file yet: choose one with Save As.</source>
        <translation>规划尚无文件：请用“另存为”选择一个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is read-only: save the plan under another name with Save As.</source>
        <translation>%1 是只读的：请用“另存为”以其他名称保存规划。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a JSON plan, which keeps no versions: save it as a ZeroPlan project (.zeroplan) with Save As first.</source>
        <translation>%1 是 JSON 规划，不保存版本：请先用“另存为”将其保存为 ZeroPlan 项目（.zeroplan）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A version needs a name.</source>
        <translation>版本需要一个名称。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: save the plan as a .zeroplan project file or a .json plan</source>
        <translation>%1：请将规划保存为 .zeroplan 项目文件或 .json 规划</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was changed by another program since it was opened or saved here; nothing was written</source>
        <translation>自在此打开或保存以来，%1 已被另一个程序更改；未写入任何内容</translation>
    </message>
    <message>
        <location filename="../model/document/PlanDocumentReview.cpp" line="+27"/>
        <source>%1 is a version shown read-only: comment on the plan itself.</source>
        <translation>%1 是以只读方式显示的版本：请在规划本身上评论。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a JSON plan, which keeps no comments: save it as a ZeroPlan project (.zeroplan) with Save As first.</source>
        <translation>%1 是 JSON 规划，不保存评论：请先用“另存为”保存为 ZeroPlan 项目（.zeroplan）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A comment needs some words.</source>
        <translation>评论不能为空。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <source>There is no such comment thread.</source>
        <translation>没有这个评论话题。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The plan has no measure &quot;%1&quot;.</source>
        <translation>规划中没有措施“%1”。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A review copy cannot replace the plan&apos;s own file: choose another name.</source>
        <translation>审阅副本不能覆盖规划自身的文件：请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../model/document/PlanDocumentShared.cpp" line="+12"/>
        <source>%1 is a version shown read-only: check in the plan itself.</source>
        <translation>%1 是以只读方式显示的版本：请签入方案本身。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a ZeroPlan project (.zeroplan) keeps where it was checked out from: save the plan as one with Save As first.</source>
        <translation>只有 ZeroPlan 项目文件（.zeroplan）会记录签出来源：请先用“另存为”保存为项目文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge the plan %1 checked in</source>
        <comment>undo step</comment>
        <translation>合并 %1 签入的方案</translation>
    </message>
</context>
<context>
    <name>zeroplan::PlanFactorsModel</name>
    <message numerus="yes">
        <location filename="../views/baseline/PlanFactorsModel.cpp" line="+89"/>
        <source>%n baseline line(s)</source>
        <translation>
            <numerusform>%n 条基准清单数据行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>electricity that measures add</source>
        <translation>措施新增的用电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 %2 %3</source>
        <comment>value, mass unit, gas</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 per %2</source>
        <comment>gases, activity unit</comment>
        <translation>%1 每 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plan&apos;s own</source>
        <translation>规划自有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plan&apos;s own, overrides the library&apos;s</source>
        <translation>规划自有，替换因子库的因子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>library (%1, %2)</source>
        <translation>因子库（%1，%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>library</source>
        <translation>因子库</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Factor</source>
        <translation>因子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier</source>
        <translation>能源品种</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used by</source>
        <translation>使用于</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>zeroplan::PlanFields</name>
    <message>
        <location filename="../model/document/PlanFields.cpp" line="+41"/>
        <source>Change plan title</source>
        <translation>修改规划标题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change community name</source>
        <translation>修改社区名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change who prepared the plan</source>
        <translation>修改规划编制人</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change region</source>
        <translation>修改所在地区</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change grid region</source>
        <translation>修改电网区域</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change energy prices</source>
        <translation>修改能源价格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change emission factors</source>
        <translation>修改排放因子</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change currency</source>
        <translation>修改货币</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change area</source>
        <translation>修改面积</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change source of community figures</source>
        <translation>修改社区数据来源</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change population</source>
        <translation>修改人口</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change households</source>
        <translation>修改户数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change base year</source>
        <translation>修改基准年</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change horizon end year</source>
        <translation>修改规划期末年</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change neutrality year</source>
        <translation>修改碳中和年份</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change targets</source>
        <translation>修改目标</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change interim targets</source>
        <translation>修改阶段目标</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change carbon budget</source>
        <translation>修改碳预算</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change discount rate</source>
        <translation>修改折现率</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change population growth</source>
        <translation>修改人口增长率</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change household growth</source>
        <translation>修改户数增长率</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit activity line “%1”</source>
        <translation>编辑活动数据行“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change amount of “%1”</source>
        <translation>修改“%1”的数量</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit measure “%1”</source>
        <translation>编辑措施“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename measure “%1”</source>
        <translation>重命名措施“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change “%1” of “%2”</source>
        <translation>修改“%2”的“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change start year of “%1”</source>
        <translation>修改“%1”的开始年份</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change status of “%1”</source>
        <translation>修改“%1”的状态</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change range of “%1” of “%2”</source>
        <translation>修改“%2”中“%1”的范围</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change ramp of “%1”</source>
        <translation>修改“%1”的推广期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change ramp shape of “%1”</source>
        <translation>修改“%1”的推广曲线</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change lifetime of “%1”</source>
        <translation>修改“%1”的使用寿命</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change investment of “%1”</source>
        <translation>修改“%1”的投资</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change running cost of “%1”</source>
        <translation>修改“%1”的运行费用</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change owner group of “%1”</source>
        <translation>修改“%1”的负责小组</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change activity lines of “%1”</source>
        <translation>修改“%1”作用的活动数据行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change own tariffs of “%1”</source>
        <translation>更改“%1”的自有价格</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change note of “%1”</source>
        <translation>修改“%1”的备注</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change %1 of “%2”</source>
        <translation>修改“%2”的%1协同效益</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rename scenario “%1”</source>
        <translation>重命名情景“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change description of scenario “%1”</source>
        <translation>修改情景“%1”的说明</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose measures of “%1”</source>
        <translation>选择“%1”的措施</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change what “%1” is based on</source>
        <translation>更改“%1”的基础情景</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change values of scenario “%1”</source>
        <translation>更改情景“%1”的取值</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Change level of “%1” in “%2”</source>
        <translation>修改“%1”在“%2”中的实施程度</translation>
    </message>
</context>
<context>
    <name>zeroplan::PlanFileReader</name>
    <message>
        <location filename="../model/storage/PlanFileReader.cpp" line="+30"/>
        <source>it is a folder, not a plan file</source>
        <translation>这是文件夹，不是规划文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a regular file (a device or a pipe), not a plan file</source>
        <translation>这不是普通文件（是设备或管道），不是规划文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is empty; a plan is a .zeroplan project file or a JSON plan file, as ZeroPlan saves and exports them</source>
        <translation>文件是空的；规划文件是 ZeroPlan 保存和导出的 .zeroplan 项目文件或 JSON 规划文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file is %1; ZeroPlan reads plan files of at most %2</source>
        <translation>文件大小为 %1；ZeroPlan 读取的规划文件最大为 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a plan</source>
        <translation>不是规划</translation>
    </message>
</context>
<context>
    <name>zeroplan::PlanJson</name>
    <message>
        <location filename="../model/storage/FactorJson.cpp" line="+39"/>
        <source>gases is empty; give at least one gas and its value</source>
        <translation>gases 为空；请至少给出一种气体及其数值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gas %1 is not known; expected one of %2</source>
        <translation>未知气体 %1；应为以下之一：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>give either value (with gas) or gases, not both</source>
        <translation>请给出 value（配合 gas）或 gases，二者不能同时给出</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>value is required but missing; give value (with gas) or gases</source>
        <translation>缺少必填的 value；请给出 value（配合 gas）或 gases</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the factor has no value; give value (with gas) or gases</source>
        <translation>该排放因子没有数值；请给出 value（配合 gas）或 gases</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gas %1 is given twice</source>
        <translation>气体 %1 出现了两次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the %1 value %2 must be a number of at least 0 (sinks are measures, not negative factors)</source>
        <translation>%1 的数值 %2 必须是不小于 0 的数（碳汇应作为措施录入，而不是负的排放因子）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unit %1 must be a mass (g, kg or t), a slash and a known activity unit, such as kg/kWh</source>
        <translation>单位 %1 应由质量单位（g、kg 或 t）、斜杠和已知的活动单位组成，例如 kg/kWh</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unit %1 does not fit %2, which is measured in %3</source>
        <translation>单位 %1 不适用于%2：%2 以%3计量</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>only a factor with a single value can have a trajectory</source>
        <translation>只有单一数值的排放因子才能设置 trajectory（逐年变化轨迹）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>year %1 is not plausible; expected %2–%3</source>
        <translation>年份 %1 不合理；应在 %2–%3 之间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>year %1 does not come after %2; trajectory years must increase</source>
        <translation>年份 %1 不晚于 %2；trajectory 中的年份必须逐个递增</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>value %1 must be a number of at least 0</source>
        <translation>value %1 必须是不小于 0 的数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the factor id is empty</source>
        <translation>排放因子的 id 为空</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>carrier &quot;%1&quot; is not known; expected one of %2, or empty for any</source>
        <translation>未知的能源/活动类型“%1”；应为以下之一：%2，或留空表示任意类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>year %1 is not plausible; expected %2–%3, or 0 if unknown</source>
        <translation>年份 %1 不合理；应在 %2–%3 之间，未知时填 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the factor cites no source; say where its figure comes from</source>
        <translation>该排放因子未注明来源；请说明数值出处</translation>
    </message>
    <message>
        <location filename="../model/storage/JsonObjectReader.cpp" line="+53"/>
        <source>expected an object {…} here, not %1</source>
        <translation>此处应为对象 {…}，而不是%1</translation>
    </message>
    <message>
        <location filename="../model/storage/DistrictTemplateJson.cpp" line="+58"/>
        <location filename="../model/storage/JsonObjectReader.cpp" line="+27"/>
        <source>%1 is required but missing</source>
        <translation>缺少必填字段 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a list of template keys must be a list […], not %1</source>
        <translation>模板键列表必须是列表 […]，而不是 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a template key must be text, not %1</source>
        <translation>模板键必须是文本，而不是 %1</translation>
    </message>
    <message>
        <location filename="../model/storage/JsonObjectReader.cpp" line="+4"/>
        <source>%1 must be %2, not %3</source>
        <translation>%1 应为%2，而不是%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2 characters long; at most %3 are allowed</source>
        <translation>%1 长 %2 个字符；最多允许 %3 个字符</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds an invalid character (a lone surrogate escape such as \ud800)</source>
        <translation>%1 含有无效字符（单独的代理项转义，例如 \ud800）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a finite number</source>
        <translation>%1 必须是有限的数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 = %2 is out of range for a whole number</source>
        <translation>%1 = %2 超出了整数的范围</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a whole number, not %2</source>
        <translation>%1 必须是整数，而不是 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+44"/>
        <source>a list […]</source>
        <translation>列表 […]</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+40"/>
        <source>an object {…}</source>
        <translation>对象 {…}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>unknown field %1 is ignored</source>
        <translation>未知字段 %1，已忽略</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>null</source>
        <translation>空值 null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true</source>
        <translation>布尔值 true</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>false</source>
        <translation>布尔值 false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text %1</source>
        <translation>文本 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 is not known; expected one of %3</source>
        <translation>%1 %2 未知；应为以下之一：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has %2 items; only the first %3 are read</source>
        <translation>%1 有 %2 项；只读取前 %3 项</translation>
    </message>
    <message>
        <location filename="../model/storage/JsonSource.cpp" line="+26"/>
        <source>a number is not valid (JSON numbers are finite decimals; NaN, Infinity and numbers beyond ±1.8e308 are not allowed)</source>
        <translation>有数字无效（JSON 数字必须是有限的十进制数；不允许 NaN、Infinity 以及超出 ±1.8e308 的数）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is not valid UTF-8; save the file as UTF-8</source>
        <translation>文本不是有效的 UTF-8；请将文件保存为 UTF-8 编码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lists and objects are nested too deeply</source>
        <translation>列表和对象的嵌套层数过多</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>UTF-32 (little-endian)</source>
        <translation>UTF-32（小端）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-32 (big-endian)</source>
        <translation>UTF-32（大端）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16（小端）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16（大端）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the JSON text is %1; ZeroPlan reads at most %2</source>
        <translation>JSON 文本大小为 %1；ZeroPlan 最多读取 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the JSON text is empty</source>
        <translation>JSON 文本为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text is encoded as %1; ZeroPlan reads JSON in UTF-8: save the file as UTF-8</source>
        <translation>文本编码为 %1；ZeroPlan 读取 UTF-8 编码的 JSON：请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>JSON 语法错误（第 %1 行，第 %2 列）：%3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%L1 MB</source>
        <translation>%L1 MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 KB</source>
        <translation>%L1 KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 bytes</source>
        <translation>%L1 字节</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a file (a folder or a device)</source>
        <translation>不是文件（是文件夹或设备）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is %1; ZeroPlan reads files of at most %2</source>
        <translation>文件大小为 %1；ZeroPlan 最多读取 %2 的文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../model/storage/MeasureJson.cpp" line="+24"/>
        <source>a parameter must be a number or an object {value, low, high, source}, not %1</source>
        <translation>参数必须是数字或对象 {value, low, high, source}，而不是%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>parameters has %1 entries; at most %2 are read</source>
        <translation>parameters 有 %1 项；最多读取 %2 项</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a target must be an activity line id (text), not %1</source>
        <translation>targets 中的每一项必须是活动数据行 id（文本），而不是%1</translation>
    </message>
    <message>
        <location filename="../model/storage/MeasureValidator.cpp" line="+73"/>
        <source>start year %1 is outside the plan&apos;s horizon %2–%3</source>
        <translation>起始年份 %1 超出规划期 %2–%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ramp_years %1 is outside 0–%2</source>
        <translation>ramp_years %1 超出范围 0–%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>full adoption comes in %1, after the horizon end %2</source>
        <translation>措施在 %1 年才全面实施，晚于规划期结束年份 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lifetime_years %1 is outside 1–%2</source>
        <translation>lifetime_years %1 超出范围 1–%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>capex %1 must be a number of at least 0</source>
        <translation>capex %1 必须是不小于 0 的数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>opex_per_year %1 must be a number of at least 0</source>
        <translation>opex_per_year %1 必须是不小于 0 的数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a parameter of %2; it is ignored</source>
        <translation>%1 不是“%2”的参数，已忽略</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give both low and high, or neither</source>
        <translation>low 和 high 要么都填，要么都不填</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>low</source>
        <translation>低值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>高值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low %1 is above the likely value %2</source>
        <translation>低值 %1 高于最可能值 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>high %1 is below the likely value %2</source>
        <translation>高值 %1 低于最可能值 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2 is outside the allowed range %3–%4 %5</source>
        <translation>%1 %2 超出允许范围 %3–%4 %5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the recycling rate reached (%1) is below today&apos;s (%2)</source>
        <translation>达到的回收率（%1）低于当前回收率（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the heat demand after the retrofit (%1) is above the demand before (%2)</source>
        <translation>改造后的供热需求（%1）高于改造前（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export_credit is a switch: 0 or 1, not %1</source>
        <translation>export_credit 是开关，只能为 0 或 1，而不是 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 acts on no activity line; its targets are ignored</source>
        <translation>“%1”不作用于活动数据行，其 targets 已忽略</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a custom measure must name the activity lines it acts on in targets</source>
        <translation>自定义措施必须在 targets 中列出其作用的活动数据行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no activity line is one that %1 acts on, so it has no effect; name its targets or add such a line</source>
        <translation>没有“%1”可作用的活动数据行，因此该措施不起作用；请指定其 targets，或添加相应的活动数据行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>target &quot;%1&quot; is listed twice</source>
        <translation>目标“%1”列出了两次</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>target &quot;%1&quot; is not an activity line of the plan</source>
        <translation>目标“%1”不是本规划中的活动数据行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target &quot;%1&quot; is %2, but %3 acts on %4</source>
        <translation>目标“%1”是%2，但“%3”只作用于%4</translation>
    </message>
    <message>
        <location filename="../model/storage/PlanJson.cpp" line="+119"/>
        <source>there are %1 or more problems; only the first %1 are listed</source>
        <translation>问题达到 %1 个或更多；仅列出前 %1 个</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&quot;%1&quot; is given %n times in this object; only the last one is read</source>
        <translation>
            <numerusform>“%1”在此对象中出现了 %n 次；只读取最后一个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a plan is a JSON object {…}, but this JSON text holds a list […]</source>
        <translation>规划应是 JSON 对象 {…}，但此 JSON 文本是列表 […]</translation>
    </message>
    <message>
        <location filename="../model/storage/PlanFileReader.cpp" line="-53"/>
        <location filename="../model/storage/PlanJson.cpp" line="+19"/>
        <source>%1: the file does not exist</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location filename="../model/storage/PlanJson.cpp" line="+2"/>
        <source>%1: not a plan file (a folder or a device)</source>
        <translation>%1：不是规划文件（是文件夹或设备）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the file is %2; ZeroPlan reads plan files of at most %3</source>
        <translation>%1：文件大小为 %2；ZeroPlan 只能读取不超过 %3 的规划文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot open the file: %2</source>
        <translation>%1：无法打开文件：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is larger than %2, the most ZeroPlan reads</source>
        <translation>%1：文件超过 %2，即 ZeroPlan 能读取的上限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: cannot save the plan: %2</source>
        <translation>%1：无法保存规划：%2</translation>
    </message>
    <message>
        <location filename="../model/storage/PlanJsonReader.cpp" line="+56"/>
        <source>this is not a ZeroPlan plan: format is missing (a plan file starts with &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>这不是 ZeroPlan 规划：缺少 format（规划文件以 &quot;format&quot;: &quot;%1&quot; 开头）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is a ZeroPlan factor library, not a plan</source>
        <translation>这是 ZeroPlan 排放因子库，不是规划</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a ZeroPlan plan: format is %1, expected &quot;%2&quot;</source>
        <translation>这不是 ZeroPlan 规划：format 为 %1，应为 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this plan was made by a newer ZeroPlan (format version %1); this ZeroPlan reads format version %2 and older, please update it</source>
        <translation>此规划由较新版本的 ZeroPlan 创建（格式版本 %1）；当前 ZeroPlan 只能读取格式版本 %2 及更早的规划，请升级 ZeroPlan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>format_version %1 is not valid; expected a version from 1 to %2</source>
        <translation>format_version %1 无效；应为 1 到 %2 之间的版本号</translation>
    </message>
    <message>
        <location filename="../model/storage/PlanValidator.cpp" line="+29"/>
        <source>%1 is used twice (first at %2)</source>
        <translation>%1 被使用了两次（首次出现在 %2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the name holds the control character U+%1 (at character %2), which cannot be shown or printed; remove it</source>
        <translation>名称含有控制字符 U+%1（第 %2 个字符），无法显示或打印；请删除它</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 is outside the plan&apos;s horizon %3–%4</source>
        <translation>%1 %2 超出规划期 %3–%4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>factor &quot;%1&quot; is in neither the plan&apos;s factors nor the factor library</source>
        <translation>排放因子“%1”既不在规划自带的排放因子中，也不在排放因子库中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>factor &quot;%1&quot; is in neither the plan&apos;s factors nor the factor library %2</source>
        <translation>排放因子“%1”既不在规划自带的排放因子中，也不在排放因子库 %2 中</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the plan was made with factor set %1, this ZeroPlan has %2; library factors may have changed</source>
        <translation>此规划基于排放因子集 %1 制定，当前 ZeroPlan 使用的是 %2；库中的排放因子可能已有变化</translation>
    </message>
    <message>
        <location filename="../model/storage/PlanValidationCommunity.cpp" line="+27"/>
        <source>the community has no name</source>
        <translation>社区没有名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>area_ha %1 must be more than 0</source>
        <translation>area_ha %1 必须大于 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>discount rate %1 is outside 0–%2 (0.05 means 5 % a year)</source>
        <translation>折现率 %1 超出范围 0–%2（0.05 表示每年 5 %）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>currency &quot;%1&quot; is not a three-letter ISO 4217 code such as CNY</source>
        <translation>货币“%1”不是三个字母的 ISO 4217 代码（例如 CNY）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>population %1 must be a number of at least 0</source>
        <translation>人口 %1 必须是不小于 0 的数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>population is 0, so per-person figures cannot be shown</source>
        <translation>人口为 0，无法显示人均数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>households %1 must be a number of at least 0</source>
        <translation>户数 %1 必须是不小于 0 的数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there are more households (%1) than residents (%2)</source>
        <translation>户数（%1）多于居民人数（%2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>base year %1 is not plausible; expected %2–%3</source>
        <translation>基准年 %1 不合理；应在 %2–%3 之间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>horizon end %1 must come after the base year %2</source>
        <translation>规划期结束年份 %1 必须晚于基准年 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the horizon %1–%2 is %3 years long; at most %4 are allowed</source>
        <translation>规划期 %1–%2 长达 %3 年；最多允许 %4 年</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>neutrality year</source>
        <translation>碳中和年份</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>carbon budget %1 t must be a number of at least 0</source>
        <translation>碳预算 %1 t 必须是不小于 0 的数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>interim year</source>
        <translation>阶段目标年份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cut %1 is outside 0–1 (0.4 means −40 %)</source>
        <translation>减排比例 %1 超出范围 0–1（0.4 表示 −40 %）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a second interim target for %1</source>
        <translation>%1 年的阶段目标重复</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the cut by %1 (%2) is smaller than the cut by %3 (%4)</source>
        <translation>到 %1 年的减排比例（%2）小于到 %3 年的减排比例（%4）</translation>
    </message>
    <message>
        <location filename="../model/storage/PlanValidationEnergy.cpp" line="+23"/>
        <source>factor &quot;%1&quot; is for %2, not for electricity</source>
        <translation>排放因子“%1”适用于%2，不适用于电力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any carrier</source>
        <translation>任意能源/活动类型</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the factor library %1 has no electricity factor for grid region &quot;%2&quot;; known regions: %3</source>
        <translation>排放因子库 %1 中没有电网区域“%2”的电力排放因子；已有的区域：%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>heat pumps and shared transport add electricity, but the plan has no electricity factor; set grid_region or electricity_factor</source>
        <translation>热泵和共享交通会增加用电，但规划中没有电力排放因子；请设置 grid_region 或 electricity_factor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the CO2e figure uses %1 GWPs but the plan uses %2; it is used as it is</source>
        <translation>该 CO2e 数值采用 %1 的 GWP，而规划采用 %2；将按原值使用</translation>
    </message>
    <message>
        <location filename="../model/storage/PlanValidationActivities.cpp" line="+36"/>
        <location filename="../model/storage/PlanValidationEnergy.cpp" line="+16"/>
        <source>carrier &quot;%1&quot; is not known; expected one of %2</source>
        <translation>未知的能源/活动类型“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../model/storage/PlanValidationEnergy.cpp" line="+7"/>
        <source>unit &quot;%1&quot; is not known</source>
        <translation>未知单位“%1”</translation>
    </message>
    <message>
        <location filename="../model/storage/PlanValidationEnergy.cpp" line="+4"/>
        <source>unit %1 does not fit %2</source>
        <translation>单位 %1 不适用于%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>price %1 must be a number of at least 0</source>
        <translation>价格 %1 必须是不小于 0 的数</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no price for %1: the energy measures save on it is valued at 0, so their savings and costs per tonne are incomplete; enter the price the community pays</source>
        <translation>%1 没有价格：措施节省的这部分能源按 0 计价，节省金额和单位减排成本因此不完整；请填写社区实际支付的价格</translation>
    </message>
    <message>
        <location filename="../model/storage/PlanValidationCommunity.cpp" line="+11"/>
        <source>%1 %2 must be more than −1 (−100 % a year)</source>
        <translation>%1 %2 必须大于 −1（即每年 −100 %）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 a year is unusually large (0.01 means +1 % a year)</source>
        <translation>%1 为每年 %2，幅度异常大（0.01 表示每年 +1 %）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>population growth</source>
        <translation>人口增长率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>household growth</source>
        <translation>户数增长率</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a second trend for sector %1</source>
        <translation>部门 %1 的趋势重复设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sector trend</source>
        <translation>部门趋势</translation>
    </message>
    <message>
        <location filename="../model/storage/PlanValidationActivities.cpp" line="-24"/>
        <source>the activity line has no id</source>
        <translation>活动数据行没有 id</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scope %1 is not 1, 2 or 3</source>
        <translation>范围（scope）%1 不是 1、2 或 3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unit %1 (%2) does not fit %3</source>
        <translation>单位 %1（%2）不适用于%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>amount %1 must be a number of at least 0</source>
        <translation>数量 %1 必须是不小于 0 的数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a line with notation key %1 has no number; amount must be 0, not %2</source>
        <translation>使用注释键 %1 的数据行没有数值；amount 必须为 0，而不是 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>amount is 0; give a notation key (NO, IE, NE or C) to say why there is no number</source>
        <translation>amount 为 0；请给出注释键（NO、IE、NE 或 C）说明为何没有数值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the line has no emission factor; give a factor id</source>
        <translation>该数据行没有排放因子；请给出排放因子 id</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>factor &quot;%1&quot; is for %2, but the line is %3</source>
        <translation>排放因子“%1”适用于%2，但该数据行是%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unit %1 (%2) does not match factor &quot;%3&quot;, which is per %4 (%5)</source>
        <translation>单位 %1（%2）与排放因子“%3”不匹配，该因子按每 %4（%5）计</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 bought from outside is usually scope 2</source>
        <translation>从外部购入的%1通常属于范围 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 burnt in the community is scope 1</source>
        <translation>在社区内燃烧的%1属于范围 1</translation>
    </message>
    <message>
        <location filename="../model/storage/PlanValidationMeasures.cpp" line="+80"/>
        <source>carbon accounts &quot;%1&quot; cut home energy that &quot;%2&quot; also acts on (%3): the points may reward, and count again, what the equipment saves</source>
        <translation>碳账户“%1”削减的家庭能耗也是“%2”所作用的（%3）：积分可能会奖励并重复计算设备带来的节省</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the measure has no id</source>
        <translation>措施没有 id</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the scenario has no name</source>
        <translation>情景没有名称</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>scenario &quot;%1&quot; cannot be based on itself</source>
        <translation>情景“%1”不能以自身为基础</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scenario &quot;%1&quot; is based on &quot;%2&quot;, which is no scenario of the plan</source>
        <translation>情景“%1”以“%2”为基础，但规划中没有该情景</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scenario &quot;%1&quot; is based on &quot;%2&quot;, and its chain of bases goes round in a circle</source>
        <translation>情景“%1”以“%2”为基础，其基础情景链形成了循环</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+24"/>
        <location filename="../model/storage/PlanValidationMonitoring.cpp" line="+99"/>
        <source>measure &quot;%1&quot; is not in the plan</source>
        <translation>规划中没有措施“%1”</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 of &quot;%2&quot; is set twice in scenario &quot;%3&quot;</source>
        <translation>情景“%3”中“%2”的 %1 被设置了两次</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>in scenario &quot;%1&quot;, &quot;%2&quot;: %3</source>
        <translation>情景“%1”中的“%2”：%3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>level %1 is outside 0–1 (1 is the measure as specified)</source>
        <translation>实施程度 %1 超出范围 0–1（1 表示按设定全面实施）</translation>
    </message>
    <message>
        <location filename="../model/storage/MeasureClamping.cpp" line="+113"/>
        <source>capacity_t %1 t/yr is more than the %2 t its target lines hold in %3; only %2 t is composted that year</source>
        <translation>capacity_t %1 吨/年 大于其目标数据行在 %3 年的 %2 吨；当年只堆肥 %2 吨</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>share is left at its default %1 while amount_t is given: the measure cuts %2 of its lines&apos; activity as well as %3 t/yr; set share to 0 if amount_t alone is meant</source>
        <translation>已给出 amount_t，但 share 仍为默认值 %1：该措施除每年削减 %3 吨外，还会削减其数据行活动量的 %2；如果只想用 amount_t，请把 share 设为 0</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>amount_t %1 t/yr is more than the %2 tCO2e its target lines still emit in %3 after the share cut; only %2 t is cut that year</source>
        <translation>amount_t %1 吨/年 大于其目标数据行在 %3 年按 share 削减后仍排放的 %2 tCO2e；当年只削减 %2 吨</translation>
    </message>
    <message>
        <location filename="../model/storage/MonitoringJson.cpp" line="+130"/>
        <location filename="../model/storage/PeopleJson.cpp" line="+48"/>
        <source>&quot;%1&quot; is not a date; write it as year-month-day, e.g. &quot;2026-03-01&quot;</source>
        <translation>“%1”不是日期；请按 年-月-日 书写，例如“2026-03-01”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a number, found %1</source>
        <translation>应为数字，实际为%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the adopted plan is missing: an adoption keeps the plan as it was adopted, as a plan object</source>
        <translation>缺少被采纳的规划：每次采纳都要以规划对象保存采纳时的规划</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the adopted pathway needs one gross and one net figure per year</source>
        <translation>采纳的路径每年需要一个总排放和一个净排放数值</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/storage/PlanValidationMonitoring.cpp" line="-80"/>
        <source>the adopted plan holds %n scenario(s); it keeps the adopted scenario alone</source>
        <translation>
            <numerusform>被采纳的规划包含 %n 个情景；它只应保留被采纳的那个情景</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the indicator has no id</source>
        <translation>指标没有 id</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an actual inventory is for a year after the base year %1, up to %2; this one is for %3</source>
        <translation>实际清单的年份应在基准年 %1 之后、不晚于 %2；这份清单是 %3 年的</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <location line="+35"/>
        <source>%1 must be a number of at least 0</source>
        <translation>%1 必须是不小于 0 的数</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>progress year</source>
        <translation>进展年份</translation>
    </message>
    <message>
        <location filename="../model/storage/PlanValidationResidents.cpp" line="+21"/>
        <source>investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running cost</source>
        <translation>运行费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bill savings</source>
        <translation>账单节省</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the median household income of %1 is %2; it must be above 0</source>
        <translation>%1 年的家庭收入中位数为 %2；必须大于 0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the median household income has no source</source>
        <translation>家庭收入中位数没有来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the affordability threshold %1 is outside 0–1 (0.1 means 10 % of the median income)</source>
        <translation>可负担性阈值 %1 不在 0–1 之间（0.1 表示收入中位数的 10%）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the affordability threshold needs the median household income; no household is flagged without it</source>
        <translation>可负担性阈值需要家庭收入中位数；没有它就不会标记任何家庭</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the affordability threshold has no source</source>
        <translation>可负担性阈值没有来源</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the payer split is for measure &quot;%1&quot;, which the plan does not have; it is ignored</source>
        <translation>出资分担针对措施“%1”，但规划中没有该措施；已忽略</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>measure &quot;%1&quot;: the %2 share of %3 is %4; a share is from 0 to 1 (0.3 means 30 %)</source>
        <translation>措施“%1”：%3在%2中的份额为 %4；份额应在 0 到 1 之间（0.3 表示 30%）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>measure &quot;%1&quot;: the %2 shares add up to %3 %; they must add up to 100 %</source>
        <translation>措施“%1”：%2的份额合计为 %3%；必须合计为 100%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>measure &quot;%1&quot;: the fixed %2 of %3</source>
        <translation>措施“%1”：%3承担的固定%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>measure &quot;%1&quot;: give either households or household_share, not both</source>
        <translation>措施“%1”：households 和 household_share 只能填写其一</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>measure &quot;%1&quot;: the households it reaches must be more than 0; this is %2</source>
        <translation>措施“%1”：覆盖户数必须大于 0，此处为 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>measure &quot;%1&quot;: the share of households %2 is outside 0–1 (0.5 means half of the community&apos;s households)</source>
        <translation>措施“%1”：户数比例 %2 不在 0–1 之间（0.5 表示社区一半的住户）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the funding source has no name</source>
        <translation>资金来源没有名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>funding source &quot;%1&quot;</source>
        <translation>资金来源“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: year</source>
        <translation>%1：年份</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the amount of %2 is %3; it must be at least 0</source>
        <translation>%1：%2 年的金额为 %3；不能小于 0</translation>
    </message>
    <message>
        <location filename="../model/storage/CoBenefitValidation.cpp" line="+23"/>
        <source>measure &quot;%1&quot; rates %2 twice; keep one</source>
        <translation>措施“%1”对%2评了两次；请只保留一个</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>measure &quot;%1&quot;: the %2 figure has no source; say where it comes from or remove it</source>
        <translation>措施“%1”：%2的数值没有来源；请注明来源或将其删除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>measure &quot;%1&quot;: the engine already counts bill savings from the plan&apos;s prices; the %2 figure is shown only, never added to them</source>
        <translation>措施“%1”：计算引擎已按规划中的价格计算账单节省；%2的数值仅作显示，不会加到其中</translation>
    </message>
    <message>
        <location filename="../model/storage/PeopleJson.cpp" line="+30"/>
        <source>expected a measure id (text), found %1</source>
        <translation>此处应为措施 id（文本），实际为 %1</translation>
    </message>
    <message>
        <location filename="../model/storage/PlanValidationPeople.cpp" line="+32"/>
        <source>working group %1 has no id</source>
        <translation>工作组 %1 没有 id</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>working group &quot;%1&quot;: %2 is %3; a count of people cannot be negative</source>
        <translation>工作组“%1”：%2为 %3；人数不能为负数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the volunteer network has %1 people; a count of people cannot be negative</source>
        <translation>志愿者网络的人数为 %1；人数不能为负数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the volunteer network gives %1 hours a year; hours cannot be negative</source>
        <translation>志愿者网络每年服务 %1 小时；时长不能为负数</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>measure &quot;%1&quot; is owned by group &quot;%2&quot;, which is not one of the plan&apos;s working groups</source>
        <translation>措施“%1”的负责工作组“%2”不是本规划中的工作组</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>activity %1 has no name</source>
        <translation>活动 %1 没有名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>activity &quot;%1&quot;: its group &quot;%2&quot; is not one of the plan&apos;s working groups</source>
        <translation>活动“%1”：其工作组“%2”不是本规划中的工作组</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>activity &quot;%1&quot; supports measure &quot;%2&quot;, which the plan does not have</source>
        <translation>活动“%1”支持的措施“%2”在本规划中不存在</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>activity &quot;%1&quot;: %2</source>
        <translation>活动“%1”：%2</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>its year</source>
        <translation>其年份</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>activity &quot;%1&quot;: month %2 does not exist; a month is from 1 to 12</source>
        <translation>活动“%1”：月份 %2 不存在；月份应在 1 到 12 之间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>activity &quot;%1&quot;: its last year %2 is before its first year %3</source>
        <translation>活动“%1”：结束年份 %2 早于起始年份 %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>activity &quot;%1&quot;: %2 participants; a count of people cannot be negative</source>
        <translation>活动“%1”：参与人数为 %2；人数不能为负数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>activity &quot;%1&quot;: its cost %2 is negative</source>
        <translation>活动“%1”：费用 %2 为负数</translation>
    </message>
    <message>
        <location filename="../model/storage/TariffValidation.cpp" line="+24"/>
        <source>measure &quot;%1&quot;: its own tariff is for &quot;%2&quot;, which is not a carrier ZeroPlan knows</source>
        <translation>措施“%1”：其自有价格所针对的“%2”不是 ZeroPlan 可识别的能源品种</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>measure &quot;%1&quot; has two tariffs for %2; keep one</source>
        <translation>措施“%1”对 %2 有两个价格；请只保留一个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>measure &quot;%1&quot;: the tariff for %2 is per &quot;%3&quot;, which is not a unit %2 is measured in</source>
        <translation>措施“%1”：%2 的价格按“%3”计，但 %2 不以该单位计量</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>measure &quot;%1&quot;: the tariff for %2 must be zero or more, not %3</source>
        <translation>措施“%1”：%2 的价格必须大于或等于 0，而不是 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>measure &quot;%1&quot;: the cap of the tariff for %2 must be above zero, not %3</source>
        <translation>措施“%1”：%2 价格的上限必须大于 0，而不是 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>measure &quot;%1&quot;: the cap of the tariff for %2 counts per household, and the measure reaches no household, so nothing is bought at the tariff; give the community&apos;s households</source>
        <translation>措施“%1”：%2 价格的上限按户计算，而该措施未覆盖任何住户，因此不会按此价格购买任何量；请填写社区的户数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>measure &quot;%1&quot;: the tariff for %2 has no source; say where it comes from</source>
        <translation>措施“%1”：%2 的价格没有来源；请注明其出处</translation>
    </message>
</context>
<context>
    <name>zeroplan::PlanLock</name>
    <message>
        <location filename="../model/storage/PlanLock.cpp" line="+49"/>
        <source>%1 (pid %2 on %3)</source>
        <comment>program (process id on computer)</comment>
        <translation>%1（%3 上的进程 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown computer</source>
        <translation>未知的计算机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the plan is being edited by another program (its lock file is %2); try again when it is closed there</source>
        <translation>%1：该规划正被另一个程序编辑（其锁文件为 %2）；请在那里关闭后再试</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the plan is being edited by %2; try again when it is closed there</source>
        <translation>%1：该规划正被 %2 编辑；请在那里关闭后再试</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the plan cannot be locked for writing: the lock file %2 cannot be created (check that the folder is writable)</source>
        <translation>%1：无法锁定规划以写入：无法创建锁文件 %2（请检查文件夹是否可写）</translation>
    </message>
</context>
<context>
    <name>zeroplan::PlanReport</name>
    <message>
        <location filename="../views/report/PlanReport.cpp" line="+30"/>
        <source>The plan has no scenario number %1.</source>
        <translation>规划中没有第 %1 个情景。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan has not been adopted yet: adopt a scenario on the Monitoring page, then its annual monitoring report can be printed.</source>
        <translation>规划尚未采纳：请先在“监测”页采纳一个情景，然后才能打印年度自评报告。</translation>
    </message>
    <message>
        <location filename="../views/report/DistrictReport.cpp" line="-26"/>
        <location filename="../views/report/PlanReport.cpp" line="+16"/>
        <source>ZeroPlan %1</source>
        <translation>零碳社区规划 %1</translation>
    </message>
    <message>
        <location filename="../views/report/PlanReport.cpp" line="+33"/>
        <source>%1 · %2</source>
        <comment>plan title · scenario</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../views/report/ReportMonitoringSection.cpp" line="+145"/>
        <location filename="../views/report/ReportSections.cpp" line="+175"/>
        <source>Carbon-neutrality plan</source>
        <translation>碳中和规划</translation>
    </message>
    <message>
        <location filename="../views/report/DistrictReport.cpp" line="+27"/>
        <location filename="../views/report/PlanReport.cpp" line="+6"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../views/report/PlanReport.cpp" line="+16"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 无法写入：%2</translation>
    </message>
    <message>
        <location filename="../views/report/ReportAssumptions.cpp" line="+43"/>
        <source>%1 a year</source>
        <translation>每年 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base year and horizon</source>
        <translation>基准年与规划期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/report/ReportSections.cpp" line="+8"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residents</source>
        <translation>常住人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population growth</source>
        <translation>人口增长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household growth</source>
        <translation>户数增长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend: %1</source>
        <translation>趋势：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global warming potentials</source>
        <translation>全球增温潜势</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IPCC %1, 100 years</source>
        <translation>IPCC %1，100 年</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Factor library</source>
        <translation>排放因子库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+71"/>
        <location filename="../views/report/ReportChangesSection.cpp" line="+29"/>
        <location filename="../views/report/ReportMeasureSections.cpp" line="+169"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+20"/>
        <location line="+20"/>
        <location line="+31"/>
        <location filename="../views/report/ReportCoBenefits.cpp" line="+67"/>
        <location filename="../views/report/ReportMeasureSections.cpp" line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Energy prices</source>
        <translation>能源价格</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 %2 per %3</source>
        <comment>price, currency, unit</comment>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Carrier</source>
        <translation>能源品种</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1, up to %2 %3 per household a year</source>
        <comment>price, cap, unit</comment>
        <translation>%1，每户每年最多 %2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <comment>measure, carrier</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measures&apos; own tariffs</source>
        <translation>措施自有价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure and carrier</source>
        <translation>措施和能源品种</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emission factors used</source>
        <translation>所用排放因子</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <comment>region, year</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1CO₂e/%2</source>
        <comment>mass unit, activity unit</comment>
        <translation>%1CO₂e/%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Factor</source>
        <translation>因子</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../views/report/ReportIndicators.cpp" line="+53"/>
        <location line="+43"/>
        <location filename="../views/report/ReportMeasureSections.cpp" line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region, year</source>
        <translation>地区，年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values in the base year %1 with the plan&apos;s global warming potentials; a factor that changes over the years (a grid that decarbonises) follows its trajectory.</source>
        <translation>数值为基准年 %1 的取值，按规划采用的全球增温潜势计算；逐年变化的因子（如逐步脱碳的电网）按其轨迹取值。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Business as usual (BAU) carries each baseline activity line forward from the base year with its driver: the number of residents or households, or held fixed, and the trend of its sector. Emission factors that change over the years follow their trajectories.</source>
        <translation>基准情景（BAU）将每一条基准活动数据从基准年起按其驱动因素向后推算：常住人口或户数，或保持不变，并叠加所属部门的趋势。逐年变化的排放因子按其轨迹取值。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measures act on the activity lines in a fixed order of stages: first those that reduce demand, then those that switch fuels, then clean supply. Each measure&apos;s wedge is the cut it makes after the measures before it (sequential attribution), so no tonne is counted twice and the wedges add up to the gap between BAU and the scenario&apos;s gross emissions.</source>
        <translation>各项措施按固定的阶段顺序作用于活动数据：先是减少需求的措施，再是燃料替代，最后是清洁供应。每项措施的减排楔形是在其之前的措施生效之后它带来的削减（顺序归因），因此同一吨不会被重复计算，各楔形之和等于基准情景与该情景总排放之差。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sinks (trees planted) and carbon credits are kept on a ledger of their own, apart from reductions: net emissions are gross emissions minus sinks and credits, and the plan shows both so that offsets never hide a shortfall in reductions. The community is neutral from the year its net emissions reach zero and stay there to the end of the plan; a year below zero that does not last is not neutrality, and a neutrality target is met only if neutrality holds from the target year on.</source>
        <translation>碳汇（植树）和碳信用单独记账，与减排分开：净排放等于总排放减去碳汇和碳信用，本规划同时列出两者，使抵消永远不会掩盖减排的不足。社区从净排放降到零并保持到规划期末的那一年起实现碳中和；某一年低于零但不能保持，不算碳中和；只有从目标年起保持碳中和，才算实现碳中和目标。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Costs are investment (renewed at the end of a measure&apos;s lifetime), running costs and energy savings valued at the plan&apos;s prices, discounted to the base year. Cost per tonne is the present cost divided by the discounted tonnes abated (levelised). Trees planted count as abatement, since they take CO₂ out of the air; carbon credits bought do not: their cost and tonnes are shown apart, at a price per credit, and never enter a cost per tonne abated.</source>
        <translation>成本包括投资（在措施寿命期满时重新投入）、运行费用，以及按规划价格计算的节能收益，均折现到基准年。每吨成本为成本现值除以折现后的减排量（平准化）。植树从空气中吸收 CO₂，计为减排；购买的碳信用不计为减排：其成本和吨数单独列出，按每单位价格计，从不计入每吨减排成本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uncertainty is explored with a Monte Carlo simulation that draws every uncertain value from a triangular distribution over its low, likely and high values, with a fixed seed so the same plan always gives the same figures; the probability is put in the IPCC&apos;s calibrated words.</source>
        <translation>不确定性采用蒙特卡洛模拟分析：每个不确定数值按其低值、可能值和高值构成的三角分布抽样，随机种子固定，因此同一规划总是得到相同的结果；概率按 IPCC 的校准用语表述。</translation>
    </message>
    <message>
        <location filename="../views/report/ReportMeasureSections.cpp" line="-105"/>
        <source>%1–%2</source>
        <comment>start year, year of full adoption</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The plan has no measures yet.</source>
        <translation>规划中还没有措施。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The plan considers %n measure(s). Abatement and cost per tonne are those of the scenario “%1” over %2 to %3; a measure outside it shows none.</source>
        <translation>
            <numerusform>规划共考虑 %n 项措施。减排量和每吨成本为情景“%1”在 %2 至 %3 年间的数值；未纳入该情景的措施不显示。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not included</source>
        <translation>未纳入</translation>
    </message>
    <message>
        <location filename="../views/report/ReportIndicators.cpp" line="-74"/>
        <location line="+46"/>
        <location line="+20"/>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../views/report/ReportMeasureSections.cpp" line="-35"/>
        <location line="+12"/>
        <location line="+75"/>
        <location filename="../views/report/ReportMonitoringSection.cpp" line="-119"/>
        <location line="+30"/>
        <location line="+16"/>
        <location line="+3"/>
        <location line="+46"/>
        <location line="+39"/>
        <location filename="../views/report/ReportResidentsSection.cpp" line="+148"/>
        <location filename="../views/report/ReportResultSections.cpp" line="+89"/>
        <location line="+70"/>
        <location filename="../views/report/ReportSections.cpp" line="-1"/>
        <location line="+69"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>%1 / %2</source>
        <comment>plan / actual</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../views/report/ReportPeopleSection.cpp" line="+140"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+43"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Actual vs plan</source>
        <translation>实际与计划对比</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Each year shows the plan, then the actual figure; actual vs plan compares them in the latest year with an actual figure.</source>
        <translation>每年先列计划值，再列实际值；“实际与计划对比”比较有实际值的最近一年。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Sources: %1.</source>
        <translation>来源：%1。</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <location filename="../views/report/ReportPeopleSection.cpp" line="+3"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Latest actual</source>
        <translation>最新实际值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../views/report/ReportMeasureSections.cpp" line="-85"/>
        <source>(%1 bought)</source>
        <comment>tonnes of carbon credits bought</comment>
        <translation>（购买 %1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 per credit</source>
        <translation>每单位碳信用 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cost not entered</source>
        <translation>未填写成本</translation>
    </message>
    <message>
        <location filename="../views/report/ReportCoBenefits.cpp" line="-49"/>
        <source>Co-benefits</source>
        <translation>协同效益</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each measure does besides carbon: ✓ better, – no effect, ✗ worse, ? not assessed. A rating is qualitative and stands only where a source supports it; bill savings in money are the Costs chapter&apos;s, counted once.</source>
        <translation>各项措施在碳减排之外的作用：✓ 改善，– 无影响，✗ 变差，? 未评估。评级为定性判断，仅在有来源支持时给出；账单节省金额见“成本”一章，只计一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <location filename="../views/report/ReportMeasureSections.cpp" line="+6"/>
        <location line="+85"/>
        <location filename="../views/report/ReportMonitoringSection.cpp" line="-77"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 %2 %3</source>
        <comment>value, unit, per year / per unit of activity</comment>
        <translation>%3 %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per unit of activity</source>
        <translation>每单位活动量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1; figure: %2</source>
        <translation>%1；数值：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No measure&apos;s co-benefits are assessed yet.</source>
        <translation>尚未评估任何措施的协同效益。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co-benefit</source>
        <translation>协同效益</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../views/report/ReportMeasureSections.cpp" line="-85"/>
        <source>Owner group</source>
        <translation>负责小组</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../views/report/ReportMonitoringSection.cpp" line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start – full</source>
        <translation>启动 – 全面实施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level in scenario</source>
        <translation>情景中的实施程度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abated (tCO₂e)</source>
        <translation>减排量（tCO₂e）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost per tonne</source>
        <translation>每吨成本</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>%1 (%2)</source>
        <comment>measure name, kind</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>Owner: %1. Status: %2. Starts %3, full adoption after %n year(s) (%4); renewed every %5 years. Investment at full adoption: %6. Running cost: %7.</source>
        <translation>
            <numerusform>负责：%1。状态：%2。%3 年开始，%n 年后全面推广（%4）；每 %5 年更新一次。全面推广时的投资：%6。运行费用：%7。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S-curve</source>
        <translation>S 形曲线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>straight line</source>
        <translation>直线</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In “%1” the measure is taken up at a level of %2, and its costs with it: the costs count an investment of %3 at full adoption.</source>
        <translation>在“%1”中，该措施按 %2 的程度实施，成本随之折算：按全面推广时 %3 的投资计。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <comment>low – high</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The scenario “%1” has no measures to schedule.</source>
        <translation>情景“%1”中没有需要排期的措施。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When each measure of the scenario “%1” starts and reaches full adoption, by the working group that owns it. The solid bar is the ramp-up; the light bar, the years at full adoption.</source>
        <translation>情景“%1”中每项措施何时启动、何时全面实施，按负责的工作小组分组。实色条为逐步推进期，浅色条为全面实施的年份。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 · %2</source>
        <comment>status · years</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Community activities (no reduction of their own)</source>
        <translation>社区活动（本身不计减排）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · %2</source>
        <comment>how often · years</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../views/report/ReportResultSections.cpp" line="-85"/>
        <source>Net emissions of every scenario against business as usual (BAU) and the target path; for “%1”, gross emissions and the sinks and credits below zero.</source>
        <translation>各情景的净排放与基准情景（BAU）及目标路径的对比；对于“%1”，另示总排放，以及零线以下的碳汇与碳信用。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Emissions by year, “%1” (tCO₂e/yr)</source>
        <translation>逐年排放，“%1”（tCO₂e/年）</translation>
    </message>
    <message>
        <location filename="../views/report/ReportMonitoringSection.cpp" line="-41"/>
        <source>%1 (scenario “%2”). %3</source>
        <translation>%1（情景“%2”）。%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan and the actual emissions</source>
        <translation>规划与实际排放</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../views/report/ReportResultSections.cpp" line="+2"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <source>Planned (%1)</source>
        <translation>计划（%1）</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Actual (%1)</source>
        <translation>实际（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap (%1)</source>
        <translation>差距（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap (%)</source>
        <translation>差距（%）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The measures in %1</source>
        <translation>%1 年各项措施</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Light</source>
        <translation>信号灯</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../views/report/ReportIndicators.cpp" line="+0"/>
        <location filename="../views/report/ReportMonitoringSection.cpp" line="+0"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../views/report/ReportMonitoringSection.cpp" line="+1"/>
        <source>Completion</source>
        <translation>完成度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Realised (%1)</source>
        <translation>实际减排（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adoption is counted in each measure&apos;s own unit (kWp installed, tonnes composted, share of trips, or the share of the measure carried out). A measure is late when it is behind its planned ramp, stalled when paused, cancelled or not updated for 12 months. Realised tonnes come from the same engine, with each measure at its reported adoption.</source>
        <translation>完成量按各项措施自身的单位计（已装光伏 kWp、堆肥吨数、出行替代比例，或措施已实施的比例）。进度落后于计划爬坡的措施为“滞后”；暂停、取消或 12 个月没有更新的为“停滞”。实际减排量由同一计算引擎按各项措施填报的完成量算出。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why emissions changed, %1 to %2</source>
        <translation>排放变化的原因，%1—%2 年</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Population and households</source>
        <translation>人口与户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weather (heating degree days)</source>
        <translation>天气（采暖度日数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emission factors (grid, fuels)</source>
        <translation>排放因子（电网、燃料）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (behaviour, economy, data)</source>
        <translation>其他（行为、经济、数据）</translation>
    </message>
    <message>
        <location filename="../views/report/ReportChangesSection.cpp" line="-10"/>
        <source>Nothing has been changed since %1.</source>
        <translation>自%1以来没有任何修改。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Every change made to the plan since %1: %n change(s), oldest first, each with who made it, when, and every value it changed, before and after.</source>
        <translation>
            <numerusform>自%1以来对规划所做的全部修改：共 %n 项，按时间先后排列，列出修改人、时间以及每个被修改数值的修改前后值。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../views/report/ReportMonitoringSection.cpp" line="+1"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../views/report/ReportMonitoringSection.cpp" line="+5"/>
        <source>Re-forecast from %1</source>
        <translation>自 %1 年重新预测</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not reached</source>
        <translation>未实现</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/report/ReportPeopleSection.cpp" line="-73"/>
        <location line="+29"/>
        <location line="+30"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neutral from</source>
        <translation>碳中和起始年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net in %1 (%2)</source>
        <translation>%1 年净排放（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of reach</source>
        <translation>难以实现</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business as usual is re-anchored on the latest actual emissions. Catch up keeps each late measure&apos;s goal, to be reached by the end of its planned ramp (out of reach when that needs a faster yearly rise than any reported so far); slip shifts its ramp by the years it is behind; scale multiplies its future adoption by actual ÷ planned.</source>
        <translation>基准情景以最近一年的实际排放为起点重新校准。“追赶”保留每项滞后措施的目标，要求在原定爬坡期结束前完成（若所需的年增幅超过迄今填报过的最大年增幅，则标为难以实现）；“顺延”把爬坡按落后的年数整体推迟；“按比例”把今后的完成量乘以实际与计划之比。</translation>
    </message>
    <message>
        <location filename="../views/report/ReportResultSections.cpp" line="+0"/>
        <source>BAU</source>
        <translation>基准情景</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross</source>
        <translation>总排放</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sinks and credits</source>
        <translation>碳汇与碳信用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>净排放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target path</source>
        <translation>目标路径</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wedges: what each measure cuts</source>
        <translation>减排楔形：每项措施的削减</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each wedge is the cut a measure makes after the measures applied before it (sequential attribution), so the wedges add up to BAU minus the scenario&apos;s net.</source>
        <translation>每个楔形是某项措施在其之前的措施生效后带来的削减（顺序归因），因此各楔形之和等于基准情景减去该情景的净排放。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cumulative emissions against the carbon budget</source>
        <translation>累计排放与碳预算</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan has no scenarios yet.</source>
        <translation>规划中还没有情景。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan&apos;s scenarios side by side, with business as usual first.</source>
        <translation>规划各情景并列对比，基准情景在前。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <comment>scenario name: description</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the measures of “%1” cost and save over %2 to %3, in present values at a discount rate of %4. A negative cost per tonne means the measure pays for itself.</source>
        <translation>情景“%1”中各项措施在 %2 至 %3 年间的成本与节省，按 %4 的折现率计算现值。每吨成本为负表示该措施能够自负盈亏。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Carbon credits are listed apart and left out of every total of abatement and of the cost per tonne abated: %1 of credits cost %2 in present value (%3 per credit).</source>
        <translation>碳信用单独列出，不计入任何减排合计和每吨减排成本：%1 碳信用的成本现值为 %2（每单位 %3）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Marginal abatement cost curve</source>
        <translation>边际减排成本曲线</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each bar is a measure: its width the tonnes it abates over the horizon, its height the cost per tonne; cheapest first. Trees planted take CO₂ up and stand on the curve; carbon credits bought abate nothing and, if any, are drawn hatched after it, at their price per credit.</source>
        <translation>每根柱代表一项措施：宽度为规划期内的减排吨数，高度为每吨成本；最便宜的在前。植树吸收 CO₂，列在曲线上；购买的碳信用不产生减排，如有，以斜线填充画在曲线之后，高度为每单位价格。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a scenario to see how sure its outcome is.</source>
        <translation>添加一个情景，即可查看其结果的把握程度。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No measure of “%1” has a low–high range, so the outcome is shown as certain. Give the uncertain values a range to see how sure it is.</source>
        <translation>情景“%1”中没有措施设定低值–高值范围，因此结果按确定值显示。为不确定的数值设定范围，即可查看把握程度。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 simulated futures (Monte Carlo), each drawing the %n uncertain value(s) from their low–likely–high ranges.</source>
        <translation>
            <numerusform>共模拟 %1 种未来（蒙特卡洛），每次从 %n 个不确定数值的低值–可能值–高值范围中抽样。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which values matter most</source>
        <translation>哪些数值影响最大</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Net emissions in %1 with one value at its low or high end and every other at its likely value; the longest bars are the values most worth pinning down.</source>
        <translation>%1 年的净排放：每次将一个数值取其低端或高端，其余取可能值；条越长，越值得把该数值核实清楚。</translation>
    </message>
    <message>
        <location filename="../views/report/ReportSections.cpp" line="-193"/>
        <source>no scenario</source>
        <translation>无情景</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1, %2</source>
        <comment>community, region</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../views/report/ReportMonitoringSection.cpp" line="+19"/>
        <location filename="../views/report/ReportSections.cpp" line="+1"/>
        <source>d MMMM yyyy</source>
        <comment>date format on the cover</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adopted plan</source>
        <translation>采纳的规划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, adopted %2 (scenario “%3”)</source>
        <translation>%1，%2 采纳（情景“%3”）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not adopted yet</source>
        <translation>尚未采纳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest actual emissions</source>
        <translation>最新实际排放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none entered yet</source>
        <translation>尚未录入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/report/ReportSections.cpp" line="+1"/>
        <source>Prepared by</source>
        <translation>编制单位</translation>
    </message>
    <message>
        <location filename="../views/report/ReportPeopleSection.cpp" line="-100"/>
        <source>every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarterly, from %1</source>
        <translation>每季度，自%1起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1</source>
        <translation>每年%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Who carries the plan out: the working groups and the measures each owns, the volunteer network, and the calendar of community activities. Activities support measures; they are not counted as reductions. An effect they have counts only through the parameter of the measure they support.</source>
        <translation>由谁实施规划：各工作组及其负责的措施、志愿者网络，以及社区活动日历。活动用于支持措施，本身不计入减排；其效果只通过所支持措施的参数计入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working groups</source>
        <translation>工作组</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+30"/>
        <source>Group</source>
        <translation>工作组</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measures it owns</source>
        <translation>负责的措施</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The volunteer network: %1 people, giving %2 hours a year.</source>
        <translation>志愿者网络：%1 人，每年服务 %2 小时。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Activity calendar</source>
        <translation>活动日历</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../views/report/ReportSections.cpp" line="+1"/>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../views/report/ReportChangesSection.cpp" line="+0"/>
        <location filename="../views/report/ReportPeopleSection.cpp" line="+0"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../views/report/ReportPeopleSection.cpp" line="+0"/>
        <source>People each time</source>
        <translation>每次人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost each time</source>
        <translation>每次费用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supports</source>
        <translation>支持的措施</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Month by month, %1–%2</source>
        <translation>逐月安排（%1–%2 年）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Participants expected a year (a target, not a measured figure): %1.</source>
        <translation>每年预计参与人数（为目标值，非实测）：%1。</translation>
    </message>
    <message>
        <location filename="../views/report/ReportMonitoringSection.cpp" line="+1"/>
        <location filename="../views/report/ReportSections.cpp" line="+3"/>
        <source>Neutrality target</source>
        <translation>碳中和目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/report/ReportSections.cpp" line="+2"/>
        <source>none set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <location filename="../views/report/ReportSections.cpp" line="+4"/>
        <source>About the scenario</source>
        <translation>情景说明</translation>
    </message>
    <message>
        <location filename="../views/report/ReportMonitoringSection.cpp" line="+1"/>
        <location filename="../views/report/ReportSections.cpp" line="+1"/>
        <source>Made with ZeroPlan %1</source>
        <translation>由零碳社区规划 %1 生成</translation>
    </message>
    <message>
        <location filename="../views/report/ReportSections.cpp" line="+13"/>
        <source>Baseline (%1)</source>
        <translation>基准排放（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per resident</source>
        <translation>人均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per household</source>
        <translation>户均</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Per resident and per household: base-year emissions divided by the community&apos;s %1 residents and %2 households. Costs are present values at a discount rate of %3, in %4; a negative cost is a saving. Neutrality counts from the year net emissions stay at or below zero to the end of the plan; the cost per tonne abated leaves out carbon credits bought, which abate nothing.</source>
        <translation>人均和户均：基准年排放除以社区 %1 位居民和 %2 户。成本为折现率 %3 下的现值，单位 %4；负成本表示节省。碳中和从净排放不高于零并保持到规划期末的那一年起计；每吨减排成本不含购买的碳信用，因为它们不产生减排。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Total cost (present value)</source>
        <translation>总成本（现值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per tonne abated</source>
        <translation>每吨减排成本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Residual to offset in %1</source>
        <translation>%1 年需抵消的剩余排放</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>In %1 the community emitted %2, by the GPC sectors below.</source>
        <translation>%1 年社区排放 %2，按 GPC 部门分列如下。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>Sector</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+2"/>
        <source>Activity lines</source>
        <translation>活动数据</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+28"/>
        <source>tCO₂e/yr</source>
        <translation>tCO₂e/年</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · %2</source>
        <comment>subsector, carrier</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <comment>amount, unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../views/report/ReportPeopleSection.cpp" line="-38"/>
        <location filename="../views/report/ReportSections.cpp" line="+7"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../views/report/ReportSections.cpp" line="+0"/>
        <source>Amount per year</source>
        <translation>年活动量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emission factor</source>
        <translation>排放因子</translation>
    </message>
    <message>
        <location filename="../views/report/ReportResidentsSection.cpp" line="-121"/>
        <source>Add a scenario to see what it means for residents.</source>
        <translation>添加情景后，即可查看其对居民意味着什么。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan does not say yet who pays for its measures or what households see of them: give each measure&apos;s payer split on the Residents page.</source>
        <translation>规划尚未说明措施由谁出资、家庭会受到哪些影响：请在“居民”页为每项措施设置出资分摊。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>In “%1” the measures reach up to %2 households. A household that takes part in every measure pays %3 up front and receives %4 of subsidy; its yearly bill changes by %5 in %6. Over all %7 households of the community the bill changes by %8 on average. Over %9 to %10 the residents invest %11 and the government %12.</source>
        <translation>在“%1”中，各项措施最多覆盖 %2 户。参与全部措施的家庭前期投入 %3，获得补贴 %4；其账单在 %6 年的变化为 %5。按社区全部 %7 户平均，账单变化为 %8。%9–%10 年间，居民投资 %11，政府投资 %12。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Households reached</source>
        <translation>覆盖户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pays up front</source>
        <translation>前期投入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subsidy received</source>
        <translation>获得补贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly bill change (%1)</source>
        <translation>每年账单变化（%1 年）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid back after</source>
        <translation>回收期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affordability</source>
        <translation>可负担性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per household reached: the residents&apos; share of each measure&apos;s money divided by the households it reaches; up front is the first purchase cycle. A minus sign: the bill falls.</source>
        <translation>按每个覆盖户计：居民在各项措施资金中承担的部分除以该措施覆盖的户数；前期投入指首个购置周期。负号表示账单减少。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each measure, per household reached</source>
        <translation>各项措施（按每个覆盖户计）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who pays how much</source>
        <translation>谁出资多少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each party&apos;s money over %1 to %2: what it invests, its running costs, the bill savings it receives, and its net present value at a discount rate of %3.</source>
        <translation>%1–%2 年间各出资方的资金：投资、运行成本、获得的账单节省，以及按 %3 折现率计算的净现值。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Funding plan</source>
        <translation>资金计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The funding sources cover what the parties that need them spend in every year.</source>
        <translation>每一年，资金来源都能覆盖需要资金来源的出资方的支出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The funding sources fall short in %1: %2 in all.</source>
        <translation>资金来源在 %1 年不足：资金缺口共 %2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Party</source>
        <translation>出资方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spending (%1)</source>
        <translation>支出（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funding sources (%1)</source>
        <translation>资金来源（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortfall (%1)</source>
        <translation>资金缺口（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A party is held against funding sources when its money exists only through one (government subsidy, sponsors, crowdfunding) or a source names it; the others pay from their own budgets. Money a source gives beyond a year&apos;s spending is not carried over.</source>
        <translation>若某出资方的资金只能来自资金来源（政府补贴、赞助方、社区众筹），或有资金来源指定为其出资，则将其支出与资金来源对照；其他出资方用自有预算支付。资金来源超出当年支出的部分不结转到下一年。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Carbon accounts: %1</source>
        <translation>碳账户：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The points budget is %1 over %2 to %3 (%4 in present value), paid by %5. It buys %6 credited to residents&apos; accounts, of which %7 are additional cuts: %8 per credited tonne and %9 per additional tonne.</source>
        <translation>%2–%3 年的积分预算为 %1（现值 %4），由%5支付。它换来计入居民账户的减排量 %6，其中额外减排量为 %7：每吨计入减排量 %8，每吨额外减排量 %9。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no one named (unassigned)</source>
        <translation>未指定（未分配）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>between party names</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>zeroplan::PlanReview</name>
    <message>
        <location filename="../model/review/PlanReview.cpp" line="+146"/>
        <source>the comment has no id</source>
        <translation>评论没有编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the id &quot;%1&quot; is used by another comment</source>
        <translation>编号“%1”已被另一条评论使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>the time is missing</source>
        <translation>缺少时间</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>the comment has no words</source>
        <translation>评论没有内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the thread &quot;%1&quot; starts nowhere</source>
        <translation>话题“%1”没有起始评论</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is on %1 but its thread is on %2</source>
        <translation>它针对 %1，但所属话题针对 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the review state has no id</source>
        <translation>审核状态没有编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the id &quot;%1&quot; is used by another review state</source>
        <translation>编号“%1”已被另一条审核状态使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no measure is named</source>
        <translation>没有指明措施</translation>
    </message>
</context>
<context>
    <name>zeroplan::PlanRewrite</name>
    <message>
        <location filename="../app/cli/PlanRewrite.cpp" line="+26"/>
        <source>the file was changed by another program while this command ran; nothing was written, run the command again</source>
        <translation>此命令运行期间文件被另一个程序更改；未写入任何内容，请重新运行该命令</translation>
    </message>
</context>
<context>
    <name>zeroplan::PlanStore</name>
    <message>
        <location filename="../model/storage/PlanStore.cpp" line="+74"/>
        <source>%1: could not save the plan: %2</source>
        <translation>%1：无法保存规划：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: the project file is damaged (its header gives the page size %2, which SQLite never uses)</source>
        <translation>%1：项目文件已损坏（文件头给出的页大小为 %2，SQLite 从不使用这一大小）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the project file is truncated or damaged: it has %2 bytes, but its pages need %3; it was probably not copied or downloaded completely</source>
        <translation>%1：项目文件被截断或已损坏：文件有 %2 字节，但其页面需要 %3 字节；可能没有完整复制或下载</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1: the file does not exist</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a ZeroPlan project file (a folder or a device)</source>
        <translation>%1：不是 ZeroPlan 项目文件（是文件夹或设备）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot open the file: %2</source>
        <translation>%1：无法打开文件：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a ZeroPlan project file (not an SQLite database)</source>
        <translation>%1：不是 ZeroPlan 项目文件（不是 SQLite 数据库）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: the project file is truncated: it has only %n byte(s), fewer than the 100 of an SQLite database&apos;s header</source>
        <translation>
            <numerusform>%1：项目文件被截断：只有 %n 字节，少于 SQLite 数据库文件头的 100 字节</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the project file is in SQLite&apos;s write-ahead-log (WAL) mode and %2 beside it holds changes not yet in the file; close the program that has it open (or open and close it there), then try again</source>
        <translation>%1：项目文件处于 SQLite 预写日志（WAL）模式，旁边的 %2 中有尚未写入文件的更改；请关闭打开它的程序（或在那里打开后再关闭），然后重试</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>%1: the project file is damaged (%2)</source>
        <translation>%1：项目文件已损坏（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>%1: reading the project file took longer than %n second(s) and was stopped; the file is damaged or made to stall ZeroPlan</source>
        <translation>
            <numerusform>%1：读取项目文件超过 %n 秒，已停止；该文件已损坏，或被构造来拖住 ZeroPlan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not a ZeroPlan project file (an SQLite database of another program)</source>
        <translation>%1：不是 ZeroPlan 项目文件（是其他程序的 SQLite 数据库）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: made by a newer ZeroPlan (file format %2, this version reads up to %3)</source>
        <translation>%1：由更新版本的 ZeroPlan 创建（文件格式 %2，本版本最多可读取格式 %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>file format %1 does not exist</source>
        <translation>文件格式 %1 不存在</translation>
    </message>
</context>
<context>
    <name>zeroplan::PreferencesDialog</name>
    <message>
        <location filename="../views/window/PreferencesDialog.cpp" line="+17"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers and dates follow the language chosen.</source>
        <translation>数字和日期格式随所选语言而定。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Li Wei</source>
        <translation>例如：李伟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Xinqiao residents&apos; committee</source>
        <translation>例如：新桥社区居委会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>所在单位(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded with every change you make to a plan (View → History).</source>
        <translation>您对规划的每一项修改都会记录这些信息（视图 → 修改记录）。</translation>
    </message>
</context>
<context>
    <name>zeroplan::PresetDialog</name>
    <message>
        <location filename="../views/residents/PresetDialog.cpp" line="+23"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The source names who pays, not how much. Give each party&apos;s share of the investment; they must add up to 100 %. The running cost and the bill savings stay as they are.</source>
        <translation>来源只说明由谁出资，未说明出资多少。请填写各出资方的投资份额，合计必须为 100 %。运行成本和账单节省保持不变。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The share of the investment %1 pays.</source>
        <translation>%1承担的投资份额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sum:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The government pays the equipment up to %1 per household, the residents the rest; the running cost and the bill savings go to the residents. Check the local notice: district rules differ.</source>
        <translation>政府为设备出资，每户最多 %1，其余由居民承担；运行成本和账单节省归居民。请查阅当地通知：各区规定不同。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the equipment costs one household, in the plan&apos;s currency.</source>
        <translation>一户的设备费用，以规划所用货币计。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many households take part.</source>
        <translation>参与的户数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Investment per household:</source>
        <translation>每户投资：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households reached:</source>
        <translation>覆盖户数：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % — the shares must add up to 100 %</source>
        <translation>%1 % — 份额合计必须为 100 %</translation>
    </message>
</context>
<context>
    <name>zeroplan::PriceLibrary</name>
    <message>
        <location filename="../model/plan/PriceLibrary.cpp" line="+41"/>
        <source>a price has no id</source>
        <translation>有一个价格没有 id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>price %1: unknown carrier &quot;%2&quot;</source>
        <translation>价格 %1：未知的能源品种“%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>price %1: unit &quot;%2&quot; does not fit %3</source>
        <translation>价格 %1：单位“%2”不适用于 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>price %1: the price must be a number above 0</source>
        <translation>价格 %1：价格必须是大于 0 的数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>price %1: currency, region, year and source are required</source>
        <translation>价格 %1：必须给出币种、地区、年份和来源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>price %1: confidence must be high, medium or low</source>
        <translation>价格 %1：可信度必须是 high、medium 或 low</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>not a ZeroPlan price library</source>
        <translation>不是 ZeroPlan 价格库</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>price %1 is listed twice</source>
        <translation>价格 %1 出现了两次</translation>
    </message>
</context>
<context>
    <name>zeroplan::PriceTableModel</name>
    <message>
        <location filename="../views/community/PriceTableModel.cpp" line="+84"/>
        <source>Say where the price comes from: a bill, a tariff notice</source>
        <translation>请注明价格来源：账单、价格公告等</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Carrier</source>
        <translation>能源品种</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price (%1 per unit)</source>
        <translation>价格（%1/单位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Energy prices: “%1” is not an energy carrier a price can value.</source>
        <translation>能源价格：“%1”不是可以计价的能源品种。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change energy price</source>
        <translation>修改能源价格</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Energy prices: %1 is not a unit %2 can be priced in.</source>
        <translation>能源价格：%2 不能以 %1 为单位计价。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Energy prices: the price must be a number of at least 0.</source>
        <translation>能源价格：价格必须是不小于 0 的数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Energy prices: %1 has a price already (row %2).</source>
        <translation>能源价格：%1 已有价格（第 %2 行）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Energy prices: every energy carrier has a price already.</source>
        <translation>能源价格：所有能源品种都已有价格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add energy price</source>
        <translation>添加能源价格</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove energy price</source>
        <translation>删除能源价格</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Energy prices: choose the grid region first.</source>
        <translation>能源价格：请先选择电网区域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy prices: ZeroPlan has no further sourced prices in %1 for %2; enter the community&apos;s own from its bills.</source>
        <translation>能源价格：ZeroPlan 没有 %2 更多以 %1 计的有来源价格；请按社区账单填写。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add regional energy prices</source>
        <translation>添加本地区能源价格</translation>
    </message>
</context>
<context>
    <name>zeroplan::PricesEditor</name>
    <message>
        <location filename="../views/community/PricesEditor.cpp" line="+16"/>
        <source>Add price</source>
        <translation>添加价格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove price</source>
        <translation>删除价格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in regional prices</source>
        <translation>填入本地区价格</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the price of an energy carrier, from the community&apos;s bills</source>
        <translation>按社区账单添加一种能源的价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the sourced prices ZeroPlan has for the grid region, for the carriers that have no price yet</source>
        <translation>为尚无价格的能源品种添加 ZeroPlan 收录的本电网区域有来源的价格</translation>
    </message>
</context>
<context>
    <name>zeroplan::ProbabilityWords</name>
    <message>
        <location filename="../views/present/ProbabilityWords.cpp" line="+52"/>
        <source>exceptionally unlikely</source>
        <translation>极不可能</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>very unlikely</source>
        <translation>很不可能</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlikely</source>
        <translation>不太可能</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about as likely as not</source>
        <translation>可能性中等</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>likely</source>
        <translation>可能</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>very likely</source>
        <translation>很可能</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>virtually certain</source>
        <translation>几乎确定</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it is reached in none of the simulated futures (%1)</source>
        <translation>在所有模拟情形中都未实现（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is reached in every simulated future (%1)</source>
        <translation>在所有模拟情形中都能实现（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is reached in fewer than 1 of 10 simulated futures (%1)</source>
        <translation>每 10 种模拟情形中不到 1 种能实现（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is reached in more than 9 of 10 simulated futures (%1)</source>
        <translation>每 10 种模拟情形中超过 9 种能实现（%1）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>it is reached in about %n of 10 simulated futures (%1)</source>
        <translation>
            <numerusform>每 10 种模拟情形中约有 %n 种能实现（%1）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neutrality by %1 is %2: %3.</source>
        <translation>到 %1 年实现碳中和%2：%3。</translation>
    </message>
</context>
<context>
    <name>zeroplan::ProblemListModel</name>
    <message>
        <location filename="../views/problems/ProblemListModel.cpp" line="+80"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+4"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1, %2</source>
        <comment>errors, warnings</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>zeroplan::ProblemLocation</name>
    <message>
        <location filename="../views/problems/ProblemLocation.cpp" line="+28"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>, </source>
        <comment>between the parts of a problem&apos;s place</comment>
        <translation>，</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>plan title</source>
        <translation>规划标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>community name</source>
        <translation>社区名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city or region</source>
        <translation>城市或地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grid region</source>
        <translation>电网区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>electricity factor</source>
        <translation>电力排放因子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>base year</source>
        <translation>基准年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>horizon end</source>
        <translation>规划期末</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neutrality year</source>
        <translation>碳中和年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carbon budget</source>
        <translation>碳预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>population growth</source>
        <translation>人口增长率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>household growth</source>
        <translation>户数增长率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cut</source>
        <translation>减排比例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>interim target %1</source>
        <translation>阶段目标 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>interim targets</source>
        <translation>阶段目标</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>volunteer network</source>
        <translation>志愿者网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>people</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours a year</source>
        <translation>每年小时数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>working groups</source>
        <translation>工作组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>working group %1</source>
        <translation>工作组 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>activity calendar</source>
        <translation>活动日历</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>activity %1</source>
        <translation>活动 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+43"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>growth driver</source>
        <translation>增长驱动因素</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baseline</source>
        <translation>基准清单</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+58"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start year</source>
        <translation>开始年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years to full adoption</source>
        <translation>全面推广所需年数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ramp shape</source>
        <translation>推广曲线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lifetime</source>
        <translation>使用寿命</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner group</source>
        <translation>负责小组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+51"/>
        <source>measure %1</source>
        <translation>措施 %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 (low)</source>
        <translation>%1（低值）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (high)</source>
        <translation>%1（高值）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running cost</source>
        <translation>运行费用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>activity line %1</source>
        <translation>活动数据行 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity lines</source>
        <translation>活动数据行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>own tariff for %1</source>
        <translation>%1 的自有价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own tariffs</source>
        <translation>自有价格</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scenario %1</source>
        <translation>情景 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>level</source>
        <translation>实施程度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Emission factors</source>
        <translation>排放因子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>factor %1</source>
        <translation>因子 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>price %1</source>
        <translation>价格 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices</source>
        <translation>能源价格</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sector trend %1</source>
        <translation>部门趋势 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>factor set</source>
        <translation>排放因子集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GWP set</source>
        <translation>GWP 版本</translation>
    </message>
</context>
<context>
    <name>zeroplan::ProblemsBadge</name>
    <message>
        <location filename="../views/problems/ProblemsBadge.cpp" line="+30"/>
        <source>The plan&apos;s errors and warnings: click to show them</source>
        <translation>规划中的错误和警告：点击查看</translation>
    </message>
</context>
<context>
    <name>zeroplan::ProblemsDock</name>
    <message>
        <location filename="../views/problems/ProblemsDock.cpp" line="+20"/>
        <location line="+67"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>Saved with %n error(s) — the figures leave out what they concern; View → Problems lists them</source>
        <translation>
            <numerusform>已保存，但有 %n 个错误——相关内容未计入数字；“视图 → 问题”中列出了它们</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ProblemsMarker</name>
    <message numerus="yes">
        <location filename="../views/problems/ProblemsMarker.cpp" line="+22"/>
        <source>⚠ %n problem(s) affect these figures</source>
        <translation>
            <numerusform>⚠ %n 个问题影响这些数字</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines or measures with errors are left out of the figures: click to see the problems</source>
        <translation>有错误的数据行或措施未计入数字：点击查看问题</translation>
    </message>
</context>
<context>
    <name>zeroplan::ProblemsPanel</name>
    <message>
        <location filename="../views/problems/ProblemsPanel.cpp" line="+55"/>
        <source>No problems: every figure of the plan is counted.</source>
        <translation>没有问题：规划中的每个数字都已计入。</translation>
    </message>
</context>
<context>
    <name>zeroplan::ProgressDetails</name>
    <message>
        <location filename="../views/monitoring/ProgressDetails.cpp" line="+33"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attach file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who reports</source>
        <translation>报告人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened, what is next</source>
        <translation>进展情况与下一步计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A link, or a file attached</source>
        <translation>链接，或附加的文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a file&apos;s name and its SHA-256 fingerprint as evidence: the file itself stays where it is, and can later be shown to be the same.</source>
        <translation>保存文件名及其 SHA-256 指纹作为证明材料：文件本身留在原处，日后可以证明它未被改动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>报告人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Investment to date:</source>
        <translation>累计投资：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Running costs to date:</source>
        <translation>累计运行费用：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Author:</source>
        <translation>报告人：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence:</source>
        <translation>证明材料：</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+2"/>
        <source>planned %1</source>
        <translation>计划 %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+2"/>
        <source>Attach evidence</source>
        <translation>附加证明材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
</context>
<context>
    <name>zeroplan::ProgressImport</name>
    <message>
        <location filename="../model/import/ProgressImport.cpp" line="+116"/>
        <source>%1 is empty: it needs a header row and a row per measure</source>
        <translation>%1 是空的：需要一行表头，以及每项措施一行</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the header row has no %2 column</source>
        <translation>%1：表头中没有 %2 列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measure (措施)</source>
        <translation>措施 (measure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year (年份)</source>
        <translation>年份 (year)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a measure of the plan (give its id or its name)</source>
        <translation>“%1”不是规划中的措施（请填写措施编号或名称）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a year</source>
        <translation>“%1”不是年份</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a status; use not_started, planning, implementing, completed, paused or cancelled (or 未开始, 筹备中, 实施中, 已完成, 暂停, 已取消)</source>
        <translation>“%1”不是有效状态；请使用 未开始、筹备中、实施中、已完成、暂停、已取消（或 not_started、planning、implementing、completed、paused、cancelled）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a date; write it as 2026-03-01</source>
        <translation>“%1”不是日期；请写成 2026-03-01 的形式</translation>
    </message>
</context>
<context>
    <name>zeroplan::ProgressImportDialog</name>
    <message>
        <location filename="../views/monitoring/ProgressImportDialog.cpp" line="+38"/>
        <location line="+116"/>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adoption</source>
        <translation>已完成量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investment to date</source>
        <translation>累计投资</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running costs to date</source>
        <translation>累计运行费用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import progress</source>
        <translation>导入进展</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One row per measure and year: measure, year, adoption, status, capex_to_date, opex_to_date, date, author, note, evidence (headers in English or Chinese).</source>
        <translation>每行一项措施一个年份：measure（措施）、year（年份）、adoption（实施规模）、status（状态）、capex_to_date（累计投资）、opex_to_date（累计运行费用）、date（日期）、author（报告人）、note（说明）、evidence（证明材料）（表头可用中文或英文）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1：已读取 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n rejected</source>
        <translation>
            <numerusform>，%n 行被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>progress of %n measure-year(s) to record</source>
        <translation>
            <numerusform>将记录 %n 项措施年度进展</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2: %3</source>
        <comment>file, place in it: reason</comment>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is imported while rows are rejected: fix them in the file.</source>
        <translation>有被拒绝的行时不会导入任何内容：请在文件中修正这些行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(kept)</source>
        <translation>（保留）</translation>
    </message>
</context>
<context>
    <name>zeroplan::RampChart</name>
    <message>
        <location filename="../views/charts/RampChart.cpp" line="+19"/>
        <source>Adoption over the years</source>
        <translation>逐年采用率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adoption</source>
        <translation>采用率</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Adoption (%)</source>
        <translation>采用率（%）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Set a start year and ramp to see the measure&apos;s adoption.</source>
        <translation>设置开始年份和推广期，即可查看该措施的采用率。</translation>
    </message>
</context>
<context>
    <name>zeroplan::RecoveryDialog</name>
    <message>
        <location filename="../views/window/RecoveryDialog.cpp" line="+16"/>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZeroPlan was closed before these changes were saved. Recover one to continue where you left off.</source>
        <translation>ZeroPlan 在这些更改保存之前被关闭。恢复其中一项，即可从上次中断的地方继续。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The file was saved after these changes: the copy is older than it.</source>
        <translation>文件在这些更改之后又保存过：此副本比文件旧。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot delete recovery copy</source>
        <translation>无法删除恢复副本</translation>
    </message>
</context>
<context>
    <name>zeroplan::RecoveryFile</name>
    <message>
        <location filename="../model/storage/RecoveryFile.cpp" line="+214"/>
        <source>the folder %1 cannot be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not write a recovery copy of the untitled plan: %1</source>
        <translation>无法写入未命名规划的恢复副本：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write a recovery copy of %1: %2</source>
        <translation>无法写入 %1 的恢复副本：%2</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1 is not a recovery copy</source>
        <translation>%1 不是恢复副本</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A recovery copy of an untitled plan from %1 can&apos;t be opened: %2</source>
        <translation>%1 保存的未命名规划恢复副本无法打开：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A recovery copy of %1 from %2 can&apos;t be opened: %3</source>
        <translation>%2 保存的 %1 恢复副本无法打开：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovered changes to an untitled plan from %1</source>
        <translation>%1 保存的未命名规划的恢复更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovered changes to the untitled plan “%1” from %2</source>
        <translation>%2 保存的未命名规划“%1”的恢复更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered changes to %1 from %2</source>
        <translation>%2 保存的 %1 的恢复更改</translation>
    </message>
</context>
<context>
    <name>zeroplan::RemoveActivity</name>
    <message>
        <location filename="../model/document/AddRemoveActivity.cpp" line="+6"/>
        <source>Remove activity line “%1”</source>
        <translation>删除活动数据行“%1”</translation>
    </message>
</context>
<context>
    <name>zeroplan::RemoveMeasure</name>
    <message>
        <location filename="../model/document/AddRemoveMeasure.cpp" line="+6"/>
        <source>Remove measure “%1”</source>
        <translation>删除措施“%1”</translation>
    </message>
</context>
<context>
    <name>zeroplan::RemoveScenario</name>
    <message>
        <location filename="../model/document/AddRemoveScenario.cpp" line="+6"/>
        <source>Remove scenario “%1”</source>
        <translation>删除情景“%1”</translation>
    </message>
</context>
<context>
    <name>zeroplan::ReportCommand</name>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="+30"/>
        <source>Write the printed plan, or a district&apos;s summary, as a PDF (A4), in Chinese or English.</source>
        <translation>将打印版规划或街区汇总写为 PDF（A4），中文或英文。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>changed since it was linked; printed as it is now</source>
        <translation>自关联以来已更改；按当前状态打印</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Write the PDF to FILE (required; - is standard output).</source>
        <translation>将 PDF 写入 FILE（必填；- 表示标准输出）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scenario the plan is about (default: the plan&apos;s current one, else its first).</source>
        <translation>报告所针对的情景（默认：规划的当前情景，否则为第一个）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report&apos;s language: zh_CN or en (default: en).</source>
        <translation>报告语言：zh_CN 或 en（默认：en）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date on the cover, as YYYY-MM-DD (default: today).</source>
        <translation>封面日期，格式为 YYYY-MM-DD（默认：今天）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plan (default): the whole printed plan; monitoring: the cover and the Monitoring chapter of an adopted plan, its yearly self-evaluation; district: a district file&apos;s summary (a district file is printed so without this option too); communities: every community plan of a district, one PDF each, into the folder -o names.</source>
        <translation>plan（默认）：完整的打印版规划；monitoring：已采纳规划的封面和“监测”章节，即其年度自评；district：街区文件的汇总（即使不加此选项，街区文件也会这样打印）；communities：街区的每个社区规划，各生成一个 PDF，保存到 -o 指定的文件夹。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add an appendix of every change made since VERSION (its number or name; zeroplan-cli versions lists them).</source>
        <translation>附上自 VERSION（版本编号或名称；zeroplan-cli versions 可列出）以来全部修改的附录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the PDF&apos;s file name with -o FILE.pdf (with --kind communities, the folder with -o FOLDER)</source>
        <translation>请用 -o FILE.pdf 指定 PDF 的文件名（使用 --kind communities 时，用 -o FOLDER 指定文件夹）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--kind must be plan, monitoring, district or communities, not &apos;%1&apos;</source>
        <translation>--kind 必须为 plan、monitoring、district 或 communities，而不是“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>--scenario goes with a plan; a district prints each community&apos;s chosen scenario</source>
        <translation>--scenario 适用于规划；街区会打印每个社区所选的情景</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is a community plan, not a district file; print it without --kind %1</source>
        <translation>这是社区规划，不是街区文件；请不加 --kind %1 打印</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is a district file; it has no monitoring report of its own</source>
        <translation>这是街区文件；它没有自己的监测报告</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--changes-since needs a version&apos;s number or name</source>
        <translation>--changes-since 需要版本编号或名称</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>--lang must be zh_CN or en, not &apos;%1&apos;</source>
        <translation>--lang 必须是 zh_CN 或 en，而不是“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--date must be a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--date 必须是 YYYY-MM-DD 格式的日期，而不是“%1”</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the plan has errors; fix them first (run zeroplan-cli validate)</source>
        <translation>规划有错误，请先修正（运行 zeroplan-cli validate）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the plan has not been adopted yet: adopt a scenario first (zeroplan-cli adopt), then its monitoring report can be printed</source>
        <translation>规划尚未采纳：请先采纳一个情景（zeroplan-cli adopt），然后才能打印监测报告</translation>
    </message>
</context>
<context>
    <name>zeroplan::ReportOptions</name>
    <message>
        <location filename="../views/report/ReportOptions.cpp" line="+52"/>
        <source>Carbon-neutrality plan</source>
        <translation>碳中和规划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual monitoring report</source>
        <translation>年度自评报告</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitoring</source>
        <translation>监测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline emissions</source>
        <translation>基准排放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measures</source>
        <translation>减排措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pathway to neutrality</source>
        <translation>碳中和路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario comparison</source>
        <translation>情景对比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uncertainty</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action timeline</source>
        <translation>行动时间表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this means for residents</source>
        <translation>对居民意味着什么</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the community takes part</source>
        <translation>社区如何参与</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assumptions and emission factors</source>
        <translation>假设与排放因子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>方法说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appendix: changes since an earlier version</source>
        <translation>附录：自早前版本以来的修改</translation>
    </message>
</context>
<context>
    <name>zeroplan::ReportPage</name>
    <message>
        <location filename="../views/reportpage/ReportPage.cpp" line="+211"/>
        <location line="+90"/>
        <source>No appendix</source>
        <translation>不附修改记录</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Adopt a scenario on the Monitoring page first</source>
        <translation>请先在“监测”页采纳一个情景</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Print</source>
        <translation>打印内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since</source>
        <translation>修改记录起点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an appendix listing every change made since the version chosen</source>
        <translation>附上自所选版本以来全部修改的附录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report&apos;s language, whatever language the window speaks</source>
        <translation>报告的语言，与界面语言无关</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+191"/>
        <source>Open the PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Opens the PDF once it is exported</source>
        <translation>导出后可打开该 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the pages as wide as the preview</source>
        <translation>按预览区宽度显示页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the plan as it is previewed</source>
        <translation>按预览打印规划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to page</source>
        <translation>转到页</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>of %1</source>
        <comment>page n of count</comment>
        <translation>共 %1 页</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+8"/>
        <source>Print the plan</source>
        <translation>打印规划</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No program to open %1 was found.</source>
        <translation>未找到可打开 %1 的程序。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monitoring</source>
        <comment>in the monitoring report&apos;s file name</comment>
        <translation>自评报告</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>zeroplan::ResidentsEdits</name>
    <message>
        <location filename="../model/document/ResidentsEdits.cpp" line="+113"/>
        <source>Measure “%1”: the %2 share of %3 is %4 %; a share is from 0 to 100 %.</source>
        <translation>措施“%1”：%3的%2份额为 %4 %；份额应在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+420"/>
        <source>Measure “%1”: the %2 cannot be given to “%3”.</source>
        <translation>措施“%1”：%2不能分给“%3”。</translation>
    </message>
    <message>
        <location line="-413"/>
        <source>Measure “%1”: the %2 shares add up to %3 %; they must add up to 100 % (or all be empty).</source>
        <translation>措施“%1”：%2份额合计为 %3 %；合计必须为 100 %（或全部留空）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The plan has no measure “%1”.</source>
        <translation>规划中没有措施“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the year %2 is outside the plan&apos;s years %3–%4.</source>
        <translation>%1：年份 %2 超出规划年份 %3–%4。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Funding source: the name is empty.</source>
        <translation>资金来源：名称为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Funding source: another source is already named “%1”.</source>
        <translation>资金来源：已有另一个名为“%1”的来源。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running cost</source>
        <translation>运行成本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bill savings</source>
        <translation>账单节省</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change who pays the %1 of %2</source>
        <translation>修改%2的%1由谁出资</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change who pays for %1</source>
        <translation>修改%1由谁出资</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Measure “%1”: give either a number of households or a share of households, not both.</source>
        <translation>措施“%1”：户数和住户比例只能填写其一。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+76"/>
        <source>Measure “%1”: the households reached must be more than 0; this is %2.</source>
        <translation>措施“%1”：覆盖户数必须大于 0，此处为 %2。</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Measure “%1”: the share of households reached is %2 %; it must be above 0 and at most 100 %.</source>
        <translation>措施“%1”：覆盖住户比例为 %2 %；必须大于 0 且不超过 100 %。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the households %1 reaches</source>
        <translation>修改%1覆盖的户数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the source of who pays for %1</source>
        <translation>修改%1出资分摊的来源</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Measure “%1”: the preset “%2” does not name %3.</source>
        <translation>措施“%1”：预设“%2”未包含%3。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measure “%1”: give the investment shares the preset “%2” asks for.</source>
        <translation>措施“%1”：请填写预设“%2”要求的投资份额。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+27"/>
        <source>Apply the preset “%1” to %2</source>
        <translation>对%2应用预设“%1”</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Measure “%1”: the investment per household must be more than 0; this is %2.</source>
        <translation>措施“%1”：每户投资必须大于 0，此处为 %2。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Median household income</source>
        <translation>家庭收入中位数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median household income of %1: %2 must be more than 0.</source>
        <translation>%1 年的家庭收入中位数：%2 必须大于 0。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the median income of %1</source>
        <translation>修改 %1 年的收入中位数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the median income of %1</source>
        <translation>删除 %1 年的收入中位数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the source of the median income</source>
        <translation>修改收入中位数的来源</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Affordability threshold: %1 % must be above 0 and at most 100 %.</source>
        <translation>可负担性阈值：%1 % 必须大于 0 且不超过 100 %。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the affordability threshold</source>
        <translation>修改可负担性阈值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the source of the affordability threshold</source>
        <translation>修改可负担性阈值的来源</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add funding source “%1”</source>
        <translation>添加资金来源“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove funding source “%1”</source>
        <translation>删除资金来源“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename funding source “%1” to “%2”</source>
        <translation>将资金来源“%1”重命名为“%2”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change the kind of funding source “%1”</source>
        <translation>修改资金来源“%1”的类型</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change whom funding source “%1” pays for</source>
        <translation>修改资金来源“%1”为谁出资</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change the source of funding source “%1”</source>
        <translation>修改资金来源“%1”的数据来源</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove %1 from funding source “%2”</source>
        <translation>从资金来源“%2”删除 %1 年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funding source “%1”</source>
        <translation>资金来源“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funding source “%1”: the amount of %2 is %3; it must be at least 0.</source>
        <translation>资金来源“%1”：%2 年的金额为 %3；不能小于 0。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change the amount of %1 of funding source “%2”</source>
        <translation>修改资金来源“%2”%1 年的金额</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Measure “%1”: the fixed %2 of %3</source>
        <translation>措施“%1”：%3承担的固定%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the amount of %2 is %3; it must be at least 0.</source>
        <translation>%1：%2 年的金额为 %3；不能小于 0。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change the fixed %1 of %2 paid by %3 in %4</source>
        <translation>修改%3在 %4 年承担的%2固定%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the fixed %1 of %2 paid by %3 in %4</source>
        <translation>删除%3在 %4 年承担的%2固定%1</translation>
    </message>
</context>
<context>
    <name>zeroplan::ResidentsOutcomePanel</name>
    <message>
        <location filename="../views/residents/ResidentsOutcomePanel.cpp" line="+51"/>
        <source>Scenario:</source>
        <translation>情景：</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The plan has no scenario yet. Add one on the Scenarios page to see what it means for residents.</source>
        <translation>规划还没有情景。请在“情景”页添加一个情景，即可查看其对居民意味着什么。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The plan does not say yet who pays: every measure&apos;s money is unassigned and no household pays anything. Give each measure&apos;s payer split on the other tabs of this page.</source>
        <translation>规划尚未说明由谁出资：各项措施的资金均未分配，家庭无需支付任何费用。请在本页的其他选项卡中为每项措施设置出资分摊。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No shortfall: the funding sources cover what the parties that need them spend in every year.</source>
        <translation>无资金缺口：每一年，资金来源都能覆盖需要资金来源的出资方的支出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortfall in %1: %2 in all.</source>
        <translation>%1 年存在资金缺口：共 %2。</translation>
    </message>
</context>
<context>
    <name>zeroplan::ResidentsPage</name>
    <message>
        <location filename="../views/residents/ResidentsPage.cpp" line="+23"/>
        <source>Households and payers</source>
        <translation>家庭与出资方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a typical household pays and saves, who pays how much, and the funding plan against the spending.</source>
        <translation>典型家庭的支出与节省、各方出资多少，以及资金计划与支出的对照。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co-benefits</source>
        <translation>协同效益</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each measure of the scenario does besides carbon: air quality, health, comfort, jobs, neighbourliness, bills.</source>
        <translation>情景中各项措施在碳减排之外的作用：空气质量、健康、舒适度、就业、邻里关系、账单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who pays</source>
        <translation>谁来出资</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who pays each measure&apos;s investment and running cost, and who receives its bill savings.</source>
        <translation>各项措施的投资和运行成本由谁承担，账单节省归谁。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funding and income</source>
        <translation>资金与收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The funding sources the plan counts on, the median household income and the affordability threshold.</source>
        <translation>规划所依靠的资金来源、家庭收入中位数和可负担性阈值。</translation>
    </message>
</context>
<context>
    <name>zeroplan::ResidentsText</name>
    <message>
        <location filename="../views/present/ResidentsText.cpp" line="+21"/>
        <source>%1–%2</source>
        <comment>a run of years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, </source>
        <comment>between years in a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1/yr</source>
        <comment>money per year</comment>
        <translation>%1/年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+%1/yr</source>
        <comment>the bill rises by</comment>
        <translation>+%1/年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−%1/yr</source>
        <comment>the bill falls by</comment>
        <translation>−%1/年</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing to pay back</source>
        <translation>无需回收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not paid back by %1</source>
        <translation>到 %1 年仍未回收</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) (paid back in %1)</source>
        <translation>
            <numerusform>%n 年（%1 年回收）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not judged: no income or threshold given</source>
        <translation>未判断：未提供收入或阈值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>within %1 of the median income in every year</source>
        <translation>各年均未超过收入中位数的 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above %1 of the median income in %2</source>
        <translation>%2 年超过收入中位数的 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not judged</source>
        <translation>未判断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within</source>
        <translation>未超过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above in %1</source>
        <translation>%1 年超过</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upfront per household</source>
        <translation>每户前期投入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subsidy per household</source>
        <translation>每户补贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly bill change</source>
        <translation>每年账单变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payback</source>
        <translation>回收期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affordability</source>
        <translation>可负担性</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Party</source>
        <translation>出资方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investment (%1)</source>
        <translation>投资（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running cost (%1)</source>
        <translation>运行成本（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savings received (%1)</source>
        <translation>获得的节省（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPV (%1)</source>
        <translation>净现值（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payback year</source>
        <translation>回收年份</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>zeroplan::ResultTable</name>
    <message>
        <location filename="../app/cli/ResultTable.cpp" line="+40"/>
        <source>The plan has no scenarios: add one to compare measures with BAU.</source>
        <translation>该规划没有情景：请添加一个情景，以便将措施与基准情景（BAU）比较。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scenario: %1</source>
        <translation>情景：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2–%3)</source>
        <translation>%1（%2–%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emissions in tCO2e per year; money in %1, present values at %2 % discount rate to %3.</source>
        <translation>排放单位为 tCO2e/年；金额单位为 %1，现值按 %2 % 的折现率折算到 %3 年。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+11"/>
        <source>BAU</source>
        <translation>基准情景（BAU）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross</source>
        <translation>毛排放</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sinks</source>
        <translation>碳汇</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credits</source>
        <translation>碳信用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net</source>
        <translation>净排放</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net P5</source>
        <translation>净排放 P5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net P50</source>
        <translation>净排放 P50</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net P95</source>
        <translation>净排放 P95</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No measures in this scenario.</source>
        <translation>此情景中没有措施。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+108"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Abated (tCO2e)</source>
        <translation>减排量（tCO2e）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPV (%1)</source>
        <translation>净现值（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per tonne (%1/tCO2e)</source>
        <translation>每吨成本（%1/tCO2e）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>All measures that abate</source>
        <translation>所有产生减排的措施</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (credits, not abatement)</source>
        <translation>%1（碳信用，不属于减排）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>(%1 bought)</source>
        <translation>（购买 %1）</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+4"/>
        <source>%1 per credit</source>
        <translation>每单位碳信用 %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>All credits bought</source>
        <translation>购买的全部碳信用</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Neutrality: no baseline yet (nothing is emitted in the base year); add activity lines first.</source>
        <translation>碳中和：尚无基准清单（基准年没有排放）；请先添加活动数据行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neutrality (net ≤ 0 to %1): from %2 (first reached in %3).</source>
        <translation>碳中和（净排放 ≤ 0 直至 %1 年）：%2 年起（%3 年首次达到）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neutrality (net ≤ 0 to %1): from %2.</source>
        <translation>碳中和（净排放 ≤ 0 直至 %1 年）：%2 年起。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutrality (net ≤ 0 to %1): reached in %2, not held; not reached by %1.</source>
        <translation>碳中和（净排放 ≤ 0 直至 %1 年）：%2 年达到但未保持；到 %1 年未实现。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Neutrality (net ≤ 0 to %1): not reached by %1.</source>
        <translation>碳中和（净排放 ≤ 0 直至 %1 年）：到 %1 年未实现。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan sets no neutrality target.</source>
        <translation>规划未设碳中和目标。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Target: neutrality by %1, held to the horizon end: %2 (net %3 tCO2e in %1)</source>
        <translation>目标：%1 年前实现碳中和并保持到规划期末：%2（%1 年净排放 %3 tCO2e）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target: %1 % cut by %2, gross at most %3 tCO2e: %4 (gross %5 tCO2e, %6 % cut)</source>
        <translation>目标：%2 年减排 %1 %，总排放不超过 %3 tCO2e：%4（总排放 %5 tCO2e，减排 %6 %）</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>met</source>
        <translation>达成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Target: carbon budget of %1 tCO2e to %2: %3 (cumulative net %4 tCO2e)</source>
        <translation>目标：到 %2 年的碳预算为 %1 tCO2e：%3（累计净排放 %4 tCO2e）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Uncertainty (%L1 samples, seed %2): probability of neutrality by %3: %4 %</source>
        <translation>不确定性（%L1 个样本，随机种子 %2）：到 %3 年实现碳中和的概率：%4 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No measure in this scenario has an uncertain parameter.</source>
        <translation>此情景中没有措施含有不确定参数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most influential parameters, on net emissions in %1:</source>
        <translation>对 %1 年净排放影响最大的参数：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>低值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>高值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net at low</source>
        <translation>低值时净排放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net at high</source>
        <translation>高值时净排放</translation>
    </message>
</context>
<context>
    <name>zeroplan::ResultTables</name>
    <message>
        <location filename="../model/export/ResultTables.cpp" line="+29"/>
        <source>Pathway</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wedges</source>
        <translation>楔形</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <extracomment>A column name and its unit, as in &quot;Net (tCO2e)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+21"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>BAU gross</source>
        <translation>基准情景总排放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross</source>
        <translation>总排放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinks</source>
        <translation>碳汇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits</source>
        <translation>碳信用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>净排放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative net</source>
        <translation>累计净排放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residual</source>
        <translation>剩余排放</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1/tCO2e</source>
        <extracomment>The unit of a cost per tonne: plan currency per tonne CO2e (&quot;CNY/tCO2e&quot;)</extracomment>
        <translation>%1/tCO2e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner group</source>
        <translation>负责小组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capex total</source>
        <translation>投资合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opex total</source>
        <translation>运行费用合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savings total</source>
        <translation>节省合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPV</source>
        <translation>净现值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present cost</source>
        <translation>现值成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abated</source>
        <translation>减排量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per tonne</source>
        <translation>每吨成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits bought</source>
        <translation>购买的碳信用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per credit</source>
        <translation>每单位碳信用成本</translation>
    </message>
</context>
<context>
    <name>zeroplan::ResultsExportDialog</name>
    <message>
        <location filename="../views/window/ResultsExportDialog.cpp" line="+48"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pathway table, CSV (*.csv)</source>
        <translation>路径表，CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wedges table, CSV (*.csv)</source>
        <translation>楔形表，CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs table, CSV (*.csv)</source>
        <translation>成本表，CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export Results of “%1”</source>
        <translation>导出“%1”的结果</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Replace File?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot export results</source>
        <translation>无法导出结果</translation>
    </message>
</context>
<context>
    <name>zeroplan::ResultsXlsx</name>
    <message>
        <location filename="../model/export/ResultsXlsx.cpp" line="+118"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the workbook could not be created (out of memory)</source>
        <translation>无法创建工作簿（内存不足）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the table “%1” has more than %2 columns</source>
        <translation>表“%1”超过 %2 列</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the workbook could not be made: %1</source>
        <translation>无法生成工作簿：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no scratch file for the workbook: %1</source>
        <translation>无法为工作簿创建临时文件：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the workbook could not be read back: %1</source>
        <translation>无法读回工作簿：%1</translation>
    </message>
</context>
<context>
    <name>zeroplan::ReviewFiles</name>
    <message>
        <location filename="../views/window/ReviewFiles.cpp" line="+37"/>
        <source>Export Review Copy</source>
        <translation>导出审阅副本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 for review</source>
        <comment>file name of a review copy</comment>
        <translation>%1（审阅用）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ZeroPlan project (*.zeroplan)</source>
        <translation>ZeroPlan 项目 (*.zeroplan)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The review copy is %1. Send it to the adviser: they open it in ZeroPlan, comment, then send back the file File → Export Comments… makes, which File → Merge Comments… adds to this plan.</source>
        <translation>审阅副本为 %1。请发给顾问：顾问在 ZeroPlan 中打开并评论，然后发回用“文件 → 导出评论…”生成的文件，再用“文件 → 合并评论…”并入本规划。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Comments</source>
        <translation>导出评论</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 comments</source>
        <comment>file name of a comments file</comment>
        <translation>%1 评论</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ZeroPlan comments (*.zeroplan-comments)</source>
        <translation>ZeroPlan 评论 (*.zeroplan-comments)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n comment(s) and review state(s) written to %1: send this file back to the plan&apos;s owner.</source>
        <translation>
            <numerusform>已将 %n 条评论和审核状态写入 %1：请把这个文件发回给规划的负责人。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge Comments</source>
        <translation>合并评论</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ZeroPlan comments (*.zeroplan-comments);;All files (*)</source>
        <translation>ZeroPlan 评论 (*.zeroplan-comments);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be merged; the plan is unchanged.

%2</source>
        <translation>%1 无法合并；规划未作改动。

%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The comments were written on the plan of “%1”, and this plan is of “%2”. Merge them all the same?</source>
        <translation>这些评论写于“%1”的规划，而本规划属于“%2”。仍要合并吗？</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan has every comment and review state of %1 already.</source>
        <translation>规划已包含 %1 中的全部评论和审核状态。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n comment(s) and review state(s) added from %1. Save the plan to keep them.</source>
        <translation>
            <numerusform>已从 %1 添加 %n 条评论和审核状态。保存规划即可保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::ReviewJson</name>
    <message>
        <location filename="../model/storage/ReviewJson.cpp" line="+55"/>
        <source>&quot;%1&quot; is no date and time (2026-03-01T14:00:00Z)</source>
        <translation>“%1”不是日期时间（例如 2026-03-01T14:00:00Z）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is no object of a plan (plan, activities[id], factors[id], measures[id], scenarios[name])</source>
        <translation>“%1”不是规划中的对象（plan、activities[id]、factors[id]、measures[id]、scenarios[name]）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a comments file is a JSON object {…}</source>
        <translation>评论文件应为 JSON 对象 {…}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not &quot;%2&quot;: this is no comments file from ZeroPlan</source>
        <translation>“%1”不是“%2”：这不是 ZeroPlan 的评论文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file was written by a newer ZeroPlan (format %1; this version reads up to %2)</source>
        <translation>文件由更新版本的 ZeroPlan 写出（格式 %1；本版本最多读取 %2）</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot save the comments: %2</source>
        <translation>%1：无法保存评论：%2</translation>
    </message>
</context>
<context>
    <name>zeroplan::ReviewText</name>
    <message>
        <location filename="../model/review/ReviewText.cpp" line="+15"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan</source>
        <translation>整个规划</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Baseline line %1</source>
        <translation>基准排放行 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Factor %1</source>
        <translation>排放因子 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure “%1”</source>
        <translation>措施“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario “%1”</source>
        <translation>情景“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (no longer in the plan)</source>
        <translation>%1（已不在规划中）</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n 条未解决的评论</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <comment>when, who</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <comment>who, comment</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 resolved the thread</source>
        <translation>%1 将话题标记为已解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 opened the thread again</source>
        <translation>%1 重新打开了话题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thread</source>
        <translation>话题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remark</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(resolved)</source>
        <translation>（已解决）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(opened again)</source>
        <translation>（重新打开）</translation>
    </message>
</context>
<context>
    <name>zeroplan::ScenarioChoice</name>
    <message>
        <location filename="../app/cli/ScenarioChoice.cpp" line="+20"/>
        <source>no scenario named &apos;%1&apos;: the plan has no scenarios</source>
        <translation>没有名为“%1”的情景：规划中没有情景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no scenario named &apos;%1&apos;; the plan&apos;s scenarios are %2</source>
        <translation>没有名为“%1”的情景；规划中的情景为 %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the plan has no scenarios</source>
        <translation>规划中没有情景</translation>
    </message>
</context>
<context>
    <name>zeroplan::ScenarioComparisonModel</name>
    <message>
        <location filename="../views/present/ScenarioComparisonModel.cpp" line="+74"/>
        <source>Business as usual</source>
        <translation>基准情景（BAU）</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>—</source>
        <comment>no neutrality year: the plan has no baseline</comment>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (first reached %2)</source>
        <translation>%1（%2 年首次达到）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reached in %1, not held to %2</source>
        <translation>%1 年达到，但未保持到 %2 年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not reached by %1</source>
        <translation>到 %1 年未实现</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no budget set</source>
        <translation>未设碳预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>—</source>
        <comment>no cost per tonne: nothing abated</comment>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <comment>measures included of the plan&apos;s measures</comment>
        <translation>%2 项中的 %1 项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <comment>no values of its own</comment>
        <translation>无</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cumulative net %1 against a budget of %2</source>
        <translation>累计净排放 %1，碳预算 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gross emissions in %1, base year (%2)</source>
        <translation>%1 年（基准年）毛排放（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net emissions in %1, interim target year (%2)</source>
        <translation>%1 年（阶段目标年）净排放（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net emissions in %1, horizon end (%2)</source>
        <translation>%1 年（规划期末）净排放（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral from (net ≤ 0 every year to %1)</source>
        <translation>碳中和起始年（净排放每年 ≤ 0 直至 %1 年）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cumulative net emissions %1–%2 (%3)</source>
        <translation>%1–%2 年累计净排放（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carbon budget of %1 met?</source>
        <translation>是否守住 %1 的碳预算？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carbon budget met?</source>
        <translation>是否守住碳预算？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present cost at %1 discount (%2)</source>
        <translation>按 %1 折现率计的现值成本（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost per tonne abated (%1/%2)</source>
        <translation>每吨减排成本（%1/%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measures included</source>
        <translation>纳入的措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values of its own (measures&apos; values it sets or takes from its base)</source>
        <translation>自有取值（本情景设定或从基础情景继承的措施取值）</translation>
    </message>
</context>
<context>
    <name>zeroplan::ScenarioMeasureList</name>
    <message>
        <location filename="../views/scenarios/ScenarioMeasureList.cpp" line="+74"/>
        <source>Include “%1” in this scenario</source>
        <translation>将“%1”纳入此情景</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level of “%1”: the share of the measure as specified</source>
        <translation>“%1”的实施程度：相对于设定方案的比例</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level of “%1” in percent</source>
        <translation>“%1”的实施水平（百分比）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add a scenario to choose its measures.</source>
        <translation>请先添加情景，再为其选择措施。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan has no measures yet: add them on the Measures page.</source>
        <translation>规划中还没有措施：请在“措施”页添加。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the measures this scenario includes and set how far each goes (100 % = as specified).</source>
        <translation>勾选此情景包含的措施，并设置各项措施的实施程度（100 % = 按设定全面实施）。</translation>
    </message>
</context>
<context>
    <name>zeroplan::ScenarioValueEdit</name>
    <message>
        <location filename="../model/document/ScenarioValueEdit.cpp" line="+32"/>
        <source>Change %1 of “%2” in scenario “%3”</source>
        <translation>更改情景“%3”中“%2”的%1</translation>
    </message>
</context>
<context>
    <name>zeroplan::ScenarioValueText</name>
    <message numerus="yes">
        <location filename="../views/present/ScenarioValueText.cpp" line="+32"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 a year</source>
        <translation>每年 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <comment>a number and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2: %3</source>
        <translation>%2 的%1：%3</translation>
    </message>
</context>
<context>
    <name>zeroplan::ScenarioValues</name>
    <message>
        <location filename="../model/plan/ScenarioValues.cpp" line="+164"/>
        <source>Start year</source>
        <translation>开始年份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years to full adoption</source>
        <translation>达到全面实施的年数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime (years)</source>
        <translation>使用寿命（年）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running cost per year</source>
        <translation>每年运行成本</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be a number</source>
        <translation>%1 必须是数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 must be a whole number of years</source>
        <translation>%1 %2 必须是整数年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start_year %1 is outside the plan&apos;s horizon %2–%3</source>
        <translation>start_year %1 超出规划期 %2–%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ramp_years %1 is outside 0–%2</source>
        <translation>ramp_years %1 超出 0–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lifetime_years %1 is outside 1–%2</source>
        <translation>lifetime_years %1 超出 1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 must be at least 0</source>
        <translation>%1 %2 不能小于 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a value of %2 (%3)</source>
        <translation>%1 不是 %2（%3）的取值项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 is outside the allowed range %3–%4 %5</source>
        <translation>%1 %2 超出允许范围 %3–%4 %5</translation>
    </message>
</context>
<context>
    <name>zeroplan::ScenarioValuesPanel</name>
    <message>
        <location filename="../views/scenarios/ScenarioValuesPanel.cpp" line="+45"/>
        <source>Use &amp;Inherited Value</source>
        <translation>使用继承的取值(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A scenario based on another takes that one&apos;s values of measures and sets only what differs</source>
        <translation>以另一情景为基础的情景沿用其措施取值，只设定不同之处</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>取值项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In this scenario</source>
        <translation>本情景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In every scenario</source>
        <translation>所有情景</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set by</source>
        <translation>设定者</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This scenario takes its base&apos;s value again (else every scenario&apos;s)</source>
        <translation>本情景重新采用其基础情景的取值（若无基础情景，则采用所有情景的取值）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This scenario runs every measure with the values the Measures page gives every scenario. To give it a value of its own (a smaller solar array, a later start), choose this scenario under “Values for:” above the measure&apos;s values on the Measures page.</source>
        <translation>本情景的每项措施都采用“措施”页面为所有情景设定的取值。要为它设定自有取值（更小的光伏阵列、更晚的开始年份），请在“措施”页面中措施取值上方的“取值适用于：”里选择本情景。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Based on:</source>
        <translation>基础情景(&amp;B)：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>— none: every scenario&apos;s values —</source>
        <translation>— 无：采用所有情景的取值 —</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>this scenario</source>
        <translation>本情景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”, its base</source>
        <translation>其基础情景“%1”</translation>
    </message>
</context>
<context>
    <name>zeroplan::ScenariosPage</name>
    <message>
        <location filename="../views/scenarios/ScenariosPage.cpp" line="+64"/>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a scenario with no measures (business as usual) to fill in</source>
        <translation>添加一个不含措施的情景（即基准情景），再逐步填入措施</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a copy of the selected scenario with its measure levels</source>
        <translation>添加所选情景的副本，包括各项措施的实施程度</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scenarios:</source>
        <translation>情景：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Scenarios side by side&lt;/b&gt;</source>
        <translation>&lt;b&gt;情景对比&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What this scenario assumes, in a sentence</source>
        <translation>用一句话说明此情景的假设</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>D&amp;escription:</source>
        <translation>说明(&amp;E)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measures in this scenario</source>
        <translation>本情景的措施</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Values of its own (%1)</source>
        <translation>自有取值（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values of its own</source>
        <translation>自有取值</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A scenario needs a name; “%1” keeps its name.</source>
        <translation>情景必须有名称；“%1”保留原名称。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is already a scenario named “%1”. Choose another name.</source>
        <translation>已有名为“%1”的情景。请另选一个名称。</translation>
    </message>
    <message>
        <location filename="../model/plan/DefaultNames.cpp" line="+22"/>
        <location filename="../views/scenarios/ScenariosPage.cpp" line="+26"/>
        <source>New scenario</source>
        <translation>新情景</translation>
    </message>
    <message>
        <location filename="../views/scenarios/ScenariosPage.cpp" line="+15"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
</context>
<context>
    <name>zeroplan::Sector</name>
    <message>
        <location filename="../model/inventory/Sector.cpp" line="+38"/>
        <source>Stationary energy</source>
        <translation>固定源能源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waste</source>
        <translation>废弃物</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Industrial processes (IPPU)</source>
        <translation>工业过程和产品使用（IPPU）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agriculture, forestry, land use</source>
        <translation>农业、林业和土地利用</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Residential</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial</source>
        <translation>商业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>公共</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industrial</source>
        <translation>工业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agricultural</source>
        <translation>农业</translation>
    </message>
</context>
<context>
    <name>zeroplan::SectorDonutChart</name>
    <message>
        <location filename="../views/charts/SectorDonutChart.cpp" line="+21"/>
        <source>Baseline emissions by sector</source>
        <translation>分部门基准排放</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+19"/>
        <source>Add activity lines on the Baseline page to see emissions by sector.</source>
        <translation>请在“基准清单”页添加活动数据行，以查看各部门的排放。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total
%1</source>
        <translation>合计
%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <comment>sector, share</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>zeroplan::SectorTotalsDialog</name>
    <message>
        <location filename="../views/monitoring/SectorTotalsDialog.cpp" line="+22"/>
        <source>Enter sector totals</source>
        <translation>录入部门合计</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where only a sector&apos;s total is known, enter its gross emissions here. A sector given a total replaces that sector&apos;s activity lines of the year; leave a sector at “—” to keep its lines.</source>
        <translation>只知道某部门合计数时，在此录入其总排放。填写了合计的部门将替换该年该部门的活动数据行；保持“—”则保留其数据行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. district statistics yearbook 2025</source>
        <translation>例如：2025 年区统计年鉴</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data quality:</source>
        <translation>数据质量：</translation>
    </message>
</context>
<context>
    <name>zeroplan::ServerDistrict</name>
    <message>
        <location filename="../model/server/ServerDistrict.cpp" line="+38"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>the districts cannot be read from the server: %1</source>
        <translation>无法从服务器读取区：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+17"/>
        <location line="+21"/>
        <source>district %1 cannot be read from the server: %2</source>
        <translation>无法从服务器读取区 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no district %1 on the server that this login may see</source>
        <translation>服务器上没有此登录可查看的区 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: no plan has been checked in yet</source>
        <translation>%1：尚未签入任何方案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the plan on the server does not read: %2</source>
        <translation>%1：服务器上的方案无法读取：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a plan</source>
        <translation>它不是方案</translation>
    </message>
</context>
<context>
    <name>zeroplan::SharedServerOption</name>
    <message>
        <location filename="../app/cli/SharedServerOption.cpp" line="+14"/>
        <source>The shared store, as a PostgreSQL connection string: &quot;host=db.example.org dbname=zeroplan user=li&quot; (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>共享库，以 PostgreSQL 连接字符串表示：&quot;host=db.example.org dbname=zeroplan user=li&quot;（密码取自 PGPASSWORD 或 ~/.pgpass）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The community on the shared store, by name or id.</source>
        <translation>共享库中的社区，按名称或编号。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the shared store has no district “%1” that %2 may see</source>
        <translation>共享库中没有 %2 可查看的区“%1”</translation>
    </message>
</context>
<context>
    <name>zeroplan::SharedStore</name>
    <message>
        <location filename="../model/server/SharedStore.cpp" line="+44"/>
        <source>“%1” is not a connection string: write it as key=value pairs, “host=db.example.org dbname=zeroplan user=li”</source>
        <translation>“%1”不是连接字符串：请写成 key=value 形式，如“host=db.example.org dbname=zeroplan user=li”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the connection string’s value of %1 has no closing quote</source>
        <translation>连接字符串中 %1 的值缺少结尾引号</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the connection string names “%1”, which ZeroPlan does not pass on; it takes %2</source>
        <translation>连接字符串含有“%1”，ZeroPlan 不会传递此项；可用的有 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the connection string’s port “%1” is not a port number</source>
        <translation>连接字符串中的端口“%1”不是端口号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection string is empty: name at least the database, “host=db.example.org dbname=zeroplan user=li”</source>
        <translation>连接字符串为空：至少要指明数据库，如“host=db.example.org dbname=zeroplan user=li”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reader</source>
        <translation>读者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer</source>
        <translation>审阅者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this computer lacks Qt’s PostgreSQL driver (Debian: libqt6sql6-psql), so the shared store cannot be reached</source>
        <translation>本机缺少 Qt 的 PostgreSQL 驱动（Debian：libqt6sql6-psql），无法连接共享库</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the shared store (%1) could not be reached: %2</source>
        <translation>无法连接共享库（%1）：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the shared store (%1) refused or failed: %2</source>
        <translation>共享库（%1）拒绝了请求或出错：%2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the shared store has no community “%1” that %2 may see</source>
        <translation>共享库中没有 %2 可查看的社区“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the shared store has %1 communities named “%2” (in different districts): name it by its id</source>
        <translation>共享库中有 %1 个名为“%2”的社区（在不同的区）：请用编号指定</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>community %1 has no plan in the shared store yet</source>
        <translation>社区 %1 在共享库中尚无方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>community %1 has no revision %2 in the shared store</source>
        <translation>社区 %1 在共享库中没有第 %2 版</translation>
    </message>
</context>
<context>
    <name>zeroplan::SharedStoreDialog</name>
    <message>
        <location filename="../views/shared/SharedStoreDialog.cpp" line="+21"/>
        <source>Check Out from Shared Store</source>
        <translation>从共享库签出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check In to Shared Store</source>
        <translation>签入共享库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open District from Shared Store</source>
        <translation>从共享库打开区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host=db.example.org dbname=zeroplan user=li</source>
        <translation>host=db.example.org dbname=zeroplan user=li</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared store, as its administrator wrote it down: a PostgreSQL connection string of key=value pairs.</source>
        <translation>共享库，按管理员给出的写法：由 key=value 组成的 PostgreSQL 连接字符串。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only if the server asks for one; never kept</source>
        <translation>仅在服务器要求时填写；从不保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Communities you see</source>
        <translation>您可查看的社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your role</source>
        <translation>您的角色</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connect, then choose the community whose plan to take out. You work on it offline and check it in when you are done.</source>
        <translation>连接后选择要签出方案的社区。您可离线编辑，完成后再签入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This plan has not been checked in before. Connect, then choose the community it is the plan of: one without a plan yet that you edit.</source>
        <translation>此方案尚未签入过。连接后选择它所属的社区：须是您负责编辑且尚无方案的社区。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect, then choose the district to look at: its communities&apos; plans as checked in, rolled up.</source>
        <translation>连接后选择要查看的区：按已签入的各社区方案汇总。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check &amp;Out…</source>
        <translation>签出(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;In</source>
        <translation>签入(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>no plan yet</source>
        <translation>尚无方案</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed in as %1.</source>
        <translation>已登录为 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You may see no district on this store: ask its administrator to add you to one.</source>
        <translation>您在此共享库中没有可查看的区：请联系管理员将您加入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a district.</source>
        <translation>请选择区。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may see no community on this store: ask its administrator to add you to one.</source>
        <translation>您在此共享库中没有可查看的社区：请联系管理员将您加入社区。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of your communities has a plan yet: check a plan in to one first (File → Check In to Shared Store).</source>
        <translation>您的社区都还没有方案：请先向其中一个签入方案（文件 → 签入共享库）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of your communities is waiting for its first plan: check out the community&apos;s plan instead.</source>
        <translation>您的社区都已有方案：请改为签出该社区的方案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a community.</source>
        <translation>请选择社区。</translation>
    </message>
</context>
<context>
    <name>zeroplan::SharedStoreFlow</name>
    <message>
        <location filename="../views/window/SharedStoreFlow.cpp" line="+34"/>
        <source>The shared store asks for your password:</source>
        <translation>共享库需要您的密码：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your file is unchanged; check in again when the store can be reached.</source>
        <translation>您的文件未改动；共享库可连接后请再次签入。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check Out from Shared Store</source>
        <translation>从共享库签出</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ZeroPlan project (*.zeroplan)</source>
        <translation>ZeroPlan 项目 (*.zeroplan)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open District from Shared Store</source>
        <translation>从共享库打开区</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check In to Shared Store</source>
        <translation>签入共享库</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was checked in and your file is unchanged.</source>
        <translation>未签入任何内容，您的文件未改动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan is checked in as revision %1, but this file could not be updated%2. Save it, or check it in again later: the same changes merge without conflict.</source>
        <translation>方案已签入为第 %1 版，但本文件未能更新%2。请保存，或稍后再次签入：同样的修改会无冲突地合并。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked in %1 as revision %2.</source>
        <translation>已将 %1 签入为第 %2 版。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Merged with what %1 checked in first: %n value(s) of theirs taken, </source>
        <translation>
            <numerusform>已与 %1 先签入的内容合并：采用对方的 %n 个数值，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s) decided.</source>
        <translation>
            <numerusform>决定了 %n 处冲突。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zeroplan::SharedSync</name>
    <message>
        <location filename="../model/server/SharedSync.cpp" line="+43"/>
        <source>%1 has no plan in the shared store yet: check a plan in to it first</source>
        <translation>%1 在共享库中尚无方案：请先向它签入方案</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the plan of %1 in the shared store (revision %2) does not read: %3</source>
        <translation>共享库中 %1 的方案（第 %2 版）无法读取：%3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>this plan was not checked out of a shared store: name the community it goes to</source>
        <translation>此方案不是从共享库签出的：请指定它所属的社区</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>this plan and the one %1 checked in (revision %2) merge into a plan that does not hold together (%3); nothing was checked in</source>
        <translation>此方案与 %1 签入的方案（第 %2 版）合并后不成立（%3）；未签入任何内容</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>others kept checking in while this plan was merged; nothing was checked in: try again</source>
        <translation>合并期间他人不断签入；未签入任何内容：请重试</translation>
    </message>
</context>
<context>
    <name>zeroplan::SimulateCommand</name>
    <message>
        <location filename="../app/cli/SimulateCommand.cpp" line="+47"/>
        <source>not a plan</source>
        <translation>不是规划文件</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n more; run %1 validate %2)</source>
        <translation>
            <numerusform>（另有 %n 个；请运行 %1 validate %2 查看）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run the plan&apos;s scenarios and print emissions, wedges, costs and targets.</source>
        <translation>运行规划中的情景，输出排放、减排楔形、成本和目标达成情况。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run only the scenario named NAME.</source>
        <translation>只运行名为 NAME 的情景。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the results as json, csv or table (default: table).</source>
        <translation>以 json、csv 或 table 格式输出结果（默认：table）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also run N Monte Carlo samples (at most %L1) and the sensitivity analysis.</source>
        <translation>同时运行 N 次蒙特卡洛抽样（最多 %L1 次）和敏感性分析。</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleOptions.cpp" line="+34"/>
        <source>Seed of the Monte Carlo draws (default: %1).</source>
        <translation>蒙特卡洛抽样的随机种子（默认：%1）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/SimulateCommand.cpp" line="+24"/>
        <source>%n warning(s); run %1 validate %2</source>
        <translation>
            <numerusform>%n 个警告；请运行 %1 validate %2 查看</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/OutputFormat.cpp" line="+14"/>
        <source>unknown format &apos;%1&apos;; use json, csv or table</source>
        <translation>未知格式“%1”；请使用 json、csv 或 table</translation>
    </message>
    <message>
        <location filename="../app/cli/SampleOptions.cpp" line="+20"/>
        <source>--samples needs a whole number of samples, not &apos;%1&apos;</source>
        <translation>--samples 需要整数样本数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--samples must be at least 1, not %1</source>
        <translation>--samples 至少为 1，而不是 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--samples %1 is more than the limit; using %L2 samples</source>
        <translation>--samples %1 超过上限；将使用 %L2 个样本</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--seed needs a whole number from 0 to %1, not &apos;%2&apos;</source>
        <translation>--seed 需要 0 到 %1 之间的整数，而不是“%2”</translation>
    </message>
    <message>
        <location filename="../app/cli/SimulateCommand.cpp" line="+32"/>
        <source>no scenario named &apos;%1&apos;: the plan has no scenarios</source>
        <translation>没有名为“%1”的情景：该规划没有任何情景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no scenario named &apos;%1&apos;; the plan&apos;s scenarios are %2</source>
        <translation>没有名为“%1”的情景；该规划的情景有：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the horizon ends before the base year</source>
        <translation>规划期在基准年之前就结束了</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>not enough memory to run %n measure(s) and %1 activity line(s) over %2 years</source>
        <translation>
            <numerusform>内存不足，无法在 %2 年内计算 %n 项措施和 %1 条活动数据</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not enough memory for the uncertainty analysis of scenario &apos;%1&apos;: %L2 measures × %L3 years, %L4 samples × %L3 years</source>
        <translation>内存不足，无法对情景“%1”做不确定性分析：%L2 项措施 × %L3 年，%L4 个样本 × %L3 年</translation>
    </message>
</context>
<context>
    <name>zeroplan::SmallMultiples</name>
    <message>
        <location filename="../views/district/SmallMultiples.cpp" line="+103"/>
        <source>No community of this district could be read.</source>
        <translation>无法读取本街区的任何社区。</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Business as usual in %2: %3&lt;br&gt;Net in %2: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 年照常发展：%3&lt;br&gt;%2 年净排放：%4</translation>
    </message>
</context>
<context>
    <name>zeroplan::StackedWedgeChart</name>
    <message>
        <location filename="../views/charts/StackedWedgeChart.cpp" line="+24"/>
        <source>Business as usual</source>
        <translation>基准情景（BAU）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Emissions (%1)</source>
        <translation>排放量（%1）</translation>
    </message>
</context>
<context>
    <name>zeroplan::StartPage</name>
    <message>
        <location filename="../views/window/StartPage.cpp" line="+91"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plans you open or save appear here.</source>
        <translation>打开或保存过的规划会显示在这里。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ZeroPlan</source>
        <translation>ZeroPlan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan your community&apos;s path to carbon neutrality: start with the baseline, add measures, compare scenarios and see when the community reaches net zero.</source>
        <translation>规划社区的碳中和路径：从基准清单入手，添加措施，比较情景，看看社区何时实现净零排放。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New Plan</source>
        <translation>新建规划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Data…</source>
        <translation>导入数据…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Plan…</source>
        <translation>打开规划…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Guide (F1)</source>
        <translation>用户指南 (F1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Plan starts an empty plan on the Community page, where you name the community and choose its grid region. Import Data… starts a new plan and reads your energy and waste figures from a CSV or Excel table. Open Plan… opens a saved plan.</source>
        <translation>“新建规划”从“社区”页开始一个空白规划，在那里填写社区名称并选择所在电网区域。“导入数据…”新建规划并从 CSV 或 Excel 表格读入能源与垃圾数据。“打开规划…”打开已保存的规划。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent plans</source>
        <translation>最近的规划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample plans of other communities, to look around and try things out: they are examples, not your community&apos;s figures.</source>
        <translation>其他社区的示例规划，供浏览和试用：它们只是示例，不是您社区的数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (example)</source>
        <translation>%1（示例）</translation>
    </message>
</context>
<context>
    <name>zeroplan::StartingPlan</name>
    <message>
        <location filename="../model/plan/DefaultNames.cpp" line="-3"/>
        <location filename="../model/plan/StartingPlan.cpp" line="+23"/>
        <source>New community</source>
        <translation>新社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../model/plan/StartingPlan.cpp" line="+6"/>
        <source>Planned measures</source>
        <translation>计划措施</translation>
    </message>
</context>
<context>
    <name>zeroplan::TableFile</name>
    <message>
        <location filename="../model/import/TableFile.cpp" line="+21"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is a folder, not a file</source>
        <translation>%1：是文件夹，不是文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: can&apos;t be opened: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sheet &quot;%1&quot;</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 text, %2-separated</source>
        <translation>%1 文本，以%2分隔</translation>
    </message>
</context>
<context>
    <name>zeroplan::TariffTableModel</name>
    <message>
        <location filename="../views/measures/TariffTableModel.cpp" line="+69"/>
        <source>no cap</source>
        <translation>无上限</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Units a year per household the measure reaches that are bought at this price; the rest at the plan&apos;s price. Empty: no cap</source>
        <translation>该措施覆盖的每户每年按此价格购买的单位数量，其余按规划价格计。留空：无上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say where the tariff comes from: a notice, a contract</source>
        <translation>注明价格的出处：如通知、合同</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Carrier</source>
        <translation>能源品种</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price (%1 per unit)</source>
        <translation>价格（%1/单位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cap per household a year</source>
        <translation>每户每年上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Own tariffs: “%1” is not an energy carrier a tariff can price.</source>
        <translation>自有价格：“%1”不是可定价的能源品种。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Change own tariff</source>
        <translation>更改自有价格</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Own tariffs: %1 is not a unit %2 can be priced in.</source>
        <translation>自有价格：%2 不能以 %1 为单位定价。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Own tariffs: the price must be a number of at least 0.</source>
        <translation>自有价格：价格必须是大于或等于 0 的数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own tariffs: the cap must be a number above 0, or empty for no cap.</source>
        <translation>自有价格：上限必须是大于 0 的数字，留空表示无上限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Own tariffs: %1 has a tariff already (row %2).</source>
        <translation>自有价格：%1 已有价格（第 %2 行）。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Own tariffs: every energy carrier has a tariff already.</source>
        <translation>自有价格：所有能源品种都已有价格。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add own tariff</source>
        <translation>添加自有价格</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove own tariff</source>
        <translation>删除自有价格</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Own tariffs: the Beijing valley tariff is in CNY, and this plan counts in %1.</source>
        <translation>自有价格：北京谷段电价以 CNY 计，而此规划以 %1 计。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply the Beijing valley tariff</source>
        <translation>应用北京谷段电价</translation>
    </message>
</context>
<context>
    <name>zeroplan::TariffsEditor</name>
    <message>
        <location filename="../views/measures/TariffsEditor.cpp" line="+16"/>
        <source>Add tariff</source>
        <translation>添加价格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove tariff</source>
        <translation>删除价格</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Price the energy this measure buys or saves differently from the plan&apos;s prices, e.g. a heat-pump tariff</source>
        <translation>为此措施购买或节省的能源设置不同于规划价格的价格，例如热泵电价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beijing valley tariff</source>
        <translation>北京谷段电价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Electricity at 0.1 CNY/kWh for up to 10,000 kWh per household and heating season (Beijing coal-to-electricity policy; check the local notice)</source>
        <translation>电力 0.1 CNY/kWh，每户每个采暖季最多 10,000 kWh（北京“煤改电”政策；请以当地通知为准）</translation>
    </message>
</context>
<context>
    <name>zeroplan::TemplateEditor</name>
    <message>
        <location filename="../views/district/TemplateEditor.cpp" line="+64"/>
        <source>%1 per %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The template: what every community gets</source>
        <translation>模板：每个社区都会得到的值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discount rate:</source>
        <translation>折现率：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Energy price:</source>
        <translation>能源价格：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The carriers and units the communities&apos; plans price</source>
        <translation>各社区规划中已定价的能源品种和单位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add price…</source>
        <translation>添加价格…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this price into the template: every community that does not keep its own price gets it</source>
        <translation>将此价格放入模板：所有未保留自有价格的社区都将采用它</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+42"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow it</source>
        <translation>采用模板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep their own</source>
        <translation>保留自有值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Differ</source>
        <translation>不同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A price&apos;s value can be edited in its cell</source>
        <translation>价格可直接在其单元格中编辑</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove from template</source>
        <translation>从模板中移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop templating the chosen value: the communities keep what they hold</source>
        <translation>不再由模板统一所选值：各社区保留其现有值</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A community against the template</source>
        <translation>社区与模板对照</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template&apos;s value</source>
        <translation>模板值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its value</source>
        <translation>社区的值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset to template</source>
        <translation>重置为模板值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The community takes the template&apos;s value again</source>
        <translation>该社区重新采用模板值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep own value</source>
        <translation>保留自有值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later changes of the template pass this community by</source>
        <translation>此后模板的更改不再影响该社区</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(not templated: each community keeps its own)</source>
        <translation>（未纳入模板：各社区保留自有值）</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Keeps its own value</source>
        <translation>保留自有值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Differs from the template</source>
        <translation>与模板不同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follows the template</source>
        <translation>采用模板值</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>District template</source>
        <translation>街区模板</translation>
    </message>
</context>
<context>
    <name>zeroplan::TornadoChart</name>
    <message>
        <location filename="../views/charts/TornadoChart.cpp" line="+34"/>
        <source>What moves the result most</source>
        <translation>对结果影响最大的因素</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+95"/>
        <source>Run the analysis to see which figures matter most.</source>
        <translation>运行分析，查看哪些数值影响最大。</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>No uncertain figure changes the result: give measures a low and high value.</source>
        <translation>没有哪个不确定数值会改变结果：请为措施设置低值和高值。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — %2</source>
        <comment>measure, parameter</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At its low value: net %1 in %2</source>
        <translation>取低值时：%2 年净排放 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At its high value: net %1 in %2</source>
        <translation>取高值时：%2 年净排放 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Net emissions in %1 (%2)</source>
        <translation>%1 年净排放（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All figures likely: %1</source>
        <translation>所有数值取最可能值：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Figure at its low value</source>
        <translation>数值取低值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure at its high value</source>
        <translation>数值取高值</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2)</source>
        <comment>duplicate row label, number</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>zeroplan::TrackCommand</name>
    <message>
        <location filename="../app/cli/TrackCommand.cpp" line="+49"/>
        <source>Compare what happened with the adopted plan: gaps, measures, why emissions changed, re-forecast.</source>
        <translation>将实际情况与已采纳的规划对照：差距、各项措施、排放变化的原因、重新预测。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print as json, csv or table (default: table).</source>
        <translation>以 json、csv 或 table 格式输出（默认：table）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day of the assessment, YYYY-MM-DD (default: today); a measure with no update in the 12 months before it is stale.</source>
        <translation>评估日期，格式 YYYY-MM-DD（默认：今天）；此前 12 个月内没有进展更新的措施视为信息过期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also run N Monte Carlo samples (at most %L1) on each re-forecast.</source>
        <translation>另对每条重新预测路径运行 N 次蒙特卡洛抽样（最多 %L1 次）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--as-of needs a date written YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期，而不是“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--samples needs a whole number from 1 to %L1, not &apos;%2&apos;</source>
        <translation>--samples 需要 1 到 %L1 之间的整数，而不是“%2”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the plan has errors; fix them first (run zeroplan-cli validate)</source>
        <translation>规划有错误，请先改正（运行 zeroplan-cli validate）</translation>
    </message>
</context>
<context>
    <name>zeroplan::TrackTable</name>
    <message>
        <location filename="../app/cli/TrackTable.cpp" line="+37"/>
        <source>%1: adopted %2 on %3; base year %4: %5 tCO2e</source>
        <translation>%1：%3 采纳 %2；基准年 %4：%5 tCO2e</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 tCO2e reduced since %2; %3 tCO2e still to reduce by %4</source>
        <translation>自 %2 年以来已减少 %1 tCO2e；到 %4 年还需减少 %3 tCO2e</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No actual inventory after the base year yet.</source>
        <translation>基准年之后尚无实际清单。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+93"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+22"/>
        <source>Planned tCO2e</source>
        <translation>计划 tCO2e</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Actual tCO2e</source>
        <translation>实际 tCO2e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap tCO2e</source>
        <translation>差距 tCO2e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+63"/>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Measure in %1</source>
        <translation>%1 年措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>信号灯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Completion</source>
        <translation>完成度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Realised tCO2e</source>
        <translation>实际减排 tCO2e</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Why emissions changed, %1 to %2</source>
        <translation>排放变化的原因，%1—%2 年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tCO2e</source>
        <translation>tCO2e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population and households</source>
        <translation>人口与户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weather (heating degree days)</source>
        <translation>天气（采暖度日数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emission factors (grid, fuels)</source>
        <translation>排放因子（电网、燃料）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (behaviour, economy, data)</source>
        <translation>其他（行为、经济、数据）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re-forecast from %1</source>
        <translation>自 %1 年重新预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral from</source>
        <translation>碳中和起始年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net tCO2e in %1</source>
        <translation>%1 年净排放 tCO2e</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>90% range in %1</source>
        <translation>%1 年 90% 区间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of reach</source>
        <translation>难以实现</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not reached</source>
        <translation>未实现</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 to %2</source>
        <comment>low to high</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual - plan</source>
        <translation>实际 - 计划</translation>
    </message>
</context>
<context>
    <name>zeroplan::UncertaintyPage</name>
    <message>
        <location filename="../views/uncertainty/UncertaintyPage.cpp" line="+39"/>
        <source>Run simulation</source>
        <translation>运行模拟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Simulate %1 futures of the current scenario from its measures&apos; low, likely and high values</source>
        <translation>根据当前情景中各项措施的低值、最可能值和高值，模拟 %1 种情形</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Results are for the plan before your last edit — run again.</source>
        <translation>结果对应的是您上次编辑之前的规划——请重新运行。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>business as usual</source>
        <translation>基准情景</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulating &quot;%1&quot;…</source>
        <translation>正在模拟“%1”…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled; the results below are from the previous run.</source>
        <translation>已取消；以下结果来自上一次运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Press Run simulation to see how sure the path is: %1 futures drawn from the measures&apos; low, likely and high values.</source>
        <translation>点击“运行模拟”，看看这条路径有多大把握：根据各项措施的低值、最可能值和高值抽取 %1 种情形。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run the simulation to see the range of net emissions.</source>
        <translation>运行模拟，查看净排放的范围。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the simulation to see which values matter most.</source>
        <translation>运行模拟，查看哪些数值影响最大。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Scenario &quot;%1&quot;: %2 simulated futures, seed %3, triangular distributions over %n uncertain value(s).</source>
        <translation>
            <numerusform>情景“%1”：%2 种模拟情形，随机种子 %3，对 %n 个不确定数值采用三角分布。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No measure has a low–high range, so every future is the same.</source>
        <translation>没有措施设置低值–高值范围，因此每种情形都相同。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No measure has a low–high range to vary.</source>
        <translation>没有措施设置可供变化的低值–高值范围。</translation>
    </message>
</context>
<context>
    <name>zeroplan::Units</name>
    <message>
        <location filename="../model/inventory/Units.cpp" line="+136"/>
        <source>energy</source>
        <translation>能量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>volume</source>
        <translation>体积</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vehicle distance</source>
        <translation>车辆行驶里程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passenger distance</source>
        <translation>乘客出行里程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>emissions</source>
        <translation>排放量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>population served</source>
        <translation>服务人口</translation>
    </message>
</context>
<context>
    <name>zeroplan::UserGuide</name>
    <message>
        <location filename="../views/window/UserGuide.cpp" line="+64"/>
        <source>ZeroPlan User Guide</source>
        <translation>ZeroPlan 用户指南</translation>
    </message>
</context>
<context>
    <name>zeroplan::ValidateCommand</name>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="+17"/>
        <source>Check a plan and list every error and warning in it.</source>
        <translation>检查规划，列出其中所有错误和警告。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a plan</source>
        <translation>不是规划文件</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, %2</source>
        <comment>error count, warning count</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OK: %1 activity lines, %2 measures, %3 scenarios</source>
        <translation>通过：%1 个活动数据行，%2 项措施，%3 个情景</translation>
    </message>
</context>
<context>
    <name>zeroplan::ValueScopeBar</name>
    <message>
        <location filename="../views/measures/ValueScopeBar.cpp" line="+19"/>
        <source>Edit the values every scenario runs with, or one scenario&apos;s own</source>
        <translation>编辑所有情景使用的取值，或某一情景的自有取值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Values for:</source>
        <translation>取值适用于(&amp;V)：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Every scenario</source>
        <translation>所有情景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario “%1” only</source>
        <translation>仅情景“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Values set here count in “%1” only (bold: set for it); every other scenario keeps its own. Name, lines and notes are the same in every scenario.</source>
        <translation>此处设定的取值只在“%1”中生效（粗体：为其设定的值），其他情景不受影响。名称、活动数据和备注在所有情景中相同。</translation>
    </message>
</context>
<context>
    <name>zeroplan::VersionChoice</name>
    <message>
        <location filename="../app/cli/VersionChoice.cpp" line="+34"/>
        <source>no version &apos;%1&apos;: the plan has no versions yet</source>
        <translation>没有版本“%1”：该规划还没有任何版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no version &apos;%1&apos;; the plan&apos;s versions are %2 (zeroplan-cli versions lists them), or &apos;current&apos;</source>
        <translation>没有版本“%1”；该规划的版本为 %2（zeroplan-cli versions 可列出），或“current”（当前）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>version %1 is damaged: the plan it keeps does not read</source>
        <translation>版本 %1 已损坏：其中保存的规划无法读取</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version %1 was saved with errors in the plan, so its results cannot be worked out</source>
        <translation>版本 %1 保存时规划有错误，无法计算其结果</translation>
    </message>
</context>
<context>
    <name>zeroplan::VersionCommand</name>
    <message>
        <location filename="../app/cli/VersionCommand.cpp" line="+23"/>
        <source>Keep the plan as it is now as a named version (&quot;adopted v2&quot;).</source>
        <translation>将规划的当前状态保存为命名版本（如“通过稿 v2”）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The version&apos;s name (required).</source>
        <translation>版本名称（必填）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A comment on the version.</source>
        <translation>版本说明。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>version needs --name NAME</source>
        <translation>version 需要 --name NAME</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a JSON plan keeps no versions; convert it to a project file first (zeroplan-cli convert PLAN.json PLAN.zeroplan)</source>
        <translation>JSON 规划不保存版本；请先转换为项目文件（zeroplan-cli convert PLAN.json PLAN.zeroplan）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kept the plan as version %1, &apos;%2&apos;.</source>
        <translation>已将规划保存为版本 %1“%2”。</translation>
    </message>
</context>
<context>
    <name>zeroplan::VersionsCommand</name>
    <message>
        <location filename="../app/cli/VersionsCommand.cpp" line="+20"/>
        <source>List the versions a plan keeps: named ones and those its saves made.</source>
        <translation>列出规划保存的版本：命名版本和每次保存生成的版本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No version yet: a project file makes one each time it is saved.</source>
        <translation>还没有版本：项目文件每次保存时都会生成一个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>zeroplan::VersionsPanel</name>
    <message>
        <location filename="../views/history/VersionsPanel.cpp" line="+110"/>
        <source>Name, e.g. draft for committee 2026-03</source>
        <translation>名称，例如：提交居委会稿 2026-03</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment (optional)</source>
        <translation>说明（可选）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Version</source>
        <translation>保存版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plan and keep it as a version with this name; a named version is never thinned</source>
        <translation>保存规划并以此名称保留为版本；命名版本永不清理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the version chosen with the plan as it is now, or two versions chosen with each other</source>
        <translation>将所选版本与当前规划比较，或将所选的两个版本相互比较</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the version chosen in this window, to look at it or keep it as a plan of its own with Save As; the file is not changed</source>
        <translation>在本窗口中打开所选版本，以便查看，或用“另存为”保存为一份独立的规划；文件不会被修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+127"/>
        <source>Compared</source>
        <translation>比较项</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+127"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>A JSON plan keeps no versions: save it as a ZeroPlan project (.zeroplan) to keep them.</source>
        <translation>JSON 规划不保存版本：将其保存为 ZeroPlan 项目（.zeroplan）即可保留版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each save keeps a version; name one to keep it for good.</source>
        <translation>每次保存都会保留一个版本；为版本命名即可永久保留。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved and kept as version %1, &quot;%2&quot;.</source>
        <translation>已保存并保留为版本 %1“%2”。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Version %1 was saved with errors in the plan, so its results cannot be worked out.</source>
        <translation>版本 %1 保存时规划有错误，无法计算其结果。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 is damaged: the plan it keeps does not read.</source>
        <translation>版本 %1 已损坏：其中保存的规划无法读取。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan has errors, so its results cannot be worked out; fix them first (Problems).</source>
        <translation>规划有错误，无法计算结果；请先修正（见“问题”）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 compared with %2.</source>
        <translation>%1 与 %2 的比较。</translation>
    </message>
</context>
<context>
    <name>zeroplan::WaterfallChart</name>
    <message>
        <location filename="../views/charts/WaterfallChart.cpp" line="+31"/>
        <source>Why emissions changed</source>
        <translation>排放变化的原因</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Add an actual year to see why emissions changed.</source>
        <translation>添加一个实际年份，即可查看排放变化的原因。</translation>
    </message>
</context>
<context>
    <name>zeroplan::WedgeChart</name>
    <message>
        <location filename="../views/charts/WedgeChart.cpp" line="+40"/>
        <source>Other measures (%1)</source>
        <comment>the wedge of the smaller measures</comment>
        <translation>其他措施（%1 项）</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>What each measure cuts</source>
        <translation>各措施的减排量</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Add a measure to this scenario to see its wedge.</source>
        <translation>向此情景添加措施，即可查看其减排楔形。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add a scenario on the Scenarios page to see its wedges.</source>
        <translation>请在“情景”页添加情景，以查看其减排楔形。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 — net emissions</source>
        <translation>%1 — 净排放</translation>
    </message>
</context>
<context>
    <name>zeroplan::WorkingGroupsEditor</name>
    <message>
        <location filename="../views/people/WorkingGroupsEditor.cpp" line="+40"/>
        <source>Group</source>
        <translation>工作组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measures it owns</source>
        <translation>负责的措施</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add group</source>
        <translation>添加工作组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove group</source>
        <translation>删除工作组</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> hours a year</source>
        <translation> 小时/年</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volunteer network:</source>
        <translation>志愿者网络：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer time:</source>
        <translation>志愿服务时间：</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New group</source>
        <translation>新工作组</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New group %1</source>
        <translation>新工作组 %1</translation>
    </message>
</context>
<context>
    <name>zeroplan::WriteTarget</name>
    <message>
        <location filename="../model/storage/WriteTarget.cpp" line="+113"/>
        <source>no file name given</source>
        <translation>未给出文件名</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+47"/>
        <location line="+183"/>
        <source>it is a folder</source>
        <translation>这是文件夹</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>it is a socket, not a file</source>
        <translation>这是套接字，不是文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a block device (a disk), not a file</source>
        <translation>这是块设备（磁盘），不是文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is neither a file, a device nor a named pipe</source>
        <translation>既不是文件，也不是设备或命名管道</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file the link leads to cannot be found</source>
        <translation>找不到链接指向的文件</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+84"/>
        <source>it changed while it was being written</source>
        <translation>写入期间它被更改了</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file would exceed the file-size limit (ulimit -f)</source>
        <translation>文件将超过文件大小限制（ulimit -f）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file system is read-only</source>
        <translation>文件系统为只读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>input/output error (the disk or its connection failed)</source>
        <translation>输入/输出错误（磁盘或其连接出现故障）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many symbolic links</source>
        <translation>符号链接层数过多</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is too long</source>
        <translation>名称过长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a folder of the path does not exist</source>
        <translation>路径中的某个文件夹不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the reading end of the pipe was closed</source>
        <translation>管道的读取端已关闭</translation>
    </message>
</context>
<context>
    <name>zeroplan::XlsxReader</name>
    <message>
        <location filename="../model/import/XlsxArchive.cpp" line="+64"/>
        <source>%1: the workbook is protected with a password; open it, save it without a password and import it again</source>
        <translation>%1：工作簿受密码保护；请打开它，不设密码另存后再导入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: this is an Excel 97–2003 workbook (.xls); open it in Excel, WPS or LibreOffice, save it as .xlsx and import that</source>
        <translation>%1：这是 Excel 97–2003 工作簿（.xls）；请在 Excel、WPS 或 LibreOffice 中打开，另存为 .xlsx 后导入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: this is an old Office file or a password-protected workbook, not an .xlsx workbook; save it as .xlsx without a password and import that</source>
        <translation>%1：这是旧版 Office 文件或受密码保护的工作簿，不是 .xlsx 工作簿；请不设密码另存为 .xlsx 后导入</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: can&apos;t open the file: %2</source>
        <translation>%1：无法打开文件：%2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: the file is damaged or incomplete (its zip directory can&apos;t be read); was it cut short while copying or downloading?</source>
        <translation>%1：文件已损坏或不完整（无法读取其 zip 目录）；是否在复制或下载时被截断？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not an .xlsx workbook: the file is not a zip archive</source>
        <translation>%1：不是 .xlsx 工作簿：该文件不是 zip 压缩包</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: can&apos;t read the zip archive: %2</source>
        <translation>%1：无法读取 zip 压缩包：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the zip archive is encrypted; save the workbook without a password and import it again</source>
        <translation>%1：zip 压缩包已加密；请不设密码另存工作簿后再导入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: part %2 unpacks to %3; ZeroPlan reads at most %4 (is the file damaged, or a zip bomb?)</source>
        <translation>%1：部件 %2 解压后为 %3；ZeroPlan 最多读取 %4（文件是否已损坏，或是 zip 炸弹？）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the workbook has no part %2; the file is damaged</source>
        <translation>%1：工作簿缺少部件 %2；文件已损坏</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../model/import/XlsxPart.cpp" line="+76"/>
        <source>%1: can&apos;t unpack part %2: %3</source>
        <translation>%1：无法解压部件 %2：%3</translation>
    </message>
    <message>
        <location filename="../model/import/XlsxPart.cpp" line="+5"/>
        <source>%1: part %2 unpacks to more than the zip directory says; the file is damaged (or a zip bomb)</source>
        <translation>%1：部件 %2 解压后超过 zip 目录记载的大小；文件已损坏（或是 zip 炸弹）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: damaged XML in %2, line %3: %4</source>
        <translation>%1：%2 中的 XML 已损坏，第 %3 行：%4</translation>
    </message>
    <message>
        <location filename="../model/import/XlsxReader.cpp" line="+49"/>
        <source>, </source>
        <comment>between the names of sheets in a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: the workbook does not say where sheet “%2” is; the file is damaged</source>
        <translation>%1：工作簿未说明工作表“%2”的位置；文件已损坏</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: this is an OpenDocument spreadsheet (.ods), not an .xlsx workbook; save it as .xlsx and import that</source>
        <translation>%1：这是 OpenDocument 电子表格（.ods），不是 .xlsx 工作簿；请另存为 .xlsx 后导入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not an .xlsx workbook: the zip archive has no %2</source>
        <translation>%1：不是 .xlsx 工作簿：zip 压缩包中没有 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the workbook has no sheets</source>
        <translation>%1：工作簿中没有工作表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: sheet “%2” not found; the sheets are: %3</source>
        <translation>%1：找不到工作表“%2”；现有工作表：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: sheet “%2” is a chart, not a table; choose another sheet</source>
        <translation>%1：工作表“%2”是图表，不是表格；请选择其他工作表</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: row number “%2” in %3 is not valid; rows are numbered from 1 to %4</source>
        <translation>%1：%3 中的行号“%2”无效；行号应在 1 到 %4 之间</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: %2 has a cell with the reference “%3”, which is not valid</source>
        <translation>%1：%2有一个引用为“%3”的单元格，该引用无效</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 has a cell at %3, beyond XFD, the last column a sheet can have</source>
        <translation>%1：%2在 %3 处有单元格，超出了工作表的最后一列 XFD</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%1: %2 refers to shared string “%3”, but the workbook has %n shared string(s), numbered from 0</source>
        <translation>
            <numerusform>%1：%2引用了共享字符串“%3”，但工作簿只有 %n 个共享字符串（从 0 开始编号）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>row %1, column %2</source>
        <translation>第 %1 行 %2 列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>zeroplan::YearAmountEditor</name>
    <message>
        <location filename="../views/residents/YearAmountEditor.cpp" line="+25"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click an amount to change it.</source>
        <translation>双击金额即可修改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The year of the amount to add.</source>
        <translation>要添加金额的年份。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount of that year, in the plan&apos;s currency.</source>
        <translation>该年的金额，以规划所用货币计。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add year</source>
        <translation>添加年份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sets the amount of the year chosen (adds the year when it has none).</source>
        <translation>设置所选年份的金额（该年份不存在时会添加）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove year</source>
        <translation>删除年份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the selected year.</source>
        <translation>删除选中的年份。</translation>
    </message>
</context>
</TS>
