extension HTMLRenderer {
    /// The page's inline stylesheet: system fonts only (nothing to download), a 60rem
    /// reading column, tables that scroll sideways on phones, an adaptive block's narrow form
    /// (a list instead of a wide chart) below 40rem, and an A4 print layout.
    ///
    /// Colours meet WCAG 2.1 AA contrast on white: body text `#1a1a1a` (17.4:1), secondary
    /// text `#4a4a4a` (8.9:1), links `#0b57a4` (7.2:1) and underlined so they do not rely on
    /// colour alone. Print (`@media print`): A4 with 15 mm margins, no navigation, filter
    /// boxes or sort arrows, black text, no page break inside a row, fact, note or figure, no
    /// heading last on a page, and the address of external links after their text.
    static let style = #"""
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0;
      color: #1a1a1a;
      background: #fff;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
      font-size: 1rem;
      line-height: 1.55;
    }
    .site-nav, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
    .site-nav { padding-top: .75rem; padding-bottom: .75rem; border-bottom: 1px solid #d0d7de; }
    .site-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; }
    h1 { font-size: 1.75rem; line-height: 1.25; margin: 1.5rem 0 .25rem; }
    h2 { font-size: 1.35rem; line-height: 1.3; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid #d0d7de; }
    h3 { font-size: 1.1rem; line-height: 1.3; margin: 1.5rem 0 .5rem; }
    .subtitle { margin: 0 0 1.5rem; color: #4a4a4a; }
    a { color: #0b57a4; text-decoration: underline; }
    a:hover, a:focus { color: #083f77; }
    a:focus-visible, button:focus-visible, input:focus-visible, .table-scroll:focus-visible { outline: 3px solid #0b57a4; outline-offset: 2px; }
    code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .9em; background: #f1f3f5; padding: .05em .3em; border-radius: 3px; overflow-wrap: anywhere; }
    .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: .75rem; margin: 1rem 0; }
    .fact { margin: 0; padding: .6rem .8rem; border: 1px solid #d0d7de; border-radius: 6px; background: #f8fafc; }
    .fact dt { font-size: .875rem; color: #4a4a4a; }
    .fact dd { margin: .15rem 0 0; font-size: 1.15rem; font-weight: 600; }
    .note { margin: 1rem 0; padding: .75rem 1rem; border-left: 4px solid #b26a00; background: #fff8e6; }
    .note p { margin: 0; }
    .table-scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 1rem 0; }
    table { border-collapse: collapse; width: 100%; font-size: .95rem; }
    caption { caption-side: top; text-align: left; font-weight: 600; padding: 0 0 .5rem; }
    th, td { padding: .4rem .6rem; border-bottom: 1px solid #d0d7de; text-align: left; vertical-align: top; }
    thead th { background: #eef2f6; border-bottom: 2px solid #8c959f; }
    tbody th { font-weight: 600; }
    tbody tr:nth-child(even) { background: #f8fafc; }
    th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
    .table-empty { color: #4a4a4a; }
    .table-filter { margin: 1rem 0 0; }
    .table-filter input { font: inherit; padding: .3rem .5rem; border: 1px solid #6b7280; border-radius: 4px; max-width: 100%; }
    button.sort { font: inherit; color: inherit; text-align: inherit; background: none; border: 0; padding: 0; margin: 0; cursor: pointer; }
    .js button.sort::after { content: " \2195"; color: #4a4a4a; }
    .js th[aria-sort="ascending"] button.sort::after { content: " \2191"; color: inherit; }
    .js th[aria-sort="descending"] button.sort::after { content: " \2193"; color: inherit; }
    figure.chart { margin: 1.5rem 0; }
    figure.chart figcaption { font-weight: 600; margin-bottom: .5rem; }
    figure.chart svg { display: block; max-width: 100%; height: auto; }
    .chart-scroll { overflow-x: auto; }
    details.fold { margin: .75rem 0; }
    details.fold > summary { cursor: pointer; font-weight: 600; padding: .3rem 0; }
    .chart-scroll svg { min-width: var(--chart-min, 0); }
    footer { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid #d0d7de; font-size: .875rem; color: #4a4a4a; }
    .narrow-only { display: none; }
    @media (max-width: 40rem) {
      .wide-only { display: none; }
      .narrow-only { display: block; }
      body { font-size: .95rem; }
      h1 { font-size: 1.45rem; }
      .facts { grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); }
    }
    @page { size: A4; margin: 15mm; }
    @media print {
      body { font-size: 10.5pt; line-height: 1.4; color: #000; background: #fff; }
      .site-nav, .table-filter { display: none !important; }
      main, footer { max-width: none; margin: 0; padding: 0; }
      h1, h2, h3, .subtitle, .fact dt, .table-empty, caption, figcaption, th, td, footer { color: #000; }
      h1, h2, h3, caption, figcaption { break-after: avoid; page-break-after: avoid; }
      tr, .fact, .note, figure { break-inside: avoid; page-break-inside: avoid; }
      .wide-only { display: block !important; }
      .narrow-only { display: none !important; }
      .chart-scroll { overflow: visible; }
      .chart-scroll svg { min-width: 0; }
      thead { display: table-header-group; }
      .table-scroll { overflow: visible; }
      table { font-size: 9.5pt; }
      thead th, tbody tr:nth-child(even), .fact, .note { background: none; }
      .note { border-left-color: #000; }
      a { color: #000; text-decoration: none; }
      a.external { text-decoration: underline; }
      a.external::after { content: " (" attr(href) ")"; font-size: 85%; overflow-wrap: anywhere; }
      button.sort::after { content: none !important; }
    }
    """#
}
