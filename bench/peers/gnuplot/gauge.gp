# bench/peers/gnuplot/gauge.gp — the ring gauge of bench/data/gauge.csv
# (one row: label, value%). The canvas is 800 × 500 units, y up.
chart = 'gauge'
title_text = "垃圾分类"
load 'setup.gp'
caption = ""
stats data skip 1 using (caption = strcol(1), real(strcol(2)[1:strlen(strcol(2))-1])) nooutput
v = STATS_max
unset border
unset tics
unset grid
set lmargin at screen 0
set rmargin at screen 1
set tmargin at screen 1
set bmargin at screen 0
set xrange [0:800]
set yrange [0:500]
cx = 400; cy = 245
set object 1 circle at cx,cy size 175 fc rgb "#E6E6E6" fs solid 1.0 noborder back
set object 2 circle at cx,cy size 175 arc [90 - 3.6*v : 90] fc rgb "#C8161D" fs solid 1.0 noborder back
set object 3 circle at cx,cy size 145 fc rgb "white" fs solid 1.0 noborder back
set label 1 sprintf("%.1f", v) at cx+72,cy right font sans." Bold,80" textcolor rgb "#222222" front
set label 2 "%" at cx+74,cy-8 left font sans.",30" textcolor rgb "#222222" front
set label 3 caption at cx,42 center font sans.",20" textcolor rgb "#222222" front
do for [i=1:n] {
    set output file(i)
    plot -1 notitle
}
set output
