/**
 * The help pages in Japanese (`--lang ja`, a ja locale). Option names, operands, command
 * names and the words a user types (json, off, auto …) stay as they are typed.
 */
import type { HelpTexts } from "./help.js";

export const helpJa: HelpTexts = {
  commander: {
    titles: { "Usage:": "使い方:", "Arguments:": "引数:", "Options:": "オプション:", "Commands:": "コマンド:", "Global Options:": "共通オプション:" },
    extra: (choices, defaultValue) => `（${[choices === null ? null : `選択肢: ${choices}`, defaultValue === null ? null : `既定値: ${defaultValue}`].filter((part) => part !== null).join("、")}）`,
  },
  helpOption: "ヘルプを表示する",
  versionOption: "バージョンを表示する",
  inputs: "ファイル、フォルダ（*.txt を探す）、glob パターン、または標準入力を表す -",
  encoding: "入力の文字コード: auto, utf-8, shift_jis (cp932), euc-jp, utf-16le, utf-16be",
  profile:
    "様式のプロファイル: 組み込みの名前、YAML のプロファイルファイル、または auto（ファイルごとに、detect の語がすべて現れるプロファイルを優先し、次に読み取れた行の数から矛盾の数を引いた値で選ぶ。同点や弱い勝者は標準エラー出力で知らせる。--profile FILE を重ねると候補に加わる）",
  lang: "メッセージとこのヘルプの言語: ja か en（既定は LC_ALL、LC_MESSAGES、LANG から。ja で始まれば ja、ほかは en）",
  jobs: "同時に解析するファイルの数（ワーカースレッド。既定は 1 でこのスレッドだけ、auto はコアの数）。出力は入力の順のまま",
  program: {
    description: "行政評価シート（施策評価・事務事業評価）のテキストを JSON、NDJSON、YAML、CSV に変換します。",
    format: "出力形式（json: 入力が複数なら配列、ndjson: 1 ファイル 1 行）",
    table: "CSV の表（--format csv を含意）。all には --output DIR が必要",
    output: "標準出力の代わりにこのファイル（--table all ではこのフォルダ）に書き出す。- は標準出力",
    positions: "すべてのオブジェクトに元の行番号を加える（CSV では line 列）",
    strict: "読み取れない行やエラーがあれば終了コード 1",
    bom: "CSV: UTF-8 のバイト順マークを先頭に付ける（Excel 向け）",
    outputEncoding: "CSV: utf-8（既定）か cp932（Shift_JIS、日本語版 Excel 向け）",
    rawCells: "CSV: = + - @（全角や、CP932 で － になる − も）で始まるセルをそのまま書く（先頭に ' を付けない）",
    noColor: "メッセージに色を付けない",
    after: `
入力: ファイル、フォルダ（*.txt を再帰的に探し、シンボリックリンクもたどる）、glob パターン
（引用符で囲む: 'sheets/**/*.txt'）、標準入力を表す - または指定なし。.pdf、.xlsx、.xls、
.html/.htm、.csv、.tsv という名前のファイルはその形式として読みます（セルの行をパーサーが読む
テキストにする。sheetparse text FILE で見られる）。スキャンした PDF、暗号化されたファイル、
壊れたファイルは標準エラー出力に 1 行（終了コード 2）。読み込めないファイル
（理由を示す: シンボリックリンクの循環、リンク切れ、権限がない …）や、フォルダの探索で飛ばし
たフォルダ・リンク切れ・循環は標準エラー出力で知らせ（終了コード 2）、ほかの入力は続けて処理
します。ファイル（または --profile、--config）として指定されたデバイス、ソケット、フォルダは
読まずに断ります。シートは標準入力も含めて 256 MiB まで、プロファイルと設定ファイルは 1 MiB
まで。プロファイルと設定ファイルもシートと同じく文字コードを判定し（UTF-8、Shift_JIS、
EUC-JP、UTF-16）、解読できないバイトは行:桁つきのエラーです。UTF-32（BOM で判定）は対応して
いないため断ります。

例:
  $ sheetparse sheet.txt                        シート 1 ファイルの JSON
  $ sheetparse sheets/ --format ndjson          1 ファイルにつき 1 行の JSON
  $ sheetparse 'sheets/**/*.txt' > all.json     1 ファイル 1 Document の JSON 配列
  $ sheetparse sheet.txt --format yaml --positions
  $ cat sheet.txt | sheetparse - | jq '.projects[].name'
  $ sheetparse sheet.txt | jq '.projects[] | [.name, .policyIndex]'   事業ごとの施策シート（.policies の添字）
  $ sheetparse sheets/ --format csv --bom -o years.csv       Excel 向け（BOM 付き UTF-8）
  $ sheetparse sheets/ --table projects --output-encoding cp932 -o projects.csv
  $ sheetparse sheets/ --format csv --table all --output out/
  $ sheetparse ast sheet.txt                    位置つきの構文木
  $ sheetparse sheet.pdf                        PDF（.xlsx、.xls、.html、.csv も）を直接読む
  $ sheetparse text sheet.pdf > sheet.txt       パーサーが読むセルの行をテキストで
  $ sheetparse schema                           出力の JSON Schema
  $ sheetparse help check                       コマンドのヘルプ（check --help と同じ）

最初のオペランドがファイルでもフォルダでもパターンでもなく、コマンド名に近い語なら使い方の
誤りです（コマンド "chekc" はありません（check のことですか）、終了コード 2、何も読みません）。
help [COMMAND] はヘルプを表示します。その名前のファイルやフォルダがあれば常にそちらを読みます
（迷うときはファイルを ./help と書く）。

--output は書き出し先の隣に一時ファイルを書き、処理が終わってから書き出し先へ置き換えます。
失敗・中断した実行や、入力を一つも読み込めなかった実行では、書き出し先は元のままです。入力の
一つを書き出し先にすることはできません。

Document はすべて書き出す前にスキーマ（sheetparse schema）で検証します。合わないものは
sheetparse の不具合です。診断が "fatal"（invalidDocument、合わない JSON パスを示す）一つだけの
Document に置き換え、終了コード 2 で終わります。

終了コード: 0 成功（診断の有無によらない。診断はデータにある）。1 --strict のときだけ、読み
取れない行かエラーの診断があるとき。2 使い方の誤り、読み込めない・解読できない入力、または
スキーマ検証に失敗した Document（最も重いものを返す）。
標準エラー出力が端末でないとき、NO_COLOR があるとき、--no-color のときは色を付けません。
ファイル名の制御文字はエスケープ（\\n、\\x1B）で表示し、そのままは出力しません。`,
  },
  text: {
    description: "各入力（PDF、Excel、HTML、CSV、テキスト）から得たセルの行を、パーサーが読むタブ区切りのテキストとして表示する",
    encoding: "テキスト・HTML・CSV の入力の文字コード: auto, utf-8, shift_jis (cp932), euc-jp, utf-16le, utf-16be",
  },
  ast: {
    description: "シート 1 ファイルの構文木（情報を落とさないもの）を unist の位置つきの JSON で表示する",
    file: "シートのファイル、または標準入力を表す -",
  },
  report: {
    description: "シートの一式から自己完結した HTML ページを 1 枚書き出す: 集計、一覧表、グラフ、チェック結果",
    output: "標準出力の代わりにこのファイルにページを書き出す。- は標準出力",
    after: `
ページは外部のリソースを使わず、通信もしません（CSS はページ内、グラフは SVG、並べ替えのため
の小さなスクリプトが一つ、厳しい Content-Security-Policy のもと）。スマートフォンの画面に収まり
（幅の広い表は枠の中でスクロール）、A4 に印刷でき、施策や事業は収まる限り 1 ページに印刷され
ます。1 ページの予算のグラフはすべて同じ単位です（最大の金額に合わせて 千円、百万円、億円）。

例:
  $ sheetparse report sheets/ --output report.html
  $ sheetparse report 'sheets/**/*.txt' > report.html

--output はページ全体ができたときだけ置き換え、入力を一つも読み込めなかったときは置き換えませ
ん。入力の一つを書き出し先にすることはできません。

終了コード: 0 ページを書き出した。2 使い方の誤り、または読み込めない・解読できない入力、
Document がスキーマ検証に失敗した入力があった（その場合もページはほかの入力を載せ、失敗した
入力を示す）。`,
  },
  check: {
    description: "シートを検査し、人や CI 向けに報告する: stylish, json, github, sarif, junit（ルールの一覧は README のルール表）",
    reporter: "標準出力に出す形式",
    maxWarnings: "警告がこの数より多ければ終了コード 1（十進の数字、0 以上）",
    rule: "ルールを off, info, warn (warning), error のどれかにする（繰り返し指定できる）",
    config: "設定ファイル（既定: 作業フォルダから上へ探した sheetparse.config.yaml）",
    noColor: "報告に色を付けない",
    after: (rules) => `
ルール（既定の重大度は README に）:
  ${rules}
重大度: off, warn（= warning）, error, info

設定ファイル（sheetparse.config.yaml。作業フォルダから上へ探す）:
  rules:
    mixed-punctuation: off
    required-field: error
  maxWarnings: 0

例:
  $ sheetparse check sheets/                          ファイルごとにまとめた問題
  $ sheetparse check sheets/ --reporter github        プルリクエストへの注釈
  $ sheetparse check sheets/ --reporter sarif > sheetparse.sarif
  $ sheetparse check sheets/ --reporter junit > junit.xml
  $ sheetparse check sheet.txt --rule target-not-met=off --max-warnings 0

ファイル名の制御文字はエスケープ（\\n、\\x1B）で表示します。github では GitHub のツールキット
と同じくエスケープするので、ファイル名がそれだけでワークフローコマンドになることはありません。

終了コード: 0 エラーがなく、警告が --max-warnings 以内。1 エラーがある、または警告が
--max-warnings より多い。2 使い方の誤り、設定ファイルの誤り、読み込めない・解読できない入力、
または Document がスキーマ検証に失敗した入力（報告にはその "fatal" の診断が載り、ほかの入力は
続けて処理する）。`,
  },
  schema: {
    description: "出力の JSON Schema を表示する（zod のスキーマから生成）",
    profile: "代わりにプロファイルファイルの形式の JSON Schema を表示する",
  },
  profiles: { description: "組み込みのプロファイルを一覧する" },
};
