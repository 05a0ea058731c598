# bench/peers/gnuplot/trend.gp — the trend line of bench/data/trend.csv.
chart = 'trend'
title_text = "高峰时段道路交通指数"
load 'setup.gp'
set tmargin at screen 1 - 120/500.0
set bmargin at screen 1 - 406/500.0
set yrange [5.0:5.7]
set ytics 0.1 format "%.1f"
set xrange [-0.5:5.5]
set xtics offset 0,-0.8
do for [i=1:n] {
    set output file(i)
    plot data skip 1 using 0:2:xtic(1) with lines lw 1.25 lc rgb "#C8161D", \
         '' skip 1 using 0:2 with points pt 7 ps mark lc rgb "#C8161D", \
         '' skip 1 using 0:2:(sprintf("%.2f", $2)) with labels offset 0,1.2 font sans.",17" textcolor rgb "#666666"
}
set output
