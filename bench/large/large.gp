# bench/large/large.gp — gnuplot's picture of a large-data file: one line
# through every point, 1600 × 1000 PNG (tujie's 800 × 500 at scale 2).
# gnuplot -e "data='FILE'; out='OUT.png'" bench/large/large.gp
set terminal pngcairo size 1600,1000 noenhanced font "Noto Sans CJK SC,12" fontscale 1.5 linewidth 2 background rgb "white"
set output out
set datafile separator ","
unset key
set border 1 lc rgb "#999999"
set tics nomirror scale 0 textcolor rgb "#666666"
set grid ytics lc rgb "#E6E6E6" lw 0.5 lt 1
set title "指数"
plot data skip 1 using 1:2 with lines lw 1.25 lc rgb "#C8161D"
