# bench/peers/gnuplot/setup.gp — the terminal and the look shared by bar.gp,
# trend.gp and gauge.gp (tujie's gov-red style: bold title top left, red
# marks, grey labels, light horizontal rules).
# Call with -e "fmt='png|svg|pdf'; out='FILE or FOLDER'; data='CSV'; n=N".
# The cairo terminals size text as if at 96 dpi: a font of S px at scale 1
# is S × 0.75 pt; pngcairo at 1600 × 1000 (scale 2) doubles that (fontscale
# 1.5) and pdfcairo's page is in pt (fontscale 0.75). n > 1: OUT is a folder
# and n charts are drawn by this one process.
if (!exists("n")) n = 1
set encoding utf8
set datafile separator ","
sans = "Noto Sans CJK SC"
if (fmt eq 'png') {
    set terminal pngcairo size 1600,1000 noenhanced font sans.",12" fontscale 1.5 linewidth 2 background rgb "white"
    mark = 2.0
} else { if (fmt eq 'pdf') {
    set terminal pdfcairo size 800/72.0,500/72.0 noenhanced font sans.",12" fontscale 0.75 linewidth 2 background rgb "white"
    mark = 1.0
} else {
    set terminal svg size 800,500 noenhanced font sans.",12" linewidth 2 background rgb "white"
    mark = 1.0
} }
file(i) = n > 1 ? sprintf("%s/%s-%03d.%s", out, chart, i, fmt) : out
if (n > 1) { system("mkdir -p '" . out . "'") }
unset key
set border 1 lc rgb "#999999"
set tics nomirror scale 0 textcolor rgb "#666666" font sans.",17"
set grid ytics lc rgb "#E6E6E6" lw 0.5 lt 1
set title ""
set label 100 title_text at screen 0.03, screen 0.93 left font sans." Bold,28" textcolor rgb "#222222"
# plot box as fractions of the 800 × 500 canvas (left 60, right 776 px)
set lmargin at screen 60/800.0
set rmargin at screen 776/800.0
