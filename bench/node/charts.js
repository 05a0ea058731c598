#!/usr/bin/env node
// bench/node/charts.js — the bench charts in ECharts (server-side SVG
// renderer), in tujie's style; PNG through @resvg/resvg-js.
//
//   node charts.js bar|trend|gauge svg|png DATA.csv OUT [N]
//
// SVG: echarts.init(null, null, {renderer: 'svg', ssr: true}) and
// renderToSVGString(): text stays <text> (the viewer needs the font).
// PNG: that SVG rasterised by resvg-js at zoom 2 (1600 x 1000) with the SC
// faces from $TJB_CJK_FONTS (NotoSansCJKsc-Regular.otf, -Bold.otf) and no
// system fonts. ECharts has no PDF: bench/run.sh pipes its SVG through
// rsvg-convert. OUT '-' writes the SVG to stdout; N > 1: OUT is a folder
// and N charts are drawn by this one process.
'use strict';
const fs = require('fs');
const path = require('path');
const echarts = require('echarts');

const FAMILY = 'Noto Sans CJK SC';
const INK = '#222222', GREY = '#666666', RULE = '#E6E6E6', AXIS = '#999999', RED = '#C8161D';
const W = 800, H = 500;

function rows(file) {
  return fs.readFileSync(file, 'utf8').trim().split(/\r?\n/).slice(1).map((line) => {
    const cut = line.lastIndexOf(',');
    return [line.slice(0, cut), line.slice(cut + 1)];
  });
}

const text = (size, color, bold) => ({
  fontFamily: FAMILY, fontSize: size, color, fontWeight: bold ? 'bold' : 'normal',
});
const heading = (title, unit) => ({
  text: title, left: 24, top: 20, textStyle: text(28, INK, true),
  subtext: unit || '', subtextStyle: text(17, GREY, false), itemGap: 14,
});
const valueAxis = (min, max, step, digits) => ({
  type: 'value', min, max, interval: step,
  axisLabel: { ...text(17, GREY), margin: 10, formatter: (v) => v.toFixed(digits) },
  splitLine: { lineStyle: { color: RULE, width: 1 } },
  axisLine: { show: false }, axisTick: { show: false },
});
const categoryAxis = (labels, formatter) => ({
  type: 'category', data: labels,
  axisLabel: { ...text(17, GREY), interval: 0, margin: 12, lineHeight: 22, formatter },
  axisLine: { lineStyle: { color: AXIS } }, axisTick: { show: false },
});
const base = { animation: false, backgroundColor: '#ffffff', textStyle: { fontFamily: FAMILY } };

const OPTIONS = {
  bar: (data) => ({
    ...base,
    title: heading('2020年主要经济指标', '单位：亿元'),
    grid: { left: 60, right: W - 776, top: 144, bottom: H - 388 },
    xAxis: categoryAxis(data.map((r) => r[0]), (s) => s.match(/.{1,4}/gu).join('\n')),
    yAxis: valueAxis(0, 3000, 1000, 0),
    series: [{
      type: 'bar', barWidth: '60%', itemStyle: { color: RED },
      data: data.map((r) => ({ value: Number(r[1]), text: r[1] })),
      label: { show: true, position: 'top', distance: 4, ...text(18, INK, true), formatter: (p) => p.data.text },
    }],
  }),
  trend: (data) => ({
    ...base,
    title: heading('高峰时段道路交通指数'),
    grid: { left: 60, right: W - 776, top: 120, bottom: H - 406 },
    xAxis: categoryAxis(data.map((r) => r[0])),
    yAxis: valueAxis(5.0, 5.7, 0.1, 1),
    series: [{
      type: 'line', lineStyle: { color: RED, width: 2.5 }, symbol: 'circle', symbolSize: 8,
      itemStyle: { color: '#ffffff', borderColor: RED, borderWidth: 1.5 },
      data: data.map((r, i) => i < data.length - 1 ? Number(r[1]) : {
        value: Number(r[1]), symbolSize: 12, itemStyle: { color: RED },
        label: text(18, INK, true),
      }),
      label: { show: true, position: 'top', distance: 8, ...text(17, GREY), formatter: (p) => p.value.toFixed(2) },
    }],
  }),
  gauge: (data) => ({
    ...base,
    title: heading('垃圾分类'),
    series: [{
      type: 'gauge', center: [400, 255], radius: 175, startAngle: 90, endAngle: -270, min: 0, max: 100,
      pointer: { show: false }, axisTick: { show: false }, splitLine: { show: false }, axisLabel: { show: false },
      progress: { show: true, width: 30, roundCap: false, itemStyle: { color: RED } },
      axisLine: { lineStyle: { width: 30, color: [[1, RULE]] } },
      title: { offsetCenter: [0, 203], ...text(20, INK) },
      detail: {
        offsetCenter: [0, 0], valueAnimation: false, formatter: (v) => `{n|${v.toFixed(1)}}{u|%}`,
        rich: { n: text(80, INK, true), u: text(30, INK) },
      },
      data: [{ value: parseFloat(data[0][1]), name: data[0][0] }],
    }],
  }),
};

function svgOf(chart, data) {
  const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width: W, height: H });
  c.setOption(OPTIONS[chart](data));
  const svg = c.renderToSVGString();
  c.dispose();
  return svg;
}

let Resvg;
function pngOf(svg) {
  Resvg = Resvg || require('@resvg/resvg-js').Resvg;
  const dir = process.env.TJB_CJK_FONTS || '';
  const r = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 }, background: '#ffffff',
    font: {
      fontFiles: ['Regular', 'Bold'].map((w) => path.join(dir, `NotoSansCJKsc-${w}.otf`)),
      loadSystemFonts: false, defaultFontFamily: FAMILY,
    },
  });
  return r.render().asPng();
}

function main() {
  const [chart, fmt, csv, out, count] = process.argv.slice(2);
  if (!OPTIONS[chart] || !['svg', 'png'].includes(fmt) || !csv || !out) {
    process.stderr.write('usage: node charts.js bar|trend|gauge svg|png DATA.csv OUT [N]\n');
    process.exit(2);
  }
  const n = Number(count || 1);
  const draw = (file) => {
    const svg = svgOf(chart, rows(csv));
    if (fmt === 'png') fs.writeFileSync(file, pngOf(svg));
    else if (file === '-') process.stdout.write(svg);
    else fs.writeFileSync(file, svg);
  };
  if (n <= 1) return draw(out);
  fs.mkdirSync(out, { recursive: true });
  for (let i = 1; i <= n; i++) draw(path.join(out, `${chart}-${String(i).padStart(3, '0')}.${fmt}`));
}

main();
