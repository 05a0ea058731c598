# bench/peers/gnuplot/bar.gp — the bar chart of bench/data/bar.csv.
chart = 'bar'
title_text = "2020年主要经济指标"
load 'setup.gp'
set label 101 "单位：亿元" at screen 0.03, screen 0.84 left font sans.",17" textcolor rgb "#666666"
set tmargin at screen 1 - 144/500.0
set bmargin at screen 1 - 388/500.0
# four characters to a line (gnuplot counts UTF-8 characters with encoding utf8)
wrap(s) = strlen(s) > 4 ? s[1:4] . "\n" . wrap(s[5:]) : s
set yrange [0:3000]
set ytics 1000
set xrange [-0.5:7.5]
set xtics offset 0,-0.4
set style fill solid 1.0 noborder
set boxwidth 0.6
do for [i=1:n] {
    set output file(i)
    plot data skip 1 using 0:2:xtic(wrap(strcol(1))) with boxes lc rgb "#C8161D", \
         '' skip 1 using 0:2:(strcol(2)) with labels offset 0,0.8 font sans." Bold,18" textcolor rgb "#222222"
}
set output
